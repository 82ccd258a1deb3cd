"""The benchmarks still run (tiny sizes, one round, no timing asserted): `bench/all.py --quick`
runs the exchange, import and meeting workspace benches and writes their tables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_benches_run_and_write_their_tables() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "bench/all.py", "--quick"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    text = (ROOT / "bench" / "out" / "RESULTS-quick.md").read_text()
    for heading in ("## Exchange", "## Import", "## Meeting workspace"):
        assert heading in text
    assert "its SQL alone" in text and "minisign" in text
    assert text.count("the floor for a Python program") == 2  # under export and verify
