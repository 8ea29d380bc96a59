# SPDX-License-Identifier: LGPL-2.1-or-later
"""The `ama` tool: every subcommand on every seed and on the bundled
review, its exit codes (0 success, 1 findings, 2 bad usage), its help,
and progress shown on a terminal only."""
import json
import os
import pty
import re
import subprocess
import sys
import threading

import gi
import pytest

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402

import icalendar  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "tool"))
import fixtures  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("AMA_SOURCE_ROOT", os.path.dirname(HERE))
BUILD_TESTS = os.environ.get("G_TEST_BUILDDIR", os.path.join(ROOT, "build", "tests"))
AMA = os.path.join(os.path.dirname(BUILD_TESTS), "examples", "ama", "ama")
BUNDLED = os.path.join(ROOT, "examples", "data", "rotherham-ama-2017.json")
SEED_DIR = os.path.join(ROOT, "tests", "data", "seeds")
SEEDS = sorted(os.path.join(SEED_DIR, f) for f in os.listdir(SEED_DIR))
INPUTS = SEEDS + [BUNDLED]
COMMANDS = ["import", "validate", "show", "report", "track", "appraise", "ics", "convert", "export"]
AS_OF = "2018-03-31"
DIAGNOSTIC = re.compile(r"^(?P<file>[^:]+):(?:(?P<line>\d+):)?(?:(?P<col>\d+):)? "
                        r"(?P<sev>error|warning|info): (?P<msg>.+)$")


