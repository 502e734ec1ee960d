"""Writing SVG and self-contained HTML by hand: escaping, colour ramps, axes, and the page around a picture.

Pictures are strings built here, with no plotting library: every element is written out, so a file
opens offline in any browser, and its elements carry ``data-*`` attributes that tests can read.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from html import escape

# Colours: unvisited land, water, borders and text; a ramp of visit counts from light to dark.
LAND = "#dedede"
WATER = "#eef4f8"
BORDER = "#ffffff"
INK = "#222222"
MUTED = "#666666"
ROUTE = "#1f4e79"
RAMP_LIGHT, RAMP_DARK = (253, 212, 158), (179, 0, 0)
# Qualitative colours for series and stacks (Okabe & Ito's palette, readable with colour blindness).
SERIES = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"]

FONT = "font-family:'DejaVu Sans',Arial,Helvetica,sans-serif"


def esc(text: object) -> str:
    """Text made safe for an SVG or HTML element or a double-quoted attribute."""
    return escape(str(text), quote=True)


def ramp(classes: int) -> list[str]:
    """``classes`` colours from light to dark (one class: the dark end)."""
    if classes <= 1:
        return ["#{:02x}{:02x}{:02x}".format(*RAMP_DARK)]
    colours = []
    for k in range(classes):
        t = k / (classes - 1)
        r, g, b = (round(a + (z - a) * t) for a, z in zip(RAMP_LIGHT, RAMP_DARK, strict=True))
        colours.append(f"#{r:02x}{g:02x}{b:02x}")
    return colours


def count_classes(largest: int, most: int = 6) -> list[tuple[int, int]]:
    """Ranges of counts (low, high) for a colour ramp: one per count up to ``most``, else growing geometrically."""
    if largest <= most:
        return [(n, n) for n in range(1, largest + 1)]
    edges = sorted({1, *(max(1, round(largest ** (k / most))) for k in range(1, most))})
    bounds = [*edges, largest + 1]
    return [(low, high - 1) for low, high in zip(bounds, bounds[1:], strict=False) if high > low]


def class_of(count: int, classes: Sequence[tuple[int, int]]) -> int:
    """Index of the range a count falls in."""
    for index, (low, high) in enumerate(classes):
        if low <= count <= high:
            return index
    return len(classes) - 1


def document(width: float, height: float, title: str, description: str, body: Iterable[str]) -> str:
    """A standalone SVG document with a title and description for screen readers."""
    return "".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-labelledby="svg-title svg-desc" '
            f'style="{FONT};background:#ffffff">',
            f'<title id="svg-title">{esc(title)}</title><desc id="svg-desc">{esc(description)}</desc>',
            '<rect width="100%" height="100%" fill="#ffffff"/>',
            *body,
            "</svg>\n",
        ]
    )


def inline(svg: str, label: str) -> str:
    """An SVG document as an element of an HTML page: every id prefixed with ``label`` (and what refers
    to it), so that two pictures on one page share none, and scaled to the page."""
    import re

    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{label}-{m.group(1)}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{label}-{m.group(1)})", svg)
    svg = svg.replace('aria-labelledby="svg-title svg-desc"', f'aria-labelledby="{label}-svg-title {label}-svg-desc"')
    return svg.replace("<svg ", '<svg class="picture" ', 1).removesuffix("\n")


PAGE_CSS = """
body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;color:#222;margin:1.5em auto;max-width:1040px;
padding:0 1em;line-height:1.4}
h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.2em;margin:1.6em 0 .4em;border-bottom:1px solid #ccc}
.lead{color:#555;margin:0 0 1em}
figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
svg.picture{max-width:100%;height:auto;display:block}
table{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0 1em}
caption{text-align:left;font-weight:bold;padding:.2em 0}
th,td{border:1px solid #ccc;padding:.25em .4em;text-align:left;vertical-align:top}
th{background:#f2f2f2}
td{white-space:pre-line}
ol.citations li,ul.notes li{margin:.2em 0}
blockquote{margin:.2em 0 .2em 1em;color:#333;font-style:italic}
a{color:#1f4e79}
.muted{color:#666}
@media print{
body{margin:0;max-width:none}
figure,table,tr{page-break-inside:avoid}
h2{page-break-after:avoid}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;color:#555;word-break:break-all}
}
"""


def page(title: str, body: Iterable[str]) -> str:
    """A self-contained HTML page: inline CSS, no script, nothing fetched."""
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            # Say so to the browser as well: this page may load nothing from anywhere.
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'; img-src data:\">\n",
            f"<title>{esc(title)}</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n",
            *body,
            "\n</body>\n</html>\n",
        ]
    )


# ---------------------------------------------------------------------------------------------------
# Axes.


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering low..high (1, 2 or 5 times a power of ten apart)."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def date_ticks(first: dt.date, last: dt.date, count: int = 8) -> list[tuple[dt.date, str]]:
    """Dates to mark on a time axis with their labels: years, else months, else days."""
    days = (last - first).days
    if days > 3 * 365:
        step = max(1, math.ceil((last.year - first.year + 1) / count))
        return [(dt.date(y, 1, 1), str(y)) for y in range(first.year, last.year + 2, step) if first.year <= y]
    if days > 90:
        months = []
        y, m = first.year, first.month
        while dt.date(y, m, 1) <= last:
            months.append(dt.date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        step = max(1, math.ceil(len(months) / count))
        return [(d, d.strftime("%Y-%m")) for d in months[::step]]
    step = max(1, math.ceil((days + 1) / count))
    return [
        (first + dt.timedelta(days=k), (first + dt.timedelta(days=k)).isoformat()) for k in range(0, days + 1, step)
    ]
