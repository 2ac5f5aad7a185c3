"""File ▸ Export ▸ PyTorch script… / ONNX… in the window."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.weights import load_weights


def _menu_actions(window) -> list[str]:
    bar = window.menuBar()
    (export,) = [
        a for a in bar.findChildren(type(bar.actions()[0])) if a.objectName() == "exportMenu"
    ]
    return [a.objectName() for a in export.menu().actions()]


def test_export_menu_has_both_actions(make_window, lenet_path):
    window = make_window(lenet_path)
    assert _menu_actions(window) == ["exportPytorchAction", "exportOnnxAction"]


def test_pytorch_export_without_weights_writes_the_script(make_window, lenet_path, tmp_path):
    window = make_window(lenet_path)
    assert window.network_export.export("pytorch", tmp_path / "lenet.py")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lenet.py"]
    assert "self.CONV1 = nn.Conv2d(3, 8" in (tmp_path / "lenet.py").read_text()
    assert "without weights" in window.statusBar().currentMessage()


def test_exports_carry_the_weights_of_this_network(make_window, lenet_path, tmp_path):
    window = make_window(lenet_path)
    trained = Network.from_spec(window.document.spec, np.random.default_rng(5))
    window.training.weights.network = trained
    assert window.network_export.export("pytorch", tmp_path / "lenet.py")
    loaded = load_weights(tmp_path / "lenet.npz", window.document.spec)
    for key, value in trained.params.items():
        np.testing.assert_array_equal(loaded[key], value)
    assert window.network_export.export("onnx", tmp_path / "lenet.onnx")
    assert (tmp_path / "lenet.onnx").stat().st_size > 4 * 62_958


def test_onnx_without_weights_is_refused(make_window, lenet_path, tmp_path, monkeypatch):
    window = make_window(lenet_path)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert not window.network_export.export("onnx", tmp_path / "lenet.onnx")
    assert len(warnings) == 1
    assert list(tmp_path.iterdir()) == []


def test_weights_of_another_network_are_not_exported(
    make_window, lenet_path, presets_dir, tmp_path
):
    window = make_window(lenet_path)
    from cnnbuilder.core.fileio import load_spec

    other = load_spec(presets_dir / "digits.cnn.json")
    window.training.weights.network = Network.from_spec(other, np.random.default_rng(0))
    assert window.network_export.weights() is None


def test_backend_box_is_offered_with_torch_and_is_per_run(make_window, lenet_path):
    pytest.importorskip("torch")
    window = make_window(lenet_path)
    form = window.training.panel.settings
    box = form.backend
    assert [box.itemData(i) for i in range(box.count())] == ["numpy", "torch"]
    assert form.config().backend == "numpy"
    box.setCurrentIndex(1)
    assert form.config().backend == "torch"
    assert form.training_spec("digits").backend == "numpy"  # the file never holds it
    window.training.save_settings()
    assert window.document.spec.training.backend == "numpy"
    assert not window.document.is_dirty  # choosing a backend is not an edit of the file


def test_run_label_names_the_torch_backend():
    from cnnbuilder.core.spec import TrainingSpec
    from cnnbuilder.gui.training.run_history import run_label

    assert run_label(2, TrainingSpec(backend="torch")).endswith("· PyTorch")
    assert "PyTorch" not in run_label(2, TrainingSpec())
