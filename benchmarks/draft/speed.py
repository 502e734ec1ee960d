"""How fast `visitkb draft` reads an article, warm, per 1000 words, beside a same-process baseline.

    python benchmarks/draft/speed.py [--repeat 20]

Warm: the package imported, the gazetteer's patterns compiled and the bundled knowledge base
loaded once before timing. The figure is the drafting library (rules and records, resolved
against the bundled knowledge base); the baseline is what any drafter must do, in the same
process: strip the HTML and split the sentences. Goal: under 1 s per 1000 words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

import yaml

from visitkb.drafting import records
from visitkb.drafting.text import plain_text, sentences
from visitkb.loading import load

HERE = Path(__file__).parent


def main(argv: list[str] | None = None) -> int:
    """Time every development article and print the medians per 1000 words."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    kb = load()
    articles = []
    for gold_path in sorted((HERE / "dev").glob("*.gold.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        raw = gold_path.with_name(gold["article"]).read_text(encoding="utf-8")
        articles.append((raw, str(gold["published"]), len(plain_text(raw).split())))
    words = sum(n for _, _, n in articles)
    for raw, published, _ in articles:  # warm up: patterns compiled, records of the knowledge base read
        records.draft(raw, "bench", kb, published=published)
    drafting, baseline, longest = [], [], 0.0
    for _ in range(args.repeat):
        began = time.perf_counter()
        for raw, published, n in articles:
            one = time.perf_counter()
            records.draft(raw, "bench", kb, published=published)
            longest = max(longest, (time.perf_counter() - one) * 1000 / n)
        drafting.append(time.perf_counter() - began)
        began = time.perf_counter()
        for raw, _, _ in articles:
            sentences(plain_text(raw))
        baseline.append(time.perf_counter() - began)
    per_1000 = statistics.median(drafting) * 1000 / words
    base_1000 = statistics.median(baseline) * 1000 / words
    print(f"{len(articles)} articles, {words} words, median of {args.repeat} runs, Python {sys.version.split()[0]}")
    print(f"draft (rules and records, bundled knowledge base): {per_1000 * 1000:.1f} ms per 1000 words")
    print(f"baseline (HTML stripped, sentences split):         {base_1000 * 1000:.2f} ms per 1000 words")
    print(
        f"slowest single article: {longest * 1000:.1f} ms per 1000 words; goal < 1000 ms: "
        + ("met" if longest < 1 else "NOT met")
    )
    print(f"measured {dt.date.today().isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
