"""Downloads against a local server: each case leaves a complete cache or none, and a message."""

from __future__ import annotations

import gzip
import hashlib
import io
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from cnnbuilder.core.datasets import cache, download, load_dataset
from cnnbuilder.core.datasets.cache import Cancelled, source_dir
from cnnbuilder.core.datasets.catalog import NamedSource
from cnnbuilder.core.datasets.download import (
    DownloadError,
    FetchOptions,
    Progress,
    by_hand,
    fetch,
    file_url,
)
from cnnbuilder.core.errors import DataError
from tests.messages import assert_korean, refusal

FAST = FetchOptions(stall_timeout=1.0, poll=0.1, retries=2)


def _complete_files(source: NamedSource) -> list[str]:
    folder = source_dir(source)
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def _no_complete_copy(source: NamedSource, name: str) -> None:
    assert not (source_dir(source) / name).exists()


def test_good_download_then_load(tiny_mnist, server):
    seen: list[Progress] = []
    folder = fetch(tiny_mnist, seen.append, options=FAST)
    assert _complete_files(tiny_mnist) == sorted(f.name for f in tiny_mnist.files)
    for f in tiny_mnist.files:
        assert (folder / f.name).read_bytes() == server.files[f.name]
    assert seen[-1].done == seen[-1].total == tiny_mnist.download_size
    data = load_dataset("mnist")
    assert data.x.shape == (40, 28, 28, 1)
    assert data.x.dtype == np.float32
    assert data.x_test is not None
    assert data.x_test.shape == (20, 28, 28, 1)
    assert data.class_names == tuple(str(k) for k in range(10))


def test_second_use_is_offline(tiny_mnist, server):
    fetch(tiny_mnist, options=FAST)
    before = len(server.requests)
    load_dataset("mnist")
    assert len(server.requests) == before


def test_files_come_from_mirror_name_file(tiny_mnist, server):
    fetch(tiny_mnist, options=FAST)
    assert sorted(path for path, _ in server.requests) == sorted(
        f"/mnist/{f.name}" for f in tiny_mnist.files
    )
    assert file_url(tiny_mnist, tiny_mnist.files[0]) == (
        f"{server.url}/mnist/train-images-idx3-ubyte.gz"
    )


def test_checksum_mismatch_leaves_nothing_and_says_what_to_do(tiny_mnist, server):
    server.modes["train-images-idx3-ubyte.gz"] = "corrupt"
    with pytest.raises(DownloadError) as caught:
        fetch(tiny_mnist, options=FAST)
    message = str(caught.value)
    assert "does not match its published SHA-256" in message
    assert str(source_dir(tiny_mnist)) in message  # where to put the files by hand
    assert "\n" not in message
    _no_complete_copy(tiny_mnist, "train-images-idx3-ubyte.gz")
    assert not (source_dir(tiny_mnist) / "train-images-idx3-ubyte.gz.part").exists()


def test_truncated_every_time_gives_up_cleanly(tiny_mnist, server):
    server.modes["train-images-idx3-ubyte.gz"] = "cut"
    with pytest.raises(DownloadError, match="kept stopping early"):
        fetch(tiny_mnist, options=FAST)
    _no_complete_copy(tiny_mnist, "train-images-idx3-ubyte.gz")


def test_truncated_once_resumes_with_a_range_request(tiny_mnist, server):
    name = "train-images-idx3-ubyte.gz"
    server.modes[name] = "cut-once"
    folder = fetch(tiny_mnist, options=FAST)
    assert (folder / name).read_bytes() == server.files[name]
    ranges = [r for path, r in server.requests if path.endswith(name)]
    assert ranges[0] is None
    assert ranges[1] == f"bytes={len(server.files[name]) // 2}-"


