"""A passphrase strength meter driven by `app.crypto.passphrase.assess`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.crypto.passphrase import Strength

_WORDS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


class StrengthMeter(QWidget):
    """Judges the passphrase shortly after typing pauses (zxcvbn is not free on long input)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._assess)
        self._text = ""
        self._context: tuple[str, ...] = ()
        self.strength: Strength | None = None
        self._show(None)

    def set_passphrase(self, text: str, context: tuple[str, ...] = ()) -> None:
        self._text, self._context = text, context
        self._timer.start()

    def assess_now(self) -> Strength | None:
        self._timer.stop()
        self._assess()
        return self.strength

    def clear(self) -> None:
        self._timer.stop()
        self._text = ""
        self.strength = None
        self._show(None)

    def _assess(self) -> None:
        from app.crypto.passphrase import assess  # zxcvbn loads its word lists on first use

        self.strength = assess(self._text, self._context) if self._text else None
        self._show(self.strength)

    def _show(self, strength: Strength | None) -> None:
        if strength is None:
            self._bar.setValue(0)
            self._label.setText(self.tr("Use four or more random words, at least 10 characters."))
            return
        self._bar.setValue(strength.score)
        word = self.tr(_WORDS[strength.score])
        if strength.acceptable:
            self._label.setText(self.tr("%1 — good.").replace("%1", word))
        else:
            self._label.setText(
                self.tr("%1 — not accepted: %2.").replace("%1", word).replace("%2", strength.reason)
                + (" " + strength.hint if strength.hint else "")
            )
