"""File commands of the window: New, presets, Open, recent files, Save, export.

Owns the file actions and their dialogs; the document does the reading and
writing. Every path that would lose unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.spec import InputSpec, NetworkSpec
from cnnbuilder.gui import commands, export
from cnnbuilder.gui.actions import make_action
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.recent_files import RecentFiles
from cnnbuilder.gui.resources import preset_paths
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

NETWORK_FILTER = QT_TRANSLATE_NOOP(
    "FileController", "cnnbuilder networks (*.cnn.json);;JSON files (*.json);;All files (*)"
)
Button = QMessageBox.StandardButton
# The shipped presets' names, for the catalogue: File ▸ New from Preset shows
# them translated (a test keeps this list equal to the files' names).
PRESET_NAMES = (
    QT_TRANSLATE_NOOP("presets", "ConvNet example (course)"),
    QT_TRANSLATE_NOOP("presets", "Digits CNN"),
    QT_TRANSLATE_NOOP("presets", "Fashion-MNIST CNN"),
    QT_TRANSLATE_NOOP("presets", "LeNet-5 (course)"),
    QT_TRANSLATE_NOOP("presets", "LeNet-5 (MNIST)"),
    QT_TRANSLATE_NOOP("presets", "Shapes LeNet"),
    QT_TRANSLATE_NOOP("presets", "Small VGG (CIFAR-10)"),
)


def blank_spec() -> NetworkSpec:
    """The network of File ▸ New: no layers yet, an input that fits the default data
    set (the built-in digits, 8×8×1), so that Train works once layers are added."""
    name = QCoreApplication.translate("FileController", "Untitled")
    return NetworkSpec(name=name, input=InputSpec(8, 8, 1))


class FileController(QObject):
    """File actions for ``document``, with dialogs parented to ``window``.

    Signals
    -------
    message(str)
        A line for the status bar (opened, saved, exported, failed).
    """

    message = Signal(str)

    def __init__(self, document: Document, window: QWidget, recent: RecentFiles) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        # Asked before the document is closed; each returns False to cancel.
        self.guards: list[Callable[[], bool]] = []
        # The name New or a preset gave the network (not the user's choice): Save As
        # replaces it by the file's name. None once the user named it or opened a file.
        self._given_name: str | None = None
        self.recent = recent
        self.new_action = make_action(
            self, self.tr("&New"), self.new_network, "new", QKeySequence.StandardKey.New
        )
        self.open_action = make_action(
            self, self.tr("&Open…"), self.open_file, "open", QKeySequence.StandardKey.Open
        )
        self.save_action = make_action(
            self, self.tr("&Save"), self.save, "save", QKeySequence.StandardKey.Save
        )
        self.save_as_action = make_action(
            self, self.tr("Save &As…"), self.save_as, None, QKeySequence.StandardKey.SaveAs
        )
        # Found by automation and tests by these names, never by their (translated) text.
        for action, name in (
            (self.new_action, "actionNew"),
            (self.open_action, "actionOpen"),
            (self.save_action, "actionSave"),
            (self.save_as_action, "actionSaveAs"),
        ):
            action.setObjectName(name)
        self.copy_markdown_action = make_action(
            self, self.tr("Copy Table as &Markdown"), self.copy_markdown, "copy"
        )
        self.save_csv_action = make_action(
            self, self.tr("Export Table as &CSV…"), self.export_csv, None
        )
        self.presets_menu = QMenu(self.tr("New from &Preset"), window)
        for path in preset_paths():
            self._add_preset(path)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        recent.changed.connect(self._rebuild_recent_menu)
        self._rebuild_recent_menu()
        document.locked_changed.connect(self._on_locked_changed)

    def _add_preset(self, path: Path) -> None:
        try:
            label = QCoreApplication.translate("presets", load_spec(path).name)
        except SpecError:
            label = path.name
        action = self.presets_menu.addAction(label)
        action.setToolTip(path.name)
        action.triggered.connect(lambda _checked=False, p=path: self.new_from_preset(p))

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if paths:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Menu"), self.recent.clear)
        self.recent_menu.setEnabled(bool(paths) and not self.document.locked)

    def _on_locked_changed(self, locked: bool) -> None:
        for action in (self.new_action, self.open_action):
            action.setEnabled(not locked)
        self.presets_menu.setEnabled(not locked)
        self.recent_menu.setEnabled(not locked and bool(self.recent.paths()))

    # -- unsaved changes -----------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to discard the spec.

        The :attr:`guards` (e.g. unsaved trained weights) are asked first.
        """
        if not all(guard() for guard in self.guards):
            return False
        if not self.document.is_dirty:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("“{file}” has unsaved changes. Save them first?").format(
                file=self.document.file_name
            ),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # -- commands ------------------------------------------------------------------------
    def new_network(self) -> bool:
        """Replace the network by an empty one (asks about unsaved changes)."""
        if self.document.locked or not self.maybe_save():
            return False
        self._start_from(blank_spec())
        self.message.emit(self.tr("New network: drag layers from the palette onto the canvas."))
        return True

    def new_from_preset(self, path: Path) -> bool:
        """Start from a preset as an untitled copy (the preset file stays as it is)."""
        if self.document.locked or not self.maybe_save():
            return False
        try:
            spec = load_spec(path)
        except SpecError as exc:
            self.report_open_failure(path, exc)
            return False
        self._start_from(spec)
        name = QCoreApplication.translate("presets", spec.name)
        self.message.emit(self.tr("New network from the preset “{name}”.").format(name=name))
        return True

    def open_network(self, spec: NetworkSpec) -> bool:
        """Replace the network by ``spec`` from elsewhere (a weights file), untitled.

        The unsaved-changes questions and the :attr:`guards` are asked as by
        Open; False when the user kept the current network.
        """
        if self.document.locked or not self.maybe_save():
            return False
        self._start_from(spec)
        return True

    def _start_from(self, spec: NetworkSpec) -> None:
        """An untitled copy of ``spec``: Save As names it after its file."""
        self.document.reset(spec)
        self._given_name = spec.name

    def open_file(self, path: Path | str | None = None) -> bool:
        """Open ``path`` (or ask for one); on failure keep the current network."""
        if self.document.locked or not self.maybe_save():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open network"), self._folder(), self.tr(NETWORK_FILTER)
            )
            if not name:
                return False
            path = name
        return self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` without asking anything first; report a failure."""
        try:
            self.document.open(path)
            self._given_name = None
        except SpecError as exc:
            self.report_open_failure(path, exc)
            return False
        self.recent.add(path)
        self.message.emit(self.tr("Opened {file}.").format(file=path.name))
        return True

    def report_open_failure(self, path: Path, exc: SpecError) -> None:
        """Tell the user in the status bar and a message box why ``path`` did not open."""
        self.message.emit(
            self.tr("Could not open {file}: {problem}").format(file=Path(path).name, problem=exc)
        )
        if Path(path).resolve() in self.recent.paths() and not Path(path).exists():
            self.recent.remove(path)
        QMessageBox.critical(
            self.window,
            self.tr("Cannot open the network"),
            self.tr(
                "{file} could not be opened; the current network is unchanged.\n\n{problem}"
            ).format(file=Path(path).name, problem=exc),
        )

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        suggestion = str(Path(self._folder()) / _suggested_name(self.document))
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save network"), suggestion, self.tr(NETWORK_FILTER)
        )
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith((".json",)):
            path = path.with_name(path.name + ".cnn.json")
        if self._given_name is not None and self.document.spec.name == self._given_name:
            # "Save As my_lenet5" names the network my_lenet5, unless the user named it.
            stem = path.name.removesuffix(".json").removesuffix(".cnn")
            self.document.push(commands.set_name(self.document, stem, None))
        saved = self._save_to(path)
        if saved:
            self._given_name = None
        return saved

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as exc:
            self.message.emit(
                self.tr("Could not save {file}: {problem}").format(file=path.name, problem=exc)
            )
            QMessageBox.critical(
                self.window,
                self.tr("Cannot save"),
                self.tr("{file} could not be written:\n{problem}").format(file=path, problem=exc),
            )
            return False
        self.recent.add(path)
        self.message.emit(self.tr("Saved {file}.").format(file=path.name))
        return True

    def copy_markdown(self) -> None:
        """Copy the summary table as Markdown to the clipboard."""
        spec = self.document.spec
        batch = spec.training.batch_size if spec.training else 32
        export.copy_markdown(self.document.summary, spec.name, batch)
        self.message.emit(self.tr("Copied the table as Markdown."))

    def export_csv(self, path: Path | str | None = None) -> bool:
        """Save the summary table as CSV (asks for a file when ``path`` is None)."""
        if path is None:
            stem = _suggested_name(self.document).removesuffix(".cnn.json")
            suggestion = str(Path(self._folder()) / f"{stem}-summary.csv")
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export table"), suggestion, self.tr("CSV (*.csv)")
            )
            if not name:
                return False
            # A name typed without an extension still gets one, as Save As does.
            path = name if Path(name).suffix else f"{name}.csv"
        try:
            export.save_csv(self.document.summary, path)
        except OSError as exc:
            QMessageBox.critical(
                self.window,
                self.tr("Cannot export"),
                self.tr("{file} could not be written:\n{problem}").format(file=path, problem=exc),
            )
            return False
        self.message.emit(self.tr("Exported the table to {file}.").format(file=Path(path).name))
        return True

    def _folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        recent = self.recent.paths()
        return str(recent[0].parent) if recent else str(Path.home())


def _suggested_name(document: Document) -> str:
    if document.path is not None:
        return document.path.name
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in document.spec.name.lower())
    return f"{stem.strip('-') or 'network'}.cnn.json"
