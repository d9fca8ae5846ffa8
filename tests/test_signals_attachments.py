"""A file named as a CV (rules/lexicon/messages.toml [attachment] cv_names) is the applicant's CV, whatever
the message says; the letters inside another word of the name are no CV."""

from __future__ import annotations

import pytest

from intake.understanding.lexicon import load_lexicon
from intake.understanding.signals import read_signals

BODY = "Bonjour, voici ma candidature pour le programme. Merci d'avance pour votre retour, bonne journée."


@pytest.mark.parametrize(
    ("filename", "is_cv"),
    [
        pytest.param("CV_Lea_Martin.pdf", True, id="fr_cv"),
        pytest.param("Résumé 2026.docx", True, id="accented_resume"),
        pytest.param("resume-tom-hale.pdf", True, id="en_resume"),
        pytest.param("curriculum vitae.odt", True, id="curriculum"),
        pytest.param("recvalidation.png", False, id="inside_a_word"),
    ],
)
def test_a_file_named_as_a_cv_is_the_applicants_cv_not_one_with_the_letters_inside_a_word(
    filename: str, is_cv: bool
) -> None:
    signals = read_signals(BODY, "Candidature", [filename], load_lexicon())
    assert any(s.name == "cv" and s.evidence == filename for s in signals) is is_cv
