"""The hyper-parameters of a run: epochs, batch size, optimizer, η, seed, split, shuffle."""

from __future__ import annotations

import math
from dataclasses import fields, replace
from pathlib import PurePath

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QWidget,
)

from cnnbuilder.core.backends import available_backends
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.gui.file_text import TITLE_CHARS, shown
from cnnbuilder.gui.undo_keys import is_undo_key, route_undo_keys
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

OPTIMIZER_TITLES = {
    "sgd": "SGD",
    "momentum": QT_TRANSLATE_NOOP("SettingsForm", "Momentum"),
    "adam": "Adam",
}
# Absurdly large rates are allowed on purpose: watching a run diverge is a lesson.
LR_MIN, LR_MAX = 1e-7, 1e9
_LADDER = (1.0, 2.0, 3.0, 5.0)  # learning rates step 0.001, 0.002, 0.003, 0.005, 0.01…
FIELD_TITLES = {  # for the undo history; translated where used (context "SettingsForm")
    "epochs": QT_TRANSLATE_NOOP("SettingsForm", "epochs"),
    "batch_size": QT_TRANSLATE_NOOP("SettingsForm", "batch size"),
    "optimizer": QT_TRANSLATE_NOOP("SettingsForm", "optimizer"),
    "lr": QT_TRANSLATE_NOOP("SettingsForm", "learning rate η"),
    "seed": QT_TRANSLATE_NOOP("SettingsForm", "seed"),
    "val_split": QT_TRANSLATE_NOOP("SettingsForm", "validation share"),
    "shuffle": QT_TRANSLATE_NOOP("SettingsForm", "shuffle"),
}


def describe_change(before: TrainingSpec | None, after: TrainingSpec) -> str:
    """The undo history's name for replacing ``before`` by ``after``.

    ``"Choose data: shapes"`` when only the data source changed, ``"Change
    epochs"`` when one setting did, ``"Change training settings"`` otherwise.
    """
    before = before or TrainingSpec()
    changed = [f.name for f in fields(after) if getattr(before, f.name) != getattr(after, f.name)]
    if changed == ["dataset"]:
        text = QCoreApplication.translate("SettingsForm", "Choose data: {name}")
        return text.format(name=shown(PurePath(after.dataset).name, TITLE_CHARS))
    if len(changed) == 1:
        title = QCoreApplication.translate("SettingsForm", FIELD_TITLES[changed[0]])
        return QCoreApplication.translate("SettingsForm", "Change {setting}").format(setting=title)
    return QCoreApplication.translate("commands", "Change training settings")


def ladder_step(value: float, steps: int) -> float:
    """Move ``value`` ``steps`` rungs along the 1-2-3-5 ladder (10^k scaled)."""
    exponent = math.floor(math.log10(value))
    mantissa = value / 10**exponent
    index = min(range(len(_LADDER)), key=lambda i: abs(_LADDER[i] - mantissa))
    position = exponent * len(_LADDER) + index + steps
    exponent, index = divmod(position, len(_LADDER))
    return _LADDER[index] * 10.0**exponent


