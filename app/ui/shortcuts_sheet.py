"""Help → Keyboard shortcuts (F1): every key the app answers to, in the interface's language.

The window's own shortcuts are read from its actions, so the sheet cannot drift from what the
keys do; the keys that belong to kinds of field (Enter adds, Delete removes, Alt+Up moves…) are
listed here once, because they are set on many fields alike.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "ShortcutsSheet"

# (keys, what they do) for keys set on kinds of widget rather than on one action.
# fmt: off
# ruff: noqa: E501 - one message a line, as lupdate reads them
EVERYWHERE = (
    ("Tab", QT_TRANSLATE_NOOP("ShortcutsSheet", "Next field or button")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsSheet", "Previous field or button")),
    ("Alt", QT_TRANSLATE_NOOP("ShortcutsSheet", "With the underlined letter: that menu, field or button")),
    ("F10", QT_TRANSLATE_NOOP("ShortcutsSheet", "The menu bar")),
    ("Space", QT_TRANSLATE_NOOP("ShortcutsSheet", "Press the button or tick the box that has the focus")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsSheet", "The dialog's main button")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsSheet", "Close the dialog or menu without changing anything")),
)
IN_A_MEETING = (
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("ShortcutsSheet", "Next tab of the meeting")),
    ("Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsSheet", "Previous tab of the meeting")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsSheet", "In a “New …” field: add it")),
    ("Shift+Enter", QT_TRANSLATE_NOOP("ShortcutsSheet", "In a minute entry or statement: a new line")),
    ("F2", QT_TRANSLATE_NOOP("ShortcutsSheet", "Edit the selected cell of a table")),
    ("Delete", QT_TRANSLATE_NOOP("ShortcutsSheet", "Remove the selected row of a table")),
    ("Alt+Up", QT_TRANSLATE_NOOP("ShortcutsSheet", "Move the selected row up")),
    ("Alt+Down", QT_TRANSLATE_NOOP("ShortcutsSheet", "Move the selected row down")),
    ("Alt+Down", QT_TRANSLATE_NOOP("ShortcutsSheet", "In a date field: open the calendar")),
)
# fmt: on


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _keys(sequence: QKeySequence | str) -> str:
    seq = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    """An action's menu text without its mnemonic or ellipsis: "&Lock" and "ចាក់សោ (&L)"."""
    text = re.sub(r"\s*\(&[^&)]\)", "", text)  # the mnemonic written after a translation
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def window_shortcuts(window: QWidget) -> list[tuple[str, str, bool]]:
    """(keys, what, in a meeting only) for every action of `window` that has a shortcut."""
    found: dict[tuple[str, str], bool] = {}
    for action in window.findChildren(QAction):
        shortcuts = [s for s in action.shortcuts() if not s.isEmpty()]
        if not shortcuts or not action.text():
            continue
        local = action.shortcutContext() != Qt.ShortcutContext.WindowShortcut
        keys = ", ".join(_keys(s) for s in shortcuts)
        found.setdefault((keys, _plain(action.text())), local)
    return [(keys, what, local) for (keys, what), local in found.items()]


class ShortcutsSheet(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr("Everything in Roundtable can be done from the keyboard. These keys help.")
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        actions = window_shortcuts(window)
        self._section(self.tr("Window and menus"), [(k, w) for k, w, local in actions if not local])
        self._section(
            self.tr("In a meeting"),
            [(k, w) for k, w, local in actions if local]
            + [(_keys(k), _tr(w)) for k, w in IN_A_MEETING],
        )
        self._section(self.tr("Everywhere"), [(_keys(k), _tr(w)) for k, w in EVERYWHERE])
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def _section(self, title: str, rows: list[tuple[str, str]]) -> None:
        if not rows:
            return
        head = QTreeWidgetItem(self.tree, [title])
        head.setFirstColumnSpanned(True)
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for keys, what in rows:
            item = QTreeWidgetItem(head, [keys, what])
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, what)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{keys}: {what}")

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, what) as shown: for tests."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                item = head.child(j)
                out.append((head.text(0), item.text(0), item.text(1)))
        return out


def show_shortcuts(window: QWidget) -> ShortcutsSheet:
    sheet = ShortcutsSheet(window)
    sheet.finished.connect(sheet.deleteLater)
    sheet.open()
    return sheet
