"""The window's language: chosen once at start, from --lang, the settings or the system.

Qt's translators are installed before any widget exists; the core's
messages go through the same ``QCoreApplication.translate`` (one catalogue,
:mod:`cnnbuilder.i18n`). The widgets do not rebuild their texts, so a choice
made in View ▸ Language is remembered and applies at the next start.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QFontDatabase
from PySide6.QtWidgets import QMenu, QWidget

from cnnbuilder import i18n

KEY = "language"
SYSTEM = i18n.SYSTEM
CHOICES = i18n.WINDOW_LANGUAGES  # what View ▸ Language offers and the settings keep

_installed: list[QTranslator] = []
_current = i18n.SOURCE_LANGUAGE


def saved_choice(settings: QSettings | None = None) -> str:
    """Return the remembered choice: ``system``, ``en`` or ``ko``."""
    value = (settings or QSettings()).value(KEY, SYSTEM)
    return value if value in CHOICES else SYSTEM


def resolve(choice: str | None) -> str:
    """Return the language to use for ``choice`` (None: the remembered one)."""
    choice = choice or saved_choice()
    if choice == SYSTEM:
        return i18n.language_from_locale(QLocale.system().name())
    return choice if choice in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE


def current_language() -> str:
    """The language the window's texts are in (``en`` or ``ko``)."""
    return _current


def apply_language(language: str) -> None:
    """Install the translators of ``language`` (replacing any earlier ones).

    Call before the widgets are built: existing texts are not retranslated.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs the application object: create it first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != i18n.SOURCE_LANGUAGE:
        own = str(i18n.catalogue_path(language, ".qm"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((own, ""), (f"qtbase_{language}", qt_dir)):
            translator = QTranslator(app)
            if translator.load(name, folder):  # Qt's own: standard buttons, dialogs
                app.installTranslator(translator)
                _installed.append(translator)
    i18n.set_translator(QCoreApplication.translate)
    _current = language


FONT_PACKAGE = "fonts-noto-cjk"


def missing_font_notice(language: str, platform: str = sys.platform) -> str | None:
    """A status-bar line when Korean is chosen but no font can draw it (Linux).

    In English on purpose: without the font, Korean would show as boxes.
    """
    if language != "ko" or not platform.startswith("linux"):
        return None
    if QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
        return None
    return (
        f"Korean text needs a font that has it: install {FONT_PACKAGE} "
        f"(sudo apt install {FONT_PACKAGE}), then start cnnbuilder again."
    )


class LanguageMenu(QObject):
    """View ▸ Language: System, English, 한국어; the choice is saved for the next start.

    Signals
    -------
    message(str)
        A sentence for the status bar.
    """

    message = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.menu = QMenu(self.tr("&Language"), parent)
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        names = {
            SYSTEM: self.tr("System"),
            "en": "English",  # each language in its own words: readable in any UI language
            "ko": "한국어",
        }
        saved = saved_choice()
        for choice in CHOICES:
            action = QAction(names[choice], self, checkable=True)
            action.setObjectName(f"language_{choice}")
            action.setData(choice)
            action.setChecked(choice == saved)
            group.addAction(action)
            self.menu.addAction(action)
        group.triggered.connect(self._choose)

    def _choose(self, action: QAction) -> None:
        choice = action.data()
        QSettings().setValue(KEY, choice)
        if resolve(choice) == current_language():
            self.message.emit(self.tr("Language: {name}.").format(name=action.text()))
        else:
            self.message.emit(
                self.tr("Language: {name}. It applies at the next start of cnnbuilder.").format(
                    name=action.text()
                )
            )
