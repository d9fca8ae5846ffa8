"""Francophonies corpus, batch 01 (writer A): Belgian French (sessions and proclamations, bachelier and
graduat, septante and nonante, the ASBL and the CPAS, the blocus), Swiss French (CFC and maturité, the
service civil that is no service civique, the HES and its practical training, the volée, the brevet
fédéral), Québécois French («aux études», «finissante», «mon bac» for a bachelor's, the DEC, the OBNL); other
mail in those varieties (an auto-reply, a question on Belgian diplomas, a Swiss network's letter, a reply in
our thread, a question from Montréal, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from francophonies import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # Feature: belgium — graduation — j'ai été délibérée en seconde session, début septembre 2025
    # variety: «j'ai été délibérée en seconde session, début septembre 2025» = Belgian: the jury «délibère» and proclaims; the seconde session is the late-summer resit, passed → bachelier (bac+3) of September 2025, recent → eligible
    N("belgium", "graduation", "j'ai été délibérée en seconde session, début septembre 2025", M(
        "Inès Bouhaddi <ines.bouhaddi@example.org>", "Candidature Pro'pulse - bachelière assistante sociale", "02 10:12",
        """Bonjour,

Je me présente : Inès, 23 ans, originaire de Schaerbeek et installée à Lille depuis le mois d'octobre.

J'ai fait mon bachelier d'assistante sociale à la Haute École de Bruxelles. J'avais deux cours à repasser, donc j'ai été délibérée en seconde session, début septembre 2025, mais tout est en ordre, j'ai mon diplôme.

J'ai travaillé un an dans une ASBL d'aide aux primo-arrivants à Anderlecht et j'aimerais continuer dans ce secteur-là en France (centre social, association d'accès aux droits…).

Je sais vous envoyer mon diplôme et son équivalence si nécessaire.

Bien à vous,
Inès Bouhaddi
GSM : 0476 28 13 90""",
        app("Inès", "Bouhaddi", phone="+32476281390", bac=3, grad="2025-09", status="bacheliere_seconde_session"),
    )),
    # Feature: belgium — graduation — mon graduat d'éducateur spécialisé, en trois ans, terminé en juin 2022
    # variety: «mon graduat d'éducateur spécialisé, en trois ans, terminé en juin 2022» = Belgian: a graduat said of three years (bac+3), of June 2022: four years and five months ago → fails graduation_recent → not eligible
    N("belgium", "graduation", "mon graduat d'éducateur spécialisé, en trois ans, terminé en juin 2022", M(
        "Kevin Dethier <kevin.dethier@example.net>", "demande d'inscription", "03 19:44",
        """Bonsoir,

Je vous contacte depuis Liège, je déménage à Metz en janvier.

J'ai mon graduat d'éducateur spécialisé, en trois ans, terminé en juin 2022. Depuis j'enchaîne les remplacements dans un home pour personnes handicapées et je voudrais trouver un poste fixe dans une association en Lorraine.

Est-ce que votre accompagnement est possible pour moi ?

Merci d'avance, à tantôt peut-être,
Kevin Dethier
0495/61.44.08""",
        app("Kevin", "Dethier", phone="+32495614408", bac=3, grad="2022-06", failing=("graduation_recent",), status="graduat_juin_2022"),
    )),
    # Feature: belgium — studies_finished — je suis en plein blocus pour la session de janvier
    # variety: «je suis en plein blocus pour la session de janvier» = Belgian: the blocus is the weeks of revision before an exam session: the master's exams are still to come → fails studies_finished → not eligible
    N("belgium", "studies_finished", "je suis en plein blocus pour la session de janvier", M(
        "Chloé Delvaux <chloe.delvaux@example.com>", "Pro'pulse", "04 23:18",
        """Bonjour,

Petit message rapide car je suis en plein blocus pour la session de janvier (master en sciences de la famille et de la sexualité, UCLouvain, dernière année).

J'ai déjà mon bachelier en psychologie (juin 2025) et j'aimerais m'inscrire chez vous pour préparer la suite : je voudrais travailler dans un planning familial ou une association de santé.

