"""What a message of the circumstances corpus is: every message is written around a CIRCUMSTANCE of the
applicant's life — a practical constraint or situation the person tells beside (or through) the facts the
criteria need: a health condition or a disability, caring for someone, papers and residence, money and side
jobs, housing and transport, a schedule, a child, an age and a path, a learning difference, family abroad,
commitments — and the deciding fact sits among facts about that circumstance which look like the criteria's
facts and are not (a side job is no career, a training of three days is no studies, a student residence
permit does not say the studies are running, a bénévolat is no service civique, a baby's birth is no
graduation), or are (a full-time job of eight years is a career, a «formation» of a year is studies, a
service volontaire européen running today is a volunteering of the civic kind). The circumstance is chosen
FIRST from a grid of twelve (``GRID``); what it does to the facts is the test. The reader reads on TODAY =
2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its circumstance, the fact the circumstance's test turns on, the
words that carry it as they stand in the mail, and the mail), with a ``# Feature: key — fact — words``
comment above it, then (when the circumstance leaves a criterion truly open) a line ``# ambiguous: …`` saying
why, then a line ``# circumstance: «words» = what the circumstance makes of them → decision`` («#
circumstance: «j'ai dû interrompre mon M2 pour raisons de santé» = the illness stopped the master before its
end: no M2, the highest diploma is the licence → …»). build.py adds the circumstance and the fact to its
truth line. Applications are French, about one in seven English (``language="en"``).
"""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 152 applications (59 eligible / 34 to verify / 59 not) and 48 other


