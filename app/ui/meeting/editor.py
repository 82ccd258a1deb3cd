"""Every edit of a meeting goes through here: saved at once through ops, undoable.

An edit becomes a `RecordsCommand` on the workspace's QUndoStack; pushing it runs `redo()`,
which submits the steps to the worker thread. If the worker fails (the transaction rolled back,
so the vault is as it was), the command is stepped back without touching the vault again, the
error is reported and the views reload what the vault really holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.records import Record
from app.errors import RoundtableError
from app.ui.meeting.commands import (
    AddStep,
    Step,
    apply_steps,
    delete_step,
    update_step,
)
from app.ui.ops import Ops


class RecordsCommand(QUndoCommand):
    def __init__(self, editor: MeetingEditor, text: str, steps: Sequence[Step]) -> None:
        # Step names are marked QT_TRANSLATE_NOOP("UndoSteps", …) where they are written.
        super().__init__(QCoreApplication.translate("UndoSteps", text))
        self._editor = editor
        self._steps = tuple(steps)
        self._skip = False  # set when the stack steps back over a failed run

    def redo(self) -> None:
        self._run(forward=True)

    def undo(self) -> None:
        self._run(forward=False)

    def _run(self, forward: bool) -> None:
        if self._skip:
            self._skip = False
            return
        steps = self._steps
        self._editor._submit(
            lambda vault: apply_steps(vault.store, steps, forward), self, forward=forward
        )

    @property
    def steps(self) -> tuple[Step, ...]:
        return self._steps

    def step_back_without_running(self) -> None:
        self._skip = True


class MeetingEditor(QObject):
    """Saves and undoes edits; `saved` fires after each one reached the vault (or failed)."""

    saved = Signal(object)  # the steps that were applied, or None: reload everything
    failed = Signal(object)  # RoundtableError
    # An edit passed its checks (or reached the vault): an earlier complaint no longer applies.
    settled = Signal()

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)

    # --- edits -------------------------------------------------------------------------------
    def push(self, text: str, steps: Sequence[Step | None]) -> bool:
        real = [s for s in steps if s is not None]
        if not real:
            return False
        self.stack.push(RecordsCommand(self, text, real))
        return True

    def update(self, record: Record, label: str = "", /, **changes: Any) -> bool:
        """Save `changes` to `record`; the shown copy is updated at once so the next edit
        starts from what the user sees."""
        step = update_step(record, **changes)
        if step is None:
            return False
        for name, value in step.new.items():
            setattr(record, name, value)
        return self.push(label or QT_TRANSLATE_NOOP("UndoSteps", "Edit"), [step])

    def add(self, *records: Record, text: str = QT_TRANSLATE_NOOP("UndoSteps", "Add")) -> bool:
        return self.push(text, [AddStep(dataclasses.replace(r)) for r in records])

    def delete(
        self, *records: Record, text: str = QT_TRANSLATE_NOOP("UndoSteps", "Delete")
    ) -> bool:
        return self.push(text, [delete_step(r) for r in records])

    def read(
        self,
        fn: Callable[[Any], Any],
        on_done: Callable[[Any], None],
    ) -> None:
        """A read on the worker; its failure is shown like any other."""
        self.ops.run(fn, on_done=on_done, on_error=self.failed.emit)

    def clear_history(self) -> None:
        self.stack.clear()

    # --- running -----------------------------------------------------------------------------
    def _submit(self, fn: Callable[[Any], Any], cmd: RecordsCommand, *, forward: bool) -> None:
        self.ops.run(
            fn,
            on_done=lambda _: self._done(cmd),
            on_error=lambda err: self._failed(err, cmd, forward),
        )

    def _done(self, cmd: RecordsCommand) -> None:
        self.saved.emit(cmd.steps)
        self.settled.emit()

    def _failed(self, error: RoundtableError, cmd: RecordsCommand, forward: bool) -> None:
        index = self.stack.index()
        on_top = forward and index > 0 and self.stack.command(index - 1) is cmd
        below = (not forward) and index < self.stack.count() and self.stack.command(index) is cmd
        if on_top:
            cmd.step_back_without_running()
            self.stack.undo()
        elif below:
            cmd.step_back_without_running()
            self.stack.redo()
        else:  # later edits were queued meanwhile: the history no longer matches the vault
            self.stack.clear()
        self.failed.emit(error)
        self.saved.emit(None)
