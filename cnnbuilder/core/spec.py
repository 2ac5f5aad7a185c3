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

import itertools
import math
from dataclasses import dataclass, field, replace
from typing import ClassVar, Literal

ACTIVATIONS: tuple[str, ...] = ("relu", "leaky_relu", "tanh", "sigmoid", "linear")
POOL_MODES: tuple[str, ...] = ("max", "avg")
OPTIMIZERS: tuple[str, ...] = ("sgd", "momentum", "adam")

Padding = int | Literal["valid", "same"]

_uids = itertools.count(1)


def new_uid() -> int:
    """Return a fresh layer identifier, unique within this process."""
    return next(_uids)


def _uid_field() -> int:
    return field(default_factory=new_uid, compare=False, repr=False)


@dataclass(frozen=True)
class InputSpec:
    """The input volume ``n_H x n_W x n_c``."""

    height: int = 32
    width: int = 32
    channels: int = 3

    @property
    def shape(self) -> tuple[int, int, int]:
        """``(n_H, n_W, n_c)``."""
        return (self.height, self.width, self.channels)


@dataclass(frozen=True)
class ConvSpec:
    """A CONV layer: ``filters`` kernels of ``size x size``, then an activation."""

    kind: ClassVar[str] = "conv"
    filters: int = 8
    size: int = 3
    stride: int = 1
    padding: Padding = 0
    activation: str = "relu"
    name: str | None = None
    uid: int = _uid_field()


@dataclass(frozen=True)
class PoolSpec:
    """A POOL layer (max or average) of ``size x size`` windows."""

    kind: ClassVar[str] = "pool"
    mode: str = "max"
    size: int = 2
    stride: int = 2
    name: str | None = None
    uid: int = _uid_field()


@dataclass(frozen=True)
class DenseSpec:
    """A fully connected (FC) layer of ``units`` neurons and an activation."""

    kind: ClassVar[str] = "fc"
    units: int = 64
    activation: str = "relu"
    name: str | None = None
    uid: int = _uid_field()


@dataclass(frozen=True)
class SoftmaxSpec:
    """The output layer: dense to ``classes`` scores, then softmax."""

    kind: ClassVar[str] = "softmax"
    classes: int = 10
    name: str | None = None
    uid: int = _uid_field()


KIND_LABELS: dict[str, str] = {"conv": "CONV", "pool": "POOL", "fc": "FC", "softmax": "Softmax"}

LayerSpec = ConvSpec | PoolSpec | DenseSpec | SoftmaxSpec

LAYER_CLASSES: dict[str, type[LayerSpec]] = {
    "conv": ConvSpec,
    "pool": PoolSpec,
    "fc": DenseSpec,
    "softmax": SoftmaxSpec,
}


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

    def invalid_reason(self) -> str | None:
        """Return what is wrong with these settings, or None."""
        checks = (
            (self.epochs >= 1, f"epochs must be at least 1 (got {self.epochs})"),
            (self.batch_size >= 1, f"batch size must be at least 1 (got {self.batch_size})"),
            (
                self.optimizer in OPTIMIZERS,
                f"unknown optimizer {self.optimizer!r}; expected one of {', '.join(OPTIMIZERS)}",
            ),
            (
                math.isfinite(self.lr) and self.lr > 0,
                f"learning rate must be a number above 0 (got {self.lr})",
            ),
            (self.seed >= 0, f"seed must be 0 or more (got {self.seed})"),
            (0 <= self.val_split < 1, f"validation split must be in [0, 1) (got {self.val_split})"),
        )
        return next((message for ok, message in checks if not ok), None)


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


def resolve_padding(layer: ConvSpec) -> int:
    """Return the padding ``p`` of a CONV layer as a number.

    ``"valid"`` is 0 and ``"same"`` is ``(f - 1) / 2``; whether ``"same"`` is
    allowed for this ``f`` and ``s`` is the summary's business.
    """
    if layer.padding == "valid":
        return 0
    if layer.padding == "same":
        return (layer.size - 1) // 2
    return int(layer.padding)


def display_name(layer: LayerSpec, position: int) -> str:
    """Return the layer's own name or a course-style one such as ``CONV2``.

    Parameters
    ----------
    position : int
        1-based position in the chain.
    """
    if layer.name:
        return layer.name
    return f"{KIND_LABELS[layer.kind]}{position}"
