"""The writer's aim: a search aimed at the ESS (and the sectors it names), a search aimed away from it (a
commercial employer, no search now), or one open to any sector. Read from the parse of a French sentence,
from the words of an English one, and from a CV's headline or objective.

The current situation (an internship, a civic service, studies, a career change) is read in situation.py;
whether an employer is outside the ESS, in employers.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from intake.understanding import echoes
from intake.understanding.aim_cleft import wanted_by_a_cleft
from intake.understanding.aim_contrast import set_aside_by_a_contrast
from intake.understanding.aim_fragment import is_a_verbless_fragment
from intake.understanding.aim_later import PUT_OFF, put_off_to_later
from intake.understanding.aim_proforms import field_pointed_back, next_step_pictured
from intake.understanding.aim_turned import after_a_turn
from intake.understanding.clauses import (
    NEGATION,
    PAST,
    PRESENT,
    Aspect,
    Operator,
    beyond_clause,
    clause_at,
    clause_start,
    compared_away,
    english_time,
    has_word,
    in_own_words,
    is_english,
    is_french,
    is_negated,
    is_verb,
    parse,
    phrase_head,
    predicate_of,
    read_operator,
    read_word,
    starts_with,
    tense_of,
    time_of,
    tokens_in,
)
from intake.understanding.elsewhere import seeks_a_placement
from intake.understanding.employers import aims_in_english, bodies_fields, commercial_employers, hedged
from intake.understanding.facts import CONTINUES, OPEN_END, SUBJECT, WRAP_WIDTH, Evidence, Source
from intake.understanding.fallback import plans_a_fallback_outside
from intake.understanding.figures import MINIMISED, figures_in, literal_lemma
from intake.understanding.forms import answer_at
from intake.understanding.lexicon import (
    KeptReadings,
    Lexicon,
    Structure,
    all_matches,
    first_match,
    load_meanings,
    mentions_any,
)
from intake.understanding.open_search import open_to_any_sector
from intake.understanding.prefilter import may_match_any
from intake.understanding.stance import (
    ASKED,
    anothers_search_beside_own,
    asks_about_another,
    stance_at,
    wished_by_another,
)
from intake.understanding.targets import search_act_targets

_ESS_SEEK_CONTEXT = re.compile(
    r"\bj?(?:cherch|recherch|emploi|poste|travailler|bosser|job|boulot|taf\b|work|position|int[ée]ress|souhait|carri[eè]re|m.engager|"
    r"rejoindre|orienter|secteur|domaine|passionn|attir|motiv|voudrais|aimerais|interested|passionate|career|"
    r"opportunit|role|objectif|projet professionnel|pr[ée]f[èée]r)\w*",
    re.IGNORECASE,
)
_AIM_HEADING = re.compile(
    r"\W*(?:mon |my )?(?:objectifs?|projet|career (?:goal|objective|aim)|objective|goal|profil|profile|"
    r"ce que je (?:re)?cherche|(?:poste|emploi) (?:recherch[ée]|vis[ée])|what i.?m looking for|"
    r"job applied for|position sought|"
    # A form's field naming where the search goes: «Secteur recherché :», «Domaines visés :», "Sector
    # sought:".
    r"(?:secteurs?|domaines?|structures?) (?:recherch|vis|souhait)[ée]e?s?|"
    r"(?:sectors?|fields?) (?:sought|targeted))"
    r"(?: professionnel)?\W*",
    re.IGNORECASE,
)
# A field naming the aim, in a form, an adviser's record or a presentation: «Projet : éducatrice dans une
# association», «Son projet : coordinatrice …», "Goal: a job in a charity". What follows it is an aim.
_AIM_FIELD = re.compile(
    r"^\W*(?:(?:son|sa|mon|ma|leur|votre|your|my|his|her|their)\s+)?"
    r"(?:projet(?: professionnel)?|objectif|project|goal|aim|career goal|career aim|(?:poste|emploi) "
    r"(?:recherch[ée]|vis[ée])|job applied for|position sought|"
    # A noun of wish as the field: «Mon rêve : être gestionnaire dans une SCIC», "My dream: a job in a
    # charity", «Mon souhait : …» (h-fra, stop 39).
    r"r[êe]ve|souhait|ambition|dream|wish|"
    # The sector aimed at as an English form's field, the person's noun before it or not: "Sector wanted:",
    # "Applicant's intended sector:" (f-english, stop 54). Not the French «Secteur visé :», which the other
    # readers take already, a message below it free to take it back (mixtures 0028).
    r"(?:[\w'’]+['’]s\s+)?(?:intended|desired|preferred|target(?:ed)?)\s+(?:sectors?|fields?)|"
    r"(?:sectors?|fields?)\s+(?:sought|targeted|wanted|desired))\s*:\s*(?=\S)|"
    # «Mon but : entrer dans une SCOP»: the French noun of purpose, with its possessive (a bare «But :» may
    # be the diploma, "But:" English). (h-aaim)
    r"^\W*(?:son|mon|leur|notre)\s+but\s*:\s*(?=\S)",
    re.IGNORECASE,
)
# The same field after the sentence's other fields, as an adviser strings them: «je vous oriente Mme X, BTS
# (juin 2025), projet : encadrante technique en ACI».
_AIM_FIELD_INSIDE = re.compile(
    r"(?<=[,;(])\s*(?:(?:son|sa|mon|ma|leur|your|my|his|her|their)\s+)?"
    r"(?:projet(?: professionnel)?|objectif|project|goal|career goal|career aim)\s*:\s*(?=\S)",
    re.IGNORECASE,
)


# The aim's field as the parse reads it: what other fields naming the aim are said as (criteria_answers too).
AIM_FIELD_SAID = "Objectif : "


def _as_aim_field(unit: str) -> str:
    """The unit with its field naming the aim, first or after other fields, said «Objectif :» (the word the
    parse reads as an aim), or the unit itself when it has none."""
    if _AIM_FIELD.match(unit):
        return _AIM_FIELD.sub(AIM_FIELD_SAID, unit, count=1)
    return _AIM_FIELD_INSIDE.sub(f" {AIM_FIELD_SAID}", unit, count=1)


# A CV's title saying the search beside the post: «Chargé de projets (recherche de premier poste)».
_SEEKING_ASIDE = re.compile(
    r"\b(?:recherche|cherche) d(?:e |['’]|u )(?:un |mon )?(?:premier |1er )?(?:emploi|poste|travail|cdi)\b|"
    r"\blooking for (?:a |an |my )?(?:first )?(?:job|role|position)\b",
    re.IGNORECASE,
)
_HEADLINE_SEEKING = re.compile(r"^(?:recherche d.emploi|en recherche|seeking|looking for)\b", re.IGNORECASE)


def _is_aim_heading(line: str) -> bool:
    """«OBJECTIF», "Career goal"; also a heading given in two languages, one of them ours («OBIETTIVO /
    OBJECTIF», «ZIEL / OBJECTIF», «Objectif / Objective»)."""
    return any(_AIM_HEADING.fullmatch(part) for part in _HEADING_LANGUAGES.split(line))


# The writer's own question about where the search goes, asked to be answered right after («Où je
# cherche ?», «Dans quels secteurs est-ce que je postule ?», "Where am I applying?"); not a question put to us
# («Où puis-je postuler ?»: a modal, no search said as the writer's own now).
_OWN_AIM_QUESTION = re.compile(
    r"\W*(?:où|dans quel(?:le)?s?(?: \w+)?|"
    r"quel(?:le)?s? (?:secteurs?|domaines?|structures?|postes?|employeurs?)|"
    r"ce que|where|what(?: kind of \w+)?)\s+(?:est-ce que\s+|est-ce qu['’]\s*)?"
    r"(?:(?:je|j['’])\s*(?:(?:re)?cherche|postule|candidate|vise|m['’]\s*oriente)|"
    r"(?:am i|i am|i['’]m) (?:looking|searching|applying)|(?:do i|i) (?:look|search|apply))\b[^?]*\?\s*",
    re.IGNORECASE,
)


def _answers_an_aim_asked(above: str, unit: str) -> bool:
    """The unit answers the label or the question right above it about the writer's aim: a form's label
    left empty on its line («Secteur recherché :», «Objectif :») or the writer's own question («Où je
    cherche ?»); an answer is no question itself."""
    if not above or "?" in unit:
        return False
    label = above.rstrip().endswith(":") and _is_aim_heading(above)
    return label or _OWN_AIM_QUESTION.fullmatch(above) is not None


def _heads_an_aim(heading: str, line: str) -> bool:
    """An aim's heading; or «Recherche» alone (also a CV's research section) above a line naming a job sought
    («Recherche» / «Un emploi de chargée de projet dans une coopérative»)."""
    return _is_aim_heading(heading) or (
        _SEARCH_HEADING.fullmatch(heading) is not None and _JOB_FIRST.match(line) is not None
    )


_SEARCH_HEADING = re.compile(r"\W*(?:recherche|looking for|seeking)\W*", re.IGNORECASE)
_JOB_FIRST = re.compile(
    r"\W*(?:un|une|a|an)\s+(?:emploi|poste|cdi|cdd|travail|job|position|role)\b", re.IGNORECASE
)
_HEADING_LANGUAGES = re.compile(r"\s+[/|–—-]\s+|\s*/\s*")


# A symbol a document's text could not encode, come out as «?» between a word and a dash or a bracket
# («Objectif : ESS ? — coordinatrice…», an emoji lost in a PDF): no question is asked there.
_LOST_GLYPH = re.compile(r"(?<=\w) \?(?= [—–(-])")


def _with_wrapped_lines(units: list[str], index: int) -> str:
    """A document's line and the lines that continue its sentence: a PDF wraps «… je cherche un premier
    emploi» / «d'assistant dans une coopérative», a column wraps «Gestionnaire paie dans» / «une association».
    A line continues the one above when that one has no final stop and it starts in lower case."""
    parts = [units[index]]
    for line in units[index + 1 : index + 4]:
        above = parts[-1].rstrip()
        cut = len(above) >= WRAP_WIDTH or OPEN_END.search(above) is not None  # as facts.py's mail lines
        if above.endswith((".", "!", "?", ":", ";")) or not cut or not CONTINUES.match(line):
            break
        parts.append(line)
    return " ".join(parts)


@dataclass
class AimReading:
    """What the units read so far say of the writer's aim: the ESS, a refusal of it, any sector."""

    evidence: Evidence | None = None
    refused: Evidence | None = None
    any_sector: Evidence | None = None
    sectors: list[str] = field(default_factory=list)
    refused_why: str = ""  # the description of the rule that read the refusal, when one did
    # The slots («evidence», «refused») read from a search told in a closed past («je postulais dans des
    # banques», «j'avais candidaté», "I used to apply"): a search told now of the other side supersedes them.
    told_before: set[str] = field(default_factory=set)
    # An employer outside the ESS weighed in the conditional of possibility («je pourrais aussi bien
    # travailler dans une entreprise classique», "I could just as well work for a regular company"): never a
    # refusal; beside an ESS aim both are weighed (asked), alone a search open to any sector.
    weighed: Evidence | None = None
    # An ESS aim put off to an undated later («un jour, pourquoi pas»): no search now (aim_later.py).
    put_off: Evidence | None = None

    def settle_put_off(self) -> None:
        """Every ESS aim put off to later and none told for now: the ESS is not looked for now. Not in
        `_weigh`: that runs after each unit, and «none told for now» is known only once the whole mail is
        read (an aim for now told after the put-off one must still win), so situation.py settles it when
        the facts are gathered."""
        if self.put_off is not None and self.evidence is None and self.refused is None:
            self.refused, self.refused_why = self.put_off, f"{PUT_OFF} : « {self.put_off.text[:140]} »."

    def said(self) -> bool:
        """Whether an aim, a refusal or a search open to any sector was read."""
        return any(x is not None for x in (self.evidence, self.refused, self.any_sector))

    def read(self, source: Source, units: list[str], index: int, lexicon: Lexicon) -> None:
        """One unit (a sentence, a document's line) of `source`, with what a document's layout adds: the
        heading above it («OBJECTIF» alone on a CV line: this line states the aim) and its wrapped end; in
        a mail, the label or the writer's own question right above it whose answer it is («Secteur
        recherché :» / «banque, assurance», «Où je postule ? Dans des banques.»): the evidence then quotes
        both, the question and its answer; the answer is read as it stands first, as the aim's field when
        it says nothing by itself («banque, assurance»)."""
        above = units[index - 1] if index > 0 else ""
        under_aim = source.is_document and index > 0 and _heads_an_aim(above, units[index])
        answered = not source.is_document and _answers_an_aim_asked(above, units[index])
        evidence = Evidence(f"{above} {units[index]}" if answered else units[index], source.where)
        whole = _with_wrapped_lines(units, index) if source.is_document else units[index]
        whole = _LOST_GLYPH.sub("", whole) if source.is_document else whole
        aim = f"Objectif : {whole}" if under_aim else _as_aim_field(whole)
        # A cover letter's sentence states an aim the way the mail does.
        own = source.is_document and in_own_words(whole)
        read_from = Source(source.where, whole) if own else source
        before = self._state()
        told = _past_then_now(aim) if not source.is_document else None
        if told is None:
            self._read_in_time(aim, evidence, read_from, lexicon)
        else:
            # "I used to apply to charities, but I'm now applying to banks": each part in its own time.
            for part in told:
                self._read_in_time(part, evidence, read_from, lexicon)
        if answered and self._state() == before:
            self._read(f"Objectif : {whole}", evidence, read_from, lexicon)
        if not source.is_document and self._state() == before:
            self._read_search_answered(above, units[index], source.where, lexicon)
        if not source.is_document and self._state() == before:
            self._read_place_pointed_back(units, index, source.where, lexicon)
        if not source.is_document and self._state() == before:
            self._read_places_after_search(units, index, source.where, lexicon)
        if not source.is_document and self._state() == before:
            self._read_next_step_pictured(units[index], source.where, lexicon)
        if not source.is_document and plans_a_fallback_outside(whole, lexicon):
            self.weighed = self.weighed or evidence  # a plan outside the ESS held in reserve (fallback.py)
        self._weigh()

    def _read_search_answered(self, above: str, unit: str, where: str, lexicon: Lexicon) -> None:
        """A yes under a question of the search naming the ESS, or beside it on its line («Cherchez-vous un
        emploi dans l'ESS ? Oui, dans une fondation.»): the writer's aim, the evidence quoting both."""
        asked = f"{above} {unit}" if above.rstrip().endswith("?") else unit
        ess = _found(lexicon.ess_names, asked) + _found(lexicon.ess_organisations, asked)
        first = min(ess, key=lambda found: found.start(), default=None)
        if first is not None and _search_asked_answered_yes(asked, first.start(), first.end()):
            self.evidence = self.evidence or Evidence(asked, where)

    def _read_place_pointed_back(self, units: list[str], index: int, where: str, lexicon: Lexicon) -> None:
        """«Si une place se libère dans une épicerie solidaire, c'est là que je voudrais travailler», «Est-ce
        que je peux viser des agences de communication ? C'est vraiment là que je veux travailler», "Does a
        credit union count? That's where I want to work": an aim said by a cleft on a pro-form of place
        points back to the place named before it, in its own sentence or the one above (the question's
        presupposition is the writer's aim): the ESS named there is the aim, an employer outside it a search
        outside, both the coordinator asks about. Invariant: read only when the unit said nothing else of
        the aim; a cleft denied («ce n'est pas là que…») points at nothing. (h-aaim)"""
        unit = units[index]
        at = _place_pointed_back(unit, lexicon)
        if at is None:
            return
        before = unit[:at]
        ess, outside = _places_named(before, lexicon)
        if not (ess or outside) and index > 0:
            before = units[index - 1]
            ess, outside = _places_named(before, lexicon)
            unit = f"{before} {unit}"
        evidence = Evidence(unit, where)
        if ess:
            self.evidence = self.evidence or evidence
        if outside:
            self.refused = self.refused or evidence
            self.refused_why = self.refused_why or _POINTED_BACK_OUTSIDE

    def _read_places_after_search(self, units: list[str], index: int, where: str, lexicon: Lexicon) -> None:
        """«Je cherche un premier poste d'assistante. Une mutuelle, une fondation ou une ressourcerie.»: a
        fragment naming ESS places right after a search says where that search is aimed (aim_fragment.py);
        an employer outside the ESS among them or above, a date or a diploma named, or a search denied above,
        reads nothing."""
        unit = units[index]
        ess = _found(lexicon.ess_organisations, unit) + _found(lexicon.ess_names, unit)
        french = not is_english(unit)
        if index == 0 or not ess or _names_no_place(unit, lexicon, french):
            return  # «Juillet 2026 : BUT, parcours ESS»: a diploma's line, no place
        above = units[index - 1]
        if not _seek_words(above, lexicon, english=not french) or _negated(above, lexicon):
            return
        if commercial_employers(above, lexicon, french=french):
            return  # the search above is aimed already, outside the ESS
        if is_a_verbless_fragment(unit):
            self.evidence = self.evidence or Evidence(f"{above} {unit}", where)

    def _read_next_step_pictured(self, unit: str, where: str, lexicon: Lexicon) -> None:
        """«La suite, je la vois dans une association d'éducation populaire», "I see my next step in a
        co-op": the writer's next step pictured in a place (aim_proforms.py) aims there: the ESS named
        after the picture is the aim, an employer outside it a search outside."""
        at = next_step_pictured(unit)
        if at is None:
            return
        ess, outside = _places_named(unit[at:], lexicon)
        if ess and not outside:
            self.evidence = self.evidence or Evidence(unit, where)

    def _weigh(self) -> None:
        """An employer outside the ESS only weighed as possible: beside an ESS aim, both are aimed at (the
        coordinator asks which); with no ESS aim, the search is open to any sector. Never a refusal alone."""
        if self.weighed is None or self.refused is not None:
            return
        if self.evidence is not None:
            self.refused = self.weighed
            self.refused_why = self.refused_why or _WEIGHED
        else:
            self.any_sector = self.any_sector or self.weighed

    def _read_in_time(self, unit: str, evidence: Evidence, source: Source, lexicon: Lexicon) -> None:
        """`_read`, then the time of the search told: a slot set by a search of a closed past is marked so;
        a search told now of the other side then supersedes it («j'avais postulé dans des banques» /
        «aujourd'hui je cherche uniquement dans les associations»: the aim is the ESS). Invariant: only a
        closed past yields (imparfait, plus-que-parfait, "used to", "had"), never a passé composé that may
        reach now («j'ai toujours voulu…»); a document's lines are never re-timed."""
        before = {"evidence": self.evidence, "refused": self.refused}
        self._read(unit, evidence, source, lexicon)
        if source.is_document:
            return
        now = {"evidence": self.evidence, "refused": self.refused}
        newly_set = any(value is not None and before[slot] is None for slot, value in now.items())
        if not newly_set and not self.told_before:
            return  # then the unit's time changes nothing, and its parse (the aim's costliest step) is spared
        closed = _closed_past(unit)
        for slot, value in now.items():
            if value is not None and before[slot] is None and closed:
                self.told_before.add(slot)
        set_now = {slot for slot, value in now.items() if value is not None and not closed}
        for slot, other in (("evidence", "refused"), ("refused", "evidence")):
            if slot in self.told_before and other in set_now and other not in self.told_before:
                self._supersede(slot)

    def _supersede(self, slot: str) -> None:
        """Forget the past search of `slot`: the present one of the other side stands alone."""
        self.told_before.discard(slot)
        if slot == "evidence":
            self.evidence = None
            self.sectors.clear()
        else:
            self.refused, self.refused_why = None, ""

    def _state(self) -> tuple[Evidence | None, Evidence | None, Evidence | None]:
        return self.evidence, self.refused, self.any_sector

    def _read(self, unit: str, evidence: Evidence, source: Source, lexicon: Lexicon) -> None:
        """An ESS aim, an explicit refusal of the ESS, or a search open to any sector: what `_told` reads in
        the unit, set here as each slot was in line (`self.slot = self.slot or evidence`: a slot already
        set stays), the sectors named added after those already read. A turn of mind in the unit («j'ai
        changé d'avis : …») leaves only the words after it to read (aim_turned.py)."""
        told = _told(after_a_turn(unit), source, lexicon)
        for slot in told.slots:
            if getattr(self, slot) is None:
                setattr(self, slot, evidence)
        self.refused_why = self.refused_why or told.refused_why
        self.sectors.extend(label for label in told.sectors if label not in self.sectors)

    def read_afresh(self, unit: str, evidence: Evidence, source: Source, lexicon: Lexicon) -> None:
        """`_read` itself, run by `_told` on a blank reading."""
        if lexicon.ess_refusals is not None and first_match(lexicon.ess_refusals, unit):
            self.refused = self.refused or evidence
            return
        if self._read_answers(unit, evidence, lexicon):
            return  # «Association oui.», «Banque : non»: the place named and its answer are the whole unit
        kinds = (lexicon.ess_names, lexicon.ess_organisations, *lexicon.sectors.values())
        if lexicon.any_sector is not None and open_to_any_sector(unit, lexicon.any_sector, kinds):
            self.any_sector = self.any_sector or evidence
            return  # «je cherche un emploi, pas forcément dans l'ESS»: open, not an ESS aim
        if _ess_not_required(unit, lexicon):
            # The ESS said no requirement: open — unless the search names its place outside it («dans un
            # centre privé, pas forcément dans le milieu associatif»).
            elsewhere = next((r for r in AIMED_ELSEWHERE if r.check(unit, source, lexicon)), None)
            if elsewhere is None:
                self.any_sector = self.any_sector or evidence
            else:
                self.refused = self.refused or evidence
                self.refused_why = self.refused_why or elsewhere.description
            return
        for rule in AIMED_ELSEWHERE:
            if rule.check(unit, source, lexicon):
                if _weighed_as_possible(unit, lexicon):
                    self.weighed = self.weighed or evidence  # weighed, not chosen: see `_weigh`
                    break
                # Not a refusal from doubt: an ESS aim in this unit or another leaves the criterion unknown.
                self.refused = self.refused or evidence
                self.refused_why = self.refused_why or rule.description
                if _an_alternative_of_the_ess(unit, lexicon):
                    self.evidence = self.evidence or evidence  # both aimed at: the coordinator asks which
                break
        # A CV's lines name past employers: its interviews may be a task.
        if not source.is_document and self._read_acts(unit, evidence, lexicon):
            return
        aimed, named = _aim_mentions(unit, source, lexicon)
        if aimed and not _asked_not_stated(unit, lexicon) and put_off_to_later(unit):
            self.put_off = self.put_off or evidence
        elif aimed and not _asked_not_stated(unit, lexicon):
            self.evidence = self.evidence or evidence
            self.sectors.extend(label for label in named if label not in self.sectors)

    def _read_answers(self, unit: str, evidence: Evidence, lexicon: Lexicon) -> bool:
        """A place of work answered yes or no, topic first or as a form's field (forms.py): the ESS said yes
        is an aim, said no a refusal; an employer outside the ESS said yes is an aim elsewhere, said no
        nothing more. Whether the unit was such an answer."""
        ess = [m.span() for m in _found(lexicon.ess_names, unit) + _found(lexicon.ess_organisations, unit)]
        outside = commercial_employers(unit, lexicon, french=not is_english(unit)) if not ess else []
        answers = [(answer_at(unit, start), True) for start, end in ess if _is_the_label(unit, start, end)]
        answers += [(answer_at(unit, s), False) for s, e in outside if _is_the_label(unit, s, e)]
        said = [(yes, of_the_ess) for yes, of_the_ess in answers if yes is not None]
        if any(yes and of_the_ess for yes, of_the_ess in said):
            self.evidence = self.evidence or evidence
        if any(yes != of_the_ess for yes, of_the_ess in said):
            self.refused = self.refused or evidence
            self.refused_why = self.refused_why or _ANSWERED_OUTSIDE
        return bool(said)

    def _read_acts(self, unit: str, evidence: Evidence, lexicon: Lexicon) -> bool:
        """Interviews, applications, follow-ups aimed at named employers tell the aim as a wish does: all of
        the ESS meet it, all outside it refuse it, both leave it open (an aim and a refusal: the coordinator
        asks). The ESS listed among companies of no said kind («autant des mairies et des entreprises que
        des assos») is one place among others: a search open to any sector; the unit says no more (True)."""
        targets = search_act_targets(unit, lexicon, french=not is_english(unit))
        if targets.ess and targets.other:
            self.any_sector = self.any_sector or evidence
            return True
        if targets.ess:
            self.evidence = self.evidence or evidence
        if targets.outside:
            self.refused = self.refused or evidence
            self.refused_why = self.refused_why or _ACTS_OUTSIDE
        return False


