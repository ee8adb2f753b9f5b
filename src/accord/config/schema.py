"""The settings accord knows (``KEYS``, with the type each holds), the values some allow, and the
checks of a config file's settings (``check_settings``) and of a value given to `accord config
set` (``parse_value``).
"""

from __future__ import annotations

import os
from pathlib import Path

from accord.domain.errors import ConfigError
from accord.storage.files import expand_user

FORMATS = ("table", "json", "csv", "tsv", "md")
COLORS = ("auto", "always", "never")
EXTRACT_GRAINS = ("aim", "action")  # how finely `accord extract` cuts undertakings (accord.extract.grain)
EXTRACT_MODELS = ("on", "off")  # whether `accord extract`'s learned models work beside the rules (extract.sentence_model, extract.area_model)
DEFAULT_STALE_DAYS = 365
REPORT_KEYS = ("report_title", "report_subtitle", "report_org", "report_intro", "report_logo")  # `accord report`
KEYS = {"author": str, "state": str, "seeds": list, "stale_days": int, "format": str, "color": str,
        **dict.fromkeys(REPORT_KEYS, str), "archive_endpoint": str, "extract_grain": str,
        "extract_model": str}
CHOICES = {"format": FORMATS, "color": COLORS, "extract_grain": EXTRACT_GRAINS, "extract_model": EXTRACT_MODELS}  # the settings that hold one of a few
ARCHIVE_ENDPOINT = "https://web.archive.org/save/"  # `accord evidence keep --archive`: the URL is appended


def check_settings(data: dict, path: Path) -> None:
    """ConfigError for the first setting of the config file at ``path`` that accord does not
    know, or whose value is not of its type."""
    for key, value in data.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(KEYS)})")
        if (not isinstance(value, KEYS[key]) or isinstance(value, bool)
                or KEYS[key] is list and not all(isinstance(item, str) for item in value)):
            raise ConfigError(f"{path}: setting {key!r} must be {'a list of paths' if KEYS[key] is list else KEYS[key].__name__}")


def unknown_setting(key: str) -> ConfigError:
    """The error for a setting accord does not know, with the nearest it does (colour → color)."""
    from difflib import get_close_matches

    close = get_close_matches(key.lower(), list(KEYS), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else ""
    return ConfigError(f"unknown setting {key!r}{hint} (known: {', '.join(KEYS)})")


def stale_days(value, origin: str = "") -> int:
    """``value`` as a number of days after which a commitment is stale; ConfigError (naming ``origin``) if not."""
    where = f" ({origin})" if origin else ""
    try:
        days = int(value)
    except ValueError:
        raise ConfigError(f"stale_days must be a whole number of days, got {value!r}{where}") from None
    if days < 1:
        raise ConfigError(f"stale_days must be at least 1, got {days}{where}")
    return days


def web_address(key: str, value, origin: str = "") -> str:
    """``value`` as the http(s) URL ``key`` must hold; ConfigError (naming ``origin``) if it is not one."""
    if not isinstance(value, str) or not value.startswith(("https://", "http://")) or len(value.split()) != 1:
        where = f" ({origin})" if origin else ""
        raise ConfigError(f"{key} must be an http(s) URL, got {value!r}{where}")
    return value


def parse_value(key: str, text: str):
    """The stored form of a setting given on the command line; ConfigError if it is not valid."""
    if key not in KEYS:
        raise unknown_setting(key)
    if key == "stale_days":
        return stale_days(text)
    if key in CHOICES:
        allowed = CHOICES[key]
        if text not in allowed:
            raise ConfigError(f"unknown {key} {text!r}; one of: {', '.join(allowed)}")
        return text
    if key == "seeds":
        return [_existing_seed_path(p) for p in text.split(os.pathsep) if p]
    if key == "archive_endpoint":
        return web_address(key, text)
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
