"""Tenses corpus, batch 02 (writer A): the passé récent «venir de» («je viens de finir mon service civique»,
«je viens de commencer»), the futur proche «aller» («je vais soutenir le 14 janvier», «mon stage va se
terminer»), the simple future and the futur antérieur («j'aurai fini fin février», «je serai diplômée en
juin», «j'aurai terminé le 21 novembre»), and other mail whose tenses carry its kind."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question
from tenses import N

MESSAGES = [
    # Feature: passe_recent — situation — je viens de finir mon service civique
    # timed: «je viens de finir» on «mon service civique» = civic service over (just now) → meets not_service_civique
    N("passe_recent", "situation", "je viens de finir mon service civique", M(
        "Léna Baptiste <lena.baptiste@example.org>", "Candidature Pro'pulse", "03 09:40",
        """Bonjour,

Je viens de finir mon service civique au comité départemental de la Ligue contre le cancer, à Pau : huit mois à animer des ateliers de prévention dans les lycées.

Je suis titulaire d'une licence de psychologie (juin 2025) et je cherche un poste de chargée de prévention ou d'animation dans une association de santé.

Merci de votre retour,
Léna Baptiste
06 14 70 38 25""",
        app("Léna", "Baptiste", phone="+33614703825", bac=3, grad="2025-06", status="viens_finir_service_civique"),
    )),
    # Feature: passe_recent — situation — je viens de commencer un service civique à la mairie de Roubaix
    # timed: «je viens de commencer» on «un service civique» = civic service just begun, eight months to run → fails not_service_civique
    N("passe_recent", "situation", "je viens de commencer un service civique à la mairie de Roubaix", M(
        "Anis Cherkaoui <anis.cherkaoui@example.net>", "inscription", "05 13:12",
        """Bonjour,

J'ai eu mon BTS Négociation et digitalisation de la relation client en juin 2026 et je viens de commencer un service civique à la mairie de Roubaix, pour huit mois, sur l'accès aux droits numériques.

Plus tard j'aimerais travailler dans une association d'insertion par le numérique. Je peux m'inscrire à Pro'pulse ?

Anis
07 52 86 14 30""",
        app("Anis", "Cherkaoui", phone="+33752861430", bac=2, grad="2026-06", failing=("not_service_civique",), status="viens_commencer_sc_roubaix"),
    )),
    # Feature: passe_recent — graduation — Camille vient d'obtenir son master
    # timed: «vient d'obtenir» on «son master» = obtained within weeks of the mail (2026, year only) → meets graduation_recent
    N("passe_recent", "graduation", "Camille vient d'obtenir son master", M(
        "Sylvie Marchal <sylvie.marchal@missionlocale-metz.example.fr>", "Présentation d'une jeune accompagnée", "06 10:55",
        """Bonjour,

Conseillère à la Mission locale de Metz, je vous présente Camille Tran-Duc, 25 ans. Camille vient d'obtenir son master Économie sociale et solidaire à l'université de Lorraine et cherche un premier emploi de chargée de projets dans une association ou une coopérative.

Elle est très motivée par votre programme. Vous pouvez la contacter directement : camille.tranduc@example.org, 06 49 23 51 87.

Bien cordialement,
Sylvie Marchal""",
        app("Camille", "Tran-Duc", phone="+33649235187", bac=5, grad="2026", email="camille.tranduc@example.org", forwarded_by="sylvie.marchal@missionlocale-metz.example.fr", status="vient_obtenir_master_camille"),
    )),
    # Feature: passe_recent — level — je viens d'arrêter ma première année de BTS
    # timed: «je viens d'arrêter» on «ma première année de BTS» = the BTS left in its first year, the bac only (level 0) → fails degree_level
    N("passe_recent", "level", "je viens d'arrêter ma première année de BTS", M(
        "Enzo Pruvost <enzo.pruvost@example.com>", "candidature", "07 23:05",
        """bonjour

