# SPDX-License-Identifier: LGPL-2.1-or-later
"""`ama merge REVIEW.json DOCUMENT… [-o OUT]`: a later response table
folded into the bundled review, in place and with -o, twice without a
change, its diagnostics, and a failed run that writes nothing."""
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("AMA_SOURCE_ROOT", os.path.dirname(HERE))
BUILD_TESTS = os.environ.get("G_TEST_BUILDDIR", os.path.join(ROOT, "build", "tests"))
AMA = os.path.join(os.path.dirname(BUILD_TESTS), "examples", "ama", "ama")
BUNDLED = os.path.join(ROOT, "examples", "data", "rotherham-ama-2017.json")

# A later table in a council's shape: its own label style, a decision
# column, a tracker's words, and one row for a recommendation the review
# does not have.
LATER = ("No.\tRecommendation\tDecision\tResponse\tLead officer\n"
         "R1\tPractice partner\tAccepted\tCompleted - the partner arrangement was agreed.\tIan Thomas\n"
         "Recommendation 2\tBoard\t\tIn progress: the board meets every quarter.\t\n"
         "9\tNot in the review\t\tNothing to match.\t\n")


def ama(*args):
    return subprocess.run([AMA, *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def recs(path):
    with open(path, encoding="utf-8") as f:
        return {r["number"]: r for r in json.load(f)["recommendations"]}


def test_merge_in_place_twice_is_one_change(tmp_path):
    review = tmp_path / "review.json"
    shutil.copy(BUNDLED, review)
    later = tmp_path / "tracker.tsv"
    later.write_text(LATER, encoding="utf-8")

    r = ama("merge", str(review), str(later))
    assert r.returncode == 0, r.stderr
    assert "[merge-unmatched]" in r.stderr and "$.recommendations[2]" in r.stderr
    after_first = review.read_bytes()
    assert after_first != open(BUNDLED, "rb").read()

    merged = recs(review)
    assert merged["1"]["response"]["decision"] == "accepted"
    assert merged["1"]["updates"][0]["status"] == "completed"
    assert merged["2"]["updates"][0]["status"] == "in-progress"
    assert "9" not in merged
    # nothing held is rewritten
    original = recs(BUNDLED)
    for number, rec in original.items():
        assert merged[number]["text"] == rec["text"]
        assert merged[number]["response"]["text"] == rec["response"]["text"]

    r = ama("merge", str(review), str(later))
    assert r.returncode == 0, r.stderr
    assert review.read_bytes() == after_first
    # no temporary file left beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.json", "tracker.tsv"]


def test_merge_output_leaves_review(tmp_path):
    later = tmp_path / "tracker.tsv"
    later.write_text(LATER, encoding="utf-8")
    out = tmp_path / "out.json"
    r = ama("merge", BUNDLED, str(later), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert recs(out)["1"]["response"]["decision"] == "accepted"
    r = ama("validate", str(out), "--as-of", "2018-03-31")
    assert "decision-history-mismatch" not in r.stdout


def test_merge_bad_document_writes_nothing(tmp_path):
    review = tmp_path / "review.json"
    shutil.copy(BUNDLED, review)
    before = review.read_bytes()
    later = tmp_path / "tracker.tsv"
    later.write_text(LATER, encoding="utf-8")
    r = ama("merge", str(review), str(later), str(tmp_path / "missing.tsv"))
    assert r.returncode == 2
    assert review.read_bytes() == before


def test_merge_needs_a_review_first(tmp_path):
    later = tmp_path / "tracker.tsv"
    later.write_text(LATER, encoding="utf-8")
    r = ama("merge", str(later), str(later))
    assert r.returncode == 1
    assert "not a review document" in r.stderr
    r = ama("merge", BUNDLED)
    assert r.returncode == 2
