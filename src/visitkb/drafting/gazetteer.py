"""Names the drafter recognizes in running text: countries (by name or adjective), capitals, groupings."""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from pathlib import Path

from ..names import country_keys, existed, former_state, iso_countries, predecessors
from . import rx

# The adjectives English uses for a country's people and government. Regular ones are derived from the
# country's name (Kenya: Kenyan, Brazil: Brazilian); these are the ones that cannot be.
_ADJECTIVES = {
    "American": "US",
    "U.S.": "US",
    "US": "US",
    "British": "GB",
    "French": "FR",
    "German": "DE",
    "Dutch": "NL",
    "Swiss": "CH",
    "Greek": "GR",
    "Spanish": "ES",
    "Turkish": "TR",
    "Thai": "TH",
    "Filipino": "PH",
    "Philippine": "PH",
    "Polish": "PL",
    "Danish": "DK",
    "Swedish": "SE",
    "Finnish": "FI",
    "Irish": "IE",
    "Norwegian": "NO",
    "Portuguese": "PT",
    "Emirati": "AE",
    "Saudi": "SA",
    "Kuwaiti": "KW",
    "Qatari": "QA",
    "Omani": "OM",
    "Bahraini": "BH",
    "Yemeni": "YE",
    "Israeli": "IL",
    "Pakistani": "PK",
    "Bangladeshi": "BD",
    "Afghan": "AF",
    "Iraqi": "IQ",
    "Kazakh": "KZ",
    "Uzbek": "UZ",
    "Kyrgyz": "KG",
    "Tajik": "TJ",
    "Turkmen": "TM",
    "Malagasy": "MG",
    "Ivorian": "CI",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Chinese": "CN",
    "Japanese": "JP",
    "Vietnamese": "VN",
    "Lebanese": "LB",
    "Sudanese": "SD",
    "Senegalese": "SN",
    "Congolese": "CD",
    "Nepali": "NP",
    "Nepalese": "NP",
    "Bhutanese": "BT",
    "Burmese": "MM",
    "Lao": "LA",
    "Laotian": "LA",
    "Czech": "CZ",
    "Slovak": "SK",
    "Croatian": "HR",
    "Serbian": "RS",
    "Bosnian": "BA",
    "Icelandic": "IS",
    "Maltese": "MT",
    "Cypriot": "CY",
    "Belarusian": "BY",
    "Ukrainian": "UA",
    "Russian": "RU",
    "Soviet": "SUHH",
    "South Korean": "KR",
    "North Korean": "KP",
    "South African": "ZA",
    "New Zealand": "NZ",
    "Sri Lankan": "LK",
    "Costa Rican": "CR",
    "Salvadoran": "SV",
    "Dominican": "DO",
    "Guatemalan": "GT",
    "Honduran": "HN",
    "Nicaraguan": "NI",
    "Panamanian": "PA",
    "Peruvian": "PE",
    "Chilean": "CL",
    "Ecuadorian": "EC",
    "Ecuadorean": "EC",
    "Venezuelan": "VE",
    "Mexican": "MX",
    "Colombian": "CO",
    "Bolivian": "BO",
    "Paraguayan": "PY",
    "Uruguayan": "UY",
    "Cuban": "CU",
    "Canadian": "CA",
    "Australian": "AU",
    "Indian": "IN",
    "Indonesian": "ID",
    "Malaysian": "MY",
    "Singaporean": "SG",
    "Egyptian": "EG",
    "Moroccan": "MA",
    "Algerian": "DZ",
    "Tunisian": "TN",
    "Libyan": "LY",
    "Ethiopian": "ET",
    "Kenyan": "KE",
    "Nigerian": "NG",
    "Ghanaian": "GH",
    "Zimbabwean": "ZW",
    "Zambian": "ZM",
    "Tanzanian": "TZ",
    "Ugandan": "UG",
    "Rwandan": "RW",
    "Angolan": "AO",
    "Mozambican": "MZ",
    "Brazilian": "BR",
    "Iranian": "IR",
    "Syrian": "SY",
    "Jordanian": "JO",
    "Palestinian": "PS",
    "Italian": "IT",
    "Austrian": "AT",
    "Belgian": "BE",
    "Hungarian": "HU",
    "Romanian": "RO",
    "Bulgarian": "BG",
    "Mongolian": "MN",
    "Cambodian": "KH",
    "Taiwanese": "TW",
    "Georgian": "GE",
    "Armenian": "AM",
    "Azerbaijani": "AZ",
    "Haitian": "HT",
    "Jamaican": "JM",
    "Namibian": "NA",
    "Cameroonian": "CM",
    "Malian": "ML",
    "Somali": "SO",
    "Eritrean": "ER",
    "Fijian": "FJ",
    "Estonian": "EE",
    "Latvian": "LV",
    "Lithuanian": "LT",
    "Slovenian": "SI",
    "Albanian": "AL",
    "Macedonian": "MK",
    "Moldovan": "MD",
    "Gabonese": "GA",
    "Chadian": "TD",
    "Malawian": "MW",
    "Botswanan": "BW",
    "Bruneian": "BN",
    "Maldivian": "MV",
    "Luxembourgish": "LU",
    "Scottish": "GB",
    "English": "GB",
    "Welsh": "GB",
}
# Names of countries that are also ordinary words or too short to look for in running text.
_NOT_NAMES = {"Chad", "Guinea", "Georgia", "Jordan", "Turkey", "China"} - {"China", "Turkey"}
_EXTRA_NAMES = {
    "Britain": "GB",
    "Great Britain": "GB",
    "Holland": "NL",
    "the Gulf": "",
    # The two Congos, in the forms English uses for each.
    "Republic of Congo": "CG",
    "Congo-Brazzaville": "CG",
    "Democratic Republic of the Congo": "CD",
    "DRC": "CD",
    "Congo-Kinshasa": "CD",
    "Soviet Union": "SUHH",
    "USSR": "SUHH",
    # The other former federations by the names English gave them (their ISO 3166-3 codes, as the Soviet Union's).
    "Yugoslavia": "YUCS",
    "Czechoslovakia": "CSHH",
    # Official short forms of diplomatic usage.
    "Lao PDR": "LA",
    "PRC": "CN",
    "DPRK": "KP",
    "ROK": "KR",
}
# Groupings that stand for several countries, by the short names and acronyms articles use.
GROUPINGS = {
    "ASEAN": ("ASEAN", "Association of Southeast Asian Nations"),
    "APEC": ("APEC", "Asia-Pacific Economic Cooperation"),
    "GCC": ("GCC", "Gulf Cooperation Council"),
    "Arab League": ("Arab League", "League of Arab States"),
    "G20": ("G20", "Group of 20", "Group of Twenty", "G-20"),
    "G7": ("G7", "Group of Seven", "G-7"),
    "BRICS": ("BRICS",),
    "SCO": ("SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"),
    "EU": ("EU", "European Union"),
    "AU": ("African Union",),
    "FOCAC": ("FOCAC", "Forum on China-Africa Cooperation"),
    "CELAC": ("CELAC", "Community of Latin American and Caribbean States"),
    "UN": ("UN", "U.N.", "United Nations"),
    "NATO": ("NATO",),
    "SAARC": ("SAARC",),
    "CICA": ("CICA",),
    "OAS": ("OAS", "Organization of American States"),
    "COMMONWEALTH": ("Commonwealth",),
    "Latin America": ("Latin America", "Latin America and the Caribbean"),
    "Africa": ("Africa",),
    "Arab States": ("Arab states", "Arab States"),
}


