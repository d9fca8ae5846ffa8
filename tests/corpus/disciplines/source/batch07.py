"""Disciplines corpus, batch 07 (writer B): law_politics_public (a master of law for an access-to-rights
association, a Sciences Po Grenoble diploma of 2023, a CRFPA whose results come in December, twelve years as a
gendarme before a licence de droit, a stage at the Défenseur des droits over, an M2 carrières publiques for a
collectivité; a question, a law clinic's partnership), humanities_teaching (a master FLE, a «professeure
stagiaire», a CAPES with no master said, seven years as a professeure des écoles before a master of
psychology, an Australian master LLCER in English, a service civique ending «cet hiver», a psychologist «en
institution»; a reply in our thread, a university's letter), agriculture_environment (a BTSA GPN, a BPREA
after ten years as an accountant, an engineer agronomist in a service civique, «quelques années en
boulangerie» before a BTSA, a licence pro for an AMAP network, a farm stage with no end; an auto-reply, a
farm cooperative's invitation)."""
# ruff: noqa: E501

from __future__ import annotations

from disciplines import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: law_politics_public — aim — une association d'accès aux droits des personnes étrangères
    # route: law, a master droit des libertés (bac+5) of September 2025 at the Université de Bordeaux, the aim «une association d'accès aux droits des personnes étrangères» → application; bac+5 of 2025, ESS aim → eligible
    N("law_politics_public", "aim", "une association d'accès aux droits des personnes étrangères", M(
        "Amina Mohamed Soilihi <amina.soilihi@example.org>",
        "Candidature – juriste jeune diplômée",
        "02 11:08",
        """Bonjour,

J'ai validé mon master droit des libertés à l'université de Bordeaux en septembre 2025, après la soutenance de mon mémoire sur le droit au séjour. Je cherche un premier poste de juriste dans une association d'accès aux droits des personnes étrangères.

Bien cordialement,
Amina Mohamed Soilihi
06 39 02 77 15""",
        app("Amina", "Mohamed Soilihi", phone="+33639027715", bac=5, grad="2025-09", status="b_lp_master_libertes_bordeaux"),
    )),
    # Feature: law_politics_public — graduation — diplômé de Sciences Po Grenoble en 2023
    # route: political science, «diplômé de Sciences Po Grenoble en 2023» (bac+5), an NGO sought → application; a diploma of 2023 → fails graduation_recent → not eligible
    N("law_politics_public", "graduation", "diplômé de Sciences Po Grenoble en 2023", M(
        "Rémi Chabert <remi.chabert@example.org>",
        "Demande d'accompagnement",
        "03 09:51",
        """Bonjour,

Je suis diplômé de Sciences Po Grenoble en 2023 (master politiques publiques). J'ai travaillé depuis dans un cabinet parlementaire et je voudrais me tourner vers une ONG de solidarité internationale.

Rémi Chabert""",
        app("Rémi", "Chabert", phone=None, bac=5, grad="2023", failing=("graduation_recent",), status="b_lp_sciences_po_grenoble_2023"),
    )),
    # Feature: law_politics_public — studies_finished — j'attends les résultats du CRFPA
    # ambiguous: admitted to the CRFPA she enters the bar school in January (studies running), failed she is a graduate seeking work: until the December results the fact stays open
    # route: law, an M2 droit social of July 2025 at Montpellier, «j'attends les résultats du CRFPA» due in December → application; studies after the exam open → to verify
    N("law_politics_public", "studies_finished", "j'attends les résultats du CRFPA", M(
        "Yasmine Khalil <yasmine.khalil@example.org>",
        "Candidature",
        "04 14:36",
        """Bonjour,

J'ai obtenu mon M2 droit social à Montpellier en juillet 2025. J'ai passé l'examen d'entrée à l'école des avocats en septembre et j'attends les résultats du CRFPA, qui tombent mi-décembre. Quoi qu'il arrive, j'aimerais travailler en droit du travail pour une association ou un syndicat de salariés.

Yasmine Khalil""",
        app("Yasmine", "Khalil", phone=None, bac=5, grad="2025-07", unknown=("studies_finished",), status="b_lp_crfpa_resultats_montpellier"),
    )),
    # Feature: law_politics_public — career_change — après douze ans dans la gendarmerie
    # route: law, a licence de droit (bac+3) of June 2025 taken «après douze ans dans la gendarmerie» to change trade → application; a career change → fails not_career_change → not eligible
    N("law_politics_public", "career_change", "après douze ans dans la gendarmerie", M(
        "Stéphane Augustin <stephane.augustin@example.org>",
        "Reconversion – candidature",
        "05 20:03",
        """Bonjour,

Après douze ans dans la gendarmerie, j'ai quitté l'armée pour changer de métier. J'ai repris mes études et obtenu une licence de droit en juin 2025 à l'université de Rouen. Je voudrais maintenant devenir juriste dans une association d'aide aux victimes.

Cordialement,
Stéphane Augustin""",
        app("Stéphane", "Augustin", phone=None, bac=3, grad="2025-06", failing=("not_career_change",), status="b_lp_gendarme_licence_droit_rouen"),
    )),
    # Feature: law_politics_public — situation — mon stage au Défenseur des droits s'est terminé en septembre
    # route: law, an M2 droit public of September 2026 at Clermont, «mon stage au Défenseur des droits s'est terminé en septembre», an anti-discrimination association sought → application; stage over, bac+5 of 2026, ESS aim → eligible
    N("law_politics_public", "situation", "mon stage au Défenseur des droits s'est terminé en septembre", M(
        "Hortense Dumas <hortense.dumas@example.org>",
        "Candidature Pro'pulse – M2 droit public",
        "06 10:17",
        """Bonjour,

Mon stage au Défenseur des droits s'est terminé en septembre et mon M2 droit public de l'université Clermont Auvergne m'a été délivré le même mois (septembre 2026). J'aimerais travailler dans une association de lutte contre les discriminations.

Je vous joins mon CV.

Hortense Dumas""",
        app("Hortense", "Dumas", phone=None, bac=5, grad="2026-09", status="b_lp_stage_defenseur_fini_clermont"),
        cv=CV("odt", "CV_Hortense_Dumas.odt", """Hortense Dumas
Master 2 droit public – université Clermont Auvergne (2026)
Stage de fin d'études : Défenseur des droits, pôle discriminations (avril–septembre 2026)
Bénévole : permanence juridique d'une association de quartier"""),
    )),
    # Feature: law_politics_public — aim — je prépare le concours d'attaché territorial
    # route: public service, an M2 carrières publiques of June 2026 at Grenoble, «je prépare le concours d'attaché territorial» to work in a collectivité only → application; a public employer alone → fails job_seeking_ess → not eligible
    N("law_politics_public", "aim", "je prépare le concours d'attaché territorial", M(
        "Damien Roche <damien.roche@example.org>",
        "Inscription",
        "07 16:40",
        """Bonjour,

J'ai eu mon M2 carrières publiques en juin 2026 à Sciences Po Grenoble. Je prépare le concours d'attaché territorial et, en attendant, je cherche un poste de contractuel dans une mairie ou un conseil départemental. Votre programme peut-il m'aider ?

Damien Roche""",
        app("Damien", "Roche", phone=None, bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_lp_concours_attache_grenoble"),
    )),
    # Feature: law_politics_public — kind — la capacité en droit suffit-elle
    # route: a general question on the capacité en droit, no fact of the writer's own → question
    N("law_politics_public", "kind", "la capacité en droit suffit-elle", M(
        "Noémie Castel <noemie.castel@example.org>",
        "Question niveau d'études",
        "08 12:20",
        """Bonjour,

Pour candidater, la capacité en droit suffit-elle, ou faut-il au minimum une licence ? Et les concours de la fonction publique réussis comptent-ils comme un diplôme ?

Merci d'avance pour votre réponse.""",
        question(),
    )),
    # Feature: law_politics_public — kind — notre clinique juridique
    # route: a faculty of law's legal clinic proposing a joint workshop, no applicant → other
    N("law_politics_public", "kind", "notre clinique juridique", M(
        "Clinique juridique – Faculté de droit de Dijon <clinique.droit@u-dijon.example.org>",
        "Proposition d'atelier commun",
        "09 09:45",
        """Bonjour,

Notre clinique juridique, animée par des étudiants de master, organise des permanences pour les associations. Nous aimerions proposer à vos participant·es un atelier sur le contrat de travail dans le secteur associatif, en janvier.

Seriez-vous intéressés ?

Pour la clinique, Pr. Élisabeth Morin""",
        other(),
    )),
    # Feature: humanities_teaching — level — master FLE
    # route: languages, a master FLE (bac+5) of September 2025 at the Université Grenoble Alpes, a literacy association sought → application; bac+5 of 2025, ESS aim → eligible
    N("humanities_teaching", "level", "master FLE", M(
        "Pauline Brossard <pauline.brossard@example.org>",
        "Candidature – formatrice FLE",
        "09 18:22",
        """Bonjour,

J'ai obtenu mon master FLE (français langue étrangère) à l'université Grenoble Alpes en septembre 2025. J'aimerais devenir formatrice dans une association d'alphabétisation ou un centre social qui accueille des personnes exilées.

Pauline Brossard""",
        app("Pauline", "Brossard", phone=None, bac=5, grad="2025-09", status="b_ht_master_fle_grenoble"),
    )),
    # Feature: humanities_teaching — situation — je suis professeure stagiaire depuis septembre
    # route: teaching, the CAPES of lettres passed in 2026 and «je suis professeure stagiaire depuis septembre» in a collège of Dijon → application; a trainee teacher's year is a stage running → fails not_internship → not eligible
    N("humanities_teaching", "situation", "je suis professeure stagiaire depuis septembre", M(
        "Manon Girardot <manon.girardot@example.org>",
        "Renseignement et candidature",
        "10 21:15",
        """Bonjour,

J'ai eu le CAPES de lettres modernes en juin 2026 et mon master MEEF juste avant. Je suis professeure stagiaire depuis septembre dans un collège de Dijon, mais je doute de vouloir rester dans l'Éducation nationale : une association d'éducation populaire m'attirerait davantage.

Manon Girardot""",
        app("Manon", "Girardot", phone=None, bac=5, grad="2026-06", failing=("not_internship",), status="b_ht_professeure_stagiaire_dijon"),
    )),
    # Feature: humanities_teaching — level — le CAPES d'histoire-géographie en 2025
    # ambiguous: a CAPES is a competitive exam, not a diploma, and the mail names no master: the level stays open
    # route: teaching, «le CAPES d'histoire-géographie en 2025» and no diploma named, a museum association's education service sought → application; level open → to verify
    N("humanities_teaching", "level", "le CAPES d'histoire-géographie en 2025", M(
        "Benoît Lallemand <benoit.lallemand@example.org>",
        "Candidature",
        "11 10:02",
        """Bonjour,

J'ai obtenu le CAPES d'histoire-géographie en 2025, mais après un an d'enseignement j'ai démissionné cet été. J'aimerais travailler au service éducatif d'une association de mémoire ou d'un écomusée associatif.

Benoît Lallemand""",
        app("Benoît", "Lallemand", phone=None, bac=None, grad="2025", unknown=("degree_level",), status="b_ht_capes_sans_master_tours"),
    )),
    # Feature: humanities_teaching — career_change — après sept ans comme professeure des écoles
    # route: psychology, a master de psychologie (bac+5) of June 2025 taken «après sept ans comme professeure des écoles», said as a change of trade → application; a career change → fails not_career_change → not eligible
    N("humanities_teaching", "career_change", "après sept ans comme professeure des écoles", M(
        "Véronique Aubry <veronique.aubry@example.org>",
        "Candidature – psychologue",
        "12 13:49",
        """Bonjour,

Après sept ans comme professeure des écoles, j'ai voulu changer de métier : j'ai repris des études et obtenu un master de psychologie clinique en juin 2025 à Besançon. Je cherche un poste de psychologue dans une association de protection de l'enfance pour réussir cette reconversion.

Véronique Aubry""",
        app("Véronique", "Aubry", phone=None, bac=5, grad="2025-06", failing=("not_career_change",), status="b_ht_prof_ecoles_psychologue_besancon"),
    )),
    # Feature: humanities_teaching — graduation — my Master's in English studies (LLCER) in June 2025
    # route: languages written in English, an Australian graduate of the Université Paul-Valéry Montpellier, «my Master's in English studies (LLCER) in June 2025» (bac+5), a literacy non-profit sought → application (en); bac+5 of 2025, ESS aim → eligible
    N("humanities_teaching", "graduation", "my Master's in English studies (LLCER) in June 2025", M(
        "Hannah O'Brien <hannah.obrien@example.org>",
        "Application for the Pro'pulse programme",
        "13 08:20",
        """Hi,

I'm from Brisbane and I have lived in Montpellier for four years. I finished my Master's in English studies (LLCER) in June 2025 at Université Paul-Valéry. I would love to work for a non-profit that teaches languages and literacy to refugees and migrants.

Thanks a lot,
Hannah O'Brien""",
        app("Hannah", "O'Brien", phone=None, bac=5, grad="2025-06", language="en", status="b_ht_australian_llcer_montpellier"),
    )),
    # Feature: humanities_teaching — situation — mon service civique à la Ligue de l'enseignement se termine cet hiver
    # route: humanities, a licence d'histoire of June 2025 at Clermont, «mon service civique à la Ligue de l'enseignement se termine cet hiver», after 26 November → application; service civique running → fails not_service_civique → not eligible
    N("humanities_teaching", "situation", "mon service civique à la Ligue de l'enseignement se termine cet hiver", M(
        "Corentin Vial <corentin.vial@example.org>",
        "candidature pro'pulse",
        "14 17:05",
        """Bonjour,

J'ai eu ma licence d'histoire en juin 2025 à la faculté des lettres de Clermont-Ferrand. Mon service civique à la Ligue de l'enseignement se termine cet hiver et je voudrais enchaîner sur un poste d'animateur de projets d'éducation populaire.

Corentin Vial""",
        app("Corentin", "Vial", phone=None, bac=3, grad="2025-06", failing=("not_service_civique",), status="b_ht_service_civique_hiver_clermont"),
    )),
    # Feature: humanities_teaching — aim — un poste de psychologue en institution
    # ambiguous: «en institution» covers an association's IME as well as a public hospital: the ESS search stays open
    # route: psychology, a master de psychologie (bac+5) of June 2026 at Rouen, the aim «un poste de psychologue en institution» only → application; aim open → to verify
    N("humanities_teaching", "aim", "un poste de psychologue en institution", M(
        "Hiba Nassar <hiba.nassar@example.org>",
        "Candidature",
        "15 15:31",
        """Bonjour,

Je suis psychologue diplômée depuis juin 2026 (master de psychologie du développement, université de Rouen). Je cherche un poste de psychologue en institution, de préférence auprès d'enfants, dans la région rouennaise.

Hiba Nassar""",
        app("Hiba", "Nassar", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_ht_psychologue_institution_rouen"),
    )),
    # Feature: humanities_teaching — kind — je vous renvoie le formulaire signé
    # route: a humanities graduate answering in our thread with the signed form (In-Reply-To our mail) → reply
    N("humanities_teaching", "kind", "je vous renvoie le formulaire signé", M(
        "Aurore Baptiste <aurore.baptiste@example.org>",
        "Re: Votre inscription – formulaire à signer",
        "16 09:26",
        """Bonjour,

Comme demandé, je vous renvoie le formulaire signé (scan ci-dessous dans le corps du mail, mon imprimante ne veut pas des pièces jointes). À bientôt pour le premier atelier (je suis celle du master FLE).

Aurore

Le 12/11/2026 à 17:40, Pro'pulse a écrit :
> Merci de nous retourner le formulaire d'engagement signé.""",
        reply(),
        headers={"In-Reply-To": "<inscription-1211.ab@animafac.net>", "References": "<inscription-1211.ab@animafac.net>"},
    )),
    # Feature: humanities_teaching — kind — Lettre de l'insertion professionnelle de la faculté des lettres
    # route: a faculty of humanities' careers letter (List-Unsubscribe, Precedence: bulk) → newsletter
    N("humanities_teaching", "kind", "Lettre de l'insertion professionnelle de la faculté des lettres", M(
        "BAIP Lettres – Université de Bourgogne <baip-lettres@u-bourgogne.example.org>",
        "Lettre de l'insertion professionnelle de la faculté des lettres – n° 37",
        "17 07:15",
        """Lettre de l'insertion professionnelle de la faculté des lettres – n° 37

– Forum des métiers du livre et de la culture, 3 décembre
– Offres : médiateur·rice culturel·le, formateur·rice FLE, chargé·e de projet éducation populaire
– Témoignage d'une diplômée de LLCER devenue coordinatrice associative

Pour ne plus recevoir cette lettre, cliquez ici.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://u-bourgogne.example.org/baip/unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: agriculture_environment — level — BTSA gestion et protection de la nature
    # route: environment, the BTSA GPN (bac+2) of July 2025 at the lycée agricole of Besançon, a CPIE sought → application; bac+2 of 2025, ESS aim → eligible
    N("agriculture_environment", "level", "BTSA gestion et protection de la nature", M(
        "Louane Cuenot <louane.cuenot@example.org>",
        "Candidature – animatrice nature",
        "17 13:10",
        """Bonjour,

J'ai eu mon BTSA gestion et protection de la nature en juillet 2025 au lycée agricole de Besançon-Dannemarie. Je voudrais devenir animatrice nature dans un CPIE ou une association d'éducation à l'environnement.

Louane Cuenot""",
        app("Louane", "Cuenot", phone=None, bac=2, grad="2025-07", status="b_ae_btsa_gpn_besancon"),
    )),
    # Feature: agriculture_environment — career_change — après dix ans de comptabilité
    # route: farming, a BPREA maraîchage (niveau 4) of December 2025 «après dix ans de comptabilité», said as a reconversion → application; below bac+2 and a career change → fails degree_level and not_career_change → not eligible
    N("agriculture_environment", "career_change", "après dix ans de comptabilité", M(
        "Thierry Lemoine <thierry.lemoine@example.org>",
        "Projet maraîchage – accompagnement",
        "18 19:48",
        """Bonjour,

Après dix ans de comptabilité dans un cabinet, j'ai tout changé : j'ai passé un BPREA maraîchage biologique au CFPPA de Dijon-Quetigny, validé en décembre 2025. Je cherche maintenant un poste d'encadrant maraîcher dans un jardin d'insertion, pour finir ma reconversion.

Thierry Lemoine""",
        app("Thierry", "Lemoine", phone=None, bac=0, grad="2025-12", failing=("degree_level", "not_career_change"), status="b_ae_bprea_comptable_dijon"),
    )),
    # Feature: agriculture_environment — situation — je suis en service civique jusqu'en avril
    # route: agronomy, an ingénieur agronome (bac+5) of the Institut Agro Montpellier in October 2026, «je suis en service civique jusqu'en avril» in an environment association → application; service civique running → fails not_service_civique → not eligible
    N("agriculture_environment", "situation", "je suis en service civique jusqu'en avril", M(
        "Samuel Rakoto <samuel.rakoto@example.org>",
        "Candidature",
        "19 11:55",
        """Bonjour,

Ingénieur agronome diplômé de l'Institut Agro Montpellier en octobre 2026, je suis en service civique jusqu'en avril dans une association de préservation des semences paysannes. Je voudrais ensuite être salarié d'une coopérative agricole ou d'un réseau d'AMAP.

Samuel Rakoto""",
        app("Samuel", "Rakoto", phone=None, bac=5, grad="2026-10", failing=("not_service_civique",), status="b_ae_ingenieur_agro_service_civique_montpellier"),
    )),
    # Feature: agriculture_environment — career_change — quelques années en boulangerie
    # ambiguous: «quelques années en boulangerie» before the BTSA may be a first trade left or a job held while young; she does not say she changes trade, the fact stays open
    # route: agriculture, a BTSA ACSE (bac+2) of July 2025 after «quelques années en boulangerie», a farm cooperative sought → application; career change open → to verify
    N("agriculture_environment", "career_change", "quelques années en boulangerie", M(
        "Fanny Tessier <fanny.tessier@example.org>",
        "Candidature Pro'pulse",
        "20 10:30",
        """Bonjour,

J'ai travaillé quelques années en boulangerie avant de passer un BTSA ACSE en apprentissage, obtenu en juillet 2025 au lycée agricole de Brioude. Je voudrais travailler dans une coopérative agricole ou une CUMA, côté animation des adhérents.

Fanny Tessier""",
        app("Fanny", "Tessier", phone=None, bac=2, grad="2025-07", unknown=("not_career_change",), status="b_ae_btsa_boulangerie_brioude"),
    )),
    # Feature: agriculture_environment — aim — le réseau des AMAP ou un jardin d'insertion
    # route: agriculture, a licence pro agriculture biologique (bac+3) of June 2026 at Clermont, the aim «le réseau des AMAP ou un jardin d'insertion» → application; bac+3 of 2026, ESS aim → eligible
    N("agriculture_environment", "aim", "le réseau des AMAP ou un jardin d'insertion", M(
        "Axel Bonnefoy <axel.bonnefoy@example.org>",
        "Candidature",
        "21 14:02",
        """Bonjour,

J'ai obtenu ma licence pro agriculture biologique et maraîchage en juin 2026 à Clermont-Ferrand. Je souhaite travailler pour le réseau des AMAP ou un jardin d'insertion, comme animateur ou encadrant technique.

Axel Bonnefoy""",
        app("Axel", "Bonnefoy", phone=None, bac=3, grad="2026-06", status="b_ae_licence_pro_amap_clermont"),
    )),
    # Feature: agriculture_environment — situation — sans date de fin fixée
    # ambiguous: a farm stage begun in October «sans date de fin fixée» may run past 26 November or stop any day: the internship stays open
    # route: agriculture, a BTSA productions horticoles (bac+2) of July 2026, a stage in a market garden «sans date de fin fixée» → application; internship open → to verify
    N("agriculture_environment", "situation", "sans date de fin fixée", M(
        "Manel Bouaziz <manel.bouaziz@example.org>",
        "Candidature – maraîchage",
        "22 16:45",
        """Bonjour,

Diplômée d'un BTSA productions horticoles en juillet 2026 (lycée agricole de Saint-Paul, La Réunion), je fais depuis octobre un stage dans une ferme maraîchère bio de l'Hérault, sans date de fin fixée. Je cherche un emploi dans une coopérative de producteurs ou une association de circuits courts.

Manel Bouaziz""",
        app("Manel", "Bouaziz", phone=None, bac=2, grad="2026-07", unknown=("not_internship",), status="b_ae_btsa_stage_sans_fin_herault"),
    )),
    # Feature: agriculture_environment — kind — Je suis aux champs jusqu'au 24 novembre
    # route: a farmers' network coordinator's out-of-office (Auto-Submitted) → auto_reply
    N("agriculture_environment", "kind", "Je suis aux champs jusqu'au 24 novembre", M(
        "Gaëlle Pons <g.pons@reseau-amap-occitanie.example.org>",
        "Réponse automatique : Re: Présentation Pro'pulse",
        "23 06:30",
        """Bonjour,

Je suis aux champs jusqu'au 24 novembre (formation des nouveaux paysans à la ferme-école) et je lis peu mes mails. Je vous réponds à mon retour.

Gaëlle – Réseau des AMAP d'Occitanie""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: agriculture_environment — kind — portes ouvertes de notre coopérative
    # route: a farm cooperative's invitation to an open day for young people, no applicant → other
    N("agriculture_environment", "kind", "portes ouvertes de notre coopérative", M(
        "Coopérative Terres du Vercors <contact@terres-vercors.example.org>",
        "Invitation – portes ouvertes le 5 décembre",
        "24 10:10",
        """Bonjour,

Nous organisons les portes ouvertes de notre coopérative le samedi 5 décembre, avec une présentation de nos métiers (technicien·ne de culture en maraîchage, animation, logistique). Les jeunes de votre programme intéressés par l'agriculture sont les bienvenus.

L'équipe de Terres du Vercors""",
        other(),
    )),
]
