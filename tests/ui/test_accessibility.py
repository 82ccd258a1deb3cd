"""Accessibility (issue 16): every screen, tab and dialog (the pseudo-locale test's walk) is
driven offscreen, in English and Khmer, with a light and a dark palette. It fails on any
focusable control a screen reader cannot name and on any text under 4.5:1 against its
background."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.ui import language
from app.ui.colours import dark_palette
from tests.i18n.test_pseudo_locale import Checker, _drive_everything, _window
from tests.ui.a11y_walk import all_windows, low_contrast, unnamed


class A11yChecker(Checker):
    def check(self, what: str) -> None:
        self.idle()
        found: list[str] = []
        for top in all_windows():
            found += [f"no accessible name: {w}" for w in unnamed(top)]
            found += [f"contrast: {c}" for c in low_contrast(top)]
        if found:
            self.problems[what] = sorted(set(found))  # type: ignore[assignment]

    def report(self) -> str:
        lines = []
        for what, items in self.problems.items():
            lines.append(f"{what}:")
            lines += [f"    {item}" for item in items]
        return "\n".join(lines)


def _drive_new_dialogs(qtbot, window, checker: A11yChecker) -> None:
    """What this issue added: the keyboard shortcuts sheet and the report's print preview."""
    sheet = window.show_shortcuts()
    checker.check("keyboard shortcuts sheet")
    sheet.reject()
    report = window.shell.report
    report.print_report()
    qtbot.waitUntil(lambda: report.print_preview is not None, timeout=20_000)
    checker.check("print preview")
    report.print_preview.reject()
    QApplication.processEvents()


@pytest.fixture
def palette_and_language(request, qapp) -> Iterator[tuple[str, str]]:
    palette, lang = request.param
    original = qapp.palette()
    if palette == "dark":
        qapp.setPalette(dark_palette())
    language.install(qapp, lang)
    yield palette, lang
    language.uninstall(qapp)
    qapp.setPalette(original)


# Names depend on the language, colours on the palette: each of the four is walked once.
@pytest.mark.parametrize(
    "palette_and_language", [("light", "en"), ("dark", "km")], indirect=True, ids=str
)
def test_every_control_is_named_and_every_text_readable(
    qtbot, qapp, palette_and_language, demo_vault, vault_dir, tmp_path
) -> None:
    palette, lang = palette_and_language
    demo_vault.close()
    window = _window(qtbot, tmp_path)
    checker = A11yChecker(qtbot, window, vault_dir)
    try:
        _drive_everything(qtbot, window, vault_dir, checker)
        _drive_new_dialogs(qtbot, window, checker)
    finally:
        window.lock()
        window.ops.shutdown()
        QApplication.processEvents()
    checker.problems.pop("Qt standard buttons", None)  # the pseudo-locale's own check
    assert not checker.problems, f"{lang}, {palette} palette:\n" + checker.report()
