"""World-map geometry for offline SVG maps: Equal Earth projection, country shapes, capitals and routes.

The data ships beside the package in ``visitkb/reference``: ``world.json`` (TopoJSON of Natural Earth
countries keyed by ISO 3166-1 alpha-2 code, built by ``scripts/build_geodata.py``) and ``capitals.csv``
(GeoNames).  Everything here is standard library, so a map draws with no network and no extra install.

Conventions: positions on the globe are ``(lon, lat)`` in degrees; positions on the map are ``(x, y)``
in SVG pixels, origin top-left, y growing downwards.  Country codes are ISO alpha-2 (plus ``XK``,
Kosovo); former states (SU, YU, CS, DD...) are not here: callers map them to their successors.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent / "reference"

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # exterior ring first, then its holes

# Below this projected area (px²) a country is a speck or invisible: draw a dot for it.
SMALL_AREA = 6.0

# Equal Earth constants (Šavrič, Patterson & Jenny 2018, "The Equal Earth map projection", eq. 2).
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> Point:
    """Project degrees onto the unit-sphere Equal Earth plane (x east, y north, (0, 0) at lon 0, lat 0)."""
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = math.radians(lon) * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


# Half the width (equator at ±180°) and half the height (the poles) of the unit map.
_HALF_WIDTH = equal_earth(180, 0)[0]
_HALF_HEIGHT = equal_earth(0, 90)[1]


@dataclass(frozen=True)
class Projection:
    """Equal Earth scaled to fit an SVG canvas ``width`` pixels wide, inside a ``margin`` on every side."""

    width: float = 1000.0
    margin: float = 0.0

    @property
    def scale(self) -> float:
        """Pixels per unit of the unit-sphere map."""
        return (self.width - 2 * self.margin) / (2 * _HALF_WIDTH)

    @property
    def height(self) -> float:
        """Canvas height that fits the whole globe (the map is about 2.05 times wider than tall)."""
        return 2 * _HALF_HEIGHT * self.scale + 2 * self.margin

    def point(self, lon: float, lat: float) -> Point:
        """Canvas position of a (lon, lat) in degrees; (0, 0) lands on the canvas centre."""
        x, y = equal_earth(lon, lat)
        return self.width / 2 + x * self.scale, self.height / 2 - y * self.scale


# ---------------------------------------------------------------------------------------------------
# Shapes: read once, on first use.


@cache
def _shapes() -> dict[str | None, list[Polygon]]:
    """Polygons in degrees keyed by country code (None: disputed land no country owns), from world.json."""
    topo = json.loads((REFERENCE / "world.json").read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:  # TopoJSON stores each arc as integer steps from the previous point
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(refs: list[int]) -> Ring:
        points: Ring = []
        for ref in refs:  # a negative ref ~i means arc i walked backwards
            arc = arcs[ref] if ref >= 0 else arcs[~ref][::-1]
            points.extend(arc[1:] if points else arc)  # consecutive arcs share their joining point
        return points

    shapes: dict[str | None, list[Polygon]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        shapes.setdefault(geometry.get("id"), []).extend([ring(r) for r in polygon] for polygon in polygons)
    return shapes


def codes() -> list[str]:
    """Sorted codes of every country that has a shape."""
    return sorted(code for code in _shapes() if code)


def has_shape(code: str) -> bool:
    """Whether the country has a shape of its own (else it is a dot at its capital)."""
    return code.upper() in _shapes()


# ---------------------------------------------------------------------------------------------------
# Cutting at the antimeridian.  Some rings jump between -180° and +180° (the seams of Russia's Chukotka
# and of Fiji's islands, Antarctica going round the pole): drawn as they are, such a jump is an edge
# across the whole map.


def _edges(ring: Ring) -> zip:
    """A closed ring's edges as (start, end) pairs, the last one back to the first point."""
    return zip(ring, ring[1:] + ring[:1], strict=True)


