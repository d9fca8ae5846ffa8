"""The contacts a person asks us to use (the identities corpus, i-contacts): the address she asks to be
answered at — in the sentence giving it, written plainly or in brackets, or pointed to in her signature or
her CV, or set as her own mail's Reply-To — wins over the mailbox the mail came from; another person's
address, or one she tells us not to use, never does."""

from __future__ import annotations

from fixtures_docs import make_pdf
from reading_day import names, read


def _email(result: dict[str, object]) -> str:
    applicant = result["applicant"]
    assert isinstance(applicant, dict)
    return str(applicant["email"])


def test_an_address_in_brackets_the_writer_asks_us_to_use_wins_over_the_mailbox() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un BTS économie sociale familiale en juin 2026 et je cherche un poste de "
        "conseillère dans un centre social.\n\nCette boîte est celle de mon lycée, merci d'utiliser "
        "theo (point) brun (at) laposte (point) net pour la suite.\n\nThéo Brun"
    )
    got = read(body, from_name="Théo Brun", from_addr="t.brun.2004@example.org")
    assert _email(got) == "theo.brun@laposte.net"


def test_an_address_asked_for_because_the_student_mailbox_closes_is_the_one_to_answer() -> None:
    body = (
        "Bonjour,\n\nMa boîte de l'université s'éteint fin janvier : utilisez dorénavant "
        "sarah.lenoir.pro@example.net pour toute réponse.\n\nJ'ai un master de géographie obtenu en "
        "septembre 2026 et je cherche un poste dans une coopérative d'habitants.\n\nSarah Lenoir"
    )
    got = read(body, from_name="Sarah Lenoir", from_addr="sarah.lenoir@etu.example.edu")
    assert _email(got) == "sarah.lenoir.pro@example.net"


def test_an_address_asked_for_in_english_is_the_one_to_answer() -> None:
    body = (
        "Hello,\n\nI completed my MSc in public health in July 2026 and I am looking for a job with a "
        "health charity. My college account is being shut down next month, so please use "
        "priya.nair.work@example.com for any reply.\n\nPriya Nair"
    )
    got = read(body, subject="Application", from_name="Priya Nair", from_addr="p.nair@student.example.edu")
    assert _email(got) == "priya.nair.work@example.com"


def test_the_address_written_to_after_the_reply_here_denied_is_the_writers() -> None:
    body = (
        "Bonjour,\n\nNe répondez pas ici, je n'ai plus accès à ce compte ; pour me joindre : "
        "kbenali92@example.org.\n\nLicence de sociologie obtenue en juin 2026, je cherche un emploi dans "
        "une association d'insertion.\n\nKarim Benali"
    )
    got = read(body, from_name="Agence Intérim Nord", from_addr="contact@interim-nord.example.fr")
    assert _email(got) == "kbenali92@example.org"


def test_an_address_pointed_to_at_the_bottom_of_the_mail_is_the_one_to_answer() -> None:
    body = (
        "Bonjour,\n\nCe compte appartient à mon ancien employeur, contactez-moi plutôt via l'adresse en bas "
        "de ce message.\n\nJ'ai un DUT carrières sociales de 2025 et je cherche un poste d'animatrice dans "
        "une maison de quartier.\n\nYasmine Ferhat\nyasmine.ferhat@example.net"
    )
    got = read(body, from_name="Yasmine Ferhat", from_addr="y.ferhat@boulangerie-dupre.example.fr")
    assert _email(got) == "yasmine.ferhat@example.net"


def test_an_address_pointed_to_on_the_cv_is_the_one_to_answer() -> None:
    body = (
        "Hello,\n\nI graduated with a BA in social work in June 2026 and I am looking for a job in a "
        "housing association. Please reply to the address on my CV, I rarely check this one.\n\nOwen Price"
    )
    cv = make_pdf(["Owen Price", "owen.price.jobs@example.com", "BA Social Work, 2026"])
    got = read(
        body,
        subject="Application",
        from_name="Owen Price",
        from_addr="owenp1999@example.org",
        attachments=[("CV_Owen_Price.pdf", "application/pdf", cv)],
    )
    assert _email(got) == "owen.price.jobs@example.com"


def test_the_reply_to_set_on_ones_own_mail_is_the_address_to_answer() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un BUT gestion des entreprises en juin 2026 et je cherche un poste de "
        "gestionnaire dans une mutuelle.\n\nAnaïs Perrin"
    )
    got = read(
        body,
        from_name="Anaïs Perrin",
        from_addr="a.perrin@cabinet-notaire.example.fr",
        headers={"Reply-To": "anais.perrin@example.net"},
    )
    assert _email(got) == "anais.perrin@example.net"


