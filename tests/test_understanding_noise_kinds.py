"""The kind of a message and its applicant's contacts read the same under the noise of real mail: words cut as
CVs and small ads cut them («rech.», «obt.»), a writer who never types a capital, a message dictated to a
phone (its marks, its address and its phone number said in words), a number misread by a scan, a mailing
whose only sign is its unsubscribe link, a terse auto-reply, a text in capitals. The phrasings are the
tests' own, French and English."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import parse_message
from intake.understanding import read_applicant

TODAY = date(2026, 11, 26)


def _read(body: str, subject: str, sender: tuple[str, str]) -> tuple[str, dict[str, str | None]]:
    msg = parse_message(make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject))
    result = classify(msg)
    facts = read_applicant(msg, [], today=TODAY, forwarded_by=result.forwarded_by)
    keys = ("first_name", "last_name", "email", "phone")
    values = {key: (fact.value if (fact := getattr(facts, key)) else None) for key in keys}
    return result.kind, values


def _kind(body: str, subject: str, sender: tuple[str, str] = ("Noé Perrin", "noe.perrin@example.org")) -> str:
    return classify(
        parse_message(make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject))
    ).kind


# ------------------------------------------------------------ words cut short, a writer without capitals


def test_an_application_written_in_cut_words_is_an_application() -> None:
    body = "Bonjour,\nLicence éco. obt. 07/2024, rech. poste gestionnaire ds une mutuelle.\nC. Fabre"
    assert _kind(body, "cand. prog.", ("Chloé Fabre", "chloe.fabre@example.org")) == "application"


def test_a_search_cut_short_after_a_dated_diploma_is_one_clause() -> None:
    body = "Bonjour,\nBTS compta (sept. 25), dipl. ok. Rech. empl. en coopérative.\nM. Da Silva"
    assert _kind(body, "Pro'pulse", ("Marco Da Silva", "marco.dasilva@example.org")) == "application"


def test_a_writer_who_types_no_capital_states_facts_before_asking_on_the_next_line() -> None:
    body = (
        "coucou\nj'ai fini mon dut gea en juin 2026 jcherche du taf ds une coop ou une asso de quartier "
        "pr aider\n"
        "c bon pour moi ?\nlou"
    )
    assert _kind(body, "pro pulse", ("Lou Ferrand", "lou.ferrand@example.org")) == "application"


def test_an_english_writer_who_types_no_capital_states_facts_before_asking_on_the_next_line() -> None:
    body = (
        "hey\ni finished my degree in social work in may 2025 and i am looking for a job in a charity "
        "near lyon\n"
        "would that work ?\nsam"
    )
    assert _kind(body, "propulse", ("Sam Okoro", "sam.okoro@example.org")) == "application"


# ------------------------------------------------------------------ dictated to a phone


def test_a_question_dictated_with_its_question_mark_said_in_words_is_a_question() -> None:
    body = "bonsoir est-ce que le programme est payant point d'interrogation merci d'avance"
    assert _kind(body, "renseignement", ("Odile Brun", "odile.brun@example.fr")) == "question"


def test_an_english_question_dictated_with_its_question_mark_said_is_a_question() -> None:
    body = "hello is the programme open to people who live outside France question mark thanks"
    assert _kind(body, "programme", ("Ken Adu", "ken.adu@example.com")) == "question"


def test_an_address_spelt_out_in_a_dictated_referral_is_the_presented_persons() -> None:
    body = (
        "bonjour je vous écris pour ma nièce Léonie Garnier virgule elle a un master de géographie depuis "
        "juillet deux mille vingt-cinq point elle cherche un poste dans une coopérative point son adresse "
        "c'est leonie point garnier arobase example point net merci\nMartine Garnier"
    )
    kind, contacts = _read(body, "pour ma nièce", ("Martine Garnier", "martine.garnier@example.fr"))
    assert kind == "application"
    assert (contacts["first_name"], contacts["email"]) == ("Léonie", "leonie.garnier@example.net")


def test_an_english_address_spelt_out_with_dot_and_at_is_read_whole() -> None:
    body = (
        "hello I am writing for my nephew Tom Baxter comma he finished his degree in June twenty twenty-six "
        "full stop he wants to work for a charity full stop his address is tom dot baxter at example dot com "
        "thanks\nRuth Baxter"
    )
    _kind_read, contacts = _read(body, "my nephew", ("Ruth Baxter", "ruth.baxter@example.com"))
    assert contacts["email"] == "tom.baxter@example.com"


def test_a_phone_number_said_in_words_pair_by_pair_is_the_number() -> None:
    body = (
        "bonjour j'ai un master d'histoire depuis juin deux mille vingt-six virgule je cherche un emploi "
        "dans une association point Hugo Lemaire zéro sept quarante et un quatre-vingt-dix-neuf "
        "soixante-dix zéro trois"
    )
    _kind_read, contacts = _read(body, "candidature", ("Hugo Lemaire", "hugo.lemaire@example.org"))
    assert contacts["phone"] == "+33741997003"


def test_a_dictated_point_that_is_a_noun_stays_a_word() -> None:
    from intake.understanding.dictation import written_marks

    said = "bonjour virgule mon point fort c'est l'écoute point à la ligne merci"
    assert written_marks(said) == "bonjour, mon point fort c'est l'écoute.\nmerci"
    assert (
        written_marks("Mon point de vue : le programme est utile.")
        == "Mon point de vue : le programme est utile."
    )


# ------------------------------------------------------------------ a scan, a mailing, an auto-reply


def test_a_phone_number_misread_by_a_scan_is_read_as_digits() -> None:
    body = "Bonjour, je cherche un emploi dans l'ESS avec mon master.\nTél : O7 12 4l 8O 96\nNadia Roche"
    _kind_read, contacts = _read(body, "candidature", ("Nadia Roche", "nadia.roche@example.org"))
    assert contacts["phone"] == "+33712418096"


def test_an_english_phone_number_misread_by_a_scan_is_read_as_digits() -> None:
    body = (
        "Hello, I graduated in June 2025 and I am looking for a job in a charity.\nPhone: O6 55 l2 3O 44\nAmy"
    )
    _kind_read, contacts = _read(body, "application", ("Amy Stone", "amy.stone@example.org"))
    assert contacts["phone"] == "+33655123044"


def test_a_mailing_whose_only_sign_is_an_unsubscribe_link_is_a_newsletter_and_a_request_without_one_not() -> (
    None
):
    body = (
        "Nos ateliers de décembre : budget associatif, gouvernance partagée.\n"
        "Pour vous désinscrire : https://pluriel.example.org/stop"
    )
    sender = ("Collectif Pluriel", "contact@pluriel.example.org")
    assert _kind(body, "Ateliers de décembre", sender) == "newsletter"
    asked = "Bonjour, merci de me désinscrire de votre liste de diffusion.\nPaul Morin"
    assert _kind(asked, "désinscription", ("Paul Morin", "paul.morin@example.org")) != "newsletter"


def test_an_english_mailing_with_a_click_to_unsubscribe_is_a_newsletter() -> None:
    body = "Join our community meetup on 9 December.\nTo unsubscribe click here."
    assert _kind(body, "Meetup", ("Green Loop", "events@greenloop.example.org")) == "newsletter"


def test_a_terse_auto_reply_with_its_words_cut_is_an_auto_reply() -> None:
    body = "Message auto : absente jsq 2/12, réponse à mon retour."
    assert _kind(body, "Réponse auto", ("Léa Bon", "lea.bon@example.org")) == "auto_reply"


# ------------------------------------------------------------------ who the applicant is


def test_an_organisation_in_the_writers_own_list_presents_nobody() -> None:
    body = (
        "Bonjour, voici mon parcours :\n- Master géographie — juin 2026\n"
        "- Mission en cours : Mutuelle Horizon\n"
        "- Objectif : emploi dans l'ESS\n\nNoé Perrin"
    )
    _kind_read, contacts = _read(body, "candidature", ("Noé Perrin", "noe.perrin@example.org"))
    assert (contacts["first_name"], contacts["email"]) == ("Noé", "noe.perrin@example.org")


def test_an_english_degree_cut_short_is_no_person_presented() -> None:
    body = "Hi,\nMSc Soc. Policy (June 2025), looking for a job in a charity in France.\nPriya"
    _kind_read, contacts = _read(body, "appl.", ("Priya Nair", "priya.nair@example.org"))
    assert (contacts["first_name"], contacts["email"]) == ("Priya", "priya.nair@example.org")


def test_a_child_presented_in_capitals_is_named_from_the_first_proper_noun() -> None:
    body = (
        "BONJOUR, JE VOUS ECRIS POUR MA FILLE CLARA VIDAL. ELLE A UN MASTER DEPUIS JUILLET 2025 ET "
        "CHERCHE UN EMPLOI DANS UNE ASSOCIATION. MERCI. ANNE VIDAL"
    )
    _kind_read, contacts = _read(body, "MA FILLE", ("Anne Vidal", "anne.vidal@example.fr"))
    assert (contacts["first_name"], contacts["last_name"]) == ("Clara", "Vidal")