@dataclass(frozen=True)
class _Told:
    """What one unit tells of the aim, whatever was read before it: the slots it sets (to the unit's
    evidence), the refusal's description, the sectors named."""

    slots: tuple[str, ...]
    refused_why: str
    sectors: tuple[str, ...]


# The slots `_read` sets to the unit's evidence (`refused_why` and `sectors` apart).
_SLOTS = ("evidence", "refused", "any_sector", "weighed", "put_off")
_MARK = Evidence("", "")  # the unit's evidence, in a reading made on a blank AimReading


def _told(unit: str, source: Source, lexicon: Lexicon) -> _Told:
    """What `read_afresh` sets on a blank reading: each slot is set there as `slot = slot or evidence`, so
    the first value set wins and the slots read no state but their own — applied on any reading, the same
    as reading the unit in line. Kept per (unit, whether a document's, whether the subject's): the readers
    see nothing else of the source (AimedOutsideTheEss reads the subject apart, _aim_mentions and the
    others whether a document's); a pure reading of the unit and of the lexicon (the owner, compared by
    identity). A line every CV holds, a CV sent in three formats, is read once."""
    key = (unit, source.is_document, source.where == SUBJECT)
    return _TOLD.read(lexicon, key, lambda: _told_afresh(unit, source, lexicon))


