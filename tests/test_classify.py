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
    # A person's own words beside a machine's notice are read first; then the machines, then the threads.
    assert names[:3] == ["written_in_envelope", "bounce", "auto_reply"] and names[-1] == "other"
    assert names.index("thread_newcomer") < names.index("newsletter") < names.index("reply")
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


# Applications written without application words: each is «other» when only phrases are looked for.
def _classified(body: str, **kwargs: object) -> object:
    return classify(parse_message(make_message(body, **kwargs)))  # type: ignore[arg-type]


def test_a_wish_to_join_the_next_intake_is_an_application_in_french_and_english() -> None:
    fr = _classified("Bonjour,\nje voudrais faire partie de la prochaine promo.\nMerci !", subject="Bonjour")
    en = _classified("Hi,\nI'd like to join your next cohort.\nThanks", subject="Hello")
    assert fr.kind == "application" and "souhait de rejoindre" in fr.reason  # type: ignore[attr-defined]
    assert en.kind == "application" and "souhait de rejoindre" in en.reason  # type: ignore[attr-defined]


def test_a_question_with_personal_context_is_an_application_not_a_question() -> None:
    result = _classified(
        "Bonjour,\nEst-ce que je peux intégrer Pro'pulse ? J'ai eu mon master en juin.", subject="Question"
    )
    assert result.kind == "application"  # type: ignore[attr-defined]
    assert "diplôme ou études" in result.reason  # type: ignore[attr-defined]


def test_a_job_search_told_as_an_aim_or_in_sms_style_is_an_application() -> None:
    aim = _classified(
        "Bonjour,\nUne amie m'a parlé de vous. Mon objectif : un emploi porteur de sens dans une "
        "structure de l'ESS.",
        subject="Renseignement",
    )
    sms = _classified("slt jcherche un taf dans l'ess", subject="")
    english = _classified("Hello, I want to work for a charity after my studies.", subject="Hello")
    for result in (aim, sms, english):
        assert result.kind == "application" and "recherche d'emploi" in result.reason  # type: ignore[attr-defined]


def test_a_cv_sent_with_only_ci_joint_or_an_empty_body_is_an_application() -> None:
    pdf = ("Lea_Martin.pdf", "application/pdf", b"%PDF-1.4 fake")
    only_ci_joint = _classified("ci-joint", subject="Pro'pulse", attachments=[pdf], from_name="Léa Martin")
    empty = _classified("", subject="Pro'pulse", attachments=[("CV.pdf", "application/pdf", b"%PDF")])
    english = _classified("please find my CV attached", subject="Hello")
    for result in (only_ci_joint, empty, english):
        assert result.kind == "application" and "CV" in result.reason  # type: ignore[attr-defined]


def test_a_parent_writing_for_their_son_is_a_referral_in_french_and_english() -> None:
    fr = _classified(
        "Bonjour,\nJe vous écris pour mon fils Lucas Bernard, qui vient de finir sa licence.",
        subject="Renseignements",
        from_name="Sylvie Bernard",
        from_addr="sylvie.bernard@example.org",
    )
    en = _classified(
        "Hello,\nI am writing on behalf of my son Tom Baker, who has just completed his degree.",
        subject="Information",
        from_name="Ann Baker",
        from_addr="ann.baker@example.org",
    )
    assert fr.kind == "application" and fr.forwarded_by == "sylvie.bernard@example.org"  # type: ignore[attr-defined]
    assert en.kind == "application" and en.forwarded_by == "ann.baker@example.org"  # type: ignore[attr-defined]
    assert "personne présentée par un tiers" in fr.reason  # type: ignore[attr-defined]


def test_a_careers_service_presenting_a_graduate_is_an_application_despite_writing_for_its_school() -> None:
    result = _classified(
        "Bonjour,\nLe service carrières de notre école vous présente Léa Dubois, diplômée de notre master "
        "en 2026, qui cherche un emploi dans une association.",
        subject="Une de nos diplômées",
        from_name="Service carrières",
        from_addr="carrieres@ecole.example.fr",
    )
    assert result.kind == "application"  # type: ignore[attr-defined]
    assert result.forwarded_by == "carrieres@ecole.example.fr"  # type: ignore[attr-defined]


