"""Classes of mistakes found on the anaphora corpus (tuned on in its round), for the aim, the career and the
kind of a message, where the deciding fact stands apart from the thing it is said of: the aim given as the
answer to a form's label or to the writer's own question on the line above; a relative's search set beside
the writer's own; a search act gapped before its second target, an aside between; a turn said as a wish
for «autre chose» after years of a trade; an employer taken up by a bridging noun whose apposition names
the ESS; a mailing that names itself; a writer's question answered by the writer; an impersonal «il faut»;
a rule of the programme asked about. Each test states the class in a phrasing of its own (not the
corpus's), in French and English."""

from __future__ import annotations

import pytest
from fixtures_docs import make_message
from reading_day import criterion, read

from intake.classify import classify
from intake.parsing import parse_message


def _kind(
    body: str, subject: str, sender: tuple[str, str] = ("Noé Ferrand", "noe.ferrand@example.org")
) -> str:
    msg = parse_message(make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject))
    return classify(msg).kind


# ------------------------------------------------------------------ the aim answered on the next line


@pytest.mark.parametrize(
    "body",
    [
        "Nom : Rivière\nPrénom : Loan\nDiplôme : Licence pro Commerce, juillet 2025\nDomaines visés :\n"
        "banque, grande distribution\n",
        "J'ai une licence de gestion obtenue en juin 2026. Où est-ce que je postule ? "
        "Principalement dans les "
        "banques et les assurances.",
        "I graduated with a BA in Economics in June 2026. Where am I applying? Mostly to banks and insurance "
        "companies.",
    ],
)
def test_an_aim_answering_a_label_or_the_writers_own_question_is_read_as_the_aim(body: str) -> None:
    found = criterion(read(body), "job_seeking_ess")
    assert found["status"] == "not_met"
    assert "?" in found["evidence"]["text"] or ":" in found["evidence"]["text"]


def test_an_ess_aim_answering_the_writers_own_question_meets_it_a_question_put_to_us_does_not() -> None:
    body = "J'ai un DUT obtenu en juin 2025. Dans quels secteurs je cherche ? Dans les régies de quartier."
    assert criterion(read(body), "job_seeking_ess")["status"] == "met"
    asked = (
        "J'ai une licence de gestion obtenue en juin 2026. Où puis-je postuler ? Dans "
        "une banque, c'est possible ?"
    )
    assert criterion(read(asked), "job_seeking_ess")["status"] == "unknown"


# ------------------------------------------------------------------ whose search: a relative's beside mine


@pytest.mark.parametrize(
    "body",
    [
        "J'ai un master de droit obtenu en juin 2026. Ma sœur postule dans les "
        "associations ; moi, je cherche "
        "dans les cabinets d'avocats.",
        "I completed my MSc in June 2026. My sister is looking for a job in a charity, "
        "but I am looking for a job "
        "in a bank.",
        "J'ai un master de droit obtenu en juin 2026. Mon cousin candidate en mutuelle ; moi, je vise les "
        "banques d'affaires.",
    ],
)
def test_a_relatives_search_set_beside_the_writers_own_is_not_the_aim(body: str) -> None:
    assert criterion(read(body), "job_seeking_ess")["status"] == "not_met"


# ------------------------------------------------------------------ a gapped search act, an aside between


@pytest.mark.parametrize(
    "body",
    [
        "J'ai un BTS obtenu en juin 2025. Je candidate dans des associations d'éducation populaire et aussi, "
        "depuis l'été, dans la grande distribution.",
        "I hold a BA since June 2025. I send applications to housing co-ops and, for a few weeks now, to "
        "investment banks.",
    ],
)
def test_a_search_act_gapped_before_a_target_outside_the_ess_leaves_the_aim_open(body: str) -> None:
    assert criterion(read(body), "job_seeking_ess")["status"] == "unknown"


# ------------------------------------------------------------------ years of a trade, then a wish for another


