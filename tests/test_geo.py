"""World-map geometry: the shipped shapes and capitals, the projection, antimeridian cuts, interior points."""

from __future__ import annotations

import csv
import json
import math
import re

import pycountry
import pytest

from visitkb.pictures import geo

MAP = geo.Projection(1000)


def rings_of(path: str) -> list[list[tuple[float, float]]]:
    """The closed rings of SVG path data as country_path() writes it (M x,y L x,y ... Z)."""
    rings = []
    for part in re.findall(r"M[^M]*", path):
        rings.append([tuple(map(float, xy.split(","))) for xy in re.split(r"[MLZ]", part) if xy])
    return rings


def inside(point: tuple[float, float], rings: list[list[tuple[float, float]]]) -> bool:
    """Even-odd point-in-polygon, as a browser fills the path with fill-rule evenodd."""
    x, y = point
    result = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                result = not result
    return result


def longest_segment(path: str) -> float:
    """Longest straight segment of SVG path data, closing segments included."""
    return max(
        (math.dist(a, b) for ring in rings_of(path) for a, b in zip(ring, ring[1:] + ring[:1], strict=True)),
        default=0.0,
    )


ISO = sorted({country.alpha_2 for country in pycountry.countries} | {"XK"})


# --- the shipped files -----------------------------------------------------------------------------


def test_world_json_is_topojson_keyed_by_alpha_2():
    topo = json.loads((geo.REFERENCE / "world.json").read_text(encoding="utf-8"))
    assert topo["type"] == "Topology"
    ids = [g.get("id") for g in topo["objects"]["countries"]["geometries"]]
    named = [i for i in ids if i is not None]
    assert len(named) == len(set(named)) > 240
    assert set(named) <= set(ISO)
    assert (geo.REFERENCE / "world.json").stat().st_size < 400_000


