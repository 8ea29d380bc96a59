#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""What a user might write instead of libama: the standard library's json
module and dataclasses, with the same checks the library makes on load
(types, enum nicks, ISO dates), the same output bytes on save, the same
core validation rules and the same overdue tracking.

Run by ama-bench as a child, one measurement per process:

    /usr/bin/python3 baseline.py OP PATH

and prints "ok SECONDS PEAK_KB IDLE_KB COUNT" like the C child. Only
Debian's /usr/bin/python3 is used (no third-party modules).
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Optional

DECISIONS = ("pending", "accepted", "partially-accepted", "rejected", "deferred", "noted")
STATUSES = ("draft", "in-progress", "reported", "responded", "monitoring", "closed")
PROGRESS = ("not-started", "in-progress", "completed", "not-achieved", "superseded")
ROLES = ("member", "chair", "vice-chair", "co-opted", "officer", "other")
DEADLINE_KINDS = ("unparsed", "date", "month", "quarter", "financial-year", "recurring", "ongoing",
                  "immediate", "not-applicable")
RECURRENCES = ("none", "weekly", "monthly", "quarterly", "yearly")


class LoadError(Exception):
    pass


def want_str(value, path):
    if value is None:
        return None
    if not isinstance(value, str):
        raise LoadError(f"{path}: expected a string")
    return value


def want_enum(value, nicks, path):
    if not isinstance(value, str) or value not in nicks:
        raise LoadError(f"{path}: unknown value {value!r}")
    return value


def want_date(value, path):
    if not isinstance(value, str):
        raise LoadError(f"{path}: expected a date string")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise LoadError(f"{path}: {value!r} is not a valid date") from None


def want_strv(value, path):
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise LoadError(f"{path}: expected an array of strings")
    return value


def want_list(value, path):
    if not isinstance(value, list):
        raise LoadError(f"{path}: expected an array")
    return value


def want_object(value, path):
    if not isinstance(value, dict):
        raise LoadError(f"{path}: expected an object")
    return value


@dataclass
class Person:
    name: Optional[str] = None
    name_as_written: Optional[str] = None
    honorific: Optional[str] = None
    role: Optional[str] = None
    organisation: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[str] = None
    extra: dict = field(default_factory=dict)


@dataclass
class Member:
    person: Optional[Person] = None
    role: str = "member"
    extra: dict = field(default_factory=dict)


@dataclass
class Deadline:
    text: str = ""
    kind: str = "unparsed"
    due: Optional[datetime.date] = None
    recurrence: str = "none"


@dataclass
class ProgressUpdate:
    date: Optional[datetime.date] = None
    status: str = "not-started"
    note: Optional[str] = None
    extra: dict = field(default_factory=dict)


@dataclass
class Response:
    decision: str = "pending"
    inferred_decision: str = "pending"
    text: Optional[str] = None
    officer: Optional[Person] = None
    action_by: Optional[Deadline] = None
    no_further_action: bool = False
    reconsider_on: Optional[datetime.date] = None
    date: Optional[datetime.date] = None
    extra: dict = field(default_factory=dict)


@dataclass
class Recommendation:
    number: Optional[str] = None
    text: Optional[str] = None
    points: list = field(default_factory=list)
    response: Optional[Response] = None
    updates: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


@dataclass
class Consideration:
    body: Optional[str] = None
    date: Optional[datetime.date] = None
    outcome: Optional[str] = None
    extra: dict = field(default_factory=dict)


@dataclass
class Review:
    id: Optional[str] = None
    title: Optional[str] = None
    authority: Optional[str] = None
    body: Optional[str] = None
    summary: Optional[str] = None
    status: str = "draft"
    scope: Optional[str] = None
    members: list = field(default_factory=list)
    terms_of_reference: list = field(default_factory=list)
    recommendations: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    visits: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    considerations: list = field(default_factory=list)
    appraisal: Any = None
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- load

def person_from(d, path):
    d = want_object(d, path)
    p = Person()
    for k, v in d.items():
        if k in ("name", "name-as-written", "honorific", "role", "organisation", "phone", "email"):
            setattr(p, k.replace("-", "_"), want_str(v, f"{path}.{k}"))
        else:
            p.extra[k] = v
    return p


def deadline_from(d, path):
    if isinstance(d, str):
        return Deadline(text=d)
    d = want_object(d, path)
    if "text" not in d:
        raise LoadError(f"{path}: missing member 'text'")
    dl = Deadline(text=want_str(d["text"], f"{path}.text"))
    if "kind" in d:
        dl.kind = want_enum(d["kind"], DEADLINE_KINDS, f"{path}.kind")
    if "due" in d:
        dl.due = want_date(d["due"], f"{path}.due")
    if "recurrence" in d:
        dl.recurrence = want_enum(d["recurrence"], RECURRENCES, f"{path}.recurrence")
    return dl


