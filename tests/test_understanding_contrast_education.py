"""Education classes found on the contrast corpus (issue 11, stop 21): which diploma is the highest OBTAINED
and when, each stated in a phrasing of its own (not the corpus's), in French and English, and read through
`propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read

AIM = "Je cherche un emploi dans une coopérative."
EN_AIM = "I am looking for a job with a charity."


# (body, bac_plus, graduation, verdict)
CLASSES = [
    # Vocational diplomas below the bac: the highest obtained is then under the bac.
    pytest.param(
        f"J'ai décroché un CAP cuisine en juillet 2026. {AIM}",
        0,
        "2026-07",
        "not_eligible",
        id="a_cap_obtained_is_below_the_bac",
    ),
    pytest.param(
        f"I earned a CAP in carpentry in July 2026. {EN_AIM}",
        0,
        "2026-07",
        "not_eligible",
        id="an_english_cap_obtained_is_below_the_bac",
    ),
    pytest.param(
        f"Suivie par Cap emploi, j'ai une licence de droit obtenue en juin 2025. {AIM}",
        3,
        "2025-06",
        "eligible",
        id="the_cap_emploi_network_is_not_a_diploma",
    ),
    # A regulated profession told with the participle first names its State diploma.
    pytest.param(
        f"Diplômée assistante sociale depuis septembre 2025, {AIM.lower()}",
        3,
        "2025-09",
        "eligible",
        id="graduated_as_a_social_worker_names_the_state_diploma",
    ),
    pytest.param(
        f"Diplômé infirmier en octobre 2025, {AIM.lower()}",
        3,
        "2025-10",
        "eligible",
        id="graduated_as_a_nurse_names_the_state_diploma",
    ),
    # A diploma not pursued, told as a wish or a choice not made.
    pytest.param(
        f"Mon DUT carrières sociales date de juin 2025 et je n'ai pas souhaité poursuivre en licence. {AIM}",
        2,
        "2025-06",
        "eligible",
        id="a_licence_not_wished_for_after_a_dut_is_not_had",
    ),
    pytest.param(
        f"I got my BTS in June 2025 and I did not want to go on to a bachelor's degree. {EN_AIM}",
        2,
        "2025-06",
        "eligible",
        id="an_english_bachelor_not_wanted_after_a_bts_is_not_had",
    ),
    # A diploma abandoned at a date: the date is the abandonment's, not a graduation.
    pytest.param(
        "Titulaire d'un DUT depuis juin 2025, j'ai entamé une licence que j'ai abandonnée en février 2026. "
        f"{AIM}",
        2,
        "2025-06",
        "eligible",
        id="a_licence_abandoned_in_a_month_leaves_the_dut_as_highest",
    ),
    # A year of a degree done, then studies stopped: the year is reached (bac+1), not the degree.
    pytest.param(
        f"J'ai validé une première année de licence d'histoire, ensuite j'ai arrêté. {AIM}",
        1,
        None,
        "not_eligible",
        id="a_first_year_done_then_stopped_is_bac_plus_one",
    ),
    pytest.param(
        f"I completed the first year of a bachelor's degree, then I dropped out. {EN_AIM}",
        1,
        None,
        "not_eligible",
        id="an_english_first_year_done_then_dropped_is_bac_plus_one",
    ),
    # «ne… que», "only": possession bounded, still possession.
    pytest.param(
        f"Je n'ai qu'un bac pro, je ne suis pas allé plus loin. {AIM}",
        0,
        None,
        "not_eligible",
        id="only_having_a_bac_pro_is_having_it",
    ),
    pytest.param(
        f"I only have a high school diploma. {EN_AIM}",
        0,
        None,
        "not_eligible",
        id="an_english_only_high_school_diploma_is_having_it",
    ),
    # Labelled fields (a web form's answers, a table's rows): label → value, the date field dates the diploma.
    pytest.param(
        f"Bonjour,\nDernier diplôme : Licence professionnelle\nAnnée d'obtention : 2025\nProjet : {AIM}",
        3,
        "2025",
        "eligible",
        id="a_form_diploma_field_is_dated_by_its_year_of_obtention_field",
    ),
    pytest.param(
        f"Bonjour,\nNiveau d'études : Bac+5\nDate d'obtention : 07/2026\nProjet : {AIM}",
        5,
        "2026-07",
        "eligible",
        id="a_form_level_of_studies_field_is_read_as_a_level",
    ),
    pytest.param(
        f"Hello,\nHighest degree: Master's in geography\nGraduation year: 2021\nGoal: {EN_AIM}",
        5,
        "2021",
        "not_eligible",
        id="an_english_form_graduation_year_field_dates_the_degree_field",
    ),
    pytest.param(
        "<html><body><table><tr><td>Formation</td><td>BTS Économie sociale familiale</td></tr>"
        "<tr><td>Obtenu</td><td>juin 2026</td></tr></table>"
        f"<p>{AIM}</p></body></html>",
        2,
        "2026-06",
        "eligible",
        id="an_html_table_row_of_obtention_dates_the_diploma_row",
    ),
    pytest.param(
        f"Bonjour,\nDiplôme : Master 2\nAnnée d'obtention : 2027\nProjet : {AIM}",
        5,
        None,
        "not_eligible",
        id="a_form_year_of_obtention_still_ahead_makes_the_diploma_in_progress",
    ),
    pytest.param(
        f"Bonjour,\nDernier diplôme : DUT informatique\nAnnée : 2025\nProjet : {AIM}",
        2,
        "2025",
        "eligible",
        id="a_bare_year_row_right_after_the_diploma_row_dates_it",
    ),
    pytest.param(
        "Bonjour,\nDiplôme : DUT GEA\nAnnée : 2018\nDiplôme : Master management des associations\n"
        f"Année : 2026\nProjet : {AIM}",
        5,
        "2026",
        "eligible",
        id="in_a_table_of_two_diplomas_each_year_row_dates_the_diploma_row_above_it",
    ),
    pytest.param(
        f"Hello,\nDegree: BA in Politics\nYear: 2017\nDegree: MA in Development\nYear: 2020\nGoal: {EN_AIM}",
        5,
        "2020",
        "not_eligible",
        id="an_english_table_of_two_degrees_dates_each_by_its_own_row",
    ),
    pytest.param(
        f"Bonjour,\nDiplôme en préparation : Master 2 sociologie\nProjet : {AIM}",
        5,
        None,
        "not_eligible",
        id="a_diploma_field_labelled_in_preparation_is_studies_in_progress",
    ),
    pytest.param(
        f"Hello,\nDegree in progress: MSc Public Health\nGoal: {EN_AIM}",
        5,
        None,
        "not_eligible",
        id="an_english_degree_field_labelled_in_progress_is_studies_in_progress",
    ),
    pytest.param(
        f"Bonjour,\nNiveau d'études : Bac+3\nMessage : je n'ai pas validé ma licence, j'ai mon bac ES. {AIM}",
        0,
        None,
        "not_eligible",
        id="a_level_field_gives_way_to_a_licence_said_not_obtained",
    ),
    # A graduation told without naming the diploma: the date is known, the level stays to verify.
    pytest.param(
        f"J'ai bouclé mes études en septembre 2025 et depuis {AIM.lower()}",
        None,
        "2025-09",
        "to_verify",
        id="studies_finished_at_a_date_give_the_graduation_without_a_level",
    ),
    pytest.param(
        f"I completed my degree in May 2026. {EN_AIM}",
        None,
        "2026-05",
        "to_verify",
        id="an_english_degree_completed_at_a_date_gives_the_graduation",
    ),
    pytest.param(
        "slt jai fini mes etudes en septembre, jcherche du taf dans une scop",
        None,
        "2026-09",
        "to_verify",
        id="studies_finished_in_a_yearless_month_end_in_the_last_such_month",
    ),
    pytest.param(
        f"I graduated in October. {EN_AIM}",
        None,
        "2026-10",
        "to_verify",
        id="an_english_graduation_in_a_yearless_month_is_the_last_such_month",
    ),
    pytest.param(
        f"Je n'ai pas encore obtenu mon diplôme (jury en juillet 2026). {AIM}",
        None,
        None,
        "to_verify",
        id="a_diploma_not_yet_obtained_gives_no_graduation",
    ),
    # The diploma entered in one sentence is the one obtained in the next («le diplôme», "the degree").
    pytest.param(
        f"Après deux ans de petits boulots, j'ai intégré un DUT GEA à Nancy. Le stage de fin de cursus "
        f"m'a beaucoup plu, et j'ai eu le diplôme en juillet 2025. {AIM}",
        2,
        "2025-07",
        "eligible",
        id="the_diploma_obtained_in_a_later_sentence_is_the_one_entered",
    ),
    pytest.param(
        "After a gap year I enrolled in a bachelor's degree in history in Lille. "
        f"I received the diploma in June 2025. {EN_AIM}",
        3,
        "2025-06",
        "eligible",
        id="an_english_degree_received_later_is_the_one_enrolled_in",
    ),
    pytest.param(
        "J'ai intégré une licence de droit à Rennes. Au bout d'un an, j'ai abandonné. "
        f"J'ai fini mes études en juin 2025. {AIM}",
        None,
        "2025-06",
        "to_verify",
        id="a_licence_entered_then_abandoned_is_not_the_one_the_studies_ended_with",
    ),
    pytest.param(
        "I enrolled in a bachelor's degree in Leeds. I dropped out after a year. "
        f"I finished my studies in June 2025. {EN_AIM}",
        None,
        "2025-06",
        "to_verify",
        id="an_english_degree_dropped_out_of_is_not_the_one_the_studies_ended_with",
    ),
    pytest.param(
        f"J'ai intégré une licence d'histoire à Caen. J'ai obtenu mon diplôme d'animateur en 2025. {AIM}",
        None,
        None,
        "to_verify",
        id="a_diploma_of_another_name_obtained_later_does_not_date_the_licence_entered",
    ),
    # The date of a diploma started is not its graduation; a later date of its obtention is.
    pytest.param(
        f"J'ai débuté un master de géographie en octobre 2023. {AIM}",
        None,
        None,
        "to_verify",
        id="a_master_started_at_a_date_is_not_a_master_obtained_then",
    ),
    pytest.param(
        f"I began a master's in economics in 2023. {EN_AIM}",
        None,
        None,
        "to_verify",
        id="an_english_master_begun_at_a_date_is_not_obtained_then",
    ),
    pytest.param(
        f"Je suis entré en licence d'anglais en 2021 et j'ai reçu mon diplôme en juillet 2025. {AIM}",
        3,
        "2025-07",
        "eligible",
        id="a_licence_entered_in_one_year_is_dated_by_its_later_obtention",
    ),
    # Foreign diplomas by the level the French system gives them (ENIC-NARIC), named as meanings.
    pytest.param(
        f"Titulaire d'un bacharelado en gestion publique obtenu au Brésil en 2025. {AIM}",
        3,
        "2025",
        "eligible",
        id="a_brazilian_bacharelado_is_a_bac_plus_three",
    ),
    pytest.param(
        f"I hold a Romanian licență in psychology, awarded in June 2026. {EN_AIM}",
        3,
        "2026-06",
        "eligible",
        id="an_english_romanian_licenta_is_a_bac_plus_three",
    ),
    pytest.param(
        f"J'ai obtenu un Diplom-Kaufmann à Cologne en mars 2025. {AIM}",
        5,
        "2025-03",
        "eligible",
        id="a_german_diplom_is_a_bac_plus_five",
    ),
    pytest.param(
        f"J'ai obtenu ma licence de lettres à l'université d'Oran (Algérie) en juin 2025. {AIM}",
        3,
        "2025-06",
        "eligible",
        id="a_licence_from_algeria_is_a_bac_plus_three",
    ),
    # The last year of a diploma named alone (a subject line, a heading): that year is being studied.
    pytest.param(
        f"Troisième année de BUT carrières sociales\n{AIM}",
        3,
        None,
        "not_eligible",
        id="the_last_year_of_a_but_named_alone_is_studies_in_progress",
    ),
    pytest.param(
        f"Second year of a master's in urban planning.\n{EN_AIM}",
        5,
        None,
        "not_eligible",
        id="an_english_last_year_of_a_master_named_alone_is_studies_in_progress",
    ),
    pytest.param(
        f"J'ai validé ma deuxième année de BTS en juin 2025. {AIM}",
        2,
        "2025-06",
        "eligible",
        id="the_last_year_of_a_bts_validated_at_a_date_is_not_in_progress",
    ),
    # A diploma got, received, awarded: said had, even without its date.
    pytest.param(
        f"I got my MSc from a university in Leeds. {EN_AIM}",
        5,
        None,
        "to_verify",
        id="an_english_msc_got_is_had_without_a_date",
    ),
    pytest.param(
        f"J'ai eu mon master à Lille. {AIM}",
        5,
        None,
        "to_verify",
        id="a_master_had_is_had_without_a_date",
    ),
    # «en cours» of another noun in a clause of its own does not make the diploma in progress.
    pytest.param(
        f"Mon master ESS m'a été délivré en avril 2026 ; je n'ai plus de contrat en cours. {AIM}",
        5,
        "2026-04",
        "eligible",
        id="a_contract_no_longer_in_progress_leaves_the_master_obtained",
    ),
]


@pytest.mark.parametrize(("body", "bac_plus", "graduation", "verdict"), CLASSES)
def test_education_class_reads_the_highest_obtained_diploma_and_its_date(
    body: str, bac_plus: int | None, graduation: str | None, verdict: str
) -> None:
    result = read(body)
    education = result["education"] or {}
    assert education.get("bac_plus") == bac_plus
    if graduation is not None:
        assert education.get("graduation") == graduation
    assert result["eligibility"]["verdict"] == verdict
