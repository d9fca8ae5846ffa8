"""The spoken corpus (tests/corpus/spoken): it was written by its own method — COMPOSED BY VOICE FIRST. Every
message is given first the way a person's speech became its text, chosen from a grid of twelve — dictated to
the phone keyboard, the spoken punctuation written as words, recognition errors on homophones, oral French as
said, spoken repairs left in, a telephony service's voicemail-to-email, a voice note transcribed by an app, a
call's captions, words said aloud to someone who typed them, dates and levels as people say them, the same in
English, other mail composed by voice — and the deciding fact is carried through what that way does to spoken
words (no punctuation, numbers as the recogniser picks them, homophones, fillers, oral syntax, repairs,
speaker turns, «[inaudible]»). The label follows what the person means about themselves, as it can be heard
back; the service's, the engine's and the typist's words are nobody's facts. Its truth says which way and
which fact; above each message a `# route:` comment says the way, where the fact sits, the kind and the
decision.

Tuned on since stop 48, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's: the grid fixed with a rule per way, the counts and balance its writers set, and each way's marks
really standing in its mails (spoken marks written as words, an oral mark, a repair, a voicemail
notification, a voice note's transcript, speaker turns, a typist's aside, a date as said)."""

from __future__ import annotations

import re
from pathlib import Path

from corpus_checks import assert_rebuilt_byte_for_byte
from corpus_method import (
    MethodCorpus,
    assert_a_grid_of_twelve,
    assert_ambiguity_within_the_writers_bounds,
    assert_each_rule_says,
    assert_every_route_told,
    assert_fourteen_messages_a_key,
    assert_other_mail_mostly_other_and_referred,
    assert_the_english_share,
    assert_the_writers_balance,
    text_of,
    written_in_english,
)

CORPUS = MethodCorpus("spoken")  # its build puts the voices kit and source/spoken.py on the path
SPOKEN = CORPUS.path
_GRID_MODULE = CORPUS.grid_module
GRID = CORPUS.grid

# What each way's rule decides: a few words the rule of the grid must say (what settles the label).
RULES = {
    "voice_typing": ("the facts as spoken", "any written form of a number is that number"),
    "spoken_punctuation": ("a spoken mark is its mark", "the person's own"),
    "homophones": ("can be heard back", "ambiguous"),
    "oral_syntax": ("a negation without «ne» is a negation", "what the clause is about"),
    "self_corrections": ("the person's final version wins", "states nothing"),
    "voicemail_transcript": ("the caller is the applicant", "states nothing", "the caller's number"),
    "voice_note_app": ("the person speaking of herself", "the later word wins"),
    "call_captions": ("that speaker's", "no fact", "a referrer"),
    "dictated_to_someone": ("is the applicant", "report her words", "not hers"),
    "spoken_dates": ("reckoned from the day of writing", "the date is open"),
    "english_spoken": ("language en",),
    "spoken_other_mail": ("what the mail is for", "a referral"),
}
# The marks each way leaves in the mails it shapes (subject, body or attached document).
RUN_ON = re.compile(r"(?:[^\s.!?;…]+[ \t]+){14}[^\s.!?;…]+")  # fifteen words said with no sentence mark
SPOKEN_MARKS = re.compile(
    r"\b(?:virgule|point(?: à la ligne| d'interrogation| d'exclamation)?|deux points|arobase|tiret|"
    r"(?:ouvrez|fermez) la parenthèse|à la ligne|guillemets?|z[ée]ro (?:six|sept)|"
    r"period|comma|new line|dot|at)\b",
    re.I,
)
ORAL = re.compile(
    r"\b(?:du coup|en fait|voilà|genre|ben|bah|quoi|hein|ouais|bosser|taf|boulot|truc)\b|"
    r"\bj'(?:suis|sais|fais|veux|cherche|voudrais|ai pas)\b|c'que|c'qui|\bça fait\b|"
    r"\b(?:moi|lui|elle) (?:mon|ma|mes|c'est|c'que|c'qui)\b|\bon (?:a|est|fait)\b",
    re.I,
)
REPAIR = re.compile(
    r"\b(?:non pardon|pardon|enfin|euh|je reprends|je veux dire|non attendez|attendez|plutôt|bref|"
    r"non en fait|je me suis tromp[ée]e?|sorry|I mean|scratch that|um|uh)\b",
    re.I,
)
VOICEMAIL = re.compile(
    r"message vocal|messagerie|voicemail|voice message|new message from", re.I
)
TRANSCRIPT = re.compile(r"transcri|🎤|note vocale|vocal|voice note|voice message", re.I)
# A speaker's turn: «Name : words», «[00:00:04] Name : words», «00:00:05 Name: words», «Name   0:12» or
# «[Name] words».
TURN = re.compile(
    r"^(?:\[?\d{1,2}:\d\d(?::\d\d)?\]? )?[A-ZÀ-Ý][^\n:]{0,40}?"
    r"(?: {2,}\d{1,2}:\d\d(?::\d\d)?\s*$| ?: ?\S)|^\[[A-ZÀ-Ý][^\]\n]{1,40}\] \S",
    flags=re.MULTILINE,
)
TYPIST = re.compile(
    r"\bje tape|tap[ée]e? par|\b(?:me|m'a|nous) dict|dictée|dicte|sous (?:sa|son) dict|\b(?:il|elle) dit\b|"
    r"j'[ée]cris pour|c'est (?:moi|sa|son) .{0,20}qui [ée]cri|typing|dictat|\b(?:he|she) says\b|"
    r"\bwriting for\b|retranscri|à sa demande|de la part de|message laiss[ée] par|\bpour (?:elle|lui)\b",
    re.I,
)
SAID_DATE = re.compile(
    r"l'an (?:dernier|pass[ée])|l'année (?:derni[èe]re|pass[ée]e)|ça fait|il y a|à la rentrée|cet été|"
    r"à la fin du mois|fin du mois|prochain|derni[èe]re?|avant-hier|hier|bac plus|"
    r"\b(?:vingt|deux mille)\b|\b(?:en|de) (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|"
    r"septembre|octobre|novembre|d[ée]cembre)\b(?! \d{4})|\blast\b|\bago\b|\bthis (?:year|summer)\b",
    re.I,
)