def response_from(d, path):
    d = want_object(d, path)
    r = Response()
    for k, v in d.items():
        p = f"{path}.{k}"
        if k == "decision":
            r.decision = want_enum(v, DECISIONS, p)
        elif k == "inferred-decision":
            r.inferred_decision = want_enum(v, DECISIONS, p)
        elif k == "text":
            r.text = want_str(v, p)
        elif k == "officer":
            r.officer = person_from(v, p)
        elif k == "action-by":
            r.action_by = deadline_from(v, p)
        elif k == "no-further-action":
            if not isinstance(v, bool):
                raise LoadError(f"{p}: expected a boolean")
            r.no_further_action = v
        elif k in ("reconsider-on", "date"):
            setattr(r, k.replace("-", "_"), want_date(v, p))
        else:
            r.extra[k] = v
    return r


def update_from(d, path):
    d = want_object(d, path)
    u = ProgressUpdate()
    for k, v in d.items():
        p = f"{path}.{k}"
        if k == "date":
            u.date = want_date(v, p)
        elif k == "status":
            u.status = want_enum(v, PROGRESS, p)
        elif k == "note":
            u.note = want_str(v, p)
        else:
            u.extra[k] = v
    return u


def recommendation_from(d, path):
    d = want_object(d, path)
    r = Recommendation()
    for k, v in d.items():
        p = f"{path}.{k}"
        if k in ("number", "text"):
            setattr(r, k, want_str(v, p))
        elif k == "points":
            r.points = want_strv(v, p)
        elif k == "response":
            r.response = None if v is None else response_from(v, p)
        elif k == "updates":
            r.updates = [update_from(u, f"{p}[{i}]") for i, u in enumerate(want_list(v, p))]
        else:
            r.extra[k] = v
    return r


def member_from(d, path):
    d = want_object(d, path)
    m = Member()
    for k, v in d.items():
        p = f"{path}.{k}"
        if k == "person":
            m.person = person_from(v, p)
        elif k == "role":
            m.role = want_enum(v, ROLES, p)
        else:
            m.extra[k] = v
    return m


def consideration_from(d, path):
    d = want_object(d, path)
    c = Consideration()
    for k, v in d.items():
        p = f"{path}.{k}"
        if k in ("body", "outcome"):
            setattr(c, k, want_str(v, p))
        elif k == "date":
            c.date = want_date(v, p)
        else:
            c.extra[k] = v
    return c


def review_from_text(text):
    root = json.loads(text)
    if not isinstance(root, dict):
        raise LoadError("$: expected an object")
    if root.get("format") != "ama-review":
        raise LoadError("$.format: expected 'ama-review'")
    if root.get("version") != 1:
        raise LoadError("$.version: unsupported")
    r = Review()
    for k, v in root.items():
        p = f"$.{k}"
        if k in ("format", "version"):
            continue
        if k in ("id", "title", "authority", "body", "summary", "scope"):
            setattr(r, k, want_str(v, p))
        elif k == "status":
            r.status = want_enum(v, STATUSES, p)
        elif k == "terms-of-reference":
            r.terms_of_reference = want_strv(v, p)
        elif k == "members":
            r.members = [member_from(m, f"{p}[{i}]") for i, m in enumerate(want_list(v, p))]
        elif k == "recommendations":
            r.recommendations = [recommendation_from(m, f"{p}[{i}]") for i, m in enumerate(want_list(v, p))]
        elif k == "considerations":
            r.considerations = [consideration_from(m, f"{p}[{i}]") for i, m in enumerate(want_list(v, p))]
        elif k in ("meetings", "visits", "documents"):
            # Not in the generated corpus; kept as plain JSON.
            setattr(r, k, want_list(v, p))
        elif k == "appraisal":
            r.appraisal = v
        else:
            r.extra[k] = v
    return r


# ---------------------------------------------------------------- save

def put(out, key, value):
    if value is not None:
        out[key] = value


def person_to(p):
    out = {}
    for k in ("name", "name_as_written", "honorific", "role", "organisation", "phone", "email"):
        put(out, k.replace("_", "-"), getattr(p, k))
    out.update({k: v for k, v in p.extra.items() if k not in out})
    return out


