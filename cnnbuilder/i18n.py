"""Words a person reads, in English or Korean, from one catalogue; no Qt here.

The catalogue is Qt Linguist's ``resources/i18n/cnnbuilder_ko.ts``: the
window reads its compiled ``.qm`` through ``QTranslator``; the core and the
command line, which must not import Qt, read the ``.ts`` itself with the
standard library. So there is one list of translations, not two that drift.

Mark a message in the core or the command line with :func:`translate`
(``pyside6-lupdate`` finds the call by its name)::

    raise SpecError(translate("fileio", "{name}: not a network file").format(name=name))

Placeholders are named ``{fields}`` filled after translation, so that a
translation may put them in another order. docs/TRANSLATING.md has the rest.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from cnnbuilder.paths import RESOURCES

I18N = RESOURCES / "i18n"
LANGUAGES = ("en", "ko")  # English is the source language: it needs no catalogue
SOURCE_LANGUAGE = "en"
SYSTEM = "system"  # the window's choice "as the system" (View ▸ Language, --lang)
WINDOW_LANGUAGES = (SYSTEM, *LANGUAGES)

#: ``(context, source, disambiguation, n) -> text``; the window installs Qt's.
Translator = Callable[[str, str, str | None, int], str]
Key = tuple[str, str, str]  # context, source text, disambiguation ("" when none)


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    """Return the catalogue file of ``language`` (``.ts`` source or ``.qm`` compiled)."""
    return I18N / f"cnnbuilder_{language}{suffix}"


def read_catalogue(path: Path) -> dict[Key, str]:
    """Return the finished translations of a Qt Linguist ``.ts`` file.

    Unfinished, vanished and obsolete entries are left out: the English
    source is shown for them, as ``QTranslator`` does with the ``.qm``.
    """
    table: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = node.findall("numerusform")
            text = forms[0].text if forms else node.text
            if text:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = text
    return table


def read_messages(path: Path) -> list[Key]:
    """Return every current entry of a ``.ts`` file, translated or not."""
    keys = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") in ("vanished", "obsolete"):
                continue
            keys.append((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return keys


@cache
def _catalogue(language: str) -> Mapping[Key, str]:
    path = catalogue_path(language)
    return read_catalogue(path) if path.is_file() else {}


def catalogue_translator(language: str) -> Translator:
    """Return a translator that looks messages up in ``language``'s catalogue."""
    table = {} if language == SOURCE_LANGUAGE else _catalogue(language)

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = table.get((context, text, disambiguation or ""), text)
        return found.replace("%n", str(n)) if n >= 0 else found

    return lookup


_active: Translator = catalogue_translator(SOURCE_LANGUAGE)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue without translating it; it is translated where shown.

    For module-level tables of the core (a layer kind's field labels): the
    language is chosen after import. Same name and meaning as Qt's.
    """
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the chosen language (English when none was chosen).

    Parameters
    ----------
    context : str
        The group of the message in the catalogue (usually the module name).
    text : str
        The English text, a literal (``pyside6-lupdate`` reads it from the source).
    disambiguation : str, optional
        Tells two equal English texts with different meanings apart.
    n : int
        For ``%n`` plurals; -1 when the text has none.
    """
    return _active(context, text, disambiguation, n)


def set_translator(translator: Translator) -> None:
    """Route :func:`translate` through ``translator`` (the window installs Qt's)."""
    global _active
    _active = translator


def use_language(language: str) -> None:
    """Translate the core's and the command line's messages into ``language`` (en, ko)."""
    set_translator(catalogue_translator(language))


@contextmanager
def language(name: str) -> Iterator[None]:
    """Translate into ``name`` inside the block, then go back to the translator before."""
    before = _active
    use_language(name)
    try:
        yield
    finally:
        set_translator(before)


def language_from_locale(locale_name: str) -> str:
    """Map a locale name (``ko_KR.UTF-8``, ``ko``, ``en_US``, ``C``) to a language we have."""
    code = locale_name.split(":")[0].split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """Return the language the environment asks for, as gettext reads it.

    ``LANGUAGE``, then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``: the first one
    set decides; unknown or unset gives English.
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(variable):
            return language_from_locale(env[variable])
    return SOURCE_LANGUAGE


def command_line_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language of a command's messages: ``--lang`` if given, else the locale's.

    ``--json`` output is for programs: it stays English whatever is asked.
    """
    if "--json" in argv:
        return SOURCE_LANGUAGE
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGUAGES:
            return value
    return system_language(environ)
