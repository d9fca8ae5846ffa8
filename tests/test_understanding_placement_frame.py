"""Where a fact sits in the mail, read as a meaning (stop 34, placement): the signature's title is the
writer's role today unless the body disowns it, a postscript that corrects the letter is the last word, the
subject is a line of the writer's own, and a fact said of someone in a family story stays theirs."""

from __future__ import annotations

from reading_day import extracted, status

SENDER = {"from_name": "Lucas Perrin", "from_addr": "lucas.perrin@example.org"}
DEGREE = "J'ai obtenu un DUT GEA en juin 2025 et je cherche un poste de gestionnaire dans une mutuelle."
DEGREE_EN = "I completed a BA in Sociology in July 2025 and I am looking for a job in a housing charity."


# ------------------------------------------------------------------ the signature's title
def test_a_civic_service_title_under_the_signature_mark_is_held_now() -> None:
    signature = "--\nLucas Perrin\nVolontaire en service civique — Secours populaire\n06 12 45 78 90"
    body = f"Bonjour,\n\n{DEGREE}\n\nMerci d'avance.\n\n{signature}"
    assert status(extracted(body, **SENDER), "not_service_civique") == "not_met"


def test_an_intern_title_under_the_name_is_held_now() -> None:
    signature = "Lucas Perrin\nStagiaire assistant de gestion\nMutuelle des Cévennes\n06 12 45 78 90"
    body = f"Bonjour,\n\n{DEGREE}\n\n{signature}"
    assert status(extracted(body, **SENDER), "not_internship") == "not_met"


def test_an_intern_title_in_an_english_signature_is_held_now() -> None:
    body = (
        f"Hello,\n\n{DEGREE_EN}\n\nKind regards,\nLucas Perrin\nIntern, Fundraising team\n+33 6 12 45 78 90"
    )
    assert status(extracted(body, subject="Application", **SENDER), "not_internship") == "not_met"


def test_a_signature_the_body_says_is_out_of_date_is_no_role_of_today() -> None:
    body = (
        f"Bonjour,\n\n{DEGREE} Ma signature automatique n'est plus à jour, la mission est terminée depuis "
        "septembre.\n\nLucas Perrin\nVolontaire en service civique — Restos du Cœur\n06 12 45 78 90"
    )
    assert status(extracted(body, **SENDER), "not_service_civique") == "met"
    english = (
        f"Hello,\n\n{DEGREE_EN} Please ignore my signature, it is out of date.\n\nLucas Perrin\n"
        "Intern — Unis-Cité\n+33 6 12 45 78 90"
    )
    assert status(extracted(english, subject="Application", **SENDER), "not_internship") == "met"


def test_a_title_under_a_mail_sent_from_an_old_account_is_asked() -> None:
    body = (
        f"Bonjour,\n\nJ'écris depuis mon ancien compte de l'association. {DEGREE}\n\nLucas Perrin\n"
        "Stagiaire chargé de projet — Maison des Solidarités\n06 12 45 78 90"
    )
    assert status(extracted(body, **SENDER), "not_internship") == "unknown"


# ------------------------------------------------------------------ the postscript that corrects
def test_a_postscript_correcting_a_running_internship_ends_it() -> None:
    body = (
        "Bonjour,\n\nJe suis en stage dans une épicerie solidaire et j'ai eu mon BTS SP3S en juin 2025. "
        "Je cherche un poste de coordinateur.\n\nLucas Perrin\n\n"
        "PS : rectificatif, mon stage s'est achevé le 6 novembre, j'ai mal formulé ça plus haut."
    )
    assert status(extracted(body, **SENDER), "not_internship") == "met"
    only_adds = body.split("PS :")[0] + "PS : mon numéro change la semaine prochaine."
    assert status(extracted(only_adds, **SENDER), "not_internship") == "not_met"


def test_an_update_line_after_the_letter_ends_a_civic_service() -> None:
    body = (
        f"Hello,\n\nI am doing a civic service at a youth centre. {DEGREE_EN}\n\nLucas Perrin\n\n"
        "Update: my civic service ended on 14 November, I wrote this letter before that."
    )
    assert status(extracted(body, subject="Application", **SENDER), "not_service_civique") == "met"


# ------------------------------------------------------------------ the subject line
def test_a_civic_service_in_the_subject_with_its_end_is_held_now() -> None:
    body = (
        f"Bonjour,\n\n{DEGREE}\n\nPourriez-vous me dire quand commence la prochaine session ?\n\nLucas Perrin"
    )
    result = extracted(body, subject="Candidature : volontaire Unis-Cité Rennes jusqu'en mai", **SENDER)
    assert status(result, "not_service_civique") == "not_met"


# ------------------------------------------------------------------ a fact of someone else in a story
def test_an_internship_of_a_cousin_named_with_his_first_name_stays_his() -> None:
    body = (
        "Bonjour,\n\nMon cousin germain Théo a un CAP et vient de commencer un stage à la Caf ; ma tante "
        f"passe le permis. {DEGREE}\n\nLucas Perrin"
    )
    assert status(extracted(body, **SENDER), "not_internship") == "met"


def test_a_civic_service_of_a_named_sister_in_a_list_of_relatives_stays_hers() -> None:
    body = (
        "Bonjour,\n\nMon oncle a été maire, ma cousine Lina est actuellement en service civique dans une "
        f"maison de quartier jusqu'en mai, et mon voisin fait un stage à la mairie. {DEGREE}\n\nLucas Perrin"
    )
    assert status(extracted(body, **SENDER), "not_service_civique") == "met"


def test_the_eldest_of_the_sisters_working_for_years_is_no_career_change_of_the_writer() -> None:
    body = (
        "Bonjour,\n\nJ'ai deux sœurs. L'aînée a quitté l'école après le brevet et travaille dans une usine "
        f"depuis 2015 ; la cadette est au lycée. {DEGREE}\n\nLucas Perrin"
    )
    assert status(extracted(body, **SENDER), "not_career_change") == "met"


# ------------------------------------------------------------------ a footnote on a word
def test_a_footnote_dating_a_diploma_dates_the_word_it_is_called_on() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'un BUT Gestion administrative et commerciale**, je voudrais rejoindre "
        "une coopérative d'habitants.\n\nCordialement,\nLucas Perrin\n\n** validé en juillet 2022 à "
        "l'IUT de Brest"
    )
    assert status(extracted(body, **SENDER), "graduation_recent") == "not_met"


def test_an_english_footnote_saying_the_degree_was_not_obtained_leaves_no_degree() -> None:
    body = (
        "Hello,\n\nAfter my A-levels I spent three years on a BSc in Geography*, then worked in a café. I "
        "would like a job in a housing co-operative.\n\nBest,\nLucas Perrin\n\n* not obtained: I failed "
        "the final exams in June 2024"
    )
    assert status(extracted(body, subject="Application", **SENDER), "degree_level") != "met"
