"""What a message of the updates corpus is: every person of it writes TWO or THREE mails, numbered in the
order they arrive, and her facts CHANGE between them — a diploma obtained since, an internship or a civic
service over, a job or a training begun, a search turned to the ESS or away from it, a fact corrected («je me
suis trompée»), a new phone or address, her first mail forwarded or quoted below a new text, an answer in our
thread, a relaunch, a third party presenting her before she writes herself, the same in English, and the other
mail of the same conversations (her own auto-reply, a bounce of her old student address, a newsletter sent
twice). Each message is chosen FIRST from a grid of twelve ways the facts change (``GRID``) and labelled by
what is true AS IT SAYS on TODAY = 2026-11-26, read from that message alone (the reader sees each mail on its
own): the newer fact wins over the older one quoted below it; an old fact only in a quoted part that the new
text does not change still counts (the person re-sends it as hers); a reply in our thread (``In-Reply-To:
<…@animafac.net>``, our question quoted) is kind ``reply`` with no fields.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its way the facts change, the fact that decides, the words that carry the
change as they stand in the mail — «c'est officiel, j'ai validé mon master», «je me suis trompée» —, the mail,
and ``person=`` the person writing it), with a ``# Feature: key — fact — words`` comment above it, then (when
the message truly leaves a criterion open) a line ``# ambiguous: …`` saying why, then a line ``# route: where
the older and the newer facts sit, which wins → kind (and for an application, the deciding fact → decision)``.
build.py adds the way, the fact and the person to its truth line. A person's mails are all in one batch, in
arrival order, their Dates rising; a date is «DD HH:MM» in November 2026 or «MM-DD HH:MM» for an earlier month
of 2026 (most in October and November), all on or before 2026-11-26.

Conventions shared by every key (the kit's, tests/corpus/voices): the programme's rules (bac+2 or more, a
diploma of the last two years, studies over, no stage nor service civique running, no career change, a job
sought in the ESS); ``first_name``, ``last_name``, ``email``, ``phone`` as the message gives them, the newest
it gives winning; a third party writing for the person: ``forwarded_by=`` the sender's address and the
applicant's own contacts (or None); a withdrawal («je retire ma candidature», a job found) is kind ``other``;
a question without the writer's facts is a ``question``; a relaunch or a resent mail carrying the person's
facts or her CV is an ``application``."""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured, Way

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 144 applications (50 eligible / 35 to verify / 55 not) and 56 other
N_APPLICATIONS = (135, 150)  # the applications' count lies in this range
ENGLISH_SHARE = (0.12, 0.22)  # share of applications written in English (key 11 and some of the others)
AMBIGUOUS = (20, 40)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 30  # at most this many messages carry a CV or a letter as a file
REFERRALS = 7  # at least this many applications sent by someone else (a careers adviser, a tutor, a parent)
MAILS_A_PERSON = (2, 3)  # every person (or sender) writes this many mails, all in one batch


