#!/usr/bin/python3
# bench/document-import.py: one response table in every container a user
# may hold, imported with detection, each against the TSV of the same
# table in the same run
#
# Copyright 2026 The libama authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run from the source root after building into build/:
#   GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib /usr/bin/python3 bench/document-import.py
# tests/data/documents/cabinet-response.{tsv,docx,pdf,html} hold the
# same three rows (make-fixtures.py); the tests check they give the same
# facts. Prints per container the time of one whole import (reader, block
# layer, interpreter), MB/s, and the cost as a multiple of the TSV
# import: a ratio from one run, so the machine's load cancels out. A
# measurement, never a test.
import os
import time

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama  # noqa: E402

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "documents")


def per_import(data, rounds):
    imp = Ama.Importer.new()
    imp.import_data(data)   # warm: first-use costs (poppler fonts, GTypes)
    best = None
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(rounds):
            imp.import_data(data)
        dt = (time.perf_counter() - t) / rounds
        best = dt if best is None else min(best, dt)
    return best


def main():
    base = None
    print(f"{'container':<28} {'bytes':>8} {'ms/import':>10} {'MB/s':>7} {'× TSV':>7}")
    for ext in ["tsv", "docx", "html", "pdf"]:
        name = "cabinet-response." + ext
        data = open(os.path.join(D, name), "rb").read()
        dt = per_import(data, 40)
        if base is None:
            base = dt
        print(f"{name:<28} {len(data):>8} {dt * 1000:>10.2f} {len(data) / dt / 1e6:>7.2f} {dt / base:>7.1f}")


if __name__ == "__main__":
    main()
