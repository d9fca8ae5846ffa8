"""The writer's newest words over their own earlier mail (clients, t-quoted, stop 44): a mail resent under an
update — forwarded from their own mailbox, quoted by their client, attached as a message — is an earlier state
of the same person; the words written above it are today's. A fact only the earlier mail states still counts;
one the newer words change is read as they now tell it.

Readings here. `cover_of_own_letter`: the writer's text that `parsing.writer_text` joined to their own
forwarded letter, cut back to the words above the letter, so the letter is read once, as the older mail
(`discourse.own_earlier_mail`) and not as today's words too. `studies_over_since`: studies the earlier mail
told going on («je termine mon master, il me reste la soutenance») that the newer words — or the CV sent with
them — tell ended by a diploma now held («master validé, jury passé») are over. `course_held_since`: the
course the earlier mail told in progress («je suis en M2, diplôme en décembre») is the diploma the newer words
tell obtained without naming it («depuis, j'ai eu mon diplôme le 15 décembre»); `studying_phrase_over`: the
earlier mail's phrase of studies going on, once they are over, no longer tells them going on.
`without_our_questions`: our questions the writer answers under each, quoted in their reply, are no earlier
words of theirs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from intake.parsing import ParsedMessage, split_forwarded, strip_quoted
from intake.understanding.criteria_answers import questions_put
from intake.understanding.education import read_education
from intake.understanding.facts import (
    BODY,
    DiplomaMention,
    EducationFacts,
    Evidence,
    SituationFacts,
    Source,
)
from intake.understanding.lexicon import load_lexicon
from intake.understanding.situation import settle_current


def cover_of_own_letter(msg: ParsedMessage, body: str) -> str:
    """`body` without the writer's own forwarded letter `writer_text` joined under their note: the note
    alone, or `body` as it is when no such letter is joined (or the note is empty: the letter is the text)."""
    fwd = split_forwarded(msg.text, msg.subject)
    if fwd is None or not fwd.from_addr or fwd.from_addr != msg.from_addr or not fwd.cover.strip():
        return body
    letter = strip_quoted(fwd.text).strip()
    opening = letter.split("\n", 1)[0].strip()
    at = body.rfind(opening) if opening else -1
    cover = body[:at].strip() if at > 0 else ""
    return cover or body


def without_our_questions(older: str, text: str) -> str:
    """The earlier mail found under the writer's words, without our questions the writer answers one by one
    below them («> Êtes-vous actuellement en stage ?» over «C'est compliqué…»): a question is asked, no state
    of the writer's; each answer is read with its question in the writer's words (`quoted_questions_put`)."""
    if not older or ">" not in text:
        return older  # the cheap test: no quoted line, no quoted question
    asked = set(questions_put(text))
    if not asked:
        return older
    return "\n".join(line for line in older.split("\n") if line.strip() not in asked)


def studies_over_since(
    situation: SituationFacts, education: EducationFacts | None, sources: list[Source], today: date
) -> SituationFacts:
    """`situation` with studies told going on (or awaiting their jury) only in the writer's earlier mail put
    in the past when the newer words tell a diploma held at the level of every course the earlier mail told
    in progress. `sources`: the texts read, the earlier mail among them (`older`, not the body)."""
    earlier = [s for s in sources if s.older and s.where != BODY and not s.is_document]
    told = situation.flags.get("studying") or situation.uncertain.get("studying")
    if told is None or told.where == BODY or not earlier or education is None:
        return situation
    held = education.highest
    # The newer words, or a document sent with them («je joins mon CV à jour»: «master obtenu en octobre»).
    newer = {BODY, *(s.where for s in sources if s.is_document)}
    if held is None or not held.obtained or held.in_progress or held.evidence.where not in newer:
        return situation
    if education.studying is not None and education.studying.where == BODY:
        return situation  # the newer words tell studies going on too
    # A course told in progress, or named without being had («mes cours de licence pro sont finis, mais il
    # me reste mon mémoire»): the studies the earlier mail told going on.
    courses = [m for m in read_education(earlier, load_lexicon(), today).mentions if not m.obtained]
    if not courses or any(course.level > held.level for course in courses):
        return situation  # «licence obtenue» over «je termine un master»: the master goes on
    situation.flags["studying"] = None
    situation.uncertain.pop("studying", None)  # «le jury doit se réunir»: it has, the diploma is held
    situation.past.setdefault("studying", told)
    settle_current(situation)
    return situation


def course_held_since(education: EducationFacts, newer: EducationFacts) -> EducationFacts:
    """`education` (read in the newer words and the earlier mail together) with the course the earlier mail
    told in progress held since, at the date the newer words (`newer`, read alone) give a diploma they do
    not name: «je suis en M2, diplôme en décembre» under «depuis, j'ai eu mon diplôme le 15 décembre» is the
    M2, held in December. A newer word naming a diploma, or none dating one, leaves `education` as it is."""
    alone, course = newer.graduation_alone, education.highest
    if alone is None or alone.evidence.where != BODY or newer.highest is not None or course is None:
        return education
    if not course.in_progress or course.evidence.where == BODY:
        return education
    both = Evidence(f"{course.evidence.text} […] {alone.evidence.text}", BODY)
    held = replace(course, obtained=True, in_progress=False, graduation=alone.value, evidence=both)
    over = education.studying is not None and education.studying.where != BODY
    return replace(
        education,
        highest=held,
        mentions=[held if _same_course(m, course) else m for m in education.mentions],
        graduation_alone=None,
        studying=None if over else education.studying,
    )


def _same_course(mention: DiplomaMention, course: DiplomaMention) -> bool:
    """`mention` tells `course` in progress in an earlier text (a quoted mail is read as the earlier mail and
    as the forwarded quote: the same course told twice)."""
    return mention.in_progress and mention.evidence.where != BODY and mention.level == course.level


def studying_phrase_over(
    education: EducationFacts | None, situation: SituationFacts
) -> EducationFacts | None:
    """`education` without its phrase of studies going on when that phrase is the earlier mail's the newer
    words put in the past (`studies_over_since`): «il me reste mon mémoire à rendre», quoted under «mémoire
    soutenu, licence obtenue», no longer tells studies going on."""
    over = situation.past.get("studying")
    if education is None or over is None or over.where == BODY or situation.flags.get("studying"):
        return education
    told, doubted = education.studying, education.studies_doubted  # said going on, or asked
    return replace(
        education,
        studying=None if told is not None and told.text == over.text else told,
        studies_doubted=None if doubted is not None and doubted.text == over.text else doubted,
    )
