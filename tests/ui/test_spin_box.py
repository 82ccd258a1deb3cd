"""Spin boxes write their number in the interface's digits and take either digit set
(app/ui/spin_box.py; docs/translations.md "Numbers")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.ui import language
from app.ui.settings_dialog import SettingsDialog
from app.ui.spin_box import SpinBox


@pytest.fixture
def spin(qtbot) -> SpinBox:
    box = SpinBox()
    box.setRange(0, 100)
    box.setValue(5)
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    return box


def _type(qtbot, box: SpinBox, text: str) -> None:
    """Key presses carrying each character, as a keyboard in either layout sends them
    (qtbot.keyClicks knows only Latin keys)."""
    box.selectAll()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_khmer_shows_khmer_digits(khmer, spin) -> None:
    spin.setValue(5)
    assert spin.text() == "៥"
    spin.setValue(12)
    assert spin.text() == "១២"


def test_khmer_takes_typed_khmer_digits(khmer, qtbot, spin) -> None:
    _type(qtbot, spin, "៧")
    assert spin.value() == 7
    assert spin.text() == "៧"  # not turned into "7" under the cursor
    _type(qtbot, spin, "៤២")
    assert spin.value() == 42
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.text() == "៤២"


def test_khmer_takes_typed_latin_digits(khmer, qtbot, spin) -> None:
    _type(qtbot, spin, "7")
    assert spin.value() == 7
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.text() == "៧"
    _type(qtbot, spin, "101")  # above the maximum: refused as in English
    assert spin.value() == 10


def test_khmer_arrow_keys_step(khmer, qtbot, spin) -> None:
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert (spin.value(), spin.text()) == (6, "៦")
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert (spin.value(), spin.text()) == (4, "៤")


def test_english_is_unchanged(qapp, qtbot, spin) -> None:
    language.install(qapp, "en")
    try:
        spin.setValue(5)
        assert spin.text() == "5"
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        assert spin.text() == "6"
        _type(qtbot, spin, "៧")  # a Khmer keyboard left on still types a number
        assert spin.value() == 7
    finally:
        language.uninstall(qapp)


def test_switching_language_shows_the_new_digits(khmer, qapp, qtbot, spin) -> None:
    changes: list[int] = []
    spin.valueChanged.connect(changes.append)
    assert spin.text() == "៥"
    language.switch_language("en")
    assert spin.text() == "5"
    language.switch_language("km")
    assert spin.text() == "៥"
    assert changes == []  # only the digits changed, not the value


def test_switching_language_keeps_a_cleared_field_empty(khmer, qapp, spin) -> None:
    spin.clear()  # the headcount panel clears its figure when the vault locks
    language.switch_language("en")
    assert spin.text() == ""


def test_settings_spin_box_in_khmer_with_its_suffix(khmer, qtbot, prefs) -> None:
    prefs.auto_lock_minutes = 15
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.auto_lock, SpinBox)
    assert dialog.auto_lock.text().startswith("១៥")
    language.switch_language("en")
    assert dialog.auto_lock.text() == "15 min"


def test_every_spin_box_of_the_app_is_one() -> None:
    """A plain QSpinBox would show Latin digits in the Khmer interface."""
    from pathlib import Path

    import app

    plain = [
        f"{path}:{n}"
        for path in Path(app.__file__).parent.rglob("*.py")
        if path.name != "spin_box.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "QSpinBox(" in line
    ]
    assert plain == []
