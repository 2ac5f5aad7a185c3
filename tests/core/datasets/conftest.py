"""Fixtures that write small data sources into a temporary folder."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image


def idx_bytes(array: np.ndarray) -> bytes:
    """An IDX file holding ``array`` (uint8): magic 0 0 8 ndim, sizes, values."""
    header = bytes([0, 0, 0x08, array.ndim]) + np.asarray(array.shape, ">u4").tobytes()
    return header + array.astype(np.uint8).tobytes()


def _write_idx(path: Path, array: np.ndarray) -> Path:
    """Write ``array`` as IDX, gzipped when ``path`` ends in ``.gz``."""
    data = idx_bytes(array)
    if path.suffix == ".gz":
        with gzip.open(path, "wb") as stream:
            stream.write(data)
    else:
        path.write_bytes(data)
    return path


def _write_image(path: Path, pixels: np.ndarray) -> Path:
    """Save uint8 pixels, (H, W) grey or (H, W, 3) colour, in the format of the suffix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path)
    return path


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(1234)


@pytest.fixture
def write_idx() -> Callable[[Path, np.ndarray], Path]:
    """``write_idx(path, array)``: an IDX file, gzipped if the name ends in .gz."""
    return _write_idx


@pytest.fixture
def write_image() -> Callable[[Path, np.ndarray], Path]:
    """``write_image(path, pixels)``: an image file, creating its folders."""
    return _write_image
