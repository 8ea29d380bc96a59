# SPDX-License-Identifier: LGPL-2.1-or-later
"""Validation, deadlines, tracking and catalogs as Python sees them."""

import os

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402

import pytest  # noqa: E402

DATA = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(__file__)),
                    "data", "analysis")
AS_OF = GLib.DateTime.new_utc(2018, 4, 1, 0, 0, 0)


def day(y, m, d):
    return GLib.DateTime.new_utc(y, m, d, 0, 0, 0)


def iso(dt):
    return None if dt is None else dt.format("%Y-%m-%d")


def load_catalog():
    catalog = Ama.Catalog.new()
    assert catalog.load_folder(Gio.File.new_for_path(os.path.join(DATA, "catalog")), None)
    return catalog


def test_headline_question():
    """What is overdue on 1 April 2018, and who owns it?"""
    catalog = load_catalog()
    answer = [(item.props.review.props.id,
               item.props.recommendation.props.number,
               item.props.officer_name,
               iso(item.props.due),
               item.props.days_overdue,
               item.props.reason)
              for item in catalog.get_overdue(AS_OF, None)]
    assert answer == [
        ("libraries-2017", "1", "Ian Thomas", "2018-03-31", 1,
         "Due 31 March 2018 (“31/03/18”), 1 day overdue; in progress since 15 January 2018"),
        ("libraries-2017", "6", "Sam Patel", "2018-02-12", 48,
         "Due 12 February 2018 (“Cabinet – 12 February 2018”), 48 days overdue; no progress reported"),
    ]
    # The day before, the 31/03/18 action is due today, not overdue.
    assert [i.props.recommendation.props.number
            for i in catalog.get_overdue(day(2018, 3, 31), None)] == ["6"]


def test_one_officer_across_reviews():
    catalog = load_catalog()
    # The misspelling finds the person; Rotherham's recurring action is
    # open but, with no response date, not overdue.
    open_items = catalog.get_outstanding(AS_OF, "lan Thomas")
    assert [(i.props.review.props.id, i.props.recommendation.props.number, i.props.overdue)
            for i in open_items] == [("rotherham-ama-2017", "3", False),
                                     ("libraries-2017", "1", True)]
    recurring = open_items[0]
    assert recurring.props.action_by.get_kind() == Ama.DeadlineKind.RECURRING
    assert iso(recurring.props.next_due) == "2019-03-31"
    assert recurring.props.decision == Ama.Decision.PENDING

    groups = catalog.group_by_officer(AS_OF)
    assert [(g.props.name, len(g.props.items), g.props.overdue_count) for g in groups] == [
        ("Ian Thomas", 2, 1), ("Jane Smith", 1, 0), ("Sam Patel", 2, 1)]


def test_catalog_find_review_and_file():
    catalog = load_catalog()
    review = catalog.find_review("libraries-2017")
    assert review is not None and review.props.id == "libraries-2017"
    assert catalog.get_file(review).get_basename() == "b-libraries.json"
    assert catalog.find_review("no-such-review") is None


def test_catalog_bad_files_and_signals():
    catalog = Ama.Catalog.new()
    seen = []
    catalog.connect("items-changed", lambda m, p, r, a: seen.append((p, r, a)))
    assert catalog.load_folder(Gio.File.new_for_path(os.path.join(DATA, "catalog")), None)
    assert seen == [(0, 0, 2)]
    assert len(catalog) == 2
    assert [r.props.id for r in catalog] == ["rotherham-ama-2017", "libraries-2017"]
    diags = catalog.props.diagnostics
    assert [(d.props.code, d.props.severity, os.path.basename(d.props.path)) for d in diags] == [
        ("catalog-file-invalid", Ama.Severity.ERROR, "c-truncated.json"),
        ("catalog-file-invalid", Ama.Severity.ERROR, "d-future-version.json"),
    ]
    first = catalog[0]
    assert catalog.remove_review(first)
    assert seen[-1] == (0, 1, 0)
    catalog.add_review(first)
    assert seen[-1] == (1, 0, 1)


def test_catalog_missing_folder():
    catalog = Ama.Catalog.new()
    with pytest.raises(GLib.Error) as info:
        catalog.load_folder(Gio.File.new_for_path(os.path.join(DATA, "nope")), None)
    assert info.value.matches(Ama.error_quark(), Ama.Error.IO)
    assert len(catalog) == 0


def test_catalog_async():
    catalog = Ama.Catalog.new()
    loop = GLib.MainLoop()
    result = {}

    def done(source, res):
        result["ok"] = source.load_folder_finish(res)
        result["n"] = len(source)
        loop.quit()

    catalog.load_folder_async(Gio.File.new_for_path(os.path.join(DATA, "catalog")),
                              GLib.PRIORITY_DEFAULT, None, done)
    loop.run()
    assert result == {"ok": True, "n": 2}


def test_validate_rotherham():
    review = Ama.Review.new_from_file(
        Gio.File.new_for_path(os.path.join(DATA, "rotherham-response-000.json")), None)
    diags = list(review.validate(None))
    codes = [(d.props.code, d.props.severity, d.props.path) for d in diags]
    for i in range(5):
        assert ("decision-missing", Ama.Severity.WARNING,
                f"$.recommendations[{i}].response.decision") in codes
    assert ("officer-name-confusable", Ama.Severity.WARNING,
            "$.recommendations[3].response.officer.name") in codes
    assert ("officer-name-confusable", Ama.Severity.WARNING,
            "$.recommendations[4].response.officer.name") in codes
    assert len(diags) == 7
    assert "lan Thomas" in diags[-1].props.message
    assert "implies “accepted”" in diags[0].props.message


