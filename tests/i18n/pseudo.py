"""A pseudo-locale and a reader of everything a window shows, for the "every string" tests.

The pseudo-locale wraps every text that goes through translation in ⟦…⟧. Whatever a screen
shows outside the brackets either comes from the vault (data) or was never translatable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.ui.language import Catalogues

OPEN, CLOSE = "⟦", "⟧"
ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "roundtable_km.ts"
# Innermost first: a translated template may hold other translated texts.
WRAPPED = re.compile(re.escape(OPEN) + "[^" + OPEN + CLOSE + "]*" + re.escape(CLOSE), re.S)
# Left over once wrapped text and data are taken out: shortcuts and key names, numbers,
# punctuation, fingerprints and keys in hex or base32 groups.
TECHNICAL = re.compile(
    r"^(?:(?:Ctrl|Shift|Alt|Meta|Del|Delete|Esc|Enter|Return|Tab|Backspace|F\d+|PgUp|PgDown|Home|End|Ins)"
    r"|[A-Z0-9]{1,8}(?:[- ][A-Z0-9]{1,8})+|[0-9A-Fa-f]{4,}|[^\w]*|\d+\w{0,2})$"
)


class PseudoCatalogues(Catalogues):
    def __init__(self, *, wrapping: bool = True) -> None:
        super().__init__()
        self.wrapping = wrapping

    def decorates(self) -> bool:
        return self.wrapping

    def decorate(self, text: str) -> str:
        return f"{OPEN}{text}{CLOSE}"


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def _plain(text: str) -> str:
    if "<" in text and ">" in text:  # rich text: its words, not its tags
        text = re.sub(r"<[^>]+>", " ", text)
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
    return text.replace("&&", "&")


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def visible_texts(top: QWidget) -> Iterator[Shown]:
    """Every text `top` shows now (visible widgets only), with where it is."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible() and not isinstance(w, QMenu):
            continue
        name = _name(w)
        if w.isWindow():
            yield Shown(f"{name}.windowTitle", w.windowTitle())
        yield Shown(f"{name}.toolTip", w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            yield Shown(f"{name}.text", w.text())
        elif isinstance(w, QGroupBox):
            yield Shown(f"{name}.title", w.title())
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield Shown(f"{name}.placeholder", w.placeholderText())
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield Shown(f"{name}.tab[{i}]", w.tabText(i))
                yield Shown(f"{name}.tabToolTip[{i}]", w.tabToolTip(i))
        if isinstance(w, QComboBox) and w.lineEdit() is None:
            for i in range(w.count()):
                yield Shown(f"{name}.item[{i}]", w.itemText(i))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            yield from _model_texts(w, name)
        for action in QWidget.actions(w):
            yield Shown(f"{name}.action", action.text())
            if action.toolTip() != action.text().replace("&", ""):
                yield Shown(f"{name}.action.toolTip", action.toolTip())
            if action.menu() is not None:
                yield Shown(f"{name}.menu", action.menu().title())  # type: ignore[union-attr]
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().findChildren(QMenu):
            yield Shown(f"menu {menu.title()!r}.title", menu.title())
            for action in menu.actions():
                yield Shown(f"menu {menu.title()!r} action", action.text())


def _model_texts(view: QAbstractItemView, name: str) -> Iterator[Shown]:
    model: QAbstractItemModel = view.model()
    header = getattr(view, "horizontalHeader", lambda: None)()
    if isinstance(header, QHeaderView) and header.isVisible():
        for col in range(columns_of(model)):
            if not header.isSectionHidden(col):
                text = model.headerData(col, Qt.Orientation.Horizontal)
                yield Shown(f"{name}.header[{col}]", str(text or ""))
    # Cells: data, or labels the model adds (statuses, "(overdue)"): the first rows.
    for row in range(min(model.rowCount(QModelIndex()), 30)):
        for col in range(columns_of(model)):
            index = model.index(row, col)
            for role, label in (
                (Qt.ItemDataRole.DisplayRole, "cell"),
                (Qt.ItemDataRole.ToolTipRole, "cellTip"),
            ):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield Shown(f"{name}.{label}[{row},{col}]", value)


def unwrapped(shown: Iterable[Shown], data: str) -> list[Shown]:
    """What is shown outside ⟦…⟧ and is neither vault data nor technical."""
    bad = []
    for item in shown:
        text = _plain(item.text)
        while WRAPPED.search(text):
            text = WRAPPED.sub("\x00", text)
        rest = [part.strip() for part in text.split("\x00")]
        for part in rest:
            if not part or not re.search(r"[^\W\d_]", part):
                continue  # nothing to read: numbers, punctuation
            if part in data or all(
                TECHNICAL.match(word) or word in data
                for word in re.split(r"[\s,;:()/|·•—–+]+", part)
                if word
            ):
                continue
            bad.append(Shown(item.where, item.text))
            break
    return sorted(set(bad), key=lambda s: (s.where, s.text))


def catalogue_messages(path: Path = CATALOGUE) -> set[tuple[str, str]]:
    root = ElementTree.parse(path).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):  # type: ignore[union-attr]
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def looked_up_but_not_in_catalogue(
    catalogues: Catalogues, catalogue: set[tuple[str, str]]
) -> list[str]:
    """Texts the app asked to translate under a context and source the catalogue lacks: a
    wrong context (lupdate reads the source, the app asks at run time), or a text built at
    run time that no catalogue can hold."""
    missing = []
    for keys in catalogues._shown.values():
        ours = [(c, s) for c, s, _ in keys if not c.startswith("Q")]
        if ours and not any(key in catalogue for key in ours):
            missing.append(" | ".join(f"{c}: {s!r}" for c, s in ours))
    return sorted(set(missing))


def all_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def columns_of(model: QAbstractItemModel) -> int:
    """List models hide columnCount() from Python: they have one column."""
    try:
        return model.columnCount(QModelIndex())
    except TypeError:
        return 1
