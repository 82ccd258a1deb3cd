"""Shared fixtures: fast key derivation, fresh vaults, the demo vault.

KDF cost is a parameter so tests stay fast (STYLE 12); production keeps calibrated defaults.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.crypto import kdf
from app.vault import Vault, create_vault

PASSPHRASE = "correct horse battery staple 42"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The marker without which ROUNDTABLE_INSECURE_TEST_KDF is ignored (app/crypto/kdf.py): here and
# in every `python -m app` the tests start.
KDF_MARKER_DIR = str(Path(__file__).resolve().parent / "kdf_marker")
sys.path.insert(0, KDF_MARKER_DIR)
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (KDF_MARKER_DIR, os.environ.get("PYTHONPATH", "")) if p
)


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test gets its own per-user folders, so nothing touches the real profile."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv(kdf.UNSAFE_TEST_ENV, "1")
    monkeypatch.delenv("ROUNDTABLE_PASSPHRASE", raising=False)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    created = create_vault(vault_dir, "Test Coalition", PASSPHRASE, params=kdf.INSECURE_TEST)
    yield created.vault
    if created.vault.conn is not None:
        created.vault.close()


@pytest.fixture
def demo_vault(vault: Vault) -> Vault:
    from app.demo import fill_demo_vault

    fill_demo_vault(vault)
    return vault


@pytest.fixture(autouse=True)
def _collect_like_the_app() -> Iterator[None]:
    """Once a test made an `Ops`, automatic collection is off for the process and the GUI
    thread's timer collects (app/ui/main_thread_gc.py); tests that spin no event loop get the
    same threshold check after they end, so garbage cycles do not pile up across the run."""
    yield
    collector = sys.modules.get("app.ui.main_thread_gc")
    if collector is not None and collector._installed is not None:
        collector._installed.check()


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication() -> Iterator[None]:
    """One QApplication for the whole run, made first: a report rendered in-process (the CLI's
    PDFs, the share sheets) otherwise makes a bare QGuiApplication, and any widget test that
    follows in the same worker aborts the process ("Must construct a QApplication")."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    yield
    del app
