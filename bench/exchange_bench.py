"""Exchange benchmark (issue 14): each figure a ratio against a reference doing the same job
and ending the same way, measured in the same run, interleaved, medians.

    python bench/exchange_bench.py [--attachment-mb 100] [--repeat 7] [--rss-mb 20 200]

- `roundtable export` of a meeting with N MB of attachments, the CLI as a user runs it (process
  start, vault open with the test KDF, export, fsync), against `age -r` encrypting the same inner
  ZIP to a file and `minisign -S` (prehashed) signing that file with an unencrypted key, both
  outputs and the folder fsynced: throughput ratio = reference time / ours (target >= 0.8);
  in the same rounds, `roundtable export` of a meeting without attachments (the CLI's fixed
  cost: start-up, imports, unlock, a bundle's bookkeeping);
- the same export in process (vault already open) against its physical floor: the attachment
  chunks read from the vault, encrypted by age (pyrage, streaming), hashed (BLAKE2b for the
  signature), written and fsynced (target <= 1.3x the floor); wall and CPU time (the export
  runs its passes in turn, as the floor does);
- where the time goes: the same chunks read from the vault alone, against the same bytes read
  from a plain file;
- `roundtable verify` against `minisign -V -H` on the extracted payload.age (target <= 1.3x);
- under both CLI rows, in the same rounds, the floor for any Python program doing the job: the
  same interpreter started the same way doing only the stock tools' passes over a plain file
  (pyrage + BLAKE2b + write/fsync; BLAKE2b alone), to show what the targets leave;
- peak RSS (VmHWM of a child process that only exports, or only imports) for two attachment
  sizes, against `age` encrypting / decrypting the same size (its ru_maxrss).

Vault content here is synthetic (random bytes), so the reference programs may write it on disk.
Writes bench/out/exchange.md.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ROUNDTABLE_INSECURE_TEST_KDF", "1")

from app.crypto import bundle, kdf, signing  # noqa: E402
from app.crypto.identity import load_identity  # noqa: E402
from app.domain.records import (  # noqa: E402
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MinuteEntry,
    Objective,
    Organisation,
    Person,
    Session,
)
from app.exchange.contacts import add_contact, get_contact, own_card  # noqa: E402
from app.exchange.exporter import export_bundle  # noqa: E402
from app.storage.attachments import add_attachment  # noqa: E402
from app.vault import create_vault, open_vault  # noqa: E402

PASSPHRASE = "benchmark passphrase for exchange 2026"
WORDS = [
    "land",
    "rights",
    "union",
    "workers",
    "election",
    "monitoring",
    "coalition",
    "statement",
    "advocacy",
    "training",
    "community",
    "defenders",
    "province",
    "factory",
    "wages",
    "lawyers",
    "youth",
    "media",
    "report",
    "follow-up",
]


def _text(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n)).capitalize() + "."


def _pair(root: Path):
    a = create_vault(root / "a", "Bench Org A", PASSPHRASE, params=kdf.INSECURE_TEST).vault
    b = create_vault(root / "b", "Bench Org B", PASSPHRASE, params=kdf.INSECURE_TEST).vault
    add_contact(a, own_card(b).raw, verified=True)
    add_contact(b, own_card(a).raw, verified=True)
    return a, b


def fill_meetings(vault, count: int, seed: int = 7) -> list[str]:
    """`count` meetings of ~30 records each (sessions, attendance, minutes, decisions, ...)."""
    rnd = random.Random(seed)
    store = vault.store
    records = []
    orgs = [Organisation(name=f"Partner organisation {i}") for i in range(20)]
    people = [
        Person(
            name=f"Person {i}",
            organisation_id=rnd.choice(orgs).id,
            gender=rnd.choice(["woman", "man"]),
        )
        for i in range(200)
    ]
    records += orgs + people
    ids = []
    for i in range(count):
        m = Meeting(
            title=f"Meeting {i}: {_text(rnd, 5)}",
            start_date=f"20{10 + i % 16:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            summary=_text(rnd, 40),
            general_goal=_text(rnd, 15),
        )
        ids.append(m.id)
        records.append(m)
        records += [Objective(meeting_id=m.id, text=_text(rnd, 12), position=j) for j in range(2)]
        for s_i in range(2):
            s = Session(meeting_id=m.id, date=m.start_date, title=_text(rnd, 4), position=s_i)
            records.append(s)
            for p in rnd.sample(people, 4):
                records.append(
                    Attendance(session_id=s.id, person_id=p.id, organisation_id=p.organisation_id)
                )
            for a_i in range(2):
                item = AgendaItem(
                    meeting_id=m.id, session_id=s.id, title=_text(rnd, 5), position=a_i
                )
                records.append(item)
                for e_i in range(2):
                    records.append(
                        MinuteEntry(
                            agenda_item_id=item.id,
                            meeting_id=m.id,
                            text=_text(rnd, 50),
                            position=float(e_i),
                            speaker_person_id=rnd.choice(people).id,
                            confidential=rnd.random() < 0.1,
                        )
                    )
        records += [Decision(meeting_id=m.id, text=_text(rnd, 20), position=j) for j in range(2)]
        records.append(
            ActionItem(
                text=_text(rnd, 12), origin_meeting_id=m.id, owner_person_id=rnd.choice(people).id
            )
        )
    store.add_many(records)
    return ids


def _med(values: list[float]) -> float:
    return statistics.median(values)


def _fsync(*paths: Path) -> None:
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _run(args: list[str], **kw) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for `roundtable` runs: byte-code cached as in an installed copy (pip
    compiles on install; a checkout run with PYTHONDONTWRITEBYTECODE would compile every
    module on every start), the cache kept out of the source tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / "out" / "pycache")
    env.update(extra)
    return env


# The least a Python program can do for the same jobs, started the way `roundtable` is (same
# interpreter, same site-packages): the floors under the two CLI rows. They read a plain file
# (no vault, no unlock, no records) and do only the passes the stock tools do.
ENCRYPT_FLOOR = """
import hashlib, os, sys
import pyrage
src, out, recipient = sys.argv[1:4]
class Hashing:
    def __init__(self, f):
        self.f, self.h = f, hashlib.blake2b()
    def write(self, data):
        view = memoryview(data)
        self.h.update(view)
        self.f.write(view)
        return view.nbytes
