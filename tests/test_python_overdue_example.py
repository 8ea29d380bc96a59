# SPDX-License-Identifier: LGPL-2.1-or-later
"""examples/python/overdue.py answers the headline question from a folder."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AMA_SOURCE_ROOT", Path(__file__).resolve().parent.parent))
SCRIPT = ROOT / "examples" / "python" / "overdue.py"
FOLDER = ROOT / "tests" / "data" / "analysis" / "catalog"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args],
                          capture_output=True, text=True, timeout=60)


def test_overdue_on_1_april_2018():
    result = run(str(FOLDER), "2018-04-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "libraries-2017\t1\tIan Thomas\t2018-03-31\t1\t"
        "Due 31 March 2018 (“31/03/18”), 1 day overdue; in progress since 15 January 2018",
        "libraries-2017\t6\tSam Patel\t2018-02-12\t48\t"
        "Due 12 February 2018 (“Cabinet – 12 February 2018”), 48 days overdue; no progress reported",
        "# Ian Thomas: 1 overdue of 2 open",
        "# Jane Smith: 0 overdue of 1 open",
        "# Sam Patel: 1 overdue of 2 open",
    ]
    # The two bad files are reported, not fatal.
    skipped = result.stderr.splitlines()
    assert len(skipped) == 2
    assert skipped[0].startswith("skipped: ") and "c-truncated.json" in skipped[0]
    assert "d-future-version.json" in skipped[1]


def test_one_officer():
    result = run(str(FOLDER), "2018-04-01", "lan Thomas")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("libraries-2017\t1\tIan Thomas\t")
    assert lines[1:] == ["# Ian Thomas: 1 overdue of 2 open"]


def test_bad_arguments():
    assert run().returncode == 2
    bad_date = run(str(FOLDER), "1 April 2018")
    assert bad_date.returncode == 2
    assert "is not a date" in bad_date.stderr
    missing = run(str(FOLDER / "nope"), "2018-04-01")
    assert missing.returncode == 1
    assert "nope" in missing.stderr