def test_bundled_rotherham():
    root = os.environ.get("AMA_SOURCE_ROOT",
                          os.path.join(os.path.dirname(__file__), os.pardir))
    review = Ama.Review.new_from_file(Gio.File.new_for_path(
        os.path.join(root, "examples", "data", "rotherham-ama-2017.json")), None)
    diags = list(review.validate(None))
    assert sum(d.props.code == "decision-missing" for d in diags) == 0
    assert sum(d.props.code == "response-late" for d in diags) == 5
    lan = [d for d in diags
           if d.props.code in ("officer-name-corrected", "officer-name-confusable")]
    assert len(lan) == 2
    assert all("lan Thomas" in d.props.message for d in lan)
    # Nothing of Rotherham's is overdue on 1 April 2018: the accepted
    # recommendations give no action-by date, and the one recurring
    # action (recommendation 3) was noted, not accepted.
    assert len(review.get_overdue(AS_OF, None)) == 0


def test_validate_corrected_name_is_info():
    review = Ama.Review.new_from_data(
        '{"format":"ama-review","version":1,"recommendations":[{"number":"1","text":"A",'
        '"response":{"decision":"accepted","text":"Will do","action-by":"March 2018",'
        '"officer":{"name":"Ian Thomas","name-as-written":"lan Thomas"}}}]}', -1)
    diags = list(review.validate(AS_OF))
    assert [(d.props.code, d.props.severity, d.props.path) for d in diags] == [
        ("officer-name-corrected", Ama.Severity.INFO,
         "$.recommendations[0].response.officer.name-as-written")]


def test_rule_catalogue():
    rules = Ama.validation_list_rules()
    codes = [r.props.code for r in rules]
    assert len(codes) == len(set(codes))
    assert "accepted-no-officer" in codes
    for r in rules:
        assert Ama.validation_get_severity(r.props.code) == r.props.severity
        assert r.props.summary


@pytest.mark.parametrize("text,kind,due", [
    ("31/03/18", Ama.DeadlineKind.DATE, "2018-03-31"),
    ("March 2018", Ama.DeadlineKind.MONTH, "2018-03-31"),
    ("Q3 2018/19", Ama.DeadlineKind.QUARTER, "2018-12-31"),
    ("2018/19", Ama.DeadlineKind.FINANCIAL_YEAR, "2019-03-31"),
    ("By March 2018", Ama.DeadlineKind.MONTH, "2018-03-31"),
    ("Cabinet – 12 October 2011", Ama.DeadlineKind.DATE, "2011-10-12"),
    ("w/c 12 March 2018", Ama.DeadlineKind.DATE, "2018-03-18"),
    ("Annual Participation", Ama.DeadlineKind.RECURRING, None),
    ("Ongoing", Ama.DeadlineKind.ONGOING, None),
    ("Completed", Ama.DeadlineKind.NOT_APPLICABLE, None),
    ("when the Trust reports", Ama.DeadlineKind.UNPARSED, None),
])
def test_deadlines(text, kind, due):
    d = Ama.Deadline.parse(text, None)
    assert d.get_text() == text
    assert d.get_kind() == kind
    assert iso(d.get_due()) == due


def test_next_due():
    annual = Ama.Deadline.parse("Annual Participation", None)
    assert iso(annual.next_due(AS_OF)) == "2019-03-31"
    assert iso(annual.next_due_from(day(2017, 10, 18), AS_OF)) == "2018-10-18"
    assert iso(annual.previous_due_from(None, AS_OF)) == "2018-03-31"


def test_status_and_summary():
    review = Ama.Review.new_from_file(
        Gio.File.new_for_path(os.path.join(DATA, "catalog", "b-libraries.json")), None)
    rec = review.get_recommendations()[2]
    assert rec.get_status(day(2018, 1, 1)) == Ama.Progress.NOT_STARTED
    assert rec.get_status(day(2018, 2, 1)) == Ama.Progress.IN_PROGRESS
    assert rec.get_status(AS_OF) == Ama.Progress.COMPLETED
    assert rec.get_latest_update(AS_OF).props.note == "Extended."

    s = review.summarize(AS_OF)
    assert (s.props.total, s.props.accepted, s.props.partially_accepted,
            s.props.rejected, s.props.deferred, s.props.pending) == (7, 4, 1, 1, 1, 0)
    assert (s.props.completed, s.props.outstanding, s.props.overdue) == (1, 4, 2)
    assert s.props.completed_share == pytest.approx(0.2)


def test_add_update_changes_overdue():
    review = Ama.Review.new_from_file(
        Gio.File.new_for_path(os.path.join(DATA, "catalog", "b-libraries.json")), None)
    assert len(review.get_overdue(AS_OF, "Ian Thomas")) == 1
    rec = review.get_recommendations()[0]
    rec.add_update(Ama.ProgressUpdate.new(day(2018, 3, 30), Ama.Progress.COMPLETED, "Published"))
    assert len(review.get_overdue(AS_OF, "Ian Thomas")) == 0
    # As of a date before the update, it was still open.
    assert rec.track(review, day(2018, 3, 29)).props.outstanding
