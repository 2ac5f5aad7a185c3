"""The most recently opened or saved network files, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

KEY = "recentFiles"
LIMIT = 8


class RecentFiles(QObject):
    """An ordered list of recent files, newest first, without duplicates.

    Signals
    -------
    changed()
        After every change of the list.
    """

    changed = Signal()

    def __init__(
        self, settings: QSettings | None = None, limit: int = LIMIT, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._limit = limit

    def paths(self) -> list[Path]:
        """The recent files, newest first (files that vanished included)."""
        value = self._settings.value(KEY, [])
        if isinstance(value, str):  # QSettings turns a one-item list into a string
            value = [value]
        if not isinstance(value, list):  # a hand-edited settings file: no recent files
            return []
        return [Path(p) for p in value if isinstance(p, str) and p]

    def add(self, path: Path | str) -> None:
        """Put ``path`` first."""
        path = Path(path).resolve()
        paths = [path] + [p for p in self.paths() if p != path]
        self._store(paths[: self._limit])

    def remove(self, path: Path | str) -> None:
        """Forget ``path`` (e.g. after it failed to open)."""
        path = Path(path).resolve()
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        """Forget every file."""
        self._store([])

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(KEY, [str(p) for p in paths])
        self._settings.sync()
        self.changed.emit()
