"""Nothing of the vault's content on disk outside vault.db; no network; layers respected."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"

# Distinctive strings of the demo data: titles, minutes (Latin and Khmer), names, an attachment.
CANARIES = [
    "Riverside conference hotel",
    "photographed participants at the last in-country workshop",
    "ប្រមូលករណីរំលោភសិទ្ធិសហជីព",
    "អ្នកចូលរួមបានពិភាក្សាអំពីការរឹតត្បិត",
    "Garment worker, Kandal factory",
    "grant OSF-A-2025-017",
    "Replace confiscated phones",
]


def _files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_demo_leaves_no_plaintext_anywhere(tmp_path: Path) -> None:
    dirs = {name: tmp_path / name for name in ("vault", "tmp", "config", "cache", "data", "home")}
    for name, d in dirs.items():
        if name != "vault":
            d.mkdir()
    env = {
        **os.environ,
        "ROUNDTABLE_PASSPHRASE": PASSPHRASE,
        "ROUNDTABLE_INSECURE_TEST_KDF": "1",
        "TMPDIR": str(dirs["tmp"]),
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "HOME": str(dirs["home"]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    for args in (["demo"], ["search", "Kandal"], ["meetings"], ["actions"]):
        proc = subprocess.run(
            [sys.executable, "-m", "app", *args, "--vault", str(dirs["vault"])],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
    files = _files_under(*dirs.values())
    assert any(p.name == "vault.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for canary in CANARIES:
            for encoding in ("utf-8", "utf-16-le"):
                assert canary.encode(encoding) not in data, (path.name, canary)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


NETWORK = (
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "websocket",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
)


@pytest.mark.parametrize("path", sorted(APP.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_network_module_is_imported(path: Path) -> None:
    for name in _imports(path):
        assert not any(name == n or name.startswith(n + ".") for n in NETWORK), name


CORE = ("domain", "storage", "crypto", "exchange")
LOWER = {  # what each layer may import of ours (DESIGN §1: arrows point down only)
    "domain": {"app.domain"},
    "storage": {"app.domain", "app.storage", "app.errors", "app.i18n"},
    "crypto": {"app.domain", "app.storage", "app.crypto", "app.errors", "app.i18n"},
    "exchange": {
        "app.domain",
        "app.storage",
        "app.crypto",
        "app.exchange",
        "app.errors",
        "app.i18n",
    },
}


@pytest.mark.parametrize("layer", [*CORE, "reports"])
def test_layers_import_only_downwards_and_the_core_has_no_qt(layer: str) -> None:
    for path in (APP / layer).rglob("*.py"):
        for name in _imports(path):
            if layer in CORE:
                assert not name.startswith("PySide6"), (path.name, name)
            else:
                assert not name.startswith("PySide6.QtWidgets"), (path.name, name)
            if layer in LOWER and name.startswith("app"):
                assert any(name == ok or name.startswith(ok + ".") for ok in LOWER[layer]) or (
                    name == "app"
                ), (path.name, name)


def test_the_core_runs_without_qt_loaded() -> None:
    code = (
        "import sys, app.vault, app.storage.search, app.storage.meetings, app.demo, app.cli;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_no_assert_in_product_code() -> None:
    for path in APP.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert not any(isinstance(n, ast.Assert) for n in ast.walk(tree)), path
