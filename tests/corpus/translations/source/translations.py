"""What a message of the translations corpus is: every message is given FIRST the language it was thought or
first written in and the ROUTE by which it came into French or English, chosen from a grid of twelve — seven
machine translations (from Spanish, from Portuguese, from Arabic, from German or Dutch, from English into
French, from French into English, from another language: Romanian, Ukrainian, Vietnamese, Turkish, Persian,
Italian, Polish…), a translation sent with its original (a bilingual pair), a translation made by a relative,
a friend or an association volunteer with translator's notes, a half translation that left words, titles or
whole sentences in the source language, a translated CV or diploma attestation, and other mail that went
through a translator (questions, replies in our thread, auto-replies in two languages, bounces, newsletters,
partners' mails). The deciding fact is carried through that route: a false friend («carrière» for *carrera* =
the studies, «pratiques» for *prácticas* = an internship, «licence» for *licenciatura* = four or five years,
«baccalauréat» for *bachillerato* = high school), a calque («je suis gradué», "I am in training course"), a
date in its source format (2025/06/30, 30.06.2025), a word left in the source language («laurea triennale»,
«Ausbildung», «estágio»). The label follows what the person MEANS, read through the route, not the false
friend's French sense; where a translation leaves the meaning truly open, the fact stays open (to verify,
with an ``# ambiguous:`` line). The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its route, the fact that decides, the words that carry it as they stand in the
mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when the message truly
leaves a fact open) a line ``# ambiguous: …`` saying why, then a line ``# route: source language and route,
where the deciding fact sits → kind (and for an application, the deciding fact → decision)`` («# route:
Spanish (Colombia) through DeepL, «carrera» rendered «carrière» in the second paragraph → application; studies
of social work finished in June 2025, an association sought → eligible»). build.py adds the route and the fact
to its truth line. About three messages in four are applications, each with its deciding fact as always (a
level, a date, an internship or a service civique running or over, a career before, studies running, an ESS
search or none); the rest is other mail, most of it under ``translated_other_mail``.

Translations are plausible, not caricatures: mostly fluent, as DeepL, Google or a phone's translator render
them, with literal calques, false friends, wrong prepositions, odd agreements and dates in source formats."""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 145 applications (55 eligible / 35 to verify / 55 not) and 55 other
N_APPLICATIONS = (135, 155)  # the applications' count lies in this range
ENGLISH_SHARE = (0.12, 0.22)  # share of applications written in English (key 6 and some of 8, 9, 12)
AMBIGUOUS = (20, 40)  # `# ambiguous:` lines in the whole corpus


