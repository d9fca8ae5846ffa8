"""Levels and graduation dates said through a figure (figures round, the levels side: education.py,
diploma_level.py, diploma_date.py and discourse.py reading figures.py's meanings): a figure of getting said of
a diploma has it, a final exam not sat again was failed, a periphrasis of the university cycle names a level,
a set phrase dates the month, an overstated time put right is the time given. Phrasings of our own, French and
English, read through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

from reading_day import extracted, status

AIM = "Je cherche un poste dans une association d'insertion."
EN_AIM = "I am looking for a job in a community charity."


def test_a_bts_whose_final_exam_was_not_sat_again_is_not_had() -> None:
    result = extracted(
        "Bonjour,\nBac STMG en 2021, puis deux ans de BTS Comptabilité, avec un léger couac à l'examen final "
        f"que je n'ai jamais repassé. {AIM}\nYanis Ferrand"
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_an_hnd_whose_final_papers_were_never_resat_is_not_had() -> None:
    result = extracted(
        "Hello,\nBaccalauréat in 2020, then two years of a BTS in logistics; the final exams went sideways "
        f"and I never resat them. {EN_AIM}\nOwen Marsh"
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_years_of_a_course_told_alone_are_settled_by_the_next_sentence_saying_it_failed() -> None:
    result = extracted(
        "Bonjour,\nAprès mon bac pro en 2020, j'ai fait deux ans de BTS Tourisme. Le BTS et moi, ça n'a pas "
        f"collé à l'épreuve finale, et je ne l'ai pas repassée. {AIM}\nInès Caradec"
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_the_diploma_one_passes_after_three_years_of_fac_is_a_bac_plus_three() -> None:
    result = extracted(
        f"Bonjour,\nEn juillet 2025, j'ai eu le diplôme qu'on obtient au bout de trois années de fac, en "
        f"géographie. {AIM}\nLouise Mercadier"
    )
    assert result["education"]["bac_plus"] == 3
    assert status(result, "degree_level") == "met"


def test_the_degree_you_get_after_three_years_of_university_is_a_bachelors_level() -> None:
    result = extracted(
        f"Hello,\nIn June 2025 I got the degree that comes after three years of university, in history. "
        f"{EN_AIM}\nMaya Holt"
    )
    assert result["education"]["bac_plus"] == 3


def test_the_diploma_closing_the_first_university_cycle_is_a_licence() -> None:
    result = extracted(
        f"Bonjour,\nJ'ai obtenu en mai 2026 le diplôme qui clôt le premier cycle universitaire, en lettres. "
        f"{AIM}\nAnaïs Roblin"
    )
    assert result["education"]["bac_plus"] == 3
    assert status(result, "degree_level") == "met"
    # A foreign school's diploma named by its years is that school's: its level stays the coordinator's.
    foreign = extracted(
        "Bonjour,\nEn 2025, j'ai obtenu le diplôme que l'école normale de Goma délivre après trois ans "
        f"d'université, le graduat. {AIM}\nDaniel Kasongo"
    )
    assert status(foreign, "degree_level") == "unknown"


def test_a_bachelors_aced_in_may_is_had_and_dated_may() -> None:
    result = extracted(f"Hi,\nI aced my bachelor's in sociology in May. {EN_AIM}\nRuby Knight")
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2026-05"
    # A tick beside another word ticks that word; a figure of getting in another's mouth is their opinion.
    ticked = extracted(f"Hi,\nProgress: MSc Public Health — modules ✅, placement ✅, viva in May. {EN_AIM}")
    assert ticked["education"]["bac_plus"] is None
    said = extracted(f"Hi,\nMy tutor says my BA is in the bag, but the jury sits in January. {EN_AIM}")
    assert said["education"]["bac_plus"] is None


def test_fresh_out_of_college_since_a_month_with_a_masters_dates_that_month() -> None:
    result = extracted(
        f"Hello,\nI'm fresh out of college since June with a master's in urban planning. {EN_AIM}\nIvy Lane"
    )
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2026-06"


def test_the_sesame_pocketed_after_three_years_of_licence_is_the_licence() -> None:
    result = extracted(
        "Bonjour,\nAprès trois années de licence de droit à Rennes, j'ai empoché le sésame en juin 2025. "
        f"{AIM}\nCamille Le Goff"
    )
    assert result["education"]["bac_plus"] == 3
    assert status(result, "degree_level") == "met"


def test_a_young_graduate_of_may_graduated_last_may() -> None:
    result = extracted(
        "Bonjour,\nJeune diplômé de mai, titulaire d'un BUT Carrières sociales, je postule. "
        f"{AIM}\nHugo Barré"
    )
    assert result["education"]["graduation"] == "2026-05"
    assert status(result, "graduation_recent") == "met"


def test_a_time_overstated_short_then_put_right_is_the_month_given() -> None:
    result = extracted(
        f"Bonjour,\nJ'ai eu mon BTS il y a deux secondes (bon, en octobre), en gestion. {AIM}\nSacha Morin"
    )
    assert result["education"]["graduation"] == "2026-10"
    assert status(result, "graduation_recent") == "met"


def test_a_time_overstated_long_then_put_right_is_the_year_given() -> None:
    result = extracted(
        "Hello,\nHND in accounting, and I've been out of college since forever (well, since 2016). "
        f"{EN_AIM}\nTed Nash"
    )
    assert result["education"]["graduation"] == "2016"
    assert status(result, "graduation_recent") == "not_met"
    # Left alone, an overstated time names no date.
    alone = extracted(f"Bonjour,\nÇa fait des lustres que j'ai mon BTS Commerce. {AIM}\nNora Vial")
    assert status(alone, "graduation_recent") == "unknown"


def test_a_writer_graduated_since_an_overstatement_then_a_year_graduated_that_year() -> None:
    result = extracted(
        "Bonjour,\nJe suis diplômé depuis la nuit des temps, enfin depuis 2018, d'une licence de lettres. "
        f"{AIM}\nMarc Tissot"
    )
    assert result["education"]["graduation"] == "2018"
    assert result["education"]["in_progress"] is False
