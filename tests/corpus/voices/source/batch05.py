# ruff: noqa: E501
"""Batch 5: people who leave something out (a date, a level, an aim), and CVs that carry the facts."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    M(
        frm="Maëlys Perrier <maelys.perrier@example.org>",
        subject="Candidature",
        date="01 10:20",
        body="""Bonjour,

Je suis diplômée d'un BUT Gestion administrative et commerciale des organisations. Je cherche un emploi dans une association.

Maëlys Perrier
06 72 18 40 36""",
        truth=app("Maëlys", "Perrier", phone="+33672184036", bac=3, grad=None, unknown=("graduation_recent",), status="no_date"),
    ),
    M(
        frm="Rayan Haddad <rayan.haddad@example.com>",
        subject="Pro'pulse",
        date="01 12:45",
        body="""Bonjour,

J'ai fini l'école il y a quelque temps (école de travail social, diplôme d'éducateur de jeunes enfants). Je voudrais travailler en crèche associative ou parentale.

Rayan Haddad
06 20 91 37 48""",
        truth=app("Rayan", "Haddad", phone="+33620913748", bac=3, grad=None, unknown=("graduation_recent",), status="vague_date"),
    ),
    M(
        frm="Ludivine Carpentier <ludivine.carpentier@example.net>",
        subject="pour Pro'pulse",
        date="01 15:30",
        body="""Bonjour,

J'ai obtenu mon diplôme en 2024 (licence professionnelle, gestion des organisations de l'économie sociale). Je cherche un poste d'assistante de direction dans une association.

Ludivine Carpentier
07 28 40 19 63""",
        truth=app("Ludivine", "Carpentier", phone="+33728401963", bac=3, grad="2024", unknown=("graduation_recent",), status="year_2024"),
    ),
    M(
        frm="Axel Roussel <axel.roussel@example.org>",
        subject="Pro'pulse - candidature",
        date="01 18:02",
        body="""Bonjour,

Je suis diplômé d'un master en histoire (juin 2025) et je cherche un travail.

Axel Roussel
06 54 38 21 97""",
        truth=app("Axel", "Roussel", phone="+33654382197", bac=5, grad="2025-06", unknown=("job_seeking_ess",), status="no_ess"),
    ),
    M(
        frm="Salomé Brun <salome.brun@example.com>",
        subject="Candidature Pro'pulse",
        date="02 09:12",
        body="""Bonjour,

Veuillez trouver en pièce jointe mon CV pour votre programme. Je suis disponible pour un entretien quand vous voulez.

Salomé Brun""",
        cv=CV("pdf", "CV_Salome_Brun.pdf", """Salomé BRUN
07 33 62 18 40 - salome.brun@example.com - Lille
FORMATION
Licence Sciences sanitaires et sociales - Université de Lille
Baccalauréat ST2S - mention bien
EXPÉRIENCES
Animatrice BAFA - centres de loisirs (étés 2021 à 2025)
Stage - CCAS de Roubaix (2 mois)
CENTRES D'INTÉRÊT
Théâtre, randonnée"""),
        truth=app("Salomé", "Brun", phone="+33733621840", bac=3, grad=None, unknown=("graduation_recent", "job_seeking_ess"), info_in="cv", status="cv_no_date"),
    ),
    M(
        frm="Jonathan Weiss <jonathan.weiss@example.net>",
        subject="Pro'pulse",
        date="02 11:00",
        body="""Hello,

I have a Bachelor of Arts from McGill (Montreal), graduated in 2024, and I recently moved to Paris with my partner. I'd like to find work in an organisation doing social good.

Jonathan Weiss
+33 7 52 90 14 36""",
        truth=app("Jonathan", "Weiss", phone="+33752901436", bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="en_2024"),
    ),
    M(
        frm="Aurore Dupré <aurore.dupre@example.org>",
        subject="Question et candidature",
        date="02 13:34",
        body="""Bonjour,

J'ai un diplôme de l'Université Paris 8 mais ce n'est pas un diplôme national : un DU « Médiation interculturelle » (un an après le bac), obtenu en juin 2026. Je voudrais travailler dans une association d'accueil des migrants. Est-ce que mon diplôme suffit ?

