"""The travel map: which countries it marks, small states as dots, former states, routes, the command."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from conftest import cli, write_kb
from visitkb import load, queries
from visitkb.pictures import geo, maps

SVG = "{http://www.w3.org/2000/svg}"


def marked(svg: str) -> set[str]:
    """The codes of the elements the map marks as visited (data-iso on an element with data-visits)."""
    root = ET.fromstring(svg)
    return {e.get("data-iso") for e in root.iter() if e.get("data-visits") is not None}


def in_person_countries(trips: list[dict]) -> set[str]:
    return {leg["country"]["code"] for trip in trips for leg in trip["legs"] if leg["mode"] == "in-person"}


def test_the_map_marks_exactly_the_countries_of_the_query(bundled):
    for filters in ({"leader": "xi"}, {"country": "peru"}, {"year": 2014}, {"since": "2016"}):
        svg = maps.map_svg(maps.travel_map(bundled, **filters))
        expected = in_person_countries(queries.trips(bundled, **filters))
        assert expected and marked(svg) == expected, filters


def test_counts_and_title_come_from_the_trips_query(bundled):
    data = maps.travel_map(bundled, leader="xi")
    trips = queries.trips(bundled, leader="xi")
    legs = [leg for trip in trips for leg in trip["legs"] if leg["mode"] == "in-person"]
    counts = {c["code"]: c["visits"] for c in data["countries"]}
    for code in counts:
        assert counts[code] == sum(1 for leg in legs if leg["country"]["code"] == code)
    assert data["trips"] == len(trips)
    assert "Xi Jinping" in data["title"] and "Xi Jinping" in data["filter"]
    starts = [queries.trip_span(bundled.get("trips", t["id"]))[0].isoformat() for t in trips]
    assert data["period"]["start"] == min(starts)
    root = ET.fromstring(maps.map_svg(data))
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert data["period"]["start"] in texts and data["period"]["end"] in texts and "Xi Jinping" in texts


def test_trinidad_and_tobago_appears_on_the_map_of_the_2013_tour(bundled):
    tour = next(t for t in queries.trips(bundled, leader="xi", year=2013))
    assert "TT" in [c["code"] for c in tour["countries"]]
    root = ET.fromstring(maps.map_svg(maps.travel_map(bundled, trip=tour["id"])))
    dots = [e for e in root.iter(f"{SVG}circle") if e.get("data-iso") == "TT"]
    shapes = [e for e in root.iter(f"{SVG}path") if e.get("data-iso") == "TT"]
    assert dots and dots[0].get("data-visits") == "1"  # too small to see as a shape: a dot too
    assert shapes and shapes[0].get("data-visits") == "1"
    name, lon, lat = geo.capital("TT")
    x, y = maps.projection().point(lon, lat)
    assert (float(dots[0].get("cx")), float(dots[0].get("cy"))) == pytest.approx((x, y), abs=0.1)


def test_the_legs_of_a_trip_are_joined_in_order_between_capitals(bundled):
    tour = bundled.get("trips", "xi-2016-latin-america")
    data = maps.travel_map(bundled, trip=tour["id"])
    places = [geo.capital(leg["country"])[0] for leg in tour["legs"]]
    walked = [places[0]] + [p for a, p in zip(places, places[1:], strict=False) if p != a]
    assert [(r["from"], r["to"]) for r in data["routes"]] == list(zip(walked, walked[1:], strict=False))
    assert [s["number"] for s in data["stops"]] == list(range(1, len(tour["legs"]) + 1))


TRAVELS = {
    "people.yaml": """
        people:
          - id: ana-lima
            name: Ana Lima
            country: BR
            citations: [{source: report}]
    """,
    "trips/ana.yaml": """
        trips:
          - id: ana-1985
            leader: ana-lima
            title: Visit to Moscow and Belgrade
            start: 1985-03-01
            end: 1985-03-06
            citations: [{source: report}]
            legs:
              - {id: ana-1985-su, country: SUHH, country_label: U.S.S.R., types: [official], start: 1985-03-01,
                 citations: [{source: report}]}
              - {id: ana-1985-yu, country: YUCS, types: [official], start: 1985-03-04, citations: [{source: report}]}
          - id: ana-2019
            leader: ana-lima
            title: Gulf, Malta and Singapore
            start: 2019-03-01
            end: 2019-03-09
            citations: [{source: report}]
            legs:
              - {id: ana-2019-bh, country: BH, types: [official], start: 2019-03-01, citations: [{source: report}]}
              - id: ana-2019-mt
                country: MT
                types: [official]
                start: 2019-03-03
                stops:
                  - {city: Gozo, coordinates: {lat: 36.04, lon: 14.24}, citations: [{source: report}]}
                citations: [{source: report}]
              - {id: ana-2019-sg, country: SG, types: [official], start: 2019-03-05, citations: [{source: report}]}
              - {id: ana-2019-ru, country: RU, types: [working], start: 2019-03-08, citations: [{source: report}]}
              - {id: ana-2019-fj, country: FJ, types: [working], mode: video, start: 2019-03-09,
                 citations: [{source: report}]}
    """,
    "trips/ana-2019.yaml": None,
}


@pytest.fixture
def travels(tmp_path):
    return write_kb(tmp_path / "kb", TRAVELS)


def test_former_states_are_drawn_on_their_successors_with_the_name_of_the_time(travels):
    kb = load([travels])
    data = maps.travel_map(kb, leader="ana-lima")
    soviet = next(c for c in data["countries"] if c["code"] == "SUHH")
    assert soviet["former"] and soviet["label"] == "U.S.S.R."
    assert {"RU", "UA", "KZ"} <= set(soviet["drawn_on"])
    assert any("U.S.S.R." in note and "Russia" in note for note in data["notes"])
    root = ET.fromstring(maps.map_svg(data))
    group = next(e for e in root.iter(f"{SVG}g") if e.get("data-iso") == "SUHH")
    assert group.get("data-former") == "1" and "UA" in group.get("data-drawn-on").split()
    yugoslavia = next(e for e in root.iter(f"{SVG}g") if e.get("data-iso") == "YUCS")
    assert {"RS", "HR", "SI"} <= set(yugoslavia.get("data-drawn-on").split())
    # Russia visited in its own right stays marked under its own code, drawn above the Soviet hatching.
    assert marked(ET.tostring(root, encoding="unicode")) == {"SUHH", "YUCS", "BH", "MT", "SG", "RU"}
    # The route of 1985 runs from the Soviet Union's largest successor's capital.
    assert ("Moscow", "Belgrade") in [(r["from"], r["to"]) for r in data["routes"]]


def test_small_states_are_dots_and_a_cited_city_places_its_leg(travels):
    kb = load([travels])
    data = maps.travel_map(kb, trip="ana-2019")
    root = ET.fromstring(maps.map_svg(data))
    dots = {e.get("data-iso") for e in root.iter(f"{SVG}circle") if e.get("data-visits")}
    assert {"BH", "MT", "SG"} <= dots and "RU" not in dots
    assert [(r["from"], r["to"]) for r in data["routes"]][:2] == [("Manama", "Gozo"), ("Gozo", "Singapore")]
    assert "FJ" not in marked(maps.map_svg(data))  # by video: not a visit
    assert any("video" in note and "Fiji" in note for note in data["notes"])


def test_map_writes_svg_and_html_by_suffix(tmp_path):
    svg_file, html_file = tmp_path / "xi.svg", tmp_path / "xi.html"
    assert cli("map", "--leader", "xi", "--out", str(svg_file)).returncode == 0
    assert "TT" in marked(svg_file.read_text(encoding="utf-8"))
    assert cli("map", "xi-2013-latin-america", "--out", str(html_file)).returncode == 0
    page = html_file.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<svg class="picture"' in page and "<script" not in page


def test_map_without_out_prints_the_countries_and_their_visits(bundled):
    result = cli("map", "--leader", "xi")
    assert result.returncode == 0
    for entry in maps.travel_map(bundled, leader="xi")["countries"]:
        assert entry["label"] in result.stdout
    assert "<svg" not in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["--leader", "xi", "--out", "xi.png"], "--out"),
        (["no-such-trip"], "trip"),
        (["xi-2013-latin-america", "--leader", "xi"], "not both"),
        (["--leader", "nobody-at-all"], "nobody"),
    ],
)
def test_map_refuses_bad_input_in_one_line(tmp_path, args, message):
    result = cli("map", *args)
    assert result.returncode == 2
    assert (
        message in result.stderr and len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    )


def test_a_damaged_place_in_the_index_is_never_drawn(travels):
    import sqlite3

    from visitkb import IndexCorrupt

    kb = load([travels])
    assert {c["code"] for c in maps.travel_map(kb)["countries"]} >= {"BH", "MT"}
    with sqlite3.connect(kb.index_file) as db:  # as a failing disk or another program might
        db.execute("UPDATE places SET place = replace(place, 'BH', 'QA') WHERE place LIKE 'BH%'")
    with pytest.raises(IndexCorrupt):
        maps.travel_map(kb)
    assert {c["code"] for c in maps.travel_map(load([travels]))["countries"]} >= {"BH", "MT"}  # rebuilt


def test_a_planned_leg_is_no_visit_on_the_map_and_is_named_in_its_note(interop):
    trip = next(t for t in interop.records("trips") if any(leg.get("status") == "planned" for leg in t["legs"]))
    data = maps.travel_map(interop, trip=trip["id"])
    assert data["countries"] == [] and marked(maps.map_svg(data)) == set()
    assert any("only planned" in note for note in data["notes"])
    held = maps.travel_map(interop, leader=trip["leader"])
    legs = [
        leg
        for t in interop.records("trips")
        if t["leader"] == trip["leader"]
        for leg in t["legs"]
        if leg["mode"] == "in-person" and leg.get("status") != "planned"
    ]
    assert {c["code"]: c["visits"] for c in held["countries"]} == {
        code: sum(leg["country"] == code for leg in legs) for code in {leg["country"] for leg in legs}
    }
