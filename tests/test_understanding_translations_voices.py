"""Whose words and which version (the translations corpus, t-voices): a holder named by a translated degree
(«licenciée en …», Portuguese *licenciada*: a graduate), the names a Spanish or Portuguese person gives
(given names, then both family names), a person written for by a helper, and the words of a pair's two
versions — each read by its meaning, on phrasings of our own. Each case is its own test (its id is the
sentence it checks): a mail, who sends it, and what the extract or the classifier must read of it."""

from __future__ import annotations

from typing import Any

import pytest
from reading_day import extracted, kind, names, status

# What a case checks of the extract: the applicant's names, where a referral came from, the applicant's
# address, the kind, the verdict, or (any other key) a criterion's status.
_FIELDS = {
    "names": names,
    "forwarded_by": lambda got: got["situation"]["forwarded_by"],
    "email": lambda got: got["applicant"]["email"],
    "kind": lambda got: got["kind"],
    "verdict": lambda got: got["eligibility"]["verdict"],
}


def _read(got: dict[str, Any], key: str) -> object:
    return _FIELDS[key](got) if key in _FIELDS else status(got, key)


_EXTRACTED = [
    pytest.param(
        "Bonjour,\n\nJe suis licencié en Sciences de l'éducation de l'Université de Porto depuis "
        "septembre 2025. Je cherche un poste dans une coopérative d'insertion à Nantes.\n\nRui Matos",
        {"from_name": "Rui Matos", "from_addr": "rui.matos@example.pt"},
        {"studies_finished": "met", "verdict": "eligible"},
        id="a_holder_of_a_licence_since_a_past_month_has_finished_the_studies",
    ),
    pytest.param(
        "Bonjour,\n\nJe suis en licence de sociologie à Lille depuis septembre 2025 et je cherche un emploi "
        "dans une association.\n\nInès Caron",
        {"from_name": "Inès Caron", "from_addr": "ines.caron@example.fr"},
        {"studies_finished": "not_met"},
        id="a_student_in_a_licence_since_september_still_studies",
    ),
    pytest.param(
        "Bonjour,\n\nJe suis chilienne, arrivée à Lille en mars. J'ai obtenu ma licence de travail social en "
        "juin 2025 et je cherche un emploi dans une association de quartier.\n\nMarta Soler Vidal",
        {"from_name": "Marta Soler Vidal", "from_addr": "marta.soler.v@gmail.com"},
        {"names": ("Marta", "Soler Vidal")},
        id="a_chilean_s_two_family_names_from_her_mailbox_are_both_her_surname",
    ),
    pytest.param(
        "Hello,\n\nI graduated in social work in May 2026 and I am looking for a job with a housing "
        "cooperative in Lyon.\n\nJoaquín Herrera Pinto",
        {
            "subject": "Application",
            "from_name": "Joaquín Herrera Pinto",
            "from_addr": "joaquin.herrera.pinto@example.com",
        },
        {"names": ("Joaquín", "Herrera Pinto")},
        id="an_accented_double_surname_written_in_english_is_one_family_name",
    ),
    pytest.param(
        "Bonjour,\n\nJ'ai une licence d'espagnol obtenue en juin 2026 et je cherche un poste dans une "
        "association.\n\nMarie Claire Dubois",
        {"from_name": "Marie Claire Dubois", "from_addr": "marie.claire.dubois@example.fr"},
        {"names": ("Marie Claire", "Dubois")},
        id="a_french_name_of_three_words_keeps_its_two_given_names_even_with_spanish_studies",
    ),
    pytest.param(
        "Bonjour,\n\nJe m'appelle Andrés Miguel, je suis colombien. J'ai un master de gestion de 2025 et je "
        "cherche un emploi dans une coopérative.\n\nAndrés Miguel Soler",
        {"from_name": "Andrés Miguel Soler", "from_addr": "andresm.soler@example.com"},
        {"names": ("Andrés Miguel", "Soler")},
        id="two_given_names_the_mailbox_glues_and_the_writer_tells_stay_the_first_name",
    ),
    pytest.param(
        "Bonjour,\n\nJe m'appelle Marta Soler et je suis mexicaine. J'ai fini mes études de psychologie en "
        "2025 et je cherche un travail dans une association.",
        {"from_name": "Marta Soler Vidal", "from_addr": "marta.soler.v@gmail.com"},
        {"names": ("Marta", "Soler Vidal")},
        id="a_short_name_given_in_the_introduction_does_not_cut_the_second_family_name",
    ),
    pytest.param(
        "Bonjour,\n\nNotre fondation vous présente Rosa Ibáñez Gil, diplômée d'un master en juin 2026, qui "
        "cherche un emploi dans une association d'aide aux familles.\nSon adresse : rosa.ibanez.gil@gmail.com"
        "\n\nJavier Ortega, coordinateur",
        {"from_name": "Fundación Puerta", "from_addr": "contacto@puerta.example.es"},
        {"names": ("Rosa", "Ibáñez Gil")},
        id="a_person_a_foundation_presents_keeps_both_family_names",
    ),
    pytest.param(
        "Bonjour,\n\nJe suis Ilse Bakker, néerlandaise, titulaire d'un bachelor en pédagogie obtenu en juin "
        "2025. Je me suis installée à Nantes pour mon compagnon. Je cherche un emploi dans une association "
        "d'éducation populaire.\n\nIlse Bakker",
        {"from_name": "Ilse Bakker", "from_addr": "ilse.bakker@example.nl"},
        {"names": ("Ilse", "Bakker"), "forwarded_by": None},
        id="a_move_made_for_a_partner_presents_nobody_else",
    ),
    pytest.param(
        "Hello,\n\nI am Ilse Bakker. I finished my bachelor in education in June 2025 and moved to Nantes "
        "for my partner. I am looking for a job in a charity.\n\nIlse Bakker",
        {"subject": "Application", "from_name": "Ilse Bakker", "from_addr": "ilse.bakker@example.nl"},
        {"forwarded_by": None},
        id="a_move_made_for_a_partner_in_english_presents_nobody_else",
    ),
    pytest.param(
        "Bonjour,\n\nJe vous écris pour mon ami Tomasz Nowak, qui a fini un master de gestion en juin 2026 "
        "et cherche un emploi dans une coopérative. Son adresse : tomasz.nowak@example.pl\n\nEwa Zielińska",
        {"from_name": "Ewa Zielińska", "from_addr": "ewa.zielinska@example.pl"},
        {"names": ("Tomasz", "Nowak")},
        id="a_letter_written_for_a_friend_still_presents_the_friend",
    ),
    pytest.param(
        "Bonjour,\n\nJ'écris pour mon père, Karim Benali, il ne lit pas bien le français. Il a une licence "
        "de droit obtenue en 2025 à Alger et il voudrait travailler dans une association.\n\nMehdi",
        {"from_name": "Mehdi Benali", "from_addr": "mehdi.benali@example.fr"},
        {"names": ("Karim", "Benali"), "email": None, "forwarded_by": "mehdi.benali@example.fr"},
        id="a_son_writing_for_his_father_presents_the_father",
    ),
    pytest.param(
        "Bonjour,\n\nMa cousine Aylin Demir m'a demandé de traduire son message :\n« J'ai fini ma licence "
        "de gestion en 2025. Je veux travailler dans l'économie sociale. »\nSon mail : "
        "aylin.d.92@example.com\n\nSelin Kaya",
        {"from_name": "Selin Kaya", "from_addr": "selin.kaya@example.com"},
        {"names": ("Aylin", "Demir"), "email": "aylin.d.92@example.com"},
        id="a_cousin_asked_to_translate_her_message_presents_the_cousin",
    ),
    pytest.param(
        "Bonjour,\n\nJe suis bénévole dans une épicerie solidaire et je traduis pour Hiwot Alemu (tigrigna). "
        "Elle dit qu'elle a fini ses études en juin 2026, le diplôme s'appelle BA Sociology. Elle voudrait "
        "travailler dans une association.\n\nAnne Morel",
        {"from_name": "Anne Morel", "from_addr": "anne.morel@example.org"},
        {"names": ("Hiwot", "Alemu")},
        id="a_volunteer_translating_for_a_named_person_presents_her_not_her_diploma_s_name",
    ),
    pytest.param(
        "Bonjour,\n\nJ'accompagne Amadou Bah, 24 ans, arrivé de Guinée il y a un an. Il dit qu'il a fait "
        "deux ans de gestion à Conakry, je ne sais pas s'il a eu le diplôme. Il voudrait travailler dans une "
        "ressourcerie. Il n'a pas d'adresse mail, vous pouvez me répondre.\n\nPaul Girard, bénévole",
        {"from_name": "Secours Bénévoles Angers", "from_addr": "benevoles@secours.example.org"},
        {"names": ("Amadou", "Bah")},
        id="a_volunteer_accompanying_a_person_named_in_full_presents_him",
    ),
    pytest.param(
        "Bonjour,\n\nNotre coopérative présente Lucas Petit, 23 ans, titulaire d'un BTS depuis juin 2025, "
        "qui veut travailler dans une SCOP. Son courriel : lucas.petit@example.com\n\nLa Fabrique coop",
        {
            "subject": "Présentation de Lucas Petit",
            "from_name": "La Fabrique",
            "from_addr": "contact@lafabrique.example.org",
        },
        {"names": ("Lucas", "Petit")},
        id="a_cooperative_presenting_a_person_in_its_subject_gives_the_person_not_the_word",
    ),
    pytest.param(
        "Bonjour,\n\nJe traduis des documents pour une ONG depuis 2024 et j'accompagne des familles "
        "réfugiées. J'ai un master de langues de juin 2025 et je cherche un emploi dans une association."
        "\n\nLéna Fabre",
        {"from_name": "Léna Fabre", "from_addr": "lena.fabre@example.fr"},
        {"names": ("Léna", "Fabre"), "forwarded_by": None},
        id="a_translator_by_trade_applying_presents_nobody",
    ),
    pytest.param(
        "Dear team,\n\nWe are a youth association in Porto. Inês Rocha, licenciada in social work in 2025, "
        "is volunteering in our association until June 2027. Then she would like to work in a French "
        "cooperative, so we write to present her.\nHer email: ines.rocha@example.pt\n\nRui Costa",
        {"subject": "Referral", "from_name": "Associação Jovem", "from_addr": "geral@jovem.example.pt"},
        {"kind": "application", "names": ("Inês", "Rocha")},
        id="a_cooperative_writing_to_present_her_in_english_refers_a_person",
    ),
    pytest.param(
        "Bonjour,\n\nMon voisin Ion Rusu m'a demandé de traduire son message : « J'ai une licence d'économie "
        "de 2025. Maintenant je fais une practică dans une association à Metz. » (NdT : je ne sais pas s'il "
        "parle d'un stage ou d'un contrat de travail.)\nSon mail : ion.rusu@example.ro\n\nAna Popa",
        {"from_name": "Ana Popa", "from_addr": "ana.popa@example.ro"},
        {"not_internship": "unknown", "verdict": "to_verify"},
        id="a_translator_doubting_whether_the_word_means_an_internship_leaves_it_asked",
    ),
    pytest.param(
        "Hello,\n\nI am translating for my friend Dara Sok: she finished her bachelor in social work in 2025 "
        "and now works at a food bank in Lille (translator's note: I am not sure whether she means an "
        "internship or a paid job). She wants to work for a charity.\n\nTom",
        {"subject": "Application", "from_name": "Tom Bell", "from_addr": "tom.bell@example.org"},
        {"not_internship": "unknown"},
        id="a_translator_in_english_not_sure_whether_it_is_an_internship_leaves_it_asked",
    ),
    pytest.param(
        "Bonjour,\n\nJe ne sais pas si vos ateliers ont lieu le matin ou l'après-midi. J'ai fini mon stage "
        "en juin 2026 et mon master est validé depuis juillet 2026 ; je cherche un emploi dans une "
        "association.\n\nLou Marchal",
        {"from_name": "Lou Marchal", "from_addr": "lou.marchal@example.fr"},
        {"not_internship": "met"},
        id="a_doubt_about_something_else_leaves_an_internship_told_over_met",
    ),
    pytest.param(
        "Bonjour,\n\nJ'ai un BTS ESF obtenu en juin 2025 et je cherche un emploi dans une association. Je "
        "suis libre l'après-midi (le matin j'accompagne ma grand-mère à ses soins).\n\n"
        "Maëlle Riou\n06 12 34 56 78",
        {"from_name": "Maëlle Riou", "from_addr": "maelle.riou@example.fr"},
        {"names": ("Maëlle", "Riou"), "forwarded_by": None},
        id="accompanying_one_s_grandmother_to_her_care_presents_nobody",
    ),
    pytest.param(
        "Hello, my tutor's reference is below.\n\nTo whom it may concern,\n\nI am glad to recommend Kofi "
        "Mensah, who completed our BA in Social Policy in June 2026. He wants to work for a housing "
        "cooperative.\n\nDr Ruth Cole\n\nKofi Mensah\n+33 7 11 22 33 44",
        {"subject": "Application", "from_name": "Kofi Mensah", "from_addr": "kofi.mensah@example.com"},
        {"names": ("Kofi", "Mensah"), "email": "kofi.mensah@example.com"},
        id="a_reference_recommending_the_sender_himself_keeps_him_the_applicant",
    ),
]


