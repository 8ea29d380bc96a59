# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject overrides for libama (namespace Ama-1.0).

PyGObject loads this module by itself on ``from gi.repository import Ama``.
It makes the generated API read like Python without hiding it: every
generated function is still there, under the same name. Written with
PyGObject's public API only (``GObject.list_properties``, ``override``),
as explicit patches, in the manner of libdex's ``Dex.py``:

- every property is also a plain attribute, one spelling for all:
  ``rec.number``, ``item.due``, ``writer.as_of``; a date-valued one holds a
  ``datetime.date`` (``visit.date``, ``meeting.end_date``), and so does
  ``obj.props.date`` when set: ``props`` takes ``datetime.date`` too;
- functions and methods that take a ``GDateTime`` take ``datetime.date``;
  ``Ama.to_pydate()``/``Ama.from_pydate()`` convert by hand;
- ``repr()`` says which object it is: ``<Ama.Recommendation 3: 'The Council
  will continue…'>``;
- errors are ``GLib.Error`` (domain ``ama-error-quark``) and also the
  Python exception a reader expects: ``Ama.FileNotFoundError`` (a
  ``FileNotFoundError``) when a file to read does not exist,
  ``Ama.DocumentError`` (a ``ValueError``, message naming the JSON path or
  line) for a document that is not valid;
- enums read as their JSON nick: ``str(Ama.Decision.ACCEPTED) ==
  "accepted"``, ``Ama.Decision("accepted") is Ama.Decision.ACCEPTED``;
- ``Review.to_data()`` returns a ``str``, ``Review.new_from_data(data)``
  takes ``str`` or ``bytes``, ``to_dict()``/``from_dict()`` go through the
  JSON format, ``Review.load(path)``/``review.save(path)`` take a path, a
  ``pathlib.Path`` or a ``Gio.File``;
- ``Importer.import_data()`` takes ``str`` or ``bytes``;
  ``Importer.import_document(data_or_path)`` returns an ``ImportResult``
  (``review``, ``diagnostics``): the diagnostics come back with the review;
- ``Deadline`` compares with ``==`` (``ama_deadline_equal()``) and hashes.
- ``SourceRef`` likewise (``ama_source_ref_equal()``), and reads as its
  place: ``str(rec.props.source)`` is "report.pdf p. 3, line 12".

