"""The window's view of a named data set's download: bar, size, speed, time left, Cancel, Retry.

The download runs on the data panel's background thread; its progress
reports cross to the GUI thread through a queued signal, and Cancel sets a
``threading.Event`` that the download polls, so the window never waits.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from cnnbuilder.core.datasets.download import Progress
from cnnbuilder.core.datasets.named import lookup, needs_download
from cnnbuilder.core.durations import format_duration
from cnnbuilder.core.report import human_bytes
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

NAMED_TITLES = {  # translated where shown (context "DataPanel")
    "mnist": QT_TRANSLATE_NOOP("DataPanel", "MNIST digits"),
    "fashion-mnist": QT_TRANSLATE_NOOP("DataPanel", "Fashion-MNIST"),
    "cifar10": QT_TRANSLATE_NOOP("DataPanel", "CIFAR-10"),
}


def named_title(name: str) -> str:
    """``"MNIST digits (download 11.1 MB)"``, or ``"… (cached)"`` once it is in the cache."""
    title = QCoreApplication.translate("DataPanel", NAMED_TITLES.get(name, name))
    if needs_download(name):
        size = human_bytes(lookup(name).download_size)
        return QCoreApplication.translate("DataPanel", "{title} (download {size})").format(
            title=title, size=size
        )
    return QCoreApplication.translate("DataPanel", "{title} (cached)").format(title=title)


class _Relay(QObject):
    """Carries progress from the download thread to the GUI thread (queued)."""

    progressed = Signal(object)


class DownloadBox(QWidget):
    """Shown while a named data set downloads, and after a failure (with Retry).

    Signals
    -------
    retry_requested()
        The person pressed Retry.
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("downloadBox")
        self._cancel = threading.Event()
        self.active = False  # between start() and finished()/failed()/abandon()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._show)
        self.bar = QProgressBar()
        self.bar.setObjectName("downloadBar")
        self.bar.setRange(0, 1000)
        self.text = QLabel()
        self.text.setObjectName("downloadText")
        self.text.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("downloadCancel")
        self.cancel_button.setToolTip(self.tr("Stop the download; a retry resumes it"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("downloadRetry")
        self.retry_button.clicked.connect(self.retry_requested)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.retry_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.text)
        self.hide()

    def start(self) -> tuple[threading.Event, object]:
        """Show the box for a new download; return its cancel event and progress callback."""
        self._cancel = threading.Event()
        self.active = True
        self.bar.setValue(0)
        self.bar.show()
        self.text.setText(self.tr("Connecting…"))
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.retry_button.hide()
        self.show()
        return self._cancel, self._relay.progressed.emit

    def cancel(self) -> None:
        """Ask the download to stop (it does within half a second)."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.text.setText(self.tr("Cancelling…"))

    def abandon(self) -> None:
        """Stop the current download without a word (another source was chosen, or closing)."""
        self._cancel.set()
        self.active = False
        self.hide()

    def finished(self) -> None:
        """The data set is in the cache: hide the box."""
        self.active = False
        self.hide()

    def failed(self) -> None:
        """The download failed or was cancelled: offer Retry (the reason is shown elsewhere)."""
        self.active = False
        self.bar.hide()
        self.cancel_button.hide()
        self.retry_button.show()
        self.text.setText(
            self.tr("Cancelled. Retry resumes the download.")
            if self._cancel.is_set()
            else self.tr("The download did not complete.")
        )
        self.show()

    @property
    def cancelled(self) -> bool:
        """True if the last download was cancelled."""
        return self._cancel.is_set()

    def _show(self, progress: Progress) -> None:
        if self._cancel.is_set():
            return
        if progress.waiting:
            self.text.setText(self.tr("Waiting for another cnnbuilder fetching the same data…"))
            return
        if progress.total:
            self.bar.setValue(round(1000 * min(progress.done / progress.total, 1.0)))
        if progress.total and progress.done >= progress.total:
            self.cancel_button.setEnabled(False)  # nothing left to cancel: checking, reading
            self.text.setText(self.tr("Downloaded; checking the files and reading them…"))
            return
        text = self.tr("{done} of {total}").format(
            done=human_bytes(progress.done), total=human_bytes(progress.total)
        )
        if progress.speed > 0:
            text += " · " + self.tr("{speed}/s").format(speed=human_bytes(round(progress.speed)))
        if progress.seconds_left is not None:
            text += " · " + self.tr("{time} left").format(
                time=format_duration(progress.seconds_left)
            )
        self.text.setText(text)
