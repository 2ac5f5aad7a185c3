"""The BLAS thread switch, with OpenBLAS's two functions stood in for."""

from __future__ import annotations

import pytest

from cnnbuilder.core.nn import blas


@pytest.fixture
def threads(monkeypatch) -> dict[str, int]:
    """A stand-in OpenBLAS at 4 threads; the dict holds its current count."""
    state = {"n": 4}

    def setter(n: int) -> None:
        state["n"] = n

    monkeypatch.setattr(blas, "_functions", lambda: (setter, lambda: state["n"]))
    return state


def test_the_count_is_set_for_the_block_and_restored(threads):
    assert blas.available()
    assert blas.current_threads() == 4
    with blas.blas_threads(1):
        assert threads["n"] == 1
        assert blas.current_threads() == 1
    assert threads["n"] == 4


def test_the_count_is_restored_after_an_error(threads):
    with pytest.raises(RuntimeError), blas.blas_threads(2):
        raise RuntimeError
    assert threads["n"] == 4


def test_without_openblas_nothing_is_changed(monkeypatch):
    monkeypatch.setattr(blas, "_functions", lambda: None)
    assert not blas.available()
    assert blas.current_threads() is None
    with blas.blas_threads(1):
        assert blas.current_threads() is None
