"""Whose a fact is (intake/understanding/owner.py, stop 24): a criterion's fact told of someone else — a
relative, a partner, a friend, people in general — is not the writer's; one told of the person a parent or an
adviser presents stays the applicant's. And a date counts as the graduation only beside the diploma it dates,
even when a mail client wrapped the sentence across two lines. Phrasings of their own, French and English,
read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import TODAY, read, status

from intake.understanding.dates import told_ahead
from intake.understanding.facts import unwrapped
from intake.understanding.owner import ANOTHER, OTHERS, WRITER, anothers, owner_at, speaks_for_self

DIPLOMA = "J'ai validé ma licence de géographie en juin 2026."
AIM = "Je cherche un emploi dans une coopérative."
EN_DIPLOMA = "I completed my BA in Geography in June 2026."
EN_AIM = "I am looking for a job with a cooperative."


OWNERS = [
    ("Mon oncle est en reconversion depuis l'an dernier.", "reconversion", ANOTHER),
    ("Ma cousine, qui termine son stage chez un notaire, m'a parlé de vous.", "stage", ANOTHER),
    ("Le service civique de mon neveu finit en avril.", "service", ANOTHER),
    ("Mon mari a obtenu son doctorat en 2019.", "doctorat", ANOTHER),
    ("Je forme des salariés en reconversion depuis trois ans.", "reconversion", OTHERS),
    ("Je suis en stage dans une mutuelle jusqu'en février.", "stage", WRITER),
    ("Mon stage chez un bailleur social se termine en janvier.", "stage", WRITER),
    ("Ma tutrice de stage m'a conseillé d'écrire.", "stage", WRITER),
    ("Mes grands-parents m'ont dégoté un stage chez un notaire.", "stage", WRITER),
    ("My cousin is currently doing an internship in Lille.", "internship", ANOTHER),
    ("I have kept my sister's diploma certificate.", "diploma", ANOTHER),
    ("I am doing an internship until March.", "internship", WRITER),
]


@pytest.mark.parametrize(("sentence", "word", "owner"), OWNERS, ids=[o[0][:40] for o in OWNERS])
def test_a_mention_is_owned_by_whoever_the_sentence_says_holds_it(
    sentence: str, word: str, owner: str
) -> None:
    assert owner_at(sentence, sentence.index(word)) == owner


def test_a_relatives_fact_is_anothers_when_the_writer_tells_their_own_diploma() -> None:
    text = f"Mon oncle est en reconversion depuis l'an dernier. {DIPLOMA}"
    sentence = "Mon oncle est en reconversion depuis l'an dernier."
    assert speaks_for_self(text)
    assert anothers(sentence, sentence.index("reconversion"), text)


def test_a_childs_fact_stays_the_applicants_when_a_parent_writes_for_them() -> None:
    text = "Mon fils a fini son BTS en juin. Il cherche un emploi dans une association. Merci de le rappeler."
    sentence = "Mon fils a fini son BTS en juin."
    assert not speaks_for_self(text)
    assert not anothers(sentence, sentence.index("BTS"), text)


SITUATIONS = [
    pytest.param(
        f"Mon oncle est en pleine reconversion dans la menuiserie. {DIPLOMA} {AIM}",
        "not_career_change",
        id="an_uncles_career_change_is_not_the_writers",
    ),
    pytest.param(
        f"Ma cousine, qui fait son service civique à la Croix-Rouge, m'a écrit. {DIPLOMA} {AIM}",
        "not_service_civique",
        id="a_cousins_civic_service_told_in_a_relative_clause_is_not_the_writers",
    ),
    pytest.param(
        f"Le stage de mon colocataire se termine en mars. {DIPLOMA} {AIM}",
        "not_internship",
        id="a_flatmates_internship_named_as_his_is_not_the_writers",
    ),
    pytest.param(
        f"Je forme des salariés en reconversion depuis trois ans. {DIPLOMA} {AIM}",
        "not_career_change",
        id="people_in_general_in_career_change_are_not_the_writer",
    ),
    pytest.param(
        f"Mon beau-père a travaillé douze ans dans l'assurance. {DIPLOMA} {AIM}",
        "not_career_change",
        id="a_stepfathers_years_in_a_job_are_not_the_writers_career",
    ),
    pytest.param(
        f"My cousin is doing a civic service in a food bank. {EN_DIPLOMA} {EN_AIM}",
        "not_service_civique",
        id="an_english_cousins_civic_service_is_not_the_writers",
    ),
]


@pytest.mark.parametrize(("body", "criterion"), SITUATIONS)
def test_another_persons_situation_leaves_the_writers_criterion_met(body: str, criterion: str) -> None:
    assert status(read(body), criterion) == "met"


def test_a_partners_older_master_is_not_the_writers_diploma() -> None:
    result = read(f"Mon mari a obtenu son master en 2019 et il travaille à la mairie. {DIPLOMA} {AIM}")
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2026-06"


def test_a_brothers_diploma_is_not_the_writers_when_the_writer_has_none() -> None:
    body = "Mon grand frère vient de décrocher son master. Moi je n'ai pas de diplôme après le bac. " + AIM
    assert read(body)["education"]["bac_plus"] != 5


def test_a_daughters_diploma_stays_the_applicants_when_her_mother_writes() -> None:
    body = (
        "Bonjour, ma fille a obtenu son BTS en juillet 2026. Elle cherche un emploi dans une mutuelle. "
        "Pourriez-vous la contacter ?"
    )
    education = read(body)["education"]
    assert (education["bac_plus"], education["graduation"]) == (2, "2026-07")


def test_a_year_of_a_move_is_not_the_graduation_when_the_sentence_is_wrapped() -> None:
    body = (
        "Je me suis installée à Rennes en mars 2021 pour suivre mes cours, et j'y ai validé mon master de\n"
        "droit en octobre 2025. Je cherche un emploi dans une association de défense des locataires."
    )
    assert read(body)["education"]["graduation"] == "2025-10"


def test_a_diploma_named_at_a_lines_end_takes_the_date_on_the_next_line() -> None:
    body = (
        "Pacsée depuis 2022, j'ai terminé mes études l'été dernier, en alternance, avec une licence pro\n"
        "Métiers du social (juillet 2026) et je cherche un poste dans une association d'insertion."
    )
    assert read(body)["education"]["graduation"] == "2026-07"


def test_a_wrapped_line_is_joined_but_a_list_a_field_and_a_signature_are_not() -> None:
    text = (
        "Je termine ce message un peu long en précisant que mon diplôme a été obtenu en\n"
        "novembre 2025.\n- une première ligne de liste assez longue pour ressembler à du texte\n"
        "- une seconde ligne\nDiplôme : BTS\nmarie durand 06 12 34 56 78"
    )
    lines = unwrapped(text).split("\n")
    assert lines[0].endswith("obtenu en novembre 2025.")
    assert lines[1:] == [
        "- une première ligne de liste assez longue pour ressembler à du texte",
        "- une seconde ligne",
        "Diplôme : BTS",
        "marie durand 06 12 34 56 78",
    ]


def test_a_jurys_day_is_not_ahead_when_the_sentence_dates_its_month_in_a_past_year() -> None:
    sentence = "Master validé en décembre 2025 (délibération du 15 décembre)."
    assert not told_ahead("délibération du 15 décembre", TODAY, sentence)
    assert told_ahead("délibération du 15 décembre", TODAY)


def test_a_master_obtained_in_a_month_whose_jury_day_is_given_is_had() -> None:
    body = f"J'ai eu mon master en décembre 2025 (délibération du 15 décembre). {AIM}"
    education = read(body)["education"]
    assert (education["bac_plus"], education["graduation"]) == (5, "2025-12")


def test_a_relatives_diploma_beside_the_writers_own_makes_no_referral() -> None:
    body = f"Mon grand frère a décroché son master l'an dernier et m'a envoyé votre lien. {DIPLOMA} {AIM}"
    result = read(body)
    assert result["situation"]["forwarded_by"] is None
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Inès", "Martin")
