"""Every refusal of the network-file reader, word for word, and the file's exact text."""

from __future__ import annotations

import io
import json
import os

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import (
    MAX_FILE_BYTES,
    dumps_spec,
    load_spec,
    spec_from_dict,
    spec_to_dict,
)
from cnnbuilder.core.spec import InputSpec, NetworkSpec, SoftmaxSpec, TrainingSpec
from tests.messages import refusal


def _doc(**change):
    doc = {
        "format": "cnnbuilder.network",
        "version": 1,
        "name": "t",
        "input": {"height": 8, "width": 8, "channels": 1},
        "layers": [{"type": "softmax", "classes": 10}],
    }
    return {**doc, **change}


def _message(data) -> str:
    with pytest.raises(SpecError) as caught:
        spec_from_dict(data)
    return str(caught.value)


def _messages(data) -> tuple[str, str]:
    """The refusal of ``data`` in English and in Korean (a wrong context shows English)."""
    return refusal(lambda: spec_from_dict(data), SpecError)


@pytest.mark.parametrize(
    ("data", "english", "korean"),
    [
        (
            [1, 2],
            "a network file must hold a JSON object",
            "네트워크 파일에는 JSON 객체가 있어야 합니다",
        ),
        (
            _doc(format="other"),
            "field 'format': expected 'cnnbuilder.network', got 'other'",
            "필드 'format': 'cnnbuilder.network'이(가) 필요한데, 'other'입니다",
        ),
        (
            _doc(version=True),
            "field 'version': must be a positive whole number, got True",
            "필드 'version': 양의 정수여야 하는데, True입니다",
        ),
        (
            _doc(version=0),
            "field 'version': must be a positive whole number, got 0",
            "필드 'version': 양의 정수여야 하는데, 0입니다",
        ),
        (
            _doc(version=2),
            "field 'version': the file is version 2, written by a newer cnnbuilder; "
            "this one reads up to version 1",
            "필드 'version': 파일은 더 새로운 cnnbuilder가 쓴 버전 2입니다. "
            "이 cnnbuilder는 버전 1까지 읽습니다",
        ),
        (
            _doc(colour="red", alpha=1),
            "field 'alpha': unknown field of a network file",
            "필드 'alpha': 네트워크 파일에 없는 필드입니다",
        ),
        (
            _doc(name=3),
            "field 'name': must be a string, got 3",
            "필드 'name': 문자열이어야 하는데, 3입니다",
        ),
        (
            _doc(layers={}),
            "field 'layers': must be a list of layers, got {}",
            "필드 'layers': 층의 목록이어야 하는데, {}입니다",
        ),
        (
            _doc(layers=[3]),
            "layer 1: a layer must be a JSON object, got 3",
            "1번째 층: 층은 JSON 객체여야 하는데, 3입니다",
        ),
        (
            _doc(layers=[{"type": "dropout"}]),
            "layer 1, field 'type': unknown layer type 'dropout'; "
            "expected one of conv, pool, fc, softmax",
            "1번째 층, 필드 'type': 알 수 없는 층 종류 'dropout'. "
            "다음 중 하나여야 합니다: conv, pool, fc, softmax",
        ),
        (
            _doc(layers=[{"type": "fc", "units": 3, "bias": 1, "alpha": 2}]),
            "layer 1, field 'alpha': unknown field for a fc layer",
            "1번째 층, 필드 'alpha': fc 층에 없는 필드입니다",
        ),
    ],
)
def test_network_file_refusals(data, english, korean):
    assert _messages(data) == (english, korean)


def test_a_missing_format_is_named():
    doc = _doc()
    del doc["format"]
    assert _message(doc) == "field 'format': expected 'cnnbuilder.network', got None"