def test_capitals_csv_parses_with_sane_coordinates():
    with (geo.REFERENCE / "capitals.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["code", "capital", "lat", "lon"]
    assert len({row["code"] for row in rows}) == len(rows) > 240
    for row in rows:
        assert row["code"] in ISO and row["capital"].strip() == row["capital"] != ""
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_every_iso_country_has_a_shape_or_a_capital():
    assert [code for code in ISO if not geo.has_shape(code) and geo.capital(code) is None] == []


def test_codes_without_a_shape_of_their_own_are_the_documented_ones():
    # Integral parts of France, Norway and the Netherlands that Natural Earth draws inside them.
    assert [code for code in ISO if not geo.has_shape(code)] == ["BQ", "GF", "GP", "MQ", "RE", "SJ", "YT"]


@pytest.mark.parametrize(
    ("place", "lon", "lat", "code"),
    [
        ("Hargeisa, Somaliland", 44.06, 9.56, "SO"),
        ("Famagusta, northern Cyprus", 33.94, 35.12, "CY"),
        ("Pristina", 21.17, 42.67, "XK"),
        ("Simferopol, Crimea", 34.10, 44.95, "UA"),
        ("Baikonur", 63.32, 45.62, "KZ"),
        ("Christmas Island, inland", 105.63, -10.49, "CX"),
        ("Piton des Neiges, Réunion", 55.48, -21.10, "FR"),  # no shape of its own: inside France's
    ],
)
def test_places_fall_in_the_documented_country(place, lon, lat, code):
    owners = [c for c, polygons in geo._shapes().items() if any(geo._inside((lon, lat), p) for p in polygons)]
    assert owners == [code], place


def test_capitals():
    name, lon, lat = geo.capital("us")
    assert name == "Washington" and abs(lon + 77.04) < 0.1 and abs(lat - 38.9) < 0.1
    assert geo.capital("XK")[0] == "Pristina"
    assert geo.capital("PW")[0] == "Ngerulmud"
    for code in ("AQ", "BV", "HM", "TK", "UM"):  # no capital: uninhabited, or no single seat
        assert geo.capital(code) is None
    assert geo.capital("SU") is None and not geo.has_shape("SU")  # former states are the caller's to map


# --- projection ------------------------------------------------------------------------------------


def test_projection_centre_and_symmetry():
    assert MAP.point(0, 0) == pytest.approx((500, MAP.height / 2))
    assert MAP.height == pytest.approx(1000 / 2.0543, rel=1e-3)  # Equal Earth's aspect ratio
    assert MAP.point(-180, 0)[0] == pytest.approx(0) and MAP.point(180, 0)[0] == pytest.approx(1000)
    assert MAP.point(0, 90)[1] == pytest.approx(0) and MAP.point(0, -90)[1] == pytest.approx(MAP.height)
    for lon, lat in [(30, 40), (150, -70), (179.9, 10), (12.5, 89)]:
        x, y = MAP.point(lon, lat)
        assert MAP.point(-lon, lat) == pytest.approx((1000 - x, y))
        assert MAP.point(lon, -lat) == pytest.approx((x, MAP.height - y))
    framed = geo.Projection(1000, margin=20)
    assert framed.point(-180, 0)[0] == pytest.approx(20) and framed.point(0, 90)[1] == pytest.approx(20)


def test_projection_is_equal_area():
    # A 10°x10° cell's map area, relative to the equator's, is its share of the sphere's surface.
    def cell_area(lat: float) -> float:
        edge = [(0, lat + i / 10) for i in range(101)] + [(10, lat + 10 - i / 10) for i in range(101)]
        ring = [MAP.point(lon, la) for lon, la in edge]
        return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2

    for lat in (30, 60, 80):
        expected = (math.sin(math.radians(lat + 10)) - math.sin(math.radians(lat))) / math.sin(math.radians(10))
        assert cell_area(lat) / cell_area(0) == pytest.approx(expected, rel=1e-3)


# --- shapes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["RU", "US", "FJ", "KI", "NZ", "TK", "CA"])
def test_no_line_across_the_map(code):
    path = geo.country_path(code, MAP)
    assert path and longest_segment(path) < MAP.width / 3


def test_a_ring_across_the_antimeridian_is_cut_in_two():
    ring = [(170.0, -10.0), (-170.0, -10.0), (-170.0, 10.0), (170.0, 10.0), (170.0, -10.0)]
    pieces = geo._cut_antimeridian(ring)
    assert sorted((min(x for x, _ in p), max(x for x, _ in p)) for p in pieces) == [(-180, -170), (170, 180)]


def test_antarctica_closes_along_the_south_pole():
    rings = rings_of(geo.country_path("AQ", MAP))
    points = [p for ring in rings for p in ring]
    assert max(y for _, y in points) == pytest.approx(MAP.height, abs=0.1)
    assert all(0 <= x <= 1000 for x, _ in points)
    # The land between the coast and the pole is filled, not the sea above the coast.
    assert inside(MAP.point(0, -88), rings) and inside(MAP.point(-170, -88), rings)
    assert not inside(MAP.point(0, -60), rings)


def test_holes_wind_against_their_exteriors():
    # So that both fill rules, nonzero and evenodd, leave Lesotho out of South Africa.
    def signed(ring):
        return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))

    holes = 0
    for polygons in geo._shapes().values():
        for exterior, *rest in polygons:
            for hole in rest:
                holes += 1
                assert signed(exterior) * signed(hole) < 0
    assert holes > 0
    assert not inside(geo.interior_point("LS", MAP), rings_of(geo.country_path("ZA", MAP)))


@pytest.mark.parametrize("code", ["CL", "NO", "ID", "US", "RU", "HR", "FJ", "CA", "GB", "IT", "SO", "CY", "KZ"])
def test_interior_point_is_inside_the_country(code):
    point = geo.interior_point(code, MAP)
    assert inside(point, rings_of(geo.country_path(code, MAP)))


