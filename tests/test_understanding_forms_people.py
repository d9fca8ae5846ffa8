"""Forms that present a person, tuned on at stop 54 (slice f-people of the forms corpus): an adviser's
referral sheet, a school's template, a job board's relay, a website's notification. The sheet's person is
not its author: the rows naming the author (their role, their own phone) are theirs; the rows under a
label are the person's, whatever the label's noun («Observations : …» holds no one). Every message here is
our own invented phrasing, read through `propulse extract`'s path on 2026-11-26."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_message
from reading_day import TODAY, status

from intake.extract import extract_message
from intake.parsing import parse_message
from intake.understanding.forms import read_form_relay
from intake.understanding.owner import ANOTHER, WRITER, owner_at


def _sent(body: str, sender: tuple[str, str], subject: str = "Orientation Pro'pulse") -> dict[str, Any]:
    """`body` mailed by `sender` (a display name and an address) under `subject`, extracted on TODAY."""
    raw = make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject)
    return extract_message(raw, today=TODAY)


_ADVISER = ("Claire Vidal", "c.vidal@insertion-ouest.example.org")


def test_an_internship_told_under_a_notes_label_of_a_sheet_is_the_persons() -> None:
    result = _sent(
        "Bonjour,\n\nJe vous oriente un jeune que j'accompagne.\n\n"
        "Jeune orienté : Malik TRAORÉ\nDiplôme : BUT Information-communication (2025)\n"
        "Observations : en stage jusqu'au 22 janvier 2027 dans une radio associative\n\n"
        "Claire Vidal",
        _ADVISER,
    )
    assert status(result, "not_internship") == "not_met"
    assert result["eligibility"]["verdict"] == "not_eligible"


def test_a_label_over_a_state_names_no_holder_in_english_either() -> None:
    unit = "Remarks: currently on an internship until March"
    assert owner_at(unit, unit.index("internship")) == WRITER


def test_a_label_naming_a_relative_keeps_the_state_theirs() -> None:
    unit = "Ma sœur : en service civique jusqu'en mai"
    assert owner_at(unit, unit.index("service")) == ANOTHER


def test_a_shuttle_sheet_with_no_covering_sentence_presents_its_person() -> None:
    result = _sent(
        "Bonjour,\n\nFICHE NAVETTE — ACCOMPAGNEMENT RENFORCÉ\n"
        "Référente : Claire Vidal - 02 99 00 11 22\n\n"
        "Nom : TRAORÉ\nPrénom : Malik\nPortable : 06 31 47 25 80\n"
        "Diplôme : Licence professionnelle Métiers de l'animation sociale, obtenue en 2025\n"
        "Projet : animateur dans une maison de quartier associative\n\nClaire Vidal",
        _ADVISER,
    )
    assert result["kind"] == "application"
    assert result["situation"]["forwarded_by"] == _ADVISER[1]
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Malik", "Traoré")
    assert result["applicant"]["phone"] == "+33631472580"


def test_a_sheet_naming_its_own_sender_is_no_referral() -> None:
    result = _sent(
        "FICHE DE POSITIONNEMENT\n\nNom : VIDAL\nPrénom : Claire\nTéléphone : 06 31 47 25 80\n"
        "Diplôme : Master Économie sociale et solidaire, obtenu en 2025\n"
        "Projet : chargée de mission dans une coopérative",
        ("Claire Vidal", "claire.vidal@example.org"),
    )
    assert result["kind"] == "application"
    assert result["situation"]["forwarded_by"] is None


def test_an_advisers_own_row_gives_the_advisers_phone_not_the_persons_in_english() -> None:
    result = _sent(
        "Hello,\n\nI am forwarding the application of a young man I support.\n\n"
        "Adviser: Claire Vidal, youth worker - +44 20 7946 0321\n"
        "Candidate: Malik TRAORE\nMobile: +44 7700 900456\n"
        "Degree: BA in Social Policy, awarded in 2025\n"
        "Goal: a job in a housing charity\n\nClaire Vidal",
        _ADVISER,
        subject="Referral",
    )
    assert result["applicant"]["phone"] == "+447700900456"


def test_the_authors_block_of_a_sheet_gives_neither_the_persons_diploma_nor_phone() -> None:
    result = _sent(
        "Bonjour,\n\nVoici la fiche de liaison d'une jeune que je suis.\n\nFICHE DE LIAISON\n\n"
        "CONSEILLÈRE\nNom : Claire Vidal\nFonction : conseillère jeunes (Master 2 Psychologie, 2009)\n"
        "Téléphone : 02 99 00 11 22\n\n"
        "JEUNE\nNom / Prénom : BERTHIER Anaïs\nTéléphone : 07 62 18 44 90\n"
        "Niveau de formation : BTS Économie sociale familiale, obtenu en juin 2025\n"
        "Projet : conseillère dans une épicerie sociale associative\n\nCordialement,\nClaire Vidal",
        _ADVISER,
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Anaïs", "Berthier")
    assert result["applicant"]["phone"] == "+33762184490"
    assert result["education"]["bac_plus"] == 2


def test_a_person_row_inside_the_authors_block_stays_the_persons() -> None:
    result = _sent(
        "FICHE NAVETTE\nRéférente : Claire Vidal - 02 99 00 11 22\nParticipante : BERTHIER Anaïs\n"
        "Coordonnées : anais.berthier@example.net — 07 62 18 44 90\n"
        "Diplôme le plus élevé : Licence Sociologie, obtenue en 2025\n"
        "Projet : chargée d'accueil dans une association de quartier\n\nClaire Vidal",
        _ADVISER,
    )
    assert result["applicant"]["email"] == "anais.berthier@example.net"
    assert result["education"]["bac_plus"] == 3


def test_a_job_boards_applications_mailbox_relays_the_person_its_fields_name() -> None:
    result = _sent(
        "Une nouvelle candidature est arrivée pour votre offre.\n\n"
        "Candidate : Anaïs Berthier\nE-mail : anais.berthier@example.net\nTéléphone : 07 62 18 44 90\n"
        "Formation : Licence Sociologie, 2025\n",
        ("Boulots Utiles", "candidatures@boulots-utiles.example.com"),
        "Nouvelle candidature : Anaïs Berthier",
    )
    assert result["applicant"]["email"] == "anais.berthier@example.net"
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Anaïs", "Berthier")


def test_an_english_boards_notice_gives_the_applicants_address_not_the_boards() -> None:
    result = _sent(
        "You have a new applicant for your listing.\n\n"
        "Applicant: Tomasz Wierzbicki\nEmail: tomasz.w@example.net\nPhone: +44 7700 900789\n"
        "Education: MA in Development Studies, 2025\n",
        ("HireWell", "applications@hirewell.example.com"),
        "New application",
    )
    assert result["applicant"]["email"] == "tomasz.w@example.net"


def test_a_board_notice_naming_nobody_in_its_fields_keeps_no_relay() -> None:
    raw = make_message(
        "Bonjour, votre offre a été vue 40 fois cette semaine.\n"
        "E-mail : support@boulots-utiles.example.com\n",
        from_name="Boulots Utiles",
        from_addr="candidatures@boulots-utiles.example.com",
        subject="Statistiques de votre offre",
    )
    assert read_form_relay(parse_message(raw)) is None


def test_a_career_centres_profile_sheet_presents_the_graduate_it_names() -> None:
    result = _sent(
        "Bonjour,\n\nPROFIL D'UNE DIPLÔMÉE\nNom : Rocher\nPrénom : Lou\n"
        "Diplôme : Licence Action sociale et santé, obtenue en juin 2025\n"
        "Courriel : lou.rocher@example.net\nProjet : coordinatrice dans une ressourcerie\n\n"
        "Bureau des carrières — École Saint-Vincent",
        ("Bureau des carrières", "carrieres@ecole-saint-vincent.example.fr"),
        subject="Profil diplômée",
    )
    assert result["kind"] == "application"
    assert result["applicant"]["email"] == "lou.rocher@example.net"
    assert result["situation"]["forwarded_by"] == "carrieres@ecole-saint-vincent.example.fr"


def test_an_english_profile_sent_by_a_careers_office_presents_its_graduate() -> None:
    result = _sent(
        "Graduate profile\nFirst name: Lou\nLast name: Rocher\n"
        "Degree: BA in Social Work, awarded June 2025\nEmail: lou.rocher@example.net\n"
        "Goal: a coordinator's job in a community charity\n\nCareers Office, Saint Vincent College",
        ("Careers Office", "careers@saint-vincent.example.ac.uk"),
        subject="Graduate profile",
    )
    assert result["kind"] == "application"
    assert result["applicant"]["first_name"] == "Lou"


def test_a_fiche_filled_in_from_a_bare_address_giving_that_address_is_the_writers_own() -> None:
    result = _sent(
        "Nom : Rocher\nPrénom : Lou\nE-mail : lou.r75@example.net\n"
        "Diplôme : Licence Action sociale et santé, obtenue en juin 2025\n"
        "Projet : coordinatrice dans une ressourcerie",
        ("", "lou.r75@example.net"),
    )
    assert result["kind"] == "application"
    assert result["situation"]["forwarded_by"] is None


def test_a_pass_in_the_result_row_under_a_diploma_prepared_says_it_is_had() -> None:
    result = _sent(
        "PROFIL DU DIPLÔMÉ\nNom : Rocher\nPrénom : Lou\n"
        "Diplôme préparé : Master 2 Innovation sociale\nRésultat : admise, session de juin\n"
        "Courriel : lou.rocher@example.net\nProjet : chargée de mission dans une SCOP\n\n"
        "Service insertion, Université du Littoral",
        ("Service insertion", "insertion@univ-littoral.example.fr"),
        subject="Profil",
    )
    assert status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] != "not_eligible"


def test_a_pass_under_a_degree_in_progress_reads_the_same_in_english() -> None:
    result = _sent(
        "First name: Lou\nLast name: Rocher\nDegree in progress: MA in Social Innovation\n"
        "Result: passed, June session\nEmail: lou.rocher@example.net\n"
        "Goal: a job in a cooperative\n\nCareers Office, Saint Vincent College",
        ("Careers Office", "careers@saint-vincent.example.ac.uk"),
        subject="Graduate profile",
    )
    assert status(result, "studies_finished") == "met"


def test_a_result_row_telling_no_pass_leaves_the_diploma_in_progress() -> None:
    result = _sent(
        "PROFIL\nNom : Rocher\nPrénom : Lou\n"
        "Diplôme préparé : Master 2 Innovation sociale\nRésultat : en attente du jury de décembre\n"
        "Courriel : lou.rocher@example.net\nProjet : chargée de mission dans une SCOP\n\n"
        "Service insertion, Université du Littoral",
        ("Service insertion", "insertion@univ-littoral.example.fr"),
        subject="Profil",
    )
    assert status(result, "studies_finished") != "met"


def _notified(body: str) -> dict[str, Any]:
    """A form builder's notification from its no-reply mailer."""
    return _sent(body, ("Formulo", "noreply@formulo.example.com"), "Nouvelle réponse au formulaire")


