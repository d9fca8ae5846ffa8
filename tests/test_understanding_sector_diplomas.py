"""The diplomas of the ESS's sectors (stop 35, the sectors round, h-slevel): a titre professionnel named by
its trade (CIP, développeur web, encadrant technique d'insertion: level 5, bac+2), a social work State diploma
written «DE» and its letters («DE CESF»: bac+3), a course said left («j'ai quitté la licence pro»), a
diploma a present fact comes after («…, après un bachelor»), and a degree dated by its last step told done
with a yearless month («soutenance passée le 2 octobre», «diplôme reçu en juillet»). Phrasings of our own,
French and English, read through `propulse extract`'s path on 2026-11-26."""

from __future__ import annotations

from reading_day import extracted, status


def _education(body: str) -> dict[str, object]:
    return dict(extracted(body)["education"] or {})


def test_a_titre_pro_named_by_the_insertion_counsellor_trade_is_bac_plus_two() -> None:
    body = "Bonjour,\n\nJ'ai validé le titre pro CIP en février 2026 au GRETA de Vannes.\n\nNoémie Le Gall"
    education = _education(body)
    assert education["bac_plus"] == 2
    assert education["graduation"] == "2026-02"


def test_a_titre_professionnel_of_web_developer_is_bac_plus_two() -> None:
    body = (
        "Bonjour,\n\nTitulaire du titre professionnel Développeuse web et web mobile depuis mai 2025, "
        "je cherche un poste dans une coopérative du numérique.\n\nInès Carpentier"
    )
    assert _education(body)["bac_plus"] == 2


def test_a_titre_pro_of_an_insertion_supervisor_gets_its_level_in_an_english_mail() -> None:
    body = (
        "Hello,\n\nI hold the French titre pro encadrant technique d'insertion, which I passed in April 2025."
        "\n\nBest,\nOwen Marsh"
    )
    assert _education(body)["bac_plus"] == 2
    # A titre of a trade not listed keeps its level to verify.
    other = "Bonjour,\n\nJ'ai le titre pro agent de propreté, obtenu en mars 2026.\n\nKarim Benali"
    assert status(extracted(other), "degree_level") == "unknown"


def test_a_state_diploma_written_de_and_its_letters_is_a_social_work_degree() -> None:
    body = "Bonjour,\n\nMon DE CESF est arrivé avec le jury de juillet 2026.\n\nClarisse Dumont"
    education = _education(body)
    assert education["bac_plus"] == 3
    assert education["graduation"] == "2026-07"


def test_a_de_ass_said_in_english_is_a_social_work_degree() -> None:
    body = "Hi,\n\nI got my DE ASS (social worker) in June 2026 in Rennes.\n\nThanks,\nMaya Stone"
    assert _education(body)["bac_plus"] == 3


def test_a_course_said_left_is_not_the_highest_diploma() -> None:
    body = (
        "Bonjour,\n\nBTS GPN obtenu en juin 2024. J'ai quitté la licence pro en janvier, "
        "je préfère le terrain.\n\nMarius Lenoir"
    )
    education = _education(body)
    assert education["bac_plus"] == 2
    assert education["graduation"] == "2024-06"


def test_a_diploma_a_present_job_comes_after_is_had() -> None:
    body = "Bonjour,\n\nJe suis animatrice à la Cimade, après une licence de sociologie.\n\nAgathe Morin"
    assert _education(body)["bac_plus"] == 3


def test_a_diploma_a_present_job_comes_after_is_had_in_english() -> None:
    body = "Hello,\n\nI run a repair café in Leeds after a BSc in Ecology.\n\nBest,\nTom Hale"
    assert _education(body)["bac_plus"] == 3


def test_a_master_dated_by_its_defence_held_with_a_yearless_day() -> None:
    body = (
        "Bonjour,\n\nMaster ESS validé, soutenance passée le 9 septembre, sur les monnaies locales."
        "\n\nYanis Ferreira"
    )
    assert _education(body)["graduation"] == "2026-09"


def test_a_degree_dated_by_its_diploma_received_in_a_yearless_month() -> None:
    body = "Bonjour,\n\nLicence pro animation sociale, stage fini et diplôme reçu en juin.\n\nLou Garnier"
    assert _education(body)["graduation"] == "2026-06"
    # A defence still to come dates nothing.
    to_come = "Bonjour,\n\nMaster ESS presque fini, soutenance prévue le 4 décembre.\n\nLou Garnier"
    assert _education(to_come).get("graduation") is None
