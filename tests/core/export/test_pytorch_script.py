"""The exported PyTorch script computes what the NumPy engine computes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cnnbuilder.cli import main
from cnnbuilder.core.export.names import MODULE_MEMBERS, attribute_names
from cnnbuilder.core.export.pytorch_script import pytorch_script
from cnnbuilder.core.export.writer import export_network
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.optim import make_optimizer
from cnnbuilder.core.spec import ConvSpec, DenseSpec, InputSpec, NetworkSpec, SoftmaxSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.core.weights import load_weights

torch = pytest.importorskip("torch")
PRESETS_DIR = Path(__file__).resolve().parents[3] / "resources" / "presets"
PRESETS = sorted(PRESETS_DIR.glob("*.cnn.json"))
DIGITS_DATA = Path(__file__).resolve().parents[3] / "resources" / "data" / "digits.npz"


def _nchw(x: np.ndarray):
    return torch.from_numpy(np.ascontiguousarray(x.transpose(0, 3, 1, 2)))


def _script_probabilities(module, weights, x: np.ndarray) -> np.ndarray:
    model = module.build_model(weights).eval()
    with torch.no_grad():
        return torch.softmax(model(_nchw(x)), dim=1).numpy()


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.stem)
def test_written_script_with_trained_weights_equals_predict(tmp_path, preset, trained, load_script):
    spec = load_spec(preset)
    net = trained(spec)
    paths = export_network(spec, "pytorch", tmp_path / "model.py", net.get_weights())
    assert paths == [tmp_path / "model.py", tmp_path / "model.npz"]
    module = load_script(paths[0])
    x = np.random.default_rng(1).random((6, *spec.input.shape), dtype=np.float32)
    # The weights written beside the script, by path, in cnnbuilder's layout.
    probabilities = _script_probabilities(module, paths[1], x)
    np.testing.assert_allclose(probabilities, net.predict_proba(x), rtol=0, atol=1e-5)
    assert probabilities.argmax(1).tolist() == net.predict(x).tolist()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_networks_equal_predict(
    tmp_path_factory, data, network_strategy, perturbed, load_script
):
    spec = data.draw(network_strategy)
    assume(summarize(spec).ok)
    net = perturbed(spec, seed=len(spec.layers))
    path = tmp_path_factory.mktemp("random") / "model.py"
    export_network(spec, "pytorch", path)
    module = load_script(path)
    x = np.random.default_rng(2).standard_normal((4, *spec.input.shape)).astype(np.float32)
    probabilities = _script_probabilities(module, net.params, x)
    np.testing.assert_allclose(probabilities, net.predict_proba(x), rtol=0, atol=1e-5)


def _step_both(spec: NetworkSpec, optimizer: str, steps: int, trained):
    """The same updates in the NumPy engine and in the script; both weights."""
    net = trained(spec, steps=1)
    module = import_script_from_text(spec)
    model = module.build_model(net.params)
    torch_optimizer = module.make_optimizer(optimizer, model.parameters(), 0.05)
    numpy_optimizer = make_optimizer(optimizer, 0.05)
    rng = np.random.default_rng(4)
    for _ in range(steps):
        x = rng.random((16, *spec.input.shape), dtype=np.float32)
        y = rng.integers(0, spec.layers[-1].classes, 16)
        cost = net.loss_and_grads(x, y)
        numpy_optimizer.step(net.params, net.grads)
        theirs = module.train_step(model, torch_optimizer, _nchw(x), torch.from_numpy(y))
        assert theirs == pytest.approx(cost, rel=1e-5)
    return net.params, module.weights_of(model)


def import_script_from_text(spec: NetworkSpec):
    from cnnbuilder.core.backends.torch_engine import script_module

    return script_module(spec)


@pytest.mark.parametrize("preset", ["digits", "lenet5"])
def test_one_sgd_step_equals_the_engine(preset, trained):
    spec = load_spec(PRESETS_DIR / f"{preset}.cnn.json")
    ours, theirs = _step_both(spec, "sgd", steps=1, trained=trained)
    assert ours.keys() == theirs.keys()
    for key in ours:
        np.testing.assert_allclose(theirs[key], ours[key], rtol=1e-5, atol=1e-7, err_msg=key)


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_momentum_and_adam_take_the_engine_steps(optimizer, trained):
    spec = load_spec(PRESETS_DIR / "digits.cnn.json")
    ours, theirs = _step_both(spec, optimizer, steps=3, trained=trained)
    for key in ours:
        scale = np.abs(ours[key]).max()
        np.testing.assert_allclose(theirs[key], ours[key], rtol=1e-4, atol=1e-5 * scale)


def test_saved_weights_round_trip_in_cnnbuilder_layout(tmp_path, trained):
    spec = load_spec(PRESETS_DIR / "lenet5.cnn.json")
    net = trained(spec)
    module = import_script_from_text(spec)
    module.save_weights(module.build_model(net.params), tmp_path / "out.npz")
    loaded = load_weights(tmp_path / "out.npz", spec)
    for key, value in net.params.items():
        np.testing.assert_array_equal(loaded[key], value)
    with np.load(tmp_path / "out.npz", allow_pickle=False) as data:
        assert load_spec_text(str(data["network"])) == spec


def load_spec_text(text: str) -> NetworkSpec:
    import json

    from cnnbuilder.core.fileio import spec_from_dict

    return spec_from_dict(json.loads(text))


def test_weights_of_another_network_are_refused_by_name():
    spec = load_spec(PRESETS_DIR / "digits.cnn.json")
    other = load_spec(PRESETS_DIR / "lenet5.cnn.json")
    module = import_script_from_text(spec)
    with pytest.raises(ValueError, match="layer0"):
        module.build_model(Network.from_spec(other, np.random.default_rng(0)).params)


def test_script_names_comments_and_flatten_order():
    spec = NetworkSpec(
        name="odd names",
        input=InputSpec(5, 4, 2),
        layers=(
            ConvSpec(filters=3, size=3, padding="same", name="first conv"),
            ConvSpec(filters=3, size=3, padding=1, name="first-conv"),
            DenseSpec(units=4, name="train"),
            SoftmaxSpec(classes=3, name="class"),
        ),
    )
    text = pytorch_script(spec)
    assert "self.first_conv = nn.Conv2d(2, 3, kernel_size=3, stride=1, padding=1)" in text
    assert "self.first_conv_2 = nn.Conv2d(3, 3" in text
    assert "self.train_layer = nn.Linear(60, 4)" in text  # 5·4·3 inputs
    assert "self.class_layer = nn.Linear(4, 3)" in text
    assert "# first_conv (named 'first conv'): f=3 s=1 same n_c=3 relu → 5×4×3" in text
    assert "(f·f·n_c_prev + 1)·n_c = (3·3·2 + 1)·3 = 57" in text
    assert text.count("x.permute(0, 2, 3, 1).flatten(1)") == 1
    compile(text, "model.py", "exec")


def test_attribute_names_avoid_module_members_and_keywords():
    assert attribute_names(["forward", "for", "2d", "a b", "a_b", "", "_x"]) == [
        "forward_layer",
        "for_layer",
        "layer_2d",
        "a_b",
        "a_b_2",
        "layer",
        "x",
    ]


def test_module_members_list_matches_installed_torch():
    members = {name for name in dir(torch.nn.Module) if not name.startswith("_")}
    members |= {name for name in vars(torch.nn.Module()) if not name.startswith("_")}
    assert members <= MODULE_MEMBERS


def _digits_subset(tmp_path: Path, m: int = 320) -> Path:
    with np.load(DIGITS_DATA) as data:
        arrays = {"x": data["x"][:m], "y": data["y"][:m]}
        arrays |= {"x_test": data["x_test"][:100], "y_test": data["y_test"][:100]}
    path = tmp_path / "digits-small.npz"
    np.savez(path, **arrays)
    return path


def test_script_trains_and_saves_weights_that_predict_accepts(
    tmp_path, presets_dir, capsys, load_script
):
    network = presets_dir / "digits.cnn.json"
    assert (
        main(["export", str(network), "--format", "pytorch", "--output", str(tmp_path / "m.py")])
        == 0
    )
    module = load_script(tmp_path / "m.py")
    data = _digits_subset(tmp_path)
    assert (
        module.main(
            [
                "--data",
                str(data),
                "--epochs",
                "2",
                "--device",
                "cpu",
                "--save",
                str(tmp_path / "out.npz"),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "epoch   2/2" in out
    assert "test accuracy" in out
    np.save(tmp_path / "x.npy", np.load(data)["x_test"])
    code = main(
        [
            "predict",
            str(network),
            "--weights",
            str(tmp_path / "out.npz"),
            "--input",
            str(tmp_path / "x.npy"),
            "--output",
            str(tmp_path / "p.npy"),
        ]
    )
    assert code == 0
    assert np.load(tmp_path / "p.npy").shape == (100, 10)


def test_torchrun_two_processes_on_cpu(tmp_path, presets_dir):
    network = presets_dir / "digits.cnn.json"
    script = tmp_path / "model.py"
    assert main(["export", str(network), "--format", "pytorch", "--output", str(script)]) == 0
    data = _digits_subset(tmp_path)
    out = tmp_path / "out.npz"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "torch.distributed.run",
            "--standalone",
            "--nproc_per_node",
            "2",
            str(script),
            "--data",
            str(data),
            "--epochs",
            "1",
            "--device",
            "cpu",
            "--save",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "(2 processes)" in result.stdout
    assert result.stdout.count("epoch   1/1") == 1  # only process 0 logs
    np.save(tmp_path / "x.npy", np.load(data)["x_test"])
    code = main(
        [
            "predict",
            str(network),
            "--weights",
            str(out),
            "--input",
            str(tmp_path / "x.npy"),
            "--output",
            str(tmp_path / "p.npy"),
        ]
    )
    assert code == 0


def test_a_kind_without_export_hooks_is_refused_by_name():
    from cnnbuilder.core.errors import ExportError
    from cnnbuilder.core.kinds.base import LayerKind

    kind = LayerKind()
    kind.label = "NEW"
    with pytest.raises(ExportError, match="NEW layers cannot be exported"):
        kind.torch_module(None, (4, 4, 1), (4, 4, 1))
    with pytest.raises(ExportError, match="NEW layers cannot be exported"):
        kind.onnx_nodes(None, None, "x", {})
