"""The travel map: where trips went, shaded by visits, with each trip's legs joined in order.

:func:`travel_map` answers with a JSON-ready dict (the countries with their visits, the routes,
the notes); :func:`map_svg`, :func:`map_html` and :func:`map_summary` draw it. Countries are
keyed by their code everywhere, and every drawn country carries it in ``data-iso``.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache
from typing import Any

from .. import queries
from ..dates import PartialDate
from ..errors import UnknownName
from ..kb import KnowledgeBase
from ..names import country_name, former_state, resolve_country, resolve_leader
from ..records import Record
from . import geo
from .svg import BORDER, INK, LAND, MUTED, ROUTE, WATER, class_of, count_classes, document, esc, page, ramp

Row = dict[str, Any]

WIDTH = 1000
HEADER = 64
"""Height of the title above the map, in pixels: the map itself starts this far down."""
LABELS = 40
"""At most this many countries are named on the map (the most visited): more would cover it."""
ROUTES = 200
"""At most this many routes are drawn (the most travelled); the rest are counted in a note."""
ATTRIBUTION = "Shapes: Natural Earth (public domain). Capitals: GeoNames (CC BY 4.0)."

Place = tuple[str, float, float]  # (name, lon, lat)


def projection() -> geo.Projection:
    """The projection every map is drawn in."""
    return geo.Projection(WIDTH, margin=10)


@cache
def largest_successor(code: str) -> str | None:
    """The successor of a former state with the most land (the Soviet Union: Russia), for its place."""
    former = former_state(code)
    if former is None:
        return None
    shaped = [s for s in former.successors if geo.has_shape(s)]
    return max(shaped, key=lambda s: geo.area(s, projection()), default=None)


def drawn_on(code: str) -> list[str]:
    """The codes whose shapes show a country: its own, else (a former state) its successors'."""
    if geo.has_shape(code):
        return [code]
    former = former_state(code)
    return [s for s in former.successors if geo.has_shape(s) or geo.capital(s)] if former else []


def _capital_of(code: str) -> Place | None:
    """A country's capital; a former state's is that of its largest successor (Moscow for the Soviet Union)."""
    city = geo.capital(code)
    if city is None and former_state(code) is not None and not geo.has_shape(code):
        successor = largest_successor(code)
        city = geo.capital(successor) if successor else None
    return city


def _place(leg: Record) -> Place | None:
    """Where a leg is drawn: the first of its stops with cited coordinates, else its country's capital."""
    for stop in leg.get("stops") or []:
        if stop.get("coordinates"):
            return stop["city"], stop["coordinates"]["lon"], stop["coordinates"]["lat"]
    return _capital_of(leg["country"])


def travel_map(
    kb: KnowledgeBase,
    leader: str | None = None,
    country: str | None = None,
    year: int | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    with_predecessors: bool = False,
    trip: str | None = None,
) -> Row:
    """The map of the trips that the filters of ``trips`` select (or of one trip, by id), as data."""
    if trip is not None:
        return map_of(kb, [trip], scope_of(kb, None, None, None, None, None, [trip_record(kb, trip)]))
    scope = scope_of(kb, leader, country, year, since, until, None)
    if not (leader or country or year or since or until):
        return map_of(kb, None, scope)  # every trip: no record need be read
    records = queries.selected_trips(kb, leader, country, year, since, until, with_predecessors)
    return map_of(kb, [r["id"] for r in records], scope)


def trip_record(kb: KnowledgeBase, trip_id: str) -> Record:
    """A trip by its id; an unknown id raises UnknownName with the closest ids."""
    record = kb.get("trips", trip_id)
    if record is None:
        import difflib

        raise UnknownName("trip", trip_id, difflib.get_close_matches(trip_id, sorted(kb.ids("trips")), n=3))
    return record


