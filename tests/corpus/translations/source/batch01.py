"""Translations corpus, batch 01 (writer A): mt_from_spanish (false friends of Spanish carried by DeepL or
Google: «carrière», «pratiques», «baccalauréat», «grade», «égressé»), mt_from_portuguese («étape» for estágio,
«formature», «TCC», «cours supérieur», a Portuguese licenciatura), mt_from_arabic (LMD degrees, dates written
year/month/day, «l'année universitaire», honorifics and prayers)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, other, question, reply
from translations import N

MESSAGES = [
    # Feature: mt_from_spanish — career_change — j'ai terminé ma carrière de Travail Social
    # route: Spanish (Colombia) through DeepL, «terminé la carrera de Trabajo Social» rendered «terminé ma carrière» in the first paragraph: the studies, not a working life → application; ten semesters of social work finished in June 2025, an association sought → eligible
    N("mt_from_spanish", "career_change", "j'ai terminé ma carrière de Travail Social", M(
        "Valentina Ospina Restrepo <valentina.ospina.r@gmail.com>", "Candidature au programme Pro'pulse", "02 21:14",
        """Bonjour,

Je m'appelle Valentina Ospina Restrepo, j'ai 25 ans et je suis colombienne. En juin 2025 j'ai terminé ma carrière de Travail Social à l'Université d'Antioquia (Medellín), une carrière de dix semestres. Depuis février je vis à Lyon avec mon conjoint et j'ai le niveau B2 de français.

Pendant la carrière j'ai réalisé des accompagnements avec des familles déplacées par le conflit armé et des ateliers avec des femmes dans les quartiers populaires. J'aimerais beaucoup continuer ce travail ici, dans une association d'accompagnement social ou d'aide aux migrants.

Je ne connais pas bien comment fonctionne le marché du travail en France et c'est pour cela que votre programme m'intéresse.

Je reste attentive à votre réponse.
Cordialement,
Valentina Ospina Restrepo
07 58 21 43 96""",
        app("Valentina", "Ospina Restrepo", phone="+33758214396", bac=5, grad="2025-06", status="carriere_trabajo_social_terminee"),
    )),
    # Feature: mt_from_spanish — situation — je suis en train de réaliser mes pratiques professionnelles
    # route: Spanish (Mexico) through Google Translate, «estoy haciendo mis prácticas profesionales» rendered «réaliser mes pratiques professionnelles» in the second paragraph, until February → application; a licence en psychologie of 2025, an internship running until February 2027 → fails not_internship → not eligible
    N("mt_from_spanish", "situation", "je suis en train de réaliser mes pratiques professionnelles", M(
        "Ximena Guzmán <ximena.guzman.psic@outlook.com>", "Intérêt pour le programme", "03 10:22",
        """Bonjour, bonne journée.

Je suis licenciée en Psychologie par l'Université Autonome de Guadalajara (2025). Je suis arrivée en France en septembre avec un visa jeune professionnel.

En ce moment je suis en train de réaliser mes pratiques professionnelles dans une association d'accueil de jour pour des personnes sans domicile à Marseille, jusqu'au mois de février 2027. Ensuite je voudrais rester travailler dans ce type de structure.

Je voudrais savoir si je peux participer à votre programme pour trouver un emploi.

Merci beaucoup pour votre attention.
Ximena Guzmán""",
        app("Ximena", "Guzmán", phone=None, bac=4, grad="2025", failing=("not_internship",), status="practicas_en_cours_fevrier"),
    )),
    # Feature: mt_from_spanish — level — J'ai mon baccalauréat depuis 2020
    # route: Spanish (Peru) through a phone translator, «tengo mi bachillerato» rendered «baccalauréat», then a French course: high school only → application; the bachillerato alone → fails degree_level → not eligible
    N("mt_from_spanish", "level", "J'ai mon baccalauréat depuis 2020", M(
        "Luis Alberto Quispe <luisquispe.h@gmail.com>", "Demande de participation", "04 18:45",
        """Bonsoir Madame, Monsieur,

J'ai mon baccalauréat depuis 2020 du Collège National Mariano Melgar de Lima. Après j'ai travaillé dans le restaurant de mon oncle et maintenant je suis en France depuis un an, j'ai fait le cours de français de l'Alliance et j'ai le niveau A2.

