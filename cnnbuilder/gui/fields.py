"""The editable fields of each block, with labels and ranges (FORMATS.md).

Pure data read by the properties panel: adding a layer kind means adding
its fields here, not writing a new form.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnnbuilder.core.spec import ACTIVATIONS, POOL_MODES


@dataclass(frozen=True)
class Field:
    """One editable field.

    Attributes
    ----------
    name : str
        The spec attribute (``"size"``) or, for the input block, ``"name"``
        (the network's name) or an :class:`InputSpec` attribute.
    editor : str
        ``"int"``, ``"choice"``, ``"padding"`` or ``"text"``.
    choices : tuple of (value, label)
        For ``"choice"`` fields.
    """

    name: str
    label: str
    editor: str
    minimum: int = 1
    maximum: int = 1
    choices: tuple[tuple[str, str], ...] = ()
    tip: str = ""


_ACTIVATION_LABELS = {
    "relu": "ReLU",
    "leaky_relu": "Leaky ReLU (slope 0.01)",
    "tanh": "tanh",
    "sigmoid": "sigmoid",
    "linear": "linear (none)",
}
ACTIVATION_CHOICES = tuple((a, _ACTIVATION_LABELS.get(a, a)) for a in ACTIVATIONS)
POOL_CHOICES = tuple((m, {"max": "max pooling", "avg": "average pooling"}[m]) for m in POOL_MODES)

_NAME = Field("name", "Name", "text", tip="Optional; the table shows CONV1, POOL2, … without one")
_ACTIVATION = Field("activation", "Activation g(z)", "choice", choices=ACTIVATION_CHOICES)

FIELDS: dict[str, tuple[Field, ...]] = {
    "input": (
        Field("name", "Network name", "text", tip="Saved in the file; shown in the title"),
        Field("height", "Height n_H", "int", 1, 4096, tip="n_H^[0], pixels"),
        Field("width", "Width n_W", "int", 1, 4096, tip="n_W^[0], pixels"),
        Field("channels", "Channels n_c", "int", 1, 512, tip="n_c^[0]: 1 for grey, 3 for RGB"),
    ),
    "conv": (
        _NAME,
        Field("filters", "Filters n_c", "int", 1, 2048, tip="n_c^[l]: number of filters"),
        Field("size", "Filter size f", "int", 1, 64, tip="each filter is f×f×n_c^[l−1]"),
        Field("stride", "Stride s", "int", 1, 32, tip="step of the filter, in pixels"),
        Field(
            "padding",
            "Padding p",
            "padding",
            0,
            64,
            tip="zeros added on each side; 'same' keeps n_H and n_W (odd f, s = 1)",
        ),
        _ACTIVATION,
    ),
    "pool": (
        _NAME,
        Field("mode", "Mode", "choice", choices=POOL_CHOICES),
        Field("size", "Window f", "int", 1, 64, tip="each window is f×f"),
        Field("stride", "Stride s", "int", 1, 32, tip="usually s = f"),
    ),
    "fc": (
        _NAME,
        Field("units", "Units n^[l]", "int", 1, 65536, tip="number of neurons"),
        _ACTIVATION,
    ),
    "softmax": (
        _NAME,
        Field("classes", "Classes C", "int", 2, 10000, tip="number of output classes"),
    ),
}
