# ruff: noqa: E501  (the sentences are data, each kept whole on its line)
"""The tuning set of issue 11's criteria reader: sentences and short messages written for it (not taken
from any corpus), each with what it must be read as. Run it after changing rules/lexicon or
intake/understanding to see what moved; it is a tuning set, so its score is not a measure of generalisation.

    .venv/bin/python bench/criteria_sentences.py [-v]

Prints the sentences read differently from what is expected, then the counts. Today: 2026-11-26.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from fixtures_docs import make_message  # noqa: E402

from intake.extract import extract_message  # noqa: E402
from intake.understanding.education import read_education  # noqa: E402
from intake.understanding.facts import BODY, Source  # noqa: E402
from intake.understanding.lexicon import load_lexicon  # noqa: E402
from intake.understanding.situation import read_situation  # noqa: E402

TODAY = date(2026, 11, 26)

# (sentence, expectations): ess = job_seeking_ess reading (True / None / False), flags = current situations,
# level / grad = highest diploma. A sentence starting with «doc:» is a CV line.
CASES: list[tuple[str, dict[str, Any]]] = [
    ("J'envoie des candidatures à des structures de l'ESS depuis septembre.", dict(ess=True)),
    ("Mon objectif : un emploi porteur de sens dans une structure de l'ESS.", dict(ess=True)),
    ("Je postule dans des coopératives et des associations d'éducation populaire.", dict(ess=True)),
    ("Je veux bosser dans l'insertion.", dict(ess=True)),
    ("I'm looking for a job in a non-profit.", dict(ess=True)),
    ("I'm applying to social enterprises and charities.", dict(ess=True)),
    ("Je candidate auprès de mutuelles et de fondations.", dict(ess=True)),
    ("J'aimerais trouver mon premier poste dans une SCOP.", dict(ess=True)),
    ("Je vise un poste de chargée de projet dans une association.", dict(ess=True)),
    ("I would love to work for an NGO.", dict(ess=True)),
    ("My goal is a first job in the social economy.", dict(ess=True)),
    ("J'ai fait du bénévolat dans une association de quartier.", dict(ess=None)),
    ("Je ne veux pas travailler dans l'ESS.", dict(ess=False)),
    ("J'ai travaillé deux ans dans une association sportive.", dict(ess=None)),
    ("J'ai eu un premier emploi dans une coopérative agricole.", dict(ess=None)),
    ("Je suis diplômée d'un master ESS et je cherche un emploi.", dict(ess=None)),
    ("Mon stage dans une association m'a beaucoup appris.", dict(ess=None)),
    ("Les associations de quartier m'attirent beaucoup pour mon premier poste.", dict(ess=True)),
    ("slt jcherche un taf dans l'ess", dict(ess=True)),
    ("Je souhaiterais rejoindre une SCIC ou une SCOP.", dict(ess=True)),
    ("J'ai postulé à plusieurs offres dans des fondations.", dict(ess=True)),
    ("I volunteered at a charity last year.", dict(ess=None)),
    ("Je cherche un emploi dans la banque.", dict(ess=None)),
    ("Je ne suis ni en stage ni en service civique.", dict(flags=set())),
    ("Je ne suis plus en stage.", dict(flags=set())),
    ("Sans stage en cours, je suis disponible immédiatement.", dict(flags=set())),
    ("I'm not doing an internship.", dict(flags=set())),
    ("I am not currently an intern.", dict(flags=set())),
    ("Je n'ai jamais fait de service civique.", dict(flags=set())),
    ("Je ne suis pas du tout en stage.", dict(flags=set())),
    ("Je ne fais pas de stage ni de service civique en ce moment.", dict(flags=set())),
    ("Je suis stagiaire chez Enercoop (fin de la convention en avril 2027).", dict(flags={"internship"})),
    ("Je suis actuellement stagiaire à la mairie de Lyon.", dict(flags={"internship"})),
    ("J'étais en alternance chez Orange, diplômée en juillet 2026.", dict(flags=set())),
    ("Mon service civique s'est terminé en juin.", dict(flags=set())),
    ("I am currently an intern at Emmaüs.", dict(flags={"internship"})),
    ("I finished my civic service in June.", dict(flags=set())),
    ("Je suis volontaire en service civique à Unis-Cité.", dict(flags={"service_civique"})),
    ("Je termine mon stage fin janvier 2027.", dict(flags={"internship"})),
    ("Je fais un stage chez Ticket for Change jusqu'en mars 2027.", dict(flags={"internship"})),
    ("I'm currently doing my civic service with a youth association.", dict(flags={"service_civique"})),
    ("Baccalauréat ES, Lycée Victor Hugo (section BTS)", dict(level=None)),
    ("J'ai obtenu ma certification RNCP niveau 7 en septembre 2025.", dict(level=5, grad="2025-09")),
    ("doc:2023-24 Titre professionnel niveau III Gestionnaire de paie", dict(level=2, grad="2024")),
    ("doc:Licence en sociologie 2022-25, Université Hassan II, Casablanca", dict(level=3, grad="2025")),
    ("Je suis bachelier depuis 2020 et j'ai arrêté la fac.", dict(level=None)),
    ("Je suis diplômé en juin 2026 d'un master ESS.", dict(level=5, grad="2026-06")),
    ("Diplômé d'une licence en 2024-2025.", dict(level=3, grad="2025")),
    ("Master 2 Économie sociale, promo 2025.", dict(level=5, grad="2025")),
    ("J'ai obtenu un bachelier en communication en Belgique en juin 2025.", dict(level=3, grad="2025-06")),
    ("J'ai obtenu une laurea triennale en sociologie à Bologne en 2025.", dict(level=3, grad="2025")),
    ("Titulaire d'une laurea magistrale en économie (2025).", dict(level=5, grad="2025")),
    ("J'ai obtenu une licence à l'université Mohammed V de Rabat en 2025.", dict(level=3, grad="2025")),
    ("Titre RNCP niveau 6 obtenu en juillet 2025.", dict(level=3, grad="2025-07")),
    ("J'ai un bac+2 obtenu en 2025.", dict(level=2, grad="2025")),
    ("Diplômée bac +3 en juin 2025.", dict(level=3, grad="2025-06")),
    ("J'ai un Bac+5 en gestion de projet, obtenu en 2025.", dict(level=5, grad="2025")),
    ("I graduated with a bachelor's degree in June 2025.", dict(level=3, grad="2025-06")),
    ("J'ai obtenu un grado en trabajo social en 2025.", dict(level=3, grad="2025")),
    ("doc:FORMATION\n2019 Baccalauréat ES, Lycée Victor Hugo (section BTS)\n", dict(level=0)),
    ("doc:Diplômé en juin 2026 - Master 2 ESS, Université Lyon 2", dict(level=5, grad="2026-06")),
    ("doc:2024-2025 Licence professionnelle Médiation, IUT de Tours", dict(level=3, grad="2025")),
    ("doc:Master Développement local, promo 2025", dict(level=5, grad="2025")),
    ("doc:Laurea magistrale in Economia, Università di Bologna, 2025", dict(level=5, grad="2025")),
    ("doc:Bachelier en assistant social, Haute École de Bruxelles (2025)", dict(level=3, grad="2025")),
    ("doc:Titre RNCP niveau 6 Chargé de projet, 2025", dict(level=3, grad="2025")),
    ("doc:Bac+2 Gestion, 2024", dict(level=2, grad="2024")),
    ("Je suis diplômée depuis juin 2026 (Master ESS).", dict(level=5, grad="2026-06")),
    ("Diplômée d'un master en 2024-2025.", dict(level=5, grad="2025")),
    ("Je suis alternante chez Orange jusqu'en septembre 2027.", dict(flags=set())),
    (
        "Actuellement en stage de fin d'études à la Croix-Rouge jusqu'à fin février.",
        dict(flags={"internship"}),
    ),
    (
        "Je termine actuellement mon service civique à la Ligue de l'enseignement (fin prévue en mars 2027).",
        dict(flags={"service_civique"}),
    ),
    ("J'ai effectué un service civique de 8 mois chez Unis-Cité en 2024.", dict(flags=set())),
    ("Après mon stage chez Emmaüs, je cherche un poste dans une association.", dict(flags=set(), ess=True)),
    ("Je viens de terminer mon stage au Secours populaire.", dict(flags=set())),
    ("Pendant mon stage à la mairie, j'ai découvert l'ESS.", dict(flags=set())),
    ("Je n'ai plus de stage depuis octobre et je cherche un emploi.", dict(flags=set())),
    ("Je suis en stage, mais il se termine en décembre 2026.", dict(flags={"internship"})),
    ("Je ne fais aucun stage actuellement.", dict(flags=set())),
    ("Mon service civique prendra fin en janvier 2027.", dict(flags={"service_civique"})),
    ("Je suis volontaire en service civique depuis septembre.", dict(flags={"service_civique"})),
    ("Je ne suis pas en service civique, ni en stage d'ailleurs.", dict(flags=set())),
    ("Ni stage, ni service civique en cours : je suis disponible.", dict(flags=set())),
    ("Je cherche un stage de fin d'études.", dict(flags=set())),
    ("Mon stage s'est achevé le mois dernier.", dict(flags=set())),
    ("Je souhaite m'investir dans une entreprise d'insertion.", dict(ess=True)),
    ("Je vise les métiers de la coordination de projets dans les tiers-lieux.", dict(ess=True)),
    ("I'd love to join a cooperative as a project officer.", dict(ess=True)),
    (
        "I am currently doing my civic service at a youth association until March 2027.",
        dict(flags={"service_civique"}),
    ),
    ("I did an internship at an NGO last year.", dict(flags=set())),
    ("I am not interested in the social economy.", dict(ess=False)),
    ("Je bosse en ce moment comme stagiaire dans une asso de quartier.", dict(flags={"internship"})),
    (
        "Stagiaire chez Makesense depuis septembre, je cherche la suite dans l'ESS.",
        dict(flags={"internship"}, ess=True),
    ),
    ("Mon stage est terminé depuis août.", dict(flags=set())),
    (
        "J'ai terminé mon service civique en juin dernier et je cherche maintenant un emploi dans une association.",
        dict(flags=set(), ess=True),
    ),
    ("Je fais actuellement mon service civique à l'AFEV.", dict(flags={"service_civique"})),
    ("Je ne fais plus de service civique depuis juillet.", dict(flags=set())),
    ("Je n'ai jamais été stagiaire.", dict(flags=set())),
    ("Pas de stage ni de service civique en cours.", dict(flags=set())),
    ("Aucun stage en cours, je suis 100% disponible.", dict(flags=set())),
    (
        "Je suis toujours en stage chez Alternatives Economiques jusqu'au 31 janvier 2027.",
        dict(flags={"internship"}),
    ),
    ("Je démarche des associations et des coopératives pour un premier poste.", dict(ess=True)),
    ("Je me tourne vers l'économie sociale et solidaire pour mon premier emploi.", dict(ess=True)),
    ("Je candidate depuis deux mois à des offres dans des SCOP.", dict(ess=True)),
    ("Je travaille dans un fast-food en attendant de trouver un poste dans une association.", dict(ess=True)),
    ("J'ai fait mon mémoire sur les coopératives d'habitants.", dict(ess=None)),
    ("Mes parents travaillent dans une mutuelle.", dict(ess=None)),
    ("I'm currently looking for opportunities in cooperatives and charities.", dict(ess=True)),
    ("I interned at a charity in 2024.", dict(flags=set())),
    ("I'm doing an internship at a cooperative until February 2027.", dict(flags={"internship"})),
    ("I have never done a civic service.", dict(flags=set())),
    ("I am now free from any internship.", dict(flags=set())),
    ("I have been job hunting since my internship ended.", dict(flags=set())),
    (
        "doc:Licence Sciences de l'éducation — Université de Liège (bachelier), 2025",
        dict(level=3, grad="2025"),
    ),
    ("Je suis titulaire d'un Bac+3 en communication depuis 2025.", dict(level=3, grad="2025")),
    ("Diplômée en juin 2026 d'une licence pro.", dict(level=3, grad="2026-06")),
    ("J'ai eu ma licence en 2025 (promo 2025).", dict(level=3, grad="2025")),
    ("doc:Stage de fin d'études – Enercoop (sept. 2026 – mars 2027)", dict(flags={"internship"})),
    (
        "doc:Stagiaire chargée de communication, Ticket for Change, octobre 2026 à avril 2027",
        dict(flags={"internship"}),
    ),
    ("doc:Stage – Emmaüs (mars 2026 – août 2026)", dict(flags=set())),
    ("doc:Service civique, Unis-Cité, 2023 - 2024", dict(flags=set())),
]

# Whole messages and the verdict they must get.
MESSAGES: list[tuple[str, str]] = [
    (
        "eligible",
        "Bonjour,\nJe m'appelle Léa Martin, j'ai 24 ans. Diplômée d'un master en sociologie (Lyon 2) en juin 2025, je ne suis ni en stage ni en service civique. Depuis septembre, j'envoie des candidatures à des structures de l'ESS mais sans succès. Pouvez-vous m'aider ?\nLéa",
    ),
    (
        "not_eligible",
        "Bonjour, je suis stagiaire chez Enercoop (fin de la convention en avril 2027). J'ai une licence pro obtenue en juin 2025 et je voudrais travailler dans une coopérative. Cordialement, Hugo Bernard",
    ),
    (
        "eligible",
        "Hello, I graduated with a master's degree in sociology in June 2025. I finished my civic service in June and I'm now applying to social enterprises and charities. Best, Sam Carter",
    ),
    (
        "not_eligible",
        "Hi, I hold a bachelor's degree (2025). I am currently an intern at Emmaüs until March 2027, and I'm looking for a job in a non-profit afterwards. Tom Lee",
    ),
    (
        "eligible",
        "Bonjour,\nJ'étais en alternance chez Orange pendant mon master, diplômée en juillet 2026. Mon objectif : un emploi porteur de sens dans une structure de l'ESS.\nInès",
    ),
    (
        "eligible",
        "slt, jsuis diplômé d'un bac+3 en com depuis juin 2025, jcherche un taf dans l'ess, pas de stage en cours. Yanis",
    ),
    (
        "to_verify",
        "Bonjour, Baccalauréat ES, Lycée Victor Hugo (section BTS). Je cherche un emploi dans une association. Merci, Paul Petit",
    ),
    (
        "eligible",
        "Buongiorno, j'ai obtenu une laurea triennale en sciences politiques à Bologne en juillet 2025. Je postule dans des coopératives sociales à Lyon. Giulia Rossi",
    ),
    (
        "eligible",
        "Bonjour, titulaire d'un titre RNCP niveau 6 (chargé de projet) obtenu en 2025-2026, je cherche un poste dans une association. Rayan",
    ),
    (
        "eligible",
        "Bonjour, je suis diplômé d'un Bachelier en assistant social (Haute École de Liège) en juin 2025. Je veux bosser dans l'insertion. Je ne suis plus en stage depuis août. Karim",
    ),
    (
        "to_verify",
        "Bonjour, j'ai un master obtenu en juin 2025 et je cherche dans l'ESS. Je serai en stage chez Emmaüs à partir de janvier. Camille",
    ),
    (
        "eligible",
        "Bonjour, Je ne fais pas de stage ni de service civique en ce moment, et j'ai un Bac+5 en gestion de projet obtenu en 2025. Je candidate auprès de mutuelles et de fondations. Merci ! Zoé Dubois",
    ),
    (
        "eligible",
        "Bonjour, après ma licence de géographie (2025) et un stage de six mois à la Ressourcerie du Pont qui s'est terminé en octobre, je cherche un poste dans l'économie circulaire. Je n'ai jamais travaillé en CDI. Marie",
    ),
    (
        "eligible",
        "Bonjour,\nUne amie m'a parlé de vous. J'ai terminé mes études en juin 2026 (master ESS à Grenoble) et mon objectif est de rejoindre une coopérative. Je ne suis pas en reconversion : c'est mon premier emploi que je cherche.\nLucas",
    ),
    (
        "eligible",
        "Madame, Monsieur, titulaire d'un BTS ESF obtenu en juillet 2025, je souhaite m'investir dans une association d'aide alimentaire. Mon service civique chez les Restos du Cœur est fini depuis septembre. Aïcha",
    ),
    (
        "eligible",
        "Hello! I just finished my master's in development studies (September 2026). I did two internships during my studies, both completed. I'd love to work for a cooperative or an NGO in France. Emma",
    ),
    (
        "eligible",
        "Bonjour, je m'appelle Nour, diplômée d'un DUT carrières sociales en 2025. Je ne suis plus étudiante, ni stagiaire. Je cherche un emploi dans une structure d'insertion. Merci",
    ),
    (
        "not_eligible",
        "Bonjour, je suis étudiante en master 2 ESS à Lyon, je termine en juin 2027. Je cherche déjà un emploi dans une association. Clara",
    ),
    (
        "not_eligible",
        "Bonjour, je suis actuellement volontaire en service civique chez Unis-Cité jusqu'en mai 2027. Licence obtenue en 2025. Je voudrais ensuite travailler dans l'ESS. Julie",
    ),
    (
        "eligible",
        "Bonjour, j'ai obtenu mon master en 2025. J'ai été stagiaire à la Croix-Rouge puis en service civique à l'AFEV ; tout cela est derrière moi. Je postule dans des associations de solidarité internationale. Rémi",
    ),
    (
        "eligible",
        "Bonjour, j'ai eu ma licence pro en juin 2026. Pendant mon stage chez Enercoop j'ai découvert les SCIC et je veux travailler dans une coopérative d'énergie citoyenne. Malik",
    ),
    (
        "eligible",
        "Bonjour, diplômée en 2024-2025 d'une licence de sociologie, je suis en recherche d'emploi dans l'ESS. Je ne suis pas en stage et je ne fais pas de service civique. Sarah",
    ),
    (
        "not_eligible",
        "Bonjour, après 10 ans comme comptable, je souhaite me reconvertir dans l'ESS. J'ai un master de gestion obtenu en 2025. Laurent",
    ),
    (
        "eligible",
        "Bonjour, je viens de terminer mon service civique et j'ai un master obtenu en juin 2025. Je cherche un emploi dans l'ESS. Chloé",
    ),
    (
        "eligible",
        "Bonjour, j'ai fini mon stage en octobre, j'ai un master en sciences politiques (2025), et je vise un poste de chargé de plaidoyer dans une ONG. Théo",
    ),
    (
        "eligible",
        "Hi there, I'm Priya. I completed my MSc in Social Policy in September 2025. I'm not an intern and not in civic service. I'm sending applications to social enterprises in Paris. Thanks!",
    ),
    (
        "not_eligible",
        "Hello, I'm currently interning at a cooperative bank until April 2027. I hold a master's degree from 2025 and I want to work in the social economy. Ana",
    ),
    (
        "eligible",
        "Hello, I was a civic service volunteer at Unis-Cité until last June. I graduated with a BA in Sociology in 2025. My goal is to join a non-profit. Ben",
    ),
    (
        "eligible",
        "Hi, graduated in July 2026 (Bachelor's degree in economics). I no longer do any internship. Looking for a job in the social and solidarity economy. Max",
    ),
    (
        "to_verify",
        "Hello, I have a master's degree (2025). I will be an intern at an NGO starting January. I'm looking for a job in a non-profit. Kim",
    ),
    (
        "eligible",
        "Bonjour, Mon parcours : Licence AES (2023), Master 2 Management des organisations de l'ESS (2025). Stages : Emmaüs (2024), Fondation Abbé Pierre (2025). Je recherche aujourd'hui un premier poste en association. Maëlle",
    ),
    (
        "eligible",
        "Bonjour, je ne suis ni étudiante ni stagiaire ni en service civique. Master obtenu en juin 2025. Je cherche un emploi dans une association d'éducation populaire. Elsa",
    ),
    (
        "eligible",
        "Bonjour, j'ai arrêté mon stage en septembre. J'ai un master (2025). Je veux travailler dans une SCOP. Nico",
    ),
    (
        "eligible",
        "Bonjour, je suis diplômée depuis juin 2025 d'un master et je ne suis plus stagiaire depuis octobre. Je postule auprès d'associations. Lina",
    ),
    (
        "eligible",
        "Bonjour,\n\nJe me permets de vous écrire car je viens de finir mes études : master 2 en développement territorial, validé en septembre 2026. Je ne suis plus étudiante et je n'ai aucune mission de service civique en cours. J'aimerais beaucoup travailler pour une SCIC ou une association d'éducation populaire.\n\nBien à vous,\nManon Girard",
    ),
    (
        "eligible",
        "Bonjour, j'ai fait un service civique l'an dernier, puis un BTS (obtenu en juillet 2025). Aujourd'hui je cherche un CDI dans l'insertion. Kevin",
    ),
    (
        "not_eligible",
        "Bonjour, je suis en service civique à la Croix-Rouge (mission jusqu'au 30 avril 2027) et j'ai une licence obtenue en 2025. Je souhaite rejoindre une association. Léo",
    ),
    (
        "eligible",
        "Hello, MA in Sociology (University of Leeds, 2025). I'm not in an internship; I'm job hunting in charities and cooperatives. Olivia",
    ),
    (
        "eligible",
        "Bonjour, Licence pro obtenue en juin 2025. J'ai été en stage chez Emmaüs de mars à août 2025. Je recherche un poste dans une association de solidarité. Hugo",
    ),
    (
        "eligible",
        "Bonjour, je suis titulaire d'une laurea magistrale (Università di Torino, 2025). J'ai envoyé des candidatures à plusieurs coopératives sociales. Francesca",
    ),
    (
        "eligible",
        "Bonjour, j'ai obtenu mon master en alternance en septembre 2026 (j'étais apprentie chez la MAIF). Je cherche maintenant un emploi dans une mutuelle ou une coopérative. Sofia",
    ),
    (
        "eligible",
        "Bonjour, ancienne stagiaire de l'Atelier (2025), diplômée d'une licence pro en juin 2025, je cherche un poste dans l'ESS. Nina",
    ),
    (
        "eligible",
        "Bonjour, je ne me reconvertis pas : je sors d'un master (juin 2026) et je cherche mon premier emploi dans l'ESS. Adam",
    ),
    (
        "eligible",
        "Bonjour, je suis jeune diplômée (master, 2025) et je fais du bénévolat dans une association en attendant de trouver un emploi dans l'ESS. Jade",
    ),
    (
        "eligible",
        "Good morning, I hold a BSc (2025). I'm currently volunteering at a food bank while looking for a job in the social economy. Liam",
    ),
    (
        "eligible",
        "Bonjour, diplômé d'un BUT carrières sociales en 2025. Mon stage de fin d'études s'est achevé en juin 2025. Je veux intégrer une structure de l'ESS. Enzo",
    ),
]


def main() -> int:
    verbose = "-v" in sys.argv
    lexicon = load_lexicon()
    wrong = 0
    for text, expected in CASES:
        is_cv = text.startswith("doc:")
        sources = [Source("cv.pdf", text[4:], is_document=True)] if is_cv else [Source(BODY, text)]
        situation = read_situation(sources, lexicon, TODAY)
        education = read_education(sources, lexicon, TODAY)
        got: dict[str, Any] = {}
        if "ess" in expected:
            got["ess"] = situation.ess_interest
        if "flags" in expected:
            got["flags"] = {k for k, v in situation.flags.items() if v is not None and k != "seeking"}
        if "level" in expected:
            got["level"] = education.highest.level if education.highest else None
        if "grad" in expected:
            got["grad"] = education.highest.graduation if education.highest else None
        if got != expected or verbose:
            print(("ok   " if got == expected else "WRONG"), text.replace("\n", " / "), expected, got)
        wrong += got != expected
    rejected = misjudged = 0
    for verdict, body in MESSAGES:
        result = extract_message(make_message(body), today=TODAY)
        got_verdict = result["eligibility"]["verdict"] if result.get("eligibility") else result["kind"]
        if got_verdict != verdict or verbose:
            print(("ok   " if got_verdict == verdict else "WRONG"), verdict, got_verdict, body[:90])
        misjudged += got_verdict != verdict
        rejected += verdict == "eligible" and got_verdict == "not_eligible"
    print(f"sentences: {len(CASES) - wrong}/{len(CASES)} read as expected")
    print(
        f"messages: {len(MESSAGES) - misjudged}/{len(MESSAGES)} verdicts as expected, false rejections {rejected}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
