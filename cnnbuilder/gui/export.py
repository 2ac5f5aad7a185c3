"""Export the summary table: Markdown (for notes, to the clipboard) and CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from cnnbuilder.core.atomic import atomic_write_text
from cnnbuilder.core.shapes import LayerRow
from cnnbuilder.core.summary import NetworkSummary
from cnnbuilder.gui.summary_model import COLUMNS, SHAPE, cell_text
from cnnbuilder.gui.totals import share_text

CSV_COLUMNS = (
    "position",
    "layer",
    "type",
    "hyper",
    "output_shape",
    "activations",
    "params",
    "mult_adds",
    "status",
    "problem",
)


def _cells(row: LayerRow) -> list[str]:
    cells = [cell_text(row, column) for column in range(len(COLUMNS))]
    if row.status == "error":
        cells[SHAPE] = f"error: {row.error}"
    return cells


def markdown_table(summary: NetworkSummary, title: str = "") -> str:
    """Return the table and its totals as GitHub-flavoured Markdown."""
    right = {3, 4, 5}
    lines = [f"### {title}", ""] if title else []
    lines.append("| " + " | ".join(COLUMNS) + " |")
    lines.append("|" + "|".join("---:" if i in right else "---" for i in range(len(COLUMNS))) + "|")
    for row in summary.rows:
        cells = [c.replace("|", "\\|") for c in _cells(row)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Total parameters: {summary.total_params:,} ({share_text(summary)})  ",
        f"Multiply-adds per example: {summary.total_mult_adds:,}",
    ]
    if summary.problem:
        lines.append(f"\nProblem: {summary.problem}")
    return "\n".join(lines) + "\n"


def csv_text(summary: NetworkSummary) -> str:
    """Return the table as CSV with raw numbers (no thousands separators)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in summary.rows:
        shape = "x".join(str(n) for n in row.output_shape) if row.output_shape else ""
        writer.writerow(
            [
                row.position,
                row.name,
                row.kind,
                row.hyper,
                shape,
                _num(row.activations),
                _num(row.params),
                _num(row.mult_adds),
                row.status,
                row.error or "; ".join(row.warnings),
            ]
        )
    writer.writerow(
        [
            "",
            "total",
            "",
            "",
            "",
            summary.total_activations,
            summary.total_params,
            summary.total_mult_adds,
            "ok" if summary.ok else "problem",
            summary.problem or "",
        ]
    )
    return out.getvalue()


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


def copy_markdown(summary: NetworkSummary, title: str = "") -> str:
    """Put the Markdown table on the clipboard and return it."""
    text = markdown_table(summary, title)
    QGuiApplication.clipboard().setText(text)
    return text


def save_csv(summary: NetworkSummary, path: Path | str) -> None:
    """Write the CSV table atomically (a failed write leaves no partial file)."""
    atomic_write_text(Path(path), csv_text(summary))
