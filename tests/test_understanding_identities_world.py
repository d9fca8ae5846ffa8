"""Names as their bearers write them (the identities corpus, slice i-world): a mailbox's display name typed
plainly loses the accents, the apostrophe, the letters an address cannot carry, or writes a compound first
name by its initials; the person's own words write her name whole, and that writing is hers. Another
person's name in the mail, or a plainer writing of the same name, changes nothing."""

from __future__ import annotations

from reading_day import extracted, names, status


def test_a_name_signed_with_its_accents_wins_over_the_plain_display_name() -> None:
    body = (
        "Bonjour,\n\nJ'ai validé une licence de géographie en juin 2026 à Besançon et je cherche un poste "
        "dans une coopérative d'habitants.\n\nBien à vous,\nNoémie Lefèvre\n06 41 52 63 74"
    )
    got = extracted(body, from_name="Noemie Lefevre", from_addr="noemie.lefevre@example.fr")
    assert names(got) == ("Noémie", "Lefèvre")


def test_a_name_signed_with_its_diaereses_in_english_wins_over_the_plain_display_name() -> None:
    body = (
        "Hello,\n\nI completed an MA in heritage studies in July 2026 and I am looking for a job with a "
        "community arts charity.\n\nKind regards,\nZoë Brontë"
    )
    got = extracted(body, subject="Application", from_name="Zoe Bronte", from_addr="zoe.b@example.org")
    assert names(got) == ("Zoë", "Brontë")


def test_a_family_name_signed_with_its_apostrophe_wins_over_the_display_name_without_it() -> None:
    body = (
        "Bonjour,\n\nTitulaire d'un BTS SP3S obtenu en juin 2026, je souhaite travailler dans un centre "
        "social associatif.\n\nAwa N'Dour"
    )
    got = extracted(body, from_name="Awa Ndour", from_addr="awa.ndour@example.fr")
    assert names(got) == ("Awa", "N'Dour")


def test_letters_no_address_carries_signed_in_a_closing_win_over_the_display_name() -> None:
    body = (
        "Bonjour,\n\nJe viens de finir mon master de droit social (septembre 2026) et je cherche un emploi "
        "dans une mutuelle.\n\nCordialement,\nSevgi Yıldız"
    )
    got = extracted(body, from_name="Sevgi Yildiz", from_addr="sevgi.yildiz@example.fr")
    assert names(got) == ("Sevgi", "Yıldız")


def test_initials_of_a_compound_first_name_in_the_header_are_spelt_out_by_the_signature() -> None:
    body = (
        "Bonjour,\n\nAprès dix ans dans le bâtiment, j'ai obtenu un BTS économie sociale familiale en juin "
        "2026. Je cherche un poste dans une association de quartier.\n\nJean-Marc Fournel\n06 33 44 55 66"
    )
    got = extracted(body, from_name="JM Fournel", from_addr="jm.fournel@example.fr")
    assert names(got) == ("Jean-Marc", "Fournel")


def test_a_first_name_signed_by_its_initial_keeps_the_header_s_whole_first_name() -> None:
    body = (
        "Hello,\n\nI graduated with a BA in social policy in June 2026 and would like to work for a "
        "refugee charity.\n\nBest,\nD. Öztürk"
    )
    got = extracted(body, subject="Application", from_name="Derya Ozturk", from_addr="d.ozturk@example.org")
    assert names(got) == ("Derya", "Öztürk")


def test_a_compound_first_name_said_alone_without_its_hyphen_keeps_the_header_s_family_name() -> None:
    body = (
        "Bonjour,\n\nIci Marie Anne, de Rennes. J'ai un DUT carrières sociales et je voudrais travailler "
        "dans une association d'insertion.\n\nMarie-Anne Vasseur"
    )
    got = extracted(body, from_name="Marie-Anne Vasseur", from_addr="ma.vasseur@example.fr")
    assert names(got) == ("Marie-Anne", "Vasseur")


def test_another_person_s_accented_name_in_the_mail_does_not_change_the_applicant_s() -> None:
    body = (
        "Bonjour,\n\nMa tutrice de stage, Léa Morel, m'a parlé de votre programme. J'ai obtenu un master "
        "d'économie sociale en juin 2026.\n\nCordialement,\nLea Morin\n06 10 20 30 40"
    )
    got = extracted(body, from_name="Lea Morin", from_addr="lea.morin@example.fr")
    assert names(got) == ("Lea", "Morin")


def test_a_plainer_signature_keeps_the_accents_the_header_gives() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'une licence de sociologie en juin 2026, je cherche un poste dans une "
        "association.\n\nElise Dubreuil"
    )
    got = extracted(body, from_name="Élise Dubreuil", from_addr="elise.dubreuil@example.fr")
    assert names(got) == ("Élise", "Dubreuil")


def test_initials_in_the_header_are_not_spelt_out_by_a_parent_named_in_a_sentence() -> None:
    body = (
        "Bonjour,\n\nMon père, Alain Lucien Besson, a été bénévole chez vous. J'ai obtenu un BTS en juin "
        "2026 et je cherche un poste dans une ressourcerie.\n\nAL Besson"
    )
    got = extracted(body, from_name="AL Besson", from_addr="al.besson@example.fr")
    assert "Alain" not in names(got)[0] and "Alain" not in names(got)[1]


