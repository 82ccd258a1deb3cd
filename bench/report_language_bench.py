"""Benchmark: a Khmer report against the same report in English (issue 10).

The demo vault's largest meeting (the most attendees and minute entries) is rendered to PDF in
English and in Khmer (Khmer digits, lunar dates), `--repeat` times each, alternating; the
median of each is printed. Khmer adds the catalogue look-ups, Khmer shaping and the ActualText
pass over more Khmer runs: it must not be much slower.

    python bench/report_language_bench.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `app` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    from app.crypto import kdf

    os.environ[kdf.UNSAFE_TEST_ENV] = "1"  # a throwaway vault: the KDF is not what we time
    from app.demo import fill_demo_vault
    from app.domain.records import Meeting
    from app.reports import ReportLanguage, meeting_document, render
    from app.reports.fonts import register_fonts
    from app.storage.meetings import load_meeting
    from app.vault import create_vault

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        vault = create_vault(
            Path(tmp) / "vault", "Bench", "bench pass phrase", params=kdf.INSECURE_TEST
        ).vault
        fill_demo_vault(vault)
        store = vault.store

        def size(m: Meeting) -> int:
            d = load_meeting(store, m.id)
            entries = sum(len(a.entries) for s in d.sessions for a in s.agenda)
            return entries + sum(len(s.attendees) for s in d.sessions)

        meeting = max(store.select(Meeting), key=size)
        measure = size(meeting)
        today = dt.date(2026, 11, 22)
        langs = {"en": ReportLanguage(), "km": ReportLanguage("km", lunar_dates=True)}
        times: dict[str, list[float]] = {"en": [], "km": []}
        order = list(langs.items())
        for _ in range(args.repeat):
            order.reverse()  # neither language always runs first (caches, CPU clocks)
            for code, lang in order:
                start = time.perf_counter()
                doc = meeting_document(store, meeting.id, prepared_on=today, lang=lang)
                render(doc, "pdf")
                times[code].append(time.perf_counter() - start)
        vault.close()
    print(f"meeting: {meeting.title} ({measure} minute entries and attendances)")
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    for code in ("en", "km"):
        print(
            f"{code}: median {statistics.median(times[code]):.3f} s over {args.repeat} "
            f"(min {min(times[code]):.3f}, max {max(times[code]):.3f})"
        )
    ratio = statistics.median(times["km"]) / statistics.median(times["en"])
    print(f"Khmer / English: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
