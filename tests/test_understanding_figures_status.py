"""Situations said through a figure (stop 34, the figures round): an internship or a civic service said over
by slang («c'est plié», «bouclé»), near its end by a metaphor («tire à sa fin», "winding down": held now, the
end undated, asked), held now by a minimiser («un petit stage de rien du
tout»: an internship all the same), hedged («une sorte de stage», "a kind of placement": asked), a volunteer's
role worn or lent («le gilet de la Croix-Rouge», «un coup de main à une asso»: a civic service asked), a
civic service by a periphrasis («le dispositif d'engagement que l'État finance pour les jeunes»), an
internship dated by the writer's availability («Disponible en avril 2027, à la fin de mon stage»). My own
phrasings, in French and in English, read through `propulse extract`'s path (tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, status

AIM = "Je cherche un poste dans une association de quartier."
EN_AIM = "I am looking for a job with a community charity."
DEGREE = "J'ai un DUT Carrières sociales obtenu en juin 2026."
EN_DEGREE = "I hold a BTS in social work from June 2026."


def _status(line: str, criterion: str, english: bool = False) -> str:
    body = f"Bonjour,\n\n{EN_DEGREE if english else DEGREE} {line} {EN_AIM if english else AIM}\n\nLéa Morvan"
    return status(extracted(body), criterion)


def test_an_internship_said_folded_up_is_over() -> None:
    assert (
        _status("Mon alternance est finie et le stage, c'est bouclé depuis octobre.", "not_internship")
        == "met"
    )
    assert (
        _status("Quant au stage à la régie de quartier, c'est plié depuis la rentrée.", "not_internship")
        == "met"
    )


def test_a_civic_service_said_wrapped_up_is_over() -> None:
    assert _status("Mon service civique, c'est bouclé depuis juillet.", "not_service_civique") == "met"


def test_an_internship_near_its_end_without_a_date_is_asked() -> None:
    assert _status("Mon stage à la médiathèque tire à sa fin.", "not_internship") == "unknown"
    assert _status("My internship at the youth centre is winding down.", "not_internship", True) == "unknown"


def test_an_internship_minimised_is_an_internship_all_the_same() -> None:
    line = "Je termine un petit stage de rien du tout, jusqu'en mars, au centre social."
    assert _status(line, "not_internship") == "not_met"


def test_a_hedged_internship_held_now_is_asked() -> None:
    assert (
        _status("Depuis septembre je fais une espèce de stage dans un tiers-lieu.", "not_internship")
        == "unknown"
    )
    assert (
        _status(
            "Since September I have been doing a kind of internship at a repair café.", "not_internship", True
        )
        == "unknown"
    )


def test_a_volunteers_vest_worn_now_leaves_the_civic_service_open() -> None:
    line = "Je porte toujours le gilet des Restos du cœur, jusqu'en mars, pour la distribution du soir."
    assert _status(line, "not_service_civique") == "unknown"


def test_a_helping_hand_paid_by_the_month_leaves_internship_and_civic_service_open() -> None:
    line = "En ce moment on me verse 500 euros par mois pour donner un coup de main à une épicerie solidaire."
    assert _status(line, "not_service_civique") == "unknown"
    assert _status(line, "not_internship") == "unknown"


def test_a_civic_service_named_by_a_periphrasis_is_one() -> None:
    line = "Je suis en plein dans mon année de volontariat indemnisé par l'État, jusqu'en juillet."
    assert _status(line, "not_service_civique") == "not_met"


def test_an_internship_ending_when_the_writer_is_available_is_held_now() -> None:
    assert _status("Disponible à partir d'avril 2027, à la fin de mon stage.", "not_internship") == "not_met"