def scope_of(kb: KnowledgeBase, leader, country, year, since, until, one_trip: list[Record] | None) -> Row:
    """What the map shows, in words: its title and the filter that chose the trips."""
    if one_trip:
        trip = one_trip[0]
        who = queries.common.person_ref(kb, trip["leader"])
        return {"title": trip["title"], "filter": f"trip {trip['id']} ({who['name'] if who else trip['leader']})"}
    title, said = [], []  # the title's words ("of Xi Jinping") and the filter's ("leader Xi Jinping")
    if leader:
        leader_id = resolve_leader(kb, leader)
        person = kb.get("people", leader_id)
        name = person["name"] if person else leader_id
        title.append(f"of {name}")
        said.append(f"leader {name}")
    if country:
        name = country_name(resolve_country(kb, country), kb)
        title.append(f"to {name}")
        said.append(f"visiting {name}")
    for word, value in (("in", year), ("since", since), ("until", until)):
        if value:
            title.append(f"{word} {value}")
            said.append(f"{word} {value}")
    return {"title": " ".join(["Trips", *title]) if title else "All trips", "filter": ", ".join(said) or "none"}


def map_of(kb: KnowledgeBase, trip_ids: list[str] | None, scope: Row) -> Row:
    """The map's data for some trips (None: every trip): visits per country, routes between places, notes.

    It reads only the legs' places from the index, never whole records, so that a map of every leg of
    100,000 trips is drawn in well under a second.
    """
    visits: Counter[str] = Counter()
    remote: Counter[str] = Counter()
    labels: dict[str, str] = {}
    capitals: dict[str, Place | None] = {}

    def where(place: tuple) -> Place | None:
        code, _mode, _label, city, lon, lat = place
        if lon is not None and lat is not None:
            return city or code, lon, lat
        if code not in capitals:
            capitals[code] = _capital_of(code)
        return capitals[code]

    # Counted by the index, so that every leg of 100,000 trips is not read one by one.
    routes: Counter[tuple[Place, Place]] = Counter()
    for before, (code, mode, label, *rest), count in kb.place_tally(trip_ids):
        if mode != "in-person":
            remote[code] += count
            continue
        visits[code] += count
        if label:  # the first in alphabetical order, where legs give several
            labels[code] = min(labels.get(code, label), label)
        if before is not None:
            a, b = where(before), where((code, mode, label, *rest))
            if a is not None and b is not None and a != b:
                routes[(a, b)] += count
    stops: list[Row] = []
    if trip_ids is not None and len(trip_ids) == 1:  # one trip: its places numbered in order
        for _, place in kb.trip_places(trip_ids):
            at = where(place)
            if place[1] == "in-person" and at is not None:
                stops.append(
                    {"number": len(stops) + 1, "country": place[0], "place": at[0], "lon": at[1], "lat": at[2]}
                )
    trips, first, last = kb.span("trips", trip_ids)
    countries: list[Row] = []
    for code, count in sorted(visits.items(), key=lambda item: (-item[1], item[0])):
        former = former_state(code) if not geo.has_shape(code) else None
        countries.append(
            {
                "code": code,
                "name": country_name(code, kb),
                "label": labels.get(code) or country_name(code, kb),
                "visits": count,
                "former": former is not None,
                "drawn_on": drawn_on(code),
            }
        )
    notes = []
    for entry in countries:
        if entry["former"]:
            successors = ", ".join(country_name(c, kb) for c in entry["drawn_on"]) or "no territory of today"
            notes.append(
                f"{entry['label']} ({entry['code']}) no longer exists: drawn, hatched, on the territory of "
                f"{successors}."
            )
        elif not entry["drawn_on"] and _capital_of(entry["code"]) is None:
            notes.append(f"{entry['name']} ({entry['code']}) has no shape or capital to draw it by.")
    if remote:
        notes.append(
            "Not counted as visits (attended by video, phone or a representative, or only planned): "
            + ", ".join(f"{country_name(c, kb)} ({n})" for c, n in sorted(remote.items()))
            + "."
        )
    ranked = routes.most_common()
    if len(ranked) > ROUTES:
        notes.append(f"The {ROUTES} most travelled of {len(ranked):,} routes are drawn.")
    return {
        "title": scope["title"],
        "filter": scope["filter"],
        "trips": trips,
        "legs": sum(visits.values()),
        "period": {"start": first, "end": last},
        "countries": countries,
        "routes": [
            {"from": a[0], "to": b[0], "points": [[a[1], a[2]], [b[1], b[2]]], "trips": n}
            for (a, b), n in ranked[:ROUTES]
        ],
        "stops": stops,
        "notes": notes,
    }


# ---------------------------------------------------------------------------------------------------
# Drawing.


