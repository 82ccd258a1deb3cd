"""Reading attachment chunks from each storage variant considered in
docs/attachment-storage.md (issue 14), side by side:

    python bench/attachment_storage_bench.py [--mib 64] [--repeat 9]

Each variant holds the same random bytes in 1 MiB chunks; each round reads all of them once
per variant (SQLCipher: a fresh connection each round, so its page cache is cold and the OS
cache warm, as for an attachment exported once), variants interleaved with the order rotating
from round to round; medians; the load average printed. Written to the folder given by --dir
(the default is a temporary folder, removed afterwards): the data is random, nothing of a vault.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

CHUNK = 1 << 20


def sqlcipher_variant(
    folder: Path, name: str, data: bytes, pragmas: tuple[str, ...], key: str | None
) -> Callable[[], float]:
    path = folder / f"{name}.db"
    n = len(data) // CHUNK

    def connect() -> sqlcipher3.Connection:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        if key:
            conn.execute(f"PRAGMA key = \"x'{key}'\"")
        for pragma in pragmas:
            conn.execute(pragma)
        return conn

    conn = connect()
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE chunks (attachment_id TEXT, seq INTEGER, data BLOB)")
    conn.execute("CREATE UNIQUE INDEX chunks_key ON chunks(attachment_id, seq)")
    conn.execute("BEGIN")
    for i in range(n):
        conn.execute(
            "INSERT INTO chunks VALUES ('a', ?, ?)", (i, data[i * CHUNK : (i + 1) * CHUNK])
        )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()

    def read() -> float:
        conn = connect()
        if key:
            conn.execute("PRAGMA cipher_memory_security = OFF")  # as the app opens the vault
        conn.execute("PRAGMA cache_size = -65536")
        start = time.perf_counter()
        for i in range(n):
            conn.execute(
                "SELECT data FROM chunks WHERE attachment_id = 'a' AND seq = ?", (i,)
            ).fetchone()
        took = time.perf_counter() - start
        conn.close()
        return took

    return read


def sealed_files_variant(folder: Path, name: str, data: bytes, aead: object) -> Callable[[], float]:
    path = folder / f"{name}.bin"
    n = len(data) // CHUNK
    with open(path, "wb") as f:
        for i in range(n):
            piece = data[i * CHUNK : (i + 1) * CHUNK]
            f.write(aead.encrypt(i.to_bytes(12, "little"), piece, b"attachment"))  # type: ignore[attr-defined]

    def read() -> float:
        start = time.perf_counter()
        with open(path, "rb", buffering=0) as f:
            for i in range(n):
                sealed = f.read(CHUNK + 16)
                aead.decrypt(i.to_bytes(12, "little"), sealed, b"attachment")  # type: ignore[attr-defined]
        return time.perf_counter() - start

    return read


def plain_file_variant(folder: Path, data: bytes) -> Callable[[], float]:
    path = folder / "plain.bin"
    path.write_bytes(data)

    def read() -> float:
        start = time.perf_counter()
        with open(path, "rb", buffering=0) as f:
            while f.read(CHUNK):
                pass
        return time.perf_counter() - start

    return read


def measure(folder: Path, mib: int, repeat: int) -> str:
    data = os.urandom(mib * CHUNK)
    key = os.urandom(32).hex()
    sha256 = "PRAGMA cipher_hmac_algorithm = HMAC_SHA256"
    big = "PRAGMA cipher_page_size = 65536"
    variants = {
        "SQLCipher 4 defaults (4 KiB pages, HMAC-SHA512): the vault today": sqlcipher_variant(
            folder, "today", data, (), key
        ),
        "SQLCipher, 4 KiB pages, HMAC-SHA256": sqlcipher_variant(
            folder, "sha256", data, (sha256,), key
        ),
        "SQLCipher, 64 KiB pages, HMAC-SHA512": sqlcipher_variant(folder, "big", data, (big,), key),
        "SQLCipher, 64 KiB pages, HMAC-SHA256": sqlcipher_variant(
            folder, "big-sha256", data, (big, sha256), key
        ),
        "SQLCipher library, no key (plain pages)": sqlcipher_variant(
            folder, "nokey", data, (), None
        ),
        "files, ChaCha20-Poly1305 per 1 MiB piece (`cryptography`)": sealed_files_variant(
            folder, "chacha", data, ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
        ),
        "files, AES-256-GCM per 1 MiB piece (`cryptography`)": sealed_files_variant(
            folder, "gcm", data, AESGCM(AESGCM.generate_key(256))
        ),
        "plain file read (what `age` reads)": plain_file_variant(folder, data),
    }
    load_before = os.getloadavg()[0]
    names = list(variants)
    times: dict[str, list[float]] = {name: [] for name in names}
    for name in names:  # warm-up, untimed
        variants[name]()
    for r in range(repeat):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            times[name].append(variants[name]())
    base = statistics.median(times[names[0]])
    rows = [
        f"| storage of attachment chunks ({mib} MiB) | read ms/MiB | × the vault today |",
        "|---|---:|---:|",
    ]
    for name in names:
        med = statistics.median(times[name])
        rows.append(f"| {name} | {med * 1000 / mib:.2f} | {med / base:.2f} |")
    rows.append("")
    rows.append(
        f"Medians of {repeat} interleaved rounds; load average (1 min) before / after: "
        f"{load_before:.1f} / {os.getloadavg()[0]:.1f} (a shared 2-core machine)."
    )
    return "\n".join(rows) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
        print(measure(args.dir, args.mib, args.repeat))
        return 0
    with tempfile.TemporaryDirectory(prefix="rt-attachment-storage-") as tmp:
        print(measure(Path(tmp), args.mib, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