def test_an_adviser_orienting_someone_by_name_is_an_application() -> None:
    result = _classified(
        "Bonjour,\nJe vous oriente Kevin Nguyen (kevin.nguyen@example.org, 06 12 34 56 78).\nBien à vous",
        subject="Orientation",
        from_name="Julie Roux",
        from_addr="julie.roux@example.org",
    )
    assert result.kind == "application" and result.forwarded_by == "julie.roux@example.org"  # type: ignore[attr-defined]


def test_an_employer_sharing_a_job_offer_stays_other() -> None:
    result = _classified(
        "Bonjour,\nJe suis chargé de recrutement chez Enercoop. Nous recrutons un animateur et serions "
        "ravis que vous partagiez l'offre.",
        subject="Offre d'emploi",
        from_addr="rh@enercoop.example.org",
    )
    assert result.kind == "other"  # type: ignore[attr-defined]


def test_someone_presenting_themselves_is_not_a_referral() -> None:
    result = _classified(
        "Bonjour,\nJe me présente : Léa Martin, je cherche un emploi dans l'ESS.", subject="Bonjour"
    )
    assert result.kind == "application" and result.forwarded_by is None  # type: ignore[attr-defined]


def test_a_question_about_the_programme_without_personal_facts_is_a_question_in_french_and_english() -> None:
    fr = _classified(
        "Bonjour,\nQuels sont les critères pour participer ? Est-ce payant ?", subject="Question"
    )
    en = _classified("Hello,\nWhat are the eligibility criteria for the programme?", subject="Question")
    assert fr.kind == "question" and "critères" in fr.reason  # type: ignore[attr-defined]
    assert en.kind == "question"  # type: ignore[attr-defined]


def test_propulse_extract_reports_a_programme_question_as_kind_question_without_applicant() -> None:
    from datetime import date

    from intake.extract import extract_message

    raw = make_message("Bonjour,\nComment fonctionne le programme ? C'est payant ?", subject="Question")
    result = extract_message(raw, today=date(2026, 11, 26), file="q.eml")
    assert result["kind"] == "question" and result["applicant"] is None and result["eligibility"] is None
    assert result["situation"]["kind_reason"].startswith("Question sur le programme")


def test_a_mother_writing_about_her_son_by_name_is_a_referral() -> None:
    result = _classified(
        "Bonjour, c'est la maman de Jules. Il a fini son BTS en juin et il cherche du travail dans une "
        "coopérative.",
        subject="Pour Jules",
        from_addr="maman.jules@example.org",
    )
    assert result.kind == "application" and result.forwarded_by == "maman.jules@example.org"  # type: ignore[attr-defined]


def test_an_organisation_looking_for_staff_is_not_a_job_search_in_english_or_french() -> None:
    en = _classified(
        "Hi, we are a cooperative looking for a communications officer. Could you share our offer?",
        subject="Job offer",
    )
    fr = _classified("Bonjour, notre coopérative cherche un animateur pour un CDI.", subject="Poste")
    assert en.kind == "other" and fr.kind == "other"  # type: ignore[attr-defined]


# --- Replies in our threads, recognised from what makes them ours (h-tune-kinds) ---


def test_without_a_store_an_answer_to_a_message_id_of_our_domain_is_a_reply_in_french() -> None:
    raw = make_message(
        "Bonjour, je serai bien là jeudi à 14 h, merci beaucoup.",
        subject="Re: Pro'pulse - rendez-vous",
        headers={"In-Reply-To": "<rdv-77.20261120@animafac.net>"},
    )
    assert _kind(raw) == "reply"


def test_without_a_store_an_answer_to_a_message_id_of_our_domain_is_a_reply_in_english() -> None:
    raw = make_message(
        "Hello, thank you, Thursday afternoon works for me. My CV is attached again.",
        subject="Re: your interview",
        headers={"References": "<a.1@example.com> <slot-3.99@animafac.net>"},
    )
    assert _kind(raw) == "reply"