@dataclass(frozen=True)
class Circumstance:
    """One circumstance: what it is, its forms in French and English, what it does to the facts (which
    criterion's facts it brings, and which look-alikes), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    does: str  # what the circumstance does to the facts: which it brings, which it only seems to bring
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Circumstance] = {
    "health_disability": Circumstance(
        "a health condition or a disability told beside the application: an RQTH, a handicap, a long illness,"
        " a sick leave, a part-time for therapy, a year off for care",
        forms_fr=(
            "je suis reconnu(e) travailleur handicapé (RQTH)",
            "j'ai été en arrêt maladie …",
            "une longue maladie m'a obligé(e) à …",
            "je reprends en mi-temps thérapeutique",
        ),
        forms_en=("I have a disability recognised …", "after a long illness …", "I was on sick leave"),
        does="the illness dates and interrupts: a diploma stopped by an illness is not obtained (the highest is"
        " the one before), a diploma obtained after a year off is dated by its own date; a sick leave from a"
        " job says there is a job (a career or a side job, by its length and kind)",
        distractors="the illness's year or the return's date taken for a graduation; «interrompre mon master»"
        " read as a master obtained; a sick leave from a job read as a career change without its length; an"
        " adapted post or a therapy «programme» read as studies",
    ),
    "caring": Circumstance(
        "caring for someone: a child, an ill or old parent, a sibling with a disability, or following a"
        " partner's job to another town",
        forms_fr=(
            "je suis aidant(e) de ma mère …",
            "je m'occupe de mon frère …",
            "mon conjoint a été muté à …",
        ),
        forms_en=("I'm a carer for my father …", "my partner's job moved us to …"),
        does="the care explains a gap, a late diploma or a narrow search (one town, part time); the aim stays"
        " what the person says they look for; the partner's or the parent's job and diploma are theirs",
        distractors="the cared-for person's diploma, job or service civique taken for the writer's; years of"
        " care read as a career; a partner's transfer date read as a graduation",
    ),
    "papers_residence": Circumstance(
        "papers: a student residence permit, an APS «recherche d'emploi / création d'entreprise», a talent"
        " permit, refugee status, a visa, a naturalisation in progress",
        forms_fr=(
            "mon titre de séjour étudiant …",
            "j'ai une APS recherche d'emploi",
            "j'ai obtenu le statut de réfugié(e)",
            "ma naturalisation est en cours",
        ),
        forms_en=("my student visa …", "my post-study work permit …", "I have refugee status"),
        does="the permit's name is no fact of studies (a student permit valid until its date does not say the"
        " studies run; an APS after a master says the master is obtained); a foreign diploma may lack an"
        " equivalence; the permit's dates are no graduation",
        distractors="«titre de séjour étudiant» read as studies running; the permit's expiry or renewal date"
        " read as a graduation or an end date; a diploma recognition (ENIC-NARIC) in progress",
    ),
    "money_side_jobs": Circumstance(
        "money: a part-time job to live, a night shift, an auto-entrepreneur gig, the RSA, the ARE, a bourse",
        forms_fr=(
            "je travaille à côté pour payer mon loyer",
            "je suis au RSA depuis …",
            "un contrat de 20 h en grande surface",
            "j'étais boursier(e) …",
        ),
        forms_en=("I work evenings to pay the rent", "a part-time job in a café", "I get unemployment benefit"),
        does="a side job or a student job is no career change; a full-time job of several years before the"
        " diploma is; a bourse of a course running says studies run; benefits say the person looks for work",
        distractors="the side job's employer (a supermarket, a bank's call centre) read as the aim; the side"
        " job read as a career; the bourse's year read as a graduation",
    ),
    "housing_transport": Circumstance(
        "housing and transport: no car, a rural village, a foyer de jeunes travailleurs, staying with friends,"
        " a move",
        forms_fr=(
            "je n'ai pas le permis",
            "je loge en FJT",
            "je suis hébergé(e) chez une amie",
            "j'ai déménagé à …",
        ),
        forms_en=("I don't drive", "I'm staying with friends", "I moved to … in …"),
        does="the housing narrows the search and dates a move; the facts are said beside it",
        distractors="the move's or the lease's date read as a graduation; a CROUS residence read as studies"
        " running; a «foyer» read as an employer",
    ),
    "schedule_availability": Circumstance(
        "a schedule: available only some days, a holiday planned, a training of a few days, a «formation»"
        " of some weeks, a religious fast, a night job",
        forms_fr=(
            "je ne suis disponible que le …",
            "je pars en vacances du … au …",
            "je suis une formation de trois jours …",
            "je travaille de nuit",
        ),
        forms_en=("I'm only free on …", "I'm away from … to …", "I'm doing a short course …"),
        does="a training of a few days or a first-aid course is no studies; a «formation» of months leading to"
        " a diploma is; a holiday's or a course's dates are no end of studies",
        distractors="the course's end date read as studies finished; a «formation» paid by France Travail"
        " (short or long); a night job read as a career",
    ),
    "parenthood": Circumstance(
        "a pregnancy, a baby, a parental leave, a crèche place, a school run",
        forms_fr=(
            "je suis enceinte de …",
            "mon fils est né en …",
            "je sors d'un congé parental",
            "j'ai obtenu une place en crèche",
        ),
        forms_en=("my daughter was born in …", "I'm on parental leave", "I'm expecting"),
        does="the birth dates a gap; a diploma is dated by its own date; a parental leave from a job says there"
        " was a job (a career by its length)",
        distractors="the birth's date read as a graduation; a child's activity («stage de natation», «en"
        " stage de foot») read as the writer's internship; the years at home read as a career",
    ),
    "age_and_path": Circumstance(
        "an age and a path: an older graduate (30, 35, 45), a very young one, a gap year, a césure",
        forms_fr=(
            "j'ai 38 ans, j'ai repris mes études …",
            "j'ai 20 ans",
            "après une année de césure …",
        ),
        forms_en=("I'm 41 and went back to university", "after a gap year"),
        does="a late degree after years of another trade is a career change; a late degree after years at home"
        " or odd jobs is not; an age says nothing of the date of a diploma; a césure inside a master says the"
        " master runs",
        distractors="the age read as years of work; a césure read as studies finished; a very young age read as"
        " a diploma too low",
    ),
    "learning_neuro": Circumstance(
        "a learning or neurological difference: dys, ADHD, autism, an adapted exam (tiers-temps), a resit"
        " session, an extra year",
        forms_fr=(
            "je suis dyslexique",
            "j'ai un TDAH diagnostiqué …",
            "avec un tiers-temps aux examens",
            "j'ai passé les rattrapages …",
        ),
        forms_en=("I'm dyslexic", "I have ADHD", "I sat the resits in …"),
        does="the adapted schedule dates the diploma (a resit in September, results awaited); an extra year"
        " moves the diploma's year",
        distractors="the resits' session awaited (results open); the diagnosis's year read as a graduation; an"
        " accompaniment «programme» read as studies",
    ),
    "family_abroad_obligations": Circumstance(
        "family abroad: a wedding or a funeral back home, a family business abroad, a parent ill abroad",
        forms_fr=(
            "je pars au Sénégal pour le mariage de …",
            "j'aide dans le commerce familial à …",
            "mon père est malade au pays",
        ),
        forms_en=("I'm flying home for a wedding", "I help in my family's shop"),
        does="the trip dates an absence, not a diploma; working years in the family business may be a career"
        " (full time, for years) or not (summers, helping out)",
        distractors="the trip's dates read as an end date; the family business read as the aim; a cousin's or"
        " a sibling's diploma",
    ),
    "volunteering_commitments": Circumstance(
        "commitments: a bénévolat, a sports club, an elected mandate, the réserve civique, the SNU, a service"
        " volontaire européen, a volunteer firefighter",
        forms_fr=(
            "je suis bénévole aux …",
            "je suis sapeur-pompier volontaire",
            "je suis conseillère municipale",
            "j'ai fait un service volontaire européen",
        ),
        forms_en=("I volunteer at …", "I'm a volunteer firefighter", "I did a European Solidarity Corps year"),
        does="a bénévolat, a mandate or a club is no service civique; a service civique or a European"
        " volunteering running today fails; one ended meets; a sibling's service civique is theirs",
        distractors="«volontaire» read as service civique; a sibling's or a friend's service civique; an SNU"
        " of years ago; a bénévolat read as a career",
    ),
    "english_circumstances": Circumstance(
        "any of the circumstances in English: a carer, a visa, a side job, a disability, a baby, a gap year",
        forms_fr=(),
        forms_en=(
            "I'm a carer for …",
            "my visa …",
            "I work part-time at …",
            "I was diagnosed with …",
        ),
        does="the same conventions in English: a side job is no career, a visa's dates are no graduation, a"
        " «placement» is an internship",
        distractors="British «course» for studies; a «placement» is an internship; a «gap year» inside or after"
        " studies",
    ),
}


class N(Featured):
    """One message and the circumstance around which it is written: ``words`` stand in its subject, body or
    CV as written (case and line breaks aside), and they are the words that carry the fact the
    circumstance's test turns on; the `# circumstance:` comment above the message says what the
    circumstance makes of them and what they decide."""

    GRID = GRID  # type: ignore[assignment]
