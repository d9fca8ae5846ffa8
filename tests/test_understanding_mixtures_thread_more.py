"""A participant's note that opens on thanks and then presents a friend, and an open phrase narrowed to a kind
of the ESS (the mixtures corpus, replies to our mail and newcomers in our threads)."""

from __future__ import annotations

from reading_day import extracted, names, status

PRESENTER = {"from_name": "Noémie Carvalho", "from_addr": "noemie.carvalho@example.org"}


def test_a_note_opening_on_thanks_goes_on_to_present_a_friend() -> None:
    result = extracted(
        "Bonjour,\n\nMerci pour votre réponse rapide. Je voulais aussi vous présenter un ami, Bastien "
        "Roussel, BUT carrières sociales en juin 2025, qui cherche un poste dans une association. Son "
        "adresse : bastien.roussel@example.org.\n\nNoémie",
        subject="Un ami",
        **PRESENTER,
    )
    assert names(result) == ("Bastien", "Roussel")
    assert result["applicant"]["email"] == "bastien.roussel@example.org"


def test_a_note_opening_on_thanks_in_english_goes_on_to_introduce_a_friend() -> None:
    result = extracted(
        "Hello,\n\nThanks again for the workshop. I would also like to introduce a friend of mine, Bastien "
        "Roussel, who got a BA in social work in June 2025 and is looking for a job in a charity. His "
        "email: bastien.roussel@example.org.\n\nNoemie",
        subject="A friend",
        **PRESENTER,
    )
    assert names(result) == ("Bastien", "Roussel")
    assert result["applicant"]["email"] == "bastien.roussel@example.org"


def test_any_structure_of_the_circular_economy_is_a_search_in_that_sector() -> None:
    result = extracted(
        "Bonjour,\n\nJe cherche un emploi dans n'importe quelle structure de l'économie circulaire. J'ai une "
        "licence pro obtenue en juin 2026.\n\nNoémie Carvalho"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_any_employer_in_the_fair_trade_world_is_a_search_in_that_sector() -> None:
    result = extracted(
        "Hello,\n\nI'm looking for a job with any employer in the fair trade world. I got my BA in June "
        "2026.\n\nNoemie Carvalho",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_any_post_in_retail_stays_a_search_open_to_any_sector() -> None:
    result = extracted(
        "Bonjour,\n\nJe cherche n'importe quel poste dans la vente. J'ai une licence pro obtenue en juin "
        "2026.\n\nNoémie Carvalho"
    )
    assert status(result, "job_seeking_ess") == "unknown"
