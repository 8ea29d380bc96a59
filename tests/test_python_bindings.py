# SPDX-License-Identifier: LGPL-2.1-or-later
"""libama from Python, with the PyGObject overrides in bindings/python.

Walks the typelib so that every class gets the generic checks (construct,
every property set/read back/notify once, every collection add/remove,
repr), and checks that every function the model and JSON headers declare
is called from Python somewhere in this file.
"""

import datetime
import os
import re
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AMA_SOURCE_ROOT", Path(__file__).resolve().parent.parent))
# tests/conftest.py puts this source tree's overrides first on sys.path.
import gi  # noqa: E402

gi.require_version("Ama", "1.0")
from gi.repository import Ama, GLib, GObject, Gio  # noqa: E402

import pytest  # noqa: E402

DATA = ROOT / "examples" / "data" / "rotherham-ama-2017.json"
THIS_SOURCE = Path(__file__).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def review():
    return Ama.Review.load(DATA)


def test_overrides_are_this_trees():
    import gi.overrides.Ama as overrides
    assert Path(overrides.__file__).resolve() == (ROOT / "bindings/python/gi/overrides/Ama.py").resolve(), \
        "an installed copy of the overrides shadows the source tree's"
    assert Ama.Review.__module__ == "gi.overrides.Ama"
    # objects made by C come back as the override classes
    assert type(Ama.Review.new_from_data('{"format":"ama-review","version":1}')) is Ama.Review


# --- repr -----------------------------------------------------------------

def test_repr_of_the_bundled_review(review):
    recs = review.get_recommendations()
    assert repr(review) == "<Ama.Review 'rotherham-ama-2017': 'Scrutiny Review – Alternative…', 5 recommendations>"
    assert repr(recs[2]) == "<Ama.Recommendation 3: 'The Council will continue to…'>"
    assert repr(recs[3].props.response) == \
        "<Ama.Response accepted officer='Ian Thomas' (as written 'lan Thomas')>"
    assert repr(recs[1].props.response) == "<Ama.Response accepted no further action>"
    assert repr(recs[2].props.response.props.action_by) == "<Ama.Deadline 'Annual Participation' recurring yearly>"
    assert repr(review.get_members()[1]) == "<Ama.Member chair: Cllr 'Maggi Clark'>"
    assert repr(review.get_meetings()[4]) == "<Ama.Meeting 2017-01-23–2017-02-28 visits>"
    assert repr(review.get_visits()[7]) == \
        "<Ama.Visit 'Birmingham City Council' 2017-02-09 wholly-owned-company in-person>"
    assert repr(review.get_considerations()[2]) == "<Ama.Consideration 'Council' 2017-10-18 'for information'>"
    assert repr(review.get_documents()[2]) == "<Ama.Document annex 'Annex 1': 'Full Option Appraisal'>"
    assert repr(review.props.appraisal) == \
        "<Ama.Appraisal 8 options × 14 criteria, 0 scores, preferred 'practice-partner'>"
    item = review.get_meetings()[9].get_agenda_items()[0]
    assert repr(item.get_resolutions()[1]) == "<Ama.Resolution (2) 'That the response of Cabinet…'>"
    assert repr(item.props.mover) == "<Ama.Person Councillor 'Clark'>"


def test_repr_of_small_values():
    assert repr(Ama.Score.new("trust", "financial-1", 2.5)) == "<Ama.Score 'trust' × 'financial-1' = 2.5>"
    assert repr(Ama.Option.new("trust", "Trust")) == "<Ama.Option 'trust': 'Trust'>"
    assert repr(Ama.Section.new("12", "Implications for Partners")) == "<Ama.Section 12 'Implications for Partners'>"
    assert repr(Ama.ProgressUpdate.new(datetime.date(2018, 3, 31), Ama.Progress.COMPLETED, "Done.")) == \
        "<Ama.ProgressUpdate 2018-03-31 completed 'Done.'>"
    diag = Ama.Diagnostic(severity=Ama.Severity.ERROR, code="missing-response",
                          path="$.recommendations[0]", message="no response")
    assert repr(diag) == "<Ama.Diagnostic error missing-response $.recommendations[0]: 'no response'>"
    assert repr(Ama.Deadline.parse("March 2018", None)) == "<Ama.Deadline 'March 2018' month due 2018-03-31>"


# --- the review as Python data ----------------------------------------------

def test_to_data_is_a_str(review):
    data = review.to_data()
    assert isinstance(data, str)
    assert data.encode("utf-8") == DATA.read_bytes()


