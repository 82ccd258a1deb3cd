"""How people, places and dates are written in a report under a redaction policy (DESIGN §4).

This is the report side of redaction: whatever the data says, a renderer only ever receives
the words chosen here.

- `full`: everything, for the organisation's own files.
- `partners`: no contact details; anonymous people by code name (or "anonymous participant");
  sensitive locations reduced to the country.
- `public`: additionally no person is named at all: people appear as their organisation
  (anonymous people as "an anonymous participant"), and attendance is given as counts only.
"""

from __future__ import annotations

import datetime as dt

from app.domain.records import Meeting, Organisation, Person
from app.domain.values import RedactionPolicy
from app.i18n import N_
from app.reports.language import ReportLanguage

ANONYMOUS = N_("ReportWords", "anonymous participant")
_A_PARTICIPANT = N_("ReportWords", "a participant")

_POLICY_LABEL = {
    RedactionPolicy.FULL: N_("ReportWords", "Internal — full record"),
    RedactionPolicy.PARTNERS: N_(
        "ReportWords", "For partners — contact details and confidential notes removed"
    ),
    RedactionPolicy.PUBLIC: N_("ReportWords", "Public version — names of participants withheld"),
}
_ENGLISH = ReportLanguage()


def policy_label(policy: RedactionPolicy, lang: ReportLanguage = _ENGLISH) -> str:
    return lang.translate("ReportWords", _POLICY_LABEL[policy])


def parse_policy(value: str | RedactionPolicy) -> RedactionPolicy:
    from app.errors import UnknownRedactionPolicy

    try:
        return RedactionPolicy(value)
    except ValueError:
        raise UnknownRedactionPolicy() from None


class Wording:
    """Names as one report may print them."""

    def __init__(
        self,
        policy: RedactionPolicy,
        people: dict[str, Person],
        organisations: dict[str, Organisation],
        lang: ReportLanguage = _ENGLISH,
    ) -> None:
        self.policy = policy
        self.people = people
        self.organisations = organisations
        self.lang = lang

    @property
    def names_people(self) -> bool:
        return self.policy is not RedactionPolicy.PUBLIC

    @property
    def shows_contacts(self) -> bool:
        return self.policy is RedactionPolicy.FULL

    @property
    def shows_confidential(self) -> bool:
        return self.policy is RedactionPolicy.FULL

    def org(self, org_id: str, *, short: bool = False) -> str:
        o = self.organisations.get(org_id)
        if o is None:
            return ""
        return (o.acronym or o.name) if short else o.name

    def org_of(self, person: Person | None) -> Organisation | None:
        return self.organisations.get(person.organisation_id) if person else None

    def person(self, person: Person | None, *, with_org: bool = False) -> str:
        """A person's name, code name, or organisation, whichever the policy allows."""
        if person is None:
            return ""
        if person.anonymous and self.policy is not RedactionPolicy.FULL:
            if self.policy is RedactionPolicy.PARTNERS and person.code_name:
                return person.code_name
            return self.lang.translate("ReportWords", ANONYMOUS)
        if not self.names_people:
            return self.org(person.organisation_id) or self.lang.translate(
                "ReportWords", _A_PARTICIPANT
            )
        if with_org and person.organisation_id in self.organisations:
            return f"{person.name} ({self.org(person.organisation_id, short=True)})"
        return person.name

    def person_id(self, person_id: str, *, with_org: bool = False) -> str:
        return self.person(self.people.get(person_id), with_org=with_org)

    def owner(self, person_id: str, org_id: str) -> str:
        if person_id and person_id in self.people:
            return self.person(self.people[person_id], with_org=self.names_people)
        return self.org(org_id)

    def contact(self, person: Person) -> str:
        """A contact line of the title block."""
        if person.anonymous and self.policy is not RedactionPolicy.FULL:
            return ""  # an anonymous person is never anyone's contact outside the vault
        org = self.org(person.organisation_id)
        if not self.names_people:
            return org
        parts = [person.name]
        if person.role_title:
            parts.append(person.role_title)
        if org:
            parts.append(org)
        line = ", ".join(parts)
        if self.shows_contacts and person.contact:
            line += f" — {person.contact}"
        return line

    def location(self, meeting: Meeting) -> str:
        city_country = ", ".join(p for p in (meeting.location_city, meeting.location_country) if p)
        if self.policy is RedactionPolicy.FULL:
            return ", ".join(p for p in (meeting.location_venue, city_country) if p)
        if meeting.location_sensitive:
            country = meeting.location_country
            if country:
                return self.lang.translate(
                    "ReportWords", "{country} (exact location withheld)"
                ).format(country=country)
            return self.lang.translate("ReportWords", "Location withheld")
        if self.policy is RedactionPolicy.PARTNERS:
            return ", ".join(p for p in (meeting.location_venue, city_country) if p)
        return city_country


# --- dates -------------------------------------------------------------------------------------
def parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def long_date(value: str, lang: ReportLanguage = _ENGLISH) -> str:
    d = parse_date(value)
    return lang.long_date(d) if d else value


def short_date(value: str, lang: ReportLanguage = _ENGLISH) -> str:
    """'30 Sep 2025': for table columns."""
    d = parse_date(value)
    return lang.short_date(d) if d else value


def period(start: str, end: str, lang: ReportLanguage = _ENGLISH) -> str:
    """'23–25 February 2025', '30 June – 2 July 2025', '28 December 2025 – 3 January 2026'."""
    a, b = parse_date(start), parse_date(end)
    if a is None:
        return long_date(end, lang)
    if b is None:
        return long_date(start, lang)
    return lang.period(a, b)


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0
