#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Smoke test: the whole benchmark pipeline at a tiny size (generate, every
# measurement in its child, the report), so the benchmark cannot rot.
# Timings at this size mean nothing and are not checked.
# Usage: smoke.sh GEN BENCH PYTHON
set -euo pipefail
gen=$1 bench=$2 python=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$gen" --seed 7 --out "$tmp/corpus" 20 40 >/dev/null
# Same seed, same bytes: the corpus is deterministic.
"$gen" --seed 7 --out "$tmp/again" 20 >/dev/null
cmp "$tmp/corpus/single-20.json" "$tmp/again/single-20.json"
cmp "$tmp/corpus/responses-20.tsv" "$tmp/again/responses-20.tsv"

py_args=(--python "$python")
[ -x "$python" ] || py_args=(--no-python)
"$bench" --corpus "$tmp/corpus" --sizes 20,40 --repeat 1 "${py_args[@]}" \
  --markdown "$tmp/report.md" >/dev/null 2>"$tmp/stderr" || { cat "$tmp/stderr" "$tmp/report.md" 2>/dev/null; exit 1; }

# Every row was measured (no "failed"), and the ratio table is there.
if grep -q "failed:" "$tmp/report.md"; then cat "$tmp/report.md"; exit 1; fi
grep -q "^| single | 20 |" "$tmp/report.md"
grep -q "^| folder | 40 |" "$tmp/report.md"
grep -q "### Ratios" "$tmp/report.md"
# The Python baseline did the same work (same diagnostics, same overdue items).
if grep -q "Findings disagree" "$tmp/report.md"; then grep "Findings disagree" "$tmp/report.md"; exit 1; fi
echo "bench smoke: ok"
