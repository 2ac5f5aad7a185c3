"""The training controls: data, settings, Train / Pause / Stop, progress, weights."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.durations import format_duration
from cnnbuilder.core.training import IterationResult
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.file_text import breakable, shown_lines
from cnnbuilder.gui.training.data_panel import DataPanel
from cnnbuilder.gui.training.settings_form import SettingsForm

STATUS_STYLES = {
    "info": "color: #374151;",
    "good": "color: #047857;",
    "warn": "color: #b45309;",
    "error": "color: #b91c1c; font-weight: bold;",
}


def format_time_left(seconds: float) -> str:
    """``75`` -> ``"1:15"``; ``3725`` -> ``"1:02:05"``; under a minute ``"42 s"``."""
    if round(seconds) < 60:
        n = max(0, round(seconds))
        return QCoreApplication.translate("TrainingPanel", "{n} s").format(n=n)
    return format_duration(seconds)


class TrainingPanel(QScrollArea):
    """The controls of a run; the :class:`TrainingSession` drives and fills it.

    Object names: ``trainingPanel`` (this), ``trainButton``, ``pauseButton``,
    ``stopButton``, ``trainingProgress``, ``timeLeftLabel``, ``trainingStatus``;
    children ``dataPanel`` and ``settingsForm``. Button clicks are connected by the session.
    """

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.data_panel = DataPanel(document)
        self.settings = SettingsForm()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.data_panel)
        column.addWidget(self.settings)
        column.addWidget(self._run_box())
        column.addStretch(1)
        self.setWidget(body)
        self.setMinimumWidth(290)

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Run"))
        self.train_button = self._button(
            self.tr("Train"), "trainButton", self.tr("Train the network (Ctrl+T)")
        )
        self.train_button.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        self.pause_button = self._button(
            self.tr("Pause"), "pauseButton", self.tr("Hold the run; resume later")
        )
        self.pause_button.setCheckable(True)
        self.stop_button = self._button(
            self.tr("Stop"),
            "stopButton",
            self.tr("End the run now and keep the weights trained so far"),
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("trainingProgress")
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.time_left = QLabel()
        self.time_left.setObjectName("timeLeftLabel")
        self.time_left.setStyleSheet("color: #4b5563;")
        self.status = QLabel()
        self.status.setObjectName("trainingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        buttons = QHBoxLayout()
        for button in (self.train_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        grid = QGridLayout(box)
        grid.addLayout(buttons, 0, 0)
        grid.addWidget(self.progress, 1, 0)
        grid.addWidget(self.time_left, 2, 0)
        grid.addWidget(self.status, 3, 0)
        self.set_running(False)
        return box

    # -- state shown -----------------------------------------------------------------
    def set_running(self, running: bool, paused: bool = False) -> None:
        """Enable the buttons for a run in progress (or not)."""
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.pause_button.setChecked(running and paused)
        self.pause_button.setText(self.tr("Resume") if running and paused else self.tr("Pause"))
        for widget in (self.data_panel, self.settings):
            widget.setEnabled(not running)
        if running:
            self.train_button.setEnabled(False)

    def set_status(self, text: str, kind: str = "info") -> None:
        """Show a line about the run; ``kind`` is info, good, warn or error."""
        self.status.setText(breakable(shown_lines(text)))  # names of files in it
        self.status.setStyleSheet(STATUS_STYLES[kind])

    def clear_progress(self) -> None:
        """Show no run: an empty bar without text."""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.time_left.setText("")

    def reset_progress(self, total: int) -> None:
        """A run of ``total`` iterations is about to start."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Starting…"))
        self.time_left.setText("")

    def show_progress(self, last: IterationResult, epochs: int, seconds_left: float | None) -> None:
        """Epoch, iteration and time left after the iteration ``last``."""
        total = epochs * last.batches_per_epoch
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(last.iteration)
        self.progress.setFormat(
            self.tr("Epoch {epoch}/{epochs} · iteration {iteration}/{total}").format(
                epoch=last.epoch, epochs=epochs, iteration=f"{last.iteration:,}", total=f"{total:,}"
            )
        )
        if seconds_left is not None:
            self.time_left.setText(
                self.tr("About {time} left").format(time=format_time_left(seconds_left))
            )
