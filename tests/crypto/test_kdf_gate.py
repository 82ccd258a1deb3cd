"""ROUNDTABLE_INSECURE_TEST_KDF makes vaults with cheap key derivation. Only the test suite may
turn it on: an installed app (no test marker module) and a frozen build ignore it (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.crypto import kdf

ROOT = Path(__file__).resolve().parents[2]
ASK = "from app.crypto import kdf; print(kdf.insecure_test_kdf_allowed())"


def _ask(env: dict[str, str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", ASK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_the_variable_alone_does_nothing_outside_the_test_suite() -> None:
    """As an installed app would run: the variable set, no marker module on the path."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env[kdf.UNSAFE_TEST_ENV] = "1"
    assert _ask(env) == "False"


def test_the_test_suite_turns_it_on_for_its_subprocesses() -> None:
    assert _ask({**os.environ, kdf.UNSAFE_TEST_ENV: "1"}) == "True"
    assert _ask({**os.environ, kdf.UNSAFE_TEST_ENV: "0"}) == "False"


def test_calibration_ignores_the_variable_without_the_marker(monkeypatch) -> None:
    monkeypatch.setenv(kdf.UNSAFE_TEST_ENV, "1")
    assert kdf.calibrated() == kdf.INSECURE_TEST  # in the suite: cheap
    monkeypatch.setitem(sys.modules, kdf.TEST_MARKER_MODULE, None)  # as if not importable
    monkeypatch.setattr(kdf, "derive", lambda *a: b"")  # no real 256 MiB derivation here
    assert kdf.calibrated() == kdf.DEFAULT


def test_a_frozen_build_ignores_it(monkeypatch) -> None:
    monkeypatch.setenv(kdf.UNSAFE_TEST_ENV, "1")
    assert kdf.insecure_test_kdf_allowed()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not kdf.insecure_test_kdf_allowed()


@pytest.mark.parametrize("path", ["tests/kdf_marker/roundtable_test_kdf_marker.py"])
def test_the_marker_is_not_shipped(path) -> None:
    """The wheel's packages are listed in pyproject.toml: none of them is under tests/."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = config["tool"]["setuptools"]["packages"]
    assert all(not p.startswith("tests") for p in packages)
    assert (ROOT / path).is_file()
