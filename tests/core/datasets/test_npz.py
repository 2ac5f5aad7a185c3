"""Data files (.npz): good files load; every defect is a DataError naming file and key."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pytest

from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import language
from tests.messages import assert_korean, refusal


def _good(rng: np.random.Generator, m: int = 12) -> dict[str, np.ndarray]:
    return {
        "x": rng.integers(0, 256, (m, 5, 4, 3), dtype=np.uint8),
        "y": np.arange(m) % 3,
        "x_test": rng.integers(0, 256, (4, 5, 4, 3), dtype=np.uint8),
        "y_test": np.array([0, 1, 2, 1]),
        "class_names": np.array(["cat", "dog", "emu"]),
    }


def _write(tmp_path: Path, name: str = "mine.npz", **arrays: np.ndarray) -> Path:
    path = tmp_path / name
    np.savez(path, **arrays)
    return path


def test_uint8_file_loads_scaled(tmp_path, rng):
    arrays = _good(rng)
    data = load_dataset(_write(tmp_path, **arrays))
    assert data.name == "mine.npz"
    assert data.x.dtype == np.float32
    assert data.x.shape == (12, 5, 4, 3)
    np.testing.assert_allclose(data.x * 255, arrays["x"], atol=1e-4)
    assert data.y.dtype == np.int64
    np.testing.assert_array_equal(data.y, arrays["y"])
    assert data.x_test is not None
    assert data.x_test.shape == (4, 5, 4, 3)
    np.testing.assert_array_equal(data.y_test, arrays["y_test"])
    assert data.class_names == ("cat", "dog", "emu")


def test_float_grey_file_is_used_as_given(tmp_path, rng):
    x = rng.normal(size=(6, 3, 3)).astype(np.float64)
    data = load_dataset(_write(tmp_path, x=x, y=np.array([0, 1, 2, 0, 1, 2])))
    assert data.x.shape == (6, 3, 3, 1)
    assert data.x.dtype == np.float32
    np.testing.assert_allclose(data.x[..., 0], x, rtol=1e-6)
    assert data.x_test is None
    assert data.y_test is None
    assert data.class_names == ("0", "1", "2")


def test_whole_float_labels_are_accepted(tmp_path, rng):
    data = load_dataset(_write(tmp_path, x=_good(rng)["x"], y=(np.arange(12) % 2).astype(float)))
    assert data.y.dtype == np.int64
    assert data.num_classes == 2


def test_class_count_covers_test_labels(tmp_path, rng):
    arrays = _good(rng)
    del arrays["class_names"]
    arrays["y_test"] = np.array([0, 1, 4, 1])
    assert load_dataset(_write(tmp_path, **arrays)).num_classes == 5


def _broken(arrays: dict[str, np.ndarray], key: str, value: np.ndarray | None) -> dict:
    arrays = dict(arrays)
    if value is None:
        del arrays[key]
    else:
        arrays[key] = value
    return arrays


CASES = [
    ("x", None, "missing"),
    ("y", None, "missing"),
    ("y_test", None, "'y_test' is missing"),
    ("x", np.zeros((12, 5), np.uint8), "dimensions"),
    ("x", np.zeros((12, 2, 2, 2, 2), np.uint8), "dimensions"),
    ("x", np.zeros((0, 5, 4, 3), np.uint8), "empty"),
    ("x", np.full((12, 5, 4, 3), np.nan, np.float32), "NaN"),
    ("x", np.full((12, 5, 4, 3), np.inf), "NaN or infinite"),
    ("x", np.zeros((12, 5, 4, 3), np.int32), "int32"),
    ("x", np.zeros((11, 5, 4, 3), np.uint8), "12 labels"),
    ("y", np.arange(12) % 3 - 1, "0..K-1"),
    ("y", np.full(12, 0.5), "whole numbers"),
    ("y", np.zeros((12, 1), np.int64), "one-dimensional"),
    ("y", np.array(["a"] * 12), "integers"),
    ("y", np.arange(12) % 4, "label 3 is out of range for 3 class names"),
    ("y_test", np.array([0, 1, 2, 3]), "label 3 is out of range"),
    ("x_test", np.zeros((4, 5, 5, 3), np.uint8), "5×5×3"),
    ("x_test", np.zeros((3, 5, 4, 3), np.uint8), "4 labels"),
    ("class_names", np.array([1, 2, 3]), "strings"),
    ("class_names", np.array(["one"]), "at least 2"),
]


@pytest.mark.parametrize(("key", "value", "problem"), CASES)
def test_defects_name_file_key_and_problem(tmp_path, rng, key, value, problem):
    path = _write(tmp_path, **_broken(_good(rng), key, value))
    with pytest.raises(DataError) as caught:
        load_dataset(path)
    message = str(caught.value)
    assert message.startswith("mine.npz: ")
    assert f"'{key}'" in message
    assert problem in message


def test_object_array_is_refused_by_key(tmp_path, rng):
    arrays = _good(rng)
    arrays["class_names"] = np.array(["a", 2, None], dtype=object)
    path = tmp_path / "mine.npz"
    np.savez(path, **arrays)  # saving pickles the object array; loading must not
    with pytest.raises(DataError, match=r"mine.npz: key 'class_names': object arrays"):
        load_dataset(path)


def test_single_class_without_names_is_refused(tmp_path, rng):
    path = _write(tmp_path, x=_good(rng)["x"], y=np.zeros(12, np.int64))
    with pytest.raises(DataError, match=r"mine.npz: key 'y': .*2 classes"):
        load_dataset(path)


def test_single_npy_array_is_refused(tmp_path):
    path = tmp_path / "one.npz"
    with path.open("wb") as stream:
        np.save(stream, np.zeros(3))
    with pytest.raises(DataError, match=r"one.npz: a single .npy array"):
        load_dataset(path)


def test_corrupt_member_names_its_key(tmp_path, rng):
    path = _write(tmp_path, **_good(rng))
    data = bytearray(path.read_bytes())
    # np.savez stores members uncompressed: damage the bytes of the first array's data.
    start = data.index(b"NUMPY") + 200
    data[start : start + 50] = b"\xff" * 50
    path.write_bytes(bytes(data))
    with pytest.raises(DataError, match=r"mine.npz: key 'x': cannot be read"):
        load_dataset(path)


def test_missing_key_lists_the_keys_found(tmp_path):
    path = _write(tmp_path, images=np.zeros((2, 2, 2)), labels=np.zeros(2))
    with pytest.raises(DataError, match=r"key 'x' is missing \(the file has images, labels\)"):
        load_dataset(path)


def test_truncated_zip(tmp_path, rng):
    path = _write(tmp_path, **_good(rng))
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(DataError, match=r"mine.npz: not a readable .npz"):
        load_dataset(path)


def test_a_text_file_named_npz_is_not_called_a_pickle(tmp_path):
    path = tmp_path / "notes.npz"
    path.write_text("hello, these are my notes")
    with pytest.raises(DataError, match=r"notes\.npz: not a NumPy \.npz archive") as info:
        load_dataset(path)
    assert "pickle" not in str(info.value)


def test_class_names_may_be_bytes_and_two_are_enough(tmp_path, rng):
    arrays = _good(rng)
    arrays["y"] = np.arange(12) % 2
    arrays["y_test"] = np.array([0, 1, 1, 0])
    arrays["class_names"] = np.array([b"cat", b"dog"])
    assert load_dataset(_write(tmp_path, **arrays)).class_names == ("cat", "dog")


@pytest.mark.parametrize(
    ("names", "english", "korean"),
    [
        (
            np.array([[1, 2], [3, 4]]),
            "mine.npz: key 'class_names': must be a 1-D array of strings, got int64 (2, 2)",
            "mine.npz: 키 'class_names': 문자열의 1차원 배열이어야 하는데, int64 (2, 2)입니다",
        ),
        (
            np.array(["one"]),
            "mine.npz: key 'class_names': needs at least 2 class names, got 1",
            "mine.npz: 키 'class_names': 클래스 이름이 2개 이상 필요한데, 1개입니다",
        ),
    ],
)
def test_bad_class_names_are_named_in_both_languages(tmp_path, rng, names, english, korean):
    arrays = _good(rng)
    arrays["class_names"] = names
    path = _write(tmp_path, **arrays)
    # Word for word: the place ("키 'class_names'") is Korean even when the reason is not.
    assert refusal(lambda: load_dataset(path)) == (english, korean)


@pytest.mark.parametrize(("key", "value", "problem"), CASES)
def test_defects_are_said_in_korean_too(tmp_path, rng, key, value, problem):
    path = _write(tmp_path, **_broken(_good(rng), key, value))
    with language("ko"), pytest.raises(DataError) as caught:
        load_dataset(path)
    message = str(caught.value)
    assert_korean(message, "mine.npz", f"'{key}'")
    assert "key" not in message  # the place is said in Korean as well


@pytest.mark.parametrize(
    ("arrays", "english", "korean"),
    [
        (
            {},
            "mine.npz: key 'x' is missing (the file is empty)",
            "mine.npz: 키 'x'이(가) 없습니다 (파일이 비어 있습니다)",
        ),
        (
            {"pixels": np.zeros(2), "y": np.zeros(2)},
            "mine.npz: key 'x' is missing (the file has pixels, y)",
            "mine.npz: 키 'x'이(가) 없습니다 (파일에 있는 키: pixels, y)",
        ),
        (
            {"x": np.zeros((2, 2, 2))},
            "mine.npz: key 'y' is missing (the file has x)",
            "mine.npz: 키 'y'이(가) 없습니다 (파일에 있는 키: x)",
        ),
    ],
)
def test_a_missing_key_says_what_the_file_has(tmp_path, arrays, english, korean):
    path = tmp_path / "mine.npz"
    np.savez(path, **arrays)
    assert refusal(lambda: load_dataset(path)) == (english, korean)


def test_test_keys_come_in_pairs_and_the_message_says_which_needs_which(tmp_path, rng):
    arrays = _good(rng)
    del arrays["x_test"]
    en, ko = refusal(lambda: load_dataset(_write(tmp_path, **arrays)))
    assert en == "mine.npz: key 'x_test' is missing ('y_test' needs it)"
    assert_korean(ko, "'x_test'", "'y_test'")
    arrays = _good(rng)
    del arrays["y_test"]
    en, _ = refusal(lambda: load_dataset(_write(tmp_path, **arrays)))
    assert en == "mine.npz: key 'y_test' is missing ('x_test' needs it)"


@pytest.mark.parametrize(
    ("key", "value", "english"),
    [
        (
            "x_test",
            np.zeros((4, 5, 5, 3), np.uint8),
            "mine.npz: key 'x_test': images are 5×5×3 but those of 'x' are 5×4×3",
        ),
        (
            "x",
            np.zeros((11, 5, 4, 3), np.uint8),
            "mine.npz: keys 'x' and 'y': 11 images but 12 labels",
        ),
        (
            "y",
            np.zeros(12, np.int64),
            "mine.npz: key 'y': label 0 is out of range for 3 class names",
        ),
    ],
)
def test_whole_messages_of_some_defects(tmp_path, rng, key, value, english):
    arrays = _broken(_good(rng), key, value)
    if key == "y":  # every label 0 and no names: a single class
        del arrays["class_names"], arrays["x_test"], arrays["y_test"]
        english = "mine.npz: key 'y': every label is 0; a classifier needs 2 classes or more"
    en, ko = refusal(lambda: load_dataset(_write(tmp_path, **arrays)))
    assert en == english
    assert_korean(ko, "mine.npz")


def test_keys_other_than_the_data_set_ones_are_not_decoded(tmp_path, rng):
    path = _write(tmp_path, **_good(rng))
    notes = io.BytesIO()
    np.lib.format.write_array(notes, np.arange(1000))
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("notes.npy", notes.getvalue()[:-100])  # a sound header, cut data
    assert load_dataset(path).class_names == ("cat", "dog", "emu")
