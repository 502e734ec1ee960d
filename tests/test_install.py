"""The bundled knowledge base is found however visitkb is installed: from a checkout, a wheel or an sdist."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "from visitkb import load, queries; print(len(queries.trips(load(), leader='xi')))"


def _ask(python_path: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(python_path), "VISITKB_CACHE_DIR": str(cwd / "cache")}
    env.pop("VISITKB_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-c", QUESTION], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_a_source_checkout_reads_the_top_level_data_folder(tmp_path):
    # What an editable install does: the package is imported from src/, with no data inside it.
    assert not (ROOT / "src" / "visitkb" / "data").exists()
    result = _ask(ROOT / "src", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"


@pytest.mark.slow
@pytest.mark.parametrize("artifact", ["wheel", "sdist"])
def test_a_built_package_carries_the_bundled_knowledge_base(tmp_path, artifact):
    pytest.importorskip("build")
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", f"--{artifact}", "--outdir", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    target = tmp_path / "site"
    package = next(dist.iterdir())
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(package)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    assert (target / "visitkb" / "data" / "trips").is_dir()
    assert (target / "visitkb" / "reference" / "world.json").is_file()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _ask(target, elsewhere)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"
    # The pictures draw from what the package carries: shapes, capitals, regions.
    assert (target / "visitkb" / "reference" / "regions.csv").is_file()
    env = {**os.environ, "PYTHONPATH": str(target), "VISITKB_CACHE_DIR": str(elsewhere / "cache")}
    env.pop("VISITKB_DATA_DIR", None)
    for args in (["map", "--leader", "xi", "--out", "xi.svg"], ["report", "--leader", "xi", "--out", "xi.html"]):
        drawn = subprocess.run(
            [sys.executable, "-m", "visitkb", *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert drawn.returncode == 0, drawn.stderr
        assert 'data-iso="TT"' in (elsewhere / args[-1]).read_text(encoding="utf-8")
