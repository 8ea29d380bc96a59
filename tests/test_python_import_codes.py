# test_python_import_codes.py: every diagnostic code an importer emits is tested
#
# Copyright 2026 The libama authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Diagnostic codes are stable API (callers filter on them). A code that no
# test names is a repair nobody checks: this fails when one appears.

import os
import re

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("AMA_SOURCE_ROOT", os.path.dirname(HERE))

# importer source → the tests that must name each of its codes
IMPORTERS = {
    "ama-import-minutes.c": ["test-import-minutes.c", "test-import-moderngov.c"],
    "ama-import-summary.c": ["test-import-summary.c"],
    "ama-import-annex.c": ["test-import-annex.c"],
    "ama-import-moderngov.c": ["test-import-moderngov.c", "test_python_import_moderngov.py"],
}

CODE = re.compile(r'_ama_import_diag(?:_line)?\s*\([^;]*?"((?:minutes|summary|annex|moderngov)-[a-z-]+)"', re.S)


def read(*parts):
    with open(os.path.join(*parts), encoding="utf-8") as f:
        return f.read()


@pytest.mark.parametrize("source", sorted(IMPORTERS))
def test_every_code_is_tested(source):
    codes = set(CODE.findall(read(ROOT, "lib", "import", source)))
    assert codes, f"no diagnostic codes found in {source}"
    tests = "".join(read(HERE, t) for t in IMPORTERS[source])
    untested = sorted(c for c in codes if f'"{c}"' not in tests)
    assert untested == []
