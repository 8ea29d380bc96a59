#!/usr/bin/env bash
# Regenerates the golden files in tests/data/golden/ from the code.
# Review every change by eye (git diff tests/data/golden) before
# committing: golden files record what the importers produce, they are
# never edited by hand.
#   tests/update-golden.sh [build-dir] [test names...]
# With no test names, every import test that has golden files.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
shift || true
TESTS=${*:-test-import-delimited test-import-pdf test-import-minutes test-import-summary test-import-annex test-import-moderngov}
ninja -C "$BUILD" >/dev/null
AMA_UPDATE_GOLDEN=1 meson test -C "$BUILD" --no-rebuild $TESTS
git status --short tests/data/golden
