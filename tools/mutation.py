"""Mutation testing of the core modules whose numbers a learner reads.

Runs mutmut once per group of modules, each in its own scratch copy of the
checkout under ``build/mutation/<group>/`` and with only the test files
that exercise that group, then prints the mutation score per module and
writes it to ``build/mutation/scores.json``. A second run reuses mutmut's
cache: only functions whose code changed are mutated and tested again.

It runs long (minutes per group on a quiet machine), so it is not part of
CI; ``docs/TESTING.md`` records the last scores and how to read them.

Usage::

    python tools/mutation.py                  # every group
    python tools/mutation.py kinds summary    # some groups
    python tools/mutation.py --fresh nn-conv  # forget earlier verdicts first
    python tools/mutation.py --list           # the groups and their tests
    python tools/mutation.py --survivors kinds  # the surviving mutants' diffs
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "mutation"
COPIED = ("cnnbuilder", "tests", "resources", "pyproject.toml")
# The one test that trains the digits preset to 97 % takes minutes: it is the
# end-to-end check, not the place where a formula is pinned.
SLOW = ("tests/core/test_training.py::test_digits_preset_reaches_97_percent",)
# Lines that only say things (log calls) are not worth a mutant.
NOT_MUTATED = (r"^\s*(_?log|_?logger|LOG)\.\w+\(",)


@dataclass(frozen=True)
class Group:
    """Modules mutated together and the tests that judge them.

    Attributes
    ----------
    name : str
        The group's name on the command line and its scratch folder.
    modules : tuple of str
        Glob patterns of the files mutated (relative to the checkout).
    tests : tuple of str
        The test files or folders run against each mutant.
    skip : tuple of str
        Files matched by ``modules`` that are not mutated (with the reason
        beside the group).
    """

    name: str
    modules: tuple[str, ...]
    tests: tuple[str, ...]
    skip: tuple[str, ...] = ()

    def measures(self, module: str) -> bool:
        """Whether ``module`` (a path relative to the checkout) is scored in this group."""
        return any(fnmatch(module, m) for m in self.modules) and not any(
            fnmatch(module, m) for m in self.skip
        )


GROUPS = (
    Group(
        "kinds",
        ("cnnbuilder/core/kinds/*.py",),
        (
            "tests/core/kinds",
            "tests/core/inside",
            "tests/core/test_summary.py",
            "tests/core/test_summary_rows.py",
            "tests/core/test_summary_consistency.py",
            "tests/core/test_fileio.py",
            "tests/core/test_fileio_messages.py",
        ),
    ),
    Group(
        "summary",
        ("cnnbuilder/core/summary.py", "cnnbuilder/core/layer_rows.py"),
        (
            "tests/core/test_summary.py",
            "tests/core/test_summary_rows.py",
            "tests/core/test_summary_consistency.py",
            "tests/core/test_fileio.py",
            "tests/core/test_edits.py",
        ),
    ),
    Group(
        "spec",
        ("cnnbuilder/core/spec.py",),
        ("tests/core/test_spec.py", "tests/core/test_layer_names.py"),
    ),
    Group(
        "fileio",
        ("cnnbuilder/core/fileio.py",),
        ("tests/core/test_fileio.py", "tests/core/test_fileio_messages.py"),
    ),
    Group(
        "weights",
        ("cnnbuilder/core/weights.py",),
        ("tests/core/test_weights.py", "tests/core/test_weights_network.py"),
    ),
    # The engine in three groups, each judged by the fast tests that pin its numbers
    # (kernels against the loop-by-loop reference, gradients against finite
    # differences): one group over all of it runs every network test per mutant.
    # The loop-by-loop reference is the tests' oracle: no learner reads its numbers.
    Group(
        "nn-conv",
        tuple(
            f"cnnbuilder/core/nn/{m}.py" for m in ("conv", "im2col", "pool", "pool2x2", "fusion")
        ),
        (
            "tests/core/nn/test_conv.py",
            "tests/core/nn/test_im2col.py",
            "tests/core/nn/test_pool.py",
            "tests/core/nn/test_fusion.py",
        ),
    ),
    Group(
        "nn-dense",
        tuple(
            f"cnnbuilder/core/nn/{m}.py"
            for m in ("dense", "activations", "losses", "init", "params", "optim")
        ),
        (
            "tests/core/nn/test_dense.py",
            "tests/core/nn/test_losses.py",
            "tests/core/nn/test_optim.py",
            "tests/core/nn/test_params.py",
            "tests/core/nn/test_init.py",
        ),
    ),
    Group(
        "nn-network",
        tuple(
            f"cnnbuilder/core/nn/{m}.py"
            for m in ("network", "split", "workspace", "layers", "interface", "blas", "aliases")
        ),
        (
            "tests/core/nn/test_network.py",
            "tests/core/nn/test_split.py",
            "tests/core/nn/test_blas.py",
            "tests/core/nn/test_workspace.py",
            "tests/core/nn/test_layers.py",
            "tests/core/test_summary_consistency.py",
        ),
    ),
    Group("training", ("cnnbuilder/core/training.py",), ("tests/core/test_training.py",)),
    # The data sets in four groups, so that each finishes in a sitting: the
    # decoders and the split rule; the download and its cache; the folder
    # reader; the built-in generated sets.
    Group(
        "datasets",
        ("cnnbuilder/core/datasets/*.py",),
        ("tests/core/datasets",),
        skip=tuple(
            f"cnnbuilder/core/datasets/{name}.py"
            for name in ("__init__", "download", "cache", "folder", "shapes", "builtin")
        ),
    ),
    Group(
        "download",
        ("cnnbuilder/core/datasets/download.py", "cnnbuilder/core/datasets/cache.py"),
        (
            "tests/core/datasets/named/test_download.py",
            "tests/core/datasets/named/test_cache.py",
            "tests/core/datasets/named/test_two_processes.py",
            "tests/core/datasets/test_load_dataset.py",
        ),
    ),
    Group(
        "folder",
        ("cnnbuilder/core/datasets/folder.py", "cnnbuilder/core/datasets/__init__.py"),
        (
            "tests/core/datasets/test_folder.py",
            "tests/core/datasets/test_images.py",
            "tests/core/datasets/test_load_dataset.py",
        ),
    ),
    Group(
        "builtin",
        ("cnnbuilder/core/datasets/shapes.py", "cnnbuilder/core/datasets/builtin.py"),
        ("tests/core/datasets/test_builtin.py", "tests/core/datasets/test_shapes.py"),
    ),
)

# mutmut's exit codes of a mutant's test run, as mutmut.stats names them.
_STATUS = {
    0: "survived",
    1: "killed",
    2: "interrupted",
    3: "killed",
    5: "no tests",
    -9: "segfault",
    -24: "timeout",
    24: "timeout",
    -11: "segfault",
    33: "no tests",
    34: "skipped",
    35: "suspicious",
    36: "timeout",
    37: "caught by type check",
    152: "timeout",
    255: "timeout",
}


def mutmut_config(group: Group) -> str:
    """The ``[tool.mutmut]`` table for one group, as TOML text."""
    tests = [t for t in group.tests if (ROOT / t).exists()]
    selection = tests + [f"--deselect={t}" for t in SLOW]

    def toml_list(items: list[str] | tuple[str, ...]) -> str:
        return "[" + ", ".join(json.dumps(i) for i in items) + "]"

    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["cnnbuilder"]\n'
        f"only_mutate = {toml_list(group.modules)}\n"
        f"do_not_mutate = {toml_list(group.skip)}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(selection)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider"]\n'
        f"do_not_mutate_patterns = {toml_list(NOT_MUTATED)}\n"
        'also_copy = ["resources"]\n'
        "use_git_change_detection = false\n"
    )


def prepare(group: Group) -> Path:
    """Refresh the group's scratch copy of the checkout; return its folder.

    Files are copied with their times, so mutmut sees which ones changed
    since the last run and keeps its results for the rest.
    """
    where = WORK / group.name
    where.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        source, target = ROOT / name, where / name
        if source.is_dir():
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    pyproject = where / "pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8") + mutmut_config(group), "utf-8")
    return where


def retest_survivors(group: Group) -> None:
    """Forget the verdict of surviving and untested mutants, so that new tests judge them.

    mutmut keeps a verdict until the mutated function changes; a test added
    since would not be run against an old survivor. Killed mutants stay
    killed (tests are only ever added or sharpened; use ``--fresh`` after
    removing one).
    """
    for meta in (WORK / group.name / "mutants").rglob("*.py.meta"):
        data = json.loads(meta.read_text("utf-8"))
        codes = data.get("exit_code_by_key", {})
        for key, code in codes.items():
            if _STATUS.get(code) in ("survived", "no tests"):
                codes[key] = None
        meta.write_text(json.dumps(data, indent=4), "utf-8")


def run(group: Group, children: int, fresh: bool) -> int:
    """Run mutmut on one group; return its exit status."""
    if fresh:
        shutil.rmtree(WORK / group.name, ignore_errors=True)
    where = prepare(group)
    retest_survivors(group)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-m", "mutmut", "run", f"--max-children={children}"]
    print(f"== {group.name}: {' '.join(command[1:])} (in {where.relative_to(ROOT)})", flush=True)
    return subprocess.run(command, cwd=where, env=env, check=False).returncode


def module_scores(group: Group) -> dict[str, Counter[str]]:
    """Counts of mutant outcomes per mutated module, read from mutmut's meta files."""
    out: dict[str, Counter[str]] = {}
    for meta in sorted((WORK / group.name / "mutants").rglob("*.py.meta")):
        data = json.loads(meta.read_text("utf-8"))
        codes = data.get("exit_code_by_key", {})
        if not codes:
            continue
        module = meta.relative_to(WORK / group.name / "mutants").as_posix()[: -len(".meta")]
        if not group.measures(module):
            continue
        out[module] = Counter(
            "not run" if code is None else _STATUS.get(code, f"exit {code}")
            for code in codes.values()
        )
    return out


