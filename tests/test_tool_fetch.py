# SPDX-License-Identifier: LGPL-2.1-or-later
"""`ama fetch` against a ModernGov web service on 127.0.0.1
(tests/tool/moderngov_server.py) that replays real responses and
misbehaves on purpose: the meetings written, the date range, files never
overwritten with a different meeting, and an exit status and a message
naming the URL and the HTTP status for each failure."""
import json
import os
import subprocess
import sys

import gi
import pytest

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "tool"))
from moderngov_server import ModernGovServer  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("AMA_SOURCE_ROOT", os.path.dirname(HERE))
BUILD_TESTS = os.environ.get("G_TEST_BUILDDIR", os.path.join(ROOT, "build", "tests"))
AMA = os.path.join(os.path.dirname(BUILD_TESTS), "examples", "ama", "ama")


def fetch(*args):
    # No interval between requests: the test server does not mind.
    return subprocess.run([AMA, "fetch", "--min-interval", "0", "--timeout", "10", *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def server():
    with ModernGovServer() as s:
        yield s


def load(path):
    return Ama.Review.new_from_file(Gio.File.new_for_path(str(path)), None)


def test_committee_meetings_written(server, tmp_path):
    out = tmp_path / "out"
    r = fetch(server.base, "--committee", "144", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert sorted(os.listdir(out)) == ["meeting-4966.json", "meeting-4967.json"]

    review = load(out / "meeting-4967.json")
    assert review.props.id == "meeting-4967"
    assert review.props.body == "Audit Committee"
    assert review.props.title == "Audit Committee, 2026-02-10"
    meeting = review.get_meetings()[0]
    assert meeting.props.id == "4967"
    assert meeting.props.time == "10:00"
    items = list(meeting.get_agenda_items())
    assert [i.props.title for i in items] == ["Minutes", "Work Programme"]
    assert [i.props.number for i in items] == ["1", "9"]
    docs = list(items[0].get_documents())
    assert docs[0].props.uri == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"
    assert "correct record" in (items[0].props.narrative or "")
    attendees = list(meeting.get_attendees())
    assert len(attendees) == 1 and attendees[0].props.party == "LAB"

    cancelled = load(out / "meeting-4966.json").get_meetings()[0]
    assert cancelled.props.status == "Cancelled"

    paths = [p for p, _ in server.requests]
    assert paths[0].startswith("/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=")
    assert sorted(paths[1:]) == ["/mgWebService.asmx/GetMeeting?lMeetingId=4966",
                                 "/mgWebService.asmx/GetMeeting?lMeetingId=4967"]
    assert {ua for _, ua in server.requests} == {"libama/" + Ama.VERSION_S}


def test_committee_by_name_and_range(server, tmp_path):
    out = tmp_path / "out"
    r = fetch(server.base, "--committee", "audit committee", "--from", "2026-02-01",
              "--to", "2026-12-31", "-o", str(out))
    assert r.returncode == 0, r.stderr
    # The server ignores the dates; the client's filter leaves February.
    assert os.listdir(out) == ["meeting-4967.json"]
    assert server.requests[0][0] == "/mgWebService.asmx/GetCommittees"
    assert "sFromDate=01%2F02%2F2026&sToDate=31%2F12%2F2026" in server.requests[1][0]


def test_unknown_committee_name(server, tmp_path):
    r = fetch(server.base, "--committee", "Cabinet", "-o", str(tmp_path / "out"))
    assert r.returncode == 2
    assert "no committee is called \u201cCabinet\u201d (3 committees" in r.stderr


def test_list_committees(server):
    r = fetch(server.base, "--list-committees")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "312\tAppointment Sub Committee for Director of Adult Social Services (expired)",
        "163\tArt Galleries Committee",
        "144\tAudit Committee",
    ]


def test_one_meeting(server, tmp_path):
    out = tmp_path / "out"
    r = fetch(server.base + "/mgWebService.asmx", "--meeting", "4967", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert os.listdir(out) == ["meeting-4967.json"]
    assert [p for p, _ in server.requests] == ["/mgWebService.asmx/GetMeeting?lMeetingId=4967"]


def test_rerun_replaces_same_meeting_only(server, tmp_path):
    out = tmp_path / "out"
    assert fetch(server.base, "--committee", "144", "-o", str(out)).returncode == 0
    # Again: the same meetings, replaced.
    r = fetch(server.base, "--committee", "144", "-o", str(out))
    assert r.returncode == 0, r.stderr
    # A file holding another meeting is never overwritten.
    other = (out / "meeting-4966.json").read_bytes()
    (out / "meeting-4967.json").write_bytes(other)
    r = fetch(server.base, "--committee", "144", "-o", str(out))
    assert r.returncode == 1
    assert "meeting-4967.json is there already and does not hold meeting 4967; not overwritten" in r.stderr
    assert (out / "meeting-4967.json").read_bytes() == other
    # Nor is a file that is not a review.
    (out / "meeting-4967.json").write_text("notes\n")
    r = fetch(server.base, "--meeting", "4967", "-o", str(out))
    assert r.returncode == 1
    assert (out / "meeting-4967.json").read_text() == "notes\n"


@pytest.mark.parametrize("mode,message", [
    ("e500", "/e500/mgWebService.asmx/GetMeeting?lMeetingId=4966: HTTP 500 Internal Server Error"),
    ("html", "/html/mgWebService.asmx/GetMeeting?lMeetingId=4966: line 1, column"),
    ("truncated", "/truncated/mgWebService.asmx/GetMeeting?lMeetingId=4966: the response was cut short after 300 bytes"),
    ("huge", "/huge/mgWebService.asmx/GetMeeting?lMeetingId=4966: the response of 2147483648 bytes (Content-Length) is larger than the limit"),
])
def test_failed_meeting_is_reported(server, tmp_path, mode, message):
    out = tmp_path / "out"
    r = fetch(server.url(mode), "--committee", "144", "-o", str(out))
    assert r.returncode == 1, r.stderr
    assert "meeting 4966: error: " + server.url(mode) in r.stderr
    assert message in r.stderr, r.stderr
    assert "of 2 meetings could not be fetched" in r.stderr
    written = sorted(os.listdir(out))
    # Only e500 spares 4967; the others break every GetMeeting.
    if mode == "e500":
        assert written == ["meeting-4967.json"]
    else:
        assert written == []


def test_server_without_meeting_list(server, tmp_path):
    r = fetch(server.url("down"), "--committee", "144", "-o", str(tmp_path / "out"))
    assert r.returncode == 2
    assert server.url("down") + "/mgWebService.asmx/GetMeetings?lCommitteeId=144" in r.stderr
    assert "HTTP 500 Internal Server Error" in r.stderr


def test_nothing_listening(tmp_path):
    with ModernGovServer() as s:
        base = s.base
    r = fetch(base, "--committee", "144", "-o", str(tmp_path / "out"))
    assert r.returncode == 2
    assert base + "/mgWebService.asmx/GetMeetings" in r.stderr


@pytest.mark.parametrize("args,message", [
    ([], "give one of --committee"),
    (["--committee", "1", "--meeting", "2"], "give one of --committee"),
    (["--meeting", "x1"], "is not a meeting id"),
    (["--committee", "1", "--from", "2026-13-01"], "--from"),
    (["--committee", "1", "--from", "2026-02-01", "--to", "2026-01-01"], "is after --to"),
    (["--meeting", "1", "--from", "2026-02-01"], "go with --committee"),
    (["--committee", "1"], "-o OUT"),
])
def test_usage_errors(server, tmp_path, args, message):
    extra = [] if message == "-o OUT" else ["-o", str(tmp_path / "out")]
    r = fetch(server.base, *args, *extra)
    assert r.returncode == 2
    assert message in r.stderr
    assert server.requests == []


def test_not_a_web_url(tmp_path):
    r = fetch("file:///etc", "--committee", "1", "-o", str(tmp_path / "out"))
    assert r.returncode == 2
    assert "is not an http:// or https:// URL" in r.stderr


def test_listed_in_help():
    r = subprocess.run([AMA, "--help"], capture_output=True, text=True)
    assert "fetch" in r.stdout
    r = subprocess.run([AMA, "fetch", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "--committee" in r.stdout
