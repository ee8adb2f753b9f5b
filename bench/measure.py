"""Timing whole processes: wall time, CPU time and peak RSS of each child, from wait4.

A pitfall: Linux carries the parent's peak RSS into a forked child's ``ru_maxrss`` (exec
keeps the larger of the old and the new address space's peak), so wait4 from this
harness reports at least the harness's own peak (25 MiB, hundreds at 10k). Where GNU
``time`` is installed, each command is therefore started through it: its own peak is
about 1 MiB, and it reports the command's peak from its own wait4 (``%M``).
"""

from __future__ import annotations

import functools
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class Sample:
    """One run of one command."""

    seconds: float  # wall time
    cpu_seconds: float  # user + system time of the child: less disturbed by other load than wall time
    maxrss_kib: int  # the child's peak resident set size (Linux reports KiB)
    returncode: int
    stderr: str = ""


@dataclass
class Measurement:
    """One command, run once to warm up and then ``runs`` times."""

    label: str
    argv: list[str]
    first: Sample | None = None
    runs: list[Sample] = field(default_factory=list)
    note: str = ""  # why it was not measured, or what to know about it

    @property
    def measured(self) -> bool:
        return bool(self.runs)

    @property
    def median_ms(self) -> float:
        return statistics.median(s.seconds for s in self.runs) * 1000

    @property
    def cpu_ms(self) -> float:
        return statistics.median(s.cpu_seconds for s in self.runs) * 1000

    @property
    def first_ms(self) -> float:
        return self.first.seconds * 1000 if self.first else float("nan")

    @property
    def peak_rss_mib(self) -> float:
        return max(s.maxrss_kib for s in self.runs) / 1024

    @property
    def failures(self) -> list[Sample]:
        return [s for s in [self.first, *self.runs] if s is not None and s.returncode != 0]


@functools.cache
def gnu_time() -> str | None:
    """GNU time, if it is installed and works (it writes %M, the peak RSS in KiB, to a file)."""
    path = shutil.which("time", path="/usr/bin:/bin:/usr/local/bin")
    if not path:
        return None
    with tempfile.NamedTemporaryFile("r") as out:
        done = subprocess.run([path, "-f", "%M", "-o", out.name, "true"], capture_output=True)
        return path if done.returncode == 0 and out.read().strip().isdigit() else None


def rss_method() -> str:
    if gnu_time():
        return f"peak RSS from GNU time %M ({gnu_time()}), whose own peak is about 1 MiB"
    floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (f"peak RSS from wait4 in the harness: an upper bound that includes the harness's own peak "
            f"({floor:.0f} MiB at the end); install GNU time for exact figures")


def run_once(argv: list[str], env: dict[str, str], cwd: str | None = None) -> Sample:
    """Run ``argv`` with stdout to /dev/null; its wall time, CPU time, peak RSS and exit code."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as rss:
        wrapped = [gnu_time(), "-f", "%M", "-o", rss.name, *argv] if gnu_time() else argv
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)  # usage includes the grandchild GNU time waited for
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        maxrss = _last_int(rss.read()) if gnu_time() else usage.ru_maxrss
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return Sample(elapsed, usage.ru_utime + usage.ru_stime, maxrss, proc.returncode, text[-2000:])


def _last_int(text: str) -> int:
    """GNU time writes "Command exited with non-zero status N" before %M when the command fails."""
    lines = text.strip().splitlines()
    return int(lines[-1]) if lines and lines[-1].strip().isdigit() else 0


@dataclass
class Job:
    """A command to measure, in its environment; ``before`` runs (untimed) before each run."""

    measurement: Measurement
    env: dict[str, str]
    before: Callable[[], None] | None = None

    def run(self) -> Sample:
        if self.before:
            self.before()
        return run_once(self.measurement.argv, self.env)


def measure_all(jobs: list[Job], runs: int, progress: Callable[[str], None] = lambda _: None) -> None:
    """A warm-up round, then ``runs`` timed rounds, each running every job once in turn: load
    from other processes that comes and goes then falls on every command alike."""
    for round_ in range(runs + 1):
        progress("warm-up round" if round_ == 0 else f"round {round_}/{runs}")
        for job in jobs:
            sample = job.run()
            if round_ == 0:
                job.measurement.first = sample
            else:
                job.measurement.runs.append(sample)


def measure_once(label: str, argv: list[str], env: dict[str, str]) -> Measurement:
    """A one-off (such as an import that sets the tracker up): its only run is its median."""
    sample = run_once(argv, env)
    return Measurement(label, argv, first=sample, runs=[sample])


def not_measured(label: str, argv: list[str], note: str) -> Measurement:
    return Measurement(label, argv, note=note)
