"""File dialogs that leave no trace of what was opened or saved.

Native dialogs (GTK on Linux, the shell on Windows) record chosen files in the desktop's
recent-files list and may render thumbnails of them; Qt's own dialog does neither, its history
is cleared each time, and the state it saves in `QtProject.conf` (last folder, history) is
wiped after it closes. Every file dialog in the app goes through these functions.

`ask_*` open the dialog window-modally and call back (no nested event loop); `open_file`,
`save_file` and `choose_folder` block until the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def forget_file_dialog_history() -> None:
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    qt.sync()


def _dialog(parent: QWidget | None, title: str, directory: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory or str(Path.home()), name_filter)
    dialog.setOptions(_OPTIONS)
    dialog.setHistory([])
    return dialog


def _dispose(dialog: QFileDialog) -> None:
    # Qt saves the dialog's state when it is destroyed: wipe it right after.
    dialog.setHistory([])
    dialog.destroyed.connect(lambda *_: forget_file_dialog_history())
    dialog.deleteLater()


def _run(dialog: QFileDialog) -> Path | None:
    chosen = Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None
    _dispose(dialog)
    return chosen


def open_file(
    parent: QWidget | None, title: str, name_filter: str = "", directory: str = ""
) -> Path | None:
    dialog = _dialog(parent, title, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


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
    return _run(dialog)


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> Path | None:
    dialog = _dialog(parent, title, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


def ask_save_file(
    parent: QWidget,
    caption: str,
    name_filter: str,
    suggested: str,
    callback: Callable[[Path], None],
) -> QFileDialog:
    dialog = _dialog(parent, caption, "", name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda path: callback(Path(path)))
    dialog.finished.connect(lambda _result: _dispose(dialog))
    dialog.open()
    return dialog


def ask_folder(parent: QWidget, caption: str, callback: Callable[[Path], None]) -> QFileDialog:
    dialog = _dialog(parent, caption, "", "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(lambda path: callback(Path(path)))
    dialog.finished.connect(lambda _result: _dispose(dialog))
    dialog.open()
    return dialog