def test_a_reply_to_naming_another_person_keeps_the_from() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un BUT gestion des entreprises en juin 2026 et je cherche un poste de "
        "gestionnaire dans une mutuelle.\n\nAnaïs Perrin"
    )
    got = read(
        body,
        from_name="Anaïs Perrin",
        from_addr="anais.perrin@example.net",
        headers={"Reply-To": "Martine Perrin <martine.perrin@example.org>"},
    )
    assert _email(got) == "anais.perrin@example.net"


def test_a_tutors_address_the_writer_tells_us_to_write_to_is_not_hers() -> None:
    body = (
        "Bonjour,\n\nJ'ai fini mon master d'économie sociale en septembre 2026 et je cherche un poste dans "
        "une SCOP. Si vous voulez une référence, écrivez à mon ancien maître de stage sur "
        "c.laborde@example.fr.\n\nLouise Garnier"
    )
    got = read(body, from_name="Louise Garnier", from_addr="louise.garnier@example.org")
    assert _email(got) == "louise.garnier@example.org"


def test_an_old_address_the_writer_tells_us_not_to_use_is_not_taken() -> None:
    body = (
        "Bonjour,\n\nJ'ai changé de boîte : merci de ne plus utiliser lmorel75@example.fr.\n\nJ'ai une "
        "licence de droit de juin 2026 et je cherche un poste dans une association d'accès au droit.\n\n"
        "Léa Morel"
    )
    got = read(body, from_name="Léa Morel", from_addr="lea.morel@example.org")
    assert _email(got) == "lea.morel@example.org"


def test_the_name_signed_under_a_partners_mailbox_is_the_writers() -> None:
    body = (
        "Bonjour,\n\nJe vous écris avec la messagerie de mon copain, la mienne est bloquée. J'ai eu mon BTS "
        "SP3S en juin 2026 et je cherche un poste dans une association d'aide à domicile.\n\n"
        "Inès Kaddouri\n06 41 52 63 74"
    )
    got = read(body, from_name="Romain Lefebvre", from_addr="romain.lefebvre@example.org")
    assert names(got) == ("Inès", "Kaddouri")


def test_the_name_signed_under_a_shops_mailbox_is_the_writers() -> None:
    body = (
        "Bonjour,\n\nJ'utilise le compte de la librairie où je travaille le samedi. J'ai une licence de "
        "lettres de 2025 et je voudrais travailler dans une association d'éducation populaire.\n\n"
        "Maëlle Guichard"
    )
    got = read(body, from_name="Librairie Le Chat Lettré", from_addr="contact@chat-lettre.example.fr")
    assert names(got) == ("Maëlle", "Guichard")


def test_the_name_signed_under_a_mothers_email_is_the_writers_in_english() -> None:
    body = (
        "Hello,\n\nI'm using my mum's email as mine stopped working. I finished my BA in geography in June "
        "2026 and I am looking for a job with an environmental charity.\n\nTom Ashworth"
    )
    got = read(body, subject="Application", from_name="Helen Brook", from_addr="helen.brook@example.org")
    assert names(got) == ("Tom", "Ashworth")


def test_a_sentence_introducing_the_writer_is_no_signature() -> None:
    body = (
        "Bonjour,\n\nC'est Jade, l'amie de Hugo : je passe par son compte pour vous écrire. J'ai un DUT "
        "GEA de 2025 et je cherche un poste dans une coopérative.\n\nJade Morvan"
    )
    got = read(body, from_name="Hugo Lambert", from_addr="hugo.lambert@example.org")
    assert names(got) == ("Jade", "Morvan")


def test_the_signature_spells_out_the_initial_the_mailbox_shows() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un master de sciences politiques en juillet 2026, je cherche un poste dans "
        "une fondation.\n\nNoé Vasseur"
    )
    got = read(body, from_name="Noé V.", from_addr="nv.2002@example.org")
    assert names(got) == ("Noé", "Vasseur")


def test_a_writer_using_her_own_second_address_keeps_the_mailboxs_name() -> None:
    body = (
        "Bonjour,\n\nJ'écris depuis mon adresse de secours. J'ai un master de droit de 2026 et je cherche un "
        "poste dans une association.\n\nAmandine\nP.S. Ma sœur Lucie Renaud postule aussi."
    )
    got = read(body, from_name="Amandine Renaud", from_addr="amandine.r@example.org")
    assert names(got) == ("Amandine", "Renaud")


def test_an_address_the_writer_herself_will_write_to_is_not_hers() -> None:
    body = (
        "Bonjour,\n\nJ'ai un BTS SP3S de juin 2026. Je vais aussi envoyer mon dossier à "
        "recrutement@maison-des-familles.example.org, une structure que vous connaissez sans doute.\n\n"
        "Clémence Roy"
    )
    got = read(body, from_name="Clémence Roy", from_addr="clemence.roy@example.org")
    assert _email(got) == "clemence.roy@example.org"
