from __future__ import annotations

import io

from cnnbuilder.cli.progress import ProgressBar, render_bar


def test_render_bar_fills_in_proportion():
    line = render_bar(5, 10, "epoch 1/2", "cost 0.5", width=10)
    assert line == "epoch 1/2 [#####-----]  50% cost 0.5"
    assert "[##########] 100%" in render_bar(12, 10, "", "", width=10)
    assert "[----------]   0%" in render_bar(0, 0, "", "", width=10)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_draws_on_a_terminal_only():
    quiet = io.StringIO()
    ProgressBar(10, quiet).update(5, "epoch 1/1")
    assert quiet.getvalue() == ""
    tty = _Tty()
    bar = ProgressBar(10, tty)
    bar.update(10, "epoch 1/1", "cost 0.1")
    assert "\r" in tty.getvalue()
    assert "100%" in tty.getvalue()
    assert "left 0:00" in tty.getvalue()