@pytest.mark.parametrize(
    ("training", "english", "korean"),
    [
        (
            [1],
            "field 'training': must be an object, got [1]",
            "필드 'training': 객체여야 하는데, [1]입니다",
        ),
        (
            {"momentum": 1, "beta": 2},
            "field 'training.beta': unknown field of the training section",
            "필드 'training.beta': 학습 설정에 없는 필드입니다",
        ),
        (
            {"dataset": ""},
            "field 'training.dataset': must be a non-empty string, got ''",
            "필드 'training.dataset': 비어 있지 않은 문자열이어야 하는데, ''입니다",
        ),
        (
            {"dataset": 3},
            "field 'training.dataset': must be a non-empty string, got 3",
            "필드 'training.dataset': 비어 있지 않은 문자열이어야 하는데, 3입니다",
        ),
        (
            {"lr": 0},
            "field 'training.lr': must be greater than 0, got 0",
            "필드 'training.lr': 0보다 커야 하는데, 0입니다",
        ),
        (
            {"lr": True},
            "field 'training.lr': must be a number, got True",
            "필드 'training.lr': 숫자여야 하는데, True입니다",
        ),
        (
            {"lr": "0.1"},
            "field 'training.lr': must be a number, got '0.1'",
            "필드 'training.lr': 숫자여야 하는데, '0.1'입니다",
        ),
        (
            {"lr": float("nan")},
            "field 'training.lr': must be a number, got nan",
            "필드 'training.lr': 숫자여야 하는데, nan입니다",
        ),
        (
            {"val_split": -0.1},
            "field 'training.val_split': must be in [0, 1), got -0.1",
            "필드 'training.val_split': [0, 1) 범위여야 하는데, -0.1입니다",
        ),
        (
            {"val_split": 1},
            "field 'training.val_split': must be in [0, 1), got 1",
            "필드 'training.val_split': [0, 1) 범위여야 하는데, 1입니다",
        ),
        (
            {"seed": -1},
            "field 'training.seed': must be at least 0, got -1",
            "필드 'training.seed': 0 이상이어야 하는데, -1입니다",
        ),
        (
            {"batch_size": 0},
            "field 'training.batch_size': must be at least 1, got 0",
            "필드 'training.batch_size': 1 이상이어야 하는데, 0입니다",
        ),
    ],
)
def test_training_section_refusals(training, english, korean):
    assert _messages(_doc(training=training)) == (english, korean)


def test_training_section_edges_are_accepted():
    training = {"seed": 0, "batch_size": 1, "epochs": 1, "val_split": 0, "lr": 1e-6}
    spec = spec_from_dict(_doc(training={**training, "dataset": "shapes", "optimizer": "sgd"}))
    assert spec.training == TrainingSpec(
        dataset="shapes", epochs=1, batch_size=1, optimizer="sgd", lr=1e-6, seed=0, val_split=0.0
    )


def test_a_file_without_a_name_is_untitled():
    doc = _doc()
    del doc["name"]
    assert spec_from_dict(doc).name == "Untitled"
    assert spec_from_dict(_doc(name="Réseau")).name == "Réseau"


def test_the_file_text_is_indented_and_keeps_non_ascii():
    spec = NetworkSpec(name="Réseau ×", input=InputSpec(8, 8, 1), layers=(SoftmaxSpec(classes=3),))
    text = dumps_spec(spec)
    assert text.endswith("}\n")
    assert '  "name": "Réseau ×",\n' in text
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_a_utf8_file_reads_the_same_whatever_the_locale(tmp_path):
    path = tmp_path / "net.cnn.json"
    path.write_bytes(json.dumps(_doc(name="Réseau ×"), ensure_ascii=False).encode("utf-8"))
    assert load_spec(path).name == "Réseau ×"


def _load_message(path) -> str:
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    return str(caught.value)


def _load_messages(path) -> tuple[str, str]:
    """The refusal of the file at ``path`` in English and in Korean."""
    return refusal(lambda: load_spec(path), SpecError)


def test_a_file_over_the_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.cnn.json"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert _load_messages(big) == (
        "big.cnn.json is over 16 MiB; a network file is a few KiB",
        "big.cnn.json이(가) 16 MiB를 넘습니다. 네트워크 파일은 몇 KiB입니다",
    )


def test_a_file_of_exactly_the_limit_is_read(tmp_path, monkeypatch):
    text = json.dumps(_doc()).encode("utf-8")
    monkeypatch.setattr("cnnbuilder.core.fileio.MAX_FILE_BYTES", len(text))
    path = tmp_path / "net.cnn.json"
    path.write_bytes(text)
    assert load_spec(path).name == "t"
    path.write_bytes(text + b" ")
    assert _load_message(path).startswith("net.cnn.json is over ")


def test_a_huge_file_is_never_read_whole(tmp_path, monkeypatch):
    class Endless(io.BytesIO):
        """A file larger than memory: a read of "everything" would never end."""

        def read(self, size=-1):
            assert size is not None, "read whole"
            assert 0 <= size <= MAX_FILE_BYTES + 1, size
            return b" " * size

    monkeypatch.setattr("cnnbuilder.core.fileio.open_regular", lambda path: Endless())
    assert _load_message(tmp_path / "huge.cnn.json") == (
        "huge.cnn.json is over 16 MiB; a network file is a few KiB"
    )


