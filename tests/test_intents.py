"""Reading what a follow-up reply asks for: the bars of issue 17 on the labelled replies, and the
sentences that must never close a case."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from intake.intents import read_intent

BENCH = Path(__file__).resolve().parents[1] / "bench" / "score_intents.py"


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("score_intents", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_intents"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_labelled_replies_are_read_with_95_percent_accuracy_and_no_false_withdrawal() -> None:
    bench = _bench()
    samples = bench.load_corpus()  # type: ignore[attr-defined]
    assert len(samples) >= 120
    result = bench.score(samples)  # type: ignore[attr-defined]
    assert result.false_withdrawals == []
    assert result.accuracy >= 0.95, result.errors
    assert bench.score(bench.load_corpus(bench.HELD_OUT)).false_withdrawals == []  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Je ne retire pas ma candidature, je voulais juste une précision.",
        "Si je trouve un poste je vous préviens.",
        "J'ai eu un entretien pour un CDI la semaine dernière.",
        "Si je suis recrutée, je retirerai ma candidature.",
        "Dois-je retirer ma candidature si je commence un CDD ?",
        "I don't want to withdraw my application.",
        "Il n'est pas question que je me désiste !",
        "Quand je trouverai un emploi, je me retirerai du programme.",
        "Je retirerai ma candidature la semaine prochaine, je vous confirme.",
        "Je réfléchis à retirer ma candidature.",
        "I am considering withdrawing my application.",
        "J'hésite à me désister, qu'en pensez-vous ?",
    ],
)
def test_a_reply_that_only_mentions_withdrawing_is_not_read_as_a_withdrawal(text: str) -> None:
    assert read_intent(text).intent != "withdrawal"


def test_a_withdrawal_for_a_job_found_is_read_with_its_reason_and_evidence() -> None:
    reading = read_intent("Bonjour,\nJe retire ma candidature, j'ai trouvé un CDI.\nCordialement,\nLéa")
    assert reading.intent == "withdrawal"
    assert reading.found_job is True
    assert "je retire ma candidature" in reading.evidence


def test_a_withdrawal_for_another_reason_is_not_counted_as_a_job_found() -> None:
    reading = read_intent("Je souhaite me retirer du programme pour des raisons de santé.")
    assert (reading.intent, reading.found_job) == ("withdrawal", False)


def test_a_cv_attached_is_a_document_sent_even_when_the_reply_also_asks_a_question() -> None:
    assert read_intent("Voici mon CV. Avez-vous reçu ma candidature ?", ("cv.pdf",)).intent == "document_sent"


def test_a_thank_you_with_a_sign_off_needs_no_answer() -> None:
    assert read_intent("Merci beaucoup pour votre retour !\n\nBien à vous,\nCamille").intent == "thanks_only"
