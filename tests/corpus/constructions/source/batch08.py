"""Batch 8: the rest of the mail in every construction — newsletters, bounces, replies in our threads,
auto-replies, questions and other mail whose kind is told in a construction of the grid — and two
applications whose deciding fact stands in the attached CV (a passive, a verbless line). Each message
written by hand; the comment names its construction, the fact it carries and its words."""

from constructions import C
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Construction: nominalisation — kind — Lancement de notre campagne de dons
    C("nominalisation", "kind", "Lancement de notre campagne de dons", M(
        "Solidarités Jeunesses <lettre@solijeunes.example.org>", "Lancement de notre campagne de dons",
        "02 07:00",
        """Lancement de notre campagne de dons de fin d'année : bilan de nos chantiers, témoignages,
calendrier 2027. Désinscription en un clic.""",
        newsletter(),
    )),
    # Construction: nominalisation — kind — Échec de la remise du message
    C("nominalisation", "kind", "Échec de la remise du message", M(
        "Postmaster <postmaster@example.fr>", "Échec de la remise du message", "03 06:40",
        """Échec de la remise du message au destinataire suivant : boîte aux lettres désactivée.""",
        bounce("arnaud.meyer@example.fr"),
        bounce="""Reporting-MTA: dns; smtp.example.fr
Final-Recipient: rfc822; arnaud.meyer@example.fr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled""",
    )),
    # Construction: passive — kind — Notre rapport annuel a été publié
    C("passive", "kind", "Notre rapport annuel a été publié", M(
        "Observatoire de l'ESS <news@observatoire-ess.example.org>", "Rapport annuel 2026", "04 07:00",
        """Notre rapport annuel a été publié : emploi, salaires, égalité dans les structures de l'ESS.
Téléchargez-le sur notre site. Se désabonner.""",
        newsletter(),
    )),
    # Construction: passive — graduation — validée par le jury en juillet 2026
    C("passive", "graduation", "validée par le jury en juillet 2026", M(
        "Louise Garnier <louise.garnier@example.org>", "Candidature + CV", "05 10:30",
        """Bonjour,

Je vous joins mon CV, qui a été mis à jour cette semaine. Je cherche un poste dans une association
d'éducation populaire.

Louise Garnier""",
        app("Louise", "Garnier", phone="+33678123456", bac=3, grad="2026-07", info_in="both",
            status="cv_licence_pro_jury_2026_07"),
        cv=CV("pdf", "CV_Louise_Garnier.pdf", """
Louise Garnier
06 78 12 34 56 — louise.garnier@example.org
Formation
Licence professionnelle Coordination de projets — validée par le jury en juillet 2026
BTS Tourisme — 2024
Expérience
Animatrice BAFA en colonies (étés 2022 à 2025)
"""),
    )),
    # Construction: relative — kind — Le document que vous demandiez
    C("relative", "kind", "Le document que vous demandiez", M(
        "Yasmine Berger <yasmine.berger@example.net>", "Re: Document manquant", "05 15:20",
        """Bonjour,
Le document que vous demandiez est en pièce jointe… enfin, il le sera dès que j'aurai retrouvé le
scanner. Ce soir au plus tard.
Yasmine

> Le 4 nov. 2026, Pro'pulse a écrit :
> Pourriez-vous nous envoyer votre pièce d'identité ?""",
        reply(),
        headers={"In-Reply-To": "<piece-0411@animafac.net>", "References": "<piece-0411@animafac.net>"},
    )),
    # Construction: relative — kind — La salle que nous vous prêtions
    C("relative", "kind", "La salle que nous vous prêtions", M(
        "Centre social Lumière <accueil@cslumiere.example.fr>", "Salle du jeudi", "06 11:00",
        """Bonjour,

La salle que nous vous prêtions le jeudi sera en travaux en janvier. Nous pouvons vous proposer celle du
premier étage.

L'accueil du centre social""",
        other(),
    )),
    # Construction: apposition — kind — Nouvelle directrice de la fédération
    C("apposition", "kind", "Nouvelle directrice de la fédération", M(
        "Fédération Envol <infos@federation-envol.example.org>", "Lettre d'information de novembre",
        "07 07:00",
        """Nouvelle directrice de la fédération, Claire Moulin présente ses priorités. Aussi dans ce numéro :
nos formations de décembre. Se désabonner.""",
        newsletter(),
    )),
    # Construction: apposition — kind — Toujours partante
    C("apposition", "kind", "Toujours partante", M(
        "Emma Blanchet <emma.blanchet@example.com>", "Re: Atelier du 2 décembre", "08 18:20",
        """Toujours partante, je confirme ma venue à l'atelier du 2 décembre.
Emma

> Le 7 nov. 2026, Pro'pulse a écrit :
> Pouvez-vous confirmer votre présence à l'atelier du 2 décembre ?""",
        reply(),
        headers={"In-Reply-To": "<atelier-0212@animafac.net>", "References": "<atelier-0212@animafac.net>"},
    )),
    # Construction: infinitive — kind — Comment faire pour s'inscrire
    C("infinitive", "kind", "Comment faire pour s'inscrire", M(
        "Bastien Colin <bastien.colin@example.org>", "inscription ?", "09 20:10",
        """Bonjour, comment faire pour s'inscrire ? Il y a un formulaire ou il suffit d'écrire ici ? Merci""",
        question(),
    )),
    # Construction: infinitive — kind — Pour vous remercier
    C("infinitive", "kind", "Pour vous remercier", M(
        "Association Cap Avenir <bureau@capavenir.example.fr>", "Merci", "10 17:30",
        """Bonjour,

Pour vous remercier de votre intervention à notre assemblée générale, nous vous envoyons par courrier le
livret de nos trente ans.

Le bureau de Cap Avenir""",
        other(),
    )),
    # Construction: gerund — kind — en attendant mon retour
    C("gerund", "kind", "en attendant mon retour", M(
        "Claire Dubois <claire.dubois@example.net>", "Réponse automatique", "11 08:00",
        """Je suis en congé jusqu'au 28 novembre ; en attendant mon retour, vous pouvez écrire à
accueil@example.net. (Réponse automatique)""",
        auto_reply(),
    )),
    # Construction: gerund — kind — En ouvrant cette lettre
    C("gerund", "kind", "En ouvrant cette lettre", M(
        "Jeunes et Solidaires <news@jeunes-solidaires.example.org>", "La lettre de l'hiver", "12 07:00",
        """En ouvrant cette lettre, découvrez nos portraits de jeunes salariés de l'ESS et l'agenda des
rencontres d'hiver. Pour vous désabonner, suivez ce lien.""",
        newsletter(),
    )),
    # Construction: impersonal — kind — Il n'a pas été possible de remettre
    C("impersonal", "kind", "Il n'a pas été possible de remettre", M(
        "Mail Delivery System <MAILER-DAEMON@mx2.example.com>", "Message non remis", "13 06:15",
        """Il n'a pas été possible de remettre votre message : le domaine du destinataire n'existe pas.""",
        bounce("gwen.leduc@exemple-inexistant.example.com"),
        bounce="""Reporting-MTA: dns; mx2.example.com
Final-Recipient: rfc822; gwen.leduc@exemple-inexistant.example.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 host not found""",
    )),
    # Construction: impersonal — kind — Il me sera impossible de venir
    C("impersonal", "kind", "Il me sera impossible de venir", M(
        "Rémi Cordier <remi.cordier@example.fr>", "Re: Rendez-vous mardi", "14 19:05",
        """Bonjour,
Il me sera impossible de venir mardi, j'ai un entretien. Pourrait-on décaler à jeudi ?
Rémi

> Le 13 nov. 2026, Pro'pulse a écrit :
> Votre rendez-vous est fixé au mardi 17 novembre à 11 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-1711@animafac.net>", "References": "<rdv-1711@animafac.net>"},
    )),
    # Construction: cleft — kind — C'est parti pour la semaine de l'ESS
    C("cleft", "kind", "C'est parti pour la semaine de l'ESS", M(
        "ESS en région <agenda@essregion.example.org>", "C'est parti pour la semaine de l'ESS", "15 07:00",
        """C'est parti pour la semaine de l'ESS : plus de quarante événements dans la région. Programme
complet
en ligne. Se désabonner.""",
        newsletter(),
    )),
    # Construction: cleft — kind — c'est vous qui organisez
    C("cleft", "kind", "c'est vous qui organisez", M(
        "Marine Collin <marine.collin@example.com>", "Forum", "16 12:50",
        """Bonjour,
Est-ce que c'est vous qui organisez le forum de l'emploi solidaire de décembre ? Faut-il s'inscrire ?
Marine""",
        question(),
    )),
    # Construction: fragment — situation — octobre 2026 à juin 2027 — en cours
    C("fragment", "situation", "octobre 2026 à juin 2027 — en cours", M(
        "Adèle Renaud <adele.renaud@example.net>", "Candidature", "17 09:35",
        """Bonjour,

Candidature ci-jointe pour un emploi dans une coopérative ou une association de l'ESS.

Adèle Renaud""",
        app("Adèle", "Renaud", phone="+33699001122", bac=5, grad="2025-06", failing=["not_service_civique"],
            info_in="both", status="cv_fragment_sc_en_cours"),
        cv=CV("docx", "CV_Adele_Renaud.docx", """
Adèle Renaud
06 99 00 11 22
Formation
Master Économie sociale — Université de Nantes — juin 2025
Expérience
Service civique — Petits Frères des Pauvres — octobre 2026 à juin 2027 — en cours
"""),
    )),
    # Construction: fragment — kind — Devis n° 2026-118
    C("fragment", "kind", "Devis n° 2026-118", M(
        "Atelier Papier Coop <devis@papiercoop.example.fr>", "Devis n° 2026-118", "18 10:00",
        """Devis n° 2026-118 — impression de 500 flyers — 340 € TTC — validité 30 jours.
Atelier Papier Coop""",
        other(),
    )),
    # Construction: comparison — kind — plus volumineux que la limite
    C("comparison", "kind", "plus volumineux que la limite", M(
        "Mail Delivery Subsystem <mailer-daemon@mail.example.net>", "Message refusé", "19 06:30",
        """Votre message est plus volumineux que la limite autorisée par le serveur du destinataire.""",
        bounce("pierre.antoine@example.net"),
        bounce="""Reporting-MTA: dns; mail.example.net
Final-Recipient: rfc822; pierre.antoine@example.net
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp; 552 5.3.4 message size exceeds fixed limit""",
    )),
    # Construction: comparison — kind — plutôt avant qu'après
    C("comparison", "kind", "plutôt avant qu'après", M(
        "Élodie Marchand <elodie.marchand@example.org>", "Question sur le calendrier", "19 13:40",
        """Bonjour,
Vaut-il mieux candidater plutôt avant qu'après la remise des diplômes, en général ? Merci.
Élodie""",
        question(),
    )),
    # Construction: relative_time — kind — la semaine prochaine
    C("relative_time", "kind", "la semaine prochaine", M(
        "Léon Fabre <leon.fabre@example.com>", "Re: Formulaire", "22 18:45",
        """Bonjour,
Je vous renvoie le formulaire rempli la semaine prochaine, je n'ai pas d'imprimante chez moi.
Léon

> Le 20 nov. 2026, Pro'pulse a écrit :
> Merci de nous retourner le formulaire signé.""",
        reply(),
        headers={"In-Reply-To": "<formulaire-2011@animafac.net>",
         "References": "<formulaire-2011@animafac.net>"},
    )),
    # Construction: relative_time — kind — depuis le mois dernier
    C("relative_time", "kind", "depuis le mois dernier", M(
        "Régie Habitat Plus <contact@habitatplus.example.fr>", "Changement d'adresse", "23 09:00",
        """Bonjour,

Depuis le mois dernier, nos bureaux ont déménagé au 12 rue des Tanneurs. Merci de mettre à jour vos
fichiers.

Régie Habitat Plus""",
        other(),
    )),
    # Construction: number_words — kind — Trois cents participants
    C("number_words", "kind", "Trois cents participants", M(
        "Réseau Tremplin <lettre@tremplin.example.org>", "Retour sur le forum", "24 07:00",
        """Trois cents participants, quarante recruteurs, douze ateliers : retour sur le forum d'automne.
Se désabonner.""",
        newsletter(),
    )),
    # Construction: number_words — kind — quinze jours
    C("number_words", "kind", "quinze jours", M(
        "Nadège Blin <nadege.blin@example.fr>", "Absence", "25 08:05",
        """Absente pour quinze jours, je lirai vos messages à mon retour. Message automatique.""",
        auto_reply(),
    )),
    # Construction: self_question — kind — Vous cherchez une salle ?
    C("self_question", "kind", "Vous cherchez une salle ?", M(
        "Tiers-lieu La Grange <location@lagrange.example.org>", "Location de salles", "25 11:30",
        """Bonjour,

Vous cherchez une salle ? Nous en louons trois, à prix solidaire pour les associations. Visite sur
rendez-vous.

La Grange""",
        other(),
    )),
    # Construction: self_question — kind — Pourquoi l'ESS recrute-t-elle ?
    C("self_question", "kind", "Pourquoi l'ESS recrute-t-elle ?", M(
        "Le Mag Solidaire <mag@magsolidaire.example.net>", "Pourquoi l'ESS recrute-t-elle ?", "26 07:00",
        """Pourquoi l'ESS recrute-t-elle ? Réponses dans ce numéro, avec trois témoignages de jeunes
salariés. Se désabonner.""",
        newsletter(),
    )),
    # Construction: english — kind — Delivery has failed
    C("english", "kind", "Delivery has failed", M(
        "Microsoft Outlook <postmaster@outlook.example.com>", "Undeliverable: Your application", "20 06:50",
        """Delivery has failed to these recipients or groups: the email address you entered couldn't be
found.""",
        bounce("j.smith@outlook.example.com"),
        bounce="""Reporting-MTA: dns; outlook.example.com
Final-Recipient: rfc822; j.smith@outlook.example.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound""",
    )),
    # Construction: english — kind — has been published
    C("english", "kind", "has been published", M(
        "Social Economy Europe <news@socialeconomy.example.org>", "Our winter newsletter", "21 07:00",
        """Our winter report has been published: jobs in the European social economy. Read it online.
Unsubscribe here.""",
        newsletter(),
    )),
]
