"""Careers, searches and kinds read by reckoning (stop 31, reckoning corpus, career side): years framed as
what came before a degree («après vingt ans de…, j'ai obtenu») are a turn; vague years («quelques années»)
only ask; a job kept beside an evening degree asks; years of the field's own trade spent in the ESS are a
progression; CVs sent to banks refuse the ESS aim, the ESS listed among companies and town halls leaves it
open; the kind of a counsellor's question, of a reply answering our acknowledgement, of an alumni
network's letter. Phrasings of our own, in French and in English, read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from fixtures_docs import make_message
from reading_day import extracted, read, status

from intake.classify import classify
from intake.parsing import parse_message


def _kind(body: str, subject: str, sender: tuple[str, str], headers: dict[str, str] | None = None) -> str:
    msg = make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject, headers=headers)
    return classify(parse_message(msg)).kind


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nÀ 44 ans, après dix-neuf ans de préparatrice en pharmacie, j'ai obtenu en juin 2026 "
            "un DEJEPS. Je cherche un poste dans une association de quartier.\n\nNadia Ferhat",
            id="fr_apres_dix_neuf_ans_puis_diplome",
        ),
        pytest.param(
            "Hello,\n\nAfter fourteen years of driving lorries, I completed a BA in Social Work in July "
            "2026. I'm looking for a job with a housing charity.\n\nGareth Price",
            id="en_after_fourteen_years_then_degree",
        ),
    ],
)
def test_a_degree_told_after_years_framed_by_apres_is_a_career_change(body: str) -> None:
    assert status(read(body), "not_career_change") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nAprès quelques années dans l'assurance, j'ai repris un master ESS, fini en juin "
            "2026. Je cherche un emploi dans une coopérative.\n\nLéa Morin",
            id="fr_quelques_annees_dans_l_assurance",
        ),
        pytest.param(
            "Hello,\n\nAfter some years in logistics, I completed an MA in Social Economy in June 2026. I'm "
            "looking for a job with a cooperative.\n\nOwen Hale",
            id="en_some_years_in_logistics",
        ),
    ],
)
def test_vague_years_in_another_trade_before_a_degree_leave_the_career_open(body: str) -> None:
    assert status(read(body), "not_career_change") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nComptable en CDI depuis huit ans dans un cabinet, j'ai décroché en 2025 une licence "
            "pro de gestion en cours du soir. Je voudrais rejoindre une mutuelle.\n\nKarim Slimani",
            id="fr_cdi_depuis_huit_ans_cours_du_soir",
        ),
        pytest.param(
            "Hello,\n\nI have been working as a payroll clerk for seven years and took my MA at night "
            "school, graduating in 2025. I'd like to join a cooperative bank.\n\nRuth Ellis",
            id="en_seven_years_night_school",
        ),
    ],
)
def test_a_job_kept_beside_an_evening_degree_leaves_the_career_open(body: str) -> None:
    assert status(read(body), "not_career_change") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nAnimatrice dans une association d'éducation populaire pendant quatre ans, j'ai "
            "ensuite obtenu un master ESS en juin 2026. Je vise un poste de coordinatrice dans le même "
            "réseau associatif.\n\nJade Lopez",
            id="fr_animatrice_dans_une_association",
        ),
        pytest.param(
            "Hello,\n\nAfter five years as a youth worker in a charity, I completed an MA in Community "
            "Development in June 2026. I'm looking for a coordinator's job in a charity.\n\nLiam Ward",
            id="en_youth_worker_in_a_charity",
        ),
    ],
)
def test_years_of_the_fields_own_trade_spent_in_the_ess_are_no_career_change(body: str) -> None:
    assert status(read(body), "not_career_change") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nLicence de gestion obtenue en juin 2026. Depuis quatre mois, j'envoie des CV à des "
            "banques et à des cabinets d'audit.\n\nMaxime Roy",
            id="fr_cv_envoyes_a_des_banques",
        ),
        pytest.param(
            "Hello,\n\nI graduated with a BSc in Finance in June 2026. For five months I have been sending "
            "CVs to investment banks and consulting firms.\n\nAmy Cole",
            id="en_cvs_sent_to_banks",
        ),
    ],
)
def test_cvs_sent_to_commercial_employers_refuse_the_ess_aim(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nLicence de sociologie obtenue en juin 2026. Depuis deux mois, je postule aussi bien "
            "dans des entreprises que dans des associations.\n\nInès Garnier",
            id="fr_entreprises_que_associations",
        ),
        pytest.param(
            "Hello,\n\nI got my BA in Geography in June 2026. I have applied to councils, companies and "
            "charities for three months now.\n\nTom Reid",
            id="en_councils_companies_and_charities",
        ),
    ],
)
def test_the_ess_among_companies_and_town_halls_in_a_search_leaves_the_aim_open(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nUn BTS puis une année de licence validée : est-ce que cela compte comme un bac+3 "
            "chez vous ?\n\nClaire Dumas, conseillère en insertion",
            id="fr_est_ce_que_cela_compte",
        ),
        pytest.param(
            "Hello,\n\nAn HND followed by one validated year of a bachelor's: does that count as a bac+3 "
            "for you?\n\nKate Moss, careers adviser",
            id="en_does_that_count_as",
        ),
    ],
)
def test_a_question_on_how_a_level_counts_is_a_question(body: str) -> None:
    assert _kind(body, "Une question", ("Claire Dumas", "claire.dumas@example.org")) == "question"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJe vous écris pour mes étudiants : une personne sortie de formation il y a "
            "vingt-cinq mois, vous la refusez d'office ?\n\nPaul Brun, enseignant",
            id="fr_mes_etudiants",
        ),
        pytest.param(
            "Bonjour,\n\nJe m'interroge pour mes diplômés : une soutenance passée il y a deux ans et "
            "deux semaines, vous comptez en mois ou en jours ?\n\nPaul Brun",
            id="fr_mes_diplomes",
        ),
    ],
)
def test_my_students_named_by_an_adviser_are_no_studies_of_the_writer(body: str) -> None:
    assert _kind(body, "Question", ("Paul Brun", "paul.brun@example.org")) == "question"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nVotre accusé de réception promettait un retour sous une semaine ; cela fait quinze "
            "jours. Où en est mon dossier ?\n\nSami Haddou",
            id="fr_votre_accuse_de_reception",
        ),
        pytest.param(
            "Hello,\n\nYour automatic reply said I would hear back within a week, and it has been three. Any "
            "news of my file?\n\nSami Haddou",
            id="en_your_automatic_reply",
        ),
    ],
)
def test_a_reply_speaking_of_our_acknowledgement_is_a_reply(body: str) -> None:
    headers = {"In-Reply-To": "<pp-ack-1234@animafac.net>"}
    sender = ("Sami Haddou", "sami.haddou@example.org")
    assert _kind(body, "Re: Accusé de réception de votre candidature", sender, headers) == "reply"


def test_an_alumni_networks_letter_with_a_way_to_stop_it_is_a_newsletter() -> None:
    body = (
        "LETTRE DE PRINTEMPS\n\nBravo aux 90 diplômés de la promotion 2026 !\n\nAgenda : afterwork dans "
        "deux semaines.\n\nPour ne plus recevoir nos lettres, répondez STOP."
    )
    sender = ("Réseau des anciens", "alumni@ecole.example.fr")
    assert _kind(body, "Lettre des anciens", sender) == "newsletter"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nLicenciée en juin dernier, la même semaine que mon frère aîné (lui en histoire), je "
            "souhaite travailler dans une coopérative.\n\nSarah Benali\n06 12 34 56 78",
            id="fr_la_meme_semaine_que_mon_frere",
        ),
        pytest.param(
            "Bonjour,\n\nDiplômée en juin 2026 d'un master de sociologie, en même temps que mon frère jumeau "
            "(lui en chimie), je souhaite maintenant travailler dans une association.\n\nSarah Benali\n"
            "06 12 34 56 78",
            id="fr_en_meme_temps_que_mon_frere_jumeau",
        ),
    ],
)
def test_a_relative_named_aside_in_the_writers_own_story_is_not_presented(body: str) -> None:
    result = extracted(body, from_name="Sarah Benali", from_addr="sarah.benali@example.org")
    assert result["applicant"]["email"] == "sarah.benali@example.org"
