"""Whose words a drafted mail holds (stop 47, a-person, tuned on the assistants corpus): the person's own
request to a writing tool or their rough note wins over the draft the tool made of it
(intake/understanding/drafted_words.py); years of experience a template claims yield to the person's own
dated path when it leaves no room for them (path_no_room.py); years said spent in the field's own work
(«dans l'accompagnement de publics fragiles») only ask whether they were a change (careers.py). Each on
phrasings of our own, read through `propulse extract`'s path on 2026-11-26; guards where a rule could
over-reach."""

from __future__ import annotations

import shutil
from pathlib import Path

from reading_day import read, status

from intake import resources
from intake.understanding.drafted_words import own_words_and_draft

# The person's request to the tool over the tool's draft.


def test_a_civic_service_the_persons_own_request_says_ended_outweighs_the_drafts_volunteering_now() -> None:
    body = (
        "Madame, Monsieur,\n\nActuellement volontaire en service civique dans une ludothèque de Nantes et "
        "titulaire d'un BUT carrières sociales obtenu en 2025, je souhaite rejoindre une association "
        "d'éducation populaire.\n\nBien cordialement,\nYanis Ferrand\n\n"
        "Ce que j'ai tapé : « aide-moi à écrire un mail pour le programme. BUT carrières sociales en juin "
        "2025, mon service civique à la ludothèque a pris fin en septembre, je cherche un poste d'animateur "
        "en asso »"
    )
    assert status(read(body), "not_service_civique") == "met"
    assert read(body)["eligibility"]["verdict"] == "eligible"


def test_an_english_prompt_saying_the_civic_service_ended_outweighs_the_drafts_currently_serving() -> None:
    body = (
        "Dear Pro'pulse team,\n\nCurrently serving as a civic service volunteer at a youth club in Lyon and "
        "holding a BA in Education Studies (2025), I am keen to work for a charity.\n\nKind regards,\n"
        "Tom Hale\n\nMy prompt: \"write an email to apply to pro'pulse. I finished my BA in education "
        "studies in June 2025, my civic service at the youth club ended in August, I want a job in a "
        "charity\""
    )
    assert status(read(body), "not_service_civique") == "met"


def test_a_running_civic_service_the_request_tells_stays_running_under_a_smoothing_draft() -> None:
    body = (
        "fais-moi un mail de candidature pour pro'pulse, j'ai une licence pro animation de juin 2025 et je "
        "suis en service civique à la mairie jusqu'en mai 2027, je veux bosser en asso\n\n"
        "Voici un exemple de mail :\n\nMadame, Monsieur,\n\nTitulaire d'une licence professionnelle "
        "animation et riche d'une expérience de service civique, je souhaite rejoindre une association.\n\n"
        "Cordialement,\nLina Haddad"
    )
    assert status(read(body), "not_service_civique") == "not_met"


def test_a_diploma_only_the_draft_states_still_counts_beside_the_request() -> None:
    body = (
        "rédige une candidature pour pro'pulse stp, je cherche un poste dans une asso de quartier, mon stage "
        "est fini depuis l'été\n\nVoici une proposition de mail :\n\nMadame, Monsieur,\n\nTitulaire d'un "
        "master Économie sociale et solidaire obtenu en juin 2025, je souhaite rejoindre une association de "
        "quartier.\n\nCordialement,\nAline Roux"
    )
    education = read(body)["education"]
    assert (education["bac_plus"], education["graduation"]) == (5, "2025-06")


def test_a_draft_sent_alone_keeps_its_running_civic_service() -> None:
    body = (
        "Madame, Monsieur,\n\nActuellement volontaire en service civique dans une ludothèque de Nantes et "
        "titulaire d'un BUT carrières sociales obtenu en 2025, je souhaite rejoindre une association "
        "d'éducation populaire.\n\nBien cordialement,\nYanis Ferrand"
    )
    assert status(read(body), "not_service_civique") == "not_met"


def test_a_rough_note_is_the_persons_words_and_the_polished_version_the_tools() -> None:
    parted = own_words_and_draft(
        "Mes notes :\nlicence de géo finie en juin, je cherche en asso\n\nVersion améliorée :\nMadame, "
        "Monsieur, titulaire d'une licence de géographie, je souhaite rejoindre une association."
    )
    assert parted is not None
    own, draft = parted
    assert "finie en juin" in own and "titulaire" not in own
    assert draft.startswith("Version améliorée")


