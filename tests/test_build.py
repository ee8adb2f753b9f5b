"""The modules a wheel compiles with mypyc (hatch_build.py) pass mypyc's type check as the build runs it: a type
error there fails CI's build, and makes a user's build fall back to pure Python."""

import ast
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _assigned(name: str):
    """A constant of hatch_build.py (read, not imported: hatchling is the build's, not the tests')."""
    tree = ast.parse((REPO / "hatch_build.py").read_text(encoding="utf-8"))
    assigned = next(node for node in tree.body
                    if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name)
    return ast.literal_eval(assigned.value)


def compiled_modules() -> list[str]:
    return list(_assigned("COMPILED"))


def test_the_modules_a_wheel_compiles_pass_mypycs_type_check(tmp_path, monkeypatch):
    """As the build runs it (mypycify, its flags; the C it writes is not compiled here): plain mypy over the same modules
    passed a module-level name whose type mypyc could not determine ("Cannot determine type of ACTION_VERBS")."""
    build = pytest.importorskip("mypyc.build")
    monkeypatch.chdir(REPO)  # mypy names each module by its path, as the build does
    sources = [f"src/accord/extract/{name}.py" for name in compiled_modules()]
    try:
        extensions = build.mypycify([*_assigned("MYPY_FLAGS"), f"--cache-dir={tmp_path / 'cache'}", *sources],
                                    target_dir=str(tmp_path / "c"), group_name="accord")
    except SystemExit as failed:  # mypyc prints the type errors and exits
        pytest.fail(f"mypyc's type check failed (exit {failed.code}): see the output above")
    assert extensions


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
