"""Seasons corpus, batch 04 (writer A): Friday 15 – Monday 18 May 2026, read on Monday 18 May 2026 (summer
time, +0200). The Ascension bridge (Thursday 14 and Friday 15 May) brings out-of-office replies; courses are
ending, defences and juries lie ahead in June, summer jobs and festivals recruit; a diploma of May 2024 is the
oldest still within the limit. Messages in arrival order; every label on 2026-05-18."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from seasons import N

MESSAGES = [
    # Feature: season_other_mail — kind — pont de l'Ascension
    # route: a partner's out-of-office (Auto-Submitted) over the Ascension bridge, answering our mail → auto-reply
    N("season_other_mail", "kind", "pont de l'Ascension", M(
        "Grégoire Lenoir <g.lenoir@ligue-enseignement-44.example.org>", "Réponse automatique : Pro'pulse - atelier du 28 mai", "2026-05-15 09:00",
        """Bonjour,

Nos bureaux sont fermés pour le pont de l'Ascension, du jeudi 14 au dimanche 17 mai. Je lirai votre message à mon retour le lundi 18 mai.

Grégoire Lenoir
Délégué vie associative, Ligue de l'enseignement 44""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: diploma_age — graduation — licence d'économie obtenue en mai 2024
    # route: the first line: a licence of May 2024 (read in May 2026: exactly 24 months, within the limit), a post in a social economy network sought → bac+3 of 2024-05 → eligible (on 2026-11-26: 30 months, not_eligible)
    N("diploma_age", "graduation", "licence d'économie obtenue en mai 2024", M(
        "Manon Besson <manon.besson@gmail.com>", "Candidature Pro'pulse", "2026-05-15 10:20",
        """Bonjour,

J'ai une licence d'économie obtenue en mai 2024 (Université de Bourgogne). Après deux années de missions d'intérim, je voudrais travailler dans un réseau de l'économie sociale, une CRESS ou une fédération d'associations.

Manon Besson
06 57 29 84 13""",
        app("Manon", "Besson", phone="+33657298413", bac=3, grad="2024-05", status="manon_licence_mai_2024"),
    ), flips=True),
    # Feature: diploma_age — career_change — après dix ans dans la restauration, je me reconvertis
    # route: the first paragraph: a BTS of April 2024 (read in May 2026: 25 months) after ten years in catering, «je me reconvertis» → bac+2 of 2024-04, fails graduation_recent and not_career_change → not_eligible (on 2026-11-26: the same)
    N("diploma_age", "career_change", "après dix ans dans la restauration, je me reconvertis", M(
        "Stéphanie Garcia <stephanie.garcia@orange.fr>", "reconversion et candidature", "2026-05-15 11:45",
        """Bonjour,

Après dix ans dans la restauration, je me reconvertis : j'ai obtenu un BTS ESF en avril 2024 par la formation continue. Je cherche un poste de conseillère en économie sociale et familiale dans une association.

Bien à vous,
Stéphanie Garcia
06 81 37 24 95""",
        app("Stéphanie", "Garcia", phone="+33681372495", bac=2, grad="2024-04", failing=("graduation_recent", "not_career_change"), status="stephanie_bts_avril_2024_reconversion"),
    )),
    # Feature: month_no_year — situation — mon service civique a pris fin en avril
    # route: the first paragraph: a civic service ended «en avril» (past, read in May 2026: April 2026), a BTS of 2025 → bac+2 of 2025, nothing running → eligible (on 2026-11-26: April 2026 still, the same)
    N("month_no_year", "situation", "mon service civique a pris fin en avril", M(
        "Killian Royer <killian.royer@gmail.com>", "Pro'pulse - candidature", "2026-05-15 14:30",
        """Bonjour,

Mon service civique a pris fin en avril (huit mois à Unis-Cité, sur la lutte contre l'isolement des personnes âgées). J'ai un BTS SP3S obtenu en 2025.

Je cherche un emploi dans une association d'aide à domicile ou de lien social.

Killian Royer
07 35 48 61 29""",
        app("Killian", "Royer", phone="+33735486129", bac=2, grad="2025", status="killian_sc_fini_en_avril"),
    )),
    # Feature: month_no_year — level — mon titre pro secrétaire assistante en mars
    # route: the first line: a titre professionnel of secrétaire assistante (a niveau 4 title) obtained «en mars» (March 2026), nothing higher → fails degree_level → not_eligible (on 2026-11-26: the same)
    N("month_no_year", "level", "mon titre pro secrétaire assistante en mars", M(
        "Mélissa Carpentier <melissa.carpentier@hotmail.fr>", "candidature", "2026-05-15 16:10",
        """Bonjour,

J'ai eu mon titre pro secrétaire assistante en mars, avec l'AFPA. Je voudrais travailler dans une association, à l'accueil ou au secrétariat.

Merci de me répondre,
Mélissa Carpentier
06 92 84 13 57""",
        app("Mélissa", "Carpentier", phone="+33692841357", bac=0, grad="2026-03", failing=("degree_level",), status="melissa_titre_pro_mars"),
    )),
    # Feature: season_other_mail — kind — je prends le mardi 26 mai à 15h
    # route: Lola's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), a day chosen → reply
    N("season_other_mail", "kind", "je prends le mardi 26 mai à 15h", M(
        "Lola Gaillard <lola.gaillard@gmail.com>", "Re: Votre candidature Pro'pulse - entretien", "2026-05-16 10:05",
        """Bonjour,

Merci pour votre message, je prends le mardi 26 mai à 15h, en visio si c'est possible.

Bon week-end,
Lola

Le jeu. 14 mai 2026 à 17:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Lola,
> Nous vous proposons un entretien le lundi 25 mai à 10h ou le mardi 26 mai à 15h.
> Bien à vous,
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-05-14-0011@animafac.net>"},
    )),
    # Feature: relative_year — career_change — diplômé l'an dernier, en décembre
    # ambiguous: four years of temping in logistics before the licence pro, and he never says whether social work is a new trade; not_career_change open
    # route: the first line: a licence pro «l'an dernier, en décembre» (read in May 2026: December 2025), four years of temping before → bac+3 of 2025-12, career change open → to_verify (on 2026-11-26: December 2025 still)
    N("relative_year", "career_change", "diplômé l'an dernier, en décembre", M(
        "Yohan Lebrun <yohan.lebrun@gmail.com>", "Programme Pro'pulse", "2026-05-16 14:50",
        """Bonjour,

Je suis diplômé l'an dernier, en décembre, d'une licence pro intervention sociale, après quatre ans d'intérim en logistique. Je cherche un poste d'accompagnateur dans une association d'insertion.

Yohan Lebrun
06 23 71 48 59""",
        app("Yohan", "Lebrun", phone="+33623714859", bac=3, grad="2025-12", unknown=("not_career_change",), status="yohan_lp_decembre_interim"),
    )),
    # Feature: academic_year — graduation — mon M2 de l'année 2024-2025
    # route: the first line: the M2 of the school year 2024-2025, the diploma received in October (October 2025), a post in an association for migrants sought → bac+5 of 2025-10 → eligible (on 2026-11-26: the same)
    N("academic_year", "graduation", "mon M2 de l'année 2024-2025", M(
        "Sofia Rinaldi <sofia.rinaldi@gmail.com>", "Candidature - Sofia Rinaldi", "2026-05-16 18:20",
        """Bonjour,

J'ai terminé mon M2 de l'année 2024-2025 en migrations internationales (Poitiers), diplôme reçu en octobre. Je cherche un poste de chargée d'accompagnement dans une association d'accueil des personnes exilées.

Sofia Rinaldi
07 59 14 82 36""",
        app("Sofia", "Rinaldi", phone="+33759148236", bac=5, grad="2025-10", status="sofia_m2_2024_2025"),
    )),
    # Feature: academic_year — graduation — promo 2024
    # route: the CV (PDF) only: a BUT of «promo 2024», a post in a youth association sought → bac+3 of 2024, the year alone left open by the year-alone rule (read in May 2026: June 2024 within 24 months, January–April 2024 not) → to_verify (on 2026-11-26: still open)
    N("academic_year", "graduation", "promo 2024", M(
        "Dylan Marie <dylan.marie@gmail.com>", "", "2026-05-17 11:10",
        """Bonjour, voici mon CV. Cordialement, Dylan Marie""",
        app("Dylan", "Marie", phone="+33646281937", bac=3, grad="2024", unknown=("graduation_recent",), info_in="cv", status="dylan_promo_2024"),
        cv=CV("pdf", "CV_Dylan_Marie.pdf", """Dylan Marie
Caen - 06 46 28 19 37 - dylan.marie@gmail.com
Objectif : animateur jeunesse dans une association ou une MJC
Formation
BUT Carrières sociales, animation sociale et socioculturelle - IUT de Caen - promo 2024
Expérience
Animateur, accueil de loisirs associatif (2024 - 2026)
BAFA, BAFD en cours"""),
    )),
    # Feature: season_other_mail — kind — saisonniers pour le festival
    # route: a music festival association's offer of summer jobs (an organisation writing, no applicant) → other
    N("season_other_mail", "kind", "saisonniers pour le festival", M(
        "Festival des Arts de Rue <benevoles@festival-artsderue.example.org>", "On recrute des saisonniers pour le festival (juillet)", "2026-05-17 15:30",
        """Bonjour,

L'association du Festival des Arts de Rue de Chalon recrute des saisonniers pour le festival, du 16 au 26 juillet : régie, accueil du public, coordination des bénévoles. CDD de deux semaines, débutants bienvenus.

Pouvez-vous relayer l'offre à vos jeunes ?

Merci !
Louise Simon, chargée de production""",
        other(),
    )),
    # Feature: exams_and_results — graduation — les résultats du jury le 7 mai
    # route: a Mission locale adviser presents Ibrahim (his address given): the DE of specialised educator obtained at the jury of 7 May (May 2026), a post in a child protection association sought → referral; bac+3 of 2026-05 → eligible (on 2026-11-26: the same)
    N("exams_and_results", "graduation", "les résultats du jury le 7 mai", M(
        "Corinne Blanc <c.blanc@mission-locale-marseille.example.org>", "Orientation Pro'pulse - Ibrahim Sow", "2026-05-18 08:45",
        """Bonjour,

Je vous oriente M. Ibrahim Sow, 24 ans, qui a eu les résultats du jury le 7 mai : il est désormais titulaire du diplôme d'État d'éducateur spécialisé (IRTS PACA). Il cherche un poste dans une association de protection de l'enfance à Marseille.

Ses coordonnées : ibrahim.sow13@gmail.com, 06 12 47 83 95.

Bien cordialement,
Corinne Blanc
Conseillère, Mission locale de Marseille""",
        app("Ibrahim", "Sow", phone="+33612478395", bac=3, grad="2026-05", email="ibrahim.sow13@gmail.com", forwarded_by="c.blanc@mission-locale-marseille.example.org", status="ibrahim_jury_7_mai"),
    )),
    # Feature: exams_and_results — studies_finished — ma soutenance est prévue fin juin
    # route: the first line: the master's defence planned for the end of June (ahead of the reading day) → bac "*", fails studies_finished → not_eligible (on 2026-11-26: the same words, a defence ahead)
    N("exams_and_results", "studies_finished", "ma soutenance est prévue fin juin", M(
        "Hélène Fournier <helene.fournier@etu.univ-rennes.example.fr>", "Candidature", "2026-05-18 09:10",
        """Bonjour,

Ma soutenance est prévue fin juin (master 2 management des organisations sociales), mais tous mes cours sont finis et je suis disponible dès maintenant. Je cherche un poste de cheffe de service dans une association du médico-social.

Hélène Fournier""",
        app("Hélène", "Fournier", phone=None, bac="*", grad=None, failing=("studies_finished",), status="helene_soutenance_fin_juin"),
    )),
    # Feature: placement_end — situation — mon stage s'est terminé vendredi
    # route: the first line: an internship over «vendredi» (15 May, before the reading day), a master of September 2025 → bac+5 of 2025-09, nothing running → eligible (on 2026-11-26: the same)
    N("placement_end", "situation", "mon stage s'est terminé vendredi", M(
        "Adrien Poirier <adrien.poirier@gmail.com>", "Pro'pulse - Adrien Poirier", "2026-05-18 10:00",
        """Bonjour,

Mon stage s'est terminé vendredi (six mois à Habitat et Humanisme, sur la mobilisation des bénévoles). J'ai un master 2 en sociologie obtenu en septembre 2025.

Je cherche un poste de chargé de mission dans une association du logement.

Adrien Poirier
06 74 18 25 39""",
        app("Adrien", "Poirier", phone="+33674182539", bac=5, grad="2025-09", status="adrien_stage_fini_vendredi"),
    )),
    # Feature: season_other_mail — kind — Nouvelle réponse à votre formulaire
    # route: a form builder's notification of a new answer to our interest form (copied answers, no mail of a person) → other
    N("season_other_mail", "kind", "Nouvelle réponse à votre formulaire", M(
        "Formulaires <notifications@formulaires.example.com>", "Nouvelle réponse à votre formulaire « Être tenu·e au courant de la session de septembre »", "2026-05-18 10:40",
        """Nouvelle réponse à votre formulaire « Être tenu·e au courant de la session de septembre »

Prénom : Zoé
Ville : Angers
Situation : en licence 3, diplôme attendu en juin
Comment avez-vous connu Pro'pulse ? : Instagram

Voir toutes les réponses : https://formulaires.example.com/f/propulse-septembre""",
        other(),
    )),
    # Feature: beginning — situation — un service civique de huit mois qui démarre le 1er juin
    # route: the second paragraph: a civic service signed for eight months from 1 June (ahead of the reading day: not yet a situation), a licence of 2025 → bac+3 of 2025, nothing running → eligible (on 2026-11-26: that service running until January, not_eligible)
    N("beginning", "situation", "un service civique de huit mois qui démarre le 1er juin", M(
        "Mathis Guillot <mathis.guillot@gmail.com>", "Candidature", "2026-05-18 11:20",
        """Bonjour,

J'ai une licence de STAPS (2025) et je cherche un emploi d'éducateur sportif dans une association de sport pour tous.

J'ai signé pour un service civique de huit mois qui démarre le 1er juin, mais si je trouve un emploi avec votre programme avant, je le préfère.

Mathis Guillot
06 38 94 71 25""",
        app("Mathis", "Guillot", phone="+33638947125", bac=3, grad="2025", status="mathis_sc_1er_juin"),
    ), flips=True),
    # Feature: season_words — situation — je finis mon service civique avant l'été, le 30 juin
    # route: a father writes for his daughter Anna (her address given): a licence pro of 2025, a civic service ending on 30 June (after the reading day: running) → referral; fails not_service_civique → not_eligible (on 2026-11-26: 30 June 2027 ahead, the same)
    N("season_words", "situation", "je finis mon service civique avant l'été, le 30 juin", M(
        "Philippe Roger <philippe.roger56@orange.fr>", "Pour ma fille Anna Roger", "2026-05-18 12:05",
        """Bonjour,

Je vous écris pour ma fille Anna, qui m'a dit : « je finis mon service civique avant l'été, le 30 juin, et après je ne sais pas ». Elle a une licence pro animation (2025) et aimerait travailler dans une association de jeunesse.

Voici son adresse : anna.roger.56@gmail.com. Elle est d'accord pour que je vous écrive.

Cordialement,
Philippe Roger""",
        app("Anna", "Roger", phone=None, bac=3, grad="2025", failing=("not_service_civique",), email="anna.roger.56@gmail.com", forwarded_by="philippe.roger56@orange.fr", status="anna_sc_avant_l_ete"),
    )),
    # Feature: season_words — graduation — diplômée l'été dernier
    # route: the first line: a BTS «l'été dernier» (read in May 2026: summer 2025, the year alone 2025 meets), a post in an épicerie solidaire sought → bac+2 of 2025 → eligible (on 2026-11-26: summer 2026)
    N("season_words", "graduation", "diplômée l'été dernier", M(
        "Estelle Marchand <estelle.marchand@laposte.net>", "Demande pour rejoindre Pro'pulse", "2026-05-18 13:15",
        """Bonjour,

Diplômée l'été dernier d'un BTS management commercial, je cherche un poste de responsable de boutique dans une épicerie solidaire ou une ressourcerie.

Estelle Marchand
06 26 59 41 78""",
        app("Estelle", "Marchand", phone="+33626594178", bac=2, grad="2025", status="estelle_ete_dernier"),
    ), flips=True),
    # Feature: season_words — kind — absente cet été
    # route: a participant of the spring cohort writing that she will be away this summer and asking about the July sessions (already in, no application) → other
    N("season_words", "kind", "absente cet été", M(
        "Julia Perrot <julia.perrot@gmail.com>", "Séances de juillet", "2026-05-18 13:50",
        """Bonjour Claire,

Je serai absente cet été du 6 au 27 juillet (je pars en chantier de bénévoles). Est-ce que les séances collectives de juillet seront enregistrées, ou est-ce que je peux rattraper en août ?

Merci,
Julia""",
        other(),
    )),
    # Feature: counted_from_now — graduation — il y a dix-huit mois
    # route: the first line: a master «il y a dix-huit mois» (read in May 2026: November 2024), a post in an association of disabled people sought → bac+5 of 2024-11 → eligible (on 2026-11-26: May 2025)
    N("counted_from_now", "graduation", "il y a dix-huit mois", M(
        "Benjamin Texier <benjamin.texier@gmail.com>", "Candidature Pro'pulse", "2026-05-18 14:20",
        """Bonjour,

J'ai obtenu mon master de psychologie il y a dix-huit mois (Tours). Je cherche un poste de psychologue ou de coordinateur dans une association du handicap.

Benjamin Texier
07 42 86 13 59""",
        app("Benjamin", "Texier", phone="+33742861359", bac=5, grad="2024-11", status="benjamin_il_y_a_dix_huit_mois"),
    ), flips=True),
    # Feature: counted_from_now — aim — rester dans l'immobilier
    # route: the first paragraph: a BTS «il y a un an» (read in May 2026: May 2025), a CDD in an estate agency for six months, a wish to stay in real estate → bac+2 of 2025-05, fails job_seeking_ess → not_eligible (on 2026-11-26: November 2025)
    N("counted_from_now", "aim", "rester dans l'immobilier", M(
        "Jordan Fabre <jordan.fabre@gmail.com>", "programme jeunes diplômés", "2026-05-18 15:00",
        """Bonjour,

J'ai eu mon BTS professions immobilières il y a un an et depuis six mois je suis en CDD dans une agence immobilière. Mon contrat finit en juillet et j'aimerais rester dans l'immobilier, comme négociateur.

Jordan Fabre
06 51 83 27 46""",
        app("Jordan", "Fabre", phone="+33651832746", bac=2, grad="2025-05", failing=("job_seeking_ess",), status="jordan_immobilier"),
    ), flips=True),
    # Feature: season_other_mail — kind — est-ce que ça tourne pendant l'été
    # route: a question about summer sessions, no fact of the writer's own → question
    N("season_other_mail", "kind", "est-ce que ça tourne pendant l'été", M(
        "Noémie Caron <noemie.caron@gmail.com>", "Été", "2026-05-18 15:30",
        """Bonjour,

Est-ce que ça tourne pendant l'été, le programme ? Ou est-ce que tout s'arrête en juillet-août ?

Merci,
Noémie""",
        question(),
    )),
    # Feature: cv_periods — level — Bac général - 2022
    # route: the CV (PDF): a bac général and a first year of psychology not validated, an animator's job «2023 – …» → fails degree_level → not_eligible (on 2026-11-26: the same)
    N("cv_periods", "level", "Bac général - 2022", M(
        "Evan Lucas <evan.lucas@gmail.com>", "candidature Pro'pulse", "2026-05-18 16:00",
        """Bonjour,

Je vous envoie mon CV, j'aimerais beaucoup être accompagné pour trouver un emploi dans l'animation.

Evan Lucas""",
        app("Evan", "Lucas", phone="+33678142593", bac=0, grad=None, failing=("degree_level",), info_in="cv", status="evan_bac_general"),
        cv=CV("pdf", "CV_Evan_Lucas.pdf", """Evan Lucas
Angers - 06 78 14 25 93 - evan.lucas@gmail.com
Expérience
Animateur périscolaire, Ligue de l'enseignement 49 - 2023 – …
Animateur de colonies de vacances (étés 2022, 2023, 2024)
Formation
L1 psychologie, Université d'Angers - 2022-2023 (non validée)
Bac général - 2022
BAFA"""),
    )),
    # Feature: season_other_mail — kind — Forum de l'emploi solidaire du 11 juin
    # route: a department's job forum newsletter (List-Unsubscribe, Precedence bulk), its dates and offers belong to nobody applying → newsletter
    N("season_other_mail", "kind", "Forum de l'emploi solidaire du 11 juin", M(
        "Département de l'Isère <lettre-emploi@isere.example.fr>", "Forum de l'emploi solidaire du 11 juin : inscrivez-vous", "2026-05-18 16:30",
        """Forum de l'emploi solidaire du 11 juin

Plus de 50 structures de l'ESS recrutent : CDD d'été, emplois en septembre, contrats d'apprentissage pour la rentrée.
Ateliers CV, simulations d'entretien, stand « jeunes diplômé·es ».

Lieu : Grenoble, Halle Clemenceau, de 9h à 17h.

Se désinscrire : https://isere.example.fr/lettres/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://isere.example.fr/lettres/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: english_seasons — aim — work in international development
    # ambiguous: "international development" names a field, no employer: an NGO, an agency or a consultancy alike; job_seeking_ess open
    # route: an English mail: a Licence professionnelle of Dakar of 2025, a job «in international development» → bac+3 of 2025, aim open → to_verify (on 2026-11-26: the same)
    N("english_seasons", "aim", "work in international development", M(
        "Awa Ndiaye <awa.ndiaye@gmail.com>", "Application to Pro'pulse", "2026-05-18 17:00",
        """Hello,

I hold a Licence professionnelle in Project Management from Université Cheikh Anta Diop (Dakar, 2025) and I moved to Paris in January. I'd like to work in international development.

I'd be grateful for any guidance,
Awa Ndiaye
07 68 25 41 93""",
        app("Awa", "Ndiaye", phone="+33768254193", bac=3, grad="2025", unknown=("job_seeking_ess",), language="en", status="awa_international_development"),
    )),
    # Feature: english_seasons — graduation — two years ago, in June
    # route: an English mail: a BSc «two years ago, in June» (read in May 2026: June 2024, 23 months), a post in an association sought → bac+3 of 2024-06 → eligible (on 2026-11-26: June 2024 is 29 months, not_eligible)
    N("english_seasons", "graduation", "two years ago, in June", M(
        "Tom Hargreaves <tom.hargreaves@gmail.com>", "Pro'pulse", "2026-05-18 17:30",
        """Hi,

I got my BSc in Psychology two years ago, in June (University of Manchester), and I've been living in Lyon since, working in a café. I'd love a job in an association supporting young people's mental health.

Cheers,
Tom Hargreaves
06 49 72 35 81""",
        app("Tom", "Hargreaves", phone="+33649723581", bac=3, grad="2024-06", language="en", status="tom_two_years_ago"),
    ), flips=True),
]
