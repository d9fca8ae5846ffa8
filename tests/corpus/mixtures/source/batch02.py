"""Mixtures corpus, batch 02 (writer A): notifications of web forms (our site's, a Tally-like and a
Typeform-like tool, one in English) whose fields carry an application, a question, a test or spam; human
resends quoting the failure of a first send («Adresse introuvable», «boîte pleine», «Undeliverable») and the
bare bounces of our own messages; out-of-office notices wrapped round a person's own paragraph, an
Auto-Submitted header on a mail a person wrote, and true auto-replies quoting an application."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question
from mixtures import N

SITE = "Site Pro'pulse <wordpress@animafac.net>"
TALLY = "Tally Forms <notifications@tally-forms.example.com>"

MESSAGES = [
    # Feature: form_notification — level — Titre RNCP niveau 6 Coordinateur de projets
    # mixture: our site's form notification (wordpress@animafac.net) with «Nom :», «Diplôme :», «Message :» fields → application reached at the «Email :» field; an RNCP title at level 6 (bac+3) of July 2026, an ESS aim → eligible
    N("form_notification", "level", "Titre RNCP niveau 6 Coordinateur de projets", M(
        SITE, "[Pro'pulse] Nouvelle réponse au formulaire « Candidater »", "02 08:31",
        """Nouvelle réponse au formulaire « Candidater »

Nom : Diop
Prénom : Aminata
Email : aminata.diop@example.fr
Téléphone : 0758124630
Ville : Saint-Denis
Diplôme : Titre RNCP niveau 6 Coordinateur de projets (Cnam)
Date d'obtention : juillet 2026
Message : Je voudrais coordonner des projets dans une association de l'économie sociale et solidaire, idéalement autour de l'alimentation durable. Merci !

--
Cet e-mail a été envoyé depuis le formulaire de contact de propulse.animafac.net""",
        app("Aminata", "Diop", phone="+33758124630", bac=3, grad="2026-07", email="aminata.diop@example.fr", status="form_site_rncp_niveau_6"),
    )),
    # Feature: form_notification — situation — volontaire chez Unis-Cité jusqu'en juin 2027
    # mixture: a Tally-like form's notification (noreply tool) whose fields carry her facts → application reached at the «Email» field; a civic service running until June 2027 → fails not_service_civique → not eligible
    N("form_notification", "situation", "volontaire chez Unis-Cité jusqu'en juin 2027", M(
        TALLY, "Nouvelle réponse : Contact Pro'pulse", "03 13:12",
        """Vous avez reçu une nouvelle réponse sur « Contact Pro'pulse ».

Nom : Benoît
Prénom : Justine
Email : justine.benoit@example.org
Diplôme : Licence de géographie (2026)
Situation actuelle : Service civique
Message : Je suis volontaire chez Unis-Cité jusqu'en juin 2027 et je voudrais déjà préparer la suite avec vous, pour trouver un poste dans une asso d'environnement.

Voir toutes les réponses dans votre tableau de bord Tally. Ne répondez pas à cet e-mail.""",
        app("Justine", "Benoît", phone=None, bac=3, grad="2026", email="justine.benoit@example.org", failing=("not_service_civique",), status="tally_sc_unis_cite_juin_2027"),
    )),
    # Feature: form_notification — career_change — quelques années en entrepôt avant
    # ambiguous: «quelques années» in a warehouse before the licence pro, no length, no dates — not_career_change stays open
    # mixture: a Typeform-like notification (noreply) + his free answer → application reached at the «Email» field; a warehouse job of unsaid length before the diploma → to verify
    N("form_notification", "career_change", "quelques années en entrepôt avant", M(
        "Formulaires Pro'pulse <no-reply@formbox.example.io>", "Nouvelle réponse au formulaire « Rejoindre Pro'pulse »", "04 09:47",
        """Nouvelle réponse au formulaire « Rejoindre Pro'pulse »

1. Votre nom et prénom → Gabriel Ferreira
2. Votre e-mail → gabriel.ferreira@example.com
3. Votre téléphone → 06 27 93 51 08
4. Votre dernier diplôme et son année → Licence pro Logistique solidaire et circuits courts, 2025
5. Parlez-nous de vous → J'ai travaillé quelques années en entrepôt avant de reprendre une licence pro. Aujourd'hui je voudrais travailler pour une épicerie solidaire ou un réseau de circuits courts.

