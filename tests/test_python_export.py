# SPDX-License-Identifier: LGPL-2.1-or-later
"""The civic-data exports of the bundled Rotherham review, checked against
the standards' own JSON Schemas (tests/data/oparl, tests/data/popolo,
copied from the specifications with their licences), and OParl read back.

OParl's schemas describe one object each and name embedded objects with
a non-standard "schema" keyword, so every object of the export, embedded
or not, is validated against the schema of its own type.
"""

import json
import os
import re
from pathlib import Path

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, GLib, Gio  # noqa: E402

import jsonschema  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(os.environ.get("AMA_SOURCE_ROOT", Path(__file__).resolve().parent.parent))
DATA = ROOT / "examples" / "data" / "rotherham-ama-2017.json"
OPARL = ROOT / "tests" / "data" / "oparl"
POPOLO = ROOT / "tests" / "data" / "popolo" / "schemas"
OPARL_TYPE = "https://schema.oparl.org/1.1/"


@pytest.fixture(scope="module")
def review():
    return Ama.Review.new_from_file(Gio.File.new_for_path(str(DATA)), None)


def export(review, fmt, base_url=None):
    exporter = Ama.Exporter.new(fmt)
    if base_url is not None:
        exporter.props.base_url = base_url
    return exporter.export_bytes(review).get_data()


