"""Meeting-workspace benchmark: GUI-thread stalls and round trips, big meeting vs small one.

    python bench/meeting_bench.py [--entries 5000] [--out bench/out]

Two meetings are built in one vault: a *small* one (3 sessions, 30 attendees, 60 minute
entries) and a *big* one (one session with 300 attendees and `--entries` minute entries in
agenda items of 50, 500 action items). For each, on the real workspace (offscreen):
- open: from `show_meeting` to every tab filled;
- save: typing an entry and pressing Enter, to the vault write and the reload after it;
- undo: Ctrl+Z of that entry, to the reload after it;
- the longest GUI-thread stall during all of it (a 2 ms heartbeat timer records the largest gap
  between ticks; the budget is 50 ms).
The big meeting's times are reported as ratios to the small one's, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ROUNDTABLE_INSECURE_TEST_KDF"] = "1"

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.crypto import kdf  # noqa: E402
from app.domain.records import (  # noqa: E402
    ActionItem,
    AgendaItem,
    Attendance,
    Meeting,
    MinuteEntry,
    Person,
    Record,
    Session,
)
from app.ui.meeting.workspace import MeetingWorkspace  # noqa: E402
from app.ui.ops import Ops  # noqa: E402
from app.vault import create_vault, open_vault  # noqa: E402

PASS = "meeting benchmark passphrase 2026"
ENTRIES_PER_ITEM = 50


def build(folder: Path, entries: int) -> tuple[str, str]:
    made = create_vault(folder, "Bench", PASS, params=kdf.INSECURE_TEST)
    records: list[Record] = []

    def meeting(title: str, days: int, people: int, n_entries: int, actions: int) -> str:
        m = Meeting(title=title, start_date="2026-01-10")
        records.append(m)
        folks = [
            Person(name=f"{title} person {i}", gender="woman" if i % 2 else "man")
            for i in range(people)
        ]
        records.extend(folks)
        for d in range(days):
            s = Session(meeting_id=m.id, date=f"2026-01-{10 + d:02d}", title=f"Day {d + 1}")
            records.append(s)
            records.extend(Attendance(session_id=s.id, person_id=p.id) for p in folks)
            per_day = n_entries // days
            for start in range(0, per_day, ENTRIES_PER_ITEM):
                a = AgendaItem(
                    meeting_id=m.id, session_id=s.id, title=f"Item {start // ENTRIES_PER_ITEM}"
                )
                records.append(a)
                records.extend(
                    MinuteEntry(
                        agenda_item_id=a.id,
                        meeting_id=m.id,
                        position=float(i),
                        text=f"Point {i}: " + "the coalition discussed the matter " * 6,
                    )
                    for i in range(min(ENTRIES_PER_ITEM, per_day - start))
                )
        records.extend(
            ActionItem(text=f"Action {i}", origin_meeting_id=m.id, due_date="2025-12-31")
            for i in range(actions)
        )
        return m.id

    small = meeting("Small", 3, 30, 60, 10)
    big = meeting("Big", 1, 300, entries, 500)
    made.vault.store.add_many(records)
    made.vault.close()
    return small, big


class Heartbeat:
    """The longest gap between ticks of a 2 ms timer: how long the GUI thread was blocked, and
    the CPU time the GUI thread itself used in that gap (the rest: waiting for a core or the
    GIL on a loaded machine)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self.worst_cpu = 0.0

    def start(self) -> None:
        self.worst = self.worst_cpu = 0.0
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > self.worst:
            self.worst, self.worst_cpu = now - self.last, cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until `done()`, as the app does while it waits for its worker (see
    bench/gui_bench.py `wait`: a loop of processEvents() takes the GIL from the worker
    thousands of times a second). Checked every 2 ms, the heartbeat's own period."""
    from PySide6.QtCore import QEventLoop

    if done():
        return
    loop = QEventLoop()
    end = time.monotonic() + timeout

    def check() -> None:
        if done() or time.monotonic() > end:
            loop.quit()

    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.setInterval(2)
    poll.timeout.connect(check)
    poll.start()
    try:
        loop.exec()
    finally:
        poll.stop()
    if not done():
        raise TimeoutError("the workspace did not settle")


