"""Whatever a network file holds, reading it gives a spec or a SpecError, never a crash."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import dumps_spec, spec_from_dict
from cnnbuilder.core.report import summary_json, text_table
from cnnbuilder.core.summary import summarize

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["relu", "same", "valid", "max", "avg", "conv", "pool", "fc", "softmax", ""]),
)
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=5)

_layer = st.fixed_dictionaries(
    {"type": st.sampled_from(["conv", "pool", "fc", "softmax", "dense", 3])},
    optional={
        key: st.one_of(_values, st.integers(1, 9))
        for key in (
            "filters",
            "size",
            "stride",
            "padding",
            "activation",
            "units",
            "classes",
            "mode",
            "name",
            "extra",
        )
    },
)

_document = st.fixed_dictionaries(
    {
        "format": st.sampled_from(["cnnbuilder.network", "other"]),
        "version": st.one_of(st.just(1), _values),
        "input": st.one_of(
            st.fixed_dictionaries(
                {k: st.integers(-1, 40) for k in ("height", "width", "channels")}
            ),
            _values,
        ),
        "layers": st.one_of(st.lists(_layer, max_size=6), _values),
    },
    optional={
        "training": st.one_of(
            _values,
            st.dictionaries(
                st.sampled_from(["epochs", "lr", "optimizer", "seed", "val_split", "dataset", "x"]),
                _values,
                max_size=3,
            ),
        ),
        "name": _values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_document)
def test_any_document_gives_a_spec_or_a_spec_error(document):
    try:
        spec = spec_from_dict(document)
    except SpecError as exc:
        message = str(exc)
    else:
        message = None
    event("refused" if message is not None else "read")
    if message is not None:
        assert message.strip()  # a message that names the problem, never empty
        return
    # A spec that was read is summarised, reported and written without error.
    summary = summarize(spec)
    text_table(summary, spec.name)
    json.dumps(summary_json(summary, spec.name))
    assert spec_from_dict(json.loads(dumps_spec(spec))) == spec


_small = st.integers(1, 12)
_valid_layer = st.one_of(
    st.builds(
        lambda n, f, s, p, a: {
            "type": "conv",
            "filters": n,
            "size": f,
            "stride": s,
            "padding": p,
            "activation": a,
        },
        _small,
        _small,
        st.integers(1, 4),
        st.one_of(st.integers(0, 3), st.sampled_from(["same", "valid"])),
        st.sampled_from(["relu", "leaky_relu", "tanh", "sigmoid", "linear"]),
    ),
    st.builds(
        lambda m, f, s: {"type": "pool", "mode": m, "size": f, "stride": s},
        st.sampled_from(["max", "avg"]),
        _small,
        st.integers(1, 4),
    ),
    st.builds(lambda u: {"type": "fc", "units": u}, st.integers(1, 50)),
    st.builds(lambda k: {"type": "softmax", "classes": k}, st.integers(2, 12)),
)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 40), st.integers(1, 40), st.integers(1, 4), st.lists(_valid_layer, max_size=8)
)
def test_any_chain_of_valid_layers_is_summarised(height, width, channels, layers):
    spec = spec_from_dict(
        {
            "format": "cnnbuilder.network",
            "version": 1,
            "input": {"height": height, "width": width, "channels": channels},
            "layers": layers,
        }
    )
    summary = summarize(spec)
    assert len(summary.rows) == len(layers) + 1
    seen_error = False
    for row in summary.layer_rows:
        if seen_error:
            assert row.status == "blocked"
            assert row.output_shape is None
        elif row.status == "error":
            seen_error = True
            assert row.error
        else:
            assert row.output_shape is not None
            assert all(n >= 1 for n in row.output_shape)
    assert summary.ok == (not summary.errors and bool(layers) and layers[-1]["type"] == "softmax")
    text_table(summary, "fuzz")
