"""Clients corpus, batch 01 (writer A): Outlook desktop (Word's HTML with MsoNormal paragraphs and spans that
split a word, the cid logo placeholder, the «De : … Envoyé : … À : … Objet :» block of a forward, an
out-of-office in Word HTML); Gmail (a Drive link for the CV, a «Message transféré» from a friend, a quote of the
writer's own earlier mail under «… a écrit :», the gmail_signature div); Apple Mail (text / PDF / text with the
deciding line after the attachment, «Envoyé de mon iPhone», «Envoyé de mon iPad», format=flowed, delsp,
quoted-printable)."""
# ruff: noqa: E501, W291

from __future__ import annotations

from clients import N
from kit import CV, M, app, auto_reply, other, question, reply

OUTLOOK = "Microsoft Outlook 16.0"
LOGO = "[cid:image001.png@01DB4A2C.5E3F1A80]"


def word(inner: str) -> str:
    """Word's skeleton around the paragraphs a writer typed (the paragraphs themselves are written by hand)."""
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        "<!--[if gte mso 9]><xml><o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" /></xml><![endif]-->"
        "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}"
        " span.EmailStyle17 {mso-style-type:personal-compose;} --></style></head>"
        '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">'
        + inner
        + "</div></body></html>"
    )


MESSAGES = [
    # Feature: outlook_desktop — graduation — diplômée en septembre 2025
    # shape: Outlook 16 desktop, multipart/alternative with Word HTML in multipart/related (logo); «diplômée» split by Word into two spans in the HTML, whole in the text part with the cid placeholder → application; master of September 2025, a job in a solidarity association → eligible
    N("outlook_desktop", "graduation", "diplômée en septembre 2025", M(
        "Inès Benali <ines.benali@outlook.fr>", "Candidature programme Pro'pulse", "02 09:14",
        f"""Bonjour,

Je me permets de vous adresser ma candidature au programme Pro'pulse. Je suis diplômée en septembre 2025 d'un master Économie sociale et solidaire à l'université de Poitiers, et je cherche un premier poste de chargée de projet dans une association de solidarité internationale ou une fondation.

Je reste disponible pour un échange téléphonique.

Bien cordialement,

Inès Benali
06 48 19 73 52
{LOGO}""",
        app("Inès", "Benali", phone="+33648197352", bac=5, grad="2025-09", status="word_spans_diplomee_sept_2025"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Je me permets de vous adresser ma candidature au programme Pro\'pulse. Je suis '
            '<span style="mso-fareast-language:FR">dipl</span><span style="mso-fareast-language:FR">ômée</span>'
            " en septembre 2025 d’un master Économie sociale et solidaire à l’université de Poitiers, et je cherche"
            " un premier poste de chargée de projet dans une association de solidarité internationale ou une"
            " fondation.<o:p></o:p></p>"
            '<p class="MsoNormal">Je reste disponible pour un échange téléphonique.<o:p></o:p></p>'
            '<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>'
            '<p class="MsoNormal"><b><span style="color:#1F3864">Inès Benali</span></b><br>06 48 19 73 52<o:p></o:p></p>'
            '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DB4A2C.5E3F1A80"><o:p></o:p></p>'
        ),
        headers={"X-Mailer": OUTLOOK, "X-Clients-Shape": "outlook_related"},
    )),
    # Feature: outlook_desktop — situation — mon stage s'est finalement arrêté le 31 octobre
    # shape: Outlook 16 desktop forwarding her own earlier mail to us: the new words above the ____ separator and «De : … Envoyé : … Objet :» block, the old mail below saying the internship ran until December → application; the newest words: internship over on 31 October, BUT of 2026, ESS aim → eligible
    N("outlook_desktop", "situation", "mon stage s'est finalement arrêté le 31 octobre", M(
        "Killian Abadie <killian.abadie@hotmail.fr>", "TR: candidature - Killian Abadie", "03 17:40",
        """Bonjour,

Je vous renvoie ma candidature envoyée le mois dernier avec une mise à jour : mon stage s'est finalement arrêté le 31 octobre (fin anticipée d'un commun accord), je suis donc disponible tout de suite.

Killian

________________________________
De : Killian Abadie <killian.abadie@hotmail.fr>
Envoyé : mardi 6 octobre 2026 11:02
À : propulse@animafac.net
Objet : candidature - Killian Abadie

Bonjour,

Titulaire d'un BUT Carrières sociales obtenu en juin 2026, je suis actuellement en stage à la Ligue de l'enseignement jusqu'à mi-décembre. Je souhaite ensuite travailler dans l'éducation populaire.

Killian Abadie
07 82 40 15 66""",
        app("Killian", "Abadie", phone="+33782401566", bac=3, grad="2026-06", status="outlook_fw_stage_fini_31_oct"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p>'
            '<p class="MsoNormal">Je vous renvoie ma candidature envoyée le mois dernier avec une mise à jour : mon'
            " stage s’est finalement arrêté le 31 octobre (fin anticipée d’un commun accord), je suis donc"
            " disponible tout de suite.<o:p></o:p></p>"
            '<p class="MsoNormal">Killian<o:p></o:p></p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>De :</b> Killian Abadie &lt;killian.abadie@hotmail.fr&gt;<br><b>Envoyé :</b>'
            " mardi 6 octobre 2026 11:02<br><b>À :</b> propulse@animafac.net<br><b>Objet :</b> candidature - Killian"
            " Abadie<o:p></o:p></p></div>"
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p>'
            '<p class="MsoNormal">Titulaire d’un BUT Carrières sociales obtenu en juin 2026, je suis actuellement en'
            " stage à la Ligue de l’enseignement jusqu’à mi-décembre. Je souhaite ensuite travailler dans"
            " l’éducation populaire.<o:p></o:p></p>"
            '<p class="MsoNormal">Killian Abadie<br>07 82 40 15 66<o:p></o:p></p>'
        ),
        headers={"X-Mailer": OUTLOOK},
    )),
    # Feature: outlook_desktop — career_change — job étudiant chez Decathlon le week-end
    # shape: Outlook 16 desktop, Word HTML with a bold span on the side job and the cid logo → application; a weekend student job during the licence is no career, licence of June 2026, a SCIC → eligible
    N("outlook_desktop", "career_change", "job étudiant chez Decathlon le week-end", M(
        "Loan Fournier <l.fournier@orange.fr>", "Candidature Pro'pulse", "04 08:05",
        f"""Madame, Monsieur,

Je viens d'obtenir (juin 2026) une licence de géographie et aménagement à Tours. Pendant mes trois années de fac j'ai eu un job étudiant chez Decathlon le week-end, qui m'a appris l'accueil du public mais ce n'est pas mon projet : je voudrais travailler dans une SCIC de mobilité solidaire ou d'habitat participatif.

Cordialement,
Loan Fournier
06.12.88.43.07
{LOGO}""",
        app("Loan", "Fournier", phone="+33612884307", bac=3, grad="2026-06", status="job_etudiant_decathlon_weekend"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Madame, Monsieur,<o:p></o:p></p>'
            '<p class="MsoNormal">Je viens d’obtenir (juin 2026) une licence de géographie et aménagement à Tours.'
            " Pendant mes trois années de fac j’ai eu un <b><span style=\"mso-bidi-font-weight:normal\">job étudiant"
            " chez Decathlon</span></b> le week-end, qui m’a appris l’accueil du public mais ce n’est pas mon projet :"
            " je voudrais travailler dans une SCIC de mobilité solidaire ou d’habitat participatif.<o:p></o:p></p>"
            '<p class="MsoNormal">Cordialement,<br>Loan Fournier<br>06.12.88.43.07<o:p></o:p></p>'
            '<p class="MsoNormal"><img src="cid:image001.png@01DB4A2C.5E3F1A80"><o:p></o:p></p>'
        ),
        headers={"X-Mailer": OUTLOOK, "X-Clients-Shape": "outlook_related"},
    )),
    # Feature: outlook_desktop — level — mon bac pro Accompagnement, soins et services à la personne
    # shape: Outlook 16 desktop, Word HTML whose list of diplomas is MsoListParagraph items with mso-list spans → application; a bac pro and a BAFA, no higher diploma → fails degree_level → not eligible
    N("outlook_desktop", "level", "mon bac pro Accompagnement, soins et services à la personne", M(
        "Cassandra Gauthier <cassandra.gauthier@live.fr>", "demande d'inscription", "05 13:22",
        """Bonjour,

Je voudrais m'inscrire à votre accompagnement. Mes diplômes :
· mon bac pro Accompagnement, soins et services à la personne (2024)
· le BAFA (2025)

Depuis je fais des remplacements d'animatrice périscolaire et j'aimerais un vrai poste dans une association de quartier.

Cassandra Gauthier
07 66 21 09 84""",
        app("Cassandra", "Gauthier", phone="+33766210984", bac=0, grad=None, failing=("degree_level",), status="bac_pro_assp_bafa"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p>'
            '<p class="MsoNormal">Je voudrais m’inscrire à votre accompagnement. Mes diplômes :<o:p></o:p></p>'
            '<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span style="font-family:Symbol">'
            "<span style=\"mso-list:Ignore\">·<span style=\"font:7.0pt 'Times New Roman'\">&nbsp;&nbsp;</span></span></span>"
            "mon bac pro Accompagnement, soins et services à la personne (2024)<o:p></o:p></p>"
            '<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span style="font-family:Symbol">'
            "<span style=\"mso-list:Ignore\">·<span style=\"font:7.0pt 'Times New Roman'\">&nbsp;&nbsp;</span></span></span>"
            "le BAFA (2025)<o:p></o:p></p>"
            '<p class="MsoNormal">Depuis je fais des remplacements d’animatrice périscolaire et j’aimerais un vrai'
            " poste dans une association de quartier.<o:p></o:p></p>"
            '<p class="MsoNormal">Cassandra Gauthier<br>07 66 21 09 84<o:p></o:p></p>'
        ),
        headers={"X-Mailer": OUTLOOK},
    )),
    # Feature: outlook_desktop — aim — un poste de chargé de communication
    # ambiguous: he wants a communication job but names no sector nor kind of employer — job_seeking_ess stays open
    # shape: Outlook 16 desktop, Word HTML with a signature table; the aim in the body, the company logo cid → application; licence pro of June 2025, a communication job in no sector said → job_seeking_ess open → to verify
    N("outlook_desktop", "aim", "un poste de chargé de communication", M(
        "Tiago Dias <tiago.dias@gmail.com>", "Inscription", "06 10:47",
        f"""Bonjour,

Diplômé d'une licence pro Métiers de la communication (juin 2025, IUT de Besançon), je cherche un poste de chargé de communication, si possible en CDI, sur Besançon ou Dijon. Votre programme m'a été conseillé par une amie.

Tiago Dias
+33 6 51 70 28 93
{LOGO}""",
        app("Tiago", "Dias", phone="+33651702893", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="charge_com_sans_secteur"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p>'
            '<p class="MsoNormal">Diplômé d’une licence pro Métiers de la communication (juin 2025, IUT de Besançon),'
            " je cherche un poste de <span style=\"color:#2F5496\">chargé de communication</span>, si possible en CDI,"
            " sur Besançon ou Dijon. Votre programme m’a été conseillé par une amie.<o:p></o:p></p>"
            '<table class="MsoNormalTable" border="0" cellpadding="0"><tr><td><p class="MsoNormal">Tiago Dias<br>'
            '+33 6 51 70 28 93<o:p></o:p></p></td><td><img src="cid:image001.png@01DB4A2C.5E3F1A80"></td></tr></table>'
        ),
        headers={"X-Mailer": OUTLOOK, "X-Clients-Shape": "outlook_related"},
    )),
    # Feature: outlook_desktop — studies_finished — je suis en M2 jusqu'en juin 2027
    # shape: Outlook 16 desktop, Word HTML; a student's signature under the body («Étudiant M2 — IAE de Lille») agrees with it → application; M2 running until June 2027 → fails studies_finished → not eligible
    N("outlook_desktop", "studies_finished", "je suis en M2 jusqu'en juin 2027", M(
        "Ilyes Chérif <ilyes.cherif@univ-lille.fr>", "Pro'pulse - renseignements et candidature", "07 16:30",
        """Bonjour,

Je souhaite candidater dès maintenant au programme pour préparer mon insertion : je suis en M2 jusqu'en juin 2027 (Management des entreprises de l'ESS), en alternance dans une mutuelle de santé.

Merci de me dire si c'est possible.

Ilyes Chérif
Étudiant M2 — IAE de Lille
06 35 92 14 70""",
        app("Ilyes", "Chérif", phone="+33635921470", bac="*", grad=None, failing=("studies_finished",), status="m2_jusqu_juin_2027_alternance"),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p>'
            '<p class="MsoNormal">Je souhaite candidater dès maintenant au programme pour préparer mon insertion : je'
            " suis en M2 jusqu’en juin 2027 (Management des entreprises de l’ESS), en alternance dans une mutuelle"
            " de santé.<o:p></o:p></p>"
            '<p class="MsoNormal">Merci de me dire si c’est possible.<o:p></o:p></p>'
            '<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Ilyes Chérif<br>Étudiant M2 — IAE de Lille'
            "<br>06 35 92 14 70</span><o:p></o:p></p>"
        ),
        headers={"X-Mailer": OUTLOOK},
    )),
    # Feature: outlook_desktop — kind — Je suis absente du bureau
    # shape: Outlook out-of-office in Word HTML with Auto-Submitted: auto-replied and the Exchange headers → auto_reply
    N("outlook_desktop", "kind", "Je suis absente du bureau", M(
        "Claire Esnault <c.esnault@fondation-horizons.example.org>", "Réponse automatique : Pro'pulse - point partenaires", "09 07:01",
        """Bonjour,

Je suis absente du bureau jusqu'au lundi 16 novembre inclus, sans accès à mes mails. Pour toute urgence, vous pouvez joindre l'accueil de la fondation au 01 44 72 90 10.

Claire Esnault
Responsable des partenariats""",
        auto_reply(),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p>'
            '<p class="MsoNormal">Je suis absente du bureau jusqu’au lundi 16 novembre inclus, sans accès à mes mails.'
            " Pour toute urgence, vous pouvez joindre l’accueil de la fondation au 01 44 72 90 10.<o:p></o:p></p>"
            '<p class="MsoNormal">Claire Esnault<br>Responsable des partenariats<o:p></o:p></p>'
        ),
        headers={"X-Mailer": OUTLOOK, "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )),
    # Feature: outlook_desktop — kind — faut-il obligatoirement résider en Île-de-France
    # shape: Outlook 16 desktop, Word HTML with a bilingual disclaimer in grey; a question about the programme with no personal fact → question
    N("outlook_desktop", "kind", "faut-il obligatoirement résider en Île-de-France", M(
        "Amandine Brulé <amandine.brule@wanadoo.fr>", "Question lieu des ateliers", "10 12:15",
        """Bonjour,

Les ateliers ont-ils lieu à Paris uniquement, ou faut-il obligatoirement résider en Île-de-France pour suivre le programme ? Je me renseigne avant de postuler.

Merci,
Amandine""",
        question(),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour,<o:p></o:p></p>'
            '<p class="MsoNormal">Les ateliers ont-ils lieu à Paris uniquement, ou faut-il obligatoirement résider en'
            " Île-de-France pour suivre le programme ? Je me renseigne avant de postuler.<o:p></o:p></p>"
            '<p class="MsoNormal">Merci,<br>Amandine<o:p></o:p></p>'
        ),
        headers={"X-Mailer": OUTLOOK},
    )),
    # Feature: outlook_desktop — kind — Forum de l'emploi solidaire
    # shape: Outlook 16 desktop forward («De : … Envoyé : … Objet :» block under ____) of a partner's event invitation, two lines on top → other
    N("outlook_desktop", "kind", "Forum de l'emploi solidaire", M(
        "Damien Cordier <d.cordier@cress-cvl.example.org>", "TR: Forum de l'emploi solidaire - 3 décembre", "11 15:58",
        """Bonjour à l'équipe Pro'pulse,

Pour info et diffusion à vos candidats si vous le jugez utile.

Damien

________________________________
De : CRESS Centre-Val de Loire <contact@cress-cvl.example.org>
Envoyé : mardi 10 novembre 2026 09:30
À : Damien Cordier <d.cordier@cress-cvl.example.org>
Objet : Forum de l'emploi solidaire - 3 décembre

Le Forum de l'emploi solidaire revient le 3 décembre à Orléans : 40 structures de l'ESS, des offres en CDI et CDD, des ateliers CV. Entrée libre.""",
        other(),
        html="both",
        body_html=word(
            '<p class="MsoNormal">Bonjour à l’équipe Pro’pulse,<o:p></o:p></p>'
            '<p class="MsoNormal">Pour info et diffusion à vos candidats si vous le jugez utile.<o:p></o:p></p>'
            '<p class="MsoNormal">Damien<o:p></o:p></p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>De :</b> CRESS'
            " Centre-Val de Loire &lt;contact@cress-cvl.example.org&gt;<br><b>Envoyé :</b> mardi 10 novembre 2026"
            " 09:30<br><b>À :</b> Damien Cordier<br><b>Objet :</b> Forum de l’emploi solidaire - 3 décembre<o:p></o:p></p></div>"
            '<p class="MsoNormal">Le Forum de l’emploi solidaire revient le 3 décembre à Orléans : 40 structures de'
            " l’ESS, des offres en CDI et CDD, des ateliers CV. Entrée libre.<o:p></o:p></p>"
        ),
        headers={"X-Mailer": OUTLOOK},
    )),
    # Feature: gmail_web — graduation — licence pro obtenue en juin 2024
    # shape: Gmail web, <div dir="ltr"> and a Drive chip «📎 CV_stage_2023.pdf» instead of an attachment; the file's name is no fact, the date in the body → application; licence pro of June 2024 (29 months before November 2026) → fails graduation_recent → not eligible
    N("gmail_web", "graduation", "licence pro obtenue en juin 2024", M(
        "Joana Carvalho <joana.carvalho@gmail.com>", "Candidature + lien vers mon CV", "02 21:05",
        """Bonsoir,

J'ai une licence pro obtenue en juin 2024 (gestion des structures sanitaires et sociales) et je cherche un emploi dans un EHPAD associatif ou une mutuelle. Mon CV est sur mon Drive, le lien est ci-dessous (le nom du fichier date de mon stage, désolée).

📎 CV_stage_2023.pdf
https://drive.google.com/file/d/1aXk92LmQp7Vt0Rr3sW8e5Yc/view?usp=drive_link

Joana Carvalho
06 20 47 83 15""",
        app("Joana", "Carvalho", phone="+33620478315", bac=3, grad="2024-06", failing=("graduation_recent",), status="drive_link_lp_juin_2024"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Bonsoir,</div><div><br></div><div>J\'ai une licence pro obtenue en juin 2024 (gestion'
            " des structures sanitaires et sociales) et je cherche un emploi dans un EHPAD associatif ou une mutuelle."
            " Mon CV est sur mon Drive, le lien est ci-dessous (le nom du fichier date de mon stage, désolée).</div>"
            '<div><br></div><div class="gmail_chip gmail_drive_chip"><a href="https://drive.google.com/file/d/'
            '1aXk92LmQp7Vt0Rr3sW8e5Yc/view?usp=drive_link">📎 CV_stage_2023.pdf</a></div><div><br></div>'
            '<div><div dir="ltr" class="gmail_signature">Joana Carvalho<br>06 20 47 83 15</div></div></div>'
        ),
    )),
    # Feature: gmail_web — situation — en service civique chez Unis-Cité jusqu'au 31 mars 2027
    # shape: Gmail web forward: two lines from a friend, then «---------- Message transféré ---------» with the applicant's own mail (De / Date / Subject / To) → application (referral: the friend in forwarded_by, the applicant's address); BTS ESF of 2025, a civic service running until 31 March 2027 → fails not_service_civique → not eligible
    N("gmail_web", "situation", "en service civique chez Unis-Cité jusqu'au 31 mars 2027", M(
        "Bastien Ferry <bastien.ferry@gmail.com>", "Fwd: candidature Pro'pulse", "03 19:12",
        """Salut,

Je transfère le mail de ma cousine, elle n'arrivait pas à vous écrire depuis sa boîte.

Bastien

---------- Message transféré ---------
De : Coralie Ferry <coralie.ferry@laposte.net>
Date: mar. 3 nov. 2026 à 18:40
Subject: candidature Pro'pulse
To: Bastien Ferry <bastien.ferry@gmail.com>

Bonjour,

J'ai obtenu mon BTS Économie sociale familiale en juillet 2025 et je suis en service civique chez Unis-Cité jusqu'au 31 mars 2027. J'aimerais préparer ma recherche d'un emploi de conseillère en insertion dans une association.

Coralie Ferry
07 58 33 20 61""",
        app("Coralie", "Ferry", phone="+33758332061", bac=2, grad="2025-07", failing=("not_service_civique",), email="coralie.ferry@laposte.net", forwarded_by="bastien.ferry@gmail.com", status="gmail_fwd_cousine_sc_unis_cite"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Salut,</div><div>Je transfère le mail de ma cousine, elle n\'arrivait pas à vous'
            " écrire depuis sa boîte.</div><div>Bastien</div><br><div class=\"gmail_quote\"><div dir=\"ltr\""
            ' class="gmail_attr">---------- Message transféré ---------<br>De : <strong class="gmail_sendername"'
            ' dir="auto">Coralie Ferry</strong> <span dir="auto">&lt;coralie.ferry@laposte.net&gt;</span><br>Date: mar.'
            " 3 nov. 2026 à 18:40<br>Subject: candidature Pro'pulse<br>To: Bastien Ferry &lt;bastien.ferry@gmail.com&gt;"
            "<br></div><br><div>Bonjour,<br><br>J'ai obtenu mon BTS Économie sociale familiale en juillet 2025 et je"
            " suis en service civique chez Unis-Cité jusqu'au 31 mars 2027. J'aimerais préparer ma recherche d'un"
            " emploi de conseillère en insertion dans une association.<br><br>Coralie Ferry<br>07 58 33 20 61</div>"
            "</div></div>"
        ),
    )),
    # Feature: gmail_web — studies_finished — master validé, jury passé le 30 septembre
    # shape: Gmail web, top-posting over the writer's OWN earlier mail in a gmail_quote («Le lun. 7 sept. 2026 à 10:12, … a écrit :») that said the master was not over; the new words above decide → application; master over, jury of 30 September 2026, an ESS aim → eligible
    N("gmail_web", "studies_finished", "master validé, jury passé le 30 septembre", M(
        "Maud Joubert <maud.joubert@gmail.com>", "Re: Candidature Maud Joubert", "04 11:26",
        """Bonjour,

Je complète mon premier message : master validé, jury passé le 30 septembre ! Je suis donc pleinement disponible pour le programme.

Maud

Le lun. 7 sept. 2026 à 10:12, Maud Joubert <maud.joubert@gmail.com> a écrit :
> Bonjour,
> Je termine un master Développement local à Rennes 2, il me reste la soutenance du mémoire fin septembre.
> Je cherche ensuite un poste dans un réseau d'associations d'éducation à l'environnement.
> Maud Joubert, 06 94 28 61 37""",
        app("Maud", "Joubert", phone="+33694286137", bac=5, grad="2026-09", status="gmail_own_quote_master_valide"),
        html="both",
        body_html=(
            '<div dir="ltr">Bonjour,<div><br></div><div>Je complète mon premier message : master validé, jury passé'
            " le 30 septembre ! Je suis donc pleinement disponible pour le programme.</div><div><br></div>"
            '<div>Maud</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le lun. 7 sept.'
            " 2026 à 10:12, Maud Joubert &lt;<a href=\"mailto:maud.joubert@gmail.com\">maud.joubert@gmail.com"
            "</a>&gt; a écrit :<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            'border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Bonjour,<br>Je termine un master'
            " Développement local à Rennes 2, il me reste la soutenance du mémoire fin septembre.<br>Je cherche"
            " ensuite un poste dans un réseau d'associations d'éducation à l'environnement.<br>Maud Joubert, 06"
            " 94 28 61 37</div></blockquote></div>"
        ),
    )),
    # Feature: gmail_web — aim — an analyst position in a strategy consulting firm
    # shape: Gmail web in English, <div dir="ltr"> and a gmail_signature div with a LinkedIn line → application (English); MSc of June 2026, a search in strategy consulting → fails job_seeking_ess → not eligible
    N("gmail_web", "aim", "an analyst position in a strategy consulting firm", M(
        "Daniel Agyeman <daniel.agyeman@gmail.com>", "Application - Pro'pulse programme", "05 14:03",
        """Hello,

I completed an MSc in Management at Grenoble École de Management in June 2026 and I'm now looking for an analyst position in a strategy consulting firm in Paris or Lyon. A friend told me your programme helps young graduates with their first job search, so here I am.

Best,
--
Daniel Agyeman
+44 7700 900418
linkedin.com/in/daniel-agyeman""",
        app("Daniel", "Agyeman", phone="+447700900418", bac=5, grad="2026-06", failing=("job_seeking_ess",), language="en", status="gmail_en_strategy_consulting"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Hello,</div><div><br></div><div>I completed an MSc in Management at Grenoble École de'
            " Management in June 2026 and I'm now looking for an analyst position in a strategy consulting firm in"
            " Paris or Lyon. A friend told me your programme helps young graduates with their first job search, so"
            " here I am.</div><div><br></div><div>Best,</div><span class=\"gmail_signature_prefix\">-- </span><br>"
            '<div dir="ltr" class="gmail_signature">Daniel Agyeman<br>+44 7700 900418<br>linkedin.com/in/daniel-agyeman'
            "</div></div>"
        ),
    )),
    # Feature: gmail_web — graduation — j'ai eu mon DUT il y a un moment déjà
    # ambiguous: the DUT's year is never said («il y a un moment») — graduation_recent stays open
    # shape: Gmail app/web short mail in <div dir="ltr">, a Drive link to a CV the reader cannot open → application; DUT with no date, an ESS aim → graduation_recent open → to verify
    N("gmail_web", "graduation", "j'ai eu mon DUT il y a un moment déjà", M(
        "Nassim Bouzid <nassimbouzid93@gmail.com>", "Pro'pulse", "06 22:48",
        """Bonsoir,

j'ai eu mon DUT il y a un moment déjà (GEA, à Saint-Denis) et après plusieurs petits boulots je veux bosser dans une régie de quartier ou une entreprise d'insertion. Mon CV : https://drive.google.com/file/d/1Hc7RmZ0pQeW4tYx2LbN/view

Nassim
06 03 58 77 21""",
        app("Nassim", "Bouzid", phone="+33603587721", bac=2, grad=None, unknown=("graduation_recent",), status="dut_il_y_a_un_moment"),
        html="both",
        body_html=(
            '<div dir="ltr">Bonsoir,<div><br></div><div>j\'ai eu mon DUT il y a un moment déjà (GEA, à Saint-Denis) et'
            " après plusieurs petits boulots je veux bosser dans une régie de quartier ou une entreprise d'insertion."
            ' Mon CV : <a href="https://drive.google.com/file/d/1Hc7RmZ0pQeW4tYx2LbN/view">https://drive.google.com/'
            "file/d/1Hc7RmZ0pQeW4tYx2LbN/view</a></div><div><br></div><div>Nassim</div><div>06 03 58 77 21</div></div>"
        ),
    )),
    # Feature: gmail_web — level — un titre certifié de coordinatrice de projets culturels
    # ambiguous: a private school's «titre certifié» with no RNCP level said — degree_level stays open
    # shape: Gmail web, <div dir="ltr"> and a gmail_signature div with the school's name → application; a certified title of 2026 of unknown level, a job in a cultural association → degree_level open → to verify
    N("gmail_web", "level", "un titre certifié de coordinatrice de projets culturels", M(
        "Capucine Delorme <capucine.delorme.pro@gmail.com>", "Demande d'accompagnement", "07 09:33",
        """Bonjour,

J'ai terminé en juillet 2026 une formation de dix-huit mois dans une école privée de Marseille, qui délivre un titre certifié de coordinatrice de projets culturels. J'aimerais travailler pour une association ou une compagnie du spectacle vivant.

Capucine Delorme
Promo 2026 — École Arts & Médiations
07 43 18 92 06""",
        app("Capucine", "Delorme", phone="+33743189206", bac="*", grad="2026-07", unknown=("degree_level",), status="titre_certifie_sans_niveau"),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Bonjour,</div><div><br></div><div>J\'ai terminé en juillet 2026 une formation de'
            " dix-huit mois dans une école privée de Marseille, qui délivre un titre certifié de coordinatrice de"
            " projets culturels. J'aimerais travailler pour une association ou une compagnie du spectacle vivant."
            '</div><br><div dir="ltr" class="gmail_signature">Capucine Delorme<br>Promo 2026 — École Arts &amp;'
            " Médiations<br>07 43 18 92 06</div></div>"
        ),
    )),
    # Feature: gmail_web — kind — Merci pour votre retour
    # shape: Gmail web top-posting over OUR mail in a gmail_quote («Le mar. 10 nov. 2026 à 16:20, Pro'pulse … a écrit :»), In-Reply-To ours → reply
    N("gmail_web", "kind", "Merci pour votre retour", M(
        "Gabriel Hoarau <gabriel.hoarau@gmail.com>", "Re: Votre candidature à Pro'pulse", "11 08:50",
        """Bonjour,

Merci pour votre retour, je serai bien présent à la réunion d'information du 19 novembre.

Bonne journée,
Gabriel

Le mar. 10 nov. 2026 à 16:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Gabriel,
> Votre candidature est bien reçue. Nous vous proposons une réunion d'information le jeudi 19 novembre à 18h.
> L'équipe Pro'pulse""",
        reply(),
        html="both",
        body_html=(
            '<div dir="ltr">Bonjour,<div><br></div><div>Merci pour votre retour, je serai bien présent à la réunion'
            " d'information du 19 novembre.</div><div><br></div><div>Bonne journée,</div><div>Gabriel</div></div><br>"
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le mar. 10 nov. 2026 à 16:20, Pro\'pulse &lt;'
            "propulse@animafac.net&gt; a écrit :<br></div><blockquote class=\"gmail_quote\">Bonjour Gabriel,<br>Votre"
            " candidature est bien reçue. Nous vous proposons une réunion d'information le jeudi 19 novembre à 18h.<br>"
            "L'équipe Pro'pulse</blockquote></div>"
        ),
        headers={"In-Reply-To": "<conf-2026-11-10.gh@animafac.net>", "References": "<conf-2026-11-10.gh@animafac.net>"},
    )),
    # Feature: gmail_web — kind — Je ne peux plus participer
    # shape: Gmail web, a short note in <div dir="ltr"> with a gmail_signature, not in our thread: a person who had signed up to an info session cancels → other
    N("gmail_web", "kind", "Je ne peux plus participer", M(
        "Anaïs Coulibaly <anais.coulibaly@gmail.com>", "Annulation atelier du 24", "12 18:02",
        """Bonjour,

Je ne peux plus participer à l'atelier CV du 24 novembre, j'ai trouvé un poste entre-temps. Merci pour tout et bonne continuation à l'équipe !

Anaïs""",
        other(),
        html="both",
        body_html=(
            '<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Je ne peux plus participer à l\'atelier CV du 24'
            " novembre, j'ai trouvé un poste entre-temps. Merci pour tout et bonne continuation à l'équipe !</div>"
            '<div><br></div><div dir="ltr" class="gmail_signature">Anaïs</div></div>'
        ),
    )),
    # Feature: apple_mail — situation — mon service civique s'est terminé le 15 octobre
    # shape: Apple Mail on a Mac, multipart/mixed text / CV.pdf / text (Apple-Mail=_ boundaries, quoted-printable): the civic service's end stands in the text AFTER the PDF → application; licence of 2025, civic service over, ESS aim → eligible
    N("apple_mail", "situation", "mon service civique s'est terminé le 15 octobre", M(
        "Chloé Fabre <chloe.fabre@icloud.com>", "Candidature Chloé Fabre", "02 16:10",
        """Bonjour,

Vous trouverez ci-joint mon CV pour le programme Pro'pulse. Je suis titulaire d'une licence de sciences de l'éducation (Bordeaux, juin 2025).

J'ajoute une précision qui n'est pas encore sur le CV : mon service civique s'est terminé le 15 octobre. Je cherche maintenant un poste d'animatrice ou de coordinatrice dans un centre social associatif.

Chloé Fabre
06 29 64 11 85""",
        app("Chloé", "Fabre", phone="+33629641185", bac=3, grad="2025-06", status="apple_apres_pdf_sc_fini"),
        cv=CV("pdf", "CV Chloé Fabre.pdf", """Chloé Fabre
Licence Sciences de l'éducation — Université de Bordeaux, 2025
Service civique — Ligue de l'enseignement 33 (depuis avril 2026)
Animatrice BAFA en accueil de loisirs (étés 2022-2024)"""),
        headers={"X-Mailer": "Apple Mail (2.3774.200.91.1.1)", "X-Clients-Shape": "apple_interleaved qp", "X-Clients-Split": "2"},
    )),
    # Feature: apple_mail — career_change — dix ans comme agent de sécurité
    # shape: iPad, plain text format=flowed; delsp=yes with «Envoyé de mon iPad» at the foot; the ten years of another trade in the one paragraph → application; DEUST of 2026 after ten years as a security guard → fails not_career_change → not eligible
    N("apple_mail", "career_change", "dix ans comme agent de sécurité", M(
        "Mamadou Kanté <m.kante@me.com>", "Programme jeunes diplômés", "03 07:45",
        """Bonjour, 
après dix ans comme agent de sécurité dans la grande distribution, j'ai repris mes études et obtenu en juin 2026 un DEUST Animation et gestion des activités physiques. Je voudrais travailler dans une association sportive d'insertion. 
Est-ce que je peux entrer dans votre programme ?

Mamadou Kanté
07 81 26 49 30

Envoyé de mon iPad""",
        app("Mamadou", "Kanté", phone="+33781264930", bac=2, grad="2026-06", failing=("not_career_change",), status="ipad_dix_ans_securite"),
        headers={"X-Mailer": "iPad Mail (22B91)", "X-Clients-Shape": "flowed delsp"},
    )),
    # Feature: apple_mail — situation — je suis toujours en stage de fin d'études jusqu'au 19 février 2027
    # shape: Apple Mail, multipart/mixed text / PDF / text: the first text says the master is done, the text AFTER the CV adds the internship still running → application; internship running until 19 February 2027 → fails not_internship → not eligible
    N("apple_mail", "situation", "je suis toujours en stage de fin d'études jusqu'au 19 février 2027", M(
        "Zoé Laurent <zoe.laurent@icloud.com>", "Candidature", "04 20:21",
        """Bonjour,

Je vous envoie ma candidature : j'ai fini les cours de mon master Économie sociale à Grenoble et je cherche un poste dans une coopérative d'activité et d'emploi.

Pour être complète, je suis toujours en stage de fin d'études jusqu'au 19 février 2027 (chez Oxalis), c'est ce stage qui validera le diplôme.

Zoé
07 20 55 13 98""",
        app("Zoé", "Laurent", phone="+33720551398", bac="*", grad=None, failing=("not_internship", "studies_finished"), status="apple_stage_apres_pdf_fevrier_2027"),
        cv=CV("pdf", "CV_ZoeLaurent_2026.pdf", """Zoé Laurent
Master 2 Économie sociale et solidaire — Université Grenoble Alpes (2025-2027)
Stage de fin d'études — Oxalis SCOP (septembre 2026 - février 2027)"""),
        headers={"X-Mailer": "Apple Mail (2.3774.200.91.1.1)", "X-Clients-Shape": "apple_interleaved", "X-Clients-Split": "1"},
    )),
    # Feature: apple_mail — graduation — Master 2 obtenu en septembre 2023
    # shape: iPhone, text / photo of the diploma IMG_….jpg / text, «Envoyé de mon iPhone» at the foot of the second part; the year in the text after the photo → application; master of September 2023 (38 months) → fails graduation_recent → not eligible
    N("apple_mail", "graduation", "Master 2 obtenu en septembre 2023", M(
        "Jérémy Lacroix <jeremy.lacroix@icloud.com>", "Inscription Pro'pulse", "05 12:40",
        """Bonjour, je vous joins la photo de mon diplôme.

Master 2 obtenu en septembre 2023 en droit de l'économie sociale. Depuis, des CDD dans le privé, je voudrais maintenant me tourner vers une fédération d'associations.

Jérémy Lacroix
06 11 90 34 52

Envoyé de mon iPhone""",
        app("Jérémy", "Lacroix", phone="+33611903452", bac=5, grad="2023-09", failing=("graduation_recent",), status="iphone_photo_diplome_2023"),
        headers={"X-Mailer": "iPhone Mail (22B91)", "X-Clients-Shape": "apple_interleaved qp", "X-Clients-Split": "1", "X-Clients-Attach": "IMG_4127.jpg"},
    )),
    # Feature: apple_mail — career_change — j'ai travaillé quelques années avant de reprendre mes études
    # ambiguous: «quelques années» of work before the licence, the trade never named — a career or not, not_career_change stays open
    # shape: iPhone, plain text format=flowed with «Envoyé de mon iPhone»; the years of work in a sentence cut by a soft break → application; licence of June 2026, an ESS aim, work before of unknown length and kind → not_career_change open → to verify
    N("apple_mail", "career_change", "j'ai travaillé quelques années avant de reprendre mes études", M(
        "Samira Haddad <samira.haddad@icloud.com>", "Pro'pulse candidature", "06 19:55",
        """Bonjour,

J'ai obtenu en juin 2026 une licence d'économie-gestion à Nanterre. Pour être honnête, j'ai travaillé quelques années avant de reprendre mes études, et je voudrais aujourd'hui un poste de gestionnaire dans une association d'aide à domicile.

Samira Haddad
06 77 04 36 19

Envoyé de mon iPhone""",
        app("Samira", "Haddad", phone="+33677043619", bac=3, grad="2026-06", unknown=("not_career_change",), status="iphone_quelques_annees_travail"),
        headers={"X-Mailer": "iPhone Mail (22B91)", "X-Clients-Shape": "flowed delsp qp"},
    )),
    # Feature: apple_mail — studies_finished — le jury ne délibère que le 15 décembre
    # ambiguous: every piece handed in, the jury deliberating on 15 December — whether the master is obtained stays open
    # shape: Apple Mail, text / CV.pdf / text: the first part gives the master, the text AFTER the CV the jury still to deliberate → application; M2 with the jury on 15 December, ESS aim → studies_finished open → to verify
    N("apple_mail", "studies_finished", "le jury ne délibère que le 15 décembre", M(
        "Félix Arnaud <felix.arnaud@mac.com>", "candidature programme", "07 10:18",
        """Bonjour,

Je candidate à Pro'pulse : master 2 Innovation sociale à l'université de Lyon 2, stage terminé fin août chez un bailleur social associatif. CV joint.

Petite précision : j'ai rendu mon mémoire le 30 octobre mais le jury ne délibère que le 15 décembre, donc pas encore de diplôme. Je cherche un poste dans l'habitat solidaire.

Félix Arnaud
06 86 52 17 40""",
        app("Félix", "Arnaud", phone="+33686521740", bac="*", grad=None, unknown=("studies_finished",), status="apple_memoire_decembre"),
        cv=CV("pdf", "Félix Arnaud - CV.pdf", """Félix Arnaud
Master 2 Innovation sociale — Université Lyon 2 (2025-2026)
Stage — Habitat et Humanisme (mars-août 2026)"""),
        headers={"X-Mailer": "Apple Mail (2.3774.200.91.1.1)", "X-Clients-Shape": "apple_interleaved", "X-Clients-Split": "2"},
    )),
    # Feature: apple_mail — kind — combien de temps dure l'accompagnement
    # shape: iPhone, two lines and «Envoyé de mon iPhone», format=flowed; a question with no personal fact → question
    N("apple_mail", "kind", "combien de temps dure l'accompagnement", M(
        "Lina Benkirane <lina.bk@icloud.com>", "Question", "09 23:10",
        """Bonsoir, combien de temps dure l'accompagnement en tout et est-ce qu'il y a des séances le soir ? Merci

Envoyé de mon iPhone""",
        question(),
        headers={"X-Mailer": "iPhone Mail (22B91)", "X-Clients-Shape": "flowed delsp"},
    )),
    # Feature: apple_mail — kind — Voici les photos de la soirée
    # shape: Apple Mail, text / two photos / text (interleaved), from a volunteer sending pictures of an event → other
    N("apple_mail", "kind", "Voici les photos de la soirée", M(
        "Hélène Diallo <helene.diallo@icloud.com>", "Photos soirée réseau", "13 09:02",
        """Bonjour à toute l'équipe,

Voici les photos de la soirée réseau de jeudi.

Merci encore pour l'organisation, c'était très réussi.
Hélène""",
        other(),
        headers={"X-Mailer": "Apple Mail (2.3774.200.91.1.1)", "X-Clients-Shape": "apple_interleaved", "X-Clients-Split": "2", "X-Clients-Attach": "IMG_3381.jpg; IMG_3382.jpg"},
    )),
]
