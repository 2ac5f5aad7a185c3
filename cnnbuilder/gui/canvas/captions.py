"""The text on a canvas block, in course notation (pure; no Qt; words via i18n).

A block shows its name, its key hyper-parameters and the shape it
produces, e.g. ``CONV1`` / ``5×5 s1 p0 ×8 relu`` / ``→ 28×28×8``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cnnbuilder.core.shapes import LayerRow
from cnnbuilder.core.spec import (
    KIND_LABELS,
    ConvSpec,
    DenseSpec,
    InputSpec,
    LayerSpec,
    PoolSpec,
)
from cnnbuilder.i18n import translate

INPUT_HYPER_CHARS = 19  # "n_H=28 n_W=28 n_c=1" fits a block (without an icon)


@dataclass(frozen=True)
class Caption:
    """What one block shows; equal captions need no repaint.

    Attributes
    ----------
    kind : str
        ``"input"``, ``"conv"``, ``"pool"``, ``"fc"`` or ``"softmax"``.
    status : str
        The summary row's status: ok, warning, error or blocked.
    """

    kind: str
    title: str
    tag: str  # activation, shown on the right of the header
    hyper: str
    result: str
    status: str
    tooltip: str


def short_hyper(layer: LayerSpec | InputSpec) -> str:
    """Return the key hyper-parameters, e.g. ``5×5 s1 p0 ×8`` or ``n_H=8 n_W=8 n_c=1``."""
    if isinstance(layer, InputSpec):
        text = f"n_H={layer.height} n_W={layer.width} n_c={layer.channels}"
        # Longer than 28×28×1 does not fit a block: the bare volume does.
        short = f"{layer.height}×{layer.width}×{layer.channels}"
        return text if len(text) <= INPUT_HYPER_CHARS else short
    if isinstance(layer, ConvSpec):
        pad = layer.padding if isinstance(layer.padding, str) else f"p{layer.padding}"
        f = layer.size
        return f"{f}×{f} s{layer.stride} {pad} ×{layer.filters}"
    if isinstance(layer, PoolSpec):
        shown = (
            translate("captions", "max") if layer.mode == "max" else translate("captions", "avg")
        )
        return f"{shown} {layer.size}×{layer.size} s{layer.stride}"
    if isinstance(layer, DenseSpec):
        return translate("captions", "{n} units").format(n=layer.units)
    return translate("captions", "{n} classes").format(n=layer.classes)


def _tag(layer: LayerSpec | InputSpec) -> str:
    """The header's right side: the activation g, where the layer has one."""
    return layer.activation if isinstance(layer, ConvSpec | DenseSpec) else ""


def _result(row: LayerRow) -> str:
    if row.status == "error":
        return f"✖ {row.error}"
    if row.status == "blocked":
        return "→ ? " + translate("captions", "(after an error)")
    return f"→ {row.shape_text}"


def _tooltip(row: LayerRow, title: str) -> str:
    lines = [f"{title}: {row.hyper}"]
    if row.status == "error":
        lines.append(translate("captions", "Error: {text}").format(text=row.error))
    elif row.status == "blocked":
        lines.append(translate("captions", "No shape: it follows an invalid layer."))
    else:
        lines += [
            translate("captions", "Output {shape}").format(shape=row.shape_text),
            "",
            row.shape_working,
        ]
        if row.params:
            lines += [
                "",
                translate("captions", "Parameters: {text}").format(text=row.params_working),
            ]
    lines += [translate("captions", "Warning: {text}").format(text=w) for w in row.warnings]
    return "\n".join(lines)


def caption(layer: LayerSpec | InputSpec, row: LayerRow) -> Caption:
    """Return the caption of a layer (or the input) from its summary row."""
    if isinstance(layer, InputSpec):
        kind, tag = "input", ""
    else:
        kind = layer.kind
        label = KIND_LABELS[kind]
        tag = "" if row.name.startswith(label) else label
    title = row.name
    return Caption(
        kind, title, tag, short_hyper(layer), _result(row), row.status, _tooltip(row, title)
    )


def wrap_lines(
    text: str, width: float, advance: Callable[[str], float], lines: int = 2
) -> list[str]:
    """Break ``text`` at spaces into at most ``lines`` lines no wider than ``width``.

    ``advance(s)`` is the drawn width of ``s``. Whatever does not fit ends the
    last line with ``…``; a single word wider than a line is cut with ``…`` too.
    """
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines:
        line = words.pop(0)
        while words and advance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        last = len(out) == lines - 1
        if (last and words) or advance(line) > width:
            line = _cut(f"{line} {' '.join(words)}" if last else line, width, advance)
            if last:
                words = []
        out.append(line)
    return out


def _cut(text: str, width: float, advance: Callable[[str], float]) -> str:
    """The longest start of ``text`` that fits ``width`` with ``…`` after it."""
    end = len(text)
    while end > 0 and advance(text[:end].rstrip() + "…") > width:
        end -= 1
    return text[:end].rstrip() + "…"
