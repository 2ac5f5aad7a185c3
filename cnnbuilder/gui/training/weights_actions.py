"""Save the trained weights, or load weights and show their results (``.npz``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import CnnBuilderError
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.run import Run, predict_test
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.weights import save_weights
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.training.background import BackgroundJob
from cnnbuilder.gui.training.busy_line import BusyLine
from cnnbuilder.gui.training.results_view import EvaluatedNetwork, ResultsView
from cnnbuilder.gui.training.training_panel import TrainingPanel
from cnnbuilder.gui.training.weights_choice import choose_weights
from cnnbuilder.gui.training.weights_file import (
    WeightsFile,
    cannot_load,
    network_with,
    read_weights_file,
)
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

WEIGHTS_FILTER = QT_TRANSLATE_NOOP("WeightsActions", "Weights (*.npz)")


def evaluate(network: Network, data: Dataset, title: str) -> EvaluatedNetwork:
    """Predict the test split of ``data`` (runs on a background thread)."""
    return EvaluatedNetwork(network, data, predict_test(network, data), title)


class WeightsActions(QObject):
    """The Save weights / Load weights buttons of the results view.

    ``network`` is the latest trained or loaded network (None before any).
    A weights file is read off the GUI thread (:func:`read_weights_file`),
    with a ``Reading…`` line and Cancel in the results view; another file
    chosen meanwhile, or Cancel, drops the earlier answer.

    Signals
    -------
    message(str)
        A line for the window's status bar.
    saved(Network)
        Its weights were written to a file.
    loaded(Network)
        A weights file was read into the network on the canvas.
    """

    message = Signal(str)
    saved = Signal(object)  # the Network whose weights were written
    loaded = Signal(object)  # the Network a weights file was read into

    def __init__(
        self, document: Document, panel: TrainingPanel, results: ResultsView, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._document, self._panel, self._results = document, panel, results
        self.network: Network | None = None
        self.saved_network: Network | None = None  # the network whose weights were last saved
        self.run: Run | None = None  # the selected run (Save weights offers its best weights)
        # Replaces the document by a weights file's own network, asking what File ›
        # Open asks; True when it did. Set by the window (None: such files are refused).
        self.open_network: Callable[[NetworkSpec], bool] | None = None
        self._unevaluated: tuple[Network, str] | None = None  # loaded, and its title
        panel.data_panel.dataset_changed.connect(self._evaluate)
        self._job = BackgroundJob(self)  # evaluates loaded weights on the test split
        self._job.succeeded.connect(self._on_evaluated)
        self._job.failed.connect(lambda text: panel.set_status(text, "error"))
        self._reading = Path()
        self._reader = BackgroundJob(self)  # reads a weights file
        self._reader.succeeded.connect(self._on_read)
        self._reader.failed.connect(self._refuse)
        self.busy_line = BusyLine(self._reader, "weightsBusy")
        self.busy_line.cancelled.connect(self._on_read_cancelled)
        results.add_busy_line(self.busy_line)
        results.save_weights_button.clicked.connect(self._ask_save)
        results.load_weights_button.clicked.connect(self._ask_load)

    def save(self, path: str | Path, network: Network | None = None) -> bool:
        """Write the current network's weights, or ``network``'s (the selected run's
        best weights); False (and a message) on failure."""
        panel = self._panel
        chosen = network or self.network
        if chosen is None:
            panel.set_status(self.tr("There are no trained weights to save yet."), "warn")
            return False
        try:
            save_weights(chosen, path, chosen.spec)  # with its network
        except OSError as exc:
            panel.set_status(
                self.tr("Could not save the weights: {problem}").format(problem=exc), "error"
            )
            return False
        self.saved_network = self.network
        self.saved.emit(self.network)
        text = (
            self.tr("Saved the weights to {file}.")
            if chosen is self.network
            else self.tr("Saved the best weights to {file}.")
        )
        panel.set_status(text.format(file=Path(path).name), "good")
        self.message.emit(self.tr("Saved weights to {file}").format(file=path))
        return True

    # -- loading -----------------------------------------------------------------------
    def load(self, path: str | Path) -> None:
        """Read weights for the network on the canvas, off the GUI thread.

        A file that does not fit is refused with a message. Weights of
        another network (or with nothing on the canvas) that carry their own
        network (key ``network``) offer to open that network. Loaded weights
        become :attr:`network` (signal ``loaded``), and the results view then
        shows how they do on the test split.
        """
        self._reading = Path(path)
        self.busy_line.say(
            self.tr("Reading the weights in {file}…").format(file=self._reading.name)
        )
        self._reader.submit(read_weights_file, self._reading, self._document.spec)

    @property
    def loading(self) -> bool:
        """True while a weights file is being read."""
        return self._reader.busy

    def _on_read(self, read: WeightsFile) -> None:
        if read.network is not None and read.network.spec == self._document.spec:
            self._use(read.path, read.network)
        elif read.network is not None:  # the canvas was edited while reading
            self._fit_now(read)
        elif read.stored is not None:
            self._offer_network(read, read.stored)

    def _on_read_cancelled(self) -> None:
        self._panel.set_status(
            self.tr("Stopped reading {file}; the weights are unchanged.").format(
                file=self._reading.name
            ),
            "warn",
        )

    def _offer_network(self, read: WeightsFile, stored: NetworkSpec) -> None:
        """Ask whether to open the network the weights belong to, then load them into it."""
        name = read.path.name
        question = self.tr(
            "Open the network “{network}” stored with these weights? It replaces the "
            "network on the canvas, as File › Open does."
        ).format(network=stored.name)
        answer = QMessageBox.question(
            self._results.window(),
            self.tr("Open the network of these weights?"),
            f"{read.reason}\n\n{question}",
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._refuse(
                self.tr(
                    "Weights not loaded: {file} belongs to the network “{network}”; "
                    "the network on the canvas is unchanged."
                ).format(file=name, network=stored.name),
                "info",  # the user's own choice, not a fault
            )
        elif self.open_network is None or not self.open_network(stored):
            self._refuse(self.tr("Weights not loaded: the network on the canvas was kept."), "info")
        else:
            self._fit_now(read)

    def _fit_now(self, read: WeightsFile) -> None:
        """Put the weights already read into the network now on the canvas."""
        try:
            network = network_with(read.arrays, self._document.spec)
        except (CnnBuilderError, ValueError) as exc:
            self._refuse(cannot_load(read.path.name, exc))
        else:
            self._use(read.path, network)

    def _use(self, path: Path, network: Network) -> None:
        """Make ``network`` (weights read from ``path``) the one results and Save use."""
        self.network = network
        self._results.save_weights_button.setEnabled(True)
        self._panel.set_status(
            self.tr("Loaded the weights from {file}.").format(file=path.name), "good"
        )
        self._unevaluated = (network, self.tr("weights from {file}").format(file=path.name))
        self.loaded.emit(network)
        self._evaluate(self._panel.data_panel.dataset)

    def _evaluate(self, data: Dataset | None) -> None:
        """Show how the loaded weights do on the test split, once data that fits is loaded
        (opening a weights file's network may load its data set first)."""
        if self._unevaluated is None or data is None or self._panel.data_panel.data_mismatch:
            return
        network, title = self._unevaluated
        self._unevaluated = None
        if network is self.network:
            self._job.submit(evaluate, network, data, title)

    def _refuse(self, text: str, kind: str = "error") -> None:
        """Say why weights were not loaded, also in the status bar: the button is on the
        Results tab, while the training panel's status may be behind the Properties tab.

        ``kind`` is "error" for a file that cannot be used, "info" when the user
        declined (see :meth:`TrainingPanel.set_status`)."""
        self._panel.set_status(text, kind)
        self.message.emit(text)

    def _on_evaluated(self, evaluation: EvaluatedNetwork) -> None:
        if evaluation.network is self.network:  # not replaced by a run meanwhile
            self._results.show_evaluation(evaluation)

    def _ask_save(self) -> None:
        run, network = self.run, self.network
        if run is not None and run.network is network:  # its best weights may differ
            network = choose_weights(self._results.window(), run)
            if network is None:
                return
        name = "weights.npz" if network is self.network else "weights-best.npz"
        path, _ = QFileDialog.getSaveFileName(
            self._results, self.tr("Save weights"), name, self.tr(WEIGHTS_FILTER)
        )
        if path:
            self.save(path if path.endswith(".npz") else path + ".npz", network)

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._results, self.tr("Load weights"), "", self.tr(WEIGHTS_FILTER)
        )
        if path:
            self.load(path)

    def shutdown(self) -> None:
        """Drop a read or an evaluation in progress (application close)."""
        self._job.shutdown()
        self._reader.shutdown()
