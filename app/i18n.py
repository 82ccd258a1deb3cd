"""Translation markers for the Qt-free layers (core, errors, CLI wording, report wording).

One catalogue mechanism for the whole app: Qt Linguist. Widgets call `self.tr()`; code that must
not import Qt marks its messages with `N_(context, text)`, which returns the English text
unchanged. `pyside6-lupdate -tr-function-alias QT_TRANSLATE_NOOP+=N_` extracts them into the same
`.ts` catalogue, and whoever shows the message (a widget, the CLI, a report) looks the English
text up in the catalogue of the language it shows.
"""

from __future__ import annotations


def N_(context: str, text: str) -> str:
    """Marks `text` for translation under `context`; returns it unchanged."""
    return text
