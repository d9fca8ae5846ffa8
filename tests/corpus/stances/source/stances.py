"""What a message of the stances corpus is: the Pro'pulse inbox (propulse@animafac.net) of 1–6 DECEMBER 2026,
EVERY MESSAGE READ AND LABELLED ON 2026-12-07 (``READ_ON``, the Monday after: the same reading day for all, as
``../inbox`` reads every message on one day). Every application is given FIRST the way its writer holds the
fact that decides her case, her EPISTEMIC STANCE, drawn from a grid of twelve keys (``GRID``) fixed before any
message was written: the fact said plainly, hedged, hanging on a result, asked about, misjudged by herself,
corrected in the same mail, half remembered, judged by someone else, understated or inflated, contradicted,
the same stances in English, and December's other mail that holds stances without applying. Then the deciding
fact (a criterion of the programme) is chosen, then the mail is written as that person would write to a
programme heard of the day before: her words, her order, two lines to a page, typos sometimes, no two mails
alike.

Each message is labelled by what it says, read alone, on ``READ_ON`` (the voices kit's conventions,
tests/corpus/voices/source/kit.py and tests/corpus/identities/LICENCE.md «Truth conventions», with
«2026-11-26» replaced by 2026-12-07; the reading-day rule of ../seasons and ../rentree). The reading month is
December 2026: graduation_recent meets when ``months_ago`` from 2026-12 is ≤ 24 (a diploma from 2024-12 on
meets, 2024-11 and before fails). A year alone Y meets when January Y is ≤ 24 months back (2025, 2026), fails
when December Y is > 24 months back (2023 and before), else stays open (2024: `# ambiguous:`). A date said
without its year is the occurrence the words and their tense point to from the reading day («en juin» in a
past tense is June 2026, in a future June 2027); relative words («l'an dernier» = 2025, «cette année» = 2026,
«il y a deux ans» = December 2024, "last summer" = summer 2026) count from 2026-12-07. A diploma still ahead
is studies not finished (graduation null). A placement (internship, civic service, alternance) running after
the reading day fails its criterion; one ended on or before it meets; one beginning after it is not yet a
situation. Where the words do not settle a criterion it stays open (``# ambiguous:``). build.py refuses a
label that contradicts the month count or the year-alone rule.

THE STANCE IS NEVER THE LABEL: a hedge, a doubt, a hope, a fear, somebody's opinion, a modest or a proud word
is how the writer holds the fact; the label is what the words that carry the fact settle. A hedge of
politeness on a plain fact changes nothing; a hedge on the fact itself leaves its criterion open unless every
value it allows decides the same way.

Each source file (batch01..08.py) lists MESSAGES, each an ``N`` (its key, the fact that decides, the words
that show it as they stand in the subject, body or CV, the mail), with a ``# Feature: key — fact — words``
comment above it, then (only when the application truly leaves a criterion open) a line ``# ambiguous: why``,
then a line ``# route: where the deciding facts sit → decision``. Dates are «YYYY-MM-DD HH:MM» (Paris time,
+0100 all December) inside the batch's span (``BATCH_SPANS``), rising with the number."""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured
from tagged import Way as Stance  # one epistemic stance: what it is, its forms, marks, rule, distractors

MONTH = "2026-12"  # every Date of the corpus lies in this month, between the 1st and the 6th
FIRST_DAY, LAST_DAY = "2026-12-01", "2026-12-06"  # the days the mail arrived
READ_ON = "2026-12-07"  # EVERY message is read and labelled on this day (its truth line's `read_on`)
READING_MONTH = (2026, 12)  # the month of READ_ON: the month count's origin
LIMIT = "2024-12"  # the oldest graduation month that meets the two-year limit read on 2026-12-07


def read_on(date: str) -> str:
    """The READ_ON convention: every message of the corpus, whatever its Date, is read on 2026-12-07."""
    assert FIRST_DAY <= date[:10] <= LAST_DAY, date
    return READ_ON