Réponse enregistrée le 4 novembre 2026 à 09:46.""",
        app("Gabriel", "Ferreira", phone="+33627935108", bac=3, grad="2025", email="gabriel.ferreira@example.com", unknown=("not_career_change",), status="formbox_entrepot_quelques_annees"),
    )),
    # Feature: form_notification — aim — j'ai coché ESS mais en vrai
    # mixture: our site's form with a «Secteur visé : ESS» field and a free message that takes it back → application, the free message holds; an aim at a retail chain's management → fails job_seeking_ess → not eligible
    N("form_notification", "aim", "j'ai coché ESS mais en vrai", M(
        SITE, "[Pro'pulse] Nouvelle réponse au formulaire « Candidater »", "05 22:03",
        """Nouvelle réponse au formulaire « Candidater »

Nom : Hamidi
Prénom : Rayan
Email : rayan.hamidi@example.fr
Téléphone : +33 6 81 40 22 57
Ville : Reims
Diplôme : BUT Techniques de commercialisation
Date d'obtention : juin 2026
Secteur visé : ESS
Message : j'ai coché ESS mais en vrai c'était la seule case, moi je vise un poste de manager de rayon chez Carrefour ou Leclerc, c'est là que j'ai fait mon alternance

--
Cet e-mail a été envoyé depuis le formulaire de contact de propulse.animafac.net""",
        app("Rayan", "Hamidi", phone="+33681402257", bac=3, grad="2026-06", email="rayan.hamidi@example.fr", failing=("job_seeking_ess",), status="form_site_coche_ess_carrefour"),
    )),
    # Feature: form_notification — studies_finished — dernier oral passé le 2 octobre
    # mixture: an HTML-only Tally-like notification (a table of fields) → application reached at the «Email» field; a master whose last oral is behind her and whose diploma is obtained (October 2026), an ESS aim → eligible
    N("form_notification", "studies_finished", "dernier oral passé le 2 octobre", M(
        TALLY, "Nouvelle réponse : Contact Pro'pulse", "06 10:25",
        """Vous avez reçu une nouvelle réponse sur « Contact Pro'pulse ».

Nom : Chevalier
Prénom : Anaïs
Email : anais.chevalier@example.net
Téléphone : 07 40 66 13 82
Diplôme : Master 2 Politiques sociales et territoires (octobre 2026)
Message : Dernier oral passé le 2 octobre, diplôme obtenu, me voilà libre ! Je cherche un poste de chargée de mission dans une fédération associative ou une mutuelle.

Ne répondez pas à cet e-mail.""",
        app("Anaïs", "Chevalier", phone="+33740661382", bac=5, grad="2026-10", email="anais.chevalier@example.net", status="tally_html_dernier_oral_2_oct"),
        html="only",
        body_html="""<html><body><p>Vous avez reçu une nouvelle réponse sur « Contact Pro'pulse ».</p>
<table>
<tr><td><b>Nom</b></td><td>Chevalier</td></tr>
<tr><td><b>Prénom</b></td><td>Anaïs</td></tr>
<tr><td><b>Email</b></td><td>anais.chevalier@example.net</td></tr>
<tr><td><b>Téléphone</b></td><td>07 40 66 13 82</td></tr>
<tr><td><b>Diplôme</b></td><td>Master 2 Politiques sociales et territoires (octobre 2026)</td></tr>
<tr><td><b>Message</b></td><td>Dernier oral passé le 2 octobre, diplôme obtenu, me voilà libre ! Je cherche un poste de chargée de mission dans une fédération associative ou une mutuelle.</td></tr>
</table>
<p style="color:#888">Ne répondez pas à cet e-mail.</p></body></html>""",
    )),
    # Feature: form_notification — graduation — BA in Sociology, Université de Strasbourg, 2024
    # ambiguous: a licence of «2024» with no month — graduation_recent stays open
    # mixture: our English form's notification (noreply) with «Name:», «Email:», «Degree:», «Message:» → application (English) reached at the «Email» field; a licence of 2024, no month → to verify
    N("form_notification", "graduation", "BA in Sociology, Université de Strasbourg, 2024", M(
        SITE, "[Pro'pulse] New form submission — Contact (EN)", "07 15:38",
        """New form submission — Contact (EN)