def deadline_to(d):
    out = {"text": d.text, "kind": d.kind}
    if d.due is not None:
        out["due"] = d.due.isoformat()
    if d.recurrence != "none":
        out["recurrence"] = d.recurrence
    return out


def response_to(r):
    out = {"decision": r.decision, "inferred-decision": r.inferred_decision}
    put(out, "text", r.text)
    if r.officer is not None:
        out["officer"] = person_to(r.officer)
    if r.action_by is not None:
        out["action-by"] = deadline_to(r.action_by)
    if r.no_further_action:
        out["no-further-action"] = True
    if r.reconsider_on is not None:
        out["reconsider-on"] = r.reconsider_on.isoformat()
    if r.date is not None:
        out["date"] = r.date.isoformat()
    out.update({k: v for k, v in r.extra.items() if k not in out})
    return out


def recommendation_to(r):
    out = {}
    put(out, "number", r.number)
    put(out, "text", r.text)
    if r.points:
        out["points"] = r.points
    if r.response is not None:
        out["response"] = response_to(r.response)
    if r.updates:
        ups = []
        for u in r.updates:
            d = {}
            if u.date is not None:
                d["date"] = u.date.isoformat()
            d["status"] = u.status
            put(d, "note", u.note)
            d.update({k: v for k, v in u.extra.items() if k not in d})
            ups.append(d)
        out["updates"] = ups
    out.update({k: v for k, v in r.extra.items() if k not in out})
    return out


def review_to_text(r):
    out = {"format": "ama-review", "version": 1}
    for k in ("id", "title", "authority", "body", "summary"):
        put(out, k, getattr(r, k))
    out["status"] = r.status
    put(out, "scope", r.scope)
    if r.members:
        out["members"] = [dict(person=person_to(m.person), role=m.role, **m.extra) if m.person
                          else dict(role=m.role, **m.extra) for m in r.members]
    if r.terms_of_reference:
        out["terms-of-reference"] = r.terms_of_reference
    if r.recommendations:
        out["recommendations"] = [recommendation_to(x) for x in r.recommendations]
    for k in ("meetings", "visits", "documents"):
        if getattr(r, k):
            out[k] = getattr(r, k)
    if r.considerations:
        cs = []
        for c in r.considerations:
            d = {}
            put(d, "body", c.body)
            if c.date is not None:
                d["date"] = c.date.isoformat()
            put(d, "outcome", c.outcome)
            d.update(c.extra)
            cs.append(d)
        out["considerations"] = cs
    if r.appraisal is not None:
        out["appraisal"] = r.appraisal
    out.update({k: v for k, v in r.extra.items() if k not in out})
    # json-glib's pretty printer: two spaces, "key" : value.
    return json.dumps(out, indent=2, ensure_ascii=False, separators=(",", " : ")) + "\n"


# ---------------------------------------------------------------- validate
# The core rules of ama_review_validate (lib/analysis/ama-validator.c), written the
# way a user would: one pass per recommendation, then numbers and officer
# spellings review-wide. Each finding is a Diagnostic with a code, a JSON
# path and a message, as the library makes.

@dataclass
class Diagnostic:
    code: str
    path: str
    message: str


def blank(text):
    return text is None or text.strip() == ""


def officer_key(name):
    if blank(name):
        return None
    out = []
    folded = name.casefold()
    i = 0
    while i < len(folded):
        c = folded[i]
        if c.isspace() or c == ".":
            if out and out[-1] != " ":
                out.append(" ")
            i += 1
            continue
        if c in "l1|":
            c = "i"
        elif c == "0":
            c = "o"
        elif c == "r" and folded[i + 1:i + 2] == "n":
            c = "m"
            i += 1
        out.append(c)
        i += 1
    return "".join(out).strip()


def plausibility(name):
    score, start = 0, True
    for c in name:
        if c.isspace():
            start = True
            continue
        if start and c.isupper():
            score += 2
        elif start and c.islower():
            score -= 2
        if c.isdigit() or c == "|":
            score -= 3
        start = False
    return score


def latest_update(rec, as_of):
    best = None
    for u in rec.updates:
        if u.date is None or (as_of is not None and u.date > as_of):
            continue
        if best is None or u.date >= best.date:
            best = u
    return best


