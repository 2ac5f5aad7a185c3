"""The terminal's download bar: size, speed and time left on one redrawn line."""

from __future__ import annotations

import io

from cnnbuilder.cli.download_bar import DownloadBar, progress_text
from cnnbuilder.core.datasets.catalog import NAMED_SOURCES
from cnnbuilder.core.datasets.download import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_text_has_size_speed_and_time_left():
    text = progress_text(Progress("f", 5 * 2**20, 10 * 2**20, 2**20, 5.0))
    assert text == "5.0 MB of 10.0 MB, 1.0 MB/s, 0:05 left"


def test_bar_redraws_one_line_on_a_terminal():
    stream = _Terminal()
    bar = DownloadBar(NAMED_SOURCES["mnist"], stream)
    bar(Progress("f", 0, 100, 0.0, None))
    bar(Progress("f", 50, 100, 10.0, 5.0))
    bar.finish()
    out = stream.getvalue()
    assert out.startswith("\r\033[KDownloading mnist (11.1 MB)")
    assert "[###############---------------]  50%" in out
    assert out.endswith("\r\033[K")


def test_bar_elsewhere_says_only_where_it_starts():
    stream = io.StringIO()
    bar = DownloadBar(NAMED_SOURCES["mnist"], stream)
    bar(Progress("f", 50, 100, 10.0, 5.0))
    bar.finish()
    assert stream.getvalue().count("\n") == 1
    assert "%" not in stream.getvalue()
