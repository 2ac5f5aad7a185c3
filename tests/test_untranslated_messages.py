"""Every sentence the core and the command line give a person goes through ``translate``.

An AST scan of ``cnnbuilder/core`` and ``cnnbuilder/cli`` finds text written
in place where a person reads it: raised with an exception, printed,
written to stderr, given to ``warnings.warn`` or to an argparse error; and
sentences put together with an f-string or ``.format`` and then returned,
assigned or appended (a note, a line of a report). Such text must be
``translate("context", "…")`` (then ``.format``). Text that reads as words
(two words or more; placeholders and course captions such as CONV aside)
is reported unless the allow-lists below say why it stays English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("cnnbuilder/core", "cnnbuilder/cli")
# The exported PyTorch script is the user's own program, written in English
# like the code around it; it runs without cnnbuilder.
SKIPPED = ("cnnbuilder/core/export/templates/",)
SINKS = ("print", "warnings.warn", "sys.stderr.write", "sys.stdout.write", "parser.error")
# Exceptions that only a bug raises (the input was checked before, with a
# translated message): their text is for a developer, in English.
PROGRAMMING_ERRORS = {
    "TypeError",
    "NotImplementedError",
    "AssertionError",
    "StepInterrupted",  # stops a step; caught by the trainer, never shown
}
# Exceptions of other classes that only a bug can raise, by where they are.
ALLOWED = {
    ("cnnbuilder/core/backends/engine.py", "ValueError"): "backends come from a fixed list",
    ("cnnbuilder/core/datasets/dataset.py", "ValueError"): "split arguments were checked before",
    ("cnnbuilder/core/gradcheck.py", "ValueError"): "arrays built by the checker itself",
    ("cnnbuilder/core/inside/sandbox.py", "ValueError"): "steps come from the sandbox's slider",
    ("cnnbuilder/core/kinds/registry.py", "ValueError"): "registering a kind twice (code)",
    ("cnnbuilder/core/nn/activations.py", "ValueError"): "activations are checked on reading",
    ("cnnbuilder/core/nn/fusion.py", "ValueError"): "fusion is decided by the engine",
    ("cnnbuilder/core/nn/im2col.py", "ValueError"): "window counts come from the layer's sizes",
    ("cnnbuilder/core/nn/init.py", "ValueError"): "schemes come from the layer kinds",
    ("cnnbuilder/core/nn/optim.py", "ValueError"): "optimizers are checked on reading",
    ("cnnbuilder/core/nn/pool.py", "ValueError"): "modes are checked on reading",
}
# Functions that write Python code into the exported PyTorch script.
CODE_WRITERS = {"torch_linear", "torch_module", "_docstring"}
_WORD = re.compile(r"\b[A-Za-z][a-z]+\b")  # not CONV, FC, W: the course's notation


def _literal_text(node: ast.AST) -> str | None:
    """The words written in place in ``node`` (placeholders dropped), None if none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.sub(r"\{[^}]*\}", " ", node.value)
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        parts = [_literal_text(node.left), _literal_text(node.right)]
        return " ".join(p for p in parts if p) or None
    call = node if isinstance(node, ast.Call) else None
    if call is not None and isinstance(call.func, ast.Attribute):
        return _literal_text(call.func.value) if call.func.attr in ("format", "join") else None
    return None


def reads_as_words(node: ast.AST) -> bool:
    """A literal, an f-string or a formatted literal with two words or more."""
    text = _literal_text(node)
    return text is not None and len(_WORD.findall(text)) >= 2


def _message_args(call: ast.Call) -> list[ast.AST]:
    """The arguments that carry a message: the first one, or ``message=``."""
    args: list[ast.AST] = list(call.args[:1])
    args += [k.value for k in call.keywords if k.arg in ("message", "msg")]
    return args


def _is_composed(node: ast.AST) -> bool:
    """An f-string or a ``"…".format(…)``: a sentence put together in place."""
    if isinstance(node, ast.JoinedStr):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, (ast.Constant, ast.JoinedStr))
    )


def _composed_sentences(tree: ast.AST) -> list[tuple[int, ast.AST]]:
    """Composed sentences returned, assigned or appended, outside the code writers."""
    found = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        values: list[ast.AST] = []
        if isinstance(node, (ast.Assign, ast.Return)) and node.value is not None:
            values = [node.value]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            values = list(node.args) if node.func.attr in ("append", "extend") else []
        if function not in CODE_WRITERS:
            found.extend((node.lineno, v) for v in values if _is_composed(v) and reads_as_words(v))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, "")
    return found


def untranslated(path: Path) -> list[str]:
    """``line: what`` for every sentence in ``path`` that is not translated."""
    relative = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [
        f"{relative}:{line}: composed {ast.unparse(value)[:60]}"
        for line, value in _composed_sentences(tree)
    ]
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            kind = ast.unparse(node.exc.func).split(".")[-1]
            if kind in PROGRAMMING_ERRORS or (relative, kind) in ALLOWED:
                continue
            call, what = node.exc, f"raise {kind}"
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in SINKS:
            call, what = node, ast.unparse(node.func)
        else:
            continue
        for arg in _message_args(call):
            if reads_as_words(arg):
                found.append(f"{relative}:{node.lineno}: {what}({ast.unparse(arg)[:60]})")
    return found


def _sources() -> list[Path]:
    files = [p for folder in SCANNED for p in sorted((ROOT / folder).rglob("*.py"))]
    return [p for p in files if not p.relative_to(ROOT).as_posix().startswith(SKIPPED)]


def test_every_message_of_the_core_and_the_command_line_is_translated():
    found = [line for path in _sources() for line in untranslated(path)]
    assert not found, "\n".join(found)


def test_the_allow_list_names_only_what_exists():
    """An entry whose raise is gone (or was translated) is dropped from the list."""
    used = set()
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                kind = ast.unparse(node.exc.func).split(".")[-1]
                if any(reads_as_words(a) for a in _message_args(node.exc)):
                    used.add((relative, kind))
    assert set(ALLOWED) <= used, set(ALLOWED) - used


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('raise DataError(f"{name}: no such file")', True),
        ('raise DataError("bad file")', True),
        ('raise DataError("{a} is not {b}".format(a=1, b=2))', True),
        ('print("Saved the weights")', True),
        ('warnings.warn(f"clipped {n} values")', True),
        ('raise DataError(translate("reading", "{name}: no such file").format(name=n))', False),
        ("raise SpecError(message, layer=1)", False),
        ('raise SpecError(msg, field="type")', False),
        ('raise TypeError("not for people")', False),
        ('print(f"{a}: {b}")', False),
        ('note = f"skipped {n} pictures"', True),
        ('lines.append(f"{n} train images")', True),
        ('return f"(CONV {a} · FC {b})"', False),
        ('note = translate("data", "skipped {n} pictures").format(n=n)', False),
    ],
)
def test_the_scan_tells_written_text_from_translated_text(tmp_path, monkeypatch, source, flagged):
    module = ROOT / "cnnbuilder" / "core" / "_scan_example.py"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    assert bool(untranslated(module)) is flagged