Je cherche un travail dans une association ou une entreprise sociale, de préférence dans la cuisine solidaire ou l'animation pour les jeunes.

Je vous remercie d'avance.
Luis Alberto Quispe Huamán""",
        app("Luis Alberto", "Quispe Huamán", phone=None, bac=0, grad=None, failing=("degree_level",), status="bachillerato_seul"),
    )),
    # Feature: mt_from_spanish — graduation — je suis titulée du Grade en Éducation Sociale
    # ambiguous: the grado is dated by a year only, 2024 (January to October 2024 is more than two years ago, November or December within): graduation_recent stays open
    # route: Spanish (Spain) through DeepL, «soy titulada en el Grado de Educación Social» rendered «titulée du Grade», the year only → application; a four-year grado of 2024, a cooperative or an association sought → graduation_recent open → to verify
    N("mt_from_spanish", "graduation", "je suis titulée du Grade en Éducation Sociale", M(
        "Lucía Ferrer Sanchis <lucia.ferrer.sanchis@gmail.com>", "Candidature – Lucía Ferrer", "05 09:03",
        """Bonjour,

Je vous écris depuis Montpellier, où je vis depuis l'été. Je suis titulée du Grade en Éducation Sociale par l'Université de Valence, promotion 2024, et j'ai fait aussi un volontariat européen de deux mois à Porto.

Je cherche à travailler comme éducatrice sociale dans une association ou une coopérative d'insertion. Mon français est bon mais je dois encore améliorer l'écrit, c'est pour cela que j'utilise un traducteur pour ce courriel.

Un salut cordial,
Lucía Ferrer Sanchis
+34 612 48 93 07""",
        app("Lucía", "Ferrer Sanchis", phone="+34612489307", bac=4, grad="2024", unknown=("graduation_recent",), status="grado_educacion_social_2024"),
    )),
    # Feature: mt_from_spanish — aim — un emploi dans le secteur bancaire ou dans une entreprise multinationale
    # route: Spanish (Mexico) through Google Translate, «egresada de la Licenciatura en Administración» rendered «égressée», the aim in the last paragraph → application; a licenciatura of 2025, a bank or a multinational sought → fails job_seeking_ess → not eligible
    N("mt_from_spanish", "aim", "un emploi dans le secteur bancaire ou dans une entreprise multinationale", M(
        "Daniela Robles Cantú <daniela.robles.c@hotmail.com>", "Programme d'accompagnement", "06 14:37",
        """Bonjour,

Je suis égressée de la Licence en Administration d'Entreprises de l'UNAM, génération 2021-2025. Je suis à Paris depuis trois mois pour accompagner mon mari qui travaille ici.

J'ai vu votre programme sur LinkedIn et je pense qu'il peut m'aider. Je cherche un emploi dans le secteur bancaire ou dans une entreprise multinationale, en finances ou en contrôle de gestion, où je peux utiliser mon espagnol et mon anglais.

Salutations,
Daniela Robles Cantú""",
        app("Daniela", "Robles Cantú", phone=None, bac=4, grad="2025", failing=("job_seeking_ess",), status="egresada_banque"),
    )),
    # Feature: mt_from_spanish — studies_finished — il me manque seulement de passer le grade
    # ambiguous: in Colombia «me falta graduarme» is said both of the ceremony alone (the studies finished) and of a thesis still to present: studies_finished stays open
    # route: Spanish (Colombia) through DeepL, «ya terminé materias, solo me falta el grado» rendered «il me manque seulement de passer le grade» → application; engineering courses done, the «grado» still to come, a ressourcerie sought → studies_finished open → to verify
    N("mt_from_spanish", "studies_finished", "il me manque seulement de passer le grade", M(
        "Andrés Felipe Cárdenas <andresf.cardenas@gmail.com>", "Candidature Pro'pulse", "07 23:51",
        """Bonjour,

Je m'appelle Andrés Felipe, j'ai 24 ans. J'ai étudié l'Ingénierie Environnementale à l'Université du Valle à Cali. J'ai déjà terminé les matières, il me manque seulement de passer le grade, et je suis venu à Grenoble pour apprendre le français.

