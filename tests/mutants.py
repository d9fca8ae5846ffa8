"""Hand-made mutants of the understanding, eligibility and triage code: do the tests notice a break?

Each mutant replaces one piece of text in one source file by a broken version (negation ignored, a
threshold moved, `unknown` read as `met`…), in a COPY of the tree, and runs only the test files that
should catch it. A mutant is «killed» when those tests fail, «survived» when they stay green — a gap in the
tests to close —, «not applicable» when its text is no longer in the file (the code moved: update the
mutant). Not a pytest module (its name does not start with test_): run it by hand, it takes minutes.

    nice -n 15 .venv/bin/python tests/mutants.py            # every mutant
    nice -n 15 .venv/bin/python tests/mutants.py tense_ignored negation_ignored
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON = REPO / ".venv" / "bin" / "python"
UNDERSTANDING = (
    "tests/test_understanding.py",
    "tests/test_understanding_phrasing.py",
    "tests/test_understanding_structure.py",
    "tests/test_understanding_tuning.py",
    "tests/test_eligibility.py",
    "tests/test_understanding_decisions.py",
)
VERDICT = ("tests/test_eligibility.py", "tests/test_drafts.py", "tests/test_criteria_wording.py")
TRIAGE = ("tests/test_cases.py", "tests/test_sender_trust.py", "tests/test_triage_decisions.py")
IGNORED = shutil.ignore_patterns(".venv", ".git", "*.egg-info", "__pycache__", ".mypy_cache", ".ruff_cache")


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


MUTANTS = (
    Mutant(
        "any_sector_empty",
        "rules/lexicon/ess.toml",
        'any_sector = ["tous secteurs"',
        'any_sector_off = ["tous secteurs"',
        UNDERSTANDING,
    ),
    Mutant(
        "negation_ignored",
        "intake/understanding/clauses.py",
        '«je ne veux pas faire de stage»)."""\n',
        '«je ne veux pas faire de stage»)."""\n    return False\n',
        UNDERSTANDING,
    ),
    Mutant(
        "tense_ignored",
        "intake/understanding/clauses.py",
        '    """past / present / future, from the morphology of the predicate and its auxiliaries."""\n',
        '    """past / present / future, from the morphology of the predicate and its auxiliaries."""\n'
        "    return PRESENT\n",
        UNDERSTANDING,
    ),
    Mutant(
        "situation_priority_swapped",
        "intake/understanding/situation.py",
        '"career_change", "employed", "seeking")',
        '"employed", "career_change", "seeking")',
        UNDERSTANDING,
    ),
    Mutant(
        "career_change_read_like_other_situations",
        "intake/understanding/situation.py",
        'if name == "career_change"\n',
        'if name == "no_such_situation"\n',
        UNDERSTANDING,
    ),
    Mutant(
        "diploma_in_progress_counts_as_obtained",
        "intake/understanding/education.py",
        "obtained = i not in cancelled and not in_progress",
        "obtained = i not in cancelled",
        UNDERSTANDING,
    ),
    Mutant(
        "months_counted_one_short",
        "intake/understanding/dates.py",
        "return (later[0] - earlier[0]) * 12 + (later[1] - earlier[1])",
        "return (later[0] - earlier[0]) * 12 + (later[1] - earlier[1]) - 1",
        UNDERSTANDING,
    ),
    Mutant(
        "degree_in_progress_unknown_turned_met",
        "intake/eligibility.py",
        'return UNKNOWN, f"{best.label} en cours, pas encore obtenu."',
        'return MET, f"{best.label} en cours, pas encore obtenu."',
        UNDERSTANDING,
    ),
    Mutant(
        "any_sector_unknown_turned_met",
        "intake/eligibility.py",
        '            UNKNOWN,\n            "Recherche un emploi « tous secteurs »',
        '            MET,\n            "Recherche un emploi « tous secteurs »',
        UNDERSTANDING,
    ),
    Mutant(
        "graduation_limit_exclusive",
        "intake/eligibility.py",
        "if longest <= limit:",
        "if longest < limit:",
        UNDERSTANDING,
    ),
    Mutant(
        "permanent_job_never_asked",
        "intake/eligibility.py",
        'for name in params.get("ask_if", []):',
        "for name in []:",
        UNDERSTANDING,
    ),
    Mutant(
        "verdict_to_verify_becomes_eligible",
        "intake/eligibility.py",
        "    if UNKNOWN in seen or not seen:\n        return TO_VERIFY",
        "    if UNKNOWN in seen or not seen:\n        return ELIGIBLE",
        VERDICT,
    ),
    Mutant(
        "internship_criterion_checks_nothing",
        "rules/eligibility.toml",
        'situations = ["internship"]',
        "situations = []",
        UNDERSTANDING,
    ),
    Mutant(
        "graduation_limit_moved_to_25_months",
        "rules/eligibility.toml",
        "max_months = 24",
        "max_months = 25",
        UNDERSTANDING,
    ),
    Mutant(
        "triage_case_token_before_message_ids",
        "intake/triage.py",
        '    if application is None:\n        token = CASE_TOKEN.search(parsed.subject or "")',
        '    token = CASE_TOKEN.search(parsed.subject or "")\n    if token:',
        TRIAGE,
    ),
    Mutant(
        "triage_stranger_writes_into_a_case",
        "intake/triage.py",
        "if normalise_address(application.applicant.email) != sender:",
        "if False:",
        TRIAGE,
    ),
    Mutant(
        "triage_withdrawn_case_reopened",
        "intake/triage.py",
        "CLOSED = frozenset({lifecycle.DECLINED, lifecycle.WITHDRAWN})",
        "CLOSED = frozenset({lifecycle.DECLINED})",
        TRIAGE,
    ),
    Mutant(
        "triage_rescore_reads_held_messages",
        "intake/triage.py",
        'Message.status.not_in(("quarantined", "held"))',
        'Message.status.not_in(("quarantined",))',
        TRIAGE,
    ),
)


