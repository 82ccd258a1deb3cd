"""History and change-log costs on the ten-year benchmark vault (issue 15, docs/history.md).

Builds the benchmark vault (bench/build_vault.py, at --scale), measures the listings, searches and
a single edit on two byte-identical copies of it, one of them given the history a real vault
would have (one entry per creation, and an earlier value for half the minute entries and a
fifth of the action items, hash-chained exactly as RecordStore writes them): the two are timed
interleaved (the order alternating each round), medians, the ratio with/without, and the load
average printed; then the history's own operations and its size.

    python -m bench.history_bench [--scale 0.1] [--repeat 7] [--out bench/out-history]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.records import TYPE_BY_TABLE, ActionItem, MinuteEntry
from app.storage import history, queries, search
from app.storage.records import RecordStore
from app.vault import DB_NAME, open_vault
from bench.build_vault import PASSPHRASE, build


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def listing_ops(conn: Any, store: RecordStore, agenda: tuple[str, str]) -> dict[str, Callable]:
    def add_minute() -> None:
        store.add(MinuteEntry(agenda_item_id=agenda[0], meeting_id=agenda[1], text="One more."))

    return {
        "meetings: first page + count": lambda: (
            queries.list_meetings(conn, limit=50),
            queries.count_meetings(conn),
        ),
        "actions open: first page + count": lambda: (
            queries.list_actions(conn, queries.ActionFilter(statuses=("open",)), limit=50),
            queries.count_actions(conn, queries.ActionFilter(statuses=("open",))),
        ),
        "search 'budget' (20 hits)": lambda: search.search(conn, "budget", limit=20),
        "search Khmer 'កិច្ចប្រជុំ' (20 hits)": lambda: search.search(conn, "កិច្ចប្រជុំ", limit=20),
        "add one minute entry (autosave)": add_minute,
    }


def fill_history(conn: Any, seed: int = 1) -> int:
    """Entries for every record, chained as RecordStore chains them, in one transaction."""
    rnd = random.Random(seed)
    count, head = history.head(conn)
    rows: list[tuple] = []
    conn.execute("BEGIN IMMEDIATE")

    def flush() -> None:
        conn.executemany(
            "INSERT INTO history (n, tbl, record_id, at, org_id, bundle_id, kind, revision, "
            "before, other, sha, nonce, head) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        rows.clear()

    def add(tbl: str, rid: str, at: str, org: str, kind: str, rev: int, before: dict) -> None:
        nonlocal count, head
        count += 1
        row = (
            count,
            tbl,
            rid,
            at,
            org,
            "",
            kind,
            rev,
            history.canonical(before).decode(),
            "{}",
            "0" * 64,
            os.urandom(16),
        )
        head = history.next_head(head, history.leaf_hash(history._entry(row)))
        rows.append((*row, head))
        if len(rows) >= 50_000:
            flush()

    for table, cls in TYPE_BY_TABLE.items():
        text = "text" if "text" in cls.content_fields() else None
        for rid, at, org in conn.execute(f"SELECT id, created_at, changed_by FROM {table}"):
            add(table, rid, at, org, history.CREATE, 1, {})
            if table == MinuteEntry.TABLE and rnd.random() < 0.5 and text:
                add(table, rid, at, org, history.UPDATE, 2, {"text": "An earlier wording."})
            if table == ActionItem.TABLE and rnd.random() < 0.2:
                add(table, rid, at, org, history.UPDATE, 2, {"status": "open"})
    flush()
    conn.execute("COMMIT")
    return count


def interleaved(a: dict[str, Callable], b: dict[str, Callable], rounds: int) -> dict[str, dict]:
    """Each operation on the vault without history (a) and with it (b), alternating which runs
    first every round: medians of each and the ratio b/a."""
    times: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in a}
    for r in range(rounds):
        for key in a:
            pair = ((0, a[key]), (1, b[key])) if r % 2 == 0 else ((1, b[key]), (0, a[key]))
            for side, fn in pair:
                t = time.perf_counter()
                fn()
                times[key][side].append((time.perf_counter() - t) * 1000)
    out = {}
    for key, (without, with_history) in times.items():
        ma, mb = statistics.median(without), statistics.median(with_history)
        out[key] = {"without_ms": round(ma, 2), "with_ms": round(mb, 2), "ratio": round(mb / ma, 2)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out-history")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    info = build("encrypted", args.out, args.scale)
    plain = args.out / "encrypted"
    folder = args.out / "with-history"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(plain, folder)  # the same vault, byte for byte, before its history
    result: dict[str, Any] = {
        "scale": args.scale,
        "rows": info["rows"],
        "load_average_start": os.getloadavg(),
    }
    with open_vault(folder, PASSPHRASE) as vault, open_vault(plain, PASSPHRASE) as reference:
        conn, store = vault.conn, vault.store
        agenda = conn.execute("SELECT id, meeting_id FROM agenda_items LIMIT 1").fetchone()
        result["db_bytes_before"] = (folder / DB_NAME).stat().st_size
        t = time.perf_counter()
        entries = fill_history(conn)
        result["fill_seconds"] = round(time.perf_counter() - t, 1)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        result["history_entries"] = entries
        result["db_bytes_after"] = (folder / DB_NAME).stat().st_size
        ops_a = listing_ops(reference.conn, reference.store, agenda)
        ops_b = listing_ops(conn, store, agenda)
        for fn in (*ops_a.values(), *ops_b.values()):
            fn()  # warm both page caches alike before anything is timed
        result["listings_interleaved"] = interleaved(ops_a, ops_b, max(args.repeat, 7))
        minute = conn.execute(
            "SELECT id FROM minute_entries ORDER BY rowid DESC LIMIT 1"
        ).fetchone()[0]
        meeting = agenda[1]
        result["history_ms"] = {
            "record_history(minute entry)": _median_ms(
                lambda: history.record_history(conn, minute), args.repeat
            ),
            "record_history(meeting)": _median_ms(
                lambda: history.record_history(conn, meeting), args.repeat
            ),
            "recent_changes(200)": _median_ms(lambda: history.recent_changes(conn), args.repeat),
            "deleted_records(200)": _median_ms(lambda: history.deleted_records(conn), args.repeat),
            "head()": _median_ms(lambda: history.head(conn), args.repeat),
            "proof of 1,000 new entries": _median_ms(
                lambda: list(history.leaves(conn, entries - 1000, entries)), args.repeat
            ),
        }
        t = time.perf_counter()
        checked, bad = history.verify_chain(conn)
        result["verify_chain_seconds"] = round(time.perf_counter() - t, 1)
        result["verify_chain_ok"] = bad is None and checked >= entries
    result["load_average_end"] = os.getloadavg()
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
