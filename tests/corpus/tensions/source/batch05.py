"""Tensions corpus, batch 05 (writer B): an ESS aim beside another aim in the same letter — a concours of
the territorial civil service taken in passing, a friend's start-up turned down, a PhD applied for first, a
working-holiday year in Australia, one's own app, a bank as a fallback, a hospital or a cooperative, «tous
secteurs» — and the first half of done and awaited (a defence passed and the jury ahead, an «admis» with the
paper to come, a defence still to come, a report due); other mail on the same tensions (a question on a
concours, a SCIC speaking of its own recruits, a network's letter on public and associative careers, an
out-of-office from Australia, a reply in our thread after a defence, a question about the paper diploma)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from tensions import N

MESSAGES = [
    # Feature: ess_vs_elsewhere — aim — je m'inscris aussi au concours d'attaché territorial, surtout pour voir à quoi ressemblent les épreuves
    # tension: «je cherche un poste de coordinatrice dans une association de quartier» vs «je m'inscris aussi au concours d'attaché territorial» = an ESS search named and active, the concours taken in passing to see the tests → meets job_seeking_ess → eligible
    N("ess_vs_elsewhere", "aim", "je m'inscris aussi au concours d'attaché territorial, surtout pour voir à quoi ressemblent les épreuves", M(
        "Maëlle Quéré <maelle.quere@example.org>", "Candidature Pro'pulse", "02 09:14",
        """Bonjour,

Titulaire d'un master Politiques sociales et territoires (juin 2026, Rennes 2), je cherche un poste de coordinatrice dans une association de quartier ou un centre social associatif. J'ai déjà envoyé une douzaine de candidatures et passé deux entretiens le mois dernier.

Par honnêteté : je m'inscris aussi au concours d'attaché territorial, surtout pour voir à quoi ressemblent les épreuves. Mais ce n'est pas mon projet, mon projet c'est le terrain associatif.

Je serais ravie d'être accompagnée par Pro'pulse.

Maëlle Quéré
06 12 48 90 37""",
        app("Maëlle", "Quéré", phone="+33612489037", bac=5, grad="2026-06", status="b_master_concours_en_passant"),
    )),
    # Feature: ess_vs_elsewhere — aim — j'ai refusé de rejoindre la boîte d'un ami
    # tension: «une SCOP de maraîchage ou une coopérative de distribution» vs «la boîte d'un ami, une start-up de livraison» = the start-up was turned down, the search is in cooperatives → meets job_seeking_ess → eligible
    N("ess_vs_elsewhere", "aim", "j'ai refusé de rejoindre la boîte d'un ami", M(
        "Nathan Rousseau-Mendy <nathan.rm@example.net>", "SCOP / coopératives - candidature", "03 18:22",
        """Salut l'équipe,

BTS Gestion de la PME en poche depuis juillet 2025. Cet été j'ai refusé de rejoindre la boîte d'un ami, une start-up de livraison de repas : pas mon truc. Ce que je veux, c'est une SCOP de maraîchage ou une coopérative de distribution en circuit court, côté gestion et facturation.

Je postule depuis septembre, surtout dans le Gers et les Landes.

Nathan
07 81 36 02 59""",
        app("Nathan", "Rousseau-Mendy", phone="+33781360259", bac=2, grad="2025-07", status="b_bts_pme_startup_refusee"),
    )),
    # Feature: ess_vs_elsewhere — aim — une mutuelle, une fondation ou une ressourcerie, peu importe tant que c'est dans l'économie sociale
    # tension: «une mutuelle, une fondation ou une ressourcerie» vs «mon Erasmus à l'étranger» = the year abroad is past (an Erasmus during the licence); every employer named is of the ESS → meets job_seeking_ess → eligible
    N("ess_vs_elsewhere", "aim", "une mutuelle, une fondation ou une ressourcerie, peu importe tant que c'est dans l'économie sociale", M(
        "Sienna Tavares <sienna.tavares@example.fr>", "Candidature au programme", "04 11:05",
        """Bonjour,

Je m'appelle Sienna, j'ai 23 ans et j'ai terminé en juin 2026 une licence pro Gestion des organisations de l'économie sociale, à Poitiers.

