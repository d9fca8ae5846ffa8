"""Structure and register of the assistants corpus (stop 47, a-markdown): raw markdown read as the structure
its marks draw — a table's row read as one thing's line, a bold label or a numbered label applying to its
value, an emoji opening a line read as the label it stands for, a list item's own status in its bracket —
and facts a tool's impersonal register tells by their event («Un stage … est en cours», a period ending this
year with no month). Each on phrasings of our own, read through `propulse extract`'s path on 2026-11-26;
guards where a rule could over-reach."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_message
from reading_day import TODAY, read, status

from intake.extract import extract_message
from intake.understanding.markdown import markdown_reads


def _education(body: str) -> tuple[Any, Any]:
    education = read(body)["education"] or {}
    return education.get("bac_plus"), education.get("graduation")


# A table's row: its cells belong together.


def test_a_table_row_gives_its_own_year_and_status_to_its_diploma() -> None:
    body = (
        "Bonjour,\n\n### Diplômes\n\n| Formation | Année | Résultat |\n|:---|:---:|:---|\n"
        "| DUT Carrières sociales | 2021 | ✅ Diplômé |\n"
        "| Licence Sciences de l'éducation | 2025 | ❌ Non obtenue |\n\n"
        "Je voudrais travailler dans un centre social associatif.\n\nMaëlle Tanguy"
    )
    assert _education(body) == (2, "2021")
    assert read(body)["eligibility"]["verdict"] == "not_eligible"


def test_an_english_table_row_still_gives_its_year_to_its_degree() -> None:
    body = (
        "Hello,\n\n| Degree | Year | Status |\n|---|---|---|\n"
        "| BTS Economie sociale familiale | 2021 | Passed |\n\n"
        "I am looking for a job in a non-profit.\n\nMaëlle Tanguy"
    )
    assert _education(body) == (2, "2021")


def test_a_cell_holding_a_checklists_mark_alone_reads_as_the_word_the_mark_says() -> None:
    """The marks of a table's cells are the checklists' marks (meanings `mark_yes`, `mark_no`): a tick of
    any shape says obtained, a cross of any shape not obtained."""
    text = (
        "| Diplôme | Année | Obtenu |\n|---|---|---|\n| CAP Petite enfance | 2019 | ✖ |\n"
        "| BPJEPS Animation | 2022 | ✓ |\n| DEUST Animation | 2024 | ✔️ |\n"
    )
    rows = [row for row in markdown_reads(text)[0].splitlines() if row.strip()]
    assert rows == [
        "CAP Petite enfance, 2019, non validé",
        "BPJEPS Animation, 2022, validé",
        "DEUST Animation, 2024, validé",
    ]


def test_a_table_of_two_columns_is_left_to_the_form_reader() -> None:
    text = "| Champ | Réponse |\n|---|---|\n| Diplôme | BTS SP3S |"
    assert markdown_reads(text) == (text, ())


# Bold and numbered labels apply to their values.


def test_bold_periods_of_a_numbered_list_tell_a_career_before_the_diploma() -> None:
    body = (
        "Bonjour,\n\nMon parcours :\n\n1. **2012–2022** : agent immobilier à Tours\n"
        "2. **2025** : licence professionnelle Coordination de projets de l'ESS (obtenue en juin 2025)\n"
        "3. **Objectif** : un poste de chargé de projet dans une coopérative\n\nBien à vous,\nPatrice Guérin"
    )
    assert status(read(body), "not_career_change") == "not_met"


def test_a_numbered_date_label_with_the_school_dates_the_diploma_above_it() -> None:
    body = (
        "Bonjour,\n\n1. **Diplôme** : DEUST Animation et gestion des activités\n"
        "2. **Obtention** : juillet 2025, IUT de Saint-Brieuc\n"
        "3. **Projet** : un poste d'animatrice dans une association d'insertion\n\nSolène Le Goff"
    )
    assert _education(body) == (2, "2025-07")


def test_a_bold_date_label_with_the_university_dates_the_diploma_above_it() -> None:
    body = (
        "Bonjour,\n\n**Diplôme :** DEUST Animation et gestion des activités\n"
        "**Obtention :** juillet 2025, Université de Bretagne Occidentale\n"
        "**Projet :** un poste d'animatrice dans une association\n\nSolène Le Goff"
    )
    assert _education(body) == (2, "2025-07")


def test_a_bold_date_label_with_a_word_of_its_own_dates_nothing() -> None:
    body = (
        "Bonjour,\n\n**Diplôme :** BUT Gestion administrative et commerciale des organisations\n"
        "**Obtention :** juillet 2027, prévue\n**Projet :** un poste dans une association\n\nSolène Le Goff"
    )
    assert _education(body)[1] != "2027-07"


# An emoji opening a line names what it tells.


def test_a_target_emoji_opening_a_line_is_the_writers_aim() -> None:
    body = (
        "Coucou l'équipe !\n\n🎓 **BTS Économie sociale familiale** — ✅ juin 2025\n"
        "🎯 Conseillère dans une épicerie solidaire ou une association de quartier\n\nMerci !\nAnaïs Perrot"
    )
    assert status(read(body), "job_seeking_ess") == "met"


def test_a_heart_emoji_labels_nothing() -> None:
    text = "💚 Une association de quartier"
    assert markdown_reads(text) == (text, ())


def test_the_marks_read_away_are_quoted_back_as_written() -> None:
    body = (
        "Bonjour,\n\n**Diplôme :** Master Développement local, Université de Dijon (juin 2026)\n"
        "**Recherche :** un poste dans une coopérative\n\nPaul Lemaire"
    )
    criteria = read(body)["eligibility"]["criteria"]
    evidence = next(c for c in criteria if c["id"] == "degree_level")["evidence"]
    assert "**" in evidence["text"]


# A list item's status, and a period that ends this year.


def test_an_internship_item_whose_bracket_says_ongoing_until_next_spring_runs() -> None:
    body = (
        "Bonjour,\n\n## Expériences\n- **Stage de M2** – Restos du Cœur, Nantes *(en cours, jusqu'en avril "
        "2027)*\n\n## Projet\nTravailler dans une association après ce stage.\n\nYanis Belkacem"
    )
    assert status(read(body), "not_internship") == "not_met"


def test_an_internship_item_whose_bracket_ended_last_summer_is_over() -> None:
    body = (
        "Bonjour,\n\nMaster ESS obtenu en septembre 2026.\n- **Stage** – Emmaüs, Nantes *(en cours jusqu'en "
        "août 2026)*\n\nJe cherche un emploi dans une association.\n\nYanis Belkacem"
    )
    assert status(read(body), "not_internship") == "met"


def test_a_civic_service_item_ending_this_year_without_its_month_is_asked() -> None:
    body = (
        "Bonjour,\n\n- **Licence** : Géographie, Université d'Angers (2025)\n"
        "- **Service civique** : Unis-Cité, 2025 – 2026\n\n"
        "Je cherche un poste d'animatrice dans une association.\n\nClara Roux"
    )
    assert status(read(body), "not_service_civique") == "unknown"


def test_a_civic_service_item_ended_last_year_is_over() -> None:
    body = (
        "Bonjour,\n\n- **Licence** : Géographie, Université d'Angers (2025)\n"
        "- **Service civique** : Unis-Cité, 2024 – 2025\n\n"
        "Je cherche un poste d'animatrice dans une association.\n\nClara Roux"
    )
    assert status(read(body), "not_service_civique") == "met"


def test_a_first_aid_internship_item_stays_a_course() -> None:
    body = (
        "Bonjour,\n\nLicence de psychologie obtenue en juin 2025.\n- Stage de premiers secours (en cours)\n\n"
        "Je cherche un emploi dans une association.\n\nClara Roux"
    )
    assert status(read(body), "not_internship") == "met"


# The impersonal register: the situation itself «en cours».


def test_an_internship_said_to_be_in_course_is_held_now() -> None:
    body = (
        "Madame, Monsieur,\n\nTitulaire d'une licence d'histoire obtenue en 2025. Un stage de cinq mois "
        "est en cours à la Croix-Rouge, son terme étant prévu en mars 2027.\n\nCordialement,\n"
        "Hugo Marchand"
    )
    assert status(read(body), "not_internship") == "not_met"


def test_an_internship_in_course_of_validation_is_no_internship_held() -> None:
    body = (
        "Madame, Monsieur,\n\nTitulaire d'une licence d'histoire obtenue en juin 2025, mon stage passé "
        "est en cours de validation par l'université. Je cherche un emploi dans une association.\n\n"
        "Hugo Marchand"
    )
    assert status(read(body), "not_internship") == "met"


# A name under markdown: the signer's, not an organisation's tail.


def test_an_organisations_regional_branch_in_a_resume_item_is_nobody_presented() -> None:
    body = (
        "## Parcours\n- 2020–2023 : Licence Économie — Université de Dijon\n"
        "- 2023–2025 : Master ESS — diplômé en septembre 2025\n"
        "- Alternance (terminée en septembre 2025) — France Active Bourgogne\n\n"
        "## Projet\n- Un poste de chargé d'investissement solidaire dans une association\n\nThéo Lambert"
    )
    result = extract_message(
        make_message(body, from_name="Théo Lambert", from_addr="theo.lambert@example.org"), today=TODAY
    )
    assert result["applicant"]["first_name"] == "Théo"
    assert result["applicant"]["email"] == "theo.lambert@example.org"


# A bold field for today, its value a volunteer's role of unsaid kind.


def test_a_field_for_today_naming_a_volunteers_role_leaves_the_civic_service_asked() -> None:
    body = (
        "Bonjour,\n\n**Diplôme :** BUT Carrières sociales, IUT de Tours (juin 2025)\n"
        "**Situation actuelle :** volontaire aux Francas d'Indre-et-Loire\n"
        "**Recherche :** un poste d'animateur dans une association\n\nBastien Roche"
    )
    assert status(read(body), "not_service_civique") == "unknown"


def test_a_field_for_today_naming_a_former_volunteer_asks_nothing() -> None:
    body = (
        "Bonjour,\n\n**Diplôme :** BUT Carrières sociales, IUT de Tours (juin 2025)\n"
        "**Situation actuelle :** ancien volontaire aux Francas, en recherche d'emploi\n"
        "**Recherche :** un poste d'animateur dans une association\n\nBastien Roche"
    )
    assert status(read(body), "not_service_civique") == "met"
