"""Output paths on the command line: refused before any work, never lost after it."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from cnnbuilder.cli import main, train_cmd
from tests.conftest import PRESETS

NET = PRESETS / "digits.cnn.json"
QUICK = ["--data", "digits", "--epochs", "1", "--batch-size", "256", "--json"]


def _one_line(capsys, code, expected=2):
    err = capsys.readouterr().err
    assert code == expected, err
    assert err.count("\n") == 1, err
    return err


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("", "empty path"),
        ("/dev/null", "is a device"),
        (str(NET), "also an input"),
        ("~no-such-user-13/w.npz", "no such user"),
    ],
)
def test_refused_save_weights_paths(capsys, output, message):
    err = _one_line(capsys, main(["train", str(NET), *QUICK, "--save-weights", output]))
    assert message in err
    assert '"iteration"' not in capsys.readouterr().out  # refused before training


def test_predict_refuses_to_write_over_its_input(capsys, tmp_path):
    x = tmp_path / "x.npy"
    np.save(x, np.zeros((2, 8, 8, 1), np.float32))
    weights = tmp_path / "w.npz"
    assert main(["train", str(NET), *QUICK, "--save-weights", str(weights)]) == 0
    capsys.readouterr()
    code = main(
        ["predict", str(NET), "--weights", str(weights), "--input", str(x), "--output", str(x)]
    )
    assert "also an input" in _one_line(capsys, code)
    assert np.load(x).shape == (2, 8, 8, 1)


def test_a_read_only_weights_file_needs_force(capsys, tmp_path):
    weights = tmp_path / "w.npz"
    weights.write_bytes(b"keep")
    weights.chmod(0o444)
    code = main(["train", str(NET), *QUICK, "--save-weights", str(weights)])
    assert "read-only" in _one_line(capsys, code)
    assert weights.read_bytes() == b"keep"
    assert main(["train", str(NET), *QUICK, "--save-weights", str(weights), "--force"]) == 0
    assert weights.stat().st_mode & 0o777 == 0o444
    with np.load(weights) as saved:
        assert "layer0.W" in saved.files


def test_a_folder_removed_during_training_keeps_the_weights_elsewhere(
    capsys, tmp_path, monkeypatch
):
    folder = tmp_path / "out"
    folder.mkdir()
    original = train_cmd._JsonReporter.done

    def done(self, result, run):
        original(self, result, run)
        shutil.rmtree(folder)

    monkeypatch.setattr(train_cmd._JsonReporter, "done", done)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    code = main(["train", str(NET), *QUICK, "--save-weights", str(folder / "w.npz")])
    err = _one_line(capsys, code)
    assert "Traceback" not in err
    recovered = next(tmp_path.glob("cnnbuilder-recovered-*-w.npz"))
    assert str(recovered) in err
    with np.load(recovered) as saved:
        assert saved["layer0.W"].shape == (3, 3, 1, 32)
