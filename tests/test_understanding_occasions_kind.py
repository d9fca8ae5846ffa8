"""Kinds and whose facts on the occasion of writing (the occasions corpus, h-okind): a relance of an
application already sent, with no fact, asks a question; a teacher's course, the reader's talk at a
university, a youth centre are nobody's studies nor a person presented; a teacher's own trade is not the
student's; a friend written for is presented; the person a cleft names («c'est X qui m'a parlé de vous») is
not the writer."""

from __future__ import annotations

import pytest
from reading_day import criterion, extracted, kind, names, status

from intake.understanding.lexicon import load_lexicon
from intake.understanding.signals import read_signals

_ASKER = ("Maëlle Rousseau", "maelle.rousseau@example.org")
_TEACHER = "h.lemaire@example.net"
_FRIEND = "lea.fontaine@example.net"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nJe vous ai transmis mon dossier de candidature le mois dernier et je n'ai rien reçu "
        "depuis. Est-ce que vous l'avez bien eu ?\n\nMerci",
        "Hello,\n\nI submitted my application a month ago and have heard nothing since. Did you get my "
        "file?\n\nThanks",
    ],
)
def test_a_relance_of_an_application_sent_earlier_with_no_fact_is_a_question(body: str) -> None:
    assert kind(body, "Ma candidature", _ASKER) == "question"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nJ'enseigne en BTS ESF dans un lycée de Rouen. Quels sont les critères pour que mes "
        "étudiants puissent s'inscrire à la prochaine session ?\n\nCordialement",
        "Hello,\n\nI teach on an MSc in Leeds. What are the criteria for my students to join the next "
        "session?\n\nBest",
    ],
)
def test_a_teacher_naming_the_course_they_teach_asks_a_question(body: str) -> None:
    assert kind(body, "Critères", _ASKER) == "question"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nLors de votre présentation à la fac lundi, vous avez annoncé une réunion "
        "d'information, mais j'ai oublié l'heure. Quand a lieu la réunion ?\n\nMerci",
        "Hello,\n\nAt your talk at the university on Monday you announced an information meeting, but I "
        "forgot the time. When is the meeting?\n\nThanks",
    ],
)
def test_the_university_where_the_reader_spoke_is_not_the_writers_studies(body: str) -> None:
    assert kind(body, "Atelier", _ASKER) == "question"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nVous êtes passés présenter Pro'pulse à la fac de Nanterre jeudi. J'ai obtenu mon BUT "
        "GEA en juin 2026 et je cherche un emploi dans une coopérative. Je souhaite candidater.\n\nMaëlle "
        "Rousseau",
        "Hello,\n\nYou came to introduce Pro'pulse at Lyon University on Thursday. I graduated with a BA in "
        "sociology in June 2026 and I'm looking for a job in a charity. I would like to apply.\n\nMaëlle "
        "Rousseau",
    ],
)
def test_the_reader_presenting_the_programme_presents_nobody_else(body: str) -> None:
    result = extracted(body, from_name=_ASKER[0], from_addr=_ASKER[1])
    assert names(result) == ("Maëlle", "Rousseau")


@pytest.mark.parametrize(
    "body",
    [
        "Comme promis, je résume : j'ai un BUT Carrières sociales (juin 2025) et mon contrat se termine fin "
        "décembre, dans une maison des jeunes.",
        "I got my BA Youth Work in June 2025 and I volunteer at a house for students.",
    ],
)
def test_a_place_named_after_the_young_people_it_serves_presents_nobody(body: str) -> None:
    signals = [s.name for s in read_signals(body, "Candidature", [], load_lexicon())]
    assert "referral" not in signals


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nJ'enseigne la gestion depuis 2006 et je suis aussi intervenant en licence pro. Je vous "
        "recommande une ancienne étudiante, Clara Benoît, qui a obtenu sa licence professionnelle en juin "
        "2026. Elle cherche un emploi dans une mutuelle ; vous pouvez la joindre à "
        "clara.benoit@example.org.\n\nHervé Lemaire",
        "Hello,\n\nI have taught economics since 2006 and I am also a lecturer on the BA. I recommend a "
        "former student of mine, Clara Benoit, who got her BA in June 2026. She is looking for a job in a "
        "cooperative; you can reach her at clara.benoit@example.org.\n\nHerve Lemaire",
    ],
)
def test_a_teachers_own_years_and_course_are_not_the_students(body: str) -> None:
    result = extracted(body, subject="Recommandation", from_name="Hervé Lemaire", from_addr=_TEACHER)
    assert status(result, "graduation_recent") == "met", criterion(result, "graduation_recent")
    assert status(result, "not_career_change") != "not_met"


@pytest.mark.parametrize(
    ("body", "presented"),
    [
        (
            "Coucou,\n\nJe vous écris pour mon amie Romane Texeira, qui vient de finir son BTS et cherche un "
            "emploi dans une association. Son numéro : 06 11 22 33 44.\n\nLéa",
            ("Romane", "Texeira"),
        ),
        (
            "Hi,\n\nI'm writing on behalf of my friend Tom Hale, who has just finished his BA and is looking "
            "for a job in a charity. His number: 07 11 22 33 44.\n\nLea",
            ("Tom", "Hale"),
        ),
    ],
)
def test_a_friend_the_writer_writes_for_is_presented(body: str, presented: tuple[str, str]) -> None:
    result = extracted(body, subject="Une amie", from_name="Léa Fontaine", from_addr=_FRIEND)
    assert names(result) == presented


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nC'est Lucien Marin, un ancien de votre promo, qui m'a conseillé de vous écrire. J'ai "
        "une licence de sociologie obtenue en juin 2026 et je cherche un emploi dans une association."
        "\n\nMaëlle",
        "Hello,\n\nIt's Lucien Marin, a former participant, who told me about you. I got my BA in sociology "
        "in June 2026 and I'm looking for a job in a charity.\n\nMaëlle",
    ],
)
def test_the_person_a_cleft_names_as_who_sent_the_writer_is_not_the_writer(body: str) -> None:
    result = extracted(body, from_name=_ASKER[0], from_addr=_ASKER[1])
    assert names(result) == ("Maëlle", "Rousseau")


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nJe conseille des jeunes dans plusieurs dispositifs. Est-ce cumulable avec un contrat "
        "d'engagement jeune ?\n\nMerci",
        "Hello,\n\nI advise young people on several schemes. Can it be combined with a youth "
        "guarantee?\n\nThanks",
        "Bonjour,\n\nSuite à notre échange de ce matin, auriez-vous une plaquette à m'envoyer ?"
        "\n\nMerci",
        "Hello,\n\nFollowing our call this morning, could you send me a brochure?\n\nThanks",
    ],
)
def test_asking_about_combining_schemes_or_for_the_leaflet_is_a_question(body: str) -> None:
    assert kind(body, "Question", _ASKER) == "question"
