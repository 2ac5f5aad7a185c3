"""Export the summary table: Markdown (to the clipboard) and CSV (to a file).

The text itself comes from ``cnnbuilder.core.report``, so the window and
``cnnbuilder summary`` export the same table.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from cnnbuilder.core import report
from cnnbuilder.core.atomic import atomic_write_text
from cnnbuilder.core.summary import NetworkSummary


def markdown_table(summary: NetworkSummary, title: str = "", batch_size: int = 32) -> str:
    """Return the table, its totals and any errors as GitHub Markdown."""
    text = report.markdown_table(summary, batch_size)
    if title:
        text = f"### {title}\n\n{text}"
    return text + "".join(f"- {line}\n" for line in report.problem_lines(summary))


def csv_text(summary: NetworkSummary) -> str:
    """Return the table as CSV with raw numbers (no thousands separators)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(report.csv_rows(summary))
    return out.getvalue()


def copy_markdown(summary: NetworkSummary, title: str = "", batch_size: int = 32) -> str:
    """Put the Markdown table on the clipboard and return it."""
    text = markdown_table(summary, title, batch_size)
    QGuiApplication.clipboard().setText(text)
    return text


def save_csv(summary: NetworkSummary, path: Path | str) -> None:
    """Write the CSV table atomically (a failed write leaves no partial file)."""
    atomic_write_text(Path(path), csv_text(summary))
