"""Arrays to pictures and pictures to arrays, for the results view.

``to_qimage`` turns an NHWC image (or a filter) into a ``QImage``;
``read_image`` reads a picture file as the network's input (Pillow, no Qt).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap

from cnnbuilder.core.datasets.images import ImageStyle
from cnnbuilder.core.inside.picture import read_picture


def normalize(array: np.ndarray) -> np.ndarray:
    """Stretch ``array`` to 0..1 (a constant array becomes 0.5)."""
    low, high = float(np.min(array)), float(np.max(array))
    if not np.isfinite(low) or not np.isfinite(high) or high - low < 1e-12:
        return np.full(array.shape, 0.5, dtype=np.float32)
    return ((array - low) / (high - low)).astype(np.float32)


def to_qimage(image: np.ndarray) -> QImage:
    """Return a ``QImage`` of ``image``, (H, W, C) with values in 0..1, C = 1 or 3.

    Other channel counts show their mean as grey.
    """
    if image.ndim == 2:
        image = image[:, :, None]
    if image.shape[2] not in (1, 3):
        image = image.mean(axis=2, keepdims=True)
    data = np.ascontiguousarray(np.clip(image, 0, 1) * 255 + 0.5, dtype=np.uint8)
    h, w, c = data.shape
    fmt = QImage.Format.Format_Grayscale8 if c == 1 else QImage.Format.Format_RGB888
    # QImage does not own the buffer: copy() before ``data`` goes away.
    return QImage(data.data, w, h, w * c, fmt).copy()


def to_pixmap(image: np.ndarray, size: int) -> QPixmap:
    """A ``size``-pixel square pixmap of ``image``, enlarged without blurring."""
    return QPixmap.fromImage(to_qimage(image)).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


def read_image(
    path: str | Path,
    shape: tuple[int, int, int],
    invert: bool = False,
    like: ImageStyle | None = None,
) -> np.ndarray:
    """Read a picture file as one network input.

    Parameters
    ----------
    path : str or Path
        PNG, JPEG, BMP, GIF… (anything Pillow reads).
    shape : (n_H, n_W, n_c)
        The network input; the picture is resized to ``n_W x n_H`` and made
        grey (n_c = 1) or RGB (n_c = 3).
    invert : bool
        Invert what the preparation gives (light becomes dark).
    like : ImageStyle, optional
        The training data's style: the picture is made to look like it.

    Returns
    -------
    ndarray, (1, n_H, n_W, n_c) float32 in 0..1

    Raises
    ------
    DataError
        If the file is not a picture or the input has another channel count.
    """
    array = read_picture(path, shape, like)
    if invert:
        array = 1.0 - array
    return array[None]
