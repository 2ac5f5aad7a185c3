"""Shared test set-up: Qt runs offscreen; small specs and data sets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

ROOT = Path(__file__).resolve().parents[1]
PRESETS = ROOT / "resources" / "presets"


@pytest.fixture
def presets_dir() -> Path:
    """The folder of the shipped preset networks."""
    return PRESETS


# -- a network whose mini-batch takes seconds, in many short layers ------------------
SLOW_SECONDS = 0.04  # per layer and pass: 30 layers make a mini-batch of about 2.4 s
SLOW_LAYERS = 30


@pytest.fixture
def slow_spec():
    """A network of 30 "slow" layers (a test-only kind that sleeps 40 ms per layer
    and pass) then a Softmax on 8×8×1: one mini-batch takes about 2.4 s."""
    from cnnbuilder.core.kinds import registry

    kind = registry.register(_SlowKind())
    yield _slow_spec()
    registry.unregister(kind)


def _slow_spec():
    from cnnbuilder.core.spec import InputSpec, NetworkSpec, SoftmaxSpec

    layers = (*(_SlowSpec() for _ in range(SLOW_LAYERS)), SoftmaxSpec(classes=10))
    return NetworkSpec("slow", InputSpec(8, 8, 1), layers)


def _slow_classes():
    import time
    from dataclasses import dataclass
    from typing import ClassVar

    from cnnbuilder.core.kinds.base import LayerKind, uid_field
    from cnnbuilder.core.kinds.working import Working

    @dataclass(frozen=True)
    class SlowSpec:
        kind: ClassVar[str] = "slow"
        name: str | None = None
        uid: int = uid_field()

    class SlowLayer:
        def __init__(self, index, in_shape):
            self.index, self.in_shape = index, tuple(in_shape)

        @property
        def out_shape(self):
            return self.in_shape

        def param_shapes(self):
            return {}

        def forward(self, x, params, ws):
            time.sleep(SLOW_SECONDS)
            return x, ()

        def backward(self, da, cache, params, ws, need_dx=True):
            time.sleep(SLOW_SECONDS)
            return (da if need_dx else None), {}

    class SlowKind(LayerKind):
        type_name, label, spec_class = "slow", "SLOW", SlowSpec

        def work(self, layer, in_shape):
            return Working(shape=in_shape, shape_text="sleeps", params_text="0")

        def hyper_text(self, layer):
            return "sleeps"

        def build(self, layer, index, in_shape):
            return SlowLayer(index, in_shape)

    return SlowSpec, SlowKind


_SlowSpec, _SlowKind = _slow_classes()
