# test_python_import_moderngov.py: ModernGov responses and minutes from Python
#
# Copyright 2026 The libama authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os

import gi

gi.require_version("Ama", "1.0")
gi.require_version("GLib", "2.0")
from gi.repository import Ama, GLib  # noqa: E402

import pytest  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODERNGOV = os.path.join(HERE, "data", "moderngov")


def import_bytes(data, fmt=Ama.ImportFormat.MODERNGOV):
    importer = Ama.Importer.new()
    importer.props.format = fmt
    review = importer.import_bytes(GLib.Bytes.new(data))
    return review, list(importer.get_diagnostics())


def test_get_meeting_from_bytes():
    with open(os.path.join(MODERNGOV, "meeting_with_minutes.xml"), "rb") as f:
        review, diags = import_bytes(f.read())
    meeting = review.get_meetings()[0]
    assert meeting.props.body == "Audit Committee"
    assert meeting.props.time == "10:00"
    assert meeting.props.date.format("%F") == "2026-02-10"
    items = list(meeting.get_agenda_items())
    assert [i.props.number for i in items] == ["1", "9"]
    assert items[1].props.title == "Work Programme"
    doc = items[0].get_documents()[0]
    assert doc.props.kind == Ama.DocumentKind.MINUTES
    assert doc.props.uri.endswith("ID=60860")
    member = meeting.get_attendees()[0]
    assert (member.props.party, member.props.ward) == ("LAB", "Charlestown")
    assert member.props.person.props.honorific == "Councillor"
    codes = {d.props.code for d in diags}
    assert "moderngov-unmapped" in codes
    assert all(d.props.severity == Ama.Severity.INFO for d in diags)


def test_minutes_resolutions_from_html():
    xml = (
        b"<meeting><agendaitems><agendaitem>"
        b"<agendaitemtitle>Review</agendaitemtitle>"
        b"<minutesnonemptyhtmlbody>&lt;p&gt;Resolved:&lt;/p&gt;"
        b"&lt;p&gt;(1) That the report be noted.&lt;/p&gt;"
        b"&lt;p&gt;(2) That it be published.&lt;/p&gt;"
        b"&lt;p&gt;Mover:- Councillor Clark Seconder:- Councillor Allcock&lt;/p&gt;"
        b"</minutesnonemptyhtmlbody></agendaitem></agendaitems></meeting>"
    )
    review, _ = import_bytes(xml)
    item = review.get_meetings()[0].get_agenda_items()[0]
    assert [(r.props.number, r.props.text) for r in item.get_resolutions()] == [
        ("1", "That the report be noted."),
        ("2", "That it be published."),
    ]
    assert item.props.mover.props.name == "Clark"
    assert item.props.seconder.props.name == "Allcock"


def test_malformed_xml_names_line_and_column():
    with pytest.raises(GLib.Error) as info:
        import_bytes(b"<meeting>\n  <meetingid>1</meeting>\n")
    assert info.value.matches(Ama.error_quark(), Ama.Error.PARSE)
    assert info.value.message.startswith("line 2, column ")


def test_external_entity_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-0815")
    xml = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE meeting [ <!ENTITY x SYSTEM "file://{secret}"> ]>\n'
        "<meeting><meetinglocation>&x;</meetinglocation></meeting>\n"
    ).encode()
    review, diags = import_bytes(xml)
    data = review.to_data()
    data = data[0] if isinstance(data, tuple) else data
    assert "TOPSECRET" not in data
    assert review.get_meetings()[0].props.location is None
    assert {"moderngov-dtd-ignored", "moderngov-entity-ignored"} <= {d.props.code for d in diags}
