"""Numbers as news copy writes them: figures or words, ordinals, qualifiers, and sums of money with their currency."""

from __future__ import annotations

import re

from . import rx

_SCALES = {
    "trillion": "trillion",
    "billion": "billion",
    "bln": "billion",
    "bn": "billion",
    "million": "million",
    "mln": "million",
    "m": "million",
    "thousand": "thousand",
}
_UNITS = [
    # A currency word its issuer's adjective names: "Kenyan shillings", "Pakistani rupees", "Argentine pesos".
    (r"Kenyan shillings?", "KES"),
    (r"Tanzanian shillings?", "TZS"),
    (r"Ugandan shillings?", "UGX"),
    (r"Pakistani rupees?", "PKR"),
    (r"Sri Lankan rupees?", "LKR"),
    (r"Nepal(?:ese|i) rupees?", "NPR"),
    (r"Indonesian rupiah", "IDR"),
    (r"Egyptian pounds?", "EGP"),
    (r"Turkish lira", "TRY"),
    (r"Argentine pesos?", "ARS"),
    (r"Philippine pesos?", "PHP"),
    (r"Chilean pesos?", "CLP"),
    (r"Colombian pesos?", "COP"),
    (r"Cuban pesos?", "CUP"),
    (r"Mexican pesos?", "MXN"),
    (r"Qatari riyals?", "QAR"),
    (r"Saudi riyals?", "SAR"),
    (r"Indian rupees?", "INR"),
    (r"Kenyan shillings?", "KES"),
    (r"Tanzanian shillings?", "TZS"),
    (r"Ugandan shillings?", "UGX"),
    (r"(?:U\.S\.|US|American) dollars?", "USD"),
    (r"Australian dollars?", "AUD"),
    (r"Canadian dollars?", "CAD"),
    (r"Hong Kong dollars?", "HKD"),
    (r"Singapore dollars?", "SGD"),
    (r"New Zealand dollars?", "NZD"),
    (r"dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"yuan|renminbi", "CNY"),
    (r"yen", "JPY"),
    (r"rupees?", "INR"),
    (r"shillings?", "KES"),
    (r"riyals?", "SAR"),
    (r"dirhams?", "AED"),
    (r"rand", "ZAR"),
    (r"pounds?(?: sterling)?", "GBP"),
    (r"roubles?|rubles?", "RUB"),
    (r"won", "KRW"),
    (r"reais|reals?", "BRL"),
    (r"pesos?", "MXN"),
    (r"kronor|krona", "SEK"),
    (r"ringgit", "MYR"),
    (r"naira", "NGN"),
    (r"rupiah", "IDR"),
    (r"baht", "THB"),
    (r"taka", "BDT"),
    (r"cedis?", "GHS"),
    (r"tenge", "KZT"),
    (r"dong", "VND"),
    (r"Deutsch(?:e )?[Mm]arks?|D-[Mm]arks?", "DEM"),
    (r"Swiss francs?", "CHF"),
    (r"(?:French )?francs?", "FRF"),
    (r"lire|lira", "ITL"),
]
# The country that issues a currency today, and the ISO 4217 code of the one a former state it continues issued under
# the same word (the rouble of the Soviet Union, SUR): "roubles" in 1985 are Soviet roubles.
CURRENCY_ISSUERS = {"RUB": "RU"}
FORMER_CURRENCIES = {"SUHH": "SUR"}
_CURRENCY_SIGNS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "C$": "CAD",
    "R$": "BRL",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "RMB": "CNY",
    "RM": "MYR",
    "₦": "NGN",
    "Rp": "IDR",
    "KSh": "KES",
    "Ksh": "KES",
    "฿": "THB",
    "Tk": "BDT",
    "Sh": "KES",
    "Shs": "KES",
}
# Words and signs that several states' currencies share, by the code they stand for when no state is told, and the
# code each issuer's takes (ISO 4217): "Sh12 billion" in a story of Kenya and Ethiopia is Kenyan shillings, "5 billion
# pesos" between Chile and China Chilean pesos.
_SHARED_CURRENCIES = {
    "KES": {"KE": "KES", "TZ": "TZS", "UG": "UGX", "SO": "SOS"},
    "MXN": {"MX": "MXN", "AR": "ARS", "CL": "CLP", "CO": "COP", "CU": "CUP", "PH": "PHP", "UY": "UYU", "DO": "DOP"},
    "INR": {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"},
    "SAR": {"SA": "SAR", "QA": "QAR", "OM": "OMR", "IR": "IRR", "YE": "YER"},
}
# The states that issue a dollar of their own, whose leaders' "$" and "dollars" alone are theirs ("Canada will give $20
# million"); "NT$" is Taiwan's, so a bare "$" there is the US dollar as elsewhere.
_OWN_DOLLARS = {
    **{"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "JM": "JMD", "TT": "TTD", "BB": "BBD"},
    **{"BS": "BSD", "BZ": "BZD", "BN": "BND", "FJ": "FJD", "GY": "GYD", "LR": "LRD", "NA": "NAD", "SB": "SBD"},
    **{"SR": "SRD", "KY": "KYD", "BM": "BMD"},
    **dict.fromkeys(("AG", "DM", "GD", "KN", "LC", "VC"), "XCD"),
}


def leaders_dollar(code: str, written: str | None, leader_country: str | None) -> str:
    """The currency of an amount in "$" or "dollars" alone: the leader's country's dollar, if it issues one (its
    press and its government count in it), else the code as read."""
    if code == "USD" and written and rx.fullmatch(r"\$|(?i:dollars?)", written) and leader_country in _OWN_DOLLARS:
        return _OWN_DOLLARS[leader_country]
    return code


# Shared words with no issuer whose currency they mean when none is told: Kenya's, Tanzania's and Uganda's shillings.
_NO_DEFAULT = {"KES"}
# The shared word or sign as written: not one a state's name qualifies ("Indian rupees", "KSh").
_SHARED_WRITTEN = r"(?i:shillings?|pesos?|rupees?|riyals?)|Sh|Shs|Rs\.?"
# ISO 4217 codes written before or after an amount ("EUR 300 million", "5 billion USD").
_ISO_CURRENCIES = "USD|EUR|JPY|GBP|CNY|INR|AUD|CAD|CHF|SAR|AED|ZAR|BRL|KRW|RUB|MXN|SGD|HKD|NZD|TRY|IDR|NGN|KES|EGP|QAR|KWD|SEK|NOK|DKK|THB|PKR|BDT|GHS|TZS|UGX|LKR|ARS|PHP|VND|KZT"
_SIGN = (
    r"(?P<sign>US\$|U\.S\.\$|NZ\$|HK\$|S\$|A\$|C\$|R\$|\$|€|£|¥|₹|₦|฿|Rs\.?|RMB|RM(?=\d)|(?:Rp|KSh|Ksh|Tk|Shs?)(?=\s?\d)|"
    + _ISO_CURRENCIES
    + r")"
)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a hundred|one hundred|several hundred|a|half a"
)
# A currency word with a capital, as headlines and some copy write it after a capitalized scale ("Billion Yen").
_TITLED_UNITS = r"(?<=[a-z] )(?:Yen|Dollars?|Euros?|Yuan|Rupees?|Pounds?|Riyals?|Dirhams?|Roubles?|Rubles?)"
AMOUNT = re.compile(
    r"(?<![\w.])"
    + _SIGN
    + r"?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|(?:"
    + _NUMBER_WORDS
    + r")(?= (?:trillion|billion|million)))"
    # "2 billion dollars", "$2bn", "$500m", "a 2-billion-dollar package".
    # A headline's capitals too: "316 Billion Yen", "5 Million Dollars".
    r"(?:[\s-]?(?P<scale>trillion|billion|million|Trillion|Billion|Million|bln|mln|bn|thousand|lakh crores?|crores?|lakhs?)"
    r"|(?P<m>m)(?=[\s,.;]|$))?"
    r"(?:[\s-](?P<unit>"
    + "|".join(u for u, _ in _UNITS)
    + "|"
    + _TITLED_UNITS
    + "|"
    + _ISO_CURRENCIES
    + r"))?(?![\w-])"
)
AMOUNT_WITH_SCALE = re.compile(
    r"(?:\d(?:[\d.,]*)|\b(?:"
    + _NUMBER_WORDS
    + r"))\s?(?:trillion|billion|million|Trillion|Billion|Million|bln|mln|bn|crores?)\b"
)
_SCALE_FACTORS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Indian numbering: a lakh is 100,000 and a crore ten million.
_INDIAN_SCALES = {"lakh": 1e5, "crore": 1e7, "lakh crore": 1e12}


def amount_and_scale(number: str, scale: str) -> tuple[float, str]:
    """An amount's value and scale as the gold writes them: "Rs 5,000 crore" is 50 billion."""
    value = number_value(number) if number[0].isdigit() else _word_amount(number)
    scale = rx.sub(r"s$", "", scale.lower())  # "420 crores", "5 lakhs", "316 Billion"
    if scale not in _INDIAN_SCALES:
        return value, _SCALES[scale]
    total = value * _INDIAN_SCALES[scale]
    for name in ("trillion", "billion", "million", "thousand"):
        if total >= _SCALE_FACTORS[name]:
            return round(total / _SCALE_FACTORS[name], 6), name
    return total, "thousand"


def _word_amount(words: str) -> float:
    """A number written in words before a scale: "two" billion, "a" billion, "half a" billion."""
    words = words.lower()
    if words == "a":
        return 1.0
    if words == "half a":
        return 0.5
    tens = {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "one hundred": 100, "one": 1}
    return float(tens.get(words) or WORD_NUMBERS.get(words) or 0)


WORD_NUMBERS = {
    "a dozen": 12,
    "dozen": 12,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
}
# A pledge's deadline, as a year ("by 2030", "by the end of 2025") or from the publication year ("within five
# years", "over the next 10 years").
BY_YEAR = re.compile(r"\bby (?:the (?:year |end of )?)?(?P<y>(?:19|20)\d\d)\b")
WITHIN_YEARS = re.compile(
    r"\b(?:within|over|in) (?:the next |the coming )?(?:(?P<n>\d+|"
    + "|".join(WORD_NUMBERS)
    + r") years|(?:a |one )?(?P<decade>decade))\b"
)


def years_within(match: re.Match) -> int:
    """The years a WITHIN_YEARS match counts: "within five years" 5, "over the next decade" 10."""
    return 10 if match.group("decade") else int(number_value(match.group("n")))


ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "eleventh": 11,
    "twelfth": 12,
    "fifteenth": 15,
    "twenty-fifth": 25,
}
QUALIFIERS = [
    (r"more than|over|upwards of", "more-than"),
    (r"at least|no fewer than|no less than", "at-least"),
    (r"about|around|some|roughly|approximately|an estimated", "about"),
    (r"nearly|almost|close to", "nearly"),
    (r"up to", "up-to"),
]


