"""A platform, a form or a forward carrying the applicant (the mixtures corpus, relay slice): the mailer's own
name and address never name the person; the person is reached at the Reply-To the platform sets, the form's
e-mail field or the address their words give."""

from __future__ import annotations

from reading_day import extracted, names


def test_a_job_board_notice_from_a_notifications_address_names_the_reply_to_person() -> None:
    result = extracted(
        "Solidarjob — Nouvelle candidature\n\nNoémie Carrel a répondu à votre offre « Accompagnement "
        "jeunes diplômés ».\nSon message : « J'ai obtenu mon BTS SP3S en juin 2026 et je cherche un poste "
        "dans un centre social associatif. »\n\nNe répondez pas à ce courriel : utilisez « Répondre » pour "
        "écrire à la candidate.",
        subject="Candidature de Noémie Carrel",
        from_name="Solidarjob",
        from_addr="notifications@solidarjob.example.net",
        headers={"Reply-To": "Noémie Carrel <noemie.carrel@example.org>"},
    )
    assert names(result) == ("Noémie", "Carrel")
    assert result["applicant"]["email"] == "noemie.carrel@example.org"


def test_a_job_board_notice_in_english_names_the_reply_to_person_not_the_board() -> None:
    result = extracted(
        'GoodWork Board — new applicant\n\nTobias Lindqvist applied to your posting.\nMessage: "I finished '
        "my master's in development economics in September 2026 and I want to work for a charity.\"\n\n"
        "Please do not reply to this notification.",
        subject="New applicant on GoodWork Board",
        from_name="GoodWork Board",
        from_addr="notification@goodwork.example.com",
        headers={"Reply-To": "Tobias Lindqvist <tobias.lindqvist@example.net>"},
    )
    assert names(result) == ("Tobias", "Lindqvist")
    assert result["applicant"]["email"] == "tobias.lindqvist@example.net"


def test_a_relay_field_presenting_the_candidate_names_the_person_when_the_reply_to_names_none() -> None:
    result = extracted(
        "Vous avez reçu une candidature pour l'annonce « Accompagnement ».\n\nCandidat : Ilyes Benhamou\n"
        "Message :\nBonjour, je suis titulaire d'un BTS ESF (juin 2026) et je cherche un poste de "
        "conseiller dans une association.\n\nCe message vous est envoyé automatiquement. Merci de ne pas y "
        "répondre.",
        subject="Vous avez reçu une candidature",
        from_name="Métiers Utiles",
        from_addr="ne-pas-repondre@metiers-utiles.example.fr",
        headers={"Reply-To": "cand.8841@example.org"},
    )
    assert names(result) == ("Ilyes", "Benhamou")
    assert result["applicant"]["email"] == "cand.8841@example.org"


def test_an_english_relay_field_presenting_the_candidate_names_the_person() -> None:
    result = extracted(
        "You have a new application.\n\nCandidate: Priya Raman\nMessage:\nI completed my MSc in social "
        "policy in July 2026 and I'm looking for a job with a housing cooperative.\n\n"
        "This is an automated message, do not reply.",
        subject="New application",
        from_name="Civic Roles",
        from_addr="noreply@civicroles.example.com",
        headers={"Reply-To": "priya.r@example.net"},
    )
    assert names(result) == ("Priya", "Raman")


def test_a_form_whose_answers_are_no_labelled_fields_gives_the_address_its_body_holds() -> None:
    result = extracted(
        "Nouvelle réponse au formulaire « Rejoindre le programme »\n\n1. Votre nom et prénom → Salomé "
        "Garnier\n2. Votre e-mail → salome.garnier@example.org\n3. Votre téléphone → 06 41 22 87 10\n4. "
        "Votre dernier diplôme et son année → BUT Carrières sociales, 2026\n5. Parlez-nous de vous → Je "
        "cherche un poste dans une association de quartier.\n\nRéponse enregistrée le 3 novembre 2026.",
        subject="Nouvelle réponse au formulaire « Rejoindre le programme »",
        from_name="Formulaires Pro'pulse",
        from_addr="no-reply@formbox.example.io",
    )
    assert result["applicant"]["email"] == "salome.garnier@example.org"


def test_an_english_form_without_labelled_fields_gives_the_address_its_body_holds() -> None:
    result = extracted(
        'New response to the form "Join the programme"\n\n1. Your full name → Oliver Hartley\n2. Your '
        "email → oliver.hartley@example.com\n3. Your phone → 07 41 22 87 10\n4. Your last degree and its "
        "year → BA Geography, 2026\n5. Tell us about you → I want to work for an environmental charity."
        "\n\nResponse recorded on 3 November 2026.",
        subject='New response to the form "Join the programme"',
        from_name="Forms Pro'pulse",
        from_addr="no-reply@formbox.example.io",
    )
    assert result["applicant"]["email"] == "oliver.hartley@example.com"


