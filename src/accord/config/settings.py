"""Every setting resolved once per command (``Settings``): each with where it came from (an
option, the environment, the config file, the default), its value checked.
"""

from __future__ import annotations

import getpass
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from accord.config.file import read_config
from accord.config.paths import config_origin, config_path, data_dir
from accord.config.schema import (ARCHIVE_ENDPOINT, COLORS, DEFAULT_STALE_DAYS, EXTRACT_GRAINS, EXTRACT_MODELS, FORMATS,
                                  REPORT_KEYS, stale_days, web_address)
from accord.domain.errors import ConfigError, InputError
from accord.storage.files import expand_user


@dataclass(frozen=True)
class Setting:
    value: object
    origin: str


def _one_of(setting: Setting, allowed: tuple[str, ...], name: str) -> Setting:
    """``setting`` when it holds one of ``allowed``; else the configuration's error, naming where it was set."""
    if setting.value not in allowed:
        raise ConfigError(f"unknown {name} {setting.value!r} ({setting.origin}); one of: {', '.join(allowed)}")
    return setting


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
        return Setting(stale_days(setting.value, setting.origin), setting.origin)

    @property
    def format(self) -> Setting:
        setting = self._resolve("format", "ACCORD_FORMAT", "table")
        if setting.value not in FORMATS and setting.origin == "option":
            raise InputError(f"unknown format {setting.value!r}; one of: {', '.join(FORMATS)}")
        return _one_of(setting, FORMATS, "format")

    @property
    def color(self) -> Setting:
        """--color, then NO_COLOR, then FORCE_COLOR, then ACCORD_COLOR, the config file, auto."""
        if self._options["color"] is None and os.environ.get("NO_COLOR"):
            return Setting("never", "env NO_COLOR")
        if self._options["color"] is None and os.environ.get("FORCE_COLOR", "0") not in ("", "0"):
            return Setting("always", "env FORCE_COLOR")
        if self._options["color"] not in (None, *COLORS):
            raise InputError(f"unknown --color {self._options['color']!r}; one of: {', '.join(COLORS)}")
        return _one_of(self._resolve("color", "ACCORD_COLOR", "auto"), COLORS, "color setting")

    @property
    def archive_endpoint(self) -> Setting:
        """Where `accord evidence keep --archive` asks for a snapshot (a Wayback-compatible save URL)."""
        setting = self._resolve("archive_endpoint", "ACCORD_ARCHIVE_ENDPOINT", ARCHIVE_ENDPOINT)
        return Setting(web_address("archive_endpoint", setting.value, setting.origin), setting.origin)

    def extract_grain(self, option: str | None = None) -> Setting:
        """How finely `accord extract` cuts undertakings: --grain, else the config file's, else aim."""
        if option is not None and option not in EXTRACT_GRAINS:
            raise InputError(f"unknown --grain {option!r}; one of: {', '.join(EXTRACT_GRAINS)}")
        setting = Setting(option, "option") if option is not None else self._resolve("extract_grain", None, "aim")
        return _one_of(setting, EXTRACT_GRAINS, "extract_grain")

    def extract_model(self, option: bool | None = None) -> Setting:
        """Whether `accord extract`'s learned models work beside the rules (the sentence model proposes, the area model
        files): --model/--no-model, else the config file's, else on."""
        if option is not None:
            return Setting("on" if option else "off", "option")
        return _one_of(self._resolve("extract_model", None, "on"), EXTRACT_MODELS, "extract_model")

    def report_setting(self, key: str, option: str | None = None) -> Setting:
        """One of REPORT_KEYS: the option given, else the config file's, else None."""
        return Setting(option, "option") if option is not None else self._resolve(key, None, None)

    def all(self) -> dict[str, Setting]:
        """Every setting; the report's only where the config file sets them."""
        return {"config": Setting(self.file, config_origin()),
                "state": self.state, "seeds": self.seeds, "author": self.author,
                "stale_days": self.stale_days, "format": self.format, "color": self.color,
                "extract_grain": self.extract_grain(), "extract_model": self.extract_model(),
                "archive_endpoint": self.archive_endpoint,
                **{key: self.report_setting(key) for key in REPORT_KEYS if key in self._config}}


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
