"""Francophonies corpus, batch 03 (writer A): French of the Indian Ocean (the SMA of La Réunion that is no
service civique, Réunionnais Creole turns, a Malagasy licence and master, a Mauritian diploma in English, the
DEAL), of the Caribbean (Creole sentences that carry a fact, the campus of Schoelcher, a Haitian licence, a
volontariat in Guiana), and metropolitan regional French (Marseille, Toulouse and the South-West, Alsace:
«dégun», «peuchère», «adieu», the Toussaint and the Sainte-Catherine as dates, the Christkindelsmärik); other
mail in those varieties."""
# ruff: noqa: E501

from __future__ import annotations

from francophonies import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: indian_ocean — situation — après mes douze mois au SMA de Saint-Pierre
    # variety: «après mes douze mois au SMA de Saint-Pierre» = Réunionnais: the SMA (service militaire adapté) is a military vocational scheme, not a service civique, and long over; the BTS SP3S of July 2025 → meets not_service_civique → eligible
    N("indian_ocean", "situation", "après mes douze mois au SMA de Saint-Pierre", M(
        "Johan Hoarau <johan.hoarau@example.org>", "Candidature Pro'pulse", "02 06:58",
        """Bonjour,

Je m'appelle Johan, 24 ans, de Saint-Louis à La Réunion. Après mes douze mois au SMA de Saint-Pierre (en 2022), j'ai repris l'école et j'ai eu mon BTS SP3S en juillet 2025.

Je suis à Bordeaux depuis septembre, la case me manque mais ça va. Je cherche un poste dans une association d'aide à domicile ou un centre social.

Merci à zot,
Johan Hoarau
0692 41 27 80""",
        app("Johan", "Hoarau", phone="+262692412780", bac=2, grad="2025-07", status="sma_saint_pierre_puis_bts"),
    )),
    # Feature: indian_ocean — level — sa licence en sciences sociales à l'Université d'Antananarivo
    # variety: «sa licence en sciences sociales à l'Université d'Antananarivo» = Malagasy LMD licence, three years (bac+3), of 2025 (a year alone after 2024 meets); written by a former participant for her → meets degree_level → eligible
    N("indian_ocean", "level", "sa licence en sciences sociales à l'Université d'Antananarivo", M(
        "Tahina Andrianarisoa <tahina.andria@example.com>", "Je vous présente une amie, Fara", "03 14:40",
        """Bonjour l'équipe,

J'ai suivi Pro'pulse l'an dernier et je voudrais vous présenter une amie, Fara Hanitra Andriamanga. Elle a eu sa licence en sciences sociales à l'Université d'Antananarivo en 2025 et elle vit à Nantes avec sa sœur.

Elle cherche un travail dans une association d'accompagnement des familles ou une épicerie solidaire. Elle n'est pas en stage ni rien, elle est disponible.

Son adresse : fara.andriamanga@example.org.

Misaotra betsaka (merci beaucoup),
Tahina""",
        app("Fara Hanitra", "Andriamanga", phone=None, bac=3, grad="2025", status="licence_antananarivo_recommandee", email="fara.andriamanga@example.org", forwarded_by="tahina.andria@example.com"),
    )),
    # Feature: indian_ocean — level — a Diploma in Social Work from the University of Mauritius
    # ambiguous: a Mauritian «Diploma» (British-style, below the BSc) has no settled French level: degree_level is open
    # variety: «a Diploma in Social Work from the University of Mauritius» = Mauritian English: a Diploma of open equivalence, June 2025 → degree_level unknown, bac «*» → to verify
    N("indian_ocean", "level", "a Diploma in Social Work from the University of Mauritius", M(
        "Priya Jhugroo <priya.jhugroo@example.net>", "Application to Pro'pulse", "04 10:02",
        """Good morning,

I am from Curepipe, Mauritius, and I arrived in Marseille in August. I hold a Diploma in Social Work from the University of Mauritius (June 2025).

I would like to work for a non-profit that supports women or families. My French is good, we speak it every day at home, along with Kreol.

Kind regards,
Priya Jhugroo
+230 5 741 2093""",
        app("Priya", "Jhugroo", phone="+23057412093", bac="*", grad="2025-06", unknown=("degree_level",), status="diploma_mauritius_en", language="en"),
    )),
    # Feature: indian_ocean — career_change — pendant onze ans, mi té chauffeur-livreur
    # variety: «pendant onze ans, mi té chauffeur-livreur» = Réunionnais Creole: «mi té» is «j'étais»: eleven years of another trade before the licence pro → fails not_career_change → not eligible
    N("indian_ocean", "career_change", "pendant onze ans, mi té chauffeur-livreur", M(
        "Patrick Grondin <patrick.grondin@example.org>", "inscription", "05 19:31",
        """Bonjour,

Lontan, pendant onze ans, mi té chauffeur-livreur pour une grande surface du Port. En 2024 j'ai tout arrêté pour reprendre une licence pro, obtenue en juin 2026 (intervention sociale).

Je suis monté en métropole pour trouver du travail dans une association. Merci de me dire si c'est possible.

Patrick Grondin
0693 12 80 54""",
        app("Patrick", "Grondin", phone="+262693128054", bac=3, grad="2026-06", failing=("not_career_change",), status="chauffeur_livreur_onze_ans"),
    )),
    # Feature: indian_ocean — situation — mon service civique auprès de la marmaille se termine fin novembre
    # ambiguous: a service civique ending «fin novembre» with no day: on 26 November it may still be running
    # variety: «mon service civique auprès de la marmaille se termine fin novembre» = Réunionnais: «la marmaille» are the children; the service civique ends late November, no day → not_service_civique unknown → to verify
    N("indian_ocean", "situation", "mon service civique auprès de la marmaille se termine fin novembre", M(
        "Déborah Fontaine <deborah.fontaine@example.com>", "Pro'pulse - candidature", "09 08:16",
        """Bonjour,

J'ai eu mon DUT carrières sociales en juin 2025 à Saint-Denis. Mon service civique auprès de la marmaille se termine fin novembre (aide aux devoirs dans une école de Saint-André).

Je rejoins ma sœur à Toulouse en décembre et je veux travailler dans l'animation, dans une association ou une MJC.

Bonne journée,
Déborah Fontaine
0692 55 03 71""",
        app("Déborah", "Fontaine", phone="+262692550371", bac=2, grad="2025-06", unknown=("not_service_civique",), status="service_civique_fin_novembre"),
    )),
    # Feature: indian_ocean — aim — un poste à la DEAL ou au Département
    # variety: «un poste à la DEAL ou au Département» = Réunionnais: the DEAL is the State's environment office and the Département the local authority: both public, neither the ESS → fails job_seeking_ess → not eligible
    N("indian_ocean", "aim", "un poste à la DEAL ou au Département", M(
        "Sandrine Lebon <sandrine.lebon@example.net>", "accompagnement", "10 17:05",
        """Bonjour,

Master en gestion de l'environnement (Université de La Réunion, septembre 2025). Je suis en métropole pour quelques mois, puis je rentre à la case.

Je vise un poste à la DEAL ou au Département, dans la protection des espaces naturels. Votre programme peut-il m'aider à préparer les concours ?

Sandrine Lebon""",
        app("Sandrine", "Lebon", phone=None, bac=5, grad="2025-09", failing=("job_seeking_ess",), status="deal_ou_departement"),
    )),
    # Feature: indian_ocean — graduation — master en gestion des ONG, obtenu en février 2025
    # variety: «master en gestion des ONG, obtenu en février 2025» = Malagasy French: a master (bac+5) of February 2025, twenty-one months ago → meets graduation_recent → eligible
    N("indian_ocean", "graduation", "master en gestion des ONG, obtenu en février 2025", M(
        "Hery Ketaka <hery.ketaka@example.org>", "Candidature - master gestion des ONG", "12 12:44",
        """Bonjour,

Je suis Hery Ketaka, de Fianarantsoa. J'ai fait un master en gestion des ONG, obtenu en février 2025, puis j'ai travaillé comme bénévole dans une association de reboisement avant de venir à Rennes cet automne.

Je souhaite travailler dans la solidarité internationale ou dans une association environnementale.

CV en pièce jointe.

Hery Ketaka
07 24 91 36 05""",
        app("Hery", "Ketaka", phone="+33724913605", bac=5, grad="2025-02", status="master_ong_fevrier_2025", info_in="both"),
        cv=CV("docx", "Hery_Ketaka_CV.docx", """Hery Ketaka
Master Gestion des ONG et développement — Université de Fianarantsoa, février 2025
Bénévole, association de reboisement, Fianarantsoa, 2025-2026
Langues : malgache, français, anglais"""),
    )),
    # Feature: indian_ocean — kind — notre structure est fermée pour les congés de l'été austral
    # variety: «notre structure est fermée pour les congés de l'été austral» = a Réunion association's automatic notice (the austral summer holidays), no application → kind auto_reply
    N("indian_ocean", "kind", "notre structure est fermée pour les congés de l'été austral", M(
        "Ti Case Solidaire <accueil@ticase.example.org>", "Réponse automatique : candidature", "13 03:30",
        """Bonjour,

Notre structure est fermée pour les congés de l'été austral du 20 novembre au 4 janvier. Les messages seront traités à la rentrée.

Bonnes fêtes à zot tout !""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: indian_ocean — kind — le programme est-il accessible depuis Mayotte ou La Réunion
    # variety: «le programme est-il accessible depuis Mayotte ou La Réunion» = a question from Saint-Denis about distance, no personal fact → kind question
    N("indian_ocean", "kind", "le programme est-il accessible depuis Mayotte ou La Réunion", M(
        "Mickaël <mika974@example.net>", "Question", "18 22:10",
        """Bonjour,

Le programme est-il accessible depuis Mayotte ou La Réunion, en visio par exemple ? Avec le décalage horaire (trois heures en ce moment) ça peut être compliqué.

Merci""",
        question(),
    )),
    # Feature: caribbean — studies_finished — an fini lékòl, an ni diplôm-la an men mwen
    # variety: «an fini lékòl, an ni diplôm-la an men mwen» = Martinican Creole: «I finished school, I have the diploma in my hands»: the licence AES of July 2025 is obtained → meets studies_finished → eligible
    N("caribbean", "studies_finished", "an fini lékòl, an ni diplôm-la an men mwen", M(
        "Ludivine Jean-Baptiste <ludivine.jb@example.com>", "Candidature", "02 20:20",
        """Bonsoir,

Licence AES au campus de Schoelcher, juillet 2025. Comme on dit chez nous : an fini lékòl, an ni diplôm-la an men mwen !

Je suis en région parisienne depuis cet été et je cherche un poste d'assistante de gestion dans une association ou une coopérative.

Mèsi anpil,
Ludivine Jean-Baptiste
06 96 28 41 07""",
        app("Ludivine", "Jean-Baptiste", phone="+33696284107", bac=3, grad="2025-07", status="an_fini_lekol"),
    )),
    # Feature: caribbean — studies_finished — mwen ka fè dènyé lanné a master-la
    # variety: «mwen ka fè dènyé lanné a master-la» = Guadeloupean Creole: «I am doing the last year of the master»: still studying → fails studies_finished → not eligible
    N("caribbean", "studies_finished", "mwen ka fè dènyé lanné a master-la", M(
        "Steeve Bellance <steeve.bellance@example.net>", "pro'pulse", "04 11:48",
        """Bonjour,

Je suis étudiant en master management de l'ESS à Pointe-à-Pitre. Mwen ka fè dènyé lanné a master-la, et je voudrais partir travailler dans l'Hexagone l'année prochaine.

Est-ce que vous pouvez déjà m'accompagner ?

Steeve Bellance
0690 73 15 26""",
        app("Steeve", "Bellance", phone="+590690731526", bac="*", grad=None, failing=("studies_finished",), status="derniere_annee_master"),
    )),
    # Feature: caribbean — level — ma licence en sciences de l'éducation à l'Université d'État d'Haïti
    # variety: «ma licence en sciences de l'éducation à l'Université d'État d'Haïti» = Haitian French: a four-year licence, surely bac+2 or more though its French level is debatable (bac «*» as the abroad conventions take it), of June 2025 → meets degree_level → eligible
    N("caribbean", "level", "ma licence en sciences de l'éducation à l'Université d'État d'Haïti", M(
        "Wideline Joseph <wideline.joseph@example.org>", "Demande de participation au programme", "06 15:35",
        """Bonjour,

J'ai terminé ma licence en sciences de l'éducation à l'Université d'État d'Haïti en juin 2025, quatre ans d'études. Je suis arrivée à Cayenne puis à Paris grâce à ma famille.

Je voudrais travailler dans une association d'alphabétisation ou de soutien scolaire.

Bondye beni nou,
Wideline Joseph
07 58 02 64 13""",
        app("Wideline", "Joseph", phone="+33758026413", bac="*", grad="2025-06", status="licence_ueh"),
    )),
    # Feature: caribbean — situation — un volontariat à Saint-Laurent-du-Maroni jusqu'au 20 décembre
    # ambiguous: a «volontariat» of unstated scheme (a service civique or another kind of volunteering) running after today: the service civique criterion is open
    # variety: «un volontariat à Saint-Laurent-du-Maroni jusqu'au 20 décembre» = Guianese French: a volunteering whose scheme is not said → not_service_civique unknown → to verify
    N("caribbean", "situation", "un volontariat à Saint-Laurent-du-Maroni jusqu'au 20 décembre", M(
        "Kenza Labrador <kenza.labrador@example.com>", "Candidature Pro'pulse", "09 09:09",
        """Bonjour,

Diplômée d'un BUT Carrières sociales (Kourou, juin 2026), je fais actuellement un volontariat à Saint-Laurent-du-Maroni jusqu'au 20 décembre, avec une association de santé sur le fleuve.

En janvier je m'installe à Montpellier et je veux continuer dans une association.

Kenza Labrador
0694 20 87 31""",
        app("Kenza", "Labrador", phone="+594694208731", bac=3, grad="2026-06", unknown=("not_service_civique",), status="volontariat_maroni"),
    )),
    # Feature: caribbean — graduation — I got my licence in social sciences from the State University of Haiti in 2023
    # variety: «I got my licence in social sciences from the State University of Haiti in 2023» = Haitian English: a licence of 2023, three years ago → fails graduation_recent → not eligible
    N("caribbean", "graduation", "I got my licence in social sciences from the State University of Haiti in 2023", M(
        "Jeff Charlemagne <jeff.charlemagne@example.net>", "Pro'pulse application", "11 13:13",
        """Hi,

I grew up between Port-au-Prince and Miami, so English comes easier to me in writing. I got my licence in social sciences from the State University of Haiti in 2023 and I moved to Lille this year.

I am looking for a job in a community organisation, an association as you say.

Thanks,
Jeff Charlemagne
+33 7 36 41 92 08""",
        app("Jeff", "Charlemagne", phone="+33736419208", bac="*", grad="2023", failing=("graduation_recent",), status="licence_haiti_2023_en", language="en"),
    )),
    # Feature: caribbean — aim — travay adan on asosyasyon
    # variety: «travay adan on asosyasyon» = Guadeloupean Creole: «work in an association»: the aim is the ESS → meets job_seeking_ess → eligible
    N("caribbean", "aim", "travay adan on asosyasyon", M(
        "Maëva Crane <maeva.crane@example.org>", "Candidature", "12 18:45",
        """Bonjour doudou Pro'pulse 😊

J'ai eu mon BUT Carrières sociales en juin 2026 à Saint-Claude. Sa mwen vlé, sé travay adan on asosyasyon, pou ban jenn moun.

Je suis à Nantes chez ma cousine depuis octobre et je cherche activement.

Maëva Crane
06 12 47 80 95""",
        app("Maëva", "Crane", phone="+33612478095", bac=3, grad="2026-06", status="travay_asosyasyon"),
    )),
    # Feature: caribbean — kind — Re: Proposition de rendez-vous
    # variety: «Re: Proposition de rendez-vous» = a Martinican applicant confirming a meeting in our thread, In-Reply-To one of our Message-IDs → kind reply
    N("caribbean", "kind", "Re: Proposition de rendez-vous", M(
        "Laetitia Bernabé <laetitia.bernabe@example.net>", "Re: Proposition de rendez-vous", "20 21:05",
        """Bonsoir,

Pa ni pwoblèm, lundi 30 à 9 h heure de Paris c'est parfait pour moi (4 h du matin ici, je vais me lever !).

Laetitia

> Le 20 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Laetitia, pouvons-nous nous appeler lundi 30 novembre ?""",
        reply(),
        headers={"In-Reply-To": "<rdv-2011.bernabe@animafac.net>", "References": "<rdv-2011.bernabe@animafac.net>"},
    )),
    # Feature: caribbean — kind — nous recrutons deux animateurs pour notre association à Fort-de-France
    # variety: «nous recrutons deux animateurs pour notre association à Fort-de-France» = a Martinique employer offering posts to our participants, no application → kind other
    N("caribbean", "kind", "nous recrutons deux animateurs pour notre association à Fort-de-France", M(
        "Lakou Kréyol <direction@lakou.example.org>", "Offre d'emploi pour vos jeunes", "21 10:31",
        """Bonjour,

Nous recrutons deux animateurs pour notre association à Fort-de-France (CDD d'un an, début en janvier). Si des jeunes de votre programme sont originaires des Antilles et veulent rentrer au pays, n'hésitez pas à leur transmettre.

Kenbé fèm,
La direction""",
        other(),
    )),
    # Feature: regional_france — aim — je veux rentrer chez un armateur du port
    # variety: «je veux rentrer chez un armateur du port» = Marseillais: «peuchère», «fada» aside, the aim is a shipping company (private) and the associative sector is turned down → fails job_seeking_ess → not eligible
    N("regional_france", "aim", "je veux rentrer chez un armateur du port", M(
        "Enzo Carbonel <enzo.carbonel@example.com>", "inscription", "03 13:37",
        """Bonjour,

Enzo, 22 ans, de la Belle de Mai. BTS gestion des transports et logistique associée, juin 2025.

Moi je veux rentrer chez un armateur du port, en logistique. L'associatif, peuchère, j'ai vu mon frère, ça paie pas, je suis pas fada. On m'a dit que vous aidiez les jeunes diplômés à trouver, alors voilà.

Enzo Carbonel
06 32 77 14 58""",
        app("Enzo", "Carbonel", phone="+33632771458", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="armateur_du_port"),
    )),
    # Feature: regional_france — situation — mon stage s'est fini à la Toussaint
    # variety: «mon stage s'est fini à la Toussaint» = South-Western French («adieu» for hello): the Toussaint is 1 November, past: the internship is over → meets not_internship → eligible
    N("regional_france", "situation", "mon stage s'est fini à la Toussaint", M(
        "Mathieu Lasserre <mathieu.lasserre@example.org>", "Adieu ! candidature", "05 08:12",
        """Adieu à toute l'équipe,

BUT Gestion des entreprises et des administrations à Tarbes, obtenu en juin 2026. Mon stage s'est fini à la Toussaint (une coopérative agricole du Gers), et depuis je cherche.

Je voudrais rester dans les coopératives ou rejoindre une SCOP, côté gestion. J'ai mis mon CV dans ma poche… enfin, en pièce jointe.

Mathieu Lasserre
06 58 13 24 69""",
        app("Mathieu", "Lasserre", phone="+33658132469", bac=3, grad="2026-06", status="stage_fini_toussaint", info_in="both"),
        cv=CV("pdf", "CV_Mathieu_Lasserre.pdf", """Mathieu Lasserre
BUT Gestion des entreprises et des administrations — IUT de Tarbes, juin 2026
Stage, coopérative agricole, Gers, juillet–octobre 2026
Rugby, chorale occitane"""),
    )),
    # Feature: regional_france — situation — en service civique jusqu'à la fin du Christkindelsmärik
    # variety: «en service civique jusqu'à la fin du Christkindelsmärik» = Alsatian: the Christkindelsmärik is Strasbourg's Christmas market, which ends late December: the service civique runs after today → fails not_service_civique → not eligible
    N("regional_france", "situation", "en service civique jusqu'à la fin du Christkindelsmärik", M(
        "Lucie Kientz <lucie.kientz@example.net>", "Candidature - Hopla !", "06 17:26",
        """Hopla,

Je suis en service civique jusqu'à la fin du Christkindelsmärik, à l'accueil d'une association de tourisme solidaire à Strasbourg. J'ai une licence de géographie (juin 2026).

Après, je voudrais trouver un poste dans une association ou une SCIC, en Alsace si possible.

Merci et à bientôt,
Lucie Kientz""",
        app("Lucie", "Kientz", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="service_civique_christkindelsmarik"),
    )),
    # Feature: regional_france — graduation — ma licence, je l'ai eue y a deux ans à la Sainte-Catherine
    # variety: «ma licence, je l'ai eue y a deux ans à la Sainte-Catherine» = Provençal French: the Sainte-Catherine is 25 November: two years ago is November 2024, within the 24 months counted by months → meets graduation_recent → eligible
    N("regional_france", "graduation", "ma licence, je l'ai eue y a deux ans à la Sainte-Catherine", M(
        "Anaïs Barthélémy <anais.barthelemy@example.com>", "Pro'pulse", "10 10:45",
        """Bonjour,

Ma licence, je l'ai eue y a deux ans à la Sainte-Catherine (session de rattrapage à Aix, sciences de l'éducation). Depuis j'ai enchaîné des petits boulots, mais dégun ne m'a proposé un vrai poste.

Je veux travailler dans une association d'éducation populaire. Peuchère, aidez-moi !

Anaïs Barthélémy
06 87 40 12 36""",
        app("Anaïs", "Barthélémy", phone="+33687401236", bac=3, grad="2024-11", status="sainte_catherine_2024"),
    )),
    # Feature: regional_france — studies_finished — reste plus qu'à attendre le jury, con
    # ambiguous: all the exams are done and the jury's results are awaited: studies finished stays open
    # variety: «reste plus qu'à attendre le jury, con» = Toulousain: «con» is mere punctuation; the last exams are past, the results to come → studies_finished unknown → to verify
    N("regional_france", "studies_finished", "reste plus qu'à attendre le jury, con", M(
        "Bastien Dufau <bastien.dufau@example.net>", "candidature pro'pulse", "12 22:58",
        """Adieu,

Licence pro Métiers de l'animation sociale à Toulouse : j'ai passé mes derniers partiels la semaine dernière, reste plus qu'à attendre le jury, con. Normalement c'est bon.

Je cherche un poste d'animateur dans une MJC ou une association de quartier.

Bastien Dufau
07 14 62 38 90""",
        app("Bastien", "Dufau", phone="+33714623890", bac=3, grad=None, unknown=("studies_finished",), status="attendre_le_jury"),
    )),
    # Feature: regional_france — level — un bachelor dans une école de commerce de Strasbourg
    # ambiguous: a private school's «bachelor» has no settled level: the conventions leave it «*», degree_level open
    # variety: «un bachelor dans une école de commerce de Strasbourg» = Alsatian French («hopla», «a Guete»): a private bachelor of open level → degree_level unknown, bac «*» → to verify
    N("regional_france", "level", "un bachelor dans une école de commerce de Strasbourg", M(
        "Camille Heitz <camille.heitz@example.org>", "Candidature", "16 14:14",
        """Bonjour,

J'ai fait un bachelor dans une école de commerce de Strasbourg, terminé en juin 2025, spécialité développement durable. Hopla, me voilà prête à travailler !

Je cherche un poste dans une coopérative ou une association de l'économie circulaire.

A Guete (bonne journée),
Camille Heitz
06 41 27 90 58""",
        app("Camille", "Heitz", phone="+33641279058", bac="*", grad="2025-06", unknown=("degree_level",), status="bachelor_ecole_commerce"),
    )),
    # Feature: regional_france — kind — c'est ouvert aux gens de Marseille ou que Paris
    # variety: «c'est ouvert aux gens de Marseille ou que Paris» = a Marseillais question on where the programme runs, no personal fact → kind question
    N("regional_france", "kind", "c'est ouvert aux gens de Marseille ou que Paris", M(
        "Nico <nico13@example.com>", "question", "19 12:00",
        """Bonjour,

Votre programme, c'est ouvert aux gens de Marseille ou que Paris ? Parce qu'ici dégun en a entendu parler.

Merci""",
        question(),
    )),
    # Feature: regional_france — kind — Undeliverable: Votre inscription
    # variety: «Undeliverable: Votre inscription» = our mail to a Lyon address bounced, no application → kind bounce
    N("regional_france", "kind", "Undeliverable: Votre inscription", M(
        "Microsoft Outlook <postmaster@example.net>", "Undeliverable: Votre inscription", "23 09:41",
        """Delivery has failed to these recipients or groups:

gaspard.laurent@example.net
The email address you entered couldn't be found.""",
        bounce("gaspard.laurent@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; gaspard.laurent@example.net\nAction: failed\nStatus: 5.1.10",
    )),
]
