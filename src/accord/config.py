"""Settings, resolved from command-line options, environment, config file and defaults.

Precedence, highest first: an option given on the command line, an environment
variable, the config file (``config.toml`` in the user config directory), a
built-in default. ``ACCORD_HOME`` moves the config file, state file and cache
into one folder (the tests use it to stay out of the user's own files).
"""

from __future__ import annotations

import getpass
import os
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

from accord.errors import ConfigError

FORMATS = ("table", "json", "csv", "tsv", "md")
COLORS = ("auto", "always", "never")
DEFAULT_STALE_DAYS = 365
KEYS = {"author": str, "state": str, "seeds": list, "stale_days": int, "format": str, "color": str}


@dataclass(frozen=True)
class Setting:
    value: object
    origin: str


def home() -> Path | None:
    value = os.environ.get("ACCORD_HOME")
    return Path(value).expanduser() if value else None


def config_path() -> Path:
    if os.environ.get("ACCORD_CONFIG"):
        return Path(os.environ["ACCORD_CONFIG"]).expanduser()
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
        return Path(os.environ["ACCORD_CACHE_DIR"]).expanduser()
    if home():
        return home() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("accord"))


def read_config(path: Path | None = None) -> dict:
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {getattr(exc, 'strerror', None) or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: config file is not valid TOML: {exc}") from None
    for key, value in data.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(KEYS)})")
        if not isinstance(value, KEYS[key]) or isinstance(value, bool):
            raise ConfigError(f"{path}: setting {key!r} must be {'a list of paths' if KEYS[key] is list else KEYS[key].__name__}")
    return data


class Settings:
    """Every setting, resolved once per command."""

    def __init__(self, *, state: str | None = None, seeds: list[str] | None = None,
                 author: str | None = None, fmt: str | None = None):
        self.file = config_path()
        self._config = read_config(self.file)
        self._options = {"state": state, "seeds": seeds or None, "author": author, "format": fmt}

    def _resolve(self, key: str, env: str | None, default) -> Setting:
        if self._options.get(key) is not None:
            return Setting(self._options[key], "option")
        if env and os.environ.get(env):
            return Setting(os.environ[env], f"env {env}")
        if key in self._config:
            return Setting(self._config[key], f"config {self.file}")
        return Setting(default() if callable(default) else default, "default")

    @property
    def state(self) -> Setting:
        setting = self._resolve("state", "ACCORD_STATE", lambda: str(data_dir() / "state.toml"))
        return Setting(Path(str(setting.value)).expanduser(), setting.origin)

    @property
    def seeds(self) -> Setting:
        """Extra seed paths: the option's and the environment's and the config's, all of them."""
        paths: list[str] = []
        origins = []
        if self._config.get("seeds"):
            paths += [str(p) for p in self._config["seeds"]]
            origins.append(f"config {self.file}")
        env = [p for p in os.environ.get("ACCORD_SEEDS", "").split(os.pathsep) if p]
        if env:
            paths += env
            origins.append("env ACCORD_SEEDS")
        if self._options["seeds"]:
            paths += list(self._options["seeds"])
            origins.append("option")
        return Setting(paths, " + ".join(origins) or "default")

    @property
    def author(self) -> Setting:
        return self._resolve("author", "ACCORD_AUTHOR", default_author)

    @property
    def stale_days(self) -> Setting:
        setting = self._resolve("stale_days", "ACCORD_STALE_DAYS", DEFAULT_STALE_DAYS)
        try:
            days = int(setting.value)
        except ValueError:
            raise ConfigError(f"stale_days must be a whole number of days, got {setting.value!r} ({setting.origin})") from None
        if days < 1:
            raise ConfigError(f"stale_days must be at least 1, got {days} ({setting.origin})")
        return Setting(days, setting.origin)

    @property
    def format(self) -> Setting:
        setting = self._resolve("format", "ACCORD_FORMAT", "table")
        if setting.value not in FORMATS:
            raise ConfigError(f"unknown format {setting.value!r} ({setting.origin}); one of: {', '.join(FORMATS)}")
        return setting

    @property
    def color(self) -> Setting:
        if os.environ.get("NO_COLOR"):
            return Setting("never", "env NO_COLOR")
        setting = self._resolve("color", "ACCORD_COLOR", "auto")
        if setting.value not in COLORS:
            raise ConfigError(f"unknown color setting {setting.value!r} ({setting.origin}); one of: {', '.join(COLORS)}")
        return setting

    def all(self) -> dict[str, Setting]:
        return {"config": Setting(self.file, "env ACCORD_CONFIG" if os.environ.get("ACCORD_CONFIG") else "default"),
                "state": self.state, "seeds": self.seeds, "author": self.author,
                "stale_days": self.stale_days, "format": self.format, "color": self.color}


def default_author() -> str:
    """git's user.name where git knows one, else the login name."""
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
