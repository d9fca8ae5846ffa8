# ruff: noqa: E501
"""Batch 6: the rest of the inbox around people who studied elsewhere — questions with no personal fact
(equivalences, visas, distance), employers, partners, newsletters, auto-replies, replies, a bounce."""

from abroad import C
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Cell: France université × n/a × none — question: master 1 enough?
    C("France université", "n/a", "none", M(
        frm="Laure Besson <laure.besson@example.org>",
        subject="Question sur les critères",
        date="02 12:00",
        body="""Bonjour,

Un master 1 validé sans master 2 suffit-il pour entrer dans Pro'pulse ? Et la limite de deux ans court-elle à partir de la date du jury ou de la remise du diplôme ?

Merci""",
        truth=question(),
    )),
    # Cell: France BUT/BTS × straight × none — a parent writing about a son still studying (an application: labelled a question at first, corrected after scoring)
    C("France BUT/BTS", "straight", "none", M(
        frm="Gérard Poulain <gerard.poulain@example.net>",
        subject="Renseignements",
        date="03 08:15",
        body="""Bonjour,

Mon fils termine bientôt ses études. Pouvez-vous m'indiquer comment se déroule votre programme, combien de temps il dure et s'il y a des frais ?

Cordialement,
Gérard Poulain""",
        truth=app(None, None, phone=None, bac="*", grad=None, failing=("studies_finished",), email=None, forwarded_by="gerard.poulain@example.net", status="parent_son_still_studying"),
    )),
    # Cell: France alternance × n/a × none — question: alternance counts as studies?
    C("France alternance", "n/a", "none", M(
        frm="Jade Moreau <jade.moreau@example.com>",
        subject="alternance et pro'pulse",
        date="03 19:40",
        body="""Bonjour, est-ce qu'on peut suivre Pro'pulse pendant une alternance, ou faut-il l'avoir terminée ? Merci !""",
        truth=question(),
    )),
    # Cell: Maroc × n/a × none — question: visa and residence permit
    C("Maroc", "n/a", "none", M(
        frm="Omar El Fassi <omar.elfassi@example.com>",
        subject="Titre de séjour",
        date="04 11:25",
        body="""Bonjour,

Faut-il un titre de séjour avec autorisation de travail pour candidater, ou un visa étudiant suffit-il ? Les candidats étrangers sont-ils nombreux ?

Merci de votre réponse.""",
        truth=question(),
    )),
    # Cell: Royaume-Uni × n/a × none — English question about distance
    C("Royaume-Uni", "n/a", "none", M(
        frm="Grace Thompson <grace.thompson@example.co.uk>",
        subject="Online sessions?",
        date="04 17:00",
        body="""Hello,

Are the coaching sessions held online, or do participants need to be in Paris? Also, are sessions available in English?

Thank you""",
        truth=question(language="en"),
    )),
    # Cell: Algérie × n/a × none — an adviser's question, nobody presented
    C("Algérie", "n/a", "none", M(
        frm="Samia Larbi - CIDFF <s.larbi@cidff.example.org>",
        subject="Public étranger : conditions",
        date="05 10:10",
        body="""Bonjour,

J'accompagne des femmes diplômées à l'étranger. Votre programme exige-t-il une équivalence officielle du diplôme, ou acceptez-vous une simple traduction ? Pouvez-vous m'envoyer une plaquette ?

Samia Larbi, conseillère emploi""",
        truth=question(),
    )),
    # Cell: Québec × n/a × none — question: PVT holders
    C("Québec", "n/a", "none", M(
        frm="Étienne Lavoie <etienne.lavoie@example.ca>",
        subject="PVT",
        date="06 14:35",
        body="""Bonjour!

Est-ce que les gens en PVT (permis vacances-travail) peuvent faire Pro'pulse? Pis c'est combien de semaines au total?

Merci""",
        truth=question(),
    )),
    # Cell: Sénégal × n/a × none — question: dates of the next cohort
    C("Sénégal", "n/a", "none", M(
        frm="Adama Thiam <adama.thiam@example.sn>",
        subject="Prochaine session",
        date="07 09:55",
        body="""Bonjour,

Quand commence la prochaine promotion de Pro'pulse, et jusqu'à quand peut-on envoyer sa candidature ?

Cordialement""",
        truth=question(),
    )),
    # Cell: Allemagne × n/a × none — question in English about age limit
    C("Allemagne", "n/a", "none", M(
        frm="Lukas Braun <lukas.braun@example.de>",
        subject="Age limit",
        date="08 13:10",
        body="""Hi, is there an age limit for Pro'pulse, and do I need to be registered with France Travail to join? Thanks.""",
        truth=question(language="en"),
    )),
    # Cell: Liban × n/a × none — question: doctorate too high?
    C("Liban", "n/a", "none", M(
        frm="Rania Aoun <rania.aoun@example.com>",
        subject="Question",
        date="09 15:45",
        body="""Bonjour,

Les docteurs sont-ils acceptés dans le programme, ou est-il réservé aux niveaux licence et master ?

Merci d'avance""",
        truth=question(),
    )),
    # Cell: France grandes écoles × n/a × none — employer (foundation) job offer
    C("France grandes écoles", "n/a", "none", M(
        frm="Fondation Horizons Partagés <rh@horizons-partages.example.org>",
        subject="Poste à pourvoir : chargé·e de programmes (CDI)",
        date="10 09:00",
        body="""Bonjour,

Notre fondation recrute un·e chargé·e de programmes en CDI (bac+5, première expérience acceptée). Nous serions ravis de recevoir des candidatures de participant·es Pro'pulse. Fiche de poste jointe sur demande.

Service RH""",
        truth=other(),
    )),
    # Cell: France université × n/a × none — university careers service proposing a workshop
    C("France université", "n/a", "none", M(
        frm="BAIP Université de Nantes <baip@univ-nantes.example.fr>",
        subject="Atelier commun insertion ESS",
        date="11 10:20",
        body="""Bonjour,

Le bureau d'aide à l'insertion professionnelle souhaiterait co-animer avec vous un atelier « Travailler dans l'ESS » au printemps, pour nos diplômés. Seriez-vous disponibles pour en parler ?

Élodie Marchand, chargée d'insertion""",
        truth=other(),
    )),
    # Cell: Maroc × n/a × none — partner network (REMESS-like)
    C("Maroc", "n/a", "none", M(
        frm="Réseau Marocain ESS <contact@remess.example.ma>",
        subject="Échange d'expériences France-Maroc",
        date="12 11:45",
        body="""Bonjour,

Notre réseau organise en février une mission d'échange entre structures d'accompagnement de jeunes au Maroc et en France. Pro'pulse accepterait-il d'accueillir une délégation d'une journée ?

Cordialement,
Le secrétariat""",
        truth=other(),
    )),
    # Cell: France titres RNCP × n/a × none — a training school's sales pitch to the team (not bulk)
    C("France titres RNCP", "n/a", "none", M(
        frm="Thomas Rey - Campus Formations <t.rey@campus-formations.example.com>",
        subject="Proposition de partenariat formation",
        date="13 14:00",
        body="""Bonjour,

Je suis responsable des partenariats d'une école qui prépare des titres RNCP niveau 6 en management de projets solidaires. Pourrions-nous convenir d'un échange pour présenter nos formations à vos équipes ?

Thomas Rey""",
        truth=other(),
    )),
    # Cell: Belgique × n/a × none — invoice from a room rental
    C("Belgique", "n/a", "none", M(
        frm="Comptabilité - Maison des associations <compta@maison-asso.example.org>",
        subject="Facture n° 2026-1187 - location de salle",
        date="14 08:30",
        body="""Bonjour,

Veuillez trouver ci-dessous le détail de la facture pour la location de la salle Jean Jaurès le 18 novembre : 120 € TTC, à régler sous 30 jours par virement.

Merci,
Service comptabilité""",
        truth=other(),
    )),
    # Cell: Côte d'Ivoire × n/a × none — journalist request
    C("Côte d'Ivoire", "n/a", "none", M(
        frm="Awa Coulibaly - Radio Diaspora <awa.coulibaly@radiodiaspora.example.org>",
        subject="Demande d'interview",
        date="15 10:50",
        body="""Bonjour,

Je prépare une émission sur l'insertion professionnelle des jeunes diplômés africains en France. Accepteriez-vous une interview de 15 minutes la semaine prochaine ?

Awa Coulibaly, journaliste""",
        truth=other(),
    )),
    # Cell: Italie × n/a × none — employer (cooperative) looking for volunteers? job offer
    C("Italie", "n/a", "none", M(
        frm="SCOP Le Fil Rouge <bonjour@lefilrouge-scop.example.coop>",
        subject="Offre : comptable junior",
        date="16 09:30",
        body="""Bonjour,

Notre SCOP de 25 salariés cherche un·e comptable junior (BTS ou DCG), CDI, Grenoble. L'italien serait un plus pour nos clients. Pouvez-vous diffuser ?

La gérance""",
        truth=other(),
    )),
    # Cell: France université × n/a × none — newsletter (university alumni)
    C("France université", "n/a", "none", M(
        frm="Réseau Alumni <newsletter@alumni.example.fr>",
        subject="La lettre des diplômés - décembre",
        date="17 06:00",
        headers={"List-Unsubscribe": "<https://alumni.example.fr/unsubscribe?u=2231>", "Precedence": "bulk"},
        body="""Chers diplômés,

Au programme : afterwork du 10 décembre, portraits d'anciens devenus entrepreneurs sociaux, offres d'emploi de la semaine.

Se désabonner : https://alumni.example.fr/unsubscribe""",
        truth=newsletter(),
    )),
    # Cell: Suisse × n/a × none — newsletter (Swiss ESS network)
    C("Suisse", "n/a", "none", M(
        frm="APRÈS-GE Infolettre <infolettre@apres.example.ch>",
        subject="Infolettre novembre : l'économie sociale à Genève",
        date="18 06:30",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@apres.example.ch>", "Precedence": "bulk"},
        body="""Bonjour,

Retour sur le Mois de l'ESS, agenda des formations, offres d'emploi du réseau.

Vous recevez cette infolettre en tant que membre. Désinscription : unsubscribe@apres.example.ch""",
        truth=newsletter(),
    )),
    # Cell: Québec × n/a × none — newsletter (job board digest)
    C("Québec", "n/a", "none", M(
        frm="Emplois Impact <alertes@emplois-impact.example.com>",
        subject="12 nouvelles offres dans l'économie sociale",
        date="19 07:00",
        headers={"List-Unsubscribe": "<https://emplois-impact.example.com/alertes/stop>", "Precedence": "bulk"},
        body="""Vos alertes du jour :
- Chargé·e de mission, coopérative d'habitants (Lyon)
- Animateur·rice, centre social (Rennes)
- Comptable, mutuelle (Niort)

Gérer mes alertes : https://emplois-impact.example.com/alertes/stop""",
        truth=newsletter(),
    )),
    # Cell: Sénégal × n/a × none — newsletter from a diaspora association (bulk)
    C("Sénégal", "n/a", "none", M(
        frm="Teranga Solidarité <info@teranga-solidarite.example.org>",
        subject="Les nouvelles de Teranga - n°18",
        date="20 06:45",
        headers={"List-Unsubscribe": "<https://teranga-solidarite.example.org/desabo>", "Precedence": "bulk"},
        body="""Chers amis,

Notre gala annuel aura lieu le 12 décembre. Retrouvez aussi le bilan de nos actions au Sénégal cette année.

Se désabonner : https://teranga-solidarite.example.org/desabo""",
        truth=newsletter(),
    )),
    # Cell: Allemagne × n/a × none — auto-reply in German
    C("Allemagne", "n/a", "none", M(
        frm="Lena Schneider <lena.schneider@example.de>",
        subject="Abwesenheitsnotiz: Votre candidature à Pro'pulse",
        date="21 08:05",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.11. nicht erreichbar.
Merci pour votre message, je suis absente jusqu'au 30/11.""",
        truth=auto_reply(),
    )),
    # Cell: Belgique × n/a × none — auto-reply
    C("Belgique", "n/a", "none", M(
        frm="Manon Delhaye <manon.delhaye@example.be>",
        subject="Réponse automatique : Votre candidature à Pro'pulse",
        date="21 14:30",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Bonjour, je suis en déplacement sans accès à mes courriels jusqu'au 28 novembre. Je vous répondrai dès mon retour.""",
        truth=auto_reply(),
    )),
    # Cell: Espagne × n/a × none — auto-reply in Spanish
    C("Espagne", "n/a", "none", M(
        frm="Pablo Martínez Ruiz <pablo.martinez@example.es>",
        subject="Respuesta automática: Votre candidature à Pro'pulse",
        date="22 09:10",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Gracias por su mensaje. Estaré fuera de la oficina hasta el 2 de diciembre.""",
        truth=auto_reply(),
    )),
    # Cell: Liban × n/a × none — auto-reply from an employer's role address
    C("Liban", "n/a", "none", M(
        frm="Contact - Association Cèdre <contact@cedre-asso.example.org>",
        subject="Accusé de réception",
        date="22 15:00",
        headers={"Auto-Submitted": "auto-generated"},
        body="""Nous avons bien reçu votre message et y répondrons dans les meilleurs délais. Ceci est un message automatique, merci de ne pas y répondre.""",
        truth=auto_reply(),
    )),
    # Cell: Maroc × n/a × none — reply in our thread: sends attestation
    C("Maroc", "n/a", "none", M(
        frm="Youssef Benali <youssef.benali@example.com>",
        subject="Re: Votre candidature à Pro'pulse",
        date="23 10:30",
        headers={"In-Reply-To": "<4410987.0118@animafac.net>", "References": "<4410987.0118@animafac.net>"},
        body="""Bonjour,

Je n'ai pas encore l'attestation ENIC-NARIC, mais je peux vous envoyer la traduction de ma licence. Est-ce suffisant pour l'entretien ?

Youssef

> Pourriez-vous nous transmettre une copie de votre diplôme ?""",
        truth=reply(),
    )),
    # Cell: Sénégal × n/a × none — reply in our thread: thanks
    C("Sénégal", "n/a", "none", M(
        frm="Aminata Ndiaye <aminata.ndiaye@example.sn>",
        subject="Re: Confirmation de votre entretien",
        date="23 16:40",
        headers={"In-Reply-To": "<3309871.0142@animafac.net>", "References": "<3309871.0142@animafac.net>"},
        body="""Merci beaucoup, c'est noté pour lundi 14h. À bientôt !

Aminata

> Votre entretien est confirmé le lundi 30 novembre à 14h.""",
        truth=reply(),
    )),
    # Cell: Allemagne × n/a × none — reply in our thread: reschedule
    C("Allemagne", "n/a", "none", M(
        frm="Felix Wagner <felix.wagner@example.de>",
        subject="AW: Votre candidature à Pro'pulse",
        date="24 09:20",
        headers={"In-Reply-To": "<2201874.0213@animafac.net>", "References": "<2201874.0213@animafac.net>"},
        body="""Bonjour,

Je suis désolé, je ne peux pas venir jeudi. Serait-il possible de décaler à la semaine suivante ?

Felix Wagner

> Nous vous proposons un entretien jeudi 3 décembre à 10h.""",
        truth=reply(),
    )),
    # Cell: Brésil × n/a × none — reply in our thread: withdrawal
    C("Brésil", "n/a", "none", M(
        frm="Ana Clara Souza <anaclara.souza@example.com.br>",
        subject="Re: Votre candidature à Pro'pulse",
        date="24 18:00",
        headers={"In-Reply-To": "<1190345.0401@animafac.net>", "References": "<1190345.0401@animafac.net>"},
        body="""Bonjour,

Je rentre finalement au Brésil en décembre, je retire ma candidature. Merci pour votre gentillesse !

Ana Clara

> Bonjour Ana Clara, merci pour votre candidature.""",
        truth=reply(),
    )),
    # Cell: Tunisie × n/a × none — bounce
    C("Tunisie", "n/a", "none", M(
        frm="Mail Delivery Subsystem <mailer-daemon@example.tn>",
        subject="Delivery Status Notification (Failure)",
        date="25 08:00",
        body="""Your message could not be delivered to oussama.trabelsi@example.com: mailbox full.""",
        bounce="""Reporting-MTA: dns; mx.example.tn

Final-Recipient: rfc822; oussama.trabelsi@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
        truth=bounce("oussama.trabelsi@example.com"),
    )),
    # Cell: Roumanie × n/a × none — question: can one apply twice
    C("Roumanie", "n/a", "none", M(
        frm="Vlad Georgescu <vlad.georgescu@example.ro>",
        subject="Deuxième candidature",
        date="25 12:15",
        body="""Bonjour, peut-on candidater une deuxième fois si l'on n'a pas été retenu à la session précédente ? Faut-il attendre un délai ?""",
        truth=question(),
    )),
    # Cell: Cameroun × n/a × none — employer (mutual health insurer)
    C("Cameroun", "n/a", "none", M(
        frm="Mutuelle Santé Solidaire <emploi@mss.example.org>",
        subject="Recrutement : conseiller·ère mutualiste",
        date="25 15:30",
        body="""Bonjour,

Nous recrutons trois conseiller·ères mutualistes en CDI à Lille, bac+2 minimum, débutant·es accepté·es. Merci de transmettre l'offre à vos participant·es.

Service recrutement""",
        truth=other(),
    )),
]
