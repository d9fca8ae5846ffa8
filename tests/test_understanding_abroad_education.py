"""Education and dates classes found on the abroad corpus (stop 22): foreign degree names and their French
level, levels that cannot honestly be told, and the ways a diploma's date is written (counted back from the
mail, an academic year, an exam session, a class year). Each class in phrasings and documents of our own,
French and English, read through `propulse extract`'s path on 2026-11-26."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_message, make_pdf
from reading_day import TODAY, criterion, read

from intake.extract import extract_message
from intake.understanding.dates import count_of, count_words, find_dates

AIM = "Je cherche un emploi dans une association de l'économie sociale et solidaire."
EN_AIM = "I am looking for a job with a French charity."


def _read_cv(lines: list[str], body: str = "Bonjour, mon CV est en pièce jointe.") -> dict[str, Any]:
    pdf = make_pdf(["Awa Sarr", "awa.sarr@example.org", *lines])
    return extract_message(make_message(body, attachments=[("cv.pdf", "application/pdf", pdf)]), today=TODAY)


def _level(body: str) -> Any:
    return (read(body)["education"] or {}).get("bac_plus")


def _graduation(body: str) -> Any:
    return (read(body)["education"] or {}).get("graduation")


# Dates counted back from the mail: any count, in words or figures, with a half or extra months.


def test_counts_in_words_are_read_as_numbers() -> None:
    said = ("quatorze", "dix-huit", "vingt et un", "vingt-quatre", "twenty-four", "7")
    assert [count_of(w) for w in said] == [14, 18, 21, 24, 24, 7]


def test_the_small_counts_in_words_are_the_ones_count_of_reads_without_the_english_articles() -> None:
    said = count_words(5).split("|")
    assert {"un", "une", "cinq", "one", "five"} <= set(said) and not {"a", "an", "six"} & set(said)
    assert [count_of(w) for w in said] == [count_of(w.upper()) for w in said]
    assert sorted({count_of(w) for w in said}) == [1, 2, 3, 4, 5]
    assert "one" not in count_words(12, english=False).split("|")


def test_il_y_a_quatorze_mois_dates_the_diploma_fourteen_months_before_the_mail() -> None:
    result = read(f"J'ai validé ma licence de psychologie à Rouen il y a quatorze mois. {AIM}")
    assert result["education"]["graduation"] == "2025-09"
    assert result["eligibility"]["verdict"] == "eligible"


def test_three_years_and_a_half_ago_is_too_long_ago() -> None:
    result = read(f"J'ai obtenu mon master d'histoire à Dijon il y a trois ans et demi. {AIM}")
    assert result["education"]["graduation"] == "2023-05"
    assert criterion(result, "graduation_recent")["status"] == "not_met"


def test_two_years_and_three_months_ago_is_past_the_limit_by_a_few_months() -> None:
    result = read(f"J'ai eu mon DUT informatique à Nantes il y a deux ans et trois mois. {AIM}")
    assert result["education"]["graduation"] == "2024-08"
    assert criterion(result, "graduation_recent")["status"] == "not_met"


def test_a_count_given_roughly_is_still_the_count() -> None:
    body = f"Je suis sorti de l'IAE de Caen il y a un peu plus d'un an, avec un master de gestion. {AIM}"
    assert _graduation(body) == "2025"


def test_an_english_count_back_in_words_dates_the_degree() -> None:
    result = read(f"I completed my BA in History at Leeds roughly twenty months ago. {EN_AIM}")
    assert result["education"]["graduation"] == "2025-03"
    assert result["eligibility"]["verdict"] == "eligible"


def test_an_english_two_and_a_half_years_ago_is_too_long_ago() -> None:
    result = read(f"I got my MSc in Geography two and a half years ago. {EN_AIM}")
    assert result["education"]["graduation"] == "2024-05"
    assert criterion(result, "graduation_recent")["status"] == "not_met"


def test_the_evidence_says_how_a_date_counted_back_was_read() -> None:
    result = read(f"J'ai fini mon BTS comptabilité il y a vingt et un mois. {AIM}")
    evidence = criterion(result, "graduation_recent")["evidence"]["text"]
    assert "J'ai fini mon BTS comptabilité il y a vingt et un mois." in evidence
    assert "21 mois avant le message" in evidence and "2025-02" in evidence


def test_more_than_two_years_ago_is_past_the_limit() -> None:
    result = read(f"J'ai obtenu ma licence de géographie il y a plus de deux ans. {AIM}")
    assert criterion(result, "graduation_recent")["status"] == "not_met"
    english = read(f"I graduated with a BA in Sociology more than two years ago. {EN_AIM}")
    assert criterion(english, "graduation_recent")["status"] == "not_met"


def test_graduated_for_a_year_and_a_half_dates_the_diploma_eighteen_months_back() -> None:
    assert _graduation(f"Diplômée depuis un an et demi d'une licence de droit à Lomé. {AIM}") == "2025-05"


def test_a_search_going_on_for_a_year_and_a_half_dates_nothing() -> None:
    assert find_dates("Je cherche un emploi depuis un an et demi.", TODAY) == []


def test_a_course_resumed_months_ago_is_not_dated_by_its_resumption() -> None:
    dates = find_dates("J'ai repris ma licence à distance il y a sept mois.", TODAY)
    assert dates == []


# Academic years and exam sessions: the year or month they end in, said in the evidence.


def test_an_academic_year_dates_the_diploma_in_its_second_year() -> None:
    result = read(f"Master de sociologie obtenu au terme de l'année académique 2024-2025. {AIM}")
    assert result["education"]["graduation"] == "2025"
    evidence = criterion(result, "graduation_recent")["evidence"]["text"]
    assert "« 2024-2025 » : 2025" in evidence


def test_a_session_de_juin_dates_the_diploma_in_june() -> None:
    result = read(f"J'ai décroché mon DUT carrières sociales à la session de juin 2025. {AIM}")
    assert result["education"]["graduation"] == "2025-06"
    evidence = criterion(result, "graduation_recent")["evidence"]["text"]
    assert "session de juin 2025" in evidence and "le mois de la session" in evidence


def test_a_seconde_session_with_its_month_dates_the_diploma_in_that_month() -> None:
    body = f"Mon bachelier en droit, je l'ai eu en seconde session (août 2025). {AIM}"
    assert _graduation(body) == "2025-08"


def test_a_class_of_year_dates_an_english_degree() -> None:
    result = read(f"University of Ottawa, B.Sc. Nursing, Class of 2025. {EN_AIM}")
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025"


# Foreign degree names and the French level ENIC-NARIC gives them.


def test_a_laurea_triennale_is_read_as_bac_plus_3() -> None:
    assert _level(f"Ho conseguito la laurea triennale in lettere a Pisa nel luglio 2025. {AIM}") == 3


def test_a_mestrado_is_read_as_a_master() -> None:
    result = read(f"Mestrado em serviço social (Universidade de Coimbra), concluído em 03/2026. {AIM}")
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2026-03"


def test_a_polish_magister_is_read_as_a_master() -> None:
    assert _level(f"J'ai obtenu un magister en sociologie à Wrocław en juin 2025. {AIM}") == 5


def test_a_dottorato_is_read_as_a_doctorate() -> None:
    assert _level(f"J'ai obtenu mon dottorato di ricerca en histoire à Padoue en mars 2026. {AIM}") == 8


def test_a_licencjat_is_read_as_a_licence() -> None:
    assert _level(f"J'ai un licencjat en pédagogie de l'université de Łódź, obtenu en juin 2025. {AIM}") == 3


def test_a_higher_national_diploma_is_read_as_bac_plus_2() -> None:
    result = read(f"I hold an HND in Business Management (Buea, June 2025). {EN_AIM}")
    assert result["education"]["bac_plus"] == 2
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_higher_national_certificate_is_one_year_of_higher_education() -> None:
    result = read(f"I finished a Higher National Certificate in Social Care in May 2025. {EN_AIM}")
    assert result["education"]["bac_plus"] == 1
    assert criterion(result, "degree_level")["status"] == "not_met"


def test_a_spanish_higher_vocational_cycle_is_read_as_a_bts() -> None:
    body = f"Tengo un ciclo formativo de grado superior en animación sociocultural (junio 2025). {AIM}"
    result = read(body)
    assert result["education"]["bac_plus"] == 2


def test_a_grado_in_english_is_a_bachelors_degree() -> None:
    assert _level(f"Universidad de Sevilla, Grado in Social Work, Class of 2026. {EN_AIM}") == 3


def test_a_quebec_maitrise_is_a_master_and_a_french_maitrise_is_bac_plus_4() -> None:
    quebec = f"J'ai complété une maîtrise en travail social à l'Université de Sherbrooke en 2025. {AIM}"
    france = f"J'ai obtenu une maîtrise de lettres à Poitiers en 2025. {AIM}"
    assert (_level(quebec), _level(france)) == (5, 4)


def test_a_quebec_university_baccalaureat_is_not_the_french_bac() -> None:
    body = f"J'ai terminé mon baccalauréat en service social à l'Université de Montréal en mai 2026. {AIM}"
    result = read(body)
    assert result["education"]["bac_plus"] >= 2
    assert criterion(result, "degree_level")["status"] == "met"


def test_a_french_baccalaureat_stays_the_bac() -> None:
    result = read(f"J'ai eu mon baccalauréat en 2023 au lycée de Brest, sans études ensuite. {AIM}")
    assert result["education"]["bac_plus"] == 0


def test_a_belgian_bachelier_owned_is_a_bac_plus_3() -> None:
    result = read(f"J'ai obtenu mon bachelier éducateur spécialisé à Mons en juin 2025. {AIM}")
    assert result["education"]["bac_plus"] == 3
    assert result["eligibility"]["verdict"] == "eligible"


def test_degree_titles_written_with_dots_are_read() -> None:
    assert _level(f"B.A. Political Science, University of Toronto, 2025. {EN_AIM}") == 3
    assert _level(f"M.Sc. Environmental Studies, York University, 2025. {EN_AIM}") == 5


# The end of secondary school abroad and vocational qualifications of the bac's level fail the criterion.


def test_an_italian_maturita_alone_is_below_bac_plus_2() -> None:
    result = read(f"Ho solo il diploma di maturità (liceo di Bari, 2024). {AIM}")
    assert result["education"]["bac_plus"] == 0
    assert criterion(result, "degree_level")["status"] == "not_met"


def test_a_swiss_cfc_alone_is_below_bac_plus_2() -> None:
    result = read(f"J'ai terminé mon apprentissage avec un CFC de logisticien en juillet 2025. {AIM}")
    assert result["education"]["bac_plus"] == 0
    assert criterion(result, "degree_level")["status"] == "not_met"


def test_a_polish_matura_held_alone_is_below_bac_plus_2() -> None:
    assert _level(f"J'ai seulement la matura, passée à Lublin en 2024. {AIM}") == 0


def test_maturity_as_a_quality_is_not_a_diploma() -> None:
    result = read(f"J'ai gagné en maturité en voyageant, et j'ai un BTS obtenu en juin 2025. {AIM}")
    assert result["education"]["bac_plus"] == 2


# Levels that cannot honestly be told stay open; their date is still the graduation.


def test_a_technical_dec_leaves_the_level_open_and_keeps_its_date() -> None:
    result = read(f"J'ai un DEC technique en éducation spécialisée (cohorte 2025). {AIM}")
    assert result["education"]["bac_plus"] is None
    assert result["education"]["graduation"] == "2025"
    assert criterion(result, "degree_level")["status"] == "unknown"


def test_a_federal_certificate_after_a_cfc_is_asked_about_not_refused() -> None:
    result = read(f"Après mon CFC, j'ai passé un brevet fédéral de comptable (04/2026). {AIM}")
    assert criterion(result, "degree_level")["status"] == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_level_stated_by_the_writer_decides_an_unknown_name() -> None:
    body = f"J'ai une AEC en gestion de projets, reconnue bac+2 par ENIC-NARIC, obtenue en juin 2025. {AIM}"
    assert _level(body) == 2


def test_an_english_foundation_degree_keeps_its_date_with_the_level_open() -> None:
    result = read(f"I completed a Foundation Degree in Youth Work in June 2026. {EN_AIM}")
    assert result["education"]["graduation"] == "2026-06"
    assert criterion(result, "degree_level")["status"] == "unknown"


def test_a_job_title_of_technicien_superieur_is_not_a_diploma() -> None:
    body = f"J'ai une licence pro obtenue en juin 2025, je suis technicien supérieur chez Veolia. {AIM}"
    result = read(body)
    assert criterion(result, "degree_level")["status"] == "met"


def test_a_school_named_with_a_year_does_not_date_a_graduation() -> None:
    result = read(f"J'ai étudié à l'Université Paris 8 en 2021. {AIM}")
    assert result["education"]["graduation"] is None


# A recognition pending is not a diploma in progress.


def test_an_equivalence_pending_leaves_the_diploma_obtained() -> None:
    result = read(f"BTS tourisme obtenu à Dakar en 06/2025, demande d'équivalence en cours. {AIM}")
    assert result["education"]["in_progress"] is False
    assert result["education"]["graduation"] == "2025-06"
    assert criterion(result, "studies_finished")["status"] == "met"


def test_an_english_recognition_in_progress_leaves_the_degree_obtained() -> None:
    result = read(f"I hold a BSc in Psychology (Lagos, May 2025); my recognition is in progress. {EN_AIM}")
    assert result["education"]["in_progress"] is False


# Which diploma is the highest had: one refused, one held while the next is prepared, one of a relative.


def test_a_master_one_does_not_want_is_not_had() -> None:
    result = read(f"J'ai ma licence d'histoire (2025) et je ne compte pas faire de master. {AIM}")
    assert result["education"]["bac_plus"] == 3


def test_not_going_on_to_the_m2_leaves_the_m1_as_the_highest() -> None:
    result = read(f"J'ai validé mon M1 de droit en juin 2025 et je ne poursuis pas en M2. {AIM}")
    assert result["education"]["bac_plus"] == 4


def test_an_english_master_not_wanted_is_not_had() -> None:
    assert _level(f"I got my BA in June 2025 and I don't want to do a master's. {EN_AIM}") == 3


def test_a_master_left_unfinished_in_a_relative_clause_is_not_had() -> None:
    assert _level(f"J'ai une licence d'anglais. J'ai aussi un master que je n'ai jamais fini. {AIM}") == 3


def test_an_m1_held_while_in_m2_is_the_highest_obtained() -> None:
    result = read(f"Je suis en M2 de géographie à Tours et j'ai déjà mon M1. {AIM}")
    assert result["education"]["bac_plus"] == 4
    assert criterion(result, "studies_finished")["status"] == "not_met"


def test_an_english_m1_held_while_in_m2_is_the_highest_obtained() -> None:
    assert _level(f"I'm in my M2 now and I already have my M1. {EN_AIM}") == 4


def test_a_diploma_a_parent_says_their_child_did_is_had() -> None:
    body = "Ma fille Awa a fait un BTS comptabilité à Abidjan ; elle cherche un emploi dans une mutuelle."
    assert _level(body) == 2


# Documents: a CV's lines, foreign degrees listed with their dates.


def test_a_master_1_on_a_cv_is_bac_plus_4() -> None:
    result = _read_cv(
        ["FORMATION", "Master 1 Sciences sociales, Université de Lomé, 2025", "Licence, 2024", AIM]
    )
    assert result["education"]["bac_plus"] == 4
    assert result["education"]["graduation"] == "2025"


def test_a_mestrado_on_a_cv_is_the_highest_of_the_degrees_listed() -> None:
    lines = [
        "EDUCATION",
        "Licenciatura em Sociologia, Universidade do Porto, 2022",
        "Mestrado em Economia Social, ISCTE, 07/2025",
        EN_AIM,
    ]
    result = _read_cv(lines)
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2025-07"


def test_a_level_unknown_diploma_on_a_cv_is_asked_about_even_with_a_bac_below_it() -> None:
    lines = [
        "DIPLÔMES",
        "Diplôme de technicien spécialisé en gestion, OFPPT Rabat, juin 2025",
        "Baccalauréat sciences économiques, 2022",
        AIM,
    ]
    result = _read_cv(lines)
    assert criterion(result, "degree_level")["status"] == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


# What the new names must not catch.


def test_the_first_bachelier_of_a_family_holds_the_bac_not_a_belgian_degree() -> None:
    assert (
        _level(f"Je suis le premier bachelier de ma famille, et je n'ai pas fait d'études après. {AIM}") != 3
    )


def test_an_association_that_has_proved_itself_gives_no_diploma_to_the_writer() -> None:
    assert (
        _level(f"Je voudrais faire un master plus tard, dans une association qui a fait ses preuves. {AIM}")
        is None
    )


def test_having_only_time_left_is_not_having_a_diploma() -> None:
    assert _level(f"J'ai juste le temps de finir mon master avant l'été. {AIM}") != 5


def test_a_date_with_dots_dates_the_diploma_in_its_month() -> None:
    assert _graduation(f"Licence de droit obtenue à Lausanne le 30.09.2025. {AIM}") == "2025-09"


def test_last_year_and_last_summer_are_counted_from_the_mail_and_said_so() -> None:
    french = read(f"J'ai eu ma licence de langues l'an dernier. {AIM}")
    assert french["education"]["graduation"] == "2025"
    assert "« l'an dernier » : 2025" in criterion(french, "graduation_recent")["evidence"]["text"]
    english = read(f"I graduated last summer with a BSc in Ecology. {EN_AIM}")
    assert english["education"]["graduation"] == "2026"


def test_a_winter_semester_dates_the_degree_in_the_year_it_ends() -> None:
    result = read(f"J'ai terminé mon Bachelor à Fribourg au Wintersemester 2025/2026. {AIM}")
    assert result["education"]["graduation"] == "2026"
    assert "« 2025/2026 » : 2026" in criterion(result, "graduation_recent")["evidence"]["text"]


def test_an_ingenieur_d_etat_is_an_engineering_degree() -> None:
    assert _level(f"Ingénieur d'État en génie civil (EHTP Casablanca, juillet 2025). {AIM}") == 5


def test_a_polish_inzynier_is_a_first_cycle_degree() -> None:
    assert _level(f"J'ai un inżynier en génie de l'environnement de Gdańsk, obtenu en 2025. {AIM}") == 3


def test_a_german_staatsexamen_is_read_as_a_master() -> None:
    assert _level(f"J'ai obtenu mon Erstes Staatsexamen en droit à Munich en juillet 2025. {AIM}") == 5


def test_a_month_left_in_the_writers_language_dates_the_diploma() -> None:
    assert _graduation(f"J'ai eu ma laurea triennale à Bologne en luglio 2025. {AIM}") == "2025-07"
    assert _graduation(f"Licenciatura em Serviço Social, concluída em julho de 2025. {AIM}") == "2025-07"
    assert _graduation(f"Mon Bachelor à Fribourg est terminé depuis Juni 2025. {AIM}") == "2025-06"
