#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The benchmark, in one command:  bash bench/run.sh [ama-bench options]
# Builds an optimised copy of the library in build-bench/ (-O2, like
# Debian's packages), generates the corpora once (deterministic, seed 2017),
# runs every measurement in fresh processes and writes the report to
# build-bench/bench-results.md. Options go to ama-bench, e.g.
#   bash bench/run.sh --sizes 1000,10000 --repeat 3
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build-bench}
SIZES=${SIZES:-1000 10000 100000}
if [ ! -f "$BUILD/build.ninja" ]; then
  meson setup "$BUILD" -Dbuildtype=debugoptimized -Dintrospection=false -Dtests=false >/dev/null
fi
ninja -C "$BUILD" bench/ama-bench bench/ama-bench-gen >/dev/null

corpus="$BUILD/corpus"
for n in $SIZES; do
  if [ ! -f "$corpus/single-$n.json" ]; then
    "$BUILD/bench/ama-bench-gen" --seed 2017 --out "$corpus" "$n"
  fi
done

{
  echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
  echo "Date: $(date -u +%Y-%m-%dT%H:%MZ), libama $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
} > "$BUILD/bench-results.md"

"$BUILD/bench/ama-bench" --corpus "$corpus" --sizes "$(echo $SIZES | tr ' ' ,)" \
  --python /usr/bin/python3 --baseline bench/baseline.py \
  --markdown "$BUILD/bench-results.tmp" "$@" >/dev/null || status=$?
cat "$BUILD/bench-results.tmp" >> "$BUILD/bench-results.md"
rm -f "$BUILD/bench-results.tmp"
cat "$BUILD/bench-results.md"
exit ${status:-0}