Ici j'ai découvert les ressourceries et les recycleries et j'aimerais beaucoup travailler dans une structure comme ça, ou dans une coopérative de l'économie circulaire.

Merci pour votre temps,
Andrés Felipe Cárdenas""",
        app("Andrés Felipe", "Cárdenas", phone=None, bac=5, grad=None, unknown=("studies_finished",), status="falta_el_grado"),
    )),
    # Feature: mt_from_spanish — situation — J'ai réalisé mes pratiques
    # route: Spanish (Spain) through DeepL, «realicé mis prácticas en Cruz Roja… (finalizadas en junio)» rendered «pratiques … terminées en juin»: an internship over → application; a master of September 2025, the internship over, an NGO or a cooperative sought → eligible
    N("mt_from_spanish", "situation", "J'ai réalisé mes pratiques", M(
        "Pablo Iglesias Marín <pablo.iglesias.marin@gmail.com>", "Candidature programme Pro'pulse", "08 12:10",
        """Bonjour à l'équipe de Pro'pulse,

J'ai fini le Master Officiel en Coopération Internationale à l'Université Complutense de Madrid en septembre 2025. J'ai réalisé mes pratiques à la Croix-Rouge Espagnole, dans le département d'accueil de réfugiés (pratiques terminées en juin).

Depuis octobre je vis à Bordeaux. Je cherche un poste dans une ONG ou dans une coopérative, dans la coordination de projets ou l'accompagnement de personnes migrantes.

Merci d'avance pour votre réponse,
Pablo Iglesias Marín""",
        app("Pablo", "Iglesias Marín", phone=None, bac=5, grad="2025-09", status="practicas_terminees_master"),
    )),
    # Feature: mt_from_spanish — kind — le programme est-il rémunéré
    # route: Spanish (Argentina) through DeepL, a question with no facts of the writer's own (the translator's note at the end) → question
    N("mt_from_spanish", "kind", "le programme est-il rémunéré", M(
        "Martina Giménez <martina.gimenez.ba@gmail.com>", "Question sur le programme", "09 16:20",
        """Bonjour,

Je voudrais savoir si le programme est-il rémunéré ou s'il faut payer une inscription. Aussi, les rencontres sont présentielles ou virtuelles ?

Merci beaucoup et bonne journée.
Martina

(Message traduit avec DeepL)""",
        question(),
    )),
    # Feature: mt_from_spanish — kind — je confirme ma assistance
    # route: Spanish (Chile) through Google Translate, «confirmo mi asistencia» rendered «je confirme ma assistance», an answer to our invitation (In-Reply-To ours) → reply
    N("mt_from_spanish", "kind", "je confirme ma assistance", M(
        "Catalina Fuentes <catalina.fuentes.v@gmail.com>", "RE: Pro'pulse – réunion d'information du 3 décembre", "20 08:41",
        """Bonjour Madame,

Merci beaucoup pour l'invitation, je confirme ma assistance à la réunion du 3 décembre à 14h. J'apporterai mon CV imprimé.

Cordialement,
Catalina Fuentes""",
        reply(),
        headers={"In-Reply-To": "<reunion-info-0312.5521@animafac.net>", "References": "<reunion-info-0312.5521@animafac.net>"},
    )),
    # Feature: mt_from_portuguese — situation — je fais mon étape obligatoire
    # route: Portuguese (Brazil) through Google Translate, «estou fazendo meu estágio obrigatório» rendered «étape obligatoire», ending 15 January 2027 → application; a student's compulsory internship running → fails not_internship (and studies_finished) → not eligible
    N("mt_from_portuguese", "situation", "je fais mon étape obligatoire", M(
        "Beatriz Nogueira <beatriz.nogueira.ufmg@gmail.com>", "Inscription au programme", "03 19:30",
        """Bonjour!

Je m'appelle Beatriz, je suis brésilienne et étudiante en double diplôme. Actuellement je fais mon étape obligatoire dans l'association Emmaüs Connect à Toulouse, qui se termine le 15 janvier 2027. Après cela je voudrais rester en France et travailler dans le secteur associatif, dans l'inclusion numérique.