On me demande souvent si je compte repartir à l'étranger après mon Erasmus à Lisbonne (2024). Non : je reste ici, et je cherche activement un premier poste d'assistante de gestion ou de chargée d'accueil. Une mutuelle, une fondation ou une ressourcerie, peu importe tant que c'est dans l'économie sociale.

J'ai mis à jour mon CV et je suis inscrite sur les sites d'offres du secteur depuis la rentrée. Je veux bien un coup de main pour les lettres de motivation, je trouve ça long.

Belle journée,
Sienna Tavares
06 40 73 15 82""",
        app("Sienna", "Tavares", phone="+33640731582", bac=3, grad="2026-06", status="b_lp_ess_erasmus_passe"),
    )),
    # Feature: ess_vs_elsewhere — aim — I'm applying to charities and housing co-ops in the Lyon area
    # tension: «I'm applying to charities and housing co-ops» vs «my internship was in a private consultancy» = the private firm was the master's internship, ended; the search now is in the ESS → meets job_seeking_ess → eligible
    N("ess_vs_elsewhere", "aim", "I'm applying to charities and housing co-ops in the Lyon area", M(
        "Tamsin Whitlock <tamsin.whitlock@example.com>", "Application - Pro'pulse", "05 16:40",
        """Hi,

I finished my MSc in Urban Planning at Sciences Po Lyon in September 2025 (I'm British but I've lived in France for six years). My internship was in a private consultancy and it confirmed that I don't want to go back to that world.

Right now I'm applying to charities and housing co-ops in the Lyon area, mostly for project officer roles. Could Pro'pulse help me with the French side of applications?

Best,
Tamsin Whitlock
+33 7 52 19 84 06""",
        app("Tamsin", "Whitlock", phone="+33752198406", bac=5, grad="2025-09", language="en", status="b_en_msc_consultancy_then_coops"),
    )),
    # Feature: ess_vs_elsewhere — aim — Le doctorat, j'y ai renoncé
    # tension: «une structure d'insertion par l'activité économique» vs «mon directeur de mémoire me poussait vers une thèse» = the thesis was given up, said in the past; the search is in insertion → meets job_seeking_ess → eligible
    N("ess_vs_elsewhere", "aim", "Le doctorat, j'y ai renoncé", M(
        "Yanis Messaoudi <yanis.messaoudi@example.org>", "Candidature - master sociologie", "06 08:47",
        """Bonjour,

Master de sociologie obtenu en juin 2026 à Lille. Mon directeur de mémoire me poussait vers une thèse sur l'insertion des jeunes. Le doctorat, j'y ai renoncé : j'ai envie d'être sur le terrain plutôt que d'écrire dessus.

Je vise un poste de chargé d'accompagnement dans une structure d'insertion par l'activité économique (chantier d'insertion, entreprise d'insertion, ETTI).

Cordialement,
Yanis Messaoudi
06.28.51.73.90""",
        app("Yanis", "Messaoudi", phone="+33628517390", bac=5, grad="2026-06", status="b_master_socio_these_renoncee"),
    )),
    # Feature: ess_vs_elsewhere — aim — sinon je retournerai à la banque
    # ambiguous: the association comes first, but a bank job is kept ready as the fallback if nothing comes by spring: the ESS search is real but not the only one, job_seeking_ess stays open
    # tension: «je candidate dans des associations d'accès aux droits» vs «sinon je retournerai à la banque où j'ai fait mon alternance» = an ESS search now with a bank as the declared fallback → job_seeking_ess open → to_verify
    N("ess_vs_elsewhere", "aim", "sinon je retournerai à la banque", M(
        "Oriane Pelletier <oriane.pelletier@example.com>", "candidature", "07 13:30",
        """Bonjour,

J'ai un BUT GEA obtenu en juin 2026, fait en alternance dans une banque de réseau. Je candidate dans des associations d'accès aux droits et de microcrédit depuis septembre, c'est là que je voudrais travailler.

Je vous dis les choses franchement : si rien ne vient d'ici le printemps, sinon je retournerai à la banque, ils m'ont dit que la porte restait ouverte.

