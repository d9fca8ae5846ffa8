"""Typography corpus, batch 06 (writer B): epicene rewording on other words than A's («en poste de
volontaire», «Sortie d'études», «Expérience antérieure», «Recherche : poste de coordination», «secteur
indifférent», «Diplôme le plus élevé», «la personne chargée de l'accueil»); neopronouns with «mon adelphe»,
«ellui», «celleux», agreements in -x and -æ («inscrix», «diplômæ», «prêtx»); feminised titles and far
agreements («ma licence, validée…», «professeure des écoles», «maîtresse de conférences», «autrice»,
«conductrice de car», «coordinatrice», «accompagnante éducative et sociale»)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from typography import N

MESSAGES = [
    # Feature: epicene — situation — en poste de volontaire en service civique jusqu'au 15 mai 2027
    # spelling: epicene «en poste de volontaire» that carries the civic service and its end, no gendered word in the mail → application; a civic service running until 15 May 2027 → fails not_service_civique → not eligible
    N("epicene", "situation", "en poste de volontaire en service civique jusqu'au 15 mai 2027", M(
        "Andréa Mercier <andrea.mercier@example.fr>", "Candidature au programme", "02 11:36",
        """Bonjour,

Licence d'histoire obtenue en juin 2026 à Poitiers. Actuellement en poste de volontaire en service civique jusqu'au 15 mai 2027 à l'AFEV (accompagnement scolaire d'enfants de quartiers prioritaires). Projet : un emploi dans l'éducation populaire à la fin de la mission.

Andréa Mercier
06 41 28 93 07""",
        app("Andréa", "Mercier", phone="+33641289307", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_en_poste_de_volontaire_mai_2027"),
    )),
    # Feature: epicene — graduation — Sortie d'études : juillet 2026
    # spelling: nominal, ungendered lines («Sortie d'études», «Diplôme», «Projet») that carry the date → application; licence pro of July 2026, an aim in sheltered work (ESAT associatif) → eligible
    N("epicene", "graduation", "Sortie d'études : juillet 2026", M(
        "Claude Vidalenc <claude.vidalenc@example.org>", "Pro'pulse – candidature", "03 09:48",
        """Bonjour,

Quelques éléments de parcours :
Diplôme : licence professionnelle Gestion des structures sanitaires et sociales, IUT de Rodez
Sortie d'études : juillet 2026
Expériences : stage de six mois dans un ESAT (terminé en juin), animation de séjours adaptés l'été
Projet : un poste d'assistanat de direction dans un ESAT ou une association du handicap

Merci de votre retour,
Claude Vidalenc
07 52 80 14 36""",
        app("Claude", "Vidalenc", phone="+33752801436", bac=3, grad="2026-07", status="b_sortie_etudes_juillet_2026"),
    )),
    # Feature: epicene — level — Diplôme le plus élevé : titre RNCP « Responsable de projet événementiel », niveau non précisé
    # ambiguous: an RNCP title whose level the school never gave: degree_level stays open
    # spelling: nominal, ungendered lines («Diplôme le plus élevé», «Date d'obtention») that carry the level → application; a title of unsaid level, June 2026 → degree_level open → to verify
    N("epicene", "level", "Diplôme le plus élevé : titre RNCP « Responsable de projet événementiel », niveau non précisé", M(
        "Dominique Saez <dominique.saez@example.com>", "Demande d'inscription", "04 15:02",
        """Bonjour,

Diplôme le plus élevé : titre RNCP « Responsable de projet événementiel », niveau non précisé par l'école (école privée, Lyon)
Date d'obtention : juin 2026
Poste recherché : organisation d'événements dans un festival associatif ou une fédération culturelle

Dominique Saez
06 97 35 20 64""",
        app("Dominique", "Saez", phone="+33697352064", bac="*", grad="2026-06", unknown=("degree_level",), status="b_titre_rncp_niveau_non_precise"),
    )),
    # Feature: epicene — career_change — Expérience antérieure : jobs étudiants uniquement
    # spelling: nominal lines («Expérience antérieure», «Formation») that carry the absence of a career → application; only student and summer jobs before a BUT of June 2025 → no career change → eligible
    N("epicene", "career_change", "Expérience antérieure : jobs étudiants uniquement", M(
        "Camille Ozanne <camille.ozanne@example.net>", "Candidature", "05 18:27",
        """Bonjour,

