"""Four stances read as facts (the stances corpus's four false rejections, opened at its first figure; the
phrasings here are the tests' own): a category the writer fears being judged as — «peur d'être vue comme « en
reconversion »» — states no career change (stance.py: a judged category before any report); a category a
question asks her own past stage to count as — «je me demande si ce stage compte comme « être en stage »» — is
no stage of hers (situation.py blanks it, her other words read alone); another's inference — «mon conseiller
en déduit que je ne suis pas encore diplômée» — is their view, not studies going on (unfinished.py); and the
word of a course's last step is no verb of it, whatever the small model tags («— soutenance le 20 novembre,
validée —»: situation_time.py)."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 12, 7)


def _status(body: str, criterion: str) -> str:
    result = extract_message(make_message(body, subject="Candidature"), today=TODAY)
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion)


def test_fearing_to_be_seen_as_a_career_changer_after_a_first_job_is_no_career_change() -> None:
    body = (
        "Bonjour,\n\nJ'ai peur d'être considérée comme « en reconversion » : après mon BTS (2025), j'ai "
        "été serveuse huit mois, mon premier emploi. Je cherche un poste dans une association."
        "\n\nIrène Vasseur"
    )
    assert _status(body, "not_career_change") == "met"


def test_worrying_to_be_seen_as_a_career_change_after_a_first_job_is_no_career_change() -> None:
    body = (
        "Hello,\n\nI'm worried I'll be seen as a « career change »: I got my BA in 2025, then worked eight "
        "months in a shop, my first job. I want to work for a charity.\n\nRuth Okafor"
    )
    assert _status(body, "not_career_change") == "met"


def test_a_career_change_stated_plainly_still_fails_its_criterion() -> None:
    body = (
        "Bonjour,\n\nJe suis en reconversion après dix ans de comptabilité, et je vise un emploi dans une "
        "coopérative.\n\nIrène Vasseur"
    )
    assert _status(body, "not_career_change") == "not_met"


def test_asking_whether_a_past_stage_counts_as_being_in_one_leaves_no_stage_now() -> None:
    body = (
        "Bonjour,\n\nLicence obtenue en juin 2025. J'ai fait un stage au printemps 2025 et je me demande si "
        "ce stage compte comme « être en stage ». Je cherche un emploi dans une SCOP.\n\nIrène Vasseur"
    )
    assert _status(body, "not_internship") == "met"


def test_asking_whether_a_past_placement_counts_as_an_internship_leaves_none_now_in_english() -> None:
    body = (
        "Hello,\n\nI got my BA in June 2025. I did a placement in spring 2025 and I wonder whether it counts "
        "as « being in an internship ». I want a job in a co-op.\n\nRuth Okafor"
    )
    assert _status(body, "not_internship") == "met"


def test_an_internship_held_now_beside_the_same_question_still_fails() -> None:
    body = (
        "Bonjour,\n\nJe suis en stage jusqu'en mars 2027 et je me demande si ça compte comme « être en stage "
        "». Je cherche un emploi dans une SCOP.\n\nIrène Vasseur"
    )
    assert _status(body, "not_internship") == "not_met"


def test_an_advisers_inference_that_one_is_not_yet_graduated_is_her_view_not_studies_going_on() -> None:
    body = (
        "Bonjour,\n\nJ'ai eu mon BUT au jury de juin 2026. Mon conseiller en déduit que je ne suis pas "
        "encore diplômée, l'attestation n'étant pas arrivée. Je cherche un emploi dans une association."
        "\n\nIrène Vasseur"
    )
    assert _status(body, "studies_finished") == "met"


def test_an_advisers_conclusion_that_one_has_not_graduated_is_his_view_in_english() -> None:
    body = (
        "Hello,\n\nI passed my BA at the board in June 2026. My adviser concluded that I have not graduated "
        "yet since the certificate is late. I want a job in a charity.\n\nRuth Okafor"
    )
    assert _status(body, "studies_finished") == "met"


def test_not_yet_graduated_in_the_writers_own_voice_is_still_studies_going_on() -> None:
    body = (
        "Bonjour,\n\nJe ne suis pas encore diplômée, ma conseillère le sait : il me reste un partiel. "
        "Je cherche un emploi dans une association.\n\nIrène Vasseur"
    )
    assert _status(body, "studies_finished") == "not_met"


def test_a_defence_dated_last_month_in_an_aside_is_a_step_done() -> None:
    body = (
        "Bonjour,\n\nJ'ai tout juste fini mon M2 (Rennes) — soutenance le 20 novembre, mémoire validé avec "
        "14 — et je cherche un poste dans une fédération associative.\n\nIrène Vasseur"
    )
    assert _status(body, "studies_finished") == "met"


def test_a_defence_dated_later_this_month_still_lies_ahead() -> None:
    body = (
        "Bonjour,\n\nMon M2 est presque fini — soutenance le 18 décembre — et je cherche déjà un poste dans "
        "une fédération associative.\n\nIrène Vasseur"
    )
    assert _status(body, "studies_finished") == "not_met"


def test_a_defence_the_writer_will_sit_in_june_still_lies_ahead() -> None:
    body = (
        "Bonjour,\n\nLicence obtenue en 2025. En M2, j'ai des cours jusqu'en mars, puis je soutiens en juin. "
        "Je cherche un poste dans une fédération associative.\n\nIrène Vasseur"
    )
    assert _status(body, "studies_finished") == "not_met"


def test_a_diploma_after_a_colon_beside_ones_child_is_the_writers_own() -> None:
    body = (
        "Bonjour,\n\nJ'ai repris mes études après la naissance de mon fils : licence de sociologie validée "
        "en juin 2026. Je cherche mon premier emploi dans une association.\n\nIrène Vasseur"
    )
    assert _status(body, "degree_level") == "met"