Name: Farah Jaber
Email: farah.jaber@example.com
Phone: +33 7 68 20 45 11
Degree: BA in Sociology, Université de Strasbourg, 2024
Message: Hello! I moved to Strasbourg from Amman for my studies and stayed. I'd like to find a job in a community organisation or a refugee support association, and I read that you coach young graduates.

--
This email was sent from the contact form of propulse.animafac.net""",
        app("Farah", "Jaber", phone="+33768204511", bac=3, grad="2024", email="farah.jaber@example.com", unknown=("graduation_recent",), language="en", status="form_en_ba_2024"),
    )),
    # Feature: form_notification — kind — test formulaire, merci d'ignorer
    # mixture: our site's form notification filled by our webmaster testing it, fake fields → other
    N("form_notification", "kind", "test formulaire, merci d'ignorer", M(
        SITE, "[Pro'pulse] Nouvelle réponse au formulaire « Candidater »", "08 17:00",
        """Nouvelle réponse au formulaire « Candidater »

Nom : Test
Prénom : Test
Email : webmaster@animafac.net
Téléphone : 0000000000
Ville : Paris
Diplôme : Master
Date d'obtention : juin 2026
Message : test formulaire, merci d'ignorer (vérification après la mise à jour de l'extension)

--
Cet e-mail a été envoyé depuis le formulaire de contact de propulse.animafac.net""",
        other(),
    )),
    # Feature: form_notification — kind — We can boost your website to the first page
    # mixture: a Tally-like notification carrying a spam submission in its fields → other
    N("form_notification", "kind", "We can boost your website to the first page", M(
        TALLY, "Nouvelle réponse : Contact Pro'pulse", "09 03:14",
        """Vous avez reçu une nouvelle réponse sur « Contact Pro'pulse ».

Nom : SEO Expert
Prénom : Mark
Email : growth@seo-rank-now.example.biz
Diplôme : N/A
Message : We can boost your website to the first page of Google in 30 days. Reply for a free audit!!!

Ne répondez pas à cet e-mail.""",
        other(),
    )),
    # Feature: form_notification — kind — les ateliers ont-ils lieu en présentiel
    # mixture: our site's form with a name and an address but no diploma nor date, asking about accessibility → question
    N("form_notification", "kind", "les ateliers ont-ils lieu en présentiel", M(
        SITE, "[Pro'pulse] Nouvelle réponse au formulaire « Une question ? »", "10 12:50",
        """Nouvelle réponse au formulaire « Une question ? »

Nom : Lambert
Prénom : Noé
Email : noe.lambert@example.fr
Message : Bonjour, les ateliers ont-ils lieu en présentiel ou en visio ? Je me déplace en fauteuil et je voudrais savoir si les locaux sont accessibles avant de me renseigner plus.

--
Cet e-mail a été envoyé depuis le formulaire de contact de propulse.animafac.net""",
        question(),
    )),
    # Feature: bounce_then_resent — situation — mon stage à la Ligue de l'enseignement est fini depuis le 30 septembre
    # mixture: a human resend («mon premier envoi n'est pas passé») quoting a failure report, her application under it → application; the internship ended on 30 September, licence pro 2026 → eligible
    N("bounce_then_resent", "situation", "mon stage à la Ligue de l'enseignement est fini depuis le 30 septembre", M(
        "Océane Couturier <oceane.couturier@example.fr>", "Candidature (2e envoi)", "11 09:12",
        """Bonjour,

Mon premier envoi n'est pas passé, j'avais mal tapé votre adresse. Voici le message d'erreur et ma candidature en dessous.

> Adresse introuvable
> Votre message n'a pas été distribué à propulse@animafac.nte, car l'adresse est introuvable ou ne peut pas recevoir de messages.

> Bonjour,
> Diplômée d'une licence pro Animation sociale et socioculturelle (Tours, juin 2026), je cherche un poste d'animatrice coordinatrice dans une association d'éducation populaire. Mon stage à la Ligue de l'enseignement est fini depuis le 30 septembre et je suis disponible tout de suite.
> Océane Couturier — 06 35 70 28 44""",
        app("Océane", "Couturier", phone="+33635702844", bac=3, grad="2026-06", status="resend_adresse_introuvable_stage_fini"),
    )),
    # Feature: bounce_then_resent — career_change — six ans comme aide-soignante en EHPAD
    # mixture: a resend after a «boîte pleine» report quoted on top, the application under it → application; six years as a care assistant before her DE of éducatrice spécialisée → fails not_career_change → not eligible
    N("bounce_then_resent", "career_change", "six ans comme aide-soignante en EHPAD", M(
        "Corinne Akpovi <corinne.akpovi@example.net>", "TR: Échec de la remise — candidature", "12 19:26",
        """Je vous renvoie mon message, on m'a répondu que votre boîte était pleine ?

