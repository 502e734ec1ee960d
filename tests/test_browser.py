"""A real browser draws the map and the report with the network out of reach.

Headless Chromium (Debian's ``chromium``; ``.ci/run`` installs it) renders the files to PNG.
Every connection it tries goes to a trap: a proxy on this machine that records the request and
answers nothing. Chromium calls a few hosts of its own whatever the page (its updater); those,
seen with a blank page, are set aside, and a page that does fetch something is shown to be
caught. The pixels are then read back: the page is not blank, each visited country shows its
colour at a point inside it in the projection, an unvisited one shows plain land, and the
report asked for nothing at all.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from visitkb.pictures import geo, maps, report
from visitkb.pictures.svg import LAND

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="headless Chromium is not installed (apt-get install chromium); CI installs it and runs these tests",
)
Image = pytest.importorskip("PIL.Image", reason="Pillow reads the screenshots: pip install '.[test]'")


class Trap:
    """A proxy on loopback that records the first line of every request sent to it and answers nothing."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.requests: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(1)
                try:
                    first = connection.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
                except OSError:
                    first = "(connection without a request)"
                self.requests.append(first)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.server.close()


# Chromium's own services, which it calls at start-up whatever the page and whatever the flags (its
# updater, its network clock, its accounts): by exact name, so that no host a page might use (fonts,
# map tiles) is set aside.
CHROMIUM_SERVICES = {"update.googleapis.com", "accounts.google.com", "clients2.google.com"}


def host(request: str) -> str:
    """The host a request line asks for: ``CONNECT host:443 ...`` or ``GET http://host/path ...``."""
    target = request.split(" ")[1] if " " in request else request
    return target.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]


@pytest.fixture
def trap():
    proxy = Trap()
    yield proxy
    proxy.close()


@pytest.fixture(scope="session")
def browser_own_hosts(tmp_path_factory) -> set[str]:
    """The hosts Chromium calls by itself (its updater, its accounts) whatever the page: seen with a blank page."""
    folder = tmp_path_factory.mktemp("blank")
    page = folder / "blank.html"
    page.write_text("<!DOCTYPE html><html><body><p>blank</p></body></html>", encoding="utf-8")
    proxy = Trap()
    try:
        screenshot(page, folder / "blank.png", 400, 300, proxy)
    finally:
        proxy.close()
    return CHROMIUM_SERVICES | {host(r) for r in proxy.requests}


def page_requests(trap: Trap, own: set[str]) -> list[str]:
    """What the page asked for: every request but those to the hosts the browser calls by itself."""
    return [r for r in trap.requests if host(r) not in own]


def screenshot(page: Path, png: Path, width: int, height: int, trap: Trap) -> Image.Image:
    """Render a file in headless Chromium with every request sent to the trap, and read the PNG."""
    assert CHROMIUM is not None, "CI must have chromium: .ci/run installs it"
    profile = png.parent / f"profile-{png.stem}"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={profile}",
        f"--proxy-server=http://127.0.0.1:{trap.port}",
        "--proxy-bypass-list=<-loopback>",  # loopback too goes to the trap
        f"--window-size={width},{height}",
        f"--screenshot={png}",
        page.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert png.exists(), f"chromium wrote no screenshot of {page.name}"
    return Image.open(png).convert("RGB")


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def near(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a, b, strict=True))


def share(image: Image.Image, centre: tuple[float, float], colour: tuple[int, int, int], radius: int = 3) -> float:
    """The share of the pixels around a point that have a colour (a route or a border may cross one)."""
    x, y = round(centre[0]), round(centre[1])
    pixels = [
        image.getpixel((i, j)) for i in range(x - radius, x + radius + 1) for j in range(y - radius, y + radius + 1)
    ]
    return sum(near(p, colour) for p in pixels) / len(pixels)


def not_blank(image: Image.Image) -> None:
    small = image.resize((200, max(1, image.height * 200 // image.width)))
    pixels = [small.getpixel((x, y)) for y in range(small.height) for x in range(small.width)]
    assert len(set(pixels)) > 20
    assert sum(1 for p in pixels if p != (255, 255, 255)) > len(pixels) * 0.2


def test_the_map_shows_visited_countries_in_their_colours_and_others_as_land(
    bundled, tmp_path, trap, browser_own_hosts
):
    data = maps.travel_map(bundled, leader="xi")
    svg = maps.map_svg(data)
    page = tmp_path / "xi.svg"
    page.write_text(svg, encoding="utf-8")
    root = ET.fromstring(svg)
    top = float(next(e for e in root.iter() if e.get("id") == "map").get("transform").split()[1].rstrip(")"))
    image = screenshot(page, tmp_path / "xi.png", int(root.get("width")), int(root.get("height")), trap)
    not_blank(image)
    projection = maps.projection()
    fills = {e.get("data-iso"): e.get("fill") for e in root.iter() if e.get("data-visits") and e.get("fill")}
    visited = {c["code"] for c in data["countries"]}
    checked = 0
    for code in sorted(visited):
        if not geo.has_shape(code) or geo.area(code, projection) < 300:  # a few pixels wide: the dot test below
            continue
        x, y = geo.interior_point(code, projection)
        # Most of the pixels around the point: a route, a line two pixels wide, may cross it.
        assert share(image, (x, y + top), rgb(fills[code])) > 0.5, code
        checked += 1
    assert checked >= 5
    # Unvisited countries, the largest: plain land where they are, no visit colour.
    others = sorted((c for c in geo.codes() if c not in visited), key=lambda c: -geo.area(c, projection))[:8]
    for code in others:
        x, y = geo.interior_point(code, projection)
        assert share(image, (x, y + top), rgb(LAND)) > 0.5, code
        assert all(share(image, (x, y + top), rgb(fill)) == 0 for fill in set(fills.values())), code
    # Trinidad and Tobago, too small to see, is a dot of its colour at its capital.
    dot = next(e for e in root.iter() if e.get("class") == "dot" and e.get("data-iso") == "TT")
    assert share(image, (float(dot.get("cx")), float(dot.get("cy")) + top), rgb(dot.get("fill")), radius=1) > 0.5
    assert page_requests(trap, browser_own_hosts) == []


def test_the_report_renders_offline_and_asks_the_network_for_nothing(bundled, tmp_path, trap, browser_own_hosts):
    page = tmp_path / "xi.html"
    page.write_text(report.leader_report(bundled, "xi"), encoding="utf-8")
    image = screenshot(page, tmp_path / "report.png", 1100, 1600, trap)
    not_blank(image)
    visit_colour = rgb(maps.map_svg(maps.travel_map(bundled, leader="xi")).split('data-visits="1" fill="')[1][:7])
    shown = sum(
        1
        for y in range(0, image.height, 2)
        for x in range(0, image.width, 2)
        if near(image.getpixel((x, y)), visit_colour)
    )
    assert shown > 500  # the map is drawn: its visited countries show
    assert page_requests(trap, browser_own_hosts) == []


def test_the_trap_sees_a_page_that_does_fetch(tmp_path, trap, browser_own_hosts):
    """The check above means something: a page that loads an image from elsewhere is caught."""
    page = tmp_path / "fetching.html"
    page.write_text('<html><body><img src="http://example.invalid/pixel.png" alt=""></body></html>', encoding="utf-8")
    screenshot(page, tmp_path / "fetching.png", 400, 300, trap)
    assert [host(r) for r in page_requests(trap, browser_own_hosts)] == ["example.invalid"]
