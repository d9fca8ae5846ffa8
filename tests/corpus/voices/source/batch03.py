# ruff: noqa: E501
"""Batch 3: tenses and negations, dates written every way, diplomas from elsewhere."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    M(
        frm="Clara Weber <clara.weber@example.org>",
        subject="Candidature",
        date="13 08:02",
        body="""Bonjour,

Diplômée en juin 2026 d'un master Économie sociale et solidaire (Université de Haute-Alsace), je ne suis pas du tout en stage : j'ai terminé le mien en août. Je suis à la recherche d'un emploi dans une coopérative d'activité et d'emploi ou une association d'accompagnement à la création d'activité.

Clara Weber
06 75 91 20 38""",
        truth=app("Clara", "Weber", phone="+33675912038", bac=5, grad="2026-06", status="pas_du_tout_stage"),
    ),
    M(
        frm="Maxime Renaud <maxime.renaud@example.com>",
        subject="Pro'pulse - demande d'accompagnement",
        date="13 10:25",
        body="""Bonjour,

Je suis sans stage et sans emploi depuis ma sortie de l'école en septembre 2025 (diplôme d'ingénieur agronome, AgroParisTech). Je cherche un poste dans l'agriculture paysanne, dans une association comme Terre de Liens ou un réseau d'AMAP.

Maxime Renaud
07 34 56 10 82""",
        truth=app("Maxime", "Renaud", phone="+33734561082", bac=5, grad="2025-09", status="sans_stage"),
    ),
    M(
        frm="Sarah Lévy <sarah.levy@example.net>",
        subject="candidature Pro'pulse",
        date="13 14:40",
        body="""Bonjour,

Je termine mon service civique le 15 décembre (Unis-Cité, programme Solidarité seniors). J'ai une licence de sciences sociales (juin 2025). Je suis déjà en train de chercher un emploi dans une association de lutte contre l'isolement.

Sarah Lévy
06 40 22 87 19""",
        truth=app("Sarah", "Lévy", phone="+33640228719", bac=3, grad="2025-06", failing=("not_service_civique",), status="civique_ends_soon"),
    ),
    M(
        frm="Nathan Colin <nathan.colin@example.org>",
        subject="Pro'pulse",
        date="13 16:18",
        body="""Bonjour,

J'ai fait un service civique en 2024-2025 à l'AFEV, puis j'ai repris mes études : je suis maintenant diplômé d'une licence pro Intervention sociale (juin 2026). Je cherche un poste d'accompagnement scolaire ou de coordination dans une association.

Nathan Colin
06 91 47 32 05""",
        truth=app("Nathan", "Colin", phone="+33691473205", bac=3, grad="2026-06", status="past_civique_year"),
    ),
    M(
        frm="Victoire de Villiers <victoire.devilliers@example.com>",
        subject="Demande d'admission au programme Pro'pulse",
        date="13 17:55",
        body="""Madame, Monsieur,

Je sollicite par la présente mon admission au programme Pro'pulse.

Diplômée de l'ESSEC (Master in Management, septembre 2025), j'ai effectué ma césure au sein d'une entreprise adaptée puis mon stage de fin d'études chez France Active. Ces expériences ont confirmé mon souhait de débuter ma carrière dans la finance solidaire. Je recherche activement un poste de chargée d'investissement ou d'accompagnement dans ce secteur.

Je vous prie de croire, Madame, Monsieur, à l'assurance de ma considération distinguée.

Victoire de Villiers
+33 6 70 18 45 26""",
        truth=app("Victoire", "de Villiers", phone="+33670184526", bac=5, grad="2025-09", status="formal_essec"),
    ),
    M(
        frm="Ali Haddad <ali.haddad@example.net>",
        subject="Pro'pulse ??",
        date="13 23:59",
        body="""bonsoir
c possible de rentrer dans le programme si jsuis encore en licence ? jsuis en L3 socio
merci""",
        truth=app("Ali", "Haddad", phone=None, bac="*", grad=None, failing=("studies_finished",), unknown=("job_seeking_ess",), status="sms_studying"),
    ),
    M(
        frm="Fanny Gautier <fanny.gautier@example.org>",
        subject="Candidature Pro'pulse",
        date="14 09:30",
        body="""Bonjour,

