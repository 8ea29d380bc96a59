#!/usr/bin/python3
"""Builds the .docx fixtures beside this script with python3-docx.

Run: /usr/bin/python3 tests/data/documents/make-fixtures.py
The layouts follow real council papers (see README.md); the words are ours.
"""
import os
import docx

HERE = os.path.dirname(os.path.abspath(__file__))


CABINET_TITLE = "Cabinet's Response to the Scrutiny Review of Home to School Transport"
CABINET_HEADER = ["No.", "Recommendation", "Agreed / Not Agreed", "Executive Response", "Officer Responsible"]
CABINET_ROWS = [
    ("1", "That the Council publishes its travel policy on one web page.", "Agreed",
     "The policy page will be revised by March 2019.", "Cllr Jane Porter"),
    ("2", "That eligibility letters are sent before the end of the summer term.", "Not Agreed",
     "Letters depend on admissions dates set nationally.", "Mark Ellis, Head of Access"),
    ("3", "That drivers receive refresher safeguarding training every year.", "Agreed",
     "Training will be added to contracts from September.", "Mark Ellis, Head of Access"),
]


def cabinet_response():
    d = docx.Document()
    d.add_heading(CABINET_TITLE, level=1)
    d.add_paragraph("The recommendations of the Children and Young People Scrutiny Panel "
                    "and the Executive's responses are set out below.")
    t = d.add_table(rows=1, cols=5)
    hdr = CABINET_HEADER
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = CABINET_ROWS
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("Date of Cabinet: 12 February 2019")
    d.save(os.path.join(HERE, "cabinet-response.docx"))


if __name__ == "__main__":
    cabinet_response()


def merged_officer():
    """One officer cell merged down over two rows (w:vMerge), no decision column."""
    d = docx.Document()
    d.add_heading("Response to the Review of Parks and Open Spaces", level=1)
    t = d.add_table(rows=4, cols=4)
    for i, h in enumerate(["No.", "Recommendation", "Response", "Lead Officer"]):
        t.rows[0].cells[i].text = h
    body = [("1", "That the parks strategy is refreshed.", "Agreed - the refresh starts in May.", "Ann Lee"),
            ("2", "That play areas are inspected monthly.", "Agreed.", None),
            ("3", "That volunteers are thanked each year.", "Not agreed.", None)]
    for r, row in enumerate(body, start=1):
        for c, v in enumerate(row):
            if v is not None:
                t.rows[r].cells[c].text = v
    t.cell(2, 3).merge(t.cell(3, 3)).text = "Tom Hart"
    d.save(os.path.join(HERE, "merged-officer.docx"))


def bad_inputs():
    import zipfile
    good = open(os.path.join(HERE, "cabinet-response.docx"), "rb").read()
    # truncated: the central directory is lost
    open(os.path.join(HERE, "bad-truncated.docx"), "wb").write(good[: len(good) // 2])
    # a zip with no word/document.xml
    with zipfile.ZipFile(os.path.join(HERE, "bad-no-document.docx"), "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/styles.xml", "<w:styles xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'/>")
    # malformed XML in the body
    with zipfile.ZipFile(os.path.join(HERE, "bad-malformed.docx"), "w") as z:
        z.writestr("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>\n<w:body><w:p></w:body>")
    # a zip bomb: 80 MiB of zeros that deflate to a few KiB
    with zipfile.ZipFile(os.path.join(HERE, "bad-bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (80 * 1024 * 1024))


def cabinet_response_twins():
    """The same table as cabinet-response.docx, as a user may also hold
    it: a TSV copied out of Word, and the page Word writes with "Save as
    Web Page, Filtered" (MsoTableGrid, p.MsoNormal in every cell, bold
    header cells rather than th, the windows-1252 charset declared)."""
    with open(os.path.join(HERE, "cabinet-response.tsv"), "w", encoding="utf-8", newline="") as f:
        for r in [CABINET_HEADER, *CABINET_ROWS]:
            f.write("\t".join(r) + "\r\n")

    def td(text, bold=False):
        inner = "<b>%s</b>" % text if bold else text
        return ("<td width=120 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>\n"
                "  <p class=MsoNormal>%s</p>\n  </td>\n" % inner)

    esc = lambda t: t.replace("&", "&amp;")
    rows = "".join("<tr>\n" + "".join(td(esc(c), bold) for c in r) + "</tr>\n"
                   for r, bold in [(CABINET_HEADER, True)] + [(r, False) for r in CABINET_ROWS])
    page = ("<html>\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n<style>\n<!--\n"
            " p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Arial\",sans-serif;}\n-->\n</style>\n"
            "</head>\n\n<body lang=EN-GB>\n\n<div class=WordSection1>\n\n"
            "<h1>%s</h1>\n\n<p class=MsoNormal>The recommendations of the Children and Young People "
            "Scrutiny Panel\nand the Executive&#8217;s responses are set out below.</p>\n\n"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
            " style='border-collapse:collapse;border:none'>\n%s</table>\n\n"
            "<p class=MsoNormal>Date of Cabinet: 12 February 2019</p>\n\n</div>\n\n</body>\n\n</html>\n"
            % (esc(CABINET_TITLE), rows))
    with open(os.path.join(HERE, "cabinet-response.html"), "w", encoding="windows-1252", newline="\r\n") as f:
        f.write(page)


if __name__ == "__main__":
    merged_officer()
    bad_inputs()
    cabinet_response_twins()
