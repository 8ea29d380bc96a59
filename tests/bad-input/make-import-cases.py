#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Writes the generated importer cases of tests/bad-input/import/ (the
# ones named docx-*, html-*, oparl-*, and the extra delimited and text
# cases): damaged Word zips, hostile HTML, broken OParl JSON. Each is
# small enough to commit; rerunning gives the same bytes. The expected
# code and place of each is in import-cases.txt, written from what the
# file is (which member, which line), not from the importer's output.
#
#   /usr/bin/python3 tests/bad-input/make-import-cases.py

import io
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "import")
FIXED = (2017, 10, 18, 0, 0, 0)

CT = ('<?xml version="1.0" encoding="UTF-8"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def doc(body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<w:document %s><w:body>%s</w:body></w:document>\n'
            % (W, body))


def para(text):
    return "<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % text


def cell(text):
    return "<w:tc>%s</w:tc>" % para(text)


def table(rows):
    return "<w:tbl>%s</w:tbl>" % "".join(
        "<w:tr>%s</w:tr>" % "".join(cell(c) for c in r) for r in rows)


GOOD_TABLE = table([["Recommendation", "Response", "Lead officer", "Action by"],
                    ["1. Publish the visit notes", "Accepted", "Jo Bloggs", "March 2018"]])


def zip_bytes(members, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = method
            z.writestr(info, data)
    return buf.getvalue()


def docx(body, extra=()):
    return zip_bytes([("[Content_Types].xml", CT), *extra, ("word/document.xml", doc(body))])


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    good = docx(GOOD_TABLE)
    write("docx-no-document-xml.docx", zip_bytes([("[Content_Types].xml", CT), ("word/styles.xml", "<x/>")]))
    write("docx-dotdot-member.docx", docx(GOOD_TABLE, [("../../etc/evil.xml", "<x/>")]))
    write("docx-absolute-member.docx", docx(GOOD_TABLE, [("/etc/evil.xml", "<x/>")]))
    write("docx-backslash-member.docx", docx(GOOD_TABLE, [("word\\..\\..\\evil.xml", "<x/>")]))
    # 200 MB of spaces inside the document: far over the expansion limit.
    bomb_xml = doc(para("x") + " " * (200 * 1024 * 1024))
    write("docx-bomb-document.docx", docx_raw_deflate(bomb_xml))
    write("docx-truncated-xml.docx", zip_bytes([("[Content_Types].xml", CT),
                                                ("word/document.xml", doc(GOOD_TABLE)[:180])]))
    write("docx-not-xml.docx", zip_bytes([("[Content_Types].xml", CT), ("word/document.xml", "PK not xml at all")]))
    write("docx-entity-loop.docx", zip_bytes([("[Content_Types].xml", CT), ("word/document.xml",
          '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "&b;"><!ENTITY b "&a;">]>\n<w:document %s>&a;</w:document>' % W)]))
    write("docx-deep-nesting.docx", zip_bytes([("[Content_Types].xml", CT), ("word/document.xml",
          '<?xml version="1.0"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
          % (W, "<w:sdt>" * 100000, "</w:sdt>" * 100000))]))
    write("docx-empty-body.docx", docx(""))
    write("docx-prose-only.docx", docx(para("The panel met three times in the autumn.") +
                                       para("Members thanked the officers for their help.")))
    write("docx-header-row-only.docx", docx(table([["Recommendation", "Response", "Lead officer"]])))
    write("docx-truncated-half.docx", good[:len(good) // 2])
    write("docx-no-central-directory.docx", good[:good.rfind(b"PK\x01\x02")])
    write("docx-crc-mismatch.docx", flip_stored_byte(zip_bytes([("[Content_Types].xml", CT),
                                                                ("word/document.xml", doc(GOOD_TABLE))],
                                                               zipfile.ZIP_STORED)))
    write("docx-encrypted-member.docx", set_flag(good, "word/document.xml", 0x1))
    write("docx-unknown-method.docx", set_method(good, "word/document.xml", 14))
    write("docx-corrupt-deflate.docx", corrupt_deflate(good, "word/document.xml"))
    write("docx-member-size-lies.docx", set_sizes(good, "word/document.xml", 0xFFFFFFF0))
    write("docx-empty-zip.docx", zip_bytes([]))
    write("docx-document-is-folder.docx", zip_bytes([("[Content_Types].xml", CT), ("word/document.xml/", "")]))
    write("docx-nul-in-xml.docx", zip_bytes([("[Content_Types].xml", CT),
                                             ("word/document.xml", doc(para("a\0b")))]))

    # HTML
    # Elements left open, as broken exports leave them: 100,000 deep.
    write("html-deep-100000.html", "<!DOCTYPE html>\n<html><body>\n" + "<i>" * 100000 + "x\n</body></html>\n")
    write("html-empty-body.html", "<!DOCTYPE html>\n<html><head><title>Agenda item</title></head>\n<body></body></html>\n")
    write("html-script-only.html", "<!DOCTYPE html>\n<html><head><script>var r = '1. Accepted';</script></head>\n"
          "<body><script>document.write('Recommendation 1');</script></body></html>\n")
    write("html-not-moderngov.html", "<!DOCTYPE html>\n<html><head><title>Parking permits</title></head>\n<body>\n"
          "<h1>Parking permits</h1>\n<p>Apply online for a resident permit.</p>\n<ul><li>Prices</li><li>Zones</li></ul>\n"
          "</body></html>\n")
    write("html-frameset.html", "<!DOCTYPE html>\n<html><frameset cols=\"50%,50%\"><frame src=\"a.html\">"
          "<frame src=\"b.html\"></frameset></html>\n")
    write("html-table-no-recommendations.html", "<!DOCTYPE html>\n<html><body>\n<table>\n"
          "<tr><th>Date</th><th>Venue</th></tr>\n<tr><td>3 May</td><td>Town Hall</td></tr>\n</table>\n</body></html>\n")
    write("html-only-comments.html", "<!-- Recommendation 1: Accepted -->\n<!-- Lead officer: Jo Bloggs -->\n")

    # OParl
    write("oparl-not-json.json", "oparl: paper 1\n")
    write("oparl-truncated.json", '{"id": "https://example.org/oparl/paper/1", "type": "https://schema.oparl.org/1.1/Paper", "name": "Rep')
    write("oparl-type-not-string.json", '{"id": "https://example.org/oparl/paper/1", "type": 11}\n')
    write("oparl-deep.json", '{"type": "https://schema.oparl.org/1.1/Paper", "x": ' + "[" * 5000 + "]" * 5000 + "}\n")
    write("oparl-invalid-utf8.json", b'{"type": "https://schema.oparl.org/1.1/Paper", "name": "\xc3\x28"}\n')
    write("oparl-nul-byte.json", '{"type": "https://schema.oparl.org/1.1/Paper",\n "name": "a\0"}\n')

    # Delimited and text
    write("csv-bare-cr-quote.csv", 'Recommendation,Response\r"1. Publish\r,Accepted\r')
    write("tsv-binary-gzip.tsv", zlib.compress(b"Recommendation\tResponse\n1\tAccepted\n"))
    write("tsv-utf16-no-bom.tsv", "Recommendation\tResponse\n1. Publish\tAccepted\n".encode("utf-16-le"))
    write("tsv-only-tabs.tsv", "\t\t\t\n\t\t\t\n")
    write("tsv-no-recommendation-column.tsv", "Date\tVenue\tAttendees\n3 May 2017\tTown Hall\t7\n")
    write("txt-binary-zip.txt", good)
    write("minutes-binary-png.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    write("summary-invalid-utf8.txt", b"Review title: Caf\xe9 culture\nRecommendations\n1. Open\n")
    write("annex-nul-byte.txt", "Visits\n1. Leeds City\0 Council\n")


def docx_raw_deflate(xml):
    # zipfile would hold 200 MB in memory per call anyway; compress once.
    return zip_bytes([("[Content_Types].xml", CT), ("word/document.xml", xml)])


def find_local(data, name):
    """Offset of the local header of member @name."""
    off = 0
    while True:
        off = data.index(b"PK\x03\x04", off)
        n, m = struct.unpack_from("<HH", data, off + 26)
        if data[off + 30:off + 30 + n] == name.encode():
            return off
        off += 4


def find_central(data, name):
    off = 0
    while True:
        off = data.index(b"PK\x01\x02", off)
        n = struct.unpack_from("<H", data, off + 28)[0]
        if data[off + 46:off + 46 + n] == name.encode():
            return off
        off += 4


def patch(data, offsets_fmt_values):
    b = bytearray(data)
    for off, fmt, value in offsets_fmt_values:
        struct.pack_into(fmt, b, off, value)
    return bytes(b)


def set_flag(data, name, flag):
    lo, co = find_local(data, name), find_central(data, name)
    return patch(data, [(lo + 6, "<H", flag), (co + 8, "<H", flag)])


def set_method(data, name, method):
    lo, co = find_local(data, name), find_central(data, name)
    return patch(data, [(lo + 8, "<H", method), (co + 10, "<H", method)])


def set_sizes(data, name, size):
    lo, co = find_local(data, name), find_central(data, name)
    return patch(data, [(lo + 22, "<I", size), (co + 24, "<I", size)])


def flip_stored_byte(data):
    lo = find_local(data, "word/document.xml")
    n, m = struct.unpack_from("<HH", data, lo + 26)
    start = lo + 30 + n + m + 60
    b = bytearray(data)
    b[start] ^= 0x20
    return bytes(b)


def corrupt_deflate(data, name):
    lo = find_local(data, name)
    n, m = struct.unpack_from("<HH", data, lo + 26)
    start = lo + 30 + n + m
    b = bytearray(data)
    for i in range(4, 24):
        b[start + i] = 0xFF
    return bytes(b)


if __name__ == "__main__":
    main()