def _clip(ring: Ring, meridian: float, east: bool) -> Ring:
    """The part of a closed ring east (or west) of a meridian: one Sutherland-Hodgman pass."""
    out: Ring = []
    prev = ring[-1]
    for cur in ring:
        prev_in, cur_in = (prev[0] >= meridian) == east, (cur[0] >= meridian) == east
        if prev_in != cur_in:
            t = (meridian - prev[0]) / (cur[0] - prev[0])
            out.append((meridian, prev[1] + t * (cur[1] - prev[1])))
        if cur_in:
            out.append(cur)
        prev = cur
    return out


def _cut_antimeridian(ring: Ring) -> list[Ring]:
    """Split a ring into pieces that each stay within -180..180°, closing any ring that circles a pole."""
    if all(abs(b[0] - a[0]) <= 180 for a, b in zip(ring, ring[1:], strict=False)):
        return [ring]
    # Unwrap: write each longitude within 180° of the previous one, so the ring is continuous (179, 181, ...).
    flat = [ring[0]]
    for lon, lat in ring[1:]:
        flat.append((lon + 360 * round((flat[-1][0] - lon) / 360), lat))
    if abs(flat[-1][0] - flat[0][0]) > 180:
        # It went once round a pole (Antarctica): close it along that pole, a straight line in Equal Earth.
        pole = math.copysign(90, sum(lat for _, lat in ring))
        flat += [(flat[-1][0], pole), (flat[0][0], pole)]
    lons = [lon for lon, _ in flat]
    pieces = []
    for k in range(math.floor((min(lons) + 180) / 360), math.ceil((max(lons) - 180) / 360) + 1):
        piece = _clip(_clip(flat, 360 * k - 180, east=True), 360 * k + 180, east=False)
        if len({lon for lon, _ in piece}) > 1:  # not a sliver lying along the edge itself
            pieces.append([(lon - 360 * k, lat) for lon, lat in piece])
    return pieces


def _inside(point: Point, rings: list[Ring]) -> bool:
    """Even-odd point-in-polygon test over all rings (exteriors and holes alike)."""
    x, y = point
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in _edges(ring):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def _cut_polygon(polygon: Polygon) -> list[Polygon]:
    """A polygon as one or more polygons that do not cross ±180°; each hole goes with the piece around it."""
    pieces = _cut_antimeridian(polygon[0])
    if len(pieces) == 1 and len(polygon) == 1:
        return [[pieces[0]]]
    out = [[piece] for piece in pieces]
    for hole in polygon[1:]:
        for hole_piece in _cut_antimeridian(hole):
            owner = next((p for p in out if _inside(hole_piece[0], p[:1])), None)
            if owner is not None:
                owner.append(hole_piece)
    return out


def _project_ring(ring: Ring, projection: Projection) -> Ring:
    """Project a ring, adding points along the map's curved side edges, which a straight segment would cut."""
    out: Ring = []
    prev: Point | None = None
    for lon, lat in ring:
        if prev is not None and abs(lon) == 180 and prev[0] == lon and abs(lat - prev[1]) > 2:
            steps = int(abs(lat - prev[1]) // 2)
            out.extend(projection.point(lon, prev[1] + (lat - prev[1]) * i / steps) for i in range(1, steps))
        out.append(projection.point(lon, lat))
        prev = (lon, lat)
    return out


@lru_cache(maxsize=2048)
def _projected(code: str | None, projection: Projection) -> tuple[Polygon, ...]:
    """A country's polygons cut at the antimeridian and projected onto the canvas."""
    if code not in _shapes():
        raise KeyError(f"no shape for country {code!r}; see has_shape() and capital()")
    return tuple(
        [_project_ring(ring, projection) for ring in piece]
        for polygon in _shapes()[code]
        for piece in _cut_polygon(polygon)
    )


def _ring_area(ring: Ring) -> float:
    """Unsigned area of a ring (shoelace formula)."""
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in _edges(ring))) / 2


def _polygon_area(polygon: Polygon) -> float:
    """Area of a polygon less its holes."""
    return _ring_area(polygon[0]) - sum(_ring_area(hole) for hole in polygon[1:])


