"""Locking clears every child widget; search hits open the right tab and row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.domain.records import ActionItem, Attachment, Meeting, MinuteEntry, Person
from app.ui.meeting.widgets import select_row
from tests.ui.meeting.helpers import in_vault, make_workspace, open_meeting, settle


def shown_texts(root: QWidget) -> set[str]:
    """Every text a user could read in `root`: fields, labels, combo items, model rows."""
    texts: set[str] = set()
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            texts.add(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            texts.add(w.toPlainText())
        elif isinstance(w, QLabel):
            texts.add(w.text())
            if not w.pixmap().isNull():
                texts.add(f"<picture {w.pixmap().width()}x{w.pixmap().height()}>")
        elif isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
    for model in root.findChildren(QAbstractItemModel) + _view_models(root):
        for r in range(model.rowCount(QModelIndex())):
            for c in range(_columns(model)):
                texts.add(str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole)))
    texts.discard("")
    return texts


def _columns(model: QAbstractItemModel) -> int:
    if isinstance(model, QAbstractListModel):  # its columnCount is private in PySide
        return 1
    return model.columnCount(QModelIndex())


def _view_models(root: QObject) -> list[QAbstractItemModel]:
    from PySide6.QtWidgets import QAbstractItemView

    return [v.model() for v in root.findChildren(QAbstractItemView) if v.model() is not None]


def _meeting_with_attachment(qtbot, ops) -> Meeting:
    def find(v):
        att = v.store.select(Attachment)[0]
        return v.store.get(Meeting, att.meeting_id)

    return in_vault(qtbot, ops, find)


def test_clear_vault_data_leaves_no_vault_text(qtbot, demo_ops) -> None:
    ops = demo_ops
    fresh = shown_texts(make_workspace(qtbot, ops))
    ws = make_workspace(qtbot, ops)
    meeting = _meeting_with_attachment(qtbot, ops)
    open_meeting(qtbot, ws, meeting.id)
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
    select_row(ws.attachments.view, 0)
    qtbot.waitUntil(lambda: ws.attachments.viewer.text.toPlainText() != "", timeout=5_000)
    ws.minutes.speaker.setFocus()
    qtbot.keyClicks(ws.minutes.speaker, "a")
    qtbot.waitUntil(ws.minutes.speaker.has_results, timeout=5_000)
    settle(qtbot, ws)

    before = shown_texts(ws)
    entry = in_vault(
        qtbot, ops, lambda v: v.store.select(MinuteEntry, "meeting_id = ?", [meeting.id])[0]
    )
    assert meeting.title in before and entry.text in before  # the walk does see vault text
    assert before - fresh

    ws.clear_vault_data()
    after = shown_texts(ws)
    leaked = after - fresh
    assert not leaked, leaked
    assert not ws.attachments.viewer.page_labels
    assert not ws.undo_action.isEnabled()


def test_results_read_before_clearing_never_repaint(qtbot, demo_ops) -> None:
    ops = demo_ops
    ws = make_workspace(qtbot, ops)
    meeting = _meeting_with_attachment(qtbot, ops)
    ws.show_meeting(meeting.id)  # the load is still running...
    ws.clear_vault_data()  # ...when the vault locks
    qtbot.waitUntil(lambda: not ops.is_busy, timeout=5_000)
    assert ws.title.text() == ""
    assert ws.loaded is None


def test_open_entry_selects_a_minute_entry_in_its_session(qtbot, demo_ops) -> None:
    ops = demo_ops
    ws = make_workspace(qtbot, ops)

    def pick(v):
        entries = v.store.select(MinuteEntry, order_by="meeting_id, position")
        return entries[-1]

    entry = in_vault(qtbot, ops, pick)
    ws.open_entry("minute_entries", entry.id)
    qtbot.waitUntil(lambda: ws.tabs.currentWidget() is ws.minutes, timeout=5_000)
    settle(qtbot, ws)
    assert ws.meeting_id == entry.meeting_id
    row = ws.minutes.entries.currentIndex().row()
    assert ws.minutes.entries_model.row_at(row).id == entry.id


def test_open_entry_for_an_action_item_and_a_person_free_table(qtbot, demo_ops) -> None:
    ops = demo_ops
    ws = make_workspace(qtbot, ops)
    item = in_vault(qtbot, ops, lambda v: v.store.select(ActionItem)[0])
    ws.open_entry("action_items", item.id)
    qtbot.waitUntil(lambda: ws.tabs.currentWidget() is ws.actions, timeout=5_000)
    settle(qtbot, ws)
    row = ws.actions.view.currentIndex().row()
    assert ws.actions.model.row_at(row).id == item.id

    person = in_vault(qtbot, ops, lambda v: v.store.select(Person)[0])
    ws.open_entry("people", person.id)  # not part of a meeting: a message, no crash
    qtbot.waitUntil(ws.error.isVisible, timeout=5_000)
    assert ws.error.text() == "The record was not found."


def test_open_entry_reaches_every_kind_of_search_hit(qtbot, demo_ops) -> None:
    from app.domain.records import TYPE_BY_TABLE

    ops = demo_ops
    ws = make_workspace(qtbot, ops)
    expected = {
        "sessions": ws.programme,
        "attendance": ws.programme,
        "agenda_items": ws.minutes,
        "decisions": ws.decisions,
        "testimonies": ws.testimonies,
        "attachments": ws.attachments,
        "objectives": ws.overview,
        "meetings": ws.overview,
    }
    for table, tab in expected.items():
        cls = TYPE_BY_TABLE[table]
        record = in_vault(qtbot, ops, lambda v, cls=cls: v.store.select(cls, order_by="id")[-1])
        ws.tabs.setCurrentIndex(6 if tab is not ws.attachments else 0)
        ws.open_entry(table, record.id)
        qtbot.waitUntil(lambda tab=tab: ws.tabs.currentWidget() is tab, timeout=5_000)
        settle(qtbot, ws)
        assert not ws.error.isVisible(), (table, ws.error.text())
