"""Verdicts too sure (the tensions corpus, t-open): a mail that leaves one criterion open must leave it
open — an internship ending at the end of this month with no day said, an ESS search beside a plan
outside it held in reserve or bound to keeping the job held — instead of reading it as settled."""

from __future__ import annotations

from reading_day import extracted, status


def test_an_internship_ending_at_the_end_of_this_month_with_no_day_stays_open() -> None:
    result = extracted(
        "Hello,\n\nI completed my BA in geography in July 2026. My placement at a tenants' union ends at "
        "the end of November, and then I'm free.\nI'm looking for a job in a housing charity.\n\nNoor "
        "Haddad",
        subject="Application",
    )
    assert status(result, "not_internship") == "unknown"


def test_un_stage_qui_se_termine_a_la_fin_de_ce_mois_sans_jour_reste_ouvert() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai validé mon BUT carrières sociales en juillet 2026. Mon stage au centre social "
        "se termine à la fin de novembre, ensuite je suis disponible.\nJe cherche un emploi dans une "
        "association de quartier.\n\nNoor Haddad"
    )
    assert status(result, "not_internship") == "unknown"


def test_a_return_to_a_former_employer_if_nothing_comes_leaves_the_ess_aim_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu ma licence pro gestion en juin 2026. J'envoie des candidatures aux "
        "mutuelles et aux coopératives depuis octobre. À défaut, d'ici l'été je repartirai chez mon ancien "
        "employeur, une agence immobilière.\n\nNoor Haddad"
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_doctorate_taken_if_a_grant_comes_beside_a_charity_search_leaves_the_aim_open() -> None:
    result = extracted(
        "Hello,\n\nI completed my MA in geography in July 2026. I'm sending applications to housing "
        "charities, or, if my grant application succeeds, a doctorate in Lyon next year.\n\nNoor Haddad",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_search_bound_to_keeping_the_job_held_leaves_the_aim_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master de sociologie obtenu en juin 2026 et un CDI de chargé d'études depuis "
        "l'été. Je postule dans des fondations, mais je ne lâcherai ce poste que si on me propose un CDI."
        "\n\nNoor Haddad"
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_job_left_only_for_an_equal_post_leaves_the_charity_search_open() -> None:
    result = extracted(
        "Hi,\n\nI got my MSc in economics in June 2026 and I've been working at an insurance company since "
        "August. I'm applying to charities, but I won't leave my job unless the new one is permanent."
        "\n\nNoor Haddad",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "unknown"
