"""Failure classes found on the channel-first corpus (website forms, forwards, phones, questions), each read
from the message's structure or meaning; the phrasings here are the tests' own, French and English."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import parse_message
from intake.understanding import read_applicant
from intake.understanding.contacts import find_phone
from intake.understanding.facts import Source

TODAY = date(2026, 11, 26)
MAILER = "mailer@www.example.net"


def _kind(raw: bytes) -> str:
    return classify(parse_message(raw)).kind


def _kinds(*bodies: str, subject: str = "") -> set[str]:
    """The kinds of messages holding each body (a French and an English phrasing of one case)."""
    return {_kind(make_message(body, subject=subject)) for body in bodies}


def _applicant(raw: bytes) -> tuple[str | None, str | None, str | None, str | None]:
    msg = parse_message(raw)
    result = classify(msg)
    facts = read_applicant(msg, [], today=TODAY, forwarded_by=result.forwarded_by)
    return (
        facts.first_name.value if facts.first_name else None,
        facts.last_name.value if facts.last_name else None,
        facts.email.value if facts.email else None,
        facts.phone.value if facts.phone else None,
    )


def _form(fields: str, *, sender: str = "no-reply@forms.example.net", reply_to: str = "") -> bytes:
    headers = {"Reply-To": reply_to} if reply_to else {}
    return make_message(fields, from_name="Site web", from_addr=sender, subject="Formulaire", headers=headers)


# ------------------------------------------------------------------ a website form relayed by a mailer


def test_a_french_form_relayed_by_a_no_reply_mailer_names_the_person_who_filled_it_in() -> None:
    raw = _form(
        "Demande envoyée depuis le site.\n\nPrénom : Gaëlle\nNom : Vernier\n"
        "Courriel : g.vernier@example.com\n"
        "Téléphone : 06 11 22 33 44\n\nMessage :\nTitulaire d'une licence pro depuis juin, je cherche un "
        "emploi dans une coopérative.",
        reply_to="g.vernier@example.com",
    )
    assert _applicant(raw) == ("Gaëlle", "Vernier", "g.vernier@example.com", "+33611223344")


def test_an_english_form_with_one_name_field_gives_first_and_last_name_and_the_typed_address() -> None:
    raw = _form(
        "New submission\n\nFull name: Oscar Lindgren\nEmail address: oscar.l@example.org\n\nMessage:\n"
        "I graduated with an MSc last summer and I am looking for a job in a social enterprise.",
        sender="donotreply@site.example.org",
    )
    first, last, address, _phone = _applicant(raw)
    assert (first, last, address) == ("Oscar", "Lindgren", "oscar.l@example.org")


def test_a_form_without_an_address_field_gives_the_reply_to_address_never_the_mailer() -> None:
    raw = _form(
        "Nom : Basile Aubert\n\nMessage :\nDiplômé d'un BTS en 2026, je veux bosser dans une association.",
        sender="ne-pas-repondre@example.net",
        reply_to="Basile <basile.aubert@example.com>",
    )
    assert _applicant(raw)[2] == "basile.aubert@example.com"


def test_a_person_writing_in_their_own_name_with_labelled_lines_keeps_their_sender_address() -> None:
    raw = make_message(
        "Nom : Chloé Barret\nTéléphone : 06 98 76 54 32\n\nJe suis diplômée d'un master en 2026 et "
        "je cherche un emploi dans l'ESS.",
        from_name="Chloé Barret",
        from_addr="chloe.barret@example.org",
    )
    assert _applicant(raw) == ("Chloé", "Barret", "chloe.barret@example.org", "+33698765432")


# ------------------------------------------------------------------ questions, however they are typed


def test_a_question_typed_without_capitals_after_its_question_mark_is_a_question() -> None:
    fr, en = (
        "coucou est ce qu'il faut payer pour participer ? bonne journée",
        "hi can people apply from abroad ? ok",
    )
    assert _kinds(fr, en) == {"question"}


def test_a_question_about_a_criterion_or_an_information_meeting_is_a_question() -> None:
    fr = "Bonjour, existe-t-il une limite d'âge ou des exceptions pour un diplôme plus ancien ?"
    en = "Hello, is there an information meeting planned before the next intake?"
    assert _kinds(fr, en, subject="Renseignements") == {"question"}


def test_a_subject_naming_what_the_body_only_asks_about_is_no_application() -> None:
    raw = make_message(
        "Bonjour, pouvez-vous me dire quels documents fournir pour candidater, et avant quelle date ?",
        subject="Dossier de candidature",
    )
    assert _kind(raw) == "question"


def test_facts_told_before_the_clause_that_asks_still_make_an_application() -> None:
    fr = "slt jai un bts depuis juillet, je veux taffer dans une asso. vous pouvez m'aider ?"
    en = "hey i finished my bachelor in june, i want to work for a charity, can i join ?"
    assert _kinds(fr, en) == {"application"}


def test_a_hypothesis_inside_a_question_states_no_fact() -> None:
    raw = make_message("Bonjour, si j'ai un diplôme étranger, est-ce que je peux participer ?", subject="")
    assert _kind(raw) == "question"


def test_an_adviser_asking_about_a_group_of_graduates_presents_nobody() -> None:
    fr = make_message(
        "Bonjour, nos diplômés veulent travailler dans l'ESS. Faut-il un niveau bac+3 pour intégrer le "
        "programme ?",
        from_name="Service carrières",
        from_addr="carrieres@univ.example.org",
        subject="Critères",
    )
    en = make_message(
        "Hello, several of our students want to work in a non-profit. Is there a fee to join the programme?",
        from_name="Careers team",
        from_addr="careers@college.example.ac.uk",
        subject="Fees",
    )
    assert _kind(fr) == "question" and _kind(en) == "question"


# ------------------------------------------------------------------ forwards


def _forward(cover: str, author: str, text: str, *, sender: str = "relay@example.org") -> bytes:
    body = (
        f"{cover}\n\n---------- Forwarded message ---------\nDe : {author}\nDate: lun. 9 nov. 2026\n"
        f"Subject: hello\nTo: {sender}\n\n{text}\n"
    )
    return make_message(body, from_name="", from_addr=sender, subject="Fwd: hello")


def test_forwarding_ones_own_earlier_letter_is_an_application_read_from_that_letter() -> None:
    me = "Romane Petit <romane.petit@example.com>"
    fr = _forward(
        "Bonjour, on m'a dit de vous écrire, voici ce que j'avais envoyé à ma conseillère.",
        me,
        "Diplômée d'une licence de sociologie en juin 2026, je cherche un poste dans une association.",
        sender="romane.petit@example.com",
    )
    assert _kind(fr) == "application"
    assert _applicant(fr)[:3] == ("Romane", "Petit", "romane.petit@example.com")


def test_forwarding_ones_own_earlier_letter_in_english_is_an_application() -> None:
    en = _forward(
        "Hi, my adviser told me to contact you, here is what I sent her.",
        "Jack Moore <jack.moore@example.com>",
        "I got my BA in June 2026 and I am looking for a job in a cooperative.",
        sender="jack.moore@example.com",
    )
    assert _kind(en) == "application"


def test_a_cover_presenting_the_forwarded_writer_relays_their_application() -> None:
    raw = _forward(
        "Bonjour, je vous transmets la demande de Noé Garnier, qui vise un premier poste en coopérative.",
        "Noé Garnier <noe.garnier@example.net>",
        "Merci pour notre échange, je reste disponible. 07 12 34 56 78",
        sender="conseil@agence.example.org",
    )
    result = classify(parse_message(raw))
    assert result.kind == "application" and result.forwarded_by == "conseil@agence.example.org"
    assert _applicant(raw)[2:] == ("noe.garnier@example.net", "+33712345678")


def test_a_forwarded_request_from_an_organisation_about_an_event_is_no_application() -> None:
    fr = _forward(
        "Salut, je vous fais suivre la demande de l'école : vous pourriez venir ?",
        "Service vie étudiante <vie.etudiante@ecole.example.org>",
        "Notre salon aura lieu en mars. Nous aimerions qu'un dispositif d'insertion y présente son travail.",
    )
    en = _forward(
        "Hi, passing this on from the college, are you free?",
        "Student life <student.life@college.example.org>",
        "Our fair is in March. We would love a programme to present its work there.",
    )
    assert _kind(fr) == "other" and _kind(en) == "other"


# ------------------------------------------------------------------ names and phones


def test_a_writer_who_names_themself_outranks_the_mailbox_display_name() -> None:
    fr = make_message(
        "Bonjour, c'est Lou Marchand, j'écris depuis la boîte de ma mère. Je suis diplômée d'un master en "
        "2026 et je cherche un emploi dans l'ESS.",
        from_name="Sylvie Marchand",
        from_addr="sylvie.m@example.org",
    )
    en = make_message(
        "Hi, this is Ethan Cole writing from my flatmate's account. I graduated in 2026 and I am looking "
        "for a job in a charity.",
        from_name="Ravi Shah",
        from_addr="ravi.shah@example.org",
    )
    assert _applicant(fr)[:2] == ("Lou", "Marchand") and _applicant(en)[:2] == ("Ethan", "Cole")


def test_the_first_phone_number_written_wins_whatever_its_country() -> None:
    fr = find_phone([Source("corps", "Joignable au +32 470 12 34 56 ou au 06 12 34 56 78")])
    en = find_phone([Source("body", "My mobile is 07911 123456, thanks")])
    assert fr is not None and fr.value == "+32470123456"
    assert en is not None and en.value == "+447911123456"


# ------------------------------------------------------------------ replies, mailings, titles


def test_a_re_quoting_a_letter_our_programme_signed_by_name_is_a_reply() -> None:
    fr = make_message(
        "Oui, la licence date de septembre 2025.\n\nLe 3 nov. 2026 à 14:02, Pro'pulse a écrit :\n> Bonjour,\n"
        "> pouvez-vous nous préciser la date de votre diplôme ?",
        subject="Re: Votre demande",
    )
    en = make_message(
        "Yes, my degree was awarded in July 2026.\n\nOn Tue, 3 Nov 2026, Pro'pulse wrote:\n> Hello,\n"
        "> could you tell us when you graduated?",
        subject="Re: Your message",
    )
    assert _kind(fr) == "reply" and _kind(en) == "reply"


def test_a_re_quoting_someone_else_with_our_name_in_the_text_is_not_a_reply() -> None:
    raw = make_message(
        "Je suis diplômée d'un master en 2026 et je cherche un emploi dans l'ESS, une amie m'a parlé de "
        "Pro'pulse.\n\nLe 3 nov. 2026, Camille a écrit :\n> Regarde ce programme, Pro'pulse, ça peut t'aider",
        subject="Re: programme",
    )
    assert _kind(raw) == "application"


def test_a_generated_mailing_with_list_headers_is_a_newsletter_not_an_auto_reply() -> None:
    headers = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://lists.example.org/u>"}
    fr = make_message("Rappel : la conférence commence demain à 10 h.", subject="Rappel", headers=headers)
    en = make_message("Reminder: the talk starts tomorrow at 10.", subject="Reminder", headers=headers)
    assert _kind(fr) == "newsletter" and _kind(en) == "newsletter"


def test_application_words_inside_a_quoted_title_name_a_thing_not_an_application() -> None:
    fr = "Bonjour, notre atelier « Réussir sa candidature » revient en janvier, réservez une place."
    en = "Hello, our workshop “Your application in one day” is back in January, book a seat."
    assert _kinds(fr, en, subject="Atelier") == {"other"}


def test_a_liaison_sheet_names_the_person_in_its_labelled_row_not_its_heading() -> None:
    fr = make_message(
        "Fiche de suivi\n\nJeune : Anaëlle DUBOIS\nDiplôme : licence de gestion (juin 2026)\n"
        "Projet : un emploi dans une coopérative\nCoordonnées : anaelle.dubois@example.com – 06 55 44 33 22\n"
        "Conseiller : M. Faure",
        from_name="Agence emploi",
        from_addr="suivi@agence.example.org",
        subject="Fiche de suivi – Anaëlle DUBOIS",
    )
    en = make_message(
        "Referral form\n\nCandidate: Liam PORTER\nDegree: BA in politics (June 2026)\n"
        "Goal: a job in a charity\nContact: liam.porter@example.com\nAdviser: Ms Grant",
        from_name="Careers hub",
        from_addr="referrals@hub.example.org",
        subject="Referral form – Liam PORTER",
    )
    assert _applicant(fr)[:3] == ("Anaëlle", "Dubois", "anaelle.dubois@example.com")
    assert _applicant(en)[:3] == ("Liam", "Porter", "liam.porter@example.com")


def _level_and_phone(raw: bytes) -> tuple[int | None, str | None]:
    msg = parse_message(raw)
    facts = read_applicant(msg, [], today=TODAY, forwarded_by=classify(msg).forwarded_by)
    highest = facts.education.highest if facts.education is not None else None
    return (highest.level if highest else None), (facts.phone.value if facts.phone else None)


def test_facts_told_in_a_relays_cover_note_are_read_but_not_its_contacts() -> None:
    fr = _forward(
        "Bonjour, je vous transmets le message de Jules Mercier (licence de sociologie obtenue en juin "
        "2026), qui cherche un emploi dans l'ESS.\nSandrine Roy, conseillère – 01 44 55 66 77",
        "Jules Mercier <jules.mercier@example.net>",
        "Merci pour le rendez-vous, je suis disponible dès lundi.",
        sender="s.roy@insertion.example.org",
    )
    en = _forward(
        "Hello, I am passing on to you a message from Maya Fisher, who obtained her bachelor in June 2026 "
        "and wants a job in a charity.\nTom Reid, adviser, +44 20 7946 0123",
        "Maya Fisher <maya.fisher@example.net>",
        "Thanks for the meeting, I am free from Monday.",
        sender="t.reid@jobs.example.org",
    )
    assert _level_and_phone(fr) == (3, None) and _level_and_phone(en) == (3, None)
