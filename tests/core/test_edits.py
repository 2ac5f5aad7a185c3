from __future__ import annotations

from cnnbuilder.core import edits
from cnnbuilder.core.spec import ConvSpec, DenseSpec, NetworkSpec, PoolSpec, SoftmaxSpec


def _spec() -> NetworkSpec:
    return NetworkSpec(layers=(ConvSpec(), PoolSpec(), DenseSpec(), SoftmaxSpec()))


def test_insert_remove_move_keep_uids():
    spec = _spec()
    uids = [layer.uid for layer in spec.layers]
    added = edits.insert_layer(spec, 1, ConvSpec(filters=3))
    assert [type(x).__name__ for x in added.layers] == [
        "ConvSpec",
        "ConvSpec",
        "PoolSpec",
        "DenseSpec",
        "SoftmaxSpec",
    ]
    assert edits.remove_layer(added, 1) == spec
    moved = edits.move_layer(spec, 0, 2)
    assert [x.uid for x in moved.layers] == [uids[1], uids[2], uids[0], uids[3]]
    assert spec.layers[0].uid == uids[0]  # the original is untouched


def test_insert_clamps_and_duplicate_gets_a_new_uid():
    spec = _spec()
    assert edits.insert_layer(spec, 99, PoolSpec()).layers[-1].kind == "pool"
    dup = edits.duplicate_layer(spec, 0)
    assert dup.layers[0] == dup.layers[1]
    assert dup.layers[0].uid != dup.layers[1].uid


def test_set_field_and_fit_to_data():
    spec = edits.set_layer_field(_spec(), 0, "size", 7)
    assert spec.layers[0].size == 7
    fitted = edits.fit_to_data(spec, (8, 8, 1), 4)
    assert fitted.input.shape == (8, 8, 1)
    assert fitted.layers[-1].classes == 4
    assert edits.set_input(spec, channels=1).input.channels == 1
    assert spec.index_of(spec.layers[2].uid) == 2
