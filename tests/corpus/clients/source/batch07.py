"""Clients corpus, batch 07 (writer B): mail carried as an attached message by other hands than A's (a
teacher of a BTS, a France Travail adviser, a mother, a friend with «voir PJ», an applicant attaching the mail
he once sent elsewhere, a CCAS worker; an Orange bounce, a secretary passing on a parent's question, an
association passing on a job offer); facts in attachments («Candidature Pro’pulse.odt» as a cover letter, an
inline PDF, a «lettre de motivation VF.docx» sent as octet-stream, an RFC 2231 name under a
one-line body, an English cover letter, a CV listing years of work; a PDF newsletter, an invoice); long signatures and
notices (an employer's signature showing years of another trade, a town's signature for a side job, a
university signature the body says is nearly out of date, a volunteer's signature with the mission's end, a
diploma in a signature with «Pensez à l’environnement» and a vCard, a bilingual notice saying «stagiaire»;
an out-of-office with a banner, a partner's thank-you with social links)."""
# ruff: noqa: E501

from __future__ import annotations

from clients import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question


def attached(frm: str, to: str, subject: str, date: str, outer: int = 1) -> dict[str, str]:
    """The markers for build.py: the first ``outer`` paragraphs stay outside, the rest is the attached mail
    (sent by ``frm`` to ``to``)."""
    return {
        "X-Clients-Shape": "rfc822_attached",
        "X-Clients-Inner-To": to,
        "X-Clients-Split": str(outer),
        "X-Clients-Inner-From": frm,
        "X-Clients-Inner-Subject": subject,
        "X-Clients-Inner-Date": date,
    }


