# SPDX-License-Identifier: LGPL-2.1-or-later
"""The model and the JSON format as Python sees them through GI."""

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, GLib  # noqa: E402

import pytest  # noqa: E402


def make_review():
    review = Ama.Review(title="Alternative Management Arrangements")
    rec = Ama.Recommendation.new("1", "A Practice Partner model would secure ...")
    rec.props.points = ["one", "two"]
    resp = Ama.Response(decision=Ama.Decision.ACCEPTED)
    resp.props.officer = Ama.Person.new("Ian Thomas")
    resp.props.action_by = Ama.Deadline.parse("Annual Participation", None)
    rec.props.response = resp
    review.add_recommendation(rec)
    return review


def test_properties_and_lists():
    review = make_review()
    recs = review.get_recommendations()
    assert len(recs) == 1
    rec = recs[0]
    assert rec.props.number == "1"
    assert rec.props.points == ["one", "two"]
    assert rec.props.response.props.decision == Ama.Decision.ACCEPTED
    assert rec.props.response.props.decision.value_nick == "accepted"
    assert rec.props.response.props.officer.props.name == "Ian Thomas"
    deadline = rec.props.response.props.action_by
    assert deadline.get_kind() == Ama.DeadlineKind.RECURRING
    assert deadline.get_text() == "Annual Participation"


def test_round_trip():
    data = make_review().to_data()
    again = Ama.Review.new_from_data(data, -1)
    assert again.to_data() == data


def test_error_domain_and_path():
    doc = '{"format":"ama-review","version":1,"recommendations":[{"response":{"decision":"maybe"}}]}'
    with pytest.raises(GLib.Error) as info:
        Ama.Review.new_from_data(doc, -1)
    assert info.value.matches(Ama.error_quark(), Ama.Error.INVALID)
    assert "$.recommendations[0].response.decision" in info.value.message


def test_unsupported_version():
    with pytest.raises(GLib.Error) as info:
        Ama.Review.new_from_data('{"format":"ama-review","version":9}', -1)
    assert info.value.code == Ama.Error.UNSUPPORTED_VERSION


def test_notify():
    person = Ama.Person.new("lan Thomas")
    seen = []
    person.connect("notify::name", lambda obj, pspec: seen.append(obj.props.name))
    person.props.name = "Ian Thomas"
    person.props.name = "Ian Thomas"
    assert seen == ["Ian Thomas"]
