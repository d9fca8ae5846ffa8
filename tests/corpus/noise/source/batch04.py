"""Batch 4: franglais and code-switching, and scanned letters or CVs read by OCR («rn» for «m», «l» or «I»
for «1», «O» for «0»). Each message written by hand; the comment names its noise, the fact the noisy words
carry and those words."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from noise import N

MESSAGES = [
    # Noise: franglais — graduation — graduate d'un master en 2025
    N("franglais", "graduation", "graduate d'un master en juillet 2025", M(
        "Victor Lambert <victor.lambert@example.com>", "Candidature Pro'pulse", "02 10:00",
        """Hello,

Je suis graduate d'un master en juillet 2025 (social business, Paris-Dauphine) et je look for un job dans
l'ESS, genre impact manager dans une coop ou une asso. Let me know !

Victor""",
        app("Victor", "Lambert", phone=None, bac=5, grad="2025-07", status="graduate_master_juillet_2025"),
    )),
    # Noise: franglais — situation — en internship
    N("franglais", "situation", "je suis en internship", M(
        "Inès Berthier <ines.berthier@example.net>", "candidature", "03 12:30",
        """Hi !

Licence obtenue en juin 2026, et là je suis en internship chez une start-up de l'économie circulaire
jusqu'à fin février. After that, je veux un vrai job dans l'ESS.

Inès""",
        app("Inès", "Berthier", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="en_internship_fevrier"),
    )),
    # Noise: franglais — career_change — career switch
    N("franglais", "career_change", "mon career switch", M(
        "Julien Fabre <julien.fabre@example.org>", "Pro'pulse application", "04 09:20",
        """Bonjour,

Après 7 ans de consulting en CDI chez un Big Four, j'ai fait mon career switch : master ESS obtenu en
septembre 2026. Je cherche un rôle de head of partnerships dans une fondation.

Julien Fabre""",
        app("Julien", "Fabre", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="career_switch_consulting"),
    )),
    # Noise: franglais — aim — dans la tech, whatever
    N("franglais", "aim", "dans la tech, whatever", M(
        "Kenzo Vannier <kenzo.vannier@example.com>", "candidature", "05 14:14",
        """Hey,

Bachelor en marketing obtenu en juin 2025. Je cherche un job dans la tech, whatever la boîte, du moment
que c'est full remote. Votre coaching peut m'aider ?

Kenzo""",
        app("Kenzo", "Vannier", phone=None, bac=3, grad="2025-06", failing=["job_seeking_ess"],
            status="job_tech_whatever"),
    )),
    # Noise: franglais — studies_finished — still studying
    N("franglais", "studies_finished", "je suis still studying", M(
        "Margot Deschamps <margot.deschamps@example.fr>", "question + candidature", "06 11:00",
        """Hello,

J'ai une licence depuis 2025 (juin) et je suis still studying en M1 management de projets solidaires,
until June. Mais je veux déjà apply pour un job dans l'ESS.

Margot""",
        app("Margot", "Deschamps", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="still_studying_m1"),
    )),
    # Noise: franglais — situation — gap year
    N("franglais", "situation", "no internship, no service civique", M(
        "Axel Perret <axel.perret@example.org>", "Candidature", "07 08:45",
        """Bonjour,

Master 2 développement durable, graduated en septembre 2025. Currently : no internship, no service
civique, juste du job hunting dans l'ESS (coops énergie, associations environnement).

Axel Perret""",
        app("Axel", "Perret", phone=None, bac=5, grad="2025-09", status="no_internship_no_sc"),
    )),
    # Noise: franglais — level — un associate degree
    N("franglais", "level", "un associate degree", M(
        "Sabrina Collet <sabrina.collet@example.net>", "candidature", "08 16:40",
        """Bonjour,

J'ai un associate degree en gestion d'un college californien, obtenu en mai 2025, et je suis back en
France. Je cherche un job dans une asso ou une coop.

Sabrina Collet""",
        app("Sabrina", "Collet", phone=None, bac=None, grad="2025-05", unknown=["degree_level"],
            status="associate_degree_californie"),
    )),
    # Noise: franglais — graduation — graduated back in 2023
    N("franglais", "graduation", "graduated back in 2023", M(
        "Thomas Weber <thomas.weber@example.com>", "Pro'pulse", "09 13:25",
        """Hello,

Master en sciences politiques, graduated back in 2023, puis deux ans de freelance. Now je veux vraiment
bosser dans l'ESS, plaidoyer ou policy dans une asso.

Thomas""",
        app("Thomas", "Weber", phone=None, bac=5, grad="2023", failing=["graduation_recent"],
            status="graduated_back_2023"),
    )),
    # Noise: franglais — situation — volunteering en service civique
    N("franglais", "situation", "volunteering en service civique", M(
        "Alix Morin <alix.morin@example.fr>", "candidature", "10 10:50",
        """Hi,

BUT obtenu en juin 2026, je suis currently volunteering en service civique chez les Petits Frères des
Pauvres, until juillet. Je veux join votre programme après ?