def _told_afresh(unit: str, source: Source, lexicon: Lexicon) -> _Told:
    blank = AimReading()
    blank.read_afresh(unit, _MARK, source, lexicon)
    slots = tuple(slot for slot in _SLOTS if getattr(blank, slot) is not None)
    return _Told(slots, blank.refused_why, tuple(blank.sectors))


_TOLD: KeptReadings[_Told] = KeptReadings()


def _an_alternative_of_the_ess(unit: str, lexicon: Lexicon) -> bool:
    """An employer outside the ESS named as the alternative of an ESS place («une régie municipale ou une
    association, c'est pareil ?», «aussi bien dans une mutuelle que dans une banque», "a co-op or a bank"):
    both places are aimed at, whatever the asking does to one of them (a question keeps its alternatives
    together); the aim stays open, never a refusal alone. (h-aaim)"""
    ess = _found(lexicon.ess_names, unit) + _found(lexicon.ess_organisations, unit)
    if not ess:
        return False
    outside = commercial_employers(unit, lexicon, french=not is_english(unit))
    joins = [
        _ALTERNATIVE.fullmatch(unit, min(end, found.end()), max(start, found.start()))
        for start, end in outside
        for found in ess
    ]
    # «que» joins alternatives only after an equality («aussi bien X que Y»), not a preference («davantage
    # dans une banque que dans une association»: the ESS compared away)
    equal = [j for j in joins if j is not None and j.group("join").lower() == "que"]
    return any(j is not None and j.group("join").lower() != "que" for j in joins) or any(
        _EQUALITY.search(unit, 0, j.start()) is not None for j in equal
    )


# What joins two alternatives: up to two words ending the first («municipale»), «ou» / «ou bien» / "or" /
# the «que» of «aussi bien … que», then the second's preposition, article and size («chez un grand», "at a
# big").
_ALTERNATIVE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?,?\s*(?P<join>ou bien|ou|or|que)\s+"
    r"(?:(?:dans|chez|en|à|au|aux|pour|at|in|for|with|to)\s+)?(?:(?:une?|des|les?|la|l['’]|a|an|the)\s*)?"
    r"(?:(?:grande?s?|gros(?:se)?s?|petite?s?|big|large|small)\s+)?",
    re.IGNORECASE,
)


_EQUALITY = re.compile(r"\b(?:aussi bien|autant)\b", re.IGNORECASE)


_POINTED_BACK_OUTSIDE = "Le lieu visé, repris par « c'est là que… », est un employeur hors de l'ESS."


def _place_pointed_back(unit: str, lexicon: Lexicon) -> int | None:
    """Where the unit's aim is said on a pro-form of place: «c'est (vraiment) là que je voudrais
    travailler» (the writer's relative clause of aim on «là», undenied), "that's where I want to work"; else
    None. A cheap test of the words first: most units have neither."""
    back = field_pointed_back(unit)  # «j'aimerais rester dans ce milieu» (aim_proforms.py)
    if back is not None:
        return back
    if is_english(unit):
        found = _EN_THERE.search(unit)
        return found.start() if found is not None else None
    if "là" not in unit.lower():
        return None
    there = (t for t in parse(unit) if t.lower_ == "là" and _a_cleft_of_aim_on(t, lexicon.structure))
    return next((t.idx for t in there), None)


def _a_cleft_of_aim_on(there: Any, structure: Structure) -> bool:
    """«c'est (vraiment) là que je voudrais travailler», «c'est justement là où j'aimerais bosser»: read on
    the words around «là», whatever the small model hangs them on (it makes «c'est là» a fixed phrase after a
    long clause): «c'est» right before, «que» / «où» right after, the writer as the subject, then a verb of
    aim or of work; no negation anywhere in it («ce n'est pas là que…», «… que je ne veux pas…»)."""
    doc = there.doc
    before = doc[max(there.sent.start, there.i - 4) : there.i]
    after = doc[there.i + 1 : min(there.sent.end, there.i + 7)]
    cleft = any(w.lower_ in {"c'", "c’", "ce"} for w in before) and any(w.lower_ == "est" for w in before)
    if not cleft or not len(after) or after[0].lower_ not in {"que", "qu'", "qu’", "où"}:
        return False
    if any(w.lower_ in _CLEFT_DENIALS for w in [*before, *after]):
        return False
    writer = [w.i for w in after if w.lower_ in {"je", "j'", "j’"}]
    return bool(writer) and any(
        _aim_verb(w, structure) or starts_with(w, structure.aim_work) for w in after if w.i > writer[0]
    )


_CLEFT_DENIALS = frozenset({"ne", "n'", "n’", "pas", "jamais", "plus"})


