"""The modules a wheel compiles with mypyc (hatch_build.py) pass mypy as the build checks them: a type
error there fails CI's build, and makes a user's build fall back to pure Python."""

import ast
import os
import subprocess
import sys
import zipfile
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


@pytest.mark.deep
def test_without_a_c_compiler_the_wheel_is_pure_python(tmp_path):
    """What the README promises a machine with no compiler: an install that works, extract slower."""
    env = {**os.environ, "CC": "/bin/false", "ACCORD_COMPILE": "auto"}
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path),
                            str(REPO)], env=env, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("*.whl")
    assert wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as contents:
        names = contents.namelist()
    assert "accord/extract/literal.py" in names
    assert not [name for name in names if name.endswith((".so", ".pyd"))]
