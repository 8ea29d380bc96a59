#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The README's quick start: installs the Debian packages when missing,
# builds into build/, then runs the uninstalled `ama` on the bundled data:
# imports the five Rotherham seed documents, validates them and the
# bundled review, prints the tracking summary, and writes the HTML report.
#
#   bash examples/quickstart.sh
#
# "As of" is fixed at 31 March 2018 (the end of the financial year the
# Cabinet responded in), so the output is the same on every machine;
# drop --as-of to see where things stand today.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
AMA="$BUILD/examples/ama/ama"
OUT="$BUILD/quickstart"
REVIEW=examples/data/rotherham-ama-2017.json
AS_OF=2018-03-31

# Packages and build, unless the caller (the test suite) has done both.
if [ -z "${AMA_QUICKSTART_NO_BUILD:-}" ]; then
  bash tests/install-deps.sh
  if [ ! -f "$BUILD/build.ninja" ]; then
    meson setup "$BUILD" >/dev/null
  fi
  echo "== 0. Build (ninja -C $BUILD)"
  ninja -C "$BUILD" >/dev/null
  echo
fi
if [ ! -x "$AMA" ]; then
  echo "ama is not built: $AMA is missing" >&2
  exit 2
fi

# Exit status 1 means "findings" (validation errors, overdue actions): the
# quick start shows them; anything else is a real failure.
findings_ok() { "$@" || [ $? -eq 1 ]; }

rm -rf "$OUT"
mkdir -p "$OUT"

echo "== 1. Import the seed documents (tests/data/seeds/) into review JSON"
"$AMA" import tests/data/seeds -o "$OUT/imported" --quiet
for f in "$OUT"/imported/*.json; do
  printf '   %-40s %s\n' "$(basename "$f")" "$(/usr/bin/python3 - "$f" <<'PY' 2>/dev/null || echo imported
import json, sys
d = json.load(open(sys.argv[1]))
def n(key, word):
    k = len(d.get(key, []))
    return f"{k} {word}{'' if k == 1 else 's'}"
print(", ".join([n("recommendations", "recommendation"), n("meetings", "meeting"), n("documents", "document")]))
PY
)"
done
echo

echo "== 2. Validate them and the bundled review (file:line: severity: message; -q hides info)"
findings_ok "$AMA" validate --as-of "$AS_OF" -q "$OUT"/imported/*.json "$REVIEW"
echo

echo "== 3. Tracking summary of the bundled review, as of $AS_OF"
findings_ok "$AMA" track --as-of "$AS_OF" "$REVIEW"
echo

echo "== 4. HTML report"
"$AMA" report --as-of "$AS_OF" "$REVIEW" -o "$OUT/rotherham-report.html"
echo "   Written to $OUT/rotherham-report.html"
echo "   (one self-contained file: open it in a browser, or print it on A4)"
