"""``Reading w.npz… [Cancel]``: shown while a :class:`BackgroundJob` reads a file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from cnnbuilder.gui.file_text import ElidedLabel
from cnnbuilder.gui.training.background import BackgroundJob


class BusyLine(QWidget):
    """A view of a :class:`BackgroundJob`: what it is doing and a Cancel; hidden when idle.

    Cancel forgets the job's answer (the thread cannot be stopped; what it
    reads is dropped), so whatever was shown before stays as it was.

    Signals
    -------
    cancelled()
        The person pressed Cancel while the job was busy.
    """

    cancelled = Signal()

    def __init__(self, job: BackgroundJob, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._job = job
        self.text = ElidedLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no end known: a moving bar says it is working
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(36)  # the file name needs the room more
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        job.busy_changed.connect(self.setVisible)
        self.setVisible(job.busy)

    def say(self, text: str) -> None:
        """What the job is doing (``Reading w.npz…``)."""
        self.text.setText(text)

    def cancel(self) -> None:
        """Drop the job's answer; nothing it would have changed changes."""
        if self._job.busy:
            self._job.forget()
            self.cancelled.emit()
