#!/usr/bin/env bash
# Search benchmark (not a unit test): builds the synthetic 10,000-article corpus, then measures in headless
# Chromium how many bytes of index script two-word queries load and how long the first results take after
# the last keystroke. Writes tests/bench/SEARCH-RESULTS.md.
#
#   tests/bench/search-bench.sh [N]      (N articles, default 10000)
#   DIGEST_BENCH_SKIP_BUILD=1 tests/bench/search-bench.sh   (re-measure the last build)
#
# Needs python3, node (20+), /usr/bin/chromium (or CHROMIUM=path) and the npm registry for playwright-core,
# which is installed into a temporary folder (DIGEST_BENCH_NODE, default /tmp/digest-bench-node), never the repo.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${1:-10000}"
work="${DIGEST_BENCH_DIR:-$( [ -d /dev/shm ] && echo /dev/shm || echo /tmp )/digest-search-bench}"
node_dir="${DIGEST_BENCH_NODE:-/tmp/digest-bench-node}"
gen="$repo/../shared/bench/gen_corpus.py"
[ -f "$gen" ] || { echo "search-bench: $gen not found (../shared is missing)" >&2; exit 1; }

mkdir -p "$work"
if [ ! -d "$work/in-$n/articles" ]; then
  python3 "$gen" "$n" "$work/in-$n" >/dev/null
fi
if [ "${DIGEST_BENCH_SKIP_BUILD:-}" = 1 ] && [ -d "$work/out-$n/search" ]; then
  # Re-measure an existing build; only the theme's search script is refreshed (it is copied verbatim by a build).
  cp "$repo/theme/assets/search.js" "$work/out-$n/assets/search.js"
else
  echo "building $n articles into $work/out-$n" >&2
  (cd "$repo" && dotnet run -c Release --project src/Digest.Cli -- build --input "$work/in-$n" --output "$work/out-$n" --timings) >&2
fi

if [ ! -d "$node_dir/node_modules/playwright-core" ]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-audit --no-fund --silent playwright-core@1 >&2
fi
NODE_PATH="$node_dir/node_modules" node "$here/search-bench.js" "$work/out-$n" "$n" > "$here/SEARCH-RESULTS.md"
cat "$here/SEARCH-RESULTS.md"
