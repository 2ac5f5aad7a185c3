"""Layouts survive longer words: every string 40 % longer, with accents, at 1280×800.

A pseudo-translation of the real catalogue is compiled and installed; each
bottom tab and right dock is then shown in turn and every visible label and
button must have room for its text (a word-wrapped label may grow instead).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QScrollArea,
    QWidget,
)

from cnnbuilder.i18n import catalogue_path

ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéîõüýÅÉÎÕÜÝçñšž")
KEEP = re.compile(r"(\{[^}]*\}|<[^>]+>|&\w|%n|\n)")  # placeholders, tags, mnemonics
GROWTH = 1.4
SHOTS = os.environ.get("CNNBUILDER_PSEUDO_SHOTS")  # a folder: save what was checked, to look at


def pseudo(text: str) -> str:
    """``Save {file}`` → ``[Šávé {file}·····]``: accented, 40 % longer, bracketed."""
    parts = KEEP.split(text)
    out = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    visible = sum(len(p) for p in parts if not KEEP.fullmatch(p))
    return "[" + out + "·" * max(1, round(visible * (GROWTH - 1)) - 2) + "]"


def compile_pseudo(folder: Path) -> Path:
    """Write a pseudo-translated copy of the Korean catalogue and compile it."""
    tree = ET.parse(catalogue_path("ko"))
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        node.attrib.pop("type", None)
        node.text = pseudo(message.findtext("source") or "")
    ts = folder / "cnnbuilder_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = ts.with_suffix(".qm")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm


@pytest.fixture
def pseudo_language(tmp_path: Path) -> Iterator[None]:
    from cnnbuilder.gui.app import application

    application("en")
    translator = QTranslator()
    assert translator.load(str(compile_pseudo(tmp_path)))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_pseudo_text_keeps_placeholders_and_grows() -> None:
    text = pseudo("&Save {file} as <b>CSV</b>")
    assert "{file}" in text
    assert "<b>" in text
    assert "&S" in text
    assert len(text) >= 1.35 * len("&Save {file} as <b>CSV</b>") - 12


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit their width."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 1:
            continue
        if isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.minimumSizeHint().width() or w.width() < w.sizeHint().width() - 2:
                found.append(f"button {w.objectName() or w.text()!r}: {w.width()}px")
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            if w.sizePolicy().horizontalPolicy().name == "Ignored":
                continue  # a hint that may be cut short on purpose (curves panel)
            need = w.fontMetrics().horizontalAdvance(re.sub(r"<[^>]+>", "", w.text()))
            if need > w.contentsRect().width() + 1:
                found.append(f"label {w.objectName() or w.text()!r}: {need} > {w.width()}px")
        elif isinstance(w, QScrollArea) and w.horizontalScrollBar().isVisible():
            found.append(f"panel {w.objectName()!r} scrolls sideways")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            for section in range(w.count()):
                title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                need = w.fontMetrics().horizontalAdvance(title) + 12
                if title and need > w.sectionSize(section):
                    found.append(f"header {title!r}: {need} > {w.sectionSize(section)}px")
    return found


def test_no_clipped_text_at_1280x800_with_longer_words(make_window, qtbot, pseudo_language):
    window = make_window(show=True)
    assert window.training.panel.train_button.text().startswith("[")  # the pseudo catalogue
    assert window.width() <= 1280
    assert window.minimumSizeHint().width() <= 1280
    qtbot.waitUntil(lambda: not window.training.panel.data_panel.loading, timeout=60_000)
    problems: set[str] = set()
    tabs = window.bottom_tabs
    training = window.findChild(QDockWidget, "trainingDock")
    for dock in (window.properties_dock, training):
        dock.raise_()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems.update(f"{tabs.tabText(index)}: {p}" for p in clipped(window))
            if SHOTS:
                window.grab().save(f"{SHOTS}/pseudo-{dock.objectName()}-{index}.png")
    assert sorted(problems) == []
