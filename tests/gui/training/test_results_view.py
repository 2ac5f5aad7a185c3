"""The results view: headline, confusion matrix and mistakes, also when they are empty."""

from __future__ import annotations

import dataclasses

import pytest

from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.training import build_network
from cnnbuilder.gui.training.results_view import EvaluatedNetwork, ResultsView


def _draws_placeholder(pane) -> bool:
    """True when ``pane``'s viewport looks different without its placeholder text."""
    with_text = pane.viewport().grab().toImage()
    text, pane.placeholder = pane.placeholder, ""
    without = pane.viewport().grab().toImage()
    pane.placeholder = text
    return with_text != without


@pytest.fixture
def view(qtbot):
    results = ResultsView()
    qtbot.addWidget(results)
    results.resize(900, 420)
    results.show()
    return results


@pytest.fixture
def network(tiny_spec):
    return build_network(tiny_spec, TrainingSpec())


def test_no_mistakes_says_so_in_the_middle_of_the_tab(view, network, digits):
    perfect = digits.y_test.copy()
    view.show_evaluation(EvaluatedNetwork(network, digits, perfect, "run 1"))
    assert view.details.tabText(0) == "Mistakes (0)"
    assert view.mistakes.count() == 0
    assert view.mistakes.placeholder == "No misclassified test images."
    assert _draws_placeholder(view.mistakes)  # drawn, not only a tooltip


def test_mistakes_hide_the_placeholder(view, network, digits):
    wrong = (digits.y_test + 1) % 10
    view.show_evaluation(EvaluatedNetwork(network, digits, wrong, "run 1"))
    assert view.mistakes.count() == 60
    assert not _draws_placeholder(view.mistakes)


def test_data_without_a_test_split_says_so_instead_of_an_empty_matrix(view, network, digits):
    data = dataclasses.replace(digits, x_test=None, y_test=None)
    view.show_evaluation(EvaluatedNetwork(network, data, None, "run 1"))
    assert "No test split" in view.headline.text()
    for pane in (view.confusion, view.mistakes):
        assert "no test split" in pane.placeholder
        assert _draws_placeholder(pane)


def test_before_a_run_the_panes_are_quiet(view):
    for pane in (view.confusion, view.mistakes, view.filters):
        assert pane.placeholder == ""
