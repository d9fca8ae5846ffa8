"""Two names compared word by word (forms.name_words, one reading since stop 55 for the forms and the
referrals' author rows): case and accents aside, a word of two letters or fewer — a particle, an initial —
telling nobody apart. The names and sheets here are the tests' own."""

from __future__ import annotations

from intake.understanding.forms import fiche_of_another, is_own_fiche, name_words


def test_a_name_is_compared_without_its_case_nor_its_accents() -> None:
    assert name_words("Nom : MARTIN Léa") == {"nom", "martin", "lea"}


def test_a_particle_and_an_initial_are_no_words_of_a_name() -> None:
    assert name_words("Ana de Souza, J. Li") == {"ana", "souza"}


def test_a_sheet_naming_its_sender_without_her_accents_is_her_own() -> None:
    sheet = "Nom : LEFEVRE\nPrénom : Zoe\nDiplôme : licence pro, 2025"
    assert is_own_fiche(sheet, "Zoé Lefèvre")
    assert fiche_of_another(sheet, "Zoé Lefèvre <zoe.l@example.org>") == ""


def test_an_english_sheet_naming_its_sender_without_his_diaeresis_is_his_own() -> None:
    sheet = "Full name: Noel Bronte\nDegree: BA in youth work, 2025"
    assert is_own_fiche(sheet, "Noël Brontë")


def test_a_particle_shared_with_the_sender_leaves_the_sheet_anothers() -> None:
    sheet = "Nom : da Costa\nPrénom : Yara\nDiplôme : BTS ESF, 2025"
    assert not is_own_fiche(sheet, "Hugo da Silva")
    assert fiche_of_another(sheet, "Hugo da Silva <h.dasilva@example.org>") != ""
