from __future__ import annotations

from pathlib import Path

from cnnbuilder import paths


def test_a_checkout_uses_its_own_resources():
    assert (paths.PRESETS / "digits.cnn.json").is_file()
    assert (paths.DATA / "digits.npz").is_file()
    assert (paths.ICONS / "conv.svg").is_file()


def test_a_wheel_install_uses_the_copy_under_the_prefix(tmp_path):
    site_packages = tmp_path / "lib" / "site-packages"
    (site_packages / "cnnbuilder").mkdir(parents=True)
    (site_packages / "resources").mkdir()  # some other package's folder: not ours
    found = paths.find_resources(site_packages / "cnnbuilder", tmp_path)
    assert found == tmp_path / "share" / "cnnbuilder" / "resources"


def test_every_shipped_resource_is_in_the_wheel_data_files():
    import tomllib

    root = Path(paths.__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text())
    patterns = [p for group in config["tool"]["setuptools"]["data-files"].values() for p in group]
    shipped = {f for pattern in patterns for f in root.glob(pattern)}
    wanted = {f for f in (root / "resources").rglob("*") if f.is_file()}
    assert wanted <= shipped, sorted(str(f.relative_to(root)) for f in wanted - shipped)
