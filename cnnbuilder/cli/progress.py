"""A text progress bar for ``cnnbuilder train`` (stderr, terminals only)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from cnnbuilder.core.durations import format_duration
from cnnbuilder.i18n import translate

_MIN_INTERVAL = 0.1  # seconds between redraws: a terminal need not see every batch


def render_bar(done: int, total: int, prefix: str, suffix: str, width: int = 30) -> str:
    """Return one bar line such as ``epoch 2/10 [#####-----]  50% …``."""
    fraction = 0.0 if total <= 0 else min(1.0, done / total)
    filled = round(width * fraction)
    return f"{prefix} [{'#' * filled}{'-' * (width - filled)}] {100 * fraction:3.0f}% {suffix}"


class ProgressBar:
    """Redraws one line in place on a terminal; silent elsewhere."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._start = time.perf_counter()
        self._last = 0.0

    def update(self, done: int, prefix: str, suffix: str = "") -> None:
        """Draw the bar for ``done`` of ``total`` steps, at most 10 times a second."""
        now = time.perf_counter()
        if not self.enabled or (now - self._last < _MIN_INTERVAL and done < self.total):
            return
        self._last = now
        elapsed = now - self._start
        left = elapsed / done * (self.total - done) if done else 0.0
        remaining = translate("cli", "left {time}").format(time=format_duration(left))
        line = render_bar(done, self.total, prefix, f"{suffix} {remaining}")
        self.stream.write("\r" + line + "\033[K")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar so that a normal line can be printed."""
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()
