"""The layer-kind descriptor: everything cnnbuilder knows about one kind of layer.

A kind (CONV, POOL, FC, Softmax, the input) is one module in this package
holding its spec class and one :class:`LayerKind` object that says, in one
place, its fields, how it reads and writes them, its arithmetic and
working, its texts and how it builds its engine layer. The rest of the
program asks :mod:`cnnbuilder.core.kinds.registry` for the kind of a layer
instead of branching on it. ``docs/ARCHITECTURE.md`` lists the steps for
adding a kind.

Features that need more per kind (the receptive field, exports) add a
method here with a default and override it in the kinds that differ.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import field, fields
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from cnnbuilder.core.errors import ExportError, SpecError
from cnnbuilder.core.inside.geometry import WhyConv, Window
from cnnbuilder.core.kinds.fields import NAME_FIELD, Field, read_value
from cnnbuilder.core.kinds.working import Shape, Working
from cnnbuilder.core.nn.interface import Layer
from cnnbuilder.i18n import translate

if TYPE_CHECKING:
    import numpy as np

    from cnnbuilder.core.export.nodes import OnnxGraph

if TYPE_CHECKING:
    from cnnbuilder.core.inside.cells import Cell, CellContext

_uids = itertools.count(1)


def new_uid() -> int:
    """Return a fresh layer identifier, unique within this process."""
    return next(_uids)


def uid_field() -> int:
    """The ``uid`` field of a spec class: fresh per layer, never saved or compared."""
    return field(default_factory=new_uid, compare=False, repr=False)


class LayerSpec(Protocol):
    """What every layer spec is: a frozen dataclass with a kind, a name and a uid."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def kind(self) -> str:
        """The kind's type name, as files write it (``"conv"``)."""
        ...

    @property
    def name(self) -> str | None:
        """The user's name for the layer, None for the course-style default."""
        ...

    @property
    def uid(self) -> int:
        """Identifies the layer across edits; not saved."""
        ...


