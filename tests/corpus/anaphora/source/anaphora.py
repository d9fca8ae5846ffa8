"""What a message of the anaphora corpus is: an application (or other mail) whose deciding fact is *split*
across a link the reader must resolve. The thing (a diploma, an internship, a civic service, a job, a course,
the search) is named in one sentence or clause, and what decides (its date, its level, whether it is over or
running, its length, its sector) is said in another, joined only by a pronoun («Je l'ai obtenu en juin»), a
demonstrative or a defining noun («cette mission», «ce dernier», «celui-ci», «the latter»), a bridging part
(«la soutenance a eu lieu le 3 juillet» → the master's date), an ellipsis («la licence à Nantes en 2021 ; le
master, à Rennes, en 2025»), a dislocation or a cataphora («Je l'ai eu en 2025, mon BTS»), a question and its
answer («Mon diplôme ? Un master. Obtenu quand ? En juillet 2025.»), a heading and its items, a distance of
several sentences, two candidates for one pronoun, a relative clause or an apposition detached from its head,
a chain of links, and the same links in English. The reader reads on TODAY = 2026-11-26. Each message's
feature is chosen first from a grid of twelve, the kind of link that carries the fact.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its feature, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming the
three, then (when the link or the fact leaves a criterion truly open) a line ``# ambiguous: …`` saying why,
then a line ``# linked: «link word» → «antecedent» (distance) → fact → decision`` resolving the link
(«# linked: «l'» → «mon master de sociologie» (next sentence) → graduation 2025-06 → recent»). The carrying
words hold both ends of the link, or the sentence holding the link word when the antecedent is far (then
the `# linked:` comment names it). build.py adds the feature and the fact to its truth line. Applications
are French, about one in seven English (``language="en"``).
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

GRID = {
    "personal_pronoun": "a personal pronoun (object or subject) carries the fact of a thing named just"
    " before: «J'ai un master de sociologie. Je l'ai obtenu en juin dernier», «Ma mission ? Elle se termine"
    " en mars», «mon stage, il a duré six mois et il s'est fini en août», «j'en suis sortie diplômée en"
    " 2025» — graduation, situation, studies finished",
    "demonstrative_noun": "a demonstrative or a defining noun phrase takes up the thing: «ce diplôme», «cette"
    " mission», «ledit stage», «ce dernier», «celui-ci», «cette formation», «ladite licence», «ce contrat» —"
    " the date, the level, whether it runs, its sector",
    "possessive_bridging": "a part or a participant of the thing carries its fact (bridging), often with a"
    " possessive: «la soutenance a eu lieu le 3 juillet» (the master's date), «le jury s'est réuni en juin»,"
    " «la convention court jusqu'en avril» (the internship runs), «son contrat d'engagement finit en mars»"
    " (the civic service), «la promo 2025», «le tuteur m'a libérée fin septembre» — graduation, situation",
    "ellipsis_gapping": "an ellipsis or a gapping leaves the verb or the noun to be recovered: «Licence à"
    " Nantes en 2021 ; le master, à Rennes, en 2025», «l'un en 2019, l'autre l'an dernier», «le BTS validé,"
    " la licence non», «stage fini, service civique aussi» — graduation, level, situation",
    "dislocation_cataphora": "a left or right dislocation or a cataphora: the pronoun before or beside its"
    " noun: «Mon stage, il est fini depuis août», «Je l'ai eu en 2025, mon BTS», «Elle se termine en mars,"
    " ma mission», «Ce qui compte, c'est que mon master est validé depuis juillet» — graduation, situation",
    "question_answer": "a question the writer asks and answers, the answer elliptic: «Mon diplôme ? Un"
    " master. Obtenu quand ? En juillet 2025.», «Le stage ? Terminé.», «Vous vous demandez si je cherche dans"
    " l'ESS : oui, uniquement» — any criterion",
    "header_items": "a heading (of a CV, a list, a form) and its items lines below: «Service civique» then"
    " «jusqu'en mars 2027»; «FORMATION» then «2025 — Master 2»; «Situation actuelle :» then «en poste» —"
    " the fact hangs from the heading, across lines or between the CV and the body",
    "long_distance": "the thing in one paragraph, its fact several sentences or paragraphs later, other"
    " sentences between: «J'ai fait une licence pro à Angers. […] Je l'ai eue il y a deux ans.» — any"
    " criterion",
    "two_candidates": "two things a link could take up (a sister's master and one's own licence, a BTS and a"
    " licence, a stage and a job), then one pronoun or noun: «je l'ai eu en 2022»: the careful reader decides"
    " by agreement, by person, by sense or by proximity, or cannot (then the criterion is open)",
    "relative_and_apposition_far": "a relative clause or an apposition detached from its head by a"
    " parenthesis, a line break or an incidental clause: «un master (en alternance, à Lyon, dans une"
    " coopérative d'habitants), que j'ai validé en septembre», «Mon service civique — à la Ligue de"
    " l'enseignement, auprès d'enfants —, terminé depuis juin» — graduation, situation",
    "chain": "a link whose antecedent is itself a link (a pronoun standing for a pronoun, a bridging part of"
    " a demonstrative): «Mon master ? Je l'ai fini. Enfin, je l'ai rendu en juin, le mémoire, et c'est là"
    " qu'il a été validé» — the fact is reached by resolving two links or more",
    "english_links": "the same links in English: «I got it in 2025», «it ends in May», «the latter», «that"
    " one», «the defence was in July», «My degree? An MA. When? Last June.», «which I completed after the"
    " internship» — any criterion",
}


class N(Featured):
    """One message and the link that carries its deciding fact: ``words`` stand in its subject, body or CV as
    written (case and line breaks aside), and they hold the link (a pronoun, a demonstrative, a part of the
    thing, an elided verb, a question and its answer, a heading…) with its antecedent, or the sentence holding
    the link when the antecedent stands far (the `# linked:` comment above the message names it)."""

    GRID = GRID
