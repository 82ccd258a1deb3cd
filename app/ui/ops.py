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

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.errors import RoundtableError, VaultLocked

if TYPE_CHECKING:  # the vault modules load on the worker thread, off the launch path
    from app.vault import Vault


Fn = Callable[[Any], Any]
WORKER_NICENESS = 5  # added to the process's niceness for the worker thread


class _Task(NamedTuple):  # not a dataclass: `dataclasses` is slow to import at launch
    fn: Fn
    on_done: Callable[[Any], None] | None
    on_error: Callable[[RoundtableError], None] | None
    generation: int
    needs_vault: bool


class _Worker(QObject):
    finished = Signal(object, object, object)  # task, result, error

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None

    @Slot()
    def yield_to_the_gui(self) -> None:
        """Run this thread (and the Argon2 threads it starts, which inherit it) at a lower
        priority, so key derivation on every core cannot starve the GUI thread. Linux only:
        elsewhere thread priorities work differently and this is skipped."""
        if sys.platform.startswith("linux"):
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)

    @Slot(object)
    def execute(self, task: _Task) -> None:
        result: Any = None
        error: RoundtableError | None = None
        try:
            if task.needs_vault and self.vault is None:
                raise VaultLocked()
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
        self._thread.started.connect(self._worker.yield_to_the_gui)
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._finished)
        self._generation = 0
        self._pending = 0
        self._thread.start()

    # --- submitting --------------------------------------------------------------------------
    def run(
        self,
        fn: Fn,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[RoundtableError], None] | None = None,
        needs_vault: bool = True,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(_Task(fn, on_done, on_error, self._generation, needs_vault))

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
            vault = opener()
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
        self._submit.emit(_Task(self._close_vault, None, None, self._generation, False))
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
        if task.generation != self._generation:
            return  # submitted before a lock: its result must not reach any view
        if error is not None:
            if task.on_error is not None:
                task.on_error(error)
            else:
                self.failed.emit(error)
        elif task.on_done is not None:
            task.on_done(result)
