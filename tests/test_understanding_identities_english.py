"""The name and number a person uses, written the English way or the administrative way (the identities
corpus, i-english): a generation's mark after the family name («Jr.», «fils»), a preferred name in quotes,
a middle name an English letter writes and leaves out, the full given names signed under a mailbox's short
form, the family name in capitals telling the order, a form's «Nom : / Prénom :» pasted into one's own
mail, and a number the mail's wrapping cut across two lines — each with its guard (another person's name or
number)."""

from __future__ import annotations

from reading_day import extracted, names, read


def _phone(result: dict[str, object]) -> object:
    applicant = result["applicant"]
    assert isinstance(applicant, dict)
    return applicant["phone"]


def test_a_junior_s_mark_after_the_signed_name_is_no_part_of_the_family_name() -> None:
    body = (
        "Hello,\n\nI completed a BSc in Geography at the University of Leeds in July 2026 and I would like "
        "to work for a housing co-operative in Nantes.\n\nBest regards,\nDaniel Ashworth Jr.\n"
    )
    got = extracted(body, subject="Application", from_name="Daniel Ashworth", from_addr="d.ash@example.org")
    assert names(got) == ("Daniel", "Ashworth")


def test_a_son_signing_fils_keeps_his_family_name_alone() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un BTS comptabilité en juin 2026 et je cherche un poste dans une mutuelle."
        "\n\nCordialement,\nThéo Marchand Fils\n"
    )
    got = extracted(body, from_name="", from_addr="tm.nantes@example.fr")
    assert names(got) == ("Théo", "Marchand")


def test_a_preferred_name_in_quotes_between_the_names_is_the_first_name_she_uses() -> None:
    body = (
        'Hello,\n\nI am Margaret "Peggy" Halloran and I finished an MA in Social Policy at Cardiff in June '
        "2026. I am looking for a role in a charity in Lille.\n\nWarm wishes,\nPeggy\n"
    )
    got = extracted(body, subject="Application", from_name="Margaret Halloran", from_addr="mh@example.org")
    assert names(got) == ("Peggy", "Halloran")


def test_a_preferred_name_in_guillemets_is_read_in_a_french_signature_too() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'une licence de sociologie en juin 2026, je cherche un poste dans une "
        "association d'insertion.\n\nBien à vous,\nMarie-Thérèse « Maïté » Lacombe\n"
    )
    got = extracted(body, from_name="Marie-Thérèse Lacombe", from_addr="mt.lacombe@example.fr")
    assert names(got) == ("Maïté", "Lacombe")


def test_a_referee_s_nickname_in_quotes_is_not_taken_for_the_applicant_s() -> None:
    body = (
        'Hello,\n\nMy tutor, Robert "Bob" Kettering, told me about you. I graduated with an MA in Education '
        "from Exeter in June 2026 and I am looking for a job in a charity.\n\nKind regards,\nHannah Pryce\n"
    )
    got = extracted(body, subject="Application", from_name="Hannah Pryce", from_addr="h.pryce@example.org")
    assert names(got) == ("Hannah", "Pryce")


def test_a_middle_name_in_an_english_introduction_is_left_out_of_the_first_name() -> None:
    body = (
        "Good morning,\n\nMy name is Thomas Edward Blackwood; I completed a BA in History at Durham in June "
        "2026 and I am looking for a job with a youth charity.\n\nThanks,\nThomas Blackwood\n"
    )
    got = extracted(body, subject="Application", from_name="Thomas Blackwood", from_addr="tblack@example.org")
    assert names(got) == ("Thomas", "Blackwood")


def test_a_middle_name_signed_under_an_english_letter_is_left_out_of_the_first_name() -> None:
    body = (
        "Hi,\n\nI hold a BA in Psychology from the University of Sussex (2026) and I would love to work in "
        "a social enterprise.\n\nAll the best,\nGrace Ellen Whitmore\n"
    )
    got = extracted(body, subject="Application", from_name="Grace Whitmore", from_addr="gw@example.org")
    assert names(got) == ("Grace", "Whitmore")


def test_a_compound_first_name_in_a_french_letter_is_kept_whole() -> None:
    body = (
        "Bonjour,\n\nJe m'appelle Anne Laure Besnard, j'ai un master de droit social obtenu en juin 2026 et "
        "je cherche un poste dans une coopérative.\n\nAnne Laure Besnard\n"
    )
    got = extracted(body, from_name="Anne Besnard", from_addr="a.besnard@example.fr")
    assert names(got) == ("Anne Laure", "Besnard")


def test_the_full_given_names_signed_under_a_mailbox_s_short_form_are_hers() -> None:
    body = (
        "Hi,\n\nI graduated with a BA in Sociology from Lancaster in June 2026 and I am looking for a job in "
        "an association helping refugees.\n\nThank you,\nAnna Josefina Lindqvist\n"
    )
    got = extracted(body, subject="Application", from_name="Fina Lindqvist", from_addr="fina.l@example.org")
    assert names(got) == ("Anna Josefina", "Lindqvist")


