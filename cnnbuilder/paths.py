"""Where the shipped resources live (presets, icons, built-in data); no Qt here.

In a source checkout or an editable install (README) they are the
``resources/`` folder beside the package. A wheel (``pip install .``)
installs a copy under ``<prefix>/share/cnnbuilder/resources``
(``[tool.setuptools.data-files]`` in pyproject.toml).
"""

from __future__ import annotations

import sys
from pathlib import Path

_MARKER = Path("presets") / "digits.cnn.json"  # present in any complete copy


def find_resources(package_dir: Path, prefix: Path) -> Path:
    """Return the resources folder beside ``package_dir``, else the installed copy.

    Parameters
    ----------
    package_dir : Path
        The ``cnnbuilder`` package folder.
    prefix : Path
        The Python environment's prefix (``sys.prefix``).
    """
    beside = package_dir.parent / "resources"
    if (beside / _MARKER).is_file():
        return beside
    return prefix / "share" / "cnnbuilder" / "resources"


RESOURCES = find_resources(Path(__file__).resolve().parent, Path(sys.prefix))
PRESETS = RESOURCES / "presets"
DATA = RESOURCES / "data"
ICONS = RESOURCES / "icons"
