"""Mixtures corpus, batch 03 (writer A): questions about the programme that turn into applications halfway
(and application-looking mails that stay questions, one asked for a sister); newcomers writing in one of our
threads («Re: Votre rendez-vous…», «Re: Confirmation de votre inscription») — a flatmate, a brother, a
colleague, a cousin, a friend — and a participant presenting a friend, next to the true replies of the
participants we wrote to; unsubscribes («STOP», «désinscrivez-moi», «plus sur cette adresse») that come with
an application, and alone, and an address closed by its own robot."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, other, question, reply
from mixtures import N

RDV = """Le 16/11/2026 à 10:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour,
> Nous vous confirmons votre rendez-vous individuel du mardi 17 novembre à 14 h, au 3 rue Récamier (Paris 7e), avec Camille, votre coach.
> Pensez à apporter votre CV.
> L'équipe Pro'pulse"""

MESSAGES = [
    # Feature: question_turning — level — faut-il forcément un bac+3
    # mixture: opens as a question («faut-il forcément un bac+3 ?»), then gives her own diploma and asks to join → application; a BTS (bac+2) of July 2025 and an aim at social tourism associations → eligible
    N("question_turning", "level", "faut-il forcément un bac+3", M(
        "Lisa Charpentier <lisa.charpentier@example.fr>", "Question sur les conditions", "02 11:20",
        """Bonjour,

Question bête : faut-il forcément un bac+3 pour entrer dans Pro'pulse ? Je pose la question parce que moi j'ai un BTS Tourisme, obtenu en juillet 2025 à Annecy. Bon, autant tout vous dire : je voudrais travailler dans le tourisme social, les villages vacances associatifs ou les auberges de jeunesse, et je me sens un peu perdue dans mes recherches. Si ça passe, je veux bien m'inscrire !

Lisa Charpentier
06 02 47 91 35""",
        app("Lisa", "Charpentier", phone="+33602479135", bac=2, grad="2025-07", status="question_bac3_bts_tourisme"),
    )),
    # Feature: question_turning — situation — je suis en service civique à la Ligue contre le cancer jusqu'en avril
    # mixture: a question («peut-on suivre Pro'pulse pendant un service civique ?») that turns into an application with his own facts → application; a civic service running until April 2027 → fails not_service_civique → not eligible
    N("question_turning", "situation", "je suis en service civique à la Ligue contre le cancer jusqu'en avril", M(
        "Bilal Chaouch <bilal.chaouch@example.com>", "Pro'pulse pendant un service civique ?", "03 18:45",
        """Bonjour,
Peut-on suivre Pro'pulse pendant un service civique ? Je suis en service civique à la Ligue contre le cancer jusqu'en avril 2027, après une licence de psychologie obtenue en juin 2026. Si c'est possible, je vous envoie ma candidature dès maintenant : je voudrais travailler ensuite dans une association de prévention santé.
Bilal Chaouch — 07 60 14 82 37""",
        app("Bilal", "Chaouch", phone="+33760148237", bac=3, grad="2026-06", failing=("not_service_civique",), status="question_sc_ligue_avril_2027"),
    )),
    # Feature: question_turning — situation — mon stage se termine à la fin du mois
    # ambiguous: an internship ending «à la fin du mois» with no day — not_internship stays open
    # mixture: a question about the calendar («quand commencent les prochaines sessions ?») that becomes an application («je me lance») → application; master of September 2026, a post-degree internship ending at the end of the month → to verify
    N("question_turning", "situation", "mon stage se termine à la fin du mois", M(
        "Éloïse Delmas <eloise.delmas@example.org>", "Prochaines sessions ?", "05 09:33",
        """Bonjour,

Quand commencent les prochaines sessions d'accompagnement ? Je demande parce que mon stage se termine à la fin du mois (un stage chez France Active, après mon master Finance solidaire de septembre 2026) et je n'ai encore rien derrière.

Finalement je me lance, considérez ce message comme ma candidature : je cherche un poste dans la finance solidaire, chez un financeur de l'ESS ou un réseau comme France Active justement.

