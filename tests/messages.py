"""The message of a refusal in English and in Korean, for tests that pin both."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import language

HANGUL = range(0xAC00, 0xD7A4)


def is_korean(text: str) -> bool:
    """Whether ``text`` holds Hangul (a translated message, not the English fallback)."""
    return any(ord(c) in HANGUL for c in text)


def refusal(call: Callable[[], object], error: type[Exception] = DataError) -> tuple[str, str]:
    """``(english, korean)``: the message of the ``error`` that ``call()`` raises in each language.

    A Korean message proves the English text was looked up in its own
    catalogue context: a wrong context or a changed text falls back to English.
    """
    with pytest.raises(error) as english:
        call()
    with language("ko"), pytest.raises(error) as korean:
        call()
    return str(english.value), str(korean.value)


# Three English words in a row: a sentence left in English. A command in
# backticks and single letters of notation ("(m, H, W, C)") are not words.
_ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?: +[A-Za-z]{2,}){2}\b")
_CODE = re.compile(r"`[^`]*`")


def english_runs(text: str, *kept: str) -> list[str]:
    """Runs of three or more English words in ``text``, outside ``kept`` and `code`."""
    for value in kept:
        text = text.replace(value, " ")
    return _ENGLISH_RUN.findall(_CODE.sub(" ", text))


def assert_korean(text: str, *kept: str) -> None:
    """``text`` is Korean and still names each of ``kept`` (file names, values).

    Hangul alone is not enough: a translated place around an English reason
    ("키 'x': is missing") has Hangul too. So no run of three English words
    may be left outside the ``kept`` values.
    """
    assert is_korean(text), text
    for value in kept:
        assert value in text, (value, text)
    assert not english_runs(text, *kept), (english_runs(text, *kept), text)
