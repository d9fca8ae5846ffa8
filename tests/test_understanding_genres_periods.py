"""A résumé's periods in a mail: a pasted profile's entry set on several lines, its period on a line of its
own («févr. 2026 - aujourd'hui · 10 mois»), read with the role and the diploma above it; a «today» whose
length says the profile was written months ago is the profile's, not the mail's; a CV typed in the body
read with its «Objectif» heading."""

from __future__ import annotations

from reading_day import TODAY, extracted, names, status

from intake.understanding.periods import find_period, resume_entries_joined, stale_today

PROFILE_FR = """Bonjour, je vous transmets mon profil, il est à jour.

Nadia Ferrand
Animation de réseaux | Solidarité | Lyon

Infos
Je souhaite travailler dans une coopérative ou une association d'insertion.

Expérience
Stagiaire en animation de réseau
Fédération des épiceries solidaires · Stage
{period}
Villeurbanne

Formation
Université Lumière Lyon 2
Licence professionnelle Coordination de projets
2024 - 2025
"""

PROFILE_EN = """Hi, here is my profile as it is online tonight.

Tom Whitaker
Community projects | Social economy

About
I want to work for a housing cooperative or a charity.

Experience
Project intern
Habitat Partage · Internship
{period}

Education
University of Leeds
BA (Hons) Social Policy
2023 - 2026
"""


def test_a_profile_internship_dated_to_today_on_its_own_line_is_held_now() -> None:
    result = extracted(PROFILE_FR.format(period="févr. 2026 - aujourd'hui · 10 mois"))
    assert status(result, "not_internship") == "not_met"


def test_a_profile_internship_running_to_present_on_its_own_line_is_held_now() -> None:
    result = extracted(PROFILE_EN.format(period="Sep 2026 - Present"))
    assert status(result, "not_internship") == "not_met"


def test_a_profile_internship_closed_on_its_own_line_is_over() -> None:
    result = extracted(PROFILE_FR.format(period="janv. 2025 - juin 2025 · 6 mois"))
    assert status(result, "not_internship") == "met"


def test_a_diploma_dated_on_the_line_under_it_is_obtained_that_year() -> None:
    result = extracted(PROFILE_FR.format(period="janv. 2025 - juin 2025 · 6 mois"))
    assert result["education"]["graduation"] == "2025"
    assert status(result, "graduation_recent") == "met"


def test_a_degree_dated_on_the_line_under_it_in_english_is_obtained_that_year() -> None:
    result = extracted(PROFILE_EN.format(period="Jan 2025 - Jun 2025 · 6 mos"))
    assert result["education"]["graduation"] == "2026"


def test_a_today_whose_length_ends_months_ago_is_the_profile_s_day_not_the_mail_s() -> None:
    result = extracted(PROFILE_FR.format(period="janv. 2026 - aujourd'hui · 4 mois"))
    assert status(result, "not_internship") == "unknown"


def test_a_present_whose_length_ends_months_ago_is_the_profile_s_day() -> None:
    assert stale_today("Project intern · Habitat Partage · Feb 2026 - Present · 5 mos", TODAY)
    assert not stale_today("Project intern · Habitat Partage · Sep 2026 - Present · 3 mos", TODAY)


CV_FR = """Bonjour, voici mon CV, le fichier ne passe pas.

ROMAIN DELCOURT
Nantes — 06 41 27 88 13

FORMATION
2023-2025    BTS Économie sociale familiale, lycée Talensac

EXPÉRIENCE
2025         Animateur en centre de loisirs (CDD)

OBJECTIF
Conseiller en insertion dans une entreprise d'insertion ou une régie de quartier
"""


def test_a_cv_in_the_body_reads_its_objective_heading_with_the_line_under_it() -> None:
    assert status(extracted(CV_FR), "job_seeking_ess") == "met"


def test_a_resume_in_english_reads_its_objective_heading_with_the_line_under_it() -> None:
    cv = CV_FR.replace("OBJECTIF", "OBJECTIVE").replace("FORMATION", "EDUCATION").replace(
        "EXPÉRIENCE", "EXPERIENCE"
    )
    cv = cv.replace(
        "Conseiller en insertion dans une entreprise d'insertion ou une régie de quartier",
        "Support worker in a housing charity or a cooperative",
    )
    assert status(extracted(cv), "job_seeking_ess") == "met"


