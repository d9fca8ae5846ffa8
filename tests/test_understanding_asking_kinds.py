"""Kinds and identities inside the asking (stop 36, asking corpus): what a question takes for granted of the
writer is a fact that makes an application (a question tag, a relative clause on the writer, a wish to go
over into a trade of an association); a group a partner serves, the programme's criteria restated, whom a
partner may refer make a question; a person named by a third party is the applicant, whoever writes."""

from __future__ import annotations

from reading_day import extracted, kind, names

ASKER = ("Solène Ferrand", "solene.ferrand@example.net")


# A question tag states what stands before it.


def test_a_situation_closed_by_a_tag_is_the_writers_fact() -> None:
    body = (
        "Bonjour,\n\nMon stage à la recyclerie, dernier module de mon BUT, se termine le 9 janvier, ça "
        "passe, non ? Je peux m'inscrire dès maintenant pour travailler après dans le réemploi ?"
        "\n\nYanis Perrot"
    )
    assert kind(body, "inscription", ("Yanis Perrot", "yanis.perrot@example.org")) == "application"


def test_an_english_situation_closed_by_a_tag_is_the_writers_fact() -> None:
    body = (
        "Hi,\n\nMy internship at the food bank, the last part of my bachelor, ends on 9 January, that's "
        "fine, right? Can I sign up already?\n\nJamie Clarke"
    )
    assert kind(body, "signing up", ("Jamie Clarke", "jamie.clarke@example.org")) == "application"


# A relative clause on the writer, inside a question, presupposes its content.


def test_how_to_apply_asked_by_a_writer_who_holds_a_diploma_is_an_application() -> None:
    body = (
        "Bonjour,\n\nOù se trouve le dossier à remplir pour moi qui ai une licence de sociologie de juillet "
        "2025 ?\n\nMerci,\nLina Garnier"
    )
    assert kind(body, "dossier", ("Lina Garnier", "lina.garnier@example.org")) == "application"


def test_a_wish_to_become_a_trade_in_an_association_is_a_search_for_work() -> None:
    body = "Bonsoir, comment on candidate ? Je voudrais devenir comptable dans une association.\n\nNoah"
    assert kind(body, "candidater", ("Noah Berthier", "noah.berthier@example.org")) == "application"


def test_an_english_wish_to_become_a_trade_at_a_cooperative_is_a_search_for_work() -> None:
    body = "Hello, where is the form? I would like to become an accountant in a cooperative.\n\nNoah"
    assert kind(body, "form", ("Noah Berthier", "noah.berthier@example.org")) == "application"


# No personal fact: a question.


def test_a_search_for_work_of_the_group_an_adviser_supports_is_no_applicants_search() -> None:
    body = (
        "Bonjour,\n\nJe suis des jeunes en recherche d'emploi. Un jeune en service civique peut-il "
        "s'inscrire avant la fin de sa mission ?\n\nMerci,\nClaire Vasseur"
    )
    assert kind(body, "question", ("Claire Vasseur", "claire.vasseur@example.org")) == "question"


def test_the_programmes_criteria_restated_after_a_colon_are_no_facts_of_the_writer() -> None:
    body = (
        "Bonjour,\n\nJe relis vos critères : bac+2, diplômé depuis moins de deux ans, études terminées. "
        "Les deux ans se comptent-ils depuis la soutenance ou depuis le jury ?\n\nMerci,\nPaul Lemaire"
    )
    assert kind(body, "critères", ("Paul Lemaire", "paul.lemaire@example.org")) == "question"


def test_young_people_a_partner_refers_as_a_habit_are_nobody_presented() -> None:
    body = (
        "Bonjour,\n\nNotre service oriente souvent des jeunes vers votre programme. Acceptez-vous les "
        "titres professionnels de niveau 5 ?\n\nCordialement,\nL'équipe du PIJ"
    )
    assert kind(body, "titres professionnels", ("PIJ Morlaix", "pij@example.fr")) == "question"


def test_whom_a_partner_may_refer_is_asked_about_the_programme() -> None:
    body = (
        "Bonjour,\n\nQuels publics pouvons-nous vous orienter ? Une personne en fin de contrat aidé, est-ce "
        "possible ?\n\nCordialement,\nMarc Olivier"
    )
    assert kind(body, "orientations", ("Marc Olivier", "marc.olivier@example.org")) == "question"


# A person presented inside the asking is the applicant.


def test_asking_whether_a_persons_application_is_received_presents_them() -> None:
    body = (
        "Bonjour,\n\nAnimatrice dans une maison de quartier, je me demande si vous accepteriez la "
        "candidature d'un jeune que je connais. Il s'appelle Hugo Marchal et voudrait travailler dans une "
        "ressourcerie."
        "\n\nSon numéro : 06 41 27 83 55.\n\nLaure Bidault"
    )
    result = extracted(body, "un jeune", from_name="Laure Bidault", from_addr="laure.bidault@example.org")
    assert result["kind"] == "application"
    assert names(result) == ("Hugo", "Marchal")


def test_a_person_named_in_a_sentence_of_their_own_is_the_applicant_not_the_adviser() -> None:
    body = (
        "Bonjour,\n\nMme Ivanova, que j'accompagne depuis l'été, a obtenu un BTS SAM en juin 2026. Elle "
        "souhaite travailler dans une coopérative. Son parcours convient-il ?\n\nElle s'appelle Daria "
        "Ivanova ; téléphone : 07 14 52 63 98.\n\nBenoît Carré"
    )
    result = extracted(body, "Mme Ivanova", from_name="Benoît Carré", from_addr="benoit.carre@example.fr")
    assert names(result) == ("Daria", "Ivanova")


