"""The json module's own error messages in the chosen language (``Expecting value`` ...).

``json.JSONDecodeError.msg`` is one of a few fixed English texts: it is the
source text of an entry in the catalogue (context ``json``), looked up as a
whole, like argparse's messages (cnnbuilder/cli/argparse_words.py). A text
not listed (one with a character in it) is shown as it is.
"""

from __future__ import annotations

import json

from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate

MESSAGES = frozenset(
    {
        QT_TRANSLATE_NOOP("json", "Expecting value"),
        QT_TRANSLATE_NOOP("json", "Expecting ',' delimiter"),
        QT_TRANSLATE_NOOP("json", "Expecting ':' delimiter"),
        QT_TRANSLATE_NOOP("json", "Expecting property name enclosed in double quotes"),
        QT_TRANSLATE_NOOP("json", "Extra data"),
        QT_TRANSLATE_NOOP("json", "Unterminated string starting at"),
        QT_TRANSLATE_NOOP("json", "Invalid \\uXXXX escape"),
        QT_TRANSLATE_NOOP("json", "Invalid control character at"),
        QT_TRANSLATE_NOOP("json", "Invalid \\escape"),
    }
)


def json_problem(error: json.JSONDecodeError) -> str:
    """Where and what, e.g. ``line 1, column 2: Expecting value``, in the chosen language."""
    message = translate("json", error.msg) if error.msg in MESSAGES else error.msg
    return translate("json", "line {lineno}, column {colno}: {message}").format(
        lineno=error.lineno, colno=error.colno, message=message
    )
