"""Copies and denials of another person's predicate, and another person's contacts (the others corpus):
«…, et moi aussi» / "and so did I" give the writer what the other was said to have; «lui oui, moi non»,
«contrairement à…, qui…» / "unlike my…" keep it theirs; a number or an address given as someone else's is
not the applicant's."""

from __future__ import annotations

from reading_day import extracted, names, status


def test_a_civic_service_copied_by_moi_aussi_is_the_writers() -> None:
    result = extracted(
        "Bonjour,\n\nMon colocataire est en service civique dans une ressourcerie depuis octobre, et moi "
        "aussi, jusqu'en juin prochain.\nJ'ai une licence de géographie obtenue en juin 2026 et je "
        "cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_an_internship_copied_by_so_am_i_is_the_writers() -> None:
    result = extracted(
        "Hello,\n\nMy cousin is doing an internship at a food bank, and so am I, until February, at a "
        "tenants' association. I got my BA in history in June 2026 and I'm looking for a job in a "
        "charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_a_degree_copied_by_moi_de_meme_is_the_writers() -> None:
    result = extracted(
        "Bonjour,\n\nMa voisine a obtenu son BTS Économie sociale familiale en juin 2025, et moi de même "
        ": nous étions dans le même lycée. Je cherche un poste dans une association d'aide à "
        "domicile.\n\nInès Martin"
    )
    assert status(result, "degree_level") == "met"


def test_a_degree_copied_by_so_did_i_is_the_writers() -> None:
    result = extracted(
        "Hi,\n\nMy twin brother got his BTS in management in June 2025, and so did I, at the same "
        "school. I am now looking for a job in a cooperative.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "degree_level") == "met"


def test_a_career_change_of_the_person_a_contrast_opens_on_is_not_the_writers() -> None:
    result = extracted(
        "Bonjour,\n\nÀ la différence de mon oncle, qui a passé quinze ans dans la vente avant de se "
        "reconvertir, je suis resté dans l'animation depuis le lycée ; j'ai obtenu mon BUT carrières "
        "sociales en juin 2025. Je cherche un poste de coordinateur dans une maison de quartier.\n\nInès "
        "Martin"
    )
    assert status(result, "not_career_change") != "not_met"


def test_a_career_change_after_unlike_my_sister_is_not_the_writers() -> None:
    result = extracted(
        "Hello,\n\nUnlike my sister, who was an accountant for twelve years before retraining as a "
        "nurse, I have always worked with young people. I finished my BTS in social work in June 2025 "
        "and I'm looking for a job in a youth association.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") != "not_met"


def test_a_degree_denied_by_lui_oui_moi_non_is_not_the_writers() -> None:
    result = extracted(
        "Bonjour,\n\nMa sœur a fait une licence après le bac, elle oui, moi non : je travaille depuis "
        "comme animatrice. Je voudrais un poste stable dans une association.\n\nInès Martin"
    )
    assert status(result, "degree_level") != "met"


def test_a_number_a_relative_answers_on_is_not_the_applicants() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un DUT GEA obtenu en juin 2025 et je cherche un poste dans une mutuelle. Si je "
        "ne réponds pas, mon compagnon Hugo peut prendre un message au 06 11 22 33 44. Pour me joindre, "
        "c'est le 07 55 66 77 88.\n\nInès Martin"
    )
    assert result["applicant"]["phone"] == "+33755667788"


def test_my_dads_number_before_my_own_is_not_the_applicants() -> None:
    result = extracted(
        "Hi,\n\nI have an HND in business (June 2025) and I'm looking for a job in a social enterprise. "
        "You can also reach my dad on 06 21 43 65 87 if I'm at work; my own number is 07 12 34 56 "
        "78.\n\nInes Martin",
        subject="Application",
    )
    assert result["applicant"]["phone"] == "+33712345678"


def test_a_friend_applying_too_with_her_address_does_not_become_the_applicant() -> None:
    result = extracted(
        "Bonjour,\n\nMon amie Clara Vasseur (clara.vasseur@example.net) postule aussi de son côté. Moi, "
        "j'ai une licence pro obtenue en juin 2026 et je cherche un poste dans une régie de "
        "quartier.\n\nInès Martin"
    )
    assert names(result) == ("Inès", "Martin")


def test_a_friend_applying_too_with_his_address_does_not_become_the_applicant_in_english() -> None:
    result = extracted(
        "Hi,\n\nMy friend Oliver Grant (oliver.grant@example.net) is applying too, he'll write himself. "
        "I have a BA in social policy from June 2026 and I'm looking for a job in a charity.\n\nInes "
        "Martin",
        subject="Application",
    )
    assert names(result) == ("Inès", "Martin")


def test_an_aim_held_by_the_person_a_contrast_opens_on_is_not_the_writers() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une licence d'informatique depuis juin 2026. Contrairement à mon voisin, qui ne "
        "parle que de coopératives, je vise un grand groupe du numérique.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") != "met"