def test_the_labels_of_a_drafted_mail_are_read_from_the_rules_directory_in_use(tmp_path: Path) -> None:
    body = (
        "Mon gribouillis :\nbts esf eu en juin, je vise une épicerie solidaire\n\nVersion corrigée :\n"
        "Madame, Monsieur, titulaire d'un BTS ESF, je souhaite rejoindre une épicerie solidaire."
    )
    assert own_words_and_draft(body) is None  # «gribouillis» names nobody's words in the shipped rules
    rules = tmp_path / "rules"
    shutil.copytree(resources.BUNDLED_RULES_DIR, rules)
    drafts = rules / "lexicon" / "drafts.toml"
    drafts.write_text(
        drafts.read_text(encoding="utf-8").replace('nouns = ["prompt",', 'nouns = ["gribouillis", "prompt",'),
        encoding="utf-8",
    )
    resources.use_directories(rules=rules)
    try:
        parted = own_words_and_draft(body)
        assert parted is not None and "eu en juin" in parted[0] and "titulaire" in parted[1]
    finally:
        resources.use_directories()
    assert own_words_and_draft(body) is None


def test_two_versions_both_by_the_tool_part_no_words_as_the_persons() -> None:
    assert (
        own_words_and_draft(
            "Version courte :\nDiplômée d'un master (2025), je cherche un poste en association.\n\n"
            "Version longue :\nMadame, Monsieur, diplômée d'un master en 2025, je souhaite rejoindre une "
            "association."
        )
        is None
    )


def test_a_letter_asking_us_to_write_back_is_no_request_to_a_tool() -> None:
    assert (
        own_words_and_draft(
            "Bonjour,\n\nPourriez-vous m'écrire pour me dire si ma candidature est complète ?\n\nMerci,\nLéo"
        )
        is None
    )


# A template's years of experience against the person's own dated path.


def test_years_of_experience_claimed_beside_a_degree_right_after_the_bac_are_no_career() -> None:
    body = (
        "Bonjour,\n\nRiche de quatre ans d'expérience dans le secteur, je vous adresse ma candidature.\n\n"
        "De mon côté, j'ai eu mon bac en 2021 et j'ai enchaîné directement avec une licence de sociologie "
        "puis un master 1, validé en juin 2025. Je cherche un poste dans une association de lutte contre "
        "l'exclusion.\n\nChloé Marchand"
    )
    assert status(read(body), "not_career_change") == "met"


def test_english_years_of_experience_beside_a_ba_straight_after_a_levels_are_no_career() -> None:
    body = (
        "Hello,\n\nWith three years of experience in the sector, I am applying to your programme.\n\n"
        "I left school with my A-levels in 2022 and went straight into a BA in Social Policy, which I "
        "finished in June 2025. I am looking for a job in a charity.\n\nBen Carter"
    )
    assert status(read(body), "not_career_change") == "met"


def test_ten_years_of_a_trade_between_the_bac_and_a_late_degree_stay_a_career_change() -> None:
    body = (
        "Bonjour,\n\nJ'ai eu mon bac en 2012, puis j'ai travaillé dix ans comme vendeuse en grande surface. "
        "J'ai repris une licence de sociologie, obtenue en juin 2025. Je cherche un poste dans une "
        "association.\n\nChloé Marchand"
    )
    assert status(read(body), "not_career_change") == "not_met"


def test_a_change_named_beside_a_continuous_path_is_never_set_aside() -> None:
    body = (
        "Bonjour,\n\nC'est une reconversion : trois ans dans la restauration. J'ai eu mon bac en 2022 et "
        "ma licence en juin 2025. Je cherche un poste dans une association.\n\nMaël Guérin"
    )
    assert status(read(body), "not_career_change") != "met"


# Years said spent in the field's own work.


def test_years_of_experience_in_the_social_support_of_families_only_ask_whether_a_change() -> None:
    body = (
        "Madame, Monsieur,\n\nForte de six ans d'expérience dans l'accompagnement social de familles, je "
        "vous adresse ma candidature.\n\nDiplômée d'État d'assistante de service social (juin 2025), je "
        "souhaite rejoindre une association d'insertion.\n\nInès Garnier"
    )
    assert status(read(body), "not_career_change") == "unknown"


def test_years_of_experience_in_retail_banking_stay_another_career() -> None:
    body = (
        "Madame, Monsieur,\n\nForte de six ans d'expérience dans la banque de détail, je vous adresse ma "
        "candidature.\n\nDiplômée d'État d'assistante de service social (juin 2025), je souhaite rejoindre "
        "une association d'insertion.\n\nInès Garnier"
    )
    assert status(read(body), "not_career_change") == "not_met"


# Two versions, both the tool's.