def test_server_without_ranges_restarts_cleanly(tiny_mnist, server):
    name = "train-images-idx3-ubyte.gz"
    part = source_dir(tiny_mnist) / (name + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(b"garbage that is not the start of the file")
    server.modes[name] = "no-range"
    folder = fetch(tiny_mnist, options=FAST)
    assert (folder / name).read_bytes() == server.files[name]
    assert not part.exists()


def test_404_names_the_url_and_the_manual_way(tiny_mnist, server):
    server.modes["t10k-labels-idx1-ubyte.gz"] = "404"
    with pytest.raises(DownloadError) as caught:
        fetch(tiny_mnist, options=FAST)
    message = str(caught.value)
    assert "t10k-labels-idx1-ubyte.gz answered 404" in message
    assert "put them in" in message
    assert "cnnbuilder data get mnist" in message
    _no_complete_copy(tiny_mnist, "t10k-labels-idx1-ubyte.gz")


def test_stalling_server_times_out(tiny_mnist, server):
    server.modes["train-images-idx3-ubyte.gz"] = "stall"
    start = time.monotonic()
    with pytest.raises(DownloadError, match=r"no data from 127\.0\.0\.1:\d+ for 1 s"):
        fetch(tiny_mnist, options=FAST)
    assert time.monotonic() - start < 5
    _no_complete_copy(tiny_mnist, "train-images-idx3-ubyte.gz")


def test_no_server_says_cannot_reach(tiny_mnist, monkeypatch, server):
    import socket

    with socket.socket() as probe:  # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("CNNBUILDER_DATA_MIRROR", f"http://127.0.0.1:{port}")
    with pytest.raises(DownloadError, match=r"cannot reach 127\.0\.0\.1.*Check the network"):
        fetch(tiny_mnist, options=FAST)


def test_cancel_in_the_middle_then_resume(tiny_mnist, server):
    name = "train-images-idx3-ubyte.gz"
    server.files[name] = server.files[name] * 1  # unchanged; slow makes it take a while
    server.modes[name] = "slow"
    cancel = threading.Event()

    def progress(p: Progress) -> None:
        if p.file == name and p.done > 4096:
            cancel.set()

    start = time.monotonic()
    with pytest.raises(Cancelled):
        fetch(tiny_mnist, progress, cancel.is_set, FAST)
    assert time.monotonic() - start < 3
    _no_complete_copy(tiny_mnist, name)
    part = source_dir(tiny_mnist) / (name + ".part")
    kept = part.stat().st_size
    assert 0 < kept < len(server.files[name])
    folder = fetch(tiny_mnist, options=FAST)
    assert (folder / name).read_bytes() == server.files[name]
    assert [r for path, r in server.requests if path.endswith(name)][-1] == f"bytes={kept}-"


def test_changed_cached_file_is_fetched_again(tiny_mnist, server):
    name = "t10k-images-idx3-ubyte.gz"
    folder = fetch(tiny_mnist, options=FAST)
    with (folder / name).open("r+b") as stream:
        stream.seek(100)
        stream.write(b"\x00\x01\x02")
    assert server.count(name) == 1
    fetch(tiny_mnist, options=FAST)
    assert server.count(name) == 2
    assert (folder / name).read_bytes() == server.files[name]


def test_a_recompressed_copy_with_the_same_content_is_accepted(tiny_mnist, server):
    name = "train-images-idx3-ubyte.gz"
    content = gzip.decompress(server.files[name])
    server.files[name] = gzip.compress(content, compresslevel=1, mtime=12345)
    folder = fetch(tiny_mnist, options=FAST)
    assert gzip.decompress((folder / name).read_bytes()) == content


def test_unwritable_cache_folder_says_so(tiny_mnist, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(blocker / "cache"))
    with pytest.raises(DataError, match=r"cannot be written.*set CNNBUILDER_DATA_DIR"):
        fetch(tiny_mnist, options=FAST)


def test_unknown_name_lists_the_known_ones(tmp_path):
    with pytest.raises(DataError, match=r"mnist, fashion-mnist, cifar10"):
        load_dataset("mnits")
    from cnnbuilder.core.datasets.named import lookup

    en, ko = refusal(lambda: lookup("mnits"))
    assert en == "mnits: not a known data set (known: mnist, fashion-mnist, cifar10)"
    assert_korean(ko, "mnits", "mnist, fashion-mnist, cifar10")


def test_read_only_complete_cache_still_loads(tiny_mnist, server, monkeypatch):
    folder = fetch(tiny_mnist, options=FAST)

    def refuse(*args: object, **kwargs: object) -> Path:
        raise AssertionError("a complete cache must not be written")

    monkeypatch.setattr("cnnbuilder.core.datasets.download.writable_dir", refuse)
    assert fetch(tiny_mnist, options=FAST) == folder


NAME = "train-images-idx3-ubyte.gz"


def _limit(source: NamedSource) -> int:
    """The most bytes a download of NAME may bring: 4 × the published size + 1 MiB."""
    size = next(f.size for f in source.files if f.name == NAME)
    return 4 * size + (1 << 20)


def _mismatch(source: NamedSource, url: str) -> str:
    names = ", ".join(f.name for f in source.files)
    return (
        f"mnist: {NAME} from {url}/mnist/{NAME} does not match its published SHA-256 "
        "checksum; the bad copy was deleted. Try again: if it fails again, the server or a "
        f"proxy gives other bytes. Or download {names} from {source.base_url}/ yourself, "
        f"put them in {source_dir(source)} and run `cnnbuilder data get mnist` to check them."
    )


def test_a_checksum_mismatch_is_said_in_full_and_in_korean(tiny_mnist, server):
    server.modes[NAME] = "corrupt"
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    assert en == _mismatch(tiny_mnist, server.url)
    assert_korean(ko, NAME, str(source_dir(tiny_mnist)), "cnnbuilder data get mnist")
    assert "does not match" not in ko
    assert "Or download" not in ko  # the sentence on doing it by hand too


def test_an_announced_size_up_to_the_limit_is_read_and_past_it_refused(tiny_mnist, server):
    limit = _limit(tiny_mnist)
    server.modes[NAME] = f"announce:{limit}"
    en, _ = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    assert en == _mismatch(tiny_mnist, server.url)  # read whole, then found wrong
    server.modes[NAME] = f"announce:{limit + 1}"
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    published = f"{next(f.size for f in tiny_mnist.files if f.name == NAME):,}"
    assert en.startswith(
        f"mnist: {server.url}/mnist/{NAME} announces {limit + 1:,} bytes for {NAME}, "
        f"far more than the published {published}. Or download "
    )
    assert_korean(ko, f"{limit + 1:,}", published)
    assert "announces" not in ko
    _no_complete_copy(tiny_mnist, NAME)


def test_a_body_without_a_length_is_cut_off_past_the_limit(tiny_mnist, server):
    limit = _limit(tiny_mnist)
    server.modes[NAME] = f"unsized:{limit}"
    en, _ = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    assert en == _mismatch(tiny_mnist, server.url)
    server.modes[NAME] = f"unsized:{limit + 1}"
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    published = f"{next(f.size for f in tiny_mnist.files if f.name == NAME):,}"
    assert en.startswith(
        f"mnist: {NAME} from {server.url}/mnist/{NAME} is far larger than the published "
        f"{published} bytes. Or download "
    )
    assert_korean(ko, NAME, published)
    assert "far larger" not in ko
    assert not (source_dir(tiny_mnist) / NAME).exists()


def test_a_download_cut_every_time_gives_up_after_the_allowed_retries(tiny_mnist, server):
    server.modes[NAME] = "cut"
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    size, kept = len(server.files[NAME]), 0
    for _ in range(FAST.retries + 1):  # each answer is cut half way through the rest
        kept += (size - kept) // 2
    assert en.startswith(
        f"mnist: the download of {NAME} kept stopping early ({kept:,} of {size:,} bytes). "
        "Try again later: it resumes where it stopped. Or download "
    )
    assert server.count(NAME) == 2 * (FAST.retries + 1)  # both languages: 3 tries each
    assert_korean(ko, NAME, f"{size:,}")
    assert "kept stopping" not in ko


def test_a_part_that_the_server_cannot_resume_is_fetched_again_whole(tiny_mnist, server):
    server.modes[NAME] = "416-once"
    part = source_dir(tiny_mnist) / (NAME + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(b"x" * 10)
    seen: list[Progress] = []
    folder = fetch(tiny_mnist, seen.append, options=FAST)
    assert (folder / NAME).read_bytes() == server.files[NAME]
    ranges = [r for path, r in server.requests if path.endswith(NAME)]
    assert ranges == ["bytes=10-", None]
    assert seen[-1].done == seen[-1].total == tiny_mnist.download_size


def test_mirror_address_is_trimmed(tiny_mnist, monkeypatch):
    monkeypatch.setenv("CNNBUILDER_DATA_MIRROR", "  http://h.example/data/  ")
    assert file_url(tiny_mnist, tiny_mnist.files[1]) == (
        "http://h.example/data/mnist/train-labels-idx1-ubyte.gz"
    )
    monkeypatch.setenv("CNNBUILDER_DATA_MIRROR", " ")
    assert file_url(tiny_mnist, tiny_mnist.files[1]) == (
        f"{tiny_mnist.base_url}/train-labels-idx1-ubyte.gz"
    )


def test_a_cancel_is_said_with_the_data_set_name(tiny_mnist, server):
    server.modes[NAME] = "slow"
    en, ko = refusal(lambda: fetch(tiny_mnist, should_cancel=lambda: True, options=FAST), Cancelled)
    assert en == "download of mnist cancelled"
    assert_korean(ko, "mnist")


def test_progress_speed_and_time_left_by_hand(tiny_mnist, monkeypatch):
    """Reports at most every 0.1 s; the speed is over the last ~3 s of reports."""
    now = [1000.0]
    monkeypatch.setattr(download, "time", SimpleNamespace(monotonic=lambda: now[0]))
    seen: list[Progress] = []
    meter = download._Meter(tiny_mnist, 100, seen.append)
    meter.file = NAME
    total = tiny_mnist.download_size
    now[0] = 1000.5
    meter.add(400)  # 400 bytes in 0.5 s
    assert seen == [Progress(NAME, 500, total, 800.0, (total - 500) / 800.0)]
    now[0] = 1000.55
    meter.add(100)  # 0.05 s after the last report: not reported
    assert len(seen) == 1
    meter.add(0, force=True)
    assert seen[-1].speed == pytest.approx(500 / 0.55)
    now[0] = 1004.0
    meter.add(400)  # reports older than 3 s drop out, but two are always kept
    assert seen[-1].speed == pytest.approx(400 / 3.45)
    assert seen[-1].seconds_left == pytest.approx((total - 1000) / (400 / 3.45))
    now[0] = 1004.5
    meter.add(total, force=True)  # more than the total: nothing left, not negative
    assert seen[-1].seconds_left == 0.0


def test_no_speed_and_no_time_left_before_time_passes(tiny_mnist, monkeypatch):
    monkeypatch.setattr(download, "time", SimpleNamespace(monotonic=lambda: 5.0))
    seen: list[Progress] = []
    meter = download._Meter(tiny_mnist, 0, seen.append)
    meter.add(10, force=True)
    assert (seen[-1].done, seen[-1].speed, seen[-1].seconds_left) == (10, 0.0, None)
    download._Meter(tiny_mnist, 0, None).add(10, force=True)  # no callback: nothing to do


def test_every_request_says_who_asks(tiny_mnist, server):
    fetch(tiny_mnist, options=FAST)
    assert server.agents == {"cnnbuilder (named data sets)"}


def test_a_resumed_file_that_is_gone_is_an_error_not_a_restart(tiny_mnist, server):
    part = source_dir(tiny_mnist) / (NAME + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(b"x" * 10)
    server.modes[NAME] = "404"
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    assert en.startswith(f"mnist: {server.url}/mnist/{NAME} answered 404 Not Found. Or download ")
    assert_korean(ko, "404")
    assert "answered" not in ko
    assert part.read_bytes() == b"x" * 10  # only a 416 throws the part away
    assert server.count(NAME) == 2  # one request per language, no second try from 0


def test_no_server_is_said_with_the_reason(tiny_mnist, monkeypatch):
    import socket

    with socket.socket() as probe:  # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("CNNBUILDER_DATA_MIRROR", f"http://127.0.0.1:{port}")
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    assert en.startswith(
        f"mnist: cannot reach 127.0.0.1:{port} (connection refused). "
        "Check the network connection and try again. Or download "
    )
    assert_korean(ko, f"127.0.0.1:{port}")
    assert "cannot reach" not in ko


def test_a_stall_is_said_with_the_host_the_time_and_the_file(tiny_mnist, server):
    server.modes[NAME] = "stall"
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    host = server.url.removeprefix("http://")
    assert en.startswith(
        f"mnist: no data from {host} for 1 s while fetching {NAME}. "
        "Try again later: the download resumes where it stopped. Or download "
    )
    assert_korean(ko, host, NAME)
    assert "no data from" not in ko


def test_a_server_that_ignores_ranges_counts_the_bytes_once(tiny_mnist, server):
    part = source_dir(tiny_mnist) / (NAME + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(b"x" * 10)
    server.modes[NAME] = "no-range"
    seen: list[Progress] = []
    fetch(tiny_mnist, seen.append, options=FAST)
    assert seen[-1].done == seen[-1].total == tiny_mnist.download_size


def test_the_sentence_on_doing_it_by_hand(tiny_mnist, tmp_path, monkeypatch):
    names = ", ".join(f.name for f in tiny_mnist.files)
    assert by_hand(tiny_mnist) == (
        f"Or download {names} from {tiny_mnist.base_url}/ yourself, put them in "
        f"{source_dir(tiny_mnist)} and run `cnnbuilder data get mnist` to check them."
    )
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(tmp_path / "here"))
    assert f"put them in {tmp_path / 'here' / 'mnist'} and" in by_hand(tiny_mnist)


def test_a_checksum_reads_at_most_its_limit():
    data = bytes(range(256)) * 5000  # more than one chunk
    assert cache._sha256_of(io.BytesIO(data).read) == hashlib.sha256(data).hexdigest()
    assert cache._sha256_of(io.BytesIO(data).read, len(data)) == hashlib.sha256(data).hexdigest()
    assert cache._sha256_of(io.BytesIO(data).read, len(data) - 1) is None


def _breaking(source: NamedSource, url: str) -> str:
    host = url.removeprefix("http://")
    return (
        f"mnist: the connection to {host} kept breaking while fetching {NAME}. "
        f"Try again later: it resumes. {by_hand(source)}"
    )


@pytest.mark.parametrize("mode", ["reset", "cut-chunked"])
def test_a_connection_that_keeps_breaking_gives_up_after_the_allowed_retries(
    tiny_mnist, server, mode
):
    """A reset (ConnectionResetError) or a chunked body cut short (IncompleteRead), each time."""
    server.modes[NAME] = mode
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    assert en == _breaking(tiny_mnist, server.url)
    assert server.count(NAME) == 2 * (FAST.retries + 1)  # both languages: 3 tries each
    assert_korean(ko, server.url.removeprefix("http://"), NAME)
    assert "kept breaking" not in ko
    _no_complete_copy(tiny_mnist, NAME)
    kept = (source_dir(tiny_mnist) / (NAME + ".part")).stat().st_size
    assert 0 < kept < len(server.files[NAME])  # what came is kept for the next try


@pytest.mark.parametrize("mode", ["reset-once", "cut-chunked-once"])
def test_a_connection_broken_once_resumes_where_it_broke(tiny_mnist, server, mode):
    server.modes[NAME] = mode
    folder = fetch(tiny_mnist, options=FAST)
    assert (folder / NAME).read_bytes() == server.files[NAME]
    ranges = [r for path, r in server.requests if path.endswith(NAME)]
    assert ranges == [None, f"bytes={len(server.files[NAME]) // 2}-"]


def test_a_pause_shorter_than_the_stall_limit_resumes(tiny_mnist, server):
    """Half the file, then silence: after ``poll`` seconds the download asks for the rest."""
    server.modes[NAME] = "pause-once"
    folder = fetch(tiny_mnist, options=FAST)
    assert (folder / NAME).read_bytes() == server.files[NAME]
    ranges = [r for path, r in server.requests if path.endswith(NAME)]
    assert ranges == [None, f"bytes={len(server.files[NAME]) // 2}-"]


def test_the_stall_limit_counts_from_the_last_byte_and_is_reached_exactly(
    tiny_mnist, monkeypatch, tmp_path
):
    now = [1000.0]
    monkeypatch.setattr(download, "time", SimpleNamespace(monotonic=lambda: now[0]))
    remote = next(f for f in tiny_mnist.files if f.name == NAME)
    meter = download._Meter(tiny_mnist, 0, None)
    options = FetchOptions(stall_timeout=2.0)
    one = download._Fetch(tiny_mnist, remote, tmp_path, meter, lambda: False, options)
    now[0] = 1001.5
    one._check_stall()  # 1.5 s without a byte: keep waiting
    one.last_byte = 1001.0  # a byte came
    now[0] = 1002.5
    one._check_stall()  # 1.5 s since that byte, 2.5 s since the start
    now[0] = 1003.0
    with pytest.raises(DownloadError, match=f"for 2 s while fetching {NAME}"):
        one._check_stall()


def test_a_server_that_hangs_up_without_answering_is_said_with_the_reason(tiny_mnist, server):
    server.modes[NAME] = "hang-up"
    en, ko = refusal(lambda: fetch(tiny_mnist, options=FAST), DownloadError)
    host = server.url.removeprefix("http://")
    assert en.startswith(
        f"mnist: cannot reach {host} (the server closed the connection without answering). "
        "Check the network connection and try again. Or download "
    )
    assert_korean(ko, host, "서버가 응답 없이 연결을 끊었습니다")
    assert server.count(NAME) == 2  # no retry: one request per language


def test_without_a_mirror_the_published_address_is_used(monkeypatch):
    from cnnbuilder.core.datasets.catalog import NAMED_SOURCES

    monkeypatch.delenv("CNNBUILDER_DATA_MIRROR", raising=False)
    source = NAMED_SOURCES["mnist"]
    for remote in source.files:
        assert file_url(source, remote) == f"{source.base_url}/{remote.name}"


def test_only_slashes_are_trimmed_from_the_mirror_address(tiny_mnist, monkeypatch):
    monkeypatch.setenv("CNNBUILDER_DATA_MIRROR", "http://h.example/BOX//")
    assert file_url(tiny_mnist, tiny_mnist.files[0]) == (
        f"http://h.example/BOX/mnist/{tiny_mnist.files[0].name}"
    )


def test_progress_reports_each_files_start_and_end_however_fast(tiny_mnist, server, monkeypatch):
    """With a clock that stands still only the forced reports come: each file's start and end."""
    monkeypatch.setattr(download, "time", SimpleNamespace(monotonic=lambda: 1000.0))
    second = tiny_mnist.files[1]
    part = source_dir(tiny_mnist) / (second.name + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(server.files[second.name][:10])  # a resume from byte 10
    seen: list[Progress] = []
    fetch(tiny_mnist, seen.append, options=FAST)
    expected, done = [], 0
    for f in tiny_mnist.files:
        expected.append((f.name, done + (10 if f is second else 0)))
        done += f.size
        expected.append((f.name, done))
    assert [(p.file, p.done) for p in seen] == expected
    assert {(p.total, p.speed, p.seconds_left, p.waiting) for p in seen} == {
        (tiny_mnist.download_size, 0.0, None, False)
    }


def test_progress_boundaries_by_hand(tiny_mnist, monkeypatch):
    """A report 0.1 s after the last one is made; a report 3 s old stays in the speed window."""
    now = [0.0]
    monkeypatch.setattr(download, "time", SimpleNamespace(monotonic=lambda: now[0]))
    seen: list[Progress] = []
    meter = download._Meter(tiny_mnist, 0, seen.append)
    now[0] = 0.125
    meter.add(1)
    now[0] = 0.225  # exactly 0.1 s later (both exact in binary)
    meter.add(1)
    assert [p.done for p in seen] == [1, 2]

    seen.clear()
    now[0] = 1000.0
    meter = download._Meter(tiny_mnist, 0, seen.append)
    for t, count in ((1001.0, 100), (1002.0, 200), (1004.0, 600)):
        now[0] = t
        meter.add(count)
    # Window at 1004: the report of 1000 is dropped (4 s old), that of 1001 (3 s) kept.
    assert seen[-1].speed == pytest.approx((900 - 100) / 3.0)

    now[0] = 0.0
    meter = download._Meter(tiny_mnist, 0, seen.append)
    now[0] = 2.0
    meter.add(1)  # half a byte a second: slow, but a time left all the same
    assert seen[-1].speed == 0.5
    assert seen[-1].seconds_left == (tiny_mnist.download_size - 1) / 0.5


def _hold_lock(folder: Path, held: threading.Event, free: threading.Event) -> threading.Thread:
    """Another download in this folder: holds the lock until ``free`` is set (3 s at most)."""

    def hold() -> None:
        with cache.cache_lock(folder):
            held.set()
            free.wait(3.0)

    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(3.0)
    return thread


def test_a_fetch_waits_for_another_download_of_the_same_data(tiny_mnist, server):
    folder = cache.writable_dir(tiny_mnist)
    held, free = threading.Event(), threading.Event()
    holder = _hold_lock(folder, held, free)
    first = tiny_mnist.files[0]
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.waiting:  # the other download brings one file, then ends
            (folder / first.name).write_bytes(server.files[first.name])
            free.set()

    try:
        fetch(tiny_mnist, progress, options=FAST)
    finally:
        free.set()
        holder.join(5)
    assert seen[0] == Progress("", 0, tiny_mnist.download_size, 0.0, None, waiting=True)
    assert [p.waiting for p in seen].count(True) == 1  # said once, not every poll
    assert seen[1].done == first.size  # the other one's file counts as done
    assert server.count(first.name) == 0
    assert seen[-1].done == tiny_mnist.download_size


def test_a_wait_for_another_download_can_be_cancelled(tiny_mnist, server):
    folder = cache.writable_dir(tiny_mnist)
    held, free = threading.Event(), threading.Event()
    holder = _hold_lock(folder, held, free)
    seen: list[Progress] = []
    try:
        en, ko = refusal(
            lambda: fetch(tiny_mnist, seen.append, lambda: bool(seen), FAST), Cancelled
        )
    finally:
        free.set()
        holder.join(5)
    assert en == "cancelled while another download of the same data was running"
    assert_korean(ko)
    assert all(p.waiting for p in seen)
    assert server.requests == []
