"""The same letters in other code points (the typography corpus, t-code): a non-breaking hyphen, a soft hyphen
or a zero-width space inside a word, full-width digits, superscripts, ligatures, a modifier letter for the
apostrophe are read as the plain letters they write (intake/understanding/plain.py), and evidence still
quotes the writer's own characters."""

from __future__ import annotations

from reading_day import criterion, extracted, status

from intake.understanding.plain import read_plain
from intake.understanding.surface import load_words, read_surface

NBHY = "\u2011"  # non-breaking hyphen
SHY = "\u00ad"  # soft hyphen
ZWSP = "\u200b"  # zero-width space


def _wide(digits: str) -> str:
    return "".join(chr(ord(d) - ord("0") + 0xFF10) for d in digits)


def test_a_civic_service_ended_on_a_date_written_with_non_breaking_hyphens_is_over() -> None:
    body = (
        "Bonjour,\n\nLicence pro Animation sociale, juin 2026.\nVolontaire en service civique dans une "
        f"maison de quartier jusqu'au 14{NBHY}08{NBHY}2026, c'est fini depuis.\nJe cherche un poste "
        "d'animateur dans une association.\n\nYanis Ferhat"
    )
    assert status(extracted(body), "not_service_civique") == "met"


def test_a_civic_service_that_ended_on_a_date_with_non_breaking_hyphens_is_over_in_english() -> None:
    body = (
        "Hello,\n\nI hold a BA in social policy (June 2026). My civic service with a youth charity ended on "
        f"14{NBHY}08{NBHY}2026, and I am looking for a job in a community association.\n\nYanis Ferhat"
    )
    assert status(extracted(body, "Application"), "not_service_civique") == "met"


def test_a_graduation_year_in_full_width_digits_is_the_year() -> None:
    body = (
        f"Bonjour,\n\nJ'ai obtenu un master de sociologie en {_wide('2021')} à Lille, puis j'ai voyagé. Je "
        "cherche un emploi dans une association d'insertion.\n\nSacha Moreau"
    )
    assert status(extracted(body), "graduation_recent") == "not_met"


def test_a_graduation_year_in_full_width_digits_is_the_year_in_english() -> None:
    body = (
        f"Hello,\n\nI completed my master's degree in geography in {_wide('2021')}, then I travelled. I am "
        "looking for a job in an environmental charity.\n\nSacha Moreau"
    )
    assert status(extracted(body, "Application"), "graduation_recent") == "not_met"


def test_an_internship_ending_late_in_the_month_with_soft_hyphens_inside_its_words_stays_open() -> None:
    body = (
        f"Bonjour,\n\nDiplômé d'un master ESS en septembre 2026, je suis en stage dans une SCOP et mon stage "
        f"s'ar{SHY}rête fin no{SHY}vembre, le jour n'est pas fixé.\nEnsuite je voudrais un poste dans une "
        "coopérative.\n\nLéo Garnier"
    )
    assert status(extracted(body), "not_internship") == "unknown"


