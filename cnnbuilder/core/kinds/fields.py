"""The fields of a layer kind: what the file holds and the property form edits.

A :class:`Field` says a field's label, editor, range and help once; the file
reader checks values with :func:`read_value` (the lower bound only: the
upper bound is the form's spin-box limit), the GUI builds its editors from
the same objects. Defaults are those of the kind's spec class.

Labels, tips and choice labels are English, marked for the catalogue
(context ``"fields"``) and translated where the form shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cnnbuilder.core.errors import SpecError
from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate

ACTIVATIONS: tuple[str, ...] = ("relu", "leaky_relu", "tanh", "sigmoid", "linear")
_ACTIVATION_LABELS = {
    "relu": "ReLU",
    "leaky_relu": QT_TRANSLATE_NOOP("fields", "Leaky ReLU (slope 0.01)"),
    "tanh": "tanh",
    "sigmoid": "sigmoid",
    "linear": QT_TRANSLATE_NOOP("fields", "linear (none)"),
}
ACTIVATION_CHOICES = tuple((a, _ACTIVATION_LABELS.get(a, a)) for a in ACTIVATIONS)
PADDING_WORDS = ("valid", "same")


@dataclass(frozen=True)
class Field:
    """One field of a layer (or of the input).

    Attributes
    ----------
    name : str
        The spec attribute and the file's key (``"size"``).
    editor : str
        ``"int"``, ``"choice"``, ``"padding"`` (an int or ``"valid"``/``"same"``)
        or ``"text"``.
    minimum, maximum : int
        For ``"int"`` and ``"padding"``: a file value below ``minimum`` is
        refused; ``maximum`` bounds the form's spin box.
    choices : tuple of (value, label)
        For ``"choice"`` fields.
    required : bool
        Whether a file must give it (otherwise the spec class's default).
    """

    name: str
    label: str
    editor: str
    minimum: int = 1
    maximum: int = 1
    choices: tuple[tuple[str, str], ...] = ()
    tip: str = ""
    required: bool = False


ACTIVATION_FIELD = Field(
    "activation",
    QT_TRANSLATE_NOOP("fields", "Activation g(z)"),
    "choice",
    choices=ACTIVATION_CHOICES,
)
NAME_FIELD = Field(
    "name",
    QT_TRANSLATE_NOOP("fields", "Name"),
    "text",
    tip=QT_TRANSLATE_NOOP("fields", "Optional; the table shows CONV1, POOL2, … without one"),
)


# Whole numbers in a file fit a 32-bit signed int (what the window's spin boxes
# hold): no real layer comes near it, and products of sizes stay exact.
MAX_WHOLE = 2**31 - 1
_SHOWN_CHARS = 60


def shown(value: Any) -> str:
    """``repr`` for a message, cut short (a value may be 5000 digits or a deep list)."""
    try:
        text = repr(value)
    except (ValueError, RecursionError):  # ints over 4300 digits refuse str()
        return translate("fields", "a {value} too large to show").format(value=type(value).__name__)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def read_int(value: Any, least: int, *, layer: int | None, field: str) -> int:
    """Return ``value`` as an int in [``least``, :data:`MAX_WHOLE`] or raise a SpecError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SpecError(
            translate("fields", "must be a whole number, got {value}").format(value=shown(value)),
            layer=layer,
            field=field,
        )
    if isinstance(value, float) and not value.is_integer():
        raise SpecError(
            translate("fields", "must be a whole number, got {value}").format(value=shown(value)),
            layer=layer,
            field=field,
        )
    if value < least:
        raise SpecError(
            translate("fields", "must be at least {least}, got {value}").format(
                least=least, value=shown(value)
            ),
            layer=layer,
            field=field,
        )
    if value > MAX_WHOLE:
        raise SpecError(
            translate("fields", "must be at most {MAX_WHOLE}, got {value}").format(
                MAX_WHOLE=f"{MAX_WHOLE:,}", value=shown(value)
            ),
            layer=layer,
            field=field,
        )
    return int(value)


def read_choice(value: Any, choices: tuple[str, ...], *, layer: int | None, field: str) -> str:
    """Return ``value`` if it is one of ``choices``, else raise a SpecError."""
    if not isinstance(value, str) or value not in choices:
        raise SpecError(
            translate("fields", "unknown value {value}; expected one of {value2}").format(
                value=shown(value), value2=", ".join(choices)
            ),
            layer=layer,
            field=field,
        )
    return str(value)


def read_value(field: Field, value: Any, layer: int | None) -> Any:
    """Check one file value against its field; return it as the spec holds it."""
    name = field.name
    if field.editor == "int":
        return read_int(value, field.minimum, layer=layer, field=name)
    if field.editor == "choice":
        return read_choice(value, tuple(v for v, _ in field.choices), layer=layer, field=name)
    if field.editor == "padding":
        if isinstance(value, str):
            return read_choice(value, PADDING_WORDS, layer=layer, field=name)
        return read_int(value, field.minimum, layer=layer, field=name)
    if value is None or isinstance(value, str):
        return value or None
    raise SpecError(
        translate("fields", "must be a string, got {value}").format(value=shown(value)),
        layer=layer,
        field=name,
    )
