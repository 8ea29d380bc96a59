# SPDX-License-Identifier: LGPL-2.1-or-later
"""'Which reviews are waiting for a response past their due date, and
which came late?' as one call (Catalog.get_overdue_responses) and one
command (`ama track --overdue-responses`), on the bundled review and on a
catalogue folder; and the due date in `ama show`, the HTML and Markdown
reports. Expected dates are worked from the two-month rule by hand."""
import os
import shutil
import subprocess

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402
import pytest  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("AMA_SOURCE_ROOT", os.path.dirname(HERE))
BUILD_TESTS = os.environ.get("G_TEST_BUILDDIR", os.path.join(ROOT, "build", "tests"))
AMA = os.path.join(os.path.dirname(BUILD_TESTS), "examples", "ama", "ama")
BUNDLED = os.path.join(ROOT, "examples", "data", "rotherham-ama-2017.json")
LIBRARIES = os.path.join(ROOT, "tests", "data", "analysis", "catalog", "b-libraries.json")


def day(y, m, d):
    return GLib.DateTime.new_utc(y, m, d, 0, 0, 0)


def ama(*args):
    return subprocess.run([AMA, *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def folder(tmp_path):
    """Three reviews: Rotherham (64 days late), the libraries review sent
    to the executive on 2 October 2017 and decided on 13 November (due by
    1 December: in time), and a waiting one received on 31 December 2019
    (due by 29 February 2020, a leap year) with nothing decided."""
    shutil.copy(BUNDLED, tmp_path / "a-rotherham.json")
    libraries = Ama.Review.new_from_file(Gio.File.new_for_path(LIBRARIES), None)
    libraries.props.reported_to_executive = day(2017, 10, 2)
    (tmp_path / "b-libraries.json").write_text(libraries.to_data(), encoding="utf-8")
    waiting = Ama.Review.new_from_data(
        '{"format": "ama-review", "version": 1, "id": "parks-2019", "title": "Parks",'
        ' "reported-to-executive": "2019-12-31",'
        ' "recommendations": [{"number": "1", "text": "a", "response": {"decision": "pending"}},'
        ' {"number": "2", "text": "b"}]}', -1)
    (tmp_path / "c-parks.json").write_text(waiting.to_data(), encoding="utf-8")
    return tmp_path


def test_one_call_on_a_catalogue(folder):
    catalog = Ama.Catalog.new()
    catalog.load_folder(Gio.File.new_for_path(str(folder)), None)
    overdue, late = catalog.get_overdue_responses(day(2020, 3, 2))
    assert [r.props.id for r in overdue] == ["parks-2019"]
    assert overdue[0].get_response_due().format("%F") == "2020-02-29"
    assert [r.props.id for r in late] == ["rotherham-ama-2017"]
    assert late[0].get_response_days_late() == 64
    # On the last day of the period nothing is overdue yet.
    overdue, late = catalog.get_overdue_responses(day(2020, 2, 29))
    assert list(overdue) == []


def test_one_call_on_the_bundled_review():
    catalog = Ama.Catalog.new()
    catalog.add_review(Ama.Review.new_from_file(Gio.File.new_for_path(BUNDLED), None))
    overdue, late = catalog.get_overdue_responses(day(2018, 3, 31))
    assert list(overdue) == [] and [r.props.id for r in late] == ["rotherham-ama-2017"]


def test_one_command(folder):
    r = ama("track", "--overdue-responses", str(folder), "--as-of", "2020-03-02")
    assert r.returncode == 1, r.stderr   # something is waiting
    lines = r.stdout.splitlines()
    assert lines[0] == "Waiting for a response past the due date (as of 2020-03-02): 1"
    assert lines[1].startswith("  parks-2019 — Parks: due 2020-02-29, 2 days overdue, "
                               "2 recommendations awaiting a decision")
    assert lines[2] == "Responses that came late: 1"
    assert lines[3].startswith("  rotherham-ama-2017 — ") and lines[3].endswith(
        ": due 2017-12-17, 64 days late")
    assert len(lines) == 4
    r = ama("track", "--overdue-responses", BUNDLED, "--as-of", "2018-03-31")
    assert r.returncode == 0


def test_due_date_everywhere():
    show = ama("show", BUNDLED)
    assert "  Response:   due 2017-12-17 (report to the executive 2017-10-18): came 64 days late" \
        in show.stdout.splitlines()
    track = ama("track", BUNDLED, "--as-of", "2018-03-31")
    assert track.stdout.splitlines()[1] == \
        "Response due 2017-12-17 (report to the executive 2017-10-18): came 64 days late"
    md = ama("report", BUNDLED, "--format", "markdown", "--as-of", "2018-03-31")
    assert "**Response due:** 17 December 2017 (report to the executive 18 October 2017): " \
        "came 64 days late" in md.stdout
    html = ama("report", BUNDLED, "--as-of", "2018-03-31")
    assert "<dt>Response due</dt><dd>17 December 2017 (report to the executive " \
        "18 October 2017): came 64 days late</dd>" in html.stdout


# ---- escalation ------------------------------------------------------------

@pytest.mark.parametrize("days,expected", [
    # libraries-2017 on 1 September 2018: rec 6 (Sam Patel) due 12 February,
    # 201 days overdue; rec 1 (Ian Thomas) due 31 March, 154 days.
    (0, [("libraries-2017", "6", 201), ("libraries-2017", "1", 154)]),
    (153, [("libraries-2017", "6", 201), ("libraries-2017", "1", 154)]),
    (154, [("libraries-2017", "6", 201)]),     # "more than": 154 is not
    (200, [("libraries-2017", "6", 201)]),
    (201, []),
])
def test_escalations_threshold_and_order(days, expected):
    catalog = Ama.Catalog.new()
    for path in (BUNDLED, LIBRARIES):
        catalog.add_review(Ama.Review.new_from_file(Gio.File.new_for_path(path), None))
    items = catalog.get_escalations(day(2018, 9, 1), days)
    assert [(i.props.review.props.id, i.props.recommendation.props.number, i.props.days_overdue)
            for i in items] == expected


def test_escalate_command():
    r = ama("track", "--escalate", "30", LIBRARIES, BUNDLED, "--as-of", "2018-09-01")
    assert r.returncode == 1, r.stderr
    assert r.stdout.splitlines() == [
        "Overdue by more than 30 days (as of 2018-09-01): 2",
        "By officer",
        "  Sam Patel",
        "    libraries-2017 recommendation 6: due 2018-02-12, 201 days overdue",
        "  Ian Thomas",
        "    libraries-2017 recommendation 1: due 2018-03-31, 154 days overdue",
        "By review",
        "  libraries-2017",
        "    recommendation 6 (Sam Patel): due 2018-02-12, 201 days overdue",
        "    recommendation 1 (Ian Thomas): due 2018-03-31, 154 days overdue",
    ]
    r = ama("track", "--escalate", "201", LIBRARIES, "--as-of", "2018-09-01")
    assert r.returncode == 0 and r.stdout == "Overdue by more than 201 days (as of 2018-09-01): 0\n"
    assert ama("track", "--escalate", "-5", LIBRARIES).returncode == 2
    assert ama("track", "--escalate", "5", "--overdue-responses", LIBRARIES).returncode == 2


# ---- the statuses trackers use, one vocabulary ---------------------------------

STATUSES = [
    # (AmaProgress nick, report label, still outstanding?)
    ("paused", "Paused", True),
    ("no-longer-feasible", "No longer feasible", False),
    ("implemented", "Implemented", False),
    ("not-implemented", "Not implemented", False),
]


def test_later_statuses_in_every_output(tmp_path):
    recs = ",".join(
        '{"number": "%d", "text": "t", "response": {"decision": "accepted", "date": "2018-01-08",'
        ' "text": "Will do.", "officer": {"name": "Ian Thomas"}, "action-by": {"text": "March 2018"}},'
        ' "updates": [{"date": "2018-02-01", "status": "%s", "note": "Reason given."}]}' % (i + 1, nick)
        for i, (nick, _label, _open) in enumerate(STATUSES))
    path = tmp_path / "statuses.json"
    path.write_text('{"format": "ama-review", "version": 1, "id": "s", "recommendations": [%s]}'
                    % recs, encoding="utf-8")

    track = ama("track", str(path), "--as-of", "2018-06-01")
    rows = [line.split() for line in track.stdout.splitlines() if line[:3].strip().isdigit()]
    assert len(rows) == 4
    for row, (nick, _label, still_open) in zip(rows, STATUSES):
        assert row[2] == nick
        assert ("OVERDUE" in row) == still_open, row
    md = ama("report", str(path), "--format", "markdown", "--as-of", "2018-06-01")
    csv = ama("report", str(path), "--format", "csv", "--as-of", "2018-06-01")
    html = ama("report", str(path), "--as-of", "2018-06-01")
    for out in (md, csv, html):
        assert out.returncode == 0, out.stderr
    for nick, label, _open in STATUSES:
        assert label in md.stdout
        assert f",{label}," in csv.stdout
        assert f'class="status status-{nick}"' in html.stdout
        assert f".status-{nick}>.badge" in html.stdout
    ics = ama("ics", str(path), "--as-of", "2018-06-01")
    assert ics.stdout.count("STATUS:CANCELLED") == 2
    assert ics.stdout.count("STATUS:COMPLETED") == 1