Aurore Dupré
06 49 27 81 53""",
        truth=app("Aurore", "Dupré", phone="+33649278153", bac=1, grad="2026-06", failing=("degree_level",), status="du_bac1"),
    ),
    M(
        frm="Nassim Boudjema <nassim.boudjema@example.com>",
        subject="candidature",
        date="02 16:16",
        body="""Bonjour,

Je suis diplômé d'un Bachelor en école de commerce (3 ans, ISG) en 2026. Je suis en CDD dans une grande surface jusqu'en décembre et je cherche ensuite un poste dans l'ESS, côté gestion ou achats responsables.

Nassim Boudjema
06 19 48 20 73""",
        truth=app("Nassim", "Boudjema", phone="+33619482073", bac=3, grad="2026", status="bachelor_cdd"),
    ),
    M(
        frm="Yasmine Ferhat <yasmine.ferhat@example.net>",
        subject="",
        date="02 19:40",
        body="""Bonjour, je voudrais rejoindre Pro'pulse. Mon CV est en pièce jointe.""",
        cv=CV("odt", "Yasmine FERHAT - CV.odt", """Yasmine FERHAT
06 81 27 45 90
yasmine.ferhat@example.net
Vitry-sur-Seine
Formation
Master Économie sociale et solidaire - Université Paris-Est Marne-la-Vallée - 2024-2025
Licence Économie - 2023
Expériences professionnelles
Chargée de mission (alternance) - Coopérative Pointcarré - 2023-2025
Recherche d'emploi : chargée de développement coopératif"""),
        truth=app("Yasmine", "Ferhat", phone="+33681274590", bac=5, grad="2025", info_in="cv", status="cv_odt_academic_year"),
    ),
    M(
        frm="Clément Faure <clement.faure@example.org>",
        subject="Pro'pulse",
        date="03 08:30",
        body="""Bonjour,

Je suis actuellement en stage dans une association (chargé de communication) jusqu'à fin décembre. J'ai mon master depuis septembre 2026.

Clément Faure
07 84 31 56 20""",
        truth=app("Clément", "Faure", phone="+33784315620", bac=5, grad="2026-09", failing=("not_internship",), unknown=("job_seeking_ess",), status="internship_until_dec"),
    ),
    M(
        frm="Bérangère Colin <berangere.colin@example.com>",
        subject="Pro'pulse",
        date="03 10:10",
        body="""Bonjour,

Je suis titulaire d'un diplôme de l'IRTS (Institut régional du travail social). Je souhaite travailler dans une association de prévention spécialisée. J'ai envoyé plusieurs candidatures.

Bérangère Colin
06 47 20 93 81""",
        truth=app("Bérangère", "Colin", phone="+33647209381", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="unknown_level"),
    ),
    M(
        frm="Timothée Blanc <timothee.blanc@example.net>",
        subject="Candidature spontanée Pro'pulse",
        date="03 13:00",
        body="""Bonjour,

J'ai fini mes études. J'ai 24 ans. Je veux bosser dans l'ESS.

Timothée
07 68 45 21 09""",
        truth=app("Timothée", "Blanc", phone="+33768452109", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="no_degree_stated"),
    ),
    M(
        frm="Samia Kaci <samia.kaci@example.org>",
        subject="Pro'pulse - Samia Kaci",
        date="03 15:45",
        body="""Bonjour,

Je me permets de vous contacter car je souhaite candidater au programme Pro'pulse. J'ai une licence en langues étrangères appliquées (LEA anglais-espagnol).

Je cherche un emploi de chargée de projets européens dans une association d'éducation populaire.

Samia Kaci
06 25 39 84 72""",
        truth=app("Samia", "Kaci", phone="+33625398472", bac=3, grad=None, unknown=("graduation_recent",), status="no_date_lea"),
    ),
    M(
        frm="Dorian Vasseur <dorian.vasseur@example.com>",
        subject="Pro'pulse",
        date="03 18:20",
        body="""Bonjour,

J'ai eu mon master de droit en juillet 2026. Je cherche un poste de juriste, je suis ouvert à tous les secteurs.

Dorian Vasseur
06 82 47 31 09""",
        truth=app("Dorian", "Vasseur", phone="+33682473109", bac=5, grad="2026-07", unknown=("job_seeking_ess",), status="all_sectors"),
    ),
    M(
        frm="Anouk Leroy <anouk.leroy@example.net>",
        subject="Pro'pulse",
        date="04 09:00",
        body="""Bonjour,

J'ai validé ma licence d'économie en 2024. Depuis, je fais des petits boulots et je cherche dans l'ESS, surtout dans les ressourceries et l'économie circulaire.

Anouk Leroy
07 20 38 91 46""",
        truth=app("Anouk", "Leroy", phone="+33720389146", bac=3, grad="2024", unknown=("graduation_recent",), status="year_2024_odd_jobs"),
    ),
    M(
        frm="Valentin Mallet <valentin.mallet@example.org>",
        subject="Pro'pulse",
        date="04 11:30",
        body="""Bonjour,

Je vous contacte pour le programme. Je suis diplômé d'un master en ingénierie de la concertation depuis mars 2026. J'hésite encore entre l'ESS et le privé classique, je cherche un peu partout.

Valentin Mallet
06 31 80 47 25""",
        truth=app("Valentin", "Mallet", phone="+33631804725", bac=5, grad="2026-03", unknown=("job_seeking_ess",), status="hesitant"),
    ),
    M(
        frm="Sabine Lefort <sabine.lefort@example.com>",
        subject="Candidature pour ma fille Manon",
        date="04 14:10",
        body="""Bonjour,

Ma fille Manon Lefort termine sa licence de psychologie cette année (juin 2027). Elle aimerait travailler ensuite dans une association. Pourrait-elle déjà s'inscrire ?

Bien cordialement,
Sabine Lefort""",
        truth=app("Manon", "Lefort", phone=None, bac="*", grad=None, email=None, forwarded_by="sabine.lefort@example.com", failing=("studies_finished",), status="parent_studying"),
    ),
    M(
        frm="Jérémy Chauvet <jeremy.chauvet@example.net>",
        subject="Pro'pulse candidature",
        date="04 16:48",
        cv=CV("docx", "CV_Jeremy_Chauvet.docx", """Jérémy Chauvet
Chargé de projet jeunesse
06 58 21 40 73 — jeremy.chauvet@example.net — Angers
Formation
BPJEPS Animation sociale — 2025
DUT Carrières sociales — IUT d'Angers
Expériences
Animateur, Maison de quartier des Hauts de Saint-Aubin (2023-2026)
Service civique, Unis-Cité (2022)"""),
        body="""Bonjour,

Je vous envoie mon CV pour le programme Pro'pulse. Je cherche un poste de coordinateur jeunesse dans une maison de quartier ou un centre social.

Jérémy Chauvet""",
        truth=app("Jérémy", "Chauvet", phone="+33658214073", bac=2, grad=None, unknown=("graduation_recent",), info_in="both", status="cv_dut_undated"),
    ),
    M(
        frm="Océane Barbier <oceane.barbier@example.org>",
        subject="Pro'pulse",
        date="04 19:30",
        body="""Bonjour,

Je suis diplômée d'un master (Sciences Po Bordeaux, 2025). Je cherche un poste.

Océane Barbier
06 14 92 37 85""",
        truth=app("Océane", "Barbier", phone="+33614923785", bac=5, grad="2025", unknown=("job_seeking_ess",), status="terse_no_ess"),
    ),
    M(
        frm="Lisa Mercier <lisa.mercier@example.com>",
        subject="Inscription Pro'pulse",
        date="05 08:40",
        body="""Bonjour,

Ayant obtenu mon BTS Économie sociale familiale en juin 2025, je recherche un emploi de conseillère en économie sociale et familiale. Je suis actuellement en mission d'intérim dans une CAF.

Lisa Mercier
06 39 20 81 74""",
        truth=app("Lisa", "Mercier", phone="+33639208174", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="esf_ambiguous_ess"),
    ),
    M(
        frm="Antonin Ruiz <antonin.ruiz@example.net>",
        subject="Pro'pulse",
        date="05 10:55",
        body="""Hola ! Bonjour,

J'ai fait un Grado en Educación Social à l'Université de Barcelone (fini en 2024). J'habite à Perpignan maintenant et je cherche un emploi dans une association d'éducation.

Antonin Ruiz
06 71 38 24 90""",
        truth=app("Antonin", "Ruiz", phone="+33671382490", bac="*", grad="2024", unknown=("graduation_recent",), status="grado_2024"),
    ),
    M(
        frm="Émilie Garnier <emilie.garnier@example.org>",
        subject="Candidature Pro'pulse",
        date="05 13:20",
        body="""Bonjour,

J'ai un diplôme d'école de commerce à l'étranger (Bachelor in Business, Vietnam), je ne sais pas à quel niveau il correspond en France. Je suis diplômée depuis juillet 2025 et je cherche un emploi dans le commerce équitable.

Émilie Garnier
07 39 81 24 56""",
        truth=app("Émilie", "Garnier", phone="+33739812456", bac="*", grad="2025-07", unknown=("degree_level",), status="foreign_unknown_level"),
    ),
    M(
        frm="Hugo Lemaire <hugo.lemaire@example.com>",
        subject="Pro'pulse",
        date="05 15:35",
        body="""Bonjour,

Je voudrais savoir si je peux candidater. Je cherche un emploi dans une coopérative agricole.

Hugo Lemaire
06 48 21 90 37""",
        truth=app("Hugo", "Lemaire", phone="+33648219037", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="aim_only"),
    ),
    M(
        frm="Paola Rinaldi <paola.rinaldi@example.net>",
        subject="Candidatura / candidature",
        date="05 18:00",
        body="""Bonjour,

Je suis italienne, j'ai une laurea in Servizio sociale (Università di Padova) obtenue en avril 2026. Je veux travailler comme assistante sociale dans une association française.

Paola Rinaldi
+39 347 123 4567""",
        truth=app("Paola", "Rinaldi", phone="+393471234567", bac=3, grad="2026-04", status="laurea_italian_phone"),
    ),
    M(
        frm="Manuel Costa <manuel.costa@example.org>",
        subject="Pro'pulse",
        date="06 09:45",
        body="""Bonjour,

Diplômé de l'INSA en juin 2025 (ingénieur génie énergétique). J'ai refusé deux CDI dans des grands groupes parce que je veux travailler pour une coopérative citoyenne d'énergie renouvelable. Je postule en ce moment chez Enercoop, Énergie Partagée et des centrales villageoises.

Manuel Costa
06 26 84 13 50""",
        truth=app("Manuel", "Costa", phone="+33626841350", bac=5, grad="2025-06", status="engineer_ess"),
    ),
    M(
        frm="Sophia Benmoussa <sophia.benmoussa@example.com>",
        subject="Pro'pulse",
        date="06 12:15",
        body="""Bonjour,

Je suis en dernière année d'école d'ingénieurs, je serai diplômée en septembre 2027. Je fais actuellement mon stage de fin d'études chez Phenix (anti-gaspillage). J'aimerais travailler dans l'ESS.

Sophia Benmoussa
07 42 18 39 06""",
        truth=app("Sophia", "Benmoussa", phone="+33742183906", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="engineering_student_intern"),
    ),
    M(
        frm="Raphaël Noël <raphael.noel@example.net>",
        subject="Pro'pulse",
        date="06 14:40",
        body="""Bonjour,

Je suis actuellement volontaire en service civique chez Emmaüs Connect, et ce jusqu'en avril. J'ai une licence pro (2025). Je chercherai ensuite dans le numérique solidaire.

Raphaël Noël
06 83 40 29 17""",
        truth=app("Raphaël", "Noël", phone="+33683402917", bac=3, grad="2025", failing=("not_service_civique",), status="civique_until_april"),
    ),
    M(
        frm="Charline Dumont <charline.dumont@example.org>",
        subject="Pro'pulse",
        date="06 17:00",
        body="""Bonjour,

Aide-soignante depuis sept ans, j'ai obtenu en juin 2026 une licence en sciences sanitaires et sociales en formation continue. Je voudrais quitter l'hôpital et changer de voie pour coordonner des projets dans une association de santé.

Charline Dumont
06 20 74 81 39""",
        truth=app("Charline", "Dumont", phone="+33620748139", bac=3, grad="2026-06", failing=("not_career_change",), status="career_change_caregiver"),
    ),
    M(
        frm="Vanessa Royer <vanessa.royer@example.com>",
        subject="Réponse automatique: Votre candidature",
        date="06 17:01",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Bonjour,

Je n'ai plus accès à cette boîte aux lettres. Merci d'écrire désormais à vanessa.royer.pro@example.com.""",
        truth=auto_reply(),
    ),
    M(
        frm="Elliot Martin <elliot.martin@example.net>",
        subject="Candidature",
        date="07 10:05",
        body="""Bonjour,

Je vous écris parce que je cherche à rejoindre un programme d'accompagnement. J'ai un master en études de genre (juin 2026, EHESS). Je ne sais pas encore dans quel secteur je veux travailler.

Elliot Martin
06 58 29 47 10""",
        truth=app("Elliot", "Martin", phone="+33658294710", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="undecided"),
    ),
    M(
        frm="Nadia Lounis <nadia.lounis@example.org>",
        subject="Pro'pulse",
        date="07 12:30",
        cv=CV("pdf", "Nadia_Lounis_CV.pdf", """NADIA LOUNIS
Marseille
06 42 90 18 37
nadia.lounis@example.org
Master 2 Sociologie - Aix-Marseille Université
Licence Sociologie - Aix-Marseille Université - 2022
Bénévole, Secours populaire
Enquêtrice, Observatoire social (CDD 2024)"""),
        body="""Bonjour,

Je vous adresse ma candidature pour Pro'pulse. Je cherche un emploi de chargée d'études dans une association ou une fédération.

Nadia Lounis""",
        truth=app("Nadia", "Lounis", phone="+33642901837", bac=5, grad=None, unknown=("graduation_recent",), info_in="both", status="cv_master_undated"),
    ),
    M(
        frm="Gilles Bertrand <gilles.bertrand@example.com>",
        subject="Demande de précisions",
        date="07 14:45",
        body="""Bonjour,

Je suis chargé de partenariats dans une fondation d'entreprise. Nous aimerions soutenir financièrement un programme d'insertion des jeunes diplômés. Pourriez-vous nous envoyer votre dernier rapport d'activité ?

Gilles Bertrand""",
        truth=other(),
    ),
    M(
        frm="Julien Roche <julien.roche@example.net>",
        subject="Pro'pulse",
        date="07 16:20",
        body="""Bonjour,

J'ai terminé une licence d'informatique en 2025, je suis développeur et je cherche à mettre mes compétences au service d'une association ou d'une coopérative du numérique libre. Je n'ai jamais travaillé ailleurs.

Julien Roche
07 81 20 39 46""",
        truth=app("Julien", "Roche", phone="+33781203946", bac=3, grad="2025", status="dev_libre"),
    ),
    M(
        frm="Martine Aubert <martine.aubert@example.org>",
        subject="question pour mon petit-fils",
        date="07 18:00",
        body="""Bonjour,

Mon petit-fils cherche du travail, est-ce que votre programme est gratuit et pour quel âge ?

Merci,
Martine Aubert""",
        truth=question(),
    ),
    M(
        frm="Elsa Perrin <elsa.perrin@example.com>",
        subject="Pro'pulse",
        date="08 09:30",
        body="""Bonjour,

J'ai obtenu mon diplôme d'État d'infirmière en juillet 2025 mais je ne veux pas exercer à l'hôpital. Je voudrais travailler dans la prévention santé dans une association, par exemple Aides ou Médecins du Monde.

Elsa Perrin
06 38 91 24 70""",
        truth=app("Elsa", "Perrin", phone="+33638912470", bac=3, grad="2025-07", status="nurse_first_job"),
    ),
    M(
        frm="Martin Dubreuil <martin.dubreuil@example.net>",
        subject="Candidature",
        date="08 11:50",
        body="""Bonjour,

Je suis en dernière année de master, en alternance chez Groupe SOS. Je finis en septembre 2027.

Martin Dubreuil
06 21 84 37 59""",
        truth=app("Martin", "Dubreuil", phone="+33621843759", bac="*", grad=None, failing=("studies_finished",), unknown=("job_seeking_ess",), status="studying_alternance"),
    ),
    M(
        frm="Zineb Ouali <zineb.ouali@example.org>",
        subject="Pro'pulse - candidature",
        date="08 14:30",
        body="""Bonjour,

J'ai obtenu une licence en études françaises à l'Université Hassan II de Casablanca (2023) puis un master 1 FLE à Montpellier en 2025. Aujourd'hui je cherche un poste de formatrice en français dans une association d'alphabétisation.

Zineb Ouali
07 36 90 21 48""",
        truth=app("Zineb", "Ouali", phone="+33736902148", bac=4, grad="2025", status="foreign_then_m1"),
    ),
    M(
        frm="Léo Garnier <leo.garnier@example.com>",
        subject="Pro'pulse",
        date="08 17:12",
        html="only",
        body="""Bonjour, je voudrais participer à Pro'pulse.

Je suis diplômé d'un BTS Gestion de la PME (2026).

Je cherche dans une SCOP ou une association.

Léo Garnier 06 90 48 21 37""",
        truth=app("Léo", "Garnier", phone="+33690482137", bac=2, grad="2026", status="html_only_bts"),
    ),
    M(
        frm="Newsletter Animafac <lettre@animafac.example.org>",
        subject="La lettre d'Animafac - novembre",
        date="08 07:00",
        headers={"List-Unsubscribe": "<https://animafac.example.org/lettre/desinscription>", "Precedence": "bulk"},
        html="both",
        body="""La lettre d'Animafac

Ce mois-ci : les rencontres nationales des associations étudiantes, un guide pour financer vos projets, et les candidatures Pro'pulse sont ouvertes !

Se désinscrire""",
        truth=newsletter(),
    ),
    M(
        frm="Alicia Ferreira <alicia.ferreira@example.net>",
        subject="Re: candidature",
        date="09 10:30",
        body="""Bonjour,

Je vous avais écrit en octobre mais je n'ai pas eu de réponse, alors je renvoie ma candidature. J'ai un master 2 en gestion de projets culturels (septembre 2025) et je cherche un emploi dans une association culturelle.

Alicia Ferreira
06 47 81 29 30""",
        truth=app("Alicia", "Ferreira", phone="+33647812930", bac=5, grad="2025-09", status="re_subject_no_thread"),
    ),
    M(
        frm="Martin Lopez <martin.lopez@example.org>",
        subject="Pro'pulse",
        date="09 13:10",
        body="""Bonjour,

J'ai un bac+3 en communication (2025), et je suis actuellement en stage jusqu'en janvier dans une agence de pub. Après je cherche dans l'ESS.

Martin Lopez
06 73 20 91 84""",
        truth=app("Martin", "Lopez", phone="+33673209184", bac=3, grad="2025", failing=("not_internship",), status="bac3_literal_intern"),
    ),
    M(
        frm="Louna Rivière <louna.riviere@example.com>",
        subject="Candidature",
        date="09 15:40",
        body="""Bonjour,

Après ma licence de sociologie en 2025 je n'ai pas fait de master. Depuis je suis animatrice dans un centre de loisirs municipal en contrat précaire. Mon rêve : travailler dans une association d'éducation populaire. J'envoie des candidatures aux Francas et à la Ligue de l'enseignement.

Louna Rivière
07 31 84 29 05""",
        truth=app("Louna", "Rivière", phone="+33731842905", bac=3, grad="2025", status="reve_education_pop"),
    ),
    M(
        frm="Kévin Marchal <kevin.marchal@example.net>",
        subject="RE: Vos disponibilités [PP-412]",
        date="09 18:00",
        body="""Bonjour, je suis disponible lundi et jeudi matin. Kévin""",
        truth=reply(),
    ),
    M(
        frm="Nina Garcia <nina.garcia@example.org>",
        subject="Pro'pulse",
        date="10 09:10",
        body="""Bonjour,

Je viens de finir mon service civique chez Unis-Cité (octobre). J'ai un BTS SP3S. Je cherche un poste d'accompagnement dans une association.

Nina Garcia
06 28 41 79 30""",
        truth=app("Nina", "Garcia", phone="+33628417930", bac=2, grad=None, unknown=("graduation_recent",), status="past_civique_no_date"),
    ),
    M(
        frm="Benjamin Klein <benjamin.klein@example.com>",
        subject="Pro'pulse",
        date="10 11:20",
        body="""Bonjour,

J'ai travaillé trois ans en startup après mon école de commerce (2023), et je cherche à me réorienter vers l'entrepreneuriat social.

Benjamin Klein
06 39 84 20 15""",
        truth=app("Benjamin", "Klein", phone="+33639842015", bac=5, grad="2023", failing=("graduation_recent", "not_career_change"), status="reorientation"),
    ),
    M(
        frm="Ana Sousa <ana.sousa@example.net>",
        subject="application",
        date="10 14:00",
        body="""Hi, my name is Ana, I finished my licence in sociology at Université Lyon 2 this year and I would like to join your programme to find a job in an association.

Ana Sousa
07 44 28 91 60""",
        truth=app("Ana", "Sousa", phone="+33744289160", bac=3, grad="2026", language="en", status="en_this_year"),
    ),
    M(
        frm="Valérie Simon <v.simon@francetravail.example.fr>",
        subject="Candidature de M. Lucas Bernard",
        date="10 16:30",
        body="""Bonjour,

Je vous présente M. Lucas Bernard, demandeur d'emploi inscrit dans notre agence. Il dispose d'un niveau bac+2 (DUT) et souhaite travailler dans une association environnementale. Il est disponible immédiatement.

Coordonnées de M. Bernard : lucas.bernard@example.com — 06 91 20 37 84.

Valérie Simon
Conseillère France Travail""",
        truth=app("Lucas", "Bernard", phone="+33691203784", bac=2, grad=None, email="lucas.bernard@example.com", forwarded_by="v.simon@francetravail.example.fr", unknown=("graduation_recent",), status="adviser_no_date"),
    ),
    M(
        frm="Cécile Duval <cecile.duval@example.org>",
        subject="Renseignements sur le programme",
        date="10 18:45",
        body="""Bonjour,

Faut-il être inscrit à France Travail pour participer ? Et le programme est-il compatible avec un emploi à temps partiel ?

Merci d'avance,
Cécile""",
        truth=question(),
    ),
    M(
        frm="Malik Diop <malik.diop@example.com>",
        subject="Pro'pulse",
        date="11 08:50",
        body="""Bonjour,

J'ai obtenu mon master en management des ONG en juin 2024. Depuis, j'ai fait un volontariat de solidarité internationale au Sénégal (terminé en octobre). Je cherche maintenant un poste de chef de projet dans une ONG.

Malik Diop
06 37 20 84 19""",
        truth=app("Malik", "Diop", phone="+33637208419", bac=5, grad="2024-06", failing=("graduation_recent",), status="vsi_old"),
    ),
    M(
        frm="Apolline Roux <apolline.roux@example.net>",
        subject="Pro'pulse - ma candidature",
        date="11 11:00",
        body="""Bonjour,

Je suis diplômée de Sciences Po Lille (2025). J'ai fait mon stage de fin d'études au Secours catholique. Je souhaite travailler dans le plaidoyer.

Apolline Roux
06 52 84 39 17""",
        truth=app("Apolline", "Roux", phone="+33652843917", bac=5, grad="2025", unknown=("job_seeking_ess",), status="plaidoyer_ambiguous"),
    ),
    M(
        frm="Ethan Mercier <ethan.mercier@example.org>",
        subject="candidature pro'pulse",
        date="11 13:40",
        body="""Bonjour,

Je suis titulaire d'une licence de géographie (juin 2026) et je suis en service civique depuis le 2 novembre au sein d'une association de protection de la nature. Pour l'instant je ne cherche pas d'emploi, mais je voulais connaître le programme.

Ethan Mercier
06 20 39 48 71""",
        truth=app("Ethan", "Mercier", phone="+33620394871", bac=3, grad="2026-06", failing=("not_service_civique", "job_seeking_ess"), status="civique_not_seeking"),
    ),
    M(
        frm="Clarisse Benoit <clarisse.benoit@example.com>",
        subject="Pro'pulse",
        date="11 15:15",
        body="""Bonjour,

J'ai une licence d'anglais. J'ai aussi un master que je n'ai pas terminé. Je cherche un emploi dans une association qui accueille des réfugiés.

Clarisse Benoit
07 80 41 29 36""",
        truth=app("Clarisse", "Benoit", phone="+33780412936", bac=3, grad=None, unknown=("graduation_recent",), status="licence_undated_master_unfinished"),
    ),
    M(
        frm="Hélio Santos <helio.santos@example.net>",
        subject="Pro'pulse",
        date="11 17:40",
        cv=CV("docx", "HelioSantos.docx", """Hélio SANTOS
Lyon — 06 84 29 13 70 — helio.santos@example.net
Formation
2019 — Licence professionnelle Logistique
Expériences
2019-2026 — Chef d'équipe logistique, entrepôt
Projet : me reconvertir dans la logistique d'une banque alimentaire"""),
        body="""Bonjour, voici mon CV.""",
        truth=app("Hélio", "Santos", phone="+33684291370", bac=3, grad="2019", failing=("graduation_recent", "not_career_change"), info_in="cv", status="cv_career_change"),
    ),
    M(
        frm="Mail Delivery System <MAILER-DAEMON@smtp.example.net>",
        subject="Undelivered Mail Returned to Sender",
        date="12 09:00",
        body="""This is the mail system at host smtp.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<theo.girard@example.net>: host mx.example.net said: 552 5.2.2 Mailbox full""",
        bounce="""Reporting-MTA: dns; smtp.example.net
X-Postfix-Queue-ID: 4Fh2k1x
Arrival-Date: Thu, 12 Nov 2026 08:59:58 +0100

Final-Recipient: rfc822; theo.girard@example.net
Original-Recipient: rfc822;theo.girard@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
        truth=bounce("theo.girard@example.net"),
    ),
    M(
        frm="Rose Lambert <rose.lambert@example.org>",
        subject="Pro'pulse",
        date="12 11:30",
        body="""Bonjour !

Diplômée en juin 2026 (licence pro animation sociale), je cherche un poste d'animatrice en EHPAD associatif ou en résidence autonomie. Je ne suis ni étudiante, ni stagiaire, ni en service civique.

Rose Lambert
06 73 41 28 95""",
        truth=app("Rose", "Lambert", phone="+33673412895", bac=3, grad="2026-06", status="ni_ni_ni"),
    ),
    M(
        frm="Dylan Fabre <dylan.fabre@example.com>",
        subject="Pro'pulse",
        date="12 14:20",
        body="""Bonjour,

Je suis diplômé en juin 2026 d'un BTS. Je cherche du travail.

Dylan Fabre
06 49 82 31 07""",
        truth=app("Dylan", "Fabre", phone="+33649823107", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="bts_no_ess"),
    ),
    M(
        frm="Héloïse Marin <heloise.marin@example.net>",
        subject="Candidature Pro'pulse",
        date="12 16:50",
        body="""Madame, Monsieur,

Forte d'une expérience de six années en tant que responsable commerciale dans l'industrie pharmaceutique, et titulaire d'un master de marketing (2018), je souhaite désormais mettre mes compétences au service d'une structure de l'économie sociale et solidaire.

Héloïse Marin
06 20 84 37 91""",
        truth=app("Héloïse", "Marin", phone="+33620843791", bac=5, grad="2018", failing=("graduation_recent", "not_career_change"), status="formal_career_change"),
    ),
    M(
        frm="Alban Roger <alban.roger@example.org>",
        subject="Pro'pulse",
        date="13 09:40",
        body="""Bonjour,

J'ai une licence en sciences de l'éducation depuis 2025 et je suis en ce moment en stage dans une école Montessori, jusqu'à fin janvier. Je cherche un emploi dans l'éducation populaire ensuite.

Alban Roger
06 84 37 20 19""",
        truth=app("Alban", "Roger", phone="+33684372019", bac=3, grad="2025", failing=("not_internship",), status="intern_after_degree"),
    ),
]