def test_a_short_form_in_the_mailbox_and_another_family_name_signed_keeps_the_mailbox_s() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un BTS en juin 2026 et je cherche un emploi dans une association.\n\n"
        "Cordialement,\nChristine Morvan\n"
    )
    got = extracted(body, from_name="Tina Le Goff", from_addr="tina.legoff@example.fr")
    assert names(got)[0] == "Tina"


def test_a_family_name_in_capitals_tells_the_order_of_a_name_whose_words_are_both_family_names() -> None:
    body = (
        "Bonjour,\n\nJe m'appelle Zhou Lin. Après une licence de gestion obtenue en juin 2026 à Lyon, je "
        "cherche un poste dans une coopérative.\n\nCordialement,\nZHOU Lin\n"
    )
    got = extracted(body, from_name="Zhou Lin", from_addr="zhou.lin@example.fr")
    assert names(got) == ("Lin", "Zhou")


def test_a_form_s_name_fields_pasted_into_her_own_mail_name_her() -> None:
    body = (
        "Bonjour, le formulaire ne marchait pas, voici mes réponses :\n\n"
        "Nom : DELAUNAY\nPrénom : Maëlle\nDiplôme : BTS SP3S, juin 2026\n"
        "Recherche : un poste dans une association d'aide à domicile\n\nMerci\n"
    )
    got = extracted(body, from_name="mdl", from_addr="mdl.35@example.fr")
    assert names(got) == ("Maëlle", "Delaunay")


def test_a_number_cut_by_a_line_break_is_hers_before_her_father_s() -> None:
    body = (
        "Bonjour,\n\nJ'ai un BTS diététique obtenu en juin 2026 et je cherche un poste dans une association."
        "\n\nMon numéro est le 07 45 81\n23 66, sinon celui de mon père : 02 99 41 27 80.\n\nNina Carré\n"
    )
    got = extracted(body, from_name="Nina Carré", from_addr="nina.carre@example.fr")
    assert _phone(got) == "+33745812366"


def test_two_numbers_on_two_lines_are_not_joined_into_one() -> None:
    body = (
        "Bonjour,\n\nJ'ai un BTS obtenu en juin 2026 et je cherche un poste dans une association.\n\n"
        "Nina Carré\n07 45 81 23 66\n02 99 41 27 80\n"
    )
    got = extracted(body, from_name="Nina Carré", from_addr="nina.carre@example.fr")
    assert _phone(got) == "+33745812366"


def test_a_given_name_spelt_outside_east_asian_syllables_keeps_the_written_order() -> None:
    body = (
        "Bonjour,\n\nTitulaire d'un master de gestion obtenu en juin 2026, je cherche un poste dans une "
        "coopérative à Abidjan ou à Lyon.\n\nYao N'Guessan\n"
    )
    got = extracted(body, from_name="Yao N'Guessan", from_addr="y.nguessan@example.fr")
    assert names(got) == ("Yao", "N'Guessan")


def test_a_chinese_family_name_written_first_before_a_pinyin_given_name_is_still_the_family_name() -> None:
    body = (
        "Bonjour,\n\nJ'ai un master de sociologie obtenu en juin 2026 et je cherche un poste dans une "
        "association.\n\nYao Xiaoming\n"
    )
    got = extracted(body, from_name="Yao Xiaoming", from_addr="xm.yao@example.fr")
    assert names(got) == ("Xiaoming", "Yao")


def test_a_job_held_during_the_doctorate_does_not_date_the_doctorate_again() -> None:
    cv = (
        "Ruth Ambani\nPhD in Sociology, University of Leeds (defended April 2025)\nMA Sociology (2020)\n"
        "Research assistant during the PhD, School of Sociology (2021–2024)\n"
    )
    body = (
        "Hello,\n\nI defended my PhD in sociology at Leeds in April 2025 and moved to Lille. I am looking "
        "for a job in a charity working with migrants.\n\nRuth Ambani\n"
    )
    got = read(
        body, subject="Application", from_name="Ruth Ambani", from_addr="r.ambani@example.org",
        attachments=[("Ambani_CV.txt", "text/plain", cv.encode())],
    )
    assert got["education"]["graduation"] == "2025-04"


def test_a_korean_given_name_ending_in_ah_signed_after_the_family_name_is_the_given_name() -> None:
    body = (
        "Bonjour,\n\nJ'ai un master d'urbanisme obtenu en juin 2026 et je cherche un poste dans une "
        "coopérative d'habitants.\n\nKang Min-ah\n"
    )
    got = extracted(body, from_name="Min-ah Kang", from_addr="minah.kang@example.org")
    assert names(got) == ("Min-ah", "Kang")