Dates in the model are date-only values at midnight UTC; a value carrying a
time (set by a caller through the C API) becomes a timezone-aware
``datetime.datetime`` rather than losing its time.
"""

import collections
import datetime
import functools
import json
import os

from gi.repository import GLib, GObject, Gio

from ..module import get_introspection_module
from ..overrides import override

Ama = get_introspection_module("Ama")

__all__ = []

_DATE_TIME_GTYPE = GLib.DateTime.__gtype__


# --- dates -----------------------------------------------------------------

def to_pydate(value):
    """Converts a model date (a ``GLib.DateTime``) to ``datetime.date``.

    ``None`` stays ``None``. A value that is not midnight UTC carries a time
    and is returned as a timezone-aware ``datetime.datetime``.
    """
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    utc = value.to_utc()
    if utc.get_hour() == 0 and utc.get_minute() == 0 and utc.get_seconds() == 0:
        return datetime.date(utc.get_year(), utc.get_month(), utc.get_day_of_month())
    return datetime.datetime.fromisoformat(value.format_iso8601())


def from_pydate(value):
    """Converts ``datetime.date``, ``datetime.datetime`` or an ISO 8601 string
    to the ``GLib.DateTime`` the model stores (a date is midnight UTC).

    ``None`` and ``GLib.DateTime`` pass through unchanged.
    """
    if value is None or isinstance(value, GLib.DateTime):
        return value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError("a datetime.datetime needs a timezone; use a datetime.date for a date")
        dt = GLib.DateTime.new_from_iso8601(value.isoformat(), None)
    elif isinstance(value, datetime.date):
        dt = GLib.DateTime.new_utc(value.year, value.month, value.day, 0, 0, 0)
    elif isinstance(value, str):
        try:
            return from_pydate(datetime.date.fromisoformat(value))
        except ValueError:
            try:
                dt = GLib.DateTime.new_from_iso8601(value, None)
            except TypeError:  # PyGObject: "constructor returned NULL"
                dt = None
    else:
        raise TypeError("expected a datetime.date, datetime.datetime, ISO 8601 string "
                        "or GLib.DateTime, not %s" % type(value).__name__)
    if dt is None:
        raise ValueError("not a valid date: %r" % (value,))
    return dt


__all__ += ["to_pydate", "from_pydate"]


# --- errors ----------------------------------------------------------------

class FileNotFoundError(GLib.Error, FileNotFoundError):  # noqa: A001 (Ama.FileNotFoundError)
    """A file to read does not exist; still a ``GLib.Error`` of its domain
    and code (``Ama.Error.IO``)."""


class DocumentError(GLib.Error, ValueError):
    """A document that is not valid (``Ama.Error.PARSE``, ``INVALID``,
    ``MISSING``, ``ENCODING``…): the message names the place."""


__all__ += ["FileNotFoundError", "DocumentError"]

_DOCUMENT_CODES = {"PARSE", "INVALID", "MISSING", "UNSUPPORTED_VERSION", "UNSUPPORTED_FORMAT",
                   "ENCODING", "REFERENCE", "DUPLICATE", "AMBIGUOUS", "UNSUPPORTED"}


def _missing_file(args):
    for a in args:
        if isinstance(a, Gio.File):
            path = a.get_path()
            return path is not None and not os.path.lexists(path)
    return False


def _python_error(error, args):
    """The GLib.Error raised by a call, as the subclass a Python reader
    expects, or ``None`` to re-raise it unchanged."""
    if type(error) is not GLib.Error:
        return None
    cls = None
    if error.domain == "ama-error-quark":
        if error.code == int(Ama.Error.IO) and _missing_file(args):
            cls = FileNotFoundError
        elif Ama.Error(error.code).value_name.replace("AMA_ERROR_", "") in _DOCUMENT_CODES:
            cls = DocumentError
    elif error.domain == "g-io-error-quark" and error.code == int(Gio.IOErrorEnum.NOT_FOUND):
        cls = FileNotFoundError
    if cls is None:
        return None
    return cls(error.message, error.domain, error.code)


def _pythonic(function):
    """Wraps a generated function: ``datetime.date`` arguments become
    ``GLib.DateTime`` and errors become ``FileNotFoundError``/
    ``DocumentError`` (still ``GLib.Error``)."""
    @functools.wraps(function)
    def call(*args, **kwargs):
        args = tuple(from_pydate(a) if isinstance(a, datetime.date) else a for a in args)
        kwargs = {k: from_pydate(v) if isinstance(v, datetime.date) else v for k, v in kwargs.items()}
        try:
            return function(*args, **kwargs)
        except GLib.Error as error:
            better = _python_error(error, args)
            if better is None:
                raise
            raise better from None
    return call


# --- properties as attributes ------------------------------------------------

def _attribute(pspec):
    name = pspec.name
    if pspec.value_type == _DATE_TIME_GTYPE:
        def getter(self):
            return to_pydate(self.get_property(name))

        def setter(self, value):
            self.set_property(name, from_pydate(value))
        doc = "The %s property as a datetime.date." % name
    else:
        def getter(self):
            return self.get_property(name)

        def setter(self, value):
            self.set_property(name, value)
        doc = "The %s property." % name
    if not pspec.flags & GObject.ParamFlags.WRITABLE or pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY:
        setter = None
    return property(getter, setter, doc=doc)


class _Props:
    """``obj.props`` that also takes ``datetime.date`` for a date."""

    __slots__ = ("_object",)

    def __init__(self, obj):
        object.__setattr__(self, "_object", obj)

    def __getattr__(self, attr):
        return self._object.get_property(attr.replace("_", "-"))

    def __setattr__(self, attr, value):
        obj = self._object
        name = attr.replace("_", "-")
        pspec = obj.find_property(name)
        if pspec is not None and pspec.value_type == _DATE_TIME_GTYPE:
            value = from_pydate(value)
        obj.set_property(name, value)

    def __dir__(self):
        return [p.name.replace("-", "_") for p in GObject.list_properties(self._object)]


def _props(self):
    return _Props(self)


def _init(base):
    """``__init__`` taking ``datetime.date`` for date properties."""
    dates = {p.name.replace("-", "_") for p in GObject.list_properties(base)
             if p.value_type == _DATE_TIME_GTYPE}

    def __init__(self, *args, **kwargs):
        for key in kwargs:
            if key.replace("-", "_") in dates:
                kwargs[key] = from_pydate(kwargs[key])
        base.__init__(self, *args, **kwargs)
    return __init__


# --- repr ------------------------------------------------------------------

def _short(text, limit=32):
    if text is None:
        return None
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:.") + "…"


def _q(text, limit=32):
    return "None" if text is None else repr(_short(text, limit))


def _n(count, word):
    return "%d %s%s" % (count, word, "" if count == 1 else "s")


def _nick(value):
    return getattr(value, "value_nick", str(value))


def _iso(dt):
    d = to_pydate(dt)
    return "no date" if d is None else d.isoformat()


def _person(p):
    if p is None:
        return "None"
    out = repr(p.props.name)
    if p.props.honorific:
        out = "%s %s" % (p.props.honorific, out)
    if p.props.name_as_written:
        out += " (as written %r)" % p.props.name_as_written
    return out


def _repr_review(o):
    return "%r: %s, %s" % (o.props.id, _q(o.props.title), _n(o.get_recommendations().get_n_items(), "recommendation"))


def _repr_recommendation(o):
    return "%s: %s" % (o.props.number, _q(o.props.text))


def _repr_response(o):
    out = _nick(o.props.decision)
    if o.props.inferred_decision != o.props.decision:
        out += " (inferred: %s)" % _nick(o.props.inferred_decision)
    if o.props.officer is not None:
        out += " officer=" + _person(o.props.officer)
    if o.props.no_further_action:
        out += " no further action"
    return out


def _repr_member(o):
    return "%s: %s" % (_nick(o.props.role), _person(o.props.person))


def _repr_meeting(o):
    when = _iso(o.props.date)
    if o.props.end_date is not None:
        when += "–" + _iso(o.props.end_date)
    out = "%s %s" % (when, _nick(o.props.kind))
    return out + (" " + repr(o.props.body) if o.props.body else "")


def _repr_agenda_item(o):
    return ("%s: " % o.props.number if o.props.number else "") + _q(o.props.title or o.props.description)


def _repr_resolution(o):
    return "(%s) %s" % (o.props.number, _q(o.props.text))


def _repr_visit(o):
    return "%r %s %s %s" % (o.props.authority, _iso(o.props.date), _nick(o.props.arrangement), _nick(o.props.mode))


def _repr_consideration(o):
    return "%r %s %r" % (o.props.body, _iso(o.props.date), o.props.outcome)


def _repr_document(o):
    out = _nick(o.props.kind)
    if o.props.label:
        out += " %r:" % o.props.label
    return "%s %s" % (out, _q(o.props.title))


def _repr_section(o):
    return ("%s " % o.props.number if o.props.number else "") + _q(o.props.title)


def _repr_appraisal(o):
    return "%s × %d criteria, %s, preferred %r" % (
        _n(o.get_options().get_n_items(), "option"), o.get_criteria().get_n_items(),
        _n(o.get_scores().get_n_items(), "score"), o.props.preferred_option)


def _repr_option(o):
    return "%r: %s" % (o.props.id, _q(o.props.name))


def _repr_criterion(o):
    return "%r: %s group=%r" % (o.props.id, _q(o.props.name), o.props.group)


def _repr_score(o):
    return "%r × %r = %g" % (o.props.option_id, o.props.criterion_id, o.props.value)


def _repr_progress_update(o):
    return "%s %s %s" % (_iso(o.props.date), _nick(o.props.status), _q(o.props.note))


def _repr_diagnostic(o):
    where = o.props.path or ("line %d" % o.props.line if o.props.line else None)
    parts = [_nick(o.props.severity)] + [p for p in (o.props.code, where) if p]
    return "%s: %s" % (" ".join(parts), _q(o.props.message, 60))


def _repr_ranking(o):
    out = "%d. %r %g" % (o.props.rank, o.props.option_id, o.props.value)
    if o.props.tied:
        out += " (tied)"
    if o.props.failed_gate:
        out += " failed gate %r" % o.props.failed_gate
    return out


def _repr_result(o):
    rankings = o.get_rankings() if hasattr(o, "get_rankings") else o.props.rankings
    n = rankings.get_n_items() if rankings is not None else 0
    top = rankings.get_item(0) if n else None
    out = "weight set %r" % o.props.weight_set_id if o.props.weight_set_id else "own weights"
    if top is not None:
        out += ": %s, first %r" % (_n(n, "option"), top.props.option_id)
    return out


def _repr_stability(o):
    return "%r weight %g stable in [%g, %g]" % (o.props.criterion_id, o.props.weight, o.props.lower, o.props.upper)


def _repr_weight(o):
    return "%r = %g" % (o.props.criterion_id, o.props.value)


def _repr_weight_set(o):
    return "%r: %s, %s" % (o.props.id, _q(o.props.name), _n(o.props.weights.get_n_items(), "weight"))


def _repr_catalog(o):
    return _n(o.props.n_items, "review")


def _repr_importer(o):
    return _nick(o.props.format)


def _repr_officer_actions(o):
    return "%r: %s, %d overdue" % (o.props.name, _n(o.props.items.get_n_items(), "item"), o.props.overdue_count)


def _repr_tracking_item(o):
    rec = o.props.recommendation
    out = "%s %s" % (rec.props.number if rec is not None else "?", _nick(o.props.status))
    if o.props.officer_name:
        out += " officer=%r" % o.props.officer_name
    if o.props.overdue:
        out += " overdue %d days" % o.props.days_overdue
    return out


def _repr_tracking_summary(o):
    return "%d total, %d outstanding, %d overdue" % (o.props.total, o.props.outstanding, o.props.overdue)


def _repr_smaa(o):
    return "%s, seed %d" % (_n(o.props.n_samples, "sample"), o.props.seed)


def _repr_smaa_result(o):
    return "%s, %s × %d criteria" % (_n(o.props.n_samples, "sample"),
                                     _n(len(o.props.option_ids or []), "option"),
                                     len(o.props.criterion_ids or []))


def _repr_report_writer(o):
    out = _nick(o.props.format)
    if o.props.as_of is not None:
        out += " as of " + _iso(o.props.as_of)
    return out


def _repr_validation_rule(o):
    return "%s %s" % (_nick(o.props.severity), o.props.code)


_REPRS = {
    "Review": _repr_review,
    "Recommendation": _repr_recommendation,
    "Response": _repr_response,
    "Person": _person,
    "Member": _repr_member,
    "Meeting": _repr_meeting,
    "AgendaItem": _repr_agenda_item,
    "Resolution": _repr_resolution,
    "Visit": _repr_visit,
    "Consideration": _repr_consideration,
    "Document": _repr_document,
    "Section": _repr_section,
    "Appraisal": _repr_appraisal,
    "Option": _repr_option,
    "Criterion": _repr_criterion,
    "Score": _repr_score,
    "ProgressUpdate": _repr_progress_update,
    "Diagnostic": _repr_diagnostic,
    # other layers' types
    "AppraisalRanking": _repr_ranking,
    "AppraisalResult": _repr_result,
    "AppraisalStability": _repr_stability,
    "AppraisalWeight": _repr_weight,
    "AppraisalWeightSet": _repr_weight_set,
    "Catalog": _repr_catalog,
    "Importer": _repr_importer,
    "OfficerActions": _repr_officer_actions,
    "TrackingItem": _repr_tracking_item,
    "TrackingSummary": _repr_tracking_summary,
    "ValidationRule": _repr_validation_rule,
    "AppraisalSmaa": _repr_smaa,
    "AppraisalSmaaResult": _repr_smaa_result,
    "ReportWriter": _repr_report_writer,
}

# For types added after these overrides were written: the first of these
# properties that is set says which object it is.
_IDENTITY = ("number", "id", "name", "title", "authority", "body", "path", "text")


def _repr_generic(o):
    names = {p.name for p in GObject.list_properties(o)}
    for name in _IDENTITY:
        if name in names:
            try:
                value = o.get_property(name)
            except TypeError:
                continue
            if isinstance(value, str) and value:
                return "%s=%s" % (name, _q(value))
    return "at 0x%x" % id(o)


def _make_repr(type_name):
    describe = _REPRS.get(type_name, _repr_generic)

    def __repr__(self):
        try:
            return "<Ama.%s %s>" % (type_name, describe(self))
        except Exception:  # repr must never raise
            return "<Ama.%s at 0x%x>" % (type_name, id(self))
    return __repr__


# --- the overrides -----------------------------------------------------------

class Review(Ama.Review):
    """A scrutiny review; see the C documentation of AmaReview."""

    @staticmethod
    def new_from_data(data, length=-1):
        """Loads a review from a JSON document (``str`` or ``bytes``)."""
        if isinstance(data, (bytes, bytearray, memoryview)):
            data = bytes(data).decode("utf-8")
        return _pythonic(Ama.Review.new_from_data)(data, length)

    def to_data(self):
        """Returns the review as a JSON document (``str``)."""
        data, _length = Ama.Review.to_data(self)
        return data

    @classmethod
    def from_dict(cls, document):
        """Builds a review from a ``dict`` in the JSON format (with
        ``format`` and ``version``)."""
        return cls.new_from_data(json.dumps(document, ensure_ascii=False))

    def to_dict(self):
        """Returns the review as a ``dict`` in the JSON format."""
        return json.loads(self.to_data())

    @classmethod
    def load(cls, path, cancellable=None):
        """Loads a review from a path (``str``, ``os.PathLike``) or ``Gio.File``."""
        return cls.new_from_file(_as_file(path), cancellable)

    def save(self, path, cancellable=None):
        """Saves the review, atomically, to a path or ``Gio.File``."""
        return self.save_to_file(_as_file(path), cancellable)


def _as_file(path):
    if isinstance(path, Gio.File):
        return path
    return Gio.File.new_for_path(os.fspath(path))


ImportResult = collections.namedtuple("ImportResult", ["review", "diagnostics"])
ImportResult.__doc__ = "What an import gives: the review and the list of its AmaDiagnostics."
__all__.append("ImportResult")


class Importer(Ama.Importer):
    """Imports council documents; see the C documentation of AmaImporter."""

    def import_data(self, data):
        """Imports a document given as ``str`` or ``bytes``."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        return _pythonic(Ama.Importer.import_data)(self, bytes(data))

    def import_document(self, source, cancellable=None):
        """Imports ``source`` (``bytes``/``str`` holding the document, or a
        ``pathlib.Path``/``Gio.File``) and returns an ``ImportResult``:
        the review and this import's diagnostics, as a list."""
        if isinstance(source, (Gio.File, os.PathLike)):
            review = self.import_file(_as_file(source), cancellable)
        else:
            review = self.import_data(source)
        return ImportResult(review, list(self.get_diagnostics()))


