"""The one-file report: a leader, a country or a trip as a self-contained HTML page.

The page holds the map and the timeline as inline SVG, the profile's tables, and every
citation with its source (publisher, date, link): inline CSS, no script, nothing to fetch,
readable when printed.
"""

from __future__ import annotations

from typing import Any

from .. import listings, profiles, queries
from ..kb import KnowledgeBase
from ..rendering import Listing
from . import charts, maps
from .svg import esc, inline, page

Row = dict[str, Any]

CITED_AS = {
    "relations": "relations",
    "partnerships": "partnerships",
    "visits_received": "visits",
    "visits_abroad": "visits",
    "host_leaders": "people",
    "leaders_met_there": "people",
    "counterparts": "people",
    "meetings": "meetings",
    "agreements": "agreements",
    "events_hosted": "events",
    "events": "events",
    "pledges": "targets",
    "trips": "trips",
    "legs": "visits",
}
"""The collection whose records a profile section's rows are (for their citations)."""


def leader_report(kb: KnowledgeBase, name: str) -> str:
    """A leader's report: trips on a map and a timeline, the profile's tables, every citation."""
    profile = profiles.leader(kb, name)
    person = profile["leader"]
    records = queries.selected_trips(kb, leader=person["id"])
    title = f"{person['name']}: travel report"
    where = (person["country"] or {}).get("name") or person["organization"] or ""
    scope = {"title": f"Trips of {person['name']}", "filter": f"leader {person['name']}"}
    return _report(
        kb,
        title,
        f"{person['name']}{', ' + where if where else ''}. {len(profile['trips'])} trips abroad in the knowledge base.",
        maps.map_of(kb, [r["id"] for r in records], scope),
        charts.timeline_chart(kb, profile["trips"], f"Trips of {person['name']}"),
        [(section, listing, profile[section]) for section, listing in listings.LEADER_SECTIONS],
        [("people", person["id"])],
    )


def country_report(kb: KnowledgeBase, name: str) -> str:
    """A country's report: the trips that visited it, on a map and a timeline; its profile; every citation."""
    profile = profiles.country(kb, name)
    country = profile["country"]
    records = queries.selected_trips(kb, country=country["code"])
    trips = [queries.trip_row(kb, record) for record in records]
    scope = {"title": f"Trips to {country['name']}", "filter": f"visiting {country['name']}"}
    return _report(
        kb,
        f"{country['name']} ({country['code']}): report",
        f"{country['name']}: {len(profile['visits_received'])} visits received, "
        f"{len(profile['visits_abroad'])} visits abroad by its leaders in the knowledge base.",
        maps.map_of(kb, [r["id"] for r in records], scope),
        charts.timeline_chart(kb, trips, f"Trips to {country['name']}"),
        [(section, listing, profile[section]) for section, listing in listings.COUNTRY_SECTIONS],
        [("countries", country["code"])],
    )


def trip_report(kb: KnowledgeBase, trip_id: str) -> str:
    """One trip's report: its legs on a map and a timeline, its meetings and agreements, every citation."""
    trip = queries.trip_row(kb, maps.trip_record(kb, trip_id))
    legs = {leg["id"] for leg in trip["legs"]}
    leader = trip["leader"]["id"] if trip["leader"] else None
    meetings = (
        [m for m in queries.meetings(kb, leader=leader) if m["visit"] and m["visit"]["id"] in legs] if leader else []
    )
    agreements = [a for a in queries.agreements(kb) if (a["trip"] or {}).get("id") == trip_id]
    legs_rows = [
        {**leg, "trip": {"id": trip["id"], "title": trip["title"]}, "leader": trip["leader"]} for leg in trip["legs"]
    ]
    scope = {"title": trip["title"], "filter": f"trip {trip_id}"}
    who = trip["leader"]["name"] if trip["leader"] else "unknown"
    return _report(
        kb,
        f"{trip['title']}: report",
        f"{who}, {trip['start'] or '?'} to {trip['end'] or '?'}: "
        + ", ".join(c["name"] for c in trip["countries"])
        + ".",
        maps.map_of(kb, [trip_id], scope),
        charts.timeline_chart(kb, [trip], trip["title"]),
        [
            ("trips", listings.TRIPS, [trip]),
            ("legs", listings.VISITS.without("Leader", "Trip"), legs_rows),
            ("meetings", listings.MEETINGS, meetings),
            ("agreements", listings.AGREEMENTS, agreements),
        ],
        [],
    )


