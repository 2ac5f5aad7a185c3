"""The dialog shown while closing waits for a long training step to end."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from cnnbuilder.gui.training.controller import WaitFeedback


class CloseWaitDialog(WaitFeedback):
    """A busy indicator with "Close now" (which leaves the step to finish unseen)."""

    def __init__(self, parent: QWidget | None) -> None:
        self.dialog = QProgressDialog(
            QCoreApplication.translate(
                "CloseWaitDialog", "Finishing the current training step before closing…"
            ),
            QCoreApplication.translate("CloseWaitDialog", "Close now"),
            0,
            0,
            parent,
        )
        self.dialog.setObjectName("closeWaitDialog")
        self.dialog.setWindowTitle(QCoreApplication.translate("CloseWaitDialog", "Closing"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.reset()  # no auto-show until show() is called

    def show(self) -> None:
        """Show the busy dialog."""
        self.dialog.show()

    def gave_up(self) -> bool:
        """True once "Close now" was pressed."""
        return self.dialog.wasCanceled()

    def close(self) -> None:
        """Hide the dialog."""
        self.dialog.hide()
        self.dialog.deleteLater()
