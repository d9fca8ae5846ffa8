"""Careers, aims and kinds read through the operators that turn them (stop 33, polarity corpus, career side):
a question someone else asks about the writer («on me demande si…») states nothing; an age in brackets is no
length of work; the writer's own denial («ce n'est pas une reconversion») answers years that only asked; a
label declined by a verb of saying («je ne dirais pas que…») and a trade of vague length («quelques années»)
ask; a trade still held beside an evening degree asks; a trade the writer left («je ne suis plus…») after
years in it is a change. Phrasings of our own, in French and in English, read through `propulse extract`'s
path."""

from __future__ import annotations

import pytest
from reading_day import extracted, kind, names, read, status


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nMa famille se demande si je suis en reconversion. Pas du tout : j'ai toujours été "
            "éducatrice, avant comme après mon DEES obtenu en juin 2025. Je cherche un poste dans une "
            "association de protection de l'enfance.\n\nInès Carpentier",
            id="fr_ma_famille_se_demande_si",
        ),
        pytest.param(
            "Hello,\n\nPeople keep asking me whether this is a career change. It isn't: I have only ever "
            "worked in youth work. I completed my DUT Carrières sociales in June 2025 and I am looking for a "
            "job in a non-profit.\n\nTom Avery",
            id="en_people_keep_asking_whether",
        ),
    ],
)
def test_a_change_asked_about_by_someone_else_is_not_the_writers_fact(body: str) -> None:
    assert status(read(body), "not_career_change") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nOn me croit souvent trop vieux pour débuter, vu mon âge (34 ans). J'ai obtenu mon "
            "BTS ESF en juin 2025 et je cherche un poste de conseiller dans une association.\n\nKarim Lenoir",
            id="fr_vu_mon_age_34_ans",
        ),
        pytest.param(
            "Hello,\n\nI finished my licence in social work in July 2025, at an age (31 ans) some find "
            "late. I am looking for a job in a co-operative.\n\nAna Ruiz",
            id="en_an_age_in_brackets",
        ),
    ],
)
def test_an_age_in_brackets_is_no_length_of_work(body: str) -> None:
    assert status(read(body), "not_career_change") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nMédiatrice sociale depuis sept ans dans un quartier de Rennes, j'ai obtenu en juin "
            "2025 une licence professionnelle d'intervention sociale. Ce n'est pas une reconversion : je "
            "continue le même travail, avec plus de responsabilités. Je cherche un poste dans une "
            "association.\n\nSabrina Oukil",
            id="fr_ce_nest_pas_une_reconversion",
        ),
        pytest.param(
            "Hello,\n\nYouth worker for nine years in Marseille, I got my DEJEPS in May 2025 — not a career "
            "change, just the next step in the same job. I am looking for a post in a non-profit.\n\nLéo "
            "Marchal",
            id="en_not_a_career_change",
        ),
    ],
)
def test_years_in_the_fields_trade_with_the_change_denied_are_no_career_change(body: str) -> None:
    assert status(read(body), "not_career_change") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJ'ai obtenu une licence de sociologie en juin 2026, après un passage par la "
            "grande distribution. Je ne dirais pas que c'est une reconversion. Je cherche un poste dans une "
            "association de quartier.\n\nCamille Roux",
            id="fr_je_ne_dirais_pas",
        ),
        pytest.param(
            "Hello,\n\nI did some warehouse work for a while, then a licence in sociology, finished in June "
            "2026. I don't think it counts as a career change. I am looking for a job in a charity.\n\nJo "
            "Baxter",
            id="en_i_dont_think_it_counts",
        ),
    ],
)
def test_a_change_declined_by_a_verb_of_saying_is_asked(body: str) -> None:
    assert status(read(body), "not_career_change") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nAprès avoir travaillé quelques années dans le transport routier, j'ai obtenu un "
            "DUT Carrières sociales en juin 2026. Je cherche un poste dans une association "
            "d'insertion.\n\nYanis Perrot",
            id="fr_quelques_annees_dans_le_transport",
        ),
        pytest.param(
            "Hello,\n\nI worked a few years in hospitality before my BA in Social Policy, completed in June "
            "2026. I am looking for a role in a housing co-operative.\n\nMaya Quinn",
            id="en_a_few_years_in_hospitality",
        ),
    ],
)
def test_a_trade_named_for_a_vague_number_of_years_is_asked(body: str) -> None:
    assert status(read(body), "not_career_change") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nMa licence d'administration économique et sociale, je l'ai passée en cours du soir "
            "et obtenue en juin 2026. Je suis toujours en poste dans une compagnie d'assurances, en CDI "
            "depuis 2019. J'aimerais travailler pour une mutuelle.\n\nHélène Vasseur",
            id="fr_toujours_en_cdi_licence_en_cours_du_soir",
        ),
        pytest.param(
            "Bonjour,\n\nJ'ai eu mon BUT Carrières sociales en juin 2026. Je travaille toujours comme "
            "secrétaire médicale, depuis plusieurs années. Je cherche un poste dans une association de "
            "santé.\n\nLina Haddad",
            id="fr_toujours_secretaire_depuis_plusieurs_annees",
        ),
    ],
)
def test_a_trade_still_held_for_years_beside_a_new_degree_is_asked(body: str) -> None:
    assert status(read(body), "not_career_change") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJe ne suis plus sage-femme : après quinze ans auprès des jeunes mères, j'ai repris "
            "mes études et obtenu un master ESS en septembre 2025. Je cherche un poste dans une "
            "coopérative.\n\nPauline Girardin",
            id="fr_je_ne_suis_plus_sage_femme",
        ),
        pytest.param(
            "Hello,\n\nI'm no longer a pharmacist: after twelve years behind the counter I went back to "
            "university and finished a licence in social economy in July 2026. I'm looking for a job in a "
            "mutual.\n\nDina Cohen",
            id="en_no_longer_a_pharmacist",
        ),
    ],
)
def test_a_trade_the_writer_left_after_years_in_it_is_a_career_change(body: str) -> None:
    assert status(read(body), "not_career_change") == "not_met"