# ---------------------------------------------------------------------------------------------------
# SVG path data.


def _path(rings: list[Ring]) -> str:
    """SVG path data of closed rings at 0.1 px, skipping repeated points and rings that shrink to a speck."""
    parts = []
    for ring in rings:
        points: list[str] = []
        for x, y in ring:
            text = f"{x:.1f},{y:.1f}"
            if not points or points[-1] != text:
                points.append(text)
        if len(points) >= 3:
            parts.append("M" + "L".join(points) + "Z")
    return "".join(parts)


def country_path(code: str, projection: Projection) -> str:
    """SVG path data of a country (exterior rings and holes wind oppositely: fill-rule evenodd or nonzero)."""
    return _path([ring for polygon in _projected(code.upper(), projection) for ring in polygon])


def land_path(projection: Projection) -> str:
    """SVG path data of all land, disputed areas no country owns included: the base layer under countries."""
    return "".join(_path([ring for polygon in _projected(code, projection) for ring in polygon]) for code in _shapes())


def disputed_path(projection: Projection) -> str:
    """SVG path data of the land no country owns (disputed areas); "" where there is none."""
    if None not in _shapes():
        return ""
    return _path([ring for polygon in _projected(None, projection) for ring in polygon])


def sphere_path(projection: Projection) -> str:
    """SVG path data of the globe's outline (its west edge up, its east edge down; the poles are lines)."""
    edge = [projection.point(-180, lat) for lat in range(-90, 91)]
    edge += [projection.point(180, lat) for lat in range(90, -91, -1)]
    return _path([edge])


def graticule_path(projection: Projection, step: int = 30) -> str:
    """SVG path data of meridians and parallels every ``step`` degrees (open lines, stroke them)."""
    lines = [[(lon, lat) for lat in range(-90, 91, 2)] for lon in range(-180 + step, 180, step)]
    lines += [[(lon, lat) for lon in range(-180, 181, 2)] for lat in range(-90 + step, 90, step)]
    return "".join(line_path(line, projection) for line in lines)


def line_path(points: Sequence[Point], projection: Projection) -> str:
    """SVG path data of a (lon, lat) polyline, lifted at ±180° so it leaves one map edge and enters the other."""
    parts: list[str] = []
    prev: Point | None = None
    for lon, lat in points:
        if prev is not None and abs(lon - prev[0]) > 180:
            # Where the segment meets the edge: continue lon past ±180 (e.g. -179 as 181) and interpolate.
            edge = math.copysign(180, prev[0])
            t = (edge - prev[0]) / (lon + math.copysign(360, prev[0]) - prev[0])
            edge_lat = prev[1] + t * (lat - prev[1])
            parts.append("L{:.1f},{:.1f}".format(*projection.point(edge, edge_lat)))
            parts.append("M{:.1f},{:.1f}".format(*projection.point(-edge, edge_lat)))
        parts.append(("L" if prev else "M") + "{:.1f},{:.1f}".format(*projection.point(lon, lat)))
        prev = (lon, lat)
    return "".join(parts)


# ---------------------------------------------------------------------------------------------------
# Size and placement.


def area(code: str, projection: Projection) -> float:
    """Projected area of a country in px² (0 when it has no shape)."""
    if not has_shape(code):
        return 0.0
    return sum(_polygon_area(polygon) for polygon in _projected(code.upper(), projection))


def is_small(code: str, projection: Projection, min_area: float = SMALL_AREA) -> bool:
    """Whether a country is too small to see at this scale (or has no shape), so it needs a dot."""
    return area(code, projection) < min_area


def _distance_to_edges(point: Point, polygon: Polygon) -> float:
    """Distance from a point to the nearest edge of a polygon's rings."""
    px, py = point
    best = math.inf
    for ring in polygon:
        for (x0, y0), (x1, y1) in _edges(ring):
            dx, dy = x1 - x0, y1 - y0
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - x0) * dx + (py - y0) * dy) / length2))
            best = min(best, math.hypot(px - x0 - t * dx, py - y0 - t * dy))
    return best


