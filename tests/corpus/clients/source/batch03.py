"""Clients corpus, batch 03 (writer A): attached messages (a Mission locale adviser, a France Travail adviser, a
father, an Erasmus coordinator and a social worker forwarding an applicant's mail «as attachment» —
message/rfc822 with its own From and Subject under a short or empty outer body —, an applicant resending her
earlier mail as .eml with a newer line on top); facts in attachments (a one-line body and «CV (2) VF
final.pdf» sent as application/octet-stream, «lettre motiv.docx», «Candidature Pro’pulse.odt» with an RFC 2231
name, a PDF with Content-Disposition: inline); long signatures and legal notices (a university signature out
of date, a side job's employer, a bank's signature, a bilingual confidentiality notice saying «stagiaire»,
«Pensez à l’environnement» and a vCard, a business-school signature)."""
# ruff: noqa: E501

from __future__ import annotations

from clients import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question

OUTLOOK = "Microsoft Outlook 16.0"


def attached(frm: str, subject: str, date: str, outer: int = 1) -> dict[str, str]:
    """The markers of a mail carried as message/rfc822: its From, Subject and Date; ``outer`` paragraphs stay outside."""
    return {
        "X-Clients-Shape": "rfc822_attached",
        "X-Clients-Split": str(outer),
        "X-Clients-Inner-From": frm,
        "X-Clients-Inner-Subject": subject,
        "X-Clients-Inner-Date": date,
    }


