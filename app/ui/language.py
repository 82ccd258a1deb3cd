"""The interface language: which catalogues are loaded, and switching without losing work.

One `Catalogues` translator is installed on the application for its whole life. It asks the
loaded catalogues in turn (ours before Qt's own, so our wording wins) and remembers, for every
text it hands out, which message it was. Switching language swaps the catalogues and then puts
every visible text of every open window into the new language: Qt's own widgets retranslate
themselves on the LanguageChange event; ours are remapped from the remembered message, so no
screen is rebuilt and nothing typed, selected, open or undoable is lost. Views re-ask their
models, whose headers and labels are translated when asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

from app.resource_paths import resource_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView


I18N_DIR = resource_dir("i18n")
SOURCE_LANGUAGE = "en"
# Each language under its own name, in its own script, so anyone can find theirs.
LANGUAGES = {"en": "English", "km": "ខ្មែរ"}
# Loaded in this order and asked in the reverse: our wording before Qt's own.
CATALOGUES = ("qtbase", "roundtable")

Key = tuple[str, str, str | None]  # context, source text, disambiguation


def system_language() -> str:
    """The OS language if we have it (Khmer), else English."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Khmer:
        return "km"
    for name in locale.uiLanguages():
        if name.lower().split("-")[0].split("_")[0] == "km":
            return "km"
    return SOURCE_LANGUAGE


# Every QTranslator this process makes lives until it exits. Its destructor takes Qt's
# translator lock for writing, while Qt holds that lock for reading whenever it calls our
# Python `Catalogues.translate`; a translator freed in between (the garbage collector runs
# inside that call, or another thread frees one while holding the GIL Qt's caller waits for)
# deadlocks the app. A catalogue is loaded once per language and folder and kept.
_loaded: dict[tuple[str, str], list[QTranslator]] = {}
_retired: list[QTranslator] = []


def load_catalogues(language: str, folder: Path | None = None) -> list[QTranslator]:
    """The compiled catalogues of `language` that exist (none for English)."""
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return []
    key = (language, str(folder or I18N_DIR))
    if key not in _loaded:
        loaded = []
        for name in CATALOGUES:
            translator = QTranslator()
            if translator.load(str((folder or I18N_DIR) / f"{name}_{language}.qm")):
                loaded.append(translator)
        _loaded[key] = loaded
    return list(_loaded[key])


class Catalogues(QTranslator):
    """The one installed translator: asks the loaded catalogues, remembers what it answered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = SOURCE_LANGUAGE
        self._inner: list[QTranslator] = []
        # Shown text -> the messages it may be (one source can be asked under several
        # contexts: PySide's self.tr() tries the class and then its bases).
        self._shown: dict[str, list[Key]] = {}

    def set_catalogues(self, language: str, translators: Iterable[QTranslator]) -> None:
        self.language = language
        self._inner = list(translators)

    def has_catalogues(self) -> bool:
        return bool(self._inner)

    def isEmpty(self) -> bool:
        return False

    def language_code(self) -> str:
        return self.language

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None (Qt's "not found": an empty string would be shown)."""
        if not source:
            return None
        found = ""
        for translator in reversed(self._inner):
            found = translator.translate(context, source, disambiguation, n)
            if found:
                break
        found = self.decorate(found or source) if self.decorates() else found
        if n < 0:  # plural forms are formatted after the lookup: they cannot be recognised
            keys = self._shown.setdefault(found or source, [])
            key = (str(context), source, disambiguation)
            if key not in keys:
                keys.append(key)
        return found or None

    # A subclass may wrap every text (the pseudo-locale test).
    def decorates(self) -> bool:
        return False

    def decorate(self, text: str) -> str:
        return text

    def retranslated(self, text: str) -> str | None:
        """`text` in the current language if it is a message this translator handed out."""
        keys = self._shown.get(text)
        if not keys:
            return None
        for context, source, disambiguation in keys:
            found = self.translate(context, source, disambiguation)
            if found and found != source:
                return found
        return self.translate(*keys[0]) or keys[0][1]


_installed: Catalogues | None = None
# Bumped as each `install` and `uninstall` begins and again once it is done: texts worked out in
# one language and kept (the lists' cells: app/ui/models/paged.py) are worked out again after
# it changed, those read while it changed too (Qt sends LanguageChange from inside it).
generation = 0


def install(
    app: QCoreApplication, language: str, catalogues: Catalogues | None = None
) -> Catalogues:
    """Install the application's one translator with the catalogues of `language`; every
    widget gets a LanguageChange event. `catalogues` replaces the installed one (tests)."""
    global _installed, generation
    generation += 1
    if _installed is not None:
        app.removeTranslator(_installed)
    if catalogues is not None:
        if _installed is not None and _installed is not catalogues:
            _retired.append(_installed)  # never destroyed (see `_loaded`)
        _installed = catalogues
    elif _installed is None:
        _installed = Catalogues(app)
    _installed.set_catalogues(language, load_catalogues(language))
    app.installTranslator(_installed)
    generation += 1
    return _installed