# "That's where I want to work", "this is exactly where I'd like to be": not "that's not where…".
_EN_THERE = re.compile(
    r"\b(?:that|this|it)(?:['’]s| is) (?:(?!not\b|never\b)\w+ )?where I(?:['’]d| would| really)? "
    r"(?:want|like|love|hope|plan|wish|see myself)\b",
    re.IGNORECASE,
)


def _names_no_place(unit: str, lexicon: Lexicon, french: bool) -> bool:
    """A fragment that is no list of places: an employer outside the ESS among them, or a date or a figure
    (a résumé's or a list's line: «Juillet 2026 : BUT, parcours ESS»)."""
    return re.search(r"\d", unit) is not None or bool(commercial_employers(unit, lexicon, french=french))


def _places_named(text: str, lexicon: Lexicon) -> tuple[bool, bool]:
    """Whether the place a pro-form after `text` points back to is of the ESS (its names, an organisation of
    it), and whether it is outside it: the nearest place named, with its alternative joined to it («une
    mutuelle ou une banque»); not a place named further back («Mon frère cherche dans les associations ;
    moi, je vise les cabinets de conseil. C'est là que…»: the firms)."""
    ess = [m.span() for m in _found(lexicon.ess_organisations, text) + _found(lexicon.ess_names, text)]
    outside = commercial_employers(text, lexicon, french=not is_english(text))
    places = sorted([(*span, True) for span in ess] + [(*span, False) for span in outside])
    if not places:
        return False, False
    last = places[-1]
    kept = [last, *(p for p in places[:-1] if _ALTERNATIVE.fullmatch(text, p[1], last[0]) is not None)]
    return any(p[2] for p in kept), any(not p[2] for p in kept)


_ANSWERED_OUTSIDE = "L'ESS écartée, ou un employeur hors de l'ESS retenu, en réponse (« non » / « oui »)."


def _is_the_label(unit: str, start: int, end: int) -> bool:
    """The place is the whole label of an answer: only an article before it, only its answer after it
    («La banque : non», «Coopérative oui»), not «Expérience associative : non» (another thing asked)."""
    return _ARTICLE_ONLY.fullmatch(unit, 0, start) is not None and _ANSWER_NEXT.match(unit, end) is not None


def _search_asked_answered_yes(unit: str, start: int, end: int) -> bool:
    """The ESS named in a question of the search put to the writer and answered yes: «Cherchez-vous un
    emploi dans l'ESS ? Oui, dans une fondation.», «ESS ? Oui, éducatrice dans une association.», "Looking
    for a job in the social economy? Yes." The question asks the writer's search (a word of searching, of an
    aim or a job, or the ESS alone); the yes is their aim. A no is left to the readers of sentences (a
    negative question's no cannot be settled), and a question of something else («Avez-vous travaillé dans
    l'ESS ? Oui») is no aim. (h-ans)"""
    asked, mark, _answer = unit.partition("?")
    if not mark or end > len(asked) or len(asked.split()) > _QUESTION_WORDS:
        return False
    if answer_at(unit, start) is not True:
        return False
    m = load_meanings()
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", asked)]
    searched = any(m["search"].holds(w) or m["aim"].holds(w) or w in m["job"].lemmas for w in words)
    alone = _ARTICLE_ONLY.fullmatch(asked, 0, start) is not None and not asked[end:].strip(" :")
    return searched or alone


# A question of the search put to the writer is short («Vous cherchez un emploi dans l'ESS ?»).
_QUESTION_WORDS = 10


_ARTICLE_ONLY = re.compile(r"\W*(?:(?:le|la|les|l['’]|un|une|des|the|a|an)\s*)?", re.IGNORECASE)
_ANSWER_NEXT = re.compile(r"s?\s*[:,-]?\s*\w+\b")


_ACTS_OUTSIDE = "Démarches de recherche (entretiens, candidatures) auprès d'employeurs hors de l'ESS."


_NOT_REQUIRED = re.compile(
    r"\b(?:pas|non) (?:forc[ée]ment|n[ée]cessairement|obligatoirement|uniquement|seulement)\b|"
    r"\bnot (?:necessarily|only|just)\b",
    re.IGNORECASE,
)


def _ess_not_required(unit: str, lexicon: Lexicon) -> bool:
    """«pas forcément dans le milieu associatif», "not necessarily in a charity": the ESS, named by any of its
    names, said to be no requirement of the search — a search open to other sectors; also said after the
    name, as its alternative: «un tiers-lieu, associatif ou pas», «une coopérative ou non», "a charity or
    not"."""
    names = lexicon.ess_names
    if names is None:
        return False
    return (
        any(
            names.search(unit[m.end() : m.end() + 40]) and not _ess_kept_after_but(unit, m.end(), names)
            for m in _NOT_REQUIRED.finditer(unit)
        )
        or any(_OR_NOT.match(unit, m.end()) for m in all_matches(names, unit))
        or _ess_left_open(unit, names)
    )


def _ess_left_open(unit: str, names: re.Pattern[str]) -> bool:
    """The ESS named under an operator that leaves it open (clauses.py: NOT_ALL, HEDGED — "neither only at
    non-profits nor only at companies", «ni uniquement en association ni uniquement en entreprise»): the
    search is not bound to it, unless the ESS comes back after «mais» / "but"."""
    for found in all_matches(names, unit):
        if not _DENYING.search(unit, clause_start(unit, found.start()), found.start()):
            continue  # «Je ne veux pas bosser dans une grande surface, uniquement dans une coopérative»
        named = tokens_in(parse(unit), found.start(), found.end())  # parsed once, kept (clauses.parse)
        if named and read_operator(named[0]).operator.open:
            return not _ess_kept_after_but(unit, found.end(), names)
    return False


# A denial in the name's own clause: the restriction it denies is on this name, not on an earlier clause's.
_DENYING = re.compile(r"\b(?:ne|n['’]|pas|ni|non|not|neither|nor)\b|n['’]t\b", re.IGNORECASE)


def _ess_kept_after_but(unit: str, start: int, names: re.Pattern[str]) -> bool:
    """«pas forcément dans une association, mais dans l'ESS, oui», "not necessarily a charity, but a co-op":
    the hedge bears on one kind of structure; the ESS named after «mais» / "but", with nothing turning it
    (clauses.py: AFFIRMED or ONLY), is still the search's place."""
    but = _BUT.search(unit, start, start + 60)
    found = names.search(unit, but.end(), but.end() + 40) if but is not None else None
    if found is None:
        return False
    named = tokens_in(parse(unit), found.start(), found.end())
    return bool(named) and read_operator(named[0]).operator in {Operator.AFFIRMED, Operator.ONLY}


_BUT = re.compile(r"\b(?:mais|but)\b", re.IGNORECASE)


# The alternative of a name, its own negation: «associatif ou pas», «ou non», "or not".
_OR_NOT = re.compile(r"\s*,?\s*(?:ou (?:pas|non)|or not)\b", re.IGNORECASE)


def _asked_not_stated(unit: str, lexicon: Lexicon) -> bool:
    """«Est-ce que le programme vise seulement l'ESS ?»: an ESS named in a question, not as the writer's aim
    (stance.py); «puis-je postuler si je cherche dans une association ?» still tells the writer's aim."""
    found = all_matches(lexicon.ess_names, unit) if lexicon.ess_names is not None else ()
    named = found[0] if found else None  # the first match: ess_names.search(unit)
    return named is not None and (
        stance_at(unit, named.start()) == ASKED or asks_about_another(unit, named.start())
    )


class AimedOutsideTheEss:
    name = "aimed_outside_the_ess"
    description = (
        "Recherche tournée vers un employeur hors de l'ESS (entreprise commerciale, secteur privé ou public)."
    )

    def check(self, unit: str, source: Source, lexicon: Lexicon) -> bool:
        """«je vise un poste dans un cabinet de conseil», "I want a job at an investment bank": an aim whose
        place is an employer clearly outside the ESS (employers.py), read like an ESS aim."""
        if source.is_document and source.where != SUBJECT and not _AIM_FIELD.match(unit):
            # A CV's lines name past employers and partners: the writer's own words decide, and its
            # objective («Objectif : juriste dans un cabinet d'avocats») is those words.
            return False
        # A subject in telegraphic French («cherche emploi en cabinet») has too few small words to tell.
        said = _AIM_FIELD.sub("", unit, count=1)  # «Objectif : analyst at a bank»: the words after the label
        french = not is_english(said)
        spans = commercial_employers(unit, lexicon, french=french)
        # A refusal needs the aim said before its place: not «après trois ans dans un cabinet, je cherche…»,
        # nor "I worked for a bank" (an English clause is read by words: its aim must be a wish, now).
        hits: list[Hit] = [
            (start, end, None)
            for start, end in spans
            if (_said_in_french if french else _said_in_english)(unit, start, lexicon)
        ]
        return bool(_aimed_hits(unit, source, lexicon, hits, strict=True))


def _said_in_french(unit: str, start: int, lexicon: Lexicon) -> bool:
    """An aim word before the employer, no negation in its clause («je ne suis pas sûre de vouloir…») and no
    hedge in the sentence («pourquoi pas dans le privé»): a refusal is read only from an aim said plainly."""
    clause = unit[clause_start(unit, start) : start]
    # «chez un des Big Four, ou éventuellement dans une banque»: the hedge opens the second alternative only
    open_ended = hedged(unit, start) or _FR_NOT_THE_PLACE.search(unit, 0, start) is not None
    plain = not NEGATION.search(clause) and not open_ended
    seeking = bool(_seek_words(unit, lexicon, 0, start))
    return plain and seeking and not _place_of_a_held_job(unit, start, lexicon)


def _place_of_a_held_job(unit: str, start: int, lexicon: Lexicon) -> bool:
    """«j'occupe actuellement un poste … en supermarché : je souhaiterais…»: the employer is where the
    writer works now (the first verb above it holds a post, in the present), not the aim's place; «toujours
    en CDI chez Carrefour»: a job held now (situations.toml's `employed`) whose employer follows it."""
    if _NOW_LABEL.match(unit):
        return True  # «Situation : CDD employé de rayon (supermarché)»: a form's line for the present
    employed = lexicon.situations.get("employed")
    held = employed.current if employed is not None else None
    left = clause_start(unit, start)
    jobs = held.finditer(unit, left, start) if held is not None else ()
    if any(_AT.fullmatch(unit, m.end(), start) for m in jobs):
        return True
    token = next((t for t in parse(unit) if t.idx == start), None)
    verb = token.head if token is not None else None
    while verb is not None and not is_verb(verb) and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and starts_with(verb, _HOLDING) and tense_of(verb) == PRESENT