def test_new_from_data_takes_str_or_bytes():
    doc = '{"format": "ama-review", "version": 1, "title": "Café"}'
    assert Ama.Review.new_from_data(doc).props.title == "Café"
    assert Ama.Review.new_from_data(doc.encode("utf-8")).props.title == "Café"
    assert Ama.Review.new_from_data(doc, -1).props.title == "Café"


def test_dict_round_trip(review):
    d = review.to_dict()
    assert d["format"] == "ama-review" and d["version"] == 1
    assert d["recommendations"][2]["response"]["action-by"]["kind"] == "recurring"
    again = Ama.Review.from_dict(d)
    assert again.to_data() == review.to_data()
    d["title"] = "Changed"
    assert Ama.Review.from_dict(d).props.title == "Changed"


def test_load_and_save_paths(review, tmp_path):
    target = tmp_path / "copy.json"
    assert review.save(target) is True
    assert target.read_bytes() == DATA.read_bytes()
    assert Ama.Review.load(str(target)).props.id == "rotherham-ama-2017"
    assert Ama.Review.load(Gio.File.new_for_path(str(target))).props.id == "rotherham-ama-2017"
    # the generated API is still there
    assert review.save_to_file(Gio.File.new_for_path(str(tmp_path / "generated.json")), None) is True
    assert (tmp_path / "generated.json").read_bytes() == DATA.read_bytes()


def test_save_with_backup_and_async(review, tmp_path):
    target = tmp_path / "tracker.json"
    target.write_text("previous version")
    gfile = Gio.File.new_for_path(str(target))
    assert review.save_to_file_full(gfile, Ama.SaveFlags.BACKUP, None) is True
    assert (tmp_path / "tracker.json~").read_text() == "previous version"
    assert target.read_bytes() == DATA.read_bytes()

    loop = GLib.MainLoop()
    results = []

    def done(source, result):
        results.append(source.save_to_file_full_finish(result))
        loop.quit()

    review.save_to_file_full_async(gfile, Ama.SaveFlags.NONE, GLib.PRIORITY_DEFAULT, None, done)
    loop.run()
    assert results == [True]


# --- dates ------------------------------------------------------------------

def test_date_attributes(review):
    visit = review.get_visits()[0]
    assert visit.date == datetime.date(2016, 4, 19)
    assert isinstance(visit.props.date, GLib.DateTime)  # the generated API is unchanged
    meeting = review.get_meetings()[4]
    assert (meeting.date, meeting.end_date) == (datetime.date(2017, 1, 23), datetime.date(2017, 2, 28))
    assert review.get_meetings()[0].end_date is None
    assert review.get_considerations()[0].date == datetime.date(2017, 9, 12)


def test_dates_accepted_everywhere():
    meeting = Ama.Meeting.new("Cabinet", datetime.date(2017, 11, 13))
    assert meeting.date == datetime.date(2017, 11, 13)
    meeting.set_end_date(datetime.date(2017, 11, 14))
    assert meeting.get_end_date().format("%F") == "2017-11-14"
    meeting.end_date = None
    assert meeting.props.end_date is None
    meeting.date = "2018-01-02"
    assert meeting.date == datetime.date(2018, 1, 2)
    visit = Ama.Visit(authority="Leeds City Council", date=datetime.date(2017, 2, 23))
    assert visit.date == datetime.date(2017, 2, 23)
    response = Ama.Response(reconsider_on=datetime.date(2018, 4, 1))
    assert response.reconsider_on == datetime.date(2018, 4, 1)
    cons = Ama.Consideration.new("Council", datetime.date(2017, 10, 18), "for information")
    assert cons.date == datetime.date(2017, 10, 18)
    deadline = Ama.Deadline.new("by Easter", Ama.DeadlineKind.DATE, datetime.date(2018, 3, 30), Ama.Recurrence.NONE)
    assert deadline.due == datetime.date(2018, 3, 30)
    # the reference date of parse() too, as a method and as a function
    parsed = Ama.Deadline.parse("Annual Participation", datetime.date(2017, 11, 1))
    assert parsed.kind == Ama.DeadlineKind.RECURRING
    assert Ama.deadline_parse("March 2018", datetime.date(2017, 11, 1)).due == datetime.date(2018, 3, 31)


def test_date_conversions():
    dt = Ama.from_pydate(datetime.date(2017, 10, 18))
    assert dt.format("%F %T") == "2017-10-18 00:00:00" and dt.get_utc_offset() == 0
    assert Ama.to_pydate(dt) == datetime.date(2017, 10, 18)
    assert Ama.to_pydate(None) is None and Ama.from_pydate(None) is None
    assert Ama.from_pydate(dt) is dt
    with_time = Ama.from_pydate(datetime.datetime(2017, 10, 18, 14, 30, tzinfo=datetime.timezone.utc))
    assert Ama.to_pydate(with_time) == datetime.datetime(2017, 10, 18, 14, 30, tzinfo=datetime.timezone.utc)
    with pytest.raises(ValueError):
        Ama.from_pydate(datetime.datetime(2017, 10, 18, 14, 30))  # naive: which zone?
    with pytest.raises(ValueError):
        Ama.from_pydate("18/10/2017")
    with pytest.raises(TypeError):
        Ama.from_pydate(20171018)


