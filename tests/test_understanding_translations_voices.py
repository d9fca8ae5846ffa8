"""Whose words and which version (the translations corpus, t-voices): a holder named by a translated degree
(«licenciée en …», Portuguese *licenciada*: a graduate), the names a Spanish or Portuguese person gives
(given names, then both family names), a person written for by a helper, and the words of a pair's two
versions — each read by its meaning, on phrasings of our own."""

from __future__ import annotations

from reading_day import extracted, kind, names, status


def test_a_holder_of_a_licence_since_a_past_month_has_finished_the_studies() -> None:
    body = (
        "Bonjour,\n\nJe suis licencié en Sciences de l'éducation de l'Université de Porto depuis "
        "septembre 2025. Je cherche un poste dans une coopérative d'insertion à Nantes.\n\nRui Matos"
    )
    got = extracted(body, from_name="Rui Matos", from_addr="rui.matos@example.pt")
    assert status(got, "studies_finished") == "met"
    assert got["eligibility"]["verdict"] == "eligible"


def test_a_student_in_a_licence_since_september_still_studies() -> None:
    body = (
        "Bonjour,\n\nJe suis en licence de sociologie à Lille depuis septembre 2025 et je cherche un emploi "
        "dans une association.\n\nInès Caron"
    )
    got = extracted(body, from_name="Inès Caron", from_addr="ines.caron@example.fr")
    assert status(got, "studies_finished") == "not_met"


def test_a_chilean_s_two_family_names_from_her_mailbox_are_both_her_surname() -> None:
    body = (
        "Bonjour,\n\nJe suis chilienne, arrivée à Lille en mars. J'ai obtenu ma licence de travail social en "
        "juin 2025 et je cherche un emploi dans une association de quartier.\n\nMarta Soler Vidal"
    )
    got = extracted(body, from_name="Marta Soler Vidal", from_addr="marta.soler.v@gmail.com")
    assert names(got) == ("Marta", "Soler Vidal")


def test_an_accented_double_surname_written_in_english_is_one_family_name() -> None:
    body = (
        "Hello,\n\nI graduated in social work in May 2026 and I am looking for a job with a housing "
        "cooperative in Lyon.\n\nJoaquín Herrera Pinto"
    )
    got = extracted(
        body,
        subject="Application",
        from_name="Joaquín Herrera Pinto",
        from_addr="joaquin.herrera.pinto@example.com",
    )
    assert names(got) == ("Joaquín", "Herrera Pinto")


def test_a_french_name_of_three_words_keeps_its_two_given_names_even_with_spanish_studies() -> None:
    body = (
        "Bonjour,\n\nJ'ai une licence d'espagnol obtenue en juin 2026 et je cherche un poste dans une "
        "association.\n\nMarie Claire Dubois"
    )
    got = extracted(body, from_name="Marie Claire Dubois", from_addr="marie.claire.dubois@example.fr")
    assert names(got) == ("Marie Claire", "Dubois")


def test_two_given_names_the_mailbox_glues_and_the_writer_tells_stay_the_first_name() -> None:
    body = (
        "Bonjour,\n\nJe m'appelle Andrés Miguel, je suis colombien. J'ai un master de gestion de 2025 et je "
        "cherche un emploi dans une coopérative.\n\nAndrés Miguel Soler"
    )
    got = extracted(body, from_name="Andrés Miguel Soler", from_addr="andresm.soler@example.com")
    assert names(got) == ("Andrés Miguel", "Soler")


def test_a_short_name_given_in_the_introduction_does_not_cut_the_second_family_name() -> None:
    body = (
        "Bonjour,\n\nJe m'appelle Marta Soler et je suis mexicaine. J'ai fini mes études de psychologie en "
        "2025 et je cherche un travail dans une association."
    )
    got = extracted(body, from_name="Marta Soler Vidal", from_addr="marta.soler.v@gmail.com")
    assert names(got) == ("Marta", "Soler Vidal")


def test_a_person_a_foundation_presents_keeps_both_family_names() -> None:
    body = (
        "Bonjour,\n\nNotre fondation vous présente Rosa Ibáñez Gil, diplômée d'un master en juin 2026, qui "
        "cherche un emploi dans une association d'aide aux familles.\nSon adresse : rosa.ibanez.gil@gmail.com"
        "\n\nJavier Ortega, coordinateur"
    )
    got = extracted(body, from_name="Fundación Puerta", from_addr="contacto@puerta.example.es")
    assert names(got) == ("Rosa", "Ibáñez Gil")


