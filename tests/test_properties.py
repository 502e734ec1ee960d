"""Property: whatever bytes a file holds, loading returns records or diagnostics, never raises."""

import os
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visitkb import kinds, load
from visitkb.diagnostics import Diagnostic

FAST_EXAMPLES = 100
SLOW_EXAMPLES = int(os.environ.get("VISITKB_HYPOTHESIS_EXAMPLES", "1000"))

FIELD_NAMES = sorted(
    {name for kind in kinds.all_kinds() for name in kind.model.model_fields}
    | {"legs", "count", "goal", "observations", "value", "period_start"}
)
scalars = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "NO",
            "yes",
            "on",
            "~",
            "null",
            "1:20",
            "012",
            "2016-02-30",
            "2016-11-17",
            "2016",
            "PE",
            "xi-jinping",
            "state",
            "report",
            "more-than",
            "[",
            "&a",
            "*a",
            "!!python/name:os.system",
            "\x1b[31m",
            "\u202e",
            "#",
            "'",
            '"',
        ]
    ),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(FIELD_NAMES), inner, max_size=6)
    ),
    max_leaves=25,
)
record_files = st.dictionaries(
    st.sampled_from(sorted(kinds.collections()) + ["junk"]),
    st.lists(st.dictionaries(st.sampled_from(FIELD_NAMES), values, max_size=8), max_size=3),
    max_size=3,
)


def _dump(data) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8")


def _mutate(raw: bytes, position: int, insert: bytes) -> bytes:
    position = position % (len(raw) + 1)
    return raw[:position] + insert + raw[position:]


file_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    record_files.map(_dump),
    st.builds(
        _mutate,
        record_files.map(_dump),
        st.integers(min_value=0),
        st.sampled_from(
            [
                b"\n",
                b":",
                b"- ",
                b"  ",
                b"&x ",
                b"*x",
                b"!!binary ",
                b"\t",
                b"{",
                b"]",
                b"\xff",
                b"\x00",
                b"<<: ",
                b"---\n",
                b'"',
                b"? ",
            ]
        ),
    ),
)


def _load_returns_records_or_diagnostics(contents: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for index, raw in enumerate(contents):
            Path(folder, f"f{index}.yaml").write_bytes(raw)
        kb = load(folder)
    assert all(isinstance(d, Diagnostic) and d.file.startswith(folder) for d in kb.diagnostics)
    assert all(d.line is None or d.line >= 1 for d in kb.diagnostics)
    for d in kb.diagnostics:
        str(d)  # every diagnostic renders


@settings(max_examples=FAST_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(file_bytes, min_size=1, max_size=3))
def test_any_files_load_into_records_or_diagnostics(contents):
    _load_returns_records_or_diagnostics(contents)


@pytest.mark.slow
@settings(max_examples=SLOW_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(file_bytes, min_size=1, max_size=3))
def test_any_files_load_into_records_or_diagnostics_at_full_size(contents):
    _load_returns_records_or_diagnostics(contents)
