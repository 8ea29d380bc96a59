#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Build this fixture's document.docx, document.txt and document.tsv.

Run with Debian's /usr/bin/python3 (needs python3-docx).  The wording is
our paraphrase of the draft example tracker in Annex A of a City of York
Council report (see SOURCE.md).  Layout kept from the original Word annex:
title and intro paragraphs, a nine-column table (Reference, Origin, Date,
Area, Recommendation, Exec Date, Lead Officer/EM, Action taken, Status),
owners as slash-joined initials, a bulleted list inside one "Action taken"
cell, trailing empty rows, and a "Key" section after the table whose Status
entry is itself a bulleted list.
"""
import csv, io, os
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))

TITLE = ["ANNEX A", "Scrutiny Recommendation Tracker (DRAFT EXAMPLE) ",
         "A sample of how Members will see this information; the key below explains each column."]
HEAD = ["Reference", "Origin", "Date", "Area", "Recommendation", "Exec Date", "Lead Officer/EM", "Action taken", "Status"]
# Each cell is a list of paragraphs; ("•", text) marks a bulleted paragraph.
ROWS = [
    [["SR (25/26) 01"], ["CRP"], ["01/01/26"], ["Finance"], ["Complete wording of the recommendation…"], ["01/02/26"], ["RB/TH/JN"],
     ["The actions agreed were:", ("•", "Action 1"), ("•", "Action 2"), "All of these actions were finished by X date."], ["Complete"]],
    [["SR (25/26) 02"], ["CRP"], ["01/01/26"], ["Finance"], ["That XYZ be delivered by…"], ["01/02/26"], ["RB/TH/JN"],
     ["Outline of progress so far and of further work planned..."], ["Ongoing"]],
    [["SR (25/26) 03"], ["PPL"], ["01/02/26"], ["ASC"], ["That XYZ…"], ["01/03/26"], ["AC/MFW"], ["As for the row above…"], ["Ongoing"]],
    [["SR (25/26) 04"], ["PLC"], ["01/02/26"], ["Health"], ["That ABC…"], ["01/03/26"], ["GT/MFW"], ["Details of the action taken."], ["Complete"]],
    [["SR (23/24) 19"], ["CSMC"], ["01/04/24"], ["Governance"], ["That ABC be delivered by..."], ["01/05/24"], ["HK/BE"],
     ["Details, with reasons where known, of why progress has stalled or been paused, e.g. lack of capacity or a change in national policy."], ["e.g. Paused"]],
]
BLANK_ROWS = 3
KEY = [
    ("Key", None),
    ("Reference:", "Every recommendation gets a reference showing the municipal year in which it was made."),
    ("Origin:", "CRP (Corporate Scrutiny Committee); PPL (People Scrutiny Committee); PLC (Place Scrutiny Committee); further abbreviations can be added if Members want recommendations of earlier Committees reviewed."),
    ("Date:", " Date of the Committee meeting at which the recommendation was agreed."),
    ("Area:", "Directorate/Portfolio area as relevant."),
    ("Exec Date:", "Date on which the Executive considered the recommendation."),
    ("Lead Officer/EM:", "Name or initials as relevant."),
    ("Action taken:", "Short account of the actions so far."),
    ("Status:", None),
]
STATUS_KEY = ["Green: recommendation achieved – no further monitoring needed;",
              "Amber: progress is acceptable – keep monitoring;",
              "Red: progress is not acceptable – lead officer to explain to the Committee."]

def para_text(p):
    return p[1] if isinstance(p, tuple) else p

def build():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
    for i, t in enumerate(TITLE):
        p = doc.add_paragraph(); r = p.add_run(t); r.bold = i < 2
    table = doc.add_table(rows=1, cols=len(HEAD)); table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, HEAD):
        c.paragraphs[0].add_run(h).bold = True
    for row in ROWS:
        cells = table.add_row().cells
        for c, paras in zip(cells, row):
            first = True
            for p in paras:
                if isinstance(p, tuple):
                    para = c.add_paragraph(p[1], style="List Bullet")
                elif first:
                    c.paragraphs[0].add_run(p)
                else:
                    c.add_paragraph(p)
                first = False
    for _ in range(BLANK_ROWS):
        for c in table.add_row().cells:
            c.paragraphs[0].add_run(" ")
    doc.add_paragraph(" ")
    for label, text in KEY:
        p = doc.add_paragraph(); p.add_run(label).bold = True
        if text is not None:
            p.add_run(text)
    for s in STATUS_KEY:
        doc.add_paragraph(s, style="List Bullet")
    doc.save(os.path.join(HERE, "document.docx"))

    # document.txt: plain-text paste of the whole Word annex (one line per
    # paragraph; bullets come out as "·" plus a tab-like gap).
    lines = list(TITLE) + HEAD
    for row in ROWS:
        for paras in row:
            for p in paras:
                lines.append("·         " + p[1] if isinstance(p, tuple) else p)
    lines += [" "] * (BLANK_ROWS * len(HEAD)) + [" ", " "]
    for label, text in KEY:
        lines.append(label + (text or ""))
    lines += ["·        " + s for s in STATUS_KEY]
    with open(os.path.join(HERE, "document.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")

    # document.tsv: the table pasted into a spreadsheet; bulleted cell is
    # quoted with embedded line breaks; title and key rows are one cell.
    buf = io.StringIO(); w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    for t in TITLE:
        w.writerow([t])
    w.writerow(HEAD)
    for row in ROWS:
        w.writerow(["\n".join(para_text(p) for p in paras) for paras in row])
    for _ in range(BLANK_ROWS):
        w.writerow([" "] * len(HEAD))
    w.writerow([])
    for label, text in KEY:
        w.writerow([label + (text or "")])
    for s in STATUS_KEY:
        w.writerow([s])
    with open(os.path.join(HERE, "document.tsv"), "w") as f:
        f.write(buf.getvalue())

if __name__ == "__main__":
    build()