def test_evidence_quotes_the_writer_s_own_hyphens_soft_hyphens_and_digits() -> None:
    body = (
        f"Bonjour,\n\nLicence pro Information{NBHY}communication, ob{SHY}tenue en {_wide('2026')}.\nJe "
        "cherche un poste dans une association.\n\nYanis Ferhat"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026"
    quoted = criterion(result, "degree_level")["evidence"]["text"]
    assert f"Information{NBHY}communication, ob{SHY}tenue en {_wide('2026')}" in quoted


def test_a_ligature_in_an_internship_s_end_reads_as_its_letters() -> None:
    body = (
        "Bonjour,\n\nMaster Gestion de l'environnement obtenu en septembre 2026. Chargée de mission dans un "
        "parc naturel, \ufb01n de stage prévue le 3 avril 2027.\nJe cherche un poste dans une "
        "association.\n\nLise Perrin"
    )
    assert status(extracted(body), "not_internship") == "not_met"


def test_a_ligature_in_an_internship_s_end_reads_as_its_letters_in_english() -> None:
    body = (
        "Hello,\n\nI got my master's in September 2026. My internship in a nature park will \ufb01nish on 3 "
        "April 2027, then I want a job in a charity.\n\nLise Perrin"
    )
    assert status(extracted(body, "Application"), "not_internship") == "not_met"


def test_a_question_mark_a_pdf_left_for_a_lost_ligature_reads_as_the_word_it_stood_in() -> None:
    plain, _ = read_plain("?n de stage prévue en avril, ?ux de déchets", load_words().known.__contains__)
    assert plain == "fin de stage prévue en avril, flux de déchets"


def test_a_question_mark_ending_a_sentence_is_no_lost_ligature() -> None:
    plain, _ = read_plain("Est-ce possible ?Oui. Et ensuite?non", load_words().known.__contains__)
    assert "?" in plain and plain.count("?") == 2


def test_words_cut_by_zero_width_spaces_are_read_whole_and_quoted_as_written() -> None:
    text = f"Je suis di{ZWSP}plômée et en re{SHY}cherche d'emploi"
    surface = read_surface(text)
    assert surface.read_text == "Je suis diplômée et en recherche d'emploi"
    assert surface.written("diplômée et en recherche") == f"di{ZWSP}plômée et en re{SHY}cherche"


def test_a_civic_service_that_stops_this_month_on_a_day_not_yet_given_stays_open() -> None:
    body = (
        "Bonjour,\n\nJ'ai une licence de sociologie (juin 2026). Je suis en service civique dans une "
        "ressourcerie et ma mission s'arrête ce mois-ci. Ensuite je cherche un poste dans une association."
        "\n\nMaëlle Quéré"
    )
    assert status(extracted(body), "not_service_civique") == "unknown"


def test_a_placement_that_stops_this_month_stays_open_in_english() -> None:
    body = (
        "Hello,\n\nI have a BA in sociology (June 2026). I am a civic service volunteer in a food bank and "
        "my placement stops this month, on a day still to be set. Then I want a job in a charity.\n\n"
        "Maëlle Quéré"
    )
    assert status(extracted(body, "Application"), "not_service_civique") == "unknown"


def test_an_internship_running_until_the_first_days_of_next_month_stays_open() -> None:
    body = (
        "Bonjour,\n\nMaster de sociologie obtenu en septembre 2026. Mon stage dans une mutuelle est prolongé "
        "jusqu'à «\u202fdébut décembre\u202f», sans date précise.\nJe cherche un poste dans une mutuelle.\n\n"
        "Hugo Marchal"
    )
    assert status(extracted(body), "not_internship") == "unknown"


def test_an_internship_running_until_early_next_month_stays_open_in_english() -> None:
    body = (
        "Hello,\n\nI got my MSc in September 2026. My internship at a housing charity was extended until "
        "early December.\nI am looking for a job in a charity.\n\nHugo Marchal"
    )
    assert status(extracted(body, "Application"), "not_internship") == "unknown"


def test_a_search_whose_places_are_listed_under_it_is_aimed_at_those_places() -> None:
    body = (
        "Bonjour,\n\nBTS Comptabilité (juin 2026). Je recherche un emploi :\n— dans une banque d'affaires ;\n"
        "— ou en cabinet d'expertise comptable.\nMerci.\n\nNoé Barbier"
    )
    assert status(extracted(body), "job_seeking_ess") == "not_met"


def test_a_search_whose_places_are_listed_under_it_is_aimed_at_those_places_in_english() -> None:
    body = (
        "Hello,\n\nI got my BA in economics in June 2026. I am looking for a job:\n- in an investment bank;\n"
        "- or in an audit firm.\nThanks.\n\nNoé Barbier"
    )
    assert status(extracted(body, "Application"), "job_seeking_ess") == "not_met"


def test_a_search_in_an_association_or_a_local_authority_both_said_to_suit_leaves_the_aim_open() -> None:
    body = (
        "Bonjour,\n\nBUT Carrières sociales (juin 2026). Je cherche un poste de médiateur, en association ou "
        "en mairie, les deux me conviendraient.\n\nRayan Colin"
    )
    assert status(extracted(body), "job_seeking_ess") == "unknown"


def test_a_search_in_a_charity_or_a_company_either_said_to_suit_leaves_the_aim_open_in_english() -> None:
    body = (
        "Hello,\n\nI got my BA in June 2026. I am looking for a job as a mediator in a charity or a company, "
        "either would be fine with me.\n\nRayan Colin"
    )
    assert status(extracted(body, "Application"), "job_seeking_ess") == "unknown"


def test_two_places_of_the_ess_both_said_to_suit_are_an_ess_search() -> None:
    body = (
        "Bonjour,\n\nBUT Carrières sociales (juin 2026). Je cherche un poste de médiateur dans une "
        "association ou une coopérative, les deux me conviendraient.\n\nRayan Colin"
    )
    assert status(extracted(body), "job_seeking_ess") == "met"


def test_a_master_s_student_whose_exams_are_all_passed_and_results_still_to_come_is_asked() -> None:
    body = (
        "Bonjour,\n\nJe suis en M2 de sociologie à Rennes : tous mes examens sont terminés et le jury se "
        "réunit le 12 décembre. Je voudrais ensuite un poste dans une coopérative.\n\nSami Texier"
    )
    assert status(extracted(body), "studies_finished") == "unknown"


def test_a_master_s_student_whose_first_term_exams_are_passed_is_still_studying() -> None:
    body = (
        "Bonjour,\n\nJe suis en M2 de sociologie à Rennes : mes partiels du premier semestre sont passés, "
        "les notes tombent en décembre. Je voudrais ensuite un poste dans une coopérative.\n\nSami Texier"
    )
    assert status(extracted(body), "studies_finished") == "not_met"