@cache
def initialisms() -> dict[str, str]:
    """The initials of countries' common names of three words or more ("PNG", "CAR", "BVI") -> code, where no
    other country's name has the same initials."""
    found: dict[str, set[str]] = {}
    for code, (display, _) in iso_countries().items():
        words = [w for w in rx.split(r"[ -]", display) if w not in ("of", "the", "and")]
        if len(code) == 2 and len(words) >= 3 and "," not in display and all(w[:1].isupper() for w in words):
            found.setdefault("".join(w[0] for w in words), set()).add(code)
    return {initials: codes.pop() for initials, codes in found.items() if len(codes) == 1}


@cache
def country_names() -> dict[str, str]:
    """Every name of a country (ISO names, common English names) that can be searched for in text -> code."""
    table: dict[str, str] = {}
    for code, (_, names) in iso_countries().items():
        if len(code) != 2:
            continue
        for name in names:
            if len(name) > 3 and name not in _NOT_NAMES and "," not in name:
                table.setdefault(name, code)
    table.update({"UAE": "AE", "U.S.": "US", "US": "US", "USA": "US", "UK": "GB", "U.K.": "GB"})
    for initials, code in initialisms().items():
        table.setdefault(initials, code)
    table.update({name: code for name, code in _EXTRA_NAMES.items() if code})
    # A state of two islands or lands goes by the first ("Trinidad", "Bosnia", "Antigua", "Saint Kitts"): a state
    # (one with a Correlates of War number, not a territory: "Wallis and Futuna"), and not when the first starts a
    # longer name ("United Kingdom of ...").
    for name, code in list(table.items()):
        pair = rx.fullmatch(r"(?P<first>[A-Z][\w\u00c0-\u00ff ]+?) and [A-Z\w][\w ]+", name)
        if pair and " of " not in name and len(code) == 2 and country_keys(code).cow_code is not None:
            table.setdefault(pair.group("first"), code)
    # "St Lucia", "St. Vincent and the Grenadines": the saint's title shortened.
    for name, code in list(table.items()):
        if name.startswith("Saint "):
            table.setdefault("St " + name[6:], code)
            table.setdefault("St. " + name[6:], code)
    # Names written without their accents ("Cote d'Ivoire", "Sao Tome and Principe").
    for name, code in list(table.items()):
        table.setdefault(_unaccented(name), code)
    # And with the typographic apostrophe of published pages ("People\u2019s Republic of China").
    for name, code in list(table.items()):
        table.setdefault(name.replace("'", "\u2019"), code)
    return table