def subtitle(data: Row) -> str:
    """The line under the title: the filter, how many trips and countries, and the dates they span."""
    period = data["period"]
    span = f"{period['start']} to {period['end']}" if period["start"] else "dates unknown"
    trips = f"{data['trips']:,} trip" + ("s" if data["trips"] != 1 else "")
    places = f"{len(data['countries']):,} countr" + ("ies" if len(data["countries"]) != 1 else "y")
    return f"Filter: {data['filter']}. {trips}, {places}, {span}."


def _label_text(entry: Row) -> str:
    return entry["label"] + (f" ({entry['visits']})" if entry["visits"] > 1 else "")


def map_svg(data: Row) -> str:
    """The map as a standalone SVG document."""
    proj = projection()
    classes = count_classes(max((c["visits"] for c in data["countries"]), default=1))
    colours = ramp(len(classes))

    def colour(count: int) -> str:
        return colours[class_of(count, classes)]

    current = {c["code"]: c for c in data["countries"] if not c["former"]}
    former = [c for c in data["countries"] if c["former"]]
    body: list[str] = [
        f'<text x="12" y="26" font-size="19" font-weight="bold" fill="{INK}">{esc(data["title"])}</text>',
        f'<text x="12" y="48" font-size="12.5" fill="{MUTED}">{esc(subtitle(data))}</text>',
        f'<g id="map" transform="translate(0 {HEADER})">',
        f'<path d="{geo.sphere_path(proj)}" fill="{WATER}" stroke="#b8c4cc" stroke-width=".6"/>',
        f'<path d="{geo.graticule_path(proj)}" fill="none" stroke="#d4dee5" stroke-width=".4"/>',
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="2" height="6" fill="#ffffff" fill-opacity=".55"/></pattern></defs>',
        f'<g fill="{LAND}" stroke="{BORDER}" stroke-width=".35" stroke-linejoin="round">',
    ]
    for code in geo.codes():
        if code not in current:
            body.append(f'<path data-iso="{code}" d="{geo.country_path(code, proj)}"/>')
    disputed = geo.disputed_path(proj)
    if disputed:
        body.append(f'<path d="{disputed}"/>')
    body.append("</g>")
    for entry in former:  # under today's visited countries, which stay visible on top
        shaped = [s for s in entry["drawn_on"] if geo.has_shape(s)]
        paths = "".join(geo.country_path(s, proj) for s in shaped)
        tip = f"{entry['label']} ({entry['code']}): {entry['visits']} visit{'s' if entry['visits'] > 1 else ''}"
        body.append(
            f'<g data-iso="{entry["code"]}" data-visits="{entry["visits"]}" data-former="1" '
            f'data-drawn-on="{" ".join(entry["drawn_on"])}" stroke="{BORDER}" stroke-width=".35">'
            f"<title>{esc(tip)}</title>"
            f'<path d="{paths}" fill="{colour(entry["visits"])}"/><path d="{paths}" fill="url(#hatch)"/></g>'
        )
    body.append(f'<g stroke="{BORDER}" stroke-width=".35" stroke-linejoin="round">')
    for code, entry in current.items():
        if geo.has_shape(code):
            tip = f"{entry['label']}: {entry['visits']} visit{'s' if entry['visits'] > 1 else ''}"
            body.append(
                f'<path data-iso="{code}" data-visits="{entry["visits"]}" fill="{colour(entry["visits"])}" '
                f'd="{geo.country_path(code, proj)}"><title>{esc(tip)}</title></path>'
            )
    body.append("</g>")
    # Routes, widest for the most travelled.
    # Widths from 1 to 4 px over the range of the routes drawn; fainter where many cross.
    most = max((r["trips"] for r in data["routes"]), default=1)
    least = min((r["trips"] for r in data["routes"]), default=1)
    opacity = ".75" if len(data["routes"]) <= 40 else ".45"
    body.append(f'<g fill="none" stroke="{ROUTE}" stroke-opacity="{opacity}" stroke-linecap="round">')
    for route in reversed(data["routes"]):
        (lon0, lat0), (lon1, lat1) = route["points"]
        steps = max(2, min(64, int(math.dist((lon0, lat0), (lon1, lat1)) / 3)))
        width = 1.6 if most == least else 1 + 3 * (route["trips"] - least) / (most - least)
        path = geo.line_path(geo.great_circle((lon0, lat0), (lon1, lat1), steps), proj)
        body.append(
            f'<path class="route" data-from="{esc(route["from"])}" data-to="{esc(route["to"])}" '
            f'data-trips="{route["trips"]}" stroke-width="{width:.1f}" d="{path}"/>'
        )
    body.append("</g>")
    # Small states and places with no shape: a dot, so that they cannot vanish.
    dots = []
    for entry in data["countries"]:
        codes = entry["drawn_on"] if entry["former"] else [entry["code"]]
        small = [c for c in codes if geo.is_small(c, proj)]
        if entry["former"] and len(small) < len(codes):
            continue  # a former state with land to see needs no dot
        for code in small:
            place = _capital_of(code) or _capital_of(entry["code"])
            point = proj.point(place[1], place[2]) if place else None
            if point is None and geo.has_shape(code):
                point = geo.interior_point(code, proj)
            if point is None:
                continue
            # A white ring inside a dark one: the dot stands out even on a neighbour of its own colour.
            dots.append(
                f'<circle cx="{point[0]:.1f}" cy="{point[1]:.1f}" r="5.6" fill="none" stroke="{INK}" stroke-width="1"/>'
                f'<circle class="dot" data-iso="{entry["code"]}" data-visits="{entry["visits"]}" '
                f'cx="{point[0]:.1f}" cy="{point[1]:.1f}" r="4.4" fill="{colour(entry["visits"])}" '
                f'stroke="#ffffff" stroke-width="1.4"><title>{esc(_label_text(entry))} (drawn as a dot)</title>'
                "</circle>"
            )
    # Labels of the most visited countries, with a white halo so that they read over any colour.
    body.append(
        f'<g font-size="10.5" fill="{INK}" stroke="#ffffff" stroke-width="2.6" paint-order="stroke" '
        'stroke-linejoin="round">'
    )
    for entry in data["countries"][:LABELS]:
        point = _label_point(entry, proj)
        if point is not None and entry["former"]:  # below where its largest successor's own name would go
            point = (point[0], point[1] + 14)
        if point is not None:
            body.append(f'<text x="{point[0] + 8:.1f}" y="{point[1] - 6:.1f}">{esc(_label_text(entry))}</text>')
    body.append("</g>")
    body.extend(dots)
    # Numbered stops of a single trip.
    for stop in data["stops"]:
        # A badge up and to the left of the place, so that it hides neither a dot nor the route's end.
        x, y = proj.point(stop["lon"], stop["lat"])
        bx, by = x - 9, y - 9
        body.append(
            f'<g class="stop" data-iso="{stop["country"]}" data-number="{stop["number"]}">'
            f'<path d="M{x:.1f},{y:.1f}L{bx:.1f},{by:.1f}" stroke="{ROUTE}" stroke-width="1"/>'
            f'<circle cx="{bx:.1f}" cy="{by:.1f}" r="6.5" fill="{ROUTE}"/>'
            f'<text x="{bx:.1f}" y="{by + 3.3:.1f}" font-size="9" text-anchor="middle" fill="#ffffff" '
            f'font-weight="bold">{stop["number"]}</text></g>'
        )
    body.append("</g>")
    body.extend(_legend(data, classes, colours, HEADER + proj.height))
    height = HEADER + proj.height + _legend_height(data)
    description = (
        f"World map. {subtitle(data)} Visited: "
        + ", ".join(f"{c['label']} {c['visits']}" for c in data["countries"][:60])
        + ("." if len(data["countries"]) <= 60 else f", and {len(data['countries']) - 60} more.")
    )
    return document(WIDTH, height, data["title"], description, body)


