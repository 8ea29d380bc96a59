# SPDX-License-Identifier: LGPL-2.1-or-later
"""data/ama-review.schema.json describes what the library reads and writes.

The schema is written by hand (it carries descriptions a generator could
not), so these tests tie it to the code: every model type reachable from
AmaReview has a definition whose members are exactly the type's
serialised properties, and every enumeration lists exactly the GType's
nicks, in order. Adding a property or an enum value without updating the
schema fails here.
"""

import copy
import json
import os
from pathlib import Path

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, GLib, GObject, Gio  # noqa: E402

import jsonschema  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(os.environ.get("AMA_SOURCE_ROOT", Path(__file__).resolve().parent.parent))
SCHEMA_PATH = ROOT / "data" / "ama-review.schema.json"
DATA = ROOT / "examples" / "data" / "rotherham-ama-2017.json"


@pytest.fixture(scope="module")
def schema():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


@pytest.fixture(scope="module")
def validator(schema):
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def bundled():
    return json.loads(DATA.read_text(encoding="utf-8"))


def ama_name(gtype):
    name = gtype.name
    assert name.startswith("Ama")
    return name[len("Ama"):]


def serialised_properties(gtype):
    """The properties ama-json.c writes: writable ones and collections."""
    out = {}
    for pspec in GObject.list_properties(gtype):
        writable = bool(pspec.flags & GObject.ParamFlags.WRITABLE)
        is_list = pspec.value_type == Gio.ListModel.__gtype__
        if writable or is_list:
            out[pspec.name] = pspec
    return out


def reachable_types():
    """Every model GType a review document can hold, walked from AmaReview."""
    seen = {}
    todo = [Ama.Review.__gtype__]
    while todo:
        gtype = todo.pop()
        if gtype.name in seen:
            continue
        seen[gtype.name] = gtype
        instance = GObject.new(gtype)
        for name, pspec in serialised_properties(gtype).items():
            if pspec.value_type == Gio.ListModel.__gtype__:
                todo.append(instance.get_property(name).get_item_type())
            elif pspec.value_type.is_a(GObject.Object.__gtype__):
                todo.append(pspec.value_type)
    return seen


def enum_types():
    enums = {}
    for gtype in reachable_types().values():
        for pspec in serialised_properties(gtype).values():
            if pspec.value_type.is_a(GObject.GEnum.__gtype__):
                enums[pspec.value_type.name] = pspec.value_type
    # the deadline's members are not GObject properties
    enums["AmaDeadlineKind"] = Ama.DeadlineKind.__gtype__
    enums["AmaRecurrence"] = Ama.Recurrence.__gtype__
    return enums


def nicks(gtype):
    """The GType's nicks in value order (the order the schema lists them)."""
    values = getattr(Ama, ama_name(gtype)).__enum_values__
    return [values[v].value_nick for v in sorted(values)]


# --- the bundled data ------------------------------------------------------

