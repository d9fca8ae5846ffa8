"""Clients corpus, batch 06 (writer B): phone apps other than A's (the Yahoo Mail app, the Gmail app with a
dictated text and a «Scan 18 nov. 2026.pdf» with no text layer, Outlook for iOS, the Orange Mail app with a
photo of a diploma, a Galaxy's line, a reply from a phone over our quoted mail); the French webmails SFR,
Hotmail.fr with «Garanti sans virus. www.avast.com», Free's Zimbra with «----- Mail original -----» under a
newer state, laposte.net's footer, Orange's webmail tables with an advert for a training, Yahoo France, an
Orange bounce; plain clients (Thunderbird flowed with the fact after a soft break, Evolution with a «-- »
signature that carries the internship, neomutt with an old employer in the signature, Proton PGP/MIME whose
signature is out of date, an inline «BEGIN PGP SIGNED MESSAGE» with «- -- », a mailing list digest)."""
# ruff: noqa: E501

from __future__ import annotations

from clients import N
from kit import M, app, bounce, newsletter, other, question, reply

THUNDERBIRD = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"}
ZIMBRA = {"X-Mailer": "Zimbra 9.0.0_GA_4597 (ZimbraWebClient - FF132 (Linux)/9.0.0_GA_4597)"}
ORANGE_WEB = {"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev63"}