Est-ce que je peux m'inscrire maintenant?

Merci et un câlin,
Beatriz Nogueira""",
        app("Beatriz", "Nogueira", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="estagio_obrigatorio_janvier"),
    )),
    # Feature: mt_from_portuguese — graduation — la présentation du TCC a été en juillet 2025
    # route: Portuguese (Brazil) through DeepL, «concluí a faculdade… a apresentação do TCC foi em julho de 2025, a formatura será em março» rendered with «formature»: the degree held since July 2025, the ceremony still to come → application; a four-year bacharelado of July 2025, an association sought → eligible
    N("mt_from_portuguese", "graduation", "la présentation du TCC a été en juillet 2025", M(
        "Rafael Cavalcanti <rafael.cavalcanti.rj@gmail.com>", "Candidature – Rafael Cavalcanti", "04 22:05",
        """Bonsoir,

J'ai conclu la faculté de Service Social à l'UFRJ (Rio de Janeiro). La présentation du TCC a été en juillet 2025 et la formature sera seulement en mars, parce que la fête est organisée par la promotion. Depuis août je suis à Nantes avec ma copine.

Je voudrais travailler dans une association qui accompagne des familles ou des jeunes, comme j'ai fait dans mon stage au CRAS de Maré.

Merci beaucoup,
Rafael Cavalcanti
06 41 27 83 59""",
        app("Rafael", "Cavalcanti", phone="+33641278359", bac=4, grad="2025-07", status="tcc_juillet_formatura_mars"),
    )),
    # Feature: mt_from_portuguese — studies_finished — je dois encore présenter mon TCC
    # route: Portuguese (Brazil) through a phone translator, «ainda preciso apresentar meu TCC» rendered «je dois encore présenter mon TCC», the «formature» in December: the course not finished → application; the final thesis still to present → fails studies_finished → not eligible
    N("mt_from_portuguese", "studies_finished", "je dois encore présenter mon TCC", M(
        "Larissa Moura <larissa.moura.adm@gmail.com>", "programme pro'pulse", "05 13:48",
        """Bonjour, je m'appelle Larissa et je fais Administration à la Faculté de Campinas. Je suis en France pour un semestre d'échange à Lille. Je dois encore présenter mon TCC le 10 décembre en visio et ma formature est prévue pour fin décembre.

Je cherche une opportunité de travail dans une coopérative ou une association pour l'année prochaine. C'est possible de participer?

Obrigada!
Larissa Moura""",
        app("Larissa", "Moura", phone=None, bac="*", grad=None, failing=("studies_finished",), status="tcc_a_presenter"),
    )),
    # Feature: mt_from_portuguese — graduation — Licence en Animation Socioculturelle
    # route: Portuguese (Portugal) through DeepL, «Licenciatura em Animação Sociocultural… concluída em julho de 2023» rendered «Licence … conclue en juillet 2023» → application; a Bologna licenciatura (bac+3) of July 2023, more than two years ago → fails graduation_recent → not eligible
    N("mt_from_portuguese", "graduation", "Licence en Animation Socioculturelle", M(
        "Tiago Fernandes Lopes <tiago.f.lopes@sapo.pt>", "Candidature", "06 11:16",
        """Bonjour,

J'ai la Licence en Animation Socioculturelle par l'Institut Polytechnique de Leiria, conclue en juillet 2023. Ensuite j'ai travaillé deux ans comme animateur dans un centre de jour pour personnes âgées à Coimbra.

Je suis maintenant en France (Tours) et je cherche un emploi dans l'animation, dans une association d'éducation populaire ou un centre social.

Cordialement,
Tiago Fernandes Lopes""",
        app("Tiago", "Fernandes Lopes", phone=None, bac=3, grad="2023-07", failing=("graduation_recent",), status="licenciatura_leiria_2023"),
    )),
    # Feature: mt_from_portuguese — studies_finished — je fréquente une post-graduation en Économie Sociale
    # ambiguous: a licence finished in 2025 and a part-time postgraduate course «en régime post-laboral» running: whether this counts as studies still running is left open
    # route: Portuguese (Portugal) through Google Translate, «frequento uma pós-graduação em Economia Social (regime pós-laboral)» rendered «je fréquente une post-graduation» → application; a licenciatura of 2025, a evening postgraduate course running, an IPSS or association sought → studies_finished open → to verify
    N("mt_from_portuguese", "studies_finished", "je fréquente une post-graduation en Économie Sociale", M(
        "Inês Carvalho Matos <ines.carvalhomatos@gmail.com>", "Demande d'information et candidature", "07 20:02",
        """Bonjour,

