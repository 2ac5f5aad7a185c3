"""The active time of a run (pauses excluded), for the time-left estimate."""

from __future__ import annotations

import time


class RunClock:
    """Measures a run's active time; :meth:`left` extrapolates it to the end."""

    def __init__(self) -> None:
        self._start = self._paused_at = 0.0
        self._paused_total = 0.0

    def start(self) -> None:
        """A run starts now."""
        self._start, self._paused_at, self._paused_total = time.perf_counter(), 0.0, 0.0

    def pause(self, paused: bool) -> None:
        """The run was paused (True) or resumed (False); repeats are ignored."""
        now = time.perf_counter()
        if paused and not self._paused_at:
            self._paused_at = now
        elif not paused and self._paused_at:
            self._paused_total += now - self._paused_at
            self._paused_at = 0.0

    def left(self, done: int, total: int) -> float | None:
        """Seconds left at the average pace so far (None before the first iteration)."""
        if done <= 0:
            return None
        active = time.perf_counter() - self._start - self._paused_total
        return active / done * (total - done)
