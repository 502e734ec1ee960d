"""The draft benchmark's scorer (benchmarks/draft/score.py): how it matches a drafted record with the gold."""

import importlib.util
from pathlib import Path

import pytest

SCORER = Path(__file__).parents[1] / "benchmarks" / "draft" / "score.py"


@pytest.fixture(scope="module")
def score():
    spec = importlib.util.spec_from_file_location("draft_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_name_matches_with_either_apostrophe_and_without_its_accents(score):
    assert score.same_person("Fiame Naomi Mata\u2019afa", "Fiame Naomi Mata'afa")
    assert score.same_person("Tabar\u00e9 V\u00e1zquez", "Tabare Vazquez")
    # Near miss: another person of the same surname is no match.
    assert not score.same_person("Naomi Mata'afa", "Fiame Mata'afa Tuala")