# The span of each batch (first, last moment «YYYY-MM-DD HH:MM», inclusive): eight batches of 25 in arrival
# order over six days, writer A the first three days, writer B the last three.
BATCH_SPANS = {
    "01": ("2026-12-01 00:00", "2026-12-01 23:59"),  # Tuesday 1
    "02": ("2026-12-02 00:00", "2026-12-02 23:59"),  # Wednesday 2
    "03": ("2026-12-03 00:00", "2026-12-03 12:59"),  # Thursday 3, morning
    "04": ("2026-12-03 13:00", "2026-12-03 23:59"),  # Thursday 3, afternoon and evening
    "05": ("2026-12-04 00:00", "2026-12-04 23:59"),  # Friday 4
    "06": ("2026-12-05 00:00", "2026-12-05 23:59"),  # Saturday 5
    "07": ("2026-12-06 00:00", "2026-12-06 12:59"),  # Sunday 6, morning
    "08": ("2026-12-06 13:00", "2026-12-06 23:59"),  # Sunday 6, afternoon and evening
}
WRITERS = {"A": ("01", "02", "03", "04"), "B": ("05", "06", "07", "08")}  # B's status strings start «b_»

N_MESSAGES = 200  # 8 batches of 25 in arrival order
PER_BATCH = 25
N_APPLICATIONS = (140, 160)  # the applications' count lies in this range
VERDICTS = {"eligible": (35, 70), "to_verify": (35, 60), "not_eligible": (35, 65)}  # applications by verdict
PER_KEY_APPLICATIONS = (9, 16)  # applications of each key but OTHER_KEY
OTHER_MAIL = (40, 60)  # messages that are no application
OTHER_KEY = "stance_other_mail"  # the key of other mail only
OTHER_OF_OTHER_KEY = 34  # at least this many messages of OTHER_KEY
QUESTIONS = 8  # at least this many questions (kind question) in the corpus
ENGLISH_KEY = "english_stance"  # every application of this key is written in English
ENGLISH_SHARE = (0.10, 0.16)  # share of applications written in English
AMBIGUOUS = (10, 30)  # `# ambiguous:` lines in the whole corpus (each writer ≤ 14)
WITH_ATTACHMENT = 12  # at least this many applications carry a CV as a file (PDF, DOCX, ODT)
HTML_ONLY = 8  # at least this many messages have an HTML body and no text part
REFERRALS = 12  # at least this many applications written by someone else (`forwarded_by`), in any key

# The share of each key, (applications, other mail) over the 200 messages (source/SPLIT.md: per batch).
MIX: dict[str, tuple[int, int]] = {
    "plain_fact": (14, 0),
    "hedged": (14, 0),
    "pending_result": (14, 0),
    "self_question": (13, 2),
    "self_misjudged": (14, 0),
    "corrected": (13, 1),
    "remembered_vaguely": (13, 0),
    "someone_judged": (13, 1),
    "understated": (13, 0),
    "contradicted": (13, 0),
    "english_stance": (16, 0),
    "stance_other_mail": (0, 46),
}
TOLERANCE = 2  # each key's count of applications within ± this of MIX (writers may move one or two)


