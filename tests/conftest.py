"""Shared helpers: write small knowledge bases in a temp dir, run the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "visitkb"

# A small valid knowledge base; tests copy it and break one thing at a time.
MINIMAL = {
    "sources.yaml": """
        sources:
          - id: report
            publisher: Example Wire
            date: 2020-01-02
    """,
    "people.yaml": """
        people:
          - id: ana-lima
            name: Ana Lima
            aliases: [Presidenta Lima]
            country: BR
            citations: [{source: report}]
    """,
    "trips/ana-2019.yaml": """
        trips:
          - id: ana-2019
            leader: ana-lima
            title: Visit to Norway
            start: 2019-03-01
            end: 2019-03-03
            citations: [{source: report}]
            legs:
              - id: ana-2019-norway
                country: NO
                types: [official]
                start: 2019-03-01
                end: 2019-03-03
                citations: [{source: report}]
        agreements:
          - id: ana-2019-energy
            title: Energy memorandum
            parties: [BR, NO]
            domains: [energy]
            visit: ana-2019-norway
            citations: [{source: report}]
    """,
}


def write_kb(root: Path, files: dict[str, str], base: dict[str, str] | None = MINIMAL) -> Path:
    """Write record files (dedented) under ``root``; ``files`` override or add to ``base``."""
    merged = dict(base or {})
    merged.update(files)
    for name, text in merged.items():
        if text is None:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


@dataclass
class Ran:
    """What a command printed and how it exited, like subprocess.CompletedProcess."""

    returncode: int
    stdout: str
    stderr: str


def cli(*args: str, env: dict | None = None, input_text: str | None = None) -> Ran:
    """Run a visitkb command in this process, as the console script would (much faster than a subprocess).

    Use :func:`run_cli` instead where the process itself matters: the installed entry point,
    broken pipes, terminals, concurrency, or the index shared between processes.
    """
    from typer.testing import CliRunner

    from visitkb.cli import app

    full_env = {k: None for k in os.environ if k.startswith("VISITKB_") and k != "VISITKB_CACHE_DIR"}
    full_env.update({"NO_COLOR": "1", "COLUMNS": "200"})
    full_env.update(env or {})
    result = CliRunner().invoke(app, list(args), input=input_text, env=full_env, catch_exceptions=False)
    return Ran(result.exit_code, result.stdout, result.stderr)


def run_cli(
    *args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 60, input_text: str | None = None
) -> subprocess.CompletedProcess:
    """Run the installed ``visitkb`` console script (or ``python -m visitkb``) as a user would."""
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "visitkb"]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("VISITKB_")}
    full_env.update({"NO_COLOR": "1", "COLUMNS": "200", "VISITKB_CACHE_DIR": os.environ["VISITKB_CACHE_DIR"]})
    full_env.update(env or {})
    stdin = {"input": input_text} if input_text is not None else {"stdin": subprocess.DEVNULL}
    return subprocess.run(
        command + list(args),
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=timeout,
        encoding="utf-8",
        **stdin,
    )


@pytest.fixture(autouse=True, scope="session")
def index_cache(tmp_path_factory):
    """Indexes go to a temporary folder, never the user's cache."""
    folder = tmp_path_factory.mktemp("index-cache")
    previous = os.environ.get("VISITKB_CACHE_DIR")
    os.environ["VISITKB_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("VISITKB_CACHE_DIR", None)
    else:
        os.environ["VISITKB_CACHE_DIR"] = previous


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A directory holding the minimal valid knowledge base."""
    return write_kb(tmp_path / "kb", {})


@pytest.fixture(scope="session")
def bundled():
    """The bundled knowledge base, loaded once."""
    from visitkb import load

    return load()