Oriane Pelletier
06 93 07 28 41""",
        app("Oriane", "Pelletier", phone="+33693072841", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_but_gea_banque_en_repli"),
    )),
    # Feature: ess_vs_elsewhere — aim — une coopérative de santé ou un hôpital public, les deux me vont
    # ambiguous: a health cooperative and a public hospital are put on the same footing, the ESS is one of two targets, job_seeking_ess stays open
    # tension: «une coopérative de santé» vs «ou un hôpital public, les deux me vont» = an ESS employer and a public one equally wanted → job_seeking_ess open → to_verify
    N("ess_vs_elsewhere", "aim", "une coopérative de santé ou un hôpital public, les deux me vont", M(
        "Rayan Nguyen-Perrot <rayan.np@example.fr>", "Diplômé DEUST - recherche", "08 20:11",
        """Bonsoir,

J'ai validé en juin 2025 un DEUST Métiers de la santé et de la solidarité. Je cherche un poste de secrétaire coordinateur : une coopérative de santé ou un hôpital public, les deux me vont, je regarde aussi les concours de la fonction publique hospitalière.

Est-ce que ça rentre dans votre programme ?

Rayan
07 19 64 38 02""",
        app("Rayan", "Nguyen-Perrot", phone="+33719643802", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="b_deust_cooperative_ou_hopital"),
    )),
    # Feature: ess_vs_elsewhere — aim — ça dépendra de ce qui se présente en premier
    # ambiguous: she sends applications to social-economy cooperatives and to tech start-ups alike and will take the first answer: the ESS search is real but not chosen, job_seeking_ess stays open
    # tension: «des SCIC et des coopératives numériques» vs «des start-up de la tech, ça dépendra de ce qui se présente en premier» = an ESS aim beside a non-ESS one on equal terms → job_seeking_ess open → to_verify
    N("ess_vs_elsewhere", "aim", "ça dépendra de ce qui se présente en premier", M(
        "Wendy Muller <wendy.muller@example.net>", "Développeuse web - Pro'pulse ?", "09 10:58",
        """Bonjour,

Je sors d'une licence pro Développement web (septembre 2025). J'envoie des candidatures à des SCIC et des coopératives numériques qui font des outils libres pour les associations, mais aussi à des start-up de la tech classiques. Honnêtement, ça dépendra de ce qui se présente en premier.

Est-ce que je peux quand même m'inscrire ?

