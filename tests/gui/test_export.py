from __future__ import annotations

import csv
import io

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from cnnbuilder.gui import commands
from cnnbuilder.gui.export import csv_text, markdown_table


def test_markdown_has_every_row_and_the_total(lenet_document):
    text = markdown_table(lenet_document.summary, "LeNet-5")
    lines = text.splitlines()
    assert lines[0] == "### LeNet-5"
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 2 + 8
    assert "62,958" in text
    assert "48,120" in table[2 + 5]


def test_csv_has_raw_numbers(lenet_document):
    rows = list(csv.reader(io.StringIO(csv_text(lenet_document.summary))))
    assert len(rows) == 1 + 8
    params = [row[rows[0].index("params")] for row in rows[1:]]
    assert params == ["0", "608", "0", "3216", "0", "48120", "10164", "850"]


def test_copy_and_save_from_the_window(make_window, tmp_path):
    window = make_window()
    doc = window.document
    doc.push(commands.set_param(doc, doc.spec.layers[0].uid, "size", 30))
    window.files.copy_markdown_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("### Digits CNN")
    assert "error: layer 1" in text
    out = tmp_path / "table.csv"
    assert window.files.export_csv(out)
    rows = list(csv.reader(out.read_text().splitlines()))
    assert rows[2][rows[0].index("status")] == "error"
    assert list(tmp_path.iterdir()) == [out]  # atomic: no temporary file left


def test_a_csv_name_typed_without_extension_gets_csv(make_window, tmp_path, monkeypatch):
    window = make_window()
    typed = str(tmp_path / "table")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (typed, "CSV (*.csv)"))
    assert window.files.export_csv()
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]
