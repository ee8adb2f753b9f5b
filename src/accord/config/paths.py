"""Where accord's files are: the config file, the data folder (the state file, seed folders) and
the cache folder; ``ACCORD_HOME``, ``ACCORD_CONFIG`` and ``ACCORD_CACHE_DIR`` move them, else
the user's folders for each (platformdirs).
"""

from __future__ import annotations

import os
from pathlib import Path

from accord.domain.errors import ConfigError
from accord.storage.files import expand_user


def env_path(name: str) -> Path | None:
    """A path from the environment variable ``name``, ``~`` expanded; None if unset or empty."""
    value = os.environ.get(name)
    return expand_user(value, error=ConfigError) if value else None


def home() -> Path | None:
    return env_path("ACCORD_HOME")


def config_path() -> Path:
    if os.environ.get("ACCORD_CONFIG"):
        return env_path("ACCORD_CONFIG")
    if home():
        return home() / "config.toml"
    import platformdirs

    return Path(platformdirs.user_config_dir("accord")) / "config.toml"


def data_dir() -> Path:
    if home():
        return home()
    import platformdirs

    return Path(platformdirs.user_data_dir("accord"))


def cache_dir() -> Path:
    if os.environ.get("ACCORD_CACHE_DIR"):
        return env_path("ACCORD_CACHE_DIR")
    if home():
        return home() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("accord"))


def config_origin() -> str:
    if os.environ.get("ACCORD_CONFIG"):
        return "env ACCORD_CONFIG"
    return "env ACCORD_HOME" if home() else "default"
