"""Forms' boxes, tables and typed fields read from their structure (stop 54, the forms corpus by slice): a box
drawn in parentheses as a choice's box, a ticked choice opening on a capital article told after its
label's verb, a yes/no field with both boxes left empty as a question unanswered, a table's row as one
thing's line (its period and its status belong to the diploma or the mission on it), a period's range
ending on «en cours» as running today. Each stated in phrasings of its own, in French and in English, read
through `propulse extract`'s path on the corpora's reading day (2026-11-26), with the near form that must
not change beside it."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

from reading_day import TODAY, kind, read, status

from intake.extract import extract_message

DIPLOMA = "Master 2 Économie sociale et solidaire obtenu en juin 2026."
EN_DIPLOMA = "I graduated with an MA in Social Economy in June 2026."
AIM = "Je cherche un poste de coordinatrice dans une association."
EN_AIM = "I am looking for a coordinator job in a non-profit association."


def test_a_choice_ticked_between_parentheses_is_the_persons_answer() -> None:
    body = f"{DIPLOMA}\nStructure souhaitée : ( ) Grande entreprise  (x) Coopérative  ( ) Banque\n\nInès"
    assert status(read(body), "job_seeking_ess") == "met"


def test_an_english_choice_ticked_between_parentheses_is_the_persons_answer() -> None:
    body = f"{EN_DIPLOMA}\nEmployer sought: (X) Non-profit association  ( ) Private company\n\nInès Martin"
    assert status(read(body), "job_seeking_ess") == "met"


def test_an_empty_box_between_parentheses_offers_an_internship_nobody_took() -> None:
    body = f"{DIPLOMA}\nVotre situation : (x) En recherche d'emploi  ( ) En stage\n{AIM}\n\nInès Martin"
    assert status(read(body), "not_internship") == "met"


def test_an_internship_ticked_between_parentheses_is_held() -> None:
    body = f"{DIPLOMA}\nSituation actuelle : ( ) En recherche d'emploi  (X) En stage\n{AIM}\n\nInès Martin"
    assert status(read(body), "not_internship") == "not_met"


def test_a_ticked_choice_opening_on_a_capital_article_stays_the_object_of_its_label() -> None:
    body = f"{DIPLOMA}\nJe vise :\n[x] Une coopérative ou une mutuelle\n[ ] Un grand groupe\n\nInès Martin"
    assert status(read(body), "job_seeking_ess") == "met"


def test_a_ticked_bank_opening_on_a_capital_article_is_still_no_ess_aim() -> None:
    body = f"{DIPLOMA}\nJe vise :\n[ ] Une coopérative\n[x] Une banque d'investissement\n\nInès Martin"
    assert status(read(body), "job_seeking_ess") != "met"


def test_a_yes_no_field_with_both_boxes_empty_leaves_the_internship_open() -> None:
    body = f"{DIPLOMA}\nStage en cours : ☐ Oui ☐ Non\n{AIM}\n\nInès Martin"
    assert status(read(body), "not_internship") == "unknown"


def test_an_english_yes_no_field_with_both_boxes_empty_leaves_the_civic_service_open() -> None:
    body = f"{EN_DIPLOMA}\nCivic service: [ ] Yes [ ] No (not sure)\n{EN_AIM}\n\nInès Martin"
    assert status(read(body), "not_service_civique") == "unknown"


def test_a_yes_no_field_whose_no_is_ticked_still_denies_the_civic_service() -> None:
    body = f"{DIPLOMA}\nService civique : ☐ Oui ☒ Non\n{AIM}\n\nInès Martin"
    assert status(read(body), "not_service_civique") == "met"


def _table(*rows: tuple[str, str, str, str]) -> dict[str, Any]:
    """A path told as an HTML table (dates, course, place, state), mailed as HTML alone, as read on TODAY."""
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    head = "<tr><th>Dates</th><th>Cursus</th><th>Lieu</th><th>État</th></tr>"
    msg = EmailMessage()
    msg["From"] = "Inès Martin <ines.martin@example.org>"
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = "Candidature Pro'pulse"
    msg["Date"] = "Tue, 10 Nov 2026 10:42:00 +0100"
    html = f"<html><body><p>Mon parcours :</p><table>{head}{cells}</table><p>{AIM}</p></body></html>"
    msg.set_content(html, subtype="html")
    return extract_message(msg.as_bytes(), today=TODAY)


def test_a_table_row_whose_status_cell_says_ongoing_is_a_course_not_finished() -> None:
    result = _table(
        ("2022 – 2024", "BTS Économie sociale familiale", "Lycée Jean-Jaurès, Caen", "Obtenu"),
        ("09/2024 – en cours", "Licence pro Intervention sociale (alternance)", "IUT de Caen", "En cours"),
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_table_row_whose_diploma_is_obtained_gives_its_date() -> None:
    result = _table(
        ("2022 – 2025", "Licence Sociologie", "Université de Caen", "Obtenue (juillet 2025)"),
        ("Aujourd'hui", "Recherche d'emploi", "Centre social", "-"),
    )
    assert result["education"]["graduation"] == "2025-07"
    assert status(result, "studies_finished") == "met"


def test_an_english_table_row_whose_status_cell_says_ongoing_is_a_course_not_finished() -> None:
    result = _table(
        ("2020 – 2023", "BA in Sociology", "University of Leeds", "Completed"),
        ("09/2025 – ongoing", "MA in Community Work (part-time)", "University of Leeds", "In progress"),
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_period_running_en_cours_before_a_civic_service_is_held_today() -> None:
    body = f"{DIPLOMA}\n10/2026 – en cours : service civique à la Ligue de l'enseignement\n{AIM}\n\nInès"
    assert status(read(body), "not_service_civique") == "not_met"


def test_a_closed_period_before_a_civic_service_is_over() -> None:
    body = f"{DIPLOMA}\n01/2025 – 07/2025 : service civique à la Ligue de l'enseignement\n{AIM}\n\nInès"
    assert status(read(body), "not_service_civique") == "met"


def test_a_graduation_field_dated_to_the_day_gives_its_month() -> None:
    body = "Diplôme : Licence pro Médiation sociale\nDate d'obtention : 14/06/2025\n" f"{AIM}\n\nInès Martin"
    assert read(body)["education"]["graduation"] == "2025-06"


def test_an_english_graduation_field_dated_to_the_day_gives_its_month() -> None:
    body = f"Degree: BA in Social Work\nAwarded on: 14 June 2025\n{EN_AIM}\n\nInès Martin"
    assert read(body)["education"]["graduation"] == "2025-06"


def test_a_graduation_field_dated_to_the_day_but_awaited_gives_no_date() -> None:
    body = "Diplôme : Licence pro Médiation\nDate d'obtention : 14/06/2025 (jury pas encore réuni)\n" + AIM
    assert read(body)["education"]["graduation"] is None


SENDER = ("Jade Morvan", "jade.morvan@example.org")


def test_an_absence_told_in_the_senders_own_form_is_no_automatic_reply() -> None:
    body = "Bonjour,\n\nNom : Morvan\nPrénom : Jade\nSéance manquée : jeudi 3 décembre\nMotif : médecin\n"
    assert kind(body, "Absence séance du 3/12", SENDER) != "auto_reply"


def test_an_english_absence_told_in_the_senders_own_form_is_no_automatic_reply() -> None:
    body = "Hello,\n\nSurname: Morvan\nFirst name: Jade\nSession missed: 3 December\nReason: an interview\n"
    assert kind(body, "Absence - session of 3 Dec", SENDER) != "auto_reply"


def test_an_absence_notice_naming_no_one_in_fields_stays_an_automatic_reply() -> None:
    body = "Bonjour,\n\nJe suis absente du bureau jusqu'au 14 décembre, sans accès à mes messages.\n\nJade\n"
    assert kind(body, "Absence du bureau", SENDER) == "auto_reply"
