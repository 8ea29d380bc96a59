# SPDX-License-Identifier: LGPL-2.1-or-later
"""The report layer from Python: iCalendar parsed back by libical and by
python3-icalendar, CSV/TSV round trips through the importer, and the
writer's API as a Python user sees it."""
import os
import sys

import gi
import pytest

gi.require_version("Ama", "1.0")
gi.require_version("ICalGLib", "3.0")
from gi.repository import Ama, Gio, GLib, ICalGLib  # noqa: E402

import icalendar  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "tool"))
import fixtures  # noqa: E402

ROOT = os.environ.get("AMA_SOURCE_ROOT", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUNDLED = os.path.join(ROOT, "examples", "data", "rotherham-ama-2017.json")
SEEDS = os.path.join(ROOT, "tests", "data", "seeds")
AS_OF = GLib.DateTime.new_utc(2018, 6, 30, 0, 0, 0)


def render(review, fmt, as_of=AS_OF):
    writer = Ama.ReportWriter.new(fmt)
    writer.props.as_of = as_of
    return bytes(writer.write_bytes(review, None).get_data()).decode("utf-8")


def load_bundled():
    return Ama.Review.new_from_file(Gio.File.new_for_path(BUNDLED), None)


def import_text(text, fmt):
    importer = Ama.Importer.new()
    importer.props.format = fmt
    return importer.import_data(text.encode("utf-8"))


# ---- iCalendar ---------------------------------------------------------

def test_icalendar_parses_with_libical():
    review = fixtures.make_hostile_review()
    text = render(review, Ama.ReportFormat.ICALENDAR)
    cal = ICalGLib.Component.new_from_string(text)
    assert cal is not None
    assert cal.isa() == ICalGLib.ComponentKind.VCALENDAR_COMPONENT

    # libical's own checks: no parse errors, RFC restrictions met.
    assert cal.count_errors() == 0
    assert ICalGLib.restriction_check(cal)
    assert cal.count_errors() == 0, cal.as_ical_string()

    events = []
    comp = cal.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    while comp is not None:
        events.append(comp)
        comp = cal.get_next_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    todos = []
    comp = cal.get_first_component(ICalGLib.ComponentKind.VTODO_COMPONENT)
    while comp is not None:
        todos.append(comp)
        comp = cal.get_next_component(ICalGLib.ComponentKind.VTODO_COMPONENT)

    # Two meetings; to-dos only for the actions with a date or a recurrence
    # (1: 31/03/2018, 2: annual, 4: December 2017; 3 has none).
    assert len(events) == 2
    assert sorted(t.get_uid() for t in todos) == [
        "hostile-review/recommendation-1@libama",
        "hostile-review/recommendation-2@libama",
        "hostile-review/recommendation-4@libama",
    ]
    first = events[0]
    start = first.get_dtstart()
    assert (start.get_year(), start.get_month(), start.get_day(), start.is_date()) == (2016, 11, 14, True)
    assert first.get_location() == "Town Hall <iframe>"   # text is kept verbatim, escaped by libical

    due = {t.get_uid(): t.get_due() for t in todos}
    d = due["hostile-review/recommendation-1@libama"]
    assert (d.get_year(), d.get_month(), d.get_day()) == (2018, 3, 31)
    d = due["hostile-review/recommendation-4@libama"]
    assert (d.get_year(), d.get_month(), d.get_day()) == (2017, 12, 31)


def test_icalendar_parses_with_python_icalendar():
    review = fixtures.make_hostile_review()
    text = render(review, Ama.ReportFormat.ICALENDAR)
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]).startswith("-//libama//")
    assert str(cal["X-WR-CALNAME"]) == review.props.title

    todos = {str(c["UID"]): c for c in cal.walk("VTODO")}
    recurring = todos["hostile-review/recommendation-2@libama"]
    # Annual, anchored on the response date (18 October 2017): first due
    # a year later, each occurrence starting a year before its due date.
    assert recurring["RRULE"]["FREQ"] == ["YEARLY"]
    assert str(recurring["DUE"].dt) == "2018-10-18"
    assert str(recurring["DTSTART"].dt) == "2017-10-18"
    assert str(recurring["CONTACT"]) == "-Dash Officer"

    # Status follows the progress updates as of the writer's date.
    assert str(todos["hostile-review/recommendation-1@libama"]["STATUS"]) == "IN-PROCESS"
    assert str(todos["hostile-review/recommendation-4@libama"]["STATUS"]) == "COMPLETED"

    for comp in cal.walk():
        if comp.name in ("VEVENT", "VTODO"):
            assert "DTSTAMP" in comp and "UID" in comp
            assert comp["DTSTAMP"].dt.year == 2018