with open(src, "rb") as i, open(out, "wb") as f:
    pyrage.encrypt_io(i, Hashing(f), [pyrage.x25519.Recipient.from_str(recipient)])
    f.flush()
    os.fsync(f.fileno())
fd = os.open(os.path.dirname(out), os.O_RDONLY)
os.fsync(fd)
"""

HASH_FLOOR = """
import hashlib, sys
h = hashlib.blake2b()
buf = bytearray(4 << 20)
view = memoryview(buf)
with open(sys.argv[1], "rb", buffering=0) as f:
    while n := f.readinto(buf):
        h.update(view[:n])
"""


def _interleaved(repeat: int, **jobs) -> dict[str, list[float]]:
    """One untimed warm-up run of each job, then rounds that run every job once, the order
    rotating from round to round."""
    names = list(jobs)
    for name in names:
        jobs[name]()
    out: dict[str, list[float]] = {n: [] for n in names}
    for i in range(repeat):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            out[name].append(jobs[name]())
    return out


def attachment_pair(root: Path, megabytes: int):
    """Two vaults that know each other; A holds one meeting with `megabytes` of attachments
    (files of at most 25 MB, random bytes: they do not compress)."""
    a, b = _pair(root)
    meeting = a.store.add(Meeting(title="Attachments meeting", start_date="2026-05-01"))
    remaining, n = megabytes, 0
    while remaining > 0:
        size = min(25, remaining)
        add_attachment(
            a.store, meeting.id, f"report-{n}.bin", io.BytesIO(os.urandom(size * 1024 * 1024))
        )
        remaining -= size
        n += 1
    return a, b, meeting.id


def inner_zip_of(path: Path, recipient) -> bytes:
    """The plaintext payload of a bundle (the bytes the reference programs encrypt)."""
    import pyrage

    with zipfile.ZipFile(path) as zf:
        payload = zf.read(bundle.PAYLOAD)
    ident = load_identity(recipient.conn)
    return pyrage.decrypt(payload, [pyrage.x25519.Identity.from_str(ident.age_secret)])


def export_rows(root: Path, megabytes: int, repeat: int) -> list[str]:
    age, minisign = shutil.which("age"), shutil.which("minisign")
    a, b, meeting_id = attachment_pair(root, megabytes)
    empty_meeting = a.store.add(Meeting(title="No attachments", start_date="2026-05-02")).id
    first = root / "first.rtbundle"
    export_bundle(
        a,
        [get_contact(a.conn, b.org_id)],
        [meeting_id],
        first,
        policy="full",
        include_attachments=True,
    )
    inner = root / "inner.zip"
    inner.write_bytes(inner_zip_of(first, b))
    recipient = load_identity(b.conn).age_recipient
    b_name = "Bench Org B"
    a_dir = a.folder
    rows: list[str] = []
    env = cli_env(ROUNDTABLE_PASSPHRASE=PASSPHRASE)
    counter = iter(range(10**6))

    def ours_cli(meeting: str = meeting_id) -> float:
        out = root / f"cli-{next(counter)}.rtbundle"
        t = _run(
            [
                sys.executable,
                "-m",
                "app",
                "export",
                "--vault",
                str(a_dir),
                "--to",
                b_name,
                "--meeting",
                meeting,
                "--attachments",
                "--redact",
                "full",
                "-o",
                str(out),
            ],
            cwd=ROOT,
            env=env,
        )
        out.unlink()
        return t

    def reference() -> float:
        out = root / "ref.age"
        start = time.perf_counter()
        subprocess.run([age, "-r", recipient, "-o", str(out), str(inner)], check=True)
        subprocess.run(
            [
                minisign,
                "-S",
                "-s",
                str(root / "ref.key"),
                "-m",
                str(out),
                "-t",
                "roundtable/v1 reference",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        _fsync(out, root / "ref.age.minisig", root)
        t = time.perf_counter() - start
        out.unlink()
        return t

    if age and minisign:
        subprocess.run(
            [minisign, "-G", "-W", "-f", "-p", str(root / "ref.pub"), "-s", str(root / "ref.key")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        a.close()

        def python_floor() -> float:
            out = root / "floor-cli.age"
            t = _run(
                [sys.executable, "-c", ENCRYPT_FLOOR, str(inner), str(out), recipient],
                env=cli_env(),
            )
            out.unlink()
            return t

        times = _interleaved(
            repeat,
            ours=ours_cli,
            ref=reference,
            fixed=lambda: ours_cli(empty_meeting),
            floor=python_floor,
        )
        ours, ref, fixed = _med(times["ours"]), _med(times["ref"]), _med(times["fixed"])
        py_floor = _med(times["floor"])
        rows.append(
            f"| `roundtable export` of {megabytes} MB of attachments, CLI | {ours:.2f} s | "
            f"`age -r` + `minisign -S` of the same bytes, fsynced: {ref:.2f} s | "
            f"{ref / ours:.2f}× | ≥ 0.8× |"
        )
        rows.append(
            f"| (its fixed cost: `roundtable export` of a meeting without attachments, CLI) | "
            f"{fixed:.2f} s | the target leaves {ref / 0.8 - fixed:.2f} s for the "
            f"{megabytes} MB, which `age` + `minisign` take {ref:.2f} s for | — | — |"
        )
        rows.append(
            f"| (the floor for a Python program: start, encrypt the same bytes from a plain file "
            f"with pyrage, BLAKE2b, write and fsync; no vault) | {py_floor:.2f} s | "
            f"`age` + `minisign`: {ref:.2f} s | {ref / py_floor:.2f}× | — |"
        )
        rows.append(
            f"| (the best `roundtable export` could reach: that floor + its fixed cost, with "
            f"reading the attachments from the vault free) | {py_floor + fixed:.2f} s | "
            f"{ref:.2f} s | {ref / (py_floor + fixed):.2f}× | — |"
        )
    else:
        rows.append("| export, CLI | — | `age` or `minisign` not installed | — | ≥ 0.8× |")

    # In process: the vault stays open; the floor reads the same chunks, encrypts, hashes,
    # writes and fsyncs, with nothing else.
    import pyrage

    vault = open_vault(a_dir, PASSPHRASE)
    to = [get_contact(vault.conn, b.org_id)]

    cpu: dict[str, list[float]] = {"ours": [], "floor": []}

    def ours_in_process() -> float:
        out = root / f"in-{next(counter)}.rtbundle"
        start, used = time.perf_counter(), time.process_time()
        export_bundle(vault, to, [meeting_id], out, policy="full", include_attachments=True)
        t = time.perf_counter() - start
        cpu["ours"].append(time.process_time() - used)
        out.unlink()
        return t

    class Chunks(io.RawIOBase):
        def __init__(self) -> None:
            self.rows = vault.conn.execute(
                "SELECT data FROM attachment_chunks ORDER BY attachment_id, seq"
            )
            self.head = memoryview(b"")

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            if not self.head:
                row = self.rows.fetchone()
                if row is None:
                    return b""
                self.head = memoryview(row[0])
            n = len(self.head) if size is None or size < 0 else size
            out, self.head = self.head[:n], self.head[n:]
            return bytes(out)

    class Hashing(io.RawIOBase):
        def __init__(self, f) -> None:
            self.f = f
            self.h = hashlib.blake2b()

        def writable(self) -> bool:
            return True

        def write(self, data) -> int:
            view = memoryview(data)
            self.h.update(view)
            self.f.write(view)
            return view.nbytes

    rcpt = [pyrage.x25519.Recipient.from_str(recipient)]

    def floor() -> float:
        out = root / "floor.age"
        start, used = time.perf_counter(), time.process_time()
        with open(out, "wb") as f:
            pyrage.encrypt_io(Chunks(), Hashing(f), rcpt)
            f.flush()
            os.fsync(f.fileno())
        _fsync(root)
        t = time.perf_counter() - start
        cpu["floor"].append(time.process_time() - used)
        out.unlink()
        return t

    times = _interleaved(repeat, ours=ours_in_process, floor=floor)
    ours, fl = _med(times["ours"]), _med(times["floor"])
    # the warm-up runs are not timed: the CPU lists hold one more entry than the rounds
    c_ours, c_floor = _med(cpu["ours"][1:]), _med(cpu["floor"][1:])
    rows.append(
        f"| the same, in process (vault open; no start-up, no KDF) | {ours:.2f} s (CPU "
        f"{c_ours:.2f} s) | the physical floor (chunks read + age + BLAKE2b + write/fsync): "
        f"{fl:.2f} s (CPU {c_floor:.2f} s) | {ours / fl:.2f}× the floor (CPU "
        f"{c_ours / c_floor:.2f}×) | ≤ 1.3× the floor |"
    )

    # Where the time goes: the chunks read from the vault alone, against the same bytes read
    # from a plain file (what `age` reads in the reference).
    plain = root / "plain.bin"
    with open(plain, "wb") as f:
        for (data,) in vault.conn.execute(
            "SELECT data FROM attachment_chunks ORDER BY attachment_id, seq"
        ):
            f.write(data)

    def vault_read() -> float:
        start = time.perf_counter()
        reader = Chunks()
        while reader.read(1 << 20):
            pass
        return time.perf_counter() - start

    def file_read() -> float:
        start = time.perf_counter()
        with open(plain, "rb", buffering=0) as f:
            while f.read(1 << 20):
                pass
        return time.perf_counter() - start

    times = _interleaved(repeat, vault=vault_read, file=file_read)
    v_read, f_read = _med(times["vault"]), _med(times["file"])
    mib = plain.stat().st_size / (1 << 20)
    plain.unlink()
    rows.append(
        f"| (where the time goes: the {megabytes} MB of chunks read from the vault alone) | "
        f"{v_read:.2f} s ({v_read * 1000 / mib:.1f} ms/MiB) | the same bytes read from a plain "
        f"file: {f_read:.3f} s | "
        f"{v_read / f_read:.0f}× | — |"
    )

    # verify: the CLI against minisign -V -H on the extracted payload.
    ident = load_identity(vault.conn)
    vault.close()
    pub = root / "a.pub"
    pub.write_bytes(signing.public_key_file(ident.sign_key_id, ident.sign_public))
    with zipfile.ZipFile(first) as zf:
        (root / "payload.age").write_bytes(zf.read(bundle.PAYLOAD))
        (root / "payload.age.minisig").write_bytes(zf.read(bundle.PAYLOAD_SIG))
    jobs = {
        "ours": lambda: _run(
            [sys.executable, "-m", "app", "verify", str(first), "--signer", str(pub)],
            cwd=ROOT,
            env=cli_env(),
        )
    }
    if minisign:
        jobs["ref"] = lambda: _run(
            [minisign, "-V", "-H", "-q", "-p", str(pub), "-m", str(root / "payload.age")]
        )
        jobs["floor"] = lambda: _run(
            [sys.executable, "-c", HASH_FLOOR, str(root / "payload.age")], env=cli_env()
        )
        times = _interleaved(repeat, **jobs)
        ours, ref, py_floor = _med(times["ours"]), _med(times["ref"]), _med(times["floor"])
        rows.append(
            f"| `roundtable verify` of that bundle, CLI | {ours * 1000:.0f} ms | `minisign -V -H`:"
            f" {ref * 1000:.0f} ms | {ours / ref:.2f}× | ≤ 1.3× |"
        )
        rows.append(
            f"| (the floor for a Python program: start and BLAKE2b payload.age with hashlib, "
            f"nothing else) | {py_floor * 1000:.0f} ms | `minisign -V -H`: {ref * 1000:.0f} ms | "
            f"{py_floor / ref:.2f}× | — |"
        )
    return rows


RSS_CHILD = """
import json, os, sys, time
sys.path.insert(0, {root!r})
os.environ["ROUNDTABLE_INSECURE_TEST_KDF"] = "1"
from pathlib import Path
from app.vault import open_vault
from app.exchange.contacts import get_contact
from app.exchange.exporter import export_bundle
from app.exchange.importer import import_bundle
mode, folder, other, meeting, path = sys.argv[1:]
vault = open_vault(Path(folder), {passphrase!r})
if mode == "export":
    export_bundle(vault, [get_contact(vault.conn, other)], [meeting], Path(path), policy="full",
                  include_attachments=True)
