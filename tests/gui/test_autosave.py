"""Autosave and restore: a window killed with SIGKILL after edits gets them back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from cnnbuilder.core import recovery
from cnnbuilder.core.fileio import load_spec, spec_to_dict
from cnnbuilder.gui import autosave
from cnnbuilder.gui.autosave import Autosave, offer_restore

ROOT = Path(__file__).resolve().parents[2]
LENET = ROOT / "resources" / "presets" / "lenet5.cnn.json"

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtWidgets import QApplication
    from cnnbuilder.core import edits
    from cnnbuilder.core.fileio import spec_to_dict
    from cnnbuilder.gui import autosave
    from cnnbuilder.gui.app import create_main_window
    from cnnbuilder.gui.commands import SpecEditCommand

    autosave.DELAY_MS = 300
    window = create_main_window(sys.argv[1])
    saver = autosave.Autosave(window)
    doc = window.document
    doc.push(SpecEditCommand(doc, edits.set_layer_field(doc.spec, 0, "filters", 12), "edit"))
    doc.push(SpecEditCommand(doc, edits.remove_layer(doc.spec, 3), "delete"))
    doc.push(SpecEditCommand(doc, edits.set_name(doc.spec, "edited before the crash"), "name"))
    while not saver.file.exists():
        QApplication.processEvents()
        time.sleep(0.02)
    print(json.dumps(spec_to_dict(doc.spec)), flush=True)
    while True:  # killed here
        QApplication.processEvents()
        time.sleep(0.02)
    """
)


def test_a_killed_window_offers_its_edits_at_the_next_start(make_window, tmp_path, monkeypatch):
    monkeypatch.setenv(autosave.ENV_FOLDER, str(tmp_path))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(LENET)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    _, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert line, err
    edited = json.loads(line)
    assert edited["name"] == "edited before the crash"

    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window = make_window()
    assert offer_restore(window)
    assert len(asked) == 1
    assert "lenet5.cnn.json" in asked[0]
    assert spec_to_dict(window.document.spec) == edited
    assert window.document.path == LENET
    assert window.document.is_dirty  # restored, not saved
    assert list(tmp_path.iterdir()) == []  # answered: the recovery file is gone
    assert not offer_restore(window)  # and not offered twice


def test_declining_discards_the_recovery_file(make_window, tmp_path, monkeypatch):
    spec = load_spec(LENET)
    leftover = recovery.recovery_file(tmp_path, pid=_dead_pid())
    recovery.write_recovery(tmp_path, spec, None, unsaved_weights=True)
    recovery.recovery_file(tmp_path).rename(leftover)
    texts: list[str] = []

    def question(parent, title, text, *args):
        texts.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window = make_window()
    before = window.document.spec
    assert not offer_restore(window, tmp_path)
    assert "untitled" in texts[0]
    assert "not saved and are lost" in texts[0]  # the unsaved weights are named
    assert window.document.spec == before
    assert not leftover.exists()


def test_the_recovery_file_follows_the_unsaved_state(make_window, tmp_path, qtbot):
    from cnnbuilder.core import edits
    from cnnbuilder.gui.commands import SpecEditCommand

    window = make_window(LENET)
    saver = Autosave(window, tmp_path)
    saver.timer.setInterval(50)
    doc = window.document
    doc.push(SpecEditCommand(doc, edits.set_name(doc.spec, "changed"), "name"))
    qtbot.waitUntil(saver.file.exists, timeout=5000)
    assert json.loads(saver.file.read_text())["network"]["name"] == "changed"
    doc.undo()  # back to the saved state: nothing to recover
    assert not saver.file.exists()
    doc.redo()
    qtbot.waitUntil(saver.file.exists, timeout=5000)
    saved = tmp_path / "copy.cnn.json"
    doc.save(saved)
    assert not saver.file.exists()


def test_a_live_windows_file_is_not_offered(tmp_path):
    recovery.write_recovery(tmp_path, load_spec(LENET), None, unsaved_weights=False)
    assert recovery.orphans(tmp_path) == []  # this process runs: not a crash


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)
