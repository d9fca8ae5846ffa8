"""Titles, epicene rewording and far agreements (the typography corpus, t-titles): a title before a name is no
part of the name («Mx», «Dre»), a level of the national framework below the bac is below the bac, a sector
said not to matter leaves the ESS aim open, a defence told done dates the diploma, and a course told done in
a yearless month, its noun far from the participle, gives that month."""

from __future__ import annotations

from reading_day import extracted, names, status


def test_a_gender_neutral_title_before_the_name_is_not_part_of_the_first_name() -> None:
    body = "Bonjour,\n\nJ'ai une licence de géographie (juin 2026) et je cherche un poste dans une asso.\n"
    result = extracted(body, from_name="Mx Sacha Lemoine", from_addr="sacha.lemoine@example.org")
    assert names(result) == ("Sacha", "Lemoine")


def test_an_english_mx_title_in_the_sender_s_name_is_not_the_first_name() -> None:
    body = "Hello,\n\nI got my BA in geography in June 2026 and I'm looking for a job in a charity.\n"
    result = extracted(body, "Application", from_name="Mx Jordan Ellery", from_addr="j.ellery@example.org")
    assert names(result) == ("Jordan", "Ellery")


def test_the_feminised_doctor_s_title_before_the_name_is_not_the_first_name() -> None:
    body = "Bonjour,\n\nJ'ai soutenu ma thèse en mai 2026 et je cherche un emploi dans une fondation.\n"
    result = extracted(body, from_name="Dre Nadia Ferhat", from_addr="nadia.ferhat@example.org")
    assert names(result) == ("Nadia", "Ferhat")


def test_a_diploma_said_of_framework_level_three_without_the_bac_fails_the_level() -> None:
    body = (
        "Bonjour,\n\nJ'ai un titre professionnel d'agent de propreté, un titre de niveau 3, depuis mars "
        "2026. Je n'ai pas le bac. Je cherche un emploi dans une ressourcerie.\n\nKevin Barre"
    )
    assert status(extracted(body), "degree_level") == "not_met"


def test_an_english_mail_quoting_its_state_diploma_s_level_three_fails_the_level() -> None:
    body = (
        "Hello,\n\nI qualified as a care support worker in June 2026: the state diploma, «diplôme de "
        "niveau 3» as my certificate says. I never passed the baccalauréat. I'd like a job in a care "
        "charity.\n\nKevin Barre"
    )
    assert status(extracted(body, "Application"), "degree_level") == "not_met"


def test_a_sector_said_indifferent_in_a_nominal_line_leaves_the_ess_aim_open() -> None:
    body = (
        "Bonjour,\n\nLicence de gestion, obtenue en juillet 2026.\nPoste visé : assistanat de direction, "
        "secteur indifférent (fondation, PME ou mairie).\n\nLina Perret"
    )
    assert status(extracted(body), "job_seeking_ess") == "unknown"


def test_an_english_search_whose_sector_is_said_not_to_matter_leaves_the_ess_aim_open() -> None:
    body = (
        "Hello,\n\nBA in Management, July 2026. I'm after an office manager role with a foundation or a "
        "firm; the sector doesn't matter much to me.\n\nLina Perret"
    )
    assert status(extracted(body, "Application"), "job_seeking_ess") == "unknown"


def test_a_defence_told_in_a_nominal_line_after_the_master_dates_the_master() -> None:
    body = (
        "Bonjour,\n\nFormation : master Urbanisme et aménagement (Grenoble). Fin d'études : soutenance le 14 "
        "octobre, diplôme délivré. Je cherche un poste dans une coopérative d'habitants.\n\nNoé Barthe"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-10"
    assert status(result, "graduation_recent") == "met"


def test_the_referred_student_s_thesis_defended_on_a_date_dates_the_master_validated_after() -> None:
    body = (
        "Bonjour,\n\nJe suis le tuteur universitaire de Hugo Marchal, auteur d'un mémoire soutenu le 8 "
        "juillet 2026 sur les tiers-lieux. Son master est validé ; il cherche un poste dans une fédération "
        "d'associations.\n\nSes coordonnées : hugo.marchal@example.org\n\nClaude Vidal"
    )
    result = extracted(body, "Recommandation", from_name="Claude Vidal", from_addr="c.vidal@example.org")
    assert result["education"]["graduation"] == "2026-07"


def test_an_english_dissertation_defended_in_its_own_sentence_dates_the_msc() -> None:
    body = (
        "Hello,\n\nI hold an MSc in Development Studies from Leeds. Dissertation defended on 3 September, "
        "degree awarded. I'm looking for a job in a fair-trade cooperative.\n\nNoé Barthe"
    )
    assert extracted(body, "Application")["education"]["graduation"] == "2026-09"


def test_a_private_course_told_finished_in_a_yearless_month_far_from_its_noun_is_dated() -> None:
    body = (
        "Bonjour,\n\nJ'ai fait un bachelor Communication solidaire dans une école privée à Nantes. Cette "
        "formation, je l'ai finie en juillet, mais je ne sais pas si elle vaut une licence. Je cherche un "
        "poste dans un festival associatif.\n\nAnaïs Colin"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-07"
    assert status(result, "degree_level") == "unknown"


def test_an_english_private_course_completed_in_a_yearless_month_is_dated() -> None:
    body = (
        "Hello,\n\nI did a Bachelor in Event Management at a private business school in Lyon. I completed "
        "it in July, but I don't know whether it counts as a licence. I'd like a job in a charity.\n\n"
        "Anaïs Colin"
    )
    result = extracted(body, "Application")
    assert result["education"]["graduation"] == "2026-07"
    assert status(result, "degree_level") == "unknown"


def test_a_feminised_trade_held_for_a_time_of_unsaid_length_before_the_diploma_is_asked() -> None:
    body = (
        "Bonjour,\n\nJ'ai été livreuse « un bon moment », puis j'ai repris des études : BTS SP3S obtenu en "
        "juin 2026. Je cherche un poste dans une association d'aide à domicile.\n\nMarion Lacaze"
    )
    assert status(extracted(body), "not_career_change") == "unknown"


def test_a_trade_held_for_a_while_before_the_degree_is_asked_in_english() -> None:
    body = (
        "Hello,\n\nI was a bus driver for a while, and I got my BA in social work in June 2026. I'm looking "
        "for a job in a housing charity.\n\nMarion Lacaze"
    )
    assert status(extracted(body, "Application"), "not_career_change") == "unknown"


def test_a_defence_taken_up_by_a_far_agreeing_pronoun_with_grades_awaited_leaves_studies_open() -> None:
    body = (
        "Bonjour,\n\nJe termine un master de géographie à Tours : ma soutenance, je l'ai passée le 4 "
        "novembre, mais les notes ne seront connues qu'en décembre. Je cherche un emploi dans une "
        "coopérative.\n\nLéon Ferrand"
    )
    assert status(extracted(body), "studies_finished") == "unknown"
