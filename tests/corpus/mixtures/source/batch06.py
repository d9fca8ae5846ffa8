"""Mixtures corpus, batch 06 (writer B): web forms' notifications (our site's «Je candidate» form with a DUT,
a Formulo form with an internship running, a master whose results are awaited, a field ticked «ESS» and a
message aiming at a civil-service exam, an English contact form, a drop-down year put right in the message; a
question, a spam, a test), delivery failures quoted in human resends (an attachment too big, a message taken for
spam, a delay, an address mistyped, a university's «Undeliverable», a search not yet decided; two bare bounces
of our own answers quoting applicants), out-of-office notices and automatic headers round human words (a
template's notice then an internship, our own acknowledgement quoted, a scheduled send, a holiday, our office's
closure notice, a signature's leave notice; two true auto-replies quoting facts)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question
from mixtures import N

MESSAGES = [
    # Feature: form_notification — level — Diplôme : DUT Carrières sociales option animation sociale et socioculturelle
    # mixture: our site's form notification (noreply sender) with fields and a free message → application at the «Email :» field; DUT (bac+2) of June 2025 → eligible
    N("form_notification", "level", "Diplôme : DUT Carrières sociales option animation sociale et socioculturelle", M(
        "Site Pro'pulse <ne-pas-repondre@site-propulse.example.org>", "Nouvelle réponse au formulaire « Je candidate »", "02 08:14",
        """Nouvelle réponse au formulaire « Je candidate »

Nom : Rakotoarisoa
Prénom : Fanja
Email : fanja.rakotoarisoa@example.net
Téléphone : 0645127830
Diplôme : DUT Carrières sociales option animation sociale et socioculturelle
Date d'obtention : juin 2025
Ville : Rouen
Message : Je voudrais devenir animatrice dans un centre social ou une MJC, j'ai fait mes stages dans les deux.

