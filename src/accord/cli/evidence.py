"""Evidence that lasts: `accord evidence check` and `accord evidence keep`."""

import re
from typing import Annotated, Optional

import typer

from accord.cli.application import app, group_command
from accord.cli.global_options import WholeHelpGroup
from accord.cli.output import check_format, err, out
from accord.cli.session import SeedsOption, Session, StateOption

evidence_app = typer.Typer(name="evidence", cls=WholeHelpGroup, help="Check every evidence URL and document source for rot, and keep copies of them.\n\n\b\nExamples:\n  accord evidence check --format json\n  accord evidence keep --archive\n  accord check --links",
                           no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(evidence_app)

RECORD_FIELDS = ("url", "outcome", "status", "failure", "checked", "gone_since", "final_url", "content_type",
                 "length", "sha256", "kept", "archived", "cited_by", "documents")
SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)
UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}

Ids = Annotated[Optional[list[str]], typer.Argument(
    metavar="[ID...]", help="Commitments whose evidence and documents' sources to take (id or unique prefix; default: all).",
    show_default=False)]
Timeout = Annotated[float, typer.Option("--timeout", metavar="<seconds>", min=0.1, max=600,
                                        help="Most time for one URL, redirects and body included.")]
MaxSize = Annotated[str, typer.Option("--max-size", metavar="<size>",
                                      help="Largest body read (e.g. 500k, 20MiB); a larger one is cut and recorded too-large.")]
Connections = Annotated[int, typer.Option("--connections", metavar="<n>", min=1, max=512, help="Connections open at once in all.")]
PerHost = Annotated[int, typer.Option("--per-host", metavar="<n>", min=1, max=64, help="Connections open at once to one host.")]
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private", help="Also connect to loopback, private, link-local and other non-public addresses "
    "(refused by default: a teammate could plant a URL that reaches into your network).")]
AllowAddress = Annotated[Optional[list[str]], typer.Option(
    "--allow-address", metavar="<address>", help="A non-public address or network allowed all the same "
    "(e.g. 10.1.2.3 or 10.1.0.0/16; repeatable).", show_default=False)]
Format = Annotated[Optional[str], typer.Option("--format", "-f", metavar="<format>",
                                               help="Output format: table, json, csv or md.", show_default=False)]


def parse_size(text: str, option: str = "--max-size") -> int:
    from accord.domain.errors import InputError

    found = SIZE.fullmatch(text.strip())
    if not found or float(found[1]) <= 0:
        raise InputError(f"{option}: expected a size such as 500k, 20MiB or 1GiB, got {text!r}")
    return int(float(found[1]) * UNITS[found[2].lower()])


def limits_from(timeout: float, max_size: str, connections: int, per_host: int, allow_private: bool,
                allow_address: list[str] | None):
    import ipaddress

    from accord.domain.errors import InputError
    from accord.sources.fetch import Limits

    try:
        allowed = tuple(ipaddress.ip_network(a.strip(), strict=False) for a in allow_address or [])
    except ValueError as exc:
        raise InputError(f"--allow-address: {exc}") from None
    return Limits(timeout=timeout, max_size=parse_size(max_size), connections=connections, per_host=per_host,
                  allow_private=allow_private, allowed=allowed)


def source_record(check, cited_by: list[str], documents: list[str]) -> dict:
    record = {name: getattr(check, name) for name in RECORD_FIELDS if name not in ("outcome", "cited_by", "documents")}
    return {**record, "outcome": check.outcome, "cited_by": cited_by, "documents": documents}


def emit_records(records: list[dict], fmt: str) -> None:
    from accord.export.formats import render, to_text_table

    if fmt == "table":
        rows = [[r["outcome"], " ".join(str(v) for v in (r["status"], r["failure"]) if v), r["url"],
                 ", ".join([*r["cited_by"], *(f"document {d}" for d in r["documents"])])] for r in records]
        out(to_text_table(["Outcome", "Status", "URL", "Cited by"], rows))
        return
    if fmt == "csv" or fmt == "md":
        records = [{**r, "cited_by": " ".join(r["cited_by"]), "documents": " ".join(r["documents"])} for r in records]
    out(render(records, RECORD_FIELDS, fmt))


def finish(records: list[dict]) -> None:
    """Exit 8 when a source is gone, saying how many."""
    from accord.domain.errors import CheckFailed

    gone = sum(r["outcome"] == "gone" for r in records)
    if gone:
        raise CheckFailed(f"{gone} source{'s are' if gone != 1 else ' is'} gone (see `accord check --links`)")


