"""The catalogue reader and language choice of the core and the command line (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnnbuilder import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context><name>ctx</name>
  <message><source>Hello {name}</source><translation>안녕 {name}</translation></message>
  <message><source>Todo</source><translation type="unfinished"></translation></message>
  <message><source>Gone</source><translation type="vanished">사라짐</translation></message>
  <message><source>Same</source><comment>menu</comment><translation>메뉴</translation></message>
</context>
</TS>
"""


def test_read_catalogue_keeps_finished_entries_only(tmp_path: Path) -> None:
    path = tmp_path / "x.ts"
    path.write_text(TS, encoding="utf-8")
    assert i18n.read_catalogue(path) == {
        ("ctx", "Hello {name}", ""): "안녕 {name}",
        ("ctx", "Same", "menu"): "메뉴",
    }
    assert ("ctx", "Todo", "") in i18n.read_messages(path)
    assert ("ctx", "Gone", "") not in i18n.read_messages(path)


@pytest.mark.parametrize(
    ("name", "language"),
    [("ko_KR.UTF-8", "ko"), ("ko", "ko"), ("en_US.UTF-8", "en"), ("C", "en"), ("de_DE", "en")],
)
def test_language_from_locale(name: str, language: str) -> None:
    assert i18n.language_from_locale(name) == language


def test_system_language_reads_the_variables_in_gettext_order() -> None:
    assert i18n.system_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert i18n.system_language({"LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"}) == "en"
    assert i18n.system_language({"LANGUAGE": "ko", "LC_ALL": "C"}) == "ko"
    assert i18n.system_language({}) == "en"


def test_language_block_translates_then_restores() -> None:
    source = "cnnbuilder: error: {problem}"
    with i18n.language("ko"):
        korean = i18n.translate("cli", source)
    assert korean != source
    assert "{problem}" in korean
    assert i18n.translate("cli", source) == source


def test_unknown_text_falls_back_to_english_and_fills_plurals() -> None:
    lookup = i18n.catalogue_translator("ko")
    assert lookup("nowhere", "not in the catalogue", None, -1) == "not in the catalogue"
    assert lookup("nowhere", "%n runs", None, 3) == "3 runs"
