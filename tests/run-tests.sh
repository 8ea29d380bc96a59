#!/usr/bin/env bash
# The README's test command: installs what the suite needs (Debian 12),
# builds, runs every suite (C, Python, GJS, Vala) through `meson test`, and
# ends with the line "N passed, N failed" counted from meson's testlog.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES="meson ninja-build pkg-config gcc libglib2.0-dev libjson-glib-dev
gobject-introspection libgirepository1.0-dev python3-gi gjs valac gi-docgen
python3-pytest libical-dev libxml2-dev python3-icalendar python3-jsonschema"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

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
