"""The level and the name as applicants who learnt French or English write them: a single year of higher
studies after the secondary diploma (in French, English, or the writer's own word for the university
course), a name written family name first, a second family name the header dropped, a name's letters as
written in the body when an address could not carry them. Phrasings of our own, French and English, read
through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reading_day import extracted, names, status

from intake import resources
from intake.understanding.family_names import two_family_names
from intake.understanding.lexicon import load_lexicon

AIM = "Je cherche un emploi dans une coopérative d'habitat."
EN_AIM = "I am looking for a job with a social enterprise."


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("Après mon bac, j'ai suivi une année de licence d'histoire puis je me suis arrêtée.",
                     id="fr_one_year_of_licence_after_the_bac"),
        pytest.param("J'ai eu le bac au Sénégal et deux semestres à l'université de Dakar.",
                     id="fr_two_semesters_at_university"),
        pytest.param("En Équateur j'ai fait le premier an de la carrière de sociologie.",
                     id="fr_the_first_year_of_the_carrera_calque"),
        pytest.param("After secondary school I studied two semesters at university in Kabul.",
                     id="en_two_semesters_at_university"),
    ],
)
def test_a_single_year_of_higher_studies_is_a_level_of_bac_plus_one(said: str) -> None:
    result = extracted(f"Bonjour,\n\n{said}\n\n{AIM}\n\nMerci")
    assert result["education"]["bac_plus"] == 1
    assert status(result, "degree_level") == "not_met"


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("J'ai un DUT, puis une année de licence professionnelle.",
                     id="fr_a_dut_before_the_year"),
        pytest.param("Je fais ma première année de licence à Nantes.", id="fr_the_year_is_going_on"),
        pytest.param("J'ai commencé une année de licence mais j'ai arrêté au milieu.",
                     id="fr_the_year_left_midway"),
        pytest.param("J'ai un diplôme d'éducatrice du Togo et une année de licence à Lyon.",
                     id="fr_a_diploma_of_unknown_level_beside_the_year"),
        pytest.param("I have a master's degree and one year of university teaching.",
                     id="en_a_master_above"),
    ],
)
def test_a_year_of_higher_studies_after_a_diploma_or_still_going_on_is_no_bac_plus_one(said: str) -> None:
    # A guard of the reading above (these already held before it): the year adds to a diploma, or is not over.
    result = extracted(f"Bonjour,\n\n{said}\n\n{EN_AIM}\n\nMerci")
    assert result["education"]["bac_plus"] != 1 or status(result, "degree_level") != "not_met"


@pytest.mark.parametrize(
    ("display", "address", "signed", "read"),
    [
        pytest.param("Huang Mingyu", "huang.mingyu@example.org", "Huang Mingyu", ("Mingyu", "Huang"),
                     id="a_chinese_name_family_name_first"),
        pytest.param("Phan Quoc Bao", "quocbao.phan@example.org", "Phan Quoc Bao", ("Quoc Bao", "Phan"),
                     id="a_vietnamese_name_with_two_given_names"),
        pytest.param("Minh Dang", "minh.dang@example.org", "Dang Minh", ("Minh", "Dang"),
                     id="header_given_first_signature_family_first"),
        pytest.param("Dong Xu", "dong.xu@example.org", "Xu Dong", ("Dong", "Xu"),
                     id="both_words_family_names_the_header_order_is_kept"),
    ],
)
def test_a_name_written_family_name_first_gives_its_family_name_as_last_name(
    display: str, address: str, signed: str, read: tuple[str, str]
) -> None:
    body = f"Bonjour,\n\nJ'ai obtenu mon master en juin 2026.\n{AIM}\n\nMerci,\n{signed}\n07 12 34 56 78"
    assert names(extracted(body, from_name=display, from_addr=address)) == read


def test_a_second_family_name_signed_after_the_headers_completes_the_last_name() -> None:
    said = "I graduated with a master's in June 2026."
    body = f"Hello,\n\n{said}\n{EN_AIM}\n\nBest,\nCarmen Vidal Soto\n06 11 22 33 44"
    result = extracted(body, from_name="Carmen Vidal", from_addr="carmen.vidal@example.org")
    assert names(result) == ("Carmen", "Vidal Soto")


def test_a_name_read_from_an_address_keeps_the_letters_the_body_writes() -> None:
    body = (
        "Bonjour,\n\nJe vous écris pour mon oncle Yusuf Yıldız, qui a obtenu un master en juin 2026 et "
        "cherche un emploi dans une coopérative.\n\nSon adresse : yusuf.yildiz@example.org.\n\n"
        "Merci,\nAylin Demir"
    )
    result = extracted(body, from_name="Aylin Demir", from_addr="aylin.demir@example.org")
    assert names(result) == ("Yusuf", "Yıldız")


def test_the_marks_of_two_family_names_are_read_from_the_rules_directory_in_use(tmp_path: Path) -> None:
    def read() -> tuple[str, str] | None:
        return two_family_names("Marta Soler Vidal", "marta.soler.vidal@example.es", "", load_lexicon())

    assert read() == ("Marta", "Soler Vidal")
    rules = tmp_path / "rules"
    shutil.copytree(resources.BUNDLED_RULES_DIR, rules)
    unmarked = 'letters = ""\ncountry_codes = []\nnationalities = []\n'
    (rules / "lexicon" / "family_names.toml").write_text(unmarked, encoding="utf-8")
    resources.use_directories(rules=rules)
    try:
        # the same name and mailbox, under rules that mark no country: the header's split is left as it is
        assert read() is None
    finally:
        resources.use_directories()
    assert read() == ("Marta", "Soler Vidal")
