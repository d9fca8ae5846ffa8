# ruff: noqa: E501
"""Batch 8 — channel (h): what else the inbox receives. Employers posting offers, partners, funders,
newsletters and bulk mail (List-Unsubscribe, Precedence: bulk), auto-replies (Auto-Submitted, «Je suis
absent»), bounces (multipart/report DSN), questions about the programme with no personal fact, and spam.
"""

from kit import M, auto_reply, bounce, newsletter, other, question

MESSAGES = [
    # Channel: employer posting an offer, with application words aimed at our participants.
    M(
        frm="Delphine Mercier <rh@scop-lesateliers.example.org>",
        subject="Offre : chargé·e de projets – SCOP Les Ateliers (CDI)",
        date="02 11:00",
        body="""Bonjour,

Notre SCOP recrute un·e chargé·e de projets en CDI à Clermont-Ferrand. Profil : bac+3 minimum, diplôme récent bienvenu, intérêt pour la coopération. Les candidatures (CV + lettre) sont à envoyer à rh@scop-lesateliers.example.org avant le 18 décembre. Merci de diffuser auprès de vos jeunes diplômé·es !

Delphine Mercier, responsable RH""",
        truth=other(),
    ),
    # Channel: a partner (CRESS) proposing a joint event.
    M(
        frm="Antoine Blanc <a.blanc@cress-aura.example.org>",
        subject="Mois de l'ESS : atelier commun ?",
        date="03 15:20",
        body="""Bonjour l'équipe Pro'pulse,

Dans le cadre du Mois de l'ESS, nous organisons une matinée « Premiers emplois dans l'ESS » le 27 novembre. Seriez-vous partants pour animer un atelier avec nous ? On peut en parler par téléphone cette semaine.

Antoine Blanc, CRESS""",
        truth=other(),
    ),
    # Channel: a funder asking for the annual report.
    M(
        frm="Fondation Solidarités Jeunes <programmes@fondation-sj.example.org>",
        subject="Bilan annuel 2026 – rappel",
        date="04 10:00",
        body="""Madame, Monsieur,

Nous vous rappelons que le bilan qualitatif et financier 2026 du programme Pro'pulse est attendu pour le 15 janvier. Vous trouverez le modèle sur notre plateforme.

Le service des programmes""",
        truth=other(),
    ),
    # Channel: spam (phishing-like, «votre boîte est pleine»).
    M(
        frm="Webmail Admin <admin@mailbox-support.example.net>",
        subject="Votre boîte aux lettres a atteint sa limite",
        date="05 04:12",
        body="""Cher utilisateur, votre boîte aux lettres a atteint 98 % de sa capacité. Cliquez ici pour valider votre compte sous 24 heures, sinon vos messages seront supprimés : https://mailbox-support.example.net/valider""",
        truth=other(),
    ),
    # Channel: spam (training offer) with words like «CV», «candidature», «stage».
    M(
        frm="Formation Express <offres@formation-express.example.com>",
        subject="Boostez les candidatures de vos jeunes : stage intensif CV en 2 jours",
        date="06 08:30",
        body="""Bonjour, nos formateurs proposent un stage intensif « CV et candidature » en 2 jours, finançable par le CPF. 30 % de remise pour les associations jusqu'au 30 novembre. Réservez vite !""",
        truth=other(),
    ),
    # Channel: an Animafac colleague about logistics.
    M(
        frm="Camille Dufour <camille.dufour@animafac.net>",
        subject="Salle pour l'atelier du 26",
        date="07 09:45",
        body="""Hello, la grande salle est prise le 26, je vous ai réservé la salle Rosa-Parks (20 places). Ça vous va ? Camille""",
        truth=other(),
    ),
    # Channel: a former participant (2025 cohort) offers to mentor — personal facts but not an application.
    M(
        frm="Yanis Morel <yanis.morel@example.org>",
        subject="Devenir mentor ?",
        date="08 18:05",
        body="""Bonjour ! Ancien de la promo 2025, je suis maintenant en CDI dans une coopérative d'habitants depuis un an. J'aimerais rendre la pareille et devenir mentor pour la prochaine promotion. Comment faire ? Yanis""",
        truth=other(),
    ),
    # Channel: an employer asking to host an intern from the programme (stage words, not an applicant).
    M(
        frm="Association Les Jardins Partagés <contact@jardins-partages.example.org>",
        subject="Recherche stagiaire",
        date="10 11:30",
        body="""Bonjour, nous cherchons un·e stagiaire pour 6 mois à partir de février (communication et animation). Est-ce que vos participant·es pourraient être intéressé·es ? Gratification légale. Merci !""",
        truth=other(),
    ),
    # Channel: a municipality invites the programme to a job fair.
    M(
        frm="Service Emploi – Ville de Montreuil <emploi@ville-montreuil.example.org>",
        subject="Invitation : forum de l'emploi solidaire",
        date="12 14:10",
        body="""Madame, Monsieur, la Ville organise le 9 décembre un forum de l'emploi solidaire. Nous serions heureux de vous y accueillir pour présenter votre programme aux jeunes diplômés. Merci de confirmer votre venue avant le 30 novembre.""",
        truth=other(),
    ),
    # Channel: a journalist asks for testimonies.
    M(
        frm="Lucie Perret <l.perret@journal-local.example.com>",
        subject="Reportage jeunes diplômés et ESS",
        date="14 16:40",
        body="""Bonjour, je prépare un reportage sur l'insertion des jeunes diplômés dans l'ESS. Pourriez-vous me mettre en contact avec deux ou trois participant·es prêt·es à témoigner ? Merci, Lucie Perret, journaliste""",
        truth=other(),
    ),
    # Channel: newsletter (France Travail partners) with List-Unsubscribe.
    M(
        frm="France Travail Partenaires <partenaires@francetravail.example.net>",
        subject="Lettre partenaires – novembre 2026",
        date="02 06:45",
        body="""Lettre partenaires – novembre 2026
- Nouveau : la plateforme des partenaires de l'insertion
- Chiffres du chômage des jeunes au 3e trimestre
Vous recevez cette lettre en tant que partenaire. Se désabonner : https://francetravail.example.net/desabonnement""",
        headers={"List-Unsubscribe": "<https://francetravail.example.net/desabonnement?p=4410>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Channel: newsletter of Animafac's own network (bulk, List-Id).
    M(
        frm="Animafac <lettre@animafac.net>",
        subject="La lettre d'Animafac – novembre",
        date="05 07:00",
        body="""Ce mois-ci : les rencontres nationales des associations étudiantes, l'appel à candidatures Pro'pulse pour janvier, des outils pour vos assos. Se désinscrire : https://www.animafac.net/desinscription""",
        headers={"List-Id": "Lettre Animafac <lettre.animafac.net>", "List-Unsubscribe": "<mailto:desinscription@animafac.net>", "Precedence": "list"},
        truth=newsletter(),
    ),
    # Channel: bulk mail from a job board about a candidate database (sales), List-Unsubscribe.
    M(
        frm="CVthèque Pro <news@cvtheque-pro.example.com>",
        subject="1 200 nouveaux CV de jeunes diplômés cette semaine",
        date="07 05:30",
        body="""Accédez à 1 200 nouveaux CV de jeunes diplômés (bac+2 à bac+5) motivés par l'ESS. Essai gratuit 14 jours. Se désabonner : https://cvtheque-pro.example.com/unsub""",
        headers={"List-Unsubscribe": "<https://cvtheque-pro.example.com/unsub?x=91>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Channel: newsletter from a university (bulk), with «diplômés 2026» words.
    M(
        frm="Réseau des diplômés – Université de Rennes <reseau@univ-rennes.example.org>",
        subject="Diplômés 2026 : les rendez-vous de décembre",
        date="09 08:00",
        body="""Chers diplômés 2026, retrouvez nos ateliers CV, nos afterworks métiers et le job dating ESS du 8 décembre. Pour ne plus recevoir ces messages : https://univ-rennes.example.org/desabonnement""",
        headers={"List-Unsubscribe": "<https://univ-rennes.example.org/desabonnement?d=12>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Channel: newsletter in English (European youth network).
    M(
        frm="European Youth Forum <news@youthforum.example.eu>",
        subject="Youth Employment Digest – November",
        date="11 09:00",
        body="""Youth Employment Digest – November. Quality internships campaign; new report on graduates in the social economy. Unsubscribe: https://youthforum.example.eu/unsubscribe""",
        headers={"List-Unsubscribe": "<mailto:leave@youthforum.example.eu>", "Precedence": "list"},
        truth=newsletter(),
    ),
    # Channel: event platform mass mailing (bulk) about a webinar.
    M(
        frm="Webinaires ESS <noreply@webinaires-ess.example.com>",
        subject="Rappel : webinaire « Recruter un premier salarié » demain 11 h",
        date="16 17:00",
        body="""Rappel : votre webinaire commence demain à 11 h. Lien de connexion : https://webinaires-ess.example.com/live/442. Vous recevez ce message car vous êtes inscrit·e. Gérer mes préférences.""",
        headers={"List-Unsubscribe": "<https://webinaires-ess.example.com/prefs?u=18>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"},
        truth=newsletter(),
    ),
    # Channel: press review (bulk) of a network.
    M(
        frm="Revue de presse ESS <revue@ess-presse.example.org>",
        subject="Revue de presse ESS du 20 novembre",
        date="20 07:15",
        body="""Revue de presse du 20 novembre : emploi des jeunes dans les associations, le budget de la vie associative, trois portraits de coopératives. Désinscription : https://ess-presse.example.org/stop""",
        headers={"List-Unsubscribe": "<https://ess-presse.example.org/stop?id=3>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Channel: regional employers' newsletter with offers (bulk).
    M(
        frm="Union des employeurs de l'ESS <info@udes-idf.example.org>",
        subject="Offres d'emploi ESS – Île-de-France – semaine 47",
        date="18 06:30",
        body="""Offres de la semaine : assistant·e de gestion (mutuelle, Paris 12e), coordinateur·rice (association, Saint-Denis), chargé·e d'accueil (coopérative, Montreuil). Vous êtes abonné·e à nos offres. Se désabonner.""",
        headers={"List-Unsubscribe": "<https://udes-idf.example.org/unsub?w=47>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Channel: auto-reply «Je suis absent» from an adviser, Auto-Submitted.
    M(
        frm="Marc Dupuy <marc.dupuy@francetravail.example.net>",
        subject="Réponse automatique : Candidature de Nadia Benali",
        date="06 09:00",
        body="""Bonjour, je suis absent du 6 au 13 novembre inclus. Pour toute demande urgente, merci de contacter l'agence au 39 49. Cordialement, Marc Dupuy""",
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # Channel: auto-reply in English from an applicant (out of office), Auto-Submitted + X-Auto-Response-Suppress.
    M(
        frm="Priya Nair <priya.nair@example.com>",
        subject="Out of Office: Your application to Pro'pulse",
        date="10 14:00",
        body="""I'm travelling until 15 November with limited access to email. I'll get back to you when I return. Priya""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        truth=auto_reply(),
    ),
    # Channel: auto-reply of a careers service's ticket system (auto-generated).
    M(
        frm="BAIP Université de Poitiers <baip@univ-poitiers.example.org>",
        subject="Accusé de réception de votre demande [BAIP-2291]",
        date="04 08:00",
        body="""Votre message a bien été reçu par le Bureau d'aide à l'insertion professionnelle. Nous y répondrons sous 5 jours ouvrés. Ceci est un message automatique, merci de ne pas y répondre.""",
        headers={"Auto-Submitted": "auto-generated"},
        truth=auto_reply(),
    ),
    # Channel: auto-reply «Je suis absente» with no Auto-Submitted header, only the subject prefix and X-Autoreply.
    M(
        frm="Sandrine Lopes <s.lopes@missionlocale-arras.example.org>",
        subject="Absente : RE: Candidature de Chloé Vasseur",
        date="23 10:00",
        body="""Je suis absente jusqu'au 30 novembre. Vos messages ne seront pas transférés. En cas d'urgence, contactez l'accueil de la Mission Locale.""",
        headers={"X-Autoreply": "yes"},
        truth=auto_reply(),
    ),
    # Channel: auto-reply from a parent's mailbox (vacation responder, Precedence: auto_reply).
    M(
        frm="Philippe Renard <ph.renard@example.org>",
        subject="Message d'absence",
        date="12 07:30",
        body="""Bonjour, je suis en congés jusqu'au 20 novembre. Je lirai votre message à mon retour. Philippe Renard""",
        headers={"Precedence": "auto_reply", "Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # Channel: auto-reply: mailbox closed («cette adresse n'est plus consultée»).
    M(
        frm="Karine Blanchard <k.blanchard@ml-niort.example.org>",
        subject="Réponse automatique : Paul Lemoine",
        date="13 10:30",
        body="""Cette adresse n'est plus consultée depuis le 1er novembre. Merci d'écrire désormais à contact@ml-niort.example.org.""",
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # Channel: auto-reply in English + French from an applicant's university mailbox.
    M(
        frm="Tom Whitaker <tom.whitaker@example.org>",
        subject="Automatic reply: Eligibility question + application",
        date="04 15:00",
        body="""Thank you for your message. I am on fieldwork until 10 November. / Merci pour votre message, je suis en terrain jusqu'au 10 novembre.""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, OOF, AutoReply"},
        truth=auto_reply(),
    ),
    # Channel: auto-reply from a helpdesk with a ticket number and «ne pas répondre».
    M(
        frm="Support Plateforme Emploi <no-reply@plateforme-emploi.example.com>",
        subject="[Ticket #77120] Nous avons bien reçu votre message",
        date="15 12:00",
        body="""Bonjour, votre demande #77120 a été enregistrée. Un agent vous répondra sous 48 h. Merci de ne pas répondre à cet e-mail.""",
        headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        truth=auto_reply(),
    ),
    # Channel: auto-reply: a participant's phone «réponse automatique» in French with only the subject marker.
    M(
        frm="Lucas Bernier <lucas.bernier@example.com>",
        subject="Réponse automatique : Rappel : atelier jeudi",
        date="18 10:00",
        body="""Je suis en formation toute la journée, je vous répondrai ce soir.""",
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # Channel: bounce (Postfix), user unknown.
    M(
        frm="MAILER-DAEMON@mx.example.com (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        date="03 10:20",
        body="""This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<kenza.hadou@example.com>: host mx1.example.com said: 550 5.1.1 <kenza.hadou@example.com>: Recipient address rejected: User unknown""",
        bounce="""Reporting-MTA: dns; mx.example.com
Arrival-Date: Tue,  3 Nov 2026 10:19:55 +0100

Final-Recipient: rfc822; kenza.hadou@example.com
Original-Recipient: rfc822;kenza.hadou@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown""",
        truth=bounce("kenza.hadou@example.com"),
    ),
    # Channel: bounce (Exchange, French), quota exceeded.
    M(
        frm="Microsoft Outlook <postmaster@example.net>",
        subject="Non remis : Pro'pulse – proposition d'entretien",
        date="20 10:15",
        body="""Votre message n'a pas pu être remis à jessica.martin@example.net.
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.""",
        bounce="""Reporting-MTA: dns; EXCH02.example.net

Final-Recipient: rfc822; jessica.martin@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full""",
        truth=bounce("jessica.martin@example.net"),
    ),
    # Channel: bounce (Gmail style), address not found.
    M(
        frm="Mail Delivery Subsystem <mailer-daemon@example.org>",
        subject="Delivery Status Notification (Failure)",
        date="09 14:40",
        body="""** Address not found **

Your message wasn't delivered to ryan.mercierr@example.org because the address couldn't be found, or is unable to receive mail.""",
        bounce="""Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; ryan.mercierr@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.""",
        truth=bounce("ryan.mercierr@example.org"),
    ),
    # Channel: bounce: domain does not exist (typo in the domain).
    M(
        frm="MAILER-DAEMON@animafac.net (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        date="11 09:05",
        body="""I'm sorry to have to inform you that your message could not be delivered.

<lea.fontaine@exampel.net>: Host or domain name not found. Name service error for name=exampel.net type=MX: Host not found""",
        bounce="""Reporting-MTA: dns; mail.animafac.net

Final-Recipient: rfc822; lea.fontaine@exampel.net
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found""",
        truth=bounce("lea.fontaine@exampel.net"),
    ),
    # Channel: bounce for an adviser's old address (French, «adresse inconnue»).
    M(
        frm="Système de messagerie <postmaster@ml-montbeliard.example.org>",
        subject="Échec de la remise : TR: demande",
        date="06 11:30",
        body="""Le message suivant n'a pas pu être remis : adresse inconnue.
Destinataire : accueil-ancien@ml-montbeliard.example.org""",
        bounce="""Reporting-MTA: dns; smtp.ml-montbeliard.example.org

Final-Recipient: rfc822; accueil-ancien@ml-montbeliard.example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 unknown mailbox""",
        truth=bounce("accueil-ancien@ml-montbeliard.example.org"),
    ),
    # Channel: bounce after retries (delayed then failed, 4.4.7).
    M(
        frm="Mail Delivery System <MAILER-DAEMON@relay.example.com>",
        subject="Undelivered Mail Returned to Sender",
        date="17 03:00",
        body="""Message could not be delivered after 5 days: connection timed out.
<sofia.rinaldi@example.com>""",
        bounce="""Reporting-MTA: dns; relay.example.com

Final-Recipient: rfc822; sofia.rinaldi@example.com
Action: failed
Status: 4.4.7
Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to mx.example.com: Connection timed out""",
        truth=bounce("sofia.rinaldi@example.com"),
    ),
    # Channel: bounce: rejected as spam by the recipient's server.
    M(
        frm="postmaster@example.org",
        subject="Returned mail: see transcript for details",
        date="19 16:20",
        body="""The original message was received but could not be delivered to amara.toure@example.org: 554 5.7.1 Message rejected due to content policy.""",
        bounce="""Reporting-MTA: dns; mx2.example.org

Final-Recipient: rfc822; amara.toure@example.org
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 Message rejected due to content policy""",
        truth=bounce("amara.toure@example.org"),
    ),
    # Channel: bounce: the referred young person's address given by the adviser was wrong.
    M(
        frm="Mail Delivery Subsystem <mailer-daemon@example.com>",
        subject="Delivery Status Notification (Failure)",
        date="07 12:00",
        body="""Address not found. Your message wasn't delivered to samuel.konee@example.com because the address couldn't be found.""",
        bounce="""Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; samuel.konee@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 No such user""",
        truth=bounce("samuel.konee@example.com"),
    ),
    # Channel: question (no personal fact): criteria.
    M(
        frm="Jeanne <jeanne.h@example.net>",
        subject="Critères",
        date="05 20:30",
        body="""Bonjour, quels sont exactement les critères pour entrer dans le programme ? Faut-il un diplôme précis ? Merci d'avance.""",
        truth=question(),
    ),
    # Channel: question: is a licence pro in alternance compatible, asked in general («si on est»).
    M(
        frm="Bastien <bastien.k@example.com>",
        subject="Alternance et Pro'pulse",
        date="08 12:15",
        body="""Bonjour, est-ce qu'on peut suivre le programme si on est en alternance, ou faut-il avoir terminé ? Bonne journée.""",
        truth=question(),
    ),
    # Channel: question from an adviser about the next information meeting, no young person named.
    M(
        frm="Nathalie Roger <n.roger@ml-lens.example.org>",
        subject="Réunion d'information",
        date="10 09:40",
        body="""Bonjour, y a-t-il une réunion d'information prévue en décembre à laquelle je pourrais orienter plusieurs jeunes ? Merci, Nathalie Roger, Mission Locale""",
        truth=question(),
    ),
    # Channel: question about cost and remuneration.
    M(
        frm="m.diallo@example.org",
        subject="rémunération ?",
        date="13 21:05",
        body="""Bonsoir, est ce que le programme est rémunéré ou est ce qu'il faut payer ? Et peut on travailler à côté ? Merci""",
        truth=question(),
    ),
    # Channel: question about how to apply (documents), English-free French, formal.
    M(
        frm="Hélène Viguier <helene.viguier@example.com>",
        subject="Modalités de candidature",
        date="17 11:20",
        body="""Madame, Monsieur, pourriez-vous m'indiquer les modalités de candidature (documents à fournir, date limite) pour la promotion de janvier ? Je vous en remercie par avance. H. Viguier""",
        truth=question(),
    ),
    # Channel: question: do DOM-TOM residents qualify, no facts.
    M(
        frm="Jimmy Payet <jimmy.payet@example.net>",
        subject="La Réunion",
        date="21 06:10",
        body="""Bonjour, est-ce que le programme est accessible depuis La Réunion (à distance) ? Merci""",
        truth=question(),
    ),
]
