"""Output others read: control characters escaped, spreadsheet formulas neutralised."""

from __future__ import annotations

import csv
import io
import json

from cnnbuilder.cli import main
from cnnbuilder.core.fileio import spec_from_dict
from cnnbuilder.core.report import csv_rows, escape_controls, spreadsheet_safe
from cnnbuilder.core.summary import summarize
from tests.hostile.corpus import PRESET


def test_control_characters_are_shown_escaped():
    assert escape_controls("\x1b[2Jred\x07") == "\\x1b[2Jred\\x07"
    assert escape_controls("CONV1 합성곱 ×") == "CONV1 합성곱 ×"
    assert escape_controls("a\u202eb") == "a\\u202eb"  # right-to-left override


def test_cells_that_start_a_formula_are_neutralised():
    for text in ('=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx"):
        assert spreadsheet_safe(text) == "'" + text
    assert spreadsheet_safe("CONV1") == "CONV1"
    assert spreadsheet_safe(-3) == -3  # numbers stay numbers


def test_the_csv_export_writes_no_formula():
    data = json.loads(json.dumps(PRESET))
    data["layers"][0]["name"] = '=HYPERLINK("http://evil","click")'
    rows = csv_rows(summarize(spec_from_dict(data)))
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    cells = [cell for row in csv.reader(io.StringIO(out.getvalue())) for cell in row]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert '\'=HYPERLINK("http://evil","click")' in cells


def test_summary_prints_a_hostile_name_escaped(tmp_path, capsys):
    data = json.loads(json.dumps(PRESET))
    data["name"] = "\x1b]0;owned\x07"
    path = tmp_path / "n.cnn.json"
    path.write_text(json.dumps(data))
    assert main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\\x1b]0;owned\\x07" in out
