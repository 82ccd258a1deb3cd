"""Date fields: typed in any accepted form or picked from the calendar, shown in the
language's style, saved as ISO."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from app.domain.records import ActionItem, Meeting
from app.ui import language
from app.ui.date_edit import DateEdit
from tests.i18n.test_language import meeting_window, translator  # noqa: F401 - fixtures


def test_typed_forms_become_iso_and_show_in_the_language_style(qtbot, qapp, translator) -> None:  # noqa: F811
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setText("2019-02-24")
    assert edit.text() == "2019-02-24" and edit.iso() == "2019-02-24"
    for typed in ("24/02/2019", "20190224", "២៤/០២/២០១៩"):
        edit.clear()
        edit.insert(typed)  # as typed (QTest cannot type Khmer key by key)
        edit.editingFinished.emit()
        assert edit.iso() == "2019-02-24"
        assert edit.text() == "2019-02-24"  # tidied into the English style
    edit.setText("not a date")
    assert edit.iso() is None
    language.install(qapp, "km")
    edit.language_changed()
    edit.setText("2019-02-24")
    assert edit.text() == "២៤/០២/២០១៩" and edit.iso() == "2019-02-24"


def test_the_calendar_picks_a_date_as_an_edit(qtbot, translator) -> None:  # noqa: F811
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setText("2019-02-24")
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2019, 2, 24)
    with qtbot.waitSignal(edit.textEdited) as edited:
        popup.calendar.clicked.emit(QDate(2019, 3, 8))
    assert edited.args == ["2019-03-08"]
    assert not popup.isVisible() and edit.iso() == "2019-03-08"


def _in_vault(qtbot, window, fn):
    box: dict = {}
    window.ops.run(fn, on_done=lambda r: box.update(r=r))
    qtbot.waitUntil(lambda: "r" in box, timeout=10_000)
    return box["r"]


def test_meeting_and_due_dates_accept_any_form_and_save_iso(qtbot, meeting_window) -> None:  # noqa: F811
    window, meeting_id = meeting_window
    ws = window.shell.workspace  # type: ignore[attr-defined]
    start = ws.overview.start_date
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "20/2/2025")  # before the end date (2025-02-25)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            _in_vault(qtbot, window, lambda v: v.store.get(Meeting, meeting_id).start_date)
            == "2025-02-20"
        ),
        timeout=10_000,
    )
    # A new action item's due date, picked from the calendar.
    ws.tabs.setCurrentWidget(ws.actions)
    qtbot.keyClicks(ws.actions.text, "Send the letter")
    ws.actions.due.open_calendar()
    ws.actions.due.popup.calendar.clicked.emit(QDate(2025, 5, 1))
    qtbot.keyClick(ws.actions.text, Qt.Key.Key_Return)

    def due_dates(v):
        return {a.text: a.due_date for a in v.store.select(ActionItem)}

    qtbot.waitUntil(
        lambda: _in_vault(qtbot, window, due_dates).get("Send the letter") == "2025-05-01",
        timeout=10_000,
    )
    # And an existing one's due date edited in the table, with the same field.
    view = ws.actions.view

    def rows() -> list[str]:
        return [view.model().index(r, 0).data() for r in range(view.model().rowCount())]

    qtbot.waitUntil(lambda: "Send the letter" in rows(), timeout=10_000)
    row = rows().index("Send the letter")
    index = view.model().index(row, 2)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, DateEdit)
    editor.open_calendar()
    editor.popup.calendar.clicked.emit(QDate(2025, 6, 2))
    qtbot.waitUntil(
        lambda: _in_vault(qtbot, window, due_dates).get("Send the letter") == "2025-06-02",
        timeout=10_000,
    )
