"""A name given only under the closing (the identities corpus, slice i-third): a writer who names herself
nowhere else signs a given name alone («Bien à vous,» then «Maëlle») or an initial and her family name
(«R. Castaing»); the part she leaves out comes from her address only where it plainly spells it."""

from __future__ import annotations

from reading_day import extracted, names


def test_a_first_name_signed_alone_is_completed_by_the_family_name_her_address_spells() -> None:
    body = (
        "Bonjour,\n\nTitulaire d'un BUT carrières sociales obtenu en juin 2026, je cherche un poste "
        "d'animatrice dans un centre social.\n\nBien à vous,\nMaëlle"
    )
    got = extracted(body, from_name="", from_addr="maelle.tanguy@example.org")
    assert names(got) == ("Maëlle", "Tanguy")


def test_an_english_first_name_signed_alone_keeps_no_family_name_the_address_does_not_spell() -> None:
    body = (
        "Hello,\n\nI graduated with a BA in geography in July 2026 and I'm looking for a job with a "
        "housing charity.\n\nThanks,\nRowan\n+44 7700 900321"
    )
    got = extracted(body, subject="Application", from_name="", from_addr="rowan.k77@example.org")
    assert names(got) == ("Rowan", None)


def test_an_initial_and_a_family_name_signed_give_the_family_name_only() -> None:
    body = (
        "Bonjour,\n\nLicence de sociologie validée en juin 2026, je cherche un emploi dans une "
        "coopérative d'habitants.\n\nCordialement,\nR. Castaing"
    )
    got = extracted(body, from_name="", from_addr="rcastaing31@example.org")
    assert names(got) == (None, "Castaing")


def test_a_word_of_the_address_that_names_nobody_is_no_family_name() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu mon DUT GEA en juin 2026 et je cherche un poste de gestionnaire dans une "
        "association.\n\nMerci d'avance,\nTiméo"
    )
    got = extracted(body, from_name="", from_addr="timeo.pro@example.org")
    assert names(got) == ("Timéo", None)


def test_a_word_signed_under_the_closing_that_the_address_does_not_spell_is_no_name() -> None:
    body = (
        "Bonjour,\n\nJ'ai un master de droit social depuis juillet 2026 et je cherche un emploi dans une "
        "mutuelle.\n\nMerci,\nBisous"
    )
    got = extracted(body, from_name="", from_addr="xk.4512@example.org")
    assert names(got) == (None, None)


def test_a_referrer_s_first_name_signed_alone_is_not_the_applicant_s() -> None:
    body = (
        "Bonjour,\n\nJe vous présente mon fils, Noam Rivière, qui a obtenu son BTS en juin 2026 et cherche "
        "un emploi dans une association.\n\nBien à vous,\nIsabelle"
    )
    got = extracted(body, from_name="", from_addr="isabelle.riviere@example.org")
    assert names(got)[0] != "Isabelle"


def test_a_person_recommended_under_an_owned_noun_and_named_between_commas_is_presented() -> None:
    body = (
        "Bonjour,\n\nJe vous recommande notre ancienne serveuse, Anaïs Delmas, qui a obtenu son BTS "
        "tourisme en juin 2026. Elle voudrait travailler dans une association. Ses coordonnées : "
        "anais.delmas@example.net.\n\nBien à vous,\n\nMarc Olivier\nGérant – Le Petit Zinc\n04 70 00 00 00"
    )
    sender = {"from_name": "Le Petit Zinc", "from_addr": "contact@zinc.example.fr"}
    got = extracted(body, subject="Recommandation", **sender)
    assert names(got) == ("Anaïs", "Delmas")
    assert got["applicant"]["email"] == "anais.delmas@example.net"


def test_a_person_an_adviser_says_she_follows_is_presented_not_the_adviser() -> None:
    body = (
        "Bonjour,\n\nJe suis animatrice au foyer de jeunes travailleurs. Le garçon que j'accompagne, Samir "
        "Haddad, 21 ans, a obtenu son BTS gestion en juin 2026. Il voudrait travailler dans une coopérative. "
        "Passez par moi pour le joindre.\n\nNadia Brun\nAnimatrice – 02 40 00 00 00"
    )
    sender = {"from_name": "Nadia Brun", "from_addr": "n.brun@fjt.example.fr"}
    got = extracted(body, subject="Un jeune du foyer", **sender)
    assert names(got) == ("Samir", "Haddad")
    assert got["applicant"]["phone"] is None


