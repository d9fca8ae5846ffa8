"""Eligibility: the criteria of rules/eligibility.toml evaluated on the facts, each with its evidence."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from intake import resources
from intake.understanding.dates import find_dates, months_between
from intake.understanding.facts import ApplicantFacts, Evidence, SituationFacts

# The shipped rules; `resources.rules_dir()` is the directory in use (config `rules.dir`).
DEFAULT_RULES_DIR = resources.BUNDLED_RULES_DIR
MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
ELIGIBLE, TO_VERIFY, NOT_ELIGIBLE = "eligible", "to_verify", "not_eligible"
VERDICTS = (ELIGIBLE, TO_VERIFY, NOT_ELIGIBLE)
# How the coordinator reads a verdict, everywhere it is shown (queue, case page, CLI, report).
VERDICT_FR = {ELIGIBLE: "éligible", TO_VERIFY: "à vérifier", NOT_ELIGIBLE: "non éligible"}
# The sentences a criterion may carry beside its label (see rules/eligibility.toml).
ASK, CONDITION = "ask", "condition"
_NOT_PARAMS = frozenset({"id", "label", "check", ASK, CONDITION})


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str  # French, for the coordinator, already filled with the parameters
    check: str
    params: dict[str, Any]
    # ASK / CONDITION → language → sentence, as written in the rules (placeholders unfilled).
    wording: dict[str, dict[str, str]] = field(default_factory=dict)

    def says(self, what: str, language: str) -> str:
        """This criterion's `what` sentence (ASK or CONDITION) in `language`, filled with its own parameters.

        French when the language has no sentence; the label when the criterion has none at all.
        """
        sentences = self.wording.get(what, {})
        sentence = sentences.get(language) or sentences.get("fr")
        return sentence.format(**self.params) if sentence else self.label


def verdict_of(statuses: Iterable[str | None]) -> str:
    """The one verdict rule: not_eligible if any criterion is not met, else to_verify if any is unknown,
    else eligible. No criterion at all is to_verify: nothing checked is no reason to presume anyone eligible.
    """
    seen = set(statuses)
    if NOT_MET in seen:
        return NOT_ELIGIBLE
    if UNKNOWN in seen or not seen:
        return TO_VERIFY
    return ELIGIBLE


@dataclass(frozen=True)
class CriterionResult:
    id: str
    label: str
    status: str  # met / not_met / unknown
    reason: str  # French, for the coordinator
    evidence: Evidence | None


@dataclass(frozen=True)
class Assessment:
    verdict: str  # eligible / to_verify / not_eligible
    criteria: tuple[CriterionResult, ...]


def load_criteria(rules_dir: Path | None = None) -> tuple[Criterion, ...]:
    """The criteria of `rules_dir`/eligibility.toml (default: the rules in use), read once per directory."""
    return _load_criteria(rules_dir or resources.rules_dir())


@lru_cache(maxsize=8)
def _load_criteria(rules_dir: Path) -> tuple[Criterion, ...]:
    with (rules_dir / "eligibility.toml").open("rb") as fh:
        data = tomllib.load(fh)
    out = []
    for entry in data.get("criterion", []):
        params = {k: v for k, v in entry.items() if k not in _NOT_PARAMS}
        wording = {what: dict(entry[what]) for what in (ASK, CONDITION) if what in entry}
        label = entry["label"].format(**params)
        out.append(Criterion(entry["id"], label, entry["check"], params, wording))
    return tuple(out)


Check = Callable[[ApplicantFacts, dict[str, Any], date], tuple[str, str, Evidence | None]]


def check_min_degree_level(
    facts: ApplicantFacts, params: dict[str, Any], today: date
) -> tuple[str, str, Evidence | None]:
    minimum = int(params.get("min_level", 2))
    edu = facts.education
    best = edu.highest if edu else None
    if best is None:
        if edu is not None and edu.unclassified:
            other = edu.unclassified[0]
            return UNKNOWN, f"Diplôme non reconnu, niveau à vérifier : « {other.text[:120]} ».", other
        return UNKNOWN, "Aucun diplôme trouvé dans le message ni le CV.", None
    if not best.obtained:
        return UNKNOWN, f"{best.label} en cours, pas encore obtenu.", best.evidence
    if best.level >= minimum:
        return MET, f"{best.label} (bac+{best.level}) obtenu, au moins bac+{minimum}.", best.evidence
    if edu is not None and edu.unclassified:
        # A diploma the lexicon does not know may be the higher one: say so rather than reject.
        other = edu.unclassified[0]
        return UNKNOWN, f"Diplôme non reconnu, niveau à vérifier : « {other.text[:120]} ».", other
    return (
        NOT_MET,
        f"Plus haut diplôme obtenu : {best.label} (bac+{best.level}), moins que bac+{minimum}.",
        best.evidence,
    )


def check_recent_graduation(
    facts: ApplicantFacts, params: dict[str, Any], today: date
) -> tuple[str, str, Evidence | None]:
    limit = int(params.get("max_months", 24))
    best = facts.education.highest if facts.education else None
    alone = facts.education.graduation_alone if facts.education else None
    if best is None and alone is not None:
        # «J'ai terminé mes études en juin 2026»: the date is told, the diploma is not.
        return _graduated_since(alone.value, limit, today, alone.evidence)
    if best is None or not best.obtained or not best.graduation:
        return UNKNOWN, "Date d'obtention du diplôme inconnue.", best.evidence if best else None
    if best.level < int(params.get("min_level", 2)):
        # The dated diploma is the bac: its date says nothing about the graduation the programme means.
        unknown_diploma = facts.education.unclassified if facts.education else []
        evidence = unknown_diploma[0] if unknown_diploma else best.evidence
        return UNKNOWN, f"Seul diplôme daté : {best.label}, sans rapport avec la condition de date.", evidence
    return _graduated_since(best.graduation, limit, today, best.evidence)


def _graduated_since(
    graduation: str, limit: int, today: date, evidence: Evidence
) -> tuple[str, str, Evidence | None]:
    when = find_dates(graduation)[0]
    earliest, latest = when.bounds()
    now = (today.year, today.month)
    longest, shortest = months_between(earliest, now), months_between(latest, now)
    if longest <= limit:
        return MET, f"Diplômé·e en {graduation}, il y a {longest} mois (≤ {limit}).", evidence
    if shortest > limit:
        return NOT_MET, f"Diplômé·e en {graduation}, il y a plus de {limit} mois.", evidence
    return (
        UNKNOWN,
        f"Diplômé·e en {graduation} : le mois manque pour savoir si c'est il y a {limit} mois au plus.",
        evidence,
    )


_SITUATION_WORDS = {
    "studying": "études en cours",
    "internship": "stage en cours",
    "service_civique": "service civique en cours",
    "career_change": "reconversion professionnelle",
    "employed": "emploi en cours",
}


def check_not_in_situation(
    facts: ApplicantFacts, params: dict[str, Any], today: date
) -> tuple[str, str, Evidence | None]:
    situations = list(params.get("situations", []))
    sit = facts.situation
    for name in situations:
        evidence = sit.flags.get(name) if sit else None
        if name == "studying" and evidence is None and facts.education is not None:
            evidence = facts.education.studying
            doubted = facts.education.studies_doubted
            # «Normalement, je serai diplômée (licence pro)»: in progress in a doubted sentence, it is asked;
            # so in the first of the sentences doubted together («Je suis en M2. … La note est attendue.»).
            ongoing = [
                m
                for m in facts.education.mentions
                if m.in_progress and not m.obtained and not _told_in(m.evidence, doubted)
            ]
            if evidence is None and ongoing:
                evidence = ongoing[0].evidence  # «Master 2 (en cours)» next to an obtained licence
        if evidence is not None:
            return (
                NOT_MET,
                f"{_SITUATION_WORDS.get(name, name).capitalize()} : « {evidence.text[:140]} ».",
                evidence,
            )
    for name in situations:
        unsure = sit.uncertain.get(name) if sit else None
        if name == "studying" and unsure is None and facts.education is not None:
            unsure = facts.education.studies_doubted  # «normalement diplômée en décembre»: asked
        if unsure is not None:
            # The sentence names the situation but its structure does not say «now»: the coordinator asks.
            return UNKNOWN, f"{_unsure_reason(name, unsure, params)} : « {unsure.text[:140]} ».", unsure
    asked = _asked_situation(sit, params)
    if asked is not None:
        return UNKNOWN, f"Emploi en cours ? À vérifier : « {asked.text[:140]} ».", asked
    words = ", ".join(_SITUATION_WORDS.get(n, n) for n in situations)
    return MET, f"Rien n'indique : {words}.", None


def _told_in(evidence: Evidence, doubted: Evidence | None) -> bool:
    """`evidence` is the doubted words, or one of the sentences they join, in the same place."""
    return doubted is not None and evidence.where == doubted.where and evidence.text in doubted.text


def _unsure_reason(name: str, unsure: Evidence, params: dict[str, Any]) -> str:
    """What is asked: whether the situation runs now, or, for a volunteering whose kind the sentence does not
    name («je fais un volontariat en ce moment»), which scheme it is."""
    named = [str(w).lower() for w in params.get("kind_named_by", [])]
    if params.get("kind_unsaid") and named and not any(w in unsure.text.lower() for w in named):
        return str(params["kind_unsaid"])
    return f"{_SITUATION_WORDS.get(name, name).capitalize()} ? À vérifier"


def _asked_situation(sit: SituationFacts | None, params: dict[str, Any]) -> Evidence | None:
    """«Je travaille en ce moment en CDI…»: a situation that does not settle the criterion, but puts it in
    doubt."""
    words = [re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE) for w in params.get("ask_if_words", [])]
    for name in params.get("ask_if", []):
        evidence = sit.flags.get(name) if sit else None
        if evidence is not None and (not words or any(w.search(evidence.text) for w in words)):
            return evidence
    return None


def check_seeks_ess_job(
    facts: ApplicantFacts, params: dict[str, Any], today: date
) -> tuple[str, str, Evidence | None]:
    sit = facts.situation
    if sit is None:
        return UNKNOWN, "Situation inconnue.", None
    if sit.ess_interest is False:
        return NOT_MET, sit.ess_refused_why or "Ne souhaite pas travailler dans l'ESS.", sit.ess_refused
    if sit.ess_interest:
        sectors = f" (secteurs : {', '.join(sit.sectors)})" if sit.sectors else ""
        return MET, f"Cherche un emploi dans l'ESS{sectors}.", sit.ess_evidence
    if sit.ess_evidence is not None and sit.ess_refused is not None:
        # Employers of the ESS and others aimed at together («une ONG ou les Nations unies»): the coordinator
        # asks which the search is for.
        both = "Recherche tournée à la fois vers l'ESS et hors de l'ESS : à vérifier."
        return UNKNOWN, both, sit.ess_evidence
    if sit.any_sector is not None:
        return (
            UNKNOWN,
            "Recherche un emploi « tous secteurs » : intérêt pour l'ESS à vérifier.",
            sit.any_sector,
        )
    return UNKNOWN, "Aucune mention d'une recherche d'emploi dans l'ESS.", sit.seeking


CHECKS: dict[str, Check] = {
    "min_degree_level": check_min_degree_level,
    "recent_graduation": check_recent_graduation,
    "not_in_situation": check_not_in_situation,
    "seeks_ess_job": check_seeks_ess_job,
}


def assess(facts: ApplicantFacts, *, today: date, rules_dir: Path | None = None) -> Assessment:
    results: list[CriterionResult] = []
    for criterion in load_criteria(rules_dir):
        check = CHECKS.get(criterion.check)
        if check is None:
            results.append(
                CriterionResult(
                    criterion.id,
                    criterion.label,
                    UNKNOWN,
                    f"Vérification inconnue : {criterion.check}.",
                    None,
                )
            )
            continue
        status, reason, evidence = check(facts, criterion.params, today)
        results.append(CriterionResult(criterion.id, criterion.label, status, reason, evidence))
    return Assessment(verdict=verdict_of(r.status for r in results), criteria=tuple(results))