def test_date_written_as_iso():
    review = Ama.Review()
    review.add_visit(Ama.Visit(authority="Cornwall Council", date=datetime.date(2017, 2, 6)))
    assert review.to_dict()["visits"][0]["date"] == "2017-02-06"


# --- SourceRef ----------------------------------------------------------------

def test_source_ref_value_semantics():
    a = Ama.SourceRef.new("report.pdf", 3, 12, 4, 2)
    b = a.copy()
    c = Ama.SourceRef.new(None, 0, 7, 0, 0)
    assert Ama.SourceRef.equal(a, b) and not Ama.SourceRef.equal(a, c)
    assert (a.get_document(), a.get_page(), a.get_line(), a.get_row(), a.get_column()) == (
        "report.pdf", 3, 12, 4, 2)
    assert a.to_string() == "report.pdf p. 3, line 12, table row 4, column 2"
    assert a.to_short_string() == "p. 3"
    assert c.get_document() is None and c.to_string() == "line 7"
    assert c.to_short_string() == "line 7"
    assert Ama.SourceRef.new(None, 0, 0, 0, 0).to_string() == "unknown source"
    assert a == b and hash(a) == hash(b) and a != c and len({a, b, c}) == 2
    assert str(a) == a.to_string() and repr(c) == "<Ama.SourceRef 'line 7'>"
    rec = Ama.Recommendation.new("1", "Do it")
    assert rec.get_source() is None
    rec.set_source(a)
    assert rec.props.source.get_page() == 3


# --- Deadline -----------------------------------------------------------------

def test_deadline_value_semantics():
    a = Ama.Deadline.parse("31/03/2018", None)
    b = Ama.Deadline.parse("31/03/2018", None)
    c = Ama.Deadline.parse("Ongoing", None)
    assert a == b and hash(a) == hash(b)
    assert a != c
    assert len({a, b, c}) == 2
    assert (a.text, a.kind, a.due, a.recurrence) == (
        "31/03/2018", Ama.DeadlineKind.DATE, datetime.date(2018, 3, 31), Ama.Recurrence.NONE)
    assert a.get_text() == "31/03/2018" and a.get_kind() == Ama.DeadlineKind.DATE
    assert a.get_recurrence() == Ama.Recurrence.NONE and a.get_due().get_year() == 2018
    assert Ama.Deadline.equal(a, b)
    assert Ama.deadline_parse("Ongoing", None) == c
    assert c.kind == Ama.DeadlineKind.ONGOING and c.due is None
    assert (a == "31/03/2018") is False


# --- appraisal and deadline calculations (added to the model by the
# appraisal and analysis layers) --------------------------------------------

def small_appraisal():
    appraisal = Ama.Appraisal.new()
    for oid in ("trust", "practice-partner"):
        appraisal.add_option(Ama.Option.new(oid, oid))
    for cid, weight in (("cost", 1.0), ("risk", 3.0)):
        criterion = Ama.Criterion.new(cid, cid)
        criterion.props.weight = weight
        appraisal.add_criterion(criterion)
    for option, criterion, value in (("trust", "cost", 80), ("trust", "risk", 20),
                                     ("practice-partner", "cost", 40), ("practice-partner", "risk", 60)):
        appraisal.add_score(Ama.Score.new(option, criterion, value))
    return appraisal


def test_appraisal_evaluate():
    result = small_appraisal().evaluate(None)
    rankings = list(result.get_rankings())
    assert len(rankings) == 2
    # (80·1 + 20·3)/4 = 35 for the trust, (40·1 + 60·3)/4 = 55 for the partner
    assert repr(rankings[0]) == "<Ama.AppraisalRanking 1. 'practice-partner' 55>"
    assert repr(result) == "<Ama.AppraisalResult own weights: 2 options, first 'practice-partner'>"
    weights = Ama.AppraisalWeightSet.new("members", "Review group members")
    weights.add_weight(Ama.AppraisalWeight.new("cost", 2.0))
    assert repr(weights) == "<Ama.AppraisalWeightSet 'members': 'Review group members', 1 weight>"
    results = list(small_appraisal().evaluate_weight_sets())
    assert len(results) == 1  # the criteria's own weights, no weight sets


