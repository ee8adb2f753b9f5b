"""How fast `accord evidence check` is, and how much memory `accord evidence keep` takes.

* check: 1,000 evidence URLs against local servers that answer each after 100 ms (target: at
  most 10 s, at least 10× faster than one at a time). The URLs are spread over 8 hosts
  (127.0.0.1 … 127.0.0.8, all loopback), as evidence is spread over many sites; the default
  bounds (32 connections in all, 6 to a host) apply. One at a time is measured on 50 URLs
  and scaled up. Also: all 1,000 on one host, where the bound to a host governs (default 6,
  and 16).
* keep: peak memory (RSS) of the command keeping 1,000 distinct files of 1 MiB (target: under
  200 MiB), and its time.

Runs the installed command (``python -m accord``) in a fresh ACCORD_HOME; prints figures,
asserts nothing. ``python bench/evidence_speed.py [--urls N]``
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from evidence_server import SourceServer  # noqa: E402

HOSTS = [f"127.0.0.{n}" for n in range(1, 9)]
PER_UPDATE = 10


def write_state(path: Path, urls: list[str]) -> None:
    """The state file: updates of one commitment, each citing PER_UPDATE of the URLs."""
    from accord.domain.model import Evidence, Update
    from accord.storage.blocks import HEADER, serialize_updates
    from accord.storage.update_table import new_update_id, now_recorded

    updates = [Update(id=new_update_id(), commitment="cku-railway", date="2024-06-01", recorded=now_recorded(),
                      author="bench", note="sources", evidence=[Evidence(url=u) for u in urls[i:i + PER_UPDATE]])
               for i in range(0, len(urls), PER_UPDATE)]
    path.write_text(HEADER + serialize_updates(updates), encoding="utf-8")


def accord(home: Path, *args: str) -> tuple[float, int]:
    """Run the installed command; its wall time in seconds and exit code."""
    env = {**os.environ, "ACCORD_HOME": str(home)}
    env.pop("ACCORD_STATE", None)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "accord", *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 8):
        print(result.stderr, file=sys.stderr)
    return elapsed, result.returncode


def fresh_home(root: Path, name: str, urls: list[str]) -> Path:
    home = root / name
    home.mkdir()
    write_state(home / "state.toml", urls)
    return home


def bench_check(root: Path, servers: list[SourceServer], count: int) -> None:
    urls = [servers[i % len(servers)].url(f"/slow/{i}") for i in range(count)]
    allow = ("--allow-address", "127.0.0.0/8")
    elapsed, code = accord(fresh_home(root, "check", urls), "evidence", "check", *allow, "--format", "json")
    sample = min(50, count)
    serial, _ = accord(fresh_home(root, "serial", urls[:sample]), "evidence", "check", *allow, "--connections", "1",
                       "--format", "json")
    one_at_a_time = serial * count / sample
    print(f"check {count} URLs (100 ms each, {len(servers)} hosts): {elapsed:.2f} s (target ≤ 10 s), exit {code}; "
          f"one at a time ≈ {one_at_a_time:.1f} s ({sample} URLs: {serial:.2f} s): "
          f"{one_at_a_time / elapsed:.1f}× faster")


def bench_one_host(root: Path, server: SourceServer, count: int) -> None:
    urls = [server.url(f"/slow/one-host/{i}") for i in range(count)]
    for per_host in ("6", "16"):
        elapsed, code = accord(fresh_home(root, f"one-host-{per_host}", urls), "evidence", "check", "--allow-address",
                               "127.0.0.0/8", "--per-host", per_host, "--format", "json")
        print(f"check {count} URLs on one host, --per-host {per_host}: {elapsed:.2f} s, exit {code}")


def bench_keep(root: Path, servers: list[SourceServer], count: int) -> None:
    urls = [servers[i % len(servers)].url(f"/file/{i}") for i in range(count)]
    home = fresh_home(root, "keep", urls)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    elapsed, code = accord(home, "evidence", "keep", "--allow-address", "127.0.0.0/8", "--budget", "4GiB")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    copies = sum(1 for p in (home / "sources" / "sha256").rglob("*") if p.suffix == ".txt")
    note = "" if peak > before else " (not above an earlier run's: the check's)"
    print(f"keep {count} files of 1 MiB: {elapsed:.2f} s, exit {code}, {copies} copies; "
          f"peak RSS {peak / 1024:.0f} MiB{note} (target < 200 MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--skip-keep", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-evidence-bench-") as folder, ExitStack() as stack:
        servers = [stack.enter_context(SourceServer(host, slow=0.1)) for host in HOSTS]
        root = Path(folder)
        if not options.skip_keep:  # first: the peak RSS of children is the largest so far
            bench_keep(root, servers, options.urls)
        bench_check(root, servers, options.urls)
        bench_one_host(root, servers[0], options.urls)


if __name__ == "__main__":
    main()
