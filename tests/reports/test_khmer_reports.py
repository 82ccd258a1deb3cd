"""Reports in a language of their own: Khmer words, Khmer digits, Khmer (lunar) dates."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import kdf
from app.demo import fill_demo_vault
from app.domain import khmer_calendar
from app.domain.records import Meeting, Series
from app.domain.values import RedactionPolicy
from app.reports import (
    ReportLanguage,
    meeting_csv,
    meeting_document,
    render,
    series_actions_csv,
    series_document,
)
from app.vault import create_vault
from tests.conftest import PASSPHRASE
from tests.reports.conftest import PREPARED, meeting_by_title, pdf_text, series_id

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "reports_km.ts"
KM = ReportLanguage("km")
LUNAR = ReportLanguage("km", lunar_dates=True)
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


def _messages() -> list[tuple[str, str, str]]:
    """(context, English source, Khmer translation) of every message of the catalogue."""
    out = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation.text or ""))
    return out


def _fixed_english_words() -> set[str]:
    """Every English word of the report wording that its Khmer translation does not keep
    (units such as KB stay as they are)."""
    words: set[str] = set()
    for _, source, khmer in _messages():
        plain = re.sub(r"\{[^}]*\}", " ", source)
        kept = set(_ASCII_WORD.findall(re.sub(r"\{[^}]*\}", " ", khmer)))
        words |= {w for w in _ASCII_WORD.findall(plain) if w not in kept}
    return words


def _record_words(vault) -> set[str]:
    """Every word of every record in the vault: data stays in the language it was written in."""
    words: set[str] = set()
    for table in vault.store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
    ).fetchall():
        for row in vault.store.conn.execute(f'SELECT * FROM "{table[0]}"'):
            for value in row:
                if isinstance(value, str):
                    words |= set(_ASCII_WORD.findall(value))
    return words


# --- the catalogue -----------------------------------------------------------------------------
def test_the_catalogue_is_complete_and_up_to_date(tmp_path) -> None:
    """lupdate finds exactly the catalogue's messages in app/reports, and all are finished."""
    messages = _messages()
    assert len(messages) > 150
    assert [m for m in messages if not m[2].strip()] == []
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "reports").glob("*.py"))
    subprocess.run(
        [str(lupdate), "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    assert found == {(c, s) for c, s, _ in messages}


def test_placeholders_survive_translation() -> None:
    for context, source, khmer in _messages():
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", khmer)), (
            context,
            source,
        )


def test_month_names_are_those_cambodians_write() -> None:
    months = [KM.month(dt.date(2025, m, 1)) for m in range(1, 13)]
    assert tuple(months) == khmer_calendar.SOLAR_MONTHS


def test_dates_and_numbers_in_a_khmer_report() -> None:
    assert KM.long_date(dt.date(2025, 2, 23)) == "ថ្ងៃទី២៣ ខែកុម្ភៈ ឆ្នាំ២០២៥"
    assert KM.short_date(dt.date(2025, 9, 30)) == "៣០ កញ្ញា ២០២៥"
    assert KM.period(dt.date(2025, 2, 23), dt.date(2025, 2, 25)) == "ថ្ងៃទី២៣–២៥ ខែកុម្ភៈ ឆ្នាំ២០២៥"
    assert (
        KM.period(dt.date(2025, 6, 30), dt.date(2025, 7, 2))
        == "ថ្ងៃទី៣០ ខែមិថុនា ដល់ថ្ងៃទី២ ខែកក្កដា ឆ្នាំ២០២៥"
    )
    western = ReportLanguage("km", khmer_digits=False)
    assert western.long_date(dt.date(2025, 2, 23)) == "ថ្ងៃទី23 ខែកុម្ភៈ ឆ្នាំ2025"
    assert KM.percent(59) == "៥៩%"
    assert LUNAR.lunar(dt.date(2019, 5, 18)) == "ថ្ងៃសៅរ៍ ១៥កើត ខែពិសាខ ឆ្នាំកុរ ឯកស័ក ព.ស.២៥៦២"
    assert KM.lunar(dt.date(2019, 5, 18)) == ""  # only on request
    english = ReportLanguage()
    assert english.long_date(dt.date(2025, 2, 23)) == "23 February 2025"
    assert english.translate("ReportNarrative", "Activities") == "Activities"


def test_an_unknown_language_is_refused() -> None:
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput):
        ReportLanguage("fr")


