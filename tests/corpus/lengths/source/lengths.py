"""What a message of the lengths corpus is: every message is given FIRST a length and a form of length, chosen
from a grid of twelve — five short (at most 40 words of the writer's own in the body: a subject and nothing
else, one line, telegraphic fragments, a short note pointing to an attached document, a short English note)
and seven long (at least 350 words of the writer's own: a life story told from school to now, a formal cover
letter, a whole CV pasted into the body, a mail raising many practical matters, a long mail whose postscript
changes a fact, a long digressive mail full of other people's situations, a long English text). The deciding
fact sits where that length puts it: among the few words of a mail that says almost nothing else (or left open
by them), or once, in one clause, in the middle of a long text full of other facts, earlier states, other
people's situations and digressions. The label follows what the person wrote and means: the length never
changes a fact, the newest word in a long text decides, other people's facts are theirs, a subject's facts are
the writer's. The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its form of length, the fact that decides, the words that carry it as they
stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when the
message truly leaves a fact open) a line ``# ambiguous: …`` saying why, then a line ``# length: short/long,
about how many words of the writer's own, where the deciding fact sits in it → kind (and for an application,
the deciding fact → decision)`` («# length: long, about 640 words, the licence's date in the fifth of nine
paragraphs after a BTS abandoned and two jobs → application; licence of June 2025, an ESS aim → eligible»).
build.py adds the form of length and the fact to its truth line. About three messages in four are
applications, each with its deciding fact as always (a level, a date, an internship or a service civique
running or over, a career before, studies running, an ESS search or none); the rest is other mail of both
lengths (a one-word reply in our thread, a four-word question, a short auto-reply; a long newsletter, a long
bounce carrying the returned mail, a long partner's mail about something else, a long question from a person
who gives no facts).

Lengths are measured (``own_words``): the words of the writer's own text in the mail's text (the kit's body,
without quoted «>» lines and without what stands under a «-- » signature separator); a short key holds at most
``SHORT_MAX`` words (``subject_only`` at most ``SUBJECT_ONLY_MAX``), a long key at least ``LONG_MIN``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 145 applications (55 eligible / 35 to verify / 55 not) and 55 other

SHORT_MAX = 40  # words of the writer's own in a short key's body
SUBJECT_ONLY_MAX = 12  # words in a subject_only body (a greeting, a signature, «cf. objet»)
LONG_MIN = 350  # words of the writer's own in a long key's body

_WORD = re.compile(r"\w", flags=re.UNICODE)


def own_text(body: str) -> str:
    """The writer's own text of a body: quoted «>» lines left out, and what stands under «-- »."""
    kept = []
    for line in body.splitlines():
        if line.rstrip() == "--":
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept)


def own_words(body: str) -> int:
    """How many words (tokens holding a letter or a digit) the writer's own text of ``body`` holds."""
    return sum(1 for token in own_text(body).split() if _WORD.search(token))