def run_tests(tree: Path, tests: tuple[str, ...]) -> bool:
    """True when the tests pass on `tree` (the copy's `intake` first on the path, not the worktree's)."""
    present = [t for t in tests if (tree / t).is_file()]
    env = {**os.environ, "PYTHONPATH": str(tree), "CI": "true"}
    # SQLite only: the mutants are in the understanding and the decisions, not in the store.
    options = ["-x", "-q", "-p", "no:cacheprovider", "-k", "not postgresql"]
    command = [str(PYTHON), "-m", "pytest", *options, *present]
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=False)
    return done.returncode == 0


def try_mutant(mutant: Mutant, tree: Path) -> str:
    """killed / survived / not applicable, the tree restored afterwards."""
    target = tree / mutant.path
    original = target.read_text(encoding="utf-8")
    if original.count(mutant.old) != 1:
        return "not applicable"
    target.write_text(original.replace(mutant.old, mutant.new), encoding="utf-8")
    try:
        return "survived" if run_tests(tree, mutant.tests) else "killed"
    finally:
        target.write_text(original, encoding="utf-8")


def main(names: list[str]) -> int:
    chosen = [m for m in MUTANTS if not names or m.name in names]
    with tempfile.TemporaryDirectory(prefix="propulse-mutants-") as scratch:
        tree = Path(scratch) / "tree"
        shutil.copytree(REPO, tree, ignore=IGNORED)
        imported = subprocess.run(
            [str(PYTHON), "-c", "import intake; print(intake.__file__)"],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if not imported.startswith(str(tree)):
            print(f"the copy is not the code imported ({imported.strip()})", file=sys.stderr)
            return 2
        everything = tuple(sorted({t for m in chosen for t in m.tests}))
        if not run_tests(tree, everything):
            print("the tests fail on the unmutated copy: fix them first", file=sys.stderr)
            return 2
        outcomes = {}
        for mutant in chosen:
            outcomes[mutant.name] = try_mutant(mutant, tree)
            print(f"{outcomes[mutant.name]:>15}  {mutant.name}", flush=True)
    survived = [name for name, outcome in outcomes.items() if outcome == "survived"]
    killed = sum(outcome == "killed" for outcome in outcomes.values())
    moved = len(outcomes) - killed - len(survived)
    print(f"{killed} killed, {len(survived)} survived, {moved} not applicable")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
