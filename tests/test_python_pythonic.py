# SPDX-License-Identifier: LGPL-2.1-or-later
"""Python that feels like Python: one spelling per property, dates as
datetime.date in and out, the exceptions a Python reader expects, enums
as their nick, imports that hand back their diagnostics. The overrides
(bindings/python) come from tests/conftest.py."""

import datetime
import os
from pathlib import Path

import gi
from gi.repository import Ama, GLib, GObject, Gio

import pytest

ROOT = Path(os.environ.get("AMA_SOURCE_ROOT", Path(__file__).resolve().parent.parent))
DATA = ROOT / "examples" / "data" / "rotherham-ama-2017.json"
TABLE = ("Recommendation\tCabinet Decision\tCabinet Response\tOfficer Responsible\tAction by (Date)\n"
         "1. Publish the plan\tAccepted\tWe will.\tlan Thomas\t31/03/2018\n")


@pytest.fixture(scope="module")
def review():
    return Ama.Review.load(DATA)


def test_every_property_is_an_attribute(review):
    # one spelling, for every property of every class, read and written
    checked = 0
    for name in dir(Ama):
        cls = getattr(Ama, name)
        if not isinstance(cls, type) or not issubclass(cls, GObject.Object) or name.endswith("Class"):
            continue
        for pspec in GObject.list_properties(cls):
            attr = pspec.name.replace("-", "_")
            assert isinstance(getattr(cls, attr, None), (property, type(Ama.Review.get_id))) or \
                callable(getattr(cls, attr, None)), (name, attr)
            checked += 1
    assert checked > 150
    rec = review.get_recommendations()[2]
    assert rec.number == rec.props.number == "3"
    assert rec.response.officer.name == "Ian Thomas"
    rec2 = Ama.Recommendation.new("7", "text")
    rec2.number = "7a"
    assert rec2.get_number() == "7a"


def test_dates_in_and_out_as_datetime_date(review):
    item = review.track(datetime.date(2018, 3, 31))[0]
    assert item.due is None or isinstance(item.due, datetime.date)
    writer = Ama.ReportWriter.new(Ama.ReportFormat.HTML)
    writer.as_of = datetime.date(2018, 3, 31)
    assert writer.as_of == datetime.date(2018, 3, 31)
    assert isinstance(writer.props.as_of, GLib.DateTime)
    writer.props.as_of = datetime.date(2019, 1, 2)  # props takes a date too
    assert writer.as_of == datetime.date(2019, 1, 2)
    meeting = Ama.Meeting(body="Cabinet", date=datetime.date(2018, 2, 19))
    assert meeting.date == datetime.date(2018, 2, 19)


def test_missing_file_is_file_not_found(tmp_path):
    missing = tmp_path / "nothing-here.json"
    with pytest.raises(FileNotFoundError) as info:
        Ama.Review.load(missing)
    error = info.value
    assert isinstance(error, GLib.Error)  # and still what C callers see
    assert error.matches(Ama.error_quark(), Ama.Error.IO)
    assert str(missing) in error.message
    with pytest.raises(FileNotFoundError):
        Ama.Importer.new().import_file(Gio.File.new_for_path(str(missing)), None)


def test_bad_json_is_a_value_error_naming_the_path():
    doc = '{"format": "ama-review", "version": 1, "recommendations": [{"response": {"decision": "maybe"}}]}'
    with pytest.raises(ValueError) as info:
        Ama.Review.new_from_data(doc)
    assert isinstance(info.value, Ama.DocumentError) and isinstance(info.value, GLib.Error)
    assert "$.recommendations[0].response.decision" in info.value.message
    # a file that is not there is not a document error
    assert not issubclass(Ama.FileNotFoundError, ValueError)


def test_enums_read_and_are_made_from_their_nick():
    assert str(Ama.Decision.ACCEPTED) == "accepted"
    assert str(Ama.Decision.PARTIALLY_ACCEPTED) == "partially-accepted"
    assert Ama.Decision("accepted") is Ama.Decision.ACCEPTED
    assert Ama.Progress("in-progress") == Ama.Progress.IN_PROGRESS
    assert Ama.Decision(3) == Ama.Decision.REJECTED  # integers still work
    with pytest.raises(ValueError) as info:
        Ama.Decision("maybe")
    assert "accepted" in str(info.value)
    assert "%s" % Ama.ImportFormat.TSV == "tsv"


def test_import_hands_back_its_diagnostics(tmp_path):
    importer = Ama.Importer.new()
    result = importer.import_document(TABLE)
    review, diagnostics = result
    assert result.review is review
    assert review.get_recommendations()[0].response.officer.name == "Ian Thomas"
    assert any(d.code == "officer-name-repaired" or "lan Thomas" in d.message for d in diagnostics), \
        [(d.code, d.message) for d in diagnostics]
    path = tmp_path / "table.tsv"
    path.write_text(TABLE, encoding="utf-8")
    again = importer.import_document(path)
    assert [r.number for r in again.review.get_recommendations()] == ["1"]
    # a str and bytes import alike
    assert importer.import_data(TABLE).get_recommendations()[0].text == \
        importer.import_data(TABLE.encode()).get_recommendations()[0].text


def test_every_enum_to_and_from_its_nick_in_c():
    # ama_<enum>_to_string()/_from_string(), generated for every enum of
    # the model's headers: what GJS and Vala use, agreeing with str().
    tested = 0
    for name in dir(Ama):
        cls = getattr(Ama, name)
        # (the import and report formats have their own names: "auto"…)
        if not isinstance(cls, type) or not issubclass(cls, GObject.GEnum) or not hasattr(cls, "to_string") \
                or name in ("ImportFormat", "ReportFormat"):
            continue
        for value in cls.__enum_values__.values():
            nick = cls.to_string(value)
            assert nick == value.value_nick == str(value)
            found, back = cls.from_string(nick)
            assert found and back == value
            tested += 1
        assert cls.from_string("no-such-value") == (False, 0) or not cls.from_string("no-such-value")[0]
    assert tested > 40
    assert Ama.decision_to_string(Ama.Decision.NOTED) == "noted"
