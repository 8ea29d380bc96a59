# SPDX-License-Identifier: LGPL-2.1-or-later
"""The bundled Rotherham review holds what the five source documents say.

Every expected value below is read off tests/data/seeds/ (000 and 002: the
Cabinet's response table; 001: the Council minutes of 18 October 2017;
003: the summary sheet; 004: Annex 2). Some facts are also checked against
the seed text itself, so that a typo in the data cannot hide behind the
same typo here.
"""

import os
from pathlib import Path

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(os.environ.get("AMA_SOURCE_ROOT", Path(__file__).resolve().parent.parent))
DATA = ROOT / "examples" / "data" / "rotherham-ama-2017.json"
SEEDS = ROOT / "tests" / "data" / "seeds"


def seed(prefix):
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def review():
    return Ama.Review.new_from_file(Gio.File.new_for_path(str(DATA)), None)


def iso(dt):
    return None if dt is None else dt.format("%Y-%m-%d")


def to_text(review):
    # tests/conftest.py puts the tree's overrides in place: to_data() is a str.
    return review.to_data()


def items(model):
    return [model.get_item(i) for i in range(model.get_n_items())]


def rec(review, number):
    for r in items(review.get_recommendations()):
        if r.props.number == number:
            return r
    raise KeyError(number)


def document(review, kind, label=None):
    found = [d for d in items(review.get_documents())
             if d.props.kind == kind and (label is None or d.props.label == label)]
    assert len(found) == 1
    return found[0]


# --- the review itself ---------------------------------------------------

def test_identity(review):
    assert review.props.id == "rotherham-ama-2017"
    assert review.props.title == ("Scrutiny Review – Alternative Management Arrangements "
                                  "for Children’s Service in Rotherham")
    assert review.props.title in seed("003")
    assert review.props.authority == "Rotherham Metropolitan Borough Council"
    assert review.props.body == "Improving Lives Select Commission"
    assert review.props.status == Ama.ReviewStatus.RESPONDED


def test_summary_scope_terms(review):
    assert review.props.summary.startswith("The scrutiny report (attached as Appendix 1)")
    assert review.props.summary in seed("003")
    assert review.props.scope.startswith("The review compared and contrasted AMAs of social care")
    assert review.props.scope.endswith("(detailed below).")
    assert review.props.scope in seed("004")
    tor = review.props.terms_of_reference
    assert len(tor) == 2
    assert tor[0].startswith("To identify the strengths and weaknesses")
    assert tor[1].startswith("On the basis of this evidence")
    assert all(t in seed("004") for t in tor)


def test_members(review):
    members = items(review.get_members())
    assert len(members) == 5
    names = [m.props.person.props.name for m in members]
    assert names == ["Leon Allcock", "Maggi Clark", "Victoria Cusworth",
                     "Jayne Senior", "Peter Short"]
    assert all(m.props.person.props.honorific == "Cllr" for m in members)
    chairs = [m for m in members if m.props.role == Ama.MemberRole.CHAIR]
    assert len(chairs) == 1
    assert chairs[0].props.person.props.name == "Maggi Clark"
    assert sum(m.props.role == Ama.MemberRole.MEMBER for m in members) == 4


# --- recommendations and responses (000, 002) -------------------------------

def test_recommendation_numbers_and_texts(review):
    recs = items(review.get_recommendations())
    assert [r.props.number for r in recs] == ["1", "2", "3", "4", "5"]
    table = seed("000")
    for r in recs:
        assert r.props.text in table
    assert rec(review, "1").props.text.startswith("A Practice Partner model would secure")
    assert rec(review, "5").props.text.endswith("secure more rapid and sustainable improvement.")


def test_recommendation_2_points(review):
    r = rec(review, "2")
    assert r.props.text == "The Practice Partner model will:"
    points = r.props.points
    assert len(points) == 3
    assert points[0].startswith("Establish the right balance of political ownership")
    assert points[1].startswith("Enable the good progress")
    assert points[2] == "Avoid high transition and operating costs associated with each of the AMAs."


def test_decisions_all_blank_in_the_source(review):
    # The "Cabinet Decision" column of the table is empty for every row:
    # the one decision each recommendation has is Cabinet's agreement of
    # the response on 19 February 2018 (Minute 109), the decision its
    # wording states; the table itself decides nothing.
    assert review.props.reported_to_executive.format("%F") == "2017-10-18"
    for r in items(review.get_recommendations()):
        resp = r.props.response
        history = items(resp.props.history)
        assert len(history) == 1
        assert history[0].props.date.format("%F") == "2018-02-19"
        assert history[0].props.body == "Cabinet and Commissioners"
        assert history[0].props.reference == "Minute 109"
        assert history[0].props.decision == resp.props.inferred_decision
        assert resp.props.decision == resp.props.inferred_decision


