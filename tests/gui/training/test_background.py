"""BackgroundJob: only the latest job's answer is delivered."""

from __future__ import annotations

import threading

from cnnbuilder.gui.training.background import BackgroundJob


def test_a_stale_answer_is_dropped_and_the_latest_delivered(qtbot):
    job = BackgroundJob()
    release = threading.Event()
    answers: list[str] = []
    job.succeeded.connect(answers.append)

    def slow() -> str:
        release.wait(5)
        return "stale"

    job.submit(slow)
    job.submit(lambda: "latest")  # queued behind the slow one on the single worker
    release.set()
    qtbot.waitUntil(lambda: "latest" in answers, timeout=5_000)
    qtbot.wait(100)  # the stale answer, had it been let through, has arrived by now
    assert answers == ["latest"]
    assert not job.busy
    job.shutdown()