Éloïse Delmas
06 58 20 73 14""",
        app("Éloïse", "Delmas", phone="+33658207314", bac=5, grad="2026-09", unknown=("not_internship",), status="question_sessions_stage_fin_du_mois"),
    )),
    # Feature: question_turning — graduation — ma licence pro date de juin 2023
    # mixture: a question about an age limit that turns into his own facts and a wish to join → application; a licence pro of June 2023 → fails graduation_recent → not eligible
    N("question_turning", "graduation", "ma licence pro date de juin 2023", M(
        "Adrien Kowalski <adrien.kowalski@example.net>", "Limite d'âge ?", "06 20:12",
        """Bonjour, y a-t-il une limite d'âge pour Pro'pulse ? J'ai 27 ans. Ma licence pro date de juin 2023 (Gestion de projets culturels), j'ai enchaîné des CDD dans l'événementiel depuis, et j'aimerais bien être accompagné pour trouver un poste durable dans une association culturelle. Je peux vous envoyer mon CV.
Adrien — 06 41 19 70 58""",
        app("Adrien", "Kowalski", phone="+33641197058", bac=3, grad="2023-06", failing=("graduation_recent",), status="question_age_licence_pro_2023"),
    )),
    # Feature: question_turning — career_change — vendeur chez Decathlon le week-end pendant ma licence
    # mixture: a question («est-ce que ça compte comme une reconversion ?») answered by his own facts, then «je vous envoie ma candidature» → application; a weekend student job is no career, licence STAPS of June 2026, sports associations → eligible
    N("question_turning", "career_change", "vendeur chez Decathlon le week-end pendant ma licence", M(
        "Mathis Augier <mathis.augier@example.fr>", "reconversion ou pas ?", "07 14:03",
        """Bonjour,

J'ai lu que Pro'pulse n'était pas fait pour les reconversions. Est-ce que ça compte si j'ai travaillé trois ans ? J'étais vendeur chez Decathlon le week-end pendant ma licence, jamais plus de 15 heures par semaine.

Je pense que non, donc je vous envoie ma candidature : licence STAPS Management du sport, Aix-Marseille, juin 2026. Je voudrais travailler dans une association sportive ou une fédération, sur le développement des clubs de quartier.

Mathis Augier
+33 6 17 30 84 92""",
        app("Mathis", "Augier", phone="+33617308492", bac=3, grad="2026-06", status="question_reconversion_decathlon_weekend"),
    )),
    # Feature: question_turning — career_change — worked as a line cook in London for a few years
    # ambiguous: «a few years» as a cook before the licence pro, no dates — not_career_change stays open
    # mixture: an English question («is there an age limit?») that turns into his own facts and «I'd like to apply» → application (English); a cooking job of unsaid length before a licence pro of June 2026 → to verify
    N("question_turning", "career_change", "worked as a line cook in London for a few years", M(
        "Gareth Evans <gareth.evans@example.co.uk>", "Age limit?", "08 10:48",
        """Hello,

Is there an age limit for Pro'pulse? I'm 29. I worked as a line cook in London for a few years, then moved to Nantes and did a licence pro in sustainable food systems (June 2026). I'd like to apply: my goal is a job with a food cooperative or an anti-food-waste association.

Cheers,
Gareth Evans
07 83 25 40 19""",
        app("Gareth", "Evans", phone="+33783254019", bac=3, grad="2026-06", unknown=("not_career_change",), language="en", status="question_en_line_cook_few_years"),
    )),
    # Feature: question_turning — kind — un titre professionnel de niveau 5 compte-t-il
    # mixture: looks like the start of an application, but only asks whether a level-5 title counts, no diploma of hers, no date → question
    N("question_turning", "kind", "un titre professionnel de niveau 5 compte-t-il", M(
        "Alicia Garnier <alicia.garnier@example.fr>", "Conditions d'accès", "09 17:37",
        """Bonjour,
Avant de me lancer dans une formation l'an prochain : un titre professionnel de niveau 5 compte-t-il comme un bac+2 pour votre programme ? Merci d'avance.
Alicia""",
        question(),
    )),
    # Feature: question_turning — kind — c'est elle qui vous écrira
    # mixture: a brother asks for his sister, gives no name nor facts of hers and says she will write herself → question
    N("question_turning", "kind", "c'est elle qui vous écrira", M(
        "Cédric Hervé <cedric.herve@example.com>", "Pour ma sœur", "10 08:26",
        """Bonjour,
