"""Run every command on the bundled knowledge base and save what it prints, to compare two versions.

    python scripts/snapshot.py OUT_DIR        # then: diff -r BEFORE_DIR AFTER_DIR

Each case is one command line; its stdout, stderr and exit code go to one file. The
cache folder is a fresh temporary one, so the index is built by the code under test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FORMATS = ["table", "json", "jsonl", "csv", "tsv", "yaml", "markdown"]
LISTINGS = [
    ["trips", "--leader", "xi"],
    ["trips", "--country", "chile"],
    ["trips", "--since", "2014", "--until", "2016-06"],
    ["visits", "--country", "peru"],
    ["visits", "--leader", "xi", "--year", "2016"],
    ["agreements", "--country", "peru"],
    ["agreements", "--leader", "xi", "--domain", "investment"],
    ["agreements"],
    ["targets", "--as-of", "2024-01-01"],
    ["targets", "--as-of", "2026-11-30"],
    ["targets", "--as-of", "2026-11-30", "--status", "met"],
    ["partnerships"],
    ["partnerships", "--country", "ecuador", "--history"],
    ["partnerships", "--level", "comprehensive-strategic-partnership"],
    ["relations"],
    ["anniversaries", "--year", "2026"],
    ["anniversaries", "--year", "2025"],
    ["events"],
    ["events", "--year", "2016"],
    ["events", "--country", "peru"],
    ["events", "--leader", "xi"],
    ["countries"],
    ["leaders"],
    ["leaders", "--country", "china"],
    ["sources"],
    ["timeline"],
    ["timeline", "--since", "2016-11", "--until", "2016-12"],
    ["timeline", "--country", "ecuador", "--leader", "xi"],
    ["search", "production capacity"],
    ["search", "Lima", "APEC", "--limit", "10"],
    ["conflicts"],
]
PROFILES = [
    ["country", "chile"],
    ["country", "PE"],
    ["leader", "xi"],
    ["show", "xi-2016-latin-america"],
    ["show", "china-ecuador-comprehensive-strategic-2016"],
    ["show", "xi-2016-peru"],
    ["show", "xi-2016-bilateral-cooperation-documents"],
    ["show", "CN"],
]
OTHERS = [
    ["trips", "--leader", "xi", "--cite"],
    ["agreements", "--fields", "id,date,parties"],
    ["trips", "--fields", "nope"],
    ["trips", "--leader", "nobody"],
    ["trips", "--country", "chi"],
    ["trips", "--since", "2016-13"],
    ["targets", "--status", "bogus"],
    ["show", "nope"],
    ["check"],
    ["check", "--strict"],
    ["check", "--format", "json"],
    ["check", "bogus"],
    ["schema"],
    ["export", "--panel", "country-year", "--format", "csv"],
    ["--version"],
    ["--help"],
]


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    cache = tempfile.mkdtemp(prefix="visitkb-snapshot-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISITKB_")}
    env.update({"VISITKB_CACHE_DIR": cache, "NO_COLOR": "1", "COLUMNS": "120"})
    exe = shutil.which("visitkb") or sys.exit("visitkb is not on PATH")
    cases = [args + ["--format", f] for args in LISTINGS for f in FORMATS]
    cases += [args + ["--format", f] for args in PROFILES for f in ("table", "json", "jsonl", "yaml", "markdown")]
    cases += OTHERS
    import typer.main

    from visitkb.cli import app

    commands = sorted(typer.main.get_command(app).commands)
    cases += [[name, "--help"] for name in commands]
    for number, args in enumerate(cases):
        result = subprocess.run([exe, *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
        name = f"{number:03d}-" + "_".join(a.strip("-").replace("/", "_") for a in args)[:80]
        (out / name).write_text(
            f"$ visitkb {' '.join(args)}\nexit {result.returncode}\n--- stdout\n"
            f"{result.stdout}--- stderr\n{result.stderr}",
            encoding="utf-8",
        )
    shutil.rmtree(cache, ignore_errors=True)
    print(f"{len(cases)} cases written to {out}")


if __name__ == "__main__":
    main()
