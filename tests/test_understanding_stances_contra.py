"""Facts two places of one mail hold apart, and facts the writer turns away (s-contra, stop 56): a negation
before "studying" tells no studies; a situation the letter tells over while the CV or the signature dates
its end still ahead is asked; a subject and a body dating one diploma by two years leave its date open.
Phrasings of their own, French and English, each read on a stated day through `propulse extract`'s path."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_docx, make_message
from reading_day import kind, status

from intake.extract import extract_message

DAY = date(2026, 12, 7)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
AIM = "Je cherche un emploi dans une coopérative d'habitants."
EN_AIM = "I am looking for a job with a housing cooperative."


def _read(body: str, subject: str = "Candidature Pro'pulse", **message: Any) -> dict[str, Any]:
    """`body` mailed under `subject`, as extracted on DAY (7 December 2026)."""
    return extract_message(make_message(body, subject=subject, **message), today=DAY)


# --- A negation before "studying" turns the whole phrase away ---------------------------------------------


def test_an_english_writer_not_studying_anywhere_has_finished_her_studies() -> None:
    body = "Hello, I have a BSc in Ecology from Leeds, obtained in July 2025, and I'm not studying anywhere. "
    body += EN_AIM
    result = _read(body)
    assert status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_not_studying_nor_interning_coordinated_after_one_negation_tells_neither() -> None:
    body = f"Hi, BA in Sociology (June 2026); I'm not enrolled or interning at the moment. {EN_AIM}"
    result = _read(body)
    assert status(result, "studies_finished") == "met"
    assert status(result, "not_internship") == "met"


def test_an_english_writer_still_studying_is_still_a_student() -> None:
    body = f"Hello, I have a BSc in Ecology from Leeds and I'm still studying for an MSc this year. {EN_AIM}"
    assert status(_read(body), "studies_finished") == "not_met"


def test_a_final_year_student_keeps_the_word_before_the_noun() -> None:
    body = f"Hello, I'm a final-year student in Geography at Exeter. {EN_AIM}"
    assert status(_read(body), "studies_finished") == "not_met"


# --- The letter tells a placement over, another place dates its end still ahead ---------------------------


def _with_cv(body: str, *lines: str) -> dict[str, Any]:
    """`body` sent with a CV holding `lines` under its owner's name, read on DAY."""
    cv = make_docx(["Inès Martin", "Formation", "Master Développement local, Tours - 2026", *lines])
    return _read(body, attachments=[("CV_Ines_Martin.docx", DOCX, cv)])


def test_a_stage_told_finished_while_the_cv_runs_it_to_march_is_asked() -> None:
    body = f"Bonjour, master obtenu en septembre 2026, mon stage est fini depuis peu. {AIM} Mon CV est joint."
    result = _with_cv(body, "Expérience", "Stage, mairie de Blois - oct. 2026 à mars 2027")
    assert status(result, "not_internship") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_english_letter_done_with_its_placement_over_a_cv_running_to_april_is_asked() -> None:
    body = f"Hello, I finished my master's in September 2026 and my internship is over now. {EN_AIM}"
    result = _with_cv(body, "Experience", "Internship, project officer, food bank - Oct 2026 to April 2027")
    assert status(result, "not_internship") == "unknown"


def test_a_civic_service_told_finished_under_a_signature_dated_to_april_is_asked() -> None:
    body = (
        "Bonjour,\n\nJ'ai terminé mon service civique et je suis titulaire d'une licence de géographie "
        f"(juin 2026). {AIM}\n\nNoé Sarrazin\nVolontaire Unis-Cité, jusqu'à fin avril 2027\n06 12 34 56 78"
    )
    result = _read(body, from_name="Noé Sarrazin", from_addr="noe.sarrazin@example.org")
    assert status(result, "not_service_civique") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_placement_only_named_in_passing_under_a_signature_dated_ahead_stays_held() -> None:
    body = (
        "Bonjour,\n\nJ'écris depuis ma messagerie de stage, ma signature dit où j'en suis. Licence de "
        f"géographie obtenue en juin 2026. {AIM}\n\nNoé Sarrazin\nStagiaire chargé d'études, jusqu'au 28 "
        "février 2027\n06 12 34 56 78"
    )
    result = _read(body, from_name="Noé Sarrazin", from_addr="noe.sarrazin@example.org")
    assert status(result, "not_internship") == "not_met"


def test_a_stage_told_no_longer_held_while_the_cv_runs_it_to_march_is_asked() -> None:
    body = f"Bonjour, master obtenu en septembre 2026, je ne suis plus en stage. {AIM} Mon CV est joint."
    result = _with_cv(body, "Expérience", "Stage, mairie de Blois - oct. 2026 à mars 2027")
    assert status(result, "not_internship") == "unknown"


def test_a_letter_that_says_the_cv_is_out_of_date_settles_it() -> None:
    body = (
        "Bonjour, master obtenu en septembre 2026. Mon CV n'est plus à jour : le stage qui y figure est "
        f"terminé. {AIM}"
    )
    result = _with_cv(body, "Expérience", "Stage, mairie de Blois - oct. 2026 à mars 2027")
    assert status(result, "not_internship") == "met"


def test_a_placement_cut_short_settles_the_cv_end_still_ahead() -> None:
    body = f"Hello, master's done in September 2026; my internship was cut short last month. {EN_AIM}"
    result = _with_cv(body, "Experience", "Internship, project officer, food bank - Oct 2026 to April 2027")
    assert status(result, "not_internship") == "met"