j'ai eu mon bac pro en 2025 et je viens d'arrêter ma première année de BTS, ça ne me correspondait pas. ce que j'aime c'est l'animation, je suis bénévole dans un club de foot de quartier depuis 4 ans.

je cherche un emploi dans une asso sportive ou un centre social

Enzo 06 71 39 04 62""",
        app("Enzo", "Pruvost", phone="+33671390462", bac=0, grad="2025", failing=("degree_level",), status="viens_arreter_bts"),
    )),
    # Feature: passe_recent — studies_finished — je viens de passer mon dernier oral de M2
    # ambiguous: the last oral is just behind her, the jury's decision on the whole M2 is not out — finished or not cannot be said
    # timed: «je viens de passer» on «mon dernier oral de M2» = exams just over, results awaited → open studies_finished
    N("passe_recent", "studies_finished", "je viens de passer mon dernier oral de M2", M(
        "Zoé Ramanantsoa <zoe.ramanantsoa@example.fr>", "Candidature", "13 17:36",
        """Bonjour,

Je viens de passer mon dernier oral de M2 Politiques sociales à l'université de Strasbourg. Le jury se réunit en décembre.

Je souhaite rejoindre une fédération associative ou une mutuelle, sur des missions de plaidoyer.

Zoé Ramanantsoa
06 23 85 41 70""",
        app("Zoé", "Ramanantsoa", phone="+33623854170", bac="*", grad=None, unknown=("studies_finished",), status="viens_dernier_oral_m2"),
    )),
    # Feature: passe_recent — situation — I've just started volunteering full-time with the Restos du Cœur
    # ambiguous: a full-time volunteering just begun, under a scheme she does not name — a civic service or plain volunteering, a careful reader cannot tell
    # timed: «I've just started volunteering» on «with the Restos du Cœur» = a volunteering running now, scheme unstated → open not_service_civique
    N("passe_recent", "situation", "I've just started volunteering full-time with the Restos du Cœur", M(
        "Priya Raman <priya.raman@example.net>", "Application to Pro'pulse", "14 08:21",
        """Dear Pro'pulse team,

I hold a BA in Social Sciences from Université Paris Cité (2025). I've just started volunteering full-time with the Restos du Cœur in Saint-Denis for the winter campaign, coordinating the food distribution rota.

I would like to find a paid position in a non-profit working on food security or social inclusion.

Kind regards,
Priya Raman
+33 6 58 41 92 03""",
        app("Priya", "Raman", phone="+33658419203", bac=3, grad="2025", unknown=("not_service_civique",), language="en", status="just_started_volunteering_restos"),
    )),
    # Feature: passe_recent — kind — je viens de quitter mes fonctions
    # timed: «je viens de quitter» on «mes fonctions» = the sender gone, an automatic notice → kind auto_reply
    N("passe_recent", "kind", "je viens de quitter mes fonctions", M(
        "Hervé Guillou <herve.guillou@federation-sport.example.org>", "Réponse automatique : Partenariat Pro'pulse", "15 11:02",
        """Bonjour,

Je viens de quitter mes fonctions au sein de la fédération. Pour toute question sur les partenariats, écrivez à partenariats@federation-sport.example.org.

