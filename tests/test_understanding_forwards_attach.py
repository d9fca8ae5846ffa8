"""What a mail carries beside the writer's words, read in the attach slice of the forwards corpus (stop 58):
an attached CV's line headed by a role that is no job («Bénévole, …», "Volunteer, …") counts no years of
a career, whatever the place named between the role and the span of years (a town, an association). Guards:
a trade heading the same line is still years of another career. A question a friend or a colleague asked
about the programme, forwarded by a writer whose note asks nothing itself, is a question (guards: her own
application forwarded stays an application; a forwarded mail asking nothing of the programme stays other
mail). My own phrasings and CV lines, in French
and in English, read through `propulse extract`'s path on a stated day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_docx, make_message
from reading_day import kind, status

from intake.extract import extract_message

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_with_cv(day: str, body: str, cv_lines: list[str]) -> dict[str, Any]:
    """`body` mailed with a DOCX CV holding `cv_lines`, as extracted on `day`."""
    attached = [("CV.docx", DOCX, make_docx(cv_lines))]
    return extract_message(make_message(body, attachments=attached), today=date.fromisoformat(day))


_EN_NOTE = (
    "Hello,\nI'd like to join Pro'pulse: my BA in Geography was conferred in November 2026 and I am "
    "looking for a job in a housing cooperative. My CV is attached.\nAoife Brennan"
)
_FR_NOTE = (
    "Bonjour,\nJ'ai obtenu ma licence de géographie en novembre 2026 et je cherche un emploi dans une "
    "coopérative d'habitants. Mon CV est joint.\nLéna Marchetti"
)


def test_an_english_cv_line_headed_by_volunteer_then_a_town_is_no_career() -> None:
    lines = ["Aoife Brennan", "BA Geography, 2026", "Volunteer, community food bank, Galway (2022-2026)"]
    result = read_with_cv("2027-02-15", _EN_NOTE, lines)
    assert status(result, "not_career_change") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_french_cv_line_headed_by_benevole_then_a_town_is_no_career() -> None:
    lines = ["Léna Marchetti", "Licence de géographie, 2026"]
    lines.append("Bénévole, épicerie solidaire, Nantes (2021-2025)")
    result = read_with_cv("2027-02-15", _FR_NOTE, lines)
    assert status(result, "not_career_change") == "met"


def test_a_trade_heading_the_same_line_still_counts_years_of_another_career() -> None:
    lines = ["Aoife Brennan", "BA Geography, 2026", "Bank clerk, Ulster Savings, Galway (2014-2022)"]
    result = read_with_cv("2027-02-15", _EN_NOTE, lines)
    assert status(result, "not_career_change") != "met"


def test_a_french_trade_heading_the_line_still_counts_years_of_another_career() -> None:
    lines = ["Léna Marchetti", "Licence de géographie, 2026"]
    lines.append("Comptable, cabinet Roussel, Nantes (2013-2021)")
    result = read_with_cv("2027-02-15", _FR_NOTE, lines)
    assert status(result, "not_career_change") != "met"


def _carrying(note: str, author: str, address: str, sent: str, body: str) -> str:
    """`note` above another's mail as Outlook forwards it: no marker line, a header block alone."""
    return f"{note}\n\nDe : {author} <{address}>\nEnvoyé : {sent}\nObjet : Pro'pulse\n\n{body}\n"


def _carrying_zimbra(note: str, author: str, address: str, sent: str, body: str) -> str:
    """`note` above another's mail as a webmail forwards it: a short marker, then a header block."""
    return (
        f"{note}\n\n----- Mail transféré -----\nDe: \"{author}\" <{address}>\nÀ: <{_WRITER[1]}>\n"
        f"Envoyé: {sent}\nObjet: Pro'pulse\n\n{body}\n"
    )


_WRITER = ("Maëlys Fontaine", "maelys.fontaine@example.org")


def test_a_cousins_question_on_the_programme_forwarded_under_a_bare_note_is_a_question() -> None:
    body = _carrying(
        "Salut, mon cousin voulait savoir ça, je transmets.",
        "Yanis",
        "yanis.r@example.net",
        "mardi 9 février 2027 21:10",
        "Dis, le programme Pro'pulse se passe en ligne ou il faut se déplacer ? Combien de séances ?",
    )
    assert kind(body, "TR: de la part de Yanis", _WRITER) == "question"


def test_a_colleagues_english_question_forwarded_with_a_short_note_is_a_question() -> None:
    body = _carrying_zimbra(
        "Hi, passing this on from a colleague, thanks.",
        "Gwen Parry",
        "gwen.parry@example.net",
        "Tuesday, 9 February 2027 21:10:00",
        "Is the Pro'pulse programme free of charge, and how many months does it last?",
    )
    assert kind(body, "Fwd: from Gwen", _WRITER) == "question"


def test_her_own_application_forwarded_from_her_address_stays_an_application() -> None:
    body = _carrying(
        "Bonjour, je vous renvoie mon message resté sans réponse.",
        "Maëlys Fontaine",
        "maelys.fontaine@example.org",
        "lundi 1 février 2027 10:00",
        "Bonjour, je souhaite candidater à Pro'pulse : BTS ESF obtenu en juin 2026, je cherche un emploi "
        "dans une association. Le programme est-il gratuit ?\nMaëlys Fontaine, 06 71 42 18 90",
    )
    assert kind(body, "TR: candidature", _WRITER) == "application"


def test_a_forwarded_mail_asking_nothing_of_the_programme_stays_other_mail() -> None:
    body = _carrying(
        "Salut, regarde ce que m'a envoyé Yanis, c'est drôle.",
        "Yanis",
        "yanis.r@example.net",
        "mardi 9 février 2027 21:10",
        "Tu viens au match samedi ? On se retrouve à 18 h devant le stade.",
    )
    assert kind(body, "TR: samedi", _WRITER) != "question"


def _absence_quoting(reply: str, ours: str) -> str:
    return (
        f"{reply}\n\n-----Message d'origine-----\nDe : Pro'pulse <propulse@animafac.net>\n"
        f"Objet : Rencontre Pro'pulse\n\n{ours}\n"
    )


_AUTO = {"Auto-Submitted": "auto-replied"}
_SCHOOL = ("", "insertion@iut-exemple.example.fr")


def test_an_absence_notice_quoting_our_mail_about_graduates_is_an_auto_reply() -> None:
    body = _absence_quoting(
        "Je suis absente jusqu'au 8 mars, votre demande sera lue à mon retour.",
        "Bonjour, nous souhaiterions présenter notre accompagnement aux diplômés 2026 de votre IUT.",
    )
    assert kind(body, "Absence : Rencontre Pro'pulse", _SCHOOL, _AUTO) == "auto_reply"


def test_an_english_out_of_office_quoting_our_mail_to_a_careers_service_is_an_auto_reply() -> None:
    body = (
        "I am out of the office until 2 March with no access to email.\n\nFrom: Pro'pulse "
        "<propulse@animafac.net>\nSubject: Meeting Pro'pulse\n\nHello, we would like to introduce our "
        "coaching to your 2026 graduates looking for a first job.\n"
    )
    assert kind(body, "Out of office: Meeting Pro'pulse", _SCHOOL, _AUTO) == "auto_reply"
