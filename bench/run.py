"""Benchmark accord as whole processes, side by side with Taskwarrior where it is installed.

    python bench/run.py [--size seeds|small|1k|10k ...] [--runs N] [--out FILE]

For each size: generate a tracker in a temporary folder (seed TOML files plus updates
recorded through `accord import`, and the same shape imported into Taskwarrior), time
each operation as a separate process (one warm-up run, then the median of N runs,
with each child's peak RSS), and print a Markdown table. With several sizes, also the
growth from one to the next. No duration is asserted: this is a measuring instrument.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import merging  # noqa: E402
import report  # noqa: E402
import synth  # noqa: E402
from measure import Job, Measurement, measure_all, not_measured  # noqa: E402
from report import Row, SizeResult  # noqa: E402
from tools import Accord, Taskwarrior, interpreter  # noqa: E402

BASELINE_IMPORT = "import typer, rich.console, rich.table"


@dataclass(frozen=True)
class Operation:
    key: str
    accord: list[str]
    taskwarrior: list[str] | None = None  # the matching Taskwarrior command, if any
    needs: str | None = None  # an accord command that may not exist yet
    drop_cache: bool = False  # delete accord's derived cache before each run


def operations(dataset: synth.Dataset) -> list[Operation]:
    area, target = dataset.area, dataset.show_id
    task = synth.task_uuid(target)
    return [
        Operation("list-area", ["list", "--area", area], ["project:" + area, "list"]),
        Operation("list", ["list"], ["list"]),
        Operation("list-json", ["list", "--format", "json"]),
        Operation("show", ["show", target], [task, "info"]),
        Operation("update", ["update", target, "--note", "x"], [task, "annotate", "x"]),
        Operation("summary", ["summary"], ["summary"], needs="summary"),
        Operation("report-json", ["report", "--format", "json"], ["export"], needs="report"),
        Operation("check", ["check"]),
        Operation("list-area-no-cache", ["list", "--area", area], drop_cache=True),
        Operation("version", ["--version"]),
        Operation("help", ["--help"]),
    ]


def label(op: Operation) -> str:
    text = " ".join(["accord", *op.accord])
    return text + " (cache deleted)" if op.drop_cache else text


def task_label(op: Operation) -> str:
    return re.sub(r"\b[0-9a-f]{8}-[0-9a-f-]{27}\b", "UUID", " ".join(["task", *op.taskwarrior]))


def run_size(size: synth.Size, runs: int, with_taskwarrior: bool, workdir: Path,
             log: Callable[[str], None], with_merge: bool = True, merge_only: bool = False) -> SizeResult:
    accord = Accord(home=workdir / "home", seed_dir=workdir / "seeds", pycache=workdir.parent / "pycache")
    accord.home.mkdir(parents=True)
    log(f"[{size.name}] generating {size.commitments or 'shipped'} commitments × {size.updates} updates")
    shipped = synth.shipped_specs()  # always loaded, beside any generated seeds
    dataset = synth.build(size, shipped if size.commitments == 0 else [])
    synth.write_seeds(dataset, accord.seed_dir)
    setup = Row("setup-import", accord.import_csv(synth.write_updates_csv(dataset, workdir / "updates.csv")))
    taskwarrior = None
    if with_taskwarrior:
        taskwarrior = Taskwarrior(workdir / "taskwarrior")
        taskwarrior.setup()
        setup.taskwarrior = taskwarrior.import_json(synth.write_taskwarrior_json(dataset, workdir / "tasks.json"))
    loaded = len(dataset.commitments) + (0 if size.commitments == 0 else len(shipped))
    result = SizeResult(size, loaded, dataset.update_count, runs, setup=[setup])
    available = {name: accord.has_command(name) for name in ("summary", "report")}
    jobs: list[Job] = []
    for op in [] if merge_only else operations(dataset):
        row, row_jobs = _plan(op, accord, taskwarrior, available)
        result.rows.append(row)
        jobs += row_jobs
    if not merge_only:
        baseline = Measurement(f'python -c "{BASELINE_IMPORT}"', [interpreter(), "-c", BASELINE_IMPORT])
        result.rows.append(Row("import-baseline", baseline))
        jobs.append(Job(baseline, accord.env))
        measure_all(jobs, runs, lambda what: log(f"[{size.name}] {what} of {len(jobs)} commands"))
    if with_merge:
        result.merge = merging.measure(accord, taskwarrior, dataset.area, workdir, runs,
                                       lambda what: log(f"[{size.name}] {what}"), _merge_oracle())
    return result


def _merge_oracle():
    """The previous merge driver (tests/merge_oracle.py), to check the merge's bytes against; None
    where the tests are not beside the benchmark."""
    tests = Path(__file__).resolve().parents[1] / "tests"
    if not (tests / "merge_oracle.py").exists():
        return None
    sys.path.insert(0, str(tests))
    import merge_oracle

    return merge_oracle.merged_bytes


def _plan(op: Operation, accord: Accord, taskwarrior: Taskwarrior | None,
          available: dict[str, bool]) -> tuple[Row, list[Job]]:
    """The row for one operation, and the commands to run for it."""
    argv = accord.argv(*op.accord)
    if op.needs and not available[op.needs]:
        return Row(op.key, not_measured(label(op), argv, "n/a (not available)")), []
    row = Row(op.key, Measurement(label(op), argv))
    jobs = [Job(row.accord, accord.env, accord.drop_cache if op.drop_cache else None)]
    if taskwarrior and op.taskwarrior:
        row.taskwarrior = Measurement(task_label(op), taskwarrior.argv(*op.taskwarrior))
        jobs.append(Job(row.taskwarrior, taskwarrior.env))
    return row, jobs


def render(results: list[SizeResult], facts: str) -> str:
    parts = [report.size_table(r) for r in results if r.rows]
    parts += [report.merge_table(r) for r in results if r.merge]
    for extra in (report.growth_table([r for r in results if r.rows]), report.target_checks(results), facts):
        if extra:
            parts.append(extra)
    return "\n\n".join(parts) + "\n"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", action="append", choices=list(synth.SIZES),
                        help="seeds, small (200×2,000), 1k (1,000×10,000), 10k (10,000×100,000); repeatable "
                             "(default: small)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command after one warm-up (default 5)")
    parser.add_argument("--out", type=Path, help="also write the Markdown, with machine facts, to this file")
    parser.add_argument("--no-taskwarrior", action="store_true", help="do not compare with Taskwarrior")
    parser.add_argument("--keep", action="store_true", help="keep the generated trackers (their folder is printed)")
    parser.add_argument("--no-merge", action="store_true",
                        help="skip the merge measurement (merge driver + first command vs `task export`)")
    parser.add_argument("--merge-only", action="store_true", help="measure only the merge")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [synth.SIZES[name] for name in dict.fromkeys(args.size or ["small"])]
    with_taskwarrior = not args.no_taskwarrior and Taskwarrior.available()
    if not args.no_taskwarrior and not with_taskwarrior:
        print("note: Taskwarrior (`task`) is not installed: accord only", file=sys.stderr)
    root = Path(tempfile.mkdtemp(prefix="accord-bench-"))
    started = time.monotonic()

    def log(message: str) -> None:
        print(f"{time.monotonic() - started:7.1f}s {message}", file=sys.stderr, flush=True)

    try:
        results = [run_size(size, args.runs, with_taskwarrior, root / size.name, log, not args.no_merge,
                            args.merge_only) for size in sizes]
        probe = Accord(home=root / "probe", seed_dir=root / "probe", pycache=root / "pycache")
        facts = report.machine_facts(probe.version(), interpreter(),
                                     Taskwarrior(root).version() if with_taskwarrior else None)
    finally:
        if args.keep:
            print(f"kept: {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)
    text = render(results, facts)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
