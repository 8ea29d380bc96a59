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
COMMANDS = ["import", "validate", "show", "report", "track", "appraise", "ics", "convert"]
AS_OF = "2018-03-31"
DIAGNOSTIC = re.compile(r"^(?P<file>[^:]+):(?:(?P<line>\d+):)? (?P<sev>error|warning|info): (?P<msg>.+)$")


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


@pytest.mark.parametrize("cmd", ["show", "report", "track", "appraise", "ics", "convert", "validate"])
def test_missing_file_is_a_finding(cmd, tmp_path):
    missing = str(tmp_path / "missing.json")
    r = ama(cmd, missing)
    assert r.returncode == 1
    assert "missing.json" in (r.stderr + r.stdout)


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
        # The line holds the last member named by the JSON path.
        member = re.findall(r"\.([a-z-]+)", path)
        if member:
            assert f'"{member[-1]}"' in lines[int(m["line"]) - 1], (out, lines[int(m["line"]) - 1])
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
    # The line is the one json-glib's message names, in front where tools look.
    assert m["line"] == re.match(r"line (\d+)", m["msg"]).group(1)
    # The bundled review has warnings only: fine, unless --strict.
    assert ama("validate", BUNDLED, "--as-of", AS_OF).returncode == 0
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


def test_unwritable_output_is_a_finding(tmp_path):
    out = tmp_path / "no" / "such" / "dir" / "report.html"
    for args in (("report", BUNDLED), ("ics", BUNDLED), ("convert", BUNDLED)):
        r = ama(*args, "-o", str(out))
        assert r.returncode == 1, args
        assert "report.html" in r.stderr
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
