"""Run a generator (a training run, a sanity check) to its end in a test."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any


def drain(
    generator: Generator[Any, None, Any], each: Callable[[Any], object] | None = None
) -> tuple[list[Any], Any]:
    """Return the items a generator yields and the value it returns.

    ``each`` is called with every item as it comes, while the generator is
    paused there (to look at the network between steps).
    """
    items = []
    while True:
        try:
            item = next(generator)
        except StopIteration as stop:
            return items, stop.value
        items.append(item)
        if each is not None:
            each(item)
