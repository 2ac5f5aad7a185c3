"""Decode the CIFAR-10 binary version (``cifar-10-binary.tar.gz``) without pickle.

Each ``.bin`` batch is a run of 3073-byte records: one label byte, then
the 32 × 32 red plane, the green plane and the blue plane, each row by
row. ``data_batch_1..5.bin`` are the 50,000 training images and
``test_batch.bin`` the 10,000 test images.
"""

from __future__ import annotations

import tarfile
import zlib
from pathlib import Path

import numpy as np

from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import translate

_SIDE = 32
_RECORD = 1 + 3 * _SIDE * _SIDE
_TRAIN = tuple(f"data_batch_{k}.bin" for k in range(1, 6))
_TEST = "test_batch.bin"
_BATCH_BYTES = 10_000 * _RECORD  # every published batch holds 10,000 records


def decode_records(raw: bytes, where: str) -> tuple[np.ndarray, np.ndarray]:
    """Split CIFAR-10 binary records into images and labels.

    Parameters
    ----------
    raw : bytes
        A whole number of 3073-byte records.
    where : str
        Names the batch in error messages.

    Returns
    -------
    x : ndarray, (m, 32, 32, 3) uint8
        NHWC (the file stores each image channel by channel).
    y : ndarray, (m,) uint8
    """
    if len(raw) == 0 or len(raw) % _RECORD:
        raise DataError(
            translate(
                "cifar", "{where}: {count} bytes is not a whole number of {_RECORD}-byte records"
            ).format(where=where, count=len(raw), _RECORD=_RECORD)
        )
    records = np.frombuffer(raw, np.uint8).reshape(-1, _RECORD)
    labels = records[:, 0].copy()
    if labels.max() > 9:
        raise DataError(
            translate("cifar", "{where}: label {value} is out of range for 10 classes").format(
                where=where, value=labels.max()
            )
        )
    planes = records[:, 1:].reshape(-1, 3, _SIDE, _SIDE)
    return np.ascontiguousarray(planes.transpose(0, 2, 3, 1)), labels


def read_cifar_binary(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Read the training and test batches from the archive.

    Returns
    -------
    x_train : ndarray, (50000, 32, 32, 3) uint8
    y_train : ndarray, (50000,) uint8
    x_test : ndarray, (10000, 32, 32, 3) uint8
    y_test : ndarray, (10000,) uint8
    """
    batches: dict[str, bytes] = {}
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive:
                base = member.name.rsplit("/", 1)[-1]
                if member.isfile() and base in (*_TRAIN, _TEST):
                    # Bounded: a member bigger than a published batch is refused unread.
                    if member.size > _BATCH_BYTES:
                        raise DataError(
                            translate(
                                "cifar", "{file}: {base} is larger than a CIFAR-10 batch"
                            ).format(file=path.name, base=base)
                        )
                    stream = archive.extractfile(member)
                    if stream is not None:
                        batches[base] = stream.read()
    except (OSError, EOFError, tarfile.TarError, zlib.error) as exc:
        raise DataError(
            translate("cifar", "{file}: cannot be read as a .tar.gz archive ({exc})").format(
                file=path.name, exc=exc
            )
        ) from None
    missing = [name for name in (*_TRAIN, _TEST) if name not in batches]
    if missing:
        raise DataError(
            translate("cifar", "{file}: {value} missing from the archive").format(
                file=path.name, value=", ".join(missing)
            )
        )
    train = [decode_records(batches.pop(name), name) for name in _TRAIN]
    x_train = np.concatenate([x for x, _ in train])
    y_train = np.concatenate([y for _, y in train])
    x_test, y_test = decode_records(batches.pop(_TEST), _TEST)
    return x_train, y_train, x_test, y_test
