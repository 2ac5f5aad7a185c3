"""Adding a layer kind takes one module and no edit elsewhere (docs/ARCHITECTURE.md).

A throwaway parameter-free "identity" kind, written here and registered by
the fixture only, goes through the summary, a file round trip, a training
step, the palette, the canvas and the table.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pytest
from PySide6.QtWidgets import QTableView

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import dumps_spec, spec_from_dict
from cnnbuilder.core.kinds import registry
from cnnbuilder.core.kinds.base import LayerKind, uid_field
from cnnbuilder.core.kinds.working import Shape, Working, format_shape
from cnnbuilder.core.nn.aliases import Cache, Grads
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.optim import make_optimizer
from cnnbuilder.core.nn.workspace import Workspace
from cnnbuilder.core.spec import ConvSpec, DenseSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.gui import commands
from cnnbuilder.gui.summary_model import HYPER, LAYER, SHAPE


# -- the new kind: everything it says about itself -----------------------------------
@dataclass(frozen=True)
class IdentitySpec:
    kind: ClassVar[str] = "identity"
    name: str | None = None
    uid: int = uid_field()


class IdentityLayer:
    def __init__(self, index: int, in_shape: Shape) -> None:
        self.index, self.in_shape = index, tuple(in_shape)

    @property
    def out_shape(self) -> tuple[int, ...]:
        return self.in_shape

    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        return {}

    def forward(
        self, x: np.ndarray, params: dict[str, np.ndarray], ws: Workspace
    ) -> tuple[np.ndarray, Cache]:
        return x, ()

    def backward(
        self,
        da: np.ndarray,
        cache: Cache,
        params: dict[str, np.ndarray],
        ws: Workspace,
        need_dx: bool = True,
    ) -> tuple[np.ndarray | None, Grads]:
        return (da if need_dx else None), {}


class IdentityKind(LayerKind):
    type_name = "identity"
    label = "ID"
    spec_class = IdentitySpec

    def work(self, layer: IdentitySpec, in_shape: Shape) -> Working:
        return Working(
            shape=in_shape,
            shape_text=f"output = input = {format_shape(in_shape)}",
            params_text="identity has no parameters: 0",
        )

    def hyper_text(self, layer: IdentitySpec) -> str:
        return "passes its input on"

    def build(self, layer: IdentitySpec, index: int, in_shape: Shape) -> IdentityLayer:
        return IdentityLayer(index, in_shape)


@pytest.fixture
def identity() -> Iterator[LayerKind]:
    kind = registry.register(IdentityKind())
    yield kind
    registry.unregister(kind)


def _specs() -> tuple[NetworkSpec, NetworkSpec]:
    """The same small network without and with an identity after its first CONV."""
    layers = [ConvSpec(4, 3), PoolSpec(), DenseSpec(6), SoftmaxSpec(3)]
    plain = NetworkSpec("plain", InputSpec(8, 8, 1), tuple(layers))
    with_identity = plain.with_layers([layers[0], IdentitySpec(), *layers[1:]])
    return plain, with_identity


# -- the core ------------------------------------------------------------------------
@pytest.mark.usefixtures("identity")
def test_the_summary_counts_it() -> None:
    plain, spec = _specs()
    summary = summarize(spec)
    assert summary.ok, summary.problem
    row = summary.rows[2]
    assert (row.name, row.kind, row.hyper) == ("ID2", "identity", "passes its input on")
    assert row.output_shape == summary.rows[1].output_shape == (6, 6, 4)
    assert row.params == 0
    assert "output = input = 6×6×4" in row.shape_working
    assert summary.total_params == summarize(plain).total_params


@pytest.mark.usefixtures("identity")
def test_a_file_round_trip_keeps_it() -> None:
    _, spec = _specs()
    text = dumps_spec(spec)
    assert json.loads(text)["layers"][1] == {"type": "identity"}
    assert spec_from_dict(json.loads(text)) == spec
    data = json.loads(text)
    data["layers"][1]["size"] = 3
    with pytest.raises(SpecError, match="layer 2, field 'size': unknown field for a identity"):
        spec_from_dict(data)


def test_files_refuse_it_when_it_is_not_registered() -> None:
    _, spec = _specs()
    with pytest.raises(KeyError):
        dumps_spec(spec)


@pytest.mark.usefixtures("identity")
def test_a_training_step_goes_through_it() -> None:
    plain, spec = _specs()
    net = Network.from_spec(spec, np.random.default_rng(0), np.float64)
    ref = Network.from_spec(plain, np.random.default_rng(1), np.float64)
    ref.set_weights({_plain_key(k): v for k, v in net.params.items()})
    rng = np.random.default_rng(2)
    x, y = rng.random((5, 8, 8, 1)), rng.integers(0, 3, 5)
    loss = net.loss_and_grads(x, y)
    assert loss == pytest.approx(ref.loss_and_grads(x, y))
    for key, grad in net.grads.items():
        np.testing.assert_allclose(grad, ref.grads[_plain_key(key)])
    make_optimizer("sgd", 0.1).step(net.params, net.grads)
    assert net.loss_and_grads(x, y) < loss


def _plain_key(key: str) -> str:
    """The plain network's name of a parameter of the network with the identity at 1."""
    index, name = key.removeprefix("layer").split(".")
    i = int(index)
    return f"layer{i - 1 if i > 1 else i}.{name}"


# -- the GUI -------------------------------------------------------------------------
@pytest.mark.usefixtures("identity")
def test_the_palette_canvas_and_table_show_it(make_window) -> None:
    window = make_window()
    entries = [window.layer_palette.kind_of(r) for r in range(window.layer_palette.count())]
    assert entries[-1] == "identity"
    document = window.document
    document.push(commands.add_layer(document, 1, IdentitySpec()))
    layer = document.spec.layers[1]
    block = window.canvas.network_scene.block(layer.uid)
    assert block is not None
    caption = block.caption
    assert (caption.kind, caption.title, caption.status) == ("identity", "ID2", "ok")
    assert caption.result == f"→ {document.summary.rows[1].shape_text}"
    table = window.findChild(QTableView, "summaryTable")
    model = table.model()
    cells = [model.data(model.index(2, column)) for column in (LAYER, HYPER, SHAPE)]
    assert cells == ["ID2", "passes its input on", document.summary.rows[1].shape_text]