def test_appraisal_evaluate_refuses_zero_weights(review):
    # the bundled appraisal publishes no weights
    with pytest.raises(GLib.Error) as info:
        review.props.appraisal.evaluate(None)
    assert info.value.matches(Ama.error_quark(), Ama.Error.INVALID)
    assert "$.appraisal.criteria" in info.value.message


def test_appraisal_check_process(review):
    codes = [d.props.code for d in review.props.appraisal.check_process()]
    assert "appraisal-weight-provenance" in codes
    # the practice partner is the business-as-usual baseline
    assert "appraisal-no-business-as-usual" not in codes
    assert all(isinstance(d, Ama.Diagnostic) for d in review.props.appraisal.check_process())


def test_score_interval():
    score = Ama.Score.new("trust", "cost", 50)
    assert score.has_interval() is False
    score.set_interval(40, 60)
    assert score.has_interval() is True


def test_deadline_occurrences():
    yearly = Ama.Deadline.parse("Annual Participation", None)
    as_of = datetime.date(2018, 1, 1)
    anchor = datetime.date(2017, 11, 13)
    nxt = Ama.to_pydate(yearly.next_due_from(anchor, as_of))
    assert nxt >= as_of
    assert Ama.to_pydate(yearly.next_due(as_of)) >= as_of
    prev = Ama.to_pydate(yearly.previous_due_from(anchor, datetime.date(2019, 1, 1)))
    assert prev < datetime.date(2019, 1, 1)
    month = Ama.Deadline.parse("March 2018", None)
    assert Ama.to_pydate(month.next_due(datetime.date(2018, 1, 1))) == datetime.date(2018, 3, 31)


def test_other_layers_types_read_well(review):
    as_of = datetime.date(2018, 1, 1)  # datetime.date for the as-of GDateTime
    items = list(review.track(as_of))
    assert repr(items[1]) == "<Ama.TrackingItem 2 not-started>"
    assert repr(items[0]).startswith("<Ama.TrackingItem 1 not-started officer='Ian Thomas'")
    catalog = Ama.Catalog.new()
    catalog.add_review(review)
    assert repr(catalog) == "<Ama.Catalog 1 review>"
    assert repr(catalog.summarize(as_of)).startswith("<Ama.TrackingSummary 5 total, ")
    writer = Ama.ReportWriter.new(Ama.ReportFormat.MARKDOWN)
    writer.set_as_of(as_of)
    assert writer.as_of == as_of
    assert repr(writer) == "<Ama.ReportWriter markdown as of 2018-01-01>"
    smaa = Ama.AppraisalSmaa.new(small_appraisal())
    smaa.set_n_samples(200)
    smaa.set_seed(7)
    assert repr(smaa) == "<Ama.AppraisalSmaa 200 samples, seed 7>"
    assert repr(smaa.run(None)) == "<Ama.AppraisalSmaaResult 200 samples, 2 options × 2 criteria>"
    rules = list(Ama.validation_list_rules())
    assert all(repr(r).startswith("<Ama.ValidationRule ") for r in rules)
    assert any(d.props.code == "response-late" for d in review.validate(as_of))


# --- errors -------------------------------------------------------------------

@pytest.mark.parametrize("doc,code,where", [
    ("{", Ama.Error.PARSE, "1:"),
    ("[]", Ama.Error.INVALID, "$"),
    ('{"version": 1}', Ama.Error.MISSING, "$.format"),
    ('{"format": "x", "version": 1}', Ama.Error.UNSUPPORTED_FORMAT, "$.format"),
    ('{"format": "ama-review", "version": 2}', Ama.Error.UNSUPPORTED_VERSION, "$.version"),
    ('{"format": "ama-review", "version": 1, "visits": [{"date": "9 Feb"}]}', Ama.Error.INVALID, "$.visits[0].date"),
    ('{"format": "ama-review", "version": 1, "recommendations": [{"response": {"decision": "maybe"}}]}',
     Ama.Error.INVALID, "$.recommendations[0].response.decision"),
])
def test_errors_are_glib_errors(doc, code, where):
    with pytest.raises(GLib.Error) as info:
        Ama.Review.new_from_data(doc)
    error = info.value
    assert error.domain == GLib.quark_to_string(Ama.error_quark()) == "ama-error-quark"
    assert error.code == int(code)
    assert error.matches(Ama.error_quark(), code)
    assert where in error.message


def test_io_error_names_the_file(tmp_path):
    missing = tmp_path / "missing.json"
    with pytest.raises(GLib.Error) as info:
        Ama.Review.load(missing)
    assert info.value.matches(Ama.error_quark(), Ama.Error.IO)
    assert str(missing) in info.value.message


# --- async and cancellation -----------------------------------------------------

