"""The terminal's view of a download: a bar with size, speed and time left."""

from __future__ import annotations

import sys
from typing import TextIO

from cnnbuilder.cli.progress import render_bar
from cnnbuilder.core.datasets import Dataset, load_dataset
from cnnbuilder.core.datasets.catalog import NAMED_SOURCES, NamedSource
from cnnbuilder.core.datasets.download import Progress, file_url
from cnnbuilder.core.durations import format_duration
from cnnbuilder.core.report import human_bytes
from cnnbuilder.i18n import translate


def progress_text(progress: Progress) -> str:
    """``4.5 MB of 11.1 MB, 2.3 MB/s, 0:03 left`` (shared wording with the window)."""
    if progress.waiting:
        return translate("data", "waiting for another cnnbuilder that is fetching the same data")
    text = translate("data", "{done} of {total}").format(
        done=human_bytes(progress.done), total=human_bytes(progress.total)
    )
    if progress.speed > 0:
        text += ", " + translate("data", "{speed}/s").format(
            speed=human_bytes(round(progress.speed))
        )
    if progress.seconds_left is not None:
        text += ", " + translate("data", "{time} left").format(
            time=format_duration(progress.seconds_left)
        )
    return text


class DownloadBar:
    """Redraws one line on a terminal; elsewhere says only where it starts and ends."""

    def __init__(self, source: NamedSource, stream: TextIO | None = None) -> None:
        self.source = source
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.started = False

    def __call__(self, progress: Progress) -> None:
        """Take one progress report from the download."""
        if not self.started:
            self.started = True
            host = file_url(self.source, self.source.files[0]).split("/")[2]
            self._line(
                translate(
                    "data",
                    "Downloading {name} ({size}) from {host} (once; later uses read the cache)",
                ).format(
                    name=self.source.name, size=human_bytes(self.source.download_size), host=host
                )
            )
        if self.tty:
            bar = render_bar(
                progress.done, progress.total, self.source.name, progress_text(progress)
            )
            self.stream.write("\r" + bar + "\033[K")
            self.stream.flush()

    def finish(self) -> None:
        """End the bar's line (if one was drawn)."""
        if self.started and self.tty:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def _line(self, text: str) -> None:
        if self.tty:
            self.stream.write("\r\033[K")
        print(text, file=self.stream, flush=True)


def load_data_with_bar(source: str, input_shape: tuple[int, int, int]) -> Dataset:
    """``load_dataset`` for the command line: a named data set shows its download."""
    if source not in NAMED_SOURCES:
        return load_dataset(source, input_shape)
    bar = DownloadBar(NAMED_SOURCES[source])
    try:
        return load_dataset(source, input_shape, progress=bar)
    finally:
        bar.finish()
