"""What the accessibility test looks at in a window: focusable controls without an accessible
name, and text drawn in a colour under 4.5:1 against its background (WCAG 2.1 AA)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.ui.colours import contrast
from tests.i18n.pseudo import columns_of

MINIMUM = 4.5


def _short(widget: QWidget) -> str:
    return type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")


def _name(widget: QWidget) -> str:
    parent = widget.parentWidget()
    chain = []
    while parent is not None and len(chain) < 3:
        chain.append(_short(parent))
        parent = parent.parentWidget()
    own = _short(widget)
    hint = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
    return " < ".join([own + (f" ({hint!r})" if hint else ""), *chain])


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name.

    A combo box's "name" on Linux is its current value (Qt names it through the label's
    relation there), so for combo boxes only an accessible name or a buddy label counts."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip() or _buddy_text(widget)
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def _buddy_text(widget: QWidget) -> str:
    top = widget.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    return ""


def focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def unnamed(top: QWidget) -> Iterator[str]:
    for w in [top, *top.findChildren(QWidget)]:
        if focusable(w) and not accessible_name(w):
            yield _name(w)


def _pairs(w: QWidget) -> Iterator[tuple[str, QColor, QColor]]:
    pal = w.palette()
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)) or (
        isinstance(w, QComboBox) and w.isEditable()
    ):
        yield "text", pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
    elif isinstance(w, QAbstractButton):
        yield "button", pal.color(w.foregroundRole()), pal.color(w.backgroundRole())
    elif isinstance(w, (QLabel, QGroupBox)) and (w.text() if isinstance(w, QLabel) else w.title()):
        yield "label", pal.color(w.foregroundRole()), pal.color(w.backgroundRole())
    if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
        yield from _cells(w)


def _cells(view: QAbstractItemView) -> Iterator[tuple[str, QColor, QColor]]:
    model = view.model()
    base = view.palette().color(QPalette.ColorRole.Base)
    alternate = view.palette().color(QPalette.ColorRole.AlternateBase)
    for row in range(min(model.rowCount(QModelIndex()), 40)):
        for col in range(columns_of(model)):
            index = model.index(row, col)
            fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
            bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if fg is None and bg is None:
                continue
            fg_c = _colour(fg) or view.palette().color(QPalette.ColorRole.Text)
            backs = (
                [_colour(bg)]
                if bg is not None
                else [base] + ([alternate] if view.alternatingRowColors() else [])
            )
            for back in backs:
                yield f"cell[{row},{col}]", fg_c, back  # type: ignore[misc]


def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    if isinstance(value, (Qt.GlobalColor, str)):
        return QColor(value)
    return None


def low_contrast(top: QWidget) -> Iterator[str]:
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible() or not w.isEnabled():
            continue
        for what, fg, bg in _pairs(w):
            ratio = contrast(fg, bg)
            if ratio < MINIMUM:
                yield f"{_name(w)} {what}: {fg.name()} on {bg.name()} = {ratio:.2f}:1"


def all_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
