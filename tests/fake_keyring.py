"""An in-memory keyring for the device-binding tests. It lives only in tests/ (never installed)
and refuses to exist outside a pytest run; `app.crypto.device_secret` accepts it only through
`use_backend_for_tests`, which refuses too. No environment variable can select it."""

from __future__ import annotations

import sys


class FakeKeyring:
    def __init__(self) -> None:
        if "pytest" not in sys.modules:
            raise RuntimeError("the fake keyring is for tests only")
        self.items: dict[tuple[str, str], str] = {}
        self.forgetful = False

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if not self.forgetful:
            self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)