@dataclass(frozen=True)
class Route:
    """One route into French or English: the languages it starts from, the language it ends in (fr, en, or
    both for a pair), the marks it leaves in the words, the rule that settles what the translated words mean,
    and its distractors."""

    description: str
    source: tuple[str, ...]  # the languages the message was thought or first written in
    target: str  # "fr", "en" or "fr/en"
    marks: tuple[str, ...]  # words or signs the route typically leaves in the mail
    rule: str  # what settles the label
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Route] = {
    "mt_from_spanish": Route(
        "machine translation from Spanish (Spain, Mexico, Colombia, Argentina, Peru, Chile): false friends"
        " carried into French — «carrière» for carrera, «pratiques» for prácticas, «licence» for licenciatura,"
        " «baccalauréat» for bachillerato, «grade» for grado, «égressé», «diplômé de la carrière de»",
        source=("es",),
        target="fr",
        marks=("carrière", "pratiques", "licence en", "égressé", "grade", "titulé", "baccalauréat"),
        rule="the writer's Spanish sense decides: «j'ai terminé ma carrière de travail social en 2025» is"
        " studies finished in 2025, not a career before; «je fais mes pratiques professionnelles» is an"
        " internship running; «licence» from licenciatura is four or five years of university (bac+4/5);"
        " «baccalauréat» from bachillerato is high school only; «grade»/«titulé» is the degree obtained",
        distractors="«carrière» read as a working career (a career change); «pratiques» read as practice or"
        " hobbies; «baccalauréat» read as the French bac (or as a degree); a licenciatura read as bac+3",
    ),
    "mt_from_portuguese": Route(
        "machine translation from Portuguese (Brazil, Portugal, Cabo Verde, Angola): «estágio» rendered «stage»,"
        " «étape» or left as is, «formatura» (graduation ceremony), «faculdade» (the university), «TCC» (the"
        " final thesis), «curso superior», «licenciatura» (a 3-year degree in Portugal, a teaching degree in"
        " Brazil), «pós-graduação»",
        source=("pt",),
        target="fr",
        marks=("étape", "formature", "faculté", "TCC", "cours supérieur", "post-graduation", "estágio"),
        rule="the Portuguese sense decides: «je suis en étape obligatoire» is an internship running; «ma"
        " formature est en décembre» is the ceremony, the diploma already obtained when the writer says the"
        " course is finished, still running when the TCC is still to be defended; «cours supérieur» is a"
        " higher-education degree; a Portuguese licenciatura (Bologna) is bac+3",
        distractors="«étape» read as a step of something else; the «formature» date read as the diploma's date"
        " when the course ended earlier, or as a diploma held when the TCC is not defended",
    ),
    "mt_from_arabic": Route(
        "machine translation from Arabic (Morocco, Algeria, Tunisia, Lebanon, Egypt, Syria): LMD «licence»,"
        " «master professionnel», dates written 2025/06/30 or in the source order, honorifics («Monsieur le"
        " respectable directeur»), «j'ai eu la licence avec mention», «diplôme de technicien supérieur»",
        source=("ar",),
        target="fr",
        marks=("respectable", "avec mention", "que Dieu", "2025/", "technicien supérieur", "l'année universitaire"),
        rule="the dates mean what the writer wrote in their order (year/month/day; «l'année universitaire"
        " 2024/2025» ends in June–July 2025); a Maghreb licence is bac+3, a master bac+5, a «technicien"
        " supérieur» bac+2; an honorific or a prayer is no fact",
        distractors="a date 2025/06/30 misread; «l'année universitaire 2024/2025» read as 2024; «diplôme de"
        " technicien» read as below bac+2; «je travaille» of a past job read as today's",
    ),
    "mt_from_german_or_dutch": Route(
        "machine translation from German or Dutch (Germany, Austria, Switzerland, the Netherlands, Belgium):"
        " «Ausbildung» → «formation/apprentissage», «Praktikum» → «pratique/stage», «Abitur», «Fachhochschule» →"
        " «haute école spécialisée», «Bachelor of Arts», «freiwilliges soziales Jahr» → «année sociale"
        " volontaire», «HBO», «afstuderen» → «terminer les études», dates 30.06.2025",
        source=("de", "nl"),
        target="fr",
        marks=("Ausbildung", "Abitur", "haute école", "année sociale volontaire", "pratique", "HBO", ".2025"),
        rule="the German or Dutch sense decides: a «année sociale volontaire» (FSJ) or a «service volontaire"
        " fédéral» is a civic service (running or over by its dates); a «pratique» from Praktikum is an"
        " internship; the Abitur is the bac only; an «Ausbildung» of three years is a vocational training,"
        " no higher degree unless a Bachelor follows; a Bachelor of a Fachhochschule/HBO is bac+3",
        distractors="«pratique» read as practice; the FSJ read as a job; «formation» from Ausbildung read as a"
        " university degree; 30.06.2025 read as anything else",
    ),
    "mt_from_english_to_french": Route(
        "an English speaker writing French through a translator: «internat» for internship, «éventuellement»"
        " for eventually, «actuellement» for actually, «graduation» for the ceremony, «je suis gradué(e)»,"
        " «collège» for university, «majeure»/«mineure», «baccalauréat» for a bachelor's",
        source=("en",),
        target="fr",
        marks=("internat", "gradué", "collège", "éventuellement", "majeure", "baccalauréat"),
        rule="the English sense decides: «je fais un internat» is an internship; «j'ai éventuellement obtenu"
        " mon diplôme» is finally obtained; «je suis gradué en mai 2026» is graduated; «collège» is the"
        " university; a «baccalauréat en» (bachelor's, Quebec or a calque) is bac+3/4; «actuellement» in"
        " «actuellement, je n'ai pas fini» can mean «in fact»",
        distractors="«internat» read as a boarding school; «éventuellement» read as maybe; «baccalauréat» read"
        " as the French bac; «collège» read as a secondary school",
    ),
    "mt_from_french_to_english": Route(
        "a French speaker writing English through a translator (language en): \"I am in training course\" for"
        " stage, \"civic service\", \"license\" for licence, \"I am in retraining\" for reconversion, \"in"
        " research of a job\", \"I passed my master\", \"professional license\", \"BTS (two-year diploma)\"",
        source=("fr",),
        target="en",
        marks=("training course", "civic service", "license", "retraining", "in research of", "I passed"),
        rule="the French sense decides: \"training course\" is a stage (running if the writer is in it);"
        " \"I passed my master\" is obtained; \"license\" is the licence (bac+3); \"retraining\" is a"
        " reconversion after a career; an application in English is labelled language en",
        distractors="\"training course\" read as a short course; \"I passed\" read as an exam; \"license\" read"
        " as a driving licence; \"civic service\" read as volunteering",
    ),
    "mt_from_other": Route(
        "machine translation from another language: Romanian, Ukrainian, Russian, Vietnamese, Turkish,"
        " Persian, Italian («laurea triennale», «laurea magistrale»), Polish («licencjat», «magister»), Greek,"
        " Chinese — calques of their degree names and dates",
        source=("ro", "uk", "ru", "vi", "tr", "fa", "it", "pl", "el", "zh"),
        target="fr",
        marks=("laurea", "licencjat", "magister", "spécialiste", "bakalavr", "cử nhân"),
        rule="the degree is placed by its level in its country (a laurea triennale, licencjat, Ukrainian"
        " bakalavr = bac+3; a laurea magistrale, magister, a «spécialiste» diploma = bac+5); the dates of the"
        " source calendar or order are read as meant",
        distractors="a «spécialiste» diploma read as a job; an Italian «laureando» (graduating) read as"
        " graduated; a Persian or solar-calendar year left unconverted",
    ),
    "bilingual_pair": Route(
        "the translation followed (or preceded) by the original text, both saying the same facts; the fact may"
        " be clearer in the original, or stand in one version only when the writer shortened the other",
        source=("es", "pt", "it", "de", "ar", "en", "ro"),
        target="fr/en",
        marks=("Version originale", "Original", "Texto original", "(traduction)", "---"),
        rule="label by what the person says in either version: both are their words; when one version adds a"
        " fact the other lacks, it counts; when they truly contradict each other, the fact stays open",
        distractors="the translation's false friend taken over the original's clear word; the original left"
        " unread; the two versions counted as two people",
    ),
    "helper_translated": Route(
        "a relative, a friend or an association volunteer translates for the person, with translator's notes"
        " («(elle veut dire qu'elle a fini)», \"[translator's note: …]\", «NdT»), first and third person mixed",
        source=("es", "ar", "fa", "uk", "tr", "ps", "ti", "en"),
        target="fr",
        marks=("NdT", "note du traducteur", "translator's note", "elle veut dire", "il dit que", "je traduis"),
        rule="the applicant's facts are the applicant's whoever writes them; a translator's note that explains"
        " a word settles what it means; the helper's own situation is not the applicant's; a helper writing"
        " for someone else makes the mail a referral",
        distractors="the helper's own diploma or job taken as the applicant's; the note read as a separate"
        " fact; «je» of the helper read as the applicant",
    ),
    "half_translated": Route(
        "the translator left words, titles, diploma names or whole sentences in the source language (Spanish,"
        " Italian, Portuguese, German, Arabic in Latin letters), the deciding fact sometimes only there",
        source=("es", "it", "pt", "de", "ar"),
        target="fr",
        marks=("titulada", "laureata", "formada", "abgeschlossen", "estoy", "sto facendo", "khlast"),
        rule="the words left in the source language are the writer's words: what they mean decides («estoy"
        " haciendo las prácticas hasta marzo» is an internship running; «laureata a luglio 2025» is graduated"
        " in July 2025)",
        distractors="the source-language sentence skipped as noise; its degree name read at the French false"
        " friend's level",
    ),
    "translated_documents": Route(
        "a translated CV or diploma attestation attached or pasted («Traduction certifiée conforme», «Relevé de"
        " notes traduit», «traducteur assermenté»), the dates and titles in it",
        source=("es", "pt", "ar", "de", "it", "ro", "uk", "vi"),
        target="fr",
        marks=("Traduction certifiée", "traducteur assermenté", "relevé de notes", "apostille", "attestation"),
        rule="the translated document's dates and titles are the applicant's facts: the date of delivery of"
        " the diploma (or of the jury) decides; the date of the translation or the apostille is no diploma's"
        " date; an equivalence stated by ENIC-NARIC places the level",
        distractors="the translation's or apostille's date read as the graduation; the sworn translator's"
        " name or title read as the applicant's",
    ),
    "translated_other_mail": Route(
        "questions, replies in our thread, auto-replies, newsletters, bounces and partners' mails that went"
        " through a translator (an auto-reply in two languages, a bounce in German, a partner's referral"
        " translated from Spanish), and applications forwarded by a partner in translation",
        source=("es", "pt", "de", "ar", "it", "en", "uk"),
        target="fr/en",
        marks=("Abwesenheitsnotiz", "fuera de la oficina", "Unzustellbar", "traduit automatiquement", "Translated"),
        rule="the kind follows what the mail does: a question without the writer's facts is a question; an"
        " answer in our thread is a reply; an automatic message in two languages is an auto-reply; a bounce"
        " is a bounce whatever its language; a partner presenting a person with their facts is a referral",
        distractors="an auto-reply's second language read as a new message; a bounce's returned application"
        " read as an application; a partner's translated presentation of its own work read as an application",
    ),
}

ENGLISH_KEY = "mt_from_french_to_english"  # every application of this key is written in English


class N(Featured):
    """One message and its route: ``words`` stand in its subject, body or CV as written (case and line breaks
    aside) and carry the deciding fact (or, for other mail, the words that show its kind); the `# route:`
    comment above the message says the source language and route, where the fact sits, the kind and the
    decision."""

    GRID = GRID  # type: ignore[assignment]