def test_icalendar_of_bundled_review_and_several_reviews():
    reviews = Gio.ListStore.new(Ama.Review)
    reviews.append(load_bundled())
    reviews.append(fixtures.make_hostile_review())
    writer = Ama.ReportWriter.new(Ama.ReportFormat.ICALENDAR)
    writer.props.as_of = AS_OF
    stream = Gio.MemoryOutputStream.new_resizable()
    assert writer.write_reviews(reviews, stream, None)
    stream.close(None)
    text = bytes(stream.steal_as_bytes().get_data()).decode()
    cal = icalendar.Calendar.from_ical(text)
    uids = [str(c["UID"]) for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
    assert len(uids) == len(set(uids)), "UIDs must be unique across reviews"
    bundled = load_bundled()
    dated = [m for m in bundled.get_meetings() if m.props.date is not None]
    assert sum(u.startswith("rotherham-ama-2017/meeting-") for u in uids) == len(dated)
    # Recommendation 3 of the bundled review is "Annual Participation".
    assert "rotherham-ama-2017/recommendation-3@libama" in uids


def test_icalendar_without_as_of_depends_on_input_only():
    review = load_bundled()
    a = render(review, Ama.ReportFormat.ICALENDAR, as_of=None)
    b = render(load_bundled(), Ama.ReportFormat.ICALENDAR, as_of=None)
    assert a == b
    cal = icalendar.Calendar.from_ical(a)
    stamps = {c["DTSTAMP"].dt for c in cal.walk() if "DTSTAMP" in c}
    assert len(stamps) == 1   # the newest date in the review


# ---- CSV / TSV round trips -------------------------------------------------

def table_view(review):
    """What a response table carries, recommendation by recommendation."""
    out = []
    for rec in review.get_recommendations():
        resp = rec.props.response
        out.append((
            rec.props.number,
            rec.props.text,
            list(rec.props.points or []),
            resp.props.decision.value_nick if resp else None,
            resp.props.text if resp else None,
            resp.props.officer.props.name if resp and resp.props.officer else None,
            resp.props.action_by.get_text() if resp and resp.props.action_by else None,
            bool(resp and resp.props.no_further_action),
        ))
    return out


@pytest.mark.parametrize("fmt,import_fmt", [
    (Ama.ReportFormat.CSV, Ama.ImportFormat.CSV),
    (Ama.ReportFormat.TSV, Ama.ImportFormat.TSV),
])
def test_table_round_trip_bundled(fmt, import_fmt):
    review = load_bundled()
    text = render(review, fmt)
    # The importer recognises our output by itself, too.
    assert Ama.import_detect(text.encode("utf-8")) == import_fmt
    back = import_text(text, import_fmt)
    assert table_view(back) == table_view(review)


@pytest.mark.parametrize("seed", ["000_ee8d13b0d9b984ae.txt", "002_14b14aa8aa9943e8.txt"])
@pytest.mark.parametrize("fmt,import_fmt", [
    (Ama.ReportFormat.CSV, Ama.ImportFormat.CSV),
    (Ama.ReportFormat.TSV, Ama.ImportFormat.TSV),
])
def test_table_round_trip_seeds(seed, fmt, import_fmt):
    importer = Ama.Importer.new()
    review = importer.import_file(Gio.File.new_for_path(os.path.join(SEEDS, seed)), None)
    assert review.get_recommendations().get_n_items() == 5
    back = import_text(render(review, fmt), import_fmt)
    assert table_view(back) == table_view(review)


@pytest.mark.parametrize("fmt,import_fmt", [
    (Ama.ReportFormat.CSV, Ama.ImportFormat.CSV),
    (Ama.ReportFormat.TSV, Ama.ImportFormat.TSV),
])
def test_formula_guard_round_trips(fmt, import_fmt):
    # A response or officer beginning with "=", "-" or "@" is written with
    # a guarding apostrophe and read back without it: the round trip is
    # exact, and the importer says what it did.
    review = Ama.Review()
    rec = Ama.Recommendation.new("1", "-Reduce waiting times")
    resp = Ama.Response(decision=Ama.Decision.ACCEPTED, text="=SUM(A1:A9) is not a formula")
    officer = Ama.Person.new("Jo Bloggs")
    resp.props.officer = officer
    resp.props.action_by = Ama.Deadline.parse("+3 months", None)
    rec.props.response = resp
    review.add_recommendation(rec)
    text = render(review, fmt)
    # The recommendation cell starts with its number ("1. -Reduce"), so it
    # needs no guard; the response and the action-by do.
    assert "'=SUM" in text and "'+3 months" in text and "1. -Reduce" in text
    importer = Ama.Importer.new()
    importer.props.format = import_fmt
    back = importer.import_data(text.encode("utf-8"))
    assert table_view(back) == table_view(review)
    codes = [d.props.code for d in importer.get_diagnostics()]
    assert codes.count("formula-guard-removed") == 2


def test_formula_cells_are_neutralised():
    review = fixtures.make_hostile_review()
    csv = render(review, Ama.ReportFormat.CSV)
    tsv = render(review, Ama.ReportFormat.TSV)
    for text, sep in ((csv, ","), (tsv, "\t")):
        for line in text.splitlines():
            for cell in line.split(sep):
                cell = cell.lstrip('"')
                assert not cell[:1] in ("=", "+", "-", "@"), (cell, text)
    assert "'=HYPERLINK" in csv and "'@admin" in csv and "'-Dash Officer" in csv
    assert Ama.report_neutralise_cell("=1+1") == "'=1+1"
    assert Ama.report_neutralise_cell("Ian Thomas") == "Ian Thomas"


# ---- the writer as a Python user sees it ------------------------------------

def test_writer_api_and_errors(tmp_path):
    review = load_bundled()
    writer = Ama.ReportWriter.new(Ama.ReportFormat.HTML)
    assert writer.props.format == Ama.ReportFormat.HTML
    assert writer.props.as_of is None
    out = tmp_path / "report.html"
    assert writer.write_file(review, Gio.File.new_for_path(str(out)), None)
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "Rotherham" in html and "No decision recorded" in html
    # Without an as-of date nothing is called overdue.
    assert "Overdue" not in html

    with pytest.raises(GLib.Error) as err:
        writer.write_file(review, Gio.File.new_for_path(str(tmp_path / "missing" / "r.html")), None)
    assert err.value.matches(Ama.error_quark(), Ama.Error.IO)

    ok, fmt = Ama.report_format_from_string("markdown")
    assert ok and fmt == Ama.ReportFormat.MARKDOWN
    assert Ama.report_format_to_string(Ama.ReportFormat.ICALENDAR) == "icalendar"


def test_cancelled_write_reports_cancellation():
    review = load_bundled()
    writer = Ama.ReportWriter.new(Ama.ReportFormat.MARKDOWN)
    cancellable = Gio.Cancellable.new()
    cancellable.cancel()
    with pytest.raises(GLib.Error) as err:
        writer.write_bytes(review, cancellable)
    assert err.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)


