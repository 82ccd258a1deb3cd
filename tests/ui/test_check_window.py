"""`roundtable --check-window`: the window opens on the welcome page in both languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_check_window_touches_no_settings(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--check-window"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert "welcome page shown" in done.stdout and "Khmer font loaded" in done.stdout
    assert list(tmp_path.iterdir()) == []  # the user's settings are neither read nor written
