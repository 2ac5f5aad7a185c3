from __future__ import annotations

import json

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import dumps_spec, load_spec, save_spec, spec_from_dict, spec_to_dict


def _doc(*layers, **extra):
    return {
        "format": "cnnbuilder.network",
        "version": 1,
        "name": "t",
        "input": {"height": 8, "width": 8, "channels": 1},
        "layers": list(layers) or [{"type": "softmax", "classes": 10}],
        **extra,
    }


def test_every_preset_round_trips(presets_dir, tmp_path):
    for path in presets_dir.glob("*.cnn.json"):
        spec = load_spec(path)
        out = tmp_path / path.name
        save_spec(spec, out)
        assert load_spec(out) == spec
        assert json.loads(out.read_text()) == spec_to_dict(spec)


def test_defaults_are_filled_in():
    spec = spec_from_dict(
        _doc(
            {"type": "conv", "filters": 2, "size": 3},
            {"type": "pool", "size": 3},
            {"type": "fc", "units": 4},
            {"type": "softmax", "classes": 3},
        )
    )
    conv, pool, fc, _ = spec.layers
    assert (conv.stride, conv.padding, conv.activation) == (1, 0, "relu")
    assert (pool.mode, pool.stride) == ("max", 3)
    assert fc.activation == "relu"
    assert spec.training is None


def test_padding_keywords_are_kept():
    spec = spec_from_dict(
        _doc(
            {"type": "conv", "filters": 2, "size": 3, "padding": "same"},
            {"type": "softmax", "classes": 3},
        )
    )
    assert spec.layers[0].padding == "same"
    assert '"padding": "same"' in dumps_spec(spec)


@pytest.mark.parametrize(
    ("layer", "expected"),
    [
        ({"type": "dense", "units": 3}, "layer 1, field 'type': unknown layer type 'dense'"),
        ({"type": "conv", "filters": 2, "size": 2.5}, "layer 1, field 'size': must be a whole"),
        ({"type": "conv", "filters": 0, "size": 3}, "layer 1, field 'filters': must be at least 1"),
        (
            {"type": "conv", "filters": 2, "size": 3, "activation": "gelu"},
            "layer 1, field 'activation': unknown value 'gelu'",
        ),
        ({"type": "conv", "filters": 2, "size": 3, "padding": "full"}, "layer 1, field 'padding'"),
        ({"type": "conv", "filters": True, "size": 3}, "field 'filters': must be a whole"),
        ({"type": "conv", "size": 3}, "layer 1, field 'filters': is required"),
        ({"type": "pool", "mode": "min"}, "layer 1, field 'mode'"),
        ({"type": "softmax", "classes": 1}, "field 'classes': must be at least 2"),
        ({"type": "fc", "units": 3, "unit": 4}, "layer 1, field 'unit': unknown field"),
        ("conv", "layer 1: a layer must be a JSON object"),
    ],
)
def test_bad_layers_name_layer_field_and_reason(layer, expected):
    with pytest.raises(SpecError) as info:
        spec_from_dict(_doc(layer, {"type": "softmax", "classes": 3}))
    assert expected in str(info.value)


def test_second_layer_is_named_with_its_position():
    with pytest.raises(SpecError, match="layer 2, field 'units'") as info:
        spec_from_dict(_doc({"type": "fc", "units": 3}, {"type": "fc", "units": -1}))
    assert info.value.layer == 2
    assert info.value.field == "units"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"format": "other"}, "field 'format'"),
        ({"version": 2}, "newer cnnbuilder"),
        ({"version": "1"}, "field 'version'"),
        ({"input": {"height": 8, "width": 8}}, "field 'input.channels': is required"),
        ({"input": {"height": 0, "width": 8, "channels": 1}}, "input.height"),
        ({"layers": {}}, "field 'layers'"),
        ({"training": {"epochs": 0}}, "training.epochs"),
        ({"training": {"lr": -1}}, "training.lr"),
        ({"training": {"optimizer": "rmsprop"}}, "training.optimizer"),
        ({"training": {"val_split": 1.0}}, "training.val_split"),
        ({"training": {"momentum": 0.9}}, "training.momentum"),
        ({"colour": "red"}, "field 'colour'"),
    ],
)
def test_bad_files(change, expected):
    with pytest.raises(SpecError, match=expected.replace("(", r"\(").replace(".", r"\.")):
        spec_from_dict({**_doc(), **change})


def test_not_json_names_the_line(tmp_path):
    path = tmp_path / "broken.cnn.json"
    path.write_text('{"format": "cnnbuilder.network",\n "version": 1,,}')
    with pytest.raises(SpecError, match=r"broken.cnn.json is not valid JSON \(line 2"):
        load_spec(path)


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(SpecError, match=r"nope\.cnn\.json: no such file"):
        load_spec(tmp_path / "nope.cnn.json")
    path = tmp_path / "bin.cnn.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SpecError):
        load_spec(path)


def test_failed_save_leaves_the_old_file(tmp_path, monkeypatch, presets_dir):
    target = tmp_path / "net.cnn.json"
    target.write_text("old contents")
    spec = load_spec(presets_dir / "lenet5.cnn.json")

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("cnnbuilder.core.atomic.os.replace", explode)
    with pytest.raises(OSError, match="disk full"):
        save_spec(spec, target)
    assert target.read_text() == "old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["net.cnn.json"]