def test_response_came_64_days_late(review):
    # Due by 17 December 2017 (two months beginning with 18 October 2017);
    # decided 19 February 2018.
    assert review.get_response_due().format("%F") == "2017-12-17"
    assert review.get_response_days_late() == 64


@pytest.mark.parametrize("number,nick", [
    ("1", "accepted"),   # "We agree that a PiP model ..."
    ("2", "accepted"),   # "We agree for the first stage ..."
    ("3", "noted"),      # "No longer relevant ..."
    ("4", "accepted"),   # "the Council will commit to participate ..."
    ("5", "noted"),      # restates peer review; silent on Trust/CIC
])
def test_inferred_decisions(review, number, nick):
    assert rec(review, number).props.response.props.inferred_decision.value_nick == nick


def test_response_texts_verbatim(review):
    table = seed("000")
    for r in items(review.get_recommendations()):
        assert r.props.response.props.text in table
    assert rec(review, "3").props.response.props.text.startswith("No longer relevant given the recent 'Good' rating")
    assert rec(review, "2").props.response.props.text == (
        "We agree for the first stage of the improvement journey from Inadequate to Good.")


@pytest.mark.parametrize("number,as_written", [
    ("1", None), ("3", None), ("4", "lan Thomas"), ("5", "lan Thomas"),
])
def test_officers(review, number, as_written):
    officer = rec(review, number).props.response.props.officer
    assert officer.props.name == "Ian Thomas"
    assert officer.props.name_as_written == as_written
    if as_written:
        # The OCR slip is really in the source table.
        assert as_written in seed("000")


def test_recommendation_2_no_further_action(review):
    resp = rec(review, "2").props.response
    assert resp.props.officer is None
    assert resp.props.no_further_action is True
    assert "N.F.A required" in seed("000")
    assert not any(rec(review, n).props.response.props.no_further_action for n in "1345")


def test_action_by(review):
    deadline = rec(review, "3").props.response.props.action_by
    assert deadline.get_text() == "Annual Participation"
    assert deadline.get_kind() == Ama.DeadlineKind.RECURRING
    assert deadline.get_recurrence() == Ama.Recurrence.YEARLY
    assert deadline.get_due() is None
    for n in "1245":
        assert rec(review, n).props.response.props.action_by is None


def test_no_progress_updates_yet(review):
    assert all(r.get_updates().get_n_items() == 0 for r in items(review.get_recommendations()))


# --- meetings (004 §3, 001) -------------------------------------------------

def test_schedule_of_meetings(review):
    meetings = items(review.get_meetings())
    assert len(meetings) == 10
    schedule = [(iso(m.props.date), m.props.kind.value_nick) for m in meetings[:9]]
    assert schedule == [
        ("2016-11-14", "review-group"),
        ("2016-11-18", "review-group"),
        ("2016-11-30", "workshop"),
        ("2016-12-13", "review-group"),
        ("2017-01-23", "visits"),
        ("2017-02-17", "workshop"),
        ("2017-03-13", "review-group"),
        ("2017-03-15", "board"),
        ("2017-04-10", "review-group"),
    ]
    visits_period = meetings[4]
    assert iso(visits_period.props.end_date) == "2017-02-28"
    assert all(m.props.end_date is None for i, m in enumerate(meetings) if i != 4)
    assert meetings[0].props.topics[1] == 'outline of policy context - "Putting Children First";'
    assert meetings[8].props.topics == ["Agree final report", "Agree recommendations"]
    assert meetings[7].props.body == "Children's Improvement Board"
    assert sum(len(m.props.topics or []) for m in meetings[:9]) == 15


def test_council_meeting(review):
    council = items(review.get_meetings())[9]
    assert council.props.body == "Council"
    assert iso(council.props.date) == "2017-10-18"
    assert council.props.kind == Ama.MeetingKind.COUNCIL
    (item,) = items(council.get_agenda_items())
    assert item.props.description == ("To receive the scrutiny review and recommendations in respect "
                                      "of Alternative Management Arrangements for Children’s Social Care.")
    narrative = item.props.narrative
    assert narrative.startswith("Consideration was given to the report")
    assert narrative.endswith("congratulated all those involved in the review and its recommendations.")
    assert narrative.count("\n- ") == 3
    assert "- Avoid high transition and operating costs" in narrative


def test_resolutions_mover_seconder(review):
    item = items(items(review.get_meetings())[9].get_agenda_items())[0]
    resolutions = items(item.get_resolutions())
    assert [r.props.number for r in resolutions] == ["1", "2"]
    assert resolutions[0].props.text == (
        "That the report and recommendations in respect of alternative management arrangements "
        "for Children’s Services in Rotherham, as outlined in Section 11 of Appendix 1, be noted.")
    assert resolutions[1].props.text == (
        "That the response of Cabinet and Commissioners be fed back to Improving Lives Select Commission.")
    assert (item.props.mover.props.honorific, item.props.mover.props.name) == ("Councillor", "Clark")
    assert (item.props.seconder.props.honorific, item.props.seconder.props.name) == ("Councillor", "Allcock")


