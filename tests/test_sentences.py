"""Where a sentence ends: a title's full stop («M.», «Mlle.», "Ms.", "Dr.") or an abbreviation's («cf.»,
«p. ex.», «etc.» before a lower-case word) ends none; the titles are rules/lexicon/persons.toml's, the
abbreviations rules/lexicon/sentences.toml's."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures_docs import make_message

from intake.extract import extract_message
from intake.understanding.facts import BODY, WORD, Source, split_sentences
from intake.understanding.signals import presenting_sentences, split_asked

ONE_SENTENCE = [
    pytest.param("M. Dupont m'a conseillé de vous écrire.", id="fr_m"),
    pytest.param("Je vous présente Mlle. Anna Roux, diplômée d'un master.", id="fr_mlle"),
    pytest.param("J'ai vu le Pr. Roux et le Dr. Martin, qui m'ont parlé de vous.", id="fr_pr_dr"),
    pytest.param("J'ai un diplôme du social, cf. mon CV en pièce jointe.", id="fr_cf"),
    pytest.param("Je cherche un emploi dans l'ESS, p. ex. dans une association.", id="fr_p_ex"),
    pytest.param("J'ai travaillé en crèche, en EHPAD, etc. et je voudrais changer.", id="fr_etc_lowercase"),
    pytest.param("I am referring Ms. Freya Hale to your programme.", id="en_ms"),
    pytest.param("I met Mrs. Hale last week with her adviser.", id="en_mrs"),
    pytest.param("I hold a degree in social work, e.g. a B.A. in community care.", id="en_eg"),
]


@pytest.mark.parametrize("sentence", ONE_SENTENCE)
def test_a_title_or_an_abbreviation_does_not_end_the_sentence_it_is_in(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]
    assert split_asked(sentence) == [sentence]


def test_etc_before_a_capital_ends_the_sentence() -> None:
    text = "J'ai travaillé en crèche, en EHPAD, etc. Je voudrais changer de métier."
    assert split_sentences(text) == [
        "J'ai travaillé en crèche, en EHPAD, etc.",
        "Je voudrais changer de métier.",
    ]


def test_an_initial_before_a_capital_still_ends_a_sentence_read_for_a_question() -> None:
    assert split_asked("Je suis suivie par Marie P. Je peux m'inscrire ?") == [
        "Je suis suivie par Marie P.",
        "Je peux m'inscrire ?",
    ]


def test_a_sentence_referring_someone_titled_ms_presents_that_person() -> None:
    sentence = "I am referring Ms. Freya Hale to a course."
    assert presenting_sentences(sentence) == [sentence]


# (body, adviser's address, names given): an adviser refers someone named after a title with a full stop.
REFERRALS = [
    pytest.param(
        "Hello,\nI am referring Ms. Freya Hale to your programme, she graduated in June 2026 with a master's "
        "degree in social work.\nKind regards,\nOwen Price\nCareers adviser",
        "owen.price@careers.example.ac.uk",
        ("Freya", "Hale"),
        id="en_ms",
    ),
    pytest.param(
        "Bonjour,\nJe vous oriente Mlle. Anna Roux, titulaire d'un master obtenu en juin 2026, qui cherche "
        "un emploi dans une association.\nCordialement,\nGilles Rocher\nMission Locale",
        "g.rocher@missionlocale.example.org",
        ("Anna", "Roux"),
        id="fr_mlle",
    ),
]


@pytest.mark.parametrize(("body", "adviser", "names"), REFERRALS)
def test_a_referral_by_an_adviser_naming_someone_after_a_title_gives_that_persons_names(
    body: str, adviser: str, names: tuple[str, str]
) -> None:
    message = make_message(body, from_name=adviser.split("@")[0], from_addr=adviser, subject="Candidature")
    applicant = extract_message(message, today=date(2026, 9, 1))["applicant"]
    assert (applicant["first_name"], applicant["last_name"]) == names


JOINED_ONCE = [
    pytest.param(
        "Je suis diplômée d'un master en économie sociale obtenu à Lyon en\njuin 2025\nmerci de me relire",
        ["Je suis diplômée d'un master en économie sociale obtenu à Lyon en juin 2025", "merci de me relire"],
        id="fr",
    ),
    pytest.param(
        "I graduated with a master's degree in social economy in Lyon in\nJune 2025\nthanks for reading",
        ["I graduated with a master's degree in social economy in Lyon in June 2025", "thanks for reading"],
        id="en",
    ),
]


@pytest.mark.parametrize(("body", "sentences"), JOINED_ONCE)
def test_a_mails_wrapped_lines_are_joined_once_so_a_short_line_after_them_stays_its_own(
    body: str, sentences: list[str]
) -> None:
    # Joined twice, the joined line is long enough to swallow the sign-off below it.
    assert Source(BODY, body).sentences() == split_sentences(body) == sentences


WORDS = [
    pytest.param("Qu'il soit peut-être l'ex-adjointe", "Qu' il soit peut-être l' ex-adjointe", id="fr"),
    pytest.param("Jusqu’à aujourd’hui, est-ce bon ?", "Jusqu’ à aujourd’hui est-ce bon", id="fr_curly"),
    pytest.param("I'm sure my sister's MA - done - won't", "I'm sure my sister's MA done won't", id="en"),
]


@pytest.mark.parametrize(("text", "words"), WORDS)
def test_a_word_is_an_elided_french_word_apart_a_hyphenated_or_english_contracted_one_whole(
    text: str, words: str
) -> None:
    assert WORD.findall(text) == words.split()


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        (
            "Bonjour,\nDepuis l'été, je postule surtout dans des\nScop de ma région.\nBien à vous,\nNoé",
            "Depuis l'été, je postule surtout dans des Scop de ma région.",
        ),
        (
            "Hello,\nSince graduating I have applied to a\nCommunity Interest Company and two charities.\n"
            "Thanks,\nAmy",
            "Since graduating I have applied to a Community Interest Company and two charities.",
        ),
    ],
)
def test_a_line_ending_on_an_article_or_a_preposition_goes_on_with_the_next_whatever_its_first_letter(
    body: str, sentence: str
) -> None:
    assert sentence in split_sentences(body)
