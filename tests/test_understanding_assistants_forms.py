"""Form builders' notifications tuned on at stop 47 (slice a-forms of the assistants corpus): a form relayed
by a tool's mailer is the person's fiche — its fields are their answers, told without «je», its questions
the form's words, nobody's — and a multiple-choice question laid out one choice per line is answered by
the boxes ticked alone. Every message here is our own invented phrasing, read through `propulse extract`'s
path on 2026-11-26."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_message
from reading_day import TODAY, status

from intake.extract import extract_message
from intake.understanding.form_choices import choices_answered


def _relayed(body: str, person: str, tool: str = "Formulaires Express") -> dict[str, Any]:
    """A form's notification sent by its tool's mailer, Reply-To the person who filled it in."""
    raw = make_message(
        body,
        from_name=tool,
        from_addr="notifications@formulaires-express.example.net",
        subject="Nouvelle réponse : inscription Pro'pulse",
        headers={"Reply-To": person},
    )
    return extract_message(raw, today=TODAY)


def test_a_form_whose_questions_are_answered_in_its_fields_is_the_persons_application() -> None:
    result = _relayed(
        "Une réponse vient d'arriver.\n\n"
        "Prénom : Maëlys\nNom : Kervella\nAdresse mail : maelys.kervella@example.org\n"
        "Téléphone : 06 41 27 93 58\nVille : Quimper\n"
        "Plus haut diplôme obtenu : BUT Carrières sociales\nAnnée du diplôme : 2025\n"
        "Comment avez-vous connu Pro'pulse ? : Par une amie de promotion\n"
        "Quelles sont vos disponibilités pour un entretien ? : Les matins en semaine\n"
        "Faites-vous un stage en ce moment ? : Non\n\n"
        "Ouvrir le tableau des réponses",
        "maelys.kervella@example.org",
    )
    assert result["kind"] == "application"
    assert result["applicant"]["first_name"] == "Maëlys"
    assert result["applicant"]["email"] == "maelys.kervella@example.org"
    assert result["education"]["bac_plus"] == 3


def test_an_english_form_answering_its_questions_in_fields_is_the_persons_application() -> None:
    result = _relayed(
        "You have a new submission.\n\n"
        "First name: Oren\nLast name: Calloway\nEmail: oren.calloway@example.org\n"
        "Phone: +44 7700 900418\nCity: Lille\n"
        "Highest degree: Master in Urban Planning\nYear awarded: 2025\n"
        "How did you hear about the programme? : From a classmate at university\n"
        "When are you available for an interview? : Any weekday afternoon\n"
        "Are you on an internship right now? : No\n\n"
        "View all submissions",
        "oren.calloway@example.org",
        tool="FormDesk",
    )
    assert result["kind"] == "application"
    assert result["applicant"]["last_name"] == "Calloway"
    assert result["education"]["bac_plus"] == 5


def test_an_empty_box_under_a_forms_question_states_no_internship() -> None:
    result = _relayed(
        "Prénom : Yanis\nNom : Ferrand\nE-mail : yanis.ferrand@example.org\n"
        "Diplôme le plus élevé : Master Développement local\nAnnée d'obtention : 2025\n\n"
        "Où en êtes-vous aujourd'hui ?\n"
        "☐ Je fais actuellement un stage\n"
        "☑ Je cherche un poste dans une coopérative ou une association\n"
        "☐ Je suis actuellement en service civique\n",
        "yanis.ferrand@example.org",
    )
    assert status(result, "not_internship") == "met"
    assert status(result, "not_service_civique") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_an_empty_box_in_an_english_form_states_no_internship() -> None:
    result = _relayed(
        "First name: Tamsin\nLast name: Oduya\nEmail: tamsin.oduya@example.org\n"
        "Highest degree: Master in Social Economy\nYear awarded: 2025\n\n"
        "Your situation:\n"
        "☐ I am currently on an internship\n"
        "☑ I am looking for a job in a charity\n",
        "tamsin.oduya@example.org",
        tool="FormDesk",
    )
    assert status(result, "not_internship") == "met"


def test_empty_boxes_beside_a_ticked_one_with_no_question_over_them_state_nothing() -> None:
    result = _relayed(
        "Prénom : Soizic\nNom : Le Goff\nE-mail : soizic.legoff@example.org\n"
        "Diplôme : Licence pro Animation sociale\nObtenu en : juin 2025\n"
        "☐ En stage actuellement\n"
        "☐ Volontaire en service civique\n"
        "☑ À la recherche d'un emploi dans une association\n",
        "soizic.legoff@example.org",
    )
    assert status(result, "not_internship") == "met"
    assert status(result, "not_service_civique") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_empty_english_boxes_beside_a_ticked_one_with_no_question_over_them_state_nothing() -> None:
    result = _relayed(
        "First name: Idris\nLast name: Harcourt\nEmail: idris.harcourt@example.org\n"
        "Degree: BA in Youth Work, awarded July 2025\n"
        "[ ] Currently doing an internship\n"
        "[x] Looking for a job in a social enterprise\n",
        "idris.harcourt@example.org",
        tool="FormDesk",
    )
    assert status(result, "not_internship") == "met"


def test_a_blank_line_between_two_boxed_choices_keeps_the_empty_one_an_offer_not_taken() -> None:
    """A notification may air its choices out with a blank line: the choice after it is still a box left
    empty, never the sentence «je suis en stage» (h-mend, stop 48)."""
    result = _relayed(
        "Prénom : Maël\nNom : Quéré\nE-mail : mael.quere@example.org\n"
        "Diplôme le plus élevé : Licence pro Coordination de projets\nAnnée d'obtention : 2025\n\n"
        "Votre situation actuelle :\n"
        "☑ Je cherche un emploi dans une mutuelle ou une association\n\n"
        "☐ Je suis en stage en ce moment\n",
        "mael.quere@example.org",
    )
    assert status(result, "not_internship") == "met"


def test_a_blank_line_inside_a_run_of_boxes_with_no_question_over_it_keeps_one_run() -> None:
    degree = "Diplôme : BUT Carrières sociales, juin 2025\n"
    run = f"{degree}[x] Recherche d'emploi en SCOP\n\n[ ] En stage\n"
    assert choices_answered(run) == f"{degree}Recherche d'emploi en SCOP\n\n"


def test_boxed_lines_all_left_empty_are_bullets_and_keep_their_words() -> None:
    bullets = "Ce que je fais :\nJ'ai fini mon master.\n☐ stage à la mairie jusqu'en mai 2027\n☐ bénévolat\n"
    assert choices_answered(bullets) == bullets


def test_a_ticked_no_under_a_question_on_finished_studies_tells_studies_going_on() -> None:
    result = _relayed(
        "Prénom : Lison\nNom : Dufresne\nE-mail : lison.dufresne@example.org\n"
        "Diplôme en préparation ou obtenu : Master Économie solidaire\n\n"
        "Vos études sont-elles terminées ?\n☐ Oui\n☑ Non, je suis toujours en master\n",
        "lison.dufresne@example.org",
    )
    assert result["kind"] == "application"
    assert status(result, "studies_finished") == "not_met"


def test_a_ticked_box_still_states_a_running_internship() -> None:
    result = _relayed(
        "Prénom : Aurèle\nNom : Massot\nE-mail : aurele.massot@example.org\n"
        "Diplôme le plus élevé : Licence Sociologie\nAnnée d'obtention : 2025\n\n"
        "Votre situation :\n☑ Je suis actuellement en stage\n☐ Je cherche un emploi\n",
        "aurele.massot@example.org",
    )
    assert status(result, "not_internship") != "met"


def test_a_checklist_of_absences_keeps_its_empty_boxes_as_denials() -> None:
    checklist = "Mes critères :\n[x] diplôme obtenu en 2025\n[ ] pas de stage en cours\n"
    assert choices_answered(checklist) == checklist


def test_a_question_sent_through_a_contact_form_stays_a_question() -> None:
    result = _relayed(
        "Prénom : Gaspard\nNom : Lemoine\nE-mail : gaspard.lemoine@example.org\n"
        "Votre message : Bonjour, le programme accepte-t-il les personnes qui ont un master "
        "obtenu à l'étranger ?\n",
        "gaspard.lemoine@example.org",
    )
    assert result["kind"] == "question"


def test_a_persons_own_question_on_finished_studies_stays_a_question() -> None:
    raw = make_message("Bonjour, faut-il avoir terminé ses études pour rejoindre Pro'pulse ? Merci.")
    assert extract_message(raw, today=TODAY)["kind"] == "question"


def test_a_job_boards_notice_reaches_the_person_its_email_field_and_reply_to_both_name() -> None:
    raw = make_message(
        "Candidature reçue sur l'offre « Parcours emploi solidaire »\n\n"
        "E-mail : noemie.valdes@example.org\nTéléphone : —\n"
        "Diplôme : Licence Sciences sociales\n"
        "Mot du candidat : Je souhaite travailler dans une coopérative d'activité.\n\n"
        "Retrouvez ce profil dans votre tableau de bord.",
        from_name="Annonces Solidaires",
        from_addr="candidatures@annonces-solidaires.example.com",
        subject="Nouvelle candidature",
        headers={"Reply-To": "noemie.valdes@example.org"},
    )
    result = extract_message(raw, today=TODAY)
    assert result["applicant"]["email"] == "noemie.valdes@example.org"


def test_a_persons_own_mail_asking_to_be_answered_elsewhere_is_answered_at_her_reply_to() -> None:
    # Stop 50 (identities' convention, reply_address.py): the address she asks to be answered at wins over the
    # From, and a Reply-To she sets on her own mail, with no other person's name, is that address. It was read
    # the other way before (a relay's Reply-To only); a Reply-To naming someone else still keeps the From.
    raw = make_message(
        "Bonjour, j'ai obtenu mon master de sociologie en juin 2025 et je cherche un emploi dans une "
        "association. Merci de me répondre plutôt sur mon adresse personnelle.",
        from_name="Romane Bellec",
        from_addr="romane.bellec@example.org",
        headers={"Reply-To": "romane.perso@example.net"},
    )
    result = extract_message(raw, today=TODAY)
    assert result["applicant"]["email"] == "romane.perso@example.net"


def _tool_notice(body: str, subject: str) -> dict[str, Any]:
    raw = make_message(
        body, from_name="FormDesk", from_addr="notifications@formdesk.example.net", subject=subject
    )
    return extract_message(raw, today=TODAY)


def test_a_form_tools_notice_to_its_account_naming_the_application_form_is_no_application() -> None:
    result = _tool_notice(
        "Bonjour,\n\nVotre espace a reçu 45 réponses cette semaine.\n\n"
        "Nom du formulaire : Candidature Pro'pulse hiver\nRéponses non lues : 12\n\n"
        "Pensez à exporter vos données avant la fin du mois.\n\nL'équipe FormDesk",
        "Votre récapitulatif hebdomadaire",
    )
    assert result["kind"] != "application"


def test_an_english_form_tools_notice_naming_the_application_form_is_no_application() -> None:
    result = _tool_notice(
        "Hi there,\n\nYour workspace is close to its storage limit.\n\n"
        "Most active form: Application 2027\nFiles stored: 1.9 GB of 2 GB\n\n"
        "Upgrade your plan to keep collecting files.\n\nThe FormDesk team",
        "Your storage is almost full",
    )
    assert result["kind"] != "application"


def test_a_person_who_says_they_filled_in_the_form_still_applies() -> None:
    raw = make_message(
        "Bonjour, j'ai rempli le formulaire : candidature envoyée hier. J'ai un master d'économie sociale "
        "obtenu en juin 2025 et je cherche un emploi dans une coopérative."
    )
    assert extract_message(raw, today=TODAY)["kind"] == "application"


def _names(from_name: str, from_addr: str) -> tuple[str, str]:
    raw = make_message(
        "Bonjour, j'ai obtenu ma licence de sociologie en juin 2025 et je cherche un emploi dans une "
        "association d'éducation populaire.",
        from_name=from_name,
        from_addr=from_addr,
    )
    applicant = extract_message(raw, today=TODAY)["applicant"]
    return applicant["first_name"], applicant["last_name"]


def test_two_family_names_the_mailbox_glues_together_are_one_family_name() -> None:
    assert _names("Lina Haddad Kaci", "lina.haddadkaci@example.org") == ("Lina", "Haddad Kaci")


def test_a_referral_sheets_person_keeps_the_family_name_her_mailbox_glues() -> None:
    raw = make_message(
        "Fiche de liaison générée par notre logiciel de suivi\n\n"
        "Personne orientée : Samia Toumi Benali\nCourriel : samia.toumibenali@example.org\n"
        "Diplôme : BUT Gestion des entreprises et des administrations\nDate d'obtention : juin 2025\n"
        "Projet : un poste d'assistante de gestion dans une association\n",
        from_name="Maison de l'emploi Est",
        from_addr="suivi@mde-est.example.org",
        subject="Fiche de liaison – Samia Toumi Benali",
    )
    applicant = extract_message(raw, today=TODAY)["applicant"]
    assert (applicant["first_name"], applicant["last_name"]) == ("Samia", "Toumi Benali")


def test_given_names_the_mailbox_glues_together_stay_given_names() -> None:
    assert _names("Jean Pierre Martin", "jeanpierre.martin@example.org") == ("Jean Pierre", "Martin")


def test_a_family_name_written_first_keeps_the_given_names_its_mailbox_glues() -> None:
    assert _names("Pham Minh Chau", "pham.minhchau@example.org") == ("Minh Chau", "Pham")


def test_a_form_tried_out_by_the_sites_own_staff_is_no_application() -> None:
    raw = make_message(
        "Nouvelle réponse au formulaire « Postuler »\n\n"
        "Nom : Essai\nPrénom : Essai\nE-mail : technique@site-asso.example.org\n"
        "Diplôme : Licence\nDate d'obtention : juin 2025\n"
        "Message : vérification du formulaire après la migration du serveur, à supprimer\n",
        from_name="Site de l'association",
        from_addr="formulaire@site-asso.example.org",
        subject="Nouvelle réponse au formulaire « Postuler »",
    )
    assert extract_message(raw, today=TODAY)["kind"] != "application"
