"""Disciplines corpus, batch 06 (writer B): arts_design (a DNSEP of Clermont's art school passed before the June
jury, a DNA of 2022, a private cinema school's «diplôme d'école», a HMONP whose «mise en situation
professionnelle» runs, a DNMADE for a SCIC of reuse, a BTS design «il y a deux ans»; a tiers-lieu's call, a
question), engineering_sciences (an engineer whose PFE ended before the October jury, a PFE running in a
low-tech association, two years of prépa, a PhD before its soutenance, a BUT, an engineer «dans l'énergie»,
an Irish MSc writing in English; a reply in our thread, an auto-reply), business_management (a BTS GPME, a PGE
in alternance, an MSc for a bank, a Bachelor for a mutuelle's finance team, a Kenyan MBA after eight years in
sales, a BTS NDRC of 2024; a bounce, a SCOP's job offer)."""
# ruff: noqa: E501

from __future__ import annotations

from disciplines import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: arts_design — level — DNSEP
    # route: art school, the DNSEP (bac+5, grade master) of the École supérieure d'art de Clermont Métropole passed «devant le jury en juin 2026», a tiers-lieu sought → application; bac+5 of 2026, ESS aim → eligible
    N("arts_design", "level", "DNSEP", M(
        "Lina Haddad-Moreau <lina.haddadmoreau@example.org>",
        "Candidature – jeune diplômée d'école d'art",
        "02 10:22",
        """Bonjour,

J'ai passé mon DNSEP option art devant le jury en juin 2026 à l'École supérieure d'art de Clermont Métropole, avec les félicitations. Je ne veux pas seulement produire des pièces : j'aimerais coordonner des ateliers et des résidences dans un tiers-lieu culturel ou une association d'artistes.

Bien à vous,
Lina Haddad-Moreau""",
        app("Lina", "Haddad-Moreau", phone=None, bac=5, grad="2026-06", status="b_ad_dnsep_clermont"),
    )),
    # Feature: arts_design — graduation — mon DNA en 2022
    # route: art school, the DNA (bac+3) of the Bordeaux school of fine arts «mon DNA en 2022», a cultural association sought → application; a diploma of 2022 → fails graduation_recent → not eligible
    N("arts_design", "graduation", "mon DNA en 2022", M(
        "Florian Esteve <florian.esteve@example.org>",
        "Demande d'accompagnement",
        "03 15:47",
        """Bonjour,

J'ai obtenu mon DNA en 2022 à l'école des beaux-arts de Bordeaux, puis j'ai arrêté avant le DNSEP. Depuis je fais de la médiation en free-lance. Je voudrais un poste de médiateur culturel salarié dans une association.

Merci,
Florian Esteve""",
        app("Florian", "Esteve", phone=None, bac=3, grad="2022", failing=("graduation_recent",), status="b_ad_dna_2022_bordeaux"),
    )),
    # Feature: arts_design — level — diplôme de l'école, non reconnu par l'État
    # ambiguous: a private cinema school's «diplôme de l'école, non reconnu par l'État» has no RNCP level said; three years of school do not make it a bac+3
    # route: cinema school, a three-year private school in Montpellier, «diplôme de l'école, non reconnu par l'État» of June 2025, a film education association sought → application; level open → to verify
    N("arts_design", "level", "diplôme de l'école, non reconnu par l'État", M(
        "Antoine Delmas <antoine.delmas@example.org>",
        "Candidature – réalisation",
        "04 12:05",
        """Bonjour,

J'ai fait trois ans dans une école privée de cinéma à Montpellier, section réalisation, et le jury de fin d'études m'a remis en juin 2025 le diplôme de l'école, non reconnu par l'État. J'aimerais travailler dans une association d'éducation à l'image qui fait des ateliers dans les quartiers.

Antoine Delmas""",
        app("Antoine", "Delmas", phone=None, bac=None, grad="2025-06", unknown=("degree_level",), status="b_ad_ecole_cinema_privee_montpellier"),
    )),
    # Feature: arts_design — studies_finished — je suis en HMONP
    # route: architecture, a DEA (bac+5) of July 2025 at the ENSA of Grenoble, then «je suis en HMONP» with a «mise en situation professionnelle» running until March 2027 → application; studies and placement running → fails studies_finished and not_internship → not eligible
    N("arts_design", "studies_finished", "je suis en HMONP", M(
        "Mathilde Cassagne <mathilde.cassagne@example.org>",
        "Architecte – candidature",
        "05 19:19",
        """Bonjour,

Diplômée d'État d'architecte de l'école nationale supérieure d'architecture de Grenoble en juillet 2025, je suis en HMONP cette année : ma mise en situation professionnelle dans une agence se termine en mars 2027, puis je soutiendrai mon mémoire.

Je voudrais ensuite travailler pour une SCIC d'habitat participatif. Puis-je candidater maintenant ?

Mathilde Cassagne""",
        app("Mathilde", "Cassagne", phone=None, bac=5, grad="2025-07", failing=("studies_finished", "not_internship"), status="b_ad_hmonp_grenoble"),
    )),
    # Feature: arts_design — aim — une SCIC de réemploi
    # route: design, the DNMADE (bac+3) mention objet of June 2025 at a lycée in Brest, the aim «une SCIC de réemploi» or a ressourcerie → application; bac+3 of 2025, ESS aim → eligible
    N("arts_design", "aim", "une SCIC de réemploi", M(
        "Erwan Kerhervé <erwan.kerherve@example.org>",
        "Candidature Pro'pulse",
        "06 09:40",
        """Bonjour,

J'ai eu mon DNMADE mention objet en juin 2025 au lycée Vauban de Brest. Mon projet de diplôme portait sur le mobilier fabriqué à partir de bois de récupération, et j'aimerais en faire mon métier dans une SCIC de réemploi ou une ressourcerie.

Je joins mon portfolio résumé en PDF.

Erwan Kerhervé""",
        app("Erwan", "Kerhervé", phone=None, bac=3, grad="2025-06", status="b_ad_dnmade_scic_brest"),
        cv=CV("pdf", "Erwan_Kerherve_CV_portfolio.pdf", """Erwan Kerhervé – designer objet
DNMADE mention objet, lycée Vauban, Brest (2022–2025)
Projet de diplôme : mobilier en bois de récupération
Stage : atelier de menuiserie solidaire, Morlaix (8 semaines)"""),
    )),
    # Feature: arts_design — graduation — mon BTS design graphique il y a deux ans
    # ambiguous: «il y a deux ans», written in November 2026, lands on the summer of 2024 or a little after: at the edge of the two years, the date stays open
    # route: design, a BTS design graphique (bac+2) «il y a deux ans» with no year, a communication post in an association sought → application; graduation open → to verify
    N("arts_design", "graduation", "mon BTS design graphique il y a deux ans", M(
        "Sarah Benhamou <sarah.benhamou@example.org>",
        "Graphiste – candidature",
        "07 13:58",
        """Bonjour,

J'ai eu mon BTS design graphique il y a deux ans, à Rouen, et je n'ai pas voulu poursuivre en école d'art. J'ai fait quelques missions en free-lance et je voudrais maintenant un poste de chargée de communication visuelle dans une association ou une coopérative.

Bonne journée,
Sarah Benhamou""",
        app("Sarah", "Benhamou", phone=None, bac=2, grad="2024", unknown=("graduation_recent",), status="b_ad_bts_design_deux_ans_rouen"),
    )),
    # Feature: arts_design — kind — appel à candidatures pour la résidence
    # route: a tiers-lieu's call for artists' residencies sent to the programme, no applicant → other
    N("arts_design", "kind", "appel à candidatures pour la résidence", M(
        "La Fabrique des Possibles <contact@fabrique-possibles.example.org>",
        "Appel à candidatures – résidence jeunes diplômé·es d'écoles d'art",
        "08 11:00",
        """Bonjour,

Notre tiers-lieu lance un appel à candidatures pour la résidence « Premiers pas » (janvier–juin 2027), ouverte à celles et ceux sortis d'une école d'art depuis moins de trois ans. Pourriez-vous relayer l'information auprès des jeunes que vous accompagnez ?

Le dossier est à envoyer avant le 15 décembre.

L'équipe de la Fabrique des Possibles""",
        other(),
    )),
    # Feature: arts_design — kind — le DEM du conservatoire est-il reconnu
    # route: a general question on whether a conservatoire's DEM counts, no fact of the writer's own → question
    N("arts_design", "kind", "le DEM du conservatoire est-il reconnu", M(
        "Jérémie Sabatier <jeremie.sabatier@example.org>",
        "Diplômes artistiques",
        "09 16:30",
        """Bonjour,

Une question : pour entrer dans Pro'pulse, le DEM du conservatoire est-il reconnu comme un bac+2, ou faut-il un diplôme universitaire ? Même question pour les écoles de théâtre privées.

Merci.""",
        question(),
    )),
    # Feature: engineering_sciences — situation — mon PFE s'est terminé fin septembre
    # route: engineering, Grenoble INP – Ense3, «mon PFE s'est terminé fin septembre» and the diploma from the October 2025 jury, an energy cooperative sought → application; PFE over, bac+5 of 2025, ESS aim → eligible
    N("engineering_sciences", "situation", "mon PFE s'est terminé fin septembre", M(
        "Quentin Barbier <quentin.barbier@example.org>",
        "Ingénieur jeune diplômé – Pro'pulse",
        "10 08:55",
        """Bonjour,

Mon PFE s'est terminé fin septembre et le jury de Grenoble INP – Ense3 m'a délivré le diplôme d'ingénieur en octobre 2025. Je voudrais travailler dans une coopérative d'énergie citoyenne, sur des projets de toitures solaires portés par des habitants.

Quentin Barbier
06 33 57 81 02""",
        app("Quentin", "Barbier", phone="+33633578102", bac=5, grad="2025-10", status="b_es_pfe_fini_grenoble"),
    )),
    # Feature: engineering_sciences — situation — je suis en PFE jusqu'à fin février
    # route: engineering, fifth year of an engineering school in Brest, «je suis en PFE jusqu'à fin février» in a low-tech association → application; PFE and studies running → fails not_internship and studies_finished → not eligible
    N("engineering_sciences", "situation", "je suis en PFE jusqu'à fin février", M(
        "Maïwenn Quéré <maiwenn.quere@example.org>",
        "Candidature",
        "10 18:12",
        """Bonjour,

Élève ingénieure en dernière année à l'ENIB de Brest, je suis en PFE jusqu'à fin février dans une association de low-tech. J'aimerais beaucoup y rester ou trouver un poste du même type après mon diplôme.

Votre programme m'intéresse : puis-je déjà m'inscrire ?

Maïwenn Quéré""",
        app("Maïwenn", "Quéré", phone=None, bac="*", grad=None, failing=("not_internship", "studies_finished"), status="b_es_pfe_en_cours_brest"),
    )),
    # Feature: engineering_sciences — level — deux ans de classe prépa
    # route: sciences, «deux ans de classe prépa» MP then no school and no diploma, an association sought → application; no diploma above the bac → fails degree_level → not eligible
    N("engineering_sciences", "level", "deux ans de classe prépa", M(
        "Ilyès Ferhat <ilyes.ferhat@example.org>",
        "Inscription au programme",
        "11 21:40",
        """Bonjour,

J'ai fait deux ans de classe prépa MP à Dijon, mais je n'ai intégré aucune école et j'ai arrêté là. Depuis, je donne des cours de soutien dans une association et j'aimerais en faire mon métier dans l'éducation populaire.

Ilyès Ferhat""",
        app("Ilyès", "Ferhat", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_es_prepa_sans_diplome_dijon"),
    )),
    # Feature: engineering_sciences — studies_finished — ma soutenance est prévue en mars 2027
    # route: sciences, a PhD student in ecology at Montpellier, «ma soutenance est prévue en mars 2027» → application; doctorate running → fails studies_finished → not eligible
    N("engineering_sciences", "studies_finished", "ma soutenance est prévue en mars 2027", M(
        "Léa Ratsimba <lea.ratsimba@example.org>",
        "Doctorante – candidature",
        "12 10:10",
        """Bonjour,

Je suis doctorante en écologie à l'université de Montpellier, en fin de troisième année ; ma soutenance est prévue en mars 2027. Je ne souhaite pas continuer dans la recherche académique et je voudrais rejoindre une association naturaliste.

Pouvez-vous m'accompagner ?

Léa Ratsimba""",
        app("Léa", "Ratsimba", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_es_these_soutenance_mars_montpellier"),
    )),
    # Feature: engineering_sciences — level — BUT génie biologique
    # route: sciences, the BUT (bac+3) génie biologique of June 2026 at the IUT of Clermont, an environment association sought → application; bac+3 of 2026, ESS aim → eligible
    N("engineering_sciences", "level", "BUT génie biologique", M(
        "Nour Saadé <nour.saade@example.org>",
        "Candidature",
        "13 14:44",
        """Bonjour,

Je viens d'obtenir mon BUT génie biologique, parcours sciences de l'environnement, en juin 2026 à l'IUT de Clermont-Ferrand. Je cherche un premier poste de technicienne dans une association de protection des rivières ou un CPIE.

Merci,
Nour Saadé""",
        app("Nour", "Saadé", phone=None, bac=3, grad="2026-06", status="b_es_but_clermont"),
    )),
    # Feature: engineering_sciences — aim — un poste dans l'énergie
    # ambiguous: «un poste dans l'énergie» names a sector, not a kind of employer: a citizens' cooperative or a utility, the ESS search stays open
    # route: engineering, the diplôme d'ingénieur of September 2026 at the INSA of Rouen, the aim only «un poste dans l'énergie» → application; aim open → to verify
    N("engineering_sciences", "aim", "un poste dans l'énergie", M(
        "Baptiste Morvan <baptiste.morvan@example.org>",
        "Candidature ingénieur",
        "14 09:03",
        """Bonjour,

Diplômé ingénieur de l'INSA Rouen Normandie en septembre 2026 (énergétique et propulsion), je cherche un poste dans l'énergie, idéalement sur la rénovation ou les renouvelables. Un ami m'a parlé de votre accompagnement.

Baptiste Morvan""",
        app("Baptiste", "Morvan", phone=None, bac=5, grad="2026-09", unknown=("job_seeking_ess",), status="b_es_energie_rouen"),
    )),
    # Feature: engineering_sciences — graduation — my MSc in Environmental Engineering in July 2025
    # route: sciences written in English, an Irish graduate of Université Grenoble Alpes, «my MSc in Environmental Engineering in July 2025» (bac+5), a community energy co-operative sought → application (en); bac+5 of 2025, ESS aim → eligible
    N("engineering_sciences", "graduation", "my MSc in Environmental Engineering in July 2025", M(
        "Ciarán Gallagher <ciaran.gallagher@example.org>",
        "Application – Pro'pulse",
        "15 11:27",
        """Dear Pro'pulse team,

I'm an Irish graduate living in Grenoble. I completed my MSc in Environmental Engineering in July 2025 at Université Grenoble Alpes, where my thesis defence (soutenance) was on small hydro in mountain villages.

I would like to work for a community energy co-operative or a non-profit in the Alps. I hope my French is good enough for your workshops; I am happy to follow them in French.

Best regards,
Ciarán Gallagher""",
        app("Ciarán", "Gallagher", phone=None, bac=5, grad="2025-07", language="en", status="b_es_irish_msc_grenoble"),
    )),
    # Feature: engineering_sciences — kind — je serai bien présente à l'atelier CV
    # route: an engineering graduate answering our workshop invitation in our thread (In-Reply-To our mail) → reply
    N("engineering_sciences", "kind", "je serai bien présente à l'atelier CV", M(
        "Sophie Tran-Vidal <sophie.tranvidal@example.org>",
        "Re: Atelier CV du 24 novembre",
        "16 20:14",
        """Bonjour,

Merci, je serai bien présente à l'atelier CV du 24. Dois-je apporter mon rapport de PFE, ou seulement mon CV ?

Sophie

Le 15/11/2026 à 09:30, Pro'pulse a écrit :
> Nous vous invitons à l'atelier CV du mardi 24 novembre à 14h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-1511.stv@animafac.net>", "References": "<atelier-1511.stv@animafac.net>"},
    )),
    # Feature: engineering_sciences — kind — je suis en soutenance de thèse
    # route: a doctoral school's secretary's out-of-office (Auto-Submitted) → auto_reply
    N("engineering_sciences", "kind", "je suis en soutenance de thèse", M(
        "Secrétariat ED Sciences de la Terre <ed-sdt@univ-grenoble.example.org>",
        "Absence – Re: Pro'pulse, présentation aux doctorants",
        "17 08:30",
        """Bonjour,

Je suis en soutenance de thèse (jury) toute la semaine et je répondrai à votre message à partir du 23 novembre.

Le secrétariat de l'école doctorale""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: business_management — level — BTS GPME
    # route: business, the BTS GPME (bac+2) of June 2025 at a lycée in Tours, an association's administrative post sought → application; bac+2 of 2025, ESS aim → eligible
    N("business_management", "level", "BTS GPME", M(
        "Jade Rousseau <jade.rousseau37@example.org>",
        "Candidature - assistante de gestion",
        "17 16:16",
        """Bonjour,

J'ai obtenu mon BTS GPME (gestion de la PME) en juin 2025 au lycée Choiseul de Tours. Je voudrais être assistante administrative et comptable dans une association, par exemple une fédération sportive ou une association d'aide à domicile.

Jade Rousseau
07 81 44 52 09""",
        app("Jade", "Rousseau", phone="+33781445209", bac=2, grad="2025-06", status="b_bm_bts_gpme_tours"),
    )),
    # Feature: business_management — studies_finished — je suis en alternance jusqu'en août 2027
    # route: business school, the PGE of KEDGE in Bordeaux, «je suis en alternance jusqu'en août 2027» in a bank, the diploma after it → application; an alternant is a student → fails studies_finished → not eligible
    N("business_management", "studies_finished", "je suis en alternance jusqu'en août 2027", M(
        "Paul-Henri Lagarde <ph.lagarde@example.org>",
        "PGE KEDGE – question candidature",
        "18 12:02",
        """Bonjour,

Étudiant du programme Grande École de KEDGE à Bordeaux, je suis en alternance jusqu'en août 2027 dans une banque mutualiste. J'aimerais préparer mon entrée dans l'ESS après mon diplôme : votre programme est-il ouvert aux alternants ?

Paul-Henri Lagarde""",
        app("Paul-Henri", "Lagarde", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_bm_pge_alternance_kedge"),
    )),
    # Feature: business_management — aim — une banque d'affaires ou un cabinet d'audit
    # route: business school, an MSc finance of June 2025, the aim «une banque d'affaires ou un cabinet d'audit» only → application; no ESS aim → fails job_seeking_ess → not eligible
    N("business_management", "aim", "une banque d'affaires ou un cabinet d'audit", M(
        "Alexandre Kaya <alexandre.kaya@example.org>",
        "Accompagnement recherche d'emploi",
        "19 10:44",
        """Bonjour,

Titulaire d'un MSc in Corporate Finance (KEDGE, juin 2025), je cherche un poste d'analyste dans une banque d'affaires ou un cabinet d'audit à Bordeaux ou à Paris. J'ai vu que vous proposiez un accompagnement aux jeunes diplômés.

Cordialement,
Alexandre Kaya""",
        app("Alexandre", "Kaya", phone=None, bac=5, grad="2025-06", failing=("job_seeking_ess",), status="b_bm_msc_banque_affaires_bordeaux"),
    )),
    # Feature: business_management — aim — le service financier d'une mutuelle ou d'une SCOP
    # route: business school, a Bachelor (bac+3) of Burgundy School of Business in July 2026, the aim «le service financier d'une mutuelle ou d'une SCOP» → application; bac+3 of 2026, ESS aim → eligible
    N("business_management", "aim", "le service financier d'une mutuelle ou d'une SCOP", M(
        "Elif Demir <elif.demir@example.org>",
        "Candidature Pro'pulse",
        "19 17:50",
        """Bonjour,

J'ai terminé le Bachelor de Burgundy School of Business à Dijon en juillet 2026 (spécialité finance et contrôle de gestion). Je veux travailler dans le service financier d'une mutuelle ou d'une SCOP, pas dans un grand groupe.

Merci pour votre attention,
Elif Demir""",
        app("Elif", "Demir", phone=None, bac=3, grad="2026-07", status="b_bm_bachelor_mutuelle_dijon"),
    )),
    # Feature: business_management — career_change — eight years as a sales manager
    # route: business written in English, a Kenyan MBA of Grenoble École de Management (June 2025) after «eight years as a sales manager», said as a change of career → application (en); a career change → fails not_career_change → not eligible
    N("business_management", "career_change", "eight years as a sales manager", M(
        "Wanjiru Kamau <wanjiru.kamau@example.org>",
        "Application – MBA graduate moving to social enterprise",
        "20 08:37",
        """Hello,

I spent eight years as a sales manager for a telecom company in Nairobi after a Bachelor's in commerce, before moving to France for my MBA at Grenoble École de Management, which I completed in June 2025. I now want to change careers completely and work for a social enterprise or a co-operative.

Is your programme open to someone like me?

Kind regards,
Wanjiru Kamau""",
        app("Wanjiru", "Kamau", phone=None, bac=5, grad="2025-06", failing=("not_career_change",), language="en", status="b_bm_mba_kenya_career_change"),
    )),
    # Feature: business_management — graduation — BTS NDRC en 2024
    # ambiguous: a BTS of 2024 is dated by its July jury, but the mail gives the year alone: the date stays open as the convention for 2024 says
    # route: business, a BTS NDRC (bac+2) «en 2024» with no month, an entreprise d'insertion sought → application; graduation open → to verify
    N("business_management", "graduation", "BTS NDRC en 2024", M(
        "Mickaël Jean-Baptiste <mickael.jeanbaptiste@example.org>",
        "Candidature",
        "21 11:15",
        """Bonjour,

J'ai eu mon BTS NDRC en 2024 en Guadeloupe, puis je suis venu à Montpellier. Je voudrais un poste de chargé de relation entreprises dans une entreprise d'insertion ou un groupement d'employeurs associatif.

Mickaël Jean-Baptiste""",
        app("Mickaël", "Jean-Baptiste", phone=None, bac=2, grad="2024", unknown=("graduation_recent",), status="b_bm_bts_ndrc_2024_guadeloupe"),
    )),
    # Feature: business_management — kind — Recipient address rejected
    # route: a delivery report of our answer to a business-school address that no longer exists (multipart/report) → bounce
    N("business_management", "kind", "Recipient address rejected", M(
        "Mail Delivery System <MAILER-DAEMON@mx.kedge.example.org>",
        "Undelivered Mail Returned to Sender",
        "22 09:12",
        """This is the mail system at host mx.kedge.example.org.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<chloe.vasseur@student.kedge.example.org>: Recipient address rejected: User unknown in virtual mailbox table""",
        bounce("chloe.vasseur@student.kedge.example.org"),
        bounce="Reporting-MTA: dns; mx.kedge.example.org\n\nFinal-Recipient: rfc822; chloe.vasseur@student.kedge.example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <chloe.vasseur@student.kedge.example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    )),
    # Feature: business_management — kind — recrute un·e assistant·e de gestion
    # route: a SCOP's job offer sent to the programme to pass on, no applicant → other
    N("business_management", "kind", "recrute un·e assistant·e de gestion", M(
        "SCOP Les Ateliers du Lien <recrutement@ateliers-du-lien.example.org>",
        "Offre d'emploi – assistant·e de gestion (CDI, Besançon)",
        "23 10:00",
        """Bonjour,

Notre coopérative recrute un·e assistant·e de gestion en CDI à Besançon (BTS CG ou GPME, ou DCG). Débutant·es bienvenu·es. Pourriez-vous diffuser l'offre auprès des jeunes que vous accompagnez ?

Fiche de poste sur demande.

Coralie Janin, gérante""",
        other(),
    )),
]
