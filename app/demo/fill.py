"""Stores the sample data of `app.demo.data` in a vault, as `roundtable demo` does."""

from __future__ import annotations

import io
import random
from typing import Any

from app.demo.data import FINANCIAL_REPORT, ORGS, PEOPLE, SERIES_MEETINGS, THEMES, UPR_MEETING
from app.domain.records import (
    ActionItem,
    AgendaItem,
    AgendaTheme,
    Attendance,
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
    Testimony,
    Theme,
)
from app.domain.values import ActionStatus, Classification
from app.storage.attachments import add_attachment
from app.storage.records import RecordStore


def fill_demo_vault(vault: Any, seed: int = 2019) -> dict[str, int]:
    store: RecordStore = vault.store
    rng = random.Random(seed)
    with store.transaction():
        orgs = {
            k: Organisation(name=n, acronym=a, kind=kind, country=c) for k, n, a, kind, c in ORGS
        }
        store.add_many(list(orgs.values()))
        people = {}
        for key, name, code, role, gender, org, anon in PEOPLE:
            contact = (
                "" if anon else f"Signal +855 10 {rng.randint(100, 999)} {rng.randint(100, 999)}"
            )
            people[key] = Person(
                name=name,
                code_name=code,
                role_title=role,
                gender=gender,
                organisation_id=orgs[org].id,
                anonymous=anon,
                contact=contact,
            )
        store.add_many(list(people.values()))
        themes = {n: Theme(name=n) for n in THEMES}
        store.add_many(list(themes.values()))
        series = Series(
            name="Quarterly NGO Leaders' Meeting",
            description="Coalition leaders meeting abroad since 2016.",
        )
        store.add(series)
        meetings = [
            _add_meeting(store, spec, orgs, people, themes, series.id) for spec in SERIES_MEETINGS
        ]
        upr = _add_meeting(store, UPR_MEETING, orgs, people, themes, "")
        for i, text in enumerate(UPR_MEETING["testimonies"]):
            store.add(
                Testimony(
                    meeting_id=upr.id,
                    text=text,
                    position=i,
                    attribution="a participant",
                    person_id=people["witness1"].id,
                )
            )
        store.add(
            Testimony(
                meeting_id=meetings[3].id,
                position=0,
                person_id=people["witness2"].id,
                attribution="a community representative",
                text="They came at night and told us to sign. We did not sign. Since "
                "then a car waits near the village every market day.",
            )
        )
        actions = _add_actions(store, meetings, orgs, people)
        add_attachment(
            store,
            meetings[0].id,
            "financial-report-2025-02.csv",
            io.BytesIO(FINANCIAL_REPORT.encode("utf-8")),
            description="Financial report (budget and actual spending)",
        )
    return {
        "meetings": len(meetings) + 1,
        "people": len(people),
        "organisations": len(orgs),
        "action items": actions,
    }


def _add_meeting(
    store: RecordStore,
    spec: dict[str, Any],
    orgs: dict[str, Organisation],
    people: dict[str, Person],
    themes: dict[str, Theme],
    series_id: str,
) -> Meeting:
    meeting = Meeting(
        title=spec["title"],
        project_title=spec.get("project", ""),
        series_id=series_id,
        location_city=spec["city"],
        location_country=spec["country"],
        location_venue=spec.get("venue", ""),
        location_sensitive=spec.get("sensitive", False),
        start_date=spec["start"],
        end_date=spec["end"],
        summary=spec.get("summary", ""),
        general_goal=spec.get("goal", ""),
        classification=spec.get("classification", Classification.INTERNAL),
        status=spec["status"],
    )
    store.add(meeting)
    for i, key in enumerate(spec["organisers"]):
        store.add(MeetingOrganiser(meeting_id=meeting.id, organisation_id=orgs[key].id, position=i))
    for i, key in enumerate(spec["contacts"]):
        store.add(MeetingContact(meeting_id=meeting.id, person_id=people[key].id, position=i))
    for i, text in enumerate(spec["objectives"]):
        store.add(Objective(meeting_id=meeting.id, text=text, position=i))
    agenda_pos = 0
    for day, (date, title, attendees, facilitator, agenda) in enumerate(spec["sessions"]):
        fac = people.get(facilitator)
        session = Session(
            meeting_id=meeting.id,
            date=date,
            title=title,
            position=day,
            start_time="09:00",
            end_time="17:00" if day < 2 else "11:00",
            facilitator_person_id=fac.id if fac else "",
        )
        store.add(session)
        for key in attendees:
            p = people[key]
            role = "facilitator" if key == facilitator else "participant"
            store.add(
                Attendance(
                    session_id=session.id,
                    person_id=p.id,
                    organisation_id=p.organisation_id,
                    role=role,
                )
            )
        for title_, theme_names, entries in agenda:
            item = AgendaItem(
                meeting_id=meeting.id, session_id=session.id, title=title_, position=agenda_pos
            )
            agenda_pos += 1
            store.add(item)
            for name in theme_names:
                store.add(AgendaTheme(agenda_item_id=item.id, theme_id=themes[name].id))
            for pos, (speaker, text, confidential) in enumerate(entries):
                sp = people.get(speaker)
                store.add(
                    MinuteEntry(
                        agenda_item_id=item.id,
                        meeting_id=meeting.id,
                        text=text,
                        position=float(pos),
                        speaker_person_id=sp.id if sp else "",
                        confidential=confidential,
                    )
                )
    for i, (kind, text) in enumerate(spec["decisions"]):
        store.add(Decision(meeting_id=meeting.id, kind=kind, text=text, position=i))
    return meeting


