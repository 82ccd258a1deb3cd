"""Attachments: stored inside the vault, viewed from memory, copied out only after a yes."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

from app.domain.records import Attachment
from app.storage.attachments import read_attachment
from app.ui.meeting.widgets import select_row
from tests.ui.meeting.helpers import in_vault, settle

TEXT = "Budget line,amount\nVenue,4200\nសរុប,4200\n"


def _add(qtbot, ws, path) -> None:
    tab = ws.attachments
    tab.ask_open_path = lambda callback: callback(str(path))
    tab.add_file()
    qtbot.waitUntil(lambda: any(a.filename == path.name for a in tab.model.rows()), timeout=10_000)
    settle(qtbot, ws)


def _select(qtbot, ws, name: str) -> None:
    tab = ws.attachments
    row = next(i for i, a in enumerate(tab.model.rows()) if a.filename == name)
    select_row(tab.view, row)
    qtbot.waitUntil(lambda: not ws.ops.is_busy, timeout=10_000)


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "budget.csv"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_add_a_file_and_view_it_in_the_app(qtbot, ws, ops, text_file, new_meeting) -> None:
    moves: list[tuple[int, int]] = []
    ws.attachments.progress_signal.moved.connect(lambda d, t: moves.append((d, t)))
    ws.tabs.setCurrentWidget(ws.attachments)
    _add(qtbot, ws, text_file)
    size = len(TEXT.encode())
    assert moves and moves[-1] == (size, size)  # progress reached the end
    att = in_vault(qtbot, ops, lambda v: v.store.select(Attachment)[0])
    assert (att.filename, att.size, att.meeting_id) == ("budget.csv", size, new_meeting.id)
    stored = in_vault(qtbot, ops, lambda v: read_attachment(v.store, att.id))
    assert stored.decode() == TEXT

    _select(qtbot, ws, "budget.csv")
    viewer = ws.attachments.viewer
    assert viewer.stack.currentWidget() is viewer.text
    assert viewer.text.toPlainText() == TEXT


def test_view_an_image_from_memory(qtbot, ws, tmp_path) -> None:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    path = tmp_path / "photo.png"
    assert image.save(str(path))
    _add(qtbot, ws, path)
    _select(qtbot, ws, "photo.png")
    viewer = ws.attachments.viewer
    assert viewer.stack.currentWidget() is viewer.scroll
    labels = viewer.page_labels
    assert len(labels) == 1
    shown = labels[0].pixmap().toImage()
    assert (shown.width(), shown.height()) == (64, 48)
    assert shown.pixelColor(10, 10) == QColor("#3366cc")


@pytest.mark.skipif(importlib.util.find_spec("pypdfium2") is None, reason="pypdfium2 missing")
def test_view_pdf_pages(qtbot, ws, tmp_path) -> None:
    path = tmp_path / "report.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QSizeF(100, 80), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    painter.drawText(100, 100, "page one")
    writer.newPage()
    painter.drawText(100, 100, "page two")
    painter.end()
    _add(qtbot, ws, path)
    _select(qtbot, ws, "report.pdf")
    viewer = ws.attachments.viewer
    assert viewer.stack.currentWidget() is viewer.scroll
    assert len(viewer.page_labels) == 2


def test_a_damaged_image_gets_a_message_not_a_traceback(qtbot, ws, tmp_path) -> None:
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG not really")
    _add(qtbot, ws, path)
    _select(qtbot, ws, "broken.png")
    viewer = ws.attachments.viewer
    assert viewer.stack.currentWidget() is viewer.message
    assert "cannot be shown here" in viewer.message.text()


def test_save_a_copy_asks_first_and_writes_only_after_yes(qtbot, ws, text_file, tmp_path):
    tab = ws.attachments
    _add(qtbot, ws, text_file)
    _select(qtbot, ws, "budget.csv")
    target = tmp_path / "out" / "copy.csv"
    target.parent.mkdir()
    questions: list[str] = []
    tab.ask_save_path = lambda name, callback: callback(str(target))

    tab.confirm = lambda title, text, on_yes: questions.append(text)  # the user says no
    tab.save_copy()
    qtbot.waitUntil(lambda: not ws.ops.is_busy, timeout=5_000)
    assert len(questions) == 1 and "WITHOUT encryption" in questions[0]
    assert not target.exists()

    tab.confirm = lambda title, text, on_yes: on_yes()
    tab.save_copy()
    qtbot.waitUntil(lambda: target.exists() and not ws.ops.is_busy, timeout=5_000)
    assert target.read_text(encoding="utf-8") == TEXT
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.csv"]  # no partial file


def test_an_unreadable_file_is_reported_and_nothing_is_stored(qtbot, ws, ops, tmp_path):
    tab = ws.attachments
    tab.ask_open_path = lambda callback: callback(str(tmp_path / "missing.pdf"))
    tab.add_file()
    qtbot.waitUntil(ws.error.isVisible, timeout=5_000)
    assert ws.error.text() == "The file could not be read."
    assert in_vault(qtbot, ops, lambda v: v.store.count(Attachment)) == 0
    assert tab.add_button.isEnabled()


def test_remove_asks_and_drops_the_bytes(qtbot, ws, ops, text_file) -> None:
    tab = ws.attachments
    _add(qtbot, ws, text_file)
    _select(qtbot, ws, "budget.csv")
    tab.confirm = lambda title, text, on_yes: on_yes()
    tab.remove_selected()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5_000)
    settle(qtbot, ws)
    chunks = in_vault(
        qtbot, ops, lambda v: v.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0]
    )
    assert chunks == 0


def test_a_copy_that_cannot_be_written_is_reported(qtbot, ws, text_file, tmp_path) -> None:
    tab = ws.attachments
    _add(qtbot, ws, text_file)
    _select(qtbot, ws, "budget.csv")
    target = tmp_path / "no such folder" / "copy.csv"
    tab.ask_save_path = lambda name, callback: callback(str(target))
    tab.confirm = lambda title, text, on_yes: on_yes()
    tab.save_copy()
    qtbot.waitUntil(ws.error.isVisible, timeout=5_000)
    assert ws.error.text().startswith("The file could not be written.")
    assert not target.parent.exists()
    assert tab.save_button.isEnabled()
