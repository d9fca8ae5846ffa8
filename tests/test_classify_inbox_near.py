"""Mail for something near the programme, not the programme (the inbox's not_quite_for_us and partners):
a request for an internship or a job with us, a joining denied, a group of young people a partner follows.
Each case is read from its meaning (elsewhere.py, signals.py); the phrasings are the tests' own, French and
English, with guards where the reading could over-reach."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.classify import classify
from intake.extract import extract_message
from intake.parsing import parse_message

TODAY = date(2026, 11, 26)


def _kind(body: str, subject: str = "Bonjour") -> str:
    return classify(parse_message(make_message(body, subject=subject))).kind


def _ess_search(body: str) -> str:
    result = extract_message(make_message(body, subject="Bonjour"), today=TODAY)
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess")


def test_a_student_asking_for_an_internship_at_animafac_is_not_an_application() -> None:
    body = (
        "Bonjour,\n\nEn troisième année de licence de géographie, je voudrais faire un stage de trois mois "
        "chez Animafac au printemps, au pôle formation.\n\nMerci d'avance,\nNoé Garnier"
    )
    assert _kind(body, subject="Stage") != "application"


def test_an_english_graduate_asking_for_an_internship_with_your_team_is_not_an_application() -> None:
    body = (
        "Hello,\n\nI graduated with a BA in sociology in June 2026 and I'd love an internship with your team "
        "next spring.\n\nKai"
    )
    assert _kind(body, subject="Internship request") != "application"


def test_a_graduate_asking_for_a_job_at_animafac_or_else_the_programme_still_applies() -> None:
    body = (
        "Bonjour,\n\nJ'aimerais beaucoup travailler chez Animafac, à l'animation du réseau. J'ai un master "
        "obtenu en 2025 ; si vous ne recrutez pas, je veux bien rejoindre Pro'pulse pour trouver un "
        "poste dans "
        "une association.\n\nNoé Garnier"
    )
    assert _kind(body) == "application"


def test_a_graduate_who_did_her_civic_service_at_animafac_and_seeks_a_job_still_applies() -> None:
    body = (
        "Bonjour,\n\nJ'ai fait mon service civique chez Animafac en 2023. Diplômée d'un master en "
        "juin 2026, je "
        "cherche maintenant un emploi dans une coopérative.\n\nNoé Garnier"
    )
    assert _kind(body) == "application"


def test_a_writer_who_says_she_does_not_seek_to_join_the_programme_is_not_applying() -> None:
    body = (
        "Bonjour,\n\nJe ne souhaite pas intégrer le programme, je déménage à Montréal le mois prochain ; "
        "simplement une question : avec mon master de 2025, un volontariat là-bas est-il une bonne "
        "idée ?\n\nNoé"
    )
    assert _kind(body, subject="Un avis") != "application"


def test_an_english_writer_not_looking_to_join_the_programme_is_not_applying() -> None:
    body = (
        "Hi,\n\nI'm not looking to join the programme as I move to Lisbon soon. I got my BA in 2025 and I'd "
        "like a job in a charity there: should I volunteer first?"
    )
    assert _kind(body, subject="Advice") != "application"


def test_a_graduate_unsure_whether_she_may_join_the_programme_still_applies() -> None:
    body = (
        "Bonjour,\n\nJe ne sais pas si je peux intégrer le programme : j'ai obtenu mon master en 2025 et je "
        "cherche un emploi dans une coopérative.\n\nNoé Garnier"
    )
    assert _kind(body) == "application"


def test_a_mission_locale_proposing_a_joint_information_meeting_is_not_an_application() -> None:
    body = (
        "Bonjour,\n\nUne dizaine de jeunes diplômés accompagnés à la Mission locale de Rouen cherchent "
        "un emploi dans l'ESS. Nous vous proposons d'animer ensemble une matinée de présentation de "
        "Pro'pulse en janvier.\n\nQu'en dites-vous ?\n\nSarah Ould, conseillère, Mission locale de Rouen"
    )
    assert _kind(body, subject="Présentation commune") != "application"


def test_many_young_graduates_an_adviser_receives_searching_in_the_ess_are_no_applicant() -> None:
    body = (
        "Bonjour,\n\nBeaucoup de jeunes diplômés reçus à la Mission locale de Laval cherchent dans l'ESS. "
        "Seriez-vous disponibles pour venir les rencontrer en février ?\n\nLéon Briand"
    )
    assert _kind(body, subject="Rencontre") != "application"


def test_a_parent_whose_two_sons_seek_a_job_in_the_ess_still_presents_them() -> None:
    body = (
        "Bonjour,\n\nMes deux fils cherchent un emploi dans l'ESS, ils ont chacun un master obtenu en 2025. "
        "Pouvez-vous les recevoir ?\n\nAnne Ould"
    )
    assert _kind(body, subject="Mes fils") == "application"


def test_a_graduate_whose_friends_also_search_in_the_ess_still_applies() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu ma licence en juin 2026 et je cherche un emploi dans une "
        "association ; plusieurs "
        "étudiants de ma promo cherchent aussi dans l'ESS.\n\nNoé Garnier"
    )
    assert _kind(body) == "application"


def test_a_civic_service_sought_at_animafac_is_no_job_search_in_the_ess() -> None:
    body = (
        "Bonsoir,\n\nDiplômée d'une licence d'histoire en juin 2026, je recherche une mission de "
        "service civique "
        "chez Animafac, dans l'animation du réseau associatif. Sinon, est-ce que le programme "
        "Pro'pulse serait "
        "possible pour moi ?\n\nNoé Garnier"
    )
    assert _ess_search(body) != "met"


def test_a_civic_service_or_a_job_in_an_association_is_still_a_job_search_in_the_ess() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'un master en 2025, je cherche une mission de service civique ou un "
        "emploi dans "
        "une association.\n\nNoé Garnier"
    )
    assert _ess_search(body) == "met"


def test_a_phd_student_asking_to_interview_coaches_for_her_thesis_is_other_mail() -> None:
    body = (
        "Bonjour,\n\nDoctorante en sciences de l'éducation à Nantes, je prépare ma thèse sur "
        "l'accompagnement des jeunes diplômés vers l'emploi associatif. Pourrais-je réaliser un entretien "
        "avec un ou deux coachs du programme en janvier ?\n\nMerci,\nZoé Perrin"
    )
    assert _kind(body, subject="Enquête") == "other"


def test_an_english_student_asking_an_interview_for_her_dissertation_is_other_mail() -> None:
    body = (
        "Hi,\n\nI'm a final-year student in Leeds and my dissertation is about graduate employment in social "
        "enterprises. Would you agree to a 30-minute interview with your coordinator?\n\nThanks,\nAmy"
    )
    assert _kind(body, subject="Dissertation") == "other"


def test_a_graduate_whose_master_thesis_was_on_coops_and_who_offers_an_interview_still_applies() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'un master en juin 2026 (mon mémoire portait sur les SCOP), je suis "
        "disponible pour un entretien quand vous voulez.\n\nZoé Perrin"
    )
    assert _kind(body, subject="Candidature") == "application"


def test_a_graduate_writing_her_thesis_who_asks_to_join_still_applies() -> None:
    body = (
        "Bonjour,\n\nJe termine mon master en décembre et mon mémoire porte sur les SCOP. Pourrais-je "
        "intégrer le programme et passer un entretien ?\n\nZoé Perrin"
    )
    assert _kind(body, subject="Bonjour") == "application"


def test_a_graduate_who_will_not_register_for_an_exam_session_still_applies() -> None:
    body = (
        "Bonjour,\n\nDiplômé d'un master en juin 2025, j'ai renoncé au concours : je ne m'inscris pas à la "
        "session de printemps. Je cherche un emploi dans une mutuelle.\n\nYanis Roux"
    )
    assert _kind(body, subject="Bonjour") == "application"


def test_a_graduate_who_does_not_apply_at_random_still_applies() -> None:
    body = (
        "Bonjour,\n\nJe ne postule pas au hasard : j'ai lu tout le site et votre programme me correspond. "
        "Licence obtenue en 2026, je cherche un poste dans une association.\n\nYanis Roux"
    )
    assert _kind(body, subject="Bonjour") == "application"


def test_a_graduate_who_prefers_a_real_job_hence_her_application_with_you_still_applies() -> None:
    # Guard (the merge, stop 52): «chez vous» after a comma is where she applies, not where she would work.
    body = (
        "Bonjour,\n\nJ'ai une licence d'économie (2025). On m'a offert une mission d'intérim, mais je "
        "voudrais trouver un vrai poste, d'où ma candidature chez vous.\n\nLucas Perret"
    )
    assert _kind(body, "Candidature") == "application"


def test_an_english_graduate_who_wants_a_proper_job_hence_applying_with_you_still_applies() -> None:
    body = (
        "Hello,\n\nI have a BA in sociology (2025). I was offered a temp contract, but I'd like to find a "
        "proper job, which is why I'm applying with your team.\n\nLucas Perret"
    )
    assert _kind(body, "Application") == "application"
