# SPDX-License-Identifier: LGPL-2.1-or-later
"""Review.merge from Python: a later decision joins the history, a
tracker row becomes a progress update, conflicts and unmatched rows come
back as diagnostics, and a second merge changes no byte."""
import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, GLib  # noqa: E402
import pytest  # noqa: E402


def review(recs, extra=""):
    data = ('{"format": "ama-review", "version": 1, "recommendations": [%s]%s}'
            % (recs, extra))
    return Ama.Review.new_from_data(data, -1)


def test_merge_history_updates_and_idempotence():
    held = review('{"number": "1", "text": "a", "response": {"decision": "deferred", '
                  '"date": "2018-02-19", "text": "Deferred."}},'
                  '{"number": "2", "text": "b", "response": {"decision": "accepted", '
                  '"date": "2018-02-19", "officer": {"name": "Ian Thomas"}}}')
    later = review('{"number": "R1", "response": {"decision": "accepted", "date": "2018-06-18", '
                   '"text": "Completed: the service was launched."}},'
                   '{"number": "Recommendation 2", "response": {"officer": {"name": "Mel Meggs"}}},'
                   '{"number": "4", "text": "x"}')
    diags = held.merge(later)
    codes = [d.props.code for d in diags]
    assert codes == ["merge-conflict", "merge-unmatched"]
    rec = held.props.recommendations.get_item(0)
    history = rec.props.response.props.history
    assert [history.get_item(i).props.decision for i in range(history.get_n_items())] == \
        [Ama.Decision.DEFERRED, Ama.Decision.ACCEPTED]
    assert rec.props.response.props.decision == Ama.Decision.ACCEPTED
    update = rec.props.updates.get_item(0)
    assert update.props.status == Ama.Progress.COMPLETED
    assert update.props.date.format("%F") == "2018-06-18"
    # the officer held is kept
    rec2 = held.props.recommendations.get_item(1)
    assert rec2.props.response.props.officer.props.name == "Ian Thomas"

    first = held.to_data()
    held.merge(later)
    assert held.to_data() == first


def test_merge_nothing_to_merge_is_an_error():
    held = review('{"number": "1", "text": "a"}')
    with pytest.raises(GLib.Error) as e:
        held.merge(Ama.Review.new())
    assert e.value.matches(Ama.error_quark(), Ama.Error.MISSING)
