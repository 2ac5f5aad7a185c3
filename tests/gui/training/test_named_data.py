"""Named data sets in the window: download with progress, Cancel, Retry; the Data tab."""

from __future__ import annotations

import time

from cnnbuilder.core.datasets.cache import source_dir
from cnnbuilder.gui.training.attach import attach_training


def _panel(training_window):
    return training_window.training.panel.data_panel


def _choose(panel, name: str) -> None:
    index = panel.source_box.findData(name)
    assert index >= 0, f"{name} is not in the data list"
    panel.source_box.setCurrentIndex(index)
    panel.source_box.activated.emit(index)


def test_named_sets_are_listed_with_their_download_size(training_window, tiny_mnist):
    box = _panel(training_window).source_box
    names = [box.itemData(i) for i in range(box.count())]
    assert names[:5] == ["digits", "shapes", "mnist", "fashion-mnist", "cifar10"]
    assert "162.2 MB" in box.itemText(names.index("cifar10"))


def test_choosing_mnist_downloads_with_progress_and_loads(training_window, tiny_mnist, qtbot):
    panel = _panel(training_window)
    _choose(panel, "mnist")
    assert panel.download.active
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=20_000)
    assert panel.dataset.name == "mnist"
    assert panel.dataset.input_shape == (28, 28, 1)
    assert not panel.download.isVisibleTo(panel)
    assert panel.download.bar.value() == 1000
    assert (source_dir(tiny_mnist) / "train-images-idx3-ubyte.gz").is_file()
    index = panel.source_box.findData("mnist")
    assert "(cached)" in panel.source_box.itemText(index)


def test_cancel_keeps_the_window_responsive_then_retry_resumes(
    training_window, tiny_mnist, server, qtbot
):
    panel = _panel(training_window)
    name = "train-images-idx3-ubyte.gz"
    server.files[name] = server.files[name] * 1
    server.modes[name] = "slow"
    _choose(panel, "mnist")
    qtbot.waitUntil(lambda: panel.download.bar.value() > 0, timeout=10_000)
    start = time.monotonic()
    panel.download.cancel_button.click()
    qtbot.waitUntil(lambda: panel.download.retry_button.isVisibleTo(panel), timeout=5_000)
    assert time.monotonic() - start < 3
    assert panel.dataset is None
    assert panel.warning_label.text()  # the reason, in the panel
    assert not (source_dir(tiny_mnist) / name).exists()
    server.modes[name] = "ok"
    panel.download.retry_button.click()
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=20_000)
    ranges = [r for path, r in server.requests if path.endswith(name)]
    assert ranges[-1] is not None
    assert ranges[-1].startswith("bytes=")


def test_a_404_shows_the_message_and_retry(training_window, tiny_mnist, server, qtbot):
    panel = _panel(training_window)
    server.modes["t10k-labels-idx1-ubyte.gz"] = "404"
    _choose(panel, "mnist")
    qtbot.waitUntil(lambda: panel.download.retry_button.isVisibleTo(panel), timeout=20_000)
    assert "404" in panel.warning_label.text()
    assert str(source_dir(tiny_mnist)) in panel.warning_label.text().replace("\u200b", "")


def test_data_tab_shows_counts_and_samples_per_class(training_window, qtbot):
    preview = training_window.data_preview
    data = _panel(training_window).dataset
    qtbot.waitUntil(lambda: len(preview.rows) == data.num_classes, timeout=5_000)
    rows = preview.rows
    assert sum(r.train + r.validation for r in rows) == len(data.y)
    assert sum(r.test for r in rows) == len(data.y_test)
    assert all(len(r.samples) == 10 for r in rows)
    assert all(r.samples.shape[1:] == data.input_shape for r in rows)
    before = sum(r.validation for r in rows)
    training_window.training.panel.settings.val_split.setValue(30)
    assert sum(r.validation for r in preview.rows) > before


def test_attach_gives_a_data_tab(make_window):
    window = make_window()
    if getattr(window, "training", None) is None:
        attach_training(window)
    assert window.data_preview.objectName() == "dataPreview"
