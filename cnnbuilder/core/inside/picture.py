"""A picture file as one network input (Pillow, no Qt).

Converted to grey (one channel) or RGB (three), resized to ``n_W x n_H``
and scaled to 0..1.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from cnnbuilder.core.errors import DataError
from cnnbuilder.core.reading import open_image
from cnnbuilder.i18n import translate


def read_picture(path: str | Path, shape: tuple[int, int, int]) -> np.ndarray:
    """Read a picture file as ``(n_H, n_W, n_c)`` float32 in 0..1.

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
        converted = picture.convert("L" if n_c == 1 else "RGB")
        resized = converted.resize((n_w, n_h), Image.Resampling.LANCZOS)
        array = np.asarray(resized, dtype=np.float32) / 255.0
    return array.reshape(n_h, n_w, n_c)
