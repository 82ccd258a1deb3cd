from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import kdf
from app.demo import fill_demo_vault
from app.domain.records import Meeting, Series
from app.domain.values import RedactionPolicy
from app.reports import meeting_csv, series_actions_csv
from app.reports.csv_export import safe_cell, to_csv
from app.vault import create_vault
from tests.conftest import PASSPHRASE
from tests.reports.conftest import meeting_by_title, series_id


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets then read UTF-8, Khmer intact
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_participants_csv_lists_people_with_their_days(demo) -> None:
    meeting = meeting_by_title(demo, "February 2025")
    rows = _rows(meeting_csv(demo.store, meeting.id, "participants", RedactionPolicy.FULL))
    assert len(rows) == 21
    khmer = next(r for r in rows if r["Organisation"] == "សមាគមខ្មែរក្រោមដើម្បីសិទ្ធិមនុស្ស")
    assert khmer["Name"] == "ថាច់ សុផល (Thach Sophal)"
    assert khmer["Dates attended"] == "2025-02-23; 2025-02-24; 2025-02-25"
    assert khmer["Contact"].startswith("Signal +855")
    assert (khmer["Job title"], khmer["Role in the meeting"]) == ("President", "participant")
    partners = _rows(meeting_csv(demo.store, meeting.id, "participants", RedactionPolicy.PARTNERS))
    assert "Contact" not in partners[0]


def test_actions_csv_of_a_series(demo) -> None:
    rows = _rows(series_actions_csv(demo.store, series_id(demo), RedactionPolicy.PARTNERS))
    assert len(rows) == 12
    khmer = next(r for r in rows if r["Action"] == "ប្រមូលករណីរំលោភសិទ្ធិសហជីព")
    assert khmer["Status"] == "Open"
    assert khmer["Raised at"] == "NGO Leaders' Meeting on Cambodia — June 2025"
    assert khmer["Followed up at"] == "NGO Leaders' Meeting on Cambodia — March 2026"
    assert khmer["Owner"] == "Pov Rathana (CGWU)"


def test_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("-5 points") == "'-5 points"
    assert safe_cell("plain, with comma") == "plain, with comma"
    data = to_csv(("a", "b"), [("=1+1", 'quote " and\nnewline')])
    assert _rows(data) == [{"a": "'=1+1", "b": 'quote " and\nnewline'}]


@pytest.fixture(scope="module")
def closed_demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("cli") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(kdf.UNSAFE_TEST_ENV, "1")
        created = create_vault(folder, "Test Coalition", PASSPHRASE, params=kdf.INSECURE_TEST)
    vault = created.vault
    fill_demo_vault(vault)
    ids = {
        "vault": str(folder),
        "meeting": next(m.id for m in vault.store.select(Meeting) if "pre-session" in m.title),
        "series": vault.store.select(Series)[0].id,
        "june": next(m.id for m in vault.store.select(Meeting) if "June 2025" in m.title),
    }
    vault.close()
    return ids


@pytest.fixture
def cli(closed_demo, monkeypatch):
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> int:
        return main(["report", "--vault", closed_demo["vault"], *args])

    return run


def test_cli_writes_each_format_with_the_chosen_redaction(cli, closed_demo, tmp_path) -> None:
    for suffix, magic in ((".md", b"*Narrative"), (".html", b"<!DOCTYPE"), (".pdf", b"%PDF")):
        out = tmp_path / f"r{suffix}"
        assert cli("--meeting", closed_demo["meeting"], "-o", str(out)) == 0
        assert out.read_bytes().startswith(magic)
        assert out.stat().st_mode & 0o077 == 0  # written private, like everything we write
    out = tmp_path / "report.odt"
    assert cli("--meeting", closed_demo["meeting"], "--format", "odt", "-o", str(out)) == 0
    assert out.read_bytes()[:2] == b"PK"
    full = tmp_path / "full.md"
    assert cli("--meeting", closed_demo["meeting"], "--redact", "full", "-o", str(full)) == 0
    assert "Signal +855" in full.read_text(encoding="utf-8")
    assert "Signal +855" not in (tmp_path / "r.md").read_text(encoding="utf-8")  # partners


