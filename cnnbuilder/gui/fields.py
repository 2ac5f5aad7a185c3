"""The editable fields of each block, with labels and ranges (FORMATS.md).

Pure data read by the properties panel: adding a layer kind means adding
its fields here, not writing a new form.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cnnbuilder.core.spec import ACTIVATIONS, POOL_MODES

CONTEXT = "fields"  # of the labels below, marked with QT_TRANSLATE_NOOP for the catalogue


def tr(text: str) -> str:
    """Return a label, tip or choice of this table in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


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
    "leaky_relu": QT_TRANSLATE_NOOP("fields", "Leaky ReLU (slope 0.01)"),
    "tanh": "tanh",
    "sigmoid": "sigmoid",
    "linear": QT_TRANSLATE_NOOP("fields", "linear (none)"),
}
ACTIVATION_CHOICES = tuple((a, _ACTIVATION_LABELS.get(a, a)) for a in ACTIVATIONS)
POOL_CHOICES = tuple(
    (
        m,
        {
            "max": QT_TRANSLATE_NOOP("fields", "max pooling"),
            "avg": QT_TRANSLATE_NOOP("fields", "average pooling"),
        }[m],
    )
    for m in POOL_MODES
)

_NAME = Field(
    "name",
    QT_TRANSLATE_NOOP("fields", "Name"),
    "text",
    tip=QT_TRANSLATE_NOOP("fields", "Optional; the table shows CONV1, POOL2, … without one"),
)
_ACTIVATION = Field(
    "activation",
    QT_TRANSLATE_NOOP("fields", "Activation g(z)"),
    "choice",
    choices=ACTIVATION_CHOICES,
)

FIELDS: dict[str, tuple[Field, ...]] = {
    "input": (
        Field(
            "name",
            QT_TRANSLATE_NOOP("fields", "Network name"),
            "text",
            tip=QT_TRANSLATE_NOOP("fields", "Saved in the file; shown in the title"),
        ),
        Field(
            "height",
            QT_TRANSLATE_NOOP("fields", "Height n_H"),
            "int",
            1,
            4096,
            tip=QT_TRANSLATE_NOOP("fields", "n_H^[0], pixels"),
        ),
        Field(
            "width",
            QT_TRANSLATE_NOOP("fields", "Width n_W"),
            "int",
            1,
            4096,
            tip=QT_TRANSLATE_NOOP("fields", "n_W^[0], pixels"),
        ),
        Field(
            "channels",
            QT_TRANSLATE_NOOP("fields", "Channels n_c"),
            "int",
            1,
            512,
            tip=QT_TRANSLATE_NOOP("fields", "n_c^[0]: 1 for grey, 3 for RGB"),
        ),
    ),
    "conv": (
        _NAME,
        Field(
            "filters",
            QT_TRANSLATE_NOOP("fields", "Filters n_c"),
            "int",
            1,
            2048,
            tip=QT_TRANSLATE_NOOP("fields", "n_c^[l]: number of filters"),
        ),
        Field(
            "size",
            QT_TRANSLATE_NOOP("fields", "Filter size f"),
            "int",
            1,
            64,
            tip=QT_TRANSLATE_NOOP("fields", "each filter is f×f×n_c^[l−1]"),
        ),
        Field(
            "stride",
            QT_TRANSLATE_NOOP("fields", "Stride s"),
            "int",
            1,
            32,
            tip=QT_TRANSLATE_NOOP("fields", "step of the filter, in pixels"),
        ),
        Field(
            "padding",
            QT_TRANSLATE_NOOP("fields", "Padding p"),
            "padding",
            0,
            64,
            tip=QT_TRANSLATE_NOOP(
                "fields", "zeros added on each side; 'same' keeps n_H and n_W (odd f, s = 1)"
            ),
        ),
        _ACTIVATION,
    ),
    "pool": (
        _NAME,
        Field("mode", QT_TRANSLATE_NOOP("fields", "Mode"), "choice", choices=POOL_CHOICES),
        Field(
            "size",
            QT_TRANSLATE_NOOP("fields", "Window f"),
            "int",
            1,
            64,
            tip=QT_TRANSLATE_NOOP("fields", "each window is f×f"),
        ),
        Field(
            "stride",
            QT_TRANSLATE_NOOP("fields", "Stride s"),
            "int",
            1,
            32,
            tip=QT_TRANSLATE_NOOP("fields", "usually s = f"),
        ),
    ),
    "fc": (
        _NAME,
        Field(
            "units",
            QT_TRANSLATE_NOOP("fields", "Units n^[l]"),
            "int",
            1,
            65536,
            tip=QT_TRANSLATE_NOOP("fields", "number of neurons"),
        ),
        _ACTIVATION,
    ),
    "softmax": (
        _NAME,
        Field(
            "classes",
            QT_TRANSLATE_NOOP("fields", "Classes C"),
            "int",
            2,
            10000,
            tip=QT_TRANSLATE_NOOP("fields", "number of output classes"),
        ),
    ),
}
