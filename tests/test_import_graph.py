"""No import circles in cnnbuilder (docs/ARCHITECTURE.md), read from the source with ``ast``.

Every import that importing a module runs counts, those under
``if TYPE_CHECKING:`` (which mypy follows) included; an import inside a
function runs when it is called and is left out (the command line loads
the window that way, on demand). Importing ``a.b.c`` also runs the
packages ``a`` and ``a.b``, so a module depends on the ``__init__`` of
every package above what it imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cnnbuilder"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def _module_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements that run on import: the body, into ``if``/``try``/``with``/classes."""
    out: list[ast.stmt] = []
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        out.append(node)
        for field in ("body", "orelse", "finalbody"):
            out += _module_level(getattr(node, field, []))
        for handler in getattr(node, "handlers", []):
            out += _module_level(handler.body)
    return out


def _imported(tree: ast.Module, modules: set[str]) -> set[str]:
    """The cnnbuilder modules the imports in ``tree`` name (and their packages)."""
    found: set[str] = set()
    for node in _module_level(tree.body):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                names.append(full if full in modules else node.module)
        for name in names:
            if name.split(".")[0] == "cnnbuilder":
                found.update(n for n in (*_parents(name), name) if n in modules)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module name -> the cnnbuilder modules importing it runs directly."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(paths)
    graph = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        own = {name, *_parents(name)}  # a module's own packages run before it anyway
        graph[name] = _imported(tree, modules) - own
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as ``[a, b, ..., a]``, or None."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_the_graph_is_read() -> None:
    graph = import_graph()
    assert "cnnbuilder.core.kinds.registry" in graph["cnnbuilder.core.summary"]
    assert "cnnbuilder.core.nn" in graph["cnnbuilder.core.kinds.conv"]  # the package runs too
    # under TYPE_CHECKING:
    assert "cnnbuilder.gui.document" in graph["cnnbuilder.gui.commands"]
    # inside a function (the command line's lazy gui import): not counted
    assert "cnnbuilder.gui.app" not in graph["cnnbuilder.cli"]


def test_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_cnnbuilder_has_no_import_circle() -> None:
    assert find_cycle(import_graph()) is None
