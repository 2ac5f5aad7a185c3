from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from cnnbuilder.cli import main as cli_main
from cnnbuilder.core.errors import SpecError
from cnnbuilder.gui.app import create_main_window, main


def test_screenshot_renders_the_window(qapp, tmp_path, lenet_path):
    out = tmp_path / "shot.png"
    assert main([str(lenet_path), "--screenshot", str(out), "--size", "1024x700"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    # Not a blank picture: the blocks and the table put many colours on it.
    colours = {image.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 700, 7)}
    assert len(colours) > 50


def test_screenshot_of_a_bad_file_exits_2_with_one_line(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.cnn.json"
    bad.write_text("{not json")
    out = tmp_path / "shot.png"
    assert main([str(bad), "--screenshot", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "bad.cnn.json is not valid JSON" in err
    assert not out.exists()


def test_create_main_window_raises_on_a_bad_file(qapp, tmp_path):
    with pytest.raises(SpecError):
        create_main_window(str(tmp_path / "missing.cnn.json"))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ko", "cnnbuilder gui: 인수 --size: 1280x800 같은 꼴이어야 합니다 (받은 값 '12')\n"),
        ("en", "cnnbuilder gui: argument --size: must look like 1280x800, got '12'\n"),
    ],
)
def test_a_bad_option_is_one_line_in_the_language_exit_2(capsys, lang, line):
    assert main(["--size", "12", "--lang", lang]) == 2
    assert capsys.readouterr().err == line


def test_the_window_script_has_the_options_of_cnnbuilder_gui(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit):
        main(["--help"])
    window_help = capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli_main(["gui", "--help"])
    assert capsys.readouterr().out == window_help
    assert window_help.startswith("사용법: cnnbuilder gui")
