"""CIFAR-10 binary batches decoded without pickle: planes become NHWC, labels kept."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import numpy as np
import pytest

from cnnbuilder.core.datasets import catalog, load_dataset
from cnnbuilder.core.datasets.cifar import decode_records, read_cifar_binary
from cnnbuilder.core.errors import DataError
from tests.messages import assert_korean, refusal


def _records(labels: np.ndarray, images: np.ndarray) -> bytes:
    """CIFAR binary records: label byte, then R, G, B planes (each 32 × 32, row by row)."""
    planes = images.transpose(0, 3, 1, 2).reshape(len(images), -1)
    return np.concatenate([labels[:, None].astype(np.uint8), planes], axis=1).tobytes()


def write_cifar_archive(
    path: Path,
    per_batch: int = 3,
    seed: int = 0,
    folder: str = "cifar-10-batches-bin/",
    changed: dict[str, bytes] | None = None,
) -> np.ndarray:
    """A small ``cifar-10-binary.tar.gz``; returns all images in file order (train, test).

    ``folder`` prefixes the member names; ``changed`` replaces some batches' bytes.
    """
    rng = np.random.default_rng(seed)
    names = [f"data_batch_{k}.bin" for k in range(1, 6)] + ["test_batch.bin"]
    everything = []
    with tarfile.open(path, "w:gz") as archive:
        for k, name in enumerate(names):
            images = rng.integers(0, 256, (per_batch, 32, 32, 3), dtype=np.uint8)
            labels = (np.arange(per_batch) + k) % 10
            raw = (changed or {}).get(name, _records(labels, images))
            info = tarfile.TarInfo(f"{folder}{name}")
            info.size = len(raw)
            archive.addfile(info, io.BytesIO(raw))
            everything.append(images)
    return np.concatenate(everything)


def test_record_layout_is_channel_planes():
    image = np.zeros((1, 32, 32, 3), np.uint8)
    image[0, 1, 2] = (10, 20, 30)  # row 1, column 2: R, G, B
    x, y = decode_records(_records(np.array([7]), image), "one")
    assert y.tolist() == [7]
    assert x.shape == (1, 32, 32, 3)
    assert x[0, 1, 2].tolist() == [10, 20, 30]
    assert x.sum() == 60


def test_archive_gives_train_and_test(tmp_path):
    path = tmp_path / "cifar-10-binary.tar.gz"
    images = write_cifar_archive(path)
    x, y, x_test, y_test = read_cifar_binary(path)
    assert x.shape == (15, 32, 32, 3)
    assert x_test.shape == (3, 32, 32, 3)
    np.testing.assert_array_equal(np.concatenate([x, x_test]), images)
    assert y[:3].tolist() == [0, 1, 2]
    assert y_test.tolist() == [5, 6, 7]


def test_partial_record_is_refused():
    with pytest.raises(DataError, match="not a whole number of 3073-byte records"):
        decode_records(b"\x00" * 3000, "short.bin")


def test_missing_batch_is_named(tmp_path):
    path = tmp_path / "cifar-10-binary.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("cifar-10-batches-bin/readme.html")
        archive.addfile(info, io.BytesIO(b""))
    with pytest.raises(DataError, match=r"data_batch_1\.bin, .*test_batch\.bin missing"):
        read_cifar_binary(path)


def test_not_an_archive(tmp_path):
    path = tmp_path / "cifar-10-binary.tar.gz"
    path.write_bytes(b"hello")
    with pytest.raises(DataError, match=r"cannot be read as a \.tar\.gz archive"):
        read_cifar_binary(path)


def test_cifar10_by_name_downloads_and_decodes(server, source_for, tmp_path, monkeypatch):
    archive = tmp_path / "cifar-10-binary.tar.gz"
    images = write_cifar_archive(archive)
    server.files = {"cifar-10-binary.tar.gz": archive.read_bytes()}
    monkeypatch.setitem(catalog.NAMED_SOURCES, "cifar10", source_for(server.files, "cifar10"))
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CNNBUILDER_DATA_MIRROR", server.url)
    data = load_dataset("cifar10")
    assert data.x.shape == (15, 32, 32, 3)
    assert data.x.dtype == np.float32
    assert data.x_test is not None
    assert data.x_test.shape == (3, 32, 32, 3)
    np.testing.assert_allclose(data.x[0], images[0] / 255, atol=1e-6)
    assert data.class_names[0] == "airplane"
    assert server.count("cifar-10-binary.tar.gz") == 1


@pytest.mark.parametrize("folder", ["", "a/b/cifar-10-batches-bin/"])
def test_batches_are_found_by_their_own_name_at_any_depth(tmp_path, folder):
    path = tmp_path / "cifar-10-binary.tar.gz"
    images = write_cifar_archive(path, per_batch=2, folder=folder)
    x, _, x_test, y_test = read_cifar_binary(path)
    np.testing.assert_array_equal(np.concatenate([x, x_test]), images)
    assert y_test.tolist() == [5, 6]


@pytest.mark.parametrize(
    ("raw", "english", "kept"),
    [
        (b"", "empty.bin: 0 bytes is not a whole number of 3073-byte records", "3073"),
        (
            b"\x00" * 3074,
            "empty.bin: 3074 bytes is not a whole number of 3073-byte records",
            "3074",
        ),
        (b"\x0a" + b"\x00" * 3072, "empty.bin: label 10 is out of range for 10 classes", "10"),
    ],
)
def test_bad_records_are_named_with_the_batch_and_the_count(raw, english, kept):
    en, ko = refusal(lambda: decode_records(raw, "empty.bin"))
    assert en == english
    assert_korean(ko, "empty.bin", kept)


def test_label_9_is_the_last_class():
    _, y = decode_records(b"\x09" + b"\x00" * 3072, "one")
    assert y.tolist() == [9]


@pytest.mark.parametrize(
    ("name", "raw", "english"),
    [
        (
            "data_batch_3.bin",
            b"\x00" * 3000,
            "data_batch_3.bin: 3000 bytes is not a whole number of 3073-byte records",
        ),
        (
            "test_batch.bin",
            b"\x0c" + b"\x00" * 3072,
            "test_batch.bin: label 12 is out of range for 10 classes",
        ),
    ],
)
def test_a_bad_batch_in_the_archive_is_named(tmp_path, name, raw, english):
    path = tmp_path / "cifar-10-binary.tar.gz"
    write_cifar_archive(path, per_batch=1, changed={name: raw})
    with pytest.raises(DataError) as caught:
        read_cifar_binary(path)
    assert str(caught.value) == english


def _one_batch_archive(path: Path, size: int) -> None:
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("cifar-10-batches-bin/data_batch_1.bin")
        info.size = size
        archive.addfile(info, io.BytesIO(bytes(size)))


def test_a_batch_larger_than_10000_records_is_refused_unread(tmp_path):
    path = tmp_path / "cifar-10-binary.tar.gz"
    _one_batch_archive(path, 10_000 * 3073 + 1)
    en, ko = refusal(lambda: read_cifar_binary(path))
    assert en == "cifar-10-binary.tar.gz: data_batch_1.bin is larger than a CIFAR-10 batch"
    assert_korean(ko, "cifar-10-binary.tar.gz", "data_batch_1.bin")


def test_a_batch_of_exactly_10000_records_is_read(tmp_path):
    path = tmp_path / "cifar-10-binary.tar.gz"
    _one_batch_archive(path, 10_000 * 3073)
    en, _ = refusal(lambda: read_cifar_binary(path))
    assert en.startswith("cifar-10-binary.tar.gz: data_batch_2.bin, ")  # batch 1 was read


def test_archive_refusals_in_both_languages(tmp_path):
    path = tmp_path / "cifar-10-binary.tar.gz"
    path.write_bytes(b"hello")
    en, ko = refusal(lambda: read_cifar_binary(path))
    assert en.startswith("cifar-10-binary.tar.gz: cannot be read as a .tar.gz archive (")
    assert en != "cifar-10-binary.tar.gz: cannot be read as a .tar.gz archive (None)"
    assert_korean(ko, "cifar-10-binary.tar.gz", en[en.index("(") :])
    with tarfile.open(path, "w:gz") as archive:
        archive.addfile(tarfile.TarInfo("cifar-10-batches-bin/test_batch.bin"), io.BytesIO())
    en, ko = refusal(lambda: read_cifar_binary(path))
    batches = ", ".join(f"data_batch_{k}.bin" for k in range(1, 6))
    assert en == f"cifar-10-binary.tar.gz: {batches} missing from the archive"
    assert_korean(ko, "cifar-10-binary.tar.gz", batches)