J'ai terminé la licence en Sociologie à l'Université de Coimbra en 2025. En ce moment je fréquente une post-graduation en Économie Sociale, en régime post-laboral (à distance, le soir), qui termine en juin 2027.

J'habite à Strasbourg et je cherche un travail à temps plein dans une association, une mutuelle ou une IPSS (c'est comme une association de solidarité sociale au Portugal).

Merci pour l'attention,
Inês Carvalho Matos""",
        app("Inês", "Carvalho Matos", phone=None, bac=3, grad="2025", unknown=("studies_finished",), status="pos_graduacao_pos_laboral"),
    )),
    # Feature: mt_from_portuguese — level — cours supérieur de Technologie en Gestion Environnementale
    # route: Portuguese (Brazil) through DeepL, «curso superior de Tecnologia em Gestão Ambiental» rendered «cours supérieur»: a two-and-a-half-year higher degree → application; a tecnólogo of December 2025 (bac+2), a recycling cooperative sought → eligible
    N("mt_from_portuguese", "level", "cours supérieur de Technologie en Gestion Environnementale", M(
        "Gabriel Teixeira <gabriel.teixeira.gam@gmail.com>", "Candidature programme emploi ESS", "08 15:55",
        """Bonjour,

J'ai fait le cours supérieur de Technologie en Gestion Environnementale à l'Institut Fédéral de Santa Catarina (deux ans et demi), conclu en décembre 2025. Je suis arrivé à Rennes au printemps.

Je cherche un emploi dans une coopérative de recyclage ou une ressourcerie, j'ai déjà travaillé comme bénévole avec une coopérative de catadores à Florianópolis.

Une bonne journée,
Gabriel Teixeira""",
        app("Gabriel", "Teixeira", phone=None, bac=2, grad="2025-12", status="tecnologo_gestao_ambiental"),
    )),
    # Feature: mt_from_portuguese — kind — Resposta automática
    # route: Portuguese (Portugal) then French, an out-of-office written in both languages by its sender (Auto-Submitted) → auto-reply
    N("mt_from_portuguese", "kind", "Resposta automática", M(
        "Joana Rebelo <joana.rebelo@cooperativa-exemplo.example.pt>", "Resposta automática: Pro'pulse – partenariat", "10 08:00",
        """Resposta automática: estou fora do escritório até 30 de novembro, com acesso limitado ao correio eletrónico.

Réponse automatique : je suis absente du bureau jusqu'au 30 novembre, avec un accès limité à la messagerie.

