"""What a message of the francophonies corpus is: every message is written in a VARIETY OF FRENCH chosen
first — by someone from there, now living in France or moving to France, applying to the programme in France —
and the deciding fact is said in that variety's own words, which a reader trained on metropolitan standard
French may misread: a Belgian «bachelier» (bac+3) and «seconde session», a Swiss «service civil» (the
civilian service that replaces the army, not the French service civique) and «CFC», a Québécois «je suis aux
études» (still studying) and «mon bac» (a bachelor's, bac+3), a Senegalese «je suis en attente de
soutenance», a Congolese «j'ai défendu mon mémoire», a Moroccan «licence fondamentale», a Réunionnais «la
case», a Guadeloupean sentence in Creole, a Marseillais «dégun», a Caledonian «RSMA», a message switching
between French and Wolof or Arabic, and English written by francophones keeping their own words («my DEC»,
«my BTS from Dakar»). The variety is chosen FIRST from a grid of twelve (``GRID``); what it does to the facts
is the test. The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its variety, the fact the variety's test turns on, the words that
carry it as they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it,
then (when the mail leaves a criterion truly open) a line ``# ambiguous: …`` saying why, then a line
``# variety: «words» = what the variety makes of them → decision`` («# variety: «j'ai réussi ma seconde
session en septante… pardon, en septembre 2025» = Belgian: the seconde session is the August–September
resit, passed: the bachelier is obtained in September 2025 → meets graduation_recent»). build.py adds the
variety and the fact to its truth line. Applications are French, about one in seven English
(``language="en"``), most of them in the key ``english_francophones``.
"""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 152 applications (59 eligible / 34 to verify / 59 not) and 48 other


