"""Import benchmark (issue 14): `import_bundle` against its own SQL, interleaved.

    python bench/import_bench.py [--meetings 1000] [--repeat 7] [--big-vault DIR]

- ours: `import_bundle` of a bundle of N meetings (~28 records each) into a vault that has
  never seen them (every check, decryption, validation, merge planning, writes, COMMIT);
- reference, "its SQL alone": every statement that import sent to the database, recorded once
  (SQL text and parameters, in order, from BEGIN to COMMIT, the reads included, every row
  fetched), replayed on an identical copy of the vault. Both end with the same COMMIT
  (synchronous=FULL, WAL, the same automatic checkpoint);
- each round copies the untouched receiving vault twice (not timed) and runs ours and the
  reference once each, alternating which goes first; medians of wall and CPU time.
- with --big-vault (a vault built by bench/build_vault.py, e.g. bench/out/encrypted), a bundle
  of 100 meetings is also imported into a copy of it and into a fresh vault: the cost should
  follow the bundle, not the vault. The final COMMIT is timed apart.

Prints a markdown table (and writes it to bench/out/import.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ROUNDTABLE_INSECURE_TEST_KDF", "1")

from app.exchange.contacts import add_contact, get_contact, own_card  # noqa: E402
from app.exchange.exporter import export_bundle  # noqa: E402
from app.exchange.importer import import_bundle  # noqa: E402
from app.vault import open_vault  # noqa: E402
from bench.exchange_bench import PASSPHRASE, _pair, fill_meetings  # noqa: E402


class Recorder:
    """A connection that writes down every statement sent through it."""

    def __init__(self, conn: Any, log: list[tuple[str, str, Any]]) -> None:
        self._conn = conn
        self._log = log

    def execute(self, sql: str, params: Any = ()) -> Any:
        self._log.append(("execute", sql, tuple(params)))
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = [tuple(r) for r in rows]
        self._log.append(("executemany", sql, rows))
        return self._conn.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def replay(conn: Any, log: list[tuple[str, str, Any]]) -> None:
    for kind, sql, params in log:
        if kind == "executemany":
            conn.executemany(sql, params)
        else:
            conn.execute(sql, params).fetchall()


def record_import(vault: Any, path: Path) -> list[tuple[str, str, Any]]:
    log: list[tuple[str, str, Any]] = []
    real = vault.conn
    vault.conn = vault.store.conn = Recorder(real, log)
    try:
        import_bundle(vault, path)
    finally:
        vault.conn = vault.store.conn = real
    return log


def _timed(fn: Any) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _fresh(pristine: Path, work: Path) -> Path:
    """A copy of the vault, synced: the import's first fsync must not also flush the copy
    (which made a 400 MB vault look slower to import into than it is)."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(pristine, work)
    for path in work.iterdir():
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return work


def _med(values: list[float]) -> float:
    return statistics.median(values)


def import_vs_sql(root: Path, meetings: int, repeat: int) -> list[str]:
    a, b = _pair(root)
    ids = fill_meetings(a, meetings, seed=2)
    bundle = root / "many.rtbundle"
    result = export_bundle(a, [get_contact(a.conn, b.org_id)], ids, bundle, policy="full")
    pristine = b.folder
    b.close()
    a.close()

    rec = open_vault(_fresh(pristine, root / "rec"), PASSPHRASE)
    log = record_import(rec, bundle)
    rec.close()
    statements = sum(len(p) if k == "executemany" else 1 for k, _, p in log)

    ours_w: list[float] = []
    ours_c: list[float] = []
    ref_w: list[float] = []
    ref_c: list[float] = []
    for i in range(repeat):
        for which in ("ours", "ref") if i % 2 == 0 else ("ref", "ours"):
            vault = open_vault(_fresh(pristine, root / which), PASSPHRASE)
            try:
                if which == "ours":
                    w, c = _timed(lambda v=vault: import_bundle(v, bundle))
                    ours_w.append(w)
                    ours_c.append(c)
                else:
                    w, c = _timed(lambda v=vault: replay(v.conn, log))
                    ref_w.append(w)
                    ref_c.append(c)
            finally:
                vault.close()
    return [
        f"| import of {meetings:,} meetings ({result.records:,} records, {statements:,} "
        f"statements) | {_med(ours_w):.2f} s (CPU {_med(ours_c):.2f} s) | its SQL alone: "
        f"{_med(ref_w):.2f} s (CPU {_med(ref_c):.2f} s) | {_med(ours_w) / _med(ref_w):.2f}× "
        f"(CPU {_med(ours_c) / _med(ref_c):.2f}×) | ≤ 2 s, ≤ 2× its SQL |"
    ]


