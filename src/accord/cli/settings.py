"""`accord config`: show, set and unset settings."""

from pathlib import Path
from typing import Annotated

import typer

from accord.cli.application import app, group_command, reporting_errors
from accord.cli.global_options import WholeHelpGroup
from accord.cli.output import out
from accord.cli.session import Session, TableOrJsonOption

config_app = typer.Typer(name="config", cls=WholeHelpGroup, invoke_without_command=True,
                         context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(config_app)


@config_app.callback(invoke_without_command=True)
@reporting_errors
def config_command(ctx: typer.Context, fmt: TableOrJsonOption = None) -> None:
    """Show each setting, its value and where it comes from; `accord config get/set/unset` read or edit one.

    Examples:

    \b
      accord config
      accord config --format json
    """
    if ctx.invoked_subcommand:
        return
    session = Session(fmt=fmt)
    resolved = session.settings.all()
    if session.format_in(("table", "json")) == "json":
        from accord.export.formats import to_json

        out(to_json({key: {"value": _setting_json(s.value), "origin": s.origin} for key, s in resolved.items()}))
        return
    from accord.export.formats import to_text_table

    out(to_text_table(["Setting", "Value", "Origin"],
                      [[key, _setting_text(s.value), s.origin] for key, s in resolved.items()]))


def _setting_json(value):
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value) if isinstance(value, Path) else value


def _setting_text(value) -> str:
    import os

    return os.pathsep.join(str(v) for v in value) if isinstance(value, list) else str(value)


def complete_setting(incomplete: str) -> list[str]:
    from accord.config.schema import KEYS

    return [key for key in KEYS if key.startswith(incomplete)]


# The keys of accord.config.schema.KEYS, written out: every command's start-up would import it to make this help
# (a test checks that it names each).
SettingArgument = Annotated[str, typer.Argument(
    metavar="<key>", help="author, state, seeds, stale_days, format, color, report_title, report_subtitle, report_org, "
    "report_intro, report_logo, archive_endpoint, extract_grain or extract_model.", autocompletion=complete_setting)]


@group_command(config_app, "set")
def config_set_command(
    key: SettingArgument,
    value: Annotated[str, typer.Argument(metavar="<value>", help="The value; for seeds, paths separated by ':' (';' on Windows).")],
) -> None:
    """Write a setting into the config file (checked first; the other settings are kept).

    Examples:

    \b
      accord config set author "Aida Bekova"
      accord config set stale_days 180
    """
    from accord.config.file import set_value
    from accord.config.paths import config_path

    stored = set_value(key, value)
    out(f"Set {key} = {_setting_text(stored)} in {config_path()}.\n")


@group_command(config_app, "unset")
def config_unset_command(key: SettingArgument) -> None:
    """Remove a setting from the config file (its default applies again).

    Examples:

    \b
      accord config unset stale_days
    """
    from accord.config.file import unset_value
    from accord.config.paths import config_path

    if unset_value(key):
        out(f"Removed {key} from {config_path()}.\n")
    else:
        out(f"{key} is not set in {config_path()}.\n")


@group_command(config_app, "get")
def config_get_command(key: SettingArgument) -> None:
    """Print one setting's value as it applies now (from an option, the environment, the config
    file or the default), for scripts: `accord config` shows where each comes from.

    Examples:

    \b
      accord config get state
      accord config get stale_days
    """
    from accord.config.schema import KEYS, unknown_setting

    if key not in KEYS:
        raise unknown_setting(key)
    setting = Session().settings.all().get(key)  # a report setting is there only when set
    out(("" if setting is None or setting.value is None else _setting_text(setting.value)) + "\n")