def _derived_adjectives() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, code in country_names().items():
        if " " in name or not name[:1].isupper():
            continue
        for form in (name + "n", name + "an", name[:-1] + "an", name[:-1] + "ian", name + "ian", name + "i"):
            table.setdefault(form, code)
    return table


@cache
def adjectives() -> dict[str, str]:
    """Adjectives of countries (Kenyan, Chinese, South African) -> code."""
    return {**_derived_adjectives(), **_ADJECTIVES}


# Capitals under the names English used for them in older copy (GeoNames gives today's): a story of 1966 is
# filed from Peking. Former seats that are big cities today (Lagos, Almaty) are left out: a story filed
# from one now is about a visit elsewhere in the country.
_FORMER_CAPITALS = {
    "Peking": "CN",
    "Peiping": "CN",
    "Rangoon": "MM",
    "Kiev": "UA",
    "Ulan Bator": "MN",
    "Dacca": "BD",
    "Leopoldville": "CD",
    "Batavia": "ID",
    "Alma-Ata": "KZ",
    "Fort-Lamy": "TD",
}


@cache
def capitals() -> dict[str, str]:
    """Capital cities (GeoNames, and the former names and seats above) -> country code."""
    path = Path(__file__).resolve().parent.parent / "reference" / "capitals.csv"
    with open(path, encoding="utf-8") as handle:
        found = {row["capital"]: row["code"] for row in csv.DictReader(handle)}
    for name, code in _FORMER_CAPITALS.items():
        found.setdefault(name, code)
    # Written without accents too ("Lome", "Bogota", "Brasilia"), as most wire copy does.
    for name, code in list(found.items()):
        found.setdefault(_unaccented(name), code)
    return found


@cache
def cities() -> dict[str, tuple[str, ...]]:
    """Cities of GeoNames (reference/cities.csv) by name -> the countries with a city of that name, most populous
    first. A name that is also a country's or its people's ("Mexico", "Kuwait") is left to the country."""
    return {name: tuple(code for code, _ in rows) for name, rows in _city_rows().items()}


def city_population(city: str) -> int:
    """The population of the most populous city of a name (0 if none)."""
    rows = _city_rows().get(city)
    return rows[0][1] if rows else 0


