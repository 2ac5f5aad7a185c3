"""The summary as text: a console table, JSON, Markdown and CSV rows."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from typing import Any

from cnnbuilder.core.kinds.registry import kind_named
from cnnbuilder.core.layer_rows import LayerRow
from cnnbuilder.core.summary import NetworkSummary
from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = (  # English; columns() gives them in the chosen language
    "#",
    QT_TRANSLATE_NOOP("report", "Layer"),
    QT_TRANSLATE_NOOP("report", "Type"),
    QT_TRANSLATE_NOOP("report", "Hyper-parameters"),
    QT_TRANSLATE_NOOP("report", "Output shape"),
    QT_TRANSLATE_NOOP("report", "Activations"),
    QT_TRANSLATE_NOOP("report", "Params"),
    QT_TRANSLATE_NOOP("report", "Mult-adds"),
    QT_TRANSLATE_NOOP("report", "Receptive field"),
)
NUMERIC = {0, 5, 6, 7}


def columns() -> tuple[str, ...]:
    """The table's column titles in the chosen language."""
    return tuple(translate("report", title) for title in COLUMNS)


def kind_label(kind: str) -> str:
    """The Type cell: CONV, POOL, FC, Softmax (notation), or the input's in words."""
    label = kind_named(kind).label
    return translate("report", "Input") if kind == "input" else label


# Cells a spreadsheet would run as a formula (CSV injection): = + - @, and
# tab / carriage return that some of them skip before looking.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_controls(text: str) -> str:
    """``text`` with control and format characters shown as escapes (``\\x1b``).

    Names come from files anyone can write: printed raw, an escape sequence
    could clear or rewrite the terminal.
    """
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable() or char == " ":
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)


def spreadsheet_safe(cell: Any) -> Any:
    """A text cell that a spreadsheet would take for a formula, prefixed with ``'``."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def count_text(value: int | None, missing: str = "") -> str:
    """``62958`` -> ``"62,958"``; None -> ``missing`` (the window shows ``"—"``)."""
    return missing if value is None else f"{value:,}"


def row_cells(row: LayerRow) -> tuple[str, ...]:
    """The cells of one table row, as displayed (thousands separated)."""
    return (
        str(row.position),
        row.name,
        kind_label(row.kind),
        row.hyper,
        row.shape_text if row.output_shape is not None else "—",
        count_text(row.activations),
        count_text(row.params),
        count_text(row.mult_adds),
        field_text(row.receptive_field),
    )


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: a Korean (wide) character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def aligned_rows(rows: Sequence[Sequence[str]], right: Collection[int] = ()) -> list[str]:
    """Lay ``rows`` out in columns two spaces apart, by terminal columns (Korean is two wide).

    Columns whose index is in ``right`` are right-aligned (numbers); the others left.
    """
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            pad = " " * (width - display_width(cell))
            parts.append(pad + cell if i in right else cell + pad)
        return "  ".join(parts).rstrip()

    return [line(r) for r in rows]


def field_text(side: int | None) -> str:
    """A receptive field as ``14×14`` (input pixels); ``—`` for FC and Softmax."""
    return "—" if side is None else f"{side}×{side}"


def human_bytes(count: int) -> str:
    """Return ``count`` bytes as ``12.3 MB`` (powers of 1024)."""
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"  # pragma: no cover - the loop always returns


def totals_lines(summary: NetworkSummary, batch_size: int = 32) -> list[str]:
    """Totals under the table: parameters with the CONV / FC share, work, memory."""
    total = summary.total_params
    share = ""
    if total:
        conv, dense = summary.conv_params, summary.dense_params
        share = (
            f" (CONV {conv:,} · {100 * conv / total:.1f}%, "
            f"FC {dense:,} · {100 * dense / total:.1f}%)"
        )
    memory = human_bytes(summary.training_memory_bytes(batch_size))
    return [
        translate("report", "Total params: {count}").format(count=f"{total:,}") + share,
        translate("report", "Multiply-adds per sample: {count}").format(
            count=f"{summary.total_mult_adds:,}"
        ),
        translate("report", "Training memory, batch {batch} (estimate): {size}").format(
            batch=batch_size, size=memory
        ),
    ]


def why_conv_lines(summary: NetworkSummary) -> list[str]:
    """Per CONV layer: its parameters against an FC layer's, and its connections."""
    text = translate(
        "report",
        "{name}: {params} parameters; an FC layer from the same input to the same output "
        "would need {fc_params}; one output value reads {inputs} inputs, an FC unit all "
        "{fc_inputs}",
    )
    return [
        text.format(
            name=r.name,
            params=f"{r.params:,}",
            fc_params=f"{r.fc_equivalent_params:,}",
            inputs=f"{r.connections:,}",
            fc_inputs=f"{r.fc_connections:,}",
        )
        for r in summary.layer_rows
        if r.fc_equivalent_params is not None and r.params is not None
    ]


