"""Who speaks in mail composed by voice (stop 48, the spoken corpus's turns slice): a typist's own aside
while someone dictates to them is the typist's, a call's speaker labelled by the writer's full name is the
writer, a question put without its mark in a call's captions is answered by the person's next turn. My own
phrasings, in French and in English, read through `propulse extract`'s path (tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, status

from intake.understanding.typist import typists_asides_removed

AIM = "Je cherche un poste dans une association d'éducation populaire."


def test_a_typists_own_internship_told_while_his_sister_dictates_is_not_hers() -> None:
    body = (
        "Bonjour, ici Théo, le frère de Nina, elle me dicte car elle s'est cassé le bras "
        "(moi je suis en stage chez un notaire, rien à voir).\n\n"
        "Elle dit : j'ai un BUT carrières sociales obtenu en juillet 2025. " + AIM + "\n\nNina Ferrand"
    )
    result = extracted(body, from_name="Nina Ferrand", from_addr="nina.ferrand@example.org")
    assert status(result, "not_internship") == "met"


def test_a_typists_own_placement_told_in_english_while_a_friend_dictates_is_not_hers() -> None:
    body = (
        "Hi, I'm typing this for my flatmate Jade Morel, who is dictating (I'm doing an "
        "internship at a law firm until May).\n\nShe says: I got my BA in social work in June 2025 "
        "and I'd like a job with a housing charity.\n\nJade"
    )
    result = extracted(body, from_name="Jade Morel", from_addr="jade.morel@example.org")
    assert status(result, "not_internship") == "met"


def test_the_persons_own_internship_after_the_typists_frame_stays_hers() -> None:
    body = (
        "Bonjour, c'est Karim, Lou me dicte son message.\n\n"
        "Elle dit : j'ai un BTS ESF obtenu en juin 2025 et je suis en stage jusqu'en mars 2027. "
        + AIM
        + "\n\nLou Petit"
    )
    result = extracted(body, from_name="Lou Petit", from_addr="lou.petit@example.org")
    assert status(result, "not_internship") == "not_met"


def test_a_writer_dictating_her_own_mail_keeps_her_own_internship() -> None:
    text = "Je dicte ce mail à mon téléphone, je suis en stage jusqu'en mars."
    assert typists_asides_removed(text) is text


def test_a_person_slipping_into_her_own_i_after_the_typists_sentence_keeps_her_words() -> None:
    text = (
        "Je suis l'aide à domicile de Rose, j'écris sous sa dictée.\n\n"
        "Rose a une licence. Je suis en stage jusqu'en avril."
    )
    read = typists_asides_removed(text)
    assert "Je suis en stage jusqu'en avril." in read
    assert "l'aide à domicile" not in read
