"""Situations named by the institutions' own words (stop 30, the jargon round): a jobseeker's
immersion (PMSMP, POEI, AFPR, EMT) held now is asked, not read as a student's stage; a stage's agreement, a
traineeship, a training's «période d'application en entreprise» are a stage; the VSC, a «volontaire en SC», a
volontariat under the ASC's agrément are the service civique, a VSI or a VIA an analogue asked about; a PTP, a
CPF de transition say a career change, a bilan de compétences only weighs one; an AJAC, an UE en dette, a test
still to resit, a degree apprenticeship or a stage alterné held now say studies not over. Each stated in
phrasings of its own, in French and in English, and read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

AIM = "Je souhaite travailler dans une association."
EN_AIM = "I would like to work for a charity."


CASES = [
    # A jobseeker's immersion held now: a period at work, but no student's stage — asked.
    pytest.param(
        f"Licence AES obtenue en juin 2026. Je suis en ce moment en PMSMP dans une ressourcerie, jusqu'au 18"
        f" décembre. {AIM}",
        "not_internship",
        "unknown",
        id="a_pmsmp_held_now_leaves_the_internship_open",
    ),
    pytest.param(
        f"BTS SP3S obtenu en juin 2026. Je fais une POEI jusqu'au 20 décembre dans une entreprise"
        f" d'insertion. {AIM}",
        "not_internship",
        "unknown",
        id="a_poei_held_now_leaves_the_internship_open",
    ),
    pytest.param(
        f"I graduated with a BA in June 2026. I am currently doing an EMT at a community garden until 10"
        f" December. {EN_AIM}",
        "not_internship",
        "unknown",
        id="an_english_emt_held_now_leaves_the_internship_open",
    ),
    # A stage by its agreement, a traineeship, a training's period at work: a stage held now.
    pytest.param(
        f"Master obtenu en juin 2026. Je suis sous convention de stage jusqu'au 15 février 2027 dans une"
        f" fédération sportive. {AIM}",
        "not_internship",
        "not_met",
        id="being_under_a_stage_agreement_until_february_is_an_internship_held_now",
    ),
    pytest.param(
        f"I hold an LLM from Ghent (July 2026). I am currently on a traineeship at the Council of Europe"
        f" until March 2027. {EN_AIM}",
        "not_internship",
        "not_met",
        id="an_english_traineeship_held_now_is_an_internship",
    ),
    # The service civique by its acronyms and its agency; the analogues abroad asked.
    pytest.param(
        f"Master obtenu en juin 2026. Je suis volontaire en VSC jusqu'en juin 2027 dans une maison de"
        f" quartier. {AIM}",
        "not_service_civique",
        "not_met",
        id="a_volunteer_in_vsc_until_june_is_in_service_civique",
    ),
    pytest.param(
        f"Licence obtenue en juin 2026. Je fais une mission de volontariat (agrément ASC) jusqu'en avril 2027"
        f" auprès d'un club sportif. {AIM}",
        "not_service_civique",
        "not_met",
        id="a_volontariat_under_the_asc_agrement_is_the_service_civique",
    ),
    pytest.param(
        f"Master obtenu en juin 2026. Je suis en VSI au Bénin jusqu'en août 2027 avec une ONG. {AIM}",
        "not_service_civique",
        "unknown",
        id="a_vsi_held_now_leaves_the_service_civique_open",
    ),
    pytest.param(
        f"I graduated with an MA in June 2026. I am currently on a VIA in Lima until May 2027. {EN_AIM}",
        "not_service_civique",
        "unknown",
        id="an_english_via_held_now_leaves_the_service_civique_open",
    ),
    # Career change: the schemes that fund one say it; a bilan de compétences only weighs one.
    pytest.param(
        f"Licence pro obtenue en juin 2026, financée par un projet de transition professionnelle"
        f" (PTP). {AIM}",
        "not_career_change",
        "not_met",
        id="a_diploma_funded_by_a_ptp_is_a_career_change",
    ),
    pytest.param(
        f"I completed my DEES in July 2026 thanks to a CPF de transition. {EN_AIM}",
        "not_career_change",
        "not_met",
        id="an_english_cpf_de_transition_is_a_career_change",
    ),
    pytest.param(
        f"Master obtenu en juin 2026. Je termine un bilan de compétences pour choisir ma voie. {AIM}",
        "not_career_change",
        "unknown",
        id="a_bilan_de_competences_alone_leaves_the_career_change_open",
    ),
    pytest.param(
        f"I graduated with an MA in June 2026 and did a skills assessment last spring. {EN_AIM}",
        "not_career_change",
        "unknown",
        id="an_english_skills_assessment_alone_leaves_the_career_change_open",
    ),
    pytest.param(
        f"Après avoir été gérante (fleuriste) de 2010 à 2019, j'ai repris mes études : licence obtenue"
        f" en juin 2026. {AIM}",
        "not_career_change",
        "not_met",
        id="nine_years_as_a_florist_before_resumed_studies_are_a_career_change",
    ),
    pytest.param(
        f"Je suis titulaire depuis septembre 2026 du master Économie sociale et solidaire. {AIM}",
        "not_career_change",
        "met",
        id="holding_a_master_since_september_is_no_tenured_post",
    ),
    # Studies not over, said by the university's and the schemes' words.
    pytest.param(
        f"Je suis AJAC en L3 de géographie, avec une UE de L2 à valider. {AIM}",
        "studies_finished",
        "not_met",
        id="an_ajac_student_has_not_finished_studies",
    ),
    pytest.param(
        f"Ma licence de droit a été validée avec une UE en dette. {AIM}",
        "studies_finished",
        "not_met",
        id="a_unit_en_dette_leaves_the_studies_unfinished",
    ),
    pytest.param(
        f"BTS obtenu en 2025. Pour le DEASS, l'épreuve de communication en session 2 est à repasser en"
        f" janvier. {AIM}",
        "studies_finished",
        "not_met",
        id="a_test_of_session_2_still_to_resit_leaves_the_studies_unfinished",
    ),
    pytest.param(
        f"I hold a foundation degree (2025) and I am now on a degree apprenticeship in social work, which"
        f" ends in 2028. {EN_AIM}",
        "studies_finished",
        "not_met",
        id="an_english_degree_apprenticeship_held_now_is_studies_going_on",
    ),
    pytest.param(
        f"I sat my last MSc exams in October; the exam board meets on 20 January. {EN_AIM}",
        "studies_finished",
        "unknown",
        id="an_english_exam_board_still_to_meet_leaves_the_studies_open",
    ),
]


@pytest.mark.parametrize(("body", "name", "wanted"), CASES)
def test_an_institutions_word_for_a_situation_is_read_as_it_means(body: str, name: str, wanted: str) -> None:
    assert status(read(body), name) == wanted
