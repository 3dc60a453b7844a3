#!/usr/bin/env bash
# Compares two (or more) builds of Digest on the same corpus, alternating in every run, without Hugo: for each binary a
# cold build with an empty cache, a cold build with --no-cache, a rebuild after appending a sentence to one article (the
# 500th by name, as bench.sh does) and a rebuild with nothing changed, each a whole process under /usr/bin/time, all on
# tmpfs. Prints per binary the medians and, against the first binary, the median of the ratios of runs made back to
# back (the fairer figure on a shared machine).
#
#   tests/bench/compare.sh N RUNS NAME=BINARY NAME=BINARY ...
#   e.g. tests/bench/compare.sh 1000 7 before=/dev/shm/before/digest after=/dev/shm/after/digest
#
# Make each binary the same way, e.g. once from a worktree of the older commit: installed as users install it
# (. tests/bench/install-tool.sh DIR, then DIR/tool/digest), or published ReadyToRun (dotnet publish src/Digest.Cli
# -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o DIR). Needs python3, /usr/bin/time and
# ../shared/bench/gen_corpus.py.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
shared=$(cd "$here/../../.." && pwd)/shared/bench
[ $# -ge 3 ] || { echo "usage: compare.sh N RUNS NAME=BINARY NAME=BINARY ..." >&2; exit 2; }
n=$1; runs=$2; shift 2
[ -x /usr/bin/time ] || { echo "compare: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }
work=${COMPARE_DIR:-/dev/shm/digest-compare}
mkdir -p "$work"
corpus=$work/corpus-$n
if [ "$(ls "$corpus/articles" 2>/dev/null | wc -l)" -ne "$n" ]; then
  [ -f "$shared/gen_corpus.py" ] || { echo "compare: $shared/gen_corpus.py not found" >&2; exit 2; }
  rm -rf "$corpus"
  python3 "$shared/gen_corpus.py" "$n" "$corpus" --seed 1 >/dev/null
fi
log=$work/compare-$n.tsv
: > "$log"

# timed LABEL command...: appends "label N wall user sys peakKB files" to the log.
timed() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  local files
  files=$(grep -oE '[0-9]+ files written' "$work/out" | grep -oE '^[0-9]+' || echo 0)
  echo "$label $n $(cat "$work/time") $files" >> "$log"
}

for spec in "$@"; do
  name=${spec%%=*}; bin=${spec#*=}
  rm -rf "$work/in-$name" "$work/out-$name" "$work/cache-$name"; cp -a "$corpus" "$work/in-$name"
  echo "== $name: warm-up"
  "$bin" build --input "$work/in-$name" --output "$work/out-$name" --cache "$work/cache-$name" >/dev/null 2>&1
done
for i in $(seq 1 "$runs"); do
  echo "== run $i of $runs"
  for spec in "$@"; do
    name=${spec%%=*}; bin=${spec#*=}
    input=$work/in-$name; out=$work/out-$name; cache=$work/cache-$name
    rm -rf "$out" "$cache"
    timed "$name cold" "$bin" build --input "$input" --output "$out" --cache "$cache"
    rm -rf "$out-nocache"
    timed "$name no-cache" "$bin" build --input "$input" --output "$out-nocache" --no-cache
    rm -rf "$out-nocache"
    f=$(ls "$input/articles" | sort | sed -n '500p')
    [ -n "$f" ] || f=$(ls "$input/articles" | sort | sed -n '1p')
    printf '\nNachtrag %s.\n' "$RANDOM" >> "$input/articles/$f"
    timed "$name rebuild" "$bin" build --input "$input" --output "$out" --cache "$cache"
    timed "$name unchanged" "$bin" build --input "$input" --output "$out" --cache "$cache"
  done
done
for spec in "$@"; do
  name=${spec%%=*}; rm -rf "$work/in-$name" "$work/out-$name" "$work/cache-$name"
done

python3 - "$log" "${1%%=*}" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    name, kind, n, wall, user, sys_, peak, files = line.split()
    rows[(name, kind)].append((float(wall), float(user) + float(sys_), int(peak) / 1024, int(files)))
first = sys.argv[2]
print(f"| build | measurement | wall s | CPU s | peak MB | files | wall vs {first} (paired) | CPU vs {first} (paired) |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for (name, kind), runs in rows.items():
    base = rows[(first, kind)]
    ratio = lambda k: statistics.median(a[k] / b[k] for a, b in zip(runs, base))
    print(f"| {name} | {kind} | {statistics.median(r[0] for r in runs):.2f} | {statistics.median(r[1] for r in runs):.2f} | "
          f"{statistics.median(r[2] for r in runs):.0f} | {runs[0][3]:,} | {ratio(0):.2f} | {ratio(1):.2f} |")
PY
