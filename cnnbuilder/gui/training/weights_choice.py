"""Which weights of a run to save: the final ones, or those of its best epoch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.run import Run


def choose_weights(parent: QWidget, run: Run) -> Network | None:
    """The network whose weights to save: ``run.network`` when its best weights are
    the final ones, else the user's choice (None when they cancel).

    The question is a :class:`QMessageBox` (object name ``bestOrFinalBox``)
    whose buttons are ``saveFinalButton``, ``saveBestButton`` and Cancel.
    """
    best = run.best_network
    if best is None or not run.best_differs:
        return run.network
    last = run.epochs[-1].val_accuracy if run.epochs else None
    box = QMessageBox(parent)
    box.setObjectName("bestOrFinalBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("weights_choice", "Save which weights?"))
    box.setText(
        QCoreApplication.translate(
            "weights_choice",
            "Run {n} reached its best validation accuracy, {best}, at epoch {epoch} of "
            "{epochs}; its last epoch had {last}. The results shown use the final weights.",
        ).format(
            n=run.number,
            best=f"{run.best_val_accuracy:.1%}",
            epoch=run.best_epoch,
            epochs=run.settings.epochs,
            last="–" if last is None else f"{last:.1%}",
        )
    )
    final_button = box.addButton(
        QCoreApplication.translate("weights_choice", "Final weights"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    final_button.setObjectName("saveFinalButton")
    best_button = box.addButton(
        QCoreApplication.translate("weights_choice", "Best weights (epoch {epoch})").format(
            epoch=run.best_epoch
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    best_button.setObjectName("saveBestButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is final_button:
        return run.network
    return best if clicked is best_button else None
