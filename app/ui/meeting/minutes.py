"""Minutes tab: per session, agenda items with themes and their ordered minute entries.

Keyboard-first: type an entry and press Enter to save it and start the next one; Ctrl+K picks
the speaker, Ctrl+Shift+C toggles "confidential"; in the list of entries Alt+Up/Alt+Down move
the selected entry, Delete removes it, F2 edits it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.meeting_detail import AgendaDetail, SessionDetail
from app.domain.pasted_list import PastedLine, split_pasted
from app.domain.records import AgendaItem, MinuteEntry
from app.storage.lookups import ORGANISATION, PERSON, Choice, find_owners, match_speaker
from app.ui.date_edit import shown_date
from app.ui.meeting.commands import AddStep, delete_step
from app.ui.meeting.confirm import ask
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.entry_edit import EntryEdit
from app.ui.meeting.ordering import move_steps, next_position
from app.ui.meeting.pickers import Picker
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.section import Loaded, Section
from app.ui.meeting.theme_tags import ThemeTags
from app.ui.meeting.widgets import (
    button,
    current_row,
    fit_columns,
    list_view,
    row_of_buttons,
    select_id,
    select_row,
    shortcut,
    table_view,
)
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown_line

SPEAKER_KEYS = "Ctrl+K"
CONFIDENTIAL_KEYS = "Ctrl+Shift+C"


class MinutesTab(Section):
    TABLES = ("agenda_items", "minute_entries")

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(editor, ops, parent)
        self._speaker: Choice | None = None
        self._speaker_for_entry: MinuteEntry | None = None
        self._scroll_to_end = False
        self._pending_item = ""  # an item just added: selected once the reload shows it
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        session_label = QLabel(self.tr("&Session:"))
        top.addWidget(session_label)
        self.session = QComboBox()
        session_label.setBuddy(self.session)  # names the list for screen readers, Alt+S
        self.session.setAccessibleName(self.tr("Session"))
        self.session.setMinimumContentsLength(30)
        self.session.currentIndexChanged.connect(lambda _: self._show_session())
        top.addWidget(self.session, 1)
        lay.addLayout(top)
        self.no_session = QLabel(self.tr("Add a day or session on the Programme tab first."))
        self.no_session.setVisible(False)
        lay.addWidget(self.no_session)

        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split, 1)
        split.addWidget(self._agenda_pane())
        split.addWidget(self._entries_pane())
        self._set_key_hints()
        split.setSizes([330, 670])

        shortcut(SPEAKER_KEYS, self, self._speaker_shortcut)
        shortcut(CONFIDENTIAL_KEYS, self, self._confidential_shortcut)

    # --- building ----------------------------------------------------------------------------
    def _agenda_pane(self) -> QWidget:
        pane = QGroupBox(self.tr("Agenda"))
        lay = QVBoxLayout(pane)
        self.agenda_model = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Agenda item"),
                    lambda a: a.item.title,
                    edit_key="title",
                    tooltip=QT_TRANSLATE_NOOP("MeetingWorkspace", "Double-click or F2 to rename"),
                )
            ],
            self,
            on_edit=self._rename_item,
            row_id=lambda a: a.item.id,
        )
        self.agenda = list_view(self.agenda_model)
        self.agenda.setObjectName("agenda")
        self.agenda.setWordWrap(True)
        self.agenda.selectionModel().selectionChanged.connect(lambda *_: self._show_item())
        lay.addWidget(self.agenda, 2)
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("New agenda item… (Enter adds)"))
        self.new_item.setAccessibleName(self.tr("New agenda item"))
        self.new_item.returnPressed.connect(self._add_item)
        lay.addWidget(self.new_item)
        up = button("↑", self.tr("Move the agenda item up"))
        down = button("↓", self.tr("Move the agenda item down"))
        rm = button(self.tr("Remove"), self.tr("Remove the agenda item and its entries"))
        up.clicked.connect(lambda: self._move_item(-1))
        down.clicked.connect(lambda: self._move_item(1))
        rm.clicked.connect(self._remove_item)
        lay.addLayout(row_of_buttons(up, down, rm))

        self.theme_tags = ThemeTags(self.editor)
        lay.addWidget(self.theme_tags)
        return pane

    def _set_key_hints(self) -> None:
        """Hints that name the shortcuts (set again when the language changes)."""
        self.entries.setToolTip(
            self.tr(
                "Alt+Up/Alt+Down move · Delete removes · F2 edits · "
                "{speaker} speaker · {confidential} confidential"
            ).format(speaker=SPEAKER_KEYS, confidential=CONFIDENTIAL_KEYS)
        )
        self.speaker.setToolTip(self.tr("Speaker of the entry ({keys})").format(keys=SPEAKER_KEYS))
        self.confidential.setToolTip(
            self.tr("Left out of reports for partners and the public ({keys})").format(
                keys=CONFIDENTIAL_KEYS
            )
        )
        self.entry.setPlaceholderText(
            self.tr(
                "Type the minute entry; Enter saves it and starts the next "
                "(Shift+Enter: new line; {speaker}: speaker; {confidential}: confidential)"
            ).format(speaker=SPEAKER_KEYS, confidential=CONFIDENTIAL_KEYS)
        )
        self.entry.setToolTip(self.entry.placeholderText())

    def language_changed(self) -> None:
        self._set_key_hints()

    def _entries_pane(self) -> QWidget:
        pane = QGroupBox(self.tr("Minutes"))
        lay = QVBoxLayout(pane)
        self.entries_model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Speaker"), self._speaker_name),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Entry"),
                    lambda e: e.text,
                    edit_key="text",
                    tooltip=QT_TRANSLATE_NOOP("MeetingWorkspace", "Double-click or F2 to edit"),
                ),
                Column(
                    "",  # the confidential marker's column has no title (nothing to translate)
                    lambda e: (
                        QCoreApplication.translate("MeetingWorkspace", "Confidential")
                        if e.confidential
                        else ""
                    ),
                ),
            ],
            self,
            on_edit=self._edit_entry,
            dim=lambda e: e.confidential,
        )
        self.entries = table_view(self.entries_model)
        self.entries.setObjectName("entries")
        fit_columns(self.entries, [1], wrap_rows=True)
        shortcut("Delete", self.entries, self._remove_entry)
        shortcut("Alt+Up", self.entries, lambda: self._move_entry(-1))
        shortcut("Alt+Down", self.entries, lambda: self._move_entry(1))
        lay.addWidget(self.entries, 1)

        composer = QHBoxLayout()
        self.speaker = Picker(
            self.ops,
            lambda v, t: find_owners(v.conn, t),
            self.tr("Speaker…"),
            create=(PERSON, ORGANISATION),
        )
        self.speaker.setAccessibleName(self.tr("Speaker of the next entry"))
        self.speaker.picked.connect(self._speaker_picked)
        self.speaker_label = plain_label(QLabel())
        self.speaker_label.setToolTip(self.tr("Speaker of the next entry"))
        self.confidential = QCheckBox(self.tr("Confidential"))
        composer.addWidget(self.speaker, 2)
        composer.addWidget(self.speaker_label, 2)
        composer.addWidget(self.confidential)
        lay.addLayout(composer)
        self.entry = EntryEdit()
        self.entry.setObjectName("entryEdit")
        self.entry.setAccessibleName(self.tr("New minute entry"))
        self.entry.committed.connect(self._commit_entry)
        self.entry.splits_lists = True
        self.entry.pasted_lines.connect(self.paste_list)
        lay.addWidget(self.entry)
        up = button("↑", self.tr("Move the entry up (Alt+Up)"))
        down = button("↓", self.tr("Move the entry down (Alt+Down)"))
        rm = button(self.tr("Remove"), self.tr("Remove the selected entry (Delete)"))
        up.clicked.connect(lambda: self._move_entry(-1))
        down.clicked.connect(lambda: self._move_entry(1))
        rm.clicked.connect(self._remove_entry)
        lay.addLayout(row_of_buttons(up, down, rm))
        return pane

    # --- showing -----------------------------------------------------------------------------
    def show_loaded(self, loaded: Loaded) -> None:
        super().show_loaded(loaded)
        d = loaded.detail
        current = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        for s in d.sessions:
            label = " — ".join(
                p for p in (shown_date(s.session.date), shown_line(s.session.title)) if p
            )
            self.session.addItem(label, s.session.id)
        i = self.session.findData(current)
        self.session.setCurrentIndex(i if i >= 0 else 0)
        self.session.blockSignals(False)
        self._show_session()

    def _session_detail(self) -> SessionDetail | None:
        d = self.detail
        sid = self.session.currentData()
        if d is None:
            return None
        return next((s for s in d.sessions if s.session.id == sid), None)

    def _item(self) -> AgendaDetail | None:
        row = current_row(self.agenda)
        return self.agenda_model.row_at(row) if row >= 0 else None

    def _show_session(self) -> None:
        s = self._session_detail()
        keep = self._pending_item or (c.item.id if (c := self._item()) else "")
        if self._pending_item and s and any(a.item.id == self._pending_item for a in s.agenda):
            self._pending_item = ""
        self.agenda_model.set_rows(s.agenda if s else [])
        if not (keep and select_id(self.agenda, keep)):
            select_row(self.agenda, 0)
        self._show_item()
        enabled = s is not None
        self.no_session.setVisible(not enabled and self.loaded is not None)
        for w in (self.new_item, self.entry, self.speaker, self.confidential, self.theme_tags):
            w.setEnabled(enabled)

    def _show_item(self) -> None:
        item = self._item()
        row = current_row(self.entries)
        keep = self.entries_model.row_at(row).id if row >= 0 else ""
        self.theme_tags.show_item(item, self.loaded.themes if self.loaded else [])
        self.entries_model.set_rows(item.entries if item else [])
        if self._scroll_to_end:  # the entry just typed: bring it into view
            self._scroll_to_end = False
            rows = self.entries_model.rows()
            if rows:
                self.entries_model.row_of(rows[-1].id)
            self.entries.scrollToBottom()
        elif keep:
            select_id(self.entries, keep)

    def entries_changed(self, item_id: str) -> None:
        """The entries of one agenda item were reloaded (app/ui/meeting/partial.py)."""
        item = self._item()
        if item is not None and item.item.id == item_id:
            self._show_item()

    def _speaker_name(self, e: MinuteEntry) -> str:
        d = self.detail
        if d is None:
            return ""
        return d.person_name(e.speaker_person_id) or d.org_name(e.speaker_org_id)

    def clear(self) -> None:
        super().clear()
        self.session.blockSignals(True)
        self.session.clear()
        self.session.blockSignals(False)
        self.agenda_model.clear()
        self.theme_tags.clear()
        self.entries_model.clear()
        for w in (self.new_item, self.entry, self.speaker_label):
            w.clear()
        self.speaker.clear_choices()
        self._speaker = None
        self._speaker_for_entry = None
        self._pending_item = ""
        self.confidential.setChecked(False)

    def select(self, table: str, record_id: str) -> bool:
        d = self.detail
        if d is None:
            return False
        for s in d.sessions:
            for a in s.agenda:
                hit_entry = table == "minute_entries" and any(e.id == record_id for e in a.entries)
                if a.item.id == record_id or hit_entry:
                    self.session.setCurrentIndex(self.session.findData(s.session.id))
                    select_id(self.agenda, a.item.id)
                    self._show_item()
                    if hit_entry:
                        select_id(self.entries, record_id)
                        self.entries.setFocus()
                    return True
        return False

    # --- agenda items ------------------------------------------------------------------------
    def _add_item(self) -> None:
        s = self._session_detail()
        title = self.new_item.text().strip()
        if s is None or not title:
            return
        item = AgendaItem(
            meeting_id=s.session.meeting_id,
            session_id=s.session.id,
            title=title,
            position=next_position([a.item for a in s.agenda]),
        )
        self.editor.add(item, text=QT_TRANSLATE_NOOP("UndoSteps", "Add agenda item"))
        self.new_item.clear()
        self._select_item_after_reload(item.id)
        # The cursor stays: an agenda is usually typed item after item before the minutes.
        self.new_item.setFocus()

    def _select_item_after_reload(self, item_id: str) -> None:
        self._pending_item = item_id

    def _rename_item(self, a: AgendaDetail, key: str, value: str) -> None:
        if value.strip():
            self.editor.update(
                a.item, QT_TRANSLATE_NOOP("UndoSteps", "Rename agenda item"), title=value.strip()
            )

    def _move_item(self, delta: int) -> None:
        s = self._session_detail()
        row = current_row(self.agenda)
        if s is None or row < 0:
            return
        self.editor.push(
            QT_TRANSLATE_NOOP("UndoSteps", "Reorder agenda"),
            move_steps([a.item for a in s.agenda], row, delta),
        )

    def _remove_item(self) -> None:
        a = self._item()
        if a is None:
            return
        steps = [delete_step(e) for e in a.entries] + [delete_step(a.item)]
        if not a.entries:
            self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Remove agenda item"), steps)
            return
        text = self.tr(
            "Remove the agenda item “{title}” and its {count} minute entries? "
            "(Ctrl+Z brings them back.)"
        ).format(title=a.item.title, count=number(len(a.entries)))
        ask(
            self,
            text,
            self.tr("Remove"),
            lambda: self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Remove agenda item"), steps),
        )

    # --- entries -----------------------------------------------------------------------------
    def _commit_entry(self, text: str) -> None:
        s = self._session_detail()
        if s is None:
            return
        steps = []
        a = self._item()
        if a is None:  # typing straight away: the entry goes under a first agenda item
            item = AgendaItem(
                meeting_id=s.session.meeting_id,
                session_id=s.session.id,
                title="Discussion",
                position=next_position([x.item for x in s.agenda]),
            )
            steps.append(AddStep(item))
            self._select_item_after_reload(item.id)
            item_id, entries = item.id, []
        else:
            item_id, entries = a.item.id, a.entries
        speaker = self._speaker
        entry = MinuteEntry(
            agenda_item_id=item_id,
            meeting_id=s.session.meeting_id,
            text=text,
            position=float(next_position(entries)),
            speaker_person_id=speaker.id if speaker and speaker.kind == "person" else "",
            speaker_org_id=speaker.id if speaker and speaker.kind != "person" else "",
            confidential=self.confidential.isChecked(),
        )
        steps.append(AddStep(entry))
        self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Add minute entry"), steps)
        self._scroll_to_end = True
        self.entry.clear()
        self.confidential.setChecked(False)
        self._speaker = None
        self.speaker_label.clear()
        self.entry.setFocus()

    def paste_list(self, text: str) -> None:
        """A pasted list: one entry per line, in order, under the selected agenda item (one
        undo); a "Name:" prefix that the directory knows becomes the entry's speaker."""
        s = self._session_detail()
        lines = split_pasted(text)
        if s is None or not lines:
            return
        prefixes = sorted({line.speaker for line in lines if line.speaker})
        self.ops.run(
            lambda vault: {p: match_speaker(vault.conn, p) for p in prefixes},
            on_done=lambda speakers: self._add_pasted(s, lines, speakers),
            on_error=self.editor.failed.emit,
        )

    def _add_pasted(
        self, s: SessionDetail, lines: list[PastedLine], speakers: dict[str, Choice | None]
    ) -> None:
        steps: list = []
        a = self._item()
        if a is None or a.item.session_id != s.session.id:
            item = AgendaItem(
                meeting_id=s.session.meeting_id,
                session_id=s.session.id,
                title="Discussion",
                position=next_position([x.item for x in s.agenda]),
            )
            steps.append(AddStep(item))
            self._select_item_after_reload(item.id)
            item_id, position = item.id, 0
        else:
            item_id, position = a.item.id, next_position(a.entries)
        confidential = self.confidential.isChecked()
        for i, line in enumerate(lines):
            speaker = speakers.get(line.speaker) if line.speaker else None
            if speaker is None:
                speaker = self._speaker  # the speaker chosen for the next entry, if any
                text = line.full
            else:
                text = line.text
            is_person = speaker is not None and speaker.kind == PERSON
            steps.append(
                AddStep(
                    MinuteEntry(
                        agenda_item_id=item_id,
                        meeting_id=s.session.meeting_id,
                        text=text,
                        position=float(position + i),
                        speaker_person_id=speaker.id if speaker and is_person else "",
                        speaker_org_id=speaker.id if speaker and not is_person else "",
                        confidential=confidential,
                    )
                )
            )
        self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Paste minute entries"), steps)
        self._scroll_to_end = True
        self.confidential.setChecked(False)
        self._speaker = None
        self.speaker_label.clear()
        self.entry.setFocus()

    def _edit_entry(self, e: MinuteEntry, key: str, value: str) -> None:
        if value.strip():
            self.editor.update(
                e, QT_TRANSLATE_NOOP("UndoSteps", "Edit minute entry"), text=value.strip()
            )

    def _selected_entry(self) -> MinuteEntry | None:
        row = current_row(self.entries)
        return self.entries_model.row_at(row) if row >= 0 else None

    def _move_entry(self, delta: int) -> None:
        a = self._item()
        row = current_row(self.entries)
        if a is None or row < 0:
            return
        moved = a.entries[row].id
        if self.editor.push(
            QT_TRANSLATE_NOOP("UndoSteps", "Reorder minutes"), move_steps(a.entries, row, delta)
        ):
            a.entries.insert(row + delta, a.entries.pop(row))
            self.entries_model.set_rows(a.entries)
            select_id(self.entries, moved)

    def _remove_entry(self) -> None:
        e = self._selected_entry()
        if e is not None:
            row = current_row(self.entries)
            self.editor.delete(e, text=QT_TRANSLATE_NOOP("UndoSteps", "Remove minute entry"))
            QTimer.singleShot(0, lambda: select_row(self.entries, max(row - 1, 0)))

    # --- speaker and confidential ------------------------------------------------------------
    def _speaker_shortcut(self) -> None:
        """Ctrl+K: from the list, set the selected entry's speaker; elsewhere the next one's."""
        self._speaker_for_entry = self._selected_entry() if self.entries.hasFocus() else None
        self.speaker.setFocus()
        self.speaker.selectAll()

    def _speaker_picked(self, choice: Choice) -> None:
        target = self._speaker_for_entry
        self._speaker_for_entry = None
        if target is not None:
            is_person = choice.kind == "person"
            self.editor.update(
                target,
                QT_TRANSLATE_NOOP("UndoSteps", "Change speaker"),
                speaker_person_id=choice.id if is_person else "",
                speaker_org_id="" if is_person else choice.id,
            )
            self.entries.setFocus()
            return
        self._speaker = choice
        self.speaker_label.setText(self.tr("Speaker: ") + choice.label)
        self.entry.setFocus()

    def _confidential_shortcut(self) -> None:
        """Ctrl+Shift+C: in the list, toggle the selected entry; elsewhere the next one."""
        e = self._selected_entry() if self.entries.hasFocus() else None
        if e is not None:
            self.editor.update(
                e,
                QT_TRANSLATE_NOOP("UndoSteps", "Toggle confidential"),
                confidential=not e.confidential,
            )
            self.entries_model.dataChanged.emit(
                self.entries_model.index(0, 0),
                self.entries_model.index(self.entries_model.rowCount() - 1, 2),
            )
        else:
            self.confidential.toggle()