# --- visits (004 §4) -------------------------------------------------------

VISITS = [
    ("London Borough of Richmond upon Thames", "community-interest-company", "2016-04-19", "in-person"),
    ("Royal Borough of Windsor and Maidenhead", "community-interest-company", "2016-05-03", "in-person"),
    ("Slough Borough Council", "trust", "2016-05-03", "in-person"),
    ("Hampshire County Council", "agency-arrangement", "2016-06-01", "teleconference"),
    ("London Borough of Kingston upon Thames", "community-interest-company", "2016-06-15", "teleconference"),
    ("Doncaster Council and Doncaster Children's Trust", "trust", "2017-01-23", "in-person"),
    ("Cornwall Council", "sector-led-improvement", "2017-02-06", "teleconference"),
    ("Birmingham City Council", "wholly-owned-company", "2017-02-09", "in-person"),
    ("Leeds City Council", "sector-led-improvement", "2017-02-23", "in-person"),
    ("London Borough of Bromley", "intervention", "2017-03-07", "teleconference"),
]


def test_visits(review):
    visits = items(review.get_visits())
    assert [(v.props.authority, v.props.arrangement.value_nick, iso(v.props.date), v.props.mode.value_nick)
            for v in visits] == VISITS
    annex = seed("004")
    for v in visits:
        assert v.props.arrangement_note in annex
        assert v.props.date_text in annex
        # date-text is verbatim and names the mode when the source does
        assert ("tele-conference" in v.props.date_text) == (v.props.mode == Ama.VisitMode.TELECONFERENCE)


def test_visit_texts_verbatim(review):
    by_name = {v.props.authority: v for v in items(review.get_visits())}
    birmingham = by_name["Birmingham City Council"]
    # Verbatim, although 9 February 2017 was a Thursday.
    assert birmingham.props.date_text == "Wednesday 9th February 2017"
    assert birmingham.props.arrangement_note == "Wholly owned company (shadow arrangements)"
    assert by_name["Hampshire County Council"].props.date_text == "Wednesday 1st June (tele-conference) 2016"
    assert by_name["Doncaster Council and Doncaster Children's Trust"].props.arrangement_note == \
        "Neighbouring Authority – DfE trust"
    assert sum(v.props.mode == Ama.VisitMode.TELECONFERENCE for v in by_name.values()) == 4


# --- considerations, documents (003) --------------------------------------

def test_considerations(review):
    cons = [(c.props.body, iso(c.props.date), c.props.outcome) for c in items(review.get_considerations())]
    assert cons == [
        ("Improving Lives Select Commission", "2017-09-12", "approved"),
        ("Overview and Scrutiny Management Board", "2017-10-11", "considered"),
        ("Council", "2017-10-18", "for information"),
    ]


def test_documents(review):
    docs = items(review.get_documents())
    assert [d.props.kind.value_nick for d in docs] == [
        "summary-sheet", "appendix", "annex", "annex", "annex", "annex", "annex", "response"]
    assert [d.props.label for d in docs[1:7]] == [
        "Appendix 1", "Annex 1", "Annex 2", "Annex 3", "Annex 4", "Annex 5"]
    assert document(review, Ama.DocumentKind.ANNEX, "Annex 1").props.title == "Full Option Appraisal"
    assert document(review, Ama.DocumentKind.ANNEX, "Annex 3").props.title == "Isos Partnership: 2nd Workshop Summary"
    assert document(review, Ama.DocumentKind.RESPONSE).props.title == seed("000").splitlines()[0]


def test_summary_sheet_fields(review):
    sheet = document(review, Ama.DocumentKind.SUMMARY_SHEET)
    assert sheet.props.body == "Council"
    assert iso(sheet.props.date) == "2017-10-18"
    assert sheet.props.title == review.props.title
    assert sheet.props.key_decision is False
    assert sheet.props.forward_plan is False
    assert sheet.props.exempt is False
    assert sheet.props.council_approval_required is False
    assert sheet.props.director == "Chief Executive"
    assert sheet.props.wards == ["All"]
    assert sheet.props.background_papers in (None, [])
    assert sheet.props.uri == "http://moderngov.rotherham.gov.uk/ieDocHome.aspx?Categories="
    (author,) = items(sheet.get_authors())
    assert (author.props.name, author.props.role, author.props.phone) == (
        "Caroline Webb", "Senior Scrutiny Advisor (Scrutiny and Member Development)", "01709 822765")
    assert len(sheet.props.recommendations) == 2
    assert sheet.props.recommendations[1] == (
        "That the response of Cabinet and Commissioners be fed back to Improving Lives Select Commission.")
    assert sheet.props.summary.startswith(review.props.summary)
    assert "This report is presented for information" in sheet.props.summary


