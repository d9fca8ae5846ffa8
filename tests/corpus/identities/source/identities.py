"""What a message of the identities corpus is: every message is given FIRST the way its writer names herself
and gives her contacts, chosen from a grid of twelve — compound first names, several surnames and particles,
the family name first, a name in the closing only, a mailbox that is not the person's, usage and chosen names,
phones of every form, addresses given in the body, names of the world, a third party writing for the person,
English identities, and other mail full of names — and its first name, last name, email and phone are said
that way («María José García López», «DUPONT Marie», «Nguyen Van An», «Je m'appelle Alexandre mais tout le
monde m'appelle Alex», a parent's shared mailbox, an address given in the body to answer at, a phone from La
Réunion). Its eligibility facts (level, diploma date, situation, ESS search) are written as ordinary mail,
about a third of them hard. The label's identity fields follow each key's RULE; its verdict follows what the
person states and the programme's rules (bac+2 or more, a diploma of the last two years, studies over, no
stage nor service civique running, no career change, a job sought in the ESS). The reader reads on TODAY =
2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its way of giving the identity, the fact that decides, the words that carry the
identity as they stand in the mail — the name or the contact the key is about, e.g. «DUPONT Marie» — and the
mail), with a ``# Feature: key — fact — words`` comment above it, then (when the message truly leaves a
criterion open) a line ``# ambiguous: …`` saying why, then a line ``# route: where the name and contacts sit,
where the deciding fact sits → kind (and for an application, the deciding fact → decision)`` («# route: the
name in capitals first in the signature, the phone below it, the BTS of 2025 in the first paragraph →
application; bac+2 of 2025, an association sought → eligible»). build.py adds the way and the fact to its
truth line. About three messages in four are applications; the rest is other mail, most of it under
``identities_other_mail``.

Conventions shared by every key (the kit's, tests/corpus/voices): ``first_name`` and ``last_name`` as the
person writes them, accents, hyphens, spaces and particles kept, in ordinary case («Dupont» for «DUPONT»: the
score compares them casefolded); ``None`` for a part given nowhere (mail, From, address, CV); ``email`` the
address she is to be answered at («from» when it is the From's); ``phone`` the applicant's own number in
E.164 digits («+33612345678», «+262692…», «+32470…»), ``None`` when she gives none; a third party writing
for her: ``forwarded_by=`` the sender's address and the applicant's own contacts (or None)."""

# ruff: noqa: E501

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py

# The grid's entries: each a way of giving one's name and contacts, its rule settling the identity fields.
from tagged import Featured, Way

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 145 applications (55 eligible / 35 to verify / 55 not) and 55 other
N_APPLICATIONS = (135, 155)  # the applications' count lies in this range
ENGLISH_SHARE = (0.12, 0.22)  # share of applications written in English (key 11 and some of the others)
AMBIGUOUS = (20, 40)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 30  # at most this many messages carry a CV or a letter as a file
REFERRALS = 7  # at least this many applications sent by someone else (a careers adviser, a tutor, a parent)