class Deadline(Ama.Deadline):
    """An immutable "action by" deadline; see AmaDeadline."""

    def __eq__(self, other):
        if not isinstance(other, Ama.Deadline):
            return NotImplemented
        return Ama.Deadline.equal(self, other)

    def __hash__(self):
        return hash((self.get_text(), int(self.get_kind()), _iso(self.get_due()),
                     int(self.get_recurrence())))

    def __repr__(self):
        out = "<Ama.Deadline %r %s" % (self.get_text(), _nick(self.get_kind()))
        if self.get_due() is not None:
            out += " due " + _iso(self.get_due())
        if self.get_recurrence() != Ama.Recurrence.NONE:
            out += " " + _nick(self.get_recurrence())
        return out + ">"

    @property
    def due(self):
        """The due date as a ``datetime.date`` (or ``None``)."""
        return to_pydate(self.get_due())

    @property
    def text(self):
        return self.get_text()

    @property
    def kind(self):
        return self.get_kind()

    @property
    def recurrence(self):
        return self.get_recurrence()


class SourceRef(Ama.SourceRef):
    """Where an imported fact was read (document, page, line, table row
    and column; 0 is unknown); see AmaSourceRef."""

    def __eq__(self, other):
        if not isinstance(other, Ama.SourceRef):
            return NotImplemented
        return Ama.SourceRef.equal(self, other)

    def __hash__(self):
        return hash((self.get_document(), self.get_page(), self.get_line(),
                     self.get_row(), self.get_column()))

    def __repr__(self):
        return "<Ama.SourceRef %r>" % self.to_string()

    def __str__(self):
        return self.to_string()


