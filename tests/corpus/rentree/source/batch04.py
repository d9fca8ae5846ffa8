"""Rentree corpus, batch 04 (writer A): Tuesday 13 – Friday 16 October 2026, each mail read on its own day.
Toussaint ahead, civic services ending about now, September juries out, a diploma of September 2024 just past
the limit and one of December 2024 still inside it, prépas and masters given up; a school's Toussaint
out-of-office, a foundation's newsletter, two questions, a confirmation in our thread, a partner's «apéro de
l'ESS», and a Mission locale adviser asking how to refer young people."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from rentree import N

MESSAGES = [
    # Feature: rentree_other_mail — kind — fermé pendant les vacances de la Toussaint
    # route: a school careers office's out-of-office (Auto-Submitted) answering our mail; its closing dates are its own → auto_reply
    N("rentree_other_mail", "kind", "fermé pendant les vacances de la Toussaint", M(
        "Service insertion professionnelle - IUT de Blois <insertion@iut-blois.example.fr>", "Réponse automatique : Présentation de Pro'pulse aux étudiants", "2026-10-13 08:15",
        """Bonjour,

Le service insertion professionnelle est fermé pendant les vacances de la Toussaint, du samedi 17 octobre au lundi 2 novembre inclus. Votre message sera traité à notre retour.

