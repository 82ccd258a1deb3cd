"""The in-country pre-session (UPR) reference report, entered through the core as a user
enters it in the app (docs: /work/shared/reference/upr-pre-session-report-2018.txt)."""

from __future__ import annotations

from app.domain.records import (
    Headcount,
    Meeting,
    MeetingOrganiser,
    NarrativeSection,
    Organisation,
    Session,
    Testimony,
)
from app.domain.values import OrgKind
from app.storage.records import RecordStore

INTRO = (
    "On 14-16 November 2018, the Cambodian Center for Human Rights (CCHR), OHCHR in Cambodia "
    "and UPR Info organised an in-country Pre-session in Phnom Penh. On the first day, some 60 "
    "CSO representatives gathered for a preparatory day.\n\n"
    "The event was co-organised by the Cambodian Center for Human Rights, OHCHR in Cambodia and "
    "UPR Info. It built on previous activities undertaken by these actors in Cambodia."
)
DAY1 = (
    "On 14 November, some 60 representatives from national civil society organisations "
    "participated in a preparatory day ahead of the in-country Pre-session."
)
DAY2 = (
    "The second day was the highlight of the week as the Delegation of the European Union to "
    "Cambodia graciously hosted the Pre-session which brought together some 70 representatives."
)
THEMES = [
    "Gender/Women's Rights",
    "Rights of the child",
    "Public health",
    "Land and Natural resources",
    "Elections",
    "Rule of law",
]
DAY3 = (
    "On the third day, attention was turned towards the engagement of youth in the UPR. In "
    "total, 45 persons from youth groups and civil society participated in the programme."
)
ACHIEVEMENTS = (
    "The In-country Pre-session succeeded in bringing together Recommending states with a "
    "cross-section of national civil society.\n\n"
    "The workshop succeeded in;\n"
    "- ✓ Strengthening collaboration between national CSOs, Recommending states and "
    "international organisations;\n"
    "- ✓ Disseminating 11 thematic UPR Advocacy Factsheets to representatives from 12 "
    "diplomatic missions;\n"
    "- Exploring ways for youth groups to engage with the UPR at the national level; and\n"
    "- ✓ Ensuring gender balance amongst Pre-session speakers (54% women, 46% men), and "
    "Pre-sessions participants (51% women, 49% men)."
)
LESSONS = (
    "The cooperation between CCHR, OHCHR in Cambodia, and UPR Info continues to be a true "
    "success story in ensuring an inclusive UPR process at the domestic level."
)
WAY_FORWARD = (
    "In December, UPR Info hosts a Pre-session at the Palais des Nations in Geneva. A civil "
    "society strategy workshop is foreseen between the review and the adoption of the report."
)
TESTIMONIES = [
    "The organisers have done an amazing job! It was a great pleasure for our organisation to "
    "participate and to make our voice heard.",
    "I was delighted to participate in this important event which allowed us to lobby state "
    "parties and present recommendations ahead of the review in Geneva.",
    "As the leading organisation in the coalition on child rights, we will share this "
    "experience with our members at our next meeting.",
]
UPR_INFO = {
    "address": "Rue de Varembé 3\n1202 Geneva, Switzerland",
    "phone": "+41 (0) 22 321 77 70",
    "email": "info@upr-info.org",
    "website": "http://www.upr.info",
}

# Every element of the original, in the original's order (what each export must carry).
ELEMENTS_IN_ORDER = [
    "In-country Pre-session",
    "14–16 November 2018",
    "Introduction",
    "On 14-16 November 2018, the Cambodian Center for Human Rights (CCHR)",
    "The event was co-organised by the Cambodian Center for Human Rights",
    DAY1[:60],
    "Delegation of the European Union to Cambodia",  # day 2's venue
    DAY2[:60],
    *THEMES,
    DAY3[:60],
    "Achievements",
    "The In-country Pre-session succeeded",
    "The workshop succeeded in;",
    "Strengthening collaboration between national CSOs",
    "Exploring ways for youth groups",
    "Ensuring gender balance amongst Pre-session speakers (54% women, 46% men)",
    "Lessons learnt",
    LESSONS[:60],
    "Way forward",
    WAY_FORWARD[:60],
    "Testimonies",
    "Contributors have been guaranteed anonymity.",
    TESTIMONIES[0][:50],
    TESTIMONIES[1][:50],
    TESTIMONIES[2][:50],
    "Contact",
    "UPR Info",
    "Rue de Varembé 3",
    "+41 (0) 22 321 77 70",
    "info@upr-info.org",
    "http://www.upr.info",
]


def enter_upr_report(store: RecordStore) -> Meeting:
    """The whole report as records, entered as the app enters them."""
    from app.domain.records import AgendaItem, MinuteEntry

    cchr = store.add(
        Organisation(name="Cambodian Center for Human Rights", acronym="CCHR", kind=OrgKind.NGO)
    )
    ohchr = store.add(Organisation(name="OHCHR in Cambodia", kind=OrgKind.UN_AGENCY))
    upr = store.add(
        Organisation(
            name="UPR Info",
            kind=OrgKind.INTERNATIONAL_NGO,
            country="Switzerland",
            contact_private=False,  # its office publishes these itself
            **UPR_INFO,
        )
    )
    meeting = store.add(
        Meeting(
            title="In-country Pre-session",
            start_date="2018-11-14",
            end_date="2018-11-16",
            location_city="Phnom Penh",
            location_country="Cambodia",
            classification="public",
            status="reported",
            auto_attendance=False,  # the introduction says who came, in the users' words
        )
    )
    for position, org in enumerate((cchr, ohchr, upr)):
        store.add(
            MeetingOrganiser(meeting_id=meeting.id, organisation_id=org.id, position=position)
        )
    store.add(
        NarrativeSection(
            meeting_id=meeting.id, heading="Introduction", text=INTRO, placement="start"
        )
    )
    days = []
    for n, (date, summary, venue, total) in enumerate(
        (
            ("2018-11-14", DAY1, "", 60),
            ("2018-11-15", DAY2, "Delegation of the European Union to Cambodia", 70),
            ("2018-11-16", DAY3, "", 45),
        )
    ):
        session = store.add(
            Session(meeting_id=meeting.id, date=date, summary=summary, venue=venue, position=n)
        )
        store.add(Headcount(session_id=session.id, count=total))
        days.append(session)
    # Day 2's speakers and participants by gender, as the sign-in sheets counted them.
    for role, gender, count in (
        ("speaker", "woman", 7),
        ("speaker", "man", 6),
        ("participant", "woman", 29),
        ("participant", "man", 28),
    ):
        store.add(Headcount(session_id=days[1].id, role=role, gender=gender, count=count))
    item = store.add(
        AgendaItem(
            meeting_id=meeting.id,
            session_id=days[1].id,
            title="Concerns and suggested recommendations on 13 themes",
        )
    )
    for position, theme in enumerate(THEMES):
        store.add(
            MinuteEntry(
                agenda_item_id=item.id, meeting_id=meeting.id, text=theme, position=position
            )
        )
    for position, (heading, text, placement) in enumerate(
        (
            ("Achievements", ACHIEVEMENTS, "discussion"),
            ("Lessons learnt", LESSONS, "discussion"),
            ("Way forward", WAY_FORWARD, "results"),
        ),
        start=1,
    ):
        store.add(
            NarrativeSection(
                meeting_id=meeting.id,
                heading=heading,
                text=text,
                placement=placement,
                position=position,
            )
        )
    for position, text in enumerate(TESTIMONIES):
        store.add(Testimony(meeting_id=meeting.id, text=text, position=position))
    return meeting
