"""Generate the hostile-input corpus: files an attacker (or bad luck) hands to cnnbuilder.

Nothing here is committed as a binary: :func:`build` writes every file into a
folder and returns the command lines to try on them. Each command must end
with exit 0 or 2, one line on stderr, no traceback, within a memory cap.
Sizes are *declared* (headers, zip entries), not written: the point is that
the program refuses before it allocates.
"""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

PRESET = {
    "format": "cnnbuilder.network",
    "version": 1,
    "name": "digits",
    "input": {"height": 8, "width": 8, "channels": 1},
    "layers": [
        {"type": "conv", "filters": 4, "size": 3, "padding": "same"},
        {"type": "pool", "size": 2},
        {"type": "softmax", "classes": 10},
    ],
    "training": {"dataset": "digits", "epochs": 1, "batch_size": 64},
}


@dataclass(frozen=True)
class Case:
    """One hostile input: a name, and the arguments after ``cnnbuilder``."""

    name: str
    argv: tuple[str, ...]


def _net(folder: Path, file: str, **changes: object) -> Path:
    data = json.loads(json.dumps(PRESET))
    for key, value in changes.items():
        target, _, field = key.rpartition("__")
        holder = data
        for part in target.split("__") if target else []:
            holder = holder[int(part)] if part.isdigit() else holder[part]
        holder[field] = value
    path = folder / f"{file}.cnn.json"
    path.write_text(json.dumps(data))
    return path