def test_a_partner_of_life_presented_in_english_is_the_applicant() -> None:
    body = (
        "Hello,\n\nMy husband, who worked as a baker for ten years, has just finished a licence "
        "professionnelle in social economy and wonders whether he can apply. I'm writing for him.\n\n"
        "His name is Tomás Rivera, phone 06 83 21 47 90.\n\nThanks,\nAnna"
    )
    result = extracted(body, "For my husband", from_name="Anna Rivera", from_addr="anna.rivera@example.org")
    assert names(result) == ("Tomás", "Rivera")


def test_a_person_introduced_by_a_plain_noun_and_named_is_presented() -> None:
    body = (
        "Bonjour,\n\nJe vous écris pour une personne que je conseille, Ousmane Diallo, qui a un CAP "
        "pâtissier (2020). Il voudrait travailler dans une épicerie solidaire. Est-ce possible ?\n\n"
        "Son téléphone : 06 19 28 37 46.\n\nSandrine Morel, CIP"
    )
    result = extracted(body, "Orientation", from_name="Sandrine Morel", from_addr="s.morel@example.org")
    assert names(result) == ("Ousmane", "Diallo")


def test_a_son_named_by_his_first_name_alone_carries_the_parents_family_name() -> None:
    body = (
        "Bonjour,\n\nEst-ce que mon fils, qui a eu son DUT en 2024, peut s'inscrire ? Lucas cherche un "
        "poste dans une coopérative d'énergie.\n\nSon numéro : 06 55 44 33 21.\n\nCordialement,\n"
        "Pascal Verdier"
    )
    result = extracted(body, "Pour mon fils", from_name="Pascal Verdier", from_addr="p.verdier@example.org")
    assert names(result) == ("Lucas", "Verdier")


# Names.


def test_a_diploma_acronym_and_its_speciality_are_no_persons_name() -> None:
    body = (
        "Bonjour,\n\nConseiller en mission locale, je voudrais savoir si un jeune que je suis, qui a un BTS "
        "Maintenance de juin 2025, peut entrer dans votre programme. Il s'appelle Issa Koné et cherche un "
        "poste dans une SCOP.\n\nSes coordonnées : issa.kone@example.net, 07 11 22 33 44.\n\nRémi Faure"
    )
    sender = {"from_name": "Rémi Faure - Mission locale", "from_addr": "r.faure@example.org"}
    result = extracted(body, "Un jeune", **sender)
    assert names(result) == ("Issa", "Koné")


def test_an_address_of_a_nickname_and_initials_shows_a_compound_family_name() -> None:
    body = "Bonjour,\n\nJ'ai un master ESS depuis septembre 2026. Puis-je candidater ?\n\nMaxime Pereira Dias"
    result = extracted(body, "Question", from_name="Maxime Pereira Dias", from_addr="max.pd@example.com")
    assert names(result) == ("Maxime", "Pereira Dias")


def test_an_address_of_initials_keeps_a_family_name_written_first_whole() -> None:
    body = "Bonjour,\n\nJ'ai eu mon BTS en juin 2026. Comment je m'inscris ?\n\nLéa"
    result = extracted(body, "Inscription", from_name="Léa Tran Van", from_addr="lea.tv@example.org")
    assert names(result) == ("Léa", "Tran Van")


def test_a_daughter_named_only_by_her_address_takes_her_name_from_it() -> None:
    body = (
        "Bonjour,\n\nEst-ce que ma fille, qui a obtenu son BTS en juin 2025, peut candidater ? Elle cherche "
        "un emploi dans une association. Son adresse : awa.lebrunsow@example.net.\n\nMartine Lebrun-Sow"
    )
    result = extracted(body, "Pour ma fille", from_name="Martine Lebrun-Sow", from_addr="m.ls@example.org")
    assert names(result) == ("Awa", "Lebrun-Sow")


def test_a_son_named_only_by_his_address_in_english_takes_his_name_from_it() -> None:
    body = (
        "Hello,\n\nCould my son, who got his BTEC in June 2025, apply? He is looking for a job in a "
        "charity. His email is liam.oconnell@example.com.\n\nSiobhan O'Connell"
    )
    result = extracted(body, "For my son", from_name="Siobhan O'Connell", from_addr="siobhan@example.org")
    assert names(result) == ("Liam", "O'Connell")


def test_a_value_a_self_check_asks_about_after_an_arrow_is_told() -> None:
    body = (
        "Bonjour,\n\nMon point sur vos conditions :\nNiveau : BTS SIO, juillet 2025 → ça va ?\n"
        "Stage en cours : non\n\nJe peux m'inscrire ?\nEmma Rolland"
    )
    assert kind(body, "Vérification", ("Emma Rolland", "emma.rolland@example.org")) == "application"


def test_an_english_value_asked_about_after_an_arrow_is_told() -> None:
    body = "Hi,\n\nChecking myself:\nDegree: BA in History, June 2025 -> OK?\n\nCan I sign up?\nOwen Price"
    assert kind(body, "Checking", ("Owen Price", "owen.price@example.org")) == "application"