Bonne soirée,
Chloé Delvaux""",
        app("Chloé", "Delvaux", phone=None, bac=3, grad="2025-06", failing=("studies_finished",), status="blocus_session_janvier"),
    )),
    # Feature: belgium — aim — dans une ASBL ou bien au CPAS de ma commune
    # ambiguous: an ASBL is an association (the ESS) but a CPAS is a public social welfare office: the aim is split between the ESS and the public sector with no preference said
    # variety: «dans une ASBL ou bien au CPAS de ma commune» = Belgian: the ASBL is an association, the CPAS the municipal social welfare office (public) → job_seeking_ess unknown → to verify
    N("belgium", "aim", "dans une ASBL ou bien au CPAS de ma commune", M(
        "Yasmina El Kaddouri <yasmina.elkaddouri@example.org>", "candidature", "05 13:05",
        """Bonjour Madame, Bonjour Monsieur,

Je m'appelle Yasmina El Kaddouri, j'ai obtenu mon bachelier en gestion des ressources humaines en juin 2026 à Namur.

Ma famille est à Roubaix et je vais passer de l'un à l'autre côté de la frontière. Je cherche un premier emploi, dans une ASBL ou bien au CPAS de ma commune, ça m'est égal, du moment que je fais de l'accompagnement.

Merci pour votre réponse,
Yasmina
+32 485 90 17 22""",
        app("Yasmina", "El Kaddouri", phone="+32485901722", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="asbl_ou_cpas"),
    )),
    # Feature: belgium — aim — un poste dans une ASBL active dans le logement
    # variety: «un poste dans une ASBL active dans le logement» = Belgian: an ASBL (association sans but lucratif) is the ESS; the «septante-deux familles» of her mémoire is a figure, no date → meets job_seeking_ess → eligible
    N("belgium", "aim", "un poste dans une ASBL active dans le logement", M(
        "Fanny Gilson <fanny.gilson@example.fr>", "Candidature - master en sciences de la population", "06 09:40",
        """Bonjour,

Diplômée d'un master en sciences de la population et du développement (ULB, juin 2026), je me suis installée à Paris avec mon compagnon en août.

Mon mémoire portait sur septante-deux familles relogées après l'incendie d'un immeuble à Molenbeek. J'aimerais continuer sur ces questions, idéalement avec un poste dans une ASBL active dans le logement — enfin, une association, je dois prendre le pli des mots français !

Vous trouverez mon CV ci-joint.

Cordialement,
Fanny Gilson
06 52 18 77 30""",
        app("Fanny", "Gilson", phone="+33652187730", bac=5, grad="2026-06", status="asbl_logement", info_in="both"),
        cv=CV("pdf", "CV_Fanny_Gilson.pdf", """Fanny Gilson
