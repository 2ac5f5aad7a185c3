"""The network spec: immutable values describing a chain of layers.

A spec holds what the user chose, even when it does not make a valid
network (a filter larger than its input, say): such problems are reported
per layer by :func:`cnnbuilder.core.summary.summarize`, so that the GUI can
show them instead of refusing the edit. Type and range errors (a negative
size, an unknown activation) are caught earlier, by the file reader and
the GUI's spin boxes.

Every layer carries a ``uid``: a process-wide integer that identifies it
across edits (selection, reordering). It is not saved and not compared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from cnnbuilder.core.kinds.base import LayerSpec, new_uid
from cnnbuilder.core.kinds.conv import ConvSpec, Padding, resolve_padding
from cnnbuilder.core.kinds.fc import DenseSpec
from cnnbuilder.core.kinds.fields import ACTIVATIONS
from cnnbuilder.core.kinds.input import InputSpec
from cnnbuilder.core.kinds.pool import POOL_MODES, PoolSpec
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.kinds.softmax import SoftmaxSpec
from cnnbuilder.i18n import translate

# The layer spec classes live with their kinds (cnnbuilder.core.kinds); they are
# named here too because a spec is what most code reads.
__all__ = [
    "ACTIVATIONS",
    "BACKENDS",
    "DEVICES",
    "OPTIMIZERS",
    "POOL_MODES",
    "ConvSpec",
    "DenseSpec",
    "InputSpec",
    "LayerSpec",
    "NetworkSpec",
    "Padding",
    "PoolSpec",
    "SoftmaxSpec",
    "TrainingSpec",
    "display_name",
    "layer_names",
    "new_uid",
    "output_classes",
    "resolve_padding",
]

OPTIMIZERS: tuple[str, ...] = ("sgd", "momentum", "adam")
# Training engines (cnnbuilder.core.backends) and the devices PyTorch can use.
BACKENDS: tuple[str, ...] = ("numpy", "torch")
DEVICES: tuple[str, ...] = ("auto", "cpu", "cuda", "mps")
# Settings of a run that a network file never holds.
PER_RUN_SETTINGS: tuple[str, ...] = ("backend", "device")


@dataclass(frozen=True)
class TrainingSpec:
    """The settings of a run: a file's ``training`` section, the window's form,
    the command line's options (all optional in files; ``shuffle`` is written
    only when False)."""

    dataset: str = "digits"
    epochs: int = 10
    batch_size: int = 32
    optimizer: str = "adam"
    lr: float = 0.003
    seed: int = 0
    val_split: float = 0.1
    shuffle: bool = True
    # The engine and its device: chosen per run, never written to a file.
    backend: str = "numpy"
    device: str = "auto"

    def for_file(self) -> TrainingSpec:
        """These settings as a file holds them: the per-run ones at their defaults."""
        return replace(self, **{key: getattr(TrainingSpec, key) for key in PER_RUN_SETTINGS})

    def invalid_reason(self) -> str | None:
        """Return what is wrong with these settings, or None."""
        if self.epochs < 1:
            return translate("training", "epochs must be at least 1 (got {value})").format(
                value=self.epochs
            )
        if self.batch_size < 1:
            message = translate("training", "batch size must be at least 1 (got {value})")
            return message.format(value=self.batch_size)
        if self.optimizer not in OPTIMIZERS:
            return translate(
                "training", "unknown optimizer {value}; expected one of {choices}"
            ).format(value=repr(self.optimizer), choices=", ".join(OPTIMIZERS))
        if not (math.isfinite(self.lr) and self.lr > 0):
            message = translate("training", "learning rate must be a number above 0 (got {value})")
            return message.format(value=self.lr)
        if self.seed < 0:
            return translate("training", "seed must be 0 or more (got {value})").format(
                value=self.seed
            )
        if not 0 <= self.val_split < 1:
            message = translate("training", "validation split must be in [0, 1) (got {value})")
            return message.format(value=self.val_split)
        if self.backend not in BACKENDS:
            return translate("training", "unknown backend {name}; expected one of {names}").format(
                name=repr(self.backend), names=", ".join(BACKENDS)
            )
        if self.device not in DEVICES:
            return translate("training", "unknown device {name}; expected one of {names}").format(
                name=repr(self.device), names=", ".join(DEVICES)
            )
        return None


@dataclass(frozen=True)
class NetworkSpec:
    """A whole network: the input volume and the chain of layers."""

    name: str = "Untitled"
    input: InputSpec = field(default_factory=InputSpec)
    layers: tuple[LayerSpec, ...] = ()
    training: TrainingSpec | None = None

    def with_layers(self, layers: tuple[LayerSpec, ...] | list[LayerSpec]) -> NetworkSpec:
        """Return a copy with another chain of layers."""
        return replace(self, layers=tuple(layers))

    def index_of(self, uid: int) -> int:
        """Return the 0-based position of the layer with this ``uid``.

        Raises
        ------
        KeyError
            If no layer has that uid.
        """
        for i, layer in enumerate(self.layers):
            if layer.uid == uid:
                return i
        raise KeyError(uid)


def display_name(spec: NetworkSpec, position: int) -> str:
    """The name of the layer at 1-based ``position`` (see :func:`layer_names`)."""
    return layer_names(spec)[position - 1]


def layer_names(spec: NetworkSpec) -> list[str]:
    """The name of every layer, as the course and the presets name them.

    The course counts a CONV and the POOL right after it as one layer, so the
    POOL takes its CONV's number and FC layers continue the count: CONV1,
    POOL1, CONV2, POOL2, FC3, FC4, Softmax5 for LeNet-5. A name the user typed
    is kept; a course name that one of those already takes gets a suffix
    (``CONV2b``), so no two layers share a name.
    """
    typed = [layer.name for layer in spec.layers if layer.name]
    taken = set(typed)
    names: list[str] = []
    seen: set[str] = set()
    number = 0
    previous: LayerSpec | None = None
    for layer in spec.layers:
        pooled = layer.kind == "pool" and previous is not None and previous.kind == "conv"
        number += 0 if pooled and number else 1
        previous = layer
        if layer.name and layer.name not in seen:  # a copy of a typed name gets a suffix
            seen.add(layer.name)
            names.append(layer.name)
            continue
        name = base = layer.name or f"{kind_of(layer).label}{number}"
        suffix = ord("b")
        while name in taken:
            name, suffix = f"{base}{chr(suffix)}", suffix + 1
        taken.add(name)
        seen.add(name)
        names.append(name)
    return names


def output_classes(spec: NetworkSpec) -> int | None:
    """Number of classes of the chain's output layer, None when it does not end with one."""
    if not spec.layers:
        return None
    last = spec.layers[-1]
    return kind_of(last).output_classes(last)
