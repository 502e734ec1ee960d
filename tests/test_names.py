import pytest

from visitkb.names import (
    AmbiguousName,
    UnknownName,
    normalize,
    resolve_country,
    resolve_leader,
)


@pytest.mark.parametrize(
    "text",
    [
        "xi",
        "Xi",
        "XI",
        "xi-jinping",
        "Xi Jinping",
        "xi  jinping",
        "习近平",
        "President Xi",
    ],
)
def test_every_way_of_naming_xi(bundled, text):
    assert resolve_leader(bundled, text) == "xi-jinping"


@pytest.mark.parametrize(
    "text, code",
    [
        ("peru", "PE"),
        ("Peru", "PE"),
        ("PE", "PE"),
        ("pe", "PE"),
        ("PER", "PE"),
        ("Perú", "PE"),
        ("PERÚ", "PE"),
        ("Republic of Peru", "PE"),
        ("República del Perú", "PE"),
        ("chile", "CL"),
        ("CHL", "CL"),
        ("ecuador", "EC"),
        ("ECU", "EC"),
        ("México", "MX"),
        ("Brasil", "BR"),
        ("Trinidad & Tobago", "TT"),
        ("costa rica", "CR"),
        ("venezuela", "VE"),
        ("china", "CN"),
        ("中国", "CN"),
        ("Norway", "NO"),
        ("NO", "NO"),
    ],
)
def test_every_spelling_of_a_country(bundled, text, code):
    assert resolve_country(bundled, text) == code


def test_unknown_country_suggests_the_nearest(bundled):
    with pytest.raises(UnknownName) as caught:
        resolve_country(bundled, "Perv")
    assert "Peru" in caught.value.options
    assert "did you mean 'Peru'" in str(caught.value)


def test_unknown_leader_suggests_the_nearest(bundled):
    with pytest.raises(UnknownName) as caught:
        resolve_leader(bundled, "Xi Jinpin")
    assert caught.value.options == ["Xi Jinping"]


def test_shared_surnames_are_ambiguous(tmp_path):
    from conftest import write_kb
    from visitkb import load

    root = write_kb(
        tmp_path,
        {
            "more.yaml": """
        people:
          - id: jo-lima
            name: Jo Lima
            country: BR
            citations: [{source: report}]
    """
        },
    )
    with pytest.raises(AmbiguousName) as caught:
        resolve_leader(load(root), "lima")
    assert caught.value.options == ["Ana Lima", "Jo Lima"]


def test_normalize_folds_case_accents_and_punctuation():
    assert normalize("  Perú ") == normalize("PERU") == "peru"
    assert normalize("Côte d'Ivoire") == "cote d ivoire"
