"""Kinds and senders of mail composed by voice (stop 48, the spoken round): a telephony service's notice of a
voice message is the service's, whatever its layout, and only the caller's words under its transcript label
say who writes and what the mail is (its footer naming «l'application» of the operator is nobody's word); an
address spelt out aloud runs from its name to a top-level domain ("email me at…" is no address of «me»); a
question said without its mark is still asked. My own phrasings, in French and in English, read through
`propulse extract`'s path (tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, kind, names

from intake.understanding.unmarked import asks_unmarked

OPERATOR = {"from_name": "Répondeur Opérateur", "from_addr": "repondeur@operateur.example.net"}
OPERATOR_SENDER = (OPERATOR["from_name"], OPERATOR["from_addr"])
NOTICE = (
    "Votre correspondant a laissé un message sur votre messagerie vocale.\n\n"
    "Numéro appelant : 06 12 44 90 31\nLe : mardi 17 novembre 2026 à 14:02\n\n"
    "Transcription automatique du message :\n{speech}\n\n"
    "Écoutez-le depuis l'application de votre opérateur. Ce courriel est envoyé automatiquement."
)
EN_NOTICE = (
    "You have a new voice message in your voicemail box.\n\nCaller: +44 7700 900123\nLength: 38 s\n\n"
    "Transcript:\n{speech}\n\nOpen the application to play the recording. Do not reply to this email."
)


def test_a_voicemail_notice_in_a_layout_of_its_own_names_the_caller_not_the_operator() -> None:
    speech = (
        "bonjour c'est bastien morel j'ai un BUT carrières sociales depuis juin 2026 et je cherche un emploi "
        "dans une ressourcerie rappelez-moi merci"
    )
    result = extracted(NOTICE.format(speech=speech), subject="Message vocal (0:31)", **OPERATOR)
    assert names(result) == ("Bastien", "Morel")
    assert result["applicant"]["email"] is None
    assert result["applicant"]["phone"] == "+33612449031"


def test_an_english_voicemail_notice_names_the_caller_and_gives_no_address_of_the_service() -> None:
    speech = (
        "hi this is tamsin hale I finished my BA in social policy in July 2026 and I'm looking for a job "
        "with a housing charity in Lyon please call me back"
    )
    result = extracted(EN_NOTICE.format(speech=speech), subject="Voice message (0:38)", **OPERATOR)
    assert names(result) == ("Tamsin", "Hale")
    assert result["applicant"]["email"] is None


def test_a_voicemail_of_noise_alone_is_other_mail_though_the_notice_names_an_application() -> None:
    body = NOTICE.format(speech="[inaudible] … allô ? [inaudible]")
    assert kind(body, "Message vocal (0:12)", sender=OPERATOR_SENDER) == "other"


def test_an_english_voicemail_of_noise_alone_is_other_mail() -> None:
    body = EN_NOTICE.format(speech="[inaudible] hello [inaudible] [background noise]")
    assert kind(body, "Voice message (0:09)", sender=OPERATOR_SENDER) == "other"


def test_a_persons_own_voice_note_keeps_its_sender_as_the_applicant() -> None:
    # A voice note the person pastes herself names no caller's number: the sender is the one who speaks.
    body = (
        "Bonjour, je vous colle la transcription de mon message vocal :\n\n"
        "Message vocal · 0:35 · Transcription\n"
        "alors j'ai eu ma licence pro en juin 2026 et je cherche un poste dans une épicerie solidaire voilà"
    )
    sender = {"from_name": "Maëva Colin", "from_addr": "maeva.colin@example.org"}
    result = extracted(body, subject="ma candidature", **sender)
    assert names(result) == ("Maëva", "Colin")
    assert result["applicant"]["email"] == "maeva.colin@example.org"


def test_an_address_spelt_after_email_me_at_runs_from_the_name_to_the_domain() -> None:
    speech = (
        "hi my name is noor haddad I got my master's in urban planning in June 2026 and I'm looking for a "
        "job in a cooperative you can email me at noor dot haddad at example dot org dot uk thanks"
    )
    result = extracted(EN_NOTICE.format(speech=speech), subject="Voice message (0:41)", **OPERATOR)
    assert result["applicant"]["email"] == "noor.haddad@example.org.uk"


def test_a_french_address_spelt_aloud_is_still_read_whole() -> None:
    speech = (
        "bonjour c'est lison prat j'ai un master depuis juin 2026 je cherche dans une association mon "
        "adresse c'est lison point prat arobase laposte point net merci"
    )
    result = extracted(NOTICE.format(speech=speech), subject="Message vocal (0:29)", **OPERATOR)
    assert result["applicant"]["email"] == "lison.prat@laposte.net"


def test_a_question_dictated_without_its_mark_is_a_question() -> None:
    body = "bonjour c'est combien de temps l'accompagnement et est-ce que les ateliers se font le soir merci"
    assert kind(body, "question") == "question"


def test_an_alternative_left_open_without_its_mark_asks() -> None:
    body = "bonsoir j'ai entendu parler de vous à la radio c'est ouvert aux gens de Bretagne ou pas merci"
    assert kind(body, "info") == "question"


def test_an_english_question_said_without_its_mark_asks() -> None:
    body = "hi there a friend told me about you is the program free or not thanks"
    assert kind(body, "quick question") == "question"


def test_a_caller_asking_from_when_one_can_apply_asks_a_question() -> None:
    speech = (
        "oui bonsoir c'était pour savoir à partir de quand on peut candidater pour la rentrée "
        "merci au revoir"
    )
    assert kind(NOTICE.format(speech=speech), "Message vocal (0:14)", sender=OPERATOR_SENDER) == "question"


def test_speech_run_on_that_tells_her_studies_and_search_before_asking_is_an_application() -> None:
    body = (
        "bonjour je voulais savoir pour votre accompagnement en fait j'ai pas encore fini ma "
        "licence il me reste "
        "un partiel en janvier mais je cherche déjà un poste dans une coopérative est-ce que c'est "
        "possible de "
        "commencer avant merci"
    )
    result = extracted(body, subject="renseignement")
    assert result["kind"] == "application"
    assert result["eligibility"]["verdict"] == "not_eligible"


def test_a_result_awaited_told_before_du_coup_and_a_question_is_the_persons_fact() -> None:
    body = (
        "bonjour alors ma licence pro à Rennes les partiels c'est fait mais les notes ben elles "
        "sont pas encore "
        "sorties du coup je voulais savoir si je pouvais m'inscrire pour chercher un poste dans "
        "une mutuelle merci"
    )
    assert kind(body, "programme") == "application"


def test_a_run_of_speech_that_only_asks_stays_a_question() -> None:
    body = "bonjour j'ai vu une affiche dans le métro du coup c'est gratuit ou pas et ça se passe où merci"
    assert kind(body, "question") == "question"


def test_a_requirement_said_impersonally_and_asked_is_a_question_about_the_programme() -> None:
    body = (
        "Bonjour, à la réunion d'hier l'intervenant a parlé d'une limite de 30 ans. Il faut "
        "vraiment avoir moins "
        "de 30 ans, ou c'est plus souple ? Merci."
    )
    assert kind(body, "après la réunion") == "question"


def test_a_concession_or_an_adverb_is_no_question_said_without_its_mark() -> None:
    assert not asks_unmarked("je prendrai un poste dans une association que ce soit à temps plein ou pas")
    assert not asks_unmarked("c'est quand même une belle association")
    assert not asks_unmarked("c'est quand j'ai fini mon stage que j'ai découvert les coopératives")
    assert asks_unmarked("c'est quand la prochaine session")


def test_a_verb_of_knowing_under_sans_tells_what_the_person_does_not_know_and_asks_nothing() -> None:
    assert not asks_unmarked("je cherche dans des associations sans savoir quand je trouverai")
    assert not asks_unmarked("I keep applying to charities without knowing where I will end up")
    assert asks_unmarked("je voulais juste savoir quand commence la prochaine promo")
    body = (
        "Mon fils Élie Caron (elie.caron@example.org) a une licence depuis juin 2026 ; il envoie des CV "
        "partout sans savoir où il aimerait travailler."
    )
    result = extracted(body, subject="Mon fils", from_name="Anne Caron", from_addr="anne.caron@example.fr")
    assert result["kind"] == "application"


def test_a_typed_application_ending_on_a_real_question_stays_an_application() -> None:
    body = (
        "Bonjour, j'ai une licence pro animation obtenue en juin 2026 et je cherche un emploi dans une "
        "association d'éducation populaire. Est-ce que je peux m'inscrire ?"
    )
    assert kind(body, "Candidature") == "application"


def test_a_question_about_a_webinar_the_person_attended_is_a_question() -> None:
    body = (
        "Bonjour, pendant le webinaire de jeudi l'animatrice a parlé d'une limite d'âge. Faut-il vraiment "
        "avoir moins de 30 ans pour s'inscrire ? Merci."
    )
    assert kind(body, "question sur le webinaire") == "question"


def test_an_english_question_after_a_webinar_attended_is_a_question() -> None:
    body = "Hello, during the webinar the host mentioned an age limit. Do you really need to be under 30?"
    assert kind(body, "Question after the webinar") == "question"


def test_a_partner_inviting_to_its_own_webinar_asks_no_question_about_the_programme() -> None:
    body = (
        "Bonjour, nous organisons un webinaire sur l'emploi associatif le 3 décembre : voulez-vous "
        "intervenir ?"
    )
    assert kind(body, "Invitation webinaire") != "question"


def test_an_application_taken_back_in_speech_is_no_application() -> None:
    body = (
        "bonjour je retire ma candidature parce que j'ai trouvé un poste en CDD dans une ressourcerie à "
        "Nancy merci pour votre aide"
    )
    assert kind(body, "désistement") == "other"


def test_an_english_wish_to_withdraw_an_application_is_no_application() -> None:
    body = (
        "Hello, I'd like to withdraw my application: I've accepted a job at a housing charity. Thanks for "
        "everything."
    )
    assert kind(body, "Withdrawal") == "other"


def test_someone_elses_withdrawn_application_beside_ones_own_search_is_still_an_application() -> None:
    body = (
        "Bonjour, j'ai une licence pro depuis juin 2026 et je cherche un emploi dans une association. Mon "
        "colocataire a retiré sa candidature l'an dernier, moi je voudrais m'inscrire."
    )
    assert kind(body, "Candidature") == "application"


def test_a_mentor_introducing_someone_by_name_in_speech_refers_them() -> None:
    body = (
        "Hi, pasting my voice memo as I'm on the train:\n\n"
        "hey so I wanted to introduce Dara Quinn she's a mentee of mine she got her BA in youth work in "
        "July 2026 and she's looking for a job with a youth charity in Lille her email is "
        "dara.quinn@example.org\n\nRuth"
    )
    sender = {"from_name": "Ruth Adler", "from_addr": "ruth.adler@mentors.example.org"}
    result = extracted(body, subject="Introduction", **sender)
    assert names(result) == ("Dara", "Quinn")
    assert result["applicant"]["email"] == "dara.quinn@example.org"
    assert result["situation"]["forwarded_by"] == "ruth.adler@mentors.example.org"


def test_an_applicant_introducing_herself_in_english_is_no_referral() -> None:
    body = (
        "Hi, let me introduce myself: I'm Dara Quinn, I got my BA in youth work in July 2026 and I'm looking "
        "for a job with a youth charity in Lille."
    )
    sender = {"from_name": "Dara Quinn", "from_addr": "dara.quinn@example.org"}
    result = extracted(body, subject="Application", **sender)
    assert names(result) == ("Dara", "Quinn")
    assert result["situation"]["forwarded_by"] is None


def test_a_caller_telling_a_career_and_a_university_diploma_before_asking_applies() -> None:
    speech = (
        "bonjour je suis gérard lenoir j'ai été commercial pendant douze ans dans une agence à Metz et j'ai "
        "fait un DU de médiation sociale en 2026 pour changer de métier je voudrais savoir si c'est ouvert "
        "pour moi merci de me rappeler"
    )
    assert kind(NOTICE.format(speech=speech), "Message vocal (0:40)", sender=OPERATOR_SENDER) == "application"


def test_a_university_diploma_only_asked_about_stays_a_question() -> None:
    assert kind("Bonjour, mon DU de médiation est-il accepté pour le programme ?", "Question") == "question"


def test_a_cleft_with_est_ce_que_unhyphenated_tells_what_the_writer_seeks() -> None:
    body = (
        "Bonjour, ma licence pro d'animation m'a été délivrée en juillet 2026 ; un poste d'animateur dans "
        "une maison de quartier associative est ce que je cherche.\n\nYanis Robert"
    )
    assert kind(body, "Candidature") == "application"


def test_a_search_told_without_knowing_where_it_goes_asks_nothing() -> None:
    assert not asks_unmarked("elle envoie des CV partout sans savoir où elle veut travailler")
    assert not asks_unmarked("he applies everywhere without knowing where he wants to go")
