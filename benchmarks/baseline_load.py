"""Baseline for the cold build: plain yaml.load (C loader) plus pydantic validation, one process.

    python benchmarks/baseline_load.py DATA_DIR

This is what a straightforward loader would do: no positions, no checks, no index.
"""

import sys
from pathlib import Path

import yaml

from visitkb import kinds

records = 0
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=yaml.CSafeLoader)
    for collection, items in data.items():
        model = kinds.by_collection(collection).model
        for item in items:
            model.model_validate(item)
            records += 1
print(records)
