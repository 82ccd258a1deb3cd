"""File dialogs that leave no trace of what was opened or saved.

Native dialogs (GTK on Linux, the shell on Windows) record chosen files in the desktop's
recent-files list and may render thumbnails of them; Qt's own dialog does neither, and its
history is cleared each time. Every file dialog in the app goes through these functions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def _dialog(parent: QWidget | None, title: str, directory: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory or str(Path.home()), name_filter)
    dialog.setOptions(_OPTIONS)
    dialog.setHistory([])
    return dialog


def open_file(
    parent: QWidget | None, title: str, name_filter: str = "", directory: str = ""
) -> Path | None:
    dialog = _dialog(parent, title, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None


def save_file(
    parent: QWidget | None,
    title: str,
    suggested_name: str,
    name_filter: str = "",
    directory: str = "",
) -> Path | None:
    dialog = _dialog(parent, title, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested_name)
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> Path | None:
    dialog = _dialog(parent, title, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None