# The employer of a job held, right after it: «en CDI chez», «en poste à la», «salariée au sein de la».
_AT = re.compile(
    r"\s*(?:chez|à|au|aux|pour|au\s+sein\s+(?:de|d['’]|du|des))\s*(?:la\s+|le\s+|les\s+|l['’])?",
    re.IGNORECASE,
)


# «plutôt qu'en grande surface», «au lieu d'une banque»: the employer named as the place not chosen.
_FR_NOT_THE_PLACE = re.compile(
    r"\b(?:plutôt\s+qu(?:e\b|['’])|au\s+lieu\s+d(?:e\b|['’]|u\b|es\b))\s*(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


_EN_NOT_THE_PLACE = re.compile(r"\b(?:that|which|who|whose|with|rather than|instead of)\b", re.IGNORECASE)


def _said_in_english(unit: str, start: int, lexicon: Lexicon) -> bool:
    words = lexicon.structure.english
    clause = unit[clause_start(unit, start) : start]  # "I worked for a bank; now I want…": its own clause
    told_otherwise = has_word(words, "past", clause) or has_word(words, "negation", clause)
    told_otherwise = told_otherwise or hedged(unit, start)
    # "a charity that works with big companies": the employer is a partner of another one, not the aim's place
    told_otherwise = told_otherwise or _EN_NOT_THE_PLACE.search(clause) is not None
    aimed = aims_in_english(unit[:start]) or _AIM_FIELD.match(unit) is not None  # "Goal: …" is an aim
    return aimed and not told_otherwise


class NotSearchingNow:
    name = "not_searching_now"
    description = "Ne cherche pas d'emploi pour le moment."

    def check(self, unit: str, source: Source, lexicon: Lexicon) -> bool:
        """«je ne cherche pas encore d'emploi», "I'm not looking for a job yet": a search verb negated whose
        object is a job left unqualified (not «je ne cherche pas d'emploi dans le privé», a restriction)."""
        if source.is_document:
            return False
        if not is_french(unit):
            return _not_looking_in_english(unit, lexicon.structure)
        if "cherch" not in unit.lower() or not NEGATION.search(unit):
            return False  # no search denied in this sentence: no parse
        return any(_no_search_at(token, lexicon.structure) for token in parse(unit))


def _no_search_at(token: Any, structure: Structure) -> bool:
    """A search denied at `token`: «je ne cherche pas d'emploi», «je ne suis pas encore en recherche»; not one
    restricted («pas seulement», «ne… qu'un», «pas dans le privé», «pas d'emploi de caissier»)."""
    as_state = token.pos_ == "NOUN" and any(c.lower_ == "en" for c in token.children)  # «en recherche»
    if not (starts_with(token, _SEARCH_VERBS) and (is_verb(token) or as_state) and _denied(token)):
        return False
    jobs = [c for c in token.children if c.dep_ in _OBJECTS and starts_with(c, structure.aim_work)]
    # What restricts the search is said of the verb or of the job: «pas seulement un emploi», «pas un emploi
    # mais un engagement»; a later clause («…, mais plus tard je voudrais…») says nothing of it.
    if any(c.lower_ in _RESTRICTIONS for c in [*token.children, *(g for j in jobs for g in j.subtree)]):
        return False
    # Only a time may complete a denied search («pas d'emploi pour l'instant»); a place, a manner or a kind
    # restricts it («pas dans le privé», «pas à tout prix», «pas d'emploi de vendeur»): maybe another one.
    others = [c for c in token.children if c.dep_.startswith(("obl", "nmod")) and c not in jobs]
    if any(not _is_a_time(c) for c in others):
        return False
    if any(any(g.dep_ in {"nmod", "amod", "acl", "acl:relcl"} for g in j.children) for j in jobs):
        return False
    return bool(jobs) or as_state


def _is_a_time(noun: Any) -> bool:
    return noun.lower_ in {"an", "ans"} or starts_with(noun, _TIMES)


_OBJECTS = frozenset({"obj", "obl:arg", "nmod", "xcomp"})  # «pas de poste»: xcomp for the small model
_TIMES = ("moment", "instant", "heure", "année", "mois", "semaine", "temps", "immédiat", "jour", "rentrée")


def _denied(verb: Any) -> bool:
    """Negated, also when the small model hangs «pas» on the adverb after it: «je ne cherche pas encore»."""
    if is_negated(verb):
        return True
    ne = any(c.lower_ in {"ne", "n'", "n’"} for c in verb.children)
    return ne and any(g.lower_ in {"pas", "plus"} for c in verb.children for g in c.children)


_SEARCH_VERBS = ("cherch", "recherch")
_RESTRICTIONS = frozenset(
    {"que", "qu'", "qu’", "seulement", "uniquement", "forcément", "nécessairement", "mais"}
)


def _not_looking_in_english(unit: str, structure: Structure) -> bool:
    """ "I'm not looking for a job yet", "I haven't started searching for work": in one clause, a negation,
    a search word within the next words, a job within the words after it, and nothing restricting that job
    ("a job in finance", "work as a cashier": maybe another one is sought)."""
    negation = structure.english.get("negation")
    if negation is None:
        return False
    meanings = load_meanings()
    for clause in _EN_CLAUSES.split(unit.lower()):
        words = _EN_WORDS.findall(clause)
        for i in (i for i, word in enumerate(words) if negation.search(word)):
            search = _next_meaning(words, i, meanings["search"].stems)
            job = (
                _next_meaning(words, search, (*meanings["job"].lemmas, *meanings["job"].stems))
                if search
                else None
            )
            if job is not None and (job + 1 >= len(words) or words[job + 1] not in _RESTRICTING):
                return True
    return False


def _next_meaning(words: list[str], after: int, stems: tuple[str, ...]) -> int | None:
    """The first of the three words after `after` that starts with one of `stems`."""
    return next((k for k in range(after + 1, min(after + 4, len(words))) if words[k].startswith(stems)), None)


_EN_CLAUSES = re.compile(r"[,;:.!?()]|\bbut\b|\band\b")
_EN_WORDS = re.compile(r"[\w'’]+")
_RESTRICTING = frozenset({"in", "at", "with", "for", "as"})  # "a job in finance", "work as a cashier"


# The rules that read a search aimed away from the ESS, in order (Mailman style: data, not branches).
AIMED_ELSEWHERE = (NotSearchingNow(), AimedOutsideTheEss())


_FIRST_PERSON = re.compile(r"\b(?:je|j['’])", re.IGNORECASE)


_FACT_WORDS = re.compile(
    # «à but non lucratif» is the employer's aim, not the BUT diploma.
    r"\b(?:dipl[oô]m|master|licence|bts|but(?!\s+(?:non\s+)?lucrati)|dut|obtenu|titulaire|stage|"
    r"service civique|degree|"
    r"graduated|intern(?!ation))\w*",  # not «internationale»
    re.IGNORECASE,
)


def _aim_mentions(unit: str, source: Source, lexicon: Lexicon) -> tuple[bool, list[str]]:
    """Whether the unit states an aim towards the ESS, and the sectors named in such aims. An organisation
    of the ESS named («Emmaüs», «la Macif») is a mention of it, as its kind is («une association»)."""
    # Kept per (unit, whether a document's): the readers below see nothing else of the source, and they are
    # pure readings of the unit and of the lexicon (the owner, compared by identity); the sectors are kept as
    # a tuple, a new list handed out. A CV sent in three formats, a line every mail holds, is read once.
    aimed, sectors = _MENTIONS.read(
        lexicon, (unit, source.is_document), lambda: _mentions(unit, source, lexicon)
    )
    return aimed, list(sectors)


_MENTIONS: KeptReadings[tuple[bool, tuple[str, ...]]] = KeptReadings()


def _mentions(unit: str, source: Source, lexicon: Lexicon) -> tuple[bool, tuple[str, ...]]:
    known = lexicon.ess_organisations
    hits: list[tuple[int, int, str | None]] = [(m.start(), m.end(), None) for m in _found(known, unit)]
    cased = any(map(unit.__contains__, lexicon.ess_cased))
    if not hits and not cased and not mentions_any(unit, lexicon.ess_fragments):
        return False, ()
    if lexicon.ess_names is not None:
        hits += [(m.start(), m.end(), None) for m in all_matches(lexicon.ess_names, unit)]
    # A unit holding none of the literal pieces of any sector's pattern names no sector: one trie search
    # (prefilter.may_match_any) instead of one test per sector; the same hits.
    fields: list[Hit] = (
        [(m.start(), m.end(), name) for name, pat in lexicon.sectors.items() for m in all_matches(pat, unit)]
        if may_match_any(lexicon.sectors, unit)
        else []
    )
    hits += _not_a_bodys_field(unit, fields)
    aimed = _aimed_hits(unit, source, lexicon, hits)
    sectors: list[str] = []
    for _start, _end, label in aimed:
        if label and label not in sectors:
            sectors.append(label)
    return bool(aimed), tuple(sectors)


Hit = tuple[int, int, "str | None"]


def _not_a_bodys_field(unit: str, fields: list[Hit]) -> list[Hit]:
    """The sectors named, but for those naming the field of a body outside the ESS: «un poste au service
    jeunesse de la ville», «au ministère de la Culture» aim at the town, the State (employers.py), not at
    the ESS through its youth work or its culture."""
    bodies = bodies_fields(unit) if fields else []
    return [hit for hit in fields if not any(start <= hit[0] < end for start, end in bodies)]


def _found(pattern: re.Pattern[str] | None, text: str) -> list[re.Match[str]]:
    """The pattern's matches in order; kept per text (all_matches): a unit is asked about several times."""
    return list(all_matches(pattern, text)) if pattern is not None else []


def _aimed_hits(
    unit: str, source: Source, lexicon: Lexicon, hits: list[Hit], *, strict: bool = False
) -> list[Hit]:
    """The mentions (of the ESS, of an employer) that a search or an aim of the unit is aimed at; `strict`
    for a reading that may refuse (see _aimed_in_parse)."""
    # A CV's «Profil» written as a sentence («…, je cherche un premier emploi dans …») reads like the body.
    parsed = is_french(unit) and (not source.is_document or _FIRST_PERSON.search(unit) is not None)
    if not hits:
        return []  # before the words of an aim are read: nothing for them to aim at (a pure test, skipped)
    worded = _expresses_aim(unit, source, lexicon, english=not parsed)
    if not parsed and not worded:
        return []
    aimed = []
    for start, end, label in hits:
        if wished_by_another(unit, start):
            continue  # «mes parents voudraient que je rentre dans une banque»: their wish, not the aim
        if echoes.set_apart(unit, start, anothers_search_beside_own(unit, start)):
            continue  # «Ma sœur postule en mutuelle ; moi, je vise…»: her search, set against the writer's
        # «j'envoie des candidatures à des structures de l'ESS», «je veux bosser dans l'insertion»: the parse
        # says; when it says nothing, the words of the clause (the body) or the line (a CV) do.
        in_parse = _aimed_in_parse(unit, start, end, lexicon.structure, strict=strict) if parsed else None
        by_words = in_parse is None and worded
        if by_words and not source.is_document:
            by_words = _aimed_in_words(unit, start, end, lexicon, english=not parsed)
        if in_parse or by_words:
            aimed.append((start, end, label))
    return aimed


def _aimed_in_words(unit: str, start: int, end: int, lexicon: Lexicon, *, english: bool) -> bool:
    """An aim read by words: a search word in the clause or before, with no fact and no negation between."""
    clause = clause_at(unit, start, end)
    # A fact only counts when it sits between the aim and the ESS: «titulaire d'un master je cherche du
    # travail dans le domaine associatif» states an aim, «diplômé d'un master ESS» not.
    left = clause_start(unit, start)
    aims = _seek_words(unit, lexicon, left, start, english=english)
    window = unit[max(aims) : end] if aims else clause
    if _FACT_WORDS.search(window) or _negated(clause, lexicon):
        return False  # «diplômé d'un master ESS», «je ne veux pas travailler dans l'ESS»
    return bool(
        _seek_words(clause, lexicon, english=english) or _seek_words(unit[:start], lexicon, english=english)
    )


def _negated(clause: str, lexicon: Lexicon) -> bool:
    """A negation in the clause outside the ESS's own names: "a not-for-profit" names an employer, it
    denies nothing (nor does «à but non lucratif»); nor does a minimiser that denies an extravagant wish
    (figures.py's MINIMISED: «je ne demande pas la lune : un poste dans une asso»): the wish beside it
    stands."""
    for figure in reversed([f for f in figures_in(clause) if f.meaning == MINIMISED]):
        clause = clause[: figure.start] + " " + clause[figure.end :]
    names = lexicon.ess_names
    return NEGATION.search(names.sub(" ", clause) if names is not None else clause) is not None


def _seek_words(
    text: str, lexicon: Lexicon, start: int = 0, end: int | None = None, *, english: bool = True
) -> list[int]:
    """Where words of a search or an aim begin in text[start:end]. A French sentence's aims come from its
    parse; the word list by position is for English and CV lines, where the parse cannot help."""
    stop = len(text) if end is None else end
    found = [m.start() for m in _ESS_SEEK_CONTEXT.finditer(text, start, stop)]
    found += [f.start for f in figures_in(text) if f.meaning == DRAWN_TO and start <= f.start < stop]
    foreign = lexicon.structure.aim_foreign  # «bghit nkhdem f'une association»: code switching
    if foreign is not None:
        found += [m.start() for m in foreign.finditer(text, start, stop)]
    window = lexicon.structure.aim_window
    if window is not None and english:
        found += [m.start() for m in window.finditer(text, start, stop)]
    return sorted(found)


def _aimed_in_parse(
    unit: str, start: int, end: int, structure: Structure, *, strict: bool = False
) -> bool | None:
    """An ESS name governed by a search or an aim, with no fact in between: «je postule dans des
    coopératives», «mon objectif : un emploi dans une association»; not «j'ai travaillé dans une
    association», «je cherche un emploi après un master ESS», «je ne cherche pas dans l'ESS».
    None when the parse shows neither (the words of the clause then decide). `strict`, for a reading that may
    refuse, also wants the mention to be the aim's own place: not a partner («en lien avec des entreprises»),
    nor a noun of a relative clause («une association qui accompagne des entreprises»)."""
    head = phrase_head(tokens_in(parse(unit), start, end))
    # The name's own words deny or seek nothing: «sans but lucratif», «des structures qui ne cherchent pas le
    # profit» name a not-for-profit (ess.toml), their «sans», «ne … pas», «cherchent» are no aim's.
    own = range(start, end)
    placed = _said_of_the_place(head, structure, strict, own) if head is not None else None
    placed = placed if placed is not None or head is None else wanted_by_a_cleft(head, structure)  # «ce que…»
    if placed is not None:
        return placed
    if head is not None and _inside_a_fronted_time(head):
        return False  # «après un an d'emploi dans une banque, je voudrais…»: the place of a time spent
    contrasted = head is not None and _set_against_a_negation(head)
    for word in map(_progressive_verb, _chain_above(head)):
        if (
            starts_with(word, structure.aim_blockers)
            and not _in_service_of(word)
            and not _in_a_title(word, structure.aim_blockers)
        ):
            if beyond_clause(word, unit, start):
                return None  # the small model hung the name on a fact of another clause: words decide
            return False  # «diplômé d'une licence métiers de l'ESS»: the ESS names the diploma
        if _heads_a_time_phrase(word):
            return False  # «après trois ans dans une banque, je cherche…»: a time, not the aim's place
        relative = _aim_clause_on(word, structure)
        if relative is not None and relative.idx not in own:
            # «une coopérative, c'est là que je voudrais travailler», not «… que je ne voudrais pas …»
            said = [relative, *(c for c in relative.children if c.dep_ == "xcomp")]
            return not any(is_negated(t) for t in said)
        if _aim_verb(word, structure) or _pictured(word):  # «je cherche un stage»: a placement, no job
            return not (is_verb(word) and seeks_a_placement(word)) and (contrasted or not is_negated(word))
        noun = word.pos_ in {"NOUN", "PROPN"}
        if starts_with(word, _NOT_FOUND_YET) and is_negated(word):
            return True  # «je n'ai toujours pas trouvé de poste dans une association»: still searching
        if starts_with(word, structure.aim_work) and (noun or "Inf" in word.morph.get("VerbForm")):
            if noun and _measures_a_time(word):
                return False  # «après un an de contrat dans un bureau d'études, je voudrais…»: a time spent
            if is_negated(word) and not contrasted:
                return False
            return _work_aimed(word, noun, unit, start, structure)
        if is_verb(word) and (_search_begun(word, structure) or _applications_sent(word, structure)):
            # «j'ai envoyé des candidatures à plusieurs coopératives», «une dizaine de candidatures ont été
            # envoyées à des associations», «j'ai commencé à postuler dans des associations»
            return contrasted or not is_negated(word)
        if is_verb(word) and _told_in_past(word):
            # «j'ai eu un premier emploi dans une coopérative»: a past fact; but a past verb of another
            # clause («… a obtenu sa licence et cherche …», the small model missing «cherche»): words decide.
            return None if beyond_clause(word, unit, start) else False
        if is_verb(word) and _conceded(word):
            return False  # «…, même si je connais un peu le milieu associatif»: known, granted, not aimed
    return None


def _chain_above(head: Any) -> list[Any]:
    """The words governing the name, nearest first, up to its clause's top (twelve at most): the heads the
    aim, the fact or the time it is said of stand on."""
    chain: list[Any] = []
    while head is not None and head.head.i != head.i and len(chain) < 12:
        if is_verb(head) and head.dep_ == "conj":
            break  # «diplômée d'une licence et je cherche un emploi dans l'ESS»: another clause above
        head = _completed_noun(head)
        chain.append(head)
    return chain


def _conceded(verb: Any) -> bool:
    """A verb of no aim heading a concession hung on the aim («c'est là que je veux travailler, même si je
    connais un peu le milieu associatif», "even though I know charities"): the place named there is granted
    by the way, not the aim's place; the climb to the aim above stops there. (h-aaim)"""
    concessive = load_meanings()["concessive"]
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return verb.dep_ == "advcl" and any(concessive.holds(c.lower_) for c in marks)


_MARK_DE = frozenset({"de", "d'", "d’"})


def _set_against_a_negation(head: Any) -> bool:
    """The place is set apart from a negation above it: after «mais» («je ne veux pas travailler dans une
    banque mais dans une coopérative»), said to be the only one («je veux non travailler dans le privé,
    seulement dans une association»), or beside a minimiser that only denies an extravagant wish («je ne
    demande pas la lune : un poste dans une coopérative»)."""
    after_but = any(c.lower_ in {"mais", "but"} for c in head.children)
    return after_but or _the_only_place(head) or _wish_minimised(head)


def _wish_minimised(word: Any) -> bool:
    """The verb governing `word` is the head of a minimiser that denies an extravagant wish (figures.py's
    MINIMISED: «je ne demande pas la lune : …», "I'm not asking for the moon, just…"): its negation is the
    figure's, the wish told beside it stands."""
    governing = predicate_of(word)
    return any(
        f.meaning == MINIMISED and f.start <= governing.idx < f.end for f in figures_in(word.doc.text)
    )


def _progressive_verb(word: Any) -> Any:
    """«je suis en train de démarcher les associations»: the small model makes «train» the head and hangs the
    object on it; the verb the progressive carries is the word that aims (or not). Any other word: itself."""
    if word.lower_ != "train" or not any(c.lower_ == "en" for c in word.children):
        return word
    carried = (c for c in word.children if is_verb(c) and any(m.lower_ in _MARK_DE for m in c.children))
    return next(carried, word)


# Adverbs that make a place the only one: «seulement», «uniquement», «exclusivement», "only", "just".
_ONLY = frozenset({"seulement", "uniquement", "exclusivement", "only", "just", "juste"})


def _the_only_place(noun: Any) -> bool:
    """«seulement dans une association», «uniquement en coopérative»: an adverb of restriction on the place
    itself, not denied («pas seulement dans l'associatif» is a search open to more); or any restriction the
    operator reader finds on it (clauses.py: ONLY — «je ne me vois nulle part ailleurs que dans une SCOP»,
    «je ne postule qu'en coopérative»), whatever negation stands on the verb."""
    if read_operator(noun).operator == Operator.ONLY:
        return True
    only = [c for c in noun.children if c.lower_ in _ONLY]
    return any(not any(g.lower_ in {"pas", "non", "not"} for g in c.children) for c in only) and not any(
        t.lower_ in {"pas", "not"} for t in noun.doc[max(0, noun.i - 4) : noun.i]
    )


def _pictured(verb: Any) -> bool:
    """«je me vois travailler dans une coopérative», «je m'imagine dans une association»: the writer pictures
    themselves there (a reflexive verb of seeing or imagining) — an aim, as a wish is."""
    reflexive = any(c.lower_ in {"me", "m'", "m’"} for c in verb.children)
    return reflexive and is_verb(verb) and verb.lower_.startswith(_PICTURING)


_PICTURING = ("voi", "voy", "imagin", "projet")


def _applications_sent(verb: Any, structure: Structure) -> bool:
    return any(_names_applications(c, structure) for c in verb.children)


# Verbs of a phase begun or going on: «j'ai commencé à postuler», «je continue de chercher».
_GOING_ON = ("commenc", "recommenc", "continu", "poursui")


def _search_begun(verb: Any, structure: Structure) -> bool:
    """«j'ai commencé à postuler dans des associations»: a compound past of beginning, whose infinitive is a
    search, tells a search still going on (not «j'ai arrêté de postuler», a phase that ended)."""
    return starts_with(verb, _GOING_ON) and any(
        c.dep_ == "xcomp" and starts_with(c, structure.aim_search) for c in verb.children
    )


def _work_aimed(word: Any, noun: bool, unit: str, start: int, structure: Structure) -> bool | None:
    """A job («un emploi», «un taf») or work («travailler») leading to the place: an aim unless the job is
    told in the past. «jcherche un taf en mutuelle»: a search word right above the job says it is sought,
    even when the small model tags it as a noun; a past verb of another clause leaves it to the words."""
    governing = predicate_of(word)
    sought = starts_with(governing, structure.aim_search) or starts_with(word.head, structure.aim_search)
    sought = sought or _named_by_a_cleft(word, noun, structure)
    if noun and not sought and _held_now(word, governing):
        return False  # «je suis en CDD dans une grande surface», «j'occupe un poste en supermarché»: held
    if noun and governing.i != word.i and not sought:
        # «j'ai eu un premier emploi dans une association» is a past job, not an aim.
        past = read_word(word).tense == PAST
        return None if past and beyond_clause(governing, unit, start) else not past
    return True


def _heads_a_time_phrase(word: Any) -> bool:
    """«après trois ans dans une banque»: `word` is the noun of a phrase in «après», «pendant», «depuis»….
    Not «depuis je cherche dans les associations» (since then, I have been looking): a word with its own
    subject is a verb, whatever tag the small model gives it, and «depuis» before it an adverb of time."""
    if any(c.dep_.startswith("nsubj") for c in word.children):
        return False
    return any(c.dep_ == "case" and c.lower_ in _TIME_PREPOSITIONS for c in word.children)


def _inside_a_fronted_time(place: Any) -> bool:
    """«Après un an d'emploi dans une banque, je voudrais travailler dans une association»: the small model
    hangs the bank on «voudrais», but it stands inside the time phrase put first, before the comma and the
    subject: the place of a time spent, not the aim's. Not «après mon master, je cherche dans une banque»
    (the comma closes the time phrase before the place)."""
    verb = place.head
    if verb.i == place.i or not place.dep_.startswith("obl") or place.i > verb.i:
        return False
    if not any(c.dep_.startswith("nsubj") and place.i < c.i < verb.i for c in verb.children):
        return False
    doc = place.doc
    for time in (c for c in verb.children if c.i < place.i and _heads_a_time_phrase(c)):
        if not any(t.is_punct for t in doc[time.i : place.i]):
            return True
    return False


def _measures_a_time(job: Any) -> bool:
    """«Après un an de contrat dans un bureau d'études, je voudrais revenir vers…», «après deux ans d'emploi
    en grande surface, je cherche…»: the job completes the noun of a time the sentence starts from (a phrase
    in «après», «pendant», «depuis»…), so it is a time spent, not the aim, and its place is no aim's place.
    Not «je cherche un emploi après mon master»: there the time phrase hangs below the job, not above it."""
    current = job
    for _ in range(4):
        head = current.head
        if head.i == current.i or not current.dep_.startswith("nmod") or head.pos_ not in {"NOUN", "PROPN"}:
            return False
        if _heads_a_time_phrase(head):
            return True
        current = head
    return False


def _named_by_a_cleft(word: Any, noun: bool, structure: Structure) -> bool:
    """A job named as what the writer seeks by a cleft, whichever way the small model hangs it."""
    return _cleft_around(word, structure) or (noun and _cleft_answering(word, structure))


def _cleft_around(word: Any, structure: Structure) -> bool:
    """«Ce que je veux, c'est un poste dans…», «ce que je cherche : un CDI…»: the job is said to be what the
    writer's clause of aim names (the small model hangs the job on «ce» or «ce» on the job)."""
    sides = [word.head, *word.children]
    return any(
        side.i != word.i
        and side.lower_ in {"ce", "c'", "cela", "ça"}
        and _aim_clause_on(side, structure) is not None
        # not «ce que je ne veux pas, c'est…»
        and not NEGATION.search(word.doc[min(side.i, word.i) : max(side.i, word.i)].text)
        for side in sides
    )


def _cleft_answering(word: Any, structure: Structure) -> bool:
    """«Ce que je cherche, c'est un emploi dans une association»: the job is the predicate of «c'est», and
    a «ce que…» clause of the sentence names the search it answers (the small model hangs it anywhere)."""
    if not any(c.dep_ == "cop" for c in word.children):
        return False
    return any(
        t.i < word.i
        and t.head.lower_ in {"ce", "ça", "cela"}
        and (_aim_verb(t, structure) or _writers_need(t))
        and any(c.lower_ in {"que", "qu'", "qui"} for c in t.children)
        and not NEGATION.search(word.doc[t.head.i : word.i].text)  # not «ce que je ne cherche pas, c'est…»
        for t in word.doc
    )


_NOW_LABEL = re.compile(
    r"^\W*(?:situation(?: actuelle)?|poste actuel|emploi actuel|current (?:position|job|situation))\s*:", re.I
)
# Verbs of holding a post now: «j'occupe un poste de…», «j'exerce un emploi de…».
_HOLDING = ("occup", "exerc")


def _held_now(word: Any, governing: Any) -> bool:
    """A job told as the writer's present one, not sought: the predicate of a copula in the present («je
    suis en CDD»), or the object of a verb of holding («j'occupe actuellement un poste»)."""
    if read_word(word).tense != PRESENT:
        return False
    if governing.i == word.i:
        return any(c.dep_ == "cop" for c in word.children)
    return word.dep_ == "obj" and starts_with(governing, _HOLDING)


def _place_denied(noun: Any, own: range = range(0)) -> bool:
    """«ni dans une banque», «sans cabinet»: a negation of the noun itself, not of the verb above it («je
    n'ai pas trouvé de poste dans une association» still aims there), nor one inside the place's own name
    (`own`, its characters: «une structure sans but lucratif»)."""
    before = {t.lower_ for t in noun.doc[max(0, noun.i - 4) : noun.i] if t.idx not in own}
    # «au lieu d'un…»; «plutôt qu'en grande surface», «plus envie d'une coopérative que d'une banque»
    rather = "lieu" in before or compared_away(noun)
    denying = [c for c in noun.children if c.idx not in own]
    return (
        rather
        or bool(before & _PLACE_NEGATORS)
        or any(c.lower_ in _PLACE_NEGATORS for c in denying)
        or _set_aside(denying)
        or set_aside_by_a_contrast(noun)  # «ma propre société, pas être salariée d'une association»
    )


def _set_aside(children: list[Any]) -> bool:
    """«je vise un poste au ministère, pas dans une association», "not at a charity": a bare «pas» / "not"
    of the place's own, set after the place aimed; not one that opens a restriction («pas seulement dans une
    association», «pas forcément», «pas que»: a search open to more, read by _ess_not_required). (h-aaim)"""
    bare = [c for c in children if c.lower_ in {"pas", "not"} and c.dep_ == "advmod"]
    near = [*children, *(g for c in bare for g in c.children)]
    restricted = any(w.lower_ in _RESTRICTIONS or w.lower_ in _ONLY for w in near)
    return bool(bare) and not restricted


def _the_aims_own_place(noun: Any, structure: Structure) -> bool:
    """The noun is where the aim points, not a partner («avec», «vers») nor a noun of a clause that
    qualifies another one («qui accompagne des entreprises»); the writer's own clause of aim («ce que je
    cherche : un poste dans…») is no such clause."""
    if any(c.dep_ == "case" and c.lower_ in _NOT_A_PLACE for c in noun.children):
        return False
    current = noun
    for _ in range(12):
        if current.head.i == current.i:
            return True
        if is_verb(current) and current.dep_ == "acl:relcl":
            cleft = _CLEFT_PRONOUN.search(current.head.lower_) is not None
            return cleft and starts_with(current, structure.aim_search)
        current = current.head
    return True


# «ce que je cherche : …»: a pseudo-cleft, the writer's own clause of aim hung on «ce».
_CLEFT_PRONOUN = re.compile(r"^(?:ce|c'|cela|ça)$")
_NOT_A_PLACE = frozenset({"avec", "vers", "sur", "contre", "envers", "entre"})
_PLACE_NEGATORS = frozenset({"ni", "sans", "aucun", "aucune", "without", "nor", "neither"})
_TIME_PREPOSITIONS = frozenset({"après", "avant", "pendant", "durant", "depuis"})
_DE = frozenset({"de", "d'", "d’", "du", "des"})


def _completed_noun(token: Any) -> Any:
    """The word `token` depends on. A complement in «de» completes the noun right before it («les offres
    d'associations»), whatever the small model says when a time phrase comes first («je réponds en ce moment
    aux offres d'associations» hangs «associations» on «moment»)."""
    head = token.head
    if token.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in _DE for c in token.children):
        return head
    nouns = [t for t in token.doc[head.i + 1 : token.i] if t.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1] if head.i < token.i and nouns else head