else:
    import_bundle(vault, Path(path))
vault.close()
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(json.dumps(int(line.split()[1]) * 1024))
"""


def _child_peak(*args: str) -> int:
    code = RSS_CHILD.format(root=str(ROOT), passphrase=PASSPHRASE)
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return int(json.loads(proc.stdout.strip().splitlines()[-1]))


def _age_peak(args: list[str]) -> int:
    """Peak RSS of the program as GNU time reports it (time forks it from its own small
    process; a child forked from this Python process would carry the parent's peak across
    exec)."""
    with tempfile.NamedTemporaryFile("r") as report:
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", report.name, *args],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return int(report.read().strip().splitlines()[-1]) * 1024


def rss_rows(root: Path, sizes: list[int]) -> list[str]:
    age = shutil.which("age") if Path("/usr/bin/time").exists() else None
    mib = 1024 * 1024
    peaks: dict[str, list[int]] = {"export": [], "import": [], "age -r": [], "age -d": []}
    for megabytes in sizes:
        where = root / f"rss-{megabytes}"
        a, b, meeting_id = attachment_pair(where, megabytes)
        a_dir, b_dir, a_org, b_org = a.folder, b.folder, a.org_id, b.org_id
        key = load_identity(b.conn)
        a.close()
        b.close()
        path = where / "x.rtbundle"
        peaks["export"].append(_child_peak("export", str(a_dir), b_org, meeting_id, str(path)))
        peaks["import"].append(_child_peak("import", str(b_dir), a_org, meeting_id, str(path)))
        if age:
            plain = where / "plain.bin"
            with open(plain, "wb") as f:
                for _ in range(megabytes):
                    f.write(os.urandom(mib))
            (where / "id.txt").write_text(key.age_secret + "\n")
            enc = where / "plain.age"
            peaks["age -r"].append(
                _age_peak([age, "-r", key.age_recipient, "-o", str(enc), str(plain)])
            )
            peaks["age -d"].append(
                _age_peak([age, "-d", "-i", str(where / "id.txt"), "-o", os.devnull, str(enc)])
            )
            (where / "id.txt").unlink()
        shutil.rmtree(where)

    def shown(values: list[int]) -> str:
        return " → ".join(f"{v / mib:.0f}" for v in values) + " MiB"

    per_mb = [
        (peaks[k][-1] - peaks[k][0]) / mib / max(1, sizes[-1] - sizes[0])
        for k in ("export", "import")
    ]
    ref = f"`age -r` {shown(peaks['age -r'])}, `age -d` {shown(peaks['age -d'])}" if age else "—"
    return [
        f"| peak RSS, export / import, {' → '.join(map(str, sizes))} MB of attachments | export "
        f"{shown(peaks['export'])}, import {shown(peaks['import'])} | {ref} | "
        f"+{per_mb[0]:.2f} / +{per_mb[1]:.2f} MiB per MB | flat: ≤ 150 MiB for a 1 GB bundle |"
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attachment-mb", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rss-mb", type=int, nargs="+", default=[20, 200, 1000])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    rows = [
        "| measure | Roundtable | reference | ratio | target |",
        "|---|---:|---:|---:|---|",
    ]
    with tempfile.TemporaryDirectory(prefix="rt-exchange-bench-") as tmp:
        rows += export_rows(Path(tmp) / "export", args.attachment_mb, args.repeat)
        rows += rss_rows(Path(tmp), args.rss_mb)
    rows.append("")
    rows.append(
        f"Medians of {args.repeat} interleaved rounds; load average (1 min) before / after: "
        f"{load_before:.1f} / {os.getloadavg()[0]:.1f} (a shared 2-core machine)."
    )
    text = "\n".join(rows) + "\n"
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "exchange.md").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