def test_our_domain_comes_from_the_programme_address_not_from_a_word_in_it() -> None:
    raw = make_message(
        "Merci, je suis disponible mardi.", headers={"In-Reply-To": "<x.12@mail.asso-exemple.org>"}
    )
    assert classify(parse_message(raw), our_address="contact@asso-exemple.org").kind == "reply"
    assert classify(parse_message(raw)).kind != "reply"
    # A third party whose domain merely contains ours is not us.
    other = make_message(
        "Merci, je suis disponible mardi.", headers={"In-Reply-To": "<x.12@pasanimafac.net>"}
    )
    assert _kind(other) != "reply"


def test_a_re_subject_quoting_our_own_mail_is_a_reply_even_without_headers() -> None:
    body = (
        "Bonjour,\nToujours partante, je vous envoie mes créneaux ce soir.\nAnaïs\n\n"
        "Le 3 nov. 2026 à 09:30, Pro'pulse <propulse@animafac.net> a écrit :\n"
        "> Merci pour votre candidature. Quand êtes-vous disponible ?\n"
    )
    assert _kind(make_message(body, subject="Re: Votre candidature")) == "reply"


def test_a_re_subject_quoting_our_own_mail_in_english_is_a_reply() -> None:
    body = (
        "Hi, yes I still want to apply, I have updated my resume.\n\n"
        "On Tue, 3 Nov 2026 at 09:30, Pro'pulse <propulse@animafac.net> wrote:\n"
        "> Could you send us your diploma?\n"
    )
    assert _kind(make_message(body, subject="RE: Your application")) == "reply"


def test_a_first_application_that_merely_names_our_address_is_not_a_reply() -> None:
    body = "Bonjour, je candidate à Pro'pulse (adresse trouvée : propulse@animafac.net). Je suis diplômée."
    assert _kind(make_message(body, subject="Candidature")) == "application"


# --- What a question names is asked about, not stated (h-tune-kinds) ---


def test_a_question_naming_a_diploma_asks_about_the_criteria_and_is_a_question_in_french() -> None:
    body = "Bonjour,\nEst-ce que votre programme est ouvert à quelqu'un qui a seulement un BTS ?\nMerci"
    assert _kind(make_message(body, subject="Renseignement")) == "question"


def test_a_question_naming_a_degree_is_a_question_in_english() -> None:
    body = "Hello,\nDoes your programme accept people whose degree is from abroad?\nThanks"
    assert _kind(make_message(body, subject="Quick question")) == "question"


def test_asking_for_the_application_form_is_a_question_not_an_application() -> None:
    body = "Bonjour,\nPourriez-vous m'indiquer comment envoyer ma candidature et quand commence la promo ?\n"
    assert _kind(make_message(body, subject="Infos")) == "question"
    english = "Hi,\nCould you send me the application form and the dates of the next cohort?\n"
    assert _kind(make_message(english, subject="Info")) == "question"


def test_asking_whether_i_can_join_is_still_an_application() -> None:
    assert _kind(make_message("Salut, est-ce que je peux rejoindre la prochaine promo ?", subject="")) == (
        "application"
    )
    assert _kind(make_message("Hi, can I join your programme next year?", subject="")) == "application"


def test_a_cv_named_as_a_topic_is_not_the_writers_cv() -> None:
    body = (
        "Bonjour,\nJe suis DRH à la retraite et je propose de faire des simulations d'entretien et de la "
        "relecture de CV pour vos participants. Qui dois-je contacter ?\nPaul Girard"
    )
    assert _kind(make_message(body, subject="Proposition de bénévolat")) == "other"
    english = "Hello, I am a retired recruiter and would happily review CVs for your participants.\nAnn"
    assert _kind(make_message(english, subject="Volunteering offer")) == "other"


def test_my_cv_attached_is_still_the_writers_cv() -> None:
    assert _kind(make_message("Bonjour, voici mon CV pour le programme.", subject="")) == "application"
    assert _kind(make_message("Hello, please find my resume for the programme.", subject="")) == "application"


def test_an_aunt_asking_a_question_for_a_relative_is_a_question_in_french() -> None:
    body = "Bonjour,\nMa nièce voudrait un emploi, combien coûte votre accompagnement, et à quelle date ?"
    assert _kind(make_message(body, subject="Renseignements pour ma nièce")) == "question"


