"""Folders of images, one sub-folder per class, optionally split into train/ and test/."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cnnbuilder.core.datasets import folder, load_dataset
from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import language
from tests.messages import assert_korean, refusal


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
    assert data.y.dtype == np.int64  # on every platform (NumPy 1 on Windows defaults to int32)
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
    assert note.startswith("3 files skipped: a/broken.png is not a picture that can be read (")
    assert "b/empty.jpg is not a picture" in note
    assert "b/half.png: the picture cannot be decoded (" in note


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


def test_a_file_that_is_no_picture_is_skipped_with_a_reason_in_words(tmp_path, rng):
    _two_classes(tmp_path / "w", rng)
    (tmp_path / "w" / "a" / "junk.png").write_bytes(b"not a picture at all")
    assert load_dataset(tmp_path / "w").notes == (
        "1 file skipped: a/junk.png is not a picture that can be read (not a recognised image)",
    )
    with language("ko"):
        (note,) = load_dataset(tmp_path / "w").notes
    assert_korean(note, "a/junk.png")
    assert "recognised" not in note
    assert "skipped" not in note  # the note's own words, not only the reason, in Korean


def _truncated(path: Path, rng: np.random.Generator) -> Path:
    """A PNG cut short inside its pixel data: it opens, then fails to decode."""
    _write_png(path, _colour(rng, (60, 60)))
    path.write_bytes(path.read_bytes()[:200])
    return path


def _write_png(path: Path, pixels: np.ndarray) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path)
    return path


def _two_classes(root: Path, rng: np.random.Generator) -> None:
    for name in ("a", "b"):
        _write_png(root / name / "good.png", _colour(rng))


def test_one_skipped_file_is_named_with_its_reason(tmp_path, rng):
    _two_classes(tmp_path / "one", rng)
    _truncated(tmp_path / "one" / "b" / "cut.png", rng)
    data = load_dataset(tmp_path / "one")
    assert data.notes == (
        "1 file skipped: b/cut.png: the picture cannot be decoded (image file is truncated)",
    )
    with language("ko"):
        (note,) = load_dataset(tmp_path / "one").notes
    assert_korean(note, "b/cut.png", "image file is truncated")  # Pillow's own words
    assert "skipped" not in note


def test_ten_skipped_files_are_all_named_and_more_are_counted(tmp_path, rng):
    root = tmp_path / "many"
    _two_classes(root, rng)
    for i in range(10):
        _truncated(root / "a" / f"cut{i}.png", rng)
    reasons = [
        f"a/cut{i}.png: the picture cannot be decoded (image file is truncated)" for i in range(10)
    ]
    assert load_dataset(root).notes == ("10 files skipped: " + "; ".join(reasons),)
    _truncated(root / "b" / "cut.png", rng)
    assert load_dataset(root).notes == ("11 files skipped: " + "; ".join(reasons) + "; and 1 more",)
    with language("ko"):
        (note,) = load_dataset(root).notes
    assert_korean(note, "11", "a/cut9.png", "image file is truncated")  # Pillow's own words
    assert "skipped" not in note
    assert note.endswith("; 그리고 1개 더")


def test_empty_sub_folders_are_listed_in_a_note(tmp_path, rng):
    root = tmp_path / "e"
    _two_classes(root, rng)
    (root / "d").mkdir()
    (root / "c").mkdir()
    assert load_dataset(root).notes == ("sub-folders without readable images were ignored: c, d",)
    with language("ko"):
        assert_korean(load_dataset(root).notes[0], ": c, d")


def test_resized_images_are_counted_in_one_or_many(tmp_path, rng):
    root = tmp_path / "r"
    _two_classes(root, rng)  # 6 × 5 each
    assert load_dataset(root, input_shape=(6, 5, 3)).notes == ()
    _write_png(root / "b" / "wide.png", _colour(rng, (6, 9)))
    assert load_dataset(root, input_shape=(6, 5, 3)).notes == ("1 image was resized to 6×5",)
    assert load_dataset(root, input_shape=(4, 5, 3)).notes == ("3 images were resized to 4×5",)
    with language("ko"):
        for shape in ((6, 5, 3), (4, 5, 3)):
            assert_korean(load_dataset(root, input_shape=shape).notes[0], "×5")


def test_no_readable_images_names_the_kinds_read(tmp_path):
    (tmp_path / "none" / "a").mkdir(parents=True)
    en, ko = refusal(lambda: load_dataset(tmp_path / "none"))
    assert en == (
        "none: no readable images (.bmp, .jpeg, .jpg, .png) in class sub-folders "
        "(one sub-folder of images per class)"
    )
    assert_korean(ko, "none", "(.bmp, .jpeg, .jpg, .png)")


def test_one_class_is_refused_by_name(tmp_path, rng):
    _write_png(tmp_path / "one" / "cats" / "1.png", _colour(rng))
    (tmp_path / "one" / "dogs").mkdir()
    en, ko = refusal(lambda: load_dataset(tmp_path / "one"))
    assert en == (
        "one: only one class sub-folder with images ('cats'); a classifier needs at least 2"
    )
    assert_korean(ko, "one", "'cats'")


def test_test_classes_unknown_to_train_are_all_named(tmp_path, rng):
    root = tmp_path / "split"
    _two_classes(root / "train", rng)
    for name in ("wasp", "moth", "a"):
        _write_png(root / "test" / name / "0.png", _colour(rng))
    (root / "test" / "empty").mkdir()  # no images: not a stranger
    en, ko = refusal(lambda: load_dataset(root))
    assert en == "split: test/ has classes that train/ has no images of: moth, wasp"
    assert_korean(ko, "split", ": moth, wasp")


def test_train_without_test_folder_has_no_test_split(tmp_path, rng):
    _two_classes(tmp_path / "t" / "train", rng)
    data = load_dataset(tmp_path / "t")
    assert data.class_names == ("a", "b")
    assert data.x_test is None
    assert data.notes == ()


def test_a_test_folder_without_images_is_noted(tmp_path, rng):
    _two_classes(tmp_path / "t" / "train", rng)
    (tmp_path / "t" / "test" / "a").mkdir(parents=True)
    data = load_dataset(tmp_path / "t")
    assert data.x_test is None
    assert data.notes == ("test/ has no readable images; there is no test split",)
    with language("ko"):
        assert_korean(load_dataset(tmp_path / "t").notes[0], "test/")


def test_grey_images_for_a_colour_input_get_three_channels(tmp_path, rng):
    grey = _grey(rng)
    _write_png(tmp_path / "g" / "a" / "1.png", grey)
    _write_png(tmp_path / "g" / "b" / "1.png", _grey(rng))
    data = load_dataset(tmp_path / "g", input_shape=(6, 5, 3))
    assert data.x.shape == (2, 6, 5, 3)
    np.testing.assert_allclose(data.x[0] * 255, np.repeat(grey[..., None], 3, axis=2), atol=1e-3)


def test_the_memory_limit_is_float32_bytes_of_every_image():
    reader = folder._Reader(Path("/data/photos"), None, None)
    reader.values = folder.MEMORY_LIMIT_BYTES // 4 - 60
    reader._count(np.zeros((4, 5, 3), np.uint8))  # 60 values: exactly the limit as float32
    grey = np.zeros((4, 5), np.uint8)
    en, ko = refusal(lambda: reader._count(grey))
    assert en == (
        "photos: the images, at 4×5 pixels each, would need more than 2 GiB as float32; use a "
        "smaller network input (they are resized to it) or fewer images"
    )
    assert_korean(ko, "photos", "4×5", "2 GiB")


def test_a_sub_folder_that_cannot_be_listed_is_named(tmp_path, rng, monkeypatch):
    _two_classes(tmp_path / "pets", rng)
    (tmp_path / "pets" / "secret").mkdir()
    listing = Path.iterdir

    def iterdir(path: Path):
        if path.name == "secret":  # as for a folder without read permission
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return listing(path)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    en, ko = refusal(lambda: load_dataset(tmp_path / "pets"))
    assert en == "secret: cannot be read (permission denied)"
    assert_korean(ko, "secret: ")
    assert "cannot be read" not in ko


def test_a_read_failure_without_a_file_name_names_the_folder(tmp_path, rng, monkeypatch):
    _two_classes(tmp_path / "pets", rng)

    def iterdir(path: Path):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(Path, "iterdir", iterdir)
    en, ko = refusal(lambda: load_dataset(tmp_path / "pets"))
    assert en == "pets: cannot be read (input/output error)"
    assert_korean(ko, "pets: ")
    assert "cannot be read" not in ko


def _jpeg(path: Path, rng: np.random.Generator, size=(64, 48)) -> Path:
    """A colour JPEG of smooth blocks, so that decoding choices show in its pixels."""
    blocks = rng.integers(0, 256, (size[0] // 8, size[1] // 8, 3), dtype=np.uint8)
    pixels = np.kron(blocks, np.ones((8, 8, 1), np.uint8))
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path, quality=90)
    return path


def _decoded_as(path: Path, mode: str, size: tuple[int, int]) -> np.ndarray:
    """What the JPEG decoder itself gives in ``mode``, scaled down towards ``size`` (w, h)."""
    with Image.open(path) as image:
        image.draft(mode, size)
        assert image.size == size
        return np.asarray(image)


def test_a_large_jpeg_is_decoded_at_a_smaller_scale(tmp_path, rng):
    path = _jpeg(tmp_path / "j" / "a" / "big.jpg", rng)
    _jpeg(tmp_path / "j" / "b" / "big.jpg", rng)
    data = load_dataset(tmp_path / "j", input_shape=(8, 6, 3))
    expected = _decoded_as(path, "RGB", (6, 8))  # 1/8 of 64 × 48 by the decoder's DCT
    np.testing.assert_allclose(data.x[0] * 255, expected, atol=1e-3)
    assert data.notes == ()  # decoded at the size asked: nothing resized


def test_a_colour_jpeg_is_decoded_as_grey_for_a_grey_input(tmp_path, rng):
    path = _jpeg(tmp_path / "j" / "a" / "big.jpg", rng)
    _jpeg(tmp_path / "j" / "b" / "big.jpg", rng)
    data = load_dataset(tmp_path / "j", input_shape=(64, 48, 1))
    expected = _decoded_as(path, "L", (48, 64))  # the JPEG's own luma
    np.testing.assert_allclose(data.x[0, ..., 0] * 255, expected, atol=1e-3)


def test_a_failure_that_is_no_data_error_still_skips_only_its_file(tmp_path, rng, monkeypatch):
    _two_classes(tmp_path / "w", rng)
    (tmp_path / "w" / "a" / "locked.png").write_bytes(b"")
    opened = folder.open_image

    def open_image(path, **kwargs):
        if path.name == "locked.png":  # as a reader other than open_image's own might fail
            raise PermissionError(errno.EACCES, "Permission denied")
        return opened(path, **kwargs)

    monkeypatch.setattr(folder, "open_image", open_image)
    assert load_dataset(tmp_path / "w").notes == (
        "1 file skipped: a/locked.png: permission denied",
    )
