"""Control and bidi-override characters from a partner's records never reach a reader: not in
a report file (`cat report.md` drives the terminal), a spreadsheet, nor the command line.
Khmer, which needs ZWSP, ZWNJ and ZWJ, stays intact (issue 8, "Hostile text")."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import kdf
from app.demo import fill_demo_vault
from app.domain.display_text import for_display
from app.domain.records import ActionItem, Meeting, MinuteEntry, Organisation, Person
from app.storage.meetings import load_meeting
from app.vault import create_vault
from tests.conftest import PASSPHRASE

KHMER = "ខ្មែរ\u200bភាសា\u200cក\u200dខ"  # word break, non-joiner, joiner: all legitimate
HOSTILE = "Org\x1b]0;owned\x07\x1b[2J\x9b31m\u202etxt.exe\u2066x\u2069\x00 " + KHMER
FORBIDDEN = ["\x1b", "\x07", "\x9b", "\x00", "\u202e", "\u2066", "\u2069"]


def assert_clean(text: str) -> None:
    for ch in FORBIDDEN:
        assert ch not in text, f"U+{ord(ch):04X} reached the output"


def test_for_display_strips_what_acts_and_keeps_what_khmer_needs() -> None:
    assert for_display("a\x1b[2Jb\x07c") == "a\ufffd[2Jb\ufffdc"
    assert for_display("\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069") == (
        "abcdefgh"
    )
    assert for_display("\x85\x9b\x7f\ud800") == "\ufffd" * 4
    assert for_display(KHMER) == KHMER
    assert for_display("עברית\u200f (1)\u200e") == "עברית\u200f (1)\u200e"  # marks are kept
    assert for_display("one\r\ntwo\tthree") == "one\ntwo\tthree"
    assert for_display("one\r\ntwo\tthree\u2028", one_line=True) == "one two three "


def test_for_display_fast_path_changes_nothing() -> None:
    """Printable text is returned without the substitutions: they touch no printable code
    point (every one of them tried), so the result is the same as theirs."""
    from app.domain import display_text

    def slow(text: str, one_line: bool) -> str:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = display_text._BIDI.sub("", display_text._CONTROLS.sub("\ufffd", text))
        return display_text._LINE_BREAKS.sub(" ", text) if one_line else text

    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable())
    assert len(printable) > 100_000
    for one_line in (False, True):
        assert slow(printable, one_line) == printable
        assert for_display(printable, one_line=one_line) == printable
    assert for_display("a\u202eb") == "ab"  # not printable: the substitutions run


@pytest.fixture(scope="module")
def hostile_vault(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("hostile") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(kdf.UNSAFE_TEST_ENV, "1")
        created = create_vault(folder, "Test Coalition", PASSPHRASE, params=kdf.INSECURE_TEST)
    vault = created.vault
    fill_demo_vault(vault)
    store = vault.store
    meeting = next(m for m in store.select(Meeting) if "pre-session" in m.title)
    detail = load_meeting(store, meeting.id)
    attendee = detail.sessions[0].attendees[0]
    store.update(meeting, title="Meeting " + HOSTILE, location_city="City " + HOSTILE)
    store.update(store.get(Person, attendee.person.id), name="Person " + HOSTILE)
    if attendee.organisation is not None:
        store.update(store.get(Organisation, attendee.organisation.id), name=HOSTILE)
    entry = next(e for e in store.select(MinuteEntry) if e.meeting_id == meeting.id)
    store.update(entry, text="Said " + HOSTILE, confidential=False)
    action = store.select(ActionItem)[0]
    store.update(action, text="Do " + HOSTILE, origin_meeting_id=meeting.id)
    vault.close()
    return {"vault": str(folder), "meeting": meeting.id, "series": meeting.series_id}


@pytest.fixture
def cli(hostile_vault, monkeypatch):
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> int:
        return main([*args, "--vault", hostile_vault["vault"]])

    return run


def test_reports_carry_no_control_or_bidi_characters(cli, hostile_vault, tmp_path) -> None:
    meeting = hostile_vault["meeting"]
    for suffix in ("md", "html"):
        out = tmp_path / f"report.{suffix}"
        assert cli("report", "--meeting", meeting, "--redact", "full", "-o", str(out)) == 0
        text = out.read_text(encoding="utf-8")  # what `cat report.md` sends to the terminal
        assert "Person Org" in text and "txt.exe" in text and KHMER in text
        assert_clean(text)
    odt = tmp_path / "report.odt"
    assert cli("report", "--meeting", meeting, "--redact", "full", "-o", str(odt)) == 0
    with zipfile.ZipFile(odt) as z:
        content = z.read("content.xml").decode("utf-8")
    assert "txt.exe" in content and KHMER in content
    assert_clean(content)
    if hostile_vault["series"]:
        series = tmp_path / "series.md"
        assert cli("report", "--series", meeting, "--redact", "full", "-o", str(series)) == 0
        assert_clean(series.read_text(encoding="utf-8"))


def test_spreadsheets_carry_no_control_or_bidi_characters(cli, hostile_vault, tmp_path) -> None:
    meeting = hostile_vault["meeting"]
    for kind in ("participants", "actions"):
        out = tmp_path / f"{kind}.csv"
        args = ("report", "--meeting", meeting, "--csv", kind, "--redact", "full")
        assert cli(*args, "-o", str(out)) == 0
        text = out.read_bytes().decode("utf-8-sig")
        assert "txt.exe" in text and KHMER in text
        assert_clean(text)


def test_the_command_line_prints_no_control_or_bidi_characters(cli, capsys) -> None:
    for command in (["meetings"], ["actions"], ["search", "txt.exe"]):
        assert cli(*command) == 0
        out = capsys.readouterr().out
        assert "txt.exe" in out and KHMER in out
        assert_clean(out)
    for command in (["meetings", "--json"], ["actions", "--json"]):
        assert cli(*command) == 0
        out = capsys.readouterr().out
        assert_clean(out)
        data = json.loads(out)  # scripts still get the exact text, escaped
        assert any(HOSTILE in str(v) for row in data for v in row.values())


def test_every_renderer_cleans_the_document_it_is_given(tmp_path: Path) -> None:
    from app.reports.markdown import render_markdown
    from app.reports.model import Document, Paragraph, Section, plain

    doc = Document(kicker="K", title="T\x1b[1m", sections=[Section("S", [Paragraph(plain("a"))])])
    text = render_markdown(doc)
    assert "\x1b" not in text and "T\ufffd\\[1m" in text
