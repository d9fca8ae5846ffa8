"""A person's own words in a machine's envelope (the mixtures corpus, m-auto): an out-of-office notice or a
delivery failure wrapped round what a person wrote is only a presumption of the machine's kind; the words
the person wrote beside it decide. A true autoresponder — its notice alone, or quoting or echoing the mail
it received — stays an automatic reply."""

from __future__ import annotations

from reading_day import extracted, kind

_AUTO = {"Auto-Submitted": "auto-replied"}


def test_an_application_typed_under_an_out_of_office_notice_is_an_application() -> None:
    body = (
        "Je suis absente jusqu'au 4 décembre et je répondrai à mon retour.\n\n"
        "Pour une fois j'ajoute un mot de ma main : diplômée d'un BUT Carrières sociales en juin 2026, je "
        "cherche un emploi d'animatrice dans une régie de quartier et je voudrais être suivie par vous.\n\n"
        "Nora Belkacem"
    )
    assert kind(body, "Réponse automatique : Pro'pulse", headers=_AUTO) == "application"


def test_an_application_written_below_an_automatic_reply_line_is_an_application() -> None:
    body = (
        "Automatic reply: I am out of the office until 8 December and will reply when I return.\n\n"
        "This part is not automatic: I finished my BA in social policy in July 2026 and I am looking for a "
        "job in a housing charity. I would like to join your programme.\n\nNora Belkacem"
    )
    assert kind(body, "Automatic reply: Pro'pulse", headers=_AUTO) == "application"


def test_a_notice_that_only_tells_the_absent_person_s_internship_stays_an_automatic_reply() -> None:
    body = (
        "Bonjour,\n\nJe suis en stage jusqu'au 20 décembre et je lirai vos messages à mon retour.\n\n"
        "Nora Belkacem"
    )
    assert kind(body, "Réponse automatique : votre candidature", headers=_AUTO) == "auto_reply"


def test_an_autoresponder_echoing_the_application_it_received_stays_an_automatic_reply() -> None:
    body = (
        "Ceci est un accusé de réception automatique : votre demande a bien été enregistrée.\n\n"
        "Votre message : Bonjour, j'ai une licence de sociologie de 2025 et je cherche un emploi dans une "
        "association. Théo Marchand\n\nMerci de ne pas répondre à ce message."
    )
    sender = ("Accueil CCAS", "accueil@ccas.example.org")
    assert kind(body, "Accusé de réception", sender=sender, headers=_AUTO) == "auto_reply"


def test_an_autoresponder_echoing_the_mail_it_received_in_english_stays_an_automatic_reply() -> None:
    body = (
        "This is an automatic reply: your request has been received.\n\n"
        "Your message: Hello, I got my master's in 2026 and I am looking for a job in a cooperative. "
        "Theo Marchand"
    )
    sender = ("Front desk", "desk@housing.example.org")
    assert kind(body, "Automatic reply", sender=sender, headers=_AUTO) == "auto_reply"


def test_an_application_resent_with_the_delivery_failure_it_got_is_an_application() -> None:
    body = (
        "Je renvoie mon mail, il m'est revenu.\n\n"
        "----- Message d'origine -----\nDe : postmaster@relais.example.com\n"
        "Le message n'a pas pu être remis : adresse introuvable.\n\n"
        "----- Message d'origine -----\nBonjour, titulaire d'un BTS SP3S depuis juin 2025, je cherche un "
        "poste de coordinatrice dans une association d'aide à domicile.\nLéa Fontaine"
    )
    assert kind(body, "TR: Échec de la remise — candidature") == "application"


def test_an_application_resent_over_an_undeliverable_notice_in_english_is_an_application() -> None:
    body = (
        "Hello, my first email bounced so here it is again.\n\n"
        "I graduated with a BA in geography in June 2026 and I am looking for a job in a community "
        "energy cooperative.\n\nLea Fontaine\n\n"
        "---------- Forwarded message ---------\n"
        "From: Mail Delivery Subsystem <mailer-daemon@mail.example.com>\n"
        "Address not found: your message could not be delivered."
    )
    assert kind(body, "Fwd: Undeliverable: application") == "application"


