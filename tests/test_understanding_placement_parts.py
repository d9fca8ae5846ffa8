"""Where a fact stands in a mail's parts: the writer's own earlier mail quoted under a reminder, a mail
another person wrote that the writer forwards.
Each test says whose words a part is, read from the mail's structure, never from one wording."""

from __future__ import annotations

from fixtures_docs import make_docx, make_message
from reading_day import TODAY, extracted, names, status

from intake.extract import extract_message

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_the_phone_signed_in_ones_own_quoted_mail_is_the_applicants() -> None:
    body = (
        "Bonjour,\n\nJe reviens vers vous, mon courriel de septembre est sans doute passé inaperçu.\n\n"
        "Inès\n\n"
        "Le 12/09/2026 à 09:15, Inès Martin a écrit :\n"
        "> Bonjour,\n> J'ai obtenu mon BTS Tourisme en juin 2026.\n"
        "> Je cherche un poste dans une coopérative de voyages solidaires.\n"
        "> Inès Martin, 06 41 27 88 13\n"
    )
    assert extracted(body, "Re: ma candidature")["applicant"]["phone"] == "+33641278813"


def test_the_phone_in_a_quoted_mail_signed_by_the_sender_in_english_is_theirs() -> None:
    body = (
        "Hello again,\n\nJust bumping my note below, in case it got lost.\n\nInès\n\n"
        "On 3 Oct 2026, Inès Martin <ines.martin@example.org> wrote:\n"
        "> Hi,\n> I completed my BA in geography in June 2026.\n"
        "> I am looking for a job with a community land trust.\n"
        "> Inès Martin - 07 58 22 31 90\n"
    )
    assert extracted(body, "Re: application")["applicant"]["phone"] == "+33758223190"


def test_an_application_resent_in_quotes_under_a_one_line_reminder_is_read() -> None:
    body = (
        "Bonjour,\n\nJe me permets de vous la renvoyer.\n\nInès\n\n"
        "> Bonjour,\n> Je suis titulaire d'un DUT Carrières sociales depuis juillet 2023.\n"
        "> J'aimerais rejoindre une association d'éducation populaire.\n"
        "> Inès Martin — 06 41 27 88 13\n"
    )
    result = extracted(body, "Re: dossier")
    assert result["kind"] == "application"
    assert result["education"]["graduation"] == "2023-07"


def test_an_application_resent_in_quotes_in_english_is_read() -> None:
    body = (
        "Hi,\n\nResending this one, no answer yet.\n\nInès\n\n"
        "> Hello,\n> I earned my master's in urban planning in May 2022.\n"
        "> I would love to work for a housing cooperative.\n"
        "> Inès Martin (07 58 22 31 90)\n"
    )
    result = extracted(body, "Re: hello")
    assert result["kind"] == "application"
    assert result["education"]["graduation"] == "2022-05"


def test_an_advisers_mail_the_applicant_forwards_does_not_lend_them_the_advisers_name() -> None:
    body = (
        "Bonjour, voici ce que mon conseiller m'a écrit. J'ai une licence pro depuis juin 2026.\n\n"
        "Inès Martin — 06 41 27 88 13\n\n"
        "---------- Message transféré ---------\n"
        "De : Bastien Morel <b.morel@example.com>\n"
        "Objet : Suite de notre entretien\n\n"
        "Bonjour Inès,\nComme convenu, tentez Pro'pulse.\nBastien Morel\nConseiller Mission locale\n"
    )
    result = extracted(body, "TR: Suite de notre entretien")
    assert names(result) == ("Inès", "Martin")
    assert result["applicant"]["email"] == "ines.martin@example.org"


def test_an_applicant_forwarding_their_advisers_opinion_of_them_relays_nobody() -> None:
    body = (
        "Bonjour,\n\nMon conseiller m'a proposé de vous faire suivre son avis.\n\n"
        "Inès Martin\n06 41 27 88 13\n\n"
        "-------- Message transféré --------\n"
        "De : Bastien Morel, Mission locale\n"
        "> Inès a obtenu sa licence de sociologie en juin 2026.\n"
        "> Je lui ai parlé de votre dispositif.\n"
    )
    result = extracted(body, "Tr: avis de mon conseiller")
    assert names(result) == ("Inès", "Martin")
    assert result["applicant"]["phone"] == "+33641278813"