J'ai obtenu en 2025-2026 mon master 2 en politiques sociales et territoires (Université de Tours). Je cherche un premier poste de chargée de mission dans une fédération associative ou un réseau de l'ESS.

Fanny Gautier
06 82 43 11 76""",
        truth=app("Fanny", "Gautier", phone="+33682431176", bac=5, grad="2026", status="academic_year_2025_2026"),
    ),
    M(
        frm="Gaspard Michel <gaspard.michel@example.com>",
        subject="Pro'pulse",
        date="14 11:44",
        body="""Bonjour,

Je fais partie de la promo 2024 du master Management des organisations de l'ESS de Lyon 2. Depuis je travaille dans une banque, mais je voudrais revenir vers l'ESS.

Gaspard Michel
06 29 75 40 13""",
        truth=app("Gaspard", "Michel", phone="+33629754013", bac=5, grad="2024", unknown=("graduation_recent", "not_career_change"), status="promo_2024"),
    ),
    M(
        frm="Anaïs Perrot <anais.perrot@example.net>",
        subject="Inscription",
        date="14 14:05",
        body="""Bonjour

Je voudrais m'inscrire. J'ai une licence de sociologie.

Anaïs""",
        truth=app("Anaïs", "Perrot", phone=None, bac=3, grad=None, unknown=("graduation_recent", "job_seeking_ess"), status="minimal"),
    ),
    M(
        frm="Baptiste Leroy <baptiste.leroy@example.org>",
        subject="Programme Pro'pulse - candidature",
        date="14 16:22",
        body="""Bonjour,

Je suis diplômé du baccalauréat ES (lycée Henri-IV, section préparant au BTS) et je n'ai pas poursuivi d'études supérieures. Je travaille depuis deux ans comme animateur périscolaire, sans diplôme d'animation. Je voudrais travailler dans l'éducation populaire.

Baptiste Leroy
06 58 17 93 40""",
        truth=app("Baptiste", "Leroy", phone="+33658179340", bac=0, grad=None, failing=("degree_level",), status="bac_with_bts_mention"),
    ),
    M(
        frm="Amélie Roux <amelie.roux@example.com>",
        subject="Fwd: CV",
        date="14 18:00",
        body="""

---------- Forwarded message ---------
From: Amélie Roux <amelie.roux@example.com>
Date: Tue, 10 Nov 2026 at 09:12
Subject: CV
To: <amelie.roux.perso@example.org>

""",
        cv=CV("pdf", "Roux_Amelie_CV.pdf", """AMÉLIE ROUX
Chargée de communication
06 84 50 27 31 · amelie.roux@example.com · Nantes
FORMATION
Master 2 Communication et solidarités — Université de Nantes — diplômée en septembre 2025
Licence Information-communication — Université de Nantes — 2023
EXPÉRIENCES
Avril-septembre 2025 — Stage communication, Habitat et Humanisme
2024 — Service civique, Les Petits Frères des Pauvres (8 mois, terminé)
OBJECTIF
Premier poste en communication dans une association ou une fondation"""),
        truth=app("Amélie", "Roux", phone="+33684502731", bac=5, grad="2025-09", info_in="cv", status="self_forward_cv_only"),
    ),
    M(
        frm="Bertrand Faure <b.faure@cidj.example.org>",
        subject="Orientation vers Pro'pulse",
        date="15 10:30",
        body="""Bonjour,

Je reçois au CIDJ une jeune femme, Mélanie Dias, qui me semble correspondre à votre programme : master 2 en urbanisme obtenu en juin 2026, elle cherche un poste dans l'habitat participatif ou les foncières solidaires. Elle m'a autorisé à vous transmettre ses coordonnées : melanie.dias@example.net, 07 66 20 14 38.

Bien à vous,
Bertrand Faure
Conseiller information jeunesse, CIDJ""",
        truth=app("Mélanie", "Dias", phone="+33766201438", bac=5, grad="2026-06", email="melanie.dias@example.net", forwarded_by="b.faure@cidj.example.org", status="cidj_presents"),
    ),
    M(
        frm="Lola Henry <lola.henry@example.org>",
        subject="Pro'pulse",
        date="15 13:13",
        body="""Hello,

