"""Build Roundtable's downloads for the OS this runs on, into dist/.

    python packaging/build.py            # freeze, package, write dist/SHA256SUMS
    python packaging/build.py --sign KEY # and sign SHA256SUMS with a minisign secret key file

Linux: dist/roundtable/ (one-folder frozen program), roundtable_<version>_<arch>.deb and
roundtable-<version>-linux-<arch>.tar.gz. Windows: the frozen folder, an Inno Setup installer
(needs `iscc` on PATH) and a portable zip. macOS: Roundtable.app in a .dmg for the machine's
architecture (arm64 or x86_64; the release workflow builds one on each). It prints every path it
made with its size. docs/packaging.md explains the choices.

Needs the `build` extra: `pip install -e '.[build]'`.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
APP_ID = "org.roundtable.Roundtable"
# Written after a successful build: the digest of what went into it. The frozen smoke test
# (tests/frozen) rebuilds only when the sources changed since.
STAMP = BUILD / "frozen.stamp"

sys.path.insert(0, str(ROOT))
from app import __version__ as VERSION  # noqa: E402

# Qt parts the app does not use, removed after freezing (as OnionShare's cleanup-build does):
# QML/Quick, the Wayland compositor side, embedded-Linux platforms, network, virtual keyboard,
# Qt's own translations (the app ships its own qtbase_km; Qt has none for Khmer), developer
# tools. Names match the Linux .so, the Windows .dll and the macOS .framework alike.
QT_UNUSED = re.compile(
    r"(Qt6?(Quick|Qml|Network|WaylandCompositor|WaylandEgl|EglFS|EglFs|VirtualKeyboard|Pdf|"
    r"Designer|Help|UiTools|Test|Sql|Xml|Concurrent|StateMachine|OpenGLWidgets|SvgWidgets)"
    r"|opengl32sw|d3dcompiler|qvnc|qlinuxfb|qeglfs|qminimalegl|qvkkhrdisplay|qtvirtualkeyboard"
    r"|qtuiotouch|qevdev|qtga|qtiff|qwbmp|qpdf|qicns)",
    re.IGNORECASE,
)
QT_UNUSED_DIRS = {
    "translations",
    "qml",
    "libexec",
    "metatypes",
    "include",
    "typesystems",
    "glue",
    "egldeviceintegrations",
    "generic",
    "wayland-graphics-integration-server",
}

# Libraries a desktop Linux may lack that Qt's xcb platform needs (not bundled: they must match
# the running X server's). The names are the same on Debian 12/13 and Ubuntu 22.04/24.04.
DEB_DEPENDS = [
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
]


def run(*cmd: str | Path, cwd: Path | None = None) -> None:
    subprocess.run([str(c) for c in cmd], check=True, cwd=cwd)


def arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}.get(
        machine, machine
    )


# --- freezing ----------------------------------------------------------------------------------
def freeze(command: str, target: Path | None) -> None:
    """cx_Freeze, run from a scratch folder so setuptools ignores the project's pyproject."""
    work = BUILD / "freeze"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    args = [sys.executable, str(PACKAGING / "freeze.py"), command]
    if target is not None:
        shutil.rmtree(target, ignore_errors=True)
        args += ["--build-exe", str(target)]
    run(*args, cwd=work)


def prune_qt(folder: Path) -> int:
    """Remove the unused Qt parts from a frozen folder; returns the bytes saved."""
    saved = 0
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if "PySide6" not in path.parts or (not path.exists() and not path.is_symlink()):
            continue
        unused_dir = path.is_dir() and path.name in QT_UNUSED_DIRS
        tool = path.suffix == ".exe" and path.parent.name == "PySide6"
        if unused_dir or tool or QT_UNUSED.search(path.name):
            if path.is_dir() and not path.is_symlink():
                saved += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
                shutil.rmtree(path)
            else:
                saved += path.lstat().st_size
                path.unlink()
    return saved


