"""Two processes fetch the same data at once: one downloads, the other waits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

from cnnbuilder.core.datasets.cache import source_dir

ROOT = Path(__file__).resolve().parents[4]

_CHILD = """
import json, os, sys, time
from pathlib import Path
from cnnbuilder.core.datasets import catalog
from cnnbuilder.core.datasets.catalog import NamedSource, RemoteFile
from cnnbuilder.core.datasets.download import FetchOptions, fetch

spec = json.loads(os.environ["TINY_SOURCE"])
spec["files"] = tuple(RemoteFile(**f) for f in spec["files"])
spec["image_shape"] = tuple(spec["image_shape"])
spec["class_names"] = tuple(spec["class_names"])
source = NamedSource(**spec)
catalog.NAMED_SOURCES["mnist"] = source
# A barrier: both start fetching together, however slowly each process started.
barrier = Path(os.environ["BARRIER"])
(barrier / f"ready-{os.getpid()}").touch()
deadline = time.monotonic() + 60
while not (barrier / "go").exists() and time.monotonic() < deadline:
    time.sleep(0.01)
waited = []
fetch(source, lambda p: waited.append(p.waiting), options=FetchOptions(5.0, 0.1, 2))
print("waited" if any(waited) else "fetched", flush=True)
"""


def test_two_processes_leave_one_complete_cache(tiny_mnist, server, tmp_path):
    server.modes.update({f.name: "slow" for f in tiny_mnist.files})
    env = dict(os.environ)
    env.update(
        {
            "TINY_SOURCE": json.dumps(asdict(tiny_mnist)),
            "PYTHONPATH": str(ROOT),
            "BARRIER": str(tmp_path),
        }
    )
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("ready-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    (tmp_path / "go").touch()
    outputs = [child.communicate(timeout=60) for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    assert sorted(out.strip() for out, _ in outputs) == ["fetched", "waited"]
    for f in tiny_mnist.files:
        assert server.count(f.name) == 1  # fetched once, by one of them
        assert (source_dir(tiny_mnist) / f.name).read_bytes() == server.files[f.name]
    leftovers = [p.name for p in source_dir(tiny_mnist).iterdir() if p.suffix == ".part"]
    assert leftovers == []
