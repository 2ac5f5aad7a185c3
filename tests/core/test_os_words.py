"""The system's reasons by errno, in the chosen language; never read from their English."""

from __future__ import annotations

import errno
import http.client
import socket
from pathlib import Path

import pytest

from cnnbuilder import i18n
from cnnbuilder.cli import main
from cnnbuilder.core.os_words import REASONS, os_reason

HANGUL = range(0xAC00, 0xD7A4)


def _korean(text: str) -> bool:
    return any(ord(c) in HANGUL for c in text)


def test_every_listed_reason_has_a_korean_translation() -> None:
    korean = i18n.read_catalogue(i18n.catalogue_path("ko"))
    assert all(_korean(korean[("os", text, "")]) for text in REASONS.values())


@pytest.mark.parametrize(
    ("exc", "english", "korean"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied", "권한이"),
        (OSError(errno.ENOSPC, "No space left"), "no space left on the disk", "남은 공간"),
        (ConnectionRefusedError(errno.ECONNREFUSED, "xyz"), "connection refused", "거부"),
        (socket.gaierror(socket.EAI_NONAME, "Name not known"), "unknown host name", "호스트"),
    ],
)
def test_a_reason_is_found_by_its_number(exc, english, korean) -> None:
    assert os_reason(exc) == english
    with i18n.language("ko"):
        assert korean in os_reason(exc)


def test_a_server_that_hangs_up_is_known_by_its_class_not_its_words() -> None:
    exc = http.client.RemoteDisconnected("Remote end closed connection without response")
    assert os_reason(exc) == "the server closed the connection without answering"
    with i18n.language("ko"):
        assert os_reason(exc) == "서버가 응답 없이 연결을 끊었습니다"


def test_an_unlisted_number_keeps_the_system_words_and_others_their_first_line() -> None:
    assert os_reason(OSError(errno.EXDEV, "Cross-device link")) == "Cross-device link"
    assert os_reason(ValueError("first\nsecond")) == "first"
    assert os_reason(ValueError()) == "ValueError"


def test_a_refused_download_says_why_in_korean(tmp_path: Path, monkeypatch, capsys) -> None:
    with socket.socket() as probe:  # a local port that nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CNNBUILDER_DATA_MIRROR", f"http://127.0.0.1:{port}")
    assert main(["data", "get", "mnist", "--lang", "ko"]) == 2
    err = capsys.readouterr().err.splitlines()[-1]
    assert "연결이 거부되었습니다" in err
    assert "connection refused" not in err
