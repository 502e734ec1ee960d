"""Read one YAML file into plain data, with the position of every node, refusing YAML's traps.

PyYAML's own constructors guess types (``NO`` becomes False, ``1:20`` becomes 80),
silently keep the last of duplicate keys, run tags, and raise bare exceptions on
impossible dates. Here we compose the node tree and build the data ourselves:
every scalar stays text (the schema decides what it means), duplicates and tags are
diagnostics with positions, and alias expansion, nesting and size are bounded.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .datadirs import Refused, read_regular
from .diagnostics import Diagnostic

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The C loader where PyYAML was built with libyaml (it is in every wheel), else the pure-Python one."""

_NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))


class _Loader(_BaseLoader):
    """The C loader, told that a plain scalar is text, null or a merge key and nothing else.

    Every value stays text here, so resolving 'yes' or '2016-11-17' to other types
    would be wasted work (a tenth of the parse time, measured).
    """

    def resolve(self, kind, value, implicit):
        # Called only for nodes without an explicit tag: they get tags of our own, so that any
        # tag written in the file, a standard one (!!int, !!str, !!null) included, is told apart.
        if kind is yaml.ScalarNode:
            if implicit[0] and value in _NULL_WORDS:
                return _NULL_TAG
            return _MERGE_TAG if implicit[0] and value == "<<" else _TEXT_TAG
        return _SEQUENCE_TAG if kind is yaml.SequenceNode else _MAPPING_TAG


MAX_FILE_BYTES = 4 * 1024 * 1024
"""Measured: 3.65 MiB of records parse in 1.6 s and 356 MB; larger files would take many
seconds and gigabytes, so a knowledge base is split into files."""
MAX_LINE_CHARS = 200_000
"""A single 8.8 MB line took PyYAML 7.7 s and 741 MB, so long lines are refused before parsing."""
MAX_SCALAR_CHARS = 100_000
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000
"""How many nodes aliases may add in total; an alias bomb expands far beyond this."""

_TEXT_TAG = "tag:visitkb,2026:text"
_NULL_TAG = "tag:visitkb,2026:null"
_MERGE_TAG = "tag:visitkb,2026:merge"
_SEQUENCE_TAG = "tag:visitkb,2026:seq"
_MAPPING_TAG = "tag:visitkb,2026:map"
# Characters that change how a terminal or editor shows text but are not visible in it: controls,
# bidirectional embeddings, overrides and isolates, the Arabic letter mark, line and paragraph
# separators, and a byte order mark anywhere but at the start (there it is dropped, with a warning).
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")

_HASH_AFTER_VALUE = re.compile(r"[ \t]+#(?=[^\s#])")
"""A '#' right after a plain value and before a word: a comment by YAML's rules, usually meant as text."""

NodePath = tuple
"""Keys and indexes from the document root to a node: ('trips', 0, 'legs', 1, 'country')."""