OUTLOOK = {"X-Mailer": "Microsoft Outlook 16.0"}
THUNDERBIRD = {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"}

MESSAGES = [
    # Feature: attached_message — graduation — j'ai obtenu mon diplôme d'État d'éducatrice de jeunes enfants en juillet 2025
    # shape: Thunderbird, a BTS teacher's two outer paragraphs and the former student's mail attached as message/rfc822 with its own From and Subject; the date in the attached mail → application (referral: the teacher in forwarded_by, the student's address); DE EJE (bac+3) of July 2025, an ESS aim → eligible
    N("attached_message", "graduation", "j'ai obtenu mon diplôme d'État d'éducatrice de jeunes enfants en juillet 2025", M(
        "Hélène Vautier <helene.vautier@lycee-exemple.example.fr>", "Une ancienne élève pour Pro'pulse", "02 17:20",
        """Bonjour,

Voir le message joint d'une ancienne élève de BTS, que je vous recommande chaleureusement. Je lui ai dit que vous lui répondriez directement.

Bonjour Madame Vautier,

Je vous donne des nouvelles : après le BTS, j'ai obtenu mon diplôme d'État d'éducatrice de jeunes enfants en juillet 2025 à l'IRTS de Caen. Je cherche maintenant un poste dans une crèche associative ou une structure parentale, et vous m'aviez parlé d'un accompagnement d'Animafac. Pourriez-vous le leur transmettre ?

Merci encore pour tout,
Jade Rabier
06 31 48 72 05""",
        app("Jade", "Rabier", phone="+33631487205", bac=3, grad="2025-07", email="jade.rabier@example.fr", forwarded_by="helene.vautier@lycee-exemple.example.fr", status="b_eml_professeure_de_eje_juillet_2025"),
        headers={**THUNDERBIRD, **attached("Jade Rabier <jade.rabier@example.fr>", "Hélène Vautier <helene.vautier@lycee-exemple.example.fr>", "Des nouvelles", "01 20:45", outer=2)},
    )),
    # Feature: attached_message — situation — je suis en stage hors cursus jusqu'au 26 février 2027
    # shape: Outlook, a France Travail adviser's short note, the jobseeker's mail attached as message/rfc822; the internship in the attached mail → application (referral: the adviser in forwarded_by, the applicant's address); licence of June 2026, an internship until 26 February 2027 → fails not_internship → not eligible
    N("attached_message", "situation", "je suis en stage hors cursus jusqu'au 26 février 2027", M(
        "Nicolas Sarrazin <nicolas.sarrazin@francetravail.example.fr>", "Orientation Pro'pulse – M. Zaoui", "04 11:02",
        """Bonjour, je vous transmets en pièce jointe le message de M. Zaoui, inscrit dans mon portefeuille. Cordialement, N. Sarrazin, conseiller France Travail Lens.

Bonjour Monsieur Sarrazin,

Comme convenu à notre rendez-vous, voici ma situation : licence Administration publique obtenue en juin 2026, et je suis en stage hors cursus jusqu'au 26 février 2027 à la communauté d'agglomération. Après, je voudrais travailler dans une association d'insertion par l'activité économique.

Samir Zaoui
07 29 63 10 48""",
        app("Samir", "Zaoui", phone="+33729631048", bac=3, grad="2026-06", failing=("not_internship",), email="samir.zaoui@example.fr", forwarded_by="nicolas.sarrazin@francetravail.example.fr", status="b_eml_france_travail_stage_fevrier_2027"),
        headers={**OUTLOOK, **attached("Samir Zaoui <samir.zaoui@example.fr>", "nicolas.sarrazin@francetravail.example.fr", "Ma situation", "03 18:30")},
    )),
    # Feature: attached_message — situation — mon service civique se termine à la fin du mois
    # ambiguous: a civic service ending «à la fin du mois» with no day, the mail of 18 November read on the 26th: not_service_civique stays open
    # shape: the webmail of a mother passing on her son's mail as an attached .eml; her one outer line, his mail inside → application (referral: the mother in forwarded_by, the son's address); BUT of June 2026, civic service ending at the end of the month → not_service_civique open → to verify
    N("attached_message", "situation", "mon service civique se termine à la fin du mois", M(
        "Véronique Tessier <veronique.tessier@laposte.example.net>", "pour mon fils", "18 09:15",
        """Bonjour, mon fils n'ose pas vous écrire lui-même, voici le message qu'il m'a envoyé. Merci de lui répondre à son adresse.

Maman,

Tu peux envoyer ça à l'association dont tu m'as parlé ? J'ai mon BUT Carrières sociales depuis juin 2026 et mon service civique se termine à la fin du mois, chez les Petits Frères des Pauvres. Je voudrais un vrai poste d'animateur dans une association pour personnes âgées.

Bisous,
Ethan
06 77 40 92 15""",
        app("Ethan", "Tessier", phone="+33677409215", bac=3, grad="2026-06", unknown=("not_service_civique",), email="ethan.tessier@example.fr", forwarded_by="veronique.tessier@laposte.example.net", status="b_eml_maman_service_civique_fin_du_mois"),
        headers={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev58", **attached("Ethan Tessier <ethan.tessier@example.fr>", "Maman <veronique.tessier@laposte.example.net>", "truc pour l'asso", "17 22:04")},
    )),
    # Feature: attached_message — aim — un poste de chargée de communication dans une fondation ou une association culturelle
    # shape: the Gmail app, a friend's outer «voir PJ», the applicant's mail attached as message/rfc822 (written to the friend); the aim in the attached mail → application (referral: the friend in forwarded_by, the applicant's address); licence pro of September 2025, an ESS aim → eligible
    N("attached_message", "aim", "un poste de chargée de communication dans une fondation ou une association culturelle", M(
        "Loïc Simonin <loic.simonin@gmail.example.com>", "candidature de mon amie Zora", "06 14:37",
        """voir PJ, c'est ma pote Zora qui cherche, elle est top. Loïc

Salut Loïc,

Si tu peux transmettre à ton contact chez Animafac : licence pro Métiers de la communication obtenue en septembre 2025 à Besançon, et je cherche un poste de chargée de communication dans une fondation ou une association culturelle. Pas d'agence, j'ai donné en stage.

Merci !!
Zora Meziane
07 18 52 94 63""",
        app("Zora", "Meziane", phone="+33718529463", bac=3, grad="2025-09", email="zora.meziane@example.fr", forwarded_by="loic.simonin@gmail.example.com", status="b_eml_ami_voir_pj_communication_fondation"),
        headers={**attached("Zora Meziane <zora.meziane@example.fr>", "Loïc Simonin <loic.simonin@gmail.example.com>", "pour ton contact Animafac", "05 21:10")},
    )),
    # Feature: attached_message — career_change — cinq ans comme commercial en téléphonie chez Orange
    # shape: Thunderbird, the writer applies for himself and attaches the mail he sent to another programme in October (same From), «tout y est»; his career before the diploma in the attached mail → application; five years of sales before a licence pro → fails not_career_change → not eligible
    N("attached_message", "career_change", "cinq ans comme commercial en téléphonie chez Orange", M(
        "Hugo Reynaud <hugo.reynaud@example.net>", "Candidature (mail joint)", "08 10:48",
        """Bonjour, je vous joins le mail que j'avais envoyé à un autre dispositif en octobre : tout y est, rien n'a changé depuis. Hugo Reynaud, 06 86 14 27 39.

Bonjour,

Après cinq ans comme commercial en téléphonie chez Orange, j'ai repris une licence pro Management des organisations de l'ESS, obtenue en juin 2026. Je souhaite devenir chargé de développement dans une coopérative.

Hugo Reynaud""",
        app("Hugo", "Reynaud", phone="+33686142739", bac=3, grad="2026-06", failing=("not_career_change",), status="b_eml_propre_mail_cinq_ans_orange"),
        headers={**THUNDERBIRD, **attached("Hugo Reynaud <hugo.reynaud@example.net>", "contact@tremplin-jeunes.example.org", "Candidature accompagnement", "12 09:30")},
    )),
    # Feature: attached_message — level — un bachelor « Responsable de développement commercial » d'une école privée
    # ambiguous: a private school's bachelor whose level the applicant cannot say: degree_level stays open
    # shape: Outlook, a CCAS worker's outer paragraph with an empty line, the applicant's mail attached as message/rfc822; the diploma in the attached mail → application (referral: the CCAS worker in forwarded_by, the applicant's address); a private bachelor of June 2026 of unsaid level → degree_level open → to verify
    N("attached_message", "level", "un bachelor « Responsable de développement commercial » d'une école privée", M(
        "Corinne Sabatier <c.sabatier@ccas-exemple.example.fr>", "TR: demande de Mme Okoye", "10 15:22",
        """Bonjour,

Je vous fais suivre en pièce jointe la demande de Mme Okoye, que je reçois au CCAS. Elle attend votre retour.

Bonjour Madame Sabatier,

J'ai un bachelor « Responsable de développement commercial » d'une école privée de Lille, obtenu en juin 2026 ; l'école ne m'a jamais dit à quel niveau il correspond. Je voudrais travailler dans le commerce équitable, pour une coopérative ou une association de type Artisans du Monde.

Blessing Okoye
07 54 31 86 20""",
        app("Blessing", "Okoye", phone="+33754318620", bac="*", grad="2026-06", unknown=("degree_level",), email="blessing.okoye@example.fr", forwarded_by="c.sabatier@ccas-exemple.example.fr", status="b_eml_ccas_bachelor_prive_niveau"),
        headers={**OUTLOOK, **attached("Blessing Okoye <blessing.okoye@example.fr>", "c.sabatier@ccas-exemple.example.fr", "Pro'pulse", "09 13:05", outer=2)},
    )),
    # Feature: attached_message — kind — Delivery Status Notification (Failure)
    # shape: a delivery report (multipart/report) whose third part carries the headers of our returned mail → bounce
    N("attached_message", "kind", "Delivery Status Notification (Failure)", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)", "11 08:40",
        """** Adresse introuvable **

Votre message n'a pas été distribué à romane.sicard@gmail.example.com, car l'adresse est introuvable ou ne peut pas recevoir de messages.

The response was:
550 5.1.1 The email account that you tried to reach does not exist.""",
        bounce("romane.sicard@gmail.example.com"),
        bounce="Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; romane.sicard@gmail.example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
    )),
    # Feature: attached_message — kind — faut-il être inscrit à France Travail pour être accompagné
    # shape: Outlook, a school secretary's outer line, a parent's question attached as message/rfc822, no one's facts → question
    N("attached_message", "kind", "faut-il être inscrit à France Travail pour être accompagné", M(
        "Secrétariat BTS <secretariat.bts@lycee-exemple.example.fr>", "TR: question d'un parent", "13 16:05",
        """Bonjour, un parent d'élève nous pose la question ci-jointe, nous ne savons pas y répondre.

Bonjour,
Pour le programme d'Animafac dont vous parlez sur le site du lycée : faut-il être inscrit à France Travail pour être accompagné ?
Cordialement,
M. Thierry""",
        question(),
        headers={**OUTLOOK, **attached("Bernard Thierry <b.thierry@example.fr>", "secretariat.bts@lycee-exemple.example.fr", "programme Animafac", "12 19:48")},
    )),
    # Feature: attached_message — kind — Offre d'emploi : coordinateur·rice bénévolat
    # shape: Thunderbird, a partner association passing on a job offer as an attached mail, nobody applying → other
    N("attached_message", "kind", "Offre d'emploi : coordinateur·rice bénévolat", M(
        "Réseau Solidarités Sud <contact@solidarites-sud.example.org>", "Offre à diffuser à vos jeunes", "15 10:12",
        """Bonjour, une offre d'un de nos membres, en pièce jointe, à diffuser si vous le pouvez.

Offre d'emploi : coordinateur·rice bénévolat
Association Accueil Migrants 13, Marseille – CDI 35 h – à pourvoir en janvier 2027.
Profil : bac+3, première expérience associative appréciée.
Candidatures à recrutement@accueilmigrants13.example.org""",
        other(),
        headers={**THUNDERBIRD, **attached("Accueil Migrants 13 <recrutement@accueilmigrants13.example.org>", "contact@solidarites-sud.example.org", "Offre d'emploi coordinateur·rice bénévolat", "14 17:00")},
    )),
    # Feature: attachments_first — level — Titulaire d'une licence professionnelle Animation, gestion et organisation des activités physiques
    # shape: one greeting line in the body, the facts in «Candidature Pro’pulse.odt» (a cover letter in ODT) → application; licence pro of June 2026, an ESS aim → eligible
    N("attachments_first", "level", "Titulaire d'une licence professionnelle Animation, gestion et organisation des activités physiques", M(
        "Lina Moreau <lina.moreau@example.fr>", "Candidature", "03 09:30",
        """Bonjour, vous trouverez ma candidature en pièce jointe. Lina""",
        app("Lina", "Moreau", phone="+33652304718", bac=3, grad="2026-06", info_in="cv", status="b_odt_lettre_lp_activites_physiques"),
        cv=CV("odt", "Candidature Pro’pulse.odt", """Lina Moreau – 06 52 30 47 18 – lina.moreau@example.fr
Madame, Monsieur,
Titulaire d'une licence professionnelle Animation, gestion et organisation des activités physiques (université de Poitiers, juin 2026), je souhaite devenir coordinatrice dans une association sportive ou une fédération affinitaire.
Mon stage de fin d'études s'est achevé en mai dans un club omnisport associatif.
Je vous prie d'agréer mes salutations distinguées."""),
    )),
    # Feature: attachments_first — studies_finished — Master 1 Économie sociale et solidaire — en cours (2026-2027)
    # shape: an empty body, the CV as a PDF with Content-Disposition: inline; the studies running in the CV's education lines → application; licence of June 2025, an M1 running → fails studies_finished → not eligible
    N("attachments_first", "studies_finished", "Master 1 Économie sociale et solidaire — en cours (2026-2027)", M(
        "Noé Vidal <noe.vidal@example.fr>", "CV", "05 23:11",
        """""",
        app("Noé", "Vidal", phone="+33712845063", bac=3, grad="2025-06", failing=("studies_finished",), info_in="cv", status="b_pdf_inline_m1_en_cours"),
        cv=CV("pdf", "CV Noé Vidal 2026.pdf", """Noé Vidal – 07 12 84 50 63
Formation
Master 1 Économie sociale et solidaire — en cours (2026-2027), Université de Reims
Licence Économie — juin 2025, Université de Reims
Recherche : un emploi dans une coopérative à la fin du master"""),
        headers={"X-Clients-Shape": "inline"},
    )),
    # Feature: attachments_first — graduation — diplômé d'un BTS Support à l'action managériale en juin 2021
    # shape: the body «Cordialement» alone, the facts in «lettre de motivation VF.docx» sent as application/octet-stream → application; BTS of June 2021 → fails graduation_recent → not eligible
    N("attachments_first", "graduation", "diplômé d'un BTS Support à l'action managériale en juin 2021", M(
        "Adrien Mallet <adrien.mallet@example.net>", "candidature pro pulse", "07 14:26",
        """Cordialement,
Adrien Mallet""",
        app("Adrien", "Mallet", phone="+33648217350", bac=2, grad="2021-06", failing=("graduation_recent",), info_in="cv", status="b_octet_stream_bts_sam_2021"),
        cv=CV("docx", "lettre de motivation VF.docx", """Adrien Mallet, 06 48 21 73 50
Objet : candidature au programme Pro'pulse
Diplômé d'un BTS Support à l'action managériale en juin 2021, j'ai enchaîné depuis des missions d'intérim administratives.
Je souhaite aujourd'hui rejoindre une association du secteur social comme assistant de direction."""),
        headers={"X-Clients-Shape": "octet_stream"},
    )),
    # Feature: attachments_first — graduation — BTS Tourisme, 2024
    # ambiguous: a year alone in 2024 in the newest CV: graduation_recent stays open
    # shape: a one-line body naming an older CV of 2023 (not sent), the CV «CV (3) définitif.pdf» under an RFC 2231 file name carrying the facts; its education line → application; BTS of 2024 → graduation_recent open → to verify
    N("attachments_first", "graduation", "BTS Tourisme, 2024", M(
        "Élodie Parmentier <elodie.parmentier@example.fr>", "Candidature Élodie Parmentier", "09 19:40",
        """Bonjour, mon CV ci-joint (c'est le « définitif », pas celui de 2023 que je vous avais montré au forum).""",
        app("Élodie", "Parmentier", phone="+33620718493", bac=2, grad="2024", unknown=("graduation_recent",), info_in="cv", status="b_rfc2231_deux_cv_bts_tourisme_2024"),
        cv=CV("pdf", "CV (3) définitif.pdf", """Élodie Parmentier — 06 20 71 84 93
Formation : BTS Tourisme, 2024 — Lycée Jean-Moulin, Béziers
Expérience : animatrice en village vacances associatif (saisons 2024 et 2025)
Projet : un poste dans le tourisme social et solidaire"""),
        headers={"X-Clients-Shape": "rfc2231_name"},
    )),
    # Feature: attachments_first — aim — I want to work for a French non-profit supporting refugees
    # shape: an English one-line body, the facts in an English cover letter «Cover letter - Pro'pulse.docx» → application in English; master of June 2026, an ESS aim → eligible
    N("attachments_first", "aim", "I want to work for a French non-profit supporting refugees", M(
        "Tamar Shapiro <tamar.shapiro@example.com>", "Application", "11 12:03",
        """Hello, my application is attached. Best, Tamar""",
        app("Tamar", "Shapiro", phone="+33781920364", bac=5, grad="2026-06", info_in="cv", language="en", status="b_docx_en_cover_letter_refugees"),
        cv=CV("docx", "Cover letter - Pro'pulse.docx", """Tamar Shapiro — +33 7 81 92 03 64
Dear Pro'pulse team,
I completed my master's degree in Migration Studies at Université Paris Cité in June 2026.
I want to work for a French non-profit supporting refugees, in housing or in access to rights.
Kind regards, Tamar Shapiro"""),
    )),
    # Feature: attachments_first — career_change — 2013-2021 : aide-soignante, EHPAD privé Les Tilleuls
    # shape: the body «Bonjour, CV joint.», the CV as PDF listing eight years of work before the diploma → application; eight years as a care assistant before the DE → fails not_career_change → not eligible
    N("attachments_first", "career_change", "2013-2021 : aide-soignante, EHPAD privé Les Tilleuls", M(
        "Sandrine Pujol <sandrine.pujol@example.fr>", "Pro'pulse", "13 08:55",
        """Bonjour, CV joint.""",
        app("Sandrine", "Pujol", phone="+33687024159", bac=3, grad="2025-07", failing=("not_career_change",), info_in="cv", status="b_pdf_cv_aide_soignante_huit_ans"),
        cv=CV("pdf", "CV_SPujol.pdf", """Sandrine Pujol — 06 87 02 41 59
Diplôme d'État d'éducatrice spécialisée — juillet 2025, IRTS Occitanie
2013-2021 : aide-soignante, EHPAD privé Les Tilleuls (CDI)
Recherche : éducatrice spécialisée en association de protection de l'enfance"""),
    )),
    # Feature: attachments_first — kind — Lettre de l'ESS en Bretagne – décembre
    # shape: a one-line body and the newsletter as a scanned PDF (no text layer), List-Unsubscribe and Precedence: bulk → newsletter
    N("attachments_first", "kind", "Lettre de l'ESS en Bretagne – décembre", M(
        "CRESS Bretagne <lettre@cress-bretagne.example.org>", "Lettre de l'ESS en Bretagne – décembre", "16 07:30",
        """Veuillez trouver ci-joint la lettre du mois. Se désinscrire : https://cress-bretagne.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-bretagne.example.org/desinscription>", "Precedence": "bulk", "X-Clients-Attach": "Lettre_ESS_Bretagne_decembre.pdf"},
    )),
    # Feature: attachments_first — kind — Facture FA-2026-1182
    # shape: a printer's one-line mail with an invoice PDF (a scan with no text), nobody applying → other
    N("attachments_first", "kind", "Facture FA-2026-1182", M(
        "Imprimerie Coopérative du Marais <compta@imprimerie-marais.example.coop>", "Facture FA-2026-1182", "18 11:20",
        """Bonjour, ci-joint la facture FA-2026-1182 pour les 500 flyers Pro'pulse. Bonne journée.""",
        other(),
        headers={"X-Clients-Attach": "Facture FA-2026-1182.pdf"},
    )),
    # Feature: signatures_disclaimers — career_change — Chef d'équipe logistique – Geodis Gennevilliers (depuis 2016)
    # shape: Outlook, a short body and the employer's long signature (title, site, «depuis 2016»), a bilingual confidentiality notice under it; the career in the signature, the body saying the master was done in evening classes → application; ten years of another trade before the master → fails not_career_change → not eligible
    N("signatures_disclaimers", "career_change", "Chef d'équipe logistique – Geodis Gennevilliers (depuis 2016)", M(
        "Mickaël Seguin <mickael.seguin@geodis-exemple.example.com>", "Candidature personnelle", "02 12:44",
        """Bonjour,

Je vous écris depuis ma messagerie professionnelle, ma signature ci-dessous dit ce que je fais aujourd'hui. J'ai obtenu en septembre 2026 un master Économie sociale et solidaire en cours du soir (CNAM) et je voudrais quitter la logistique pour une coopérative ou une entreprise d'insertion.

Mickaël Seguin
Chef d'équipe logistique – Geodis Gennevilliers (depuis 2016)
Tél. 01 41 00 00 00 – Mob. 06 13 92 57 84

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.
This message and any attachments are confidential and intended solely for the addressees. Any unauthorised use is prohibited.""",
        app("Mickaël", "Seguin", phone="+33613925784", bac=5, grad="2026-09", failing=("not_career_change",), status="b_sig_chef_equipe_geodis_2016"),
        headers=OUTLOOK,
    )),
    # Feature: signatures_disclaimers — situation — Animateur périscolaire (temps partiel) – Ville de Montreuil
    # shape: Gmail with a long signature: a side job at the town (part-time, while he looks) and social links; the body says it is a job to pay the rent → application; licence pro of June 2026, a part-time side job now (no career, no internship), an ESS aim → eligible
    N("signatures_disclaimers", "situation", "Animateur périscolaire (temps partiel) – Ville de Montreuil", M(
        "Kylian Mendy <kylian.mendy@gmail.example.com>", "Candidature Pro'pulse", "04 20:12",
        """Bonjour,

Licence pro Coordination de projets en éducation populaire, obtenue en juin 2026. En attendant un vrai poste, je travaille quelques heures par semaine (voir ma signature) pour payer mon loyer. Je cherche un emploi de coordinateur dans une fédération d'éducation populaire.

--
Kylian Mendy
Animateur périscolaire (temps partiel) – Ville de Montreuil
06 49 20 83 17
Instagram : @kylian.anime | LinkedIn : linkedin.com/in/kylian-mendy""",
        app("Kylian", "Mendy", phone="+33649208317", bac=3, grad="2026-06", status="b_sig_animateur_periscolaire_temps_partiel"),
    )),
    # Feature: signatures_disclaimers — studies_finished — j'ai soutenu mon mémoire le 6 novembre et j'attends la délibération
    # ambiguous: the defence passed and the jury's deliberation awaited: studies_finished stays open
    # shape: the university's Zimbra, a university signature «Étudiante en Master 2 … Université de Nantes» the body says will soon be out of date, a notice «Pensez à l’environnement avant d’imprimer» → application; master with the jury awaited → studies_finished open → to verify
    N("signatures_disclaimers", "studies_finished", "j'ai soutenu mon mémoire le 6 novembre et j'attends la délibération", M(
        "Rose Thévenot <rose.thevenot@etu.univ-exemple.example.fr>", "Candidature", "08 18:36",
        """Bonjour,

Ma signature sera bientôt périmée : j'ai soutenu mon mémoire le 6 novembre et j'attends la délibération du jury, annoncée pour décembre. Je cherche un poste de chargée de projets dans une association d'éducation à l'environnement.

Rose Thévenot
Étudiante en Master 2 Gestion de l'environnement – Université de Nantes
UFR Sciences et Techniques
07 92 14 63 08

🌱 Pensez à l’environnement avant d’imprimer ce courriel.""",
        app("Rose", "Thévenot", phone="+33792146308", bac="*", grad=None, unknown=("studies_finished",), status="b_sig_universite_deliberation_attendue"),
        headers={"X-Mailer": "Zimbra 10.0.8_GA_4628 (ZimbraWebClient - GC130 (Win)/10.0.8_GA_4628)"},
    )),
    # Feature: signatures_disclaimers — situation — Mission de service civique jusqu'au 30/04/2027
    # shape: Gmail, a short body and a volunteer's signature with the mission and its end, a banner link under it → application; BUT of June 2026, civic service until 30 April 2027 → fails not_service_civique → not eligible
    N("signatures_disclaimers", "situation", "Mission de service civique jusqu'au 30/04/2027", M(
        "Ambre Roussel <ambre.roussel@gmail.example.com>", "Pro'pulse", "10 09:58",
        """Bonjour,

BUT Information-communication obtenu en juin 2026. Je prépare la suite de ma mission (voir ma signature) et je voudrais un poste de chargée de communication dans une association environnementale.

--
Ambre Roussel
Volontaire – Zero Waste Lyon
Mission de service civique jusqu'au 30/04/2027
[Bannière : Semaine européenne de la réduction des déchets – 21-29 novembre]""",
        app("Ambre", "Roussel", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="b_sig_volontaire_zero_waste_avril_2027"),
    )),
    # Feature: signatures_disclaimers — level — Diplômée du Master Développement social (Université de Strasbourg, 2025)
    # shape: Outlook, the diploma only in the signature the body points to («tout est dans ma signature»), «Pensez à l’environnement» and her vCard attached → application; master (bac+5) of 2025, an ESS aim → eligible
    N("signatures_disclaimers", "level", "Diplômée du Master Développement social (Université de Strasbourg, 2025)", M(
        "Yasmina Zerbib <yasmina.zerbib@example.fr>", "Candidature – Yasmina Zerbib", "12 11:17",
        """Bonjour,

Mon parcours tient dans ma signature ; je cherche un poste de chargée de mission dans une fédération du secteur social et médico-social ou une association gestionnaire.

Bien à vous,

Yasmina Zerbib
Diplômée du Master Développement social (Université de Strasbourg, 2025)
06 24 80 39 56 – linkedin.com/in/yasmina-zerbib

Pensez à l’environnement : n’imprimez ce message que si nécessaire.""",
        app("Yasmina", "Zerbib", phone="+33624803956", bac=5, grad="2025", status="b_sig_diplomee_master_strasbourg_vcf"),
        headers={**OUTLOOK, "X-Clients-Attach": "Yasmina Zerbib.vcf"},
    )),
    # Feature: signatures_disclaimers — graduation — DUT GEA obtenu en juin 2025
    # shape: Outlook at a temp job, the body with the date, then a long bilingual notice whose words («stagiaire», «destinataire», «intended recipient») are no fact of his → application; DUT of June 2025, an ESS aim → eligible
    N("signatures_disclaimers", "graduation", "DUT GEA obtenu en juin 2025", M(
        "Ronan Quemener <ronan.quemener@interim-exemple.example.fr>", "Candidature Pro'pulse", "14 13:29",
        """Bonjour,

DUT GEA obtenu en juin 2025 à Brest ; j'enchaîne depuis des missions d'intérim en comptabilité. Je voudrais me stabiliser dans une mutuelle ou une coopérative agricole, en gestion.

Ronan Quemener – 06 02 93 48 71

AVERTISSEMENT : ce courriel et ses pièces jointes peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, ou si vous êtes salarié, intérimaire ou stagiaire non habilité, merci de le détruire et d'en avertir l'expéditeur.
DISCLAIMER: this e-mail and its attachments may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.""",
        app("Ronan", "Quemener", phone="+33602934871", bac=2, grad="2025-06", status="b_disclaimer_stagiaire_dut_gea_2025"),
        headers=OUTLOOK,
    )),
    # Feature: signatures_disclaimers — kind — Je suis en congé jusqu'au 7 décembre
    # shape: an association's out-of-office with its long signature, banner and notice, Auto-Submitted → auto_reply
    N("signatures_disclaimers", "kind", "Je suis en congé jusqu'au 7 décembre", M(
        "Thomas Perret <t.perret@fede-centres-sociaux.example.org>", "Réponse automatique : Partenariat 2027", "19 08:01",
        """Bonjour,

Je suis en congé jusqu'au 7 décembre. Pour toute demande urgente, contactez secretariat@fede-centres-sociaux.example.org.

Thomas Perret
Délégué régional – Fédération des centres sociaux
[Bannière : Congrès des centres sociaux – Lyon, 12 mars 2027]
Ce message est confidentiel. Pensez à l’environnement avant d’imprimer.""",
        auto_reply(),
        headers={**OUTLOOK, "Auto-Submitted": "auto-replied"},
    )),
    # Feature: signatures_disclaimers — kind — Bravo pour la table ronde de jeudi
    # shape: a partner's thank-you with a long signature, social links and a notice, no one applying and no thread → other
    N("signatures_disclaimers", "kind", "Bravo pour la table ronde de jeudi", M(
        "Capucine Marty <capucine.marty@mutuelle-exemple.example.fr>", "Merci !", "21 17:45",
        """Bonjour à toute l'équipe,

Bravo pour la table ronde de jeudi, nos collègues RH en sont revenus enthousiastes. À refaire au printemps !

Capucine Marty
Responsable marque employeur – Mutuelle Entraide Solidaire
Facebook | LinkedIn | YouTube
Ce message et ses pièces jointes sont confidentiels. Pensez à l’environnement avant d’imprimer ce message.""",
        other(),
        headers=OUTLOOK,
    )),
]
