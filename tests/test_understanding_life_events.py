"""Who is presented, and who only told of: a relative told only by what befell them — a birth, a death — is
a fact of the writer's own life («Mon fils est né pendant mon master : j'ai…» keeps the writer the applicant,
with their own name and contacts, and no referrer; in English the same mail was read right already: a guard);
a person word that only tells a thing's kind («un prêt étudiant», "a student loan") introduces nobody."""

from __future__ import annotations

from reading_day import extracted, kind

from intake.understanding.signals import presenting_sentences

_SALOME = {"from_name": "Salomé Durand", "from_addr": "salome.durand@example.org"}


def test_a_son_born_during_the_masters_is_no_one_presented() -> None:
    result = extracted(
        "Bonjour,\n\nJe me permets de vous écrire pour intégrer Pro'pulse. Mon fils est né en mars 2024, au "
        "milieu de mon master : j'ai fait une pause de quelques mois, puis j'ai obtenu mon master en "
        "septembre 2025.\n\nDésormais il va à la crèche quatre jours par semaine et je peux m'y mettre "
        "vraiment. J'aimerais animer des ateliers dans une maison de quartier.\n\nBien à vous,\n"
        "Salomé Durand\n06 11 22 33 44",
        **_SALOME,
    )
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["first_name"] == "Salomé"


def test_a_daughter_born_in_the_final_year_is_no_one_presented_in_english() -> None:
    result = extracted(
        "Hello,\n\nI am writing to join Pro'pulse. My daughter was born in March 2024, right in my final "
        "year: I paused my course for a few months, then I completed my BA in June 2025.\n\nNow she goes to "
        "a childminder four days a week and I can get going. I'd like to run workshops in a community "
        "centre.\n\nBest,\nSalomé Durand\n06 11 22 33 44",
        subject="Application",
        **_SALOME,
    )
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["first_name"] == "Salomé"


def test_a_son_born_in_2002_who_looks_for_work_is_still_presented() -> None:
    result = extracted(
        "Bonjour,\n\nMon fils, né en 2002, a obtenu son BTS en juin 2025 et il cherche un emploi dans "
        "l'ESS. Il s'appelle Malik Benali, vous pouvez le joindre au 06 98 76 54 32.\n\nCordialement,\n"
        "Salomé Durand",
        **_SALOME,
    )
    assert result["situation"]["forwarded_by"] == "salome.durand@example.org"



def test_a_student_loan_introduces_no_student() -> None:
    body = (
        "J'ai terminé en juin 2026 un master de géographie à l'université de Rennes, payé grâce à un prêt "
        "étudiant que je rembourse depuis septembre. Je cherche un poste dans une association."
    )
    assert presenting_sentences(body) == []


def test_a_student_loan_introduces_no_student_in_english() -> None:
    body = (
        "I finished a master's in geography at the University of Leeds in June 2026, paid for by a student "
        "loan that I have been repaying since September. I am looking for a post in a charity."
    )
    assert presenting_sentences(body) == []


def test_a_graduate_met_and_named_is_still_introduced() -> None:
    body = "J'ai reçu la semaine dernière une jeune diplômée, Maëlle Robin, qui cherche un emploi dans l'ESS."
    assert presenting_sentences(body) != []


def test_skills_put_at_an_ess_employers_service_are_a_search_beside_partner_words() -> None:
    body = (
        "Bonjour,\n\nJ'ai terminé en juin 2026 une licence de gestion à Tours.\n\nJ'aimerais mettre mes "
        "compétences au service d'une coopérative : le suivi des partenariats d'une SCOP, par exemple.\n\n"
        "Salomé Durand"
    )
    assert kind(body, "Candidature", ("Salomé Durand", "salome.durand@example.org")) == "application"


def test_skills_put_to_work_for_a_charity_are_a_search_beside_partner_words() -> None:
    body = (
        "Hello,\n\nI finished a BA in management in Tours in June 2026.\n\nI'd love to put my skills to work "
        "for a charity: managing the partnerships of a food bank, say.\n\nSalomé Durand"
    )
    assert kind(body, "Application", ("Salomé Durand", "salome.durand@example.org")) == "application"
