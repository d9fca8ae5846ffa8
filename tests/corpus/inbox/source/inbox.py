"""What a message of the inbox corpus is: ONE MONTH of the Pro'pulse inbox (propulse@animafac.net), 28 October
to 26 November 2026, message by message in the order the mail arrives (Date headers rising with the number),
in the natural mix such an inbox really receives. Every other corpus chose a feature first and wrote every
message to show it; this one draws each message's SENDER first, from a grid of twelve senders (``GRID``) in
the proportions of a real month (``MIX``), then writes the mail as that sender would write it on that day:
short mostly, some long, typos and phone mail as people really send, nobody writing to show a feature. A week
has its rhythm: a post on social networks brings a wave of short applications and questions, a careers
service sends three graduates at once, Monday brings the newsletters and the weekend's auto-replies, the
holiday of 11 November brings out-of-office replies, the interview invitations the coordinator sent bring
replies in our threads.

Each message is labelled by what it says, read alone, on TODAY = 2026-11-26 (the voices kit's conventions:
tests/corpus/voices/source/kit.py, tests/corpus/identities/LICENCE.md «Truth conventions»). A reply in a
thread the coordinator started (``In-Reply-To: <…@animafac.net>``, our mail quoted) is kind ``reply`` with
no fields; no application carries In-Reply-To or References.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its sender, the fact that decides, the words that show it as they stand in the
mail, the mail, and ``person=`` the person or organisation writing it), with a ``# Feature: key — fact —
words`` comment above it, then (when the message truly leaves a criterion open, or the kit's conventions do
not settle its kind) a line ``# ambiguous: …`` saying why, then a line ``# route: where the deciding facts
sit → kind (for an application: the deciding fact → decision)``. Dates are «MM-DD HH:MM» in October
(«10-28 09:30») and «DD HH:MM» in November 2026, inside the batch's days (``BATCH_DAYS``)."""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured
from tagged import Way as Sender  # one sender of the month's inbox: who writes, its forms, marks, rule

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 100 applications (40 eligible / 25 to verify / 35 not) and 100 other
N_APPLICATIONS = (95, 105)  # the applications' count lies in this range
VERDICTS = {"eligible": (35, 45), "to_verify": (20, 30), "not_eligible": (30, 40)}  # applications by verdict
ENGLISH_APPLICATIONS = (9, 15)  # applications written in English (english_mail's and a few of the others')
AMBIGUOUS = (15, 30)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 30  # at most this many messages carry a CV or a letter as a file
REFERRALS = 11  # at least this many applications sent by someone else (an adviser, a school, a parent)
WRITING_AGAIN = (5, 7)  # people of writing_again, each writing exactly two mails, in one batch or two adjacent
TOLERANCE = 3  # each key's count (applications, other mail) within ± this of MIX

# The month's mix: for each key, (applications, other mail) over the 200 messages.
MIX: dict[str, tuple[int, int]] = {
    "first_application": (48, 0),
    "referred": (14, 0),
    "from_a_post": (14, 0),
    "writing_again": (12, 0),
    "questions_before": (0, 14),
    "our_threads": (0, 22),
    "participants": (0, 12),
    "employers_partners": (0, 16),
    "machines": (0, 22),
    "unwanted": (0, 8),
    "english_mail": (8, 4),
    "not_quite_for_us": (4, 2),
}
MACHINES = {"auto_reply": 8, "bounce": 4, "newsletter": 6, "other": 4}  # machines' kinds (other: notifications)

# The days of each batch (first, last), inclusive: about 3.7 days a batch, rising.
BATCH_DAYS = {
    "01": ("2026-10-28", "2026-10-31"),
    "02": ("2026-11-01", "2026-11-04"),
    "03": ("2026-11-05", "2026-11-08"),
    "04": ("2026-11-09", "2026-11-11"),
    "05": ("2026-11-12", "2026-11-15"),
    "06": ("2026-11-16", "2026-11-18"),
    "07": ("2026-11-19", "2026-11-22"),
    "08": ("2026-11-23", "2026-11-26"),
}


