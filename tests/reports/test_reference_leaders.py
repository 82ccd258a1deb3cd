"""The 2019 NGO leaders' meeting reference report (docs: narrative-report-ngo-leaders-meeting-
2019.txt), entered through the core with no workaround, rendered in the original's order."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document as read_docx

from app.domain.records import (
    ActionItem,
    AgendaItem,
    Attachment,
    Decision,
    Meeting,
    MeetingContact,
    MeetingOrganiser,
    MinuteEntry,
    Objective,
    Organisation,
    Person,
    Series,
    Session,
)
from app.domain.values import OrgKind, RedactionPolicy
from app.reports import meeting_document, render
from tests.reports.conftest import PREPARED, pdf_text
from tests.reports.test_reference_upr import _in_order

ELEMENTS = [
    "NGO Leaders Meeting on Cambodia Issues",
    "The Cambodian Human Rights and Development Association (ADHOC)",
    "Committee for Free and Fair Election in Cambodia (COMFREL)",
    "Strengthening and Renewing the Commitment to Uphold and Promote Democracy",
    "Bangkok, Thailand",
    "24–26 February 2019",
    "Meas Savath",
    "savathmeas@adhocambodia.org",
    "Korng Savang",
    "Activities",
    "From 24 to 26 February 2019, ADHOC and COMFREL",
    "Due to forbidden, excessive and intrusive monitoring",
    "General goal",
    "Build trust among and strengthen the Cambodian NGOs coalitions",
    "Specific objectives",
    "To provide space for CSOs to share and exchange information",
    "It is an opportunity for CSOs to meet face to face with invited diplomats",
    "Summary of discussion",
    "Day 1: 24 February 2019",
    "Initially, the meeting placed much emphasis",
    "The ongoing threats are continuing",
    "Day 2: 25 February 2019",
    "The meeting was facilitated by Forum Asia",
    "Forum Asia",
    "has a role to provide digital security training and research.",
    "Day 3: 26 February 2019",
    "Resident of Royal Belgium Embassy",
    "What are the direction of the government crackdown",
    "Results of the meeting",
    "Increase level of trust building among the Cambodian CSOs/NGOs",
    "Next plan",
    "Advocate and lobby the government",
    "18–21 May 2019",
    "BKK",
    "List of attachments",
    "financial-report-2019.pdf",
]


@pytest.fixture(scope="module")
def leaders(tmp_path_factory):
    from app.crypto import kdf
    from app.vault import create_vault

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(kdf.UNSAFE_TEST_ENV, "1")
        created = create_vault(
            tmp_path_factory.mktemp("leaders") / "vault",
            "ADHOC",
            "pass phrase 42",
            params=kdf.INSECURE_TEST,
        )
    vault = created.vault
    s = vault.store
    adhoc = s.add(
        Organisation(name="The Cambodian Human Rights and Development Association", acronym="ADHOC")
    )
    comfrel = s.add(
        Organisation(name="Committee for Free and Fair Election in Cambodia", acronym="COMFREL")
    )
    forum = s.add(Organisation(name="Forum Asia", kind=OrgKind.REGIONAL_PARTNER))
    series = s.add(Series(name="NGO leaders' meetings"))
    m = s.add(
        Meeting(
            title="NGO Leaders Meeting on Cambodia Issues",
            project_title="Strengthening and Renewing the Commitment to Uphold and Promote "
            "Democracy Together in Cambodia",
            series_id=series.id,
            location_city="Bangkok",
            location_country="Thailand",
            start_date="2019-02-24",
            end_date="2019-02-26",
            summary="From 24 to 26 February 2019, ADHOC and COMFREL, the organizational "
            "coordination network conducted the three day-meetings in Bangkok, Thailand.\n\n"
            "Due to forbidden, excessive and intrusive monitoring of CSO/NGO activities by "
            "police and other officials, NGOs leaders have been holding a series meeting "
            "outside the country.",
            general_goal="Build trust among and strengthen the Cambodian NGOs coalitions.",
            classification="partners",
            status="reported",
            auto_attendance=False,
        )
    )
    for i, org in enumerate((adhoc, comfrel)):
        s.add(MeetingOrganiser(meeting_id=m.id, organisation_id=org.id, position=i))
    savath = s.add(
        Person(
            name="Meas Savath",
            role_title="Secretary General",
            organisation_id=adhoc.id,
            contact="savathmeas@adhocambodia.org, +855 77 275 616",
        )
    )
    savang = s.add(Person(name="Korng Savang", role_title="Monitoring and advocacy Coordinator"))
    for i, p in enumerate((savath, savang)):
        s.add(MeetingContact(meeting_id=m.id, person_id=p.id, position=i))
    for i, text in enumerate(
        (
            "To provide space for CSOs to share and exchange information.",
            "It is an opportunity for CSOs to meet face to face with invited diplomats.",
        )
    ):
        s.add(Objective(meeting_id=m.id, text=text, position=i))
    days = [
        ("2019-02-24", "", "Initially, the meeting placed much emphasis on the reason why."),
        ("2019-02-25", "", "The meeting was facilitated by Forum Asia."),
        ("2019-02-26", "Resident of Royal Belgium Embassy", "Meeting begun from 9 to 11 am."),
    ]
    entries = [
        [("", "The ongoing threats are continuing.")],
        [(forum.id, "has a role to provide digital security training and research.")],
        [("", "What are the direction of the government crackdown?")],
    ]
    for n, ((date, venue, summary), lines) in enumerate(zip(days, entries, strict=True)):
        session = s.add(
            Session(meeting_id=m.id, date=date, venue=venue, summary=summary, position=n)
        )
        item = s.add(AgendaItem(meeting_id=m.id, session_id=session.id, title="Discussion"))
        for pos, (org_id, text) in enumerate(lines):
            s.add(
                MinuteEntry(
                    agenda_item_id=item.id,
                    meeting_id=m.id,
                    text=text,
                    position=pos,
                    speaker_org_id=org_id,
                )
            )
    s.add(
        Decision(
            meeting_id=m.id,
            kind="result",
            text="Increase level of trust building among the Cambodian CSOs/NGOs.",
        )
    )
    s.add(
        ActionItem(
            text="Advocate and lobby the government to review the NGO law.",
            origin_meeting_id=m.id,
            owner_org_id=adhoc.id,
        )
    )
    s.add(
        Meeting(
            title="NGO Leaders Meeting",
            series_id=series.id,
            start_date="2019-05-18",
            end_date="2019-05-21",
            location_venue="BKK",
            location_city="Bangkok",
        )
    )
    s.add(Attachment(meeting_id=m.id, filename="financial-report-2019.pdf", size=1200))
    doc = meeting_document(s, m.id, RedactionPolicy.FULL, prepared_on=PREPARED)
    yield doc
    vault.close()


def test_leaders_report_in_order_in_every_format(leaders, tmp_path) -> None:
    md = render(leaders, "md").decode("utf-8")
    assert _in_order(md, ELEMENTS) == []
    word = read_docx(io.BytesIO(render(leaders, "docx")))
    ordered = "\n".join(t.text or "" for t in word.element.body.iter() if t.tag.endswith("}t"))
    assert _in_order(ordered, ELEMENTS) == []
    assert _in_order(pdf_text(render(leaders, "pdf"), tmp_path), ELEMENTS) == []
    import zipfile

    with zipfile.ZipFile(io.BytesIO(render(leaders, "odt"))) as z:
        import html

        odt = html.unescape(re.sub(r"<[^>]+>", " ", z.read("content.xml").decode()))
    assert _in_order(odt, ELEMENTS) == []