Wendy Muller
0645209173""",
        app("Wendy", "Muller", phone="+33645209173", bac=3, grad="2025-09", unknown=("job_seeking_ess",), status="b_lp_web_scic_ou_startup"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Je sors d'une <b>licence pro Développement web</b> (septembre 2025). J'envoie des candidatures à des SCIC et des coopératives numériques qui font des outils libres pour les associations, mais aussi à des start-up de la tech classiques. Honnêtement, ça dépendra de ce qui se présente en premier.</p><p>Est-ce que je peux quand même m'inscrire ?</p><p>Wendy Muller<br>0645209173</p></body></html>""",
    )),
    # Feature: ess_vs_elsewhere — aim — ma priorité absolue c'est d'obtenir un contrat doctoral
    # tension: «travailler un jour dans une fondation» vs «ma priorité absolue c'est d'obtenir un contrat doctoral» = a PhD first, the ESS later and conditional → fails job_seeking_ess → not eligible
    N("ess_vs_elsewhere", "aim", "ma priorité absolue c'est d'obtenir un contrat doctoral", M(
        "Salomé Verhaegen <salome.verhaegen@example.org>", "Inscription Pro'pulse ?", "10 15:26",
        """Bonjour,

J'ai obtenu mon master d'histoire contemporaine en septembre 2026 avec un mémoire sur les sociétés de secours mutuel. Cette année, ma priorité absolue c'est d'obtenir un contrat doctoral : j'ai déposé mon dossier à l'école doctorale et je prépare l'audition de mai pour une thèse sur le mutualisme.

Si ça ne marche pas, j'aimerais travailler un jour dans une fondation ou une mutuelle, côté archives et patrimoine. En attendant, un accompagnement pour préparer ce plan B m'intéresserait.

Salomé Verhaegen
06 57 31 86 20""",
        app("Salomé", "Verhaegen", phone="+33657318620", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_master_histoire_doctorat_dabord"),
    )),
    # Feature: ess_vs_elsewhere — aim — je m'envole pour un an de PVT en Australie le 12 janvier
    # tension: «je voudrais ensuite travailler dans une association d'éducation à l'environnement» vs «je m'envole pour un an de PVT en Australie le 12 janvier» = a year abroad first, the ESS job after it, in 2028 → fails job_seeking_ess → not eligible
    N("ess_vs_elsewhere", "aim", "je m'envole pour un an de PVT en Australie le 12 janvier", M(
        "Lou-Anne Marchetti <louanne.marchetti@example.com>", "Pro'pulse à mon retour ?", "11 22:40",
        """Coucou,

Alors voilà : BTS Gestion et protection de la nature obtenu en juillet 2026, et je m'envole pour un an de PVT en Australie le 12 janvier (fermes, woofing, un peu de tout : ma première fois à l'étranger). Au retour, en 2028, je voudrais ensuite travailler dans une association d'éducation à l'environnement.

Est-ce que je peux déjà m'inscrire pour être accompagnée à distance ?

Lou-Anne Marchetti
07 24 90 61 35""",
        app("Lou-Anne", "Marchetti", phone="+33724906135", bac=2, grad="2026-07", failing=("job_seeking_ess",), status="b_bts_gpn_pvt_australie"),
    )),
    # Feature: ess_vs_elsewhere — aim — mon projet principal reste ma propre entreprise
    # tension: «un poste dans une association, un jour, pourquoi pas» vs «mon projet principal reste ma propre entreprise» = one's own company (an app for gyms) comes first, the association is a maybe → fails job_seeking_ess → not eligible
    N("ess_vs_elsewhere", "aim", "mon projet principal reste ma propre entreprise", M(
        "Thibault Ouattara <thibault.ouattara@example.fr>", "Accompagnement", "12 12:03",
        """Bonjour,

Diplômé d'un master de management en juin 2026, je développe depuis six mois une application de réservation pour les salles de sport avec deux associés. Mon projet principal reste ma propre entreprise : on lève des fonds en février.

Un poste dans une association, un jour, pourquoi pas, mais pas tout de suite. Est-ce que votre accompagnement pourrait m'aider à structurer l'équipe ?

Thibault Ouattara
+33 6 81 27 45 93""",
        app("Thibault", "Ouattara", phone="+33681274593", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_master_mgmt_startup_propre"),
    )),
    # Feature: ess_vs_elsewhere — aim — tous les secteurs m'intéressent, la grande distribution, une banque, une agence
    # tension: «l'ESS, pourquoi pas aussi» vs «tous les secteurs m'intéressent, la grande distribution, une banque, une agence» = the ESS is one sector among all, no ESS search of its own → fails job_seeking_ess → not eligible
    N("ess_vs_elsewhere", "aim", "tous les secteurs m'intéressent, la grande distribution, une banque, une agence", M(
        "Kevin Vidal <kevin.vidal.pro@example.net>", "CV + candidature", "13 07:58",
        """Bonjour,

Je suis à la recherche d'un emploi de commercial ou d'assistant commercial. J'ai un BTS NDRC (juin 2025).

Tous les secteurs m'intéressent, la grande distribution, une banque, une agence immobilière, l'ESS pourquoi pas aussi. J'ai besoin de travailler vite, je prends le premier CDI sérieux.

Vous trouverez mon CV en pièce jointe.

Kevin Vidal
06 73 48 12 95""",
        app("Kevin", "Vidal", phone="+33673481295", bac=2, grad="2025-06", failing=("job_seeking_ess",), info_in="both", status="b_bts_ndrc_tous_secteurs"),
        cv=CV("pdf", "CV_Kevin_Vidal.pdf", """Kevin Vidal
Commercial / assistant commercial
kevin.vidal.pro@example.net - 06 73 48 12 95
BTS Négociation et digitalisation de la relation client - juin 2025
Alternance : vendeur en magasin de bricolage (2023-2025)
Permis B"""),
    )),
    # Feature: ess_vs_elsewhere — kind — est-ce qu'on peut préparer un concours de la fonction publique en même temps
    # tension: «chercher dans l'associatif» vs «préparer un concours de la fonction publique en même temps» = a general question with no diploma nor search of the writer's own → kind question
    N("ess_vs_elsewhere", "kind", "est-ce qu'on peut préparer un concours de la fonction publique en même temps", M(
        "t.sorin@example.com", "question concours", "14 19:19",
        """Bonjour, une question avant de candidater : pendant l'accompagnement, est-ce qu'on peut préparer un concours de la fonction publique en même temps que chercher dans l'associatif, ou faut-il choisir ?

Merci !""",
        question(),
    )),
    # Feature: ess_vs_elsewhere — kind — nous avons recruté cette année trois jeunes diplômés
    # tension: «nous avons recruté cette année trois jeunes diplômés» vs «deux venaient de grandes entreprises» = a SCIC speaks of its own recruits and offers posts, no one applying → kind other
    N("ess_vs_elsewhere", "kind", "nous avons recruté cette année trois jeunes diplômés", M(
        "SCIC Bois Commun <recrutement@boiscommun.example.org>", "Offres pour vos participant·es", "16 11:12",
        """Bonjour,

Notre SCIC de filière bois (scierie, menuiserie, bois-énergie) se développe : nous avons recruté cette année trois jeunes diplômés, dont deux venaient de grandes entreprises du secteur et cherchaient plus de sens.

Nous ouvrons deux postes en janvier (assistant·e administratif·ve, chargé·e de mission sociétariat). Pouvons-nous vous transmettre les fiches de poste pour vos participant·es ?

Cordialement,
Agathe Roumier, co-gérante""",
        other(),
    )),
    # Feature: ess_vs_elsewhere — kind — Service public ou associatif : comment choisir ?
    # tension: «une attachée territoriale» vs «un directeur d'association» = a network's newsletter setting the two careers side by side, no one applying → kind newsletter
    N("ess_vs_elsewhere", "kind", "Service public ou associatif : comment choisir ?", M(
        "Réseau Jeunes & Engagement <lettre@jeunes-engagement.example.org>", "La lettre de décembre - Service public ou associatif : comment choisir ?", "18 06:00",
        """LA LETTRE DE DÉCEMBRE

À la une — Service public ou associatif : comment choisir ? Témoignages croisés d'une attachée territoriale et d'un directeur d'association, et table ronde en ligne le 10 décembre à 18 h.

Aussi dans ce numéro : les concours de catégorie A ouverts au printemps ; le baromètre de l'emploi associatif ; trois offres en fondation.

Se désabonner : lettre@jeunes-engagement.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@jeunes-engagement.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: ess_vs_elsewhere — kind — je suis en Nouvelle-Zélande jusqu'au 30 mars
    # tension: «je suis en Nouvelle-Zélande» vs «mes candidatures en association» = an out-of-office of a graduate abroad, no application in it → kind auto_reply
    N("ess_vs_elsewhere", "kind", "je suis en Nouvelle-Zélande jusqu'au 30 mars", M(
        "Pauline Serre <pauline.serre@example.org>", "Absente : Re: Votre inscription", "19 02:14",
        """Bonjour,

Je suis en Nouvelle-Zélande jusqu'au 30 mars et je lis mes mails rarement. Pour mes candidatures en association, je reprendrai contact à mon retour.

Pauline""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: done_vs_awaited — studies_finished — j'ai été déclarée admise le 2 octobre
    # tension: «j'ai été déclarée admise le 2 octobre» vs «j'attends toujours le diplôme papier» = the result is given, only the paper is ahead → meets studies_finished → eligible
    N("done_vs_awaited", "studies_finished", "j'ai été déclarée admise le 2 octobre", M(
        "Marwa Zerrouki <marwa.zerrouki@example.net>", "Candidature Pro'pulse - master ESS", "02 17:35",
        """Bonjour,

J'ai soutenu mon mémoire de master ESS fin septembre et j'ai été déclarée admise le 2 octobre. J'attends toujours le diplôme papier, la fac annonce plusieurs mois de délai, mais j'ai l'attestation de réussite.

Je cherche un poste de chargée de développement dans une coopérative d'activités et d'emploi ou une association d'éducation populaire.

Marwa Zerrouki
06 34 78 20 51""",
        app("Marwa", "Zerrouki", phone="+33634782051", bac=5, grad="2026-10", status="b_master_ess_admise_papier"),
    )),
    # Feature: done_vs_awaited — studies_finished — le relevé de notes officiel n'arrivera qu'en janvier
    # tension: «BTS ESF réussi en juillet 2026» vs «le relevé de notes officiel n'arrivera qu'en janvier» = the exam is passed and the result known, the transcript is paperwork → meets studies_finished → eligible
    N("done_vs_awaited", "studies_finished", "le relevé de notes officiel n'arrivera qu'en janvier", M(
        "Océane Poirier <oceane.poirier@example.com>", "Inscription", "03 12:44",
        """Bonjour,
BTS ESF réussi en juillet 2026 ! Le relevé de notes officiel n'arrivera qu'en janvier (problème au rectorat), j'ai la capture d'écran des résultats.
Je cherche en épicerie solidaire ou en association d'accès au logement.
Océane Poirier, 07 56 21 93 48""",
        app("Océane", "Poirier", phone="+33756219348", bac=2, grad="2026-07", status="b_bts_esf_releve_janvier"),
    )),
    # Feature: done_vs_awaited — studies_finished — la soutenance est fixée au 15 décembre
    # tension: «j'ai validé tous mes partiels du M2» vs «la soutenance est fixée au 15 décembre» = a defence still to come → fails studies_finished → not eligible
    N("done_vs_awaited", "studies_finished", "la soutenance est fixée au 15 décembre", M(
        "Vincent Pham <vincent.pham@example.org>", "Candidature anticipée", "04 09:20",
        """Bonjour,

J'ai validé tous mes partiels du M2 Ingénierie de projets solidaires, il ne me reste que le mémoire : la soutenance est fixée au 15 décembre. Je commence déjà à chercher pour janvier, plutôt dans les ONG de solidarité internationale ou les fédérations d'associations.

Est-ce que je peux candidater maintenant ou faut-il attendre la soutenance ?

Vincent Pham
06 21 95 40 87""",
        app("Vincent", "Pham", phone="+33621954087", bac="*", grad=None, failing=("studies_finished",), status="b_m2_partiels_soutenance_decembre"),
    )),
    # Feature: done_vs_awaited — studies_finished — ma date de soutenance n'est toujours pas fixée
    # tension: «j'ai rendu mon mémoire début novembre» vs «ma date de soutenance n'est toujours pas fixée» = a thesis handed in is not defended: the defence is ahead → fails studies_finished → not eligible
    N("done_vs_awaited", "studies_finished", "ma date de soutenance n'est toujours pas fixée", M(
        "Zoé Rakotomalala <zoe.rakoto@example.fr>", "mémoire rendu, et après ?", "05 21:03",
        """Bonsoir,

J'ai validé tous mes cours et j'ai rendu mon mémoire début novembre (master Médiation culturelle) mais ma date de soutenance n'est toujours pas fixée, ma directrice est en congé. Ça me semble une éternité.

En attendant je voudrais me préparer à chercher un poste de médiatrice dans une association culturelle ou un tiers-lieu associatif. Pro'pulse, c'est possible dans mon cas ?

Zoé Rakotomalala
06 88 15 37 24""",
        app("Zoé", "Rakotomalala", phone="+33688153724", bac="*", grad=None, failing=("studies_finished",), status="b_master_memoire_rendu_sans_date"),
    )),
    # Feature: done_vs_awaited — studies_finished — je rends mon rapport de stage le 8 janvier
    # tension: «j'ai passé tous les examens de la licence pro» vs «je suis en stage de fin d'études jusqu'au 18 décembre et je rends mon rapport de stage le 8 janvier» = the stage de fin d'études runs after today and its report is due → fails studies_finished and not_internship → not eligible
    N("done_vs_awaited", "studies_finished", "je rends mon rapport de stage le 8 janvier", M(
        "Antoine Morel-Diallo <antoine.md@example.net>", "Candidature - licence pro", "06 14:16",
        """Bonjour,

J'ai passé tous les examens de la licence pro Intervention sociale, et je suis en stage de fin d'études jusqu'au 18 décembre dans un centre d'hébergement associatif. Ensuite je rends mon rapport de stage le 8 janvier et le jury se réunit fin janvier.

Je voudrais être prêt à chercher un poste d'intervenant social dès février. Je peux m'inscrire ?

Antoine Morel-Diallo
07 42 68 19 50""",
        app("Antoine", "Morel-Diallo", phone="+33742681950", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_lp_stage_fin_etudes_rapport"),
    )),
    # Feature: done_vs_awaited — studies_finished — la délibération aura lieu le 9 décembre
    # ambiguous: the defence is passed but the jury has not deliberated; the master may or may not be awarded, so studies_finished stays open
    # tension: «j'ai soutenu le 20 novembre, ça s'est bien passé» vs «la délibération aura lieu le 9 décembre» = every exam and the defence passed, the results awaited → studies_finished open → to_verify
    N("done_vs_awaited", "studies_finished", "la délibération aura lieu le 9 décembre", M(
        "Inès Vandenberghe <ines.vdb@example.org>", "Candidature - master urbanisme", "23 10:31",
        """Bonjour,

Petit point sur ma situation : j'ai soutenu le 20 novembre, ça s'est bien passé d'après le jury de soutenance, mais la délibération aura lieu le 9 décembre. Je suis en master Urbanisme et aménagement, parcours habitat.

Je cherche un poste de chargée d'opérations dans une coopérative d'habitants ou une association de foncier solidaire.

Inès Vandenberghe
06 70 26 81 43""",
        app("Inès", "Vandenberghe", phone="+33670268143", bac="*", grad=None, unknown=("studies_finished",), status="b_master_urba_deliberation_decembre"),
    )),
    # Feature: done_vs_awaited — studies_finished — Tout est passé, même l'oral de rattrapage
    # tension: «Tout est passé, même l'oral de rattrapage» vs «l'attestation de réussite met du temps» = the resit is passed and the DUT awarded in September; the certificate is paperwork → meets studies_finished → eligible
    N("done_vs_awaited", "studies_finished", "Tout est passé, même l'oral de rattrapage", M(
        "Hugo Schneider <hugo.schneider@example.com>", "Candidature", "24 16:50",
        """Bonjour,

BUT Carrières sociales, option gestion urbaine. Tout est passé, même l'oral de rattrapage de septembre : le diplôme m'a été attribué au jury du 22 septembre 2026. L'attestation de réussite met du temps à arriver mais le résultat est sur mon ENT.

Je postule dans les régies de quartier et les associations de médiation sociale.

Hugo Schneider
06 59 84 13 27""",
        app("Hugo", "Schneider", phone="+33659841327", bac=3, grad="2026-09", status="b_but_cs_rattrapage_admis"),
    )),
    # Feature: done_vs_awaited — kind — Re: Votre candidature Pro'pulse
    # tension: «ma soutenance a eu lieu ce matin» vs «les résultats seront publiés la semaine prochaine» = a true reply in our thread (In-Reply-To our Message-ID) adding the defence's date → kind reply
    N("done_vs_awaited", "kind", "Re: Votre candidature Pro'pulse", M(
        "Selma Yildiz <selma.yildiz@example.org>", "Re: Votre candidature Pro'pulse", "25 13:02",
        """Bonjour,

Je reviens vers vous comme promis : ma soutenance a eu lieu ce matin, les résultats seront publiés la semaine prochaine. Je vous transmets l'attestation dès que je l'ai.

Selma

Le 12/11/2026 à 09:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Selma, merci pour votre candidature. Pourriez-vous nous dire quand a lieu votre soutenance ?""",
        reply(),
        headers={"In-Reply-To": "<cand-7731.selma@animafac.net>", "References": "<cand-7731.selma@animafac.net>"},
    )),
    # Feature: done_vs_awaited — kind — faut-il attendre d'avoir le diplôme papier
    # tension: «les résultats sont tombés» vs «faut-il attendre d'avoir le diplôme papier» = a general question with no one's diploma named → kind question
    N("done_vs_awaited", "kind", "faut-il attendre d'avoir le diplôme papier", M(
        "Orlane <orlane.b@example.com>", "diplôme papier", "25 21:47",
        """Bonsoir, quand les résultats sont tombés mais que la fac n'a pas encore envoyé le parchemin, faut-il attendre d'avoir le diplôme papier pour s'inscrire chez vous, ou une capture de l'ENT suffit ?""",
        question(),
    )),
]