GRID: dict[str, Stance] = {
    "plain_fact": Stance(
        "the control group: the deciding fact stated plainly, with no hedge, no doubt, no judgement of"
        " anyone; every criterion of the programme among them",
        forms=("«j'ai obtenu mon BUT Carrières sociales en juin 2025»", "«je suis en stage jusqu'au 15"
               " février»", "«après douze ans dans la logistique je me reconvertis»", "«diplômée en novembre"
               " 2024»", "«je n'ai pas validé ma L3»"),
        marks=("a deciding fact in the indicative, no hedge word, no modal on it",),
        rule="the fact as said decides, read on read_on 2026-12-07: a diploma from 2024-12 on meets"
        " graduation_recent, 2024-11 and before fails, a year alone 2024 stays open; a placement running"
        " after read_on fails; a career of years in another trade fails not_career_change; a diploma not"
        " obtained fails studies_finished",
        distractors="a sibling's internship; a past stage in the CV; the bac's year read as the diploma's;"
        " «en juin» of a past tense read as June 2027",
    ),
    "hedged": Stance(
        "the fact held but hedged: «normalement», «je crois», «a priori», «si je ne dis pas de bêtise»,"
        " «il me semble», «sauf erreur», a conditional of modesty; sometimes on the politeness of the mail,"
        " sometimes on the fact itself",
        forms=("«j'ai normalement un bac+3»", "«mon master, obtenu je crois en septembre 2025»", "«a priori"
               " je suis éligible»", "«si je ne dis pas de bêtise le jury était en juin»", "«mon stage"
               " devrait finir le 18 décembre»"),
        marks=("a hedge word near the deciding fact or near the mail's request",),
        rule="a politeness hedge on a plain fact changes nothing (the fact decides as said); a hedge on the"
        " fact itself (whether the diploma was obtained, when, whether the placement is over) leaves its"
        " criterion open (`# ambiguous:`) unless every value the hedge allows decides the same way; a hedge"
        " on her own eligibility («a priori je suis éligible») is no fact",
        distractors="«je pense correspondre au profil» read as a doubt on the diploma; «normalement» of a"
        " future plan read as a hedge on the past; «je crois» on an address or a phone number",
    ),
    "pending_result": Stance(
        "the fact hangs on a result to come or just come: a jury, a re-sit, a defence, a certificate not"
        " delivered, a VAE, an equivalence request (ENIC-NARIC), a validation of credits",
        forms=("«si je valide mon rattrapage»", "«en attendant les résultats du jury du 15 décembre»", "«le"
               " diplôme m'a été confirmé hier»", "«soutenance le 11 décembre»", "«ma demande d'équivalence"
               " est en cours»", "«VAE en cours pour le DEES»"),
        marks=("a result, a jury, a defence, a certificate or an equivalence with its date or its state",),
        rule="every exam sat and the result not out on read_on leaves studies_finished open (`# ambiguous:`);"
        " an exam, a defence or a report still ahead of read_on is studies not finished (fails"
        " studies_finished, graduation null); a result out and passed (even «confirmé hier», even the"
        " certificate not delivered) is the diploma obtained that month; an equivalence or a VAE not granted"
        " leaves degree_level open unless another diploma of bac+2 or more is held",
        distractors="«en attendant» of a job answer; a result of a friend; «je ne l'ai pas encore reçu» of a"
        " diploma obtained; a re-sit passed long ago",
    ),
    "self_question": Stance(
        "she asks whether her own case is admitted, and tells her case: «est-ce que je peux candidater alors"
        " que…», «mon stage compte-t-il ?», «suis-je trop vieille ?», «est-ce que ça passe avec un BTS ?»",
        forms=("«est-ce que je peux candidater alors que je suis encore en service civique jusqu'en"
               " février ?»", "«mon diplôme date de novembre 2024, c'est trop tard ?»", "«est-ce qu'une"
               " licence pro suffit ?»", "«je travaille en intérim, ça pose problème ?»"),
        marks=("a question mark on her own case beside facts of her own",),
        rule="an application with personal facts (kind application), never a mere question: the facts she"
        " tells decide, whatever her question supposes; a hypothetical («si jamais je prenais un stage») is"
        " no situation; a question with no personal fact is kind question (stance_other_mail)",
        distractors="the question read as the answer («je peux ?» read as a refusal); a question about"
        " someone else; a question in the subject line only",
    ),
    "self_misjudged": Stance(
        "she believes herself excluded though the facts admit her (a stage of last year, a diploma older than"
        " she fears but inside the limit, a CDD outside the ESS), or believes herself admitted though the"
        " facts exclude her (a current «mission» that is an internship, a «pause» in studies not finished, a"
        " diploma of 2023 she calls recent)",
        forms=("«je ne sais pas si mon stage de l'an dernier compte»", "«je suppose que c'est mort, j'ai eu"
               " mon BTS en janvier 2025»", "«je suis pile dans les critères» with a convention de stage",
               "«j'ai fait une pause dans mon M2»"),
        marks=("her own verdict on herself beside the facts that decide otherwise",),
        rule="label by the facts, never by her verdict on herself: a stage ended before read_on meets"
        " not_internship however she fears it; a convention de stage running after read_on fails it however"
        " she calls it «mission»; a «pause» in a diploma not obtained fails studies_finished",
        distractors="«je ne suis sans doute pas éligible» read as a fact; «diplômée récemment» of a 2023"
        " diploma; «mission» read as a job",
    ),
    "corrected": Stance(
        "she corrects herself in the same mail: a later line, a PS, «pardon, je voulais dire…», «ah non»,"
        " a second paragraph, an erratum; sometimes a correction that comes back to the first fact",
        forms=("«PS : je me suis trompée, c'est une licence pro, pas un BTS»", "«diplômée en 2023… pardon,"
               " 2025»", "«ah non, le stage finit le 20 décembre, pas novembre»", "«enfin non, je reprends :"
               " …»"),
        marks=("a correction marker («pardon», «je voulais dire», «PS», «erratum», «ah non», «je corrige»)",),
        rule="the corrected fact wins (the last correction the mail makes, even one that comes back to the"
        " first fact); an uncorrected slip stays (read as written); a correction of a detail that does not"
        " decide (a town, a name's spelling) leaves the deciding fact as said",
        distractors="the first fact read instead of its correction; a PS correcting the phone number read"
        " as correcting the date; «je voulais dire» of a politeness",
    ),
    "remembered_vaguely": Stance(
        "dates and facts half remembered: «vers la fin du printemps dernier», «il y a un an et demi à peu"
        " près», «je ne sais plus si c'était 2024 ou 2025», «un truc comme bac+3», «fin d'été je crois»",
        forms=("«il y a un an et demi environ»", "«c'était en 2022 ou 2023, je ne sais plus»", "«vers la fin"
               " du printemps dernier»", "«il y a deux ans, à peu près»", "«un bac+2 ou +3 selon comment on"
               " compte»"),
        marks=("an approximate date or level («vers», «environ», «à peu près», «je ne sais plus»)",),
        rule="what the words settle decides: a span whose every month meets (or fails) meets (or fails); a"
        " span across the limit of 2024-12 or across a level leaves the criterion open (`# ambiguous:`);"
        " graduation is the most precise value the words settle (a year when only a year is sure, null when"
        " not even the year is)",
        distractors="«il y a deux ans» read as a month; the year of entry remembered as the year obtained;"
        " «à peu près» on an unrelated detail",
    ),
    "someone_judged": Stance(
        "another's judgement cited as the fact: a conseillère, France Travail, the Mission locale, the fac,"
        " a teacher, a parent, a friend «who did the programme», the CROUS; sometimes that other person"
        " writes (a referral)",
        forms=("«ma conseillère pense que je suis éligible»", "«la fac dit que mon diplôme n'est pas encore"
               " délivré»", "«France Travail m'a dit que mon service civique ne compte pas»", "«mon prof"
               " dit qu'un DU c'est pas un diplôme»"),
        marks=("a third person's opinion or statement about the applicant's case",),
        rule="a judgement is a claim: the facts told decide, and a judgement alone (no fact of the case told)"
        " leaves the criterion open; a statement of a fact by the body that holds it («la fac dit que le"
        " jury m'a ajournée») is the fact; a referral names the applicant with her own contacts, never the"
        " referrer's, and `forwarded_by` the referrer's address",
        distractors="the adviser's opinion read as the verdict; the referrer's own diploma; «pas encore"
        " délivré» read as not obtained",
    ),
    "understated": Stance(
        "the fact minimised or inflated: «juste un petit BTS», «rien de fou, une licence», «j'ai à peine"
        " fini», «quasi diplômée», «mon master (enfin, presque)», «un gros bac+5» that is an M1",
        forms=("«juste un petit BTS»", "«rien de fou, une licence»", "«j'ai à peine fini»", "«quasi"
               " diplômée»", "«mon master (enfin, presque)»", "«mon bac+5, enfin le M1»"),
        marks=("a minimising or inflating word on the diploma, the level or the date",),
        rule="the words that carry the fact decide, never the modesty or the pride: «juste un BTS» is a"
        " bac+2 that meets degree_level; «à peine fini» is finished; «quasi diplômée» or «presque» on a"
        " diploma not yet obtained is studies not finished (fails studies_finished, or open when the rest is"
        " only awaited); an inflated level is the level obtained",
        distractors="«petit» read as below bac+2; «presque» of a job search; «à peine» of a date read as"
        " unfinished",
    ),
    "contradicted": Stance(
        "two places of the mail disagree: the body and the CV, the subject and the body, two sentences, the"
        " signature and the text; sometimes the mail itself says which is right",
        forms=("subject «diplômée 2025», body «diplômée en 2023»", "body «stage fini», CV «stage jusqu'en"
               " mars 2027»", "«bac+3» then «mon BTS» and nothing more", "«je ne suis plus étudiante» then"
               " «je finis mon M2 en juin»"),
        marks=("two statements of the deciding fact that disagree",),
        rule="when nothing settles it the criterion stays open (`# ambiguous:`); a contradiction the mail"
        " itself resolves (a correction, a date that explains, the CV's later line saying «en cours» beside"
        " a body that says it plainly) is settled as resolved",
        distractors="two facts about two diplomas read as a contradiction; a CV's past internship read as"
        " current; a subject's shorthand read as a claim",
    ),
    "english_stance": Stance(
        "any stance above written in English: international graduates, Erasmus returnees, bilingual people,"
        " a referral in English",
        forms=("\"I think I graduated in May 2025\"", "\"if I pass my resit on the 14th\"", "\"my adviser"
               " reckons I'm eligible\"", "\"sorry, I meant 2025\"", "\"just a small two-year degree\""),
        marks=("a mail written in English",),
        rule="as in French, by the same conventions on read_on 2026-12-07; labelled language en; a foreign"
        " degree's level by its length or its equivalence; a hedge, a correction or a judgement read as the"
        " French key's rule reads it",
        distractors="a British date order (03/12 is 3 December); \"graduate\" meaning a student; \"last"
        " year\" of a school year; \"should\" of a plan read as a hedge on a fact",
    ),
    "stance_other_mail": Stance(
        "December's other mail with stances (NOT applications): questions about the criteria with no"
        " personal facts, advisers unsure whether to refer someone without presenting anybody, employers"
        " unsure whether to post, newsletters, end-of-year auto-replies, bounces, replies in our threads,"
        " partners' invitations",
        forms=("«on se demande si un BTS suffit»", "an adviser asking whether service civique volunteers may"
               " apply, no one named", "an employer wondering whether its offer fits", "a partner's December"
               " newsletter", "an end-of-year out-of-office", "a bounce", "a reply in our thread confirming"
               " an interview"),
        marks=("no applicant fact of the writer's own; Auto-Submitted, List-Unsubscribe, In-Reply-To"
               " <…@animafac.net> or a Mailer-Daemon as the kind says",),
        rule="kind auto_reply, newsletter, bounce (`bounced=`), question (no personal fact), reply"
        " (In-Reply-To <…@animafac.net>, our mail quoted) or other; never an application, whatever diplomas,"
        " doubts and dates it names",
        distractors="a question's «un BTS suffit-il ?» read as a BTS held; an auto-reply's «de retour le 4"
        " janvier»; an offer's «bac+3 minimum»; an adviser's «je pense à une jeune» with no one presented",
    ),
}


@dataclass(frozen=True)
class N(Featured):
    """One message of 1–6 December 2026: ``words`` stand in its subject, body or CV as written (case and line
    breaks aside) and show the fact that decides (for other mail, its kind); it is read on 2026-12-07."""

    GRID = GRID  # type: ignore[assignment]

    def __post_init__(self) -> None:
        super().__post_init__()
        assert FIRST_DAY <= self.m.date[:10] <= LAST_DAY, f"every Date in 1–6 December 2026: {self.m.date}"
        applies = f"{OTHER_KEY} never applies: {self.words}"
        assert (self.feature == OTHER_KEY) <= (self.fact == "kind"), applies
