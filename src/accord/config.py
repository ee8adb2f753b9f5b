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
from dataclasses import dataclass
from pathlib import Path

from accord.domain.errors import ConfigError, InputError
from accord.storage.files import CONFIG_LIMIT, expand_user, read_text
from accord.storage.parse import Malformed, load_toml

FORMATS = ("table", "json", "csv", "tsv", "md")
COLORS = ("auto", "always", "never")
DEFAULT_STALE_DAYS = 365
REPORT_KEYS = ("report_title", "report_subtitle", "report_org", "report_intro", "report_logo")  # `accord report`
KEYS = {"author": str, "state": str, "seeds": list, "stale_days": int, "format": str, "color": str,
        **dict.fromkeys(REPORT_KEYS, str), "archive_endpoint": str}
ARCHIVE_ENDPOINT = "https://web.archive.org/save/"  # `accord evidence keep --archive`: the URL is appended


@dataclass(frozen=True)
class Setting:
    value: object
    origin: str


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


def read_config(path: Path | None = None) -> dict:
    path = path or config_path()
    data = _read_raw(path)
    for key, value in data.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(KEYS)})")
        if not isinstance(value, KEYS[key]) or isinstance(value, bool):
            raise ConfigError(f"{path}: setting {key!r} must be {'a list of paths' if KEYS[key] is list else KEYS[key].__name__}")
    return data


class Settings:
    """Every setting, resolved once per command."""

    def __init__(self, *, state: str | None = None, seeds: list[str] | None = None,
                 author: str | None = None, fmt: str | None = None, color: str | None = None):
        self.file = config_path()
        self._config = read_config(self.file)
        self._options = {"state": state, "seeds": seeds or None, "author": author, "format": fmt, "color": color}

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
        error = InputError if setting.origin == "option" else ConfigError
        path = expand_user(str(setting.value), error=error)
        if not str(setting.value).strip() or path.name in ("", ".", ".."):
            raise error(f"state file path {str(setting.value)!r} names a folder, not a file ({setting.origin})")
        return Setting(path, setting.origin)

    @property
    def seeds(self) -> Setting:
        """Extra seed paths: the user's seed folders (where they exist), then the config's,
        the environment's and the option's, all of them."""
        paths: list[str] = [str(folder) for folder in self.seed_folders() if folder.is_dir()]
        origins = ["default"] if paths else []
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

    def seed_folders(self) -> list[Path]:
        """Folders of the user's own seed files, loaded when they exist: ``seeds`` beside the
        state file (a team repository's), and ``seeds`` in the user data folder."""
        folders = [self.seed_folder]
        personal = data_dir() / "seeds"
        if personal != folders[0]:
            folders.append(personal)
        return folders

    @property
    def seed_folder(self) -> Path:
        """Where `accord add-document` writes by default: ``seeds`` beside the state file."""
        return self.state.value.parent / "seeds"

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
        if setting.value not in FORMATS and setting.origin == "option":
            raise InputError(f"unknown format {setting.value!r}; one of: {', '.join(FORMATS)}")
        if setting.value not in FORMATS:
            raise ConfigError(f"unknown format {setting.value!r} ({setting.origin}); one of: {', '.join(FORMATS)}")
        return setting

    @property
    def color(self) -> Setting:
        """--color, then NO_COLOR, then FORCE_COLOR, then ACCORD_COLOR, the config file, auto."""
        if self._options["color"] is None and os.environ.get("NO_COLOR"):
            return Setting("never", "env NO_COLOR")
        if self._options["color"] is None and os.environ.get("FORCE_COLOR", "0") not in ("", "0"):
            return Setting("always", "env FORCE_COLOR")
        if self._options["color"] not in (None, *COLORS):
            raise InputError(f"unknown --color {self._options['color']!r}; one of: {', '.join(COLORS)}")
        setting = self._resolve("color", "ACCORD_COLOR", "auto")
        if setting.value not in COLORS:
            raise ConfigError(f"unknown color setting {setting.value!r} ({setting.origin}); one of: {', '.join(COLORS)}")
        return setting

    @property
    def archive_endpoint(self) -> Setting:
        """Where `accord evidence keep --archive` asks for a snapshot (a Wayback-compatible save URL)."""
        setting = self._resolve("archive_endpoint", "ACCORD_ARCHIVE_ENDPOINT", ARCHIVE_ENDPOINT)
        if not str(setting.value).startswith(("https://", "http://")):
            raise ConfigError(f"archive_endpoint must be an http(s) URL, got {setting.value!r} ({setting.origin})")
        return setting

    def report_setting(self, key: str, option: str | None = None) -> Setting:
        """One of REPORT_KEYS: the option given, else the config file's, else None."""
        return Setting(option, "option") if option is not None else self._resolve(key, None, None)

    def all(self) -> dict[str, Setting]:
        """Every setting; the report's only where the config file sets them."""
        return {"config": Setting(self.file, config_origin()),
                "state": self.state, "seeds": self.seeds, "author": self.author,
                "stale_days": self.stale_days, "format": self.format, "color": self.color,
                **{key: self.report_setting(key) for key in REPORT_KEYS if key in self._config}}


def config_origin() -> str:
    if os.environ.get("ACCORD_CONFIG"):
        return "env ACCORD_CONFIG"
    return "env ACCORD_HOME" if home() else "default"


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


# -- editing the config file (`accord config set/unset`, `accord git init`) -----


def unknown_setting(key: str) -> ConfigError:
    """The error for a setting accord does not know, with the nearest it does (colour → color)."""
    from difflib import get_close_matches

    close = get_close_matches(key.lower(), list(KEYS), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else ""
    return ConfigError(f"unknown setting {key!r}{hint} (known: {', '.join(KEYS)})")


def parse_value(key: str, text: str):
    """The stored form of a setting given on the command line; ConfigError if it is not valid."""
    if key not in KEYS:
        raise unknown_setting(key)
    if key == "stale_days":
        try:
            days = int(text)
        except ValueError:
            raise ConfigError(f"stale_days must be a whole number of days, got {text!r}") from None
        if days < 1:
            raise ConfigError(f"stale_days must be at least 1, got {days}")
        return days
    if key in ("format", "color"):
        allowed = FORMATS if key == "format" else COLORS
        if text not in allowed:
            raise ConfigError(f"unknown {key} {text!r}; one of: {', '.join(allowed)}")
        return text
    if key == "seeds":
        return [_existing_seed_path(p) for p in text.split(os.pathsep) if p]
    if not text.strip():
        raise ConfigError(f"{key} must not be empty")
    if key in ("state", "report_intro", "report_logo"):
        return str(expand_user(text, error=ConfigError).absolute())
    return text


def _existing_seed_path(text: str) -> str:
    path = expand_user(text, error=ConfigError).absolute()
    if not path.exists():
        raise ConfigError(f"seeds: {path}: no such file or folder")
    return str(path)


def set_value(key: str, text: str, path: Path | None = None) -> object:
    """Write one setting into the config file, keeping the others; return the stored value."""
    value = parse_value(key, text)
    path = path or config_path()
    data = _read_raw(path)
    data[key] = value
    write_config(data, path)
    return value


def unset_value(key: str, path: Path | None = None) -> bool:
    """Remove one setting from the config file; False if it was not set."""
    if key not in KEYS:
        raise unknown_setting(key)
    path = path or config_path()
    data = _read_raw(path)
    if key not in data:
        return False
    del data[key]
    write_config(data, path)
    return True


def _read_raw(path: Path) -> dict:
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