def test_a_family_name_of_several_words_told_as_such_is_the_whole_surname() -> None:
    body = (
        "Hello,\n\nAfter eight years in retail I retrained and completed a BA in social work in June 2026. I "
        "am looking for a job with a housing charity.\n\nNB: my family name is Pereira dos Santos, all three "
        "words.\n\nJoana Pereira dos Santos"
    )
    got = extracted(
        body, subject="Application", from_name="Joana Pereira dos Santos", from_addr="jps@example.org"
    )
    assert names(got) == ("Joana", "Pereira dos Santos")


def test_a_french_writer_telling_her_compound_surname_keeps_it_whole() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu une licence de sociologie en juin 2026. Mon nom de famille est Martins da "
        "Costa, en deux parties. Je cherche un emploi dans une association.\n\nLuisa Martins da Costa"
    )
    got = extracted(body, from_name="Luisa Martins da Costa", from_addr="luisamdc@example.fr")
    assert names(got) == ("Luisa", "Martins da Costa")


def test_a_first_name_asked_for_replaces_the_mailbox_s_long_one() -> None:
    body = (
        "Bonjour,\n\nValentin Ferrand, mais appelez-moi Val, comme mes collègues. J'ai un BTS obtenu en juin "
        "2026 et je cherche un poste dans une recyclerie.\n\nVal\n06 21 32 43 54"
    )
    got = extracted(body, from_name="Valentin Ferrand", from_addr="valentin.ferrand@example.fr")
    assert names(got) == ("Val", "Ferrand")


def test_a_request_to_be_called_on_a_day_or_by_a_title_names_no_first_name() -> None:
    body = (
        "Bonjour,\n\nJ'ai un master de géographie obtenu en juin 2026. Appelez-moi Mardi si possible, ou "
        "vous pouvez m'appeler Madame Girard à l'accueil.\n\nNadia Girard"
    )
    got = extracted(body, from_name="Nadia Girard", from_addr="nadia.girard@example.fr")
    assert names(got) == ("Nadia", "Girard")


def test_a_surname_told_that_is_not_the_end_of_the_name_read_changes_nothing() -> None:
    body = (
        "Hello,\n\nI finished my MSc in ecology in June 2026. My tutor's surname is Costa Reis and she will "
        "send a reference.\n\nAna Lima Souza"
    )
    got = extracted(
        body, subject="Application", from_name="Ana Lima Souza", from_addr="ana.souza@example.org"
    )
    assert names(got)[1] in {"Lima Souza", "Souza"}


def test_a_search_aimed_at_a_video_game_studio_is_aimed_outside_the_ess() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu une licence d'informatique en juin 2026 à Rennes. Je cherche un poste de "
        "testeuse dans un studio de jeux vidéo.\n\nInès Garnier"
    )
    assert status(extracted(body, from_name="Inès Garnier"), "job_seeking_ess") == "not_met"


def test_a_search_aimed_at_a_video_game_studio_in_english_is_aimed_outside_the_ess() -> None:
    body = (
        "Hello,\n\nI completed a BSc in computing in June 2026 and I am looking for a job as a level "
        "designer in a video game studio.\n\nOwen Pryce"
    )
    got = extracted(body, subject="Application", from_name="Owen Pryce", from_addr="owen.pryce@example.org")
    assert status(got, "job_seeking_ess") == "not_met"


def test_a_search_aimed_at_an_associative_recording_studio_is_not_read_outside_the_ess() -> None:
    body = (
        "Bonjour,\n\nJ'ai un BTS audiovisuel obtenu en juin 2026. Je cherche un poste dans un studio "
        "d'enregistrement associatif de mon quartier.\n\nMalo Riou"
    )
    assert status(extracted(body, from_name="Malo Riou"), "job_seeking_ess") != "not_met"


def test_a_graduate_of_an_engineering_school_named_by_its_name_holds_a_bac_plus_five() -> None:
    body = (
        "Bonjour,\n\nDiplômée de l'École des Mines d'Alès en octobre 2026, je cherche un poste d'ingénieure "
        "dans une coopérative d'énergie citoyenne.\n\nAnaïs Roux"
    )
    got = extracted(body, from_name="Anaïs Roux", from_addr="anais.roux@example.fr")
    assert got["education"]["bac_plus"] == 5


def test_a_name_signed_in_capitals_with_its_accents_gives_its_letters_in_ordinary_case() -> None:
    body = (
        "Bonjour,\n\nJ'ai un BTS SP3S obtenu en juin 2026 et je cherche un poste dans une association "
        "d'aide à domicile.\n\nCordialement,\nHÉLOÏSE GUÉRIN"
    )
    got = extracted(body, from_name="Heloise Guerin", from_addr="heloise.guerin@example.fr")
    assert names(got) == ("Héloïse", "Guérin")


def test_the_course_of_a_regulated_social_trade_told_finished_is_its_state_diploma() -> None:
    body = (
        "Bonjour,\n\nJ'ai achevé ma formation d'éducateur de jeunes enfants à Toulouse en juin 2026 et je "
        "cherche un poste dans une crèche associative.\n\nYacine Ferhat"
    )
    got = extracted(body, from_name="Yacine Ferhat", from_addr="yacine.ferhat@example.fr")
    assert (got["education"]["bac_plus"], got["education"]["graduation"]) == (3, "2026-06")


def test_the_course_of_a_regulated_social_trade_followed_now_is_no_diploma_had() -> None:
    body = (
        "Bonjour,\n\nJe suis en deuxième année de formation d'éducatrice spécialisée, le diplôme est prévu "
        "en juin 2028.\n\nOcéane Lebrun"
    )
    got = extracted(body, from_name="Océane Lebrun", from_addr="oceane.lebrun@example.fr")
    assert got["education"]["in_progress"] is True
