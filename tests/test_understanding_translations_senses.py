"""Translations' false friends and source meanings (stop 46, t-senses): a course's length in brackets after
a translated *carrera* is no trade's years; Spanish *prácticas* («mes pratiques professionnelles»), German
*Praktikum* («ma pratique») and Portuguese *estágio* («mon étape obligatoire») are internships; a German or
Austrian civic service under its own name or translated word for word («Bundesfreiwilligendienst», «année
sociale volontaire») is the service civique; an end said of now with no date is asked; a search in tourism
or in international trade fails the aim; a final work still to present («présenter mon TCC», «discuter la
thèse») and a jury's «Ajourné» leave the studies running; a postgraduate course followed part-time leaves
them asked; a CV is read by its dates, not its sections. Each stated in phrasings of its own, read through
`propulse extract`'s path, with guards where a rule could over-reach."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fixtures_docs import make_docx, make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 26)
AIM = "Je cherche un poste dans une association d'insertion."


def _status(body: str, criterion: str, cv: list[str] | None = None) -> str:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    attachments = [("CV_traduit.docx", docx, make_docx(cv))] if cv else []
    message = make_message(body, subject="Candidature Pro'pulse", attachments=attachments)
    result: dict[str, Any] = extract_message(message, today=TODAY)
    return str(next(c for c in result["eligibility"]["criteria"] if c["id"] == criterion)["status"])


CASES = [
    # A course's length in brackets: the studies the clause names, never a trade's years.
    pytest.param(
        f"En juillet 2025 j'ai fini la carrière de Licence en Psychologie à l'Université de Rosario (5 ans)."
        f" {AIM}",
        "not_career_change",
        "met",
        id="a_carrera_of_five_years_in_brackets_is_the_length_of_the_studies_not_a_career",
    ),
    pytest.param(
        f"J'ai obtenu en juin 2026 mon master de sociologie (6 ans) à la faculté de Porto. {AIM}",
        "not_career_change",
        "met",
        id="a_master_with_its_years_of_study_in_brackets_is_no_career_change",
    ),
    pytest.param(
        "In July 2025 I completed my degree in Psychology at the University of Rosario (5 years). "
        "I am looking for a job in a charity.",
        "not_career_change",
        "met",
        id="an_english_degree_with_its_length_in_brackets_is_no_career_change",
    ),
    pytest.param(
        f"J'ai clos ma carrière de danseuse (10 ans), puis obtenu une licence pro en 2025. {AIM}",
        "not_career_change",
        "not_met",
        id="a_french_career_of_a_trade_with_its_years_in_brackets_stays_a_career_change",
    ),
    pytest.param(
        f"J'ai une licence d'histoire. Ensuite j'ai été comptable dans une banque (12 ans). {AIM}",
        "not_career_change",
        "not_met",
        id="a_trade_in_brackets_after_a_degree_told_before_it_stays_a_career_change",
    ),
    # Spanish prácticas, German Praktikum, Portuguese estágio, through the translation's false friends.
    pytest.param(
        f"Licence de psychologie obtenue en 2025. En ce moment je réalise mes pratiques professionnelles"
        f" dans un centre social de Nantes, jusqu'en mars 2027. {AIM}",
        "not_internship",
        "not_met",
        id="doing_ones_pratiques_professionnelles_in_a_centre_until_march_is_an_internship_held",
    ),
    pytest.param(
        f"Licence de psychologie obtenue en 2025. Je participe chaque mois à l'analyse des pratiques"
        f" professionnelles de l'équipe bénévole. {AIM}",
        "not_internship",
        "met",
        id="an_analysis_of_professional_practices_is_no_internship",
    ),
    pytest.param(
        f"J'ai une licence d'éducation obtenue en 2026. Actuellement je fais mon étape curriculaire dans"
        f" une mairie de Toulouse, qui finit le 10 janvier 2027. {AIM}",
        "not_internship",
        "not_met",
        id="a_curricular_etape_in_a_town_hall_until_january_is_an_internship_held",
    ),
    pytest.param(
        f"J'ai une licence d'éducation obtenue en 2026. Ce diplôme a été une étape importante de ma vie."
        f" {AIM}",
        "not_internship",
        "met",
        id="an_important_step_of_ones_life_is_no_internship",
    ),
    pytest.param(
        f"Mon bachelor en travail social est validé depuis juillet 2026. Ma pratique à la Croix-Rouge de"
        f" Colmar court jusqu'à fin novembre. {AIM}",
        "not_internship",
        "unknown",
        id="ones_pratique_at_a_charity_ending_at_the_end_of_this_month_is_asked",
    ),
    # The civic services of Germany and Austria, by their names or translated word for word.
    pytest.param(
        f"Bachelor de pédagogie sociale obtenu en 2025. Depuis octobre je fais un Bundesfreiwilligendienst"
        f" dans une maison de quartier à Fribourg, jusqu'au 30.09.2027. {AIM}",
        "not_service_civique",
        "not_met",
        id="a_bundesfreiwilligendienst_running_until_next_september_is_a_civic_service_held",
    ),
    pytest.param(
        f"Bachelor de pédagogie sociale obtenu en 2025. Je fais actuellement une année sociale volontaire"
        f" dans une crèche de Graz, jusqu'en août 2027. {AIM}",
        "not_service_civique",
        "not_met",
        id="a_voluntary_social_year_running_until_august_is_a_civic_service_held",
    ),
    pytest.param(
        f"Bachelor de pédagogie sociale obtenu en 2025. Avant mes études, j'ai fait un FSJ en 2020 dans"
        f" un foyer de Brême. {AIM}",
        "not_service_civique",
        "met",
        id="an_fsj_done_before_the_studies_is_over",
    ),
    # A postgraduate course followed now, part-time, after a degree: the studies' end is asked.
    pytest.param(
        f"Licence de sociologie obtenue en 2025. Actuellement je fréquente une pós-graduação en gestion"
        f" sociale, le soir après le travail, qui finit en juillet 2027. {AIM}",
        "studies_finished",
        "unknown",
        id="an_evening_pos_graduacao_followed_until_july_after_a_degree_leaves_the_studies_asked",
    ),
    pytest.param(
        f"J'ai fini mon grado en 2025. En ce moment je fais un postgrado a distancia en économie solidaire."
        f" {AIM}",
        "studies_finished",
        "unknown",
        id="a_distance_postgrado_followed_now_after_a_degree_leaves_the_studies_asked",
    ),
    pytest.param(
        f"Licence de sociologie obtenue en 2025. Je prends des cours du soir d'espagnol. {AIM}",
        "studies_finished",
        "met",
        id="evening_language_classes_after_a_degree_leave_the_studies_over",
    ),
    # An end said of now and dated nothing: this month, its day unsaid, asked.
    # A market's trade named as the field sought: tourism, hotels, trade, finance fail the aim alone.
    pytest.param(
        "J'ai une licence de langues obtenue en juin 2025. Je voudrais travailler dans le secteur du"
        " tourisme, comme guide ou à l'accueil.",
        "job_seeking_ess",
        "not_met",
        id="a_search_in_the_field_of_tourism_alone_fails_the_aim",
    ),
    pytest.param(
        "J'ai une licence d'économie obtenue en mars 2026. Je cherche un poste dans le commerce"
        " international, à Lyon.",
        "job_seeking_ess",
        "not_met",
        id="a_search_in_international_trade_fails_the_aim",
    ),
    pytest.param(
        "J'ai une licence d'économie obtenue en mars 2026. Je cherche un poste dans le commerce équitable,"
        " dans une coopérative.",
        "job_seeking_ess",
        "met",
        id="a_search_in_fair_trade_in_a_cooperative_meets_the_aim",
    ),
    pytest.param(
        "Master de droit public obtenu en juin 2026. Je postule partout, du public au privé, là où il y aura"
        " un poste de juriste, même dans une association.",
        "job_seeking_ess",
        "met",
        id="a_search_from_the_public_to_the_private_sector_is_no_aim_outside_alone",
    ),
    # The final work still to present, defend or hand in, in a translation's verbs: the studies run on.
    pytest.param(
        f"J'ai fait Service social à l'Université de Recife. Je dois encore présenter mon TCC le 14 décembre."
        f" {AIM}",
        "studies_finished",
        "not_met",
        id="a_final_course_work_still_to_present_in_december_leaves_the_studies_running",
    ),
    pytest.param(
        f"J'étudie le master d'économie sociale à Bologne et je discuterai la thèse en mars 2027. {AIM}",
        "studies_finished",
        "not_met",
        id="a_thesis_to_be_discussed_next_march_leaves_the_studies_running",
    ),
    pytest.param(
        f"Pour le master de Louvain, il faut encore que je remette ma thèse en février. {AIM}",
        "studies_finished",
        "not_met",
        id="a_thesis_still_to_hand_in_in_february_leaves_the_studies_running",
    ),
    pytest.param(
        f"Master de sociologie obtenu en juin 2026 : j'ai présenté mon mémoire le 20 juin 2026. {AIM}",
        "studies_finished",
        "met",
        id="a_thesis_presented_last_june_is_done",
    ),
    # A jury's deferral on a translated transcript: the year is not passed.
    pytest.param(
        f"Voici mon relevé traduit.\nLicence professionnelle Gestion sociale – S6\nSession : juin 2026\n"
        f"Décision du jury : Ajournée\n{AIM}",
        "studies_finished",
        "not_met",
        id="a_transcript_whose_jury_decision_is_ajournee_leaves_the_studies_running",
    ),
    pytest.param(
        f"Licence pro obtenue en juin 2026. Je termine en ce moment mon service civique à la ludothèque."
        f" {AIM}",
        "not_service_civique",
        "unknown",
        id="a_civic_service_being_finished_right_now_with_no_date_is_asked",
    ),
    pytest.param(
        f"Licence pro obtenue en juin 2026. Je termine actuellement mon service civique à la ludothèque,"
        f" jusqu'au 20 décembre. {AIM}",
        "not_service_civique",
        "not_met",
        id="a_civic_service_being_finished_now_until_a_day_ahead_is_held",
    ),
]


@pytest.mark.parametrize(("body", "criterion", "expected"), CASES)
def test_a_translated_sense_is_read_as_its_source_word_means(
    body: str, criterion: str, expected: str
) -> None:
    assert _status(body, criterion) == expected


CV_BODY = "Bonjour, voici mon CV traduit pour le programme. Je voudrais travailler dans une coopérative."
CV_CASES = [
    # A CV's sections are no order of time: a degree listed above the years of a trade, dated after them.
    pytest.param(
        [
            "Formation",
            "Master en travail social, Université de Cluj, cours du soir, juin 2026",
            "Licence en droit, 2013",
            "Expérience",
            "2013–2023 : agent de sécurité dans une société de gardiennage, Cluj",
        ],
        "not_career_change",
        "not_met",
        id="years_of_a_trade_listed_under_a_degree_dated_after_them_are_a_career_change",
    ),
    pytest.param(
        [
            "Formation",
            "Licence en droit, 2012",
            "Expérience",
            "2013–2023 : agent de sécurité dans une société de gardiennage, Cluj",
        ],
        "not_career_change",
        "met",
        id="years_of_a_trade_after_the_only_degree_are_no_turn_told",
    ),
    pytest.param(
        [
            "Formation",
            "Licence professionnelle Intervention sociale, juin 2026",
            "Expérience",
            "2018-2022 : divers emplois (vente, entrepôt)",
        ],
        "not_career_change",
        "unknown",
        id="various_jobs_listed_under_a_later_degree_leave_the_career_change_asked",
    ),
    pytest.param(
        [
            "Formation",
            "BTS Économie sociale familiale, juin 2025",
            "Expérience",
            "2018-2024 : agent d'accueil, centre communal d'action sociale de Roubaix",
        ],
        "not_career_change",
        "unknown",
        id="years_at_a_towns_social_action_centre_before_a_degree_leave_the_career_change_asked",
    ),
    # An internship line opening a recent month and leaving its end blank: running or over, asked.
    pytest.param(
        [
            "Formation",
            "2020 – 2024 : Licence de psychologie, Université de Da Nang",
            "Expérience",
            "Stage : 09/2026 – Maison des solidarités, Lille, accueil des familles",
        ],
        "not_internship",
        "unknown",
        id="an_internship_line_begun_in_september_with_no_end_written_is_asked",
    ),
    pytest.param(
        [
            "Formation",
            "2020 – 2024 : Licence de psychologie, Université de Da Nang",
            "Expérience",
            "Stage : 01/2026 – Maison des solidarités, Lille, accueil des familles",
        ],
        "not_internship",
        "met",
        id="an_internship_line_begun_ten_months_ago_with_no_end_written_is_over_by_its_length",
    ),
    pytest.param(
        [
            "Formation",
            "2021 – 2026 : Master Économie sociale, Université de Lille",
            "Expérience",
            "Stage : terminé en octobre 2026 — Service civique : non",
        ],
        "not_internship",
        "met",
        id="an_internship_told_ended_in_october_before_a_dash_is_over",
    ),
]


@pytest.mark.parametrize(("cv", "criterion", "expected"), CV_CASES)
def test_a_translated_cv_is_read_by_its_dates_not_its_layout(
    cv: list[str], criterion: str, expected: str
) -> None:
    assert _status(CV_BODY, criterion, cv) == expected
