"""What a message of the learners corpus is: one interlanguage feature, chosen first, through which the
deciding fact is carried — and the mail written around it, in the French (or English) of someone whose
first language is another one.

The grid of features (``GRID``) was fixed before any message was written (see LICENCE.md). Each source
file (batch*.py) lists MESSAGES, each an ``N`` (its feature, the fact it carries, the words that carry it
as they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming
the three; build.py adds the feature and the fact to its truth line. The label is what a careful French
coordinator decides from what the person means; where a learner's phrasing truly leaves a criterion open,
it is ``unknown`` and the comment says why.
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

GRID = {
    "english_calque": "English calques: «je suis graduée de l'université de…», «j'ai appliqué pour des"
    " jobs», «je regarde pour un emploi», «actuellement» for actually, «éventuellement» for eventually,"
    " «supporter une cause»",
    "romance_calque": "Spanish, Portuguese or Italian calques: «j'ai terminé la carrière de sociologie»"
    " (carrera = degree), «licenciada», «je suis en train de chercher travail», «le passé juin», «j'ai fait"
    " la pratique professionnelle»",
    "article_gender": "articles and gender: «le licence», «mon formation», «un association», articles missing"
    " or doubled",
    "verb_forms": "verb forms: infinitives for conjugated verbs («moi finir master l'année dernière»), the"
    " wrong auxiliary («je suis fini mes études», «j'ai sorti de l'école»), present for past («je finis mon"
    " master en 2025»), «je suis étudié»",
    "prepositions_time": "prepositions of time: «depuis» for «il y a» («je suis diplômée depuis deux ans»"
    " meaning when), «en» / «à» / «dans» swapped, «pour» for «depuis»",
    "negation_forms": "negation: «ne» missing or misplaced («je suis pas en stage», «je pas travaille»),"
    " «non» for «ne…pas» («je suis non étudiante»), double negatives with a learner's meaning",
    "phonetic_spelling": "spelling by ear: «je cherch un travaille», «l'économi social é solidèr», «lisence»,"
    " «diplomé en juin»",
    "foreign_systems_in_french": "a foreign education system told in learner French: «master 1 au Sénégal»,"
    " «licence LMD à Alger», «bac+4 équivalent», «diplôme d'État d'Ukraine reconnu ENIC-NARIC», «je fais la"
    " équivalence»",
    "code_switching": "sentences switching language mid-way: «je cherche un job in the social economy», «pero"
    " no tengo trabajo», «inshallah», Portuguese, English, Arabic words",
    "machine_translated": "over-formal literal translation with odd idioms («votre estimé programme», «je"
    " détiens un diplôme de maîtrise»), «baccalauréat» for a bachelor's degree (labelled by what is meant)",
    "word_order_and_register": "topic-first, verbless, very short learner sentences («Moi : master 2"
    " sociologie. Fini septembre 2025. Cherche travail association.»), «tu» to the coordinator",
    "english_non_native": "English written by non-native speakers: «I am graduated since June», «I make an"
    " internship actually», «I search a work in social economy»",
}


class N(Featured):
    """One message and the interlanguage feature that carries its deciding fact: ``words`` stand in its
    subject, body or CV as written (case and line breaks aside)."""

    GRID = GRID
