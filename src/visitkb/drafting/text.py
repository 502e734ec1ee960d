"""An article as plain text: HTML stripped to its story, split into sentences with character offsets."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import NamedTuple

from . import rx

_SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "figure", "svg", "button"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "li", "br", "section", "article", "blockquote", "tr"}


class _Story(HTMLParser):
    """Collects the text of an HTML page, paragraph by paragraph, leaving out navigation and scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.in_article = 0
        self.saw_article = False
        self.page: list[str] = []
        self.story: list[str] = []
        self.headline = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        if tag in ("article", "main") and tag == "article":
            self.in_article += 1
            self.saw_article = True
        if tag in ("h1", "h2", "title"):
            self.headline = True
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self.skipping:
            self.skipping -= 1
        if tag == "article" and self.in_article:
            self.in_article -= 1
        if tag in ("h1", "h2", "title"):
            self.headline = False
        if tag in _BLOCKS:
            self._break()

    def _break(self) -> None:
        for parts in (self.page, self.story):
            if parts and parts[-1] != "\n\n":
                parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        # Headlines are left out: a headline is not a clause of the story, and it repeats what the story says.
        if self.skipping or self.headline:
            return
        self.page.append(data)
        if self.in_article:
            self.story.append(data)


def looks_like_html(raw: str) -> bool:
    """Whether an article is an HTML page rather than plain text."""
    head = raw[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in raw.lower())


def html_to_text(raw: str) -> str:
    """The story of an HTML page as plain text, one paragraph per block (inside <article> when there is one)."""
    parser = _Story()
    parser.feed(raw)
    parser.close()
    parts = parser.story if parser.saw_article else parser.page
    paragraphs = [" ".join(block.split()) for block in "".join(parts).split("\n\n")]
    kept = [p for p in paragraphs if p]
    # Bylines and staff lines before the dateline are boilerplate: the story starts at the dateline.
    for position, paragraph in enumerate(kept[:4]):
        if rx.match(r"^[A-Z][A-Z .'\u2019-]+,(?: [A-Z][A-Za-z .]+,)? [A-Z][a-z]+\.? \d{1,2} \(", paragraph):
            kept = kept[position:]
            break
    # A dateline alone in its paragraph ("WASHINGTON, May 24 (Agency) -") belongs to the first sentence.
    joined: list[str] = []
    for paragraph in kept:
        if joined and rx.search(r"\)\s*[-\u2013\u2014]$", joined[-1]):
            joined[-1] += " " + paragraph
        else:
            joined.append(paragraph)
    return "\n\n".join(joined) + "\n"


def plain_text(raw: str) -> str:
    """The article as the text that is archived and quoted: HTML stripped, line ends and inner spacing unified."""
    if looks_like_html(raw):
        return html_to_text(raw)
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    # Pasted and extracted copy doubles spaces between words ("visit to  Washington"); the rules read single ones.
    # (`check` compares excerpts up to spacing, so the archived text may differ from the file in this.)
    return re.sub(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)", " ", text)


class Sentence(NamedTuple):
    """A sentence of the article and where it starts and ends in the text."""

    start: int
    end: int
    text: str
    paragraph: int


# No sentence ends after these: "U.S. dollars", "Mr. Li", "Jan. 5", "Rs. 420 crores", initials ("John F. Kennedy").
_NO_BREAK = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Co|"
    r"Inc|Ltd|Jr|Sr|vs|etc|Rt|Hon|Excy|Smt|Shri|Mme|Prof|Rs)|\b[A-Z])\.$"
)


def _glued(body: str) -> list[re.Match[str]]:
    """Where a page glued a headline to its story with no space ("... grant for KenyaNorway said on Monday"):
    a place's name run into another's, each one the gazetteer knows."""
    from . import gazetteer as gz  # (a page's layout needs the places only here)

    def place(word: str) -> bool:
        return bool(gz.country_names().get(word) or gz.capital_country(word) or gz.adjectives().get(word))

    # (only a headline's: in a paragraph's opening words, before any sentence ends)
    opening = rx.match(r"[^.!?]{0,200}", body)
    return [
        m
        for m in rx.finditer(r"\b(?P<left>[A-Z][a-z]+)(?P<right>[A-Z][a-z]+)\b", opening.group() if opening else "")
        if place(m.group("left")) and place(m.group("right"))
    ][:1]


def _hard_wrapped(text: str) -> bool:
    """Whether a text was wrapped at a fixed width (a page of plain text from a portal or a wire's archive): many
    lines, none longer than a printed line, most of them near the longest and most ending within a sentence."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < 6:
        return False
    width = max(len(line) for line in lines)
    full = [line for line in lines if len(line) >= 0.6 * width]
    running = [line for line in lines if not rx.search(r"[.!?:\"\u201d]$", line)]
    return width <= 90 and len(full) >= 0.7 * len(lines) and len(running) >= 0.5 * len(lines)


def _title_case(line: str) -> bool:
    """Whether a line is written as a headline: its words of four letters or more capitalized."""
    words = [w for w in rx.findall(r"[^\W\d_][\w'-]*", line) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def sentences(text: str) -> list[Sentence]:
    """The sentences of a text with their offsets; a paragraph break always ends one (in a hard-wrapped text, a
    line's end only after a sentence's end, the lines of a sentence read as one)."""
    found = []
    spans = [(line.start(), line.end()) for line in rx.finditer(r"[^\n]+", text)]
    if _hard_wrapped(text):
        joined: list[tuple[int, int]] = []
        for start, end in spans:
            last = text[joined[-1][0] : joined[-1][1]] if joined else ""
            # A line runs on after one that ends within a sentence (no stop), on the next line of the text;
            # a headline's lines in capitals end where the story's prose begins.
            if (
                joined
                and joined[-1][1] + 1 == start
                and not rx.search(r"[.!?:\"\u201d]$", last)
                and not (_title_case(last) and not _title_case(text[start:end]))
            ):
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        spans = joined
    for number, (begin, finish) in enumerate(spans):
        # (a line's end inside a sentence is a space: the same length, so every offset stays the text's)
        body = text[begin:finish].replace("\n", " ")
        cut = 0
        for glue in _glued(body):
            # The headline is a sentence of its own; the story starts with the second name.
            piece = body[cut : glue.start("right")].rstrip()
            if piece:
                found.append(Sentence(begin + cut, begin + cut + len(piece), piece, number))
            cut = glue.start("right")
        for match in rx.finditer(r"[.!?][\"'\u201d)]?\s+(?=[\"'\u201c(]?[A-Z0-9])", body):
            if match.start() < cut:
                continue
            if _NO_BREAK.search(body[cut : match.start() + 1]) or rx.fullmatch(
                r"\d{1,2}\.", body[cut : match.start() + 1]
            ):
                continue  # "12. Memorandum of Understanding on ...": the number of an item opens its sentence
            piece = body[cut : match.end()].rstrip()
            if piece:
                found.append(Sentence(begin + cut, begin + cut + len(piece), piece, number))
            cut = match.end()
        piece = body[cut:].rstrip()
        if piece.strip():
            found.append(Sentence(begin + cut, begin + cut + len(piece), piece, number))
    return found
