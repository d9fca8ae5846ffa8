"""A relative told only by what befell them — a birth, a death — is a fact of the writer's own life, not a
person the mail presents: «Mon fils est né pendant mon master : j'ai…» keeps the writer the applicant, with
their own name and contacts, and no referrer."""

from __future__ import annotations

from reading_day import extracted

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
