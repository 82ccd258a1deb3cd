"""Every benchmark in one run, and bench/RESULTS.md written from what it measured.

    python bench/all.py             # the full run (builds the 10-year vault if needed: minutes)
    python bench/all.py --quick     # tiny sizes, 1-2 rounds: checks that the benches still run

Runs, one process each and one after the other: the foundation benchmark (bench/run.py: the
vault's listings and searches against plain SQLite), the exchange benchmark (export, verify,
peak memory against age and minisign), the import benchmark (against its own SQL; into the
10-year vault), the meeting workspace and the window benchmarks (GUI-thread stalls, action list
sorting against its SQL, launch against a minimal PySide6 window). Each writes its table to
bench/out/; this script puts them together with the machine and the load average. With
--quick, RESULTS.md is not touched (bench/out/RESULTS-quick.md instead).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


ONLY: set[str] = set()  # --only: run these; the others' last tables are read from bench/out
FAILED: list[str] = []


def _run(script: str, *args: str, quick: bool) -> None:
    if ONLY and script.removesuffix(".py") not in ONLY:
        print(f"== {script}: not run (--only); its last table is used", flush=True)
        return
    print(f"== {script} {' '.join(args)}", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, f"bench/{script}", *args], cwd=ROOT, env=env)
    if done.returncode:
        FAILED.append(f"{script} exited with {done.returncode}; its table is an earlier one")


def _gui_table(result: dict[str, Any]) -> str:
    rows = ["| measure | Roundtable | reference | ratio | target |", "|---|---:|---:|---:|---|"]
    window = result.get("window")
    if window:
        window_ms = window["filter_sort_median_ms"]
        sql_ms = window.get("sort_sql_alone_median_ms", {})
        worst = max((k for k in sql_ms), key=lambda k: window_ms.get(k, 0), default=None)
        if worst:
            rows.append(
                f"| sorting the action list in the window, slowest column ({worst[5:]}) | "
                f"{window_ms[worst]:.0f} ms | the same SQL in process: {sql_ms[worst]:.0f} ms | "
                f"{window_ms[worst] / max(sql_ms[worst], 0.1):.2f}× | ≤ 50 ms, ≤ 1.5× its SQL |"
            )
            floors = (
                (
                    "sort_floor_median_ms",
                    "the floor for a Python Qt list, same column: the same SQL without a "
                    "worker, a minimal Python model answering only the texts, a plain "
                    "QTableView painting the list's cells (its size, columns and rows; no bold "
                    "or colour)",
                ),
                (
                    "sort_floor_worker_median_ms",
                    "the same floor with the SQL on a thread of its own, the rows handed back "
                    "by a queued signal, as a list that never blocks the GUI thread must",
                ),
            )
            for key, what in floors:
                floor_ms = window.get(key, {})
                if worst in floor_ms:
                    rows.append(
                        f"| ({what}) | {floor_ms[worst]:.0f} ms | the same SQL in process: "
                        f"{sql_ms[worst]:.0f} ms | "
                        f"{floor_ms[worst] / max(sql_ms[worst], 0.1):.2f}× | — |"
                    )
            # The slowest sort is what the target names; a column whose query is quick has the
            # list's paint as most of its time, and the highest ratio: shown beside it.
            ratio = {k: window_ms[k] / max(sql_ms[k], 0.1) for k in sql_ms if k in window_ms}
            highest = max(ratio, key=ratio.__getitem__, default=None)
            floor_ms = window.get("sort_floor_worker_median_ms", {})
            if highest and highest != worst:
                floor = (
                    f"; the floor with the SQL on a thread: {floor_ms[highest]:.0f} ms, "
                    f"{floor_ms[highest] / max(sql_ms[highest], 0.1):.2f}×"
                    if highest in floor_ms
                    else ""
                )
                rows.append(
                    f"| (the column with the highest ratio, {highest[5:]}) | "
                    f"{window_ms[highest]:.0f} ms | the same SQL in process: "
                    f"{sql_ms[highest]:.0f} ms{floor} | {ratio[highest]:.2f}× | — |"
                )
        stalls = window["gui_stall_max_ms"]
        cpu = window.get("gui_stall_cpu_ms")
        cpu_note = (
            f" (GUI thread's own CPU in them: {cpu['unlock_after_kdf']:.0f} / "
            f"{cpu['filter_sort']:.0f} / {cpu['scroll']:.0f} ms)"
            if cpu
            else ""
        )
        rows.append(
            f"| longest GUI-thread stall: after unlock (key derived) / filtering and sorting / "
            f"scrolling | {stalls['unlock_after_kdf']:.0f} / {stalls['filter_sort']:.0f} / "
            f"{stalls['scroll']:.0f} ms{cpu_note} | — | — | ≤ 50 ms each |"
        )
    launch = result.get("launch")
    if launch:
        rows.append(
            f"| launch to first painted window (the unlock page) | "
            f"{launch['launch_to_unlock_page_painted_ms']:.0f} ms | a minimal PySide6 window "
            f"painted: {launch['minimal_window_painted_ms']:.0f} ms | {launch['ratio']:.2f}×"
            + (
                f" (the same widgets without the app: {launch['unlock_page_floor_ratio']:.2f}×)"
                if "unlock_page_floor_ratio" in launch
                else ""
            )
            + " | ≤ 1.3× |"
        )
    rows.append("")
    rows.append(f"Vault: {result.get('vault', '?')}. Window sort times (medians):")
    rows.append("")
    if window:
        floor_ms = window.get("sort_floor_worker_median_ms", {})
        rows.append(
            "| sort | in the window, ms | its SQL alone, ms | ratio | floor with the SQL on a "
            "thread, ms | its ratio |"
        )
        rows.append("|---|---:|---:|---:|---:|---:|")
        nan = float("nan")
        for key, value in window["filter_sort_median_ms"].items():
            if key.startswith("sort"):
                sql, floor = sql_ms.get(key, nan), floor_ms.get(key, nan)
                rows.append(
                    f"| {key[5:]} | {value:.0f} | {sql:.0f} | {value / max(sql, 0.1):.2f}× | "
                    f"{floor:.0f} | {floor / max(sql, 0.1):.2f}× |"
                )
    return "\n".join(rows) + "\n"


def _meeting_table(result: dict[str, Any]) -> str:
    big, small = result["big"], result["small"]
    return (
        "| measure | big meeting | small meeting | ratio | target |\n"
        "|---|---:|---:|---:|---|\n"
        f"| opening the workspace ({result['entries']:,} entries vs 60), every tab shown | "
        f"{big['open_s'] * 1000:.0f} ms | {small['open_s'] * 1000:.0f} ms | "
        f"{big['open_s'] / small['open_s']:.2f}× | — |\n"
        f"| longest GUI-thread stall while opening | {big['stall_open_s'] * 1000:.0f} ms "
        f"(GUI thread's own CPU in it: {big.get('stall_open_cpu_s', 0) * 1000:.0f} ms) | "
        f"{small['stall_open_s'] * 1000:.0f} ms | — | ≤ 50 ms |\n"
        f"| longest GUI-thread stall while typing an entry and undoing it | "
        f"{big['stall_edit_s'] * 1000:.0f} ms | {small['stall_edit_s'] * 1000:.0f} ms | — | "
        f"≤ 50 ms |\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (a smoke test)")
    parser.add_argument(
        "--vaults",
        type=Path,
        default=OUT,
        help="where the big vault is (build-encrypted.json, encrypted/; built there if missing)",
    )
    parser.add_argument(
        "--skip-foundation",
        action="store_true",
        help="do not run bench/run.py (its last table, bench/out/results.md, is shown as such)",
    )
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated benches to run (e.g. gui_bench); the others' last tables are used",
    )
    args = parser.parse_args()
    quick = args.quick
    ONLY.update(n for n in args.only.split(",") if n)
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.time()
    load_before = os.getloadavg()[0]
    sections: list[tuple[str, str]] = []

    if not quick and not args.skip_foundation:
        _run("run.py", "--repeat", "11", "--out", str(args.vaults), quick=quick)
        foundation = (args.vaults / "results.md").read_text()
        sections.append(("Foundation: the vault against plain SQLite", foundation))
    elif not quick:
        earlier = args.vaults / "results.md"
        text = earlier.read_text() if earlier.exists() else "(no earlier run found)"
        sections.append(
            ("Foundation: the vault against plain SQLite (NOT re-run here; an earlier run)", text)
        )

    exch = ["--attachment-mb", "2", "--repeat", "1", "--rss-mb", "1", "2"] if quick else []
    _run("exchange_bench.py", *exch, "--out", str(OUT), quick=quick)
    sections.append(("Exchange", (OUT / "exchange.md").read_text()))

    imp = ["--meetings", "5", "--repeat", "1"] if quick else []
    big = args.vaults / "encrypted"
    if not quick and (big / "vault.key").exists():
        imp += ["--big-vault", str(big)]
    _run("import_bench.py", *imp, quick=quick)
    sections.append(("Import", (OUT / "import.md").read_text()))

    meeting = ["--entries", "100", "--runs", "1"] if quick else []
    _run("meeting_bench.py", *meeting, "--out", str(OUT), quick=quick)
    sections.append(
        ("Meeting workspace", _meeting_table(json.loads((OUT / "meeting_bench.json").read_text())))
    )

    if not quick:  # the window benchmark needs the 10-year vault built by run.py
        _run("gui_bench.py", "--runs", "7", "--out", str(args.vaults), quick=quick)
        gui = json.loads((args.vaults / "gui-bench.json").read_text())
        sections.append(("Desktop app", _gui_table(gui)))

    if FAILED or ONLY:
        said = [f"- {f}" for f in FAILED]
        if ONLY:
            said.append(
                f"- run this time: {', '.join(sorted(ONLY))}; every other table is from the "
                "previous run of this command (each table's footer gives its own load and rounds)"
            )
        sections.append(("What this run did not measure", "\n".join(said) + "\n"))

    load_after = os.getloadavg()[0]
    head = [
        "# Benchmark results",
        "",
        f"Written by `python bench/all.py` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} "
        f"in {time.time() - started:.0f} s. Every figure is a ratio against a reference doing the "
        "same job and ending the same way, measured in the same run, interleaved, medians of at "
        "least 7 rounds (3 for the meeting workspace, whose rounds each build a workspace).",
        "",
        f"This machine is shared: {os.cpu_count()} cores, other work running; load average "
        f"(1 min) {load_before:.1f} at the start, {load_after:.1f} at the end. Absolute times "
        "move with the load; same-round ratios much less. GUI stalls are wall-clock gaps of the "
        "GUI thread's heartbeat: on a loaded machine they include time the thread waited for a "
        "core.",
        "",
        f"Python {platform.python_version()}, {platform.platform()}.",
        "",
    ]
    notes = ROOT / "bench" / "NOTES.md"  # the hand-written reading of these figures
    if notes.exists():
        sections.append(("Where the time goes, and the rows that miss", notes.read_text()))
    body = [f"## {title}\n\n{text.strip()}\n" for title, text in sections]
    text = "\n".join(head) + "\n" + "\n".join(body)
    target = OUT / "RESULTS-quick.md" if quick else ROOT / "bench" / "RESULTS.md"
    target.write_text(text)
    print(f"written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
