"""No redacted string reaches any format's bytes (PDF text, ODT content, HTML, MD, CSV)."""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest

from app.domain.values import RedactionPolicy
from app.reports import meeting_csv, meeting_document, render, series_actions_csv
from tests.reports.conftest import (
    ANON_CODE,
    ANON_NAME,
    ANON_SAYS,
    meeting_by_title,
    pdf_text,
    series_id,
)

CONTACT = "Signal +855"  # every named demo person has a Signal number
CONFIDENTIAL = "Two phones of youth members were confiscated"
VENUE = "Embassy residence"  # the March 2026 venue, marked sensitive
ATTENDEES = ["Heng Vanna", "Keo Bopha", "Claire Dubois", "ស្រីនាង", "Sok Chanthea"]

FORBIDDEN = {
    RedactionPolicy.PARTNERS: [CONTACT, CONFIDENTIAL, VENUE, ANON_NAME],
    RedactionPolicy.PUBLIC: [CONTACT, CONFIDENTIAL, VENUE, ANON_NAME, ANON_CODE, *ATTENDEES],
}


def _texts(vault, policy: RedactionPolicy, tmp_path) -> dict[str, str]:
    """Every output for the March 2026 meeting and the series, as the text a reader gets."""
    meeting = meeting_by_title(vault, "March 2026")
    doc = meeting_document(vault.store, meeting.id, policy)
    out = {
        "md": render(doc, "md").decode("utf-8"),
        "html": render(doc, "html").decode("utf-8"),
        "pdf": pdf_text(render(doc, "pdf"), tmp_path),
        "participants.csv": meeting_csv(vault.store, meeting.id, "participants", policy).decode(
            "utf-8-sig"
        ),
        "actions.csv": meeting_csv(vault.store, meeting.id, "actions", policy).decode("utf-8-sig"),
        "series-actions.csv": series_actions_csv(vault.store, series_id(vault), policy).decode(
            "utf-8-sig"
        ),
    }
    with zipfile.ZipFile(BytesIO(render(doc, "odt"))) as z:
        out["odt"] = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return out


def test_full_report_has_everything_the_others_remove(sensitive, tmp_path) -> None:
    """The control: each string the redaction tests look for is there without redaction."""
    texts = _texts(sensitive, RedactionPolicy.FULL, tmp_path)
    for needle in [CONTACT, CONFIDENTIAL, VENUE, ANON_NAME, *ATTENDEES]:
        for fmt in ("md", "html", "pdf", "odt"):
            assert needle in texts[fmt], (needle, fmt)
    assert ANON_NAME in texts["participants.csv"]
    assert ANON_NAME in texts["actions.csv"]


@pytest.mark.parametrize("policy", [RedactionPolicy.PARTNERS, RedactionPolicy.PUBLIC])
def test_redacted_strings_appear_in_no_format(sensitive, tmp_path, policy) -> None:
    texts = _texts(sensitive, policy, tmp_path)
    for fmt, text in texts.items():
        for needle in FORBIDDEN[policy]:
            assert needle not in text, (policy.value, fmt, needle)
    # What stays: what was said (not who said it), counts, the organisations.
    for fmt in ("md", "html", "pdf", "odt"):
        assert ANON_SAYS in texts[fmt]
        assert "22 people took part in the meeting" in texts[fmt]
        assert "Land Rights Watch Cambodia" in texts[fmt]
    if policy is RedactionPolicy.PARTNERS:
        assert f"**{ANON_CODE}:** {ANON_SAYS}" in texts["md"]
        assert "Heng Vanna" in texts["pdf"]
    else:
        assert f"**anonymous participant:** {ANON_SAYS}" in texts["md"]


def test_public_participants_csv_gives_counts_only(sensitive) -> None:
    import csv
    import io

    meeting = meeting_by_title(sensitive, "March 2026")
    data = meeting_csv(sensitive.store, meeting.id, "participants", RedactionPolicy.PUBLIC)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert set(rows[0]) == {"Date", "Session", "Kind of organisation", "Gender", "Participants"}
    assert sum(int(r["Participants"]) for r in rows) == 12 + 1 + 16 + 10


def test_redaction_of_the_report_never_changes_the_vault(sensitive) -> None:
    from app.storage.meetings import load_meeting

    meeting = meeting_by_title(sensitive, "March 2026")
    before = load_meeting(sensitive.store, meeting.id)
    meeting_document(sensitive.store, meeting.id, RedactionPolicy.PUBLIC)
    after = load_meeting(sensitive.store, meeting.id)
    assert before == after