Formation : BUT Gestion des entreprises et des administrations, Angoulême, juin 2025.
Expérience antérieure : jobs étudiants uniquement (caisse le samedi, vendanges deux étés, animation en colonie).
Recherche : un poste en gestion administrative dans une mutuelle ou une association d'aide à domicile.

Camille Ozanne — 06 84 03 71 29""",
        app("Camille", "Ozanne", phone="+33684037129", bac=3, grad="2025-06", status="b_experience_anterieure_jobs_etudiants"),
    )),
    # Feature: epicene — aim — Recherche : poste de coordination en ressourcerie ou recyclerie
    # spelling: nominal «Recherche : poste de coordination» (no gendered role noun) that carries the aim → application; licence pro of June 2025, a search in the reuse economy → eligible
    N("epicene", "aim", "Recherche : poste de coordination en ressourcerie ou recyclerie", M(
        "Charlie Rousselot <charlie.rousselot@example.fr>", "Pro'pulse", "06 12:14",
        """Bonjour,
Recherche : poste de coordination en ressourcerie ou recyclerie, Bourgogne ou Jura.
Formation : licence pro Gestion des déchets et économie circulaire, juin 2025.
Disponibilité : immédiate.
Charlie Rousselot, 07 31 56 48 02""",
        app("Charlie", "Rousselot", phone="+33731564802", bac=3, grad="2025-06", status="b_recherche_coordination_ressourcerie"),
    )),
    # Feature: epicene — aim — Poste recherché : communication, secteur indifférent
    # ambiguous: «secteur indifférent»: the ESS is one possibility among all, job_seeking_ess stays open
    # spelling: nominal «Poste recherché», «secteur indifférent» that carry the aim → application; master of September 2025, any sector → job_seeking_ess open → to verify
    N("epicene", "aim", "Poste recherché : communication, secteur indifférent", M(
        "Ambre Nicolaï <ambre.nicolai@example.org>", "Candidature Pro'pulse", "07 10:40",
        """Bonjour,

Master Information-communication, obtention en septembre 2025 (Aix-Marseille).
Poste recherché : communication, secteur indifférent — association, collectivité ou agence.
Une aide pour structurer la recherche serait bienvenue.

Ambre Nicolaï
06 12 79 45 80""",
        app("Ambre", "Nicolaï", phone="+33612794580", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="b_secteur_indifferent_communication"),
    )),
    # Feature: epicene — kind — la personne chargée de l'accueil des candidatures est absente
    # spelling: epicene «la personne chargée de l'accueil», an out-of-office of a partner with Auto-Submitted → auto_reply
    N("epicene", "kind", "la personne chargée de l'accueil des candidatures est absente", M(
        "Accueil — Cap Emploi Solidaire <accueil@capemploisolidaire.example.org>", "Absence : Re: Partenariat Pro'pulse", "08 08:00",
        """Bonjour,

La personne chargée de l'accueil des candidatures est absente jusqu'au lundi 16 novembre. Votre message sera traité à son retour. Pour une urgence : 04 72 00 13 13.

