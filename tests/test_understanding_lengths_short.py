"""Short mail (the lengths corpus, t-short): a few words, a subject, fragments or a note over an attachment,
each carrying the whole case. What they state is the writer's; what they leave unsaid stays open."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_docx, make_message, make_odt
from reading_day import TODAY, extracted, status

from intake.extract import extract_message


def with_attachment(body: str, filename: str, ctype: str, payload: bytes) -> dict[str, Any]:
    """`body` mailed over one attached document, as extracted on the reading day."""
    raw = make_message(body, attachments=[(filename, ctype, payload)])
    return extract_message(raw, today=TODAY)


ODT = "application/vnd.oasis.opendocument.text"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# A course done but for its jury's decision: every exam and the defence behind, the verdict awaited. Whether
# the studies are over is asked — never refused as studies going on.


def test_a_course_finishing_with_every_part_done_and_the_jury_awaited_leaves_the_studies_open() -> None:
    body = (
        "Bonjour,\nJe termine un master de droit : tous mes partiels et ma soutenance sont faits, la "
        "délibération du jury est attendue fin décembre.\nJe cherche un poste dans une association.\n"
        "Lou Perrin"
    )
    result = extracted(body)
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_finishing_degree_whose_exams_and_dissertation_are_done_and_board_awaited_is_asked() -> None:
    body = (
        "Hello,\nI'm finishing my MA in social policy: all my exams and my dissertation are done, and I am "
        "waiting for the exam board in January.\nI'd like to work for a housing charity.\nLou Perrin"
    )
    assert status(extracted(body), "studies_finished") == "unknown"


def test_the_same_in_a_letter_attached_leaves_the_studies_open() -> None:
    letter = make_odt(
        [
            "Lou Perrin – Rennes",
            "Madame, Monsieur,",
            "Je finis une licence pro d'intervention sociale : toutes mes épreuves et mon rapport sont "
            "validés, les résultats du jury attendus début janvier.",
            "Je voudrais travailler dans une association d'insertion.",
        ]
    )
    result = with_attachment("Bonjour, ma lettre est jointe.\nLou", "lettre.odt", ODT, letter)
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_course_finishing_with_only_the_exams_to_come_is_still_followed() -> None:
    body = (
        "Bonjour,\nJe termine un master de droit, mes partiels sont en janvier et le jury en février.\n"
        "Je cherche un poste dans une association.\nLou Perrin"
    )
    assert status(extracted(body), "studies_finished") == "not_met"


# A telegraphic sentence with no subject is the writer's: the tagger's «person» over a verb and its place
# ("Moved to Bordeaux") is no one presented.


def test_a_subjectless_line_naming_a_move_is_no_person_presented() -> None:
    body = (
        "Hi,\nMA in Sociology, 2018 (Sussex). Relocated to Marseille in the spring, looking for a job in a "
        "French charity.\nCheers,\nTobias\n"
    )
    result = extracted(body, from_name="Tobias Achterberg", from_addr="tobias.a@example.co.uk")
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Tobias", "Achterberg")
    assert result["applicant"]["email"] == "tobias.a@example.co.uk"


def test_a_run_the_tagger_calls_a_person_joined_by_a_common_word_is_no_name() -> None:
    from intake.understanding.lexicon import load_lexicon
    from intake.understanding.signals import _person_shaped

    lexicon = load_lexicon()
    assert not _person_shaped("Moved to Grenoble", lexicon)
    assert not _person_shaped("Arrivée à Lyon", lexicon)
    assert _person_shaped("Camille de la Tour", lexicon)
    assert _person_shaped("Nour bin Salem", lexicon)
    assert _person_shaped("Camille Nguyen", lexicon)


def test_a_person_an_adviser_presents_by_full_name_is_still_read() -> None:
    body = (
        "Bonjour,\nJe vous oriente Kevin Da Silva, titulaire d'un BTS depuis juin 2026, qui cherche un poste "
        "dans une association.\nCordialement,\nMme Roux, conseillère Mission locale"
    )
    result = extracted(body, from_name="Claire Roux", from_addr="c.roux@missionlocale-exemple.fr")
    assert result["applicant"]["first_name"] == "Kevin"


# A civic service or an internship noted with its end as a dated noun, no verb: the end's date says whether
# it runs today.


def test_a_civic_service_noted_with_its_planned_end_ahead_is_held_now() -> None:
    body = "Licence pro 2026. Service civique à la Ligue de l'enseignement : fin prévue fin février.\nSam"
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_a_civic_service_noted_with_its_end_this_month_is_asked() -> None:
    docx = make_docx(
        [
            "Sam Roy",
            "BTS ESF, juin 2025",
            "Mission de service civique : fin prévue fin novembre (Restos du cœur)",
        ]
    )
    result = with_attachment("cf. pièce jointe", "CV Sam Roy.docx", DOCX, docx)
    assert status(result, "not_service_civique") == "unknown"


def test_an_internship_noted_with_its_end_gone_by_is_over() -> None:
    body = "Master 2 ESS, septembre 2026. Stage en coopérative (fin le 15 septembre 2026).\nSam"
    assert status(extracted(body), "not_internship") == "met"


def test_an_internship_noted_with_its_end_on_a_day_of_this_month_gone_by_is_over() -> None:
    # The lead's: a day is exact — «fin le 12 novembre» read on the 26th is no month-wide doubt.
    body = (
        "Licence pro gestion des structures sociales, juin 2026. Stage prolongé puis écourté : fin le 12 "
        "novembre. Je cherche un poste dans une mutuelle.\nSam"
    )
    assert status(extracted(body), "not_internship") == "met"


def test_an_internship_noted_with_its_end_on_a_day_of_this_month_still_ahead_runs() -> None:
    body = "BA in Social Policy, July 2026. Internship at a housing charity, ending 30 November.\nSam"
    assert status(extracted(body), "not_internship") == "not_met"


def test_an_internship_ended_by_a_participle_is_not_read_as_an_end_noted() -> None:
    body = (
        "J'ai eu mon master en septembre 2026, avec un stage de six mois dans une coopérative, terminé fin "
        "juin. Je cherche un emploi dans une association.\nSam"
    )
    assert status(extracted(body), "not_internship") == "met"


def test_a_civic_service_signed_and_begun_on_a_day_runs_for_its_length() -> None:
    body = (
        "CV joint (il date un peu : entre-temps j'ai signé un service civique de dix mois, démarré le 2 "
        "novembre).\nSam"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_a_civic_service_of_six_months_begun_in_march_is_over() -> None:
    body = (
        "J'ai signé un service civique de six mois, démarré le 3 mars. Je cherche un poste en association."
        "\nSam"
    )
    assert status(extracted(body), "not_service_civique") == "met"


def test_a_sister_s_civic_service_noted_with_its_end_is_hers() -> None:
    body = (
        "BTS SP3S obtenu en juin 2026, je cherche un emploi dans une association. Ma sœur, elle, est en "
        "service civique, fin prévue en mars.\nSam"
    )
    assert status(extracted(body), "not_service_civique") == "met"


# A telegraphic line's notes, set apart by pipes, are read each for itself.


def test_a_note_in_progress_after_a_pipe_is_not_the_diploma_s_before_it() -> None:
    body = "Licence éco validée 2025 | SC en cours → fin 31/05/27 | après : asso d'insertion, Lyon\nSam"
    result = extracted(body)
    assert result["education"]["graduation"] == "2025"
    assert status(result, "studies_finished") == "met"
    assert status(result, "not_service_civique") == "not_met"


def test_a_table_row_between_pipes_is_left_whole() -> None:
    from intake.understanding.sentence_ends import sentence_ends

    assert sentence_ends("| Diplôme | Licence | 2025 |") == []
    assert sentence_ends("Critère | Réponse\nStage | non\nReconversion | non") == []
    assert sentence_ends("Licence 2025 | SC en cours") == [(12, 15)]


# Coming out of a course («sortie de BTS en juin») is having finished it: its yearless month is the last one.


def test_a_course_come_out_of_in_a_yearless_month_is_dated_by_the_last_one() -> None:
    body = (
        "Tout juste sorti d'une licence pro d'animation en juillet, je cherche un poste dans une association."
        "\nNoé"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-07"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_course_not_yet_come_out_of_is_not_told_as_left() -> None:
    from intake.understanding.education import _came_out_of

    assert _came_out_of("Sortie de master en septembre", len("Sortie de "))
    assert not _came_out_of("Pas encore sortie de master", len("Pas encore sortie de "))
    assert not _came_out_of("Je serai sortie de BTS en juin", len("Je serai sortie de "))


# A former trade noted with its years alone in brackets is years in another trade: a career change asked.


def test_a_former_trade_with_vague_years_in_brackets_leaves_the_career_change_asked() -> None:
    body = (
        "ancien vendeur en téléphonie (plusieurs années) / DEAES obtenu 07/2026 / cherche asso d'aide à "
        "domicile\nNoé"
    )
    assert status(extracted(body), "not_career_change") == "unknown"


def test_a_student_job_with_years_in_brackets_is_no_career() -> None:
    body = (
        "Licence pro 2026 ; animateur en centre de loisirs (3 ans, pendant mes études) ; cherche un poste "
        "dans une association.\nNoé"
    )
    assert status(extracted(body), "not_career_change") == "met"


# A diploma's own brackets tell of that diploma alone: a course stopped, a year not validated.


def test_a_course_whose_brackets_tell_it_stopped_is_no_diploma() -> None:
    docx = make_docx(
        [
            "Noé Garnier",
            "DUT GEA, 2021",
            "Licence pro gestion des associations (commencée en 2022, interrompue en mars)",
            "Objectif : chargé de gestion dans une association",
        ]
    )
    result = with_attachment("Mon CV est joint.", "CV Noé Garnier.docx", DOCX, docx)
    assert result["education"]["bac_plus"] == 2


def test_a_year_not_validated_in_its_brackets_leaves_the_diploma_before_it_had() -> None:
    body = "Bac pro 2021 + première année de BTS (non validée). Cherche asso d'insertion, Rennes.\nNoé"
    result = extracted(body)
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_an_internship_just_finished_with_its_end_in_brackets_is_over() -> None:
    body = (
        "Je viens de finir mon stage en ressourcerie (fin septembre) et ma licence pro est validée depuis "
        "juillet 2026. Je cherche un poste dans une association.\nNoé"
    )
    assert status(extracted(body), "not_internship") == "met"


def test_a_writer_s_own_stop_in_brackets_after_a_year_validated_leaves_that_year_had() -> None:
    body = (
        "Formation : BTS SAM validé en juin 2026 (j'ai arrêté ensuite, par choix).\n"
        "Projet : un poste d'assistante dans une association.\nNoé"
    )
    assert extracted(body)["education"]["bac_plus"] == 2
