"""What a message of the tenses corpus is: an application (or other mail) whose deciding fact's place in
time — done, running, to come, or what would have been — is *carried by the verb*: its tense, its mood or a
verbal periphrasis, never a plain date word alone. «j'ai fait mon service civique à Lyon» (over) against «je
fais mon service civique à Lyon» (running); «j'étais stagiaire quand j'ai eu mon diplôme» (an imparfait of an
ongoing past); «j'avais terminé mon BTS avant de partir» (a plus-que-parfait); «je viens de finir mon stage»
(just over); «je vais soutenir en janvier» (to come); «j'aurai fini fin février» (a futur antérieur);
«j'aurais dû être diplômée en 2025» (a counterfactual: not obtained); «bien que je sois encore en stage» (a
subjunctive); «je suis en train de finir mon mémoire» (running); «En 2023, je décroche mon BTS» (a narrative
present of a past); «Stage terminé.» (no finite verb at all); "I have just finished", "I'm due to graduate"
(English tenses). The reader reads on TODAY = 2026-11-26. Each message's feature is chosen first from a grid
of twelve, the tense or mood that carries the fact.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its feature, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming the
three, then (when the tense leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a line
``# timed: «verb form» [on «what it bears on»] = where it puts the fact in time (date) → decision``
(«# timed: «je viens de finir mon stage» = internship over (just now) → meets»). The carrying words hold the
verb form (or the verbless phrase) and what it bears on. build.py adds the feature and the fact to its truth
line. Applications are French, about one in seven English (``language="en"``).
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other

GRID = {
    "passe_compose_vs_present": "the passé composé against the present: «j'ai fait mon service civique à"
    " Lyon» (over) vs «je fais mon service civique à Lyon» (running), «j'ai travaillé dix ans en banque» vs"
    " «je travaille en banque», «j'ai obtenu» vs «je prépare» — situation, studies finished, career change,"
    " aim",
    "imparfait": "the imparfait of an ongoing or habitual past: «j'étais stagiaire chez Emmaüs quand j'ai eu"
    " mon diplôme», «je travaillais comme comptable avant ma reprise d'études», «je finissais mon stage» with"
    " no end said — situation, career change, and the open ends",
    "plus_que_parfait": "the plus-que-parfait, a past before a past: «j'avais terminé mon BTS avant de"
    " partir», «j'avais déjà validé ma licence quand…», «j'avais travaillé huit ans en usine avant de"
    " reprendre» — studies finished, graduation, career change",
    "passe_recent": "the passé récent «venir de + infinitif»: «je viens de finir mon stage», «je viens"
    " d'obtenir mon master», «je venais de commencer un service civique» — situation, graduation, studies"
    " finished",
    "futur_proche": "the futur proche «aller + infinitif»: «je vais soutenir le 12 janvier», «je vais"
    " commencer un service civique», «mon stage va se terminer» — studies finished, situation, aim",
    "futur_and_futur_anterieur": "the simple future and the futur antérieur: «j'aurai fini mon service"
    " civique fin février», «je serai diplômée en juin», «j'aurai soutenu d'ici là», «je chercherai dans"
    " l'ESS» — studies finished, situation, graduation, aim",
    "conditional": "the conditional, of a counterfactual, a plan or politeness: «j'aurais dû être diplômée en"
    " 2025» (not obtained), «je devrais obtenir mon master en juin» (to come, or a June past?), «j'aimerais"
    " travailler dans une banque», «je voudrais rejoindre une SCOP» — graduation, level, studies finished,"
    " aim",
    "subjunctive": "the subjunctive after a concession, a wish, a doubt or a time conjunction: «bien que je"
    " sois encore en stage», «avant que ma mission ne se termine», «quoique j'aie obtenu mon BTS», «je doute"
    " que mon diplôme soit reconnu» — situation, studies finished, level",
    "progressive": "progressive periphrases: «je suis en train de finir mon mémoire», «je suis en cours de"
    " validation», «je suis toujours en train de rédiger», «mon diplôme est en cours de délivrance» — studies"
    " finished, situation, graduation",
    "narrative_present": "the narrative present of a past, and the passé simple and formal registers: «En"
    " 2023, je décroche mon BTS ; en 2025, je termine ma licence», «J'obtins ma licence en 2024», «Je fus"
    " comptable douze années durant» — graduation, career change, level, situation",
    "verbless": "no finite verb: participles, nominal phrases, CV lines: «Stage terminé.», «Diplôme en"
    " poche.», «Service civique : en cours», «Master 2 — obtenu juin 2025», «Soutenance : à venir» —"
    " situation, studies finished, graduation, level",
    "english_tenses": "English tenses: the present perfect («I have completed my civic service»), the past,"
    " the progressive («I'm currently doing an internship»), the future perfect («I will have finished by"
    " March»), «I'm due to graduate», «I used to work as an accountant» — any criterion",
}


class N(Featured):
    """One message and the tense that carries its deciding fact: ``words`` stand in its subject, body or CV
    as written (case and line breaks aside), and they hold the verb form (or the verbless phrase) with what
    it bears on (the `# timed:` comment above the message resolves it)."""

    GRID = GRID
