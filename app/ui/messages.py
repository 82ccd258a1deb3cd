"""Showing errors: the fixed user message of our exception tree, never a traceback.

The messages are written in English in app/errors.py (and wherever an error is raised with its
own sentence), marked `N_("Errors", ...)`; `error_text` shows them in the interface language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # imported where a message is shown: not needed for a first window
    from PySide6.QtWidgets import QMessageBox, QWidget

ERRORS_CONTEXT = "Errors"


def error_text(error: object) -> str:
    """`error`'s message in the interface language; anything not ours gets the generic one.

    An error may carry its sentence as a `template` with named `{fields}` and the `params`
    to fill in: the template is what is translated, then filled.
    """
    from app.errors import RoundtableError

    if not isinstance(error, RoundtableError):
        error = RoundtableError()
    template = getattr(error, "template", None)
    params = getattr(error, "params", None)
    if isinstance(template, str) and isinstance(params, dict):
        # A value that is itself a marked sentence (a passphrase's reason) is translated too.
        contexts = getattr(error, "param_contexts", {})
        params = {
            k: QCoreApplication.translate(contexts[k], v) if k in contexts and v else v
            for k, v in params.items()
        }
        # A count the sentence states is written as the interface writes numbers.
        from app.ui.numbers import number

        counts = getattr(error, "count_params", ())
        params = {k: number(v) if k in counts else v for k, v in params.items()}
        try:
            text = QCoreApplication.translate(ERRORS_CONTEXT, template).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with a broken field
            text = template.format(**params)
        return text.strip()
    return QCoreApplication.translate(ERRORS_CONTEXT, error.user_message)


def _box(parent: QWidget, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    # Imported here: touching `Qt` builds all its enums (~30 ms), not needed for a first window.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Roundtable"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a message may quote a partner's text
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal without a nested event loop
    return box


def show_error(parent: QWidget, error: object) -> QMessageBox:
    """Show `error`'s message; anything not ours gets the generic sentence."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, error_text(error))
    box.setObjectName("errorBox")
    return box


def show_info(parent: QWidget, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return _box(parent, QMessageBox.Icon.Information, text)
