# ruff: noqa: E501
"""Batch 5: everything in the inbox that is not a first application — questions, replies in our threads,
automatic answers, bounces, newsletters, partners and employers — plus a few last half-told applications.
Each from its persona card (the comment above the mail)."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Card: anonymous-ish question: someone asks the age limit, nothing about themselves.
    M(
        frm="Léa B. <lea.b.78@example.com>",
        subject="Limite d'âge ?",
        date="02 12:00",
        body="""Bonjour, y a-t-il une limite d'âge pour participer à Pro'pulse ? Et le programme est-il payant ? Merci""",
        truth=question(),
    ),
    # Card: question on remote participation from overseas, no personal facts.
    M(
        frm="Tiana Rakoto <tiana.rakoto@example.net>",
        subject="Programme à distance ?",
        date="03 07:30",
        body="""Bonjour,

Est-ce que les ateliers de Pro'pulse peuvent se suivre à distance, par exemple depuis La Réunion ou la Guadeloupe ? Et combien de temps dure l'accompagnement ?

Bonne journée""",
        truth=question(),
    ),
    # Card: English question about whether non-EU diplomas are accepted, no facts about the writer.
    M(
        frm="Kwame Mensah <kwame.mensah@example.org>",
        subject="Question about foreign degrees",
        date="04 18:20",
        body="""Hello,

Does Pro'pulse accept people whose degree was obtained outside the European Union? And are the sessions only in French?

