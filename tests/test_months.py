"""The month names are defined once (intake/months.py): each reader takes the names it reads from there."""

from __future__ import annotations

from intake import months
from intake.scheduling import replies
from intake.understanding import civic_length, dates


def test_every_whole_month_name_is_read_with_and_without_its_accents() -> None:
    names = months.full_names()
    assert names["août"] == names["aout"] == 8
    assert names["décembre"] == names["decembre"] == names["december"] == 12
    assert len(set(names.values())) == 12


def test_the_dates_and_the_civic_service_read_the_same_whole_names() -> None:
    assert civic_length._MONTHS.items() <= dates._MONTHS.items()
    assert dates._MONTHS["févr"] == dates._MONTHS["fevr"] == 2


def test_a_slot_reply_keeps_mar_for_tuesday_not_for_march() -> None:
    assert "mar" not in replies._MONTHS
    assert replies._MONTHS["sept"] == 9
    assert all(name == months.unaccented(name) for name in replies._MONTHS)
