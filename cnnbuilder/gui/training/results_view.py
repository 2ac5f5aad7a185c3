"""After a run: test accuracy, confusion matrix, mistakes, first-layer filters, a try-out."""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.datasets.images import ImageStyle
from cnnbuilder.core.evaluation import confusion_matrix, misclassified
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import ConvSpec
from cnnbuilder.gui.file_text import NAME_CHARS, shown
from cnnbuilder.gui.training.confusion_view import ConfusionMatrixView
from cnnbuilder.gui.training.image_grid import ImageGrid
from cnnbuilder.gui.training.images import normalize
from cnnbuilder.gui.training.prediction_view import PredictionView
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

MAX_MISTAKES = 60
MAX_FILTERS = 64
NO_MISTAKES = QT_TRANSLATE_NOOP("ResultsView", "No misclassified test images.")


@dataclass(frozen=True)
class EvaluatedNetwork:
    """A trained network and its answers on the test split of ``data``.

    Attributes
    ----------
    predictions : ndarray, (m_test,) int64, or None
        None when the data has no test split.
    title : str
        What these results are of (``"run 2 · adam · lr 0.003 · batch 32"``).
    ending : str
        How the run ended early (``"stopped after epoch 3 of 10"``); empty for
        a complete run or weights loaded from a file.
    note : str
        Which weights these are when a run's best weights differ from them
        (``"These results use the final weights. The best validation…"``).
    """

    network: Network
    data: Dataset
    predictions: np.ndarray | None
    title: str
    ending: str = ""
    style: ImageStyle | None = None  # of the training images, for "Try a picture"
    note: str = ""  # which weights these are, when a run's best ones differ

    @property
    def heading(self) -> str:
        """The title, followed by how the run ended when it ended early."""
        return f"{self.title} — {self.ending}" if self.ending else self.title


def first_conv_filters(network: Network) -> list[tuple[np.ndarray, str, str]]:
    """The first CONV layer's kernels as tiles: (f, f, n_c_prev) images scaled to 0..1."""
    for i, layer in enumerate(network.spec.layers):
        # This view is about CONV filters as such: the kind is the question asked.
        if isinstance(layer, ConvSpec):
            w = network.params[f"layer{i}.W"]  # (f, f, n_c_prev, n_c)
            tiles = []
            for k in range(min(w.shape[3], MAX_FILTERS)):
                kernel = w[:, :, :, k]
                tiles.append(
                    (
                        normalize(kernel),
                        f"{k + 1}",
                        QCoreApplication.translate(
                            "ResultsView",
                            "filter {k} of layer {layer}: {shape}, weights {low} … {high}",
                        ).format(
                            k=k + 1,
                            layer=i + 1,
                            shape=f"{w.shape[0]}×{w.shape[1]}×{w.shape[2]}",
                            low=f"{kernel.min():.2f}",
                            high=f"{kernel.max():.2f}",
                        ),
                    )
                )
            return tiles
    return []


