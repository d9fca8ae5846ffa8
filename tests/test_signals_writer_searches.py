"""One reading of the writer's own search (signals._writer_searches): the parse first, the words where the
parse names no subject or reads no verb. Read both where an offer is relayed (an offer passed on beside a
search of her own is hers) and where a search is told beside someone presented."""

from __future__ import annotations

from intake.understanding.lexicon import load_lexicon
from intake.understanding.signals import read_signals


def _signals(text: str) -> list[str]:
    return [sig.name for sig in read_signals(text, "", [], load_lexicon())]


def test_an_ad_relayed_by_someone_who_seeks_the_same_kind_of_post_tells_her_search() -> None:
    said = "Je vous transmets cette annonce, car je cherche moi aussi un poste de ce genre dans une asso."
    assert "job_search" in _signals(said)


def test_an_ad_relayed_in_english_beside_one_s_own_search_tells_the_search() -> None:
    said = "I'm passing on this vacancy to the group: I'm looking for exactly this kind of role myself."
    assert "job_search" in _signals(said)


def test_an_employer_s_search_inside_an_offer_relayed_is_nobody_s_search() -> None:
    said = "Je partage cette offre avec la promo : la recyclerie du quartier recherche un animateur."
    assert "job_search" not in _signals(said)


def test_the_writer_s_search_told_beside_a_relative_presented_is_hers() -> None:
    said = "Je vous écris pour mon neveu qui finit son volontariat, et moi je cherche un emploi dans l'ESS."
    assert "job_search" in _signals(said)
