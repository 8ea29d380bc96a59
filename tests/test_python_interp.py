# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Interpreters tolerant of every council's documents (issue 14): the
# fixtures in tests/data/import-c/ keep the shapes of real papers.

import json
import os

import gi
import pytest

gi.require_version("Ama", "1.0")
from gi.repository import Ama, GLib  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "import-c")


def load(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read()


def imported(name):
    importer = Ama.Importer.new()
    review = importer.import_data(load(name))
    data = review.to_data()
    data = data[0] if isinstance(data, tuple) else data
    doc = json.loads(data)
    return doc.get("review", doc), importer


def items(meeting):
    return meeting.get("agenda-items", [])


def test_detect_prose_minutes_not_csv():
    # pattern 2: a line with commas and "recommendation" is not a CSV
    # header when the text is minutes
    assert Ama.import_detect(load("minutes-webcopy.txt")) == Ama.ImportFormat.MINUTES
    assert Ama.import_detect(load("issue-history.txt")) == Ama.ImportFormat.MINUTES
    assert Ama.import_detect(load("minutes-ordered.txt")) == Ama.ImportFormat.MINUTES


def test_webcopy_single_line_breaks():
    # patterns 1 and 9: single line breaks, "N." alone then the title
    review, importer = imported("minutes-webcopy.txt")
    [meeting] = review["meetings"]
    assert meeting["body"] == "Cabinet"
    assert meeting["date"].startswith("2021-03-09")
    its = items(meeting)
    assert [i["number"] for i in its] == ["7", "8"]
    assert its[0]["title"] == "Minutes"
    assert its[0]["resolutions"][0]["text"].startswith("That the minutes of the meeting")
    assert its[0]["mover"]["name"] == "Marsh"
    assert its[0]["seconder"]["name"] == "Hale"
    # navigation and footer are not part of the last item
    assert "Contact us" not in (its[1].get("narrative") or "")


def test_cabinet_then_and_prose_movers():
    # pattern 3 ("The Cabinet then:- (1) Noted") and each item keeping
    # its own mover and seconder (pattern 9)
    review, _ = imported("minutes-webcopy.txt")
    item = items(review["meetings"][0])[1]
    texts = [r["text"] for r in item["resolutions"]]
    assert texts[0].startswith("Noted the scrutiny panel")
    assert texts[1].startswith("Agreed the response")
    assert item["mover"]["name"] == "Ord"
    assert item["seconder"]["name"] == "Pike"


def test_attendees_shared_plural_honorific():
    # pattern 10: "Councillors Mrs A, B and   C" with a run of spaces
    review, _ = imported("minutes-webcopy.txt")
    names = [a["person"]["name"] for a in review["meetings"][0]["attendees"]]
    assert names == ["Ada Marsh", "Jo Hale", "Ben Ord", "Cy Pike"]


def test_issue_history_two_meetings():
    # pattern 9: "Meeting: dd/mm/yyyy - Body (Item N)" twice is two meetings
    review, _ = imported("issue-history.txt")
    ms = review["meetings"]
    assert [m["body"] for m in ms] == ["Council Meeting", "Communities Scrutiny Panel"]
    assert [m["date"][:10] for m in ms] == ["2018-02-28", "2018-01-16"]
    assert [items(m)[0]["number"] for m in ms] == ["161", "20"]
    assert items(ms[0])[0]["title"] == "Review of Allotment Waiting Lists"
    assert items(ms[1])[0]["resolutions"][0]["text"].startswith("That the final report")


def test_ordered_and_agreed_caps_headings():
    # pattern 3: "ORDERED that", "AGREED:"; "N. CAPITALS" headings
    review, _ = imported("minutes-ordered.txt")
    [meeting] = review["meetings"]
    assert meeting["body"] == "Licensing Committee"
    assert meeting["date"].startswith("2013-03-04")
    its = items(meeting)
    assert [i["number"] for i in its] == ["40", "41"]
    assert its[0]["resolutions"][0]["text"].startswith("that the minutes")
    assert its[1]["resolutions"][0]["text"].startswith("That the draft policy")
    names = [a["person"]["name"] for a in meeting["attendees"]]
    assert names == ["Nia Rowe", "Tom Vance"]


def test_other_council_cover_sheet():
    # Another council's cover (labels on their lines, sections numbered
    # "2.1"): one summary-sheet document, its numbered paragraphs never
    # taken for recommendations of the review.
    importer = Ama.Importer.new()
    review = importer.import_data(load("cover-other.txt"))
    assert review.get_recommendations().get_n_items() == 0
    doc = review.get_documents().get_item(0)
    assert doc.get_kind() == Ama.DocumentKind.SUMMARY_SHEET
    assert doc.get_title() == "Review of Street Lighting"
    assert doc.get_body() == "Place Scrutiny Committee"
    assert doc.get_director() == "Director of Place"
    date = doc.get_date()
    assert (date.get_year(), date.get_month(), date.get_day_of_month()) == (2021, 6, 3)
    assert list(doc.get_recommendations()) == ["That the committee agrees the scope."]


def test_unknown_cover_sheet_is_ambiguous_not_wrong():
    # requirement 6: never a wrong review with exit 0. Two cover labels
    # are too few to read a cover, and its numbered paragraphs are not
    # recommendations: refused, naming both candidates.
    text = ("Report to: Place Scrutiny Committee\n"
            "Purpose of Report: to agree the scope\n"
            "1. The committee set up the review in March.\n"
            "2. Officers have drafted the scope.\n").encode()
    importer = Ama.Importer.new()
    with pytest.raises(GLib.Error) as e:
        importer.import_data(text)
    assert e.value.matches(Ama.error_quark(), Ama.Error.AMBIGUOUS)
    assert "summary sheet" in e.value.message and "pdf-text" in e.value.message

def test_resolution_lists_its_seats_and_appoints_members():
    # A resolution ending "as follows:" owns the short lines under it;
    # the labelled resolutions after the list are still resolutions; the
    # councillors named (one a line, or "That Mrs A, Mr B and Ms C be
    # appointed to …") are the review's members, each once.
    doc, importer = imported("task-group-seats.txt")
    (item,) = items(doc["meetings"][0])
    texts = [r["text"] for r in item["resolutions"]]
    assert len(texts) == 3
    assert texts[0].endswith("as follows:\nCllr Rosa Penhale\nCllr Idris Morgan\n"
                             "1 x Independent Group member (to be named)")
    assert texts[1] == "That the Licensing Task Group be wound up."
    names = [m["person"]["name"] for m in doc["members"]]
    assert names == ["Rosa Penhale", "Idris Morgan", "Tregear", "Opie", "Clift"]


def test_resolved_semicolon_and_members_agreed():
    doc, importer = imported("review-group-nominations.txt")
    (item,) = items(doc["meetings"][0])
    assert [r.get("number") for r in item["resolutions"]] == ["1", "2", "3"]
    assert item["resolutions"][1]["text"].endswith("Councillor H. Vail")
    # D. Rowe is nominated in the narrative and agreed in resolution 2:
    # one member, not two.
    names = [m["person"]["name"] for m in doc["members"]]
    assert names == ["D. Rowe", "G. Penrose", "H. Vail"]


def test_agenda_item_page_without_its_link():
    # The report's "1. The committee are asked to …" above "Minutes:"
    # are not the review's recommendations: the page is read as the
    # item's minutes, one unnumbered item that resolves.
    assert Ama.import_detect(load("agenda-item-appointments.txt")) == Ama.ImportFormat.MINUTES
    doc, importer = imported("agenda-item-appointments.txt")
    assert doc.get("recommendations", []) == []
    (item,) = items(doc["meetings"][0])
    assert [r["text"][:30] for r in item["resolutions"]] == \
        ["That the terms of reference at", "That Mrs Aldous, Mr Brigg and "]
    assert [m["person"]["name"] for m in doc["members"]] == ["Aldous", "Brigg", "Colley"]