def test_html_charts_follow_the_appraisal():
    review = fixtures.make_hostile_review()
    html = render(review, Ama.ReportFormat.HTML)
    # One stacked bar per option, best first, with the library's totals.
    result = review.props.appraisal.evaluate(None)
    names = [r.props.option_name for r in result.props.rankings]
    positions = [html.index(GLib.markup_escape_text(n).replace("&apos;", "&#39;")) for n in names]
    assert positions == sorted(positions)
    assert "83.33" in html
    # The bundled review publishes no scores: the report says why instead.
    bundled = render(load_bundled(), Ama.ReportFormat.HTML)
    assert "No chart: " in bundled
    # ... in a committee's words, not as a JSON path (issue 18).
    note = bundled[bundled.index("No chart: "):]
    note = note[:note.index("<")]
    assert "$." not in note
    assert note.startswith("No chart: Criteria: ")


def import_seed(name):
    path = [os.path.join(SEEDS, f) for f in sorted(os.listdir(SEEDS)) if f.startswith(name)][0]
    return Ama.Importer.new().import_file(Gio.File.new_for_path(path), None)


def test_html_shows_business_documents_and_visits():
    # Minutes: the agenda item's resolutions and who moved them.
    minutes = import_seed("001")
    html = render(minutes, Ama.ReportFormat.HTML)
    item = minutes.get_meetings()[0].get_agenda_items()[0]
    def esc(text):
        return GLib.markup_escape_text(text).replace("&apos;", "&#39;")
    for res in item.get_resolutions():
        # each followed by where the minutes say it ("line 30")
        source = res.props.source
        assert source.to_short_string().startswith("line ")
        assert ("<li>" + esc(res.props.text) + ' <span class="src" title="' + esc(source.to_string())
                + '">' + source.to_short_string() + "</span></li>") in html
    assert "Mover: " in html and "Seconder: " in html
    # No recommendations: the table says so and draws no empty charts.
    assert "This review has no recommendations." in html and "<svg" not in html

    # Summary sheet: its documents, URIs shown as text and never linked.
    sheet = import_seed("003")
    html = render(sheet, Ama.ReportFormat.HTML)
    assert "<h2>Documents</h2>" in html
    for doc in sheet.get_documents():
        if doc.props.uri:
            assert "<code>" + GLib.markup_escape_text(doc.props.uri) + "</code>" in html
    assert "href=" not in html

    # The bundled review: every visit is a row of the visits table.
    bundled = load_bundled()
    html = render(bundled, Ama.ReportFormat.HTML)
    table = html.split("<h2>Visits and calls</h2>")[1].split("</table>")[0]
    assert table.count("<tr><th scope=\"row\">") == bundled.get_visits().get_n_items()