def _session_and_urls(state, seeds, fmt, ids):
    """The session, the output format, each URL to take (the updates' evidence, then the documents' own sources),
    the commitments citing each evidence URL and the documents published at each source."""
    session = Session(state, seeds)
    fmt = check_format(fmt or "table", ("table", "json", "csv", "md"))
    from accord.sources.check import document_urls, evidence_urls

    cited = evidence_urls(session.tracker(), ids or [])
    published = document_urls(session.tracker(), ids or [])
    urls = list(dict.fromkeys([*cited, *published]))
    if not urls:
        err("No evidence or document URLs to take.")
    return session, fmt, urls, cited, published


@group_command(evidence_app, "check")
def evidence_check_command(
    ids: Ids = None,
    timeout: Timeout = 20.0,
    max_size: MaxSize = "20MiB",
    connections: Connections = 32,
    per_host: PerHost = 6,
    allow_private: AllowPrivate = False,
    allow_address: AllowAddress = None,
    fmt: Format = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Fetch every distinct evidence URL, and every URL a document is published at (its seed's
    `url`), http and https only, and record what each answers, in evidence.toml beside the state
    file; exit 8 when a source is gone (404, 410, 451, or its host no longer exists).

    Records for each URL: when checked, the HTTP status or the failure (dns, tls, timeout,
    refused, too-large, redirect-loop, too-many-redirects, private-address, …), the final URL
    after at most 5 redirects, the content type, the length and the SHA-256 of the body.
    Teammates share the records through git (`accord sync`; newest check wins).

    Examples:

    \b
      accord evidence check
      accord evidence check cku-railway --format json
      accord evidence check --timeout 10 --max-size 5MiB --per-host 2
    """
    limits = limits_from(timeout, max_size, connections, per_host, allow_private, allow_address)
    session, fmt, urls, cited, published = _session_and_urls(state, seeds, fmt, ids)
    if not urls:
        return
    from accord.sources.check import check_urls

    checks = check_urls(urls, limits, session.settings.state.value)
    records = [source_record(c, cited.get(c.url, []), published.get(c.url, [])) for c in checks]
    emit_records(records, fmt)
    finish(records)


@group_command(evidence_app, "keep")
def evidence_keep_command(
    ids: Ids = None,
    max_size: MaxSize = "20MiB",
    budget: Annotated[str, typer.Option("--budget", metavar="<size>", help="Most bytes kept in all by this run.")] = "1GiB",
    timeout: Timeout = 60.0,
    connections: Connections = 16,
    per_host: PerHost = 4,
    allow_private: AllowPrivate = False,
    allow_address: AllowAddress = None,
    archive: Annotated[bool, typer.Option("--archive", help="Also ask a public archive for a snapshot of each live "
                                          "source (the config's archive_endpoint; default the Internet Archive's "
                                          "save URL) and record the snapshot's URL.")] = False,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Keep a copy of each live evidence source, and of each document's own source (its seed's
    `url`), in sources/ beside the state file, named by its
    content (sources/sha256/ab/<hash>.html, .pdf, …) with a sidecar saying its URL, when it was
    fetched and its content type. A copy already there is not written again; the copies travel
    with the team's repository (`accord sync`).

    Examples:

    \b
      accord evidence keep
      accord evidence keep cku-railway --max-size 50MiB
      accord evidence keep --budget 200MiB
      accord evidence keep --archive
    """
    limits = limits_from(timeout, max_size, connections, per_host, allow_private, allow_address)
    total = parse_size(budget, "--budget")
    session, _, urls, _, _ = _session_and_urls(state, seeds, "table", ids)
    if not urls:
        return
    from accord.sources.keep import keep_urls

    kept = keep_urls(urls, limits, session.settings.state.value, total)
    for item in kept:
        if item.path:
            out(f"{'kept' if item.written else 'had '}  {item.path}  {item.url}\n")
        else:
            out(f"not kept ({item.failure or item.status})  {item.url}\n")
    copies = sum(k.written for k in kept)
    err(f"{copies} new cop{'ies' if copies != 1 else 'y'}, {sum(bool(k.path) for k in kept) - copies} already kept, "
        f"{sum(not k.path for k in kept)} not kept.")
    if archive:
        _archive([k.url for k in kept if k.path], limits, session)


def _archive(urls: list[str], limits, session) -> None:
    from accord.sources.archive import archive_urls

    endpoint = session.settings.archive_endpoint.value
    snapshots = archive_urls(urls, limits, session.settings.state.value, endpoint)
    for url, snapshot in snapshots.items():
        out(f"archived  {snapshot}  {url}\n" if snapshot else f"not archived  {url}\n")
    err(f"{sum(bool(s) for s in snapshots.values())} of {len(snapshots)} archived by {endpoint}")
