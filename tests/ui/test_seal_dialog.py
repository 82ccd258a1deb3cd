"""The Seal dialog drives the real widgets: seal the report shown, save it in each format with
its signature, and, in a partner's vault, review a co-sign request in each format (the PDF's
pages, the ODT's and DOCX's text) and co-sign it."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from app.crypto import signing
from app.crypto.identity import load_identity
from app.domain.date_entry import format_date
from app.domain.records import Meeting
from app.exchange import seal_exchange, seals
from app.exchange.contacts import get_contact
from app.exchange.exporter import export_bundle
from app.exchange.importer import import_bundle
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import introduce, make_vault
from tests.ui.conftest import unlock, wait_idle


def _open_report_seals(qtbot, window, meeting_id: str):
    shell = window.shell
    shell.show_meeting(meeting_id)
    wait_idle(qtbot, window)
    report = shell.report
    report.show_meeting(meeting_id)
    wait_idle(qtbot, window)
    report.seal_button.click()
    dialog = report.seal_dialog
    assert dialog is not None
    wait_idle(qtbot, window)
    return dialog


def test_seal_save_and_cosign_in_the_app(qtbot, make_window, tmp_path: Path) -> None:
    a, b = make_vault(tmp_path, "Alpha Rights"), make_vault(tmp_path, "Bravo Union")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="Joint UPR meeting", start_date="2026-03-01"))
    a_folder, b_folder = a.folder, b.folder
    a.close()
    b.close()

    window = make_window()
    unlock(qtbot, window, a_folder, PASSPHRASE)
    dialog = _open_report_seals(qtbot, window, meeting.id)
    assert dialog.table.rowCount() == 0
    dialog.seal_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    assert "Alpha Rights" in dialog.table.item(0, 4).text()
    sealed_on = dialog.table.item(0, 0).text()
    assert sealed_on == dt.date.today().isoformat()
    with pytest.MonkeyPatch.context() as mp:  # the date as the Khmer interface writes dates
        mp.setattr("app.ui.date_edit.language.current_language", lambda: "km")
        dialog.reload()
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: dialog.table.item(0, 0).text() != sealed_on, timeout=10_000)
        assert dialog.table.item(0, 0).text() == format_date(sealed_on, "km")
    dialog.reload()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(dialog.viewer.page_labels) > 0, timeout=10_000)
    assert all(a.isEnabled() for a in dialog.save_actions.values())
    for fmt in ("pdf", "odt", "docx"):
        dialog.save_to(tmp_path / "sealed", fmt)  # the chosen format's suffix is added
        wait_idle(qtbot, window)
        assert (tmp_path / f"sealed.{fmt}").exists()
        assert (tmp_path / f"sealed.{fmt}.alpha-rights.minisig").exists()
    window.lock()
    wait_idle(qtbot, window)

    # B receives the request (library), and co-signs in its app after seeing the pages.
    a = open_vault(a_folder, PASSPHRASE)
    b = open_vault(b_folder, PASSPHRASE)
    seal = seals.list_seals(a.conn)[0]
    request = tmp_path / "req.rtbundle"
    export_bundle(
        a,
        [get_contact(a.conn, b.org_id)],
        [meeting.id],
        request,
        policy=seal.policy,
        seal_files=seal_exchange.request_files(seal),
    )
    import_bundle(b, request)
    b.close()
    window.start(b_folder)
    unlock(qtbot, window, b_folder, PASSPHRASE)
    dialog = _open_report_seals(qtbot, window, meeting.id)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    assert dialog.cosign_button.isEnabled() and not dialog.ask_button.isEnabled()
    qtbot.waitUntil(lambda: len(dialog.viewer.page_labels) > 0, timeout=10_000)
    for index, fmt in ((1, "odt"), (2, "docx")):  # what is signed in the other formats
        dialog.show_format.setCurrentIndex(index)
        assert dialog.shown_format() == fmt
        qtbot.waitUntil(
            lambda: "Joint UPR meeting" in dialog.viewer.text.toPlainText(), timeout=10_000
        )
        assert "roundtable-seal.json" in dialog.viewer.text.toPlainText()
        dialog.viewer.text.clear()
    reply = tmp_path / "reply.rtbundle"
    dialog.cosign_to(reply)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Bravo Union" in dialog.table.item(0, 4).text(), timeout=10_000)
    assert not dialog.cosign_button.isEnabled()
    window.lock()
    wait_idle(qtbot, window)

    import_bundle(a, reply)
    held = seals.get_seal(a.conn, seal.id)
    assert {s.org_name for s in held.signatures} == {"Alpha Rights", "Bravo Union"}
    b = open_vault(b_folder, PASSPHRASE)
    for v, name in ((a, "alpha-rights"), (b, "bravo-union")):
        ident = load_identity(v.conn)
        pub = tmp_path / f"{name}.pub"
        pub.write_bytes(signing.public_key_file(ident.sign_key_id, ident.sign_public))
        for fmt in ("pdf", "odt", "docx"):
            sealed = tmp_path / f"sealed.{fmt}"
            saved_in_the_app = sealed.read_bytes()
            seals.write_files(sealed, held)  # now with both signatures
            assert sealed.read_bytes() == saved_in_the_app
            sig = tmp_path / f"sealed.{fmt}.{name}.minisig"
            done = subprocess.run(
                ["minisign", "-V", "-p", str(pub), "-m", str(sealed), "-x", str(sig)],
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0, done.stderr
    a.close()
    b.close()
