"""Applications written as texts of another genre are filed as applications: a reply to the programme's ad
(whose subject «Re: … recrute» is the ad's, not the writer's), a pasted letter posted «avec accusé de
réception» (a letter's mode, not an automatic mail's words), a bio of the sender in the third person (the
person it speaks of by the sender's first name is the sender). A question quoting the ad stays a question.
The phrasings are the tests' own, French and English."""

from __future__ import annotations

from reading_day import kind

ZOE = ("Zoé Marchetti", "zoe.marchetti@example.org")


def test_a_reply_to_the_ads_subject_answering_its_quoted_profile_is_an_application() -> None:
    body = (
        "Bonjour,\n\n> Niveau attendu : bac+3\nJ'ai seulement un BEP vente, obtenu en 2019.\n\n"
        "> Secteur : associatif\nOui, idéalement une recyclerie.\n\nZoé Marchetti, 06 11 22 33 44"
    )
    assert kind(body, "Re: Pro'pulse recrute sa nouvelle promotion", ZOE) == "application"


def test_a_question_under_the_ads_quoted_profile_is_a_question() -> None:
    body = (
        "Bonjour,\n\n> Niveau attendu : bac+2 au minimum\n"
        "Est-ce qu'un diplôme étranger est reconnu pour ce niveau ?\n\nMerci"
    )
    assert kind(body, "Re: Pro'pulse recrute", ("Anonyme", "question.ess@example.net")) == "question"


def test_an_english_reply_to_the_hiring_ad_with_answers_is_an_application() -> None:
    body = (
        "Hello,\n\n> Minimum level: two years of higher education\nI hold a BA in history (2025).\n\n"
        "> Field: social economy\nYes, I would like to work for a food bank.\n\nZoe Marchetti"
    )
    assert kind(body, "Re: We are hiring — Pro'pulse cohort", ZOE) == "application"


def test_a_pasted_registered_letter_with_acknowledgement_of_receipt_is_no_auto_reply() -> None:
    body = (
        "Bonjour,\n\nAprès la fin de mon contrat j'ai passé un CAP AEPE (juin 2026) et je veux travailler "
        "dans une crèche associative. Voici le courrier :\n\n"
        "Transports Duval SARL\nLettre recommandée avec accusé de réception\n"
        "Objet : rupture de votre contrat\n\nMadame,\nNous vous informons de la fin de votre contrat.\n\n"
        "Zoé Marchetti"
    )
    assert kind(body, "Ma candidature", ZOE) == "application"


def test_a_bio_of_the_sender_in_the_third_person_with_a_partnership_skill_is_an_application() -> None:
    body = (
        "Bonjour,\n\nZoé Marchetti. Titulaire d'une licence de géographie depuis 2025, Zoé a animé des "
        "ateliers de réparation et noué des partenariats avec des mairies. Elle cherche un emploi dans une "
        "ressourcerie.\n\nZoé, 06 55 44 33 22"
    )
    assert kind(body, "présentation", ZOE) == "application"


def test_an_english_bio_of_the_sender_with_partnerships_is_an_application() -> None:
    body = (
        "Hi,\n\nSamir Haddad. Samir holds a master's in urban planning (2024) and has built partnerships "
        "with tenants' unions. He is looking for a job in a housing cooperative.\n\nSamir"
    )
    assert kind(body, "short bio", ("Samir Haddad", "samir.haddad@example.com")) == "application"
