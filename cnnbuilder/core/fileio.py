"""Read and write network files (``*.cnn.json``, FORMATS.md).

Every problem in a file becomes a :class:`SpecError` that names the layer
(1-based), the field and the reason. Saving is atomic: a failed save never
leaves a half-written file behind.
"""

from __future__ import annotations

import json
import math
from dataclasses import fields
from pathlib import Path
from typing import Any

from cnnbuilder.core.atomic import atomic_write_text
from cnnbuilder.core.errors import DataError, SpecError
from cnnbuilder.core.json_words import json_problem
from cnnbuilder.core.kinds.fields import read_choice, read_int, shown
from cnnbuilder.core.kinds.input import INPUT
from cnnbuilder.core.kinds.registry import kind_named, kind_of, type_names
from cnnbuilder.core.os_words import os_reason
from cnnbuilder.core.reading import open_regular
from cnnbuilder.core.spec import OPTIMIZERS, PER_RUN_SETTINGS, LayerSpec, NetworkSpec, TrainingSpec
from cnnbuilder.i18n import translate

FORMAT_NAME = "cnnbuilder.network"
FORMAT_VERSION = 1
# A network file is a few kilobytes; refuse to parse a huge one.
MAX_FILE_BYTES = 16 * 1024**2
# The window lays out and the engine builds every layer; far past any network
# of the course, and a file that claims more is refused before either starts.
MAX_LAYERS = 1000


def layer_from_dict(data: Any, position: int) -> LayerSpec:
    """Build one layer from its JSON object; ``position`` is 1-based."""
    if not isinstance(data, dict):
        raise SpecError(
            translate("fileio", "a layer must be a JSON object, got {value}").format(
                value=shown(data)
            ),
            layer=position,
        )
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in type_names():
        raise SpecError(
            translate("fileio", "unknown layer type {value}; expected one of {value2}").format(
                value=shown(kind), value2=", ".join(type_names())
            ),
            layer=position,
            field="type",
        )
    descriptor = kind_named(kind)
    unknown = sorted(set(data) - descriptor.file_keys() - {"type"})
    if unknown:
        message = translate("fileio", "unknown field for a {kind} layer").format(kind=kind)
        raise SpecError(message, layer=position, field=unknown[0])
    return descriptor.read(data, position)


def training_from_dict(data: Any) -> TrainingSpec:
    """Build the optional ``training`` section, checking every field."""
    if not isinstance(data, dict):
        raise SpecError(
            translate("fileio", "must be an object, got {value}").format(value=shown(data)),
            field="training",
        )
    known = {f.name for f in fields(TrainingSpec)} - set(PER_RUN_SETTINGS)
    unknown = sorted(set(data) - known)
    if unknown:
        message = translate("fileio", "unknown field of the training section")
        raise SpecError(message, field=f"training.{unknown[0]}")
    base = TrainingSpec()
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"training.{key}"
        if key == "dataset":
            if not isinstance(value, str) or not value:
                raise SpecError(
                    translate("fileio", "must be a non-empty string, got {value}").format(
                        value=shown(value)
                    ),
                    field=name,
                )
            out[key] = value
        elif key == "optimizer":
            out[key] = read_choice(value, OPTIMIZERS, layer=None, field=name)
        elif key in ("lr", "val_split"):
            out[key] = _float_in_range(value, key, name)
        elif key == "shuffle":
            if not isinstance(value, bool):
                raise SpecError(
                    translate("fileio", "must be true or false, got {value}").format(
                        value=repr(value)
                    ),
                    field=name,
                )
            out[key] = value
        else:
            least = 0 if key == "seed" else 1
            out[key] = read_int(value, least, layer=None, field=name)
    return TrainingSpec(**{**base.__dict__, **out})