L'équipe de Cap Emploi Solidaire""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: epicene — kind — Durée de l'accompagnement ? Lieu des ateliers ? Coût éventuel ?
    # spelling: nominal questions with no person in them, no fact of the writer → question
    N("epicene", "kind", "Durée de l'accompagnement ? Lieu des ateliers ? Coût éventuel ?", M(
        "s.wolff@example.com", "Renseignements", "09 22:03",
        """Bonjour,
Durée de l'accompagnement ? Lieu des ateliers ? Coût éventuel ?
Merci d'avance pour ces précisions.""",
        question(),
    )),
    # Feature: epicene — kind — toute personne désireuse de se former
    # spelling: epicene «toute personne désireuse», «les personnes en recherche d'emploi» in a training centre's advertising, nobody applying → other
    N("epicene", "kind", "toute personne désireuse de se former", M(
        "Formapro Conseil <contact@formapro-conseil.example.com>", "Financez votre formation avec votre CPF !", "10 07:15",
        """Bonjour,

Notre centre accueille toute personne désireuse de se former au management de projet, en ligne et à son rythme. Les personnes en recherche d'emploi peuvent mobiliser leur CPF : contactez-nous pour un devis gratuit.

Formapro Conseil — www.formapro-conseil.example.com""",
        other(),
    )),
    # Feature: neopronouns — graduation — iel a eu son BUT GEA en juin 2025
    # spelling: «mon adelphe» and «iel» about the person referred: «iel» carries the BUT and its date → application (referral: the writer in forwarded_by, the sibling's address); BUT of June 2025, an ESS aim → eligible
    N("neopronouns", "graduation", "iel a eu son BUT GEA en juin 2025", M(
        "Margot Roussel <margot.roussel@example.fr>", "Pour mon adelphe, Alix Roussel", "11 20:11",
        """Bonjour,

Je vous écris pour mon adelphe, Alix Roussel, qui hésite à le faire ellui-même. Iel a eu son BUT GEA en juin 2025 à Lorient et cherche depuis un poste de gestion dans une coopérative ou une association ; iel a déjà eu deux entretiens sans suite et perd un peu confiance.

Vous pouvez écrire à Alix directement : alix.roussel@example.net, 06 48 27 15 90. Iel est au courant de ma démarche.

Merci !
Margot""",
        app("Alix", "Roussel", phone="+33648271590", bac=3, grad="2025-06", email="alix.roussel@example.net", forwarded_by="margot.roussel@example.fr", status="b_adelphe_but_gea_juin_2025"),
    )),
    # Feature: neopronouns — studies_finished — encore inscrix en L3 de sociologie à distance
    # spelling: a non-binary writer («j'utilise iel»), agreement in -x on «inscrix» that carries the studies running, «prêtx» around → application; L3 running until June 2027 → fails studies_finished → not eligible
    N("neopronouns", "studies_finished", "encore inscrix en L3 de sociologie à distance", M(
        "Eden Marquez <eden.marquez@example.net>", "candidature (iel)", "12 23:40",
        """Bonjour,

Je suis non-binaire et j'utilise iel, avec des accords en x. Je suis encore inscrix en L3 de sociologie à distance (CNED, examens en mai 2027), et je travaille à côté comme animataire périscolaire. Je suis prêtx à me lancer dans l'ESS dès l'an prochain : est-ce que je peux déjà entrer dans le programme ?

Eden Marquez
07 26 40 81 95""",
        app("Eden", "Marquez", phone="+33726408195", bac="*", grad=None, failing=("studies_finished",), status="b_inscrix_l3_distance"),
    )),
    # Feature: neopronouns — graduation — iel a obtenu son DUT en 2024, je ne sais plus quel mois
    # ambiguous: a year alone in 2024: graduation_recent stays open
    # spelling: «iel» and «ellui» about the person referred by a former tutor, «iel» carries the DUT and its year → application (referral: the tutor in forwarded_by); DUT of 2024 → graduation_recent open → to verify
    N("neopronouns", "graduation", "iel a obtenu son DUT en 2024, je ne sais plus quel mois", M(
        "Patrice Vallon <patrice.vallon@ccas-exemple.example.fr>", "Orientation : Ael Quintin", "13 14:22",
        """Bonjour,

J'ai été le tuteur de stage d'Ael Quintin au CCAS et je vous l'oriente volontiers : iel a obtenu son DUT en 2024, je ne sais plus quel mois (Carrières sociales, Lannion), et cherche un poste dans une association de médiation sociale. Ael préfère qu'on lui écrive en utilisant « iel » ; vous pouvez joindre ellui à ael.quintin@example.org ou au 06 70 18 42 53.

Bien cordialement,
Patrice Vallon
CCAS de Lannion""",
        app("Ael", "Quintin", phone="+33670184253", bac=2, grad="2024", email="ael.quintin@example.org", forwarded_by="patrice.vallon@ccas-exemple.example.fr", unknown=("graduation_recent",), status="b_tuteur_ael_dut_2024"),
    )),
    # Feature: neopronouns — situation — avec celleux de ma promo, je suis en stage jusqu'au 30 avril 2027
    # spelling: «celleux» of a group the writer puts themself in with «avec», a writer using «iel», «diplômæ» around → application; the writer's own internship running until 30 April 2027 → fails not_internship → not eligible
    N("neopronouns", "situation", "avec celleux de ma promo, je suis en stage jusqu'au 30 avril 2027", M(
        "Sam Vautrin <sam.vautrin@example.com>", "Pro'pulse", "14 09:30",
        """Bonjour,

Diplômæ d'un master Économie circulaire en septembre 2026, je fais maintenant un stage long : avec celleux de ma promo, je suis en stage jusqu'au 30 avril 2027 (le mien dans un réseau de recycleries). J'utilise iel. J'aimerais préparer la recherche d'emploi avant la fin.

Sam Vautrin
06 27 48 90 13""",
        app("Sam", "Vautrin", phone="+33627489013", bac=5, grad="2026-09", failing=("not_internship",), status="b_celleux_stage_avril_2027"),
    )),
    # Feature: neopronouns — level — diplômæ d'une licence pro Médiation par le numérique
    # spelling: a non-binary writer («iel»), agreement in -æ on «diplômæ» that carries the level, «heureuxse» around, a CV in ODT → application; licence pro (bac+3) of July 2026, an aim in digital inclusion associations → eligible
    N("neopronouns", "level", "diplômæ d'une licence pro Médiation par le numérique", M(
        "Rayane Sylla <rayane.sylla@example.org>", "candidature + CV", "15 16:55",
        """Bonjour,

Je suis diplômæ d'une licence pro Médiation par le numérique (juillet 2026, Valenciennes) et je serais très heureuxse de rejoindre Pro'pulse. Je vise un poste de médiataire numérique dans une association d'inclusion numérique ou un espace France services associatif. J'utilise iel ; mon CV est en pièce jointe.

Rayane Sylla
07 09 51 36 82""",
        app("Rayane", "Sylla", phone="+33709513682", bac=3, grad="2026-07", status="b_diplomae_lp_mediation_numerique"),
        cv=CV("odt", "CV_Rayane_Sylla.odt", """Rayane Sylla (iel)
Licence professionnelle Médiation par le numérique — Université polytechnique Hauts-de-France, 2026
Stage : médiataire numérique, Emmaüs Connect, avril–juin 2026
Bénévole : ateliers numériques dans un centre social"""),
    )),
    # Feature: neopronouns — aim — contrairement à toustes mes ami·es, je vise une banque d'affaires
    # spelling: «toustes» and «ami·es» about friends in the ESS, the writer's own aim against theirs → application; master of June 2026, a search in investment banks → fails job_seeking_ess → not eligible
    N("neopronouns", "aim", "contrairement à toustes mes ami·es, je vise une banque d'affaires", M(
        "Noor Vandenberghe <noor.vandenberghe@example.net>", "Accompagnement ?", "16 13:12",
        """Bonjour,

Master Contrôle de gestion, juin 2026, Lille. Contrairement à toustes mes ami·es, je vise une banque d'affaires, pas une asso. Mais on m'a dit que votre accompagnement était très bien pour préparer les entretiens : est-ce que je peux le suivre ?

Noor Vandenberghe
06 55 20 38 47""",
        app("Noor", "Vandenberghe", phone="+33655203847", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_toustes_ami_es_banque_affaires"),
    )),
    # Feature: neopronouns — kind — mon adelphe peut-iel candidater
    # spelling: «mon adelphe», «iel» in a question about someone, no name nor facts of that person → question
    N("neopronouns", "kind", "mon adelphe peut-iel candidater", M(
        "Lilou Schmitt <lilou.schmitt@example.fr>", "Question", "17 19:30",
        """Bonjour, mon adelphe peut-iel candidater si iel habite en Belgique mais cherche un emploi en France ? Merci !""",
        question(),
    )),
    # Feature: neopronouns — kind — pour toustes, celleux qui le souhaitent
    # spelling: «toustes», «celleux», «iels» in a collective's invitation to an event, nobody applying → other
    N("neopronouns", "kind", "pour toustes, celleux qui le souhaitent", M(
        "Collectif Fiertés & Emploi <contact@fiertes-emploi.example.org>", "Soirée réseau du 10 décembre", "18 11:00",
        """Bonjour,

Le Collectif Fiertés & Emploi organise le 10 décembre une soirée réseau pour toustes, celleux qui le souhaitent pourront présenter leur structure. Les recruteureuses de l'ESS sont les bienvenu·es ; iels nous ont souvent dit manquer de candidatures. Pourriez-vous relayer l'invitation auprès de vos participant·es ?

L'équipe du Collectif""",
        other(),
    )),
    # Feature: feminised_titles — graduation — Ma licence, validée en octobre 2024 après le rattrapage
    # spelling: a participle agreed far from its noun («Ma licence, validée…») that carries the date, «autrice» around → application; licence of October 2024 (25 months) → fails graduation_recent → not eligible
    N("feminised_titles", "graduation", "Ma licence, validée en octobre 2024 après le rattrapage", M(
        "Hélène Tessier <helene.tessier@example.com>", "Candidature Pro'pulse", "19 08:20",
        """Bonjour,

Ma licence, validée en octobre 2024 après le rattrapage, est une licence de lettres modernes (Caen). Depuis, je suis autrice de petits textes pour une compagnie de théâtre amateur et je fais des remplacements en librairie. Je voudrais travailler dans une association d'éducation populaire autour de la lecture.

Hélène Tessier
06 63 08 29 71""",
        app("Hélène", "Tessier", phone="+33663082971", bac=3, grad="2024-10", failing=("graduation_recent",), status="b_licence_validee_octobre_2024"),
    )),
    # Feature: feminised_titles — career_change — professeure des écoles pendant quatorze ans
    # spelling: the feminised title «professeure des écoles» that carries fourteen years of another career → application; a career of fourteen years before the master → fails not_career_change → not eligible
    N("feminised_titles", "career_change", "professeure des écoles pendant quatorze ans", M(
        "Véronique Serrano <veronique.serrano@example.fr>", "Reconversion", "20 17:42",
        """Madame, Monsieur,

J'ai été professeure des écoles pendant quatorze ans en Seine-Saint-Denis avant de me mettre en disponibilité pour reprendre des études. J'ai obtenu en juin 2026 un master Économie sociale et solidaire (Marne-la-Vallée) et je cherche un poste de coordinatrice pédagogique dans une association d'éducation populaire.

Je vous remercie de l'attention portée à ma demande.

Véronique Serrano
06 32 74 59 18""",
        app("Véronique", "Serrano", phone="+33632745918", bac=5, grad="2026-06", failing=("not_career_change",), status="b_professeure_ecoles_quatorze_ans"),
    )),
    # Feature: feminised_titles — studies_finished — autrice d'un mémoire soutenu le 22 septembre 2026
    # spelling: feminised «maîtresse de conférences» (the referrer) and «autrice» (the student) that carries the defence → application (referral: the lecturer in forwarded_by, the student's address); defence over on 22 September 2026, master obtained, an ESS aim → eligible
    N("feminised_titles", "studies_finished", "autrice d'un mémoire soutenu le 22 septembre 2026", M(
        "Isabelle Morvan <isabelle.morvan@univ-exemple.example.fr>", "Recommandation : Maëlys Tanguy", "21 10:05",
        """Bonjour,

Maîtresse de conférences en sociologie, j'ai dirigé le travail de Maëlys Tanguy, autrice d'un mémoire soutenu le 22 septembre 2026 sur les cafés associatifs en milieu rural. Son master est validé ; elle cherche un poste de chargée de développement dans un réseau associatif et je la crois tout à fait prête.

Ses coordonnées : maelys.tanguy@example.net, 07 48 13 90 26.

Isabelle Morvan
Maîtresse de conférences, université de Rennes 2""",
        app("Maëlys", "Tanguy", phone="+33748139026", bac=5, grad="2026-09", email="maelys.tanguy@example.net", forwarded_by="isabelle.morvan@univ-exemple.example.fr", status="b_maitresse_conf_autrice_memoire"),
    )),
    # Feature: feminised_titles — career_change — conductrice de car scolaire « un certain temps »
    # ambiguous: a trade before the BTS whose length is only «un certain temps»: not_career_change stays open
    # spelling: the feminised trade «conductrice de car scolaire» that carries the career of unsaid length → application; BTS of June 2026 after an unsaid stretch of driving → not_career_change open → to verify
    N("feminised_titles", "career_change", "conductrice de car scolaire « un certain temps »", M(
        "Fatoumata Wane <fatoumata.wane@example.org>", "Inscription", "22 14:50",
        """Bonjour,

J'ai été conductrice de car scolaire « un certain temps », comme on dit chez moi, puis j'ai passé un BTS Économie sociale familiale, obtenu en juin 2026. Je cherche un poste de conseillère dans une association d'accès au logement.

Fatoumata Wane
06 91 35 02 48""",
        app("Fatoumata", "Wane", phone="+33691350248", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_conductrice_car_un_certain_temps"),
    )),
    # Feature: feminised_titles — aim — coordinatrice de chantier d'insertion
    # spelling: the feminised role «coordinatrice» that carries the aim, «encadrante technique» around → application; licence pro of July 2025, a search in integration worksites → eligible
    N("feminised_titles", "aim", "coordinatrice de chantier d'insertion", M(
        "Agathe Poulain <agathe.poulain@example.net>", "Candidature", "23 09:17",
        """Bonjour,

Licence pro Intervention sociale, juillet 2025. J'ai été encadrante technique stagiaire dans un jardin de Cocagne et je vise maintenant un poste de coordinatrice de chantier d'insertion, en maraîchage ou en espaces verts, en Normandie.

Agathe Poulain
07 64 22 18 39""",
        app("Agathe", "Poulain", phone="+33764221839", bac=3, grad="2025-07", status="b_coordinatrice_chantier_insertion"),
    )),
    # Feature: feminised_titles — level — accompagnante éducative et sociale, un diplôme de niveau 3
    # spelling: the feminised diploma name «accompagnante éducative et sociale» that carries the level → application; DEAES (level 3, below the bac), no higher degree → fails degree_level → not eligible
    N("feminised_titles", "level", "accompagnante éducative et sociale, un diplôme de niveau 3", M(
        "Sabrina Ventura <sabrina.ventura@example.com>", "Pro'pulse", "24 12:31",
        """Bonjour,

Je suis diplômée d'État d'accompagnante éducative et sociale, un diplôme de niveau 3, depuis juin 2026. Je n'ai pas le bac. Je voudrais travailler dans un foyer d'accueil médicalisé associatif : est-ce que Pro'pulse peut m'aider ?

Sabrina Ventura
06 08 57 43 21""",
        app("Sabrina", "Ventura", phone="+33608574321", bac=0, grad=None, failing=("degree_level",), status="b_deaes_niveau_3"),
    )),
    # Feature: feminised_titles — kind — Destinataire : la future cheffe d'équipe
    # spelling: a bare delivery report quoting our answer to «la future cheffe d'équipe» → bounce of her address
    N("feminised_titles", "kind", "Destinataire : la future cheffe d'équipe", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Échec de la remise du message", "25 06:12",
        """Votre message n'a pas pu être remis.

Adresse : oceane.martineau@example.net
Motif : 550 5.1.1 utilisateur inconnu

Message d'origine (extrait) :
> Objet : Votre candidature — Destinataire : la future cheffe d'équipe de la ressourcerie, c'est bien vous !
> Bonjour Océane, nous avons bien reçu votre candidature et vous proposons un rendez-vous.""",
        bounce("oceane.martineau@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; oceane.martineau@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
    )),
    # Feature: feminised_titles — kind — en tant que nouvelle animatrice
    # spelling: the feminised «animatrice», a far agreement «la convocation, je l'ai bien reçue», in our thread (In-Reply-To our message) → reply
    N("feminised_titles", "kind", "en tant que nouvelle animatrice", M(
        "Laure Perrotin <laure.perrotin@example.fr>", "Re: Atelier réseau du 3 décembre", "25 18:44",
        """Bonjour,

La convocation, je l'ai bien reçue, merci. Je viendrai le 3 décembre, et je pourrai parler de mon poste en tant que nouvelle animatrice au centre social, si ça peut servir aux autres.

Laure

> Bonjour Laure, l'atelier réseau aura lieu le jeudi 3 décembre à 18 h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-reseau-1203.laure@animafac.net>", "References": "<atelier-reseau-1203.laure@animafac.net>"},
    )),
]
