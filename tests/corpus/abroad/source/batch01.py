# ruff: noqa: E501
"""Batch 1: French universities and routes (licence, master, BUT/BTS, alternance), and the Maghreb."""

from abroad import C
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Cell: France université × straight × dd/mm/yyyy
    C("France université", "straight", "dd/mm/yyyy", M(
        frm="Léa Vasseur <lea.vasseur@example.org>",
        subject="Candidature Pro'pulse",
        date="02 09:14",
        body="""Bonjour,

Je m'appelle Léa Vasseur, j'ai 23 ans. J'ai validé ma licence de sociologie à l'Université de Lille ; le relevé de notes porte la date du 04/07/2025.

Je cherche un premier poste d'animatrice de réseau dans une association ou une coopérative du secteur de l'économie sociale et solidaire.

Léa Vasseur
06 21 48 90 12""",
        truth=app("Léa", "Vasseur", phone="+33621489012", bac=3, grad="2025-07", status="licence_date_full"),
    )),
    # Cell: France université × dropout_resumed × mm/yyyy
    C("France université", "dropout_resumed", "mm/yyyy", M(
        frm="Yanis Bouchet <yanis.bouchet@example.net>",
        subject="Pro'pulse - demande",
        date="02 22:40",
        body="""Bonjour,

Parcours un peu cabossé : j'ai arrêté la fac en L2 en 2021 (burn-out étudiant), j'ai bossé deux ans en restauration, puis j'ai repris en L2 à Nanterre. Licence AES obtenue en 06/2026.

Aujourd'hui je voudrais travailler dans une structure d'insertion par l'activité économique, côté accompagnement.

Yanis""",
        truth=app("Yanis", "Bouchet", phone=None, bac=3, grad="2026-06", status="resumed_licence"),
    )),
    # Cell: France université × double_cursus × annee_univ
    C("France université", "double_cursus", "annee_univ", M(
        frm="Camille Ferrand <camille.ferrand@example.com>",
        subject="Double licence et recherche d'emploi",
        date="03 10:02",
        body="""Bonjour,

J'ai suivi une double licence droit-histoire à Paris 1, terminée en année universitaire 2024-2025, puis je me suis arrêtée là : je ne veux pas faire de master tout de suite.

Je voudrais rejoindre Pro'pulse pour trouver un emploi de juriste dans une association de défense des droits ou une fédération de l'ESS.

Camille Ferrand
07 55 12 30 84""",
        truth=app("Camille", "Ferrand", phone="+33755123084", bac=3, grad="2025", status="double_licence_year"),
    )),
    # Cell: France université × double_cursus × none — master 1 done, master 2 in progress
    C("France université", "double_cursus", "none", M(
        frm="Hugo Marchal <hugo.marchal@example.org>",
        subject="Intégrer la prochaine promo ?",
        date="03 18:30",
        body="""Bonjour,

Je suis en M2 Économie sociale et solidaire à Rennes 2 en parallèle d'un DU de gestion associative, j'ai déjà mon M1. Je voudrais m'avancer et intégrer Pro'pulse pour chercher un emploi dans une coopérative dès maintenant.

Hugo Marchal""",
        truth=app("Hugo", "Marchal", phone=None, bac=4, grad=None, failing=("studies_finished",), unknown=("graduation_recent",), status="m2_in_progress"),
    )),
    # Cell: France BUT × straight × session
    C("France BUT/BTS", "straight", "session", M(
        frm="Inès Rahmouni <ines.rahmouni@example.net>",
        subject="BUT carrières sociales",
        date="04 08:45",
        body="""Bonjour,

J'ai obtenu mon BUT Carrières sociales, parcours animation sociale et socioculturelle, à l'IUT de Tours (session de juin 2026).

Je recherche un emploi d'animatrice dans un centre social ou une association d'éducation populaire.

Merci de votre retour,
Inès Rahmouni
06 98 31 27 05""",
        truth=app("Inès", "Rahmouni", phone="+33698312705", bac=3, grad="2026-06", status="but_session"),
    )),
    # Cell: France BUT/BTS × gap_year × promo
    C("France BUT/BTS", "gap_year", "promo", M(
        frm="Théo Lemaire <theo.lemaire@example.com>",
        subject="Candidature",
        date="04 13:20",
        body="""Salut l'équipe,

BTS ESF (économie sociale familiale), promo 2023, puis une année de césure à faire du woofing en Irlande et des saisons. Je me suis remis en route cette année et je cherche un boulot dans une épicerie solidaire ou une asso d'aide alimentaire.

Théo
06 12 77 45 09""",
        truth=app("Théo", "Lemaire", phone="+33612774509", bac=2, grad="2023", failing=("graduation_recent",), status="bts_old_promo"),
    )),
    # Cell: France BUT/BTS × straight × month_year — current internship
    C("France BUT/BTS", "straight", "month_year", M(
        frm="Manon Guillot <manon.guillot@example.org>",
        subject="demande d'info + candidature",
        date="05 11:11",
        body="""Bonjour,

J'ai eu mon BTS SP3S en juin 2025. En ce moment je fais un stage de six mois au service RH d'une mutuelle (jusqu'en février), hors cursus. Après, je voudrais un CDI dans une mutuelle ou une association.

Est-ce que je peux candidater ?

Manon Guillot""",
        truth=app("Manon", "Guillot", phone=None, bac=2, grad="2025-06", failing=("not_internship",), status="bts_stage_now"),
    )),
    # Cell: France alternance × straight × mm/yyyy
    C("France alternance", "straight", "mm/yyyy", M(
        frm="Kylian Dos Reis <kylian.dosreis@example.com>",
        subject="Pro'pulse",
        date="05 19:03",
        body="""Bonjour,

Licence pro Gestion des structures sanitaires et sociales faite en alternance (IUT de Saint-Étienne, diplôme obtenu 09/2025). Mon contrat d'apprentissage est fini et l'entreprise ne m'a pas gardé.

Je cherche un poste d'assistant de gestion dans une association du médico-social.

Kylian Dos Reis
07 61 09 28 43""",
        truth=app("Kylian", "Dos Reis", phone="+33761092843", bac=3, grad="2025-09", status="alternance_done"),
    )),
    # Cell: France alternance × double_cursus × annee_univ — still in work-study
    C("France alternance", "double_cursus", "annee_univ", M(
        frm="Sarah Benhamou <sarah.benhamou@example.net>",
        subject="Candidature Pro'pulse - alternante",
        date="06 07:58",
        body="""Bonjour,

Je suis en master 2 Management de l'ESS en alternance (année universitaire 2026-2027) dans une SCOP de Montreuil ; j'ai une licence d'économie depuis 2024.

Je sais que le programme vise les jeunes diplômés, mais je voudrais préparer ma recherche d'emploi dans l'ESS dès maintenant. Est-ce possible ?

Sarah Benhamou""",
        truth=app("Sarah", "Benhamou", phone=None, bac=3, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), status="alternance_m2_now"),
    )),
    # Cell: France grandes écoles × straight × promo
    C("France grandes écoles", "straight", "promo", M(
        frm="Arthur de Villiers <arthur.devilliers@example.org>",
        subject="Candidature - diplômé ESSEC promo 2026",
        date="06 12:10",
        body="""Madame, Monsieur,

Diplômé du programme Grande École de l'ESSEC (promo 2026, majeure entrepreneuriat social), je souhaite consacrer ma carrière à l'entrepreneuriat social plutôt qu'au conseil.

Je recherche un poste de chargé de développement dans une entreprise sociale agréée ESUS ou une fondation.

Arthur de Villiers
+33 6 45 90 12 37""",
        truth=app("Arthur", "de Villiers", phone="+33645901237", bac=5, grad="2026", status="grande_ecole_promo"),
    )),
    # Cell: France grandes écoles × gap_year × il_y_a — aim elsewhere
    C("France grandes écoles", "gap_year", "il_y_a", M(
        frm="Claire Peyrot <claire.peyrot@example.com>",
        subject="Accompagnement recherche d'emploi",
        date="07 09:30",
        body="""Bonjour,

Je suis sortie de Sciences Po Bordeaux il y a un peu plus d'un an, avec un master affaires publiques, puis j'ai fait une année de césure en Amérique du Sud.

Mon objectif : réussir le concours d'attaché territorial et entrer dans la fonction publique. J'ai vu que vous accompagniez les jeunes diplômés, est-ce que ça pourrait m'aider ?

Claire Peyrot""",
        truth=app("Claire", "Peyrot", phone=None, bac=5, grad="2025", failing=("job_seeking_ess",), status="aim_civil_service"),
    )),
    # Cell: France grandes écoles × double_cursus × mm/yyyy
    C("France grandes écoles", "double_cursus", "mm/yyyy", M(
        frm="Nour El Amrani <nour.elamrani@example.net>",
        subject="Ingénieure cherchant à travailler dans l'ESS",
        date="07 16:44",
        body="""Bonjour,

Ingénieure diplômée de l'INSA Lyon (double diplôme avec un master d'urbanisme, tous deux validés en 10/2025), je cherche un emploi dans une coopérative d'énergie citoyenne ou une association de rénovation solidaire.

Je n'ai aucun stage ni mission en cours, je suis disponible immédiatement.

Nour El Amrani
06 33 80 12 74""",
        truth=app("Nour", "El Amrani", phone="+33633801274", bac=5, grad="2025-10", status="ingenieure_double"),
    )),
    # Cell: France VAE × dropout_resumed × month_year — career change
    C("France VAE", "dropout_resumed", "month_year", M(
        frm="Patricia Morel <patricia.morel@example.org>",
        subject="Reconversion et Pro'pulse",
        date="08 10:05",
        body="""Bonjour,

J'ai 38 ans, j'ai été secrétaire médicale pendant quinze ans. Par la VAE j'ai obtenu en mars 2026 le diplôme d'État de conseillère en économie sociale familiale. Je quitte le secteur médical pour me reconvertir dans l'accompagnement social, de préférence dans une association.

Votre programme peut-il m'accompagner ?

Patricia Morel
06 02 44 19 87""",
        truth=app("Patricia", "Morel", phone="+33602441987", bac=3, grad="2026-03", failing=("not_career_change",), status="vae_career_change"),
    )),
    # Cell: France DAEU × dropout_resumed × an_dernier — only DAEU
    C("France DAEU", "dropout_resumed", "an_dernier", M(
        frm="Jordan Lefèvre <jordan.lefevre@example.com>",
        subject="je voudrais m'inscrire",
        date="08 20:12",
        body="""bonjour

j'ai quitté le lycée en première, et l'an dernier j'ai passé le DAEU à la fac d'Amiens (ça équivaut au bac). je voudrais travailler dans une ressourcerie ou une asso de réemploi, j'adore réparer les trucs.

jordan
07 80 22 61 19""",
        truth=app("Jordan", "Lefèvre", phone="+33780226119", bac=0, grad="2025", failing=("degree_level",), status="daeu_only"),
    )),
    # Cell: France DAEU × dropout_resumed × il_y_a — DAEU then licence
    C("France DAEU", "dropout_resumed", "il_y_a", M(
        frm="Aïcha Kone <aicha.kone@example.net>",
        subject="Candidature Pro'pulse",
        date="09 14:22",
        body="""Bonjour,

Sans le bac, j'ai passé le DAEU à 20 ans, puis j'ai enchaîné sur une licence de sciences de l'éducation à Paris 8, obtenue il y a six mois.

Je cherche maintenant un poste de coordinatrice dans une association d'éducation populaire ou un centre social.

Aïcha Kone
06 58 13 02 66""",
        truth=app("Aïcha", "Kone", phone="+33658130266", bac=3, grad="2026-05", status="daeu_then_licence"),
    )),
    # Cell: France titres RNCP × straight × mm/yyyy
    C("France titres RNCP", "straight", "mm/yyyy", M(
        frm="Lucas Perrin <lucas.perrin@example.org>",
        subject="Candidature",
        date="09 17:40",
        body="""Bonjour,

Titre RNCP niveau 6 « Responsable de projets de l'économie sociale et solidaire », obtenu le mois dernier... pardon, précisément en 10/2026, dans une école de Lyon.

Je cherche un poste de chargé de projets dans une association ou une SCIC. Je suis joignable au 06 72 10 84 33.

Lucas Perrin""",
        truth=app("Lucas", "Perrin", phone="+33672108433", bac=3, grad="2026-10", status="rncp6"),
    )),
    # Cell: France titres RNCP × straight × none — niveau 4
    C("France titres RNCP", "straight", "none", M(
        frm="Océane Roux <oceane.roux@example.com>",
        subject="Pro'pulse",
        date="10 08:50",
        body="""Bonjour,

J'ai un titre professionnel de niveau 4 (secrétaire assistante) et j'aimerais travailler dans une association d'aide à domicile.

Merci,
Océane Roux""",
        truth=app("Océane", "Roux", phone=None, bac=0, grad=None, failing=("degree_level",), status="rncp4"),
    )),
    # Cell: France formation continue × gap_year × session — career change
    C("France formation continue", "gap_year", "session", M(
        frm="Stéphane Caradec <s.caradec@example.net>",
        subject="Demande d'accompagnement",
        date="10 11:33",
        body="""Bonjour,

Après 12 ans dans la logistique, j'ai pris un congé de transition professionnelle et suivi en formation continue le DEUST animation (session de juin 2026, diplôme obtenu). Je change complètement de métier et je vise un poste d'animateur dans une association sportive.

Stéphane Caradec""",
        truth=app("Stéphane", "Caradec", phone=None, bac=2, grad="2026-06", failing=("not_career_change",), status="formation_continue_reconversion"),
    )),
    # Cell: Maroc × abroad_then_france × mm/yyyy
    C("Maroc", "abroad_then_france", "mm/yyyy", M(
        frm="Youssef Benali <youssef.benali@example.com>",
        subject="Candidature au programme Pro'pulse",
        date="11 09:00",
        body="""Bonjour,

Je suis titulaire d'une licence fondamentale en sciences économiques de l'Université Mohammed V de Rabat (07/2025). Je suis arrivé en France en janvier pour rejoindre ma famille à Marseille.

Je cherche un emploi dans une association de solidarité internationale ou une coopérative.

Youssef Benali
07 53 28 66 10""",
        truth=app("Youssef", "Benali", phone="+33753286610", bac=3, grad="2025-07", status="maroc_licence"),
    )),
    # Cell: Maroc × straight × session — DUT Maroc, session de juillet 2024
    C("Maroc", "straight", "session", M(
        frm="Salma Ouazzani <salma.ouazzani@example.org>",
        subject="demande de participation",
        date="11 15:15",
        body="""Bonjour Madame, Monsieur,

J'ai eu mon DUT en gestion des entreprises à l'EST de Fès à la session de juillet 2024. Depuis je vis à Lyon chez ma tante et je voudrais travailler dans une association d'aide aux personnes migrantes.

Cordialement,
Salma Ouazzani""",
        truth=app("Salma", "Ouazzani", phone=None, bac=2, grad="2024-07", failing=("graduation_recent",), status="maroc_dut_old"),
    )),
    # Cell: Maroc × equivalence_pending × month_year — OFPPT diploma, equivalence unclear
    C("Maroc", "equivalence_pending", "month_year", M(
        frm="Hamza Tazi <hamza.tazi@example.net>",
        subject="Candidature + question d'équivalence",
        date="12 10:20",
        body="""Bonjour,

J'ai un diplôme de technicien spécialisé de l'OFPPT (Casablanca), obtenu en juin 2025. J'ai demandé une attestation de comparabilité à ENIC-NARIC, je n'ai pas encore la réponse et je ne sais pas à quel niveau français il correspond.

Je cherche un emploi de comptable dans une mutuelle ou une coopérative.

Hamza Tazi
06 45 71 02 98""",
        truth=app("Hamza", "Tazi", phone="+33645710298", bac="*", grad="2025-06", unknown=("degree_level",), status="ofppt_equivalence"),
    )),
    # Cell: Algérie × abroad_then_france × annee_univ
    C("Algérie", "abroad_then_france", "annee_univ", M(
        frm="Amina Hadjadj <amina.hadjadj@example.com>",
        subject="Candidature Pro'pulse",
        date="12 16:05",
        body="""Bonjour,

J'ai obtenu un master en sociologie du travail à l'Université d'Alger 2 (promotion de l'année universitaire 2021-2022). Je suis en France depuis 2023, j'ai fait du bénévolat au Secours catholique.

Je cherche un emploi dans une association d'insertion.

Amina Hadjadj
07 66 20 41 38""",
        truth=app("Amina", "Hadjadj", phone="+33766204138", bac=5, grad="2022", failing=("graduation_recent",), status="algerie_master_old"),
    )),
    # Cell: Algérie × straight × dd/mm/yyyy — French with Arabic turns
    C("Algérie", "straight", "dd/mm/yyyy", M(
        frm="Rachid Meziane <rachid.meziane@example.org>",
        subject="demande",
        date="13 21:48",
        body="""Salam alaykoum et bonjour,

Je vous écris, inchallah vous allez bien. Moi j'ai fini ma licence LMD en informatique à l'université de Béjaïa, le PV de délibération est du 25/06/2025. Maintenant je suis à Grenoble, et je cherche du travail, n'importe quoi dans l'informatique, je ne connais pas encore bien le domaine.

Merci beaucoup et que Dieu vous garde.
Rachid""",
        truth=app("Rachid", "Meziane", phone=None, bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="algerie_no_aim"),
    )),
    # Cell: Tunisie × phd × dd/mm/yyyy — doctorate defended
    C("Tunisie", "phd", "dd/mm/yyyy", M(
        frm="Dr Mériem Jaziri <meriem.jaziri@example.net>",
        subject="Candidature - docteure en économie",
        date="14 09:25",
        body="""Bonjour,

J'ai soutenu ma thèse de doctorat en économie du développement à l'Université de Sfax le 18/12/2024, sur les coopératives agricoles féminines. Je vis à Montpellier depuis le printemps.

Je souhaite travailler dans une structure de l'économie sociale et solidaire, idéalement une fédération de coopératives.

Mériem Jaziri
06 08 52 90 11""",
        truth=app("Mériem", "Jaziri", phone="+33608529011", bac=8, grad="2024-12", status="tunisie_doctorat"),
    )),
    # Cell: Tunisie × straight × an_dernier — licence appliquée, aim absent
    C("Tunisie", "straight", "an_dernier", M(
        frm="Oussama Trabelsi <oussama.trabelsi@example.com>",
        subject="Pro'pulse",
        date="14 18:30",
        body="""Bonjour,

J'ai terminé l'an dernier une licence appliquée en gestion à l'ISG de Tunis, et je suis en France avec un titre de séjour recherche d'emploi. Je voudrais participer au programme.

Oussama Trabelsi
+33 7 51 09 44 28""",
        truth=app("Oussama", "Trabelsi", phone="+33751094428", bac=3, grad="2025", unknown=("job_seeking_ess",), status="tunisie_no_aim"),
    )),
    # Cell: Maroc × double_cursus × promo — ENCG then master in France, service civique now
    C("Maroc", "double_cursus", "promo", M(
        frm="Ghita Alaoui <ghita.alaoui@example.org>",
        subject="Candidature",
        date="15 08:10",
        body="""Bonjour,

Diplômée de l'ENCG Settat puis du master Économie sociale et solidaire de l'Université de Lorraine (promo 2026), je fais en ce moment un service civique dans une association de lutte contre le gaspillage, jusqu'en avril.

Ensuite, je cherche un emploi dans l'ESS. Puis-je candidater dès maintenant ?

Ghita Alaoui""",
        truth=app("Ghita", "Alaoui", phone=None, bac=5, grad="2026", failing=("not_service_civique",), status="maroc_sc_now"),
    )),
    # Cell: France BUT/BTS × straight × none — CV only
    C("France BUT/BTS", "straight", "none", M(
        frm="Mathis Carpentier <mathis.carpentier@example.com>",
        subject="CV",
        date="15 12:00",
        body="""Bonjour, ci-joint mon CV.
Mathis""",
        cv=CV("pdf", "CV_Mathis_Carpentier.pdf", """Mathis CARPENTIER
Rouen - 06 17 39 82 04 - mathis.carpentier@example.com
FORMATION
BTS Économie sociale familiale - Lycée Jean-Baptiste de La Salle, Rouen
Baccalauréat STSS
EXPÉRIENCE
Animateur bénévole, Restos du Cœur
Recherche un emploi de conseiller en économie sociale familiale dans une association"""),
        truth=app("Mathis", "Carpentier", phone="+33617398204", bac=2, grad=None, unknown=("graduation_recent",), info_in="cv", status="cv_only_no_date"),
    )),
    # Cell: France université × phd × il_y_a — PhD in progress
    C("France université", "phd", "il_y_a", M(
        frm="Baptiste Leroux <baptiste.leroux@example.net>",
        subject="Doctorant - fin de thèse",
        date="16 10:45",
        body="""Bonjour,

Je suis doctorant en géographie à Toulouse, je soutiens dans quatre mois environ ; mon master date d'il y a trois ans. Je ne veux pas continuer dans la recherche et je cherche un emploi dans une association d'éducation à l'environnement.

Pourrais-je intégrer Pro'pulse ?

Baptiste Leroux""",
        truth=app("Baptiste", "Leroux", phone=None, bac=5, grad="2023", failing=("graduation_recent", "studies_finished"), status="phd_in_progress"),
    )),
    # Cell: France université × straight × last_summer — English speaker in France
    C("France université", "straight", "last_summer", M(
        frm="Emily Carter <emily.carter@example.com>",
        subject="Joining Pro'pulse",
        date="16 14:00",
        body="""Hi there,

I graduated last summer from Université Paris Cité with a Master's in Public Health (taught in English). I'd love to find a job in a French non-profit working on health access, like a community health association.

Can I apply even though my French is still intermediate?

Emily Carter
+33 6 74 21 55 80""",
        truth=app("Emily", "Carter", phone="+33674215580", bac=5, grad="2026", language="en", status="english_last_summer"),
    )),
    # Cell: Algérie × equivalence_pending × none — question with no personal fact
    C("Algérie", "equivalence_pending", "none", M(
        frm="Nassim Ferhat <nassim.ferhat@example.org>",
        subject="Question équivalence diplôme",
        date="17 11:20",
        body="""Bonjour,

Est-ce que les diplômes obtenus hors de France sont acceptés pour Pro'pulse ? Faut-il obligatoirement une attestation ENIC-NARIC avant de candidater ?

Merci d'avance.""",
        truth=question(),
    )),
    # Cell: Maroc × n/a × none — a general question
    C("Maroc", "n/a", "none", M(
        frm="Karima Idrissi <karima.idrissi@example.com>",
        subject="Conditions",
        date="17 15:32",
        body="""Bonjour,

Le programme Pro'pulse est-il ouvert aux personnes de nationalité étrangère ? Faut-il un titre de séjour particulier ? Et l'accompagnement a-t-il lieu en présentiel ou à distance ?

Bien cordialement""",
        truth=question(),
    )),
    # Cell: France université × n/a × none — employer offering a job
    C("France université", "n/a", "none", M(
        frm="Hélène Dupuis - La Clé des Champs <recrutement@cledeschamps.example.org>",
        subject="Offre d'emploi : chargé·e de mission circuits courts",
        date="18 09:05",
        body="""Bonjour,

Notre coopérative recrute un·e chargé·e de mission circuits courts en CDI (bac+3 minimum, débutant·e accepté·e). Pourriez-vous diffuser l'offre auprès des participant·es de Pro'pulse ? La fiche de poste est sur notre site.

Hélène Dupuis
Responsable RH, La Clé des Champs SCIC""",
        truth=other(),
    )),
    # Cell: France grandes écoles × n/a × none — a careers service proposing a partnership
    C("France grandes écoles", "n/a", "none", M(
        frm="Bureau des carrières - École de commerce <carrieres@ecole-commerce.example.net>",
        subject="Partenariat : présentation de Pro'pulse à nos diplômés",
        date="18 14:40",
        body="""Bonjour,

Notre service carrières organise en janvier une semaine « Métiers à impact ». Accepteriez-vous de présenter Pro'pulse à nos jeunes diplômés lors d'une table ronde ? Nous prenons en charge vos frais de déplacement.

Bien à vous,
Julien Aubert, chargé des relations entreprises""",
        truth=other(),
    )),
    # Cell: Tunisie × n/a × none — auto-reply
    C("Tunisie", "n/a", "none", M(
        frm="Sami Ben Youssef <sami.benyoussef@example.net>",
        subject="Réponse automatique : Votre candidature à Pro'pulse",
        date="19 08:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Bonjour, je suis en déplacement à Tunis jusqu'au 30 novembre avec un accès limité à mes mails. Je vous répondrai à mon retour.

Sami Ben Youssef""",
        truth=auto_reply(),
    )),
    # Cell: France université × n/a × none — a reply in our thread
    C("France université", "n/a", "none", M(
        frm="Léa Vasseur <lea.vasseur@example.org>",
        subject="Re: Votre candidature à Pro'pulse",
        date="19 17:25",
        headers={"In-Reply-To": "<8811230.0101@animafac.net>", "References": "<8811230.0101@animafac.net>"},
        body="""Bonjour,

Merci beaucoup ! Je prends le créneau 2, jeudi 3 décembre à 10h.

Léa

Le 18 nov. 2026 à 12:00, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Léa, voici trois créneaux d'entretien :
> 1. mercredi 2 décembre, 14h
> 2. jeudi 3 décembre, 10h""",
        truth=reply(),
    )),
    # Cell: France BUT/BTS × straight × il_y_a — BUT 18 months ago, edge
    C("France BUT/BTS", "straight", "il_y_a", M(
        frm="Lina Chevalier <lina.chevalier@example.com>",
        subject="Rejoindre Pro'pulse",
        date="20 10:10",
        body="""Bonjour,

J'ai eu mon BUT Gestion administrative et commerciale des organisations il y a 18 mois. Depuis, petits boulots et bénévolat à la Croix-Rouge. J'aimerais vraiment travailler dans l'humanitaire associatif en France, sur la gestion.

Lina Chevalier
06 81 20 73 45""",
        truth=app("Lina", "Chevalier", phone="+33681207345", bac=3, grad="2025-05", status="but_18_months"),
    )),
    # Cell: France université × gap_year × il_y_a — graduated 30 months ago
    C("France université", "gap_year", "il_y_a", M(
        frm="Romane Girard <romane.girard@example.org>",
        subject="Candidature Pro'pulse",
        date="20 16:55",
        body="""Bonjour,

J'ai fini mon master de géographie à Grenoble il y a deux ans et demi, puis j'ai fait le tour de l'Europe à vélo. De retour, je veux travailler dans une association de mobilité douce ou une coopérative vélo.

Romane Girard""",
        truth=app("Romane", "Girard", phone=None, bac=5, grad="2024-05", failing=("graduation_recent",), status="master_30_months"),
    )),
    # Cell: Maroc × straight × dd/mm/yyyy — edge 30/11/2024 passes
    C("Maroc", "straight", "dd/mm/yyyy", M(
        frm="Imane Berrada <imane.berrada@example.net>",
        subject="Candidature",
        date="21 09:30",
        body="""Bonjour,

Master en management des organisations, Université Hassan II de Casablanca, diplôme délivré le 30/11/2024. Installée à Lille depuis septembre, je cherche un poste de chargée de projet dans une fondation ou une association.

Imane Berrada
07 49 38 20 15""",
        truth=app("Imane", "Berrada", phone="+33749382015", bac=5, grad="2024-11", status="maroc_edge_pass"),
    )),
    # Cell: Algérie × straight × dd/mm/yyyy — edge 15/10/2024 fails
    C("Algérie", "straight", "dd/mm/yyyy", M(
        frm="Sofiane Ait Ouali <sofiane.aitouali@example.com>",
        subject="Pro'pulse - candidature",
        date="21 13:45",
        body="""Bonjour,

Licence en sciences commerciales, Université de Tizi Ouzou, diplôme du 15/10/2024. Je cherche un emploi dans une coopérative ou une association, de préférence dans la comptabilité.

Sofiane Ait Ouali
06 23 18 70 55""",
        truth=app("Sofiane", "Ait Ouali", phone="+33623187055", bac=3, grad="2024-10", failing=("graduation_recent",), status="algerie_edge_fail"),
    )),
    # Cell: France alternance × straight × month_year — currently an apprentice (BTS in progress)
    C("France alternance", "straight", "month_year", M(
        frm="Enzo Masson <enzo.masson@example.org>",
        subject="candidature",
        date="22 18:05",
        body="""bonjour,

je suis apprenti en BTS gestion de la PME dans une association d'aide à domicile, je passe l'examen en juin 2027. Je voudrais rester dans le milieu associatif après.

Enzo""",
        truth=app("Enzo", "Masson", phone=None, bac="*", grad=None, failing=("studies_finished",), status="apprenti_bts_now"),
    )),
    # Cell: Maroc × abroad_then_france × none — a son presented by his mother
    C("Maroc", "abroad_then_france", "none", M(
        frm="Fatima Zahra Kettani <fz.kettani@example.net>",
        subject="Pour mon fils Adam",
        date="23 19:40",
        body="""Bonjour,

Mon fils Adam Kettani a fait une licence en économie à Agadir, puis il est venu nous rejoindre à Bordeaux. Il cherche du travail dans une association, il aime aider les gens. Son mail : adam.kettani@example.com.

Merci beaucoup,
Fatima Zahra Kettani""",
        truth=app("Adam", "Kettani", phone=None, bac=3, grad=None, unknown=("graduation_recent",), email="adam.kettani@example.com", forwarded_by="fz.kettani@example.net", status="mother_presents"),
    )),
]