def test_interior_point_is_inside_for_every_visible_country():
    outside = [
        code
        for code in geo.codes()
        if not geo.is_small(code, MAP)
        and not inside(geo.interior_point(code, MAP), rings_of(geo.country_path(code, MAP)))
    ]
    assert outside == []


@pytest.mark.parametrize("code", ["TT", "SG", "MT", "BH", "VA", "NR", "TV", "KN", "LC", "WS", "TO", "MH"])
def test_small_states_are_locatable(code):
    assert geo.has_shape(code)
    assert geo.is_small(code, MAP)  # a dot, at a map 1000 px wide
    x, y = geo.locate(code, MAP)
    assert 0 <= x <= MAP.width and 0 <= y <= MAP.height
    # The dot (the capital) is on or right beside the country's own outline (within 0.2°), even for a speck.
    _, lon, lat = geo.capital(code)
    corners = [p for polygon in geo._shapes()[code] for ring in polygon for p in ring]
    assert min(math.dist((lon, lat), corner) for corner in corners) < 0.2


def test_sizes():
    assert not geo.is_small("RU", MAP) and not geo.is_small("TT", geo.Projection(2000))
    # Equal area: Russia's share of the map is its share of the Earth's surface (17.1 of 510.1 million km²).
    assert geo.area("RU", MAP) / (4 * math.pi * MAP.scale**2) == pytest.approx(17.10 / 510.1, rel=0.02)
    assert geo.is_small("RE", MAP) and geo.area("RE", MAP) == 0  # no shape of its own: a dot at Saint-Denis
    assert geo.locate("RE", MAP) == pytest.approx(MAP.point(*geo.capital("RE")[1:]))
    assert geo.locate("AQ", MAP) == geo.interior_point("AQ", MAP)  # no capital: inside the shape


def test_unknown_code_raises():
    with pytest.raises(KeyError):
        geo.country_path("ZZ", MAP)


def test_base_layers_are_drawable():
    for path in (geo.land_path(MAP), geo.sphere_path(MAP), geo.graticule_path(MAP)):
        assert path.startswith("M") and "nan" not in path
    assert len(rings_of(geo.land_path(MAP))) > len(rings_of(geo.country_path("CA", MAP)))
    # The outline's curved sides are many short segments; only the two poles are long straight lines.
    long = [
        (a, b)
        for ring in rings_of(geo.sphere_path(MAP))
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True)
        if math.dist(a, b) > 20
    ]
    assert len(long) == 2 and all(a[1] == b[1] in (0, round(MAP.height, 1)) for a, b in long)


# --- routes ----------------------------------------------------------------------------------------


def test_great_circle_runs_along_the_shortest_path():
    london, new_york = (-0.13, 51.51), (-74.01, 40.71)
    points = geo.great_circle(london, new_york, 32)
    assert len(points) == 33 and points[0] == london and points[-1] == new_york
    assert max(lat for _, lat in points) > 52  # it bends north, as flights do

    def distance(a, b):
        va, vb = geo._unit_vector(*a), geo._unit_vector(*b)
        return math.acos(min(1.0, sum(p * q for p, q in zip(va, vb, strict=True))))

    along = sum(distance(a, b) for a, b in zip(points, points[1:], strict=False))
    assert along == pytest.approx(distance(london, new_york), rel=1e-6)


def test_route_across_the_pacific_leaves_one_edge_and_enters_the_other():
    path = geo.route_path("JP", "US", MAP)
    assert path.count("M") == 2
    assert longest_segment_of_lines(path) < MAP.width / 3
    assert geo.route_path("JP", "AQ", MAP) == ""  # Antarctica has no capital
    assert geo.great_circle((10, 10), (10, 10)) == [(10, 10), (10, 10)]


def longest_segment_of_lines(path: str) -> float:
    """Longest segment of open polylines (M ... L ...), not closing them."""
    lines = [[tuple(map(float, xy.split(","))) for xy in re.split(r"[ML]", part) if xy] for part in path.split("M")[1:]]
    return max(math.dist(a, b) for line in lines for a, b in zip(line, line[1:], strict=False))
