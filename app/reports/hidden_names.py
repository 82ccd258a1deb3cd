"""Names that a redacted report hides in its tables but that the free text may still spell out
(issue 9): "Mr. Benjamin Knödler, Deputy Head of Mission…" typed into the activities summary
of a public report. Redaction never rewrites free text, so the user is told before export."""

from __future__ import annotations

import re

from app.domain.meeting_detail import MeetingDetail
from app.domain.records import Person
from app.domain.values import RedactionPolicy


def _hidden_people(detail: MeetingDetail, policy: RedactionPolicy) -> list[Person]:
    """People whose name the policy keeps out of the report (the unredacted detail)."""
    if policy == RedactionPolicy.FULL:
        return []
    named = {p.id for p in detail.contacts if not p.anonymous}
    out = []
    for person in detail.people.values():
        if person.anonymous or (policy == RedactionPolicy.PUBLIC and person.id not in named):
            out.append(person)
    return out


def _free_texts(detail: MeetingDetail) -> list[str]:
    m = detail.meeting
    texts = [m.title, m.project_title, m.summary, m.general_goal]
    texts += [o.text for o in detail.objectives]
    for s in detail.sessions:
        texts += [s.session.title, s.session.summary]
        for a in s.agenda:
            texts.append(a.item.title)
            texts += [e.text for e in a.entries if not e.confidential]
    texts += [d.text for d in detail.decisions]
    texts += [a.text for a in detail.actions]
    texts += [t.text for t in detail.testimonies] + [t.attribution for t in detail.testimonies]
    texts += [n.heading for n in detail.narratives] + [n.text for n in detail.narratives]
    texts += [a.description for a in detail.attachments] + [a.filename for a in detail.attachments]
    return [t for t in texts if t]


def _mentions(name: str, text: str) -> bool:
    name = " ".join(name.split())
    if len(name) < 3:
        return False
    if re.search(r"[\u1780-\u17ff]", name):  # Khmer: no spaces between words
        return name in text
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


def hidden_names_in_text(detail: MeetingDetail, policy: RedactionPolicy) -> list[str]:
    """Names (and code names) the policy hides that the meeting's free text contains."""
    texts = "\n".join(_free_texts(detail))
    found: list[str] = []
    for person in _hidden_people(detail, policy):
        for name in (person.name, person.code_name if person.anonymous else ""):
            if name and _mentions(name, texts) and name not in found:
                found.append(name)
    return sorted(found, key=str.casefold)
