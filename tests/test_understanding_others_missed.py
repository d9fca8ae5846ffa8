"""The writer's own clause failing what another person was just said to have (echoes.py): «elle l'a eu, moi je
l'ai raté», «il l'a obtenu, je ne l'ai pas eu», "she passed it, but I didn't get it" — the diploma is theirs,
not the writer's; the writer's own level is what they tell of themselves."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_dut_the_writer_missed_after_her_cousin_got_it_is_not_hers() -> None:
    result = extracted(
        "Bonjour,\n\nAvec mon cousin on préparait le même DUT GEA ; lui l'a obtenu en juin 2025, moi je l'ai "
        "raté, il me reste le bac. Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "degree_level") == "not_met"


def test_a_bts_the_writer_never_got_beside_her_sister_is_not_hers() -> None:
    result = extracted(
        "Bonjour,\n\nMa sœur et moi étions en BTS ESF ensemble, elle l'a eu en juin 2025, je ne l'ai pas "
        "eu, je n'ai que le bac. Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "degree_level") == "not_met"


def test_an_hnd_the_writer_did_not_get_beside_her_flatmate_is_not_hers() -> None:
    result = extracted(
        "Hello,\n\nMy flatmate and I were on the same HND in youth work, and she passed it in June 2025, but "
        "I didn't get it, so I only have A-levels. I'd like a job with a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "degree_level") != "met"
