"""The house rules of the code: imports point down the layers, no cycles, SQL only where the index is.

ARCHITECTURE.md describes the layers; this test is their definition. A new module
must be given a layer here, and an import that points up a layer fails.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "visitkb"

LAYERS = {
    0: ["version", "errors", "dates", "diagnostics", "records", "datadirs", "writing", "vocabulary"],
    1: ["models", "kinds", "yamlread", "names"],
    2: ["checks"],
    3: ["facts"],
    4: ["index", "answers"],
    5: ["kb", "loading"],
    6: ["queries", "profiles", "export", "adding", "importers", "schema", "upgrading", "drafting"],
    7: ["listings", "rendering", "pictures"],
    8: ["clikit", "cli", "cli_pictures", "cli_draft", "__main__", "__init__"],
}
"""Each module's layer; a package (``queries``) puts all its modules in one layer."""

LAYER_OF = {name: layer for layer, names in LAYERS.items() for name in names}
SQL_MODULES = {"index", "answers", "kb"}
"""The only modules that talk to the index's SQLite database."""


def _modules() -> dict[str, Path]:
    """Every module of the package, by its name relative to the package ('queries.trips')."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found[".".join(parts)] = path
    return found


def _sources() -> dict[str, str]:
    return {module: path.read_text(encoding="utf-8") for module, path in _modules().items()}


def _layer(module: str) -> int:
    top = module.split(".")[0]
    if top not in LAYER_OF:
        pytest.fail(f"module {module!r} has no layer: add it to LAYERS in tests/test_layers.py and to ARCHITECTURE.md")
    return LAYER_OF[top]


def _resolve(module: str, node: ast.ImportFrom, modules: dict[str, str]) -> list[str]:
    """The package modules a ``from ... import`` names (a package stands for its __init__)."""
    package = module.split(".")[:-1]
    if node.level:
        base = package[: len(package) - (node.level - 1)]
        target = [*base, *(node.module.split(".") if node.module else [])]
    elif node.module and node.module.startswith("visitkb"):
        target = node.module.split(".")[1:]
    else:
        return []
    found = []
    for alias in node.names:
        for candidate in (
            ".".join([*target, alias.name]),
            ".".join([*target, alias.name, "__init__"]),
            ".".join(target),
            ".".join([*target, "__init__"]),
        ):
            if candidate in modules:
                found.append(candidate)
                break
    return found


def _imports(module: str, sources: dict[str, str]) -> list[tuple[str, int, bool]]:
    """(imported module, line, at module level) for every import of the package, TYPE_CHECKING ones aside."""
    tree = ast.parse(sources[module])
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    top_level = {id(n) for n in tree.body}
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom):
            found += [(target, node.lineno, id(node) in top_level) for target in _resolve(module, node, sources)]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("visitkb."):
                    found.append((alias.name.removeprefix("visitkb."), node.lineno, id(node) in top_level))
    return found


def upward_imports(sources: dict[str, str]) -> list[str]:
    """Every import that points up a layer, as 'module:line: ...'."""
    found = []
    for module in sources:
        for target, line, _ in _imports(module, sources):
            if _layer(target) > _layer(module):
                found.append(
                    f"{module}.py:{line}: {module} (layer {_layer(module)}) imports {target} (layer {_layer(target)})"
                )
    return found


def test_every_import_points_down_the_layers():
    upward = upward_imports(_sources())
    assert not upward, "imports that point up a layer:\n" + "\n".join(upward)


def test_the_layer_rule_catches_an_upward_import_even_inside_a_function():
    sources = _sources()
    sources["dates"] += "\n\ndef _late():\n    from .loading import load\n    return load\n"
    assert upward_imports(sources) == [
        f"dates.py:{sources['dates'].count(chr(10)) - 1}: dates (layer 0) imports loading (layer 5)"
    ]


def test_no_import_cycle_even_through_an_import_inside_a_function():
    sources = _sources()
    # A deferred import still ties the modules together: within one layer (queries/) it is how a cycle hides.
    graph = {module: {t for t, _, _ in _imports(module, sources) if t != module} for module in sources}
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                pytest.fail("import cycle: " + " -> ".join([*trail, module, target]))
            if target not in state:
                visit(target, [*trail, module])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


def test_sql_against_the_index_lives_in_the_index_and_kb_only():
    offenders = []
    for module, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        if module.split(".")[0] in SQL_MODULES:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"\bkb\.db\b|\.db\.execute|\bopen_index\b.*execute", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_every_package_is_installed():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(re.findall(r'"(visitkb[\w.]*)"', re.search(r"^packages = \[(.*)\]$", pyproject, re.M).group(1)))
    on_disk = {".".join(("visitkb", *p.parent.relative_to(PACKAGE).parts)) for p in PACKAGE.rglob("__init__.py")}
    assert on_disk <= listed, f"add {sorted(on_disk - listed)} to [tool.setuptools] packages"
