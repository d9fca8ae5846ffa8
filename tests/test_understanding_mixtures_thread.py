"""Replies to our mail and newcomers in our threads (the mixtures corpus): a «Re:» under a mailing of ours,
under a mail of ours greeting someone else or passed on by a friend, is written by someone new to the thread,
whose words decide the kind; the participant we wrote to, answering with our Message-ID or under our mail to
them, stays a reply."""

from __future__ import annotations

from reading_day import kind

SENDER = ("Noémie Carvalho", "noemie.carvalho@example.org")
OUR_ID = {"In-Reply-To": "<rdv-0412@animafac.net>", "References": "<rdv-0412@animafac.net>"}


def test_an_application_written_above_our_quoted_mailing_is_an_application() -> None:
    body = (
        "Bonjour,\n\nVotre lettre m'a donné envie de me lancer : je voudrais entrer dans le programme. "
        "J'ai obtenu un BUT Carrières sociales en juin 2025 et je cherche un poste dans une association "
        "de quartier.\n\nNoémie\n\nLe 3 nov. 2026 à 09:00, Pro'pulse <lettre@animafac.net> a écrit :\n"
        "> Les nouvelles de Pro'pulse : trois offres en coopérative, une réunion le 8 décembre.\n"
        "> Pour vous désinscrire, cliquez ici."
    )
    assert kind(body, "Re: Les nouvelles de Pro'pulse", SENDER) == "application"


def test_an_application_written_above_our_quoted_mailing_in_english_is_an_application() -> None:
    body = (
        "Hi,\n\nI would like to join the programme too. I completed a BA in social work in July 2025 and "
        "I am looking for a job in a charity.\n\nNoemie\n\nOn 3 Nov 2026, Pro'pulse <lettre@animafac.net> "
        "wrote:\n> Pro'pulse news: two job offers in cooperatives, an information session on 8 December.\n"
        "> If you no longer wish to receive these emails, reply STOP."
    )
    assert kind(body, "Re: Pro'pulse news", SENDER) == "application"


def test_someone_our_mail_to_a_friend_was_passed_on_to_applies_for_themselves() -> None:
    body = (
        "Bonjour,\n\nMon voisin m'a transféré votre message, je vous écris pour moi. J'ai une licence de "
        "sociologie de juin 2026 et je cherche un emploi dans une association d'insertion.\n\nNoémie "
        "Carvalho\n\nLe 12/11/2026 à 10:00, Pro'pulse <propulse@animafac.net> a écrit :\n> Bonjour,\n"
        "> Votre entretien est confirmé pour jeudi. L'équipe Pro'pulse"
    )
    assert kind(body, "Re: Votre entretien de jeudi", SENDER) == "application"


def test_someone_a_cousin_forwarded_our_mail_to_applies_for_themselves() -> None:
    body = (
        "Hello,\n\nMy cousin forwarded me your email; I'd like to take part myself. I graduated with a "
        "master's in urban planning in June 2026 and I'm looking for a job in a housing cooperative.\n\n"
        "Noemie\n\nOn 12 Nov 2026, Pro'pulse <propulse@animafac.net> wrote:\n> Hello,\n"
        "> Your interview is confirmed for Thursday. Pro'pulse"
    )
    assert kind(body, "Re: Your interview on Thursday", SENDER) == "application"


def test_a_writer_under_our_mail_greeting_someone_else_applies_for_themselves() -> None:
    body = (
        "Bonjour,\n\nJe voudrais aussi être accompagnée : DUT Gestion obtenu en juin 2025, je cherche un "
        "poste de comptable dans une mutuelle.\n\nNoémie\n\nLe 20/11/2026, Pro'pulse "
        "<propulse@animafac.net> a écrit :\n> Bonjour Théo, votre séance est déplacée au lundi 30 novembre."
    )
    assert kind(body, "Re: Votre séance de lundi", SENDER) == "application"


def test_a_writer_under_our_mail_greeting_someone_else_in_english_applies() -> None:
    body = (
        "Hi,\n\nI'm not the person you wrote to, but I'd like to join as well: BA in economics, June 2025, "
        "and I'm looking for a job in a fair-trade cooperative.\n\nNoemie\n\nOn 20 Nov 2026, Pro'pulse "
        "<propulse@animafac.net> wrote:\n> Hello Theo, your session has moved to Monday 30 November."
    )
    assert kind(body, "Re: Your session on Monday", SENDER) == "application"


def test_the_participant_we_wrote_to_giving_facts_under_our_mail_stays_a_reply() -> None:
    body = (
        "Bonjour, j'ai eu ma licence en juin 2025 et je cherche toujours un poste dans une association.\n"
        "Noémie\n\nLe 12/11/2026 à 10:00, Pro'pulse <propulse@animafac.net> a écrit :\n> Bonjour Noémie,\n"
        "> Pourriez-vous nous préciser la date de votre diplôme ? L'équipe Pro'pulse"
    )
    assert kind(body, "Re: Votre candidature à Pro'pulse", SENDER) == "reply"


def test_the_participant_we_wrote_to_answering_in_english_stays_a_reply() -> None:
    body = (
        "Hi, yes, I got my BA in June 2025 and I'm still looking for a job in a charity.\nNoemie\n\n"
        "> Hello, could you tell us when you graduated? Your cousin forwarded me your email. Pro'pulse"
    )
    assert kind(body, "Re: Your application", SENDER, headers=OUR_ID) == "reply"


def test_a_friend_who_passed_our_mail_on_does_not_make_the_answer_a_newcomer_s_when_we_sent_it() -> None:
    body = (
        "Bonjour, vous m'avez transmis votre compte rendu, merci. J'ai eu mon BTS en juin 2025 et je "
        "cherche toujours dans l'animation.\nNoémie\n\nLe 12/11/2026, Pro'pulse <propulse@animafac.net> a "
        "écrit :\n> Bonjour,\n> Voici le compte rendu de notre entretien. L'équipe Pro'pulse"
    )
    assert kind(body, "Re: Compte rendu de notre entretien", SENDER) == "reply"


def test_your_newsletter_named_by_an_applicant_is_ours_not_a_partner_s_mailing() -> None:
    body = (
        "Hello,\n\nA colleague passed on your newsletter. I completed a master's in public health in "
        "September 2026 and I'd really like to join Pro'pulse.\n\nNoemie Carvalho"
    )
    assert kind(body, "Joining Pro'pulse", SENDER) == "application"


def test_votre_newsletter_named_by_an_applicant_is_ours_not_a_partner_s_mailing() -> None:
    body = (
        "Bonjour,\n\nVotre newsletter m'a convaincue. Master de santé publique obtenu en septembre 2026, et "
        "très envie de rejoindre Pro'pulse.\n\nNoémie Carvalho"
    )
    assert kind(body, "Pro'pulse", SENDER) == "application"
