# test_python_source.py: where an imported fact was read, from Python
#
# Copyright 2026 The libama authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Fixture: tests/data/documents/cabinet-response-landscape.pdf, two
# landscape pages; recommendations 1-5 are on page 1, 6 on page 2
# (pdftotext -layout shows it).

import json
import os
import subprocess

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "data", "documents")
AMA = os.path.join(os.environ.get("G_TEST_BUILDDIR", os.path.join(HERE, "..", "build", "tests")),
                   "..", "examples", "ama", "ama")


def import_file(name):
    importer = Ama.Importer.new()
    return importer.import_file(Gio.File.new_for_path(os.path.join(DOCS, name)), None)


def test_pdf_pages_from_python():
    recs = list(import_file("cabinet-response-landscape.pdf").get_recommendations())
    assert [r.props.source.get_page() for r in recs] == [1, 1, 1, 1, 1, 2]
    assert all(r.props.source.get_document() == "cabinet-response-landscape.pdf" for r in recs)
    # the header is row 1; each recommendation is a row of the one table
    assert [r.get_source().get_row() for r in recs] == [2, 3, 4, 5, 6, 7]
    response = recs[5].get_response()
    assert Ama.SourceRef.equal(response.props.source, recs[5].props.source)
    assert response.props.source.to_short_string() == "p. 2"


def test_source_survives_save_and_load():
    review = import_file("cabinet-response-landscape.pdf")
    data = review.to_data()
    saved = json.loads(data)
    assert saved["recommendations"][5]["source"]["page"] == 2
    assert "column" not in saved["recommendations"][5]["source"]
    back = Ama.Review.new_from_data(data.encode(), -1)
    rec = back.get_recommendations().get_item(5)
    assert rec.props.source.get_page() == 2
    assert rec.props.source.to_string().startswith("cabinet-response-landscape.pdf p. 2, line ")


def test_document_name_for_data():
    importer = Ama.Importer.new()
    importer.props.document_name = "https://example.org/response.tsv"
    tsv = ("Recommendation\tCabinet Decision\tResponse\tOfficer Responsible\tAction By\n"
           "1. That the policy is published.\tAccepted\tIt will be.\tJane Porter\tMarch 2019\n")
    review = importer.import_data(tsv.encode())
    source = review.get_recommendations().get_item(0).props.source
    assert (source.get_document(), source.get_line()) == ("https://example.org/response.tsv", 2)


def test_show_sources():
    assert os.path.exists(AMA), AMA
    path = os.path.join(DOCS, "cabinet-response-landscape.pdf")
    out = subprocess.run([AMA, "show", "--sources", path], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = [line.strip() for line in out.stdout.splitlines() if line.strip().startswith("Source:")]
    assert len(lines) == 6
    assert lines[0].startswith("Source:    [cabinet-response-landscape.pdf p. 1, line ")
    assert lines[0].endswith(", table row 2]")
    assert lines[5].startswith("Source:    [cabinet-response-landscape.pdf p. 2, line ")
    plain = subprocess.run([AMA, "show", path], capture_output=True, text=True, timeout=120)
    assert "Source:" not in plain.stdout
