"""Kinds of message: each rule explains itself; the order of the chain decides."""

from __future__ import annotations

from conftest import MESSAGES
from fixtures_docs import make_message

from intake.classify import CHAIN, classify
from intake.parsing import parse_message


def _kind(raw: bytes, **kwargs: object) -> str:
    return classify(parse_message(raw), **kwargs).kind  # type: ignore[arg-type]


def test_the_chain_is_an_ordered_list_of_named_rules_with_descriptions() -> None:
    names = [rule.name for rule in CHAIN]
    assert names[:3] == ["bounce", "auto_reply", "newsletter"] and names[-1] == "other"
    assert all(rule.description for rule in CHAIN)


def test_an_rfc3834_header_makes_an_auto_reply_even_with_application_words() -> None:
    raw = make_message("Je suis diplômée et je candidate.", headers={"Auto-Submitted": "auto-replied"})
    result = classify(parse_message(raw))
    assert result.kind == "auto_reply" and "Auto-Submitted" in result.reason


def test_auto_submitted_no_is_not_an_auto_reply() -> None:
    raw = make_message("Je suis diplômée d'une licence et je candidate.", headers={"Auto-Submitted": "no"})
    assert _kind(raw) == "application"


def test_an_out_of_office_without_any_header_is_an_auto_reply_in_french_and_english() -> None:
    fr = make_message(
        "Bonjour,\nJe suis absente du bureau jusqu'au 3 janvier, avec un accès limité à mes mails.",
        subject="Absence",
    )
    en = make_message(
        "Hello,\nI am out of the office until Monday with limited access to email.",
        subject="Re: your message",
    )
    assert _kind(fr) == "auto_reply"
    assert _kind(en) == "auto_reply"


def test_a_mailer_daemon_report_is_a_bounce_with_the_bounced_address() -> None:
    result = classify(parse_message((MESSAGES / "bounce_dsn.eml").read_bytes()))
    assert result.kind == "bounce"
    assert result.bounced_address == "camille.invente@example.net"


def test_a_plain_text_bounce_from_postmaster_names_the_failed_recipient() -> None:
    raw = make_message(
        "This message was created automatically by mail delivery software.\n\nA message that you"
        " sent could not be "
        "delivered to one or more of its recipients. This is a permanent error.\n\n "
        " lea.martin@example.fr\n    "
        "550 user unknown",
        from_name="Mail Delivery System",
        from_addr="MAILER-DAEMON@mx.example.net",
        subject="Mail delivery failed",
    )
    result = classify(parse_message(raw))
    assert result.kind == "bounce" and result.bounced_address == "lea.martin@example.fr"


def test_a_list_header_makes_a_newsletter() -> None:
    raw = make_message(
        "Notre lettre du mois : candidatures ouvertes !", headers={"List-Unsubscribe": "<mailto:u@x>"}
    )
    assert _kind(raw) == "newsletter"


def test_a_message_answering_our_thread_is_a_reply_when_the_store_says_so() -> None:
    raw = make_message("Merci, je suis disponible mardi.", headers={"In-Reply-To": "<abc@mail.animafac.net>"})
    assert _kind(raw, is_our_thread=lambda ids: "<abc@mail.animafac.net>" in ids) == "reply"
    assert _kind(raw, is_our_thread=lambda ids: False) != "reply"


def test_without_a_store_a_case_token_in_the_subject_marks_a_reply() -> None:
    raw = make_message("Voici mon CV mis à jour.", subject="Re: Votre candidature [PP-042]")
    assert _kind(raw) == "reply"


def test_an_employer_offering_a_job_is_other() -> None:
    raw = make_message(
        "Bonjour,\nNous recrutons un·e chargé·e de mission. Pouvez-vous partager l'offre ?",
        from_addr="rh@enercoop.org",
        subject="Offre d'emploi",
    )
    result = classify(parse_message(raw))
    assert result.kind == "other"


def test_an_application_forwarded_by_an_adviser_belongs_to_the_young_person_and_names_the_adviser() -> None:
    body = (
        "Bonjour,\nJe vous transmets la candidature de Karim.\nSophie Durand\nConseillère emploi\n\n"
        "---------- Forwarded message ---------\nDe : Karim Haddad <karim.h@gmail.com>\nObjet :"
        " candidature\n\n"
        "Bonjour, je suis titulaire d'un BTS et je cherche un emploi dans l'ESS.\nKarim Haddad\n"
    )
    raw = make_message(
        body, from_name="Sophie Durand", from_addr="s.durand@francetravail.fr", subject="Fwd: candidature"
    )
    result = classify(parse_message(raw))
    assert result.kind == "application" and result.rule == "forwarded_application"
    assert result.forwarded_by == "s.durand@francetravail.fr"


def test_every_rule_checked_is_kept_in_the_trail() -> None:
    raw = make_message("Je candidate au programme, mon CV est joint.")
    result = classify(parse_message(raw))
    assert [name for name, _matched, _reason in result.trail][-1] == "application"
    assert all(not matched for _name, matched, _reason in result.trail[:-1])


def test_an_outlook_forward_without_marker_line_is_split_when_the_subject_says_tr() -> None:
    body = (
        "Bonjour,\nJe vous transmets la candidature de Karim.\nSophie Durand, conseillère Mission locale\n\n"
        "________________________________\nDe : Karim Haddad <karim.h@gmail.com>\n"
        "Envoyé : lundi 2 novembre 2026\n"
        "À : Sophie Durand\nObjet : candidature\n\nBonjour, je suis titulaire d'un BTS et je candidate.\n"
    )
    raw = make_message(
        body, from_name="Sophie Durand", from_addr="s.durand@missionlocale-lyon.fr", subject="TR: candidature"
    )
    result = classify(parse_message(raw))
    assert result.kind == "application" and result.forwarded_by == "s.durand@missionlocale-lyon.fr"


def test_a_school_asking_whether_its_students_may_apply_is_other() -> None:
    raw = make_message(
        "Bonjour,\nNos étudiants de licence peuvent-ils candidater au programme ?\nCordialement",
        from_addr="scolarite@univ.example.fr",
        subject="Question",
    )
    assert _kind(raw) == "other"


def test_a_bulk_sender_with_an_unsubscribe_link_is_a_newsletter_even_without_list_headers() -> None:
    raw = make_message(
        "Les actualités du mois.\n\nPour vous désinscrire, cliquez ici.",
        from_addr="newsletter@asso.example.org",
        subject="Lettre d'information",
    )
    assert _kind(raw) == "newsletter"


def test_an_acknowledgement_of_receipt_without_headers_is_an_auto_reply() -> None:
    raw = make_message(
        "Votre message a bien été reçu. Nous vous répondrons dans les meilleurs délais.",
        from_addr="contact@asso.example.org",
        subject="Accusé de réception",
    )
    assert _kind(raw) == "auto_reply"


def test_a_career_changer_asking_to_join_without_the_word_candidature_is_an_application() -> None:
    raw = make_message(
        "Bonjour,\n\nAprès 8 ans comme comptable dans une banque, je suis en reconversion professionnelle "
        "et souhaite rejoindre l'ESS. J'ai un DUT GEA (2012).\n\nInès",
        subject="Pro'pulse",
    )
    assert _kind(raw) == "application"
