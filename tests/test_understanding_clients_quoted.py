"""The writer's newest words over the older mail a client carries under them (the clients corpus, t-quoted,
stop 44): the writer's own earlier mail — forwarded from their mailbox, quoted by their client — is an earlier
state that the words above it update; a fact only it states still counts. Our own questions quoted by the
writer are no claim of theirs: the answer under each is, read as the answer to that question."""

from __future__ import annotations

from reading_day import extracted, status

_WRITER = {"from_name": "Inès Martin", "from_addr": "ines.martin@example.org"}


def test_an_internship_told_in_one_s_own_forwarded_letter_is_over_when_the_note_above_says_it_ended() -> None:
    body = (
        "Bonjour,\n\nJe vous fais suivre ma candidature d'il y a un mois : entre-temps mon stage a pris fin "
        "le 6 novembre, je suis libre dès maintenant.\n\nInès\n\n"
        "________________________________\n"
        "De : Inès Martin <ines.martin@example.org>\n"
        "Envoyé : lundi 12 octobre 2026 09:15\n"
        "À : propulse@animafac.net\n"
        "Objet : Candidature\n\n"
        "Bonjour,\n\nDiplômée d'une licence pro Coordination de projets en juin 2026, je suis en stage dans "
        "une maison de quartier jusqu'en janvier. Je voudrais ensuite travailler dans une association.\n\n"
        "Inès Martin"
    )
    result = extracted(body, "TR: Candidature", **_WRITER)
    assert status(result, "not_internship") == "met"
    assert result["education"]["graduation"] == "2026-06"  # told only in the older letter: it still counts


def test_an_internship_in_one_s_own_forwarded_english_letter_is_over_when_the_note_says_it_ended() -> None:
    body = (
        "Hello,\n\nForwarding my application from last month with one change: my placement finished early, "
        "on 6 November, so I can start straight away.\n\nInes\n\n"
        "-----Original Message-----\n"
        "From: Inès Martin <ines.martin@example.org>\n"
        "Sent: Monday, October 12, 2026 9:15 AM\n"
        "To: propulse@animafac.net\n"
        "Subject: Application\n\n"
        "Hello,\n\nI completed a BA in community development in June 2026 and I am doing an internship at a "
        "housing charity until January. I then want to work for a charity.\n\nInès Martin"
    )
    result = extracted(body, "FW: Application", **_WRITER)
    assert status(result, "not_internship") == "met"


def test_studies_one_s_quoted_mail_said_were_going_on_are_over_once_the_new_words_say_it_is_held() -> None:
    body = (
        "Bonjour,\n\nPetite suite à mon premier mail : ma licence professionnelle est obtenue depuis octobre "
        "2026, tout est bouclé.\n\nInès\n\n"
        "Le jeu. 3 sept. 2026 à 14:02, Inès Martin <ines.martin@example.org> a écrit :\n"
        "> Bonjour,\n"
        "> Je termine une licence professionnelle Intervention sociale à Lille, il me reste la soutenance de "
        "mon rapport fin septembre.\n"
        "> Je cherche ensuite un emploi dans une association d'insertion.\n"
        "> Inès Martin"
    )
    assert status(extracted(body, "Re: Candidature", **_WRITER), "studies_finished") == "met"


def test_studies_one_s_resent_english_letter_said_were_going_on_are_over_once_the_degree_is_awarded() -> None:
    body = (
        "Hello,\n\nResending my application with news: my MSc in social economy was awarded in October 2026, "
        "so my studies are over.\n\nInes\n\n"
        "-----Original Message-----\n"
        "From: Inès Martin <ines.martin@example.org>\n"
        "Sent: Thursday, September 3, 2026 2:02 PM\n"
        "To: propulse@animafac.net\n"
        "Subject: Application\n\n"
        "Hello,\n\nI am finishing an MSc in social economy in Leeds; my dissertation defence is at the end "
        "of September. I then want to work for a cooperative.\n\nInès Martin"
    )
    assert status(extracted(body, "FW: Application", **_WRITER), "studies_finished") == "met"


def test_a_degree_told_validated_with_its_jury_held_on_a_yearless_day_is_dated_by_that_day() -> None:
    body = (
        "Bonjour,\n\nBonne nouvelle : licence validée, jury passé le 9 octobre ! Je cherche un poste dans "
        "une association d'éducation populaire.\n\nInès Martin"
    )
    assert extracted(body, **_WRITER)["education"]["graduation"] == "2026-10"


def test_a_no_under_our_long_quoted_question_on_internship_or_civic_service_is_neither() -> None:
    body = (
        "Bonjour, voici mes réponses à vos questions :\n\n"
        "> Avez-vous au moins un bac+2 obtenu depuis moins de deux ans ?\n"
        "Oui, un BTS ESF en juin 2025.\n\n"
        "> Êtes-vous aujourd'hui en stage ou en service civique ?\n"
        "Non, aucun des deux.\n\n"
        "> Quel poste recherchez-vous ?\n"
        "Conseillère dans une association d'aide aux familles.\n\n"
        "Inès Martin"
    )
    result = extracted(body, **_WRITER)
    assert status(result, "not_internship") == "met"
    assert status(result, "not_service_civique") == "met"


def test_a_no_under_our_long_quoted_english_question_on_internship_or_civic_service_is_neither() -> None:
    body = (
        "Hello, here are my answers to your questions:\n\n"
        "> Do you hold at least a two-year higher education diploma from the last two years?\n"
        "Yes, a BTS in social economy, June 2025.\n\n"
        "> Currently on an internship or in civic service?\n"
        "No, neither of them.\n\n"
        "> What job are you looking for?\n"
        "Family support worker in a charity.\n\n"
        "Ines Martin"
    )
    result = extracted(body, "Application", **_WRITER)
    assert status(result, "not_internship") == "met"
    assert status(result, "not_service_civique") == "met"


def test_an_answer_put_off_under_our_quoted_question_on_internship_leaves_it_open() -> None:
    body = (
        "Bonjour,\n\n> Votre diplôme ?\nBTS ESF, juin 2025.\n\n"
        "> Êtes-vous en ce moment en stage ?\nPas simple à expliquer, on en discutera de vive voix.\n\n"
        "> Quel emploi visez-vous ?\nConseillère dans une association familiale.\n\nInès Martin"
    )
    assert status(extracted(body, **_WRITER), "not_internship") == "unknown"


def test_an_answer_put_off_under_our_quoted_english_question_on_internship_leaves_it_open() -> None:
    body = (
        "Hello,\n\n> Your degree?\nBA in social policy, June 2025.\n\n"
        "> Currently on an internship?\nIt's complicated, can we discuss it at the interview?\n\n"
        "> What job are you after?\nSupport worker in a charity.\n\nInes Martin"
    )
    assert status(extracted(body, "Application", **_WRITER), "not_internship") == "unknown"
