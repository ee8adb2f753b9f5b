"""The results as Markdown: one table per size, growth between sizes, targets, machine."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from measure import Measurement, rss_method
from merging import MAX_RSS_RATIO as MERGE_RSS_RATIO, MAX_TIME_RATIO as MERGE_TIME_RATIO, NEW_PER_SIDE, MergeResult
from synth import Size

# Targets of issue #5, checked on the measured numbers.
VS_TASKWARRIOR = ("list-area", "update", "summary", "report-json")  # each <= 1.0x Taskwarrior at 10k
MAX_TIME_RATIO, MAX_RSS_RATIO = 1.0, 1.5
MAX_LIST_VS_IMPORT, MAX_FLAT_GROWTH = 1.3, 1.25


@dataclass
class Row:
    key: str  # stable name, for growth and targets
    accord: Measurement
    taskwarrior: Measurement | None = None

    @property
    def time_ratio(self) -> float | None:
        if self.accord.measured and self.taskwarrior and self.taskwarrior.measured:
            return self.accord.median_ms / self.taskwarrior.median_ms
        return None

    @property
    def rss_ratio(self) -> float | None:
        if self.accord.measured and self.taskwarrior and self.taskwarrior.measured:
            return self.accord.peak_rss_mib / self.taskwarrior.peak_rss_mib
        return None


@dataclass
class SizeResult:
    size: Size
    commitments: int  # loaded, shipped seeds included
    updates: int  # in the state file before the timed runs
    runs: int
    setup: list[Row] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    merge: "MergeResult | None" = None

    def row(self, key: str) -> Row | None:
        return next((r for r in self.rows if r.key == key), None)


def ms(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}×"


def _cells(m: Measurement | None) -> list[str]:
    if m is None:
        return ["", "", "", "", ""]
    if not m.measured:
        return [f"`{m.label}`", m.note or "n/a", "", "", ""]
    failed = f" (exit {m.failures[0].returncode})" if m.failures else ""
    return [f"`{m.label}`", ms(m.median_ms) + failed, ms(m.cpu_ms), ms(m.first_ms), f"{m.peak_rss_mib:.1f}"]


def size_table(result: SizeResult) -> str:
    lines = [f"### {result.size.name}: {result.commitments:,} commitments × {result.updates:,} updates "
             f"(median of {result.runs} runs after 1 warm-up)", "",
             "| operation | accord ms | CPU ms | first run ms | RSS MiB | Taskwarrior | TW ms | TW CPU ms "
             "| TW first ms | TW RSS MiB | time ratio | RSS ratio |",
             "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"]
    for row in result.rows:
        a, t = _cells(row.accord), _cells(row.taskwarrior)
        lines.append(f"| {' | '.join(a)} | {' | '.join(t)} | {ratio(row.time_ratio)} | {ratio(row.rss_ratio)} |")
    if result.setup:
        lines += ["", "Setup (one run each, not a target): " + "; ".join(
            f"{r.accord.label.split(' ')[0]} — accord {ms(r.accord.median_ms)} ms / {r.accord.peak_rss_mib:.0f} MiB"
            + (f", Taskwarrior {ms(r.taskwarrior.median_ms)} ms / {r.taskwarrior.peak_rss_mib:.0f} MiB"
               if r.taskwarrior else "") for r in result.setup)]
    return "\n".join(lines)


def merge_table(result: SizeResult) -> str:
    """The merge of issue 15: driver and first command after it, against one `task export`."""
    m = result.merge
    pairs = m.pair_ms()
    lines = [f"### {result.size.name}: a `git pull` merge, {NEW_PER_SIDE} new updates on each side of "
             f"{result.updates:,} (median of {result.runs} runs after 1 warm-up)", "",
             "| command | ms | CPU ms | first run ms | RSS MiB |", "|---|---:|---:|---:|---:|"]
    for measurement in (m.merge, m.first, m.export):
        if measurement is not None:
            lines.append(f"| {' | '.join(_cells(measurement))} |")
    lines += ["", f"- merge + first command: {ms(m.pair_median_ms)} ms (median of the rounds' sums; rounds "
                  f"{ms(min(pairs))}–{ms(max(pairs))} ms)"]
    if m.time_ratio is not None:
        lines.append(f"- against `task export`: {m.time_ratio:.2f}× the time (rounds "
                     f"{min(pairs) / m.export.median_ms:.2f}–{max(pairs) / m.export.median_ms:.2f}×), "
                     f"{m.cpu_ratio:.2f}× in CPU time; merge peak RSS {m.rss_ratio:.2f}× the export's")
    lines.append(f"- merged file byte for byte the previous driver's: {m.identical}")
    return "\n".join(lines)


def growth_table(results: list[SizeResult]) -> str:
    """How each accord operation's median grows from one size to the next."""
    lines = []
    for small, large in zip(results, results[1:]):
        factor = large.updates / max(small.updates, 1)
        lines += [f"### Growth {small.size.name} → {large.size.name} (updates ×{factor:.0f}, "
                  f"commitments ×{large.commitments / max(small.commitments, 1):.1f})", "",
                  f"| operation | {small.size.name} ms | {large.size.name} ms | growth | CPU growth |",
                  "|---|---:|---:|---:|---:|"]
        for row in large.rows:
            before = small.row(row.key)
            if before and before.accord.measured and row.accord.measured:
                lines.append(f"| {row.key} | {ms(before.accord.median_ms)} | {ms(row.accord.median_ms)} "
                             f"| {row.accord.median_ms / before.accord.median_ms:.2f}× "
                             f"| {row.accord.cpu_ms / before.accord.cpu_ms:.2f}× |")
        lines.append("")
    return "\n".join(lines).rstrip()


