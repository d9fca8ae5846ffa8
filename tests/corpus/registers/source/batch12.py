# ruff: noqa: E501
"""Batch 12 — the rest of the inbox, each told three times: newsletters (bulk headers), auto-replies,
replies in our threads (`In-Reply-To` our Message-IDs), a bounce from three mail servers. Each set: what it
is (its comment), then three tellings.
"""

from kit import M, auto_reply, bounce, newsletter, reply
from registers import told

_bulk = {"List-Unsubscribe": "<https://lettres.example.org/desinscription?u=4471>", "Precedence": "bulk"}
_auto = {"Auto-Submitted": "auto-replied"}


def _thread(n: int) -> dict[str, str]:
    mid = f"<20261110.{n}.7731@animafac.net>"
    return {"In-Reply-To": mid, "References": mid}


_lost = "agathe.morin@example.net"

SETS = [
    # It is: a network's monthly newsletter about ESS jobs.
    told(
        "newsletter: a network's monthly letter",
        ("formal", M(
            frm="Réseau Emplois Solidaires <lettre@emplois-solidaires.example.org>",
            subject="La Lettre du Réseau — novembre 2026",
            date="05 07:00",
            headers=_bulk,
            body="""Chères adhérentes, chers adhérents,

Nous avons le plaisir de vous adresser la lettre mensuelle du Réseau, dans laquelle vous trouverez le compte rendu de notre assemblée générale, l'agenda des rencontres régionales de décembre ainsi qu'une sélection d'offres d'emploi publiées par nos structures membres.

Pour ne plus recevoir cette lettre : https://lettres.example.org/desinscription?u=4471""",
            truth=newsletter())),
        ("plain", M(
            frm="Réseau Emplois Solidaires <news@emplois-solidaires.example.org>",
            subject="🌱 Les news du mois",
            date="12 07:00",
            headers=_bulk,
            body="""Salut à toutes et tous !

Ce mois-ci : retour sur l'AG, les dates des rencontres de décembre, et 12 offres d'emploi toutes fraîches chez nos membres.

Bonne lecture !

Se désabonner : https://lettres.example.org/desinscription?u=4471""",
            truth=newsletter())),
        ("english", M(
            frm="Solidarity Jobs Network <news@emplois-solidaires.example.org>",
            subject="Monthly update - November 2026",
            date="19 07:00",
            headers=_bulk,
            body="""Dear members,

In this issue: highlights from our general assembly, December regional meetings, and twelve new job offers from member organisations.

Unsubscribe: https://lettres.example.org/desinscription?u=4471""",
            truth=newsletter())),
    ),
    # It is: a training organisation's bulk mail advertising courses.
    told(
        "newsletter: a training organisation's course catalogue",
        ("formal", M(
            frm="Institut Formations Associatives <info@ifa.example.com>",
            subject="Notre catalogue de formations 2027",
            date="06 08:00",
            headers={"List-Unsubscribe": "<mailto:desinscription@ifa.example.com>", "Precedence": "bulk"},
            body="""Madame, Monsieur,

Nous avons l'honneur de vous présenter notre catalogue de formations pour l'année 2027, destiné aux dirigeants et salariés d'associations : gestion financière, management bénévole, recherche de financements.

Pour vous désinscrire : desinscription@ifa.example.com""",
            truth=newsletter())),
        ("plain", M(
            frm="IFA Formations <promo@ifa.example.com>",
            subject="-20 % sur nos formations jusqu'au 31/12",
            date="13 08:00",
            headers={"List-Unsubscribe": "<mailto:desinscription@ifa.example.com>", "Precedence": "bulk"},
            body="""Bonjour,

Profitez de -20 % sur toutes nos formations pour les assos jusqu'au 31 décembre ! Compta, bénévolat, financements : il y en a pour tout le monde.

Désinscription : desinscription@ifa.example.com""",
            truth=newsletter())),
        ("english", M(
            frm="IFA Training <promo@ifa.example.com>",
            subject="2027 course catalogue - 20% off",
            date="20 08:00",
            headers={"List-Unsubscribe": "<mailto:desinscription@ifa.example.com>", "Precedence": "bulk"},
            body="""Hello,

Discover our 2027 courses for non-profit staff and board members — finance, volunteer management, fundraising. 20% off until 31 December.

Unsubscribe: desinscription@ifa.example.com""",
            truth=newsletter())),
    ),
    # It is: an alumni mailing list announcing a gathering.
    told(
        "newsletter: an alumni list announces a gathering",
        ("formal", M(
            frm="Alumni Pro'pulse <alumni@lists.example.net>",
            subject="[Alumni] Rencontre annuelle des anciens",
            date="07 18:00",
            headers={"List-Id": "Alumni <alumni.lists.example.net>", "List-Unsubscribe": "<mailto:alumni-leave@lists.example.net>", "Precedence": "list"},
            body="""Chères anciennes, chers anciens,

Le bureau de l'association des anciens a le plaisir de vous convier à la rencontre annuelle, qui se tiendra le samedi 12 décembre à partir de 14 heures dans les locaux d'une coopérative partenaire.

Se désabonner : alumni-leave@lists.example.net""",
            truth=newsletter())),
        ("plain", M(
            frm="Alumni Pro'pulse <alumni@lists.example.net>",
            subject="[Alumni] On se retrouve le 12/12 ?",
            date="14 18:00",
            headers={"List-Id": "Alumni <alumni.lists.example.net>", "List-Unsubscribe": "<mailto:alumni-leave@lists.example.net>", "Precedence": "list"},
            body="""Hello tout le monde,

Rendez-vous le samedi 12 décembre à 14h pour la rencontre des anciens ! Venez nombreux.

Se désabonner : alumni-leave@lists.example.net""",
            truth=newsletter())),
        ("english", M(
            frm="Alumni Pro'pulse <alumni@lists.example.net>",
            subject="[Alumni] Annual get-together on 12 December",
            date="21 18:00",
            headers={"List-Id": "Alumni <alumni.lists.example.net>", "List-Unsubscribe": "<mailto:alumni-leave@lists.example.net>", "Precedence": "list"},
            body="""Hi all,

Our annual alumni get-together is on Saturday 12 December from 2 pm, hosted by a partner cooperative. See you there!

Unsubscribe: alumni-leave@lists.example.net""",
            truth=newsletter())),
    ),
    # It is: an out-of-office answer.
    told(
        "auto-reply: out of office",
        ("formal", M(
            frm="Bernard Lefort <bernard.lefort@example.org>",
            subject="Réponse automatique : Votre candidature à Pro'pulse",
            date="09 10:01",
            headers=_auto,
            body="""Madame, Monsieur,

Je vous remercie de votre message. Étant absent du bureau jusqu'au lundi 30 novembre inclus, je ne serai pas en mesure d'en prendre connaissance avant mon retour. En cas d'urgence, je vous invite à contacter le secrétariat.

Bernard Lefort""",
            truth=auto_reply())),
        ("plain", M(
            frm="Léa Fabre <lea.fabre@example.com>",
            subject="Absente",
            date="10 15:02",
            headers=_auto,
            body="""Bonjour,

Je suis en congés jusqu'au 30 novembre, je vous réponds à mon retour !

Léa""",
            truth=auto_reply())),
        ("english", M(
            frm="Sam Carter <sam.carter@example.net>",
            subject="Automatic reply: Pro'pulse",
            date="11 09:03",
            headers=_auto,
            body="""Thank you for your email. I'm out of the office until 30 November with limited access to email. I'll reply as soon as I'm back.

Sam""",
            truth=auto_reply())),
    ),
    # It is: an automatic acknowledgement from an organisation's shared inbox.
    told(
        "auto-reply: an organisation's acknowledgement",
        ("formal", M(
            frm="Accueil Association Trait d'Union <accueil@traitdunion.example.org>",
            subject="Accusé de réception",
            date="12 11:00",
            headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
            body="""Madame, Monsieur,

Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par le service concerné. Ce message est envoyé automatiquement ; merci de ne pas y répondre.

L'accueil de l'association""",
            truth=auto_reply())),
        ("plain", M(
            frm="Contact Coop Vélo <contact@coopvelo.example.com>",
            subject="Bien reçu !",
            date="16 16:00",
            headers={"Auto-Submitted": "auto-replied"},
            body="""Bonjour,

Merci pour votre message, on l'a bien reçu ! On vous répond dès que possible (en général sous 48 h).

L'équipe (message automatique)""",
            truth=auto_reply())),
        ("english", M(
            frm="Info Green Hub <info@greenhub.example.net>",
            subject="We received your message",
            date="22 12:00",
            headers={"Auto-Submitted": "auto-replied"},
            body="""Hello,

Thanks for getting in touch — this is an automatic confirmation that we received your message. We'll get back to you within two working days.

The Green Hub team""",
            truth=auto_reply())),
    ),
    # It is: a participant answering our interview proposal, choosing a slot.
    told(
        "reply: choosing an interview slot",
        ("formal", M(
            frm="Maëlle Girardot <maelle.girardot@example.org>",
            subject="Re: Votre candidature à Pro'pulse — entretien",
            date="13 09:30",
            headers=_thread(1),
            body="""Madame, Monsieur,

Je vous remercie vivement pour votre proposition d'entretien, et vous confirme que le créneau du mardi 1er décembre à 10 heures me conviendrait parfaitement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Maëlle Girardot

Le 10 nov. 2026 à 15:12, Pro'pulse <propulse@animafac.net> a écrit :
> Nous vous proposons un entretien. Voici les créneaux :
> 1. mardi 1er décembre, 10h
> 2. jeudi 3 décembre, 14h""",
            truth=reply())),
        ("plain", M(
            frm="Tristan Morel <tristan.morel@example.com>",
            subject="Re: Votre candidature à Pro'pulse — entretien",
            date="14 12:15",
            headers=_thread(2),
            body="""Bonjour,

Le jeudi 3 décembre à 14h c'est parfait pour moi. Merci !

Tristan

> Voici les créneaux :
> 1. mardi 1er décembre, 10h
> 2. jeudi 3 décembre, 14h""",
            truth=reply())),
        ("sms", M(
            frm="Yanis Roger <yanis.roger@example.net>",
            subject="Re: Votre candidature à Pro'pulse — entretien",
            date="15 22:40",
            headers=_thread(3),
            body="""ok pr le 2 (jeudi 14h) merci

Envoyé de mon iPhone

> 1. mardi 1er décembre, 10h
> 2. jeudi 3 décembre, 14h""",
            truth=reply())),
    ),
    # It is: a participant withdrawing, having found a job.
    told(
        "reply: withdrawing after finding a job",
        ("formal", M(
            frm="Margaux Delmas <margaux.delmas@example.com>",
            subject="Re: Pro'pulse — suite de votre candidature",
            date="17 10:00",
            headers=_thread(4),
            body="""Madame, Monsieur,

Je tiens à vous informer que, m'étant vu proposer un contrat dans une association la semaine dernière, je suis au regret de devoir retirer ma candidature. Je vous remercie sincèrement pour l'attention que vous m'avez portée.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Margaux Delmas""",
            truth=reply())),
        ("plain", M(
            frm="Jules Benoit <jules.benoit@example.org>",
            subject="Re: Pro'pulse — suite de votre candidature",
            date="18 13:30",
            headers=_thread(5),
            body="""Bonjour,

Bonne nouvelle : j'ai trouvé un poste ! Du coup je retire ma candidature. Merci pour tout.

Jules""",
            truth=reply())),
        ("sms", M(
            frm="Lina Baptiste <lina.baptiste@example.net>",
            subject="Re: Pro'pulse — suite de votre candidature",
            date="19 21:10",
            headers=_thread(6),
            body="""jai trouve un taf donc j arrete pro pulse, merci bcp !!""",
            truth=reply())),
    ),
    # It is: our mail to agathe.morin@example.net bounced.
    told(
        "bounce: the address does not exist, reported by three servers",
        ("formal", M(
            frm="Administrateur système <postmaster@mail.example.net>",
            subject="Non remis : Votre candidature à Pro'pulse",
            date="20 08:02",
            body="""La remise du message aux destinataires suivants a échoué :

agathe.morin@example.net
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.""",
            bounce="""Reporting-MTA: dns;mail.example.net

Final-Recipient: rfc822;agathe.morin@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 Destinataire inconnu""",
            truth=bounce(_lost))),
        ("plain", M(
            frm="Mail Delivery Subsystem <mailer-daemon@example.com>",
            subject="Delivery Status Notification (Failure)",
            date="21 08:03",
            body="""Adresse introuvable

Votre message n'a pas été remis à agathe.morin@example.net, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.""",
            bounce="""Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; agathe.morin@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.""",
            truth=bounce(_lost))),
        ("english", M(
            frm="MAILER-DAEMON@relay.example.org",
            subject="Undelivered Mail Returned to Sender",
            date="22 08:04",
            body="""This is the mail system at host relay.example.org.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<agathe.morin@example.net>: host mx.example.net said: 550 5.1.1 User unknown""",
            bounce="""Reporting-MTA: dns; relay.example.org

Final-Recipient: rfc822; agathe.morin@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
            truth=bounce(_lost))),
    ),
]
