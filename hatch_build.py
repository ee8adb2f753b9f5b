"""Building a wheel compiles the hot modules of `accord extract` with mypyc: the same Python source,
checked by mypy and turned into C extension modules (about 1.4 times faster on the workers' part of
a long text; bench/RESULTS.md). The compiled modules sit beside their sources, which Python then
no longer runs.

An editable install (`pip install -e .`) stays pure Python, so that an edited module takes effect at
once. Where no C compiler is found the wheel is pure Python too, with a warning (extract is slower,
nothing else changes); ACCORD_COMPILE=never skips the compiling, ACCORD_COMPILE=always makes a
failure to compile fail the build (CI sets it).
"""

from __future__ import annotations

import os
import tempfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The modules a draft spends its time in. Not: pieces (the workers: tests set its limits), metadata,
# seedfile, review, source, office, pdf (each runs once a document).
COMPILED = ("candidates", "countries", "cues", "deadlines", "detect", "draft", "grammar", "guess_cues", "guesses",
            "items", "leads", "lists", "literal", "names", "needles", "opening", "projects", "reaffirms", "reflow", "segment",
            "shortening", "subjects", "tails", "titles", "units", "verb_forms")
PACKAGE = Path("src", "accord", "extract")
MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent"]  # how mypyc type-checks them (tests/test_build.py too)


class CompileHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        mode = os.environ.get("ACCORD_COMPILE", "auto")
        if self.target_name != "wheel" or version == "editable" or mode == "never":
            return
        self._folder = tempfile.TemporaryDirectory(prefix="accord-mypyc-")
        try:
            built = _compile(Path(self.root), Path(self._folder.name))
        except (Exception, SystemExit) as error:  # mypyc exits on a type error; setuptools raises on no compiler
            if mode == "always":
                raise
            self.app.display_warning(f"accord: the extraction modules are not compiled ({error or 'mypyc failed'}); "
                                     "the wheel is pure Python and `accord extract` is slower")
            return
        for path, target in built:
            build_data["force_include"][str(path)] = target
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            folder.cleanup()


def _compile(root: Path, folder: Path) -> list[tuple[Path, str]]:
    """Each compiled module built in ``folder``, and its path inside the wheel."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    sources = [str(PACKAGE / f"{name}.py") for name in COMPILED]
    flags = [*MYPY_FLAGS, f"--cache-dir={folder / 'mypy-cache'}"]
    here = os.getcwd()
    os.chdir(root)  # mypy names each module by its path: accord.extract.<name>
    try:
        extensions = mypycify(flags + sources, target_dir=str(folder / "c"), group_name="accord")
        distribution = Distribution({"name": "accord", "ext_modules": extensions})
        command = distribution.get_command_obj("build_ext")
        command.build_lib, command.build_temp = str(folder / "lib"), str(folder / "temp")
        command.parallel = os.cpu_count() or 1
        distribution.run_command("build_ext")
    finally:
        os.chdir(here)
    lib = folder / "lib"
    return [(path, path.relative_to(lib).as_posix()) for path in lib.rglob(f"*{EXTENSION_SUFFIXES[0]}")]
