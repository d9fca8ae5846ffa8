"""What a message of the sectors corpus is: an application (or other mail) set, FIRST, in one field of the
social and solidarity economy (ESS) or next to it, chosen from a grid of twelve sectors, the person's facts
(diploma, current situation, past jobs, aim) said in THAT sector's own words: its diplomas and titles
(DEJEPS, DEES, BPREA, titre pro CIP, HND…), its trades and job titles (encadrante technique, CIP,
moniteur-éducateur, animateur, maraîcher, intervenant social, conseiller numérique…), its employers and
structures (chantier d'insertion, ESAT, MJC, ressourcerie, AMAP, CHRS, banque coopérative, SCOP, CAE,
fablab, credit union…) and its schemes (ACI, BAFA, intermittence, VSI, Corps européen de solidarité…). The
deciding fact stands in those words; the sector's distractors (its non-ESS employers, titles that look like
levels but are not, levels that look like jobs, its placements, its volunteering, an entrepreneur-salarié)
are the test. The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its sector, the fact its words decide, the words that carry it as
they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when
the sector's words leave a criterion truly open) a line ``# ambiguous: …`` saying why, then a line
``# sector: «words» = what they mean in that sector → decision`` («# sector: «DEJEPS obtenu en juin 2025» =
a bac+2 diploma of animation, 17 months ago → meets degree_level and graduation_recent»). build.py adds the
sector and the fact to its truth line. Applications are French, about one in seven English
(``language="en"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 150 applications (60 eligible / 40 to verify / 50 not) and 50 other


@dataclass(frozen=True)
class Sector:
    """One sector of the grid: what it is, and its own words — diplomas and titles (with the level they
    stand for), trades and job titles, ESS employers and structures, non-ESS employers of the same field,
    and its distractors. ``diplomas``, ``trades`` and ``employers`` are the words an application of the
    sector names in its carrying words (at least one of them, case aside: tests/test_corpus_sectors.py)."""

    description: str
    diplomas: tuple[str, ...]
    trades: tuple[str, ...]
    employers: tuple[str, ...]  # ESS structures and schemes of the sector
    non_ess: tuple[str, ...]  # the same field's employers that are NOT the ESS (a distractor for the aim)
    distractors: str

    def words(self) -> tuple[str, ...]:
        """Every word of the sector an application's carrying words may name."""
        return self.diplomas + self.trades + self.employers + self.non_ess

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Sector] = {
    "insertion": Sector(
        "insertion par l'activité économique (IAE): chantiers et ateliers d'insertion, entreprises"
        " d'insertion, entreprises de travail temporaire d'insertion, régies de quartier, accompagnement"
        " socio-professionnel",
        diplomas=("titre pro CIP", "titre professionnel", "TP CIP", "ETAIE", "DEES", "master", "licence"),
        trades=(
            "encadrant technique",
            "encadrante technique",
            "CIP",
            "conseiller en insertion",
            "conseillère en insertion",
            "chargé d'accompagnement",
            "chargée d'accompagnement",
            "salarié en insertion",
            "salariée en insertion",
            "accompagnatrice socioprofessionnelle",
            "accompagnateur socioprofessionnel",
            "chargée de relations entreprises",
        ),
        employers=(
            "chantier d'insertion",
            "atelier chantier d'insertion",
            "ACI",
            "entreprise d'insertion",
            "ETTI",
            "régie de quartier",
            "SIAE",
            "IAE",
            "PLIE",
            "insertion",
        ),
        non_ess=("agence d'intérim", "France Travail", "cabinet de reclassement"),
        distractors="a «salarié en insertion» contract (a CDDI: a job, not a training); the titre pro CIP"
        " (bac+2); years as encadrant technique after a trade (a career change?); France Travail is public,"
        " a classic temp agency private; a «formation» of a few days is no diploma",
    ),
    "medico_social": Sector(
        "médico-social: handicap, grand âge, protection de l'enfance; associations gestionnaires,"
        " foyers, services à domicile",
        diplomas=(
            "DEES",
            "DE éducateur spécialisé",
            "DE d'éducateur spécialisé",
            "DEME",
            "DE moniteur-éducateur",
            "moniteur-éducateur",
            "monitrice-éducatrice",
            "DEAES",
            "DEASS",
            "DE assistant de service social",
            "DE d'assistante de service social",
            "BTS ESF",
            "DE CESF",
            "DECESF",
            "DEEJE",
            "CAFERUIS",
            "aide-soignante",
            "aide-soignant",
            "DEAS",
            "éducateur spécialisé",
            "éducatrice spécialisée",
        ),
        trades=(
            "éducatrice",
            "éducateur",
            "accompagnant éducatif et social",
            "AES",
            "AMP",
            "assistante sociale",
            "assistant social",
            "conseillère en économie sociale et familiale",
            "CESF",
            "auxiliaire de vie",
            "aide-soignante",
            "moniteur d'atelier",
            "monitrice d'atelier",
        ),
        employers=(
            "ESAT",
            "IME",
            "foyer",
            "EHPAD",
            "SESSAD",
            "MECS",
            "FAM",
            "MAS",
            "SAVS",
            "ASE",
            "association gestionnaire",
            "APF",
            "Adapei",
            "SAAD",
            "maison d'enfants",
        ),
        non_ess=("groupe privé", "clinique", "hôpital", "centre hospitalier", "conseil départemental"),
        distractors="moniteur-éducateur / aide-soignante are both a job and a diploma (level 4 diploma: not"
        " bac+2); a 3rd-year éducateur spécialisé placement is an internship; an EHPAD is ESS when"
        " associatif, not when of a private group, public when hospital — open when unsaid; the"
        " conseil départemental (ASE) is public",
    ),
    "animation": Sector(
        "animation, éducation populaire, sport, jeunesse: centres sociaux, MJC, fédérations sportives et"
        " d'éducation populaire, accueils de loisirs, colonies",
        diplomas=(
            "BAFA",
            "BAFD",
            "BPJEPS",
            "DEJEPS",
            "DESJEPS",
            "DUT carrières sociales",
            "BUT carrières sociales",
            "BUT Carrières sociales",
            "STAPS",
            "CQP",
            "licence STAPS",
            "master STAPS",
            "DUT Carrières sociales",
        ),
        trades=(
            "animateur",
            "animatrice",
            "coordinateur jeunesse",
            "coordinatrice jeunesse",
            "directeur d'ACM",
            "directrice d'ACM",
            "éducateur sportif",
            "éducatrice sportive",
            "référent famille",
            "référente famille",
            "animatrice jeunesse",
            "animateur jeunesse",
            "coordinatrice",
        ),
        employers=(
            "centre social",
            "MJC",
            "fédération sportive",
            "club",
            "colonie",
            "colos",
            "accueil de loisirs",
            "ALSH",
            "Francas",
            "Léo Lagrange",
            "Ligue de l'enseignement",
            "CEMEA",
            "éducation populaire",
            "maison de quartier",
        ),
        non_ess=("mairie", "service jeunesse de la ville", "salle de sport", "club privé"),
        distractors="BAFA / BAFD are not diploma levels; BPJEPS = bac (level 4), DEJEPS = bac+2, DESJEPS ="
        " bac+3; a BPJEPS in alternance is studies running; a municipal service jeunesse is public; a"
        " «contrat d'engagement éducatif» in a colo is a seasonal job",
    ),
    "culture": Sector(
        "culture: associations culturelles, lieux intermédiaires, radios associatives, festivals, compagnies,"
        " médiation culturelle",
        diplomas=(
            "licence pro médiation culturelle",
            "licence professionnelle médiation",
            "master de direction de projets culturels",
            "master direction de projets culturels",
            "master",
            "DNSEP",
            "DNAP",
            "licence arts du spectacle",
            "DMA",
            "BTS métiers de l'audiovisuel",
            "licence",
        ),
        trades=(
            "médiatrice culturelle",
            "médiateur culturel",
            "chargée de production",
            "chargé de production",
            "administratrice de compagnie",
            "administrateur de compagnie",
            "régisseur",
            "régisseuse",
            "intermittent",
            "intermittente",
            "chargée de diffusion",
            "chargé de diffusion",
            "animatrice radio",
            "chargée des publics",
            "chargé des publics",
            "programmatrice",
        ),
        employers=(
            "radio associative",
            "festival",
            "compagnie",
            "tiers-lieu culturel",
            "lieu intermédiaire",
            "association culturelle",
            "friche",
            "SMAC",
            "salle de concert associative",
            "scène",
        ),
        non_ess=(
            "Opéra",
            "théâtre municipal",
            "ministère de la Culture",
            "groupe de médias",
            "agence événementielle",
            "major",
        ),
        distractors="intermittence is a status, not a trade left; a festival's bénévolat is no job; an"
        " agence événementielle, a major, a municipal theatre are not the ESS; a «résidence» of a company is"
        " neither a stage nor a job",
    ),
    "environment": Sector(
        "environnement et transition écologique: ressourceries / recycleries, réemploi, jardins partagés,"
        " énergie citoyenne, vélo, éducation à l'environnement",
        diplomas=(
            "BTSA GPN",
            "BTSA",
            "licence pro",
            "master environnement",
            "master",
            "BTS",
            "DUT génie biologique",
            "ingénieur",
            "BPJEPS éducation à l'environnement",
            "licence",
        ),
        trades=(
            "valoriste",
            "agent de réemploi",
            "animatrice nature",
            "animateur nature",
            "chargée de mission",
            "chargé de mission",
            "mécanicien vélo",
            "mécanicienne cycle",
            "animatrice jardin",
            "animateur jardin",
            "éducateur à l'environnement",
            "éducatrice à l'environnement",
            "chargé d'études",
        ),
        employers=(
            "ressourcerie",
            "recyclerie",
            "réemploi",
            "jardin partagé",
            "jardins partagés",
            "énergie citoyenne",
            "SCIC d'énergie",
            "atelier vélo",
            "vélo",
            "CPIE",
            "Emmaüs",
            "association environnementale",
            "parc naturel",
        ),
        non_ess=(
            "bureau d'études",
            "cabinet de conseil",
            "groupe énergétique",
            "syndicat de traitement",
            "grande enseigne de bricolage",
        ),
        distractors="a BTSA GPN is bac+2; a «service civique transition écologique» is civic service; a"
        " bureau d'études, an energy group, a company's RSE are not the ESS; a parc naturel régional is"
        " public",
    ),
    "food_agri": Sector(
        "alimentation durable et agriculture: AMAP, épiceries solidaires, commerce équitable, banques"
        " alimentaires, agriculture paysanne, maraîchage bio, restauration solidaire",
        diplomas=(
            "BTSA",
            "BPREA",
            "ingénieur agro",
            "ingénieure agronome",
            "ingénieur agronome",
            "CAPA",
            "licence pro agriculture biologique",
            "master",
            "BTS diététique",
            "CAP cuisine",
            "diplôme d'ingénieur",
        ),
        trades=(
            "maraîcher",
            "maraîchère",
            "paysan",
            "paysanne",
            "animatrice d'AMAP",
            "animateur d'AMAP",
            "coordinatrice de l'épicerie",
            "responsable d'épicerie",
            "woofeur",
            "chef de rayon",
            "ouvrier agricole",
            "cuisinier",
            "cuisinière",
            "chargée de mission alimentation",
            "chargé de mission alimentation",
        ),
        employers=(
            "AMAP",
            "épicerie solidaire",
            "épicerie sociale",
            "commerce équitable",
            "banque alimentaire",
            "Restos du cœur",
            "coopérative agricole",
            "CIVAM",
            "Terre de liens",
            "ferme",
            "supérette coopérative",
            "supermarché coopératif",
            "restaurant solidaire",
            "cantine",
        ),
        non_ess=(
            "hypermarché",
            "grande distribution",
            "supermarché",
            "groupe agroalimentaire",
            "centrale d'achat",
        ),
        distractors="a BPREA is a farm title (level 4: not bac+2); a hypermarket or a supermarket chain is"
        " not the ESS (a supermarché coopératif is); a woofing season is neither a job nor an internship;"
        " years as a farmer before a new diploma are a career change",
    ),
    "housing": Sector(
        "hébergement et logement: accueil des sans-abri, logement accompagné, CHRS, pensions de famille,"
        " maraudes, bailleurs sociaux",
        diplomas=(
            "DEASS",
            "DEES",
            "DE CESF",
            "DEME",
            "BTS ESF",
            "master",
            "licence pro",
            "BTS",
            "licence",
            "titre pro",
        ),
        trades=(
            "intervenant social",
            "intervenante sociale",
            "travailleur social",
            "travailleuse sociale",
            "maraudeur",
            "maraudeuse",
            "hôte d'accueil",
            "hôtesse d'accueil",
            "gestionnaire locative",
            "gestionnaire locatif",
            "chargée de gestion locative",
            "veilleur de nuit",
            "veilleuse de nuit",
            "coordinatrice",
            "accompagnatrice",
        ),
        employers=(
            "CHRS",
            "pension de famille",
            "bailleur social",
            "résidence sociale",
            "maraude",
            "115",
            "SIAO",
            "logement accompagné",
            "foyer de jeunes travailleurs",
            "FJT",
            "Habitat",
            "hébergement",
            "accueil de jour",
            "association d'hébergement",
            "Fondation",
        ),
        non_ess=("office HLM", "OPH", "agence immobilière", "promoteur", "ESH"),
        distractors="an HLM office (OPH) is public, an ESH a company: not always the ESS — a housing"
        " association is; «intervenant social» is a job, not a diploma; a night shift as veilleur is a job;"
        " a bénévole in a maraude is volunteering",
    ),
    "finance": Sector(
        "finance solidaire: banques coopératives, mutuelles, assurance mutualiste, microcrédit, épargne"
        " solidaire, fonds d'investissement solidaires",
        diplomas=(
            "DCG",
            "DSCG",
            "BTS banque",
            "BTS Banque",
            "master finance",
            "master",
            "licence",
            "licence pro",
            "BTS",
            "DUT GEA",
            "BUT GEA",
        ),
        trades=(
            "conseiller clientèle",
            "conseillère clientèle",
            "chargé d'accompagnement",
            "chargée d'accompagnement",
            "analyste crédit",
            "chargée de microcrédit",
            "chargé de microcrédit",
            "gestionnaire",
            "comptable",
            "contrôleur de gestion",
            "contrôleuse de gestion",
            "chargée d'affaires",
            "chargé d'affaires",
            "conseillère mutualiste",
            "conseiller mutualiste",
        ),
        employers=(
            "banque coopérative",
            "mutuelle",
            "assurance mutualiste",
            "microcrédit",
            "finance solidaire",
            "Adie",
            "épargne solidaire",
            "caisse régionale",
            "Crédit coopératif",
            "coopérative de crédit",
            "France Active",
            "fonds solidaire",
            "mutualiste",
        ),
        non_ess=(
            "banque commerciale",
            "banque d'investissement",
            "cabinet d'audit",
            "assureur privé",
            "fintech",
            "banque privée",
            "néobanque",
        ),
        distractors="a cooperative or mutual bank IS the ESS, a commercial bank, a fintech or a private"
        " insurer is not; an alternance in a bank is studies running; years as a bank adviser before a"
        " master ESS are a career change; DCG = bac+3, DSCG = bac+5",
    ),
    "international": Sector(
        "solidarité internationale, accueil des personnes exilées, FLE, ONG, migrations",
        diplomas=(
            "master coopération internationale",
            "master de coopération",
            "DU FLE",
            "master FLE",
            "master",
            "licence",
            "licence FLE",
            "DAEFLE",
            "DU",
            "master action humanitaire",
            "master solidarité",
        ),
        trades=(
            "formatrice FLE",
            "formateur FLE",
            "chargée de projet",
            "chargé de projet",
            "coordinatrice terrain",
            "coordinateur terrain",
            "logisticien",
            "logisticienne",
            "intervenante sociale",
            "chargée de plaidoyer",
            "chargé de plaidoyer",
            "volontaire",
            "VSI",
        ),
        employers=(
            "ONG",
            "VSI",
            "Corps européen de solidarité",
            "CADA",
            "solidarité internationale",
            "association d'accueil",
            "exilés",
            "exilées",
            "demandeurs d'asile",
            "HUDA",
            "Cimade",
            "service civique",
            "France Volontaires",
        ),
        non_ess=(
            "ambassade",
            "ministère",
            "agence des Nations unies",
            "cabinet de conseil",
            "OFII",
            "préfecture",
        ),
        distractors="a VSI or a Corps européen de solidarité mission is volunteering like a service civique"
        " (held now → fails not_service_civique); a ministry, an embassy, OFII are public; a DU FLE of a"
        " few months has no level of its own; a «mission» abroad of unstated scheme is open",
    ),
    "coops_entrepreneurship": Sector(
        "coopératives et entrepreneuriat social: SCOP, SCIC, CAE (coopératives d'activité et d'emploi),"
        " tiers-lieux, incubateurs ESS, création d'association",
        diplomas=(
            "master ESS",
            "master",
            "licence",
            "DUT",
            "BUT",
            "BTS",
            "école de commerce",
            "master entrepreneuriat",
            "licence pro",
        ),
        trades=(
            "entrepreneur-salarié",
            "entrepreneure-salariée",
            "entrepreneuse-salariée",
            "sociétaire",
            "associé",
            "associée",
            "fondatrice",
            "fondateur",
            "cogérante",
            "cogérant",
            "chargée d'accompagnement",
            "chargé d'accompagnement",
            "facilitatrice",
            "porteuse de projet",
            "porteur de projet",
            "incubé",
            "incubée",
        ),
        employers=(
            "SCOP",
            "SCIC",
            "CAE",
            "coopérative d'activité et d'emploi",
            "tiers-lieu",
            "tiers-lieux",
            "incubateur ESS",
            "incubateur",
            "coopérative",
            "association",
            "entreprise sociale",
        ),
        non_ess=("start-up", "startup", "SAS", "cabinet de conseil", "auto-entreprise", "micro-entreprise"),
        distractors="a CAE's «entrepreneur-salarié» is employed (CAPE: «contrat d'appui» = a support phase),"
        " not an intern; a founder of a start-up is not the ESS, of an association is; an incubator ESS"
        " programme is no internship; a micro-entreprise alone is not the ESS",
    ),
    "digital_comms": Sector(
        "numérique et communication: inclusion et médiation numérique, communication associative, fablabs",
        diplomas=(
            "titre pro",
            "titre professionnel",
            "BUT MMI",
            "DUT MMI",
            "BTS communication",
            "licence pro",
            "master communication",
            "master",
            "licence info-com",
            "licence",
            "BTS SIO",
        ),
        trades=(
            "médiatrice numérique",
            "médiateur numérique",
            "conseillère numérique",
            "conseiller numérique",
            "Conseiller numérique France Services",
            "chargée de communication",
            "chargé de communication",
            "fabmanager",
            "community manager",
            "développeur web",
            "développeuse web",
            "webdesigner",
            "graphiste",
        ),
        employers=(
            "fablab",
            "espace public numérique",
            "EPN",
            "France Services",
            "communication associative",
            "inclusion numérique",
            "médiation numérique",
            "association",
            "Emmaüs Connect",
            "tiers-lieu",
        ),
        non_ess=("agence web", "agence de communication", "ESN", "start-up", "agence digitale"),
        distractors="a web agency or an ESN is not the ESS; «Conseiller numérique France Services» is a job"
        " (a scheme's contract), not a diploma; a «formation» of 3 days is no level; a titre pro"
        " développeur web is bac+2",
    ),
    "english_sectors": Sector(
        "the same sectors in English: a charity, a community interest company (CIC), a housing association,"
        " a food bank, a credit union, a cooperative, a social enterprise; UK/US/Irish/Canadian diplomas",
        diplomas=(
            "HND",
            "HNC",
            "foundation degree",
            "associate degree",
            "BA",
            "BSc",
            "MA",
            "MSc",
            "A-levels",
            "degree",
            "diploma",
            "master's",
            "bachelor's",
            "college diploma",
            "PGCE",
            "NVQ",
        ),
        trades=(
            "youth worker",
            "support worker",
            "project officer",
            "project coordinator",
            "caseworker",
            "volunteer",
            "fundraiser",
            "community organiser",
            "outreach worker",
            "intern",
            "trainee",
            "coordinator",
            "officer",
            "manager",
        ),
        employers=(
            "charity",
            "community interest company",
            "CIC",
            "housing association",
            "food bank",
            "credit union",
            "cooperative",
            "co-op",
            "social enterprise",
            "non-profit",
            "nonprofit",
            "AmeriCorps",
            "NGO",
            "trust",
        ),
        non_ess=("high-street bank", "bank", "supermarket", "agency", "consultancy", "corporate", "council"),
        distractors="HND, foundation degree, associate degree = bac+2; BA / BSc = bac+3; MA / MSc = bac+5;"
        " A-levels = bac; a CIC, a housing association, a credit union, a charity are the ESS, a high-street"
        " bank or a supermarket are not; AmeriCorps or a gap-year volunteering is civic-service-like",
    ),
}


class N(Featured):
    """One message and the sector that carries its deciding fact: ``words`` stand in its subject, body or CV
    as written (case and line breaks aside), and they are the sector's deciding words (its diploma, trade,
    employer or scheme with what settles the fact); the `# sector:` comment above the message says what they
    mean in that sector and what they decide."""

    GRID = GRID  # type: ignore[assignment]
