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


# Visits, meetings and agreements of every shape the event codes and panels tell apart: a summit
# abroad attended only as such, a meeting on its sidelines in a third country, a call, a leg by video,
# a planned leg and an agreement only expected, a minister's trip, and a leader of a former state.
INTEROP = {
    "people.yaml": """
        people:
          - id: ana-lima
            name: Ana Lima
            aliases: [Presidenta Lima]
            country: BR
            wikidata: Q100001
            offices:
              - {title: President of Brazil, country: BR, start: 2019-01-01, roles: [head-of-state, head-of-government]}
            citations: [{source: report}]
          - id: ola-berg
            name: Ola Berg
            country: NO
            offices: [{title: Prime Minister of Norway, country: NO, start: 2013}]
            citations: [{source: report}]
          - id: rui-costa
            name: Rui Costa
            country: BR
            offices: [{title: Minister of Foreign Affairs of Brazil, country: BR, start: 2019}]
            citations: [{source: report}]
          - id: min-seo
            name: Min Seo
            country: KR
            offices: [{title: President of the Republic of Korea, country: KR}]
            citations: [{source: report}]
          - id: ivan-petrov
            name: Ivan Petrov
            country: SUHH
            offices: [{title: Chairman of the Presidium of the Supreme Soviet, country: SUHH, start: 1977, end: 1982}]
            citations: [{source: report}]
    """,
    "countries.yaml": """
        countries:
          - {id: BR, name: Brazil, wikidata: Q155, citations: [{source: report}]}
    """,
    "organizations.yaml": """
        organizations:
          - {id: g20, name: Group of Twenty, kind: forum, wikidata: Q19771, citations: [{source: report}]}
    """,
    "events.yaml": """
        events:
          - id: g20-2020-tokyo
            name: G20 summit
            kind: summit
            organization: g20
            host: JP
            city: Tokyo
            start: 2020-06-28
            end: 2020-06-29
            participants: [ana-lima, min-seo]
            citations: [{source: report}]
    """,
    "trips/more.yaml": """
        trips:
          - id: ana-2020-asia
            leader: ana-lima
            title: G20 summit and a state visit to Korea
            citations: [{source: report}]
            legs:
              - {id: ana-2020-japan, country: JP, cities: [Tokyo], types: [multilateral], events: [g20-2020-tokyo],
                 start: 2020-06-27, end: 2020-06-29, citations: [{source: report, note: At the summit.}]}
              - {id: ana-2020-korea, country: KR, cities: [Seoul], types: [state], start: 2020-06-30,
                 end: 2020-07-01, citations: [{source: report}]}
          - id: rui-2020-oslo
            leader: rui-costa
            title: Talks in Oslo
            citations: [{source: report}]
            legs:
              - {id: rui-2020-norway, country: NO, types: [working], start: 2020-02-10, end: 2020-02-11,
                 citations: [{source: report}]}
          - id: ana-2021-video
            leader: ana-lima
            title: A summit by video
            citations: [{source: report}]
            legs:
              - {id: ana-2021-japan-video, country: JP, types: [multilateral], mode: video, start: 2021-01-05,
                 citations: [{source: report}]}
          - id: ana-2027-norway
            leader: ana-lima
            title: A state visit to Norway, announced
            citations: [{source: report}]
            legs:
              - {id: ana-2027-norway-leg, country: NO, types: [state], status: planned, start: 2027-05-10,
                 end: 2027-05-12, citations: [{source: report}]}
          - id: ivan-1979-brazil
            leader: ivan-petrov
            title: Visit to Brazil
            citations: [{source: report}]
            legs:
              - {id: ivan-1979-brazil-leg, country: BR, types: [official], start: 1979-10-01, end: 1979-10-03,
                 citations: [{source: report}]}
        meetings:
          - {id: ana-min-2020-tokyo, people: [ana-lima, min-seo], form: sideline, event: g20-2020-tokyo,
             citations: [{source: report}]}
          - {id: ana-ola-2019-oslo, people: [ana-lima, ola-berg], visit: ana-2019-norway, citations: [{source: report}]}
          - {id: ana-ola-2021-call, people: [ana-lima, ola-berg], form: phone, start: 2021-02-01,
             citations: [{source: report}]}
        agreements:
          - {id: ana-2020-korea-documents, title: Cooperation documents, parties: [BR, KR],
             count: {value: 10, qualifier: more-than}, visit: ana-2020-korea, citations: [{source: report}]}
          - {id: ana-2027-expected, title: Documents to be signed, parties: [BR, NO], status: expected,
             count: {value: 5, qualifier: about}, visits: [ana-2027-norway-leg], citations: [{source: report}]}
          - {id: g20-2020-declaration, title: Leaders' declaration, parties: [g20], event: g20-2020-tokyo,
             citations: [{source: report}]}
    """,
}


@pytest.fixture
def interop_dir(tmp_path: Path) -> Path:
    """A knowledge base of every shape of visit, meeting and agreement that the event codes and panels tell apart."""
    return write_kb(tmp_path / "interop", INTEROP)


@pytest.fixture(scope="session")
def interop(tmp_path_factory):
    """That knowledge base, loaded once."""
    from visitkb import load

    return load(write_kb(tmp_path_factory.mktemp("interop"), INTEROP))
