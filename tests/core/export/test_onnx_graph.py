"""The ONNX export runs in ONNX Runtime and gives the NumPy engine's probabilities."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cnnbuilder.core.errors import MissingExtra
from cnnbuilder.core.export.onnx_graph import OPSET, onnx_model
from cnnbuilder.core.export.writer import export_network
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.summary import summarize

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
PRESETS_DIR = Path(__file__).resolve().parents[3] / "resources" / "presets"
PRESETS = sorted(PRESETS_DIR.glob("*.cnn.json"))


def _run(model_bytes: bytes, x: np.ndarray) -> np.ndarray:
    session = ort.InferenceSession(model_bytes, providers=["CPUExecutionProvider"])
    return session.run(["probabilities"], {"input": np.ascontiguousarray(x.transpose(0, 3, 1, 2))})[
        0
    ]


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.stem)
def test_presets_with_trained_weights_equal_predict(tmp_path, preset, trained):
    spec = load_spec(preset)
    net = trained(spec)
    path = tmp_path / "model.onnx"
    assert export_network(spec, "onnx", path, net.get_weights()) == [path]
    model = onnx.load(str(path))
    assert model.opset_import[0].version == OPSET >= 17
    (inp,), (out,) = model.graph.input, model.graph.output
    assert inp.name == "input"
    assert out.name == "probabilities"
    dims = [d.dim_param or d.dim_value for d in inp.type.tensor_type.shape.dim]
    assert dims == ["N", spec.input.channels, spec.input.height, spec.input.width]
    assert inp.type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    assert [d.dim_param or d.dim_value for d in out.type.tensor_type.shape.dim] == [
        "N",
        spec.layers[-1].classes,
    ]
    x = np.random.default_rng(1).random((5, *spec.input.shape), dtype=np.float32)
    np.testing.assert_allclose(_run(path.read_bytes(), x), net.predict_proba(x), rtol=0, atol=1e-5)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_networks_equal_predict(data, network_strategy, perturbed):
    spec = data.draw(network_strategy)
    assume(summarize(spec).ok)
    net = perturbed(spec, seed=len(spec.layers) + 7)
    model = onnx_model(spec, net.params)
    x = np.random.default_rng(3).standard_normal((3, *spec.input.shape)).astype(np.float32)
    np.testing.assert_allclose(
        _run(model.SerializeToString(), x), net.predict_proba(x), rtol=0, atol=1e-5
    )


def test_nodes_are_named_after_the_layers(trained):
    spec = load_spec(PRESETS_DIR / "lenet5.cnn.json")
    model = onnx_model(spec, trained(spec, steps=0).params)
    initializers = {i.name for i in model.graph.initializer}
    assert {"CONV1/W", "CONV1/b", "FC3/W", "Softmax/b"} <= initializers
    assert [n.op_type for n in model.graph.node][:3] == ["Conv", "Relu", "MaxPool"]


def test_without_the_onnx_package_it_names_the_extra(monkeypatch, trained):
    spec = load_spec(PRESETS[0])
    monkeypatch.setitem(sys.modules, "onnx", None)  # import onnx now raises ImportError
    with pytest.raises(MissingExtra, match=r"pip install 'cnnbuilder\[onnx\]'"):
        onnx_model(spec, trained(spec, steps=0).params)
