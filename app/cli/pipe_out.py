"""Standard output that a reader may stop reading (`roundtable actions | head -1`).

When the reader goes away, a write fails with a broken pipe. That is not an error of the
command: the rest of its output is dropped and the command finishes what it was doing (an
import still commits; its exit code is the command's own), like the stock tools that print
nothing about it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO


class ReaderMayLeave:
    """Wraps a text stream; after the first broken pipe every write is dropped."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.reader_left = False

    def write(self, text: str) -> int:
        if not self.reader_left:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._leave()
        return len(text)

    def flush(self) -> None:
        if not self.reader_left:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._leave()

    def _leave(self) -> None:
        self.reader_left = True
        # What the stream still buffers, and the interpreter's last flush at exit, go nowhere.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def reader_may_leave() -> Iterator[ReaderMayLeave]:
    guarded = ReaderMayLeave(sys.stdout)
    sys.stdout = guarded  # type: ignore[assignment]
    try:
        yield guarded
        guarded.flush()  # a reader that left shows here, not as a traceback at exit
    finally:
        sys.stdout = guarded._stream