def run_async(start, finish, timeout=10):
    loop = GLib.MainLoop()
    outcome = {}

    def done(source, result, *user_data):
        try:
            outcome["value"] = finish(source, result)
        except GLib.Error as error:
            outcome["error"] = error
        loop.quit()

    def give_up():
        outcome["timed out"] = True
        loop.quit()
        return GLib.SOURCE_REMOVE

    start(done)
    guard = GLib.timeout_add_seconds(timeout, give_up)
    loop.run()
    assert "timed out" not in outcome, "the callback never ran"
    GLib.source_remove(guard)
    return outcome


def test_async_load():
    file = Gio.File.new_for_path(str(DATA))
    outcome = run_async(
        lambda cb: Ama.Review.new_from_file_async(file, GLib.PRIORITY_DEFAULT, None, cb, None),
        lambda source, result: Ama.Review.new_from_file_finish(result))
    review = outcome["value"]
    assert isinstance(review, Ama.Review)
    assert review.get_recommendations().get_n_items() == 5


def test_async_save_then_load(review, tmp_path):
    target = Gio.File.new_for_path(str(tmp_path / "async.json"))
    outcome = run_async(
        lambda cb: review.save_to_file_async(target, GLib.PRIORITY_DEFAULT, None, cb, None),
        lambda source, result: source.save_to_file_finish(result))
    assert outcome["value"] is True
    assert (tmp_path / "async.json").read_bytes() == DATA.read_bytes()


def test_async_load_cancelled():
    cancellable = Gio.Cancellable()
    cancellable.cancel()
    file = Gio.File.new_for_path(str(DATA))
    outcome = run_async(
        lambda cb: Ama.Review.new_from_file_async(file, GLib.PRIORITY_DEFAULT, cancellable, cb, None),
        lambda source, result: Ama.Review.new_from_file_finish(result))
    assert outcome["error"].matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)


def test_sync_load_cancelled():
    cancellable = Gio.Cancellable()
    cancellable.cancel()
    with pytest.raises(GLib.Error) as info:
        Ama.Review.new_from_file(Gio.File.new_for_path(str(DATA)), cancellable)
    assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)


def test_async_load_error():
    file = Gio.File.new_for_path("/nonexistent/review.json")
    outcome = run_async(
        lambda cb: Ama.Review.new_from_file_async(file, GLib.PRIORITY_DEFAULT, None, cb, None),
        lambda source, result: Ama.Review.new_from_file_finish(result))
    assert outcome["error"].matches(Ama.error_quark(), Ama.Error.IO)


# --- every class, walked from the typelib -------------------------------------------

def model_headers():
    """The public headers of the model and JSON layers: the first header
    list of include/meson.build (other layers add their own lists)."""
    build = (ROOT / "include" / "meson.build").read_text(encoding="utf-8")
    block = re.search(r"ama_public_headers = files\((.*?)\)", build, re.S).group(1)
    return [ROOT / "include" / h for h in re.findall(r"'(ama-[a-z-]+\.h)'", block)]


def ama_object_types():
    """Every class the model headers declare; the generic tests below hold
    them to the house rules (accessors, notify, add/remove)."""
    names = set()
    for header in model_headers():
        names |= set(re.findall(r"G_DECLARE_FINAL_TYPE \(Ama(\w+),", header.read_text(encoding="utf-8")))
    return sorted(names)


def all_object_types():
    from gi._gi import ObjectInfo, Repository
    return sorted(info.get_name() for info in Repository.get_default().get_infos("Ama")
                  if isinstance(info, ObjectInfo))


def test_every_class_gets_the_overrides():
    # including the classes of other layers, which the overrides walk too
    for name in all_object_types():
        cls = getattr(Ama, name)
        assert cls.__module__ == "gi.overrides.Ama", name
        assert cls.__repr__ is not GObject.Object.__repr__, name


LIST_TYPE = Gio.ListModel.__gtype__
EXERCISED = set()  # C symbols called by exercise_properties/collections


def mark(cls, method_name):
    info = getattr(cls, "__info__", None)
    for m in info.get_methods() if info else []:
        if m.get_name() == method_name:
            EXERCISED.add(m.get_symbol())


