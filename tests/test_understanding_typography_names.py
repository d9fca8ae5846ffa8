"""The name a person goes by (the typography corpus, t-names): a mailbox keeps the name it was opened
with — a former first name, the civil-status one, a name in another alphabet, a family name cut to its
first half — while the person tells and signs the name they use. A sentence about a name («Je signe Léo»)
is no signature."""

from __future__ import annotations

from reading_day import extracted, names


def test_a_first_name_of_use_told_and_signed_wins_over_the_mailbox_s_former_one() -> None:
    body = (
        "Bonjour,\n\nMa boîte porte encore mon ancien prénom ; appelez-moi Sacha, c'est celui que "
        "j'utilise. Titulaire d'une licence de géographie depuis juin 2026, je cherche un poste dans une "
        "coopérative.\n\n"
        "Sacha Vermeil\n06 11 22 33 44"
    )
    got = extracted(body, from_name="Alexandre Vermeil", from_addr="alex.vermeil@example.org")
    assert names(got) == ("Sacha", "Vermeil")


def test_a_first_name_one_goes_by_in_english_wins_over_the_display_name() -> None:
    body = (
        "Hello,\n\nPlease call me Robin, that is the name I use. I completed my MA in urban studies in "
        "May 2026 and I am looking for a job with a housing cooperative.\n\nRobin Marsh\n+44 7700 900123"
    )
    got = extracted(body, subject="Application", from_name="Roberta Marsh", from_addr="r.marsh@example.org")
    assert names(got) == ("Robin", "Marsh")


def test_a_nickname_only_signed_keeps_the_mailbox_s_first_name() -> None:
    body = (
        "Hi,\n\nI completed my BA in sociology in June 2026 and I would like to work for a charity.\n\n"
        "Cheers,\nNick Fairbanks\n+44 7700 900456"
    )
    sender = {"from_name": "Nicholas Fairbanks", "from_addr": "n.fair@example.org"}
    got = extracted(body, subject="Application", **sender)
    assert names(got) == ("Nicholas", "Fairbanks")


def test_a_sentence_telling_how_one_signs_is_not_the_signature() -> None:
    body = (
        "Bonjour,\n\nJe signe Lou, comme tout le monde m'appelle. J'ai un master d'économie sociale de "
        "juillet 2026 et je cherche un emploi dans une mutuelle.\n\nLou Garnier\n07 55 44 33 22"
    )
    got = extracted(body, from_name="Louise Garnier", from_addr="louise.garnier@example.fr")
    assert names(got) == ("Lou", "Garnier")


def test_given_names_and_a_second_family_name_signed_complete_the_mailbox_s_short_name() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un master de sociologie en juin 2026 et je cherche un poste dans un centre "
        "social.\n\nAna Lucía Ruiz Moreno\n06 98 76 54 32"
    )
    got = extracted(body, from_name="Ana Ruiz", from_addr="anaruizmoreno@example.fr")
    assert names(got) == ("Ana Lucía", "Ruiz Moreno")


def test_given_names_signed_in_english_complete_the_display_name() -> None:
    body = (
        "Hello,\n\nI finished my MSc in public health in June 2026 and I want to work for a health "
        "charity.\n\nLuis Alberto Pérez Soto\n+34 600 123 456"
    )
    got = extracted(body, subject="Application", from_name="Luis Perez", from_addr="lperezsoto@example.org")
    assert names(got) == ("Luis Alberto", "Pérez Soto")


def test_a_double_family_name_told_in_the_introduction_completes_the_mailbox_s() -> None:
    body = (
        "Bonjour,\n\nJe m'appelle Inés Vidal Roca, mes deux noms de famille comptent. Licence de "
        "psychologie obtenue en juin 2026, je cherche un poste dans une association.\n\nInés Vidal Roca"
    )
    got = extracted(body, from_name="Inés Vidal", from_addr="ines.vidal@example.fr")
    assert names(got) == ("Inés", "Vidal Roca")


def test_a_header_in_another_alphabet_gives_way_to_the_latin_signature_the_address_spells() -> None:
    body = (
        "Bonjour,\n\nMaster de droit social obtenu en 2026 à Lyon, je cherche un poste dans une association "
        "d'aide aux exilés.\n\nDimitra Nikolaou\n06 45 12 78 90"
    )
    got = extracted(body, from_name="Δήμητρα Νικολάου", from_addr="dimitra.nikolaou@example.gr")
    assert names(got) == ("Dimitra", "Nikolaou")


def test_a_name_in_cyrillic_in_the_display_name_gives_way_to_the_english_signature() -> None:
    body = (
        "Hello,\n\nI got my master's in social work in June 2026 and I am looking for a job with an NGO.\n\n"
        "Best regards,\nIvan Petrov\n+33 6 45 12 78 91"
    )
    got = extracted(body, subject="Application", from_name="Иван Петров", from_addr="ivan.petrov@example.org")
    assert names(got) == ("Ivan", "Petrov")
