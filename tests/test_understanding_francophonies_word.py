"""Identity, kinds and situations said in another variety of French or another language (the francophonies
corpus): a phone number written the national way of Belgium, Switzerland or an overseas department, grouped as
that plan groups it; a Belgian «stage d'insertion professionnelle», a jobseeker's waiting period and no
internship; a question on how the coaching is held from afar or in another language, or on the papers it asks
of a foreigner. Phrasings of our own, French and English."""

from __future__ import annotations

from reading_day import extracted, kind, status

from intake.understanding.contacts import find_phone
from intake.understanding.facts import Source
from intake.understanding.lexicon import load_lexicon


def _phone(text: str) -> str | None:
    found = find_phone([Source("body", text)], lexicon=load_lexicon())
    return found.value if found else None


def test_a_gsm_grouped_the_belgian_way_is_dialled_in_belgium() -> None:
    assert _phone("Merci d'avance.\nSalomé Vandenbroucke\nGSM : 0478 52 31 64") == "+32478523164"


def test_a_belgian_mobile_written_with_a_slash_by_someone_from_charleroi_is_belgian() -> None:
    text = "I grew up in Charleroi and I am moving to Reims.\nBest regards,\nTom\n0472/19.83.55"
    assert _phone(text) == "+32472198355"


def test_a_natel_grouped_the_swiss_way_is_dialled_in_switzerland() -> None:
    assert _phone("Vous pouvez me joindre sur mon natel : 078 245 61 93.") == "+41782456193"


def test_a_swiss_mobile_of_someone_from_lausanne_is_swiss_in_english_too() -> None:
    assert _phone("I left Lausanne in August.\nKind regards,\nNoé\n076 318 40 27") == "+41763184027"


def test_a_mobile_grouped_as_la_reunion_writes_it_is_reunionese_even_unnamed() -> None:
    assert _phone("Mi attend zot réponse.\nJessy Payet\n0692 47 13 88") == "+262692471388"


def test_a_guianese_mobile_grouped_its_own_way_is_dialled_in_guiana_in_english() -> None:
    assert _phone("Thanks a lot,\nMaëva\n0694 31 72 05") == "+594694317205"


def test_a_number_grouped_in_pairs_stays_french_beside_a_belgian_word() -> None:
    assert _phone("J'ai fait mon bachelier à Namur.\nMon portable : 04 78 52 31 64") == "+33478523164"


def test_a_number_grouped_the_swiss_way_with_no_swiss_word_stays_french() -> None:
    assert _phone("Bien à vous,\nLéa\n078 245 61 93") == "+33782456193"


def test_a_belgian_stage_d_insertion_is_a_jobseekers_waiting_period_not_an_internship() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon bachelier en animation socioculturelle en juin 2026. Depuis août, "
        "je suis en stage d'insertion professionnelle, inscrit comme chercheur d'emploi, et je cherche un "
        "poste dans une maison de jeunes ou une association.\n\nMaxime Lambotte"
    )
    assert status(result, "not_internship") != "not_met"


def test_a_stage_d_insertion_kept_in_an_english_mail_is_no_internship() -> None:
    result = extracted(
        "Hello,\n\nI graduated in June 2026 (bachelier in social work, Brussels). I am currently in my stage "
        "d'insertion professionnelle as a registered jobseeker, and I am looking for a job in a "
        "cooperative.\n\nMaxime Lambotte",
        subject="Application",
    )
    assert status(result, "not_internship") != "not_met"


def test_asking_whether_the_workshops_can_be_followed_by_video_from_overseas_is_a_question() -> None:
    body = "Bonjour,\n\nLes séances peuvent-elles se suivre en visio depuis Papeete ?\n\nMerci,\nTeva"
    assert kind(body, "Visio", ("Teva", "teva.p@example.org")) == "question"


def test_asking_whether_the_sessions_can_be_in_english_is_a_question() -> None:
    body = "Hi,\n\nCould the workshops be run in English for a few of us from Bamenda?\n\nCheers,\nNji"
    assert kind(body, "English?", ("Nji", "nji.a@example.net")) == "question"


def test_asking_whether_a_residence_permit_is_needed_is_a_question() -> None:
    body = "Bonjour,\n\nFaut-il déjà avoir son titre de séjour pour venir aux ateliers ?\n\nBien à vous,\nAwa"
    assert kind(body, "Question", ("Awa", "awa.d@example.com")) == "question"


def test_asking_whether_a_work_permit_is_needed_is_a_question_in_english() -> None:
    body = "Hello,\n\nDo people need a work permit before they join?\n\nThanks,\nNji"
    assert kind(body, "Quick question", ("Nji", "nji.a@example.net")) == "question"
