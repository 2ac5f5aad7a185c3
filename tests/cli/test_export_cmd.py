"""``cnnbuilder export``: files written as asked, bad input refused with one line."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from cnnbuilder.cli import main
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.weights import save_weights


def _error(capsys, code: int) -> str:
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1, err
    return err


def _export(network, output, fmt="pytorch", weights=None) -> list[str]:
    """The command line of ``cnnbuilder export``."""
    extra = [] if weights is None else ["--weights", str(weights)]
    return ["export", str(network), *extra, "--format", fmt, "--output", str(output)]


@pytest.fixture
def digits(presets_dir):
    return presets_dir / "digits.cnn.json"


@pytest.fixture
def weights(tmp_path, digits):
    path = tmp_path / "w.npz"
    save_weights(Network.from_spec(load_spec(digits), np.random.default_rng(0)), path)
    return path


def test_pytorch_with_weights_writes_script_and_weights(tmp_path, digits, weights, capsys):
    out = tmp_path / "model.py"
    code = main(_export(digits, out, "pytorch", weights))
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz", "model.py", "w.npz"]
    assert "WEIGHTS_FILE = 'model.npz'" in out.read_text()
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {out}",
        f"wrote {tmp_path / 'model.npz'}",
    ]


def test_existing_output_needs_force(tmp_path, digits, weights, capsys):
    out = tmp_path / "model.py"
    out.write_text("mine")
    args = _export(digits, out, "pytorch", weights)
    assert "model.py exists; use --force" in _error(capsys, main(args))
    assert out.read_text() == "mine"
    assert not (tmp_path / "model.npz").exists()  # nothing half-written
    assert main([*args, "--force"]) == 0
    assert "class Net(nn.Module)" in out.read_text()


def test_existing_weights_beside_the_script_need_force(tmp_path, digits, weights, capsys):
    (tmp_path / "model.npz").write_bytes(b"old")
    args = _export(digits, tmp_path / "model.py", "pytorch", weights)
    assert "model.npz exists" in _error(capsys, main(args))
    assert not (tmp_path / "model.py").exists()


def test_invalid_network_is_refused(tmp_path, digits, capsys):
    data = json.loads(digits.read_text())
    data["layers"][0].update(size=40, padding=0)
    bad = tmp_path / "bad.cnn.json"
    bad.write_text(json.dumps(data))
    err = _error(
        capsys,
        main(_export(bad, tmp_path / "m.py", "pytorch")),
    )
    assert "filter 40 is larger" in err
    assert not (tmp_path / "m.py").exists()


def test_weights_of_another_network_are_refused(tmp_path, presets_dir, weights, capsys):
    lenet = presets_dir / "lenet5.cnn.json"
    for fmt, name in (("pytorch", "m.py"), ("onnx", "m.onnx")):
        err = _error(
            capsys,
            main(_export(lenet, tmp_path / name, fmt, weights)),
        )
        assert "the weights" in err
        assert not (tmp_path / name).exists()


def test_onnx_needs_weights(tmp_path, digits, capsys):
    err = _error(
        capsys,
        main(_export(digits, tmp_path / "m.onnx", "onnx")),
    )
    assert "needs weights" in err
    assert list(tmp_path.iterdir()) == []


def test_onnx_without_the_package_names_the_extra(tmp_path, digits, weights, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)
    out = tmp_path / "m.onnx"
    err = _error(
        capsys,
        main(_export(digits, out, "onnx", weights)),
    )
    assert "pip install 'cnnbuilder[onnx]'" in err
    assert not out.exists()


def test_pytorch_output_must_be_a_py_file(tmp_path, digits, capsys):
    err = _error(
        capsys,
        main(_export(digits, tmp_path / "m.txt", "pytorch")),
    )
    assert "must end in .py" in err


def test_pytorch_export_needs_no_torch(tmp_path, digits, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)
    assert main(_export(digits, tmp_path / "m.py", "pytorch")) == 0
