#!/usr/bin/env bash
# How long `digest serve` takes to show an edited article: starts the server on the synthetic corpus, waits for the
# first build, then appends a sentence to one article and polls that article's page until the sentence is there.
#
#   tests/bench/serve.sh [N]        default: 10000 articles; RUNS=5 edits (default 3)
#   DIGEST=/path/to/digest tests/bench/serve.sh    times that command instead of packing and installing the tool
#   COLD=1 tests/bench/serve.sh     starts without the build cache the last run left (the first page then waits for
#                                   every article to be parsed); by default the server starts from it, as it does
#                                   for a user who has built or served the site before
#   WORK=/dev/shm/other tests/bench/serve.sh   works in that folder (default /dev/shm/digest-serve), so two runs at
#                                   once (with another PORT) do not share a copy of the corpus or a build cache
#
# Needs python3, curl and ../shared/bench beside the repository. The corpus is copied, never edited in place.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/.." && pwd)/shared/bench
n=${1:-10000}
RUNS=${RUNS:-3}
port=${PORT:-5391}
work=${WORK:-/dev/shm/digest-serve}
mkdir -p "$work"

corpus=/tmp/digest-bench/$n
if [ "$(ls "$corpus/articles" 2>/dev/null | wc -l)" -ne "$n" ]; then
  rm -rf "$corpus"
  python3 "$shared/gen_corpus.py" "$n" "$corpus" --seed 1 >/dev/null
fi
rm -rf "$work/input"; cp -a "$corpus" "$work/input"

if [ -n "${DIGEST:-}" ]; then
  digest=$DIGEST
else
  . "$here/install-tool.sh" "$work"
fi
if [ "${COLD:-0}" = 1 ]; then
  rm -rf "$work/.digest-cache"
fi
echo "== build cache: $( ls "$work"/.digest-cache/*.digest-cache >/dev/null 2>&1 && echo "present (from the last run)" || echo "none (cold start)" )"

started=$(date +%s%N)
"$digest" serve --input "$work/input" --port "$port" --timings > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
# The first page a user asks for after starting the server (the home page), whether or not the full build is done.
for _ in $(seq 1 3000); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.01
done
echo "first page served $(( ($(date +%s%N) - started) / 1000000 )) ms after start"
for _ in $(seq 1 600); do
  grep -q "built " "$work/serve.log" && break
  sleep 0.1
done
grep "built " "$work/serve.log" || { cat "$work/serve.log"; exit 1; }

file=$(ls "$work/input/articles" | sort | sed -n '500p')
python3 - "$work/input/articles/$file" "$port" "$RUNS" <<'PY'
import re, sys, time, urllib.request, unicodedata
path, port, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
text = open(path, encoding="utf-8").read()
title = re.search(r'^title:\s*"?(.*?)"?\s*$', text, re.M).group(1)
base = f"http://127.0.0.1:{port}/"
# The archive lists every article; take the link whose text is this article's title.
archive = urllib.request.urlopen(base + "archive/").read().decode("utf-8")
import html as h
m = re.search(r'href="([^"]+)"[^>]*>\s*' + re.escape(h.escape(title, quote=False)) + r'\s*<', archive)
if not m:
    sys.exit(f"serve bench: '{title}' not found in the archive")
from urllib.parse import urljoin
url = urljoin(base + "archive/", m.group(1))
urllib.request.urlopen(url).read()
times = []
for run in range(runs):
    marker = f"Nachtrag{run}x{int(time.time()*1000)}"
    start = time.monotonic()
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n{marker}.\n")
    while True:
        body = urllib.request.urlopen(url).read().decode("utf-8")
        if marker in body:
            break
        time.sleep(0.01)
    times.append((time.monotonic() - start) * 1000)
    time.sleep(1.0)
print("edit to page, ms (from the write to the page showing it, debounce included):", ", ".join(f"{t:.0f}" for t in times))
PY
# An edit shown ahead of the full rebuild has an "updated" line of its own before the rebuild's.
grep -E "^(updated|rebuilt) " "$work/serve.log" | tail -$(( 2 * RUNS ))
