"""The runs of a document: what every result view observes.

Each finished run is kept with the data it was trained on; one run is
selected, and the results, mistakes, filters, "Try a picture" and Save
weights all work on that run's own network and weights.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.run import Run


@dataclass
class RunEntry:
    """A run of this document, the data set it used, and whether its weights were saved."""

    run: Run
    data: Dataset
    saved: bool = False
    shown: bool = True  # its curves are drawn


class RunsModel(QObject):
    """The runs of one document, numbered from 1, and the selected one.

    Signals
    -------
    changed()
        A run was added, removed or changed (saved, shown).
    selected_changed(object)
        The selected :class:`RunEntry`, or None.
    """

    changed = Signal()
    selected_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[RunEntry] = []
        self._selected: RunEntry | None = None
        self._next = 1

    @property
    def selected(self) -> RunEntry | None:
        """The run the result views show, None when there is none."""
        return self._selected

    @property
    def next_number(self) -> int:
        """The number the next run added gets (its curves are named by it meanwhile)."""
        return self._next

    def shown(self) -> dict[int, bool]:
        """Each run's number, and whether its curves are shown."""
        return {entry.run.number: entry.shown for entry in self.entries}

    def set_shown_number(self, number: int, shown: bool) -> None:
        """Show or hide the curves of the run numbered ``number`` (if it is kept)."""
        for entry in self.entries:
            if entry.run.number == number and entry.shown != shown:
                self.set_shown(entry, shown)

    def add(self, run: Run, data: Dataset) -> RunEntry:
        """Keep ``run`` under the next number and select it."""
        entry = RunEntry(replace(run, number=self._next), data)
        self._next += 1
        self.entries.append(entry)
        self.changed.emit()
        self.select(entry)
        return entry

    def select(self, entry: RunEntry | None) -> None:
        """Show ``entry`` in the result views."""
        if entry is not self._selected:
            self._selected = entry
            self.selected_changed.emit(entry)

    def remove(self, entry: RunEntry) -> None:
        """Forget a run; the latest one left is selected if it was."""
        self.entries.remove(entry)
        self.changed.emit()
        if entry is self._selected:
            self.select(self.entries[-1] if self.entries else None)

    def clear(self) -> None:
        """Close every run (another document)."""
        self.entries.clear()
        self._next = 1
        self.changed.emit()
        self.select(None)

    def mark_saved(self, entry: RunEntry) -> None:
        """Its weights were written to a file."""
        entry.saved = True
        self.changed.emit()

    def set_shown(self, entry: RunEntry, shown: bool) -> None:
        """Show or hide its curves."""
        entry.shown = shown
        self.changed.emit()

    def unsaved(self) -> list[RunEntry]:
        """Runs whose trained weights are not in any file."""
        return [entry for entry in self.entries if not entry.saved]
