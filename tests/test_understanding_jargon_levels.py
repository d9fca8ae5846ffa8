"""The level an institution's diploma names (stop 30): art and design schools' diplomas (DN MADE, DNA, DNSEP,
DSAA), social work's diplomas of levels 6 and 7 (CAFERUIS, CAFDES), care and social State diplomas of the
bac's level or below (DEAES, DEAS); certifications with no level of their own (a DU, a CQP, a certification
of the Répertoire spécifique, a titre professionnel named without its level) leave the level open and date
the graduation; a first year of licence is not a licence; a board still to sit leaves the diploma it judges
not had. Phrasings of our own, French and English, read through `propulse extract`'s path on the reading day
2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

EN_AIM = "I would like a job with a charity or a co-operative."
FR_AIM = "Je cherche un emploi dans une association."


def _read(said: str, french: bool = True) -> dict[str, object]:
    if french:
        return extracted(f"Bonjour,\n\n{said}\n\n{FR_AIM}\n\nMerci")
    return extracted(f"Hello,\n\n{said}\n\n{EN_AIM}\n\nThanks", subject="Application")


@pytest.mark.parametrize(
    ("said", "french", "level"),
    [
        pytest.param("J'ai eu mon DN MADE Objet à Nevers en juin 2025.", True, 3, id="fr_dn_made"),
        pytest.param("Titulaire d'un DNMADE Textile depuis juillet 2026.", True, 3, id="fr_dnmade"),
        pytest.param("I obtained a DNMADE in graphic design in Lyon in June 2026.", False, 3, id="en_dnmade"),
        pytest.param("DNA option design obtenu aux Beaux-Arts de Nancy en 2025.", True, 3, id="fr_dna"),
        pytest.param("J'ai obtenu le DNSEP option communication en juin 2025.", True, 5, id="fr_dnsep"),
        pytest.param("I was awarded a DNSEP by an art school in Rennes in 2026.", False, 5, id="en_dnsep"),
        pytest.param("Diplômée d'un DSAA Design d'espace en juillet 2025.", True, 5, id="fr_dsaa"),
        pytest.param("J'ai validé le CAFERUIS en mars 2026.", True, 3, id="fr_caferuis"),
        pytest.param(
            "I completed the CAFERUIS (a French management diploma) in 2025.", False, 3, id="en_caferuis"
        ),
        pytest.param("CAFDES obtenu en novembre 2025 à l'EHESP.", True, 5, id="fr_cafdes"),
    ],
)
def test_an_art_school_or_social_work_acronym_gives_its_level(said: str, french: bool, level: int) -> None:
    result = _read(said, french)
    assert result["education"]["bac_plus"] == level  # type: ignore[index]
    assert status(result, "degree_level") == "met"  # type: ignore[arg-type]


def test_dna_said_of_a_trait_is_not_the_art_diploma_beside_it() -> None:
    result = _read("Cooperation is in my DNA, and I hold a DNSEP obtained in Rennes in 2025.", french=False)
    assert result["education"]["bac_plus"] == 5  # type: ignore[index]
    assert "DNSEP" in str(result["education"]["diploma"])  # type: ignore[index]


@pytest.mark.parametrize(
    ("said", "french"),
    [
        pytest.param("J'ai le DEAES depuis mai 2025, sans autre diplôme.", True, id="fr_deaes"),
        pytest.param("Aide-soignante, DEAS obtenu en 2025.", True, id="fr_deas"),
        pytest.param("I hold a DEAES, a French care diploma, since 2025.", False, id="en_deaes"),
    ],
)
def test_a_care_state_diploma_of_the_bacs_level_is_below_bac_plus_two(said: str, french: bool) -> None:
    result = _read(said, french)
    assert result["education"]["bac_plus"] == 0  # type: ignore[index]
    assert status(result, "degree_level") == "not_met"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "french", "year"),
    [
        pytest.param(
            "Titulaire d'un DU Médiation (université de Tours, mars 2026), je voudrais rejoindre une "
            "coopérative d'activité et d'emploi.",
            True,
            2026,
            id="fr_du_beside_an_aim_naming_emploi",
        ),
        pytest.param("J'ai obtenu le CQP Animateur de loisirs en octobre 2025.", True, 2025, id="fr_cqp"),
        pytest.param(
            "J'ai décroché le titre professionnel de Gestionnaire de paie en mai 2026.",
            True,
            2026,
            id="fr_titre_pro_without_level",
        ),
        pytest.param("I got a French CQP in youth work in April 2026.", False, 2026, id="en_cqp"),
    ],
)
def test_a_certification_with_no_level_of_its_own_leaves_the_level_open_and_dates_the_graduation(
    said: str, french: bool, year: int
) -> None:
    result = _read(said, french)
    assert status(result, "degree_level") == "unknown"  # type: ignore[arg-type]
    assert str(result["education"]["graduation"]).startswith(str(year))  # type: ignore[index]


@pytest.mark.parametrize(
    ("said", "french"),
    [
        pytest.param("J'ai validé ma licence 1re année de droit en 2025.", True, id="fr_licence_1re_annee"),
        pytest.param("Licence 1ère année de LEA validée à Pau en 2024.", True, id="fr_licence_1ere_annee"),
    ],
)
def test_a_first_year_of_licence_is_not_a_licence(said: str, french: bool) -> None:
    result = _read(said, french)
    assert result["education"]["bac_plus"] == 1  # type: ignore[index]


@pytest.mark.parametrize(
    "said",
    [
        pytest.param(
            "I have a BA in Geography (July 2025) and took the final exams of my MSc in Development in "
            "October; the exam board sits on 20 January.",
            id="en_board_sits",
        ),
        pytest.param(
            "I finished a BSc in Biology in 2025 and my MSc modules this autumn; the examination board "
            "will convene in February.",
            id="en_board_will_convene",
        ),
    ],
)
def test_a_board_still_to_sit_leaves_the_master_it_judges_not_had(said: str) -> None:
    result = _read(said, french=False)
    assert result["education"]["bac_plus"] == 3  # type: ignore[index]
    assert status(result, "studies_finished") == "unknown"  # type: ignore[arg-type]


def test_a_master_1_on_a_cv_line_without_a_school_is_the_m1_not_a_first_year() -> None:
    said = "Formation\n2024 – 2025\nMaster 1, même spécialité\n2023\nLicence de sociologie"
    result = _read(said)
    assert result["education"]["bac_plus"] == 4  # type: ignore[index]
    assert result["education"]["diploma"] == "Master 1"  # type: ignore[index]