def sample(pspec, n):
    """A value for a property, distinct for n = 0, 1."""
    t = pspec.value_type
    if t == GObject.TYPE_STRING:
        return "%s-%d" % (pspec.name, n)
    if t == GObject.TYPE_BOOLEAN:
        return [True, False][n]
    if t in (GObject.TYPE_DOUBLE, GObject.TYPE_FLOAT):
        return 1.5 + n
    if t in (GObject.TYPE_INT, GObject.TYPE_UINT):
        return 3 + n
    if t.is_a(GObject.GEnum.__gtype__):
        cls = getattr(Ama, t.name[len("Ama"):])
        values = sorted(cls.__enum_values__)
        return cls.__enum_values__[values[(1 + n) % len(values)]]
    if t == GObject.type_from_name("GStrv"):
        return ["a-%d" % n, "b"]
    if t == GLib.DateTime.__gtype__:
        return GLib.DateTime.new_utc(2017, 10, 18 + n, 0, 0, 0)
    if t == Ama.Deadline.__gtype__:
        return Ama.Deadline.parse(["March 2018", "Ongoing"][n], None)
    if t == Ama.SourceRef.__gtype__:
        return Ama.SourceRef.new("report-%d.pdf" % n, 3 + n, 12, 0, 0)
    if t.is_a(GObject.Object.__gtype__):
        return GObject.new(t)
    raise AssertionError("no sample for %s" % t.name)


def same(a, b):
    if isinstance(a, GLib.DateTime):
        return a.equal(b)
    return a == b


@pytest.mark.parametrize("type_name", ama_object_types())
def test_every_property_round_trips_and_notifies_once(type_name):
    exercise_properties(type_name)


def exercise_properties(type_name):
    cls = getattr(Ama, type_name)
    obj = cls()
    assert repr(obj).startswith("<Ama.%s" % type_name)
    for pspec in GObject.list_properties(cls):
        if pspec.value_type == LIST_TYPE or not pspec.flags & GObject.ParamFlags.WRITABLE:
            continue
        if pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY:
            continue
        attr = pspec.name.replace("-", "_")
        setter = getattr(obj, "set_" + attr, None)
        getter = getattr(obj, "get_" + attr, None)
        assert setter is not None and getter is not None, "%s:%s has no accessors" % (type_name, pspec.name)
        notified = []
        handler = obj.connect("notify::" + pspec.name, lambda o, p: notified.append(p.name))
        for n in (0, 1):
            value = sample(pspec, n)
            setter(value)
            assert same(getter(), value), pspec.name
            assert same(obj.get_property(pspec.name), value), pspec.name
            setter(value)  # unchanged: no notify
            assert len(notified) == n + 1, "%s:%s notified %d times" % (type_name, pspec.name, len(notified))
        obj.disconnect(handler)
        mark(cls, "set_" + attr)
        mark(cls, "get_" + attr)
    assert repr(obj).startswith("<Ama.%s" % type_name)


@pytest.mark.parametrize("type_name", ama_object_types())
def test_every_collection_adds_and_removes(type_name):
    exercise_collections(type_name)


# Collections that are a dated record rather than a free list: kept in
# date order and without repeats by their own add_ method, with no
# remove_ (a decision that was taken is not undone by deleting it).
ORDERED_HISTORIES = {("Response", "history")}


def exercise_collections(type_name):
    cls = getattr(Ama, type_name)
    obj = cls()
    for pspec in GObject.list_properties(cls):
        if pspec.value_type != LIST_TYPE:
            continue
        attr = pspec.name.replace("-", "_")
        model = getattr(obj, "get_" + attr)()
        assert isinstance(model, Gio.ListModel)
        assert model is obj.get_property(pspec.name)
        item_type = model.get_item_type()
        if (type_name, attr) in ORDERED_HISTORIES:
            continue  # exercised by test_response_clock_and_history
        adds = [m for m in cls.__info__.get_methods() if m.get_name().startswith("add_")
                and attr.startswith(m.get_name()[4:-2])]
        assert len(adds) == 1, "%s:%s: no single add_ method (%s)" % (type_name, pspec.name, adds)
        assert GObject.type_is_a(item_type, GObject.Object.__gtype__), (type_name, pspec.name)
        singular = adds[0].get_name()[4:]
        add = getattr(obj, "add_" + singular)
        remove = getattr(obj, "remove_" + singular)
        changes = []
        model.connect("items-changed", lambda m, pos, removed, added: changes.append((pos, removed, added)))
        first, second = GObject.new(item_type), GObject.new(item_type)
        add(first)
        add(second)
        assert changes == [(0, 0, 1), (1, 0, 1)]
        assert len(model) == 2 and model[0] is first and list(model) == [first, second]
        assert remove(first) is True
        assert remove(first) is False
        assert changes[-1] == (0, 1, 0)
        assert list(model) == [second]
        mark(cls, "get_" + attr)
        mark(cls, "add_" + singular)
        mark(cls, "remove_" + singular)


