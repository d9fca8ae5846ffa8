"""Classes of mistakes found on the asking corpus (tuned on in its round, slice h-aaim): the aim carried
inside the asking — a place pointed back by a cleft («c'est là que je veux travailler», "that's where I want
to work") after a question or a condition naming it, an ESS place and another one asked about side by side
(open), a place set aside («…, pas dans une association»), a place named in a concession («même si je
connais…»), the aim labelled «mon but :», the kinds of employer a question names (an agency of
communication, a municipal régie). Each test states the class in a phrasing of its own (not the corpus's),
in French and in English."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

FR_DEGREE = "J'ai obtenu un master de géographie en juin 2026."
EN_DEGREE = "I graduated with a master's degree in geography in June 2026."


def _ess(aim: str, *, english: bool = False) -> str:
    """The status of the ESS criterion for a graduate (French, or English) who writes `aim`."""
    return status(extracted(f"{EN_DEGREE if english else FR_DEGREE} {aim}"), "job_seeking_ess")


@pytest.mark.parametrize(
    "aim",
    [
        "Est-ce qu'une ressourcerie associative, ça rentre dans vos critères ? C'est là que je rêve de "
        "travailler.",
        "Au cas où une coopérative d'habitants recruterait à Rennes, c'est là que j'aimerais bosser.",
        "Un tiers-lieu coopératif, ça compte pour vous ? C'est justement là que je souhaite travailler.",
    ],
)
def test_a_place_pointed_back_by_a_cleft_of_aim_is_the_aim_in_french(aim: str) -> None:
    assert _ess(aim) == "met"


@pytest.mark.parametrize(
    "aim",
    [
        "Would a housing co-op qualify as the social economy? That's where I'd like to work.",
        "Do community land trusts count for you? That is exactly where I want to work.",
    ],
)
def test_a_place_pointed_back_by_a_cleft_of_aim_is_the_aim_in_english(aim: str) -> None:
    assert _ess(aim, english=True) == "met"


def test_a_company_pointed_back_by_a_cleft_of_aim_is_a_search_outside_the_ess() -> None:
    aim = "Une agence de communication, ça passe pour vous ? C'est là que je veux travailler."
    assert _ess(aim) == "not_met"


@pytest.mark.parametrize(
    ("aim", "english"),
    [
        ("Est-ce grave si je candidate aussi bien dans une fondation que dans une banque privée ?", False),
        ("Je voudrais bosser dans une régie municipale ou dans une association : c'est pareil ?", False),
    ],
)
def test_an_ess_place_asked_about_beside_another_leaves_the_aim_open(aim: str, english: bool) -> None:
    assert _ess(aim, english=english) == "unknown"


@pytest.mark.parametrize(
    "aim",
    [
        "Je vise un poste au ministère des Armées, pas dans une association. Est-ce un souci ?",
        "Je cherche un emploi dans une banque d'affaires, pas dans une coopérative : ça bloque ?",
    ],
)
def test_an_ess_place_set_aside_after_the_aim_is_no_aim(aim: str) -> None:
    assert _ess(aim) == "not_met"


def test_an_ess_place_named_in_a_concession_is_no_aim() -> None:
    aim = "Je veux travailler dans un cabinet de conseil, même si je connais bien le monde associatif."
    assert _ess(aim) == "not_met"


@pytest.mark.parametrize(
    "aim",
    [
        "Mon but : devenir comptable dans une SCOP de menuiserie. Une SCOP, c'est de l'ESS, non ?",
        "Mon but : entrer dans une mutuelle comme chargée de prévention. Est-ce accepté ?",
    ],
)
def test_the_aim_labelled_by_the_noun_of_purpose_is_read(aim: str) -> None:
    assert _ess(aim) == "met"


@pytest.mark.parametrize(
    "body",
    [
        "Comment je m'inscris, moi qui ai bossé un moment comme vendeur avant ma licence ? Je l'ai eue "
        "en juin 2026 et je cherche dans une coopérative.",
        "How do I apply? I worked for a while in insurance before my MSc (June 2026), and I now want to "
        "join a charity.",
    ],
)
def test_work_of_unsaid_length_before_the_degree_leaves_the_career_change_open(body: str) -> None:
    assert status(extracted(body), "not_career_change") == "unknown"



def test_a_cleft_of_aim_points_back_to_the_nearest_place_named() -> None:
    aim = (
        "Mon frère travaille dans une banque d'affaires ; moi, on m'a parlé des coopératives d'activité. "
        "C'est là que je veux débuter."
    )
    assert _ess(aim) == "met"