def _names_applications(word: Any, structure: Structure) -> bool:
    """The object of an act, or the subject of its passive, that is applications: «des candidatures», «une
    dizaine de candidatures»."""
    if word.dep_ not in {"obj", "nsubj:pass"}:
        return False
    return starts_with(word, structure.aim_search) or any(
        c.dep_ == "nmod" and starts_with(c, structure.aim_search) for c in word.children
    )


# Not having found a job there yet is searching there: «je ne trouve pas de poste dans l'ESS».
_NOT_FOUND_YET = ("trouv", "décroch")


def _in_a_title(word: Any, blockers: tuple[str, ...]) -> bool:
    """«chargée d'études», «bureau d'études»: a bare «de» complement of a job's name is part of that
    name, not a course between the aim and the ESS («diplômée de master», «mon master» stay facts)."""
    marked = {c.lower_ for c in word.children} & {"de", "d'", "d’"}
    bare = marked and not any(c.dep_ == "det" for c in word.children)
    title = word.head.pos_ in {"NOUN", "VERB", "ADJ"} and word.head.i != word.i
    return bool(bare and title and not starts_with(word.head, blockers))


def _aim_clause_on(word: Any, structure: Structure) -> Any:
    """A relative clause of aim hung on the word: «c'est là que je voudrais travailler», «c'est dans une
    association que je postule»; the ESS name it points back to is the aim's place."""
    return next(
        (
            c
            for c in word.children
            if c.dep_ == "acl:relcl"
            and is_verb(c)
            and (_aim_verb(c, structure) or _writers_need(c))
        ),
        None,
    )