def _add_actions(
    store: RecordStore,
    meetings: list[Meeting],
    orgs: dict[str, Organisation],
    people: dict[str, Person],
) -> int:
    m0, m1, m2, m3, m4 = meetings
    S = ActionStatus
    plan = [  # origin, text, owner person, owner org, due, status, follow-up, completed
        (
            m0,
            "Prepare and issue the joint statement on trade preferences",
            "sreyneang",
            "",
            "2025-03-15",
            S.DONE,
            m1,
            "2025-03-10",
        ),
        (
            m0,
            "Organise a digital security training for member organisations",
            "malee",
            "",
            "2025-05-31",
            S.DONE,
            m1,
            "2025-05-20",
        ),
        (
            m0,
            "Lobby the Ministry of Interior to review the NGO law",
            "",
            "dla",
            "2025-09-30",
            S.IN_PROGRESS,
            m3,
            "",
        ),
        (
            m0,
            "Request removal of eight CSOs from the government blacklist",
            "visal",
            "",
            "2025-04-30",
            S.DROPPED,
            m1,
            "2025-06-15",
        ),
        (
            m1,
            "Build a referral list for women defenders facing online harassment",
            "bopha",
            "",
            "2025-09-01",
            S.DONE,
            m2,
            "2025-08-28",
        ),
        (m1, "ប្រមូលករណីរំលោភសិទ្ធិសហជីព", "rathana", "", "2025-12-31", S.OPEN, m3, ""),
        (
            m2,
            "Draft eleven thematic factsheets for the periodic review",
            "kimly",
            "",
            "2025-11-01",
            S.DONE,
            m3,
            "2025-10-30",
        ),
        (
            m2,
            "Recruit and train 40 youth election monitors",
            "sreymom",
            "",
            "2026-02-15",
            S.IN_PROGRESS,
            m4,
            "",
        ),
        (
            m3,
            "Document union registration refusals since 2025",
            "",
            "cgw",
            "2026-06-30",
            S.OPEN,
            m4,
            "",
        ),
        (
            m3,
            "Share election monitoring findings with embassies",
            "vanna",
            "",
            "2026-04-15",
            S.DONE,
            m4,
            "2026-04-10",
        ),
        (
            m3,
            "Replace confiscated phones and reset accounts of youth members",
            "tola",
            "",
            "2026-03-31",
            S.OPEN,
            m4,
            "",
        ),
        (m3, "Agree the venue for the December meeting", "sokha", "", "2026-11-30", S.OPEN, m4, ""),
    ]
    for origin, text, person, org, due, status, follow, completed in plan:
        store.add(
            ActionItem(
                text=text,
                origin_meeting_id=origin.id,
                owner_person_id=people[person].id if person else "",
                owner_org_id=orgs[org].id if org else "",
                due_date=due,
                status=status,
                followup_meeting_id=follow.id,
                completed_on=completed,
            )
        )
    return len(plan)
