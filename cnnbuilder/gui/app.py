"""Start the window: ``python main.py [FILE] [--screenshot OUT.png]``.

:func:`create_main_window` builds the window without an event loop (tests,
scripts); :func:`main` parses the command line, runs the loop, or renders
one screenshot offscreen and exits.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # before anything imports pyqtgraph

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cnnbuilder import i18n
from cnnbuilder.cli.argparse_words import argparse_translated
from cnnbuilder.cli.common import UsageError, fail
from cnnbuilder.cli.gui_cmd import window_parser
from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.gui import error_hook
from cnnbuilder.gui.autosave import Autosave, offer_restore
from cnnbuilder.gui.language import (
    apply_language,
    current_language,
    missing_font_notice,
    resolve,
)
from cnnbuilder.gui.main_window import MainWindow
from cnnbuilder.gui.resources import DEFAULT_PRESET, icon
from cnnbuilder.gui.training.controller import detached_threads

ORGANIZATION = APPLICATION = "cnnbuilder"


def application(language: str | None = None) -> QApplication:
    """Return the running QApplication, creating and naming it if needed.

    The first call installs the translators: ``language`` (``system``, ``en``,
    ``ko``) or else the one chosen in View ▸ Language, or else the system's.
    Later calls change the language only when ``language`` is given.
    """
    existing = QApplication.instance()
    created = existing is None
    # A QCoreApplication made elsewhere cannot show windows: that is a programming error.
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        if existing is not None:
            raise RuntimeError("a QCoreApplication exists already; the window needs a QApplication")
        app = QApplication([sys.argv[0] if sys.argv else "cnnbuilder"])
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
    if QCoreApplication.applicationName() in ("", "python", "python3", "main.py"):
        QCoreApplication.setApplicationName(APPLICATION)
    if created or language is not None:
        apply_language(resolve(language))
    app.setWindowIcon(icon("cnnbuilder"))
    return app


def create_main_window(path: str | None = None) -> MainWindow:
    """Build the main window on ``path``, or on the digits preset; no event loop.

    Without ``path`` the preset opens as an untitled copy, so Save asks for a
    new file instead of overwriting the shipped preset.

    Raises
    ------
    SpecError
        If ``path`` cannot be read or holds no valid network.
    """
    application()
    window = MainWindow()
    if path is None:
        window.document.reset(load_spec(DEFAULT_PRESET))
    else:
        window.document.open(path)
    notice = missing_font_notice(current_language())
    if notice is not None:
        window.statusBar().showMessage(notice)  # once, at start; it stays until replaced
    return window


def main(argv: list[str] | None = None) -> int:
    """Run the window; return the exit code (2 for a bad option, or FILE unreadable offscreen).

    The options are those of ``cnnbuilder gui`` (:mod:`cnnbuilder.cli.gui_cmd`),
    their help and errors in the language of ``--lang`` / ``LANG``.
    """
    argv = sys.argv[1:] if argv is None else argv
    try:
        with i18n.language(i18n.command_line_language(argv)), argparse_translated():
            args = window_parser().parse_args(argv)
    except UsageError as exc:
        return fail(str(exc))
    return run_window(args)


def run_window(args: argparse.Namespace) -> int:
    """Open the window for parsed options, run it, return the exit code."""
    size = args.size
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # works with no display
    app = application(args.lang)  # the language first: messages below are translated
    error: SpecError | None = None
    if args.file:
        try:
            load_spec(args.file)  # check first: a screenshot run stops here, windowless
        except SpecError as exc:
            if args.screenshot:
                message = QCoreApplication.translate("app", "cannot open {file}: {problem}")
                sys.stderr.write(f"cnnbuilder gui: {message.format(file=args.file, problem=exc)}\n")
                return 2
            error = exc
    _quiet_offscreen_notice()
    window = create_main_window()
    window.resize(*size)
    if args.file and error is None:
        window.files.open_path(Path(args.file))
    if args.screenshot:
        return save_screenshot(window, Path(args.screenshot))
    window.show()
    autosave = Autosave(window)
    error_hook.install(window, before_showing=autosave.write_now)
    QTimer.singleShot(0, lambda: offer_restore(window))
    if error is not None:
        QTimer.singleShot(0, lambda: window.files.report_open_failure(Path(args.file), error))
    code = app.exec()
    if detached_threads():
        # A training step outlived the close ("Close now"): destroying its running
        # thread would abort the process, so end it here, everything saved.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _quiet_offscreen_notice() -> None:
    """Drop the offscreen plugin's "no propagateSizeHints()" notice; keep the rest.

    The offscreen platform (screenshots without a display) prints it for
    every main window; it says nothing about the application.
    """
    if QGuiApplication.platformName() != "offscreen":
        return
    previous = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def wait_for_data(window: MainWindow, timeout: float = 10.0) -> None:
    """Let the training panel finish loading its data set (bounded), as a user would see it."""
    data_panel = window.training.panel.data_panel
    deadline = time.monotonic() + timeout
    while data_panel.loading and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def save_screenshot(window: MainWindow, out: Path) -> int:
    """Show ``window`` once, save it as a PNG at ``out``; 0 on success, 2 on failure."""
    window.show()
    wait_for_data(window)
    for _ in range(3):  # layout, then the canvas re-wraps to its final width
        QApplication.processEvents()
    ok = window.grab().save(str(out), "PNG")
    window.hide()
    window.deleteLater()
    if not ok:
        message = QCoreApplication.translate("app", "cannot write the screenshot {file}")
        sys.stderr.write(f"cnnbuilder gui: {message.format(file=out)}\n")
        return 2
    return 0
