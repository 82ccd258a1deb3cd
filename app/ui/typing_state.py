"""What is being typed in a part of the window, as plain data: captured when the vault locks
(app/storage/drafts keeps it in the encrypted vault) and put back after the unlock.

A text widget is named by its path from the captured root (class, object name and place among
its siblings), which is the same in every run because the widgets are built the same way.
Password fields and widgets marked `setProperty("draft", False)` (search-as-you-type pickers)
are never captured.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


def _path(widget: QWidget, root: QWidget) -> str:
    parts: list[str] = []
    w: Any = widget
    while w is not None and w is not root:
        parent = w.parent()
        siblings = [c for c in (parent.children() if parent else []) if type(c) is type(w)]
        index = siblings.index(w) if w in siblings else 0
        parts.append(f"{type(w).__name__}:{w.objectName()}:{index}")
        w = parent
    return "/".join(reversed(parts))


def _capturable(w: QWidget) -> bool:
    if w.property("draft") is False:
        return False
    if isinstance(w, QLineEdit):
        return w.echoMode() == QLineEdit.EchoMode.Normal and not w.isReadOnly()
    return not w.isReadOnly()


def text_of(w: TextWidget) -> str:
    return w.text() if isinstance(w, QLineEdit) else w.toPlainText()


def text_widgets(root: QWidget) -> dict[str, TextWidget]:
    found: dict[str, TextWidget] = {}
    for cls in (QLineEdit, QPlainTextEdit, QTextEdit):
        for w in root.findChildren(cls):
            if _capturable(w):
                found[_path(w, root)] = w
    return found


def capture(root: QWidget) -> dict[str, Any]:
    """{"texts": {path: text}, "focus": path} for the non-empty text widgets under `root`."""
    widgets = text_widgets(root)
    texts = {p: text_of(w) for p, w in widgets.items() if text_of(w)}
    focused = QApplication.focusWidget()
    focus = next((p for p, w in widgets.items() if w is focused), "")
    return {"texts": texts, "focus": focus}


def restore(root: QWidget, state: dict[str, Any]) -> int:
    """Put captured text back where it differs from what is shown now; returns how many.
    A line edit gets `textEdited` as if typed, so fields that save typing save it."""
    texts = state.get("texts") if isinstance(state, dict) else None
    if not isinstance(texts, dict):
        return 0
    widgets = text_widgets(root)
    restored = 0
    for path, text in texts.items():
        w = widgets.get(path)
        if w is None or not isinstance(text, str) or text_of(w) == text:
            continue
        if isinstance(w, QLineEdit):
            w.setText(text)
            w.textEdited.emit(text)
        else:
            w.setPlainText(text)
            cursor = w.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            w.setTextCursor(cursor)
        restored += 1
    focus = widgets.get(str(state.get("focus", "")))
    if focus is not None and focus.isEnabled():
        focus.setFocus()
    return restored


def _views(root: QWidget) -> list[QAbstractItemView]:
    """Lists and tables (a table's header shares its model but is not a list of records)."""
    return [v for v in root.findChildren(QAbstractItemView) if not isinstance(v, QHeaderView)]


def capture_selection(root: QWidget) -> dict[str, dict[str, str]]:
    """The record selected in each list and the value chosen in each combo box under `root`
    (so text restored into "the entry of the selected agenda item" lands under that item)."""
    from app.ui.meeting.rows_model import RowsModel

    combos = {}
    for combo in root.findChildren(QComboBox):
        data = combo.currentData()
        if isinstance(data, str) and data:
            combos[_path(combo, root)] = data
    views = {}
    for view in _views(root):
        model = view.model()
        if isinstance(model, RowsModel) and view.currentIndex().isValid():
            record_id = model.id_at(view.currentIndex().row())
            if record_id:
                views[_path(view, root)] = record_id
    return {"combos": combos, "views": views}


def restore_selection(root: QWidget, state: Any) -> None:
    from app.ui.meeting.widgets import select_id

    if not isinstance(state, dict):
        return
    combos = {_path(c, root): c for c in root.findChildren(QComboBox)}
    for path, data in dict(state.get("combos") or {}).items():
        combo = combos.get(path)
        if combo is not None and (i := combo.findData(data)) >= 0 and i != combo.currentIndex():
            combo.setCurrentIndex(i)
    # Lists in the order they were built: an agenda item is chosen before its entries.
    views = {_path(v, root): v for v in _views(root)}
    wanted = dict(state.get("views") or {})
    for path, view in views.items():
        record_id = wanted.get(path)
        if isinstance(record_id, str):
            select_id(view, record_id)
