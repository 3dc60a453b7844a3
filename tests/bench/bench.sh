#!/usr/bin/env bash
# Times `digest build` against Hugo on the synthetic briefing corpus, both as whole processes,
# alternating in the same run (the machine may be shared and noisy, so compare the ratios).
#
#   tests/bench/bench.sh [N ...]            default: 100 1000 10000
#   RUNS=1 DISK=0 tests/bench/bench.sh 100000   the largest size, alone (a run takes minutes)
#   RUNS=5 tests/bench/bench.sh 10000       runs per measurement (default 3; medians are reported)
#   DISK=0 tests/bench/bench.sh             skip the on-disk measurements
#   WORK_DIR=/var/tmp/digest-bench RUNS=1 DISK=0 tests/bench/bench.sh 100000
#                                            the main measurements in WORK_DIR instead of /dev/shm/digest-bench: at 100,000
#                                            articles they need about 10 GB (input, Hugo's copy and output, Digest's two
#                                            outputs, 0.9 GB of cache), too much for a shared machine's RAM-backed tmpfs
#   HUGO=0 tests/bench/bench.sh 100000      Digest only: at 100,000 articles Hugo's peak went past 10 GB and was stopped
#
# Needs: python3, /usr/bin/time, hugo (apt-get install -y hugo), and ../shared/bench beside the repository.
# Builds on tmpfs (/dev/shm) so file creation does not drown the difference between the generators;
# then repeats Digest's builds on disk (under $DISK_DIR, default /var/tmp), where users build.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/.." && pwd)/shared/bench
RUNS=${RUNS:-3}
DISK=${DISK:-1}
HUGO=${HUGO:-1}
DISK_DIR=${DISK_DIR:-/var/tmp}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)

[ -f "$shared/gen_corpus.py" ] || { echo "bench: $shared/gen_corpus.py not found (the shared benchmark material sits beside the repository)" >&2; exit 2; }
[ "$HUGO" = 0 ] || command -v hugo >/dev/null || { echo "bench: hugo is not installed (apt-get install -y hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }

work=${WORK_DIR:-/dev/shm/digest-bench}
mkdir -p "$work"
log="$work/times.tsv"
: > "$log"

. "$here/install-tool.sh" "$work"

# time_to_log LABEL N -- command...: runs the command under /usr/bin/time, appends
# "label N wall user sys peakKB files" to the log. Files: pages written (Digest) or in public/ (Hugo).
time_to_log() {
  local label=$1 n=$2; shift 3
  local out="$work/last.out" t="$work/last.time"
  /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" > "$out" 2>&1 || { cat "$out" >&2; exit 1; }
  local files
  files=$(grep -oE '[0-9]+ files written' "$out" | grep -oE '^[0-9]+' || true)
  [ -n "$files" ] || files=$(find "$hugo_site/public" -type f 2>/dev/null | wc -l)
  echo "$label $n $(cat "$t") $files" >> "$log"
}

# touch_article DIR: changes the body of one article (the newest stays the same file every run).
touch_article() {
  local f
  # sed reads all its input (head would not), so no pipe fails under pipefail.
  f=$(ls "$1/articles" | sort | sed -n '500p')
  [ -n "$f" ] || f=$(ls "$1/articles" | sort | sed -n '1p')
  printf '\nNachtrag %s.\n' "$RANDOM" >> "$1/articles/$f"
}

for n in "${sizes[@]}"; do
  corpus=/tmp/digest-bench/$n
  if [ "$(ls "$corpus/articles" 2>/dev/null | wc -l)" -ne "$n" ]; then
    echo "== generating $n articles"
    rm -rf "$corpus"
    python3 "$shared/gen_corpus.py" "$n" "$corpus" --seed 1 >/dev/null
  fi

  hugo_site=$work/hugo-$n
  rm -rf "$hugo_site"
  if [ "$HUGO" != 0 ]; then
    cp -r "$shared/hugo" "$hugo_site"; mkdir -p "$hugo_site/content/posts"
    cp -r "$corpus/articles/." "$hugo_site/content/posts/"
  fi
  input=$work/input-$n; rm -rf "$input"; cp -a "$corpus" "$input"
  out=$work/out-$n; cache=$work/cache-$n

  echo "== $n articles in $work: warm-up"
  [ "$HUGO" = 0 ] || (cd "$hugo_site" && TZ=Europe/Berlin hugo --quiet >/dev/null)
  rm -rf "$out" "$cache"; "$digest" build --input "$input" --output "$out" --cache "$cache" >/dev/null

  for i in $(seq 1 "$RUNS"); do
    echo "== $n articles in $work: run $i of $RUNS"
    rm -rf "$hugo_site/public" "$hugo_site/resources"
    [ "$HUGO" = 0 ] || (cd "$hugo_site" && TZ=Europe/Berlin time_to_log hugo "$n" -- hugo --quiet)
    rm -rf "$out" "$cache"
    time_to_log digest-cold "$n" -- "$digest" build --input "$input" --output "$out" --cache "$cache"
    # Into a folder of its own: the rebuild below must follow the cached build, in the folder that build wrote.
    rm -rf "$out-nocache"
    time_to_log digest-cold-nocache "$n" -- "$digest" build --input "$input" --output "$out-nocache" --no-cache
    rm -rf "$out-nocache"
    touch_article "$input"
    time_to_log digest-rebuild "$n" -- "$digest" build --input "$input" --output "$out" --cache "$cache"
    time_to_log digest-nochange "$n" -- "$digest" build --input "$input" --output "$out" --cache "$cache"
  done

  if [ "$DISK" = 1 ]; then
    disk=$DISK_DIR/digest-bench-disk-$n
    rm -rf "$disk"; mkdir -p "$disk"; cp -a "$corpus" "$disk/input"
    rm -rf "$disk/hugo"; [ "$HUGO" = 0 ] || cp -r "$hugo_site" "$disk/hugo"; rm -rf "$disk/hugo/public" "$disk/hugo/resources"
    for i in $(seq 1 "$RUNS"); do
      echo "== $n articles on disk ($DISK_DIR): run $i of $RUNS"
      rm -rf "$disk/hugo/public" "$disk/hugo/resources"; sync
      hugo_site=$disk/hugo
      [ "$HUGO" = 0 ] || (cd "$disk/hugo" && TZ=Europe/Berlin time_to_log disk-hugo "$n" -- hugo --quiet)
      rm -rf "$disk/out" "$disk/cache"; sync
      time_to_log disk-digest-cold "$n" -- "$digest" build --input "$disk/input" --output "$disk/out" --cache "$disk/cache"
      touch_article "$disk/input"
      time_to_log disk-digest-rebuild "$n" -- "$digest" build --input "$disk/input" --output "$disk/out" --cache "$disk/cache"
    done
    rm -rf "$disk"
  fi
  rm -rf "$input" "$out" "$cache" "$work/hugo-$n"
done

echo
hugo_version=$([ "$HUGO" = 0 ] && echo "Hugo not run" || hugo version | cut -d' ' -f2)
echo "== results (median of $RUNS; wall and CPU in seconds, peak memory in MB; $(nproc) cores; $hugo_version; work in $work)"
python3 "$here/summarize.py" "$log"
