import datetime as dt

import pytest

from visitkb.dates import PartialDate, PartialDateError, overlaps


@pytest.mark.parametrize(
    "text, precision, earliest, latest",
    [
        ("2016", "year", dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
        ("2016-02", "month", dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
        ("2016-11-17", "day", dt.date(2016, 11, 17), dt.date(2016, 11, 17)),
    ],
)
def test_partial_dates_cover_the_span_they_name(text, precision, earliest, latest):
    date = PartialDate.parse(text)
    assert (date.precision, date.earliest(), date.latest()) == (precision, earliest, latest)
    assert date.isoformat() == text


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("2016-13-01", "month 13"),
        ("2016-02-30", "day 30 does not exist in 2016-02"),
        ("2015-02-29", "has 28 days"),
        ("17/11/2016", "YYYY-MM-DD"),
        ("", "not a date"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(text, fragment):
    with pytest.raises(PartialDateError, match=fragment):
        PartialDate.parse(text)


def test_partial_dates_sort_coarse_before_fine_within_their_start():
    dates = [PartialDate.parse(t) for t in ["2016-11-17", "2016", "2015-12-31", "2016-11"]]
    assert [d.isoformat() for d in sorted(dates)] == ["2015-12-31", "2016", "2016-11", "2016-11-17"]


def test_overlap_treats_partial_dates_as_intervals():
    year = PartialDate.parse("2016")
    november = PartialDate.parse("2016-11")
    assert overlaps(year, year, november, november)  # a 2016 record may be in November
    assert not overlaps(PartialDate.parse("2016-10-31"), None, november, None)
    assert overlaps(None, PartialDate.parse("2016-11-01"), november, None)
    assert not overlaps(None, None, november, None)  # undated: not in a dated range
    assert overlaps(None, None, None, None)


def test_dates_take_ascii_digits_only():
    import pytest

    from visitkb.dates import PartialDate, PartialDateError

    for text in ("٢٠١٦-١١-١٧", "２０１６", "2016-１１"):
        with pytest.raises(PartialDateError):
            PartialDate.parse(text)
