"""The loaded knowledge base: valid records, read from the index as plain dicts, and what was wrong.

Records come back as the JSON form of their models (dates as ISO text, enums as
their values, every field present), so that answering a query needs neither the
YAML parser nor the models.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from . import kinds
from .diagnostics import Diagnostic, capped
from .errors import IndexCorrupt
from .index import READ_ERRORS
from .records import Place, Record, place_values

if TYPE_CHECKING:
    from .checks import ArchivedSource, Quote


RECORDS_KEPT = 20_000
"""How many records ``get`` keeps decoded for the queries that ask for them again."""


class KnowledgeBase:
    """Read access to an index: records by collection or id, names, and diagnostics."""

    def __init__(
        self,
        db: sqlite3.Connection,
        problems: list[Diagnostic] | None = None,
        index_file: Path | None = None,
        notices: list[str] | None = None,
        dirs: list[Path] | None = None,
    ):
        self.db = db
        self.dirs = list(dirs or [])
        """The data directories loaded, in order."""
        self.index_file = index_file
        """The index file on disk, or None for an index in memory."""
        self.notices = list(notices or [])
        """Lines for the user about the index itself: built in memory, rebuilt after damage."""
        self._problems = list(problems or [])
        self._cache: dict[Any, Any] = {}
        self._records: dict[tuple[str, ...], Record | None] = {}
        """Records read by ``get`` and the owners of nested ones, the latest RECORDS_KEPT of them."""
        self._diagnostics: list[Diagnostic] | None = None

    # --- records ---------------------------------------------------------------

    def records(
        self,
        collection: str,
        key: str | list[str] | None = None,
        days: tuple[str | None, str | None] | None = None,
        naming: dict[str, Iterable[str]] | None = None,
    ) -> Iterator[Record]:
        """Valid records of a collection in file order, narrowed by keys or a span of days.

        Keys are ``country:PE`` (a country a record names) and ``person:ID`` (a person it
        names); with several, a record naming any of them is read. ``days`` (first, last;
        ISO, either may be None) keeps records whose own dates can fall in that span. Both
        only narrow what is read: callers still apply their filters. ``naming`` (collection -> ids)
        keeps records that refer to one of those records; with ``key`` too, a record meeting either
        is read.
        """
        where = ["r.collection = ?", "r.valid"]
        parameters: list = [collection]
        if isinstance(key, str):
            key = [key]
        narrowing = []
        if key:
            marks = ", ".join("?" * len(key))
            narrowing.append(f"r.rec IN (SELECT k.rec FROM keys k WHERE k.key IN ({marks}))")
            parameters.extend(key)
        for target, ids in (naming or {}).items():
            wanted = list(ids)
            if wanted:  # one parameter, however many ids (SQLite caps the number of parameters)
                narrowing.append(
                    "r.rec IN (SELECT x.rec FROM refs x WHERE x.target = ? "
                    "AND x.value IN (SELECT value FROM json_each(?)))"
                )
                parameters.extend([target, json.dumps(wanted)])
        if key or naming:
            where.append("(" + " OR ".join(narrowing or ["0"]) + ")")
        if days is not None:
            first, last = days
            where.append("r.first_day IS NOT NULL")
            if first:
                where.append("r.last_day >= ?")
                parameters.append(first)
            if last:
                where.append("r.first_day <= ?")
                parameters.append(last)
        sql = (
            "SELECT r.data, r.crc FROM records r JOIN files f ON f.file = r.file "
            f"WHERE {' AND '.join(where)} ORDER BY f.position, r.seq"
        )
        annotated = bool(self._annotations())
        try:  # streamed, not fetched at once: an unnarrowed query may read every record
            for data, crc in self.db.execute(sql, tuple(parameters)):
                record = self._decode(data, crc, collection)
                yield self._annotate(collection, record) if annotated else record
        except READ_ERRORS as exc:
            raise self._damaged(str(exc)) from exc

    def _places_sql(self, columns: str, trip_ids: list[str] | None, where: str = "") -> tuple[str, tuple]:
        """A query over the legs' places of valid trips (all, or those with these ids). Validity is asked of
        the records through an index (records_span), never by reading each trip's row: a tally of every
        place of 100,000 trips then reads the places' own index alone."""
        if trip_ids is None:
            chosen = "NOT IN (SELECT rec FROM records WHERE collection = 'trips' AND NOT valid)"
            parameters: tuple = ()
        else:
            chosen = (
                "IN (SELECT rec FROM records WHERE collection = 'trips' AND valid "
                "AND id IN (SELECT value FROM json_each(?)))"
            )
            parameters = (orjson.dumps(trip_ids).decode(),)
        return f"SELECT {columns} FROM places p WHERE p.rec {chosen}{where}", parameters

    def _place(self, place: str, crc: int, in_person: int | None = None) -> Place:
        """A place row's values, once its checksum (and its in-person mark) are found true."""
        values = place_values(place)
        if zlib.crc32(place.encode()) != crc or (
            in_person is not None and bool(in_person) != (values[1] == "in-person")
        ):
            raise self._damaged("a leg's place fails its checksum")
        return values

    def trip_places(self, trip_ids: list[str] | None = None) -> Iterator[tuple[int, Place]]:
        """The legs of valid trips (all, or those with these ids), each trip's in order, as (trip, place):
        ``trip`` a number the legs of one trip share, the place (country, mode, label of the time, and the
        city, lon and lat of a stop with cited coordinates). Each row is checked against its checksum."""
        sql, parameters = self._places_sql("p.rec, p.place, p.crc, p.in_person", trip_ids)
        try:
            rows = self.db.execute(sql + " ORDER BY p.rec, p.seq", parameters).fetchall()
        except READ_ERRORS as exc:
            raise self._damaged(str(exc)) from exc
        for rec, place, crc, in_person in rows:
            yield rec, self._place(place, crc, in_person)

    def visits_by_country(self) -> dict[str, int]:
        """How many legs of valid trips were in person in each country (a planned leg is none), counted by
        the index from the legs' places, each distinct place checked against its checksum."""
        sql, parameters = self._places_sql("p.place, p.crc, p.in_person, count(*)", None, " AND p.in_person")
        counts: dict[str, int] = {}
        for place, crc, in_person, count in self._query(sql + " GROUP BY p.place, p.crc, p.in_person", parameters):
            code = self._place(place, crc, in_person)[0]
            counts[code] = counts.get(code, 0) + count
        return counts

    def country_counts(self, collection: str) -> dict[str, int]:
        """How many valid records of a collection name each country (a record naming it twice, once)."""
        return dict(
            self._query(
                "SELECT substr(k.key, 9), count(*) FROM keys k WHERE k.key >= 'country:' AND k.key < 'country;' "
                "AND k.rec IN (SELECT rec FROM records WHERE collection = ? AND valid) GROUP BY k.key",
                (collection,),
            )
        )

    def visits_by_leader(self) -> dict[str, int]:
        """How many legs of valid trips each leader made in person, counted by the index (a trip names
        one person, its leader)."""
        sql, parameters = self._places_sql(
            "substr(k.key, 8), count(*)", None, " AND p.in_person AND k.key >= 'person:' AND k.key < 'person;'"
        )
        sql = sql.replace("FROM places p", "FROM places p JOIN keys k ON k.rec = p.rec", 1)
        return dict(self._query(sql + " GROUP BY k.key", parameters))

    def place_tally(self, trip_ids: list[str] | None = None) -> list[tuple[Place | None, Place, int]]:
        """How many legs of valid trips (all, or those with these ids) were at each place, and came to it
        from which place (the leg in person before it in the same trip; None for a trip's first, and for a
        leg not in person), counted by the index: a map of every leg of 100,000 trips reads no record.
        Each place is checked against its checksum."""
        sql, parameters = self._places_sql("p.before, p.before_crc, p.place, p.crc, p.in_person, count(*)", trip_ids)
        rows = self._query(sql + " GROUP BY p.before, p.before_crc, p.place, p.crc, p.in_person", parameters)
        return [
            (None if before is None else self._place(before, before_crc), self._place(place, crc, in_person), count)
            for before, before_crc, place, crc, in_person, count in rows
        ]

    def span(self, collection: str, record_ids: list[str] | None = None) -> tuple[int, str | None, str | None]:
        """How many valid records of a collection there are (all, or with these ids), and the first and last
        day their own dates can mean."""
        sql = "SELECT count(*), min(first_day), max(last_day) FROM records WHERE collection = ? AND valid"
        parameters: tuple = (collection,)
        if record_ids is not None:
            sql += " AND id IN (SELECT value FROM json_each(?))"
            parameters += (orjson.dumps(record_ids).decode(),)
        count, first, last = self._one(sql, parameters)
        return count, first, last

    def get(self, collection: str, record_id: str) -> Record | None:
        """The valid record of a collection ('trips', 'visits', ...) with this id, or None."""
        cache_key = (collection, record_id)
        if cache_key not in self._records:
            row = self._one(
                "SELECT r.data, r.crc FROM ids i JOIN records r ON r.rec = i.rec "
                "JOIN files f ON f.file = r.file WHERE i.collection = ? AND i.id = ? AND r.valid "
                "ORDER BY f.position, r.seq LIMIT 1",
                (collection, record_id),
            )
            kind = kinds.find(collection)
            # A nested record (a leg) is stored inside its owner's record, of the owner's collection.
            stored_as = kind.parent.collection if kind is not None and kind.parent is not None else collection
            record = self._decode(row[0], row[1], stored_as) if row else None
            if record is not None and kind is not None and kind.parent is not None:
                owner = self._annotate(kind.parent.collection, record) if self._annotations() else record
                self._keep(("owner-of", collection, record_id), owner)
                record = next((part for part in owner[kind.parent.field] if part.get("id") == record_id), None)
            elif record is not None and self._annotations():
                record = self._annotate(collection, record)
            self._keep(cache_key, record)
            return record
        return self._records[cache_key]

    def _keep(self, key: tuple[str, ...], record: Record | None) -> None:
        # A query that follows references from every record (the timeline) would otherwise hold the
        # whole knowledge base decoded (700 MB at 100k trips); the latest ones are what it asks again.
        if len(self._records) >= RECORDS_KEPT:
            del self._records[next(iter(self._records))]
        self._records[key] = record

    def _annotations(self) -> dict[tuple[str, str], list[Record]]:
        """Annotations by the (collection, id) of the record they annotate (read once)."""
        if "annotations" not in self._cache:
            found: dict[tuple[str, str], list[Record]] = {}
            for data, crc in self._query("SELECT data, crc FROM records WHERE collection = 'annotations' AND valid"):
                annotation = self._decode(data, crc, "annotations")
                kind = kinds.by_name(annotation["kind"])
                if kind is not None:
                    found.setdefault((kind.collection, annotation["record"]), []).append(annotation)
            self._cache["annotations"] = found
        return self._cache["annotations"]

    def _annotate(self, collection: str, record: Record) -> Record:
        """A record with the citations, claims and notes that annotations add to it (and to its parts)."""
        added = self._annotations().get((collection, record.get("id", "")), [])
        for child in kinds.children_of(collection):
            field = child.parent.field if child.parent else ""
            if any((child.collection, part.get("id")) in self._annotations() for part in record.get(field, [])):
                record = {**record, field: [self._annotate(child.collection, part) for part in record[field]]}
        if not added:
            return record
        return {
            **record,
            "citations": [*record["citations"], *({**c, "annotation": a["id"]} for a in added for c in a["citations"])],
            "claims": [
                *record.get("claims", []),
                *(
                    {**c, "annotation": a["id"], "citations": [{**x, "annotation": a["id"]} for x in c["citations"]]}
                    for a in added
                    for c in a["claims"]
                ),
            ],
            "notes": [*record.get("notes", []), *(note for a in added for note in a["notes"])],
        }

    def require(self, collection: str, record_id: str) -> Record:
        """A record the index says is there (a search hit, a resolved name); its absence is damage."""
        record = self.get(collection, record_id)
        if record is None:
            raise self._damaged(f"{collection} {record_id!r} is listed but cannot be read")
        return record

    def trip_of(self, visit_id: str) -> Record | None:
        """The trip a visit belongs to."""
        return self.owner_of("visits", visit_id)

    def owner_of(self, collection: str, record_id: str) -> Record | None:
        """The record a nested one (a leg) lives in."""
        owner_key = ("owner-of", collection, record_id)
        if owner_key not in self._records:
            self._records.pop((collection, record_id), None)  # read again, owner and all
            self.get(collection, record_id)
        return self._records.get(owner_key)

    def ids(self, collection: str) -> set[str]:
        """Every id of valid records in a collection."""
        return {
            row[0]
            for row in self._query(
                "SELECT i.id FROM ids i JOIN records r ON r.rec = i.rec WHERE i.collection = ? AND r.valid",
                (collection,),
            )
        }

    def visits(self) -> Iterator[tuple[Record, Record]]:
        """Every leg of every trip, with its trip."""
        for trip in self.records("trips"):
            for leg in trip["legs"]:
                yield trip, leg

    def count(self, collection: str) -> int:
        """How many valid records a collection holds."""
        return self._one("SELECT count(*) FROM records WHERE collection = ? AND valid", (collection,))[0]

    def find(self, record_id: str) -> list[tuple[str, Record]]:
        """Every valid record with this id, in any collection (visits included), with its collection."""
        found = []
        for (collection,) in self._query(
            "SELECT DISTINCT i.collection FROM ids i JOIN records r ON r.rec = i.rec "
            "WHERE i.id = ? AND r.valid ORDER BY i.collection",
            (record_id,),
        ):
            record = self.get(collection, record_id)
            if record is not None:
                found.append((collection, record))
        return found

    def referrers(self, collection: str, record_id: str) -> list[tuple[str, str]]:
        """(collection, id) of the valid records that name this one."""
        if collection == "countries":
            return [
                tuple(row)
                for row in self._query(
                    "SELECT DISTINCT r.collection, r.id FROM keys k JOIN records r ON r.rec = k.rec "
                    "WHERE k.key = ? AND r.valid ORDER BY r.collection, r.id",
                    (f"country:{record_id}",),
                )
            ]
        target = collection
        return [
            tuple(row)
            for row in self._query(
                "SELECT DISTINCT r.collection, r.id FROM refs x JOIN records r ON r.rec = x.rec "
                "WHERE x.target = ? AND x.value = ? AND r.valid ORDER BY r.collection, r.id",
                (target, record_id),
            )
        ]

    def reference_counts(self, collection: str) -> dict[str, int]:
        """How many valid records name each record of a collection."""
        return dict(
            self._query(
                # Left-out records are few: excluding them reads the covering index alone (0.13 s for a
                # million citations at 100k trips, against 1.35 s joining every row to its record).
                "SELECT value, count(DISTINCT rec) FROM refs WHERE target = ? "
                "AND rec NOT IN (SELECT rec FROM records WHERE NOT valid) GROUP BY value",
                (collection,),
            )
        )

    def search(self, match: str, limit: int) -> list[tuple[str, str, float]]:
        """(collection, id, score) of valid records whose text matches an FTS5 query, best first."""
        return [
            tuple(row)
            for row in self._query(
                "SELECT r.collection, r.id, bm25(search) AS score FROM search "
                "JOIN records r ON r.rec = search.rowid WHERE search MATCH ? AND r.valid "
                "ORDER BY score, r.collection, r.id LIMIT ?",
                (match, limit),
            )
        ]

    # --- names -----------------------------------------------------------------

    def label(self, kind: str, value: str) -> str | None:
        """The display name of a country code ('country') or person id ('leader')."""
        cache_key = ("label:" + kind, value)
        if cache_key not in self._cache:
            row = self._one("SELECT label FROM labels WHERE kind = ? AND value = ?", (kind, value))
            self._cache[cache_key] = row[0] if row else None
        return self._cache[cache_key]

    def name_matches(self, kind: str, key: str) -> set[str]:
        """The codes or ids a normalized name stands for."""
        return {row[0] for row in self._query("SELECT value FROM names WHERE kind = ? AND key = ?", (kind, key))}

    def name_keys(self, kind: str) -> dict[str, set[str]]:
        """Every normalized name of a kind, with what it stands for."""
        keys: dict[str, set[str]] = {}
        for key, value in self._query("SELECT key, value FROM names WHERE kind = ?", (kind,)):
            keys.setdefault(key, set()).add(value)
        return keys

    def labels(self, kind: str, used: bool = False) -> list[str]:
        """Every display name of a kind ('country', 'leader'), sorted as people read them (accents
        folded); with ``used``, only countries that some record names: what completion offers."""
        from .names import normalize

        sql = "SELECT DISTINCT label FROM labels l WHERE kind = ?"
        if used and kind == "country":
            sql += " AND EXISTS (SELECT 1 FROM keys k WHERE k.key = 'country:' || l.value)"
        return sorted((row[0] for row in self._query(sql, (kind,))), key=normalize)

    # --- where records are ---------------------------------------------------------

    def locate(self, collection: str, record_id: str) -> tuple[Path, int] | None:
        """The file holding a valid record, and its position among the file's records of its collection."""
        row = self._one(
            "SELECT f.path, r.file, r.seq FROM records r JOIN files f ON f.file = r.file "
            "WHERE r.collection = ? AND r.id = ? AND r.valid",
            (collection, record_id),
        )
        if row is None:
            return None
        before = self._one(
            "SELECT count(*) FROM records WHERE file = ? AND collection = ? AND seq < ?", (row[1], collection, row[2])
        )[0]
        return Path(row[0]), before

    def where(self, collection: str, record_id: str) -> tuple[str, int | None, int | None]:
        """The file, line and column of a valid record's id (a nested record's too)."""
        row = self._one(
            "SELECT f.path, i.line, i.col FROM ids i JOIN records r ON r.rec = i.rec JOIN files f ON f.file = r.file "
            "WHERE i.collection = ? AND i.id = ? AND r.valid ORDER BY f.position, r.seq LIMIT 1",
            (collection, record_id),
        )
        return (row[0], row[1], row[2]) if row else ("<unknown>", None, None)

    def knowledge_base_of(self, path: str | Path) -> str | None:
        """The knowledge base a record file belongs to: the id its directory's manifest declares, else the
        directory's name (None for a file outside every loaded directory)."""
        folder = _folder_holding(Path(path), self.dirs)
        if folder is None:
            return None
        for manifest, file in self._manifests():
            if _folder_holding(Path(file), [folder]) is not None:
                return manifest["id"]
        return folder.name

    def _manifests(self) -> list[tuple[Record, str]]:
        """Every valid knowledge-base manifest, with the file that declares it."""
        if "manifests" not in self._cache:
            self._cache["manifests"] = [
                (self._decode(data, crc, "knowledge_base"), path)
                for data, crc, path in self._query(
                    "SELECT r.data, r.crc, f.path FROM records r JOIN files f ON f.file = r.file "
                    "WHERE r.collection = 'knowledge_base' AND r.valid ORDER BY f.position, r.seq"
                )
            ]
        return self._cache["manifests"]

    def missing_bases(self) -> list[tuple[str, str]]:
        """(manifest id, extended id) for each knowledge base that a loaded one extends but that is not loaded."""
        loaded = {manifest["id"] for manifest, _ in self._manifests()}
        return [
            (manifest["id"], extended)
            for manifest, _ in self._manifests()
            for extended in manifest["extends"]
            if extended not in loaded
        ]

    def files_holding(self, collection: str) -> list[Path]:
        """The files that hold records of a collection, those with the most first."""
        return [
            Path(row[0])
            for row in self._query(
                "SELECT f.path, count(*) AS n FROM records r JOIN files f ON f.file = r.file "
                "WHERE r.collection = ? GROUP BY f.path ORDER BY n DESC, length(f.path), f.path",
                (collection,),
            )
        ]

    # --- what was wrong ----------------------------------------------------------

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every problem found in the data, sorted by file and position."""
        if self._diagnostics is None:
            found = list(self._problems)
            for row in self._query(
                "SELECT path, line, col, code, message, severity, hint, check_name FROM diagnostics"
            ):
                found.append(Diagnostic(*row))
            if self.missing_bases():
                found = self._fold_missing_references(found)
            self._diagnostics = sorted(found, key=Diagnostic.sort_key)
        return self._diagnostics

    def _fold_missing_references(self, found: list[Diagnostic]) -> list[Diagnostic]:
        """Where a knowledge base extends one that is not loaded, its references to records that are not
        here become one error at its manifest, saying what is missing, instead of one per reference."""
        from .checks import extends_missing, is_missing_record

        missing = [d for d in found if is_missing_record(d)]
        if not missing:
            return found
        kept = [d for d in found if not is_missing_record(d)]
        row = self._one(
            "SELECT f.path, i.line, i.col FROM ids i JOIN records r ON r.rec = i.rec JOIN files f ON f.file = r.file "
            "WHERE i.collection = 'knowledge_base' AND i.id = ?",
            (self.missing_bases()[0][0],),
        )
        folder = _folder_holding(Path(row[0]), self.dirs) if row else None
        return [*kept, extends_missing(row, self.missing_bases(), missing, str(folder or "DIR"))]

    def error_count(self) -> int:
        """How many of the diagnostics are errors (without reading them)."""
        stored = self._one("SELECT count(*) FROM diagnostics WHERE severity = 'error'")[0]
        return stored + sum(d.severity == "error" for d in self._problems)

    def errors(self) -> list[Diagnostic]:
        """The diagnostics that are errors."""
        return [d for d in self.diagnostics if d.severity == "error"]

    def check(self, names: list[str] | None = None, archive_dirs: list[Path] | None = None) -> list[Diagnostic]:
        """The diagnostics of the named checks (all by default), sorted by file and position.

        Loading has already run every check but ``excerpts``, which needs the archived
        source texts and runs here against each of ``archive_dirs``.
        """
        from . import checks

        wanted = checks.selected(names)
        found = [d for d in self.diagnostics if d.check in wanted]
        if "consistency" in wanted:
            found.extend(checks.consistency(self))
        if "excerpts" in wanted:
            found.extend(checks.excerpts(self._archived_sources(), self._quotes(), list(archive_dirs or [])))
        return capped(sorted(found, key=Diagnostic.sort_key))

    def _archived_sources(self) -> dict[str, ArchivedSource]:
        from .checks import ArchivedSource

        sources: dict[str, ArchivedSource] = {}
        for source_id, archived, line, column, path in self._query("""
                SELECT s.id, json_extract(s.data, '$.archived'), a.line, a.col, f.path
                FROM records s JOIN files f ON f.file = s.file
                LEFT JOIN anchors a ON a.rec = s.rec AND a.field = 'archived'
                WHERE s.collection = 'sources' AND s.valid ORDER BY f.position, s.seq"""):
            if archived and source_id not in sources:
                sources[source_id] = ArchivedSource(source_id, archived, path, line, column)
        return sources

    def _quotes(self) -> list[Quote]:
        from .checks import Quote

        return [
            Quote(*row)
            for row in self._query("""
            SELECT q.source, q.excerpt, f.path, q.line, q.col
            FROM quotes q JOIN records r ON r.rec = q.rec AND r.valid JOIN files f ON f.file = r.file
            ORDER BY f.position, q.line""")
        ]

    # --- answers kept beside the index -----------------------------------------------

    def recalled(self, key: str) -> list[bytes] | None:
        """A kept answer to ``key`` (``answers.lines_of`` reads it), if the index has not changed since."""
        if self.index_file is None:
            return None
        from .answers import recall

        return recall(self.index_file, self._generation(), key)

    def keep(self, key: str, lines: list[str]) -> None:
        """Keep an answer (one JSON line per row) until the index next changes."""
        if self.index_file is not None:
            from .answers import keep

            keep(self.index_file, self._generation(), key, lines)

    def _generation(self) -> str:
        found = self._one("SELECT value FROM meta WHERE key = 'generation'")
        if found is None:
            raise self._damaged("the index has no generation")
        return found[0]

    @property
    def skipped(self) -> int:
        """How many records were left out because they are invalid."""
        return self._one("SELECT count(*) FROM records WHERE NOT valid")[0]

    def _query(self, sql: str, parameters: tuple = ()) -> list[Any]:
        """Every row of a query; any error of the database while reading means the index is damaged."""
        try:
            return self.db.execute(sql, parameters).fetchall()
        except READ_ERRORS as exc:
            raise self._damaged(str(exc)) from exc

    def _one(self, sql: str, parameters: tuple = ()) -> Any:
        """The first row of a query, or None."""
        rows = self._query(sql, parameters)
        return rows[0] if rows else None

    def _decode(self, data: str | None, crc: int | None, collection: str) -> Record:
        """A record read from the index, checked against its checksum as a record of ``collection``."""
        if data is None or zlib.crc32(f"{collection}\0{data}".encode()) != crc:
            raise self._damaged("a record fails its checksum")
        return orjson.loads(data)

    def _damaged(self, why: str) -> IndexCorrupt:
        """Discard a damaged index, so that the next load rebuilds it; the error to raise."""
        from .index import discard

        if self.index_file is not None:
            discard(self.index_file)
        return IndexCorrupt(f"the index {self.index_file or '(in memory)'} was damaged ({why})")


def _folder_holding(path: Path, folders: list[Path]) -> Path | None:
    """The first of ``folders`` that holds ``path`` (compared resolved), or None."""
    resolved = path.resolve()
    for folder in folders:
        if resolved == folder.resolve() or resolved.is_relative_to(folder.resolve()):
            return folder
    return None
