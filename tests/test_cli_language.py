"""The command line in Korean: LANG or --lang for messages and tables, --json untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cnnbuilder import i18n
from cnnbuilder.cli import main
from cnnbuilder.core.json_words import MESSAGES, json_problem
from cnnbuilder.core.report import display_width
from cnnbuilder.i18n import command_line_language as language_of

ROOT = Path(__file__).resolve().parents[1]
HANGUL = range(0xAC00, 0xD7A4)


def _has_hangul(text: str) -> bool:
    return any(ord(c) in HANGUL for c in text)


def _run(args: list[str], lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env["LANG"] = lang
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    code = (
        "import sys; from cnnbuilder.cli import main; code = main(sys.argv[1:]); "
        "assert 'PySide6' not in sys.modules, 'the command line imported Qt'; sys.exit(code)"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_language_follows_lang_then_the_option() -> None:
    assert language_of(["summary", "x"], {"LANG": "ko_KR.UTF-8"}) == "ko"
    assert language_of(["summary", "x", "--lang", "en"], {"LANG": "ko_KR.UTF-8"}) == "en"
    assert language_of(["summary", "x", "--lang=ko"], {"LANG": "C"}) == "ko"
    assert language_of(["summary", "x", "--json", "--lang", "ko"], {"LANG": "ko_KR.UTF-8"}) == "en"


def test_bad_file_error_in_korean_with_lang(tmp_path: Path) -> None:
    bad = tmp_path / "broken.cnn.json"
    bad.write_text("{ not json", encoding="utf-8")
    korean = _run(["summary", str(bad)], "ko_KR.UTF-8")
    english = _run(["summary", str(bad)], "C.UTF-8")
    assert korean.returncode == english.returncode == 2
    assert korean.stderr.count("\n") == english.stderr.count("\n") == 1
    assert "broken.cnn.json" in korean.stderr
    assert "올바른 JSON이 아닙니다" in korean.stderr
    assert "is not valid JSON" in english.stderr
    assert not _has_hangul(english.stderr)


def test_bad_data_error_in_korean(tmp_path: Path, presets_dir: Path) -> None:
    data = tmp_path / "bad.npz"
    data.write_bytes(b"PK\x03\x04 not really a zip")
    net = str(presets_dir / "digits.cnn.json")
    korean = _run(["train", net, "--data", str(data), "--epochs", "1"], "ko_KR.UTF-8")
    assert korean.returncode == 2
    assert "bad.npz" in korean.stderr
    assert "오류" in korean.stderr
    assert "cannot" not in korean.stderr


def test_table_headers_and_totals_in_korean(capsys, presets_dir: Path) -> None:
    assert main(["summary", str(presets_dir / "lenet5.cnn.json"), "--lang", "ko"]) == 0
    out = capsys.readouterr().out
    assert "전체 파라미터: 62,958" in out
    assert "출력 크기" in out
    assert "Total params" not in out
    lines = out.splitlines()
    header = next(line for line in lines if "출력 크기" in line)
    rule = next(line for line in lines if line.startswith("="))
    assert len(rule) >= len(header)  # wide characters counted twice


def test_json_is_never_translated(capsys, presets_dir: Path) -> None:
    path = str(presets_dir / "lenet5.cnn.json")
    assert main(["summary", path, "--json"]) == 0
    english = capsys.readouterr().out
    assert main(["summary", path, "--json", "--lang", "ko"]) == 0
    assert capsys.readouterr().out == english
    json.loads(english)


@pytest.mark.parametrize("lang", ["ko_KR.UTF-8", "C.UTF-8"])
def test_invalid_network_exit_code_is_the_same(tmp_path: Path, presets_dir: Path, lang) -> None:
    data = json.loads((presets_dir / "lenet5.cnn.json").read_text(encoding="utf-8"))
    data["layers"][0]["size"] = 99
    path = tmp_path / "big.cnn.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = _run(["summary", str(path)], lang)
    assert result.returncode == 2
    assert _has_hangul(result.stderr) == lang.startswith("ko")


BROKEN_JSON = ["{", "[1,", '{"a" 1}', "1 2", '"abc', '"\\x"', '"\\u12"', '"a\x01"', "[1 2]"]


@pytest.mark.parametrize("text", BROKEN_JSON)
def test_json_module_messages_are_translated(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    assert caught.value.msg in MESSAGES  # json still says what the catalogue knows
    with i18n.language("ko"):
        korean = json_problem(caught.value)
    assert _has_hangul(korean)
    assert caught.value.msg not in korean
    assert json_problem(caught.value).endswith(caught.value.msg)


def test_every_json_message_has_a_korean_translation() -> None:
    korean = i18n.read_catalogue(i18n.catalogue_path("ko"))
    assert all(_has_hangul(korean[("json", m, "")]) for m in MESSAGES)


def test_broken_network_file_names_the_json_problem_in_korean(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "broken.cnn.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["summary", str(bad), "--lang", "ko"]) == 2
    err = capsys.readouterr().err
    assert "1행, 2열: 큰따옴표로 감싼 속성 이름이 있어야 합니다" in err
    assert "Expecting" not in err


def test_an_absent_device_is_invalid_input_in_korean(capsys, presets_dir: Path) -> None:
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this computer has CUDA")
    net = str(presets_dir / "digits.cnn.json")
    argv = ["train", net, "--data", "digits", "--epochs", "1", "--backend", "torch"]
    assert main([*argv, "--device", "cuda", "--lang", "ko"]) == 2
    err = capsys.readouterr().err
    assert err == "cnnbuilder: 오류: 이 컴퓨터에서는 장치 cuda을(를) 쓸 수 없습니다\n"


def test_data_list_columns_line_up_in_korean(capsys) -> None:
    assert main(["data", "list", "--lang", "ko"]) == 0
    header, *rows = capsys.readouterr().out.splitlines()[:4]
    assert "캐시" in header
    cached = display_width(header) - display_width("캐시")
    for row in rows:  # the last column (cached: 예 / 아니요) starts under its title
        last = row.rsplit("  ", 1)[1].strip()
        assert display_width(row) - display_width(last) == cached, (header, row)


def test_inspect_table_headers_in_korean(tmp_path: Path, capsys, presets_dir: Path) -> None:
    images = tmp_path / "imgs.npy"
    np.save(images, np.zeros((2, 8, 8, 1), dtype=np.float32))
    net = str(presets_dir / "digits.cnn.json")
    assert main(["inspect", net, "--input", str(images), "--lang", "ko"]) == 0
    heading, header = capsys.readouterr().out.splitlines()[:2]
    assert "(배열, 예제 0)" in heading
    assert header.split()[-3:] == ["최솟값", "최댓값", "평균"]
    assert main(["inspect", net, "--input", str(images)]) == 0
    assert capsys.readouterr().out.splitlines()[1].split()[-3:] == ["min", "max", "mean"]
