"""Learners corpus, batch 03: the twelve features about twice each, levels held or not, services civiques,
a refugees' association's referral, a small ODT CV, a bounce from a Spanish server."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from learners import N

MESSAGES = [
    # Feature: english_calque — situation — je suis actuellement volontaire en service civique à l'AFEV jusqu'en avril
    N("english_calque", "situation", "je suis actuellement volontaire en service civique à l'AFEV jusqu'en avril", M(
        "Samuel Adeyemi <samuel.adeyemi@example.com>", "Application au programme Pro'pulse", "18 09:05",
        """Bonjour,

Je suis gradué de l'université de Poitiers avec une licence de sociologie, en juin 2026. Je suis actuellement volontaire en service civique à l'AFEV jusqu'en avril, je fais du mentorat avec des enfants.

Après, je regarde pour un emploi dans une association d'éducation. Je voudrais commencer le coaching maintenant si c'est possible.

Samuel Adeyemi
07 21 85 36 40""",
        app("Samuel", "Adeyemi", phone="+33721853640", bac=3, grad="2026-06", failing=("not_service_civique",), status="actuellement_volontaire_afev_avril"),
    )),
    # Feature: english_calque — level — je suis graduée d'un community college de Californie avec un associate degree
    # ambiguous: an American associate degree (two years of college) has no settled French level — level to check
    N("english_calque", "level", "je suis graduée d'un community college de Californie avec un associate degree", M(
        "Maria Santos Reyes <maria.santosreyes@example.net>", "candidature", "18 12:50",
        """Bonjour,

Je suis philippino-américaine, je vis à Lyon depuis un an avec mon mari. Je suis graduée d'un community college de Californie avec un associate degree en « human services », en mai 2025. C'est deux ans après le high school.

Je regarde pour un job dans une association d'aide sociale, j'ai fait beaucoup de volunteering aux États-Unis dans une food bank.

Merci,
Maria Santos Reyes
06 48 19 73 25""",
        app("Maria", "Santos Reyes", phone="+33648197325", bac="*", grad="2025-05", unknown=("degree_level",), status="associate_degree_california"),
    )),
    # Feature: romance_calque — level — j'ai fait seulement le premier an de la carrière
    N("romance_calque", "level", "j'ai fait seulement le premier an de la carrière", M(
        "Terre d'Asile Savoie <accompagnement@terre-asile73.example.org>", "Présentation de M. Diego Quispe", "18 16:15",
        """Bonjour,

Notre association accompagne des personnes réfugiées en Savoie. M. Diego Quispe, péruvien, réfugié statutaire, souhaite candidater ; il a écrit lui-même ce paragraphe :

« Bonjour, je m'appelle Diego. Au Pérou j'ai commencé la carrière d'anthropologie à l'université San Marcos, mais j'ai fait seulement le premier an de la carrière, après j'ai dû partir. Je suis en train de chercher travail dans une association ou une coopérative. »

Ses coordonnées : diego.quispe@example.com, 07 69 42 15 03.

