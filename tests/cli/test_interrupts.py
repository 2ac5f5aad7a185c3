"""SIGINT / SIGTERM at random moments of ``train``: exit 130 / 143, weights never lost."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.training import IterationResult, build_network, run_settings, train
from cnnbuilder.interrupts import INTERRUPTS, Interrupted

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="reads signal masks from /proc"
)
ROOT = Path(__file__).resolve().parents[2]
NET = ROOT / "resources" / "presets" / "digits.cnn.json"
ARGS = ["--data", "digits", "--epochs", "40", "--batch-size", "16", "--seed", "3", "--json"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}


def _wait_for_handlers(pid: int) -> None:
    """Wait until the process catches SIGTERM: the first moment it can act on a signal.

    Before that the interpreter is still starting (under load, for longer than
    any fixed delay), and no program can save anything there.
    """
    bit = 1 << (signal.SIGTERM - 1)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        status = Path(f"/proc/{pid}/status").read_text()
        caught = int(re.search(r"SigCgt:\s*([0-9a-f]+)", status)[1], 16)
        if caught & bit:
            return
        time.sleep(0.001)
    raise AssertionError("the process never installed its signal handlers")


def _interrupt_once(case: int, rng: random.Random, folder: Path) -> dict:
    """Start a run, signal it at a random moment, return what happened."""
    signum = signal.SIGTERM if case % 2 else signal.SIGINT
    weights = folder / f"w{case}.npz"
    # A third of the moments fall anywhere in the first half second (imports,
    # data loading, first updates); the rest after a random number of updates.
    wait_lines = 0 if case % 3 == 0 else rng.randint(1, 80)
    delay = rng.uniform(0.0, 0.5) if wait_lines == 0 else rng.uniform(0.0, 0.02)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cnnbuilder",
            "train",
            str(NET),
            *ARGS,
            "--save-weights",
            str(weights),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    seen: list[str] = []
    assert proc.stdout is not None
    _wait_for_handlers(proc.pid)
    if wait_lines:
        while sum('"iteration"' in line for line in seen) < wait_lines:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line)
    time.sleep(delay)
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=60)
    seen.extend(out.splitlines(keepends=True))
    return {"signum": signum, "code": proc.returncode, "out": seen, "err": err, "path": weights}


def _expected_weights(*updates: int) -> dict[int, dict[str, np.ndarray]]:
    """The weights after exactly each of ``updates`` updates of the same run, in process."""
    spec = load_spec(NET)
    config = run_settings(spec.training, epochs=40, batch_size=16, seed=3)
    network = build_network(spec, config)
    run = train(network, load_dataset("digits", spec.input.shape), config)
    out = {0: network.get_weights()}
    done = 0
    while done < max(updates):
        if isinstance(next(run), IterationResult):
            done += 1
            if done in updates:
                out[done] = network.get_weights()
    return out


def _updates_saved(result: dict) -> int:
    saved = re.search(r"weights of update (\d+) were saved", result["err"])
    return int(saved[1]) if saved else 0


def test_twenty_random_signals_exit_130_or_143_and_save_the_last_update(tmp_path):
    rng = random.Random(13)
    plans = [(case, random.Random(rng.random())) for case in range(20)]

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda plan: _interrupt_once(*plan, tmp_path), plans))
    counts = [_updates_saved(r) for r in results]
    expected = _expected_weights(*(n for n in counts if n))
    for result, updates in zip(results, counts, strict=True):
        context = f"{result['signum']!r}: {result['err']!r}"
        assert result["code"] == 128 + result["signum"], context
        assert "Traceback" not in result["err"], context
        assert result["err"].count("\n") == 1, context
        iterations = [json.loads(x) for x in result["out"] if '"iteration"' in x]
        if iterations:  # at least one update was made: the weights were saved
            assert updates, context
        if updates:
            assert updates >= (iterations[-1]["iteration"] if iterations else 1)
            with np.load(result["path"]) as got:
                assert set(got.files) - {"network"} == set(expected[updates])
                for key, value in expected[updates].items():
                    np.testing.assert_array_equal(got[key], value)
        else:
            assert not result["path"].exists()
    # The moments really spread over loading and training.
    assert any(not r["out"] for r in results)
    assert sum(bool(re.search("saved", r["err"])) for r in results) >= 10


def test_a_signal_during_training_in_process_stops_after_the_update(tmp_path, capsys, monkeypatch):
    """The handler only sets a flag: the generator is never ended by an exception."""
    weights = tmp_path / "w.npz"
    sent = threading.Event()

    def send_after_first_update(item):
        if not sent.is_set():
            sent.set()
            os.kill(os.getpid(), signal.SIGTERM)

    from cnnbuilder.cli import main, train_cmd

    original = train_cmd._JsonReporter.event

    def event(self, item):
        original(self, item)
        send_after_first_update(item)

    monkeypatch.setattr(train_cmd._JsonReporter, "event", event)
    code = main(["train", str(NET), *ARGS, "--save-weights", str(weights)])
    err = capsys.readouterr().err
    assert code == 143
    assert "weights of update 1 were saved" in err
    with np.load(weights) as got:
        np.testing.assert_array_equal(got["layer0.W"], _expected_weights(1)[1]["layer0.W"])


def _signal_self_and_wait() -> None:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)


def test_a_signal_while_nothing_is_at_stake_raises_interrupted():
    with INTERRUPTS.installed(), pytest.raises(Interrupted) as caught:
        _signal_self_and_wait()
    assert caught.value.exit_code == 130


# Runs ``python -m cnnbuilder ARGS`` but holds the import of the command line for a
# minute after saying so: the moment only the early handler (install_early) is set.
HELD_IMPORT = """
import runpy, sys, time
class Hold:
    def find_spec(self, name, path=None, target=None):
        if name == "cnnbuilder.cli":
            print("importing", flush=True)
            time.sleep(60)
        return None
sys.meta_path.insert(0, Hold())
runpy.run_module("cnnbuilder", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize(
    ("lang", "signum", "line"),
    [
        ("ko_KR.UTF-8", signal.SIGINT, "cnnbuilder: 중단됨"),
        ("ko_KR.UTF-8", signal.SIGTERM, "cnnbuilder: 중단됨"),
        ("C.UTF-8", signal.SIGINT, "cnnbuilder: interrupted"),
    ],
)
def test_a_signal_during_the_imports_prints_one_line_in_the_language(lang, signum, line):
    env = {k: v for k, v in _env().items() if not k.startswith(("LC_", "LANGUAGE"))}
    proc = subprocess.Popen(
        [sys.executable, "-c", HELD_IMPORT, "summary", str(NET)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "LANG": lang},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "importing\n"
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=90)
    finally:  # never leave it running for the next test to trip on
        proc.kill()
        proc.wait()
    assert proc.returncode == 128 + signum
    assert err == line + "\n"
    assert out == ""


def test_korean_lang_option_reaches_the_early_line():
    proc = subprocess.Popen(
        [sys.executable, "-c", HELD_IMPORT, "summary", str(NET), "--lang", "ko"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**_env(), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "importing\n"
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=90)
    finally:
        proc.kill()
        proc.wait()
    assert (proc.returncode, err) == (130, "cnnbuilder: 중단됨\n")
