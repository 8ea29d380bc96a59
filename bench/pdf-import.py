#!/usr/bin/python3
# bench/pdf-import.py: import speed of the PDF reader on the PDF fixtures
#
# Copyright 2026 The libama authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run from the source root after building into build/:
#   GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib /usr/bin/python3 bench/pdf-import.py
# Prints, per fixture, the time of one whole import (poppler, the block
# layer and the table interpreter) and pages/s and MB/s. A measurement,
# never a test.
import os, time, gi
gi.require_version("Ama", "1.0")
from gi.repository import Ama
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "documents")
for name, pages in [("cabinet-response.pdf", 1), ("scraip.pdf", 1), ("cabinet-response-landscape.pdf", 2), ("response-three-pages.pdf", 3)]:
    data = open(os.path.join(D, name), "rb").read()
    imp = Ama.Importer.new()
    n = 40
    t = time.perf_counter()
    for _ in range(n):
        imp.import_data(data)
    dt = (time.perf_counter() - t) / n
    print(f"{name}: {dt*1000:.1f} ms/import, {pages/dt:.0f} pages/s, {len(data)/dt/1e6:.2f} MB/s")
