"""Optional packages (pip extras): import them, or say which extra to install."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from cnnbuilder.core.errors import MissingExtra


def available(module: str) -> bool:
    """True when ``module`` can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtra` naming the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(module, extra) from None
