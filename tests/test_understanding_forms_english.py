"""Forms in English and form-shaped mail that is no application (f-english, stop 54), read on the corpora's
reading day: a diploma's name given by another system, a checklist's row denying a status, an offer put
forward by an employer's form, a person named by their role in a form's field, a sector aimed at as a field,
a degree's length said in its bracket. Each with its guard: the near form that must not change."""

from __future__ import annotations

from reading_day import extracted, kind, names, read, status


def test_an_hnd_from_a_nigerian_polytechnic_leaves_its_level_to_verify() -> None:
    body = (
        "Hello,\n\nMy details:\n\nName: Ifeoma Chukwu\n"
        "Qualification: HND in Accounting (Federal Polytechnic, Ilorin)\nYear obtained: 2025\n"
        "Status: graduate, looking for a job in a social enterprise in Lyon\n\nIfeoma"
    )
    result = extracted(body, from_name="Ifeoma Chukwu", from_addr="ifeoma.chukwu@example.org")
    assert status(result, "degree_level") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_un_hnd_obtenu_a_kumasi_laisse_son_niveau_a_verifier() -> None:
    body = (
        "Bonjour,\n\nPrénom : Kofi\nNom : Asante\nDiplôme : HND en gestion, obtenu à Kumasi en 2025\n"
        "Situation : je cherche un emploi dans une coopérative à Lille\n\nKofi Asante"
    )
    result = extracted(body, from_name="Kofi Asante", from_addr="kofi.asante@example.org")
    assert status(result, "degree_level") == "unknown"


def test_an_hnd_from_a_nigerian_polytechnic_said_to_take_two_years_stays_a_bac_plus_two() -> None:
    body = (
        "Hello,\n\nI hold an HND in Social Work, a two-year programme I completed in June 2025 at a "
        "polytechnic in Enugu. I am looking for a job in a charity in Lille.\n\nChidi Okafor"
    )
    result = extracted(body, from_name="Chidi Okafor", from_addr="chidi.okafor@example.org")
    assert result["education"]["bac_plus"] == 2


def test_un_hnd_obtenu_a_kumasi_en_deux_ans_reste_un_bac_plus_deux() -> None:
    body = (
        "Bonjour,\n\nJ'ai un HND en gestion, obtenu à Kumasi en deux ans, en 2025. Je cherche un emploi "
        "dans une coopérative à Lille.\n\nAma Owusu"
    )
    result = extracted(body, from_name="Ama Owusu", from_addr="ama.owusu@example.org")
    assert result["education"]["bac_plus"] == 2


def test_an_hnd_from_a_welsh_college_stays_a_bac_plus_two() -> None:
    body = (
        "Hi,\n\nQualification: HND in Health and Social Care (a college in Swansea)\nYear obtained: 2025\n"
        "Status: graduate, looking for a job in a charity in Nantes\n\nRhys Morgan"
    )
    result = extracted(body, from_name="Rhys Morgan", from_addr="rhys.morgan@example.org")
    assert result["education"]["bac_plus"] == 2
    assert status(result, "degree_level") == "met"


def test_a_cameroonian_hnd_keeps_its_bac_plus_two() -> None:
    body = (
        "Good morning,\n\nI obtained my HND in social work at the University of Bamenda in June 2025 "
        "and I am looking for a job in an association in Marseille.\n\nNgozi Fon"
    )
    result = extracted(body, from_name="Ngozi Fon", from_addr="ngozi.fon@example.org")
    assert result["education"]["bac_plus"] == 2


def test_a_checklist_row_denying_being_a_student_presents_nobody() -> None:
    body = (
        "Hello,\n\nMy own check against your conditions:\n"
        "- Degree: BA in Sociology, June 2025 ✔\n- Not a student, not a trainee: ✔\n"
        "- Job search in the social economy: ✔ a cooperative in Rennes\n\nAstrid Holm\n+33 6 12 48 90 31"
    )
    result = extracted(body, from_name="Astrid Holm", from_addr="astrid.holm@example.org")
    assert names(result) == ("Astrid", "Holm")
    assert result["situation"]["forwarded_by"] is None


def test_une_ligne_de_checklist_pas_une_etudiante_ne_presente_personne() -> None:
    body = (
        "Bonjour,\n\nJe me suis évaluée sur vos critères :\n- Licence pro obtenue en juin 2025 : ✔\n"
        "- Pas une étudiante, pas en stage : ✔\n- Recherche d'emploi dans l'ESS : ✔\n\nMaëlle Guérin"
    )
    result = extracted(body, from_name="Maëlle Guérin", from_addr="maelle.guerin@example.org")
    assert names(result) == ("Maëlle", "Guérin")


def test_a_graduate_met_and_named_by_an_adviser_is_still_presented() -> None:
    body = (
        "Hello,\n\nLast week I met a graduate, Oskar Berg, who finished a BA in Economics in June 2025 and "
        "is looking for a job in a social enterprise. Could you consider his application?\n\n"
        "Best,\nHelen Price, careers adviser"
    )
    result = extracted(body, from_name="Helen Price", from_addr="h.price@example.org")
    assert names(result) == ("Oskar", "Berg")


