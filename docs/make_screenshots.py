"""Render the README screenshots: ``python docs/make_screenshots.py [--lang en|ko]``.

- ``docs/screenshot.png``: the LeNet-5 preset with CONV2 selected (1280×800);
- ``docs/screenshot-training.png``: the shapes preset after a short run, with
  the training curves shown (1280×800);
- ``docs/screenshot-results.png``: the results of that run;
- ``docs/screenshot-inside.png``: the digits preset after a short run, the
  Inside tab on its first misclassified test image with a CONV2 value
  selected (1280×800).
- the same four in Korean for README.ko.md: ``docs/screenshot-ko.png``,
  ``docs/screenshot-training-ko.png``, ``docs/screenshot-results-ko.png``,
  ``docs/screenshot-inside-ko.png`` (a font with Hangul is needed, e.g.
  ``fonts-noto-cjk``).

Runs offscreen; the training runs are real (a few epochs on the built-in data).
Nobody can answer a dialog offscreen: a window that would ask (unsaved
edits, unsaved run weights) is closed without asking, and any dialog that
still opens ends the script with its title instead of waiting forever.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cnnbuilder.gui.app import application, create_main_window, wait_for_data  # noqa: E402

SIZE = (1280, 800)
DIALOG_CHECK_MS = 1000


def _no_dialogs() -> QTimer:
    """Fail at once, naming it, when a modal dialog waits for an answer nobody gives."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            print(f"make_screenshots: a dialog opened: {dialog.windowTitle()!r}", file=sys.stderr)
            os._exit(1)  # the dialog's own event loop would swallow an exception

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(DIALOG_CHECK_MS)
    return timer


def _close(window) -> None:
    """Close ``window`` without its questions: the edits and the runs were only for the picture."""
    window.training.runs.clear()
    window.document.undo_stack.setClean()
    window.close()


def _settle(window) -> None:
    window.show()
    wait_for_data(window)
    for _ in range(5):
        QApplication.processEvents()


def builder_shot(out: Path) -> None:
    window = create_main_window(str(ROOT / "resources/presets/lenet5.cnn.json"))
    window.resize(*SIZE)
    _settle(window)
    window.selection.set(window.document.spec.layers[2].uid)  # CONV2
    _settle(window)
    window.grab().save(str(out))
    _close(window)


def training_shots(curves_out: Path, results_out: Path, epochs: int = 6) -> None:
    window = create_main_window(str(ROOT / "resources/presets/shapes.cnn.json"))
    window.resize(*SIZE)
    _settle(window)
    session = window.training
    window.show_panel(session.panel)
    session.panel.settings.epochs.setValue(epochs)
    loop = QEventLoop()
    session.run_finished.connect(lambda _outcome: loop.quit())
    session.panel.train_button.click()
    loop.exec()
    window.show_panel(session.curves)
    _settle(window)
    window.grab().save(str(curves_out))
    window.show_panel(session.results)
    _settle(window)
    window.grab().save(str(results_out))
    _close(window)


def _train(window, epochs: int) -> None:
    session = window.training
    session.panel.settings.epochs.setValue(epochs)
    loop = QEventLoop()
    session.run_finished.connect(lambda _outcome: loop.quit())
    session.panel.train_button.click()
    loop.exec()


def inside_shot(out: Path, epochs: int = 4) -> None:
    window = create_main_window(str(ROOT / "resources/presets/digits.cnn.json"))
    window.resize(*SIZE)
    _settle(window)
    _train(window, epochs)
    results = window.training.results
    results.mistakes.itemClicked.emit(results.mistakes.item(0))  # as a click on it does
    window.inside.select_cell(2, (3, 2, 5))
    _settle(window)
    window.grab().save(str(out))
    _close(window)


def main(languages: tuple[str, ...] = ("en", "ko")) -> None:
    """Write the four screenshots of each language into docs/."""
    for language in languages:
        application(language)  # not the saved View ▸ Language choice
        guard = _no_dialogs()
        suffix = "" if language == "en" else f"-{language}"
        builder_shot(ROOT / f"docs/screenshot{suffix}.png")
        training_shots(
            ROOT / f"docs/screenshot-training{suffix}.png",
            ROOT / f"docs/screenshot-results{suffix}.png",
        )
        inside_shot(ROOT / f"docs/screenshot-inside{suffix}.png")
        guard.stop()


if __name__ == "__main__":
    chosen = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else None
    main((chosen,) if chosen else ("en", "ko"))
