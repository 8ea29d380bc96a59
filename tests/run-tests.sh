#!/usr/bin/env bash
# The README's test command: installs what the suite needs (Debian 12),
# builds, runs every suite (C, Python, GJS, Vala) through `meson test`, and
# ends with the line "N passed, N failed" counted from meson's testlog.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/install-deps.sh

BUILD=${BUILD:-build}
if [ ! -f "$BUILD/build.ninja" ]; then
  meson setup "$BUILD" >/dev/null
fi
ninja -C "$BUILD" >/dev/null

rm -f "$BUILD/meson-logs/testlog.json"
status=0
meson test -C "$BUILD" --print-errorlogs "$@" || status=$?

if [ ! -s "$BUILD/meson-logs/testlog.json" ]; then
  echo "no tests ran"
  echo "0 passed, 1 failed"
  exit 1
fi
/usr/bin/python3 - "$BUILD/meson-logs/testlog.json" <<'PY'
import json, sys
passed = failed = skipped = 0
for line in open(sys.argv[1]):
    line = line.strip()
    if not line:
        continue
    r = json.loads(line)["result"]
    if r in ("OK", "EXPECTEDFAIL"):
        passed += 1
    elif r == "SKIP":
        skipped += 1
    else:
        failed += 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