class LayerKind:
    """The descriptor of one layer kind; subclasses override what differs.

    Attributes
    ----------
    type_name : str
        The file's ``"type"`` and the registry key, e.g. ``"conv"``.
    label : str
        The course's short name: ``CONV``, ``POOL``, ``FC``, ``Softmax``.
    spec_class : type
        The frozen dataclass of its layers; its defaults are the kind's defaults.
    fields : tuple of Field
        Every saved field except ``name``, in file order.
    is_output : bool
        The output layer: it must be last, its ``classes`` field is the
        number of classes, and a network must end with it to be trained.
    conv_params : bool
        Its parameters count as CONV parameters in the totals (else FC).
    weight_layout : str or None
        How its weight ``W`` maps to PyTorch's: ``"conv"`` (f×f×n_c_prev×n_c ↔
        n_c×n_c_prev×f×f) or ``"fc"`` (n_in×n_out ↔ n_out×n_in; a 3-D input is
        flattened first); None for a kind without parameters.
    """

    type_name: str = ""
    label: str = ""
    spec_class: type[Any] = object
    fields: tuple[Field, ...] = ()
    is_output: bool = False
    conv_params: bool = False
    weight_layout: str | None = None

    # -- spec and file -------------------------------------------------------
    def new(self) -> LayerSpec:
        """A layer of this kind with the default values."""
        spec: LayerSpec = self.spec_class()
        return spec

    def form_fields(self) -> tuple[Field, ...]:
        """The fields the property form shows, the name first."""
        return (NAME_FIELD, *self.fields)

    def file_keys(self) -> frozenset[str]:
        """Every key a file may give for a layer of this kind (besides ``type``)."""
        return frozenset(f.name for f in self.fields) | {"name"}

    def read(self, data: dict[str, Any], position: int) -> LayerSpec:
        """Build a layer from its checked-for-keys JSON object (``position`` 1-based).

        Raises
        ------
        SpecError
            Naming the layer, the field and the reason.
        """
        for f in self.fields:
            if f.required and f.name not in data:
                raise SpecError(translate("fileio", "is required"), layer=position, field=f.name)
        values = self.read_values(data, position)
        spec: LayerSpec = self.spec_class(**values)
        return spec

    def read_values(self, data: dict[str, Any], position: int) -> dict[str, Any]:
        """The checked field values, each file value or the spec class's default."""
        defaults = {f.name: f.default for f in fields(self.spec_class)}
        values = {}
        for f in (*self.fields, NAME_FIELD):
            values[f.name] = read_value(f, data.get(f.name, defaults[f.name]), position)
        return values

    def write(self, layer: LayerSpec) -> dict[str, Any]:
        """The layer's JSON object: ``type`` first, then its fields (no uid, no empty name)."""
        out: dict[str, Any] = {"type": self.type_name}
        for f in fields(layer):
            value = getattr(layer, f.name)
            if f.name == "uid" or (f.name == "name" and not value):
                continue
            out[f.name] = value
        return out

    # -- arithmetic ------------------------------------------------------------
    def work(self, layer: Any, in_shape: Shape) -> Working:
        """Output shape, parameter and multiply-add counts, and the working."""
        raise NotImplementedError

    def workspace_floats(self, layer: Any, in_shape: Shape, out_shape: Shape) -> int:
        """Floats per sample of the engine's scratch buffers (the memory estimate)."""
        return 0

    # -- texts ---------------------------------------------------------------------
    def hyper_text(self, layer: Any) -> str:
        """The hyper-parameters in course notation, for the table."""
        raise NotImplementedError

    def caption_text(self, layer: Any) -> str:
        """The key hyper-parameters, short enough for a canvas block."""
        return self.hyper_text(layer)

    def output_classes(self, layer: Any) -> int | None:
        """Number of classes when this is the output layer, else None."""
        return int(layer.classes) if self.is_output else None

    # -- engine ----------------------------------------------------------------------
    def build(self, layer: Any, index: int, in_shape: Shape) -> Layer:
        """The engine layer at position ``index`` (0-based) for input ``in_shape``."""
        raise NotImplementedError

    # -- exports (cnnbuilder.core.export) -------------------------------------------
    def torch_module(self, layer: Any, in_shape: Shape, out_shape: Shape) -> str:
        """The layer's ``nn.Module`` as Python source, e.g. ``nn.Conv2d(3, 8, ...)``."""
        raise ExportError(
            translate("export", "{kind} layers cannot be exported").format(kind=self.label)
        )

    def torch_call(self, layer: Any, call: str) -> str:
        """The forward expression around the module call ``call`` (adds the activation)."""
        return call

    def onnx_nodes(
        self, layer: Any, graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]
    ) -> str:
        """Add the layer's ONNX nodes after tensor ``x``; return the output tensor.

        ``weights`` holds this layer's ``W`` and ``b`` in cnnbuilder's layout.
        """
        raise ExportError(
            translate("export", "{kind} layers cannot be exported").format(kind=self.label)
        )

    # -- inside: receptive field, why convolution, one value's arithmetic -------------
    def window(self, layer: Any) -> Window | None:
        """The ``f x f`` window the layer slides (receptive field, highlights, sandbox).

        None for a kind whose units read their whole input (FC, Softmax).
        """
        return None

    def why_conv(
        self, layer: Any, in_shape: Shape, out_shape: Shape, params: int
    ) -> WhyConv | None:
        """FC-equivalent parameters and connections, for a kind that shares its parameters
        over positions; None for the others."""
        return None

    def g_name(self, layer: Any) -> str:
        """What turns ``z`` into ``a`` in the working: ``relu``, ``max``, ``softmax``…"""
        return str(getattr(layer, "activation", "linear"))

    def cell(self, context: CellContext, position: tuple[int, ...], out_shape: Shape) -> Cell:
        """One output value at ``position`` recomputed with its numbers
        (:mod:`cnnbuilder.core.inside.cells`)."""
        raise NotImplementedError(f"{self.label} has no values to inspect")
