"""The document: the one network spec that every view of the window shows.

``Document`` owns the current :class:`NetworkSpec`, its summary (computed
once per change), the undo stack, the file path and the lock that a
training run holds. Views subscribe to ``spec_changed`` and change the spec
only by pushing undo commands (``cnnbuilder.gui.commands``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cnnbuilder.core.fileio import load_spec, save_spec
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.summary import NetworkSummary, summarize

log = logging.getLogger(__name__)


class Document(QObject):
    """A network spec with its summary, undo history, file path and edit lock.

    Signals
    -------
    spec_changed(NetworkSpec)
        After every change of the spec (edit, undo, redo, new, open).
    path_changed(Path or None)
        After open, save as and new.
    locked_changed(bool)
        When a training run takes or releases the edit lock.
    dirty_changed(bool)
        When the spec starts or stops differing from the saved file.
    replaced()
        After New or Open put a whole new network in place (after
        ``spec_changed``): views reset their zoom and selection.
    """

    spec_changed = Signal(object)
    path_changed = Signal(object)
    locked_changed = Signal(bool)
    dirty_changed = Signal(bool)
    replaced = Signal()

    def __init__(
        self,
        spec: NetworkSpec | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._spec = spec if spec is not None else NetworkSpec()
        self._summary = summarize(self._spec)
        self._path = Path(path) if path is not None else None
        self._locked = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    # -- state ---------------------------------------------------------------
    @property
    def spec(self) -> NetworkSpec:
        """The current network spec (immutable)."""
        return self._spec

    @property
    def summary(self) -> NetworkSummary:
        """``summarize(spec)``, computed once per change."""
        return self._summary

    @property
    def path(self) -> Path | None:
        """The file the spec was opened from or saved to, None when untitled."""
        return self._path

    @property
    def is_dirty(self) -> bool:
        """True when there are changes that are not saved."""
        return not self.undo_stack.isClean()

    @property
    def locked(self) -> bool:
        """True while a training run forbids edits."""
        return self._locked

    @property
    def file_name(self) -> str:
        """The file name for titles, ``"Untitled"`` when there is no file."""
        return self._path.name if self._path is not None else self.tr("Untitled")

    # -- changes -------------------------------------------------------------
    def set_spec(self, spec: NetworkSpec) -> None:
        """Replace the spec and announce it. Only undo commands call this."""
        self._spec = spec
        self._summary = summarize(spec)
        self.spec_changed.emit(spec)

    def push(self, command: QUndoCommand) -> bool:
        """Run ``command`` and keep it for undo; refuse while locked.

        Returns
        -------
        bool
            False when the document is locked or the command changes nothing.
        """
        if self._locked:
            log.info("edit refused while locked: %s", command.text())
            return False
        if not getattr(command, "changes_spec", True):
            return False
        self.undo_stack.push(command)
        return True

    def undo(self) -> None:
        """Undo the last command unless the document is locked."""
        if not self._locked:
            self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the next command unless the document is locked."""
        if not self._locked:
            self.undo_stack.redo()

    def set_locked(self, locked: bool) -> None:
        """Take (True) or release (False) the edit lock of a training run."""
        if locked != self._locked:
            self._locked = locked
            self.locked_changed.emit(locked)

    # -- files ---------------------------------------------------------------
    def reset(self, spec: NetworkSpec, path: Path | None = None) -> None:
        """Start afresh from ``spec`` (New, Open): no history, nothing unsaved."""
        self.undo_stack.clear()
        self._set_path(path)
        self.set_spec(spec)
        self.undo_stack.setClean()
        self.replaced.emit()

    def open(self, path: Path | str) -> None:
        """Load a network file; on failure the current spec stays untouched.

        Raises
        ------
        SpecError
            If the file cannot be read or holds no valid network.
        """
        path = Path(path)
        spec = load_spec(path)  # raises before anything changes
        self.reset(spec, path)

    def save(self, path: Path | str | None = None) -> Path:
        """Write the spec atomically to ``path`` (default: the current file).

        Raises
        ------
        ValueError
            If there is neither a path nor a current file.
        OSError
            If the file cannot be written (the old file is then untouched).
        """
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("the document has no file yet; give a path")
        save_spec(self._spec, target)
        self._set_path(target)
        self.undo_stack.setClean()
        return target

    def _set_path(self, path: Path | None) -> None:
        path = Path(path) if path is not None else None
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)
