"""visitkb upgrade: a knowledge base written for an older release loads unchanged, and is rewritten
into today's forms with every other byte kept and check --strict clean."""

import difflib
import shutil
from pathlib import Path

import pytest

from conftest import cli
from visitkb import load, queries
from visitkb.upgrading import upgrade

OLD = Path(__file__).parent / "fixtures" / "kb-0.1.0"


@pytest.fixture
def old_kb(tmp_path):
    return Path(shutil.copytree(OLD, tmp_path / "kb"))


def statuses(kb, as_of):
    return [(t["id"], t["status"], t["progress"]) for t in queries.targets(kb, as_of=as_of)]


def test_a_knowledge_base_of_the_previous_release_loads_unchanged_with_warnings_that_say_the_new_form(old_kb):
    result = cli("check", "-d", str(old_kb))
    assert result.returncode == 0, result.stderr
    assert "warning[older-form]" in result.stderr and "visitkb upgrade -d DIR" in result.stderr
    assert "warning[undeclared]" in result.stderr
    kb = load(old_kb)
    assert kb.errors() == []
    # The old form still answers: the trade target is measured by the figures kept inside it.
    assert statuses(kb, "2026-01-01") == statuses(load(), "2026-01-01")


def test_upgrade_moves_figures_out_of_targets_declares_levels_and_leaves_check_strict_clean(old_kb):
    before = {p: p.read_bytes() for p in old_kb.rglob("*.yaml")}
    statuses_before = {d: statuses(load(old_kb), d) for d in ("2016-12-31", "2024-01-15", "2026-01-01")}
    result = cli("upgrade", "-d", str(old_kb))
    assert result.returncode == 0, result.stderr
    assert "moved out of target china-lac-trade-500bn-2025" in result.stderr
    check = cli("check", "--strict", "-d", str(old_kb))
    assert (check.returncode, check.stderr) == (0, "")
    kb = load(old_kb)
    assert {d: statuses(kb, d) for d in statuses_before} == statuses_before
    assert [f["period"] for f in queries.figures(kb)] == ["2012", "2016-01/2016-06", "2022", "2023", "2024", "2024"]
    assert [lv["id"] for lv in kb.records("partnership_levels")][-1] == "comprehensive-strategic-partnership"
    # Every other file keeps its bytes; the targets file keeps its comments and every line but those moved.
    after = {p: p.read_bytes() for p in old_kb.rglob("*.yaml")}
    targets = old_kb / "targets.yaml"
    assert {p: b for p, b in after.items() if p != targets and p in before} == {
        p: b for p, b in before.items() if p != targets
    }
    old_lines = before[targets].decode().splitlines()
    new_lines = after[targets].decode().splitlines()
    assert new_lines[:2] == old_lines[:2]  # the comment at the top
    changes = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()
    removed = [line for tag, i1, i2, _, _ in changes if tag in ("delete", "replace") for line in old_lines[i1:i2]]
    # Only the observations block went: one run of lines, all indented under its key.
    start = old_lines.index("    observations:")
    assert removed == old_lines[start : start + len(removed)]
    assert all(line.startswith("      ") for line in removed[1:])
    assert not old_lines[start + len(removed)].startswith("      ")


def test_upgrade_dry_run_writes_nothing_and_a_second_upgrade_has_nothing_to_do(old_kb):
    before = {p: p.read_bytes() for p in old_kb.rglob("*") if p.is_file()}
    report = upgrade(old_kb, dry_run=True)
    assert report.changes and {p: p.read_bytes() for p in before} == before
    assert not (old_kb / "partnership-levels.yaml").exists()
    upgrade(old_kb)
    again = cli("upgrade", "-d", str(old_kb))
    assert again.returncode == 0 and "nothing to upgrade" in again.stderr


def test_upgrade_refuses_the_bundled_knowledge_base_and_a_missing_folder(tmp_path):
    assert cli("upgrade", "-d", ":bundled:").returncode in (1, 2)
    missing = cli("upgrade", "-d", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
