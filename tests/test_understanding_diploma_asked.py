"""Diplomas and studies inside the asking (h-alevel, stop 36): what a question presupposes of the writer's
diploma is a fact (a participle apposed to it, its month), what it asks is left open (a level read only by
analogy, a jury's results put under a condition, a failure imagined), and a status held only by the letter
(«inscrite, mais je n'y vais plus», «techniquement») is asked, never read as studies going on."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_diploma_with_a_participle_of_completion_apposed_inside_a_question_is_had_that_month() -> None:
    fr = extracted(
        "Bonjour,\n\nJe voudrais candidater. Est-ce que ma licence pro, obtenue en juillet, est encore assez "
        "récente pour vous ? Je cherche un poste dans une coopérative d'habitants.\n\nLina Morel"
    )
    assert fr["education"]["bac_plus"] == 3 and fr["education"]["graduation"] == "2026-07"
    assert status(fr, "degree_level") == "met" and status(fr, "graduation_recent") == "met"
    en = extracted(
        "Hello,\n\nI would like to apply. Is my BSc, completed in October, recent enough for your programme? "
        "I would like to work for a social enterprise.\n\nOwen Price"
    )
    assert en["education"]["graduation"] == "2026-10"
    assert status(en, "graduation_recent") == "met"


def test_an_ma_after_an_english_determiner_is_a_masters_even_with_no_field_after_it() -> None:
    result = extracted(
        "Hi,\n\nTwo questions: does my MA, finished in March 2025, count? And are the workshops online?\n"
        "I'm looking for a job in a charity.\n\nRuth Adeyemi"
    )
    assert result["education"]["bac_plus"] == 5 and result["education"]["graduation"] == "2025-03"


def test_a_school_bachelor_asked_to_count_as_a_bac_plus_three_leaves_its_level_open() -> None:
    fr = extracted(
        "Bonjour,\n\nJe souhaite candidater. Mon bachelor en management, décroché en juillet 2025, est-il "
        "reconnu comme un bac+3 ? Je vise une fondation.\n\nAgathe Roux"
    )
    assert status(fr, "degree_level") == "unknown"
    assert fr["education"]["graduation"] == "2025-07"
    # A national diploma keeps its level whatever is asked of it.
    bts = extracted(
        "Bonjour,\n\nJe souhaite candidater. Mon BTS, obtenu en juin 2025, compte-t-il comme un bac+2 ? Je "
        "vise une ressourcerie.\n\nAgathe Roux"
    )
    assert status(bts, "degree_level") == "met"


def test_a_foreign_degree_whose_worth_is_wondered_leaves_its_level_open_and_keeps_its_date() -> None:
    en = extracted(
        "Hello,\n\nI wonder whether my laurea triennale in education counts for you. I got it in May 2025. "
        "I'd like to work in a youth association.\n\nMarco Bellini"
    )
    assert status(en, "degree_level") == "unknown"
    assert en["education"]["graduation"] == "2025-05"


def test_exams_sat_at_the_end_of_a_month_are_behind_not_a_course_running_on() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai passé les derniers partiels de ma licence de sociologie fin octobre. Je cherche un "
        "poste dans une association d'éducation populaire.\n\nNina Garnier"
    )
    assert status(result, "studies_finished") != "not_met"


def test_jury_results_put_under_a_condition_leave_the_studies_open() -> None:
    fr = extracted(
        "Bonjour,\n\nJ'ai terminé les examens de mon master ESS en octobre. Puis-je postuler si les "
        "résultats du jury arrivent après la date limite ?\n\nJe vise une SCIC.\n\nPaul Girard"
    )
    assert status(fr, "studies_finished") == "unknown"
    en = extracted(
        "Hello,\n\nI sat the last exams of my MSc in October. Can I still apply if the exam board meets "
        "after your deadline?\n\nI want to work for a co-op.\n\nAmy Turner"
    )
    assert status(en, "studies_finished") == "unknown"


def test_a_failed_defence_only_imagined_is_no_course_going_on() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai soutenu mon mémoire de M2 il y a dix jours et j'attends le jury. Et si ma "
        "soutenance n'était pas validée, ma candidature tomberait-elle ?\n\nJe cherche un poste dans une "
        "mutuelle.\n\nHugo Lemaire"
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_course_enrolled_in_but_no_longer_attended_leaves_the_studies_open() -> None:
    fr = extracted(
        "Bonjour,\n\nJ'ai une licence de droit (juin 2025) et je suis inscrit en DU de médiation, mais je "
        "n'y assiste plus depuis la rentrée. Je cherche un emploi dans une association d'accès au droit.\n\n"
        "Karim Saïdi"
    )
    assert status(fr, "studies_finished") == "unknown"
    en = extracted(
        "Hello,\n\nI have a BA in history (June 2025). I am enrolled in an evening course in mediation but I "
        "no longer attend it. I'm looking for a job in a charity.\n\nLucy Hart"
    )
    assert status(en, "studies_finished") != "not_met"


def test_a_student_only_technically_is_a_doubt_on_the_studies_not_a_fact() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master d'urbanisme obtenu en septembre 2025. Techniquement, je suis toujours "
        "étudiante, non ? Je cherche un poste dans une foncière solidaire.\n\nClara Vidal"
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_year_of_university_said_not_validated_leaves_the_bac_the_highest() -> None:
    fr = extracted(
        "Bonjour,\n\nJe voudrais candidater, est-ce possible ? Niveau : bac STMG en 2022, puis une année "
        "de fac pas validée. Je cherche un emploi dans une association sportive.\n\nSami Haddad"
    )
    assert fr["education"]["bac_plus"] == 0
    en = extracted(
        "Hello,\n\nCan I apply? A-levels in 2021, then a year of university, not passed. I'm looking for a "
        "job in a charity.\n\nTom Baker"
    )
    assert en["education"]["bac_plus"] == 0


def test_a_graduate_named_by_her_profession_after_de_holds_its_state_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis diplômée d'éducatrice spécialisée, est-ce que je peux candidater ? Je cherche "
        "un poste dans un foyer associatif.\n\nEmma Colin"
    )
    assert result["education"]["bac_plus"] == 3
