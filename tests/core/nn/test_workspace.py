"""Workspace: named scratch arrays, kept while shape and dtype stay, initialised once."""

from __future__ import annotations

import numpy as np

from cnnbuilder.core.nn.workspace import Workspace, zero_fill


def test_reuse_returns_the_same_memory_for_the_same_request():
    ws = Workspace()
    a = ws.get("a", (2, 3), np.dtype(np.float64))
    assert ws.get("a", (2, 3), np.dtype(np.float64)) is a
    assert ws.get("b", (2, 3), np.dtype(np.float64)) is not a


def test_a_new_shape_or_dtype_gets_a_new_array():
    ws = Workspace()
    a = ws.get("a", (2, 3), np.dtype(np.float64))
    b = ws.get("a", (3, 2), np.dtype(np.float64))
    assert b is not a
    assert b.shape == (3, 2)
    c = ws.get("a", (3, 2), np.dtype(np.float32))
    assert c is not b
    assert c.dtype == np.float32
    assert ws.get("a", (3, 2), np.dtype(np.float32)) is c  # the newest one is kept


def test_init_runs_only_when_the_array_is_made():
    calls = []

    def ones(array: np.ndarray) -> None:
        calls.append(array.shape)
        array.fill(1)

    ws = Workspace()
    a = ws.get("a", (4,), np.dtype(np.float64), ones)
    np.testing.assert_array_equal(a, 1)
    a[0] = 5
    again = ws.get("a", (4,), np.dtype(np.float64), ones)
    assert again[0] == 5
    assert calls == [(4,)]


def test_without_reuse_every_request_is_a_fresh_initialised_array():
    ws = Workspace(reuse=False)
    a = ws.get("a", (3,), np.dtype(np.float64), zero_fill)
    a[:] = 7
    b = ws.get("a", (3,), np.dtype(np.float64), zero_fill)
    assert b is not a
    np.testing.assert_array_equal(b, 0)
    np.testing.assert_array_equal(a, 7)  # nothing handed out is overwritten


def test_reuse_is_the_default_and_clear_forgets():
    ws = Workspace()
    assert ws.reuse
    a = ws.get("a", (2,), np.dtype(np.float64))
    ws.clear()
    assert ws.get("a", (2,), np.dtype(np.float64)) is not a


def test_zero_fill_zeroes():
    array = np.ones((2, 2))
    zero_fill(array)
    np.testing.assert_array_equal(array, 0)