def interior_point(code: str, projection: Projection, scanlines: int = 24) -> Point:
    """A canvas point inside the country's largest polygon, far from its edges: for labels, dots and tests."""
    polygon = max(_projected(code.upper(), projection), key=_polygon_area)
    ys = [y for _, y in polygon[0]]
    top, bottom = min(ys), max(ys)
    best, best_distance = polygon[0][0], -1.0
    for k in range(scanlines):
        # A horizontal line crosses the rings an even number of times; between the 1st and 2nd crossing,
        # the 3rd and 4th... the line is inside (even-odd), so an interval's midpoint is inside.  The
        # centroid is no such guarantee: it falls outside concave shapes such as Chile or Croatia.
        y = top + (k + 0.5) * (bottom - top) / scanlines
        crossings = sorted(
            x0 + (y - y0) * (x1 - x0) / (y1 - y0)
            for ring in polygon
            for (x0, y0), (x1, y1) in _edges(ring)
            if (y0 > y) != (y1 > y)
        )
        intervals = list(zip(crossings[::2], crossings[1::2], strict=True))
        if not intervals:
            continue
        left, right = max(intervals, key=lambda interval: interval[1] - interval[0])
        candidate = ((left + right) / 2, y)
        distance = _distance_to_edges(candidate, polygon)
        if distance > best_distance:
            best, best_distance = candidate, distance
    return best


@cache
def _capitals() -> dict[str, tuple[str, float, float]]:
    """Capitals keyed by country code, read once from capitals.csv."""
    with (REFERENCE / "capitals.csv").open(encoding="utf-8", newline="") as handle:
        return {row["code"]: (row["capital"], float(row["lon"]), float(row["lat"])) for row in csv.DictReader(handle)}


def capital(code: str) -> tuple[str, float, float] | None:
    """The capital's (name, lon, lat), or None for places without one (AQ, BV, HM, TK, UM)."""
    return _capitals().get(code.upper())


def locate(code: str, projection: Projection) -> Point | None:
    """Where to put a country's dot or route end: its capital, else a point inside it, else None."""
    city = capital(code)
    if city is not None:
        return projection.point(city[1], city[2])
    return interior_point(code, projection) if has_shape(code) else None


# ---------------------------------------------------------------------------------------------------
# Routes.


def _unit_vector(lon: float, lat: float) -> tuple[float, float, float]:
    """A (lon, lat) in degrees as a point on the unit sphere."""
    lam, phi = math.radians(lon), math.radians(lat)
    return math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi)


def great_circle(a: Point, b: Point, steps: int = 64) -> list[Point]:
    """``steps + 1`` (lon, lat) points along the shortest path from a to b; draw them with line_path()."""
    va, vb = _unit_vector(*a), _unit_vector(*b)
    cross = (va[1] * vb[2] - va[2] * vb[1], va[2] * vb[0] - va[0] * vb[2], va[0] * vb[1] - va[1] * vb[0])
    # The angle between a and b, from atan2 because acos loses all precision for nearby points.
    omega = math.atan2(math.hypot(*cross), sum(p * q for p, q in zip(va, vb, strict=True)))
    if math.sin(omega) < 1e-9:  # the same place, or antipodes where every great circle is as short
        return [a, b]
    points = [a]
    for i in range(1, steps):
        # Spherical linear interpolation: constant speed along the arc between the two unit vectors.
        f, g = math.sin((1 - i / steps) * omega), math.sin(i / steps * omega)
        x, y, z = ((f * p + g * q) / math.sin(omega) for p, q in zip(va, vb, strict=True))
        points.append((math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y)))))
    points.append(b)
    return points


def route_path(a: str, b: str, projection: Projection, steps: int = 64) -> str:
    """SVG path data of the great circle between two countries' capitals ("" if either has none)."""
    ends = [capital(a), capital(b)]
    if ends[0] is None or ends[1] is None:
        return ""
    return line_path(great_circle(ends[0][1:], ends[1][1:], steps), projection)
