#!/usr/bin/env bash
# Focused rebuild measurement on tmpfs, without Hugo: for each size, a cold build with an empty cache, a rebuild
# after appending a sentence to one article (the 500th by name, as bench.sh does), and a rebuild with nothing
# changed. Each build runs as a whole process under /usr/bin/time with --timings (phases on stderr).
#
#   tests/bench/rebuild.sh [N ...]     default: 10000
#   RUNS=3 tests/bench/rebuild.sh      repeats the three builds (fresh copy of the corpus each run)
#
# Needs python3, /usr/bin/time and ../shared/bench/gen_corpus.py (the same corpus as bench.sh, in /tmp/digest-bench/N).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/.." && pwd)/shared/bench
RUNS=${RUNS:-1}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
[ -x /usr/bin/time ] || { echo "rebuild: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }

work=/dev/shm/digest-rebuild
mkdir -p "$work"
. "$here/install-tool.sh" "$work"

build() {
  echo "== $1"
  /usr/bin/time -f "process: %e s wall, %U s user, %S s system, %M KB peak" \
    "$digest" build --input "$input" --output "$out" --cache "$cache" --timings 2>&1 | grep -v 'building…'
}

for n in "${sizes[@]}"; do
  corpus=/tmp/digest-bench/$n
  if [ "$(ls "$corpus/articles" 2>/dev/null | wc -l)" -ne "$n" ]; then
    [ -f "$shared/gen_corpus.py" ] || { echo "rebuild: $shared/gen_corpus.py not found" >&2; exit 2; }
    rm -rf "$corpus"
    python3 "$shared/gen_corpus.py" "$n" "$corpus" --seed 1 >/dev/null
  fi
  for i in $(seq 1 "$RUNS"); do
    input=$work/input-$n; out=$work/out-$n; cache=$work/cache-$n
    rm -rf "$input" "$out" "$cache"; cp -a "$corpus" "$input"
    build "$n articles, run $i: cold build, empty cache"
    f=$(ls "$input/articles" | sort | sed -n '500p')
    [ -n "$f" ] || f=$(ls "$input/articles" | sort | sed -n '1p')
    printf '\nNachtrag %s.\n' "$RANDOM" >> "$input/articles/$f"
    build "$n articles, run $i: rebuild after changing one article"
    build "$n articles, run $i: rebuild with nothing changed"
  done
done
