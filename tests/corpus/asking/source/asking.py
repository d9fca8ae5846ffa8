"""What a message of the asking corpus is: every message ASKS the programme something, and in an application
the applicant's facts are carried INSIDE the asking — a question's presupposition («Est-ce que mon service
civique, qui se termine le 15 décembre, pose problème ?» = a service civique running until 15 December), a
condition («si je valide mon M2 en janvier, est-ce que je peux candidater ?» = not validated yet), a «sachant
que / vu que / puisque / given that» clause, an indirect question («je me demande si mon BTS obtenu en 2023
compte encore»), a hypothetical that is NOT a fact («et si je faisais un stage ?» = no internship), a request
for an exception («je suis en reconversion, est-ce rédhibitoire ?»), a numbered list of questions, a question
tag on a fact («j'ai fini mes études, non ?»), an English «Am I eligible if…». The way of asking is chosen
FIRST from a grid of twelve (``GRID``); the fact it carries is the test. The reader reads on
TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its way of asking, the fact the asking carries, the words that
carry it as they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it,
then (when the asking leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a line
``# asking: «words» = what they presuppose or state → decision`` («# asking: «si je valide mon M2 en janvier»
= a condition not met yet: studies running → fails studies_finished»). build.py adds the way and the fact to
its truth line. Applications are French, about one in seven English (``language="en"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other


@dataclass(frozen=True)
class Way:
    """One way of asking: what it is, its forms in French and English, what it makes a fact (or not), and
    its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    carries: str  # what the asking makes of the fact it names
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Way] = {
    "yes_no_question": Way(
        "a yes/no question whose presupposition carries the fact («est-ce que mon service civique, qui se"
        " termine le 15 décembre, pose problème ?»)",
        forms_fr=("est-ce que mon …, qui …, pose problème ?", "mon … compte-t-il ?", "ça passe avec … ?"),
        forms_en=("does my …, which …, count?", "is my … a problem?"),
        carries="the presupposition (a relative clause, a possessive, a definite «mon/ma») is a FACT of the"
        " writer",
        distractors="the question asks about the fact, it does not doubt it; a presupposition about someone"
        " else («mon frère a fait…») is no fact of the applicant",
    ),
    "condition_si": Way(
        "a condition: «si je valide mon M2 en janvier, est-ce que je peux candidater ?»",
        forms_fr=("si je …, est-ce que …", "à condition que …", "dans le cas où …"),
        forms_en=("if I finish …, can I …", "provided that …"),
        carries="a condition not met yet is NOT a fact that it is met: «si je valide en janvier» = not"
        " validated yet (studies running); «si j'ai bien compris, vu que j'ai…» with a past verb states it",
        distractors="a condition in the past or present indicative («si j'ai un BTS depuis 2024, …» =  the"
        " writer has it); a condition whose outcome may be known by now (open)",
    ),
    "given_that": Way(
        "a «sachant que / vu que / puisque / étant donné que / given that» clause stating the fact inside"
        " the question",
        forms_fr=("sachant que …", "vu que …", "puisque …", "étant donné que …", "comme …"),
        forms_en=("given that …", "since …", "seeing as …", "considering …"),
        carries="the clause is a FACT of the writer",
        distractors="«sachant que le programme demande un bac+2» quotes our criteria, not the writer's facts;"
        " «vu que je n'ai pas encore…» states a lack",
    ),
    "indirect_question": Way(
        "an indirect question: «je me demande si mon BTS obtenu en 2023 compte encore», «je voudrais savoir"
        " si…»",
        forms_fr=(
            "je me demande si …",
            "je voudrais savoir si …",
            "pourriez-vous me dire si …",
            "j'ignore si",
        ),
        forms_en=("I wonder whether …", "I'd like to know if …", "could you tell me whether …"),
        carries="the noun phrase inside the indirect question (its participle, its relative) is a fact; the"
        " doubt is about its value for us",
        distractors="«je me demande si j'ai vraiment fini» doubts the fact itself (open); «je me demande si"
        " un bac+2 suffit» with no «j'ai» is a question",
    ),
    "hypothetical": Way(
        "a hypothetical: «et si je faisais un service civique ?», «imaginons que…», «au cas où…» — NOT a"
        " fact",
        forms_fr=("et si je …", "imaginons que …", "au cas où …", "supposons que …", "si jamais …"),
        forms_en=("what if I …", "suppose I …", "in case I …", "hypothetically …"),
        carries="a hypothetical names a criterion but is no fact: the criterion stays met (silence) unless"
        " something else says otherwise",
        distractors="the real facts stated next to the hypothetical decide; «au cas où mon stage serait"
        " prolongé» presupposes a stage that exists (a fact) and hypothesises its extension",
    ),
    "exception_request": Way(
        "a request for an exception: «je suis en reconversion, est-ce rédhibitoire ?», «est-ce bloquant ?»,"
        " «une dérogation est-elle possible ?»",
        forms_fr=("est-ce rédhibitoire ?", "est-ce bloquant ?", "une dérogation ?", "une exception ?"),
        forms_en=("is that a deal-breaker?", "could an exception be made?", "is there any flexibility?"),
        carries="the fact the writer asks to be excused for is a FACT (and usually a failing one); the"
        " programme makes no exception: the label follows the rules",
        distractors="asking an exception for a fact that meets the rules anyway (worry with no cause); asking"
        " for an exception «au cas où» a fact might fail (no fact)",
    ),
    "question_list": Way(
        "a numbered or bulleted list of questions, the facts in some of them",
        forms_fr=("1. … ? 2. … ?", "- … ?", "première question … deuxième question …"),
        forms_en=("1) … 2) …", "a couple of questions: …"),
        carries="each question may carry a fact (presupposed, conditioned, given); the ones about the"
        " programme (dates, pay, place) carry none",
        distractors="a list where a question is about someone else's case, or purely practical",
    ),
    "eligibility_self_check": Way(
        "the writer checks each criterion against their own facts: «je coche les cases ?», «bac+2 : j'ai un"
        " BTS — ok ? fini : oui — ok ?»",
        forms_fr=(
            "je coche toutes les cases ?",
            "critère par critère …",
            "est-ce que je rentre dans les clous ?",
        ),
        forms_en=("do I tick all the boxes?", "going down your list: …", "am I eligible?"),
        carries="each criterion answered by the writer is a fact; the one the writer leaves doubtful stays"
        " open",
        distractors="quoting our criteria is not a fact; a criterion the writer skips is silence",
    ),
    "rhetorical_or_tag": Way(
        "a rhetorical question or a question tag on a fact: «j'ai fini mes études, non ?», «n'est-ce pas ?»,"
        " «hein ?»",
        forms_fr=("…, non ?", "…, n'est-ce pas ?", "…, hein ?", "…, pas vrai ?", "ça compte, non ?"),
        forms_en=("…, right?", "…, isn't it?", "…, don't I?"),
        carries="a tag on a stated fact leaves the fact a fact; a tag on the writer's own doubt («je suis"
        " encore étudiant, techniquement, non ?») leaves it open",
        distractors="a rhetorical question about the programme («qui n'a pas fait de stage, hein ?») is no"
        " fact",
    ),
    "how_to_apply": Way(
        "asks HOW to apply, the facts said in passing: «comment on postule quand on a un DUT de 2024 ?»",
        forms_fr=(
            "comment on postule quand …",
            "quelle est la démarche pour …",
            "où envoyer mon dossier, moi qui …",
        ),
        forms_en=("how do I apply, having …", "what's the process for someone who …"),
        carries="the facts said in passing are facts; the wish to join is the asking itself",
        distractors="«comment postuler ?» with no fact is a question; «comment on postule quand on a un bac+2"
        " ?» in the generic «on» with no fact of the writer is a question",
    ),
    "third_party_asking": Way(
        "a parent, a friend or an adviser asks for someone: «est-ce que ma fille, qui finit son service"
        " civique en mars, peut…»",
        forms_fr=(
            "est-ce que ma fille, qui …, peut …",
            "je me permets de vous écrire pour mon fils …",
            "une jeune que j'accompagne …",
        ),
        forms_en=("my son, who …, wonders if …", "I'm writing on behalf of …"),
        carries="the facts of the person presented are the application's facts; the sender is"
        " ``forwarded_by``",
        distractors="«par exemple un jeune en stage» is no person presented (a question); the sender's own"
        " facts are not the applicant's",
    ),
    "english_asking": Way(
        "the asking in English: «Am I eligible if…», «would I qualify given…», «quick question…»",
        forms_fr=(),
        forms_en=(
            "Am I eligible if …",
            "Would I qualify given …",
            "Does my … count?",
            "Can I still apply if …",
        ),
        carries="the same conventions in English: presupposition and «given» are facts, «if» not met yet is"
        " not, «what if» is no fact",
        distractors="«if» meaning «whether» («I don't know if my HND counts») presupposes the HND; British"
        " «course» for studies; a «placement» is an internship",
    ),
}


class N(Featured):
    """One message and the way of asking that carries its deciding fact: ``words`` stand in its subject,
    body or CV as written (case and line breaks aside), and they are the words of the asking that carry the
    fact; the `# asking:` comment above the message says what they presuppose or state and what they
    decide."""

    GRID = GRID  # type: ignore[assignment]