def _npy_header(shape: tuple[int, ...], descr: str = "<f4") -> bytes:
    """A version 1.0 ``.npy`` header declaring ``shape`` (no data follows)."""
    header = repr({"descr": descr, "fortran_order": False, "shape": shape}).encode()
    header += b" " * (63 - (len(header) + 10) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header


def _npz(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _array_bytes(array: np.ndarray) -> bytes:
    stream = io.BytesIO()
    np.save(stream, array)
    return stream.getvalue()


def _png(path: Path, width: int, height: int, extra: bytes = b"", depth: int = 8) -> Path:
    """A PNG whose header declares ``width`` x ``height`` (with a token of data)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, depth, 0, 0, 0, 0)
    body = chunk(b"IHDR", ihdr) + extra + chunk(b"IDAT", zlib.compress(b"\0" * 64))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b""))
    return path


def _text_chunk_png(path: Path) -> Path:
    """A small PNG with a zTXt chunk that inflates to 50 MB."""
    text = zlib.compress(b"a" * 50_000_000, 9)
    body = b"Comment\0\0" + text
    crc = zlib.crc32(b"zTXt" + body) & 0xFFFFFFFF
    chunk = struct.pack(">I", len(body)) + b"zTXt" + body + struct.pack(">I", crc)
    return _png(path, 8, 8, extra=chunk)


def _idx(path: Path, shape: tuple[int, ...], data: bytes = b"") -> Path:
    header = bytes([0, 0, 0x08, len(shape)]) + struct.pack(f">{len(shape)}I", *shape)
    path.write_bytes(header + data)
    return path


def build(folder: Path) -> list[Case]:
    """Write the corpus into ``folder``; return the command lines to try."""
    folder.mkdir(parents=True, exist_ok=True)
    good = _net(folder, "good")
    cases: list[Case] = []

    def summary(path: Path | str, name: str) -> None:
        cases.append(Case(name, ("summary", str(path))))

    # Network documents: values, types, nesting, size.
    huge = _net(folder, "huge-int")
    huge.write_text(huge.read_text().replace('"size": 3', '"size": 1' + "0" * 5000))
    summary(huge, "5000-digit integer")
    summary(_net(folder, "int-2-31", layers__0__filters=2**31), "filters 2**31")
    summary(_net(folder, "int-2-63", layers__0__filters=2**63 + 5), "filters 2**63")
    summary(_net(folder, "float-1e300", layers__0__filters=1e300), "filters 1e300")
    summary(_net(folder, "list-type", layers__0__type=["conv"]), "a list as a layer type")
    summary(_net(folder, "dict-type", layers__0__type={"a": 1}), "a dict as a layer type")
    summary(_net(folder, "list-mode", layers__1__mode=["max"]), "a list as a pool mode")
    summary(_net(folder, "list-padding", layers__0__padding=["same"]), "a list as padding")
    summary(_net(folder, "list-act", layers__0__activation={}), "a dict as activation")
    summary(_net(folder, "list-opt", training__optimizer=["adam"]), "a list as optimizer")
    summary(_net(folder, "list-dataset", training__dataset=["digits"]), "a list as dataset")
    summary(_net(folder, "layers-dict", layers={"0": {}}), "layers is an object")
    summary(_net(folder, "input-huge", input__height=10**30), "input 10**30")
    summary(
        _net(folder, "input-big", input__height=2**31 - 1, input__width=2**31 - 1),
        "input 2**31-1 squared",
    )
    summary(_net(folder, "nan-lr", training__lr=float("nan")), "lr NaN")
    summary(
        _net(folder, "ctrl-name", name="\x1b[2J\x1b[31mred", layers__0__name="\x07bell"),
        "control characters in names",
    )
    deep = folder / "deep.cnn.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    summary(deep, "200000 nested lists")
    deep_layer = folder / "deep-layer.cnn.json"
    text = json.dumps(PRESET).replace('"name": "digits"', '"name": ' + "[" * 5000 + "]" * 5000)
    deep_layer.write_text(text)
    summary(deep_layer, "5000 nested lists as the name")
    big = folder / "big.cnn.json"
    with big.open("wb") as out:
        out.write(b" " * (17 * 1024**2) + b"{}")
    summary(big, "a 17 MiB network file")
    binary = folder / "binary.cnn.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    summary(binary, "not UTF-8")
    many = json.loads(json.dumps(PRESET))
    many["layers"] = [{"type": "fc", "units": 4}] * 100_000 + [{"type": "softmax", "classes": 2}]
    many_path = folder / "many.cnn.json"
    many_path.write_text(json.dumps(many))
    summary(many_path, "100000 layers")
    fifo = folder / "pipe.cnn.json"
    os.mkfifo(fifo)
    summary(fifo, "a FIFO as the network")
    summary("/dev/zero", "a device as the network")
    summary(folder, "a folder as the network")
    summary("~no-such-user-13/net.cnn.json", "an unknown ~user")
    cases.append(
        Case(
            "summary --batch-size 10**400", ("summary", str(good), "--batch-size", "1" + "0" * 400)
        )
    )
    cases.append(Case("summary --batch-size 0", ("summary", str(good), "--batch-size", "0")))

    # Data files.
    def train(data: Path | str, name: str, *extra: str) -> None:
        cases.append(Case(name, ("train", str(good), "--data", str(data), "--epochs", "1", *extra)))

    x8 = _array_bytes(np.zeros((4, 8, 8), np.float32))
    y4 = _array_bytes(np.array([0, 1, 0, 1]))
    train(
        _npz(folder / "tb-x.npz", {"x.npy": _npy_header((10**6, 1024, 1024)), "y.npy": y4}),
        "npz: x declares 4 TB",
    )
    train(
        _npz(folder / "overflow-x.npz", {"x.npy": _npy_header((2**62, 2**62)), "y.npy": y4}),
        "npz: x shape overflows int64",
    )
    train(
        _npz(
            folder / "labels-1e8.npz",
            {"x.npy": x8, "y.npy": _array_bytes(np.array([0, 1, 0, 10**8]))},
        ),
        "labels of 10**8",
    )
    train(
        _npz(
            folder / "labels-2e19.npz",
            {"x.npy": x8, "y.npy": _array_bytes(np.array([0, 1, 0, 2e19]))},
        ),
        "labels of 2e19",
    )
    train(
        _npz(
            folder / "big-values.npz",
            {"x.npy": _array_bytes(np.full((4, 8, 8), 1e300)), "y.npy": y4},
        ),
        "values of 1e300",
    )
    train(
        _npz(
            folder / "values-3e38.npz",
            {"x.npy": _array_bytes(np.full((4, 8, 8), 3e38, np.float32)), "y.npy": y4},
        ),
        "values of 3e38",
    )
    train(
        _npz(
            folder / "huge-header.npz",
            {"x.npy": b"\x93NUMPY\x01\x00\xff\xff" + b" " * 65535, "y.npy": y4},
        ),
        "a 64 KiB npy header",
    )
    train(
        _npz(folder / "object.npz", {"x.npy": _npy_header((4,), "|O"), "y.npy": y4}),
        "an object array",
    )
    _idx(folder / "o-labels-idx1-ubyte", (4,), b"\0\1\0\1")
    _idx(folder / "z-labels-idx1-ubyte", (4,), b"\0\1\0\1")
    train(_idx(folder / "o-images-idx3-ubyte", (65536, 65536, 65536)), "IDX sizes overflow")
    train(_idx(folder / "t-images-idx3-ubyte", (60000, 28, 28), b"\0" * 10), "IDX truncated")
    gz = folder / "z-images-idx3-ubyte.gz"
    import gzip

    gz.write_bytes(gzip.compress(bytes([0, 0, 8, 3]) + struct.pack(">3I", 100000, 1000, 1000)))
    train(gz, "IDX .gz declares 100 GB")
    data_fifo = folder / "pipe.npz"
    os.mkfifo(data_fifo)
    train(data_fifo, "a FIFO as the data")
    train("/dev/zero", "a device as the data")
    train("~no-such-user-13/data.npz", "an unknown ~user as the data")
    pictures = folder / "pictures"
    for label in ("a", "b"):
        (pictures / label).mkdir(parents=True, exist_ok=True)
        for k in range(3):
            Image.new("L", (8, 8), 40 * k).save(pictures / label / f"small{k}.png")
    _png(pictures / "a" / "wide.png", 20000, 20000)
    _png(pictures / "b" / "deep.png", 13000, 13000, depth=16)
    _text_chunk_png(pictures / "b" / "text.png")
    os.mkfifo(pictures / "a" / "pipe.png")
    train(pictures, "a folder with image bombs and a FIFO")
    cases.append(
        Case("--batch-size 10**400", ("train", str(good), "--batch-size", "1" + "0" * 400))
    )
    cases.append(Case("--epochs 10**400", ("train", str(good), "--epochs", "1" + "0" * 400)))
    cases.append(Case("--lr inf", ("train", str(good), "--lr", "inf")))
    cases.append(Case("--save-weights ''", ("train", str(good), "--save-weights", "")))
    cases.append(
        Case("--save-weights /dev/null", ("train", str(good), "--save-weights", "/dev/null"))
    )
    cases.append(Case("--save-weights FIFO", ("train", str(good), "--save-weights", str(fifo))))
    cases.append(
        Case("--save-weights the network", ("train", str(good), "--save-weights", str(good)))
    )

    # Weights and predict inputs.
    extra_key = _npz(
        folder / "extra.npz",
        {"layer0.W.npy": _npy_header((3, 3, 1, 4)), "junk.npy": _npy_header((2**30,), "<f4")},
    )
    cases.append(
        Case(
            "weights with a 4 GiB extra key",
            ("train", str(good), "--init-weights", str(extra_key), "--epochs", "1"),
        )
    )
    images = folder / "x.npy"
    np.save(images, np.zeros((2, 8, 8), np.float32))
    weights = folder / "w.npz"
    cases.append(
        Case("make weights", ("train", str(good), "--epochs", "1", "--save-weights", str(weights)))
    )

    def predict(source: Path | str, name: str, output: Path | str | None = None) -> None:
        out = str(output or folder / "p.npy")
        cases.append(
            Case(
                name,
                (
                    "predict",
                    str(good),
                    "--weights",
                    str(weights),
                    "--input",
                    str(source),
                    "--output",
                    out,
                ),
            )
        )

    predict(folder / "tb-x.npz", "predict --input a data .npz")
    huge_npy = folder / "huge.npy"
    huge_npy.write_bytes(_npy_header((10**9, 8, 8, 1)))
    predict(huge_npy, "predict --input declares 256 GB")
    predict(fifo, "predict --input a FIFO")
    predict(images, "predict --output its input", images)
    predict(images, "predict --output a device", "/dev/null")
    predict(images, "predict --output in an unknown ~user", "~no-such-user-13/p.npy")
    return cases
