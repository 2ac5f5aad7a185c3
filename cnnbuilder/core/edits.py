"""Pure edits of a network spec: each takes a spec and returns a new one.

The GUI's undo commands are built on these; nothing here mutates anything.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cnnbuilder.core.kinds.registry import kind_named, kind_of
from cnnbuilder.core.spec import (
    InputSpec,
    LayerSpec,
    NetworkSpec,
    TrainingSpec,
    new_uid,
    output_classes,
)


def insert_layer(spec: NetworkSpec, index: int, layer: LayerSpec) -> NetworkSpec:
    """Insert ``layer`` before position ``index`` (0-based; clamped to the chain)."""
    index = max(0, min(index, len(spec.layers)))
    layers = list(spec.layers)
    layers.insert(index, layer)
    return spec.with_layers(layers)


def remove_layer(spec: NetworkSpec, index: int) -> NetworkSpec:
    """Remove the layer at ``index``."""
    layers = list(spec.layers)
    del layers[index]
    return spec.with_layers(layers)


def move_layer(spec: NetworkSpec, source: int, target: int) -> NetworkSpec:
    """Move the layer at ``source`` so that it ends up at position ``target``."""
    layers = list(spec.layers)
    layer = layers.pop(source)
    layers.insert(max(0, min(target, len(layers))), layer)
    return spec.with_layers(layers)


def duplicate_layer(spec: NetworkSpec, index: int) -> NetworkSpec:
    """Insert a copy (with a new uid) right after the layer at ``index``."""
    copy = replace(spec.layers[index], uid=new_uid())
    return insert_layer(spec, index + 1, copy)


def set_layer_field(spec: NetworkSpec, index: int, field: str, value: Any) -> NetworkSpec:
    """Return a spec whose layer ``index`` has ``field`` set to ``value``."""
    layers = list(spec.layers)
    layers[index] = replace(layers[index], **{field: value})
    return spec.with_layers(layers)


def set_input(spec: NetworkSpec, **values: int) -> NetworkSpec:
    """Return a spec with some of the input's height, width, channels changed."""
    return replace(spec, input=replace(spec.input, **values))


def fit_to_data(spec: NetworkSpec, shape: tuple[int, int, int], classes: int) -> NetworkSpec:
    """Set the input to ``shape`` and the last Softmax to ``classes`` outputs."""
    spec = replace(spec, input=InputSpec(*shape))
    if output_classes(spec) is not None:
        spec = set_layer_field(spec, len(spec.layers) - 1, "classes", classes)
    return spec


def set_name(spec: NetworkSpec, name: str) -> NetworkSpec:
    """Return a spec with another network name."""
    return replace(spec, name=name)


def set_training(spec: NetworkSpec, training: TrainingSpec | None) -> NetworkSpec:
    """Return a spec whose ``training`` section is replaced (None removes it)."""
    return replace(spec, training=training)


def append_index(spec: NetworkSpec, kind: str) -> int:
    """Return where "append a layer of ``kind``" should insert it.

    A Softmax must stay last, so any other kind goes just before a final
    Softmax; a Softmax (or any layer of a chain without one) goes at the end.
    """
    layers = spec.layers
    if not kind_named(kind).is_output and layers and kind_of(layers[-1]).is_output:
        return len(layers) - 1
    return len(layers)
