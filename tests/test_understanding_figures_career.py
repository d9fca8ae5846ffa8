"""Careers, aims and kinds said through a figure of speech (stop 34, figures corpus, career side): a trade
closed like a book, a weapon shifted to the other shoulder or left for a purpose, after years in it, is a
career change; a hyperbole on those years is a long time, a minimiser lowers nothing («quelques petites
années» still ask), a detour of years through a trade is years in it, a winding path before a degree asks;
a body said not to seek profit is the ESS, a modest wish said by denying the moon is still the wish, writing
to associations is applying to them, an attraction said in slang («ce qui me botte») aims like «m'intéresse»,
a trading floor is outside the ESS, «ESS ou privé, peu importe» is open; a question on equivalences, or on
whom the programme admits asked by a school for its students, is a question. Phrasings of our own, in French
and in English, read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from fixtures_docs import make_message, make_pdf
from reading_day import TODAY, kind, read, status

from intake.extract import extract_message


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJ'ai refermé le chapitre de la vente après onze ans en boutique. Mon master ESS, je "
            "l'ai obtenu en juin 2026, et je cherche un poste dans une coopérative.\n\nLouise Tessier",
            id="fr_referme_le_chapitre_de_la_vente",
        ),
        pytest.param(
            "Bonjour,\n\nAncien boulanger, j'ai changé mon fusil d'épaule après quatorze ans au fournil. "
            "Licence pro obtenue en juin 2026 ; je vise une association d'insertion.\n\nHervé Lacombe",
            id="fr_change_mon_fusil_d_epaule",
        ),
        pytest.param(
            "Hello,\n\nI closed the chapter on retail after eleven years on the shop floor. My BA in "
            "Community Development came in June 2026 and I am looking for a job in a charity.\n\nGemma Hart",
            id="en_closed_the_chapter_on_retail",
        ),
    ],
)
def test_a_trade_closed_by_a_figure_after_years_in_it_is_a_career_change(body: str) -> None:
    assert status(read(body), "not_career_change") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJe vous présente Mme Nadia Ferhat : elle a quitté son comptoir de pharmacie après "
            "neuf ans pour préparer un DEJEPS animation, obtenu en mai 2026. Elle cherche un poste dans une "
            "association. nadia.ferhat@example.org\n\nClaire Dumont, conseillère",
            id="fr_quitte_apres_neuf_ans_pour_preparer",
        ),
        pytest.param(
            "Bonjour,\n\nJ'ai quitté l'atelier de mécanique après douze ans afin de passer un BPJEPS "
            "animation, obtenu en juin 2026. Je cherche un poste dans une association.\n\nYves Garnier",
            id="fr_quitte_apres_douze_ans_afin_de_passer",
        ),
    ],
)
def test_years_left_for_a_purpose_were_spent_in_the_trade_before_it(body: str) -> None:
    assert status(read(body), "not_career_change") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJ'ai passé cent ans derrière le comptoir d'une boulangerie avant de reprendre mes "
            "études. DUT Carrières sociales obtenu en juin 2025 ; je cherche dans une asso.\n\nMarc Roy",
            id="fr_cent_ans_derriere_le_comptoir",
        ),
        pytest.param(
            "Hello,\n\nI spent a hundred years behind a bank counter before going back to study. BA in "
            "Social Work, June 2026; I am looking for a job in a co-op.\n\nDenise Hall",
            id="en_a_hundred_years_behind_a_counter",
        ),
    ],
)
def test_a_hyperbole_on_the_years_of_a_trade_is_a_long_time(body: str) -> None:
    assert status(read(body), "not_career_change") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nAprès un long détour de neuf ans par la grande distribution, j'ai obtenu "
            "en juin 2026 une licence pro Gestion des organisations de l'ESS. Je cherche un poste dans une "
            "mutuelle.\n\nJulien Mercier",
            id="fr_detour_de_neuf_ans_par",
        ),
        pytest.param(
            "Hello,\n\nAfter a stint of eight years in the navy, I completed a BA in Community Development "
            "in June 2026. I am looking for a job in a housing co-op.\n\nRyan Cole",
            id="en_a_stint_of_eight_years",
        ),
    ],
)
def test_a_detour_of_years_through_a_trade_is_years_in_it(body: str) -> None:
    assert status(read(body), "not_career_change") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nAprès quelques petites années dans l'assurance, j'ai obtenu un BTS ESF en "
            "juin 2026. Je cherche un poste dans une association.\n\nSabrina Colin",
            id="fr_quelques_petites_annees",
        ),
        pytest.param(
            "Hello,\n\nI switched lanes after a few years in insurance. My BA in Social Work came in June "
            "2026 and I am looking for a job in a charity.\n\nLiam Ward",
            id="en_switched_lanes_after_a_few_years",
        ),
        pytest.param(
            "Bonjour,\n\nMon chemin a pris quelques virages avant mon DEUST, obtenu en juin 2026. Je cherche "
            "un poste dans une association.\n\nAnaïs Perret",
            id="fr_mon_chemin_a_pris_quelques_virages",
        ),
        pytest.param(
            "Hello,\n\nMy path took a few detours before my BA, which I finished in June 2026. I am looking "
            "for a job in a charity.\n\nKate Moss",
            id="en_my_path_took_a_few_detours",
        ),
    ],
)
def test_a_trade_of_minimised_or_untold_length_before_a_degree_asks(body: str) -> None:
    assert status(read(body), "not_career_change") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nLicence AES obtenue en juin 2026. J'aimerais rejoindre des organismes qui ne visent "
            "pas le profit.\n\nLéa Marchand",
            id="fr_organismes_qui_ne_visent_pas_le_profit",
        ),
        pytest.param(
            "Bonjour,\n\nLicence AES obtenue en juin 2026. Je veux travailler pour une structure sans but "
            "lucratif.\n\nLéa Marchand",
            id="fr_sans_but_lucratif",
        ),
        pytest.param(
            "Bonjour,\n\nLicence AES obtenue en juin 2026. Je ne demande pas la lune : juste un poste "
            "dans une petite coopérative.\n\nLéa Marchand",
            id="fr_je_ne_demande_pas_la_lune",
        ),
        pytest.param(
            "Bonjour,\n\nLicence AES obtenue en juin 2026. J'ai écrit à toutes les associations du quartier, "
            "sans retour pour le moment.\n\nLéa Marchand",
            id="fr_ecrit_a_toutes_les_associations",
        ),
        pytest.param(
            "Hello,\n\nBA in Politics, June 2026. I have written to every charity in Leeds, no answer so "
            "far.\n\nSam Reid",
            id="en_written_to_every_charity",
        ),
        pytest.param(
            "Hello,\n\nBA in Politics, June 2026. Housing co-ops are right up my alley.\n\nSam Reid",
            id="en_right_up_my_alley",
        ),
    ],
)
def test_an_aim_at_the_ess_said_by_a_figure_is_met(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nMaster finance obtenu en juin 2026. Ce qui me botte, c'est l'audit, les gros "
            "cabinets.\n\nPaul Girard",
            id="fr_ce_qui_me_botte",
        ),
        pytest.param(
            "Bonjour,\n\nMaster finance obtenu en juin 2026. Je rêve de bosser en salle des marchés.\n\n"
            "Paul Girard",
            id="fr_en_salle_des_marches",
        ),
    ],
)
def test_an_aim_outside_the_ess_said_by_a_figure_is_not_met(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nLicence de gestion obtenue en juin 2026. Je cherche un poste : associatif ou privé, "
            "peu importe.\n\nNina Blanc",
            id="fr_associatif_ou_prive_peu_importe",
        ),
        pytest.param(
            "Hello,\n\nBA in Management, June 2026. I am looking for a job at a non-profit or private, "
            "whatever.\n\nNina Blake",
            id="en_non_profit_or_private_whatever",
        ),
    ],
)
def test_the_ess_or_the_private_sector_said_not_to_matter_is_open(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "unknown"


@pytest.mark.parametrize(
    ("body", "subject", "sender"),
    [
        pytest.param(
            "Bonjour,\n\nPetite question : des équivalences sont-elles possibles pour le niveau demandé ?\n\n"
            "Merci,\nYanis",
            "Une question",
            ("Yanis Morel", "yanis.morel@example.org"),
            id="fr_des_equivalences_sont_elles_possibles",
        ),
        pytest.param(
            "Hello,\n\nQuick question: are equivalences possible?\n\nThanks,\nPriya",
            "A question",
            ("Priya Nair", "priya.nair@example.org"),
            id="en_are_equivalences_possible",
        ),
        pytest.param(
            "Bonjour,\n\nVotre programme admet-il aussi les jeunes en reconversion, ou les diplômés récents "
            "sont-ils prioritaires ?\n\nLe bureau des élèves",
            "Question pour nos étudiants",
            ("BDE IUT", "bde@iut.example.fr"),
            id="fr_une_ecole_demande_qui_est_prioritaire",
        ),
        pytest.param(
            "Hello,\n\nWould career changers from our school be a priority for your programme?\n\n"
            "The careers office",
            "A question",
            ("Careers office", "careers@college.example.org"),
            id="en_a_school_asks_who_gets_priority",
        ),
    ],
)
def test_a_question_on_equivalences_or_on_whom_the_programme_admits_is_a_question(
    body: str, subject: str, sender: tuple[str, str]
) -> None:
    assert kind(body, subject, sender) == "question"


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            ["Romane Vidal", "romane.vidal@example.org", "Formation : DUT GEA (juin 2025)",
             "Objectif : ESS 💚 — chargée de projet dans une coopérative"],
            id="fr_objectif_ess_emoji_lost_in_the_pdf",
        ),
        pytest.param(
            ["Tariq Shah", "tariq.shah@example.org", "Education: BA in Sociology (June 2025)",
             "Goal: non-profit 🌱 — project officer at a charity"],
            id="en_goal_non_profit_emoji_lost_in_the_pdf",
        ),
    ],
)
def test_a_cv_aim_whose_symbol_the_pdf_lost_states_the_aim(lines: list[str]) -> None:
    pdf = make_pdf(lines)  # the symbol comes out of the PDF as «?»: no question for all that
    raw = make_message("Bonjour, voici mon CV.", attachments=[("cv.pdf", "application/pdf", pdf)])
    assert status(extract_message(raw, today=TODAY), "job_seeking_ess") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nLicence de gestion validée en juillet 2025. Honnêtement, je suis prête à bosser "
            "pour n'importe quel patron, pourvu qu'il y ait un CDI à la clé.\n\nZoé Martin",
            id="fr_pourvu_qu_il_y_ait_un_cdi_a_la_cle",
        ),
        pytest.param(
            "Hello,\n\nBA in Management, July 2025. Honestly I am ready to work for anyone at all, as long "
            "as there is a permanent contract at the end.\n\nZoe Martin",
            id="en_as_long_as_there_is_a_permanent_contract",
        ),
    ],
)
def test_a_permanent_contract_set_as_the_searchs_condition_is_not_held(body: str) -> None:
    assert status(read(body), "not_career_change") == "met"
