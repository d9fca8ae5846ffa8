"""What a message of the tensions corpus is: every application carries TWO FACTS THAT PULL ITS VERDICT
OPPOSITE WAYS — one that looks like it qualifies the person and one that looks like it rules them out or
leaves them open — both told plainly by the writer, as people do when their story is not simple, and the
programme's rules settle which one holds: years of a trade and a recent degree (a career change, or only
student jobs), a diploma finished and something enrolled in since (a DU, a second master, a prépa, a MOOC),
a degree and an internship after it (running, ended, signed for January), a degree and a service civique
(running, ending, ended, offered), two diplomas of two levels and two dates, a job held now and a search (a
career to leave or a side job), an ESS aim and another aim in the same letter, every exam passed and a jury
still ahead (or defended with only the paperwork left), a level claimed and the title named, two dates for
one diploma, the writer's own word and an administrative status, or the same in English. The pair is chosen
FIRST from a grid of twelve (``GRID``); which fact the rules make hold is the test. The reader reads on
TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its tension, the fact the tension turns on, the words that carry
the deciding side as they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment
above it, then (when the tension leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a
line ``# tension: «fact for» vs «fact against» = what the rules make of the pair → decision`` («# tension:
«licence pro obtenue en juin 2026» vs «dix ans de boulangerie avant» = ten years of a trade before the
diploma are a career, the recent diploma does not undo them → fails not_career_change → not eligible»).
build.py adds the tension and the fact to its truth line. Applications are French, about one in seven
English (``language="en"``). Other mail carries a tension too (a question full of personal facts, a reply in
our thread adding a fact, an employer speaking of its own graduates, a newsletter about a service civique).
"""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 152 applications (59 eligible / 34 to verify / 59 not) and 48 other