def test_constructors_of_every_class():
    # Every `new` in the typelib is called with plausible arguments.
    made = {
        "AgendaItem": Ama.AgendaItem.new("5", "Scrutiny review"),
        "Appraisal": Ama.Appraisal.new(),
        "Consideration": Ama.Consideration.new("Council", datetime.date(2017, 10, 18), "for information"),
        "Criterion": Ama.Criterion.new("seven-tests-1", "Well-functioning corporate services"),
        "DecisionRecord": Ama.DecisionRecord.new(Ama.Decision.ACCEPTED, datetime.date(2018, 2, 19)),
        "Diagnostic": Ama.Diagnostic.new(Ama.Severity.WARNING, "no-officer", "no officer named"),
        "Document": Ama.Document.new(Ama.DocumentKind.ANNEX, "Full Option Appraisal"),
        "Meeting": Ama.Meeting.new("Council", datetime.date(2017, 10, 18)),
        "Member": Ama.Member.new(Ama.Person.new("Maggi Clark"), Ama.MemberRole.CHAIR),
        "Option": Ama.Option.new("trust", "Trust"),
        "Person": Ama.Person.new("Ian Thomas"),
        "ProgressUpdate": Ama.ProgressUpdate.new(datetime.date(2018, 3, 31), Ama.Progress.IN_PROGRESS, "note"),
        "Recommendation": Ama.Recommendation.new("3a", "text"),
        "Resolution": Ama.Resolution.new("1", "That the report be noted."),
        "Response": Ama.Response.new(),
        "Review": Ama.Review.new(),
        "Score": Ama.Score.new("trust", "financial-1", 2.0),
        "Section": Ama.Section.new("1", "Recommendations"),
        "Visit": Ama.Visit.new("Slough Borough Council", Ama.Arrangement.TRUST),
    }
    assert made["Member"].props.person.props.name == "Maggi Clark"
    assert made["Visit"].props.arrangement == Ama.Arrangement.TRUST
    assert made["Score"].props.value == 2.0
    for name, obj in made.items():
        assert type(obj) is getattr(Ama, name)
    for name in ama_object_types():
        cls = getattr(Ama, name)
        if any(m.get_name() == "new" for m in cls.__info__.get_methods()) and name not in made:
            pytest.fail("Ama.%s.new is not exercised here" % name)


def test_response_clock_and_history():
    # Two months beginning with 18 October 2017 end on 17 December 2017
    # (LGA 2000 s.9FE); Cabinet answered on 19 February 2018.
    assert Ama.period_parse("8 weeks") == (True, 8, Ama.PeriodUnit.WEEKS)
    assert Ama.period_parse("soon")[0] is False
    last = Ama.period_last_day(datetime.date(2019, 12, 31), 2, Ama.PeriodUnit.MONTHS)
    assert (last.get_year(), last.get_month(), last.get_day_of_month()) == (2020, 2, 29)

    review = Ama.Review.new()
    assert review.get_response_due() is None
    review.set_reported_to_executive(datetime.date(2017, 10, 18))
    assert review.get_reported_to_executive().get_day_of_month() == 18
    due = review.get_response_due()
    assert (due.get_month(), due.get_day_of_month()) == (12, 17)

    response = Ama.Response.new()
    later = Ama.DecisionRecord.new(Ama.Decision.ACCEPTED, datetime.date(2018, 2, 19))
    earlier = Ama.DecisionRecord.new(Ama.Decision.DEFERRED, datetime.date(2017, 12, 4))
    assert response.add_decision_record(later) is True
    assert response.add_decision_record(earlier) is True
    assert response.add_decision_record(
        Ama.DecisionRecord.new(Ama.Decision.ACCEPTED, datetime.date(2018, 2, 19))) is False
    assert later.equal(Ama.DecisionRecord.new(Ama.Decision.ACCEPTED, datetime.date(2018, 2, 19)))
    assert [r.get_decision() for r in response.get_history()] == [Ama.Decision.DEFERRED, Ama.Decision.ACCEPTED]
    assert response.get_decision() == Ama.Decision.ACCEPTED
    assert response.get_decided_on().get_day_of_month() == 4

    decided = Ama.Recommendation.new("1", "Publish the plan.")
    decided.set_response(response)
    waiting = Ama.Recommendation.new("2", "Train the staff.")
    review.add_recommendation(decided)
    review.add_recommendation(waiting)
    # first decided 4 December 2017: in time
    assert review.get_response_days_late() <= 0
    assert review.is_response_overdue(datetime.date(2017, 12, 17)) is False
    assert review.is_response_overdue(datetime.date(2017, 12, 18)) is True
    assert [r.get_number() for r in review.get_awaiting_response(datetime.date(2017, 12, 18))] == ["2"]
    review.set_response_period("8 weeks")
    assert review.get_response_period() == "8 weeks"
    assert review.get_response_due().get_day_of_month() == 12


