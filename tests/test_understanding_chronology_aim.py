"""The ESS aim said on a pro-form (the chronology slice «c-kind»): a wish to carry on «dans ce milieu» points
back to the place named before it; a next step pictured («la suite, je la vois dans…») is aimed at the place
named after it. A denied wish points at nothing."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_wish_to_stay_in_this_field_after_a_mission_in_an_association_is_an_ess_aim() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon BTS ESF en juin 2025, puis j'ai passé un an de volontariat dans une "
        "association d'aide alimentaire ; j'aimerais beaucoup rester dans ce milieu. Je cherche un poste "
        "d'agent d'accueil.\n\nMaëlle Garnier\n06 12 34 56 78"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_wish_to_stay_in_this_sector_after_a_job_at_a_cooperative_is_an_ess_aim() -> None:
    result = extracted(
        "Hello,\n\nI completed my BA in geography in June 2026 and spent the summer at a housing "
        "cooperative; I would love to stay in this sector. I am looking for a project officer "
        "role.\n\nMaelle Garnier\n+33 6 12 34 56 78",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_denied_wish_to_stay_in_this_field_is_no_ess_aim() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon BTS ESF en juin 2025, puis un an dans une association d'aide "
        "alimentaire ; je ne voudrais pas rester dans ce milieu. Je cherche un poste d'agent "
        "d'accueil.\n\nMaëlle Garnier\n06 12 34 56 78"
    )
    assert status(result, "job_seeking_ess") != "met"


def test_the_next_step_pictured_in_a_cooperative_is_an_ess_aim() -> None:
    result = extracted(
        "Bonjour,\n\nMon contrat de vendeur se termine en janvier ; licence de gestion obtenue en juin 2025. "
        "Mon avenir, je l'imagine plutôt dans une coopérative d'activité, côté comptabilité.\n\nSami "
        "Haddad\n07 22 33 44 55"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_the_next_step_seen_in_a_charity_is_an_ess_aim() -> None:
    result = extracted(
        "Hello,\n\nMy temp contract at the library ends in January; I got my HND in June 2025. I see my next "
        "step in a charity, on events or outreach.\n\nSami Haddad\n+33 7 22 33 44 55",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"