def test_schema_is_valid_2020_12(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_bundled_review_validates(validator, bundled):
    errors = list(validator.iter_errors(bundled))
    assert errors == [], [e.message for e in errors]


def test_library_output_validates(validator):
    # Everything the writer can produce: a review with one of each thing.
    review = Ama.Review.new_from_file(Gio.File.new_for_path(str(DATA)), None)
    rec = review.get_recommendations().get_item(0)
    date = GLib.DateTime.new_utc(2018, 3, 31, 0, 0, 0)
    rec.add_update(Ama.ProgressUpdate.new(date, Ama.Progress.IN_PROGRESS, "under way"))
    rec.props.response.props.reconsider_on = date
    rec.props.response.props.action_by = Ama.Deadline.parse("31/03/2018", None)
    review.props.appraisal.add_score(Ama.Score.new("trust", "financial-1", 2.5))
    meeting = review.get_meetings().get_item(9)
    attendee = Ama.Member.new(Ama.Person.new("Maggi Clark"), Ama.MemberRole.CHAIR)
    meeting.add_attendee(attendee)
    data = review.to_data()
    errors = list(validator.iter_errors(json.loads(data)))
    assert errors == [], [e.message for e in errors]


# --- invalid documents -----------------------------------------------------

def broken(bundled, mutate):
    doc = copy.deepcopy(bundled)
    mutate(doc)
    return doc


@pytest.mark.parametrize("what,mutate", [
    ("no format", lambda d: d.pop("format")),
    ("wrong format", lambda d: d.__setitem__("format", "ama-catalog")),
    ("future version", lambda d: d.__setitem__("version", 2)),
    ("unknown decision", lambda d: d["recommendations"][0]["response"].__setitem__("decision", "maybe")),
    ("decision as integer", lambda d: d["recommendations"][0]["response"].__setitem__("decision", 1)),
    ("bad date", lambda d: d["visits"][0].__setitem__("date", "19/04/2016")),
    ("points not strings", lambda d: d["recommendations"][1].__setitem__("points", [1, 2])),
    ("deadline without text", lambda d: d["recommendations"][2]["response"].__setitem__("action-by", {"kind": "recurring"})),
    ("unknown arrangement", lambda d: d["visits"][0].__setitem__("arrangement", "mutual")),
    ("members not a list", lambda d: d.__setitem__("members", {"name": "x"})),
    ("flag as string", lambda d: d["documents"][0].__setitem__("exempt", "No")),
    ("weight as string", lambda d: d["appraisal"]["criteria"][0].__setitem__("weight", "high")),
])
def test_invalid_documents_fail(validator, bundled, what, mutate):
    doc = broken(bundled, mutate)
    assert not validator.is_valid(doc), what
    # ... and the library refuses the same document
    with pytest.raises(Exception):
        Ama.Review.new_from_data(json.dumps(doc), -1)


def test_unknown_members_are_allowed(validator, bundled):
    doc = broken(bundled, lambda d: (d.__setitem__("x-extension", {"a": 1}),
                                     d["visits"][0].__setitem__("x-note", True)))
    assert validator.is_valid(doc)
    Ama.Review.new_from_data(json.dumps(doc), -1)


# --- schema and code cannot drift -----------------------------------------

def test_every_reachable_type_has_a_definition(schema):
    defs = schema["$defs"]
    for name, gtype in reachable_types().items():
        assert ama_name(gtype) in defs, f"{name} has no $defs entry"


@pytest.mark.parametrize("type_name", sorted(reachable_types()))
def test_definition_members_match_properties(schema, type_name):
    gtype = reachable_types()[type_name]
    definition = schema["$defs"][ama_name(gtype)]
    assert definition.get("additionalProperties") is True
    assert set(definition["properties"]) == set(serialised_properties(gtype)), type_name


@pytest.mark.parametrize("type_name", sorted(reachable_types()))
def test_definition_member_types_match(schema, type_name):
    gtype = reachable_types()[type_name]
    definition = schema["$defs"][ama_name(gtype)]
    for name, pspec in serialised_properties(gtype).items():
        member = definition["properties"][name]
        vt = pspec.value_type
        if vt == GObject.TYPE_STRING:
            assert member["$ref"] == "#/$defs/string", name
        elif vt == GObject.TYPE_BOOLEAN:
            assert member["type"] == "boolean", name
        elif vt in (GObject.TYPE_DOUBLE,):
            assert member["type"] == "number", name
        elif vt in (GObject.TYPE_INT, GObject.TYPE_UINT):
            assert member["type"] == "integer", name
        elif vt == GObject.type_from_name("GStrv"):
            assert member["$ref"] == "#/$defs/strv", name
        elif vt == GObject.type_from_name("GDateTime"):
            assert member["$ref"] == "#/$defs/date", name
        elif vt == Ama.Deadline.__gtype__:
            assert member["$ref"] == "#/$defs/Deadline", name
        elif vt == Ama.SourceRef.__gtype__:
            assert member["$ref"] == "#/$defs/SourceRef", name
        elif vt.is_a(GObject.GEnum.__gtype__):
            assert member["$ref"] == "#/$defs/" + ama_name(vt), name
        elif vt == Gio.ListModel.__gtype__:
            item_type = GObject.new(gtype).get_property(name).get_item_type()
            assert member["type"] == "array", name
            assert member["items"]["$ref"] == "#/$defs/" + ama_name(item_type), name
        elif vt.is_a(GObject.Object.__gtype__):
            refs = [alt.get("$ref") for alt in member["anyOf"]]
            assert "#/$defs/" + ama_name(vt) in refs, name
        else:
            pytest.fail(f"{type_name}:{name}: no schema rule for {vt.name}")


@pytest.mark.parametrize("enum_name", sorted(enum_types()))
def test_enum_nicks_match(schema, enum_name):
    gtype = enum_types()[enum_name]
    assert schema["$defs"][ama_name(gtype)]["enum"] == nicks(gtype)


def test_deadline_definition_matches_writer(schema):
    deadline = schema["$defs"]["Deadline"]["anyOf"][1]
    assert set(deadline["properties"]) == {"text", "kind", "due", "recurrence"}
    assert deadline["properties"]["kind"]["$ref"] == "#/$defs/DeadlineKind"
    assert deadline["properties"]["recurrence"]["$ref"] == "#/$defs/Recurrence"


def test_no_stale_definitions(schema):
    # Every $defs entry is used by a type or is a shared building block.
    used = {ama_name(t) for t in reachable_types().values()}
    used |= {ama_name(t) for t in enum_types().values()}
    used |= {"string", "strv", "date", "Deadline", "SourceRef"}
    assert set(schema["$defs"]) == used
