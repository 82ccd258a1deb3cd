"""A passphrase strength meter driven by `app.crypto.passphrase.assess`.

zxcvbn takes tens of milliseconds on a long passphrase, so the judgement runs on the worker
thread shortly after typing pauses; a result for text that has changed since is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.ui.ops import Ops

if TYPE_CHECKING:
    from app.crypto.passphrase import Strength

_WORDS = (
    QT_TRANSLATE_NOOP("StrengthMeter", "Very weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Fair"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Strong"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Very strong"),
)


def _assess(text: str, context: tuple[str, ...]) -> Strength:
    from app.crypto.passphrase import assess

    return assess(text, context)


class StrengthMeter(QWidget):
    assessed = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
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
        self._timer.timeout.connect(self._submit)
        self._text = ""
        self._context: tuple[str, ...] = ()
        self._seq = 0
        self.strength: Strength | None = None
        self._show(None)

    def set_passphrase(self, text: str, context: tuple[str, ...] = ()) -> None:
        self._text, self._context = text, context
        self._seq += 1
        self.strength = None
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self._seq += 1
        self._text = ""
        self.strength = None
        self._show(None)

    def _submit(self) -> None:
        if not self._text:
            self._show(None)
            return
        seq, text, context = self._seq, self._text, self._context

        def task(_vault: Any) -> Strength:
            return _assess(text, context)

        self._ops.run(task, needs_vault=False, on_done=lambda s: self._arrived(seq, s))

    def _arrived(self, seq: int, strength: Strength) -> None:
        if seq != self._seq:
            return
        self.strength = strength
        self._show(strength)
        self.assessed.emit()

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
            # zxcvbn's reason and hint: marked in app/crypto/passphrase_feedback.py.
            reason = QCoreApplication.translate("PassphraseFeedback", strength.reason)
            hint = QCoreApplication.translate("PassphraseFeedback", strength.hint)
            self._label.setText(
                self.tr("%1 — not accepted. %2 %3")
                .replace("%1", word)
                .replace("%2", reason)
                .replace("%3", hint)
                .strip()
            )