Thank you""",
        truth=question(language="en"),
    ),
    # Card: question about dates of the next cohort and deadline.
    M(
        frm="m.durand.pro@example.com",
        subject="prochaine session",
        date="06 13:10",
        body="""Bonjour, quand commence la prochaine promo et jusqu'à quand peut-on s'inscrire ? Cordialement""",
        truth=question(),
    ),
    # Card: question on whether one can work part-time during the programme, hypothetical («si on a un job»).
    M(
        frm="Anissa <anissa.l@example.net>",
        subject="Question",
        date="08 20:45",
        body="""Bonsoir, est-ce qu'on peut suivre le programme si on a un petit boulot à côté ? Les ateliers ont lieu en journée ? Merci d'avance""",
        truth=question(),
    ),
    # Card: English question: what the programme costs and who funds it.
    M(
        frm="Emily Clarke <emily.clarke@example.com>",
        subject="Costs",
        date="10 09:40",
        body="""Hi there, is Pro'pulse free for participants? Who funds it? Thanks, Emily""",
        truth=question(language="en"),
    ),
    # Card: question about documents to send, with no facts.
    M(
        frm="Yohan <yohan.b@example.org>",
        subject="Pièces à fournir",
        date="12 11:15",
        body="""Bonjour,
Quels documents faut-il envoyer pour candidater (CV, lettre, copie du diplôme) ?
Merci""",
        truth=question(),
    ),
    # Card: applicant replies in our thread with the missing diploma date (a reply, not a new application).
    M(
        frm="Samuel Okafor <samuel.okafor@example.org>",
        subject="Re: Votre candidature à Pro'pulse",
        date="05 09:00",
        body="""Bonjour,

Pour répondre à votre question : ma licence pro a été délivrée en juin 2026.

Samuel

Le 04/11/2026 à 18:02, Pro'pulse a écrit :
> Bonjour Samuel,
> Merci pour votre message. Pourriez-vous nous préciser la date d'obtention de votre diplôme ?
> L'équipe Pro'pulse""",
        headers={"In-Reply-To": "<draft-2031.20261104@animafac.net>", "References": "<draft-2031.20261104@animafac.net>"},
        truth=reply(),
    ),
    # Card: participant chooses an interview slot in our thread.
    M(
        frm="Awa Diarra <awa.diarra@example.com>",
        subject="RE: Pro'pulse - entretien",
        date="09 17:25",
        body="""bonjour le créneau 2 (jeudi 14h) me va tres bien
merci
awa""",
        headers={"In-Reply-To": "<slots-77.20261108@animafac.net>", "References": "<case-301.20261103@animafac.net> <slots-77.20261108@animafac.net>"},
        truth=reply(),
    ),
    # Card: applicant replies to say she found a job and withdraws.
    M(
        frm="Pauline Delattre <pauline.delattre@example.com>",
        subject="Re: Pro'pulse : ma candidature",
        date="18 08:10",
        body="""Bonjour,

Bonne nouvelle : j'ai été recrutée par un tiers-lieu à Roubaix ! Je retire donc ma candidature. Merci pour votre réactivité.

Pauline""",
        headers={"In-Reply-To": "<case-318.20261105@animafac.net>", "References": "<case-318.20261105@animafac.net>"},
        truth=reply(),
    ),
    # Card: English reply: applicant sends the requested phone number.
    M(
        frm="Aisha Bello <aisha.bello@example.com>",
        subject="Re: Your application to Pro'pulse",
        date="11 10:50",
        body="""Hello, sure — you can call me on 07 69 13 58 24 any weekday morning. Best, Aisha

On Tue, 10 Nov 2026, Pro'pulse wrote:
> Could you give us a phone number so that we can arrange a call?""",
        headers={"In-Reply-To": "<case-322.20261110@animafac.net>", "References": "<case-322.20261110@animafac.net>"},
        truth=reply(),
    ),
    # Card: participant answers a reminder: can't come to the workshop.
    M(
        frm="Karim Benali <karim.benali@example.org>",
        subject="Re: Rappel – atelier CV jeudi",
        date="19 07:45",
        body="""Bonjour, je ne pourrai pas venir jeudi, je suis de service à la MECS. Est-ce qu'il y aura une autre date ? Karim""",
        headers={"In-Reply-To": "<reminder-58.20261118@animafac.net>", "References": "<reminder-58.20261118@animafac.net>"},
        truth=reply(),
    ),
    # Card: applicant replies with the CV we asked for (attachment), in our thread.
    M(
        frm="Romane Petit <romane.petit@example.com>",
        subject="Re: Pro'pulse",
        date="10 21:05",
        body="""Voici mon CV comme demandé.
Romane""",
        cv=CV("pdf", "CV_Romane_Petit.pdf", """Romane Petit
06 18 95 40 72
BTS Gestion et protection de la nature - juin 2025
Animatrice nature (saisonnière) 2025-2026"""),
        headers={"In-Reply-To": "<case-309.20261109@animafac.net>", "References": "<case-309.20261109@animafac.net>"},
        truth=reply(),
    ),
    # Card: out-of-office of an adviser in French.
    M(
        frm="Stéphanie Roux <s.roux@ml-saintdenis.example.org>",
        subject="Absence du bureau : Re: Awa - programme Pro'pulse",
        date="03 08:00",
        body="""Bonjour,

Je suis absente jusqu'au 9 novembre inclus. Pour toute urgence, merci de contacter l'accueil de la Mission Locale au 01 00 00 00 00.

Stéphanie Roux""",
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # Card: English automatic reply from an applicant's university mailbox.
    M(
        frm="Priya Raman <priya.raman@example.org>",
        subject="Automatic reply: Re: Your application",
        date="13 12:00",
        body="""Thank you for your email. I am away with limited access to email until 20 November. I will reply as soon as possible.""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        truth=auto_reply(),
    ),
    # Card: ticketing system acknowledgement from a partner organisation.
    M(
        frm="Support France Travail <ne-pas-repondre@francetravail.example.net>",
        subject="[Ticket #48213] Accusé de réception",
        date="14 09:02",
        body="""Votre demande a bien été enregistrée sous le numéro 48213. Un conseiller vous répondra dans les meilleurs délais. Merci de ne pas répondre à ce message.""",
        headers={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
        truth=auto_reply(),
    ),
    # Card: vacation responder with no Auto-Submitted header, only X-Autoreply and the subject.
    M(
        frm="Baptiste Renaud <baptiste.renaud@example.org>",
        subject="Réponse automatique : Pro'pulse - entretien",
        date="20 18:30",
        body="""Bonjour, je suis en déplacement sans accès à mes mails jusqu'au 23/11. Je vous répondrai à mon retour. Baptiste""",
        headers={"X-Autoreply": "yes"},
        truth=auto_reply(),
    ),
    # Card: bounce from Postfix for a misspelled applicant address.
    M(
        frm="MAILER-DAEMON@mail.example.net (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        date="06 11:02",
        body="""This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<noemie.fauvell@example.net>: host mx.example.net said: 550 5.1.1 User unknown""",
        bounce="""Reporting-MTA: dns; mail.example.net
Arrival-Date: Fri,  6 Nov 2026 11:01:58 +0100

Final-Recipient: rfc822; noemie.fauvell@example.net
Original-Recipient: rfc822;noemie.fauvell@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <noemie.fauvell@example.net>: Recipient address rejected: User unknown""",
        truth=bounce("noemie.fauvell@example.net"),
    ),
    # Card: bounce in French from an Exchange server (mailbox full).
    M(
        frm="postmaster@example.org",
        subject="Non remis : Votre candidature à Pro'pulse",
        date="15 16:40",
        body="""Votre message n'a pas pu être remis à certains destinataires.

Le message n'a pas pu être remis à jade.morel@example.org car la boîte aux lettres est pleine.""",
        bounce="""Reporting-MTA: dns; exch01.example.org

Final-Recipient: rfc822; jade.morel@example.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
        truth=bounce("jade.morel@example.org"),
    ),
    # Card: bounce for an adviser's address that no longer exists.
    M(
        frm="Mail Delivery Subsystem <mailer-daemon@example.com>",
        subject="Delivery Status Notification (Failure)",
        date="21 10:15",
        body="""Address not found. Your message wasn't delivered to n.ferhat@ml-valdegaronne.example.com because the address couldn't be found.""",
        bounce="""Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; n.ferhat@ml-valdegaronne.example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 No such user""",
        truth=bounce("n.ferhat@ml-valdegaronne.example.com"),
    ),
    # Card: newsletter of a regional ESS chamber, with job offers inside (words like «recrute», «candidature»).
    M(
        frm="CRESS Bretagne <lettre@cress-bretagne.example.org>",
        subject="La lettre de l'ESS – novembre : 12 offres d'emploi, agenda, appels à projets",
        date="05 07:00",
        body="""La lettre de l'ESS en Bretagne – novembre 2026

OFFRES D'EMPLOI
- Une SCIC de Rennes recrute un·e chargé·e de développement (CDI). Candidature avant le 30/11.
- Une association d'insertion de Brest cherche un·e encadrant·e technique.

AGENDA
- Mois de l'ESS : plus de 80 événements en Bretagne.

Vous recevez cette lettre car vous êtes abonné·e. Se désinscrire : https://cress-bretagne.example.org/desinscription""",
        headers={"List-Unsubscribe": "<https://cress-bretagne.example.org/desinscription?id=5521>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Card: job board alert (HTML) with many offers.
    M(
        frm="Alertes emploi solidaire <alertes@emploi-solidaire.example.com>",
        subject="5 nouvelles offres correspondent à votre alerte « coordinateur association »",
        date="09 06:30",
        body="""5 nouvelles offres pour vous
Coordinateur·rice de projets – Association Les Petits Pas – Lyon
Chargé·e d'accompagnement – Chantier d'insertion – Villeurbanne
Voir toutes les offres
Modifier mon alerte | Se désabonner""",
        html="only",
        body_html="""<html><body><h2>5 nouvelles offres pour vous</h2><table><tr><td><a href="https://emploi-solidaire.example.com/o/1">Coordinateur·rice de projets</a></td><td>Association Les Petits Pas – Lyon</td></tr><tr><td><a href="https://emploi-solidaire.example.com/o/2">Chargé·e d'accompagnement</a></td><td>Chantier d'insertion – Villeurbanne</td></tr></table><p><a href="https://emploi-solidaire.example.com/o">Voir toutes les offres</a></p><p style="font-size:10px"><a href="https://emploi-solidaire.example.com/alerte">Modifier mon alerte</a> | <a href="https://emploi-solidaire.example.com/unsub">Se désabonner</a></p></body></html>""",
        headers={"List-Unsubscribe": "<https://emploi-solidaire.example.com/unsub?u=88>", "List-Id": "<alertes.emploi-solidaire.example.com>"},
        truth=newsletter(),
    ),
    # Card: English newsletter from a European network.
    M(
        frm="Social Economy Europe <news@socialeconomy.example.eu>",
        subject="Social Economy News – November 2026",
        date="12 08:00",
        body="""Social Economy News – November 2026

- The European Action Plan: mid-term review published
- Call for proposals: youth employment in social enterprises (deadline 15 January)

You are receiving this email because you subscribed. Unsubscribe: https://socialeconomy.example.eu/unsubscribe""",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@socialeconomy.example.eu>", "Precedence": "list"},
        truth=newsletter(),
    ),
    # Card: university newsletter for alumni.
    M(
        frm="Alumni Université de Nantes <alumni@univ-nantes.example.org>",
        subject="Alumni – Forum emploi ESS du 3 décembre",
        date="16 10:00",
        body="""Chers alumni,

Le forum emploi « Travailler dans l'ESS » aura lieu le 3 décembre. Venez rencontrer 40 employeurs : associations, coopératives, mutuelles. Inscription obligatoire.

Pour ne plus recevoir nos messages : https://alumni.univ-nantes.example.org/desabonnement""",
        headers={"List-Unsubscribe": "<https://alumni.univ-nantes.example.org/desabonnement?m=31>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Card: an employer (association) writes to share a job offer for the participants — has job words.
    M(
        frm="Claire Dumont <recrutement@lespetitspas.example.org>",
        subject="Offre d'emploi pour vos participant·es : coordinateur·rice de projets (CDI)",
        date="07 14:20",
        body="""Bonjour,

L'association Les Petits Pas recrute un·e coordinateur·rice de projets en CDI à Lyon (bac+3 minimum, première expérience bienvenue). Nous pensons que ce poste pourrait intéresser des jeunes diplômé·es de Pro'pulse. La fiche de poste est en pièce jointe ; candidatures à recrutement@lespetitspas.example.org avant le 15 décembre.

Bien cordialement,
Claire Dumont, directrice""",
        truth=other(),
    ),
    # Card: a school asks for a partnership (présentation du programme to their students) — no applicant.
    M(
        frm="Marc Olivier <m.olivier@lycee-jean-moulin.example.fr>",
        subject="Intervention auprès de nos BTS",
        date="08 10:05",
        body="""Bonjour,

Je suis enseignant en BTS SP3S au lycée Jean-Moulin. Seriez-vous disponibles pour présenter Pro'pulse à nos étudiants de deuxième année au printemps ? Ils seront diplômés en juin et beaucoup souhaitent travailler dans l'associatif.

Marc Olivier""",
        truth=other(),
    ),
    # Card: a journalist asks for an interview about youth employment in the ESS.
    M(
        frm="Nora Belaïd <n.belaid@media-solidaire.example.com>",
        subject="Demande d'interview – jeunes diplômés et ESS",
        date="11 16:30",
        body="""Bonjour,

Je prépare un article sur l'insertion des jeunes diplômés dans l'ESS et j'aimerais interviewer la coordinatrice de Pro'pulse, et si possible deux ou trois participant·es. Seriez-vous disponibles la semaine prochaine ?

Nora Belaïd, journaliste""",
        truth=other(),
    ),
    # Card: vendor spam selling CV-screening software.
    M(
        frm="Julien from HireFast <julien@hirefast.example.com>",
        subject="Triez 500 candidatures en 5 minutes",
        date="13 09:15",
        body="""Bonjour,

Vous recevez beaucoup de candidatures ? HireFast analyse automatiquement les CV et vous propose les meilleurs profils. Réservez une démo de 15 minutes : https://hirefast.example.com/demo

Julien, Account Executive""",
        truth=other(),
    ),
    # Card: a funder (fondation) asks for the programme's yearly figures.
    M(
        frm="Fondation Avenir Solidaire <programmes@fondation-avenir.example.org>",
        subject="Bilan annuel – convention 2026",
        date="17 11:40",
        body="""Bonjour,

Dans le cadre de notre convention de soutien, pourriez-vous nous transmettre avant le 15 décembre le nombre de jeunes accompagnés en 2026 et leur taux d'accès à l'emploi ?

Merci,
Le pôle programmes""",
        truth=other(),
    ),
    # Card: a former participant (2024 cohort) writes news and offers to mentor — not an application.
    M(
        frm="Amélie Roussel <amelie.roussel@example.com>",
        subject="Des nouvelles d'une ancienne de la promo 2024",
        date="19 13:20",
        body="""Bonjour à toute l'équipe !

Je voulais vous dire que je viens d'être titularisée comme coordinatrice dans la SCOP où j'étais entrée après Pro'pulse. Si vous cherchez des marraines pour la prochaine promo, je suis partante !

Amélie Roussel""",
        truth=other(),
    ),
    # Card: an Animafac colleague asks about room booking for the workshop.
    M(
        frm="Thomas Vial <t.vial@animafac.net>",
        subject="Salle pour l'atelier du 3/12",
        date="20 09:00",
        body="""Salut, la grande salle est prise le 3 décembre, on peut vous proposer la salle du 2e étage (20 places). Ça vous va ? Thomas""",
        truth=other(),
    ),
    # Card: a Mission Locale adviser asks for brochures for her team, no young person named.
    M(
        frm="Sylvie Martin <s.martin@missionlocale-lens.example.org>",
        subject="Plaquettes Pro'pulse",
        date="22 10:25",
        body="""Bonjour,

Pourriez-vous nous envoyer une vingtaine de plaquettes de présentation de Pro'pulse pour notre accueil ? Plusieurs jeunes diplômés que nous suivons pourraient être intéressés.

Sylvie Martin, Mission Locale de Lens-Liévin""",
        truth=other(),
    ),
    # Card: a company (not ESS) offers internships to «vos jeunes» — employer mail with «stage» words.
    M(
        frm="RH Groupe Dalmat <rh@dalmat.example.com>",
        subject="Stages et alternances disponibles",
        date="23 15:10",
        body="""Bonjour,

Le groupe Dalmat propose 15 stages et 10 contrats d'alternance pour 2027 dans ses services RSE et achats. N'hésitez pas à relayer auprès de vos jeunes.

Service RH""",
        truth=other(),
    ),
    # Card: Paloma, 24, English-Spanish: «grado» (debatable level) 2025 (June), seeks NGO. Level "*".
    M(
        frm="Paloma Ruiz <paloma.ruiz@example.net>",
        subject="Application Pro'pulse",
        date="21 19:30",
        body="""Hi,

I have a grado en Trabajo Social from the Universidad de Granada (June 2025). I live in Montpellier now and I'm applying to social-economy associations and NGOs for a first job.

Paloma Ruiz
07 43 26 81 59""",
        truth=app("Paloma", "Ruiz", phone="+33743268159", bac="*", grad="2025-06", language="en", status="en_grado"),
    ),
    # Card: Gaëlle, licence 2026, she «fait actuellement une mission» — of what? Not said (could be interim
    # or volunteering). Seeks ESS. A mission of unknown type → to_verify on service civique.
    M(
        frm="Gaëlle Prigent <gaelle.prigent@example.com>",
        subject="candidature",
        date="23 09:45",
        body="""Bonjour,

Licence de géographie obtenue en juin 2026. Je suis actuellement en mission jusqu'en février dans une association environnementale, et je cherche la suite : un poste de chargée de sensibilisation dans une asso.

Gaëlle Prigent
06 18 52 73 40""",
        truth=app("Gaëlle", "Prigent", phone="+33618527340", bac=3, grad="2026-06", unknown=("not_service_civique",), status="mission_unknown_type"),
    ),
    # Card: Wassim, 25, only subject + phone in body; subject says diploma but no date, and ESS aim.
    M(
        frm="Wassim Amrani <wassim.amrani@example.org>",
        subject="Licence pro + recherche emploi en association",
        date="24 12:15",
        body="""06 29 84 17 53
Wassim Amrani""",
        truth=app("Wassim", "Amrani", phone="+33629841753", bac=3, grad=None, unknown=("graduation_recent",), info_in="subject", status="subject_no_date"),
    ),
    # Card: Cassandra, CV-only PDF; the CV has no objective line, no ESS; BTS 2025 (juin). → job unknown.
    M(
        frm="Cassandra Lopes <cassandra.lopes@example.net>",
        subject="CV Cassandra Lopes",
        date="24 17:00",
        body="""""",
        cv=CV("pdf", "CV-Cassandra-Lopes.pdf", """Cassandra Lopes
07 81 64 29 35 | cassandra.lopes@example.net
Formation
BTS Support à l'action managériale - juin 2025
Expérience
Assistante administrative (intérim), 2025-2026
Langues : anglais, portugais"""),
        truth=app("Cassandra", "Lopes", phone="+33781642935", bac=2, grad="2025-06", unknown=("job_seeking_ess",), info_in="cv", status="cv_no_objective"),
    ),
    # Card: Florent, «je suis toujours inscrit à la fac» to keep student status though he finished his master
    # in June 2026 — ambiguous studying status → to_verify studies_finished.
    M(
        frm="Florent Girard <florent.girard@example.com>",
        subject="Pro'pulse - candidature",
        date="25 10:30",
        body="""Bonjour,

Master 2 en ingénierie de la concertation obtenu en juin 2026. Je suis toujours inscrit à la fac cette année (un DU en ligne, surtout pour garder le statut étudiant). Je cherche un poste de chargé de concertation dans une association ou une SCOP d'urbanisme.

Florent Girard
06 74 30 58 21""",
        truth=app("Florent", "Girard", phone="+33674305821", bac=5, grad="2026-06", unknown=("studies_finished",), status="du_en_ligne_statut"),
    ),
    # Card: Sandrine, 41, writes for herself; no diploma date; «après 15 ans comme aide-soignante» → career
    # change; wants ESS.
    M(
        frm="Sandrine Morel <sandrine.morel@example.org>",
        subject="reconversion - possible ?",
        date="25 14:55",
        body="""Bonjour,

Aide-soignante depuis 15 ans, je viens d'obtenir le DEES par la VAE (octobre 2026) et je veux devenir éducatrice dans une association de protection de l'enfance. Est-ce que Pro'pulse est pour moi ?

Sandrine Morel
06 31 47 92 58""",
        truth=app("Sandrine", "Morel", phone="+33631479258", bac=3, grad="2026-10", failing=("not_career_change",), status="vae_career_change"),
    ),
]
