# ruff: noqa: E501
"""Batch 4 — what else reaches the inbox WITH documents, so that «has an attachment» says nothing of the kind.

Employers posting a job offer as a PDF or DOCX, partners' newsletters and programmes, invoices and
agreements, questions about the programme with a brochure, auto-replies that attach a leaflet, replies in
our threads that send the requested diploma or an updated CV, bounces. None carries an application.
"""

from docs import Doc, M, auto_reply, bounce, newsletter, other, question, reply

_OUR = "<relance.{n}@animafac.net>"


def _thread(n: str) -> dict[str, str]:
    """Headers of a reply in one of our threads."""
    mid = _OUR.format(n=n)
    return {"In-Reply-To": mid, "References": mid}


MESSAGES = [
    # An association posts a job offer as a PDF: «Chargé·e de projet insertion, CDI». other.
    M(
        frm="Recrutement Le Pont Solidaire <recrutement@lepontsolidaire.example.org>",
        subject="Offre d'emploi à diffuser auprès de vos participants",
        date="02 10:20",
        body="Bonjour,\n\nNous recrutons un·e chargé·e de projet insertion. Pourriez-vous relayer l'offre ci-jointe auprès des jeunes que vous accompagnez ?\n\nMerci d'avance,\nLucie Marchand, responsable RH",
        docs=(Doc("pdf", "Offre_CPI_LePontSolidaire.pdf", """LE PONT SOLIDAIRE — association d'insertion par l'activité économique
OFFRE D'EMPLOI : Chargé·e de projet insertion (CDI, temps plein)
Lieu : Saint-Étienne — Prise de poste : janvier 2027
Missions : accompagner 25 salariés en parcours d'insertion ; construire les partenariats avec les entreprises du territoire ; suivre les indicateurs.
Profil : bac+3 minimum (licence pro, BUT Carrières sociales, master), débutant·e accepté·e ; permis B.
Rémunération : 2 100 € brut mensuels, convention collective des ACI.
Candidature (CV + lettre) avant le 15 décembre 2026 : recrutement@lepontsolidaire.example.org""", role="other"),),
        truth=other(),
    ),
    # A cooperative sends a DOCX offer with a table; other.
    M(
        frm="SCOP Les Ateliers du Rhône <contact@ateliersdurhone.example.com>",
        subject="Poste d'assistant·e administratif·ve — SCOP",
        date="02 15:00",
        body="Bonjour,\nVoici notre fiche de poste, nous serions ravis de recevoir des candidatures de votre promotion.\nBien cordialement,\nMarc Petit, cogérant",
        docs=(Doc("docx", "Fiche_de_poste_assistant_admin.docx", """Fiche de poste — Assistant·e administratif·ve et financier·ère
| Structure | SCOP de menuiserie, 22 salariés dont 15 associés |
| Contrat | CDD 12 mois, évolutif en CDI |
| Diplôme | BTS / DUT gestion ou équivalent |
| Début | dès que possible |
Missions : facturation, suivi de trésorerie, préparation des assemblées générales de la coopérative.""", role="other"),),
        truth=other(),
    ),
    # A partner network's monthly newsletter as a PDF, bulk headers. newsletter.
    M(
        frm="La Lettre de l'ESS en région <lettre@cress-exemple.example.org>",
        subject="La Lettre de novembre : mois de l'ESS, appels à projets, offres",
        date="03 07:00",
        body="Bonjour,\nRetrouvez la lettre de novembre en pièce jointe.\nPour vous désinscrire : https://cress-exemple.example.org/desinscription",
        docs=(Doc("pdf", "Lettre_ESS_novembre_2026.pdf", """LA LETTRE DE L'ESS — Novembre 2026
Édito : le Mois de l'ESS bat son plein, plus de 300 événements dans la région.
Agenda : forum emploi ESS le 3 décembre ; rencontres des coopératives le 10 décembre.
Appels à projets : fonds régional d'innovation sociale (dépôt avant le 31 janvier).
Offres d'emploi : 12 postes en ligne sur notre site.""", role="other"),),
        headers={"List-Unsubscribe": "<https://cress-exemple.example.org/desinscription?u=3301>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Invoice from a room rental company for the info session. other.
    M(
        frm="Comptabilité Espace Marceau <compta@espacemarceau.example.com>",
        subject="Facture F-2026-1187",
        date="03 09:15",
        body="Madame, Monsieur,\nVeuillez trouver ci-jointe la facture F-2026-1187 relative à la location de salle du 20 octobre.\nCordialement,\nService comptabilité",
        docs=(Doc("pdf", "Facture_F-2026-1187.pdf", """ESPACE MARCEAU — Location de salles
FACTURE N° F-2026-1187 — 2 novembre 2026
Client : Animafac — programme Pro'pulse
Location salle Jaurès, 20 octobre 2026, 9 h – 17 h : 480,00 € HT
TVA 20 % : 96,00 € — Total TTC : 576,00 €
Règlement à 30 jours par virement.""", role="other"),),
        truth=other(),
    ),
    # Mission Locale adviser asks a general question about the programme with the ML's own leaflet attached; no person. question.
    M(
        frm="Sophie Laurent <s.laurent@missionlocale-exemple.example.org>",
        subject="Question sur Pro'pulse",
        date="03 11:40",
        body="Bonjour,\n\nJe suis conseillère à la Mission Locale. Pouvez-vous me dire si Pro'pulse est ouvert aux jeunes qui habitent hors Île-de-France, et combien de temps dure l'accompagnement ? Je vous joins notre plaquette si vous souhaitez nous orienter des jeunes en retour.\n\nSophie Laurent",
        docs=(Doc("pdf", "Plaquette_Mission_Locale.pdf", """MISSION LOCALE DU VAL — Accompagner les 16-25 ans
Emploi, formation, santé, logement, mobilité
Permanences du lundi au vendredi, 9 h – 17 h
Contact : 01 00 00 00 00 — accueil@missionlocale-exemple.example.org""", role="other"),),
        truth=question(),
    ),
    # A student asks for the programme's brochure and whether it exists in English; attaches nothing personal but a screenshot-like PDF of our page. No personal facts. question.
    M(
        frm="Alex Martin <alex.martin@example.com>",
        subject="Brochure Pro'pulse ?",
        date="03 14:05",
        body="Hello,\nIs there a brochure of Pro'pulse in English? I attach the French page I found, I did not understand the part about the dates.\nThanks,\nAlex",
        docs=(Doc("pdf", "page_propulse.pdf", """Pro'pulse — un programme d'Animafac
Pro'pulse accompagne de jeunes diplômé·es vers un premier emploi dans l'économie sociale et solidaire.
Prochaine promotion : janvier 2027. Candidatures jusqu'au 15 décembre.""", role="other"),),
        truth=question(language="en"),
    ),
    # Auto-reply from a partner association's director, attaching its activity report. auto_reply.
    M(
        frm="Direction Association Horizons <direction@horizons.example.org>",
        subject="Réponse automatique : Pro'pulse — proposition de partenariat",
        date="04 08:01",
        body="Bonjour,\nJe suis absente jusqu'au 16 novembre. Pour toute urgence, contactez accueil@horizons.example.org. Vous trouverez ci-joint notre rapport d'activité 2025.\nMarie Colas",
        docs=(Doc("pdf", "Rapport_activite_2025_Horizons.pdf", """ASSOCIATION HORIZONS — Rapport d'activité 2025
1 240 personnes accompagnées ; 38 salariés ; 120 bénévoles.
Faits marquants : ouverture d'un second lieu d'accueil, partenariat avec 14 entreprises.""", role="other"),),
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # Reply in our thread: an applicant sends the diploma certificate we asked for. reply.
    M(
        frm="Nadia Ferrand <nadia.ferrand@example.net>",
        subject="Re: Votre candidature à Pro'pulse",
        date="04 10:30",
        body="Bonjour,\nComme demandé, voici mon attestation de diplôme.\nBonne journée,\nNadia Ferrand\n\nLe 2 nov. 2026 à 14:02, Pro'pulse <propulse@animafac.net> a écrit :\n> Pourriez-vous nous préciser la date (mois et année) d'obtention de votre diplôme ?",
        docs=(Doc("pdf", "attestation_diplome_Ferrand.pdf", """UNIVERSITÉ DE PICARDIE JULES VERNE
Attestation de réussite au diplôme
Madame Nadia Ferrand a obtenu le Master Management des organisations sanitaires et sociales, session de septembre 2026.""", role="other"),),
        headers=_thread("2026-11-02.0041"),
        truth=reply(),
    ),
    # Reply in our thread with an updated CV (DOCX). reply.
    M(
        frm="Romain Lefort <romain.lefort@example.com>",
        subject="RE: Pro'pulse : votre entretien",
        date="04 13:50",
        body="Bonjour, voici mon CV à jour pour l'entretien de jeudi. À jeudi, Romain",
        docs=(Doc("docx", "CV_Romain_Lefort_maj.docx", """Romain Lefort
07 00 00 11 22
Master 2 ESS, Université de Lorraine, septembre 2026
Stage, coopérative d'activité (terminé)"""),),
        headers=_thread("2026-10-28.0022"),
        truth=reply(),
    ),
    # Bounce of our reply to an applicant. bounce.
    M(
        frm="Mail Delivery Subsystem <mailer-daemon@mx.example.net>",
        subject="Delivery Status Notification (Failure)",
        date="04 15:12",
        body="Your message wasn't delivered to sarah.kone@example.net because the address couldn't be found.",
        bounce="""Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; sarah.kone@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown""",
        truth=bounce("sarah.kone@example.net"),
    ),
    # A foundation sends a grant agreement to sign (DOCX). other.
    M(
        frm="Fondation Avenir Solidaire <conventions@fondation-avenir.example.org>",
        subject="Convention de subvention 2027 — à signer",
        date="05 09:00",
        body="Bonjour,\n\nVeuillez trouver la convention de subvention pour l'année 2027. Merci de nous la retourner signée avant le 30 novembre.\n\nLe service des programmes",
        docs=(Doc("docx", "Convention_2027_Animafac.docx", """CONVENTION DE SUBVENTION 2027
Entre la Fondation Avenir Solidaire et l'association Animafac, pour le programme Pro'pulse.
| Article 1 | Objet : soutien à l'accompagnement de 60 jeunes diplômé·es |
| Article 2 | Montant : 40 000 € |
| Article 3 | Versement en deux tranches |
Fait en deux exemplaires.""", role="other"),),
        truth=other(),
    ),
    # Training organisation mass-mails its catalogue (Precedence: bulk) with a PDF brochure. Bulk sales mail is a newsletter, as in ../fresh (label corrected after the first scoring: was `other`).
    M(
        frm="Formations Pro Excellence <info@formations-excellence.example.com>",
        subject="Formez vos jeunes au management : -30 % jusqu'au 30/11",
        date="05 11:20",
        body="Bonjour,\nDécouvrez notre catalogue de formations certifiantes, éligibles CPF. -30 % pour toute inscription avant le 30 novembre.\nL'équipe Formations Pro Excellence",
        docs=(Doc("pdf", "Catalogue_2027.pdf", """CATALOGUE 2027 — FORMATIONS PRO EXCELLENCE
Management d'équipe (3 jours) — Gestion de projet Agile (2 jours) — Prise de parole en public (1 jour)
Toutes nos formations sont éligibles au CPF.""", role="other"),),
        headers={"Precedence": "bulk"},
        truth=newsletter(),
    ),
    # An employer (mutuelle) sends 2 offers in one DOCX + asks for a meeting. other.
    M(
        frm="Karine Delmas <k.delmas@mutuelle-entraide.example.com>",
        subject="Deux postes à pourvoir dans notre mutuelle",
        date="05 14:40",
        body="Bonjour,\n\nSuite à notre échange au forum, je vous transmets nos deux offres. Pourrions-nous caler un appel la semaine prochaine ?\n\nKarine Delmas\nResponsable recrutement",
        docs=(Doc("docx", "Offres_Mutuelle_Entraide.docx", """MUTUELLE ENTRAIDE — deux postes
1. Conseiller·ère adhérents (CDI), Lyon : bac+2 minimum, débutant·e accepté·e.
2. Chargé·e de prévention santé (CDD 18 mois), Grenoble : bac+3 en santé publique ou équivalent.
Candidatures : recrutement@mutuelle-entraide.example.com""", role="other"),),
        truth=other(),
    ),
    # Question by a parent with the programme flyer attached, nothing about the child. question.
    M(
        frm="Jean-Marc Tessier <jm.tessier@example.net>",
        subject="Renseignements",
        date="06 08:45",
        body="Bonjour,\nJ'ai trouvé le prospectus ci-joint au salon. Le programme est-il payant ? Faut-il habiter Paris ?\nMerci,\nJ.-M. Tessier",
        docs=(Doc("pdf", "prospectus_salon.pdf", """PRO'PULSE — Trouver son premier emploi dans l'ESS
Un programme d'accompagnement pour jeunes diplômé·es
Ateliers collectifs, mentorat, rencontres avec des employeurs de l'ESS""", role="other"),),
        truth=question(),
    ),
    # Auto-reply in English from a volunteer's mailbox, with a PDF signature card. auto_reply.
    M(
        frm="Hannah Becker <hannah.becker@example.org>",
        subject="Automatic reply: Pro'pulse mentoring session",
        date="06 10:00",
        body="Thank you for your email. I am on leave until 20 November with limited access to email. Attached: my contact card.",
        docs=(Doc("pdf", "contact_card.pdf", """Hannah Becker — Volunteer mentor
hannah.becker@example.org""", role="other"),),
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # A university careers service sends its job-dating programme (ODT). other.
    M(
        frm="SUIO Université de Tours <suio@univ-exemple.example.org>",
        subject="Programme du job dating ESS du 8 décembre",
        date="06 12:15",
        body="Bonjour,\nVous trouverez le programme du job dating ESS. Nous serions heureux que Pro'pulse tienne un stand.\nL'équipe du SUIO",
        docs=(Doc("odt", "Programme_job_dating_ESS.odt", """JOB DATING ESS — 8 décembre 2026, Maison de l'étudiant
14 h : accueil — 14 h 30 : table ronde « Travailler dans une coopérative » — 15 h 30 : speed recruiting
Stands : associations, mutuelles, coopératives, fondations""", role="other"),),
        truth=other(),
    ),
    # Reply in our thread: an applicant sends her cover letter after the interview. reply.
    M(
        frm="Aurore Blanchard <aurore.blanchard@example.com>",
        subject="Re: Pro'pulse — suite à notre entretien",
        date="06 14:30",
        body="Bonjour,\nMerci pour l'entretien. Comme convenu, je vous envoie ma lettre de motivation.\nAurore",
        docs=(Doc("docx", "Lettre_Aurore_Blanchard.docx", """Madame, Monsieur,
Je souhaite rejoindre la promotion de janvier afin de trouver un emploi dans une association de médiation numérique.
Aurore Blanchard""", role="letter"),),
        headers=_thread("2026-11-05.0090"),
        truth=reply(),
    ),
    # A bounce (mailbox full) — our message to a participant.
    M(
        frm="MAILER-DAEMON@smtp.example.com (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        date="06 16:45",
        body="This is the mail system at host smtp.example.com.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<theo.maillard@example.com>: mailbox full",
        bounce="""Reporting-MTA: dns; smtp.example.com

Final-Recipient: rfc822; theo.maillard@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full""",
        truth=bounce("theo.maillard@example.com"),
    ),
    # A partner association sends the minutes of a meeting (DOCX). other.
    M(
        frm="Claire Roussel <claire.roussel@reseau-asso.example.org>",
        subject="Compte rendu du comité de pilotage",
        date="07 09:20",
        body="Bonjour à toutes et tous,\nCi-joint le compte rendu du comité de pilotage du 4 novembre.\nClaire",
        docs=(Doc("docx", "CR_COPIL_4nov.docx", """Compte rendu — comité de pilotage Pro'pulse — 4 novembre 2026
Présents : Animafac, Réseau Asso, deux employeurs partenaires.
| Point | Décision |
| Calendrier promotion janvier | Validé |
| Nombre de places | 30 |
| Prochain comité | 3 février 2027 |""", role="other"),),
        truth=other(),
    ),
    # A job board's weekly mailing with a PDF digest. newsletter.
    M(
        frm="Emplois Solidaires <noreply@emplois-solidaires.example.com>",
        subject="Les 20 offres de la semaine dans l'ESS",
        date="07 06:30",
        body="Votre sélection hebdomadaire est en pièce jointe.\nSe désabonner : https://emplois-solidaires.example.com/unsub",
        docs=(Doc("pdf", "selection_semaine_45.pdf", """EMPLOIS SOLIDAIRES — Semaine 45
1. Coordinateur·rice de bénévoles — Paris — CDI
2. Chargé·e de communication — Nantes — CDD
3. Comptable — coopérative agricole — Rennes — CDI""", role="other"),),
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.com/unsub?id=88>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # An employer writes in English to offer an internship (not a job) to participants, attaches the description. other.
    M(
        frm="Green Roots NGO <jobs@greenroots.example.org>",
        subject="Internship opportunity for your participants",
        date="07 11:00",
        body="Dear Pro'pulse team,\nWe are offering a six-month internship in our Paris office; description attached. Could you share it?\nBest,\nTom Reyes, HR",
        docs=(Doc("pdf", "GreenRoots_Internship.pdf", """GREEN ROOTS NGO — Internship: Campaigns assistant (6 months, from February 2027)
Requirements: master's student; French and English.""", role="other"),),
        truth=other(),
    ),
    # A training centre asks on what conditions its former apprentices may apply, brochure attached; no person named. question.
    M(
        frm="Centre de formation Sud <contact@cfsud.example.org>",
        subject="Vos critères d'admission",
        date="07 14:15",
        body="Bonjour,\nNous formons des titulaires de BTS en alternance. Nos anciens apprentis peuvent-ils candidater à Pro'pulse, et à quelles conditions ? Notre plaquette est jointe.\nCordialement,\nLe service relations entreprises",
        docs=(Doc("pdf", "plaquette_cfsud.pdf", """CENTRE DE FORMATION SUD — BTS en alternance : MCO, NDRC, GPME, SAM
Taux de réussite 2026 : 91 %""", role="other"),),
        truth=question(),
    ),
    # Auto-reply from an applicant after we wrote, with nothing else but an attached PDF «signature». auto_reply.
    M(
        frm="Julie Carpentier <julie.carpentier@example.com>",
        subject="Absence du bureau : Votre candidature à Pro'pulse",
        date="08 09:05",
        body="Je suis en congés jusqu'au 23 novembre inclus. Je vous répondrai à mon retour.",
        docs=(Doc("pdf", "signature.pdf", """Julie Carpentier""", role="other"),),
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        truth=auto_reply(),
    ),
    # A supplier sends a quote (devis) for printing flyers. other.
    M(
        frm="Imprimerie du Centre <devis@imprimerie-centre.example.com>",
        subject="Devis n° 2026-0455 — flyers Pro'pulse",
        date="08 11:30",
        body="Bonjour,\nComme convenu, notre devis pour 2 000 flyers A5 recto verso.\nCordialement,\nAlain, Imprimerie du Centre",
        docs=(Doc("pdf", "Devis_2026-0455.pdf", """IMPRIMERIE DU CENTRE — DEVIS N° 2026-0455
2 000 flyers A5, quadrichromie recto verso, papier recyclé 135 g : 210,00 € HT
Délai : 5 jours ouvrés.""", role="other"),),
        truth=other(),
    ),
    # Reply in our thread from a participant: her signed charter (PDF). reply.
    M(
        frm="Inès Boyer <ines.boyer@example.org>",
        subject="Re: Charte d'engagement Pro'pulse à signer",
        date="08 14:00",
        body="Bonjour, voici la charte signée. Bonne soirée, Inès",
        docs=(Doc("pdf", "charte_signee_Boyer.pdf", """CHARTE D'ENGAGEMENT DES PARTICIPANT·ES — PRO'PULSE
Je m'engage à participer aux ateliers et à prévenir en cas d'absence.
Signé : Inès Boyer, le 8 novembre 2026""", role="other"),),
        headers=_thread("2026-11-06.0112"),
        truth=reply(),
    ),
    # A coworking space's newsletter (ODT attachment), bulk. newsletter.
    M(
        frm="La Ruche Solidaire <bonjour@laruche-solidaire.example.org>",
        subject="Les nouvelles de la Ruche — décembre",
        date="09 07:15",
        body="Bonjour à toutes et à tous, voici nos nouvelles du mois.\nVous recevez ce message car vous êtes inscrit·e à notre liste. Désinscription : https://laruche-solidaire.example.org/stop",
        docs=(Doc("odt", "nouvelles_decembre.odt", """LES NOUVELLES DE LA RUCHE — Décembre 2026
Nouveaux résidents : une coopérative de livraison à vélo et une association de réemploi.
Événements : apéro des résidents le 12 décembre.""", role="other"),),
        headers={"List-Unsubscribe": "<https://laruche-solidaire.example.org/stop?r=12>", "Precedence": "list"},
        truth=newsletter(),
    ),
    # A recruiter from a private company (not ESS) sends a job description and asks for profiles. other.
    M(
        frm="Talents Conseil <sourcing@talents-conseil.example.com>",
        subject="Profils juniors recherchés — business developer",
        date="09 10:40",
        body="Bonjour,\nNous cherchons des profils juniors pour un client (SaaS). Fiche de poste jointe. Nous rémunérons les recommandations.\nBien à vous,\nTalents Conseil",
        docs=(Doc("pdf", "JD_Business_Developer.pdf", """Business Developer Junior (H/F) — CDI — Paris 8e
Bac+5 école de commerce, 0-2 ans d'expérience. Package 45 k€.""", role="other"),),
        truth=other(),
    ),
    # A question in English about the programme with our own FAQ attached back («I read this but…»). No personal fact. question.
    M(
        frm="Sam Taylor <sam.taylor@example.com>",
        subject="Question about eligibility",
        date="09 13:25",
        body="Hi,\nI read the FAQ (attached). Does a degree obtained abroad count, and do I need to speak French fluently? Thanks.\nSam",
        docs=(Doc("pdf", "FAQ_propulse.pdf", """FAQ Pro'pulse
Qui peut candidater ? Les jeunes diplômé·es (bac+2 minimum, diplôme de moins de deux ans).
Combien ça coûte ? Rien.""", role="other"),),
        truth=question(language="en"),
    ),
    # Bounce (domain not found).
    M(
        frm="Mail Delivery System <MAILER-DAEMON@mail.animafac.net>",
        subject="Undelivered Mail Returned to Sender",
        date="09 16:00",
        body="This is the mail system at host mail.animafac.net.\n\n<kevin.baron@exemple-typo.example>: Host or domain name not found.",
        bounce="""Reporting-MTA: dns; mail.animafac.net

Final-Recipient: rfc822; kevin.baron@exemple-typo.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found""",
        truth=bounce("kevin.baron@exemple-typo.example"),
    ),
    # Reply in our thread: an applicant sends her transcript («relevé de notes») as we asked about her level. reply.
    M(
        frm="Clémence Royer <clemence.royer@example.net>",
        subject="Re: Question sur votre diplôme",
        date="10 09:10",
        body="Bonjour,\nVoici mon relevé de notes de BTS, comme demandé.\nCordialement,\nClémence Royer",
        docs=(Doc("pdf", "releve_notes_BTS.pdf", """RELEVÉ DE NOTES — BTS Support à l'action managériale — session 2026
Candidate : Clémence Royer — Moyenne générale : 13,4 — ADMISE""", role="other"),),
        headers=_thread("2026-11-08.0133"),
        truth=reply(),
    ),
    # A local authority sends a call for projects (PDF). other.
    M(
        frm="Service ESS — Métropole <ess@metropole-exemple.example.org>",
        subject="Appel à projets Emploi des jeunes 2027",
        date="10 11:45",
        body="Madame, Monsieur,\nLa Métropole lance son appel à projets « Emploi des jeunes dans l'ESS ». Le règlement est joint.\nLe service ESS",
        docs=(Doc("pdf", "AAP_Emploi_jeunes_2027.pdf", """APPEL À PROJETS 2027 — EMPLOI DES JEUNES DANS L'ESS
Structures éligibles : associations, coopératives, entreprises de l'ESS du territoire.
Dépôt des dossiers : avant le 15 février 2027.""", role="other"),),
        truth=other(),
    ),
    # An association's director wants to host a participant as a volunteer — not a job; sends the mission description. other.
    M(
        frm="Patrick Joly <patrick.joly@asso-lecture.example.org>",
        subject="Mission de bénévolat pour vos jeunes",
        date="10 14:20",
        body="Bonjour,\nNotre association cherche des bénévoles pour l'aide aux devoirs ; la fiche mission est jointe. Si certains de vos jeunes sont intéressés…\nPatrick Joly, président",
        docs=(Doc("docx", "fiche_mission_benevole.docx", """Fiche mission bénévole — Aide aux devoirs
Quand : mardi et jeudi, 16 h 30 – 18 h
Où : local associatif, quartier des Sablons""", role="other"),),
        truth=other(),
    ),
    # A newsletter from a foundation's programme for alumni, with an ODT. newsletter.
    M(
        frm="Réseau des anciens Pro'pulse <anciens@reseau-anciens.example.org>",
        subject="Infolettre des anciens n° 14",
        date="11 07:30",
        body="Chères et chers ancien·nes, l'infolettre n° 14 est en pièce jointe.\nSe désinscrire : https://reseau-anciens.example.org/unsub",
        docs=(Doc("odt", "infolettre_14.odt", """INFOLETTRE DES ANCIENS N° 14
Portrait : Léa, coordinatrice dans une coopérative de livraison.
Agenda : afterwork des anciens le 15 décembre.""", role="other"),),
        headers={"List-Unsubscribe": "<https://reseau-anciens.example.org/unsub?a=14>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Auto-reply from a Mission Locale adviser (we wrote about a referred youth), attaching the ML's holiday schedule. auto_reply.
    M(
        frm="Hakim Saïd <h.said@missionlocale-nord.example.org>",
        subject="Réponse automatique : Re: Orientation de Yasmina",
        date="11 09:00",
        body="Bonjour, je suis absent du 10 au 24 novembre. Vous trouverez ci-joint les horaires de la Mission Locale pendant les vacances.",
        docs=(Doc("pdf", "horaires_vacances.pdf", """MISSION LOCALE NORD — Horaires des vacances de novembre
Lundi-vendredi : 9 h – 12 h""", role="other"),),
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # An ESS employer sends a signed partnership agreement back. other.
    M(
        frm="Coopérative Terre et Vie <direction@terreetvie.example.coop>",
        subject="Convention de partenariat signée",
        date="11 12:00",
        body="Bonjour,\nVous trouverez ci-joint la convention de partenariat signée par notre gérante.\nCordialement,\nL'équipe Terre et Vie",
        docs=(Doc("pdf", "convention_partenariat_signee.pdf", """CONVENTION DE PARTENARIAT
Entre Animafac (Pro'pulse) et la SCIC Terre et Vie : accueil de participant·es pour des visites et des entretiens-conseils.
Signé le 9 novembre 2026.""", role="other"),),
        truth=other(),
    ),
    # A federation sends an alternance offer (a «fiche de poste») to share. other.
    M(
        frm="RH Fédération Sport Pour Tous <rh@sportpourtous.example.org>",
        subject="Offre alternance — chargé·e de développement",
        date="11 15:30",
        body="Bonjour,\nnous proposons une alternance (master) de chargé·e de développement à partir de janvier. Offre jointe.\nService RH",
        docs=(Doc("docx", "Offre_alternance_2027.docx", """OFFRE D'ALTERNANCE — Chargé·e de développement associatif
Contrat d'apprentissage, 12 à 24 mois, Master 1 ou 2
Rythme : 3 jours en structure, 2 jours en formation""", role="other"),),
        truth=other(),
    ),
    # A careers adviser asks in English when the next cohort starts, attaching her school's calendar. question.
    M(
        frm="Rachel Green <r.green@business-school.example.com>",
        subject="Pro'pulse dates",
        date="12 08:20",
        body="Hello,\nI'm a careers adviser. When does the next cohort start and when is the application deadline? Our academic calendar is attached so you can see when our students graduate.\nRegards,\nRachel",
        docs=(Doc("pdf", "academic_calendar_2026_2027.pdf", """ACADEMIC CALENDAR 2026–2027
Final exams: 14–25 June 2027 — Graduation ceremony: 9 July 2027""", role="other"),),
        truth=question(language="en"),
    ),
    # Spam with a «facture» PDF. other.
    M(
        frm="Service Client <service@facturation-rapide.example.net>",
        subject="Votre facture impayée n° 88431",
        date="12 10:10",
        body="Madame, Monsieur, votre facture est impayée. Merci de régulariser sous 48 h en suivant le lien dans le document.",
        docs=(Doc("pdf", "facture_88431.pdf", """FACTURE 88431 — Montant dû : 1 249,00 €
Régularisez via notre portail sécurisé.""", role="other"),),
        truth=other(),
    ),
    # Reply in our thread: a participant sends a job offer she found, asking our opinion. reply.
    M(
        frm="Sarah Lopez <sarah.lopez@example.com>",
        subject="Re: Atelier candidature du 5 novembre",
        date="12 13:40",
        body="Bonjour, suite à l'atelier, j'ai trouvé cette offre (jointe). Pensez-vous que mon profil correspond ? Merci ! Sarah",
        docs=(Doc("pdf", "offre_coordinatrice.pdf", """Coordinateur·rice de bénévoles (CDI) — association d'aide alimentaire — Créteil
Profil : bac+3, expérience associative souhaitée.""", role="other"),),
        headers=_thread("2026-11-03.0057"),
        truth=reply(),
    ),
    # A newsletter from a national federation of employers, HTML + PDF. newsletter.
    M(
        frm="Fédération des employeurs solidaires <infos@feds.example.org>",
        subject="Flash info : accords de branche et formation",
        date="12 16:00",
        body="Flash info n° 31 en pièce jointe. Gérer mes abonnements : https://feds.example.org/abonnements",
        docs=(Doc("pdf", "flash_info_31.pdf", """FLASH INFO N° 31
Accord de branche sur la formation : ce qui change au 1er janvier.""", role="other"),),
        html="both",
        headers={"List-Unsubscribe": "<mailto:desabonnement@feds.example.org>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # A question: someone asks whether Pro'pulse accepts people with a BTS (general, about «people»), attaches an article. No personal facts. question.
    M(
        frm="Nathalie Vasseur <nathalie.vasseur@example.net>",
        subject="Question",
        date="13 09:30",
        body="Bonjour, j'ai lu l'article ci-joint sur votre programme. Est-ce que les titulaires d'un BTS peuvent postuler ? Merci.",
        docs=(Doc("pdf", "article_presse.pdf", """« Pro'pulse, un coup de pouce vers l'ESS » — article de presse
Le programme accompagne chaque année des jeunes diplômé·es.""", role="other"),),
        truth=question(),
    ),
    # Employer replies in our thread with the offer we asked for. reply.
    M(
        frm="Julien Masse <julien.masse@recyclerie-est.example.org>",
        subject="Re: Partenariat Pro'pulse — vos offres",
        date="13 11:50",
        body="Bonjour, comme promis, voici l'offre de valoriste. Bonne journée, Julien",
        docs=(Doc("pdf", "offre_valoriste.pdf", """RECYCLERIE DE L'EST — Valoriste (CDD insertion 12 mois)
Aucun diplôme requis.""", role="other"),),
        headers=_thread("2026-11-10.0150"),
        truth=reply(),
    ),
    # Auto-reply in English (out of office) with a PDF brochure of the sender's school. auto_reply.
    M(
        frm="Admissions Office <admissions@school-example.example.com>",
        subject="Auto: Pro'pulse partnership",
        date="13 14:00",
        body="Thank you for contacting the Admissions Office. We will reply within 5 working days. Our brochure is attached.",
        docs=(Doc("pdf", "brochure_school.pdf", """SCHOOL OF SOCIAL INNOVATION — Programmes 2027""", role="other"),),
        headers={"Auto-Submitted": "auto-generated"},
        truth=auto_reply(),
    ),
    # Event invitation from a partner: programme PDF. other.
    M(
        frm="Maison de l'ESS <evenements@maison-ess.example.org>",
        subject="Invitation : rencontres employeurs ESS — 15 décembre",
        date="14 09:00",
        body="Bonjour,\nNous avons le plaisir de vous inviter aux rencontres employeurs ESS. Programme joint. Inscription avant le 10 décembre.\nL'équipe de la Maison de l'ESS",
        docs=(Doc("pdf", "programme_rencontres.pdf", """RENCONTRES EMPLOYEURS ESS — 15 décembre 2026
9 h 30 accueil ; 10 h tables rondes ; 14 h ateliers recrutement""", role="other"),),
        truth=other(),
    ),
    # An employer's offer addressed «to the coordinator», with a note saying the recruiter is a former participant. other.
    M(
        frm="Laura Nicolas <laura.nicolas@coop-habitat.example.coop>",
        subject="Une offre pour la promo !",
        date="14 11:30",
        body="Coucou l'équipe ! Ancienne de la promo 2024, je recrute maintenant dans ma coopérative 😊 L'offre est jointe, n'hésitez pas à la faire tourner. Laura",
        docs=(Doc("odt", "offre_charge_accompagnement.odt", """COOP HABITAT — Chargé·e d'accompagnement de projets d'habitat participatif
CDI, Lyon, bac+3 à bac+5, débutant·e accepté·e.""", role="other"),),
        truth=other(),
    ),
    # Reply in our thread from a referred person's adviser with the signed consent form. reply.
    M(
        frm="Élodie Marin <e.marin@francetravail.example.net>",
        subject="RE: Orientation de M. Kader Benali",
        date="14 15:20",
        body="Bonjour,\nVous trouverez le formulaire de consentement signé par M. Benali.\nCordialement,\nÉlodie Marin, conseillère",
        docs=(Doc("pdf", "consentement_Benali.pdf", """FORMULAIRE DE CONSENTEMENT
J'accepte que mes coordonnées soient transmises au programme Pro'pulse. Signé : Kader Benali""", role="other"),),
        headers=_thread("2026-11-12.0171"),
        truth=reply(),
    ),
    # Someone reports an error on our web form, screenshot attached; no question, no wish to apply. other.
    M(
        frm="Morgane Aubry <morgane.aubry@example.org>",
        subject="Problème formulaire",
        date="15 10:00",
        body="Bonjour, je vous signale que la page de votre formulaire affiche une erreur depuis ce matin (capture jointe). Bonne journée !",
        docs=(Doc("pdf", "capture_erreur.pdf", """Erreur 500 — Le serveur a rencontré une erreur. Réessayez plus tard.""", role="other"),),
        truth=other(),
    ),
    # A coordinator of another programme sends the joint workshop plan (DOCX table). other.
    M(
        frm="Thomas Girard <thomas.girard@programme-jeunes.example.org>",
        subject="Planning de l'atelier commun",
        date="15 13:15",
        body="Salut, voici le planning de l'atelier commun du 2 décembre, dis-moi si ça te va. Thomas",
        docs=(Doc("docx", "planning_atelier_commun.docx", """Atelier commun — 2 décembre
| 9 h 30 | Accueil |
| 10 h | Présentation des deux programmes |
| 11 h | Ateliers CV par petits groupes |""", role="other"),),
        truth=other(),
    ),
]
