"""Texts of another genre about the applicant, read by their structure (stop 35, genres): a form relayed by a
mailer answers by its ticked boxes only and its «Situation» field tells today; a bio in the third person
signed by its subject is the writer's own word; an adviser's note speaks of the person it names, whoever
sends it (the adviser, or the person pasting it)."""

from __future__ import annotations

from reading_day import extracted, names, status

RELAY = {"from_name": "Formulaires du site", "from_addr": "formulaires@relais.example.com"}


def _form(*lines: str) -> str:
    head = [
        'Nouvelle réponse au formulaire "Rejoindre le programme"',
        "",
        "Prénom : Anaïs",
        "Nom : Quintin",
        "E-mail : anais.quintin@example.net",
        "Diplôme obtenu : Licence Sciences de l'éducation",
        "Année d'obtention : 2025",
    ]
    return "\n".join([*head, *lines, "", "—", "Message envoyé automatiquement."])


def _form_en(*lines: str) -> str:
    head = [
        'New submission: "Join the programme"',
        "",
        "First name: Owen",
        "Last name: Gallagher",
        "Email: owen.gallagher@example.net",
        "Degree: BA in Geography, awarded July 2025",
    ]
    return "\n".join([*head, *lines, "", "--", "Sent automatically by the site's forms."])


# ------------------------------------------------------------------ a form's boxes
def test_the_ticked_box_of_a_situation_field_is_the_answer_not_the_empty_ones() -> None:
    body = _form(
        "Vous êtes : [ ] Sans emploi  [ ] En formation  [x] En stage",
        "Secteur recherché : [x] Associations  [ ] Entreprises",
    )
    result = extracted(body, subject="Nouvelle réponse", **RELAY)
    assert status(result, "not_internship") == "not_met"


def test_an_empty_box_naming_a_sector_is_no_search_in_that_sector() -> None:
    body = _form(
        "Vous êtes : [x] Sans emploi  [ ] En stage",
        "Secteur recherché : [ ] Association  [ ] Mutuelle  [x] Enseigne de la grande distribution",
    )
    result = extracted(body, subject="Nouvelle réponse", **RELAY)
    assert status(result, "job_seeking_ess") == "not_met"


def test_an_english_form_answers_by_its_ticked_sector() -> None:
    body = _form_en(
        "Right now I am: [x] Job hunting [ ] On an internship",
        "Where do you want to work?: [ ] Private firm [x] Non-profit / cooperative [ ] Civil service",
    )
    result = extracted(body, subject="New submission", **RELAY)
    assert status(result, "job_seeking_ess") == "met"


