"""Try the trained network on a picture: open or drop a file, see the probabilities."""

from __future__ import annotations

from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.datasets.images import ImageStyle
from cnnbuilder.core.nn.network import Network
from cnnbuilder.gui.file_text import NAME_CHARS, TITLE_CHARS, breakable, shown, shown_lines
from cnnbuilder.gui.training.background import BackgroundJob
from cnnbuilder.gui.training.busy_line import BusyLine
from cnnbuilder.gui.training.images import read_image, to_pixmap
from cnnbuilder.gui.training.plot_style import style_plot
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

IMAGE_FILTERS = QT_TRANSLATE_NOOP(
    "PredictionView", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"
)
PREVIEW = 96


class PredictionView(QWidget):
    """Drop or open a picture; it is resized to the network input and classified.

    A view of a trained :class:`Network` and its class names (``set_model``).
    Object name ``predictionView``.

    The picture is read and prepared off the GUI thread (a large or slow
    file never freezes the window); another picture chosen meanwhile, or
    Cancel, drops the earlier answer.

    Signals
    -------
    message(str)
        A plain-words problem with the picture (not readable, wrong channels).
    predicted(ndarray)
        The (classes,) probabilities of the picture just shown.
    """

    message = Signal(str)
    predicted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictionView")
        self.setAcceptDrops(True)
        self._network: Network | None = None
        self._style: ImageStyle | None = None
        self.last_input: np.ndarray | None = None
        self._class_names: tuple[str, ...] = ()
        self._last_path: Path | None = None  # the picture shown
        self._reading: Path | None = None  # the picture being read
        self.probabilities: np.ndarray | None = None
        self._reader = BackgroundJob(self)
        self._reader.succeeded.connect(self._on_read)
        self._reader.failed.connect(self._on_read_failed)
        self.busy_line = BusyLine(self._reader, "pictureBusy")
        self._build()
        self.set_model(None, ())

    def _build(self) -> None:
        self.preview = QLabel(self.tr("Drop a picture\nhere"))
        self.preview.setObjectName("predictionPreview")
        self.preview.setFixedSize(PREVIEW + 8, PREVIEW + 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed #9ca3af; color: #6b7280;")
        self.open_button = QPushButton(self.tr("Open picture…"))
        self.open_button.clicked.connect(self._ask_file)
        self.invert_box = QCheckBox(self.tr("Invert"))
        self.invert_box.setToolTip(
            self.tr(
                "Dark on light pictures become light on dark "
                "(the built-in digits are white on black)"
            )
        )
        self.invert_box.toggled.connect(self._redo)
        self.answer = QLabel()
        self.answer.setObjectName("predictionAnswer")
        self.answer.setWordWrap(True)
        self.bars = pg.PlotWidget()
        self.bars.setObjectName("probabilityPlot")
        # Horizontal bars: class names read left of them, however long they are.
        style_plot(self.bars, "", self.tr("probability"))
        self.bars.setXRange(0, 1, padding=0.02)
        self.bars.setMouseEnabled(x=False, y=False)
        self.bars.getPlotItem().invertY(True)  # class 0 on top
        self.bars.setMinimumHeight(110)
        self._bar_item = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush="#1d4ed8")
        self.bars.addItem(self._bar_item)
        side = QVBoxLayout()
        side.addWidget(self.open_button)
        side.addWidget(self.invert_box)
        side.addWidget(self.answer)
        side.addWidget(self.busy_line)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.bars, 1)

    def set_model(
        self,
        network: Network | None,
        class_names: tuple[str, ...],
        style: ImageStyle | None = None,
    ) -> None:
        """Classify with ``network`` from now on (None: nothing to try yet).

        ``style`` describes the training images: a picture is prepared like them
        (polarity, crop to content, margin, aspect kept).
        """
        self._network, self._class_names = network, tuple(class_names)
        self._style = style
        if network is None:  # nothing of an earlier run's answer stays on screen
            self._reader.forget()
            self._last_path, self.last_input, self.probabilities = None, None, None
            self.preview.clear()
            self.preview.setText(self.tr("Drop a picture\nhere"))
        self.open_button.setEnabled(network is not None)
        self.answer.setText(
            self.tr("Open or drop a picture to see what the network makes of it.")
            if network is not None
            else self.tr("Train the network first.")
        )
        self._show_bars(np.zeros(len(self._class_names)))
        if network is not None:
            self._redo()  # the picture shown (or being read), prepared for this network

    def predict_file(self, path: str | Path) -> None:
        """Read the picture at ``path`` in the background, then classify it.

        The answer comes as ``predicted`` (probabilities) or ``message`` (a problem).
        """
        if self._network is None:
            self.message.emit(self.tr("Train the network or load weights before trying a picture."))
            return
        self._reading = Path(path)
        self.busy_line.say(self.tr("Reading {file}…").format(file=self._reading.name))
        self._reader.submit(
            read_image,
            self._reading,
            self._network.spec.input.shape,
            self.invert_box.isChecked(),
            self._style,
        )

    @property
    def reading(self) -> bool:
        """True while a picture is being read."""
        return self._reader.busy

    def _on_read(self, x: np.ndarray) -> None:
        network = self._network
        if network is None or x.shape[1:] != network.spec.input.shape:
            return  # the network changed meanwhile; set_model asked again
        self._last_path = self._reading
        self.last_input = x  # (1, n_H, n_W, n_c): exactly what the network saw
        probabilities: np.ndarray = network.predict_proba(x)[0]
        self._show(x[0], probabilities)
        self.predicted.emit(probabilities)

    def _on_read_failed(self, text: str) -> None:
        self.answer.setText(breakable(shown_lines(text)))  # it names the file
        self.message.emit(text)

    def _show(self, image: np.ndarray, probabilities: np.ndarray) -> None:
        self.probabilities = probabilities
        self.preview.setPixmap(to_pixmap(image, PREVIEW))
        best = int(np.argmax(probabilities))
        best_name = escape(self._name(best, NAME_CHARS))
        file = escape(shown(self._last_path.name, TITLE_CHARS)) if self._last_path else ""
        self.answer.setText(breakable(f"<b>{best_name}</b> ({probabilities[best]:.0%})<br>{file}"))
        self._show_bars(probabilities)

    def _show_bars(self, probabilities: np.ndarray) -> None:
        names = [self._name(i, NAME_CHARS // 2) for i in range(len(probabilities))]
        y = np.arange(len(probabilities))
        best = int(np.argmax(probabilities)) if len(y) and probabilities.max() > 0 else -1
        brushes = ["#1d4ed8" if i == best else "#93c5fd" for i in y]
        self._bar_item.setOpts(x0=np.zeros(len(y)), y=y, width=probabilities, brushes=brushes)
        axis = self.bars.getPlotItem().getAxis("left")
        axis.setTicks([[(int(i), n) for i, n in zip(y, names, strict=True)]])
        self.bars.setYRange(-0.6, max(len(y), 1) - 0.4, padding=0)

    def _name(self, index: int, limit: int) -> str:
        names = self._class_names
        return shown(names[index], limit) if index < len(names) else str(index)

    def _redo(self) -> None:
        """Read again the picture being read, or else the one shown (another network, Invert)."""
        path = self._reading if self._reader.busy else self._last_path
        if path is not None and self._network is not None:
            self.predict_file(path)

    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a picture"), "", self.tr(IMAGE_FILTERS)
        )
        if path:
            self.predict_file(path)

    # -- drag and drop: a thin adapter over predict_file ----------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._network is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.predict_file(urls[0].toLocalFile())
