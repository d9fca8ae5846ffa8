"""Who speaks in mail composed by voice (stop 48, the spoken corpus's turns slice): a typist's own aside
while someone dictates to them is the typist's, a call's speaker labelled by the writer's full name is the
writer, a question put without its mark in a call's captions is answered by the person's next turn. My own
phrasings, in French and in English, read through `propulse extract`'s path (tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, status

from intake.understanding.typist import typists_asides_removed

AIM = "Je cherche un poste dans une association d'éducation populaire."


def test_a_typists_own_internship_told_while_his_sister_dictates_is_not_hers() -> None:
    body = (
        "Bonjour, ici Théo, le frère de Nina, elle me dicte car elle s'est cassé le bras "
        "(moi je suis en stage chez un notaire, rien à voir).\n\n"
        "Elle dit : j'ai un BUT carrières sociales obtenu en juillet 2025. " + AIM + "\n\nNina Ferrand"
    )
    result = extracted(body, from_name="Nina Ferrand", from_addr="nina.ferrand@example.org")
    assert status(result, "not_internship") == "met"


def test_a_typists_own_placement_told_in_english_while_a_friend_dictates_is_not_hers() -> None:
    body = (
        "Hi, I'm typing this for my flatmate Jade Morel, who is dictating (I'm doing an "
        "internship at a law firm until May).\n\nShe says: I got my BA in social work in June 2025 "
        "and I'd like a job with a housing charity.\n\nJade"
    )
    result = extracted(body, from_name="Jade Morel", from_addr="jade.morel@example.org")
    assert status(result, "not_internship") == "met"


def test_the_persons_own_internship_after_the_typists_frame_stays_hers() -> None:
    body = (
        "Bonjour, c'est Karim, Lou me dicte son message.\n\n"
        "Elle dit : j'ai un BTS ESF obtenu en juin 2025 et je suis en stage jusqu'en mars 2027. "
        + AIM
        + "\n\nLou Petit"
    )
    result = extracted(body, from_name="Lou Petit", from_addr="lou.petit@example.org")
    assert status(result, "not_internship") == "not_met"


def test_a_writer_dictating_her_own_mail_keeps_her_own_internship() -> None:
    text = "Je dicte ce mail à mon téléphone, je suis en stage jusqu'en mars."
    assert typists_asides_removed(text) is text


def test_a_person_slipping_into_her_own_i_after_the_typists_sentence_keeps_her_words() -> None:
    text = (
        "Je suis l'aide à domicile de Rose, j'écris sous sa dictée.\n\n"
        "Rose a une licence. Je suis en stage jusqu'en avril."
    )
    read = typists_asides_removed(text)
    assert "Je suis en stage jusqu'en avril." in read
    assert "l'aide à domicile" not in read


def test_a_call_speaker_labelled_by_the_writers_full_name_is_the_writer() -> None:
    body = (
        "Hello, here is the transcript of my Zoom call with my tutor.\n\n"
        "00:00:03 Ruth Parker: so where are you with your studies\n"
        "00:00:06 Chloe Martin: I'm still doing my master's in social policy I finish in June 2027\n"
        "00:00:11 Ruth Parker: and then\n"
        "00:00:13 Chloe Martin: then a job with a housing charity in France\n\nChloe"
    )
    result = extracted(body, from_name="Chloe Martin", from_addr="chloe.martin@example.org")
    assert status(result, "studies_finished") == "not_met"


def test_a_friends_own_internship_in_a_call_labelled_with_clocks_after_the_names_is_hers() -> None:
    body = (
        "Bonjour, voici la transcription de mon appel avec une amie :\n\n"
        "Salomé Girard 18:10 : moi j'ai mon BUT carrières sociales depuis juin 2025\n"
        "Jeanne P. 18:10 : moi je suis en stage à la mairie jusqu'en mai\n"
        "Salomé Girard 18:11 : je cherche un poste dans une association de quartier\n"
        "Jeanne P. 18:11 : vas-y écris-leur\n\nSalomé"
    )
    result = extracted(body, from_name="Salomé Girard", from_addr="salome.girard@example.org")
    assert status(result, "not_internship") == "met"
    assert status(result, "degree_level") == "met"


def test_an_advisers_question_without_its_mark_answered_yes_gives_the_persons_diploma() -> None:
    body = (
        "Bonjour, mon oncle m'a dit de vous écrire, voici les sous-titres de notre appel :\n\n"
        "Tonton : t'as eu ton DEJEPS en octobre 2025 c'est ça\n"
        "Inès : oui le DEJEPS animation\n"
        "Tonton : et tu veux faire quoi maintenant\n"
        "Inès : coordinatrice dans une maison des jeunes associative\n\nInès Barbier"
    )
    result = extracted(body, from_name="Inès Barbier", from_addr="ines.barbier@example.org")
    assert status(result, "degree_level") == "met"
    assert status(result, "graduation_recent") == "met"


def test_in_an_advisers_mail_the_speaker_she_questions_is_the_person() -> None:
    body = (
        "Bonjour,\n\nJe vous oriente Yanis Cherif, reçu hier. Voici la transcription de l'entretien.\n\n"
        "[00:02:01] Claire Dumont : vous avez quel diplôme\n"
        "[00:02:04] Yanis Cherif : j'ai une licence pro gestion des organisations de l'ESS de juin 2025\n"
        "[00:02:09] Claire Dumont : et vous êtes en stage en ce moment\n"
        "[00:02:12] Yanis Cherif : non plus du tout c'est terminé\n\n"
        "Cordialement,\nClaire Dumont, conseillère Mission Locale"
    )
    result = extracted(body, from_name="Claire Dumont", from_addr="c.dumont@mission-locale.example.org")
    assert status(result, "degree_level") == "met"
    assert status(result, "graduation_recent") == "met"


def test_a_meetings_captions_with_the_speaker_on_a_line_of_its_own_are_read_turn_by_turn() -> None:
    body = (
        "Bonjour, je vous transmets la transcription Teams de mon entretien avec Marc Olivier.\n\n"
        "Léa Fontaine   00:03:02\nVous êtes toujours en stage à la banque ?\n"
        "Marc Olivier   00:03:05\nNon, c'est fini depuis l'été.\n"
        "Léa Fontaine   00:03:11\nEt votre master, vous l'avez eu quand ?\n"
        "Marc Olivier   00:03:14\nEn septembre 2025.\n"
        "Léa Fontaine   00:03:20\nEt vous cherchez quoi ?\n"
        "Marc Olivier   00:03:24\nUn poste dans une coopérative d'habitants.\n\n"
        "Cordialement,\nLéa Fontaine, conseillère France Travail"
    )
    result = extracted(body, from_name="Léa Fontaine", from_addr="lea.fontaine@francetravail.example.fr")
    assert status(result, "graduation_recent") == "met"
    assert status(result, "not_internship") == "met"


def test_a_statement_to_the_other_with_its_mark_is_no_question() -> None:
    from intake.understanding.turns import read_turns

    text = (
        "Moi : j'ai un BTS depuis juin 2025.\n"
        "Camille : tu peux leur écrire.\n"
        "Moi : oui je vais le faire.\n"
        "Camille : super.\n"
    )
    assert all(t.question is None for t in read_turns(text, "Zoé Roux"))


def test_two_friends_telling_their_own_things_leave_the_call_unread_when_the_writer_is_unknown() -> None:
    from intake.understanding.turns import OTHER, read_turns

    text = (
        "[10:01] Paul : moi j'ai fini mon stage et tu fais quoi toi\n"
        "[10:02] Sami : je suis en service civique\n"
        "[10:03] Paul : tu postules où\n"
        "[10:04] Sami : je sais pas encore\n"
    )
    assert all(t.who == OTHER for t in read_turns(text, ""))


def test_a_small_correction_typed_under_a_voice_notes_transcript_puts_its_year_right() -> None:
    body = (
        "Transcription du message vocal :\n"
        "bonjour je m'appelle Lina Haddad j'ai eu ma licence pro en 2025 et je cherche un poste "
        "dans une ressourcerie\n\n"
        "petite correction : c'est 2022 pas 2025, le téléphone a mal entendu\nLina"
    )
    result = extracted(body, from_name="Lina Haddad", from_addr="lina.haddad@example.org")
    assert result["education"]["graduation"] == "2022"


def test_a_quick_correction_typed_under_an_english_voice_note_puts_its_year_right() -> None:
    body = (
        "Voice memo transcript:\n"
        "hi I'm Sam Reid I got my BA in youth work in 2025 and I'd love a job with a community charity\n\n"
        "Quick correction: it's 2021 not 2025, the app misheard me\nSam"
    )
    result = extracted(body, from_name="Sam Reid", from_addr="sam.reid@example.org")
    assert result["education"]["graduation"] == "2021"


def test_a_line_opening_on_a_small_word_and_no_correction_changes_no_year() -> None:
    body = (
        "Bonjour, j'ai eu mon BTS SP3S en 2025 et je cherche un poste dans un centre social.\n\n"
        "Une question : c'est pour 2027 la prochaine session ?\nNoé Carpentier"
    )
    result = extracted(body, from_name="Noé Carpentier", from_addr="noe.carpentier@example.org")
    assert result["education"]["graduation"] == "2025"


def test_an_internship_whose_end_the_voicemail_could_not_hear_is_asked() -> None:
    body = (
        "Transcription du message vocal :\n"
        "bonjour c'est Bastien Morel j'ai un BUT GEA depuis juin 2025 je suis en stage dans une mutuelle "
        "jusqu'au [inaudible] et je cherche un emploi dans une coopérative\nBastien"
    )
    result = extracted(body, from_name="Bastien Morel", from_addr="bastien.morel@example.org")
    assert status(result, "not_internship") == "unknown"


def test_a_civic_service_whose_end_an_english_voice_note_cut_off_is_asked() -> None:
    body = (
        "Voice note transcript:\n"
        "hi it's Maya Green I got my BA in youth work in July 2025 and I'd love a job with a housing "
        "charity and right now my civic service it ends on the\n\n[transcript incomplete]\n\nMaya"
    )
    result = extracted(body, from_name="Maya Green", from_addr="maya.green@example.org")
    assert status(result, "not_service_civique") == "unknown"


def test_an_internship_told_whole_beside_lost_words_of_goodbye_stays_held() -> None:
    body = (
        "Transcription du message vocal :\n"
        "bonjour c'est Bastien Morel j'ai un BUT GEA depuis juin 2025. je suis en stage jusqu'en avril 2027. "
        "je cherche un emploi dans une coopérative. merci [inaudible] au revoir\nBastien"
    )
    result = extracted(body, from_name="Bastien Morel", from_addr="bastien.morel@example.org")
    assert status(result, "not_internship") == "not_met"


def test_a_typists_he_says_internship_is_the_persons_own_in_english() -> None:
    body = (
        "Hello, I'm typing this for my cousin Ravi Patel, who is dictating.\n\n"
        "He says: \"I got my MSc in public health in 2025. Right now I'm in Lyon\" and he says he's doing an "
        "internship until June 2027 at a health charity. He'd like a job in the social economy afterwards."
        "\n\nAnil"
    )
    result = extracted(body, from_name="Anil Patel", from_addr="anil.patel@example.org")
    assert status(result, "not_internship") == "not_met"


def test_a_friends_first_named_diploma_beside_the_writers_own_search_stays_hers() -> None:
    body = (
        "Bonjour, mon amie Lucie a un master de droit, c'est elle qui m'a parlé de vous. "
        "Moi j'ai un BTS tourisme obtenu en 2019 et je cherche un poste dans une coopérative.\n\nMarion Roy"
    )
    result = extracted(body, from_name="Marion Roy", from_addr="marion.roy@example.org")
    assert result["education"]["bac_plus"] == 2


def test_a_yes_that_goes_on_to_years_of_work_answers_the_question_as_one_statement() -> None:
    body = (
        "Bonjour, voici la transcription de mon rendez-vous avec mon conseiller :\n\n"
        "Conseiller : vous avez travaillé avant\n"
        "Elsa : oui plusieurs années dans le bâtiment avant la fac\n"
        "Conseiller : et votre diplôme\n"
        "Elsa : une licence pro gestion des organisations de l'ESS en juin 2025\n\nElsa Moreau"
    )
    result = extracted(body, from_name="Elsa Moreau", from_addr="elsa.moreau@example.org")
    assert status(result, "not_career_change") != "met"


def test_a_yes_that_goes_on_to_years_of_work_in_an_english_call_answers_as_one_statement() -> None:
    body = (
        "Hi, here is the transcript of my call with my mentor:\n\n"
        "Mentor: have you worked before\n"
        "Dan: yes several years in retail\n"
        "Mentor: and your degree\n"
        "Dan: a BA in community development in July 2025\n\nDan Hughes"
    )
    result = extracted(body, from_name="Dan Hughes", from_addr="dan.hughes@example.org")
    assert status(result, "not_career_change") != "met"


def test_the_typists_clause_telling_whom_she_writes_for_keeps_the_persons_name() -> None:
    text = "J'écris pour ma tante Leïla Bensaïd, elle me dicte :\n\n« Moi Leïla, j'ai un BTS. »"
    assert "Leïla Bensaïd" in typists_asides_removed(text)


def test_a_typists_emphatic_own_internship_after_his_friend_is_spoken_of_is_asked_never_refused() -> None:
    # The lead (stop 49): «Moi, je …» after «Elle a obtenu …» in a dictated mail may be the typist's or the
    # person's own: asked, so no refusal rests on it.
    body = (
        "Salut, c'est Bastien, je tape pour ma copine Lina qui dicte. Elle a obtenu son BUT GEA en juin 2025 "
        "et veut travailler dans une coopérative. Moi, je suis en stage dans une banque, mais bon."
        "\n\nLina Morel"
    )
    result = extracted(body, from_name="Bastien Roy", from_addr="bastien.roy@example.org")
    assert status(result, "not_internship") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_typists_emphatic_own_internship_in_english_after_his_cousin_is_spoken_of_is_asked() -> None:
    body = (
        "Hi, I'm typing this for my cousin Maya Chen, who is dictating. She finished her BA in social policy "
        "in June 2025 and wants a job with a housing charity. As for me, I'm doing an internship at a bank."
        "\n\nMaya"
    )
    result = extracted(body, from_name="Tom Chen", from_addr="tom.chen@example.org")
    assert status(result, "not_internship") == "unknown"


def test_an_emphatic_internship_inside_the_persons_reported_words_stays_hers() -> None:
    # Guard: after «Elle dit :» her «moi» is hers.
    body = (
        "Bonjour, c'est Malik, Sarah me dicte son message.\n\n"
        "Elle dit : j'ai une licence pro obtenue en juin 2025. Moi je suis en stage jusqu'en mars 2027. "
        + AIM
        + "\n\nSarah Benali"
    )
    result = extracted(body, from_name="Sarah Benali", from_addr="sarah.benali@example.org")
    assert status(result, "not_internship") == "not_met"


def test_an_emphatic_internship_in_a_mail_no_one_dictated_stays_the_writers() -> None:
    # Guard: with no dictation told, «Moi je suis en stage» is the writer's own, as ever.
    body = "Bonjour, ma sœur a un master. Elle travaille déjà. Moi je suis en stage jusqu'en mars 2027. "
    body += AIM
    assert status(extracted(body), "not_internship") == "not_met"


def test_the_persons_aim_beside_a_typists_emphatic_clause_is_kept() -> None:
    text = (
        "Je tape pour Hugo qui dicte. Il a un BTS. Moi je suis en stage, et il cherche un emploi dans une "
        "coopérative."
    )
    read = typists_asides_removed(text)
    assert "il cherche un emploi dans une coopérative" in read
    assert "je suis en stage" not in read
