"""A Qt platform that cannot start reaches the user as one plain line, not "Aborted" (issue 11)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.ui.launch import debian_package, fatal_line

START = "from app.ui.launch import make_application; make_application()"


def start_qt(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", START],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_unknown_platform_is_named_in_one_line() -> None:
    result = start_qt(QT_QPA_PLATFORM="nosuchplatform")
    assert result.returncode == 1  # not 134 (SIGABRT) with a core dump
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Roundtable cannot open its window:")
    assert '"nosuchplatform"' in lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 platform")
def test_xcb_without_a_usable_display_says_what_is_missing() -> None:
    # Whatever this machine lacks (a library of Qt's xcb plugin, or an X server on :77), the
    # user learns it in one line.
    result = start_qt(QT_QPA_PLATFORM="xcb", DISPLAY=":77", WAYLAND_DISPLAY="")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("Roundtable cannot open its window:")
    assert ".so" in line or "display" in line, line


def test_the_line_names_the_library_and_its_package() -> None:
    line = fatal_line(
        ['Could not load the Qt platform plugin "xcb" in "" even though it was found.']
    )
    assert line.startswith("Roundtable cannot open its window:")
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libEGL.so.1") == "libegl1"
    assert debian_package("qxcb.dll") is None


def test_other_fatal_messages_are_not_quoted() -> None:
    assert "secret" not in fatal_line([])
    assert fatal_line([]) == "Roundtable cannot open its window: Qt stopped with a fatal error."