def _label_point(entry: Row, proj: geo.Projection) -> tuple[float, float] | None:
    """Where a country's name goes: beside its dot or its capital when small, else inside its largest part."""
    codes = entry["drawn_on"] or [entry["code"]]
    big = [c for c in codes if geo.has_shape(c) and not geo.is_small(c, proj)]
    if big:
        return geo.interior_point(max(big, key=lambda c: geo.area(c, proj)), proj)
    place = _capital_of(codes[0]) or _capital_of(entry["code"])
    return proj.point(place[1], place[2]) if place else None


NOTE_WIDTH = 150
"""Characters of a note's line under the map (11.5 px text across the map's width)."""


def _note_lines(data: Row) -> list[str]:
    import textwrap

    return [line for note in data["notes"] for line in textwrap.wrap(note, NOTE_WIDTH)]


def _legend_height(data: Row) -> int:
    return 72 + 16 * len(_note_lines(data))


def _legend(data: Row, classes: list[tuple[int, int]], colours: list[str], top: float) -> list[str]:
    """The key: the colours of visit counts, dots, routes and hatching; then the notes and the sources."""
    out = [f'<g id="legend" transform="translate(12 {top + 14:.0f})" font-size="11.5" fill="{INK}">']
    out.append('<text x="0" y="10" font-weight="bold">Visits</text>')
    x = 48
    for (low, high), fill in zip(classes, colours, strict=True):
        text = str(low) if low == high else f"{low}–{high}"
        out.append(f'<rect x="{x}" y="0" width="16" height="12" fill="{fill}" stroke="#999" stroke-width=".5"/>')
        out.append(f'<text x="{x + 20}" y="10">{text}</text>')
        x += 30 + 7 * len(text)
    out.append(f'<rect x="{x}" y="0" width="16" height="12" fill="{LAND}" stroke="#999" stroke-width=".5"/>')
    out.append(f'<text x="{x + 20}" y="10">none</text>')
    out.append(
        f'<circle cx="8" cy="31" r="5.6" fill="none" stroke="{INK}" stroke-width="1"/>'
        f'<circle cx="8" cy="31" r="4.4" fill="{colours[-1]}" stroke="#ffffff" stroke-width="1.4"/>'
        '<text x="20" y="35">too small to see: a dot at the capital</text>'
        f'<path d="M270,31 L300,31" stroke="{ROUTE}" stroke-width="2.2"/>'
        '<text x="306" y="35">legs in order, capital to capital (or the city given); wider: more trips</text>'
    )
    out.append(
        f'<rect x="0" y="44" width="16" height="12" fill="{colours[-1]}"/>'
        '<rect x="0" y="44" width="16" height="12" fill="url(#hatch)"/>'
        '<text x="20" y="54">former state, drawn on its successors\' territory with the name of the time</text>'
    )
    for index, line in enumerate(_note_lines(data)):
        out.append(f'<text x="0" y="{72 + 16 * index}" fill="{MUTED}">{esc(line)}</text>')
    out.append(
        f'<text x="{WIDTH - 24}" y="54" text-anchor="end" font-size="10" fill="{MUTED}">{esc(ATTRIBUTION)}</text>'
    )
    out.append("</g>")
    return out


