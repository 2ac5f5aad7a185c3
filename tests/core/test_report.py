from __future__ import annotations

import csv
import io

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.report import csv_rows, human_bytes, markdown_table, summary_json, text_table
from cnnbuilder.core.summary import summarize


def test_text_table_has_every_row_and_totals(presets_dir):
    spec = load_spec(presets_dir / "lenet5.cnn.json")
    text = text_table(summarize(spec), spec.name)
    assert "Total params: 62,958 (CONV 3,824 · 6.1%, FC 59,134 · 93.9%)" in text
    for cell in ("28×28×8", "48,120", "10,164", "850", "470,400"):
        assert cell in text


def test_markdown_and_csv(presets_dir):
    summary = summarize(load_spec(presets_dir / "digits.cnn.json"))
    md = markdown_table(summary)
    assert md.count("\n| ") == len(summary.rows)  # every row; the header is the first line
    rows = list(
        csv.reader(io.StringIO("\n".join(",".join(map(str, r)) for r in csv_rows(summary))))
    )
    assert rows[0][0] == "position"
    assert len(rows) == len(summary.rows) + 1


def test_summary_json_layers_exclude_the_input(presets_dir):
    spec = load_spec(presets_dir / "lenet5.cnn.json")
    out = summary_json(summarize(spec), spec.name)
    assert len(out["layers"]) == len(spec.layers)
    assert out["layers"][0]["output_shape"] == [28, 28, 8]
    assert out["layers"][4]["output_shape"] == [120]
    assert out["total_params"] == 62958


def test_human_bytes():
    assert human_bytes(512) == "512 B"
    assert human_bytes(3 * 1024**2) == "3.0 MB"
