from __future__ import annotations

from PySide6.QtCore import QSettings

from cnnbuilder.gui.recent_files import RecentFiles


def test_newest_first_without_duplicates_and_limited(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    recent = RecentFiles(settings, limit=3)
    for name in ("a", "b", "c", "a", "d"):
        recent.add(tmp_path / f"{name}.cnn.json")
    assert [p.stem for p in recent.paths()] == ["d.cnn", "a.cnn", "c.cnn"]
    again = RecentFiles(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.paths() == recent.paths()
    recent.remove(tmp_path / "a.cnn.json")
    assert [p.stem for p in recent.paths()] == ["d.cnn", "c.cnn"]
    recent.clear()
    assert recent.paths() == []


def test_a_single_stored_path_reads_as_a_list(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("recentFiles", str(tmp_path / "only.cnn.json"))
    assert RecentFiles(settings).paths() == [tmp_path / "only.cnn.json"]