def _unmarked(key: str, mark: re.Pattern[str], applications_only: bool = False) -> list[str]:
    """The files of the way `key` (its applications only when asked) whose mail holds no `mark`."""
    return [t["file"] for item, t in CORPUS.of(key, applications_only) if not mark.search(text_of(item))]


def test_the_grid_has_twelve_ways_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve(CORPUS, RULES)


def test_each_way_s_rule_says_what_settles_the_label() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_the_turn_finder_tells_a_speaker_s_turn_from_a_sentence_with_a_colon() -> None:
    assert TURN.search("Karine Dumas   0:12\nDonc vous avez eu votre master quand ?")
    assert TURN.search("[00:00:04] Léna : tu devrais t'inscrire")
    assert TURN.search("[Conseiller] vous avez travaillé avant")
    assert not TURN.search("je me présente, voici mon parcours\net mes dates")


def test_every_message_says_its_way_where_the_fact_sits_and_the_kind() -> None:
    assert_every_route_told(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_way_carries_fourteen_messages_three_verdicts_and_other_mail() -> None:
    assert_fourteen_messages_a_key(CORPUS)


def test_the_counts_and_the_balance_of_verdicts_and_kinds_are_the_writers() -> None:
    assert_the_writers_balance(
        CORPUS, referrals=_GRID_MODULE.REFERRALS, attached=_GRID_MODULE.WITH_ATTACHMENT
    )


def test_the_english_share_holds_and_the_english_way_is_english() -> None:
    assert_the_english_share(CORPUS, written_in_english)


def test_a_dictated_mail_runs_fifteen_words_without_a_sentence_mark() -> None:
    assert not _unmarked("voice_typing", RUN_ON)


def test_spoken_punctuation_holds_marks_or_an_address_written_as_words() -> None:
    assert not _unmarked("spoken_punctuation", SPOKEN_MARKS)


def test_oral_syntax_holds_an_oral_mark() -> None:
    assert not _unmarked("oral_syntax", ORAL)


def test_a_self_correction_holds_a_repair() -> None:
    assert not _unmarked("self_corrections", REPAIR)


def test_a_voicemail_is_a_service_s_notification_and_never_gives_the_applicant_its_address() -> None:
    assert not _unmarked("voicemail_transcript", VOICEMAIL)
    assert not _unmarked("voicemail_transcript", TRANSCRIPT)
    # the service sends; the applicant's address is the one the caller gives, never the service's own
    service_addressed = [
        t["file"]
        for item, t in CORPUS.of("voicemail_transcript", applications_only=True)
        if t["email"] and t["email"] in item.m.frm
    ]
    assert not service_addressed, service_addressed


def test_a_voice_note_holds_its_transcript() -> None:
    assert not _unmarked("voice_note_app", TRANSCRIPT)


def test_call_captions_hold_speaker_turns_and_an_adviser_sending_them_is_a_referrer() -> None:
    # an application's captions hold a dialogue; other mail may quote a single caption line
    few = [
        t["file"]
        for item, t in CORPUS.of("call_captions")
        if len(TURN.findall(item.m.body)) < (2 if t["kind"] == "application" else 1)
    ]
    assert not few, few
    # when the captions come from someone else's mailbox, that someone is the referrer
    unreferred = [
        t["file"]
        for item, t in CORPUS.of("call_captions", applications_only=True)
        if t["email"] and t["email"] not in item.m.frm and not t.get("forwarded_by")
    ]
    assert not unreferred, unreferred


def test_a_mail_said_to_a_typist_shows_the_typist() -> None:
    assert not _unmarked("dictated_to_someone", TYPIST)


def test_a_spoken_date_or_level_stands_in_each_application_of_its_way() -> None:
    assert not _unmarked("spoken_dates", SAID_DATE, applications_only=True)


def test_the_other_mail_way_is_mostly_other_mail_and_its_applications_are_referrals() -> None:
    assert_other_mail_mostly_other_and_referred(CORPUS, "spoken_other_mail")


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(SPOKEN, tmp_path)
