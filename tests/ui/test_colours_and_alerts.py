"""Errors are readable in every palette and spoken to screen readers, not only coloured
(issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.a11y import ErrorLabel, announcer
from app.ui.colours import contrast, dark_palette, error_colour, warning_colour
from tests.conftest import PASSPHRASE


def test_contrast_ratio_is_wcags() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    # The old hard-coded reds on a dark window: what the issue measured.
    assert contrast(QColor("#b01e1e"), QColor("#202124")) < 2.5
    assert contrast(QColor("#a40000"), QColor("#202124")) < 2.5


@pytest.mark.parametrize(
    "background", ["#ffffff", "#efefef", "#202124", "#171717", "#000000", "#ffff00", "#1e1e1e"]
)
def test_error_and_warning_colours_are_readable_on_any_background(background) -> None:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(background))
    pal.setColor(QPalette.ColorRole.Base, QColor(background))
    for pick in (error_colour, warning_colour):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(pick(pal, role), QColor(background)) >= 4.5, (pick, background)


def test_an_error_label_follows_the_palette(qtbot, qapp) -> None:
    original = qapp.palette()
    host = QWidget()
    qtbot.addWidget(host)
    label = ErrorLabel(host)
    QVBoxLayout(host).addWidget(label)
    label.setText("Wrong passphrase.")
    host.show()
    try:

        def readable() -> bool:
            fg = label.palette().color(label.foregroundRole())
            return contrast(fg, host.palette().color(QPalette.ColorRole.Window)) >= 4.5

        for pal in (original, dark_palette(), original):
            qapp.setPalette(pal)
            qtbot.waitUntil(readable, timeout=2_000)
    finally:
        qapp.setPalette(original)


def test_a_wrong_passphrase_is_spoken(qtbot, make_window, vault, vault_dir) -> None:
    vault.close()
    window = make_window()
    said: list[str] = []
    announcer.announced.connect(lambda _source, text: said.append(text))
    window.start(vault_dir)
    window.unlock_page.pass_edit.setText("not the passphrase " + PASSPHRASE)
    window.unlock_page.submit()
    qtbot.waitUntil(lambda: window.unlock_page.error_label.text() != "", timeout=10_000)
    assert said == [window.unlock_page.error_label.text()] == ["Wrong passphrase."]


def test_an_exchange_dialog_error_is_spoken(qtbot) -> None:
    from app.errors import InvalidInput
    from app.ui.exchange.common import ErrorLine

    line = ErrorLine()
    qtbot.addWidget(line)
    said: list[str] = []
    announcer.announced.connect(lambda _source, text: said.append(text))
    line.show_error(InvalidInput("Choose at least one recipient."))
    assert said == ["Choose at least one recipient."]