def test_a_move_made_for_a_partner_presents_nobody_else() -> None:
    body = (
        "Bonjour,\n\nJe suis Ilse Bakker, néerlandaise, titulaire d'un bachelor en pédagogie obtenu en juin "
        "2025. Je me suis installée à Nantes pour mon compagnon. Je cherche un emploi dans une association "
        "d'éducation populaire.\n\nIlse Bakker"
    )
    got = extracted(body, from_name="Ilse Bakker", from_addr="ilse.bakker@example.nl")
    assert names(got) == ("Ilse", "Bakker")
    assert got["situation"]["forwarded_by"] is None


def test_a_move_made_for_a_partner_in_english_presents_nobody_else() -> None:
    body = (
        "Hello,\n\nI am Ilse Bakker. I finished my bachelor in education in June 2025 and moved to Nantes "
        "for my partner. I am looking for a job in a charity.\n\nIlse Bakker"
    )
    got = extracted(body, subject="Application", from_name="Ilse Bakker", from_addr="ilse.bakker@example.nl")
    assert got["situation"]["forwarded_by"] is None


def test_a_letter_written_for_a_friend_still_presents_the_friend() -> None:
    body = (
        "Bonjour,\n\nJe vous écris pour mon ami Tomasz Nowak, qui a fini un master de gestion en juin 2026 "
        "et cherche un emploi dans une coopérative. Son adresse : tomasz.nowak@example.pl\n\nEwa Zielińska"
    )
    got = extracted(body, from_name="Ewa Zielińska", from_addr="ewa.zielinska@example.pl")
    assert names(got) == ("Tomasz", "Nowak")


def test_a_son_writing_for_his_father_presents_the_father() -> None:
    body = (
        "Bonjour,\n\nJ'écris pour mon père, Karim Benali, il ne lit pas bien le français. Il a une licence "
        "de droit obtenue en 2025 à Alger et il voudrait travailler dans une association.\n\nMehdi"
    )
    got = extracted(body, from_name="Mehdi Benali", from_addr="mehdi.benali@example.fr")
    assert names(got) == ("Karim", "Benali")
    assert got["applicant"]["email"] is None
    assert got["situation"]["forwarded_by"] == "mehdi.benali@example.fr"


def test_a_cousin_asked_to_translate_her_message_presents_the_cousin() -> None:
    body = (
        "Bonjour,\n\nMa cousine Aylin Demir m'a demandé de traduire son message :\n« J'ai fini ma licence "
        "de gestion en 2025. Je veux travailler dans l'économie sociale. »\nSon mail : "
        "aylin.d.92@example.com\n\nSelin Kaya"
    )
    got = extracted(body, from_name="Selin Kaya", from_addr="selin.kaya@example.com")
    assert names(got) == ("Aylin", "Demir")
    assert got["applicant"]["email"] == "aylin.d.92@example.com"


def test_a_volunteer_translating_for_a_named_person_presents_her_not_her_diploma_s_name() -> None:
    body = (
        "Bonjour,\n\nJe suis bénévole dans une épicerie solidaire et je traduis pour Hiwot Alemu (tigrigna). "
        "Elle dit qu'elle a fini ses études en juin 2026, le diplôme s'appelle BA Sociology. Elle voudrait "
        "travailler dans une association.\n\nAnne Morel"
    )
    got = extracted(body, from_name="Anne Morel", from_addr="anne.morel@example.org")
    assert names(got) == ("Hiwot", "Alemu")


def test_a_volunteer_accompanying_a_person_named_in_full_presents_him() -> None:
    body = (
        "Bonjour,\n\nJ'accompagne Amadou Bah, 24 ans, arrivé de Guinée il y a un an. Il dit qu'il a fait "
        "deux ans de gestion à Conakry, je ne sais pas s'il a eu le diplôme. Il voudrait travailler dans une "
        "ressourcerie. Il n'a pas d'adresse mail, vous pouvez me répondre.\n\nPaul Girard, bénévole"
    )
    got = extracted(body, from_name="Secours Bénévoles Angers", from_addr="benevoles@secours.example.org")
    assert names(got) == ("Amadou", "Bah")


