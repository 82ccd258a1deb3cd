from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from app.domain.records import Meeting
from app.domain.values import RedactionPolicy
from app.ui.ops import Ops
from app.ui.reports.report_view import ReportView
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.reports.conftest import pdf_text


@pytest.fixture
def view(qtbot, demo_vault, vault_dir):
    meeting = next(m for m in demo_vault.store.select(Meeting) if "March 2026" in m.title)
    demo_vault.close()
    ops = Ops()
    ops.open(lambda: open_vault(vault_dir, PASSPHRASE))
    widget = ReportView(ops)
    qtbot.addWidget(widget)
    widget.show()
    widget.on_vault_opened()
    yield widget, meeting.id
    ops.shutdown()


def _text(widget: ReportView) -> str:
    return widget.preview.toPlainText()


def test_preview_follows_meeting_and_redaction_policy(qtbot, view) -> None:
    widget, meeting_id = view
    assert not widget.isEnabled()
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.show_meeting(meeting_id)
    assert widget.current_policy is RedactionPolicy.FULL  # an internal meeting
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.set_policy(RedactionPolicy.PARTNERS)
    assert "NGO Leaders' Meeting on Cambodia — March 2026" in _text(widget)
    assert "Heng Vanna" in _text(widget)
    assert "Two phones of youth members" not in _text(widget)  # confidential
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.set_policy(RedactionPolicy.PUBLIC)
    assert "Heng Vanna" not in _text(widget)
    assert "21 people took part in the meeting" in _text(widget)
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.set_policy(RedactionPolicy.FULL)
    assert "Two phones of youth members" in _text(widget)


def test_export_runs_on_the_worker_and_writes_the_file(qtbot, view, tmp_path, monkeypatch) -> None:
    widget, meeting_id = view
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.show_meeting(meeting_id)
    import app.reports as reports

    threads: list[int] = []
    real_render = reports.render

    def spy(doc, fmt):
        threads.append(threading.get_ident())
        return real_render(doc, fmt)

    monkeypatch.setattr(reports, "render", spy)
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(widget.export_finished, timeout=60_000) as finished:
        widget.export_to(target, "pdf")
        assert not widget.progress.isHidden()
    assert finished.args == [str(target)]
    assert threads and threads[0] != threading.get_ident()  # not the GUI thread
    assert widget.progress.isHidden()
    assert "Saved report.pdf" in widget.status.text()
    text = pdf_text(target.read_bytes(), tmp_path)
    assert "Summary of discussion" in text
    assert "អង្គការសង្គមស៊ីវិលត្រូវការវគ្គបណ្តុះបណ្តាលសុវត្ថិភាពឌីជីថលបន្ថែម។" in text
    csv_target = tmp_path / "people.csv"
    with qtbot.waitSignal(widget.export_finished, timeout=20_000):
        widget.export_to(csv_target, "csv:participants")
    assert csv_target.read_bytes().startswith(b"\xef\xbb\xbfName,")


def test_export_failure_is_shown_and_loses_nothing(qtbot, view, tmp_path) -> None:
    widget, meeting_id = view
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.show_meeting(meeting_id)
    target = tmp_path / "missing-folder" / "report.md"
    widget.export_to(target, "md")
    qtbot.waitUntil(lambda: not widget._exporting, timeout=20_000)
    assert widget.status.text() == "The file could not be written there; nothing was changed."
    assert not target.parent.exists()


def test_locking_clears_the_preview(qtbot, view) -> None:
    widget, meeting_id = view
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.show_meeting(meeting_id)
    widget.clear_vault_data()
    assert _text(widget) == ""
    assert widget.meeting_id == ""
    assert not widget.isEnabled()


def test_series_follow_up_from_a_meeting_of_the_series(qtbot, view, tmp_path) -> None:
    widget, meeting_id = view
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.show_meeting(meeting_id)
    labels = [a.text() for a in widget.export_button.menu().actions() if not a.isSeparator()]
    assert len(labels) == 9 and labels[0] == "PDF…"
    target = tmp_path / "actions.csv"
    with qtbot.waitSignal(widget.export_finished, timeout=20_000):
        widget.export_to(target, "series:csv")
    text = target.read_bytes().decode("utf-8-sig")
    assert text.count("\r\n") == 13  # the header and the series' 12 action items
    pdf = tmp_path / "follow-up.pdf"
    with qtbot.waitSignal(widget.export_finished, timeout=60_000):
        widget.export_to(pdf, "series:pdf")
    assert "Action items by meeting" in pdf_text(pdf.read_bytes(), tmp_path)


@pytest.fixture
def upr_id(demo_vault) -> str:
    """Requested before `view`, which closes the vault."""
    return next(m.id for m in demo_vault.store.select(Meeting) if "pre-session" in m.title)


def test_series_export_of_a_stand_alone_meeting_says_why_not(qtbot, upr_id, view, tmp_path) -> None:
    widget, _ = view
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.show_meeting(upr_id)
    widget.export_to(tmp_path / "f.pdf", "series:pdf")
    qtbot.waitUntil(lambda: not widget._exporting, timeout=20_000)
    assert widget.status.text() == "This meeting is not part of a series."
    assert not (tmp_path / "f.pdf").exists()


