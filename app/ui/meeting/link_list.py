"""A short list of directory records linked to a meeting (organisers, contact persons)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from app.storage.lookups import Choice
from app.ui.meeting.pickers import Lookup, Picker
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.widgets import button, current_row, list_view, row_of_buttons
from app.ui.ops import Ops
from app.ui.zoom import height_in_lines


class LinkList(QGroupBox):
    def __init__(
        self,
        ops: Ops,
        title: str,
        lookup: Lookup,
        placeholder: str,
        on_add: Callable[[Choice], None],
        on_remove: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        lay = QVBoxLayout(self)
        self.model = RowsModel([Column(title, lambda r: r.name)], self)
        self.view = list_view(self.model)
        height_in_lines(self.view, 0, 4.5)
        lay.addWidget(self.view)
        self.picker = Picker(ops, lookup, placeholder)
        self.picker.picked.connect(on_add)
        lay.addWidget(self.picker)
        remove = button(self.tr("Remove"), self.tr("Remove the selected entry"))
        remove.clicked.connect(lambda: on_remove(current_row(self.view)))
        lay.addLayout(row_of_buttons(remove))

    def clear(self) -> None:
        self.model.clear()
        self.picker.clear_choices()
