"""Save the trained weights, or load weights and show their results (``.npz``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import CnnBuilderError, DataError, ShapeError, SpecError
from cnnbuilder.core.nn.layers import param_shapes
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.reading import npz_shapes
from cnnbuilder.core.run import predict_test
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.weights import NETWORK_KEY, load_weights, read_network, save_weights
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


def _network_with(path: str | Path, spec: NetworkSpec) -> Network:
    """``spec``'s network with the weights of ``path``.

    Raises
    ------
    ShapeError
        The file holds the weights of another network.
    CnnBuilderError, ValueError, OSError
        The file cannot be read.
    """
    weights = load_weights(path, spec)
    network = Network.from_spec(spec, np.random.default_rng(0))
    network.set_weights(weights)
    return network


def stored_network(path: str | Path) -> NetworkSpec | None:
    """The network stored with the weights of ``path`` when they fit it, else None
    (an older file without one, or one that cannot be read)."""
    try:
        stored = read_network(path)
    except CnnBuilderError:
        return None
    if stored is None or _file_shapes(path) != param_shapes(stored):
        return None
    return stored


def _why_not(file: str, spec: NetworkSpec, stored: NetworkSpec, problem: Exception) -> str:
    """Why weights of ``stored`` do not fit ``spec``, the network on the canvas."""
    if not spec.layers:
        return QCoreApplication.translate(
            "WeightsActions", "The canvas has no layers for the weights in {file}."
        ).format(file=file)
    if isinstance(problem, ShapeError):
        return QCoreApplication.translate(
            "WeightsActions",
            "{file} holds the weights of another network: it has {stored}; "
            "the network on the canvas needs {needed}.",
        ).format(
            file=file,
            stored=_kernel_shapes(param_shapes(stored)),
            needed=_kernel_shapes(param_shapes(spec)),
        )
    return QCoreApplication.translate(  # a network that cannot be built holds no weights
        "WeightsActions", "The network on the canvas cannot take the weights in {file}: {problem}"
    ).format(file=file, problem=problem)


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
        # Replaces the document by a weights file's own network, asking what File ›
        # Open asks; True when it did. Set by the window (None: such files are refused).
        self.open_network: Callable[[NetworkSpec], bool] | None = None
        self._unevaluated: tuple[Network, str] | None = None  # loaded, and its title
        panel.data_panel.dataset_changed.connect(self._evaluate)
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

        Weights of another network (or with nothing on the canvas) that carry
        their own network (key ``network``) offer to open that network. The
        results view then shows how these weights do on the test split.
        """
        spec = self._document.spec
        try:
            network = _network_with(path, spec)  # names the key and both shapes on mismatch
        except (ShapeError, SpecError) as exc:  # another network, or none to hold weights
            stored = stored_network(path)
            if stored is not None:
                return self._offer_network(path, stored, exc)
            if isinstance(exc, ShapeError):
                return self._refuse(mismatch_text(path, spec, exc))
            return self._refuse(self._cannot_load(path, exc))
        except (CnnBuilderError, ValueError, OSError) as exc:
            return self._refuse(self._cannot_load(path, exc))
        return self._use(path, network)

    def _cannot_load(self, path: str | Path, problem: Exception) -> str:
        return self.tr("Could not load {file}: {problem}").format(
            file=Path(path).name, problem=problem
        )

    def _offer_network(self, path: str | Path, stored: NetworkSpec, problem: Exception) -> bool:
        """Ask whether to open the network the weights belong to, then load them into it.

        ``problem`` is why they do not fit the network on the canvas.
        """
        name = Path(path).name
        reason = _why_not(name, self._document.spec, stored, problem)
        question = self.tr(
            "Open the network “{network}” stored with these weights? It replaces the "
            "network on the canvas, as File › Open does."
        ).format(network=stored.name)
        answer = QMessageBox.question(
            self._results.window(),
            self.tr("Open the network of these weights?"),
            f"{reason}\n\n{question}",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return self._refuse(
                self.tr(
                    "Weights not loaded: {file} belongs to the network “{network}”; "
                    "the network on the canvas is unchanged."
                ).format(file=name, network=stored.name)
            )
        if self.open_network is None or not self.open_network(stored):
            return self._refuse(self.tr("Weights not loaded: the network on the canvas was kept."))
        try:
            network = _network_with(path, self._document.spec)
        except (CnnBuilderError, ValueError, OSError) as exc:
            return self._refuse(self._cannot_load(path, exc))
        return self._use(path, network)

    def _use(self, path: str | Path, network: Network) -> bool:
        """Make ``network`` (weights read from ``path``) the one results and Save use."""
        self.network = network
        self._results.save_weights_button.setEnabled(True)
        self._panel.set_status(
            self.tr("Loaded the weights from {file}.").format(file=Path(path).name), "good"
        )
        self._unevaluated = (network, self.tr("weights from {file}").format(file=Path(path).name))
        self._evaluate(self._panel.data_panel.dataset)
        return True

    def _evaluate(self, data: Dataset | None) -> None:
        """Show how the loaded weights do on the test split, once data that fits is loaded
        (opening a weights file's network may load its data set first)."""
        if self._unevaluated is None or data is None or self._panel.data_panel.data_mismatch:
            return
        network, title = self._unevaluated
        self._unevaluated = None
        if network is self.network:
            self._job.submit(evaluate, network, data, title)

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