def test_two_versions_of_the_tool_giving_the_diploma_two_years_leave_the_date_open() -> None:
    body = (
        "Bonjour, l'IA m'a proposé deux textes, je vous mets les deux.\n\nVersion A\nMadame, Monsieur, "
        "titulaire d'un BTS économie sociale familiale obtenu en juin 2026, je souhaite travailler dans un "
        "centre social.\n\nVersion B\nBonjour ! Diplômée depuis juin 2022 d'un BTS économie sociale "
        "familiale, je cherche un poste dans un centre social.\n\nMaëlle Dufour"
    )
    assert read(body)["education"]["graduation"] is None
    assert status(read(body), "graduation_recent") == "unknown"


def test_two_english_options_dating_the_ba_differently_leave_the_date_open() -> None:
    body = (
        "Hi, the assistant gave me two options, I couldn't choose:\n\nOption 1 (formal)\nDear team, I "
        "graduated with a BA in Youth Work in July 2025 and wish to join a charity.\n\nOption 2 (friendly)\n"
        "Hi there! I finished my BA in Youth Work back in 2023 and I'd love to work for a charity.\n\n"
        "Jade Moss"
    )
    assert status(read(body), "graduation_recent") == "unknown"


def test_two_versions_that_agree_on_the_year_keep_the_date() -> None:
    body = (
        "Bonjour, l'IA m'a proposé deux textes, je vous mets les deux.\n\nVersion A\nMadame, Monsieur, "
        "titulaire d'un BTS économie sociale familiale obtenu en juin 2026, je souhaite travailler dans un "
        "centre social.\n\nVersion B\nBonjour ! Diplômée en juin 2026 d'un BTS économie sociale familiale, "
        "je cherche un poste dans un centre social.\n\nMaëlle Dufour"
    )
    assert read(body)["education"]["graduation"] == "2026-06"


def test_a_rough_note_dating_the_diploma_wins_over_a_polished_version_that_dates_it_otherwise() -> None:
    body = (
        "Mon brouillon :\nbts esf eu en juin 2026, je cherche dans un centre social\n\nVersion améliorée :\n"
        "Madame, Monsieur, diplômée depuis 2022 d'un BTS économie sociale familiale, je souhaite rejoindre "
        "un centre social.\n\nMaëlle Dufour"
    )
    assert read(body)["education"]["graduation"] == "2026-06"


# Availability tied to the end of the writer's own internship.


def test_being_free_from_the_end_of_ones_internship_with_no_date_leaves_the_internship_asked() -> None:
    body = (
        "Bonjour,\n\nDiplômé d'une licence de géographie en juin 2026, je serai disponible dès la fin de mon "
        "stage au sein d'une fédération d'associations. Je cherche un poste de chargé de projet en "
        "association.\n\nHugo Lemoine"
    )
    assert status(read(body), "not_internship") == "unknown"


def test_being_free_from_the_end_of_ones_internship_dated_next_spring_is_an_internship_running() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'un master de sociologie en juin 2025, je serai disponible dès la fin de mon "
        "stage, le 15 mars 2027. Je cherche un poste en association.\n\nLou Garcia"
    )
    assert status(read(body), "not_internship") == "not_met"


def test_being_free_at_once_after_an_internship_told_over_stays_no_internship() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'un master de sociologie en juin 2025, mon stage à la mairie est fini et je "
        "suis disponible immédiatement. Je cherche un poste en association.\n\nLou Garcia"
    )
    assert status(read(body), "not_internship") == "met"


# A first degree placed by the place its own phrase says it was taken in.


def test_a_bsc_its_phrase_says_taken_in_mombasa_is_a_kenyan_four_year_degree() -> None:
    body = (
        "Hello,\n\nI completed my BSc in Agricultural Economics in Mombasa in June 2025 and now live in "
        "Lyon. I want to work for a cooperative.\n\nAmani Otieno"
    )
    assert read(body)["education"]["bac_plus"] == 4


def test_a_place_of_the_story_after_the_degree_places_no_degree() -> None:
    body = (
        "Hello,\n\nI completed a BA in Sociology at Sussex in June 2025, then volunteered at a food bank in "
        "Boston. I want to work for a charity.\n\nAmy Stone"
    )
    assert read(body)["education"]["bac_plus"] == 3


def test_asking_us_to_say_whether_the_application_arrived_is_no_request_to_a_tool() -> None:
    assert (
        own_words_and_draft(
            "Bonjour,\n\nJ'ai un BTS de 2025.\n\nFais-moi savoir si ma candidature est bien arrivée.\n\nMerci"
        )
        is None
    )
