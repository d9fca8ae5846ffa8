"""What a message of the forms corpus is: a mail that has, FIRST, the shape of a form, a questionnaire, a
template or a structured record, and whose deciding fact is carried by that shape (a field, a ticked box, an
answer to a quoted question, a line of a table, a self-check, a note beside a field). Real inboxes get these:
contact-form notifications sent by a website, referral sheets filled by an adviser, a school's careers office
template, job boards relaying an application, applicants answering the programme's questions point by point,
tables, checklists. Each message's shape is drawn first from a grid of twelve keys (``GRID``), fixed before
any message was written, in the shares of ``MIX``; then the mail is written in that shape, in many voices.

Each message is labelled by what it says, read alone, on TODAY = 2026-11-26 (the voices kit's conventions:
tests/corpus/voices/source/kit.py, tests/corpus/identities/LICENCE.md «Truth conventions»; the inbox corpus's
conventions for `# Feature:`, `# ambiguous:` and `# route:` comments, tests/corpus/inbox/source/SPLIT.md).
A form's labels are not facts: a field left empty leaves its criterion open, a template's placeholder
(«[Date d'obtention]») or the form's example answer is no answer, a note beside a field wins over the box it
qualifies, a field about another person (the adviser's own diploma) is not the applicant's.

Each source file (batch*.py) lists MESSAGES, each an ``N`` (its key, the fact that decides, the words that
show it as they stand in the mail, the mail, and ``person=`` the person or organisation writing), with a
``# Feature: key — fact — words`` comment above it, then (when the message truly leaves a criterion open as a
judgement, not as a plainly empty field) a line ``# ambiguous: …`` saying why, then a line ``# route: where
the deciding facts sit → kind (for an application: the deciding fact → decision)``. Dates are «DD HH:MM» in
November 2026, inside the batch's days (``BATCH_DAYS``)."""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured
from tagged import Way as Shape  # one shape of form: what it is, its forms, marks, rule, distractors

TODAY = "2026-11-26"  # every label is computed from this day: graduation_recent meets from 2024-11 on

N_MESSAGES = 200  # 8 batches of 25: 150 applications and 50 other mail
N_APPLICATIONS = (140, 160)  # the applications' count lies in this range
VERDICTS = {"eligible": (35, 70), "to_verify": (35, 60), "not_eligible": (35, 65)}  # applications by verdict
PER_KEY = (9, 16)  # applications of each key but form_other_mail (which holds other mail only)
OTHER_KEY = "form_other_mail"  # the key of other mail only
OTHER_OF_OTHER_KEY = 34  # at least this many messages of OTHER_KEY
ENGLISH_APPLICATIONS = (0.10, 0.16)  # share of applications written in English
AMBIGUOUS = (10, 30)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 12  # at least this many applications carry a CV as a file (PDF, DOCX, ODT)
HTML_ONLY = 8  # at least this many messages have an HTML body and no text part
SITE_FROM = ("noreply", "no-reply", "wordpress", "webflow", "formulaire", "forms", "contact")  # a site's sender
TOLERANCE = 2  # each key's count of applications within ± this of MIX

# The corpus's mix: for each key, (applications, other mail) over the 200 messages.
MIX: dict[str, tuple[int, int]] = {
    "labelled_fields": (14, 1),
    "checkboxes": (14, 1),
    "questions_quoted": (13, 1),
    "site_notification": (13, 2),
    "adviser_sheet": (13, 1),
    "school_office": (13, 1),
    "job_board": (14, 1),
    "table": (14, 1),
    "self_check": (13, 0),
    "numbered_answers": (13, 1),
    "english_forms": (16, 2),
    "form_other_mail": (0, 38),
}

# The days of each batch (first, last), inclusive, all in November 2026, rising.
BATCH_DAYS = {
    "01": ("2026-11-01", "2026-11-04"),
    "02": ("2026-11-05", "2026-11-08"),
    "03": ("2026-11-09", "2026-11-11"),
    "04": ("2026-11-12", "2026-11-14"),
    "05": ("2026-11-15", "2026-11-17"),
    "06": ("2026-11-18", "2026-11-20"),
    "07": ("2026-11-21", "2026-11-23"),
    "08": ("2026-11-24", "2026-11-26"),
}