def collect_licences(folder: Path) -> None:
    """LICENSE, NOTICES.md and every bundled Python package's own licence files."""
    shutil.copy2(ROOT / "LICENSE", folder / "LICENSE.txt")
    shutil.copy2(ROOT / "NOTICES.md", folder / "NOTICES.md")
    target = folder / "licenses"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(RESOURCES / "licenses", target)
    shutil.copy2(RESOURCES / "fonts" / "OFL.txt", target / "OFL-1.1-Noto-fonts.txt")
    frozen = frozen_names(folder)
    for dist in sorted(runtime_distributions(), key=lambda d: d.metadata["Name"].lower()):
        if not top_level_names(dist) & frozen:
            continue  # a dependency the frozen program does not contain (the finder left it)
        name = f"{dist.metadata['Name']}-{dist.version}"
        for file in dist.files or []:
            if re.search(r"(licen[cs]e|copying|notice|authors)", file.name, re.IGNORECASE) or (
                "licenses" in file.parts
            ):
                source = Path(str(file.locate()))
                if source.is_file():
                    dest = target / name / file.name
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, dest)
        (target / name).mkdir(parents=True, exist_ok=True)
        license_name = dist.metadata.get("License-Expression") or dist.metadata.get("License")
        (target / name / "METADATA-LICENSE.txt").write_text(
            f"{dist.metadata['Name']} {dist.version}\nLicence: {license_name or 'see files'}\n"
        )


def frozen_names(folder: Path) -> set[str]:
    """The top-level module names in a frozen folder (files in lib/ and in library.zip)."""
    lib = next((p for p in folder.rglob("library.zip")), None)
    if lib is None:
        return set()
    names = {p.name.split(".")[0] for p in lib.parent.iterdir()}
    with zipfile.ZipFile(lib) as zf:
        names |= {n.split("/")[0].split(".")[0] for n in zf.namelist()}
    return names


def top_level_names(dist: metadata.Distribution) -> set[str]:
    names = set()
    for file in dist.files or []:
        first = file.parts[0]
        if not first.endswith((".dist-info", ".data")) and first not in ("..", "__pycache__"):
            names.add(first.split(".")[0])
    return names


