"""Smoke test of the frozen program (issue 11): the build users download, not the virtualenv.

The build is made once per source state (`packaging/build.py`, guarded by a file lock so the
two pytest workers never build twice; it is skipped only where cx_Freeze is not installed).
The frozen program then runs the command line end to end with the real key derivation, opens
its window off-screen, and the .deb is inspected and run from a throwaway root.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUILD = ROOT / "build"
PASSPHRASE = "Smoke test passphrase for the frozen build 42"
KHMER = re.compile("[\u1780-\u17ff]")


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("rt_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def frozen_executable() -> Path:
    if sys.platform == "darwin":
        return DIST / "Roundtable.app" / "Contents" / "MacOS" / "roundtable"
    return DIST / "roundtable" / ("roundtable.exe" if sys.platform == "win32" else "roundtable")


class _Lock:
    """An exclusive lock on a file, held while the build is checked or made."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("a+b")

    def __enter__(self) -> None:
        if sys.platform == "win32":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(self._file.fileno(), msvcrt.LK_LOCK, 1)
                    return
                except OSError:
                    time.sleep(1)
        import fcntl

        fcntl.flock(self._file, fcntl.LOCK_EX)

    def __exit__(self, *_exc: object) -> None:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(self._file.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(self._file, fcntl.LOCK_UN)
        self._file.close()


@pytest.fixture(scope="session")
def frozen() -> Path:
    """The frozen program, built now unless the build on disk is of these very sources."""
    if importlib.util.find_spec("cx_Freeze") is None:
        pytest.skip("cx_Freeze is not installed (pip install -e '.[build]'): no frozen build")
    build = _build_module()
    with _Lock(BUILD / "frozen.lock"):
        up_to_date = (
            build.STAMP.is_file()
            and build.STAMP.read_text() == build.source_digest()
            and frozen_executable().is_file()
        )
        if not up_to_date:
            log = BUILD / "build.log"
            started = time.monotonic()
            with log.open("w") as out:
                done = subprocess.run(
                    [sys.executable, str(ROOT / "packaging" / "build.py")],
                    cwd=ROOT,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            if done.returncode != 0:
                tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
                pytest.fail(f"packaging/build.py failed:\n{tail}")
            (BUILD / "build-seconds.txt").write_text(f"{time.monotonic() - started:.0f}\n")
    return frozen_executable()


def frozen_env(home: Path) -> dict[str, str]:
    """A user with an empty home, the real key derivation, no test shortcuts, no display."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("ROUNDTABLE_", "PYTHON", "XDG_")) and k != "VIRTUAL_ENV"
    }
    for var, sub in (
        ("HOME", ""),
        ("USERPROFILE", ""),
        ("APPDATA", "AppData/Roaming"),
        ("LOCALAPPDATA", "AppData/Local"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        env[var] = str(home / sub)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ROUNDTABLE_PASSPHRASE"] = PASSPHRASE
    env["LANG"] = "C.UTF-8"
    return env


def run(exe: Path, *args: object, env: dict[str, str], check: bool = True):  # type: ignore[no-untyped-def]
    done = subprocess.run(
        [str(exe), *map(str, args)], env=env, capture_output=True, text=True, timeout=300
    )
    if check and done.returncode != 0:
        pytest.fail(f"{exe.name} {' '.join(map(str, args))} -> {done.returncode}\n{done.stderr}")
    return done


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return frozen_env(home)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    from pypdf import PdfReader  # where poppler is not installed (Windows, macOS runners)

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_version(frozen: Path, env: dict[str, str]) -> None:
    from app import __version__

    assert run(frozen, "--version", env=env).stdout.strip() == f"roundtable {__version__}"


def test_command_line_end_to_end(frozen: Path, env: dict[str, str], tmp_path: Path) -> None:
    demo, beta = tmp_path / "demo", tmp_path / "beta"
    run(frozen, "demo", "--vault", demo, env=env)
    run(frozen, "init", "--vault", beta, "--org", "Beta Coalition", env=env)
    meetings = json.loads(run(frozen, "meetings", "--vault", demo, "--json", env=env).stdout)
    assert len(meetings) >= 3
    meeting = meetings[0]["id"]

    out = tmp_path / "reports"
    out.mkdir()
    for fmt in ("pdf", "odt", "docx", "html", "md"):
        target = out / f"report.{fmt}"
        args = ["report", "--vault", demo, "--meeting", meeting, "--format", fmt, "-o", target]
        run(frozen, *args, "--lang", "km", env=env)
        assert target.stat().st_size > 500, fmt
    for table in ("participants", "actions"):
        target = out / f"{table}.csv"
        run(
            frozen,
            "report",
            "--vault",
            demo,
            "--meeting",
            meeting,
            "--csv",
            table,
            "-o",
            target,
            env=env,
        )
        assert target.read_text(encoding="utf-8-sig").count("\n") >= 1
    assert KHMER.search(pdf_text(out / "report.pdf")), "no Khmer text in the frozen build's PDF"
    assert KHMER.search((out / "report.html").read_text(encoding="utf-8"))

    run(frozen, "identity", "--vault", demo, "--card", tmp_path / "demo.card", env=env)
    run(frozen, "identity", "--vault", beta, "--card", tmp_path / "beta.card", env=env)
    run(frozen, "contacts", "add", "--vault", demo, tmp_path / "beta.card", env=env)
    run(frozen, "contacts", "add", "--vault", beta, tmp_path / "demo.card", env=env)
    bundle = tmp_path / "to-beta.rtbundle"
    run(frozen, "export", "--vault", demo, "--to", "Beta Coalition", "--all", "-o", bundle, env=env)
    verified = json.loads(
        run(frozen, "verify", bundle, "--signer", tmp_path / "demo.card", "--json", env=env).stdout
    )
    assert verified["seq"] == 1
    imported = json.loads(run(frozen, "import", "--vault", beta, bundle, "--json", env=env).stdout)
    assert imported["applied"] is True and imported["summary"]["new"] >= 1
    after = json.loads(run(frozen, "meetings", "--vault", beta, "--json", env=env).stdout)
    assert {m["id"] for m in after} & {m["id"] for m in meetings}  # redacted for partners


def test_window_opens_on_the_welcome_page(frozen: Path, env: dict[str, str]) -> None:
    done = run(frozen, "--check-window", env=env)
    assert "welcome page shown" in done.stdout
    assert "Khmer font loaded" in done.stdout


def test_a_missing_qt_platform_is_one_plain_line(frozen: Path, env: dict[str, str]) -> None:
    done = run(frozen, "--check-window", env={**env, "QT_QPA_PLATFORM": "nosuch"}, check=False)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        'Roundtable cannot open its window: Could not find the Qt platform plugin "nosuch" in ""'
    ]


@pytest.mark.skipif(sys.platform == "darwin", reason="a .app bundle is signed: no file beside")
def test_portable_mode_writes_nothing_to_the_host(frozen: Path, tmp_path: Path) -> None:
    """A copy of the program with a `.portable` beside it (on POSIX its lib/ is linked)."""
    stick = tmp_path / "stick" / "Roundtable"
    if sys.platform == "win32":
        shutil.copytree(frozen.parent, stick)
    else:
        stick.mkdir(parents=True)
        shutil.copy2(frozen, stick / frozen.name)
        for item in frozen.parent.iterdir():
            if item.name != frozen.name:
                (stick / item.name).symlink_to(item, target_is_directory=item.is_dir())
    (stick / ".portable").write_text("")
    home = tmp_path / "host-home"
    home.mkdir()
    env = frozen_env(home)
    run(stick / frozen.name, "--check-window", env=env)
    run(stick / frozen.name, "demo", env=env)  # the default vault: beside the program
    assert (stick / "Vault" / "vault.db").is_file()
    written = [p for p in home.rglob("*") if p.is_file()]
    config_written = [p for p in written if ".config" in p.parts or "AppData" in p.parts]
    assert config_written == []
    assert not (home / ".local" / "share" / "Roundtable").exists()


# --- the .deb ----------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def deb(frozen: Path) -> Path:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        pytest.skip("the .deb is built on Debian-like Linux only")
    debs = sorted(DIST.glob("roundtable_*.deb"))
    assert len(debs) == 1, debs
    return debs[0]


def test_deb_has_menu_entry_icons_and_licences(deb: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/roundtable/roundtable",
        "./usr/bin/roundtable -> /opt/roundtable/roundtable",
        "./usr/share/applications/org.roundtable.Roundtable.desktop",
        "./usr/share/icons/hicolor/256x256/apps/org.roundtable.Roundtable.png",
        "./usr/share/icons/hicolor/scalable/apps/org.roundtable.Roundtable.svg",
        "./usr/share/metainfo/org.roundtable.Roundtable.metainfo.xml",
        "./usr/share/doc/roundtable/copyright",
        "./opt/roundtable/LICENSE.txt",
        "./opt/roundtable/NOTICES.md",
        "./opt/roundtable/licenses/LGPL-3.0.txt",
        "./opt/roundtable/licenses/OFL-1.1-Noto-fonts.txt",
    ):
        assert path in listing, path
    assert all(" root/root " in line for line in listing.splitlines())
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: roundtable" in fields and "libxcb-cursor0" in fields


def test_deb_installs_and_runs_from_a_throwaway_root(
    deb: Path, env: dict[str, str], tmp_path: Path
) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    desktop = (root / "usr/share/applications/org.roundtable.Roundtable.desktop").read_text()
    assert "Exec=roundtable" in desktop and "Icon=org.roundtable.Roundtable" in desktop
    exe = root / "opt" / "roundtable" / "roundtable"
    assert run(exe, "--version", env=env).stdout.startswith("roundtable ")
    assert "welcome page shown" in run(exe, "--check-window", env=env).stdout
    # Through a link, as /usr/bin/roundtable is.
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "roundtable").symlink_to(exe)
    assert run(tmp_path / "bin" / "roundtable", "--version", env=env).returncode == 0


def test_sha256sums_list_every_download(frozen: Path) -> None:
    sums = (DIST / "SHA256SUMS").read_text().splitlines()
    names = {line.split("  ", 1)[1] for line in sums}
    downloads = {
        p.name for p in DIST.iterdir() if p.suffix in (".deb", ".gz", ".zip", ".dmg", ".exe")
    }
    assert downloads and downloads <= names