----- Message d'origine -----
De : Postmaster
Objet : Échec de la remise — candidature
Le message suivant n'a pas pu être remis : la boîte aux lettres du destinataire est pleine (552 5.2.2).

----- Message d'origine -----
Bonjour,
Après six ans comme aide-soignante en EHPAD, j'ai repris une formation et obtenu en juillet 2026 le diplôme d'État d'éducatrice spécialisée. Je voudrais travailler dans une association de protection de l'enfance et j'ai entendu parler de votre accompagnement.
Corinne Akpovi
06 52 18 47 39""",
        app("Corinne", "Akpovi", phone="+33652184739", bac=3, grad="2026-07", failing=("not_career_change",), status="resend_boite_pleine_aide_soignante_6_ans"),
    )),
    # Feature: bounce_then_resent — aim — le social ou autre chose, peu importe
    # ambiguous: «le social ou autre chose, peu importe» — no ESS search of her own, no refusal either: job_seeking_ess stays open
    # mixture: a resend quoting a Gmail «Delivery Status Notification» above her application → application; BTS of 2025, an aim left open → to verify
    N("bounce_then_resent", "aim", "le social ou autre chose, peu importe", M(
        "Jessica Lopes <jessica.lopes@example.com>", "Fwd: Delivery Status Notification (Failure)", "13 11:48",
        """re-bonjour, je renvoie car ça a bloqué

---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)
Address not found — Your message wasn't delivered to propulse@animafac.ne because the domain animafac.ne couldn't be found.

----- Message original -----
bonjour j'ai un BTS MUC depuis juillet 2025 et je cherche du travail, le social ou autre chose, peu importe, je veux surtout un CDI. est ce que vous pouvez m'aider ?
Jessica 06 13 55 92 70""",
        app("Jessica", "Lopes", phone="+33613559270", bac=2, grad="2025-07", unknown=("job_seeking_ess",), status="resend_dsn_aim_peu_importe"),
    )),
    # Feature: bounce_then_resent — studies_finished — je suis en M1 et je finis en juin 2027
    # mixture: a resend («deuxième essai») quoting the server's rejection, his application under it → application; a licence of 2026 but an M1 running until June 2027 → fails studies_finished → not eligible
    N("bounce_then_resent", "studies_finished", "je suis en M1 et je finis en juin 2027", M(
        "Alexandre Guérin <alex.guerin@example.org>", "Candidature Pro'pulse — deuxième essai", "14 16:02",
        """Bonjour,
Deuxième essai : mon premier mail a été rejeté (« 550 5.7.1 Message rejected: attachment too large »), je le renvoie sans la pièce jointe.

Le 12/11/2026 à 15:40, Alexandre Guérin a écrit :
> Bonjour, j'ai eu ma licence d'économie en juin 2026, là je suis en M1 et je finis en juin 2027, mais je cherche un emploi à côté dans une coopérative, à mi-temps, pour payer mes études.
> Alexandre Guérin, 07 28 66 41 95""",
        app("Alexandre", "Guérin", phone="+33728664195", bac=3, grad="2026-06", failing=("studies_finished",), status="resend_rejected_m1_juin_2027"),
    )),
    # Feature: bounce_then_resent — graduation — mon master ESS, obtenu en septembre 2025
    # mixture: a resend quoting an «Undeliverable» report in English, her application under it, her CV attached again → application; a master of September 2025, ESS aim → eligible
    N("bounce_then_resent", "graduation", "mon master ESS, obtenu en septembre 2025", M(
        "Yasmine Belkacem <yasmine.belkacem@example.fr>", "RE: Undeliverable: Candidature Pro'pulse", "15 10:36",
        """Bonjour,
Je reçois ce message d'erreur (ci-dessous) : je vous renvoie donc ma candidature, avec mon CV.

