#!/usr/bin/python3
# bench/html-import.py: import speed of the HTML reader on the HTML fixtures
#
# Copyright 2026 The libama authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run from the source root after building into build/:
#   GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib /usr/bin/python3 bench/html-import.py
# Prints, per fixture, the time of one whole import (libxml2's HTML
# parser, the block layer and the interpreter) as ms/import, pages/s (a
# web page is one page) and MB/s, and the ratio of its MB/s to a
# baseline measured in the same run: the TSV response table of seed 000
# through the delimited reader, the cheapest import there is. The ratio
# is what to compare between machines and runs; the absolute figures
# move with the load of the machine. A measurement, never a test.
import glob, os, time, gi
gi.require_version("Ama", "1.0")
from gi.repository import Ama

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "..", "tests", "data", "documents")
SEED = glob.glob(os.path.join(HERE, "..", "tests", "data", "seeds", "000_*.txt"))[0]


def rate(data, fmt=Ama.ImportFormat.UNKNOWN, seconds=1.0):
    imp = Ama.Importer.new()
    imp.set_format(fmt)
    n, t0 = 0, time.perf_counter()
    while True:
        if imp.import_data(data) is None:
            raise SystemExit("import failed")
        n += 1
        dt = time.perf_counter() - t0
        if dt >= seconds and n >= 5:
            return dt / n


seed = open(SEED, "rb").read()
base = rate(seed, Ama.ImportFormat.TSV)
base_mbs = len(seed) / base / 1e6
print(f"baseline {os.path.basename(SEED)} (TSV): {base*1000:.2f} ms/import, {base_mbs:.2f} MB/s")
for name in ["html-response-table.html", "html-minutes.html", "html-decision-record.html",
             "html-agenda-item.html"]:
    data = open(os.path.join(D, name), "rb").read()
    dt = rate(data, Ama.ImportFormat.HTML)
    mbs = len(data) / dt / 1e6
    print(f"{name}: {len(data)/1024:.1f} KiB, {dt*1000:.2f} ms/import, {1/dt:.0f} pages/s, "
          f"{mbs:.2f} MB/s, {mbs/base_mbs:.2f}x the TSV baseline's MB/s")