def _report(
    kb: KnowledgeBase,
    title: str,
    lead: str,
    travel: Row,
    timeline: Row,
    sections: list[tuple[str, Listing, list[Row]]],
    own: list[tuple[str, str]],
) -> str:
    """The page: title, lead, map, timeline, one table per section, the citations, the sources."""
    cited: list[tuple[str, Row]] = []  # (section, row with its citations)
    body = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="lead">{esc(lead)}</p>',
        '<nav aria-label="Contents"><p>'
        + " · ".join(f'<a href="#{name}">{esc(_heading(name))}</a>' for name, _, rows in sections if rows)
        + ' · <a href="#citations">Citations</a> · <a href="#sources">Sources</a></p></nav>',
        '<h2 id="map">Map</h2>',
        f"<figure>{inline(maps.map_svg(travel), 'map')}"
        "<figcaption>Countries shaded by the number of visits; each trip's legs joined in order."
        "</figcaption></figure>",
    ]
    if travel["notes"]:
        body.append('<ul class="notes">' + "".join(f"<li>{esc(n)}</li>" for n in travel["notes"]) + "</ul>")
    body += [
        '<h2 id="timeline">Timeline</h2>',
        f"<figure>{inline(charts.timeline_svg(timeline), 'timeline')}"
        "<figcaption>One bar per leg over the days it ran; diamonds mark events attended.</figcaption></figure>",
    ]
    for name, listing, rows in sections:
        collection = CITED_AS.get(name)
        if collection:
            rows = queries.cite(kb, [dict(r) for r in rows], collection)
            cited += [(name, row) for row in rows]
        body.append(f'<h2 id="{name}">{esc(_heading(name))}</h2>')
        body.append(_table(_heading(name), listing, rows) if rows else '<p class="muted">None recorded.</p>')
    for collection, record_id in own:
        rows = queries.cite(kb, [{"id": record_id}], collection)
        record = kb.get(collection, record_id)
        rows[0]["title"] = queries.record_title(collection, record, kb) if record else record_id
        cited.insert(0, (collection, rows[0]))
    body += _citations(kb, cited)
    body.append(
        '<p class="muted">Made by visitkb from its knowledge base. Map shapes: Natural Earth (public domain); '
        "capital coordinates: GeoNames (CC BY 4.0).</p>"
    )
    return page(title, body)


def _heading(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _table(caption: str, listing: Listing, rows: list[Row]) -> str:
    """A profile section as an HTML table: the listing's columns, and a column of links to the sources."""
    listing = listing.without("Sources")  # a column of links to the sources replaces the plain one
    headers = list(listing.table)
    out = [f"<table><caption>{esc(caption)}</caption><thead><tr>"]
    out += [f'<th scope="col">{esc(h)}</th>' for h in headers]
    out.append('<th scope="col">Sources</th></tr></thead><tbody>')
    for row in rows:
        out.append("<tr>")
        out += [f"<td>{esc(getter(row) or '')}</td>" for getter in listing.table.values()]
        ids = list(dict.fromkeys(c["source"] for c in row.get("citations", []))) or list(row.get("sources") or [])
        out.append("<td>" + ", ".join(f'<a href="#source-{esc(s)}">{esc(s)}</a>' for s in ids) + "</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _citations(kb: KnowledgeBase, cited: list[tuple[str, Row]]) -> list[str]:
    """Every citation of every row shown, then the sources they name with their links."""
    out = ['<h2 id="citations">Citations</h2>']
    used: dict[str, None] = {}
    seen: set[tuple[str, str]] = set()
    for section, row in cited:
        key = (CITED_AS.get(section, section), str(row.get("id")))
        if key in seen or not row.get("citations"):
            continue
        seen.add(key)
        name = row.get("title") or row.get("name") or (row.get("country") or {}).get("name") or row.get("id")
        out.append(f'<h3>{esc(name)} <span class="muted">({esc(row.get("id"))})</span></h3><ol class="citations">')
        for citation in row["citations"]:
            used[citation["source"]] = None
            said = (
                f"<blockquote>“{esc(citation['excerpt'])}”</blockquote>"
                if citation["excerpt"]
                else esc(citation["note"] or citation["derived"] or "")
            )
            where = f' <span class="muted">[{esc(citation["at"])}]</span>' if citation["at"] != "citations" else ""
            out.append(
                f'<li><a href="#source-{esc(citation["source"])}">{esc(citation["publisher"] or citation["source"])}'
                f"</a>{', ' + esc(citation['date']) if citation['date'] else ''}{where}: {said}</li>"
            )
        out.append("</ol>")
    out.append('<h2 id="sources">Sources</h2><ol class="citations">')
    for source_id in used:
        source = kb.get("sources", source_id) or {}
        parts = [f"<strong>{esc(source.get('publisher') or source_id)}</strong>"]
        if source.get("via"):
            parts.append(f"via {esc(source['via'])}")
        if source.get("title"):
            parts.append(f"“{esc(source['title'])}”")
        if source.get("date"):
            parts.append(esc(source["date"]))
        if source.get("url"):
            parts.append(f'<a href="{esc(source["url"])}">{esc(source["url"])}</a>')
        if source.get("archived"):
            parts.append(f"archived text: {esc(source['archived'])}")
        out.append(
            f'<li id="source-{esc(source_id)}">{", ".join(parts)} <span class="muted">({esc(source_id)})</span></li>'
        )
    out.append("</ol>")
    return out