def _killed(counts: Counter[str]) -> int:
    """Mutants the tests noticed: failed, too slow, crashed or not even type-correct."""
    return sum(counts[k] for k in ("killed", "timeout", "segfault", "caught by type check"))


def score(counts: Counter[str]) -> float | None:
    """Killed (timeouts and crashes count as killed) over the mutants that were run, in %."""
    killed = _killed(counts)
    judged = killed + counts["survived"] + counts["suspicious"] + counts["no tests"]
    return 100.0 * killed / judged if judged else None


def report(groups: list[Group]) -> None:
    """Print the scores per module as a Markdown table (docs/TESTING.md) and save them as JSON."""
    table = {}
    print("| module | mutants | killed | survived | no test | not run | score |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for group in groups:
        for module, counts in module_scores(group).items():
            value = score(counts)
            table[module] = {"group": group.name, "score": value, **counts}
            shown = "–" if value is None else f"{value:.1f} %"
            print(
                f"| `{module.removeprefix('cnnbuilder/core/')}` | {sum(counts.values())} "
                f"| {_killed(counts)} | {counts['survived']} | {counts['no tests']} "
                f"| {counts['not run']} | {shown} |"
            )
    saved = WORK / "scores.json"
    old = json.loads(saved.read_text("utf-8")) if saved.exists() else {}
    saved.write_text(json.dumps({**old, **table}, indent=1, sort_keys=True), "utf-8")


def _mutant_functions(mutated: Path) -> dict[str, str]:
    """Source of every function in one of mutmut's mutated files, by name."""
    text = mutated.read_text("utf-8")
    tree = ast.parse(text)
    nodes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    return {n.name: ast.get_source_segment(text, n) or "" for n in nodes}


def survivors(group: Group) -> None:
    """Print the changed lines of every surviving (or untested) mutant of the group."""
    mutants = WORK / group.name / "mutants"
    for meta in sorted(mutants.rglob("*.py.meta")):
        if not group.measures(meta.relative_to(mutants).as_posix()[: -len(".meta")]):
            continue
        codes = json.loads(meta.read_text("utf-8")).get("exit_code_by_key", {})
        left = {k: v for k, v in codes.items() if _STATUS.get(v) in ("survived", "no tests")}
        if not left:
            continue
        functions = _mutant_functions(meta.with_suffix(""))
        for key, code in left.items():
            name = key.rpartition(".")[2]
            original = functions.get(name.rpartition("__mutmut_")[0] + "__mutmut_orig", "")
            changed = [
                line
                for line in difflib.unified_diff(
                    original.splitlines()[1:], functions.get(name, "").splitlines()[1:], n=0
                )
                if line[:1] in "+-" and line[:3] not in ("+++", "---")
            ]
            print(f"{key} ({_STATUS[code]})")
            for line in changed:
                print(f"    {line.strip()}")


def main(argv: list[str] | None = None) -> int:
    """Run the named groups (all by default) and report their scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", help="groups to run (default: all)")
    parser.add_argument("--children", type=int, default=2, help="mutants tested at once")
    parser.add_argument("--list", action="store_true", help="show the groups and stop")
    parser.add_argument("--report", action="store_true", help="report the last results only")
    parser.add_argument("--fresh", action="store_true", help="forget every earlier verdict")
    parser.add_argument("--survivors", action="store_true", help="show surviving mutants")
    args = parser.parse_args(argv)
    by_name = {g.name: g for g in GROUPS}
    unknown = [n for n in args.groups if n not in by_name]
    if unknown:
        parser.error(f"unknown group {unknown[0]!r}; groups: {', '.join(by_name)}")
    chosen = [by_name[n] for n in args.groups] or list(GROUPS)
    if args.list:
        for g in chosen:
            print(f"{g.name}: {' '.join(g.modules)}\n    tests: {' '.join(g.tests)}")
        return 0
    if args.survivors:
        for g in chosen:
            survivors(g)
        return 0
    status = 0
    if not args.report:
        for g in chosen:
            status = run(g, args.children, args.fresh) or status
    report(chosen)
    return status


if __name__ == "__main__":
    sys.exit(main())
