"""The text on a canvas block, in course notation (pure; no Qt; words via i18n).

A block shows its name, its key hyper-parameters and the shape it
produces, e.g. ``CONV1`` / ``5×5 s1 p0 ×8 relu`` / ``→ 28×28×8``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.layer_rows import LayerRow
from cnnbuilder.core.spec import InputSpec, LayerSpec
from cnnbuilder.gui.file_text import TITLE_CHARS, shown
from cnnbuilder.i18n import translate


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
    tag: str  # the kind's label, on the right of the header of a layer the user named
    hyper: str
    result: str
    status: str
    tooltip: str


def short_hyper(layer: LayerSpec | InputSpec) -> str:
    """Return the key hyper-parameters, e.g. ``5×5 s1 p0 ×8`` or ``n_H=8 n_W=8 n_c=1``."""
    return kind_of(layer).caption_text(layer)


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
    kind = kind_of(layer)
    # A layer named by the user shows its kind's label (CONV) in the header's right side.
    tag = "" if row.position == 0 or row.name.startswith(kind.label) else kind.label
    title = shown(row.name, TITLE_CHARS)  # elided again when painted
    return Caption(
        kind.type_name,
        title,
        tag,
        short_hyper(layer),
        _result(row),
        row.status,
        _tooltip(row, title),
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