class CommitTimer(Recorder):
    def __init__(self, conn: Any, seconds: list[float]) -> None:
        super().__init__(conn, [])
        self._seconds = seconds

    def execute(self, sql: str, params: Any = ()) -> Any:
        if sql == "COMMIT":
            start = time.perf_counter()
            out = self._conn.execute(sql, params)
            self._seconds.append(time.perf_counter() - start)
            return out
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self._conn.executemany(sql, rows)


def vault_size(root: Path, big: Path, big_passphrase: str, repeat: int) -> list[str]:
    """One bundle of 100 meetings into a fresh vault and into a copy of the big vault."""
    a, small = _pair(root)
    ids = fill_meetings(a, 100, seed=3)
    bigcopy = _fresh(big, root / "big-pristine")
    v = open_vault(bigcopy, big_passphrase)
    add_contact(v, own_card(a).raw, verified=True)
    add_contact(a, own_card(v).raw, verified=True)
    to = [get_contact(a.conn, small.org_id), get_contact(a.conn, v.org_id)]
    bundle = root / "hundred.rtbundle"
    export_bundle(a, to, ids, bundle, policy="full")
    small_pristine = small.folder
    v.close()
    small.close()
    a.close()
    times: dict[str, list[float]] = {"small": [], "big": []}
    commits: dict[str, list[float]] = {"small": [], "big": []}
    for i in range(repeat):
        for which in ("small", "big") if i % 2 == 0 else ("big", "small"):
            src, pw = (
                (small_pristine, PASSPHRASE) if which == "small" else (bigcopy, big_passphrase)
            )
            vault = open_vault(_fresh(src, root / f"work-{which}"), pw)
            real = vault.conn
            vault.conn = vault.store.conn = CommitTimer(real, commits[which])
            try:
                times[which].append(_timed(lambda v=vault: import_bundle(v, bundle))[0])
            finally:
                vault.conn = vault.store.conn = real
                vault.close()
    small_t, big_t = _med(times["small"]), _med(times["big"])
    return [
        f"| import of one 100-meeting bundle, fresh vault → {big.name} copy "
        f"({bigcopy.joinpath('vault.db').stat().st_size / 2**20:,.0f} MiB) | "
        f"{small_t:.2f} → {big_t:.2f} s (COMMIT {_med(commits['small']):.2f} → "
        f"{_med(commits['big']):.2f} s) | — | {big_t / small_t:.2f}× | flat in vault size |"
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--big-vault", type=Path, help="a vault folder from bench/build_vault.py")
    parser.add_argument("--big-passphrase", default="")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    rows = [
        "| measure | Roundtable | reference | ratio | target |",
        "|---|---:|---:|---:|---|",
    ]
    with tempfile.TemporaryDirectory(prefix="rt-import-bench-") as tmp:
        rows += import_vs_sql(Path(tmp) / "many", args.meetings, args.repeat)
        if args.big_vault:
            from bench.build_vault import PASSPHRASE as BUILT

            rows += vault_size(
                Path(tmp) / "size", args.big_vault, args.big_passphrase or BUILT, args.repeat
            )
    rows.append("")
    rows.append(
        f"Medians of {args.repeat} interleaved rounds; load average (1 min) before / after: "
        f"{load_before:.1f} / {os.getloadavg()[0]:.1f} (a shared 2-core machine)."
    )
    text = "\n".join(rows) + "\n"
    print(text)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "import.md").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