def test_a_failure_notice_passed_on_under_the_person_s_own_application_names_the_person() -> None:
    result = extracted(
        "Bonjour,\n\nMon ancienne adresse ne marche plus, je vous réécris d'ici : BTS Économie sociale "
        "familiale obtenu en juin 2026, je cherche un poste de conseillère dans un centre social.\n\n"
        "Nina Perrot\n\n---------- Forwarded message ---------\n"
        "From: Serveur de messagerie <postmaster@ancien.example.fr>\nSubject: Non remis : Candidature\n"
        "Votre message n'a pas été envoyé : la boîte de l'expéditeur est désactivée.",
        subject="TR: Non remis : Candidature",
        from_name="Nina Perrot",
        from_addr="nina.perrot@example.org",
    )
    assert (result["kind"], result["applicant"]["email"]) == ("application", "nina.perrot@example.org")


def test_an_undeliverable_notice_forwarded_under_the_person_s_own_application_names_the_person() -> None:
    result = extracted(
        "Hello,\n\nMy student address was closed, so I am writing from my own: I finished my BA in "
        "education in July 2026 and I am looking for a job in a youth charity.\n\nNina Perrot\n\n"
        "---------- Forwarded message ---------\n"
        "From: Mail Delivery System <mailer-daemon@old.example.ac.uk>\nSubject: Undeliverable: Application\n"
        "Your message couldn't be sent: the sender's mailbox has been disabled.",
        subject="Fwd: Undeliverable: Application",
        from_name="Nina Perrot",
        from_addr="nina.perrot@example.org",
    )
    assert (result["kind"], result["applicant"]["email"]) == ("application", "nina.perrot@example.org")


def test_the_desk_number_an_out_of_office_gives_for_urgent_matters_is_not_the_applicant_s() -> None:
    result = extracted(
        "[Absente jusqu'au 3 décembre. Pour toute urgence, appelez l'accueil au 01 44 52 00 00.]\n\n"
        "Bonjour, j'ai obtenu mon BTS SP3S en juin 2026 et je cherche un poste dans une association "
        "d'aide à domicile.\n\nNina Perrot\n06 12 48 93 57"
    )
    assert result["applicant"]["phone"] == "+33612489357"


def test_the_reception_number_an_out_of_office_gives_is_not_the_applicant_s() -> None:
    result = extracted(
        "Out of office until 3 December. For anything urgent, please call reception on +44 20 7946 0321.\n\n"
        "Hello, I got my BA in social work in June 2026 and I am looking for a job in a housing charity."
        "\n\nNina Perrot\n+33 6 12 48 93 57",
        subject="Application",
    )
    assert result["applicant"]["phone"] == "+33612489357"


def test_an_application_sent_later_by_the_writer_s_own_mailer_is_an_application() -> None:
    body = (
        "Bonjour,\n\n(J'ai programmé l'envoi de ce mail hier soir.)\n\nJe suis titulaire d'une licence de "
        "géographie depuis juin 2026 et je cherche un emploi dans une ressourcerie.\n\nNina Perrot"
    )
    assert kind(body, "Candidature", headers={"Auto-Submitted": "auto-generated"}) == "application"


def test_an_application_told_as_a_scheduled_send_is_an_application() -> None:
    body = (
        "Hello,\n\nThis is a scheduled send, written last night.\n\nI finished my BA in sociology in June "
        "2026 and I am looking for a job in a community centre.\n\nNina Perrot"
    )
    assert kind(body, "Application", headers={"Auto-Submitted": "auto-generated"}) == "application"


def test_a_bare_read_receipt_of_our_mail_about_an_application_is_no_application() -> None:
    body = (
        "Votre message\n\n À : Nina Perrot\n Objet : Votre candidature à Pro'pulse\n"
        " Envoyé : 02/12/2026 10:12\n\na été lu le 03/12/2026 08:40."
    )
    assert kind(body, "Lu : Votre candidature à Pro'pulse") == "other"


def test_a_bare_read_receipt_in_english_is_no_application() -> None:
    body = (
        "Your message\n\n To: Nina Perrot\n Subject: Your application to Pro'pulse\n Sent: 02/12/2026 10:12"
        "\n\nwas read on 03/12/2026 08:40."
    )
    assert kind(body, "Read: Your application to Pro'pulse") == "other"


def test_a_note_typed_into_a_read_receipt_that_applies_is_an_application() -> None:
    body = (
        "Votre message\n\n Objet : Pro'pulse, nos critères\n\na été lu le 03/12/2026 08:40.\n\n"
        "Commentaire : merci ; j'ai un BTS SP3S de juin 2026 et je cherche un poste dans une association."
    )
    assert kind(body, "Lu : Pro'pulse, nos critères") == "application"
