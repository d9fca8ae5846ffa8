"""What a message of the reckoning corpus is: an application (or other mail) whose deciding fact must be
*reckoned* by the reader, never stated — an elapsed time («diplômée il y a dix-huit mois»), a start and a
duration («entrée en licence pro en septembre 2024, un an de formation»), a countdown («plus que deux mois
de stage»), a count of years or semesters of study («trois ans de fac et deux de master»), a career span
(«huit ans comme comptable avant de reprendre des études»), an age or a birth year, a calendar anchor
(«depuis la rentrée», «l'été dernier», «à la Toussaint»), dates chained one after the other, the length of a
job search, a relative year («l'année dernière», «il y a deux ans»), the months of an internship or a civic
service, and the same in English («I graduated two summers ago»). The reader reads on TODAY = 2026-11-26 and
must do the arithmetic, not find a date. Each message's feature is chosen first from a grid of twelve, the
kind of reckoning that carries the fact.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its feature, the fact it carries, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it naming the
three, then (when the reckoning leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a
line ``# reckoned: …`` with the arithmetic from 2026-11 («2026-11 − 18 months = 2025-05 → recent»).
build.py adds the feature and the fact to its truth line. Applications are French, about one in seven
English (``language="en"``).
"""

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is reckoned from this day (the month 2026-11 for month counts)

GRID = {
    "elapsed_since": "time elapsed since the deciding event: «diplômée il y a dix-huit mois», «ça fait trois"
    " ans que j'ai eu mon BTS», «mon master, obtenu il y a un an et demi», «voilà deux ans et quatre mois que"
    " j'ai soutenu» — graduation = 2026-11 minus the elapsed months",
    "start_plus_duration": "a start and a duration give the end: «entrée en licence pro en septembre 2024, un"
    " an de formation», «BTS commencé à la rentrée 2022, en deux ans», «un master en deux ans démarré en"
    " 2023» — graduation, studies finished or not, a situation still running or ended",
    "countdown": "time left before an end: «plus que deux mois de stage», «ma mission se termine dans trois"
    " semaines», «il me reste un semestre», «je soutiens dans quinze jours», «mon contrat finit dans un"
    " mois» — something running now (studies, internship, civic service) or not",
    "study_counts": "counts of years or semesters of study give the level: «après trois ans de fac et deux de"
    " master», «j'ai validé mes six semestres», «deux années de BTS», «une seule année de licence, pas"
    " validée», «quatre semestres sur six» — bac+N from the count",
    "career_span": "the length of a working life before the application: «huit ans comme comptable avant de"
    " reprendre des études», «vingt ans de métier dans le bâtiment», «deux ans d'animation entre la licence"
    " et le master» — a career change or not",
    "ages": "an age or a birth year that carries the fact: «j'ai 23 ans, bac à 18, cinq ans d'études sans"
    " redoubler», «née en 1997, master à 24 ans», «à 45 ans je me reconvertis» — graduation, level or a"
    " career change by subtraction",
    "calendar_anchors": "a date named by the calendar, not by digits: «depuis la rentrée», «l'été dernier»,"
    " «à la Toussaint», «en fin d'année dernière», «le mois prochain», «à Noël», «avant l'été» — graduation"
    " or a situation",
    "chained_dates": "dates chained one after the other, each counted from the last: «six mois après mon"
    " master j'ai commencé un CDD d'un an, qui s'est fini en mars», «diplômé, puis un an de voyage, puis"
    " huit mois de service civique» — graduation, a situation or a career change at the end of the chain",
    "search_duration": "the length and the place of the job search: «je postule depuis quatre mois dans des"
    " associations», «six mois que j'envoie des CV à des banques», «je cherche depuis la rentrée, un peu"
    " partout» — the aim (actively looking, in the social economy or not)",
    "relative_years": "a year named relative to this one: «l'année dernière», «il y a deux ans», «en 2024,"
    " soit il y a deux ans», «cette année», «l'an passé», «il y a trois ans» — graduation by the year",
    "status_durations": "the months of an internship or a civic service with their start: «mon service"
    " civique de 8 mois commencé en mai», «stage de six mois commencé en juillet», «volontaire depuis"
    " quatre mois, pour une mission de dix» — the situation (still running on 2026-11-26 or ended)",
    "english_reckoning": "the same reckonings in English: «I graduated two summers ago», «three years into my"
    " degree», «my internship wraps up in three weeks», «eighteen months since my MA», «I've been applying"
    " to charities for five months», «after a decade in retail»",
}


class N(Featured):
    """One message and the reckoning that carries its deciding fact: ``words`` stand in its subject, body or
    CV as written (case and line breaks aside), and they hold a reckoning (a number of months, years, weeks
    or semesters, an age, a birth year or a relative time word), not a date to copy."""

    GRID = GRID
