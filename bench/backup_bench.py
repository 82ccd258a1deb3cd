"""Backup, check and restore of a large vault: wall time and peak RSS of each (issue 12).

    python -m bench.backup_bench --size-mib 1024 --dir /tmp/bb        # builds the vault once

The vault is filled with 8 MiB attachments of random bytes (incompressible, like the scans and
PDFs that make real vaults big) with the test KDF. Each phase runs in its own process so its
peak RSS (`ru_maxrss` of that child) is its own: the open-vault backup (the app's route: a
checkpoint, a held read transaction, a raw stream), the closed-vault backup (the CLI's route),
the check (extract + cipher_integrity_check + quick_check) and the restore.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PASSPHRASE = "correct horse battery staple 42"


def build(folder: Path, size_mib: int) -> None:
    from app.crypto import kdf
    from app.domain.records import Meeting
    from app.storage.attachments import add_attachment
    from app.vault import create_vault

    vault = create_vault(folder, "Bench", PASSPHRASE, params=kdf.INSECURE_TEST).vault
    meeting = vault.store.add(Meeting(title="Bench", start_date="2026-01-01"))
    chunk = 8 * 1024 * 1024
    for n in range(max(1, size_mib // 8)):
        with open("/dev/urandom", "rb") as random_source:
            import io

            add_attachment(
                vault.store, meeting.id, f"scan-{n}.pdf", io.BytesIO(random_source.read(chunk))
            )
    vault.close()


def _peak_rss_mib() -> float:
    """VmHWM: the high-water mark of this process's own address space. (`ru_maxrss` survives
    execve on Linux, so a child would report its parent's peak.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


FILES = ("vault.key", "vault.db", "vault-b.db")


def _copy(sources: list[Path], targets: list[Path], sizes: list[int] | None = None) -> None:
    """Stream `sources` (concatenated) into `targets` (split by `sizes`), 1 MiB at a time, each
    target fsynced: the physical job a backup or a restore cannot avoid."""

    def chunks():
        for source in sources:
            with open(source, "rb") as f:
                while block := f.read(1 << 20):
                    yield block

    stream = chunks()
    pending = b""
    for i, target in enumerate(targets):
        want = sizes[i] if sizes else None
        with open(target, "wb") as out:
            written = 0
            while want is None or written < want:
                if not pending:
                    pending = next(stream, b"")
                    if not pending:
                        break
                take = pending if want is None else pending[: want - written]
                out.write(take)
                written += len(take)
                pending = pending[len(take) :]
            out.flush()
            os.fsync(out.fileno())


def phase(name: str, folder: Path, work: Path) -> dict[str, float]:
    from app import vault_backup
    from app.vault import open_vault

    started = time.perf_counter()
    if name == "backup-open":
        with open_vault(folder, PASSPHRASE) as vault:
            opened = time.perf_counter()
            vault_backup.backup_open_vault(vault, work / "open.rtbackup")
            started = opened
    elif name == "sqlcipher-backup-api":
        # The alternative measured for comparison: SQLCipher's online backup with identical
        # keying (it needs the data key in hand, which the app's open Vault does not keep).
        import sqlcipher3

        from app.crypto.keyfile import read_keyfile
        from app.storage.database import open_database

        data_key = read_keyfile(folder / "vault.key").open_with_passphrase(PASSPHRASE).data_key
        opened = time.perf_counter()
        source = open_database(folder / "vault.db", bytes(data_key.buffer))
        target_path = work / "api-copy.db"
        target_path.unlink(missing_ok=True)
        target = sqlcipher3.connect(str(target_path))
        target.execute(f"PRAGMA key = \"x'{bytes(data_key.buffer).hex()}'\"")
        source.backup(target, pages=256)
        target.close()
        source.close()
        data_key.wipe()
        started = opened
    elif name == "copy-in":
        # The reference for a backup: the same encrypted files, byte for byte, into one file,
        # synced — what `cat vault.key vault.db vault-b.db > file && sync` does.
        _copy([folder / n for n in FILES], [work / "reference.bin"])
    elif name == "copy-out":
        # The reference for a restore: one file's bytes into three files in a new folder, synced.
        shutil.rmtree(work / "reference-out", ignore_errors=True)
        (work / "reference-out").mkdir()
        sizes = [(folder / n).stat().st_size for n in FILES]
        _copy([work / "reference.bin"], [work / "reference-out" / n for n in FILES], sizes)
    elif name == "backup-closed":
        vault_backup.backup_folder(folder, work / "closed.rtbackup")
    elif name == "check":
        vault_backup.check_backup(work / "closed.rtbackup", passphrase=PASSPHRASE)
    elif name == "restore":
        shutil.rmtree(work / "restored", ignore_errors=True)
        vault_backup.restore_backup(work / "closed.rtbackup", work / "restored")
    seconds = time.perf_counter() - started
    peak = _peak_rss_mib()
    return {"seconds": round(seconds, 2), "peak_rss_mib": round(peak, 1)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--phase")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    folder = args.dir / "vault"
    if args.phase:
        print(json.dumps(phase(args.phase, folder, args.dir)))
        return 0
    os.environ["ROUNDTABLE_INSECURE_TEST_KDF"] = "1"
    if not folder.exists():
        args.dir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build(folder, args.size_mib)
        print(f"built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    size = (folder / "vault.db").stat().st_size / 1048576
    print(f"vault.db: {size:.0f} MiB")

    def run(name: str) -> dict[str, float]:
        out = subprocess.run(
            [sys.executable, "-m", "bench.backup_bench", "--dir", str(args.dir), "--phase", name],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(out.stdout)

    print(f"load average at start: {os.getloadavg()}")
    # Each against a reference doing the same physical job and ending the same way (synced),
    # interleaved with the order alternating each round; medians.
    pairs = (("backup-closed", "copy-in"), ("backup-open", "copy-in"), ("restore", "copy-out"))
    run("backup-closed")  # the file `check` and `restore` read
    run("copy-in")
    timings: dict[str, list[dict[str, float]]] = {}
    for r in range(args.rounds):
        for ours, reference in pairs:
            for name in (ours, reference) if r % 2 == 0 else (reference, ours):
                timings.setdefault(name + ("" if name == ours else f" ({ours})"), []).append(
                    run(name)
                )
    for ours, reference in pairs:
        a = timings[ours]
        b = timings[f"{reference} ({ours})"]
        ma = statistics.median(t["seconds"] for t in a)
        mb = statistics.median(t["seconds"] for t in b)
        rss = max(t["peak_rss_mib"] for t in a)
        print(
            f"{ours}: {ma:.2f} s (median of {len(a)}), {reference}: {mb:.2f} s, "
            f"ratio {ma / mb:.2f}x the plain copy; peak RSS {rss:.0f} MiB"
        )
    # No reference does what these do (open and verify every page; a different route):
    for name in ("check", "sqlcipher-backup-api"):
        print(name, run(name), "(single run, no reference)")
    print(f"load average at end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
