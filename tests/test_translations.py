"""The Korean catalogue is complete and compiled (tools/update_translations.py --check)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "update_translations.py"
_spec = importlib.util.spec_from_file_location("update_translations", _SCRIPT)
assert _spec is not None
assert _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

TS = tool.I18N / "cnnbuilder_ko.ts"


def test_catalogue_has_every_string_translated_and_compiled() -> None:
    assert tool.problems(TS) == []


def test_check_finds_a_missing_string_and_a_stale_qm(tmp_path: Path) -> None:
    ts = tmp_path / "cnnbuilder_ko.ts"
    text = TS.read_text(encoding="utf-8")
    entry = "<source>Log scale</source>"
    assert entry in text
    ts.write_text(text.replace(entry, "<source>Log scale, renamed</source>"), encoding="utf-8")
    shutil.copy(TS.with_suffix(".qm"), ts.with_suffix(".qm"))
    found = tool.problems(ts)
    assert any("misses" in line and "'Log scale'" in line for line in found)
    assert any("is not cnnbuilder_ko.ts compiled" in line for line in found)


def test_check_finds_an_unfinished_entry(tmp_path: Path) -> None:
    ts = tmp_path / "cnnbuilder_ko.ts"
    text = TS.read_text(encoding="utf-8")
    ts.write_text(
        text.replace("<translation>로그 눈금</translation>", '<translation type="unfinished"/>'),
        encoding="utf-8",
    )
    tool.lrelease(ts, ts.with_suffix(".qm"))
    assert [line for line in tool.problems(ts) if "unfinished" in line] == [
        "cnnbuilder_ko.ts: unfinished CurvesPanel: 'Log scale'"
    ]


@pytest.mark.parametrize("suffix", [".ts", ".qm"])
def test_the_wheel_installs_the_catalogue(suffix: str) -> None:
    pyproject = (tool.ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"resources/i18n/*{suffix}"' in pyproject