def validate(review, as_of):
    out = []
    for i, rec in enumerate(review.recommendations):
        label = rec.number if not blank(rec.number) else f"#{i + 1}"
        base = f"$.recommendations[{i}]"
        if blank(rec.text):
            out.append(Diagnostic("recommendation-text-empty", f"{base}.text",
                                  f"Recommendation {label} has no text"))
        r = rec.response
        if r is None:
            out.append(Diagnostic("response-missing", f"{base}.response",
                                  f"Recommendation {label} has no response recorded"))
        else:
            p = f"{base}.response"
            by = r.action_by
            d = r.decision
            if d == "pending":
                out.append(Diagnostic("decision-missing", f"{p}.decision",
                                      f"Recommendation {label}: no decision is recorded"))
            elif d in ("accepted", "partially-accepted"):
                if blank(r.text):
                    out.append(Diagnostic("accepted-no-action", f"{p}.text",
                                          f"Recommendation {label} is {d} but the response proposes no action"))
                if r.officer is None and not r.no_further_action:
                    out.append(Diagnostic("accepted-no-officer", f"{p}.officer",
                                          f"Recommendation {label} is {d} but no officer is responsible"))
                if by is None and not r.no_further_action:
                    out.append(Diagnostic("accepted-no-action-by", f"{p}.action-by",
                                          f"Recommendation {label} is {d} but has no action-by date"))
            elif d == "rejected":
                if blank(r.text):
                    out.append(Diagnostic("rejected-no-rationale", f"{p}.text",
                                          f"Recommendation {label} is rejected without a rationale"))
            elif d == "deferred":
                by_due = by.due if by else None
                if blank(r.text):
                    out.append(Diagnostic("deferred-no-reason", f"{p}.text",
                                          f"Recommendation {label} is deferred without saying why"))
                if r.reconsider_on is None and by_due is None:
                    out.append(Diagnostic("deferred-no-reconsider", f"{p}.reconsider-on",
                                          f"Recommendation {label} is deferred without saying when"))
                when = r.reconsider_on or by_due
                latest = latest_update(rec, as_of) if as_of is not None else None
                if as_of is not None and when is not None and (latest is None or latest.status == "not-started"):
                    days = (as_of - when).days
                    if days > 0:
                        out.append(Diagnostic("deferred-reconsider-passed", f"{p}.reconsider-on",
                                              f"Recommendation {label} was to be reconsidered by {when}, {days} days ago"))
            if by is not None:
                if by.kind == "unparsed":
                    out.append(Diagnostic("action-by-unparsed", f"{p}.action-by",
                                          f"Recommendation {label}: the action-by {by.text!r} could not be understood"))
                elif by.due is not None and r.date is not None and by.due < r.date:
                    out.append(Diagnostic("action-by-before-response", f"{p}.action-by",
                                          f"Recommendation {label}: the action-by is before the response date"))
        for j, u in enumerate(rec.updates):
            up = f"{base}.updates[{j}].date"
            if u.date is None:
                out.append(Diagnostic("progress-update-undated", up,
                                      f"Recommendation {label}: progress update {j + 1} has no date"))
            elif as_of is not None and u.date > as_of:
                out.append(Diagnostic("progress-update-future", up,
                                      f"Recommendation {label}: progress update {j + 1} is dated {u.date}, after {as_of}"))

    seen, numbers = {}, []
    for i, rec in enumerate(review.recommendations):
        path = f"$.recommendations[{i}].number"
        if blank(rec.number):
            out.append(Diagnostic("recommendation-number-empty", path, f"Recommendation #{i + 1} has no number"))
            continue
        key = rec.number.casefold().strip()
        if key in seen:
            out.append(Diagnostic("recommendation-number-duplicate", path,
                                  f"Recommendation number {rec.number!r} is used again (first at $.recommendations[{seen[key]}])"))
        else:
            seen[key] = i
        digits = rec.number.strip()
        n = 0
        while n < len(digits) and digits[n].isdigit():
            n += 1
        if n and 0 < int(digits[:n]) < 10000:
            numbers.append(int(digits[:n]))
    if numbers:
        present = set(numbers)
        for v in range(1, max(numbers) + 1):
            if v not in present:
                out.append(Diagnostic("recommendation-number-missing", "$.recommendations",
                                      f"Recommendation {v} is missing"))

    spellings = {}
    for i, rec in enumerate(review.recommendations):
        o = rec.response.officer if rec.response else None
        key = officer_key(o.name) if o else None
        if key is None:
            continue
        entry = spellings.setdefault(key, {}).setdefault(o.name, [plausibility(o.name), 0, i])
        entry[1] += 1
    for i, rec in enumerate(review.recommendations):
        o = rec.response.officer if rec.response else None
        if o is None:
            continue
        key = officer_key(o.name)
        if not blank(o.name_as_written) and o.name_as_written != o.name and officer_key(o.name_as_written) == key:
            out.append(Diagnostic("officer-name-corrected", f"$.recommendations[{i}].response.officer.name-as-written",
                                  f"the officer written {o.name_as_written!r} was read as {o.name!r}"))
        group = spellings.get(key) if key else None
        if not group or len(group) < 2:
            continue
        best = max(group.items(), key=lambda kv: (kv[1][0], kv[1][1], -kv[1][2]))[0]
        # Case and spacing are not OCR confusion.
        if " ".join(best.casefold().split()) != " ".join(o.name.casefold().split()):
            out.append(Diagnostic("officer-name-confusable", f"$.recommendations[{i}].response.officer.name",
                                  f"the officer {o.name!r} is probably {best!r}"))
    return out


