"""Shared test set-up: Qt runs offscreen; small specs and data sets; a local data server.

The data server (fixtures ``server`` and ``tiny_mnist``) is a threaded HTTP
server on 127.0.0.1 for one test; it answers each file according to
``server.modes[FILE]``: ``ok``, ``404``, ``corrupt`` (other bytes), ``cut``
(promises the whole file, closes half way), ``reset`` (promises the whole
file, resets the connection half way: the client reads a ConnectionResetError),
``cut-chunked`` (sends half in chunks and closes without the last chunk:
the client reads an IncompleteRead), ``pause`` (half, then silence),
``hang-up`` (closes without answering), ``stall`` (headers, then silence),
``slow`` (small pieces with pauses), ``no-range`` (ignores Range),
``416-once`` (refuses the first request's Range), ``announce:N`` (N zero
bytes with their length announced), ``unsized:N`` (N zero bytes, no length).
A mode ending in ``-once`` (``cut-once``, ``reset-once``, ...) spoils the
first request only. "Half" is half of what is left to send, at least one
byte. Every request is logged with its Range header. Nothing here ever
talks to another address.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import socket
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from cnnbuilder.core.datasets import catalog
from cnnbuilder.core.datasets.catalog import NamedSource, RemoteFile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# PyTorch's idle OpenMP threads spin by default; on a shared machine that makes a
# step ten times slower (cnnbuilder sets this too before it imports torch).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parents[1]
PRESETS = ROOT / "resources" / "presets"


@pytest.fixture
def presets_dir() -> Path:
    """The folder of the shipped preset networks."""
    return PRESETS


# -- a network whose mini-batch takes seconds, in many short layers ------------------
SLOW_SECONDS = 0.04  # per layer and pass: 30 layers make a mini-batch of about 2.4 s
SLOW_LAYERS = 30


@pytest.fixture
def slow_spec():
    """A network of 30 "slow" layers (a test-only kind that sleeps 40 ms per layer
    and pass) then a Softmax on 8×8×1: one mini-batch takes about 2.4 s."""
    from cnnbuilder.core.kinds import registry

    kind = registry.register(_SlowKind())
    yield _slow_spec()
    registry.unregister(kind)


def _slow_spec():
    from cnnbuilder.core.spec import InputSpec, NetworkSpec, SoftmaxSpec

    layers = (*(_SlowSpec() for _ in range(SLOW_LAYERS)), SoftmaxSpec(classes=10))
    return NetworkSpec("slow", InputSpec(8, 8, 1), layers)


def _slow_classes():
    import time
    from dataclasses import dataclass
    from typing import ClassVar

    from cnnbuilder.core.kinds.base import LayerKind, uid_field
    from cnnbuilder.core.kinds.working import Working

    @dataclass(frozen=True)
    class SlowSpec:
        kind: ClassVar[str] = "slow"
        name: str | None = None
        uid: int = uid_field()

    class SlowLayer:
        def __init__(self, index, in_shape):
            self.index, self.in_shape = index, tuple(in_shape)

        @property
        def out_shape(self):
            return self.in_shape

        def param_shapes(self):
            return {}

        def forward(self, x, params, ws):
            time.sleep(SLOW_SECONDS)
            return x, ()

        def backward(self, da, cache, params, ws, need_dx=True):
            time.sleep(SLOW_SECONDS)
            return (da if need_dx else None), {}

    class SlowKind(LayerKind):
        type_name, label, spec_class = "slow", "SLOW", SlowSpec

        def work(self, layer, in_shape):
            return Working(shape=in_shape, shape_text="sleeps", params_text="0")

        def hyper_text(self, layer):
            return "sleeps"

        def build(self, layer, index, in_shape):
            return SlowLayer(index, in_shape)

    return SlowSpec, SlowKind


_SlowSpec, _SlowKind = _slow_classes()


# -- a local server for the named data sets -------------------------------------------
_STALL_LIMIT = 10.0  # a stalled answer ends by itself after this long, whatever happens


def idx_gz(array: np.ndarray) -> bytes:
    """Gzipped IDX bytes of a uint8 array (fixed mtime: same bytes every run)."""
    header = bytes([0, 0, 0x08, array.ndim]) + np.asarray(array.shape, ">u4").tobytes()
    return gzip.compress(header + array.astype(np.uint8).tobytes(), mtime=0)


def tiny_mnist_files(seed: int = 0) -> dict[str, bytes]:
    """Four IDX files like MNIST's: 40 training and 20 test images of 28 × 28."""
    rng = np.random.default_rng(seed)
    out = {}
    for prefix, m in (("train", 40), ("t10k", 20)):
        out[f"{prefix}-images-idx3-ubyte.gz"] = idx_gz(rng.integers(0, 256, (m, 28, 28)))
        out[f"{prefix}-labels-idx1-ubyte.gz"] = idx_gz(np.arange(m) % 10)
    return out


