"""Dropping files onto a meeting's Attachments tab (issue 16): several at once, each streamed
into the vault with progress; folders and non-files are refused; the dialog takes several."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.domain.records import Attachment
from app.storage.attachments import read_attachment
from app.ui.a11y import announcer
from tests.ui.meeting.helpers import in_vault, settle


def _mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop(tab, mime: QMimeData) -> bool:
    """Drag `mime` over the tab and drop it; returns whether the tab took the drag."""
    pos = QPoint(tab.width() // 2, tab.height() // 2)
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, drop)
    return drop.isAccepted()


def test_several_dropped_files_are_each_streamed_into_the_vault(qtbot, ws, ops, tmp_path) -> None:
    files = []
    for i, size in enumerate((10, 3 << 20, 200_000)):
        path = tmp_path / f"file-{i}.bin"
        path.write_bytes(bytes([i + 1]) * size)
        files.append(path)
    tab = ws.attachments
    ws.tabs.setCurrentWidget(tab)
    moved: list[tuple[int, int]] = []
    tab.progress_signal.moved.connect(lambda done, total: moved.append((done, total)))
    labels: list[str] = []
    said: list[str] = []
    announcer.announced.connect(lambda _src, text: said.append(text))
    tab.progress_signal.moved.connect(lambda *_: labels.append(tab.progress_label.text()))

    assert _drop(tab, _mime(*files))
    qtbot.waitUntil(lambda: len(tab.model.rows()) == 3, timeout=20_000)
    qtbot.waitUntil(lambda: tab.add_button.isEnabled(), timeout=10_000)
    settle(qtbot, ws)

    stored = in_vault(qtbot, ops, lambda v: v.store.select(Attachment))
    assert sorted(a.filename for a in stored) == [p.name for p in files]
    for att in stored:
        data = in_vault(qtbot, ops, lambda v, a=att: read_attachment(v.store, a.id, 1 << 30))
        assert data == (tmp_path / att.filename).read_bytes()
    # Progress for each file up to its full size, naming it and its place in the batch.
    for path in files:
        assert (path.stat().st_size, path.stat().st_size) in moved
    assert any("Adding 2 of 3: file-1.bin" in text for text in labels)
    assert "3 of 3 files added." in said
    assert not tab.progress.isVisible()
    assert all(p.exists() for p in files)  # a drop copies; the originals stay


def test_folders_and_other_drops_are_refused(qtbot, ws, tmp_path) -> None:
    tab = ws.attachments
    ws.tabs.setCurrentWidget(tab)
    folder = tmp_path / "folder"
    folder.mkdir()
    assert not _drop(tab, _mime(folder))
    text = QMimeData()
    text.setText("not a file")
    assert not _drop(tab, text)
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/x.pdf")])
    assert not _drop(tab, web)
    assert tab.model.rows() == []


def test_the_add_dialog_takes_several_files(qtbot, ws, ops, tmp_path) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for p in paths:
        p.write_text(p.name, encoding="utf-8")
    tab = ws.attachments
    tab.ask_open_path = lambda callback: callback([str(p) for p in paths])
    tab.add_file()
    qtbot.waitUntil(lambda: len(tab.model.rows()) == 2, timeout=10_000)
    settle(qtbot, ws)
    stored = in_vault(qtbot, ops, lambda v: v.store.select(Attachment))
    assert sorted(a.filename for a in stored) == ["a.txt", "b.txt"]
