"""Your own documents: add-document, add."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from accord.cli.application import command
from accord.cli.options import (
    complete_area,
    complete_commitment_id,
    complete_commitment_kind,
    complete_document,
    complete_document_kind,
)
from accord.cli.output import out, refuse_own_files
from accord.cli.session import SeedsOption, Session, StateOption
from accord.domain.model import MAX_TITLE


@command("add-document")
def add_document_command(
    document_id: Annotated[str, typer.Option("--id", metavar="<id>", help="Document id: lowercase letters, digits and '-', e.g. kg-2024-railway.")],
    title: Annotated[str, typer.Option("--title", metavar="<text>", help="The document's title.")],
    date: Annotated[str, typer.Option("--date", metavar="<date>", help="Date signed or issued, YYYY-MM-DD.")],
    place: Annotated[str, typer.Option("--place", metavar="<text>", help="Where it was signed or issued.")],
    party: Annotated[list[str], typer.Option("--party", metavar="<code>", help="A party: an ISO 3166 alpha-2 code such as CN, or an organisation such as EU (repeatable).")],
    kind: Annotated[str, typer.Option("--kind", metavar="<kind>", help="joint-statement, declaration, readout, agreement, memorandum, plan or other.", autocompletion=complete_document_kind)],
    source: Annotated[Optional[str], typer.Option("--source", metavar="<file>", help="File name of the source text (for `accord check --sources`).")] = None,
    url: Annotated[Optional[str], typer.Option("--url", metavar="<url>", help="Where the text is published.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-o", metavar="<file>", help="Seed file to write (default: seeds/ID.toml beside the state file, loaded automatically).", dir_okay=False, show_default=False)] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Start a seed file for a document of your own; then add its commitments with `accord add`.

    Examples:

    \b
      accord add-document --id kg-2024-railway --title "CKU railway agreement" \\
          --date 2024-06-06 --place Beijing --party CN --party KG --party UZ \\
          --kind agreement
    """
    from accord.tracker import authoring as scaffold

    session = Session(state, seeds)
    target = file or session.settings.seed_folder / f"{document_id}.toml"
    if not target.exists():  # an existing file is refused for what it is (`add_document`)
        refuse_own_files(target, session)
    table = scaffold.document_table(id=document_id, title=title, date=date, place=place, parties=party, kind=kind,
                                    source=source, url=url)
    with session.state.writing():  # one writer of seed files at a time
        path = scaffold.add_document(target, table, session.settings.seeds.value)
    out(f"Wrote {path} with document {document_id}.\n")
    loading = scaffold.command_to_load(path, Session(state, seeds).settings.seeds.value)
    if loading:
        out(f"accord does not load that file yet: add it with --seeds, ACCORD_SEEDS or `{loading}`.\n")
    out(f"Add commitments with: accord add {document_id} --id ID --title TITLE --quote QUOTE --area AREA --kind KIND\n")


@command("add")
def add_command(
    document_id: Annotated[str, typer.Argument(metavar="<document>", help="The document (id or unique prefix) whose seed file gets the commitment.", autocompletion=complete_document)],
    commitment_id: Annotated[str, typer.Option("--id", metavar="<id>", help="Commitment id: lowercase letters, digits and '-'.")],
    title: Annotated[str, typer.Option("--title", metavar="<text>", help=f"A short title, at most {MAX_TITLE} characters.")],
    quote: Annotated[str, typer.Option("--quote", metavar="<text>", help="The document's exact words.")],
    area: Annotated[str, typer.Option("--area", metavar="<area>", help="politics, trade, connectivity, energy, … (see `accord list --area`).", autocompletion=complete_area)],
    kind: Annotated[str, typer.Option("--kind", metavar="<kind>", help="project, agreement, mechanism, policy or position.", autocompletion=complete_commitment_kind)],
    party: Annotated[Optional[list[str]], typer.Option("--party", metavar="<code>", help="Who committed, e.g. CN (repeatable; default: the document's parties).")] = None,
    tag: Annotated[Optional[list[str]], typer.Option("--tag", metavar="<tag>", help="A tag (repeatable).")] = None,
    deadline: Annotated[Optional[str], typer.Option("--deadline", metavar="<date>", help="Deadline: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    reaffirms: Annotated[Optional[list[str]], typer.Option("--reaffirms", metavar="<id>", help="Id of an earlier commitment this one restates (repeatable).", autocompletion=complete_commitment_id)] = None,
    status: Annotated[str, typer.Option("--status", metavar="<status>", help="What the document itself records: pledged, in-progress or fulfilled.")] = "pledged",
    part_of: Annotated[Optional[str], typer.Option("--part-of", metavar="<id>", help="The umbrella commitment this one is a part of (its progress rolls up into it).", autocompletion=complete_commitment_id)] = None,
    weight: Annotated[Optional[float], typer.Option("--weight", metavar="<n>", help="Its weight among the umbrella's parts, a positive number up to 1000000 (default: the same as the others).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Take an umbrella (--part-of) in another document.")] = False,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Add a commitment to a document of your own (its seed file is checked first, then rewritten atomically).

    Examples:

    \b
      accord add kg-2024-railway --id cku-gauge \\
          --title "Build the CKU line to standard gauge" \\
          --quote "…" --area connectivity --kind project --deadline 2030
      accord add kg-2024-railway --id cku-gauge-part-1 --part-of cku-gauge \\
          --weight 2 --title "First section" --quote "…" --area connectivity \\
          --kind project
    """
    from accord.tracker import authoring as scaffold

    session = Session(state, seeds)
    with session.state.writing():  # one writer of seed files at a time: two adds to one file both land
        path, table = scaffold.add_commitment(document_id, session.settings.seeds.value, id=commitment_id, title=title,
                                              quote=quote, area=area, parties=party or [], kind=kind, tags=tag or [],
                                              deadline=deadline, reaffirms=reaffirms or [], status=status,
                                              part_of=part_of, weight=weight, elsewhere=force and part_of is not None)
    out(f"Added commitment {table['id']} to {path}.\n")
