"""Background operations: one worker thread owns the vault connection (STYLE 2-3).

Widgets never touch the database, the KDF or files on the GUI thread. They call
`ops.run(fn, on_done=..., on_error=...)`: `fn(vault)` runs on the worker thread, in submission
order; `on_done(result)` / `on_error(error)` run on the GUI thread. Errors that are not ours
become a generic `RoundtableError` so no traceback (or vault content in one) reaches a window.

Locking bumps a generation counter: results of operations submitted before the lock are dropped,
so nothing read before the lock can repaint a view after it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

if TYPE_CHECKING:  # the vault modules load on the worker thread, off the launch path
    from app.errors import RoundtableError
    from app.vault import Vault


Fn = Callable[[Any], Any]
KDF_NICENESS = 5  # added to the process's niceness for the thread that derives a key


def _lower_this_threads_priority() -> None:
    """Linux only: elsewhere thread priorities work differently and this is skipped."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), KDF_NICENESS)


def at_low_priority(fn: Callable[[], Any]) -> Any:
    """Run `fn` in a short-lived thread of its own at a lower priority, wait for it, and give
    back its result or raise its error.

    Key derivation (Argon2id on every core for about a second) would otherwise take the cores
    from the GUI thread; the Argon2 threads inherit this thread's priority. Only that work is
    lowered: a thread cannot raise its priority again once lowered, and the vault worker, which
    runs every listing the window waits for, must keep the normal priority (at +5 on a busy
    machine the same SQL ran 1.6x slower)."""
    outcome: list[Any] = []

    def run() -> None:
        _lower_this_threads_priority()
        try:
            outcome.append((True, fn()))
        except BaseException as exc:  # handed to the waiting thread, which raises it
            outcome.append((False, exc))

    thread = threading.Thread(target=run, name="key-derivation", daemon=True)
    thread.start()
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


class _Task(NamedTuple):  # not a dataclass: `dataclasses` is slow to import at launch
    fn: Fn
    on_done: Callable[[Any], None] | None
    on_error: Callable[[RoundtableError], None] | None
    generation: int
    needs_vault: bool
    low_priority: bool


class _Worker(QObject):
    finished = Signal(object, object, object)  # task, result, error

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None

    @Slot(object)
    def execute(self, task: _Task) -> None:
        from app.errors import RoundtableError, VaultLocked  # on the worker, off the launch

        result: Any = None
        error: RoundtableError | None = None
        try:
            if task.needs_vault and self.vault is None:
                raise VaultLocked()
            if task.low_priority:
                vault = self.vault
                result = at_low_priority(lambda: task.fn(vault))
            else:
                result = task.fn(self.vault)
        except RoundtableError as exc:
            error = exc
        except Exception as exc:  # never let a traceback reach the user or stdout
            from app.storage.database import DatabaseError, translate_error

            translated = translate_error(exc) if isinstance(exc, DatabaseError) else None
            if translated is None:
                import logging  # loaded only when needed (launch time)

                logging.getLogger(__name__).error(
                    "background operation failed: %s", type(exc).__name__
                )
            error = translated or RoundtableError()
        self.finished.emit(task, result, error)


class Ops(QObject):
    """Submit work to the vault's worker thread; see the module docstring."""

    failed = Signal(object)  # RoundtableError with no on_error handler: the window shows it
    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from app.ui import main_thread_gc

        main_thread_gc.install()  # before the worker exists: it must never run the collector
        self._thread = QThread()
        self._thread.setObjectName("vault-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._finished)
        self._generation = 0
        self._pending = 0
        # `when_idle` callbacks (with the generation they belong to), run one at a time.
        self._deferred: list[tuple[Callable[[], None], int]] = []
        self._deferred_soon = False
        self._thread.start()

    # --- submitting --------------------------------------------------------------------------
    def run(
        self,
        fn: Fn,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[RoundtableError], None] | None = None,
        needs_vault: bool = True,
        low_priority: bool = False,
    ) -> None:
        """`low_priority`: `fn` derives a key (Argon2id) or does other long CPU-bound work
        that must not take the cores from the GUI; see `at_low_priority`."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(_Task(fn, on_done, on_error, self._generation, needs_vault, low_priority))

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread once every task submitted before it has finished and the
        event loop has had a turn to show their results: work that can wait (the screens not
        on view) then does not compete with what is on view for the cores and the GIL. Such
        calls run one at a time, in order, each after the work the previous one submitted.
        Ops counts as busy until they have run; a lock drops those not run yet."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._deferred.append((fn, self._generation))
        self._run_deferred_soon()

    def _run_deferred_soon(self) -> None:
        if self._deferred and self._pending == len(self._deferred) and not self._deferred_soon:
            self._deferred_soon = True
            QTimer.singleShot(0, self._run_deferred)

    def _run_deferred(self) -> None:
        self._deferred_soon = False
        if not self._deferred or self._pending != len(self._deferred):
            return  # work was submitted meanwhile: its end calls this again
        fn, generation = self._deferred.pop(0)
        self._pending -= 1
        if generation == self._generation:
            fn()
        if self._pending == 0:
            self.busy_changed.emit(False)
        else:
            self._run_deferred_soon()

    def open(
        self,
        opener: Callable[[], Vault],
        *,
        on_done: Callable[[Vault], None] | None = None,
        on_error: Callable[[RoundtableError], None] | None = None,
    ) -> None:
        """Run `opener` (KDF and all) on the worker and keep the vault it returns there."""

        def task(_: Any) -> Vault:
            if self._worker.vault is not None:
                self._worker.vault.close()
                self._worker.vault = None
            vault = at_low_priority(opener)  # the key derivation
            self._worker.vault = vault
            return vault

        self.run(task, on_done=on_done, on_error=on_error, needs_vault=False)

    def lock(self, on_done: Callable[[Any], None] | None = None) -> None:
        """Drop every pending result, then close the vault (SQLCipher wipes its key)."""
        self._generation += 1

        def task(_: Any) -> None:
            if self._worker.vault is not None:
                self._worker.vault.close()
                self._worker.vault = None

        self.run(task, on_done=on_done, needs_vault=False)

    @property
    def is_busy(self) -> bool:
        return self._pending > 0

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Close the vault and stop the thread (call before the app exits)."""
        self._generation += 1
        self._submit.emit(_Task(self._close_vault, None, None, self._generation, False, False))
        self._thread.quit()
        self._thread.wait(timeout_ms)

    def _close_vault(self, _: Any) -> None:
        if self._worker.vault is not None:
            self._worker.vault.close()
            self._worker.vault = None

    # --- results -----------------------------------------------------------------------------
    @Slot(object, object, object)
    def _finished(self, task: _Task, result: Any, error: RoundtableError | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        self._run_deferred_soon()  # after this result is handled (and shown)
        if task.generation != self._generation:
            return  # submitted before a lock: its result must not reach any view
        if error is not None:
            if task.on_error is not None:
                task.on_error(error)
            else:
                self.failed.emit(error)
        elif task.on_done is not None:
            task.on_done(result)
