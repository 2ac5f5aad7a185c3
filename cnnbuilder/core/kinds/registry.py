"""The layer kinds by type name: the one place the program asks what a layer is.

The five course kinds register themselves here; a new kind is registered
with :func:`register` (its module calls it, or a test does for a throwaway
kind). Order matters: it is the palette's and the menus' order.
"""

from __future__ import annotations

from typing import Any

from cnnbuilder.core.kinds.base import LayerKind
from cnnbuilder.core.kinds.conv import CONV
from cnnbuilder.core.kinds.fc import FC
from cnnbuilder.core.kinds.input import INPUT, InputSpec
from cnnbuilder.core.kinds.pool import POOL
from cnnbuilder.core.kinds.softmax import SOFTMAX

_LAYER_KINDS: dict[str, LayerKind] = {}
_BY_CLASS: dict[type[Any], LayerKind] = {InputSpec: INPUT}


def register(kind: LayerKind) -> LayerKind:
    """Make ``kind`` known by its type name and spec class; return it.

    Raises
    ------
    ValueError
        If the type name or the spec class is taken already.
    """
    if kind.type_name in _LAYER_KINDS or kind.type_name == INPUT.type_name:
        raise ValueError(f"a layer kind {kind.type_name!r} is registered already")
    if kind.spec_class in _BY_CLASS:
        raise ValueError(f"{kind.spec_class.__name__} belongs to another kind already")
    _LAYER_KINDS[kind.type_name] = kind
    _BY_CLASS[kind.spec_class] = kind
    return kind


def unregister(kind: LayerKind) -> None:
    """Forget ``kind`` (tests that register a throwaway kind call it)."""
    del _LAYER_KINDS[kind.type_name]
    del _BY_CLASS[kind.spec_class]


def layer_kinds() -> tuple[LayerKind, ...]:
    """Every layer kind of the chain (not the input), in palette order."""
    return tuple(_LAYER_KINDS.values())


def type_names() -> tuple[str, ...]:
    """The type names a file may use for a layer, in palette order."""
    return tuple(_LAYER_KINDS)


def kind_named(type_name: str) -> LayerKind:
    """The kind of that type name (``"input"`` gives the input's).

    Raises
    ------
    KeyError
        For an unknown type name.
    """
    if type_name == INPUT.type_name:
        return INPUT
    return _LAYER_KINDS[type_name]


def kind_of(spec: object) -> LayerKind:
    """The kind of a layer spec or of the :class:`InputSpec`.

    Raises
    ------
    KeyError
        For an object of no registered kind.
    """
    return _BY_CLASS[type(spec)]


for _kind in (CONV, POOL, FC, SOFTMAX):
    register(_kind)
