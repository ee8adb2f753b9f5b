"""What `accord --version` prints, answered by the launcher before typer loads and by the `--version` option."""

import os
from importlib.machinery import EXTENSION_SUFFIXES

from accord import __version__


def version_text() -> str:
    """What `accord --version` prints: the version, and whether `accord extract` runs compiled (a wheel's
    build compiles it with mypyc where it can: hatch_build.py)."""
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "extract")
    compiled = any(os.path.exists(os.path.join(folder, "literal" + suffix)) for suffix in EXTENSION_SUFFIXES)
    how = "compiled (mypyc)" if compiled else "pure Python (not compiled: slower on long texts)"
    return f"accord {__version__}\nextract: {how}"
