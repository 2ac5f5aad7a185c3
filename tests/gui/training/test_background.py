"""BackgroundJob: only the latest job's answer is delivered."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QObject

from cnnbuilder.gui.training.background import BackgroundJob


@dataclass
class Jobs:
    """A job, an event its slow tasks wait on, and every answer it delivered."""

    job: BackgroundJob
    release: threading.Event = field(default_factory=threading.Event)
    answers: list[object] = field(default_factory=list)


@pytest.fixture
def jobs(qtbot) -> Iterator[Jobs]:
    owner = QObject()  # the job needs a parent
    made = Jobs(BackgroundJob(owner))
    made.job.succeeded.connect(made.answers.append)
    made.job.failed.connect(made.answers.append)
    yield made
    made.release.set()  # no task is left waiting
    made.job.shutdown()


def test_a_stale_answer_is_dropped_and_the_latest_delivered(qtbot, jobs):
    def slow() -> str:
        jobs.release.wait(5)
        return "stale"

    jobs.job.submit(slow)
    jobs.job.submit(lambda: "latest")
    jobs.release.set()
    qtbot.waitUntil(lambda: "latest" in jobs.answers, timeout=5_000)
    qtbot.wait(100)  # the stale answer, had it been let through, has arrived by now
    assert jobs.answers == ["latest"]
    assert not jobs.job.busy


def test_a_blocked_job_does_not_hold_up_the_next(qtbot, jobs):
    jobs.job.submit(lambda: jobs.release.wait(5) and "stale")
    jobs.job.submit(lambda: "latest")
    qtbot.waitUntil(lambda: jobs.answers == ["latest"], timeout=1_000)  # long before the release


def test_forget_drops_the_answer_and_shutdown_takes_no_more_jobs(qtbot, jobs):
    jobs.job.submit(lambda: jobs.release.wait(5))
    assert jobs.job.busy
    jobs.job.forget()
    assert not jobs.job.busy
    jobs.release.set()
    qtbot.wait(200)
    assert jobs.answers == []
    jobs.job.shutdown()
    jobs.job.submit(lambda: "after")
    qtbot.wait(200)
    assert jobs.answers == []
    assert not jobs.job.busy