Ce message est envoyé automatiquement.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: passe_recent — kind — Vous venez de créer votre compte
    # timed: «Vous venez de créer» on «votre compte» = a platform's notice → kind other: no personal fact
    N("passe_recent", "kind", "Vous venez de créer votre compte", M(
        "Plateforme Bénévolat <no-reply@benevoles.example.com>", "Bienvenue sur la plateforme", "16 19:48",
        """Bonjour,

Vous venez de créer votre compte sur la plateforme. Pour l'activer, cliquez sur le lien ci-dessous dans les 48 heures.

https://benevoles.example.com/activer

L'équipe de la plateforme""",
        other(),
    )),
    # Feature: futur_proche — studies_finished — je vais soutenir mon mémoire le 14 janvier
    # timed: «je vais soutenir» on «mon mémoire» = defence to come (14 January 2027) → fails studies_finished
    N("futur_proche", "studies_finished", "je vais soutenir mon mémoire le 14 janvier", M(
        "Thibault Garnier <thibault.garnier@example.org>", "Candidature Pro'pulse", "02 14:30",
        """Bonjour,

En M2 Économie sociale et solidaire à Marne-la-Vallée, je vais soutenir mon mémoire le 14 janvier, sur les coopératives de livreurs à vélo.

Je cherche ensuite un poste dans une SCOP ou une CAE, et votre programme m'a été conseillé par une ancienne de ma promo.

Thibault Garnier
07 63 20 48 15""",
        app("Thibault", "Garnier", phone="+33763204815", bac="*", grad=None, failing=("studies_finished",), status="vais_soutenir_14_janvier"),
    )),
    # Feature: futur_proche — situation — mon stage à la fondation va se terminer le 11 décembre
    # timed: «va se terminer» on «mon stage à la fondation» = internship running until 11 December 2026, after TODAY → fails not_internship
    N("futur_proche", "situation", "mon stage à la fondation va se terminer le 11 décembre", M(
        "Nour El Amrani <nour.elamrani@example.com>", "Candidature", "09 12:18",
        """Bonjour,

Titulaire d'une licence d'économie et gestion (juin 2025), mon stage à la fondation va se terminer le 11 décembre. J'y travaille sur le suivi des projets soutenus en quartiers prioritaires.

Je souhaite poursuivre dans une fondation ou une association, sur un poste de chargée de suivi de projets.

Nour El Amrani
06 31 74 59 28""",
        app("Nour", "El Amrani", phone="+33631745928", bac=3, grad="2025-06", failing=("not_internship",), status="stage_va_terminer_11_decembre"),
    )),
    # Feature: futur_proche — situation — mon service civique va se terminer le 20 novembre
    # timed: «va se terminer» on «mon service civique» = ending 20 November, before TODAY (mail of 6 November) → meets not_service_civique
    N("futur_proche", "situation", "mon service civique va se terminer le 20 novembre", M(
        "Jade Rousseau <jade.rousseau@example.fr>", "Pro'pulse : candidature", "06 16:44",
        """Bonjour,

Mon service civique va se terminer le 20 novembre, au centre social des Trois-Cités à Poitiers. J'ai obtenu mon BTS Économie sociale familiale en juin 2026.

Je voudrais continuer dans un centre social ou une association familiale, comme conseillère ou animatrice.

Jade Rousseau — 07 85 42 16 93""",
        app("Jade", "Rousseau", phone="+33785421693", bac=2, grad="2026-06", status="sc_va_terminer_20_novembre"),
    )),
    # Feature: futur_proche — situation — mon service civique va s'arrêter à la fin du mois
    # ambiguous: «à la fin du mois» written on 12 November is the end of November with no day — it may end before or after 26 November, so whether it still runs cannot be said
    # timed: «va s'arrêter» on «mon service civique» = ending «à la fin du mois» (late November), no day → open not_service_civique
    N("futur_proche", "situation", "mon service civique va s'arrêter à la fin du mois", M(
        "Malik Benali <malik.benali@example.org>", "Candidature", "12 20:07",
        """Bonsoir,

J'ai obtenu ma licence de STAPS en juin 2026 et mon service civique va s'arrêter à la fin du mois, à l'UFOLEP du Rhône.

Je cherche un poste d'éducateur sportif ou de coordinateur dans une association sportive ou d'éducation populaire.

Malik Benali
06 92 35 18 47""",
        app("Malik", "Benali", phone="+33692351847", bac=3, grad="2026-06", unknown=("not_service_civique",), status="sc_va_terminer_fin_novembre"),
    )),
    # Feature: futur_proche — aim — I'm going to apply to consulting firms and banks
    # timed: «I'm going to apply» on «to consulting firms and banks» = the coming search, outside the ESS → fails job_seeking_ess
    N("futur_proche", "aim", "I'm going to apply to consulting firms and banks", M(
        "Amara Okoye <amara.okoye@example.com>", "Pro'pulse application", "17 15:26",
        """Hi,

I finished my MSc in Finance at Kedge Business School in September 2025. After a few months travelling, I'm going to apply to consulting firms and banks in Paris and Lyon, and I read that Pro'pulse coaches young graduates on their job search.

Could you include me in the next session?

Amara Okoye
07 14 86 25 39""",
        app("Amara", "Okoye", phone="+33714862539", bac=5, grad="2025-09", failing=("job_seeking_ess",), language="en", status="going_to_apply_consulting"),
    )),
    # Feature: futur_proche — aim — je vais postuler un peu partout, associations comme grandes entreprises
    # ambiguous: the coming search takes associations and big companies alike — whether the ESS is her aim cannot be settled
    # timed: «je vais postuler» on «un peu partout, associations comme grandes entreprises» = the coming search, ESS or not → open job_seeking_ess
    N("futur_proche", "aim", "je vais postuler un peu partout, associations comme grandes entreprises", M(
        "Clara Desjardins <clara.desjardins@example.net>", "Candidature Pro'pulse", "19 10:09",
        """Bonjour,

J'ai obtenu ma licence de communication en juin 2025. À partir de janvier, je vais postuler un peu partout, associations comme grandes entreprises, sur des postes de chargée de communication.

J'aimerais être accompagnée pour préparer mes entretiens.

Clara Desjardins
06 07 52 81 34""",
        app("Clara", "Desjardins", phone="+33607528134", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="vais_postuler_partout"),
    )),
    # Feature: futur_proche — kind — une personne qui va finir ses études en décembre
    # timed: «qui va finir» on «ses études» = a generic person in a question, no personal fact → kind question
    N("futur_proche", "kind", "une personne qui va finir ses études en décembre", M(
        "Sofiane Aït-Ali <sofiane.aitali@example.org>", "Question conditions d'accès", "04 18:15",
        """Bonjour,

Est-ce qu'une personne qui va finir ses études en décembre peut candidater dès maintenant, ou faut-il attendre d'avoir le diplôme ?

Merci,
Sofiane""",
        question(),
    )),
    # Feature: futur_proche — kind — Nous allons ouvrir une nouvelle session en février
    # timed: «Nous allons ouvrir» on «une nouvelle session» = the sender's plans, told to a list → kind newsletter
    N("futur_proche", "kind", "Nous allons ouvrir une nouvelle session en février", M(
        "Réseau Emploi Solidaire <infos@emploi-solidaire.example.net>", "Les nouvelles du réseau — novembre", "20 07:30",
        """Bonjour à toutes et à tous,

Nous allons ouvrir une nouvelle session en février pour les porteurs de projets de l'économie sociale et solidaire. Les ateliers vont avoir lieu à Lille, Amiens et Arras.

Au sommaire aussi : trois offres d'emploi dans des SCIC et le calendrier des permanences.

Se désabonner : répondez STOP à ce message.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:stop@emploi-solidaire.example.net>"},
    )),
    # Feature: futur_and_futur_anterieur — situation — j'aurai fini mon service civique fin février
    # timed: «j'aurai fini» on «mon service civique» = running until late February 2027, after TODAY → fails not_service_civique
    N("futur_and_futur_anterieur", "situation", "j'aurai fini mon service civique fin février", M(
        "Ambre Lefort <ambre.lefort@example.fr>", "Candidature pour la prochaine session", "03 12:48",
        """Bonjour,

Je candidate dès maintenant car j'aurai fini mon service civique fin février, au Secours populaire de Limoges. J'ai un BTS Services et prestations des secteurs sanitaire et social obtenu en juin 2026.

Ensuite je chercherai un poste dans une association d'aide alimentaire ou d'accès aux droits.

Ambre Lefort
06 86 27 53 41""",
        app("Ambre", "Lefort", phone="+33686275341", bac=2, grad="2026-06", failing=("not_service_civique",), status="aurai_fini_sc_fevrier"),
    )),
    # Feature: futur_and_futur_anterieur — situation — ma convention de stage aura pris fin le 21 novembre
    # timed: «aura pris fin» on «ma convention de stage» = over on 21 November, before TODAY (mail of 5 November) → meets not_internship
    N("futur_and_futur_anterieur", "situation", "ma convention de stage aura pris fin le 21 novembre", M(
        "Samuel Kouassi <samuel.kouassi@example.net>", "Candidature", "05 08:37",
        """Bonjour,

J'ai eu mon BTS Gestion de la PME en juin 2026. À la recyclerie de Villeurbanne, où je m'occupe de la comptabilité, ma convention de stage aura pris fin le 21 novembre.

Je serai donc libre pour travailler dans une recyclerie, une ressourcerie ou n'importe quelle structure d'insertion par l'activité économique.

Samuel Kouassi — 07 39 51 06 28""",
        app("Samuel", "Kouassi", phone="+33739510628", bac=2, grad="2026-06", status="convention_stage_aura_pris_fin"),
    )),
    # Feature: futur_and_futur_anterieur — studies_finished — je serai diplômée en juin
    # timed: «je serai diplômée» on «en juin» = the diploma to come (June 2027) → fails studies_finished
    N("futur_and_futur_anterieur", "studies_finished", "je serai diplômée en juin", M(
        "Hélène Vu <helene.vu@example.org>", "Question et candidature", "08 21:22",
        """Bonjour,

Je suis étudiante en licence professionnelle Gestion des structures sanitaires et sociales et je serai diplômée en juin. Je voudrais préparer dès maintenant mon entrée dans le monde associatif, idéalement dans une mutuelle ou un EHPAD associatif.

Hélène Vu
06 75 13 92 48""",
        app("Hélène", "Vu", phone="+33675139248", bac="*", grad=None, failing=("studies_finished",), status="serai_diplomee_juin"),
    )),
    # Feature: futur_and_futur_anterieur — studies_finished — j'aurai soutenu avant Noël
    # ambiguous: the futur antérieur puts the defence before Christmas, written on 10 November — before or after 26 November is not said
    # timed: «j'aurai soutenu» on «avant Noël» = defence between 10 November and Christmas, maybe after TODAY → open studies_finished
    N("futur_and_futur_anterieur", "studies_finished", "j'aurai soutenu avant Noël", M(
        "Rayan Saïd <rayan.said@example.com>", "Candidature Pro'pulse", "10 13:54",
        """Bonjour,

Étudiant en M2 Management de l'économie sociale à Lyon 3, j'aurai soutenu avant Noël : la date exacte n'est pas encore fixée.

Je voudrais travailler dans une coopérative agricole ou une association de développement rural.

Rayan Saïd
06 40 82 17 59""",
        app("Rayan", "Saïd", phone="+33640821759", bac="*", grad=None, unknown=("studies_finished",), status="aurai_soutenu_avant_noel"),
    )),
    # Feature: futur_and_futur_anterieur — aim — je chercherai en priorité dans les structures de l'insertion
    # timed: «je chercherai» on «dans les structures de l'insertion» = the coming search, in the ESS (the master in the CV) → meets job_seeking_ess
    N("futur_and_futur_anterieur", "aim", "je chercherai en priorité dans les structures de l'insertion", M(
        "Margaux Delaunay <margaux.delaunay@example.net>", "Candidature — CV joint", "11 09:15",
        """Bonjour,

Vous trouverez mon CV en pièce jointe. Après les fêtes, je chercherai en priorité dans les structures de l'insertion par l'activité économique, en particulier les chantiers d'insertion.

Bien à vous,
Margaux Delaunay""",
        app("Margaux", "Delaunay", phone="+33618452730", bac=5, grad="2025-06", info_in="both", status="chercherai_insertion"),
        cv=CV("pdf", "CV_Margaux_Delaunay.pdf", """Margaux Delaunay
06 18 45 27 30 — margaux.delaunay@example.net
Formation
Master 2 Développement local — Université de Caen — obtenu juin 2025
Licence de géographie — 2023
Expériences
2025-2026 : CDD chargée d'accueil, maison de l'emploi de Caen
Langues : anglais, espagnol"""),
    )),
    # Feature: futur_and_futur_anterieur — graduation — j'aurai eu mon DUT Carrières sociales il y a deux ans
    # timed: «j'aurai eu» on «mon DUT Carrières sociales il y a deux ans» en juin prochain = the DUT obtained in June 2025 (a futur antérieur counting back) → meets graduation_recent
    N("futur_and_futur_anterieur", "graduation", "j'aurai eu mon DUT Carrières sociales il y a deux ans", M(
        "Gaspard N'Diaye <gaspard.ndiaye@example.org>", "Candidature", "18 16:05",
        """Bonjour,

En juin prochain, j'aurai eu mon DUT Carrières sociales il y a deux ans tout juste, et je n'ai toujours pas trouvé de poste stable. J'enchaîne des remplacements dans l'animation.

Je cherche un emploi durable dans une association d'éducation populaire ou un centre social.

Gaspard N'Diaye
07 26 91 38 04""",
        app("Gaspard", "N'Diaye", phone="+33726913804", bac=2, grad="2025-06", status="aurai_eu_dut_deux_ans"),
    )),
    # Feature: futur_and_futur_anterieur — kind — Je serai absente du 20 novembre au 7 décembre inclus
    # timed: «Je serai absente» = the sender away until 7 December, an automatic notice → kind auto_reply
    N("futur_and_futur_anterieur", "kind", "Je serai absente du 20 novembre au 7 décembre inclus", M(
        "Laure Pichon <laure.pichon@asso-logement.example.org>", "Absence : Re: Atelier Pro'pulse", "21 09:00",
        """Bonjour,

Je serai absente du 20 novembre au 7 décembre inclus. Votre message sera traité à mon retour. En cas d'urgence, vous pourrez joindre l'accueil au 01 40 22 18 60.

Laure Pichon""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: futur_and_futur_anterieur — kind — Les inscriptions ouvriront le 5 janvier
    # timed: «Les inscriptions ouvriront» = a programme's future, told to a list → kind newsletter
    N("futur_and_futur_anterieur", "kind", "Les inscriptions ouvriront le 5 janvier", M(
        "Collectif Tremplin <lettre@tremplin.example.com>", "Tremplin — la lettre d'hiver", "22 08:15",
        """Bonjour,

Les inscriptions ouvriront le 5 janvier pour nos parcours d'accompagnement vers l'emploi associatif. Les places seront attribuées par ordre d'arrivée, et un webinaire de présentation aura lieu le 12 janvier.

Vous recevez cette lettre car vous êtes inscrit·e à notre liste de diffusion.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:desabonnement@tremplin.example.com>"},
    )),
    # Feature: futur_and_futur_anterieur — kind — aucune nouvelle tentative ne sera faite
    # timed: «ne pourra pas être remis» / «ne sera faite» on «votre message» = delivery given up → kind bounce
    N("futur_and_futur_anterieur", "kind", "aucune nouvelle tentative ne sera faite", M(
        "MAILER-DAEMON@smtp.example.com", "Undelivered Mail Returned to Sender", "23 02:31",
        """Votre message ne pourra pas être remis à jules.ferrat@example.com : la boîte de réception est pleine depuis plusieurs jours et aucune nouvelle tentative ne sera faite.""",
        bounce("jules.ferrat@example.com"),
        bounce="Reporting-MTA: dns; smtp.example.com\nFinal-Recipient: rfc822; jules.ferrat@example.com\nAction: failed\nStatus: 5.2.2",
    )),
]