def test_a_parent_asking_a_question_for_a_relative_is_a_question_in_english() -> None:
    body = "Hello,\nMy daughter wants a job in a charity, how long does your programme last?\nRegards"
    assert _kind(make_message(body, subject="About my daughter")) == "question"


def test_a_relative_presented_with_a_fact_told_in_the_next_sentence_is_an_application() -> None:
    body = "Bonjour,\nJe vous écris pour mon fils Hugo.\nIl a obtenu une licence de géographie en juin 2026."
    assert _kind(make_message(body, subject="Mon fils")) == "application"


# --- Stop 20: classes of kind mistakes read from meaning (own phrasings, FR and EN) ---


def _extracted(body: str, **kwargs: object) -> dict[str, object]:
    from datetime import date

    from intake.extract import extract_message

    return extract_message(make_message(body, **kwargs), today=date(2026, 11, 26))  # type: ignore[arg-type]


def _applicant(body: str, **kwargs: object) -> dict[str, object]:
    result = _extracted(body, **kwargs)
    assert result["kind"] == "application", result
    return result["applicant"]  # type: ignore[return-value]


def test_a_forward_of_a_forward_is_the_application_of_the_innermost_author_in_french_and_english() -> None:
    fr = (
        "Je te le passe, à voir.\nBruno\n\n---------- Message transféré ----------\n"
        "De : Agnès Vidal <a.vidal@relais-emploi.example.org>\nObjet : TR: Théo\n\n"
        "Peux-tu le transmettre ?\n\n"
        "---------- Message transféré ----------\n"
        "De : Théo Garnier <theo.garnier@example.net>\nObjet : Théo\n\n"
        "Bonjour, j'ai un DUT techniques de commercialisation depuis juin 2026 et je veux bosser dans une "
        "épicerie coopérative. 06 11 22 33 44"
    )
    en = (
        "FYI, see below.\n\n---------- Forwarded message ---------\n"
        "From: Ruth Lane <r.lane@hub.example.org>\n"
        "Subject: Fwd: Sam\n\nCould you pass this on?\n\n---------- Forwarded message ---------\n"
        "From: Sam Okafor <sam.okafor@example.com>\nSubject: Sam\n\nHello, I completed a BSc in ecology in "
        "July 2026 and I would love to work for an environmental charity. 07 12 34 56 78"
    )
    for body, person in ((fr, ("Théo", "theo.garnier@example.net")), (en, ("Sam", "sam.okafor@example.com"))):
        result = _extracted(
            body, subject="TR: TR: x", from_name="Bruno Petit", from_addr="b.petit@example.org"
        )
        applicant = result["applicant"]
        assert result["kind"] == "application"
        assert (applicant["first_name"], applicant["email"]) == person  # type: ignore[index]
        assert result["situation"]["forwarded_by"] == "b.petit@example.org"  # type: ignore[index]


def test_a_forwarded_message_quoted_with_chevrons_is_read_as_the_forwarded_application() -> None:
    body = (
        "Bonjour,\nJe vous transmets la demande ci-dessous.\nLucie Bard, conseillère\n\n"
        "> De : Hugo Lemaire <hugo.lemaire@example.org>\n> Objet : mon parcours\n>\n"
        "> Bonjour, titulaire d'une licence de géographie (2026), je cherche un emploi dans une "
        "association d'éducation à l'environnement.\n> 06 55 44 33 22"
    )
    applicant = _applicant(body, subject="TR: Hugo", from_name="Lucie Bard", from_addr="l.bard@example.org")
    assert (applicant["first_name"], applicant["email"]) == ("Hugo", "hugo.lemaire@example.org")


def test_an_adviser_telling_facts_of_a_named_person_presents_them_in_french_and_english() -> None:
    fr = _classified(
        "Bonjour,\nJe vous mets en contact avec Yanis Ferrand. Titulaire d'un BTS SAM obtenu en 2026, Yanis "
        "voudrait travailler dans une SCOP du bâtiment.\nBien à vous,\nOdile Sarr",
        subject="Yanis Ferrand",
        from_name="Odile Sarr",
        from_addr="o.sarr@example.org",
    )
    en = _classified(
        "Dear team,\nWe are contacting you about our former student Priya Nair, who graduated with a BA in "
        "July 2026 and is looking for a job in a social enterprise.\nKind regards,\nAlumni Office",
        subject="Priya Nair",
        from_name="Alumni Office",
        from_addr="alumni@example.org",
    )
    for result, referrer in ((fr, "o.sarr@example.org"), (en, "alumni@example.org")):
        assert result.kind == "application" and result.forwarded_by == referrer  # type: ignore[attr-defined]
        assert "personne présentée" in result.reason  # type: ignore[attr-defined]