Yasmine Belkacem
06 44 27 80 13

________________________________
From: Microsoft Outlook
Sent: 14 November 2026 18:02
Subject: Undeliverable: Candidature Pro'pulse
Delivery has failed to these recipients or groups: propulse@animafac.net — The recipient's mailbox is temporarily unavailable. Please try again later.

________________________________
Bonjour,
Avec mon master ESS, obtenu en septembre 2025 à l'université de Marne-la-Vallée, je cherche un poste de chargée de développement dans une SCIC ou une coopérative d'activité et d'emploi. J'aimerais être accompagnée par Pro'pulse.""",
        app("Yasmine", "Belkacem", phone="+33644278013", bac=5, grad="2025-09", status="resend_undeliverable_master_sept_2025"),
        cv=CV("odt", "CV_Yasmine_Belkacem.odt", """Yasmine Belkacem — chargée de développement
Master Économie sociale et solidaire, Université Gustave-Eiffel (septembre 2025)
Licence d'économie-gestion (2023)
Stage de fin d'études : Coopérative d'activité Coopaname (avril-août 2025)
06 44 27 80 13 — yasmine.belkacem@example.fr"""),
    )),
    # Feature: bounce_then_resent — level — j'ai arrêté en première année de licence
    # mixture: a resend quoting «message non remis» above the application → application; only the bac, a first year of licence dropped → fails degree_level → not eligible
    N("bounce_then_resent", "level", "j'ai arrêté en première année de licence", M(
        "Dylan Hoarau <dylan.hoarau@example.re>", "re envoi candidature", "16 07:54",
        """Bonjour je renvoie mon message il a pas été remis

« Message non remis : le serveur de destination n'a pas répondu. »

Bonjour, je m'appelle Dylan, j'habite à Saint-Pierre (La Réunion). j'ai le bac (2022) et j'ai arrêté en première année de licence de STAPS. je voudrais travailler dans une asso sportive de quartier. 0692 40 18 73""",
        app("Dylan", "Hoarau", phone="+262692401873", bac=0, grad=None, failing=("degree_level",), status="resend_non_remis_l1_staps"),
    )),
    # Feature: bounce_then_resent — kind — Delivery to the following recipient failed permanently
    # mixture: a bare multipart/report from a mail server about our reply to an applicant, quoting her application in our reply; nobody resends → bounce of her address
    N("bounce_then_resent", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", "17 09:31",
        """Delivery to the following recipient failed permanently:

     lina.amrouche.2001@example.com

Technical details of permanent failure:
The email account that you tried to reach does not exist.

----- Original message -----
Subject: Re: Candidature Pro'pulse
> Le 15 nov. 2026, Lina Amrouche a écrit :
> Bonjour, j'ai une licence pro Médiation sociale obtenue en juin 2026 et je cherche un poste dans une association de quartier.""",
        bounce("lina.amrouche.2001@example.com"),
        bounce="Reporting-MTA: dns; googlemail.com\nFinal-Recipient: rfc822; lina.amrouche.2001@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist",
    )),
    # Feature: bounce_then_resent — kind — Votre message n'a pas pu être remis
    # mixture: a bare French delivery report (postmaster, multipart/report) about our invitation to a participant, no human words → bounce of his address
    N("bounce_then_resent", "kind", "Votre message n'a pas pu être remis", M(
        "postmaster@orange.example.fr", "Non remis : Invitation à l'atelier CV", "18 14:10",
        """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : hugo.besnard@orange.example.fr
Raison : boîte aux lettres désactivée (550 5.2.1).

Objet du message : Invitation à l'atelier CV
Envoyé le : 18/11/2026 14:08""",
        bounce("hugo.besnard@orange.example.fr"),
        bounce="Reporting-MTA: dns; smtp.orange.example.fr\nFinal-Recipient: rfc822; hugo.besnard@orange.example.fr\nAction: failed\nStatus: 5.2.1\nDiagnostic-Code: smtp; 550 5.2.1 mailbox disabled",
    )),
    # Feature: auto_reply_wrapped — aim — Je suis en congé jusqu'au 30 novembre
    # mixture: her mail client's absence banner on top of a mail she wrote («Je suis en congé jusqu'au 30 novembre…»), her application under it → application; a master of 2026, a supermarket job while she looks, an ESS aim → eligible
    N("auto_reply_wrapped", "aim", "une structure d'insertion par l'activité économique", M(
        "Solène Boyer <solene.boyer@example.fr>", "Candidature — Solène Boyer", "19 21:15",
        """[Je suis en congé jusqu'au 30 novembre. Pour toute urgence concernant le magasin, contactez l'accueil au 03 20 00 00 00.]

Bonjour,

Je vous écris pendant mes congés, justement pour préparer la suite. Diplômée en juin 2026 d'un master Économie sociale et solidaire à Lille, je travaille en attendant comme hôtesse de caisse dans un hypermarché, mais ce que je cherche vraiment, c'est un poste dans une structure d'insertion par l'activité économique, un chantier d'insertion par exemple.

Solène Boyer
07 15 62 48 90""",
        app("Solène", "Boyer", phone="+33715624890", bac=5, grad="2026-06", status="bandeau_conge_master_iae"),
    )),
    # Feature: auto_reply_wrapped — situation — en stage de fin d'études au Secours catholique jusqu'au 31 janvier
    # mixture: «Réponse automatique» subject, an Auto-Submitted header and her out-of-office text, then a paragraph she added by hand to apply → application (the human words decide); an internship running until 31 January 2027 → fails not_internship → not eligible
    N("auto_reply_wrapped", "situation", "en stage de fin d'études au Secours catholique jusqu'au 31 janvier", M(
        "Margaux Ducret <margaux.ducret@example.org>", "Réponse automatique : La lettre Pro'pulse — novembre 2026", "20 08:05",
        """Bonjour, je suis en séminaire jusqu'au 23 novembre et je lirai votre message à mon retour.

Ajout personnel (ce n'est pas le message automatique !) : votre lettre tombe bien, je voulais vous écrire. Je suis en stage de fin d'études au Secours catholique jusqu'au 31 janvier, pour mon master Intervention sociale, et je voudrais candidater à Pro'pulse pour trouver un poste ensuite dans une association d'accueil de jour.
Margaux Ducret — 06 91 37 25 04""",
        app("Margaux", "Ducret", phone="+33691372504", bac="*", grad=None, failing=("not_internship", "studies_finished"), status="auto_ajout_personnel_stage_31_janvier"),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: auto_reply_wrapped — level — maîtrise de sociologie de l'université Cheikh-Anta-Diop
    # ambiguous: a Senegalese «maîtrise» with no French equivalence given — degree_level stays open
    # mixture: «Message automatique : en déplacement» on top, then his own paragraph asking to join → application; a foreign diploma of July 2025 of open level → to verify
    N("auto_reply_wrapped", "level", "maîtrise de sociologie de l'université Cheikh-Anta-Diop", M(
        "Ibrahima Kane <ibrahima.kane@example.sn>", "Message automatique / candidature", "21 12:40",
        """Message automatique : je suis en déplacement jusqu'au 25 novembre, connexion limitée.

Bonjour, j'ai écrit ce message avant de partir pour qu'il parte avec la réponse automatique. Je suis arrivé à Marseille en septembre avec une maîtrise de sociologie de l'université Cheikh-Anta-Diop de Dakar (juillet 2025) et je cherche un emploi dans une association d'aide aux migrants ou une coopérative. Je souhaite être accompagné par votre programme.
Ibrahima Kane
+33 7 49 03 61 28""",
        app("Ibrahima", "Kane", phone="+33749036128", bac="*", grad="2025-07", unknown=("degree_level",), status="auto_deplacement_maitrise_dakar"),
    )),
    # Feature: auto_reply_wrapped — career_change — conseillère clientèle à la Caisse d'épargne depuis 2017
    # mixture: an Auto-Submitted header from her employer's Outlook rule on a mail she wrote, her absence notice appended below her words → application; a bank adviser since 2017 who finished a master in evening classes → fails not_career_change → not eligible
    N("auto_reply_wrapped", "career_change", "conseillère clientèle à la Caisse d'épargne depuis 2017", M(
        "Laetitia Joly <laetitia.joly@example.com>", "Pro'pulse — candidature", "22 18:22",
        """Bonjour,

Je suis conseillère clientèle à la Caisse d'épargne depuis 2017 et j'ai terminé en juin 2026, en cours du soir, un master Management des entreprises de l'ESS. Je voudrais maintenant changer de voie et rejoindre une mutuelle ou une association. Votre programme pourrait-il m'accompagner ?

Laetitia Joly
06 70 31 88 45

---
Absente du 23 au 27 novembre. En cas d'urgence, merci de contacter l'agence de Bordeaux-Bastide.""",
        app("Laetitia", "Joly", phone="+33670318845", bac=5, grad="2026-06", failing=("not_career_change",), status="auto_submitted_conseillere_banque_2017"),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: auto_reply_wrapped — graduation — validé par le jury du 14 novembre 2024
    # mixture: her own out-of-office answering our letter, and below it a paragraph she wrote («puisque mon répondeur vous a écrit…») → application; a level-5 title validated on 14 November 2024, 24 months ago, still recent → eligible
    N("auto_reply_wrapped", "graduation", "validé par le jury du 14 novembre 2024", M(
        "Kenza Amara <kenza.amara@example.fr>", "Absente — Re: La lettre Pro'pulse", "23 09:58",
        """Je suis absente jusqu'au 1er décembre et n'aurai pas accès à mes messages.

Puisque mon répondeur vous a écrit, autant vous expliquer pourquoi je lis votre lettre : j'ai un titre professionnel Médiateur social accès aux droits et services (niveau 5, bac+2), validé par le jury du 14 novembre 2024, et je cherche un poste de médiatrice dans une association ou un centre social. Je voudrais m'inscrire chez vous.
Kenza Amara — 07 33 09 52 61""",
        app("Kenza", "Amara", phone="+33733095261", bac=2, grad="2024-11", status="repondeur_titre_niveau_5_nov_2024"),
    )),
    # Feature: auto_reply_wrapped — studies_finished — results are due in mid-December
    # ambiguous: all exams behind him, the results awaited — studies_finished stays open
    # mixture: an English «Out of office» notice, then the paragraph he wrote by hand to apply → application (English); last exams in October, results due mid-December → to verify
    N("auto_reply_wrapped", "studies_finished", "results are due in mid-December", M(
        "Jonas Lindqvist <jonas.lindqvist@example.se>", "Automatic reply: Pro'pulse", "24 11:11",
        """Out of office: I'm travelling until 30 November with limited access to email.

Not automatic: I'm writing to apply. I sat the last exams of my master's in Environmental Economics at Toulouse School of Economics in October; results are due in mid-December. I'm looking for a job with an energy cooperative or an environmental NGO in France.
Jonas Lindqvist
+46 70 123 45 67""",
        app("Jonas", "Lindqvist", phone="+46701234567", bac=5, grad=None, unknown=("studies_finished",), language="en", status="ooo_en_results_mid_december"),
    )),
    # Feature: auto_reply_wrapped — kind — je suis en vacances jusqu'au 2 décembre
    # mixture: a true auto-reply (Auto-Submitted, no human words) to our acknowledgement, quoting our message → auto_reply
    N("auto_reply_wrapped", "kind", "je suis en vacances jusqu'au 2 décembre", M(
        "Nadia Guezzi <nadia.guezzi@example.fr>", "Réponse automatique : Votre candidature à Pro'pulse", "24 15:47",
        """Bonjour, je suis en vacances jusqu'au 2 décembre inclus. Je vous répondrai à mon retour.

> Bonjour Nadia, nous avons bien reçu votre candidature et reviendrons vers vous sous dix jours. L'équipe Pro'pulse""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: auto_reply_wrapped — kind — Votre message : Bonjour, j'ai un BTS ESF de 2025
    # mixture: a Mission locale's automatic acknowledgement (Auto-Submitted) quoting the application a young man had copied to it and to us → auto_reply, not his application
    N("auto_reply_wrapped", "kind", "Votre message : Bonjour, j'ai un BTS ESF de 2025", M(
        "Mission locale Sud-Gironde <accueil@ml-sudgironde.example.fr>", "Accusé de réception automatique", "25 08:00",
        """Ceci est un accusé de réception automatique. Votre demande a bien été enregistrée et sera traitée sous 72 heures ouvrées.

Votre message : Bonjour, j'ai un BTS ESF de 2025 et je cherche un emploi dans une association, je candidate aussi à Pro'pulse (en copie). Enzo Lacroix

Merci de ne pas répondre à ce message.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