def test_a_list_item_labelled_with_a_relative_is_the_relatives_diploma() -> None:
    body = (
        "Bonjour,\n\nNos deux parcours, puisque c'est mon frère qui m'a parlé de vous :\n"
        "- Moi, DUT GEA : 2020\n- Mon frère Malik, licence pro métiers du livre : 2025\n\n"
        "Je cherche un poste de gestionnaire dans une mutuelle.\n\nInès Martin"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2020"


def test_a_list_item_labelled_with_a_relative_in_english_is_theirs() -> None:
    body = (
        "Hi,\n\nFor the record:\n- Me: HND in hospitality, 2019\n"
        "- My sister Priya: MSc in public health, 2026\n\n"
        "I'd like a job in a social enterprise.\n\nInès Martin"
    )
    assert extracted(body)["education"]["graduation"] == "2019"


def test_the_items_under_a_heading_whose_last_clause_is_another_person_are_theirs() -> None:
    body = (
        "Bonjour,\n\nJ'ai un CAP cuisine, obtenu en 2019. Mon cousin m'a dit d'écrire, lui a bien plus :\n"
        "- BTS MCO (2023)\n- bachelor Marketing (2025)\n\n"
        "Je voudrais travailler dans une épicerie solidaire.\n\n"
        "Inès Martin"
    )
    assert extracted(body)["education"]["bac_plus"] == 0


def test_years_in_a_trade_listed_above_a_later_degree_are_a_career_change() -> None:
    body = (
        "Bonjour,\n\nEn bref :\n- 2011-2022 : boulanger dans une chaîne de magasins\n"
        "- 2024-2026 : BTS Économie sociale familiale, obtenu en juin 2026\n"
        "- Maintenant : je cherche un poste dans une association d'aide alimentaire\n\nInès Martin"
    )
    assert status(extracted(body), "not_career_change") == "not_met"


def test_years_in_a_trade_listed_above_a_later_degree_in_english_are_a_career_change() -> None:
    body = (
        "Hello,\n\nIn short:\n- 2010-2021: bus driver for the city network\n"
        "- 2026: BA in community development, June\n- Next: a role in a tenants' association\n\nInès Martin"
    )
    assert status(extracted(body), "not_career_change") == "not_met"


def _with_cv(lines: list[str]) -> dict[str, object]:
    """A one-line mail sending a résumé of `lines` alone, as extracted on TODAY."""
    raw = make_message(
        "Bonjour, mon CV en pièce jointe.", attachments=[("CV_Ines_Martin.docx", DOCX, make_docx(lines))]
    )
    return extract_message(raw, today=TODAY)


def test_a_resumes_search_heading_is_read_with_the_line_under_it() -> None:
    cv = [
        "Inès Martin",
        "Formation",
        "Licence pro Intervention sociale, IUT de Tours, juin 2026",
        "Recherche",
        "Coordinatrice dans une SCIC d'habitat partagé",
    ]
    assert status(_with_cv(cv), "job_seeking_ess") == "met"


def test_a_resumes_looking_for_heading_in_english_is_read_with_the_line_under_it() -> None:
    cv = [
        "Inès Martin",
        "Education",
        "BA in Social Policy, University of Leeds, July 2026",
        "Looking for",
        "A project officer role in a credit union",
    ]
    assert status(_with_cv(cv), "job_seeking_ess") == "met"


def test_a_fiche_a_parent_fills_in_for_their_child_presents_the_child() -> None:
    body = (
        "Bonjour,\n\nJ'écris à la place de ma fille, très prise en ce moment. Voici ses informations :\n\n"
        "Nom : Ferrand\nPrénom : Lucie\nCourriel : lucie.ferrand@example.net\n"
        "Études terminées : non (dernière année de licence à Caen)\n"
        "Projet : une ressourcerie\n\nPascal Ferrand"
    )
    result = extracted(
        body, "Pour ma fille Lucie", from_name="Pascal Ferrand", from_addr="p.ferrand@example.org"
    )
    assert result["kind"] == "application"
    assert names(result) == ("Lucie", "Ferrand")
