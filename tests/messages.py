"""The message of a refusal in English and in Korean, for tests that pin both."""

from __future__ import annotations

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


def assert_korean(text: str, *kept: str) -> None:
    """``text`` is Korean and still names each of ``kept`` (file names, values)."""
    assert is_korean(text), text
    for value in kept:
        assert value in text, (value, text)
