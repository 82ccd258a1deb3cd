"""The first window's labels show text literally without PySide's Qt namespace, which the
unlock page is painted without (issue 14: launch to the first paint)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.ui.a11y import ErrorLabel
from app.ui.colours import contrast
from app.ui.plain_text import PlainLabel

HOSTILE = ("Org<img src=x>", "a &lt;b&gt; c", "<b>bold</b>", "Tom & Jerry")


@pytest.mark.parametrize("text", HOSTILE)
def test_a_plain_label_shows_markup_literally(qtbot, text: str) -> None:
    label = PlainLabel()
    qtbot.addWidget(label)
    label.setText(text)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == text


def test_a_plain_label_stays_plain_once_it_has_shown_markup(qtbot) -> None:
    label = PlainLabel()
    qtbot.addWidget(label)
    label.setText("/home/ana/vault")  # nothing Qt could take for markup: any format shows it
    label.setText("<i>x</i>")
    label.setText("plain again")
    label.setText("<i>x</i>")
    assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("text", HOSTILE)
def test_an_error_label_shows_quoted_record_text_literally(qtbot, text: str) -> None:
    """Error labels quote record text (the report view's warning names the people a policy
    hides, which may come from a partner's bundle): never taken for markup, in a sentence too."""
    label = ErrorLabel()
    qtbot.addWidget(label)
    sentence = f"The free text of this meeting names people this report hides: {text}."
    label.setText(sentence)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == sentence


def test_an_error_label_is_coloured_when_it_first_says_something(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    label = ErrorLabel(host, bold=True)
    assert label.styleSheet() == ""  # nothing to say yet: nothing worked out
    label.setText("Wrong passphrase.")
    assert "font-weight: bold" in label.styleSheet()
    fg = label.palette().color(label.foregroundRole())
    assert contrast(fg, host.palette().color(host.backgroundRole())) >= 4.5


PROBE = """
import os, sys
from pathlib import Path
import PySide6.QtCore as QtCore
from PySide6.QtCore import QEvent, QObject, QSettings
from app.ui import launch
from app.ui.preferences import Preferences

prefs = Preferences(QSettings(sys.argv[2], QSettings.Format.IniFormat))
prefs.language = sys.argv[1]

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(type(window.pages.currentWidget()).__name__, "Qt" in vars(QtCore), flush=True)
            os._exit(0)
        return False

app, window, ops = launch.prepare(Path(sys.argv[3]), prefs)
window.pages.currentWidget().installEventFilter(Painted(window))
app.exec()
os._exit(4)
"""


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_unlock_page_is_painted_without_the_qt_namespace(
    vault, vault_dir: Path, tmp_path: Path, language: str
) -> None:
    """PySide builds a Python enum for each of the Qt namespace's 93 enums the first time any
    code names `Qt` (about 20 ms on Python 3.11): the unlock page does not, before its first
    paint, in either language."""
    vault.close()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, language, str(tmp_path / "s.ini"), str(vault_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["UnlockPage", "False"]