_WRITTEN = {"Review": Review, "Importer": Importer, "Deadline": Deadline, "SourceRef": SourceRef}


def _pythonic_methods(base, written):
    """The generated members of ``base`` (its own, not inherited), made
    ``_pythonic``; hand-written ones are left as they are."""
    ns = {}
    for attr, value in list(vars(base).items()):
        if attr.startswith("_") or not callable(value) or (written is not None and attr in vars(written)):
            continue
        bound = getattr(base, attr)
        if bound is value:
            # a method (the instance comes first) or a static function
            ns[attr] = _pythonic(value)
        else:
            # a constructor, which PyGObject binds to its class
            ns[attr] = staticmethod(_pythonic(bound))
    return ns


def _override(name):
    base = getattr(Ama, name)
    written = _WRITTEN.get(name)
    ns = _pythonic_methods(base, written)
    if issubclass(base, GObject.Object):
        ns["__repr__"] = _make_repr(name)
        ns["props"] = property(_props, doc="The properties, taking datetime.date for dates.")
        ns["__init__"] = _init(base)
        for pspec in GObject.list_properties(base):
            attr = pspec.name.replace("-", "_")
            if not hasattr(base, attr) and (written is None or attr not in vars(written)):
                ns[attr] = _attribute(pspec)
    if written is None:
        cls = type(name, (base,), dict(ns, __module__=__name__, __qualname__=name))
    else:
        for attr, value in ns.items():
            if attr not in vars(written):
                setattr(written, attr, value)
        cls = written
    return override(cls)


