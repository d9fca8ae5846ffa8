"""dates._DAY_OF_MONTH: one day-of-month spelling read by bare_date and told_ahead alike."""

from datetime import date

from intake.understanding.dates import bare_date, told_ahead

_READ_ON = date(2026, 10, 13)


def test_a_day_with_its_french_ordinal_mark_dates_a_yearless_month() -> None:
    assert bare_date("le 27e novembre au plus tard", _READ_ON, True) == date(2026, 11, 27)


def test_a_day_with_its_english_ordinal_mark_dates_a_yearless_month() -> None:
    assert bare_date("on 4th December", _READ_ON, True) == date(2026, 12, 4)


def test_the_first_of_the_reading_month_is_behind_not_ahead() -> None:
    assert not told_ahead("la réunion a eu lieu le premier octobre", _READ_ON)


def test_a_day_later_in_the_reading_month_is_ahead_in_either_language() -> None:
    assert told_ahead("le jury siège le 29e octobre", _READ_ON)
    assert told_ahead("the panel meets on the 29th October", _READ_ON)
