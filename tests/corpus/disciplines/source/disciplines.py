"""What a message of the disciplines corpus is: every message is set FIRST in one field of study, chosen from
a grid of twelve — health and paramedical studies, social work schools, sport and animation, art and design
schools, engineering and sciences, business schools and management, law, political science and public
service, humanities, languages and teaching, agriculture, environment and food, vocational and work-based
routes, the same fields in English, and other mail from the fields' world — and its deciding facts are said
in that field's own diplomas, training stages, calendars and trades («DE infirmier», «DEES», «BPJEPS»,
«DNSEP», «PFE», «PGE», «CRFPA», «MEEF», «CAPES», «BTSA», «titre professionnel», «BSN», «PGCE»). The label
follows what the person states about herself and the programme's rules (bac+2 or more, a diploma of the last
two years, studies over, no stage nor service civique running, no career change, a job sought in the ESS),
with each field's diploma counted at the level the programme gives it; where the field's word truly leaves
the level or the date open, the fact stays open (to verify, with an ``# ambiguous:`` line). The reader reads
on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its field, the fact that decides, the words that carry it as they stand in the
mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when the message truly
leaves a fact open) a line ``# ambiguous: …`` saying why, then a line ``# route: field, where the deciding
fact sits → kind (and for an application, the deciding fact → decision)`` («# route: nursing, the DE
infirmier of July 2025 in the second paragraph → application; bac+3 of 2025, an EHPAD associatif sought →
eligible»). build.py adds the field and the fact to its truth line. About three messages in four are
applications; the rest is other mail, most of it under ``disciplines_other_mail``."""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 145 applications (55 eligible / 35 to verify / 55 not) and 55 other
N_APPLICATIONS = (135, 155)  # the applications' count lies in this range
ENGLISH_SHARE = (0.12, 0.22)  # share of applications written in English (key 11 and some of the others)
AMBIGUOUS = (20, 40)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 30  # at most this many messages carry a CV or a letter as a file
REFERRALS = 7  # at least this many applications sent by someone else (a careers adviser, a tutor, a parent)


