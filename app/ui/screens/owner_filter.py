"""Filter by owner: type a name, pick a person or an organisation; a button shows the choice.

The directory may hold tens of thousands of people, so this looks names up as you type
(`app.ui.meeting.pickers.Picker`) instead of filling a combo box with everyone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.storage.lookups import PERSON, Choice, find_owners
from app.ui.meeting.pickers import Picker
from app.ui.ops import Ops


def _look_up(vault: Any, text: str) -> list[Choice]:
    return find_owners(vault.conn, text)


class OwnerFilter(QWidget):
    changed = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = Picker(ops, _look_up, self.tr("Owner or organisation…"), self)
        self.picker.setAccessibleName(self.tr("Filter by owner or organisation"))
        self.picker.setMinimumWidth(self.picker.fontMetrics().horizontalAdvance("M") * 16)
        self.person_chip = QPushButton(self)
        self.org_chip = QPushButton(self)
        for chip in (self.person_chip, self.org_chip):
            chip.setToolTip(self.tr("Click to stop filtering by this owner"))
            chip.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.person_chip)
        layout.addWidget(self.org_chip)
        self.person_id: str | None = None
        self.org_id: str | None = None
        self.picker.picked.connect(self._picked)
        self.person_chip.clicked.connect(lambda: self._set_person(None, ""))
        self.org_chip.clicked.connect(lambda: self._set_org(None, ""))

    def _picked(self, choice: Choice) -> None:
        if choice.kind == PERSON:
            self._set_person(choice.id, choice.label)
        else:
            self._set_org(choice.id, choice.label)

    def _set_person(self, person_id: str | None, label: str) -> None:
        self.person_id = person_id
        self.person_chip.setText(f"{label}  ✕")
        self.person_chip.setVisible(person_id is not None)
        self.changed.emit()

    def _set_org(self, org_id: str | None, label: str) -> None:
        self.org_id = org_id
        self.org_chip.setText(f"{label}  ✕")
        self.org_chip.setVisible(org_id is not None)
        self.changed.emit()

    def clear(self) -> None:
        """Forget the choice and its name, without asking for a new listing."""
        self.picker.clear_choices()
        self.picker.setText("")  # no undo history left behind
        self.person_id = self.org_id = None
        for chip in (self.person_chip, self.org_chip):
            chip.setText("")
            chip.setVisible(False)