# --- documents ---------------------------------------------------------------------------------
@pytest.mark.parametrize("fragment", ["pre-session", "February 2025", "March 2026", "December"])
@pytest.mark.parametrize("policy", list(RedactionPolicy))
def test_no_english_fixed_word_remains_in_a_khmer_report(demo, fragment, policy) -> None:
    fixed = _fixed_english_words()
    data = _record_words(demo)
    meeting = meeting_by_title(demo, fragment)
    english = render(
        meeting_document(demo.store, meeting.id, policy, prepared_on=PREPARED), "md"
    ).decode()
    khmer = render(
        meeting_document(demo.store, meeting.id, policy, prepared_on=PREPARED, lang=LUNAR), "md"
    ).decode()
    left = set(_ASCII_WORD.findall(khmer)) & fixed - data
    assert left == set()
    # The check has teeth: the English report shows fixed words that no record contains.
    assert len(set(_ASCII_WORD.findall(english)) & fixed - data) >= 5


def test_no_english_fixed_word_remains_in_a_khmer_series_report(demo) -> None:
    doc = series_document(demo.store, series_id(demo), prepared_on=PREPARED, lang=LUNAR)
    text = render(doc, "md").decode()
    assert set(_ASCII_WORD.findall(text)) & _fixed_english_words() - _record_words(demo) == set()
    assert "ស្ថានភាពនៃចំណុចសកម្មភាព" in text
    assert "(ហួសកាលកំណត់)" in text
    assert "បានហួសកាលកំណត់។" in text


def test_khmer_report_reads_as_cambodian_reports_do(demo) -> None:
    meeting = meeting_by_title(demo, "pre-session")
    doc = meeting_document(demo.store, meeting.id, prepared_on=PREPARED, lang=KM)
    facts = dict(doc.facts)
    assert facts["រយៈពេលគម្រោង"] == ["ថ្ងៃទី១២–១៤ ខែវិច្ឆិកា ឆ្នាំ២០២៥"]
    assert facts["កាលបរិច្ឆេទរៀបចំរបាយការណ៍"] == ["ថ្ងៃទី២២ ខែវិច្ឆិកា ឆ្នាំ២០២៦"]
    assert doc.numbered_titles()[:2] == ["១. សកម្មភាព", "២. គោលបំណងទូទៅ"]
    text = doc.all_text()
    assert "មានអ្នកចូលរួមកិច្ចប្រជុំសរុបចំនួន ១៧ នាក់ (ស្ត្រី ៥៩%, បុរស ៣៥%" in text
    assert "បានរៀបចំកិច្ចប្រជុំរយៈពេល ៣ ថ្ងៃ" in text
    # Record text stays as written, digits included.
    assert "Eleven thematic factsheets were handed to 12 diplomatic missions." in text


def test_lunar_dates_on_request(demo) -> None:
    meeting = meeting_by_title(demo, "pre-session")  # 12-14 November 2025
    doc = meeting_document(demo.store, meeting.id, prepared_on=PREPARED, lang=LUNAR)
    facts = dict(doc.facts)
    assert facts["កាលបរិច្ឆេទរៀបចំរបាយការណ៍"] == [
        "ថ្ងៃអាទិត្យ ១៣កើត ខែកត្ដិក ឆ្នាំមមី អដ្ឋស័ក ព.ស.២៥៧០",
        "ថ្ងៃទី២២ ខែវិច្ឆិកា ឆ្នាំ២០២៦",
    ]
    period = facts["រយៈពេលគម្រោង"]
    assert period[1] == "ចាប់ពី ថ្ងៃពុធ ៧រោច ខែកត្ដិក ឆ្នាំម្សាញ់ សប្តស័ក ព.ស.២៥៦៩"
    assert period[2] == "ដល់ ថ្ងៃសុក្រ ៩រោច ខែកត្ដិក ឆ្នាំម្សាញ់ សប្តស័ក ព.ស.២៥៦៩"
    assert "ថ្ងៃព្រហស្បតិ៍ ៨រោច ខែកត្ដិក" in doc.all_text()  # the second day's heading note


def test_khmer_csv_headers_and_words(demo) -> None:
    meeting = meeting_by_title(demo, "February 2025")
    data = meeting_csv(demo.store, meeting.id, "participants", RedactionPolicy.FULL, KM)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == [
        "ឈ្មោះ",
        "ស្ថាប័ន",
        "ប្រភេទស្ថាប័ន",
        "មុខតំណែង",
        "តួនាទីក្នុងកិច្ចប្រជុំ",
        "ភេទ",
        "ថ្ងៃបានចូលរួម",
        "ទំនាក់ទំនង",
    ]
    assert {r["ភេទ"] for r in rows} <= {"ស្រី", "ប្រុស", "ភេទមិនមែនគោលពីរ", "មិនចង់បញ្ជាក់", ""}
    assert rows[0]["ថ្ងៃបានចូលរួម"].startswith("2025-02-2")  # dates stay as spreadsheets read
    actions = series_actions_csv(demo.store, series_id(demo), RedactionPolicy.PARTNERS, KM)
    header = actions.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("សកម្មភាព,អ្នកទទួលខុសត្រូវ,ថ្ងៃផុតកំណត់,ស្ថានភាព")


