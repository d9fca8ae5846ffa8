"""Whether the writer changes careers: the years told in a job, in a sentence («Comptable pendant six ans, …»)
or on a CV's lines (a table's row read with the period above it). Apart from situation.py because a career is
read from a job's length, not from a situation's own names."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from intake.understanding.career_retold import is_detailed_as_alongside
from intake.understanding.career_turn import (
    ceased_trade,
    holds_a_permanent_post,
    turned_from_a_trade,
    weighs_a_change,
)
from intake.understanding.careers import (
    ANOTHER_CAREER,
    IN_THE_FIELD,
    MAYBE_ANOTHER,
    Careers,
    has_any,
    load_careers,
    studied_through,
    trade_before_a_degree,
    years_in_a_job,
    years_on_a_cv_line,
)
from intake.understanding.clauses import Operator, parse, read_operator
from intake.understanding.course_length import course_periods_blanked
from intake.understanding.facts import Source
from intake.understanding.lexicon import load_lexicon
from intake.understanding.owner import speaks_for_self, tells_of_its_writer, told_of_another, writers_turn
from intake.understanding.resumed_after import resumed_after_no_trade
from intake.understanding.stance import FACT, stance_at
from intake.understanding.years_left import turned_through_a_stance


def _relatives_years_in_own_story(unit: str, text: str) -> bool:
    """"I live with my grandmother, who has been a teacher for thirty years", the writer telling their own
    diploma or search (owner.speaks_for_self): the third person's being (careers.toml `being`, its forms
    opened by «he», «she», «who») names a relative's trade, not the applicant's. Only a referral — the writer
    telling nothing of their own — makes that person the applicant ("my partner, who has been a chef…")."""
    third = tuple(b for b in load_careers().being if b.split()[0] in _THIRD_PERSONS)
    return has_any(unit, third) and speaks_for_self(text) and not tells_of_its_writer(text)


_THIRD_PERSONS = frozenset({"he", "she", "who", "he's", "she's"})


def read_career(source: Source, units: list[str], index: int, today: date) -> str | None:
    """ANOTHER_CAREER, MAYBE_ANOTHER, IN_THE_FIELD (careers.py) or None: the writer's own years in a job,
    told in one unit (a sentence, a document's line) or on the CV's lines around it."""
    unit = units[index]
    on_cv = (_career_on_cv if source.is_document else _trade_on_a_timeline)(units, index, today)
    # The surest reading stands: years in a trade and a turn after them («douze ans au guichet, j'ai
    # démissionné») are a career where a post left alone only asks; a permanent post held now only asks.
    before = units[index - 1] if index and not source.is_document else ""
    # «J'ai repris mes études à 30 ans» beside «avant, j'ai élevé mes enfants»: what came before is told.
    before_told = not source.is_document and resumed_after_no_trade(units, index, today)
    # «DNMADE mention objet, lycée Vauban, Brest (2022–2025)»: the course's years, no trade's (course_length).
    job = years_in_a_job(course_periods_blanked(unit), today, before_told=before_told)
    told = {job, on_cv, turned_from_a_trade(unit, today, before=before)}
    if not source.is_document:
        told.add(turned_through_a_stance(units, index, today))  # «je regrette ces douze années…» (years_left)
    held = not source.is_document and holds_a_permanent_post(unit)
    if not source.is_document and _change_doubted(unit):
        told.add(MAYBE_ANOTHER)  # "I wouldn't call it a career change": the label declined, the change asked
    if held or (not source.is_document and weighs_a_change(unit)):
        told.add(MAYBE_ANOTHER)  # «je suis toujours en CDI», «je fais un bilan de compétences»: asked
    career = next((c for c in (ANOTHER_CAREER, MAYBE_ANOTHER, IN_THE_FIELD) if c in told), None)
    if career == MAYBE_ANOTHER and not source.is_document and ceased_trade(unit, today) is not None:
        # «Je ne suis plus infirmière : après onze ans à l'hôpital, j'ai repris mes études»: the years that
        # only asked were spent in the trade the writer says they left — another career, left for this one.
        career = ANOTHER_CAREER
    careers = load_careers()
    if career and source.is_document and studied_through(unit, units[:index] + units[index + 1 :], careers):
        return None  # «Animateur (2022-2025, temps partiel)» in the years the CV's course lines fill
    # The degree may be told beside the job in another sentence («licence en cours du soir.» / «Je suis encore
    # en poste…, en CDI depuis 2020»): a post held now, the same.
    beside_said = has_any(unit, careers.beside_work) or (held and has_any(source.text, careers.beside_work))
    beside = beside_said and not has_any(source.text, careers.turn)
    if career == ANOTHER_CAREER and beside:
        # «en CDI depuis six ans, un master en cours du soir»: the job kept, asked — unless a turn is told
        # anywhere in the text («j'aimerais maintenant quitter l'industrie», fresh 0040): a change.
        career = MAYBE_ANOTHER
    # «Hugo a fait un BTS… ; moi j'ai été boulanger dix ans»: the writer's own years, told after another's.
    # Read only when it decides (a career of a body told beside another's): most units tell none, and these
    # readers are pure, so reading them later or not at all changes nothing.
    another = career and not source.is_document and told_of_another(unit, source.text)
    if another and not _own_years(unit, today):
        return None  # «ma mère est aide-soignante depuis vingt ans»: another's career
    if career and not source.is_document and _relatives_years_in_own_story(unit, source.text):
        return None  # "I live with my grandmother, who has been a teacher for thirty years": hers
    if career and not source.is_document and is_detailed_as_alongside(units, index, today):
        return None  # «six ans de travail…», then «six ans, mais le week-end» (career_retold.py)
    if career == MAYBE_ANOTHER and not source.is_document and _change_denied(source):
        # «Animateur depuis huit ans…» then «Ce n'est pas une reconversion : je reste dans l'animation»: the
        # years only asked whether they were a change; the writer's own denial answers it.
        return IN_THE_FIELD
    if career == MAYBE_ANOTHER and not source.is_document and has_any(unit, careers.in_the_field):
        # «J'ai été animatrice quatre ans. Mon employeur, une MJC, …»: the field's own trade, spent in the
        # ESS as the next sentence's employer says: a progression.
        following = units[index + 1] if index + 1 < len(units) else ""
        return IN_THE_FIELD if _employer_of_the_ess(following, careers) else career
    return career


def _own_years(unit: str, today: date) -> str | None:
    """The writer's own years in a job or a trade left, told in the writer's turn of the unit."""
    turn = writers_turn(unit)
    return years_in_a_job(turn, today) or turned_from_a_trade(turn, today)


def _change_doubted(unit: str) -> bool:
    """A change of career named under an operator that leaves it open (clauses.py: HEDGED, NOT_ALL): a
    label declined by a negated verb of saying or thinking («je ne dirais pas que c'est une reconversion»,
    "I wouldn't call it a career change"). It neither tells nor denies the change: the facts of the mail
    decide (years of another trade stay a change), else the coordinator asks."""
    return any(read_operator(token).operator.open for token in _changes_named(unit))


def _change_denied(source: Source) -> bool:
    """The writer denies a change of career in their own words: the change named under a denial, «sans» or
    «jamais» (clauses.py: «ce n'est pas une reconversion», «sans reconversion», «aucune reconversion», "not a
    career change"), stated as a fact — not asked, reported or under a condition."""
    if source.older:
        return False
    return any(
        read_operator(token).operator in _DENYING and stance_at(sentence, token.idx) == FACT
        for sentence in source.sentences()
        for token in _changes_named(sentence)
    )


_DENYING = frozenset({Operator.DENIED, Operator.WITHOUT, Operator.NEVER})


def _changes_named(unit: str) -> list[Any]:
    """The first word of each naming of a change of career in the unit (career_change's `current` in
    rules/lexicon/situations.toml: «reconversion», «changer de métier», "career change"), in its parse."""
    named = load_lexicon().situations["career_change"].current
    starts = [m.start() for m in named.finditer(unit)] if named is not None else []
    if not starts:
        return []
    doc = parse(unit)
    return [t for start in starts for t in doc if t.idx <= start < t.idx + max(len(t.text), 1)]


# What a bridging employer is said to be: its apposition between commas, in brackets, or after a colon.
_APPOSITION = re.compile(r"\s*(?:,([^,]{3,80}),|\(([^)]{3,80})\)|:\s*([^.;]{3,80}))")


def _employer_of_the_ess(sentence: str, careers: Careers) -> bool:
    """The sentence opens on the writer's employer («Mon employeur, un centre social de Lyon, …», "My
    employer (a food co-op) …") whose apposition names a kind or an organisation of the ESS."""
    lowered = sentence.lower()
    start = next((len(e) for e in careers.employer if lowered.lstrip().startswith(e)), None)
    if start is None:
        return False
    told = _APPOSITION.match(sentence.lstrip(), start)
    ess = load_lexicon().ess_names
    said = next((g for g in told.groups() if g), "") if told is not None else ""
    return bool(said) and ess is not None and ess.search(said) is not None


def _trade_on_a_timeline(units: list[str], index: int, today: date) -> str | None:
    """A timeline typed in the mail, its lines in any order («2024 – 2026 : BUT …» above «2013 – 2024 :
    préparateur en pharmacie»): a line of years in a trade with a degree dated after them on any other line
    is read by its dates, not its place — the same turn as on a CV (careers.trade_before_a_degree; c-out)."""
    return trade_before_a_degree(units[index], units[:index] + units[index + 1 :], today)


def _career_on_cv(units: list[str], index: int, today: date) -> str | None:
    """A CV line read with the period above it (a table's row) and its wrapped end («… (5» / «ans)»)."""
    line = units[index]
    if line.count("(") > line.count(")") and index + 1 < len(units):
        line = f"{line} {units[index + 1]}"
    on_a_line = years_on_a_cv_line(line, units[index - 1] if index else None, today)
    # «2012-2024 : conseiller clientèle» above «Master ESS — obtenu juin 2026»: a degree after the years. The
    # dates order them, not the CV's sections: a «Formation» section above the «Expérience» one (a translated
    # Polish CV's «Magister …, juin 2025» over «2015–2024: comptable») tells the same turn.
    others = units[index + 1 :] + units[:index]
    return on_a_line or trade_before_a_degree(units[index], others, today)
