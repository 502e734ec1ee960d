"""Run every speed and memory figure of visitkb beside its baseline, and print medians and ratios.

    python benchmarks/run.py                       # 1k, 10k and 100k trips, 5 runs each
    python benchmarks/run.py --sizes 1000 --repeat 1   # a quick smoke run

Each figure is measured in this one run against a baseline measured in the same
run, because the machines are noisy: only the ratios are meant to be compared.
Synthetic knowledge bases are generated once into --work and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
PYTHON = sys.executable
_script = Path(PYTHON).parent / "visitkb"
VISITKB = [str(_script)] if _script.exists() else [PYTHON, "-m", "visitkb"]
JQ_FILTER = '[.agreements[] | select(.parties | index("PE"))]'


@dataclass
class Run:
    """Median wall time and the largest peak memory of repeated runs of one command."""

    seconds: list[float] = field(default_factory=list)
    peak_bytes: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak(self) -> int:
        return max(self.peak_bytes)


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo.extend(int(c) for c in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str], env: dict | None = None, stdout=subprocess.DEVNULL) -> tuple[float, int]:
    """Wall time and peak memory (the whole process tree, sampled every 5 ms) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            done.wait(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace")
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {error[-2000:]}")
    return elapsed, max(peak, usage.ru_maxrss * 1024)


def repeat(command: list[str], times: int, env: dict | None = None, before=None) -> Run:
    """Run a command several times (calling ``before`` ahead of each run)."""
    run = Run()
    for _ in range(times):
        if before:
            before()
        seconds, peak = measure(command, env)
        run.seconds.append(seconds)
        run.peak_bytes.append(peak)
    return run


def ensure_kb(work: Path, trips: int, shape: str = "default") -> Path:
    """The synthetic knowledge base of this size and shape, generated on first use."""
    folder = work / (f"kb-{trips}" if shape == "default" else f"kb-{trips}-{shape}")
    if not (folder / "kb.json").exists():
        print(f"generating {trips:,} trips ({shape}) into {folder} ...", file=sys.stderr)
        subprocess.run([PYTHON, str(HERE / "generate.py"), str(trips), str(folder), "--shape", shape], check=True)
    return folder


def bench_cold_shape(work: Path, trips: int, shape: str, cold_times: int) -> list[Figure]:
    """The cold build against the plain load on a knowledge base of another shape (see generate.SHAPES)."""
    data = ensure_kb(work, trips, shape) / "data"
    cache = Path(tempfile.mkdtemp(prefix="visitkb-bench-cache-"))
    query = [*VISITKB, "agreements", "--country", "peru", "--format", "json", "--data-dir", str(data)]
    try:
        cold = repeat(
            query,
            cold_times,
            {"VISITKB_CACHE_DIR": str(cache)},
            before=lambda: shutil.rmtree(cache, ignore_errors=True),
        )
        baseline = repeat([PYTHON, str(HERE / "baseline_load.py"), str(data)], cold_times)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    ratio = cold.median / baseline.median
    return [
        Figure(
            f"cold build, {trips // 1000}k trips, {shape} shape",
            _s(cold.median),
            f"{_s(baseline.median)} yaml.load+pydantic",
            ratio,
            "≤ 0.3 ×",
            ratio <= 0.3 if trips >= GOAL_SCALE else None,
        )
    ]


@dataclass
class Figure:
    name: str
    value: str
    baseline: str
    ratio: float | None
    goal: str
    met: bool | None


def _s(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _mb(size: int) -> str:
    return f"{size / 1e6:,.0f} MB"


def bench_size(work: Path, trips: int, times: int, cold_times: int) -> list[Figure]:
    """Every figure for one synthetic knowledge base."""
    folder = ensure_kb(work, trips)
    data = folder / "data"
    cache = Path(tempfile.mkdtemp(prefix="visitkb-bench-cache-"))
    env = {"VISITKB_CACHE_DIR": str(cache)}
    label = f"{trips // 1000}k"
    query = [*VISITKB, "agreements", "--country", "peru", "--format", "json", "--data-dir", str(data)]
    figures: list[Figure] = []
    try:
        cold = repeat(query, cold_times, env, before=lambda: shutil.rmtree(cache, ignore_errors=True))
        baseline = repeat([PYTHON, str(HERE / "baseline_load.py"), str(data)], cold_times)
        figures.append(
            Figure(
                f"cold build, {label} trips",
                _s(cold.median),
                f"{_s(baseline.median)} yaml.load+pydantic",
                cold.median / baseline.median,
                "≤ 0.3 ×",
                cold.median / baseline.median <= 0.3,
            )
        )
        figures.append(
            Figure(
                f"cold build peak memory, {label}",
                _mb(cold.peak),
                f"{_mb(baseline.peak)} yaml.load+pydantic",
                None,
                "< 1.5 GB",
                cold.peak < 1.5e9,
            )
        )
        warm = repeat(query, times, env)
        if shutil.which("jq"):
            jq = repeat(["jq", JQ_FILTER, str(folder / "kb.json")], times)
            figures.append(
                Figure(
                    f"warm agreements --country peru, {label}",
                    _s(warm.median),
                    f"{_s(jq.median)} jq",
                    warm.median / jq.median,
                    "≤ 0.1 ×",
                    warm.median / jq.median <= 0.1,
                )
            )
        else:
            figures.append(
                Figure(
                    f"warm agreements --country peru, {label}",
                    _s(warm.median),
                    "jq not installed",
                    None,
                    "≤ 0.1 × jq",
                    None,
                )
            )
        figures.append(
            Figure(f"warm query peak memory, {label}", _mb(warm.peak), "", None, "< 100 MB", warm.peak < 100e6)
        )
        edited = sorted((data / "trips").glob("*.yaml"))[len(list((data / "trips").glob("*.yaml"))) // 2]
        original = edited.read_bytes()
        flip = [0]

        def edit() -> None:
            flip[0] += 1
            edited.write_bytes(
                original.replace(b"title: Trip ", b"title: Voyage " if flip[0] % 2 else b"title: Trip ", 1)
            )

        try:
            changed = repeat(query, times, env, before=edit)
        finally:
            edited.write_bytes(original)
        figures.append(
            Figure(
                f"query after editing 1 of {len(list(data.rglob('*.yaml')))} files, {label}",
                _s(changed.median),
                f"{_s(warm.median)} warm query",
                changed.median / warm.median,
                "≤ 3 ×",
                changed.median / warm.median <= 3,
            )
        )
        leader = _first_leader(folder / "kb.json")
        timeline = [*VISITKB, "timeline", "--format", "json", "--data-dir", str(data)]
        # The first timeline since the index last changed computes its rows and keeps them beside
        # the index; the warm figure below is every later one. Shown for what it is, with no goal.
        first, _ = measure(timeline, env)
        figures.append(
            Figure(f"first timeline after a change (computed and kept), {label}", _s(first), "", None, "", None)
        )
        # A filtered timeline reads only the records the index says can match (computed, not recalled:
        # no kept answer has its filters yet).
        by_leader, _ = measure([*timeline, "--leader", leader], env)
        figures.append(
            Figure(f"timeline --leader {leader}, computed, {label}", _s(by_leader), "", None, "< 1 s", by_leader < 1)
        )
        for name, arguments in (
            (f"agreements --leader {leader}", ["agreements", "--leader", leader]),
            ("countries", ["countries"]),
            ("sources", ["sources"]),
            ("timeline (every dated record)", ["timeline"]),
        ):
            run = repeat([*VISITKB, *arguments, "--format", "json", "--data-dir", str(data)], times, env)
            figures.append(Figure(f"warm {name}, {label}", _s(run.median), "", None, "< 1 s", run.median < 1))
        rows, json_s, tsv_s = _render_cost(data, env)
        figures.append(
            Figure(
                f"{rows:,} rows (trips --year 2016) as JSON to a pipe, {label}",
                _s(json_s),
                "beyond the query",
                None,
                "< 100 ms",
                json_s < 0.1,
            )
        )
        figures.append(
            Figure(
                f"{rows:,} rows as TSV to a pipe, {label}", _s(tsv_s), "beyond the query", None, "< 100 ms", tsv_s < 0.1
            )
        )
        picture = cache / "every-leg.svg"
        measure([*VISITKB, "map", "--data-dir", str(data), "--out", str(picture)], env)  # the index caught up
        drawn = repeat([*VISITKB, "map", "--data-dir", str(data), "--out", str(picture)], times, env)
        figures.append(
            Figure(
                f"warm map of every leg, {label}",
                _s(drawn.median),
                f"{_s(warm.median)} warm query",
                drawn.median / warm.median,
                "< 1 s",
                drawn.median < 1,
            )
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    if trips < GOAL_SCALE:
        # The goals are set at 100k trips; smaller sizes show how the figures grow.
        for figure in figures:
            figure.met = None
    return figures


GOAL_SCALE = 100_000


def _first_leader(kb_json: Path) -> str:
    """The id of the leader of the first trip, for a query by leader."""
    return json.loads(kb_json.read_text(encoding="utf-8"))["trips"][0]["leader"]


_RENDER = """
import json, os, sys, threading, time
from visitkb import load, queries
from visitkb.listings import TRIPS
from visitkb.rendering import Format, render
kb = load(sys.argv[1])
rows = queries.trips(kb, year=2016)
result = [len(rows)]
for fmt in (Format.json, Format.tsv):
    read_end, write_end = os.pipe()
    drain = threading.Thread(target=lambda: [None for _ in iter(lambda: os.read(read_end, 1 << 16), b"")])
    drain.start()
    out = os.fdopen(write_end, "w", encoding="utf-8")
    started = time.perf_counter()
    render(TRIPS, rows, fmt, out)
    out.close()
    result.append(time.perf_counter() - started)
    drain.join()
    os.close(read_end)
print(json.dumps(result))
"""


def _render_cost(data: Path, env: dict) -> tuple[int, float, float]:
    """How long writing a large result takes once the rows are computed (median of 5)."""
    runs = [
        json.loads(
            subprocess.run(
                [PYTHON, "-c", _RENDER, str(data)],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, **env},
            ).stdout
        )
        for _ in range(5)
    ]
    return runs[0][0], statistics.median(r[1] for r in runs), statistics.median(r[2] for r in runs)


def bench_bundled(times: int) -> list[Figure]:
    """The warm start on the bundled knowledge base against importing the libraries alone."""
    cache = Path(tempfile.mkdtemp(prefix="visitkb-bench-cache-"))
    env = {"VISITKB_CACHE_DIR": str(cache)}
    pictures = Path(tempfile.mkdtemp(prefix="visitkb-bench-pictures-"))
    try:
        query = [*VISITKB, "targets", "--format", "json"]
        measure(query, env)  # build the index
        warm = repeat(query, times, env)
        imports = repeat([PYTHON, "-c", "import typer, pydantic, yaml, rich"], times)
        # The pictures of a leader against listing the trips they draw: the cost of drawing.
        trips = repeat([*VISITKB, "trips", "--leader", "xi", "--format", "json"], times, env)
        drawn = {
            name: repeat([*VISITKB, *command, "--out", str(pictures / out)], times, env)
            for name, command, out in (
                ("map --leader xi", ["map", "--leader", "xi"], "xi.svg"),
                ("report --leader xi", ["report", "--leader", "xi"], "xi.html"),
            )
        }
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(pictures, ignore_errors=True)
    return [
        Figure(
            "warm targets --format json, bundled",
            _s(warm.median),
            f"{_s(imports.median)} import typer, pydantic, yaml, rich",
            warm.median / imports.median,
            "≤ 1.5 ×",
            warm.median / imports.median <= 1.5,
        ),
        *(
            Figure(
                f"warm {name}, bundled",
                _s(run.median),
                f"{_s(trips.median)} trips --leader xi --format json",
                run.median / trips.median,
                "< 1 s",
                run.median < 1,
            )
            for name, run in drawn.items()
        ),
    ]


def machine() -> str:
    """One line about where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        memory = 0
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}"
    )


def compile_package() -> None:
    """Compile visitkb's modules to bytecode first, as ``pip install`` does: an editable install under
    PYTHONDONTWRITEBYTECODE would otherwise compile every module on every run, and time that instead."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("visitkb")
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="trip counts, comma-separated (default: 1000,10000,100000)"
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per warm figure (default 5)")
    parser.add_argument("--cold-repeat", type=int, default=3, help="runs per cold build and baseline load (default 3)")
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "visitkb-bench",
        help="where generated knowledge bases are kept between runs",
    )
    parser.add_argument(
        "--shapes",
        default="wordy",
        help="other knowledge-base shapes to measure the cold build on, comma-separated ('' for none; default wordy)",
    )
    args = parser.parse_args()
    compile_package()
    figures = bench_bundled(args.repeat)
    for size in (int(s) for s in args.sizes.split(",")):
        figures.extend(bench_size(args.work, size, args.repeat, args.cold_repeat))
        for shape in filter(None, args.shapes.split(",")):
            figures.extend(bench_cold_shape(args.work, size, shape, args.cold_repeat))
    print(f"Machine: {machine()}")
    print(
        f"Medians of {args.repeat} runs ({args.cold_repeat} for cold builds); "
        "ratios are visitkb / baseline from this run. Goals apply at 100k trips.\n"
    )
    print("| figure | visitkb | baseline | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    for f in figures:
        ratio = "" if f.ratio is None else f"{f.ratio:.3f}"
        met = {True: "yes", False: "NO", None: "–"}[f.met]
        print(f"| {f.name} | {f.value} | {f.baseline} | {ratio} | {f.goal} | {met} |")


if __name__ == "__main__":
    main()
