"""``cnnbuilder inspect``: the FORMATS.md objects, the table, and one-line errors."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from cnnbuilder.cli import main
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.weights import save_weights


@pytest.fixture
def lenet(presets_dir):
    return str(presets_dir / "lenet5.cnn.json")


@pytest.fixture
def images(tmp_path):
    path = tmp_path / "x.npy"
    np.save(path, np.random.default_rng(0).random((3, 32, 32, 3)).astype(np.float32))
    return str(path)


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_layers_json_with_the_initial_weights(capsys, lenet, images):
    out = _json(capsys, ["inspect", lenet, "--input", images, "--index", "2", "--json"])
    assert out["input_shape"] == [32, 32, 3]
    assert [layer["index"] for layer in out["layers"]] == list(range(1, 8))
    assert out["layers"][0] | {"min": 0, "max": 0, "mean": 0} == {
        "index": 1,
        "name": "CONV1",
        "type": "conv",
        "output_shape": [28, 28, 8],
        "min": 0,
        "max": 0,
        "mean": 0,
    }
    spec = load_spec(lenet)
    net = Network.from_spec(spec, np.random.default_rng(spec.training.seed))
    x = np.load(images)[2:3]
    expected = net.predict_proba(x)[0]
    np.testing.assert_allclose(out["probabilities"], expected, rtol=1e-5)
    assert out["predicted"] == int(np.argmax(expected))
    conv1 = net.layer_outputs(x)[0]
    assert out["layers"][0]["max"] == pytest.approx(float(conv1.max()))


def test_weights_change_the_answer(capsys, lenet, images, tmp_path):
    spec = load_spec(lenet)
    net = Network.from_spec(spec, np.random.default_rng(99))
    weights = tmp_path / "w.npz"
    save_weights(net, weights)
    out = _json(capsys, ["inspect", lenet, "--weights", str(weights), "--input", images, "--json"])
    np.testing.assert_allclose(
        out["probabilities"], net.predict_proba(np.load(images)[:1])[0], rtol=1e-5
    )


def test_at_a_conv_value_over_the_padding(capsys, presets_dir):
    net = str(presets_dir / "digits.cnn.json")
    data = str(presets_dir.parent / "data" / "digits.npz")
    out = _json(
        capsys, ["inspect", net, "--input", data, "--index", "4", "--at", "1,0,7,5", "--json"]
    )
    assert out["layer"] == 1
    assert out["type"] == "conv"
    assert out["position"] == [0, 7, 5]
    assert out["window"] == {"rows": [-1, 2], "cols": [6, 9]}
    assert out["receptive_field"] == {"rows": [0, 2], "cols": [6, 8]}
    assert out["a"] == pytest.approx(max(out["z"], 0.0))


def test_at_a_pool_value_and_units(capsys, lenet, images):
    pool = _json(capsys, ["inspect", lenet, "--input", images, "--at", "4,4,4,15", "--json"])
    assert set(pool) == {"layer", "type", "position", "window", "receptive_field", "a"}
    assert pool["window"] == {"rows": [8, 10], "cols": [8, 10]}
    assert pool["receptive_field"] == {"rows": [16, 32], "cols": [16, 32]}
    fc = _json(capsys, ["inspect", lenet, "--input", images, "--at", "5,3", "--json"])
    assert set(fc) == {"layer", "type", "unit", "z", "a"}
    assert fc["a"] == max(fc["z"], 0.0)
    soft = _json(capsys, ["inspect", lenet, "--input", images, "--at", "7,4", "--json"])
    probabilities = _json(capsys, ["inspect", lenet, "--input", images, "--json"])["probabilities"]
    assert soft["a"] == pytest.approx(probabilities[4], rel=1e-5)


def test_the_table_and_the_working(capsys, lenet, images):
    assert main(["inspect", lenet, "--input", images]) == 0
    text = capsys.readouterr().out
    assert "CONV1" in text
    assert "28×28×8" in text
    assert "predicted class" in text
    assert main(["inspect", lenet, "--input", images, "--at", "1,27,27,0"]) == 0
    text = capsys.readouterr().out
    assert "window: rows 27:32, cols 27:32" in text
    assert "a = relu(z) =" in text
    assert "receptive field: input rows 27:32" in text


def test_a_picture_is_prepared_for_the_network(capsys, lenet, tmp_path):
    picture = tmp_path / "p.png"
    Image.new("RGB", (64, 48), (255, 0, 0)).save(picture)
    out = _json(capsys, ["inspect", lenet, "--input", str(picture), "--json"])
    assert out["input_shape"] == [32, 32, 3]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--at", "1,2"], "layer 1 is conv: give L,I,J,C"),
        (["--at", "6,1,1,1"], "layer 6 is fc: give L,U"),
        (["--at", "9,0"], "layer 9 does not exist"),
        (["--at", "a,b"], "give L,I,J,C or L,U"),
        (["--at", "1,28,0,0"], "row 28 is outside 0..27"),
        (["--index", "3"], "--index 3 is outside 0..2"),
    ],
)
def test_bad_requests_are_one_line_errors(capsys, lenet, images, extra, message):
    code = main(["inspect", lenet, "--input", images, *extra])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1
    assert message in err


def test_inputs_that_do_not_fit(capsys, lenet, tmp_path):
    wrong = tmp_path / "w.npy"
    np.save(wrong, np.zeros((2, 8, 8, 1), np.float32))
    assert main(["inspect", lenet, "--input", str(wrong)]) == 2
    assert "the network needs m×32×32×3" in capsys.readouterr().err
    text = tmp_path / "t.png"
    text.write_text("not a picture")
    assert main(["inspect", lenet, "--input", str(text)]) == 2
    assert "is not a picture" in capsys.readouterr().err
    assert main(["inspect", lenet, "--input", str(tmp_path / "none.npy")]) == 2
    assert "is not a file" in capsys.readouterr().err
