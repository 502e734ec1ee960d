"""The JSON Schema of record files, for editors that check YAML as it is typed."""

from __future__ import annotations

from typing import Any, Optional

from pydantic import ConfigDict, create_model

from . import kinds
from .version import __version__


def record_file_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) that every record file satisfies."""
    fields: dict[str, Any] = {kind.collection: (Optional[list[kind.model]], None) for kind in kinds.top_level()}  # type: ignore[name-defined]
    record_file = create_model("RecordFile", __config__=ConfigDict(extra="forbid"), **fields)
    schema = record_file.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"visitkb record file (visitkb {__version__})"
    schema["description"] = (
        "A YAML file of visitkb records: one or more collections at the top level, each a list of records."
    )
    return schema
