"""What a message of the polarity corpus is: an application (or other mail) whose deciding fact is *turned or
bounded by an operator* of polarity, aspect or quantity, so that the bare words alone say the opposite or too
much. «je ne suis plus en service civique» holds the words «en service civique» and means the reverse; «je
n'ai que le bac» holds «le bac» and bounds the level to it; «pas encore diplômée» holds «diplômée». The
operator is a plain negation, a cessation («ne … plus», «no longer»), a «pas encore» / «toujours pas» (not
yet), a continuation («toujours», «encore», «still»), an «already» («déjà»), a «never» («ne … jamais»), a
restriction or an exception («ne … que», «seulement», «sauf», «only», «except»), a «ni … ni» (neither…nor),
a «sans» (without), a negative quantifier («aucun», «rien», «personne», «none», «no»), a matter of scope and
modality (double negation, litotes, negated modals and verbs of thought, «non pas X mais Y», «pas
forcément»), and the same operators in English. The reader reads on TODAY = 2026-11-26. Each message's
feature is chosen first from a grid of twelve, the kind of operator that carries the fact.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its feature, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming the
three, then (when the operator leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a
line ``# operated: «operator» on «what it bears on» → fact value → decision`` resolving the operator
(«# operated: «ne … plus» on «en service civique» → situation over (since 2026-10) → meets»). The carrying
words hold the operator and what it bears on. build.py adds the feature and the fact to its truth line.
Applications are French, about one in seven English (``language="en"``).
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other

GRID = {
    "plain_negation": "a plain negation turns the fact: «je ne suis pas en stage», «ce n'est pas une"
    " reconversion», «je n'ai pas fini mon master», «mon BTS n'est pas validé», «pas en service civique» —"
    " situation, studies finished, career change, level",
    "cessation": "a cessation says a thing that held no longer holds: «je ne suis plus en service civique"
    " depuis octobre», «je ne travaille plus dans la banque», «j'ai fini de rédiger», «j'ai arrêté mon"
    " stage», «no longer» — situation, career change, studies finished",
    "not_yet": "a «not yet» leaves a thing still to come: «pas encore diplômée», «toujours pas de résultats"
    " du jury», «la soutenance n'a pas encore eu lieu», «je n'ai pas encore reçu mon diplôme (mais le jury"
    " m'a admise)» — studies finished, graduation, situation",
    "continuation": "a continuation says a thing still holds: «je suis toujours en stage», «encore en M2»,"
    " «je continue mon service civique jusqu'en mars», «je travaille encore en cabinet», «still» — situation,"
    " studies finished, career change, aim",
    "already": "an «already» says a thing is done, earlier than one might think: «j'ai déjà mon master depuis"
    " juillet 2025», «mon service civique est déjà terminé», «c'est fait : diplômée», «déjà validé» —"
    " graduation, studies finished, situation",
    "never": "a «never» denies a thing at every time: «je n'ai jamais fait de service civique», «jamais"
    " travaillé ailleurs que dans l'animation», «je n'ai jamais eu mon BTS», «never» — situation, career"
    " change, level, aim",
    "restriction_exception": "a restriction or an exception bounds the fact: «je n'ai que le bac», «je ne"
    " cherche que dans les associations», «tous mes stages sont finis sauf un», «seulement un BTS»,"
    " «uniquement dans l'ESS», «excepté le mémoire», «only» — level, aim, situation, studies finished",
    "neither_nor": "a «ni … ni» (or «pas plus … que», «neither … nor») denies two things at once: «ni stage"
    " ni service civique en cours», «ni licence ni BTS», «je n'ai ni fini ni abandonné» — situation, level,"
    " studies finished",
    "without": "a «sans» and its kin: «sans diplôme du supérieur», «diplômée sans interruption d'études»,"
    " «dépourvu de», «hors stage», «without» — level, situation, career change, graduation",
    "negative_quantifier": "a negative quantifier or pronoun: «aucun stage en cours», «rien validé depuis"
    " 2021», «aucune reconversion», «personne ne m'emploie», «nulle part ailleurs», «pas un seul», «none»,"
    " «no», «nothing» — situation, level, studies finished, career change, aim",
    "scope_and_modality": "scope and modality: double negation, litotes, negated modals and verbs of thought,"
    " contrastive negation, negation raising: «je ne dirais pas que c'est une reconversion», «pas sans mal,"
    " mais je l'ai eu», «je ne pense pas avoir fini avant juin», «pas forcément dans l'ESS», «il n'est pas"
    " impossible que…», «non pas en stage mais en CDD», «pas tout à fait fini», «il ne me reste plus qu'à…»"
    " — any criterion, and the open ones",
    "english_polarity": "the same operators in English: «not», «no longer», «not yet», «still», «already»,"
    " «never», «only», «neither … nor», «without», «none», «hardly», «I wouldn't call it a career change» —"
    " any criterion",
}


class N(Featured):
    """One message and the operator that carries its deciding fact: ``words`` stand in its subject, body or
    CV as written (case and line breaks aside), and they hold the operator (a negation, «plus», «encore»,
    «déjà», «jamais», «que», «ni», «sans», «aucun», a negated modal…) with what it bears on (the `# operated:`
    comment above the message resolves it)."""

    GRID = GRID