def test_an_employers_form_posting_a_vacancy_is_no_application() -> None:
    body = (
        "Post a vacancy - new entry\n\nOrganisation: Repair Café Nord (Lille)\n"
        "Contact: Jeanne Roux, director - jobs@repaircafe.example.org\nJob title: workshop coordinator\n"
        "Contract: one year\nProfile: recent graduates welcome, bac+2\n\n--\nSent by the site's form"
    )
    got = kind(body, "[Site] Post a vacancy - new entry", ("Site", "wordpress@site.example.org"))
    assert got == "other"


def test_un_formulaire_pour_deposer_une_offre_n_est_pas_une_candidature() -> None:
    body = (
        "Déposer une offre d'emploi pour les jeunes du programme - nouvelle réponse\n\n"
        "Structure : Épicerie Partagée (Tours)\nContact : Marc Petit - bonjour@epicerie.example.org\n"
        "Poste : chargé·e d'accueil\nContrat : CDD 10 mois\nProfil : jeune diplômé·e bienvenu·e\n"
    )
    got = kind(body, "Nouvelle réponse au formulaire", ("Formulaire", "formulaire@site.example.org"))
    assert got == "other"


def test_un_jeune_qui_cherche_des_offres_reste_un_candidat() -> None:
    body = (
        "Bonjour,\n\nJe suis diplômée d'un BTS SP3S (juin 2025) et je cherche des offres d'emploi dans "
        "une association d'aide à domicile. Je voudrais rejoindre Pro'pulse.\n\nSalomé Vidal"
    )
    assert kind(body, "Candidature", ("Salomé Vidal", "salome.vidal@example.org")) == "application"


def test_a_job_boards_applicant_field_names_the_person() -> None:
    body = (
        "JobsAbroad - new applicant\nApplicant: Marta Lindqvist\nEmail: marta.lindqvist@example.org\n"
        "Education: MSc in Development Studies, Lund University, June 2026\nStatus: graduate"
    )
    result = read(body, from_name="JobsAbroad", from_addr="no-reply@jobsabroad.example.com", html=True)
    assert names(result) == ("Marta", "Lindqvist")


def test_a_tutors_reference_form_names_the_applicant_not_the_tutor() -> None:
    body = (
        "Dear team,\n\nBelow is my reference for a former student of mine who is applying to you.\n\n"
        "Applicant: Aoife Brennan\nApplicant's email: aoife.brennan@example.org\n"
        "Degree and date: BA (Hons) Social Policy, June 2025\n"
        "Applicant's intended sector: charities and community organisations\n"
        "Is the applicant still studying or on a placement? No\n\nReferee: Prof. Conor Doyle"
    )
    result = extracted(
        body, subject="Reference - Aoife Brennan", from_name="Conor Doyle", from_addr="c.doyle@uni.example.ie"
    )
    assert names(result) == ("Aoife", "Brennan")
    assert result["applicant"]["email"] == "aoife.brennan@example.org"


def test_an_employer_telling_applicants_where_to_write_still_offers() -> None:
    body = (
        "Hello,\n\nOur cooperative is hiring a project officer in Grenoble.\n"
        "Applications: recrutement@coop.example.org\n\nThe team"
    )
    assert kind(body, "Job offer", ("Coop Alpes", "contact@coop.example.org")) == "other"


def test_un_secteur_vise_en_champ_dit_la_recherche_dans_l_ess() -> None:
    body = (
        "Bonjour,\n\nPrénom : Lina\nNom : Moreau\nDiplôme : licence de géographie, juin 2025\n"
        "Secteur visé : l'économie sociale et solidaire, une coopérative de préférence\n\nLina Moreau"
    )
    result = extracted(body, from_name="Lina Moreau", from_addr="lina.moreau@example.org")
    assert status(result, "job_seeking_ess") == "met"


def test_a_four_year_degree_said_in_its_bracket_is_a_bac_plus_four() -> None:
    body = (
        "Hello,\n\nFull name: Tomás Ibáñez\n"
        "Highest qualification: Grado en Educación Social (four-year bachelor's degree), "
        "Universidad de Sevilla\n"
        "Date of graduation: 06/2025\nLooking for: a job in an association in Toulouse\n\nTomás"
    )
    result = extracted(body, from_name="Tomás Ibáñez", from_addr="tomas.ibanez@example.org")
    assert result["education"]["bac_plus"] == 4


def test_a_bracket_telling_years_of_work_is_no_length_of_the_degree() -> None:
    body = (
        "Hello,\n\nHighest qualification: Grado en Educación Social (2019), Universidad de Sevilla, "
        "then a four-year job as a carer\nLooking for: a job in an association\n\nTomás Ibáñez"
    )
    result = extracted(body, from_name="Tomás Ibáñez", from_addr="tomas.ibanez@example.org")
    assert result["education"]["bac_plus"] != 4


def test_an_intended_sector_field_tells_a_search_in_the_social_economy() -> None:
    body = (
        "Hello,\n\nName: Priya Nair\nDegree: BSc Psychology, July 2025\n"
        "Intended sector: community and voluntary organisations\n\nPriya"
    )
    result = extracted(body, from_name="Priya Nair", from_addr="priya.nair@example.org")
    assert status(result, "job_seeking_ess") == "met"