def test_english_reports_load_no_catalogue(demo, monkeypatch) -> None:
    import app.reports.language as language

    def refuse(code: str) -> bytes:
        raise AssertionError(code)

    monkeypatch.setattr(language, "_catalogue", refuse)
    meeting = meeting_by_title(demo, "February 2025")
    assert "Narrative report" in render(meeting_document(demo.store, meeting.id), "md").decode()


# --- the command line, end to end ---------------------------------------------------------------
@pytest.fixture(scope="module")
def closed_demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("cli-km") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(kdf.UNSAFE_TEST_ENV, "1")
        created = create_vault(folder, "Test Coalition", PASSPHRASE, params=kdf.INSECURE_TEST)
    vault = created.vault
    fill_demo_vault(vault)
    ids = {
        "vault": str(folder),
        "meeting": next(m.id for m in vault.store.select(Meeting) if "pre-session" in m.title),
        "series": vault.store.select(Series)[0].id,
    }
    vault.close()
    return ids


@pytest.fixture
def cli(closed_demo, monkeypatch):
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> int:
        return main(["report", "--vault", closed_demo["vault"], *args])

    return run


def test_cli_report_in_khmer_md_html_pdf(cli, closed_demo, tmp_path) -> None:
    m = closed_demo["meeting"]
    md, html, pdf = (tmp_path / f"km.{s}" for s in ("md", "html", "pdf"))
    assert cli("--meeting", m, "--lang", "km", "-o", str(md)) == 0
    text = md.read_text(encoding="utf-8")
    assert text.startswith("*របាយការណ៍បរិយាយ*")
    assert "## ១. សកម្មភាព" in text
    assert "**ការចែកចាយ៖** សម្រាប់ដៃគូ" in text
    assert "Narrative report" not in text and "Activities" not in text
    assert cli("--meeting", m, "--lang", "km", "--lunar-date", "-o", str(html)) == 0
    page = html.read_text(encoding="utf-8")
    assert '<html lang="km">' in page
    assert "ព.ស.២៥៧" in page  # the day the report was prepared, BE 2570 or later
    assert "<h2>៨. ការចូលរួម និងតុល្យភាពយេនឌ័រ</h2>" in page
    assert cli("--meeting", m, "--lang", "km", "-o", str(pdf)) == 0
    extracted = pdf_text(pdf.read_bytes(), tmp_path)
    assert "សេចក្តីសង្ខេបនៃកិច្ចពិភាក្សា" in extracted
    assert "ទំព័រ ១ នៃ" in extracted
    assert "Page 1 of" not in extracted and "Summary of discussion" not in extracted


def test_cli_khmer_report_with_western_digits_and_english_default(cli, closed_demo, tmp_path):
    m = closed_demo["meeting"]
    western = tmp_path / "western.md"
    assert cli("--meeting", m, "--lang", "km", "--no-khmer-digits", "-o", str(western)) == 0
    text = western.read_text(encoding="utf-8")
    assert "ថ្ងៃទី12–14 ខែវិច្ឆិកា ឆ្នាំ2025" in text and "## I. សកម្មភាព" in text
    english = tmp_path / "english.md"
    assert cli("--meeting", m, "-o", str(english)) == 0  # English unless asked
    assert english.read_text(encoding="utf-8").startswith("*Narrative report*")
    series = tmp_path / "series.md"
    assert cli("--series", closed_demo["series"], "--lang", "km", "-o", str(series)) == 0
    assert "ចំណុចសកម្មភាពតាមកិច្ចប្រជុំនីមួយៗ" in series.read_text(encoding="utf-8")


def test_cli_refuses_an_unknown_language(cli, closed_demo, tmp_path) -> None:
    with pytest.raises(SystemExit) as usage:
        cli("--meeting", closed_demo["meeting"], "--lang", "fr", "-o", str(tmp_path / "x.md"))
    assert usage.value.code == 2


def test_khmer_odt_sets_khmer_in_the_complex_script_font(demo) -> None:
    import zipfile

    meeting = meeting_by_title(demo, "February 2025")
    data = render(meeting_document(demo.store, meeting.id, lang=KM), "odt")
    with zipfile.ZipFile(io.BytesIO(data)) as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert "សេចក្តីសង្ខេបនៃកិច្ចពិភាក្សា" in content
    assert "Noto Sans Khmer" in content


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_khmer_series_pdf(demo, tmp_path) -> None:
    doc = series_document(demo.store, series_id(demo), prepared_on=PREPARED, lang=KM)
    text = pdf_text(render(doc, "pdf"), tmp_path)
    assert "របាយការណ៍ស៊េរីកិច្ចប្រជុំ" in text
    assert "Page" not in text


def test_the_command_lines_own_language_is_the_default() -> None:
    from app.cli.report_cmds import _cli_language

    assert _cli_language("km_KH") == "km"
    assert _cli_language("en") == "en"
    assert _cli_language("fr") == "en"  # no French reports: English rather than an error
    assert _cli_language(None) == "en"
