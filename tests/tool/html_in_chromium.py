#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The HTML report in a real browser (headless Chromium).

usage: html_in_chromium.py AMA-TOOL [OUTPUT-DIR]

1. A review whose texts carry <script> and <img onerror> is written as
   HTML by `ama report`; Chromium's DOM after load has no element that
   came from the text, and the title the scripts would change is intact.
2. The bundled Rotherham review and the hostile review are rendered to
   PNG (kept in OUTPUT-DIR to look at) and the pictures are not blank.
3. Printed to PDF, every page is A4 (the report's print CSS).

Exits 77 (skipped, for meson) when chromium is not installed.
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SKIP = 77


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(browser, profile, *args):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}", *args]
    # The sanitizer CI stage preloads libasan into every process of the GI
    # suites; the browser is not our code, and under the preload it hangs.
    env = {k: v for k, v in os.environ.items()
           if k not in ("LD_PRELOAD", "ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS")}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL, env=env)


def png_pixels(path):
    """(width, height, raw scanlines) of an 8-bit RGB/RGBA PNG, stdlib only."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, channels, zlib.decompress(idat)


def scanlines(path):
    """Yield the unfiltered rows of the PNG (RFC 2083 filters 0-4)."""
    width, height, channels, raw = png_pixels(path)
    stride = width * channels
    prev = bytearray(stride)
    pos = 0
    for _ in range(height):
        kind = raw[pos]
        row = bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up = prev[i]
            upleft = prev[i - channels] if i >= channels else 0
            if kind == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else upleft)
                row[i] = (row[i] + pred) & 0xFF
        prev = row
        yield channels, bytes(row)


def distinct_colours(path):
    colours = set()
    for y, (channels, row) in enumerate(scanlines(path)):
        if y % 4:
            continue
        for x in range(0, len(row), channels * 3):
            colours.add(row[x:x + 3])
    return colours


def main():
    tool = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="ama-chromium-")
    browser = chromium()
    if browser is None:
        print("SKIP: chromium is not installed")
        return SKIP

    import fixtures   # needs GI_TYPELIB_PATH/LD_LIBRARY_PATH (meson's test env)

    root = os.environ.get("AMA_SOURCE_ROOT", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    os.makedirs(out_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="ama-chromium-")
    profile = os.path.join(work, "profile")
    try:
        hostile_json = os.path.join(work, "hostile.json")
        with open(hostile_json, "w", encoding="utf-8") as f:
            f.write(fixtures.review_data(fixtures.make_hostile_review()))
        hostile_html = os.path.join(out_dir, "hostile-report.html")
        r = subprocess.run([tool, "report", hostile_json, "--as-of", "2018-06-30",
                            "--samples", "2000", "-o", hostile_html], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr

        # 1. Nothing from the text becomes an element, nothing runs.
        dom = run_chromium(browser, profile, "--dump-dom", "file://" + hostile_html)
        assert dom.returncode == 0, dom.stderr
        html = dom.stdout
        assert "<table" in html, "the browser did not render the report"
        for tag in ("script", "img", "iframe", "em", "u", "i", "b"):
            assert not re.search(rf"<{tag}[\s>]", html), f"an injected <{tag}> element is in the DOM"
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert "PWNED" not in title and title.startswith("Review of &lt;b&gt;bold"), title
        assert "&lt;script&gt;window.__pwned = 1" in html
        assert not re.search(r"<[a-z]+[^>]*\sonerror=", html), "an element has an onerror attribute"
        print("ok 1 - hostile text stays text in Chromium's DOM")

        # 2. Screenshots: the response table renders, the page is not blank.
        bundled_html = os.path.join(out_dir, "rotherham-report.html")
        r = subprocess.run([tool, "report", os.path.join(root, "examples", "data", "rotherham-ama-2017.json"),
                            "--as-of", "2018-03-31", "-o", bundled_html], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        for name in ("rotherham-report", "hostile-report"):
            png = os.path.join(out_dir, name + ".png")
            shot = run_chromium(browser, profile, "--window-size=1200,1600", f"--screenshot={png}",
                                "file://" + os.path.join(out_dir, name + ".html"))
            assert shot.returncode == 0 and os.path.exists(png), shot.stderr
            width, height, _, _ = png_pixels(png)
            assert (width, height) == (1200, 1600), (width, height)
            colours = distinct_colours(png)
            # Text, rules and coloured decision badges: far more than a
            # blank page's one or two colours.
            assert len(colours) > 20, f"{png} looks blank ({len(colours)} colours)"
            print(f"ok - {png} ({len(colours)} colours sampled)")

        # 3. Printing: the print CSS asks for A4, and Chromium obeys.
        pdf = os.path.join(out_dir, "rotherham-report.pdf")
        printed = run_chromium(browser, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                               "file://" + bundled_html)
        assert printed.returncode == 0 and os.path.exists(pdf), printed.stderr
        boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", open(pdf, "rb").read())
        assert boxes, "no page in the PDF"
        landscape = 0
        for w, h in boxes:
            # A4 is 595.28 x 841.89 points; the response table is printed
            # on A4 landscape pages (a named @page), the rest portrait.
            w, h = float(w), float(h)
            if w > h:
                w, h = h, w
                landscape += 1
            assert abs(w - 595.28) < 1.5 and abs(h - 841.89) < 1.5, (w, h)
        assert 0 < landscape < len(boxes), (landscape, len(boxes))
        print(f"ok - printed on {len(boxes)} A4 pages, {landscape} of them landscape for the response table")

        # 4. No word is broken mid-word ("No updat e record ed"): two
        # neighbouring pieces of the printed text that are not words of
        # the report but join into one.
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
            html = open(bundled_html, encoding="utf-8").read()
            body = re.sub(r"<style.*?</style>|<svg.*?</svg>", " ", html, flags=re.S)
            vocabulary = set(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", body)))
            tokens = re.findall(r"\w+", text)
            broken = [(a, b) for a, b in zip(tokens, tokens[1:])
                      if a + b in vocabulary and a not in vocabulary and b not in vocabulary]
            assert not broken, f"words broken across lines: {broken[:10]}"
            print(f"ok - no word broken across lines ({len(tokens)} words printed)")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