def oparl_objects(node, path="$"):
    """Every OParl object in the document, with its path."""
    if isinstance(node, dict):
        if isinstance(node.get("type"), str) and node["type"].startswith(OPARL_TYPE):
            yield path, node
        for key, value in node.items():
            yield from oparl_objects(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from oparl_objects(value, f"{path}[{i}]")


@pytest.fixture(scope="module")
def oparl_validators():
    out = {}
    for schema_file in sorted((OPARL / "schema").glob("*.json")):
        schema = json.loads(schema_file.read_text(encoding="utf-8"))
        jsonschema.Draft4Validator.check_schema(schema)
        out[schema_file.stem] = jsonschema.Draft4Validator(
            schema, format_checker=jsonschema.FormatChecker())
    return out


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")
URL = re.compile(r"^https?://[^\s]+$")


def check_formats(path, obj, schema):
    """The formats jsonschema leaves unchecked without extra packages
    (date-time) or does not know (OParl's "url")."""
    for key, prop in schema["properties"].items():
        if key not in obj:
            continue
        values = obj[key] if prop.get("type") == "array" else [obj[key]]
        fmt = prop.get("format") or prop.get("items", {}).get("format")
        pattern = {"date": DATE, "date-time": DATE_TIME, "url": URL}.get(fmt)
        for v in values:
            if pattern is not None and isinstance(v, str):
                assert pattern.match(v), f"{path}.{key}: {v!r} is not a {fmt}"


def test_oparl_validates_object_by_object(review, oparl_validators):
    doc = json.loads(export(review, Ama.ExportFormat.OPARL))
    seen = {}
    for path, obj in oparl_objects(doc):
        kind = obj["type"][len(OPARL_TYPE):]
        assert kind in oparl_validators, f"{path}: no schema for {kind}"
        errors = sorted(oparl_validators[kind].iter_errors(obj), key=str)
        assert not errors, f"{path} ({kind}): {errors[0].message}"
        check_formats(path, obj, oparl_validators[kind].schema)
        seen[kind] = seen.get(kind, 0) + 1
    # every kind of object the review has something for was written
    assert seen == {
        "System": 1, "Body": 1, "Organization": 5, "Person": 5,
        "Membership": 5, "Meeting": 10, "AgendaItem": 1, "Paper": 2,
        "Consultation": 3, "File": 8,
    }


def test_oparl_list_pages_and_references(review):
    doc = json.loads(export(review, Ama.ExportFormat.OPARL))
    ids = {obj["id"] for _, obj in oparl_objects(doc)}
    for name in ("body", "organization", "person", "meeting", "paper"):
        page = doc[name]
        assert page["pagination"]["totalElements"] == len(page["data"])
        assert set(page) == {"data", "pagination", "links"}
    # every reference between objects names an object of the document
    refs = []
    for path, obj in oparl_objects(doc):
        for key in ("person", "organization", "meeting", "paper", "agendaItem",
                    "consultation", "relatedPaper", "originatorOrganization",
                    "participant", "membership"):
            value = obj.get(key)
            if isinstance(value, str) and obj["type"].endswith(("Membership", "Consultation", "AgendaItem")):
                refs.append((path, key, value))
            elif isinstance(value, list) and value and isinstance(value[0], str):
                refs += [(path, key, v) for v in value]
    assert refs
    for path, key, value in refs:
        assert value in ids, f"{path}.{key}: {value} names nothing"
    # ids are unique
    all_ids = [obj["id"] for _, obj in oparl_objects(doc)]
    embedded_twice = [i for i in set(all_ids) if all_ids.count(i) > 1]
    # a Membership is embedded in its Person only
    assert embedded_twice == []


def test_oparl_extension_properties_are_namespaced(review):
    doc = json.loads(export(review, Ama.ExportFormat.OPARL))
    schemas = {f.stem: json.loads(f.read_text()) for f in (OPARL / "schema").glob("*.json")}
    for path, obj in oparl_objects(doc):
        known = set(schemas[obj["type"][len(OPARL_TYPE):]]["properties"])
        for key in obj:
            assert key in known or key.startswith("ama:"), f"{path}.{key}"
    report = doc["paper"]["data"][0]
    assert [r["number"] for r in report["ama:recommendations"]] == ["1", "2", "3", "4", "5"]
    assert "response" not in report["ama:recommendations"][0]
    response = doc["paper"]["data"][1]
    assert response["relatedPaper"] == [report["id"]]
    third = response["ama:responses"][2]
    assert third["recommendation"] == "3"
    assert third["response"]["action-by"] == {
        "text": "Annual Participation", "kind": "recurring", "recurrence": "yearly"}


def test_base_url_and_stability(review):
    a = export(review, Ama.ExportFormat.OPARL)
    assert a == export(review, Ama.ExportFormat.OPARL)
    b = json.loads(export(review, Ama.ExportFormat.OPARL, "https://oparl.example.org/api/"))
    assert b["body"]["data"][0]["id"] == "https://oparl.example.org/api/rotherham-ama-2017/body"
    assert all(obj["id"].startswith("https://oparl.example.org/api/rotherham-ama-2017/")
               for _, obj in oparl_objects(b))


def popolo_validator(name):
    store = {}
    for f in POPOLO.glob("*.json"):
        schema = json.loads(f.read_text(encoding="utf-8"))
        store[schema["id"].rstrip("#")] = schema
        store[schema["id"]] = schema
    schema = store[f"http://www.popoloproject.com/schemas/{name}.json"]
    jsonschema.Draft3Validator.check_schema(schema)
    resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    return jsonschema.Draft3Validator(schema, resolver=resolver)


def test_popolo_validates(review):
    doc = json.loads(export(review, Ama.ExportFormat.POPOLO))
    kinds = {"persons": "person", "organizations": "organization",
             "memberships": "membership", "events": "event", "motions": "motion"}
    assert set(doc) == set(kinds)
    for key, schema in kinds.items():
        validator = popolo_validator(schema)
        assert doc[key], key
        for i, obj in enumerate(doc[key]):
            errors = sorted(validator.iter_errors(obj), key=str)
            assert not errors, f"$.{key}[{i}]: {errors[0].message}"


def test_popolo_motions_mover_and_seconder(review):
    doc = json.loads(export(review, Ama.ExportFormat.POPOLO))
    persons = {p["id"]: p for p in doc["persons"]}
    motions = doc["motions"]
    assert [m["identifier"] for m in motions] == ["1", "2"]
    for m in motions:
        assert persons[m["creator_id"]]["name"] == "Clark"
        assert persons[m["creator_id"]]["honorific_prefix"] == "Councillor"
        assert persons[m["ama:seconder_id"]]["name"] == "Allcock"
        assert m["result"] == "pass"
        assert m["date"] == "2017-10-18T00:00:00Z"
    chair = [ms for ms in doc["memberships"] if ms["role"] == "chair"]
    assert [persons[ms["person_id"]]["name"] for ms in chair] == ["Maggi Clark"]
    assert "vote_events" not in doc  # the review records no votes


def test_ocd_events(review):
    events = json.loads(export(review, Ama.ExportFormat.OCD))
    assert len(events) == 10
    ids = [e["id"] for e in events]
    assert len(set(ids)) == 10
    assert all(i.startswith("ocd-event/") and len(i) == len("ocd-event/") + 36 for i in ids)
    council = events[-1]
    assert council["start_date"] == "2017-10-18"
    assert council["participants"][0] == {
        "name": "Council", "entity_type": "organization", "note": "host"}
    assert council["agenda"][0]["order"] == "1"
    assert len(council["agenda"][0]["notes"]) == 2
    assert json.loads(export(review, Ama.ExportFormat.OCD)) == events


def test_oparl_round_trip_is_stable(review):
    first = export(review, Ama.ExportFormat.OPARL)
    importer = Ama.Importer.new()
    again = importer.import_data(first)
    assert export(again, Ama.ExportFormat.OPARL) == first
    assert again.to_data() == review.to_data()


@pytest.mark.parametrize("name", sorted(p.name for p in (OPARL / "examples").glob("*.json")))
def test_spec_examples_import(name):
    data = (OPARL / "examples" / name).read_bytes()
    assert Ama.import_detect(data) == Ama.ImportFormat.OPARL
    importer = Ama.Importer.new()
    review = importer.import_data(data)
    assert review is not None
    codes = {d.props.code for d in importer.get_diagnostics()}
    assert codes <= {"format-detected", "oparl-ignored", "oparl-unresolved", "oparl-no-review"}


def test_spec_meeting_example_fields():
    importer = Ama.Importer.new()
    review = importer.import_data((OPARL / "examples" / "Meeting-01.json").read_bytes())
    meeting = review.get_meetings()[0]
    assert meeting.props.date.format("%F") == "2013-01-04"
    assert meeting.props.time == "08:00"
    assert meeting.props.location.startswith("Rathaus der Beispielstadt")
    item = meeting.get_agenda_items()[0]
    assert (item.props.number, item.props.title) == ("10.1", "Satzungsänderung für Ausschreibungen")
    assert item.get_resolutions()[0].props.text.startswith("Der Beschluss weicht")


def test_bad_oparl_names_the_path():
    importer = Ama.Importer.new()
    importer.props.format = Ama.ImportFormat.OPARL
    bad = b'{"meeting": {"data": [{"id": "x", "type": "https://schema.oparl.org/1.1/Meeting", "start": 5}]}}'
    with pytest.raises(GLib.Error) as info:
        importer.import_data(bad)
    assert info.value.matches(Ama.error_quark(), Ama.Error.INVALID)
    assert info.value.message == "$.meeting.data[0].start: expected a string"


# ---- the tool ---------------------------------------------------------------

BUILD_TESTS = os.environ.get("G_TEST_BUILDDIR", str(ROOT / "build" / "tests"))
AMA = os.path.join(os.path.dirname(BUILD_TESTS), "examples", "ama", "ama")


def ama(*args):
    import subprocess
    return subprocess.run([AMA, *args], capture_output=True, stdin=subprocess.DEVNULL, timeout=120)


def test_tool_export_is_the_library_export(review, tmp_path):
    for name, fmt in (("oparl", Ama.ExportFormat.OPARL), ("popolo", Ama.ExportFormat.POPOLO),
                      ("ocd", Ama.ExportFormat.OCD)):
        out = tmp_path / f"{name}.json"
        result = ama("export", str(DATA), "--to", name, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert out.read_bytes() == export(review, fmt)
    result = ama("export", str(DATA), "--to", "oparl", "--base-url", "https://ris.example.org/o")
    assert result.returncode == 0
    assert result.stdout == export(review, Ama.ExportFormat.OPARL, "https://ris.example.org/o")


def test_tool_export_usage_errors():
    assert ama("export", str(DATA)).returncode == 2
    assert ama("export", str(DATA), "--to", "akoma-ntoso").returncode == 2
    assert ama("export", str(DATA), "--to", "oparl", "--base-url", "ftp://x").returncode == 2
    missing = ama("export", "/nonexistent/review.json", "--to", "oparl")
    assert missing.returncode == 2   # trouble, not a finding (issue 18)


def test_tool_imports_a_folder_of_oparl_pages(review, tmp_path):
    doc = json.loads(export(review, Ama.ExportFormat.OPARL))
    pages = tmp_path / "pages"
    pages.mkdir()
    for i, (name, value) in enumerate(doc.items()):
        (pages / f"{i:02d}-{name}.json").write_text(json.dumps(value), encoding="utf-8")
    out = tmp_path / "review.json"
    result = ama("import", "--format", "oparl", str(pages), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == review.to_data()
    # a message names the file it is about
    assert b"00-system.json: $: info: System object not part of the review" in result.stderr

    (pages / "05-paper.json").write_text('{"data": [{"type": "https://schema.oparl.org/1.1/Paper", "name": 1}]}')
    result = ama("import", "--format", "oparl", str(pages), "-o", str(out))
    assert result.returncode == 1
    assert b"05-paper.json: $.data[0].name: expected a string" in result.stderr