def _float_in_range(value: Any, key: str, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SpecError(
            translate("fileio", "must be a number, got {value}").format(value=shown(value)),
            field=name,
        )
    if key == "lr" and value <= 0:
        raise SpecError(
            translate("fileio", "must be greater than 0, got {value}").format(value=shown(value)),
            field=name,
        )
    if key == "val_split" and not 0 <= value < 1:
        raise SpecError(
            translate("fileio", "must be in [0, 1), got {value}").format(value=shown(value)),
            field=name,
        )
    return float(value)


def spec_from_dict(data: Any) -> NetworkSpec:
    """Build a :class:`NetworkSpec` from the parsed JSON of a network file."""
    if not isinstance(data, dict):
        raise SpecError(translate("fileio", "a network file must hold a JSON object"))
    if data.get("format") != FORMAT_NAME:
        raise SpecError(
            translate("fileio", "expected {FORMAT_NAME}, got {value}").format(
                FORMAT_NAME=repr(FORMAT_NAME), value=shown(data.get("format"))
            ),
            field="format",
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SpecError(
            translate("fileio", "must be a positive whole number, got {value}").format(
                value=shown(version)
            ),
            field="version",
        )
    if version > FORMAT_VERSION:
        raise SpecError(
            translate(
                "fileio",
                "the file is version {version}, written by a newer cnnbuilder; "
                "this one reads up to version {newest}",
            ).format(version=version, newest=FORMAT_VERSION),
            field="version",
        )
    unknown = sorted(set(data) - {"format", "version", "name", "input", "layers", "training"})
    if unknown:
        raise SpecError(translate("fileio", "unknown field of a network file"), field=unknown[0])
    name = data.get("name", "Untitled")
    if not isinstance(name, str):
        raise SpecError(
            translate("fileio", "must be a string, got {value}").format(value=shown(name)),
            field="name",
        )
    layers = data.get("layers")
    if not isinstance(layers, list):
        raise SpecError(
            translate("fileio", "must be a list of layers, got {value}").format(
                value=shown(layers)
            ),
            field="layers",
        )
    if len(layers) > MAX_LAYERS:
        raise SpecError(
            translate(
                "fileio", "{count} layers; cnnbuilder opens networks of at most {MAX_LAYERS}"
            ).format(count=f"{len(layers):,}", MAX_LAYERS=f"{MAX_LAYERS:,}"),
            field="layers",
        )
    return NetworkSpec(
        name=name,
        input=INPUT.read_input(data.get("input")),
        layers=tuple(layer_from_dict(d, i + 1) for i, d in enumerate(layers)),
        training=training_from_dict(data["training"]) if "training" in data else None,
    )


def layer_to_dict(layer: LayerSpec) -> dict[str, Any]:
    """Return the JSON object of one layer (``type`` first, no uid)."""
    return kind_of(layer).write(layer)


def spec_to_dict(spec: NetworkSpec) -> dict[str, Any]:
    """Return the JSON object of a network file."""
    out: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "name": spec.name,
        "input": INPUT.write_input(spec.input),
        "layers": [layer_to_dict(layer) for layer in spec.layers],
    }
    if spec.training is not None:
        training = dict(spec.training.__dict__)
        if training["shuffle"]:  # the default; files from before it stay as they were
            del training["shuffle"]
        for per_run in PER_RUN_SETTINGS:
            del training[per_run]
        out["training"] = training
    return out


def load_spec(path: str | Path) -> NetworkSpec:
    """Read a network file.

    Raises
    ------
    SpecError
        If the file cannot be read, is not JSON or describes no valid spec.
    """
    path = Path(path)
    try:
        with open_regular(path) as stream:  # a FIFO or a device is refused, never waited on
            raw = stream.read(MAX_FILE_BYTES + 1)
    except DataError as exc:  # already one line naming the file: no such file, a folder, …
        raise SpecError(str(exc)) from None
    except OSError as exc:
        raise SpecError(
            translate("fileio", "cannot read {file}: {value}").format(
                file=path.name, value=os_reason(exc)
            )
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise SpecError(
            translate("fileio", "{file} is over {value} MiB; a network file is a few KiB").format(
                file=path.name, value=MAX_FILE_BYTES // 1024**2
            )
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SpecError(
            translate("fileio", "cannot read {file}: not UTF-8 text ({reason})").format(
                file=path.name, reason=exc.reason
            )
        ) from None
    except json.JSONDecodeError as exc:
        raise SpecError(
            translate("fileio", "{file} is not valid JSON ({problem})").format(
                file=path.name, problem=json_problem(exc)
            )
        ) from None
    except (ValueError, RecursionError) as exc:  # a 5000-digit integer, deep nesting
        reason = (
            translate("fileio", "nested too deeply")
            if isinstance(exc, RecursionError)
            else str(exc)
        )
        raise SpecError(
            translate("fileio", "{file} cannot be read: {reason}").format(
                file=path.name, reason=reason
            )
        ) from None
    return spec_from_dict(data)


def dumps_spec(spec: NetworkSpec) -> str:
    """Return the text of a network file."""
    return json.dumps(spec_to_dict(spec), indent=2, ensure_ascii=False) + "\n"


def save_spec(spec: NetworkSpec, path: str | Path) -> None:
    """Write a network file atomically (temporary file, then rename)."""
    atomic_write_text(Path(path), dumps_spec(spec))
