"""Every refusal of the network-file reader, word for word, and the file's exact text."""

from __future__ import annotations

import io
import json

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import (
    MAX_FILE_BYTES,
    dumps_spec,
    load_spec,
    spec_from_dict,
    spec_to_dict,
)
from cnnbuilder.core.spec import InputSpec, NetworkSpec, SoftmaxSpec, TrainingSpec


def _doc(**change):
    doc = {
        "format": "cnnbuilder.network",
        "version": 1,
        "name": "t",
        "input": {"height": 8, "width": 8, "channels": 1},
        "layers": [{"type": "softmax", "classes": 10}],
    }
    return {**doc, **change}


def _message(data) -> str:
    with pytest.raises(SpecError) as caught:
        spec_from_dict(data)
    return str(caught.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1, 2], "a network file must hold a JSON object"),
        (_doc(format="other"), "field 'format': expected 'cnnbuilder.network', got 'other'"),
        (_doc(version=True), "field 'version': must be a positive whole number, got True"),
        (_doc(version=0), "field 'version': must be a positive whole number, got 0"),
        (
            _doc(version=2),
            "field 'version': the file is version 2, written by a newer cnnbuilder; "
            "this one reads up to version 1",
        ),
        (_doc(colour="red", alpha=1), "field 'alpha': unknown field of a network file"),
        (_doc(name=3), "field 'name': must be a string, got 3"),
        (_doc(layers={}), "field 'layers': must be a list of layers, got {}"),
        (_doc(layers=[3]), "layer 1: a layer must be a JSON object, got 3"),
        (
            _doc(layers=[{"type": "dropout"}]),
            "layer 1, field 'type': unknown layer type 'dropout'; "
            "expected one of conv, pool, fc, softmax",
        ),
        (
            _doc(layers=[{"type": "fc", "units": 3, "bias": 1, "alpha": 2}]),
            "layer 1, field 'alpha': unknown field for a fc layer",
        ),
    ],
)
def test_network_file_refusals(data, message):
    assert _message(data) == message


def test_a_missing_format_is_named():
    doc = _doc()
    del doc["format"]
    assert _message(doc) == "field 'format': expected 'cnnbuilder.network', got None"


@pytest.mark.parametrize(
    ("training", "message"),
    [
        ([1], "field 'training': must be an object, got [1]"),
        (
            {"momentum": 1, "beta": 2},
            "field 'training.beta': unknown field of the training section",
        ),
        ({"dataset": ""}, "field 'training.dataset': must be a non-empty string, got ''"),
        ({"dataset": 3}, "field 'training.dataset': must be a non-empty string, got 3"),
        ({"lr": 0}, "field 'training.lr': must be greater than 0, got 0"),
        ({"lr": True}, "field 'training.lr': must be a number, got True"),
        ({"lr": "0.1"}, "field 'training.lr': must be a number, got '0.1'"),
        ({"lr": float("nan")}, "field 'training.lr': must be a number, got nan"),
        ({"val_split": -0.1}, "field 'training.val_split': must be in [0, 1), got -0.1"),
        ({"val_split": 1}, "field 'training.val_split': must be in [0, 1), got 1"),
        ({"seed": -1}, "field 'training.seed': must be at least 0, got -1"),
        ({"batch_size": 0}, "field 'training.batch_size': must be at least 1, got 0"),
    ],
)
def test_training_section_refusals(training, message):
    assert _message(_doc(training=training)) == message


def test_training_section_edges_are_accepted():
    training = {"seed": 0, "batch_size": 1, "epochs": 1, "val_split": 0, "lr": 1e-6}
    spec = spec_from_dict(_doc(training={**training, "dataset": "shapes", "optimizer": "sgd"}))
    assert spec.training == TrainingSpec(
        dataset="shapes", epochs=1, batch_size=1, optimizer="sgd", lr=1e-6, seed=0, val_split=0.0
    )


