# ruff: noqa: E501
"""Batch 3 — channel (c): a short body and an attached CV (PDF, DOCX or ODT) that completes, corrects or
contradicts it. The label follows the facts of both; when they disagree, the comment says which one decides
and why (the more precise or more recent fact).
"""

from kit import CV, M, app

MESSAGES = [
    # Channel: body + PDF. Body says «bac+5» loosely; the CV shows only a M1 (juin 2025) and a M2 «non validé, arrêté en mars 2026». Level = M1 (4); she left the M2, so studies are over. CV objective ESS. Eligible.
    M(
        frm="Amélie Dupont <amelie.dupont@example.com>",
        subject="Candidature - Amélie Dupont",
        date="02 08:40",
        body="""Bonjour,
Niveau bac+5 en gestion de projet, je vous envoie mon CV pour rejoindre Pro'pulse.
Amélie""",
        cv=CV("pdf", "Amelie_Dupont_CV.pdf", """Amélie Dupont
06 52 19 84 30 - amelie.dupont@example.com
Objectif : chargée de projet dans une association de solidarité internationale
Formation
2025-2026 : Master 2 Gestion de projets, Université d'Angers (non validé, arrêté en mars 2026)
2024-2025 : Master 1 Gestion de projets, Université d'Angers - obtenu en juin 2025
2024 : Licence AES"""),
        truth=app("Amélie", "Dupont", phone="+33652198430", bac=4, grad="2025-06", info_in="both", status="cv_m2_non_valide_body_bac5"),
    ),
    # Channel: body + DOCX. Body: «je suis disponible immédiatement»; CV: «Stage — septembre 2026 à février 2027 — Fondation X». Current internship contradicts «disponible»: the dated CV line decides.
    M(
        frm="Bastien Royer <bastien.royer@example.net>",
        subject="CV pour Pro'pulse",
        date="02 12:10",
        body="""Bonjour, je suis disponible immédiatement pour intégrer le programme et je cherche un emploi dans le mécénat ou une fondation. CV joint. Bastien Royer""",
        cv=CV("docx", "CV-Bastien-Royer.docx", """Bastien Royer
bastien.royer@example.net | 07 20 94 58 31
Formation
Master Management des organisations culturelles et solidaires - septembre 2026
Expérience
Septembre 2026 - février 2027 : stagiaire chargé de mécénat, Fondation du Bois-Joli
2025 : assistant de projet (CDD 4 mois), association Les Arts en Partage"""),
        truth=app("Bastien", "Royer", phone="+33720945831", bac=5, grad="2026-09", failing=("not_internship",), info_in="both", status="cv_stage_until_feb_body_dispo"),
    ),
    # Channel: body + ODT. Body has only the aim; the CV gives the diploma: DUT carrières juridiques 2025-07. Eligible.
    M(
        frm="Célia Hamon <celia.hamon@example.org>",
        subject="Pro'pulse",
        date="02 17:35",
        body="""Bonjour,
Je cherche un premier emploi de juriste assistante dans une association d'accès au droit. Vous trouverez mon parcours dans le CV ci-joint.
Célia Hamon""",
        cv=CV("odt", "Celia_Hamon.odt", """Célia Hamon
Rennes - 06 43 71 20 95
DUT Carrières juridiques, IUT de Rennes, juillet 2025
Bénévole à la permanence juridique d'une association de locataires (2025-2026)
Langues : anglais B2, espagnol B1"""),
        truth=app("Célia", "Hamon", phone="+33643712095", bac=2, grad="2025-07", info_in="both", status="cv_gives_dut_body_aim"),
    ),
    # Channel: body + PDF. Body: «j'ai terminé mes études»; CV: licence 2021 then jobs as sales rep until 2026. Old diploma + the CV shows a career (commercial 5 years) he leaves for ESS: career change.
    M(
        frm="Karim Ouali <karim.ouali@example.com>",
        subject="Rejoindre Pro'pulse",
        date="03 09:05",
        body="""Bonjour, j'ai terminé mes études et je souhaite m'orienter vers l'économie sociale et solidaire. Je joins mon CV.
Karim Ouali""",
        cv=CV("pdf", "CV_Karim_Ouali.pdf", """Karim Ouali
07 63 18 42 57
Expérience
2021-2026 : commercial terrain (CDI), distributeur de matériel médical
Formation
Licence commerce, Université de Strasbourg, 2021
Objectif : reconversion vers un poste de chargé de développement dans une coopérative"""),
        truth=app("Karim", "Ouali", phone="+33763184257", bac=3, grad="2021", failing=("graduation_recent", "not_career_change"), info_in="both", status="cv_commercial_reconversion"),
    ),
    # Channel: body + DOCX. Body «je suis diplômée en 2026»; CV gives the month (BTS juin 2026) and a past service civique (2024-2025). Eligible.
    M(
        frm="Lina Barbier <lina.barbier@example.net>",
        subject="candidature lina barbier",
        date="03 14:18",
        body="""bonjour, diplômée en 2026, je souhaite travailler dans une association de protection animale ou environnementale. mon cv est joint, merci de votre retour""",
        cv=CV("docx", "lina barbier cv.docx", """Lina Barbier
06 29 50 73 18 - lina.barbier@example.net
BTS Gestion et protection de la nature - juin 2026
Service civique - Ligue de protection des oiseaux - septembre 2024 à juin 2025
Permis B"""),
        truth=app("Lina", "Barbier", phone="+33629507318", bac=2, grad="2026-06", info_in="both", status="cv_month_past_civique"),
    ),
    # Channel: body + PDF. Empty body, subject «CV»; the CV: Master 2024 (year only), objective ESS. graduation unknown.
    M(
        frm="Nathan Roux <nathan.roux@example.org>",
        subject="CV",
        date="03 20:44",
        body="",
        cv=CV("pdf", "NathanRoux_CV_2026.pdf", """Nathan Roux
nathan.roux@example.org - 07 91 36 20 48
Je recherche un poste de chargé de mission dans l'économie sociale et solidaire
Master Politiques publiques et ESS - Sciences Po Lille - 2024
Expériences : CDD chargé d'études (2025), bénévolat AFEV"""),
        truth=app("Nathan", "Roux", phone="+33791362048", bac=5, grad="2024", unknown=("graduation_recent",), info_in="cv", status="cv_only_master_2024"),
    ),
    # Channel: body + ODT. Body: aim ESS; CV English-French with «Bachelor of Arts (UK), 2026-07». Eligible.
    M(
        frm="Hannah Clarke <hannah.clarke@example.com>",
        subject="Candidature Pro'pulse - Hannah Clarke",
        date="04 10:25",
        body="""Bonjour,
Franco-britannique installée à Bordeaux, je cherche mon premier emploi dans une association d'éducation à la citoyenneté. Mon CV est en pièce jointe.
Hannah""",
        cv=CV("odt", "Hannah_Clarke_CV.odt", """Hannah Clarke
Bordeaux - +44 7700 900 412 - hannah.clarke@example.com
Education
BA (Hons) Sociology, University of Leeds - July 2026
Experience
Volunteer, Citizens Advice Leeds (2024-2026)"""),
        truth=app("Hannah", "Clarke", phone="+447700900412", bac=3, grad="2026-07", info_in="both", status="cv_uk_ba"),
    ),
    # Channel: body + PDF. Body says «je viens de terminer mon service civique»; CV: «Service civique — mai 2026 à aujourd'hui». The CV, not updated, contradicts; the body is more recent → ended. Licence 2025-06. Eligible.
    M(
        frm="Maxime Girard <maxime.girard@example.net>",
        subject="Candidature",
        date="04 15:50",
        body="""Bonjour,
Je viens de terminer mon service civique (fin le 31 octobre) et je cherche désormais un emploi dans une association de sport pour tous. Mon CV n'est pas tout à fait à jour, désolé.
Maxime Girard""",
        cv=CV("pdf", "CV-Maxime-Girard.pdf", """Maxime Girard
06 74 28 91 05
Licence STAPS, Université de Caen, juin 2025
Service civique - Association Sport Ensemble - mai 2026 à aujourd'hui"""),
        truth=app("Maxime", "Girard", phone="+33674289105", bac=3, grad="2025-06", info_in="both", status="cv_outdated_civique_body_ended"),
    ),
    # Channel: body + DOCX. Body: no ESS word, «un boulot qui a du sens»; CV objective: «chargée d'accueil dans une structure d'insertion». ESS from the CV. Licence pro 2026-06. Eligible.
    M(
        frm="Agathe Leroy <agathe.leroy@example.org>",
        subject="Intégrer le programme",
        date="05 09:12",
        body="""Bonjour, je cherche un boulot qui a du sens, je vous joins mon CV. Bonne journée, Agathe""",
        cv=CV("docx", "CV_Agathe_Leroy.docx", """Agathe Leroy
agathe.leroy@example.org - 06 37 82 10 64
Objectif : chargée d'accueil et d'accompagnement dans une structure d'insertion par l'activité économique
Licence professionnelle Intervention sociale - juin 2026 - IUT de Tours"""),
        truth=app("Agathe", "Leroy", phone="+33637821064", bac=3, grad="2026-06", info_in="both", status="cv_objective_siae"),
    ),
    # Channel: body + PDF. Body: «en poste depuis 2020 comme aide-soignante» → the CV shows a DE infirmier 2026-07 obtained in promotion professionnelle; wants to leave care for coordination in an association. Career change.
    M(
        frm="Sonia Marques <sonia.marques@example.com>",
        subject="Candidature Pro'pulse",
        date="05 13:30",
        body="""Bonjour,
Aide-soignante en poste depuis 2020, j'ai obtenu mon diplôme d'infirmière cet été grâce à la promotion professionnelle. En réalité ce que je veux, c'est quitter le soin pour coordonner des projets dans une association de santé communautaire. CV joint.
Sonia Marques""",
        cv=CV("pdf", "Sonia_Marques_CV.pdf", """Sonia Marques
06 21 47 80 53
Diplôme d'État d'infirmière - IFSI de Limoges - juillet 2026
Diplôme d'État d'aide-soignante - 2019
Aide-soignante, EHPAD des Tilleuls (CDI) - depuis 2020"""),
        truth=app("Sonia", "Marques", phone="+33621478053", bac=3, grad="2026-07", failing=("not_career_change",), info_in="both", status="cv_aide_soignante_infirmiere"),
    ),
    # Channel: body + ODT. Body: «BTS en cours»; CV: BTS SP3S «2025-2027, 2e année en cours». Studies unfinished; only a bac. bac 0.
    M(
        frm="Enzo Fabre <enzo.fabre@example.net>",
        subject="Demande",
        date="05 18:47",
        body="""Bonjour, je suis en deuxième année de BTS et je voudrais savoir si je peux déjà m'inscrire pour trouver un travail dans une asso après. CV joint.
Enzo""",
        cv=CV("odt", "Enzo Fabre - CV.odt", """Enzo Fabre
07 35 60 12 89 - enzo.fabre@example.net
BTS Services et prestations des secteurs sanitaire et social - 2025-2027 (2e année en cours)
Baccalauréat ST2S - 2025"""),
        truth=app("Enzo", "Fabre", phone="+33735601289", bac=0, grad="2025", failing=("degree_level", "studies_finished"), info_in="both", status="cv_bts_en_cours_bac_2025"),
    ),
    # Channel: body + PDF. The CV is the only place with the phone and the date; body: «ni stage ni volontariat en ce moment». Master 2026-10. Eligible.
    M(
        frm="Jeanne Mercier <jeanne.mercier@example.com>",
        subject="Candidature spontanée – Pro'pulse",
        date="06 09:58",
        body="""Madame, Monsieur,
Ni stage ni volontariat en ce moment : je consacre tout mon temps à chercher un emploi de chargée de plaidoyer dans une ONG ou une association de défense des droits. Mon parcours figure dans le CV ci-joint.
Jeanne Mercier""",
        cv=CV("pdf", "Jeanne_Mercier_CV.pdf", """Jeanne Mercier
+33 6 48 20 71 39 - jeanne.mercier@example.com
Master Droits de l'homme et action humanitaire - Université de Strasbourg - octobre 2026
Licence de droit - 2024"""),
        truth=app("Jeanne", "Mercier", phone="+33648207139", bac=5, grad="2026-10", info_in="both", status="cv_ni_stage_ni_volontariat"),
    ),
    # Channel: body + DOCX. Body says «diplômé en juin 2025», the CV says «juin 2024». Contradiction on the only fact that decides: 2024-06 would be 29 months (too old), 2025-06 is 17 months. Cannot decide → graduation unknown; graduation field: none.
    M(
        frm="Loïc Barre <loic.barre@example.org>",
        subject="Candidature",
        date="06 14:21",
        body="""Bonjour, diplômé en juin 2025 d'une licence de géographie, je cherche un emploi dans une association d'éducation à l'environnement. Mon CV est joint.
Loïc Barre""",
        cv=CV("docx", "Loic_Barre.docx", """Loïc Barre
06 90 15 27 84
Licence Géographie et aménagement, Université de Tours - juin 2024
Animateur nature (saisonnier), été 2025 et été 2026"""),
        truth=app("Loïc", "Barre", phone="+33690152784", bac=3, grad=None, unknown=("graduation_recent",), info_in="both", status="cv_contradicts_body_year"),
    ),
    # Channel: body + ODT. Body: parent's words? No — own words, but the CV shows a doctoral contract in progress («doctorante contractuelle, 3e année»). Studies unfinished; master 2023-09 → old too.
    M(
        frm="Margot Lefèvre <margot.lefevre@example.net>",
        subject="Quitter la recherche pour l'ESS",
        date="07 10:35",
        body="""Bonjour,
Je voudrais quitter le monde académique et travailler dans une coopérative ou une association, mais je ne sais pas si mon profil correspond. Voici mon CV.
Margot""",
        cv=CV("odt", "CV_Margot_Lefevre.odt", """Margot Lefèvre
07 52 30 48 16 - margot.lefevre@example.net
Doctorante contractuelle en sociologie (3e année), Université de Nantes - thèse en cours, soutenance prévue fin 2027
Master 2 Sociologie - septembre 2023"""),
        truth=app("Margot", "Lefèvre", phone="+33752304816", bac=5, grad="2023-09", failing=("graduation_recent", "studies_finished"), info_in="both", status="cv_doctorante"),
    ),
    # Channel: body + PDF. Body: «j'ai quitté mon CDI de professeur des écoles»; CV: master MEEF 2025-06, professeur des écoles stagiaire 2025-2026 then titulaire, resigned 2026-10. Career change.
    M(
        frm="Quentin Faure <quentin.faure@example.com>",
        subject="Candidature après démission de l'Éducation nationale",
        date="07 16:02",
        body="""Bonjour,
Après un an et demi comme professeur des écoles, j'ai démissionné en octobre : je veux désormais travailler dans une association d'éducation populaire, hors de l'école. Mon CV est joint.
Quentin Faure""",
        cv=CV("pdf", "Quentin-Faure-CV.pdf", """Quentin Faure
06 17 84 29 30
Master MEEF premier degré - juin 2025
Professeur des écoles (stagiaire puis titulaire) - septembre 2025 à octobre 2026, académie de Lyon"""),
        truth=app("Quentin", "Faure", phone="+33617842930", bac=5, grad="2025-06", failing=("not_career_change",), info_in="both", status="cv_professeur_demission"),
    ),
    # Channel: body + DOCX. CV only has a «Licence 3 — en cours» line and body says «je termine ma licence en décembre» — the license ends next month. Unfinished; highest obtained not said (only bac inferable) → "*".
    M(
        frm="Clément Giraud <clement.giraud@example.org>",
        subject="Candidature",
        date="08 11:44",
        body="""Bonjour, je termine ma licence en décembre (semestre décalé) et je cherche déjà un emploi dans une association de solidarité. CV joint.
Clément""",
        cv=CV("docx", "Clement_Giraud_CV.docx", """Clément Giraud
07 80 63 15 42 - clement.giraud@example.org
Licence 3 Sciences sociales - en cours (fin décembre 2026)
Bénévole, banque alimentaire (2023-2026)"""),
        truth=app("Clément", "Giraud", phone="+33780631542", bac="*", grad=None, failing=("studies_finished",), info_in="both", status="cv_licence_ends_december"),
    ),
    # Channel: body + PDF. Body in English, CV in French: Spanish «grado» 2025-06 ("*"), seeks ESS. language en.
    M(
        frm="Lucía Fernández <lucia.fernandez@example.com>",
        subject="Application - Lucía Fernández",
        date="08 19:20",
        body="""Hello, I would like to join Pro'pulse. I live in Toulouse and I am looking for a job in a social enterprise or an NGO. Please find my CV attached (in French). Thank you, Lucía""",
        cv=CV("pdf", "CV_Lucia_Fernandez.pdf", """Lucía Fernández
Toulouse - 06 44 18 72 59 - lucia.fernandez@example.com
Grado en Trabajo Social, Universidad de Zaragoza - juin 2025
Bénévole à la Cimade (2025-2026)"""),
        truth=app("Lucía", "Fernández", phone="+33644187259", bac="*", grad="2025-06", language="en", info_in="both", status="cv_grado_body_en"),
    ),
    # Channel: body + ODT. Body «bac+2» literally; CV: «Titre professionnel Assistant(e) de direction (niveau 5) — mars 2026». Eligible if ESS: body says «dans une mutuelle ou une coopérative».
    M(
        frm="Kelly Boyer <kelly.boyer@example.net>",
        subject="Pro'pulse candidature",
        date="09 08:55",
        body="""Bonjour, j'ai un bac+2 (titre pro) et je cherche un poste d'assistante de direction dans une mutuelle ou une coopérative. Mon CV en pièce jointe.
Kelly Boyer""",
        cv=CV("odt", "CV Kelly Boyer.odt", """Kelly Boyer
06 97 31 40 28
Titre professionnel Assistant(e) de direction (niveau 5) - AFPA Marseille - mars 2026
Hôtesse d'accueil (intérim) 2023-2025"""),
        truth=app("Kelly", "Boyer", phone="+33697314028", bac=2, grad="2026-03", info_in="both", status="cv_titre_pro_niveau5"),
    ),
    # Channel: body + PDF. The CV objective is a private bank; the body says «pourquoi pas l'ESS, mais je vise surtout la finance». Job seeking ESS failing.
    M(
        frm="Arthur Lemaire <arthur.lemaire@example.com>",
        subject="Candidature programme",
        date="09 13:16",
        body="""Bonjour, pourquoi pas l'ESS, mais je vise surtout un poste d'analyste en banque d'investissement. Un accompagnement m'aiderait quand même. CV joint.
Arthur""",
        cv=CV("pdf", "Arthur_Lemaire_CV.pdf", """Arthur Lemaire
07 16 85 42 93
Master Finance de marché - Université Paris-Dauphine - septembre 2026
Objectif : analyste M&A"""),
        truth=app("Arthur", "Lemaire", phone="+33716854293", bac=5, grad="2026-09", failing=("job_seeking_ess",), info_in="both", status="cv_finance_pourquoi_pas_ess"),
    ),
    # Channel: body + DOCX. The CV lists «Service civique (terminé) : 2025» and «Stage (à venir) : janvier 2027». Future stage: not current. Licence 2026-06; ESS in body. Eligible.
    M(
        frm="Mélissa Colin <melissa.colin@example.org>",
        subject="candidature",
        date="10 10:40",
        body="""Bonjour, je cherche un emploi dans une association de médiation culturelle, même si j'ai une piste de stage pour janvier que je préférerais éviter. CV ci-joint. Mélissa""",
        cv=CV("docx", "Melissa_Colin_CV.docx", """Mélissa Colin
06 59 04 82 17 - melissa.colin@example.org
Licence Histoire de l'art - juin 2026
Service civique (terminé) : musée associatif, 2025
Stage (à venir) : janvier 2027, office de tourisme"""),
        truth=app("Mélissa", "Colin", phone="+33659048217", bac=3, grad="2026-06", info_in="both", status="cv_future_stage"),
    ),
    # Channel: body + PDF. Body: «plus de deux ans d'expérience en CDI» in an association; CV: licence 2023-06 (old) and a CDI since 2023 in an ESS association; he wants to change association. Old; and he is not seeking a first job but that is not a criterion; graduation fails.
    M(
        frm="Yann Le Goff <yann.legoff@example.net>",
        subject="Changement de poste",
        date="10 16:30",
        body="""Bonjour, après plus de deux ans en CDI dans une association d'insertion, j'aimerais changer de structure et rester dans l'ESS. Votre accompagnement est-il ouvert à mon profil ? CV joint.
Yann""",
        cv=CV("pdf", "Yann_Le_Goff.pdf", """Yann Le Goff
06 26 93 71 40
Chargé d'accompagnement (CDI) - Association Tremplin Emploi - depuis septembre 2023
Licence Sciences sociales - Université de Brest - juin 2023"""),
        truth=app("Yann", "Le Goff", phone="+33626937140", bac=3, grad="2023-06", failing=("graduation_recent",), info_in="both", status="cv_cdi_ess_old_licence"),
    ),
    # Channel: body + ODT. Body: «BTS et licence»; CV: BTS 2024-06, licence pro 2025-09 (the highest). Eligible.
    M(
        frm="Océane Blanc <oceane.blanc@example.com>",
        subject="Candidature Océane Blanc",
        date="11 09:48",
        body="""Bonjour,
J'ai un BTS et une licence, je cherche du travail dans une épicerie solidaire ou une association d'aide alimentaire. CV en pièce jointe.
Océane Blanc""",
        cv=CV("odt", "Oceane_Blanc_CV.odt", """Océane Blanc
07 47 26 19 83
Licence professionnelle Coordination de projets en économie solidaire - septembre 2025
BTS Diététique - juin 2024"""),
        truth=app("Océane", "Blanc", phone="+33747261983", bac=3, grad="2025-09", info_in="both", status="cv_bts_then_lp"),
    ),
    # Channel: body + DOCX. Body: «je suis en alternance» (present); CV: «Alternance — septembre 2024 à septembre 2026 — BUT» — the CV's dates show it ended in September. The body's present is loose; the dated line decides: ended. BUT 2026-09. ESS: «dans une SCOP». Eligible.
    M(
        frm="Théo Brunet <theo.brunet@example.org>",
        subject="Candidature Pro'pulse",
        date="11 14:05",
        body="""Bonjour, je suis en alternance depuis deux ans et je voudrais trouver un CDI dans une SCOP du bâtiment. CV joint.
Théo Brunet""",
        cv=CV("docx", "Theo_Brunet_CV.docx", """Théo Brunet
06 81 52 37 04 - theo.brunet@example.org
BUT Génie civil - construction durable - IUT d'Égletons - septembre 2026
Alternance : septembre 2024 à septembre 2026, SCOP Bâtir Ensemble (conducteur de travaux apprenti)"""),
        truth=app("Théo", "Brunet", phone="+33681523704", bac=3, grad="2026-09", info_in="both", status="cv_alternance_dates_ended"),
    ),
    # Channel: body + PDF. Body: «mon diplôme est en cours de validation par le jury (VAE)»; CV: VAE licence pro, jury in January 2027. Degree not yet obtained; highest before: bac (only) → bac 0? The CV shows a BTS 2019. So bac 2, 2019 → old; studies (VAE) unknown. Not eligible for the old BTS.
    M(
        frm="Nadège Lopez <nadege.lopez@example.net>",
        subject="Candidature",
        date="12 10:10",
        body="""Bonjour, mon diplôme de licence pro est en cours de validation par VAE (jury en janvier 2027). Je travaille comme animatrice depuis 2019 et je cherche un poste de coordinatrice dans une association. CV joint.
Nadège""",
        cv=CV("pdf", "Nadege_Lopez_CV.pdf", """Nadège Lopez
07 58 42 13 66
VAE Licence professionnelle Animation sociale - jury prévu en janvier 2027
BTS Tourisme - 2019
Animatrice en centre de loisirs associatif (CDI) - depuis 2019"""),
        truth=app("Nadège", "Lopez", phone="+33758421366", bac=2, grad="2019", failing=("graduation_recent",), unknown=("studies_finished",), info_in="both", status="cv_vae_en_cours"),
    ),
]
