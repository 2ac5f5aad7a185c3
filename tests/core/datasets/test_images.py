"""One image preparation: folder data and pictures tried on a network."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cnnbuilder.core.datasets import images, load_dataset
from cnnbuilder.core.datasets.images import (
    RESAMPLE,
    ImageStyle,
    convert,
    prepare_image,
    to_8bit,
)

DIGITS_STYLE = ImageStyle(light_on_dark=True, content_fraction=1.0)


def _typed(text: str, size: tuple[int, int] = (300, 100)) -> Image.Image:
    """Black text on a white canvas, off-centre, as a user would type it."""
    image = Image.new("L", size, 255)
    ImageDraw.Draw(image).text((120, 10), text, fill=0, font=ImageFont.load_default(size=60))
    return image


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits")


def _nearest_class(x: np.ndarray, digits) -> int:
    means = np.stack([digits.x[digits.y == k].mean(axis=0) for k in range(10)])
    return int(np.argmin(((means - x) ** 2).sum(axis=(1, 2, 3))))


def test_the_digits_are_light_on_dark_and_fill_their_frame(digits):
    style = ImageStyle.of(digits.x)
    assert style.light_on_dark
    assert style.content_fraction == pytest.approx(1.0)
    assert not ImageStyle.of(1.0 - digits.x).light_on_dark


def test_a_typed_three_on_a_wide_canvas_looks_like_the_training_threes(digits):
    x = prepare_image(_typed("3"), (8, 8, 1), like=ImageStyle.of(digits.x))
    assert x.shape == (8, 8, 1)
    assert x.dtype == np.float32
    assert _nearest_class(x, digits) == 3
    # Squashed and inverted but not cropped, it does not: the preparation matters.
    squashed = 1.0 - prepare_image(_typed("3"), (8, 8, 1))
    assert _nearest_class(squashed, digits) != 3


def test_polarity_follows_the_training_data():
    dark_on_light = _typed("7")
    light_on_dark = Image.eval(dark_on_light, lambda v: 255 - v)
    for picture in (dark_on_light, light_on_dark):
        x = prepare_image(picture, (8, 8, 1), like=DIGITS_STYLE)
        assert x[0, 0, 0] < 0.1  # the background is dark, as in the digits
        assert x.max() > 0.5
    x = prepare_image(light_on_dark, (8, 8, 1), like=ImageStyle(light_on_dark=False))
    assert x[0, 0, 0] > 0.9


def test_the_aspect_ratio_is_kept_with_padding_not_squashing():
    bar = Image.new("L", (200, 200), 255)
    ImageDraw.Draw(bar).rectangle((20, 90, 179, 109), fill=0)  # 160 wide, 20 tall
    x = prepare_image(bar, (16, 16, 1), like=DIGITS_STYLE)[:, :, 0]
    rows = np.flatnonzero(x.max(axis=1) > 0.5)
    cols = np.flatnonzero(x.max(axis=0) > 0.5)
    assert len(cols) == 16  # the bar spans the width after the crop
    assert len(rows) <= 3  # and stays a thin bar, centred
    assert 6 <= rows.mean() <= 9


def test_a_margin_like_the_training_images():
    square = Image.new("L", (50, 50), 0)
    ImageDraw.Draw(square).rectangle((5, 20, 24, 39), fill=255)  # 20 × 20, off-centre
    x = prepare_image(square, (20, 20, 1), like=ImageStyle(True, content_fraction=0.5))
    content = np.flatnonzero(x[:, :, 0].max(axis=1) > 0.5)
    assert 9 <= len(content) <= 11  # half the side, as in the training images
    assert 4 <= content[0] <= 6  # centred


def test_channels_are_converted_and_transparency_is_white():
    rgba = Image.new("RGBA", (4, 4), (0, 0, 0, 0))
    grey = prepare_image(rgba, (4, 4, 1))
    assert grey.shape == (4, 4, 1)
    assert np.allclose(grey, 1.0)
    colour = prepare_image(Image.new("L", (4, 4), 128), (2, 2, 3))
    assert colour.shape == (2, 2, 3)
    assert np.allclose(colour, 128 / 255)


def test_folder_images_are_prepared_by_the_same_function(tmp_path):
    rng = np.random.default_rng(3)
    pictures = {}
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        array = rng.integers(0, 256, (30, 20, 3), dtype=np.uint8)
        path = tmp_path / name / "one.png"
        Image.fromarray(array).save(path)
        pictures[name] = path
    data = load_dataset(tmp_path, (12, 10, 1))
    with Image.open(pictures["a"]) as image:
        expected = prepare_image(image, (12, 10, 1))
    np.testing.assert_array_equal(data.x[0], expected)
    assert RESAMPLE == Image.Resampling.BILINEAR


def test_a_picture_like_the_training_data_exactly():
    """Inverted, cropped to its 2 × 4 content, framed at half the side, centred: by hand."""
    picture = np.full((10, 10), 255, np.uint8)
    picture[4:6, 3:7] = 55
    picture[5, 6] = 0
    x = prepare_image(Image.fromarray(picture), (8, 8, 1), like=ImageStyle(True, 0.5))
    expected = np.zeros((8, 8), np.float32)
    expected[3:5, 2:6] = 200
    expected[4, 5] = 255
    np.testing.assert_array_equal(np.round(x[:, :, 0] * 255), expected)


def test_a_colour_picture_framed_for_a_tall_input_exactly():
    """Aspect 2 (6 high, 3 wide): the 2 × 3 content sits in a 6 × 3 white frame, no resize."""
    picture = np.zeros((12, 12, 3), np.uint8)
    picture[5:7, 4:7] = (255, 200, 100)
    x = prepare_image(Image.fromarray(picture), (6, 3, 3), like=ImageStyle(False, 1.0))
    expected = np.full((6, 3, 3), 255, np.float32)
    expected[2:4, :] = (0, 55, 155)
    np.testing.assert_array_equal(np.round(x * 255), expected)


@pytest.mark.parametrize(
    ("mode", "values", "expected"),
    [
        ("I;16", [0, 200, 257 * 100, 65535], [0, 1, 100, 255]),  # 16-bit: always / 257
        ("I;16", [0, 200, 255], [0, 1, 1]),  # even when every value is small
        ("I", [-5, 0, 100, 255], [0, 0, 100, 255]),  # 8-bit values in a 32-bit image: kept
        ("I", [-5, 100, 256], [0, 0, 1]),  # past 255: scaled as 16-bit, negatives to 0
        ("I", [0, 257 * 200, 100_000], [0, 200, 255]),  # past 16 bits: clipped
    ],
)
def test_wide_grey_images_become_8_bit(mode, values, expected):
    image = (
        Image.fromarray(np.array([values], np.int32)).convert(mode)
        if mode != "I;16"
        else (Image.fromarray(np.array([values], np.uint16)))
    )
    assert image.mode == mode
    out = to_8bit(image)
    assert out.mode == "L"
    assert np.asarray(out).ravel().tolist() == expected


def _style_images() -> np.ndarray:
    """Three 10 × 20 light-on-dark images whose content spans 0.6, 0.8 and all (blank)."""
    x = np.zeros((3, 10, 20, 1), np.float32)
    x[0, 2:8, 5:9] = 1.0  # 6 of 10 rows, 4 of 20 columns: 0.6
    x[1, 4:6, 2:18] = 1.0  # 2 rows, 16 of 20 columns: 0.8
    x[1, 0, 19] = 0.25  # exactly the threshold away from the background: not content
    return x  # x[2] is blank: its content is taken as the whole image


def test_the_style_of_training_images_by_hand():
    x = _style_images()
    assert ImageStyle.of(x) == ImageStyle(True, 0.8)  # the median of 0.6, 0.8, 1.0
    assert ImageStyle.of(x[[0, 2]]) == ImageStyle(True, 0.8)  # (0.6 + 1.0) / 2
    assert ImageStyle.of(x[:0]) == ImageStyle()


def test_the_style_of_a_single_dark_on_light_image():
    x = np.ones((1, 10, 20, 1), np.float32)
    x[0, 3:8, 5:15] = 0.0  # 5 of 10 rows, 10 of 20 columns
    assert ImageStyle.of(x) == ImageStyle(False, 0.5)


def test_the_background_is_the_median_of_each_image_median():
    x = np.ones((3, 10, 10, 1), np.float32)
    x[:2, :6] = 0.4  # two images whose own median is 0.4; most pixels overall are 1
    assert ImageStyle.of(x).light_on_dark
    assert not ImageStyle.of(np.full((2, 4, 4, 1), 0.5, np.float32)).light_on_dark


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("L", "L"), ("1", "L"), ("LA", "L"), ("I", "L"), ("I;16", "L"), ("RGB", "RGB"), ("P", "RGB")],
)
def test_without_a_channel_count_grey_stays_grey_and_colour_colour(mode, expected):
    assert convert(Image.new(mode, (2, 2)), None).mode == expected
    assert convert(Image.new(mode, (2, 2)), 1).mode == "L"
    assert convert(Image.new(mode, (2, 2)), 3).mode == "RGB"


def test_wide_grey_is_scaled_before_the_conversion():
    wide = Image.fromarray(np.array([[300, 65535]], np.int32))
    assert np.asarray(convert(wide, None)).tolist() == [[1, 255]]
    assert np.asarray(convert(wide.convert("I;16"), 3))[0, 1].tolist() == [255, 255, 255]


@pytest.mark.parametrize("mode", ["P", "PA"])
def test_palette_transparency_is_laid_on_white(mode):
    image = Image.new("P", (2, 1))
    image.putpalette([10, 20, 30, 200, 100, 50] + [0] * 762)
    image.putpixel((1, 0), 1)
    if mode == "PA":
        image = image.convert("PA")
        image.putalpha(Image.fromarray(np.array([[0, 255]], np.uint8)))
    else:
        image.info["transparency"] = 0
    assert np.asarray(convert(image, 3)).tolist() == [[[255, 255, 255], [200, 100, 50]]]


def test_grey_with_alpha_is_laid_on_white_exactly():
    image = Image.fromarray(np.array([[[40, 0], [40, 255]]], np.uint8), "LA")
    assert np.asarray(convert(image, None)).tolist() == [[255, 40]]
    rgba = Image.fromarray(np.array([[[9, 8, 7, 0]]], np.uint8), "RGBA")
    assert np.asarray(convert(rgba, 3)).tolist() == [[[255, 255, 255]]]


def test_resizing_uses_the_one_filter():
    picture = Image.fromarray(np.arange(64, dtype=np.uint8).reshape(8, 8) * 4)
    expected = np.asarray(picture.resize((3, 5), RESAMPLE), np.float32) / 255
    np.testing.assert_array_equal(prepare_image(picture, (5, 3, 1))[:, :, 0], expected)


def _strip() -> np.ndarray:
    """A 3 × 20 strip, light along its top row and at the two ends of its middle row.

    Its border (top row, bottom row, first and last column) holds 24 light
    values and 22 dark ones: its background is light. The row below the top
    one, read as the border instead, would make it dark.
    """
    strip = np.zeros((3, 20), np.uint8)
    strip[0] = 255
    strip[1, [0, -1]] = 255
    return strip


@pytest.mark.parametrize(
    "turn",
    [
        lambda a: a,  # light along the top
        lambda a: a[::-1],  # the bottom
        lambda a: a.T,  # the left
        lambda a: a.T[:, ::-1],  # the right
    ],
    ids=["top", "bottom", "left", "right"],
)
def test_the_background_is_read_from_all_four_edges_of_a_picture(turn):
    picture = np.ascontiguousarray(turn(_strip()))
    out = prepare_image(Image.fromarray(picture), (*picture.shape, 1), like=DIGITS_STYLE)
    # A light background, so inverted for light-on-dark data: the 38 dark pixels become light.
    assert out.sum() == 38


def test_a_border_half_light_half_dark_counts_as_a_dark_background():
    picture = np.array([[255, 255, 255], [255, 255, 0], [0, 0, 0]], np.uint8)  # border median 0.5
    out = prepare_image(Image.fromarray(picture), (3, 3, 1), like=DIGITS_STYLE)
    np.testing.assert_array_equal(out[..., 0], picture / 255)  # not inverted


def test_the_style_looks_at_style_sample_evenly_spaced_images(monkeypatch):
    monkeypatch.setattr(images, "STYLE_SAMPLE", 3)
    x = np.ones((10, 4, 4, 1), np.float32)  # light backgrounds…
    x[[0, 4, 9]] = 0.0  # …except the three evenly spaced ones looked at
    assert ImageStyle.of(x).light_on_dark
    monkeypatch.setattr(images, "STYLE_SAMPLE", 10)
    assert not ImageStyle.of(x).light_on_dark  # all ten: mostly light
