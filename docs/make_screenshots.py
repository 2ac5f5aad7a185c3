"""Render the README screenshots: ``python docs/make_screenshots.py [--lang en|ko]``.

- ``docs/screenshot.png``: the LeNet-5 preset with CONV2 selected (1280×800);
- ``docs/screenshot-training.png``: the shapes preset after a short run, with
  the training curves shown (1280×800);
- ``docs/screenshot-results.png``: the results of that run;
- ``docs/screenshot-inside.png``: the digits preset after a short run, the
  Inside tab on its first misclassified test image with a CONV2 value
  selected (1280×800).
- the same three in Korean for README.ko.md: ``docs/screenshot-ko.png``,
  ``docs/screenshot-training-ko.png``, ``docs/screenshot-results-ko.png``
  (a font with Hangul is needed, e.g. ``fonts-noto-cjk``).

Runs offscreen; the training run is real (a few epochs on the built-in data).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cnnbuilder.gui.app import application, create_main_window, wait_for_data  # noqa: E402

SIZE = (1280, 800)


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
    window.document.undo_stack.setClean()
    window.close()


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
    window.document.undo_stack.setClean()
    window.close()


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
    window.document.undo_stack.setClean()
    window.close()


def main(languages: tuple[str, ...] = ("en", "ko")) -> None:
    """Write the three screenshots of each language into docs/."""
    for language in languages:
        application(language)  # not the saved View ▸ Language choice
        suffix = "" if language == "en" else f"-{language}"
        builder_shot(ROOT / f"docs/screenshot{suffix}.png")
        training_shots(
            ROOT / f"docs/screenshot-training{suffix}.png",
            ROOT / f"docs/screenshot-results{suffix}.png",
        )
        if language == "en":
            inside_shot(ROOT / "docs/screenshot-inside.png")


if __name__ == "__main__":
    chosen = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else None
    main((chosen,) if chosen else ("en", "ko"))
