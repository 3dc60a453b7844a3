#!/usr/bin/env bash
# Import throughput: `digest import` of N raw text dumps (the development articles of ../shared/fixtures, copied
# under distinct names until there are N), as one process, with the installed tool.
#
#   tests/bench/import.sh [N]       default: 1000 sources; RUNS=3 (medians are not taken: every run is printed)
#
# Then one long source: a 5 MB invented article naming 4,000 people (tests/bench/many-names writes it with the generator
# the import tests use, in tests/Digest.TestSupport), imported with --dry-run, RUNS times; and a 5 MB source of one
# invented paragraph repeated (the shape of the robustness test Five_megabytes_of_text_import_completely, which asserts
# what such an import finds but not how long it takes), likewise.
#
# DIGEST=/path/to/digest times that command instead of packing and installing the tool.
#
# Needs /usr/bin/time and ../shared/fixtures beside the repository. Writes only under /dev/shm/digest-import.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
fixtures=$(cd "$repo/.." && pwd)/shared/fixtures
n=${1:-1000}
RUNS=${RUNS:-3}
[ -d "$fixtures" ] || { echo "import bench: $fixtures not found (the shared fixtures sit beside the repository)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "import bench: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }

work=/dev/shm/digest-import
mkdir -p "$work"
if [ -n "${DIGEST:-}" ]; then
  digest=$DIGEST
else
  . "$here/install-tool.sh" "$work"
fi

sources=$work/sources
rm -rf "$sources"; mkdir -p "$sources"
mapfile -t texts < <(ls "$fixtures"/dev/*.txt "$fixtures"/dev2/*.txt | sort)
bytes=0
for i in $(seq 1 "$n"); do
  text=${texts[$(( (i - 1) % ${#texts[@]} ))]}
  cp "$text" "$sources/$(printf '%05d' "$i")-$(basename "$text")"
done
bytes=$(cat "$sources"/*.txt | wc -c)
echo "== $n sources, $(( bytes / 1024 )) KB of text"

for run in $(seq 1 "$RUNS"); do
  rm -rf "$work/input"; mkdir -p "$work/input"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$digest" import "$sources"/* --input "$work/input" > "$work/out" 2>&1 \
    || { tail -5 "$work/out" >&2; exit 1; }
  read -r wall user sys peak < "$work/time"
  python3 -c "import sys; n,w=int(sys.argv[1]),float(sys.argv[2]); print(f'run {sys.argv[3]}: {w:.2f} s wall, {float(sys.argv[4])+float(sys.argv[5]):.2f} s CPU, {int(sys.argv[6])//1024} MB peak, {n/w:.0f} sources/s')" \
    "$n" "$wall" "$run" "$user" "$sys" "$peak"
  tail -1 "$work/out"
done

many=$work/many-names.txt
dotnet run --project "$here/many-names" -c Release -- "$many" 5000000
for run in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$digest" import "$many" --input "$work/input" --dry-run > "$work/out" 2>&1 \
    || { tail -5 "$work/out" >&2; exit 1; }
  read -r wall user sys peak < "$work/time"
  python3 -c "import sys; w=float(sys.argv[1]); print(f'many names, run {sys.argv[2]}: {w:.2f} s wall, {float(sys.argv[3])+float(sys.argv[4]):.2f} s CPU, {int(sys.argv[5])//1024} MB peak')" \
    "$wall" "$run" "$user" "$sys" "$peak"
done

repeated=$work/repeated-paragraph.txt
python3 - "$repeated" <<'PY'
import sys
title = "Ein Titel für einen sehr langen Text\n\n"
paragraph = ("„Das ist ein Satz mit Zitat“, sagt Erika Muster, Expertin am Institut für Beispiele. Die Ukraine und Russland, "
             "Nordkorea und die Sanktionen: alles kommt vor, 25. Februar 2022.\n\n")
count = -(-(5 * 1024 * 1024 - len(title)) // len(paragraph))
open(sys.argv[1], "w", encoding="utf-8").write(title + paragraph * count)
PY
for run in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$digest" import "$repeated" --input "$work/input" --dry-run > "$work/out" 2>&1 \
    || { tail -5 "$work/out" >&2; exit 1; }
  read -r wall user sys peak < "$work/time"
  python3 -c "import sys; w=float(sys.argv[1]); print(f'repeated paragraph, run {sys.argv[2]}: {w:.2f} s wall, {float(sys.argv[3])+float(sys.argv[4]):.2f} s CPU, {int(sys.argv[5])//1024} MB peak')" \
    "$wall" "$run" "$user" "$sys" "$peak"
done
