# SPDX-License-Identifier: LGPL-2.1-or-later
"""Saving with options and bad-input errors, as Python sees them."""

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402

import pytest  # noqa: E402


def test_save_with_backup_keeps_previous_version(tmp_path):
    path = tmp_path / "tracker.json"
    target = Gio.File.new_for_path(str(path))
    first = Ama.Review(title="First")
    second = Ama.Review(title="Second")

    assert first.save_to_file_full(target, Ama.SaveFlags.BACKUP, None)
    assert not (tmp_path / "tracker.json~").exists()
    assert second.save_to_file_full(target, Ama.SaveFlags.BACKUP, None)

    assert Ama.Review.new_from_file(target, None).props.title == "Second"
    backup = Gio.File.new_for_path(str(tmp_path / "tracker.json~"))
    assert Ama.Review.new_from_file(backup, None).props.title == "First"


def test_save_flags_are_a_registered_flags_type():
    assert Ama.SaveFlags.__gtype__.name == "AmaSaveFlags"
    assert Ama.SaveFlags.NONE == 0
    assert Ama.SaveFlags.BACKUP.first_value_nick == "backup"


def test_save_into_missing_folder_raises_io_error(tmp_path):
    target = Gio.File.new_for_path(str(tmp_path / "missing" / "tracker.json"))
    with pytest.raises(GLib.Error) as info:
        Ama.Review(title="T").save_to_file_full(target, Ama.SaveFlags.NONE, None)
    assert info.value.matches(Ama.error_quark(), Ama.Error.IO)
    assert info.value.message.startswith(str(tmp_path / "missing" / "tracker.json"))


@pytest.mark.parametrize(
    "doc, code, where",
    [
        ('{"format":"ama-review","version":1,"title":"A","title":"B"}',
         Ama.Error.DUPLICATE, "line 1, column "),
        ('{"format":"ama-review","version":18446744073709551616}',
         Ama.Error.INVALID, "line 1, column 34: "),
        ('{"format":"ama-review","version":1,"appraisal":{"preferred-option":"x"}}',
         Ama.Error.REFERENCE, "$.appraisal.preferred-option: "),
        ('{"format":"ama-review","version":1}\n{}',
         Ama.Error.PARSE, "line 2, column 1: "),
    ],
)
def test_bad_documents_raise_with_place(doc, code, where):
    with pytest.raises(GLib.Error) as info:
        Ama.Review.new_from_data(doc, -1)
    assert info.value.matches(Ama.error_quark(), code)
    assert info.value.message.startswith(where)
