"""One reading of the writer's own search (signals._writer_searches): the parse first, the words where the
parse names no subject or reads no verb. Read both where an offer is relayed (an offer passed on beside a
search of her own is hers) and where a search is told beside someone presented. The words' fallback reads the
writer only a few words before the search: someone else's search told after «je sais que», "I know" is not
hers."""

from __future__ import annotations

from intake.understanding.lexicon import load_lexicon, load_meanings
from intake.understanding.signals import _read_sentences, _writer_searches, read_signals


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


def _writer_searches_in(text: str) -> bool:
    """The writer's own search read in the text's one sentence by `_writer_searches` alone (the other ways to
    a search in the first person kept out): the parse tags these search words as no verb, the words decide."""
    (sentence,) = _read_sentences(text)
    return _writer_searches(sentence, load_meanings())


def test_a_friend_s_search_told_after_the_writer_s_belief_is_not_the_writer_s() -> None:
    assert not _writer_searches_in("Je crois que mon ami recherche un emploi.")
    assert not _writer_searches_in("Je sais que lui aussi cherche du travail.")


def test_someone_else_s_search_told_after_i_know_is_not_the_writer_s() -> None:
    assert not _writer_searches_in("I know he is looking for a job in a charity.")
    assert not _writer_searches_in("I know that he's looking for a role.")


def test_the_writer_looking_in_english_with_no_verb_parsed_is_read_by_the_words() -> None:
    assert _writer_searches_in("I'm looking for a job.")