def test_a_summary_table_from_an_adviser_presents_the_person_it_names() -> None:
    html = (
        "<html><body><p>Bonjour,</p><table><tr><td>Personne</td><td>Romane Blin</td></tr>"
        "<tr><td>Diplôme</td><td>Licence pro métiers du social (2026)</td></tr>"
        "<tr><td>Contact</td><td>romane.blin@example.net</td></tr></table><p>Jérôme Caro, conseiller</p>"
        "</body></html>"
    )
    head = "From: Jérôme Caro <j.caro@example.org>\nTo: propulse@animafac.net\nSubject: Fiche\n"
    raw = head + "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html
    msg = parse_message(raw.encode())
    assert "Diplôme : Licence pro" in msg.text  # cells side by side stay apart
    result = classify(msg)
    assert result.kind == "application" and result.forwarded_by == "j.caro@example.org"


def test_application_words_naming_a_group_are_not_an_applicant_in_french_and_english() -> None:
    fr = _classified(
        "Bonjour,\nJe réalise un podcast sur l'emploi des jeunes diplômés et j'aimerais inviter votre "
        "coordinatrice.\nMerci",
        subject="Podcast – jeunes diplômés",
        from_name="Marc Lenoir",
        from_addr="marc@ondes.example.com",
    )
    en = _classified(
        "Hello,\nOur software ranks hundreds of applications for you in seconds. Book a call this week.",
        subject="Screen 300 applications faster",
        from_name="Dana Sales",
        from_addr="dana@rankly.example.com",
    )
    assert fr.kind == "other" and en.kind in {"other", "question"}  # type: ignore[attr-defined]


def test_an_organisation_writing_about_the_post_it_offers_is_not_an_applicant_in_french_and_english() -> None:
    fr = _classified(
        "Bonjour,\nNotre épicerie solidaire a un poste d'animateur à pourvoir en CDD. Pourriez-vous le faire "
        "suivre aux participants ?\nMerci",
        subject="Poste d'animateur",
        from_name="Épicerie Solidaire",
        from_addr="contact@epicerie.example.org",
    )
    news = _classified(
        "Bonjour,\nJe tenais à vous dire que Sofia, passée par votre programme, vient d'être embauchée chez "
        "nous comme coordinatrice.\nAmitiés",
        subject="Des nouvelles",
        from_name="Hélène Roy",
        from_addr="h.roy@ressourcerie.example.org",
    )
    en = _classified(
        "Hello,\nOur cooperative is hiring a bookkeeper on a permanent contract. Could you share the vacancy "
        "with your participants?",
        subject="Vacancy",
        from_name="Coop Hiring",
        from_addr="jobs@coop.example.org",
    )
    assert fr.kind == "other" and news.kind == "other" and en.kind == "other"  # type: ignore[attr-defined]


def _applications(subject: str, *bodies: str) -> bool:
    return all(_classified(body, subject=subject).kind == "application" for body in bodies)  # type: ignore[attr-defined]


def test_employer_words_inside_a_first_person_job_search_do_not_make_an_employer() -> None:
    assert _applications(
        "Bonjour",
        "Bonjour,\nDiplômée d'un master en 2026, je cherche un poste de chargée de partenariats dans une "
        "fondation.\nClara Weiss",
        "Hello,\nI graduated with an MA in 2026 and I am looking for a partnership role in a charity.",
    )


def test_a_diploma_line_without_subject_and_an_inflected_aim_make_an_application_not_a_question() -> None:
    assert _applications(
        "Pro'pulse",
        "Bonjour,\nLicence de droit obtenue en juin 2026. Je vise un emploi de juriste en mutuelle. "
        "Votre accompagnement convient-il à mon cas ?",
        "Hi,\nMSc in public health, September 2026. I target a job in a health charity. Is your programme "
        "right for me?",
    )