Ma sœur vient de finir ses études et cherche dans l'associatif. Est-ce que votre accompagnement est payant ? Et combien de temps dure-t-il ? Si c'est gratuit, c'est elle qui vous écrira.
Cédric""",
        question(),
    )),
    # Feature: question_turning — kind — que dois-je envoyer pour candidater
    # mixture: subject «Candidature», application words, but no name in the body, no diploma, no date, only how to apply → question
    N("question_turning", "kind", "que dois-je envoyer pour candidater", M(
        "jdlc94@example.fr", "Candidature", "11 23:58",
        """Bonjour, je souhaite rejoindre Pro'pulse, que dois-je envoyer pour candidater ? Un CV, une lettre ? Merci""",
        question(),
    )),
    # Feature: thread_newcomer — studies_finished — j'ai reçu mon attestation de réussite
    # mixture: «Re: Votre rendez-vous du 17 novembre» quoting our confirmation to her flatmate, written by the flatmate for herself → application (the thread is how she found us); a licence of June 2026 whose attestation she holds → eligible
    N("thread_newcomer", "studies_finished", "j'ai reçu mon attestation de réussite", M(
        "Giulia Ferrante <giulia.ferrante@example.it>", "Re: Votre rendez-vous du 17 novembre", "17 19:04",
        f"""Bonjour,

Je ne suis pas Sarah, je suis sa colocataire ! Elle m'a montré votre mail et m'a dit que vous aidiez aussi à trouver un premier emploi. Moi aussi je viens de finir : licence LEA anglais-italien à Grenoble, juin 2026, j'ai reçu mon attestation de réussite la semaine dernière. Je cherche dans le commerce équitable ou une association d'accueil des étrangers. Je peux avoir un rendez-vous ?

Giulia Ferrante
07 77 41 09 36

{RDV}""",
        app("Giulia", "Ferrante", phone="+33777410936", bac=3, grad="2026-06", status="thread_colocataire_attestation"),
    )),
    # Feature: thread_newcomer — situation — je suis en stage chez Emmaüs Connect jusqu'au 15 mars
    # mixture: «Re: Confirmation de votre inscription» quoting our mail to his sister, written by the brother for himself → application; an internship running until 15 March 2027 → fails not_internship → not eligible
    N("thread_newcomer", "situation", "je suis en stage chez Emmaüs Connect jusqu'au 15 mars", M(
        "Samuel Bertrand <samuel.bertrand@example.fr>", "Re: Confirmation de votre inscription", "18 12:31",
        """Bonjour, je suis le frère de Léa Bertrand, elle m'a transféré votre confirmation. Est-ce que je peux m'inscrire aussi ? J'ai eu mon BUT Informatique en juin 2026, je suis en stage chez Emmaüs Connect jusqu'au 15 mars et ensuite je voudrais y rester ou trouver pareil dans l'inclusion numérique.
Samuel, 06 86 12 59 40

> Bonjour Léa, votre inscription à Pro'pulse est confirmée. Votre première séance aura lieu le 24 novembre. L'équipe Pro'pulse""",
        app("Samuel", "Bertrand", phone="+33686125940", bac=3, grad="2026-06", failing=("not_internship",), status="thread_frere_stage_emmaus_15_mars"),
    )),
    # Feature: thread_newcomer — aim — public ou privé, je ne sais pas encore
    # ambiguous: an aim at youth work «public ou privé, je ne sais pas encore» — job_seeking_ess stays open
    # mixture: «Re: Votre rendez-vous» quoting our mail to a colleague from a holiday camp, written by the colleague for herself → application; BTS of 2025, an aim left open → to verify
    N("thread_newcomer", "aim", "public ou privé, je ne sais pas encore", M(
        "Priscilla Fontaine <priscilla.fontaine@example.fr>", "Re: Votre rendez-vous du 17 novembre", "18 22:10",
        f"""Bonsoir,
Je travaillais cet été avec Sarah en colo, elle m'a fait suivre votre message. J'ai un BTS ESF depuis juillet 2025 et je cherche un poste dans l'animation ou l'accompagnement des familles, public ou privé, je ne sais pas encore. Ça peut m'intéresser, votre programme.
Priscilla Fontaine 06 12 83 40 57

{RDV}""",
        app("Priscilla", "Fontaine", phone="+33612834057", bac=2, grad="2025-07", unknown=("job_seeking_ess",), status="thread_collegue_colo_public_prive"),
    )),
    # Feature: thread_newcomer — graduation — Hugo Keller, master ESS à Grenoble en décembre 2024
    # mixture: a participant writing in our thread, not about her appointment but to present a friend → application of the friend (referral: the participant in forwarded_by, the friend's address); a master of December 2024, recent → eligible
    N("thread_newcomer", "graduation", "Hugo Keller, master ESS à Grenoble en décembre 2024", M(
        "Sarah Benyamina <sarah.benyamina@example.fr>", "Re: Votre rendez-vous du 17 novembre", "19 08:44",
        f"""Bonjour Camille,

Merci encore pour mardi. Je profite de ce fil pour vous présenter un ami, Hugo Keller, master ESS à Grenoble en décembre 2024, qui cherche un poste de chargé de mission dans une coopérative. Il n'osait pas écrire : son adresse est hugo.keller@example.org et son numéro le 06 54 32 71 08. Il est d'accord pour que vous le contactiez.

Sarah

{RDV}""",
        app("Hugo", "Keller", phone="+33654327108", bac=5, grad="2024-12", email="hugo.keller@example.org", forwarded_by="sarah.benyamina@example.fr", status="thread_participante_presente_ami"),
    )),
    # Feature: thread_newcomer — level — une formation AFPA d'agent d'accueil de six mois
    # mixture: «Re: Votre rendez-vous» quoting our mail to his cousin, written by the cousin for himself → application; a bac and a six-month AFPA course (level 3) → fails degree_level → not eligible
    N("thread_newcomer", "level", "une formation AFPA d'agent d'accueil de six mois", M(
        "Jérémy Hamon <jeremy.hamon@example.fr>", "Re: Votre rendez-vous du 17 novembre", "19 16:20",
        f"""Salut, c'est Jérémy le cousin de Sarah, elle m'a passé ce mail. Moi j'ai le bac et une formation AFPA d'agent d'accueil de six mois (2025). Je voudrais bosser dans une asso, accueil ou logistique. Vous prenez les gens comme moi ?
07 09 64 28 51

{RDV}""",
        app("Jérémy", "Hamon", phone="+33709642851", bac=0, grad=None, failing=("degree_level",), status="thread_cousin_afpa_accueil"),
    )),
    # Feature: thread_newcomer — situation — volontaire en service civique à la Fondation Abbé-Pierre jusqu'au 30 juin
    # mixture: «Re: Confirmation de votre inscription» quoting our mail to Léa, written by her friend for herself → application; a civic service running until 30 June 2027 → fails not_service_civique → not eligible
    N("thread_newcomer", "situation", "volontaire en service civique à la Fondation Abbé-Pierre jusqu'au 30 juin", M(
        "Maryam Jaziri <maryam.jaziri@example.com>", "Re: Confirmation de votre inscription", "20 10:15",
        """Bonjour, Léa (une amie) m'a montré votre mail de confirmation. Je suis volontaire en service civique à la Fondation Abbé-Pierre jusqu'au 30 juin 2027, j'ai un master de sociologie de juin 2026, et j'aimerais commencer Pro'pulse dès maintenant pour trouver un poste de chargée d'études dans le logement social associatif.
Maryam Jaziri — 06 26 50 13 87

> Bonjour Léa, votre inscription à Pro'pulse est confirmée. Votre première séance aura lieu le 24 novembre. L'équipe Pro'pulse""",
        app("Maryam", "Jaziri", phone="+33626501387", bac=5, grad="2026-06", failing=("not_service_civique",), status="thread_amie_sc_abbe_pierre_30_juin"),
    )),
    # Feature: thread_newcomer — kind — je serai bien là mardi
    # mixture: In-Reply-To our confirmation, the participant we wrote to confirming her appointment → reply
    N("thread_newcomer", "kind", "je serai bien là mardi", M(
        "Sarah Benyamina <sarah.benyamina@example.fr>", "Re: Votre rendez-vous du 17 novembre", "16 12:12",
        f"""Bonjour, merci, je serai bien là mardi à 14 h avec mon CV imprimé.
Sarah

{RDV}""",
        reply(),
        headers={"In-Reply-To": "<rdv-20261116-benyamina@animafac.net>", "References": "<rdv-20261116-benyamina@animafac.net>"},
    )),
    # Feature: thread_newcomer — kind — décaler ma première séance
    # mixture: In-Reply-To our confirmation, Léa herself asking to move her first session → reply
    N("thread_newcomer", "kind", "décaler ma première séance", M(
        "Léa Bertrand <lea.bertrand@example.fr>", "Re: Confirmation de votre inscription", "21 09:40",
        """Bonjour,
Serait-il possible de décaler ma première séance d'une semaine ? J'ai un entretien d'embauche le 24 au matin. Désolée !
Léa

> Bonjour Léa, votre inscription à Pro'pulse est confirmée. Votre première séance aura lieu le 24 novembre. L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<inscription-20261112-bertrand@animafac.net>"},
    )),
    # Feature: unsubscribe_and_more — aim — une coopérative de vélos ou une régie de quartier
    # mixture: «STOP» for the workshop reminders on top, then an application of his own → application; licence pro of June 2025, an ESS aim → eligible
    N("unsubscribe_and_more", "aim", "une coopérative de vélos ou une régie de quartier", M(
        "Nathan Laborde <nathan.laborde@example.fr>", "STOP rappels ateliers", "12 07:55",
        """STOP pour les rappels d'ateliers svp, j'en reçois trois par semaine.

Par contre je veux bien candidater au programme lui-même : licence pro Maintenance des systèmes (Bordeaux, juin 2025), et j'aimerais travailler dans une coopérative de vélos ou une régie de quartier, côté atelier et formation des jeunes.

Nathan Laborde
06 93 27 15 60""",
        app("Nathan", "Laborde", phone="+33693271560", bac=3, grad="2025-06", status="stop_rappels_cooperative_velos"),
    )),
    # Feature: unsubscribe_and_more — graduation — BTS Économie sociale familiale en 2022
    # mixture: «désinscrivez-moi de la lettre» then «en revanche je voudrais m'inscrire à l'accompagnement» with her facts → application; a BTS of 2022 → fails graduation_recent → not eligible
    N("unsubscribe_and_more", "graduation", "BTS Économie sociale familiale en 2022", M(
        "Christelle Fabre <christelle.fabre@example.net>", "désinscription lettre / inscription accompagnement", "13 13:14",
        """Bonjour,
Désinscrivez-moi de la lettre d'information s'il vous plaît, je la reçois en double. En revanche je voudrais m'inscrire à l'accompagnement : j'ai eu mon BTS Économie sociale familiale en 2022 et je cherche toujours un poste de conseillère dans une association.
Christelle Fabre, 06 38 74 21 05""",
        app("Christelle", "Fabre", phone="+33638742105", bac=2, grad="2022", failing=("graduation_recent",), status="desinscription_lettre_bts_2022"),
    )),
    # Feature: unsubscribe_and_more — career_change — plusieurs années comme chauffeur-livreur
    # ambiguous: «plusieurs années» as a delivery driver before the licence pro, no length — not_career_change stays open
    # mixture: «ne m'écrivez plus sur la liste étudiants» on top, then his facts and a wish to join → application; delivery driver for several years before a licence pro of 2026 → to verify
    N("unsubscribe_and_more", "career_change", "plusieurs années comme chauffeur-livreur", M(
        "Olivier Castel <olivier.castel@example.com>", "Liste étudiants", "14 18:30",
        """Bonjour,

Merci de me retirer de la liste « étudiants » : je ne suis plus étudiant depuis juillet.

Et tant que je vous écris : après plusieurs années comme chauffeur-livreur, j'ai fait une licence pro Gestion des organisations de l'ESS, obtenue en juillet 2026. Je cherche maintenant un poste de gestionnaire dans une association ou une mutuelle. Je serais intéressé par votre accompagnement.

Olivier Castel
07 56 80 34 12""",
        app("Olivier", "Castel", phone="+33756803412", bac=3, grad="2026-07", unknown=("not_career_change",), status="liste_etudiants_chauffeur_plusieurs_annees"),
    )),
    # Feature: unsubscribe_and_more — aim — un poste en audit dans un cabinet
    # mixture: «désabonnez-moi» then a request for help with her own facts → application; a master CCA of 2026 and an aim at audit firms → fails job_seeking_ess → not eligible
    N("unsubscribe_and_more", "aim", "un poste en audit dans un cabinet", M(
        "Joanna Leroux <joanna.leroux@example.fr>", "Désabonnement", "15 09:05",
        """Bonjour, désabonnez-moi de votre lettre svp, je ne suis pas vraiment dans l'associatif. Mais si vous aidez aussi les jeunes diplômés à trouver un emploi, je suis preneuse : master CCA (Nanterre, septembre 2026), je cherche un poste en audit dans un cabinet, type Big Four.
Joanna Leroux 06 19 48 25 73""",
        app("Joanna", "Leroux", phone="+33619482573", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="desabonnement_audit_big_four"),
    )),
    # Feature: unsubscribe_and_more — situation — mon service civique chez les Restos du cœur est terminé depuis le 15 octobre
    # mixture: «retirez-moi des SMS» on top of his application, CV attached → application; a civic service over since 15 October, BUT of 2025 → eligible
    N("unsubscribe_and_more", "situation", "mon service civique chez les Restos du cœur est terminé depuis le 15 octobre", M(
        "Idriss Cissé <idriss.cisse@example.fr>", "Plus de SMS svp + candidature", "16 11:50",
        """Bonjour, pouvez-vous me retirer de la liste des SMS ? Je préfère les mails.

Et voici ma candidature : BUT Carrières sociales (juin 2025, IUT de Bobigny), mon service civique chez les Restos du cœur est terminé depuis le 15 octobre, je cherche un poste de coordinateur bénévoles dans une association d'aide alimentaire. CV joint.

Idriss Cissé
06 75 03 92 48""",
        app("Idriss", "Cissé", phone="+33675039248", bac=3, grad="2025-06", status="plus_de_sms_sc_restos_fini"),
        cv=CV("docx", "CV Idriss Cissé.docx", """Idriss Cissé
BUT Carrières sociales, option animation sociale — IUT de Bobigny (2025)
Service civique — Restos du cœur, Saint-Denis (novembre 2025 - octobre 2026)
Animateur périscolaire (job étudiant, 2022-2025)"""),
    )),
    # Feature: unsubscribe_and_more — studies_finished — plus aucun examen
    # mixture: «n'écrivez plus à mon adresse étudiante» on top, then her application from her new address → application; a DE of social worker of July 2026, no exam left → eligible
    N("unsubscribe_and_more", "studies_finished", "plus aucun examen", M(
        "Bérénice Lemaire <berenice.lemaire@example.org>", "Changement d'adresse et candidature", "17 15:22",
        """Bonjour,

Merci de ne plus écrire à b.lemaire@etu.irts-exemple.fr, elle sera supprimée en décembre : retirez-la de vos listes.

J'en profite pour candidater depuis cette adresse. J'ai obtenu en juillet 2026 le DE d'assistante de service social, plus aucun examen ni mémoire derrière, c'est fini ! Je cherche un poste dans une association de protection de l'enfance ou d'accès aux droits.

Bérénice Lemaire
06 03 58 46 21""",
        app("Bérénice", "Lemaire", phone="+33603584621", bac=3, grad="2026-07", status="adresse_etudiante_de_ass_fini"),
    )),
    # Feature: unsubscribe_and_more — kind — STOP
    # mixture: a bare «STOP» in answer to our workshop reminder, nothing else → other
    N("unsubscribe_and_more", "kind", "STOP", M(
        "Florian Delattre <florian.delattre@example.fr>", "Re: Rappel : atelier entretien jeudi", "18 19:01",
        """STOP

> Rappel : atelier « Réussir son entretien » jeudi 19 novembre à 18 h. Pour ne plus recevoir nos rappels, répondez STOP.""",
        other(),
    )),
    # Feature: unsubscribe_and_more — kind — Cette adresse n'est plus consultée
    # mixture: a robot's automatic answer (Auto-Submitted) of a closed student address, asking senders to remove it from their lists → auto_reply
    N("unsubscribe_and_more", "kind", "Cette adresse n'est plus consultée", M(
        "Université Exemple <no-reply@etu.univ-exemple.fr>", "Réponse automatique : adresse désactivée", "20 06:41",
        """Cette adresse n'est plus consultée : le compte de l'étudiant·e a été désactivé à la fin de son cursus. Merci de la retirer de vos listes de diffusion.

Ceci est une réponse automatique.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
