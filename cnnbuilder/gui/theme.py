"""Colours and sizes shared by the canvas, the palette and the table.

One colour per layer kind, so that a CONV looks the same in the palette,
on the canvas and in the totals bar.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

KIND_COLORS: dict[str, str] = {
    "input": "#6b7280",
    "conv": "#2f6fd0",
    "pool": "#1f9e89",
    "fc": "#e07b24",
    "softmax": "#8b5cc7",
}
KIND_TITLES: dict[str, str] = {  # English; kind_title() gives the window's language
    "input": QT_TRANSLATE_NOOP("theme", "Input"),
    "conv": QT_TRANSLATE_NOOP("theme", "Convolution"),
    "pool": QT_TRANSLATE_NOOP("theme", "Pooling"),
    "fc": QT_TRANSLATE_NOOP("theme", "Fully connected"),
    "softmax": QT_TRANSLATE_NOOP("theme", "Softmax output"),
}
ERROR = "#d62828"
ERROR_BACKGROUND = "#fde2e2"
BLOCKED_TEXT = "#9ca3af"
WARNING = "#d97706"
ACCENT = "#1d4ed8"
CANVAS_BACKGROUND = "#f5f6f8"


def kind_title(kind: str) -> str:
    """Return the title of a layer kind (``Convolution``) in the window's language."""
    return QCoreApplication.translate("theme", KIND_TITLES.get(kind, kind))


def kind_color(kind: str) -> QColor:
    """Return the colour of a layer kind (grey for unknown kinds)."""
    return QColor(KIND_COLORS.get(kind, KIND_COLORS["input"]))


def tint(color: QColor, amount: float) -> QColor:
    """Blend ``color`` towards white; ``amount`` 0 keeps it, 1 gives white."""
    return QColor(
        round(color.red() + (255 - color.red()) * amount),
        round(color.green() + (255 - color.green()) * amount),
        round(color.blue() + (255 - color.blue()) * amount),
    )