@pytest.mark.parametrize(("body", "sender", "want"), _EXTRACTED)
def test_the_extract_reads_each_voice_as_its_words_mean(
    body: str, sender: dict[str, str], want: dict[str, object]
) -> None:
    got = extracted(body, **sender)
    assert {key: _read(got, key) for key in want} == want


_KINDS = [
    pytest.param(
        "Bonjour à vous tous,\n\nJe voulais vous dire que j'ai décroché un CDD à l'épicerie solidaire de "
        "Roubaix ! Muchas gracias, sans vous je n'y serais pas arrivée.\n\nJimena",
        "Merci beaucoup",
        ("Jimena Paz", "jimena.paz@example.com"),
        "other",
        id="a_thank_you_telling_a_job_signed_is_no_application",
    ),
    pytest.param(
        "Hi all,\n\nI wanted to let you know that I signed a permanent contract at the Leeds food bank! "
        "Thank you for everything.\n\nOwen",
        "Thank you!",
        ("Owen Price", "owen.price@example.org"),
        "other",
        id="a_thank_you_in_english_telling_a_job_found_is_no_application",
    ),
    pytest.param(
        "Bonjour,\n\nJe voulais vous dire que je cherche un emploi dans une association : j'ai un BTS ESF "
        "obtenu en juin 2025.\n\nNina Roux",
        "Bonjour",
        ("Nina Roux", "nina.roux@example.fr"),
        "application",
        id="a_wish_to_tell_that_one_is_searching_is_still_an_application",
    ),
    pytest.param(
        "Bonsoir,\n\nJ'ai fait la faculté d'Économie à Porto, conclue en 2017, puis sept ans comme "
        "commerciale dans une banque. J'ai envie de me tourner vers les associations. Votre programme "
        "peut-il m'aider ?\n\nMarta Reis",
        "Renseignement",
        ("Marta Reis", "marta.reis@example.pt"),
        "application",
        id="studies_told_as_the_faculty_one_went_through_make_an_application_of_a_question",
    ),
    pytest.param(
        "Bonjour,\n\nJe travaille à la faculté de médecine de Rouen, au secrétariat. Votre programme "
        "a-t-il une limite d'âge ?\n\nCorinne",
        "Question",
        ("Corinne Vasseur", "corinne.vasseur@example.fr"),
        "question",
        id="a_faculty_where_the_writer_works_is_no_studies_of_hers",
    ),
    pytest.param(
        "Madame, Monsieur,\n\nNotre association de Sfax vous recommande la jeune Salma Trabelsi, titulaire "
        "d'un diplôme de gestion. Elle vit à Lille chez sa tante et elle souhaite travailler dans une "
        "association, comme elle l'a fait chez nous comme bénévole.\n\nLe bureau de l'association",
        "Recommandation",
        ("Association Amal", "contact@amal.example.tn"),
        "application",
        id="a_partner_s_young_volunteer_who_wants_to_work_in_an_association_is_presented",
    ),
    pytest.param(
        "Chers collègues,\n\nNotre fédération de coopératives sociales de Castelo Branco vous adresse une "
        "proposition de jumelage entre nos coopératives et celles de votre réseau : recevoir en 2027 "
        "des jeunes salariés portugais et français pour trois semaines.\n\nBien à vous,\nJoana Pires",
        "Proposition de partenariat",
        ("Rede Coop Braga", "rede@coop-braga.example.pt"),
        "other",
        id="a_network_sending_a_proposal_of_exchange_presents_nobody",
    ),
    pytest.param(
        "Bonjour,\n\nJe vous adresse un jeune de notre quartier, Malik Diallo, titulaire d'un BTS depuis "
        "juin 2025, qui cherche un emploi dans une association.\n\nNadia, conseillère",
        "Orientation",
        ("Mission locale Est", "ml-est@example.org"),
        "application",
        id="an_adviser_sending_a_young_person_still_presents_him",
    ),
]


@pytest.mark.parametrize(("body", "subject", "sender", "filed_as"), _KINDS)
def test_each_mail_is_filed_as_the_kind_its_words_mean(
    body: str, subject: str, sender: tuple[str, str], filed_as: str
) -> None:
    assert kind(body, subject, sender) == filed_as


def test_an_organisation_recruiting_for_itself_is_still_an_employer() -> None:
    body = (
        "Bonjour,\n\nNous recrutons un animateur pour notre association de quartier, en CDI dès janvier. "
        "Pourriez-vous relayer l'offre ?\n\nLa directrice"
    )
    assert (
        kind(body, "Offre d'emploi", ("Centre social Nord", "direction@cs-nord.example.org")) != "application"
    )