@pytest.mark.parametrize("time,expected", [
    ("10:00", (10, 0)), ("2.30 pm", (14, 30)), ("10.30 a.m.", (10, 30)), ("12pm", (12, 0)),
    ("12 a.m.", (0, 0)), ("To be confirmed", None), ("25:00", None), ("13pm", None),
])
def test_icalendar_meeting_times(time, expected):
    review = Ama.Review.new()
    review.props.id = "timed"
    meeting = Ama.Meeting.new("Cabinet", GLib.DateTime.new_utc(2017, 10, 18, 0, 0, 0))
    meeting.props.time = time
    review.add_meeting(meeting)
    cal = icalendar.Calendar.from_ical(render(review, Ama.ReportFormat.ICALENDAR))
    event = cal.walk("VEVENT")[0]
    start = event["DTSTART"].dt
    if expected is None:
        # Not a time of day: an all-day event, the text kept in the description.
        assert str(start) == "2017-10-18" and str(event["DTEND"].dt) == "2017-10-19"
        assert f"Time: {time}" in str(event["DESCRIPTION"])
    else:
        # Floating local time: the agenda names no time zone, none is invented.
        assert (start.year, start.month, start.day, start.hour, start.minute) == (2017, 10, 18, *expected)
        assert start.tzinfo is None
        assert "DTEND" not in event


def test_markdown_has_ranking_and_meetings():
    review = fixtures.make_hostile_review()
    md = render(review, Ama.ReportFormat.MARKDOWN)
    result = review.props.appraisal.evaluate(None)
    rows = [line for line in md.split("## Options appraisal")[1].split("## Meetings")[0].splitlines()
            if line.startswith("| ") and not line.startswith(("| Rank", "| ---"))]
    assert len(rows) == len(result.props.rankings)
    for row, ranking in zip(rows, result.props.rankings):
        assert row.startswith(f"| {ranking.props.rank} |") and f"| {ranking.props.value:.1f} |" in row
    meetings = [line for line in md.split("## Meetings")[1].splitlines() if line.startswith("- **")]
    assert len(meetings) == review.get_meetings().get_n_items()
    assert "&lt;iframe" in md and "<iframe" not in md


def test_write_file_async_from_python(tmp_path):
    review = load_bundled()
    writer = Ama.ReportWriter.new(Ama.ReportFormat.MARKDOWN)
    out = tmp_path / "report.md"
    loop = GLib.MainLoop()
    results = []

    def done(source, result):
        results.append(source.write_file_finish(result))
        loop.quit()

    writer.write_file_async(review, Gio.File.new_for_path(str(out)), GLib.PRIORITY_DEFAULT, None, done)
    loop.run()
    assert results == [True]
    assert out.read_bytes() == bytes(writer.write_bytes(review, None).get_data())


