"""The `roundtable` program forbids core dumps before it touches a vault (DESIGN §6)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import ctypes, resource, sys
from app.entry import main
rc = main(["verify", sys.argv[1]])
print(rc, resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process flags")
def test_the_program_is_never_core_dumped(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "missing.rtbundle")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.split() == ["1", "(0,", "0)", "0"], out