def test_ones_own_application_sent_again_from_a_new_address_is_reached_at_the_new_one() -> None:
    result = extracted(
        "Bonjour,\nJe vous fais suivre ma candidature depuis mon adresse personnelle, celle de l'école sera "
        "bientôt supprimée.\nAmbre\n\nDe : Ambre Lefort <a.lefort@etu.ecole-exemple.fr>\nEnvoyé : 2 octobre "
        "2026\nÀ : propulse@animafac.net\nObjet : Candidature\n\nBonjour,\nTitulaire d'une licence LEA "
        "obtenue en juin 2025, je cherche un poste de chargée de projets dans une association.\nAmbre Lefort",
        subject="TR: Candidature",
        from_name="Ambre Lefort",
        from_addr="ambre.lefort@example.net",
    )
    assert result["applicant"]["email"] == "ambre.lefort@example.net"
    assert result["situation"]["forwarded_by"] is None


def test_ones_own_application_forwarded_from_an_old_address_in_english_is_reached_at_the_new_one() -> None:
    result = extracted(
        "Hello,\nI'm resending my application from my personal address, as my student account is closing.\n"
        "Harriet\n\nFrom: Harriet Oduya <h.oduya@students.uni-example.ac.uk>\nSent: 2 October 2026\nTo: "
        "propulse@animafac.net\nSubject: Application\n\nHello,\nI graduated with a BA in geography in June "
        "2025 and I am looking for a job with an environmental charity.\nHarriet Oduya",
        subject="Fwd: Application",
        from_name="Harriet Oduya",
        from_addr="harriet.oduya@example.com",
    )
    assert result["applicant"]["email"] == "harriet.oduya@example.com"
    assert result["situation"]["forwarded_by"] is None


def test_an_application_written_above_a_forwarded_offer_is_the_writers_not_the_offers_sender() -> None:
    result = extracted(
        "Bonjour,\n\nJe vous transfère cette annonce : c'est le poste que je vise, l'animation dans une "
        "maison de quartier. J'ai obtenu mon BPJEPS puis mon DUT carrières sociales en juin 2026 et je "
        "voudrais rejoindre Pro'pulse.\n\nLéon Marchal\n\n---------- Message transféré ---------\nDe : "
        "Maison de quartier des Tilleuls <recrutement@mq-tilleuls.example.org>\nObjet : Offre — animateur"
        "\n\nLa maison de quartier recrute un animateur (CDD, 28 h). Profil : licence pro ou bac+3"
        " en animation, "
        "deux ans d'expérience exigés. Candidatures avant le 15 décembre.",
        subject="Fwd: Offre — animateur",
        from_name="Léon Marchal",
        from_addr="leon.marchal@example.fr",
    )
    assert names(result) == ("Léon", "Marchal")
    assert result["applicant"]["email"] == "leon.marchal@example.fr"


def test_an_application_written_above_a_forwarded_job_ad_in_english_is_the_writers() -> None:
    result = extracted(
        "Hi,\n\nI'm forwarding this ad: I'm looking for a job in fundraising for a charity, just like this "
        "one. I completed my master's in nonprofit management in July 2026.\n\n"
        "Nadia Kovacs\n\n---------- Forwarded message ---------\nFrom: Riverside Food Bank "
        "<jobs@riverside-foodbank.example.org>\nSubject: Vacancy — fundraising officer\n\nRiverside Food "
        "Bank is hiring a fundraising officer (permanent, full time). Profile: a master's degree in "
        "marketing and three years' experience required. Apply before 15 December.",
        subject="Fwd: Vacancy — fundraising officer",
        from_name="Nadia Kovacs",
        from_addr="nadia.kovacs@example.net",
    )
    assert names(result) == ("Nadia", "Kovacs")
    assert result["applicant"]["email"] == "nadia.kovacs@example.net"


def test_an_advisers_note_telling_the_diploma_of_the_person_below_is_no_application_of_hers() -> None:
    result = extracted(
        "Bonjour, le jeune ci-dessous a un diplôme marocain, je ne sais pas comment vous le comptez. Il est "
        "très motivé.\nS. Perrot\n\nDe : Yassine Amrani <yassine.amrani@example.org>\nEnvoyé : 3 novembre "
        "2026\nObjet : Candidature\n\nBonjour, j'ai une licence en économie obtenue en juin 2025 et je "
        "cherche un emploi dans une coopérative.\nYassine Amrani",
        subject="TR: Candidature",
        from_name="Sandrine Perrot",
        from_addr="s.perrot@mission-locale.example.fr",
    )
    assert names(result) == ("Yassine", "Amrani")


def test_an_advisers_english_note_about_the_persons_degree_is_no_application_of_hers() -> None:
    result = extracted(
        "Hello, the young man below has a Moroccan degree, I don't know how you count it. He is very keen."
        "\nS. Perrot\n\nFrom: Yassine Amrani <yassine.amrani@example.org>\nSent: 3 November 2026\nSubject: "
        "Application\n\nHello, I have a degree in economics from June 2025 and I am looking for a job in a "
        "cooperative.\nYassine Amrani",
        subject="Fwd: Application",
        from_name="Sandrine Perrot",
        from_addr="s.perrot@careers.example.org",
    )
    assert names(result) == ("Yassine", "Amrani")