Alix""",
        app("Alix", "Morin", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            unknown=["job_seeking_ess"], status="volunteering_service_civique"),
    )),
    # Noise: franglais — aim — impact job dans l'ESS
    N("franglais", "aim", "un impact job dans l'ESS", M(
        "Rose Carpentier <rose.carpentier@example.org>", "candidature Pro'pulse", "11 15:00",
        """Bonjour,

BTS communication, obtenu en juillet 2025. Je suis full time en recherche d'un impact job dans l'ESS,
idéalement community manager pour une asso.

Rose""",
        app("Rose", "Carpentier", phone=None, bac=2, grad="2025-07", status="impact_job_ess"),
    )),
    # Noise: franglais — kind — quick question
    N("franglais", "kind", "quick question", M(
        "Ben Laurent <ben.laurent@example.com>", "quick question", "12 09:00",
        """Hey, quick question : le programme est-il open aux profils international ? Thanks !""",
        question(),
    )),
    # Noise: franglais — kind — out of office
    N("franglais", "kind", "Out of office", M(
        "Clara Nguyen <clara.nguyen@example.net>", "Out of office : Pro'pulse", "12 10:00",
        """Out of office jusqu'au 18/11, je reviens vers vous asap. Best, Clara""",
        auto_reply(),
    )),
    # Noise: franglais — kind — save the date
    N("franglais", "kind", "Save the date", M(
        "Impact Hub <events@impacthub.example.org>", "Save the date : Impact Night", "13 07:30",
        """Save the date ! Impact Night le 10 décembre, networking et pitchs de social entrepreneurs.
Unsubscribe : https://impacthub.example.org/unsub""",
        newsletter(),
    )),
    # Noise: ocr — graduation — rnon rnaster en 2O25
    N("ocr", "graduation", "obtenu rnon rnaster", M(
        "Nicole Petit <nicole.petit@example.fr>", "Candidature (lettre scannée)", "13 11:40",
        """Bonjour, je vous envoie le texte de ma lettre, scannée à la médiathèque :

Madarne, Monsieur,
J'ai obtenu rnon rnaster Économie sociale et solidaire en juin 2O25 à l'université de Poitiers. Je
recherche activernent un ernploi dans une association d'insertion.
Nicole Petit""",
        app("Nicole", "Petit", phone=None, bac=5, grad="2025-06", status="ocr_rnaster_2025"),
    )),
    # Noise: ocr — situation — en stage jusqu'au 3l janvier
    N("ocr", "situation", "en stage jusqu'au 3l janvier", M(
        "Marius Fleury <marius.fleury@example.org>", "lettre de motivation", "14 09:10",
        """(texte reconnu depuis le scan de ma lettre)

Licence professionnelle obtenue en juin 2O26. Je suis actuellernent en stage jusqu'au 3l janvier
2O27 dans une épicerie solidaire ; je souhaite ensuite travailler dans l'ESS.
Marius Fleury""",
        app("Marius", "Fleury", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="ocr_stage_3l_janvier"),
    )),
    # Noise: ocr — graduation — BTS 2Ol9
    N("ocr", "graduation", "BTS ESF obtenu en 2Ol9", M(
        "Evelyne Moreau <evelyne.moreau@example.net>", "Candidature", "14 14:20",
        """Bonjour,

Texte de ma lettre (scan) :
« Titulaire d'un BTS ESF obtenu en 2Ol9, je souhaite rejoindre une association d'aide aux farnilles. »

Evelyne Moreau""",
        app("Evelyne", "Moreau", phone=None, bac=2, grad="2019", failing=["graduation_recent"],
            status="ocr_bts_2019"),
    )),
    # Noise: ocr — level — Baccalauréat l'an
    N("ocr", "level", "Bac + l", M(
        "Tiphaine Roy <tiphaine.roy@example.com>", "candidature", "15 10:30",
        """Bonjour, voici mon courrier scanné (reconnaissance de texte) :

Niveau d'études : Bac + l (prernière année de licence validée en 2O25, puis arrêt).
Je cherche un ernploi dans l'ESS.
Tiphaine Roy""",
        app("Tiphaine", "Roy", phone=None, bac=1, grad=None, failing=["degree_level"],
            status="ocr_bac_plus_1"),
    )),
    # Noise: ocr — career_change — I5 ans
    N("ocr", "career_change", "pendant I5 ans", M(
        "Didier Masson <didier.masson@example.fr>", "Candidature Pro'pulse", "15 15:45",
        """Madame, Monsieur,
(lettre scannée)
J'ai été cadre cornrnercial en CDI pendant I5 ans avant de reprendre rnes études : rnaster ESS validé
en septernbre 2O26. Je souhaite changer de rnétier et travailler dans une coopérative.
Didier Masson""",
        app("Didier", "Masson", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="ocr_cadre_15_ans"),
    )),
    # Noise: ocr — graduation — CV: Juin 2O25
    N("ocr", "graduation", "Juin 2O25 : Licence", M(
        "Aurore Blanchard <aurore.blanchard@example.org>", "Candidature + CV scanné", "16 09:00",
        """Bonjour,

Je vous joins mon CV (scanné). Je cherche un emploi dans l'économie sociale et solidaire.

Aurore Blanchard""",
        app("Aurore", "Blanchard", phone="+33645781230", bac=3, grad="2025-06", info_in="both",
            status="cv_ocr_licence_2025"),
        cv=CV("pdf", "scan_CV_Aurore.pdf", """
Aurore Blanchard
O6 45 78 l2 3O - aurore.blanchard@exarnple.org
FORMATlON
Juin 2O25 : Licence Sciences de l'éducation, Université de Rouen
EXPÉRlENCE
2O24 : anirnatrice BAFA, centre de loisirs (été)
"""),
    )),
    # Noise: ocr — situation — CV: Service civique (en cours)
    N("ocr", "situation", "Service civique (en cours", M(
        "Yohan Leclercq <yohan.leclercq@example.net>", "CV", "16 16:10",
        """Bonjour, mon CV scanné est en pièce jointe, merci de me dire si je peux candidater.
Yohan""",
        app("Yohan", "Leclercq", phone=None, bac=2, grad="2025-06", failing=["not_service_civique"],
            unknown=["job_seeking_ess"], info_in="cv", status="cv_ocr_service_civique_en_cours"),
        cv=CV("odt", "CV_Yohan_scan.odt", """
YOHAN LECLERCQ
FORMATION
2O25 (juin) : DUT Carrières sociales, IUT de Lille
EXPERlENCE
Depuis sept. 2O26 : Service civique (en cours, l0 rnois), Secours populaire
"""),
    )),
    # Noise: ocr — studies_finished — CV: en cours
    N("ocr", "studies_finished", "Master 2 (en cours, soutenance prévue", M(
        "Héloïse Garnier <heloise.garnier@example.com>", "Candidature", "17 10:40",
        """Bonjour,

Ci-joint mon CV (scan). Je souhaite rejoindre votre accompagnement pour trouver un poste dans l'ESS.

Héloïse""",
        app("Héloïse", "Garnier", phone=None, bac=3, grad="2025-07", unknown=["studies_finished"],
            info_in="both", status="cv_ocr_soutenance_prevue"),
        cv=CV("pdf", "CV_Heloise_Garnier.pdf", """
Héloïse Garnier
FORMATlON
2O26-2O27 : Master 2 (en cours, soutenance prévue le l8 décembre 2O26), Développement social, Lyon 2
Juillet 2O25 : Licence Sociologie
"""),
    )),
    # Noise: ocr — graduation — English: rny degree in 2O25
    N("ocr", "graduation", "rny Bachelor's degree in May 2O25", M(
        "Samuel Osei <samuel.osei@example.org>", "Application (scanned letter)", "17 15:15",
        """Dear Sir or Madam,
(text of my scanned letter)
I was awarded rny Bachelor's degree in May 2O25 (Social Work, University of Leeds) and I arn looking
for a job in a French association or cooperative of the social econorny.
Samuel Osei""",
        app("Samuel", "Osei", phone=None, bac=3, grad="2025-05", language="en",
            status="ocr_english_bachelor_2025"),
    )),
    # Noise: ocr — aim — ernploi dans l'ESS
    N("ocr", "aim", "un ernploi dans l'ESS", M(
        "Agnès Hubert <agnes.hubert@example.fr>", "candidature", "18 09:20",
        """Lettre scannée :
Diplôrnée d'un BTS SP3S (juillet 2O25), je recherche un ernploi dans l'ESS, de préférence dans une
association d'aide à dornicile. Je suis disponible irnrnédiaternent.
Agnès Hubert""",
        app("Agnès", "Hubert", phone=None, bac=2, grad="2025-07", status="ocr_ernploi_ess"),
    )),
    # Noise: ocr — kind — reçu de votre courrier
    N("ocr", "kind", "Nous accusons réception de votre courrier", M(
        "Conseil départemental <courrier@cd.example.fr>", "Accusé de réception", "18 11:00",
        """Nous accusons réception de votre courrier du 1O novernbre. ll sera traité dans les rneilleurs
délais. (Docurnent numérisé)""",
        other(),
    )),
    # Noise: ocr — kind — Undeliverable
    N("ocr", "kind", "Undeliverable", M(
        "Postmaster <postmaster@mx.example.org>", "Undeliverable: Pro'pulse", "18 12:10",
        """Undeliverable: your message to j.lacroix@example.org could not be delivered.""",
        bounce("j.lacroix@example.org"),
        bounce="""Reporting-MTA: dns; mx.example.org
Final-Recipient: rfc822; j.lacroix@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 recipient rejected""",
    )),
    # Noise: ocr — kind — rnerci pour votre réponse
    N("ocr", "kind", "rnerci pour votre réponse", M(
        "Nicole Petit <nicole.petit@example.fr>", "Re: Candidature (lettre scannée)", "19 09:00",
        """Bonjour, rnerci pour votre réponse, je viendrai à la réunion du 3 décernbre.

> Le 18 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Votre candidature est bien reçue ; une réunion d'accueil a lieu le 3 décembre.""",
        reply(), headers={"In-Reply-To": "<accueil.2201@animafac.net>"},
    )),
]
