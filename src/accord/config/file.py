"""The config file: read (``read_config``, every setting checked; ``read_raw``, unchecked, so
that a bad setting can be fixed) and edited one setting at a time (`accord config set/unset`,
`accord git init`), written atomically.
"""

from __future__ import annotations

from pathlib import Path

from accord.config.paths import config_path
from accord.config.schema import KEYS, check_settings, parse_value, unknown_setting
from accord.domain.errors import ConfigError
from accord.storage.files import CONFIG_LIMIT, read_text
from accord.storage.parse import Malformed, load_toml


def read_config(path: Path | None = None) -> dict:
    path = path or config_path()
    data = read_raw(path)
    check_settings(data, path)
    return data


def set_value(key: str, text: str, path: Path | None = None) -> object:
    """Write one setting into the config file, keeping the others; return the stored value."""
    value = parse_value(key, text)
    path = path or config_path()
    data = read_raw(path)
    data[key] = value
    write_config(data, path)
    return value


def unset_value(key: str, path: Path | None = None) -> bool:
    """Remove one setting from the config file; False if it was not set."""
    if key not in KEYS:
        raise unknown_setting(key)
    path = path or config_path()
    data = read_raw(path)
    if key not in data:
        return False
    del data[key]
    write_config(data, path)
    return True


def read_raw(path: Path) -> dict:
    """The config file as TOML, without checking its settings (so that a bad one can be fixed)."""
    text = read_text(path, "config file", CONFIG_LIMIT, error=ConfigError, missing=None)
    if text is None:
        return {}
    try:
        return load_toml(text)
    except Malformed as exc:
        raise ConfigError(f"{path}: config file is not valid TOML: {exc}",
                          "fix it by hand; accord rewrites only a file it can read") from None


def write_config(data: dict, path: Path) -> None:
    """Write the config file atomically (a crash leaves the old file or the new one)."""
    import tomli_w

    from accord.domain.errors import StateError
    from accord.storage.atomic import atomic_write

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, tomli_w.dumps(data).encode("utf-8"), what="config file")
    except OSError as exc:
        raise ConfigError(f"{path.parent}: cannot create config folder: {exc.strerror}") from None
    except StateError as exc:
        raise ConfigError(exc.message) from None
