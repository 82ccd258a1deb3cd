"""A whole-number spin box that writes its number as the interface does.

The Khmer interface writes every number in Khmer digits (docs/translations.md "Numbers"), but
Qt's Khmer locale writes numbers in Latin digits, so a plain QSpinBox would show "5" beside
"៥" everywhere else. This one shows Khmer digits in Khmer and takes typed Khmer or Latin digits
(a Khmer keyboard types Khmer digits; a number pad or a habit types Latin ones).
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from app.domain.date_entry import latin_digits
from app.ui.numbers import number


class SpinBox(QSpinBox):
    """QSpinBox in the interface's digits; arrow keys, Page Up/Down and typing work as in Qt."""

    def textFromValue(self, value: int) -> str:
        # Qt's own text (sign, group separators when shown) with its digits made the interface's.
        return number(super().textFromValue(value))

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(latin_digits(text))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # Qt's validation only knows Latin digits. The text handed back must be the one typed:
        # Qt replaces the field's text with whatever validate returns, which would turn a typed
        # "៧" into "7" under the cursor.
        state, _latin, pos = super().validate(latin_digits(text), pos)
        return state, text, pos

    def language_changed(self) -> None:
        """Called after a language switch (app/ui/language.py): show the value in the new
        language's digits."""
        shown = self.lineEdit().displayText()
        if latin_digits(shown) != latin_digits(self._text_of_value()):
            # Typing in progress that is not yet a value (or a field cleared on purpose, as the
            # headcount panel's on lock): leave it; it is accepted in either digit set.
            return
        # QAbstractSpinBox has no public "show the value again"; setting the suffix makes Qt
        # rewrite the text from textFromValue (signals blocked, cursor kept, no valueChanged)
        # and measure its size hint again, as Khmer digits are wider.
        self.setSuffix(self.suffix())

    def _text_of_value(self) -> str:
        if self.specialValueText() and self.value() == self.minimum():
            return self.specialValueText()
        return self.prefix() + self.textFromValue(self.value()) + self.suffix()
