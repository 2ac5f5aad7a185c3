"""SIGINT and SIGTERM on the command line: an exception when nothing is at stake, else a flag.

While a command only reads and checks its inputs, a signal raises
:class:`Interrupted` (the command ends with one line and exit 130 / 143).
While it trains or saves, the signal only sets a flag and calls the
listeners given to :meth:`Interrupts.deferred` (e.g. ``TrainControl.stop``):
an exception landing inside the training generator would end it and lose
the run, so the loop checks the flag between steps instead.

Standard library only: ``python -m cnnbuilder`` installs it before the
heavier imports.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

SIGNALS = (signal.SIGINT, signal.SIGTERM)
EARLY_LINE = "cnnbuilder: interrupted"  # before the language is known


class Interrupted(BaseException):
    """A SIGINT or SIGTERM arrived while nothing needed saving.

    A ``BaseException`` (like ``KeyboardInterrupt``) so that no ``except
    Exception`` on the way turns it into an error message.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """128 + the signal number: 130 for SIGINT, 143 for SIGTERM."""
        return 128 + self.signum


def signal_name(signum: int) -> str:
    """``"SIGINT"`` / ``"SIGTERM"`` for a message."""
    return signal.Signals(signum).name


class Interrupts:
    """The process's SIGINT/SIGTERM handling (one instance, :data:`INTERRUPTS`)."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._listeners: list[Callable[[], None]] = []

    @property
    def exit_code(self) -> int | None:
        """128 + the first signal received, or None."""
        return None if self.signum is None else 128 + self.signum

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum
        if not self._listeners:
            raise Interrupted(signum)
        for listener in list(self._listeners):
            listener()

    @contextlib.contextmanager
    def installed(self) -> Iterator[Interrupts]:
        """Handle both signals here for the duration; restore the old handlers after."""
        self.signum = None
        old: dict[signal.Signals, Any] = {}
        try:
            for number in SIGNALS:
                old[number] = signal.signal(number, self._handle)
            yield self
        finally:
            for restored, handler in old.items():
                signal.signal(restored, handler)

    @contextlib.contextmanager
    def deferred(self, on_signal: Callable[[], None]) -> Iterator[Interrupts]:
        """Within the block a signal only sets :attr:`signum` and calls ``on_signal``."""
        self._listeners.append(on_signal)
        try:
            if self.signum is not None:  # one arrived just before the block
                on_signal()
            yield self
        finally:
            self._listeners.remove(on_signal)


INTERRUPTS = Interrupts()


def install_early(message: Callable[[], str] | None = None) -> None:
    """Before the heavy imports: a signal ends the process with one line, no traceback.

    Nothing needs saving yet, so the process ends at once (``os._exit``): an
    exception raised inside an import can be swallowed by the imported
    module's own ``try`` and the command would run on as if never stopped.

    Parameters
    ----------
    message : callable, optional
        Returns the line to print (in the chosen language), called only when
        a signal comes; if it fails the line is English, never a traceback.
    """

    def early(signum: int, frame: FrameType | None) -> None:
        line = EARLY_LINE
        if message is not None:
            # The handler can run in the middle of any import: whatever goes wrong
            # while translating, the process must still end with one line.
            with contextlib.suppress(Exception):
                line = message()
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
        os._exit(128 + signum)

    for number in SIGNALS:
        signal.signal(number, early)
