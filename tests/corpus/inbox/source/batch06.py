"""Inbox corpus, batch 06 (writer B): Monday 16 – Wednesday 18 November 2026, Monday's newsletters and the
wave of short applications an Instagram post of Sunday evening brings."""
# ruff: noqa: E501

from __future__ import annotations

from inbox import N
from kit import CV, M, app, newsletter, other, question, reply

MESSAGES = [
    # Feature: machines — kind — Se désinscrire de cette alerte
    # route: a job board's weekly alert (List-Unsubscribe, Precedence: bulk), its offers' «bac+3» and «ESS» no applicant's → newsletter
    N("machines", "kind", "Se désinscrire de cette alerte", M(
        "Emplois Solidaires <alertes@emplois-solidaires.example.com>",
        "Votre alerte : 14 nouvelles offres « coordination associative »",
        "16 06:00",
        """14 nouvelles offres correspondent à votre alerte « coordination associative – Nouvelle-Aquitaine »

• Coordinateur·rice de tiers-lieu (CDD 12 mois) – La Fabrique, Poitiers – bac+3
• Chargé·e d'accompagnement – Chantier d'insertion Les Jardins du Clain – bac+2
• Animateur·rice réseau – Fédération des centres sociaux de Gironde – CDI

Voir toutes les offres : https://emplois-solidaires.example.com/alertes/8812

Se désinscrire de cette alerte : https://emplois-solidaires.example.com/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.com/desinscription>", "Precedence": "bulk"},
    ), person="b_emplois_solidaires"),
    # Feature: machines — kind — La lettre des tiers-lieux
    # route: a regional network's Monday newsletter (List-Unsubscribe, Precedence: bulk), a portrait of a young coordinator in it → newsletter
    N("machines", "kind", "La lettre des tiers-lieux", M(
        "Réseau des tiers-lieux d'Occitanie <lettre@tierslieux-occitanie.example.org>",
        "La lettre des tiers-lieux – novembre 2026",
        "16 07:30",
        """La lettre des tiers-lieux – novembre 2026

À la une : le Mois de l'ESS dans nos lieux, 40 événements jusqu'au 30 novembre.
Portrait : Jade, 25 ans, diplômée d'un master en 2025, devenue coordinatrice de la Halle solidaire de Sète.
Agenda : formation « animer une communauté » les 3 et 4 décembre à Montpellier.

Vous recevez cette lettre car vous êtes membre du réseau. Se désabonner : https://tierslieux-occitanie.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://tierslieux-occitanie.example.org/desabonnement>", "Precedence": "bulk"},
    ), person="b_tierslieux_occitanie"),
    # Feature: from_a_post — situation — Stage hors cursus jusqu'au 31 janvier 2027
    # route: «vu votre post insta» and nothing else in the body; the CV gives a BTS ESF of 2025 and a stage hors cursus running until January 2027 → application (facts in the CV); an internship running → not eligible
    N("from_a_post", "situation", "Stage hors cursus jusqu'au 31 janvier 2027", M(
        "Maëlle Girard <maelle.girard@gmail.com>",
        "Votre post Instagram",
        "16 07:52",
        """Bonjour, vu votre post insta hier soir, intéressée ! voici mon CV

Maëlle""",
        app("Maëlle", "Girard", phone="+33612874053", bac=2, grad="2025", failing=("not_internship",), info_in="cv", status="b_maelle_stage_hors_cursus"),
        cv=CV("pdf", "CV_Maelle_Girard.pdf", """Maëlle Girard
06 12 87 40 53 - maelle.girard@gmail.com - Besançon
Formation
2025 BTS Économie sociale familiale, lycée Pergaud, Besançon
Expérience
Stage hors cursus jusqu'au 31 janvier 2027 : conseillère logement, association Habitat Jeunes du Doubs
2024 Stage, CCAS de Besançon
Recherche : conseillère ESF dans une association ou un CHRS associatif"""),
    ), person="b_maelle_girard"),
    # Feature: from_a_post — level — j'ai un bac pro commerce
    # route: an answer to the Instagram post from a phone: a bac pro and three years in shops, an association sought → application; level below bac+2 → not eligible
    N("from_a_post", "level", "j'ai un bac pro commerce", M(
        "Yanis Belkacem <yanis.blk@gmail.com>",
        "",
        "16 08:15",
        """Salut, jai vu la pub sur instagram. Moi j'ai un bac pro commerce et 3 ans d'expérience en vente chez Décathlon, je voudrais bosser dans une asso sportive. C'est possible pour moi ?
Yanis 0766329015""",
        app("Yanis", "Belkacem", phone="+33766329015", bac=0, grad=None, failing=("degree_level",), status="b_yanis_bac_pro"),
    ), person="b_yanis_belkacem"),
    # Feature: from_a_post — graduation — Master's in European Studies in June 2026
    # route: an English answer to the Instagram post from a Polish graduate in Besançon: a Master's of June 2026, a youth-mobility association sought → application (en); bac+5 of 2026-06, ESS aim → eligible
    N("from_a_post", "graduation", "Master's in European Studies in June 2026", M(
        "Marta Kowalska <marta.kowalska@gmail.com>",
        "Your Instagram post",
        "16 09:03",
        """Hello,

I saw your Instagram post yesterday and I think the programme is for me. I finished a Master's in European Studies in June 2026 at the Université de Franche-Comté (after a bachelor in Kraków). I would like to work for an association working on youth mobility or a European exchange network.

I can do the interview in French.

Marta Kowalska
07 51 36 82 04""",
        app("Marta", "Kowalska", phone="+33751368204", bac=5, grad="2026-06", language="en", status="b_marta_master_european"),
    ), person="b_marta_kowalska"),
    # Feature: first_application — graduation — Master de droit public, mention droits fondamentaux (juin 2025)
    # route: a cover letter pasted in the body: a master of June 2025, a lawyer's post in a migrants' rights association → application; bac+5 of 2025-06, ESS aim → eligible
    N("first_application", "graduation", "Master de droit public, mention droits fondamentaux (juin 2025)", M(
        "Pauline Aubert <pauline.aubert@orange.fr>",
        "Candidature au programme Pro'pulse - Pauline Aubert",
        "16 10:41",
        """Madame, Monsieur,

Titulaire d'un Master de droit public, mention droits fondamentaux (juin 2025), obtenu à l'université de Franche-Comté, je souhaite rejoindre le programme Pro'pulse afin de structurer ma recherche d'emploi.

Depuis l'obtention de mon diplôme, j'ai effectué plusieurs missions de bénévolat au sein de la Cimade de Besançon, où j'ai accompagné des personnes étrangères dans leurs démarches. Cette expérience a confirmé mon souhait d'exercer comme juriste au sein d'une association de défense des droits des étrangers.

Je me tiens à votre disposition pour un entretien et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Pauline Aubert
06 37 19 48 26""",
        app("Pauline", "Aubert", phone="+33637194826", bac=5, grad="2025-06", status="b_pauline_master_droit"),
    ), person="b_pauline_aubert"),
    # Feature: questions_before — kind — quelle différence avec le CEJ
    # route: a question comparing the programme with the contrat d'engagement jeune, no fact of her own → question
    N("questions_before", "kind", "quelle différence avec le CEJ", M(
        "Jade Morel <jade.morel@gmail.com>",
        "Pro'pulse / CEJ ?",
        "16 11:28",
        """Bonjour, ma conseillère m'a parlé du contrat d'engagement jeune, je voulais savoir quelle différence avec le CEJ et si on peut faire les deux en même temps ? Merci !""",
        question(),
    ), person="b_jade_morel"),
    # Feature: first_application — aim — dans une salle de sport
    # route: a phone mail: a licence STAPS of 2026, a coach's job sought «dans une salle de sport», a private chain → application; no ESS employer sought → not eligible
    N("first_application", "aim", "dans une salle de sport", M(
        "Nathan Lopez <nathan.lopez06@gmail.com>",
        "candidature",
        "16 12:50",
        """Bonjour jai eu ma licence staps cette année à Nice et je cherche un poste de coach dans une salle de sport (type Basic Fit ou Fitness Park), vous pouvez m'aider ?
Nathan Lopez
06 29 48 70 13

Envoyé de mon Samsung""",
        app("Nathan", "Lopez", phone="+33629487013", bac=3, grad="2026", failing=("job_seeking_ess",), status="b_nathan_staps_salle"),
    ), person="b_nathan_lopez"),
    # Feature: writing_again — situation — un stage hors cursus à l'office de tourisme jusqu'au 4 décembre
    # route: person Manon Garnier, first mail: a BTS of June 2026, then a stage hors cursus running until 4 December, a tiers-lieu sought → application; an internship running on TODAY → not eligible
    N("writing_again", "situation", "un stage hors cursus à l'office de tourisme jusqu'au 4 décembre", M(
        "Manon Garnier <manon.garnier86@laposte.net>",
        "Candidature Pro'pulse",
        "16 14:05",
        """Bonjour,

Je suis diplômée d'un BTS tourisme depuis juin 2026 (lycée Kyoto, Poitiers). En ce moment je fais un stage hors cursus à l'office de tourisme jusqu'au 4 décembre, et ensuite je voudrais travailler dans un tiers-lieu associatif, sur l'accueil et la programmation.

Merci,
Manon Garnier
07 45 83 21 66""",
        app("Manon", "Garnier", phone="+33745832166", bac=2, grad="2026-06", failing=("not_internship",), status="b_manon_stage_en_cours"),
    ), person="b_manon_garnier"),
    # Feature: our_threads — kind — merci pour l'échange de ce matin
    # route: a thank-you in our thread (In-Reply-To our invitation, quoted below «a écrit :») → reply
    N("our_threads", "kind", "merci pour l'échange de ce matin", M(
        "Romane Jacquet <romane.jacquet@outlook.fr>",
        "Re: Re: Pro'pulse - entretien individuel",
        "17 12:14",
        """Bonjour,

Un grand merci pour l'échange de ce matin, ça m'a fait du bien de parler de mon parcours. J'attends votre réponse pour la suite avec impatience !

Romane

Le 12/11/2026 à 10:02, Pro'pulse a écrit :
> C'est noté, Romane : mardi 17 novembre à 10h, en visio. Le lien vous arrivera la veille.""",
        reply(),
        headers={"In-Reply-To": "<confirmation-2026-11-12-0051@animafac.net>", "References": "<invitation-2026-11-10-0044@animafac.net> <confirmation-2026-11-12-0051@animafac.net>"},
    ), person="b_romane_jacquet"),
    # Feature: from_a_post — studies_finished — j'attends les résultats du jury de rattrapage
    # ambiguous: the licence pro's resit jury has not sat yet: studies finished or not is left open
    # route: an answer to the IUT's newsletter: a licence pro whose resit results are awaited, an environmental association sought → application; studies_finished open → to verify
    N("from_a_post", "studies_finished", "j'attends les résultats du jury de rattrapage", M(
        "Clément Rivet <clement.rivet@outlook.fr>",
        "Vu dans la newsletter de l'IUT",
        "17 13:36",
        """Bonjour,

J'ai vu votre programme dans la newsletter de l'IUT de Poitiers. J'ai fait la licence pro métiers de la protection de l'environnement cette année, j'ai validé mon stage mais j'attends les résultats du jury de rattrapage pour un module.

Je voudrais travailler dans une association d'éducation à l'environnement. Est-ce que je peux déjà postuler ?

Clément Rivet""",
        app("Clément", "Rivet", phone=None, bac=3, grad=None, unknown=("studies_finished",), status="b_clement_rattrapage"),
    ), person="b_clement_rivet"),
    # Feature: employers_partners — kind — simulations d'entretien
    # route: a corporate foundation proposes volunteers for mock interviews → other
    N("employers_partners", "kind", "simulations d'entretien", M(
        "Fondation Crédit Solidaire <engagement@fondation-creditsolidaire.example.org>",
        "Proposition : mécénat de compétences",
        "17 14:22",
        """Bonjour,

Notre fondation propose à ses salariés des missions de mécénat de compétences. Une dizaine d'entre eux, recruteurs et managers, seraient disponibles en janvier pour animer des simulations d'entretien avec les jeunes diplômés de votre programme.

Seriez-vous intéressés ? Je peux vous appeler cette semaine.

Aurélie Bonnet
Chargée de l'engagement, Fondation Crédit Solidaire""",
        other(),
    ), person="b_fondation_credit_solidaire"),
    # Feature: first_application — level — un diplôme de l'école du Théâtre du Pavé
    # ambiguous: a drama school's diploma of no stated level (neither a licence nor a DNSP said): the level is left open
    # route: a few paragraphs: a drama school's diploma of 2025 of unknown level, a fixed-term job now (no placement), a cultural association sought → application; degree_level open → to verify
    N("first_application", "level", "un diplôme de l'école du Théâtre du Pavé", M(
        "Émilie Charpentier <emilie.charpentier@gmail.com>",
        "Candidature",
        "17 16:48",
        """Bonjour,

J'ai 24 ans et j'ai obtenu en 2025 un diplôme de l'école du Théâtre du Pavé, à Rouen, après trois ans de formation de comédienne.

Je travaille en CDD d'accueil au musée des Beaux-Arts jusqu'en décembre, mais j'aimerais trouver un poste de médiatrice ou de chargée de production dans une association culturelle ou une compagnie.

Merci de m'avoir lue,
Émilie Charpentier
06 90 24 17 38""",
        app("Émilie", "Charpentier", phone="+33690241738", bac=None, grad="2025", unknown=("degree_level",), status="b_emilie_ecole_theatre"),
    ), person="b_emilie_charpentier"),
    # Feature: english_mail — kind — a study visit
    # route: a Dutch foundation asks, in English, to visit the programme: no applicant, no facts of its own → other
    N("english_mail", "kind", "a study visit", M(
        "Sanne de Vries <s.devries@jongerenfonds.example.org>",
        "Study visit request – youth employment programmes",
        "17 17:30",
        """Dear colleagues,

I work for a Dutch foundation that funds youth employment projects in Utrecht. We are organising a study visit to France in March 2027 and would love to learn how Pro'pulse supports young graduates into the social economy.

Would your team be available for a two-hour meeting in Paris in the week of 15 March?

Best regards,
Sanne de Vries
Programme officer""",
        other(),
    ), person="b_jongerenfonds"),
    # Feature: questions_before — kind — un diplôme obtenu à l'étranger
    # route: a question for a friend, about a foreign diploma in general; no fact of the writer's own → question
    N("questions_before", "kind", "un diplôme obtenu à l'étranger", M(
        "Lucas Brun <lucas.brun@free.fr>",
        "Question",
        "17 19:02",
        """Bonjour,

Une question pour une amie : est-ce que le programme accepte les personnes avec un diplôme obtenu à l'étranger, ou faut-il une équivalence officielle ?

Merci,
Lucas""",
        question(),
    ), person="b_lucas_brun"),
    # Feature: first_application — studies_finished — Master 2 Économie sociale et solidaire (en cours)
    # route: two lines in the body; the CV says the master's second year is running (2026-2027) → application (facts in the CV); studies running → not eligible
    N("first_application", "studies_finished", "Master 2 Économie sociale et solidaire (en cours)", M(
        "Yasmine Bouaziz <yasmine.bouaziz@hotmail.fr>",
        "CV Yasmine Bouaziz",
        "17 21:15",
        """Bonjour,
Je vous envoie mon CV pour le programme Pro'pulse.
Cordialement""",
        app("Yasmine", "Bouaziz", phone="+33618530274", bac="*", grad=None, failing=("studies_finished",), info_in="cv", status="b_yasmine_m2_en_cours"),
        cv=CV("docx", "CV_Yasmine_Bouaziz.docx", """Yasmine Bouaziz
Montpellier - 06 18 53 02 74 - yasmine.bouaziz@hotmail.fr
Formation
2026-2027 Master 2 Économie sociale et solidaire (en cours), Université Paul-Valéry Montpellier 3
2025 Licence d'économie, Université de Montpellier
Expériences
2026 Stage de M1, coopérative d'activités Crealead (4 mois)
Bénévole, épicerie solidaire étudiante"""),
    ), person="b_yasmine_bouaziz"),
    # Feature: participants — kind — relire ma lettre de motivation
    # route: a participant of the cohort asks the coach for a review before applying (new mail) → other (never an application)
    N("participants", "kind", "relire ma lettre de motivation", M(
        "Hugo Marchal <hugo.marchal@gmail.com>",
        "Question pour Sophie (coach)",
        "18 08:20",
        """Bonjour,

La mutuelle de Grenoble dont on a parlé à la dernière séance a publié son offre ! Est-ce que Sophie pourrait relire ma lettre de motivation avant vendredi ? Je peux passer mercredi après l'atelier.

Merci,
Hugo (promo de septembre)""",
        other(),
    ), person="b_hugo_marchal"),
    # Feature: referred — graduation — sa licence professionnelle en juin 2025
    # route: a Cap emploi adviser presents a man with a recognised disability: a licence pro of June 2025, an entreprise adaptée or an association sought → application forwarded_by the adviser; bac+3 of 2025-06, ESS aim → eligible
    N("referred", "graduation", "sa licence professionnelle en juin 2025", M(
        "Cap emploi Loiret – Sabrina Henry <s.henry@capemploi45.example.org>",
        "Orientation : M. Julien Barbier",
        "18 09:47",
        """Bonjour,

J'accompagne M. Julien Barbier, 26 ans, bénéficiaire de la RQTH, qui a obtenu sa licence professionnelle en juin 2025 (gestion de la paie, IUT d'Orléans). Il recherche un poste de gestionnaire paie dans une entreprise adaptée ou une association.

Il serait très intéressé par un accompagnement Pro'pulse. Il est joignable au 06 54 38 17 92 ou par mail : julien.barbier45@gmail.com.

Sabrina Henry
Chargée d'accompagnement, Cap emploi Loiret""",
        app("Julien", "Barbier", phone="+33654381792", bac=3, grad="2025-06", email="julien.barbier45@gmail.com", forwarded_by="s.henry@capemploi45.example.org", status="b_julien_cap_emploi"),
    ), person="b_julien_barbier"),
    # Feature: unwanted — kind — Faites suivre à 10 personnes
    # route: a chain mail forwarded to every address of a list: no applicant, nothing asked of the programme → other
    N("unwanted", "kind", "Faites suivre à 10 personnes", M(
        "Gisèle Pons <gisele.pons48@orange.fr>",
        "TR: TR: à lire absolument !!!",
        "18 10:33",
        """Faites suivre à 10 personnes de votre carnet d'adresses avant minuit, sinon la malchance vous suivra pendant 7 ans. Ce n'est pas une blague, ma voisine ne l'a pas fait et elle a perdu son travail.

Gisèle""",
        other(),
    ), person="b_gisele_pons"),
    # Feature: first_application — graduation — diplôme d'ingénieur en septembre 2026
    # route: a few paragraphs: an engineering diploma of September 2026, a design office or an energy cooperative sought → application; bac+5 of 2026-09, a cooperative named → eligible
    N("first_application", "graduation", "diplôme d'ingénieur en septembre 2026", M(
        "Léo Gaillard <leo.gaillard@gmail.com>",
        "Pro'pulse",
        "18 11:55",
        """Bonjour,

J'ai obtenu mon diplôme d'ingénieur en septembre 2026 (Grenoble INP – Ense3, énergie). Je voudrais travailler sur la transition énergétique dans une coopérative citoyenne de production d'énergie, type Enercoop ou une SCIC locale, plutôt que dans un grand groupe.

Mon numéro : 07 62 91 40 57.

Léo Gaillard""",
        app("Léo", "Gaillard", phone="+33762914057", bac=5, grad="2026-09", status="b_leo_ingenieur_energie"),
    ), person="b_leo_gaillard"),
    # Feature: machines — kind — Lu : Pro'pulse – réponse à votre candidature
    # route: a read receipt sent by the applicant's mail client when she opened our answer → other (a notification)
    N("machines", "kind", "Lu : Pro'pulse – réponse à votre candidature", M(
        "Inès Carpentier <ines.carpentier@gmail.com>",
        "Lu : Pro'pulse – réponse à votre candidature",
        "18 13:10",
        """Votre message

  À : ines.carpentier@gmail.com
  Objet : Pro'pulse – réponse à votre candidature
  Envoyé : 16/11/2026 17:40

a été lu le 18/11/2026 13:10.""",
        other(),
    ), person="b_ines_carpentier"),
    # Feature: questions_before — kind — est-ce que l'accompagnement est gratuit pour les moins de 26 ans
    # route: a question on the cost and the age, her age the only fact → question
    N("questions_before", "kind", "est-ce que l'accompagnement est gratuit pour les moins de 26 ans", M(
        "Sarah Petit <sarah.petit.29@gmail.com>",
        "Gratuit ?",
        "18 15:40",
        """Bonjour, est-ce que l'accompagnement est gratuit pour les moins de 26 ans seulement ? j'ai 27 ans. Merci""",
        question(),
    ), person="b_sarah_petit"),
    # Feature: our_threads — kind — mon bus est bloqué
    # route: a reply in our thread (In-Reply-To our confirmation, quoted) warning of a delay → reply
    N("our_threads", "kind", "mon bus est bloqué", M(
        "Adrien Caron <adrien.caron@laposte.net>",
        "Re: Confirmation entretien Pro'pulse 18/11",
        "18 16:52",
        """Bonjour, désolé mon bus est bloqué à cause d'un accident sur la rocade, je vais avoir 15 minutes de retard. Je suis vraiment désolé.
Adrien Caron

Le mar. 17 nov. 2026 à 09:15, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Adrien, nous vous attendons demain mercredi 18 novembre à 17h au 12 rue des Carmes, Orléans.""",
        reply(),
        headers={"In-Reply-To": "<confirmation-2026-11-17-0009@animafac.net>", "References": "<confirmation-2026-11-17-0009@animafac.net>"},
    ), person="b_adrien_caron"),
    # Feature: english_mail — graduation — I graduated in 2024
    # ambiguous: a year alone in 2024 (November 2024 or later is recent, earlier is not): the date is left open
    # route: an English application from a Canadian in Grenoble: a BA in Social Work «I graduated in 2024», a community organisation sought → application (en); graduation open → to verify
    N("english_mail", "graduation", "I graduated in 2024", M(
        "Owen MacLeod <owen.macleod@gmail.com>",
        "Pro'pulse application",
        "18 19:25",
        """Hi,

I'm Canadian (from Halifax) and I moved to Grenoble with my partner this fall. I have a BA in Social Work from Dalhousie University; I graduated in 2024. I'd like to find a job in a community organisation or a social centre here, supporting newcomers.

My French is decent, I can do the interview in French.

Thanks,
Owen MacLeod
06 73 58 24 90""",
        app("Owen", "MacLeod", phone="+33673582490", bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="b_owen_ba_social_work"),
    ), person="b_owen_macleod"),
    # Feature: employers_partners — kind — un poste en Parcours Emploi Compétences
    # route: an associative social centre shares a subsidised job offer and asks to relay it → other
    N("employers_partners", "kind", "un poste en Parcours Emploi Compétences", M(
        "Centre social La Boucle <contact@laboucle-besancon.example.org>",
        "Offre à diffuser",
        "18 21:10",
        """Bonsoir,

Notre centre social ouvre un poste en Parcours Emploi Compétences (20 h par semaine, 12 mois) : animateur·rice de l'espace numérique. Pas de diplôme exigé, mais une expérience associative serait un plus. Pourriez-vous faire suivre aux jeunes de Pro'pulse ?

Merci !
Thomas, pour le centre social La Boucle""",
        other(),
    ), person="b_laboucle_besancon"),
]