@dataclass(frozen=True)
class Variety:
    """One variety of French: where it is written, its forms in French and English (words and turns the
    writer keeps), what it does to the facts (which words a metropolitan reader may misread), and its
    distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    does: str  # what the variety does to the facts: which of its words carry a criterion, and how to read them
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Variety] = {
    "belgium": Variety(
        "Belgian French (Brussels, Wallonia): septante and nonante, the GSM, the kot, the blocus, the June and"
        " the second session, the bachelier and the master, the graduat, «je sais» for «je peux», the CPAS,"
        " the ASBL",
        forms_fr=(
            "septante-deux, nonante",
            "mon GSM",
            "j'ai réussi ma seconde session",
            "mon bachelier en …",
            "je sais vous envoyer …",
            "à tantôt",
            "une ASBL",
            "le CPAS",
        ),
        forms_en=("my bachelier from Louvain", "the second session in August"),
        does="the bachelier is a three-year degree (bac+3), the graduat a two- or three-year one (bac+2 as the"
        " conventions say, bac+3 when the writer says three years), a master bac+5; a «session» dates the"
        " diploma (juin, or the «seconde session» of late August–September); «je suis en blocus» means"
        " studying for exams (studies not finished); an ASBL is an association (the ESS); the CPAS is a social"
        " welfare office (a job there is public, not the ESS unless said); numbers in septante/nonante",
        distractors="«je sais» read as knowledge, not ability; «seconde session» read as a second attempt"
        " failed; «septante-cinq» as a figure; the CPAS taken for an association; the kot (student room) or"
        " the blocus taken for a job; the Belgian «stage d'insertion professionnelle» of the ONEM (a waiting"
        " period for benefits, not an internship unless the writer is placed in one)",
    ),
    "switzerland": Variety(
        "Swiss French (Geneva, Vaud, Neuchâtel, Fribourg, Valais, Jura): septante, huitante, the HES and the"
        " CFC, the maturité, the natel, the votation, the service civil, the ORP and the chômage",
        forms_fr=(
            "huitante, septante",
            "mon natel",
            "un Bachelor HES en travail social",
            "mon CFC d'employé de commerce",
            "la maturité professionnelle",
            "mon service civil",
            "inscrit à l'ORP",
        ),
        forms_en=("my Bachelor from the HES", "I did my service civil in Geneva", "my CFC"),
        does="a Bachelor HES is bac+3; a CFC (a federal apprenticeship certificate) and a maturité are of the"
        " bac's level (fail degree_level); the «service civil» is the civilian service replacing the army:"
        " not a French service civique (a service civil running now is no service civique, but a job-like"
        " assignment: read what it makes of the search; one ended is history); a «stage» is an internship,"
        " an «apprentissage» a trade training; the ORP is the public employment office (job-seeking)",
        distractors="«service civil» read as the service civique; a «stage» of the HES's practical year"
        " (studies not finished); huitante and septante in dates and years; «la votation» or the canton"
        " mistaken for a fact; a brevet fédéral of open level",
    ),
    "quebec_canada": Variety(
        "Québec and French Canada (Montréal, Québec city, Gatineau, Moncton, Ontario): aux études,"
        " finissant(e), cégep, DEC, AEC, «mon bac» for a bachelor's, la diplomation, graduer, OBNL, économie"
        " sociale, job d'été, placement",
        forms_fr=(
            "je suis aux études",
            "je suis finissante",
            "mon bac en travail social",
            "mon DEC en techniques d'éducation spécialisée",
            "j'ai gradué en …",
            "ma diplomation",
            "un OBNL",
            "une job d'été",
        ),
        forms_en=("my bac at UQAM", "my DEC", "I graduated from cégep", "a co-op placement"),
        does="«je suis aux études» means still studying (fails studies_finished); «finissante» means in the"
        " last year, not yet graduated (fails studies_finished) unless the writer says the diploma is out;"
        " «mon bac» is a bachelor's (three or four years: bac+3 as the abroad conventions take it, or «*»"
        " when truly open), the DEC a cégep diploma (technique: three years after secondary school, of open"
        " level «*» unless stated; pre-university: below bac+2); «graduer» and «diplomation» date the"
        " diploma; an OBNL is a non-profit (the ESS); «économie sociale» is the ESS; a «stage» is an"
        " internship; a «placement» (co-op) an internship too",
        distractors="«mon bac» read as the French baccalauréat (bac+0) when it is a bachelor's; «finissante»"
        " read as finished; «la job» as a current career; a «job d'été» (a student job, no career change);"
        " the cégep's «session d'automne» (a term) read as a graduation",
    ),
    "west_africa": Variety(
        "French of West Africa (Senegal, Côte d'Ivoire, Mali, Burkina Faso, Guinea, Togo, Bénin): «j'ai fini"
        " avec la licence», «en attente de soutenance», «BTS d'État», «maîtrise», «je suis dans le chômage»,"
        " «la promotion sortante», warm greetings and blessings",
        forms_fr=(
            "j'ai fini avec ma licence",
            "je suis en attente de soutenance",
            "le BTS d'État",
            "j'ai eu ma maîtrise",
            "je suis dans le chômage",
            "la promotion sortante 2025",
            "Dieu merci",
        ),
        forms_en=("my BTS from Dakar", "I am awaiting my defence"),
        does="«en attente de soutenance» means the defence is still to come (fails studies_finished); «j'ai"
        " fini avec la licence» means the licence is obtained; the BTS d'État is bac+2; a «maîtrise» is bac+4;"
        " «je suis dans le chômage» means job-seeking; «la promotion sortante» dates the graduation by its"
        " year; a «stage» (often long, unpaid) is an internship; «je suis en stage de pré-emploi» still an"
        " internship",
        distractors="«en attente de soutenance» read as results awaited (open) when the defence is still to"
        " come (fails); the promotion's name («promotion Cheikh Anta Diop») mistaken for a fact; a «grand"
        " frère» or a «tonton» who helps taken for the applicant; «le volontariat» of a national agency (open"
        " unless said)",
    ),
    "central_africa": Variety(
        "French of Central Africa (Cameroon, Congo-Brazzaville, Gabon, RDC, Centrafrique, Tchad): graduat,"
        " licence (RDC: old system bac+5), «je cherche l'emploi», «ya pas de problème», «on dit quoi», «le"
        " stage académique», «j'ai défendu» for «j'ai soutenu»",
        forms_fr=(
            "j'ai défendu mon mémoire",
            "mon graduat en …",
            "la licence (ancien système)",
            "je cherche l'emploi",
            "le stage académique",
            "ya pas de problème",
            "on dit quoi",
        ),
        forms_en=("I defended my thesis in Kinshasa", "my graduat"),
        does="«défendre» a thesis or a mémoire means the defence is done (studies finished); the Congolese"
        " graduat is three years (bac+3 when said, else as the conventions take it), the old-system licence"
        " (graduat plus two years) is bac+5 when the writer says so; «le stage académique» is an internship"
        " within the studies (running: fails; ended: history); «je cherche l'emploi» is job-seeking; a «stage"
        " professionnel» after the diploma is still an internship",
        distractors="«défendu» read as forbidden; the old-system «licence» read as a French bac+3; a cousin's"
        " or an elder's diploma beside the applicant's; «on dit quoi» as a question to us",
    ),
    "maghreb": Variety(
        "French of the Maghreb (Morocco, Algeria, Tunisia): licence fondamentale, licence professionnelle, DTS,"
        " BTS, the ISTA and the OFPPT, «inchallah», «hamdoulillah», «stage de fin d'études», the PFE",
        forms_fr=(
            "ma licence fondamentale en sociologie",
            "mon diplôme de technicien spécialisé (ISTA)",
            "mes études sont terminées hamdoulillah",
            "mon PFE",
            "inchallah",
            "le master spécialisé",
        ),
        forms_en=("my licence fondamentale from Rabat", "my PFE"),
        does="a licence fondamentale or professionnelle is bac+3, a master bac+5, a DTS or a «technicien"
        " spécialisé» of the OFPPT/ISTA bac+2 in level but of open equivalence («*» when the writer says"
        " nothing more); the PFE is the end-of-studies project or internship (running: studies not finished"
        " and an internship; «soutenu» done); «inchallah» marks a hope, not a fact (a diploma «inchallah en"
        " décembre» is not obtained); «hamdoulillah» closes a fact that is done",
        distractors="«inchallah» after a date read as a fact; the PFE read as a job; «bac+5» said of a"
        " diplôme d'ingénieur d'État (fine) beside an uncle's; the «service national» (Algeria's military"
        " service, not a service civique)",
    ),
    "indian_ocean": Variety(
        "French of the Indian Ocean (La Réunion, Madagascar, Mauritius, the Comoros): Réunionnais turns"
        " («marmaille», «la case», «lontan», «mi», «zot»), Malagasy and Mauritian French, phones +262, +261,"
        " +230, +269",
        forms_fr=(
            "la marmaille",
            "je suis rentré à la case",
            "lontan",
            "l'Université d'Antananarivo",
            "la DEAL",
            "le SMA",
        ),
        forms_en=("my degree from the University of Mauritius", "back home in Réunion"),
        does="the «SMA» (service militaire adapté) of La Réunion is a military training scheme, not a service"
        " civique; a Malagasy licence is bac+3, a master bac+5, a «DTS» bac+2; Mauritian degrees are British"
        " style (BSc bac+3, diploma of open level); «rentrer à la case» is going home (no fact of studies);"
        " «lontan» (long ago) dates a career",
        distractors="the SMA read as a service civique; «la case» read as a job or a place of work; the DEAL"
        " or the Région as an ESS employer (public); a time difference in dates",
    ),
    "caribbean": Variety(
        "French of the Caribbean and Guiana (Guadeloupe, Martinique, Guyane, Haiti), with Creole: «an nou»,"
        " «la job», «doudou», the university campus of Schoelcher or Fouillole, Haitian diplomas, phones +590,"
        " +596, +594, +509",
        forms_fr=(
            "an nou ay",
            "la fac de Schoelcher",
            "ma licence en sciences de l'éducation (Haïti)",
            "sa ka maché",
            "mwen fini lékòl",
            "doudou",
        ),
        forms_en=("my licence from the State University of Haiti", "back from Martinique"),
        does="a sentence in Creole may carry the fact («mwen fini lékòl» = I finished school; «mwen ka"
        " travay» = I am working); a Haitian licence is four years (bac+3 or «*» as the abroad conventions"
        " take it); a diploma from the Université des Antilles is a French diploma; «la job» is a job, «une"
        " djob» a small job",
        distractors="Creole read as noise; «doudou» (a term of endearment) read as a name; the campus's name"
        " read as the applicant's; «le RSMA» of the Antilles (military training) read as a service civique",
    ),
    "regional_france": Variety(
        "metropolitan regional French: Marseille and Provence («fada», «dégun», «peuchère»), the Nord («ch'ti»,"
        " «biloute»), Lyon («gone», «mâchon»), the South-West («poche», «chocolatine», «adieu» for hello),"
        " Alsace («hopla», «s'Wetter»), Brittany («kenavo», «fest-noz»)",
        forms_fr=(
            "dégun",
            "peuchère",
            "hopla",
            "adieu",
            "une poche",
            "quand j'étais minot",
            "kenavo",
        ),
        forms_en=("my BTS from Lille", "back in Marseille"),
        does="a local turn carries the fact: «dégun ne m'a répondu» (nobody), «adieu» as a greeting, «il y a"
        " pas dégun» (nobody), a «minot» is a kid (a childhood), «tout à l'heure» in the South-West may mean"
        " earlier; the facts are French diplomas read as in the other corpora",
        distractors="«adieu» read as a farewell; «dégun» as a name; a regional institution (the Conseil"
        " départemental, the Eurométropole) taken for an ESS employer; local date habits («à la Toussaint»,"
        " «à la Sainte-Catherine»)",
    ),
    "pacific_overseas": Variety(
        "French of the Pacific and other overseas territories (New Caledonia, French Polynesia, Wallis and"
        " Futuna, Mayotte, Saint-Pierre-et-Miquelon): the RSMA, the Province Sud, «les îles», «ça va aller»,"
        " «la tribu», phones +687, +689, +262, +508",
        forms_fr=(
            "le RSMA",
            "la Province Sud",
            "les îles",
            "ça va aller",
            "la tribu",
            "l'UNC",
            "fiu",
        ),
        forms_en=("I studied at the University of New Caledonia", "back from Tahiti"),
        does="the RSMA (régiment du service militaire adapté) is a military training scheme, not a service"
        " civique and no diploma above the bac; the UNC and the UPF are French universities (their licences"
        " bac+3); a «contrat avec la Province» is public, not the ESS; «fiu» (Tahitian: fed up, tired) is a"
        " mood, not a fact",
        distractors="the RSMA read as a service civique; the Province read as an employer of the ESS; «la"
        " tribu» read as an association; dates in the southern summer («les grandes vacances de décembre»)",
    ),
    "mixed_codes": Variety(
        "code-switching: French mixed with Arabic (darija), Wolof, Lingala, Spanish, Portuguese, Creole or"
        " English inside one message, where a deciding fact may stand in the other language",
        forms_fr=(
            "wallah j'ai fini",
            "dama jeex (Wolof: j'ai fini)",
            "nazali na stage (Lingala: je suis en stage)",
            "ya terminé la carrera",
            "já acabei o mestrado",
            "I'm done with school",
        ),
        forms_en=("j'ai fini my master", "still in stage"),
        does="the fact said in the other language counts as if said in French («ya terminé» = finished, «todavía"
        " estoy de prácticas» = still in an internship, «já acabei» = already finished); a diploma named in"
        " the other language is read by its level (a Spanish «grado» bac+4 → «*» or bac+3 as the abroad"
        " conventions take it, a Portuguese «licenciatura» bac+3, a «mestrado» bac+5)",
        distractors="the other language read as noise or a signature; a «prácticas» (an internship) read as"
        " practice; an English «placement» read as a job; a language named as a skill («je parle wolof»)",
    ),
    "english_francophones": Variety(
        "English written by francophones of these places (Belgium, Switzerland, Québec, West and Central"
        " Africa, the Maghreb, the islands), keeping their local words: «my DEC», «my BTS from Dakar», «I did"
        " my service civil in Geneva»",
        forms_fr=(),
        forms_en=(
            "my DEC in special care counselling",
            "my BTS from Dakar",
            "I did my service civil in Geneva",
            "I am still at studies",
            "I defended my mémoire",
            "my bachelier",
        ),
        does="the same conventions in English, the local word read by its variety («I am at studies» = still"
        " studying, «my bac» from Québec = a bachelor's, «I defended» = done, a «stage» an internship, a"
        " «service civil» no service civique); «course» is studies; a «placement» an internship",
        distractors="a French calque («I finished with my licence», «I am in the unemployment») read as odd"
        " English but meaning a fact; «stage» read as a theatre; «graduation» of a friend or a sibling",
    ),
}


class N(Featured):
    """One message and the variety of French it is written in: ``words`` stand in its subject, body or CV
    as written (case and line breaks aside), and they are the words that carry the fact the variety's test
    turns on; the `# variety:` comment above the message says what the variety makes of them and what they
    decide."""

    GRID = GRID  # type: ignore[assignment]
