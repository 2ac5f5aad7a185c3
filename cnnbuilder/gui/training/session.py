"""Ties the training widgets to the document and the worker: one run after another.

The session reads the document (spec, summary), the data panel and the
settings form; on Train it snapshots the spec, builds the network, locks the
document and starts the :class:`TrainingController`. Results come back by
queued signals and fill the curves and the results view. The GUI thread
never waits on the worker, except in :meth:`shutdown` on application close.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from cnnbuilder.core.datasets import Dataset, outside_folder, validation_size
from cnnbuilder.core.errors import CnnBuilderError
from cnnbuilder.core.run import Progress, Run, RunRecorder, network_changes
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.training import IterationResult, build_network
from cnnbuilder.gui import commands
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.training.close_wait import CloseWaitDialog
from cnnbuilder.gui.training.controller import TrainingController
from cnnbuilder.gui.training.curves_panel import CurvesPanel
from cnnbuilder.gui.training.data_panel import sentence
from cnnbuilder.gui.training.results_view import EvaluatedNetwork, ResultsView
from cnnbuilder.gui.training.run_clock import RunClock
from cnnbuilder.gui.training.run_history import run_label
from cnnbuilder.gui.training.run_messages import best_weights_note, finish_status, run_ending
from cnnbuilder.gui.training.runs import RunEntry, RunsModel
from cnnbuilder.gui.training.settings_form import describe_change
from cnnbuilder.gui.training.training_panel import TrainingPanel
from cnnbuilder.gui.training.weights_actions import WeightsActions

SAVE_SETTINGS_DELAY_MS = 500  # a burst of spin-box steps becomes one undo step


def _training_size(data: Dataset, config: TrainingSpec) -> tuple[int, int]:
    """(training images after the validation split, iterations per epoch)."""
    m = len(data.y) - validation_size(data.y, config.val_split)
    return m, -(-m // config.batch_size)


class TrainingSession(QObject):
    """Runs training for a :class:`Document` and shows it in the training widgets.

    Signals
    -------
    run_finished(Run)
        After a run ended and its results are shown.
    message(str)
        A line for the window's status bar.
    """

    run_finished = Signal(object)
    message = Signal(str)

    def __init__(
        self, document: Document, panel: TrainingPanel, curves: CurvesPanel, results: ResultsView
    ) -> None:
        super().__init__(panel)
        self.document, self.panel, self.curves, self.results = document, panel, curves, results
        self.controller = TrainingController(self)
        self.runs = RunsModel(self)  # what the result views observe
        self.weights = WeightsActions(document, panel, results, self)
        self.weights.saved.connect(self._on_weights_saved)
        self._config = TrainingSpec()
        self._batches = 1  # iterations per epoch of the current run
        # The data of the running (or last) run; the data panel holds the loaded one.
        self._run_data: Dataset | None = None
        self._title = ""
        self._clock = RunClock()
        self._last: IterationResult | None = None  # latest mini-batch of the run
        self._status_is_readiness = True  # False while the status reports a run's end
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_SETTINGS_DELAY_MS)
        self._save_timer.timeout.connect(self.save_settings)
        self._spec_source: str | None = None  # the file's data source last acted on
        self._approved_sources: set[str] = set()  # data paths the user agreed to read
        self._declined: str | None = None  # the file's data path the user chose not to read
        self._asking = False  # while the question about a data path is open
        self._connect()
        self._on_spec_changed()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _connect(self) -> None:
        p, c = self.panel, self.controller
        p.train_button.clicked.connect(self.start)
        p.stop_button.clicked.connect(self.stop)
        p.pause_button.clicked.connect(self._on_pause_clicked)
        p.settings.changed.connect(self._on_settings_edited)
        p.settings.undo_requested.connect(self._flush_settings)
        p.data_panel.dataset_changed.connect(self._on_dataset_changed)
        p.data_panel.fit_changed.connect(self.update_ready)
        p.data_panel.source_box.activated.connect(lambda _: self._save_timer.start())
        self.document.spec_changed.connect(self._on_spec_changed)
        # Another file: its data source is looked at afresh (path_changed comes
        # before the new spec), so a source declined for one file is asked for again.
        self.document.path_changed.connect(self._forget_spec_source)
        # Another network (New, Open): the last run's "Epoch 15/15" no longer applies.
        self.document.replaced.connect(p.clear_progress)
        self.document.replaced.connect(self._on_replaced)
        self.runs.selected_changed.connect(self._show_run)
        # The curves follow the runs table: its check boxes, deleted runs, another document.
        self.runs.changed.connect(lambda: self.curves.keep_runs(self.runs.shown()))
        self.curves.shown_changed.connect(self.runs.set_shown_number)
        self.results.restore_button.clicked.connect(self.restore_network)
        c.progressed.connect(self._on_progress)
        c.finished.connect(self._on_finished)
        c.failed.connect(self._on_failed)
        c.paused_changed.connect(self._on_paused_changed)
        c.running_changed.connect(lambda running: None if running else self.update_ready())
        self.curves.message.connect(self.message)
        self.curves.redrawn.connect(self._show_progress)
        self.results.prediction.message.connect(self.message)
        self.weights.message.connect(self.message)

    # -- readiness ---------------------------------------------------------------------
    def _spec_dataset(self) -> str:
        training = self.document.spec.training
        return training.dataset if training is not None else "digits"

    def _on_spec_changed(self, *_: object) -> None:
        self._status_is_readiness = True
        self._show_version()
        training = self.document.spec.training
        if training is not None:
            self.panel.settings.set_config(training)
        self.panel.data_panel.set_val_split(self.panel.settings.config().val_split)
        # Another file (or an undo) names other data: load it. A pick in the data
        # panel is already loaded when it reaches the file, so it is not reloaded.
        wanted = self._spec_dataset()
        if wanted != self._spec_source:
            self._spec_source = wanted
            if wanted != self.panel.data_panel.source or wanted == self._declined:
                if self._may_read(wanted):
                    self._declined = None
                    self.panel.data_panel.set_source(wanted)
                else:  # shown, not read; the data of the previous file is not kept
                    self._declined = wanted
                    self.panel.data_panel.set_unread(wanted)
        self.update_ready()

    def _forget_spec_source(self, *_: object) -> None:
        self._spec_source = None

    def _may_read(self, source: str) -> bool:
        """Ask before reading a data path, named by the file, outside the file's folder."""
        path = self.document.path
        outside = outside_folder(source, None if path is None else path.parent)
        if outside is None or source in self._approved_sources:
            return True
        # The question runs an event loop: the previous network's data may finish
        # loading meanwhile, and must not be written into this file as a pick.
        self._asking = True
        try:
            answer = QMessageBox.question(
                self.panel.window(),
                self.tr("Read the data set?"),
                self.tr(
                    "This network names its data set at\n{path}\noutside the network's folder. "
                    "Read it now?"
                ).format(path=outside),
            )
        finally:
            self._asking = False
        if answer != QMessageBox.StandardButton.Yes:
            self.message.emit(self.tr("Data set not read: {path}").format(path=outside))
            return False
        self._approved_sources.add(source)
        return True

    def _on_settings_edited(self) -> None:
        self._status_is_readiness = True
        self.panel.data_panel.set_val_split(self.panel.settings.config().val_split)
        self._save_timer.start()
        self.update_ready()

    def _flush_settings(self) -> None:
        """An undo key in the form: save a pending edit first, so Undo takes it back."""
        if self._save_timer.isActive():
            self.save_settings()

    def _on_dataset_changed(self, data: Dataset | None) -> None:
        self._status_is_readiness = True
        if data is not None and self.panel.data_panel.source:  # read once: no need to ask again
            self._approved_sources.add(self.panel.data_panel.source)
        # A source the user picked is written into the file once it has loaded
        # (a pick that fails to load never is); the file's own source is already there.
        if (
            data is not None
            and not self._asking
            and self.panel.data_panel.source != self._spec_dataset()
        ):
            self._save_timer.start()
        self.update_ready()

    def train_blocker(self) -> str | None:
        """Why Train is disabled, or None when a run can start."""
        data_panel = self.panel.data_panel
        if self.controller.running:
            return self.tr("A run is in progress.")
        if not self.document.summary.ok:
            return self.tr("The network cannot be trained: {problem}").format(
                problem=self.document.summary.problem
            )
        if data_panel.loading:
            return self.tr("Loading the data…")
        if data_panel.dataset is None:
            return self.tr("Choose the data to train on.")
        if data_panel.data_mismatch:  # the reason itself, not only where to look
            return self.tr("{problem} — Fit network to data.").format(
                problem=sentence(data_panel.data_mismatch).rstrip(".")
            )
        return self.panel.settings.config().invalid_reason()

    def update_ready(self) -> None:
        """Enable Train exactly when a run can start, and say why not otherwise."""
        if self.controller.running:
            return
        problem = self.train_blocker()
        self.panel.train_button.setEnabled(problem is None)
        self.panel.train_button.setToolTip(problem or self.tr("Train the network"))
        self.results.save_weights_button.setEnabled(self.weights.network is not None)
        self.results.load_weights_button.setEnabled(True)
        if problem is not None:
            waiting = self.document.summary.ok and self.panel.data_panel.loading
            self.panel.set_status(problem, "info" if waiting else "warn")
            self._status_is_readiness = True
        elif self._status_is_readiness:
            self.panel.set_status(self._ready_text())

    def _ready_text(self) -> str:
        data, config = self.panel.data_panel.dataset, self.panel.settings.config()
        if data is None:  # not ready (train_blocker() says so first)
            return self.tr("Choose the data to train on.")
        m, batches = _training_size(data, config)
        return self.tr(
            "Ready: {epochs} epochs of {batches} iterations ({m} training images, batch {batch})."
        ).format(epochs=config.epochs, batches=f"{batches:,}", m=f"{m:,}", batch=config.batch_size)

    def save_settings(self) -> None:
        """Write the form (and the data source, once loaded) into the file's training section."""
        self._save_timer.stop()
        data_panel = self.panel.data_panel
        loaded = data_panel.source if data_panel.dataset is not None else None
        source = loaded or self._spec_dataset()
        training = self.panel.settings.training_spec(source)
        before = self.document.spec.training
        if training != before and not self.document.locked:
            command = commands.set_training(self.document, training)
            command.setText(describe_change(before, training))
            self.document.push(command)

    # -- a run -------------------------------------------------------------------------
    def start(self) -> bool:
        """Start a run with the form's settings; False (and a message) if it cannot."""
        problem = self.train_blocker()
        if problem is not None:
            self.panel.set_status(problem, "warn")
            return False
        self.save_settings()
        spec, config = self.document.spec, self.panel.settings.config()
        data = self.panel.data_panel.dataset
        if data is None:  # train_blocker() above says so; this keeps the type checker sure
            return False
        try:
            network = build_network(spec, config)  # checks settings and the 2 GiB budget
        except (CnnBuilderError, ValueError, MemoryError) as exc:
            self.panel.set_status(str(exc), "error")
            return False
        _, batches = _training_size(data, config)
        self._config, self._batches = config, batches
        record = self.curves.begin_run(self.runs.next_number, config, batches)
        self._title = record.label
        self.document.set_locked(True)
        self.panel.set_running(True)
        self.results.save_weights_button.setEnabled(False)
        self.results.load_weights_button.setEnabled(False)
        self.panel.reset_progress(config.epochs * batches)
        self.panel.set_status(self.tr("Training {run}…").format(run=record.label))
        self._clock.start()
        self._last = None
        source = self.panel.data_panel.source or self._spec_dataset()
        config = replace(config, dataset=source)
        self._run_data = data
        self.controller.start(network, data, RunRecorder(spec, data, source, config))
        return True

    def stop(self) -> None:
        """End the run after the current mini-batch (its weights are kept)."""
        if self.controller.running:
            self.controller.stop()
            self.panel.stop_button.setEnabled(False)
            self.panel.pause_button.setEnabled(False)
            self.panel.set_status(self.tr("Stopping after this mini-batch…"))

    def _on_pause_clicked(self, checked: bool) -> None:
        if checked:
            self.controller.pause()
        else:
            self.controller.resume()

    def _on_paused_changed(self, paused: bool) -> None:
        self._clock.pause(paused)
        if self.controller.running and not self.controller.stopping:
            self.panel.set_running(True, paused)
            self.panel.set_status(
                self.tr("Paused: Resume goes on from here.")
                if paused
                else self.tr("Training {run}…").format(run=self._title)
            )

    def _on_progress(self, progress: Progress) -> None:
        self.curves.add_progress(progress)
        if progress.last is not None:
            self._last = progress.last

    def _show_progress(self) -> None:
        """Epoch, iteration, time left: shown with each redraw of the curves."""
        last = self._last
        if last is not None:
            total = self._config.epochs * last.batches_per_epoch
            self.panel.show_progress(
                last, self._config.epochs, self._clock.left(last.iteration, total)
            )

    def _on_finished(self, run: Run) -> None:
        self._end_run()
        # The data of this run is set when it starts, before any finish can arrive.
        assert self._run_data is not None, "a run finished that never started"
        entry = self.runs.add(run, self._run_data)  # selected: the result views show it
        self.panel.set_status(*finish_status(entry.run))
        self.update_ready()
        self.run_finished.emit(entry.run)

    def _on_weights_saved(self, network: object) -> None:
        """The selected run's weights were written: closing it no longer asks."""
        selected = self.runs.selected
        if selected is not None and selected.run.network is network:
            self.runs.mark_saved(selected)

    # -- the selected run --------------------------------------------------------------
    def _show_run(self, entry: RunEntry | None) -> None:
        """Every result view shows the selected run, with its own network."""
        self.weights.run = None if entry is None else entry.run
        if entry is None:
            self.weights.network = None
            self.results.clear()
            self._show_version()
            self.update_ready()
            return
        run = entry.run
        self.weights.network = run.network
        if entry.saved:
            self.weights.saved_network = run.network
        batches = -(-run.data.train_size // run.settings.batch_size)
        self.results.show_evaluation(
            EvaluatedNetwork(
                run.network,
                entry.data,
                run.test_predictions,
                run_label(run.number, run.settings),
                run_ending(run, batches),
                run.data.style,
                best_weights_note(run),
            )
        )
        self._show_version()
        self.update_ready()

    def _show_version(self) -> None:
        """Say when the network on the canvas is not the one the shown run trained."""
        entry = self.runs.selected
        changes = [] if entry is None else network_changes(entry.run.spec, self.document.spec)
        self.results.show_version(entry.run.number if entry else 0, changes)

    def restore_network(self) -> None:
        """Put the selected run's network back on the canvas (one undoable edit)."""
        entry = self.runs.selected
        if entry is None or self.document.locked:
            return
        spec = self.document.spec
        after = replace(spec, input=entry.run.spec.input, layers=entry.run.spec.layers)
        text = self.tr("Restore the network of run {n}").format(n=entry.run.number)
        self.document.push(commands.SpecEditCommand(self.document, after, text))

    def _on_replaced(self) -> None:
        """Another document: its settings (or the defaults), no runs of the old one,
        and no results: not even of weights loaded without a run."""
        self._save_timer.stop()
        self.panel.settings.set_config(self.document.spec.training or TrainingSpec())
        self.panel.data_panel.set_val_split(self.panel.settings.config().val_split)
        self.runs.clear()
        self._show_run(None)

    def confirm_closing_runs(self) -> bool:
        """Ask before runs whose trained weights are not saved are closed; True to go on."""
        unsaved = self.runs.unsaved()
        if not unsaved:
            return True
        numbers = ", ".join(str(entry.run.number) for entry in unsaved)
        answer = QMessageBox.question(
            self.panel.window(),
            self.tr("Unsaved trained weights"),
            self.tr(
                "The trained weights of run {numbers} are not saved. Close them anyway?"
            ).format(numbers=numbers),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _on_failed(self, message: str) -> None:
        self._end_run()
        self.curves.keep_runs(self.runs.shown())  # no run to show: its curves go too
        self.panel.set_status(message, "error")
        self.update_ready()

    def _end_run(self) -> None:
        self._status_is_readiness = False
        self.document.set_locked(False)
        self.panel.set_running(False)
        self.curves.end_run()
        self.panel.time_left.setText("")

    # -- closing -----------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop any run and wait for its thread (with a dialog); drop background loads."""
        if self.controller.running:
            parent = self.panel.window()
            self.controller.shutdown(
                feedback=CloseWaitDialog(parent if parent.isVisible() else None)
            )
        self.panel.data_panel.shutdown()
        self.weights.shutdown()
