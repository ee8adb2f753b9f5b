"""The house's plan, enforced: packages in layers, no import from a higher layer into a lower
one, no import cycle between modules, typer and rich only in the command line, and a quick
command that loads only what it needs. Imports are read from the source (ast), every import
counted: at module level, inside a function, or for type checking alone."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "accord"

# The layers, lowest first: a module may import its own layer and those below, never above.
# (README, "Development", says the same.)
LAYERS = (
    ("accord", "accord.domain"),
    ("accord.storage", "accord.config"),
    ("accord.export",),
    ("accord.tracker",),
    ("accord.cache", "accord.publish"),
    ("accord.actions", "accord.sources"),
    ("accord.extract",),
    ("accord.cli", "accord.__main__"),
)
CLI_LIBRARIES = ("typer", "click", "rich")


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(SOURCE.rglob("*.py"))}


def imported(name: str) -> set[str]:
    """Every name a module imports, as a module where it is one (``from accord import x``)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names)
    return found


def layer(name: str) -> int:
    best = [(len(prefix), number) for number, prefixes in enumerate(LAYERS) for prefix in prefixes
            if name == prefix or name.startswith(prefix + ".")]
    assert best, f"{name} is in no layer: add its package to LAYERS"
    return max(best)[1]


GRAPH = {name: {i for i in imported(name) if i.startswith("accord") and i != name} for name in MODULES}


def test_every_module_is_in_a_layer():
    assert [name for name in MODULES if not any(name == p or name.startswith(p + ".") for ps in LAYERS for p in ps)] == []


def test_no_import_from_a_higher_layer():
    upward = sorted(f"{name} -> {dep}" for name, deps in GRAPH.items() for dep in deps if layer(dep) > layer(name))
    assert upward == []


def test_no_import_cycle():
    assert cycles(GRAPH) == []


def test_typer_and_rich_only_in_the_command_line():
    outside = sorted(f"{name} imports {lib}" for name in MODULES if not name.startswith("accord.cli")
                     for lib in imported(name) if lib.split(".")[0] in CLI_LIBRARIES)
    assert outside == []


def test_the_http_client_only_in_the_evidence_package():
    outside = sorted(f"{name} imports {lib}" for name in MODULES if not name.startswith("accord.sources")
                     for lib in imported(name) if lib.split(".")[0] in ("httpx", "httpcore", "anyio"))
    assert outside == []


def test_every_package_says_what_it_owns():
    packages = [p for p in SOURCE.rglob("__init__.py")]
    assert [str(p) for p in packages if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))] == []


def test_no_module_is_named_as_a_part_of_another():
    """A family of modules is a package, not a prefix: no `cache.py` beside `cache_db.py`."""
    prefixed = []
    for folder in {p.parent for p in MODULES.values()}:
        names = sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
        prefixed += [f"{folder.name}/{b}.py" for a in names for b in names if b.startswith(a + "_")]
    assert prefixed == []


def test_every_file_a_module_names_is_there():
    """A docstring or comment that says where something lives names a file that exists (a module
    renamed in a restructure leaves no reader looking for its old name)."""
    repository = SOURCE.parents[1]
    files = set(subprocess.run(["git", "ls-files", "*.py"], cwd=repository, capture_output=True, text=True,
                               check=True).stdout.split())
    names = {path.rpartition("/")[2] for path in files}
    missing = []
    for name, path in MODULES.items():
        for mentioned in set(re.findall(r"[\w/]+\.py\b", path.read_text(encoding="utf-8"))):
            found = (any(f.endswith("/" + mentioned) or f == mentioned for f in files) if "/" in mentioned
                     else mentioned in names)
            if not found:
                missing.append(f"{name}: {mentioned}")
    assert missing == []


def test_every_section_a_file_names_is_there():
    """A pointer such as `docs/extract.md, "Spans and lists"` names a heading (or a bold label) the
    page has: a page split or a section renamed leaves no reader looking for it."""
    repository = SOURCE.parents[1]
    files = subprocess.run(["git", "ls-files", "*.py", "*.md"], cwd=repository, capture_output=True, text=True,
                           check=True).stdout.split()
    pointer = re.compile(r"(docs/[\w.-]+\.md),? \(?[\"“]([^\"”]+)[\"”]")
    missing = []
    for name in files:
        if name.startswith("bench/corpus/") or name == "CHANGELOG.md":  # the changelog keeps its day's names
            continue
        text = " ".join(re.sub(r"\n\s*#\s*", " ", (repository / name).read_text(encoding="utf-8")).split())
        for page, section in pointer.findall(text):
            lines = (repository / page).read_text(encoding="utf-8").splitlines() if (repository / page).exists() else []
            headings = [line.lstrip("#").strip() for line in lines if line.startswith("#")]
            if not any(h.startswith(section) for h in headings) and f"**{section}" not in "\n".join(lines):
                missing.append(f"{name}: {page}, {section!r}")
    assert missing == []


def test_the_cycle_finder_finds_cycles():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in graph:
                continue
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


# -- start-up: `accord list` loads only what it needs ----------------------------------------

NOT_FOR_LIST = ("accord.cache.catch_up", "accord.publish", "accord.extract", "accord.actions", "accord.sources",
                "accord.storage.merge", "accord.export.datapackage")


def modules_loaded(*args: str, env: dict) -> list[str]:
    """The accord modules ``python -X importtime`` shows for one run of the command."""
    code = "import sys; sys.argv[0] = 'accord'; from accord.cli.launcher import main; main()"
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    names = [line.rpartition("|")[2].strip() for line in result.stderr.splitlines() if line.startswith("import time:")]
    return [name for name in names if name.startswith("accord")]


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_list_on_a_valid_cache_loads_no_module_it_does_not_need(accord_home, fmt):
    env = {**os.environ, "ACCORD_HOME": str(accord_home)}
    modules_loaded("list", "--format", fmt, env=env)  # makes the cache
    loaded = modules_loaded("list", "--format", fmt, env=env)
    assert "accord.cache.store" in loaded or "accord.cache.db" in loaded
    assert [name for name in loaded if name.startswith(NOT_FOR_LIST)] == []
