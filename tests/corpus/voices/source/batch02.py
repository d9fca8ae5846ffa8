# ruff: noqa: E501
"""Batch 2: referrals, English, CV-only, and people whose situation rules them out for now."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    M(
        frm="Oumar Koné <oumar.kone@example.org>",
        subject="Fwd: candidature",
        date="02 10:14",
        body="""Bonjour, je vous transfère le message que j'ai envoyé à ma conseillère, elle m'a dit de vous l'envoyer directement.

---------- Forwarded message ---------
De : Oumar Koné <oumar.kone@example.org>
Date : ven. 30 oct. 2026 à 18:20
Objet : candidature
À : <conseil@francetravail.example.fr>

Bonjour Madame Riviere,
Comme convenu je vous envoie ma candidature pour le programme Pro'pulse. J'ai un DUT Techniques de commercialisation (2025) et je veux travailler dans le commerce équitable, je postule chez Artisans du Monde et Ethiquable.
Oumar Koné
06 35 71 08 42""",
        truth=app("Oumar", "Koné", phone="+33635710842", bac=2, grad="2025", status="self_forward"),
    ),
    M(
        frm="Sandrine Riviere <s.riviere@francetravail.example.fr>",
        subject="TR: Candidature Pro'pulse - M. Bakary Cissé",
        date="02 14:30",
        body="""Bonjour,

Je vous transmets la candidature de M. Bakary Cissé, demandeur d'emploi que je suis dans le cadre de l'accompagnement intensif jeunes.

Cordialement,
Sandrine Riviere
Conseillère France Travail — agence de Bobigny

-----Message d'origine-----
De : Bakary Cissé <bakary.cisse@example.com>
Envoyé : lundi 2 novembre 2026 09:02
À : Riviere Sandrine
Objet : Candidature Pro'pulse

Bonjour Madame,
Voici ce que vous m'avez demandé. Je suis diplômé d'une licence de STAPS mention management du sport (juin 2024) et j'ai travaillé depuis comme surveillant dans un collège. Je cherche un poste d'éducateur sportif dans une association de quartier.
Mon numéro : 07 53 20 64 81
Bakary""",
        truth=app("Bakary", "Cissé", phone="+33753206481", bac=3, grad="2024-06", email="bakary.cisse@example.com", forwarded_by="s.riviere@francetravail.example.fr", failing=("graduation_recent",), status="adviser_forward_old"),
    ),
    M(
        frm="Emily Carter <emily.carter@example.com>",
        subject="Question about eligibility",
        date="02 16:45",
        body="""Hi there,

Is Pro'pulse open to people who don't speak French fluently? And do you have to live in Île-de-France?

Thank you!""",
        truth=question(language="en"),
    ),
    M(
        frm="Daniel Okafor <daniel.okafor@example.net>",
        subject="Pro'pulse application",
        date="03 08:20",
        body="""Dear Pro'pulse team,

I completed my MSc in Development Studies at SOAS (London) in September 2024 and have been volunteering with a refugee charity in Marseille since then. I am now looking for a paid position in a French non-profit, ideally in programme coordination.

Kind regards,
Daniel Okafor
+33 6 21 90 47 58""",
        truth=app("Daniel", "Okafor", phone="+33621904758", bac=5, grad="2024-09", failing=("graduation_recent",), language="en", status="old_graduate_en"),
    ),
    M(
        frm="Priya Raman <priya.raman@example.org>",
        subject="Joining Pro'pulse",
        date="03 11:12",
        body="""Hello,

I'd love to join the next cohort. I finished a Bachelor's degree in Social Sciences at Sciences Po Paris last June (June 2026) and I'm looking for a job in the social and solidarity economy — community organising or advocacy.

I'm not doing an internship or a civic service, I'm fully available.

Best,
Priya Raman
07 61 84 39 20""",
        truth=app("Priya", "Raman", phone="+33761843920", bac=3, grad="2026-06", language="en", status="en_seeking"),
    ),
    M(
        frm="Tom Becker <tom.becker@example.com>",
        subject="Application",
        date="03 12:40",
        body="""Hi,

I'm currently doing an internship at a social enterprise in Lyon, it ends in May 2027. I graduated with a BA in Economics from Maastricht in 2025. Can I still apply?

Tom""",
        truth=app("Tom", "Becker", phone=None, bac=3, grad="2025", failing=("not_internship",), unknown=("job_seeking_ess",), language="en", status="internship_en"),
    ),
    M(
        frm="Alice Fontaine <alice.fontaine@example.net>",
        subject="Candidature",
        date="03 19:07",
        body="""Bonjour,
