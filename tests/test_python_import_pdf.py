# test_python_import_pdf.py: PDF files imported from Python
#
# Copyright 2026 The libama authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Fixtures: tests/data/documents/*.pdf (make-pdf-fixtures.py); the facts
# checked come from that script's text.

import os

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402

import pytest  # noqa: E402

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "documents")


def import_file(name, fmt=Ama.ImportFormat.UNKNOWN):
    importer = Ama.Importer.new()
    importer.set_format(fmt)
    review = importer.import_file(Gio.File.new_for_path(os.path.join(DOCS, name)), None)
    return review, list(importer.get_diagnostics())


def test_pdf_response_table():
    review, diags = import_file("cabinet-response-landscape.pdf")
    recs = list(review.get_recommendations())
    assert [r.get_number() for r in recs] == ["1", "2", "3", "4", "5", "6"]
    officers = [r.get_response().get_officer().get_name() for r in recs]
    assert officers == ["Helen Marsh", "Daniel Okafor", "Helen Marsh", "Priya Nair",
                        "Daniel Okafor", "Helen Marsh"]
    assert [r.get_response().get_decision() for r in recs][:4] == [
        Ama.Decision.ACCEPTED, Ama.Decision.ACCEPTED, Ama.Decision.REJECTED,
        Ama.Decision.DEFERRED]
    assert recs[5].get_response().get_action_by().get_text() == "31 March 2027"
    assert any(d.get_code() == "page-header-dropped" for d in diags)


def test_pdf_detect_and_names():
    with open(os.path.join(DOCS, "scraip.pdf"), "rb") as f:
        data = f.read()
    assert Ama.import_detect(data) == Ama.ImportFormat.PDF
    assert Ama.import_format_from_string("pdf") == Ama.ImportFormat.PDF
    assert Ama.import_format_to_string(Ama.ImportFormat.PDF) == "pdf"


@pytest.mark.parametrize("name,code,words", [
    ("bad-encrypted.pdf", Ama.Error.UNSUPPORTED, "encrypted"),
    ("bad-scan-no-text.pdf", Ama.Error.UNSUPPORTED, "page 1: no text layer"),
    ("bad-truncated.pdf", Ama.Error.PARSE, "byte "),
])
def test_pdf_bad_files(name, code, words):
    with pytest.raises(GLib.Error) as info:
        import_file(name)
    assert info.value.matches(Ama.error_quark(), code)
    assert words in info.value.message


# The one response table as Word, LibreOffice's PDF of it, Word's web
# page and a TSV copied out of Word (make-fixtures.py writes them from
# one list of rows): the same facts from each, detected by content.
@pytest.mark.parametrize("name", ["cabinet-response.docx", "cabinet-response.pdf",
                                  "cabinet-response.html", "cabinet-response.tsv"])
def test_same_table_in_every_format(name):
    review, _ = import_file(name)
    recs = list(review.get_recommendations())
    assert [r.get_number() for r in recs] == ["1", "2", "3"]
    assert [r.get_response().get_decision() for r in recs] == [
        Ama.Decision.ACCEPTED, Ama.Decision.REJECTED, Ama.Decision.ACCEPTED]
    assert recs[0].get_response().get_officer().get_name() == "Jane Porter"
    assert recs[1].get_response().get_officer().get_name() == "Mark Ellis"
    assert recs[1].get_response().get_officer().get_role() == "Head of Access"
    assert recs[2].get_text() == "That drivers receive refresher safeguarding training every year."
    assert recs[2].get_response().get_text() == "Training will be added to contracts from September."
