"""Desktop-app benchmark: launch, unlock to a populated window, filtering the action list.

    python bench/gui_bench.py [--runs 7] [--out bench/out]

1. Launch to the unlock page painted (the path `roundtable --vault DIR` takes, from
   `app.entry.main`), as a ratio to a minimal PySide6 window painted, measured in the same run
   (both: process start to their first paint, after which both quit their event loop and shut
   the interpreter down normally; medians of interleaved runs, the load average beside them).
2. Unlock to a populated main window with a big vault, key derivation excluded: from the vault
   being open on the worker thread to the meetings list painted with its first page, and to
   every screen loaded.
3. Filter and sort of the action-item list: from the filter change to the first page shown
   (the list's rows painted), and for each sort the same SQL alone (first page and count) right
   after it, in the same round, on the window's own connection.
4. The longest GUI-thread stall seen during 2 and 3, in a round of its own: a 5 ms heartbeat
   timer records the largest gap between its ticks and the GUI thread's CPU time in it.

The window is waited for as the app waits for its worker, idle in the event loop (see `wait`).

The big vault comes from `bench/build_vault.py` (10 years: 5,000 meetings, 100,000 action
items) when that module exists; otherwise this script makes a smaller one itself (5,000
meetings, 100,000 action items, no minutes) and says so.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OWN_PASSPHRASE = "gui benchmark vault passphrase 2016"


# --- 1. launch ------------------------------------------------------------------------------
# Both children say when their window was first painted (the system-wide monotonic clock the
# parent read just before starting them), then end as a program ends: the event loop returns and
# the interpreter shuts down normally. The time to the paint is the measure; the time to the
# process's end is kept beside it. Run with -c so nothing of this script is loaded.

# What `roundtable --vault DIR` runs: app.entry.main (core dumps forbidden, the quiet excepthook)
# -> app.ui.launch.run -> prepare, with the paint watched on the page it shows first.
LAUNCH_PROBE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from app.ui import launch

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.monotonic_ns()
            os.write(1, f"painted {self.at}\\n".encode())
            QTimer.singleShot(0, launch.QApplication.quit)
        return False

def prepare(vault_dir, prefs=None):
    app_, window, ops = real_prepare(vault_dir, prefs)
    if window.pages.currentWidget() is not window.unlock_page:
        os._exit(3)
    window.unlock_page.installEventFilter(Painted(window))
    return app_, window, ops

real_prepare, launch.prepare = launch.prepare, prepare
import app.entry
sys.exit(app.entry.main(["--vault", sys.argv[1]]))
"""


# The reference: a minimal PySide6 window, ended the same way.
MINIMAL_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.monotonic_ns()
            os.write(1, f"painted {self.at}\\n".encode())
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(640, 480)
window.installEventFilter(Painted(window))
window.show()
sys.exit(app.exec())
"""


# Not a reference, a floor: a hand-written window with the unlock page's widgets (menu bar with
# four titles, status bar with a label, a stacked page with labels, a password field and three
# buttons, the icon, one settings read) and no app code, ended the same way. What separates it
# from the minimal window (fontconfig, fonts, Qt's layout) any real first window pays.
UNLOCK_PAGE_FLOOR = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
    QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.monotonic_ns()
            os.write(1, f"painted {self.at}\\n".encode())
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
app.setApplicationName("Roundtable")
icon = QIcon()
for size in (16, 32, 48, 64, 256):
    icon.addFile(os.path.join(sys.argv[1], f"roundtable-{size}.png"))
app.setWindowIcon(icon)
QSettings().value("ui/language", "")
window = QMainWindow()
window.setWindowTitle("Roundtable")
pages = QStackedWidget(window)
window.setCentralWidget(pages)
for title in ("&Vault", "&Go", "Vie&w", "&Help"):
    window.menuBar().addMenu(title)
version = QLabel("Roundtable 0.1.0", window)
version.setEnabled(False)
window.statusBar().addPermanentWidget(version)
page = QWidget()
outer = QHBoxLayout(page)
column = QWidget(page)
column.setMaximumWidth(600)
outer.addStretch(1)
outer.addWidget(column, 3)
outer.addStretch(1)
layout = QVBoxLayout(column)
title = QLabel("Roundtable is locked")
font = QFont(app.font())
font.setPointSizeF(font.pointSizeF() * 1.4)
font.setBold(True)
title.setFont(font)
edit = QLineEdit()
edit.setEchoMode(QLineEdit.EchoMode.Password)
edit.setPlaceholderText("Passphrase")
busy = QProgressBar()
busy.setVisible(False)
row = QHBoxLayout()
row.addWidget(edit, 1)
row.addWidget(QPushButton("Unlock"))
links = QHBoxLayout()
for text in ("Use the recovery key or shares…", "Another vault…"):
    link = QPushButton(text)
    link.setFlat(True)
    links.addWidget(link)
links.addStretch(1)
layout.addStretch(1)
for widget in (title, QLabel("Vault folder: " + sys.argv[1])):
    layout.addWidget(widget)
layout.addLayout(row)
layout.addWidget(busy)
layout.addLayout(links)
layout.addStretch(2)
pages.addWidget(page)
window.resize(1100, 720)
edit.setFocus()
page.installEventFilter(Painted(window))
window.show()
sys.exit(app.exec())
"""


