"""A state machine drives the document through random edits, undo, redo, save and open.

After every step: the table shows ``summarize(spec)``; undo gives back the exact
earlier spec; a saved file reopens equal.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import Qt

from cnnbuilder.core import edits
from cnnbuilder.core.fileio import load_spec, spec_to_dict
from cnnbuilder.core.kinds.conv import ConvSpec
from cnnbuilder.core.kinds.fc import DenseSpec
from cnnbuilder.core.kinds.pool import PoolSpec
from cnnbuilder.core.kinds.softmax import SoftmaxSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.gui.app import application
from cnnbuilder.gui.commands import SpecEditCommand
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.summary_model import SummaryTableModel, cell_text

PRESET = Path(__file__).resolve().parents[2] / "resources" / "presets" / "lenet5.cnn.json"

LAYERS = st.one_of(
    st.builds(
        ConvSpec,
        filters=st.integers(1, 16),
        size=st.integers(1, 7),
        stride=st.integers(1, 3),
        padding=st.one_of(st.integers(0, 3), st.sampled_from(["valid", "same"])),
    ),
    st.builds(PoolSpec, mode=st.sampled_from(["max", "avg"]), size=st.integers(1, 4)),
    st.builds(DenseSpec, units=st.integers(1, 64)),
    st.builds(SoftmaxSpec, classes=st.integers(2, 12)),
)
FIELDS = {
    "conv": ("filters", st.integers(1, 32)),
    "pool": ("size", st.integers(1, 5)),
    "fc": ("units", st.integers(1, 128)),
    "softmax": ("classes", st.integers(2, 20)),
}


class DocumentMachine(RuleBasedStateMachine):
    """The document and the table model, driven as the window drives them."""

    def __init__(self) -> None:
        super().__init__()
        application()
        self.document = Document(load_spec(PRESET))
        self.model = SummaryTableModel(self.document)
        self.folder = Path(tempfile.mkdtemp(prefix="cnnbuilder-machine-"))
        self.past: list = []  # the spec before each undoable step, oldest first
        self.future: list = []  # specs undone, for redo

    def _push(self, after, text: str) -> None:
        before = self.document.spec
        if self.document.push(SpecEditCommand(self.document, after, text)):
            self.past.append(before)
            self.future.clear()

    @rule(layer=LAYERS, where=st.integers(0, 20))
    def insert(self, layer, where):
        self._push(edits.insert_layer(self.document.spec, where, layer), "insert")

    @precondition(lambda self: self.document.spec.layers)
    @rule(data=st.data())
    def edit(self, data):
        index = data.draw(st.integers(0, len(self.document.spec.layers) - 1))
        field, values = FIELDS[self.document.spec.layers[index].kind]
        after = edits.set_layer_field(self.document.spec, index, field, data.draw(values))
        self._push(after, "edit")

    @precondition(lambda self: len(self.document.spec.layers) > 1)
    @rule(data=st.data())
    def move(self, data):
        count = len(self.document.spec.layers)
        source = data.draw(st.integers(0, count - 1))
        target = data.draw(st.integers(0, count - 1))
        self._push(edits.move_layer(self.document.spec, source, target), "move")

    @precondition(lambda self: self.document.spec.layers)
    @rule(data=st.data())
    def delete(self, data):
        index = data.draw(st.integers(0, len(self.document.spec.layers) - 1))
        self._push(edits.remove_layer(self.document.spec, index), "delete")

    @precondition(lambda self: self.past)
    @rule()
    def undo(self):
        current = self.document.spec
        self.document.undo()
        assert self.document.spec == self.past[-1]  # exactly, uids included
        self.past.pop()
        self.future.append(current)

    @precondition(lambda self: self.future)
    @rule()
    def redo(self):
        before = self.document.spec
        self.document.redo()
        assert self.document.spec == self.future.pop()
        self.past.append(before)

    @rule()
    def save_and_reopen(self):
        path = self.folder / "net.cnn.json"
        self.document.save(path)
        assert not self.document.is_dirty
        saved = spec_to_dict(self.document.spec)
        assert spec_to_dict(load_spec(path)) == saved
        self.document.open(path)  # a new document history
        assert spec_to_dict(self.document.spec) == saved
        self.past.clear()
        self.future.clear()

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    @invariant()
    def table_is_the_summary(self):
        rows = summarize(self.document.spec).rows
        assert self.model.rowCount() == len(rows)
        for r, row in enumerate(rows):
            for c in range(self.model.columnCount()):
                shown = self.model.data(self.model.index(r, c), Qt.ItemDataRole.DisplayRole)
                assert shown == cell_text(row, c)


DocumentMachine.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDocumentMachine = DocumentMachine.TestCase
