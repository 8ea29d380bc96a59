#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Build this fixture's document.docx, document.txt and document.tsv.

Run with Debian's /usr/bin/python3 (needs python3-docx).  The wording is
our paraphrase of a Maidstone Borough Council SCRAIP (see SOURCE.md); the
layout follows the original Word form: heading lines with tab-separated
labels, a five-column table whose header cells carry footnote markers,
"Cabinet" and "Member" as two paragraphs in one header cell, an empty
paragraph closing the Response header and each recommendation cell, and
the "Notes on the completion of SCRAIP" footnotes after the table.
"""
import csv, io, os
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = {'preamble': ['SCRUTINY COMMITTEE RECOMMENDATION ACTION AND IMPLEMENTATION PLAN (SCRAIP)',
              ' ',
              'Committee:\tCorporate Services Overview and Scrutiny Committee',
              ' ',
              'Meeting Date:\t6 November 2012',
              ' ',
              'Minute №:\t44',
              ' ',
              'Topic:\tQuarter 1 Key Performance Indicator Report 2012/13',
              ' '],
 'rows': [[['The quarterly performance report should use the word ‘trend’ in place of ‘direction of travel’;',
            ' '],
           ['Ewan Hartley'],
           ['I welcome the Committee’s recommendation and agree that plain English should be used wherever '
            'we can. The two terms do not mean the same thing, though, so putting ‘trend’ in place of '
            'direction of travel would not be right. A trend is when an indicator’s performance has kept '
            'moving one way over a period; direction of travel compares performance at one point in time '
            'with another, and performance may have gone up and down in between. For instance, an '
            'indicator’s direction of travel can show as improved against the same quarter last year while '
            'its overall trend is downward. To cut down on jargon we will shorten the term to direction.'],
           [' '],
           ['Carla Webb']]]}

HEADERS = [["Recommendation[i]"], ["Cabinet", "Member[ii]"], ["Response[iii]", " "], ["Timetable[iv]"], ["Lead Officer[v]"]]
NOTES = [
    "[i] Recommendations are copied here as they appear in the report.",
    "[ii] Enter in this box the Cabinet Member whose portfolio covers the recommendation.",
    "[iii] Whoever responds to the recommendation (Officer or Cabinet Member) should state in this box whether it is accepted or rejected.",
    "If a recommendation is rejected, give the reason for rejecting it. The ‘timetable’ and ‘lead officer’ boxes may then be left empty.",
    "If a recommendation is accepted, set out the action that will be taken.",
    "[iv] Give the date by which the action will be done.",
    "[v] Name the officer who will lead the action.",
]

def build():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    style = doc.styles["Normal"]; style.font.name = "Arial"; style.font.size = Pt(11)
    lines = []
    for text in DATA["preamble"]:
        p = doc.add_paragraph()
        r = p.add_run(text.replace("\t", "\t"))
        if text.isupper() or text.startswith("APPENDIX") or text.startswith("Appendix"):
            r.bold = True
        lines.append(text)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, paras in zip(table.rows[0].cells, HEADERS):
        cell.paragraphs[0].add_run(paras[0]).bold = True
        for extra in paras[1:]:
            cell.add_paragraph().add_run(extra).bold = True
    for row in DATA["rows"]:
        cells = table.add_row().cells
        for cell, paras in zip(cells, row):
            if not paras:
                continue
            cell.paragraphs[0].add_run(paras[0])
            for extra in paras[1:]:
                cell.add_paragraph(extra)
    doc.add_paragraph(" ")
    doc.add_paragraph("Notes on the completion of SCRAIP").runs[0].bold = True
    for n in NOTES:
        doc.add_paragraph(n)
    doc.save(os.path.join(HERE, "document.docx"))

    # document.txt: what select-all + copy of the Word document gives when
    # pasted as plain text: one line per paragraph, table cells in reading
    # order, each cell's paragraphs on their own lines, empty cells dropped.
    for paras in HEADERS:
        lines.extend(paras)
    for row in DATA["rows"]:
        for paras in row:
            lines.extend(paras)
    lines.append(" ")
    lines.append("Notes on the completion of SCRAIP")
    lines.extend(NOTES)
    with open(os.path.join(HERE, "document.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")

    # document.tsv: the document pasted into a spreadsheet and saved as
    # tab-separated text; heading paragraphs become one- or two-cell rows,
    # multi-paragraph cells are quoted with embedded line breaks.
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    for text in DATA["preamble"]:
        w.writerow(text.split("\t"))
    w.writerow(["\n".join(p) for p in HEADERS])
    for row in DATA["rows"]:
        w.writerow(["\n".join(p).strip() for p in row])
    w.writerow([])
    w.writerow(["Notes on the completion of SCRAIP"])
    for n in NOTES:
        w.writerow([n])
    with open(os.path.join(HERE, "document.tsv"), "w") as f:
        f.write(buf.getvalue())

if __name__ == "__main__":
    build()