def test_text_that_is_not_utf8_names_the_file_and_the_reason(tmp_path):
    path = tmp_path / "bin.cnn.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert _load_messages(path) == (
        "cannot read bin.cnn.json: not UTF-8 text (invalid start byte)",
        "bin.cnn.json을(를) 읽을 수 없습니다: UTF-8 텍스트가 아닙니다 (invalid start byte)",
    )


def test_broken_json_names_the_file_line_column_and_problem(tmp_path):
    path = tmp_path / "broken.cnn.json"
    path.write_text('{"format": "cnnbuilder.network",\n "version": 1,,}')
    assert _load_messages(path) == (
        "broken.cnn.json is not valid JSON "
        "(line 2, column 15: Expecting property name enclosed in double quotes)",
        "broken.cnn.json은(는) 올바른 JSON이 아닙니다 "
        "(2행, 15열: 큰따옴표로 감싼 속성 이름이 있어야 합니다)",
    )


def test_deep_nesting_and_huge_numbers_are_named(tmp_path):
    deep = tmp_path / "deep.cnn.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert _load_messages(deep) == (
        "deep.cnn.json cannot be read: nested too deeply",
        "deep.cnn.json을(를) 읽을 수 없습니다: 너무 깊이 중첩됨",
    )
    huge = tmp_path / "huge.cnn.json"
    huge.write_text('{"version": ' + "9" * 5000 + "}")
    english, korean = _load_messages(huge)
    assert english.startswith("huge.cnn.json cannot be read: ")
    assert "4300" in english  # Python's own reason: the integer digit limit
    assert korean.startswith("huge.cnn.json을(를) 읽을 수 없습니다: ")
    assert "4300" in korean


def test_an_unreadable_file_names_the_reason(tmp_path):
    missing = tmp_path / "nope.cnn.json"
    assert _load_messages(missing) == (
        f"{missing}: no such file",
        f"{missing}: 그런 파일이 없습니다",
    )


def test_a_folder_or_a_fifo_is_refused_in_one_sentence(tmp_path):
    folder = tmp_path / "net.cnn.json"
    folder.mkdir()
    assert _load_messages(folder) == (
        f"{folder} is a folder, not a regular file",
        f"{folder}은(는) 일반 파일이 아니라 폴더입니다",
    )
    fifo = tmp_path / "pipe.cnn.json"
    os.mkfifo(fifo)  # opened without waiting for a writer: refused at once
    assert _load_messages(fifo) == (
        f"{fifo} is a FIFO (named pipe), not a regular file",
        f"{fifo}은(는) 일반 파일이 아니라 FIFO(이름 있는 파이프)입니다",
    )


@pytest.mark.parametrize(
    ("error", "reason", "korean_reason"),
    # by its errno in the catalogue's words (core/os_words.py); without one, its own text
    [
        (OSError(5, "Input/output error"), "input/output error", "입출력 오류"),
        (OSError("disk gone"), "disk gone", "disk gone"),
    ],
)
def test_a_read_that_fails_midway_names_the_file_and_the_reason(
    tmp_path, monkeypatch, error, reason, korean_reason
):
    class Failing(io.BytesIO):
        def read(self, size=-1):
            raise error

    monkeypatch.setattr("cnnbuilder.core.fileio.open_regular", lambda path: Failing())
    assert _load_messages(tmp_path / "net.cnn.json") == (
        f"cannot read net.cnn.json: {reason}",
        f"net.cnn.json을(를) 읽을 수 없습니다: {korean_reason}",
    )


def test_shuffle_is_a_boolean_and_saved_only_when_off():
    spec = spec_from_dict(_doc(training={"shuffle": False}))
    assert spec.training is not None
    assert spec.training.shuffle is False
    assert spec_to_dict(spec)["training"]["shuffle"] is False
    assert spec_from_dict(_doc(training={"shuffle": True})).training.shuffle is True
    assert "shuffle" not in spec_to_dict(spec_from_dict(_doc(training={})))["training"]
    assert _messages(_doc(training={"shuffle": 1})) == (
        "field 'training.shuffle': must be true or false, got 1",
        "필드 'training.shuffle': true 또는 false여야 하는데, 1입니다",
    )


def test_a_thousand_layers_open_and_one_more_is_refused():
    fc = {"type": "fc", "units": 1}
    assert len(spec_from_dict(_doc(layers=[fc] * 1000)).layers) == 1000
    assert _messages(_doc(layers=[fc] * 1001)) == (
        "field 'layers': 1,001 layers; cnnbuilder opens networks of at most 1,000",
        "필드 'layers': 층이 1,001개입니다. cnnbuilder는 층이 최대 1,000개인 네트워크를 엽니다",
    )
