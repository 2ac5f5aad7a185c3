"""Closing the window during a long mini-batch never aborts the process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import sys, threading, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from cnnbuilder.core.nn.network import Network
    from cnnbuilder.gui import app as gui_app
    from cnnbuilder.gui.training import close_wait

    step_seconds, mode = float(sys.argv[1]), sys.argv[2]
    entered = threading.Event()
    original = Network.loss_and_grads

    def slow(self, x, y, *rest):
        entered.set()
        time.sleep(step_seconds)
        return original(self, x, y, *rest)

    Network.loss_and_grads = slow
    shown = []
    close_wait.CloseWaitDialog.show = lambda self: shown.append(True) or self.dialog.show()
    if mode == "close-now":
        close_wait.CloseWaitDialog.gave_up = lambda self: bool(shown)
    gui_app.application()

    def go():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        gui_app.wait_for_data(window)
        assert window.training.start()
        while not entered.is_set():
            QApplication.processEvents()
            time.sleep(0.01)
        window.document.undo_stack.setClean()
        start = time.monotonic()
        window.close()
        print(f"closed after {time.monotonic() - start:.1f} s, dialog {bool(shown)}", flush=True)

    QTimer.singleShot(200, go)
    print("exit", gui_app.main([]), flush=True)
    """
)


def _run(tmp_path: Path, step_seconds: float, mode: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "CNNBUILDER_RECOVERY_DIR": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(step_seconds), mode],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("mode", ["wait", "close-now"])
def test_closing_during_a_long_step_ends_cleanly(tmp_path, mode):
    done = _run(tmp_path, 3.0, mode)
    assert done.returncode == 0, done.stderr
    assert "QThread: Destroyed" not in done.stderr
    assert "dialog True" in done.stdout  # the wait was said, not silent
    if mode == "wait":
        assert "exit 0" in done.stdout  # waited for the step, then a normal exit
    else:
        seconds = float(done.stdout.split("closed after ")[1].split(" s")[0])
        assert seconds < 2.5  # did not wait for the 3 s step
