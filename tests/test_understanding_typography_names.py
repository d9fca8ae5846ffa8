"""The name a person goes by (the typography corpus, t-names): a mailbox keeps the name it was opened
with — a former first name, the civil-status one, a name in another alphabet, a family name cut to its
first half — while the person tells and signs the name they use. A sentence about a name («Je signe Léo»)
is no signature."""

from __future__ import annotations

from reading_day import extracted, names, status

from intake.understanding.facts import Evidence, Fact
from intake.understanding.lexicon import load_lexicon
from intake.understanding.name_of_use import name_signed_for_use


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


def test_a_level_doubted_a_sentence_after_the_foreign_diploma_leaves_the_level_open() -> None:
    body = (
        "Bonjour,\n\nJ'ai un BTS en économie sociale familiale obtenu à Dakar en juin 2025. "
        "Depuis l'été j'habite à Nantes et je voudrais travailler dans un centre social associatif. "
        "Je ne sais pas à quel niveau il correspond en France.\n\nAminata Diallo"
    )
    assert status(extracted(body), "degree_level") == "unknown"


def test_a_level_the_writer_does_not_know_two_sentences_on_is_left_open_in_english() -> None:
    body = (
        "Hello,\n\nI completed an Ausbildung as a care worker in Hamburg in July 2025. I have lived in Lille "
        "since the spring and I want to work for a non-profit nursery. I don't know what level it is in "
        "France.\n\nJonas Weber"
    )
    assert status(extracted(body, subject="Application"), "degree_level") == "unknown"


def test_an_equivalence_never_asked_for_leaves_a_diploma_obtained_abroad_open() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu en 2025 un BTS en comptabilité à Douala, et je suis à Lille depuis mars. "
        "Je n'ai pas encore fait de demande d'équivalence. Je cherche un poste dans une mutuelle.\n\n"
        "Joseph Mbarga"
    )
    assert status(extracted(body), "degree_level") == "unknown"


def test_a_recognition_not_yet_applied_for_leaves_the_level_open_in_english() -> None:
    body = (
        "Hello,\n\nI got my BTS in tourism in Abidjan in 2025 and I moved to Paris last spring. "
        "I haven't applied for an equivalence yet. I am looking for a job in a cooperative.\n\nAwa Koné"
    )
    assert status(extracted(body, subject="Application"), "degree_level") == "unknown"


def test_a_master_one_is_enrolled_in_said_in_one_s_own_language_is_studies_running() -> None:
    body = (
        "Bonjour,\n\nJ'ai une licence de sciences de l'éducation obtenue à Séville en 2025 et je suis "
        "matriculada en el máster de Intervención Social cette année. Je voudrais travailler dans une "
        "association.\n\nCarmen Ruiz"
    )
    assert status(extracted(body), "studies_finished") == "not_met"


def test_a_master_one_is_enrolled_in_said_in_italian_in_an_english_mail_is_studies_running() -> None:
    body = (
        "Hello,\n\nI have a bachelor's in economics from Padua (2025) and now I am iscritto al master in "
        "social economy, with the last exams in March. I want to work for a cooperative.\n\nLuca Bianchi"
    )
    assert status(extracted(body, subject="Application"), "studies_finished") == "not_met"


def test_the_year_on_an_equivalence_line_is_the_attestation_s_not_the_graduation() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un diplôme de travailleuse sociale en Suède en juin 2025.\n"
        "Équivalence : licence (bac+3), attestation ENIC-NARIC, 2026\n"
        "Je cherche un poste dans une association d'hébergement.\n\nAnna Lindqvist"
    )
    assert extracted(body)["education"]["graduation"] == "2025-06"


def test_the_year_on_a_recognition_line_is_not_the_graduation_in_english() -> None:
    body = (
        "Hello,\n\nI graduated in social work from a Finnish university of applied sciences in May 2025.\n"
        "Equivalence: licence (bac+3), ENIC-NARIC statement issued in 2026\n"
        "I am looking for a job in a housing association.\n\nAino Virtanen"
    )
    assert extracted(body, subject="Application")["education"]["graduation"] == "2025-05"


def test_a_doubt_on_the_recognition_alone_keeps_a_foreign_licence_s_level() -> None:
    body = (
        "Bonjour,\n\nLicenciatura en Psicología (Université de Salamanque, 06/2025), puis je suis venue en "
        "France. Je cherche un emploi dans une association, mais je ne sais pas si mon diplôme est reconnu."
        "\n\nLucía Moreno"
    )
    assert status(extracted(body), "degree_level") == "met"



def test_a_form_s_first_name_label_read_as_a_signed_name_is_no_first_name_of_use() -> None:
    # A relay's fields «Nom : BERTHOLLET» / «Prénom : Ilyes» once read as the name «BERTHOLLET Prénom» signed:
    # the label «Prénom» is the naming word itself, not a first name the person says they go by.
    body = "Nom : BERTHOLLET\nPrénom : Ilyes\nCourriel : ilyes.berthollet@example.org\n"
    said = Evidence("BERTHOLLET Prénom", "body")
    shown = Evidence("Ilyes Berthollet", "header")
    header = (Fact("Ilyes", shown), Fact("Berthollet", shown))
    signed = (Fact("Prénom", said), Fact("Berthollet", said))
    assert name_signed_for_use(header, signed, body, "ilyes.berthollet@example.org", load_lexicon()) is None