@cache
def _city_rows() -> dict[str, tuple[tuple[str, int], ...]]:
    path = Path(__file__).resolve().parent.parent / "reference" / "cities.csv"
    found: dict[str, list[tuple[int, str]]] = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, code, population = row["name"], row["code"], int(row["population"])
            # Written without accents too ("Cordoba"), and "St. Petersburg" / "St Petersburg" for "Saint Petersburg".
            # GeoNames writes "Xi\u2019an" with a typographic apostrophe; copy writes it either way.
            forms = {name, _unaccented(name), name.replace("\u2019", "'"), _unaccented(name.replace("\u2019", "'"))}
            forms |= {rx.sub(r"^Saint\b", short, form) for form in forms for short in ("St.", "St")}
            # "New York" for "New York City": a name of several words before "City" is the city's too.
            forms |= {form[: -len(" City")] for form in forms if form.endswith(" City") and form.count(" ") > 1}
            for form in forms:
                found.setdefault(form, []).append((population, code))
    countries, peoples = country_names(), adjectives()
    table: dict[str, tuple[tuple[str, int], ...]] = {}
    for name, rows in found.items():
        if name in countries or name in peoples or "the " + name in countries:
            continue
        largest: dict[str, int] = {}
        for population, code in rows:
            largest[code] = max(largest.get(code, 0), population)
        table[name] = tuple(sorted(largest.items(), key=lambda item: -item[1]))
    return table


def city_country(city: str, near: tuple[str, ...] | list[str] = ()) -> str | None:
    """The country of a city: a capital's, else that of the city of this name in the first country near it (the
    leg the story is in, a country named beside it) that has one, else that of the most populous city so named."""
    capital = capitals().get(city)
    if capital:
        return capital
    found = cities().get(city)
    if not found:
        return None
    return next((code for code in near if code in found), found[0])


def unaccented(text: str) -> str:
    """A text without its accents ("S\u00e3o Tom\u00e9": "Sao Tome")."""
    return _unaccented(text)