def _no_referral(fr_body: str, en_body: str) -> None:
    for body in (fr_body, en_body):
        result = _classified(body, subject="Candidature")
        assert result.kind == "application" and result.forwarded_by is None  # type: ignore[attr-defined]


def test_a_relative_named_beside_the_writers_own_facts_is_no_referral_in_french_and_english() -> None:
    _no_referral(
        "Bonjour,\nBUT informatique (juin 2026), je cherche un emploi dans une coopérative numérique. "
        "Mon frère m'a parlé de vous.",
        "Hello,\nI hold a BA in history (2026) and I am looking for a job in a museum charity. My sister is "
        "still at school.",
    )


def test_presenting_ones_own_career_or_project_is_no_referral_in_french_and_english() -> None:
    _no_referral(
        "Bonjour,\nDiplômé d'un BTS en 2026, je souhaite orienter ma carrière vers une association et vous "
        "présenter mon projet.",
        "Hello,\nI graduated in 2026 and would like to introduce my project: working for a cooperative.",
    )


def test_a_re_subject_quoting_a_text_that_names_our_address_is_not_a_reply_in_french_and_english() -> None:
    quoted = "\n\n> Pro'pulse accompagne de jeunes diplômés vers l'ESS.\n> Écrivez à propulse@animafac.net."
    assert _applications(
        "Re: annonce Pro'pulse",
        "Bonjour, une amie m'a fait suivre votre annonce. Licence de lettres (2026), je cherche un emploi "
        "dans une compagnie de théâtre associative." + quoted,
        "Hello, a friend passed your flyer on. I hold a BA in music (2026) and I am looking for a job in a "
        "community arts charity." + quoted,
    )


def test_a_name_typed_in_lower_case_is_read_when_the_senders_address_spells_it() -> None:
    fr = _applicant(
        "slt, bts compta 2025, je cherche du taf dans une asso\nyanis morel 06 12 45 78 90",
        from_name="yaya",
        from_addr="yanis.morel75@example.net",
    )
    en = _applicant(
        "hi, BA in geography 2026, looking for a job in a charity\nthanks\nruby lane",
        from_name="",
        from_addr="ruby_lane@example.org",
    )
    assert (fr["first_name"], fr["last_name"]) == ("Yanis", "Morel")
    assert (en["first_name"], en["last_name"]) == ("Ruby", "Lane")


def test_a_phone_below_the_signature_dashes_or_in_the_writers_own_quoted_letter_is_theirs() -> None:
    signed = _applicant(
        "Bonjour,\nTitulaire d'un master de sociologie (2026), je cherche un emploi dans une association.\n"
        "-- \nAnaïs Colin\n06 23 45 67 89",
        from_name="Anaïs Colin",
        from_addr="anais.colin@example.org",
    )
    quoted = _applicant(
        "Hello, I forward the letter I sent last week; I would like to join Pro'pulse.\nTom\n\n"
        "> Dear Sir or Madam,\n> I graduated with an MSc in 2026 and am looking for a job in a charity.\n"
        "> You can reach me on 07 34 56 78 91.\n> Tom Becker",
        from_name="Tom Becker",
        from_addr="tom.becker@example.com",
        subject="Fwd: application",
    )
    assert signed["phone"] == "+33623456789" and quoted["phone"] == "+33734567891"


def _kinds_from(*messages: tuple[str, str, str]) -> list[str]:
    """(body, subject, sender address) → the kinds the chain gives."""
    return [
        _classified(body, subject=subject, from_name="", from_addr=sender).kind  # type: ignore[attr-defined]
        for body, subject, sender in messages
    ]


def test_an_association_recruiting_without_saying_we_is_an_employer_not_an_applicant() -> None:
    assert _kinds_from(
        (
            "Bonjour,\nLa ressourcerie Le Grenier recrute un·e valoriste en CDI (bac+2 souhaité). Le poste "
            "pourrait intéresser des jeunes diplômé·es de votre programme.",
            "Offre",
            "contact@grenier.example.org",
        ),
        (
            "Hello,\nGreen Wheels Cooperative is hiring a bike mechanic (degree welcome). The post may suit "
            "some of your graduates.",
            "Vacancy",
            "jobs@greenwheels.example.org",
        ),
    ) == ["other", "other"]


