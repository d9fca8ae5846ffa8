"""Transcripts pasted in a mail (stop 35, the genres round): a chat, an SMS exchange or a chatbot's
conversation is read turn by turn — only the applicant's turns are their facts (a friend's own internship, a
chatbot's question are not), a short answer takes its meaning from the question it answers, a turn whose
speaker was lost in the paste is asked — and a voicemail's transcription is the caller's speech, not the
phone service's mail (the caller's name said in lower case, the service's address nobody's, a year run
together open). My own phrasings, in French and in English, read through `propulse extract`'s path
(tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, names, status

AIM = "Je cherche un emploi dans une association d'éducation populaire."
EN_AIM = "I'm looking for a job with a housing charity."


def test_a_chatbots_question_naming_an_internship_is_not_the_applicants_internship() -> None:
    body = (
        "Bonjour, voici mon échange avec le robot de votre site :\n\n"
        "Robot Pro'pulse : Quel diplôme avez-vous ?\n"
        "Moi : un BUT Carrières sociales, juin 2026\n"
        "Robot Pro'pulse : Actuellement, êtes-vous stagiaire ou volontaire en service civique ?\n"
        "Moi : non, aucun des deux\n"
        "Robot Pro'pulse : Merci, à bientôt.\n\n"
        f"{AIM}\nTimothée Garnier"
    )
    result = extracted(body)
    assert status(result, "not_internship") == "met"
    assert status(result, "not_service_civique") == "met"


def test_a_friends_own_internship_in_a_chat_is_hers_not_the_applicants() -> None:
    body = (
        "Bonjour, je vous mets nos messages :\n\n"
        "[19:40] Maëlle : moi je suis en stage au Secours populaire jusqu'en avril\n"
        "[19:41] Maëlle : et toi ?\n"
        "[19:43] Moi : j'ai eu mon master en septembre 2025, je cherche\n"
        "[19:44] Maëlle : fonce alors\n\n"
        f"{AIM}\nRayan Bouzid"
    )
    assert status(extracted(body), "not_internship") == "met"


def test_a_coachs_question_about_a_placement_answered_no_is_no_placement() -> None:
    body = (
        "Hello, here is my chat with my job coach:\n\n"
        "Coach: what did you study?\n"
        "Me: a BA in Social Policy, awarded in July 2025\n"
        "Coach: are you on a work placement at the moment?\n"
        "Me: no, nothing like that\n"
        "Coach: ok, send them your application\n\n"
        f"{EN_AIM}\nPriya Raman"
    )
    assert status(extracted(body), "not_internship") == "met"


def test_a_short_answer_takes_its_date_from_the_question_it_answers() -> None:
    body = (
        "Bonjour, ma conseillère m'a conseillé de vous envoyer notre échange :\n\n"
        "Conseillère : ta licence pro tu l'as eue quand ?\n"
        "Moi : en juillet 2025\n"
        "Conseillère : et là tu fais quoi ?\n"
        "Moi : je cherche un emploi dans une association d'éducation populaire\n\n"
        "Ophélie Marchand"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2025-07"
    assert result["education"]["bac_plus"] == 3


def test_a_yes_takes_its_degree_from_the_question_it_answers() -> None:
    body = (
        "Hi, my tutor told me to forward our chat:\n\n"
        "[08:55] Tutor: did you get your MSc in Development Studies in June 2026?\n"
        "[08:56] Me: yes\n"
        "[08:57] Tutor: great, apply then\n"
        "[08:58] Me: will do, I want to work for a refugee charity\n\n"
        "Daniel Osei"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-06"
    assert result["education"]["bac_plus"] == 5


def test_an_english_short_answer_takes_its_date_from_the_when_it_answers() -> None:
    body = (
        "Hi, here is my chat with my mentor:\n\n"
        "Mentor: when did you complete your BA in Youth Work?\n"
        "Me: September 2025\n"
        "Mentor: nice, good luck\n"
        "Me: thanks, I'd love a job at a youth charity\n\n"
        "Shauna Kelly"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2025-09"
    assert result["education"]["bac_plus"] == 3


def test_an_answer_to_which_kind_of_employer_is_the_applicants_aim() -> None:
    body = (
        "Bonjour, l'assistant de votre site m'a envoyé la conversation :\n\n"
        "Assistant : Quel diplôme avez-vous ?\n"
        "Vous : un master de géographie obtenu en juin 2026\n"
        "Assistant : Quel type d'employeur recherchez-vous ?\n"
        "Vous : une coopérative d'habitants ou une association de quartier\n"
        "Assistant : Merci !\n\n"
        "Clément Royer"
    )
    assert status(extracted(body), "job_seeking_ess") == "met"


def test_a_turn_whose_speaker_was_lost_is_asked_not_settled() -> None:
    body = (
        "Bonjour, je colle notre discussion, les prénoms ont disparu au copier-coller :\n\n"
        "[10:02] ~ : tu penses candidater ?\n"
        "[10:03] ~ : oui mais je ne sais pas si c'est possible\n"
        "[10:03] ~ : toujours en service civique jusqu'en février\n"
        "[10:04] ~ : demande-leur\n\n"
        f"J'ai un BTS SP3S obtenu en juin 2025. {AIM}\nNawel Hamidi"
    )
    assert status(extracted(body), "not_service_civique") == "unknown"


VOICEMAIL = (
    "Transcription de votre message vocal\nde : 06 52 18 47 39\nreçu le : 12 novembre à 10 h 05\n\n{speech}"
)
SERVICE = {"from_name": "Messagerie vocale", "from_addr": "repondeur@voix.example.com"}


def test_a_voicemails_caller_is_the_one_named_in_the_speech_not_the_phone_service() -> None:
    speech = (
        "bonjour euh c'est justine morel je vous appelle pour votre programme j'ai eu mon master en juin "
        "deux mille vingt-six et je cherche un poste dans une ressourcerie rappelez-moi au 06 52 18 47 39"
    )
    result = extracted(VOICEMAIL.format(speech=speech), subject="Nouveau message vocal", **SERVICE)
    assert names(result) == ("Justine", "Morel")
    assert result["applicant"]["email"] is None
    assert result["applicant"]["phone"] == "+33652184739"


def test_an_english_voicemails_caller_is_named_and_the_service_has_no_address_of_theirs() -> None:
    speech = (
        "hi um this is aidan walsh calling about the programme i finished my BA in june twenty twenty-six "
        "and i'm looking for a job in a youth charity call me back on 06 52 18 47 39"
    )
    body = VOICEMAIL.replace("Transcription de votre message vocal", "Voicemail transcription")
    result = extracted(body.format(speech=speech), subject="New voicemail", **SERVICE)
    assert names(result) == ("Aidan", "Walsh")
    assert result["applicant"]["email"] is None


def test_a_year_run_together_in_a_voicemail_is_open_not_failing() -> None:
    speech = (
        "oui bonjour c'est hugo ferrand j'ai eu mon bts en mai deux mille vingt-trois vingt-quatre je sais "
        "plus et je cherche dans une association sportive rappelez-moi au 06 52 18 47 39"
    )
    result = extracted(VOICEMAIL.format(speech=speech), subject="Nouveau message vocal", **SERVICE)
    assert status(result, "graduation_recent") == "unknown"


def test_a_pause_filled_in_a_voicemail_does_not_part_an_end_from_its_date() -> None:
    speech = (
        "bonjour c'est romane giraud je voudrais candidater j'ai une licence de sociologie de juin "
        "deux mille vingt-six je termine mon stage euh en novembre à la mairie et je cherche un poste "
        "dans une association"
    )
    result = extracted(VOICEMAIL.format(speech=speech), subject="Nouveau message vocal", **SERVICE)
    assert status(result, "not_internship") == "unknown"


def test_a_diploma_acronym_said_in_a_voicemail_is_read_as_the_diploma_not_a_goal() -> None:
    speech = (
        "allô bonjour c'est malik ferhat je vous appelle pour candidater j'ai fini mon but génie civil "
        "en juin deux mille vingt-cinq et mon but est de travailler dans une coopérative du bâtiment "
        "rappelez-moi"
    )
    result = extracted(VOICEMAIL.format(speech=speech), subject="Nouveau message vocal", **SERVICE)
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025-06"


def test_an_advisers_suggestion_the_applicant_does_not_take_up_is_not_their_aim() -> None:
    body = (
        "Bonjour, voici mes messages avec mon conseiller :\n\n"
        "[11:02] Conseiller : ton DUT tu l'as eu quand ?\n"
        "[11:03] Moi : en juin 2025\n"
        "[11:04] Conseiller : Tu devrais postuler dans une régie de quartier.\n"
        "[11:05] Moi : je vais y réfléchir\n\n"
        "Louna Petit"
    )
    assert status(extracted(body), "job_seeking_ess") != "met"


def test_an_english_turn_agreeing_with_a_mentors_suggestion_takes_it_up() -> None:
    body = (
        "Hi, I'd like to apply to Pro'pulse, here is the chat with my mentor:\n\n"
        "Mentor: when did you get your HND in Social Care?\n"
        "Me: June 2025\n"
        "Mentor: You could go for a support worker job at a homelessness charity.\n"
        "Me: that's exactly what I want\n\n"
        "Callum Reid"
    )
    assert status(extracted(body), "job_seeking_ess") == "met"
