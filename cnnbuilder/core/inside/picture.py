"""A picture file as one network input (Pillow, no Qt).

Opened safely (:func:`cnnbuilder.core.reading.open_image`) and prepared
by the one image preparation of the program (:func:`prepare_image`).
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
    """Read a picture file as one network input, prepared by :func:`prepare_image`.

    Parameters
    ----------
    like : ImageStyle, optional
        The training data's style; the picture is made alike (polarity,
        content centred with the same margin).

    Returns
    -------
    ndarray, (n_H, n_W, n_c) float32 in 0..1

    Raises
    ------
    DataError
        If the file is not a regular file or not a picture, is too large to
        decode, or the input has neither 1 nor 3 channels.
    """
    n_c = shape[2]
    if n_c not in (1, 3):
        raise DataError(
            translate(
                "images", "the network input has {n} channels; pictures have 1 (grey) or 3"
            ).format(n=n_c)
        )
    # A regular file, its declared size checked before decoding (no bombs, no FIFOs).
    with open_image(path) as picture:
        return prepare_image(picture, shape, like=like)
