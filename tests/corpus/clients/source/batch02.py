"""Clients corpus, batch 02 (writer A): phone apps (Samsung Email, Outlook for Android, the Yahoo and Gmail apps:
short, dictated or thumb-typed mails, a photographed diploma IMG_….jpg, an app's signature line, a top-posted
answer over a long quote); the French webmails (Orange's and SFR's HTML wrappers and footers, laposte.net, Free's
Zimbra with its «----- Mail original -----» quote, Hotmail with «Garanti sans virus», Yahoo France); plain-text
clients (Thunderbird with format=flowed soft breaks, mutt's «-- » signature with an old title, PGP/MIME signed
mail from Thunderbird, Proton, an inline-signed mail with dash-escaped lines)."""
# ruff: noqa: E501, W291

from __future__ import annotations

from clients import N
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

THUNDERBIRD = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"

MESSAGES = [
    # Feature: mobile_apps — level — BTS NDRC en 2025
    # shape: Samsung Email, a thumb-typed text part with «Envoyé depuis mon appareil Galaxy» → application; a BTS (bac+2) of 2025, a ressourcerie → eligible
    N("mobile_apps", "level", "BTS NDRC en 2025", M(
        "Sofiane Amrani <sofiane.amrani@gmail.com>", "candidature", "02 12:31",
        """Bonjour jai eu mon BTS NDRC en 2025 (juillet) et je cherche du travail dans une ressourcerie ou une recyclerie vers Nantes, je suis motivé. mon num 0645127390

Envoyé depuis mon appareil Galaxy""",
        app("Sofiane", "Amrani", phone="+33645127390", bac=2, grad="2025-07", status="samsung_bts_ndrc_ressourcerie"),
        headers={"X-Mailer": "Samsung Mobile Email"},
    )),
    # Feature: mobile_apps — aim — commercial chez un concessionnaire
    # shape: Outlook for Android, three lines and «Obtenir Outlook pour Android» → application; licence of 2026, a sales job at a car dealer → fails job_seeking_ess → not eligible
    N("mobile_apps", "aim", "commercial chez un concessionnaire", M(
        "Thomas Giraud <thomas.giraud@outlook.fr>", "Inscription", "03 18:06",
        """Bonjour,
Licence AES obtenue en juin 2026. Je cherche un poste de commercial chez un concessionnaire automobile sur Angers, est-ce que vous pouvez m'aider ?
Thomas Giraud 07 69 42 81 03

Obtenir Outlook pour Android""",
        app("Thomas", "Giraud", phone="+33769428103", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="outlook_android_concession_auto"),
        headers={"X-Mailer": "Microsoft Outlook for Android"},
    )),
    # Feature: mobile_apps — graduation — licence de psycho obtenue en juin 2025
    # shape: Gmail app, dictated text (the dictation's «point» and «virgule» left in), a photo of the diploma IMG_20261118_142233.jpg nobody reads; the facts in the body → application; licence of June 2025, an association helping migrants → eligible
    N("mobile_apps", "graduation", "licence de psycho obtenue en juin 2025", M(
        "Farah Khelifi <farah.khelifi@gmail.com>", "Candidature", "18 14:23",
        """Bonjour virgule je m'appelle Farah Khelifi et j'ai une licence de psycho obtenue en juin 2025 point je cherche un emploi dans une association d'aide aux personnes migrantes à Lyon point je vous mets la photo de mon diplôme point
Merci
Farah 06 31 78 45 20""",
        app("Farah", "Khelifi", phone="+33631784520", bac=3, grad="2025-06", status="dictee_photo_diplome_psycho"),
        headers={"X-Clients-Attach": "IMG_20261118_142233.jpg"},
    )),
    # Feature: mobile_apps — studies_finished — je suis en 3e année de licence
    # shape: Yahoo Mail app for Android, «Envoyé de Yahoo Mail pour Android» under two lines → application; a student in the third year of a licence → fails studies_finished → not eligible
    N("mobile_apps", "studies_finished", "je suis en 3e année de licence", M(
        "Idriss Camara <idriss.camara@yahoo.fr>", "Pro pulse", "04 08:12",
        """Bonjour est ce que je peux m'inscrire ? je suis en 3e année de licence sociologie a Rouen et je voudrais travailler dans l'animation associative apres. Idriss 0752846193

Envoyé de Yahoo Mail pour Android""",
        app("Idriss", "Camara", phone="+33752846193", bac="*", grad=None, failing=("studies_finished",), status="yahoo_app_l3_en_cours"),
        headers={"X-Mailer": "YahooMailAndroidMobile/6.54.1"},
    )),
    # Feature: mobile_apps — situation — j'ai fait un service civique cette année
    # ambiguous: «cette année» of civic service with no end said — running or over, not_service_civique stays open
    # shape: Gmail app, two top-posted lines over a long quote of a Mission locale adviser's mail (not ours) recommending the programme → application; BUT of 2025, a civic service this year with no end → not_service_civique open → to verify
    N("mobile_apps", "situation", "j'ai fait un service civique cette année", M(
        "Kenza Bakkali <kenza.bakkali@gmail.com>", "Fwd: Programme Pro'pulse", "05 21:37",
        """Bonsoir, ma conseillère m'a parlé de vous (message en dessous). J'ai un BUT GEA de 2025 et j'ai fait un service civique cette année dans une épicerie sociale, je voudrais continuer dans ce domaine. Kenza 06 57 30 12 88

Le jeu. 5 nov. 2026 à 10:02, Mission locale Nord-Isère <contact@ml-nordisere.example.fr> a écrit :
> Bonjour Kenza,
> Comme convenu lors de notre entretien, voici le programme dont je vous ai parlé : Pro'pulse, porté par Animafac, accompagne les jeunes diplômés vers un emploi dans l'économie sociale et solidaire.
> Les candidatures se font par mail à propulse@animafac.net.
> N'hésitez pas à revenir vers moi.
> Bien cordialement,
> Sandrine, conseillère en insertion""",
        app("Kenza", "Bakkali", phone="+33657301288", bac=3, grad="2025", unknown=("not_service_civique",), status="gmail_app_top_post_sc_cette_annee"),
    )),
    # Feature: mobile_apps — level — diplôme d'État d'accompagnant éducatif et social
    # shape: Samsung Email, short text, a photographed CV sent as «Scan 18 nov. 2026.pdf» (an image with no text layer) and «Envoyé depuis mon appareil Galaxy» → application; a DEAES (level 3, below bac+2) is the only diploma → fails degree_level → not eligible
    N("mobile_apps", "level", "diplôme d'État d'accompagnant éducatif et social", M(
        "Aminata Fofana <aminata.fofana@gmail.com>", "Candidature Aminata", "18 20:44",
        """Bonjour,
J'ai le diplôme d'État d'accompagnant éducatif et social (obtenu en 2025), c'est mon seul diplôme après le bac. Je voudrais un poste dans un foyer associatif. Je vous envoie mon CV scanné.
Aminata
07.45.19.62.08

Envoyé depuis mon appareil Galaxy""",
        app("Aminata", "Fofana", phone="+33745196208", bac=0, grad="2025", failing=("degree_level",), status="samsung_deaes_scan"),
        headers={"X-Mailer": "Samsung Mobile Email", "X-Clients-Attach": "Scan 18 nov. 2026.pdf"},
    )),
    # Feature: mobile_apps — kind — On peut candidater si on habite en Guadeloupe
    # shape: Yahoo app, one line and the app's signature; a question with no personal fact → question
    N("mobile_apps", "kind", "On peut candidater si on habite en Guadeloupe", M(
        "Laura Jean-Baptiste <laurajb971@yahoo.fr>", "question", "06 02:15",
        """On peut candidater si on habite en Guadeloupe ? les ateliers sont en visio ?

Envoyé de Yahoo Mail pour iPhone""",
        question(),
        headers={"X-Mailer": "YahooMailIosMobile/6.54"},
    )),
    # Feature: mobile_apps — kind — ok c'est noté pour mardi
    # shape: Outlook for Android, one line top-posted over our mail (From / Sent header block of the app), In-Reply-To ours → reply
    N("mobile_apps", "kind", "ok c'est noté pour mardi", M(
        "Enzo Bertrand <enzo.bertrand@outlook.com>", "RE: Entretien Pro'pulse", "09 13:50",
        """ok c'est noté pour mardi 14h, merci !

Obtenir Outlook pour Android

From: Pro'pulse <propulse@animafac.net>
Sent: Monday, November 9, 2026 11:30:12 AM
To: Enzo Bertrand <enzo.bertrand@outlook.com>
Subject: Entretien Pro'pulse

Bonjour Enzo, nous vous proposons un entretien mardi 17 novembre à 14h en visio. Merci de nous confirmer. L'équipe Pro'pulse""",
        reply(),
        headers={"X-Mailer": "Microsoft Outlook for Android", "In-Reply-To": "<entretien-eb-2026-11-09@animafac.net>"},
    )),
    # Feature: mobile_apps — kind — stop svp
    # shape: Samsung Email, two words and the app's line, a bare unsubscribe request → other
    N("mobile_apps", "kind", "stop svp", M(
        "g.evrard74@gmail.com", "Re: La lettre de Pro'pulse", "10 07:03",
        """stop svp je ne veux plus recevoir

Envoyé depuis mon appareil Galaxy""",
        other(),
        headers={"X-Mailer": "Samsung Mobile Email"},
    )),
    # Feature: french_webmails — career_change — quinze ans comme assistante de direction
    # shape: Orange webmail, HTML in nested tables with the webmail's footer; the fifteen years of another trade in the body → application; licence pro of 2026 after fifteen years as an executive assistant → fails not_career_change → not eligible
    N("french_webmails", "career_change", "quinze ans comme assistante de direction", M(
        "Catherine Besson <catherine.besson@orange.fr>", "Candidature", "02 10:02",
        """Bonjour,

Après quinze ans comme assistante de direction dans un cabinet d'assurances, j'ai obtenu en juin 2026 une licence professionnelle Gestion des organisations de l'ESS. Je souhaite mettre ces compétences au service d'une association.

Catherine Besson
02 40 71 58 36""",
        app("Catherine", "Besson", phone="+33240715836", bac=3, grad="2026-06", failing=("not_career_change",), status="orange_quinze_ans_assistante"),
        html="both",
        body_html=(
            '<html><head><meta charset="utf-8"></head><body><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td style="font-family:Arial;font-size:13px"><p>Bonjour,</p><p>Après quinze ans comme assistante de'
            " direction dans un cabinet d'assurances, j'ai obtenu en juin 2026 une licence professionnelle Gestion des"
            " organisations de l'ESS. Je souhaite mettre ces compétences au service d'une association.</p>"
            "<p>Catherine Besson<br>02 40 71 58 36</p></td></tr></table></body></html>"
        ),
        headers={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev61"},
    )),
    # Feature: french_webmails — aim — chargée d'accueil dans une épicerie solidaire
    # shape: laposte.net webmail, text and HTML with the webmail's grey footer; the aim in the body → application; master of July 2025, a job in a solidarity grocery → eligible
    N("french_webmails", "aim", "chargée d'accueil dans une épicerie solidaire", M(
        "Justine Collin <justine.collin@laposte.net>", "Demande de participation au programme", "03 14:48",
        """Madame, Monsieur,

Titulaire d'un master de géographie sociale (juillet 2025), je souhaite devenir chargée d'accueil dans une épicerie solidaire ou coordinatrice dans un réseau de lutte contre la précarité alimentaire.

Je vous remercie de l'attention portée à ma demande.

Justine Collin
06 18 27 93 40""",
        app("Justine", "Collin", phone="+33618279340", bac=5, grad="2025-07", status="laposte_epicerie_solidaire"),
        html="both",
        body_html=(
            '<div style="font-family: Verdana; font-size: 12px">Madame, Monsieur,<br><br>Titulaire d\'un master de'
            " géographie sociale (juillet 2025), je souhaite devenir chargée d'accueil dans une épicerie solidaire ou"
            " coordinatrice dans un réseau de lutte contre la précarité alimentaire.<br><br>Je vous remercie de"
            " l'attention portée à ma demande.<br><br>Justine Collin<br>06 18 27 93 40</div>"
        ),
    )),
    # Feature: french_webmails — situation — mon stage est prolongé jusqu'au 31 janvier 2027
    # shape: Free's Zimbra webmail, the new words above «----- Mail original -----» and Zimbra's «De: À: Envoyé: Objet:» block quoting her own older mail (the internship ending on 30 November) → application; the newest words: internship extended to 31 January 2027 → fails not_internship → not eligible
    N("french_webmails", "situation", "mon stage est prolongé jusqu'au 31 janvier 2027", M(
        "Margaux Lefort <margaux.lefort@free.fr>", "Re: ma candidature", "04 16:55",
        """Bonjour,

Un changement depuis mon premier mail : mon stage est prolongé jusqu'au 31 janvier 2027. Je préfère vous le dire avant l'entretien.

Margaux

----- Mail original -----
De: "Margaux Lefort" <margaux.lefort@free.fr>
À: propulse@animafac.net
Envoyé: Lundi 19 Octobre 2026 09:41:22
Objet: ma candidature

Bonjour, licence de sciences politiques obtenue en 2025, je suis en stage chez France Nature Environnement jusqu'au 30 novembre et je cherche ensuite un emploi dans une association environnementale. Margaux Lefort, 06 80 12 57 43""",
        app("Margaux", "Lefort", phone="+33680125743", bac=3, grad="2025", failing=("not_internship",), status="zimbra_stage_prolonge_janvier"),
        html="both",
        body_html=(
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            "<div>Bonjour,</div><div><br></div><div>Un changement depuis mon premier mail : mon stage est prolongé"
            " jusqu'au 31 janvier 2027. Je préfère vous le dire avant l'entretien.</div><div><br></div>"
            '<div>Margaux</div><div><br></div><hr id="zwchr"><div style="color:#000;font-weight:normal">'
            '<b>De: </b>"Margaux Lefort" &lt;margaux.lefort@free.fr&gt;<br><b>À: </b>propulse@animafac.net<br>'
            "<b>Envoyé: </b>Lundi 19 Octobre 2026 09:41:22<br><b>Objet: </b>ma candidature<br></div><br>"
            "<div>Bonjour, licence de sciences politiques obtenue en 2025, je suis en stage chez France Nature"
            " Environnement jusqu'au 30 novembre et je cherche ensuite un emploi dans une association"
            " environnementale. Margaux Lefort, 06 80 12 57 43</div></div></body></html>"
        ),
        headers={"X-Mailer": "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF120 (Linux)/8.8.15_GA_4581)"},
    )),
    # Feature: french_webmails — aim — chargée de recrutement, en cabinet ou ailleurs
    # ambiguous: a recruiting job «en cabinet ou ailleurs» — an ESS aim or not, job_seeking_ess stays open
    # shape: SFR webmail, HTML with the webmail's signature table and an advert line at the foot; the advert («Trouvez votre formation sur…») is no fact → application; master of 2026, a recruiting job anywhere → job_seeking_ess open → to verify
    N("french_webmails", "aim", "chargée de recrutement, en cabinet ou ailleurs", M(
        "Fatoumata Diop <fatou.diop@sfr.fr>", "Candidature Pro'pulse", "05 09:27",
        """Bonjour,

J'ai obtenu en juin 2026 un master RH à l'université de Lorraine. Je cherche un poste de chargée de recrutement, en cabinet ou ailleurs, je suis ouverte.

Fatoumata Diop
06 09 41 26 75

--
Trouvez votre formation professionnelle sur SFR Mail — offre partenaire""",
        app("Fatoumata", "Diop", phone="+33609412675", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="sfr_recrutement_ouverte"),
        html="both",
        body_html=(
            '<table cellspacing="0" cellpadding="0"><tr><td>Bonjour,<br><br>J\'ai obtenu en juin 2026 un master RH à'
            " l'université de Lorraine. Je cherche un poste de chargée de recrutement, en cabinet ou ailleurs, je"
            " suis ouverte.<br><br>Fatoumata Diop<br>06 09 41 26 75</td></tr></table>"
            '<div style="font-size:10px;color:#999">--<br>Trouvez votre formation professionnelle sur SFR Mail — offre'
            " partenaire</div>"
        ),
    )),
    # Feature: french_webmails — level — diplôme d'État d'éducateur spécialisé en juillet 2026
    # shape: Hotmail (Outlook.fr web), text and HTML with «Garanti sans virus. www.avast.com» at the foot (an antivirus line, no fact) → application; DEES (bac+3) of July 2026, an association for children's protection → eligible
    N("french_webmails", "level", "diplôme d'État d'éducateur spécialisé en juillet 2026", M(
        "Erwan Hamon <erwan.hamon@hotmail.fr>", "Candidature", "06 17:19",
        """Bonjour,

J'ai obtenu le diplôme d'État d'éducateur spécialisé en juillet 2026 (IRTS de Caen) et je cherche un premier poste dans une association de protection de l'enfance.

Erwan Hamon
07 11 38 60 92

Garanti sans virus. www.avast.com""",
        app("Erwan", "Hamon", phone="+33711386092", bac=3, grad="2026-07", status="hotmail_avast_dees"),
        html="both",
        body_html=(
            '<div dir="ltr">Bonjour,<br><br>J\'ai obtenu le diplôme d\'État d\'éducateur spécialisé en juillet 2026'
            " (IRTS de Caen) et je cherche un premier poste dans une association de protection de l'enfance.<br><br>"
            'Erwan Hamon<br>07 11 38 60 92</div><div id="DAB4FAD8-2DD7-40BB-A1B8-4E2AA1F9FDF2"><br><table'
            ' style="border-top:1px solid #D3D4DE"><tr><td><a href="https://www.avast.com/sig-email">Garanti sans'
            " virus. www.avast.com</a></td></tr></table></div>"
        ),
    )),
    # Feature: french_webmails — studies_finished — les résultats du rattrapage sont publiés le 10 décembre
    # ambiguous: the BTS depends on a resit whose results come on 10 December — studies_finished stays open
    # shape: Yahoo France webmail, HTML in a yahoo_quoted-free div with the webmail's footer → application; BTS awaiting the resit's results, ESS aim → studies_finished open → to verify
    N("french_webmails", "studies_finished", "les résultats du rattrapage sont publiés le 10 décembre", M(
        "Alexis Gomes <alexis.gomes@yahoo.fr>", "candidature pro'pulse", "07 11:05",
        """Bonjour,

J'ai passé cet automne l'épreuve de rattrapage de mon BTS Tourisme, les résultats du rattrapage sont publiés le 10 décembre. Si c'est bon, je voudrais travailler dans le tourisme social et solidaire (villages vacances associatifs).

Alexis Gomes
06 64 25 90 17""",
        app("Alexis", "Gomes", phone="+33664259017", bac="*", grad=None, unknown=("studies_finished",), status="yahoo_rattrapage_bts_10_dec"),
        html="both",
        body_html=(
            '<html><body><div class="ydp3f1c9b2ayahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial,'
            ' sans-serif;font-size:13px"><div dir="ltr">Bonjour,</div><div dir="ltr"><br></div><div dir="ltr">J\'ai'
            " passé cet automne l'épreuve de rattrapage de mon BTS Tourisme, les résultats du rattrapage sont publiés"
            " le 10 décembre. Si c'est bon, je voudrais travailler dans le tourisme social et solidaire (villages"
            ' vacances associatifs).</div><div dir="ltr"><br></div><div dir="ltr">Alexis Gomes<br>06 64 25 90 17'
            "</div></div></body></html>"
        ),
    )),
    # Feature: french_webmails — kind — Delivery Status Notification
    # shape: a bounce from laposte.net's mail system (multipart/report with delivery-status) for our mail to a mistyped address → bounce
    N("french_webmails", "kind", "Delivery Status Notification", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.laposte.net>", "Undelivered Mail Returned to Sender", "08 10:12",
        """This is the mail system at host smtp.laposte.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<juliette.dubreuil@laposte.nte>: Host or domain name not found. Name service error for name=laposte.nte type=A: Host not found

Delivery Status Notification (Failure)""",
        bounce("juliette.dubreuil@laposte.nte"),
        bounce="""Reporting-MTA: dns; smtp.laposte.net
Arrival-Date: Sun, 8 Nov 2026 10:12:03 +0100

Final-Recipient: rfc822; juliette.dubreuil@laposte.nte
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found""",
    )),
    # Feature: french_webmails — kind — Je suis en congés
    # shape: Zimbra (Free) vacation message in a zimbra div, Auto-Submitted: auto-replied → auto_reply
    N("french_webmails", "kind", "Je suis en congés", M(
        "Patricia Lemoine <patricia.lemoine@free.fr>", "Re: Atelier Pro'pulse — intervention", "12 08:00",
        """Je suis en congés jusqu'au 23 novembre. Votre message sera traité à mon retour.

Patricia Lemoine""",
        auto_reply(),
        html="both",
        body_html=(
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt">Je suis en congés'
            " jusqu'au 23 novembre. Votre message sera traité à mon retour.<br><br>Patricia Lemoine</div></body></html>"
        ),
        headers={"Auto-Submitted": "auto-replied (zimbra; vacation)", "X-Mailer": "Zimbra 8.8.15_GA_4581"},
    )),
    # Feature: plain_clients — studies_finished — j'ai soutenu mon mémoire le 2 octobre
    # shape: Thunderbird, plain text format=flowed: the sentence about the thesis and the certificate of success cut by a soft break (a line ending in a space) → application; master over (thesis defended 2 October 2026), an ESS aim → eligible
    N("plain_clients", "studies_finished", "j'ai soutenu mon mémoire le 2 octobre", M(
        "Benoît Guérin <benoit.guerin@posteo.net>", "Candidature au programme Pro'pulse", "02 22:14",
        """Bonjour,

Je termine la rédaction de ce message pour vous présenter ma candidature : j'ai soutenu mon mémoire le 2 octobre et reçu l'attestation de réussite du master 
Sciences sociales (EHESS) la semaine suivante. Je cherche un poste de chargé d'études dans une fédération 
d'éducation populaire ou un observatoire associatif.

Cordialement,
Benoît Guérin
06 02 71 48 39""",
        app("Benoît", "Guérin", phone="+33602714839", bac=5, grad="2026-10", status="thunderbird_flowed_memoire_2_oct"),
        headers={"User-Agent": THUNDERBIRD, "X-Clients-Shape": "flowed"},
    )),
    # Feature: plain_clients — situation — mon stage chez Artisans du Monde est fini depuis août
    # shape: mutt, plain text with a «-- » signature whose title is out of date («Stagiaire — Artisans du Monde»); the body says the internship is over → application; licence of June 2026, internship over, fair-trade aim → eligible
    N("plain_clients", "situation", "mon stage chez Artisans du Monde est fini depuis août", M(
        "Louis Chevallier <louis@chevallier.example.net>", "candidature", "03 23:51",
        """Bonjour,

Licence d'économie (Paris 1, juin 2026). Ma signature n'est pas à jour : mon stage chez Artisans du Monde est fini depuis août. Je cherche désormais un emploi dans le commerce équitable, idéalement une coopérative.

Merci,
Louis

-- 
Louis Chevallier
Stagiaire — Artisans du Monde
+33 6 47 20 81 59""",
        app("Louis", "Chevallier", phone="+33647208159", bac=3, grad="2026-06", status="mutt_signature_stagiaire_perimee"),
        headers={"User-Agent": "NeoMutt/20240425"},
    )),
    # Feature: plain_clients — aim — une coopérative du numérique libre
    # shape: Thunderbird, PGP/MIME signed (multipart/signed with application/pgp-signature), plain text with a «-- » signature → application; BUT of June 2026, a job in a free-software cooperative → eligible
    N("plain_clients", "aim", "une coopérative du numérique libre", M(
        "Antoine Brisset <antoine.brisset@disroot.org>", "Candidature Pro'pulse", "04 19:30",
        """Bonjour,

Titulaire d'un BUT Informatique (IUT de Lannion, juin 2026), je voudrais travailler dans une coopérative du numérique libre ou une association d'accompagnement au numérique (type Emmaüs Connect). Je signe mes mails, ne vous étonnez pas de la pièce jointe.

Antoine Brisset
06 26 81 34 70

-- 
Clé publique : 0x4F2A 91C3 77D0 5B18""",
        app("Antoine", "Brisset", phone="+33626813470", bac=3, grad="2026-06", status="pgp_mime_cooperative_libre"),
        headers={"User-Agent": THUNDERBIRD, "X-Clients-Shape": "pgp_signed"},
    )),
    # Feature: plain_clients — level — un DAEU obtenu en 2024
    # shape: Evolution, plain text with a «-- » signature showing the employer of a side job; the level in the body → application; a DAEU (bac level) as highest diploma → fails degree_level → not eligible
    N("plain_clients", "level", "un DAEU obtenu en 2024", M(
        "Karim Bensaïd <karim.bensaid@gmx.fr>", "Demande d'inscription Pro'pulse", "05 20:02",
        """Bonjour,

Je n'ai pas le bac mais un DAEU obtenu en 2024, c'est mon diplôme le plus élevé. Je travaille comme médiateur dans une association de quartier en contrat aidé et je voudrais y construire un vrai parcours.

Karim

-- 
Karim Bensaïd
Médiateur social — Association Trait d'Union
07 34 86 25 10""",
        app("Karim", "Bensaïd", phone="+33734862510", bac=0, grad=None, failing=("degree_level",), status="evolution_daeu"),
        headers={"X-Mailer": "Evolution 3.50.2"},
    )),
    # Feature: plain_clients — studies_finished — je suis inscrit en L3 à distance, fin prévue en juin 2027
    # shape: Proton Mail, plain text format=flowed with the soft break inside the sentence about the L3 → application; a licence running until June 2027 → fails studies_finished → not eligible
    N("plain_clients", "studies_finished", "je suis inscrit en L3 à distance, fin prévue en juin 2027", M(
        "Corentin Bailly <corentin.bailly@proton.me>", "Programme Pro'pulse", "06 08:40",
        """Bonjour,

Après un BTS Comptabilité (2024), je suis inscrit en L3 à distance, fin prévue en juin 2027, 
tout en travaillant à mi-temps. Je voudrais préparer dès maintenant mon entrée dans une mutuelle ou une 
banque coopérative.

Corentin Bailly
06 71 59 03 26

Envoyé avec la messagerie sécurisée Proton Mail.""",
        app("Corentin", "Bailly", phone="+33671590326", bac=2, grad="2024-06", failing=("graduation_recent", "studies_finished"), status="proton_flowed_l3_distance"),
        headers={"X-Clients-Shape": "flowed"},
    )),
    # Feature: plain_clients — career_change — auto-entrepreneur pendant un temps
    # ambiguous: «pendant un temps» as a self-employed worker, neither the trade nor the length said — not_career_change stays open
    # shape: Thunderbird, an inline «-----BEGIN PGP SIGNED MESSAGE-----» with a dash-escaped signature line («- -- ») and the armoured block at the end → application; master of 2025, self-employed for a while before → not_career_change open → to verify
    N("plain_clients", "career_change", "auto-entrepreneur pendant un temps", M(
        "Julien Favre <julien.favre@riseup.net>", "candidature", "07 15:33",
        """-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

Bonjour,

J'ai été auto-entrepreneur pendant un temps avant de faire le master Développement durable de l'université de Savoie (obtenu en septembre 2025). Je cherche aujourd'hui un poste dans une association de protection de la montagne.

Julien Favre
06 90 23 48 17

- -- 
Julien Favre — julien.favre@riseup.net
-----BEGIN PGP SIGNATURE-----

iHUEARYIAB0WIQTm3kR7b2hZb2tleS1leGFtcGxlAAoJEHc1X2R1bW15AAKCRB1
bW15LXNpZ25hdHVyZS1ibG9jay1mb3ItYS1jb3JwdXM=
=k2Lq
-----END PGP SIGNATURE-----""",
        app("Julien", "Favre", phone="+33690234817", bac=5, grad="2025-09", unknown=("not_career_change",), status="inline_pgp_auto_entrepreneur"),
        headers={"User-Agent": THUNDERBIRD},
    )),
    # Feature: plain_clients — kind — Lettre d'information du réseau
    # shape: a mailing-list letter in plain text (Sympa), List-Unsubscribe, Precedence: list, a «-- » footer with the list's address → newsletter
    N("plain_clients", "kind", "Lettre d'information du réseau", M(
        "Réseau Éducation Pop' Bretagne <infos@educpop-bzh.example.org>", "[educpop-infos] Lettre d'information du réseau — novembre", "09 06:30",
        """Lettre d'information du réseau — novembre 2026

- Rencontre régionale des animateurs le 28 novembre à Saint-Brieuc
- Deux postes ouverts chez nos membres (coordination jeunesse à Lorient, animation à Vannes)
- Le guide de l'accueil des volontaires mis à jour

-- 
educpop-infos@listes.educpop-bzh.example.org
Se désabonner : https://listes.educpop-bzh.example.org/sympa/signoff/educpop-infos""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://listes.educpop-bzh.example.org/sympa/signoff/educpop-infos>", "Precedence": "list", "List-Id": "<educpop-infos.listes.educpop-bzh.example.org>"},
    )),
    # Feature: plain_clients — kind — est-ce que le programme est gratuit
    # shape: Thunderbird, plain text format=flowed with a «-- » signature; a question with no personal fact → question
    N("plain_clients", "kind", "est-ce que le programme est gratuit", M(
        "Hélios Jacquet <helios.jacquet@zaclys.net>", "Question sur le coût", "10 21:12",
        """Bonsoir,

Je voulais savoir si le programme est gratuit pour les participants, ou s'il 
faut payer une adhésion à Animafac. Est-ce que le programme est gratuit aussi pour 
les personnes qui ne sont pas en Île-de-France ?

-- 
Hélios""",
        question(),
        headers={"User-Agent": THUNDERBIRD, "X-Clients-Shape": "flowed"},
    )),
]