def test_a_grandparent_naming_a_grandchild_by_first_name_gives_the_family_name_and_their_address() -> None:
    fr = _extracted(
        "Bonjour Madame, Monsieur\n\nmon petit fils Lucas a eu son BTS en juin, il voudrait travailler dans "
        "une association sportive. Son mail : lucas.perrin@example.org\n\nAmitiés\nMonique Perrin",
        subject="pour mon petit-fils",
        from_name="Monique Perrin",
        from_addr="monique.perrin@example.net",
    )
    en = _extracted(
        "Dear Sir or Madam,\n\nmy nephew Omar finished his BA in June and would love to work for a charity. "
        "His email is omar.haddad@example.org\n\nBest\nLeila Haddad",
        subject="for my nephew",
        from_name="Leila Haddad",
        from_addr="leila.haddad@example.net",
    )
    for result, person in (
        (fr, ("Lucas", "Perrin", "lucas.perrin@example.org")),
        (en, ("Omar", "Haddad", "omar.haddad@example.org")),
    ):
        applicant = result["applicant"]
        assert (applicant["first_name"], applicant["last_name"], applicant["email"]) == person  # type: ignore[index]


def test_someone_writing_from_another_persons_mailbox_is_read_from_their_own_signed_address() -> None:
    fr = _applicant(
        "Bonjour, c'est Inès, ma boîte mail est bloquée donc j'écris depuis celle de ma sœur. Master de "
        "droit social (2026), je cherche un emploi dans une mutuelle. Écrivez-moi sur "
        "ines.guerin@example.org.\nMerci, Inès Guérin",
        from_name="Chloé Guérin",
        from_addr="chloe.g@example.net",
    )
    en = _applicant(
        "Hi, it's Ben, using my flatmate's email as mine is down. BA in sociology (2026), looking for a job "
        "in a housing charity. Please answer to ben.ward@example.org\nThanks, Ben Ward",
        from_name="Alex Stone",
        from_addr="alex.stone@example.net",
    )
    assert (fr["first_name"], fr["last_name"], fr["email"]) == ("Inès", "Guérin", "ines.guerin@example.org")
    assert (en["first_name"], en["last_name"], en["email"]) == ("Ben", "Ward", "ben.ward@example.org")


def test_diploma_words_in_a_text_about_nobody_are_not_an_application_in_french_and_english() -> None:
    assert _kinds_from(
        (
            "Au programme de la journée : ateliers BTS et master, conférences, visites. Objet : M2 RH. "
            "Inscriptions ouvertes à tous les curieux, venez nombreux au salon de l'orientation.",
            "Salon de l'orientation",
            "salon@orientation.example.org",
        ),
        (
            "Become a master of sourdough! Our bakery classes cover the BA-BA of bread; the Master class "
            "follows. Seats are limited, book now.",
            "Bread classes",
            "hello@bakery.example.com",
        ),
    ) == ["other", "other"]


def test_a_careers_service_naming_the_graduate_as_subject_presents_them_in_french_and_english() -> None:
    fr = _classified(
        "Bonjour,\nNina Royer, diplômée de notre licence de sociologie, souhaite travailler dans une "
        "association et nous a demandé de vous écrire : nina.royer@example.org.\nLe service insertion",
        subject="Une de nos diplômées",
        from_name="Service insertion",
        from_addr="insertion@univ.example.org",
    )
    en = _classified(
        "Hello,\nOmar Diallo, a graduate of our BSc in economics, wants to work for a cooperative bank and "
        "asked us to contact you: omar.diallo@example.org.\nCareers team",
        subject="One of our graduates",
        from_name="Careers team",
        from_addr="careers@college.example.org",
    )
    assert fr.kind == "application" and fr.forwarded_by == "insertion@univ.example.org"  # type: ignore[attr-defined]
    assert en.kind == "application" and en.forwarded_by == "careers@college.example.org"  # type: ignore[attr-defined]
