"""Autosave to a recovery file, and the offer to restore it at the next start.

A few seconds after each change (:data:`DELAY_MS`), while the document has
unsaved changes, :class:`Autosave` writes the document and whether trained
weights are unsaved to the recovery file (see :mod:`cnnbuilder.core.recovery`);
saving the document or closing the window normally removes it. At the next
start :func:`offer_restore` asks whether to restore what a crash left.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from cnnbuilder.core import recovery

if TYPE_CHECKING:
    from cnnbuilder.gui.main_window import MainWindow

log = logging.getLogger(__name__)
DELAY_MS = 3000
ENV_FOLDER = "CNNBUILDER_RECOVERY_DIR"


def recovery_folder() -> Path:
    """``$CNNBUILDER_RECOVERY_DIR``, else ``recovery/`` in the application's data folder."""
    if os.environ.get(ENV_FOLDER):
        return Path(os.environ[ENV_FOLDER])
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "recovery"


class Autosave(QObject):
    """Keeps this window's recovery file up to date."""

    def __init__(self, window: MainWindow, folder: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder or recovery_folder()
        self.file = recovery.recovery_file(self.folder)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        document = window.document
        document.spec_changed.connect(self._changed)
        document.dirty_changed.connect(self._changed)
        window.closing.connect(self.stop)

    def _changed(self, *_args: object) -> None:
        if self.window.document.is_dirty:
            self.timer.start()
        else:  # saved, or undone back to the saved state
            self.timer.stop()
            recovery.discard(self.file)

    def write_now(self) -> None:
        """Write the recovery file now (or remove it when nothing is unsaved)."""
        document = self.window.document
        if not document.is_dirty:
            recovery.discard(self.file)
            return
        try:
            recovery.write_recovery(
                self.folder, document.spec, document.path, self._unsaved_weights()
            )
        except OSError as exc:  # a full disk must not disturb the editing
            log.warning("cannot write the recovery file %s: %s", self.file, exc)

    def _unsaved_weights(self) -> bool:
        weights = self.window.training.weights
        return weights.network is not None and weights.network is not weights.saved_network

    def stop(self) -> None:
        """A normal close: nothing to recover."""
        self.timer.stop()
        recovery.discard(self.file)


def offer_restore(window: MainWindow, folder: Path | None = None) -> bool:
    """Offer to restore the newest document a crash left; True if restored.

    Every other leftover is removed once the user has answered.
    """
    found = recovery.orphans(folder or recovery_folder())
    if not found:
        return False
    newest = found[0]
    for other in found[1:]:
        recovery.discard(other.file)
    where = (
        str(newest.path)
        if newest.path
        else QCoreApplication.translate("autosave", "an untitled network")
    )
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(newest.saved_at))
    text = QCoreApplication.translate(
        "autosave",
        "cnnbuilder ended without saving the changes to {where} (last autosaved {when}).\n\n"
        "Restore them?",
    ).format(where=where, when=when)
    if newest.unsaved_weights:
        text += "\n\n" + QCoreApplication.translate(
            "autosave", "Weights trained in that session were not saved and are lost."
        )
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("autosave", "Restore unsaved changes"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    recovery.discard(newest.file)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.document.reset(newest.spec, newest.path)
    window.document.undo_stack.resetClean()  # restored changes are not saved yet
    return True