Master en sciences de la population et du développement — ULB, juin 2026
Mémoire : le relogement de septante-deux familles après un incendie (Molenbeek)
Bachelier en sciences humaines et sociales — ULB, 2024
Bénévole, ASBL d'accompagnement au logement, Bruxelles"""),
    )),
    # Feature: belgium — graduation — j'ai été proclamée bachelière en 2024
    # ambiguous: the proclamation is dated by the year alone, 2024, with no session: June 2024 would be too old, a late session could be within the two years
    # variety: «j'ai été proclamée bachelière en 2024» = Belgian: «proclamée» is the jury's announcement of the diploma; a year alone in 2024 → graduation_recent unknown → to verify
    N("belgium", "graduation", "j'ai été proclamée bachelière en 2024", M(
        "Gaëlle Hanquet <gaelle.hanquet@example.net>", "Intéressée par Pro'pulse", "09 11:27",
        """Bonjour,

J'ai été proclamée bachelière en 2024 (communication, IHECS). Après ça j'ai fait quelques mois de volontariat dans un festival, puis j'ai suivi mon copain à Lyon.

Je recherche du travail dans la communication d'une association ou d'une coopérative. Votre programme m'a été conseillé par une amie.

Au plaisir,
Gaëlle Hanquet
07 81 26 44 09""",
        app("Gaëlle", "Hanquet", phone="+33781264409", bac=3, grad="2024", unknown=("graduation_recent",), status="proclamee_2024"),
    )),
    # Feature: belgium — career_change — caissier dans un grand magasin de nonante-neuf à 2020
    # variety: «caissier dans un grand magasin de nonante-neuf à 2020» = Belgian: nonante-neuf is 1999: twenty-one years of retail before the bachelier → fails not_career_change → not eligible
    N("belgium", "career_change", "caissier dans un grand magasin de nonante-neuf à 2020", M(
        "Jean-Luc Collignon <jl.collignon@example.com>", "Candidature d'un jeune diplômé... pas si jeune", "10 15:51",
        """Bonjour,

J'ai été caissier dans un grand magasin de nonante-neuf à 2020, puis j'ai repris des études en cours du soir. J'ai eu mon bachelier en gestion des entreprises sociales en juin 2025 et je vis maintenant à Maubeuge.

Je voudrais travailler dans une entreprise d'économie sociale, une épicerie solidaire par exemple.

Bien à vous,
Jean-Luc Collignon
0472 33 80 16""",
        app("Jean-Luc", "Collignon", phone="+32472338016", bac=3, grad="2025-06", failing=("not_career_change",), status="caissier_nonante_neuf"),
    )),
    # Feature: belgium — kind — je suis en congé jusqu'au mardi 1er décembre
    # variety: «je suis en congé jusqu'au mardi 1er décembre» = a Belgian adviser's absence notice («à tantôt», a GSM for urgent matters), no application → kind auto_reply
    N("belgium", "kind", "je suis en congé jusqu'au mardi 1er décembre", M(
        "Nathalie Closset <n.closset@example.org>", "Absence / Afwezigheid", "11 08:00",
        """Bonjour,

Je suis en congé jusqu'au mardi 1er décembre inclus. Votre message ne sera pas transféré.

Pour une urgence concernant les permanences de l'ASBL, vous pouvez joindre ma collègue sur son GSM au 0470 11 22 33.

À tantôt,
Nathalie Closset""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: belgium — kind — un bachelier obtenu en Belgique est-il accepté
    # variety: «un bachelier obtenu en Belgique est-il accepté» = a general question on Belgian diplomas (bachelier, graduat), no one named, no personal fact → kind question
    N("belgium", "kind", "un bachelier obtenu en Belgique est-il accepté", M(
        "Olivier <olivier.b@example.net>", "Diplômes belges ?", "12 17:30",
        """Bonjour,

Une question simple : un bachelier obtenu en Belgique est-il accepté pour votre programme, ou faut-il d'abord une équivalence de la France ? Et qu'en est-il de l'ancien graduat ?

Merci, bonne fin de journée""",
        question(),
    )),
    # Feature: switzerland — level — mon CFC d'assistante socio-éducative et une maturité professionnelle
    # variety: «mon CFC d'assistante socio-éducative et une maturité professionnelle» = Swiss: a CFC is a federal apprenticeship certificate and the maturité professionnelle the bac's level: no diploma of bac+2 → fails degree_level → not eligible
    N("switzerland", "level", "mon CFC d'assistante socio-éducative et une maturité professionnelle", M(
        "Léa Bugnon <lea.bugnon@example.org>", "Inscription au programme", "02 14:20",
        """Bonjour,

Je suis Léa, j'ai 21 ans et je viens de Fribourg. J'ai mon CFC d'assistante socio-éducative et une maturité professionnelle, obtenus en juin 2025.

Je vais m'installer à Annecy et je cherche un emploi dans une crèche associative ou une maison de quartier.

Mon natel suisse : 079 418 23 65.

Meilleures salutations,
Léa Bugnon""",
        app("Léa", "Bugnon", phone="+41794182365", bac=0, grad="2025-06", failing=("degree_level",), status="cfc_maturite_pro"),
    )),
    # Feature: switzerland — situation — mon service civil, terminé fin août
    # variety: «mon service civil, terminé fin août» = Swiss: the service civil replaces the military service (not a French service civique), and it is over anyway → meets not_service_civique → eligible
    N("switzerland", "situation", "mon service civil, terminé fin août", M(
        "Damien Fivaz <damien.fivaz@example.net>", "Candidature Pro'pulse", "04 08:35",
        """Bonjour,

Je me permets de vous écrire depuis Lausanne. J'ai obtenu mon Bachelor HES en travail social en juillet 2025, puis j'ai fait mon service civil, terminé fin août, dans un EMS de la Broye (établissement médico-social, une maison de retraite chez vous).

Je m'installe à Besançon avec ma compagne et je cherche un poste d'éducateur dans une association ou une fondation.

Je vous joins mon CV.

Avec mes meilleures salutations,
Damien Fivaz
+41 78 655 20 14""",
        app("Damien", "Fivaz", phone="+41786552014", bac=3, grad="2025-07", status="service_civil_termine", info_in="both"),
        cv=CV("docx", "CV Damien Fivaz.docx", """Damien Fivaz
Bachelor of Arts HES-SO en travail social, juillet 2025
Service civil, EMS de la Broye, mars–août 2026
Stage de formation pratique, foyer pour adolescents, Lausanne, 2024"""),
    )),
    # Feature: switzerland — situation — je suis en formation pratique jusqu'à fin février
    # variety: «je suis en formation pratique jusqu'à fin février» = Swiss: the HES's «formation pratique» is the internship period of the Bachelor, still running → fails studies_finished and not_internship → not eligible
    N("switzerland", "situation", "je suis en formation pratique jusqu'à fin février", M(
        "Aurore Chappuis <aurore.chappuis@example.com>", "Renseignement et candidature", "05 21:12",
        """Bonjour,

Je suis étudiante en troisième année de Bachelor à la Haute école de travail social de Genève. Actuellement je suis en formation pratique jusqu'à fin février dans un foyer pour requérants d'asile.

Je voudrais m'installer à Grenoble après et travailler dans l'accueil des exilés. Est-ce que je peux déjà m'inscrire ?

Merci et belle soirée,
Aurore Chappuis
076 302 44 81""",
        app("Aurore", "Chappuis", phone="+41763024481", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="formation_pratique_hes"),
    )),
    # Feature: switzerland — level — un brevet fédéral de spécialiste en gestion de PME
    # ambiguous: a Swiss brevet fédéral is a higher vocational certificate whose French level is not settled (the abroad conventions leave it open)
    # variety: «un brevet fédéral de spécialiste en gestion de PME» = Swiss: a brevet fédéral of open equivalence → degree_level unknown, bac «*» → to verify
    N("switzerland", "level", "un brevet fédéral de spécialiste en gestion de PME", M(
        "Cédric Favre <cedric.favre@example.org>", "Postulation", "06 12:48",
        """Bonjour,

Suite à mon apprentissage, j'ai passé un brevet fédéral de spécialiste en gestion de PME (mai 2025). Mon CFC date de 2022.

Je suis maintenant à Mulhouse et je cherche une place dans une coopérative ou une entreprise d'insertion, côté administration.

Je vous remercie de votre retour.

Cédric Favre
natel 078 930 12 56""",
        app("Cédric", "Favre", phone="+41789301256", bac="*", grad="2025-05", unknown=("degree_level",), status="brevet_federal_pme"),
    )),
    # Feature: switzerland — career_change — j'ai bossé quelques années comme employé de commerce
    # ambiguous: «quelques années» in a trade before the HES: the conventions leave a few years of another trade open
    # variety: «j'ai bossé quelques années comme employé de commerce» = Swiss: employé de commerce is the CFC trade (an office clerk); a few years of it before the Bachelor → not_career_change unknown → to verify
    N("switzerland", "career_change", "j'ai bossé quelques années comme employé de commerce", M(
        "Alexandre Geiser <alex.geiser@example.net>", "candidature Pro'pulse", "09 18:02",
        """Salut l'équipe,

Après mon CFC, j'ai bossé quelques années comme employé de commerce dans une assurance à Neuchâtel, puis j'ai fait la HES : Bachelor en travail social, juin 2026.

Je vis à Pontarlier depuis l'été et je cherche un poste dans l'insertion professionnelle, dans une association ou une SCIC.

Merci et à bientôt j'espère,
Alexandre Geiser
079 774 05 38""",
        app("Alexandre", "Geiser", phone="+41797740538", bac=3, grad="2026-06", unknown=("not_career_change",), status="employe_commerce_quelques_annees"),
    )),
    # Feature: switzerland — graduation — diplômée avec la volée de septembre 2025
    # variety: «diplômée avec la volée de septembre 2025» = Swiss: a «volée» is a cohort; hers graduated in September 2025 → meets graduation_recent → eligible
    N("switzerland", "graduation", "diplômée avec la volée de septembre 2025", M(
        "Bérénice Aebischer <berenice.aebischer@example.com>", "Candidature", "10 10:10",
        """Bonjour,

Je suis diplômée avec la volée de septembre 2025 de la HES-SO Valais (Bachelor en économie d'entreprise, orientation entrepreneuriat social).

Je viens d'arriver à Lyon et j'aimerais travailler dans une coopérative d'habitation ou une SCOP.

Meilleures salutations,
Bérénice Aebischer
+41 77 420 61 93""",
        app("Bérénice", "Aebischer", phone="+41774206193", bac=3, grad="2025-09", status="volee_septembre_2025"),
    )),
    # Feature: switzerland — situation — je suis encore affecté au service civil jusqu'au 15 janvier
    # variety: «je suis encore affecté au service civil jusqu'au 15 janvier» = Swiss: a running service civil is the civilian alternative to the army, not a service civique and not an internship: the programme's rule on service civique does not catch it → meets not_service_civique → eligible
    N("switzerland", "situation", "je suis encore affecté au service civil jusqu'au 15 janvier", M(
        "Julien Clerc-Dubois <julien.clercdubois@example.org>", "Pro'pulse - candidature", "12 07:55",
        """Bonjour,

J'ai terminé mon master en développement territorial à Genève en juin 2026. Pour l'instant je suis encore affecté au service civil jusqu'au 15 janvier (dans une association de protection de la nature, c'est ce qu'on fait chez nous à la place de l'armée).

Ensuite je m'installe à Chambéry et je cherche un emploi dans une structure de l'économie sociale et solidaire, idéalement autour de l'environnement.

Bien à vous,
Julien Clerc-Dubois
+41 79 211 48 03""",
        app("Julien", "Clerc-Dubois", phone="+41792114803", bac=5, grad="2026-06", status="service_civil_en_cours"),
    )),
    # Feature: switzerland — kind — la lettre de l'économie sociale et solidaire genevoise
    # variety: «la lettre de l'économie sociale et solidaire genevoise» = a Swiss network's letter (septante membres, a votation, dates), no application → kind newsletter
    N("switzerland", "kind", "la lettre de l'économie sociale et solidaire genevoise", M(
        "Réseau ESS Genève <lettre@example.org>", "La lettre de novembre", "13 06:30",
        """La lettre de l'économie sociale et solidaire genevoise — novembre 2026

- Notre réseau compte désormais septante-huit membres.
- Votation du 29 novembre : ce que change l'initiative sur les coopératives d'habitation.
- Forum de l'emploi solidaire : jeudi 3 décembre, Uni Mail.
- Offres : deux postes en insertion, un poste d'animateur.

Se désinscrire : cliquez ici.""",
        newsletter(),
    )),
    # Feature: switzerland — kind — Re: Votre candidature - entretien
    # variety: «Re: Votre candidature - entretien» = a Swiss applicant answering in our thread (In-Reply-To one of our Message-IDs) with a time, huitante aside → kind reply
    N("switzerland", "kind", "Re: Votre candidature - entretien", M(
        "Mathilde Jaquet <mathilde.jaquet@example.net>", "Re: Votre candidature - entretien", "16 09:14",
        """Bonjour,

Merci pour votre retour. Jeudi à 10 h me convient très bien, en visio car je suis encore à Yverdon. Mon natel si besoin : 079 880 14 27 (oui, huitante, je sais que ça vous fait sourire).

Meilleures salutations,
Mathilde Jaquet

> Le 13 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Mathilde, nous vous proposons un entretien jeudi 19 novembre.""",
        reply(),
        headers={"In-Reply-To": "<entretien-1311.jaquet@animafac.net>", "References": "<entretien-1311.jaquet@animafac.net>"},
    )),
    # Feature: quebec_canada — studies_finished — je suis aux études à l'UQAM, finissante au bac
    # variety: «je suis aux études à l'UQAM, finissante au bac» = Québécois: «aux études» is still studying and a «finissante» is in her last year, the bac (a bachelor's) not yet obtained → fails studies_finished → not eligible
    N("quebec_canada", "studies_finished", "je suis aux études à l'UQAM, finissante au bac", M(
        "Roxanne Bélanger <roxanne.belanger@example.com>", "Programme Pro'pulse", "03 16:40",
        """Bonjour!

Je suis aux études à l'UQAM, finissante au bac en travail social. Ma diplomation est prévue au printemps 2027 et je prévois m'installer à Bordeaux juste après.

J'aimerais savoir si je peux m'inscrire d'avance à Pro'pulse, je veux vraiment travailler dans un organisme communautaire en France.

Merci beaucoup!
Roxanne Bélanger
514-555-0182""",
        app("Roxanne", "Bélanger", phone="+15145550182", bac="*", grad=None, failing=("studies_finished",), status="aux_etudes_finissante"),
    )),
    # Feature: quebec_canada — level — j'ai complété mon bac en animation et recherche culturelles
    # variety: «j'ai complété mon bac en animation et recherche culturelles» = Québécois: «mon bac» is a university bachelor's (three years, bac+3), «compléter» is to finish it, in May 2025 → meets degree_level → eligible
    N("quebec_canada", "level", "j'ai complété mon bac en animation et recherche culturelles", M(
        "Félix Gagnon-Laberge <felix.gagnonlaberge@example.org>", "Candidature", "05 11:02",
        """Bonjour,

J'ai complété mon bac en animation et recherche culturelles à l'UQAM en mai 2025. Depuis septembre je vis à Nantes avec un PVT.

Au Québec j'ai travaillé deux étés dans un OBNL de loisirs pour les jeunes du quartier. Je cherche un emploi d'animateur ou de chargé de projet dans une association ou un centre social.

Bonne journée,
Félix Gagnon-Laberge
07 66 21 48 90""",
        app("Félix", "Gagnon-Laberge", phone="+33766214890", bac=3, grad="2025-05", status="bac_uqam_complete"),
    )),
    # Feature: quebec_canada — level — mon DEC en techniques d'intervention en délinquance
    # ambiguous: a technical DEC is a three-year cégep diploma after secondary school; its French level is open (the abroad conventions leave it «*»)
    # variety: «mon DEC en techniques d'intervention en délinquance» = Québécois: a DEC technique of open equivalence, graduated in June 2025 → degree_level unknown, bac «*» → to verify
    N("quebec_canada", "level", "mon DEC en techniques d'intervention en délinquance", M(
        "Maxime Gendron <maxime.gendron@example.net>", "Inscription", "06 20:33",
        """Bonjour,

J'ai gradué du cégep de Maisonneuve en juin 2025 avec mon DEC en techniques d'intervention en délinquance. Ma blonde est française et on s'est installés à Toulouse.

Je cherche une job d'intervenant dans un organisme d'insertion ou une association qui accompagne des jeunes.

Merci!
Maxime Gendron
+1 438 555 0147""",
        app("Maxime", "Gendron", phone="+14385550147", bac="*", grad="2025-06", unknown=("degree_level",), status="dec_technique"),
    )),
    # Feature: quebec_canada — aim — une job dans une firme de génie-conseil
    # variety: «une job dans une firme de génie-conseil» = Québécois: «une job» is a job, a «firme de génie-conseil» an engineering consultancy (private): the aim is outside the ESS → fails job_seeking_ess → not eligible
    N("quebec_canada", "aim", "une job dans une firme de génie-conseil", M(
        "Laurence Côté <laurence.cote@example.com>", "Accompagnement", "10 13:25",
        """Bonjour,

J'ai terminé ma maîtrise en environnement à l'Université de Sherbrooke en décembre 2025 (l'équivalent d'un master chez vous, je crois).

Je viens d'emménager à Paris et je me cherche une job dans une firme de génie-conseil, en évaluation environnementale. On m'a dit que votre programme aidait les jeunes diplômés à se trouver un emploi.

Merci de votre aide,
Laurence Côté
laurence.cote@example.com""",
        app("Laurence", "Côté", phone=None, bac=5, grad="2025-12", failing=("job_seeking_ess",), status="firme_genie_conseil"),
    )),
    # Feature: quebec_canada — level — I completed my bac in social work at Université Laval in December 2024
    # variety: «I completed my bac in social work at Université Laval in December 2024» = Québec English: «my bac» is the bachelor's (bac+3), December 2024 is 23 months ago → meets degree_level and graduation_recent → eligible
    N("quebec_canada", "level", "I completed my bac in social work at Université Laval in December 2024", M(
        "Olivia Ferland <olivia.ferland@example.org>", "Application - Pro'pulse", "11 15:15",
        """Hello,

I completed my bac in social work at Université Laval in December 2024. I grew up in an anglo family in Sherbrooke, so please excuse my English-first message, my French is fine for work.

I moved to Rennes in October and I'm looking for a position in a non-profit, what we call an OBNL back home: community housing or food security.

Thank you,
Olivia Ferland
+33 6 47 02 93 18""",
        app("Olivia", "Ferland", phone="+33647029318", bac=3, grad="2024-12", status="bac_laval_en", language="en"),
    )),
    # Feature: quebec_canada — graduation — j'ai gradué en 2024
    # ambiguous: the bachelor's is dated by the year alone, 2024: the conventions leave it open; the summer jobs are no career
    # variety: «j'ai gradué en 2024» = Québécois: «graduer» is to get one's diploma, in 2024 with no month; the «jobs d'été» are student jobs (no career change) → graduation_recent unknown → to verify
    N("quebec_canada", "graduation", "j'ai gradué en 2024", M(
        "Noémie Boisvert <noemie.boisvert@example.net>", "Pro'pulse", "16 10:58",
        """Bonjour,

J'ai un bac en communication, relations publiques (Université de Montréal), j'ai gradué en 2024. Pendant mes études j'ai eu plein de jobs d'été, camps de jour, cueillette de bleuets, etc.

Je suis à Lille depuis un mois et je veux travailler en communication pour un organisme à but non lucratif ou une coopérative.

Au plaisir,
Noémie Boisvert
06 15 70 38 22""",
        app("Noémie", "Boisvert", phone="+33615703822", bac=3, grad="2024", unknown=("graduation_recent",), status="gradue_2024"),
    )),
    # Feature: quebec_canada — kind — est-ce que le programme est ouvert aux gens en PVT
    # variety: «est-ce que le programme est ouvert aux gens en PVT» = a Québécois question on the working-holiday visa, no personal fact → kind question
    N("quebec_canada", "kind", "est-ce que le programme est ouvert aux gens en PVT", M(
        "Catherine <catherine.lav@example.org>", "Question PVT", "17 09:03",
        """Allô,

Petite question : est-ce que le programme est ouvert aux gens en PVT (permis vacances-travail) ou il faut un autre statut? Plusieurs de mes amis québécois sont intéressés.

Merci, bonne journée!""",
        question(),
    )),
    # Feature: quebec_canada — kind — Delivery to the following recipient failed permanently
    # variety: «Delivery to the following recipient failed permanently» = our mail to a Montréal address bounced, no application → kind bounce
    N("quebec_canada", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)", "18 12:40",
        """Delivery to the following recipient failed permanently:

     emile.bergeron@example.com

The email account that you tried to reach does not exist.""",
        bounce("emile.bergeron@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; emile.bergeron@example.com\nAction: failed\nStatus: 5.1.1",
    )),
]
