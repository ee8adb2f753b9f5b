"""A team's `git pull` at scale: the merge driver, then the first command after it, against
one `task export` of the same data, in the same rounds.

The scenario (issue 15): the tracker's state file is the common base; our clone and theirs
each recorded ``NEW_PER_SIDE`` updates since. Each round restores our version (and brings
the cache up to date with it, untimed), then times `accord merge-driver BASE OURS THEIRS`
(OURS being the state file, as git passes a copy of it) and the first `accord list --area`
after it, which catches the cache up with the merged file.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from measure import Job, Measurement, measure_all
from tools import Accord, Taskwarrior, interpreter

NEW_PER_SIDE = 50
MAX_TIME_RATIO = 3.0  # merge + first command, against one `task export` (issue 15)
MAX_RSS_RATIO = 1.0  # the merge's peak RSS against the export's


@dataclass
class MergeResult:
    merge: Measurement
    first: Measurement
    export: Measurement | None
    identical: str  # whether the result is byte for byte the previous driver's, or why not checked

    def pair_ms(self) -> list[float]:
        """Merge plus first command, round by round."""
        return [(m.seconds + f.seconds) * 1000 for m, f in zip(self.merge.runs, self.first.runs)]

    @property
    def pair_median_ms(self) -> float:
        return statistics.median(self.pair_ms())

    @property
    def time_ratio(self) -> float | None:
        return self.pair_median_ms / self.export.median_ms if self.export and self.export.measured else None

    @property
    def cpu_ratio(self) -> float | None:
        """Merge plus first command in CPU time (less disturbed by other load), against the export's."""
        if not (self.export and self.export.measured):
            return None
        pairs = [(m.cpu_seconds + f.cpu_seconds) * 1000 for m, f in zip(self.merge.runs, self.first.runs)]
        return statistics.median(pairs) / self.export.cpu_ms

    @property
    def rss_ratio(self) -> float | None:
        return self.merge.peak_rss_mib / self.export.peak_rss_mib if self.export and self.export.measured else None


def write_sides(state: Path, folder: Path, seed: int = 15) -> tuple[Path, Path, Path]:
    """base (the state file as it is), ours and theirs (each with ``NEW_PER_SIDE`` more updates,
    recorded after every update of the base, as a clone records them)."""
    from accord.domain.model import Update
    from accord.storage.blocks import serialize_updates
    from accord.storage.tolerant import parse

    folder.mkdir(parents=True, exist_ok=True)
    raw = state.read_bytes()
    updates = parse(raw, str(state))
    commitments = sorted({u.commitment for u in updates})
    latest = max((u.recorded for u in updates), default="2026-01-01T00:00:00.000000Z")
    start = dt.datetime.strptime(latest, "%Y-%m-%dT%H:%M:%S.%fZ") + dt.timedelta(hours=1)
    rng = random.Random(seed)
    paths = [folder / "base.toml", folder / "ours.toml", folder / "theirs.toml"]
    paths[0].write_bytes(raw)
    for path, author in zip(paths[1:], ("ours", "theirs")):
        new = [Update(id=f"{rng.getrandbits(48):012x}", commitment=rng.choice(commitments), date="2026-01-02",
                      recorded=(start + dt.timedelta(seconds=rng.uniform(0, 3600))).strftime(
                          "%Y-%m-%dT%H:%M:%S.%fZ"),
                      author=author, status=rng.choice(("in-progress", None)), note=f"recorded by {author} #{i}")
               for i in range(NEW_PER_SIDE)]
        path.write_bytes(raw + serialize_updates(new).encode("utf-8"))
    return paths[0], paths[1], paths[2]


def measure(accord: Accord, taskwarrior: Taskwarrior | None, area: str, workdir: Path, runs: int,
            log: Callable[[str], None], oracle: Callable[[Path, Path, Path], bytes] | None) -> MergeResult:
    state = accord.home / "state.toml"
    base, ours, theirs = write_sides(state, workdir / "merge")

    def restore() -> None:  # our clone before the pull, its cache up to date (untimed)
        shutil.copyfile(ours, state)
        accord.run("list", "--area", area)

    merge = Measurement("python -m accord merge-driver BASE STATE THEIRS (as git runs it)",
                        [interpreter(), "-m", "accord", "merge-driver", str(base), str(state), str(theirs),
                         "state.toml"])
    first = Measurement(f"accord list --area {area} (first after the merge)", accord.argv("list", "--area", area))
    jobs = [Job(merge, accord.env, restore), Job(first, accord.env)]
    export = None
    if taskwarrior:
        export = Measurement("task export", taskwarrior.argv("export"))
        jobs.append(Job(export, taskwarrior.env))
    measure_all(jobs, runs, lambda what: log(f"merge: {what}"))
    return MergeResult(merge, first, export, _compare(oracle, base, ours, theirs, state))


def _compare(oracle, base: Path, ours: Path, theirs: Path, merged: Path) -> str:
    if oracle is None:
        return "not checked (tests/merge_oracle.py not found)"
    expected = oracle(base, ours, theirs)
    return "yes" if merged.read_bytes() == expected else "**NO**"