def test_a_period_line_reads_its_start_its_end_or_today_and_its_length() -> None:
    ongoing = find_period("oct. 2025 - à ce jour · 1 an 2 mois")
    assert ongoing is not None and ongoing.ongoing and ongoing.end is None and ongoing.length == 14
    closed = find_period("2021 – 2024")
    assert closed is not None and not closed.ongoing and closed.end is not None and closed.end.year == 2024
    since = find_period("Depuis mars 2026")
    assert since is not None and since.ongoing and since.start is not None and since.start.month == 3
    assert find_period("Licence obtenue en 2024 avec mention") is None


def test_lines_of_a_mail_not_laid_out_as_a_resume_are_never_joined() -> None:
    text = "Bonjour,\nj'ai fini mon stage\njuin 2025\nmerci\n\nFormation\nBTS\n\nà bientôt"
    assert resume_entries_joined(text) == text


TIMELINE = """Bonjour,

{trade}
2021-2024 : diplôme d'État d'assistante de service social, obtenu en juillet 2024
depuis : je cherche un poste dans une association d'hébergement

Capucine Arnaud — 06 52 18 44 90
"""


def test_years_in_a_trade_on_a_timeline_before_a_degree_are_a_career_change() -> None:
    result = extracted(TIMELINE.format(trade="2009 : bac pro vente\n2010-2020 : caissière en hypermarché"))
    assert status(result, "not_career_change") == "not_met"


def test_a_few_years_of_temping_on_a_timeline_leave_the_career_change_open() -> None:
    trade = "2009 : bac pro vente\n2010-2015 : plusieurs années en intérim, divers postes"
    assert status(extracted(TIMELINE.format(trade=trade)), "not_career_change") == "unknown"


def test_a_volunteering_of_unstated_scheme_dated_since_on_a_timeline_is_asked() -> None:
    body = (
        "Bonjour,\n\n2019-2022 : BUT Carrières sociales\nseptembre 2022 : diplôme obtenu\n"
        "depuis sept. 2026 : volontariat à la Maison des familles de Laval\n\nÉlise — 06 11 52 73 84\n"
    )
    assert status(extracted(body), "not_service_civique") == "unknown"


PROFILE_CAREER = """Bonjour, mon profil ci-dessous.

Yanis Berthier
Animateur | Jeunesse | Metz

Infos
Je cherche un poste d'animateur dans une MJC ou une association.

Expérience
Agent de sécurité · Protect Services · 2011 - 2022 · 11 ans

Formation
CREPS de Lorraine · BPJEPS Loisirs tous publics · 2022 - 2024
"""


def test_years_in_a_trade_on_a_profile_before_its_diploma_are_a_career_change() -> None:
    assert status(extracted(PROFILE_CAREER), "not_career_change") == "not_met"


CV_EXPERIENCE = """Bonjour,

INÈS MOREAU
Lille — 07 44 81 29 60

FORMATION
2023-2025    Licence professionnelle Médiation sociale, Université de Lille

EXPÉRIENCE
2025-2026    Médiatrice (CDD), Centre social Marcel Pagnol

OBJECTIF
Médiatrice dans une association de quartier
"""


def test_the_name_heading_a_cv_typed_in_the_body_is_the_sender_s_own() -> None:
    result = extracted(CV_EXPERIENCE, from_name="Inès Moreau", from_addr="ines.moreau@example.org")
    assert names(result) == ("Inès", "Moreau")
    assert result["applicant"]["email"] == "ines.moreau@example.org"


def test_a_foreign_degree_whose_recognition_is_asked_leaves_the_level_open() -> None:
    body = (
        "Bonjour,\n\nJe suis titulaire d'une Licenciatura en Trabajo Social de l'Universidade do Porto "
        "(2025), reconnaissance ENIC-NARIC demandée. Je cherche un poste dans une association.\n\nMarta"
    )
    assert status(extracted(body), "degree_level") == "unknown"