def map_html(data: Row) -> str:
    """The map in a self-contained HTML page, with a table of the countries and their visits."""
    from .svg import inline

    rows = "".join(
        f"<tr><td>{esc(c['label'])}</td><td>{esc(c['code'])}</td><td>{c['visits']}</td></tr>" for c in data["countries"]
    )
    notes = "".join(f"<li>{esc(n)}</li>" for n in data["notes"])
    return page(
        data["title"],
        [
            f"<h1>{esc(data['title'])}</h1>",
            f'<p class="lead">{esc(subtitle(data))}</p>',
            f"<figure>{inline(map_svg(data), 'map')}</figure>",
            f'<ul class="notes">{notes}</ul>' if notes else "",
            "<table><caption>Countries visited</caption>"
            '<thead><tr><th scope="col">Country</th><th scope="col">Code</th><th scope="col">Visits</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>",
            f'<p class="muted">{esc(ATTRIBUTION)}</p>',
        ],
    )


def map_summary(data: Row) -> str:
    """A few lines for a terminal: the title, the countries with their visits, the notes."""
    lines = [data["title"], subtitle(data)]
    if data["countries"]:
        width = max(len(c["label"]) for c in data["countries"][:30])
        lines += [f"  {c['label']:<{width}}  {c['code']:<4}  {c['visits']:>4}" for c in data["countries"][:30]]
        if len(data["countries"]) > 30:
            lines.append(f"  ... and {len(data['countries']) - 30} more")
    lines += data["notes"]
    return "\n".join(lines) + "\n"
