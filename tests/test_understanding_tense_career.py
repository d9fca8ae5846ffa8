"""A career, an aim and a mail's kind read whatever the tense that tells them: a trade told in the
plus-que-parfait, the passé simple, "used to" or a CV's closed period before a later degree is a career
change; a search told in a closed past yields to the one told now; a progressive canvassing aims; the ESS
and a corporation aimed at alike leave the aim open; a question asked as alternatives, or reading like the
call, asks; an issue of a periodical is a newsletter and a prize held out is no newsletter. French and
English phrasings of our own."""

from __future__ import annotations

import pytest
from fixtures_docs import make_docx, make_message
from reading_day import TODAY, extracted, kind, status

from intake.extract import extract_message


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJ'avais travaillé huit ans comme caissière dans un hypermarché quand je me suis "
            "inscrite en BTS, en 2023. J'ai obtenu mon BTS ESF en juin 2025 et je cherche un poste de "
            "conseillère dans une association.\n\nNadia Ferhat",
            id="fr_plus_que_parfait_quand",
        ),
        pytest.param(
            "Hello,\n\nI had worked ten years as a cashier when I went back to studying. I completed a BTS "
            "in June 2025 and I'm looking for a job in a housing charity.\n\nNadia Ferhat",
            id="en_past_perfect_when",
        ),
    ],
)
def test_a_trade_told_in_the_plus_que_parfait_before_going_back_to_study_is_a_career_change(
    body: str,
) -> None:
    assert status(extracted(body), "not_career_change") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Madame, Monsieur,\n\nJe servis quinze ans dans la gendarmerie, que je quittai avec le grade de "
            "maréchal des logis. J'obtins ensuite, en juin 2025, une licence professionnelle de "
            "l'intervention sociale, et je souhaite rejoindre une fondation.\n\nAlain Roussel",
            id="fr_passe_simple",
        ),
        pytest.param(
            "Hello,\n\nI used to run a garage with my brother for fourteen years, in Lille. In June 2026 I "
            "completed a BTS in Social and Family Economics, and I want to work for a family support "
            "charity.\n\nAlain Roussel",
            id="en_used_to_run",
        ),
    ],
)
def test_a_trade_told_in_the_passe_simple_or_a_business_run_for_years_is_a_career_change(body: str) -> None:
    assert status(extracted(body), "not_career_change") == "not_met"


def test_years_spent_where_y_takes_up_the_trade_of_the_sentence_before_are_a_career_change() -> None:
    body = (
        "Bonjour,\n\n2003 : j'entre chez un constructeur automobile comme technicien de ligne. J'y passe "
        "dix-huit ans, jusqu'au licenciement économique de 2021. En juin 2025, j'obtiens un BTS ESF.\n\n"
        "Je cherche un poste dans une association de quartier.\n\nKarim Belaïd"
    )
    assert status(extracted(body), "not_career_change") == "not_met"


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(
            [
                "Yasmine Roche",
                "Parcours",
                "2010-2022 : agente d'accueil, Banque du Centre",
                "Licence pro Intervention sociale — obtenue juin 2026",
                "Langues : anglais",
            ],
            id="fr_cv_period",
        ),
        pytest.param(
            [
                "Yasmine Roche",
                "Experience",
                "2010-2022: front desk agent, Hotel Central",
                "Licence pro Intervention sociale — obtained June 2026",
                "Languages: English",
            ],
            id="en_cv_period",
        ),
    ],
)
def test_a_cv_period_of_years_in_a_role_above_a_later_degree_is_a_career_change(document: list[str]) -> None:
    raw = make_message(
        "Bonjour,\n\nMon CV est joint. Je souhaite rejoindre une association d'insertion.\n\nYasmine Roche",
        from_name="Yasmine Roche",
        from_addr="yasmine.roche@example.org",
        attachments=[
            (
                "CV_Yasmine_Roche.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                make_docx(document),
            )
        ],
    )
    assert status(extract_message(raw, today=TODAY), "not_career_change") == "not_met"