@pytest.mark.parametrize(
    "sentence",
    [
        "Pourquoi ce virage ? Après quinze ans de maçonnerie, mes genoux ont lâché et "
        "j'avais envie d'autre chose.",
        "Après onze ans de pâtisserie, j'ai eu besoin d'autre chose.",
    ],
)
def test_years_of_a_trade_and_a_wish_for_something_else_are_a_career_change(sentence: str) -> None:
    body = f"J'ai une licence obtenue en juin 2026. {sentence} Je cherche un poste dans une association."
    assert criterion(read(body), "not_career_change")["status"] == "not_met"


# ------------------------------------------------------------------ vague years, then a degree in sequence


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bâtiment, j'y ai passé plusieurs années avant de reprendre une licence pro, obtenue "
        "en juin 2026.",
        "J'ai passé quelques années dans l'hôtellerie avant de reprendre une licence pro, obtenue "
        "en juin 2026.",
    ],
)
def test_vague_years_before_a_degree_taken_up_leave_the_career_asked(sentence: str) -> None:
    body = f"{sentence} Je cherche un poste dans une association."
    assert criterion(read(body), "not_career_change")["status"] == "unknown"


# ------------------------------------------------------------------ the employer taken up by a bridging noun


@pytest.mark.parametrize(
    "body",
    [
        "J'ai obtenu une licence pro en juin 2026. Avant, j'ai été éducatrice quatre ans. Mon employeur, une "
        "association d'éducation populaire de Rennes, m'a encouragée à reprendre une "
        "formation. Je cherche un "
        "poste dans une association.",
        "J'ai obtenu une licence pro en juin 2026. J'ai travaillé cinq ans comme animateur. Mon ancien "
        "employeur (un centre social) a financé ma formation. Je cherche un poste dans une association.",
    ],
)
def test_a_field_trade_whose_employer_is_said_of_the_ess_next_is_no_career_change(body: str) -> None:
    assert criterion(read(body), "not_career_change")["status"] == "met"
    # The employer taken up but not said of the ESS leaves the years asked.
    unsaid = (
        body.split(" Mon ")[0]
        + " Mon employeur a financé ma formation. Je cherche un poste dans une association."
    )
    assert criterion(read(unsaid), "not_career_change")["status"] == "unknown"


# ------------------------------------------------------------------ kinds


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Lettre du réseau\n\nNotre rencontre annuelle se tiendra le 12 mars à "
            "Nantes.\n\nVous recevez cette "
            "lettre en tant qu'abonnée.",
            ("Réseau des régies", "lettre@regies.example.org"),
        ),
        (
            "Network bulletin\n\nOur spring meetup takes place on 4 April in Bristol.\n\nYou receive this "
            "bulletin as a subscriber.",
            ("Co-op Network News", "news@coopnet.example.org"),
        ),
    ],
)
def test_a_mailing_that_names_itself_to_its_subscriber_is_a_newsletter(
    body: str, sender: tuple[str, str]
) -> None:
    assert _kind(body, "Lettre de mars", sender) == "newsletter"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nMon diplôme ? Une licence de sociologie. Et ensuite ? Un poste dans "
        "un centre social.\n\nNoé",
        "Hello,\n\nMy degree? A BA in Social Policy. What am I looking for? A job in a "
        "housing charity.\n\nNoé",
    ],
)
def test_the_writers_own_questions_answered_make_an_application(body: str) -> None:
    assert _kind(body, "Candidature express") == "application"


def test_an_impersonal_il_faut_names_nobody_with_a_diploma() -> None:
    body = (
        "Bonjour,\n\nVotre site précise qu'il faut une licence au moins. Ce niveau, il "
        "s'apprécie à quelle date : "
        "celle du jury ou celle de l'inscription ?\n\nLe bureau des stages"
    )
    assert _kind(body, "Question sur le niveau", ("Bureau des stages", "stages@iut.example.fr")) == "question"


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nSome of our alumni asked us about Pro'pulse. On the two-year rule: is "
        "that counted from the final exam "
        "or from the graduation ceremony?\n\nThanks,\nStudent Services",
        "Bonjour,\n\nJ'ai vu l'annonce de la prochaine promo. Est-elle ouverte aux personnes en reprise "
        "d'études ?\n\nMerci,\nNoé",
    ],
)
def test_a_rule_or_whom_it_is_open_to_asked_is_a_question(body: str) -> None:
    assert _kind(body, "Eligibility") == "question"
