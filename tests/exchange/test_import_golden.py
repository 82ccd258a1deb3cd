"""What an import stores, byte for byte, against a record made before its speed work (issue 14).

A fixed exchange between three organisations, made deterministic (seeded ids, history nonces,
a clock that ticks), covers the import's paths: a first import of new records (English and
Khmer text, privacy flags, a deletion), edits on both sides, a conflict, a privacy flag lowered
by the partner and held back, a deletion meeting an edit, a redacted (partners) bundle with
placeholders, a bundle back to the first sender carrying its own records, and a third
organisation's records. The SHA-256 of every table an import writes (search results included)
must equal `tests/data/import-golden.json`, written by the code before the fast paths. A change
of stored format on purpose rewrites it: `python -m tests.exchange.test_import_golden --write`.
"""

from __future__ import annotations

import datetime as real_dt
import hashlib
import json
import random
import sys
import types
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.domain import records as domain
from app.domain.records import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MinuteEntry,
    Organisation,
    Person,
    Session,
)
from app.exchange.importer import import_bundle
from app.storage import history, records
from app.storage.search import search
from tests.exchange.helpers import introduce, make_vault, send

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "import-golden.json"

# Columns that hold key material or hashes over it (random per vault): left out.
_SKIP = {
    "seen_bundles": {"manifest_sha256"},
    "exchange_peers": {"last_manifest_sha256"},
}
_TABLES = [
    "organisations",
    "people",
    "affiliations",
    "meetings",
    "meeting_organisers",
    "meeting_contacts",
    "objectives",
    "sessions",
    "attendance",
    "agenda_items",
    "agenda_themes",
    "minute_entries",
    "decisions",
    "action_items",
    "testimonies",
    "attachments",
    "headcounts",
    "narrative_sections",
    "record_state",
    "search_doc",
    "conflicts",
    "history",
    "history_received",
    "seen_bundles",
    "exchange_peers",
    "log_peers",
]
_QUERIES = ("budget", "land", "ដីធ្លី", "union", "Edited")


class _Clock:
    """datetime for app.storage.records: now() ticks a millisecond per call."""

    def __init__(self) -> None:
        self.t = real_dt.datetime(2026, 3, 1, tzinfo=real_dt.UTC)

    def now(self, tz: Any = None) -> real_dt.datetime:
        self.t += real_dt.timedelta(milliseconds=1)
        return self.t


def _deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(14)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=rnd.getrandbits(128), version=4))
    # Record ids from the same seeded source whatever their form (random before, time-ordered
    # now): what is compared is what an import stores for the same records.
    monkeypatch.setattr(domain, "_time_ordered_uuid", lambda: str(uuid.uuid4()), raising=False)
    clock = _Clock()
    fake_dt = types.SimpleNamespace(datetime=clock, UTC=real_dt.UTC)
    monkeypatch.setattr(records, "dt", fake_dt)
    nonces = random.Random(15)
    monkeypatch.setattr(history, "os", types.SimpleNamespace(urandom=lambda n: nonces.randbytes(n)))


def _fill(vault: Any, tag: str) -> list[Meeting]:
    store = vault.store
    org = store.add(Organisation(name=f"Land rights network {tag}", contact_private=True))
    people = [
        store.add(Person(name=f"Person {tag}{i}", organisation_id=org.id, anonymous=i == 0))
        for i in range(3)
    ]
    meetings = []
    for i in range(2):
        m = store.add(
            Meeting(
                title=f"Budget meeting {tag}{i}",
                start_date=f"2026-0{i + 1}-10",
                summary="Land and budget",
                location_sensitive=i == 1,
            )
        )
        meetings.append(m)
        s = store.add(Session(meeting_id=m.id, date=m.start_date, title="Morning"))
        for p in people:
            store.add(Attendance(session_id=s.id, person_id=p.id, organisation_id=org.id))
        item = store.add(AgendaItem(meeting_id=m.id, session_id=s.id, title="Union budget"))
        store.add(
            MinuteEntry(
                meeting_id=m.id,
                agenda_item_id=item.id,
                text="ការប្រជុំអំពីដីធ្លី និង budget",
                confidential=i == 0,
            )
        )
        store.add(MinuteEntry(meeting_id=m.id, agenda_item_id=item.id, text="Land union notes"))
        store.add(Decision(meeting_id=m.id, text=f"Publish the statement {tag}{i}"))
        store.add(
            ActionItem(origin_meeting_id=m.id, text="Draft the letter", due_date="2026-05-01")
        )
    return meetings


