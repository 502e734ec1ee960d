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


def test_country_keys_give_iso_and_cow_codes_for_today_former_states_and_kosovo():
    import csv
    from pathlib import Path

    from visitkb.names import country_keys, iso_countries

    reference = Path(__file__).resolve().parent.parent / "src" / "visitkb" / "reference"
    with open(reference / "cow-iso.csv", encoding="utf-8") as handle:
        cow = {row["iso2"]: row for row in csv.DictReader(handle) if row["iso2"]}
    for iso2, row in cow.items():
        keys = country_keys(iso2)
        assert (keys.iso3, keys.iso_numeric, keys.cow_code, keys.cow_abb) == (
            row["iso3"],
            row["isonum"],
            int(row["ccode"]),
            row["stateabb"],
        ), iso2
        for former in filter(None, row["iso3166_3"].split("|")):
            assert country_keys(former).cow_code == int(row["ccode"]) and country_keys(former).iso3166_3 == former
    soviet = country_keys("SUHH")
    assert (soviet.iso2, soviet.iso3, soviet.iso_numeric) == ("SU", "SUN", "810")  # ISO 3166-3's record of it
    assert country_keys("XK").iso3 is None and country_keys("XK").cow_code is not None  # not ISO, but a COW state
    assert all(country_keys(code).iso2 for code in iso_countries())
    assert country_keys("ZZ").iso3 is None


def test_the_shipped_country_keys_table_matches_its_sources():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_country_keys", root / "scripts" / "build_country_keys.py")
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    shipped = (root / "src" / "visitkb" / "reference" / "country-keys.csv").read_text(encoding="utf-8")
    assert shipped == builder.table_text(), "run python scripts/build_country_keys.py"