def installed() -> Catalogues | None:
    return _installed


def current_language() -> str:
    return _installed.language if _installed is not None else SOURCE_LANGUAGE


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language with no translator (tests)."""
    global _installed, generation
    generation += 1
    if _installed is not None:
        app.removeTranslator(_installed)
        _retired.append(_installed)  # never destroyed (see `_loaded`)
        _installed = None
    generation += 1


def switch_language(language: str) -> None:
    """Show every open window in `language` at once, keeping all typed text and state."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from PySide6.QtWidgets import QDateTimeEdit

    catalogues = install(app, language)
    for widget in app.allWidgets():
        _retranslate_widget(widget, catalogues.retranslated)
    for widget in app.allWidgets():
        hook = getattr(widget, "language_changed", None)
        if callable(hook):
            hook()
        if widget.property("rtDateStyle") and isinstance(widget, QDateTimeEdit):
            from app.ui.date_edit import set_date_style

            set_date_style(widget)  # type: ignore[arg-type]


def _retranslate_widget(widget: QWidget, new: Callable[[str], str | None]) -> None:
    # Imported here, not with the module: the first window (the launch path) needs none of
    # these classes, and PySide builds each one's Python enums when it is first named.
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QDateTimeEdit,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        QProgressBar,
        QSpinBox,
        QTableWidget,
        QTabWidget,
        QTextEdit,
        QToolBox,
        QTreeWidget,
    )

    def remap(get: Callable[[], str], put: Callable[[str], object]) -> None:
        text = get()
        if text:
            found = new(text)
            if found is not None and found != text:
                put(found)

    remap(widget.windowTitle, widget.setWindowTitle)
    remap(widget.toolTip, widget.setToolTip)
    remap(widget.statusTip, widget.setStatusTip)
    remap(widget.whatsThis, widget.setWhatsThis)
    remap(widget.accessibleName, widget.setAccessibleName)
    remap(widget.accessibleDescription, widget.setAccessibleDescription)
    for action in QWidget.actions(widget):
        remap(action.text, action.setText)
        remap(action.toolTip, action.setToolTip)
        remap(action.statusTip, action.setStatusTip)
        remap(action.iconText, action.setIconText)
    # Only fixed wording: what is typed into an editable field is never touched.
    if isinstance(widget, (QLabel, QAbstractButton)):
        remap(widget.text, widget.setText)
    elif isinstance(widget, (QGroupBox, QMenu)):
        remap(widget.title, widget.setTitle)
    elif isinstance(widget, QDockWidget):
        pass  # its title is the window title
    elif isinstance(widget, QProgressBar):
        remap(widget.format, widget.setFormat)
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        remap(widget.placeholderText, widget.setPlaceholderText)
    if isinstance(widget, QSpinBox):
        remap(widget.prefix, widget.setPrefix)
        remap(widget.suffix, widget.setSuffix)
    if isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateTimeEdit):
        remap(widget.specialValueText, widget.setSpecialValueText)
    if isinstance(widget, QComboBox):
        if widget.lineEdit() is not None:
            remap(widget.placeholderText, widget.setPlaceholderText)
        else:
            for i in range(widget.count()):
                remap(lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t))
                remap(
                    lambda i=i: str(widget.itemData(i, 3) or ""),  # Qt.ToolTipRole
                    lambda t, i=i: widget.setItemData(i, t, 3),
                )
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            remap(lambda i=i: widget.tabText(i), lambda t, i=i: widget.setTabText(i, t))
            remap(lambda i=i: widget.tabToolTip(i), lambda t, i=i: widget.setTabToolTip(i, t))
    elif isinstance(widget, QToolBox):
        for i in range(widget.count()):
            remap(lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t))
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            remap(item.text, item.setText)
            remap(item.toolTip, item.setToolTip)
    elif isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            if item is not None:
                remap(item.text, item.setText)
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(widget.columnCount()):
            remap(lambda c=column: header.text(c), lambda t, c=column: header.setText(c, t))
    if isinstance(widget, QAbstractItemView):
        _refresh_model(widget)


def _refresh_model(view: QAbstractItemView) -> None:
    """Models translate their headers and labels when asked: make the view ask again."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel

    root = QModelIndex()

    model = view.model()
    if model is None:
        return
    if isinstance(model, QStandardItemModel):
        catalogues = _installed
        for orientation, count in (
            (Qt.Orientation.Horizontal, columns_of(model)),
            (Qt.Orientation.Vertical, model.rowCount(root)),
        ):
            for section in range(count):
                text = model.headerData(section, orientation)
                if isinstance(text, str) and catalogues is not None:
                    found = catalogues.retranslated(text)
                    if found is not None:
                        model.setHeaderData(section, orientation, found)
    columns, rows = columns_of(model), model.rowCount(root)
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    view.viewport().update()


def columns_of(model: QAbstractItemModel) -> int:
    """List models hide columnCount() from Python: they have one column."""
    try:
        return model.columnCount(QModelIndex())
    except TypeError:
        return 1
