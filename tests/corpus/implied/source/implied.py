"""What a message of the implied corpus is: one kind of implication, chosen first, through which the deciding
fact is carried without being named — and the mail written around it.

The grid of implications (``GRID``) was fixed before any message was written (see LICENCE.md). Each source
file (batch*.py) lists MESSAGES, each an ``N`` (its implication, the fact it carries, the words that carry
it as they stand in the mail, and the mail), with an ``# Implied:`` comment above it naming the three;
build.py adds the implication and the fact to its truth line. ``NAMING`` lists, for each fact, the
criterion's own words that an application carrying that fact never writes (checked by the corpus's test).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import M
from tagged import FACTS

GRID = {
    "ceremony": "a ceremony, a defence, a jury's deliberation or a document dates the diploma: «la remise des"
    " diplômes», «mon parchemin», «depuis ma soutenance», «le PV du jury»",
    "years_of_study": "the level implied by years of study after the bac or by the degree's official name:"
    " «cinq ans après le bac», «deux ans d'IUT», «titre RNCP de niveau 6», «un an de fac puis j'ai arrêté»",
    "internship_trappings": "an internship implied by its trappings: a convention signed with the school, a"
    " tuteur, a gratification, «mon école valide ma période en entreprise jusqu'en mars»",
    "civic_trappings": "a service civique implied by its trappings: Unis-Cité, a contrat d'engagement, the"
    " indemnity paid by the State, 24 hours a week for eight months, the Agence du service civique's site",
    "former_trade": "a career change implied (or ruled out) by a past trade: ten years as a nurse and"
    " «je veux changer de métier», a CDI left after years, or only student jobs",
    "unfinished": "studies implied unfinished (or finished) by what is left: «il me reste deux UE à"
    " repasser», «je dois encore rendre mon mémoire», «mon jury se réunit en juillet», «plus rien à"
    " repasser»",
    "ess_employers": "the aim implied by the employers named or their kind (Emmaüs, a SCOP, a régie de"
    " quartier, a mutuelle, les Restos du cœur) or by values — or a bank, a luxury group, a ministry",
    "search_acts": "a search implied by its acts: interviews, follow-ups, job alerts, applications sent —"
    " to employers whose kind says the sector",
    "finished_situation": "a situation over (or not yet) implied: «j'ai rendu mon badge fin août», a last"
    " day, a leaving drink, a final report handed in — or a badge to hand back in March",
    "money_calendar": "a money or calendar detail: a gratification still paid, a student grant, enrolment"
    " fees paid for this year, unemployment benefit since September, the summer exam session",
    "english": "English mail carrying the same implications (a commencement, a placement agreement, an"
    " AmeriCorps-like volunteer contract, modules to resit, employers named)",
    "referral": "a parent, an adviser or a teacher presents someone, and the facts are implied by what they"
    " tell of them",
}
STATED = FACTS
# The criterion's own words: an application whose deciding fact is ``stated`` never writes them (regular
# expressions, read case-insensitively on the subject, body and CV with line breaks as spaces).
NAMING = {
    "graduation": (r"diplômée?s?\b", r"\bdiplomée?s?\b", r"\bobtenue?s?\b", r"\bgraduat", r"\bvalidée? en\b"),
    "level": (r"\bbac ?\+", r"\bbac plus\b", r"\bniveau bac\b", r"\bbachelor's level\b"),
    "situation": (r"\bstages?\b", r"\bstagiaires?\b", r"\bservice civique\b", r"\bintern(ship)?s?\b",
                  r"\bcivic service\b"),
    "career_change": (r"\breconver", r"\bcareer (change|switch)", r"\bchanging careers?\b"),
    "aim": (r"\bess\b", r"\béconomie sociale\b", r"\bsolidaire\b", r"\bsocial (and solidarity )?economy\b"),
    "studies_finished": (r"\bétudes? (terminées?|finies?|en cours)\b", r"\ben cours\b",
                         r"\bstill (studying|a student)\b", r"\bfinished my (studies|degree)\b"),
}


@dataclass(frozen=True)
class N:
    """One message and the implication that carries its deciding fact: ``words`` stand in its subject,
    body or CV as written."""

    implied: str
    stated: str
    words: str
    m: M

    def __post_init__(self) -> None:
        assert self.implied in GRID, self.implied
        assert self.stated in STATED, self.stated