# ------------------------------------------------------------------ a field for today
def test_a_note_s_situation_field_naming_a_civic_service_holds_it_today() -> None:
    body = (
        "Bonjour,\n\nJe me présente en quelques lignes, comme sur ma fiche :\n\n"
        "Formation : BTS Économie sociale familiale, obtenu en juin 2026\n"
        "Situation : en service civique à la Ligue de l'enseignement\n"
        "Objectif : un poste de conseillère dans un centre social associatif\n\nMerci, Inès Martin"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_an_english_current_situation_field_naming_an_internship_holds_it_today() -> None:
    body = _form_en(
        "Current situation: Internship at a housing co-op",
        "Sector: charities and cooperatives",
    )
    result = extracted(body, subject="New submission", **RELAY)
    assert status(result, "not_internship") == "not_met"


# ------------------------------------------------------------------ a bio of its writer
def test_a_bio_in_the_third_person_signed_by_its_subject_tells_the_writer_s_diploma() -> None:
    body = (
        "Bonjour,\n\nNée à Dole, Léonie a grandi dans le Jura. Elle a obtenu en juillet 2025 un master "
        "Développement local et vise un poste dans une SCIC.\n\n(texte repris du site de mon école)\n"
        "Léonie Carrel — 06 44 18 27 90"
    )
    sender = {"from_name": "Léonie Carrel", "from_addr": "leonie.carrel@example.org"}
    result = extracted(body, **sender)
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2025-07"
    # A relative named in the story keeps the third person theirs, signed by the same first name or not.
    sister = (
        "Bonjour,\n\nMa sœur Léonie a obtenu un master en 2025. Moi, j'ai un bac pro et je cherche un emploi "
        "dans une association.\n\nLéonie Carrel"
    )
    assert status(extracted(sister, **sender), "degree_level") == "not_met"


def test_an_english_bio_signed_by_its_subject_tells_the_writer_s_diploma() -> None:
    body = (
        "Hi,\n\nTheo grew up in Bristol. He completed a BSc in Environmental Science in June 2025 and now "
        "wants to work for a community energy cooperative.\n\n(I wrote this for my university's alumni "
        "page.)\nTheo Marsh, +33 6 51 72 08 34"
    )
    sender = {"from_name": "Theo Marsh", "from_addr": "theo.marsh@example.org"}
    result = extracted(body, subject="Application", **sender)
    assert result["education"]["bac_plus"] == 3


# ------------------------------------------------------------------ an adviser's note
def test_a_note_from_a_regional_agency_of_france_travail_names_the_person_it_is_about() -> None:
    body = (
        "Bonjour,\n\nCi-dessous ma note sur le parcours de ce jeune.\n\n"
        "M. Bastien LORIOT — bastien.loriot@example.org — 07 21 44 60 83\n"
        "Formation : licence professionnelle Gestion des associations, juin 2026\n"
        "Projet : coordinateur dans une association d'éducation populaire\n\n"
        "Sandrine Vallet\nConseillère — agence de Lille"
    )
    sender = {"from_name": "Sandrine Vallet", "from_addr": "s.vallet@francetravail-nord.example.fr"}
    result = extracted(body, subject="Note de parcours", **sender)
    assert names(result) == ("Bastien", "Loriot")
    assert result["applicant"]["email"] == "bastien.loriot@example.org"


def test_an_adviser_s_note_pasted_by_the_person_it_is_about_is_the_sender_s() -> None:
    body = (
        "Bonjour, je vous colle l'avis que mon référent a écrit sur moi :\n\n"
        "AVIS DU RÉFÉRENT\nMme Célia VERNET\nDiplôme : BTS Services et prestations des secteurs sanitaire "
        "et social (2026)\nDisponibilité : immédiate\nProjet : accueil dans une association d'aide aux "
        "familles\n\n"
        "Marc Duhamel, référent de parcours — Mission locale de Vienne\n\nCélia, 06 82 17 40 55"
    )
    result = extracted(body, from_name="Célia Vernet", from_addr="celia.vernet@example.fr")
    assert names(result) == ("Célia", "Vernet")
    assert result["applicant"]["email"] == "celia.vernet@example.fr"


def test_a_title_before_a_family_name_is_no_first_name_and_the_row_names_the_person() -> None:
    body = (
        "Madame, Monsieur,\n\nVous trouverez ci-dessous la fiche de suivi de Mme Fontaine, qui souhaite "
        "rejoindre votre programme.\n\nFICHE DE SUIVI\nDemandeuse : Léa FONTAINE — 06 30 52 19 74\n"
        "Parcours : DUT Carrières sociales obtenu en juin 2025.\nProjet : animatrice dans une association de "
        "quartier.\n\nPaul Guérin\nConseiller référent — France Travail Angers"
    )
    sender = {"from_name": "Paul Guérin", "from_addr": "paul.guerin@france-travail.example.fr"}
    result = extracted(body, subject="Candidature de Mme Léa Fontaine", **sender)
    assert names(result) == ("Léa", "Fontaine")


# ------------------------------------------------------------------ a note's «Parcours»
def test_years_as_a_role_before_studies_resumed_are_another_career() -> None:
    body = (
        "Bonjour,\n\nVoici ma fiche de parcours :\n\nParcours : neuf ans comme chauffeur-livreur avant ma "
        "reprise d'études.\nDiplôme : licence professionnelle Coordination de projets, obtenue en juin "
        "2026.\n"
        "Projet : coordinateur dans une association de mobilité solidaire.\n\nInès Martin"
    )
    assert status(extracted(body), "not_career_change") == "not_met"


def test_a_note_s_vague_years_in_a_trade_before_the_degree_leave_the_change_open() -> None:
    body = (
        "Bonjour,\n\nParcours : plusieurs années dans le bâtiment avant le DUT, à préciser.\n"
        "Diplôme : DUT Carrières sociales, obtenu en juin 2025.\nProjet : animateur dans un centre social "
        "associatif.\n\nInès Martin"
    )
    assert status(extracted(body), "not_career_change") == "unknown"
    english = (
        "Hello,\n\nBackground: a few years in retail before the degree.\nDegree: BA in Social Policy, July "
        "2025.\nGoal: a post in a housing charity.\n\nInès Martin"
    )
    assert status(extracted(english, subject="Application"), "not_career_change") == "unknown"