Joana Rebelo""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: mt_from_portuguese — kind — Bureau des Relations Internationales
    # route: Portuguese (Brazil) through DeepL, a university's international office proposing to share our call with its students, no applicant → other
    N("mt_from_portuguese", "kind", "Bureau des Relations Internationales", M(
        "Diretoria de Relações Internacionais <dri@universidade-exemplo.example.br>", "Coopération – diffusion de programmes d'insertion", "11 14:30",
        """Chers collègues,

Le Bureau des Relations Internationales de l'Université Fédérale de Minas Gerais vous salue cordialement. Beaucoup de nos égressés partent en France après la formature et nous cherchons des programmes sérieux d'insertion professionnelle à leur indiquer.

Serait-il possible de recevoir une présentation de Pro'pulse en format PDF pour diffuser sur notre portail? Nous pouvons aussi organiser une réunion virtuelle.

Cordiales salutations,
Fernanda Dias
Bureau des Relations Internationales""",
        other(),
    )),
    # Feature: mt_from_arabic — graduation — durant l'année universitaire 2024/2025
    # route: Arabic (Morocco) through Google Translate, «خلال السنة الجامعية 2024/2025» rendered «durant l'année universitaire 2024/2025»: the year ends in June–July 2025 → application; a licence professionnelle of 2025, an association sought → eligible
    N("mt_from_arabic", "graduation", "durant l'année universitaire 2024/2025", M(
        "Youssef El Amrani <youssef.elamrani94@gmail.com>", "Demande de participation au programme", "02 17:40",
        """Monsieur le respectable directeur du programme,

Que la paix soit sur vous. J'ai l'honneur de vous présenter ma candidature. J'ai obtenu la licence professionnelle en gestion des associations et du développement local à la Faculté de Mohammedia durant l'année universitaire 2024/2025, avec mention bien.

Je suis actuellement à Montpellier et je souhaite travailler dans une association de développement ou d'aide aux personnes vulnérables.

Veuillez agréer, Monsieur, mes salutations les plus respectueuses.
Youssef El Amrani""",
        app("Youssef", "El Amrani", phone=None, bac=3, grad="2025", status="annee_universitaire_2024_2025"),
    )),
    # Feature: mt_from_arabic — level — Diplôme de Technicien Supérieur en Comptabilité
    # route: Arabic (Algeria) through a phone translator, the BTS-level «شهادة تقني سامي» rendered «Diplôme de Technicien Supérieur», its date written 2025/06/30 → application; a bac+2 of June 2025, a mutuelle or an association sought → eligible
    N("mt_from_arabic", "level", "Diplôme de Technicien Supérieur en Comptabilité", M(
        "Amina Bouzid <amina.bouzid.dz@gmail.com>", "candidature", "03 21:12",
        """Bonjour Madame Monsieur

Je suis Amina Bouzid, titulaire du Diplôme de Technicien Supérieur en Comptabilité et Finance de l'Institut National Spécialisé de Formation Professionnelle de Blida, obtenu le 2025/06/30. Je suis en France avec ma famille depuis le mois de mars.

Je souhaite travailler comme aide comptable dans une association ou une mutuelle, pour être utile à la société.

Et merci d'avance
Amina Bouzid""",
        app("Amina", "Bouzid", phone=None, bac=2, grad="2025-06", status="technicien_superieur_2025_06_30"),
    )),
    # Feature: mt_from_arabic — graduation — Master professionnel en gestion des ONG
    # route: Arabic (Lebanon) through DeepL, the date written 2025/07/15 in the Arabic order → application; a master of July 2025, an NGO or association sought → eligible
    N("mt_from_arabic", "graduation", "Master professionnel en gestion des ONG", M(
        "Rima Haddad <rima.haddad.lb@outlook.com>", "Candidature - Rima Haddad", "04 09:27",
        """Bonjour,

J'ai reçu le Master professionnel en gestion des ONG de l'Université Libanaise le 2025/07/15, après un stage chez une ONG de soutien aux réfugiés syriens à la Bekaa. Je suis à Paris depuis le mois de septembre 2025 avec un titre de séjour de recherche d'emploi.

Je cherche un emploi de chargée de projets dans une association de solidarité internationale ou dans le secteur de l'économie sociale.

Avec mes remerciements et mon respect,
Rima Haddad
+33 6 73 18 25 44""",
        app("Rima", "Haddad", phone="+33673182544", bac=5, grad="2025-07", status="master_pro_ong_2025_07_15"),
    )),
    # Feature: mt_from_arabic — career_change — j'ai travaillé pendant sept ans comme agent commercial
    # route: Arabic (Morocco) through Google Translate, seven years of salaried sales work before the licence, told in the first paragraph → application; a licence of 2025 after a career of seven years, a change of path → fails not_career_change → not eligible
    N("mt_from_arabic", "career_change", "j'ai travaillé pendant sept ans comme agent commercial", M(
        "Hicham Benjelloun <hicham.benjelloun77@gmail.com>", "Candidature pour le programme", "05 19:58",
        """Bonjour à vous,

J'ai 34 ans. Après le baccalauréat j'ai travaillé pendant sept ans comme agent commercial dans une société de télécommunications à Casablanca. Ensuite j'ai repris les études et j'ai eu la licence avec mention assez bien en sciences sociales en 2025, parce que je veux changer de chemin et travailler dans le social.

Je suis maintenant à Lille et je cherche un poste dans une association d'insertion.

Que Dieu vous garde et merci.
Hicham Benjelloun""",
        app("Hicham", "Benjelloun", phone=None, bac=3, grad="2025", failing=("not_career_change",), status="agent_commercial_sept_ans"),
    )),
    # Feature: mt_from_arabic — aim — je cherche n'importe quel travail dans ma spécialité
    # ambiguous: «any work in my speciality» (sociology) names no sector: whether an ESS job is sought stays open
    # route: Arabic (Algeria) through a phone translator, the master's year given as the university year, the search with no sector → application; a master of 2026, any job in sociology → job_seeking_ess open → to verify
    N("mt_from_arabic", "aim", "je cherche n'importe quel travail dans ma spécialité", M(
        "Nour El Houda Belkacem <nour.belkacem@yahoo.fr>", "Demande", "06 22:44",
        """Au nom de Dieu le Clément le Miséricordieux

Bonjour, je suis Nour El Houda, j'ai soutenu mon mémoire de master en sociologie à l'Université d'Oran 2 durant l'année universitaire 2025/2026. Je suis en France chez ma sœur à Marseille.

Je cherche n'importe quel travail dans ma spécialité, et j'ai entendu parler de votre programme par une amie. Je serai reconnaissante si vous m'aidez.

Que Dieu vous récompense.
Nour El Houda Belkacem""",
        app("Nour El Houda", "Belkacem", phone=None, bac=5, grad="2026", unknown=("job_seeking_ess",), status="master_oran_nimporte_quel_travail"),
    )),
    # Feature: mt_from_arabic — situation — je fais un volontariat de service civique
    # route: Arabic (Morocco) through DeepL, the civic service rendered «volontariat de service civique», running until March 2027 → application; a licence of 2025, a service civique running → fails not_service_civique → not eligible
    N("mt_from_arabic", "situation", "je fais un volontariat de service civique", M(
        "Salma Ouazzani <salma.ouazzani@gmail.com>", "Candidature Pro'pulse", "07 11:35",
        """Bonjour,

Je suis titulaire d'une licence en études françaises de l'Université Ibn Tofail de Kénitra (2025). Actuellement je fais un volontariat de service civique dans une association de soutien scolaire à Saint-Denis, jusqu'au mois de mars 2027, à raison de 28 heures par semaine.

Après ma mission je veux travailler dans l'éducation populaire, dans une association.

Avec tout mon respect,
Salma Ouazzani""",
        app("Salma", "Ouazzani", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="volontariat_service_civique_mars"),
    )),
    # Feature: mt_from_arabic — kind — je voudrais connaître les conditions
    # route: Arabic (Tunisia) through Google Translate, a father asking about the conditions with no facts of his daughter → question
    N("mt_from_arabic", "kind", "je voudrais connaître les conditions", M(
        "Mohamed Trabelsi <m.trabelsi.1968@gmail.com>", "Renseignement", "08 07:15",
        """Bonjour Monsieur le directeur

Que la paix et la miséricorde de Dieu soient sur vous. Ma fille va venir en France l'année prochaine et je voudrais connaître les conditions de votre programme, l'âge et les papiers demandés, et si c'est gratuit.

Merci infiniment.
Mohamed Trabelsi""",
        question(),
    )),
    # Feature: mt_from_arabic — kind — vous invite cordialement à la journée
    # route: Arabic (Morocco) through DeepL, an association's invitation to a day on migrants' employment, no applicant → other
    N("mt_from_arabic", "kind", "vous invite cordialement à la journée", M(
        "Association Jusoor Al Amal <contact@jusoor-alamal.example.org>", "Invitation – journée de l'emploi des jeunes migrants", "12 10:05",
        """Mesdames et Messieurs,

L'association Jusoor Al Amal (Ponts de l'espoir) vous invite cordialement à la journée d'échange sur l'emploi des jeunes migrants diplômés, le samedi 12 décembre 2026 de 10h à 17h, à la Maison des associations de Villeurbanne.

Nous serions honorés par votre présence et par une présentation de votre programme devant les familles.

Avec nos salutations distinguées,
Le bureau de l'association""",
        other(),
    )),
]