def test_a_trade_named_before_a_vague_length_leaves_the_career_change_asked() -> None:
    body = (
        "Hi,\n\nI've worked in retail for a few years, in Leeds and then in Lyon, and in June 2026 I got a "
        "BTS in Social and Family Economics. I want to work for a charity.\n\nOwen Price"
    )
    assert status(extracted(body), "not_career_change") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nTitulaire d'un master de droit (juin 2025). En 2025, j'avais envoyé des "
            "candidatures à des cabinets de conseil. Maintenant je cherche seulement dans des coopératives "
            "et des associations.\n\nLéna Morel",
            id="fr_plus_que_parfait_then_now",
        ),
        pytest.param(
            "Hello,\n\nI completed my master's in law in June 2025. Last spring I had applied to a few "
            "insurance firms. Now I'm only looking for jobs in co-operatives and charities.\n\nLena Morel",
            id="en_past_perfect_then_now",
        ),
    ],
)
def test_a_search_told_in_a_closed_past_yields_to_the_search_told_now(body: str) -> None:
    assert status(extracted(body), "job_seeking_ess") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJ'ai obtenu mon master d'économie en juin 2025. Je postulais dans des associations, "
            "mais aujourd'hui je cherche dans des cabinets d'audit.\n\nHugo Brun",
            id="fr_imparfait_mais_aujourdhui",
        ),
        pytest.param(
            "Hello,\n\nI got my master's in economics in June 2025. I used to apply to housing associations, "
            "but I'm now applying to law firms and investment banks.\n\nHugo Brun",
            id="en_used_to_but_now",
        ),
    ],
)
def test_an_ess_search_of_a_closed_past_yields_to_a_search_elsewhere_told_now(body: str) -> None:
    assert status(extracted(body), "job_seeking_ess") == "not_met"


def test_canvassing_associations_in_the_progressive_is_an_aim_at_the_ess() -> None:
    body = (
        "Bonjour,\n\nJ'ai une licence de gestion depuis juin 2025 et je suis en train de démarcher les "
        "coopératives de ma ville.\n\nInès Garnier"
    )
    assert status(extracted(body), "job_seeking_ess") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJ'ai eu ma licence en juin 2025. Dès janvier, je vais postuler un peu partout, "
            "coopératives comme grandes entreprises, sur des postes de comptable.\n\nInès Garnier",
            id="fr_comme",
        ),
        pytest.param(
            "Bonjour,\n\nJ'ai eu ma licence en juin 2025. L'associatif m'intéresse, mais je pourrais tout "
            "autant travailler dans une entreprise classique.\n\nInès Garnier",
            id="fr_entreprise_classique",
        ),
        pytest.param(
            "Hello,\n\nI got my licence in June 2025. I'd like to work for a charity, but I could just "
            "as well work for a regular company.\n\nInes Garnier",
            id="en_regular_company",
        ),
    ],
)
def test_the_ess_and_an_ordinary_company_aimed_at_alike_leave_the_aim_open(body: str) -> None:
    assert status(extracted(body), "job_seeking_ess") == "unknown"


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        pytest.param(
            "Hello,\n\nDo I need to hold a master's before applying, or can final-year students apply as "
            "well? And are the workshops online?\n\nThanks,\nTom",
            "Eligibility question",
            id="en_alternatives",
        ),
        pytest.param(
            "Bonjour,\n\nLes candidatures au programme resteront-elles ouvertes jusqu'en mars ? Et une "
            "session est-elle prévue à Lille ?\n\nMerci,\nTom Ridel",
            "Calendrier de candidature",
            id="fr_reads_like_the_call",
        ),
    ],
)
def test_a_question_asked_as_alternatives_or_reading_like_the_call_is_a_question(
    body: str, subject: str
) -> None:
    assert kind(body, subject) == "question"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Le Relais solidaire — numéro de mars\n\nNos partenaires se mobilisent pour que chaque habitant "
            "trouve un emploi. Dans ce numéro : les recycleries qui recrutent, un portrait de bénévole.\n\n"
            "Vous recevez cette lettre car vous y êtes abonnée.",
            id="fr_issue",
        ),
        pytest.param(
            "The Green Ledger — in this issue: co-ops that are hiring, a portrait of a volunteer.\n\n"
            "You are receiving this newsletter because you subscribed to it.",
            id="en_issue",
        ),
    ],
)
def test_a_mail_naming_itself_an_issue_to_a_subscriber_is_a_newsletter(body: str) -> None:
    sender = ("Le Relais solidaire", "redaction@relais.example.org")
    assert kind(body, "Le Relais — mars", sender) == "newsletter"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bravo !\n\nVous pourriez gagner une tablette : il vous suffirait de remplir un court "
            "formulaire. L'offre se termine lundi.\n\nPour ne plus recevoir nos offres, cliquez ici.",
            id="fr_prize",
        ),
        pytest.param(
            "Congratulations!\n\nYou could win a £200 voucher: just answer three short questions. The offer "
            "ends on Monday.\n\nTo stop receiving our offers, click here.",
            id="en_prize",
        ),
    ],
)
def test_a_prize_held_out_with_a_link_to_stop_receiving_is_other_mail(body: str) -> None:
    assert kind(body, "Dernière chance !", ("Grand Jeu", "promo@grandjeu.example.com")) == "other"
