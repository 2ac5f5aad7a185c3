"""The hostile corpus against the command line: exit 0 or 2, one line, no traceback.

All cases run in one child process (fast) whose address space is capped with
``resource.setrlimit``: a check that is missing shows as a MemoryError or a
kill, not as a slow machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.corpus import build

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CAP = 3 * 1024**3  # address space; NumPy and OpenBLAS alone reserve a few hundred MiB

RUNNER = r"""
import contextlib, io, json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from cnnbuilder.cli import main
for line in sys.stdin:
    case = json.loads(line)
    print(json.dumps({{"start": case["name"]}}), flush=True)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(case["argv"])
    except BaseException as exc:  # noqa: BLE001 - reported, the test fails on it
        code = "escaped " + type(exc).__name__ + ": " + str(exc)[:200]
    print(json.dumps({{"name": case["name"], "code": code, "err": err.getvalue(),
                      "out": out.getvalue()[-2000:]}}), flush=True)
"""


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    cases = build(folder)
    stdin = "".join(json.dumps({"name": c.name, "argv": list(c.argv)}) + "\n" for c in cases)
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER.format(cap=MEMORY_CAP)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(folder)},
        check=False,
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    started = [line["start"] for line in lines if "start" in line]
    done = {line["name"]: line for line in lines if "name" in line}
    assert len(done) == len(cases), (
        f"the runner stopped in {started[-1]!r} (exit {proc.returncode}): {proc.stderr[-2000:]}"
    )
    return done


def test_every_hostile_input_gives_exit_0_or_2_and_one_line(results):
    bad = []
    for name, result in results.items():
        err = result["err"]
        if result["code"] not in (0, 2) or "Traceback" in err or err.count("\n") > 1:
            bad.append(f"{name}: exit {result['code']}: {err!r}")
        elif result["code"] == 2 and ("MemoryError" in err or not err.strip()):
            bad.append(f"{name}: refused without a check: {err!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("5000-digit integer", "4300 digits"),
        ("filters 2**31", "at most 2,147,483,647"),
        ("a list as a layer type", "unknown layer type ['conv']"),
        ("200000 nested lists", "nested too deeply"),
        ("a 17 MiB network file", "over 16 MiB"),
        ("100000 layers", "at most 1,000"),
        ("a FIFO as the network", "FIFO"),
        ("a device as the network", "device"),
        ("an unknown ~user", "no-such-user-13"),
        ("summary --batch-size 0", "must be between 1"),
        ("npz: x declares 4 TB", "over the limit"),
        ("npz: x shape overflows int64", "over the limit"),
        ("labels of 10**8", "over the limit of 10,000 classes"),
        ("labels of 2e19", "labels-2e19.npz"),
        ("values of 1e300", "pixel values reach 1e+300"),
        ("values of 3e38", "pixel values reach 3e+38"),
        ("IDX sizes overflow", "over the limit"),
        ("IDX .gz declares 100 GB", "over the limit"),
        ("a FIFO as the data", "FIFO"),
        ("--batch-size 10**400", "must be between 1"),
        ("--save-weights ''", "empty path"),
        ("--save-weights /dev/null", "device"),
        ("--save-weights FIFO", "FIFO"),
        ("--save-weights the network", "also an input"),
        ("weights with a 4 GiB extra key", "junk"),
        ("predict --input a data .npz", "not a single .npy array"),
        ("predict --input declares 256 GB", "over the 2 GiB limit; split the input"),
        ("predict --input a FIFO", "FIFO"),
        ("predict --output its input", "also an input"),
    ],
)
def test_the_message_names_the_problem(results, name, words):
    assert words in results[name]["err"], results[name]


def test_a_folder_of_bombs_trains_on_the_good_images_and_names_the_skipped(results):
    result = results["a folder with image bombs and a FIFO"]
    assert result["code"] == 0, result
    out = result["out"]
    assert "3 files skipped" in out  # the FIFO is not a file: never opened, never waited on
    for name in ("a/wide.png", "b/deep.png", "b/text.png"):
        assert name in out


def test_control_characters_in_names_are_printed_escaped(results):
    out = results["control characters in names"]["out"]
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\\x1b[2J" in out
