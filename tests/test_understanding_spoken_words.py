"""Words as a speech recogniser wrote them (stop 48, the spoken corpus's slice «words»): a word the engine
cut into words that sound like it («service si vique», «ma stère», «des UT»), an English engine's rendering
of a French name or a letter's name ("service civic", "a bee com"), a spoken "bachelors" or "A levels" with
no mark. Each meaning in phrasings of our own, French and English, read through `propulse extract`'s path
on 2026-11-26; guards where the reading could over-reach."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message

from intake.extract import extract_message
from intake.understanding.heard_apart import apart_reads

TODAY = date(2026, 11, 26)


def _read(body: str) -> dict[str, Any]:
    return extract_message(make_message(body), today=TODAY)


def _status(result: dict[str, Any], criterion: str) -> str:
    return str(next(c for c in result["eligibility"]["criteria"] if c["id"] == criterion)["status"])


def _education(body: str) -> tuple[Any, Any]:
    education = _read(body)["education"] or {}
    return education.get("bac_plus"), education.get("graduation")


def test_a_civic_service_the_engine_wrote_apart_still_runs() -> None:
    result = _read(
        "bonjour diplômée d'une licence d'histoire en 2025 je fais mon service si vique jusqu'en avril 2027 "
        "dans une ressourcerie et ensuite je cherche un poste dans l'économie sociale et solidaire"
    )
    assert _status(result, "not_service_civique") == "not_met"


def test_a_civic_service_written_apart_and_ended_is_no_running_one() -> None:
    result = _read(
        "bonjour j'ai une licence d'histoire obtenue en 2025 puis j'ai terminé mon service si vique en mars "
        "2026 et je cherche un poste dans une association de l'économie sociale et solidaire"
    )
    assert _status(result, "not_service_civique") == "met"


def test_a_master_heard_as_ma_stere_is_a_master() -> None:
    body = (
        "bonjour j'ai eu ma stère en économie sociale en juin 2026 à Nantes et je cherche un emploi dans "
        "une coopérative merci"
    )
    assert _education(body) == (5, "2026-06")


def test_a_dut_said_letter_by_letter_is_a_dut_with_its_year() -> None:
    body = (
        "salut j'ai mon des UT carrières sociales depuis 2019 puis j'ai travaillé en entrepôt je cherche un "
        "poste dans une association"
    )
    assert _education(body) == (2, "2019")


def test_a_dejeps_written_apart_is_a_dejeps() -> None:
    body = "bonjour j'ai le de jeps obtenu en mai 2026 et je cherche un poste dans une maison de quartier"
    assert _education(body) == (2, "2026-05")


def test_evidence_quotes_the_words_as_the_engine_wrote_them() -> None:
    result = _read(
        "bonjour j'ai eu ma stère en économie sociale en juin 2026 et je cherche un emploi dans une "
        "coopérative merci"
    )
    assert "ma stère" in result["situation"]["evidence"]["education"]["text"]


def test_an_english_service_civic_is_a_civic_service() -> None:
    result = _read(
        "Hi I got my masters in geography in 2025 and right now I'm doing a service civic in Lille until "
        "June 2027 then I'd like to work for a charity"
    )
    assert _status(result, "not_service_civique") == "not_met"


def test_a_bee_com_said_by_its_letters_is_a_bachelors() -> None:
    body = "hello I hold a bee com in accounting from 2025 and I want to join a cooperative"
    assert _education(body)[0] == 3


def test_my_bachelors_said_without_its_apostrophe_is_a_bachelors() -> None:
    body = "hi I finished my bachelors in history in June 2026 and I'm looking for a job at a nonprofit"
    assert _education(body) == (3, "2026-06")


def test_a_levels_said_without_a_hyphen_are_a_school_leaving_certificate() -> None:
    body = "hello I've got my A levels from 2023 and I'd like a paid job in a charity or a social enterprise"
    assert _education(body)[0] == 0


def test_a_level_of_something_is_no_diploma() -> None:
    body = "A level of commitment like mine is rare. I'd like a paid job in a charity or a social enterprise."
    assert _education(body)[0] is None


def test_ordinary_words_are_never_joined_into_a_diploma() -> None:
    for line in ("ma stèle de marbre est lourde", "il roule si vite", "de la part de Marie", "dans ma ville"):
        assert apart_reads(line, english=False) == []


def test_a_diploma_written_whole_is_not_read_again() -> None:
    for line in ("j'ai une licence d'économie", "mon master d'histoire", "le service civique s'achève"):
        assert apart_reads(line, english=False) == []


def _email(body: str, *, sender: str = "Léa Martin", mailbox: str = "famille.martin@example.fr") -> Any:
    return extract_message(make_message(body, from_name=sender, from_addr=mailbox), today=TODAY)["applicant"][
        "email"
    ]


def test_an_address_dictated_as_the_one_to_answer_wins_over_a_shared_mailbox() -> None:
    body = (
        "bonjour virgule j'ai un master de 2026 point merci de me répondre plutôt à lea point martin tiret "
        "ess arobase example point org car cette boîte est celle de mon frère point Léa Martin"
    )
    assert _email(body) == "lea.martin-ess@example.org"


def test_an_address_typed_as_mine_wins_over_the_mailbox() -> None:
    body = "Hi, I hold a BA from 2025. Please reply to me at lea.work@example.com, not this shared inbox. Lea"
    assert _email(body, sender="Lea Martin") == "lea.work@example.com"


def test_an_address_given_as_someone_elses_never_replaces_the_senders() -> None:
    body = (
        "Bonjour, j'ai un master de 2026 et je cherche un emploi dans une association. Mon frère m'a aidée à "
        "écrire, vous pouvez lui répondre à paul.martin@example.fr si besoin. Léa Martin"
    )
    assert _email(body, mailbox="lea.martin@example.fr") == "lea.martin@example.fr"


def test_a_year_the_engine_wrote_as_two_pairs_is_that_year() -> None:
    body = "bonjour j'ai obtenu mon BTS comptabilité en juin 20 25 et je cherche un poste dans une mutuelle"
    assert _education(body) == (2, "2025-06")


def test_an_english_year_said_as_two_pairs_is_that_year() -> None:
    body = "hi I finished my master's in 20 26 and I'm looking for a job with a French charity"
    assert _education(body) == (5, "2026")


def test_pairs_of_digits_that_date_nothing_stay_numbers() -> None:
    for line in ("appelez-moi au 06 20 24 11 32", "une équipe de 20 25 bénévoles", "en 20 25 ans de métier"):
        assert apart_reads(line, english=False) == []


def test_a_count_after_bac_plus_heard_as_a_word_leaves_the_level_open() -> None:
    result = _read(
        "salut je veux m'inscrire j'ai le bac plus de la pratique en accueil de loisirs depuis 2024 et je "
        "cherche un emploi d'animatrice dans une association de quartier"
    )
    assert _status(result, "degree_level") == "unknown"


def test_a_count_after_bac_plus_said_in_words_is_still_the_level() -> None:
    body = "bonjour j'ai un bac plus deux en gestion obtenu en 2025 et je cherche un poste dans une mutuelle"
    assert _education(body)[0] == 2


def _captions(lines: list[str], sender: str) -> dict[str, Any]:
    body = "Bonjour, voici la transcription de mon appel :\n\n" + "\n".join(lines) + "\n\nMerci"
    return extract_message(make_message(body, from_name=sender, from_addr="n.roy@example.org"), today=TODAY)


def test_a_caption_labelled_with_the_senders_full_name_is_her_own_turn() -> None:
    result = _captions(
        [
            "00:00:02 Karim: alors tu as fait quoi comme études",
            "00:00:05 Nadia Roy: j'ai eu mon master d'urbanisme en octobre 2025",
            "00:00:09 Karim: et tu cherches quoi",
            "00:00:11 Nadia Roy: un poste dans une coopérative d'habitants",
        ],
        "Nadia Roy",
    )
    assert (result["education"] or {}).get("bac_plus") == 5


def test_an_english_caption_under_the_senders_full_name_tells_her_studies_running() -> None:
    result = _captions(
        [
            "[10:01] Uncle Femi: your cousin runs a charity in Lyon",
            "[10:01] Nadia Roy: yes and I'm in my final year of my bachelor's in law",
            "[10:02] Nadia Roy: I'll be done in June and I want to work for a social enterprise",
        ],
        "Nadia Roy",
    )
    assert _status(result, "studies_finished") == "not_met"


def test_a_speaker_sharing_only_the_senders_first_name_stays_another_person() -> None:
    result = _captions(
        [
            "00:00:02 Nadia Benali: moi j'ai eu mon master en 2025",
            "00:00:05 Karim: et toi Nadia",
            "00:00:07 Nadia Benali: je suis encore en master jusqu'en juin",
            "00:00:09 Karim: d'accord",
        ],
        "Nadia Roy",
    )
    assert (result["education"] or {}).get("bac_plus") is None
