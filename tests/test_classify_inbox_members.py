"""The cohort's participants write to the programme's address too: a job found, an offer passed round, an
absence from a sitting, a question on tomorrow's workshop. They are already in: none of it is an application,
nor an automatic reply. Each case is read by its meaning (a find told done, applying denied, an offer relayed,
a person asking under an absence's subject, a known sitting asked about); the phrasings are the tests' own."""

from __future__ import annotations

from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import parse_message
from intake.understanding.lexicon import load_lexicon
from intake.understanding.signals import read_signals


def _kind(body: str, subject: str = "Bonjour") -> str:
    return classify(parse_message(make_message(body, subject=subject))).kind


def _signals(text: str) -> list[str]:
    return [sig.name for sig in read_signals(text, "", [], load_lexicon())]


# ------------------------------------------------------------------ a job found: the search is over


def test_a_participant_announcing_the_job_she_found_is_not_applying() -> None:
    body = (
        "Bonjour Claire,\n\nPetite nouvelle : j'ai enfin trouvé un poste de médiatrice dans une "
        "ressourcerie, je démarre lundi ! Je ne viendrai donc plus aux ateliers.\n\n"
        "Merci à toute l'équipe,\nInès"
    )
    assert _kind(body, "Bonne nouvelle") == "other"


def test_an_english_participant_announcing_the_job_he_found_is_not_applying() -> None:
    body = (
        "Hi Claire,\n\nGreat news: I've found a job as a youth worker at a community centre and I start on "
        "the 1st. Thanks for all the coaching!\n\nInès"
    )
    assert _kind(body, "Good news") == "other"


def test_a_job_not_found_yet_is_still_a_search() -> None:
    assert "job_search" in _signals("Je n'ai toujours pas trouvé de poste depuis la fin de mon master.")


def test_a_job_found_then_over_leaves_the_new_search_told_after_it() -> None:
    text = "J'ai trouvé un CDD de trois mois qui s'est terminé en octobre ; je cherche maintenant un emploi."
    assert "job_search" in _signals(text)


# ------------------------------------------------------------------ applying denied, an offer passed round


def test_an_offer_passed_round_the_cohort_by_someone_who_does_not_apply_is_no_application() -> None:
    body = (
        "Bonjour à tous,\n\nJe vous transmets une offre qui peut plaire à quelqu'un de la promo : "
        "une régie de quartier recherche un·e chargé·e d'accueil, CDI, bac+2 demandé. Pour ma part "
        "je ne postule pas, j'ai déjà signé ailleurs.\n\nInès"
    )
    assert _kind(body, "Une offre pour la promo") == "other"


def test_an_english_vacancy_shared_with_the_cohort_by_someone_not_applying_is_no_application() -> None:
    body = (
        "Hi all,\n\nI'm sharing this vacancy with the cohort in case someone is interested: a housing "
        "charity is looking for a support worker, one-year contract, degree required. I'm not applying "
        "myself, I've accepted another offer.\n\nInès"
    )
    assert _kind(body, "Vacancy for the group") == "other"


def test_applying_denied_with_a_contract_signed_is_no_application() -> None:
    body = "Bonjour,\n\nJe ne candidate pas cette fois-ci : j'ai signé un CDI la semaine dernière. Merci !"
    assert _kind(body) == "other"


def test_applying_after_a_doubt_about_one_s_profile_is_still_an_application() -> None:
    body = (
        "Bonjour,\n\nJe ne sais pas si j'ai le bon profil, mais je postule quand même : master de sociologie "
        "obtenu en juin 2026.\n\nInès Martin"
    )
    assert _kind(body) == "application"


def test_sharing_the_programme_s_own_post_says_nothing_of_an_offer_relayed() -> None:
    text = "J'ai partagé votre annonce avec mes amis, et je cherche moi-même un emploi dans une coopérative."
    assert "job_search" in _signals(text)


def test_looking_forward_to_an_opportunity_relays_no_offer() -> None:
    text = "I look forward to the opportunity to join the programme. Master's in Social Policy, June 2026."
    assert "education" in _signals(text)


# ------------------------------------------------------------------ an absence told under «Absence»


def test_a_participant_missing_a_workshop_under_an_absence_subject_is_no_automatic_reply() -> None:
    body = (
        "Bonjour,\n\nMa fille est malade et je ne pourrai pas être là à l'atelier de mardi. Pourriez-vous "
        "m'envoyer le support de la séance ?\n\nMerci,\nInès"
    )
    assert _kind(body, "Absence mardi") in {"other", "question"}


def test_an_english_participant_missing_a_session_under_an_absence_subject_is_no_automatic_reply() -> None:
    body = (
        "Hi Claire,\n\nI won't make it to Friday's group session, my landlord is coming to fix the heating. "
        "Could I join the Tuesday group instead?\n\nInès"
    )
    assert _kind(body, "Absence on Friday") in {"other", "question"}


def test_an_absence_notice_with_its_return_is_still_an_automatic_reply() -> None:
    body = (
        "Bonjour,\n\nJe suis absente jusqu'au 4 décembre et lirai vos messages à mon retour.\n\nInès Martin"
    )
    assert _kind(body, "Absence") == "auto_reply"


def test_an_out_of_office_giving_an_urgent_contact_beside_a_question_mark_stays_an_automatic_reply() -> None:
    body = (
        "Bonjour, je serai en congés jusqu'au 30 novembre. Pour toute urgence, contactez l'accueil au "
        "01 23 45 67 89. Une question ? Écrivez à accueil@example.org"
    )
    assert _kind(body, "Absent du bureau") == "auto_reply"


# ------------------------------------------------------------------ a question on a known sitting


def test_a_participant_asking_how_tuesday_s_sitting_with_the_coach_goes_asks_a_question() -> None:
    body = (
        "Bonjour,\n\nPour la séance de mardi avec la coach, faut-il apporter une clé USB ou tout se fait en "
        "ligne ?\n\nMerci,\nInès"
    )
    assert _kind(body, "Séance de mardi") == "question"


def test_an_english_participant_asking_about_tomorrow_s_workshop_asks_a_question() -> None:
    body = (
        "Hi Claire,\n\nFor tomorrow's workshop with the coach, should we bring a laptop? And does it still "
        "start at 9.30?\n\nThanks,\nInès"
    )
    assert _kind(body, "Tomorrow") == "question"


def test_a_partner_offering_to_run_a_workshop_asks_no_question_on_the_programme() -> None:
    body = (
        "Bonjour,\n\nNous proposons d'animer un atelier sur le numérique dans vos locaux jeudi : seriez-vous "
        "intéressés ?\n\nInès Martin, Association Clic"
    )
    assert _kind(body, "Proposition") == "other"