Cordialement,
Hélène Morel, chargée d'accompagnement""",
        app("Diego", "Quispe", phone="+33769421503", bac=1, grad=None, failing=("degree_level",), email="diego.quispe@example.com", forwarded_by="accompagnement@terre-asile73.example.org", status="premier_an_carriere_lima"),
    )),
    # Feature: romance_calque — aim — je suis en train de chercher travail dans n'importe quoi, ce qui apparaît
    # ambiguous: «n'importe quoi, ce qui apparaît» (whatever turns up) — an ESS aim is not said, it is to check
    N("romance_calque", "aim", "je suis en train de chercher travail dans n'importe quoi, ce qui apparaît", M(
        "Rafael Oliveira <rafael.oliveira@example.org>", "candidatura", "19 08:35",
        """Bom dia,

J'ai terminé la carrière de gestion à l'université de Porto, licenciatura trois ans, et le mestrado à Lisbonne en juillet 2025. Je suis en France depuis mars.

Je suis en train de chercher travail dans n'importe quoi, ce qui apparaît : bureau, restaurant, associations. J'ai vu votre programme à la Mission locale.

Obrigado,
Rafael Oliveira
06 05 37 92 84""",
        app("Rafael", "Oliveira", phone="+33605379284", bac=5, grad="2025-07", unknown=("job_seeking_ess",), status="chercher_travail_nimporte_quoi"),
    )),
    # Feature: article_gender — graduation — j'ai eu le master en le mois de octobre 2024
    N("article_gender", "graduation", "j'ai eu le master en le mois de octobre 2024", M(
        "Olga Sokolova <olga.sokolova@example.fr>", "le candidature", "19 13:10",
        """Bonjour,

J'ai eu le master en le mois de octobre 2024, en le sociologie, à le université de Rennes 2. Après j'ai fait le bénévolat à le Secours populaire.

Je cherche le travail dans un association, le accompagnement des familles.

Olga Sokolova
07 30 64 81 29""",
        app("Olga", "Sokolova", phone="+33730648129", bac=5, grad="2024-10", failing=("graduation_recent",), status="le_master_octobre_2024"),
    )),
    # Feature: article_gender — career_change — mon seul travail c'est le job de étudiant à le fast-food
    N("article_gender", "career_change", "mon seul travail c'est le job de étudiant à le fast-food", M(
        "Babak Ahmadi <babak.ahmadi@example.com>", "candidature pro'pulse", "19 17:45",
        """Bonjour,

J'ai le licence de géographie à Tours, obtenu en juillet 2026. Mon seul travail c'est le job de étudiant à le fast-food, trois soirs par semaine pendant le licence.

Je cherche un poste dans un association de le environnement ou un coopérative de l'énergie.

Babak Ahmadi
06 83 26 40 71""",
        app("Babak", "Ahmadi", phone="+33683264071", bac=3, grad="2026-07", status="seul_job_etudiant_fast_food"),
    )),
    # Feature: verb_forms — level — moi avoir seulement le bac, pas université
    N("verb_forms", "level", "moi avoir seulement le bac, pas université", M(
        "Abdirahman Farah <abdirahman.farah@example.net>", "programme", "20 09:20",
        """Bonjour,

Moi avoir seulement le bac, pas université. Bac en 2023, à Djibouti. Moi vouloir travailler association, aider les jeunes.

Merci
Abdirahman Farah
07 58 03 19 62""",
        app("Abdirahman", "Farah", phone="+33758031962", bac=0, grad=None, failing=("degree_level",), status="moi_avoir_seulement_bac"),
    )),
    # Feature: verb_forms — studies_finished — j'ai sorti de l'école en juin 2026 avec le diplôme
    N("verb_forms", "studies_finished", "j'ai sorti de l'école en juin 2026 avec le diplôme", M(
        "Noura El Amrani <noura.elamrani@example.org>", "candidature Pro'pulse", "20 14:05",
        """Bonjour,

J'ai sorti de l'école en juin 2026 avec le diplôme d'État d'assistante de service social (DEASS, bac+3), à l'IRTS de Montpellier. J'ai pas d'autre formation en cours.

Je cherche un emploi dans une association d'accès aux droits ou un CCAS associatif.

Noura El Amrani
06 71 29 58 04""",
        app("Noura", "El Amrani", phone="+33671295804", bac=3, grad="2026-06", status="sorti_ecole_juin_2026"),
    )),
    # Feature: prepositions_time — situation — je suis en service civique à septembre, jusqu'à mai
    N("prepositions_time", "situation", "je suis en service civique à septembre, jusqu'à mai", M(
        "Ji-woo Kim <jiwoo.kim@example.com>", "candidature", "20 18:30",
        """Bonjour,

J'ai le master « coopération internationale » à Lille, en juin 2026. Je suis en service civique à septembre, jusqu'à mai, dans une association de solidarité internationale.

Je voudrais trouver un emploi dans l'ESS à la fin. Je peux participer au programme pendant ?

Ji-woo Kim
07 42 86 10 53""",
        app("Ji-woo", "Kim", phone="+33742861053", bac=5, grad="2026-06", failing=("not_service_civique",), status="service_civique_a_septembre_mai"),
    )),
    # Feature: prepositions_time — studies_finished — je finis la licence dans juin prochain
    N("prepositions_time", "studies_finished", "je finis la licence dans juin prochain", M(
        "Kofi Boateng <kofi.boateng@example.org>", "inscription", "21 09:40",
        """Bonjour,

Je suis en L3 d'économie-gestion à Amiens, je finis la licence dans juin prochain. J'ai un BTS en 2024 avant.

Je veux travailler dans une coopérative ou une mutuelle. Le programme commence à quand ?

Kofi Boateng
06 14 70 38 26""",
        app("Kofi", "Boateng", phone="+33614703826", bac=2, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), status="finis_licence_dans_juin"),
    )),
    # Feature: negation_forms — situation — je suis non stagiaire, non service civique
    N("negation_forms", "situation", "je suis non stagiaire, non service civique", M(
        "Anh Pham <anh.pham@example.net>", "candidature", "21 13:15",
        """Bonjour,

J'ai le master « management des organisations sociales » à Reims, en septembre 2025. Maintenant je suis non stagiaire, non service civique, rien, je cherche seulement.

Je veux un poste dans une association ou une entreprise d'insertion.

Pham Anh
07 93 05 62 18""",
        app("Anh", "Pham", phone="+33793056218", bac=5, grad="2025-09", status="non_stagiaire_non_service_civique"),
    )),
    # Feature: negation_forms — level — je n'ai pas jamais eu le bac, j'ai un CAP
    N("negation_forms", "level", "je n'ai pas jamais eu le bac, j'ai un CAP", M(
        "Siaka Coulibaly <siaka.coulibaly@example.com>", "candidature", "21 17:00",
        """Bonjour,

Je n'ai pas jamais eu le bac, j'ai un CAP cuisine en 2025, à Saint-Denis. Je veux travailler dans une association de cuisine solidaire, ou un restaurant d'insertion.

Siaka Coulibaly
06 60 42 93 17""",
        app("Siaka", "Coulibaly", phone="+33660429317", bac=0, grad=None, failing=("degree_level",), status="pas_jamais_bac_cap"),
    )),
    # Feature: phonetic_spelling — graduation — diplomée en sètanbre 2024
    N("phonetic_spelling", "graduation", "diplomée en sètanbre 2024", M(
        "Awa Sylla <awa.sylla@example.org>", "candidatur", "22 10:10",
        """Bonjour,

J'ai le mastère de sosiologi, diplomée en sètanbre 2024 à Paris 13. Je cherche un travaille dan une assosiation pour les fame.

Mersi
Awa Sylla
07 17 54 30 82""",
        app("Awa", "Sylla", phone="+33717543082", bac=5, grad="2024-09", failing=("graduation_recent",), status="diplomee_setanbre_2024"),
    )),
    # Feature: phonetic_spelling — situation — mon servis sivik il é fini dépui septanbr
    N("phonetic_spelling", "situation", "mon servis sivik il é fini dépui septanbr", M(
        "Mamadou Barry <mamadou.barry@example.net>", "candidatur pro'pulse", "22 14:35",
        """Bonjour,

J'ai le DUT carièr juridik, diplomé en juin 2025. Mon servis sivik il é fini dépui septanbr.

Je cherch un travaille dan l'économi social é solidèr, dan une assosiation de droi.

Mamadou Barry
06 39 81 27 45""",
        app("Mamadou", "Barry", phone="+33639812745", bac=2, grad="2025-06", status="servis_sivik_fini_septanbr"),
    )),
    # Feature: foreign_systems_in_french — level — c'est équivalent bac+4 selon l'attestation ENIC-NARIC
    N("foreign_systems_in_french", "level", "c'est équivalent bac+4 selon l'attestation ENIC-NARIC", M(
        "Rami Khoury <rami.khoury@example.fr>", "candidature Pro'pulse", "22 18:20",
        """Bonjour,

J'ai un bachelor de quatre ans en travail social de l'Université libanaise, Beyrouth, juillet 2025 : c'est équivalent bac+4 selon l'attestation ENIC-NARIC que j'ai reçue en octobre. CV joint.

Je cherche un poste dans une association d'accueil de migrants ou une fondation.

Rami Khoury
07 64 28 15 93""",
        app("Rami", "Khoury", phone="+33764281593", bac=4, grad="2025-07", info_in="both", status="equivalent_bac4_enic_naric"),
        cv=CV("odt", "CV_Rami_Khoury.odt", """Rami KHOURY
Travailleur social
Formation
2025 : Bachelor en travail social (4 ans), Université libanaise — attestation de comparabilité ENIC-NARIC : bac+4
Expérience
2024-2025 : bénévole, centre communautaire de Bourj Hammoud
Langues : arabe, français, anglais, arménien (notions)"""),
    )),
    # Feature: foreign_systems_in_french — studies_finished — du master 2 à Yaoundé, la soutenance n'est pas encore programmée
    # ambiguous: a defence not yet scheduled — the master 2 is not obtained yet, studies to check; the master 1's year alone is 2024
    N("foreign_systems_in_french", "studies_finished", "du master 2 à Yaoundé, la soutenance n'est pas encore programmée", M(
        "Christelle Mbarga <christelle.mbarga@example.com>", "candidature", "23 09:00",
        """Bonjour,

J'ai le master 1 de sociologie de l'université de Yaoundé I, en 2024, système LMD. J'ai fini les cours du master 2 à Yaoundé, la soutenance n'est pas encore programmée, l'université est en retard.

Je suis à Bordeaux depuis le début de l'année. Je cherche un emploi dans une association de développement local.

Christelle Mbarga
06 26 91 47 08""",
        app("Christelle", "Mbarga", phone="+33626914708", bac=4, grad="2024", unknown=("graduation_recent", "studies_finished"), status="soutenance_yaounde_pas_programmee"),
    )),
    # Feature: code_switching — aim — bghit nkhdem m3a les jeunes f'une association
    N("code_switching", "aim", "bghit nkhdem m3a les jeunes f'une association", M(
        "Yousra Benjelloun <yousra.benjelloun@example.org>", "candidature", "23 12:40",
        """Salam, bonjour,

Licence pro « intervention sociale » à Lyon 2, juillet 2026. Bghit nkhdem m3a les jeunes f'une association, like a youth worker, dans un quartier. Pas d'entreprise classique pour moi.

Merci beaucoup, choukran,
Yousra Benjelloun
07 05 83 61 29""",
        app("Yousra", "Benjelloun", phone="+33705836129", bac=3, grad="2026-07", status="bghit_nkhdem_association"),
    )),
    # Feature: code_switching — graduation — graduated in 2024, je sais plus le mois, sorry
    # ambiguous: a year alone in 2024 — recent or not depends on the month (convention: open)
    N("code_switching", "graduation", "graduated in 2024, je sais plus le mois, sorry", M(
        "Tomasz Wiśniewski <tomasz.wisniewski@example.net>", "candidature Pro'pulse", "23 17:15",
        """Hello, bonjour,

Master en gestion des associations, Université Paris-Saclay, graduated in 2024, je sais plus le mois, sorry, c'est sur le diplôme à la maison de mes parents. Je cherche un job dans une asso ou une fondation, coordination de bénévoles.

Cheers,
Tomasz Wiśniewski
06 87 12 54 30""",
        app("Tomasz", "Wiśniewski", phone="+33687125430", bac=5, grad="2024", unknown=("graduation_recent",), status="graduated_2024_mois_oublie"),
    )),
    # Feature: machine_translated — situation — en cours d'accomplissement d'un engagement volontaire auprès d'une organisation caritative
    # ambiguous: a «volontariat» of unstated kind (service civique or not) — to check
    N("machine_translated", "situation", "en cours d'accomplissement d'un engagement volontaire auprès d'une organisation caritative", M(
        "Nguyen Van Duc <vanduc.nguyen@example.com>", "Requête d'adhésion à votre programme d'accompagnement", "24 08:30",
        """Madame, Monsieur,

Par la présente, je sollicite humblement mon admission à votre programme. Je suis titulaire d'un diplôme de master en développement territorial, délivré par l'Université de Rouen au mois de septembre 2025.

Je suis présentement en cours d'accomplissement d'un engagement volontaire auprès d'une organisation caritative, et j'ambitionne ensuite d'occuper un emploi dans le secteur de l'économie sociale et solidaire.

Veuillez recevoir l'assurance de ma considération la plus haute.

Nguyen Van Duc
Tél. : 07 28 47 93 61""",
        app("Van Duc", "Nguyen", phone="+33728479361", bac=5, grad="2025-09", unknown=("not_service_civique",), status="engagement_volontaire_caritatif"),
    )),
    # Feature: machine_translated — career_change — je n'ai exercé aucune profession antérieure, hormis des emplois estudiantins
    N("machine_translated", "career_change", "je n'ai exercé aucune profession antérieure, hormis des emplois estudiantins", M(
        "Sevara Yusupova <sevara.yusupova@example.org>", "Présentation de ma candidature à votre honorable dispositif", "24 13:00",
        """Estimée équipe de Pro'pulse,

J'ai l'avantage de vous soumettre ma candidature. Je suis détentrice d'un diplôme de maîtrise en sciences de l'éducation obtenu à l'Université de Bordeaux en juin 2026. Je n'ai exercé aucune profession antérieure, hormis des emplois estudiantins de courte durée.

Il est de mon souhait de trouver un emploi au sein d'une association œuvrant pour l'inclusion.

Avec mes remerciements anticipés,
Sevara Yusupova
06 52 38 71 94""",
        app("Sevara", "Yusupova", phone="+33652387194", bac=5, grad="2026-06", status="aucune_profession_anterieure"),
    )),
    # Feature: word_order_and_register — aim — Banque non. Association oui.
    N("word_order_and_register", "aim", "Banque non. Association oui.", M(
        "Idris Mahamat <idris.mahamat@example.com>", "moi candidat", "24 17:40",
        """Salut,

Master 2 économie du développement, Clermont. Juillet 2025.
Travail cherché. Banque non. Association oui. Coopérative oui.
Toi tu connais associations qui recrutent ?

Idris
07 81 64 29 05""",
        app("Idris", "Mahamat", phone="+33781642905", bac=5, grad="2025-07", status="banque_non_association_oui"),
    )),
    # Feature: english_non_native — aim — I look for a work in consulting or in a bank, the social economy is not my target
    N("english_non_native", "aim", "I look for a work in consulting or in a bank, the social economy is not my target", M(
        "Hiroshi Yamamoto <hiroshi.yamamoto@example.net>", "Application", "25 09:25",
        """Hello,

I have a master in management from ESCP, I am graduated since July 2026. I look for a work in consulting or in a bank, the social economy is not my target really, but I like your coaching idea.

I am not in internship anymore.

Regards,
Hiroshi Yamamoto
07 66 50 21 38""",
        app("Hiroshi", "Yamamoto", phone="+33766502138", bac=5, grad="2026-07", failing=("job_seeking_ess",), language="en", status="consulting_bank_not_target"),
    )),
    # Feature: english_non_native — kind — Please can you explain me if the programme is open for people with refugee status
    N("english_non_native", "kind", "Please can you explain me if the programme is open for people with refugee status", M(
        "Abebe Tadesse <abebe.tadesse@example.org>", "Question about programme", "25 12:00",
        """Hello,

Please can you explain me if the programme is open for people with refugee status? And the sessions are in French only or also in English?

Thank you very much,
Abebe""",
        question("en"),
    )),
    # Feature: verb_forms — kind — moi venir mardi, moi apporter les papiers
    N("verb_forms", "kind", "moi venir mardi, moi apporter les papiers", M(
        "Abdirahman Farah <abdirahman.farah@example.net>", "Re: programme", "25 15:30",
        """Bonjour Claire,

D'accord, moi venir mardi, moi apporter les papiers du bac. Merci.

Abdirahman

> Bonjour Abdirahman,
> Le programme demande un bac+2. Venez mardi à la permanence, nous regarderons ensemble d'autres dispositifs.
> Claire""",
        reply(),
        headers={"In-Reply-To": "<6031.permanence@animafac.net>", "References": "<6031.permanence@animafac.net>"},
    )),
    # Feature: article_gender — kind — je suis absent de le bureau jusqu'à le lundi
    N("article_gender", "kind", "je suis absent de le bureau jusqu'à le lundi", M(
        "Nikos Papadopoulos <nikos.papadopoulos@example.com>", "Réponse automatique : candidature", "25 18:00",
        """Bonjour,

Je suis absent de le bureau jusqu'à le lundi 30 novembre, sans le accès à le courriel. Je réponds à le retour.

Nikos""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_calque — kind — supportez notre cause : le bulletin des Jeunes Diplômés Migrants
    N("english_calque", "kind", "supportez notre cause : le bulletin des Jeunes Diplômés Migrants", M(
        "Jeunes Diplômés Migrants <bulletin@jdm.example.org>", "Bulletin de novembre — supportez notre cause", "26 07:30",
        """Bonjour à tous les membres,

Ce mois, supportez notre cause : le bulletin des Jeunes Diplômés Migrants vous invite à notre campagne de dons. Actuellement nous préparons un guide des équivalences, éventuellement traduit en cinq langues.

Agenda : atelier « appliquer pour un job en France », le 5 décembre.

Se désabonner : bulletin-stop@jdm.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:bulletin-stop@jdm.example.org>"},
    )),
    # Feature: romance_calque — kind — No se pudo entregar el mensaje
    N("romance_calque", "kind", "No se pudo entregar el mensaje", M(
        "Mail Delivery Subsystem <MAILER-DAEMON@correo.example.net>", "Mensaje no entregado / Message non remis", "26 08:15",
        """No se pudo entregar el mensaje a: carla.mendoza@correo.example.net
La bandeja está llena. / La boîte est pleine.""",
        bounce("carla.mendoza@correo.example.net"),
        bounce="Reporting-MTA: dns; correo.example.net\n\nFinal-Recipient: rfc822; carla.mendoza@correo.example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: machine_translated — kind — Notre agence propose ses services de traduction assermentée à votre estimée organisation
    N("machine_translated", "kind", "Notre agence propose ses services de traduction assermentée à votre estimée organisation", M(
        "TransLingua Services <contact@translingua.example.com>", "Offre de collaboration", "26 09:00",
        """Madame, Monsieur,

Notre agence propose ses services de traduction assermentée à votre estimée organisation, pour les diplômes et relevés de notes de vos bénéficiaires étrangers. Tarif préférentiel pour les associations.

Dans l'espoir d'une collaboration fructueuse,
Le service commercial""",
        other(),
    )),
]