class LearningRateBox(QDoubleSpinBox):
    """A spin box for η: shows ``0.003`` (not ``0.00300``) and steps 1-2-3-5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(10)
        self.setRange(LR_MIN, LR_MAX)

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            ok = text in ("", "0", "0.", "-") or text.endswith(("e", "e-"))
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid, text, pos)
        inside = LR_MIN <= value <= LR_MAX
        state = QValidator.State.Acceptable if inside else QValidator.State.Intermediate
        return (state, text, pos)

    def stepBy(self, steps: int) -> None:
        self.setValue(min(LR_MAX, max(LR_MIN, ladder_step(self.value(), steps))))


class SettingsForm(QGroupBox):
    """Edits a :class:`TrainingSpec`; filled from and saved to the file's ``training``.

    Signals
    -------
    changed()
        The user changed a value.
    undo_requested()
        Ctrl+Z / Ctrl+Shift+Z was typed in a field, just before the window's Undo /
        Redo runs: an edit not yet saved into the file should be saved first.
    """

    changed = Signal()
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Settings"))
        self.setObjectName("settingsForm")
        self.epochs = self._spin(1, 100_000, "epochsBox", self.tr("Passes over the training data"))
        self.batch_size = self._spin(
            1, 65_536, "batchSizeBox", self.tr("Mini-batch size m: images per update")
        )
        self.optimizer = QComboBox()
        self.optimizer.setObjectName("optimizerBox")
        for key, title in OPTIMIZER_TITLES.items():
            self.optimizer.addItem(self.tr(title), key)
        self.optimizer.currentIndexChanged.connect(self.changed)
        self.lr = LearningRateBox()
        self.lr.setObjectName("learningRateBox")
        self.lr.setToolTip(
            self.tr("Learning rate η (arrow keys step 0.001, 0.002, 0.003, 0.005, …)")
        )
        self.lr.valueChanged.connect(self.changed)
        self.seed = self._spin(
            0,
            2**31 - 1,
            "seedBox",
            self.tr("Seed of the initial weights, the shuffling and the split"),
        )
        self.val_split = self._val_split_box()
        self.shuffle = QCheckBox(self.tr("Shuffle every epoch"))
        self.shuffle.setObjectName("shuffleBox")
        self.shuffle.setChecked(True)
        self.shuffle.setToolTip(
            self.tr(
                "Draw the mini-batches in a new random order each epoch (seeded). "
                "Off keeps the data order. Not saved in the file."
            )
        )
        self.shuffle.toggled.connect(self.changed)
        self.backend = self._backend_box()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels wrap
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Batch size"), self.batch_size)
        form.addRow(self.tr("Optimizer"), self.optimizer)
        form.addRow(self.tr("Learning rate η"), self.lr)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Validation"), self.val_split)
        form.addRow("", self.shuffle)
        if self.backend.count() > 1:  # a choice only when PyTorch is installed
            form.addRow(self.tr("Backend"), self.backend)
        self._dataset = TrainingSpec().dataset
        self.set_config(TrainingSpec())
        # Ctrl+Z in a field undoes the document edit, not the field's text; the
        # announcer is installed last so it sees the key before the router takes it.
        route_undo_keys(self)
        announcer = _UndoAnnouncer(self)
        for box in (self.epochs, self.batch_size, self.lr, self.seed, self.val_split):
            box.installEventFilter(announcer)

    def _spin(self, low: int, high: int, name: str, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setObjectName(name)
        box.setToolTip(tip)
        box.setGroupSeparatorShown(False)
        box.valueChanged.connect(self.changed)
        return box

    def _backend_box(self) -> QComboBox:
        box = QComboBox()
        box.setObjectName("backendBox")
        titles = {"numpy": self.tr("NumPy (the reference)"), "torch": self.tr("PyTorch")}
        for key in available_backends():
            box.addItem(titles[key], key)
        box.setToolTip(
            self.tr(
                "The engine that trains this run: cnnbuilder's NumPy engine, or PyTorch "
                "(on a GPU when there is one). Same settings and results. Not saved in the file."
            )
        )
        return box  # a choice for the next run, not an edit of the file: no ``changed``

    def _val_split_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName("valSplitBox")
        box.setToolTip(self.tr("Share of the training data held out for validation"))
        box.setRange(0, 90)
        box.setDecimals(1)
        box.setSingleStep(5)
        box.setSuffix(" %")
        box.valueChanged.connect(self.changed)
        return box

    def config(self) -> TrainingSpec:
        """The settings as they stand in the form (with the data source last shown)."""
        return TrainingSpec(
            dataset=self._dataset,
            epochs=self.epochs.value(),
            batch_size=self.batch_size.value(),
            optimizer=self.optimizer.currentData(),
            lr=float(f"{self.lr.value():.6g}"),
            seed=self.seed.value(),
            val_split=round(self.val_split.value() / 100, 4),
            shuffle=self.shuffle.isChecked(),
            backend=self.backend.currentData(),
        )

    def set_config(self, config: TrainingSpec) -> None:
        """Show ``config`` without emitting ``changed`` (the backend stays as chosen)."""
        boxes = (
            self.epochs,
            self.batch_size,
            self.optimizer,
            self.lr,
            self.seed,
            self.val_split,
            self.shuffle,
        )
        blockers = [QSignalBlocker(box) for box in boxes]
        self._dataset = config.dataset
        self.epochs.setValue(config.epochs)
        self.batch_size.setValue(config.batch_size)
        self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(config.optimizer)))
        self.lr.setValue(config.lr)
        self.seed.setValue(config.seed)
        self.val_split.setValue(config.val_split * 100)
        self.shuffle.setChecked(config.shuffle)
        del blockers

    def training_spec(self, dataset: str) -> TrainingSpec:
        """The form as the file's ``training`` section, with the data source."""
        return replace(self.config(), dataset=dataset).for_file()


class _UndoAnnouncer(QObject):
    """Event filter: emits the form's ``undo_requested`` when an undo key is typed."""

    def __init__(self, form: SettingsForm) -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and is_undo_key(event):
            self._form.undo_requested.emit()
        return False
