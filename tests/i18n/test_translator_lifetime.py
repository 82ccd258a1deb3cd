"""No QTranslator is ever destroyed while the app runs.

A QTranslator's destructor takes Qt's translator lock for writing; Qt holds it for reading while
it calls the app's Python translator (`app.ui.language.Catalogues.translate`). A translator freed
in between — by the garbage collector running inside that call, or by the report worker while
it holds the GIL the GUI thread waits for — deadlocked the test suite (seen as a hung run)."""

from __future__ import annotations

from app.reports.language import ReportLanguage
from app.ui import language


def test_a_language_switch_reuses_the_loaded_catalogues(qapp) -> None:
    first = language.load_catalogues("km")
    assert first, "the Khmer catalogues are built"
    again = language.load_catalogues("km")
    assert [id(t) for t in again] == [id(t) for t in first]


def test_reports_share_one_translator_per_language() -> None:
    one, two = ReportLanguage("km"), ReportLanguage("km")
    one.translate("ReportWords", "Participants")
    two.translate("ReportWords", "Participants")
    assert one._translator is two._translator


def test_a_replaced_app_translator_is_kept_alive(qapp) -> None:
    before = language.installed()
    replacement = language.Catalogues()
    try:
        language.install(qapp, "en", replacement)
        if before is not None:
            assert any(t is before for t in language._retired)
        language.uninstall(qapp)
        assert any(t is replacement for t in language._retired)
    finally:
        if before is not None:
            language.install(qapp, before.language, before)
