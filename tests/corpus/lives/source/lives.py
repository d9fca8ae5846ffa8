"""The lives corpus's cards and oracle: a seeded generator draws 200 life timelines (education, jobs, stage,
service civique, the situation now, and which facts the person tells), and the oracle computes each truth
line from the card alone, by the programme's rules and the corpora's conventions.

Nothing here imports the reader (``intake``): the labels are the card's, never the reader's. The messages
are narrated by hand from the cards in batch*.py; ``L`` ties a narrated mail to its card and takes its truth
from the oracle.

    python tests/corpus/lives/source/lives.py [N]   # print the cards (all, or card N)
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from typing import Any

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

SEED = 20261126
COUNT = 200
NOW = (2026, 11)  # the reading day is 2026-11-26; messages are dated 1–25 November 2026
MAX_MONTHS = 24
# The kinds of mail that are not applications, and how many of each (the rest are applications).
OTHER_KINDS = {"question": 16, "reply": 12, "other": 11, "auto_reply": 8, "newsletter": 8, "bounce": 5}
# Omissions a card may draw: what the person leaves untold.
TOLD_FLAGS = (
    "no_date",
    "year_only",
    "no_aim",
    "no_phone",
    "level_by_name",
    "vague_mission",
    "vague_volontariat",
)

FIRST_F = [
    "Amandine",
    "Nadia",
    "Coralie",
    "Inès",
    "Maëlle",
    "Sarah",
    "Joanna",
    "Laure",
    "Yasmina",
    "Élodie",
    "Clémence",
    "Aïssata",
    "Manon",
    "Fanny",
    "Soline",
    "Rokia",
    "Agathe",
    "Capucine",
    "Justine",
    "Lina",
    "Héloïse",
    "Mélissa",
    "Océane",
    "Romane",
    "Zoé",
    "Awa",
    "Margaux",
    "Louise",
    "Charline",
    "Priscilla",
]
FIRST_M = [
    "Kévin",
    "Yanis",
    "Bastien",
    "Florian",
    "Mehdi",
    "Thibault",
    "Samuel",
    "Ousmane",
    "Gaëtan",
    "Rémi",
    "Lucas",
    "Adrien",
    "Karim",
    "Jérémy",
    "Mathis",
    "Noé",
    "Damien",
    "Idriss",
    "Valentin",
    "Hugo",
    "Baptiste",
    "Loïc",
    "Anthony",
    "Sofiane",
    "Timothée",
    "Malik",
    "Quentin",
    "Arthur",
    "Élie",
    "Axel",
]
LAST = [
    "Vasseur",
    "Benali",
    "Kerleau",
    "Pichon",
    "Traoré",
    "Lemaire",
    "Ferrand",
    "Guyot",
    "Haddad",
    "Morvan",
    "Chevallier",
    "Ndiaye",
    "Le Goff",
    "Barbier",
    "Rolland",
    "Mercier",
    "Diallo",
    "Perrot",
    "Aubert",
    "Colin",
    "Brunet",
    "Lacroix",
    "Marchal",
    "Renaud",
    "Hamon",
    "Bouvier",
    "Tessier",
    "Cissé",
    "Leclerc",
    "Fabre",
    "Gauthier",
    "Masson",
    "Rey",
    "Poulain",
    "Carré",
    "Bertin",
    "Jacquet",
    "Lopes",
    "Moulin",
    "Dupuy",
]
DOMAINS = [
    "example.org",
    "example.com",
    "example.net",
    "mail.example.org",
    "courriel.example.fr",
    "example.fr",
]

FIELDS = [
    "économie sociale et solidaire",
    "sociologie",
    "gestion",
    "droit",
    "communication",
    "géographie",
    "psychologie",
    "sciences de l'éducation",
    "information-communication",
    "AES",
    "histoire",
    "développement durable",
    "carrières sociales",
    "gestion des entreprises",
    "comptabilité",
    "animation sociale",
    "langues étrangères appliquées",
    "urbanisme",
    "environnement",
    "médiation culturelle",
]
LEVEL2 = ["BTS", "BUT (DUT en 2 ans)", "DEUST", "L2 validée", "BTS"]
LEVEL3 = ["licence", "licence professionnelle", "BUT", "bachelor"]
LEVEL5 = ["master", "master 2", "diplôme d'école (grade master)", "master"]
OLD_TRADES = [
    ("comptable", "cabinet d'expertise"),
    ("infirmière", "hôpital"),
    ("vendeur", "grande surface"),
    ("commercial", "concessionnaire"),
    ("professeur des écoles", "Éducation nationale"),
    ("technicien de maintenance", "usine"),
    ("agent immobilier", "agence"),
    ("assistante de direction", "PME de BTP"),
    ("aide-soignante", "EHPAD"),
    ("chef de rayon", "hypermarché"),
]
STUDENT_JOBS = [
    "caissier·e le samedi",
    "animateur·rice en centre de loisirs l'été",
    "serveur·se",
    "baby-sitting",
    "livreur·se à vélo",
    "saisonnier·e aux vendanges",
    "surveillant·e d'internat",
    "équipier·e en fast-food",
]
ESS_AIMS = [
    "une association d'insertion",
    "une coopérative (SCOP)",
    "une mutuelle",
    "une association d'éducation populaire",
    "une ressourcerie",
    "une structure de l'IAE",
    "une association culturelle",
    "une fondation",
    "une épicerie solidaire",
    "un centre social associatif",
]
ELSEWHERE = [
    "une banque d'affaires",
    "un grand cabinet de conseil",
    "la fonction publique territoriale",
    "une maison de luxe",
    "une start-up de la tech",
    "un groupe de grande distribution",
]
SC_ORGS = [
    "Unis-Cité",
    "une association de quartier",
    "une banque alimentaire",
    "la Ligue de l'enseignement",
    "un centre social",
    "une association d'aide aux devoirs",
]
STAGE_ORGS = [
    "une SCOP de conseil",
    "une association de solidarité internationale",
    "une mairie",
    "une mutuelle",
    "une fédération sportive",
    "une agence de communication",
]


@dataclass
class Dip:
    """A diploma: ``state`` obtained, in_progress, awaiting (results or jury to come) or abandoned."""

    name: str
    level: int
    field: str
    year: int
    month: int
    state: str = "obtained"


@dataclass
class Period:
    """A job, a stage or a service civique; ``end`` None means it goes on."""

    what: str
    where: str
    start: tuple[int, int]
    end: tuple[int, int] | None
    contract: str = ""


@dataclass
class Life:
    n: int
    kind: str
    life: str
    first: str
    last: str
    female: bool
    email: str
    phone: str
    lang: str
    style: str
    order: str
    bac: int
    diplomas: list[Dip] = field(default_factory=list)
    jobs: list[Period] = field(default_factory=list)
    stage: Period | None = None
    civique: Period | None = None
    situation: str = "ess"  # ess, elsewhere, undecided, employed (a permanent job now, seeking the ESS)
    aim: str = ""
    told: set[str] = field(default_factory=set)
    career: str = ""  # "", "change" (years in another trade), "vague" («quelques années avant»)

    @property
    def facts(self) -> int:
        return (
            len(self.diplomas)
            + len(self.jobs)
            + (self.stage is not None)
            + (self.civique is not None)
            + (self.situation != "")
            + bool(self.career)
        )


def ym(year: int, month: int) -> tuple[int, int]:
    return (year, month)


def months_ago(when: tuple[int, int]) -> int:
    return (NOW[0] - when[0]) * 12 + NOW[1] - when[1]


def current(p: Period | None) -> str:
    """past, now or later, judged on the reading day (no card ends or starts in November 2026)."""
    if p is None:
        return "none"
    if months_ago(p.start) < 0:
        return "later"
    if p.end is None or months_ago(p.end) < 0:
        return "now"
    return "past"


# ---- the generator: one pattern per card, its dates and omissions drawn ----------------------------------


def _dip(r: random.Random, level: int, year: int, state: str = "obtained") -> Dip:
    names = {2: LEVEL2, 3: LEVEL3, 5: LEVEL5}[level]
    months = [6, 6, 7, 7, 9] if year >= NOW[0] else [6, 6, 7, 7, 9, 12]
    month = r.choice(months) if state != "awaiting" else 12
    return Dip(r.choice(names), level, r.choice(FIELDS), year, month, state)


def _recent_year(r: random.Random) -> int:
    return r.choice([2025, 2025, 2026, 2026, 2026])


def _pattern_two_diplomas(r: random.Random, c: Life) -> None:
    old = r.choice([2020, 2021, 2022, 2023])
    c.diplomas = [_dip(r, 3, old), _dip(r, 5, max(old + 2, _recent_year(r)))]
    c.bac = old - 3
    if r.random() < 0.5:
        c.jobs = [Period(r.choice(STUDENT_JOBS), "job étudiant", ym(old, 9), ym(old + 1, 6), "job étudiant")]


def _pattern_old_diploma(r: random.Random, c: Life) -> None:
    year = r.choice([2019, 2021, 2022, 2023, 2024])
    c.diplomas = [_dip(r, r.choice([2, 3]), year)]
    c.bac = year - 2
    c.jobs = [
        Period(
            "CDD de " + r.choice(["six", "huit", "dix"]) + " mois",
            "association",
            ym(year + 1, 1),
            ym(year + 1, 9),
            "CDD",
        )
    ]


def _pattern_stage_then_sc(r: random.Random, c: Life) -> None:
    c.diplomas = [_dip(r, r.choice([3, 5]), 2025)]
    c.bac = 2020
    c.stage = Period("stage de fin d'études", r.choice(STAGE_ORGS), ym(2025, 2), ym(2025, 7))
    c.civique = Period(
        "service civique", r.choice(SC_ORGS), ym(2026, r.choice([9, 10])), ym(2027, r.choice([3, 5, 6]))
    )


def _pattern_sc_over(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    c.diplomas = [_dip(r, r.choice([2, 3]), y)]
    c.bac = y - 3
    end = ym(2026, r.choice([4, 6, 8, 10]))
    c.civique = Period("service civique", r.choice(SC_ORGS), ym(end[0], end[1] - 3 if end[1] > 3 else 1), end)


def _pattern_career_change(r: random.Random, c: Life) -> None:
    trade, where = r.choice(OLD_TRADES)
    years = r.choice([3, 4, 6, 8, 10, 12])
    y = _recent_year(r)
    c.bac = 2024 - years - 6
    start = 2024 - years - 1
    c.jobs = [Period(trade, where, ym(start, 9), ym(start + years, 8), "CDI")]
    c.diplomas = [_dip(r, r.choice([3, 5]), y)]
    c.career = "change"


def _pattern_student_jobs(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    c.diplomas = [_dip(r, r.choice([2, 3]), y)]
    c.bac = y - 2
    picks = r.sample(STUDENT_JOBS, r.choice([1, 2, 3]))
    c.jobs = [Period(j, "job étudiant", ym(y - 2, 9), ym(y, 6), "job étudiant") for j in picks]


def _pattern_in_progress(r: random.Random, c: Life) -> None:
    base = r.choice([2024, 2025, 2025])
    c.diplomas = [
        _dip(r, 3, base),
        Dip(
            r.choice(["master 2", "M2", "master"]), 5, r.choice(FIELDS), 2027, r.choice([6, 9]), "in_progress"
        ),
    ]
    c.bac = base - 3


def _pattern_awaiting(r: random.Random, c: Life) -> None:
    base = r.choice([2023, 2024, 2025])
    c.diplomas = [_dip(r, 3, base), _dip(r, 5, 2026, "awaiting")]
    c.bac = base - 3


def _pattern_stage_now(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    c.diplomas = [_dip(r, r.choice([3, 5]), y)]
    c.bac = y - 5
    c.stage = Period(
        "stage", r.choice(STAGE_ORGS), ym(2026, r.choice([9, 10])), ym(2027, r.choice([1, 2, 3]))
    )


def _pattern_cdi_now(r: random.Random, c: Life) -> None:
    y = r.choice([2025, 2025, 2026])
    c.diplomas = [_dip(r, r.choice([2, 3, 5]), y)]
    c.bac = y - 3
    c.jobs = [
        Period(
            r.choice(["chargé·e de mission", "assistant·e commercial·e", "conseiller·e clientèle"]),
            r.choice(["une banque", "une PME", "une association"]),
            ym(y, 10) if y < 2026 else ym(2026, 9),
            None,
            "CDI",
        )
    ]
    c.situation = "employed"


def _pattern_abandoned(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    if r.random() < 0.5:  # L2 validated, L3 given up: bac+2 held
        c.diplomas = [
            Dip("L2 validée", 2, r.choice(FIELDS), y - 1, 6),
            Dip("L3", 3, r.choice(FIELDS), y, 3, "abandoned"),
        ]
    else:  # a BTS given up: the bac only
        c.diplomas = [Dip("BTS", 2, r.choice(FIELDS), y, 2, "abandoned")]
    c.bac = y - 3
    c.jobs = [Period(r.choice(STUDENT_JOBS), "job", ym(y, 4), ym(y, 9), "CDD")]


def _pattern_aim_elsewhere(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    c.diplomas = [_dip(r, r.choice([3, 5]), y)]
    c.bac = y - 5
    c.stage = Period("stage", r.choice(STAGE_ORGS), ym(y, 1), ym(y, 6))
    c.situation = "elsewhere"


def _pattern_undecided(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    c.diplomas = [_dip(r, r.choice([2, 3]), y)]
    c.bac = y - 3
    c.jobs = [Period("CDD", r.choice(["entrepôt", "mairie", "restaurant"]), ym(2026, 3), ym(2026, 9), "CDD")]
    c.situation = "undecided"


def _pattern_vague_mission(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    c.diplomas = [_dip(r, r.choice([3, 5]), y)]
    c.bac = y - 4
    c.stage = Period("mission", r.choice(SC_ORGS + STAGE_ORGS), ym(2026, 10), ym(2027, r.choice([1, 4])))
    c.told.add(r.choice(["vague_mission", "vague_volontariat"]))
    if "vague_volontariat" in c.told:
        c.civique, c.stage = c.stage, None


def _pattern_bac_only(r: random.Random, c: Life) -> None:
    c.bac = r.choice([2018, 2019, 2020, 2021])
    c.diplomas = []
    c.jobs = [
        Period(
            r.choice(["vendeur·se", "agent·e d'accueil", "préparateur·rice de commandes"]),
            r.choice(["magasin", "entrepôt", "hôtel"]),
            ym(c.bac, 9),
            ym(2026, 6),
            "CDD puis intérim",
        )
    ]


def _pattern_reprise(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    c.diplomas = [_dip(r, r.choice([3, 5]), y)]
    c.bac = 2012
    c.career = "vague"


def _pattern_alternance(r: random.Random, c: Life) -> None:
    y = r.choice([2025, 2026])
    c.diplomas = [_dip(r, r.choice([3, 3, 5]), y)]
    c.bac = y - 3
    c.jobs = [
        Period(
            "apprenti·e",
            r.choice(["une mutuelle", "une SCOP", "une association"]),
            ym(y - 2, 9),
            ym(y, 8),
            "apprentissage",
        )
    ]


def _pattern_sc_later(r: random.Random, c: Life) -> None:
    y = _recent_year(r)
    c.diplomas = [_dip(r, r.choice([2, 3, 5]), y)]
    c.bac = y - 3
    c.civique = Period("service civique", r.choice(SC_ORGS), ym(2027, r.choice([1, 2])), ym(2027, 8))


PATTERNS = {
    "licence_old_master_recent": _pattern_two_diplomas,
    "old_diploma_then_cdd": _pattern_old_diploma,
    "stage_over_civique_now": _pattern_stage_then_sc,
    "civique_over_seeking": _pattern_sc_over,
    "trade_then_new_diploma": _pattern_career_change,
    "diploma_with_student_jobs": _pattern_student_jobs,
    "licence_then_master_in_progress": _pattern_in_progress,
    "licence_then_master_awaiting": _pattern_awaiting,
    "diploma_then_stage_now": _pattern_stage_now,
    "diploma_then_cdi_now": _pattern_cdi_now,
    "course_abandoned": _pattern_abandoned,
    "diploma_stage_aim_elsewhere": _pattern_aim_elsewhere,
    "diploma_cdd_undecided": _pattern_undecided,
    "diploma_mission_unstated": _pattern_vague_mission,
    "bac_then_jobs": _pattern_bac_only,
    "years_of_work_then_studies": _pattern_reprise,
    "apprenticeship_done": _pattern_alternance,
    "diploma_civique_planned": _pattern_sc_later,
}


def _told(r: random.Random, c: Life) -> None:
    """Which facts the person leaves untold (or tells loosely)."""
    roll = r.random()
    if c.diplomas and roll < 0.12:
        c.told.add("no_date")
    elif c.diplomas and roll < 0.24:
        c.told.add("year_only")
    if c.situation in ("ess", "employed") and r.random() < 0.1:
        c.told.add("no_aim")
    if r.random() < 0.3:
        c.told.add("no_phone")
    if r.random() < 0.3:
        c.told.add("level_by_name")


def draw() -> list[Life]:
    r = random.Random(SEED)
    kinds = ["application"] * (COUNT - sum(OTHER_KINDS.values()))
    kinds += [k for k, n in OTHER_KINDS.items() for _ in range(n)]
    r.shuffle(kinds)
    names = list(PATTERNS)
    cards = []
    for n, kind in enumerate(kinds):
        female = r.random() < 0.55
        first = r.choice(FIRST_F if female else FIRST_M)
        last = r.choice(LAST)
        life = names[n % len(names)] if kind == "application" else r.choice(names)
        c = Life(
            n,
            kind,
            life,
            first,
            last,
            female,
            email=f"{first.lower()}.{last.lower()}@{r.choice(DOMAINS)}".replace(" ", "")
            .replace("é", "e")
            .replace("è", "e")
            .replace("ë", "e")
            .replace("ï", "i")
            .replace("ô", "o"),
            phone="+33" + r.choice("67") + "".join(r.choice("0123456789") for _ in range(8)),
            lang="en" if r.random() < 0.1 else "fr",
            style=r.choice(["plain", "plain", "long", "sms", "bullets", "cv"]),
            order=r.choice(["chronological", "reverse", "cv_like", "scattered", "criteria"]),
            bac=2020,
        )
        PATTERNS[life](r, c)
        if c.situation in ("ess", "employed"):
            c.aim = r.choice(ESS_AIMS)
        elif c.situation == "elsewhere":
            c.aim = r.choice(ELSEWHERE)
        _told(r, c)
        cards.append(c)
    return cards


CARDS = draw()


# ---- the oracle: the truth line from the card and what it tells ------------------------------------------


def held(c: Life) -> list[Dip]:
    return [d for d in c.diplomas if d.state == "obtained"]


def oracle(c: Life) -> dict[str, Any]:
    """failing, unknown, bac_plus and graduation of an application, by the programme's rules."""
    failing: list[str] = []
    unknown: list[str] = []
    top = max(held(c), key=lambda d: (d.level, d.year), default=None)
    level = top.level if top else 0
    bac: int | str | None = level
    if level < 2:
        failing.append("degree_level")
    # The most recent diploma of bac+2 or more decides the date.
    recent = max((d for d in held(c) if d.level >= 2), key=lambda d: (d.year, d.month), default=None)
    grad: str | None = None
    if recent is not None:
        if "no_date" in c.told:
            unknown.append("graduation_recent")
        elif "year_only" in c.told:
            grad = str(recent.year)
            if recent.year == 2024:
                unknown.append("graduation_recent")
            elif recent.year < 2024:
                failing.append("graduation_recent")
        else:
            grad = f"{recent.year}-{recent.month:02d}"
            if months_ago((recent.year, recent.month)) > MAX_MONTHS:
                failing.append("graduation_recent")
        if top is not None and top.level > recent.level:
            bac = top.level
    if any(d.state == "in_progress" for d in c.diplomas):
        failing.append("studies_finished")
    elif any(d.state == "awaiting" for d in c.diplomas):
        unknown.append("studies_finished")
    stage_now, sc_now = current(c.stage) == "now", current(c.civique) == "now"
    if stage_now and "vague_mission" in c.told:
        unknown += ["not_internship", "not_service_civique"]
    elif stage_now:
        failing.append("not_internship")
    if sc_now and "vague_volontariat" in c.told:
        unknown.append("not_service_civique")
    elif sc_now:
        failing.append("not_service_civique")
    if c.career == "change":
        failing.append("not_career_change")
    elif c.career == "vague" or c.situation == "employed":
        unknown.append("not_career_change")
    if c.situation == "elsewhere":
        failing.append("job_seeking_ess")
    elif c.situation == "undecided" or "no_aim" in c.told:
        unknown.append("job_seeking_ess")
    return {"bac": bac, "grad": grad, "failing": failing, "unknown": unknown}


