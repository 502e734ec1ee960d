"""The one-file HTML report: self-contained, every citation with its source, accessible, small."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from conftest import cli
from visitkb import profiles, queries
from visitkb.pictures import report

LIMIT = 1_500_000


class Page(HTMLParser):
    """What a browser would fetch from a page, its ids and its links."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.fetched: list[str] = []
        self.ids: set[str] = set()
        self.id_list: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        if "id" in attributes:
            self.ids.add(attributes["id"])
            self.id_list.append(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        for name in ("src", "srcset", "data", "poster", "background"):
            if attributes.get(name):
                self.fetched.append(attributes[name])
        if tag == "link" or (tag != "a" and attributes.get("href")) or attributes.get("xlink:href"):
            self.fetched.append(attributes.get("href") or attributes.get("xlink:href") or tag)
        for value in attributes.values():
            if value and "url(" in value and "url(#" not in value:
                self.fetched.append(value)


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    return page


def self_contained(text: str) -> None:
    page = parse(text)
    assert "script" not in page.tags and "iframe" not in page.tags and "object" not in page.tags
    assert page.fetched == []
    css = " ".join(re.findall(r"<style>(.*?)</style>", text, re.S))
    assert "@import" not in css and not re.search(r"url\((?!#)", css)
    assert len(text.encode("utf-8")) < LIMIT
    assert len(page.id_list) == len(set(page.id_list))  # no id twice on the page


@pytest.mark.parametrize(
    "make", [lambda kb: report.leader_report(kb, "xi"), lambda kb: report.country_report(kb, "chile")]
)
def test_reports_are_self_contained_small_and_accessible(bundled, make):
    text = make(bundled)
    self_contained(text)
    assert '<html lang="en">' in text and "<title>" in text and "@media print" in text
    page = parse(text)
    assert page.tags.count("svg") == 2  # the map and the timeline, inline
    assert all(f"{label}-svg-title" in page.ids and f"{label}-svg-desc" in page.ids for label in ("map", "timeline"))
    assert "caption" in page.tags and "th" in page.tags
    for link in page.links:  # every link inside the page lands on something
        if link.startswith("#"):
            assert link[1:] in page.ids, link


def test_a_leader_report_gives_every_citation_of_its_trips_with_its_source(bundled):
    text = report.leader_report(bundled, "xi")
    page = parse(text)
    unescaped = html.unescape(text)
    trips = queries.cite(bundled, queries.trips(bundled, leader="xi"), "trips")
    meetings = queries.cite(bundled, profiles.leader(bundled, "xi")["meetings"], "meetings")
    citations = [c for row in trips + meetings for c in row["citations"]]
    assert len(citations) > 20
    for citation in citations:
        said = citation["excerpt"] or citation["note"]
        assert " ".join(said.split()) in " ".join(unescaped.split()), said
        assert f"source-{citation['source']}" in page.ids
        source = bundled.get("sources", citation["source"])
        if source["url"]:
            assert source["url"] in page.links


def test_a_trip_report_has_its_legs_meetings_and_agreements(bundled):
    text = report.trip_report(bundled, "xi-2016-latin-america")
    self_contained(text)
    trip = queries.trip_row(bundled, bundled.get("trips", "xi-2016-latin-america"))
    for leg in trip["legs"]:
        assert html.escape(leg["country"]["name"]) in text
    for meeting in queries.meetings(bundled, leader="xi"):
        if meeting["visit"] and meeting["visit"]["id"] in {leg["id"] for leg in trip["legs"]}:
            assert meeting["id"] in text


def test_report_command_writes_a_page_and_refuses_bad_input(tmp_path):
    out = tmp_path / "xi.html"
    assert cli("report", "--leader", "xi", "--out", str(out)).returncode == 0
    self_contained(out.read_text(encoding="utf-8"))
    result = cli("report", "--trip", "xi-2013-latin-america")  # into a pipe: the page itself
    assert result.returncode == 0 and result.stdout.startswith("<!DOCTYPE html>")
    for args in ([], ["--leader", "xi", "--country", "peru"], ["--trip", "nope"], ["--leader", "xi", "--out", "x.svg"]):
        result = cli("report", *args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr, args