class _TagChecker(__import__("html.parser").parser.HTMLParser):
    """Every element closed, in order; every id unique."""
    VOID = {"meta", "br", "col", "img", "input", "link", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.ids, self.errors = [], set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id":
                if value in self.ids:
                    self.errors.append(f"duplicate id {value}")
                self.ids.add(value)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


@pytest.mark.parametrize("which", ["hostile", "bundled", "seeds"])
def test_html_is_well_formed(which):
    if which == "hostile":
        reviews = [fixtures.make_hostile_review()]
    elif which == "bundled":
        reviews = [load_bundled()]
    else:
        reviews = [Ama.Importer.new().import_file(Gio.File.new_for_path(os.path.join(SEEDS, f)), None)
                   for f in sorted(os.listdir(SEEDS))]
    store = Gio.ListStore.new(Ama.Review)
    for r in reviews:
        store.append(r)
    writer = Ama.ReportWriter.new(Ama.ReportFormat.HTML)
    writer.props.as_of = AS_OF
    stream = Gio.MemoryOutputStream.new_resizable()
    assert writer.write_reviews(store, stream, None)
    stream.close(None)
    checker = _TagChecker()
    checker.feed(bytes(stream.steal_as_bytes().get_data()).decode("utf-8"))
    checker.close()
    assert checker.errors == [] and checker.stack == []


@pytest.mark.parametrize("which", ["bundled", "hostile"])
def test_icalendar_recurrence_agrees_with_tracker(which):
    review = load_bundled() if which == "bundled" else fixtures.make_hostile_review()
    if which == "bundled":
        # Cabinet noted recommendation 3, the one recurring action, so the
        # tracker judges no due date for it; as an accepted action it must
        # fall on the calendar's occurrences.
        review.get_recommendations()[2].props.response.props.decision = Ama.Decision.ACCEPTED
    cal = icalendar.Calendar.from_ical(render(review, Ama.ReportFormat.ICALENDAR))
    todos = {str(c["UID"]): c for c in cal.walk("VTODO")}
    checked = 0
    for rec in review.get_recommendations():
        resp = rec.props.response
        by = resp.props.action_by if resp else None
        if by is None or by.get_recurrence() != Ama.Recurrence.YEARLY:
            continue
        todo = todos[f"{review.props.id}/recommendation-{rec.props.number}@libama"]
        first = todo["DUE"].dt
        assert todo["RRULE"]["FREQ"] == ["YEARLY"]
        # Whatever date the tracker is asked about, the due date it judges
        # by is one of the calendar's occurrences.
        for year in (2018, 2019, 2021):
            item = rec.track(review, GLib.DateTime.new_utc(year, 6, 30, 0, 0, 0))
            due = item.props.due
            if due is None:
                continue
            assert (due.get_month(), due.get_day_of_month()) == (first.month, first.day)
            assert due.get_year() >= first.year
            checked += 1
    assert checked > 0


# ---- XLSX --------------------------------------------------------------

def render_bytes(review, fmt, as_of=AS_OF):
    writer = Ama.ReportWriter.new(fmt)
    writer.props.as_of = as_of
    return bytes(writer.write_bytes(review, None).get_data())


def test_xlsx_cells_are_the_table_and_never_formulas(tmp_path):
    # Read by openpyxl, a reader independent of ours: the same cells as
    # the CSV, without the CSV's guard apostrophes, every one a string
    # (a response starting "=" is text, not a formula).
    openpyxl = pytest.importorskip("openpyxl")
    import csv
    import io
    review = fixtures.make_hostile_review()
    path = tmp_path / "table.xlsx"
    path.write_bytes(render_bytes(review, Ama.ReportFormat.XLSX))
    sheet = openpyxl.load_workbook(path).active
    from openpyxl.utils.escape import unescape
    got = [[unescape(c.value or "") for c in row] for row in sheet.iter_rows()]
    kinds = {c.data_type for row in sheet.iter_rows() for c in row}
    assert kinds == {"s"}
    rows = list(csv.reader(io.StringIO(render(review, Ama.ReportFormat.CSV), newline="")))
    unguarded = [[c[1:] if c.startswith("'") else c for c in row] for row in rows]
    assert got == unguarded
    assert any(c.startswith("=HYPERLINK") for row in got for c in row)
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    assert sheet.auto_filter.ref == "A1:H%d" % len(rows)


def test_xlsx_keeps_control_characters_and_escapes():
    # XML cannot hold U+000B; OOXML writes it as _x000B_, and a literal
    # "_x0041_" must not come back as "A" (ECMA-376 ST_Xstring escapes,
    # which Excel decodes in every cell; openpyxl only in shared strings,
    # so the test decodes with openpyxl's own unescape).
    openpyxl = pytest.importorskip("openpyxl")
    from openpyxl.utils.escape import unescape
    import io
    review = Ama.Review.new()
    rec = Ama.Recommendation.new("1", "Split\x0bhere and keep _x0041_ as written")
    review.add_recommendation(rec)
    data = render_bytes(review, Ama.ReportFormat.XLSX)
    cell = unescape(openpyxl.load_workbook(io.BytesIO(data)).active["A2"].value)
    assert cell == "1. Split\x0bhere and keep _x0041_ as written"
    # The same review gives the same bytes: no timestamps in the zip.
    assert render_bytes(review, Ama.ReportFormat.XLSX) == data