—
Envoyé depuis le site Pro'pulse. Cet e-mail est automatique.""",
        app("Fanja", "Rakotoarisoa", phone="+33645127830", bac=2, grad="2025-06", email="fanja.rakotoarisoa@example.net", status="b_form_site_dut_cs"),
    )),
    # Feature: form_notification — situation — stage sous convention jusqu'au 19 décembre
    # mixture: a Formulo notification (noreply) whose message says an internship runs → application at the «Adresse e-mail» field; internship until 19 December → fails not_internship → not eligible
    N("form_notification", "situation", "stage sous convention jusqu'au 19 décembre", M(
        "Formulo <notifications@formulo.example.com>", "[Formulo] Nouvelle réponse : Contact Pro'pulse", "03 17:26",
        """Une nouvelle réponse a été enregistrée pour votre formulaire « Contact Pro'pulse ».

Nom complet : Ophélie Moulin
Adresse e-mail : ophelie.moulin@example.org
Téléphone : +33 7 28 40 16 95
Votre situation : Diplômé·e
Votre message : Licence pro Métiers de la gestion associative obtenue en juin 2026. Je suis en stage sous convention jusqu'au 19 décembre dans une SCOP de traduction, puis je serai libre. J'aimerais commencer l'accompagnement.

Voir toutes les réponses · Gérer les notifications""",
        app("Ophélie", "Moulin", phone="+33728401695", bac=3, grad="2026-06", failing=("not_internship",), email="ophelie.moulin@example.org", status="b_form_formulo_stage_19_decembre"),
    )),
    # Feature: form_notification — studies_finished — résultats du jury le 15 décembre
    # ambiguous: every exam and the defence are done and the results come on 15 December: studies over or not until the jury, studies_finished stays open
    # mixture: our site's form (noreply) with a status field «en attente des résultats» and a message → application; results awaited → studies_finished open → to_verify
    N("form_notification", "studies_finished", "résultats du jury le 15 décembre", M(
        "Site Pro'pulse <ne-pas-repondre@site-propulse.example.org>", "Nouvelle réponse au formulaire « Je candidate »", "04 22:51",
        """Nouvelle réponse au formulaire « Je candidate »

Nom : Saadi
Prénom : Walid
Email : walid.saadi@example.com
Téléphone : 06 74 30 81 26
Diplôme : Master 2 Droit de l'économie sociale et solidaire
Date d'obtention : en attente des résultats
Ville : Nanterre
Message : Examens passés, mémoire soutenu le 20 novembre, résultats du jury le 15 décembre. Je cherche un poste de juriste dans une fédération d'associations ou une mutuelle.

—
Envoyé depuis le site Pro'pulse. Cet e-mail est automatique.""",
        app("Walid", "Saadi", phone="+33674308126", bac="*", grad=None, unknown=("studies_finished",), email="walid.saadi@example.com", status="b_form_site_master_droit_jury"),
    )),
    # Feature: form_notification — aim — je prépare le concours d'attaché territorial
    # mixture: a form whose field «Secteur visé» says ESS and whose free message aims at a civil-service exam → application (the message, written last, holds); search outside the ESS → fails job_seeking_ess → not eligible
    N("form_notification", "aim", "je prépare le concours d'attaché territorial", M(
        "Formulo <notifications@formulo.example.com>", "[Formulo] Nouvelle réponse : Contact Pro'pulse", "05 12:09",
        """Une nouvelle réponse a été enregistrée pour votre formulaire « Contact Pro'pulse ».

Nom complet : Arthur Vidalenc
Adresse e-mail : arthur.vidalenc@example.fr
Téléphone : 06 56 92 03 17
Votre situation : Diplômé·e
Secteur visé : Économie sociale et solidaire
Votre message : J'ai laissé la case par défaut. En vrai, master Administration publique en juin 2026, je prépare le concours d'attaché territorial pour avril et je cherche un CDD en collectivité d'ici là. Un coup de main pour les oraux serait top.

Voir toutes les réponses · Gérer les notifications""",
        app("Arthur", "Vidalenc", phone="+33656920317", bac=5, grad="2026-06", failing=("job_seeking_ess",), email="arthur.vidalenc@example.fr", status="b_form_formulo_concours_attache"),
    )),
    # Feature: form_notification — career_change — nothing else before
    # mixture: an English contact form's notification (noreply) with «Name:», «Email:», «Message:» → application in English at the form's email; weekend job during studies only, licence of June 2026 → eligible
    N("form_notification", "career_change", "nothing else before", M(
        "Pagebuilder Forms <no-reply@pagebuilder-forms.example.com>", "New form submission — Contact us (EN)", "06 09:44",
        """New form submission

Form: Contact us (EN)
Name: Chiamaka Okonkwo
Email: chiamaka.okonkwo@example.org
Phone: +33 6 19 55 02 87
Message: Hi! I graduated in June 2026 with a licence in Sociology from Université Paris Cité. During my studies I worked weekends at a supermarket, nothing else before — this would be my first real job. I'd love to join Pro'pulse and find a role in an association working on food insecurity.

Submitted from: /en/contact""",
        app("Chiamaka", "Okonkwo", phone="+33619550287", bac=3, grad="2026-06", email="chiamaka.okonkwo@example.org", language="en", status="b_en_form_licence_socio_weekend_job"),
    )),
    # Feature: form_notification — graduation — le menu déroulant s'arrête à 2023
    # mixture: our site's form whose year field says 2023 and whose free message puts it right → application (the message holds over the field); BTS of June 2026 → eligible
    N("form_notification", "graduation", "le menu déroulant s'arrête à 2023", M(
        "Site Pro'pulse <ne-pas-repondre@site-propulse.example.org>", "Nouvelle réponse au formulaire « Je candidate »", "07 15:37",
        """Nouvelle réponse au formulaire « Je candidate »

Nom : Pham
Prénom : Thi Lan
Email : thilan.pham@example.net
Téléphone : 07 60 21 48 93
Diplôme : BTS Services et prestations des secteurs sanitaire et social
Date d'obtention : 2023
Ville : Metz
Message : Attention, le menu déroulant s'arrête à 2023 : mon BTS date de juin 2026 ! Je cherche un poste de coordinatrice dans un service d'aide à domicile associatif.

—
Envoyé depuis le site Pro'pulse. Cet e-mail est automatique.""",
        app("Thi Lan", "Pham", phone="+33760214893", bac=2, grad="2026-06", email="thilan.pham@example.net", status="b_form_site_menu_2023_bts_2026"),
    )),
    # Feature: form_notification — kind — les ateliers ont-ils lieu le soir
    # mixture: a form notification whose message asks about the schedule, no diploma nor facts → question
    N("form_notification", "kind", "les ateliers ont-ils lieu le soir", M(
        "Formulo <notifications@formulo.example.com>", "[Formulo] Nouvelle réponse : Contact Pro'pulse", "09 19:02",
        """Une nouvelle réponse a été enregistrée pour votre formulaire « Contact Pro'pulse ».

Nom complet : Lou
Adresse e-mail : lou.lpx@example.com
Votre situation : Autre
Votre message : Bonjour, les ateliers ont-ils lieu le soir ou en journée ? Je travaille en horaires décalés.

Voir toutes les réponses · Gérer les notifications""",
        question(),
    )),
    # Feature: form_notification — kind — boostez le référencement de votre site
    # mixture: a form notification filled by a spammer selling SEO → other
    N("form_notification", "kind", "boostez le référencement de votre site", M(
        "Site Pro'pulse <ne-pas-repondre@site-propulse.example.org>", "Nouvelle réponse au formulaire « Je candidate »", "10 03:17",
        """Nouvelle réponse au formulaire « Je candidate »

Nom : SEO Expert
Prénom : Team
Email : offers@seo-rank-fast.example.com
Téléphone : 0000000000
Diplôme : N/A
Date d'obtention : N/A
Message : Bonjour, boostez le référencement de votre site ! Première page Google garantie en 30 jours, tarif spécial associations.

—
Envoyé depuis le site Pro'pulse. Cet e-mail est automatique.""",
        other(),
    )),
    # Feature: form_notification — kind — essai après mise à jour du module
    # mixture: a test submission of our own form by our web volunteer → other
    N("form_notification", "kind", "essai après mise à jour du module", M(
        "Site Pro'pulse <ne-pas-repondre@site-propulse.example.org>", "Nouvelle réponse au formulaire « Je candidate »", "11 18:45",
        """Nouvelle réponse au formulaire « Je candidate »

Nom : TEST
Prénom : test
Email : webmestre@site-propulse.example.org
Téléphone :
Diplôme : Master test
Date d'obtention : juin 2026
Message : essai après mise à jour du module, merci d'ignorer — Simon

—
Envoyé depuis le site Pro'pulse. Cet e-mail est automatique.""",
        other(),
    )),
    # Feature: bounce_then_resent — graduation — Économie du développement durable obtenu en juin 2025
    # mixture: a human resend quoting the «message size exceeds» failure of the first mail, with a lighter CV → application; master of June 2025 → eligible
    N("bounce_then_resent", "graduation", "Économie du développement durable obtenu en juin 2025", M(
        "Naïma Rachidi <naima.rachidi@example.org>", "Candidature (renvoi, CV allégé)", "04 10:30",
        """Bonjour,

Mon premier message a été refusé à cause de la taille de la pièce jointe, je renvoie avec un CV plus léger.

Je suis titulaire d'un master Économie du développement durable obtenu en juin 2025 à Montpellier, et je cherche un poste de chargée de mission transition écologique dans une association ou une SCIC d'énergie citoyenne.

Naïma Rachidi
06 85 20 93 14

----- Message d'erreur reçu -----
Mail Delivery Subsystem <mailer-daemon@mail.example.org>
Delivery to the following recipient failed permanently:
     propulse@animafac.net
552 5.3.4 Message size exceeds fixed maximum message size""",
        app("Naïma", "Rachidi", phone="+33685209314", bac=5, grad="2025-06", info_in="both", status="b_resend_taille_master_2025"),
        cv=CV("pdf", "CV_Naima_Rachidi.pdf", """Naïma Rachidi
06 85 20 93 14 — Montpellier
Master Économie du développement durable, juin 2025
Stage : SCIC d'énergie citoyenne, 6 mois
Bénévole : Alternatiba"""),
    )),
    # Feature: bounce_then_resent — level — un CAP AEPE puis un bac pro SAPAT
    # mixture: a resend after a spam rejection report quoted at the bottom → application; a CAP and a bac pro, no bac+2 → fails degree_level → not eligible
    N("bounce_then_resent", "level", "un CAP AEPE puis un bac pro SAPAT", M(
        "Tiphaine Morel <tiphaine.morel@example.net>", "re envoi candidature", "06 20:08",
        """Bonjour, mon mail d'avant m'est revenu (il a été pris pour du spam apparemment) alors je recommence.
J'ai un CAP AEPE puis un bac pro SAPAT (services aux personnes, en lycée agricole), eu en 2025. Mon envie : une halte-garderie ou une maison d'assistantes maternelles gérée par une asso.
Tiphaine Morel
07.35.91.62.04

-------- Retour --------
Le message n'a pas pu être remis.
554 5.7.1 Message rejeté : considéré comme indésirable (spam)""",
        app("Tiphaine", "Morel", phone="+33735916204", bac=0, grad=None, failing=("degree_level",), status="b_resend_spam_cap_bac_pro"),
    )),
    # Feature: bounce_then_resent — situation — mon service civique se termine fin novembre
    # ambiguous: the civic service ends «fin novembre» with no day: running or over on 26 November, not_service_civique stays open
    # mixture: a resend after a «délai dépassé» report → application; civic service ending «fin novembre» → not_service_civique open → to_verify
    N("bounce_then_resent", "situation", "mon service civique se termine fin novembre", M(
        "Paulo Mendes <paulo.mendes@example.com>", "TR: Échec de remise — Candidature Pro'pulse", "13 11:50",
        """Bonjour,

Je reçois ce message d'échec, je retente.

Diplômé d'un BUT Information-communication en juin 2025, mon service civique se termine fin novembre à la Fédération des centres sociaux. Je cherche ensuite un poste de chargé de communication dans une association.

Paulo Mendes
06 44 02 75 19

----- Message d'origine -----
De : postmaster@mail.example.com
Objet : Échec de remise — Candidature Pro'pulse
Votre message n'a pas pu être remis dans le délai imparti (48 heures). Le serveur distant ne répond pas.""",
        app("Paulo", "Mendes", phone="+33644027519", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_resend_delai_sc_fin_novembre"),
    )),
    # Feature: bounce_then_resent — career_change — neuf ans comme aide-soignante
    # mixture: a resend after a «Non remis» caused by a mistyped address (animafac.nett) → application; nine years as a care assistant before the DEUST → fails not_career_change → not eligible
    N("bounce_then_resent", "career_change", "neuf ans comme aide-soignante", M(
        "Véronique Nsimba <veronique.nsimba@example.fr>", "Candidature", "15 14:22",
        """Bonjour,

J'avais écrit « animafac.nett » dans l'adresse, d'où le retour ci-dessous ; voici mon message, cette fois à la bonne adresse.

Après neuf ans comme aide-soignante en EHPAD, j'ai obtenu en juillet 2026 un DEUST Intervention sociale. Je cherche un poste de coordinatrice dans un service d'aide à domicile associatif.

Véronique Nsimba
06 12 78 34 59

> Non remis : Candidature
> Impossible de trouver le domaine animafac.nett. Vérifiez l'adresse du destinataire.""",
        app("Véronique", "Nsimba", phone="+33612783459", bac=2, grad="2026-07", failing=("not_career_change",), status="b_resend_nett_aide_soignante"),
    )),
    # Feature: bounce_then_resent — studies_finished — je ne suis plus inscrite nulle part depuis juillet
    # mixture: a resend from a personal address after the university's «Undeliverable» report (her student address closed) → application; studies over → eligible
    N("bounce_then_resent", "studies_finished", "je ne suis plus inscrite nulle part depuis juillet", M(
        "Salomé Weiss <salome.weiss@example.org>", "Fwd: Undeliverable: Candidature Pro'pulse", "18 09:12",
        """Bonjour,

Mon adresse étudiante a été fermée (je ne suis plus inscrite nulle part depuis juillet), d'où ce retour. Je vous réécris depuis mon adresse personnelle : licence pro Gestion et accompagnement de projets pédagogiques obtenue en juillet 2026, je cherche dans l'éducation populaire (Francas, Céméa, Ligue de l'enseignement).

Salomé Weiss
07 71 40 26 83

---------- Forwarded message ---------
From: Microsoft Outlook <postmaster@etu.univ-exemple.example.fr>
Subject: Undeliverable: Candidature Pro'pulse
Your message couldn't be sent: the sender's mailbox has been disabled.""",
        app("Salomé", "Weiss", phone="+33771402683", bac=3, grad="2026-07", status="b_resend_undeliverable_etu_fermee"),
    )),
    # Feature: bounce_then_resent — aim — je n'ai pas encore tranché
    # ambiguous: the writer hesitates between an association and an ordinary company, «pas encore tranché»: job_seeking_ess stays open
    # mixture: a resend after a quoted «boîte du destinataire indisponible» report → application; ESS or not undecided → job_seeking_ess open → to_verify
    N("bounce_then_resent", "aim", "je n'ai pas encore tranché", M(
        "Ryan Saint-Fort <ryan.saintfort@example.net>", "Candidature - deuxième essai", "20 16:03",
        """Bonjour, deuxième essai, le premier m'est revenu avec le message plus bas.

Licence Économie-gestion en juin 2026. Je cherche un poste de chargé de gestion, dans une association ou une entreprise classique, je n'ai pas encore tranché. Pro'pulse pourrait m'aider à y voir clair.

Ryan Saint-Fort — 06 93 61 20 48

> Votre message à propulse@animafac.net n'a pas pu être remis : boîte du destinataire momentanément
> indisponible (421 4.4.2). Aucune autre tentative ne sera faite.""",
        app("Ryan", "Saint-Fort", phone="+33693612048", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_resend_indisponible_pas_tranche"),
    )),
    # Feature: bounce_then_resent — kind — Final-Recipient: rfc822; ugo.marchal
    # mixture: a bare delivery report of our answer to an applicant, quoting his application → bounce of his address
    N("bounce_then_resent", "kind", "Final-Recipient: rfc822; ugo.marchal", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.com>", "Undelivered Mail Returned to Sender", "21 05:44",
        """This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<ugo.marchal@example.com>: host mx.example.com said: 550 5.1.1 <ugo.marchal@example.com>: Recipient address rejected: User unknown

Final-Recipient: rfc822; ugo.marchal@example.com

> Le 20 nov. 2026, Ugo Marchal a écrit :
> Bonjour, licence pro Animation en 2026, je voudrais rejoindre Pro'pulse.""",
        bounce("ugo.marchal@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; ugo.marchal@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown",
    )),
    # Feature: bounce_then_resent — kind — la boîte aux lettres du destinataire est pleine
    # mixture: a bare delivery report (mailbox full) of our acknowledgement to an applicant, quoting her diploma → bounce of her address
    N("bounce_then_resent", "kind", "la boîte aux lettres du destinataire est pleine", M(
        "Administrateur du système <postmaster@mail.example.fr>", "Non distribuable : Votre candidature à Pro'pulse", "22 12:30",
        """Le message n'a pas pu être distribué : la boîte aux lettres du destinataire est pleine.

Destinataire : yael.ozturk@example.fr

Message d'origine (extrait) :
> Bonjour Yaël, nous avons bien reçu votre candidature (BTS ESF, juin 2026) et vous proposons un
> premier rendez-vous la semaine prochaine.""",
        bounce("yael.ozturk@example.fr"),
        bounce="Reporting-MTA: dns; mail.example.fr\n\nFinal-Recipient: rfc822; yael.ozturk@example.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: auto_reply_wrapped — situation — en stage à la Banque alimentaire jusqu'au 27 février
    # mixture: a mail under an automatic notice's subject and Auto-Submitted header (sent from her responder's template) whose second half is her own application → application; internship until 27 February → fails not_internship → not eligible
    N("auto_reply_wrapped", "situation", "en stage à la Banque alimentaire jusqu'au 27 février", M(
        "Zineb Ouazzani <zineb.ouazzani@example.com>", "Message automatique : absence", "05 07:45",
        """[Message automatique] Je suis en déplacement jusqu'au 6 novembre et lirai vos messages à mon retour.

Mais pour une fois ce n'est pas que le répondeur : j'ai tapé la suite moi-même en partant du modèle. Licence Administration économique et sociale, juin 2026. Je suis en stage à la Banque alimentaire jusqu'au 27 février, et je voudrais préparer avec Pro'pulse la recherche d'un poste de logisticienne dans l'aide alimentaire.

Zineb Ouazzani
06 26 81 37 90""",
        app("Zineb", "Ouazzani", phone="+33626813790", bac=3, grad="2026-06", failing=("not_internship",), status="b_auto_modele_stage_27_fevrier"),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: auto_reply_wrapped — level — BTS Économie sociale familiale, obtenu en juin 2026
    # mixture: a human mail quoting our own automatic acknowledgement (which asked for her diploma) → application; BTS of June 2026 → eligible
    N("auto_reply_wrapped", "level", "BTS Économie sociale familiale, obtenu en juin 2026", M(
        "Sarah Nkemelu <sarah.nkemelu@example.org>", "Précisions pour ma candidature", "09 13:58",
        """Bonjour,

Votre réponse automatique me demandait de préciser mon diplôme : c'est un BTS Économie sociale familiale, obtenu en juin 2026 à Amiens. Je cherche un poste de conseillère en insertion dans une association d'hébergement.

Sarah Nkemelu
06 59 27 14 80

> Ceci est une réponse automatique. Nous avons bien reçu votre message. Pour que nous puissions étudier
> votre demande, merci de nous indiquer votre diplôme, sa date et ce que vous recherchez.
> L'équipe Pro'pulse""",
        app("Sarah", "Nkemelu", phone="+33659271480", bac=2, grad="2026-06", status="b_auto_accuse_bts_esf"),
    )),
    # Feature: auto_reply_wrapped — studies_finished — je suis en L3 et je serai diplômé en juin 2027
    # mixture: a mail sent by a scheduling tool (Auto-Submitted: auto-generated) that a person wrote → application; licence running → fails studies_finished → not eligible
    N("auto_reply_wrapped", "studies_finished", "je suis en L3 et je serai diplômé en juin 2027", M(
        "Minh Vu <minh.vu@example.net>", "Candidature Pro'pulse", "10 06:00",
        """Bonjour,

(Message programmé hier soir, d'où l'heure matinale.)

Je m'appelle Minh, je suis en L3 et je serai diplômé en juin 2027 (licence Sciences sociales, Lille). Je voudrais rejoindre Pro'pulse pour trouver un emploi dans une association de quartier.

Minh Vu
07 03 88 41 26""",
        app("Minh", "Vu", phone="+33703884126", bac="*", grad=None, failing=("studies_finished",), status="b_auto_programme_l3"),
        headers={"Auto-Submitted": "auto-generated"},
    )),
    # Feature: auto_reply_wrapped — graduation — ma licence de 2024
    # ambiguous: the licence's year is 2024 with no month: before or after November 2024, graduation_recent stays open
    # mixture: a subject «Absente jusqu'au 2 décembre» and a note about her responder, then her own application → application; licence of «2024» → graduation_recent open → to_verify
    N("auto_reply_wrapped", "graduation", "ma licence de 2024", M(
        "Apolline Poulain <apolline.poulain@example.fr>", "Absente jusqu'au 2 décembre — candidature quand même", "20 21:30",
        """Bonjour,

Mon répondeur d'absence est activé (je suis chez mes parents jusqu'au 2 décembre), ne vous étonnez pas de recevoir un message automatique si vous me répondez.

Je candidate à Pro'pulse avec ma licence de 2024, Langues étrangères appliquées, et l'envie de travailler dans une association de solidarité internationale.

Apolline Poulain
06 11 97 52 34""",
        app("Apolline", "Poulain", phone="+33611975234", bac=3, grad="2024", unknown=("graduation_recent",), status="b_auto_absente_licence_2024"),
    )),
    # Feature: auto_reply_wrapped — career_change — des saisons de ski pendant mes études
    # mixture: a human resend quoting our office's closure notice (an auto-reply) → application; seasonal jobs during studies, licence pro of June 2025 → eligible
    N("auto_reply_wrapped", "career_change", "des saisons de ski pendant mes études", M(
        "Loïc Rey-Mermet <loic.reymermet@example.com>", "Re: Fermeture des bureaux — réponse automatique", "24 10:40",
        """Bonjour,

J'ai reçu votre message de fermeture jusqu'au 23 novembre, je renvoie donc ma candidature maintenant que vous êtes rentrés.

Licence pro Gestion de projets touristiques solidaires (juin 2025). Je n'ai fait que des saisons de ski pendant mes études, comme perchman. Je cherche un poste dans le tourisme associatif en Savoie.

Loïc Rey-Mermet
06 48 15 36 72

> Réponse automatique : nos bureaux sont fermés du 16 au 23 novembre. Votre message sera traité à
> notre retour. L'équipe Pro'pulse""",
        app("Loïc", "Rey-Mermet", phone="+33648153672", bac=3, grad="2025-06", status="b_auto_fermeture_saisons_ski"),
    )),
    # Feature: auto_reply_wrapped — aim — rester dans la grande distribution
    # mixture: a human application followed by a leave notice set in the signature → application; search in big retail → fails job_seeking_ess → not eligible
    N("auto_reply_wrapped", "aim", "rester dans la grande distribution", M(
        "Medhi Tounsi <medhi.tounsi@example.org>", "candidature", "25 18:12",
        """Bonjour,
BTS Management commercial opérationnel en juin 2026. Je veux rester dans la grande distribution, idéalement adjoint chef de rayon chez un grand distributeur. Pro'pulse peut m'aider pour les entretiens ?
Medhi Tounsi 0677215840

---
Absent du 26 novembre au 3 décembre — réponse automatique activée pendant cette période.""",
        app("Medhi", "Tounsi", phone="+33677215840", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="b_auto_signature_grande_distribution"),
    )),
    # Feature: auto_reply_wrapped — kind — Je suis en stage jusqu'au 18 décembre et ne lis mes mails que le soir
    # mixture: a true auto-reply of an applicant's mailbox to our answer (Auto-Submitted), carrying her own facts → auto_reply
    N("auto_reply_wrapped", "kind", "Je suis en stage jusqu'au 18 décembre et ne lis mes mails que le soir", M(
        "Rania Saïdi <rania.saidi@example.net>", "Réponse automatique : Votre candidature à Pro'pulse", "19 10:02",
        """Bonjour,

Je suis en stage jusqu'au 18 décembre et ne lis mes mails que le soir. Je vous répondrai au plus vite.

Rania Saïdi""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: auto_reply_wrapped — kind — je vous présente Sacha
    # mixture: a true out-of-office of a Mission locale adviser quoting her own referral of a young man → auto_reply
    N("auto_reply_wrapped", "kind", "je vous présente Sacha", M(
        "Vanessa Marquis <v.marquis@ml-exemple.example.fr>", "Absence : Re: Orientation vers Pro'pulse", "23 09:00",
        """Je suis absente jusqu'au 1er décembre inclus. Pour toute demande urgente : accueil de la Mission locale, 03 20 00 00 00.

> Bonjour, je vous présente Sacha, licence pro Animation obtenue en juin 2026, qui cherche un poste
> d'animateur en centre social. Ses coordonnées suivent.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