@dataclass(frozen=True)
class L:
    """One message narrated from card ``card``; its truth is the oracle's (an application) or its kind's."""

    card: int
    m: M

    @property
    def life(self) -> str:
        return CARDS[self.card].life

    @property
    def facts(self) -> int:
        return CARDS[self.card].facts


def mail(
    card: int,
    *,
    frm: str | None = None,
    subject: str,
    date: str,
    body: str,
    cv: CV | None = None,
    headers: dict[str, str] | None = None,
    status: str = "",
    info_in: str = "body",
    bounced: str | None = None,
    bounce_text: str | None = None,
    told_phone: bool | None = None,
    email: str | None = "from",
    forwarded_by: str | None = None,
    to: str | None = None,
) -> L:
    """Wrap a hand-written mail with the truth the oracle computes from its card."""
    c = CARDS[card]
    sender = frm or f"{c.first} {c.last} <{c.email}>"
    if c.kind == "application":
        o = oracle(c)
        has_phone = ("no_phone" not in c.told) if told_phone is None else told_phone
        truth = app(
            c.first,
            c.last,
            phone=c.phone if has_phone else None,
            bac=o["bac"],
            grad=o["grad"],
            failing=o["failing"],
            unknown=o["unknown"],
            status=status or c.life,
            info_in=info_in,
            email=email,
            forwarded_by=forwarded_by,
            language="en" if c.lang == "en" else None,
        )
    else:
        truth = (
            {
                "question": question,
                "reply": reply,
                "other": other,
                "auto_reply": auto_reply,
                "newsletter": newsletter,
            }[c.kind]()
            if c.kind != "bounce"
            else bounce(bounced or c.email)
        )
    extra = {"to": to} if to else {}
    m = M(
        frm=sender,
        subject=subject,
        date=date,
        body=body,
        truth=truth,
        cv=cv,
        headers=headers or {},
        bounce=bounce_text,
        **extra,
    )
    return L(card, m)


def describe(c: Life) -> str:
    o = oracle(c) if c.kind == "application" else {}
    parts = [
        f"#{c.n} {c.kind} {c.life} {c.first} {c.last} ({'F' if c.female else 'M'}) {c.email} {c.phone} "
        f"{c.lang} {c.style} {c.order} bac {c.bac}"
    ]
    parts += [f"  dip {d.name} bac+{d.level} {d.field} {d.month:02d}/{d.year} {d.state}" for d in c.diplomas]
    parts += [f"  job {j.what} @ {j.where} {j.start}–{j.end} {j.contract}" for j in c.jobs]
    for label, p in (("stage", c.stage), ("civique", c.civique)):
        if p:
            parts.append(f"  {label} {p.what} @ {p.where} {p.start}–{p.end} [{current(p)}]")
    parts.append(f"  situation {c.situation} {c.aim} career={c.career or '-'} told={sorted(c.told)}")
    if o:
        parts.append(f"  => {o}")
    return "\n".join(parts)


if __name__ == "__main__":
    wanted = [int(a) for a in sys.argv[1:]]
    for card in CARDS:
        if not wanted or card.n in wanted:
            print(describe(card))
