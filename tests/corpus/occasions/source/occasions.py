"""What a message of the occasions corpus is: every message is written on an OCCASION chosen first — the
circumstance that makes the person write NOW — and the facts come in the way that occasion brings them: a
relance says the facts of an earlier application again, maybe updated («je me permets de relancer ma
candidature du 3 novembre : depuis, j'ai soutenu»); a mail after a forum or a call sounds like a reply but is a
first mail («suite à notre échange téléphonique de ce matin, comme convenu…»); a changed situation is the news
(«mon stage vient de se terminer»); a new application after a refusal quotes the old reason; a recommender
stands beside the applicant with facts of their own; a post, a closing date, a move, several schemes at once.
The occasion is chosen FIRST from a grid of twelve (``GRID``); what it does to the facts is the test. The
reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its occasion, the fact the occasion's test turns on, the words that
carry it as they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it,
then (when the occasion leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a line
``# occasion: «words» = what the occasion makes of them → decision`` («# occasion: «depuis, j'ai soutenu mon
M2 le 12 novembre» = the relance updates the earlier «soutenance en novembre»: the last word counts → studies
finished, meets»). build.py adds the occasion and the fact to its truth line. Applications are French, about
one in seven English (``language="en"``).
"""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other


@dataclass(frozen=True)
class Occasion:
    """One occasion: what it is, its forms in French and English, what it brings (which facts, updated or
    not), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    brings: str  # which facts the occasion brings, and how (updated, dated, beside another person's)
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Occasion] = {
    "first_contact": Occasion(
        "a plain first mail, no occasion but the wish to apply (the baseline)",
        forms_fr=(
            "je souhaite candidater à …",
            "je vous écris pour postuler",
            "bonjour, je suis intéressé(e)",
        ),
        forms_en=("I would like to apply to …", "I'm writing to apply"),
        brings="the facts as the writer chooses to say them, once, with no date but their own",
        distractors="none of its own: the baseline against which the other occasions are measured; other"
        " mail of the baseline (an auto-reply, a bounce, a newsletter) on no occasion",
    ),
    "after_a_meeting": Occasion(
        "after a forum, a salon, an info session, a talk at the university or the Mission locale: «suite à"
        " votre présentation au forum de l'emploi de jeudi…»",
        forms_fr=(
            "suite à votre présentation au forum …",
            "nous nous sommes rencontrés au salon …",
            "j'étais à la réunion d'information de …",
        ),
        forms_en=("following your talk at the careers fair …", "we met at the info session on …"),
        brings="the facts the writer gave or did not give at the stand, said now in writing; the meeting's"
        " date is the occasion's, not a fact",
        distractors="the meeting's date taken for a graduation or an end date; the salon's organiser or the"
        " speaker mistaken for the applicant; an organiser thanking us for the forum (no application)",
    ),
    "after_a_call": Occasion(
        "after a phone call: «suite à notre échange téléphonique de ce matin, comme convenu je vous écris…» —"
        " a FIRST mail of the thread, not a reply in it",
        forms_fr=(
            "suite à notre échange téléphonique …",
            "comme convenu au téléphone …",
            "suite à notre appel …",
        ),
        forms_en=("further to our phone call …", "as agreed on the phone …"),
        brings="the facts said on the phone, written down now, sometimes corrected («je vous ai dit juin, c'est"
        " en fait septembre»)",
        distractors="«comme convenu» sounds like a reply but is a first mail with no In-Reply-To: an"
        " application when it carries facts and the wish to join; a true reply in our thread (headers) is"
        " other mail; a correction of what was said on the phone: the last word counts",
    ),
    "follow_up_no_answer": Occasion(
        "a relance of an application sent before that got no answer, the facts said again, maybe updated: «je"
        " me permets de relancer ma candidature du 3 novembre»",
        forms_fr=(
            "je me permets de relancer ma candidature du …",
            "sans nouvelles de ma candidature …",
            "je reviens vers vous",
        ),
        forms_en=("I'm following up on my application of …", "just following up"),
        brings="the earlier application's facts again, some out of date and updated now: the last word counts",
        distractors="the earlier application's date taken for a graduation; an out-of-date fact beside its"
        " update; a relance with no fact and no CV («avez-vous reçu ma candidature ?») is other mail",
    ),
    "situation_changed": Occasion(
        "writing because something changed since: «mon stage vient de se terminer, je peux enfin postuler»,"
        " «j'ai reçu mon diplôme hier»",
        forms_fr=(
            "mon stage vient de se terminer",
            "j'ai reçu mon diplôme",
            "depuis peu, je …",
            "ça y est, …",
        ),
        forms_en=("my internship has just ended", "I've just received my degree", "things have changed:"),
        brings="the changed fact is the news: the new state counts, the old one is history",
        distractors="the old state said first («j'étais en service civique») beside the new one; a change"
        " announced but not happened yet («mon stage se termine bientôt»: still running, or open)",
    ),
    "reapplying": Occasion(
        "refused or too early last year or last session, applying again with what changed",
        forms_fr=("j'avais candidaté l'an dernier …", "vous m'aviez répondu que …", "je retente ma chance"),
        forms_en=("I applied last year and …", "you told me then that …", "trying again"),
        brings="what changed since the refusal (the diploma now validated, the internship now over); the"
        " refusal's reason quoted is the OLD state",
        distractors="an earlier refusal's reason quoted («l'an dernier vous m'aviez dit que mon BTS n'était pas"
        " encore validé») is not today's fact; the old application's year taken for a graduation; nothing"
        " changed (the same reason still holds)",
    ),
    "recommended_by": Occasion(
        "a former participant, a teacher, an employer told them to write, or writes for them: the recommender"
        " named, the facts the applicant's",
        forms_fr=("sur les conseils de …", "c'est … qui m'a parlé de vous", "je vous recommande …"),
        forms_en=("… suggested I get in touch", "I was referred by …", "I'd like to recommend …"),
        brings="the applicant's facts; when the recommender writes, the applicant's facts through them"
        " (``forwarded_by`` the sender)",
        distractors="the recommender's own facts (their diploma, their year in the programme) are not the"
        " applicant's; a recommender asking about the programme with no one named is a question",
    ),
    "answering_a_post": Occasion(
        "answering a post on LinkedIn, Instagram, a job board listing, a poster at the university, the"
        " programme's newsletter",
        forms_fr=(
            "j'ai vu votre publication sur LinkedIn",
            "suite à votre annonce",
            "j'ai vu l'affiche à la fac",
        ),
        forms_en=("I saw your post on LinkedIn", "in response to your listing", "I saw the poster"),
        brings="the facts the post asked for, often in the post's order",
        distractors="the post's author or the page mistaken for the applicant; the post's date taken for a"
        " fact; a job board's or LinkedIn's notification (no application)",
    ),
    "deadline_or_date": Occasion(
        "writing because of the next cohort's start or a closing date: «avant la clôture du 30 novembre»",
        forms_fr=(
            "avant la clôture du …",
            "pour la promo de janvier",
            "je vois que les candidatures ferment",
        ),
        forms_en=("before the deadline on …", "for the January cohort", "applications close on"),
        brings="the facts, sometimes dated against the programme's date («mon stage finit avant le début de la"
        " promo»)",
        distractors="the closing date or the cohort's start taken for a graduation or an end date; a fact"
        " promised for before the start (not a fact yet: still running, or open)",
    ),
    "moving_or_life_event": Occasion(
        "a move to the city, the end of a contract, a return from abroad, a birth, an illness recovered: the"
        " event is the occasion, the facts said with it",
        forms_fr=(
            "je viens d'emménager à …",
            "de retour de …",
            "après un congé maternité",
            "mon contrat s'est terminé",
        ),
        forms_en=("I've just moved to …", "back from …", "after my parental leave"),
        brings="the facts beside the event; the event's date is no graduation; a contract that ended may be"
        " the writer's former career",
        distractors="the move's or the return's date taken for a graduation; the end of a contract taken for"
        " studies finished; a life event's years (a job abroad) that make a career change",
    ),
    "several_programmes": Occasion(
        "applying to several schemes at once — a BPI, an APEC programme, a Garantie jeunes — and to Pro'pulse,"
        " or asking which fits",
        forms_fr=("je candidate aussi à …", "j'hésite entre … et Pro'pulse", "lequel me conviendrait ?"),
        forms_en=("I'm also applying to …", "which scheme would suit me?"),
        brings="the facts, and the aim said across schemes (a start-up incubator beside the ESS, or not)",
        distractors="another scheme's criteria quoted are not the writer's facts; a mail to many schemes at"
        " once with no fact (a question); the aim split between the ESS and anything else (open)",
    ),
    "english_occasions": Occasion(
        "any of the occasions in English: a follow-up, a referral, a post, a move back from abroad",
        forms_fr=(),
        forms_en=(
            "Following up on my application …",
            "I met your team at …",
            "… recommended I write to you",
            "I saw your post …",
        ),
        brings="the same conventions in English: the update wins, the occasion's date is no graduation",
        distractors="British «course» for studies; a «placement» is an internship; «last year you said…» is the"
        " old state",
    ),
}


class N(Featured):
    """One message and the occasion on which it is written: ``words`` stand in its subject, body or CV as
    written (case and line breaks aside), and they are the words that carry the fact the occasion's test turns
    on; the `# occasion:` comment above the message says what the occasion makes of them and what they
    decide."""

    GRID = GRID  # type: ignore[assignment]
