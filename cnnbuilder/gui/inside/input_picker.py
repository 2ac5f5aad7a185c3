"""Choose what the network looks at: a test image, a picture file, or a drawing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.datasets.images import ImageStyle
from cnnbuilder.core.inside.picture import read_picture
from cnnbuilder.gui.file_text import NAME_CHARS, shown
from cnnbuilder.gui.inside.draw_pad import DrawPad
from cnnbuilder.gui.training.background import BackgroundJob
from cnnbuilder.gui.training.busy_line import BusyLine
from cnnbuilder.gui.training.prediction_view import IMAGE_FILTERS


class InputPicker(QWidget):
    """The input of the inside view. Object name ``insideInput``.

    Signals
    -------
    input_changed(ndarray, str)
        The new input ``(n_H, n_W, n_c)`` and what it is.
    message(str)
        A problem in plain words (a picture that cannot be read).

    A picture file is read off the GUI thread; another choice, or Cancel,
    drops the earlier answer.
    """

    input_changed = Signal(object, str)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insideInput")
        self.shape: tuple[int, int, int] = (8, 8, 1)
        self.data: Dataset | None = None
        self.data_style: ImageStyle | None = None
        self.index = QSpinBox()
        self.index.setObjectName("insideImageIndex")
        self.index.setKeyboardTracking(False)
        self.index.valueChanged.connect(self._emit_test_image)
        self.truth = QLabel()
        self.picture_button = QPushButton(self.tr("Picture…"))
        self.picture_button.setObjectName("insidePictureButton")
        self.picture_button.clicked.connect(self._ask_picture)
        self.draw_button = QPushButton(self.tr("Draw"))
        self.draw_button.setObjectName("insideDrawButton")
        self.draw_button.setCheckable(True)
        self.draw_button.toggled.connect(self._toggle_pad)
        self.pad = DrawPad()
        self.pad.changed.connect(lambda x: self.input_changed.emit(x, self.tr("your drawing")))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        self._reading = Path()
        self._reader = BackgroundJob(self)
        self._reader.succeeded.connect(self._on_picture_read)
        self._reader.failed.connect(self.message)
        self.busy_line = BusyLine(self._reader, "insidePictureBusy")
        self._build()
        self.set_data(None, self.shape)

    def _build(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.index_label = QLabel(self.tr("Test image"))
        row.addWidget(self.index_label)
        row.addWidget(self.index)
        row.addWidget(self.truth)
        row.addStretch(1)
        row.addWidget(self.picture_button)
        row.addWidget(self.draw_button)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad)
        hint = QLabel(self.tr("Draw with the left button, erase with the right."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        side = QVBoxLayout()
        side.addWidget(hint)
        side.addWidget(self.clear_button)
        side.addStretch(1)
        pad_row.addLayout(side)
        pad_row.addStretch(1)
        self.pad_box = QWidget()
        self.pad_box.setLayout(pad_row)
        self.pad_box.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.busy_line)
        column.addWidget(self.pad_box)

    # -- sources ---------------------------------------------------------------------
    def images(self) -> tuple[np.ndarray | None, np.ndarray | None, str]:
        """The images to pick from, their labels, and what they are."""
        data = self.data
        if data is None or data.input_shape != self.shape:
            return None, None, ""
        if data.x_test is not None and data.y_test is not None and len(data.x_test):
            return data.x_test, data.y_test, self.tr("test image")
        return data.x, data.y, self.tr("training image")

    def set_data(self, data: Dataset | None, shape: tuple[int, int, int]) -> None:
        """Pick from ``data`` for a network whose input is ``shape``."""
        if data is not self.data or shape != self.shape:
            fits = data is not None and data.input_shape == shape
            # How the training images look: a picture is made alike (polarity, margin).
            self.data_style = ImageStyle.of(data.x) if fits and data is not None else None
        self.data, self.shape = data, shape
        x, _, what = self.images()
        self.index.blockSignals(True)
        self.index.setRange(0, max(0, (len(x) if x is not None else 1) - 1))
        self.index.blockSignals(False)
        self.index.setEnabled(x is not None)
        self.index_label.setText(
            what.capitalize() if x is not None else self.tr("No data that fits")
        )
        can_draw = shape[2] == 1
        self.draw_button.setEnabled(can_draw)
        self.draw_button.setToolTip(
            self.tr("Draw an input with the mouse")
            if can_draw
            else self.tr("The drawing pad is for one-channel (grey) inputs")
        )
        if not can_draw:
            self.draw_button.setChecked(False)
        self.pad.set_shape(shape[0], shape[1])

    def show_image(self, index: int) -> None:
        """Show test image ``index`` (from a click on a mistake or a confusion cell)."""
        self.draw_button.setChecked(False)
        if self.index.value() == index:
            self._emit_test_image(index)
        else:
            self.index.setValue(index)

    def current(self) -> None:
        """Emit the current test image again (a new network or data set)."""
        if not self.draw_button.isChecked():
            self._emit_test_image(self.index.value())

    def _emit_test_image(self, index: int) -> None:
        x, y, what = self.images()
        if x is None or y is None or not 0 <= index < len(x):
            self.truth.setText("")
            return
        names = self.data.class_names if self.data is not None else ()
        label = int(y[index])
        name = shown(names[label], NAME_CHARS) if label < len(names) else str(label)
        self.truth.setText(self.tr("true class: {name}").format(name=name))
        self.input_changed.emit(
            x[index],
            self.tr("{what} {index}, true class {name}").format(what=what, index=index, name=name),
        )

    def _toggle_pad(self, on: bool) -> None:
        self.pad_box.setVisible(on)
        if on:
            self.pad.clear()
        else:
            self.current()

    def _ask_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a picture"),
            "",
            QCoreApplication.translate("PredictionView", IMAGE_FILTERS),
        )
        if path:
            self.load_picture(path)

    def load_picture(self, path: str | Path) -> None:
        """Prepare a picture file as the input (resized, grey or RGB), in the background."""
        self._reading = Path(path)
        self.busy_line.say(self.tr("Reading {file}…").format(file=self._reading.name))
        self._reader.submit(read_picture, self._reading, self.shape, self.data_style)

    @property
    def reading(self) -> bool:
        """True while a picture is being read."""
        return self._reader.busy

    def _on_picture_read(self, x: np.ndarray) -> None:
        if x.shape != self.shape:
            return  # the network's input changed while reading
        self.draw_button.setChecked(False)
        self.input_changed.emit(x, shown(self._reading.name, NAME_CHARS))