def source_for(files: dict[str, bytes], name: str = "mnist") -> NamedSource:
    """A catalogue entry like the real one of ``name`` with these files' sizes and sums."""
    real = catalog.NAMED_SOURCES[name]
    remote = tuple(
        RemoteFile(
            f.name,
            len(files[f.name]),
            hashlib.sha256(files[f.name]).hexdigest(),
            hashlib.sha256(gzip.decompress(files[f.name])).hexdigest()
            if f.content_sha256
            else None,
        )
        for f in real.files
    )
    return NamedSource(
        real.name,
        real.title,
        "https://example.invalid/never-used",
        remote,
        real.layout,
        real.image_shape,
        real.class_names,
        real.train_count,
        real.test_count,
    )


@dataclass
class Server:
    """The state the handler reads and writes (modes in, requests out)."""

    files: dict[str, bytes]
    url: str = ""
    modes: dict[str, str] = field(default_factory=dict)
    requests: list[tuple[str, str | None]] = field(default_factory=list)
    agents: set[str] = field(default_factory=set)
    release: threading.Event = field(default_factory=threading.Event)
    served: dict[str, int] = field(default_factory=dict)

    def count(self, name: str) -> int:
        """How many requests asked for ``name``."""
        return sum(1 for path, _ in self.requests if path.endswith("/" + name))


def _handler(state: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            state.requests.append((self.path, self.headers.get("Range")))
            state.agents.add(self.headers.get("User-Agent", ""))
            name = self.path.rsplit("/", 1)[-1]
            mode = state.modes.get(name, "ok")
            if mode == "hang-up":  # no status line at all: the connection just closes
                self.close_connection = True
                return
            if name not in state.files or mode == "404":
                self.send_error(404, "Not Found")
                return
            body = state.files[name]
            if mode == "corrupt":
                body = bytes(b ^ 0xFF for b in body[:64]) + body[64:]
            kind, _, count = mode.partition(":")
            if kind in ("announce", "unsized"):  # COUNT zero bytes, said or not in advance
                self._send_zeros(int(count), announce=kind == "announce")
                return
            start = 0
            ranged = self.headers.get("Range")
            if ranged and mode == "416-once" and state.count(name) == 1:
                self.send_error(416, "Range Not Satisfiable")
                return
            if ranged and mode != "no-range":
                start = int(ranged.split("=")[1].split("-")[0])
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
            else:
                self.send_response(200)
            kind = mode.removesuffix("-once") if _spoils(mode, state.count(name)) else "ok"
            if kind == "cut-chunked":
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(body) - start))
            self.end_headers()
            self._send(body[start:], kind)

        def _send_zeros(self, count: int, announce: bool) -> None:
            self.send_response(200)
            if announce:
                self.send_header("Content-Length", str(count))
            self.end_headers()
            try:
                for k in range(0, count, 1 << 16):
                    self.wfile.write(bytes(min(1 << 16, count - k)))
            except (BrokenPipeError, ConnectionResetError):
                pass  # refused early by the client: fine

        def _send(self, body: bytes, mode: str) -> None:
            half = body[: max(len(body) // 2, 1)]
            try:
                if mode == "cut":
                    self.wfile.write(half)
                    self.wfile.flush()
                    self.close_connection = True
                elif mode == "reset":
                    self.wfile.write(half)
                    self.wfile.flush()
                    # Linger 0: closing sends a reset (RST) after the data, not a normal end.
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    self.close_connection = True
                elif mode == "cut-chunked":  # well-formed chunks, but never the last one
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(half), half))
                    self.wfile.flush()
                    self.close_connection = True
                elif mode == "pause":
                    self.wfile.write(half)
                    self.wfile.flush()
                    state.release.wait(_STALL_LIMIT)
                elif mode == "stall":
                    self.wfile.flush()  # headers only, then silence
                    state.release.wait(_STALL_LIMIT)
                elif mode == "slow":
                    for k in range(0, len(body), 2048):
                        self.wfile.write(body[k : k + 2048])
                        self.wfile.flush()
                        time.sleep(0.01)
                else:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client went away (cancel, timeout): fine

    return Handler


def _spoils(mode: str, requests: int) -> bool:
    """Whether ``mode`` spoils this answer: always, or only the first for ``...-once``."""
    return not mode.endswith("-once") or requests == 1


@pytest.fixture
def server() -> Iterator[Server]:
    """A threaded HTTP server on 127.0.0.1 serving ``tiny_mnist_files()`` under /mnist/."""
    state = Server(tiny_mnist_files())
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture(name="source_for")
def source_for_fixture() -> object:
    """``source_for(files, name)``: a catalogue entry for these served files."""
    return source_for


@pytest.fixture
def tiny_mnist(server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> NamedSource:
    """``mnist`` replaced by the tiny files; cache in tmp_path; mirror = the local server."""
    source = source_for(server.files)
    monkeypatch.setitem(catalog.NAMED_SOURCES, "mnist", source)
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CNNBUILDER_DATA_MIRROR", server.url)
    return source
