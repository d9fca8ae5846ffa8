"""Newyear corpus, batch 08 (writer B): Wednesday 27 – Friday 29 January 2027, each mail read on its own day.
The month's end: «fin janvier» is now, February is ahead (juries, results, the winter holidays), «le mois
dernier» is still December, the last partiels are sat this week, and referrers clear their desks."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from newyear import N

MESSAGES = [
    # Feature: december_past — graduation — j'ai soutenu le mois dernier
    # route: the body: a M2 «j'ai soutenu le mois dernier» (December 2026 read on 2027-01-27) and the diploma granted at once; a post in a cooperative sought → eligible
    N("december_past", "graduation", "j'ai soutenu le mois dernier", M(
        "Victoire Hervouet <victoire.hervouet@gmail.com>",
        "Candidature jeune diplômée",
        "2027-01-27 08:15",
        """Bonjour,

J'ai soutenu le mois dernier mon mémoire de M2 Économie sociale et solidaire (Aix-Marseille), et le diplôme m'a été accordé le jour même : je suis donc diplômée depuis décembre.

Je cherche un premier poste de chargée d'accompagnement dans une coopérative d'activité et d'emploi ou un incubateur de l'ESS, dans la région marseillaise.

Merci pour votre retour,
Victoire Hervouet
06 27 41 93 58""",
        app("Victoire", "Hervouet", phone="+33627419358", bac=5, grad="2026-12", status="b_victoire_soutenu_mois_dernier"),
    )),
    # Feature: newyear_other_mail — kind — en vacances du 6 au 21 février
    # route: a partner's early out-of-office (Auto-Submitted) announcing the February holidays; its dates are hers → auto_reply
    N("newyear_other_mail", "kind", "en vacances du 6 au 21 février", M(
        "Bérénice Agbodjan <b.agbodjan@ligue-enseignement-demo.example.org>",
        "Réponse automatique : Re: Intervention Pro'pulse en février",
        "2027-01-27 09:30",
        """Bonjour,

Merci pour votre message. Je suis actuellement en déplacement et je serai ensuite en vacances du 6 au 21 février. Je vous répondrai dès que possible ; pour l'organisation des interventions de février, contactez Romain au 01 84 26 30 17.

