"""Every text a layer kind shows or refuses with, looked up in the Korean catalogue.

A Korean text proves the English was looked up under its own catalogue
context: a wrong context or a changed English text falls back to English.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.kinds.conv import CONV, ConvSpec
from cnnbuilder.core.kinds.fc import FC, DenseSpec
from cnnbuilder.core.kinds.fields import read_choice, read_int, read_value, shown
from cnnbuilder.core.kinds.input import INPUT, InputSpec
from cnnbuilder.core.kinds.pool import POOL, PoolSpec
from cnnbuilder.core.kinds.softmax import SOFTMAX, SoftmaxSpec
from cnnbuilder.core.kinds.window import dropped_warning, window_error
from cnnbuilder.i18n import language
from tests.messages import assert_korean, is_korean


class Huge:
    """A value whose repr fails, as an int of 5000 digits does."""

    def __repr__(self) -> str:
        raise ValueError("too many digits")


def _said(make: Callable[[], object]) -> str:
    """The text ``make`` returns, or the reason of the SpecError it raises.

    The reason alone: the place around it ("layer 3, field 'size': ") is
    translated by the error itself and would hide an English reason.
    """
    try:
        return str(make())
    except SpecError as error:
        return f"{error.reason} ({error.layer}, {error.field!r})"


NAME_FIELD = next(f for f in CONV.form_fields() if f.name == "name")

CASES: list[tuple[str, Callable[[], object], tuple[str, ...]]] = [
    ("required", lambda: CONV.read({"type": "conv", "filters": 4}, 3), ("(3, 'size')",)),
    ("same padding", lambda: CONV.work(ConvSpec(size=2, padding="same"), (8, 8, 1)).error, ("2",)),
    ("one per filter", lambda: CONV.work(ConvSpec(filters=6), (8, 8, 1)).shape_text, ("6",)),
    ("too few outputs", lambda: FC.work(DenseSpec(units=0), (4,)).error, ("0",)),
    ("flattened", lambda: FC.work(DenseSpec(units=3), (2, 2, 3)).params_text, ("12",)),
    ("units", lambda: FC.hyper_text(DenseSpec(units=64)), ("64",)),
    ("too large to show", lambda: shown(Huge()), ("Huge",)),
    ("not whole", lambda: read_int("x", 1, layer=2, field="size"), ("'x'",)),
    ("a fraction", lambda: read_int(1.5, 1, layer=2, field="size"), ("1.5",)),
    ("at least", lambda: read_int(0, 1, layer=2, field="size"), ("0",)),
    ("at most", lambda: read_int(2**40, 1, layer=2, field="size"), ("2,147,483,647",)),
    ("unknown value", lambda: read_choice("x", ("max", "avg"), layer=2, field="mode"), ("'x'",)),
    ("not a string", lambda: read_value(NAME_FIELD, 7, 2), ("7",)),
    ("input not an object", lambda: INPUT.read_input([1]), ("[1]",)),
    ("input unknown field", lambda: INPUT.read_input({"depth": 1}), ("input.depth",)),
    ("input required", lambda: INPUT.read_input({"height": 1, "width": 1}), ("input.channels",)),
    ("input sizes", lambda: INPUT.work(InputSpec(0, 4, 1)).error, ("0×4×1",)),
    ("input parameters", lambda: INPUT.work(InputSpec(4, 4, 1)).params_text, ("0",)),
    ("pool parameters", lambda: POOL.work(PoolSpec(), (4, 4, 1)).params_text, ("0",)),
    ("max pool", lambda: POOL.hyper_text(PoolSpec(mode="max", size=2, stride=2)), ("최대 f=2",)),
    ("avg pool", lambda: POOL.hyper_text(PoolSpec(mode="avg", size=3, stride=1)), ("평균 f=3",)),
    ("classes", lambda: SOFTMAX.work(SoftmaxSpec(classes=10), (84,)).shape_text, ("10",)),
    ("n classes", lambda: SOFTMAX.hyper_text(SoftmaxSpec(classes=10)), ("10",)),
    ("after FC", lambda: window_error(2, 2, 0, (84,), "POOL"), ("POOL",)),
    ("bad window", lambda: window_error(0, 1, 0, (8, 8, 1), "CONV"), ("f=0",)),
    ("larger than padded", lambda: window_error(9, 1, 1, (5, 5, 1), "CONV"), ("9", "7")),
    ("larger than input", lambda: window_error(9, 1, 0, (5, 5, 1), "CONV"), ("9", "5")),
    ("rows dropped", lambda: dropped_warning(8, 3, 2, 0, "n_H"), ("n_H",)),
]


@pytest.mark.parametrize(("make", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_text_is_english_and_korean(make, kept):
    english = _said(make)
    assert english
    assert not is_korean(english), english
    with language("ko"):
        korean = _said(make)
    assert_korean(korean, *kept)
