"""Durations as a clock shows them, for the command line and the window alike."""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """Return ``1:05`` for 65 s, ``1:02:05`` above an hour (negative counts as 0)."""
    seconds = max(0, round(seconds))
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