@dataclass
class ParsedFile:
    """A file's data, the (line, column) of each node by path, and what went wrong."""

    file: str
    data: Any = None
    positions: dict[NodePath, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[NodePath, tuple[int, int]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    invalid_paths: set[NodePath] = field(default_factory=set)
    """Nodes with a problem that spoils only the record holding them, and every node enclosing one."""
    digest: str | None = None
    """SHA-256 of the bytes parsed, so a cache can tell whether the file changed."""
    raw: bytes | None = None
    """The bytes parsed."""

    def is_invalid(self, path: NodePath) -> bool:
        """Whether a problem was found at or below this path."""
        return path in self.invalid_paths


class _Refused(Exception):
    """Stops construction of a file that cannot be read safely."""

    def __init__(self, line: int | None, column: int | None, code: str, message: str, hint: str):
        super().__init__(message)
        self.line, self.column, self.code, self.message, self.hint = line, column, code, message, hint


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _position_of_offset(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return line, column


def read_file(path: Path) -> ParsedFile:
    """Read and parse one YAML file; problems come back as diagnostics, never exceptions."""
    name = str(path)

    def refused(code: str, message: str, hint: str) -> ParsedFile:
        result = ParsedFile(name)
        result.diagnostics.append(Diagnostic(name, None, None, code, message, "error", hint))
        return result

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # said before reading a byte
            return refused(
                "file-too-large",
                f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}",
                "split the records over several files",
            )
        raw = read_regular(path, MAX_FILE_BYTES)
    except Refused as exc:
        return refused(exc.code, exc.message, exc.hint)
    except OSError as exc:
        return refused(
            "unreadable", f"cannot read file: {exc.strerror or exc}", "check that the file exists and is readable"
        )
    result = parse_bytes(raw, name)
    result.digest = hashlib.sha256(raw).hexdigest()
    result.raw = raw
    return result


def parse_bytes(raw: bytes, name: str) -> ParsedFile:
    """Parse YAML bytes (UTF-8) into plain data with positions."""
    result = ParsedFile(name)

    def refuse(line, column, code, message, hint, severity="error"):
        result.diagnostics.append(Diagnostic(name, line, column, code, message, severity, hint))
        return result

    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        result.diagnostics.append(
            Diagnostic(
                name,
                1,
                1,
                "byte-order-mark",
                "file starts with a byte order mark",
                "warning",
                "save the file as UTF-8 without BOM; it was read correctly",
            )
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position_of_offset(raw, exc.start)
        return refuse(
            line, column, "encoding", f"byte 0x{raw[exc.start]:02x} is not valid UTF-8", "save the file as UTF-8"
        )
    if "\r" in text and "\r\n" not in text:
        # Old Mac line ends: YAML reads them, but editors and diffs may not; say so once.
        result.diagnostics.append(
            Diagnostic(
                name,
                1,
                1,
                "line-ends",
                "the file's lines end with CR only",
                "warning",
                "save the file with LF (or CRLF) line ends",
            )
        )
    if not text.strip():
        return refuse(None, None, "empty-file", "file is empty", "add records or delete the file", "warning")

    longest = max(text.split("\n"), key=len)
    if len(longest) > MAX_LINE_CHARS:
        line = text.split("\n").index(longest) + 1
        return refuse(
            line,
            1,
            "line-too-long",
            f"line is {len(longest):,} characters; the limit is {MAX_LINE_CHARS:,}",
            "break the value over several lines or shorten it",
        )

    bad = _UNSAFE_CHARS.search(text)
    if bad:
        before = text[: bad.start()]
        line = before.count("\n") + 1
        column = bad.start() - (before.rfind("\n") + 1) + 1
        return refuse(
            line,
            column,
            "control-character",
            f"invisible control character U+{ord(bad.group()):04X} in the file",
            "delete it; write \\t for a tab or use a plain line break",
        )

    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.composer.ComposerError as exc:
            if "expected a single document" in str(exc) and exc.problem_mark is not None:
                line, column = (exc.problem_mark.line + 1, exc.problem_mark.column + 1)
                return refuse(
                    line,
                    column,
                    "multiple-documents",
                    "file holds more than one YAML document",
                    "remove the '---' separator or split the file",
                )
            raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)  # type: ignore[assignment]
        problem = exc.problem or exc.context or "invalid YAML"
        if problem.startswith("mapping values are not allowed"):
            # The classic trap: an unquoted value holding ": " ("note: Trade was 2: up").
            return refuse(
                line,
                column,
                "yaml-syntax",
                "invalid YAML: a value holds ': ' (a colon and a space), which YAML reads as the start of a key",
                'quote this value: put the whole of it in double quotes ("...")',
            )
        return refuse(
            line, column, "yaml-syntax", f"invalid YAML: {problem}", "check indentation and quoting at that spot"
        )
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        return refuse(None, None, "yaml-syntax", f"invalid YAML: {exc}", "check the file's syntax")
    finally:
        loader.dispose()

    if node is None:
        return refuse(
            None, None, "empty-file", "file has no records (only comments)", "add records or delete the file", "warning"
        )
    try:
        result.data = _Builder(result, text).build(node, ())
    except _Refused as exc:
        result.data = None
        return refuse(exc.line, exc.column, exc.code, exc.message, exc.hint)
    if result.data is None:
        return refuse(
            None,
            None,
            "empty-file",
            "file has no records (an empty document)",
            "add records or delete the file",
            "warning",
        )
    return result


class _Builder:
    """Builds lists, dicts and strings from a node tree, recording positions."""

    def __init__(self, result: ParsedFile, text: str = ""):
        self.result = result
        self.lines = text.split("\n")
        # Where no '#' or '*' is written, no value can end at a comment and no node be reached
        # twice: the checks for those are skipped (a fifth of the parse of a large file).
        self.comments_possible = "#" in text
        self.aliases_possible = "*" in text
        self.seen: set[int] = set()
        self.alias_nodes = 0
        self.active: set[int] = set()
        self.written: list[tuple[int, int]] = [(1, 1)]
        """Positions of the containers being built that are written out, not reached by alias;
        an alias node carries its anchor's position, so problems with it are shown here."""

    def build(self, node: yaml.Node, path: tuple, depth: int = 0) -> Any:
        line, column = _mark(node)
        if depth > MAX_DEPTH:
            raise _Refused(
                line,
                column,
                "too-deep",
                f"nesting deeper than {MAX_DEPTH} levels",
                "records are only a few levels deep; flatten the structure",
            )
        self.result.positions[path] = (line, column)
        if self.aliases_possible:
            return self._build_reached_once(node, path, depth, line, column)
        return self._construct(node, path, depth, line, column)

    def _build_reached_once(self, node: yaml.Node, path: tuple, depth: int, line: int, column: int) -> Any:
        """Build a node of a file with aliases, bounding how often and how deep they are followed."""
        key = id(node)
        if key in self.active:
            raise _Refused(
                line,
                column,
                "recursive-alias",
                "an alias refers to itself",
                "replace the alias with the value it should hold",
            )
        aliased = key in self.seen
        if aliased:
            self.alias_nodes += 1
            if self.alias_nodes > MAX_ALIAS_NODES:
                line, column = self.written[-1]
                raise _Refused(
                    line,
                    column,
                    "alias-expansion",
                    f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes",
                    "write the values out instead of nesting aliases",
                )
        self.seen.add(key)
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path, line, column)
        self.active.add(key)
        if not aliased:
            self.written.append((line, column))
        try:
            return self._construct(node, path, depth, line, column)
        finally:
            self.active.discard(key)
            if not aliased:
                self.written.pop()

    def _construct(self, node: yaml.Node, path: tuple, depth: int, line: int, column: int) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path, line, column)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, _SEQUENCE_TAG, line, column)
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        self._check_tag(node, _MAPPING_TAG, line, column)
        assert isinstance(node, yaml.MappingNode)
        return self._mapping(node, path, depth)

    def _spoil(self, path: tuple, line: int, column: int, code: str, message: str, hint: str):
        self.result.diagnostics.append(Diagnostic(self.result.file, line, column, code, message, "error", hint))
        # Every enclosing path too, so that asking about a record is one lookup, not a scan.
        self.result.invalid_paths.update(path[:depth] for depth in range(len(path) + 1))

    def _check_tag(self, node: yaml.Node, expected: str, line: int, column: int) -> None:
        if node.tag != expected:
            raise _Refused(
                line,
                column,
                "tag",
                f"YAML tag {node.tag!r} is not allowed",
                "remove the tag; records hold only plain mappings, lists and text",
            )

    def _scalar(self, node: yaml.ScalarNode, path: tuple, line: int, column: int) -> str | None:
        if node.tag not in (_TEXT_TAG, _NULL_TAG, _MERGE_TAG):
            self._spoil(
                path,
                line,
                column,
                "tag",
                f"YAML tag {node.tag!r} is not allowed",
                "remove the tag and write the value as plain text",
            )
            return None
        if node.tag == _NULL_TAG and not node.style:
            return None
        if len(node.value) > MAX_SCALAR_CHARS:
            self._spoil(
                path,
                line,
                column,
                "value-too-long",
                f"a value of {len(node.value):,} characters exceeds {MAX_SCALAR_CHARS:,}",
                "shorten it; records hold short excerpts, not whole documents",
            )
            return None
        if not node.style and self.comments_possible:  # plain (None from the Python parser, "" from the C one)
            self._check_comment_after(node)
        return node.value

    def _check_comment_after(self, node: yaml.ScalarNode) -> None:
        """Warn where YAML ends a plain value at ' #' ("Metro Line #4" reads as "Metro Line")."""
        end = node.end_mark
        rest = self.lines[end.line][end.column :] if end.line < len(self.lines) else ""
        found = _HASH_AFTER_VALUE.match(rest)
        if found is None:
            return
        self.result.diagnostics.append(
            Diagnostic(
                self.result.file,
                end.line + 1,
                end.column + found.end(),
                "comment-in-value",
                f"YAML reads the text from ' #' on as a comment, so the value ends at {node.value[-20:]!r}",
                "warning",
                'if the "#..." belongs to the value, quote the value ("Metro Line #4"); '
                "a comment wants a space after '#'",
            )
        )

    def _mapping(self, node: yaml.MappingNode, path: tuple, depth: int) -> dict:
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line, key_column = _mark(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self._spoil(
                    path,
                    key_line,
                    key_column,
                    "complex-key",
                    "a key must be plain text",
                    "use a simple word as the key",
                )
                continue
            if key_node.tag == _MERGE_TAG:
                self._spoil(
                    path,
                    key_line,
                    key_column,
                    "merge-key",
                    "merge keys ('<<') are not supported",
                    "write the fields out in full",
                )
                continue
            key = self._scalar(key_node, path, key_line, key_column)
            if key is None:
                self._spoil(
                    path, key_line, key_column, "null-key", "a key is empty", "write a field name before the colon"
                )
                continue
            if key in mapping:
                first_line, first_column = self.result.key_positions[path + (key,)]
                self._spoil(
                    path,
                    key_line,
                    key_column,
                    "duplicate-key",
                    f"key {key!r} appears twice; first at line {first_line}, column {first_column}",
                    "keep one of them: YAML would silently drop the first",
                )
                continue
            self.result.key_positions[path + (key,)] = (key_line, key_column)
            mapping[key] = self.build(value_node, path + (key,), depth + 1)
        return mapping