Je voulais vous dire que j'ai vu votre post sur LinkedIn et que ça m'a donné envie de candidater ! Je suis diplômée depuis avril 2026 (DUT Information-communication, en reprise d'études après une année de césure) et je cherche un job dans la communication d'une association ou d'une coopérative culturelle.

Lola Henry
06 92 13 47 85""",
        truth=app("Lola", "Henry", phone="+33692134785", bac=2, grad="2026-04", status="linkedin"),
    ),
    M(
        frm="Service Relations Entreprises <entreprises@univ-exemple.example.org>",
        subject="Forum emploi ESS - réservation d'un stand",
        date="15 15:00",
        body="""Bonjour,

Le forum emploi de l'université aura lieu le 4 février. Souhaitez-vous réserver un stand pour présenter Pro'pulse à nos étudiants de master ? Merci de nous répondre avant le 15 décembre.

Le service Relations entreprises""",
        truth=other(),
    ),
    M(
        frm="Jeanne Marty <jeanne.marty@example.com>",
        subject="Réponse automatique",
        date="15 15:01",
        headers={"Auto-Submitted": "auto-generated"},
        body="""Merci pour votre message. Je suis en déplacement et je lirai mes mails à mon retour le 20 novembre.

Thank you for your email. I am travelling and will read it when I am back on 20 November.

Jeanne Marty""",
        truth=auto_reply(),
    ),
    M(
        frm="Idriss Camara <idriss.camara@example.net>",
        subject="candidature pro'pulse",
        date="15 20:20",
        body="""Bonjour,

Je suis titulaire d'un master en sociologie obtenu à l'Université de Conakry en 2022, puis j'ai fait un master 2 en France (Paris 8, Migrations internationales) obtenu en juin 2026. Je recherche un emploi dans une association d'accueil des personnes exilées.

Idriss Camara
07 51 39 20 64""",
        truth=app("Idriss", "Camara", phone="+33751392064", bac=5, grad="2026-06", status="two_masters"),
    ),
    M(
        frm="Cyril Bertin <cyril.bertin@example.org>",
        subject="Pro'pulse - question",
        date="16 08:40",
        body="""Bonjour,

Je suis éducateur spécialisé diplômé d'État (DEES, juin 2025), je travaille de nuit dans un foyer en CDD. Je cherche à obtenir un poste de jour dans une association. Est-ce que votre programme peut m'aider ?

Cyril Bertin
06 13 72 40 58""",
        truth=app("Cyril", "Bertin", phone="+33613724058", bac=3, grad="2025-06", status="dees_employed_cdd"),
    ),
    M(
        frm="Pro'pulse <propulse@animafac.net>",
        to="Pro'pulse <propulse@animafac.net>",
        subject="Rappel : comité de sélection jeudi",
        date="16 09:00",
        body="""Bonjour à tous,

Petit rappel : comité de sélection jeudi à 10h, salle 2. Merci d'apporter vos grilles.

Léa""",
        truth=other(),
    ),
    M(
        frm="Solène Marie <solene.marie@example.com>",
        subject="candidature",
        date="16 12:12",
        body="""Bonjour,

Je m'appelle Solène Marie. J'ai eu mon diplôme d'État d'assistante de service social en juillet 2026. Je souhaite exercer dans une association plutôt que dans une collectivité, j'ai déjà postulé à l'Armée du Salut et au Secours catholique.

07 27 81 36 90""",
        truth=app("Solène", "Marie", phone="+33727813690", bac=3, grad="2026-07", status="deass"),
    ),
    M(
        frm="Mathis Barre <mathis.barre@example.net>",
        subject="Pro'pulse",
        date="16 14:50",
        body="""Bonjour,

Je suis en deuxième année de BTS ESF, j'aurai mon diplôme en juin 2027. J'aimerais bien être accompagné dès maintenant pour trouver un emploi dans le social.

Mathis Barre
06 45 70 23 81""",
        truth=app("Mathis", "Barre", phone="+33645702381", bac="*", grad=None, failing=("studies_finished",), unknown=("degree_level",), status="studying_bts"),
    ),
    M(
        frm="Emma Fleury <emma.fleury@example.org>",
        subject="Postuler Pro'pulse",
        date="16 17:30",
        html="both",
        body="""Bonjour,

Je suis Emma, 26 ans, diplômée d'un master en gestion de projets humanitaires (Université de Lyon 3) en novembre 2024.

Je ne suis plus en service civique depuis octobre et je cherche un emploi dans une ONG.

Merci de votre attention,
Emma Fleury
06 53 28 91 40""",
        truth=app("Emma", "Fleury", phone="+33653289140", bac=5, grad="2024-11", status="boundary_24_months"),
    ),
    M(
        frm="Olivier Benoît <olivier.benoit@example.com>",
        subject="Pro'pulse",
        date="16 19:48",
        body="""Bonjour,

J'ai une licence de droit (2024) et je suis inscrit cette année à l'IEJ de Montpellier pour préparer le concours d'avocat. Je voudrais en parallèle trouver un job dans une association de défense des droits.

Olivier Benoît
06 71 26 35 94""",
        truth=app("Olivier", "Benoît", phone="+33671263594", bac=3, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), status="preparing_exam"),
    ),
    M(
        frm="Delivery Subsystem <postmaster@mx.example.com>",
        subject="Returned mail: see transcript for details",
        date="17 08:00",
        body="""The original message was received at Tue, 17 Nov 2026 07:58:41 +0100
from mx.animafac.net

   ----- The following addresses had permanent fatal errors -----
<lea.moreau@example.com>
    (reason: 550 5.1.1 <lea.moreau@example.com>... User unknown)""",
        bounce="""Reporting-MTA: dns; mx.example.com
Arrival-Date: Tue, 17 Nov 2026 07:58:41 +0100

Final-Recipient: RFC822; lea.moreau@example.com
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mail.example.com
Diagnostic-Code: SMTP; 550 5.1.1 <lea.moreau@example.com>... User unknown""",
        truth=bounce("lea.moreau@example.com"),
    ),
    M(
        frm="Lou Chapelle <lou.chapelle@example.org>",
        subject="Pro'pulse",
        date="17 10:20",
        body="""Bonjour !

J'ai terminé mon BUT Carrières sociales en juin 2026 (parcours éducation spécialisée). Je suis actuellement animatrice en accueil de loisirs sur les vacances seulement, et je cherche un poste à l'année dans une association de protection de l'enfance.

Lou Chapelle
06 48 93 71 20""",
        truth=app("Lou", "Chapelle", phone="+33648937120", bac=3, grad="2026-06", status="seasonal_seeking"),
    ),
    M(
        frm="Karim Saïdi <karim.saidi@example.net>",
        subject="Candidature Pro'pulse",
        date="17 12:45",
        body="""Bonjour,

Je suis volontaire en service civique à la Fondation Abbé Pierre depuis septembre, pour huit mois. J'ai un master 2 de sociologie (septembre 2025). Je voudrais ensuite travailler dans le logement d'insertion.

Karim Saïdi
06 90 74 28 53""",
        truth=app("Karim", "Saïdi", phone="+33690742853", bac=5, grad="2025-09", failing=("not_service_civique",), status="civique_since"),
    ),
    M(
        frm="Marine Poulain <marine.poulain@example.com>",
        subject="Pro'pulse",
        date="17 14:12",
        body="""Bonjour,

Je viens de finir ma licence en sciences de l'éducation (obtenue en juillet 2026) après avoir arrêté mes études pendant deux ans pour m'occuper de ma mère malade. Je voudrais travailler dans l'aide aux aidants, dans une association.

Marine Poulain
06 20 58 47 31""",
        truth=app("Marine", "Poulain", phone="+33620584731", bac=3, grad="2026-07", status="resumed_studies"),
    ),
    M(
        frm="Jérôme Lemaire <jerome.lemaire@cooperative-exemple.example.org>",
        subject="Proposition d'intervention",
        date="17 16:30",
        body="""Bonjour,

Nous sommes une coopérative d'activité et d'emploi et nous serions heureux d'intervenir lors d'une de vos sessions pour présenter l'entrepreneuriat salarié aux participants. Dites-nous quelles dates vous conviendraient.

Jérôme Lemaire""",
        truth=other(),
    ),
    M(
        frm="Rania Mahdi <rania.mahdi@example.org>",
        subject="candidature",
        date="17 21:37",
        body="""Bonjour,

J'ai fait mes études en Tunisie : licence fondamentale en gestion à l'Université de Sfax, obtenue en juin 2026. J'ai un titre de séjour et je cherche un emploi dans le commerce équitable ou la finance solidaire.

Rania Mahdi
07 62 35 48 10""",
        truth=app("Rania", "Mahdi", phone="+33762354810", bac=3, grad="2026-06", status="foreign_licence_tunisia"),
    ),
    M(
        frm="Pascal Vincent <pascal.vincent@example.net>",
        subject="Question",
        date="18 08:15",
        body="""Bonjour,

J'accompagne des jeunes dans un foyer de jeunes travailleurs. Est-ce que vous faites des réunions d'information pour les professionnels, pour que je puisse présenter votre programme aux résidents ?

Pascal Vincent""",
        truth=question(),
    ),
    M(
        frm="Loïc Bernard <loic.bernard@example.com>",
        subject="Pro'pulse - candidature",
        date="18 10:40",
        body="""Bonjour,

J'ai un BTS agricole (BTSA Gestion et protection de la nature) depuis 2021. Depuis j'ai travaillé comme ouvrier paysagiste. Je cherche maintenant un emploi dans une association environnementale.

Loïc Bernard
06 30 84 19 25""",
        truth=app("Loïc", "Bernard", phone="+33630841925", bac=2, grad="2021", failing=("graduation_recent",), status="old_btsa"),
    ),
    M(
        frm="Oriane Giraud <oriane.giraud@example.org>",
        subject="candidature",
        date="18 13:33",
        body="""Bonjour,

Je suis diplômée depuis peu (master 2 en développement durable, octobre 2026) et je cherche un emploi dans l'ESS. En ce moment je fais du bénévolat chez Zero Waste France en attendant.

Oriane Giraud
06 59 82 14 37""",
        truth=app("Oriane", "Giraud", phone="+33659821437", bac=5, grad="2026-10", status="benevole"),
    ),
    M(
        frm="Etienne Lambert <etienne.lambert@example.com>",
        subject="RE: Votre candidature à Pro'pulse",
        date="18 15:05",
        headers={"In-Reply-To": "<draft-441.1763@animafac.net>", "References": "<draft-441.1763@animafac.net>"},
        body="""Bonjour,

Je vous confirme ma présence à la réunion d'information du 2 décembre.

Bien cordialement,
Etienne Lambert

________________________________
De : Pro'pulse <propulse@animafac.net>
Envoyé : mercredi 18 novembre 2026 11:02
Objet : Votre candidature à Pro'pulse""",
        truth=reply(),
    ),
    M(
        frm="Céline Moulin <celine.moulin@example.net>",
        subject="candidature pro'pulse",
        date="18 19:19",
        body="""Bonjour,

Je viens de soutenir ma thèse en sciences de l'environnement (doctorat obtenu en octobre 2026) et je voudrais travailler dans une association de protection de la nature plutôt que dans la recherche.

Céline Moulin
06 38 47 29 16""",
        truth=app("Céline", "Moulin", phone="+33638472916", bac=8, grad="2026-10", status="phd"),
    ),
    M(
        frm="Enzo Marchetti <enzo.marchetti@example.org>",
        subject="Application for Pro'pulse",
        date="19 09:09",
        body="""Hi,

I'm Enzo, I hold a laurea triennale in Scienze dell'educazione from the University of Turin (July 2025). I'm looking for a job with a youth association in France.

Cheers,
Enzo Marchetti
+33 7 58 21 63 94""",
        truth=app("Enzo", "Marchetti", phone="+33758216394", bac=3, grad="2025-07", language="en", status="foreign_laurea_triennale"),
    ),
    M(
        frm="Agathe Lemoine <agathe.lemoine@example.com>",
        subject="Pro'pulse",
        date="19 11:22",
        body="""Bonjour,

Je suis diplômée d'une licence professionnelle métiers de l'animation sociale (juin 2025). Je ne suis pas en recherche d'emploi dans l'ESS en particulier, je vise plutôt la fonction publique territoriale, mais le programme m'intéresse.

Agathe Lemoine
06 81 39 27 45""",
        truth=app("Agathe", "Lemoine", phone="+33681392745", bac=3, grad="2025-06", failing=("job_seeking_ess",), status="not_ess_public"),
    ),
    M(
        frm="Quentin Roger <quentin.roger@example.net>",
        subject="Pro'pulse",
        date="19 14:40",
        body="""Bonjour,

Après mon DUT GEA (juin 2025) j'ai été en alternance en licence pro, mais j'ai dû arrêter en mars pour raisons familiales. Aujourd'hui je cherche un emploi de gestionnaire dans une association ou une coopérative.

Quentin Roger
06 27 90 38 51""",
        truth=app("Quentin", "Roger", phone="+33627903851", bac=2, grad="2025-06", status="stopped_alternance"),
    ),
    M(
        frm="Lettre de l'ESS <infos@ess-hebdo.example.com>",
        subject="L'hebdo de l'ESS : les offres de la semaine",
        date="19 06:30",
        headers={"List-Unsubscribe": "<https://ess-hebdo.example.com/u?id=55>", "Precedence": "bulk"},
        html="only",
        body="""L'hebdo de l'ESS

Les offres d'emploi de la semaine : 42 postes en CDI dans les associations et coopératives.
Se désabonner""",
        body_html="""<html><body><table><tr><td><h1>L'hebdo de l'ESS</h1><p>Les offres d'emploi de la semaine : 42 postes en CDI dans les associations et coopératives.</p><p><a href="https://ess-hebdo.example.com/u?id=55">Se désabonner</a></p></td></tr></table></body></html>""",
        truth=newsletter(),
    ),
    M(
        frm="Dounia Fassi <dounia.fassi@example.org>",
        subject="ma candidature",
        date="19 16:58",
        body="""Bonjour,

Je suis diplômée d'un bac+5 en management de projets (école supérieure de commerce, 2025) et je me suis toujours investie dans le monde associatif (présidente du BDE solidaire, bénévole aux Restos). Je candidate aujourd'hui pour trouver un emploi dans une structure de l'ESS.

Dounia Fassi
06 44 28 71 93""",
        truth=app("Dounia", "Fassi", phone="+33644287193", bac=5, grad="2025", status="bac5_literal"),
    ),
    M(
        frm="Thierry Nguyen <thierry.nguyen@example.com>",
        subject="Présentation de ma nièce",
        date="20 08:08",
        body="""Bonjour,

Ma nièce Lisa Nguyen (lisa.nguyen@example.org) vient de finir son master en économie sociale à Grenoble (diplôme obtenu en septembre 2026). Elle cherche un poste dans une coopérative. Pourriez-vous la contacter ? Son numéro : 06 84 19 27 30.

Bien à vous,
Thierry Nguyen""",
        truth=app("Lisa", "Nguyen", phone="+33684192730", bac=5, grad="2026-09", email="lisa.nguyen@example.org", forwarded_by="thierry.nguyen@example.com", status="uncle"),
    ),
    M(
        frm="Yanis Boukhari <yanis.boukhari@example.net>",
        subject="Candidature",
        date="20 10:30",
        body="""Bonjour,

Je suis actuellement en stage de fin d'études à la Maif (jusqu'en février 2027), je serai diplômé d'un master en assurances à la fin du stage. Je souhaite ensuite travailler dans une mutuelle.

Yanis Boukhari
07 41 63 28 95""",
        truth=app("Yanis", "Boukhari", phone="+33741632895", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="internship_end_of_studies"),
    ),
    M(
        frm="Mélissa Robin <melissa.robin@example.org>",
        subject="Pro'pulse candidature",
        date="20 13:50",
        body="""Bonjour,

J'étais en stage chez Emmaüs Défi jusqu'en juillet dernier, c'est fini maintenant. J'ai obtenu ma licence pro ESS en juin 2026. Je cherche un emploi dans une structure d'insertion.

Mélissa Robin
06 12 54 39 87""",
        truth=app("Mélissa", "Robin", phone="+33612543987", bac=3, grad="2026-06", status="past_internship"),
    ),
    M(
        frm="Gaëlle Renault <gaelle.renault@example.com>",
        subject="Pro'pulse",
        date="20 15:15",
        body="""Bonjour,

J'ai un diplôme d'État de moniteur-éducateur (niveau 4) obtenu en 2025. Je cherche un poste dans une association de protection de l'enfance.

Gaëlle Renault
06 37 90 25 46""",
        truth=app("Gaëlle", "Renault", phone="+33637902546", bac=0, grad="2025", failing=("degree_level",), status="level4_diploma"),
    ),
]
