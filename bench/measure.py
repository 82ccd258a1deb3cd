"""Time the foundation's operations on the encrypted vault and on its plain copy, interleaved.

SQLCipher's `cipher_memory_security`, once ON, stays ON for the life of the process, so each
configuration runs in its own process (`python -m bench.measure --config NAME --out DIR`):
`foundation` opens the vault exactly as app.storage.database does, and also opens the plain copy
through sqlcipher3 without a key, to separate the cost of encryption from that of the library
build; `memsec-flipped` opens it with the same pragmas but the other memory-security setting.

Each operation runs once to warm up, then `repeat` rounds; in every round each database variant
runs it once, so drift (CPU frequency, other processes) hits all variants alike. The medians are
reported. Connections stay open across rounds (the app keeps one open while unlocked), except for
the "open" operations, which measure a fresh connection with a cold page cache.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from app.crypto.keyfile import read_keyfile
from app.domain.records import MinuteEntry
from app.storage import queries, search
from app.storage.database import CACHE_KIB, MEMORY_SECURITY, open_database
from app.storage.records import RecordStore
from app.vault import DB_NAME, KEY_NAME, open_vault
from bench import corpus
from bench.build_vault import PASSPHRASE, PLAIN_NAME, open_plain, plain_pragmas

LISTING_MS = 50.0
MAX_RATIO = 1.5


@dataclass
class Variant:
    """One way of opening one of the databases."""

    name: str
    opener: Callable[[], Any]
    conn: Any = None

    def open(self) -> Any:
        self.conn = self.opener()
        return self.conn


@dataclass
class Op:
    name: str
    run: Callable[[Variant], Any]
    target_ms: float | None = LISTING_MS
    ratio_target: bool = True
    encrypted_only: bool = False
    note: str = ""


@dataclass
class Timing:
    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


def _clock(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter_ns()
    out = fn()
    return (time.perf_counter_ns() - started) / 1e6, out


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Bench:
    def __init__(
        self, out: Path, repeat: int, config: str = "foundation", key: bytes | None = None
    ) -> None:
        self.out = out
        self.config = config
        self.repeat = repeat
        self.enc_dir = out / "encrypted"
        self.enc_path = self.enc_dir / DB_NAME
        self.plain_path = out / "plain" / PLAIN_NAME
        # The data key for raw-key opens; derived here only when the caller did not pass it.
        self.key = (
            key or read_keyfile(self.enc_dir / KEY_NAME).open_with_passphrase(PASSPHRASE).data_key
        )
        self.kdf = read_keyfile(self.enc_dir / KEY_NAME).kdf
        self.notes: dict[str, str] = {}
        self.added: dict[str, list[MinuteEntry]] = {}

    # --- connection variants -----------------------------------------------------------------
    def open_encrypted(self) -> Any:
        return open_database(self.enc_path, self.key)

    def open_encrypted_flipped(self) -> Any:
        """open_database's pragmas with the other cipher_memory_security setting."""
        conn = sqlcipher3.connect(str(self.enc_path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{self.key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_memory_security = {'OFF' if MEMORY_SECURITY else 'ON'}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        plain_pragmas(conn)
        return conn

    def open_plain_via_sqlcipher(self) -> Any:
        conn = sqlcipher3.connect(
            str(self.plain_path), isolation_level=None, check_same_thread=False
        )
        plain_pragmas(conn)
        return conn

    def open_encrypted_small_cache(self) -> Any:
        conn = open_database(self.enc_path, self.key)
        conn.execute("PRAGMA cache_size = -2000")  # SQLite's default (2 MiB)
        return conn

    def open_plain(self) -> Any:
        return open_plain(self.plain_path)

    def variants(self) -> list[Variant]:
        if self.config == "foundation":
            return [
                Variant("encrypted", self.open_encrypted),
                Variant("plain", self.open_plain),
                Variant("encrypted, 2 MiB cache", self.open_encrypted_small_cache),
                Variant("plain via sqlcipher3", self.open_plain_via_sqlcipher),
            ]
        if self.config == "memsec-flipped":
            return [
                Variant("encrypted, memory security flipped", self.open_encrypted_flipped),
                Variant("plain", self.open_plain),
            ]
        raise ValueError(self.config)

    # --- the operations ----------------------------------------------------------------------
    def pick_parameters(self, conn: Any) -> None:
        """Typical arguments, chosen once from the data (not timed)."""
        self.owner_person = conn.execute(
            "SELECT owner_person_id FROM action_items WHERE owner_person_id != '' "
            "GROUP BY owner_person_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        self.owner_org = conn.execute(
            "SELECT organisation_id FROM people GROUP BY organisation_id "
            "ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        self.agenda_item, self.meeting = conn.execute(
            "SELECT id, meeting_id FROM agenda_items ORDER BY rowid DESC LIMIT 1"
        ).fetchone()
        self.actor = conn.execute("SELECT changed_by FROM meetings LIMIT 1").fetchone()[0]

    def ops(self) -> list[Op]:
        def actions(flt: queries.ActionFilter, sort: str = "due_date") -> Callable[[Variant], Any]:
            def run(v: Variant) -> Any:
                rows = queries.list_actions(v.conn, flt, sort=sort)
                return len(rows), queries.count_actions(v.conn, flt)

            return run

        def find(query: str) -> Callable[[Variant], Any]:
            def run(v: Variant) -> Any:
                results = search.search(v.conn, query, limit=20)
                return len(results.hits), results.total, results.more_than_window

            return run

        def meetings(v: Variant) -> Any:
            return len(queries.list_meetings(v.conn)), queries.count_meetings(v.conn)

        def add_minute(v: Variant) -> Any:
            entry = MinuteEntry(
                agenda_item_id=self.agenda_item,
                meeting_id=self.meeting,
                text="The benchmark chair noted one more point about the coordination calendar.",
            )
            RecordStore(v.conn, self.actor).add(entry)
            self.added.setdefault(v.name, []).append(entry)

        def open_first_page(v: Variant) -> Any:
            conn = v.opener()
            try:
                return len(queries.list_meetings(conn, limit=50))
            finally:
                conn.close()

        def open_first_query(v: Variant) -> Any:
            conn = v.opener()
            try:
                return conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
            finally:
                conn.close()

        def unlock(v: Variant) -> Any:
            vault = open_vault(self.enc_dir, PASSPHRASE)
            try:
                return len(queries.list_meetings(vault.conn, limit=50))
            finally:
                vault.close()

        q = queries
        return [
            Op("open (raw key) to first query", open_first_query, None, note="cold page cache"),
            Op("open (raw key) to first page of meetings", open_first_page, None),
            Op("meetings: first page (200) + count", meetings),
            Op(
                "actions: status=open, first page + count",
                actions(q.ActionFilter(statuses=("open",))),
            ),
            Op("actions: all, first page + count", actions(q.ActionFilter())),
            Op(
                "actions: open or in progress, first page + count",
                actions(q.ActionFilter(statuses=("open", "in_progress"))),
            ),
            Op(
                "actions: status=done, first page + count",
                actions(q.ActionFilter(statuses=("done",))),
            ),
            Op(
                "actions: owner person, first page + count",
                actions(q.ActionFilter(owner_person_id=self.owner_person)),
            ),
            Op(
                "actions: owner organisation (+ its people)",
                actions(q.ActionFilter(owner_org_id=self.owner_org)),
            ),
            Op(
                "actions: owner organisation, open only",
                actions(q.ActionFilter(owner_org_id=self.owner_org, statuses=("open",))),
            ),
            Op(
                "actions: open, sorted by owner name, first page + count",
                actions(q.ActionFilter(statuses=("open",)), sort="owner"),
            ),
            Op(
                f"search '{corpus.COMMON_WORD}' (common English), 20 hits", find(corpus.COMMON_WORD)
            ),
            Op(f"search '{corpus.RARE_WORD}' (rare English), 20 hits", find(corpus.RARE_WORD)),
            Op("search 'digital security' (two words), 20 hits", find("digital security")),
            Op(
                f"search '{corpus.KHMER_SHORT}' (Khmer, 2 chars), 20 hits", find(corpus.KHMER_SHORT)
            ),
            Op(f"search '{corpus.KHMER_LONG}' (Khmer, 5 chars), 20 hits", find(corpus.KHMER_LONG)),
            Op("search 'សុវត្ថិភាពឌីជីថល' (Khmer, 16 chars), 20 hits", find("សុវត្ថិភាពឌីជីថល")),
            Op("add one minute entry (own transaction, indexed)", add_minute, None),
            Op(
                "unlock: Argon2id + open + first page",
                unlock,
                None,
                ratio_target=False,
                encrypted_only=True,
            ),
        ]

    # --- running -----------------------------------------------------------------------------
    def run(self, log: Callable[[str], None] = print) -> dict[str, Any]:
        variants = self.variants()
        for v in variants:
            v.open()
        self.pick_parameters(variants[0].conn)
        results: dict[str, dict[str, Timing]] = {}
        answers: dict[str, Any] = {}
        rss_before_kdf = 0.0
        for op in self.ops():
            if op.encrypted_only and self.config != "foundation":
                continue
            active = variants[:1] if op.encrypted_only else variants
            if op.encrypted_only:
                rss_before_kdf = rss_mib()
            repeat = max(3, self.repeat // 3) if op.encrypted_only else self.repeat
            timings = {v.name: Timing() for v in active}
            slowest = 0.0
            for v in active:  # warm-up, untimed
                ms, answers[op.name] = _clock(lambda v=v, op=op: op.run(v))
                slowest = max(slowest, ms)
            if slowest > 2000:  # seconds per run: a few runs show it well enough
                repeat = 3
            for _ in range(repeat):
                for v in active:
                    ms, _ = _clock(lambda v=v, op=op: op.run(v))
                    timings[v.name].samples.append(ms)
            results[op.name] = timings
            log(f"  {op.name}: " + ", ".join(f"{n} {t.median:.2f} ms" for n, t in timings.items()))
        self._remove_added(variants)
        for v in variants:
            v.conn.close()
        return {
            "config": self.config,
            "ops": [
                {
                    "name": o.name,
                    "target_ms": o.target_ms,
                    "ratio_target": o.ratio_target,
                    "encrypted_only": o.encrypted_only,
                }
                for o in self.ops()
            ],
            "samples": {op: {v: t.samples for v, t in ts.items()} for op, ts in results.items()},
            "answers": {k: list(v) if isinstance(v, tuple) else v for k, v in answers.items()},
            "peak_rss_mib": rss_mib(),
            "peak_rss_before_kdf_mib": rss_before_kdf or rss_mib(),
            "kdf": self.kdf.as_json(),
            "cache_kib": CACHE_KIB,
            "memory_security": MEMORY_SECURITY,
        }

    def _remove_added(self, variants: list[Variant]) -> None:
        """Take the benchmark's own minute entries out again, so the cached vault stays as built."""
        for v in variants:
            store = RecordStore(v.conn, self.actor)
            added = self.added.pop(v.name, [])
            with store.transaction():
                for entry in added:
                    store._unindex(entry)
                    v.conn.execute("DELETE FROM minute_entries WHERE id = ?", (entry.id,))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="time one configuration (see bench/run.py)")
    parser.add_argument("--config", choices=("foundation", "memsec-flipped"), required=True)
    parser.add_argument("--key-from-stdin", action="store_true", help="hex data key on stdin")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args(argv)
    print(f"measuring: {args.config}", file=sys.stderr, flush=True)
    key = bytes.fromhex(sys.stdin.readline().strip()) if args.key_from_stdin else None
    result = Bench(args.out, args.repeat, args.config, key).run(
        log=lambda line: print(line, file=sys.stderr, flush=True)
    )
    (args.out / f"measure-{args.config}.json").write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
