"""What a message of the figures corpus is: an application (or other mail) whose deciding fact is *said
through a figure of speech*, never in the plain administrative words («master obtenu en juin 2025», «je suis
en service civique»). «j'ai enfin décroché le précieux sésame» says a diploma obtained; «je suis encore sur
les bancs de la fac» says studies running; «j'ai raccroché la blouse après dix ans à l'hôpital» says a past
trade; «🎓 en poche depuis juillet» says a diploma with a tick of a symbol. The figure is an idiom, a
metaphor, a metonymy, a periphrasis, a euphemism, a hyperbole, an understatement or a minimiser, slang and
colloquial verbs, a simile or a hedge («une sorte de», «quasiment», «genre»), a set phrase of the job market
(«jeune diplômée», «sortie d'école», «en recherche active», «fin de contrat»), a symbol or an emoji («M2 ✅»,
«Stage ✔️ terminé», «→ reconversion»), or the same figures in English. The reader reads on TODAY =
2026-11-26. Each message's feature is chosen first from a grid of twelve, the kind of figure that carries the
fact.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its feature, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming the
three, then (when the figure leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a
line ``# figured: «figure» = what it says (date) → decision`` resolving the figure («# figured: «décroché le
précieux sésame» = obtained the master (June 2025) → meets»). The carrying words hold the figure and what it
bears on. build.py adds the feature and the fact to its truth line. Applications are French, about one in
seven English (``language="en"``).
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other

GRID = {
    "idiom": "an idiom, a fixed turn whose words say something else: «j'ai enfin décroché le précieux"
    " sésame», «je suis encore sur les bancs de la fac», «j'ai raccroché la blouse», «j'ai mis le pied à"
    " l'étrier», «j'ai jeté l'éponge en deuxième année» — graduation, studies finished, career change, level",
    "metaphor": "a metaphor, a thing said as another: «la dernière ligne droite de mon M2», «j'ai tourné la"
    " page de la banque», «mon stage touche à sa fin», «le chapitre service civique est refermé», «mon"
    " cap : l'ESS» — studies finished, situation, career change, aim",
    "metonymy": "a metonymy, a place, a body or an object for the fact: «je sors de l'IUT de Lannion cet"
    " été», «la fac, c'est derrière moi», «France Travail me suit depuis juin», «l'Agence du service civique"
    " me compte encore parmi ses volontaires», «j'ai quitté les guichets» — graduation, studies finished,"
    " situation, career change",
    "periphrasis": "a periphrasis, a thing named by a description: «mon année de volontariat indemnisé par"
    " l'État» (a service civique), «le diplôme qu'on passe après trois ans de fac» (a licence), «mes six mois"
    " sous convention avec l'école» (an internship), «le monde des structures qui ne cherchent pas le profit»"
    " (the ESS) — situation, level, aim",
    "euphemism": "a euphemism, a hard fact softened: «j'ai eu un petit accroc avec le dernier partiel», «mon"
    " parcours a pris un virage», «le diplôme ne s'est pas laissé attraper», «je suis entre deux missions»,"
    " «une pause dans mes études» — level, studies finished, career change, situation",
    "hyperbole": "a hyperbole, a fact overstated: «ça fait une éternité que j'ai mon bac», «j'ai mille"
    " candidatures en cours dans des assos», «j'ai passé cent ans dans la vente», «un siècle que je suis"
    " diplômée» — graduation, aim, career change, and the open dates",
    "understatement": "an understatement or a minimiser: «juste un petit BTS», «rien qu'une licence», «un"
    " petit stage de rien du tout», «quelques années dans l'hôtellerie», «pas grand-chose à part le bac» —"
    " level, situation, career change",
    "slang_colloquial": "slang and colloquial verbs: «je taffe», «j'ai validé mon M2 haut la main», «le"
    " stage, c'est plié», «je galère à trouver», «j'ai lâché la fac», «je bosse en banque» — studies"
    " finished, situation, level, career change, aim",
    "simile_hedge": "a simile or a hedge: «une sorte de service civique», «un genre de stage sans"
    " convention», «quasiment diplômée», «plus ou moins fini», «comme un stage», «à peu près bouclé» — the"
    " open ones, situation, studies finished, level",
    "set_phrase": "a set phrase of the job market: «jeune diplômée», «sortie d'école», «en recherche active»,"
    " «fin de contrat», «en poste», «en reconversion professionnelle», «profil junior» — graduation, aim,"
    " career change, situation",
    "symbols_emoji": "a symbol or an emoji standing for the fact: «🎓 en poche depuis juillet», «Stage ✔️"
    " terminé», «M2 ✅», «ESS ❤️», «→ reconversion», «BTS ❌», «⏳ soutenance» — graduation, studies finished,"
    " situation, career change, aim",
    "english_figures": "the same figures in English: «fresh out of uni», «wrapped up my master's», «still"
    " hitting the books», «my civic service year is done and dusted», «a career pivot», «I want my work to"
    " make a difference», «almost a graduate» — any criterion",
}


class N(Featured):
    """One message and the figure that carries its deciding fact: ``words`` stand in its subject, body or CV
    as written (case and line breaks aside), and they hold the figure (the idiom, the metaphor, the emoji…)
    with what it bears on (the `# figured:` comment above the message resolves it)."""

    GRID = GRID