def test_cli_series_report_and_csv(cli, closed_demo, tmp_path) -> None:
    out = tmp_path / "series.md"
    assert cli("--series", closed_demo["series"], "-o", str(out)) == 0
    assert "Action items by meeting" in out.read_text(encoding="utf-8")
    table = tmp_path / "actions.csv"
    assert cli("--series", closed_demo["series"], "--csv", "actions", "-o", str(table)) == 0
    assert len(_rows(table.read_bytes())) == 12
    by_meeting = tmp_path / "by-meeting.csv"
    june = closed_demo["june"]  # any meeting of the series names the series
    assert cli("--series", june, "--csv", "actions", "-o", str(by_meeting)) == 0
    assert by_meeting.read_bytes() == table.read_bytes()
    assert cli("--series", closed_demo["meeting"], "-o", str(tmp_path / "x.md")) == 1
    people = tmp_path / "people.csv"
    args = ("--meeting", closed_demo["meeting"], "--csv", "participants", "--redact", "public")
    assert cli(*args, "-o", str(people)) == 0
    assert "Name" not in _rows(people.read_bytes())[0]


def test_cli_usage_errors_and_failures(cli, closed_demo, tmp_path, capsys) -> None:
    m = closed_demo["meeting"]
    with pytest.raises(SystemExit) as usage:
        cli("--meeting", m, "-o", str(tmp_path / "report.rtf"))  # no format to infer
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        cli("--series", closed_demo["series"], "--csv", "participants", "-o", str(tmp_path / "p"))
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        cli("--meeting", m, "--format", "pdf", "--csv", "actions", "-o", str(tmp_path / "x"))
    assert usage.value.code == 2
    capsys.readouterr()
    assert cli("--meeting", "no-such-meeting", "-o", str(tmp_path / "x.md")) == 1
    assert "not found" in capsys.readouterr().err
    assert not (tmp_path / "x.md").exists()
    missing = tmp_path / "no-folder" / "x.md"
    assert cli("--meeting", m, "-o", str(missing)) == 1
    assert not missing.parent.exists()


def test_report_help_documents_the_flags(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = capsys.readouterr().out
    for flag in ("--meeting", "--series", "--format", "--csv", "--redact", "-o FILE"):
        assert flag in text
    assert "partners" in text and "public" in text


def test_cli_output_path_is_a_folder(cli, closed_demo, tmp_path: Path) -> None:
    assert cli("--meeting", closed_demo["meeting"], "--format", "md", "-o", str(tmp_path)) == 1


def test_report_command_runs_headless_and_leaves_nothing_behind(closed_demo, tmp_path) -> None:
    """A fresh process, no display, no Qt platform set: the command makes its own offscreen
    QGuiApplication, and nothing but the report lands on disk (no temp or cache files)."""
    import os
    import subprocess
    import sys

    dirs = {name: tmp_path / name for name in ("tmp", "cache", "config", "home", "out")}
    for d in dirs.values():
        d.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(
        ROUNDTABLE_PASSPHRASE=PASSPHRASE,
        TMPDIR=str(dirs["tmp"]),
        XDG_CACHE_HOME=str(dirs["cache"]),
        XDG_CONFIG_HOME=str(dirs["config"]),
        HOME=str(dirs["home"]),
        PYTHONDONTWRITEBYTECODE="1",
    )
    out = dirs["out"] / "report.pdf"
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "report",
            "--vault",
            closed_demo["vault"],
            "--meeting",
            closed_demo["meeting"],
            "-o",
            str(out),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF")
    left = [p for name in ("tmp", "cache", "config", "home") for p in dirs[name].rglob("*")]
    assert left == []
    assert [p.name for p in dirs["out"].iterdir()] == ["report.pdf"]


def test_shipped_fonts_and_licence_are_package_data() -> None:
    from app.reports.fonts import FONT_FILES, font_bytes

    for name in FONT_FILES:
        assert font_bytes(name)[:4] in (b"\x00\x01\x00\x00", b"true")  # TrueType
    licence = font_bytes("OFL.txt").decode("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_cli_writes_docx(cli, closed_demo, tmp_path) -> None:
    out = tmp_path / "report.docx"
    assert cli("--meeting", closed_demo["meeting"], "--format", "docx", "-o", str(out)) == 0
    from docx import Document as read_docx

    word = read_docx(io.BytesIO(out.read_bytes()))
    assert any(p.style.name == "Heading 1" for p in word.paragraphs)
    by_suffix = tmp_path / "again.docx"
    assert cli("--meeting", closed_demo["meeting"], "-o", str(by_suffix)) == 0
    assert by_suffix.read_bytes()[:2] == b"PK"
