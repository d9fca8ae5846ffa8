"""What a message of the placement corpus is: an application (or other mail) whose deciding fact is put in
*one place* of the message, chosen first, a place a reader of running prose may miss or misattribute: the
Subject line alone («Candidature — Master ESS, diplômée juin 2025» over a body that does not repeat it), a
telegraphic first line, the middle of a long story full of other people's facts, an aside in parentheses or
dashes, a P.S. after the signature (possibly correcting the body), the signature block, a bulleted list, a
form or table cell, an HTML-only body, a quoted earlier message of the same applicant or a forwarded one, the
attached CV alone, or the same placements in English. The words themselves are ordinary («diplômée en juin
2025», «mon service civique s'arrête le 30 novembre»): the test is WHERE the fact stands, not how it is
said. The reader reads on TODAY = 2026-11-26. Each message's placement is chosen first from a grid of twelve.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its placement, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming the
three, then (when the placement leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a
line ``# placed: PLACE «words» = what they say (date) → decision`` («# placed: P.S. «mon service civique
s'arrête le 30 novembre» = over in 4 days → service civique running now → fails»). The carrying words are
the placed words (the Subject text, the P.S. line, the signature line, the table cell…). build.py adds the
placement and the fact to its truth line. Applications are French, about one in seven English
(``language="en"``).
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other

GRID = {
    "subject_line": "the fact only in the Subject line, the body not repeating it: «Candidature Pro'pulse —"
    " Master ESS, diplômée juin 2025», «Objet : volontaire Unis-Cité jusqu'en mars, candidature», an"
    " auto-reply whose only content is «Absente jusqu'au 3 décembre» — any criterion",
    "opening_line": "a verbless or telegraphic first line carrying the fact («BTS SP3S, 2024. En recherche"
    " depuis septembre.», «M1 validé. Stage fini.») then a body about something else — graduation, level,"
    " situation, studies finished",
    "buried": "the fact in the middle of a long story (150 words or more) among many facts of other people,"
    " other times, other places (the sister's internship, the father's career change, the 2019 bac) —"
    " graduation, situation, career change, level",
    "aside": "the fact inside parentheses, between dashes or behind a footnote mark: «(diplômée depuis juin"
    " dernier)», «— en stage jusqu'au 15 janvier —», «licence pro* … * obtenue en 2023» — graduation,"
    " situation, studies finished, level",
    "postscript": "the fact in a P.S., PPS, «NB», «Edit :» after the signature, possibly correcting the body:"
    " «P.S. : j'oubliais, mon service civique s'arrête le 30 novembre» — situation, graduation, aim, and a"
    " question put in a P.S.",
    "signature": "the fact in the signature block or a sign-off title, the body silent: «Léa Martin |"
    " Volontaire en service civique — Unis-Cité Lyon», «Master 2 ESS — promo 2025», «Stagiaire chargée de"
    " communication»; an old signature a body updates; an adviser's signature about someone else —"
    " situation, level, graduation, career change",
    "list": "bullets, dashes or numbered lines («- Diplôme : licence pro (2024)», «- Situation : sans"
    " emploi»), items possibly about different people or times — level, graduation, situation, aim",
    "form_table": "key: value lines or a text/HTML table (columns «Année | Diplôme | Établissement», a grid"
    " of oui/non cells), the fact in one cell — graduation, level, situation, studies finished",
    "html_only": "an HTML-only message (no text part) with the fact in markup: a <b>, a <li>, a table cell,"
    " a <blockquote>, lines broken by <br> — any criterion, newsletters as HTML tables",
    "quoted_forwarded": "the fact in a quoted earlier message of the SAME applicant («> Je termine mon stage"
    " le 20 décembre» under a short new note) or in a forwarded one (the school's certificate mail, the"
    " adviser's note); distractors where the quoted text is someone else's (our own call, a friend's mail)"
    " — situation, graduation, studies finished, aim",
    "attachment_only": "the fact only in the attached CV (PDF, DOCX, ODT) or its file name"
    " («CV_Ines_Haddad_M2_2025.pdf»), the body minimal («Bonjour, ci-joint mon CV. Bien à vous») —"
    " graduation, level, situation, career change",
    "english_placement": "the same placements in English applications and mail: the fact in the Subject, a"
    " P.S., a signature («Jane Doe | Civic service volunteer»), a list, a table, an aside — any criterion",
}


class N(Featured):
    """One message and the place that carries its deciding fact: ``words`` stand in its subject, body or CV
    as written (case and line breaks aside), and they are the placed words (the Subject text, the P.S. line,
    the signature line, the table cell…); the `# placed:` comment above the message says where they stand
    and what they decide."""

    GRID = GRID
