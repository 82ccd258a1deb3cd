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


def test_the_launch_bench_runs_both_windows_to_a_normal_exit(vault, vault_dir) -> None:
    """bench/gui_bench.py's launch part: the app (through `app.entry.main`) and the minimal
    window each report their first paint and then exit 0 through normal shutdown."""
    sys.path.insert(0, str(ROOT))
    from bench.gui_bench import bench_launch

    vault.close()
    result = bench_launch(vault_dir, runs=1)
    assert result["launch_to_unlock_page_painted_ms"] > 0
    assert result["minimal_window_painted_ms"] > 0
    assert result["launch_exited_ms"] >= result["launch_to_unlock_page_painted_ms"]
    assert result["minimal_window_exited_ms"] >= result["minimal_window_painted_ms"]
    assert result["unlock_page_floor_painted_ms"] > 0  # the same widgets without the app
    assert len(result["load_average"]) == 3


def test_the_window_bench_runs_with_its_sort_floor(vault, vault_dir) -> None:
    """bench/gui_bench.py's window part on a small vault: every sort has its SQL alone and the
    floor of a Python Qt list (the same SQL, a minimal model, a plain view painted) beside it."""
    sys.path.insert(0, str(ROOT))
    from app.demo import fill_demo_vault
    from bench.gui_bench import bench_window
    from tests.conftest import PASSPHRASE

    fill_demo_vault(vault)  # meetings to paint after each unlock, actions to sort
    vault.close()
    result = bench_window(vault_dir, PASSPHRASE, runs=1)
    sorts = result["sort_sql_alone_median_ms"]
    assert len(sorts) == 10  # five columns, both directions
    assert set(result["sort_floor_median_ms"]) == set(sorts)
    assert all(ms > 0 for ms in result["sort_floor_median_ms"].values())
    assert set(result["sort_floor_worker_median_ms"]) == set(sorts)
