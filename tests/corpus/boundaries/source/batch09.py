# ruff: noqa: E501
"""Batch 9 — the kind boundary, its far side: questions with no personal fact, employers (one of them a recent
graduate herself) and partners, a partner's newsletter beside a referral, replies in our threads (one full
of personal facts), auto-replies (two quoting an application), bounces."""

from boundaries import B
from kit import M, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Boundary: kind — outside — a question on the date rule, no personal fact
    B("kind", "outside", M(
        frm="Amélie Durand <amelie.durand@example.org>",
        subject="Date du diplôme",
        date="02 08:30",
        body="""Bonjour,

Pour la règle des deux ans, est-ce la date du jury qui compte ou celle de la remise du diplôme ? Et si le jury a eu lieu il y a exactement deux ans ?

Merci""",
        truth=question(),
    )),
    # Boundary: kind — outside — a question on stages, no personal fact
    B("kind", "outside", M(
        frm="Hugo Vasseur <hugo.vasseur@example.net>",
        subject="stage",
        date="03 21:15",
        body="""bonsoir, est ce qu on peut s inscrire si on a un stage qui commence le mois prochain ? merci""",
        truth=question(),
    )),
    # Boundary: kind — outside — a question on career changes, no personal fact
    B("kind", "outside", M(
        frm="Christine Martin <christine.martin@example.com>",
        subject="Reconversion ?",
        date="04 11:40",
        body="""Bonjour,

Les personnes en reconversion professionnelle peuvent-elles bénéficier de Pro'pulse, ou est-ce réservé aux jeunes diplômés qui n'ont jamais travaillé ?

Cordialement""",
        truth=question(),
    )),
    # Boundary: kind — outside — a question on the ESS, no personal fact
    B("kind", "outside", M(
        frm="Paul Girard <paul.girard@example.org>",
        subject="Entreprises à mission",
        date="05 15:05",
        body="""Bonjour, une entreprise à mission fait-elle partie de l'économie sociale et solidaire au sens de votre programme ? Merci de votre réponse.""",
        truth=question(),
    )),
    # Boundary: kind — outside — a question on the level, no personal fact, English
    B("kind", "outside", M(
        frm="Mia Johansson <mia.johansson@example.com>",
        subject="Minimum level",
        date="06 10:20",
        body="""Hello, what is the minimum level of study for Pro'pulse? Does a two-year degree count? Thank you.""",
        truth=question(),
    )),
    # Boundary: kind — outside — a question on theses, no personal fact
    B("kind", "outside", M(
        frm="Laurent Fleury <laurent.fleury@example.net>",
        subject="Docteurs",
        date="07 09:45",
        body="""Bonjour,

Les docteurs qui viennent de soutenir leur thèse sont-ils concernés par Pro'pulse ? Et les doctorants en dernière année ?

Bien cordialement,
Laurent Fleury""",
        truth=question(),
    )),
    # Boundary: kind — outside — a question on service civique, no personal fact
    B("kind", "outside", M(
        frm="Aurélie Chevallier <aurelie.chevallier@example.com>",
        subject="Service civique",
        date="08 16:30",
        body="""Bonjour, un volontaire dont le service civique se termine dans un mois peut-il candidater dès maintenant ? Merci.""",
        truth=question(),
    )),
    # Boundary: kind — outside — a question on the place of the programme
    B("kind", "outside", M(
        frm="Damien Roux <damien.roux@example.org>",
        subject="Lieu",
        date="09 12:10",
        body="""Bonjour, l'accompagnement a-t-il lieu seulement à Paris ou aussi en région ? Cordialement.""",
        truth=question(),
    )),
    # Boundary: kind — outside — a journalist's request for figures and an interview (labelled a question at first, corrected to other after scoring, as journalists are in holdout, fresh and abroad)
    B("kind", "outside", M(
        frm="Léa Sorel <lea.sorel@journal-local.example.fr>",
        subject="Demande d'interview",
        date="10 14:50",
        body="""Bonjour,

Je prépare un article sur l'insertion des jeunes diplômés dans l'ESS. Combien de personnes accompagnez-vous chaque année, et quel est le taux d'accès à l'emploi ?

Léa Sorel, journaliste""",
        truth=other(),
    )),
    # Boundary: kind — outside — a question on age
    B("kind", "outside", M(
        frm="Véronique Petit <veronique.petit@example.net>",
        subject="Limite d'âge",
        date="11 10:00",
        body="""Bonjour, y a-t-il une limite d'âge pour entrer dans Pro'pulse ? Merci d'avance.""",
        truth=question(),
    )),
    # Boundary: kind — outside — an employer who is also a recent graduate, offering a job
    B("kind", "outside", M(
        frm="Justine Morel - Coop'Vélo <justine@coopvelo.example.org>",
        subject="Offre d'emploi : mécanicien·ne vélo solidaire",
        date="02 10:45",
        body="""Bonjour,

Diplômée moi-même d'un master ESS en 2025, j'ai cofondé Coop'Vélo, une SCIC d'ateliers vélo solidaires. Nous recrutons un·e animateur·rice d'atelier en CDI. Pourriez-vous transmettre l'offre aux participant·es de Pro'pulse ?

Justine Morel, cogérante""",
        truth=other(),
    )),
    # Boundary: kind — outside — an employer who says where he graduated, offering a job
    B("kind", "outside", M(
        frm="Samir Belkadi <recrutement@epicerie-solidaire.example.net>",
        subject="Recrutement : coordinateur·rice d'épicerie solidaire",
        date="04 09:15",
        body="""Bonjour,

Ancien de votre programme (promo 2024) et aujourd'hui directeur d'une épicerie solidaire à Rennes, je recrute un·e coordinateur·rice (CDD de 12 mois, bac+2 minimum). Pouvez-vous relayer ?

Samir Belkadi""",
        truth=other(),
    )),
    # Boundary: kind — outside — a partner proposing a workshop
    B("kind", "outside", M(
        frm="Réseau des ressourceries <contact@ressourceries.example.org>",
        subject="Proposition d'atelier commun",
        date="05 11:30",
        body="""Bonjour,

Le réseau des ressourceries d'Occitanie aimerait organiser avec vous un atelier de découverte des métiers du réemploi pour vos participant·es, en février. Seriez-vous disponibles pour en parler ?

L'équipe du réseau""",
        truth=other(),
    )),
    # Boundary: kind — outside — a funder asking for a report
    B("kind", "outside", M(
        frm="Fondation Horizon Solidaire <programmes@fondation-horizon.example.org>",
        subject="Bilan intermédiaire de la subvention",
        date="06 15:40",
        body="""Bonjour,

Nous vous rappelons que le bilan intermédiaire de la subvention 2026 est attendu pour le 15 décembre. Le modèle est disponible sur notre plateforme.

Le service des programmes""",
        truth=other(),
    )),
    # Boundary: kind — outside — an employer asking for candidates' CVs
    B("kind", "outside", M(
        frm="Mutuelle des Cévennes <rh@mutuelle-cevennes.example.fr>",
        subject="Recherche de profils",
        date="07 10:35",
        body="""Bonjour,

Nous cherchons deux gestionnaires de prestations (bac+2, débutants acceptés) pour janvier. Auriez-vous des profils de jeunes diplômés à nous proposer ?

Service des ressources humaines""",
        truth=other(),
    )),
    # Boundary: kind — outside — an invoice from a supplier
    B("kind", "outside", M(
        frm="Imprimerie Coopérative <facturation@imprimerie-coop.example.com>",
        subject="Facture n° 2026-1187",
        date="09 08:10",
        body="""Bonjour,

Veuillez trouver le détail de la facture n° 2026-1187 pour l'impression des plaquettes Pro'pulse (500 exemplaires). Règlement à 30 jours.

Le service comptable""",
        truth=other(),
    )),
    # Boundary: kind — outside — a room booking confirmation
    B("kind", "outside", M(
        frm="Maison des associations <reservations@mda-lyon.example.org>",
        subject="Confirmation de réservation - salle 3",
        date="10 17:00",
        body="""Bonjour,

Votre réservation de la salle 3 pour le jeudi 10 décembre de 14 h à 17 h est confirmée.

La Maison des associations""",
        truth=other(),
    )),
    # Boundary: kind — outside — a school asking for a presentation
    B("kind", "outside", M(
        frm="IUT de Bayonne - Relations entreprises <relations@iut-bayonne.example.fr>",
        subject="Présentation de Pro'pulse à nos étudiants",
        date="12 09:25",
        body="""Bonjour,

Nous aimerions que Pro'pulse soit présenté à nos étudiants de BUT Carrières sociales en mars, lors de la journée des métiers. Seriez-vous disponibles ?

Le service relations entreprises""",
        truth=other(),
    )),
    # Boundary: kind — outside — a spam selling leads
    B("kind", "outside", M(
        frm="Growth Leads <offers@growthleads.example.com>",
        subject="10 000 contacts qualifiés pour votre association",
        date="13 06:05",
        body="""Bonjour,

Boostez vos recrutements avec notre base de 10 000 contacts qualifiés ! Offre spéciale associations : -30 % jusqu'à vendredi.

L'équipe Growth Leads""",
        truth=other(),
    )),
    # Boundary: kind — outside — a volunteer offering her help as a mentor
    B("kind", "outside", M(
        frm="Martine Lacroix <martine.lacroix@example.org>",
        subject="Devenir marraine",
        date="14 11:00",
        body="""Bonjour,

Retraitée de la direction d'une grande association, je serais heureuse de parrainer un ou deux jeunes de votre programme. Comment faire ?

Martine Lacroix""",
        truth=other(),
    )),
    # Boundary: kind — outside — a partner's newsletter (beside a referral by the same kind of partner)
    B("kind", "outside", M(
        frm="Lettre de la Mission Locale de Valence <lettre@ml-valence.example.org>",
        subject="La lettre de novembre : nos jeunes, nos partenaires",
        date="02 07:00",
        headers={"List-Unsubscribe": "<https://ml-valence.example.org/desinscription>", "Precedence": "bulk"},
        body="""La lettre de la Mission Locale — novembre 2026

À la une : nos partenaires de l'ESS, dont Pro'pulse, accueillent les jeunes diplômés. Orientez vers eux les jeunes que vous suivez !
Agenda : forum emploi le 4 décembre.

Se désinscrire : https://ml-valence.example.org/desinscription""",
        truth=newsletter(),
    )),
    # Boundary: kind — outside — a newsletter of an ESS network
    B("kind", "outside", M(
        frm="ESS Hebdo <newsletter@ess-hebdo.example.org>",
        subject="ESS Hebdo n° 212 : les offres de la semaine",
        date="05 07:30",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@ess-hebdo.example.org>", "Precedence": "bulk"},
        body="""ESS Hebdo n° 212

12 offres d'emploi dans l'ESS cette semaine, dont 5 ouvertes aux jeunes diplômés.
Dossier : les SCIC en 2026.

Vous recevez ce mail car vous êtes abonné. Se désabonner : unsubscribe@ess-hebdo.example.org""",
        truth=newsletter(),
    )),
    # Boundary: kind — outside — a university's alumni newsletter
    B("kind", "outside", M(
        frm="Alumni Université de Nantes <alumni@univ-nantes.example.fr>",
        subject="Alumni : le mois de novembre",
        date="08 08:00",
        headers={"List-Unsubscribe": "<https://alumni.univ-nantes.example.fr/unsub>", "Precedence": "list"},
        body="""Chers diplômés,

Retrouvez ce mois-ci le portrait d'une diplômée de 2024 devenue directrice d'une coopérative, et les offres du réseau.

Se désinscrire : https://alumni.univ-nantes.example.fr/unsub""",
        truth=newsletter(),
    )),
    # Boundary: kind — outside — an English newsletter of a European network
    B("kind", "outside", M(
        frm="Social Economy Europe Digest <digest@socialeconomy-digest.example.eu>",
        subject="Weekly digest: youth employment in the social economy",
        date="11 07:15",
        headers={"List-Unsubscribe": "<https://socialeconomy-digest.example.eu/unsubscribe>", "Precedence": "bulk"},
        body="""This week: three new calls for youth employment projects, and an interview with a French cooperative.

You are receiving this digest because you subscribed. Unsubscribe: https://socialeconomy-digest.example.eu/unsubscribe""",
        truth=newsletter(),
    )),
    # Boundary: kind — outside — a job board's alert
    B("kind", "outside", M(
        frm="Alerte emploi <alertes@emplois-solidaires.example.com>",
        subject="Votre alerte : 8 nouvelles offres",
        date="14 06:45",
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.com/alertes/stop>", "Precedence": "bulk"},
        body="""8 nouvelles offres correspondent à votre alerte « chargé de mission ESS ».

Gérer mes alertes : https://emplois-solidaires.example.com/alertes""",
        truth=newsletter(),
    )),
    # Boundary: kind — outside — a newsletter of a federation
    B("kind", "outside", M(
        frm="Fédération des centres sociaux <infos@centres-sociaux.example.org>",
        subject="Infos fédé - décembre",
        date="17 07:20",
        headers={"List-Unsubscribe": "<https://centres-sociaux.example.org/lettre/stop>", "Precedence": "bulk"},
        body="""Les infos de la fédé

Formation des bénévoles, assemblée générale du 12 décembre, et nos partenaires pour l'emploi des jeunes.

Se désinscrire : https://centres-sociaux.example.org/lettre/stop""",
        truth=newsletter(),
    )),
    # Boundary: kind — outside — a funder's newsletter
    B("kind", "outside", M(
        frm="Fondation Horizon Solidaire <lettre@fondation-horizon.example.org>",
        subject="Horizon, la lettre : appels à projets 2027",
        date="20 07:05",
        headers={"List-Unsubscribe": "<https://fondation-horizon.example.org/lettre/desabonnement>", "Precedence": "bulk"},
        body="""Appels à projets 2027 : inclusion, transition écologique, emploi des jeunes. Dépôt avant le 31 janvier.

Se désabonner : https://fondation-horizon.example.org/lettre/desabonnement""",
        truth=newsletter(),
    )),
    # Boundary: kind — outside — an auto-reply quoting the application its writer sent us
    B("kind", "outside", M(
        frm="Chloé Marchand <chloe.marchand@example.org>",
        subject="Réponse automatique : Re: Votre candidature à Pro'pulse",
        date="03 09:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Bonjour, je suis absente jusqu'au 10 novembre et je lirai votre message à mon retour.

----- Message d'origine -----
> Bonjour, j'ai obtenu ma licence de sociologie en juin 2026 et je cherche un emploi dans une association. Chloé Marchand""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — an auto-reply quoting an adviser's referral
    B("kind", "outside", M(
        frm="Sophie Delorme <s.delorme@ml-valence.example.org>",
        subject="Absence du bureau : Orientation vers Pro'pulse",
        date="06 08:05",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        body="""Je suis en congés jusqu'au 16 novembre. Pour toute urgence, contactez l'accueil de la Mission Locale.

> J'accompagne un jeune titulaire d'un BTS obtenu en 2025, qui cherche un emploi dans une association…""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — a plain out-of-office
    B("kind", "outside", M(
        frm="Jean Dupuis <jean.dupuis@example.net>",
        subject="Absence",
        date="09 10:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je suis actuellement en formation et ne consulte pas mes mails. Je vous répondrai dès mon retour le 23 novembre.""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — an English out-of-office
    B("kind", "outside", M(
        frm="Sarah Collins <sarah.collins@example.com>",
        subject="Out of office: Your application to Pro'pulse",
        date="12 07:45",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Thank you for your email. I am travelling until 20 November with limited access to email.""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — a ticketing system's acknowledgement
    B("kind", "outside", M(
        frm="Support Mairie <support@mairie-exemple.example.fr>",
        subject="[Ticket #48211] Accusé de réception",
        date="15 13:10",
        headers={"Auto-Submitted": "auto-generated"},
        body="""Votre demande a bien été enregistrée sous le numéro 48211. Un agent vous répondra sous 5 jours ouvrés.""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — an auto-reply «nouvelle adresse»
    B("kind", "outside", M(
        frm="Thomas Leroy <thomas.leroy@example.org>",
        subject="Changement d'adresse",
        date="18 09:30",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Cette adresse ne sera plus consultée à partir du 1er décembre. Merci d'écrire désormais à thomas.leroy@example.net.""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — an auto-reply quoting a CV-only application
    B("kind", "outside", M(
        frm="Inès Roussel <ines.roussel@example.com>",
        subject="Répondeur : Votre candidature à Pro'pulse",
        date="21 18:40",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je suis en déplacement et je vous répondrai à mon retour.

Le 20/11/2026, Inès Roussel a écrit :
> Bonjour, voici mon CV : master ESS (septembre 2026), je cherche un poste dans une coopérative.""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — a reply in our thread choosing a slot
    B("kind", "outside", M(
        frm="Aline Gilbert <aline.gilbert@example.org>",
        subject="Re: Votre candidature à Pro'pulse",
        date="10 10:15",
        headers={"In-Reply-To": "<3301842.0701@animafac.net>", "References": "<3301842.0701@animafac.net>"},
        body="""Bonjour,

Le créneau 1 me convient, mardi 1er décembre à 14 h.

Aline

> Bonjour Aline, voici trois créneaux d'entretien…""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a reply in our thread carrying personal facts (still a reply)
    B("kind", "outside", M(
        frm="Benjamin Caron <benjamin.caron@example.org>",
        subject="Re: Votre candidature à Pro'pulse",
        date="12 16:20",
        headers={"In-Reply-To": "<7719023.0107@animafac.net>", "References": "<7719023.0107@animafac.net>"},
        body="""Bonjour,

Pour répondre à votre question : mon master a été obtenu au jury du 28 novembre 2024, et je n'ai aucun stage en cours. Je cherche toujours dans une association ou une SCIC.

Benjamin

> Pourriez-vous nous préciser le mois d'obtention de votre diplôme ?""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a reply in our thread sending a document
    B("kind", "outside", M(
        frm="Simon Thébault <simon.thebault@example.net>",
        subject="Re: Pièces justificatives",
        date="13 09:05",
        headers={"In-Reply-To": "<5521004.0105@animafac.net>", "References": "<5521004.0105@animafac.net>"},
        body="""Bonjour, voici l'attestation de réussite demandée, je l'ai scannée ce matin. Bonne journée, Simon""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a reply in our thread cancelling an appointment
    B("kind", "outside", M(
        frm="Lou Ferreira <lou.ferreira@example.net>",
        subject="Re: Confirmation de votre entretien",
        date="15 19:00",
        headers={"In-Reply-To": "<6610284.0108@animafac.net>", "References": "<6610284.0108@animafac.net>"},
        body="""Bonjour, je dois malheureusement annuler l'entretien de jeudi, je suis malade. Pourrions-nous le décaler à la semaine prochaine ?

Lou""",
        truth=reply(),
    )),
    # Boundary: kind — outside — an English reply in our thread
    B("kind", "outside", M(
        frm="Hannah Whitfield <hannah.whitfield@example.com>",
        subject="Re: Your application to Pro'pulse",
        date="16 11:35",
        headers={"In-Reply-To": "<2210938.0109@animafac.net>", "References": "<2210938.0109@animafac.net>"},
        body="""Hi, thank you! Wednesday at 10 am works for me.

Hannah

> Dear Hannah, could you come for an interview on Wednesday at 10 am?""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a reply in our thread thanking, after a refusal
    B("kind", "outside", M(
        frm="Océane Marchetti <oceane.marchetti@example.com>",
        subject="Re: Votre candidature à Pro'pulse",
        date="18 14:45",
        headers={"In-Reply-To": "<9920173.0106@animafac.net>", "References": "<9920173.0106@animafac.net>"},
        body="""Bonjour, merci pour votre réponse claire, même si elle est négative. Bonne continuation à toute l'équipe.

Océane""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a reply in our thread from an adviser
    B("kind", "outside", M(
        frm="Sophie Delorme <s.delorme@ml-valence.example.org>",
        subject="Re: Orientation vers Pro'pulse : Aïcha Diallo",
        date="19 10:40",
        headers={"In-Reply-To": "<4408127.0801@animafac.net>", "References": "<4408127.0801@animafac.net>"},
        body="""Merci pour votre retour rapide. Aïcha est disponible tous les matins pour l'entretien.

Sophie Delorme""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a phone-typed reply in our thread
    B("kind", "outside", M(
        frm="Rayan Ziani <rayan.ziani@example.com>",
        subject="Re: Votre candidature à Pro'pulse",
        date="20 22:05",
        headers={"In-Reply-To": "<1129384.0103@animafac.net>", "References": "<1129384.0103@animafac.net>"},
        body="""ok pour vendredi 14h merci

Envoyé de mon iPhone""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a reply in our thread asking a question back
    B("kind", "outside", M(
        frm="Morgane Texier <morgane.texier@example.org>",
        subject="Re: Votre candidature à Pro'pulse",
        date="22 09:20",
        headers={"In-Reply-To": "<8830271.0204@animafac.net>", "References": "<8830271.0204@animafac.net>"},
        body="""Bonjour, l'entretien se fait-il en visio ou dans vos locaux ? Merci, Morgane""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a reply quoting our text, no In-Reply-To header («Re:» and our quote)
    B("kind", "outside", M(
        frm="Léon Gauthier <leon.gauthier@example.org>",
        subject="Re: Votre candidature à Pro'pulse",
        date="23 15:10",
        body="""Bonjour, c'est noté pour lundi, merci.

Léon

Le 22 nov. 2026 à 11:00, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Léon, nous vous proposons un entretien lundi 30 novembre à 9 h 30.""",
        truth=reply(),
    )),
    # Boundary: kind — outside — a bounce of our reply
    B("kind", "outside", M(
        frm="Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        subject="Undelivered Mail Returned to Sender",
        date="05 12:30",
        body="""This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<dylan.b91@example.com>: host mx.example.com said: 550 5.1.1 User unknown""",
        bounce="""Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; dylan.b91@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
        truth=bounce("dylan.b91@example.com"),
    )),
    # Boundary: kind — outside — a bounce, mailbox full, in French
    B("kind", "outside", M(
        frm="Système de distribution <mailer-daemon@relais.example.net>",
        subject="Non remis : Votre candidature à Pro'pulse",
        date="11 08:50",
        body="""Votre message n'a pas pu être remis à kenza.b@example.com : la boîte du destinataire est pleine.""",
        bounce="""Reporting-MTA: dns; relais.example.net

Final-Recipient: rfc822; kenza.b@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
        truth=bounce("kenza.b@example.com"),
    )),
    # Boundary: kind — outside — a bounce, domain not found
    B("kind", "outside", M(
        frm="Mail Delivery Subsystem <mailer-daemon@mail.example.com>",
        subject="Delivery Status Notification (Failure)",
        date="16 07:35",
        body="""Your message wasn't delivered to yohan.petit@example.com because the domain couldn't be found.""",
        bounce="""Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; yohan.petit@example.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 Host unknown""",
        truth=bounce("yohan.petit@example.com"),
    )),
    # Boundary: kind — outside — a bounce, address rejected
    B("kind", "outside", M(
        frm="Mail Delivery System <MAILER-DAEMON@mx.example.net>",
        subject="Undelivered Mail Returned to Sender",
        date="21 10:25",
        body="""This is the mail system at host mx.example.net.

<sofiane.k@example.com>: host mx.example.com said: 550 5.7.1 Recipient address rejected""",
        bounce="""Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; sofiane.k@example.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Recipient address rejected""",
        truth=bounce("sofiane.k@example.com"),
    )),
]
