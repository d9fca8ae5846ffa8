"""Clients corpus, batch 05 (writer B): Outlook desktop on other machines than A's (Outlook 2016 for Mac,
Office 365 at an association, a school adviser forwarding inline with «Envoyé : jeudi …», the writer's own
earlier mail resent under the newer words, an out-of-office in Word's HTML); Gmail (a gmail_signature with a
LinkedIn link, a forward from a cousin abroad under «Forwarded message», a friend's mail quoted under «a
écrit :», a Drive link whose file name is older than the facts, a reply in our thread); Apple Mail and the
iPhone (text / PDF / text with the fact after the attachment, a .docx CV sent from an iPhone, an iPad's
delsp=yes flowed text, an Apple quote, an English mail «Sent from my iPhone»)."""
# ruff: noqa: E501

from __future__ import annotations

from clients import N
from kit import CV, M, app, auto_reply, other, question, reply

CID = "[cid:image001.png@01DB4A2C.5E3F1A80]"
OUTLOOK_WIN = {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtB7x2kQ0m3Yp9ZRc2u1oT9aZ4Fww=="}
OUTLOOK_MAC = {"X-Mailer": "Microsoft-MacOutlook/16.91.24111020", "Thread-Topic": "Candidature"}
IPHONE = {"X-Mailer": "iPhone Mail (22B91)"}
APPLE_MAIL = {"X-Mailer": "Apple Mail (2.3826.200.121)"}


def word(inner: str) -> str:
    """The frame Word puts around an Outlook mail's HTML (head, styles, WordSection1); ``inner`` is typed."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
        ' xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        "<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);} o\\:* {behavior:url(#default#VML);}</style><![endif]-->"
        "<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;"
        ' font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}'
        " span.EmailStyle17 {mso-style-type:personal-compose;} @page WordSection1 {size:612.0pt 792.0pt;}"
        " div.WordSection1 {page:WordSection1;} --></style>"
        '<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->'
        '</head><body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        f'<div class="WordSection1">{inner}</div></body></html>'
    )


MESSAGES = [
    # Feature: outlook_desktop — level — titulaire d'un master 2 Management des organisations de l'économie sociale
    # shape: Outlook 16 on Windows, multipart/alternative with Word's HTML in multipart/related (the logo of her student association), the level in an MsoNormal paragraph whose word «master» Word split across two spans; the text part names the cid → application; master 2 (bac+5) of September 2026, an ESS aim → eligible
    N("outlook_desktop", "level", "titulaire d'un master 2 Management des organisations de l'économie sociale", M(
        "Nadia Moussaoui <nadia.moussaoui@example.fr>", "Candidature Pro'pulse - Nadia Moussaoui", "02 09:14",
        f"""Bonjour,

Je suis titulaire d'un master 2 Management des organisations de l'économie sociale (Université Lyon 2), validé en septembre 2026. Je cherche un poste de chargée de développement dans une fédération associative ou un réseau de SCOP, en Auvergne-Rhône-Alpes.

Je me tiens disponible pour un premier échange.

Bien cordialement,

Nadia Moussaoui
06 52 18 74 03
{CID}
Trésorière – Collectif Étudiant Solidaire Lyon 2""",
        app("Nadia", "Moussaoui", phone="+33652187403", bac=5, grad="2026-09", status="b_outlook_master2_mo_ess"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Je suis titulaire d\'un <span style="mso-fareast-language:FR">mas</span>'
            '<span style="mso-fareast-language:FR">ter</span> 2 Management des organisations de l\'économie sociale'
            " (Université Lyon 2), validé en septembre 2026. Je cherche un poste de chargée de développement dans une"
            " fédération associative ou un réseau de SCOP, en Auvergne-Rhône-Alpes.<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Je me tiens disponible pour un premier échange.<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Bien cordialement,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal"><b><span style="color:#1F3864">Nadia Moussaoui</span></b><o:p></o:p></p>'
            '<p class="MsoNormal"><span style="font-size:9.0pt">06 52 18 74 03</span><o:p></o:p></p>'
            '<p class="MsoNormal"><img width="120" height="40" style="width:1.25in;height:.4166in"'
            ' id="Image_x0020_1" src="cid:image001.png@01DB4A2C.5E3F1A80"><o:p></o:p></p>'
            '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Trésorière – Collectif Étudiant'
            " Solidaire Lyon 2</span><o:p></o:p></p>"
        ),
        headers={**OUTLOOK_WIN, "X-Clients-Shape": "outlook_related"},
    )),
    # Feature: outlook_desktop — career_change — huit ans comme conseiller clientèle au Crédit Mutuel
    # shape: Outlook 16, a school adviser forwarding inline: her two lines, the «____» rule, then the «De : … Envoyé : jeudi … À : … Objet :» block and the applicant's mail under it, where the career sits → application (referral: the adviser in forwarded_by, the applicant's address); eight years as a bank adviser before the licence pro → fails not_career_change → not eligible
    N("outlook_desktop", "career_change", "huit ans comme conseiller clientèle au Crédit Mutuel", M(
        "Sophie Renaudin <s.renaudin@iut-exemple.example.fr>", "TR: Demande d'information Pro'pulse", "03 16:42",
        """Bonjour,

Je vous transfère la demande d'un de nos diplômés de licence pro, qui souhaite intégrer votre programme. Je lui ai dit que je vous écrivais.

Sophie Renaudin
Chargée d'insertion professionnelle – IUT de Vannes

________________________________
De : Yannick Peron <yannick.peron@example.net>
Envoyé : jeudi 29 octobre 2026 18:05
À : Sophie Renaudin <s.renaudin@iut-exemple.example.fr>
Objet : Demande d'information Pro'pulse

Bonjour Madame Renaudin,

Vous m'aviez parlé de Pro'pulse à la remise des diplômes. Pour rappel, j'ai passé huit ans comme conseiller clientèle au Crédit Mutuel avant de reprendre la licence pro Gestion des organisations de l'ESS, que j'ai obtenue en juin 2026. Je cherche un poste de gestionnaire dans une mutuelle ou une coopérative. Pouvez-vous transmettre ma demande ?

Yannick Peron
06 33 90 41 72""",
        app("Yannick", "Peron", phone="+33633904172", bac=3, grad="2026-06", failing=("not_career_change",), email="yannick.peron@example.net", forwarded_by="s.renaudin@iut-exemple.example.fr", status="b_outlook_tr_conseiller_credit_mutuel"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Je vous transfère la demande d\'un de nos diplômés de licence pro, qui souhaite'
            " intégrer votre programme. Je lui ai dit que je vous écrivais.<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Sophie Renaudin<br>Chargée'
            " d'insertion professionnelle – IUT de Vannes<o:p></o:p></p>"
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>De :</b> Yannick Peron &lt;yannick.peron@example.net&gt;<br><b>Envoyé :</b>'
            " jeudi 29 octobre 2026 18:05<br><b>À :</b> Sophie Renaudin &lt;s.renaudin@iut-exemple.example.fr&gt;"
            "<br><b>Objet :</b> Demande d'information Pro'pulse<o:p></o:p></p></div>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Bonjour Madame Renaudin,<o:p></o:p></p>'
            '<p class="MsoNormal">Vous m\'aviez parlé de Pro\'pulse à la remise des diplômes. Pour rappel, j\'ai'
            " passé huit ans comme conseiller clientèle au Crédit Mutuel avant de reprendre la licence pro Gestion"
            " des organisations de l'ESS, que j'ai obtenue en juin 2026. Je cherche un poste de gestionnaire dans"
            " une mutuelle ou une coopérative. Pouvez-vous transmettre ma demande ?<o:p></o:p></p>"
            '<p class="MsoNormal">Yannick Peron<br>06 33 90 41 72<o:p></o:p></p>'
        ),
        headers=OUTLOOK_WIN,
    )),
    # Feature: outlook_desktop — situation — mon stage au Secours populaire se termine fin novembre
    # ambiguous: an internship ending «fin novembre» with no day, read on the 26th: not_internship stays open
    # shape: Outlook for Mac, Word's HTML with mso- styles and the word «novembre» in a span of its own, the end of the internship in the second MsoNormal paragraph → application; master of September 2026, internship ending late November with no day → not_internship open → to verify
    N("outlook_desktop", "situation", "mon stage au Secours populaire se termine fin novembre", M(
        "Romain Tissot <romain.tissot@example.com>", "Demande d'accompagnement", "05 21:33",
        """Bonjour,

J'ai validé mon master Action humanitaire et solidarités en septembre 2026 (Université de Bordeaux).

Pour être honnête, mon stage au Secours populaire se termine fin novembre, je ne connais pas encore le jour exact. Ensuite je cherche un emploi de coordinateur de projets dans une association d'aide alimentaire ou de lutte contre la précarité.

Romain Tissot
07 81 26 50 94""",
        app("Romain", "Tissot", phone="+33781265094", bac=5, grad="2026-09", unknown=("not_internship",), status="b_outlook_mac_stage_fin_novembre"),
        html="both",
        body_html=word(
            '<p class="MsoNormal"><span style="font-family:Calibri;mso-ansi-language:FR">Bonjour,</span>'
            '<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal"><span style="mso-ansi-language:FR">J\'ai validé mon master Action humanitaire'
            " et solidarités en septembre 2026 (Université de Bordeaux).</span><o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal"><span style="mso-ansi-language:FR">Pour être honnête, mon stage au Secours'
            ' populaire se termine fin </span><span style="mso-bidi-font-family:Calibri">novembre</span>'
            '<span style="mso-ansi-language:FR">, je ne connais pas encore le jour exact. Ensuite je cherche un'
            " emploi de coordinateur de projets dans une association d'aide alimentaire ou de lutte contre la"
            " précarité.</span><o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            '<p class="MsoNormal">Romain Tissot<br>07 81 26 50 94<o:p></o:p></p>'
        ),
        headers=OUTLOOK_MAC,
    )),
    # Feature: outlook_desktop — situation — volontaire en service civique jusqu'au 31 mars 2027
    # shape: Office 365 at the association where he serves, Word's HTML in multipart/related with the association's logo; the civic service and its end in the signature block Outlook adds under the body, its «Volontaire» title confirmed by the body → application; BTS of June 2026, civic service until 31 March 2027 → fails not_service_civique → not eligible
    N("outlook_desktop", "situation", "volontaire en service civique jusqu'au 31 mars 2027", M(
        "Ibrahima Sow <ibrahima.sow@unis-cite-exemple.example.org>", "Pro'pulse - inscription", "06 12:07",
        f"""Bonjour,

Je vous écris depuis l'adresse de ma mission : je suis volontaire en service civique jusqu'au 31 mars 2027 chez Unis-Cité Marseille, après mon BTS Économie sociale familiale obtenu en juin 2026. J'aimerais commencer à préparer l'après avec vous, pour trouver un poste de conseiller en économie sociale familiale dans un centre social.

Cordialement,

Ibrahima Sow
Volontaire – Programme Rêve et Réalise
{CID}
04 91 00 00 00 – 06 28 47 19 60""",
        app("Ibrahima", "Sow", phone="+33628471960", bac=2, grad="2026-06", failing=("not_service_civique",), status="b_outlook365_service_civique_mars_2027"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Je vous écris depuis l\'adresse de ma mission : je suis volontaire en service'
            ' civique jusqu\'au 31 <span style="mso-spacerun:yes"></span>mars 2027 chez Unis-Cité Marseille,'
            " après mon BTS Économie sociale familiale obtenu en juin 2026. J'aimerais commencer à préparer"
            " l'après avec vous, pour trouver un poste de conseiller en économie sociale familiale dans un centre"
            ' social.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Cordialement,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<table class="MsoNormalTable" border="0" cellpadding="0"><tr><td style="padding:.75pt">'
            '<p class="MsoNormal"><b>Ibrahima Sow</b><br>Volontaire – Programme Rêve et Réalise<o:p></o:p></p>'
            '<p class="MsoNormal"><img width="90" height="30" src="cid:image001.png@01DB4A2C.5E3F1A80"'
            ' alt="Unis-Cité"><o:p></o:p></p><p class="MsoNormal"><span style="font-size:8.0pt">04 91 00 00 00'
            " – 06 28 47 19 60</span><o:p></o:p></p></td></tr></table>"
        ),
        headers={**OUTLOOK_WIN, "X-Clients-Shape": "outlook_related"},
    )),
    # Feature: outlook_desktop — aim — désormais je ne vise plus que l'ESS
    # shape: Outlook 16, the writer resends her own earlier mail (sent to a wrong address) under «De : … Envoyé : … Objet :»; the older mail says «banque ou assurance, peu importe», the newer words above the block narrow the search to the ESS → application; licence of June 2025, the newest words an ESS aim → eligible
    N("outlook_desktop", "aim", "désormais je ne vise plus que l'ESS", M(
        "Océane Vasseur <oceane.vasseur@example.fr>", "TR: Candidature", "09 08:51",
        """Bonjour,

Je vous renvoie le message ci-dessous, que j'avais envoyé par erreur à l'ancienne adresse du programme. Une précision depuis : après deux entretiens en agence bancaire, désormais je ne vise plus que l'ESS, en priorité une mutuelle de santé ou une coopérative de crédit solidaire.

Océane Vasseur

________________________________
De : Océane Vasseur <oceane.vasseur@example.fr>
Envoyé : mardi 13 octobre 2026 22:40
À : contact-propulse@animafac.org
Objet : Candidature

Bonjour,
Licence Économie-gestion obtenue en juin 2025 à Amiens. Je cherche un premier emploi en gestion de clientèle, banque ou assurance, peu importe. Pouvez-vous m'aider ?
Océane Vasseur
07 45 18 62 30""",
        app("Océane", "Vasseur", phone="+33745186230", bac=3, grad="2025-06", status="b_outlook_renvoi_plus_que_ess"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Je vous renvoie le message ci-dessous, que j\'avais envoyé par erreur à'
            " l'ancienne adresse du programme. Une précision depuis : après deux entretiens en agence bancaire,"
            ' <b><span style="color:#C00000">désormais je ne vise plus que l\'ESS</span></b>, en priorité une'
            " mutuelle de santé ou une coopérative de crédit solidaire.<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Océane Vasseur<o:p></o:p></p>'
            '<div class="MsoNormal" align="center" style="text-align:center"><hr size="2" width="98%"'
            ' align="center"></div><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt"'
            ' color="#000000"><b>De :</b> Océane Vasseur &lt;oceane.vasseur@example.fr&gt;<br><b>Envoyé :</b>'
            " mardi 13 octobre 2026 22:40<br><b>À :</b> contact-propulse@animafac.org<br><b>Objet :</b>"
            " Candidature</font><div>&nbsp;</div></div>"
            '<p class="MsoNormal">Bonjour,<br>Licence Économie-gestion obtenue en juin 2025 à Amiens. Je cherche un'
            " premier emploi en gestion de clientèle, banque ou assurance, peu importe. Pouvez-vous m'aider ?<br>"
            "Océane Vasseur<br>07 45 18 62 30<o:p></o:p></p>"
        ),
        headers=OUTLOOK_WIN,
    )),
    # Feature: outlook_desktop — graduation — DUT Carrières sociales option assistance sociale, promotion 2023
    # shape: Outlook for Mac, Word's HTML with a table of two columns (his «parcours» and his «projet»), the date of the DUT in the left cell → application; DUT of 2023 (a year before 2024) → fails graduation_recent → not eligible
    N("outlook_desktop", "graduation", "DUT Carrières sociales option assistance sociale, promotion 2023", M(
        "Thibault Verdier <thibault.verdier@example.net>", "Candidature accompagnement", "10 14:26",
        """Bonjour,

Voici en deux mots mon parcours et mon projet.

Parcours : DUT Carrières sociales option assistance sociale, promotion 2023 (IUT de Tours), puis deux années d'auxiliaire de vie en CDD.
Projet : un poste d'intervenant social dans une association d'hébergement d'urgence.

Merci de me dire si je peux rejoindre Pro'pulse.

Thibault Verdier
06 07 39 84 12""",
        app("Thibault", "Verdier", phone="+33607398412", bac=2, grad="2023", failing=("graduation_recent",), status="b_outlook_mac_dut_promo_2023"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal">Voici en deux mots mon parcours et'
            " mon projet.<o:p></o:p></p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
            'border:none;mso-border-alt:solid windowtext .5pt"><tr><td width="300" valign="top">'
            '<p class="MsoNormal"><b>Parcours :</b> DUT Carrières sociales option assistance sociale, promotion'
            " 2023 (IUT de Tours), puis deux années d'auxiliaire de vie en CDD.<o:p></o:p></p></td>"
            '<td width="300" valign="top"><p class="MsoNormal"><b>Projet :</b> un poste d\'intervenant social'
            " dans une association d'hébergement d'urgence.<o:p></o:p></p></td></tr></table>"
            '<p class="MsoNormal">Merci de me dire si je peux rejoindre Pro\'pulse.<o:p></o:p></p>'
            '<p class="MsoNormal">Thibault Verdier<br>06 07 39 84 12<o:p></o:p></p>'
        ),
        headers=OUTLOOK_MAC,
    )),
    # Feature: outlook_desktop — kind — Je suis absente du bureau jusqu'au lundi 30 novembre inclus
    # shape: an Outlook out-of-office of a partner's adviser, Word's HTML with MsoNormal paragraphs, Auto-Submitted and X-Auto-Response-Suppress → auto_reply
    N("outlook_desktop", "kind", "Je suis absente du bureau jusqu'au lundi 30 novembre inclus", M(
        "Valérie Poulain <v.poulain@mission-locale-exemple.example.fr>", "Réponse automatique : Liste des jeunes orientés vers Pro'pulse", "11 07:02",
        """Bonjour,

Je suis absente du bureau jusqu'au lundi 30 novembre inclus, sans accès à ma messagerie. Pour les suivis de jeunes, merci de contacter l'accueil de la Mission locale au 02 40 00 00 00.

Valérie Poulain""",
        auto_reply(),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Je suis absente du bureau jusqu\'au lundi 30 novembre inclus, sans accès à ma'
            " messagerie. Pour les suivis de jeunes, merci de contacter l'accueil de la Mission locale au"
            ' 02 40 00 00 00.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Valérie Poulain<o:p></o:p></p>'
        ),
        headers={**OUTLOOK_WIN, "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )),
    # Feature: outlook_desktop — kind — Combien de places avez-vous pour la session de janvier
    # shape: Outlook 16 from a CCAS counsellor, Word's HTML in multipart/related with the CCAS logo, a general question and nobody's facts → question
    N("outlook_desktop", "kind", "Combien de places avez-vous pour la session de janvier", M(
        "Marc Théron <m.theron@ccas-exemple.example.fr>", "Session de janvier", "12 10:19",
        f"""Bonjour,

Combien de places avez-vous pour la session de janvier, et jusqu'à quand les jeunes peuvent-ils s'inscrire ? Je reçois plusieurs diplômés en recherche d'emploi qui pourraient être intéressés.

Merci,

Marc Théron
Conseiller insertion – CCAS de Saint-Nazaire
{CID}""",
        question(),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Combien de places avez-vous pour la session de janvier, et jusqu\'à quand les'
            " jeunes peuvent-ils s'inscrire ? Je reçois plusieurs diplômés en recherche d'emploi qui pourraient"
            ' être intéressés.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Merci,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal"><b>Marc Théron</b><br>Conseiller insertion – CCAS de Saint-Nazaire<o:p></o:p></p>'
            '<p class="MsoNormal"><img width="100" height="36" src="cid:image001.png@01DB4A2C.5E3F1A80"'
            ' alt="CCAS"><o:p></o:p></p>'
        ),
        headers={**OUTLOOK_WIN, "X-Clients-Shape": "outlook_related"},
    )),
    # Feature: outlook_desktop — kind — une matinée portes ouvertes le jeudi 10 décembre
    # shape: Outlook for Mac, Word's HTML, a SCIC inviting the programme's team to an open morning, no one applying → other
    N("outlook_desktop", "kind", "une matinée portes ouvertes le jeudi 10 décembre", M(
        "Agnès Rolland <agnes.rolland@scic-batisseurs.example.coop>", "Invitation – portes ouvertes SCIC Les Bâtisseurs", "13 15:48",
        """Bonjour à l'équipe Pro'pulse,

La SCIC Les Bâtisseurs organise une matinée portes ouvertes le jeudi 10 décembre, de 9 h à 12 h, dans nos ateliers de Villeurbanne. Vos accompagnateurs et les jeunes que vous suivez sont les bienvenus : nous recrutons régulièrement.

Bien à vous,
Agnès Rolland
Responsable RH – SCIC Les Bâtisseurs""",
        other(),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour à l\'équipe Pro\'pulse,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">La SCIC Les Bâtisseurs organise une'
            ' matinée portes ouvertes le <b>jeudi 10 décembre</b>, de 9 h à 12 h, dans nos ateliers de'
            " Villeurbanne. Vos accompagnateurs et les jeunes que vous suivez sont les bienvenus : nous recrutons"
            ' régulièrement.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Bien à vous,<br>Agnès Rolland<br>Responsable RH – SCIC Les Bâtisseurs'
            "<o:p></o:p></p>"
        ),
        headers=OUTLOOK_MAC,
    )),
    # Feature: gmail_web — graduation — licence pro Coordination de projets de développement social, obtenue le 3 juillet 2025
    # shape: Gmail web, multipart/alternative with <div dir="ltr">, the date in the first div, a gmail_signature div with a LinkedIn link under it → application; licence pro of July 2025, an ESS aim → eligible
    N("gmail_web", "graduation", "licence pro Coordination de projets de développement social, obtenue le 3 juillet 2025", M(
        "Léa Marchal <lea.marchal.pro@gmail.example.com>", "Candidature Pro'pulse", "02 19:40",
        """Bonjour,

Je vous adresse ma candidature : licence pro Coordination de projets de développement social, obtenue le 3 juillet 2025 à l'IUT de Bobigny. Depuis, j'ai fait des remplacements d'animatrice et je cherche un poste de coordinatrice dans un centre social ou une maison de quartier associative.

Merci d'avance,

--
Léa Marchal
06 91 04 38 27
https://www.linkedin.com/in/lea-marchal-dev-social""",
        app("Léa", "Marchal", phone="+33691043827", bac=3, grad="2025-07", status="b_gmail_lp_3_juillet_2025"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Je vous adresse ma candidature : licence pro'
            " Coordination de projets de développement social, obtenue le 3 juillet 2025 à l'IUT de Bobigny."
            " Depuis, j'ai fait des remplacements d'animatrice et je cherche un poste de coordinatrice dans un"
            " centre social ou une maison de quartier associative.</div><div><br></div><div>Merci d'avance,</div>"
            '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr"'
            ' class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><b>Léa Marchal</b><div>06 91'
            ' 04 38 27</div><div><a href="https://www.linkedin.com/in/lea-marchal-dev-social" target="_blank">'
            "https://www.linkedin.com/in/lea-marchal-dev-social</a></div></div></div></div>"
        ),
    )),
    # Feature: gmail_web — level — Licenciatura em Serviço Social pela PUC de São Paulo
    # ambiguous: a Brazilian licenciatura with no equivalence said: degree_level stays open
    # shape: Gmail web in English, her cousin in Montréal forwarding under «---------- Forwarded message ---------» with From/Date/Subject/To; the applicant's mail under the block carries the diploma → application (referral: the cousin in forwarded_by, the applicant's address); a foreign diploma of 2025 of unsaid level → degree_level open → to verify
    N("gmail_web", "level", "Licenciatura em Serviço Social pela PUC de São Paulo", M(
        "Tiago Nascimento <tiago.nascimento@gmail.example.com>", "Fwd: candidature Pro'pulse", "04 02:15",
        """Hello,

My cousin Mariana asked me to pass this on to you, her mailbox at home keeps refusing attachments. Please reply to her directly.

Thanks,
Tiago

---------- Forwarded message ---------
From: Mariana Quintela <mariana.quintela@example.com.br>
Date: Tue, Nov 3, 2026 at 7:52 PM
Subject: candidature Pro'pulse
To: Tiago Nascimento <tiago.nascimento@gmail.example.com>

Bonjour,

Je suis arrivée à Toulouse en août. J'ai une Licenciatura em Serviço Social pela PUC de São Paulo, obtenue en décembre 2025 ; je n'ai pas encore demandé d'équivalence en France. Je voudrais travailler comme médiatrice sociale dans une association d'accueil des personnes migrantes.

Mariana Quintela
07 69 21 84 05""",
        app("Mariana", "Quintela", phone="+33769218405", bac="*", grad="2025-12", unknown=("degree_level",), email="mariana.quintela@example.com.br", forwarded_by="tiago.nascimento@gmail.example.com", status="b_gmail_fwd_en_licenciatura_bresil"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Hello,</div><div><br></div><div>My cousin Mariana asked me to pass this on to'
            " you, her mailbox at home keeps refusing attachments. Please reply to her directly.</div><div><br>"
            '</div><div>Thanks,</div><div>Tiago</div><br><div class="gmail_quote"><div dir="ltr"'
            ' class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername"'
            ' dir="auto">Mariana Quintela</strong> <span dir="auto">&lt;mariana.quintela@example.com.br&gt;'
            "</span><br>Date: Tue, Nov 3, 2026 at 7:52 PM<br>Subject: candidature Pro'pulse<br>To: Tiago"
            " Nascimento &lt;tiago.nascimento@gmail.example.com&gt;<br></div><br><br>"
            '<div dir="ltr">Bonjour,<br><br>Je suis arrivée à Toulouse en août. J\'ai une Licenciatura em Serviço'
            " Social pela PUC de São Paulo, obtenue en décembre 2025 ; je n'ai pas encore demandé d'équivalence en"
            " France. Je voudrais travailler comme médiatrice sociale dans une association d'accueil des"
            " personnes migrantes.<br><br>Mariana Quintela<br>07 69 21 84 05</div></div></div>"
        ),
    )),
    # Feature: gmail_web — studies_finished — je suis en M2 en alternance jusqu'en septembre 2027
    # shape: Gmail app, top-posted over a friend's mail quoted under «Le mer. 11 nov. 2026 à 21:08, … a écrit :» in a gmail_quote blockquote; the friend's mail tells of the programme, the writer's words above it carry her studies → application; M2 in apprenticeship until September 2027 → fails studies_finished → not eligible
    N("gmail_web", "studies_finished", "je suis en M2 en alternance jusqu'en septembre 2027", M(
        "Chiara Rossetti <chiara.rossetti@gmail.example.com>", "Fwd: Pro'pulse ça peut t'intéresser", "06 23:02",
        """Bonjour,

Une amie m'a envoyé le lien ci-dessous. Pour vous situer : licence AES obtenue en 2025, et maintenant je suis en M2 en alternance jusqu'en septembre 2027 (chargée de mission RSE dans une fondation). Est-ce que je peux déjà m'inscrire pour l'après ?

Chiara

Le mer. 11 nov. 2026 à 21:08, Pauline Serrano <pauline.serrano@example.fr> a écrit :
> Regarde ça, c'est pour les jeunes diplômés qui veulent bosser dans l'ESS, j'y suis passée l'an dernier et ça m'a bien aidée !
> https://www.animafac.net/propulse""",
        app("Chiara", "Rossetti", phone=None, bac=3, grad="2025", failing=("studies_finished",), status="b_gmail_m2_alternance_sept_2027"),
        html="both",
        body_html=(
            '<div dir="auto"><div>Bonjour,</div><div dir="auto"><br></div><div dir="auto">Une amie m\'a envoyé'
            " le lien ci-dessous. Pour vous situer : licence AES obtenue en 2025, et maintenant je suis en M2 en"
            " alternance jusqu'en septembre 2027 (chargée de mission RSE dans une fondation). Est-ce que je peux"
            ' déjà m\'inscrire pour l\'après ?</div><div dir="auto"><br></div><div dir="auto">Chiara</div></div>'
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le mer. 11 nov. 2026 à 21:08,'
            " Pauline Serrano &lt;pauline.serrano@example.fr&gt; a écrit :<br></div><blockquote"
            ' class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            "<div dir=\"ltr\">Regarde ça, c'est pour les jeunes diplômés qui veulent bosser dans l'ESS, j'y suis"
            " passée l'an dernier et ça m'a bien aidée !<br>https://www.animafac.net/propulse</div></blockquote>"
            "</div>"
        ),
    )),
    # Feature: gmail_web — aim — un poste d'animateur réseau dans une fédération d'AMAP ou une coopérative agricole
    # shape: Gmail web, a Drive chip «📎 CV_Stage_2024.pdf» with a drive.google.com link instead of an attachment; the file name is older than the facts, the aim in the body's second div → application; BTSA of June 2025, an ESS aim → eligible
    N("gmail_web", "aim", "un poste d'animateur réseau dans une fédération d'AMAP ou une coopérative agricole", M(
        "Hery Rakotomalala <hery.rakoto@gmail.example.com>", "Candidature - Hery Rakotomalala", "08 11:27",
        """Bonjour,

BTSA Développement, animation des territoires ruraux, obtenu en juin 2025 à Vendôme.

Je cherche un poste d'animateur réseau dans une fédération d'AMAP ou une coopérative agricole, dans le Centre-Val de Loire de préférence. Mon CV est sur mon Drive (le nom du fichier date de mon stage, le contenu est à jour) :

📎 CV_Stage_2024.pdf
https://drive.google.com/file/d/1xQ7vR2mN8kPz4TbLw0aYcE5sJdF3hGuV/view?usp=drive_link

Hery Rakotomalala
06 58 31 07 46""",
        app("Hery", "Rakotomalala", phone="+33658310746", bac=2, grad="2025-06", status="b_gmail_drive_cv_stage_2024"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Bonjour,</div><div><br></div><div>BTSA Développement, animation des territoires'
            " ruraux, obtenu en juin 2025 à Vendôme.</div><div><br></div><div>Je cherche un poste d'animateur"
            " réseau dans une fédération d'AMAP ou une coopérative agricole, dans le Centre-Val de Loire de"
            " préférence. Mon CV est sur mon Drive (le nom du fichier date de mon stage, le contenu est à jour)"
            ' :</div><div><br></div><div class="gmail_chip gmail_drive_chip" style="width:396px;height:18px;'
            'border:1px solid #ddd"><a href="https://drive.google.com/file/d/1xQ7vR2mN8kPz4TbLw0aYcE5sJdF3hGuV/'
            'view?usp=drive_link" target="_blank"><img src="https://drive-thirdparty.googleusercontent.com/16/type/'
            'application/pdf" style="vertical-align:bottom">&nbsp;<span>CV_Stage_2024.pdf</span></a></div>'
            "<div><br></div><div>Hery Rakotomalala</div><div>06 58 31 07 46</div></div>"
        ),
    )),
    # Feature: gmail_web — level — j'ai arrêté le BTS MCO en cours de première année
    # shape: Gmail web, a short <div dir="ltr"> mail with a gmail_signature div; the level (a bac pro and a first year of BTS left) in the body → application; no diploma of bac+2 → fails degree_level → not eligible
    N("gmail_web", "level", "j'ai arrêté le BTS MCO en cours de première année", M(
        "Kenza Ouali <kenza.ouali@gmail.example.com>", "inscription", "10 17:55",
        """Bonjour,

J'ai un bac pro Accueil et j'ai arrêté le BTS MCO en cours de première année, en 2025. Aujourd'hui je voudrais travailler dans une épicerie solidaire ou une ressourcerie. Est-ce que Pro'pulse peut m'accompagner ?

--
Kenza Ouali · 07 12 48 90 36""",
        app("Kenza", "Ouali", phone="+33712489036", bac=0, grad=None, failing=("degree_level",), status="b_gmail_bts_mco_arrete_premiere_annee"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Bonjour,</div><div><br></div><div>J\'ai un bac pro Accueil et j\'ai arrêté le'
            " BTS MCO en cours de première année, en 2025. Aujourd'hui je voudrais travailler dans une épicerie"
            " solidaire ou une ressourcerie. Est-ce que Pro'pulse peut m'accompagner ?</div><div><br></div>"
            '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">Kenza'
            " Ouali · 07 12 48 90 36</div></div>"
        ),
    )),
    # Feature: gmail_web — career_change — j'ai travaillé quelques années comme préparateur de commandes
    # ambiguous: «quelques années» of warehouse work before the BUT: not_career_change stays open
    # shape: Gmail web, <div dir="ltr"> paragraphs, the years of work before the diploma in the second div, a gmail_signature under → application; BUT of June 2026, a job of unsaid length before it → not_career_change open → to verify
    N("gmail_web", "career_change", "j'ai travaillé quelques années comme préparateur de commandes", M(
        "Florian Weber <florian.weber@gmail.example.com>", "Candidature Pro'pulse", "14 08:33",
        """Bonjour,

Je viens d'obtenir mon BUT Gestion logistique et transport (juin 2026, IUT de Metz).

Avant de reprendre mes études, j'ai travaillé quelques années comme préparateur de commandes dans un entrepôt de la grande distribution. Je voudrais mettre la logistique au service d'une banque alimentaire ou d'une structure de réemploi.

--
Florian Weber
06 74 20 59 18""",
        app("Florian", "Weber", phone="+33674205918", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_gmail_quelques_annees_preparateur"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Je viens d\'obtenir mon BUT Gestion logistique'
            " et transport (juin 2026, IUT de Metz).</div><div><br></div><div>Avant de reprendre mes études, j'ai"
            " travaillé quelques années comme préparateur de commandes dans un entrepôt de la grande"
            " distribution. Je voudrais mettre la logistique au service d'une banque alimentaire ou d'une"
            ' structure de réemploi.</div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            '<div dir="ltr" class="gmail_signature">Florian Weber<br>06 74 20 59 18</div></div>'
        ),
    )),
    # Feature: gmail_web — kind — faut-il avoir un titre de séjour salarié pour s'inscrire
    # shape: Gmail web, <div dir="ltr"> with a gmail_signature, a general question without the writer's facts → question
    N("gmail_web", "kind", "faut-il avoir un titre de séjour salarié pour s'inscrire", M(
        "Amadou Tall <amadou.tall@gmail.example.com>", "Question titre de séjour", "15 13:10",
        """Bonjour,

Pour Pro'pulse, faut-il avoir un titre de séjour salarié pour s'inscrire, ou un titre étudiant suffit-il pendant le changement de statut ?

Merci pour votre réponse.

--
Amadou Tall""",
        question(),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Pour Pro\'pulse, faut-il avoir un titre de'
            " séjour salarié pour s'inscrire, ou un titre étudiant suffit-il pendant le changement de statut ?"
            "</div><div><br></div><div>Merci pour votre réponse.</div><div><br></div>"
            '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">Amadou'
            " Tall</div></div>"
        ),
    )),
    # Feature: gmail_web — kind — je confirme ma présence à l'atelier CV du 1er décembre
    # shape: Gmail web, top-posted over our invitation quoted in a gmail_quote blockquote, In-Reply-To our Message-ID → reply
    N("gmail_web", "kind", "je confirme ma présence à l'atelier CV du 1er décembre", M(
        "Sarah Zerrouki <sarah.zerrouki@gmail.example.com>", "Re: Atelier CV – mardi 1er décembre", "17 09:45",
        """Bonjour Julien,

Merci, je confirme ma présence à l'atelier CV du 1er décembre.

Sarah

Le lun. 16 nov. 2026 à 18:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Sarah,
> Le prochain atelier CV aura lieu le mardi 1er décembre à 10 h, dans nos locaux. Pouvez-vous nous confirmer votre venue ?
> Julien, pour l'équipe Pro'pulse""",
        reply(),
        html="both",
        body_html=(
            '<div dir="ltr">Bonjour Julien,<div><br></div><div>Merci, je confirme ma présence à l\'atelier CV du'
            " 1er décembre.</div><div><br></div><div>Sarah</div></div><br><div class=\"gmail_quote\"><div"
            ' dir="ltr" class="gmail_attr">Le lun. 16 nov. 2026 à 18:20, Pro\'pulse &lt;propulse@animafac.net&gt;'
            ' a écrit :<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px'
            ' solid rgb(204,204,204);padding-left:1ex">Bonjour Sarah,<br>Le prochain atelier CV aura lieu le mardi'
            " 1er décembre à 10 h, dans nos locaux. Pouvez-vous nous confirmer votre venue ?<br>Julien, pour"
            " l'équipe Pro'pulse</blockquote></div>"
        ),
        headers={"In-Reply-To": "<atelier-cv-1201.sz@animafac.net>", "References": "<atelier-cv-1201.sz@animafac.net>"},
    )),
    # Feature: apple_mail — graduation — PS : j'ai oublié de préciser, mon DE de conseillère en économie sociale familiale date de juin 2026
    # shape: Apple Mail, multipart/mixed interleaved: a first text part, the PDF CV, then a second text part after the attachment with the date of the diploma (the CV gives the diploma without a date) → application; DE CESF (bac+3) of June 2026, an ESS aim → eligible
    N("apple_mail", "graduation", "PS : j'ai oublié de préciser, mon DE de conseillère en économie sociale familiale date de juin 2026", M(
        "Inès Taleb <ines.taleb@icloud.example.com>", "Candidature", "03 18:12",
        """Bonjour,

Voici mon CV pour le programme Pro'pulse. Je cherche un poste de CESF dans une association de prévention des expulsions ou un bailleur social associatif.

PS : j'ai oublié de préciser, mon DE de conseillère en économie sociale familiale date de juin 2026 (IRTS de Franche-Comté).

Inès Taleb
06 26 93 41 57""",
        app("Inès", "Taleb", phone="+33626934157", bac=3, grad="2026-06", status="b_apple_ps_de_cesf_juin_2026"),
        cv=CV("pdf", "CV Inès Taleb.pdf", """Inès Taleb
Diplôme d'État de conseillère en économie sociale familiale — IRTS de Franche-Comté
BTS Économie sociale familiale — Lycée Pergaud, Besançon
Stage : Habitat et Humanisme Doubs
Permis B"""),
        headers={**APPLE_MAIL, "X-Clients-Shape": "apple_interleaved qp", "X-Clients-Split": "2"},
    )),
    # Feature: apple_mail — situation — Je suis en stage chez Emmaüs Connect jusqu'au 19 février 2027
    # shape: iPhone Mail, text / the .docx CV / text: the internship and its end in the text after the attachment, «Envoyé de mon iPhone» at the end is the client's → application; licence of June 2026, internship until 19 February 2027 → fails not_internship → not eligible
    N("apple_mail", "situation", "Je suis en stage chez Emmaüs Connect jusqu'au 19 février 2027", M(
        "Lucas Morvan <lucas.morvan@icloud.example.com>", "Pro'pulse", "05 07:48",
        """Bonjour, voici mon CV.

Licence Humanités numériques obtenue en juin 2026. Je suis en stage chez Emmaüs Connect jusqu'au 19 février 2027, et je voudrais trouver un emploi dans l'inclusion numérique ensuite.

Envoyé de mon iPhone""",
        app("Lucas", "Morvan", phone=None, bac=3, grad="2026-06", failing=("not_internship",), status="b_iphone_stage_emmaus_connect_fevrier"),
        cv=CV("docx", "CV_Lucas_Morvan.docx", """Lucas Morvan
Licence Humanités numériques — Université Rennes 2
Stage : médiation numérique, Emmaüs Connect Rennes
Bénévole : Repair café du Blosne"""),
        headers={**IPHONE, "X-Clients-Shape": "apple_interleaved", "X-Clients-Split": "1"},
    )),
    # Feature: apple_mail — graduation — BTS SP3S validé en 2024
    # ambiguous: a year alone in 2024: graduation_recent stays open
    # shape: iPad Mail, format=flowed with delsp=yes (a soft break ends in two spaces: the break's, deleted, and the word's), the soft breaks typed in mid-sentence, the year of the BTS on the line after a soft break, «Envoyé de mon iPad» → application; BTS of 2024 → graduation_recent open → to verify
    N("apple_mail", "graduation", "BTS SP3S validé en 2024", M(
        "Maëlle Quéré <maelle.quere@icloud.example.com>", "Inscription", "07 20:31",
        """Bonjour,

Je m'appelle Maëlle, j'ai un BTS SP3S validé en 2024 et je cherche un emploi de coordinatrice dans une association d'aide à domicile ou un EHPAD associatif du Finistère.

Pouvez-vous me dire comment m'inscrire ?

Maëlle Quéré
06 47 05 28 91

Envoyé de mon iPad""".replace("SP3S validé", "SP3S  \nvalidé").replace("coordinatrice dans ", "coordinatrice dans  \n"),  # delsp=yes: the soft break's own space, then the word's
        app("Maëlle", "Quéré", phone="+33647052891", bac=2, grad="2024", unknown=("graduation_recent",), status="b_ipad_flowed_bts_sp3s_2024"),
        headers={"X-Mailer": "iPad Mail (22B91)", "X-Clients-Shape": "flowed delsp qp"},
    )),
    # Feature: apple_mail — career_change — six ans comme assistante de gestion dans une compagnie d'assurance
    # shape: iPhone Mail, her words and «Envoyé de mon iPhone» above an Apple quote «Le 9 nov. 2026 à 22:14, … a écrit :» of a friend's mail in «>»; the career sits in her words, the friend's mail only names the programme → application; six years in insurance before the master → fails not_career_change → not eligible
    N("apple_mail", "career_change", "six ans comme assistante de gestion dans une compagnie d'assurance", M(
        "Aurélie Nguyen-Thanh <aurelie.nguyenthanh@me.example.com>", "Fwd: programme Pro'pulse", "09 12:40",
        """Bonjour,

Mon amie Soraya m'a transmis votre programme. Après six ans comme assistante de gestion dans une compagnie d'assurance, j'ai repris un master Économie sociale et solidaire à Paris-Est Créteil, obtenu en septembre 2026. Je cherche un poste de chargée de gestion dans une mutuelle.

Aurélie Nguyen-Thanh
06 03 82 17 49

Envoyé de mon iPhone

> Le 9 nov. 2026 à 22:14, Soraya Mbarek <soraya.mbarek@example.fr> a écrit :
>
> Coucou, regarde ce programme d'Animafac, tu m'avais parlé de l'ESS l'autre jour :
> https://www.animafac.net/propulse
> Bises""",
        app("Aurélie", "Nguyen-Thanh", phone="+33603821749", bac=5, grad="2026-09", failing=("not_career_change",), status="b_apple_quote_six_ans_assurance"),
        headers={**IPHONE, "X-Clients-Shape": "qp"},
    )),
    # Feature: apple_mail — studies_finished — ma soutenance a eu lieu le 13 novembre et le jury a validé mon master
    # shape: Apple Mail, text / a photo of her diploma certificate (IMG_…jpg, no text) / text: the defence passed and the jury's validation in the text after the image → application; master validated in November 2026, an ESS aim → eligible
    N("apple_mail", "studies_finished", "ma soutenance a eu lieu le 13 novembre et le jury a validé mon master", M(
        "Nour Saadi <nour.saadi@icloud.example.com>", "Candidature Pro'pulse", "16 10:05",
        """Bonjour,

Je voudrais rejoindre Pro'pulse pour trouver un emploi de chargée de plaidoyer dans une ONG de solidarité internationale. Ci-joint la photo de mon attestation.

Comme vous le voyez, ma soutenance a eu lieu le 13 novembre et le jury a validé mon master Coopération internationale le jour même : mes études sont terminées.

Nour Saadi
07 50 84 16 23""",
        app("Nour", "Saadi", phone="+33750841623", bac=5, grad="2026-11", status="b_apple_soutenance_13_nov_jury_valide"),
        headers={**APPLE_MAIL, "X-Clients-Shape": "apple_interleaved", "X-Clients-Split": "2", "X-Clients-Attach": "IMG_4471.jpg"},
    )),
    # Feature: apple_mail — aim — a youth NGO or a consulting firm, both would suit me equally
    # ambiguous: an NGO or a consulting firm on equal terms: job_seeking_ess stays open
    # shape: iPhone Mail, an English mail, text / the PDF CV / text with the search after the attachment, «Sent from my iPhone» → application in English; master of June 2026, two searches on equal terms → job_seeking_ess open → to verify
    N("apple_mail", "aim", "a youth NGO or a consulting firm, both would suit me equally", M(
        "Siddharth Rao <sid.rao@icloud.example.com>", "Application Pro'pulse", "18 22:47",
        """Hi,

Please find my CV attached. I finished my master's in Public Policy at Sciences Po Lyon in June 2026.

I'm looking for a project officer role, at a youth NGO or a consulting firm, both would suit me equally. I speak French at C1 level.

Sid Rao
+33 7 81 40 62 95

Sent from my iPhone""",
        app("Siddharth", "Rao", phone="+33781406295", bac=5, grad="2026-06", unknown=("job_seeking_ess",), language="en", status="b_iphone_en_ngo_or_consulting"),
        cv=CV("pdf", "Siddharth_Rao_CV.pdf", """Siddharth Rao
Master's in Public Policy — Sciences Po Lyon, 2026
BA Economics — University of Delhi, 2023
Internship: policy assistant, a Lyon think tank (2026)"""),
        headers={**IPHONE, "X-Clients-Shape": "apple_interleaved", "X-Clients-Split": "2"},
    )),
    # Feature: apple_mail — kind — Merci mille fois pour l'entretien de mardi
    # shape: iPhone Mail, a short thank-you with «Envoyé de mon iPhone», no In-Reply-To, no facts → other
    N("apple_mail", "kind", "Merci mille fois pour l'entretien de mardi", M(
        "Zacharie Pasquier <zacharie.pasquier@icloud.example.com>", "Merci !", "19 18:22",
        """Merci mille fois pour l'entretien de mardi, ça m'a vraiment remotivé. À bientôt !

Zacharie

Envoyé de mon iPhone""",
        other(),
        headers=IPHONE,
    )),
    # Feature: apple_mail — kind — les ateliers ont-ils lieu en visio
    # shape: iPad Mail, format=flowed delsp=yes, «Envoyé de mon iPad», a general question → question
    N("apple_mail", "kind", "les ateliers ont-ils lieu en visio", M(
        "Roxane Muller <roxane.muller@me.example.com>", "Ateliers à distance ?", "20 08:14",
        """Bonjour,

J'habite en Guyane : les ateliers ont-ils lieu en visio, ou faut-il  \nvenir à Paris ?

Merci,
Roxane

Envoyé de mon iPad""",
        question(),
        headers={"X-Mailer": "iPad Mail (22B91)", "X-Clients-Shape": "flowed delsp"},
    )),
]