GRID: dict[str, Sender] = {
    "first_application": Sender(
        "a person applying for herself for the first time, as people really do: two lines and a CV, a cover"
        " letter pasted, a few paragraphs, a phone mail; the bulk of the month",
        forms=("two lines and a CV attached", "a cover letter pasted in the body", "a few paragraphs on her"
               " path", "a phone mail («Envoyé de mon iPhone», no capitals, typos)", "an empty subject",
               "a long mail telling her whole path"),
        marks=("an application: kind application, sent by the applicant herself (no `forwarded_by=`)",),
        rule="kind application; the label holds the applicant's names, email (the From, or the address she"
        " asks to be answered at), phone, level and graduation as the mail or its CV gives them; the verdict"
        " by the kit's criteria on TODAY (bac+2 or more, a diploma of the last two years, studies over, no"
        " stage nor service civique running, no career change, a job sought in the ESS); a criterion the mail"
        " does not settle stays open (to_verify)",
        distractors="a diploma in progress read as obtained; a past internship read as running; a school's"
        " name with «solidaire» read as an ESS aim; a CV's older diploma",
    ),
    "referred": Sender(
        "an adviser (Mission locale, France Travail, APEC, Cap emploi, a university careers service, a school,"
        " an association) or a parent presenting one person (or two in separate mails)",
        forms=("a Mission locale adviser's short mail with the CV", "a France Travail adviser's formal"
               " referral", "a careers service sending three graduates in three mails the same morning", "a"
               " parent writing for a son or a daughter", "an association's volunteer presenting someone"),
        marks=("`forwarded_by=` the sender's address on every application",),
        rule="kind application with `forwarded_by=` the sender's address; the label's names, email and phone"
        " are the applicant's (None when the mail gives none, never the adviser's); the facts the sender gives"
        " about the applicant decide the verdict",
        distractors="the adviser's own name, title, phone and signature; the structure's address; a second"
        " person named in passing",
    ),
    "from_a_post": Sender(
        "an answer to a post seen on LinkedIn, Instagram, a job board, a school's newsletter or a forum: often"
        " brief, quoting or naming the post, sometimes only «intéressée, voici mon CV»",
        forms=("«intéressée, voici mon CV»", "«j'ai vu votre post sur LinkedIn»", "the post's title as the"
               " subject", "a few lines quoting the post's criteria", "a reply from a job board's form"),
        marks=("a word of the post: post, publication, annonce, LinkedIn, Instagram, vu, newsletter, forum",),
        rule="kind application when she asks to join with her facts or her CV; the post's own words (its"
        " criteria, «bac+2», «diplômé·e depuis moins de deux ans», «ESS») are not her facts; what she does not"
        " say stays open",
        distractors="the quoted post's criteria read as her facts; a «bac+2 minimum» of the post read as her"
        " level; the post's date",
    ),
    "writing_again": Sender(
        "the same person a second time this month: the CV forgotten the first time, a relaunch, a fact"
        " corrected or changed (an internship over, a diploma obtained)",
        forms=("«oups, j'ai oublié le CV»", "«je me permets de vous relancer»", "«petite correction»", "«mon"
               " stage est terminé depuis vendredi»", "«j'ai eu mon diplôme»"),
        marks=("each person writes exactly two mails, in one batch or two adjacent batches, dates rising",),
        rule="each mail is labelled on what it says alone, the newer fact winning over an older one quoted"
        " below it (updates' rule); a relaunch with her facts or her CV is an application, one with neither"
        " is a question",
        distractors="the first mail quoted below the new text; the first mail's date read as today",
    ),
    "questions_before": Sender(
        "prospective applicants asking before applying: dates, cost, remote, age limit, RSA, benefits, «est-ce"
        " que mon parcours convient ?»",
        forms=("«c'est payant ?»", "«y a-t-il une limite d'âge ?»", "«est-ce à distance ?»", "«je touche le"
               " RSA, est-ce que je le perds ?»", "«quand commence la prochaine session ?»", "«est-ce que mon"
               " parcours convient ?» with no personal fact"),
        marks=("a question mark or a word of asking: question, savoir, renseignement, est-ce",),
        rule="kind question when no applicant fact is given; when she gives her own facts (a diploma, a year, a"
        " situation) and asks whether she can join, the kit's rule: an application",
        distractors="a friend's diploma; the programme's criteria quoted back; «je pensais postuler»",
    ),
    "our_threads": Sender(
        "replies in threads the coordinator started: choosing an interview slot, sending a document asked for,"
        " confirming, thanking, asking to move the interview",
        forms=("«je prends le créneau de jeudi 14h»", "«voici mon attestation de réussite»", "«je confirme»",
               "«merci beaucoup»", "«est-il possible de décaler l'entretien ?»"),
        marks=("In-Reply-To <…@animafac.net> and our mail quoted («a écrit :» or «>» lines)",),
        rule="kind reply with no fields, whatever facts it repeats (the diploma sent, the date of the"
        " interview)",
        distractors="the diploma or year the attached proof carries; our quoted mail's criteria and dates",
    ),
    "participants": Sender(
        "people of the current cohort (entered in September) writing about the coaching days, an absence, a"
        " job interview, a job found, a question for the coach",
        forms=("«je serai absente jeudi»", "«j'ai un entretien dans une SCOP la semaine prochaine»", "«j'ai"
               " trouvé un CDD !»", "«une question pour la coach»", "«pouvez-vous me faire une attestation ?»"),
        marks=("a word of the cohort: atelier, séance, coach, coaching, promo, accompagnement, absent(e), session",),
        rule="never an application (they are already in): in our threads kind reply; as new mail kind other, or"
        " question when they ask about the programme with no facts (the kit's conventions)",
        distractors="their diploma, their job interview, an employer's offer they forward; «je cherche»",
    ),
    "employers_partners": Sender(
        "ESS employers sending a job offer or asking for profiles, partners proposing a workshop or a forum"
        " stand, a funder asking for the half-year figures, a school asking for a presentation, a journalist",
        forms=("a job offer pasted (a CDD in a ressourcerie, a post in a mutuelle)", "«auriez-vous des profils"
               " ?»", "a stand at the Mois de l'ESS", "«pourriez-vous nous transmettre le bilan semestriel ?»",
               "«une intervention auprès de nos étudiants de licence pro»", "a journalist asking for a"
               " testimony"),
        marks=("an organisation writing: a signature with a role and a structure",),
        rule="kind other (or question where the kit says: a question on the programme with no facts); never an"
        " application, whatever diplomas, dates and «ESS» words it holds",
        distractors="the offer's «bac+3», «diplômé·e», «CDD», «association»; the funder's dates; a"
        " journalist's «jeune diplômée»",
    ),
    "machines": Sender(
        "auto-replies (holidays of 11 November, parental leave), bounces of our own invitations, newsletters"
        " (ESS networks, job boards, the region), platform notifications (a form builder, a calendar"
        " invitation, a job site's alert, a delivery receipt)",
        forms=("an out-of-office for the 11 November bridge", "a parental-leave auto-reply", "a bounce of our"
               " interview invitation", "an ESS network's newsletter", "a job board's weekly alert", "a form"
               " builder's «nouvelle réponse»", "a calendar invitation accepted", "a delivery receipt"),
        marks=("Auto-Submitted on auto-replies; a Mailer-Daemon From on bounces; List-Unsubscribe on newsletters",),
        rule="kind auto_reply (Auto-Submitted), bounce (`bounced=` the address that failed), newsletter"
        " (List-Unsubscribe, Precedence: bulk) or other (a notification)",
        distractors="an auto-reply's «en stage», «diplômée»; a newsletter's portraits and job offers; a form"
        " notification's copied answers; a bounce quoting our invitation",
    ),
    "unwanted": Sender(
        "cold sales (training bodies, software, «optimisez votre recrutement»), phishing («votre boîte mail"
        " est pleine»), a chain mail, a wrong recipient (a mail meant for another Animafac service)",
        forms=("«optimisez votre recrutement»", "a CRM for associations", "«votre boîte mail est pleine»", "a"
               " chain mail", "a mail meant for Animafac's training service"),
        marks=("a sender who is no applicant and asks nothing of the programme",),
        rule="kind other, or newsletter when it is bulk mail (List-Unsubscribe); never an application",
        distractors="«jeunes diplômés», «recrutement», «alternance» in a sale; a wrong recipient's"
        " «candidature»",
    ),
    "english_mail": Sender(
        "the same senders in English: Erasmus graduates, an international volunteer's friend, an"
        " English-speaking partner; applications and other mail",
        forms=("an Erasmus graduate's application", "a friend of a volunteer applying", "\"interested, CV"
               " attached\"", "a European partner proposing a webinar", "an exchange office asking to relay"
               " the programme"),
        marks=("a mail written in English",),
        rule="as in French, by the same conventions; an application is labelled language en, a question"
        " language en",
        distractors="a British date order; «graduate» meaning a student; a foreign diploma's name",
    ),
    "not_quite_for_us": Sender(
        "people who write to the programme for something else near it: an internship at Animafac, a job AT"
        " Animafac, a service civique, a person over the criteria asking for an exception, a graduate asking"
        " for advice only",
        forms=("«je cherche un stage chez Animafac»", "«avez-vous un poste chez vous ?»", "«une mission de"
               " service civique»", "«je sais que je dépasse les deux ans, mais…»", "«juste un conseil»"),
        marks=("a request for something other than the programme, or an exception asked",),
        rule="kind by what the message is for: an application when she asks to join the programme with her"
        " facts; other when she asks for something else; `# ambiguous:` where the kit's conventions do not"
        " settle it",
        distractors="her facts given in a request that is not for the programme; «Animafac» read as the"
        " programme",
    ),
}

ENGLISH_KEY = "english_mail"  # every application of this key is written in English


@dataclass(frozen=True)
class N(Featured):
    """One message, its sender and the person writing it: ``words`` stand in its subject, body or CV as
    written (case and line breaks aside) and show the fact that decides (for other mail, its kind); the
    `# route:` comment above the message says where the deciding facts sit, the kind and the decision.
    ``person`` names the person or organisation writing (a slug; Writer B's prefixed ``b_``)."""

    GRID = GRID  # type: ignore[assignment]

    person: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        assert self.person, self.words
