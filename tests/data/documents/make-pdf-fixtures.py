#!/usr/bin/python3
"""Builds the PDF fixtures beside this script: a .docx with python3-docx,
turned into PDF once with LibreOffice (soffice --headless). The PDFs are
committed; tests never need LibreOffice.

Run: /usr/bin/python3 tests/data/documents/make-pdf-fixtures.py
The layouts follow real council papers (see README.md); the words are ours.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(s, side, Cm(2))
    s.top_margin = s.bottom_margin = Cm(2)


def page_field(paragraph, prefix):
    """'Page N' with N the PAGE field, so it changes from page to page."""
    paragraph.add_run(prefix)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    tr_pr.append(h)


def table(d, header, rows, widths):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.autofit = False
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            if isinstance(v, list):  # paragraphs (bullets) inside the cell
                cells[i].text = v[0]
                for extra in v[1:]:
                    cells[i].add_paragraph(extra)
            else:
                cells[i].text = v
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)  # the grid, which LibreOffice follows
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def cabinet_response_landscape(path):
    """A Cabinet response table over two landscape pages: six columns as
    in the Rotherham seeds (Recommendation, Cabinet Decision (Accepted/
    Rejected/ Deferred), Cabinet Response, Officer Responsible, Action by
    (Date)) with a "No." column in front, the header row repeated on each
    page, a running header and a "Page N" footer, bullets in one cell."""
    d = docx.Document()
    landscape(d)
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Northfield Borough Council \u2013 Cabinet 9 March 2026"
    page_field(sec.footer.paragraphs[0], "Page ")
    d.add_heading("Cabinet\u2019s Response to Scrutiny Review of Library Opening Hours", level=1)
    d.add_paragraph("The Improving Places Select Commission reported to Cabinet on "
                    "12 January 2026. The Cabinet\u2019s response to each recommendation follows.")
    header = ["No.", "Recommendation", "Cabinet Decision (Accepted/ Rejected/ Deferred)",
              "Cabinet Response", "Officer Responsible", "Action by (Date)"]
    long = ("The opening hours review found that evening use is highest on weekdays "
            "between five and seven, and lowest on Saturday afternoons. ")
    rows = [
        ("1", "That the central library opens until 7pm on Tuesdays and Thursdays.",
         "Accepted", "Evening opening starts with the spring timetable; staff rotas have "
         "been agreed with the trade unions.", "Helen Marsh", "30 April 2026"),
        ("2", "That branch libraries share one booking system for meeting rooms.",
         "Accepted", ["The current systems will be replaced in two steps:",
                      "\u2022 the three largest branches move first;",
                      "\u2022 the remaining branches follow after a review."],
         "Daniel Okafor", "31 October 2026"),
        ("3", "That Saturday afternoon opening ends at the two smallest branches.",
         "Rejected", "Cabinet values Saturday opening for working families and will not "
         "reduce it; savings will be found from the stock budget instead.",
         "Helen Marsh", ""),
        ("4", "That volunteers run a homework club at each branch after school.",
         "Deferred", long * 2 + "Cabinet will reconsider this once the volunteer "
         "strategy has been adopted.", "Priya Nair", "September 2026"),
        ("5", "That opening hours are shown on every branch door and on the website "
         "in the same format.", "Accepted", long * 3 + "New signs will be installed "
         "with the next maintenance visit.", "Daniel Okafor", "31 July 2026"),
        ("6", "That the Commission receives a report on visitor numbers after one year.",
         "Accepted", "A report will come to the Commission in March 2027.",
         "Helen Marsh", "31 March 2027"),
    ]
    table(d, header, rows, [1.3, 6.0, 3.6, 8.3, 3.3, 3.2])
    d.add_paragraph("Signed on behalf of the Cabinet, 9 March 2026.")
    d.save(path)


def response_three_pages(path):
    """The same Cabinet response layout, portrait, with the table at the
    very top of page 1 (no heading above it) and fourteen rows over three
    pages: the header row repeated at the top of each page must be read
    as the table's header, not dropped as a running page header."""
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    page_field(sec.footer.paragraphs[0], "Page ")
    header = ["No.", "Recommendation", "Cabinet Decision (Accepted/ Rejected/ Deferred)",
              "Cabinet Response", "Officer Responsible", "Action by (Date)"]
    officers = ["Sarah Quinn", "Tom Bell", "Asha Patel"]
    months = ["January", "February", "March", "April", "May", "June", "July"]
    rows = []
    for i in range(1, 15):
        decision = "Rejected" if i % 5 == 0 else "Accepted"
        rows.append((str(i),
                     "That the council reviews cemetery service %d and publishes "
                     "the findings with a plan for each site it manages." % i,
                     decision,
                     "The service will carry out review %d with the bereavement "
                     "team and report the results to the Cabinet Member; the "
                     "plan for each site follows within three months of the "
                     "review. Families who use the sites will be asked for their "
                     "views before any change is made." % i,
                     officers[i % 3],
                     "" if decision == "Rejected" else "%d %s 2027" % (i + 1, months[i % 7])))
    table(d, header, rows, [1.1, 4.2, 2.6, 5.2, 2.4, 2.3])
    d.save(path)


