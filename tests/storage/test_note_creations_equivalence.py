"""The history entries an import writes for the records it creates (`history.note_creations`,
one draw of nonces and the meeting links read a column at a time since issue 14) must be, byte
for byte and statement for statement, what the loop before it wrote, for usual records and for
anything odd (values not of their declared type, empty times, links that are not text, text
needing JSON escapes). That loop is kept here, as it was, as the reference."""

from __future__ import annotations

import hashlib
import random
import types
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.records import ActionItem, Headcount, Meeting, MinuteEntry, Organisation
from app.storage import history
from app.storage.history import (
    CREATE,
    HEAD_PREFIX,
    LEAF_PREFIX,
    _content_writer,
    _sorted_content,
    _text,
    canonical,
    meeting_of,
)


def _old_note_creations(store: Any, records: Any) -> None:
    """history.note_creations before its column-wise form."""
    if not records:
        return
    source = getattr(store, "history_source", None)
    batch = getattr(store, "history_batch", None)
    if source is None or batch is None:
        for record in records:
            history.note_write(store, None, record)
        return
    org, bundle = source
    cls = type(records[0])
    names, content_values = _sorted_content(cls)
    writer = _content_writer(cls)
    table = cls.TABLE
    sha256 = hashlib.sha256
    urandom = history.os.urandom
    middle = f',"before":{{}},"bundle":{_text(bundle)},"id":'
    kind = f',"kind":"{CREATE}","n":'
    after_org = f',"org":{_text(org)},"other":{{}},"rev":'
    end = f',"t":{_text(table)}}}'
    rows = batch.rows
    for record in records:
        values = content_values(record)
        text = None if writer is None else writer(values)
        if text is None:
            content = dict(zip(names, values, strict=True))
            content["deleted"] = bool(content["deleted"])
            text = canonical(content)
        sha = sha256(text).hexdigest()
        nonce = urandom(16)
        at = record.updated_at or record.created_at
        n = batch.count = batch.count + 1
        rev = record.revision
        row = (n, table, record.id, at, org, bundle, CREATE, rev, "{}", "{}", sha, nonce)
        if type(n) is not int or type(rev) is not int or type(at) is not str:
            batch.add(row, meeting_of(record))
            continue
        body = (
            f'{{"at":{_text(at)}{middle}{_text(record.id)}{kind}{n},"nonce":"{nonce.hex()}"'
            f'{after_org}{rev},"sha":"{sha}"{end}'
        )
        head = batch.head = sha256(
            HEAD_PREFIX + batch.head + sha256(LEAF_PREFIX + body.encode()).digest()
        ).digest()
        rows.append((*row, meeting_of(record), head))
        if len(rows) >= history._BATCH_ROWS:
            batch.flush()


class _Conn:
    """Takes the history's statements down; its chain starts at entry 3."""

    def __init__(self) -> None:
        self.sent: list[list[tuple[Any, ...]]] = []

    def executemany(self, sql: str, rows: Any) -> None:
        self.sent.append([tuple(r) for r in rows])

    def execute(self, sql: str, params: Any = ()) -> Any:
        return types.SimpleNamespace(fetchone=lambda: (3, b"\x07" * 32))


def _run(note: Any, runs: list[list[Any]], source: tuple[str, str]) -> list[Any]:
    conn = _Conn()
    store = types.SimpleNamespace(conn=conn, history_source=source)
    store.history_batch = history._Batch(conn)
    for run in runs:
        note(store, run)
    store.history_batch.flush()
    return [conn.sent, store.history_batch.count, store.history_batch.head]


ODD = st.one_of(st.none(), st.integers(-3, 3), st.floats(allow_nan=True), st.booleans())
TEXT = st.one_of(
    st.sampled_from(["", "Budget", 'a "quoted" %s \\ text', "ប្រជុំ\n\t", "\x7f\u2028"]),
    st.text(max_size=6),
)


@st.composite
def _record(draw: Any, cls: type, odd_rate: int) -> Any:
    def _maybe(usual: Any, odd: Any = ODD) -> Any:
        return draw(odd) if odd_rate and draw(st.integers(1, odd_rate)) == 1 else draw(usual)

    kw: dict[str, Any] = {
        "id": _maybe(st.sampled_from(["m-1", "id-%d", 'q"x', "ab-77"])),
        "created_at": _maybe(st.sampled_from(["", "2026-01-01T00:00:00Z"])),
        "updated_at": _maybe(st.just("2026-02-02T00:00:00.000001Z"), st.sampled_from(["", None])),
        "revision": _maybe(st.integers(0, 3), st.one_of(st.booleans(), st.none())),
        "deleted": _maybe(st.booleans(), st.sampled_from([0, 1, None])),
    }
    if cls is Meeting:
        kw |= {
            "title": _maybe(TEXT),
            "summary": _maybe(TEXT),
            "location_sensitive": _maybe(st.booleans()),
            # Plain text as a bundle brings it (the defaults are enum members: another type).
            "classification": _maybe(st.sampled_from(["internal", "public"])),
            "status": _maybe(st.sampled_from(["planned", "held"])),
        }
    elif cls is Headcount:
        kw |= {"session_id": _maybe(TEXT), "count": _maybe(st.integers(0, 10**6))}
    elif cls is MinuteEntry:
        kw |= {
            "meeting_id": _maybe(TEXT),
            "agenda_item_id": "",
            "text": _maybe(TEXT),
            "position": _maybe(st.floats(-2, 2)),
        }
    elif cls is ActionItem:
        kw |= {"origin_meeting_id": _maybe(TEXT), "text": _maybe(TEXT)}
    else:
        kw |= {"name": _maybe(TEXT)}
    return cls(**kw)


CLASSES = st.sampled_from([Meeting, Headcount, MinuteEntry, ActionItem, Organisation])
# Half the runs usual throughout (the column-wise path), the others with odd values here and there.
RUNS = st.tuples(CLASSES, st.sampled_from([0, 0, 4, 40])).flatmap(
    lambda c: st.lists(_record(*c), min_size=1, max_size=9)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    runs=st.lists(RUNS, min_size=1, max_size=5),
    batch_rows=st.sampled_from([1, 4, 7, 10_000]),
    source=st.sampled_from([("org-a", "bundle-1"), ('o"%d', "b\\%s"), ("ប", "")]),
)
def test_creation_entries_are_what_the_loop_wrote(runs, batch_rows, source) -> None:
    outcomes = []
    for note in (_old_note_creations, history.note_creations):
        nonces = random.Random(5)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(history, "_BATCH_ROWS", batch_rows)
            mp.setattr(history, "os", types.SimpleNamespace(urandom=nonces.randbytes))
            try:
                outcomes.append(_run(note, runs, source))
            except Exception as exc:  # the same refusal (a value no JSON can hold), if any
                outcomes.append(type(exc))
    assert outcomes[0] == outcomes[1]
