#!/usr/bin/env bash
# Installs the Debian 12 packages libama needs to build and test, when any
# is missing. Shared by the README's two commands.
set -euo pipefail

PACKAGES="meson ninja-build pkg-config gcc libglib2.0-dev libjson-glib-dev
gobject-introspection libgirepository1.0-dev python3-gi gjs valac gi-docgen
python3-pytest libical-dev libxml2-dev python3-icalendar python3-jsonschema
zlib1g-dev python3-docx"
# import: PDF files are read with poppler-glib (lib/import/ama-read-pdf.c).
PACKAGES="$PACKAGES libpoppler-glib-dev"
# net: the ModernGov web-service client (lib/net/) is built on libsoup 3.
PACKAGES="$PACKAGES libsoup-3.0-dev"
# tool: headless Chromium renders the HTML report in the browser test
# (tests/tool/html_in_chromium.py, which skips with 77 without it).
# pdftotext (poppler-utils) reads the printed report back in that test, to
# check no word is broken across lines.
PACKAGES="$PACKAGES chromium poppler-utils"
# report: openpyxl, a reader independent of ours, opens the .xlsx report
# in test_python_report.py.
PACKAGES="$PACKAGES python3-openpyxl"

missing=""
for p in $PACKAGES ${EXTRA_PACKAGES:-}; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
