"""Pick a person or an organisation from the directory by typing part of a name.

The directory may hold thousands of people: each pause in typing runs one small look-up on the
worker (the first 30 matches, in SQL) instead of loading everyone into a model. Enter picks the
highlighted match (the first one unless the user moved).

A picker given `create` kinds also offers to add a name the directory does not hold: the last
row of the list, or Enter when nothing matches, asks whether to add it as a new person or
organisation, adds it and picks it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QMessageBox, QWidget

from app.storage.lookups import ORGANISATION, PERSON, Choice
from app.ui.ops import Ops

Index = QModelIndex | QPersistentModelIndex
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
Lookup = Callable[[Any, str], list[Choice]]
NEW = "new"  # the kind of the "Add … as new" row


def create_record(vault: Any, kind: str, name: str) -> Choice:
    """Add `name` to the directory as a person or an organisation (on the worker)."""
    from app.domain.records import Organisation, Person

    record = Person(name=name) if kind == PERSON else Organisation(name=name)
    vault.store.add(record)
    return Choice(record.id, name, kind)


class ChoiceModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice(self, row: int) -> Choice:
        return self._choices[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        c = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{c.label} — {c.detail}" if c.detail else c.label
        if role == Qt.ItemDataRole.EditRole:
            return c.label
        if role == CHOICE_ROLE:
            return c
        return None


class Picker(QLineEdit):
    """A line edit that looks names up as you type; emits `picked(Choice)`."""

    picked = Signal(object)

    def __init__(
        self,
        ops: Ops,
        lookup: Lookup,
        placeholder: str,
        parent: QWidget | None = None,
        *,
        create: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._lookup = lookup
        self._create = tuple(create)  # PERSON and/or ORGANISATION
        self.question: QMessageBox | None = None
        self._seq = 0
        self._pick_when_shown = False
        self._offered = False  # the completer's popup exists once it has offered names
        self.setProperty("draft", False)  # a look-up, not text the user would miss after a lock
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.model = ChoiceModel(self)
        self._completer = QCompleter(self.model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._look_up)
        self.textEdited.connect(lambda _: self._timer.start())
        self.returnPressed.connect(self._pick_current)

    def has_results(self) -> bool:
        return self.model.rowCount() > 0 and not self._timer.isActive()

    def clear_choices(self) -> None:
        self._seq += 1
        self._pick_when_shown = False
        self._timer.stop()
        self.model.set_choices([])
        if self._offered:  # popup() would make the popup (a list view) only to hide it
            self._completer.popup().hide()
        self.clear()

    def _look_up(self) -> None:
        self._seq += 1
        seq, text, lookup = self._seq, self.text(), self._lookup
        self._ops.run(
            lambda vault: lookup(vault, text),
            on_done=lambda choices: self._show(seq, choices),
            on_error=lambda _err: None,  # a failed look-up just offers nothing
        )

    def _show(self, seq: int, choices: list[Choice]) -> None:
        if seq != self._seq:
            return  # the user typed on; a newer look-up is coming
        name = self.text().strip()
        exact = any(c.label.casefold() == name.casefold() for c in choices)
        if self._create and name and not exact:
            label = self.tr("Add “{name}” as new…").format(name=name)
            choices = [*choices, Choice("", label, NEW, "", name)]
        self.model.set_choices(choices)
        if self._pick_when_shown:
            self._pick_when_shown = False
            if choices:
                self._pick(choices[0])
            return
        if choices and self.hasFocus():
            self._offered = True
            self._completer.complete()
            popup = self._completer.popup()
            popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        choice = index.data(CHOICE_ROLE)
        if isinstance(choice, Choice):
            self._pick(choice)

    def _pick_current(self) -> None:
        if self._timer.isActive():  # Enter before the look-up ran: look up now, pick then
            self._timer.stop()
            self._pick_when_shown = True
            self._look_up()
            return
        if self.model.rowCount() == 0:
            if self._create and self.text().strip():
                self.offer_create(self.text().strip())
            return
        popup = self._completer.popup()
        row = popup.currentIndex().row() if popup.isVisible() else 0
        self._pick(self.model.choice(max(row, 0)))

    def _pick(self, choice: Choice) -> None:
        if choice.kind == NEW:
            self._completer.popup().hide()
            self.offer_create(choice.org_id)  # the typed name travels in `org_id`
            return
        self._completer.popup().hide()
        self.picked.emit(choice)
        self._seq += 1
        self.model.set_choices([])
        self.clear()

    # --- adding a name the directory does not hold ------------------------------------------
    def offer_create(self, name: str) -> QMessageBox:
        """Ask whether to add `name` as a new person or organisation; Cancel is the default."""
        box = QMessageBox(self)
        box.setObjectName("createBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed (or pasted)
        box.setText(self.tr("“{name}” is not in the directory. Add it?").format(name=name))
        buttons = {}
        if PERSON in self._create:
            buttons[box.addButton(self.tr("New person"), QMessageBox.ButtonRole.AcceptRole)] = (
                PERSON
            )
        if ORGANISATION in self._create:
            org_button = box.addButton(
                self.tr("New organisation"), QMessageBox.ButtonRole.AcceptRole
            )
            buttons[org_button] = ORGANISATION
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            kind = buttons.get(button)
            if kind is not None:
                self.create(kind, name)

        box.buttonClicked.connect(answered)
        box.open()
        self.question = box
        return box

    def create(self, kind: str, name: str) -> None:
        self._ops.run(lambda vault: create_record(vault, kind, name), on_done=self._pick)
