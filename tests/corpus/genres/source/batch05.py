"""Genres corpus, batch 05 (writer B): a formal «lettre de motivation» pasted in the body (addresses block,
«Objet :», «Madame, Monsieur,», «Je vous prie d'agréer…»), a professional-network profile pasted (headline,
«Infos», «Expérience», «Formation», durations «· 1 an 3 mois»), a plain-text CV in the body (sections, dates
in columns); other mail in the same genres (a letter asking a question, a network notification, a job
board's newsletter, a reply in our thread)."""
# ruff: noqa: E501

from __future__ import annotations

from genres import N
from kit import CV, M, app, newsletter, other, question, reply

MESSAGES = [
    # Feature: cover_letter — graduation — titulaire d'un master 2 Économie sociale et solidaire obtenu en juillet 2025
    # genre: second paragraph of the letter «titulaire d'un master 2 Économie sociale et solidaire obtenu en juillet 2025» = 16 months ago → meets graduation_recent, level 5; the Objet's «bac+2 et plus» is the programme's criterion, not hers
    N("cover_letter", "graduation", "titulaire d'un master 2 Économie sociale et solidaire obtenu en juillet 2025", M(
        "Solène Abadie-Ferrand <solene.abadie@example.org>", "Lettre de motivation — programme Pro'pulse", "04 09:12",
        """Bonjour,

Veuillez trouver ci-dessous ma lettre de motivation, et mon CV en pièce jointe.

Solène Abadie-Ferrand
14 rue des Tanneurs
31000 Toulouse
06 42 18 77 30
solene.abadie@example.org

Animafac — Programme Pro'pulse
Paris

Toulouse, le 4 novembre 2026

Objet : candidature au programme Pro'pulse (jeunes diplômés bac+2 et plus)

Madame, Monsieur,

Depuis plusieurs années, je m'intéresse aux structures qui font vivre l'économie de proximité : épiceries solidaires, tiers-lieux, ressourceries. C'est dans ce champ que je souhaite commencer ma vie professionnelle, et votre programme m'apparaît comme la meilleure porte d'entrée.

Titulaire d'un master 2 Économie sociale et solidaire obtenu en juillet 2025 à l'université Toulouse Jean-Jaurès, j'ai consacré mon mémoire aux coopératives d'habitants. Mes stages dans une SCIC de circuits courts m'ont appris à animer un conseil coopératif et à monter un budget prévisionnel.

Je recherche aujourd'hui un poste de chargée de développement dans une association ou une coopérative de la région toulousaine. Je serais heureuse de vous exposer mon projet lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Solène Abadie-Ferrand""",
        app("Solène", "Abadie-Ferrand", phone="+33642187730", bac=5, grad="2025-07", status="b_letter_master_july", info_in="both"),
        cv=CV("pdf", "CV_Solene_Abadie-Ferrand.pdf", """Solène Abadie-Ferrand
Chargée de développement ESS
Formation
2023-2025 Master 2 Économie sociale et solidaire, Université Toulouse Jean-Jaurès
2020-2023 Licence Économie-gestion
Expériences
Stage 6 mois — SCIC Court-Circuit Occitanie (2025)
Langues : anglais, occitan"""),
    )),
    # Feature: cover_letter — situation — je poursuis actuellement une mission de service civique à la Ligue de l'enseignement, jusqu'en avril 2027
    # genre: first paragraph of the letter «je poursuis actuellement une mission de service civique à la Ligue de l'enseignement, jusqu'en avril 2027» = running after today → fails not_service_civique
    N("cover_letter", "situation", "je poursuis actuellement une mission de service civique à la Ligue de l'enseignement, jusqu'en avril 2027", M(
        "Kofi Mensah-Larbi <kofi.mensah@example.net>", "Candidature", "05 21:40",
        """Kofi Mensah-Larbi
3 allée des Peupliers
59000 Lille
07 68 11 23 94

À l'attention de l'équipe Pro'pulse

Lille, le 5 novembre 2026

Objet : candidature spontanée

Madame, Monsieur,

Diplômé d'une licence de sciences de l'éducation en juin 2025, je poursuis actuellement une mission de service civique à la Ligue de l'enseignement, jusqu'en avril 2027. J'y accompagne des ateliers de lecture dans des écoles de quartier.

Cette expérience m'a convaincu de travailler dans l'éducation populaire. J'aimerais rejoindre une association d'éducation populaire comme coordinateur d'activités périscolaires.

Je reste à votre disposition pour un entretien et vous prie d'agréer, Madame, Monsieur, mes sincères salutations.

Kofi Mensah-Larbi""",
        app("Kofi", "Mensah-Larbi", phone="+33768112394", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_letter_civic_april"),
    )),
    # Feature: cover_letter — career_change — Après neuf années comme conducteur de bus
    # genre: first paragraph of the letter «Après neuf années comme conducteur de bus» before a BTS ESF of June 2025 = a retraining after another trade → fails not_career_change
    N("cover_letter", "career_change", "Après neuf années comme conducteur de bus", M(
        "Thierry Okonkwo <t.okonkwo@example.com>", "Ma lettre de motivation pour Pro'pulse", "06 07:55",
        """Bonjour, je vous colle ma lettre ci-dessous.

Thierry Okonkwo
21 boulevard Carnot
21000 Dijon
Tél. 06 05 49 31 82

Dijon, le 6 novembre 2026

Objet : candidature au programme Pro'pulse

Madame, Monsieur,

Après neuf années comme conducteur de bus au réseau de Dijon, j'ai repris mes études et obtenu en juin 2025 un BTS Économie sociale familiale. Le contact quotidien avec les usagers m'avait donné envie d'aider autrement.

Je souhaite désormais travailler comme conseiller en économie sociale et familiale dans une association de lutte contre le surendettement ou une épicerie sociale.

Dans l'attente de votre réponse, je vous prie de croire, Madame, Monsieur, à l'assurance de mes respectueuses salutations.

Thierry Okonkwo""",
        app("Thierry", "Okonkwo", phone="+33605493182", bac=2, grad="2025-06", failing=("not_career_change",), status="b_letter_bus_driver"),
    )),
    # Feature: cover_letter — studies_finished — je prépare actuellement une licence professionnelle Coordination de projets, que j'obtiendrai en juin 2025
    # ambiguous: the letter is dated 12 mars 2025 and pasted as it was; it says the licence pro was still being prepared, and the mail never says whether it was obtained
    # genre: letter dated «Rennes, le 12 mars 2025», first paragraph «je prépare actuellement une licence professionnelle Coordination de projets, que j'obtiendrai en juin 2025» = an old letter; whether the diploma came is not said → studies_finished and graduation open
    N("cover_letter", "studies_finished", "je prépare actuellement une licence professionnelle Coordination de projets, que j'obtiendrai en juin 2025", M(
        "Maïwenn Le Bihan <maiwenn.lebihan@example.fr>", "lettre de motivation", "07 13:20",
        """Bonjour,
je reprends la lettre que j'avais écrite pour une autre candidature, elle dit l'essentiel :

Maïwenn Le Bihan
Rennes

Rennes, le 12 mars 2025

Objet : candidature à un poste d'assistante de coordination

Madame, Monsieur,

Je prépare actuellement une licence professionnelle Coordination de projets, que j'obtiendrai en juin 2025, à l'IUT de Rennes. Ma formation en alternance m'a fait découvrir la gestion de bénévoles.

Je souhaite m'engager dans une association du secteur de la solidarité internationale, où je pourrais mettre mes compétences d'organisation au service de projets collectifs.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maïwenn Le Bihan
07 59 20 84 16""",
        app("Maïwenn", "Le Bihan", phone="+33759208416", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), status="b_letter_old_march"),
    )),
    # Feature: cover_letter — aim — rejoindre la direction RSE d'un grand groupe bancaire
    # genre: third paragraph of the letter «rejoindre la direction RSE d'un grand groupe bancaire» = a bank's CSR → fails job_seeking_ess
    N("cover_letter", "aim", "rejoindre la direction RSE d'un grand groupe bancaire", M(
        "Aurélien Delcourt <aurelien.delcourt@example.com>", "Candidature Pro'pulse — lettre", "08 18:03",
        """Aurélien Delcourt
8 place Bellecour
69002 Lyon
06 17 55 02 48

Lyon, le 8 novembre 2026

Objet : candidature — accompagnement vers l'emploi

Madame, Monsieur,

Diplômé en septembre 2025 d'un master Management de la performance durable à l'IAE de Lyon, je souhaite donner un sens concret à mes connaissances en reporting extra-financier.

Mon ambition est de rejoindre la direction RSE d'un grand groupe bancaire, afin d'y piloter la politique d'achats responsables. Votre accompagnement m'aiderait à affiner mon discours et mon réseau.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Aurélien Delcourt""",
        app("Aurélien", "Delcourt", phone="+33617550248", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_letter_bank_csr"),
    )),
    # Feature: cover_letter — level — titulaire d'un BTS Services et prestations des secteurs sanitaire et social (juin 2026)
    # genre: second paragraph of the letter «titulaire d'un BTS Services et prestations des secteurs sanitaire et social (juin 2026)» = bac+2, five months ago → meets degree_level and graduation_recent
    N("cover_letter", "level", "titulaire d'un BTS Services et prestations des secteurs sanitaire et social (juin 2026)", M(
        "Yasmina Bensaïd <yasmina.bensaid@example.org>", "Candidature au programme", "09 10:31",
        """Yasmina Bensaïd
5 impasse du Moulin
13003 Marseille
07 81 44 09 62

Animafac — Pro'pulse

Marseille, le 9 novembre 2026

Objet : demande d'intégration au programme Pro'pulse

Madame, Monsieur,

Je me permets de vous adresser ma candidature au programme Pro'pulse, dont j'ai entendu parler au forum des associations de mon quartier.

Titulaire d'un BTS Services et prestations des secteurs sanitaire et social (juin 2026), j'ai effectué mes stages dans un centre social et une maison des familles. J'y ai accompagné des démarches d'accès aux droits.

Je recherche un premier emploi de conseillère d'accueil dans un centre social associatif. Je vous prie de recevoir, Madame, Monsieur, mes salutations respectueuses.

Yasmina Bensaïd""",
        app("Yasmina", "Bensaïd", phone="+33781440962", bac=2, grad="2026-06", status="b_letter_bts_sp3s"),
    )),
    # Feature: cover_letter — graduation — diplômé d'une licence professionnelle Gestion des structures sanitaires et sociales en 2022
    # genre: second paragraph of the letter «diplômé d'une licence professionnelle Gestion des structures sanitaires et sociales en 2022» = 2022 → fails graduation_recent
    N("cover_letter", "graduation", "diplômé d'une licence professionnelle Gestion des structures sanitaires et sociales en 2022", M(
        "Grégoire Nkemelu <gregoire.nkemelu@example.net>", "Objet : candidature Pro'pulse", "10 16:47",
        """Grégoire Nkemelu
42 rue Saint-Jean
57000 Metz
06 93 27 15 08

Metz, le 10 novembre 2026

Objet : candidature au programme Pro'pulse

Madame, Monsieur,

Votre programme accompagne les jeunes vers les métiers de l'économie sociale et solidaire, et c'est précisément vers ces métiers que je veux aller.

Diplômé d'une licence professionnelle Gestion des structures sanitaires et sociales en 2022, j'ai travaillé depuis en intérim dans la logistique, faute d'avoir trouvé dans mon domaine.

Je cherche un poste d'assistant de direction dans un EHPAD associatif ou une mutuelle. Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Grégoire Nkemelu""",
        app("Grégoire", "Nkemelu", phone="+33693271508", bac=3, grad="2022", failing=("graduation_recent",), status="b_letter_lp_2022"),
    )),
    # Feature: cover_letter — kind — Pourriez-vous m'indiquer les dates de la prochaine session
    # genre: a formal letter whose only paragraph is a question «Pourriez-vous m'indiquer les dates de la prochaine session» = no personal fact → kind question
    N("cover_letter", "kind", "Pourriez-vous m'indiquer les dates de la prochaine session", M(
        "Bérénice Taillefer <berenice.taillefer@example.fr>", "Demande de renseignements", "11 11:05",
        """Bérénice Taillefer
Nantes

Nantes, le 11 novembre 2026

Objet : demande de renseignements sur le programme Pro'pulse

Madame, Monsieur,

Pourriez-vous m'indiquer les dates de la prochaine session du programme, ainsi que les modalités d'inscription ? Je souhaiterais également savoir si l'accompagnement peut se faire entièrement à distance.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bérénice Taillefer""",
        question(),
    )),
    # Feature: cover_letter — kind — nous avons le plaisir de vous convier à la rencontre régionale
    # genre: a partner's formal letter «nous avons le plaisir de vous convier à la rencontre régionale» = an invitation, nobody's application → kind other
    N("cover_letter", "kind", "nous avons le plaisir de vous convier à la rencontre régionale", M(
        "CRESS Grand Est <contact@cress-ge.example.org>", "Invitation — rencontre régionale de l'ESS", "12 08:30",
        """Chambre régionale de l'économie sociale et solidaire
Strasbourg

À l'attention de l'équipe Pro'pulse — Animafac

Strasbourg, le 12 novembre 2026

Objet : invitation

Madame, Monsieur,

Dans le cadre du Mois de l'ESS, nous avons le plaisir de vous convier à la rencontre régionale « Jeunes et emploi dans l'ESS » qui se tiendra le 3 décembre à Strasbourg.

Nous serions honorés que votre programme y présente son action. Veuillez agréer, Madame, Monsieur, nos salutations les meilleures.

La déléguée générale""",
        other(),
    )),
    # Feature: profile_paste — graduation — Master 2 Économie sociale et solidaire 2023 - 2025
    # genre: profile «Formation» entry «Master 2 Économie sociale et solidaire 2023 - 2025» = a master of 2025 → meets graduation_recent, level 5; the headline and «Compétences» decide nothing
    N("profile_paste", "graduation", "Master 2 Économie sociale et solidaire 2023 - 2025", M(
        "Anaïs Andrianasolo <anais.andrianasolo@example.org>", "Mon profil pour Pro'pulse", "04 14:22",
        """Bonjour, plutôt qu'un CV je vous colle mon profil, il est à jour.

Anaïs Andrianasolo
Coordinatrice de projets junior | ESS | Ouverte aux opportunités
Grenoble, Auvergne-Rhône-Alpes · 312 relations

Infos
Passionnée par les tiers-lieux et l'alimentation durable, je cherche un premier poste de coordination dans une association ou une coopérative.

Expérience
Service civique — Animatrice jardins partagés
Unis-Cité · Service civique
sept. 2022 - juin 2023 · 10 mois
Grenoble

Formation
Université Grenoble Alpes
Master 2 Économie sociale et solidaire
2023 - 2025

Compétences
Gestion de projet · Animation de réseau · Canva

Je suis joignable au 06 71 38 90 24.
Anaïs""",
        app("Anaïs", "Andrianasolo", phone="+33671389024", bac=5, grad="2025", status="b_profile_master_2025"),
    )),
    # Feature: profile_paste — situation — Les Petits Frères des Pauvres · Stage sept. 2026 - aujourd'hui · 3 mois
    # genre: profile «Expérience» entry «Les Petits Frères des Pauvres · Stage sept. 2026 - aujourd'hui · 3 mois» in a profile she says is current = an internship running now → fails not_internship
    N("profile_paste", "situation", "Les Petits Frères des Pauvres · Stage sept. 2026 - aujourd'hui · 3 mois", M(
        "Clémence Dufresnoy <clemence.dufresnoy@example.com>", "Candidature (profil copié)", "13 19:10",
        """Bonjour,
voici mon profil tel qu'il est en ligne ce soir :

Clémence Dufresnoy
Communication & engagement associatif | Licence pro 2026
Bordeaux · 188 relations

Infos
J'aime raconter les projets des associations et donner envie de s'y engager.

Expérience
Stagiaire chargée de communication
Les Petits Frères des Pauvres · Stage
sept. 2026 - aujourd'hui · 3 mois

Formation
IUT Bordeaux Montaigne
Licence professionnelle Communication des organisations
2025 - 2026

Recommandations
« Clémence a mené notre campagne de dons avec rigueur. » — Hugo, responsable bénévoles

J'aimerais ensuite un poste de chargée de communication dans une association. 07 12 64 33 58.""",
        app("Clémence", "Dufresnoy", phone="+33712643358", bac=3, grad="2026", failing=("not_internship",), status="b_profile_intern_now"),
    )),
    # Feature: profile_paste — situation — Volontaire en service civique Unis-Cité mars 2026 - aujourd'hui · 5 mois
    # ambiguous: the pasted profile is stale (he says he has not updated it; «mars 2026 - aujourd'hui · 5 mois» dates the copy to about August), so whether the civic service still runs in late November is not said
    # genre: profile «Expérience» entry «Volontaire en service civique Unis-Cité mars 2026 - aujourd'hui · 5 mois» on a profile not updated for months = running in August, unknown now → not_service_civique open
    N("profile_paste", "situation", "Volontaire en service civique Unis-Cité mars 2026 - aujourd'hui · 5 mois", M(
        "Ibrahima Diagne <ibrahima.diagne@example.net>", "profil", "14 22:48",
        """Salut l'équipe, je colle mon profil, je l'ai pas retouché depuis l'été donc excusez si c'est pas à jour.

Ibrahima Diagne
Médiation sociale | Jeunesse | Montpellier

Infos
Je veux travailler dans la médiation auprès des jeunes, dans une association de quartier.

Expérience
Volontaire en service civique
Unis-Cité
mars 2026 - aujourd'hui · 5 mois
Montpellier

Animateur périscolaire
Ville de Montpellier · Temps partiel
2023 - 2024

Formation
Université Paul-Valéry Montpellier 3
Licence Sociologie
2022 - 2025

Mon numéro : 06 28 47 19 53""",
        app("Ibrahima", "Diagne", phone="+33628471953", bac=3, grad="2025", unknown=("not_service_civique",), status="b_profile_stale_civic"),
    )),
    # Feature: profile_paste — career_change — Technicienne de maintenance aéronautique Airbus · CDI 2014 - 2023 · 9 ans
    # genre: profile «Expérience» entry «Technicienne de maintenance aéronautique Airbus · CDI 2014 - 2023 · 9 ans» before a 2025 licence pro = a retraining after another trade → fails not_career_change
    N("profile_paste", "career_change", "Technicienne de maintenance aéronautique Airbus · CDI 2014 - 2023 · 9 ans", M(
        "Sandrine Oyelaran <sandrine.oyelaran@example.fr>", "Candidature — profil ci-dessous", "15 09:02",
        """Bonjour,

Sandrine Oyelaran
Animatrice sociale | En reconversion | Toulouse

Infos
Après une première vie dans l'industrie, j'ai choisi l'animation sociale. Je cherche un poste dans un centre social ou une association d'insertion.

Expérience
Technicienne de maintenance aéronautique
Airbus · CDI
2014 - 2023 · 9 ans

Formation
Université Toulouse Jean-Jaurès
Licence professionnelle Métiers de l'animation sociale
2024 - 2025

Bénévolat
Secours populaire · Aide aux devoirs · 2021 - aujourd'hui

Tél : 07 45 90 12 67""",
        app("Sandrine", "Oyelaran", phone="+33745901267", bac=3, grad="2025", failing=("not_career_change",), status="b_profile_airbus_retrain"),
    )),
    # Feature: profile_paste — level — Licence AES 2022 - 2023 (1re année)
    # genre: profile «Formation» entries «Baccalauréat STMG 2022» and «Licence AES 2022 - 2023 (1re année)» = one year of licence after the bac → fails degree_level
    N("profile_paste", "level", "Licence AES 2022 - 2023 (1re année)", M(
        "Lou-Anne Santoni <louanne.santoni@example.org>", "je voudrais candidater", "16 17:36",
        """Bonjour, voilà mon profil :

Lou-Anne Santoni
Assistante administrative | Associations | Ajaccio

Infos
Organisée, à l'écoute, j'aimerais travailler pour une association d'aide aux personnes âgées.

Expérience
Agente d'accueil
Mutuelle Corse Santé · CDD
janv. 2024 - déc. 2024 · 1 an

Formation
Université de Corse
Licence AES
2022 - 2023 (1re année)

Lycée Laetitia Bonaparte
Baccalauréat STMG
2022

Lou-Anne, 06 09 72 41 85""",
        app("Lou-Anne", "Santoni", phone="+33609724185", bac=1, grad="2022", failing=("degree_level",), status="b_profile_one_year"),
    )),
    # Feature: profile_paste — situation — Youth worker Centre social Les Tilleuls · Fixed-term contract Jan 2026 - Present · 11 mos
    # genre: profile «Experience» entry «Youth worker Centre social Les Tilleuls · Fixed-term contract Jan 2026 - Present · 11 mos» = a job after a 2025 BA, no internship nor civic service → meets
    N("profile_paste", "situation", "Youth worker Centre social Les Tilleuls · Fixed-term contract Jan 2026 - Present · 11 mos", M(
        "Priya Subramaniam <priya.subramaniam@example.com>", "Application — my profile", "17 12:14",
        """Hello,

I'm applying to Pro'pulse. Here is my profile as it stands today:

Priya Subramaniam
Youth work | Social economy | Open to work
Lille, Hauts-de-France

About
I grew up between Chennai and Roubaix and want to build a career in community organisations.

Experience
Youth worker
Centre social Les Tilleuls · Fixed-term contract
Jan 2026 - Present · 11 mos

Education
Université de Lille
Bachelor's degree (Licence), Sociology
2022 - 2025

Skills
Facilitation · French · Tamil · English

I'm looking for a permanent role in a community association or a cooperative. Phone: 07 33 58 21 06.
Priya""",
        app("Priya", "Subramaniam", phone="+33733582106", bac=3, grad="2025", status="b_profile_en_youth", language="en"),
    )),
    # Feature: profile_paste — kind — Fatou a consulté votre profil
    # genre: a network's notification «Fatou a consulté votre profil» = automatic mail, no application → kind other
    N("profile_paste", "kind", "Fatou a consulté votre profil", M(
        "Réseau Pro <notifications@reseaupro.example.com>", "Vous apparaissez dans 4 recherches cette semaine", "18 06:00",
        """Animafac Pro'pulse, votre page progresse

Fatou a consulté votre profil
Chargée d'insertion | Mission locale

4 recherches cette semaine
Vos mots-clés : insertion, ESS, jeunes

Voir tous les visiteurs

Vous recevez cet e-mail car vous êtes membre de Réseau Pro. Se désabonner""",
        other(),
    )),
    # Feature: profile_paste — kind — Les profils de la semaine
    # genre: a job board's newsletter pasting profiles «Les profils de la semaine» = a mailing, nobody applying → kind newsletter
    N("profile_paste", "kind", "Les profils de la semaine", M(
        "Jobs ESS <lettre@jobs-ess.example.net>", "Les profils de la semaine — n° 47", "19 07:30",
        """Les profils de la semaine

Chargé de mission tiers-lieu | Ouvert aux opportunités
Nancy · Master 2 Développement territorial

Responsable de boutique solidaire | En poste
Angers · BTS MCO

Découvrez 120 autres profils sur notre site.

Vous recevez cette lettre car vous êtes abonné à Jobs ESS. Se désinscrire""",
        newsletter(),
    )),
    # Feature: cv_in_body — level — 2023-2025 DUT Carrières sociales, IUT de Tours
    # genre: CV «FORMATION» line «2023-2025 DUT Carrières sociales, IUT de Tours» = bac+2 of 2025 → meets degree_level and graduation_recent
    N("cv_in_body", "level", "2023-2025 DUT Carrières sociales, IUT de Tours", M(
        "Mathis Ferreira <mathis.ferreira@example.org>", "CV — candidature Pro'pulse", "04 20:05",
        """Bonjour, mon CV ci-dessous (je n'arrive pas à joindre de fichier depuis mon téléphone).

MATHIS FERREIRA
Tours — 06 84 51 27 09 — mathis.ferreira@example.org

FORMATION
2023-2025    DUT Carrières sociales, IUT de Tours
2023         Bac STMG, lycée Grandmont

EXPÉRIENCE
Depuis 2025  Animateur (CDD), maison de quartier Sanitas
Étés 2022-2024  Moniteur de colonies de vacances

OBJECTIF
Coordinateur jeunesse dans une association d'éducation populaire

CENTRES D'INTÉRÊT
Football en club, radio associative""",
        app("Mathis", "Ferreira", phone="+33684512709", bac=2, grad="2025", status="b_cv_dut_2025"),
    )),
    # Feature: cv_in_body — studies_finished — Depuis sept. 2026   Master 2 Développement local (en cours)
    # genre: CV «FORMATION» line «Depuis sept. 2026   Master 2 Développement local (en cours)» = studies running → fails studies_finished
    N("cv_in_body", "studies_finished", "Depuis sept. 2026   Master 2 Développement local (en cours)", M(
        "Nour Benslimane <nour.benslimane@example.net>", "Candidature", "05 15:48",
        """Bonjour,

NOUR BENSLIMANE
Clermont-Ferrand | 07 26 84 15 39

FORMATION
Depuis sept. 2026   Master 2 Développement local (en cours)
2025-2026           Master 1 Développement local, UCA
2022-2025           Licence Géographie

EXPÉRIENCES
2026   Stage 3 mois — Parc naturel des Volcans
2024   Job d'été — office de tourisme

PROJET
Chargée de développement dans une SCIC ou une association rurale.

Merci de me dire si je peux candidater.""",
        app("Nour", "Benslimane", phone="+33726841539", bac="*", grad=None, failing=("studies_finished",), status="b_cv_m2_running"),
    )),
    # Feature: cv_in_body — graduation — 2024         Licence pro Intervention sociale
    # ambiguous: the CV gives only the year 2024 for the licence pro, which could be recent (November–December 2024) or not
    # genre: CV «FORMATION» line «2024         Licence pro Intervention sociale» = a year alone in 2024 → graduation_recent open
    N("cv_in_body", "graduation", "2024         Licence pro Intervention sociale", M(
        "Hanna Kowalczyk <hanna.kowalczyk@example.fr>", "CV pour le programme", "06 11:17",
        """Bonjour,

HANNA KOWALCZYK
Strasbourg
06 57 33 92 41

FORMATION
2024         Licence pro Intervention sociale, Université de Strasbourg
2021-2023    BTS ESF

EXPÉRIENCE
2025-2026    Agente d'accueil, CCAS de Schiltigheim (CDD)

RECHERCHE
Poste d'intervenante sociale dans une association d'hébergement.

Cordialement
Hanna""",
        app("Hanna", "Kowalczyk", phone="+33657339241", bac=3, grad="2024", unknown=("graduation_recent",), status="b_cv_lp_2024"),
    )),
    # Feature: cv_in_body — graduation — 2020-2022   BTS Économie sociale familiale
    # genre: CV «FORMATION» line «2020-2022   BTS Économie sociale familiale» = diploma of 2022 → fails graduation_recent
    N("cv_in_body", "graduation", "2020-2022   BTS Économie sociale familiale", M(
        "Dimitri Papadakis <dimitri.papadakis@example.com>", "CV", "07 09:44",
        """Bonjour,

Dimitri PAPADAKIS — 07 04 16 88 53
Nice

FORMATION
2020-2022   BTS Économie sociale familiale, lycée Estienne-d'Orves
2020        Bac ST2S

EXPÉRIENCE
2022-2026   Employé polyvalent, supermarché (temps partiel)

OBJECTIF
Conseiller ESF dans une association d'aide alimentaire

Bien à vous""",
        app("Dimitri", "Papadakis", phone="+33704168853", bac=2, grad="2022", failing=("graduation_recent",), status="b_cv_bts_2022"),
    )),
    # Feature: cv_in_body — situation — Depuis oct. 2026   Volontaire en service civique, Restos du Cœur (8 mois)
    # genre: CV «EXPÉRIENCE» line «Depuis oct. 2026   Volontaire en service civique, Restos du Cœur (8 mois)» = a civic service running until mid-2027 → fails not_service_civique
    N("cv_in_body", "situation", "Depuis oct. 2026   Volontaire en service civique, Restos du Cœur (8 mois)", M(
        "Awa Konaté <awa.konate@example.org>", "ma candidature (CV)", "08 16:26",
        """Bonjour,

AWA KONATÉ
Orléans — 06 38 90 57 12

EXPÉRIENCE
Depuis oct. 2026   Volontaire en service civique, Restos du Cœur (8 mois)
2025               Stage de fin d'études, Secours catholique (terminé)

FORMATION
2023-2025   BUT Carrières sociales, IUT d'Orléans

PROJET
Travailler dans l'aide alimentaire, en association.

Awa""",
        app("Awa", "Konaté", phone="+33638905712", bac=3, grad="2025", failing=("not_service_civique",), status="b_cv_civic_restos"),
    )),
    # Feature: cv_in_body — career_change — Étés 2021-2024   Jobs étudiants : caissier, livreur
    # genre: CV «EXPÉRIENCE» line «Étés 2021-2024   Jobs étudiants : caissier, livreur» = summer jobs during studies, not another trade → meets not_career_change; BUT 2025, ESS aim
    N("cv_in_body", "career_change", "Étés 2021-2024   Jobs étudiants : caissier, livreur", M(
        "Samuel Tshibangu <samuel.tshibangu@example.net>", "Candidature Pro'pulse", "09 18:58",
        """Bonjour,

SAMUEL TSHIBANGU
Rouen | 07 51 24 68 90

FORMATION
2022-2025   BUT Gestion des entreprises et des administrations, IUT de Rouen

EXPÉRIENCE
2025        Stage 4 mois, Régie de quartier des Hauts de Rouen (terminé)
Étés 2021-2024   Jobs étudiants : caissier, livreur

OBJECTIF
Assistant de gestion dans une régie de quartier ou une SIAE

Merci de votre lecture,
Samuel""",
        app("Samuel", "Tshibangu", phone="+33751246890", bac=3, grad="2025", status="b_cv_student_jobs"),
    )),
    # Feature: cv_in_body — kind — MODÈLE DE CV — Prénom NOM
    # genre: a job site's newsletter giving a plain-text CV template «MODÈLE DE CV — Prénom NOM» = a mailing, no person → kind newsletter
    N("cv_in_body", "kind", "MODÈLE DE CV — Prénom NOM", M(
        "Emploi Facile <newsletter@emploifacile.example.com>", "Votre modèle de CV gratuit", "10 07:00",
        """Cette semaine, un modèle à copier-coller :

MODÈLE DE CV — Prénom NOM
Ville — téléphone — e-mail

FORMATION
20XX-20XX   Diplôme, établissement

EXPÉRIENCE
20XX        Poste, structure

Astuce : mettez toujours les dates à gauche, en colonne.

Pour ne plus recevoir cette lettre, cliquez ici.""",
        newsletter(),
    )),
    # Feature: cv_in_body — kind — je vous recolle mon CV dans le corps du mail demain
    # genre: a reply in our thread about the CV's format «je vous recolle mon CV dans le corps du mail demain» = no fact given yet → kind reply
    N("cv_in_body", "kind", "je vous recolle mon CV dans le corps du mail demain", M(
        "Léonie Bassong <leonie.bassong@example.fr>", "Re: Format de votre CV", "11 13:39",
        """D'accord, merci pour l'explication, je vous recolle mon CV dans le corps du mail demain, la pièce jointe ne s'ouvrait pas chez vous.

Léonie

> Bonjour, nous n'arrivons pas à ouvrir votre pièce jointe. Pouvez-vous nous renvoyer votre CV ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<cv-format-2611@animafac.net>", "References": "<cv-format-2611@animafac.net>"},
    )),
]
