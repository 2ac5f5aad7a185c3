"""Colours and sizes shared by the canvas, the palette and the table.

One colour per layer kind, so that a CONV looks the same in the palette,
on the canvas and in the totals bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from cnnbuilder.core.kinds.registry import kind_named
from cnnbuilder.gui.resources import icon
from cnnbuilder.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class KindLook:
    """How the GUI shows a layer kind: its colour, long title, palette tip and icon.

    ``title`` and ``tooltip`` are English (contexts "theme" and "palette"),
    translated where shown; ``icon`` names ``resources/icons/<icon>.svg``.
    """

    color: str
    title: str
    tooltip: str
    icon: str


# The one table of per-kind presentation, keyed by the kinds' type names
# (cnnbuilder.core.kinds). A kind without a row is drawn grey, titled by its label.
KIND_LOOKS: dict[str, KindLook] = {
    "input": KindLook("#6b7280", QT_TRANSLATE_NOOP("theme", "Input"), "", "input"),
    "conv": KindLook(
        "#2f6fd0",
        QT_TRANSLATE_NOOP("theme", "Convolution"),
        QT_TRANSLATE_NOOP(
            "palette",
            "CONV: n_c filters of f×f×n_c_prev slide with stride s over the padded input.\n"
            "Output n = ⌊(n_prev + 2p − f)/s⌋ + 1; parameters (f·f·n_c_prev + 1)·n_c.",
        ),
        "conv",
    ),
    "pool": KindLook(
        "#1f9e89",
        QT_TRANSLATE_NOOP("theme", "Pooling"),
        QT_TRANSLATE_NOOP(
            "palette",
            "POOL: max or average over f×f windows with stride s.\n"
            "Shrinks n_H and n_W, keeps n_c; no parameters.",
        ),
        "pool",
    ),
    "fc": KindLook(
        "#e07b24",
        QT_TRANSLATE_NOOP("theme", "Fully connected"),
        QT_TRANSLATE_NOOP(
            "palette",
            "FC: fully connected layer of n units; a 3-D input is flattened first.\n"
            "Parameters (n_in + 1)·n.",
        ),
        "fc",
    ),
    "softmax": KindLook(
        "#8b5cc7",
        QT_TRANSLATE_NOOP("theme", "Softmax output"),
        QT_TRANSLATE_NOOP(
            "palette",
            "Softmax: a dense layer to C classes followed by softmax.\nIt must be the last layer.",
        ),
        "softmax",
    ),
}
ERROR = "#d62828"
ERROR_BACKGROUND = "#fde2e2"
BLOCKED_TEXT = "#9ca3af"
WARNING = "#d97706"
ACCENT = "#1d4ed8"
CANVAS_BACKGROUND = "#f5f6f8"


def look(kind: str) -> KindLook:
    """The presentation of the kind of that type name (grey, no tip, for one without a row)."""
    if kind in KIND_LOOKS:
        return KIND_LOOKS[kind]
    return KindLook(KIND_LOOKS["input"].color, kind_named(kind).label, "", kind)


def kind_title(kind: str) -> str:
    """Return the title of a layer kind (``Convolution``) in the window's language."""
    return QCoreApplication.translate("theme", look(kind).title)


def kind_tooltip(kind: str) -> str:
    """Return the palette's tip on a layer kind in the window's language ("" when none)."""
    tip = look(kind).tooltip
    return QCoreApplication.translate("palette", tip) if tip else ""


def kind_icon(kind: str) -> QIcon:
    """The icon of a layer kind (empty when its icon file is missing)."""
    return icon(look(kind).icon)


def kind_color(kind: str) -> QColor:
    """Return the colour of a layer kind (grey for a kind without a row)."""
    return QColor(look(kind).color)


def tint(color: QColor, amount: float) -> QColor:
    """Blend ``color`` towards white; ``amount`` 0 keeps it, 1 gives white."""
    return QColor(
        round(color.red() + (255 - color.red()) * amount),
        round(color.green() + (255 - color.green()) * amount),
        round(color.blue() + (255 - color.blue()) * amount),
    )