def test_a_cv_holding_the_stage_with_no_end_still_gives_way_to_the_newer_letter() -> None:
    body = f"Bonjour, master obtenu en septembre 2026, mon stage est fini depuis peu. {AIM}"
    result = _with_cv(body, "Expérience", "Stage, mairie de Blois - depuis octobre 2026")
    assert status(result, "not_internship") == "met"


def test_a_cv_stage_ended_before_today_agrees_with_the_letter() -> None:
    body = f"Bonjour, master obtenu en septembre 2026, mon stage est fini. {AIM}"
    result = _with_cv(body, "Expérience", "Stage, mairie de Blois - mai à août 2026")
    assert status(result, "not_internship") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


# --- A subject and a letter dating one diploma by two years ----------------------------------------------


def test_a_subject_and_a_letter_dating_the_licence_apart_leave_its_date_open() -> None:
    body = f"Bonjour, j'ai obtenu ma licence pro Métiers du social en 2022 à Rouen. {AIM}"
    result = _read(body, subject="Candidature – licence pro 2025")
    assert result["education"]["graduation"] is None
    assert status(result, "graduation_recent") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_english_subject_and_letter_dating_the_hnd_apart_leave_its_date_open() -> None:
    body = f"Hello, I completed my HND in Business in 2022 at a college in Bristol. {EN_AIM}"
    result = _read(body, subject="Application - HND 2025")
    assert status(result, "graduation_recent") == "unknown"


def test_a_year_alone_in_the_subject_against_the_letters_bts_leaves_its_date_open() -> None:
    body = f"Bonjour, titulaire depuis 2022 d'un BTS Économie sociale familiale, {AIM.lower()}"
    result = _read(body, subject="Candidature - diplômé 2026")
    assert status(result, "graduation_recent") == "unknown"


def test_a_subject_year_another_diploma_of_the_letter_carries_changes_nothing() -> None:
    body = f"Bonjour, j'ai eu mon BTS en 2021 puis ma licence pro en juin 2025. {AIM}"
    result = _read(body, subject="Candidature - diplômée 2021")
    assert result["education"]["graduation"] == "2025-06"
    assert status(result, "graduation_recent") == "met"


def test_a_letter_owning_the_slip_in_its_subject_keeps_its_own_year() -> None:
    body = "Bonjour, BUT Carrières sociales obtenu en juin 2025 ; je me suis trompé d'année dans l'objet. "
    body += AIM
    result = _read(body, subject="Candidature - BUT 2022")
    assert result["education"]["graduation"] == "2025-06"


def test_a_replys_subject_is_an_older_line_and_dates_nothing() -> None:
    body = f"Bonjour, pour vous répondre : j'ai obtenu mon BTS Comptabilité en juin 2025 à Laval. {AIM}"
    result = _read(body, subject="Re: Candidature - BTS 2022")
    assert result["education"]["graduation"] == "2025-06"


# --- A clause with an inverted verb asks: what follows the colon is no application -----------------------


def test_a_trainer_asking_whether_her_learners_may_apply_by_an_inverted_verb_asks() -> None:
    body = (
        "Bonjour,\n\nJ'enseigne en BTS ESF et une règle me laisse perplexe : mes élèves peuvent-ils "
        "postuler dès avril, ou vaut-il mieux qu'ils attendent leur diplôme ?\n\nMerci,\nOdile Brassac"
    )
    assert kind(body, "Une question", ("Odile Brassac", "o.brassac@cfa-exemple.fr")) == "question"


def test_a_writer_stating_her_own_degree_before_an_inverted_question_still_applies() -> None:
    body = (
        "Bonjour,\n\nJe candidate à Pro'pulse : j'ai obtenu ma licence pro en juin 2026. Dois-je joindre "
        "mon CV ?\n\nMerci,\nOdile Brassac"
    )
    assert kind(body, "Candidature", ("Odile Brassac", "odile.brassac@example.org")) == "application"


# --- The writer rereading the letter puts its date right -------------------------------------------------


def test_a_year_put_right_on_rereading_the_letter_is_the_year_read() -> None:
    body = (
        "Bonjour,\n\nMon BUT Gestion des entreprises (2023) m'a conduit vers le monde associatif.\n\n"
        f"En me relisant : je me suis trompé d'année, c'est bien 2025.\n\n{AIM}"
    )
    result = _read(body)
    assert result["education"]["graduation"] == "2025"
    assert status(result, "graduation_recent") == "met"


def test_an_english_year_put_right_on_rereading_is_the_year_read() -> None:
    body = "Hello,\n\nMy HND in Business (2022) led me to charities.\n\nOn rereading: typo above, it's 2025."
    body += f"\n\n{EN_AIM}"
    assert _read(body)["education"]["graduation"] == "2025"


def test_rereading_the_call_before_a_comma_puts_nothing_right() -> None:
    body = (
        "Bonjour,\n\nMon BUT Gestion des entreprises est de juin 2025.\n\nEn relisant votre annonce, je "
        f"vois une erreur possible dans mon profil : j'ai aussi un BTS de 2023.\n\n{AIM}"
    )
    assert _read(body)["education"]["graduation"] == "2025-06"


def test_a_subject_year_the_letter_explains_as_another_things_changes_nothing() -> None:
    body = (
        "Bonjour, BTS Tourisme obtenu en 2021 (l'année 2025 de l'objet est celle de mon attestation "
        f"refaite). {AIM}"
    )
    result = _read(body, subject="Candidature - BTS 2025")
    assert result["education"]["graduation"] == "2021"