def _table_digest(conn: Any, table: str) -> str:
    skip = _SKIP.get(table, set())
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
    order = "rowid" if table in ("history", "search_doc", "conflicts") else ", ".join(cols)
    digest = hashlib.sha256()
    for row in conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}"):
        values = [bytes(v).hex() if isinstance(v, bytes | memoryview) else v for v in row]
        digest.update(json.dumps(values, ensure_ascii=False).encode() + b"\n")
    return digest.hexdigest()


def _digests(vault: Any) -> dict[str, str]:
    out = {t: _table_digest(vault.conn, t) for t in _TABLES}
    hits = {q: [(h.table, h.record_id) for h in search(vault.conn, q).hits] for q in _QUERIES}
    out["search"] = hashlib.sha256(json.dumps(hits, sort_keys=True).encode()).hexdigest()
    return out


def scenario(tmp: Path) -> dict[str, str]:
    a, b, c = (make_vault(tmp, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    ma = _fill(a, "A")
    step = iter(range(100))
    import_bundle(b, send(a, [b], tmp / f"{next(step)}.rtbundle"))  # every record new
    # Edits on both sides: one conflict, a flag lowered, a deletion against an edit.
    sa, sb = a.store, b.store
    sa.update(sa.get(Meeting, ma[0].id), title="Edited by A")
    sb.update(sb.get(Meeting, ma[0].id), title="Edited by B")
    sa.update(sa.get(Meeting, ma[1].id), location_sensitive=False, summary="Edited summary")
    decision = sa.select(Decision, "meeting_id = ?", [ma[1].id])[0]
    sa.delete(decision)
    sb.update(sb.get(Decision, decision.id), text="Edited decision by B")
    item = sa.select(AgendaItem, "meeting_id = ?", [ma[1].id])[0]
    sa.add(MinuteEntry(meeting_id=ma[1].id, agenda_item_id=item.id, text="A later land minute"))
    second = import_bundle(b, send(a, [b], tmp / f"{next(step)}.rtbundle")).summary()
    assert (second["conflicting"], second["held_back"], second["new"]) == (2, 1, 1), second
    # Back to A: its own records, edited by B; B's new record.
    sb.add(Decision(meeting_id=ma[0].id, text="B's decision on the budget"))
    import_bundle(a, send(b, [a], tmp / f"{next(step)}.rtbundle"))
    # A third organisation, and a redacted bundle (placeholders for what it leaves out).
    _fill(c, "C")
    redacted = import_bundle(b, send(c, [b], tmp / f"{next(step)}.rtbundle", policy="partners"))
    assert redacted.count("new") > 20, redacted.summary()
    assert b.conn.execute(
        "SELECT count(*) FROM record_state WHERE state LIKE '%\"p\":%'"
    ).fetchone()[0]
    import_bundle(a, send(c, [a], tmp / f"{next(step)}.rtbundle"))
    out = {f"a.{k}": v for k, v in _digests(a).items()}
    out |= {f"b.{k}": v for k, v in _digests(b).items()}
    for v in (a, b, c):
        v.close()
    return out


def test_an_import_stores_what_it_stored_before(tmp_path, monkeypatch) -> None:
    _deterministic(monkeypatch)
    got = scenario(tmp_path)
    want = json.loads(GOLDEN.read_text())
    assert [k for k in want if got.get(k) != want[k]] == []


if __name__ == "__main__":  # python -m tests.exchange.test_import_golden --write
    import tempfile

    assert sys.argv[1:] == ["--write"], "usage: --write"
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as mp:
        from tests.conftest import kdf

        mp.setenv(kdf.UNSAFE_TEST_ENV, "1")
        _deterministic(mp)
        GOLDEN.write_text(json.dumps(scenario(Path(tmp)), indent=1, sort_keys=True) + "\n")
    print(f"wrote {GOLDEN}")