GRID: dict[str, Way] = {
    "diploma_since": Way(
        "a diploma obtained since: the first mail while the studies run or the jury has not sat, a later one"
        " with the diploma obtained, the results published, the defence passed",
        forms=("«c'est officiel, j'ai validé mon master»", "«les résultats sont tombés : admise»",
               "«j'ai soutenu mon mémoire lundi, reçue avec mention»", "«le jury se réunit en décembre» then the"
               " result", "«il me reste mon mémoire à rendre» then «rendu et validé»"),
        marks=("a word of a result: validé, obtenu, officiel, admis(e), reçu(e), diplômé(e), soutenu",),
        rule="each mail is labelled on its own: while the studies run or the jury has not sat, studies_finished"
        " fails (or stays open when the end is near and not said); once the mail says the diploma obtained, the"
        " diploma's month is the graduation and studies_finished holds; a later mail saying only «c'est"
        " validé» above the quoted first one takes the level and the school from the quoted part",
        distractors="the first mail quoted below with «je suis en M2»; a classmate's result; a jury date in"
        " the future read as a graduation",
    ),
    "placement_over_since": Way(
        "a placement over since: an internship, a civic service, an apprenticeship or a fixed-term contract"
        " running in the first mail, over in the later one, or extended instead",
        forms=("«mon stage s'est terminé vendredi»", "«ma mission de service civique a pris fin le 31 octobre»",
               "«mon alternance est finie, j'ai eu mon diplôme»", "«mon CDD n'a pas été renouvelé»",
               "«finalement mon stage est prolongé jusqu'en février»"),
        marks=("a word of a placement: stage, service civique, alternance, CDD, mission",),
        rule="the placement's state the newest text gives wins: running → not_internship or"
        " not_service_civique fails; over (an end date past on TODAY or «terminé») → it holds; extended past"
        " TODAY → it fails again; an apprenticeship or a CDD over is no placement running; a placement whose"
        " end is not said and may be past stays open",
        distractors="the quoted first mail's «je suis en stage jusqu'au…»; an end date in the future read as"
        " past; a friend's internship",
    ),
    "situation_began_since": Way(
        "a situation begun since: a job, an internship, a training, a civic service or a resumed course begun"
        " after the first mail; the later mail then not eligible, or a withdrawal",
        forms=("«j'ai commencé un stage lundi»", "«j'ai signé un CDI»", "«je reprends un master en janvier… en"
               " fait j'ai été prise en M2 et c'est commencé»", "«je débute une mission de service civique»",
               "«je retire ma candidature, j'ai trouvé un poste»"),
        marks=("a word of a beginning: commencé, débuté, signé, démarré, repris, intégré, trouvé",),
        rule="the situation begun wins over the earlier free one: a stage or a service civique begun and"
        " running fails its criterion, a course resumed fails studies_finished; a mail that withdraws («je"
        " retire ma candidature», «plus besoin») carrying no request is kind other, not an application; a job"
        " begun but the request kept («je cherche toujours dans l'ESS») stays an application",
        distractors="the quoted first mail's free situation; a job offered but not accepted; a course"
        " planned for later read as begun",
    ),
    "search_turned": Way(
        "a search turned: the first mail's aim vague or outside the ESS, the later one naming an ESS search,"
        " or the reverse («finalement je vise le privé»), or a career change told only in the second",
        forms=("«après réflexion, je vise les associations»", "«finalement je vise le privé»", "a vague aim"
               " then «une SCOP ou une SCIC»", "«je ne l'avais pas dit : je veux changer de métier»",
               "an ESS aim given up for the public service"),
        marks=("a word of a turn: finalement, après réflexion, plutôt, désormais, changé d'avis",),
        rule="the aim the newest text gives wins: an ESS employer named (association, coopérative, mutuelle,"
        " SCOP, SCIC, fondation, entreprise d'insertion) → job_seeking_ess holds; a private or public employer"
        " outside the ESS → it fails; a vague aim stays open; a career change told in either text counts",
        distractors="the quoted first mail's vague or ESS aim; a company that is a cooperative by name only;"
        " a partner's employer",
    ),
    "fact_corrected": Way(
        "a fact corrected: an erratum on a level, a year, a diploma's name or a situation («je me suis"
        " trompée : c'est une licence, pas un master», \"sorry, I meant 2025\")",
        forms=("«je me suis trompée : c'est une licence, pas un master»", "«petite erreur dans mon mail :"
               " 2024 et non 2025»", "«correction : je ne suis plus en stage»", "«erratum : BTS et non DUT»",
               "\"sorry, I meant 2025\""),
        marks=("a word of a correction: trompé(e), erreur, erratum, correction, rectifie, corriger, meant",),
        rule="the correction wins over the fact it corrects, in the same mail or below it: the label's level,"
        " graduation and criteria are the corrected ones; a correction that itself leaves the fact open (a"
        " year «2024 ou 2025, je ne sais plus») leaves it open",
        distractors="the wrong fact still standing above or quoted below; a correction of a typo that changes"
        " no fact; a correction of another person's fact",
    ),
    "contacts_changed": Way(
        "contacts changed: a new phone or address, a name's spelling corrected, a married name taken; the"
        " label holds the newest the message gives",
        forms=("«ma boîte étudiante ferme, écrivez-moi à…»", "«nouveau numéro : 07…»", "«mon nom s'écrit"
               " avec deux n»", "«je porte désormais le nom de mon mari»", "a new address in the signature"),
        marks=("a contact or a name said new, changed or corrected in the mail",),
        rule="the label holds the newest contacts the message gives: the new phone, the new address to answer"
        " at (not the From when she says it closes), the corrected spelling or the married name she now"
        " signs with; the older ones quoted below lose",
        distractors="the old number or address quoted below; the old student address as From; a parent's"
        " number",
    ),
    "own_mail_below": Way(
        "her own mail below: the person resends or forwards her earlier mail below a short new text («Fwd:»,"
        " «je vous renvoie mon message», lines quoted with «>», «-----Message d'origine-----», \"On … wrote:\")",
        forms=("«Fwd:» with the forwarded header block", "«je vous renvoie mon message»", "lines quoted with"
               " «>»", "«-----Message d'origine-----»", "\"On … wrote:\"", "the top text changing a fact or not"),
        marks=("a quoted or forwarded part: «>», «Message d'origine», «Fwd:», «wrote:», «a écrit :»",),
        rule="the quoted own mail counts as hers: its facts hold unless the new text above changes them, and"
        " then the new text wins; the kind is the new text's purpose with the quoted facts (an application when"
        " she resends her request)",
        distractors="the quoted date of the first mail read as today; a fact changed above but read from the"
        " quote; a forwarded header's name",
    ),
    "answers_in_our_thread": Way(
        "answers in our thread: replies giving the facts the coordinator asked for, our question quoted below"
        " (kind reply); a few the same person's NEW mail outside the thread giving the same answer",
        forms=("a reply «Re:» with In-Reply-To <…@animafac.net> and our question quoted", "a thank-you only in"
               " our thread", "a new mail outside the thread giving the year asked for", "a reply that"
               " answers and also changes a fact"),
        marks=("a reply with an In-Reply-To on @animafac.net, our question quoted",),
        rule="a mail in our thread is kind reply with no fields, whatever facts it gives; the same answer in a"
        " NEW mail outside the thread (no In-Reply-To, its own subject) is an application labelled from what it"
        " says",
        distractors="our question's words quoted as hers; the facts of her first application; a new subject"
        " that looks like a reply",
    ),
    "relaunch": Way(
        "a relaunch: «je me permets de vous relancer», \"just following up\": the facts repeated shortly,"
        " partly, or not at all",
        forms=("«je me permets de vous relancer»", "«Relance : candidature»", "\"just following up\"",
               "facts repeated shortly", "no facts, a question only", "the CV attached again"),
        marks=("a word of a relaunch: relance, relancer, sans réponse, following up, pas eu de retour",),
        rule="a relaunch carrying her facts or her CV is an application labelled from what it carries (the"
        " facts it does not repeat are open, unless a quoted first mail gives them); a relaunch with no facts"
        " of her own asking where her file stands is a question",
        distractors="the date of the first mail read as the diploma's; facts half repeated; the quoted first"
        " mail older than the new text",
    ),
    "third_party_then_self": Way(
        "a third party then herself: an adviser, a parent or a teacher presents the person first, then she"
        " writes herself (or the reverse), the facts told differently by each",
        forms=("a mission locale adviser then the young woman", "a mother then her son", "a teacher then the"
               " student", "the person first then her tutor", "an adviser's reply in our thread"),
        marks=("a referral: `forwarded_by=` in the label of one of the person's mails",),
        rule="each mail is labelled by what it says: the third party's mail is an application with"
        " `forwarded_by=` the sender's address and the applicant's own contacts (or None); the person's own mail"
        " is hers, her own facts winning where she tells them differently",
        distractors="the referrer's name, address and phone; the referrer's older facts quoted in the"
        " person's own mail",
    ),
    "english_updates": Way(
        "the same changes in English: \"Quick update:\", \"Correction:\", \"Following up on my email\", \"I've"
        " since started an internship\", a forwarded own mail",
        forms=("\"Quick update: I've now graduated\"", "\"Correction: it's a bachelor's, not a master's\"",
               "\"Following up on my email\"", "\"I've since started an internship\"", "a forwarded own mail in"
               " English"),
        marks=("an application written in English",),
        rule="as in French, the newest fact winning, and the application is labelled language en",
        distractors="the first mail's facts quoted below; a British date order read the other way",
    ),
    "updates_other_mail": Way(
        "other mail in the same conversations: a person's own auto-reply, a bounce of her old student"
        " address, a thank-you in our thread, an employer or partner following up, a newsletter sent twice, a"
        " question asked again; and a few applications sent by someone else",
        forms=("a person's own auto-reply", "a bounce of her old student address", "a thank-you in our thread",
               "an employer following up on a question", "a newsletter sent twice", "a question asked again",
               "a referral with two people's contacts"),
        marks=("newsletter", "absent", "Mailer-Daemon", "relance", "désinscri", "merci"),
        rule="the kind follows what the mail is for: an automatic message is an auto-reply; a bounce is a"
        " bounce; a newsletter is a newsletter (twice); an employer's or a partner's follow-up is other; a"
        " question without the writer's facts is a question; an adviser presenting a person with her facts is"
        " an application (`forwarded_by=`)",
        distractors="an auto-reply's «en stage jusqu'au…» read as an application; a newsletter's portraits;"
        " a bounce quoting her application",
    ),
}

ENGLISH_KEY = "english_updates"  # every application of this key is written in English


@dataclass(frozen=True)
class N(Featured):
    """One message, its way the facts change and the person writing it: ``words`` stand in its subject,
    body or CV as written (case and line breaks aside) and carry the change the key is about; the `# route:`
    comment above the message says where the older and the newer facts sit, which wins, the kind and the
    decision. ``person`` names the person (or sender): two or three mails each, in arrival order."""

    GRID = GRID  # type: ignore[assignment]

    person: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        assert self.person, self.words
