"""Drafting a seed file from a source text: extract."""

import sys
from pathlib import Path
from typing import Annotated, NamedTuple, Optional

import typer

from accord.cli.application import command
from accord.cli.options import complete_document_kind
from accord.cli.output import err, refuse_own_files
from accord.cli.session import SeedsOption, Session, StateOption


def _complete_grain(incomplete: str) -> list[str]:
    from accord.config.schema import EXTRACT_GRAINS

    return [grain for grain in EXTRACT_GRAINS if grain.startswith(incomplete)]


@command("extract")
def extract_command(
    sources: Annotated[list[str], typer.Argument(metavar="<source>...", help="The source text: a UTF-8 text, HTML, Markdown, PDF, Word (.docx) or OpenDocument (.odt) file (an old .doc or RTF through LibreOffice), its http(s) URL, or - for standard input; several are drafted one after the other, each into its own seed file.", show_default=False)],
    document_id: Annotated[Optional[str], typer.Option("--id", metavar="<id>", help="Document id (default: from the year and the title).", show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option("--title", metavar="<text>", help="The document's title (default: the title the page or document gives itself, its first line, or the file name).", show_default=False)] = None,
    date: Annotated[Optional[str], typer.Option("--date", metavar="<date>", help="Date signed or issued, YYYY-MM-DD (default: the first date in the text).", show_default=False)] = None,
    place: Annotated[Optional[str], typer.Option("--place", metavar="<text>", help="Where it was signed or issued (default: guessed from the opening).", show_default=False)] = None,
    party: Annotated[Optional[list[str]], typer.Option("--party", metavar="<code>", help="A party: an ISO code such as CN, or an organisation such as EU (repeatable; default: the parties the text names most).", show_default=False)] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", metavar="<kind>", help="joint-statement, declaration, readout, agreement, memorandum, plan or other (default: guessed).", autocompletion=complete_document_kind, show_default=False)] = None,
    url: Annotated[Optional[str], typer.Option("--url", metavar="<url>", help="Where the text is published (default: the source's URL, if it is one).", show_default=False)] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="<path>", help="Seed file to write, or - for standard output; with several sources, a folder to write ID.toml in (default: seeds/ID.toml beside the state file, loaded automatically).", show_default=False)] = None,
    grain: Annotated[Optional[str], typer.Option("--grain", metavar="<grain>", help="How finely undertakings are cut: aim keeps the predicates that serve one aim together, as the shipped seed files do; action proposes each distinct action (a predicate naming its own project, agreement, body or deadline) apart, as the G20 Research Group counts commitments (default: aim, or the extract_grain setting).", autocompletion=_complete_grain, show_default=False)] = None,
    model: Annotated[Optional[bool], typer.Option("--model/--no-model", help="Whether two small models trained on the annotated corpus work beside the rules: a sentence model proposes the clauses the rules' cues miss, an area model files what the area cues leave unsure; each says so in its comment (default: on, or the extract_model setting).", show_default=False)] = None,
    review: Annotated[bool, typer.Option("--review", help="Walk the candidates one by one (y/n/e/a/d/q) and write only those accepted.")] = False,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Draft a seed file from a source text: every undertaking with its exact words and guessed fields.

    Each candidate's quote is copied from the text; its id, title, area, kind, parties,
    deadline, status and `reaffirms` suggestions are guesses, explained in a comment above
    it. The source text is kept beside the seed file, so that `accord check --sources`
    verifies the quotes. Several sources are drafted one after the other, each into its own
    seed file; one that cannot be drafted is said and the others still are (exit 5 then).

    Examples:

    \b
      accord extract statement.txt --date 2024-06-06 \\
          --party CN --party KG --party UZ
      accord extract page.html --review -o drafts/railway.toml
      accord extract statement.pdf --kind joint-statement
      accord extract communique.docx --party EU --party KZ
      accord extract https://example.org/statement.html --id cku-2024
      accord extract statements/*.pdf -o drafts/
      accord extract - -o - < statement.txt
    """
    _one_document_options(sources, {"--id": document_id, "--title": title, "--date": date, "--place": place,
                                     "--url": url}, output)
    session = Session(state, seeds)
    options = Drafting(session.settings.extract_grain(grain).value,
                       session.settings.extract_model(model).value == "on", review)
    given = {"id": document_id, "title": title, "date": date, "place": place, "parties": party, "kind": kind,
             "url": url}
    taken = Taken(set(session.catalog.documents), set(session.catalog.commitments))
    if len(sources) == 1:
        _draft(sources[0], session, given, options, output, taken)
        return
    from accord.cli.application import report
    from accord.domain.errors import AccordError

    failed: list[AccordError] = []
    for source in sources:
        try:
            _draft(source, session, given, options, output and str(Path(output) / "{id}.toml"), taken)
        except AccordError as error:
            report(error)
            failed.append(error)
    if failed:
        err(f"accord: error: {len(failed)} of {len(sources)} sources not drafted")
        raise typer.Exit(failed[0].exit_code)


def _one_document_options(sources: list[str], options: dict[str, str | None], output: str | None) -> None:
    """With several sources, refuse what names one document, and an output that is not a folder."""
    from accord.domain.errors import InputError

    if len(sources) < 2:
        return
    named = [name for name, value in options.items() if value is not None]
    if named:
        raise InputError(f"{named[0]} names one document: give one source with it")
    if output == "-" or sources.count("-") > 1:
        raise InputError("standard output holds one draft, and standard input one source: give one source with -")
    if output is not None and not Path(output).is_dir():
        raise InputError(f"{output}: not a folder; with several sources, -o names the folder the drafts go in")


class Taken(NamedTuple):
    """The ids of the documents and commitments loaded, and of those drafted so far: a draft's are unique."""
    documents: set[str]
    commitments: set[str]


class Drafting(NamedTuple):
    grain: str  # aim or action
    model: bool  # the sentence model proposes, and the area model files, beside the rules
    review: bool  # the candidates are walked one by one


def _draft(source: str, session: Session, given: dict, options: Drafting, output: str | None,
           taken: Taken) -> None:
    """Draft ``source`` with the metadata ``given`` into its seed file (``output``, where "{id}" stands for the
    document's id; default: the seed folder), saying what was written and how to check it."""
    from accord.extract import draft as make_draft
    from accord.extract import metadata, seedfile
    from accord.extract.source import read_source

    read = read_source(source)
    from_web = read.fetched is not None
    given = {**given, "url": given.get("url") or (source if from_web else None)}
    meta, notes = metadata.complete(given, read.text, read.title, source, taken.documents)
    to_stdout = output == "-"
    target = (Path(f"{meta.id}.toml") if to_stdout else Path(output.replace("{id}", meta.id)) if output
              else session.settings.seed_folder / f"{meta.id}.toml")
    if not to_stdout:
        refuse_own_files(target, session)
    seedfile.refuse_bad_document(meta, target, session.settings.seeds.value, read.text)
    result = make_draft(read.text, meta, session.catalog, grain=options.grain, model=options.model,
                        drafted_ids=frozenset(taken.commitments))
    if options.grain == "action":
        from accord.extract.grain import ACTION_NOTE

        notes = [*notes, ACTION_NOTE]
    result.metadata_notes = notes
    chosen = result.commitments
    if options.review and result.commitments:
        chosen = _review(result.commitments, from_stdin=source == "-")
    label = "standard input" if source == "-" else source if from_web else Path(source).name
    if to_stdout:
        sys.stdout.write(seedfile.checked(result, target, session.settings.seeds.value, chosen, label))
        err(f"The source text is not kept when the draft goes to standard output: save the text its quotes were "
            f"copied from as {meta.source} beside the seed file (-o FILE keeps it, as read from {label}).")
        return
    with session.state.writing():  # one writer of seed files at a time
        path, kept = seedfile.write(result, target, session.settings.seeds.value, chosen, label)
    taken.documents.add(meta.id)
    taken.commitments.update(c.id for c in chosen)
    from accord.tracker.summary import plural

    learned = sum(c.by_model for c in chosen)
    err(f"Wrote {path}: document {meta.id}, {plural(len(chosen), 'commitment')}"
        + (f" (of {len(result.commitments)} proposed)" if len(chosen) != len(result.commitments) else "")
        + (f", {learned} of them proposed by the sentence model alone (review those first)" if learned else "")
        + f"; source text kept in {kept}.")
    if from_web:
        from accord.extract.web import keep_fetched

        copy = keep_fetched(read.fetched, session.settings.state.value)
        if copy:
            err(f"The source as fetched is kept in {copy} beside the state file, as `accord evidence keep` keeps it.")
    import shlex

    from accord.tracker import authoring as scaffold

    loading = scaffold.command_to_load(path, session.settings.seeds.value)
    if loading:
        err(f"accord does not load that file yet: review it, then add it with --seeds, ACCORD_SEEDS or `{loading}`.")
    err(f"Check the quotes with: accord check --seeds {shlex.quote(str(path))} "
        f"--sources {shlex.quote(str(kept.parent))}")


def _review(commitments, from_stdin: bool):
    """Ask on stderr; answers come from stdin, or from the terminal when stdin holds the source."""
    from accord.domain.errors import InputError
    from accord.extract.review import review

    answers = sys.stdin
    if from_stdin:
        try:
            answers = open("/dev/tty", encoding="utf-8")
        except OSError:
            raise InputError("--review needs a terminal when the source is read from standard input") from None

    def ask(prompt: str):
        sys.stderr.write(prompt)
        sys.stderr.flush()
        line = answers.readline()
        return line if line else None

    def say(text: str) -> None:
        sys.stderr.write(text)
        sys.stderr.flush()

    try:
        return review(commitments, ask, say)
    finally:
        if answers is not sys.stdin:
            answers.close()
