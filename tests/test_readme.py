"""The README is the user's guide: it documents every command, and CI runs its commands."""

import re
from pathlib import Path

import pytest

from visitkb.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_names():
    import typer.main

    return sorted(typer.main.get_command(app).commands)


def test_every_command_is_documented_with_an_example():
    for name in command_names():
        assert f"### `visitkb {name}`" in README, name
        assert re.search(rf"^    visitkb {name}\b", README, re.M), name


def test_ci_runs_the_readme_set_up_commands_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup = README.split("## Set up", 1)[1].split("##", 1)[0]
    commands = [line.strip() for line in setup.splitlines() if line.startswith("    ")]
    assert commands == ["pip install . && visitkb trips --leader xi", "pip install '.[test]' && pytest"]
    for command in commands:
        assert f"\n{command}\n" in ci


def test_the_readme_names_every_check_and_every_kind_add_takes():
    from visitkb import checks
    from visitkb.adding import addable

    check_section = README.split("### `visitkb check`", 1)[1].split("###", 1)[0]
    for name in checks.names():
        assert f"`{name}`" in check_section, name
    add_section = README.split("### `visitkb add`", 1)[1].split("###", 1)[0]
    for kind in addable():
        assert f"`{kind}`" in add_section, kind


def _section(title: str) -> str:
    return README.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def test_every_yaml_example_in_writing_records_is_valid_against_the_schema():
    from visitkb import kinds
    from visitkb.yamlread import parse_bytes

    blocks = re.findall(r"```yaml\n(.*?)```", _section("Writing records"), re.S)
    assert len(blocks) >= 12
    for block in blocks:
        parsed = parse_bytes(block.encode("utf-8"), "README.md")
        assert parsed.diagnostics == [], block
        for collection, items in parsed.data.items():
            kind = kinds.find(collection) or kinds.find("visits" if collection == "legs" else collection)
            assert kind is not None, collection
            for item in items:
                kind.model.model_validate(item)


def test_every_example_command_that_reads_the_bundled_knowledge_base_runs():
    import shlex

    from conftest import cli

    examples = re.findall(r"^    (visitkb .+)$", _section("Commands"), re.M)
    readers = [e for e in examples if not re.search(r"-d |--data-dir|--out|[<|>]|\badd\b|\bupgrade\b|\bimport\b", e)]
    assert len(readers) >= 30
    for example in readers:
        result = cli(*shlex.split(example)[1:])
        assert result.returncode == 0, (example, result.stderr)


@pytest.mark.slow
def test_the_readme_examples_run_verbatim_in_order_from_a_fresh_directory(tmp_path):
    """Every example line of the Commands section, as a user would paste it into a shell, in order."""
    import os
    import subprocess

    from conftest import SCRIPT

    shared = ROOT.parent / "shared"
    fresh = tmp_path / "work" / "fresh"
    fresh.mkdir(parents=True)
    if shared.is_dir():
        (tmp_path / "work" / "shared").symlink_to(shared)  # the README's ../shared paths
    examples = re.findall(r"^    ((?:visitkb|echo) .+)$", _section("Commands"), re.M)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISITKB_")}
    env["VISITKB_CACHE_DIR"] = os.environ["VISITKB_CACHE_DIR"]
    env["PATH"] = f"{SCRIPT.parent}{os.pathsep}{env['PATH']}"
    ran = 0
    for example in examples:
        if "../shared" in example and not shared.is_dir():
            continue  # a checkout without the shared datasets beside it
        result = subprocess.run(["bash", "-c", example], cwd=fresh, env=env, capture_output=True, text=True)
        assert result.returncode == 0, (example, result.stderr)
        ran += 1
    assert ran >= 50


def test_every_picture_the_readme_shows_is_committed_with_the_command_that_made_it():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pictures", ROOT / "scripts" / "make_pictures.py")
    make_pictures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pictures)
    pictures = make_pictures.pictures()
    assert {Path(image).suffix for image, _ in pictures} == {".svg", ".png"}
    for image, words in pictures:
        assert (ROOT / image).stat().st_size > 1000, image
        assert words[0] == "visitkb" and words[1] in ("map", "chart", "report"), words
        written = words[words.index("--out") + 1]
        assert written == image or (image.endswith(".png") and written.endswith(".html")), (image, words)
