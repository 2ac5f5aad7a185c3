"""argparse's own texts and every help text of the command line, in Korean and in English.

Under ``LANG=ko_KR.UTF-8`` (or ``--lang ko``) ``--help`` of every command and
argparse's error messages hold Korean and no English word outside an
allow-list: the parser's own names (options, choices, metavars, commands),
formats and the course notation. Under ``LANG=C`` they are argparse's
English, exactly.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cnnbuilder import i18n
from cnnbuilder.cli import build_parser, main
from cnnbuilder.cli.argparse_words import (
    MESSAGES,
    WideHelpFormatter,
    argparse_translated,
    wrap_columns,
)
from cnnbuilder.core.report import display_width

ROOT = Path(__file__).resolve().parents[2]
HANGUL = re.compile(r"[\uac00-\ud7a3]")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,}")
# Names a person types or reads as they are: formats, programs, data set names, notation.
NAMES = {"cnnbuilder", "JSON", "PyTorch", "ONNX", "Python", "IDX", "npz", "npy", "onnx"}
NAMES |= {"json", "cnn", "LANG", "NAME", "OUT", "digits", "shapes", "mnist", "fashion"}
NAMES |= {"cifar10", "numpy", "torch", "auto", "pytorch", "COMMAND", "CONV", "POOL", "Softmax"}
COMMANDS = (
    [],
    ["summary"],
    ["train"],
    ["predict"],
    ["inspect"],
    ["export"],
    ["data"],
    ["data", "list"],
    ["data", "get"],
    ["gui"],
)
# argparse messages that only a mistake in the program's own parser definition can show.
PROGRAMMING_ERRORS = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
    'argument "-" with mode %r',
    "conflicting option string: %s",
    "conflicting option strings: %s",
}


def _argparse_messages() -> set[str]:
    """Every literal argparse passes to ``_`` or ``ngettext`` in the running Python."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            found |= {a.value for a in node.args if isinstance(a, ast.Constant)}
    return {m.removesuffix("\n") for m in found if isinstance(m, str)}