def runtime_distributions() -> list[metadata.Distribution]:
    """Roundtable's installed dependencies, transitively, without the test or build extras."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [
        r for r in metadata.requires("roundtable") or [] if "extra ==" not in r.replace("'", '"')
    ]
    while todo:
        requirement = todo.pop()
        if ";" in requirement:
            requirement, marker = requirement.split(";", 1)
            from packaging.markers import Marker

            if not Marker(marker).evaluate({"extra": ""}):
                continue
        name = re.split(r"[\s<>=!~\[(]", requirement.strip(), maxsplit=1)[0]
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        todo += [r for r in dist.requires or [] if "extra ==" not in r.replace("'", '"')]
    return list(seen.values())


# --- Linux -------------------------------------------------------------------------------------
def check_linked(folder: Path) -> None:
    """Every bundled library still finds the Qt libraries it needs after pruning."""
    missing = []
    for path in folder.rglob("*.so*"):
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line and "Qt6" in line:
                missing.append(f"{path.relative_to(folder)}: {line.strip()}")
    if missing:
        raise SystemExit("pruned too much:\n" + "\n".join(missing))


def deb_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def build_deb(frozen: Path) -> Path:
    """/opt/roundtable, /usr/bin/roundtable, menu entry, hicolor icons, AppStream, licences."""
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    opt = root / "opt" / "roundtable"
    shutil.copytree(frozen, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/roundtable/roundtable", root / "usr" / "bin" / "roundtable")
    share = root / "usr" / "share"
    install(RESOURCES / "linux" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    install(
        RESOURCES / "linux" / f"{APP_ID}.metainfo.xml",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
    )
    icons = share / "icons" / "hicolor"
    for png in sorted((RESOURCES / "icons").glob("roundtable-*.png")):
        size = png.stem.split("-")[1]
        install(png, icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    install(RESOURCES / "icons" / "roundtable.svg", icons / "scalable" / "apps" / f"{APP_ID}.svg")
    doc = share / "doc" / "roundtable"
    install(ROOT / "NOTICES.md", doc / "NOTICES.md")
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Roundtable\n\n"
        "Files: *\nLicense: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3\n"
        " and in /opt/roundtable/LICENSE.txt.\n\n"
        "Files: opt/roundtable/lib/*\nLicense: various\n"
        " Third-party software: /usr/share/doc/roundtable/NOTICES.md and the licence texts\n"
        " in /opt/roundtable/licenses/.\n"
    )
    control = root / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    size_kib = sum(f.lstat().st_size for f in root.rglob("*") if f.is_file()) // 1024
    control.write_text(
        f"Package: roundtable\nVersion: {VERSION}\nArchitecture: {deb_arch()}\n"
        "Section: utils\nPriority: optional\n"
        "Maintainer: Roundtable maintainers <roundtable@localhost>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Description: offline-first, encrypted meeting records for civil-society coalitions\n"
        " Roundtable keeps an organisation's meeting minutes, decisions and follow-ups in an\n"
        " encrypted vault on the laptop, and exchanges signed, encrypted records with partner\n"
        " organisations by file. It works without a network connection.\n"
    )
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    out = DIST / f"roundtable_{VERSION}_{deb_arch()}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out)
    return out


def install(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, dest)


def build_tarball(frozen: Path) -> Path:
    out = DIST / f"roundtable-{VERSION}-linux-{arch()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(frozen, arcname=f"roundtable-{VERSION}")
    return out


def build_linux() -> list[Path]:
    frozen = DIST / "roundtable"
    with step("freeze"):
        freeze("build_exe", frozen)
    with step("prune Qt"):
        prune_qt(frozen)
        check_linked(frozen)
        collect_licences(frozen)
    made = [frozen]
    if shutil.which("dpkg-deb"):
        with step(".deb"):
            made.append(build_deb(frozen))
    else:
        print("note: dpkg-deb is not installed: no .deb made", file=sys.stderr)
    with step(".tar.gz"):
        made.append(build_tarball(frozen))
    return made


@contextlib.contextmanager
def step(name: str) -> Iterator[None]:
    started = time.monotonic()
    yield
    print(f"{name}: {time.monotonic() - started:.0f} s", file=sys.stderr)


# --- Windows (untested here: built and smoke-tested by .github/workflows/release.yml) ---------
def build_windows() -> list[Path]:
    frozen = DIST / "roundtable"
    freeze("build_exe", frozen)
    prune_qt(frozen)
    collect_licences(frozen)
    made: list[Path] = [frozen]
    portable = DIST / f"Roundtable-{VERSION}-windows-{arch()}-portable.zip"
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED) as zf:
        top = f"Roundtable-{VERSION}-portable"
        for path in sorted(frozen.rglob("*")):
            if path.is_file():
                zf.write(path, f"{top}/{path.relative_to(frozen).as_posix()}")
        # The portable copy keeps its settings in its own config\ folder (app/portable.py).
        zf.writestr(f"{top}/.portable", "")
    made.append(portable)
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("note: Inno Setup's iscc is not on PATH: no installer made", file=sys.stderr)
        return made
    run(
        iscc,
        f"/DAppVersion={VERSION}",
        f"/DSourceDir={frozen}",
        f"/DOutputDir={DIST}",
        f"/DRootDir={ROOT}",
        PACKAGING / "windows" / "roundtable.iss",
    )
    made.append(DIST / f"Roundtable-{VERSION}-windows-{arch()}-setup.exe")
    return made


# --- macOS (untested here: built and smoke-tested by .github/workflows/release.yml) -----------
def build_macos() -> list[Path]:
    freeze("bdist_mac", None)
    app = next((BUILD / "freeze" / "build").glob("*.app"))
    bundle = DIST / "Roundtable.app"
    shutil.rmtree(bundle, ignore_errors=True)
    shutil.copytree(app, bundle, symlinks=True)
    macos = bundle / "Contents" / "MacOS"
    prune_qt(macos)
    collect_licences(bundle / "Contents" / "Resources")
    # Ad-hoc signature: Apple Silicon refuses to run unsigned code at all. A Developer ID
    # signature and notarisation need the project's Apple account (docs/packaging.md).
    run("codesign", "--force", "--deep", "--sign", "-", bundle)
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(bundle, staging / "Roundtable.app", symlinks=True)
    os.symlink("/Applications", staging / "Applications")
    shutil.copy2(ROOT / "LICENSE", staging / "LICENSE.txt")
    shutil.copy2(ROOT / "NOTICES.md", staging / "NOTICES.md")
    dmg = DIST / f"Roundtable-{VERSION}-macos-{arch()}.dmg"
    dmg.unlink(missing_ok=True)
    run(
        "hdiutil", "create", "-volname", f"Roundtable {VERSION}", "-srcfolder", staging,
        "-fs", "HFS+", "-format", "UDZO", "-ov", dmg,
    )  # fmt: skip
    return [bundle, dmg]


def source_digest() -> str:
    """SHA-256 over everything a build is made from (code, assets, packaging, metadata)."""
    digest = hashlib.sha256()
    files = [ROOT / "pyproject.toml", ROOT / "LICENSE", ROOT / "NOTICES.md"]
    for folder in ("app", "resources", "packaging"):
        files += sorted(p for p in (ROOT / folder).rglob("*") if "__pycache__" not in p.parts)
    for path in files:
        if path.is_file():
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


# --- checksums and signature -------------------------------------------------------------------
def write_sums(files: list[Path], folder: Path = DIST) -> Path:
    """SHA256SUMS in the `sha256sum` format (`sha256sum -c`, `shasum -a 256 -c` read it)."""
    lines = []
    for path in sorted(files, key=lambda p: p.name):
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    out = folder / "SHA256SUMS"
    out.write_text("".join(lines), newline="\n")
    return out


def sign(sums: Path, key: Path, password: str | None) -> Path:
    """A minisign signature of SHA256SUMS with py-minisign (a dependency of the app already)."""
    import minisign

    secret = minisign.SecretKey.from_file(key)
    if secret.is_encrypted():
        secret.decrypt(password or "")
    signature = secret.sign(sums.read_bytes(), trusted_comment=f"Roundtable {VERSION} SHA256SUMS")
    secret.wipe()
    out = sums.with_name(sums.name + ".minisig")
    out.write_bytes(bytes(signature))
    return out


def human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def size_of(path: Path) -> int:
    if path.is_dir():
        return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file())
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sign",
        type=Path,
        default=os.environ.get("ROUNDTABLE_MINISIGN_KEY") or None,
        help="minisign secret key file (or $ROUNDTABLE_MINISIGN_KEY); its password, if any, "
        "from $ROUNDTABLE_MINISIGN_PASSWORD",
    )
    parser.add_argument(
        "--checksums",
        type=Path,
        metavar="DIR",
        help="build nothing: write DIR/SHA256SUMS over the files in DIR (and sign it with --sign)",
    )
    args = parser.parse_args(argv)
    password = os.environ.get("ROUNDTABLE_MINISIGN_PASSWORD")
    if args.checksums is not None:
        files = [
            p for p in sorted(args.checksums.iterdir()) if p.is_file() and p.name != "SHA256SUMS"
        ]
        sums = write_sums([p for p in files if not p.name.startswith("SHA256SUMS")], args.checksums)
        print(sums)
        if args.sign is not None:
            print(sign(sums, args.sign, password))
        return 0
    started = time.monotonic()
    digest = source_digest()
    STAMP.unlink(missing_ok=True)
    DIST.mkdir(exist_ok=True)
    if sys.platform.startswith("linux"):
        made = build_linux()
    elif sys.platform == "win32":
        made = build_windows()
    elif sys.platform == "darwin":
        made = build_macos()
    else:
        raise SystemExit(f"no packaging for {sys.platform}")
    downloads = [p for p in made if p.is_file()]
    made.append(write_sums(downloads))
    if args.sign is not None:
        made.append(sign(made[-1], args.sign, password))
    for path in made:
        kind = "folder" if path.is_dir() else "file"
        print(f"{human(size_of(path)):>10}  {kind:6}  {path}")
    print(f"built in {time.monotonic() - started:.0f} s")
    STAMP.write_text(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