MESSAGES = [
    # Feature: attached_message — aim — une SCOP du bâtiment
    # shape: a Mission locale adviser's Outlook mail, one outer line «Voir le message joint», the applicant's own mail attached as message/rfc822 with her From and Subject → application (referral: the adviser in forwarded_by, the applicant's address); licence pro of 2025, a building cooperative → eligible
    N("attached_message", "aim", "une SCOP du bâtiment", M(
        "Isabelle Blanchard <i.blanchard@ml-valdemarne.example.fr>", "TR: Candidature Pro'pulse - Leila Aouad", "02 11:48",
        """Bonjour, voir le message joint de Leila, que j'accompagne depuis septembre. Bien à vous, Isabelle Blanchard, conseillère Mission locale.

Bonjour,

J'ai obtenu en juin 2025 une licence professionnelle Métiers du BTP, performance énergétique. Je voudrais rejoindre une SCOP du bâtiment ou une association d'auto-réhabilitation accompagnée. Ma conseillère m'a parlé de votre programme.

Leila Aouad
07 23 61 84 09""",
        app("Leila", "Aouad", phone="+33723618409", bac=3, grad="2025-06", email="leila.aouad@gmail.com", forwarded_by="i.blanchard@ml-valdemarne.example.fr", status="ml_rfc822_scop_batiment"),
        headers={"X-Mailer": OUTLOOK, **attached("Leila Aouad <leila.aouad@gmail.com>", "Candidature Pro'pulse", "30 18:20")},
    )),
    # Feature: attached_message — studies_finished — j'ai reçu mon diplôme de master le 20 octobre
    # shape: the applicant resends her own earlier mail as an .eml attachment (message/rfc822, her From, dated 1 November) under a newer outer paragraph; the outer words are newer and decide → application; master received on 20 October 2026, an ESS aim → eligible
    N("attached_message", "studies_finished", "j'ai reçu mon diplôme de master le 20 octobre", M(
        "Camille Duhamel <camille.duhamel@gmail.com>", "Candidature (mise à jour) - Camille Duhamel", "03 09:05",
        """Bonjour, je vous renvoie en pièce jointe mon message du début du mois, avec une nouvelle : j'ai reçu mon diplôme de master le 20 octobre, c'est officiel.

Bonjour,

Je termine un master Économie sociale et solidaire à Marne-la-Vallée, le jury doit se réunir dans les prochaines semaines. Je cherche un poste de chargée de mission dans une coopérative d'habitants ou une fédération d'associations.

Camille Duhamel
06 38 52 90 14""",
        app("Camille", "Duhamel", phone="+33638529014", bac=5, grad="2026-10", status="renvoi_eml_master_recu_20_oct"),
        headers=attached("Camille Duhamel <camille.duhamel@gmail.com>", "Candidature - Camille Duhamel", "01 17:32"),
    )),
    # Feature: attached_message — graduation — mon BTS en 2022
    # shape: a father forwards his daughter's mail as an attachment, an EMPTY outer body (split 0), the attached mail with her From → application (referral: the father in forwarded_by); BTS of June 2022 (53 months) → fails graduation_recent → not eligible
    N("attached_message", "graduation", "mon BTS en 2022", M(
        "Gérard Etienne <gerard.etienne@orange.fr>", "Fw: pour Pro'pulse", "04 19:40",
        """Bonjour,

J'ai obtenu mon BTS en 2022 (Services et prestations des secteurs sanitaire et social, juin 2022) et depuis j'ai fait des remplacements en EHPAD. Je voudrais un poste stable dans une association d'aide à domicile.

Morgane Etienne
06 44 17 83 25""",
        app("Morgane", "Etienne", phone="+33644178325", bac=2, grad="2022-06", failing=("graduation_recent",), email="morgane.etienne@hotmail.fr", forwarded_by="gerard.etienne@orange.fr", status="pere_fw_eml_bts_2022"),
        headers=attached("Morgane Etienne <morgane.etienne@hotmail.fr>", "Pro'pulse", "04 12:03", outer=0),
    )),
    # Feature: attached_message — career_change — sept ans comme cariste
    # shape: a France Travail adviser, two outer lines, the applicant's mail attached as message/rfc822 → application (referral); seven years as a forklift driver before the licence pro → fails not_career_change → not eligible
    N("attached_message", "career_change", "sept ans comme cariste", M(
        "Nathalie Hubert <nathalie.hubert@francetravail.example.fr>", "Candidature transmise", "05 14:12",
        """Bonjour,

Je vous transmets la candidature de M. Bouchard, ci-jointe. Cordialement, Nathalie Hubert, conseillère France Travail.

Madame, Monsieur,

J'ai travaillé sept ans comme cariste dans un entrepôt de Saint-Quentin-Fallavier, puis j'ai obtenu en juin 2026 une licence professionnelle Coordination de projets de développement social. Je souhaite travailler dans un centre social.

Florian Bouchard
06 72 14 39 80""",
        app("Florian", "Bouchard", phone="+33672143980", bac=3, grad="2026-06", failing=("not_career_change",), email="florian.bouchard@gmail.com", forwarded_by="nathalie.hubert@francetravail.example.fr", status="france_travail_rfc822_cariste"),
        headers={"X-Mailer": OUTLOOK, **attached("Florian Bouchard <florian.bouchard@gmail.com>", "Candidature", "05 08:40", outer=2)},
    )),
    # Feature: attached_message — level — a Bachelor in Social Work
    # shape: an Erasmus coordinator's one English line, the student's English mail attached as message/rfc822 → application in English (referral); a Bachelor (bac+3) of July 2025, a French NGO → eligible
    N("attached_message", "level", "a Bachelor in Social Work", M(
        "Ana Carolina Ferreira <acferreira@erasmus-office.example.pt>", "Fwd: Application for Pro'pulse", "06 10:30",
        """Dear Pro'pulse team, please find attached the message of one of our former exchange students. Kind regards, Ana Carolina Ferreira, International Office.

Hello,

I hold a Bachelor in Social Work from the University of Porto (July 2025) and I moved to Toulouse in September. I'm looking for a job in a French NGO working with refugees or homeless people.

Beatriz Almeida
+351 912 345 678""",
        app("Beatriz", "Almeida", phone="+351912345678", bac=3, grad="2025-07", email="beatriz.almeida@gmail.com", forwarded_by="acferreira@erasmus-office.example.pt", language="en", status="erasmus_rfc822_bachelor_porto"),
        headers=attached("Beatriz Almeida <beatriz.almeida@gmail.com>", "Application", "05 22:15"),
    )),
    # Feature: attached_message — graduation — mon diplôme d'État d'assistante de service social
    # ambiguous: the DEASS is named but its year never — graduation_recent stays open
    # shape: a social worker's one outer line «voir le message joint», the applicant's mail attached as message/rfc822 → application (referral); a DEASS (bac+3) of unknown year, an association → graduation_recent open → to verify
    N("attached_message", "graduation", "mon diplôme d'État d'assistante de service social", M(
        "Hervé Jourdain <herve.jourdain@ccas-quimper.example.fr>", "candidature Mme Cissé", "09 16:22",
        """Bonjour, voir le message joint. H. Jourdain

Bonjour,

J'ai mon diplôme d'État d'assistante de service social et je cherche un poste dans une association d'accès au logement. M. Jourdain, que j'ai rencontré en stage, m'a conseillé de vous écrire.

Awa Cissé
07 62 05 48 13""",
        app("Awa", "Cissé", phone="+33762054813", bac=3, grad=None, unknown=("graduation_recent",), email="awa.cisse@yahoo.fr", forwarded_by="herve.jourdain@ccas-quimper.example.fr", status="ccas_rfc822_deass_sans_annee"),
        headers=attached("Awa Cissé <awa.cisse@yahoo.fr>", "Candidature", "08 11:50"),
    )),
    # Feature: attached_message — kind — communiqué de presse
    # shape: a partner forwards a press release as an attached message/rfc822 with one outer line → other
    N("attached_message", "kind", "communiqué de presse", M(
        "Guillaume Arnoux <g.arnoux@mouvement-associatif.example.org>", "TR: communiqué de presse", "10 12:00",
        """Pour info, le communiqué de presse ci-joint, sorti ce matin.

Communiqué de presse — Les associations employeuses alertent sur la baisse des contrats aidés et demandent un plan pour l'emploi associatif.""",
        other(),
        headers=attached("Le Mouvement associatif <presse@mouvement-associatif.example.org>", "Communiqué de presse", "10 08:00"),
    )),
    # Feature: attached_message — kind — une personne sans le bac peut-elle
    # shape: an adviser's question with a colleague's mail attached as message/rfc822 (the colleague asking the same), no person's facts → question
    N("attached_message", "kind", "une personne sans le bac peut-elle", M(
        "Delphine Berthelot <d.berthelot@pij-amiens.example.fr>", "Question critères", "11 10:44",
        """Bonjour, ma collègue se pose la question ci-dessous et moi aussi : une personne sans le bac peut-elle entrer dans le programme si elle a un titre professionnel ? Merci.

Delphine, tu sais si Pro'pulse prend les jeunes avec un titre pro de niveau 4 ? Bises, Sonia""",
        question(),
        headers=attached("Sonia Lopes <s.lopes@pij-amiens.example.fr>", "Pro'pulse ?", "10 17:30"),
    )),
    # Feature: attached_message — kind — Mail delivery failed
    # shape: an Exim bounce for our mail to an adviser's address that no longer exists (multipart/report with the returned headers) → bounce
    N("attached_message", "kind", "Mail delivery failed", M(
        "Mail Delivery System <Mailer-Daemon@mx.ml-cotedor.example.fr>", "Mail delivery failed: returning message to sender", "12 09:31",
        """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  c.dumont@ml-cotedor.example.fr
    No such user here""",
        bounce("c.dumont@ml-cotedor.example.fr"),
        bounce="""Reporting-MTA: dns; mx.ml-cotedor.example.fr

Action: failed
Final-Recipient: rfc822;c.dumont@ml-cotedor.example.fr
Status: 5.1.1""",
    )),
    # Feature: attachments_first — career_change — Comptable — cabinet KPMG, Lyon (2014-2023)
    # shape: a one-line body and «CV (2) VF final.pdf» sent as application/octet-stream; the nine years of accounting stand only in the CV → application; licence pro of 2026 after nine years as an accountant → fails not_career_change → not eligible
    N("attachments_first", "career_change", "Comptable — cabinet KPMG, Lyon (2014-2023)", M(
        "Stéphane Charrier <stephane.charrier@gmail.com>", "Candidature", "02 08:30",
        """Bonjour, ci-joint mon CV. Cordialement.""",
        app("Stéphane", "Charrier", phone="+33687402316", bac=3, grad="2026-06", failing=("not_career_change",), info_in="cv", status="octet_stream_cv_comptable_9_ans"),
        cv=CV("pdf", "CV (2) VF final.pdf", """Stéphane Charrier — 06 87 40 23 16
Licence pro Gestion des structures de l'ESS — IUT Lyon 1 (juin 2026)
Comptable — cabinet KPMG, Lyon (2014-2023)
Objectif : responsable administratif et financier dans une association"""),
        headers={"X-Clients-Shape": "octet_stream"},
    )),
    # Feature: attachments_first — graduation — diplômée en juin 2025 d'un master Sciences politiques
    # shape: an EMPTY greeting («Bonjour,») and «lettre motiv.docx»: the cover letter carries the facts → application; master of June 2025, a foundation → eligible
    N("attachments_first", "graduation", "diplômée en juin 2025 d'un master Sciences politiques", M(
        "Jeanne Bonnaud <jeanne.bonnaud@outlook.fr>", "candidature Pro'pulse", "03 13:15",
        """Bonjour,""",
        app("Jeanne", "Bonnaud", phone="+33753918264", bac=5, grad="2025-06", info_in="cv", status="lettre_motiv_docx_master_2025"),
        cv=CV("docx", "lettre motiv.docx", """Jeanne Bonnaud, 07 53 91 82 64
Objet : candidature au programme Pro'pulse
Madame, Monsieur,
Diplômée en juin 2025 d'un master Sciences politiques (Sciences Po Bordeaux), je souhaite travailler dans une fondation ou une association de défense des droits.
Je vous prie d'agréer mes salutations distinguées."""),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: attachments_first — situation — en service civique à la Croix-Rouge jusqu'en juin 2027
    # shape: a one-line body and «Candidature Pro’pulse.odt» with an RFC 2231 file name (filename*=utf-8''…); the letter says the civic service runs → application; BUT of 2026, civic service until June 2027 → fails not_service_civique → not eligible
    N("attachments_first", "situation", "en service civique à la Croix-Rouge jusqu'en juin 2027", M(
        "Matthieu Dupuis <matthieu.dupuis@laposte.net>", "Candidature", "04 10:52",
        """Bonjour, ma candidature est dans le document joint.""",
        app("Matthieu", "Dupuis", phone="+33614276053", bac=3, grad="2026-06", failing=("not_service_civique",), info_in="cv", status="odt_rfc2231_sc_croix_rouge"),
        cv=CV("odt", "Candidature Pro’pulse.odt", """Matthieu Dupuis — 06 14 27 60 53
BUT Carrières sociales, IUT de Tours, juin 2026
Je suis actuellement en service civique à la Croix-Rouge jusqu'en juin 2027 (maraudes et aide alimentaire).
Je souhaite ensuite travailler dans une association humanitaire."""),
        headers={"X-Clients-Shape": "rfc2231_name"},
    )),
    # Feature: attachments_first — aim — Objectif : poste de technicien support
    # ambiguous: the CV's aim names a support job but no sector nor employer — job_seeking_ess stays open
    # shape: a greeting only, the CV as a PDF with Content-Disposition: inline (shown in the body by some clients) → application; BTS SIO of 2025, a support job anywhere → job_seeking_ess open → to verify
    N("attachments_first", "aim", "Objectif : poste de technicien support", M(
        "Gwenaël Kerbrat <gwenael.kerbrat@gmail.com>", "CV Gwenaël Kerbrat", "05 15:38",
        """Bonjour, voici mon CV.""",
        app("Gwenaël", "Kerbrat", phone="+33698120475", bac=2, grad="2025-07", unknown=("job_seeking_ess",), info_in="cv", status="inline_pdf_technicien_support"),
        cv=CV("pdf", "CV_Adrien_Kerbrat.pdf", """Gwenaël Kerbrat — 06 98 12 04 75 — Brest
BTS SIO option SISR — lycée Vauban, juillet 2025
Objectif : poste de technicien support
Compétences : Windows, Linux, réseaux, accueil des utilisateurs"""),
        headers={"X-Clients-Shape": "inline"},
    )),
    # Feature: attachments_first — career_change — 2017-2021 : divers emplois (restauration, logistique)
    # ambiguous: four years of «divers emplois» before the licence — a career or odd jobs, not_career_change stays open
    # shape: an empty body (only the signature of the Gmail app) and a DOCX CV whose experience line is the deciding fact → application; licence of 2026, odd jobs 2017-2021 → not_career_change open → to verify
    N("attachments_first", "career_change", "2017-2021 : divers emplois (restauration, logistique)", M(
        "Kévin Le Goff <kevin.legoff29@gmail.com>", "candidature", "06 09:12",
        """Envoyé de mon téléphone""",
        app("Kévin", "Le Goff", phone="+33761048239", bac=3, grad="2026-06", unknown=("not_career_change",), info_in="cv", status="docx_divers_emplois_2017_2021"),
        cv=CV("docx", "CV KLG 2026.docx", """Kévin Le Goff — 07 61 04 82 39
Licence Administration économique et sociale — UBO Brest, juin 2026
2017-2021 : divers emplois (restauration, logistique)
Projet : travailler dans une association d'insertion"""),
    )),
    # Feature: attachments_first — level — DUT Carrières sociales (2025)
    # shape: a one-line body and a CV PDF sent as application/octet-stream with an RFC 2231 name («CV Lison Guérard.pdf» with its accent) → application; DUT (bac+2) of 2025, a job at a CRESS → eligible
    N("attachments_first", "level", "DUT Carrières sociales (2025)", M(
        "Lison Guérard <lison.guerard@free.fr>", "Candidature Pro'pulse", "07 18:26",
        """Bonjour, je vous envoie mon CV pour le programme.""",
        app("Lison", "Guérard", phone="+33229406183", bac=2, grad="2025", info_in="cv", status="octet_rfc2231_dut_cress"),
        cv=CV("pdf", "CV Lison Guérard.pdf", """Lison Guérard — 02 29 40 61 83
DUT Carrières sociales (2025) — IUT de Rennes
Objectif : chargée de mission dans une CRESS ou un réseau de l'ESS"""),
        headers={"X-Clients-Shape": "octet_stream rfc2231_name"},
    )),
    # Feature: attachments_first — kind — flyer de notre journée portes ouvertes
    # shape: a one-line body and a PDF flyer attached (an association's open day), no person's facts → other
    N("attachments_first", "kind", "flyer de notre journée portes ouvertes", M(
        "Ressourcerie du Pays d'Auge <contact@ressourcerie-auge.example.org>", "Portes ouvertes", "09 11:11",
        """Bonjour, ci-joint le flyer de notre journée portes ouvertes, à partager si possible.""",
        other(),
        cv=CV("pdf", "Flyer PO 2026.pdf", """Ressourcerie du Pays d'Auge
Journée portes ouvertes — samedi 5 décembre 2026, 10h-17h
Visite des ateliers, rencontre avec l'équipe, offres d'emploi en insertion"""),
    )),
    # Feature: attachments_first — kind — convention signée
    # shape: a one-line body and a signed agreement as a scanned PDF (no text layer) from a partner → other
    N("attachments_first", "kind", "convention signée", M(
        "Sylvie Garnier <s.garnier@fondation-ess.example.org>", "Convention 2027", "13 17:45",
        """Bonjour, voici la convention signée. Bonne soirée.""",
        other(),
        headers={"X-Clients-Attach": "Scan convention signée.pdf"},
    )),
    # Feature: signatures_disclaimers — studies_finished — j'ai terminé mon master en juin 2026, ma signature date un peu
    # shape: a university signature block (logo line, «Étudiante en M2 — Université de Nantes», address) the body says is out of date → application; master finished in June 2026, an ESS aim → eligible
    N("signatures_disclaimers", "studies_finished", "j'ai terminé mon master en juin 2026, ma signature date un peu", M(
        "Clémence Baudry <clemence.baudry@etu.univ-nantes.fr>", "Candidature Pro'pulse", "02 17:02",
        """Bonjour,

J'écris depuis mon adresse étudiante, qui reste active jusqu'en décembre : j'ai terminé mon master en juin 2026, ma signature date un peu. Je cherche un poste de chargée de projet dans une association d'éducation à la santé.

Bien cordialement,

Clémence Baudry
Étudiante en M2 Santé publique — Université de Nantes
UFR Médecine, 1 rue Gaston Veil, 44035 Nantes
06 52 70 38 14""",
        app("Clémence", "Baudry", phone="+33652703814", bac=5, grad="2026-06", status="signature_univ_perimee"),
        headers={"X-Mailer": "Zimbra 10.0.6_GA (ZimbraWebClient)"},
    )),
    # Feature: signatures_disclaimers — situation — Serveuse — Brasserie du Port, La Rochelle
    # shape: an employer's signature showing a side job («Serveuse — Brasserie du Port»); the body says it is to pay the rent while she looks → application; licence of 2025, a waitress job meanwhile is no career, an ESS aim → eligible
    N("signatures_disclaimers", "situation", "Serveuse — Brasserie du Port, La Rochelle", M(
        "Inès Debray <ines.debray@gmail.com>", "Candidature", "03 15:40",
        """Bonjour,

Licence de sociologie en poche depuis juin 2025, je travaille en attendant comme serveuse pour payer mon loyer (d'où ma signature). Ce que je cherche vraiment, c'est un poste dans une association de prévention auprès des jeunes.

Inès Debray
Serveuse — Brasserie du Port, La Rochelle
07 70 29 41 36
www.brasserieduport-lr.example.fr | Instagram @brasserieduport""",
        app("Inès", "Debray", phone="+33770294136", bac=3, grad="2025-06", status="signature_serveuse_job_alimentaire"),
    )),
    # Feature: signatures_disclaimers — career_change — Conseiller clientèle professionnels — BNP Paribas
    # shape: a bank's signature with a bilingual confidentiality notice («Ce message et toutes les pièces jointes sont confidentiels… This message and any attachments are confidential…»); the signature and the body give eight years at the bank → application; master of 2026 after eight years at the bank → fails not_career_change → not eligible
    N("signatures_disclaimers", "career_change", "Conseiller clientèle professionnels — BNP Paribas", M(
        "Jonathan Fontaine <jonathan.fontaine@bnpparibas.example.com>", "Candidature programme ESS", "04 12:20",
        """Bonjour,

J'ai obtenu en juin 2026 un master Management de l'ESS en formation continue, après huit ans dans ma banque. Je souhaite désormais travailler dans une mutuelle ou une banque coopérative.

Cordialement,

Jonathan Fontaine
Conseiller clientèle professionnels — BNP Paribas
Agence Lille Grand Place
Tél. : +33 3 20 55 41 87

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.
This message and any attachments are confidential and intended solely for the addressees. Any unauthorised use is prohibited.""",
        app("Jonathan", "Fontaine", phone="+33320554187", bac=5, grad="2026-06", failing=("not_career_change",), status="signature_bnp_huit_ans"),
        headers={"X-Mailer": OUTLOOK},
    )),
    # Feature: signatures_disclaimers — graduation — master 2 obtenu en septembre 2022
    # shape: a long notice («… si vous n'êtes pas le destinataire… stagiaire ou salarié…») under the body: the notice's «stagiaire» is no fact; the date in the body → application; master of September 2022 (50 months) → fails graduation_recent → not eligible
    N("signatures_disclaimers", "graduation", "master 2 obtenu en septembre 2022", M(
        "Aurélie Chauvin <aurelie.chauvin@groupe-hexa.example.fr>", "Pro'pulse", "05 11:10",
        """Bonjour,

J'ai un master 2 obtenu en septembre 2022 (gestion de projets culturels) et je travaille depuis dans une agence événementielle. Je voudrais passer dans une association culturelle.

Aurélie Chauvin
06 13 84 20 97

AVERTISSEMENT : ce courriel et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire prévu, merci d'en avertir l'expéditeur et de le détruire ; toute diffusion par un collaborateur, stagiaire ou salarié est interdite.""",
        app("Aurélie", "Chauvin", phone="+33613842097", bac=5, grad="2022-09", failing=("graduation_recent",), status="notice_stagiaire_master_2022"),
        headers={"X-Mailer": OUTLOOK},
    )),
    # Feature: signatures_disclaimers — aim — chef de rayon dans la grande distribution
    # shape: a signature with social links, «Pensez à l’environnement avant d’imprimer ce mail» and a vCard (.vcf) attached → application; BUT of 2026, a department manager's job in big retail → fails job_seeking_ess → not eligible
    N("signatures_disclaimers", "aim", "chef de rayon dans la grande distribution", M(
        "Bilal Boukhari <bilal.boukhari@gmail.com>", "Candidature", "06 18:45",
        """Bonjour,

BUT Techniques de commercialisation obtenu en juin 2026. Je vise un poste de chef de rayon dans la grande distribution, en Île-de-France. Un ami m'a dit que votre programme aidait à préparer les entretiens.

Bilal Boukhari
07 08 62 14 93
LinkedIn : linkedin.com/in/bilalboukhari | Instagram : @bilal.bkh

🌱 Pensez à l’environnement avant d’imprimer ce mail.""",
        app("Bilal", "Boukhari", phone="+33708621493", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="vcard_chef_rayon"),
        headers={"X-Clients-Attach": "Bilal Boukhari.vcf"},
    )),
    # Feature: signatures_disclaimers — level — Diplômé de l'EM Normandie
    # ambiguous: «un programme court de l'école» with no level said (a certificate or a bachelor?) — degree_level stays open
    # shape: a long signature with the school's banner line «Diplômé de l'EM Normandie — Promo 2026» and social links; the body names no programme → application; a business school's 2026 diploma of unknown kind, an ESS aim → degree_level open → to verify
    N("signatures_disclaimers", "level", "Diplômé de l'EM Normandie", M(
        "Gaspard Gaillard <gaspard.gaillard@gmail.com>", "Candidature Pro'pulse", "07 20:05",
        """Bonjour,

Je sors de l'EM Normandie (un programme court de l'école, terminé en juillet 2026) et je voudrais travailler dans l'entrepreneuriat social, par exemple dans un incubateur de l'ESS.

Gaspard Gaillard
Diplômé de l'EM Normandie — Promo 2026
06 41 93 57 02
🔗 linkedin.com/in/gaspardgaillard""",
        app("Gaspard", "Gaillard", phone="+33641935702", bac="*", grad="2026-07", unknown=("degree_level",), status="signature_em_normandie_programme_court"),
    )),
    # Feature: signatures_disclaimers — kind — Je suis actuellement en déplacement
    # shape: an out-of-office with a long signature and a bilingual confidentiality notice, Auto-Submitted: auto-replied → auto_reply
    N("signatures_disclaimers", "kind", "Je suis actuellement en déplacement", M(
        "Bernard Cazals <b.cazals@mutuelle-solidaire.example.fr>", "Réponse automatique : Intervention atelier", "10 08:15",
        """Bonjour,

Je suis actuellement en déplacement et ne consulterai mes messages qu'à partir du 16 novembre.

Bernard Cazals
Directeur des ressources humaines — Mutuelle Solidaire
Tél. 05 61 22 48 90

Ce message est confidentiel. This message is confidential.""",
        auto_reply(),
        headers={"X-Mailer": OUTLOOK, "Auto-Submitted": "auto-replied"},
    )),
    # Feature: signatures_disclaimers — kind — La lettre des employeurs de l'ESS
    # shape: a newsletter with a banner, a long legal footer («Conformément au RGPD… »), List-Unsubscribe and Precedence: bulk → newsletter
    N("signatures_disclaimers", "kind", "La lettre des employeurs de l'ESS", M(
        "UDES <lettre@udes.example.org>", "La lettre des employeurs de l'ESS — novembre 2026", "11 07:00",
        """La lettre des employeurs de l'ESS — novembre 2026

À la une : la négociation sur les salaires dans la branche de l'animation ; l'emploi des jeunes dans l'ESS, chiffres 2026 ; agenda des rencontres régionales.

Conformément au RGPD, vous pouvez exercer vos droits d'accès et de rectification. Ce message vous est adressé car vous êtes inscrit à notre lettre. Pour vous désinscrire : https://udes.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://udes.example.org/desinscription>", "Precedence": "bulk"},
    )),
]
