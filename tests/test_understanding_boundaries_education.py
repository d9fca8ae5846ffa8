"""Education, dates, kind and names classes found on the boundaries corpus (stop 22, round 2): years spent in
a course that are not its diploma, a failed final exam, a result still to come, a count of years anchored to
a month or a season, a question that first tells the writer's own situation, and names signed in lower case
or written in other alphabets. Each class in phrasings of our own, French and English, read through
`propulse extract`'s path on 2026-11-26 (the test mail is dated 10 November 2026)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message, make_pdf
from reading_day import TODAY, criterion, read

from intake.extract import extract_message
from intake.understanding.dates import find_dates

MAIL_DAY = date(2026, 11, 10)
AIM = "Je cherche un emploi dans une association de l'économie sociale et solidaire."
EN_AIM = "I am looking for a job with a French charity."


def _level(result: dict[str, Any]) -> Any:
    return (result["education"] or {}).get("bac_plus")


def _dates(text: str) -> list[str]:
    return [d.as_text() for d in find_dates(text, MAIL_DAY)]


# Years spent in a course are not its diploma: what was validated is told elsewhere, or the level is asked.


def test_two_years_of_licence_with_only_the_first_validated_is_bac_plus_one() -> None:
    result = read(
        "J'ai suivi deux années de licence d'histoire sans réussir la deuxième ; j'ai uniquement ma L1, "
        f"validée en juin 2025. {AIM}"
    )
    assert _level(result) == 1
    degree = criterion(result, "degree_level")
    assert degree["status"] == "not_met"
    assert "L1" in degree["evidence"]["text"]


def test_reaching_the_second_year_without_saying_it_was_validated_leaves_the_level_open() -> None:
    said = "J'ai fait jusqu'en deuxième année de licence de lettres, puis je suis partie en 2025."
    result = read(f"{said} {AIM}")
    degree = criterion(result, "degree_level")
    assert degree["status"] == "unknown"
    assert "deuxième année" in degree["evidence"]["text"]
    assert result["eligibility"]["verdict"] == "to_verify"


def test_going_up_to_l2_in_english_leaves_the_level_open() -> None:
    said = "I went up to the second year of a licence in economics in Lyon and left in 2025."
    result = read(f"{said} {EN_AIM}")
    assert criterion(result, "degree_level")["status"] == "unknown"


def test_a_past_enrolment_in_a_but_is_not_the_but_but_the_dut_delivered_is_had() -> None:
    result = read(
        "J'étais inscrit en BUT Informatique ; au bout de deux ans on m'a délivré le DUT (juin 2025) "
        f"et j'ai arrêté ensuite. {AIM}"
    )
    assert _level(result) == 2
    assert result["education"]["graduation"] == "2025-06"
    assert criterion(result, "degree_level")["status"] == "met"


# A failed final exam: the course told before it is not had; «je n'ai que le bac» says the highest.


def test_a_bts_whose_final_exam_was_failed_leaves_only_the_bac() -> None:
    result = read(
        "J'ai suivi les deux ans de BTS Comptabilité mais j'ai échoué à l'examen en juin 2026, je n'ai "
        f"donc que mon bac. {AIM}"
    )
    assert _level(result) == 0
    degree = criterion(result, "degree_level")
    assert degree["status"] == "not_met"
    assert "échoué" in degree["evidence"]["text"]


def test_a_failed_final_exam_in_english_leaves_the_course_unobtained() -> None:
    result = read(f"I took a two-year BTS in tourism but I failed the final exams in June 2026. {EN_AIM}")
    assert criterion(result, "degree_level")["status"] != "met"


def test_not_knowing_yet_whether_one_has_the_diploma_leaves_the_level_open() -> None:
    result = read(
        "J'ai un niveau bac+2 en gestion, j'ai fini les cours en 2026 mais je ne sais pas encore si j'ai "
        f"le diplôme. {AIM}"
    )
    assert criterion(result, "degree_level")["status"] == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


# A result still to come: the diploma is not had yet, the level is the one held before it.


def test_a_jury_still_to_meet_leaves_the_earlier_diploma_as_the_level() -> None:
    result = read(
        "J'ai terminé les épreuves de ma licence pro Médiation en septembre, le jury délibère fin décembre. "
        f"J'ai un BTS SP3S depuis juillet 2025. {AIM}"
    )
    assert _level(result) == 2
    assert result["education"]["graduation"] == "2025-07"
    assert "BTS" in criterion(result, "degree_level")["evidence"]["text"]


def test_a_resit_that_may_be_needed_leaves_the_earlier_diploma_as_the_level() -> None:
    result = read(
        "Mes cours de master sont finis mais je ne sais pas encore si je vais devoir rattraper un module ; "
        f"ma licence de biologie, je l'ai eue en juin 2025. {AIM}"
    )
    assert _level(result) == 3


def test_results_awaited_on_a_cv_line_leave_the_earlier_diploma_as_the_level() -> None:
    pdf = make_pdf(
        [
            "Awa Sarr",
            "awa.sarr@example.org",
            "FORMATION",
            "2026 - Master Sociologie (résultats pas encore publiés)",
            "2024 - Licence de sociologie, Université de Nantes",
        ]
    )
    attached = [("cv.pdf", "application/pdf", pdf)]
    raw = make_message("Bonjour, mon CV est en pièce jointe.", attachments=attached)
    result = extract_message(raw, today=TODAY)
    assert _level(result) == 3
    assert result["education"]["graduation"] == "2024"


def test_waiting_for_the_exam_board_in_english_is_not_the_diploma_yet() -> None:
    result = read("I handed in my MA dissertation in October and I am waiting for the exam board's decision. "
        f"I already hold a BA in sociology from 2025. {EN_AIM}")
    assert _level(result) == 3


# A count of years anchored to a month or a season, and «ça fait … que» counted like «il y a».


def test_two_years_ago_this_month_is_that_month_two_years_back() -> None:
    assert _dates("I got my BSc two years ago this month") == ["2024-11"]
    assert _dates("j'ai eu mon DUT il y a deux ans ce mois-ci") == ["2024-11"]


def test_a_diploma_two_years_ago_this_month_is_within_the_limit() -> None:
    result = read(f"Ça fait deux ans ce mois-ci que j'ai obtenu mon master de droit social. {AIM}")
    assert result["education"]["graduation"] == "2024-11"
    recent = criterion(result, "graduation_recent")
    assert recent["status"] == "met"
    assert "ce mois-ci" in recent["evidence"]["text"]


def test_three_years_this_summer_is_the_summer_three_years_back() -> None:
    said = "Cela fera trois ans cet été que je suis sortie diplômée de ma licence de géographie."
    result = read(f"{said} {AIM}")
    assert result["education"]["graduation"] == "2023"
    assert criterion(result, "graduation_recent")["status"] == "not_met"


def test_its_been_years_since_counts_back_only_for_a_diploma() -> None:
    assert _dates("It's been three years since I graduated with my BA") == ["2023"]
    assert _dates("It's been three years since I moved to Lille") == []
    assert _dates("ça fait deux ans que je cherche du travail") == []


# A question that first tells the writer's own situation is an application.


def test_a_question_after_telling_a_current_service_civique_is_an_application() -> None:
    result = read(
        "Bonjour, je fais actuellement mon service civique dans une ressourcerie : puis-je déjà m'inscrire "
        "à votre programme ?",
        subject="Petite question",
    )
    assert result["kind"] == "application"
    assert criterion(result, "not_service_civique")["status"] == "not_met"


def test_a_question_after_telling_a_permanent_contract_is_an_application() -> None:
    result = read(
        "Hello, I work on a permanent contract in a bank; is your programme open to people who already "
        "have a job?",
        subject="Question",
    )
    assert result["kind"] == "application"


def test_a_careers_adviser_saying_where_she_works_still_asks_a_question() -> None:
    result = read(
        "Bonjour, je travaille au service d'orientation d'une université : pouvez-vous me dire quels sont "
        "les critères de votre programme ?",
        subject="Question",
    )
    assert result["kind"] == "question"



def test_a_former_participant_in_a_job_offering_to_mentor_the_next_cohort_is_not_an_application() -> None:
    result = read(
        "Bonjour, j'ai suivi le programme il y a deux ans et je suis aujourd'hui en CDI dans une mutuelle. "
        "Je serais ravie de parrainer une personne de la prochaine cohorte : à qui dois-je m'adresser ?",
        subject="Proposition",
    )
    assert result["kind"] != "application"


def test_someone_in_a_job_offering_to_mentor_and_applying_with_a_diploma_is_still_an_application() -> None:
    result = read(
        "Hello, I work on a fixed-term contract that ends in December and I graduated with a master's in "
        "June 2026. I would love to join your programme, and later to mentor someone myself.",
        subject="Application",
    )
    assert result["kind"] == "application"

# Names: lower case beside the address's initial, other alphabets, a person presented the model misses.


def test_a_lowercase_signature_matching_the_addresses_initial_is_the_name() -> None:
    result = read(
        "bjr jai un bts gpme eu en juin 2026 et je cherche un job dans une asso. yanis morel 06 12 44 87 09",
        from_name="",
        from_addr="yanis.m@example.org",
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Yanis", "Morel")


def test_a_header_surname_given_as_an_initial_is_completed_by_the_signature() -> None:
    result = read(
        "slt bts ci eu en juin 2026, je veux bosser dans une coop. lina perrot 07 41 20 33 18",
        from_name="Lina P",
        from_addr="lina.p@example.org",
    )
    assert result["applicant"]["last_name"] == "Perrot"


def test_a_name_with_letters_beyond_latin_one_is_a_name() -> None:
    result = read(f"Bonjour, j'ai un master obtenu en juin 2026. {AIM}", from_name="Zofia Wiśniewska")
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Zofia", "Wiśniewska")


def test_a_person_presented_by_a_careers_office_is_named_with_the_address_given() -> None:
    result = read(
        "Bonjour,\n\nNous vous recommandons Élise Garnier (elise.garnier@example.net), diplômée de notre "
        "licence professionnelle en juin 2026. Elle cherche un emploi dans une coopérative.\n\n"
        "Le service insertion professionnelle",
        from_name="SUIO Université",
        from_addr="suio@univ.example.fr",
        subject="Présentation d'une diplômée",
    )
    applicant = result["applicant"]
    assert (applicant["first_name"], applicant["last_name"]) == ("Élise", "Garnier")
    assert applicant["email"] == "elise.garnier@example.net"


# A way of studying is not studying now; an enrolment told with its outcome is over.


def test_a_diploma_taken_in_evening_classes_is_obtained_not_in_progress() -> None:
    result = read(
        f"Je travaille comme magasinier en CDI et j'ai décroché un BTS en cours du soir en juin 2026. {AIM}"
    )
    assert result["education"]["in_progress"] is False
    assert result["education"]["graduation"] == "2026-06"
    assert criterion(result, "studies_finished")["status"] == "met"


def test_an_enrolment_told_with_the_diploma_obtained_afterwards_is_over() -> None:
    result = read("En 2024 je me suis inscrite en master Économie sociale, que j'ai validé en juillet 2026. "
        f"{AIM}")
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2026-07"
    assert criterion(result, "studies_finished")["status"] == "met"


def test_a_date_said_with_en_belongs_to_the_diploma_before_it_in_a_list() -> None:
    result = read(f"J'ai validé mes diplômes à Rennes (licence en 2023, master 1 en juin 2025). {AIM}")
    assert result["education"]["bac_plus"] == 4
    assert result["education"]["graduation"] == "2025-06"


def test_a_course_left_in_a_given_year_dates_the_application_while_the_level_stays_open() -> None:
    said = "Je suis allé jusqu'en L3 de philosophie, que j'ai quittée en 2025."
    result = read(f"{said} {AIM}")
    assert result["education"]["graduation"] == "2025"
    assert criterion(result, "degree_level")["status"] == "unknown"
    assert criterion(result, "graduation_recent")["status"] == "met"


def test_a_forward_announced_to_us_before_a_question_is_not_a_fact_of_the_writer() -> None:
    result = read(
        "Bonjour, je vous transmets la demande de notre lycée : pourriez-vous intervenir en janvier ?",
        subject="Demande d'intervention",
    )
    assert result["kind"] != "application"


# Part of the degree still to do: the studies are not finished, whatever the earlier diplomas' dates.


def test_a_dissertation_still_to_defend_means_the_studies_are_not_finished() -> None:
    result = read(
        "Tous mes modules de M2 sont validés (licence en 2023, M1 en juin 2025) ; il me reste mon mémoire "
        f"de recherche à soutenir en février. {AIM}"
    )
    studies = criterion(result, "studies_finished")
    assert studies["status"] == "not_met"
    assert "mémoire" in studies["evidence"]["text"]


def test_a_thesis_still_to_submit_in_english_means_the_studies_are_not_finished() -> None:
    result = read(f"I passed all my MSc modules, and I still have my thesis to submit in March. {EN_AIM}")
    assert criterion(result, "studies_finished")["status"] == "not_met"


def test_days_left_in_a_job_are_not_part_of_a_degree() -> None:
    said = "Il me reste deux jours de travail dans mon CDD, et mon master est obtenu en juin 2026."
    result = read(f"{said} {AIM}")
    assert criterion(result, "studies_finished")["status"] == "met"