GRID: dict[str, Shape] = {
    "labelled_fields": Shape(
        "the applicant types her own labelled lines, «Nom : … / Diplôme : … / Année : … / Situation : …», as if"
        " filling a form nobody sent her: varied labels, fields missing or left empty, «Niveau d'études :"
        " bac+3», «Dernier diplôme obtenu», «Disponibilité»",
        forms=("«Nom / Prénom / Diplôme / Année / Situation» lines", "«Niveau d'études : bac+3»", "«Dernier"
               " diplôme obtenu : …»", "«Disponibilité : immédiate»", "a field left empty («Année : »)", "labels"
               " in capitals, in bold (*…*), with dashes or tabs"),
        marks=("two or more «Label : value» lines written by the applicant herself",),
        rule="kind application; each field's value is her fact (the names, contacts, level, year as the fields"
        " give them); a field left empty or answered «?» leaves its criterion open (to_verify); a line of prose"
        " below the fields that corrects a field wins over it",
        distractors="a label without a value read as a fact; «Année : 2e année» (a year of study, not a"
        " graduation year); «Disponibilité : après mon stage» hiding a running internship",
    ),
    "checkboxes": Shape(
        "boxes ticked or left empty: ☐/☒/☑/[x]/[ ]/(X), «Oui / Non» with one kept, an «X» in a column, a box"
        " ticked then qualified by a note",
        forms=("«☒ Diplômé(e) ☐ En cours d'études»", "«[x] Bac+2 [ ] Bac+3 [ ] Bac+5»", "«Stage en cours :"
               " Oui / Non» with «Oui» struck or kept", "«(X)» in a column of a text grid", "a box ticked then"
               " «(enfin presque : soutenance le 15/12)»"),
        marks=("box signs (☐ ☒ ☑ ✓ [x] [ ] (X)) or an «Oui / Non» pair with one kept",),
        rule="kind application; a ticked box is her answer, an empty one is not; a note beside a box that"
        " contradicts or qualifies it wins (a «Diplômée ☒» with «résultats en janvier» leaves studies_finished"
        " open); every box empty on a criterion leaves it open",
        distractors="the unticked boxes' labels («☐ En stage») read as facts; the form's legend («cochez la"
        " case») read as an answer; «Oui / Non» with neither kept",
    ),
    "questions_quoted": Shape(
        "the programme's own questions (as on its web page: «Quel est votre dernier diplôme ?», «En quelle"
        " année l'avez-vous obtenu ?», «Quelle est votre situation actuelle ?») pasted and answered after each",
        forms=("«> Quel est votre dernier diplôme ?» then the answer", "«Réponse :» after each question",
               "answers in capitals", "«voir CV» as an answer", "«non concerné(e)»", "a question left without"
               " an answer"),
        marks=("the programme's questions quoted (a question mark, «> », «Q :», «Question»)",),
        rule="kind application; only the answers are her facts, never the questions' words («bac+2»,"
        " «moins de deux ans», «ESS»); «voir CV» sends to the CV; a question left unanswered leaves its criterion open",
        distractors="the questions' criteria read as her answers; «non concerné(e)» to «êtes-vous en stage ?»"
        " (she is not); an answer placed under the wrong question",
    ),
    "site_notification": Shape(
        "a website's contact-form notification: From a noreply/wordpress/webflow address, Reply-To the"
        " applicant, «Nouveau message depuis le formulaire de contact», fields Nom/Email/Téléphone/Sujet/Message",
        forms=("a WordPress «Nouveau message depuis le formulaire de contact»", "a Webflow «New form"
               " submission» with French fields", "a form builder's notification with the fields in a table",
               "the fields then the message in one block", "the message field holding her whole path"),
        marks=("a site's sender (noreply, wordpress, webflow, formulaire) and the form's fields Nom, Email,"
               " Téléphone",),
        rule="kind application when the Message field asks to join with her facts or a CV; the applicant's"
        " names, email and phone are THE FIELDS' values (email her field's address, never the noreply"
        " sender's), no `forwarded_by=` (she wrote it herself through the site); the message field's facts"
        " decide",
        distractors="the sender's noreply address and the site's name read as hers; the notification's"
        " footer («Ce message a été envoyé depuis…»); the form's IP, date and page fields",
    ),
    "adviser_sheet": Shape(
        "a referral sheet («fiche de liaison», «fiche de prescription», «fiche de positionnement») filled by a"
        " Mission locale, France Travail, APEC, Cap emploi adviser or a social worker, presenting one person",
        forms=("a «Fiche de liaison» with Prescripteur / Bénéficiaire sections", "a France Travail «fiche de"
               " prescription» pasted", "a Cap emploi positionnement sheet", "a social worker's sheet with a"
               " «Observations» field", "an APEC consultant's summary sheet"),
        marks=("`forwarded_by=` the adviser's address; a section about the adviser and one about the person",),
        rule="kind application with `forwarded_by=` the sender's address; the label's names, email and phone"
        " are the person presented's (None when the sheet gives none), never the adviser's; the sheet's fields"
        " about the person decide, the «Observations» field qualifying them",
        distractors="the adviser's own name, phone, diploma and structure; the sheet's «Prescripteur» block;"
        " a field «Date d'entrée dans le dispositif» read as a graduation",
    ),
    "school_office": Shape(
        "a school's or university's careers office or alumni service template presenting a graduate («Profil"
        " du diplômé», «Formation suivie», «Date d'obtention»), or an «attestation de réussite» pasted",
        forms=("a careers office's «Profil du diplômé» template", "an alumni service's «Fiche alumni»", "an"
               " «attestation de réussite» pasted in the body", "a template with a placeholder left"
               " («[Date d'obtention]»)", "a school's presentation of two or three graduates, one a mail"),
        marks=("a school or university's service writing, a template's labels about a graduate",),
        rule="kind application with `forwarded_by=` the service's address (the graduate's own mail when she"
        " forwards it herself: no `forwarded_by=`); the graduate's fields decide; a placeholder left in a field"
        " leaves its criterion open",
        distractors="the school's name with «solidaire» or «ESS» read as her aim; the template's placeholder"
        " read as a date; the diploma's «année universitaire 2023-2024» read as the graduation",
    ),
    "job_board": Shape(
        "an application relayed by a job board or a platform (invented names, Indeed-, HelloWork-, Welcome-to-"
        "the-Jungle-, JobTeaser-, LinkedIn-«Candidature simplifiée»-like): profile fields, screening questions"
        " answered («Avez-vous un diplôme de niveau bac+2 ? Oui»), the applicant's own short note",
        forms=("«Nouvelle candidature pour votre annonce»", "a «Candidature simplifiée» with a profile",
               "screening questions and the applicant's answers", "the applicant's note of two lines", "the"
               " platform's profile with an experience «en cours»"),
        marks=("a platform's sender and its template («Nouvelle candidature», «Questions de présélection»)",),
        rule="kind application; the applicant's names and contacts from the profile (the platform's relay"
        " address when the profile gives none, else her own), no `forwarded_by=` (a machine relays her own"
        " application); her answers, profile and note decide; the announcement's requirements are not her facts",
        distractors="the announcement's «bac+2 requis», the platform's «profil correspondant à 85 %», the"
        " platform's address; an experience «en cours» that is a job, not an internship",
    ),
    "table": Shape(
        "a table: an HTML-only mail with a <table>, or a text table with | or tabs, a CV as a table of periods;"
        " the deciding fact in one cell (a period «09/2025 – en cours», a status column)",
        forms=("an HTML-only mail whose body is a <table>", "a text table with | and dashes", "a tab-separated"
               " table pasted from a spreadsheet", "a CV as a table of periods", "a status column («En cours»,"
               " «Terminé»)"),
        marks=("cells: | separators, tabs, or an HTML <table>",),
        rule="kind application; each cell read with its column's header and its row; a period «… – en cours»"
        " is running on TODAY; an empty cell leaves its criterion open",
        distractors="a cell read under the wrong header; an older row's diploma; a row «Stage» whose period"
        " ended read as running",
    ),
    "self_check": Shape(
        "the applicant checks herself against the programme's criteria, item by item («Bac+2 minimum : ✔"
        " licence pro», «Diplômé·e depuis moins de 2 ans : ✔ (juin 2025)», «Pas en stage : ✘ … jusqu'en"
        " février»), some items qualified, one honest «✘» or «?»",
        forms=("✔ / ✘ / ? before or after each criterion", "«OK» / «pas OK» / «à voir»", "a criterion"
               " restated and answered in her words", "a checklist with one honest ✘", "a «?» with her doubt"),
        marks=("the programme's criteria restated, each with her mark (✔ ✘ ? OK)",),
        rule="kind application; her mark and the words beside it are her answer, the words beside winning"
        " over the mark («✔» with «presque» is not a ✔); «?» leaves the criterion open unless her words settle"
        " it; the criterion's own wording is not her fact",
        distractors="a ✔ contradicted by her note; the criteria's «bac+2», «moins de 2 ans» read as her facts;"
        " a ✘ on a criterion read backwards («Pas en stage : ✘» means she IS in an internship)",
    ),
    "numbered_answers": Shape(
        "numbered answers «1) … 2) … 3) …» without the questions, or to a questionnaire a friend sent, out of"
        " order, one answer corrected later in the mail",
        forms=("«1) … 2) … 3) …» without the questions", "answers to a questionnaire a friend forwarded",
               "answers out of order («3) … 1) …»)", "one answer corrected below («pour le 2), en fait…»)",
               "«1-» «2-» or «a.» «b.» numbering"),
        marks=("numbered answers («1)», «2.», «3-») standing without their questions",),
        rule="kind application; each answer is her fact read by what it answers (a year, a diploma, a"
        " situation), the correction winning over the answer it corrects; an answer she skips leaves its"
        " criterion open",
        distractors="a number read as a fact («3) bac+3» is answer 3, the level bac+3); the corrected answer;"
        " the friend's own answers quoted",
    ),
    "english_forms": Shape(
        "any of these shapes in English: «Highest qualification:», «Current status: ☐ Student ☒ Graduate»,"
        " «Date of graduation:», an international job board, a UK-style reference form, a self-check",
        forms=("«Highest qualification: / Date of graduation: / Current status:» fields", "«☐ Student ☒"
               " Graduate» boxes", "an international job board's relayed application", "a UK-style reference"
               " form filled by a tutor", "the programme's questions answered in English"),
        marks=("a form's shape written in English",),
        rule="as in French, by the same conventions; every application of this key is labelled language en; a"
        " foreign diploma's level by its length (a three-year bachelor's is bac+3, a master's bac+5)",
        distractors="a British date order (03/07/2025 is 3 July); «graduate» meaning a student; «expected» in"
        " a graduation field",
    ),
    "form_other_mail": Shape(
        "mail with a form's shape that is NOT an application: an employer's job-offer submission form, an event"
        " or webinar registration confirmation, a satisfaction survey, a form builder's notification with an"
        " empty or spam message, a partner's directory update form, a participant's weekly check-in form, a"
        " newsletter with a sign-up table, an auto-reply with fields, a bounce of a form mail; and questions"
        " about the programme put in a form",
        forms=("an employer's «Déposer une offre» form notification", "a webinar registration confirmation",
               "a satisfaction survey's answers", "a contact form's notification holding spam or nothing", "a"
               " partner's directory update", "a participant's weekly check-in", "a newsletter with a table",
               "an auto-reply with «Absente du / au» fields", "a bounce of a form mail", "a question put in a"
               " contact form"),
        marks=("a form's shape and no application: other mail only (no application of this key)",),
        rule="kind by what the mail is: other (a form notification, an offer, a survey, a check-in), question"
        " (a question about the programme with no personal facts), newsletter (List-Unsubscribe, Precedence"
        " bulk), auto_reply (Auto-Submitted), bounce (`bounced=` the address that failed); never an application,"
        " whatever diploma, year and «ESS» its fields hold",
        distractors="an offer's «bac+3 exigé» and «jeune diplômé·e»; a check-in's «entretien», «stage»; a"
        " survey's «diplômé(e)» box; a question form's «Diplôme» field left empty",
    ),
}

ENGLISH_KEY = "english_forms"  # every application of this key is written in English


@dataclass(frozen=True)
class N(Featured):
    """One message, its shape and the person writing it: ``words`` stand in its subject, body or CV as
    written (case and line breaks aside) and show the fact that decides (for other mail, its kind); the
    `# route:` comment above the message says where the deciding facts sit, the kind and the decision.
    ``person`` names the person or organisation writing (a slug; Writer B's prefixed ``b_``)."""

    GRID = GRID  # type: ignore[assignment]

    person: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        assert self.person, self.words
        assert self.feature != OTHER_KEY or self.m.truth["kind"] != "application", self.words
        assert self.feature != ENGLISH_KEY or self.m.truth["kind"] != "application" or (
            self.m.truth.get("language") == "en"
        ), self.words