Bérénice Agbodjan""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: january_now — situation — je suis stagiaire depuis le 18 janvier
    # route: the body: a licence of 2026 and «je suis stagiaire depuis le 18 janvier» for four months, running on 2027-01-27 → not_internship fails → not_eligible
    N("january_now", "situation", "je suis stagiaire depuis le 18 janvier", M(
        "Kévin Ostrowska-Lamy <kevin.ostrowskalamy@gmail.com>",
        "renseignements",
        "2027-01-27 11:02",
        """Bonjour,

J'ai eu ma licence d'histoire en juin dernier. Je suis stagiaire depuis le 18 janvier dans une association de mémoire ouvrière, pour quatre mois. J'aimerais savoir si je peux déjà rejoindre Pro'pulse pour chercher un emploi dans le secteur culturel associatif après.

Merci,
Kévin Ostrowska-Lamy
07 16 54 82 39""",
        app("Kévin", "Ostrowska-Lamy", phone="+33716548239", bac=3, grad="2026-06", failing=("not_internship",), status="b_kevin_stagiaire_depuis_18_janvier"),
    )),
    # Feature: winter_results — studies_finished — mes partiels de janvier se terminent vendredi
    # route: the body, written on Wednesday 27 January: a M2 whose «partiels de janvier se terminent vendredi» (29 January, ahead) and whose internship comes after: exams still to sit → studies_finished fails → not_eligible
    N("winter_results", "studies_finished", "mes partiels de janvier se terminent vendredi", M(
        "Zoé Guérin-Ba <zoe.guerinba@etu.univ-paris8.example.fr>",
        "Candidature M2",
        "2027-01-27 13:44",
        """Bonjour,

Je suis en M2 Économie sociale et solidaire à Paris 8. Mes partiels de janvier se terminent vendredi, puis j'aurai mon stage de fin d'études de mars à août. Je voudrais m'inscrire pour être accompagnée dans ma recherche d'emploi à la rentrée prochaine.

Zoé Guérin-Ba
06 81 30 57 26""",
        app("Zoé", "Guérin-Ba", phone="+33681305726", bac="*", grad=None, failing=("studies_finished",), status="b_zoe_partiels_vendredi"),
    )),
    # Feature: written_for_newyear — graduation — fiche de liaison
    # route: a France Travail adviser's «fiche de liaison» presents a young woman (her address and phone in the body): a licence of social sciences whose year is said nowhere, an association sought → graduation_recent open → to_verify, forwarded_by the adviser
    N("written_for_newyear", "graduation", "fiche de liaison", M(
        "Olivier Renaud-Pham <olivier.renaudpham@francetravail-demo.example.fr>",
        "Fiche de liaison - orientation vers Pro'pulse",
        "2027-01-27 15:20",
        """Bonjour,

Je vous adresse ci-dessous la fiche de liaison d'une demandeuse d'emploi que je suis depuis janvier.

Nom : Lavigne
Prénom : Clothilde
Courriel : clothilde.lavigne@outlook.fr
Téléphone : 07 42 85 10 63
Diplôme : licence de sciences sociales (Université de Bourgogne)
Projet : poste de chargée d'accueil ou d'animation dans une association ou une maison de quartier
Motif de l'orientation : premier emploi, besoin d'un accompagnement sur le réseau

Cordialement,
Olivier Renaud-Pham
Conseiller emploi, France Travail Dijon""",
        app("Clothilde", "Lavigne", phone="+33742851063", bac=3, grad=None, email="clothilde.lavigne@outlook.fr", unknown=("graduation_recent",), forwarded_by="olivier.renaudpham@francetravail-demo.example.fr", status="b_clothilde_fiche_de_liaison"),
    )),
    # Feature: last_year_words — aim — en 2026 j'ai validé mon BTS
    # route: the body: «en 2026 j'ai validé mon BTS» (meets) and a search for a counsellor's post «dans une banque» or at the département, nothing in the ESS → job_seeking_ess fails → not_eligible
    N("last_year_words", "aim", "en 2026 j'ai validé mon BTS", M(
        "Anthony Salazar <anthony.salazar@hotmail.fr>",
        "inscription",
        "2027-01-27 17:58",
        """Bonjour,

En 2026 j'ai validé mon BTS Négociation et digitalisation de la relation client. Je cherche un poste de conseiller clientèle dans une banque, ou sinon un poste d'agent administratif au conseil départemental. J'ai vu que vous accompagnez les jeunes diplômés vers l'emploi, je suis intéressé.

Anthony Salazar
06 39 72 18 54""",
        app("Anthony", "Salazar", phone="+33639721854", bac=2, grad="2026", failing=("job_seeking_ess",), status="b_anthony_bts_2026_banque"),
    )),
    # Feature: december_past — studies_finished — soutenance juste avant Noël
    # ambiguous: the defence is done and the diploma's jury is still ahead: whether the master is obtained is open
    # route: the body: a M2 with every course validated, a «soutenance juste avant Noël» and the final jury «le 3 février», after 2027-01-27: nothing left to sit, the result not out → studies_finished open → to_verify
    N("december_past", "studies_finished", "soutenance juste avant Noël", M(
        "Lucas Koné-Marchetti <lucas.konemarchetti@gmail.com>",
        "Pro'pulse - candidature",
        "2027-01-27 21:35",
        """Bonsoir,

J'ai passé ma soutenance juste avant Noël (M2 Sciences de l'éducation, parcours Éducation populaire), ça s'est plutôt bien passé d'après le jury de soutenance. Tous mes cours sont validés, mais le jury final qui délivre le diplôme se réunit le 3 février.

Je cherche un poste de coordinateur jeunesse dans une fédération d'éducation populaire ou une MJC.

Lucas Koné-Marchetti
07 61 48 93 20""",
        app("Lucas", "Koné-Marchetti", phone="+33761489320", bac="*", grad=None, unknown=("studies_finished",), status="b_lucas_soutenance_avant_noel"),
    )),
    # Feature: limit_turning — graduation — il y a deux ans
    # route: the body: a BTS obtained «il y a deux ans», no month told: the reading month two years back, January 2025 read on 2027-01-28 → meets; an association sought → eligible
    N("limit_turning", "graduation", "il y a deux ans", M(
        "Amel Rahmani-Dufour <amel.rahmanidufour@gmail.com>",
        "Candidature",
        "2027-01-28 08:40",
        """Bonjour,

J'ai eu mon BTS Services et prestations des secteurs sanitaire et social il y a deux ans. Depuis, je suis secrétaire médicale en intérim, mais je voudrais travailler dans une association d'aide aux familles ou un centre social.

Pouvez-vous me dire si je peux participer au programme ?

Amel Rahmani-Dufour
06 50 17 84 62""",
        app("Amel", "Rahmani-Dufour", phone="+33650178462", bac=2, grad="2025-01", status="b_amel_il_y_a_deux_ans"),
    )),
    # Feature: newyear_other_mail — kind — je vous envoie les disponibilités
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) giving availabilities for a phone call → reply
    N("newyear_other_mail", "kind", "je vous envoie les disponibilités", M(
        "Hamza Ferrandi <hamza.ferrandi@gmail.com>",
        "Re: Pro'pulse - prise de contact téléphonique",
        "2027-01-28 09:55",
        """Bonjour,

Comme demandé, je vous envoie les disponibilités que j'ai la semaine prochaine pour l'appel : lundi 1er février après 14 h, ou mercredi 3 février toute la journée.

Bonne journée,
Hamza Ferrandi

> Le 27/01/2027 à 17:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Hamza, pouvez-vous nous indiquer deux ou trois créneaux pour un premier échange téléphonique ?""",
        reply(),
        headers={"In-Reply-To": "<appel-2027-01-27-0381@animafac.net>", "References": "<appel-2027-01-27-0381@animafac.net>"},
    )),
    # Feature: school_year — studies_finished — j'ai validé le S1 en décembre
    # route: the body: a M2 student who «valid[é] le S1 en décembre» and has the S2 (courses and an internship) ahead: a semester is no diploma → studies_finished fails → not_eligible
    N("school_year", "studies_finished", "j'ai validé le S1 en décembre", M(
        "Gaëlle Poulain <gaelle.poulain@gmail.com>",
        "Question candidature",
        "2027-01-28 11:20",
        """Bonjour,

Je suis en M2 Développement social urbain à Lyon 2 ; j'ai validé le S1 en décembre et le S2 a commencé, avec des cours jusqu'en avril puis un stage. Je voulais anticiper et m'inscrire dès maintenant pour trouver un poste de cheffe de projet politique de la ville dans une association.

Gaëlle Poulain
06 94 63 21 07""",
        app("Gaëlle", "Poulain", phone="+33694632107", bac="*", grad=None, failing=("studies_finished",), status="b_gaelle_s1_valide_decembre"),
    )),
    # Feature: written_for_newyear — kind — je transmets votre plaquette à mes collègues
    # route: a France Travail adviser asking for leaflets for her colleagues (other), no one presented → other
    N("written_for_newyear", "kind", "je transmets votre plaquette à mes collègues", M(
        "Sandrine Kouassi <sandrine.kouassi@francetravail-demo.example.fr>",
        "Plaquettes Pro'pulse pour l'agence",
        "2027-01-28 12:45",
        """Bonjour,

Suite à votre présentation en décembre, je transmets votre plaquette à mes collègues de l'agence. Pourriez-vous nous en envoyer une cinquantaine d'exemplaires papier pour l'accueil ?

Adresse : France Travail, agence Lille-Fives, à l'attention de S. Kouassi.

Merci beaucoup,
Sandrine Kouassi""",
        other(),
    )),
    # Feature: newyear_other_mail — kind — une salle gratuite pour vos ateliers de février
    # route: a coworking cooperative offering a free room for our February workshops (other): no applicant, no question → other
    N("newyear_other_mail", "kind", "une salle gratuite pour vos ateliers de février", M(
        "La Ruche Coopérative <bonjour@laruche-coop.example.org>",
        "Une salle gratuite pour vos ateliers de février",
        "2027-01-28 13:30",
        """Bonjour Pro'pulse,

Pour bien commencer 2027, notre coopérative met à disposition des associations partenaires une salle gratuite pour vos ateliers de février (jusqu'à 20 personnes, vidéoprojecteur, café offert). Il suffit de réserver deux semaines à l'avance.

Belle année coopérative,
L'équipe de La Ruche, Montreuil""",
        other(),
    )),
    # Feature: holidays_gap — situation — ce mail traînait dans mes brouillons
    # route: the body, sent on 2027-01-28: «ce mail traînait dans mes brouillons» since the holidays; the draft's stage «jusqu'au 15 janvier» is over on the Date's day; a licence pro of 2026, an association sought → eligible
    N("holidays_gap", "situation", "ce mail traînait dans mes brouillons", M(
        "Célestin Jaouen-Marty <celestin.jaouenmarty@gmail.com>",
        "candidature (enfin envoyée)",
        "2027-01-28 14:30",
        """Bonjour,

Ce mail traînait dans mes brouillons depuis Noël, je le relis et je l'envoie enfin. À l'époque j'écrivais « je suis en stage jusqu'au 15 janvier » : c'est donc fini depuis deux semaines, le stage s'est bien terminé le 15.

J'ai une licence professionnelle Animation sociale (2026). Je cherche un poste d'animateur dans une association de prévention ou un foyer de jeunes travailleurs.

Célestin Jaouen-Marty
07 20 36 95 81""",
        app("Célestin", "Jaouen-Marty", phone="+33720369581", bac=3, grad="2026", status="b_celestin_brouillons_noel"),
    )),
    # Feature: resolutions — level — ma bonne résolution : candidater enfin
    # route: the body: «ma bonne résolution : candidater enfin», studies ended in June 2026 but no diploma named → degree_level open → to_verify
    N("resolutions", "level", "ma bonne résolution : candidater enfin", M(
        "Priya Selvaraj <priya.selvaraj@gmail.com>",
        "Bonne résolution",
        "2027-01-28 16:48",
        """Bonjour,

Ma bonne résolution : candidater enfin à Pro'pulse, depuis le temps que j'en entends parler ! J'ai fini mes études en juin 2026 à Rennes et je cherche un poste de chargée de projet dans une association de solidarité internationale.

Merci par avance,
Priya Selvaraj
06 75 30 48 12""",
        app("Priya", "Selvaraj", phone="+33675304812", bac=None, grad="2026-06", unknown=("degree_level",), status="b_priya_bonne_resolution"),
    )),
    # Feature: newyear_other_mail — kind — L'accompagnement dure combien de semaines
    # route: a question about the programme's length, no fact of the writer's own → question
    N("newyear_other_mail", "kind", "L'accompagnement dure combien de semaines", M(
        "Noah Dubois-Keller <noah.duboiskeller@gmail.com>",
        "durée du programme",
        "2027-01-28 18:05",
        """Bonsoir, L'accompagnement dure combien de semaines en tout, et y a-t-il un suivi après la fin des ateliers ? Merci, Noah""",
        question(),
    )),
    # Feature: winter_results — graduation — soutenance le 22, résultat le soir même
    # route: the body and the attached CV: a master whose «soutenance le 22, résultat le soir même» (22 January, passed), read on 2027-01-28: obtained in January 2027; a SCIC sought → eligible
    N("winter_results", "graduation", "soutenance le 22, résultat le soir même", M(
        "Aurore Mbappé-Laroche <aurore.mbappelaroche@gmail.com>",
        "Candidature Pro'pulse - master validé",
        "2027-01-28 20:12",
        """Bonjour,

Soutenance le 22, résultat le soir même : master Gestion des territoires et développement local validé (Université de Limoges, parcours décalé). Je suis maintenant prête à chercher un poste de chargée de mission dans une SCIC ou un tiers-lieu rural. Mon CV est joint.

Aurore Mbappé-Laroche
06 48 62 17 90""",
        app("Aurore", "Mbappé-Laroche", phone="+33648621790", bac=5, grad="2027-01", status="b_aurore_soutenance_le_22"),
        cv=CV("odt", "CV_Aurore_Mbappe-Laroche.odt", """Aurore Mbappé-Laroche
aurore.mbappelaroche@gmail.com — 06 48 62 17 90
Formation
Master Gestion des territoires et développement local, Université de Limoges (validé le 22 janvier 2027)
Licence Géographie, Université de Limoges (2024)
Expériences
Stage de 6 mois, tiers-lieu La Grange Partagée (2026)
Animatrice, AMAP du plateau de Millevaches (bénévole)"""),
    )),
    # Feature: english_newyear — level — a Bachelor's from the University of Ghana, finished last year
    # route: an English mail: «a Bachelor's from the University of Ghana, finished last year» (2026), its length and equivalence not told; an ESS post sought → degree_level open → to_verify, language en
    N("english_newyear", "level", "a Bachelor's from the University of Ghana, finished last year", M(
        "Kwame Osei-Bonsu <kwame.oseibonsu@gmail.com>",
        "Application to Pro'pulse",
        "2027-01-28 22:30",
        """Good evening,

My name is Kwame Osei-Bonsu. I have a Bachelor's from the University of Ghana, finished last year, in Sociology with Social Work. I joined my wife in Strasbourg in the autumn and I am learning French (A2, soon B1).

I would like to work with an association that helps migrants or young people, even in English at first. Is your programme open to me?

Thank you very much,
Kwame
+33 7 59 38 26 14""",
        app("Kwame", "Osei-Bonsu", phone="+33759382614", bac=None, grad="2026", unknown=("degree_level",), language="en", status="b_kwame_bachelor_ghana"),
    )),
    # Feature: newyear_other_mail — kind — Le numéro de février est en ligne
    # route: a cooperative network's monthly magazine (List-Unsubscribe, Precedence: bulk) → newsletter
    N("newyear_other_mail", "kind", "Le numéro de février est en ligne", M(
        "Coopératives & Territoires <magazine@coop-territoires.example.org>",
        "Le numéro de février est en ligne",
        "2027-01-29 07:30",
        """Coopératives & Territoires — le magazine

Le numéro de février est en ligne !

Au sommaire : les Scop qui ont recruté des jeunes diplômé·es en 2026, le portrait d'une CAE rurale, et notre dossier « Transmettre son entreprise à ses salarié·es ».

Lire le numéro : https://coop-territoires.example.org/magazine/fevrier-2027

Se désinscrire : https://coop-territoires.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://coop-territoires.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: written_for_newyear — studies_finished — elle attend les résultats de son DEES
    # ambiguous: every exam of the diploma sat and its result still ahead: whether the DEES is obtained is open
    # route: a grandmother writes for her granddaughter (her phone in the body, no email of hers): every exam of the DEES sat, «elle attend les résultats de son DEES», due on 10 February → studies_finished open → to_verify, forwarded_by the grandmother
    N("written_for_newyear", "studies_finished", "elle attend les résultats de son DEES", M(
        "Monique Torres <monique.torres@wanadoo.fr>",
        "Pour ma petite-fille",
        "2027-01-29 09:10",
        """Bonjour Madame, Monsieur,

Je vous écris pour ma petite-fille, Marina Torres, qui n'ose pas le faire elle-même. Elle a passé toutes les épreuves de son diplôme d'éducatrice spécialisée en décembre et en janvier, et elle attend les résultats de son DEES, qui doivent être publiés le 10 février.

Elle voudrait travailler dans une association de protection de l'enfance, près de Perpignan. Son téléphone : 06 23 90 47 15.

Avec mes remerciements,
Monique Torres""",
        app("Marina", "Torres", phone="+33623904715", bac="*", grad=None, email=None, unknown=("studies_finished",), forwarded_by="monique.torres@wanadoo.fr", status="b_marina_resultats_dees"),
    )),
    # Feature: year_ahead — studies_finished — je finis ma licence en mai
    # route: the body: a DUT of 2025 (bac+2) and «je finis ma licence en mai» (May 2027, ahead of 2027-01-29) → studies_finished fails → not_eligible
    N("year_ahead", "studies_finished", "je finis ma licence en mai", M(
        "Rémi Dubreuil-Sangaré <remi.dubreuilsangare@gmail.com>",
        "Inscription",
        "2027-01-29 10:25",
        """Bonjour,

Je finis ma licence en mai (licence pro Gestion de projets associatifs, après un DUT Carrières sociales obtenu en 2025) et je voudrais que tout soit prêt pour l'été. Est-ce que je peux m'inscrire dès maintenant ?

Rémi Dubreuil-Sangaré
06 31 47 86 90""",
        app("Rémi", "Dubreuil-Sangaré", phone="+33631478690", bac=2, grad=None, failing=("studies_finished",), status="b_remi_finis_licence_en_mai"),
    )),
    # Feature: holidays_gap — level — depuis Montréal où je passe l'hiver
    # route: an HTML-only mail «depuis Montréal où je passe l'hiver»: a DEC en travail social (Québec), its length and equivalence not told; back in Lyon in March, an association sought → degree_level open → to_verify
    N("holidays_gap", "level", "depuis Montréal où je passe l'hiver", M(
        "Jade Bouchard-Nait <jade.bouchardnait@gmail.com>",
        "Candidature depuis le Québec",
        "2027-01-29 12:40",
        """Bonjour,

Je vous écris depuis Montréal où je passe l'hiver chez ma sœur, mais je rentre à Lyon début mars. J'ai un DEC en techniques de travail social, obtenu au cégep du Vieux-Montréal en mai 2026.

Je voudrais travailler en France dans une association d'hébergement ou d'accompagnement des jeunes. Je peux faire les entretiens en visio d'ici mon retour.

Jade Bouchard-Nait
+1 514 555 0187""",
        app("Jade", "Bouchard-Nait", phone="+15145550187", bac=None, grad="2026-05", unknown=("degree_level",), status="b_jade_montreal_hiver"),
        html="only",
    )),
    # Feature: school_year — graduation — l'année universitaire dernière
    # route: the body: a licence done «l'année universitaire dernière» (2025-2026, read on 2027-01-29: a diploma of 2026) → meets; an association sought → eligible
    N("school_year", "graduation", "l'année universitaire dernière", M(
        "Ethan Lefranc-Obiang <ethan.lefrancobiang@gmail.com>",
        "Candidature Pro'pulse",
        "2027-01-29 14:15",
        """Bonjour,

J'ai obtenu ma licence de sociologie l'année universitaire dernière, à Poitiers, et depuis je travaille à mi-temps dans une librairie. Je cherche un poste de médiateur social ou d'animateur dans une association de lutte contre la précarité.

Ethan Lefranc-Obiang
06 86 25 71 49""",
        app("Ethan", "Lefranc-Obiang", phone="+33686257149", bac=3, grad="2026", status="b_ethan_annee_universitaire_derniere"),
    )),
    # Feature: written_for_newyear — aim — il cherche du travail
    # route: a father writes for his son (his email and phone in the body): a BTS of 2026 and «il cherche du travail» with no sector nor employer named → job_seeking_ess open → to_verify, forwarded_by the father
    N("written_for_newyear", "aim", "il cherche du travail", M(
        "Didier Mansour-Lebon <didier.mansourlebon@orange.fr>",
        "Mon fils Yanis",
        "2027-01-29 16:02",
        """Bonjour,

Mon fils Yanis Mansour-Lebon a eu son BTS Gestion de la PME en juin 2026 et depuis il cherche du travail, sans grand succès. Il est un peu découragé et je me suis dit qu'un accompagnement lui ferait du bien.

Vous pouvez le contacter directement : yanis.ml@gmail.com ou 07 13 52 96 40.

Cordialement,
Didier Mansour-Lebon""",
        app("Yanis", "Mansour-Lebon", phone="+33713529640", bac=2, grad="2026-06", email="yanis.ml@gmail.com", unknown=("job_seeking_ess",), forwarded_by="didier.mansourlebon@orange.fr", status="b_yanis_pere_ecrit"),
    )),
    # Feature: english_newyear — studies_finished — I sat my last exam just before the holidays
    # ambiguous: every exam taken and the result not out on the reading day: whether the master is obtained is open
    # route: an English mail: a master whose «I sat my last exam just before the holidays» and whose final results are due on 15 February, nothing left to take → studies_finished open → to_verify, language en
    N("english_newyear", "studies_finished", "I sat my last exam just before the holidays", M(
        "Sofía Ibarra-Quint <sofia.ibarraquint@gmail.com>",
        "Application - waiting for final results",
        "2027-01-29 18:20",
        """Hello,

I'm a Chilean student finishing a master's in Social Economy at the Université Catholique de Louvain (Belgium), and I moved to Lille this month. I sat my last exam just before the holidays and my thesis was already accepted; the final results are due on 15 February.

I would love to work for a cooperative or a social enterprise in the north of France. Could you tell me if I can already apply?

Best wishes,
Sofía Ibarra-Quint
+33 6 70 84 21 36""",
        app("Sofía", "Ibarra-Quint", phone="+33670842136", bac="*", grad=None, unknown=("studies_finished",), language="en", status="b_sofia_last_exam_before_holidays"),
    )),
    # Feature: newyear_other_mail — kind — j'ai signé mon CDI hier
    # route: a former participant's news (other): a job found, no application → other
    N("newyear_other_mail", "kind", "j'ai signé mon CDI hier", M(
        "Laurine Hamadouche <laurine.hamadouche@gmail.com>",
        "Une bonne nouvelle pour finir janvier",
        "2027-01-29 20:45",
        """Coucou l'équipe Pro'pulse !

Je voulais vous annoncer que j'ai signé mon CDI hier : je deviens chargée de vie associative dans une fédération sportive à Bordeaux. Merci encore pour les ateliers de l'automne, la simulation d'entretien m'a vraiment servi.

Je passerai vous voir à la prochaine soirée des ancien·nes.

Laurine""",
        other(),
    )),
]
