from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest

from cnnbuilder.cli import main
from cnnbuilder.core.fileio import load_spec, save_spec, spec_to_dict
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.weights import read_network


def _one_line_error(capsys, code, expected_code=2):
    _, err = capsys.readouterr()
    assert code == expected_code
    assert err.count("\n") == 1, err
    return err


@pytest.fixture
def tiny_net(tmp_path, presets_dir):
    """The digits preset, trained for one short epoch."""
    spec = load_spec(presets_dir / "digits.cnn.json")
    data = spec_to_dict(spec)
    data["training"] = {
        "dataset": "digits",
        "epochs": 1,
        "batch_size": 64,
        "seed": 0,
        "val_split": 0.1,
        "optimizer": "adam",
        "lr": 0.003,
    }
    path = tmp_path / "tiny.cnn.json"
    path.write_text(json.dumps(data))
    return path


def test_summary_prints_the_lecture_table(capsys, presets_dir):
    assert main(["summary", str(presets_dir / "lenet5.cnn.json")]) == 0
    out = capsys.readouterr().out
    assert "Total params: 62,958" in out
    assert "10×10×16" in out


def test_summary_json(capsys, presets_dir):
    assert main(["summary", str(presets_dir / "course-example.cnn.json"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [layer["output_shape"] for layer in data["layers"]] == [
        [37, 37, 10],
        [17, 17, 20],
        [7, 7, 40],
        [10],
    ]
    assert data["total_params"] == 280 + 5020 + 20040 + 19610
    assert {"type", "output_shape", "activations", "params"} <= set(data["layers"][0])


def test_summary_of_an_invalid_network_exits_2(capsys, tmp_path, presets_dir):
    data = spec_to_dict(load_spec(presets_dir / "digits.cnn.json"))
    data["layers"][0].update(size=11, padding=1)
    path = tmp_path / "bad.cnn.json"
    path.write_text(json.dumps(data))
    err = _one_line_error(capsys, main(["summary", str(path)]))
    assert "layer 1" in err
    assert "filter 11 is larger than the padded input 10" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "missing.cnn.json"], "missing.cnn.json: no such file"),
        (["train", "{net}", "--epochs", "0"], "--epochs: must be between 1 and"),
        (["train", "{net}", "--lr", "-1"], "learning rate"),
        (["train", "{net}", "--optimizer", "rmsprop"], "invalid choice"),
        (["train", "{net}", "--batch-size", "many"], "invalid int value"),
        (["train", "{net}", "--data", "nowhere.npz"], "nowhere"),
        (["train", "{net}", "--val-split", "1.5"], "validation split"),
        (["train", "{net}", "--save-weights", "no/such/dir/w.npz"], "does not exist"),
        (["train", "{net}", "--init-weights", "{net}"], "tiny.cnn.json"),
        (["predict", "{net}", "--weights", "w.npz"], "required"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_options_exit_2_with_one_line(capsys, tiny_net, args, message):
    args = [a.replace("{net}", str(tiny_net)) for a in args]
    err = _one_line_error(capsys, main(args))
    assert message in err


def test_train_json_events_and_weights(capsys, tiny_net, tmp_path):
    weights = tmp_path / "w.npz"
    code = main(["train", str(tiny_net), "--json", "--save-weights", str(weights)])
    assert code == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    iterations = [e for e in events if e["event"] == "iteration"]
    assert len(iterations) == -(-1347 // 64)  # 1497 minus 10% validation, batch 64
    assert set(iterations[0]) == {"event", "epoch", "iteration", "cost"}
    epoch = next(e for e in events if e["event"] == "epoch")
    assert set(epoch) == {
        "event",
        "epoch",
        "cost",
        "train_accuracy",
        "val_accuracy",
        "seconds",
        "samples_per_second",
    }
    done = events[-1]
    assert done["event"] == "done"
    assert 0 <= done["test_accuracy"] <= 1
    with np.load(weights) as saved:
        assert saved["layer0.W"].shape == (3, 3, 1, 32)
        assert "layer2.W" not in saved  # the POOL layer has no keys


def test_train_text_output_and_init_weights(capsys, tiny_net, tmp_path):
    weights = tmp_path / "w.npz"
    assert main(["train", str(tiny_net), "--save-weights", str(weights), "--epochs", "1"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "train",
                str(tiny_net),
                "--init-weights",
                str(weights),
                "--val-split",
                "0",
                "--no-shuffle",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "epoch   1/1" in out
    assert "test accuracy" in out


def test_init_weights_are_the_starting_point(capsys, tiny_net, tmp_path):
    """With a learning rate too small to move them, the saved weights are the given ones."""
    start, end = tmp_path / "start.npz", tmp_path / "end.npz"
    assert main(["train", str(tiny_net), "--save-weights", str(start)]) == 0
    args = ["train", str(tiny_net), "--lr", "1e-7", "--epochs", "1", "--seed", "5"]
    assert main([*args, "--init-weights", str(start), "--save-weights", str(end)]) == 0
    with np.load(start) as before, np.load(end) as after:
        for key in ("layer0.W", "layer3.W"):
            np.testing.assert_allclose(after[key], before[key], atol=1e-4)
    fresh = tmp_path / "fresh.npz"
    assert main([*args, "--save-weights", str(fresh)]) == 0
    with np.load(start) as before, np.load(fresh) as other:
        assert not np.allclose(other["layer0.W"], before["layer0.W"], atol=1e-4)
    capsys.readouterr()


def test_saved_weights_carry_their_network(capsys, tiny_net, tmp_path):
    weights = tmp_path / "w.npz"
    assert main(["train", str(tiny_net), "--epochs", "1", "--save-weights", str(weights)]) == 0
    stored = read_network(weights)
    spec = load_spec(tiny_net)
    assert stored is not None
    assert stored.layers == spec.layers
    assert stored.input == spec.input
    with np.load(weights, allow_pickle=False) as saved:
        assert saved["network"].shape == ()
    capsys.readouterr()


def test_adam_with_a_huge_rate_is_never_reported_as_a_success(capsys, tiny_net):
    code = main(["train", str(tiny_net), "--json", "--optimizer", "adam", "--lr", "50"])
    last = json.loads(capsys.readouterr().out.splitlines()[-1])
    if last["event"] == "done":
        assert last["outcome"] == "did not learn"
        assert code == 0
    else:
        assert last["event"] == "diverged"
        assert code == 1


def test_predict_writes_probabilities_and_refuses_bad_input(capsys, tiny_net, tmp_path):
    weights, x_path, out = tmp_path / "w.npz", tmp_path / "x.npy", tmp_path / "p.npy"
    assert main(["train", str(tiny_net), "--save-weights", str(weights)]) == 0
    np.save(x_path, np.zeros((5, 8, 8), np.uint8))
    predict = [
        "predict",
        str(tiny_net),
        "--weights",
        str(weights),
        "--input",
        str(x_path),
        "--output",
        str(out),
    ]
    assert main(predict) == 0
    probabilities = np.load(out)
    assert probabilities.shape == (5, 10)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1, rtol=1e-5)
    capsys.readouterr()
    out.write_bytes(b"keep me")
    np.save(x_path, np.zeros((5, 9, 9), np.uint8))
    err = _one_line_error(capsys, main(predict))
    assert "9×9" in err
    assert "8×8×1" in err
    assert out.read_bytes() == b"keep me"


def test_training_section_is_the_default(tmp_path, presets_dir, capsys):
    spec = load_spec(presets_dir / "digits.cnn.json")
    path = tmp_path / "net.cnn.json"
    save_spec(replace(spec, training=TrainingSpec(dataset="nonexistent-data", epochs=1)), path)
    err = _one_line_error(capsys, main(["train", str(path)]))
    assert "nonexistent-data" in err


def test_module_entry_point_runs_in_a_subprocess(presets_dir):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cnnbuilder",
            "summary",
            str(presets_dir / "digits.cnn.json"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total_params"] > 0
    bad = subprocess.run(
        [sys.executable, "-m", "cnnbuilder", "train", "nope.cnn.json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1


def test_data_that_does_not_fit_names_both_shapes_and_writes_nothing(capsys, tmp_path, presets_dir):
    weights = tmp_path / "w.npz"
    weights.write_bytes(b"previous weights")
    err = _one_line_error(
        capsys,
        main(
            [
                "train",
                str(presets_dir / "lenet5.cnn.json"),
                "--data",
                "digits",
                "--save-weights",
                str(weights),
            ]
        ),
    )
    assert "8×8×1" in err
    assert "32×32×3" in err
    assert weights.read_bytes() == b"previous weights"


def test_a_broken_data_file_is_named(capsys, tiny_net, tmp_path):
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"PK\x03\x04 this is not a zip archive")
    err = _one_line_error(capsys, main(["train", str(tiny_net), "--data", str(broken)]))
    assert "broken.npz" in err


def test_a_diverging_run_exits_1_and_keeps_finite_weights_beside_the_file(
    capsys, tiny_net, tmp_path
):
    weights = tmp_path / "w.npz"
    weights.write_bytes(b"the weights of a good earlier run")
    code = main(
        [
            "train",
            str(tiny_net),
            "--optimizer",
            "sgd",
            "--lr",
            "1e9",
            "--epochs",
            "5",
            "--json",
            "--save-weights",
            str(weights),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert json.loads(out.splitlines()[-1])["event"] == "diverged"
    assert "lower learning rate" in err
    assert weights.read_bytes() == b"the weights of a good earlier run"
    assert "w.diverged.npz" in err
    with np.load(tmp_path / "w.diverged.npz") as saved:
        assert all(np.isfinite(saved[key]).all() for key in saved.files if key != "network")


def test_summary_json_has_receptive_fields_and_fc_equivalents(capsys, presets_dir):
    assert main(["summary", str(presets_dir / "lenet5.cnn.json"), "--json"]) == 0
    layers = json.loads(capsys.readouterr().out)["layers"]
    assert [layer["receptive_field"] for layer in layers] == [5, 6, 14, 16, None, None, None]
    assert layers[0]["fc_equivalent_params"] == (32 * 32 * 3 + 1) * (28 * 28 * 8)
    assert layers[2]["fc_equivalent_params"] == (14 * 14 * 8 + 1) * (10 * 10 * 16)
    assert [layer["fc_equivalent_params"] for layer in layers[4:]] == [None] * 3
    assert main(["summary", str(presets_dir / "lenet5.cnn.json")]) == 0
    text = capsys.readouterr().out
    assert "Receptive field" in text
    assert "16×16" in text
    assert "would need 19,273,856" in text
