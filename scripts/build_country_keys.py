"""Build src/visitkb/reference/country-keys.csv: every country code visitkb knows with its ISO 3166 and COW keys.

Run by hand after pycountry, cow-iso.csv or former-states.csv change (tests/test_names.py fails
until the shipped table matches what this writes):

    python scripts/build_country_keys.py

Queries read the shipped table instead of pycountry, whose import costs most of a command's start-up.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from visitkb.names import COUNTRY_KEYS_FILE, CountryKeys, build_country_keys


def table_text() -> str:
    """The table as CSV text, one row per code, in code order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["code", *CountryKeys._fields])
    for code, keys in build_country_keys().items():
        writer.writerow([code, *("" if v is None else v for v in keys)])
    return buffer.getvalue()


def main() -> None:
    path = Path(__file__).resolve().parent.parent / "src" / "visitkb" / "reference" / COUNTRY_KEYS_FILE
    path.write_text(table_text(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
