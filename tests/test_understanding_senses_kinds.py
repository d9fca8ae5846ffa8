"""Kinds, names and sentences read by meaning when the words mislead: a mailing told by its sender and its
offer to stop receiving it, a question put to the programme about its own things, an organisation's search,
an inquiry made for someone else, a relative's news told beside the writer's own search, a texted greeting
before a name, a paragraph cut at the mail's width. The phrasings are the tests' own, French and English."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import parse_message
from intake.understanding import read_applicant
from intake.understanding.facts import split_sentences

TODAY = date(2026, 11, 26)
WRITER = ("Inès Martin", "ines.martin@example.org")


def _kind(body: str, subject: str, sender: tuple[str, str] = WRITER) -> str:
    raw = make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject)
    return classify(parse_message(raw)).kind


def _applicant(body: str, sender: tuple[str, str]) -> tuple[str | None, str | None, str | None]:
    msg = parse_message(make_message(body, from_name=sender[0], from_addr=sender[1], subject="Candidature"))
    facts = read_applicant(msg, [], today=TODAY, forwarded_by=classify(msg).forwarded_by)
    first, last, email = facts.first_name, facts.last_name, facts.email
    return (first and first.value, last and last.value, email and email.value)


# ------------------------------------------------------------------ mailings without list headers


def test_a_weekly_digest_offering_to_unsubscribe_is_a_newsletter_though_it_names_a_degree() -> None:
    body = (
        "Au sommaire : un master en alternance qui ouvre ses portes, 15 offres dans des coopératives.\n"
        "Vous recevez ce courriel parce que vous êtes abonné·e. Gérer mon abonnement / se désabonner."
    )
    assert _kind(body, "La semaine des coops", ("Coops Hebdo", "hebdo@coops.example.org")) == "newsletter"


def test_an_english_bulletin_one_can_stop_receiving_is_a_newsletter() -> None:
    body = (
        "This month: a free masterclass on grant writing and ten jobs in charities.\n"
        "To stop receiving these emails, update your preferences."
    )
    sender = ("Third Sector Bulletin", "bulletin@thirdsector.example.org")
    assert _kind(body, "Your monthly bulletin", sender) == "newsletter"


# ------------------------------------------------------------------ questions put to the programme


def test_a_french_question_on_what_the_programme_offers_is_a_question_not_an_application() -> None:
    body = (
        "Bonjour, organisez-vous des sessions pour les salariés en reconversion, ou uniquement pour les "
        "jeunes diplômés ? Je suis chargée de formation et j'aimerais conseiller une collègue. Merci."
    )
    assert _kind(body, "Une question") == "question"


def test_an_english_question_about_the_programmes_own_leaflet_is_a_question() -> None:
    body = "Hello, what does the acronym on your leaflet stand for? At my school it meant something else."
    assert _kind(body, "Acronym") == "question"


def test_a_favour_asked_of_the_programme_is_not_a_question_about_it() -> None:
    body = "Bonjour, notre salon a lieu en mai : vous pourriez tenir un stand ?"
    assert _kind(body, "Salon", ("Forum Emploi", "contact@forum.example.org")) != "question"


def test_someone_inquiring_for_a_relative_asks_a_question_and_does_not_apply() -> None:
    body = (
        "Bonjour, mon neveu hésite entre un volontariat et votre accompagnement. C'est cumulable ? "
        "Il n'a pas terminé son BTS, je me renseigne à sa place."
    )
    assert _kind(body, "Renseignement") == "question"


# ------------------------------------------------------------------ an organisation's search


def test_a_nursery_looking_for_staff_writes_no_application() -> None:
    body = (
        "Bonjour,\nLa crèche cherche une auxiliaire pour un CDD de trois mois. Faites passer si un de vos "
        "jeunes a le profil."
    )
    assert _kind(body, "Remplacement", ("Crèche Les Lutins", "creche@lutins.example.fr")) == "other"


def test_a_school_that_is_looking_for_staff_writes_no_application_in_english() -> None:
    body = (
        "Hello, the school is looking for a teaching assistant job share from March. If one of your young "
        "people fits, they can write to the office."
    )
    assert _kind(body, "Vacancy", ("Oak School", "office@oak.example.org")) == "other"


def test_the_writer_saying_where_they_work_now_seeks_no_job_by_it() -> None:
    body = (
        "Bonjour, proposez-vous un accompagnement pour les agents ? Je travaille dans une mairie et voudrais "
        "en parler à mon équipe."
    )
    assert _kind(body, "Dates") == "question"


# ------------------------------------------------------------------ a relative beside the writer's own search


def test_a_sisters_diploma_told_before_the_writers_own_search_leaves_the_writer_the_applicant() -> None:
    body = (
        "Bonjour,\nMa sœur a eu sa licence cette année. De mon côté, j'ai un BTS obtenu en juin 2025 et je "
        "cherche un poste dans une épicerie solidaire.\nNora Aït"
    )
    assert _applicant(body, ("Nora Aït", "nora.ait@example.org")) == ("Nora", "Aït", "nora.ait@example.org")


def test_an_english_cousins_degree_before_the_writers_own_search_keeps_the_writer_the_applicant() -> None:
    body = (
        "Hi,\nMy cousin just completed his master's and told me about you. As for me, I hold a BTEC HND from "
        "2025 and I am looking for a job in a housing cooperative.\nLiam Ortiz"
    )
    assert _applicant(body, ("Liam Ortiz", "liam.ortiz@example.org"))[:2] == ("Liam", "Ortiz")


def test_a_parent_presenting_a_child_by_an_act_still_refers_them() -> None:
    body = (
        "Bonjour, je vous présente mon fils Hugo Lenoir, il a un master depuis juin 2026 et cherche "
        "un emploi dans une association.\nMarc Lenoir"
    )
    raw = make_message(body, from_name="Marc Lenoir", from_addr="marc.lenoir@example.org", subject="Hugo")
    assert classify(parse_message(raw)).forwarded_by == "marc.lenoir@example.org"


# ------------------------------------------------------------------ names and wrapped lines


def test_a_texted_greeting_before_the_name_is_not_part_of_the_first_name() -> None:
    body = "slt c Maeva Durand, bts sp3s eu en juin 2025, jcherche en asso, dispo en semaine"
    assert _applicant(body, ("", "maeva.d@example.net"))[:2] == ("Maeva", "Durand")


def test_a_line_cut_at_the_mails_width_goes_on_in_the_next_even_after_a_capital() -> None:
    body = (
        "Je viens de terminer mes études et je suis titulaire depuis septembre d'un diplôme de BUT\n"
        "Carrières sociales obtenu en juin 2026, je cherche maintenant un emploi dans une coopérative.\n"
        "Merci"
    )
    assert any("BUT Carrières sociales obtenu en juin 2026" in s for s in split_sentences(body))


def test_a_form_row_at_the_mails_width_does_not_swallow_the_next_row() -> None:
    body = (
        "Recherche : un poste de coordinatrice dans une association d'éducation populaire, Occitanie\n"
        "Pas de stage en cours"
    )
    assert split_sentences(body)[-1] == "Pas de stage en cours"


def test_a_sisters_news_in_the_sentence_of_the_writers_search_leaves_the_writer_the_applicant() -> None:
    body = (
        "Bonjour,\nMa sœur part en mission à l'étranger, moi je reste ici : j'ai une licence depuis "
        "juin 2025 et je cherche un emploi dans une mutuelle.\nSarah Koné"
    )
    writer = ("Sarah Koné", "sarah.kone@example.org")
    assert _applicant(body, writer) == ("Sarah", "Koné", "sarah.kone@example.org")


def test_an_english_writer_applying_for_a_job_after_naming_a_team_they_led_is_the_applicant() -> None:
    body = (
        "Hello,\nI ran the volunteers of my college's theatre club until last spring. I completed a BA in "
        "History in 2026 and I'm applying for jobs in community arts charities.\nOwen Price"
    )
    writer = ("Owen Price", "owen.price@example.org")
    assert _applicant(body, writer) == ("Owen", "Price", "owen.price@example.org")


# ------------------------------------------------------------------ the ESS said no requirement; a skill


def _read(body: str) -> tuple[bool | None, int | None]:
    msg = parse_message(make_message(body, subject="Candidature"))
    facts = read_applicant(msg, [], today=TODAY)
    highest = facts.education.highest
    return facts.situation.ess_interest, highest and highest.level


def test_a_search_in_a_private_business_with_the_ess_not_required_is_aimed_outside_the_ess() -> None:
    body = (
        "Bonjour, j'ai un BTS obtenu en 2025. Je cherche un poste dans une agence de voyages privée, pas "
        "nécessairement dans l'économie sociale."
    )
    assert _read(body)[0] is False


def test_the_ess_said_no_requirement_without_another_place_leaves_the_aim_open() -> None:
    body = "Bonjour, j'ai un BTS de 2025. Je cherche un poste, pas obligatoirement dans une association."
    assert _read(body)[0] is None


def test_mastering_a_tool_is_a_skill_not_a_maitrise_degree() -> None:
    body = "Bonjour, j'ai un BUT obtenu en juin 2025 et je maîtrise les outils de paie. Je cherche en coop."
    assert _read(body)[1] == 3


def test_a_doubted_civic_service_whose_end_is_one_of_two_months_is_asked_about() -> None:
    body = (
        "Bonjour, j'ai une licence de juin 2025. J'ai commencé un service civique en mai, je ne me souviens "
        "plus s'il finit en octobre ou en janvier. Je cherche un emploi dans une association."
    )
    msg = parse_message(make_message(body, subject="Candidature"))
    assert read_applicant(msg, [], today=TODAY).situation.current != "service_civique"


def test_an_engineer_graduate_with_the_school_in_brackets_has_a_bac_plus_5() -> None:
    body = "Bonjour, diplômée ingénieure (Arts et Métiers) en juin 2025, je cherche un emploi en coopérative."
    assert _read(body)[1] == 5