MESSAGES = [
    # Feature: mobile_apps — aim — je cherche uniquement en banque ou en assurance
    # shape: the Yahoo Mail app for Android, thumb-typed without capitals, the app's line «Envoyé depuis Yahoo Mail pour Android» under it; the search in the second line → application; BTS NDRC of June 2026, a search in banking or insurance alone → fails job_seeking_ess → not eligible
    N("mobile_apps", "aim", "je cherche uniquement en banque ou en assurance", M(
        "Manon Pichard <manon.pichard@yahoo.example.fr>", "candidature", "02 12:51",
        """bonjour
jai eu mon bts ndrc en juin 2026 et je cherche uniquement en banque ou en assurance, conseillere clientele. vous pouvez m aider ?
manon pichard 0678152394

Envoyé depuis Yahoo Mail pour Android""",
        app("Manon", "Pichard", phone="+33678152394", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="b_yahoo_app_banque_assurance"),
        headers={"X-Mailer": "YahooMailAndroidMobile/6.62.1"},
    )),
    # Feature: mobile_apps — graduation — j'ai eu mon BUT carrières sociales en juin dernier
    # shape: the Gmail app, a dictated text (the dictation wrote «virgule» once), a scanned diploma «Scan 18 nov. 2026.pdf» with no text layer attached; the date in the body → application; BUT of June 2026, an ESS aim → eligible
    N("mobile_apps", "graduation", "j'ai eu mon BUT carrières sociales en juin dernier", M(
        "Rayan Tchoumi <rayan.tchoumi@gmail.example.com>", "Pro pulse candidature", "04 17:36",
        """Bonjour je m'appelle Rayan Tchoumi j'ai eu mon BUT carrières sociales en juin dernier virgule à l'IUT de Bordeaux Montaigne. Je cherche un travail d'animateur de prévention dans une association de quartier ou un club de prévention spécialisée. Je vous mets mon diplôme scanné en pièce jointe. Mon numéro c'est le 06 84 27 15 30. Merci""",
        app("Rayan", "Tchoumi", phone="+33684271530", bac=3, grad="2026-06", status="b_gmail_app_dictee_but_juin_dernier"),
        headers={"X-Clients-Attach": "Scan 18 nov. 2026.pdf"},
    )),
    # Feature: mobile_apps — situation — je suis volontaire en service civique aux Restos du Cœur jusqu'au 30 juin 2027
    # shape: Outlook for iOS, three short lines and «Obtenir Outlook pour iOS»; the civic service in the first line → application; licence of June 2026, a civic service until 30 June 2027 → fails not_service_civique → not eligible
    N("mobile_apps", "situation", "je suis volontaire en service civique aux Restos du Cœur jusqu'au 30 juin 2027", M(
        "Solène Rivière <solene.riviere@outlook.example.fr>", "Inscription Pro'pulse", "06 08:02",
        """Bonjour, je suis volontaire en service civique aux Restos du Cœur jusqu'au 30 juin 2027, licence de psycho obtenue en juin 2026.
Je voudrais préparer ma recherche d'emploi dans le médico-social associatif.
Solène Rivière – 07 33 48 26 15

Obtenir Outlook pour iOS""",
        app("Solène", "Rivière", phone="+33733482615", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_outlook_ios_restos_coeur_juin_2027"),
        headers={"X-Mailer": "Outlook-iOS/2.0"},
    )),
    # Feature: mobile_apps — studies_finished — j'attends les résultats du jury, tous mes partiels sont passés
    # ambiguous: every exam passed and the jury awaited: studies_finished stays open
    # shape: Samsung Email, a quick mail and the line «Envoyé depuis mon appareil Galaxy»; the studies in the body → application; M2 with every exam passed, jury awaited → studies_finished open → to verify
    N("mobile_apps", "studies_finished", "j'attends les résultats du jury, tous mes partiels sont passés", M(
        "Walid Mansouri <walid.mansouri@example.fr>", "Candidature", "08 19:24",
        """Bonjour,
Je finis un M2 Droit de l'économie sociale et solidaire à Nanterre : j'attends les résultats du jury, tous mes partiels sont passés. Je vise un poste de juriste dans une fédération de coopératives.
Walid Mansouri
06 21 73 80 49

Envoyé depuis mon appareil Galaxy""",
        app("Walid", "Mansouri", phone="+33621738049", bac="*", grad=None, unknown=("studies_finished",), status="b_samsung_jury_attendu_m2_droit_ess"),
        headers={"X-Mailer": "Samsung Mobile Email"},
    )),
    # Feature: mobile_apps — level — licence professionnelle Intervention sociale, accompagnement de publics spécifiques
    # shape: the Orange Mail app, a photo of the diploma IMG_20261110_184512.jpg attached (an image nobody reads), the level and its date typed in the body, the app's line «Envoyé depuis l'application Mail Orange» → application; licence pro (bac+3) of June 2025, an ESS aim → eligible
    N("mobile_apps", "level", "licence professionnelle Intervention sociale, accompagnement de publics spécifiques", M(
        "Mélissa Robin <melissa.robin@orange.example.fr>", "Ma candidature", "10 18:47",
        """Bonjour,

En photo mon diplôme : licence professionnelle Intervention sociale, accompagnement de publics spécifiques, obtenue en juin 2025 à Angers. Je cherche un emploi de conseillère en insertion dans une entreprise d'insertion ou un chantier d'insertion.

Mélissa Robin
06.30.85.42.17

Envoyé depuis l'application Mail Orange""",
        app("Mélissa", "Robin", phone="+33630854217", bac=3, grad="2025-06", status="b_orange_app_photo_lp_intervention_sociale"),
        headers={"X-Clients-Attach": "IMG_20261110_184512.jpg"},
    )),
    # Feature: mobile_apps — graduation — moi j'ai eu mon BTS en 2022
    # shape: Samsung Email, two lines and «Envoyé depuis mon smartphone Samsung Galaxy.» top-posted over a school newsletter she forwards (under «-------- Message original --------» without «>»); the school's text speaks of «les diplômés 2026», her own line carries her year → application; BTS of 2022 → fails graduation_recent → not eligible
    N("mobile_apps", "graduation", "moi j'ai eu mon BTS en 2022", M(
        "Ophélie Nicolas <ophelie.nicolas@gmail.example.com>", "Fwd: Lettre des anciens – décembre", "11 21:58",
        """Bonjour, l'école parle de vous dans sa lettre. moi j'ai eu mon BTS en 2022 (BTS SP3S) et je cherche dans l'aide à domicile associative, je peux m'inscrire ?
Ophélie 07 58 20 94 31

Envoyé depuis mon smartphone Samsung Galaxy.

-------- Message original --------
De : Lycée Sainte-Famille – Anciens <anciens@lycee-sf.example.fr>
Date : 08/11/2026 10:00 (GMT+01:00)
À : ophelie.nicolas@gmail.example.com
Objet : Lettre des anciens – décembre

Chers anciens élèves,
Pour les diplômés 2026, Animafac propose Pro'pulse, un accompagnement vers un premier emploi dans l'ESS.
Nous fêterons aussi les 50 ans du lycée le 12 décembre : venez nombreux !
L'équipe du lycée""",
        app("Ophélie", "Nicolas", phone="+33758209431", bac=2, grad="2022", failing=("graduation_recent",), status="b_samsung_bts_2022_sous_lettre_ecole"),
        headers={"X-Mailer": "Samsung Mobile Email"},
    )),
    # Feature: mobile_apps — kind — Ok pour jeudi 14h, je serai là
    # shape: iPhone-less Android reply, one line top-posted over our long mail quoted in full, In-Reply-To our Message-ID, «Envoyé depuis mon appareil Galaxy» → reply
    N("mobile_apps", "kind", "Ok pour jeudi 14h, je serai là", M(
        "Youssef Naciri <youssef.naciri@example.fr>", "RE: Entretien d'entrée Pro'pulse", "12 13:15",
        """Ok pour jeudi 14h, je serai là. Merci !

Envoyé depuis mon appareil Galaxy

-------- Message d'origine --------
De : Pro'pulse <propulse@animafac.net>
Date : 12/11/2026 11:02 (GMT+01:00)
À : Youssef Naciri <youssef.naciri@example.fr>
Objet : Entretien d'entrée Pro'pulse

Bonjour Youssef,
Nous avons bien reçu votre candidature et vous proposons un entretien d'entrée le jeudi 19 novembre à 14 h, au 11 rue Martin-Bernard, Paris 13e (métro Corvisart). L'entretien dure environ 45 minutes ; pensez à apporter votre CV.
Merci de nous confirmer votre présence.
L'équipe Pro'pulse""",
        reply(),
        headers={"X-Mailer": "Samsung Mobile Email", "In-Reply-To": "<entretien-1119.yn@animafac.net>", "References": "<entretien-1119.yn@animafac.net>"},
    )),
    # Feature: mobile_apps — kind — c'est combien de rendez-vous en tout
    # shape: the Yahoo Mail app for iPhone, a thumb-typed question without capitals and the app's line → question
    N("mobile_apps", "kind", "c'est combien de rendez-vous en tout", M(
        "p.vautrin@yahoo.example.fr", "question", "13 23:40",
        """bonsoir, pro'pulse c'est combien de rendez-vous en tout et sur combien de mois ? merci

Envoyé depuis Yahoo Mail pour iPhone""",
        question(),
        headers={"X-Mailer": "YahooMailiOS/7.46.1"},
    )),
    # Feature: mobile_apps — kind — Tu rentres à quelle heure ce soir
    # shape: the Gmail app, a message meant for someone else sent to our address by mistake, «Envoyé depuis mon mobile» → other
    N("mobile_apps", "kind", "Tu rentres à quelle heure ce soir", M(
        "Clémence Sauvage <clemence.sauvage@gmail.example.com>", "ce soir", "14 17:03",
        """Tu rentres à quelle heure ce soir ? Je passe au marché avant, dis-moi s'il manque quelque chose 😘

Envoyé depuis mon mobile""",
        other(),
    )),
    # Feature: french_webmails — career_change — pendant mes études j'étais caissière le week-end chez Leclerc
    # shape: the SFR webmail, HTML in a table with SFR's footer «Message envoyé depuis la messagerie SFR»; the student job (no career) in the body's second paragraph → application; licence of July 2025, only a student job before, an ESS aim → eligible
    N("french_webmails", "career_change", "pendant mes études j'étais caissière le week-end chez Leclerc", M(
        "Priscilla Norbert <priscilla.norbert@sfr.example.fr>", "Candidature programme Pro'pulse", "03 10:44",
        """Bonjour,

J'ai obtenu ma licence Sciences sociales en juillet 2025 à l'université de Picardie.

Je n'ai pas d'autre expérience que mes stages : pendant mes études j'étais caissière le week-end chez Leclerc pour payer mon loyer. Je souhaite maintenant travailler dans une association d'éducation populaire ou une MJC.

Priscilla Norbert
07 26 51 83 40

Message envoyé depuis la messagerie SFR — webmail.sfr.fr""",
        app("Priscilla", "Norbert", phone="+33726518340", bac=3, grad="2025-07", status="b_sfr_caissiere_week_end_etudes"),
        html="both",
        body_html=(
            '<html><body><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td'
            ' style="font-family:Arial,sans-serif;font-size:13px"><p>Bonjour,</p><p>J\'ai obtenu ma licence'
            " Sciences sociales en juillet 2025 à l'université de Picardie.</p><p>Je n'ai pas d'autre expérience"
            " que mes stages : pendant mes études j'étais caissière le week-end chez Leclerc pour payer mon"
            " loyer. Je souhaite maintenant travailler dans une association d'éducation populaire ou une MJC.</p>"
            "<p>Priscilla Norbert<br>07 26 51 83 40</p></td></tr><tr><td style=\"font-size:10px;color:#888\">"
            'Message envoyé depuis la messagerie SFR — <a href="https://webmail.sfr.fr">webmail.sfr.fr</a>'
            "</td></tr></table></body></html>"
        ),
        headers={"X-Mailer": "SFR Messagerie"},
    )),
    # Feature: french_webmails — aim — un poste d'adjoint de magasin dans une enseigne de bricolage
    # shape: Hotmail.fr (Outlook.com), the avast line «Garanti sans virus. www.avast.com» under the signature; the aim in the body → application; BTS MCO of June 2025, a search in DIY retail alone → fails job_seeking_ess → not eligible
    N("french_webmails", "aim", "un poste d'adjoint de magasin dans une enseigne de bricolage", M(
        "Kevin Ollivier <kevin.ollivier@hotmail.example.fr>", "demande", "05 15:29",
        """Bonjour,

J'ai mon BTS MCO depuis juin 2025 et je cherche un poste d'adjoint de magasin dans une enseigne de bricolage, Leroy Merlin, Castorama ou Brico Dépôt, autour de Rouen. Un ami m'a dit que vous aidiez les jeunes diplômés.

Kevin Ollivier
06 09 52 73 18

Garanti sans virus. www.avast.com""",
        app("Kevin", "Ollivier", phone="+33609527318", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="b_hotmail_avast_adjoint_magasin_bricolage"),
        html="both",
        body_html=(
            '<html><head><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
            '</head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size:'
            ' 12pt;">Bonjour,<br><br>J\'ai mon BTS MCO depuis juin 2025 et je cherche un poste d\'adjoint de magasin'
            " dans une enseigne de bricolage, Leroy Merlin, Castorama ou Brico Dépôt, autour de Rouen. Un ami m'a dit que"
            " vous aidiez les jeunes diplômés.<br><br>Kevin Ollivier<br>06 09 52 73 18</div>"
            '<div id="DAB4FAD8-2DD7-40BB-A1B8-4E2AA1F9FDF2"><br><table style="border-top: 1px solid #D3D4DE;">'
            '<tr><td style="width: 55px; padding-top: 13px;"><a href="https://www.avast.com/sig-email"'
            ' target="_blank"><img src="https://s-install.avcdn.net/ipm/preview/icons/icon-envelope-tick-round-'
            'orange-animated-no-repeat-v1.gif" alt="" width="46" height="29"></a></td><td style="width: 470px;'
            ' padding-top: 12px; color: #41424e; font-size: 13px;">Garanti sans virus. <a'
            ' href="https://www.avast.com/sig-email" target="_blank" style="color: #4453ea;">www.avast.com</a>'
            "</td></tr></table></div></body></html>"
        ),
    )),
    # Feature: french_webmails — situation — il se terminera début décembre
    # ambiguous: an internship extended to «début décembre» with no day: not_internship stays open
    # shape: Free's Zimbra webmail, the newer words above «----- Mail original -----» and the writer's own earlier mail under it (internship ending 30 October); the newer words extend it with no day → application; master of September 2026, internship ending early December → not_internship open → to verify
    N("french_webmails", "situation", "il se terminera début décembre", M(
        "Baptiste Roche <baptiste.roche@free.example.fr>", "Re: ma candidature (mise à jour)", "09 09:37",
        """Bonjour,

Petite mise à jour de mon message d'octobre, que je remets en dessous : mon stage à la Fondation Abbé Pierre a été prolongé, il se terminera début décembre, la date exacte n'est pas encore fixée.

Baptiste

----- Mail original -----
De: "Baptiste Roche" <baptiste.roche@free.example.fr>
À: "Pro'pulse" <propulse@animafac.net>
Envoyé: Vendredi 16 Octobre 2026 18:22:05
Objet: ma candidature

Bonjour,
Master Politiques sociales validé en septembre 2026 (Lille). Je suis en stage à la Fondation Abbé Pierre jusqu'au 30 octobre, puis je chercherai un poste de chargé d'études dans une association de lutte contre le mal-logement.
Baptiste Roche
06 40 73 29 85""",
        app("Baptiste", "Roche", phone="+33640732985", bac=5, grad="2026-09", unknown=("not_internship",), status="b_zimbra_stage_prolonge_debut_decembre"),
        html="both",
        body_html=(
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            "<div>Bonjour,</div><div><br></div><div>Petite mise à jour de mon message d'octobre, que je remets en"
            " dessous : mon stage à la Fondation Abbé Pierre a été prolongé, il se terminera début décembre, la"
            " date exacte n'est pas encore fixée.</div><div><br></div><div>Baptiste</div><div><br></div>"
            '<hr id="zwchr"><div data-marker="__HEADERS__"><b>De: </b>"Baptiste Roche"'
            " &lt;baptiste.roche@free.example.fr&gt;<br><b>À: </b>\"Pro'pulse\" &lt;propulse@animafac.net&gt;<br>"
            "<b>Envoyé: </b>Vendredi 16 Octobre 2026 18:22:05<br><b>Objet: </b>ma candidature<br></div><br>"
            '<div data-marker="__QUOTED_TEXT__">Bonjour,<br>Master Politiques sociales validé en septembre 2026'
            " (Lille). Je suis en stage à la Fondation Abbé Pierre jusqu'au 30 octobre, puis je chercherai un"
            " poste de chargé d'études dans une association de lutte contre le mal-logement.<br>Baptiste Roche"
            "<br>06 40 73 29 85</div></div></body></html>"
        ),
        headers=ZIMBRA,
    )),
    # Feature: french_webmails — studies_finished — Je suis en troisième année de licence à distance, examens en juin 2027
    # shape: laposte.net's webmail, a plain text with the La Poste footer; the studies running in the body → application; a licence running until June 2027, no earlier diploma → fails studies_finished → not eligible
    N("french_webmails", "studies_finished", "Je suis en troisième année de licence à distance, examens en juin 2027", M(
        "Gwendoline Terrier <gwen.terrier@laposte.example.net>", "Candidature Pro'pulse", "11 22:16",
        """Bonjour,

Je suis en troisième année de licence à distance, examens en juin 2027 (Administration économique et sociale, université de Caen). En parallèle je suis bénévole dans une épicerie sociale et je voudrais y travailler plus tard, ou dans une structure du même genre.

Est-ce que je peux m'inscrire dès maintenant ?

Gwendoline Terrier
07 84 12 56 30

--------
Laposte.net, la messagerie gratuite et sécurisée : www.laposte.net""",
        app("Gwendoline", "Terrier", phone="+33784125630", bac="*", grad=None, failing=("studies_finished",), status="b_laposte_l3_distance_juin_2027"),
        headers={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev58"},
    )),
    # Feature: french_webmails — aim — je voudrais rejoindre une coopérative d'habitants ou une foncière solidaire
    # shape: Orange's webmail (Open-Xchange), HTML in tables, the webmail's advert under the mail («Formez-vous au métier de conseiller bancaire…», a distractor naming a training and a bank); the aim in the writer's words → application; master of June 2025, an ESS aim → eligible
    N("french_webmails", "aim", "je voudrais rejoindre une coopérative d'habitants ou une foncière solidaire", M(
        "Lucie Masson <lucie.masson@orange.example.fr>", "Candidature", "13 11:08",
        """Bonjour,

Master Urbanisme et aménagement obtenu en juin 2025 à Grenoble. Plutôt que les bureaux d'études où j'ai fait mes stages, je voudrais rejoindre une coopérative d'habitants ou une foncière solidaire, sur le montage de projets.

Lucie Masson
06 15 94 37 08

Ce message a été envoyé depuis le webmail Orange.
Publicité : Formez-vous au métier de conseiller bancaire en 6 mois – financement CPF possible – cliquez ici""",
        app("Lucie", "Masson", phone="+33615943708", bac=5, grad="2025-06", status="b_orange_webmail_cooperative_habitants"),
        html="both",
        body_html=(
            '<!doctype html><html><head><meta charset="UTF-8"></head><body><div class="default-style">'
            "<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\"><tr><td><p>Bonjour,</p><p>Master Urbanisme et"
            " aménagement obtenu en juin 2025 à Grenoble. Plutôt que les bureaux d'études où j'ai fait mes stages,"
            " je voudrais rejoindre une coopérative d'habitants ou une foncière solidaire, sur le montage de"
            " projets.</p><p>Lucie Masson<br>06 15 94 37 08</p></td></tr></table></div>"
            '<table width="100%" style="border-top:1px solid #ff7900"><tr><td style="font-size:11px;color:#666">'
            "Ce message a été envoyé depuis le webmail Orange.<br>Publicité : Formez-vous au métier de conseiller"
            " bancaire en 6 mois – financement CPF possible – <a href=\"https://pub.orange.example.fr/c\">cliquez"
            " ici</a></td></tr></table></body></html>"
        ),
        headers=ORANGE_WEB,
    )),
    # Feature: french_webmails — graduation — diplômée de l'EFTS en juillet 2025
    # shape: Yahoo France's webmail, HTML with yahoo-style divs and the avast line under it; the date in the first line → application; DE ASS (bac+3) of July 2025, an ESS aim → eligible
    N("french_webmails", "graduation", "diplômée de l'EFTS en juillet 2025", M(
        "Anaïs Thibaud <anais.thibaud@yahoo.example.fr>", "DE ASS - candidature", "15 16:50",
        """Bonjour,

Assistante de service social, diplômée de l'EFTS en juillet 2025 (Toulouse). J'ai fait des remplacements en polyvalence de secteur et je voudrais maintenant un poste dans une association d'accès aux droits ou un CHRS.

Anaïs Thibaud
06 92 30 41 75

Garanti sans virus. www.avast.com""",
        app("Anaïs", "Thibaud", phone="+33692304175", bac=3, grad="2025-07", status="b_yahoo_fr_efts_juillet_2025"),
        html="both",
        body_html=(
            '<html><head></head><body><div class="ydp3a9f1c2yahoo-style-wrap" style="font-family:Helvetica Neue,'
            ' Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Bonjour,</div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Assistante de service'
            " social, diplômée de l'EFTS en juillet 2025 (Toulouse). J'ai fait des remplacements en polyvalence de"
            " secteur et je voudrais maintenant un poste dans une association d'accès aux droits ou un CHRS.</div>"
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Anaïs Thibaud<br>'
            "06 92 30 41 75</div></div><br>Garanti sans virus. <a href=\"https://www.avast.com/sig-email\">"
            "www.avast.com</a></body></html>"
        ),
        headers={"X-Mailer": "WebService/1.1.22806 YMailNorrin"},
    )),
    # Feature: french_webmails — kind — Your message could not be delivered to one or more recipients
    # shape: an Orange mail server's delivery report (multipart/report) for our answer to a wanadoo.fr address → bounce
    N("french_webmails", "kind", "Your message could not be delivered to one or more recipients", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.orange.example.fr>", "Undelivered Mail Returned to Sender", "16 04:12",
        """Ce message a été généré automatiquement par le serveur smtp.orange.fr.

Your message could not be delivered to one or more recipients.
Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<xavier.thomassin@wanadoo.example.fr>: host mx.wanadoo.fr said: 550 5.1.1 mailbox unavailable / boîte aux lettres inexistante""",
        bounce("xavier.thomassin@wanadoo.example.fr"),
        bounce="Reporting-MTA: dns; smtp.orange.fr\n\nFinal-Recipient: rfc822; xavier.thomassin@wanadoo.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable",
    )),
    # Feature: french_webmails — kind — merci de supprimer mes coordonnées de vos fichiers
    # shape: laposte.net's webmail, plain text with La Poste's footer, a request to erase her data, nothing about the programme asked → other
    N("french_webmails", "kind", "merci de supprimer mes coordonnées de vos fichiers", M(
        "Josiane Mercadier <josiane.mercadier@laposte.example.net>", "Suppression de mes données", "17 10:33",
        """Bonjour,

J'ai reçu votre lettre d'information alors que je ne vous ai jamais rien demandé : merci de supprimer mes coordonnées de vos fichiers, conformément au RGPD.

Josiane Mercadier

--------
Laposte.net, la messagerie gratuite et sécurisée : www.laposte.net""",
        other(),
        headers={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev58"},
    )),
    # Feature: plain_clients — level — titulaire d'un DEUST Médiation citoyenne
    # shape: Thunderbird, plain text format=flowed, the diploma cut by a soft break in mid-sentence («titulaire d'un DEUST ⏎ Médiation citoyenne»), a «-- » signature → application; DEUST (bac+2) of June 2026, an ESS aim → eligible
    N("plain_clients", "level", "titulaire d'un DEUST Médiation citoyenne", M(
        "Gaëtan Olivier <gaetan.olivier@example.org>", "Candidature Pro'pulse", "02 21:05",
        """Bonjour,

Je suis titulaire d'un DEUST \nMédiation citoyenne (université de Lille, juin 2026) et je \ncherche un poste de médiateur social dans une association de \nquartier ou une régie de quartier de la métropole lilloise.

Bonne soirée,

-- \nGaëtan Olivier
07 41 26 58 93""",
        app("Gaëtan", "Olivier", phone="+33741265893", bac=2, grad="2026-06", status="b_thunderbird_flowed_deust_mediation"),
        headers={**THUNDERBIRD, "X-Clients-Shape": "flowed"},
    )),
    # Feature: plain_clients — situation — Stagiaire chargé de mission jusqu'au 15 janvier 2027
    # shape: Evolution, plain text, the internship and its end only in the «-- » signature (the body says «ma signature dit tout»), the signature being the writer's → application; master of September 2026, internship until 15 January 2027 → fails not_internship → not eligible
    N("plain_clients", "situation", "Stagiaire chargé de mission jusqu'au 15 janvier 2027", M(
        "Pierre-Alexis Martel <pa.martel@fondation-exemple.example.org>", "Candidature", "05 13:58",
        """Bonjour,

J'écris depuis ma boîte de stage, ma signature dit tout de ma situation actuelle. J'ai validé mon master Gestion des organisations sanitaires et sociales en septembre 2026 et je voudrais trouver ensuite un poste dans une fondation ou une association gestionnaire d'établissements.

Cordialement,

-- \nPierre-Alexis Martel
Stagiaire chargé de mission jusqu'au 15 janvier 2027
Fondation des Amis de l'Atelier – Direction de la qualité
06 58 24 17 93""",
        app("Pierre-Alexis", "Martel", phone="+33658241793", bac=5, grad="2026-09", failing=("not_internship",), status="b_evolution_signature_stagiaire_janvier"),
        headers={"X-Mailer": "Evolution 3.52.4"},
    )),
    # Feature: plain_clients — career_change — après quelques années à la SNCF
    # ambiguous: «quelques années» as a technician before the BUT: not_career_change stays open
    # shape: neomutt, plain text, the old employer in the «-- » signature («ex-technicien de maintenance, SNCF») and the length left unsaid in the body → application; BUT of June 2026, a job of unsaid length → not_career_change open → to verify
    N("plain_clients", "career_change", "après quelques années à la SNCF", M(
        "Quentin Wojcik <quentin@wojcik.example.net>", "Candidature Pro'pulse", "07 09:12",
        """Bonjour,

J'ai repris mes études après quelques années à la SNCF et j'ai obtenu en juin 2026 un BUT Qualité, logistique industrielle et organisation. Je cherche un poste dans une entreprise adaptée ou un atelier d'insertion, côté organisation de la production.

Merci,

-- \nQuentin Wojcik
ex-technicien de maintenance, SNCF Réseau
GPG: 4F2A 9C1D 77E0 3B58""",
        app("Quentin", "Wojcik", phone=None, bac=3, grad="2026-06", unknown=("not_career_change",), status="b_neomutt_quelques_annees_sncf"),
        headers={"User-Agent": "NeoMutt/20241114"},
    )),
    # Feature: plain_clients — situation — ma mission de service civique s'est achevée le 31 août
    # shape: Proton Mail, PGP/MIME signed (multipart/signed), the body says the «-- » signature («Volontaire en service civique») is out of date; the end of the mission in the body → application; licence of June 2025, a civic service ended, an ESS aim → eligible
    N("plain_clients", "situation", "ma mission de service civique s'est achevée le 31 août", M(
        "Yanis Richer <yanis.richer@proton.example.me>", "Candidature Pro'pulse", "09 18:40",
        """Bonjour,

Licence Géographie obtenue en juin 2025 à Clermont-Ferrand. Ma signature n'est pas à jour : ma mission de service civique s'est achevée le 31 août, et je cherche depuis un poste d'animateur environnement dans une association ou un CPIE.

Yanis Richer
06 85 30 12 47

-- \nYanis Richer
Volontaire en service civique – CPIE Clermont-Dômes
Envoyé avec la messagerie sécurisée Proton Mail.""",
        app("Yanis", "Richer", phone="+33685301247", bac=3, grad="2025-06", status="b_proton_signature_service_civique_perimee"),
        headers={"X-Clients-Shape": "pgp_signed"},
    )),
    # Feature: plain_clients — graduation — Licence d'histoire de l'art obtenue en juin 2022
    # shape: Thunderbird with an inline «-----BEGIN PGP SIGNED MESSAGE-----» block, its «- -- » dash-escaped signature line and the armoured signature; the date in the signed text → application; licence of June 2022 → fails graduation_recent → not eligible
    N("plain_clients", "graduation", "Licence d'histoire de l'art obtenue en juin 2022", M(
        "Tristan Valette <tristan.valette@example.net>", "Candidature", "12 15:27",
        """-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

Bonjour,

Licence d'histoire de l'art obtenue en juin 2022 à Poitiers, puis deux ans de petits boulots et une année de volontariat en Allemagne. Je cherche un poste de médiateur culturel dans une association ou une scène conventionnée.

Tristan

- -- \nTristan Valette
06 29 84 51 07
-----BEGIN PGP SIGNATURE-----

iHUEARYIAB0WIQTk3m2qVQ9r0vH1Y8b4tF6cZ0aWxQUCZzS4kgAKCRD4tF6cZ0aW
xVbLAP9uq3tXH2aQm1sT8cK0fR7d9bY6nP2w5eL4jV1oA0zZ3gEA1h8XyKq2P0s=
=Qm7z
-----END PGP SIGNATURE-----""",
        app("Tristan", "Valette", phone="+33629845107", bac=3, grad="2022-06", failing=("graduation_recent",), status="b_inline_pgp_licence_2022"),
        headers=THUNDERBIRD,
    )),
    # Feature: plain_clients — aim — une association ou le service jeunesse d'une mairie, je n'ai pas de préférence
    # ambiguous: an association or a town hall's youth service with no preference: job_seeking_ess stays open
    # shape: Thunderbird, format=flowed, the search on the line after a soft break, a «-- » signature → application; BPJEPS plus DUT of June 2025, two searches on equal terms → job_seeking_ess open → to verify
    N("plain_clients", "aim", "une association ou le service jeunesse d'une mairie, je n'ai pas de préférence", M(
        "Mathilde Vernet <mathilde.vernet@example.fr>", "inscription", "14 20:19",
        """Bonjour,

DUT Carrières sociales animation sociale et socioculturelle, obtenu en juin 2025 à Grenoble, et BPJEPS en poche. Je cherche un poste de coordinatrice jeunesse : \nune association ou le service jeunesse d'une mairie, je n'ai pas de préférence.

-- \nMathilde Vernet
07 63 19 40 82""",
        app("Mathilde", "Vernet", phone="+33763194082", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="b_thunderbird_asso_ou_mairie"),
        headers={**THUNDERBIRD, "X-Clients-Shape": "flowed"},
    )),
    # Feature: plain_clients — kind — [ess-emploi-ouest] Digest n°412
    # shape: a Mailman list digest in plain text, its «-- » footer, List-Unsubscribe and Precedence: list → newsletter
    N("plain_clients", "kind", "[ess-emploi-ouest] Digest n°412", M(
        "ess-emploi-ouest-request@listes.example.org", "[ess-emploi-ouest] Digest n°412", "18 06:00",
        """Envoyez vos messages pour la liste ess-emploi-ouest à
    ess-emploi-ouest@listes.example.org

Thèmes du jour :
   1. Offre : chargé·e d'accueil, ressourcerie de Quimper (CDD 6 mois)
   2. Offre : coordinateur de chantier d'insertion, Lannion
   3. Rencontre régionale des CAE le 8 décembre

-- \nPour vous désabonner : https://listes.example.org/mailman/listinfo/ess-emploi-ouest""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://listes.example.org/mailman/options/ess-emploi-ouest>", "List-Id": "<ess-emploi-ouest.listes.example.org>", "Precedence": "list"},
    )),
    # Feature: plain_clients — kind — est-ce qu'un DU compte comme un diplôme de niveau bac+2
    # shape: mutt, plain text with a «-- » signature, a general question about a diploma, nobody's own facts → question
    N("plain_clients", "kind", "est-ce qu'un DU compte comme un diplôme de niveau bac+2", M(
        "Sylvain Perrot <sylvain@perrot.example.net>", "Question sur les diplômes", "20 11:41",
        """Bonjour,

Question de principe : est-ce qu'un DU compte comme un diplôme de niveau bac+2 pour Pro'pulse ? Plusieurs personnes de mon association se posent la question.

-- \nSylvain Perrot
Bénévole, Association Solidarité Étudiante Caen""",
        question(),
        headers={"User-Agent": "Mutt/2.2.13 (2024-03-09)"},
    )),
]