@dataclass(frozen=True)
class Tension:
    """One tension: the pair of facts, its forms in French and English, the rule that settles the pair
    (which side holds, and when it stays open), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    rule: str  # what the programme's rules make of the pair: which fact holds, when the pair stays open
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Tension] = {
    "career_vs_new_degree": Tension(
        "years in a trade, then a recent degree: a career change, or no (student jobs, an alternance that was"
        " the degree's own, a first job of a few months, summers)",
        forms_fr=(
            "j'ai travaillé huit ans comme … avant de reprendre mes études",
            "j'ai obtenu mon master en juin, après plusieurs années dans …",
            "pendant ma licence je bossais chez …",
            "mon alternance chez … (c'était le rythme du BTS)",
        ),
        forms_en=("I worked for six years as … before going back to uni", "I had a part-time job all through my degree"),
        rule="the recent degree meets graduation_recent and the level, but years of a full-time trade before it"
        " fail not_career_change; student jobs, summers, the alternance of the degree itself, a first job of a"
        " few months after it meet it; «quelques années», «un moment», a length not said leave it open",
        distractors="a job's name read as a career without its length; an alternance read as a career; an"
        " internship's months read as years of work; the years of the degree itself counted as a trade",
    ),
    "finished_then_enrolled": Tension(
        "a diploma finished, then something enrolled in since (a DU, a second master, a prépa for a concours,"
        " a language course, a MOOC, a CAP by correspondence, a «formation» of some weeks): do studies run?",
        forms_fr=(
            "j'ai validé mon master en juin et je me suis inscrite en DU …",
            "je prépare le concours … en parallèle",
            "je suis un MOOC sur …",
            "je me suis inscrit à une formation de six semaines",
        ),
        forms_en=("I finished my degree and enrolled in a postgraduate diploma", "I'm doing an online course on …"),
        rule="a diploma course running today (a DU, a second master, a licence, a CAP by correspondence, a prépa"
        " of a year in an institution) fails studies_finished; a MOOC, a language course of evenings, a"
        " «formation» of a few weeks or days, a concours prepared alone meet it; a course whose length or"
        " kind is not said leaves it open (an enrolment kept only for the student card, with no course"
        " followed, is self_vs_status: it meets)",
        distractors="the first diploma's date read as the end of studies; «inscrit(e)» read as studies running"
        " whatever the course; a MOOC's certificate read as a diploma; the second course's level read as the"
        " level obtained",
    ),
    "degree_then_internship": Tension(
        "graduated, then an internship: running now, ended last month, signed to start in January, a «stage"
        " de fin d'études» whose report is due, an unpaid «stage» in an association",
        forms_fr=(
            "diplômée depuis juin, je suis en stage jusqu'en février",
            "mon stage s'est terminé le …",
            "j'ai signé une convention de stage pour janvier",
            "il me reste le rapport de stage à rendre",
        ),
        forms_en=("I graduated in July and I'm now on a placement until …", "my internship ended in October"),
        rule="an internship running after 2026-11-26 fails not_internship; one ended meets it; one ending «fin"
        " novembre» or «ce mois-ci» with no day leaves it open; one signed for January is not running today"
        " (meets, unless its convention says studies still run); a stage de fin d'études whose report or"
        " defence is still due says the diploma is not finished (fails studies_finished)",
        distractors="the degree's date read as the end of everything; a stage in an association read as a job;"
        " «stage» of a weekend or a sport; a convention signed read as a running internship",
    ),
    "degree_then_civic_service": Tension(
        "graduated, and a service civique: running, ending next week, ended, offered; a «mission de"
        " volontariat» that is or is not one; a sibling's",
        forms_fr=(
            "je suis en service civique depuis septembre",
            "mon service civique se termine le …",
            "on m'a proposé une mission de service civique",
            "ma sœur fait son service civique à …",
        ),
        forms_en=("I'm doing a service civique until …", "my civic service ended in …"),
        rule="a service civique (or a European volunteering) running after today fails not_service_civique,"
        " even ending next week; one ended meets; one ending «fin novembre» with no day leaves it open; one"
        " offered and not begun meets (unless the writer says they will start it instead of working, which"
        " turns the aim); a bénévolat or a «mission» of an association that is no civic service meets; a"
        " sibling's is theirs",
        distractors="«volontaire» or «mission» read as service civique; a sibling's service civique; a mission"
        " offered read as running; the end date «la semaine prochaine» read as ended",
    ),
    "two_diplomas_two_dates": Tension(
        "two diplomas of different levels and dates: an old bac+5 and a recent bac+2, a recent licence after an"
        " old BTS, a diploma abroad and its French equivalence",
        forms_fr=(
            "j'ai un BTS de 2019 et une licence obtenue cette année",
            "master en 2018, puis un BTS en 2026",
            "mon diplôme marocain (2020) a reçu son équivalence en 2026",
        ),
        forms_en=("I have a BTEC from 2017 and a BA from this summer", "my degree from Nigeria (2019) was recognised this year"),
        rule="the highest diploma gives the level and the most recent diploma of bac+2 or more dates the"
        " graduation (a recent BTS after an old master is a recent bac+2); an equivalence's date is no"
        " diploma's date (the diploma abroad is dated by its own year); a recent diploma below bac+2 does not"
        " renew an old one",
        distractors="the old diploma's date read as the graduation; the equivalence's year read as the"
        " diploma's; the recent lower diploma read as the level; a bac's date",
    ),
    "job_now_vs_search": Tension(
        "holding a job now (a CDD, interim, a job in the family shop, an «emploi alimentaire») while looking"
        " for an ESS job; a job that is the career to leave vs a side job",
        forms_fr=(
            "je suis en CDD jusqu'en mars chez …",
            "je fais de l'intérim en attendant",
            "je travaille dans la boutique de mes parents",
            "un job alimentaire en attendant mieux",
        ),
        forms_en=("I'm on a fixed-term contract at …", "I'm temping while I look for …"),
        rule="a job held now after a recent diploma is no obstacle when the person is looking for an ESS job"
        " (a CDD, interim, a shop) — the search is real; it fails not_career_change only when it is a trade of"
        " years before the diploma; a permanent job the person means to keep, with an ESS job «un jour»,"
        " fails job_seeking_ess",
        distractors="a CDD read as a career; «en poste» read as no search; the shop's or the agency's sector"
        " read as the aim; a job of years after the diploma read as a career change",
    ),
    "ess_vs_elsewhere": Tension(
        "an ESS aim and another aim in the same letter (the public service, a start-up, a PhD, a year abroad,"
        " «n'importe quoi qui paie»): is the ESS search real and active?",
        forms_fr=(
            "je vise une association, mais je passe aussi le concours de …",
            "je monte ma boîte et je cherche en parallèle",
            "je pars six mois en Australie d'abord",
            "n'importe quel poste qui paie",
        ),
        forms_en=("I want to work for a charity, or maybe start a PhD", "anything that pays, really"),
        rule="an ESS job looked for now, with another aim as a fallback, leaves job_seeking_ess open; an ESS"
        " search named and active with a concours taken in passing meets it; a PhD, a year abroad, a start-up of"
        " one's own or «anything» first, with the ESS later or as one sector among all, fails it",
        distractors="an ESS employer named as a past internship read as the aim; a public body (a town hall, a"
        " hospital) read as ESS; a start-up in social impact read as ESS; a cooperative named as a client",
    ),
    "done_vs_awaited": Tension(
        "every exam passed but the jury, the certificate or the defence still ahead, or the other way round"
        " (defended, only the paperwork left)",
        forms_fr=(
            "j'ai validé tous mes partiels, la soutenance est le …",
            "j'attends le jury de décembre",
            "soutenu en septembre, j'attends juste le diplôme papier",
            "il me manque l'attestation de réussite",
        ),
        forms_en=("all my exams are passed, my viva is in …", "I defended in September, waiting for the certificate"),
        rule="a defence or an exam still to come fails studies_finished; every exam and the defence passed"
        " with the jury's results awaited leaves it open; a result given (admis, validé) with only the paper"
        " certificate or the ceremony ahead meets it",
        distractors="«j'attends mon diplôme» read as results awaited when it is only the paper; a thesis"
        " handed in read as defended; a ceremony's date read as the graduation",
    ),
    "level_claimed_vs_title": Tension(
        "a level claimed («bac+3») vs the title named: a titre RNCP niveau 5, a private bachelor, an"
        " unvalidated L3, a DEUG, a diploma abroad",
        forms_fr=(
            "j'ai un bac+3 (titre RNCP niveau 5)",
            "bachelor en trois ans dans une école privée",
            "j'ai fait une L3 mais il me manque un semestre",
            "j'ai un DEUG",
        ),
        forms_en=("I have a bachelor's-level qualification (a Level 4 diploma)", "I did three years but didn't finish"),
        rule="the title named decides, not the claim: a titre RNCP niveau 5 is bac+2, niveau 6 bac+3; an L3"
        " not validated leaves the L2 (bac+2, dated by its own year); a DEUG is bac+2; a bac pro or a niveau 4"
        " title fails degree_level whatever the years spent; a private bachelor or a diploma abroad without a"
        " level said leaves the level open",
        distractors="«bac+3» believed from the years spent; «niveau 5» read in the old or the new scale; the"
        " years of the course read as the level",
    ),
    "recent_vs_old_dates": Tension(
        "two dates that could date the diploma: the year the course ended vs the year the diploma was issued, a"
        " defence in one year and the jury in the next, a date corrected in a PS",
        forms_fr=(
            "promotion 2024, diplôme délivré en 2025",
            "soutenu en octobre 2024, jury en janvier 2025",
            "PS : je me suis trompé, c'est juin 2023",
        ),
        forms_en=("class of 2024, the certificate came in 2025", "sorry, I meant 2023 not 2025"),
        rule="the diploma is dated by when it was awarded (the jury's deliberation, the results); a paper"
        " issued later does not renew it; a correction in a PS replaces the first date; a course ended at one"
        " date and the results at another with neither month said leaves it open when the pair straddles"
        " November 2024",
        distractors="the paper's date read as the graduation; the first date kept after the PS; the start of"
        " the course read as the end; the academic year «2024-2025» read as 2024",
    ),
    "self_vs_status": Tension(
        "the writer's own word against an administrative status: still «inscrite à la fac» for the student"
        " card, «demandeur d'emploi» while finishing a thesis, «auto-entrepreneur» with no activity,"
        " «stagiaire de la formation professionnelle»",
        forms_fr=(
            "je suis encore inscrite à la fac, mais seulement pour la carte étudiante",
            "inscrit à France Travail, je termine mon mémoire",
            "j'ai un statut d'auto-entrepreneur mais je ne facture rien",
            "je suis stagiaire de la formation professionnelle",
        ),
        forms_en=("I'm still registered as a student, only for the discount", "technically self-employed, no clients"),
        rule="the facts decide, not the status: a student card kept with no course meets studies_finished; a"
        " thesis still to write fails it whatever France Travail says; an auto-entrepreneur status with no"
        " activity is no career nor another aim; a «stagiaire de la formation professionnelle» is in a"
        " training running (fails studies_finished) — it is no internship",
        distractors="the status read as the fact; «stagiaire» read as an internship; «demandeur d'emploi» read"
        " as studies finished; «inscrit(e)» read as courses followed",
    ),
    "english_tensions": Tension(
        "the same tensions in English: a career then a degree, a placement after graduating, a course"
        " enrolled in since, two diplomas, a job held now, an aim split",
        forms_fr=(),
        forms_en=(
            "I worked as a … for years before my degree",
            "I graduated in June and I'm on a placement until …",
            "I'm doing a short course on …",
            "I'm working at … for now while I look for …",
        ),
        rule="the same rules in English: a «placement» is an internship, a «course» of a diploma running is"
        " studies running, a «viva» still ahead fails studies, a «gap year» abroad first turns the aim",
        distractors="British «course» for studies; a «placement» is an internship; «volunteering» is no civic"
        " service unless it is one; «graduation» as the ceremony",
    ),
}


class N(Featured):
    """One message and the tension around which it is written: ``words`` stand in its subject, body or CV
    as written (case and line breaks aside), and they are the words that carry the side of the tension the
    rules make hold; the `# tension:` comment above the message names both facts and what the rules make of
    the pair."""

    GRID = GRID  # type: ignore[assignment]
