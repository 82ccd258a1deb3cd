"""Driving the app with the keyboard alone, as a user without a mouse would: keys go to the
widget that has the focus, and the focus moves only by Tab, shortcuts and Enter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.a11y_walk import accessible_name

Mods = Qt.KeyboardModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}#{widget.objectName()} {accessible_name(widget)!r}"


def press(qtbot, key: Qt.Key, modifiers: Mods = Mods.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def type_text(text: str) -> None:
    """One key event per character into the focused widget (any script, Khmer too)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Mods.NoModifier, ch))
    QApplication.processEvents()


def tab_to(
    qtbot, wanted: Callable[[QWidget], bool], *, back: bool = False, limit: int = 120
) -> QWidget:
    """Press Tab (Shift+Tab) until the focus is on a widget `wanted` accepts; fails if the
    Tab order never gets there (an unreachable control)."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if wanted(widget):
            return widget
        seen.append(describe(widget))
        press(qtbot, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
    raise AssertionError("not reached by Tab; went through:\n  " + "\n  ".join(seen))


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda w: accessible_name(w) == name


def tab_chain(start: QWidget, limit: int = 5000) -> list[QWidget]:
    """The Tab order from `start` until it comes back (focusable, visible widgets only)."""
    chain = []
    widget = start
    for _ in range(limit):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            chain.append(widget)
    return chain