@dataclass(frozen=True)
class Field:
    """One field of study: what it is, its diplomas with the level the programme counts, its calendar, its
    placements, its traps, the rule that settles the label, the marks its mails carry, and its distractors."""

    description: str
    diplomas: tuple[str, ...]  # each diploma with its level as the programme counts it
    calendar: str  # when the jury sits, when results come out
    placements: str  # the stages inside the course (studies not finished while they run)
    traps: str
    marks: tuple[str, ...]  # words this field's mails carry (the method test looks for some of them)
    rule: str  # what settles the label
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Field] = {
    "health_care": Field(
        "health and paramedical studies: nursing (IFSI), occupational therapy, psychomotricity, speech therapy,"
        " care assistants, PASS/LAS medicine years",
        diplomas=("DE infirmier (IFSI, bac+3, grade licence)", "DE d'ergothérapeute (bac+3)", "DE de psychomotricien (bac+3)",
                  "certificat de capacité d'orthophoniste, CCO (bac+5)", "DEAS aide-soignant (niveau 4: below bac+2)",
                  "DEAES accompagnant éducatif et social (niveau 3: below bac+2)", "PASS / LAS year not completed (no diploma)"),
        calendar="the diplôme d'État is awarded by a regional jury (DREETS) in July, sometimes a second session in"
        " November or December; the IFSI course runs September to early July",
        placements="clinical placements («stages cliniques») run inside each semester; the final one ends in June",
        traps="a DEAS or a DEAES is below bac+2 whatever its length; a PASS failed is no diploma; a nurse already"
        " working years in a hospital who wants to change trade is a career change only when she says so",
        marks=("IFSI", "DE infirmier", "diplôme d'État", "aide-soignant", "ergothérapeute", "stage clinique", "orthophon", "PASS"),
        rule="the DE counts at its level (infirmier, ergo, psychomot bac+3; CCO bac+5; DEAS/DEAES below bac+2)"
        " and dates from the July jury; a final placement still running is a stage; a job sought in an"
        " association, a mutualist clinic, an EHPAD associatif or a centre de santé is an ESS aim",
        distractors="«diplôme d'État» read as a bac+5; the last clinical placement's end read as the diploma;"
        " a DEAS of one year read as bac+2; a public hospital read as the ESS",
    ),
    "social_work": Field(
        "social work schools (IRTS, EFTS, ETSUP): assistant de service social, éducateur spécialisé, éducateur"
        " technique, CESF, moniteur-éducateur, management of social units",
        diplomas=("DEASS (bac+3, grade licence)", "DEES éducateur spécialisé (bac+3)", "DEETS (bac+3)",
                  "DECESF (bac+3 since 2021, bac+2 before)", "DEME moniteur-éducateur (niveau 4: below bac+2)",
                  "CAFERUIS (niveau 6, bac+3, often after a career)", "DEEJE éducateur de jeunes enfants (bac+3)"),
        calendar="the certification sessions run in May–June; «la DREETS a publié les résultats» in early July"
        " (the rectorat for the DECESF); a second session in autumn",
        placements="the «stage long à responsabilité» of the final year (often September to May); apprenticeship"
        " contracts run to the certification",
        traps="a student on her «stage long» is in a stage; an apprentice éducateur is still studying; a DECESF of"
        " 2020 was bac+2 (and old anyway); a CAFERUIS after ten years as an educator is no first job",
        marks=("IRTS", "DEES", "DEASS", "DEETS", "DECESF", "éducat", "moniteur-éducateur", "DREETS"),
        rule="the DE counts at its level and dates from the DREETS results; the stage long running is a stage;"
        " «médico-social», «protection de l'enfance» in an association, «insertion» are ESS aims; a post in a"
        " département's ASE or a CCAS is public, not ESS, unless the person also seeks associations",
        distractors="«certification» read as a diploma already held; the stage long's end read as the diploma;"
        " DEME read as bac+2; the department's social service read as ESS",
    ),
    "sport_animation": Field(
        "sport and animation: STAPS at the university, the youth-and-sport diplomas of animation and coaching,"
        " holiday-camp certificates, club jobs",
        diplomas=("licence STAPS (bac+3)", "master STAPS (bac+5)", "BPJEPS (niveau 4 = bac level: below bac+2)",
                  "DEJEPS (niveau 5 = bac+2)", "DESJEPS (niveau 6 = bac+3)", "BAFA / BAFD (no level)", "CQP animateur (no level)"),
        calendar="the BPJEPS and DEJEPS are validated by certification units through the year, the DRAJES jury"
        " awarding the diploma after the last unit; STAPS juries in June–July",
        placements="the BPJEPS/DEJEPS run in alternance in a «structure d'alternance»; STAPS licence placements"
        " in the third year",
        traps="BAFA or BAFD is no level at all; a BPJEPS is bac level; a service civique in a club is a service"
        " civique; seasonal camp work is a job, not a stage",
        marks=("STAPS", "BPJEPS", "DEJEPS", "DESJEPS", "BAFA", "éducation populaire", "club", "colo"),
        rule="each diploma at its level (BPJEPS below bac+2, DEJEPS bac+2, DESJEPS bac+3); an «éducation"
        " populaire» association, a sports association or a centre social is an ESS aim; a service civique"
        " running in a club fails it",
        distractors="BAFA read as a diploma with a level; «niveau 4» read as bac+4; a coach's job in a private"
        " gym read as ESS",
    ),
    "arts_design": Field(
        "art, design, architecture, music, cinema and theatre schools",
        diplomas=("DNA (bac+3)", "DNSEP (bac+5, grade master)", "DNMADE (bac+3)", "BTS design (bac+2)",
                  "DSAA (bac+5)", "DEM of a conservatoire (no state university level: open)",
                  "DEEA architecture (bac+3)", "DEA architecte (bac+5)", "HMONP (a licence to practise, after the DEA)",
                  "diplôme d'école of a private cinema/theatre school (no state level: open)"),
        calendar="the «passage du diplôme devant le jury» in June (DNSEP, DNA), a DEA's PFE defended in"
        " June–July or January",
        placements="studio and agency placements in the fourth year; the HMONP's «mise en situation"
        " professionnelle» of six months is a placement",
        traps="a diplôme d'école with no RNCP level leaves the level open; a HMONP in progress is studies running;"
        " a DEM is no university level",
        marks=("DNSEP", "DNA", "DNMADE", "beaux-arts", "école d'art", "architecture", "jury", "conservatoire"),
        rule="each diploma at its level and dated by its jury; a tiers-lieu, a cultural association, a"
        " cooperative of artists or a SCIC is an ESS aim; a private agency or a brand is not",
        distractors="«jury» read as the diploma already awarded when it is to come; DNSEP taken for bac+3;"
        " a tiers-lieu missed as ESS",
    ),
    "engineering_sciences": Field(
        "engineering schools and sciences: écoles d'ingénieurs, prépas, IUT, university science masters,"
        " doctorates",
        diplomas=("diplôme d'ingénieur (bac+5, titre CTI)", "classes préparatoires (no diploma)", "BUT (bac+3)",
                  "DUT (former, bac+2)", "master recherche (bac+5)", "doctorat (bac+8, at the soutenance)"),
        calendar="the engineering diploma is awarded by the jury after the «PFE»/«stage de fin d'études»"
        " (September–October), a thesis at its soutenance",
        placements="the PFE or stage de fin d'études of six months ends the studies; an «année de césure» is a"
        " break inside the studies",
        traps="two years of prépa are no diploma; a PhD student before her soutenance has not finished; an"
        " année de césure means the studies are not over",
        marks=("ingénieur", "PFE", "stage de fin d'études", "prépa", "BUT", "DUT", "soutenance", "césure"),
        rule="the diploma at its level, dated by the jury or the soutenance; the PFE running is a stage and the"
        " studies run; a job in an energy cooperative, a low-tech association, a Fab Lab associatif is ESS",
        distractors="the PFE's end read as no diploma; a césure read as studies over; a doctoral contract read"
        " as a job",
    ),
    "business_management": Field(
        "business schools and management: Grande École programmes, bachelors, MSc, BTS tertiaires, accounting"
        " degrees, alternance",
        diplomas=("PGE / programme Grande École (bac+5)", "Bachelor of a business school (bac+3)", "MSc (bac+5)",
                  "BTS MCO, NDRC, GPME, CG (bac+2)", "DCG (bac+3)", "DSCG (bac+5)"),
        calendar="juries in July; the PGE awarded after the last stage or the alternance (September–December)",
        placements="the «stage de fin d'études» of the PGE (six months), alternance contracts to the end",
        traps="an MBA after years of work is no first job; an alternant is a student; a DSCG in progress with one"
        " UE left is not finished",
        marks=("PGE", "Grande École", "Bachelor", "BTS", "DCG", "MSc", "alternance", "école de commerce"),
        rule="the diploma at its level; a job in a mutuelle, a coopérative, an entreprise d'insertion or an"
        " association's finance team is ESS; a consulting firm or a bank is not",
        distractors="«alternance» read as a job; «MSc» read as bac+3; a bank «mutualiste» read as no ESS",
    ),
    "law_politics_public": Field(
        "law, political science and public service: law faculties, IEPs / Sciences Po, prépas aux concours,"
        " contractual posts in administrations",
        diplomas=("licence de droit (bac+3)", "master de droit (bac+5)", "diplôme d'IEP / Sciences Po (bac+5)",
                  "capacité en droit (bac level: below bac+2)", "CRFPA (an exam to enter a bar school, not a diploma)",
                  "M2 carrières publiques (bac+5)"),
        calendar="master juries in July or September; concours results from spring to autumn; the CRFPA results"
        " in December",
        placements="a stage in a law firm or a ministry inside the M2; a year at a prépa concours is studies",
        traps="a concours passed or failed is not a diploma; a CRFPA admitted student enters the EFB (studies"
        " running); a «contractuel» post is a job held",
        marks=("droit", "Sciences Po", "IEP", "CRFPA", "concours", "capacité en droit", "contractuel", "master"),
        rule="the diploma at its level; a concours only tells an aim (public service: not ESS); a legal"
        " association, an access-to-rights association or a refugee-support NGO is ESS",
        distractors="the CRFPA read as a diploma; a concours read as a graduation date; a public post read as ESS",
    ),
    "humanities_teaching": Field(
        "humanities, languages and teaching: LLCER, lettres, histoire, sociologie, psychologie, FLE, MEEF"
        " masters, teachers' exams, doctoral posts",
        diplomas=("licence LLCER, lettres, histoire, sociologie (bac+3)", "master de psychologie (bac+5)",
                  "master FLE (bac+5)", "master MEEF (bac+5)", "CAPES / agrégation (competitive exams, not diplomas)"),
        calendar="master juries in June–July or September; the CAPES results in June–July; a stagiaire year"
        " from September",
        placements="a «professeur stagiaire» year after the CAPES is a training stage; a contractual teacher is a"
        " job held; ATER and contrats doctoraux mean the doctorate runs",
        traps="a CAPES passed is no diploma (the MEEF master is); a stagiaire teacher is in a stage; an ATER or"
        " doctoral contract means studies not finished",
        marks=("LLCER", "lettres", "MEEF", "CAPES", "agrégation", "FLE", "psycholog", "sociolog"),
        rule="the master or licence at its level; a FLE job in an association, an éducation populaire or"
        " insertion association is ESS; a post in the Éducation nationale is public, not ESS",
        distractors="the CAPES read as the diploma; «stagiaire» read as a job; «contractuel» read as a stage",
    ),
    "agriculture_environment": Field(
        "agriculture, environment and food: lycées agricoles, agronomy schools, environment licences, farming"
        " certificates",
        diplomas=("BTSA (bac+2)", "licence pro (bac+3)", "ingénieur agronome (bac+5)", "CS certificat de"
                  " spécialisation (niveau 4: below bac+2)", "BPREA (niveau 4: below bac+2, often after a career)",
                  "master environnement (bac+5)"),
        calendar="BTSA juries in early July; the BPREA validated by units, jury in June or December",
        placements="farm placements inside the BTSA and the BPREA; woofing is no placement nor job;"
        " a service civique in an environment association is a service civique",
        traps="a BPREA after a first career is a career change when the person says so; woofing is neither a job"
        " nor a stage; a seasonal harvest is a job",
        marks=("BTSA", "agro", "BPREA", "maraîchage", "lycée agricole", "environnement", "woofing", "ferme"),
        rule="the diploma at its level; a farm cooperative, an AMAP, a jardin d'insertion, an environment"
        " association is ESS; an agro-industry group is not",
        distractors="the BPREA read as bac+2; woofing read as a service civique; a CUMA read as no ESS",
    ),
    "vocational_routes": Field(
        "vocational and work-based routes: CAP, bac pro, titres professionnels, CFA apprenticeships, GRETA and"
        " AFPA courses, VAE",
        diplomas=("CAP (niveau 3: below bac+2)", "bac pro (niveau 4: below bac+2)",
                  "titre professionnel RNCP niveau 4 (below), 5 (bac+2) or 6 (bac+3)",
                  "VAE (the diploma validated counts at its level)", "formation qualifiante (no diploma)"),
        calendar="a titre professionnel's «session d'examen» at the end of the course, the result within weeks;"
        " a VAE jury through the year",
        placements="a «période en entreprise» inside an AFPA course; an apprentice at a CFA is still studying",
        traps="a titre professionnel with no level said leaves the level open; a VAE after a first career is a"
        " career change when the person says so; a formation qualifiante gives no diploma",
        marks=("titre professionnel", "CAP", "bac pro", "CFA", "GRETA", "AFPA", "VAE", "RNCP"),
        rule="the titre at its RNCP level (5 = bac+2, 6 = bac+3); a VAE dates from its jury; a job in a"
        " structure d'insertion, a régie de quartier or a ressourcerie is ESS",
        distractors="«niveau 5» read as bac+5; the AFPA course read as a job; a VAE read as recent studies",
    ),
    "english_disciplines": Field(
        "the same fields in English: nursing, fine arts, engineering, business, law, doctorates, teacher"
        " training, social work, associate degrees, trainee years",
        diplomas=("BSN nursing (bac+3)", "BFA (bac+3)", "MFA (bac+5)", "BEng (bac+3)", "MEng (bac+5)",
                  "MBA (bac+5)", "LLB (bac+3)", "JD (bac+5)", "PhD (bac+8 when defended)", "PGCE (bac+4, after a degree)",
                  "MSW (bac+5)", "associate degree (bac+2)", "HND (bac+2)"),
        calendar="commencement in May–June (US), graduation ceremonies in July or December (UK), the degree"
        " conferred before the ceremony; a PhD at its viva or defence",
        placements="a trainee year, a clinical rotation, a school placement of the PGCE, a co-op term: the"
        " studies run",
        traps="a PhD not defended is not finished; a trainee year is a stage; an MBA after a career is no first"
        " job; the ceremony is not the conferral",
        marks=("nursing", "BSN", "MFA", "BEng", "MBA", "PhD", "PGCE", "degree"),
        rule="as in French, each degree at its level; an application in English is labelled language en; a"
        " non-profit, a charity, a co-operative or a social enterprise is ESS",
        distractors="the ceremony date read as the degree; «associate» read as a job title; a «placement» read as"
        " a job",
    ),
    "disciplines_other_mail": Field(
        "other mail from the fields' world: a careers office's or an alumni network's newsletter, a training"
        " institute (IFSI, IRTS, CFA) asking about a partnership, a federation's or an employer's question, a"
        " job board by field, replies in our thread, auto-replies, bounces; and a few applications sent by a"
        " school's careers adviser, a tutor or a parent",
        diplomas=("any of the fields' diplomas, at their levels",),
        calendar="as in the fields",
        placements="as in the fields",
        traps="a careers adviser presenting a student gives her facts (a referral); an institute's question is no"
        " application; a job board's offer is no applicant",
        marks=("newsletter", "partenariat", "absent", "Mailer-Daemon", "alumni", "offre", "désinscri", "promotion"),
        rule="the kind follows what the mail is for: a question without the writer's facts is a question; an"
        " answer in our thread is a reply; an automatic message is an auto-reply; a bounce is a bounce; a"
        " newsletter is a newsletter; a partnership or an employer's offer is other; an adviser presenting a"
        " person with her facts is an application (`forwarded_by=`)",
        distractors="an institute's partnership offer read as an application; a job board's offer read as an"
        " applicant; a referral read as a question",
    ),
}

ENGLISH_KEY = "english_disciplines"  # every application of this key is written in English


class N(Featured):
    """One message and its field: ``words`` stand in its subject, body or CV as written (case and line breaks
    aside) and carry the deciding fact (or, for other mail, the words that show its kind); the `# route:`
    comment above the message says the field, where the fact sits, the kind and the decision."""

    GRID = GRID  # type: ignore[assignment]
