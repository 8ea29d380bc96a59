# SPDX-License-Identifier: LGPL-2.1-or-later
"""examples/python/print-review.py runs and prints what the data says."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AMA_SOURCE_ROOT", Path(__file__).resolve().parent.parent))
SCRIPT = ROOT / "examples" / "python" / "print-review.py"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args],
                          capture_output=True, text=True, timeout=60)


def test_prints_bundled_review():
    result = run()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Scrutiny Review – Alternative Management Arrangements")
    assert lines[1:] == [
        # Cabinet's decisions of 19 February 2018 (examples/data/README.md)
        "1\taccepted\tIan Thomas",
        "2\taccepted\t(no further action)",
        "3\tnoted\tIan Thomas",
        "4\taccepted\tIan Thomas",
        "5\tnoted\tIan Thomas",
    ]
    assert result.stderr == ""


def test_reports_a_bad_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ama-review", "version": 1, "recommendations": [{"response": {"decision": "maybe"}}]}')
    result = run(str(bad))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "$.recommendations[0].response.decision" in result.stderr