@dataclass(frozen=True)
class Length:
    """One length and form of length: its bound (short or long), the forms it takes in French and English
    inboxes, the rule that settles what the mail says at that length, and its distractors."""

    description: str
    size: str  # "short" or "long"
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    rule: str  # what settles the label
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Length] = {
    "subject_only": Length(
        "the body empty, a greeting, a signature or «cf. objet» (at most 12 words): the facts stand in the"
        " Subject, sometimes with a CV attached whose text holds the rest",
        size="short",
        forms_fr=("cf. objet", "Bonjour,", "(sans texte)", "Candidature –", "Demande d'info", "voir PJ"),
        forms_en=("see subject", "Application –"),
        rule="a subject's facts are the writer's as much as a body's: what the subject says decides, what it"
        " does not say stays open unless the attached CV says it; an empty body is no refusal to apply",
        distractors="a subject read as a title and not as a fact; a subject that only says «Candidature»"
        " taken"
        " as saying everything was fine; the file name of a CV read as a fact",
    ),
    "one_line": Length(
        "one sentence, or two, that carry the whole case — or leave most of it open; the one-line question"
        " («C'est payant ?») and the one-word reply in our thread belong here",
        size="short",
        forms_fr=("je cherche", "diplômée", "dispo", "c'est", "?"),
        forms_en=(),
        rule="every word of the line counts: what it says decides, what it does not say stays open (a level"
        " given with no date leaves the date open); a question with no facts of the writer is a question",
        distractors="a line that names a diploma taken as saying it is finished and recent; a one-word answer"
        " in our thread taken as an application",
    ),
    "telegraphic": Length(
        "fragments without verbs or with few: labels and values, slashes, arrows, dashes, abbreviations"
        " people really use (SC, M2, BTS SP3S, dispo, asso, fin 10/26, ex-, en cours)",
        size="short",
        forms_fr=("→", "/", "dispo", "SC", "asso", "fin", "ex-", "en cours"),
        forms_en=("->", "avail.", "BA", "MSc"),
        rule="a fragment is a full fact: «fin SC 31/10» is a service civique over, «M2 en cours» studies"
        " running, «ex-comptable 8 ans» a career before; an arrow joins a past state to a present one and the"
        " right of the arrow is the newest",
        distractors="the left of an arrow taken as today's state; an abbreviation misread (SC as something"
        " else, «alt.» as alternance or alternative); a date without a year read in the wrong year",
    ),
    "short_with_attachment": Length(
        "two or three lines pointing to an attached CV or letter (PDF, DOCX, ODT) that holds the deciding"
        " fact"
        " (info_in cv when the facts stand only there), or a short body that already decides while the"
        " attachment only repeats",
        size="short",
        forms_fr=("ci-joint", "en PJ", "en pièce jointe", "vous trouverez"),
        forms_en=("attached", "please find"),
        rule="the attached document is the applicant's text: what it says decides when the body says nothing,"
        " and when the body and the document differ the body (written on sending) is the newer word",
        distractors="the body's few words taken as all there is; the document's older line (a CV not updated)"
        " taken over the body's newer word; the file's name read as a fact",
    ),
    "short_english": Length(
        "English, at most 40 words: a short note, a one-liner, a subject plus two lines (language en)",
        size="short",
        forms_fr=(),
        forms_en=("Hi", "graduated", "looking for", "currently", "CV attached"),
        rule="the same rules in English: the few words decide, what they do not say stays open; an"
        " application in English is labelled language en",
        distractors="a British or American degree name read at the wrong level; «graduating» read as"
        " graduated; «volunteer» read as a service civique",
    ),
    "life_story": Length(
        "350–1000 words told in order from school to now (or in flashbacks): many earlier states — a BTS"
        " abandoned, a job in retail, a first internship, a move abroad, an illness — superseded by the"
        " present, the deciding fact in the middle or near the end, once, in a clause among others",
        size="long",
        forms_fr=("après le bac", "puis", "ensuite", "aujourd'hui", "depuis"),
        forms_en=("after high school", "then", "now"),
        rule="the present state decides: an earlier state the story tells as over is over; the highest"
        " diploma"
        " gives the level and the most recent its date; a job held during studies is no career",
        distractors="an earlier state (an abandoned BTS, a job in a shop, a first internship) taken as"
        " today's;"
        " a date of the story (the bac, a move) taken as the diploma's",
    ),
    "cover_letter": Length(
        "a formal lettre de motivation of 350–700 words: values and motivation for the ESS (engagement,"
        " utilité sociale, gouvernance démocratique…), the deciding fact in one clause of one paragraph",
        size="long",
        forms_fr=("Madame, Monsieur", "je me permets", "Je vous prie d'agréer", "lettre de motivation"),
        forms_en=("Dear Sir or Madam", "Yours faithfully"),
        rule="the letter's one factual clause decides (a diploma's date, an internship ending next month, a"
        " reconversion mentioned in passing); the values it praises are no fact, an ESS aim is what the"
        " writer"
        " says they look for",
        distractors="the letter's praise of the ESS taken as an ESS job search when the writer seeks"
        " something"
        " else; the one clause missed among the formulas",
    ),
    "pasted_cv": Length(
        "a short greeting then a whole CV pasted as text (Formation, Expériences, Compétences, Langues,"
        " Centres"
        " d'intérêt, with dates and places, 350–700 words): the deciding fact in the CV's dates or lines",
        size="long",
        forms_fr=("FORMATION", "EXPÉRIENCES", "COMPÉTENCES", "Depuis", "en cours"),
        forms_en=("EDUCATION", "EXPERIENCE", "present"),
        rule="the CV's lines are the applicant's facts: a «Depuis sept. 2026 : stagiaire» is an internship"
        " running, a «M2 en cours» studies running, years of a salaried job outside the ESS a career before;"
        " a job held during studies is no career",
        distractors="the most detailed line taken as the present; an old internship taken as running; the"
        " interests and volunteering read as the situation",
    ),
    "many_matters": Length(
        "a long mail raising many practical matters — housing, transport, a disability and its"
        " accommodations, childcare, a benefit, the schedule, a question about the programme, a friend who"
        " might apply too — with the person's facts scattered among them and one of them deciding",
        size="long",
        forms_fr=("logement", "transport", "RQTH", "garde", "RSA", "horaires", "ma question"),
        forms_en=("housing", "childcare", "benefits"),
        rule="the person's own facts decide wherever they stand among the matters; a question asked in an"
        " application does not make it a question; a friend's situation is the friend's",
        distractors="the matters taken as a question with no facts; a benefit or an accommodation read as a"
        " criterion; the friend's diploma or internship taken as the writer's",
    ),
    "long_then_postscript": Length(
        "a long mail whose P.S. / P.P.S. / «Edit :» / «J'oubliais :» at the end adds or changes a fact (the"
        " end of a service civique, the grade awaited, «en fait c'était en 2023»): the newest word decides",
        size="long",
        forms_fr=("P.S.", "PS :", "P.P.S.", "Edit :", "J'oubliais", "Petite précision"),
        forms_en=("P.S.", "PS:"),
        rule="a postscript is the newest word of the mail: it adds a fact the body lacked or corrects one the"
        " body gave, and the corrected fact decides",
        distractors="the body's fact taken over the postscript's correction; the postscript read as an aside"
        " with no weight; a P.S. about something else taken as a correction",
    ),
    "long_digressive": Length(
        "long and rambling: the writer's siblings', friends', partner's situations («ma sœur est en service"
        " civique», «mon copain fait une reconversion»), news, opinions about the ESS, anecdotes — other"
        " people's facts everywhere, the writer's own fact once; a long newsletter or partner's mail too",
        size="long",
        forms_fr=("ma sœur", "mon frère", "mon copain", "ma meilleure amie", "d'ailleurs", "bref"),
        forms_en=("my sister", "my friend"),
        rule="other people's facts are theirs: only what the writer says of themself decides; a newsletter or"
        " a partner's long mail about something else is not an application",
        distractors="a sibling's service civique or a partner's reconversion taken as the writer's; an"
        " opinion"
        " about the ESS taken as a job search; the newsletter's stories of graduates read as an application",
    ),
    "long_english": Length(
        "English, 350–900 words: a life story, a cover letter or a pasted résumé (language en)",
        size="long",
        forms_fr=(),
        forms_en=("Dear", "I graduated", "EDUCATION", "currently", "Kind regards"),
        rule="the same rules in English: the present state decides, earlier states are over, a foreign degree"
        " is placed by its level; an application in English is labelled language en",
        distractors="a degree's name read at the wrong level (a bachelor's, an associate degree, a"
        " foundation year); «internship» in a past job taken as running; «volunteering» as a service civique",
    ),
}

SHORT_KEYS = tuple(k for k, v in GRID.items() if v.size == "short")
LONG_KEYS = tuple(k for k, v in GRID.items() if v.size == "long")
ENGLISH_KEYS = ("short_english", "long_english")


class N(Featured):
    """One message and its form of length: ``words`` stand in its subject, body or CV as written (case and
    line breaks aside) and carry the deciding fact (or, for other mail, the words that show its kind); the
    `# length:` comment above the message says short or long, about how many words of the writer's own, where
    the fact sits, the kind and the decision."""

    GRID = GRID  # type: ignore[assignment]