def run_once(app: QApplication, ops: Ops, meeting_id: str) -> dict[str, float]:
    ws = MeetingWorkspace(ops)
    ws.resize(1280, 800)
    ws.show()
    beat = Heartbeat()
    idle = lambda: not ops.is_busy and not ws._loading  # noqa: E731
    beat.start()
    t0 = time.perf_counter()
    ws.show_meeting(meeting_id)
    wait(app, lambda: ws.loaded is not None and idle())
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        app.processEvents()
    ws.tabs.setCurrentWidget(ws.minutes)
    wait(app, idle)
    opened = time.perf_counter() - t0
    stall_open = beat.stop()
    stall_open_cpu = beat.worst_cpu
    beat.start()

    count = lambda: ws.minutes.entries_model.rowCount()  # noqa: E731
    before = len(ws.minutes.entries_model.rows())
    t0 = time.perf_counter()
    ws.minutes.entry.setPlainText("A new point")
    ws.minutes._commit_entry("A new point")
    wait(app, lambda: idle() and len(ws.minutes.entries_model.rows()) == before + 1)
    saved = time.perf_counter() - t0

    t0 = time.perf_counter()
    ws.undo_action.trigger()
    wait(app, lambda: idle() and len(ws.minutes.entries_model.rows()) == before)
    undone = time.perf_counter() - t0
    assert count() > 0
    stall_edit = beat.stop()
    ws.clear_vault_data()
    ws.deleteLater()
    app.processEvents()
    return {
        "open_s": opened,
        "save_s": saved,
        "undo_s": undone,
        "stall_open_s": stall_open,
        "stall_open_cpu_s": stall_open_cpu,
        "stall_edit_s": stall_edit,
        "worst_stall_s": max(stall_open, stall_edit),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval for the run (seconds; Python's default is 0.005)",
    )
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="rt-meeting-bench-")) / "vault"
    small, big = build(folder, args.entries)
    ops = Ops()
    ops.open(lambda: open_vault(folder, PASS))
    wait(app, lambda: not ops.is_busy)
    results: dict[str, Any] = {}
    for name, mid in (("small", small), ("big", big)):
        runs = [run_once(app, ops, mid) for _ in range(args.runs)]
        results[name] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        for key in ("stall_open_s", "stall_edit_s", "worst_stall_s"):
            results[name][key] = max(r[key] for r in runs)
        worst_open = max(runs, key=lambda r: r["stall_open_s"])
        results[name]["stall_open_cpu_s"] = worst_open["stall_open_cpu_s"]
    ops.shutdown()
    ratios = {k: results["big"][k] / results["small"][k] for k in ("open_s", "save_s", "undo_s")}
    report = {
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "switch_interval_s": sys.getswitchinterval(),
        "entries": args.entries,
        **results,
        "big_over_small": ratios,
        "stall_budget_s": 0.050,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "meeting_bench.json").write_text(json.dumps(report, indent=2))
    for name in ("small", "big"):
        r = results[name]
        times = f"open {r['open_s'] * 1000:7.1f} ms  save {r['save_s'] * 1000:6.1f} ms  "
        times += f"undo {r['undo_s'] * 1000:6.1f} ms"
        stalls = f"opening {r['stall_open_s'] * 1000:5.1f} ms "
        stalls += f"(GUI thread CPU {r['stall_open_cpu_s'] * 1000:4.1f} ms), "
        stalls += f"editing {r['stall_edit_s'] * 1000:5.1f} ms"
        print(f"{name:5}  {times}  worst GUI stall: {stalls}")
    print("big / small: " + ", ".join(f"{k[:-2]} {v:.2f}x" for k, v in ratios.items()))
    worst = max(results[n]["worst_stall_s"] for n in results)
    print(
        f"worst GUI stall {worst * 1000:.1f} ms (budget 50 ms): {'ok' if worst <= 0.05 else 'OVER'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
