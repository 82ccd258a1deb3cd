"""Messages that quote what a partner wrote show it literally (issue 8, "Hostile text"): the
inline error line, the question before removing an agenda item, the picker's offer to add a
name and the sign-in sheet's file name. Each was a label or message box that guessed between
plain and rich text, so `<img src=...>` in a name loaded a local file and `<a>` made a link."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.errors import ContactNameClash
from app.ui.exchange.common import ErrorLine
from app.ui.meeting.attendance_import import AttendanceImportDialog
from app.ui.meeting.confirm import ask
from app.ui.meeting.pickers import PERSON, Picker
from app.ui.ops import Ops
from tests.ui.conftest import HOSTILE, displayed_text


def _displayed(widget: QLabel | QMessageBox) -> str:
    return displayed_text(widget.text(), widget.textFormat())


def test_the_error_line_shows_a_contacts_name_literally(qtbot) -> None:
    line = ErrorLine()
    qtbot.addWidget(line)
    line.show_error(ContactNameClash(name=HOSTILE, fp="ABCD 1234"))
    assert HOSTILE in _displayed(line)


def test_the_question_before_a_removal_shows_the_title_literally(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ask(parent, f"Remove the agenda item “{HOSTILE}”?", "Remove", lambda: None)
    assert HOSTILE in _displayed(box)
    box.reject()


def test_the_offer_to_add_a_name_shows_it_literally(qtbot) -> None:
    ops = Ops()
    try:
        picker = Picker(ops, lambda *_: [], "Name", create=(PERSON,))
        qtbot.addWidget(picker)
        box = picker.offer_create(HOSTILE)
        assert HOSTILE in _displayed(box)
        box.reject()
    finally:
        ops.shutdown()


def test_the_sign_in_sheets_file_name_shows_literally(qtbot, tmp_path: Path) -> None:
    sheet = tmp_path / "ZQ<i>X<img src=x><a href=x>link.csv"  # no "/" in a file name
    sheet.write_text("Participant\nRamana Sorn\n", encoding="utf-8")
    ops = Ops()
    try:
        dialog = AttendanceImportDialog(ops, "session")
        qtbot.addWidget(dialog)
        dialog.load_file(sheet)
        assert sheet.name in _displayed(dialog.file_label)  # while it is read...
        qtbot.waitUntil(lambda: "Reading" not in dialog.file_label.text(), timeout=5_000)
        assert sheet.name in _displayed(dialog.file_label)  # ...and once it is shown
    finally:
        ops.shutdown()