# The aim said by a figure of attraction (figures.toml's `drawn_to`, literally «intéresser»): «ce qui me
# branche, c'est…», «les coopératives, ça me botte».
DRAWN_TO = "drawn_to"


def _aim_verb(word: Any, structure: Structure) -> bool:
    """A verb (or noun) of search or aim: its own word («cherche», «vise», «m'intéresse»), or a figure that
    says it (figures.py: «me branche» heard as «intéresser»)."""
    if starts_with(word, structure.aim_search):
        return True
    return literal_lemma(word) == "intéresser"


# «falloir»'s forms: «il faut», «il faudrait», «il fallait».
_NEED = ("faut", "faudr", "fall")


def _writers_need(verb: Any) -> bool:
    """«ce qu'il me faut», «ce qu'il me faudrait»: «falloir» with the writer as its dative says what the
    writer needs — an aim; a bare «il faut» (a rule, another's need) does not."""
    return starts_with(verb, _NEED) and any(
        c.dep_ in {"iobj", "obj"} and c.morph.get("Person") == ["1"] and c.lower_ in {"me", "m'", "m’"}
        for c in verb.children
    )


def _said_of_the_place(noun: Any, structure: Structure, strict: bool, own: range = range(0)) -> bool | None:
    """What the place's own phrase says, before the verbs above it are read: denied, not the aim's own
    place (for a `strict` reading), or the object of the writer's relative clause of aim (`own`: the
    characters of the place's name, whose words are none of these)."""
    if _place_denied(noun, own):
        return False  # «je ne veux travailler ni dans une banque ni dans un fonds»: the place is denied
    if strict and not _the_aims_own_place(noun, structure):
        return False
    return _writers_aim_on(noun, structure)


