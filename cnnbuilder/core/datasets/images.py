"""One image preparation for training pictures and pictures tried on a network.

Folder data sets, "Try a picture" and ``inspect`` all turn a Pillow image
into the network's input here, so that they agree on the colour conversion
and the resampling filter. A picture tried on a trained network is also
made to look like the training data (:class:`ImageStyle`): the same
polarity (light strokes on a dark background, or the reverse), cropped to
its content and centred with the margin the training images have, its
aspect ratio kept.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

# One filter for every resize. Pillow's bilinear widens its support when it
# shrinks, so a large picture is averaged down rather than sampled.
RESAMPLE = Image.Resampling.BILINEAR
GREY_MODES = frozenset({"1", "L", "LA", "I", "F", "I;16", "I;16L", "I;16B", "I;16N"})
# A pixel differing from the background by more than this (0..1) is content.
CONTENT_THRESHOLD = 0.25
STYLE_SAMPLE = 500  # training images looked at to describe their style


@dataclass(frozen=True)
class ImageStyle:
    """How the training images look, so that a new picture can be made alike.

    Attributes
    ----------
    light_on_dark : bool
        The background is dark and the content light (the built-in digits).
    content_fraction : float in (0, 1]
        The longer side of the content's bounding box over the image side
        (median over the training images); 1 means the content fills it.
    """

    light_on_dark: bool = False
    content_fraction: float = 1.0

    @classmethod
    def of(cls, x: np.ndarray) -> ImageStyle:
        """Describe training images ``x``, (m, n_H, n_W, n_c) in 0..1.

        At most :data:`STYLE_SAMPLE` evenly spaced images are looked at (no
        random choice), so the answer is the same every time.
        """
        if len(x) == 0:
            return cls()
        index = np.unique(np.linspace(0, len(x) - 1, min(len(x), STYLE_SAMPLE)).astype(int))
        grey = np.asarray(x[index], dtype=np.float32).mean(axis=3)  # (k, n_H, n_W)
        background = float(np.median(np.median(grey.reshape(len(grey), -1), axis=1)))
        fractions = [_content_fraction(image, background) for image in grey]
        return cls(background < 0.5, float(np.median(fractions)))


def _content_fraction(grey: np.ndarray, background: float) -> float:
    box = _content_box(grey, background)
    if box is None:
        return 1.0
    top, bottom, left, right = box
    return max((bottom - top) / grey.shape[0], (right - left) / grey.shape[1])


def _content_box(grey: np.ndarray, background: float) -> tuple[int, int, int, int] | None:
    """Half-open (top, bottom, left, right) of the pixels unlike the background."""
    content = np.abs(grey - background) > CONTENT_THRESHOLD
    rows, cols = np.flatnonzero(content.any(axis=1)), np.flatnonzero(content.any(axis=0))
    if not len(rows):
        return None
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def to_8bit(image: Image.Image) -> Image.Image:
    """16-bit or 32-bit grey as 8-bit ``L`` (Pillow's own conversion clips at 255)."""
    values = np.asarray(image, dtype=np.float64)
    wide = image.mode.startswith("I;16") or values.max() > 255
    return Image.fromarray(
        np.clip(np.round(values / (257 if wide else 1)), 0, 255).astype(np.uint8)
    )


def convert(image: Image.Image, channels: int | None) -> Image.Image:
    """Grey ``L`` (1 channel) or ``RGB`` (3); None (or another count) keeps grey images grey.

    Transparent pixels are laid on white, as a viewer shows them.
    """
    grey = image.mode in GREY_MODES
    mode = {1: "L", 3: "RGB"}.get(channels or 0, "L" if grey else "RGB")
    if image.mode in ("P", "PA"):  # via RGBA: palette transparency without a warning
        image = image.convert("RGBA")
    elif image.mode == "I" or image.mode.startswith("I;16"):
        image = to_8bit(image)
    if image.mode in ("RGBA", "LA"):
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, image.convert("RGBA"))
    return image.convert(mode)


def prepare_image(
    image: Image.Image, input_shape: tuple[int, int, int], *, like: ImageStyle | None = None
) -> np.ndarray:
    """Turn a picture into one network input.

    Parameters
    ----------
    image : PIL.Image.Image
        Any mode Pillow reads.
    input_shape : (n_H, n_W, n_c)
        The network input; n_c is 1 (grey) or 3 (RGB).
    like : ImageStyle, optional
        The training data's style. Without it the picture is only converted
        and resized to n_H × n_W (how a folder's training images are read).
        With it, the picture is inverted when its polarity differs, cropped
        to its content, padded to keep its aspect ratio and centred with the
        training images' margin before the resize.

    Returns
    -------
    ndarray, (n_H, n_W, n_c) float32 in 0..1
        Exactly what the network sees.
    """
    n_h, n_w, n_c = (int(n) for n in input_shape)
    picture = convert(image, n_c)
    if like is not None:
        picture = _like(picture, like, n_h / n_w)
    if picture.size != (n_w, n_h):
        picture = picture.resize((n_w, n_h), RESAMPLE)
    array = np.asarray(picture, dtype=np.float32) / np.float32(255.0)
    return array.reshape(n_h, n_w, -1)


def _like(picture: Image.Image, like: ImageStyle, aspect: float) -> Image.Image:
    """Polarity, crop to content, margin and aspect of the training images."""
    array = np.asarray(picture, dtype=np.float32) / np.float32(255.0)
    array = array.reshape(picture.size[1], picture.size[0], -1)
    grey = array.mean(axis=2)
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    background = float(np.median(border))
    if (background > 0.5) == like.light_on_dark:  # light background, dark-background data
        array, grey, background = 1.0 - array, 1.0 - grey, 1.0 - background
    box = _content_box(grey, background)
    if box is not None:
        top, bottom, left, right = box
        array = array[top:bottom, left:right]
    height, width = array.shape[:2]
    # The content's longer side takes content_fraction of the frame, whose
    # height over width is the network input's.
    frame_h = max(height, round(max(height, width * aspect) / like.content_fraction))
    frame_w = max(width, round(frame_h / aspect))
    fill = np.float32(0.0 if like.light_on_dark else 1.0)
    frame = np.full((frame_h, frame_w, array.shape[2]), fill, dtype=np.float32)
    y0, x0 = (frame_h - height) // 2, (frame_w - width) // 2
    frame[y0 : y0 + height, x0 : x0 + width] = array
    data = np.clip(np.round(frame * 255), 0, 255).astype(np.uint8)
    return Image.fromarray(data[:, :, 0] if data.shape[2] == 1 else data)
