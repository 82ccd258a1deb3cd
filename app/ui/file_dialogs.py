"""Asking where to write a file without leaving a trace of it behind.

Native dialogs may add the file to the desktop's recent-files list, and Qt's own dialog keeps a
history and the last folder in `QtProject.conf`. So we use Qt's dialog and wipe its state.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def forget_file_dialog_history() -> None:
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    qt.sync()


def _dialog(parent: QWidget, caption: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def _dispose(dialog: QFileDialog) -> None:
    # Qt saves the dialog's state when it is destroyed: wipe it right after.
    dialog.setHistory([])
    dialog.destroyed.connect(lambda *_: forget_file_dialog_history())
    dialog.deleteLater()


def ask_save_file(
    parent: QWidget,
    caption: str,
    name_filter: str,
    suggested: str,
    callback: Callable[[Path], None],
) -> QFileDialog:
    dialog = _dialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda path: callback(Path(path)))
    dialog.finished.connect(lambda _result: _dispose(dialog))
    dialog.open()
    return dialog


def ask_folder(parent: QWidget, caption: str, callback: Callable[[Path], None]) -> QFileDialog:
    dialog = _dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(lambda path: callback(Path(path)))
    dialog.finished.connect(lambda _result: _dispose(dialog))
    dialog.open()
    return dialog