def test_a_file_without_a_name_is_untitled():
    doc = _doc()
    del doc["name"]
    assert spec_from_dict(doc).name == "Untitled"
    assert spec_from_dict(_doc(name="Réseau")).name == "Réseau"


def test_the_file_text_is_indented_and_keeps_non_ascii():
    spec = NetworkSpec(name="Réseau ×", input=InputSpec(8, 8, 1), layers=(SoftmaxSpec(classes=3),))
    text = dumps_spec(spec)
    assert text.endswith("}\n")
    assert '  "name": "Réseau ×",\n' in text
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_a_utf8_file_reads_the_same_whatever_the_locale(tmp_path):
    path = tmp_path / "net.cnn.json"
    path.write_bytes(json.dumps(_doc(name="Réseau ×"), ensure_ascii=False).encode("utf-8"))
    assert load_spec(path).name == "Réseau ×"


def _load_message(path) -> str:
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    return str(caught.value)


def test_a_file_over_the_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.cnn.json"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert _load_message(big) == "big.cnn.json is over 16 MiB; a network file is a few KiB"


def test_a_file_of_exactly_the_limit_is_read(tmp_path, monkeypatch):
    text = json.dumps(_doc()).encode("utf-8")
    monkeypatch.setattr("cnnbuilder.core.fileio.MAX_FILE_BYTES", len(text))
    path = tmp_path / "net.cnn.json"
    path.write_bytes(text)
    assert load_spec(path).name == "t"
    path.write_bytes(text + b" ")
    assert _load_message(path).startswith("net.cnn.json is over ")


def test_deep_nesting_and_huge_numbers_are_named(tmp_path):
    deep = tmp_path / "deep.cnn.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert _load_message(deep) == "deep.cnn.json cannot be read: nested too deeply"
    huge = tmp_path / "huge.cnn.json"
    huge.write_text('{"version": ' + "9" * 5000 + "}")
    message = _load_message(huge)
    assert message.startswith("huge.cnn.json cannot be read: ")
    assert "4300" in message  # Python's own reason: the integer digit limit


def test_an_unreadable_file_names_the_reason(tmp_path):
    missing = tmp_path / "nope.cnn.json"
    assert _load_message(missing) == f"cannot read {missing}: no such file"


@pytest.mark.parametrize(
    ("error", "reason"),
    # by its errno in the catalogue's words (core/os_words.py); without one, its own text
    [(OSError(5, "Input/output error"), "input/output error"), (OSError("disk gone"), "disk gone")],
)
def test_a_read_that_fails_midway_names_the_file_and_the_reason(
    tmp_path, monkeypatch, error, reason
):
    class Failing(io.BytesIO):
        def read(self, size=-1):
            raise error

    monkeypatch.setattr("cnnbuilder.core.fileio.open_regular", lambda path: Failing())
    assert _load_message(tmp_path / "net.cnn.json") == f"cannot read net.cnn.json: {reason}"


def test_shuffle_is_a_boolean_and_saved_only_when_off():
    spec = spec_from_dict(_doc(training={"shuffle": False}))
    assert spec.training is not None
    assert spec.training.shuffle is False
    assert spec_to_dict(spec)["training"]["shuffle"] is False
    assert spec_from_dict(_doc(training={"shuffle": True})).training.shuffle is True
    assert "shuffle" not in spec_to_dict(spec_from_dict(_doc(training={})))["training"]
    assert _message(_doc(training={"shuffle": 1})) == (
        "field 'training.shuffle': must be true or false, got 1"
    )


def test_a_thousand_layers_open_and_one_more_is_refused():
    fc = {"type": "fc", "units": 1}
    assert len(spec_from_dict(_doc(layers=[fc] * 1000)).layers) == 1000
    assert _message(_doc(layers=[fc] * 1001)) == (
        "field 'layers': 1,001 layers; cnnbuilder opens networks of at most 1,000"
    )
