# SPDX-License-Identifier: LGPL-2.1-or-later
"""Reviews built through the public API for the report and tool tests.

The hostile review carries, in every field a report prints, text that
would break its output if it were not escaped: script and img tags for
HTML, pipes and newlines for Markdown, formula prefixes for spreadsheets.
"""
import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, GLib  # noqa: E402

SCRIPT = "<script>window.__pwned = 1; document.title = 'PWNED'</script>"
IMG = "<img src=x onerror=\"window.__pwned = 2; document.title = 'PWNED'\">"


def date(y, m, d):
    return GLib.DateTime.new_utc(y, m, d, 0, 0, 0)


def make_hostile_review():
    r = Ama.Review.new()
    r.props.id = "hostile-review"
    r.props.title = "Review of <b>bold</b> & \"quoted\" things"
    r.props.authority = "Example Borough Council"
    r.props.body = "Select Commission"
    r.props.summary = "A summary with a | pipe and <i>markup</i>."

    rec = Ama.Recommendation.new("1", SCRIPT + " Improve the service.")
    resp = Ama.Response.new()
    resp.props.decision = Ama.Decision.ACCEPTED
    resp.props.text = '=HYPERLINK("http://example.invalid","click")'
    officer = Ama.Person.new("@admin")
    resp.props.officer = officer
    resp.props.action_by = Ama.Deadline.new("31/03/2018", Ama.DeadlineKind.DATE,
                                            date(2018, 3, 31), Ama.Recurrence.NONE)
    rec.props.response = resp
    rec.add_update(Ama.ProgressUpdate.new(date(2018, 1, 10), Ama.Progress.IN_PROGRESS,
                                          "Started <u>work</u>"))
    r.add_recommendation(rec)

    rec = Ama.Recommendation.new("2", IMG + " Report annually.")
    rec.props.points = ["first | point", "second\npoint"]
    resp = Ama.Response.new()
    resp.props.inferred_decision = Ama.Decision.REJECTED
    resp.props.text = "We do not agree | not now\nmaybe later."
    officer = Ama.Person.new("-Dash Officer")
    resp.props.officer = officer
    resp.props.action_by = Ama.Deadline.new("Annual Participation", Ama.DeadlineKind.RECURRING,
                                            None, Ama.Recurrence.YEARLY)
    resp.props.date = date(2017, 10, 18)
    rec.props.response = resp
    r.add_recommendation(rec)

    rec = Ama.Recommendation.new("3", '+plus, with "quotes", and a\ttab')
    resp = Ama.Response.new()
    resp.props.decision = Ama.Decision.DEFERRED
    resp.props.text = "Deferred until the budget is set."
    resp.props.no_further_action = True
    rec.props.response = resp
    r.add_recommendation(rec)

    rec = Ama.Recommendation.new("4", "Close the old office.")
    resp = Ama.Response.new()
    resp.props.decision = Ama.Decision.REJECTED
    resp.props.text = "Rejected."
    officer = Ama.Person.new("Ian Thomas")
    officer.props.name_as_written = "lan Thomas"
    resp.props.officer = officer
    resp.props.action_by = Ama.Deadline.new("December 2017", Ama.DeadlineKind.MONTH,
                                            date(2017, 12, 31), Ama.Recurrence.NONE)
    rec.props.response = resp
    rec.add_update(Ama.ProgressUpdate.new(date(2017, 11, 1), Ama.Progress.COMPLETED, "Done"))
    r.add_recommendation(rec)

    m = Ama.Meeting.new("Review group", date(2016, 11, 14))
    m.props.kind = Ama.MeetingKind.REVIEW_GROUP
    m.props.topics = ["scope <iframe src=x>", "terms; of, reference"]
    m.props.location = "Town Hall <iframe>"
    r.add_meeting(m)
    m = Ama.Meeting.new("Cabinet", date(2017, 10, 18))
    m.props.kind = Ama.MeetingKind.CABINET
    r.add_meeting(m)

    a = Ama.Appraisal.new()
    for oid, name in [("in-house", "In-house <em>services</em>"),
                      ("trust", "Children's trust"),
                      ("partner", "Practice partner")]:
        a.add_option(Ama.Option.new(oid, name))
    for cid, name, w in [("cost", "Cost & value", 2.0), ("quality", "Quality <of> care", 1.0)]:
        c = Ama.Criterion.new(cid, name)
        c.props.weight = w
        c.props.scale_min = 0.0
        c.props.scale_max = 10.0
        a.add_criterion(c)
    for oid, cost, quality in [("in-house", 4, 5), ("trust", 3, 8), ("partner", 9, 7)]:
        a.add_score(Ama.Score.new(oid, "cost", cost))
        a.add_score(Ama.Score.new(oid, "quality", quality))
    a.props.preferred_option = "partner"
    r.props.appraisal = a
    return r


def review_data(review):
    """The review as its JSON document (str), whatever the overrides return."""
    data = review.to_data()
    if isinstance(data, tuple):
        data = data[0]
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    return data