def scraip(path):
    """A SCRUTINY COMMITTEE RECOMMENDATION ACTION AND IMPLEMENTATION PLAN
    (Maidstone's SCRAIP): labelled lines above a table "Recommendation[i] |
    Cabinet Member[ii] | Response[iii] | Timetable[iv] | Lead Officer[v]",
    lettered recommendations a) to d), "Meeting held by" and a date in the
    Timetable cell, the notes on completion below."""
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph("SCRUTINY COMMITTEE RECOMMENDATION ACTION AND IMPLEMENTATION PLAN (SCRAIP)")
    d.add_paragraph("Appendix B")
    d.add_paragraph("Committee: Communities and Leisure Overview and Scrutiny Committee")
    d.add_paragraph("Meeting Date: 4 February 2025")
    d.add_paragraph("Minute \u2116: 57")
    d.add_paragraph("Topic: Review of Allotment Provision")
    header = ["Recommendation[i]", "Cabinet Member[ii]", "Response[iii]", "Timetable[iv]",
              "Lead Officer[v]"]
    rows = [
        ("a) A survey of allotment holders is carried out to find out how many plots are "
         "not cultivated;", "Councillor Reid", "Agreed; the survey form has been drafted",
         ["Survey completed by", "30 April 2025"], "Owen Fletcher"),
        ("b) The waiting list is published on the council website each quarter;",
         "Councillor Reid", "Agreed. The list is now on the website.", "Completed",
         "Owen Fletcher"),
        ("c) Water charges for plot holders are frozen for the next two years; and",
         "Councillor Reid / The Leader", "Not agreed: charges follow the supplier\u2019s "
         "prices", "", ""),
        ("d) Parish councils are asked whether they can offer land for new sites.",
         "Councillor Reid", "Agreed", "Completed", "Owen Fletcher"),
    ]
    table(d, header, rows, [5.2, 2.6, 4.0, 2.8, 2.6])
    d.add_paragraph("Notes on the completion of SCRAIP")
    d.add_paragraph("[i] Recommendations are copied as they appear in the report.")
    d.add_paragraph("[ii] The Cabinet Member whose portfolio covers the recommendation.")
    d.save(path)


def png_bytes(width, height):
    """A grey PNG with a dark band: a page image without any text."""
    raw = b""
    for y in range(height):
        shade = 40 if height // 3 < y < height // 2 else 200
        raw += b"\x00" + bytes([shade]) * width
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def scan(path, tmp):
    """A scanned page: one image, no text layer."""
    png = os.path.join(tmp, "scan.png")
    with open(png, "wb") as f:
        f.write(png_bytes(200, 280))
    d = docx.Document()
    d.add_picture(png, width=Cm(15))
    d.save(path)


def convert(docx_path, outdir, pdf_name, filter_options=None):
    target = "pdf" if filter_options is None else "pdf:writer_pdf_Export:" + filter_options
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", outdir,
                    docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, os.path.join(HERE, pdf_name))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        env_home = os.path.join(tmp, "home")  # LibreOffice's profile, not the user's
        os.makedirs(env_home)
        os.environ["HOME"] = env_home
        made = {
            "cabinet-response-landscape": cabinet_response_landscape,
            "scraip": scraip,
            "response-three-pages": response_three_pages,
        }
        for name, build in made.items():
            p = os.path.join(tmp, name + ".docx")
            build(p)
            convert(p, tmp, name + ".pdf")
        # The Word fixture of make-fixtures.py as LibreOffice prints it:
        # the PDF must import to the same review as the .docx.
        shutil.copy(os.path.join(HERE, "cabinet-response.docx"), tmp)
        convert(os.path.join(tmp, "cabinet-response.docx"), tmp, "cabinet-response.pdf")
        p = os.path.join(tmp, "scan-no-text.docx")
        scan(p, tmp)
        convert(p, tmp, "bad-scan-no-text.pdf")
        # An encrypted PDF (a password to open it), with LibreOffice's own
        # export options.
        p = os.path.join(tmp, "encrypted.docx")
        scraip(p)
        convert(p, tmp, "bad-encrypted.pdf",
                '{"EncryptFile":{"type":"boolean","value":"true"},'
                '"DocumentOpenPassword":{"type":"string","value":"secret"}}')
    # Damaged files cut from a good one
    with open(os.path.join(HERE, "scraip.pdf"), "rb") as f:
        good = f.read()
    with open(os.path.join(HERE, "bad-truncated.pdf"), "wb") as f:
        f.write(good[: len(good) // 2])
    with open(os.path.join(HERE, "bad-garbage.pdf"), "wb") as f:
        f.write(b"%PDF-1.7\n" + bytes((i * 131 + 7) % 256 for i in range(4096)))


if __name__ == "__main__":
    sys.exit(main())