def test_a_cooperative_presenting_a_person_in_its_subject_gives_the_person_not_the_word() -> None:
    body = (
        "Bonjour,\n\nNotre coopérative présente Lucas Petit, 23 ans, titulaire d'un BTS depuis juin 2025, "
        "qui veut travailler dans une SCOP. Son courriel : lucas.petit@example.com\n\nLa Fabrique coop"
    )
    got = extracted(
        body,
        subject="Présentation de Lucas Petit",
        from_name="La Fabrique",
        from_addr="contact@lafabrique.example.org",
    )
    assert names(got) == ("Lucas", "Petit")


def test_a_translator_by_trade_applying_presents_nobody() -> None:
    body = (
        "Bonjour,\n\nJe traduis des documents pour une ONG depuis 2024 et j'accompagne des familles "
        "réfugiées. J'ai un master de langues de juin 2025 et je cherche un emploi dans une association."
        "\n\nLéna Fabre"
    )
    got = extracted(body, from_name="Léna Fabre", from_addr="lena.fabre@example.fr")
    assert names(got) == ("Léna", "Fabre")
    assert got["situation"]["forwarded_by"] is None


def test_a_thank_you_telling_a_job_signed_is_no_application() -> None:
    body = (
        "Bonjour à vous tous,\n\nJe voulais vous dire que j'ai décroché un CDD à l'épicerie solidaire de "
        "Roubaix ! Muchas gracias, sans vous je n'y serais pas arrivée.\n\nJimena"
    )
    assert kind(body, "Merci beaucoup", ("Jimena Paz", "jimena.paz@example.com")) == "other"


def test_a_thank_you_in_english_telling_a_job_found_is_no_application() -> None:
    body = (
        "Hi all,\n\nI wanted to let you know that I signed a permanent contract at the Leeds food bank! "
        "Thank you for everything.\n\nOwen"
    )
    assert kind(body, "Thank you!", ("Owen Price", "owen.price@example.org")) == "other"


def test_a_wish_to_tell_that_one_is_searching_is_still_an_application() -> None:
    body = (
        "Bonjour,\n\nJe voulais vous dire que je cherche un emploi dans une association : j'ai un BTS ESF "
        "obtenu en juin 2025.\n\nNina Roux"
    )
    assert kind(body, "Bonjour", ("Nina Roux", "nina.roux@example.fr")) == "application"


def test_studies_told_as_the_faculty_one_went_through_make_an_application_of_a_question() -> None:
    body = (
        "Bonsoir,\n\nJ'ai fait la faculté d'Économie à Porto, conclue en 2017, puis sept ans comme "
        "commerciale dans une banque. J'ai envie de me tourner vers les associations. Votre programme "
        "peut-il m'aider ?\n\nMarta Reis"
    )
    assert kind(body, "Renseignement", ("Marta Reis", "marta.reis@example.pt")) == "application"


def test_a_faculty_where_the_writer_works_is_no_studies_of_hers() -> None:
    body = (
        "Bonjour,\n\nJe travaille à la faculté de médecine de Rouen, au secrétariat. Votre programme "
        "a-t-il une limite d'âge ?\n\nCorinne"
    )
    assert kind(body, "Question", ("Corinne Vasseur", "corinne.vasseur@example.fr")) == "question"


def test_a_partner_s_young_volunteer_who_wants_to_work_in_an_association_is_presented() -> None:
    body = (
        "Madame, Monsieur,\n\nNotre association de Sfax vous recommande la jeune Salma Trabelsi, titulaire "
        "d'un diplôme de gestion. Elle vit à Lille chez sa tante et elle souhaite travailler dans une "
        "association, comme elle l'a fait chez nous comme bénévole.\n\nLe bureau de l'association"
    )
    assert kind(body, "Recommandation", ("Association Amal", "contact@amal.example.tn")) == "application"


def test_a_cooperative_writing_to_present_her_in_english_refers_a_person() -> None:
    body = (
        "Dear team,\n\nWe are a youth association in Porto. Inês Rocha, licenciada in social work in 2025, "
        "is volunteering in our association until June 2027. Then she would like to work in a French "
        "cooperative, so we write to present her.\nHer email: ines.rocha@example.pt\n\nRui Costa"
    )
    got = extracted(
        body, subject="Referral", from_name="Associação Jovem", from_addr="geral@jovem.example.pt"
    )
    assert got["kind"] == "application"
    assert names(got) == ("Inês", "Rocha")