def _names(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every name the parser shows as it is: prog, options, dests, metavars, choices."""
    yield from parser.prog.split()
    for action in parser._actions:
        yield from action.option_strings
        for value in (action.dest, action.dest.upper(), action.metavar, *(action.choices or ())):
            if isinstance(value, str):
                yield value
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _names(sub)


ALLOWED = NAMES | {w for name in _names(build_parser()) for w in WORD.findall(name)}


def english_words(text: str) -> list[str]:
    """Words of ``text`` that are neither Korean nor allowed to stay as they are."""
    text = re.sub(r"--[a-z-]+", " ", text)  # option names, also inside sentences
    text = re.sub(r"'[^']*'", " ", text)  # what the user typed, quoted back
    text = re.sub(r"\b\d+x\d+\b", " ", text)  # a window size
    text = re.sub(r"[\w*.-]+\.(?:cnn\.json|npz|npy|py|onnx)\b", " ", text)  # file names
    return [w for w in WORD.findall(text) if w not in ALLOWED]


def _env(lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env["LANG"] = lang
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env["COLUMNS"] = "80"
    return env


@pytest.fixture
def lang(monkeypatch: pytest.MonkeyPatch):
    """Set LANG for an in-process run of the command line."""

    def choose(value: str) -> None:
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", value)
        monkeypatch.setenv("COLUMNS", "80")

    return choose


def _help(command: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as ended:
        main([*command, "--help"])
    assert ended.value.code == 0
    return capsys.readouterr().out


def _error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1  # one line, as every bad option
    return captured.err


def test_every_argparse_message_a_person_can_meet_is_listed_and_translated() -> None:
    listed = set(MESSAGES)
    missing = _argparse_messages() - PROGRAMMING_ERRORS - listed
    assert not missing, f"argparse has new messages: add them to MESSAGES: {missing}"
    korean = i18n.read_catalogue(i18n.catalogue_path("ko"))
    placeholder = re.compile(r"%(?:\(\w+\))?[sr]")
    for message in MESSAGES:
        translation = korean[("argparse", message, "")]
        assert HANGUL.search(translation), message
        assert sorted(placeholder.findall(translation)) == sorted(placeholder.findall(message))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "cnnbuilder")
def test_help_of_every_command_is_korean(command, lang, capsys) -> None:
    lang("ko_KR.UTF-8")
    text = _help(command, capsys)
    assert text.startswith("사용법: cnnbuilder")
    assert "옵션:" in text
    assert "이 도움말을 보여 주고 끝냅니다" in text
    assert english_words(text) == [], text
    assert max(display_width(line) for line in text.splitlines()) <= 80, text


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_command_and_option_says_what_it_is_for() -> None:
    for parser in _parsers(build_parser()):
        assert parser.description, parser.prog
        for action in parser._actions:
            assert action.help, (parser.prog, action.dest)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "cnnbuilder")
def test_help_of_every_command_stays_argparse_english(command, lang, capsys) -> None:
    lang("C")
    text = _help(command, capsys)
    assert not HANGUL.search(text)
    assert text.startswith("usage: cnnbuilder")
    assert "\noptions:\n" in text
    assert "show this help message and exit" in text


ERRORS = {
    "missing": (
        ["train"],
        "다음 인수가 필요합니다: network",
        "the following arguments are required: network",
    ),
    "choice": (
        ["bogus"],
        "잘못된 선택: 'bogus'",
        "invalid choice: 'bogus' (choose from 'summary',",
    ),
    "unrecognized": (
        ["summary", "x.cnn.json", "--zz"],
        "알 수 없는 인수: --zz",
        "unrecognized arguments: --zz",
    ),
    "int": (
        ["train", "x.cnn.json", "--epochs", "q"],
        "인수 --epochs: 잘못된 정수 값: 'q'",
        "argument --epochs: invalid int value: 'q'",
    ),
    "number": (
        ["train", "x.cnn.json", "--lr", "q"],
        "인수 --lr: 숫자가 아닙니다: 'q'",
        "argument --lr: not a number: 'q'",
    ),
    "one argument": (
        ["train", "x.cnn.json", "--epochs"],
        "인수 --epochs: 값 하나가 필요합니다",
        "argument --epochs: expected one argument",
    ),
    "ambiguous": (
        ["train", "x.cnn.json", "--s", "1"],
        "모호한 옵션: --s",
        "ambiguous option: --s could match --seed, --save-weights",
    ),
}


@pytest.mark.parametrize("case", ERRORS)
def test_argparse_errors_in_korean_exit_2_one_line(case, lang, capsys) -> None:
    argv, korean, english = ERRORS[case]
    lang("ko_KR.UTF-8")
    text = _error(argv, capsys)
    assert korean in text
    assert english_words(text) == [], text
    lang("C")
    text = _error(argv, capsys)
    assert english in text
    assert not HANGUL.search(text)


def test_json_keeps_argparse_english(lang, capsys) -> None:
    lang("ko_KR.UTF-8")
    assert "the following arguments are required" in _error(["summary", "--json"], capsys)


def test_argparse_is_left_as_it_was_after_a_command() -> None:
    before = (vars(argparse)["_"], vars(argparse)["ngettext"])
    with i18n.language("ko"), argparse_translated():
        assert argparse._("usage: ") == "사용법: "  # type: ignore[attr-defined]
    assert (vars(argparse)["_"], vars(argparse)["ngettext"]) == before
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"


def test_wrap_counts_korean_characters_as_two_columns() -> None:
    assert wrap_columns("가나 다라 ab", 5) == ["가나", "다라", "ab"]
    assert wrap_columns("ab cd ef", 5) == ["ab cd", "ef"]
    assert wrap_columns("a verylongword b", 4) == ["a", "verylongword", "b"]
    assert wrap_columns("  ", 4) == []


@pytest.mark.parametrize(("lang_value", "word"), [("ko_KR.UTF-8", "사용법"), ("C.UTF-8", "usage")])
def test_installed_command_help_follows_lang(lang_value, word) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cnnbuilder", "export", "--help"],
        env=_env(lang_value),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith(f"{word}: cnnbuilder export")


def test_english_help_is_laid_out_by_argparse_itself() -> None:
    text = "digits | shapes | mnist | fashion-mnist | cifar10, a .npz file, a folder-of-images"
    wide = WideHelpFormatter("x")._split_lines(text, 12)
    assert wide == argparse.HelpFormatter("x")._split_lines(text, 12)
    assert any(line.endswith("-") for line in wide)  # argparse breaks at hyphens; we do not
