"""Small catalogues built on the fly, so the machinery is tested whatever is translated yet."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest


def lrelease_tool(name: str = "lrelease") -> str:
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def build_catalogue(qm: Path, messages: dict[tuple[str, str], str]) -> Path:
    """Compile {(context, source): translation} into `qm`."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in messages.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{escape(c)}</name>{''.join(m)}</context>" for c, m in contexts.items()
    )
    ts = qm.with_suffix(".ts")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="km">{body}</TS>',
        encoding="utf-8",
    )
    subprocess.run([lrelease_tool(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