def test_summary_sheet_people(review):
    sheet = document(review, Ama.DocumentKind.SUMMARY_SHEET)
    approvals = [(p.props.role, p.props.name) for p in items(sheet.get_approvals())]
    assert approvals == [
        ("Assistant Director of Finance and Customer Services", "Graham Saxton"),
        ("Service Manager - Litigation and Social Care", "Neil Concannon"),
        ("Head of Procurement (if appropriate)", "N/A"),
    ]
    (officer,) = items(sheet.get_accountable_officers())
    assert (officer.props.name, officer.props.role) == ("Sharon Kemp", "Chief Executive")


def test_summary_sheet_sections(review):
    sheet = document(review, Ama.DocumentKind.SUMMARY_SHEET)
    sections = items(sheet.get_sections())
    numbered = [s for s in sections if s.props.number]
    assert [s.props.number for s in numbered] == [str(i) for i in range(1, 15)]
    assert numbered[6].props.title == "Financial and Procurement Implications"
    assert numbered[11].props.text == "12.1 See 5.1."
    assert "¹ The review defined alternative management arrangements" in numbered[2].props.text
    assert numbered[13].props.text == "Sharon Kemp, Chief Executive"
    trailer = [s for s in sections if not s.props.number]
    assert [s.props.title for s in trailer] == ["Name and Job Title"]
    assert trailer[0].props.text == "Caroline Webb Senior Adviser (Scrutiny and Member Development)"


# --- appraisal (004 §2, 003 §7.1, §9.1) ----------------------------------

def test_criteria(review):
    criteria = items(review.props.appraisal.get_criteria())
    groups = [c.props.group for c in criteria]
    assert groups.count("seven-tests") == 7
    assert groups.count("financial") == 3
    assert groups.count("human-resources") == 4
    names = [c.props.name for c in criteria if c.props.group == "seven-tests"]
    assert names == [
        "Well-functioning corporate services",
        "Stable and capable leadership",
        "Continued improvement in the quality and effectiveness of practice",
        "Strong and supportive partnerships",
        "Robust financial management",
        "A compelling strategy for the workforce",
        "Effective performance information and quality assurance",
    ]
    partnerships = criteria[3]
    # 2.4 runs over a page break in the source; it is one text here.
    assert "with excellent representation across the system" in partnerships.props.description
    assert partnerships.props.description.endswith("evidenced through improved outcomes.")
    assert len({c.props.id for c in criteria}) == len(criteria)


def test_options_without_scores(review):
    appraisal = review.props.appraisal
    options = items(appraisal.get_options())
    assert [o.props.arrangement.value_nick for o in options] == [
        "practice-partner", "trust", "community-interest-company", "wholly-owned-company",
        "agency-arrangement", "sector-led-improvement", "intervention", "in-house"]
    assert appraisal.props.preferred_option == "practice-partner"
    assert appraisal.get_scores().get_n_items() == 0
    assert "no scores" in appraisal.props.notes
    assert len(options[0].props.strengths) == 3
    # Continuing with the practice partner is the status quo (rec. 3 and 5:
    # "continue to work … with our Peer Practice Partner").
    assert options[0].props.role == Ama.OptionRole.BUSINESS_AS_USUAL
    assert all(o.props.role == Ama.OptionRole.DO_SOMETHING for o in options[1:])
    assert all(o.props.status == Ama.OptionStatus.SHORT_LIST for o in options)


# --- the format ------------------------------------------------------------

def test_load_save_is_byte_identical(review, tmp_path):
    original = DATA.read_bytes()
    result = review.to_data()
    if isinstance(result, tuple):
        assert result[1] == len(original)
    assert to_text(review).encode("utf-8") == original

    # through files as well: load → save → load → save
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    review.save_to_file(Gio.File.new_for_path(str(first)), None)
    again = Ama.Review.new_from_file(Gio.File.new_for_path(str(first)), None)
    again.save_to_file(Gio.File.new_for_path(str(second)), None)
    assert first.read_bytes() == original
    assert second.read_bytes() == original


def test_unknown_members_survive(tmp_path):
    # Annotating the bundled file (e.g. a newer writer's member) keeps it.
    text = DATA.read_text(encoding="utf-8").replace(
        '"id" : "rotherham-ama-2017",', '"id" : "rotherham-ama-2017",\n  "x-note" : [1, 2],', 1)
    review = Ama.Review.new_from_data(text, -1)
    data = to_text(review)
    assert '"x-note"' in data
    assert to_text(Ama.Review.new_from_data(data, -1)) == data