def _writers_aim_on(noun: Any, structure: Structure) -> bool | None:
    """«c'est au sein d'une association que je souhaiterais exercer», «une coopérative que j'aimerais
    rejoindre»: a relative clause of aim whose subject is the writer, hung on the place itself (the small
    model often hangs a cleft's «que» there); «une association qui cherche des bénévoles» is not the
    writer's aim (no first person)."""
    relative = _aim_clause_on(noun, structure)
    writer = relative is not None and any(
        c.dep_ == "nsubj" and c.morph.get("Person") == ["1"] for c in relative.children
    )
    if relative is None or not writer:
        return None
    said = [relative, *(c for c in relative.children if c.dep_ == "xcomp")]
    return not any(is_negated(t) for t in said)


def _in_service_of(word: Any) -> bool:
    """«mettre mes compétences au service d'une association»: the locution is an aim, not a civic service;
    «le service marketing de L'Oréal», «le service RH d'une mutuelle»: a department of the employer, named
    as the place sought (a civic service says its kind: «service civique», «service volontaire»)."""
    if word.lower_ not in {"service", "services"}:
        return False
    locution = any(c.lower_ in {"au", "à"} for c in word.children)
    # «mon service à la Croix-Rouge» is the writer's own service, a civic one as they say it
    own = any("Yes" in c.morph.get("Poss") for c in word.children)
    civic = any(c.lower_.startswith(_CIVIC) for c in word.children)
    department = word.pos_ == "NOUN" and not own and not civic
    return locution or department


_CIVIC = ("civi", "volontai", "nationa")  # «service civique», «service volontaire européen», «national»


# A contrast turning a past search into today's: «…, mais aujourd'hui …», "…, but I'm now …".
_CONTRAST = re.compile(r"(?i)[,;]?\s+\b(?:mais|alors qu['’]?e?)\b\s+")
# In English only: «but» is a French noun too («à but non lucratif»).
_EN_CONTRAST = re.compile(r"(?i)[,;]?\s+\b(?:but|whereas)\b\s+")
# A past said to reach today («j'ai toujours voulu», «depuis toujours», "always"), or a today said beside it.
_STILL = re.compile(r"(?i)\b(?:toujours|encore|always|still)\b")
_NOW_WORDS = re.compile(
    r"(?i)\b(?:aujourd['’]hui|maintenant|actuellement|désormais|dorénavant|now|currently|these days|today)\b"
)


# The aim is read without the reading day: a present under a year («En 2025, je postule…») is then never
# re-read as a narrative past — it stays a search told now, as before time_of.
_NO_DAY = date.min


# The conditional of possibility: «je pourrais», «on pourrait», "I could", "I might".
_POSSIBLE = re.compile(r"(?i)\b(?:pourr(?:ais|ait|ions|iez|aient)|could|might)\b")
_WEIGHED = "Un employeur hors de l'ESS envisagé comme possible, à côté de l'ESS : à vérifier."


def _weighed_as_possible(unit: str, lexicon: Lexicon) -> bool:
    """A conditional of possibility before the first employer outside the ESS, in its clause («je pourrais
    aussi bien travailler dans une entreprise classique»); not one said after it («… une banque, où je
    pourrais gérer…», «votre accompagnement pourrait m'aider»)."""
    spans = commercial_employers(unit, lexicon, french=not is_english(unit))
    if not spans:
        return False
    first = min(start for start, _ in spans)
    return any(_POSSIBLE.finditer(unit, clause_start(unit, first), first))


def _past_then_now(unit: str) -> tuple[str, str] | None:
    """A unit telling a search of the past, then, after a contrast, one told now ("I used to apply to
    charities, but I'm currently applying to banks"): its two parts, else None."""
    turn = (_EN_CONTRAST if is_english(unit) else _CONTRAST).search(unit)
    if turn is None:
        return None
    first, then = unit[: turn.start()], unit[turn.end() :]
    return (first, then) if _closed_past(first) and not _closed_past(then) else None


def _closed_past(unit: str) -> bool:
    """Every main verb of the unit tells a past (clauses.time_of / english_time: «je cherchais», «j'avais
    postulé», «j'ai candidaté», "I used to apply", "I had applied"), and nothing says it reaches today
    («toujours», "always", «aujourd'hui», "now"). A «venir de» (just done) is today's news, not a past."""
    if _STILL.search(unit) or _NOW_WORDS.search(unit):
        return False
    if is_english(unit):
        timed = english_time(unit)
        return timed.time == PAST and timed.aspect != Aspect.JUST_DONE
    # Every verb of the unit that carries a time (not an auxiliary, a copula, an infinitive): «Elle a obtenu
    # sa licence et cherche un emploi…», «mon projet a changé : je ne cherche plus…» tell a search of now.
    verbs = [t for t in parse(unit) if is_verb(t) and t.dep_ not in _NO_TIME_OF_ITS_OWN]
    times = [timed for timed in (time_of(v, _NO_DAY) for v in verbs) if timed.time]
    return bool(times) and all(t.time == PAST and t.aspect != Aspect.JUST_DONE for t in times)


_NO_TIME_OF_ITS_OWN = frozenset({"aux", "aux:tense", "aux:pass", "cop"})


def _told_in_past(verb: Any) -> bool:
    """A compound past («j'ai eu», «j'ai travaillé») or an imperfect («je travaillais»): a fact."""
    if not any(c.dep_.startswith("nsubj") for c in verb.children):
        return False  # no subject: the small model's reading is too weak to veto anything
    compound = any(c.dep_ == "aux:tense" for c in verb.children) and tense_of(verb) == PAST
    return compound or "Imp" in verb.morph.get("Tense")


def _expresses_aim(unit: str, source: Source, lexicon: Lexicon, *, english: bool = True) -> bool:
    """An aim («je cherche un poste dans…», a CV headline «Recherche d'emploi - ESS»), not a past fact."""
    if source.is_document:
        # On a CV, only a headline or an objective states an aim; dated experiences and schools do not.
        if re.search(r"\b(?:19|20)\d\d\b", unit) or _FACT_WORDS.search(unit):
            return False
        if re.match(
            r"^\W*(?:objectif|objective|career goal|projet professionnel|projet\s*:|poste recherch|recherche|"
            r"cherche|en recherche|seeking|looking|rejoindre|int[ée]grer|travailler (?:dans|au sein|pour)|"
            r"trouver un (?:premier )?(?:emploi|poste|travail)|(?:to )?work (?:in|for|at)|to join)",
            unit,
            re.IGNORECASE,
        ):
            return True
        return len(unit) <= 80 and (
            _HEADLINE_SEEKING.search(unit) is not None
            or _SEEKING_ASIDE.search(unit) is not None
            or bool(
                re.search(
                    r"\b(?:charg[ée]e? de (?:projet|mission)|coordinat|chef de projet)\b.{0,20}\bESS\b",
                    unit,
                    re.IGNORECASE,
                )
            )
        )
    return bool(_seek_words(unit, lexicon, english=english))
