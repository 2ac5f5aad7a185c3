"""File ▸ Export ▸ PyTorch script… / ONNX…: the network (and its trained weights).

The files are written by :func:`cnnbuilder.core.export.writer.export_network`,
as ``cnnbuilder export`` writes them. The weights are those of the last run
or loaded file when they belong to the network on the canvas.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cnnbuilder.core.errors import CnnBuilderError
from cnnbuilder.core.export.writer import export_network
from cnnbuilder.core.nn.network import Network
from cnnbuilder.gui.document import Document

WeightsSource = Callable[[], Network | None]


class NetworkExport(QObject):
    """The two export actions of the File menu.

    Signals
    -------
    message(str)
        A line for the status bar (exported, failed).
    """

    message = Signal(str)

    def __init__(self, document: Document, window: QWidget, weights: WeightsSource) -> None:
        super().__init__(window)
        self.document, self.window, self._weights = document, window, weights
        self.pytorch_action = QAction(self.tr("&PyTorch Script…"), self)
        self.pytorch_action.setObjectName("exportPytorchAction")
        self.pytorch_action.triggered.connect(lambda _checked=False: self.export("pytorch"))
        self.onnx_action = QAction(self.tr("&ONNX…"), self)
        self.onnx_action.setObjectName("exportOnnxAction")
        self.onnx_action.triggered.connect(lambda _checked=False: self.export("onnx"))

    def weights(self) -> dict[str, np.ndarray] | None:
        """The trained or loaded weights, when they are this network's (else None)."""
        network = self._weights()
        spec = self.document.spec
        if network is None or (network.spec.input, network.spec.layers) != (
            spec.input,
            spec.layers,
        ):
            return None
        return network.get_weights()

    def _ask_path(self, fmt: str) -> Path | None:
        stem = Path(self.document.file_name).name.removesuffix(".cnn.json").removesuffix(".json")
        folder = self.document.path.parent if self.document.path else Path.cwd()
        if fmt == "pytorch":
            title, name, kind = self.tr("Export PyTorch script"), f"{stem}.py", "*.py"
            types = self.tr("Python script (*.py)")
        else:
            title, name, kind = self.tr("Export ONNX"), f"{stem}.onnx", "*.onnx"
            types = self.tr("ONNX model (*.onnx)")
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(folder / name), types)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_name(path.name + kind[1:])

    def export(self, fmt: str, path: Path | str | None = None) -> bool:
        """Write the export; ask for a file when ``path`` is None (the dialog asks
        before replacing a file, so an existing one is replaced)."""
        weights = self.weights()
        if fmt == "onnx" and weights is None:
            return self._fail(
                self.tr(
                    "An ONNX export carries the weights: train the network or load its "
                    "weights first."
                )
            )
        target = self._ask_path(fmt) if path is None else Path(path)
        if target is None:
            return False
        try:
            written = export_network(self.document.spec, fmt, target, weights, force=True)
        except (CnnBuilderError, OSError) as exc:
            return self._fail(
                self.tr("Could not export to {file}: {problem}").format(
                    file=target.name, problem=exc
                )
            )
        files = ", ".join(p.name for p in written)
        if weights is None:
            self.message.emit(self.tr("Exported {files} (without weights).").format(files=files))
        else:
            self.message.emit(self.tr("Exported {files} with the weights.").format(files=files))
        return True

    def _fail(self, text: str) -> bool:
        self.message.emit(text)
        QMessageBox.warning(self.window, self.tr("Cannot export"), text)
        return False
