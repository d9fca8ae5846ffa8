"""Disciplines corpus, batch 03 (writer A): law_politics_public (law faculties, IEPs, the CRFPA, concours and
contractual posts), humanities_teaching (lettres, sociology, psychology, FLE, the MEEF master, the CAPES, the
stagiaire year, ATER posts), and agriculture_environment (BTSA, agronomy, BPREA, woofing, environment
associations)."""
# ruff: noqa: E501

from __future__ import annotations

from disciplines import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: law_politics_public — aim — une association d'accès au droit
    # route: law (Toulouse Capitole), the M2 droit social of September 2025 in the opening, an access-to-rights association sought last → application; bac+5 of 2025, ESS sought → eligible
    N("law_politics_public", "aim", "une association d'accès au droit", M(
        "Margaux Castel <margaux.castel.droit@gmail.com>", "Candidature Pro'pulse – juriste", "02 11:11",
        """Bonjour,

J'ai obtenu mon master 2 de droit social à l'université Toulouse Capitole en septembre 2025. J'ai compris pendant mes stages que le cabinet d'avocats n'était pas pour moi.

Je cherche un poste de juriste dans une association d'accès au droit, un point-justice associatif ou une structure d'aide aux salariés précaires. J'aimerais beaucoup être accompagnée par votre programme.

Cordialement,
Margaux Castel""",
        app("Margaux", "Castel", phone=None, bac=5, grad="2025-09", status="m2_droit_social_acces_droit"),
    )),
    # Feature: law_politics_public — level — la capacité en droit
    # route: law (Université de Lille), the capacité en droit of 2025 as the only diploma after no bac → application; the capacité is bac level, below bac+2 → fails degree_level → not eligible
    N("law_politics_public", "level", "la capacité en droit", M(
        "Mehdi Saïdi <mehdi.saidi59@gmail.com>", "Candidature", "03 19:19",
        """Bonjour,

Je n'ai pas eu le bac, mais j'ai repris des cours du soir et j'ai obtenu la capacité en droit à l'université de Lille en juin 2025.

Je voudrais travailler comme assistant juridique dans une association de défense des locataires ou de médiation. Est-ce que votre programme est accessible avec ce diplôme ?

Merci,
Mehdi Saïdi""",
        app("Mehdi", "Saïdi", phone=None, bac=0, grad="2025-06", failing=("degree_level",), status="capacite_droit_2025"),
    )),
    # Feature: law_politics_public — graduation — j'ai réussi le CRFPA en décembre 2025
    # ambiguous: the CRFPA is an entrance exam, not a diploma; her diploma is the M2 of «2024», given without a month, so it may be over two years old or not: graduation_recent open
    # route: law (Université de Rennes), the exam of December 2025 told first, the master's year 2024 with no month after it, the bar school given up → application; bac+5, the master's date open, a refugee-support association sought → graduation_recent open → to verify
    N("law_politics_public", "graduation", "j'ai réussi le CRFPA en décembre 2025", M(
        "Solène Kerbrat <solene.kerbrat@gmail.com>", "Juriste – projet associatif", "04 10:02",
        """Bonjour,

Après mon M2 droit des étrangers (Rennes, 2024), j'ai réussi le CRFPA en décembre 2025. Finalement je n'ai pas intégré l'école d'avocats : je préfère travailler dans une association d'aide aux personnes exilées, comme juriste.

Votre programme pourrait-il m'aider à faire ce choix et à trouver un poste ?

Solène Kerbrat""",
        app("Solène", "Kerbrat", phone=None, bac=5, grad="2024", unknown=("graduation_recent",), status="crfpa_2025_m2_2024"),
    )),
    # Feature: law_politics_public — situation — le stage de mon M2 à la préfecture se termine fin février
    # route: public law (M2 carrières publiques, Lille), the M2's placement in a prefecture running to February 2027 → application; the placement runs inside the master → fails not_internship and studies_finished → not eligible
    N("law_politics_public", "situation", "le stage de mon M2 à la préfecture se termine fin février", M(
        "Baptiste Leroux <baptiste.leroux@gmail.com>", "Demande d'inscription", "05 14:44",
        """Bonjour,

Je suis en M2 carrières publiques à Lille ; le stage de mon M2 à la préfecture se termine fin février et je serai diplômé au jury de mars.

Finalement je n'ai pas envie de passer les concours : je voudrais travailler dans une fédération d'associations. Est-ce que je peux déjà m'inscrire ?

Baptiste Leroux""",
        app("Baptiste", "Leroux", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="m2_carrieres_publiques_stage_prefecture"),
    )),
    # Feature: law_politics_public — graduation — I graduated from Sciences Po Lille in June 2026
    # route: political science written in English, the IEP's diploma of June 2026 (master's level) in the first line, a refugee NGO sought → application (en); bac+5 of 2026, ESS sought → eligible
    N("law_politics_public", "graduation", "I graduated from Sciences Po Lille in June 2026", M(
        "Olivia Grant <olivia.grant.ieplille@gmail.com>", "Application – Pro'pulse", "06 09:09",
        """Hello,

I graduated from Sciences Po Lille in June 2026 (the five-year diplôme, master in public policy). I am Canadian and have lived in France for six years.

I am looking for a first job in an NGO supporting refugees and asylum seekers, in advocacy or project coordination. Could I join your programme? My CV is attached.

Many thanks,
Olivia Grant""",
        app("Olivia", "Grant", phone=None, bac=5, grad="2026-06", language="en", status="iep_lille_2026_en"),
        cv=CV("pdf", "Olivia_Grant_CV.pdf", """Olivia Grant
Lille – olivia.grant.ieplille@gmail.com
Education
2021–2026: Sciences Po Lille, diplôme (master in public policy)
Experience
2025: internship, refugee legal aid association, Lille (6 months)
Languages: English, French"""),
    )),
    # Feature: law_politics_public — situation — je suis contractuelle à la préfecture jusqu'au 31 décembre
    # route: political science (IEP de Rennes), the diploma of 2025, a contractual post held now and ending in December (a job, not a stage), an association sought → application; bac+5 of 2025, ESS sought → eligible
    N("law_politics_public", "situation", "je suis contractuelle à la préfecture jusqu'au 31 décembre", M(
        "Aurélie Tran <aurelie.tran.iep@gmail.com>", "Candidature", "07 20:20",
        """Bonjour,

Diplômée de Sciences Po Rennes en juin 2025, je suis contractuelle à la préfecture jusqu'au 31 décembre (CDD de chargée de mission politique de la ville).

Mon contrat ne sera pas renouvelé et je voudrais rejoindre une association de quartier ou un centre social, où j'ai déjà été bénévole. Votre programme m'intéresse.

Aurélie Tran""",
        app("Aurélie", "Tran", phone=None, bac=5, grad="2025-06", status="iep_rennes_contractuelle"),
    )),
    # Feature: law_politics_public — kind — un étudiant admis au CRFPA peut-il candidater
    # route: a law faculty's careers service asks about a category of students, no person's facts → question
    N("law_politics_public", "kind", "un étudiant admis au CRFPA peut-il candidater", M(
        "Bureau d'aide à l'insertion – Faculté de droit <baip.droit@univ-toulouse.example.fr>", "Question sur les conditions d'accès", "09 10:10",
        """Bonjour,

Nous recevons des questions de nos diplômés : un étudiant admis au CRFPA peut-il candidater à Pro'pulse, ou considérez-vous qu'il est encore en formation tant qu'il n'a pas intégré l'école d'avocats ?

Merci pour votre retour,
Le BAIP de la faculté de droit""",
        question(),
    )),
    # Feature: law_politics_public — kind — je suis actuellement en audience
    # route: an out-of-office of a lawyer volunteering in a legal clinic, sent automatically (Auto-Submitted) → auto-reply
    N("law_politics_public", "kind", "je suis actuellement en audience", M(
        "Maître Claire Dubois <c.dubois@avocats-dubois.example.fr>", "Réponse automatique", "10 13:00",
        """Bonjour,

Je suis actuellement en audience et ne pourrai pas répondre avant lundi 16 novembre. Pour les permanences de la clinique juridique, merci d'écrire à clinique@droit-solidaire.example.org.

Cordialement,
Claire Dubois""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: humanities_teaching — situation — je suis professeure stagiaire dans un collège
    # route: teaching (INSPÉ de Lyon), the MEEF master of June 2026 then the stagiaire year running since September → application; a trainee teacher is in a training stage → fails not_internship → not eligible
    N("humanities_teaching", "situation", "je suis professeure stagiaire dans un collège", M(
        "Juliette Poirier <juliette.poirier.lettres@gmail.com>", "Question / candidature", "02 21:05",
        """Bonjour,

J'ai validé mon master MEEF lettres modernes en juin 2026 à l'INSPÉ de Lyon et, depuis la rentrée, je suis professeure stagiaire dans un collège de Vénissieux, après le CAPES.

Je ne suis pas sûre de vouloir rester dans l'Éducation nationale ; je pense à l'éducation populaire. Est-ce que votre programme me serait ouvert ?

Juliette Poirier""",
        app("Juliette", "Poirier", phone=None, bac=5, grad="2026-06", failing=("not_internship",), status="meef_2026_professeure_stagiaire"),
    )),
    # Feature: humanities_teaching — level — master de psychologie sociale
    # route: psychology (Université de Lille), the master of July 2025 (bac+5), a prevention association sought → application; bac+5 of 2025, ESS sought → eligible
    N("humanities_teaching", "level", "master de psychologie sociale", M(
        "Chloé Delattre <chloe.delattre.psy@gmail.com>", "Candidature – master de psychologie", "03 08:08",
        """Bonjour,

Je suis titulaire d'un master de psychologie sociale, de la santé et du travail (université de Lille, juillet 2025).

Je cherche un poste de chargée de prévention dans une association de réduction des risques ou de santé communautaire. Votre accompagnement m'aiderait à valoriser mon parcours.

Bien cordialement,
Chloé Delattre""",
        app("Chloé", "Delattre", phone=None, bac=5, grad="2025-07", status="master_psycho_2025_prevention"),
    )),
    # Feature: humanities_teaching — level — j'ai eu le CAPES d'histoire-géographie en 2025
    # ambiguous: the CAPES is a competitive exam, not a diploma, and she names no degree she holds: her level is unknown (a licence or a master): degree_level open
    # route: teaching, the CAPES of 2025 told as her only qualification, the stagiaire year given up, an éducation populaire association sought → application; the level unknown → degree_level open → to verify
    N("humanities_teaching", "level", "j'ai eu le CAPES d'histoire-géographie en 2025", M(
        "Sarah Benyamina <sarah.benyamina@gmail.com>", "Pro'pulse", "04 15:30",
        """Bonjour,

J'ai eu le CAPES d'histoire-géographie en 2025, mais j'ai démissionné pendant mon année de stagiaire : l'enseignement en classe entière ne me convenait pas.

Je voudrais travailler dans une association d'éducation populaire ou un musée associatif, sur la médiation et les ateliers avec les jeunes. Puis-je participer ?

Sarah Benyamina""",
        app("Sarah", "Benyamina", phone=None, bac=None, grad=None, unknown=("degree_level",), status="capes_2025_sans_diplome_dit"),
    )),
    # Feature: humanities_teaching — studies_finished — je suis ATER en sociologie et ma thèse n'est pas encore soutenue
    # route: sociology (Nantes Université), an ATER post with the thesis not yet defended → application; the doctorate runs → fails studies_finished → not eligible
    N("humanities_teaching", "studies_finished", "je suis ATER en sociologie et ma thèse n'est pas encore soutenue", M(
        "Guillaume Fournier <g.fournier.socio@gmail.com>", "Candidature Pro'pulse", "05 18:18",
        """Bonjour,

Cette année je suis ATER en sociologie et ma thèse n'est pas encore soutenue (je vise l'été 2027). Je travaille sur les coopératives d'habitants.

Je sais que je ne veux pas faire carrière à l'université et j'aimerais rejoindre une fédération coopérative. Est-ce que je peux candidater ?

Guillaume Fournier""",
        app("Guillaume", "Fournier", phone=None, bac="*", grad=None, failing=("studies_finished",), status="ater_these_non_soutenue"),
    )),
    # Feature: humanities_teaching — aim — teach French to newcomers at a non-profit
    # route: FLE written in English (Nantes Université), the master in French as a foreign language of June 2025, a non-profit teaching newcomers sought → application (en); bac+5 of 2025, ESS sought → eligible
    N("humanities_teaching", "aim", "teach French to newcomers at a non-profit", M(
        "Emily Watson <emily.watson.fle@gmail.com>", "Application – FLE trainer", "06 11:40",
        """Dear Pro'pulse team,

I hold a master's in FLE (français langue étrangère) from Nantes Université, awarded in June 2025. I am from Manchester and have lived in Nantes since my Erasmus year.

I would like to teach French to newcomers at a non-profit, for example an association running language workshops for refugees. I would be very grateful for your support in my job search.

Best wishes,
Emily Watson""",
        app("Emily", "Watson", phone=None, bac=5, grad="2025-06", language="en", status="master_fle_2025_en"),
    )),
    # Feature: humanities_teaching — situation — je fais actuellement un stage dans une association de quartier
    # ambiguous: the stage is said to run «actuellement» with no end date and no length: whether it is still running after 26 November is not told: not_internship open
    # route: sociology (Université Lyon 2), the licence of 2025, a stage now in a neighbourhood association with no end told → application; bac+3 of 2025, ESS sought, the stage's end unknown → not_internship open → to verify
    N("humanities_teaching", "situation", "je fais actuellement un stage dans une association de quartier", M(
        "Noémie Garcia <noemie.garcia.socio@gmail.com>", "demande d'accompagnement", "07 16:02",
        """Bonjour,

J'ai eu ma licence de sociologie à Lyon 2 en juin 2025. Je fais actuellement un stage dans une association de quartier à la Duchère, sur l'accès aux droits.

Je voudrais ensuite être embauchée comme médiatrice sociale dans une structure associative. Votre programme peut-il m'aider ?

Noémie Garcia""",
        app("Noémie", "Garcia", phone=None, bac=3, grad="2025-06", unknown=("not_internship",), status="licence_socio_stage_sans_fin"),
    )),
    # Feature: humanities_teaching — studies_finished — j'ai rendu mon mémoire de master en septembre
    # ambiguous: the thesis was handed in, but she says nothing of its defence or of the jury: whether the master is awarded is not told: studies_finished open
    # route: history (Université Lyon 2), the master's thesis handed in in September 2026, no defence nor result told → application; bac+5 expected, studies' end unknown → studies_finished open → to verify
    N("humanities_teaching", "studies_finished", "j'ai rendu mon mémoire de master en septembre", M(
        "Amandine Rey <amandine.rey.histoire@gmail.com>", "Candidature", "08 09:27",
        """Bonjour,

J'ai rendu mon mémoire de master en septembre (master histoire, Lyon 2, sur les coopératives ouvrières au XIXe siècle).

Je cherche un poste de chargée de projets patrimoine ou de médiation dans une association ou une SCOP culturelle. Pourriez-vous m'aider ?

Amandine Rey""",
        app("Amandine", "Rey", phone=None, bac=5, grad="2026", unknown=("studies_finished",), status="memoire_rendu_septembre"),
    )),
    # Feature: humanities_teaching — kind — je serai bien présente au webinaire de mardi
    # route: an answer in our thread (In-Reply-To <…@animafac.net>) confirming attendance at a webinar → reply
    N("humanities_teaching", "kind", "je serai bien présente au webinaire de mardi", M(
        "Laura Mercier <laura.mercier.llcer@gmail.com>", "Re: Invitation – webinaire « Travailler dans l'ESS »", "11 08:40",
        """Bonjour,

Merci pour l'invitation, je serai bien présente au webinaire de mardi. Est-ce que le lien sera le même que la dernière fois ?

Laura

Le 10/11/2026 à 18:05, Pro'pulse a écrit :
> Bonjour, nous organisons mardi 17 novembre à 18 h un webinaire « Travailler dans l'ESS ».""",
        reply(),
        headers={"In-Reply-To": "<webinaire-2026-11-10-0309@animafac.net>"},
    )),
    # Feature: humanities_teaching — kind — une rubrique sur les débouchés des masters de lettres
    # route: a humanities faculty's alumni association asks to feature the programme in its directory, no applicant → other
    N("humanities_teaching", "kind", "une rubrique sur les débouchés des masters de lettres", M(
        "Association des anciens de Lettres – Nantes <contact@alumni-lettres.example.org>", "Demande de présentation de Pro'pulse", "12 10:15",
        """Bonjour,

Notre association d'anciens étudiants prépare pour son annuaire 2027 une rubrique sur les débouchés des masters de lettres et de langues hors enseignement.

Accepteriez-vous de nous envoyer un court texte de présentation de votre programme (1 500 signes) et un contact ?

Merci beaucoup,
Le bureau de l'association""",
        other(),
    )),
    # Feature: agriculture_environment — level — BTSA Gestion et protection de la nature
    # route: agriculture (lycée agricole de Rennes Le Rheu), the BTSA of July 2025 (bac+2), an environment education association sought → application; bac+2 of 2025, ESS sought → eligible
    N("agriculture_environment", "level", "BTSA Gestion et protection de la nature", M(
        "Erwan Le Bihan <erwan.lebihan@gmail.com>", "Candidature au programme", "02 07:07",
        """Bonjour,

J'ai obtenu mon BTSA Gestion et protection de la nature au lycée agricole de Rennes Le Rheu en juillet 2025. Depuis je fais des missions d'animation nature à la saison.

Je cherche un poste d'animateur nature dans une association d'éducation à l'environnement ou un CPIE. Je serais content d'être accompagné.

Erwan Le Bihan""",
        app("Erwan", "Le Bihan", phone=None, bac=2, grad="2025-07", status="btsa_gpn_2025_cpie"),
    )),
    # Feature: agriculture_environment — career_change — après douze ans comme commerciale dans l'agroalimentaire
    # route: farming, twelve years in agri-food sales told first, a BPREA in organic market gardening of 2025 as a change of life → application; a career change said as such, and the BPREA (niveau 4) her only diploma → fails not_career_change and degree_level → not eligible
    N("agriculture_environment", "career_change", "après douze ans comme commerciale dans l'agroalimentaire", M(
        "Corinne Labbé <corinne.labbe@orange.fr>", "Reconversion maraîchage – demande", "03 20:50",
        """Bonjour,

Après douze ans comme commerciale dans l'agroalimentaire, j'ai tout changé : j'ai passé un BPREA maraîchage biologique au CFPPA en 2025 (c'est mon seul diplôme après le bac).

Je cherche maintenant un poste d'encadrante technique dans un jardin d'insertion ou une ferme associative. Est-ce que votre programme accepte les personnes en reconversion ?

Corinne Labbé""",
        app("Corinne", "Labbé", phone=None, bac=0, grad="2025", failing=("degree_level", "not_career_change"), status="bprea_reconversion_commerciale"),
    )),
    # Feature: agriculture_environment — situation — je suis en service civique dans une association de protection des rivières jusqu'en avril 2027
    # route: environment (licence pro, Université de Rennes), the diploma of 2026 then a service civique running to April 2027 → application; the service civique runs → fails not_service_civique → not eligible
    N("agriculture_environment", "situation", "je suis en service civique dans une association de protection des rivières jusqu'en avril 2027", M(
        "Lou Prigent <lou.prigent@gmail.com>", "Candidature", "04 12:34",
        """Bonjour,

J'ai eu ma licence pro gestion des milieux aquatiques en juin 2026 à Rennes, et je suis en service civique dans une association de protection des rivières jusqu'en avril 2027.

Je voudrais préparer la suite et trouver un emploi de technicienne rivière dans une association ou un syndicat mixte. Est-ce possible de commencer le programme dès maintenant ?

Lou Prigent""",
        app("Lou", "Prigent", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="licence_pro_service_civique_rivieres"),
    )),
    # Feature: agriculture_environment — situation — je fais du woofing dans des fermes du Finistère
    # route: agronomy (AgroParisTech), the engineering diploma of 2025 (bac+5), woofing now (neither a job nor a stage), an AMAP network sought → application; bac+5 of 2025, no stage nor service civique, ESS sought → eligible
    N("agriculture_environment", "situation", "je fais du woofing dans des fermes du Finistère", M(
        "Bérénice Aubert <berenice.aubert@gmail.com>", "Ingénieure agronome – Pro'pulse", "05 10:50",
        """Bonjour,

Je suis ingénieure agronome, diplômée d'AgroParisTech en novembre 2025. Depuis septembre je fais du woofing dans des fermes du Finistère pour apprendre le terrain, avant de chercher un emploi.

J'aimerais travailler pour un réseau d'AMAP ou une association de développement de l'agriculture paysanne. Votre programme me semble parfait.

Bérénice Aubert""",
        app("Bérénice", "Aubert", phone=None, bac=5, grad="2025-11", status="agro_woofing_amap"),
    )),
    # Feature: agriculture_environment — situation — je suis en service civique dans un jardin d'insertion
    # ambiguous: the service civique is said to run now, with neither its start nor its end: whether it still runs after 26 November is not told: not_service_civique open
    # route: agriculture (lycée agricole in Brittany), the BTSA of 2025, a service civique now with no dates → application; bac+2 of 2025, ESS sought, the service's end unknown → not_service_civique open → to verify
    N("agriculture_environment", "situation", "je suis en service civique dans un jardin d'insertion", M(
        "Killian Jégou <killian.jegou@gmail.com>", "demande", "06 13:31",
        """Bonjour,

J'ai eu mon BTSA Production horticole en juillet 2025. Je suis en service civique dans un jardin d'insertion près de Quimper, j'aide les encadrants sur les chantiers.

J'aimerais devenir encadrant technique d'insertion dans une association du même type. Votre programme m'intéresse.

Killian Jégou""",
        app("Killian", "Jégou", phone=None, bac=2, grad="2025-07", unknown=("not_service_civique",), status="btsa_service_civique_sans_dates"),
    )),
    # Feature: agriculture_environment — aim — un grand groupe agroalimentaire
    # route: agriculture (licence pro, Université de Lille), the diploma of 2026, a quality post in a large agri-food group sought → application; bac+3 of 2026, a large group sought → fails job_seeking_ess → not eligible
    N("agriculture_environment", "aim", "un grand groupe agroalimentaire", M(
        "Florian Dumont <florian.dumont.agro@gmail.com>", "Candidature jeune diplômé", "07 17:17",
        """Bonjour,

J'ai obtenu ma licence pro qualité en agroalimentaire à Lille en juin 2026. Je cherche un poste de technicien qualité dans un grand groupe agroalimentaire de la région, type produits laitiers ou biscuiterie industrielle.

Pouvez-vous m'aider dans mes candidatures ?

Florian Dumont""",
        app("Florian", "Dumont", phone=None, bac=3, grad="2026-06", failing=("job_seeking_ess",), status="licence_pro_groupe_agro"),
    )),
    # Feature: agriculture_environment — kind — la lettre du réseau des AMAP
    # route: a regional AMAP network's newsletter (List-Unsubscribe, Precedence bulk) → newsletter
    N("agriculture_environment", "kind", "la lettre du réseau des AMAP", M(
        "Réseau AMAP Auvergne-Rhône-Alpes <lettre@amap-aura.example.org>", "La lettre du réseau – novembre 2026", "13 06:30",
        """Bonjour,

Au sommaire de la lettre du réseau des AMAP ce mois-ci : l'installation de deux maraîchères dans la Drôme, le bilan des formations BPREA de l'année, une offre d'emploi d'animateur·rice de réseau et l'agenda des fêtes de fin de saison.

Bonne lecture !

Se désinscrire : https://amap-aura.example.org/lettre/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://amap-aura.example.org/lettre/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: agriculture_environment — kind — je retire ma candidature
    # route: a former applicant withdraws: she has been hired on a farm, nothing to decide → other
    N("agriculture_environment", "kind", "je retire ma candidature", M(
        "Gwenaëlle Riou <gwen.riou@gmail.com>", "Retrait de ma candidature", "14 09:45",
        """Bonjour,

Je vous écris pour vous dire que je retire ma candidature : j'ai été embauchée dans une ferme en GAEC près de Vannes la semaine dernière.

Merci pour votre accueil et bonne continuation,
Gwenaëlle Riou""",
        other(),
    )),
]
