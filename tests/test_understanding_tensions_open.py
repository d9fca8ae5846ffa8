"""Verdicts too sure (the tensions corpus, t-open): a mail that leaves one criterion open must leave it
open — an internship ending at the end of this month with no day said, a private bachelor whose level
only the school claims, an ESS search beside a plan outside it held in reserve or bound to keeping the job
held, a stint or vague years in another trade — instead of reading it as settled."""

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


def test_un_bref_passage_dans_un_autre_metier_laisse_la_reconversion_ouverte() -> None:
    result = extracted(
        "Bonjour,\n\nDiplômée d'un BTS SP3S en juillet 2025, après un bref passage dans la restauration "
        "rapide. Je cherche un poste d'accueil dans un centre social.\n\nNoor Haddad"
    )
    assert status(result, "not_career_change") == "unknown"


def test_a_stint_in_another_trade_of_unsaid_length_leaves_the_career_change_open() -> None:
    result = extracted(
        "Hello,\n\nI got my BTS in social economy in July 2025, after a short stint in insurance sales. "
        "I'm looking for a job in a housing charity.\n\nNoor Haddad",
        subject="Application",
    )
    assert status(result, "not_career_change") == "unknown"


def test_une_boutique_geree_quelques_annees_avant_le_diplome_laisse_la_reconversion_ouverte() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon BUT GEA en juin 2026. Auparavant, j'ai géré la boutique de ma tante "
        "quelques années.\nJe cherche un emploi dans une coopérative.\n\nNoor Haddad"
    )
    assert status(result, "not_career_change") == "unknown"


def test_a_family_shop_run_for_several_years_before_the_degree_leaves_the_career_change_open() -> None:
    result = extracted(
        "Hi,\n\nI finished my BA in management in June 2026. I had run the family restaurant for some "
        "years.\nI'm looking for a job in a cooperative.\n\nNoor Haddad",
        subject="Application",
    )
    assert status(result, "not_career_change") == "unknown"


def test_apres_quelques_annees_dans_un_autre_metier_la_reconversion_reste_ouverte() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai validé une licence pro en juin 2026, après quelques années dans la logistique. "
        "Je cherche un poste dans une ressourcerie.\n\nNoor Haddad"
    )
    assert status(result, "not_career_change") == "unknown"


def test_after_a_few_years_in_another_trade_the_career_change_stays_open() -> None:
    result = extracted(
        "Hello,\n\nI completed my BA in June 2026, after a few years in logistics. I'm looking for a job at "
        "a charity shop network.\n\nNoor Haddad",
        subject="Application",
    )
    assert status(result, "not_career_change") == "unknown"


def test_un_bachelor_prive_dont_le_niveau_n_est_dit_que_par_l_ecole_reste_a_verifier() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu en juin 2026 un bachelor de trois ans d'une école privée, un bac+3 selon "
        "eux. Je cherche un poste dans une fondation.\n\nNoor Haddad"
    )
    assert status(result, "degree_level") == "unknown"


def test_a_private_bachelor_whose_level_only_the_school_claims_stays_to_verify() -> None:
    result = extracted(
        "Hello,\n\nI finished a three-year Bachelor in hospitality at a private college in June 2026 (a "
        "bac+3 according to the school). I'm looking for a job in a charity.\n\nNoor Haddad",
        subject="Application",
    )
    assert status(result, "degree_level") == "unknown"


def test_une_formation_commencee_sans_duree_ni_titre_dit_laisse_les_etudes_ouvertes() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu ma licence de psychologie en juin 2026. J'ai démarré une formation à "
        "l'AFPA le mois dernier, je ne sais pas encore combien de temps elle dure.\nJe cherche un emploi "
        "dans une association d'insertion.\n\nNoor Haddad"
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_training_begun_of_unsaid_kind_and_length_leaves_the_studies_open() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in sociology in June 2026. Since October I've been doing a training with a "
        "regional adult-education body, I don't know yet how long it lasts.\nI'm looking for a job in a "
        "charity.\n\nNoor Haddad",
        subject="Application",
    )
    assert status(result, "studies_finished") == "unknown"
