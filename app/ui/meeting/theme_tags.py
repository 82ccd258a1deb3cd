"""The themes of one agenda item as tags: type a name and Enter (new names create a theme),
Delete removes the selected tag."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.domain.meeting_detail import AgendaDetail
from app.domain.records import AgendaTheme, Theme
from app.ui.meeting.commands import AddStep
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.widgets import current_row, list_view, shortcut
from app.ui.zoom import height_in_lines


class ThemeTags(QWidget):
    def __init__(self, editor: MeetingEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.item: AgendaDetail | None = None
        self._known: list[Theme] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("Themes of the agenda item")))
        self.model = RowsModel(
            [Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Theme"), lambda t: t.name)], self
        )
        self.view = list_view(self.model)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setSpacing(3)
        height_in_lines(self.view, 0, 3.2)
        self.view.setToolTip(self.tr("Delete removes the selected theme"))
        self.view.setAccessibleName(self.tr("Themes of the agenda item"))
        shortcut("Delete", self.view, self._remove)
        lay.addWidget(self.view)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Add a theme (Enter; new names create a theme)"))
        self.input.setAccessibleName(self.tr("Add a theme"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self.input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self._add)
        lay.addWidget(self.input)

    def show_item(self, item: AgendaDetail | None, known: Sequence[Theme]) -> None:
        self.item = item
        self._known = list(known)
        self._names.setStringList([t.name for t in self._known])
        self.model.set_rows(item.themes if item else [])
        self.input.setEnabled(item is not None)

    def clear(self) -> None:
        self.item = None
        self._known = []
        self._names.setStringList([])
        self.model.clear()
        self.input.clear()

    def _add(self) -> None:
        a = self.item
        name = self.input.text().strip()
        if a is None or not name:
            return
        self.input.clear()
        theme = next((t for t in self._known if t.name.casefold() == name.casefold()), None)
        if theme is not None and any(t.id == theme.id for t in a.themes):
            return
        steps = []
        if theme is None:
            theme = Theme(name=name)
            steps.append(AddStep(theme))
        steps.append(AddStep(AgendaTheme(agenda_item_id=a.item.id, theme_id=theme.id)))
        self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Add theme"), steps)

    def _remove(self) -> None:
        a = self.item
        row = current_row(self.view)
        if a is None or row < 0:
            return
        item_id, theme_id = a.item.id, self.model.row_at(row).id

        def links(vault):
            return vault.store.select(
                AgendaTheme, "agenda_item_id = ? AND theme_id = ?", [item_id, theme_id]
            )

        self.editor.read(
            links,
            lambda found: (
                found
                and self.editor.delete(*found, text=QT_TRANSLATE_NOOP("UndoSteps", "Remove theme"))
            ),
        )