def text_table(summary: NetworkSummary, title: str, batch_size: int = 32) -> str:
    """A console table in the style of Keras ``model.summary()``, course columns."""
    rows = [columns()] + [tuple(map(escape_controls, row_cells(r))) for r in summary.rows]
    title = escape_controls(title)
    header, *body = aligned_rows(rows, NUMERIC)
    rule = "=" * display_width(header)
    lines = [title, rule, header, "-" * len(rule), *body]
    lines += [rule, *totals_lines(summary, batch_size)]
    lines += why_conv_lines(summary)
    for row in summary.rows:
        name = escape_controls(row.name)
        warning = translate("report", "warning: layer {position} ({name}): {text}")
        lines += [warning.format(position=row.position, name=name, text=w) for w in row.warnings]
    lines += problem_lines(summary)
    return "\n".join(lines)


def problem_lines(summary: NetworkSummary) -> list[str]:
    """``error: …`` for each error, else ``note: …`` for why it cannot train."""
    lines = [translate("report", "error: {problem}").format(problem=e) for e in summary.errors]
    if summary.problem and not summary.errors:
        lines.append(translate("report", "note: {problem}").format(problem=summary.problem))
    return lines


def markdown_table(summary: NetworkSummary, batch_size: int = 32) -> str:
    """The table as GitHub Markdown, totals as a list under it."""
    lines = [
        "| " + " | ".join(columns()) + " |",
        "|" + "|".join("---:" if i in NUMERIC else "---" for i in range(len(COLUMNS))) + "|",
    ]
    for row in summary.rows:
        cells = [escape_controls(c).replace("|", "\\|") for c in row_cells(row)]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines += [f"- {line}" for line in totals_lines(summary, batch_size)]
    return "\n".join(lines) + "\n"


def csv_rows(summary: NetworkSummary) -> list[list[Any]]:
    """Rows for a CSV file: a header, then raw numbers (no separators).

    Text cells that a spreadsheet would run as a formula start with ``'``.
    """
    header = [
        "position",
        "name",
        "type",
        "hyper_parameters",
        "output_shape",
        "activations",
        "params",
        "mult_adds",
        "receptive_field",
        "fc_equivalent_params",
        "status",
        "message",
    ]
    out: list[list[Any]] = [header]
    for r in summary.rows:
        message = r.error or "; ".join(r.warnings)
        out.append(
            [
                r.position,
                r.name,
                r.kind,
                r.hyper,
                r.shape_text,
                r.activations,
                r.params,
                r.mult_adds,
                r.receptive_field,
                r.fc_equivalent_params,
                r.status,
                message,
            ]
        )
    return [[spreadsheet_safe(cell) for cell in row] for row in out]


def summary_json(summary: NetworkSummary, name: str) -> dict[str, Any]:
    """The ``summary --json`` object (FORMATS.md); ``layers`` excludes the input."""

    def layer(r: LayerRow) -> dict[str, Any]:
        return {
            "position": r.position,
            "name": r.name,
            "type": r.kind,
            "hyper": r.hyper,
            "output_shape": list(r.output_shape) if r.output_shape else None,
            "activations": r.activations,
            "params": r.params,
            "mult_adds": r.mult_adds,
            "receptive_field": r.receptive_field,
            "fc_equivalent_params": r.fc_equivalent_params,
            "connections": r.connections,
            "fc_connections": r.fc_connections,
            "status": r.status,
            "warnings": list(r.warnings),
            "error": r.error,
        }

    return {
        "name": name,
        "input": list(summary.rows[0].output_shape or ()),
        "layers": [layer(r) for r in summary.layer_rows],
        "total_params": summary.total_params,
        "conv_params": summary.conv_params,
        "fc_params": summary.dense_params,
        "total_mult_adds": summary.total_mult_adds,
        "ok": summary.ok,
        "problem": summary.problem,
    }
