from __future__ import annotations

import os

from cnnbuilder.core.atomic import atomic_write_text


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    path = tmp_path / "net.cnn.json"
    atomic_write_text(path, "{}")
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_existing_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "net.cnn.json"
    path.write_text("old")
    path.chmod(0o640)
    atomic_write_text(path, "new")
    assert path.read_text() == "new"
    assert path.stat().st_mode & 0o777 == 0o640
