"""Build the benchmark vault: ten years of one coalition, encrypted and as a plain copy.

The same seeded generator fills both databases, so they hold identical records. Writes go
through `BulkLoader`, which keeps RecordStore's invariants (bookkeeping fields, one search_doc
row per text record, the same search_words / search_khmer documents from app.storage.search_text)
but inserts with executemany in large transactions: far faster than one RecordStore.add per row.

    python -m bench.build_vault --kind encrypted|plain [--out bench/out] [--scale 1.0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sqlite3
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `app` and `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.crypto import kdf
from app.domain.records import (
    ActionItem,
    AgendaItem,
    AgendaTheme,
    Attendance,
    Decision,
    Meeting,
    MeetingOrganiser,
    MinuteEntry,
    Objective,
    Organisation,
    Person,
    Record,
    Series,
    Session,
    Theme,
)
from app.domain.values import ActionStatus, Classification, MeetingStatus, OrgKind
from app.storage import schema, search_text
from app.storage.database import CACHE_KIB
from app.storage.records import _meeting_of, mapping, search_body
from app.vault import DB_NAME, create_vault
from bench import corpus

PASSPHRASE = "benchmark vault: ten years of a coalition 2016"
SEED = 20161122
ORG_NAME = "Coalition for Rights and Democracy"
PLAIN_NAME = "plain.db"
# Bump when the generated content changes, so cached vaults are rebuilt.
BUILD_FORMAT = 2
FIRST_DAY = dt.date(2016, 1, 4)
DAYS = 3650
TODAY = FIRST_DAY + dt.timedelta(days=DAYS)


@dataclass(frozen=True)
class Size:
    meetings: int = 5000
    people: int = 20000
    organisations: int = 800
    minutes: int = 500_000
    actions: int = 100_000
    series: int = 12
    sessions_per_meeting: tuple[int, int] = (1, 3)
    agenda_per_session: int = 5
    attendance_per_session: tuple[int, int] = (12, 28)
    decisions_per_meeting: int = 5
    objectives_per_meeting: int = 3

    def scaled(self, scale: float) -> Size:
        def s(n: int) -> int:
            return max(1, round(n * scale))

        return Size(
            meetings=s(self.meetings),
            people=max(50, s(self.people)),
            organisations=max(10, s(self.organisations)),
            minutes=s(self.minutes),
            actions=s(self.actions),
        )


def plain_pragmas(conn: Any) -> None:
    """The pragmas of app.storage.database.open_database that mean anything without a cipher."""
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def open_plain(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    plain_pragmas(conn)
    return conn


class BulkLoader:
    """RecordStore.add for many new records at once: same rows, same search index rows."""

    def __init__(self, conn: Any, actor: str, batch: int = 50_000) -> None:
        self.conn = conn
        self.actor = actor
        self.batch = batch
        self.rows: dict[type[Record], list[tuple[Any, ...]]] = defaultdict(list)
        self.docs: list[tuple[int, str, str, str]] = []
        self.words: list[tuple[int, str]] = []
        self.khmer: list[tuple[int, str]] = []
        row = conn.execute("SELECT coalesce(max(rowid), 0) FROM search_doc").fetchone()
        self.next_rowid = int(row[0]) + 1
        self.pending = 0
        self.counts: dict[str, int] = defaultdict(int)

    def add(self, record: Record, when: str) -> None:
        record.created_at = record.updated_at = when
        record.revision = 1
        record.changed_by = self.actor
        record.deleted = False
        self.rows[type(record)].append(mapping(type(record)).to_row(record))
        self.counts[record.TABLE] += 1
        if record.TEXT_FIELDS:
            self._index(record)
        self.pending += 1
        if self.pending >= self.batch:
            self.flush()

    def _index(self, record: Record) -> None:
        # Mirrors RecordStore._index: the newest records get the highest rowids.
        rowid = self.next_rowid
        self.next_rowid += 1
        body = search_body(record)
        self.docs.append((rowid, record.TABLE, record.id, _meeting_of(record)))
        words = search_text.words_body(body)
        if words.strip():
            self.words.append((rowid, words))
        khmer = search_text.khmer_body(body)
        if khmer:
            self.khmer.append((rowid, khmer))

    def flush(self) -> None:
        for cls, rows in self.rows.items():
            if rows:
                self.conn.executemany(mapping(cls).insert, rows)
                rows.clear()
        self.conn.executemany(
            "INSERT INTO search_doc (rowid, tbl, record_id, meeting_id) VALUES (?, ?, ?, ?)",
            self.docs,
        )
        self.conn.executemany("INSERT INTO search_words (rowid, body) VALUES (?, ?)", self.words)
        self.conn.executemany("INSERT INTO search_khmer (rowid, body) VALUES (?, ?)", self.khmer)
        self.docs.clear()
        self.words.clear()
        self.khmer.clear()
        self.pending = 0


class Generator:
    """Ten years of one coalition, from one seed."""

    def __init__(self, size: Size, seed: int = SEED) -> None:
        self.size = size
        self.rng = random.Random(seed)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def fill(self, load: BulkLoader, commit_every: int) -> None:
        rng, size = self.rng, self.size
        start = f"{FIRST_DAY.isoformat()}T08:00:00.000000Z"
        kinds = list(OrgKind)
        orgs = []
        for i in range(size.organisations):
            org = Organisation(
                id=self.uid(),
                name=f"{rng.choice(corpus.EN_TOPICS).split()[-1].title()} Group {i}",
                acronym=f"G{i}",
                kind=rng.choice(kinds),
                country=rng.choice(["Cambodia", "Cambodia", "Thailand", "Malaysia"]),
            )
            load.add(org, start)
            orgs.append(org.id)
        people = []
        for _ in range(size.people):
            person = Person(
                id=self.uid(),
                name=corpus.person_name(rng),
                role_title=rng.choice(["Director", "Officer", "Organiser", "Lawyer", ""]),
                gender=rng.choice(["woman", "man", "woman", "man", "non_binary", ""]),
                contact=f"+855 {rng.randint(10, 99)} {rng.randint(100000, 999999)}",
                anonymous=rng.random() < 0.05,
                organisation_id=rng.choice(orgs),
            )
            load.add(person, start)
            people.append(person)
        themes = []
        for name in corpus.THEMES:
            theme = Theme(id=self.uid(), name=name)
            load.add(theme, start)
            themes.append(theme.id)
        series = []
        for i in range(size.series):
            kind = corpus.MEETING_KINDS[i % len(corpus.MEETING_KINDS)]
            s = Series(id=self.uid(), name=f"{kind} ({i + 1})", description=f"Regular {kind}")
            load.add(s, start)
            series.append(s.id)
        load.flush()
        self._commit(load)

        # A series-heavy coalition: most meetings belong to a series; meetings come in date
        # order so later records get higher search rowids, as they would in real use.
        days = sorted(rng.randrange(DAYS) for _ in range(size.meetings))
        minutes_left, actions_left = size.minutes, size.actions
        last_in_series: dict[str, str] = {}
        for n, day in enumerate(days):
            remaining = size.meetings - n
            n_minutes = minutes_left // remaining
            n_actions = actions_left // remaining
            minutes_left -= n_minutes
            actions_left -= n_actions
            self._meeting(
                load,
                FIRST_DAY + dt.timedelta(days=day),
                orgs,
                people,
                themes,
                series,
                last_in_series,
                n_minutes,
                n_actions,
            )
            if load.pending and (n + 1) % commit_every == 0:
                load.flush()
                self._commit(load)
        load.flush()
        self._commit(load)

    @staticmethod
    def _commit(load: BulkLoader) -> None:
        load.conn.execute("COMMIT")
        load.conn.execute("BEGIN IMMEDIATE")

    def _meeting(
        self,
        load: BulkLoader,
        day: dt.date,
        orgs: list[str],
        people: list[Person],
        themes: list[str],
        series: list[str],
        last_in_series: dict[str, str],
        n_minutes: int,
        n_actions: int,
    ) -> None:
        rng = self.rng
        when = f"{day.isoformat()}T09:00:00.000000Z"
        n_sessions = rng.randint(*self.size.sessions_per_meeting)
        series_id = rng.choice(series) if rng.random() < 0.85 else ""
        if rng.random() < 0.1:
            title = rng.choice(corpus.KHMER_MEETING_KINDS) + f" {day.year}"
        else:
            title = f"{rng.choice(corpus.MEETING_KINDS)} {day:%B %Y}"
        age = (TODAY - day).days
        status = (
            MeetingStatus.PLANNED
            if age < 30
            else MeetingStatus.HELD
            if age < 120
            else MeetingStatus.REPORTED
        )
        meeting = Meeting(
            id=self.uid(),
            title=title,
            project_title="Strengthening civic space",
            series_id=series_id,
            location_city=rng.choice(corpus.CITIES),
            location_sensitive=rng.random() < 0.2,
            start_date=day.isoformat(),
            end_date=(day + dt.timedelta(days=n_sessions - 1)).isoformat(),
            summary=corpus.english_sentence(rng),
            general_goal=corpus.english_sentence(rng),
            classification=rng.choice(list(Classification)),
            status=status,
        )
        load.add(meeting, when)
        mid = meeting.id
        for pos, org in enumerate(rng.sample(orgs, 2)):
            load.add(
                MeetingOrganiser(id=self.uid(), meeting_id=mid, organisation_id=org, position=pos),
                when,
            )
        for pos in range(self.size.objectives_per_meeting):
            load.add(
                Objective(
                    id=self.uid(), meeting_id=mid, position=pos, text=corpus.english_sentence(rng)
                ),
                when,
            )
        attendees = rng.sample(people, rng.randint(*self.size.attendance_per_session))
        agenda: list[str] = []
        for pos in range(n_sessions):
            session = Session(
                id=self.uid(),
                meeting_id=mid,
                date=(day + dt.timedelta(days=pos)).isoformat(),
                title=f"Day {pos + 1}",
                start_time="09:00",
                end_time="17:00",
                position=pos,
                facilitator_person_id=attendees[0].id,
            )
            load.add(session, when)
            for person in attendees:
                if rng.random() < 0.9:
                    load.add(
                        Attendance(
                            id=self.uid(),
                            session_id=session.id,
                            person_id=person.id,
                            organisation_id=person.organisation_id,
                            role="participant",
                        ),
                        when,
                    )
            for apos in range(self.size.agenda_per_session):
                item = AgendaItem(
                    id=self.uid(),
                    meeting_id=mid,
                    session_id=session.id,
                    title=rng.choice(corpus.AGENDA_TITLES),
                    position=apos,
                )
                load.add(item, when)
                load.add(
                    AgendaTheme(id=self.uid(), agenda_item_id=item.id, theme_id=rng.choice(themes)),
                    when,
                )
                agenda.append(item.id)
        for i in range(n_minutes):
            khmer = rng.random() < 0.2
            speaker = rng.choice(attendees)
            load.add(
                MinuteEntry(
                    id=self.uid(),
                    agenda_item_id=agenda[i * len(agenda) // max(1, n_minutes)],
                    meeting_id=mid,
                    position=float(i),
                    text=corpus.khmer_minute(rng) if khmer else corpus.english_minute(rng),
                    speaker_person_id=speaker.id,
                    speaker_org_id=speaker.organisation_id,
                    confidential=rng.random() < 0.05,
                ),
                when,
            )
        for pos in range(self.size.decisions_per_meeting):
            load.add(
                Decision(
                    id=self.uid(), meeting_id=mid, position=pos, text=corpus.english_sentence(rng)
                ),
                when,
            )
        previous = last_in_series.get(series_id, "") if series_id else ""
        for _ in range(n_actions):
            load.add(self._action(day, age, mid, previous, attendees, orgs), when)
        if series_id:
            last_in_series[series_id] = mid

    def _action(
        self,
        day: dt.date,
        age: int,
        mid: str,
        previous: str,
        attendees: list[Person],
        orgs: list[str],
    ) -> ActionItem:
        rng = self.rng
        roll = rng.random()
        if age > 365:
            status = (
                ActionStatus.DONE
                if roll < 0.75
                else ActionStatus.DROPPED
                if roll < 0.95
                else ActionStatus.OPEN
                if roll < 0.98
                else ActionStatus.IN_PROGRESS
            )
        else:
            status = (
                ActionStatus.OPEN
                if roll < 0.4
                else ActionStatus.IN_PROGRESS
                if roll < 0.65
                else ActionStatus.DONE
                if roll < 0.95
                else ActionStatus.DROPPED
            )
        due = "" if rng.random() < 0.1 else (day + dt.timedelta(days=rng.randint(14, 120)))
        by_person = rng.random() < 0.8
        carried = bool(previous) and rng.random() < 0.1
        return ActionItem(
            id=self.uid(),
            text=corpus.action_text(rng),
            origin_meeting_id=previous if carried else mid,
            followup_meeting_id=mid if carried else "",
            owner_person_id=rng.choice(attendees).id if by_person else "",
            owner_org_id="" if by_person else rng.choice(orgs),
            due_date=due.isoformat() if due else "",
            status=status,
            completed_on=due.isoformat() if due and status == ActionStatus.DONE else "",
        )


def db_size(path: Path) -> int:
    return sum(
        p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def build(kind: str, out: Path, scale: float) -> dict[str, Any]:
    size = Size().scaled(scale)
    folder = out / kind
    if folder.exists():
        for p in sorted(folder.iterdir()):
            p.unlink()
    started = time.perf_counter()
    lock = None
    if kind == "encrypted":
        os.environ.pop(kdf.UNSAFE_TEST_ENV, None)
        params = kdf.calibrated()
        created = create_vault(folder, ORG_NAME, PASSPHRASE, params=params)
        conn, actor, lock = created.vault.conn, created.vault.org_id, created.vault
        path = folder / DB_NAME
        kdf_params = params.as_json()
    else:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / PLAIN_NAME
        conn = open_plain(path)
        schema.migrate(conn)
        actor = str(uuid.UUID(int=1, version=4))
        conn.execute("BEGIN IMMEDIATE")
        BulkLoader(conn, actor).add(Organisation(id=actor, name=ORG_NAME), "2016-01-01")
        conn.execute("COMMIT")
        kdf_params = None
    setup = time.perf_counter() - started
    load = BulkLoader(conn, actor)
    conn.execute("BEGIN IMMEDIATE")
    Generator(size).fill(load, commit_every=250)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    seconds = time.perf_counter() - started
    if lock is not None:
        lock.close()
    else:
        conn.close()
    info = {
        "format": BUILD_FORMAT,
        "kind": kind,
        "scale": scale,
        "seconds": round(seconds, 1),
        "setup_seconds": round(setup, 2),
        "bytes": db_size(path),
        "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "rows": dict(sorted(load.counts.items())),
        "kdf": kdf_params,
    }
    (out / f"build-{kind}.json").write_text(json.dumps(info, indent=1))
    return info


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("encrypted", "plain"), required=True)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    print(json.dumps(build(args.kind, args.out, args.scale)))


if __name__ == "__main__":
    main()
