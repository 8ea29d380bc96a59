# SPDX-License-Identifier: LGPL-2.1-or-later
"""Ama.ModernGovClient from Python: the async API (GLib main loop,
Gio.Cancellable) and the blocking twins, against a ModernGov web service
on 127.0.0.1 (tests/tool/moderngov_server.py) replaying real responses;
errors as GLib.Error with the domain, code and URL."""
import os
import sys
import time

import gi
import pytest

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "tool"))
from moderngov_server import ModernGovServer  # noqa: E402


@pytest.fixture
def server():
    with ModernGovServer() as s:
        yield s


def client_for(url):
    client = Ama.ModernGovClient.new(url)
    client.props.min_interval = 0
    client.props.timeout = 10
    return client


def run_async(start, finish):
    """Starts an async call, runs a main loop until it is done, and
    returns what its finish function gives (or raises)."""
    loop = GLib.MainLoop()
    box = {}

    def done(source, result):
        try:
            box["value"] = finish(source, result)
        except GLib.Error as e:
            box["error"] = e
        loop.quit()

    start(done)
    GLib.timeout_add_seconds(30, loop.quit)
    loop.run()
    if "error" in box:
        raise box["error"]
    return box["value"]


def test_properties_and_defaults():
    client = Ama.ModernGovClient.new("https://democracy.example.gov.uk/")
    assert client.props.base_url == "https://democracy.example.gov.uk"
    assert client.props.user_agent == "libama/" + Ama.VERSION_S
    assert client.props.min_interval == 1000
    assert client.props.max_retries == 3
    assert client.props.max_redirects == 5
    notified = []
    client.connect("notify::timeout", lambda *a: notified.append(client.props.timeout))
    client.props.timeout = 5
    client.props.timeout = 5
    assert notified == [5]


def test_committees_async(server):
    client = client_for(server.base)
    committees = run_async(lambda cb: client.fetch_committees_async(None, cb),
                           lambda c, r: c.fetch_committees_finish(r))
    assert [c.props.id for c in committees] == ["312", "163", "144"]
    assert committees[2].props.title == "Audit Committee"
    assert committees[0].props.expired is True


def test_meetings_async_filtered(server):
    client = client_for(server.base)
    start = GLib.DateTime.new_utc(2026, 2, 1, 0, 0, 0)
    meetings = run_async(lambda cb: client.fetch_meetings_async("144", start, None, None, cb),
                         lambda c, r: c.fetch_meetings_finish(r))
    assert [m.props.id for m in meetings] == ["4967"]
    assert meetings[0].props.body == "Audit Committee"


def test_meeting_async(server):
    client = client_for(server.base)
    review, diagnostics = run_async(lambda cb: client.fetch_meeting_async("4967", None, cb),
                                    lambda c, r: c.fetch_meeting_finish(r))
    meeting = review.get_meetings()[0]
    assert meeting.props.id == "4967"
    assert [i.props.title for i in meeting.get_agenda_items()] == ["Minutes", "Work Programme"]
    assert any(d.props.code == "moderngov-unmapped" for d in diagnostics)


def test_blocking_twins(server):
    client = client_for(server.base)
    review, diagnostics = client.fetch_meeting("4966", None)
    assert review.get_meetings()[0].props.status == "Cancelled"
    body = client.fetch_url(server.base + "/mgWebService.asmx/GetCommittees", None)
    assert body.get_data().startswith(b"<?xml")


def test_errors_carry_domain_code_and_url(server):
    client = client_for(server.base)
    with pytest.raises(GLib.Error) as e:
        run_async(lambda cb: client.fetch_meeting_async("1", None, cb),
                  lambda c, r: c.fetch_meeting_finish(r))
    assert e.value.matches(Ama.error_quark(), Ama.Error.NETWORK)
    assert e.value.message == server.base + "/mgWebService.asmx/GetMeeting?lMeetingId=1: HTTP 404 Not Found"

    huge = client_for(server.url("huge"))
    with pytest.raises(GLib.Error) as e:
        huge.fetch_meeting("4967", None)
    assert e.value.matches(Ama.error_quark(), Ama.Error.LIMIT)

    html = client_for(server.url("html"))
    with pytest.raises(GLib.Error) as e:
        html.fetch_meeting("4967", None)
    assert e.value.matches(Ama.error_quark(), Ama.Error.PARSE)
    assert e.value.message.startswith(server.url("html") + "/mgWebService.asmx/GetMeeting")

    with pytest.raises(GLib.Error) as e:
        client.fetch_meetings("144; drop", None, None, None)
    assert e.value.matches(Ama.error_quark(), Ama.Error.INVALID)


def test_timeout(server):
    client = client_for(server.url("hang"))
    client.props.timeout = 1
    start = time.monotonic()
    with pytest.raises(GLib.Error) as e:
        client.fetch_meeting("4967", None)
    assert e.value.matches(Ama.error_quark(), Ama.Error.NETWORK)
    assert "timed out" in e.value.message
    assert time.monotonic() - start < 3.5


def test_cancel_async(server):
    client = client_for(server.url("hang"))
    cancellable = Gio.Cancellable()
    GLib.timeout_add(200, lambda: cancellable.cancel() or False)
    start = time.monotonic()
    with pytest.raises(GLib.Error) as e:
        run_async(lambda cb: client.fetch_meeting_async("4967", cancellable, cb),
                  lambda c, r: c.fetch_meeting_finish(r))
    assert e.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)
    assert time.monotonic() - start < 3


def test_one_request_at_a_time(server):
    """Three async calls at once reach the server one after another,
    min-interval apart."""
    client = client_for(server.base)
    client.props.min_interval = 300
    loop = GLib.MainLoop()
    left = [3]

    def done(source, result):
        source.fetch_committees_finish(result)
        left[0] -= 1
        if left[0] == 0:
            loop.quit()

    start = time.monotonic()
    for _ in range(3):
        client.fetch_committees_async(None, done)
    GLib.timeout_add_seconds(30, loop.quit)
    loop.run()
    assert left[0] == 0
    assert len(server.requests) == 3
    assert time.monotonic() - start >= 0.6
