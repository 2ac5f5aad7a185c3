"""Save the trained weights, or load weights and show their results (``.npz``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import CnnBuilderError, DataError, ShapeError
from cnnbuilder.core.nn.layers import param_shapes
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.reading import npz_shapes
from cnnbuilder.core.run import predict_test
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.weights import NETWORK_KEY, load_weights, save_weights
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.training.background import BackgroundJob
from cnnbuilder.gui.training.results_view import EvaluatedNetwork, ResultsView
from cnnbuilder.gui.training.training_panel import TrainingPanel
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

WEIGHTS_FILTER = QT_TRANSLATE_NOOP("WeightsActions", "Weights (*.npz)")


def _kernel_shapes(shapes: dict[str, tuple[int, ...]]) -> str:
    """``layer0.W 5×5×3×8, layer2.W 400×120``: the W of each layer (its b follows from it)."""
    kernels = sorted(k for k in shapes if k.endswith(".W"))
    listed = ", ".join(f"{k} {'×'.join(map(str, shapes[k]))}" for k in kernels)
    return listed or QCoreApplication.translate("WeightsActions", "no weights")


def _file_shapes(path: str | Path) -> dict[str, tuple[int, ...]] | None:
    """The array shapes stored in a weights file, or None if it cannot be read."""
    try:
        shapes = npz_shapes(path)
    except DataError:
        return None
    shapes.pop(NETWORK_KEY, None)  # the network they belong to, not a weight
    return shapes


def mismatch_text(path: str | Path, spec: NetworkSpec, error: ShapeError) -> str:
    """Explain a refused weights file with both shapes.

    When the file's layers differ from the network's (weights of another
    network), the error alone names only missing keys; the file's and the
    network's kernel shapes are then listed side by side.
    """
    name = Path(path).name
    stored = _file_shapes(path)
    needed = param_shapes(spec)
    if stored is None or set(stored) == set(needed):
        # Same layers: the error names both shapes.
        return QCoreApplication.translate(
            "WeightsActions", "Could not load {file}: {problem}"
        ).format(file=name, problem=error)
    return QCoreApplication.translate(
        "WeightsActions",
        "Could not load {file}: it holds the weights of another network. "
        "The file has {stored}; this network needs {needed}.",
    ).format(file=name, stored=_kernel_shapes(stored), needed=_kernel_shapes(needed))


def evaluate(network: Network, data: Dataset, title: str) -> EvaluatedNetwork:
    """Predict the test split of ``data`` (runs on a background thread)."""
    return EvaluatedNetwork(network, data, predict_test(network, data), title)


class WeightsActions(QObject):
    """The Save weights / Load weights buttons of the results view.

    ``network`` is the latest trained or loaded network (None before any).

    Signals
    -------
    message(str)
        A line for the window's status bar.
    saved(Network)
        Its weights were written to a file.
    """

    message = Signal(str)
    saved = Signal(object)  # the Network whose weights were written

    def __init__(
        self, document: Document, panel: TrainingPanel, results: ResultsView, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._document, self._panel, self._results = document, panel, results
        self.network: Network | None = None
        self.saved_network: Network | None = None  # the network whose weights were last saved
        self._job = BackgroundJob(self)
        self._job.succeeded.connect(self._on_evaluated)
        self._job.failed.connect(lambda text: panel.set_status(text, "error"))
        results.save_weights_button.clicked.connect(self._ask_save)
        results.load_weights_button.clicked.connect(self._ask_load)

    def save(self, path: str | Path) -> bool:
        """Write the current network's weights; False (and a message) on failure."""
        panel = self._panel
        if self.network is None:
            panel.set_status(self.tr("There are no trained weights to save yet."), "warn")
            return False
        try:
            save_weights(self.network, path, self.network.spec)  # with its network
        except OSError as exc:
            panel.set_status(
                self.tr("Could not save the weights: {problem}").format(problem=exc), "error"
            )
            return False
        self.saved_network = self.network
        self.saved.emit(self.network)
        panel.set_status(
            self.tr("Saved the weights to {file}.").format(file=Path(path).name), "good"
        )
        self.message.emit(self.tr("Saved weights to {file}").format(file=path))
        return True

    def load(self, path: str | Path) -> bool:
        """Read weights for the current network; refuse a file that does not fit.

        The results view then shows how these weights do on the test split.
        """
        spec = self._document.spec
        try:
            weights = load_weights(path, spec)  # names the key and both shapes on mismatch
            network = Network.from_spec(spec, np.random.default_rng(0))
            network.set_weights(weights)
        except ShapeError as exc:
            return self._refuse(mismatch_text(path, spec, exc))
        except (CnnBuilderError, ValueError, OSError) as exc:
            return self._refuse(
                self.tr("Could not load {file}: {problem}").format(
                    file=Path(path).name, problem=exc
                )
            )
        self.network = network
        self._results.save_weights_button.setEnabled(True)
        self._panel.set_status(
            self.tr("Loaded the weights from {file}.").format(file=Path(path).name), "good"
        )
        data = self._panel.data_panel.dataset
        if data is not None and not self._panel.data_panel.data_mismatch:
            title = self.tr("weights from {file}").format(file=Path(path).name)
            self._job.submit(evaluate, network, data, title)
        return True

    def _refuse(self, text: str) -> bool:
        """Say why a file was refused, also in the status bar: the button is on the
        Results tab, while the training panel's status may be behind the Properties tab."""
        self._panel.set_status(text, "error")
        self.message.emit(text)
        return False

    def _on_evaluated(self, evaluation: EvaluatedNetwork) -> None:
        if evaluation.network is self.network:  # not replaced by a run meanwhile
            self._results.show_evaluation(evaluation)

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._results, self.tr("Save weights"), "weights.npz", self.tr(WEIGHTS_FILTER)
        )
        if path:
            self.save(path if path.endswith(".npz") else path + ".npz")

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._results, self.tr("Load weights"), "", self.tr(WEIGHTS_FILTER)
        )
        if path:
            self.load(path)

    def shutdown(self) -> None:
        """Drop an evaluation in progress (application close)."""
        self._job.shutdown()
