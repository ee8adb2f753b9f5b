"""The modules a wheel compiles with mypyc (hatch_build.py) pass mypy as the build checks them: a type
error there fails CI's build, and makes a user's build fall back to pure Python."""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def compiled_modules() -> list[str]:
    tree = ast.parse((REPO / "hatch_build.py").read_text(encoding="utf-8"))
    assigned = next(node for node in tree.body if isinstance(node, ast.Assign) and node.targets[0].id == "COMPILED")
    return list(ast.literal_eval(assigned.value))


def test_the_modules_a_wheel_compiles_pass_mypy(tmp_path, monkeypatch):
    api = pytest.importorskip("mypy.api")
    monkeypatch.chdir(REPO)  # mypy names each module by its path, as the build does
    sources = [f"src/accord/extract/{name}.py" for name in compiled_modules()]
    report, errors, status = api.run(["--ignore-missing-imports", "--follow-imports=silent",
                                      f"--cache-dir={tmp_path}", *sources])
    assert status == 0, report + errors
    assert report.startswith(f"Success: no issues found in {len(sources)} source files")


def test_every_module_a_wheel_compiles_exists():
    assert all((REPO / "src" / "accord" / "extract" / f"{name}.py").is_file() for name in compiled_modules())
