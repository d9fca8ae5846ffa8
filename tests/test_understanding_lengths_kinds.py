"""Kinds at both ends of length (stop 45, t-kinds): a partner asking where the bar stands for its public, a
subject that asks over an empty body, and application or search words that state nothing (weighed under «si»,
named as a topic, «trouver» judging, a partnership asked of the programme). Every phrasing is invented
here."""

from __future__ import annotations

from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import parse_message
from intake.understanding.lexicon import load_lexicon
from intake.understanding.names import name_presented_in
from intake.understanding.requirement_told import required_before
from intake.understanding.taught import teaches_before
from intake.understanding.topic_named import topic_named
from intake.understanding.weighed import weighed_at


def _kind(body: str, **kwargs: str) -> str:
    return classify(parse_message(make_message(body, **kwargs))).kind


# ------------------------------------------------------------------ a partner asking for the people it serves


def test_a_social_centre_asking_whether_the_programme_is_open_to_refugees_asks_a_question() -> None:
    body = (
        "Bonjour,\n\nJe coordonne le pôle emploi d'un centre social à Rouen. Notre structure reçoit "
        "chaque semaine des jeunes exilés très qualifiés.\n\nLe dispositif est-il ouvert aux personnes "
        "bénéficiaires de la protection internationale ? Les ateliers ont-ils lieu en visio ?\n\n"
        "Bien à vous,\nOdile Lamarre"
    )
    assert _kind(body, subject="Question sur votre accompagnement", from_name="Odile Lamarre") == "question"


def test_a_students_union_asking_whether_a_foreign_degree_is_enough_for_its_members_asks_a_question() -> None:
    body = (
        "Hello,\n\nI run the careers desk of a students' union in Lille, and I mention your scheme in "
        "our newsletter. Do applicants need a French degree, or is a foreign bachelor's enough? Is the "
        "coaching free?\n\nThanks,\nPriya Nair"
    )
    assert _kind(body, subject="Your coaching scheme", from_name="Priya Nair") == "question"


def test_a_partner_inviting_the_team_to_present_the_programme_to_its_students_asks_no_question() -> None:
    body = (
        "Bonjour,\n\nNotre école organise un forum des métiers le 12 mars. Pourriez-vous venir présenter "
        "Pro'pulse à nos étudiants ce jour-là ?\n\nCordialement,\nMarc Vidal"
    )
    assert _kind(body, subject="Forum des métiers", from_name="Marc Vidal") != "question"


# ------------------------------------------------------------------ a subject that asks over an empty body


def test_a_request_for_information_in_the_subject_over_an_empty_body_is_a_question() -> None:
    assert _kind("", subject="Renseignements sur l'accompagnement") == "question"
    assert _kind("Bonjour,\n\nMerci !\nCamille", subject="Demande d'informations : Pro'pulse") == "question"


def test_an_enquiry_in_an_english_subject_over_an_empty_body_is_a_question() -> None:
    assert _kind("", subject="Enquiry about the coaching programme") == "question"


def test_a_subject_asking_for_an_internship_over_an_empty_body_is_no_question() -> None:
    assert _kind("", subject="Demande de stage") != "question"


# ------------------------------------------------------------------ words that state no application


def test_applying_weighed_under_si_before_many_questions_is_a_question() -> None:
    body = (
        "Bonjour,\n\nJ'ai plusieurs questions sur le déroulé avant de décider si je postule. Le programme "
        "est-il gratuit ? Quels sont les critères ?\n\nMerci,\nLouise"
    )
    assert _kind(body, subject="Quelques questions") == "question"


def test_applying_weighed_under_whether_before_many_questions_is_a_question() -> None:
    body = (
        "Hi,\n\nI have some questions about the coaching before deciding whether to apply. Is the programme "
        "free? What are the eligibility criteria?\n\nBest,\nTom"
    )
    assert _kind(body, subject="A few questions") == "question"


def test_applying_after_a_conditional_clause_closed_by_a_comma_is_stated() -> None:
    sentence = "Si oui, je postule dès demain."
    assert not weighed_at(sentence, sentence.index("postule"))
    assert weighed_at("avant de voir si je postule", len("avant de voir si je "))


def test_the_application_procedure_named_as_a_topic_applies_for_nobody() -> None:
    body = (
        "Bonjour,\n\nPour finir, sur la candidature en elle-même. Y a-t-il une date limite ? Le programme "
        "est-il gratuit ?\n\nMerci,\nNadia"
    )
    assert _kind(body, subject="Questions") == "question"
    english = "Hello, finally, about the application process. Is there a deadline? Is the programme free?"
    assert _kind(english, subject="Questions") == "question"


def test_an_application_spoken_of_as_ones_own_is_no_topic_named() -> None:
    sentence = "Je vous écris à propos de ma candidature envoyée lundi."
    assert not topic_named(sentence, sentence.index("candidature"))


def test_finding_something_wonderful_is_no_search_for_work() -> None:
    body = (
        "Bonjour,\n\nJe trouve formidable qu'un tel programme existe pour travailler dans le secteur "
        "associatif. Est-il payant ? Combien d'heures par semaine demande-t-il ?\n\nBien à vous,\nMonique"
    )
    assert _kind(body, subject="Renseignements") == "question"