Je vous envoie mon CV en pièce jointe pour le programme.
Bonne soirée
Alice""",
        cv=CV("odt", "cv_alice_fontaine.odt", """Alice FONTAINE
06 45 27 91 83 | alice.fontaine@example.net | Clermont-Ferrand
Projet professionnel : chargée d'accompagnement dans une structure de l'insertion par l'activité économique
Formation
Juillet 2025 - Master Intervention sociale, Université Clermont Auvergne
2023 - Licence Sciences sanitaires et sociales
Expériences
Janv.-juin 2025 - Stage, Régie de quartier de Clermont (accompagnement des salariés en insertion)
Depuis sept. 2025 - Bénévole, Banque alimentaire du Puy-de-Dôme
Compétences : entretien individuel, animation d'ateliers collectifs, Pack Office"""),
        truth=app("Alice", "Fontaine", phone="+33645279183", bac=5, grad="2025-07", info_in="cv", status="cv_odt"),
    ),
    M(
        frm="Rémi Chevalier <remi.chevalier@example.org>",
        subject="Pro'pulse - demande",
        date="04 09:51",
        body="""Bonjour,

Ça fait maintenant deux ans que je travaille comme développeur web dans une ESN, après mon école d'ingénieur (diplômé en 2023). Je ne m'y retrouve pas du tout et je voudrais me reconvertir vers le numérique responsable, dans une coopérative type Coopaname ou une association comme Emmaüs Connect.

Rémi Chevalier
06 19 83 45 02""",
        truth=app("Rémi", "Chevalier", phone="+33619834502", bac=5, grad="2023", failing=("graduation_recent", "not_career_change"), status="career_change_engineer"),
    ),
    M(
        frm="Sophie Nguyen <sophie.nguyen@example.com>",
        subject="Pro'pulse",
        date="04 13:29",
        html="only",
        body="""Bonjour,

Je m'appelle Sophie Nguyen, j'ai 22 ans. Je suis diplômée d'un BTS Services et prestations des secteurs sanitaire et social depuis juillet 2026.

J'aimerais travailler dans une association qui aide les familles, comme conseillère ou assistante sociale.

07 81 22 90 64""",
        truth=app("Sophie", "Nguyen", phone="+33781229064", bac=2, grad="2026-07", status="html_only_aim"),
    ),
    M(
        frm="MAILER-DAEMON@mail.example.net",
        subject="Undeliverable: Votre candidature à Pro'pulse",
        date="04 13:31",
        body="""Delivery has failed to these recipients or groups:

julien.marechal@example.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.""",
        bounce="""Reporting-MTA: dns;mail.example.net
Received-From-MTA: dns;mx.animafac.net

Final-Recipient: rfc822;julien.marechal@example.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup""",
        truth=bounce("julien.marechal@example.net"),
    ),
    M(
        frm="Lina Benhamou <lina.benhamou@example.org>",
        subject="mon parcours",
        date="04 22:10",
        body="""Bonsoir,

Je me permets de vous écrire un peu tard, j'hésitais. J'ai fait un bac ES puis une prépa littéraire que j'ai arrêtée au bout d'un an, puis une licence de lettres modernes que j'ai obtenue en 2024 (j'ai mis un peu plus de temps parce que je travaillais à côté). En 2024-2025 j'ai fait un master 1 en médiation culturelle à Paris 3, validé en juin 2025.

Depuis je suis serveuse à mi-temps et je cherche un poste de médiatrice culturelle dans une association ou un lieu culturel associatif. Je suis aussi bénévole dans une bibliothèque de rue avec ATD Quart Monde.

Lina Benhamou
06 02 74 19 35""",
        truth=app("Lina", "Benhamou", phone="+33602741935", bac=4, grad="2025-06", status="life_story_m1"),
    ),
    M(
        frm="Hugo Ferreira <hugo.ferreira@example.net>",
        subject="dispo pour pro'pulse",
        date="05 07:15",
        body="""yo
jsuis sorti de mon but gea en juin 2026, jveux bosser dans une scop ou une asso, j'envoie des cv partout mais ça répond pas
06 90 12 48 77
hugo""",
        truth=app("Hugo", "Ferreira", phone="+33690124877", bac=3, grad="2026-06", status="sms_scop"),
    ),
    M(
        frm="Marc Delattre <marc.delattre@missionlocale-lille.example.org>",
        subject="Jeune orienté vers Pro'pulse : Sabrina Amrani",
        date="05 09:00",
        html="both",
        body="""Bonjour,

Dans le cadre du Contrat d'engagement jeune, j'accompagne Sabrina Amrani, 22 ans. Elle est actuellement en service civique à la Ligue de l'enseignement du Nord, jusqu'en mai 2027. Elle a obtenu un BTS Économie sociale familiale en 2025.

Elle souhaite s'inscrire à Pro'pulse pour la suite. Ses coordonnées : sabrina.amrani@example.com, 06 84 31 57 20.

Marc Delattre
Conseiller Mission Locale de Lille""",
        truth=app("Sabrina", "Amrani", phone="+33684315720", bac=2, grad="2025", email="sabrina.amrani@example.com", forwarded_by="marc.delattre@missionlocale-lille.example.org", failing=("not_service_civique",), unknown=("job_seeking_ess",), status="adviser_civique"),
    ),
    M(
        frm="Aurélie Masson <aurelie.masson@example.com>",
        subject="Re: Pro'pulse - documents",
        date="05 11:26",
        headers={"In-Reply-To": "<case-118.20261104@animafac.net>", "References": "<case-118.20261104@animafac.net>"},
        body="""Bonjour,

Voici l'attestation de diplôme que vous m'avez demandée, je l'avais oubliée la dernière fois. Désolée !

Aurélie Masson""",
        truth=reply(),
    ),
    M(
        frm="Kenza Belkacem <kenza.belkacem@example.org>",
        subject="candidature pro'pulse",
        date="05 16:44",
        body="""Bonjour,

Je suis en dernière année de licence pro (alternance dans une association de prévention santé), le diplôme sera délivré en septembre 2027. J'ai un BTS depuis 2025.

Est-ce que je peux postuler ?

Kenza Belkacem
07 68 40 13 92""",
        truth=app("Kenza", "Belkacem", phone="+33768401392", bac=2, grad="2025", failing=("studies_finished",), unknown=("job_seeking_ess",), status="studying_alternance"),
    ),
    M(
        frm="Guillaume Perrin <guillaume.perrin@example.net>",
        subject="Intéressé par Pro'pulse",
        date="05 18:23",
        body="""Bonjour,

J'ai 29 ans. J'ai été infirmier pendant six ans et je voudrais changer de métier pour travailler dans la coordination de projets en santé communautaire, dans une association. J'ai repris un master en santé publique que j'ai eu en juin 2026.

Guillaume Perrin
06 51 27 84 90""",
        truth=app("Guillaume", "Perrin", phone="+33651278490", bac=5, grad="2026-06", failing=("not_career_change",), status="career_change_nurse"),
    ),
    M(
        frm="Rose Aubert <rose.aubert@example.com>",
        subject="candidature",
        date="06 10:00",
        body="""Bonjour,

Je vous écris pour candidater. J'ai un master 2 en droit de l'économie sociale et solidaire (Paris Nanterre).

Rose Aubert
06 73 14 92 08""",
        truth=app("Rose", "Aubert", phone="+33673149208", bac=5, grad=None, unknown=("graduation_recent", "job_seeking_ess"), status="no_date_no_aim"),
    ),
    M(
        frm="Pro'pulse Alumni <alumni@example.org>",
        subject="[Alumni Pro'pulse] Afterwork le 3 décembre",
        date="06 12:00",
        headers={"List-Id": "Alumni Pro'pulse <alumni.lists.example.org>", "List-Unsubscribe": "<mailto:alumni-leave@lists.example.org>", "Precedence": "list"},
        body="""Bonjour à toutes et tous,

Le prochain afterwork des alumni aura lieu le jeudi 3 décembre à 19h à la Recyclerie, 83 boulevard Ornano.

Pour ne plus recevoir ces messages : alumni-leave@lists.example.org""",
        truth=newsletter(),
    ),
    M(
        frm="Adrien Joly <adrien.joly@example.org>",
        subject="Pro'pulse",
        date="06 14:22",
        body="""Bonjour,

Je ne suis plus étudiant depuis septembre (master 2 de géographie, mention aménagement, soutenu en septembre 2026) et je n'ai trouvé aucun poste pour le moment. Mon objectif : un emploi porteur de sens dans une structure de l'ESS, idéalement dans la mobilité solidaire.

Adrien Joly
06 26 48 13 77""",
        truth=app("Adrien", "Joly", phone="+33626481377", bac=5, grad="2026-09", status="objectif_ess"),
    ),
    M(
        frm="Léonie Garnier <leonie.garnier@example.net>",
        subject="Pro'pulse candidature",
        date="06 16:10",
        body="""Bonjour,

Je suis stagiaire au Mouvement associatif jusqu'au 31 janvier 2027, après mon master qui s'est terminé en septembre 2026 (le stage est hors cursus). Ensuite je chercherai un poste dans l'ESS.

Léonie Garnier
07 45 80 21 39""",
        truth=app("Léonie", "Garnier", phone="+33745802139", bac=5, grad="2026-09", failing=("not_internship",), status="internship_after_master"),
    ),
    M(
        frm="Claire Bonnet <claire.bonnet@example.com>",
        subject="Absente du bureau",
        date="06 16:11",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        html="both",
        body="""Bonjour,

Je suis absente du 6 au 13 novembre. Votre message ne sera pas transféré.

Claire Bonnet
Chargée de mission, Fédération des centres sociaux""",
        truth=auto_reply(),
    ),
    M(
        frm="Moussa Sylla <moussa.sylla@example.org>",
        subject="intégrer Pro'pulse",
        date="07 09:34",
        body="""Bonjour,

J'ai eu ma licence en économie à l'université Cheikh Anta Diop de Dakar en 2025, puis je suis venu en France. Je veux travailler dans la finance solidaire (France Active, Finansol, ce genre de structures).

Cordialement
Moussa Sylla
06 44 90 37 21""",
        truth=app("Moussa", "Sylla", phone="+33644903721", bac=3, grad="2025", status="foreign_licence_senegal"),
    ),
    M(
        frm="Estelle Roy <estelle.roy@example.net>",
        subject="Présentation",
        date="07 11:50",
        body="""Bonjour,

Je m'appelle Estelle, j'ai 25 ans. J'ai un master en sciences de l'éducation (2025) et j'ai travaillé comme assistante d'éducation pendant l'année. Maintenant je cherche un poste de coordinatrice dans une association d'éducation populaire, je candidate chez les Francas, les CEMEA et la Ligue de l'enseignement.

Estelle Roy
06 17 39 84 26""",
        truth=app("Estelle", "Roy", phone="+33617398426", bac=5, grad="2025", status="named_employers"),
    ),
    M(
        frm="Kader Mansouri <kader.mansouri@example.com>",
        subject="question",
        date="07 13:05",
        body="""Bonjour,

Je voudrais savoir si votre programme accepte les personnes qui n'ont que le bac ?

Merci d'avance""",
        truth=question(),
    ),
    M(
        frm="Lucie Besson <lucie.besson@example.org>",
        subject="Candidature au programme Pro'pulse",
        date="07 15:27",
        body="""Madame, Monsieur,

Je vous fais part de ma candidature au programme Pro'pulse. Je suis actuellement volontaire en service civique au sein de l'association Lire et faire lire, et ce jusqu'au mois de juin 2027. Je suis par ailleurs titulaire d'une licence de lettres obtenue en juin 2025.

À l'issue de ma mission, je souhaite m'engager professionnellement dans le secteur associatif.

Veuillez agréer mes salutations respectueuses.

Lucie Besson
06 82 56 01 47""",
        truth=app("Lucie", "Besson", phone="+33682560147", bac=3, grad="2025-06", failing=("not_service_civique",), status="volontaire_civique"),
    ),
    M(
        frm="Théa Moreau <thea.moreau@example.net>",
        subject="",
        date="07 22:48",
        body="",
        cv=CV("pdf", "CV_Thea_Moreau_2026.pdf", """Théa Moreau
07 29 64 81 53 - thea.moreau@example.net
Chargée de mission transition écologique
Formation
2026 (juin) : Master Gestion de l'environnement, Université de Montpellier
2024 : Licence de biologie
Expérience
Février-juillet 2026 : stage, Les Amis de la Terre (campagne déchets)
Été 2024 : animatrice nature, CPIE
Je cherche un emploi dans une association environnementale ou une coopérative"""),
        truth=app("Théa", "Moreau", phone="+33729648153", bac=5, grad="2026-06", info_in="cv", status="cv_only_empty"),
    ),
    M(
        frm="Nicolas Blanc <nicolas.blanc@example.com>",
        subject="Renseignement",
        date="08 10:18",
        body="""Bonjour,

Comment se déroulent les sessions ? Est-ce qu'il y a un entretien avant d'être pris ? Quand commence la prochaine promo ?

Bien à vous,
Nicolas Blanc""",
        truth=question(),
    ),
    M(
        frm="Charlotte Dubois <charlotte.dubois@example.org>",
        subject="Candidature Pro'pulse",
        date="08 11:40",
        body="""Bonjour,

Diplômée d'un DEUST en juin 2026 (animation et gestion des activités physiques), je n'ai jamais fait de service civique ni de stage long. Je cherche un emploi d'animatrice sportive dans une association ou un club associatif.

Charlotte Dubois
06 33 85 20 14""",
        truth=app("Charlotte", "Dubois", phone="+33633852014", bac=2, grad="2026-06", status="deust_jamais"),
    ),
    M(
        frm="Youssef El Amrani <youssef.elamrani@example.net>",
        subject="Pro'pulse",
        date="08 17:09",
        body="""Bonjour,

J'ai obtenu ma licence en gestion à l'ENCG de Settat (Maroc) en juillet 2023. Je suis en France depuis 2024 et je travaille en restauration. J'aimerais trouver un emploi dans une coopérative.

Youssef El Amrani
07 44 61 20 98""",
        truth=app("Youssef", "El Amrani", phone="+33744612098", bac=3, grad="2023-07", failing=("graduation_recent",), status="foreign_old"),
    ),
    M(
        frm="Agnès Lemoine <agnes.lemoine@example.com>",
        subject="Offre de bénévolat",
        date="09 08:56",
        body="""Bonjour,

Je suis retraitée de l'Éducation nationale et je voudrais proposer mon aide bénévole pour accompagner les jeunes de votre programme (relecture de CV, préparation aux entretiens). À qui dois-je m'adresser ?

Agnès Lemoine""",
        truth=other(),
    ),
    M(
        frm="Florian Marchand <florian.marchand@example.org>",
        subject="Candidature",
        date="09 12:12",
        body="""Bonjour,

Après mon master 1 de sociologie (2025), j'ai décidé d'arrêter le master 2 en cours d'année. Je cherche maintenant un emploi dans une association, dans les études ou l'évaluation de projets sociaux.

Florian Marchand
06 97 12 43 85""",
        truth=app("Florian", "Marchand", phone="+33697124385", bac=4, grad="2025", status="dropped_m2"),
    ),
    M(
        frm="Manon Girard <manon.girard@example.net>",
        subject="Pro'pulse :)",
        date="09 19:45",
        body="""Hello !

Je suis en M2 d'économie sociale et solidaire à Rennes 2, je serai diplômée en septembre 2027. Je voulais savoir si je pouvais déjà candidater pour être accompagnée dans ma recherche d'emploi ?

Manon
06 58 74 21 60""",
        truth=app("Manon", "Girard", phone="+33658742160", bac="*", grad=None, failing=("studies_finished",), status="studying_m2"),
    ),
    M(
        frm="Patrick Morel <patrick.morel@example.com>",
        subject="Mon fils Adam",
        date="10 08:30",
        body="""Bonjour,

Mon fils Adam Morel, 23 ans, est diplômé d'un BUT Carrières sociales depuis juin 2025. Il fait des petits boulots mais il voudrait un emploi dans l'animation, dans une maison de quartier ou une association. Je me permets de vous écrire car il ne sait pas trop par où commencer.

Son téléphone : 06 48 39 12 75 et son adresse adam.morel@example.org.

Cordialement,
Patrick Morel""",
        truth=app("Adam", "Morel", phone="+33648391275", bac=3, grad="2025-06", email="adam.morel@example.org", forwarded_by="patrick.morel@example.com", status="parent_son"),
    ),
    M(
        frm="Inès Kaddour <ines.kaddour@example.org>",
        subject="Fwd: Proposition Pro'pulse",
        date="10 10:48",
        body="""Bonjour,

Une conseillère de l'APEC m'a transmis votre plaquette. Je suis intéressée : j'ai un master en ressources humaines (2026, IAE de Poitiers) et je cherche un poste de chargée RH dans une mutuelle ou une grande association.

Inès Kaddour
07 19 42 88 31

---------- Message transféré ----------
De : Conseil APEC <conseil@apec.example.org>
Objet : Proposition Pro'pulse
Bonjour Inès, voici la plaquette du programme dont je vous ai parlé.""",
        truth=app("Inès", "Kaddour", phone="+33719428831", bac=5, grad="2026", status="forwarded_brochure"),
    ),
    M(
        frm="Thibaut Lambert <thibaut.lambert@example.net>",
        subject="Re: Votre candidature [PP-231]",
        date="10 13:20",
        body="""Merci beaucoup, je serai là à 10h.

Thibaut""",
        truth=reply(),
    ),
    M(
        frm="Jade Rousseau <jade.rousseau@example.com>",
        subject="Candidature",
        date="10 17:33",
        body="""Bonjour,

J'ai validé mon DUT GEA en 2020 puis j'ai travaillé en cabinet comptable. Depuis un an je suis en congé parental. Aujourd'hui je cherche un poste dans l'ESS.

Jade Rousseau
06 24 83 55 97""",
        truth=app("Jade", "Rousseau", phone="+33624835597", bac=2, grad="2020", failing=("graduation_recent", "not_career_change"), status="old_career"),
    ),
    M(
        frm="Ambre Laurent <ambre.laurent@example.org>",
        subject="Pro'pulse - Ambre Laurent",
        date="11 09:05",
        body="""Bonjour,

Mon service civique à la Croix-Rouge s'est terminé en juin, et je suis titulaire d'une licence de psychologie obtenue en juin 2025.

Je suis maintenant à la recherche d'un emploi dans le secteur associatif, plutôt dans le soutien aux personnes isolées.

Ambre Laurent
06 39 57 20 84""",
        truth=app("Ambre", "Laurent", phone="+33639572084", bac=3, grad="2025-06", status="past_civique"),
    ),
    M(
        frm="Hamza Benali <hamza.benali@example.net>",
        subject="Candidature",
        date="11 11:11",
        body="""Bonjour,

J'ai un CAP cuisine et un bac pro. Je cherche du travail dans une entreprise d'insertion en restauration.

Hamza Benali
07 80 21 45 63""",
        truth=app("Hamza", "Benali", phone="+33780214563", bac=0, grad=None, failing=("degree_level",), status="low_degree_cap"),
    ),
    M(
        frm="Elsa Morin <elsa.morin@example.com>",
        subject="Pro'pulse",
        date="11 15:49",
        body="""Bonjour,

Je suis diplômée d'un master de droit public depuis juillet 2025. Je cherche un emploi.

Elsa Morin
06 52 40 93 18""",
        truth=app("Elsa", "Morin", phone="+33652409318", bac=5, grad="2025-07", unknown=("job_seeking_ess",), status="no_ess"),
    ),
    M(
        frm="Pierre Dupuis <p.dupuis@ressourcerie.example.org>",
        subject="Recrutement d'un·e agent·e valoriste",
        date="12 09:00",
        body="""Bonjour,

La Ressourcerie des 2 rives recrute un·e agent·e valoriste en CDI, à pourvoir au 4 janvier. Pourriez-vous relayer l'offre auprès des jeunes que vous accompagnez ? La fiche de poste est sur notre site.

Merci et à bientôt,
Pierre Dupuis
Directeur""",
        truth=other(),
    ),
    M(
        frm="Noémie Carpentier <noemie.carpentier@example.org>",
        subject="Demande d'inscription",
        date="12 13:54",
        body="""Bonjour,

Je suis diplômée d'un BTS Tourisme (2024) et d'une licence pro en tourisme solidaire (juin 2025). Je recherche un emploi dans le tourisme solidaire ou l'accueil en tiers-lieu.

Noémie Carpentier
06 11 24 79 63""",
        truth=app("Noémie", "Carpentier", phone="+33611247963", bac=3, grad="2025-06", status="two_diplomas"),
    ),
    M(
        frm="Mail Administrator <postmaster@example.org>",
        subject="Mail delivery failed: returning message to sender",
        date="12 15:02",
        body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  sami.haddad@example.org
    mailbox is full: retry timeout exceeded""",
        bounce="""Reporting-MTA: dns; mail.example.org
Action: failed
Final-Recipient: rfc822;sami.haddad@example.org
Status: 5.2.2""",
        truth=bounce("sami.haddad@example.org"),
    ),
    M(
        frm="Isabelle Roche <isabelle.roche@example.com>",
        subject="Candidature pour Pro'pulse",
        date="12 18:27",
        body="""Bonjour,

Je me permets de vous écrire pour postuler à votre programme. Après une licence d'anglais (2021), j'ai enseigné quatre ans en collège comme contractuelle. Je souhaite quitter l'enseignement et me reconvertir dans la gestion de projets associatifs.

Isabelle Roche
06 27 34 18 90""",
        truth=app("Isabelle", "Roche", phone="+33627341890", bac=3, grad="2021", failing=("graduation_recent", "not_career_change"), status="career_change_teacher"),
    ),
]
