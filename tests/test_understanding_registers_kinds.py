"""Kinds and contacts read the same whatever the register: a fiche of «Label : value» lines, a formal letter,
a short note. The structure decides (whose name the fields give, what an address is given for, who the
subject of a verb is), never the register; the phrasings here are the tests' own, French and English."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import labelled_fields, parse_message
from intake.understanding import read_applicant

TODAY = date(2026, 11, 26)
WRITER = ("Inès Martin", "ines.martin@example.org")
Contacts = tuple[str | None, str | None, str | None]


def _message(body: str, subject: str, sender: tuple[str, str]) -> bytes:
    return make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject)


def _kind(body: str, subject: str, sender: tuple[str, str] = WRITER) -> str:
    return classify(parse_message(_message(body, subject, sender))).kind


def _contacts(body: str, subject: str, sender: tuple[str, str]) -> Contacts:
    msg = parse_message(_message(body, subject, sender))
    result = classify(msg)
    facts = read_applicant(msg, [], today=TODAY, forwarded_by=result.forwarded_by)
    first, last, email = (getattr(facts, key) for key in ("first_name", "last_name", "email"))
    return (first and first.value, last and last.value, email and email.value)


# ------------------------------------------------------------------ the writer's own fiche


def test_a_french_fiche_naming_its_sender_is_an_application_even_with_a_partnership_post_sought() -> None:
    fiche = (
        "Nom / prénom : VIDAL Soraya\nTéléphone : 06 12 12 12 12\nDiplôme : Master économie, 2026\n"
        "Recherche : chargée de partenariats dans une fondation"
    )
    assert _kind(fiche, "Ma fiche", ("Soraya Vidal", "soraya.vidal@example.org")) == "application"


def test_an_english_fiche_naming_its_sender_is_an_application_even_with_a_partnership_post_sought() -> None:
    fiche = "Name: Tom Ashby\nDegree: BA Politics, 2026\nLooking for: partnerships officer in a charity"
    assert _kind(fiche, "My details", ("Tom Ashby", "tom.ashby@example.org")) == "application"


def test_a_bulleted_fiche_reads_its_lines_as_labelled_fields() -> None:
    fields = labelled_fields("- Nom : ROUX Inès\n• Diplôme : BTS, 2025\n–  Email: a@example.org")
    assert fields == [("nom", "ROUX Inès"), ("diplôme", "BTS, 2025"), ("email", "a@example.org")]


def test_a_fiche_titled_with_the_programme_name_keeps_the_sender_as_the_applicant() -> None:
    fiche = (
        "Nom : Benali\nPrénom : Yanis\nDiplôme : licence pro, juin 2025\nProjet : un poste dans une mutuelle"
    )
    sender = ("Yanis Benali", "yanis.benali@example.net")
    assert _contacts(fiche, "Demande Pro'pulse", sender) == ("Yanis", "Benali", "yanis.benali@example.net")


def test_an_english_fiche_titled_with_the_programme_name_keeps_the_sender_as_the_applicant() -> None:
    fiche = "Full name: Grace Holt\nDegree: MSc Development, 2026\nGoal: a job in a cooperative"
    sender = ("Grace Holt", "grace.holt@example.com")
    assert _contacts(fiche, "Pro'pulse Form", sender) == ("Grace", "Holt", "grace.holt@example.com")


# ------------------------------------------------------------------ an offer says where to apply


def test_a_french_offer_laid_out_as_a_fiche_with_an_address_to_apply_to_is_not_an_application() -> None:
    offer = (
        "Poste : animateur·rice de réseau\nContrat : CDD 18 mois\nProfil : bac+3, premier emploi bienvenu\n"
        "Envoyer sa candidature : jobs@reseau.example.org"
    )
    assert _kind(offer, "Poste à pourvoir", ("Réseau Cap", "jobs@reseau.example.org")) == "other"


def test_an_english_offer_laid_out_as_a_fiche_with_an_address_to_apply_to_is_not_an_application() -> None:
    offer = "Role: organiser\nContract: 2 years\nProfile: a first job\nApply to: hr@coop.example.com"
    assert _kind(offer, "Vacancy", ("Coop HR", "hr@coop.example.com")) == "other"


def test_a_parent_giving_the_address_where_to_reach_their_daughter_still_presents_an_applicant() -> None:
    note = (
        "Bonjour, ma fille Lina a eu son BTS en juin 2026 et cherche un emploi dans une association. "
        "Vous pouvez la joindre : lina.haddad@example.org."
    )
    assert _kind(note, "Pour ma fille", ("Karim Haddad", "k.haddad@example.net")) == "application"


# ------------------------------------------------------------------ the writer as the one hired


def test_a_writer_wishing_to_be_hired_by_an_association_after_a_bts_is_an_application() -> None:
    note = "Bonjour, BTS SAM validé cet été. Je voudrais être recrutée par une association de quartier."
    assert _kind(note, "Bonjour") == "application"


def test_an_english_writer_hoping_to_get_hired_by_a_charity_is_an_application() -> None:
    assert (
        _kind("Hi, I finished my degree last summer and I hope to get hired by a charity.", "Hi")
        == "application"
    )


def test_an_organisation_saying_it_hires_is_not_an_application() -> None:
    note = (
        "Bonjour, nous allons être recrutés par la mairie pour un projet, et nous embauchons deux animateurs."
    )
    assert _kind(note, "Projet", ("Asso Lien", "contact@lien.example.org")) != "application"


# ------------------------------------------------------------------ a question asked as a statement


def test_a_formal_letter_asking_without_a_question_mark_is_a_question() -> None:
    letter = (
        "Madame, Monsieur,\n\nJe me permets de vous demander si les séances de votre programme ont lieu le "
        "soir, mes journées étant déjà prises.\n\nVeuillez agréer mes salutations respectueuses.\n\nLéon Brun"
    )
    assert _kind(letter, "Horaires", ("Léon Brun", "leon.brun@example.org")) == "question"


def test_an_english_letter_asking_without_a_question_mark_is_a_question() -> None:
    letter = "Dear Sir or Madam,\n\nI would like to know whether the programme has a fee.\n\nYours,\nAda"
    assert _kind(letter, "Fees", ("Ada Lamb", "ada.lamb@example.com")) == "question"


def test_a_relative_asking_indirectly_how_to_apply_for_a_grandson_is_a_question() -> None:
    letter = (
        "Madame, Monsieur, je souhaiterais connaître les modalités de candidature à votre programme pour "
        "pouvoir les transmettre à mon petit-fils. Avec mes remerciements, Odile Marchand"
    )
    assert _kind(letter, "Information", ("Odile Marchand", "odile.m@example.net")) == "question"


def test_facts_stated_before_an_indirect_question_still_make_an_application() -> None:
    fr = "Bonjour, j'ai eu mon BTS en juin 2026 et je cherche un emploi, je voudrais savoir si je peux venir."
    en = "Hello, I got my degree in June 2026 and I look for a job in a charity, I wonder if I can join."
    assert {_kind(fr, "Bonjour"), _kind(en, "Hello")} == {"application"}


# ------------------------------------------------------------------ a school as the writer's workplace


def test_a_staff_member_working_at_a_university_asking_the_criteria_is_a_question() -> None:
    fr = "Bonjour, je travaille au bureau des stages d'une école. Quels sont vos critères d'admission ?"
    en = "Hi, I work in a college placement office. What are the admission criteria for your programme?"
    sender = ("Rose Tang", "rose.tang@example.org")
    assert {_kind(fr, "Critères", sender), _kind(en, "Criteria", sender)} == {"question"}


def test_a_writer_who_studied_at_a_university_still_tells_of_their_studies() -> None:
    note = "Bonjour, j'ai fini mes études à l'université en juin et je cherche un poste dans une scop."
    assert _kind(note, "Bonjour") == "application"
