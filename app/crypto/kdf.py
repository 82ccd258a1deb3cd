"""Argon2id parameters: calibrated defaults, caps on what a key file may demand."""

from __future__ import annotations

import importlib
import os
import sys
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from app.errors import KdfTooCostly, VaultCorrupt
from app.i18n import N_

# DESIGN §2: m=256 MiB, t=3, p=4; stepped down to a floor of 64 MiB if slower than 2 s.
DEFAULT_M_KIB = 256 * 1024
FLOOR_M_KIB = 64 * 1024
DEFAULT_T = 3
DEFAULT_P = 4
TARGET_SECONDS = 2.0

# A key file is attacker-controlled input: cap the work it may make us do (STYLE 9). Argon2's
# time is about proportional to m_kib * t (p only spreads it over cores), so the cap is on that
# product: at most 4x our default's cost (~3-6 s on a 2-core laptop, p=4..1), never the 2 GiB x 64
# passes (minutes) a hostile file can ask for. Calibration only steps down, so every vault we
# made stays well below it.
MAX_M_KIB = 1024 * 1024
MAX_T = 64
MAX_P = 16
MAX_COST_KIB = 4 * 256 * 1024 * 3  # 4 x (m = 256 MiB, t = 3)

UNSAFE_TEST_ENV = "ROUNDTABLE_INSECURE_TEST_KDF"
# The environment variable alone is not enough: a module only the test suite provides must be
# importable too (tests/kdf_marker/), so no installed app can be made to create weak vaults.
TEST_MARKER_MODULE = "roundtable_test_kdf_marker"


@dataclass(frozen=True)
class KdfParams:
    t: int
    m_kib: int
    p: int
    alg: str = "argon2id"

    def validate(self) -> None:
        ok = (
            self.alg == "argon2id"
            and 1 <= self.t <= MAX_T
            and 1 <= self.p <= MAX_P
            and 8 * self.p <= self.m_kib <= MAX_M_KIB
        )
        if not ok:
            raise VaultCorrupt(
                N_("Errors", "The vault key file has unsupported key-derivation settings.")
            )
        if self.m_kib * self.t > MAX_COST_KIB:
            raise KdfTooCostly()

    def as_json(self) -> dict[str, object]:
        return {"alg": self.alg, "t": self.t, "m_kib": self.m_kib, "p": self.p}


DEFAULT = KdfParams(t=DEFAULT_T, m_kib=DEFAULT_M_KIB, p=DEFAULT_P)
# Cheap parameters for tests only: never chosen unless the caller or the environment asks.
INSECURE_TEST = KdfParams(t=1, m_kib=8 * 1024, p=1)


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    params.validate()
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.t,
        memory_cost=params.m_kib,
        parallelism=params.p,
        hash_len=32,
        type=Type.ID,
    )


def insecure_test_kdf_allowed() -> bool:
    """True only inside the test suite that asked for cheap parameters (see TEST_MARKER_MODULE)."""
    if os.environ.get(UNSAFE_TEST_ENV) != "1" or getattr(sys, "frozen", False):
        return False
    try:
        marker = importlib.import_module(TEST_MARKER_MODULE)
    except ImportError:
        return False
    return getattr(marker, "ALLOW_INSECURE_TEST_KDF", False) is True


def calibrated(seconds: float = TARGET_SECONDS) -> KdfParams:
    """The default parameters, memory halved until one derivation fits in `seconds` (>= floor)."""
    if insecure_test_kdf_allowed():
        print("warning: insecure test key-derivation settings in use", file=sys.stderr)
        return INSECURE_TEST
    params = DEFAULT
    while True:
        started = time.perf_counter()
        derive(b"calibration", b"\0" * 16, params)
        if time.perf_counter() - started <= seconds or params.m_kib <= FLOOR_M_KIB:
            return params
        params = KdfParams(t=params.t, m_kib=max(FLOOR_M_KIB, params.m_kib // 2), p=params.p)
