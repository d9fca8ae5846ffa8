"""The surface of words (intake/understanding/surface.py): a word is read whatever its surface — accents
missing, a line in capitals, one letter typed wrong or two swapped, OCR's «rn» for «m» and «O» for «0»,
the SMS register — and the evidence still quotes the words as the person wrote them.

Each message here was read wrong before the surface step; each is read through `propulse extract`'s path."""

from __future__ import annotations

from reading_day import criterion, read

from intake.understanding.surface import read_surface

# ---------------------------------------------------------------------------------------- typed wrong


def test_a_master_typed_with_two_letters_swapped_is_still_a_master() -> None:
    result = read(
        "Bonjour, j'ai validé un mastre de géographie en juin 2025 et je cherche un poste "
        "dans une coopérative d'habitants."
    )
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2025-06"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_civic_service_with_a_letter_swapped_is_still_held_now_and_quoted_as_written() -> None:
    result = read(
        "Bonjour, licence d'histoire obtenue en juin 2025. Je fais un sevrice civique dans une "
        "association sportive jusqu'en juin 2027, ensuite je voudrais travailler dans l'ESS."
    )
    service = criterion(result, "not_service_civique")
    assert service["status"] == "not_met"
    assert "sevrice civique" in service["evidence"]["text"]  # the person's words, not the reader's


def test_an_english_word_is_never_corrected_towards_french() -> None:
    surface = read_surface("I am looking for a job in a cooperative bank, my internship is over.")
    assert surface.read_text == surface.written_text


# ------------------------------------------------------------------------------------ accents missing


def test_an_internship_told_in_the_past_without_accents_is_over() -> None:
    result = read(
        "Bonjour, j'ai ete stagiaire dans une mairie jusqu'en juin, et j'ai obtenu mon BTS en juillet 2025. "
        "Je cherche un emploi dans l'ESS."
    )
    assert criterion(result, "not_internship")["status"] == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_word_after_avoir_written_without_accents_is_read_as_the_participle() -> None:
    assert "j'ai commencé un stage" in read_surface("j'ai commence un stage en octobre").read_text
    assert "il commence" in read_surface("puis il commence un stage en octobre").read_text


# ------------------------------------------------------------------------------------------ capitals


def test_a_line_in_capitals_keeps_its_acronyms_and_reads_the_rest_in_lower_case() -> None:
    surface = read_surface("DIPLOMEE D'UN BTS EN JUIN 2025, JE CHERCHE UN EMPLOI DANS L'ESS")
    assert surface.read_text == "Diplômée d'un BTS en juin 2025, je cherche un emploi dans l'ESS"
    assert surface.written(surface.read_text) == surface.written_text


def test_a_but_still_running_written_in_capitals_is_a_course_not_finished() -> None:
    result = read("BONJOUR. BUT GEA EN COURS, FIN PREVUE EN JUIN 2027. JE CHERCHE UN EMPLOI DANS L'ESS.")
    assert criterion(result, "studies_finished")["status"] == "not_met"


# ----------------------------------------------------------------------------------------------- OCR


def test_a_scanned_letter_with_rn_for_m_and_letters_in_the_year_is_read() -> None:
    result = read(
        "Texte de rna lettre numérisée :\nJ'ai obtenu rnon rnaster de sociologie en juillet 2O25 et je "
        "recherche un ernploi dans une association d'insertion."
    )
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2025-07"
    assert result["eligibility"]["verdict"] == "eligible"


def test_an_ocr_year_is_put_back_in_the_evidence_as_scanned() -> None:
    surface = read_surface("Licence obtenue en 2O24, stage terminé le 3l mai.")
    assert surface.read_text == "Licence obtenue en 2024, stage terminé le 31 mai."
    assert surface.written("obtenue en 2024") == "obtenue en 2O24"


# ----------------------------------------------------------------------------------------------- SMS


def test_an_sms_saying_i_am_in_an_internship_until_spring_is_a_current_internship() -> None:
    result = read(
        "slt\nlicence pro eue en juin 2025 mais chui en stage jusk avril 2027 ds une mutuelle.\n"
        "apres jveu bosser ds l'ess"
    )
    assert criterion(result, "not_internship")["status"] == "not_met"


def test_english_texting_shorthand_is_read_as_english() -> None:
    surface = read_surface("hi, im in an internship til april at a charity shop")
    assert surface.read_text == "hi, I'm in an internship until april at a charity shop"
    assert surface.written("I'm in an internship until april") == "im in an internship til april"


def test_a_je_glued_to_its_verb_is_read_as_je_and_the_verb_and_quoted_as_typed() -> None:
    surface = read_surface("slt jsais pas trop comment ça marche mais jvoudrais bosser ds une coop")
    assert surface.read_text == "slt je sais pas trop comment ça marche mais je voudrais bosser dans une coop"
    assert surface.written("je voudrais bosser dans une coop") == "jvoudrais bosser ds une coop"


# --------------------------------------------------------------------------------------- left alone


def test_clean_text_is_returned_as_it_is() -> None:
    text = "Bonjour, je suis diplômée d'un BTS depuis juin 2025.\nMarie Dupont\nmarie.dupont@example.org"
    surface = read_surface(text)
    assert surface.read_text is text
    assert surface.edits == ()


def test_a_signed_name_without_its_accents_is_not_given_them() -> None:
    surface = read_surface("je cherche un emploi dans une asso\nlea morin")
    assert surface.read_text.endswith("lea morin")


def test_an_english_word_in_a_dictated_address_is_not_read_as_a_word_of_the_drafts_labels() -> None:
    """drafts.toml holds the patterns of a drafted mail's labels («exemple», «proposition»), no vocabulary a
    typo is read towards: "example" in an address said aloud stays "example" (h-mend, stop 48)."""
    said = "je cherche un emploi, mon adresse c'est lea point morin arobase example point org merci"
    assert read_surface(said).read_text == said