def ama(*args, **kw):
    # Never a terminal unless asked: stdin closed, stdout/stderr pipes.
    return subprocess.run([AMA, *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120, **kw)


def ids(paths):
    return [os.path.basename(p) for p in paths]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.json"
    path.write_text(fixtures.review_data(fixtures.make_hostile_review()), encoding="utf-8")
    return str(path)


# ---- usage, help and exit codes ------------------------------------------

def test_binary_is_built():
    assert os.access(AMA, os.X_OK), AMA


def test_no_command_is_usage_error():
    r = ama()
    assert r.returncode == 2
    assert "Usage:" in r.stderr and "report" in r.stderr


def test_unknown_command_is_usage_error():
    r = ama("frobnicate")
    assert r.returncode == 2
    assert "frobnicate" in r.stderr


def test_top_level_help_and_version():
    r = ama("--help")
    assert r.returncode == 0
    for cmd in COMMANDS:
        assert f"  {cmd} " in r.stdout
    r = ama("--version")
    assert r.returncode == 0
    assert re.fullmatch(r"ama \(libama\) \d+\.\d+\.\d+\n", r.stdout)


@pytest.mark.parametrize("cmd", COMMANDS)
def test_each_command_has_help(cmd):
    r = ama(cmd, "--help")
    assert r.returncode == 0
    assert f"ama {cmd} [OPTION" in r.stdout
    same = ama("help", cmd)
    assert same.returncode == 0 and same.stdout == r.stdout


@pytest.mark.parametrize("cmd", COMMANDS)
def test_each_command_rejects_unknown_option(cmd):
    r = ama(cmd, "--no-such-option", BUNDLED)
    assert r.returncode == 2
    assert f"ama {cmd} --help" in r.stderr


@pytest.mark.parametrize("cmd", COMMANDS)
def test_each_command_needs_its_file(cmd):
    r = ama(cmd)
    assert r.returncode == 2
    assert "expected" in r.stderr


@pytest.mark.parametrize("cmd", ["report", "track", "ics", "validate"])
def test_bad_date_is_usage_error(cmd):
    r = ama(cmd, BUNDLED, "--as-of", "2018-02-30")
    assert r.returncode == 2
    assert "2018-02-30" in r.stderr


@pytest.mark.parametrize("cmd", COMMANDS)
def test_missing_file_is_trouble(cmd, tmp_path):
    missing = str(tmp_path / "missing.json")
    # export needs its one required option to get as far as the file
    r = ama(cmd, missing, *(["--to", "oparl"] if cmd == "export" else []))
    assert r.returncode == 2, (r.returncode, r.stderr)
    # Said once: the name, then what went wrong, not GIO's "Error opening
    # file NAME" after the name again.
    assert f"{missing}: error: cannot read: No such file or directory\n" in r.stderr
    assert r.stderr.count("missing.json") == 1, r.stderr


# ---- every subcommand on every seed and on the bundled review ------------

@pytest.mark.parametrize("path", INPUTS, ids=ids(INPUTS))
def test_show(path):
    r = ama("show", path)
    assert r.returncode == 0, r.stderr
    if path.endswith(".json"):
        review = Ama.Review.new_from_file(Gio.File.new_for_path(path), None)
    else:
        review = Ama.Importer.new().import_file(Gio.File.new_for_path(path), None)
    # Everything the document holds has its heading, with its count.
    assert f"Recommendations ({review.get_recommendations().get_n_items()})" in r.stdout
    for name, model in (("Meetings", review.get_meetings()), ("Documents", review.get_documents())):
        if model.get_n_items():
            assert f"{name} ({model.get_n_items()})" in r.stdout
    resolutions = [res for m in review.get_meetings() for item in m.get_agenda_items()
                   for res in item.get_resolutions()]
    assert r.stdout.count("Resolved (") == len(resolutions)
    for rec in review.get_recommendations():
        assert re.search(rf"^ *{re.escape(rec.props.number)}\. ", r.stdout, re.M)


@pytest.mark.parametrize("path", INPUTS, ids=ids(INPUTS))
@pytest.mark.parametrize("fmt", ["html", "markdown", "csv", "tsv"])
def test_report(path, fmt, tmp_path):
    out = tmp_path / f"report.{fmt}"
    r = ama("report", path, "--format", fmt, "--as-of", AS_OF, "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    elif fmt == "markdown":
        assert "## Recommendations and responses" in text
    else:
        assert text.startswith("Recommendation" + ("," if fmt == "csv" else "\t"))
    # Standard output gets the same bytes when there is no -o.
    assert ama("report", path, "--format", fmt, "--as-of", AS_OF).stdout == text


@pytest.mark.parametrize("path", INPUTS, ids=ids(INPUTS))
def test_ics(path, tmp_path):
    out = tmp_path / "out.ics"
    r = ama("ics", path, "--as-of", AS_OF, "-o", str(out))
    assert r.returncode == 0, r.stderr
    cal = icalendar.Calendar.from_ical(out.read_text(encoding="utf-8"))
    assert cal.name == "VCALENDAR"


def test_ics_several_files_unique_uids(hostile):
    r = ama("ics", BUNDLED, hostile, "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    cal = icalendar.Calendar.from_ical(r.stdout)
    uids = [str(c["UID"]) for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
    assert len(uids) == len(set(uids))
    assert any(u.startswith("rotherham-ama-2017/") for u in uids)
    assert any(u.startswith("hostile-review/") for u in uids)


@pytest.mark.parametrize("path", INPUTS, ids=ids(INPUTS))
def test_track_exit_follows_overdue(path):
    r = ama("track", path, "--as-of", AS_OF)
    assert r.returncode in (0, 1), r.stderr
    # Exit 1 exactly when the library calls something overdue.
    if path.endswith(".json"):
        review = Ama.Review.new_from_file(Gio.File.new_for_path(path), None)
    else:
        review = Ama.Importer.new().import_file(Gio.File.new_for_path(path), None)
    as_of = GLib.DateTime.new_utc(2018, 3, 31, 0, 0, 0)
    overdue = review.get_overdue(as_of, None).get_n_items()
    assert r.returncode == (1 if overdue else 0)
    assert re.search(rf"\d+ recommendations?: \d+ completed, \d+ outstanding, {overdue} overdue", r.stdout)


def test_track_overdue_and_officer_filter(hostile):
    r = ama("track", hostile, "--as-of", "2018-06-30")
    assert r.returncode == 1
    assert "OVERDUE 91 days" in r.stdout
    r = ama("track", hostile, "--as-of", "2018-06-30", "--officer", "ian thomas")
    assert r.returncode == 0
    lines = [line for line in r.stdout.splitlines() if re.match(r"^  \d+ ", line)]
    assert len(lines) == 1 and lines[0].split()[0] == "4"
    r = ama("track", hostile, "--as-of", "2018-01-01")
    assert r.returncode == 0   # nothing due yet


@pytest.mark.parametrize("path", INPUTS, ids=ids(INPUTS))
def test_validate(path):
    r = ama("validate", path, "--as-of", AS_OF)
    assert r.returncode in (0, 1)
    has_error = False
    for line in r.stdout.splitlines():
        m = DIAGNOSTIC.match(line)
        assert m, line
        assert m["file"] == path
        has_error |= m["sev"] == "error"
    assert r.returncode == (1 if has_error else 0)
    assert "checked:" in r.stderr


def test_validate_json_findings_name_their_line():
    r = ama("validate", BUNDLED, "--as-of", AS_OF)
    lines = open(BUNDLED, encoding="utf-8").read().split("\n")
    found = 0
    for out in r.stdout.splitlines():
        m = DIAGNOSTIC.match(out)
        assert m["line"], out    # a JSON document's findings carry a line
        path = m["msg"].split(":", 1)[0]
        # The line holds the last member named by the JSON path, or, for
        # a member the document lacks ("has no action-by date"), the
        # member that should hold it.
        member = re.findall(r"\.([a-z-]+)", path)
        if member:
            node = json.loads("\n".join(lines))
            for step in re.findall(r"\.([a-z-]+)|\[(\d+)\]", path):
                if node is None:
                    break
                node = node[int(step[1])] if step[1] else node.get(step[0])
            named = member[-1] if node is not None or len(member) == 1 else member[-2]
            assert f'"{named}"' in lines[int(m["line"]) - 1], (out, lines[int(m["line"]) - 1])
            found += 1
    assert found > 0


def test_validate_broken_and_strict(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "format": "ama-review",\n  "version": 1,\n  "title": "x\n', encoding="utf-8")
    r = ama("validate", str(broken), BUNDLED, "--as-of", AS_OF)
    assert r.returncode == 1
    first = r.stdout.splitlines()[0]
    m = DIAGNOSTIC.match(first)
    assert m and m["file"] == str(broken) and m["sev"] == "error"
    # The line and column json-glib names go in front, where tools look,
    # and are not said again in the message.
    assert m["line"] and m["col"], first
    assert not m["msg"].startswith("line "), first
    # The bundled review's errors are the two recommendations Cabinet
    # accepted without an action-by date (examples/data/README.md).
    bundled = ama("validate", BUNDLED, "--as-of", AS_OF)
    assert bundled.returncode == 1
    errors = [line for line in bundled.stdout.splitlines() if " error: " in line]
    assert len(errors) == 2 and all("[accepted-no-action-by]" in e for e in errors), errors
    strict = ama("validate", BUNDLED, "--as-of", AS_OF, "--strict")
    assert strict.returncode == (1 if " warning: " in strict.stdout else 0)
    quiet = ama("validate", BUNDLED, "--as-of", AS_OF, "-q")
    assert quiet.stdout and " info: " not in quiet.stdout
    assert set(quiet.stdout.splitlines()) <= set(ama("validate", BUNDLED, "--as-of", AS_OF).stdout.splitlines())


@pytest.mark.parametrize("path", SEEDS, ids=ids(SEEDS))
def test_import_each_seed(path, tmp_path):
    out = tmp_path / "out.json"
    r = ama("import", path, "-o", str(out))
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "ama-review"
    for line in r.stderr.splitlines():
        assert DIAGNOSTIC.match(line), line
    # The JSON written is what the library reads back.
    Ama.Review.new_from_file(Gio.File.new_for_path(str(out)), None)


def test_import_folder(tmp_path):
    out = tmp_path / "imported"
    r = ama("import", SEED_DIR, "-o", str(out), "-q")
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    names = sorted(os.listdir(out))
    assert names == sorted(os.path.splitext(os.path.basename(s))[0] + ".json" for s in SEEDS)
    assert ama("validate", *[str(out / n) for n in names], "--as-of", AS_OF).returncode in (0, 1)


def test_import_format_option(tmp_path):
    seed = os.path.join(SEED_DIR, "000_ee8d13b0d9b984ae.txt")
    assert ama("import", seed, "--format", "tsv", "-o", str(tmp_path / "a.json")).returncode == 0
    assert ama("import", seed, "--format", "nonsense").returncode == 2
    assert ama("import", SEED_DIR).returncode == 2        # a folder needs -o
    # Forced to the wrong format, the importer refuses: a finding.
    r = ama("import", seed, "--format", "moderngov", "-o", str(tmp_path / "b.json"))
    assert r.returncode == 1


def test_import_docx(tmp_path):
    """A Cabinet response table in a Word document becomes a review."""
    docs = os.path.join(ROOT, "tests", "data", "documents")
    out = tmp_path / "r.json"
    r = ama("import", os.path.join(docs, "cabinet-response.docx"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [rec["number"] for rec in doc["recommendations"]] == ["1", "2", "3"]
    assert doc["recommendations"][1]["response"]["decision"] == "rejected"
    # a damaged archive is an error naming the place, never a review
    r = ama("import", os.path.join(docs, "bad-truncated.docx"), "--format", "docx",
            "-o", str(tmp_path / "bad.json"))
    assert r.returncode == 1
    assert "zip archive" in r.stderr


def test_import_html(tmp_path):
    """A saved web page becomes a review: a response table, an agenda
    item's resolutions; a page that fits no interpreter is refused."""
    docs = os.path.join(ROOT, "tests", "data", "documents")
    out = tmp_path / "r.json"
    r = ama("import", os.path.join(docs, "html-response-table.html"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [rec["number"] for rec in doc["recommendations"]] == ["1", "2", "3"]
    assert [rec["response"]["decision"] for rec in doc["recommendations"]] == \
        ["accepted", "deferred", "rejected"]
    assert "windows-1252" in r.stderr          # the charset, said
    r = ama("import", os.path.join(docs, "html-agenda-item.html"), "--format", "html",
            "-o", str(out))
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    item = doc["meetings"][0]["agenda-items"][0]
    assert item["number"] == "6"
    assert len(item["resolutions"]) == 6
    page = tmp_path / "meetings.aspx"
    page.write_text('<a name="top"></a><h1 class="mgMainTitleTxt">Browse meetings</h1>'
                    '<p>This page lists the meetings for Cabinet.</p>', encoding="utf-8")
    r = ama("import", str(page), "-o", str(tmp_path / "bad.json"))
    assert r.returncode == 1
    assert "html" in r.stderr and not (tmp_path / "bad.json").exists()


def test_import_pdf(tmp_path):
    """A PDF response table becomes a review; a scan is an error that says so."""
    docs = os.path.join(ROOT, "tests", "data", "documents")
    out = tmp_path / "r.json"
    r = ama("import", os.path.join(docs, "cabinet-response-landscape.pdf"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "page-header-dropped" in r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [rec["number"] for rec in doc["recommendations"]] == ["1", "2", "3", "4", "5", "6"]
    assert doc["recommendations"][3]["response"]["decision"] == "deferred"
    assert doc["recommendations"][3]["response"]["officer"]["name"] == "Priya Nair"
    r = ama("import", os.path.join(docs, "bad-scan-no-text.pdf"), "-o", str(tmp_path / "bad.json"))
    assert r.returncode == 1
    assert "page 1: no text layer" in r.stderr
    assert not (tmp_path / "bad.json").exists()


@pytest.mark.parametrize("path", INPUTS, ids=ids(INPUTS))
def test_convert_to_json_and_tables(path, tmp_path):
    js = tmp_path / "r.json"
    assert ama("convert", path, "-o", str(js)).returncode == 0
    review = Ama.Review.new_from_file(Gio.File.new_for_path(str(js)), None)
    for fmt in ("csv", "tsv"):
        table = tmp_path / f"r.{fmt}"
        assert ama("convert", str(js), "-o", str(table)).returncode == 0     # by extension
        back = tmp_path / f"back-{fmt}.json"
        r = ama("convert", str(table), "--to", "json", "-o", str(back))
        if review.get_recommendations().get_n_items() == 0:
            # Minutes or a summary sheet carry no recommendations: their
            # table is a header only, which the importer refuses to read
            # as a review (a finding, named at its line).
            assert r.returncode == 1 and ":1: error: " in r.stderr
            continue
        assert r.returncode == 0, r.stderr
        again = Ama.Review.new_from_file(Gio.File.new_for_path(str(back)), None)
        assert [r.props.number for r in again.get_recommendations()] == \
               [r.props.number for r in review.get_recommendations()]


def test_convert_resaves_normalised(tmp_path):
    out = tmp_path / "n.json"
    assert ama("convert", BUNDLED, "-o", str(out)).returncode == 0
    review = Ama.Review.new_from_file(Gio.File.new_for_path(BUNDLED), None)
    assert out.read_text(encoding="utf-8") == fixtures.review_data(review)
    assert ama("convert", BUNDLED, "--to", "pdf").returncode == 2


def test_report_html_escapes_and_rejects_ics(hostile):
    r = ama("report", hostile, "--as-of", "2018-06-30")
    assert r.returncode == 0
    assert "<script" not in r.stdout and "<img" not in r.stdout
    assert "Overdue by 91 days" in r.stdout
    assert ama("report", hostile, "--format", "ics").returncode == 2
    assert ama("report", hostile, "--format", "pdf").returncode == 2


def test_appraise(hostile):
    a = ama("appraise", hostile, "--samples", "3000", "--seed", "11")
    b = ama("appraise", hostile, "--samples", "3000", "--seed", "11")
    assert a.returncode == 0, a.stderr
    assert a.stdout == b.stdout          # the same seed, the same numbers
    assert "Rank acceptability (SMAA-2, 3000 samples, seed 11)" in a.stdout
    assert re.search(r"^   1\. Practice partner\s+83\.3$", a.stdout, re.M)
    assert ama("appraise", hostile, "--samples", "-5").returncode == 2


def test_appraise_without_scores_says_why():
    r = ama("appraise", BUNDLED)
    assert r.returncode == 1
    assert "No ranking." in r.stdout
    assert "sum to zero" in r.stderr


def test_report_with_smaa(hostile):
    r = ama("report", hostile, "--samples", "2000", "--seed", "5", "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    assert "Rank acceptability (SMAA)" in r.stdout
    assert "Share of 2000 samples (seed 5)" in r.stdout


# ---- progress: on a terminal only ------------------------------------------

def run_with_tty_stderr(*args):
    master, slave = pty.openpty()
    chunks = []

    def reader():
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    p = subprocess.run([AMA, *args], stdout=subprocess.PIPE, stderr=slave,
                       stdin=subprocess.DEVNULL, timeout=120)
    os.close(slave)
    t.join(timeout=10)
    os.close(master)
    return p.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_progress_on_terminal_only(tmp_path, hostile):
    code, err = run_with_tty_stderr("import", SEED_DIR, "-o", str(tmp_path / "a"), "-q")
    assert code == 0
    assert "\r" in err and f"[1/{len(SEEDS)}]" in err and f"[{len(SEEDS)}/{len(SEEDS)}]" in err

    r = ama("import", SEED_DIR, "-o", str(tmp_path / "b"), "-q")
    assert r.returncode == 0
    assert "\r" not in r.stderr and "[1/" not in r.stderr

    code, err = run_with_tty_stderr("appraise", hostile, "--samples", "200000")
    assert code == 0
    assert "SMAA:" in err and "\r" in err
    r = ama("appraise", hostile, "--samples", "200000")
    assert "SMAA:" not in r.stderr and "\r" not in r.stderr


# ---- the README's quick start ------------------------------------------------

def test_quickstart_script(tmp_path):
    build = os.path.dirname(BUILD_TESTS)
    env = dict(os.environ, BUILD=build, AMA_QUICKSTART_NO_BUILD="1")
    r = subprocess.run(["bash", os.path.join(ROOT, "examples", "quickstart.sh")], capture_output=True,
                       text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    for step in ("== 1. Import", "== 2. Validate", "== 3. Tracking summary", "== 4. HTML report"):
        assert step in r.stdout
    report = os.path.join(build, "quickstart", "rotherham-report.html")
    assert f"Written to {report}" in r.stdout
    assert open(report, encoding="utf-8").read().startswith("<!DOCTYPE html>")
    assert re.search(r"\d+ recommendations?: .* overdue \(as of 2018-03-31\)", r.stdout)


# ---- folders stand for the files in them --------------------------------------

def test_folder_arguments(tmp_path):
    catalog = os.path.join(ROOT, "tests", "data", "analysis", "catalog")
    files = sorted(os.path.join(catalog, f) for f in os.listdir(catalog) if not f.startswith("."))
    by_folder = ama("validate", catalog, "--as-of", AS_OF)
    by_files = ama("validate", *files, "--as-of", AS_OF)
    assert by_folder.returncode == by_files.returncode == 1     # the catalog holds bad files
    assert by_folder.stdout == by_files.stdout
    assert f"{len(files)} files checked" in by_folder.stderr

    r = ama("ics", SEED_DIR, "--as-of", AS_OF)
    assert r.returncode == 0
    assert r.stdout == ama("ics", *SEEDS, "--as-of", AS_OF).stdout

    r = ama("track", SEED_DIR, "--as-of", AS_OF)
    assert r.returncode in (0, 1)
    assert r.stdout == ama("track", *SEEDS, "--as-of", AS_OF).stdout


def test_track_by_officer(hostile):
    r = ama("track", hostile, "--as-of", "2018-06-30", "--by-officer")
    review = Ama.Review.new_from_file(Gio.File.new_for_path(hostile), None)
    groups = review.group_by_officer(GLib.DateTime.new_utc(2018, 6, 30, 0, 0, 0))
    assert len(groups) > 0
    for g in groups:
        assert re.search(rf"^  {re.escape(g.props.name)} +{g.get_items().get_n_items()} outstanding "
                         rf"\(.*\), {g.get_overdue_count()} overdue$", r.stdout, re.M), r.stdout
    only = ama("track", hostile, "--as-of", "2018-06-30", "--by-officer", "--officer", "@ADMIN")
    assert "@admin" in only.stdout and "-Dash Officer " not in only.stdout


def test_unwritable_output_is_trouble(tmp_path):
    for args, name in ((("report", BUNDLED), "report.html"), (("ics", BUNDLED), "cal.ics"),
                       (("convert", BUNDLED), "out.json"), (("import", SEEDS[0]), "out.json")):
        out = tmp_path / "no" / "such" / "dir" / name
        r = ama(*args, "-o", str(out))
        assert r.returncode == 2, args
        assert r.stderr.endswith(f"{out}: error: cannot write: No such file or directory\n"), r.stderr
        assert r.stderr.count(name) == 1, r.stderr
        assert not out.exists()


def test_report_several_files(hostile):
    r = ama("report", SEED_DIR, BUNDLED, hostile, "--as-of", AS_OF)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("<!DOCTYPE html>") == 1
    assert r.stdout.count('<article class="review">') == len(SEEDS) + 2
    md = ama("report", BUNDLED, hostile, "--format", "markdown", "--as-of", AS_OF)
    assert md.returncode == 0 and md.stdout.count("## Recommendations and responses") == 2
    # A response table is one review's; an analysis is one appraisal's.
    assert ama("report", BUNDLED, hostile, "--format", "csv").returncode == 2
    assert ama("report", BUNDLED, hostile, "--samples", "10").returncode == 2


def test_help_for_unknown_command_and_bare_help():
    assert ama("help", "frobnicate").returncode == 2
    r = ama("help")
    assert r.returncode == 0 and "Commands:" in r.stdout


def test_convert_from_forces_the_importer(tmp_path):
    seed = os.path.join(SEED_DIR, "000_ee8d13b0d9b984ae.txt")
    out = tmp_path / "r.json"
    assert ama("convert", seed, "--from", "tsv", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "ama-review"
    assert ama("convert", seed, "--from", "moderngov").returncode == 1      # not XML: a finding
    assert ama("convert", seed, "--from", "nonsense").returncode == 2


@pytest.mark.parametrize("content", [b"", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8,
                                     b'{"format":"ama-review","version":1,"recommendations":[{"number":"1"}',
                                     b"\xff\xfe<\x00x\x00"],
                         ids=["empty", "binary", "truncated-json", "utf16"])
@pytest.mark.parametrize("cmd", ["show", "report", "track", "appraise", "ics", "convert", "validate", "import"])
def test_bad_input_is_a_finding_not_a_crash(cmd, content, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    r = ama(cmd, str(bad))
    assert r.returncode == 1, (r.returncode, r.stderr)
    # The message names the file, and the place when there is one.
    assert str(bad) in (r.stderr + r.stdout)


# ---- a folder with one broken file: the rest still counts ---------------------

@pytest.fixture
def folder_with_broken_file(tmp_path, hostile):
    folder = tmp_path / "reviews"
    folder.mkdir()
    (folder / "a-bundled.json").write_bytes(open(BUNDLED, "rb").read())
    (folder / "b-broken.json").write_text('{\n  "format": "ama-review",\n  "version": 1,\n  "title": "x\n',
                                          encoding="utf-8")
    (folder / "c-hostile.json").write_bytes(open(hostile, "rb").read())
    return folder


def test_track_carries_on_past_a_broken_file(folder_with_broken_file, hostile):
    folder = folder_with_broken_file
    r = ama("track", str(folder), "--as-of", "2018-01-01")
    # Nothing is overdue on that date: the 1 is the broken file's.
    assert r.returncode == 1, r.stderr
    assert re.search(rf"^{re.escape(str(folder / 'b-broken.json'))}:\d+:\d+: error: ", r.stderr, re.M), r.stderr
    assert "1 of 3 files could not be tracked" in r.stderr
    # Both good reviews are tracked, in name order, as they are alone.
    alone = ama("track", BUNDLED, hostile, "--as-of", "2018-01-01")
    assert alone.returncode == 0
    assert r.stdout == alone.stdout
    # A file that cannot be read at all is trouble, and still the rest is tracked.
    r = ama("track", str(folder), str(folder / "missing.json"), "--as-of", "2018-01-01")
    assert r.returncode == 2
    assert r.stdout == alone.stdout


def test_report_carries_on_past_a_broken_file(folder_with_broken_file):
    folder = folder_with_broken_file
    out = folder.parent / "report.html"
    r = ama("report", str(folder), "--as-of", AS_OF, "-o", str(out))
    assert r.returncode == 1
    assert "b-broken.json:" in r.stderr and "report written without 1 of 3 files" in r.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count('<article class="review">') == 2
    # Nothing usable at all: no report, and the file is not created.
    only_bad = folder.parent / "bad.html"
    r = ama("report", str(folder / "b-broken.json"), "-o", str(only_bad))
    assert r.returncode == 1 and not only_bad.exists()


def test_ics_carries_on_past_a_broken_file(folder_with_broken_file, hostile):
    folder = folder_with_broken_file
    r = ama("ics", str(folder), "--as-of", AS_OF)
    assert r.returncode == 1
    assert "b-broken.json:" in r.stderr
    assert r.stdout == ama("ics", BUNDLED, hostile, "--as-of", AS_OF).stdout


def test_validate_carries_on_and_tells_unreadable_from_invalid(folder_with_broken_file, tmp_path):
    folder = folder_with_broken_file
    r = ama("validate", str(folder), "--as-of", AS_OF)
    assert r.returncode == 1
    assert "3 files checked" in r.stderr
    files = {DIAGNOSTIC.match(line)["file"] for line in r.stdout.splitlines()}
    assert str(folder / "b-broken.json") in files and str(folder / "c-hostile.json") in files
    missing = str(tmp_path / "missing.json")
    r = ama("validate", str(folder), missing, "--as-of", AS_OF)
    assert r.returncode == 2
    assert "3 files checked" in r.stderr and "1 file could not be read" in r.stderr
    assert missing not in r.stdout     # not a finding about a document: trouble, on stderr


def test_exit_status_tells_findings_from_trouble(tmp_path, hostile):
    assert ama("track", hostile, "--as-of", "2018-01-01").returncode == 0     # success
    assert ama("track", hostile, "--as-of", "2018-06-30").returncode == 1     # overdue: a finding
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert ama("track", str(bad)).returncode == 1                            # not a review: a finding
    assert ama("track", str(tmp_path / "nope.json")).returncode == 2         # unreadable: trouble
    assert ama("track", "--as-of", "soon", hostile).returncode == 2          # bad usage: trouble
    # The worse wins: overdue actions and an unreadable file.
    assert ama("track", hostile, str(tmp_path / "nope.json"), "--as-of", "2018-06-30").returncode == 2


# ---- "-" is standard input, for every command ----------------------------------

def without_documents(node):
    """@node with every source's "document" left out."""
    if isinstance(node, list):
        return [without_documents(n) for n in node]
    if isinstance(node, dict):
        return {k: (without_documents(v) if k != "source" else
                    {sk: sv for sk, sv in v.items() if sk != "document"})
                for k, v in node.items()}
    return node


def ama_stdin(data, *args):
    return subprocess.run([AMA, *args], input=data, capture_output=True, timeout=120)


@pytest.mark.parametrize("cmd,extra", [
    ("show", ()), ("report", ("--as-of", AS_OF)), ("report", ("--format", "csv")),
    ("track", ("--as-of", AS_OF)), ("appraise", ()), ("ics", ("--as-of", AS_OF)),
    ("convert", ("--to", "tsv")), ("import", ()),
])
def test_dash_reads_standard_input(cmd, extra, hostile):
    source = SEEDS[0] if cmd == "import" else hostile
    data = open(source, "rb").read()
    by_name = subprocess.run([AMA, cmd, source, *extra], capture_output=True, stdin=subprocess.DEVNULL,
                             timeout=120)
    by_stdin = ama_stdin(data, cmd, "-", *extra)
    assert by_stdin.returncode == by_name.returncode, by_stdin.stderr
    if cmd == "import":
        # Standard input has no name: the sources name no document, and
        # that is the only difference.
        named = json.loads(by_name.stdout)
        assert os.path.basename(source) in by_name.stdout.decode()
        assert b'"document"' not in by_stdin.stdout
        assert json.loads(by_stdin.stdout) == without_documents(named)
    else:
        assert by_stdin.stdout == by_name.stdout
    assert by_stdin.stdout
    # Messages name standard input as compilers do.
    assert by_stdin.stderr == by_name.stderr.replace(source.encode(), b"<stdin>")


def test_dash_reads_standard_input_for_validate():
    data = open(BUNDLED, "rb").read()
    by_name = ama("validate", BUNDLED, "--as-of", AS_OF)
    by_stdin = ama_stdin(data, "validate", "-", "--as-of", AS_OF)
    assert by_stdin.returncode == by_name.returncode == 1   # accepted-no-action-by
    lines = by_stdin.stdout.decode().splitlines()
    assert len(lines) == len(by_name.stdout.splitlines()) > 0
    assert all(DIAGNOSTIC.match(line)["file"] == "<stdin>" for line in lines)


# ---- the output format follows -o's extension -------------------------------------

@pytest.mark.parametrize("name,start", [("r.md", "# "), ("r.markdown", "# "), ("r.html", "<!DOCTYPE html>"),
                                        ("r.htm", "<!DOCTYPE html>"), ("r.csv", "Recommendation,"),
                                        ("r.tsv", "Recommendation\t"), ("r", "<!DOCTYPE html>")])
def test_report_format_follows_extension(name, start, tmp_path):
    out = tmp_path / name
    r = ama("report", BUNDLED, "--as-of", AS_OF, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").startswith(start)
    # --format, given, wins over the name.
    assert ama("report", BUNDLED, "--format", "tsv", "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("Recommendation\t")


@pytest.mark.parametrize("cmd,name", [("report", "r.pdf"), ("report", "r.json"), ("report", "r.ics"),
                                      ("convert", "r.pdf"), ("convert", "r.docx"), ("ics", "r.csv"),
                                      ("import", "r.csv")])
def test_unknown_output_extension_is_an_error(cmd, name, tmp_path):
    out = tmp_path / name
    r = ama(cmd, SEEDS[0] if cmd == "import" else BUNDLED, "-o", str(out))
    assert r.returncode == 2, r.stderr
    assert name in r.stderr and f"ama {cmd} --help" in r.stderr
    assert not out.exists()


@pytest.mark.parametrize("name,start", [("r.md", "# "), ("r.csv", "Recommendation,"), ("r.json", "{"),
                                        ("r.ics", "BEGIN:VCALENDAR"), ("r", "{")])
def test_convert_format_follows_extension(name, start, tmp_path):
    out = tmp_path / name
    r = ama("convert", BUNDLED, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").startswith(start)


# ---- messages say a thing once -------------------------------------------------------

def test_messages_name_their_line_once():
    r = ama("import", SEEDS[0])
    assert r.returncode == 0
    placed = 0
    for line in r.stderr.splitlines():
        m = DIAGNOSTIC.match(line)
        assert m, line
        if m["line"]:
            placed += 1
            assert f"line {m['line']}:" not in m["msg"], line
    assert placed > 0


def test_officer_as_written_and_unknown_officer(tmp_path):
    # Seed 000 writes "lan Thomas" on two rows, read as "Ian Thomas".
    seed = SEEDS[0]
    corrected = ama("track", seed, "--as-of", AS_OF, "--officer", "Ian Thomas")
    as_written = ama("track", seed, "--as-of", AS_OF, "--officer", "lan thomas")
    rows = [line for line in as_written.stdout.splitlines() if re.match(r"^  \d+ ", line)]
    assert rows and all("Ian Thomas" in row for row in rows)
    all_rows = [line for line in corrected.stdout.splitlines() if re.match(r"^  \d+ ", line)]
    assert set(rows) <= set(all_rows) and len(all_rows) >= len(rows)
    r = ama("track", seed, "--as-of", AS_OF, "--officer", "Bob Smith")
    assert r.returncode == 2
    assert "no action of \u201cBob Smith\u201d" in r.stderr and "\n  Ian Thomas\n" in r.stderr


def test_import_folder_ends_with_a_summary(tmp_path):
    r = ama("import", SEED_DIR, "-o", str(tmp_path / "out"))
    assert r.returncode == 0
    assert r.stderr.splitlines()[-1] == f"{len(SEEDS)} files imported into {tmp_path / 'out'}, 0 failed"
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "a.txt").write_bytes(open(SEEDS[0], "rb").read())
    (bad / "b.txt").write_bytes(b"")
    r = ama("import", str(bad), "-o", str(tmp_path / "out2"), "-q")
    assert r.returncode == 1
    assert r.stderr.splitlines()[-1] == f"1 file imported into {tmp_path / 'out2'}, 1 failed"



def test_import_folder_never_overwrites(tmp_path):
    # Issue 20, item 5: x.txt and x.tsv both became OUT/x.json, the
    # second over the first; -o the input folder overwrote a review
    # kept there.
    src = tmp_path / "in"
    src.mkdir()
    seed = open(SEEDS[0], "rb").read()
    (src / "x.txt").write_bytes(seed)
    (src / "x.tsv").write_bytes(seed)
    (src / "y.txt").write_bytes(seed)
    r = ama("import", str(src), "-o", str(tmp_path / "out"), "-q")
    assert r.returncode == 0, r.stderr
    assert sorted(os.listdir(tmp_path / "out")) == ["x.tsv.json", "x.txt.json", "y.json"]
    # Into the input folder, holding a review c.json of its own, which
    # would be its own output.
    kept = b'{"format":"ama-review","version":1,"title":"Curated"}'
    (src / "c.json").write_bytes(kept)
    r = ama("import", str(src), "-o", str(src), "-q")
    assert r.returncode == 2
    assert "c.json: error: not written: it is one of the files being imported" in r.stderr
    assert (src / "c.json").read_bytes() == kept

def test_progress_respects_dumb_terminal_and_is_not_redrawn(tmp_path, monkeypatch, hostile):
    monkeypatch.setenv("TERM", "dumb")
    code, err = run_with_tty_stderr("import", SEED_DIR, "-o", str(tmp_path / "a"), "-q")
    assert code == 0
    assert "\r" not in err and "\033[" not in err and "[1/" not in err
    monkeypatch.setenv("TERM", "xterm")
    code, err = run_with_tty_stderr("appraise", hostile, "--samples", "200000")
    assert code == 0
    frames = [f for f in err.replace("\033[K", "").split("\r") if f.strip()]
    assert frames
    # Each frame differs from the one before it: nothing is drawn twice.
    assert all(a != b for a, b in zip(frames, frames[1:]))


# ---- CSV for spreadsheets: an optional byte order mark ---------------------------------

@pytest.mark.parametrize("cmd", ["report", "convert"])
def test_bom_is_optional_and_reads_back(cmd, tmp_path):
    plain = tmp_path / "plain.csv"
    marked = tmp_path / "marked.csv"
    assert ama(cmd, BUNDLED, "-o", str(plain)).returncode == 0
    assert ama(cmd, BUNDLED, "--bom", "-o", str(marked)).returncode == 0
    # The default is no mark; --bom puts exactly one in front, nothing else changes.
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    back = tmp_path / "back.json"
    assert ama("convert", str(marked), "-o", str(back)).returncode == 0
    review = Ama.Review.new_from_file(Gio.File.new_for_path(BUNDLED), None)
    again = Ama.Review.new_from_file(Gio.File.new_for_path(str(back)), None)
    assert [r.props.number for r in again.get_recommendations()] == \
           [r.props.number for r in review.get_recommendations()]
    assert again.get_recommendations().get_item(0).props.text == review.get_recommendations().get_item(0).props.text
    # A JSON document never gets one.
    assert not ama("convert", BUNDLED, "--bom").stdout.startswith("\ufeff")


# ---- iCalendar: each meeting titled by what it was for ----------------------------------

def test_ics_meetings_have_their_own_summaries():
    r = ama("ics", BUNDLED, "--as-of", AS_OF)
    assert r.returncode == 0
    cal = icalendar.Calendar.from_ical(r.stdout)
    review = Ama.Review.new_from_file(Gio.File.new_for_path(BUNDLED), None)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) > 1
    summaries = [str(e["SUMMARY"]) for e in events]
    # Not one title repeated: each event says what its meeting was for.
    assert len(set(summaries)) == len(summaries), summaries
    meetings = [m for m in review.get_meetings() if m.props.date is not None]
    assert len(meetings) == len(events)
    for m, s in zip(meetings, summaries):
        # Only a meeting the document says nothing about falls back on the review title.
        # Its topics, else its agenda, else (said nothing) the review title.
        said = [t.rstrip(";,. ") for t in m.get_topics()] or \
               [item.props.title for item in m.get_agenda_items() if item.props.title] or [review.props.title]
        assert said[0][:30] in s, (said, s)
    assert all(";;" not in s and len(s) <= 140 for s in summaries)
    # The review is named in every description instead.
    assert all(f"Review: {review.props.title}" in str(e["DESCRIPTION"]) for e in events)
    first = next(m for m in review.get_meetings() if m.props.date is not None)
    assert first.get_topics()[0].rstrip(";,. ")[:20] in summaries[0]

# Issue #20, item 6: an output that is one of the inputs is refused, and
# the review is left as it was.
@pytest.mark.parametrize("cmd,ext", [("report", ".html"), ("report", ".csv"), ("ics", ".ics")])
def test_output_that_is_an_input_is_refused(cmd, ext, tmp_path):
    review = tmp_path / ("r" + ext)
    review.write_bytes(open(BUNDLED, "rb").read())
    before = review.read_bytes()
    args = [cmd, str(review), "-o", str(review), "--as-of", AS_OF]
    if cmd == "report" and ext == ".csv":
        args += ["--format", "csv"]
    r = ama(*args)
    assert r.returncode == 2, r.stderr
    assert "one of the inputs" in r.stderr
    assert review.read_bytes() == before
    # A hard link is the same file too.
    link = tmp_path / ("link" + ext)
    os.link(review, link)
    r = ama(cmd, str(review), "-o", str(link), "--as-of", AS_OF)
    assert r.returncode == 2, r.stderr
    assert review.read_bytes() == before


# Issue #20, item 10: more samples than the library takes is a usage
# error, not a GLib critical and a silent default run with exit 0.
@pytest.mark.parametrize("cmd", ["appraise", "report"])
def test_samples_beyond_limit_is_usage_error(cmd, tmp_path):
    args = [cmd, "--samples", str(2**32 + 1), BUNDLED]
    if cmd == "report":
        args += ["-o", str(tmp_path / "r.html")]
    r = ama(*args)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "--samples must be at most" in r.stderr
    assert "CRITICAL" not in r.stderr


# Issue #20, item 16: a failed write to standard output is an error.
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("cmd", ["show", "track", "validate", "appraise"])
def test_full_standard_output_is_an_error(cmd):
    with open("/dev/full", "w") as full:
        r = subprocess.run([AMA, cmd, BUNDLED, *(["--as-of", AS_OF] if cmd == "track" else [])],
                           stdout=full, stderr=subprocess.PIPE, text=True,
                           stdin=subprocess.DEVNULL, timeout=120)
    assert r.returncode != 0, r.stderr
    assert "cannot write to standard output" in r.stderr


# Issue #20, items 11 and 12: a line break or terminal escape in what
# validate prints cannot forge a finding line or reach the terminal.
def test_validate_lines_cannot_be_forged(tmp_path):
    bad = tmp_path / "x\nfake.json:1: error: forged\x1b]0;title\x07"
    bad.write_text('{"format":"nope"}')
    r = ama("validate", str(bad))
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert len(lines) == 1, lines
    assert "\\n" in lines[0] and "\\x1B" in lines[0]
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout


def test_endless_input_is_refused_not_read_to_the_end():
    # Issue 20, item 9: /dev/zero grew until GLib aborted at 4 GiB.
    for args in (("validate", "/dev/zero"), ("show", "/dev/zero"),
                 ("import", "/dev/zero", "-o", os.devnull)):
        r = ama(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert "/dev/zero: error: cannot read: larger than 64 MiB" in r.stderr
