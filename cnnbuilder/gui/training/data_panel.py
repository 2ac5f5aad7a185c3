"""Choose the data to train on, see its size, and fit the network to it."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.datasets import (
    BUILTIN_DATASETS,
    NAMED_DATASETS,
    Dataset,
    check_fits,
    load_dataset,
    validation_size,
)
from cnnbuilder.core.datasets.named import needs_download
from cnnbuilder.core.spec import output_classes
from cnnbuilder.gui import commands
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.file_text import TITLE_CHARS, breakable, plain_tip, shown, shown_lines
from cnnbuilder.gui.training.background import BackgroundJob
from cnnbuilder.gui.training.download_box import DownloadBox, named_title
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

DATA_FILTERS = QT_TRANSLATE_NOOP(
    "DataPanel", "Data files (*.npz *-ubyte *-ubyte.gz *.idx *.gz);;All files (*)"
)
BUILTIN_TITLES = {  # translated where shown (context "DataPanel")
    "digits": QT_TRANSLATE_NOOP("DataPanel", "Digits (built-in)"),
    "shapes": QT_TRANSLATE_NOOP("DataPanel", "Shapes (built-in)"),
}


def sentence(text: str, source: str | None = None) -> str:
    """``"the data is 8×8×1 …"`` -> ``"The data is 8×8×1 ….``".

    A message that starts with the data's file name (``source``) keeps its case.
    """
    if not (source and text.startswith(Path(source).name)):
        text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "。")) else text + "."


class DataPanel(QGroupBox):
    """The data set of the next run; a view of the :class:`Document` for the fit check.

    Signals
    -------
    dataset_changed(Dataset or None)
        A data set finished loading (None while loading or after a failure).
    fit_changed()
        Whether the data fits the network may have changed.
    """

    dataset_changed = Signal(object)
    fit_changed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data"))
        self.setObjectName("dataPanel")
        self._document = document
        self.dataset: Dataset | None = None
        self.source: str | None = None
        self._val_split = 0.1
        self._loader = BackgroundJob(self)
        self._loader.succeeded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_load_failed)
        self._build()
        document.spec_changed.connect(self._update_fit)

    def _build(self) -> None:
        self.source_box = QComboBox()
        self.source_box.setObjectName("dataSourceBox")
        for name in BUILTIN_DATASETS:
            title = BUILTIN_TITLES.get(name)
            self.source_box.addItem(self.tr(title) if title else name, name)
        for name in NAMED_DATASETS:  # downloaded once into the cache
            self.source_box.addItem(named_title(name), name)
        self.source_box.activated.connect(self._on_source_chosen)
        self.download = DownloadBox()
        self.download.retry_requested.connect(lambda: self.set_source(self.source or ""))
        self.open_file_button = QPushButton(self.tr("Open file…"))
        self.open_file_button.setToolTip(self.tr("Open a .npz data file or MNIST-style IDX files"))
        self.open_file_button.clicked.connect(self._ask_file)
        self.open_folder_button = QPushButton(self.tr("Open folder…"))
        self.open_folder_button.setToolTip(
            self.tr("Open a folder with one sub-folder of images per class")
        )
        self.open_folder_button.clicked.connect(self._ask_folder)
        self.info = QLabel(self.tr("No data loaded"))
        self.info.setObjectName("dataInfo")
        self.info.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("dataWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b45309;")
        self.fit_button = QPushButton(self.tr("Fit network to data"))
        self.fit_button.setObjectName("fitDataButton")
        self.fit_button.setToolTip(
            self.tr(
                "Set the input volume and the Softmax classes to the data's (one undoable edit)"
            )
        )
        self.fit_button.clicked.connect(self.fit_network)
        row = QHBoxLayout()
        row.addWidget(self.open_file_button)
        row.addWidget(self.open_folder_button)
        column = QVBoxLayout(self)
        column.addWidget(self.source_box)
        column.addLayout(row)
        column.addWidget(self.download)
        column.addWidget(self.info)
        column.addWidget(self.warning_label)
        column.addWidget(self.fit_button)
        self._show_warning(None)

    # -- loading -----------------------------------------------------------------
    def _select(self, source: str) -> None:
        index = self.source_box.findData(source)
        if index < 0:
            self.source_box.addItem(shown(Path(source).name, TITLE_CHARS), source)
            index = self.source_box.count() - 1
            self.source_box.setItemData(
                index, plain_tip(shown(source)), Qt.ItemDataRole.ToolTipRole
            )
        self.source_box.setCurrentIndex(index)
        self.source = source
        self.dataset = None

    def set_unread(self, source: str) -> None:
        """Name ``source`` without reading it (the user declined); a load in flight is dropped."""
        self._select(source)
        self._loader.forget()
        self.download.abandon()
        self.info.setText(self.tr("Not read: {path}").format(path=breakable(shown(source))))
        self._show_warning(None)
        self.dataset_changed.emit(None)

    def set_source(self, source: str) -> None:
        """Load ``source`` ("digits", "shapes", a file or a folder) in the background."""
        self._select(source)
        name = breakable(shown(self.source_box.currentText()))
        self.info.setText(self.tr("Loading {name}…").format(name=name))
        self._show_warning(None)
        self.dataset_changed.emit(None)
        self.download.abandon()  # a download still running for an earlier choice stops
        job = functools.partial(load_dataset, source, self._document.spec.input.shape)
        if source in NAMED_DATASETS and needs_download(source):
            cancel, progress = self.download.start()
            job = functools.partial(job, progress=progress, should_cancel=cancel.is_set)
        self._loader.submit(job)

    @property
    def loading(self) -> bool:
        """True while a data set is being read."""
        return self._loader.busy

    def _on_source_chosen(self, index: int) -> None:
        source = self.source_box.itemData(index)
        if source != self.source or self.dataset is None:
            self.set_source(source)

    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open data"), "", self.tr(DATA_FILTERS))
        if path:
            self.set_source(path)

    def _ask_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of class sub-folders"))
        if path:
            self.set_source(path)

    def _on_loaded(self, dataset: Dataset) -> None:
        self.download.finished()
        self._retitle_named()
        self.dataset = dataset
        self._update_info()
        self._update_fit()
        self.dataset_changed.emit(dataset)

    def _retitle_named(self) -> None:
        """Named data sets say whether they are cached (after a download, it changed)."""
        for name in NAMED_DATASETS:
            index = self.source_box.findData(name)
            if index >= 0:
                self.source_box.setItemText(index, named_title(name))

    def _on_load_failed(self, message: str) -> None:
        if self.download.active:
            self.download.failed()
        self.dataset = None
        self.info.setText(self.tr("Could not load the data."))
        self._show_warning(message, fixable=False)
        self.dataset_changed.emit(None)

    # -- what the user sees ------------------------------------------------------
    def set_val_split(self, val_split: float) -> None:
        """Show the split sizes for this validation fraction."""
        self._val_split = val_split
        self._update_info()

    def _update_info(self) -> None:
        data = self.dataset
        if data is None:
            return
        m = len(data.y)
        n_val = validation_size(data.y, self._val_split)
        test = len(data.y_test) if data.y_test is not None else 0
        shape = "×".join(str(n) for n in data.input_shape)
        split = self.tr("train {train} · validation {val} · test {test}").format(
            train=f"{m - n_val:,}", val=f"{n_val:,}", test=f"{test:,}"
        )
        lines = [
            self.tr("<b>{shape}</b> images, <b>{classes}</b> classes").format(
                shape=shape, classes=data.num_classes
            ),
            split + ("" if test else " " + self.tr("(no test split)")),
        ]
        lines += [f"<i>{note}</i>" for note in data.notes]
        self.info.setText("<br>".join(lines))
        self.info.setToolTip(
            plain_tip(", ".join(shown(name, TITLE_CHARS) for name in data.class_names))
        )

    def _update_fit(self, *_: object) -> None:
        if self.dataset is not None:
            self._show_warning(self.data_mismatch)
        self.fit_changed.emit()

    def _show_warning(self, text: str | None, fixable: bool = True) -> None:
        shown_text = breakable(shown_lines(f"⚠ {sentence(text, self.source)}")) if text else ""
        self.warning_label.setText(shown_text)
        self.warning_label.setVisible(bool(text))
        self.fit_button.setVisible(bool(text) and fixable)

    @property
    def data_mismatch(self) -> str | None:
        """Why the data cannot train the network, None when it fits or is not loaded."""
        if self.dataset is None:
            return None
        spec = self._document.spec
        return check_fits(self.dataset, spec.input.shape, output_classes(spec))

    def fit_network(self) -> None:
        """Set the network's input and classes to the data's (undoable)."""
        if self.dataset is None:
            return
        data = self.dataset
        self._document.push(
            commands.fit_to_data(self._document, data.input_shape, data.num_classes)
        )

    def shutdown(self) -> None:
        """Drop any load in progress (application close); a download stops."""
        self.download.abandon()
        self._loader.shutdown()
