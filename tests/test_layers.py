"""The import layers of nbutils: each module uses only the layers before it, with no cycles,
and other modules' public names only.

config → articles → tokens → quotes → speakers → attribution → reactions → corpus/engines →
figures/views/exercises → report → cli. Imports inside functions count (they run); imports
under ``if TYPE_CHECKING:`` do not (they never run). Known exceptions are listed, each with
why, in :data:`KNOWN_EXCEPTIONS`, to be emptied as they are fixed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from nbutils.config import ROOT

PACKAGE = ROOT / "nbutils"

#: Layer of each top-level module (or subpackage) of nbutils, lowest first.
LAYERS: dict[str, int] = {
    "config": 0,
    "lexicons": 0,
    "nltkdata": 0,
    "outputs": 0,
    "articles": 1,
    "tokenise": 2,
    "tokenisers": 2,
    "entities": 2,
    "frequencies": 2,
    "cues": 3,
    "quotes": 3,
    "speakers": 4,
    "attribution": 5,
    "evaluation": 5,
    "polnear": 5,
    "sentiment": 6,
    "framing": 6,
    "reactions": 6,
    "stance": 6,
    "corpus": 7,
    "engines": 7,
    "parameters": 7,
    "figures": 8,
    "views": 8,
    "exercises": 8,
    "report": 9,
    "cli": 10,
    "__main__": 10,
    "__init__": 10,
}

#: Edges the test tolerates for now, as (importer, imported) or (importer, "imported._name"),
#: each with the reason and who removes it. The lead empties this set at merge.
KNOWN_EXCEPTIONS: set[tuple[str, str]] = set()


def _top(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "nbutils" else None


def _module_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    return rel.parts[0]


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports() -> list[tuple[str, str, str | None, int, str]]:
    """Every runtime import between nbutils modules: (importer, imported, name or None,
    line, file)."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_lines(tree)
        me = _module_of(path)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and node.lineno not in skip:
                out += [(me, b, name, node.lineno, str(path)) for b, name in _targets(node)]
    return [x for x in out if x[0] != x[1]]  # (inside a module or subpackage: not an edge)


def _targets(node: ast.Import | ast.ImportFrom) -> list[tuple[str, str | None]]:
    """The nbutils modules (and names) one import statement imports."""
    if isinstance(node, ast.Import):
        return [(top, None) for alias in node.names if (top := _top(alias.name))]
    if node.level or not node.module:
        return []
    if node.module == "nbutils":
        return [(alias.name, None) for alias in node.names]
    top = _top(node.module)
    return [(top, alias.name) for alias in node.names] if top else []


def test_every_module_has_a_layer() -> None:
    modules = {_module_of(p) for p in PACKAGE.rglob("*.py")}
    assert modules <= set(LAYERS), f"no layer for {sorted(modules - set(LAYERS))}"


def test_no_upward_import() -> None:
    upward = [
        f"{f}:{line}: {a} (layer {LAYERS[a]}) imports {b} (layer {LAYERS[b]})"
        for a, b, _, line, f in imports()
        if LAYERS.get(b, -1) > LAYERS.get(a, 99) and (a, b) not in KNOWN_EXCEPTIONS
    ]
    assert not upward, "\n".join(upward)


def test_no_private_name_from_another_module() -> None:
    private = [
        f"{f}:{line}: {a} imports {b}.{name}"
        for a, b, name, line, f in imports()
        if name and name.startswith("_") and (a, f"{b}.{name}") not in KNOWN_EXCEPTIONS
    ]
    assert not private, "\n".join(private)


def test_no_import_cycle() -> None:
    graph: dict[str, set[str]] = {}
    for a, b, _, _, _ in imports():
        if (a, b) not in KNOWN_EXCEPTIONS:
            graph.setdefault(a, set()).add(b)
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            pytest.fail("import cycle: " + " -> ".join(cycle))


def test_known_exceptions_are_still_needed() -> None:
    """An exception that no import needs any more is removed from the list."""
    seen = {(a, b) for a, b, _, _, _ in imports()} | {
        (a, f"{b}.{name}") for a, b, name, _, _ in imports() if name
    }
    stale = sorted(KNOWN_EXCEPTIONS - seen)
    assert not stale, f"no longer needed, remove from KNOWN_EXCEPTIONS: {stale}"