def target_checks(results: list[SizeResult]) -> str:
    """Each target of issue #5 that these results can judge: met or missed, and by how much."""
    checks: list[str] = []
    for result in results:
        if result.size.name == "10k":
            checks += _versus_taskwarrior(result) if result.rows else []
            checks += _merge_checks(result)
        if result.size.name == "seeds":
            checks += _versus_import(result)
    for small, large in zip(results, results[1:]):
        checks += _growth(small, large)
    if not checks:
        return ""
    return "\n".join(["### Targets", ""] + [f"- {c}" for c in checks])


def _verdict(ok: bool) -> str:
    return "meets" if ok else "**MISSES**"


def _versus_taskwarrior(result: SizeResult) -> list[str]:
    checks = []
    for key in VS_TASKWARRIOR:
        row = result.row(key)
        if row is None or row.time_ratio is None:
            checks.append(f"10k {key}: not measurable here ({row.accord.note if row else 'no row'})")
            continue
        cpu = row.accord.cpu_ms / row.taskwarrior.cpu_ms
        checks.append(f"10k {key}: {row.time_ratio:.2f}× Taskwarrior wall time, {cpu:.2f}× CPU time "
                      f"(≤ {MAX_TIME_RATIO}×) {_verdict(row.time_ratio <= MAX_TIME_RATIO)}; RSS {row.rss_ratio:.2f}× "
                      f"(≤ {MAX_RSS_RATIO}×) {_verdict(row.rss_ratio <= MAX_RSS_RATIO)}")
    return checks


def _merge_checks(result: SizeResult) -> list[str]:
    m = result.merge
    if m is None or m.time_ratio is None:
        return []
    return [f"10k merge + first command: {m.time_ratio:.2f}× one `task export` in wall time, {m.cpu_ratio:.2f}× "
            f"in CPU time (≤ {MERGE_TIME_RATIO}×) "
            f"{_verdict(m.time_ratio <= MERGE_TIME_RATIO)}; merge peak RSS {m.rss_ratio:.2f}× the export's "
            f"(≤ {MERGE_RSS_RATIO}×) {_verdict(m.rss_ratio <= MERGE_RSS_RATIO)}; bytes as the previous driver: {m.identical}"]


def _versus_import(result: SizeResult) -> list[str]:
    base = result.row("import-baseline")
    if base is None or not base.accord.measured:
        return []
    limits = {"list": MAX_LIST_VS_IMPORT, "version": 1.0, "help": 1.0}
    checks = []
    for key, limit in limits.items():
        row = result.row(key)
        if row and row.accord.measured:
            value = row.accord.median_ms / base.accord.median_ms
            cpu = row.accord.cpu_ms / base.accord.cpu_ms
            checks.append(f"seeds {key}: {value:.2f}× the typer+rich import in wall time ({ms(row.accord.median_ms)}"
                          f" vs {ms(base.accord.median_ms)} ms), {cpu:.2f}× in CPU time; ≤ {limit}× "
                          f"{_verdict(value <= limit)}")
    return checks


def _growth(small: SizeResult, large: SizeResult) -> list[str]:
    if small.size.name == "seeds":
        return []
    factor = large.updates / max(small.updates, 1)
    checks = []
    for row in large.rows:
        before = small.row(row.key)
        if row.key in ("version", "help", "import-baseline") or not (
                before and before.accord.measured and row.accord.measured):
            continue
        growth = row.accord.median_ms / before.accord.median_ms
        cpu = row.accord.cpu_ms / before.accord.cpu_ms
        limit = MAX_FLAT_GROWTH if row.key == "update" else factor
        label = f"flat, ≤ {MAX_FLAT_GROWTH}×" if row.key == "update" else f"≤ {factor:.0f}×"
        checks.append(f"growth {small.size.name}→{large.size.name} {row.key}: {growth:.2f}× wall, {cpu:.2f}× CPU "
                      f"({label}) {_verdict(growth <= limit)}")
    return checks


# -- the machine ------------------------------------------------------------------------


def machine_facts(accord_version: str, python: str, taskwarrior_version: str | None) -> str:
    py = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                        capture_output=True, text=True).stdout.strip()
    facts = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count()),
        "memory": _memory(),
        "load average": " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min; at the end of the run)",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": f"{py} ({python})",
        "accord": accord_version + _git_state(),
        "Taskwarrior": taskwarrior_version or "not installed",
        "method": "each command a separate process, stdout to /dev/null, no PYTHON* variables, bytecode cached "
                  "(PYTHONPYCACHEPREFIX, written by the warm-up round); all commands run in turn, round after "
                  "round; wall and CPU (user+sys) time from the harness, median of the timed runs; "
                  + rss_method() + ", the largest of the timed runs",
    }
    return "\n".join(["### Machine", ""] + [f"- {k}: {v}" for k, v in facts.items()])


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _git_state() -> str:
    repo = Path(__file__).resolve().parents[1]
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    if head.returncode != 0:
        return ""
    dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--", "src"],
                           capture_output=True, text=True).stdout.strip()
    changed = len(dirty.splitlines())
    return f", commit {head.stdout.strip()}" + (f" + {changed} uncommitted file(s) in src/" if changed else "")