@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nLicence pro Gestion des structures de l'économie sociale, obtenue en juin 2025. "
            "Après mon service civique dans une épicerie solidaire, je ne m'imagine nulle part ailleurs que "
            "dans une coopérative.\n\nLucas Pernot",
            id="fr_nulle_part_ailleurs_que",
        ),
        pytest.param(
            "Hello,\n\nI completed my BA in Politics in June 2025. I can only picture myself in a "
            "co-operative, nowhere else.\n\nLucas Pernot",
            id="en_only_picture_myself",
        ),
    ],
)
def test_a_place_pictured_as_the_only_one_is_the_aim(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nBTS Communication obtenu en juin 2025. Je cherche un poste de graphiste, pas "
            "forcément dans une fondation, mais dans l'économie sociale, c'est sûr : une SCIC ou une "
            "mutuelle me plairaient.\n\nMargot Lesage",
            id="fr_pas_forcement_une_fondation_mais_l_ess",
        ),
        pytest.param(
            "Hello,\n\nI got my DUT in June 2025. I am looking for a communications job, not necessarily in "
            "a charity, but in the social economy for sure: a co-op or a mutual would suit me.\n\nMargot "
            "Lesage",
            id="en_not_necessarily_a_charity_but_the_social_economy",
        ),
    ],
)
def test_a_hedge_on_one_kind_of_structure_keeps_the_ess_named_after_but(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nJe n'ai pas vu passer l'accusé de réception : mon dossier est-il bien arrivé ?\n\n"
            "Merci,\nAmina",
            id="fr_pas_vu_l_accuse_de_reception",
        ),
        pytest.param(
            "Hello,\n\nI have not had the accusé de réception yet. Did my file reach you?\n\nThanks,\nAmina",
            id="en_not_had_the_acknowledgement_yet",
        ),
    ],
)
def test_a_reply_saying_our_acknowledgement_never_came_is_a_reply(body: str) -> None:
    headers = {"In-Reply-To": "<pp-ack-5678@animafac.net>"}
    sender = ("Amina Sow", "amina.sow@example.org")
    assert kind(body, "Re: Accusé de réception de votre candidature", sender, headers) == "reply"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nSans emploi et sans stage : ces conditions-là sont-elles cumulatives, ou une seule "
            "suffit-elle ?\n\nMerci",
            id="fr_les_conditions_sont_elles_cumulatives",
        ),
        pytest.param(
            "Bonjour,\n\nEst-ce qu'un casier judiciaire est un obstacle pour les missions que vous proposez "
            "?\n\nCordialement",
            id="fr_les_missions_que_vous_proposez",
        ),
        pytest.param(
            "Bonjour,\n\nUne question pour nos jeunes : faut-il avoir terminé son stage avant de candidater, "
            "ou seulement avant le début du programme ?\n\nLa Mission locale",
            id="fr_une_question_pour_nos_jeunes",
        ),
    ],
)
def test_a_question_on_the_programmes_conditions_is_a_question(body: str) -> None:
    assert kind(body, "Question", ("Noé Garnier", "noe.garnier@example.org")) == "question"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour,\n\nMaster Économie sociale obtenu en septembre 2025. Après huit mois de silence, je ne "
            "postule plus nulle part en coopérative : je vise désormais les cabinets d'audit.\n\nNils Roy",
            id="fr_plus_nulle_part_en_cooperative",
        ),
        pytest.param(
            "Bonjour,\n\nLicence pro obtenue en juin 2025. Je ne postule plus dans les associations : je "
            "vise maintenant les banques d'investissement.\n\nNils Roy",
            id="fr_ne_postule_plus_dans_les_associations",
        ),
    ],
)
def test_a_search_given_up_in_the_ess_for_another_sector_fails_the_aim(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hello,\n\nI finished my MSc in June 2025. I'm searching neither only among charities nor only "
            "among firms: any place with a social angle would do.\n\nIvo Laine",
            id="en_neither_only_among_charities",
        ),
        pytest.param(
            "Bonjour,\n\nMaster obtenu en juin 2025. Je postule ni exclusivement en coopérative ni "
            "exclusivement en entreprise : tout ce qui a du sens.\n\nIvo Laine",
            id="fr_ni_exclusivement_en_cooperative",
        ),
    ],
)
def test_a_restriction_denied_on_the_ess_leaves_the_aim_open(body: str) -> None:
    assert status(read(body), "job_seeking_ess") == "unknown"


@pytest.mark.parametrize(
    ("body", "sender", "expected"),
    [
        pytest.param(
            "Bonjour,\n\nBTS ESF obtenu en juin 2025, je cherche un poste dans un centre social.\n\n"
            "Inês Carvalho dos Santos",
            ("Inês Carvalho dos Santos", "ines.cds@example.org"),
            ("Inês", "Carvalho dos Santos"),
            id="fr_ines_cds",
        ),
        pytest.param(
            "Hello,\n\nI finished my DUT in June 2025 and I am looking for a job in a co-op.\n\n"
            "João Pereira da Silva",
            ("João Pereira da Silva", "joao.pds@example.com"),
            ("João", "Pereira da Silva"),
            id="en_joao_pds",
        ),
    ],
)
def test_an_address_giving_the_surnames_initials_shows_where_the_surname_starts(
    body: str, sender: tuple[str, str], expected: tuple[str, str]
) -> None:
    result = extracted(body, from_name=sender[0], from_addr=sender[1])
    assert names(result) == expected