# ---------------------------------------------------------------- track
# Overdue as of a date, with the rules of ama_review_get_overdue: agreed
# (or undecided with an action-by) and not no-further-action; closed by a
# completed (non-recurring), superseded or not-achieved update on or
# before the date; overdue when the due date has passed.

@dataclass
class TrackingItem:
    recommendation: Recommendation
    officer: Optional[str]
    due: datetime.date
    days_overdue: int
    reason: str


def track_overdue(review, as_of):
    out = []
    for rec in review.recommendations:
        r = rec.response
        decision = r.decision if r else "pending"
        by = r.action_by if r else None
        nfa = r.no_further_action if r else False
        tracked = (decision in ("accepted", "partially-accepted") or
                   (decision == "pending" and by is not None)) and not nfa
        if not tracked or by is None:
            continue
        recurring = by.kind == "recurring"
        latest = latest_update(rec, as_of)
        status = latest.status if latest else "not-started"
        if (status == "completed" and not recurring) or status in ("superseded", "not-achieved"):
            continue
        if recurring and r.date is None:
            # Unanchored: with no response date there are no earlier
            # cycles to count, so it is never called overdue.
            continue
        if recurring and by.recurrence == "yearly":
            # Yearly actions fall due at each financial year end (31 March);
            # a cycle is reported on by an update after the cycle began.
            year = as_of.year if as_of >= datetime.date(as_of.year, 3, 31) else as_of.year - 1
            prev = datetime.date(year, 3, 31)
            start = datetime.date(year - 1, 3, 31)
            if latest is not None and latest.date > start:
                continue
            days = (as_of - prev).days
            out.append(TrackingItem(rec, r.officer.name if r.officer else None, prev, days,
                                    f"Yearly action {by.text!r} was due {prev} with no progress update "
                                    f"for that cycle; {days} days overdue"))
            continue
        if by.due is None:
            # Ongoing, or no due date: cannot fall overdue.
            continue
        days = (as_of - by.due).days
        if days > 0:
            words = status.replace("-", " ")
            since = f"{words} since {latest.date}" if latest else "no progress reported"
            out.append(TrackingItem(rec, r.officer.name if r.officer else None, by.due, days,
                                    f"Due {by.due} ({by.text!r}), {days} days overdue; {since}"))
    return out


# ---------------------------------------------------------------- child

def status_kb():
    rss = hwm = 0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    return rss, hwm


def list_folder(path):
    return sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith(".json"))


def main(argv):
    op, path = argv[1], argv[2]
    folder = os.path.isdir(path)
    idle, _ = status_kb()
    data = None
    if not folder:
        with open(path, "rb") as f:
            data = f.read()

    keep = []
    if op in ("save", "validate", "track"):
        if folder:
            for name in list_folder(path):
                with open(name, "rb") as f:
                    keep.append(review_from_text(f.read()))
        else:
            keep.append(review_from_text(data))

    count = findings = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    if op == "load":
        if folder:
            for name in list_folder(path):
                with open(name, "rb") as f:
                    r = review_from_text(f.read())
                count += len(r.recommendations)
                keep.append(r)
        else:
            r = review_from_text(data)
            count = len(r.recommendations)
            keep.append(r)
    elif op == "save":
        outs = []
        for r in keep:
            outs.append(review_to_text(r).encode("utf-8"))
            count += len(r.recommendations)
        if not folder and outs[0] != data:
            print("error python save did not reproduce the input bytes")
            return 0
    elif op in ("validate", "track"):
        as_of = datetime.date(2019, 6, 30)
        results = []
        for r in keep:
            found = validate(r, as_of) if op == "validate" else track_overdue(r, as_of)
            findings += len(found)
            results.append(found)
            count += len(r.recommendations)
    else:
        print(f"error unknown operation {op}")
        return 0
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    _, hwm = status_kb()
    print(f"ok {seconds:.6f} {hwm} {idle} {count} {findings} {cpu:.6f}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except LoadError as e:
        print(f"error {e}")