def _unaccented(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@cache
def country_pattern() -> re.Pattern[str]:
    """A pattern matching any country name in text, longest names first."""
    names = sorted(country_names(), key=len, reverse=True)
    # "Latin America" and "South America" are regions, not the United States.
    return re.compile(
        r"(?<![\w-])(?<!Latin )(?<!South )(?<!Central )(?<!North )(?:the )?("
        + "|".join(re.escape(n) for n in names)
        + r")(?![\w$-])"  # a name glued to "$" is a currency ("US$ 5 million")
    )


@cache
def adjective_pattern() -> re.Pattern[str]:
    """A pattern matching a country's adjective as a word (``Chinese``, ``South Korean``)."""
    names = sorted(adjectives(), key=len, reverse=True)
    # ("South American", "Latin American", "Central African": a region's people, not a country's; "Al Sudani",
    # "El Masri": an Arabic surname of origin after its article, no country's adjective)
    return re.compile(
        r"(?<![\w-])(?<!Latin )(?<!South )(?<!Central )(?<!North )(?<!\b[AaEe]l )("
        + "|".join(re.escape(n) for n in names)
        + r")(?![\w])"
    )


@cache
def grouping_pattern() -> re.Pattern[str]:
    """A pattern matching the name of a grouping of countries; group 1 is the wording."""
    names = sorted({n for forms in GROUPINGS.values() for n in forms}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


# The groupings that are regions, not bodies: a region is no side of a pledge, a figure or a partnership.
REGIONS = ("Latin America", "Africa", "Arab States")


def is_body(wording: str) -> bool:
    """Whether a wording names a grouping that is a body (an organization), not a region."""
    return grouping_of(wording) not in (None, *REGIONS)


def grouping_of(wording: str) -> str | None:
    """The short name of the grouping a wording names (``Group of 20``: ``G20``)."""
    for short, forms in GROUPINGS.items():
        if wording in forms:
            return short if short != "COMMONWEALTH" else "Commonwealth"
    return None


def organization_of(body: str) -> str | None:
    """The grouping an organization's body belongs to: "the European Commission" (of the European Union), "the
    African Union Commission", "the ASEAN Secretariat", "the United Nations"; None for a country's body."""
    body = rx.sub(r"^the ", "", body.strip())
    rest = rx.sub(r" (?:Council|Commission|Parliament|Secretariat|Assembly|Summit)$", "", body)
    found = grouping_of(body) or grouping_of(rest) or (grouping_of(rest + " Union") if rest != body else None)
    return found if found in ("EU", "AU", "UN", "ASEAN", "GCC", "Arab League", "SCO", "OAS", "NATO") else None


# "US" names the country where a clause goes on after it ("a visit to the US by", "the US and Canada"); before
# a noun it is an adjective ("a US official", "the US House"), as "American" would be.
_AFTER_A_NAME = (
    r"(?:\s*(?:[.,;:)'\u2019\"]|$)| (?:and|or|nor|but|in|on|at|to|by|for|from|with|as|of|since|after|before|during|"
    r"is|was|were|are|has|had|have|will|would|could|should|must|may|might|did|does|said|says|"
    r"this|last|next|which|who|that|where|when|earlier|later|today|yesterday)\b)"
)


def _us_named(text: str, start: int, end: int) -> bool:
    """Whether "US" at this place names the country: its clause goes on after it, and the word before it is not in
    capitals too ("... WANTS TO DESTROY US.", a headline's pronoun)."""
    shouting = rx.search(r"\b[A-Z]{2,}[^\w\n]{0,3}$", text[max(0, start - 30) : start])
    return bool(rx.compiled(_AFTER_A_NAME).match(text, end)) and not shouting


def countries_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of every country named in a text, by name (not adjective), in order."""
    return [
        (m.start(1), m.end(1), country_names()[m.group(1)])
        for m in country_pattern().finditer(text)
        if not rx.compiled(r" dollars?\b").match(text, m.end(1))  # "U.S. dollars" names a currency, not a party
        and (m.group(1) != "US" or _us_named(text, m.start(1), m.end(1)))
        # ("a Qatar Airways flight", "Kenya Airways": a carrier's name, no party)
        and not rx.compiled(r" (?:Airways|Airlines|Air Lines|Air)\b").match(text, m.end(1))
        and (m.group(1) not in initialisms() or _initials_named(text, m.start(1), m.group(1)))
    ]


def _initials_named(text: str, start: int, initials: str) -> bool:
    """Whether a country's initials at this place name it: not in a line of capitals ("CAR BOMB"), and not letters
    the text also writes as a word in lower case ("car")."""
    shouting = rx.search(r"\b[A-Z]{2,}[^\w\n]{0,3}$", text[max(0, start - 30) : start])
    return not shouting and not rx.search(r"\b" + initials.lower() + r"\b", text)


def capital_country(city: str) -> str | None:
    """The country whose capital a city is."""
    return capitals().get(city)


# The combining forms of countries' names that open a hyphened pair ("Sino-Peruvian trade").
_COMBINING_FORMS = {"Sino": "CN", "Indo": "IN", "Franco": "FR", "Anglo": "GB", "Russo": "RU", "Italo": "IT"}


def party_named(word: str) -> str | None:
    """The country or body one word of a hyphened pair names ("ASEAN-Japan", "Sino-Peruvian", "U.S.-China",
    "Moscow-Kampala"): a country's name, adjective, combining form or capital, or a body's short name."""
    word = word.rstrip(".'\u2019")
    word = "United States" if word in ("U.S", "US") else word
    return (
        country_names().get(word)
        or country_names().get("the " + word)
        or adjectives().get(word)
        or _COMBINING_FORMS.get(word)
        or capital_country(word)
        or (grouping_of(word) if is_body(word) else None)
    )


@cache
def capital_of(code: str) -> str | None:
    """Today's capital of a country ("the Egyptian capital": Cairo)."""
    path = Path(__file__).resolve().parent.parent / "reference" / "capitals.csv"
    with open(path, encoding="utf-8") as handle:
        return next((row["capital"] for row in csv.DictReader(handle) if row["code"] == code), None)


@cache
def state_then(code: str, year: int) -> str:
    """The state a country's code meant in a year: the former state it continues, while that one existed (RU in
    1985 is SUHH, RS in 1980 YUCS: the same COW state number), else the code itself (DE in 1985 stays DE)."""
    for former in predecessors(code):
        state = former_state(former)
        same = (
            country_keys(former).cow_code is not None and country_keys(former).cow_code == country_keys(code).cow_code
        )
        if state is not None and not state.renamed and same and existed(former, year):
            return former
    return code