def test_enum_nicks_are_stable():
    assert [Ama.Decision(v).value_nick for v in range(6)] == [
        "pending", "accepted", "partially-accepted", "rejected", "deferred", "noted"]
    assert Ama.Arrangement.COMMUNITY_INTEREST_COMPANY.value_nick == "community-interest-company"
    assert Ama.VERSION_S and Ama.MAJOR_VERSION == 1
    assert Ama.REVIEW_FORMAT == "ama-review" and Ama.REVIEW_FORMAT_VERSION == 1


# --- coverage of the model and JSON API ---------------------------------------------

def model_header_symbols():
    """The functions declared in the model and JSON headers (the first
    header list of include/meson.build, which those layers own)."""
    symbols = set()
    for header in model_headers():
        text = header.read_text(encoding="utf-8")
        symbols |= set(re.findall(r"^\s*[A-Za-z_][\w\s\*]*?\b(ama_[a-z0-9_]+)\s*\(", text, re.M))
    # not for bindings: GType getters, and the boxed type's memory management
    return {s for s in symbols if not s.endswith("_get_type") and s not in (
        "ama_deadline_ref", "ama_deadline_unref",
        # (skip): the boxed type's copy and free, which GObject calls
        "ama_source_ref_ref", "ama_source_ref_unref", "ama_source_ref_free")}


def python_names():
    """C symbol -> how Python spells it, for every function in the typelib."""
    from gi._gi import Repository, FunctionInfo
    out = {}
    for info in Repository.get_default().get_infos("Ama"):
        if isinstance(info, FunctionInfo):
            out[info.get_symbol()] = info.get_name()
        elif hasattr(info, "get_methods"):
            for m in info.get_methods():
                out[m.get_symbol()] = m.get_name()
    return out


def test_every_model_function_is_reachable_and_exercised():
    for type_name in ama_object_types():
        exercise_properties(type_name)
        exercise_collections(type_name)
    names = python_names()
    symbols = model_header_symbols()
    assert len(symbols) > 150
    missing_in_typelib = sorted(s for s in symbols if s not in names)
    assert missing_in_typelib == [], "declared but not introspectable: %s" % missing_in_typelib
    unexercised = sorted(s for s in symbols
                         if s not in EXERCISED and not re.search(r"[.\s]%s\(" % re.escape(names[s]), THIS_SOURCE))
    assert unexercised == [], (
        "declared in a model header but never called from Python: %s. "
        "Call them in tests/test_python_bindings.py." % unexercised)


def test_json_path_locate_finds_the_line_of_a_place():
    data = DATA.read_bytes()
    lines = data.decode("utf-8").split("\n")
    line = Ama.json_path_locate(data, "$.recommendations[2].response.officer")
    assert line > 0
    # the line holds the member, inside the third recommendation
    assert '"officer"' in lines[line - 1]
    before = "\n".join(lines[:line])
    assert before.count('"number" : ') == 3
    # deeper than the document: the deepest member that exists
    assert Ama.json_path_locate(data, "$.recommendations[2].response.nothing-here") == \
        Ama.json_path_locate(data, "$.recommendations[2].response")
    assert Ama.json_path_locate(data, "not a path") == 0
    assert Ama.json_path_locate(b'{\n  "a" : [\n 1,\n 2 ]\n}', "$.a[1]") == 4



def test_json_path_locate_diagnostics_agrees_with_locate():
    # One pass for many findings: every path placed where
    # json_path_locate places it, deeper paths on their deepest member,
    # a diagnostic that already has a line left alone.
    data = DATA.read_bytes()
    paths = ["$", "$.title", "$.recommendations[0]", "$.recommendations[2].response.officer",
             "$.recommendations[2].response.nothing-here", "$.recommendations[99].text",
             "$.recommendations[1].points[0]", "$.nowhere.deeper[3]"]
    store = Gio.ListStore.new(Ama.Diagnostic)
    for p in paths:
        d = Ama.Diagnostic.new(Ama.Severity.WARNING, "test", p)
        d.set_path(p)
        store.append(d)
    kept = Ama.Diagnostic.new(Ama.Severity.WARNING, "test", "has a line")
    kept.set_path("$.title")
    kept.set_line(12345)
    store.append(kept)
    placed = Ama.json_path_locate_diagnostics(data, store)
    assert placed == len(paths)
    for d, p in zip(store, paths):
        assert d.get_line() == Ama.json_path_locate(data, p), p
    assert kept.get_line() == 12345

def test_date_to_iso8601_writes_four_digit_years():
    assert Ama.date_to_iso8601(GLib.DateTime.new_utc(146, 3, 5, 0, 0, 0)) == "0146-03-05"
    assert Ama.date_to_iso8601(GLib.DateTime.new_utc(2018, 2, 28, 0, 0, 0)) == "2018-02-28"
    assert Ama.date_to_iso8601(None) is None