def _nick_str(self):
    return self.value_nick


def _by_nick(cls, original):
    def __new__(klass, value):
        if isinstance(value, str):
            for member in klass.__enum_values__.values():
                if member.value_nick == value:
                    return member
            raise ValueError("%r is not a %s (expected one of: %s)" % (
                value, klass.__name__, ", ".join(m.value_nick for m in klass.__enum_values__.values())))
        return original(klass, value)
    return __new__


for _name in dir(Ama):
    _base = getattr(Ama, _name, None)
    if not isinstance(_base, type) or _name.endswith("Class"):
        continue
    if issubclass(_base, (GObject.GEnum, GObject.GFlags)):
        # Enums read as their JSON nick, and are made from it.
        _base.__str__ = _nick_str
        if issubclass(_base, GObject.GEnum):
            _base.__new__ = _by_nick(_base, _base.__new__)
        continue
    if issubclass(_base, GObject.Object) or _name in ("Deadline", "SourceRef"):
        globals()[_name] = _override(_name)
        __all__.append(_name)
    elif callable(_base):
        continue

for _name in dir(Ama):
    _function = getattr(Ama, _name, None)
    if _name[0].islower() and callable(_function) and not isinstance(_function, type):
        globals()[_name] = _pythonic(_function)
        __all__.append(_name)

del _name, _base, _function
