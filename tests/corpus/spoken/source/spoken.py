"""What a message of the spoken corpus is: every message is given FIRST the way a person's speech became the
text of the mail, chosen from a grid of twelve — dictated to the phone keyboard (Gboard, iOS dictation), the
spoken punctuation written as words («virgule», «point à la ligne», «arobase»), recognition errors on
near-sounds and homophones («ma stère», «service si vique», «les SS»), oral French as said (dislocation, «du
coup», «ne» dropped), spoken repairs left in («en juin non pardon en juillet», «euh»), a telephony service's
voicemail-to-email, a voice note transcribed by a messaging or recorder app, a call's auto-captions or meeting
transcript with speaker turns, words said aloud to someone who typed them, dates and levels as people say
them («l'an dernier en juin», «bac plus trois»), the same in English, and other mail composed by voice
(questions, replies in our thread, auto-replies, a pocket-dial, a podcast's newsletter, bounces). The deciding
fact is carried through what that way does to spoken words: no punctuation, numbers as the recogniser picks
them, homophones, fillers, oral syntax, repairs, speaker turns, «[inaudible]». The label follows what the
PERSON means about themselves, as it can be heard back; the service's, the engine's and the typist's words are
nobody's facts; where speech-to-text truly leaves the meaning open, the fact stays open (to verify, with an
``# ambiguous:`` line). The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its way, the fact that decides, the words that carry it as they stand in the
mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when the message truly
leaves a fact open) a line ``# ambiguous: …`` saying why, then a line ``# route: way, where the deciding fact
sits → kind (and for an application, the deciding fact → decision)`` («# route: Gboard dictation, one run-on
paragraph, the level only in «bac plus cinq» of its second half → application; master 2025, ESS sought →
eligible»). build.py adds the way and the fact to its truth line. About three messages in four are
applications, each with its deciding fact as always (a level, a date, an internship or a service civique
running or over, a career before, studies running, an ESS search or none); the rest is other mail, most of it
under ``spoken_other_mail``.

Transcripts are plausible, not caricatures: lower case, few marks, numbers mostly as digits, errors on names
and acronyms, as Gboard, iOS dictation, Orange/Free/OVH/Bouygues voicemail-to-email, WhatsApp's and
recorder apps' transcription, Teams/Zoom/Meet captions really render speech."""

# ruff: noqa: E501

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py

# The grid's entries: each a way speech becomes a mail's text, its rule settling what its words mean.
from tagged import Featured, Way

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 145 applications (55 eligible / 35 to verify / 55 not) and 55 other
N_APPLICATIONS = (135, 155)  # the applications' count lies in this range
ENGLISH_SHARE = (0.12, 0.22)  # share of applications written in English (key 11 and some of 6, 7, 8, 12)
AMBIGUOUS = (20, 40)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 30  # at most this many messages carry a CV or a letter as a file
REFERRALS = 7  # at least this many applications sent by someone (or something) else: forwarded_by=