def test_an_organisation_recruiting_for_itself_is_still_an_employer() -> None:
    body = (
        "Bonjour,\n\nNous recrutons un animateur pour notre association de quartier, en CDI dès janvier. "
        "Pourriez-vous relayer l'offre ?\n\nLa directrice"
    )
    assert (
        kind(body, "Offre d'emploi", ("Centre social Nord", "direction@cs-nord.example.org")) != "application"
    )


def test_a_network_sending_a_proposal_of_exchange_presents_nobody() -> None:
    body = (
        "Chers collègues,\n\nNotre fédération de coopératives sociales de Castelo Branco vous adresse une "
        "proposition de jumelage entre nos coopératives et celles de votre réseau : recevoir en 2027 "
        "des jeunes salariés portugais et français pour trois semaines.\n\nBien à vous,\nJoana Pires"
    )
    assert (
        kind(body, "Proposition de partenariat", ("Rede Coop Braga", "rede@coop-braga.example.pt")) == "other"
    )


def test_an_adviser_sending_a_young_person_still_presents_him() -> None:
    body = (
        "Bonjour,\n\nJe vous adresse un jeune de notre quartier, Malik Diallo, titulaire d'un BTS depuis "
        "juin 2025, qui cherche un emploi dans une association.\n\nNadia, conseillère"
    )
    assert kind(body, "Orientation", ("Mission locale Est", "ml-est@example.org")) == "application"


def test_a_translator_doubting_whether_the_word_means_an_internship_leaves_it_asked() -> None:
    body = (
        "Bonjour,\n\nMon voisin Ion Rusu m'a demandé de traduire son message : « J'ai une licence d'économie "
        "de 2025. Maintenant je fais une practică dans une association à Metz. » (NdT : je ne sais pas s'il "
        "parle d'un stage ou d'un contrat de travail.)\nSon mail : ion.rusu@example.ro\n\nAna Popa"
    )
    got = extracted(body, from_name="Ana Popa", from_addr="ana.popa@example.ro")
    assert status(got, "not_internship") == "unknown"
    assert got["eligibility"]["verdict"] == "to_verify"


def test_a_translator_in_english_not_sure_whether_it_is_an_internship_leaves_it_asked() -> None:
    body = (
        "Hello,\n\nI am translating for my friend Dara Sok: she finished her bachelor in social work in 2025 "
        "and now works at a food bank in Lille (translator's note: I am not sure whether she means an "
        "internship or a paid job). She wants to work for a charity.\n\nTom"
    )
    got = extracted(body, subject="Application", from_name="Tom Bell", from_addr="tom.bell@example.org")
    assert status(got, "not_internship") == "unknown"


def test_a_doubt_about_something_else_leaves_an_internship_told_over_met() -> None:
    body = (
        "Bonjour,\n\nJe ne sais pas si vos ateliers ont lieu le matin ou l'après-midi. J'ai fini mon stage "
        "en juin 2026 et mon master est validé depuis juillet 2026 ; je cherche un emploi dans une "
        "association.\n\nLou Marchal"
    )
    got = extracted(body, from_name="Lou Marchal", from_addr="lou.marchal@example.fr")
    assert status(got, "not_internship") == "met"


def test_accompanying_one_s_grandmother_to_her_care_presents_nobody() -> None:
    body = (
        "Bonjour,\n\nJ'ai un BTS ESF obtenu en juin 2025 et je cherche un emploi dans une association. Je "
        "suis libre l'après-midi (le matin j'accompagne ma grand-mère à ses soins).\n\n"
        "Maëlle Riou\n06 12 34 56 78"
    )
    got = extracted(body, from_name="Maëlle Riou", from_addr="maelle.riou@example.fr")
    assert names(got) == ("Maëlle", "Riou")
    assert got["situation"]["forwarded_by"] is None


def test_a_reference_recommending_the_sender_himself_keeps_him_the_applicant() -> None:
    body = (
        "Hello, my tutor's reference is below.\n\nTo whom it may concern,\n\nI am glad to recommend Kofi "
        "Mensah, who completed our BA in Social Policy in June 2026. He wants to work for a housing "
        "cooperative.\n\nDr Ruth Cole\n\nKofi Mensah\n+33 7 11 22 33 44"
    )
    got = extracted(body, subject="Application", from_name="Kofi Mensah", from_addr="kofi.mensah@example.com")
    assert names(got) == ("Kofi", "Mensah")
    assert got["applicant"]["email"] == "kofi.mensah@example.com"
