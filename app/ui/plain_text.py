"""Text from records shown in widgets exactly as it was written (issue 8, "Hostile text").

Names and minutes may come from a partner's bundle. Qt renders a QLabel, a message box or a
tooltip as rich text whenever the text merely looks like HTML, so `Org<img src=x>` would show
an image and `<a href=...>` a link. Every widget that shows record text is plain text, and
control and bidi-override characters are dropped (`for_display`) as in every other output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

# `Qt`, `html` and `for_display` are imported where they are used, not here: this module is
# on the first window's path (see `PlainLabel`).


def plain_label(label: QLabel) -> QLabel:
    from PySide6.QtCore import Qt

    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def might_be_markup(text: str) -> bool:
    """Whether Qt could take `text` for rich text: Qt::mightBeRichText looks for a tag ('<')
    or an escaped one ('&lt;'); text with neither shows the same in every format."""
    return "<" in text or "&" in text


class PlainLabel(QLabel):
    """A label whose text shows literally, like `plain_label`, for the first window: its
    format becomes plain text when text that could be taken for markup arrives. Naming
    `Qt.TextFormat` makes PySide build its whole Qt namespace (93 enums, about 20 ms), which
    the unlock page otherwise does without until after its first paint."""

    def setText(self, text: str) -> None:
        if might_be_markup(text) and not getattr(self, "_plain", False):
            plain_label(self)
            self._plain = True
        super().setText(text)


def plain_box(box: QMessageBox) -> QMessageBox:
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def shown(text: str) -> str:
    """Record text for a plain-text widget: no control or bidi-override characters."""
    if text.isprintable():  # `for_display`'s own fast path, before an import statement that
        return text  # PySide's import hook makes cost ~10 µs: tables ask thousands of times
    from app.domain.display_text import for_display

    return for_display(text)


def shown_line(text: str) -> str:
    """`shown`, on one line: a partner's name or title where a line break would let it pass
    for another line of the text around it ("Fingerprint: …")."""
    if text.isprintable():
        return text
    from app.domain.display_text import for_display

    return for_display(text, one_line=True)


def literal(text: str) -> str:
    """`text` for a place that guesses between plain and rich text (tooltips, the static
    QMessageBox functions) so that it shows literally: text that Qt could take for markup is
    escaped inside an explicit rich-text paragraph."""
    import html

    from app.domain.display_text import for_display

    text = for_display(text)
    if "<" not in text and "&" not in text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


tooltip = literal  # Qt has no plain-text tooltips