def test_a_hidden_view_builds_its_preview_when_shown(qtbot, view) -> None:
    widget, meeting_id = view
    widget.hide()
    widget.show_meeting(meeting_id)
    qtbot.wait(300)
    assert _text(widget) == ""  # nothing was built while hidden
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.show()
    assert "NGO Leaders' Meeting on Cambodia — March 2026" in _text(widget)


def test_report_language_is_chosen_in_the_tab_apart_from_the_app(qtbot, view, tmp_path) -> None:
    widget, meeting_id = view
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.show_meeting(meeting_id)
    assert widget.current_language.code == "en"  # the app runs in English here
    assert not widget.khmer_digits.isEnabled()  # an English report keeps 0-9
    assert "Summary of discussion" in _text(widget)
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.language.setCurrentIndex(widget.language.findData("km"))
    assert widget.khmer_digits.isEnabled() and widget.khmer_digits.isChecked()
    text = _text(widget)
    assert "សេចក្តីសង្ខេបនៃកិច្ចពិភាក្សា" in text
    assert "Summary of discussion" not in text
    assert "មានអ្នកចូលរួមកិច្ចប្រជុំសរុបចំនួន ២" in text  # Khmer digits by default
    assert "ព.ស." not in text
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        qtbot.mouseClick(widget.lunar_date, Qt.MouseButton.LeftButton)
    assert "ព.ស.២៥" in _text(widget)
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        qtbot.mouseClick(widget.khmer_digits, Qt.MouseButton.LeftButton)
    assert "មានអ្នកចូលរួមកិច្ចប្រជុំសរុបចំនួន 2" in _text(widget)
    # Exports follow the same choice, rendered on the worker.
    target = tmp_path / "km.md"
    with qtbot.waitSignal(widget.export_finished, timeout=20_000):
        widget.export_to(target, "md")
    written = target.read_text(encoding="utf-8")
    assert written.startswith("*របាយការណ៍បរិយាយ*")
    assert "ព.ស.25" in written and "ថ្ងៃទី2" in written  # digits off: the lunar date too
    people = tmp_path / "people.csv"
    with qtbot.waitSignal(widget.export_finished, timeout=20_000):
        widget.export_to(people, "csv:participants")
    assert people.read_bytes().startswith("\ufeffឈ្មោះ,".encode())
    with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
        widget.set_language("en")
    assert "Summary of discussion" in _text(widget) and "ព.ស.25" in _text(widget)


def test_redaction_follows_the_classification_every_time(qtbot, demo_vault, vault_dir) -> None:
    """Issue 9 item 7: a Public meeting never opens on "Full" because of the meeting before."""
    from app.domain.records import Attendance, Person, Session

    store = demo_vault.store
    public = store.add(
        Meeting(title="Public forum", start_date="2026-05-01", classification="public")
    )
    internal = store.add(Meeting(title="Strategy", start_date="2026-05-02"))
    person = store.add(Person(name="Benjamin Knödler"))
    session = store.add(Session(meeting_id=public.id, date="2026-05-01"))
    store.add(Attendance(session_id=session.id, person_id=person.id))
    store.update(public, summary="Mr. Benjamin Knödler shared how the embassy engages.")
    demo_vault.close()
    ops = Ops()
    ops.open(lambda: open_vault(vault_dir, PASSPHRASE))
    widget = ReportView(ops)
    qtbot.addWidget(widget)
    widget.show()
    widget.on_vault_opened()
    try:
        for step, (meeting_id, expected) in enumerate(
            (
                (public.id, RedactionPolicy.PUBLIC),
                (internal.id, RedactionPolicy.FULL),
                (public.id, RedactionPolicy.PUBLIC),
            )
        ):
            with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
                widget.show_meeting(meeting_id)
            assert widget.current_policy is expected
            if step == 0:
                with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
                    widget.set_policy(RedactionPolicy.FULL)  # the user's choice stays...
                assert widget.current_policy is RedactionPolicy.FULL
        # ...for that showing only. The public report names nobody in its tables, but the
        # summary does: a warning...
        qtbot.waitUntil(lambda: widget.hidden_names == ["Benjamin Knödler"], timeout=10_000)
        assert "Benjamin Knödler" in widget.names_warning.text()
        assert widget.names_warning.isVisible()
        # ...and a question before export: Cancel writes nothing, "Export anyway" writes.
        import pathlib
        import tempfile

        target = pathlib.Path(tempfile.mkdtemp()) / "report.md"
        widget.export_to(target, "md")
        qtbot.waitUntil(lambda: widget.confirm_box is not None, timeout=10_000)
        assert "Benjamin Knödler" in widget.confirm_box.text()
        cancel = next(b for b in widget.confirm_box.buttons() if b.text() == "Cancel")
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.wait(200)
        assert not target.exists()
        widget.confirm_box = None
        widget.export_to(target, "md")
        qtbot.waitUntil(lambda: widget.confirm_box is not None, timeout=10_000)
        anyway = next(b for b in widget.confirm_box.buttons() if b.text() == "Export anyway")
        with qtbot.waitSignal(widget.export_finished, timeout=20_000):
            qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
        assert target.exists()
        # Full reports ask nothing.
        with qtbot.waitSignal(widget.preview_ready, timeout=20_000):
            widget.set_policy(RedactionPolicy.FULL)
        qtbot.waitUntil(lambda: widget.hidden_names == [], timeout=10_000)
        assert not widget.names_warning.isVisible()
    finally:
        ops.shutdown()
