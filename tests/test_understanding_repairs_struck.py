"""Words struck through in an HTML mail (`<del>`, `<s>`, `<strike>`; «~~…~~» or «(barré)» in its text part):
what the writer takes back no longer counts, the words after it hold (the repairs corpus, struck text)."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

from reading_day import TODAY, status

from intake.extract import extract_message


def mailed(html: str, plain: str | None = None) -> dict[str, Any]:
    """An application whose HTML part is `html` (and its text part `plain`, when given), as extracted on the
    reading day."""
    msg = EmailMessage()
    msg["From"] = "Inès Martin <ines.martin@example.org>"
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = "Candidature Pro'pulse"
    msg["Date"] = "Tue, 10 Nov 2026 10:42:00 +0100"
    msg["Message-ID"] = "<struck.1@example.org>"
    if plain is None:
        msg.set_content(f"<html><body>{html}</body></html>", subtype="html")
    else:
        msg.set_content(plain)
        msg.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    return extract_message(msg.as_bytes(), today=TODAY)


def test_a_year_struck_through_gives_way_to_the_date_written_after_it() -> None:
    result = mailed(
        "<p>Bonjour,</p><p>J'ai obtenu ma licence pro Gestion des structures sanitaires et sociales en "
        "<del>juin 2022</del> juillet 2025, à Poitiers.</p><p>Je cherche un poste de gestionnaire dans une "
        "association d'aide à domicile.</p><p>Inès Martin</p>"
    )
    assert status(result, "graduation_recent") == "met"


def test_a_struck_year_in_english_gives_way_to_the_one_after_it() -> None:
    result = mailed(
        "<p>Hello,</p><p>I was awarded my BA in Social Policy in <s>2021</s> June 2026 by the University of "
        "York.</p><p>I'm looking for a job in a French charity working on housing.</p><p>Ines Martin</p>"
    )
    assert status(result, "graduation_recent") == "met"


def test_the_struck_word_graduated_leaves_the_master_still_running() -> None:
    result = mailed(
        "<p>Bonjour,</p><p>Je suis <strike>diplômée</strike> en M2 Développement local, soutenance en "
        "février, à Grenoble.</p><p>Je cherche un poste de chargée de mission dans une "
        "coopérative.</p><p>Inès Martin</p>"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_struck_graduate_in_english_leaves_a_student_in_the_final_year() -> None:
    result = mailed(
        "<p>Hello,</p><p>I'm <s>a graduate</s> a final-year student of the MSc in Development, dissertation "
        "due in January.</p><p>I'm looking for a job in a charity.</p><p>Ines Martin</p>"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_civic_service_struck_for_a_contract_is_over() -> None:
    plain = (
        "Bonjour,\n\nJ'ai un DUT Carrières sociales (juin 2025) et je suis volontaire en service civique "
        "(barré) animatrice en CDD depuis le 3 novembre dans la même maison de quartier.\n\nJe cherche un "
        "poste durable dans l'éducation populaire.\n\nInès Martin"
    )
    html = (
        "<p>Bonjour,</p><p>J'ai un DUT Carrières sociales (juin 2025) et je suis <strike>volontaire en "
        "service civique</strike> animatrice en CDD depuis le 3 novembre dans la même maison de "
        "quartier.</p><p>Je cherche un poste durable dans l'éducation populaire.</p><p>Inès Martin</p>"
    )
    assert status(mailed(html, plain), "not_service_civique") == "met"


def test_an_internship_one_came_out_of_on_a_past_day_is_over() -> None:
    result = mailed(
        "<p>Bonjour,</p><p>Je suis sortie de stage depuis le 6 novembre, après cinq mois dans une régie de "
        "quartier.</p><p>Licence de géographie, juin 2026. Je cherche un poste dans une association.</p>"
        "<p>Inès Martin</p>"
    )
    assert status(result, "not_internship") == "met"


def extracted_text(body: str) -> dict[str, Any]:
    """`body` as the text of a plain mail, as extracted on the reading day."""
    msg = EmailMessage()
    msg["From"] = "Inès Martin <ines.martin@example.org>"
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = "Candidature Pro'pulse"
    msg["Date"] = "Tue, 10 Nov 2026 10:42:00 +0100"
    msg["Message-ID"] = "<hedged.1@example.org>"
    msg.set_content(body)
    return extract_message(msg.as_bytes(), today=TODAY)


# Repairs that take up the thing said by a pronoun, hedge it or weigh it (hedged and English repairs).


def test_a_correction_taking_up_the_dissertation_by_it_keeps_the_degree_named() -> None:
    result = extracted_text(
        "Hello,\n\nI'm completing my MSc dissertation in development studies at the University of Sussex — "
        "sorry, I completed it: the viva was on 10 November and I passed.\n\nI'm looking for a job in a "
        "charity in Lyon.\n\nInes Martin"
    )
    assert status(result, "degree_level") == "met"


def test_a_correction_taking_up_the_master_by_le_keeps_the_master_named() -> None:
    result = extracted_text(
        "Bonjour,\n\nJe termine mon master de sociologie à Nantes — pardon, je l'ai terminé : la soutenance "
        "a eu lieu le 9 novembre, validée.\n\nJe cherche un poste dans une association.\n\nInès Martin"
    )
    assert status(result, "degree_level") == "met"


def test_a_level_only_believed_beside_a_private_bachelor_stays_open() -> None:
    result = extracted_text(
        "Good afternoon,\n\nI hold a bachelor's in Business (July 2025) from a private school in Accra; I "
        "believe it's worth a bac+3, but I still need to ask ENIC-NARIC.\n\nI'm looking for a job in a "
        "social enterprise in Lille.\n\nInes Martin"
    )
    assert status(result, "degree_level") == "unknown"


def test_un_niveau_seulement_cru_a_cote_d_un_bachelor_prive_reste_ouvert() -> None:
    result = extracted_text(
        "Bonjour,\n\nJ'ai un bachelor Marketing obtenu en juin 2025 dans une école privée de Casablanca, je "
        "pense que ça correspond à un bac+3, il faudrait que je vérifie.\n\nJe cherche un poste dans une "
        "coopérative.\n\nInès Martin"
    )
    assert status(result, "degree_level") == "unknown"


def test_a_search_doubted_and_weighed_against_a_civil_service_exam_is_asked() -> None:
    result = extracted_text(
        "Bonjour,\n\nLicence de droit (Lyon, juin 2025). Je cherche un emploi dans une association, enfin, "
        "je crois ; j'hésite encore avec le concours de rédacteur territorial, les deux me plaisent.\n\n"
        "Inès Martin"
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_search_torn_with_a_teaching_post_is_asked() -> None:
    result = extracted_text(
        "Hello,\n\nMA in History (Leeds, June 2025). I'm looking for a job in a charity, I think; I'm still "
        "torn between that and a teaching post in a state school.\n\nInes Martin"
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_year_doubted_by_another_leaves_the_date_open() -> None:
    result = extracted_text(
        "Bonjour,\n\nJ'ai mon DUT Information-communication depuis 2025, ou peut-être 2023, il faudrait que "
        "je ressorte le diplôme. Je cherche un poste de chargé de communication dans une association.\n\n"
        "Inès Martin"
    )
    assert status(result, "graduation_recent") == "unknown"


def test_a_year_doubted_by_or_maybe_another_leaves_the_date_open() -> None:
    result = extracted_text(
        "Hello,\n\nI got my BA in Geography from the University of Kent in 2025, or maybe 2024, I'd need to "
        "check my certificate. I'm looking for a job in a charity.\n\nInes Martin"
    )
    assert status(result, "graduation_recent") == "unknown"


def test_a_doubt_on_the_year_leaves_the_diploma_itself_a_fact() -> None:
    result = extracted_text(
        "Bonjour,\n\nBTS Économie sociale familiale, lycée de Rodez, en 2025, ou peut-être en 2024, je ne "
        "sais plus. Je cherche un poste de conseillère dans une association.\n\nInès Martin"
    )
    assert status(result, "degree_level") == "met"


def test_a_unit_perhaps_left_to_resit_leaves_the_end_of_studies_asked() -> None:
    result = extracted_text(
        "Bonjour,\n\nLicence de géographie à Tours, juin 2026. Je crois que tout est validé, à vérifier : il "
        "me restait peut-être une UE de statistiques à rattraper, je n'ai pas mon relevé.\n\nJe cherche un "
        "poste dans une association.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_module_perhaps_short_of_the_degree_leaves_the_end_of_studies_asked() -> None:
    result = extracted_text(
        "Hello,\n\nBA in Geography from the University of Leeds, June 2026 — though I'm perhaps one module "
        "short of my BA, the transcript isn't out.\n\nI'm looking for a job in a charity.\n\nInes Martin"
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_hesitation_settled_by_a_preference_weighs_no_search() -> None:
    result = extracted_text(
        "Bonjour,\n\nJ'ai hésité longtemps ; j'hésite entre le programme et une année de volontariat, "
        "mais je crois que je préfère un vrai emploi. J'ai un BTS Tourisme (juin 2025) et je cherche dans "
        "les associations de tourisme social.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_hesitation_about_the_programme_itself_weighs_no_search() -> None:
    result = extracted_text(
        "Hello,\n\nI'm torn between Pro'pulse and a gap year abroad, but I'd rather start working. I got "
        "my BA in History in June 2025 and I'm looking for a job in a heritage charity.\n\nInes Martin"
    )
    assert status(result, "job_seeking_ess") == "met"