GRID: dict[str, Way] = {
    "compound_first_names": Way(
        "compound first names: hyphenated, spaced, Spanish or Arabic double first names, a first name that looks"
        " like a surname, a short form in the greeting and the full form in the signature",
        forms=("«Jean-Baptiste», «Marie-Claire» hyphenated", "«Anne Sophie» with no hyphen", "«María José» with its accents",
               "«Mohamed Amine», «Fatima Zahra»", "a first name that looks like a surname («Martin Laurent»)",
               "«JB» or «Marie-Jo» in the greeting, the full form in the signature"),
        marks=("a first name of two words or a hyphenated one in the label",),
        rule="the first name is the whole compound as the person writes it in her fullest form (the signature or"
        " «je m'appelle»), hyphen or space kept («Anne Sophie» stays spaced); a short form in the greeting yields"
        " to the full form; a first name that looks like a surname is read by its place and the person's words"
        " («je m'appelle Thomas Laurent»: first Thomas); the email is the From's; the phone hers",
        distractors="a tutor's or a referee's name with a compound first name; a company named after a person",
    ),
    "several_surnames": Way(
        "several surnames and particles: two surnames, particles (de, de La, van der, Le, El, Ben, Abou, da),"
        " hyphenated surnames, «née X», a usage name beside a birth name",
        forms=("«García López», «Ferreira da Silva»", "«de La Tour», «van der Berg», «Le Gall»",
               "«El Amrani», «Ben Salah», «Abou Diallo»", "«Martin-Lefebvre» hyphenated",
               "«Claire Dubois, née Morel»", "a usage name beside a birth name"),
        marks=("a last name of two words or more, or hyphenated, in the label",),
        rule="the last name is the whole surname as the person signs it, particles and both surnames kept"
        " («García López», «de La Tour», «Ben Salah»); with «née X» or a usage name beside a birth name, the"
        " name she signs with and asks to be called by (the usage name), the birth name left out; the email is"
        " the From's; the phone hers",
        distractors="a particle read as a first name («Le» of «Le Gall»); the birth name after «née» read as the"
        " surname; a parent's surname quoted",
    ),
    "family_name_first": Way(
        "the family name first: the surname in capitals before the first name, administrative order in a"
        " signature, East Asian and Vietnamese order, a form's «Nom : … Prénom : …»",
        forms=("«DUPONT Marie»", "«Mme MARTIN Claire»", "«Nguyen Van An»", "«ZHANG Wei» with Wei the first name",
               "«Nom : … Prénom : …» pasted from a form", "a From «LEROY Paul»"),
        marks=("a surname in capitals before the first name, or a «Nom :» line",),
        rule="the surname is what the capitals, the «Nom :» line or the person's own words mark as the family"
        " name, whatever its place; the first name is the rest as she writes it (a Vietnamese middle name kept"
        " with the given name: «Van An»), unless she says what she is called; both in ordinary case; the email"
        " is the From's; the phone hers",
        distractors="the first word read as the first name; a civility («Mme») read as a name; capitals of a"
        " school's acronym read as a surname",
    ),
    "name_in_closing_only": Way(
        "a name in the closing only: none in the greeting or the body, only in the closing, as initials, in a"
        " signature block with a title and a school, only in the CV, or a first name only",
        forms=("«Bien à vous, Léa»", "«L. Dubois»", "a signature block with a title and a school",
               "a name only in the attached CV", "a first name only, the surname in the address"),
        marks=("no «je m'appelle» nor «je suis» followed by the name in the body",),
        rule="the name is taken where it stands: the closing, the signature, the CV; a part missing there is"
        " taken from the From's display name, then from the address's local part when it plainly spells it"
        " («lea.dubois@» gives Dubois), then from the CV; a part given nowhere is None (the route says which);"
        " an initial alone is no first name; the email is the From's; the phone hers",
        distractors="a school's or a teacher's name in the signature block; the initials read as a first name;"
        " a former employer's name in the body",
    ),
    "mailbox_not_the_person": Way(
        "the From is not the person: a parent's or a partner's shared mailbox, a pseudonym address, a school or"
        " an old work address, a display name that is a company; the person says who she is in the body",
        forms=("«Famille Martin» or a parent's name as From", "a pseudonym («lapinbleu92@…»)",
               "a school or an old work address", "a company's display name", "a partner's mailbox"),
        marks=("a From whose local part is not the label's name",),
        rule="the name is the one the person gives herself in the body or signature, never the mailbox's"
        " display name; the email is the address she asks to be answered at when she gives one, else the From"
        " (the mailbox she wrote from); the phone hers, not the parent's",
        distractors="the mailbox owner's name in the From; a parent's phone; a company's switchboard",
    ),
    "usage_and_chosen_names": Way(
        "usage and chosen names: a nickname or short form the person asks to be called by, a chosen first name"
        " differing from the civil one in a document, a first name spelt without its accent in the address, a"
        " married name",
        forms=("«Je m'appelle Alexandre mais tout le monde m'appelle Alex»", "a chosen first name differing from"
               " the civil one on a diploma", "«helene.…@» for Hélène", "a married name used, the maiden name on the"
               " diploma"),
        marks=("two first names or two surnames for one person in the mail",),
        rule="the name the person asks to be called by: a chosen first name or a usage name she says she goes by"
        " («appelez-moi Sam»); without such a request, the civil first name she introduces herself with (a"
        " nickname mentioned in passing is not the label); accents as she writes them in the body, not as the"
        " address strips them; a married name she signs with; the email is the From's; the phone hers",
        distractors="the civil name on the diploma or the CV; the accentless spelling of the address",
    ),
    "phones": Way(
        "phones of every form: spaced, dotted, dashed, +33 and 0033, overseas departments (+262, +590, +596,"
        " +594), foreign numbers (+32, +41, +212, +221, +44), a landline, two numbers, a number in words or"
        " split across a line, a number in the signature only",
        forms=("06 12 34 56 78", "+33 6 12 34 56 78", "0033 6…", "06.12.34.56.78", "06-12-34-56-78",
               "0692 … (La Réunion)", "+32 470 …", "+212 6…", "a landline 02 …", "two numbers, hers and a parent's",
               "a number split across a line", "a number in the signature only"),
        marks=("a phone in the label",),
        rule="the phone is the applicant's own number in E.164 («+33612345678»): a French 0X number gets +33, an"
        " overseas 0262/0692/0690/0696/0694 number its department's code (+262, +590, +596, +594), a foreign"
        " number its country code; with two numbers, hers (the mobile she says to call), never a parent's nor"
        " a work switchboard; the name and email as in the kit",
        distractors="a parent's number; an employer's switchboard; a date or a postcode read as a number; a"
        " SIRET or a student number",
    ),
    "addresses_in_body": Way(
        "addresses given in the body: an email to answer at, written obfuscated, two addresses (a school one"
        " ending soon and a personal one), an address only in the CV, an address in the signature differing"
        " from the From",
        forms=("«écrivez-moi plutôt à …»", "«prénom [at] domaine [point] fr»", "a school address ending soon and a"
               " personal one", "an address only in the CV", "a signature address differing from the From"),
        marks=("an email in the label that is not the From's address",),
        rule="the email is the address the person asks to be answered at (decoded when obfuscated: «[at]» →"
        " @, «[point]»/«[dot]» → .); with a school address ending soon and a personal one, the personal one;"
        " a signature address differing from the From counts when she says to use it or the From is to close;"
        " with no request, the From; the name and phone as in the kit",
        distractors="a tutor's or a referee's address in the body; a generic school address; the From when she"
        " asks to be answered elsewhere",
    ),
    "names_of_the_world": Way(
        "names of every origin written as their bearers write them: Arabic with El/Al/Ben, Malagasy long names,"
        " Senegalese and Malian names, Portuguese, Turkish, Armenian, Chinese with an adopted first name, a"
        " one-word name, Breton or Basque names, apostrophes and diacritics",
        forms=("«Yasmine El Idrissi»", "«Andrianarivelo Rakotomalala»", "«Fatoumata Bintou Coulibaly»",
               "«João Pedro Gonçalves»", "«Elif Şahin»", "«Anahit Hovhannisyan»", "«Kevin Zhang Wei»",
               "a one-word name", "«Maïwenn Le Bihan», «Iñaki Etxeberria»", "«N'Diaye», «Ó Briain», «Đặng»"),
        marks=("a name with a diacritic, an apostrophe or a particle of its language in the label",),
        rule="first and last name exactly as the bearer writes them, diacritics, apostrophes and particles"
        " kept («N'Diaye», «Şahin», «Đặng»); a one-word name is the last name when the person says it is her only"
        " name, the first name None; an adopted first name she signs with first is the first name, the rest the"
        " surname she names; the email is the From's; the phone hers",
        distractors="a transliterated spelling in the address; a long name split at the wrong place; a"
        " father's name quoted",
    ),
    "third_party_names": Way(
        "a third party writing for the person: a parent, a careers adviser, a teacher, a tutor; two names in one"
        " mail, the referrer's signature larger than the applicant's line, the applicant's own contacts given or"
        " not",
        forms=("a parent writing for a daughter or a son", "a careers adviser presenting a graduate",
               "a mission locale or a tutor", "a teacher's long signature with the student's line short",
               "the applicant's contacts given, or none"),
        marks=("a referral: `forwarded_by=` in the label",),
        rule="the label is the applicant's: her first and last name (as the referrer writes them), her own email"
        " and phone when the mail gives them, else None; the sender's address goes in `forwarded_by=`; never the"
        " referrer's name, address or phone",
        distractors="the referrer's name, title, address and phone, often larger and repeated; a colleague in"
        " copy",
    ),
    "english_identities": Way(
        "English mail: middle names, «Jr.», «Dr», a preferred name in quotes, a surname first for a Chinese or"
        " Korean name, «Mx», a double-barrelled surname, an Irish «O'Connor» or a «Mac», a phone in UK or US"
        " format",
        forms=("«Emily Rose Carter»", "«James Whitfield Jr.»", "«Dr Aisha Bello»", "«Elizabeth \"Liz\" Turner»",
               "«PARK Ji-woo»", "«Mx Sam Ellery»", "«Hughes-Wilson»", "«Siobhán O'Connor», «MacLeod»",
               "+44 7700 900123", "(555) 123-4567 with +1"),
        marks=("an application written in English",),
        rule="as in French, and the application is labelled language en: a middle name is left out of the first"
        " name unless she signs with it as one («Mary Kate»); «Jr.», «Dr», «Mx» are no part of the name; a"
        " preferred name in quotes is the first name she asks to be called by; a double-barrelled or «O'»"
        " surname kept whole; a UK number +44, a US number +1",
        distractors="a referee's name and title; a university's switchboard; a middle initial read as a surname",
    ),
    "identities_other_mail": Way(
        "other mail full of names: a recruiter's or a partner's question with a long signature, an auto-reply"
        " naming a deputy and her phone, a newsletter with portraits, replies in our thread signed by a nickname,"
        " bounces naming an address; and a few applications sent by a careers adviser, a tutor or a parent",
        forms=("a recruiter's question with a long signature", "an auto-reply naming a deputy and her phone",
               "a newsletter with portraits", "a reply in our thread signed by a nickname", "a bounce naming an"
               " address", "a referral with two people's contacts"),
        marks=("newsletter", "absent", "Mailer-Daemon", "portrait", "signature", "désinscri"),
        rule="the kind follows what the mail is for: a question without the writer's facts is a question; an"
        " answer in our thread is a reply; an automatic message is an auto-reply; a bounce is a bounce; a"
        " newsletter is a newsletter; a partner's or an employer's offer is other; an adviser presenting a person"
        " with her facts is an application (`forwarded_by=`), labelled with the applicant's name and contacts",
        distractors="a deputy's name and phone read as an applicant's; a portrait in a newsletter read as an"
        " application; a referral read as a question",
    ),
}

ENGLISH_KEY = "english_identities"  # every application of this key is written in English


class N(Featured):
    """One message and its way of giving the identity: ``words`` stand in its subject, body or CV as written
    (case and line breaks aside) and carry the identity the key is about (the name or the contact as the
    person gives it; for other mail, the words that show its kind); the `# route:` comment above the message
    says where the name and contacts sit, where the deciding fact sits, the kind and the decision."""

    GRID = GRID  # type: ignore[assignment]