GRID: dict[str, Way] = {
    "voice_typing": Way(
        "dictated to the phone keyboard (Gboard, iOS dictation, Samsung voice input): little or no"
        " punctuation, one run-on paragraph, missing capitals, numbers as the recogniser picks them («2025»,"
        " «deux mille vingt-cinq», «20 25», «bac +5», «bac plus cinq»)",
        forms=("one run-on paragraph", "a few long unpunctuated sentences", "a short dictated line", "a dictated mail with a typed signature"),
        marks=("no full stop", "lower-case start", "bac plus", "deux mille", "20 25", "Envoyé de mon iPhone"),
        rule="the facts as spoken; any written form of a number is that number («deux mille vingt-quatre»,"
        " «20 24» and «2024» are one year; «bac plus cinq» and «bac +5» one level); a sentence boundary the"
        " engine did not mark is still a boundary where the meaning puts it",
        distractors="a year split in two («20 25») read as two numbers; a number in words missed; two clauses"
        " run together read as one (a stage's date given to the diploma); the missing punctuation read as noise",
    ),
    "spoken_punctuation": Way(
        "the engine wrote the spoken marks as words («virgule», «point», «point à la ligne», «ouvrez la"
        " parenthèse», «deux points», «tiret», «arobase»), a dictated address or phone spelt out («camille"
        " point roux arobase gmail point com», «zéro six douze trente-quatre…»)",
        forms=("marks as words throughout", "marks half converted, half as words", "a dictated address", "a dictated phone number"),
        marks=("virgule", "point à la ligne", "deux points", "arobase", "ouvrez la parenthèse", "tiret"),
        rule="a spoken mark is its mark («virgule» a comma, «point» a full stop ending the clause, «ouvrez la"
        " parenthèse … fermez la parenthèse» an aside); a dictated address or number is the person's own"
        " (the email or phone field), as it is spelt",
        distractors="«point» read as a word of the sentence; an aside in spoken brackets read as the main"
        " fact; the dictated address missed because it has no «@»; «virgule» splitting a date",
    ),
    "homophones": Way(
        "plausible recognition errors on near-sounds and homophones: «ma stère» or «mastère» for master,"
        " «bac plus de» for bac+2, «service si vique», «les SS» or «l'ES» for l'ESS, «des UT» for DUT,"
        " «l'essence pro» for licence pro, «diplôme et» for diplômée, «un stage» or «en stade» for en stage,"
        " mangled proper names (towns, schools, Animafac, Pro'pulse)",
        forms=("one error on the deciding word", "errors on names only", "several errors, one of them deciding"),
        marks=("ma stère", "si vique", "les SS", "des UT", "l'essence pro", "bac plus de", "pro pulse"),
        rule="the meaning the person said counts when it can be heard back («service si vique» is a service"
        " civique, «les SS» the ESS); where the error truly hides it («bac plus de» or «bac plus deux»,"
        " «un stage» or «en stage»), the fact is open: to_verify with an ``# ambiguous:`` line",
        distractors="the mangled word read as no fact; «mastère» read as a master of the same level without"
        " thought; «un stage» read as a stage running; «les SS» read as no ESS aim",
    ),
    "oral_syntax": Way(
        "oral French as said: dislocation («moi mon master je l'ai eu en juin»), «du coup», «en fait»,"
        " «genre», «voilà», «ben», «quoi», «ne» dropped («j'suis pas en stage», «j'fais plus de service"
        " civique»), «on» for «nous», «j'ai fini mes études ça fait deux ans»",
        forms=("a dictated mail in spoken French", "a transcribed voice note in spoken French"),
        marks=("du coup", "en fait", "voilà", "genre", "ben", "quoi", "j'suis", "ça fait"),
        rule="a negation without «ne» is a negation («j'suis pas en stage» denies a stage); a dislocated topic"
        " is what the clause is about («la licence je l'ai eue en 2025» is a licence of 2025); «ça fait deux"
        " ans» reckons back from the day of writing; «on» is the speaker among others",
        distractors="«j'suis pas en stage» read as in a stage (no «ne»); a dislocated topic given to another"
        " verb; «ça fait deux ans» read as a duration of studies; the fillers read as noise hiding the fact",
    ),
    "self_corrections": Way(
        "spoken repairs left in the transcript: «en juin non pardon en juillet», «je suis en stage enfin"
        " j'étais jusqu'en octobre», «euh», «attendez je reprends», false starts, a repeated word",
        forms=("a date repaired", "a status repaired", "a level repaired", "a false start abandoned"),
        marks=("non pardon", "enfin", "euh", "je reprends", "je veux dire", "plutôt", "non attendez"),
        rule="the person's final version wins («en 2023 non en 2025» is 2025; «je suis en stage enfin j'étais»"
        " is a stage over); a started then abandoned phrase states nothing",
        distractors="the first version taken; both versions kept as two facts; the abandoned start read as a"
        " fact; «enfin» read as «at last»",
    ),
    "voicemail_transcript": Way(
        "the telephony service's voicemail-to-email (Orange, Free, SFR, Bouygues, OVH, an office PBX):"
        " «Nouveau message vocal de +33 6 …», «Transcription (peut contenir des erreurs)», duration,"
        " «[inaudible]», confidence notes, the audio attached or linked; sent by the service (From:"
        " messagerie@…), the caller's number in the notification",
        forms=("a notification with the transcript", "a transcript with low-confidence words marked", "a voicemail in English"),
        marks=("Nouveau message vocal", "Transcription", "peut contenir des erreurs", "[inaudible]", "Durée", "messagerie"),
        rule="the caller is the applicant when she presents herself and asks to join; «[inaudible]» states"
        " nothing; the service's words are nobody's; the email field is the address the caller gives (none if"
        " she gives none), the phone the caller's number",
        distractors="the service's address read as the applicant's; «[inaudible]» read as a negation or a"
        " date; the notification's date read as a graduation date; the mail read as an auto-reply",
    ),
    "voice_note_app": Way(
        "a voice note (WhatsApp, Signal, Messenger, Telegram, a recorder app, Otter) transcribed by an app"
        " and forwarded or pasted («Transcription automatique :», «🎤 0:47», speaker labels), sometimes with"
        " the person's own typed line above it",
        forms=("a pasted transcript", "a typed line then the transcript", "a forwarded voice note with its transcript"),
        marks=("Transcription automatique", "🎤", "note vocale", "message vocal", "0:", "transcrit"),
        rule="the transcript is the person speaking of herself; the typed line is hers too; where they"
        " disagree, the later word wins",
        distractors="the typed line taken over a later spoken correction; the app's labels read as a"
        " person's words; the note read as forwarded by someone else",
    ),
    "call_captions": Way(
        "a call's auto-captions or meeting transcript (Teams, Zoom, Meet: «Transcription», speaker names,"
        " timestamps) of the person talking with an adviser, a friend or a parent, pasted by the person or"
        " sent by the adviser",
        forms=("speaker: line turns", "timestamped turns", "a transcript pasted under a short cover line", "an adviser's referral with the transcript"),
        marks=("Transcription", "00:", "a démarré la transcription", "Conseillère", "Intervenant", ":"),
        rule="each speaker's words are that speaker's; the applicant's facts are what she says of herself; a"
        " question asked of her is no fact; an adviser sending it is a referrer (`forwarded_by=`)",
        distractors="the adviser's question («vous êtes en stage ?») read as a fact; the other speaker's"
        " diploma given to the applicant; the adviser read as the applicant",
    ),
    "dictated_to_someone": Way(
        "said aloud to someone who typed it (a sister, a friend, a flatmate, an assistive reader, a parent),"
        " the typist's asides left in («(elle dit que c'était en juin)», «je tape pour Inès qui a le poignet"
        " cassé»), third-person slips",
        forms=("a typist's cover line then the dictation", "asides in brackets", "slips between «je» and «elle»"),
        marks=("je tape pour", "elle dit", "il dit", "(", "sous sa dictée", "c'est moi qui écris"),
        rule="the person dictating is the applicant; the typist's asides report her words; the typist's own"
        " facts are not hers",
        distractors="the typist read as the applicant; the typist's own diploma or stage given to the"
        " applicant; a third-person slip read as another person",
    ),
    "spoken_dates": Way(
        "times and levels as people say them: «l'an dernier en juin», «à la rentrée», «ça fait un an et"
        " demi», «en vingt-quatre», «le trente juin vingt-cinq», «bac plus trois», «à la fin du mois», «cet"
        " été», a month without a year, «avant-hier»",
        forms=("a relative date", "a two-digit year said", "a month without a year", "a level said as bac plus"),
        marks=("l'an dernier", "à la rentrée", "ça fait", "vingt-", "cet été", "bac plus", "il y a"),
        rule="the date as said, reckoned from the day of writing (TODAY = 2026-11-26: «l'an dernier» is 2025,"
        " «en vingt-quatre» 2024, «ça fait un an et demi» mid-2025); where the spoken form leaves the year"
        " open («en juin» with no year and nothing else), the date is open",
        distractors="«l'an dernier» reckoned from another year; «vingt-quatre» read as a day or an age; a"
        " month without a year given this year; «bac plus trois» missed as a level",
    ),
    "english_spoken": Way(
        "the same in English, by people writing in English to the programme: voice typing (\"period\","
        " \"comma\", \"new line\"), homophones (\"my masters\" / \"my master's\", \"bachelors\", \"service"
        " civic\", \"E.S.S.\" heard as \"SS\"), a voicemail transcript, call captions, a voice note",
        forms=("English dictation", "an English voicemail transcript", "English captions", "an English voice note"),
        marks=("period", "comma", "new line", "um", "like", "[inaudible]", "masters"),
        rule="as in French: the facts as said, a spoken mark is its mark, the final version of a repair wins,"
        " [inaudible] states nothing; an application in English is labelled language en",
        distractors="\"period\" read as a time span; \"my masters\" read as people; \"last June\" reckoned"
        " from the wrong year",
    ),
    "spoken_other_mail": Way(
        "other mail composed by voice: a dictated question with no personal fact, a partner's or an"
        " employer's voicemail, a pocket-dial transcript with nothing in it («[inaudible] … allô ?»), an"
        " auto-reply dictated, a reply in our thread dictated («oui jeudi ça me va virgule merci»), a"
        " podcast's newsletter, bounces; and a few applications sent by a partner's or an adviser's"
        " transcript",
        forms=("question", "reply", "auto-reply", "newsletter", "bounce", "pocket-dial", "partner's voicemail", "referral"),
        marks=("allô", "[inaudible]", "absent", "Mailer-Daemon", "podcast", "épisode", "virgule"),
        rule="the kind follows what the mail is for: a question without the writer's facts is a question; an"
        " answer in our thread is a reply; an automatic message is an auto-reply even when dictated; a bounce"
        " is a bounce; a pocket-dial or a partner's call with no applicant is other; an adviser presenting a"
        " person with their facts is a referral",
        distractors="a dictated question read as an application; a pocket-dial read as an application from"
        " its caller's number; a dictated reply in our thread read as a new application",
    ),
}

ENGLISH_KEY = "english_spoken"  # every application of this key is written in English


class N(Featured):
    """One message and its way: ``words`` stand in its subject, body or CV as written (case and line breaks
    aside) and carry the deciding fact (or, for other mail, the words that show its kind); the `# route:`
    comment above the message says the way, where the fact sits, the kind and the decision."""

    GRID = GRID  # type: ignore[assignment]