def test_a_notification_laying_each_label_over_its_value_names_the_person() -> None:
    result = _notified(
        "Nouvelle réponse reçue\n\nPrénom\nAnaïs\n\nNom\nBerthier\n\nE-mail\nanais.berthier@example.net\n\n"
        "Message\nJ'ai une licence de sociologie depuis juin 2025 et je cherche un emploi dans une "
        "association."
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Anaïs", "Berthier")


def test_an_english_notification_with_labels_over_values_names_the_person() -> None:
    result = _notified(
        "New submission\n\nFirst name\nTomasz\n\nLast name\nWierzbicki\n\nEmail\ntomasz.w@example.net\n\n"
        "Message\nI graduated with an MA in 2025 and I am looking for a job in a charity."
    )
    assert result["applicant"]["last_name"] == "Wierzbicki"


def test_a_label_line_over_a_paragraph_of_several_lines_is_no_field() -> None:
    raw = make_message(
        "Nom\nde l'association partenaire\nà préciser plus tard\n",
        from_name="Formulo",
        from_addr="noreply@formulo.example.com",
        subject="Nouvelle réponse",
    )
    relay = read_form_relay(parse_message(raw))
    assert relay is None or not relay.name


def test_a_question_quoting_the_forms_empty_name_fields_presents_nobody() -> None:
    body = (
        "Bonjour,\n\nDans votre formulaire il y a :\nNOM : ______ Prénom : ______\n"
        "Dois-je écrire mon nom d'épouse ou mon nom de jeune fille ?\n\nMerci"
    )
    result = _sent(body, ("Lucie", "lucie.fabre@example.org"), subject="question sur le formulaire")
    assert result["kind"] == "question"


def test_a_question_quoting_a_forms_blank_fields_in_english_presents_nobody() -> None:
    body = (
        "Hello,\n\nYour form says:\nSurname: ...... First name: ......\n"
        "Should I put my married name or my maiden name?\n\nThanks"
    )
    result = _sent(body, ("Grace", "grace.miller@example.org"), subject="question about the form")
    assert result["kind"] != "application"