class ResultsView(QWidget):
    """Views an :class:`EvaluatedNetwork`; drop a picture anywhere on it to try it.

    Object name ``resultsView``.

    Signals
    -------
    evaluation_changed(object)
        The :class:`EvaluatedNetwork` now shown, or None after :meth:`clear`.
    test_image_chosen(int)
        A mistake or a confusion-matrix cell was clicked: the index of that
        test image (the first one of the cell).
    """

    evaluation_changed = Signal(object)
    test_image_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setAcceptDrops(True)
        self.evaluation: EvaluatedNetwork | None = None
        self.headline = QLabel()
        self.headline.setObjectName("testAccuracyLabel")
        self.headline.setStyleSheet("font-size: 15px;")
        self.headline.setWordWrap(True)
        self.confusion = ConfusionMatrixView()
        self.mistakes = ImageGrid("misclassifiedGrid", 48, caption_lines=3)
        self.filters = ImageGrid("filterGrid", 40)
        self.prediction = PredictionView()
        self.save_weights_button = QPushButton(self.tr("Save weights…"))
        self.save_weights_button.setObjectName("saveWeightsButton")
        self.save_weights_button.setToolTip(self.tr("Write the trained weights to a .npz file"))
        self.load_weights_button = QPushButton(self.tr("Load weights…"))
        self.load_weights_button.setObjectName("loadWeightsButton")
        self.load_weights_button.setToolTip(
            self.tr(
                "Read weights for this network from a .npz file and show how they do on the "
                "test images"
            )
        )
        self._mistake_indices: list[int] = []
        self.mistakes.itemClicked.connect(self._on_mistake_clicked)
        self.confusion.cellClicked.connect(self._on_confusion_clicked)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addLayout(self._header(), 0, 0, 1, 2)
        grid.addWidget(_boxed(self.tr("Confusion matrix"), self._confusion_column()), 1, 0)
        grid.addWidget(self._details_tabs(), 1, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.clear()

    def _header(self) -> QVBoxLayout:
        self.version_note = QLabel()
        self.version_note.setObjectName("runVersionNote")
        self.version_note.setWordWrap(True)
        self.version_note.setStyleSheet("color: #b45309;")
        self.restore_button = QPushButton(self.tr("Restore this run's network"))
        self.restore_button.setObjectName("restoreNetworkButton")
        self.restore_button.setToolTip(
            self.tr("Put the network this run trained back on the canvas (Undo takes it back)")
        )
        header = QHBoxLayout()
        header.addWidget(self.headline, 1)
        header.addWidget(self.save_weights_button)
        header.addWidget(self.load_weights_button)
        note = QHBoxLayout()
        note.addWidget(self.version_note, 1)
        note.addWidget(self.restore_button)
        column = QVBoxLayout()
        column.addLayout(header)
        column.addLayout(note)
        self._header_column = column
        self.show_version(0, [])
        return column

    def add_busy_line(self, line: QWidget) -> None:
        """Show ``line`` (``Reading w.npz… [Cancel]``) under the headline and its buttons."""
        self._header_column.insertWidget(1, line)

    def show_version(self, number: int, changes: list[str]) -> None:
        """Say that run ``number`` trained an earlier version of the canvas network."""
        differs = bool(number and changes)
        self.version_note.setText(
            self.tr(
                "Run {n} trained an earlier version of the network ({changes}); these "
                "results, the filters, Try a picture and Save weights use that run's network."
            ).format(n=number, changes=", ".join(changes))
            if differs
            else ""
        )
        self.version_note.setVisible(differs)
        self.restore_button.setVisible(differs)

    def _confusion_column(self) -> QWidget:
        axes = QLabel(self.tr("rows: true class · columns: predicted class"))
        axes.setStyleSheet("color: #6b7280;")
        axes.setWordWrap(True)
        confusion = QWidget()
        column = QVBoxLayout(confusion)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(axes)
        column.addWidget(self.confusion, 1)
        return confusion

    def _details_tabs(self) -> QTabWidget:
        """Mistakes, filters and the try-out share a tabbed column.

        The confusion matrix beside it needs a square; these do not.
        """
        self.details = QTabWidget()
        self.details.setObjectName("resultDetails")
        self.details.setDocumentMode(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details.setMinimumWidth(240)
        self.details.addTab(self.mistakes, self.tr("Mistakes"))
        self.details.addTab(self.filters, self.tr("Filters"))
        self.details.addTab(self.prediction, self.tr("Try a picture"))
        self.details.setTabToolTip(
            0, self.tr("Test images the network got wrong, captioned true class → predicted class")
        )
        self.details.setTabToolTip(
            1,
            self.tr(
                "The kernels of the first CONV layer, each scaled from black (lowest weight) "
                "to white (highest)"
            ),
        )
        self.details.setTabToolTip(
            2, self.tr("Open or drop a picture to see what the network makes of it")
        )
        return self.details

    def clear(self, text: str | None = None) -> None:
        """Show nothing but ``text`` (default: results appear here after a run)."""
        self.evaluation = None
        self.headline.setText(text or self.tr("Results appear here after a run."))
        self.confusion.set_matrix(np.zeros((0, 0), dtype=np.int64), ())
        for grid in (self.mistakes, self.filters):
            grid.set_tiles([])
            grid.set_placeholder("")
        self.prediction.set_model(None, ())
        self.evaluation_changed.emit(None)
        self.details.setTabText(0, self.tr("Mistakes"))

    def show_evaluation(self, evaluation: EvaluatedNetwork) -> None:
        """Fill every part from ``evaluation``."""
        self.evaluation = evaluation
        self.evaluation_changed.emit(evaluation)
        data, pred = evaluation.data, evaluation.predictions
        self.prediction.set_model(evaluation.network, data.class_names, evaluation.style)
        self.filters.set_tiles(first_conv_filters(evaluation.network))
        self.filters.set_placeholder(self.tr("The network has no CONV layer."))
        self.details.setTabText(0, self.tr("Mistakes"))
        if pred is None or data.y_test is None:
            self._set_headline(
                self.tr("<b>No test split</b> in {data}: results of {heading}.").format(
                    data=data.name, heading=evaluation.heading
                )
            )
            absent = self.tr(
                "{data} has no test split, so there are no test images to show."
            ).format(data=data.name)
            self.confusion.set_matrix(np.zeros((0, 0), dtype=np.int64), (), absent)
            self.mistakes.set_tiles([])
            self.mistakes.set_placeholder(absent)
            return
        classes = max(data.num_classes, int(pred.max()) + 1, int(data.y_test.max()) + 1)
        correct = int(np.sum(pred == data.y_test))
        self._set_headline(
            self.tr(
                "Test accuracy <b>{accuracy}</b> ({correct} of {total} test images) — {heading}"
            ).format(
                accuracy=f"{correct / len(pred):.1%}",
                correct=f"{correct:,}",
                total=f"{len(pred):,}",
                heading=evaluation.heading,
            )
        )
        self.confusion.set_matrix(confusion_matrix(data.y_test, pred, classes), data.class_names)
        self._show_mistakes(data, pred)

    def _set_headline(self, text: str) -> None:
        """The headline, with the evaluation's note (which weights) on a line below."""
        note = self.evaluation.note if self.evaluation is not None else ""
        if note:
            text += f"<br><span style='color: #6b7280; font-size: 13px;'>{html.escape(note)}</span>"
        self.headline.setText(text)

    def _show_mistakes(self, data: Dataset, pred: np.ndarray) -> None:
        if data.x_test is None or data.y_test is None:  # the caller shows "no test split"
            return
        x_test, y_test = data.x_test, data.y_test
        wrong = misclassified(y_test, pred)
        self._mistake_indices = [int(i) for i in wrong[:MAX_MISTAKES]]
        names = data.class_names

        def name(k: int, limit: int | None = None) -> str:
            return shown(names[k], limit) if k < len(names) else str(k)

        tiles = [
            (
                x_test[i],
                f"{name(y_test[i], NAME_CHARS)} → {name(pred[i], NAME_CHARS)}",
                self.tr("test image {i}: true {true}, predicted {predicted}").format(
                    i=i, true=name(y_test[i]), predicted=name(pred[i])
                ),
            )
            for i in wrong[:MAX_MISTAKES]
        ]
        self.mistakes.set_tiles(tiles)
        self.mistakes.set_placeholder(self.tr(NO_MISTAKES))
        self.details.setTabText(0, self.tr("Mistakes ({n})").format(n=len(wrong)))
        if len(wrong) > MAX_MISTAKES:
            tip = self.tr(
                "{n} test images the network got wrong; the first {shown} are shown, captioned "
                "true class → predicted class"
            )
        else:
            tip = self.tr(
                "{n} test images the network got wrong, captioned true class → predicted class"
            )
        self.details.setTabToolTip(0, tip.format(n=len(wrong), shown=MAX_MISTAKES))

    def _on_mistake_clicked(self, item: object) -> None:
        row = self.mistakes.row(item)  # type: ignore[arg-type]
        if 0 <= row < len(self._mistake_indices):
            self.test_image_chosen.emit(self._mistake_indices[row])

    def _on_confusion_clicked(self, true_class: int, predicted: int) -> None:
        evaluation = self.evaluation
        if evaluation is None or evaluation.predictions is None or evaluation.data.y_test is None:
            return
        hits = np.flatnonzero(
            (evaluation.data.y_test == true_class) & (evaluation.predictions == predicted)
        )
        if len(hits):
            self.test_image_chosen.emit(int(hits[0]))

    # -- a picture dropped anywhere on the results goes to the try-out ------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.prediction.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.details.setCurrentWidget(self.prediction)
        self.prediction.dropEvent(event)


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    box.setAlignment(Qt.AlignmentFlag.AlignLeft)
    # Widths follow the grid's column stretch, not each child's size hint.
    box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    box.setMinimumWidth(280)
    return box