def _spawn(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from the start of the process to its first paint, to its end)."""
    started = time.monotonic_ns()
    done = subprocess.run(args, env=env, capture_output=True, check=False)
    ended = time.monotonic_ns()
    painted = [line for line in done.stdout.split(b"\n") if line.startswith(b"painted ")]
    if done.returncode != 0 or not painted:
        raise RuntimeError(f"{args[1:3]} exited {done.returncode}: {done.stderr[-400:]!r}")
    return (int(painted[0].split()[1]) - started) / 1e9, (ended - started) / 1e9


def bench_launch(vault: Path, runs: int) -> dict[str, Any]:
    config = tempfile.mkdtemp(prefix="rt-bench-config-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config)
    env["PYTHONPATH"] = str(ROOT)
    # Byte-code cached, as in an installed copy (a checkout run with PYTHONDONTWRITEBYTECODE
    # would compile every module of the app at every start); the cache kept out of the tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / "out" / "pycache")
    from app.resource_paths import resource_dir

    commands = {
        "bare": [sys.executable, "-c", MINIMAL_WINDOW],
        "app": [sys.executable, "-c", LAUNCH_PROBE, str(vault)],
        "floor": [sys.executable, "-c", UNLOCK_PAGE_FLOOR, str(resource_dir("icons"))],
    }
    for command in commands.values():
        _spawn(command, env)  # warm the OS file cache for each
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    order = list(commands)
    for i in range(runs):  # interleaved, alternating which goes first
        for name in order if i % 2 == 0 else order[::-1]:
            times[name].append(_spawn(commands[name], env))
    bare, app = times["bare"], times["app"]
    b, a = (statistics.median(t[0] for t in bare), statistics.median(t[0] for t in app))
    b_end, a_end = (statistics.median(t[1] for t in bare), statistics.median(t[1] for t in app))
    f = statistics.median(t[0] for t in times["floor"])
    return {
        "minimal_window_painted_ms": round(b * 1000, 1),
        "launch_to_unlock_page_painted_ms": round(a * 1000, 1),
        "ratio": round(a / b, 2),
        "target_ratio": 1.3,
        # Start to the end of the process (normal shutdown right after the first paint).
        "minimal_window_exited_ms": round(b_end * 1000, 1),
        "launch_exited_ms": round(a_end * 1000, 1),
        # The median of each round's own ratio (the app and the window started back to back).
        "ratio_per_round": round(
            statistics.median(x[0] / y[0] for x, y in zip(app, bare, strict=True)), 2
        ),
        "unlock_page_floor_painted_ms": round(f * 1000, 1),
        "unlock_page_floor_ratio": round(f / b, 2),
        "runs": runs,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


# --- the big vault --------------------------------------------------------------------------
def big_vault(out: Path) -> tuple[Path, str, str]:
    """(folder, passphrase, how it was made)."""
    try:
        from bench import build_vault  # the bench helper's 10-year vault
    except ImportError:
        build_vault = None  # type: ignore[assignment]
    if build_vault is not None:
        info_path = out / "build-encrypted.json"
        folder = out / "encrypted"
        fresh = info_path.exists() and (
            json.loads(info_path.read_text()).get("format") == build_vault.BUILD_FORMAT
        )
        if not fresh:
            build_vault.build("encrypted", out, 1.0)
        scale = json.loads(info_path.read_text()).get("scale", 1.0)
        made = "10 years" if scale == 1.0 else f"scale {scale} of the 10 years"
        return folder, build_vault.PASSPHRASE, f"bench/build_vault.py ({made})"
    folder = out / "gui-vault"
    if not (folder / "vault.key").exists():
        make_own_vault(folder)
    return folder, OWN_PASSPHRASE, "made by gui_bench.py (5,000 meetings, 100,000 actions)"


def make_own_vault(folder: Path, meetings: int = 5000, actions: int = 100_000) -> None:
    import datetime as dt
    import random

    from app.crypto import kdf
    from app.domain.records import ActionItem, Meeting, Organisation, Person, Series
    from app.domain.values import ActionStatus, MeetingStatus
    from app.vault import create_vault

    rng = random.Random(2016)
    vault = create_vault(folder, "Benchmark Coalition", OWN_PASSPHRASE, params=kdf.DEFAULT).vault
    store = vault.store
    words = [
        "land",
        "rights",
        "union",
        "election",
        "monitor",
        "training",
        "statement",
        "embassy",
        "review",
        "law",
        "youth",
        "garment",
        "workers",
        "legal",
        "aid",
        "referral",
        "factsheet",
        "budget",
        "report",
        "partners",
    ]
    with store.transaction():
        orgs = [Organisation(name=f"Organisation {i}") for i in range(300)]
        store.add_many(orgs)
        people = [
            Person(name=f"Person {i}", organisation_id=rng.choice(orgs).id) for i in range(2000)
        ]
        store.add_many(people)
        series = [Series(name=f"Series {i}") for i in range(12)]
        store.add_many(series)
        start = dt.date(2016, 1, 4)
        made = []
        for i in range(meetings):
            day = (start + dt.timedelta(days=i * 3650 // meetings)).isoformat()
            made.append(
                Meeting(
                    title=f"Meeting {i}: " + " ".join(rng.sample(words, 4)),
                    series_id=rng.choice(series).id,
                    start_date=day,
                    end_date=day,
                    location_city=rng.choice(["Bangkok", "Phnom Penh", "Kuala Lumpur"]),
                    status=rng.choice(list(MeetingStatus)).value,
                )
            )
        store.add_many(made)
        statuses = [s.value for s in ActionStatus]
        for i in range(actions):
            origin = rng.choice(made)
            due = dt.date.fromisoformat(origin.start_date) + dt.timedelta(days=rng.randint(7, 120))
            owner = rng.choice(people)
            store.add(
                ActionItem(
                    text=f"Action {i}: " + " ".join(rng.sample(words, 5)),
                    origin_meeting_id=origin.id,
                    owner_person_id=owner.id,
                    due_date=due.isoformat(),
                    status=rng.choice(statuses),
                )
            )
    vault.close()


# --- 2-4. in-process ------------------------------------------------------------------------
class Heartbeat:
    """The largest gap between ticks of a 5 ms timer: how long the GUI thread was blocked.

    With each gap, the CPU time the GUI thread itself used in it: on a loaded machine a gap
    is partly time the thread waited for a core (or for the GIL), not work of its own."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.worst = 0.0
        self.worst_cpu = 0.0  # the GUI thread's CPU time in the worst gap
        # (start, end, cpu) of every gap: the worst after a moment may be any of them (kept only
        # over 20 ms, a run whose worst was shorter read as 0 ms)
        self.gaps: list[tuple[float, float, float]] = []

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > self.worst:
            self.worst, self.worst_cpu = now - self.last, cpu - self.last_cpu
        self.gaps.append((self.last, now, cpu - self.last_cpu))
        self.last, self.last_cpu = now, cpu

    def worst_after(self, moment: float) -> tuple[float, float]:
        """The longest gap that ended after `moment` (e.g. once the key was derived), and the
        GUI thread's CPU time in it."""
        return max(
            ((min(end - s, end - moment), cpu) for s, end, cpu in self.gaps if end > moment),
            default=(0.0, 0.0),
        )

    def start(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.worst = self.worst_cpu = 0.0
        self.gaps = []
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        """(the longest gap, the GUI thread's CPU time in it)."""
        self.timer.stop()
        return self.worst, self.worst_cpu


def wait(app: Any, done: Any, timeout: float = 60.0, signals: tuple = ()) -> None:
    """Run the event loop until `done()`, as the app does while it waits for its worker: idle
    until an event comes. Checked after each of `signals` (at once) and every 50 ms. A loop
    of processEvents() and short sleeps instead takes the GIL thousands of times a second,
    and on a busy machine each time the worker gives it up it waits for a core to get it
    back: that doubled the worker's SQL time (measured: 31 against 21 ms, same sorts, same run),
    a cost of the benchmark, not of the window."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    end = time.monotonic() + timeout

    def check() -> None:
        if done() or time.monotonic() > end:
            loop.quit()

    def soon(*_: Any) -> None:  # after the slots the signal is about to run
        QTimer.singleShot(0, check)

    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(check)
    for signal in signals:
        signal.connect(soon)
    poll.start()
    try:
        loop.exec()
    finally:
        poll.stop()
        for signal in signals:
            signal.disconnect(soon)
    if not done():
        raise TimeoutError("the window did not settle")


def bench_window(folder: Path, passphrase: str, runs: int) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal

    from app.domain.values import ActionStatus
    from app.storage import queries
    from app.ui.launch import make_application
    from app.ui.preferences import Preferences
    from app.ui.shell import build_main_window
    from app.vault import open_vault

    app = make_application([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="rt-bench-"))
    prefs = Preferences(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window, ops = build_main_window(prefs)
    window.resize(1180, 720)
    shell = window.shell  # type: ignore[attr-defined]
    beat = Heartbeat()

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.at = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and shell.meetings.model.rowCount():
                self.at = self.at or time.perf_counter()
            return False

    painted = Painted()
    failures: list[str] = []  # errors no handler took (the window shows them in a dialog)
    ops.failed.connect(lambda error: failures.append(type(error).__name__))
    shell.meetings.view.viewport().installEventFilter(painted)
    window.start(folder)
    window.show()
    wait(app, lambda: not ops.is_busy, signals=(ops.busy_changed,))

    populated, everything, stalls, stalls_after_kdf = [], [], [], []
    for _ in range(runs):
        opened: dict[str, float] = {}

        def opener(opened: dict[str, float] = opened) -> Any:
            vault = open_vault(folder, passphrase)
            opened["at"] = time.perf_counter()  # key derived, database open
            return vault

        painted.at = 0.0
        window.unlock_page.set_folder(folder)
        beat.start()
        ops.open(opener, on_done=lambda _v: window.unlock_page.unlocked.emit())
        try:
            wait(app, lambda: painted.at > 0)
        except TimeoutError as exc:
            state = (window.is_unlocked, ops.is_busy, shell.meetings.model.rowCount(), failures)
            raise TimeoutError(f"nothing painted (unlocked, busy, rows, errors) {state}") from exc
        populated.append(painted.at - opened["at"])
        wait(app, lambda: not ops.is_busy, signals=(ops.busy_changed,))
        everything.append(time.perf_counter() - opened["at"])
        stalls.append(beat.stop())
        stalls_after_kdf.append(beat.worst_after(opened["at"]))
        window.lock()
        wait(app, lambda: not ops.is_busy, signals=(ops.busy_changed,))

    # Filter and sort of the action-item list.
    ops.open(
        lambda: open_vault(folder, passphrase),
        on_done=lambda _v: window.unlock_page.unlocked.emit(),
    )
    wait(app, lambda: window.is_unlocked and not ops.is_busy, signals=(ops.busy_changed,))
    window.show_screen("actions")
    screen, model = shell.actions, shell.actions.model
    wait(app, lambda: not ops.is_busy, signals=(ops.busy_changed,))
    owner = next((r.owner_person_id for r in model.rows() if r.owner_person_id), None)
    filters = {
        "done": queries.ActionFilter(statuses=(ActionStatus.DONE,)),
        "open+in progress": queries.ActionFilter(
            statuses=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        ),
        "overdue": queries.ActionFilter(overdue_on="2026-01-01"),
        "owner": queries.ActionFilter(owner_person_id=owner),
        "text (all items)": queries.ActionFilter(text="garment"),
        "text (open items, the screen's default)": queries.ActionFilter(
            statuses=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS), text="garment"
        ),
        "all": queries.ActionFilter(),
    }
    default = filters["open+in progress"]
    sql: dict[str, list[float]] = {}

    class Shown(QObject):
        """Whether the list has painted since its rows arrived. A filter or sort is timed
        until its rows are on screen: waited for one turn after they arrived, the timing
        included their paint or not depending on the order in which Qt handled its events
        (rows inserted are painted a turn later, rows reset at once)."""

        paint = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.arrived = self.painted = False
            model.loaded.connect(self._arrived)

        def _arrived(self) -> None:
            self.arrived, self.painted = True, False

        def start(self) -> None:
            self.arrived = self.painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.arrived and not self.painted:
                self.painted = True
                self.paint.emit()  # the wait looks once this paint is done
            return False

        def done(self) -> bool:
            # An empty page may leave the list as it was painted: nothing more to show.
            return not model.is_loading and (self.painted or model.rowCount() == 0)

    shown = Shown()
    screen.view.viewport().installEventFilter(shown)

    def sql_alone(column: int, order: int) -> float:
        """The first page and the count that the sort asks for, on the window's own connection
        (same page cache) from this thread while the worker is idle: the SQL without the
        window. Run right after the window's sort of the same column, in the same round."""
        conn = ops._worker.vault.conn  # a benchmark may look inside
        started = time.perf_counter()
        queries.count_actions(conn, default)
        queries.list_actions(
            conn,
            default,
            sort=model.COLUMNS[column].sort_key or "due_date",
            descending=bool(order),
            limit=200,
            offset=0,
        )
        return time.perf_counter() - started

    # The floor for any Python Qt list: the same SQL, run where it is timed (no worker, no
    # thread hop), its rows put into a minimal Python model that answers the display role alone
    # (no fonts, colours, tooltips; one call per cell), and a plain QTableView painted with
    # them. It paints what the list paints: the same texts (worked out by the list's own `cell`,
    # for a row when it is first painted, as the list does), the same size, columns, row height
    # and alternating rows, no row numbers; with Qt's defaults it painted fewer, shorter cells
    # than the list.
    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtWidgets import QHeaderView, QTableView

    display = int(Qt.ItemDataRole.DisplayRole.value)
    columns = len(model.COLUMNS)

    class Plain(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[Any] = []
            self.texts: dict[int, list[str]] = {}

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else columns

        def data(self, index: Any, role: int = display) -> Any:
            if role != display:
                return None
            r = index.row()
            texts = self.texts.get(r)
            if texts is None:
                row = self.rows[r]
                texts = self.texts[r] = [model.cell(row, c, display) for c in range(columns)]
            return texts[index.column()]

        def multiData(self, index: Any, span: Any) -> None:
            # One call per painted cell, setting the text alone: as the list answers Qt's
            # delegate (app/ui/models/paged.py), the least a Python model can do.
            text = span[5] if span.size() == 7 else None
            if text is not None and text.role() == display:
                text.setData(self.data(index, display))
                return
            for item in span:
                item.setData(self.data(index, item.role()))

    plain = Plain()
    floor_view = QTableView()
    floor_view.setModel(plain)
    floor_view.setAlternatingRowColors(screen.view.alternatingRowColors())
    floor_view.setWordWrap(screen.view.wordWrap())
    floor_view.verticalHeader().setVisible(False)
    floor_view.verticalHeader().setDefaultSectionSize(
        screen.view.verticalHeader().defaultSectionSize()
    )
    floor_view.setFont(screen.view.font())
    floor_view.resize(screen.view.size())
    floor_header, list_header = floor_view.horizontalHeader(), screen.view.horizontalHeader()
    for c in range(columns):
        floor_header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        floor_header.resizeSection(c, list_header.sectionSize(c))
    floor_view.show()

    class FloorPainted(QObject):
        """As `Shown`, for the floor's view: whether it has painted since its rows arrived."""

        paint = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.arrived = self.painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.arrived and not self.painted:
                self.painted = True
                self.paint.emit()
            return False

    floor_painted = FloorPainted()
    floor_view.viewport().installEventFilter(floor_painted)

    def page_of(column: int, order: int) -> list[Any]:
        conn = ops._worker.vault.conn
        queries.count_actions(conn, default)
        rows = queries.list_actions(
            conn,
            default,
            sort=model.COLUMNS[column].sort_key or "due_date",
            descending=bool(order),
            limit=200,
            offset=0,
        )
        return rows

    def show_page(rows: list[Any]) -> None:
        plain.beginResetModel()
        plain.rows, plain.texts = rows, {}
        plain.endResetModel()
        floor_painted.arrived, floor_painted.painted = True, False

    def floor(column: int, order: int) -> float:
        started = time.perf_counter()
        show_page(page_of(column, order))
        wait(app, lambda: floor_painted.painted, signals=(floor_painted.paint,))
        return time.perf_counter() - started

    # The same floor with the SQL on a thread of its own, as any list must that never blocks the
    # GUI thread on a slow query: one waiting Python thread, its rows handed back by a queued
    # signal. What separates this from `floor` is the hop alone.
    import queue
    import threading

    class Hop(QObject):
        rows_ready = Signal(object)

    hop = Hop()
    hop.rows_ready.connect(show_page)  # emitted from the thread: queued to the GUI thread
    asks: queue.SimpleQueue[tuple[int, int] | None] = queue.SimpleQueue()

    def hop_worker() -> None:
        while (ask := asks.get()) is not None:
            hop.rows_ready.emit(page_of(*ask))

    hop_thread = threading.Thread(target=hop_worker, daemon=True)
    hop_thread.start()

    def floor_hop(column: int, order: int) -> float:
        started = time.perf_counter()
        floor_painted.arrived = floor_painted.painted = False
        asks.put((column, order))
        wait(app, lambda: floor_painted.painted, signals=(floor_painted.paint,))
        return time.perf_counter() - started

    floors_hop: dict[str, list[float]] = {}
    floors: dict[str, list[float]] = {}
    timings: dict[str, list[float]] = {}
    # The timed rounds run without the heartbeat (a 5 ms timer on the GUI thread slows the
    # worker as the polling wait did); one more round, untimed, measures the stalls.
    for round_ in range(runs + 1):
        if round_ == runs:
            beat.start()
            timings, timed = {}, timings
        # Filters are timed under the default order (due date); sorts on the default filter.
        screen.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        wait(app, lambda: not model.is_loading, signals=(model.loaded,))
        for name, flt in filters.items():
            shown.start()
            started = time.perf_counter()
            model.set_query(flt)
            wait(app, shown.done, signals=(model.loaded, shown.paint))
            timings.setdefault(f"filter {name}", []).append(time.perf_counter() - started)
        model.set_query(filters["open+in progress"])
        wait(app, lambda: not model.is_loading, signals=(model.loaded,))
        for column in range(len(model.COLUMNS)):
            for order in (0, 1):
                shown.start()
                started = time.perf_counter()
                screen.view.sortByColumn(column, Qt.SortOrder(order))
                wait(app, shown.done, signals=(model.loaded, shown.paint))
                key = f"sort {model.COLUMNS[column].title} {'desc' if order else 'asc'}"
                timings.setdefault(key, []).append(time.perf_counter() - started)
                if round_ < runs:  # the same SQL alone, interleaved: see `sql_alone`
                    sql.setdefault(key, []).append(sql_alone(column, order))
                    floors.setdefault(key, []).append(floor(column, order))
                    floors_hop.setdefault(key, []).append(floor_hop(column, order))
    asks.put(None)
    hop_thread.join()
    filter_stall = beat.stop()
    timings = timed
    beat.start()
    screen.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_query(filters["all"])
    wait(app, lambda: not model.is_loading, signals=(model.loaded,))
    started = time.perf_counter()
    for _ in range(10):
        screen.view.scrollToBottom()
        wait(app, lambda: not model.is_loading, signals=(model.loaded,))
    scroll_pages = time.perf_counter() - started
    scroll_stall = beat.stop()
    rows_loaded = model.rowCount()
    window.lock()
    wait(app, lambda: not ops.is_busy, signals=(ops.busy_changed,))
    ops.shutdown()
    for widget in (window, floor_view):  # nothing left on screen for whoever runs next
        widget.hide()
        widget.deleteLater()

    ms = lambda seconds: round(seconds * 1000, 1)  # noqa: E731
    medians = {k: ms(statistics.median(v)) for k, v in timings.items()}
    return {
        "unlock_to_meetings_painted_ms": ms(statistics.median(populated)),
        "unlock_to_all_screens_loaded_ms": ms(statistics.median(everything)),
        "target_populated_ms": 300,
        "filter_sort_median_ms": medians,
        "filter_sort_worst_median_ms": max(medians.values()),
        "sort_sql_alone_median_ms": {k: ms(statistics.median(v)) for k, v in sql.items()},
        "sort_floor_median_ms": {k: ms(statistics.median(v)) for k, v in floors.items()},
        "sort_floor_worker_median_ms": {k: ms(statistics.median(v)) for k, v in floors_hop.items()},
        "target_filter_ms": 50,
        "scroll_10_pages_ms": ms(scroll_pages),
        "rows_after_scrolling": rows_loaded,
        "gui_stall_max_ms": {
            "unlock_including_kdf": ms(max(stalls)[0]),
            "unlock_after_kdf": ms(max(stalls_after_kdf)[0]),
            "filter_sort": ms(filter_stall[0]),
            "scroll": ms(scroll_stall[0]),
        },
        # The GUI thread's own CPU time in each of those longest gaps (the rest of a gap is
        # time it waited for a core or for the GIL).
        "gui_stall_cpu_ms": {
            "unlock_including_kdf": ms(max(stalls)[1]),
            "unlock_after_kdf": ms(max(stalls_after_kdf)[1]),
            "filter_sort": ms(filter_stall[1]),
            "scroll": ms(scroll_stall[1]),
        },
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "target_stall_ms": 50,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--part", choices=("all", "launch", "window"), default="all")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    folder, passphrase, origin = big_vault(args.out)
    build_s = time.perf_counter() - started
    result: dict[str, Any] = {"vault": origin, "vault_ready_s": round(build_s, 1)}
    if args.part in ("all", "launch"):
        result["launch"] = bench_launch(folder, args.runs)
    if args.part in ("all", "window"):
        result["window"] = bench_window(folder, passphrase, args.runs)
    (args.out / "gui-bench.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