def qualifier_name(word: str | None) -> str:
    """The qualifier a count's words give ("more than" is "more-than"); "exact" when none."""
    if not word:
        return "exact"
    for pattern, name in QUALIFIERS:
        if rx.fullmatch(pattern, word.lower()):
            return name
    return "exact"


def number_value(text: str) -> float:
    """A number in figures ("1,200") or in words ("twelve")."""
    return float(text.replace(",", "")) if text[0].isdigit() else float(WORD_NUMBERS[text.lower()])


def currency_code(sign: str | None, unit: str | None) -> str | None:
    """The ISO code of an amount's currency, from its sign ("$") or its unit ("euros"); none if neither says."""
    for code in (sign, unit):
        if code and rx.fullmatch(_ISO_CURRENCIES, code):
            return code
    if unit:
        for pattern, code in _UNITS:
            if rx.fullmatch(pattern, unit) or rx.fullmatch(pattern, unit.lower()):
                return code
    if sign:
        return _CURRENCY_SIGNS.get(sign)
    return None


def issued_currency(code: str, written: str | None, countries: list[str]) -> str | None:
    """The code of a currency whose word or sign several states share ("rupees", "Sh"), for the one issuer among the
    countries a figure is told with; else the code as read, or none for a word no issuer dominates ("shillings")."""
    issuers = _SHARED_CURRENCIES.get(code)
    if not issuers or not written or not rx.fullmatch(_SHARED_WRITTEN, written):
        return code
    told = {issuers[c] for c in countries if c in issuers}
    if len(told) == 1:
        return told.pop()
    return None if code in _NO_DEFAULT else code


def ordinal_value(word: str) -> int:
    """An ordinal in words: "fiftieth" 50, "seventy-fifth" 75."""
    word = word.lower()
    if "-" in word:
        tens, unit = word.split("-", 1)
        return WORD_NUMBERS.get(tens, 0) + ORDINALS[unit]
    return ORDINALS[word]


def ordinal_suffix(n: int) -> str:
    """The suffix of a number written as an ordinal: "st", "nd", "rd" or "th"."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