def test_wishing_to_find_a_job_in_an_association_is_still_a_search() -> None:
    body = "Bonjour, je voudrais trouver un emploi dans une association. Diplômée d'une licence en 2026."
    assert _kind(body, subject="Bonjour") == "application"


def test_asking_whether_the_programme_has_partnerships_with_employers_is_a_question() -> None:
    body = (
        "Bonjour,\n\nAvez-vous des partenariats avec des employeurs qui recrutent à la sortie du programme ? "
        "Est-ce gratuit ?\n\nMerci,\nSophie"
    )
    assert _kind(body, subject="Questions sur le programme") == "question"


def test_offering_a_partnership_with_ones_own_association_asks_no_question() -> None:
    body = (
        "Bonjour,\n\nSeriez-vous intéressés par un partenariat avec notre association ? Nous accueillons des "
        "bénévoles chaque samedi.\n\nCordialement,\nJulien"
    )
    assert _kind(body, subject="Partenariat") != "question"


# ------------------------------------------------------------------ studies named as a requirement or asked


def test_studies_told_as_what_the_programme_requires_are_nobodys_facts() -> None:
    body = (
        "Bonjour,\n\nUne voisine m'a dit qu'il fallait avoir fini ses études depuis moins d'un an pour "
        "entrer. Est-ce exact ? Le programme est-il gratuit ?\n\nMerci,\nAgnès"
    )
    assert _kind(body, subject="Une question") == "question"


def test_a_degree_told_as_what_applicants_need_is_nobodys_fact() -> None:
    body = (
        "Hello,\n\nA friend told me that you need to be a recent graduate to take part. What are the "
        "eligibility criteria? Is the programme free?\n\nThanks,\nJoe"
    )
    assert _kind(body, subject="Question") == "question"


def test_a_requirement_the_writer_says_they_met_is_their_fact() -> None:
    tokens = ["il", "fallait", "que", "je", "finisse", "mes", "études"]
    assert not required_before(tokens, tokens.index("études"))
    asked = ["je", "me", "demande", "si", "mon", "diplôme", "compte"]
    assert not required_before(asked, asked.index("diplôme"))
    nobody = ["je", "ne", "sais", "pas", "s'", "il", "y", "a", "une", "date", "de", "diplôme"]
    assert required_before(nobody, nobody.index("diplôme"))


# ------------------------------------------------------------------ classes given at a place of studies


def test_a_retired_manager_giving_classes_at_a_university_offering_to_sponsor_applies_for_nobody() -> None:
    body = (
        "Bonjour,\n\nAncien directeur d'une coopérative agricole, je donne aujourd'hui des cours à "
        "l'université inter-âges de Pau. Si vous cherchez des parrains pour vos participants, je serais "
        "ravi d'aider.\n\nBien cordialement,\nGérard Lacoste"
    )
    assert _kind(body, subject="Parrainage", from_name="Gérard Lacoste") != "application"


def test_giving_classes_names_the_place_where_one_teaches_not_ones_studies() -> None:
    assert teaches_before(["je", "donne", "quelques", "cours", "à", "l'"])
    assert teaches_before(["i", "give", "evening", "classes", "at", "the"])
    assert not teaches_before(["je", "suis", "des", "cours", "à", "l'"])


# ------------------------------------------------------------------ a referral that speaks of recruiting


def test_an_adviser_recommending_a_graduate_who_needs_help_with_recruitment_applies_for_her() -> None:
    body = (
        "Dear team,\n\nI am a careers adviser at a Welsh university, and I am writing to recommend one of "
        "our graduates, Carys Pryce, who holds a BA in Social Policy awarded in June 2025. She is looking "
        "for a job in a French charity and would value your help with the recruitment process in France.\n\n"
        "Kind regards,\nGareth Evans"
    )
    assert _kind(body, subject="Recommendation", from_name="Gareth Evans") == "application"


def test_an_association_that_is_recruiting_still_offers_a_post() -> None:
    body = "Bonjour,\n\nNotre association recrute un chargé de mission en CDI. Pouvez-vous diffuser l'offre ?"
    assert _kind(body, subject="Offre d'emploi", from_name="Claire Roux") != "application"


def test_a_run_of_capitals_after_an_article_names_no_person_presented() -> None:
    lexicon = load_lexicon()
    sentence = "I advise students at a South African university and recommend our graduate Lindiwe Dube."
    proper = ("South", "African", "Lindiwe", "Dube")
    assert name_presented_in(sentence, proper, lexicon) == "Lindiwe Dube"


def test_a_school_asking_the_programme_to_pass_on_its_invitation_asks_a_favour() -> None:
    body = (
        "Bonjour,\n\nNotre cérémonie de fin d'année aura lieu le 6 février. Pourriez-vous transmettre "
        "l'invitation à vos participants qui sont nos anciens élèves ?\n\nLe secrétariat"
    )
    assert _kind(body, subject="Cérémonie", from_name="Lycée Jean-Moulin") != "question"
