"""BackgroundJob: only the latest job's answer is delivered."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from cnnbuilder.gui.training.background import BackgroundJob


def test_a_stale_answer_is_dropped_and_the_latest_delivered(qtbot):
    owner = QObject()  # the job needs a parent
    job = BackgroundJob(owner)
    release = threading.Event()
    answers: list[str] = []
    job.succeeded.connect(answers.append)

    def slow() -> str:
        release.wait(5)
        return "stale"

    job.submit(slow)
    job.submit(lambda: "latest")
    release.set()
    qtbot.waitUntil(lambda: "latest" in answers, timeout=5_000)
    qtbot.wait(100)  # the stale answer, had it been let through, has arrived by now
    assert answers == ["latest"]
    assert not job.busy
    job.shutdown()


def test_a_blocked_job_does_not_hold_up_the_next(qtbot):
    owner = QObject()  # the job needs a parent
    job = BackgroundJob(owner)
    release = threading.Event()
    answers: list[str] = []
    job.succeeded.connect(answers.append)
    job.submit(lambda: release.wait(5) and "stale")
    job.submit(lambda: "latest")
    qtbot.waitUntil(lambda: answers == ["latest"], timeout=1_000)  # long before the release
    release.set()
    job.shutdown()


def test_forget_drops_the_answer_and_shutdown_takes_no_more_jobs(qtbot):
    owner = QObject()  # the job needs a parent
    job = BackgroundJob(owner)
    release = threading.Event()
    answers: list[object] = []
    job.succeeded.connect(answers.append)
    job.failed.connect(answers.append)
    job.submit(lambda: release.wait(5))
    assert job.busy
    job.forget()
    assert not job.busy
    release.set()
    qtbot.wait(200)
    assert answers == []
    job.shutdown()
    job.submit(lambda: "after")
    qtbot.wait(200)
    assert answers == []
    assert not job.busy
