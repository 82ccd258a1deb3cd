"""Undoable vault changes: the change runs first; only a change that worked is pushed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.ui.ops import Ops

VaultFn = Callable[[Any], Any]


class VaultCommand(QUndoCommand):
    """Pushed after `apply` succeeded, so its first `redo()` (called by push) does nothing."""

    def __init__(
        self, ops: Ops, text: str, undo: VaultFn, redo: VaultFn, changed: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._ops, self._undo, self._redo, self._changed = ops, undo, redo, changed
        self._skip_redo = True  # push() calls redo(): the change is already made

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._ops.run(self._redo, on_done=lambda _r: self._changed())

    def undo(self) -> None:
        self._ops.run(self._undo, on_done=lambda _r: self._changed())
