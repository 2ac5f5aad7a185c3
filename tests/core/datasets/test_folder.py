"""Folders of images, one sub-folder per class, optionally split into train/ and test/."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, UnidentifiedImageError

from cnnbuilder.core.datasets import folder, load_dataset
from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import language
from tests.messages import assert_korean


def _colour(rng: np.random.Generator, size=(6, 5)) -> np.ndarray:
    return rng.integers(0, 256, (*size, 3), dtype=np.uint8)


def _grey(rng: np.random.Generator, size=(6, 5)) -> np.ndarray:
    return rng.integers(0, 256, size, dtype=np.uint8)


def test_flat_colour_folder_keeps_pixels_and_sorts_classes(tmp_path, rng, write_image):
    root = tmp_path / "pets"
    pixels = {}
    for name in ("dog", "cat"):
        for i in range(3):
            pixels[(name, i)] = write_image(root / name / f"{i}.png", _colour(rng))
    data = load_dataset(root)
    assert data.name == "pets"
    assert data.class_names == ("cat", "dog")
    assert data.x.shape == (6, 6, 5, 3)
    assert data.x.dtype == np.float32
    assert data.y.tolist() == [0, 0, 0, 1, 1, 1]
    assert data.x_test is None
    with Image.open(pixels[("dog", 0)]) as image:
        first_dog = np.asarray(image)
    np.testing.assert_allclose(data.x[3] * 255, first_dog, atol=1e-3)
    assert data.notes == ()


def test_all_grey_folder_gives_one_channel(tmp_path, rng, write_image):
    for name in ("a", "b"):
        write_image(tmp_path / "g" / name / "x.png", _grey(rng))
        write_image(tmp_path / "g" / name / "y.bmp", _grey(rng))
    data = load_dataset(tmp_path / "g")
    assert data.x.shape == (4, 6, 5, 1)
    assert 0.0 <= data.x.min() <= data.x.max() <= 1.0


def test_mixed_grey_and_colour_give_three_channels(tmp_path, rng, write_image):
    grey = _grey(rng)
    write_image(tmp_path / "m" / "a" / "1.png", grey)
    write_image(tmp_path / "m" / "b" / "2.jpg", _colour(rng))
    data = load_dataset(tmp_path / "m")
    assert data.x.shape == (2, 6, 5, 3)
    np.testing.assert_allclose(data.x[0] * 255, np.repeat(grey[..., None], 3, axis=2), atol=1e-3)


def test_input_shape_resizes_and_converts(tmp_path, rng, write_image):
    write_image(tmp_path / "r" / "a" / "big.png", _colour(rng, (40, 30)))
    write_image(tmp_path / "r" / "b" / "small.jpeg", _colour(rng, (7, 9)))
    write_image(tmp_path / "r" / "b" / "exact.png", _colour(rng, (16, 12)))
    data = load_dataset(tmp_path / "r", input_shape=(16, 12, 1))
    assert data.x.shape == (3, 16, 12, 1)
    assert data.input_shape == (16, 12, 1)
    assert "2 images were resized to 16×12" in data.notes


def test_default_size_is_the_first_images(tmp_path, rng, write_image):
    write_image(tmp_path / "s" / "a" / "1.png", _colour(rng, (10, 8)))
    write_image(tmp_path / "s" / "b" / "1.png", _colour(rng, (20, 4)))
    assert load_dataset(tmp_path / "s").input_shape == (10, 8, 3)


def test_unusual_channel_count_keeps_default_for_check_fits(tmp_path, rng, write_image):
    write_image(tmp_path / "c" / "a" / "1.png", _grey(rng))
    write_image(tmp_path / "c" / "b" / "1.png", _grey(rng))
    assert load_dataset(tmp_path / "c", input_shape=(4, 4, 2)).input_shape == (4, 4, 1)


def test_train_and_test_split(tmp_path, rng, write_image):
    root = tmp_path / "split"
    for name in ("ant", "bee", "cow"):
        for i in range(2):
            write_image(root / "train" / name / f"{i}.png", _colour(rng))
    write_image(root / "test" / "bee" / "t.png", _colour(rng))
    write_image(root / "test" / "cow" / "t.png", _colour(rng))
    data = load_dataset(root)
    assert data.class_names == ("ant", "bee", "cow")
    assert len(data.y) == 6
    assert data.x_test is not None
    assert data.x_test.shape == (2, 6, 5, 3)
    assert data.y_test.tolist() == [1, 2]


def test_test_class_unknown_to_train_is_an_error(tmp_path, rng, write_image):
    root = tmp_path / "split"
    for name in ("ant", "bee"):
        write_image(root / "train" / name / "0.png", _colour(rng))
    write_image(root / "test" / "wasp" / "0.png", _colour(rng))
    with pytest.raises(DataError, match=r"split: test/ has classes .*: wasp"):
        load_dataset(root)


def test_corrupt_image_is_skipped_and_reported(tmp_path, rng, write_image):
    root = tmp_path / "bad"
    for name in ("a", "b"):
        write_image(root / name / "good.png", _colour(rng))
    (root / "a" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    (root / "b" / "empty.jpg").write_bytes(b"")
    good = write_image(root / "b" / "half.png", _colour(rng, (60, 60)))
    good.write_bytes(good.read_bytes()[:200])  # truncated mid-data
    (root / "b" / "notes.txt").write_text("ignored: not an image suffix")
    data = load_dataset(root)
    assert len(data.y) == 2
    assert len(data.notes) == 1
    note = data.notes[0]
    assert note.startswith("3 files skipped: a/broken.png: ")
    assert "b/empty.jpg: " in note
    assert "b/half.png: " in note


def test_hidden_and_empty_sub_folders(tmp_path, rng, write_image):
    root = tmp_path / "h"
    for name in ("a", "b"):
        write_image(root / name / "1.png", _colour(rng))
    write_image(root / ".thumbs" / "1.png", _colour(rng))
    (root / "c").mkdir()
    data = load_dataset(root)
    assert data.class_names == ("a", "b")
    assert any("ignored: c" in note for note in data.notes)


def test_single_class_is_an_error(tmp_path, rng, write_image):
    write_image(tmp_path / "one" / "a" / "1.png", _colour(rng))
    with pytest.raises(DataError, match=r"one: only one class sub-folder"):
        load_dataset(tmp_path / "one")


def test_folder_without_readable_images_is_an_error(tmp_path):
    (tmp_path / "none" / "a").mkdir(parents=True)
    (tmp_path / "none" / "a" / "x.png").write_bytes(b"junk")
    (tmp_path / "none" / "b").mkdir()
    with pytest.raises(DataError, match=r"none: no readable images"):
        load_dataset(tmp_path / "none")


def test_images_without_class_folders_is_an_error(tmp_path, rng, write_image):
    write_image(tmp_path / "flat" / "1.png", _colour(rng))
    with pytest.raises(DataError, match=r"flat: no readable images .*one sub-folder"):
        load_dataset(Path(tmp_path / "flat"))


def test_palette_image_with_transparency_loads_without_warning(tmp_path, rng, write_image):
    image = Image.fromarray(_colour(rng)).convert("P")
    image.info["transparency"] = 0
    image.save(tmp_path / "p.png")
    write_image(tmp_path / "pal" / "b" / "1.png", _colour(rng))
    (tmp_path / "pal" / "a").mkdir()
    (tmp_path / "p.png").rename(tmp_path / "pal" / "a" / "1.png")
    assert load_dataset(tmp_path / "pal").x.shape == (2, 6, 5, 3)


def test_sixteen_bit_grey_is_scaled_not_clipped(tmp_path, rng, write_image):
    ramp = np.linspace(0, 65535, 30).astype(np.uint16).reshape(5, 6)
    write_image(tmp_path / "deep" / "a" / "1.png", ramp)
    write_image(tmp_path / "deep" / "b" / "1.png", _grey(rng, (5, 6)))
    data = load_dataset(tmp_path / "deep")
    np.testing.assert_allclose(data.x[0, ..., 0], ramp / 65535, atol=1 / 255)


def test_a_folder_too_large_for_memory_is_refused_while_reading(tmp_path, monkeypatch):
    import cnnbuilder.core.datasets.folder as folder_module

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        for i in range(3):
            Image.new("RGB", (16, 16), (i * 40, 0, 0)).save(tmp_path / name / f"{i}.png")
    # 6 images of 16×16×3 floats take 18 KiB: a 10 KiB budget is passed halfway
    monkeypatch.setattr(folder_module, "MEMORY_LIMIT_BYTES", 10 * 1024)
    with pytest.raises(DataError, match=r"16×16 pixels each, would need more than"):
        load_dataset(tmp_path)


def test_a_skipped_file_says_why_in_one_line():
    assert folder._reason(UnidentifiedImageError("cannot identify image file")) == (
        "not a recognised image"
    )
    with language("ko"):
        assert_korean(folder._reason(UnidentifiedImageError("x")))
    assert folder._reason(OSError("image file is truncated\n(3 bytes not processed)")) == (
        "image file is truncated"
    )
    assert folder._reason(ValueError()) == "ValueError"  # no words: its kind