def test_an_employer_who_cannot_hire_his_apprentice_presents_her() -> None:
    body = (
        "Bonjour,\n\nLou Perret, mon apprentie depuis deux ans, a fini son BTS commerce en juin 2026. Nous "
        "n'avons pas les moyens de l'embaucher. Elle aimerait travailler dans une épicerie solidaire.\n\n"
        "Joignable au 06 21 43 65 87.\n\nHervé Colin, artisan boulanger"
    )
    got = extracted(body, subject="Une apprentie", from_name="Hervé Colin", from_addr="h.colin@example.fr")
    assert got["kind"] == "application"
    assert names(got) == ("Lou", "Perret")


def test_a_project_named_between_commas_is_no_person_presented() -> None:
    body = (
        "Bonjour,\n\nJe vous présente mon projet, Jardin Partagé, lancé avec des voisins. J'ai obtenu mon "
        "master d'urbanisme en juin 2026 et je cherche un emploi dans une coopérative.\n\nMerci,\n"
        "Salomé Viguier"
    )
    got = extracted(body, from_name="Salomé Viguier", from_addr="salome.viguier@example.org")
    assert names(got) == ("Salomé", "Viguier")
    assert got["situation"]["forwarded_by"] is None


def test_an_adviser_named_by_the_writer_who_spoke_of_the_programme_is_not_presented() -> None:
    body = (
        "Bonjour,\n\nClaire Bodin, ma conseillère, m'a parlé de votre programme. J'ai une licence pro depuis "
        "juin 2026 et je cherche un poste dans une association.\n\nTom Réaux"
    )
    got = extracted(body, from_name="Tom Réaux", from_addr="tom.reaux@example.org")
    assert names(got) == ("Tom", "Réaux")
    assert got["situation"]["forwarded_by"] is None


def test_an_organisation_that_still_recruits_besides_a_denied_post_offers_one() -> None:
    body = (
        "Bonjour,\n\nNotre association ne recrute pas de stagiaire cette année mais un coordinateur en CDI. "
        "Pourriez-vous diffuser l'annonce auprès de vos jeunes ?\n\nCordialement,\nÉlise Marty"
    )
    sender = {"from_name": "Élise Marty", "from_addr": "e.marty@asso.example.org"}
    got = extracted(body, subject="Offre d'emploi", **sender)
    assert got["kind"] != "application"


def test_a_question_taking_up_the_programme_named_before_it_is_a_question() -> None:
    body = (
        "Bonjour,\n\nUne amie m'a parlé de votre programme la semaine dernière. Est-ce qu'on peut y "
        "entrer en cours d'année, ou seulement à la rentrée ?\n\nMerci,\nKarim Aouad"
    )
    got = extracted(body, subject="Question", from_name="Karim Aouad", from_addr="k.aouad@example.org")
    assert got["kind"] == "question"


def test_an_english_question_about_the_form_named_before_it_is_a_question() -> None:
    body = (
        "Hello,\n\nYour online form will not take the accent in my surname. Should I type it without one?"
        "\n\nThanks,\nZoé Lindqvist"
    )
    got = extracted(body, subject="Form", from_name="Zoé Lindqvist", from_addr="zoe.l@example.org")
    assert got["kind"] == "question"


def test_an_applicant_who_names_the_programme_then_asks_still_applies() -> None:
    body = (
        "Bonjour,\n\nVotre programme m'intéresse beaucoup. J'ai obtenu un master d'économie sociale en juin "
        "2026 et je cherche un emploi dans une coopérative. Comment puis-je m'inscrire ?\n\nLina Caradec"
    )
    got = extracted(body, from_name="Lina Caradec", from_addr="lina.caradec@example.org")
    assert got["kind"] == "application"


def test_a_retiree_offering_her_help_to_the_programme_s_young_people_asks_no_question_of_it() -> None:
    body = (
        "Bonjour,\n\nAncienne DRH d'une mutuelle, j'aimerais proposer mon aide aux jeunes de votre programme "
        "pour préparer leurs entretiens. À qui puis-je écrire ?\n\nHélène Vasseur"
    )
    got = extracted(body, subject="Bénévolat", from_name="Hélène Vasseur", from_addr="h.vasseur@example.org")
    assert got["kind"] != "question"


def test_a_school_asking_a_favour_after_naming_the_programme_s_call_asks_no_question_of_it() -> None:
    body = (
        "Bonjour,\n\nNous aimerions relayer votre appel à candidatures dans notre lettre aux anciens. "
        "Pourriez-vous nous envoyer un visuel ?\n\nCordialement,\nLe bureau des diplômés"
    )
    got = extracted(body, subject="Relais", from_name="Bureau des diplômés", from_addr="bdd@ecole.example.fr")
    assert got["kind"] != "question"
