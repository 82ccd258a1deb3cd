"""Help → About: the version, the licence and the third-party notices; and the version in the
status bar, so a user can tell support which Roundtable they run without opening a menu."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, qVersion
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the dialog's own widgets are imported when it opens, not at launch
    from PySide6.QtWidgets import QPlainTextEdit

from app import __version__
from app.resource_paths import resource_dir

GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def legal_file(name: str) -> Path | None:
    """LICENSE or NOTICES.md wherever this copy keeps them: beside the frozen program (or in
    the macOS bundle's Resources), else at the top of a checkout or an installed wheel's
    licence files."""
    import app

    here = Path(sys.executable).resolve().parent
    frozen_names = {"LICENSE": "LICENSE.txt"}
    candidates = []
    if getattr(sys, "frozen", False):
        frozen = frozen_names.get(name, name)
        candidates += [here / frozen, here.parent / "Resources" / frozen]
    candidates.append(Path(app.__file__).resolve().parents[1] / name)
    try:
        from importlib import metadata

        for file in metadata.distribution("roundtable").files or []:
            if file.name == name and "licenses" in file.parts:
                candidates.append(Path(str(file.locate())))
    except metadata.PackageNotFoundError:
        pass
    return next((p for p in candidates if p.is_file()), None)


def _text_tab(text: str, parent: QWidget) -> QPlainTextEdit:
    from PySide6.QtWidgets import QPlainTextEdit

    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setPlainText(text)
    return view


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QTextBrowser

        super().__init__(parent)
        self.setWindowTitle(self.tr("About Roundtable"))
        icon = QLabel(self)
        icon.setPixmap(QPixmap(str(resource_dir("icons") / "roundtable-64.png")))
        title = QLabel("<b>Roundtable</b>", self)
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__), self)
        summary = QLabel(
            self.tr("Encrypted meeting records for civil-society coalitions, offline."), self
        )
        summary.setWordWrap(True)
        self.licence_label = QLabel(
            self.tr(
                "Roundtable is free software: you may share and change it under the GNU General "
                "Public License, version 3 or (at your option) any later version. It comes with "
                "no warranty."
            ),
            self,
        )
        self.licence_label.setWordWrap(True)
        built = QLabel(
            self.tr("Built with Qt {qt} and Python {python}.").format(
                qt=qVersion(), python=".".join(map(str, sys.version_info[:3]))
            ),
            self,
        )
        heading = QVBoxLayout()
        for label in (title, self.version_label, summary):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        self.tabs = QTabWidget(self)
        licence = legal_file("LICENSE")
        notices = legal_file("NOTICES.md")
        missing = self.tr("The full text is not in this copy; it is published at {url}.")
        self.licence_text = _text_tab(
            licence.read_text(encoding="utf-8") if licence else missing.format(url=GPL_URL), self
        )
        # Our own Markdown file: shown formatted, so its paragraphs reflow to the window.
        self.notices_text = QTextBrowser(self)
        self.notices_text.setOpenLinks(False)
        if notices is not None:
            self.notices_text.setMarkdown(notices.read_text(encoding="utf-8"))
        else:
            self.notices_text.setPlainText(missing.format(url=""))
        self.tabs.addTab(self.licence_text, self.tr("Licence"))
        self.tabs.addTab(self.notices_text, self.tr("Third-party software"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licence_label)
        layout.addWidget(built)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)


class VersionLabel(QLabel):
    """ "Roundtable 0.1.0" in the status bar, in the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionLabel")
        self._retranslate()

    def _retranslate(self) -> None:
        text = QCoreApplication.translate("About", "Roundtable {version}")
        self.setText(text.format(version=__version__))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def install(window: QMainWindow) -> QAction:
    """Add Help → About to `window` and the version to its status bar."""
    menu = getattr(window, "help_menu", None)  # the window's own Help menu, if it has one
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("About", "&Help"))
    action = QAction(QCoreApplication.translate("About", "&About Roundtable"), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu

    def show() -> None:
        dialog = AboutDialog(window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action.triggered.connect(show)
    menu.addAction(action)
    version = VersionLabel(window)
    version.setEnabled(False)  # drawn quietly, as secondary text
    window.statusBar().addPermanentWidget(version)
    window.help_menu = menu  # type: ignore[attr-defined]
    window.about_action = action  # type: ignore[attr-defined]
    return action