Le service insertion professionnelle de l'IUT de Blois""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: fresh_graduate — studies_finished — résultats publiés le 23 octobre
    # ambiguous: the diploma hangs on a September re-sit session whose results are published on 23 October, after the reading day: studies_finished open
    # route: the first paragraph: the DEASS re-sit taken in September, its results due on 23 October (ahead), a social-worker post in an association sought → bac "*", graduation null, studies open → to_verify
    N("fresh_graduate", "studies_finished", "résultats publiés le 23 octobre", M(
        "Amandine Kamara <amandine.kamara@gmail.com>", "Candidature - future assistante de service social", "2026-10-13 09:40",
        """Bonjour,

J'ai passé en septembre la session de rattrapage du DEASS (une épreuve de certification à repasser, tout le reste est validé), avec des résultats publiés le 23 octobre. Je croise les doigts !

Je cherche un poste d'assistante de service social dans une association (protection de l'enfance, hébergement, accès aux droits), en Seine-Saint-Denis ou à Paris.

Amandine Kamara
06 93 27 48 15""",
        app("Amandine", "Kamara", phone="+33693274815", bac="*", grad=None, unknown=("studies_finished",), status="amandine_deass_rattrapage"),
    )),
    # Feature: first_year_out — aim — quelque chose dans le social
    # route: an HTML-only phone mail: a BUT of 2025, a year of bike deliveries, «quelque chose dans le social» with no employer nor structure named → bac+3 of 2025, job_seeking_ess open → to_verify
    N("first_year_out", "aim", "quelque chose dans le social", M(
        "Moussa Keïta <moussa.keita93@gmail.com>", "Pro pulse", "2026-10-13 11:05",
        """Bonjour,
BUT carrières juridiques en 2025, depuis un an je fais de la livraison à vélo. Je voudrais trouver quelque chose dans le social, je sais pas trop par où commencer.
Moussa Keïta 07 69 41 25 83""",
        app("Moussa", "Keïta", phone="+33769412583", bac=3, grad="2025", unknown=("job_seeking_ess",), status="moussa_dans_le_social"),
        html="only",
    )),
    # Feature: near_the_limit — graduation — Licence professionnelle obtenue en septembre 2024
    # route: two lines and a PDF CV: a licence pro of September 2024 (25 months before October 2026: past the limit) → bac+3 of 2024-09, graduation_recent fails → not_eligible
    N("near_the_limit", "graduation", "Licence professionnelle obtenue en septembre 2024", M(
        "Anne-Sophie Leclercq <annesophie.leclercq@gmail.com>", "Candidature Pro'pulse", "2026-10-13 13:30",
        """Bonjour,

Veuillez trouver ci-joint mon CV. Je souhaite intégrer votre programme pour trouver un poste de coordinatrice dans une association d'aide à domicile.

Anne-Sophie Leclercq""",
        app("Anne-Sophie", "Leclercq", phone="+33642819357", bac=3, grad="2024-09", failing=("graduation_recent",), info_in="cv", status="annesophie_lp_septembre_2024"),
        cv=CV("pdf", "CV_AS_Leclercq.pdf", """Anne-Sophie Leclercq
Arras - 06 42 81 93 57 - annesophie.leclercq@gmail.com
Formation
Licence professionnelle Coordination de projets en services à la personne - Université d'Artois - Licence professionnelle obtenue en septembre 2024
BTS SP3S - Lycée Guy Mollet, Arras - 2023
Expériences
Assistante de secteur (CDD), association d'aide à domicile, Arras - oct. 2024 - sept. 2026
Stage de licence pro, SSIAD d'Avion - 2024"""),
    )),
    # Feature: first_year_out — career_change — un an comme serveur
    # route: a France Travail adviser presents Axel (his address and phone in the body): a licence of 2025 and «un an comme serveur» while looking (a job of waiting, no trade left: no career change) → referral; every criterion meets → eligible
    N("first_year_out", "career_change", "un an comme serveur", M(
        "Hélène Marchal <helene.marchal@francetravail.example.fr>", "Orientation d'un demandeur d'emploi vers Pro'pulse", "2026-10-13 15:20",
        """Bonjour,

Je vous oriente M. Axel Mercier, 24 ans, titulaire d'une licence de sciences politiques (2025, université de Lille). Après un an comme serveur en attendant de trouver sa voie, il souhaite maintenant travailler dans une association de défense des droits ou d'éducation à la citoyenneté.

Je pense que votre accompagnement collectif lui serait très utile. Ses coordonnées : axel.mercier59@gmail.com / 06 27 95 14 68.

Cordialement,
Hélène Marchal
Conseillère France Travail - agence Lille Vauban""",
        app("Axel", "Mercier", phone="+33627951468", bac=3, grad="2025", email="axel.mercier59@gmail.com", forwarded_by="helene.marchal@francetravail.example.fr", status="axel_un_an_serveur"),
    )),
    # Feature: rentree_other_mail — kind — La lettre d'automne de la Fondation
    # route: a foundation's newsletter (List-Unsubscribe, Precedence bulk): its call for projects and its portraits of «jeunes diplômés» are nobody's application → newsletter
    N("rentree_other_mail", "kind", "La lettre d'automne de la Fondation", M(
        "Fondation Jeunesse Engagée <lettre@fondation-jeunesse-engagee.example.org>", "La lettre d'automne de la Fondation", "2026-10-13 17:00",
        """La lettre d'automne de la Fondation Jeunesse Engagée

- Appel à projets « Premiers pas dans l'ESS » : 40 bourses de 3 000 € pour des associations qui recrutent un·e jeune diplômé·e en premier emploi. Date limite : 30 novembre.
- Portrait : Sarah, 24 ans, coordinatrice dans une ressourcerie après un BTS et un an de galère.
- Agenda : rencontre des lauréats le 26 novembre à Paris.

Pour ne plus recevoir cette lettre : https://fondation-jeunesse-engagee.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://fondation-jeunesse-engagee.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: near_the_limit — graduation — juste avant Noël 2024
    # route: the first paragraph: a master obtained «juste avant Noël 2024» (December 2024: 22 months before October 2026, inside the limit), a post in an association for people with disabilities sought → bac+5 of 2024-12 → eligible
    N("near_the_limit", "graduation", "juste avant Noël 2024", M(
        "Rémi Castagné <remi.castagne@gmail.com>", "Demande d'intégration au programme", "2026-10-14 08:50",
        """Bonjour,

J'ai reçu mon diplôme de master (Psychologie du travail, Toulouse) juste avant Noël 2024, après une soutenance décalée pour raisons de santé.

Depuis, j'ai travaillé dans une agence d'intérim comme chargé de recrutement, mais je voudrais rejoindre une association qui accompagne les personnes en situation de handicap vers l'emploi (Cap emploi, une ESAT, une entreprise adaptée).

Je vous remercie pour votre retour.
Rémi Castagné
06 48 23 71 96""",
        app("Rémi", "Castagné", phone="+33648237196", bac=5, grad="2024-12", status="remi_avant_noel_2024"),
    )),
    # Feature: after_civic_service — situation — mon service civique s'est terminé hier
    # route: the first line, read on 2026-10-14: a civic service over «hier» (13 October), a licence of June 2026, an animation post in an association sought → bac+3 of 2026-06 → eligible
    N("after_civic_service", "situation", "mon service civique s'est terminé hier", M(
        "Elias Ben Amor <elias.benamor@gmail.com>", "Candidature", "2026-10-14 10:15",
        """Bonjour,

Mon service civique s'est terminé hier (six mois aux Petits Frères des Pauvres, à rendre visite à des personnes âgées isolées) et je suis prêt à chercher un emploi.

J'ai une licence de sociologie obtenue en juin dernier à Nancy. J'aimerais devenir animateur ou coordinateur de bénévoles dans une association de lutte contre l'isolement.

Elias Ben Amor
07 36 58 21 94""",
        app("Elias", "Ben Amor", phone="+33736582194", bac=3, grad="2026-06", status="elias_sc_fini_hier"),
    )),
    # Feature: after_civic_service — situation — à la mi-février, pour huit mois
    # ambiguous: a civic service begun «à la mi-février, pour huit mois» ends around mid-October, the days about the reading day; whether it is over on 2026-10-14 is not said: not_service_civique open
    # route: the first paragraph: a BTS of 2025, a civic service of eight months from mid-February, an association job sought → bac+2 of 2025, the service open → to_verify
    N("after_civic_service", "situation", "à la mi-février, pour huit mois", M(
        "Manel Saïdi <manel.saidi@outlook.fr>", "service civique et après ?", "2026-10-14 12:25",
        """Bonjour,

J'ai commencé mon service civique à la mi-février, pour huit mois, dans une association de médiation numérique à Roubaix (j'aide les gens à faire leurs démarches en ligne). J'ai un BTS Support à l'action managériale de 2025.

J'aimerais continuer dans ce domaine en tant que conseillère numérique salariée, dans une association ou un centre social. Comment ça se passe pour rejoindre Pro'pulse ?

Manel Saïdi
06 79 14 36 52""",
        app("Manel", "Saïdi", phone="+33679143652", bac=2, grad="2025", unknown=("not_service_civique",), status="manel_sc_huit_mois"),
    )),
    # Feature: rentree_other_mail — kind — les ateliers ont lieu quels jours
    # route: a question about the workshops' days and place, no fact of the writer's own → question
    N("rentree_other_mail", "kind", "les ateliers ont lieu quels jours", M(
        "Pierre-Yves Gourmelon <py.gourmelon@gmail.com>", "Organisation des ateliers", "2026-10-14 14:05",
        """Bonjour,

Je me renseigne avant de candidater : les ateliers ont lieu quels jours de la semaine, et à quelle fréquence ? Est-ce compatible avec un temps partiel ?

Bonne journée""",
        question(),
    )),
    # Feature: internship_now — situation — une convention de stage signée pour le 16 novembre
    # route: the second paragraph and an ODT CV: a master of September 2026, an internship agreed to begin on 16 November (after the reading day: not yet a situation) that he would drop for a job → bac+5 of 2026-09 → eligible
    N("internship_now", "situation", "une convention de stage signée pour le 16 novembre", M(
        "Jules Sabatier <jules.sabatier@gmail.com>", "Candidature Pro'pulse - Jules Sabatier", "2026-10-14 16:30",
        """Bonjour,

Je suis diplômé depuis septembre d'un master Développement durable et organisations (Paris-Dauphine).

Faute de mieux, j'ai une convention de stage signée pour le 16 novembre dans une grande association environnementale, mais si je trouve un emploi d'ici là je ne le ferai pas. Je cherche un poste de chargé de mission climat ou biodiversité dans une association ou une fondation.

Mon CV est en pièce jointe.

Jules Sabatier
06 13 57 92 48""",
        app("Jules", "Sabatier", phone="+33613579248", bac=5, grad="2026-09", status="jules_stage_16_novembre"),
        cv=CV("odt", "CV-Jules-Sabatier.odt", """Jules Sabatier
Paris 11e - 06 13 57 92 48 - jules.sabatier@gmail.com
Formation
Master Développement durable et organisations - Université Paris-Dauphine - 2026
Licence Économie - Université Paris-Dauphine - 2024
Expériences
Stage de fin d'études, bilan carbone d'un réseau d'associations sportives - mars - août 2026
Bénévole, collectif zéro déchet du 11e (depuis 2023)"""),
    )),
    # Feature: back_to_school — studies_finished — inscrite à une prépa concours à distance
    # ambiguous: a licence obtained in June and a distance preparation course for the social-worker entrance exam: a course, but no diploma studies running; whether she counts as a student is not settled: studies_finished open
    # route: the first paragraph: a licence of June 2026, «inscrite à une prépa concours à distance» since September → bac+3 of 2026-06, studies open → to_verify
    N("back_to_school", "studies_finished", "inscrite à une prépa concours à distance", M(
        "Fanny Oukaci <fanny.oukaci@gmail.com>", "Question avant candidature", "2026-10-15 09:05",
        """Bonjour,

J'ai validé ma licence de psychologie en juin. Depuis septembre je suis inscrite à une prépa concours à distance pour entrer en formation d'assistante sociale l'an prochain, mais ça ne me prend que quelques heures par semaine.

En attendant, je voudrais travailler dans une association (accueil, animation, accompagnement), et pourquoi pas y rester si ça me plaît. Est-ce que je peux rejoindre Pro'pulse ?

Fanny Oukaci
07 28 46 13 95""",
        app("Fanny", "Oukaci", phone="+33728461395", bac=3, grad="2026-06", unknown=("studies_finished",), status="fanny_prepa_concours"),
    )),
    # Feature: back_to_school — studies_finished — les résultats du jury de septembre sont tombés
    # route: the first line: the September jury's results out, the licence validated (September 2026), no re-enrolment, a post in an insertion association sought → bac+3 of 2026-09 → eligible
    N("back_to_school", "studies_finished", "les résultats du jury de septembre sont tombés", M(
        "Corentin Le Gall <corentin.legall@gmail.com>", "ENFIN diplômé", "2026-10-15 10:40",
        """Bonjour !

Les résultats du jury de septembre sont tombés : ma licence d'AES est validée. Je ne me réinscris pas en master, j'en ai assez des études.

Je cherche un poste dans une structure d'insertion par l'activité économique (ACI, EI, ETTI), côté encadrement ou accompagnement, autour de Lorient.

Corentin Le Gall
06 54 82 37 19""",
        app("Corentin", "Le Gall", phone="+33654823719", bac=3, grad="2026-09", status="corentin_jury_septembre"),
    )),
    # Feature: not_finished — studies_finished — validée par compensation
    # route: the first paragraph: a licence she thought unfinished, validated by compensation (July 2026) as the scolarité confirmed, a post in a cultural association sought → bac+3 of 2026-07 → eligible
    N("not_finished", "studies_finished", "validée par compensation", M(
        "Lucie Vannier <lucie.vannier@gmail.com>", "Candidature", "2026-10-15 12:20",
        """Bonjour,

Je pensais ne pas avoir fini ma licence d'arts du spectacle (une UE ratée en juin), mais la scolarité m'a confirmé cette semaine qu'elle était validée par compensation depuis le jury de juillet. Donc je suis diplômée !

Je cherche un poste d'assistante de production ou de chargée de médiation dans une compagnie ou une association culturelle, à Rennes ou Nantes.

Merci d'avance,
Lucie Vannier
06 31 49 85 27""",
        app("Lucie", "Vannier", phone="+33631498527", bac=3, grad="2026-07", status="lucie_compensation"),
    )),
    # Feature: rentree_other_mail — kind — Apéro de l'ESS
    # route: an HTML-only invitation of a partner network to its rentrée «apéro de l'ESS»; nobody applies → other
    N("rentree_other_mail", "kind", "Apéro de l'ESS", M(
        "Réseau des acteurs de l'ESS de Montpellier <contact@ess-montpellier.example.org>", "Invitation : Apéro de l'ESS de rentrée, jeudi 22 octobre", "2026-10-15 14:00",
        """Bonjour à toutes et à tous,

Pour fêter la rentrée, le réseau vous invite à l'Apéro de l'ESS le jeudi 22 octobre à 18h30 au tiers-lieu La Halle Tropisme : rencontres entre structures, jeunes diplômé·es et partenaires, présentation des événements du Mois de l'ESS.

Merci de vous inscrire avant le 19 octobre : https://ess-montpellier.example.org/apero

À très vite,
L'équipe du réseau""",
        other(),
        html="only",
        body_html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#c0392b">Apéro de l'ESS de rentrée</h2>
<p>Bonjour à toutes et à tous,</p>
<p>Pour fêter la rentrée, le réseau vous invite à l'<b>Apéro de l'ESS</b> le <b>jeudi 22 octobre à 18h30</b> au tiers-lieu La Halle Tropisme : rencontres entre structures, jeunes diplômé·es et partenaires, présentation des événements du Mois de l'ESS.</p>
<p><a href="https://ess-montpellier.example.org/apero">Je m'inscris avant le 19 octobre</a></p>
<p>À très vite,<br>L'équipe du réseau</p>
</body></html>""",
    )),
    # Feature: not_finished — studies_finished — j'ai abandonné mon M1 en mars
    # route: the first paragraph: a licence of 2025, an M1 given up in March (no studies running), a post in a housing association sought → bac+3 of 2025 → eligible
    N("not_finished", "studies_finished", "j'ai abandonné mon M1 en mars", M(
        "Léonie Barret <leonie.barret@gmail.com>", "Pro'pulse - candidature", "2026-10-15 16:45",
        """Bonjour,

J'ai abandonné mon M1 en mars (droit public, Aix-en-Provence) : ce n'était pas pour moi et je ne compte pas y retourner. J'ai ma licence de droit, obtenue en 2025.

Depuis j'ai fait de l'accueil dans une agence immobilière, et je me suis rendu compte que ce qui m'intéresse c'est l'accès au logement des plus précaires. Je cherche un poste dans une association de ce domaine.

Léonie Barret
07 93 26 14 58""",
        app("Léonie", "Barret", phone="+33793261458", bac=3, grad="2025", status="leonie_m1_abandonne"),
    )),
    # Feature: career_change — career_change — après dix ans comme infirmière
    # route: the first paragraph: ten years as a hospital nurse, then a master of ESS management in June 2026, a coordination post in a health association sought → bac+5 of 2026-06, not_career_change fails → not_eligible
    N("career_change", "career_change", "après dix ans comme infirmière", M(
        "Isabelle Fournel <isabelle.fournel@free.fr>", "Candidature - reconversion", "2026-10-15 18:10",
        """Bonjour,

Après dix ans comme infirmière en service d'urgences, j'ai repris mes études pour un master Management des organisations sanitaires et sociales de l'ESS, obtenu en juin 2026. C'est une vraie reconversion : je ne veux plus travailler à l'hôpital.

Je cherche un poste de coordinatrice dans une association de santé communautaire ou une maison de santé associative.

Cordialement,
Isabelle Fournel
06 46 19 85 73""",
        app("Isabelle", "Fournel", phone="+33646198573", bac=5, grad="2026-06", failing=("not_career_change",), status="isabelle_infirmiere_dix_ans"),
    )),
    # Feature: written_for — kind — orienter des jeunes vers votre programme
    # route: a Mission locale adviser asking how to refer young people in general, no one named and no fact of anyone → question
    N("written_for", "kind", "orienter des jeunes vers votre programme", M(
        "Sandrine Aubertin <s.aubertin@missionlocale-orleans.example.org>", "Comment orienter des jeunes ?", "2026-10-16 08:30",
        """Bonjour,

Je suis conseillère à la Mission locale d'Orléans. Plusieurs collègues aimeraient orienter des jeunes vers votre programme : y a-t-il une fiche de liaison à remplir, ou faut-il que les jeunes vous écrivent eux-mêmes ? Pouvez-vous aussi nous envoyer une plaquette ?

Merci,
Sandrine Aubertin""",
        question(),
    )),
    # Feature: career_change — career_change — six ans dans l'armée
    # route: the first paragraph: six years in the army before a licence pro of June 2026, told without calling it a change of trade → bac+3 of 2026-06, not_career_change open → to_verify
    N("career_change", "career_change", "six ans dans l'armée", M(
        "Yohan Ruiz <yohan.ruiz@gmail.com>", "Candidature", "2026-10-16 09:50",
        """Bonjour,

J'ai 29 ans. J'ai passé six ans dans l'armée avant de reprendre mes études, et j'ai obtenu en juin une licence pro Gestion de projets associatifs à Perpignan.

Je cherche un poste de coordinateur logistique ou de responsable de site dans une association humanitaire ou une banque alimentaire.

Yohan Ruiz
06 75 38 24 91""",
        app("Yohan", "Ruiz", phone="+33675382491", bac=3, grad="2026-06", unknown=("not_career_change",), status="yohan_six_ans_armee"),
    )),
    # Feature: back_from_abroad — level — diplôme de technicien spécialisé de l'OFPPT
    # route: the first paragraph: a Moroccan «technicien spécialisé» diploma of 2025 with neither its length nor an equivalence said, a post in an association sought → bac null, degree_level open → to_verify
    N("back_from_abroad", "level", "diplôme de technicien spécialisé de l'OFPPT", M(
        "Othmane Berrada <othmane.berrada@gmail.com>", "Candidature programme", "2026-10-16 11:20",
        """Bonjour,

J'ai un diplôme de technicien spécialisé de l'OFPPT en gestion des entreprises (Casablanca, 2025). Je suis arrivé en France en février pour rejoindre ma famille à Montpellier.

Je voudrais travailler dans la gestion ou la comptabilité d'une association ou d'une coopérative. Je ne sais pas si mon diplôme est reconnu ici.

Othmane Berrada
07 51 83 46 29""",
        app("Othmane", "Berrada", phone="+33751834629", bac=None, grad="2025", unknown=("degree_level",), status="othmane_technicien_specialise"),
    )),
    # Feature: rentree_other_mail — kind — c'est payant
    # route: a question about the programme's cost, no fact of the writer's own → question
    N("rentree_other_mail", "kind", "c'est payant", M(
        "Noor <noor.h.2001@gmail.com>", "tarif ?", "2026-10-16 12:35",
        """Bonjour, est-ce que c'est payant ? Je n'ai rien trouvé sur le site. Merci""",
        question(),
    )),
    # Feature: written_for — graduation — il a un BTS
    # route: a France Travail adviser presents Rayan (his address in the body): «il a un BTS» with no date anywhere, a post in a sports association sought → referral; graduation open → to_verify
    N("written_for", "graduation", "il a un BTS", M(
        "Stéphanie Guérin <stephanie.guerin@francetravail.example.fr>", "Orientation Pro'pulse - M. Rayan Cissé", "2026-10-16 13:45",
        """Bonjour,

Je suis conseillère à France Travail (agence de Montreuil). Je vous présente M. Rayan Cissé, que j'accompagne depuis le printemps : il a un BTS Management des unités commerciales et il souhaite travailler dans une association sportive ou d'éducation par le sport, en gestion ou en développement.

Il est motivé et disponible. Vous pouvez le contacter à rayan.cisse@gmail.com.

Cordialement,
Stéphanie Guérin""",
        app("Rayan", "Cissé", phone=None, bac=2, grad=None, unknown=("graduation_recent",), email="rayan.cisse@gmail.com", forwarded_by="stephanie.guerin@francetravail.example.fr", status="rayan_bts_sans_date"),
    )),
    # Feature: english_stage — graduation — he has a BA in Geography
    # route: an English mail: a mother writes for her son (his address and phone in the body): «a BA in Geography» with no date, an environmental charity's job sought in Paris → referral; graduation open → to_verify
    N("english_stage", "graduation", "he has a BA in Geography", M(
        "Harriet Bancroft <harriet.bancroft@btinternet.example.com>", "My son Oliver - your programme", "2026-10-16 14:50",
        """Dear Sir or Madam,

I'm writing on behalf of my son, Oliver Bancroft, who moved to Paris in the summer. He has a BA in Geography from the University of Kent and speaks decent French.

He would love to work for an environmental charity or a cooperative in France but is finding the process baffling. A friend of mine mentioned your programme. His details are oliver.bancroft@gmail.com and 07 68 45 19 32.

With thanks and kind regards,
Harriet Bancroft""",
        app("Oliver", "Bancroft", phone="+33768451932", bac=3, grad=None, unknown=("graduation_recent",), email="oliver.bancroft@gmail.com", forwarded_by="harriet.bancroft@btinternet.example.com", language="en", status="oliver_ba_no_date"),
    )),
    # Feature: rentree_other_mail — kind — c'est noté pour mardi 20
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) confirming the interview → reply
    N("rentree_other_mail", "kind", "c'est noté pour mardi 20", M(
        "Florian Desmarais <florian.desmarais@gmail.com>", "Re: Pro'pulse - entretien", "2026-10-16 15:40",
        """Parfait, c'est noté pour mardi 20 à 11h. Merci !
Florian

Le jeu. 15 oct. 2026 à 18:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Florian,
> Nous vous proposons un entretien le mardi 20 octobre à 11h, en visio. Le lien vous sera envoyé la veille.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-10-15-0133@animafac.net>"},
    )),
    # Feature: english_stage — aim — a consulting firm or a bank
    # route: an English mail: an MSc of September 2026, a position sought «in a consulting firm or a bank», no ESS aim → bac+5 of 2026-09, job_seeking_ess fails → not_eligible
    N("english_stage", "aim", "a consulting firm or a bank", M(
        "Arjun Mehta <arjun.mehta@outlook.com>", "Career support", "2026-10-16 17:05",
        """Hi,

I completed my MSc in Finance at SKEMA Business School (Lille campus) in September and I'm now looking for a graduate position in a consulting firm or a bank, ideally in Paris. I'm on a job-seeker residence permit for the next twelve months.

Do you offer CV reviews or interview coaching for international graduates?

Regards,
Arjun Mehta
07 62 91 38 47""",
        app("Arjun", "Mehta", phone="+33762913847", bac=5, grad="2026-09", failing=("job_seeking_ess",), language="en", status="arjun_consulting_bank"),
    )),
]
