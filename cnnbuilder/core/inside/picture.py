"""A picture file as one network input (Pillow, no Qt).

The one image preparation (:mod:`cnnbuilder.core.datasets.images`):
converted to grey (one channel) or RGB (three), resized to ``n_W x n_H``
and scaled to 0..1, like the images of a folder data set.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cnnbuilder.core.datasets.images import ImageStyle, prepare_image
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.reading import open_image
from cnnbuilder.i18n import translate


def read_picture(
    path: str | Path, shape: tuple[int, int, int], like: ImageStyle | None = None
) -> np.ndarray:
    """Read a picture file as ``(n_H, n_W, n_c)`` float32 in 0..1.

    Prepared by :func:`~cnnbuilder.core.datasets.images.prepare_image`, as
    training images are; with ``like`` (the training data's style) it is
    also inverted, cropped and centred like them.

    Raises
    ------
    DataError
        If the file is not a picture, or the input has neither 1 nor 3 channels.
    """
    n_h, n_w, n_c = shape
    if n_c not in (1, 3):
        raise DataError(
            translate(
                "images", "the network input has {n} channels; pictures have 1 (grey) or 3"
            ).format(n=n_c)
        )
    # A regular file, its declared size checked before decoding (no bombs, no FIFOs).
    with open_image(path) as picture:
        return prepare_image(picture, (n_h, n_w, n_c), like=like)
