"""The inside view: what the network does to one input, value by value.

Views a network (a run's trained network, or the document's network with
its initial weights, labelled so) and an input (a test image, a picture,
a drawing). Numbers come from :mod:`cnnbuilder.core.inside`; this only
draws them. Object name ``insideView``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import CnnBuilderError
from cnnbuilder.core.inside.cells import Cell
from cnnbuilder.core.inside.inspection import Inspection, inspect_input
from cnnbuilder.core.inside.sandbox import slide_of
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import NetworkSpec, display_name, layer_names
from cnnbuilder.core.summary import summarize
from cnnbuilder.gui.file_text import NAME_CHARS, shown
from cnnbuilder.gui.inside.computation import ComputationPanel
from cnnbuilder.gui.inside.input_picker import InputPicker
from cnnbuilder.gui.inside.maps_canvas import MapsCanvas
from cnnbuilder.gui.inside.sandbox_view import SandboxView
from cnnbuilder.gui.inside.sanity_panel import SanityPanel

TRAINED, INITIAL = 0, 1


def initial_network(spec: NetworkSpec) -> Network | None:
    """The network with the initial weights its seed gives; None when it cannot be built."""
    if not summarize(spec).ok:
        return None
    seed = spec.training.seed if spec.training else 0
    return Network.from_spec(spec, np.random.default_rng(seed))


class InsideView(QWidget):
    """Feature maps with the computation panel, the sandbox, and the sanity checks.

    Signals
    -------
    message(str)
        A line for the status bar.
    """

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insideView")
        self.spec: NetworkSpec | None = None
        self.initial: Network | None = None
        self.trained: Network | None = None
        self.trained_title = ""
        self.data: Dataset | None = None
        self.input_x: np.ndarray | None = None
        self.x_text = ""
        self.inspection: Inspection | None = None
        self.cell: Cell | None = None
        self._build()

    def _build(self) -> None:
        self.weights_box = QComboBox()
        self.weights_box.setObjectName("insideWeights")
        self.weights_box.addItems([self.tr("Trained weights"), self.tr("Initial weights")])
        self.weights_box.currentIndexChanged.connect(lambda _: self._refresh_network())
        self.per_map = QCheckBox(self.tr("Scale per map"))
        self.per_map.setObjectName("insidePerMap")
        self.per_map.setToolTip(self.tr("Colour each map on its own range instead of the layer's"))
        self.network_label = QLabel()
        self.network_label.setObjectName("insideNetworkLabel")
        self.network_label.setWordWrap(True)
        self.picker = InputPicker()
        self.picker.input_changed.connect(self.set_input)
        self.picker.message.connect(self.message)
        self.canvas = MapsCanvas()
        self.canvas.cell_clicked.connect(self.select_cell)
        self.per_map.toggled.connect(self.canvas.set_per_map)
        self.maps_scroll = QScrollArea()
        self.maps_scroll.setWidgetResizable(True)
        self.maps_scroll.setWidget(self.canvas)
        self.computation = ComputationPanel()
        self.sandbox = SandboxView()
        self.sanity = SanityPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.maps_scroll)
        splitter.addWidget(self.computation)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        self.splitter = splitter
        self.tabs = QTabWidget()
        self.tabs.setObjectName("insideTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("Feature maps"))
        self.tabs.addTab(self.sandbox, self.tr("Sandbox"))
        self.tabs.addTab(self.sanity, self.tr("Sanity checks"))
        top = QHBoxLayout()
        top.addWidget(self.network_label, 1)
        top.addWidget(self.weights_box)
        top.addWidget(self.per_map)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(top)
        column.addWidget(self.picker)
        column.addWidget(self.tabs, 1)
        self.weights_box.setCurrentIndex(INITIAL)
        self._refresh_network()

    # -- what is shown ------------------------------------------------------------------
    @property
    def network(self) -> Network | None:
        """The network whose inside is shown."""
        if self.trained is not None and self.weights_box.currentIndex() == TRAINED:
            return self.trained
        return self.initial

    def set_spec(self, spec: NetworkSpec) -> None:
        """The document's network changed: its initial weights are rebuilt."""
        self.spec = spec
        self.initial = initial_network(spec)
        self._refresh_network()

    def set_trained(self, network: Network | None, title: str = "") -> None:
        """A run's trained network (None: there is none)."""
        self.trained, self.trained_title = network, title
        self.weights_box.blockSignals(True)
        self.weights_box.setCurrentIndex(TRAINED if network is not None else INITIAL)
        self.weights_box.blockSignals(False)
        self._refresh_network()

    def set_data(self, data: Dataset | None) -> None:
        """The loaded data set (test images to pick from, examples for the checks)."""
        if data is not self.data:
            self.input_x = None  # an image of the other data set, with its class names
        self.data = data
        self._refresh_network()

    def show_test_image(self, index: int) -> None:
        """Look at test image ``index`` (a clicked mistake or confusion cell)."""
        self.tabs.setCurrentIndex(0)
        self.picker.show_image(index)

    def _label(self, network: Network | None) -> str:
        if network is None:
            return self.tr("No network to look inside: the network is not valid yet.")
        if network is self.trained:
            return self.tr("Trained network: {title}").format(title=self.trained_title)
        seed = network.spec.training.seed if network.spec.training else 0
        return self.tr("Untrained network: the initial weights (seed {seed}), not trained").format(
            seed=seed
        )

    def _refresh_network(self) -> None:
        model = self.weights_box.model()
        item = model.item(TRAINED) if hasattr(model, "item") else None
        if item is not None:
            item.setEnabled(self.trained is not None)
        network = self.network
        self.network_label.setText(self._label(network))
        shape = network.spec.input.shape if network is not None else (8, 8, 1)
        self.picker.set_data(self.data, shape)
        self.sanity.set_subject(network, self.data)
        self.input_x = None if self.input_x is None or self.input_x.shape != shape else self.input_x
        if self.input_x is None:
            self.picker.current()
        self._inspect()

    def set_input(self, x: np.ndarray, text: str) -> None:
        """Look at ``x`` ``(n_H, n_W, n_c)``; ``text`` says what it is."""
        self.input_x, self.x_text = np.asarray(x, dtype=np.float32), text
        self._inspect()

    def _inspect(self) -> None:
        network = self.network
        if (
            network is None
            or self.input_x is None
            or self.input_x.shape != network.spec.input.shape
        ):
            self.inspection = None
        else:
            try:
                self.inspection = inspect_input(network, self.input_x)
            except CnnBuilderError as exc:
                self.inspection = None
                self.message.emit(str(exc))
        self._draw()

    def _draw(self) -> None:
        inspection = self.inspection
        if inspection is None:
            self.canvas.show_inspection(None, [], ())
            self.computation.show_cell(None, "")
            return
        spec = inspection.spec
        names = [self.tr("Input: {what}").format(what=self.x_text)]
        names += [shown(name, NAME_CHARS) for name in layer_names(spec)]
        data = self.data
        classes = tuple(shown(n, NAME_CHARS) for n in data.class_names) if data is not None else ()
        self.canvas.show_inspection(inspection, names, classes)
        if self.cell is not None:
            self.select_cell(self.cell.layer, self._position(self.cell), sandbox=False)

    @staticmethod
    def _position(cell: Cell) -> tuple[int, ...]:
        return tuple(getattr(cell, "position", None) or (cell.unit,))  # type: ignore[union-attr]

    # -- one value ----------------------------------------------------------------------
    def select_cell(self, layer: int, position: tuple[int, ...], sandbox: bool = True) -> None:
        """Show how value ``position`` of ``layer`` (1-based) was computed.

        With ``sandbox``, the sandbox starts from that layer too (a click;
        not when the same value is shown again for a new input).
        """
        if self.inspection is None:
            return
        try:
            cell = self.inspection.cell(layer, tuple(position))
        except ValueError:
            self.cell = None
            self.canvas.select(None)
            self.computation.show_cell(None, "")
            return
        self.cell = cell
        spec = self.inspection.spec
        layer_spec = spec.layers[layer - 1]
        name = shown(display_name(spec, layer), NAME_CHARS)
        self.canvas.select(cell)
        self.computation.show_cell(cell, f"{name} ({kind_of(layer_spec).label})")
        if sandbox:
            self._show_sandbox(layer)

    def _show_sandbox(self, layer: int) -> None:
        assert self.inspection is not None
        spec = self.inspection.spec
        layer_spec = spec.layers[layer - 1]
        in_shape = self.inspection.activation_before(layer).shape
        slide = slide_of(layer_spec, in_shape)
        name = shown(display_name(spec, layer), NAME_CHARS)
        if slide is None:
            self.sandbox.set_layer(
                self.tr("{name} slides no window.").format(name=name), 1, 1, None
            )
        else:
            self.sandbox.set_layer(name, in_shape[0], in_shape[1], slide.window)
