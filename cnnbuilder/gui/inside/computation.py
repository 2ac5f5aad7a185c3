"""The computation panel: one value's arithmetic with the actual numbers.

A CONV value shows, per input channel, the window beside the matching
filter slice and their sum, then the bias, ``z`` and ``a = g(z)``; padding
cells are shown as padding (grey zeros). A POOL value shows its window
with the winner (max) or the mean (avg); an FC unit its largest terms
``w·a``; a Softmax class every logit and probability.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtWidgets import QTextBrowser, QWidget

from cnnbuilder.core.inside.cells import Cell, ConvCell, PoolCell, UnitCell

MAX_GRID_CHANNELS = 6
_PAD = "background:#e5e7eb;color:#9ca3af;"
_WIN = "background:#fed7aa;font-weight:bold;"


def _number(value: float, grey: bool = False, mark: bool = False) -> str:
    text = f"{value:7.3f}"
    if grey:
        return f'<span style="{_PAD}">{text}</span>'
    if mark:
        return f'<span style="{_WIN}">{text}</span>'
    return text


def grid_lines(
    values: np.ndarray, padding: np.ndarray | None = None, mark: tuple[int, int] | None = None
) -> list[str]:
    """One line of HTML per row of ``values`` (f, f): padding cells grey, ``mark`` highlighted.

    Preformatted text rather than tables: Qt lays out a rich-text table of
    a few hundred cells in about half a second, text in a millisecond.
    """
    return [
        "".join(
            _number(
                float(values[r, c]),
                grey=padding is not None and bool(padding[r, c]),
                mark=mark == (r, c),
            )
            for c in range(values.shape[1])
        )
        for r in range(values.shape[0])
    ]


def side_by_side(left: list[str], right: list[str], tail: str) -> str:
    """``left ⊙ right = tail`` with the operator and the result on the middle row."""
    middle = len(left) // 2
    rows = []
    for r, (a, b) in enumerate(zip(left, right, strict=True)):
        op, end = ("  ⊙ ", f"  = {tail}") if r == middle else ("    ", "")
        rows.append(f"{a}{op}{b}{end}")
    return "<pre>" + "\n".join(rows) + "</pre>"


class ComputationPanel(QTextBrowser):
    """Shows a :class:`Cell` (set with :meth:`show_cell`). Object name ``computationPanel``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("computationPanel")
        self.setOpenLinks(False)
        self.show_cell(None, "")

    def show_cell(self, cell: Cell | None, title: str) -> None:
        """Write the working of ``cell``; ``title`` names the layer."""
        if cell is None:
            self.setHtml(
                "<p style='color:#6b7280'>"
                + html.escape(
                    self.tr("Click a value in a map or a bar to see how it was computed.")
                )
                + "</p>"
            )
            return
        if isinstance(cell, ConvCell):
            body = self._conv(cell)
        elif isinstance(cell, PoolCell):
            body = self._pool(cell)
        else:
            body = self._unit(cell)
        self.setHtml(f"<h3>{html.escape(title)}</h3>{body}")

    def _where(self, cell: ConvCell | PoolCell) -> str:
        i, j, c = cell.position
        text = self.tr(
            "value (i={i}, j={j}, c={c}); window rows {r0}…{r1}, columns {c0}…{c1} of a_prev"
        )
        return (
            "<p>"
            + html.escape(
                text.format(
                    i=i,
                    j=j,
                    c=c,
                    r0=cell.rows[0],
                    r1=cell.rows[1] - 1,
                    c0=cell.cols[0],
                    c1=cell.cols[1] - 1,
                )
            )
            + "</p>"
        )

    def _conv(self, cell: ConvCell) -> str:
        k = cell.position[2]
        parts = [self._where(cell)]
        pads = int(cell.padding.sum())
        if pads:
            note = self.tr("{n} window cells lie on the padding: they are zeros (grey).")
            parts.append(f"<p>{html.escape(note.format(n=pads))}</p>")
        parts.append(f"<p><b>z = Σ W[:,:,:,{k}] ⊙ a_prev[window] + b_{k}</b></p>")
        channels = cell.values.shape[2]
        for c in range(min(channels, MAX_GRID_CHANNELS)):
            window = grid_lines(cell.values[:, :, c], cell.padding)
            kernel = grid_lines(cell.kernel[:, :, c])
            parts.append(f"<p>a_prev[window, {c}] ⊙ W[:, :, {c}, {k}]</p>")
            parts.append(side_by_side(window, kernel, f"{cell.channel_sums[c]:.4f}"))
        if channels > MAX_GRID_CHANNELS:
            rest = ", ".join(f"{s:.4f}" for s in cell.channel_sums[MAX_GRID_CHANNELS:])
            more = self.tr("channels {first}…{last}: sums {sums}").format(
                first=MAX_GRID_CHANNELS, last=channels - 1, sums=rest
            )
            parts.append(f"<p>{html.escape(more)}</p>")
        total = float(cell.channel_sums.sum())
        parts.append(
            f"<p>Σ = {total:.4f}<br>b_{k} = {cell.bias:.4f}<br>"
            f"<b>z = {total:.4f} + {cell.bias:.4f} = {cell.z:.4f}</b><br>"
            f"<b>a = {cell.activation}(z) = {cell.a:.4f}</b></p>"
        )
        return "".join(parts)

    def _pool(self, cell: PoolCell) -> str:
        grid = "\n".join(grid_lines(cell.values, cell.padding, cell.winner))
        parts = [self._where(cell), f"<pre>{grid}</pre>"]
        if cell.winner is not None and np.sum(cell.values == cell.a) > 1:
            text = self.tr("a = max(window) = {a}: a tie, the first maximum (highlighted) wins")
        elif cell.winner is not None:
            text = self.tr("a = max(window) = {a}: the highlighted value wins")
        else:
            text = self.tr("a = mean(window) = {a}")
        parts.append(f"<p><b>{html.escape(text.format(a=f'{cell.a:.4f}'))}</b></p>")
        return "".join(parts)

    def _unit(self, cell: UnitCell) -> str:
        head = self.tr("z = Σ w·a + b over {n} inputs; the largest terms:")
        rows = "".join(
            f"<tr><td>{t.position}</td><td>{t.w:+.4f}</td><td>·</td><td>{t.a:.4f}</td>"
            f"<td>= {t.product:+.4f}</td></tr>"
            for t in cell.contributions
        )
        others = self.tr("the other {n} terms").format(n=cell.n_in - len(cell.contributions))
        parts = [
            f"<p>{html.escape(head.format(n=cell.n_in))}</p>",
            f'<table cellspacing="4">{rows}<tr><td colspan="4">{html.escape(others)}</td>'
            f"<td>= {cell.rest:+.4f}</td></tr></table>",
            f"<p>b = {cell.bias:+.4f}<br><b>z = {cell.z:.4f}</b><br>",
        ]
        if cell.kind != "softmax" or cell.logits is None or cell.probabilities is None:
            parts.append(f"<b>a = {cell.activation}(z) = {cell.a:.4f}</b></p>")
            return "".join(parts)
        parts.append(f"<b>p_{cell.unit} = e^z_{cell.unit} / Σ_j e^z_j = {cell.a:.4f}</b></p>")
        shifted = np.exp(cell.logits - cell.logits.max())
        total = float(shifted.sum())
        table = "".join(
            f"<tr><td>{j}</td><td>z = {z:+.4f}</td><td>e^(z − max) = {e:.4f}</td>"
            f"<td>p = {p:.4f}</td></tr>"
            for j, (z, e, p) in enumerate(
                zip(cell.logits, shifted, cell.probabilities, strict=True)
            )
        )
        parts.append(f'<table cellspacing="4">{table}</table><p>Σ = {total:.4f}</p>')
        return "".join(parts)
