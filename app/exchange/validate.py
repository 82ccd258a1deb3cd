"""data.json from another organisation, checked field by field before any use (issue 8).

A bundle that passed every signature check is still input from another organisation, written by
software we do not control. Every part of it is checked here, before the importer reads a value:
the shape of the document, every record's table, id and creation time, the merge state's shape
(organisation indexes, edit counters, at most a few siblings), and every value against its
field: its type, a range for numbers (finite; counters and integers within 2^53 - 1; sizes not
negative and capped), a length cap for text, valid Unicode (no lone surrogates, no NUL), and the
format of ids, dates, times and hashes. Anything else rejects the whole bundle with its one-line
error; nothing is written.

What a sender may *claim* in a version context (which counters it can have seen) is a trust rule,
not a format rule: see the importer's trust checks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from app.domain.records import TYPE_BY_TABLE, Record
from app.errors import BundleContentInvalid
from app.exchange.state_store import merge_fields

MAX_SAFE_INT = 2**53 - 1  # the largest integer every JSON reader holds exactly
MAX_ORGS = 10_000
MAX_RECORDS = 5_000_000
MAX_SIBLINGS = 64  # concurrent values of one field (the merge's own cap)
# Free text is capped at what the importer always allowed: the app itself caps no field, and a
# tighter cap here would make a partner refuse every bundle carrying one long entry.
MAX_TEXT = 1_000_000  # characters
MAX_CODE = 200  # values the app chooses from a list: kinds, statuses, classification, media type
MAX_ATTACHMENT_BYTES = 2 * 1024**3  # the vault's own attachment cap

DATA_FORMAT = "roundtable-data/1"  # data.json's "format" (docs/bundle-format.md)
_ID = re.compile(r"[0-9A-Za-z-]{1,64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}(:[0-9]{2})?")
# A real time of day too (00:00 to 23:59:59, offsets within a day): `99:99` is no moment, and
# every reader (ours: datetime.fromisoformat) would take it differently.
_TIMESTAMP = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([01][0-9]|2[0-3]):[0-5][0-9]"
    r"(:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])?"
)
_LONG_TEXT = frozenset({"text", "summary", "notes", "description", "general_goal"})
_CODES = frozenset(
    {"kind", "status", "classification", "gender", "role", "media_type", "country", "placement"}
)
MAX_HEADCOUNT = 10_000_000  # people counted in one session
_DATES = frozenset({"start_date", "end_date", "date", "due_date", "completed_on"})
_TIMES = frozenset({"start_time", "end_time"})


def _fail() -> BundleContentInvalid:
    return BundleContentInvalid()


def _text(value: Any, cap: int) -> bool:
    if not isinstance(value, str) or len(value) > cap or "\x00" in value:
        return False
    if value.isascii():  # no surrogate to find (and no copy to make for most values)
        return True
    try:
        value.encode("utf-8")  # a lone surrogate ("\ud800" in JSON) does not encode
    except UnicodeEncodeError:
        return False
    return True


def _encodes(value: str) -> bool:
    try:
        value.encode("utf-8")  # a lone surrogate ("\ud800" in JSON) does not encode
    except UnicodeEncodeError:
        return False
    return True


def _date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_record_id(value: Any) -> bool:
    return isinstance(value, str) and bool(_ID.fullmatch(value))


def is_timestamp(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    m = _TIMESTAMP.fullmatch(value)
    return m is not None and _date(m["date"])


def _timestamp(value: Any, dates: set[str]) -> bool:
    """`is_timestamp`, with the dates already found valid in `dates`."""
    if not isinstance(value, str) or len(value) > 40:
        return False
    m = _TIMESTAMP.fullmatch(value)
    if m is None:
        return False
    day = m["date"]
    if day in dates:
        return True
    if not _date(day):
        return False
    if len(dates) < _MEMO:
        dates.add(day)
    return True


def _int(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: type(v) is int and low <= v <= high


def _finite(v: Any) -> bool:
    if type(v) is int:
        return -MAX_SAFE_INT <= v <= MAX_SAFE_INT
    return type(v) is float and math.isfinite(v) and abs(v) <= MAX_SAFE_INT


def _bool(v: Any) -> bool:
    return type(v) is bool


def _reference(v: Any) -> bool:
    """A link to another record: its id, or "" for none."""
    return v == "" or is_record_id(v)


def _checker(name: str, kind: str) -> Callable[[Any], bool]:
    """The check of one field's values, from its declared type and its name. Booleans and
    links share one function each (`read_data` tests those inline, knowing them by identity)."""
    if kind == "bool":
        return _bool
    if kind == "float":
        return _finite
    if kind == "int":
        if name == "size":
            return _int(0, MAX_ATTACHMENT_BYTES)
        if name == "count":
            return _int(0, MAX_HEADCOUNT)
        return _int(-MAX_SAFE_INT, MAX_SAFE_INT)
    if kind != "str":
        return lambda v: False  # a field type this module does not know: accept nothing
    if name.endswith("_id"):
        return _reference
    if name in _DATES:
        return lambda v: v == "" or _date(v)
    if name in _TIMES:
        return lambda v: v == "" or (isinstance(v, str) and bool(_TIME.fullmatch(v)))
    if name == "sha256":
        return lambda v: v == "" or (isinstance(v, str) and bool(_SHA256.fullmatch(v)))
    if name in _CODES:
        return _code
    return _free_text


def _code(v: Any) -> bool:
    return _text(v, MAX_CODE)


def _free_text(v: Any) -> bool:
    return _text(v, MAX_TEXT)


@cache
def field_checks(cls: type[Record]) -> dict[str, Callable[[Any], bool]]:
    """name -> check, for every field an incoming state may carry (content fields, deleted)."""
    allowed = merge_fields(cls)
    return {
        f.name: _checker(f.name, str(f.type)) for f in dataclasses.fields(cls) if f.name in allowed
    }


def _counter(value: Any) -> bool:
    return type(value) is int and 0 < value <= MAX_SAFE_INT


def _org_index(value: Any, orgs: int) -> bool:
    return type(value) is int and 0 <= value < orgs


def _dot(item: Any, orgs: int, with_value: bool) -> bool:
    return (
        isinstance(item, list)
        and len(item) == (3 if with_value else 2)
        and _org_index(item[0], orgs)
        and _counter(item[1])
    )


def validate_state(doc: Any, cls: type[Record], orgs: int) -> None:
    """The shape, types and bounds of one record's merge state (per-field version contexts).
    Raises BundleContentInvalid."""
    checks = field_checks(cls)
    if not isinstance(doc, dict) or set(doc) - {"f", "p"}:
        raise _fail()
    fields_doc = doc.get("f", {})
    holders = doc.get("p", {})
    if not isinstance(fields_doc, dict) or not isinstance(holders, dict):
        raise _fail()
    for name, enc in fields_doc.items():
        check = checks.get(name)
        if check is None:
            raise _fail()
        if type(enc) is list:  # [org, n, value], the common case: `_dot` inlined
            if len(enc) != 3:
                raise _fail()
            i, n, v = enc
            if type(i) is not int or not 0 <= i < orgs:
                raise _fail()
            if type(n) is not int or not 0 < n <= MAX_SAFE_INT or not check(v):
                raise _fail()
            if check is _finite:
                enc[2] = _as_float(v)
            continue
        if not isinstance(enc, dict) or set(enc) != {"c", "s"}:
            raise _fail()
        context, sibs = enc["c"], enc["s"]
        if not isinstance(context, list) or not isinstance(sibs, list):
            raise _fail()
        if len(context) > min(orgs, MAX_ORGS) or len(sibs) > MAX_SIBLINGS:
            raise _fail()
        if not all(_dot(item, orgs, with_value=False) for item in context):
            raise _fail()
        if len({item[0] for item in context}) != len(context):
            raise _fail()  # one counter per organisation
        for item in sibs:
            if not _dot(item, orgs, with_value=True) or not check(item[2]):
                raise _fail()
            if check is _finite:
                item[2] = _as_float(item[2])
    for name, value in holders.items():
        check = checks.get(name)
        if check is None or not check(value):
            raise _fail()
        if check is _finite:
            holders[name] = _as_float(value)


def _as_float(v: int | float) -> float:
    """A float field's value as the REAL column will read it back. A JSON integer (`3`) reads
    back as 3.0, and -0.0 as 0.0 (SQLite stores a zero without its sign): kept as given, the
    stored state remembered `int:3` or `float:-0.0`, and after any later local edit of the
    record the field counted as changed here, a phantom edit in our name sent on to partners.
    `+ 0.0` turns -0.0 into 0.0 and leaves every other float as it is."""
    return float(v) + 0.0


def validate_data(data: Any) -> None:
    """All of data.json, before any of it is used. Raises BundleContentInvalid."""
    read_data(data)


# Values found valid, remembered to skip checking them again: at most this many (a bundle of
# millions of distinct links must not also fill a set as large).
_MEMO = 65_536
_DATA_KEYS = frozenset({"format", "policy", "orgs", "records"})
_ITEM_KEYS = frozenset({"t", "id", "c", "s"})
_STATE_KEYS = frozenset({"f", "p"})


# One record of data.json as checked: (class, id, creation time, state document, values, dot).
# `values` (field -> value, in the bundle's order) when every field of its state is one value
# and every value has the same dot, `dot` (organisation index, edit number): the usual form,
# nothing left to decode. Otherwise `values` is None and the state document is to decode.
Checked = tuple[type[Record], str, str, dict[str, Any], dict[str, Any] | None, tuple[int, int]]
_NO_DOT = (0, 0)


def read_data(data: Any) -> tuple[list[str], list[Checked]]:
    """All of data.json checked, in one pass: (organisation ids, records). Raises
    BundleContentInvalid for anything `validate_state` and the document's own rules refuse,
    and for a record given twice or without its creation time (issue 14: the importer walked
    every field three times, to check it, to read it and to plan it)."""
    if not isinstance(data, dict) or not data.keys() <= _DATA_KEYS:
        raise _fail()
    if data.get("format") != DATA_FORMAT:
        raise _fail()
    if "policy" in data and not _text(data["policy"], MAX_CODE):
        raise _fail()
    orgs, records = data.get("orgs"), data.get("records")
    if not isinstance(orgs, list) or not isinstance(records, list):
        raise _fail()
    if len(orgs) > MAX_ORGS or len(records) > MAX_RECORDS:
        raise _fail()
    if not all(is_record_id(o) for o in orgs) or len(set(orgs)) != len(orgs):
        raise _fail()
    norgs = len(orgs)
    out: list[Checked] = []
    seen: set[tuple[str, str]] = set()
    links: set[str] = {""}  # link values already checked (most repeat: a meeting's id...)
    dates: set[str] = set()  # the same for the dates of creation times
    is_id = _ID.fullmatch
    by_table = TYPE_BY_TABLE
    for item in records:
        if not isinstance(item, dict) or not item.keys() <= _ITEM_KEYS:
            raise _fail()
        table, rid = item.get("t"), item.get("id")
        cls = by_table.get(table) if isinstance(table, str) else None
        if cls is None or not isinstance(rid, str) or is_id(rid) is None:
            raise _fail()
        created = item.get("c")
        if created != "" and not _timestamp(created, dates):
            raise _fail()  # absent (None) too: every record says when it was made
        key = (table, rid)
        if key in seen:
            raise _fail()  # one record, one state
        seen.add(key)
        doc = item.get("s")
        if not isinstance(doc, dict) or not doc.keys() <= _STATE_KEYS:
            raise _fail()
        fields_doc = doc.get("f", {})
        if not isinstance(fields_doc, dict) or "p" in doc:
            values = None  # placeholders: the general check below
        else:
            values = _usual(fields_doc, field_checks(cls), norgs, links)
        if values is None:
            validate_state(doc, cls, norgs)  # anything else, checked the general way
            out.append((cls, rid, created, doc, None, _NO_DOT))
        else:
            out.append((cls, rid, created, doc, values[0], values[1]))
    return orgs, out


def _usual(
    fields_doc: dict[str, Any],
    checks: dict[str, Callable[[Any], bool]],
    norgs: int,
    links: set[str],
) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """The record's values and their one dot, if its state has the usual form: every field
    `[org index, n, value]` with the same org index and n (what `validate_state` checks, for
    that form: raises BundleContentInvalid on a value its field refuses). None for any other
    form (the caller checks it the general way)."""
    values: dict[str, Any] = {}
    i0: Any = None
    n0: Any = None
    for name, enc in fields_doc.items():
        check = checks.get(name)
        if check is None or type(enc) is not list or len(enc) != 3:
            return None
        i, n, v = enc
        # The same objects as the first field's: the same checked ints (the first field's
        # are always checked: `[null, null, v]` is not the dot of "none seen yet").
        if i0 is None or i is not i0 or n is not n0:
            if i0 is not None:
                return None  # another dot (or an equal int read as another object)
            if type(i) is not int or not 0 <= i < norgs:
                return None
            if type(n) is not int or not 0 < n <= MAX_SAFE_INT:
                return None
            i0, n0 = i, n
        if check is _reference:  # `_reference` inlined, known links looked up
            if type(v) is not str:
                raise _fail()
            if v not in links:
                if not is_record_id(v):
                    raise _fail()
                if len(links) < _MEMO:
                    links.add(v)
        elif check is _bool:
            if type(v) is not bool:
                raise _fail()
        elif check is _free_text or check is _code:  # `_text` inlined, for a str
            if type(v) is not str or len(v) > (MAX_TEXT if check is _free_text else MAX_CODE):
                raise _fail()
            if "\x00" in v or not (v.isascii() or _encodes(v)):
                raise _fail()
        elif not check(v):
            raise _fail()
        elif check is _finite:
            v = enc[2] = _as_float(v)
        values[name] = v
    if i0 is None:
        return None  # no field at all: the general form
    return values, (i0, n0)
