"""What a message of the answers corpus is: an answer to the programme's own call, whose criteria's words
(bac+2, diplôme depuis moins de deux ans, ESS, pas de reconversion, pas en stage, pas en service civique,
études terminées) stand in the mail — quoted, listed, pasted or restated — while the deciding fact sits in
the applicant's ANSWER (a yes, a no, a tick, a cross, a date on a form line, a line under a quote, an
exception claimed), carried through one answering feature chosen first from a grid.

The grid of features (``GRID``) and the versions of the call (``CALL_*``, invented by the project) were
fixed before any message was written (see LICENCE.md). Each source file (batch*.py) lists MESSAGES, each an
``N`` (its feature, the fact it carries, the words that carry it as they stand in the mail, and the mail),
with a ``# Feature: key — fact — words`` comment above it naming the three; build.py adds the feature and
the fact to its truth line. The label is what a careful coordinator decides from the applicant's answers,
never from the call's own words; where an answer truly leaves a criterion open, it is ``unknown`` and a
second comment line ``# ambiguous: …`` says why.
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

GRID = {
    "quoted_inline": "a reply under the call quoted with «> » lines, the applicant's answer under each"
    " criterion",
    "checklist_marks": "the criteria as a checklist with marks: ✅ ❌ ✔ ✘ ☑ ☐ [x] [ ] (x) «OK», «—», «?»",
    "yes_no_answers": "criteria restated as questions answered «oui / non / pas encore / bientôt / pas"
    " vraiment» (a yes or no on a negative question: open when truly ambiguous)",
    "form_fields": "a filled form: «Niveau d'études : … / Date d'obtention : … / Situation actuelle : … /"
    " Projet : …»",
    "table_layout": "a table: pipes, tabs, or an HTML table in an HTML-only mail («Critère | Ma situation»)",
    "numbered_points": "«1. … 2. … 3. …» answering the call's numbered conditions, sometimes by number only"
    " («1 : oui 2 : juin 2025 3 : non»)",
    "pasted_call": "the whole call pasted (with its exclusion list) and the applicant's facts in a short note"
    " above, below or in the middle of it",
    "forwarded_call": "a friend, parent or adviser forwarded the call; the applicant forwards it back with"
    " answers, or the adviser presents someone under the call (referrals)",
    "exceptions_claimed": "the applicant addresses the exclusions: «je ne suis pas en reconversion», «stage :"
    " terminé depuis août», «la règle des deux ans ne s'applique pas à moi car…», truthfully or not",
    "self_assessment": "«je coche toutes les cases sauf peut-être la deuxième», «je remplis les critères,"
    " sauf que…»",
    "english_form": "English answers to the English version of the call (language en)",
    "attachment_form": "the answers in an attached filled form (docx, odt, pdf) with a near-empty body, or"
    " packed in the subject line",
}

# The call, as the programme (invented here) words it in five places. A message may carry all of it, a
# part, or a restatement; its words are the programme's, never the applicant's facts.
CALL_SITE = """Pro'pulse — premier emploi dans l'économie sociale et solidaire
Le programme s'adresse aux jeunes diplômé·es qui :
- sont titulaires d'un diplôme de niveau bac+2 minimum ;
- ont obtenu leur diplôme depuis moins de deux ans ;
- ont terminé leurs études ;
- cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).
Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique."""

CALL_FLYER = """PRO'PULSE — TU AS UN BAC+2 ET TU VEUX BOSSER DANS L'ESS ?
✔ diplôme bac+2 ou plus
✔ diplômé·e depuis moins de 2 ans
✔ études terminées
✔ tu cherches un emploi dans l'ESS
✘ pas de reconversion  ✘ pas en stage  ✘ pas en service civique
Candidature : propulse@animafac.net"""

CALL_NUMBERED = """Conditions pour candidater à Pro'pulse :
1. Être titulaire d'un diplôme bac+2 minimum.
2. Avoir obtenu ce diplôme depuis moins de deux ans.
3. Avoir terminé ses études.
4. Ne pas être en stage ni en service civique.
5. Ne pas être en reconversion professionnelle.
6. Rechercher un emploi dans l'économie sociale et solidaire (ESS)."""

CALL_LISTING = """Offre de programme — Pro'pulse (accompagnement vers l'emploi, ESS)
Public : jeunes diplômés (bac+2 minimum, diplôme obtenu il y a moins de 2 ans), études terminées,
en recherche d'emploi dans l'économie sociale et solidaire.
Critères d'exclusion : reconversion professionnelle ; stage en cours ; service civique en cours.
Postuler par courriel à propulse@animafac.net."""

CALL_EN = """Pro'pulse — your first job in the social and solidarity economy (ESS)
Who can apply:
- you hold a degree at bac+2 level or higher (two years of higher education);
- you graduated less than two years ago;
- you have finished your studies;
- you are looking for a job in the ESS (non-profits, cooperatives, mutuals, social enterprises).
Not eligible: career changers, people currently on an internship or in a service civique."""

CALLS = (CALL_SITE, CALL_FLYER, CALL_NUMBERED, CALL_LISTING, CALL_EN)


class N(Featured):
    """One message and the answering feature that carries its deciding fact: ``words`` stand in its
    subject, body or CV as written (case and line breaks aside), and they are the applicant's answer, not
    the call's words."""

    GRID = GRID
