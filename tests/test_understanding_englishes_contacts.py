"""The applicant's contacts as native English writers give them: a phone written the national way of their
country (grouped as that country writes it, its place named in the mail), names of Irish, Malay and Chinese
usage, a relative presented as "my son" (in the subject only, too) with his contacts in the note. Phrasings of
our own, English and French, read through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reading_day import extracted, names

from intake.understanding.contacts import find_phone
from intake.understanding.facts import Source
from intake.understanding.lexicon import load_lexicon

EN_AIM = "I am looking for a job with a social enterprise."
REPO = Path(__file__).resolve().parents[1]


def _phone(text: str) -> str | None:
    found = find_phone([Source("body", text)], lexicon=load_lexicon())
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        pytest.param(
            "I grew up in Durban.\nCall me on 083 552 7104", "+27835527104", id="en_south_african_mobile",
        ),
        pytest.param(
            "I studied in Ibadan.\nMobile: 0703 418 2266", "+2347034182266", id="en_nigerian_mobile",
        ),
        pytest.param("Back home in Brisbane.\n0412 907 331", "+61412907331", id="en_australian_mobile"),
        pytest.param("Best,\nJo\n(415) 555-0172", "+14155550172", id="en_north_american_brackets"),
        pytest.param("cell 416-555-0139", "+14165550139", id="en_north_american_hyphens"),
    ],
)
def test_a_number_written_the_national_way_abroad_is_read_in_its_country_plan(text: str, e164: str) -> None:
    assert _phone(text) == e164


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tél. 06 41 27 83 90", id="fr_mobile_in_pairs"),
        pytest.param("Portable : 0641278390", id="fr_mobile_unspaced"),
    ],
)
def test_a_french_number_stays_french(text: str) -> None:
    assert _phone(text) == "+33641278390"


def test_reading_a_french_mail_leaves_libphonenumber_s_place_data_unloaded() -> None:
    # The geocoder's data weighs about 100 MB in every extract worker: only a number abroad may load it.
    code = (
        "import sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from reading_day import extracted\n"
        "extracted('Bonjour, master obtenu en juin 2025, je cherche un emploi dans une association. "
        "Tél. 06 41 27 83 90')\n"
        "print('phonenumbers.geocoder' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_a_grouping_many_countries_share_with_no_place_named_is_not_guessed() -> None:
    assert _phone("Ring me: 072 905 1184") is None


def test_a_date_written_with_dots_is_no_phone_number_abroad() -> None:
    text = "Diplôme délivré à Helsinki (attestation du 15.06.2025), portable +358 40 123 4567"
    assert _phone(text) == "+358401234567"


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        pytest.param("Aoife Ní Bhriain", ("Aoife", "Ní Bhriain"), id="en_irish_ni"),
        pytest.param("Seán Ó Cinnéide", ("Seán", "Ó Cinnéide"), id="en_irish_o_with_its_capital"),
        pytest.param("Nur Aisyah binti Rahman", ("Nur Aisyah", "Rahman"), id="en_malay_binti"),
        pytest.param("Melvin Tan Jun Hao", ("Melvin", "Tan"), id="en_personal_name_before_chinese_name"),
        pytest.param("Chan Ka Man", ("Ka Man", "Chan"), id="en_cantonese_family_name_first"),
    ],
)
def test_names_of_irish_malay_and_chinese_usage_split_where_their_usage_does(
    sender: str, expected: tuple[str, str]
) -> None:
    result = extracted(f"Hello,\n\nI hold a BA in Geography (2025). {EN_AIM}\n\nThanks", from_name=sender)
    assert names(result) == expected


def test_a_son_presented_in_the_subject_only_is_named_with_the_family_name() -> None:
    body = (
        "Good morning,\n\nMy son has just finished his HND and he has moved to Nantes. He would "
        "love to work for a charity. His email is rory.gallagher@example.net and his mobile is "
        "+44 7700 931 554.\n\nKind regards,\nBrenda Gallagher"
    )
    result = extracted(
        body,
        subject="Writing on behalf of my son, Rory",
        from_name="Brenda Gallagher",
        from_addr="brenda.gallagher@example.com",
    )
    assert names(result) == ("Rory", "Gallagher")
    assert result["applicant"]["email"] == "rory.gallagher@example.net"
    assert result["applicant"]["phone"] == "+447700931554"


def test_un_fils_nomme_dans_l_objet_seulement_garde_le_nom_de_famille() -> None:
    body = (
        "Bonjour,\n\nMon fils vient d'obtenir son BTS en juin 2026 et cherche un emploi "
        "dans une association. "
        "Son adresse : malo.perrin@example.net\n\nCordialement,\nSandrine Perrin"
    )
    result = extracted(
        body,
        subject="Candidature de mon fils, Malo",
        from_name="Sandrine Perrin",
        from_addr="sandrine.perrin@example.com",
    )
    assert names(result) == ("Malo", "Perrin")
    assert result["applicant"]["email"] == "malo.perrin@example.net"
