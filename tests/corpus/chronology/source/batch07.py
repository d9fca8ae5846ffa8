"""Chronology corpus, batch 07 (writer B): undated sequences whose last step is today's state or is not
(a CAP and twelve years of bakery before a licence pro, a bac and an L1 then an L2 dropped, a civic service
in the middle of a path, a private «bachelor» after a prépa, a concours as the last step, an ESS search as
the last step, a master closed by its defence), endings told before their beginnings (a civic mission ended,
a dissertation at the printer with its defence ahead, a master ended and begun years apart, a second
internship running, a factory left before a BTS, an alternance closed by its BTS), and dated lists or
timelines (an open «depuis» line, a CV in English, a range astride November 2024, a trade's range before a
BUT, a closed internship's range, a foreign diploma awaiting its equivalence); other mail in the same orders."""
# ruff: noqa: E501

from __future__ import annotations

from chronology import N
from kit import CV, M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Feature: sequence_words — career_change — puis douze années en boulangerie
    # order: «premièrement un CAP pâtissier» → «puis douze années en boulangerie» → «après quoi une licence pro» → «pour finir, la recherche» = the trade sits before the licence pro and lasted twelve years → fails not_career_change → not eligible
    N("sequence_words", "career_change", "puis douze années en boulangerie", M(
        "Gaëtan Roussel <gaetan.roussel@example.fr>", "Candidature reconversion", "01 07:40",
        """Bonjour,

Premièrement un CAP pâtissier, puis douze années en boulangerie, dont six comme responsable de fournil. Après quoi j'ai repris une licence pro Management des organisations de l'économie sociale, terminée en juin. Pour finir, me voilà à chercher un poste de gestionnaire dans un établissement associatif.

Gaëtan Roussel
06 29 41 85 73""",
        app("Gaëtan", "Roussel", phone="+33629418573", bac=3, grad="2026-06", failing=("not_career_change",), status="b_lp_douze_ans_boulangerie"),
    )),
    # Feature: sequence_words — level — puis une deuxième année abandonnée en route
    # order: «bac ES» → «puis une première année de droit» → «puis une deuxième année abandonnée en route» → «pour finir, le BAFD» = the last diploma obtained is the bac (an L1 validated), no bac+2 → fails degree_level → not eligible
    N("sequence_words", "level", "puis une deuxième année abandonnée en route", M(
        "Sami Yilmaz <sami.yilmaz@example.net>", "candidature animation", "02 20:18",
        """Bonjour, bac ES, puis une première année de droit validée, puis une deuxième année abandonnée en route. Pour finir j'ai passé le BAFD l'an dernier et je dirige des séjours de vacances. Je cherche un poste de directeur d'accueil de loisirs dans une association.
Sami Yilmaz, 07 84 25 60 19""",
        app("Sami", "Yilmaz", phone="+33784256019", bac=1, grad=None, failing=("degree_level",), status="b_l1_l2_abandonnee_bafd"),
    )),
    # Feature: sequence_words — situation — pour finir, je cherche
    # order: «au commencement un BTS» → «puis un service civique» → «après quoi la licence pro» → «pour finir, je cherche» = the civic service is a middle step, over; the last step is today's search → meets not_service_civique → eligible
    N("sequence_words", "situation", "pour finir, je cherche", M(
        "Célia Warnier <celia.warnier@example.org>", "Candidature Pro'pulse - licence pro", "03 11:06",
        """Bonjour,

Mon parcours tient en quelques étapes. Au commencement un BTS Économie sociale familiale. Puis un service civique dans une épicerie solidaire, qui m'a convaincue de continuer. Après quoi la licence pro Intervention sociale, obtenue cette année. Et pour finir, je cherche : un poste de conseillère en insertion dans une association ou un chantier d'insertion.

Je suis disponible immédiatement.

Célia Warnier
06 70 38 24 95""",
        app("Célia", "Warnier", phone="+33670382495", bac=3, grad="2026", status="b_lp_is_sc_etape_milieu"),
    )),
    # Feature: sequence_words — level — puis un bachelor en management responsable
    # ambiguous: the last diploma of the sequence is a private school's «bachelor» whose recognition is not said: bac+3 or no national level, degree_level stays open
    # order: «une prépa» → «puis un bachelor en management responsable» → «pour finir, les candidatures» = the diploma that gives the level is a private bachelor of unsaid recognition → degree_level open → to_verify
    N("sequence_words", "level", "puis un bachelor en management responsable", M(
        "Ambre Schaller <ambre.schaller@example.com>", "Candidature", "04 16:52",
        """Bonjour,

Une année de prépa ECG à Strasbourg, puis un bachelor en management responsable dans une école de commerce privée, fini en juin 2026. Pour finir, aujourd'hui je candidate dans des fondations et des associations de collecte, sur des postes de chargée de partenariats.

Bien à vous,
Ambre Schaller
06 52 93 17 40""",
        app("Ambre", "Schaller", phone="+33652931740", bac="*", grad="2026-06", unknown=("degree_level",), status="b_prepa_bachelor_prive"),
    )),
    # Feature: sequence_words — aim — pour finir j'ai décidé de préparer les concours
    # order: «master» → «puis six mois de stage» → «après quoi des candidatures partout» → «pour finir, la préparation des concours de la fonction publique» = the last step, today's, is a concours, not a job in the ESS → fails job_seeking_ess → not eligible
    N("sequence_words", "aim", "pour finir j'ai décidé de préparer les concours", M(
        "Victoire Ngo <victoire.ngo@example.fr>", "Pro'pulse - candidature", "05 10:29",
        """Bonjour,

Master de droit public en septembre 2025, puis six mois de stage dans une collectivité, après quoi des candidatures un peu partout, associations comprises, sans succès. Et pour finir j'ai décidé de préparer les concours d'attaché territorial et d'inspecteur des finances publiques, à plein temps, pour les épreuves du printemps.

Pro'pulse pourrait-il m'aider à m'organiser dans cette préparation ?

Victoire Ngo
07 36 28 91 54""",
        app("Victoire", "Ngo", phone="+33736289154", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_master_droit_concours_pour_finir"),
    )),
    # Feature: sequence_words — aim — et en dernier lieu, j'ai compris que c'était l'ESS
    # order: «BUT» → «puis un an en agence immobilière» → «et en dernier lieu, l'ESS: je postule en ressourcerie» = the last step, today's, is an ESS search; the agency year came after the BUT, no trade before it → meets job_seeking_ess → eligible
    N("sequence_words", "aim", "et en dernier lieu, j'ai compris que c'était l'ESS", M(
        "Ophélie Tran <ophelie.tran@example.net>", "Candidature - BUT TC", "06 13:13",
        """Bonjour,

BUT Techniques de commercialisation en 2025, puis un an comme assistante dans une agence immobilière, et en dernier lieu, j'ai compris que c'était l'ESS qui m'intéressait. Je postule désormais dans des ressourceries et des recycleries, sur des postes de vente et de communication.

Ophélie Tran
06 18 57 30 42""",
        app("Ophélie", "Tran", phone="+33618573042", bac=3, grad="2025", status="b_but_tc_agence_puis_ess"),
    )),
    # Feature: sequence_words — studies_finished — pour clore le tout, la soutenance en septembre
    # order: «la licence» → «puis le M1» → «après quoi le M2» → «pour clore le tout, la soutenance en septembre, diplôme obtenu» = the last step is done, the defence passed → meets studies_finished → eligible
    N("sequence_words", "studies_finished", "pour clore le tout, la soutenance en septembre", M(
        "Raphaël Zerbib <raphael.zerbib@example.org>", "Candidature Pro'pulse - master économie sociale", "07 09:55",
        """Bonjour,

La licence à Aix, puis le M1 à Marseille, après quoi le M2 Économie sociale et solidaire en alternance dans une coopérative d'habitants, et pour clore le tout, la soutenance en septembre, diplôme obtenu avec mention.

Je cherche un poste de chargé de mission dans une coopérative ou une fédération de l'ESS en région Sud.

Raphaël Zerbib
06 41 85 62 97""",
        app("Raphaël", "Zerbib", phone="+33641856297", bac=5, grad="2026-09", status="b_master_ess_soutenance_clore"),
    )),
    # Feature: sequence_words — kind — puis un master, et après ça
    # order: «une licence» → «puis un master» → «et après ça?» = a general question on what comes after, no name nor date → kind question
    N("sequence_words", "kind", "puis un master, et après ça", M(
        "anonyme.etudiant@example.com", "question", "08 22:47",
        """Bonsoir, je prévois une licence, puis un master, et après ça je voudrais travailler dans une association. À quel moment de ce parcours est-ce que Pro'pulse peut intervenir ? Merci""",
        question(),
    )),
    # Feature: sequence_words — kind — puis des tests, pour finir un entretien
    # order: «réunion d'information» → «puis des tests» → «pour finir un entretien» = an insertion company's recruitment steps, no one applying → kind other
    N("sequence_words", "kind", "puis des tests, pour finir un entretien", M(
        "Entreprise d'insertion Les Ateliers du Marais <rh@ateliers-marais.example.org>", "Recrutement encadrant·es techniques", "09 10:00",
        """Bonjour,

Nous recrutons deux encadrant·es techniques d'insertion pour notre atelier de réemploi à Niort. Le déroulé : une réunion d'information le 8 décembre, puis des tests, pour finir un entretien avec la direction le 15 décembre. Embauche prévue en janvier.

Merci de relayer auprès des jeunes que vous accompagnez.

L'équipe RH""",
        other(),
    )),
    # Feature: end_before_start — situation — Ma mission s'est achevée le 15 novembre
    # order: «ma mission s'est achevée le 15 novembre» ← «je l'avais commencée en mars, après mon BTS de 2025» = the ending told first is past, the civic service is over → meets not_service_civique → eligible
    N("end_before_start", "situation", "Ma mission s'est achevée le 15 novembre", M(
        "Léna Sorel <lena.sorel@example.net>", "Candidature après service civique", "10 14:36",
        """Bonjour,

Ma mission s'est achevée le 15 novembre. Je l'avais commencée en mars dans une association de sensibilisation au handicap, quelques mois après mon BTS Services et prestations des secteurs sanitaire et social, obtenu en juillet 2025.

Je cherche maintenant un emploi de coordinatrice de projets dans une association du même champ.

Léna Sorel
06 75 14 93 28""",
        app("Léna", "Sorel", phone="+33675149328", bac=2, grad="2025-07", status="b_bts_sp3s_mission_achevee_15_nov"),
    )),
    # Feature: end_before_start — studies_finished — Mon mémoire est parti chez l'imprimeur lundi
    # order: «mémoire chez l'imprimeur lundi» ← «entré en master à l'automne 2024» → «convocation pour la soutenance en janvier» = the ending told first is the dissertation, not the master: the defence is still ahead → fails studies_finished → not eligible
    N("end_before_start", "studies_finished", "Mon mémoire est parti chez l'imprimeur lundi", M(
        "Nathanaël Wolff <nathanael.wolff@example.com>", "Candidature - master", "11 18:08",
        """Bonjour,

Mon mémoire est parti chez l'imprimeur lundi ! J'étais entré en master Médiation culturelle à l'automne 2024, et c'est une vraie libération. On me convoquera pour la soutenance en janvier.

Je voudrais commencer à chercher un poste de médiateur dans une association ou un lieu culturel associatif.

Nathanaël Wolff
07 93 62 15 80""",
        app("Nathanaël", "Wolff", phone="+33793621580", bac="*", grad=None, failing=("studies_finished",), status="b_master_memoire_imprimeur_soutenance_janvier"),
    )),
    # Feature: end_before_start — graduation — Je l'avais entamé en 2022
    # order: «diplôme du master reçu en septembre 2025» ← «je l'avais entamé en 2022, à distance» = the diploma is dated by its end, not its start → meets graduation_recent → eligible
    N("end_before_start", "graduation", "Je l'avais entamé en 2022", M(
        "Ousmane Pichon-Diallo <ousmane.pd@example.org>", "Candidature Pro'pulse", "12 09:21",
        """Bonjour,

J'ai reçu le diplôme de mon master Management des organisations sanitaires et sociales au mois de septembre 2025. Je l'avais entamé en 2022, à distance et à mon rythme, c'est pour ça que ça a pris trois ans.

Je cherche un poste d'adjoint de direction dans un EHPAD associatif ou un service d'aide à domicile mutualiste.

Ousmane Pichon-Diallo
06 57 80 34 19""",
        app("Ousmane", "Pichon-Diallo", phone="+33657803419", bac=5, grad="2025-09", status="b_master_mos_entame_2022"),
    )),
    # Feature: end_before_start — situation — le second, commencé en octobre, court jusqu'en mars
    # order: «premier stage achevé en juin» ← «commencé en février» → «le second, commencé en octobre, court jusqu'en mars» = one ending is told, but a second internship runs today → fails not_internship → not eligible
    N("end_before_start", "situation", "le second, commencé en octobre, court jusqu'en mars", M(
        "Camille Renaud-Obi <camille.ro@example.fr>", "candidature", "13 12:44",
        """Bonjour,

Mon premier stage s'est achevé en juin, il avait débuté en février, c'était celui de ma licence pro Métiers du social (diplômée en juillet). Le second, commencé en octobre, court jusqu'en mars, dans une association de médiation familiale.

Je voudrais être accompagnée pour trouver un poste à la sortie.

Camille Renaud-Obi
06 22 48 71 35""",
        app("Camille", "Renaud-Obi", phone="+33622487135", bac=3, grad="2026-07", failing=("not_internship",), status="b_lp_second_stage_jusqu_mars"),
    )),
    # Feature: end_before_start — career_change — J'ai quitté l'usine il y a deux ans
    # ambiguous: the factory years run from a bac whose year is not given to two years ago: a few months or ten years, not_career_change stays open
    # order: «quitté l'usine il y a deux ans» ← «j'y étais entré après le bac» → «puis le BTS» = the ending is dated, the beginning only by an undated bac: the trade's length is unknown → not_career_change open → to_verify
    N("end_before_start", "career_change", "J'ai quitté l'usine il y a deux ans", M(
        "Thibaut Mercier <thibaut.mercier@example.net>", "Candidature BTS", "14 10:50",
        """Bonjour,

J'ai quitté l'usine il y a deux ans. J'y étais entré juste après le bac, comme opérateur sur ligne de conditionnement. Ensuite, BTS Assurance en deux ans, obtenu en juin dernier.

Je cherche un poste d'assistant de direction dans une association ou une mutuelle.

Thibaut Mercier
07 46 91 20 63""",
        app("Thibaut", "Mercier", phone="+33746912063", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_bts_sam_usine_depuis_bac"),
    )),
    # Feature: end_before_start — career_change — l'alternance avait débuté en 2024
    # order: «BTS en alternance fini en juin» ← «l'alternance avait débuté en 2024 dans une SCOP» = the work told second is the BTS's own alternance, no trade before it → meets not_career_change → eligible
    N("end_before_start", "career_change", "l'alternance avait débuté en 2024", M(
        "Maïwenn Quéméner <maiwenn.quemener@example.org>", "Candidature Pro'pulse", "15 15:03",
        """Bonjour,
J'ai fini mon BTS Comptabilité et gestion en juin ; l'alternance avait débuté en 2024 dans une SCOP de charpente de Quimper, où je tenais la facturation trois semaines par mois. Je cherche un poste d'assistante de gestion dans une autre coopérative, la mienne n'ayant pas de poste à m'offrir.
Maïwenn Quéméner - 06 38 57 92 14""",
        app("Maïwenn", "Quéméner", phone="+33638579214", bac=2, grad="2026-06", status="b_bts_pme_alternance_scop"),
    )),
    # Feature: end_before_start — kind — Mon congé se termine le 2 décembre
    # order: «mon congé se termine le 2 décembre» ← «il a commencé le 16 novembre» = an out-of-office with its dates, no application → kind auto_reply
    N("end_before_start", "kind", "Mon congé se termine le 2 décembre", M(
        "Sébastien Vallée <s.vallee@example.com>", "Message d'absence", "16 08:01",
        """Bonjour,

Mon congé se termine le 2 décembre ; il a commencé le 16 novembre. D'ici là, je ne consulte pas mes mails. Pour Pro'pulse, je vous recontacte à mon retour.

Sébastien""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: end_before_start — kind — elle avait débuté au printemps
    # order: «ma mission s'est terminée hier» ← «elle avait débuté au printemps» = a question with no diploma of the writer's own → kind question
    N("end_before_start", "kind", "elle avait débuté au printemps", M(
        "jade.volontaire@example.fr", "Question inscription", "18 19:41",
        """Bonjour, ma mission de volontariat s'est terminée hier, elle avait débuté au printemps. Est-ce qu'il y a un délai à respecter avant de s'inscrire chez vous, ou est-ce que je peux le faire dès maintenant ? Merci""",
        question(),
    )),
    # Feature: timeline_layout — situation — depuis sept. 2026 : volontaire en service civique
    # order: «depuis sept. 2026 : volontaire en service civique» / «2025 : licence» = the open line runs today → fails not_service_civique → not eligible
    N("timeline_layout", "situation", "depuis sept. 2026 : volontaire en service civique", M(
        "Yacine Mbarek <yacine.mbarek@example.net>", "Candidature", "17 11:18",
        """Bonjour,

Voici mon parcours en bref :
- depuis sept. 2026 : volontaire en service civique, Secours populaire de Nancy (aide aux devoirs)
- 2025 : licence STAPS, Université de Lorraine
- 2022 : bac général

Je voudrais trouver un poste d'animateur dans une association d'éducation populaire.

Yacine Mbarek
06 81 27 53 40""",
        app("Yacine", "Mbarek", phone="+33681275340", bac=3, grad="2025", failing=("not_service_civique",), status="b_licence_sc_depuis_sept_2026"),
    )),
    # Feature: timeline_layout — graduation — Sept 2022 – June 2025: BA
    # order: «2025 – present: job hunting» / «Sept 2022 – June 2025: BA» / «summers 2022–2024: camp counsellor» = the degree is the dated line that names it, June 2025 → meets graduation_recent → eligible
    N("timeline_layout", "graduation", "Sept 2022 – June 2025: BA", M(
        "Tobias Müller <tobias.mueller@example.com>", "Pro'pulse - application from Strasbourg", "18 09:30",
        """Dear Pro'pulse team,

Here is my path so far:

2025 – present: looking for work in the social economy in Strasbourg (associations, cooperatives)
Sept 2022 – June 2025: BA in International Relations, University of Kent
Summers 2022–2024: camp counsellor at a youth summer camp in Bavaria

I'm German, fluent in French and English. I'd appreciate support in understanding how French associations recruit.

Best regards,
Tobias Müller
+49 151 23456789""",
        app("Tobias", "Müller", phone="+4915123456789", bac=3, grad="2025-06", language="en", status="b_en_ba_kent_timeline"),
    )),
    # Feature: timeline_layout — graduation — 2022-2024 : BTS ESF
    # ambiguous: the BTS's line is a range of years ending in 2024 with no month: before or after November 2024, graduation_recent stays open
    # order: «2025-2026 : remplacements» / «2022-2024 : BTS ESF» / «2022 : bac» = the diploma's line gives only the year 2024 → graduation_recent open → to_verify
    N("timeline_layout", "graduation", "2022-2024 : BTS ESF", M(
        "Amandine Vernet <amandine.vernet@example.fr>", "Candidature CESF", "19 14:55",
        """Bonjour,

2025-2026 : remplacements comme conseillère en économie sociale familiale, CCAS et associations
2022-2024 : BTS ESF, lycée Jean-Rostand
2022 : bac ST2S

Je cherche un poste stable dans une association d'accompagnement au logement.

Amandine Vernet
06 13 84 52 96""",
        app("Amandine", "Vernet", phone="+33613845296", bac=2, grad="2024", unknown=("graduation_recent",), status="b_bts_esf_2022_2024"),
    )),
    # Feature: timeline_layout — career_change — 2013 – 2024 : préparateur en pharmacie
    # order: «2024 – 2026 : BUT» / «2013 – 2024 : préparateur en pharmacie» = the trade's range precedes the BUT and lasts eleven years → fails not_career_change → not eligible
    N("timeline_layout", "career_change", "2013 – 2024 : préparateur en pharmacie", M(
        "Wilfried Rakoto <wilfried.rakoto@example.org>", "Candidature - BUT en 2 ans", "20 10:40",
        """Bonjour,

Mon parcours :
2024 – 2026 : BUT Carrières sociales (parcours accéléré en deux ans), IUT de Bordeaux, diplômé en juin
2013 – 2024 : préparateur en pharmacie, officine de Libourne
2011 – 2013 : BP préparateur en pharmacie

Je cherche un poste de coordinateur dans une association de santé communautaire.

Wilfried Rakoto
06 49 26 73 81""",
        app("Wilfried", "Rakoto", phone="+33649267381", bac=3, grad="2026-06", failing=("not_career_change",), status="b_but_cs_pharmacie_2013_2024"),
    )),
    # Feature: timeline_layout — situation — mars – août 2026 : stage
    # order: «sept. 2026 : master» / «mars – août 2026 : stage» / «2024 – 2026 : M1, M2» = the internship's range is closed → meets not_internship → eligible
    N("timeline_layout", "situation", "mars – août 2026 : stage", M(
        "Sarah Nguema <sarah.nguema@example.net>", "Candidature chargée de mission", "21 16:12",
        """Bonjour,

Je vous joins mon CV et résume ici :
sept. 2026 : master Économie sociale et solidaire, diplômée
mars – août 2026 : stage, chargée d'études, une union régionale des SCOP
2024 – 2026 : M1 puis M2 à l'université de Lorraine

Je cherche un poste de chargée de mission dans un réseau de l'ESS.

Sarah Nguema
06 35 71 82 04""",
        app("Sarah", "Nguema", phone="+33635718204", bac=5, grad="2026-09", info_in="both", status="b_master_ess_stage_mars_aout"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Je vous joins mon CV et résume ici :</p><ul><li>sept. 2026 : master Économie sociale et solidaire, diplômée</li><li>mars – août 2026 : stage, chargée d'études, une union régionale des SCOP</li><li>2024 – 2026 : M1 puis M2 à l'université de Lorraine</li></ul><p>Je cherche un poste de chargée de mission dans un réseau de l'ESS.</p><p>Sarah Nguema<br>06 35 71 82 04</p></body></html>""",
        cv=CV("odt", "Sarah_Nguema_CV.odt", """Sarah Nguema
Chargée de mission ESS
sarah.nguema@example.net - 06 35 71 82 04
2026 : master ESS, université de Lorraine (septembre)
2026 : stage de six mois, union régionale des SCOP (mars à août)
Bénévole : AMAP de Villers-lès-Nancy"""),
    )),
    # Feature: timeline_layout — level — 2025 : diplôme d'éducateur social, Rabat
    # ambiguous: the timeline's diploma is a Moroccan one whose equivalence is still asked for: its French level is unknown, degree_level stays open
    # order: «depuis 2026 : en France» / «2025 : diplôme d'éducateur social, Rabat» / «2026 : demande d'équivalence en cours» = the diploma line has no French level yet → degree_level open → to_verify
    N("timeline_layout", "level", "2025 : diplôme d'éducateur social, Rabat", M(
        "France Travail Agence Lyon 8 <conseillere.lyon8@francetravail.example.fr>", "Orientation - Mme Zahra Ouali", "22 09:12",
        """Bonjour,

Je vous présente Mme Zahra Ouali, avec son accord. Son parcours, tel qu'elle me l'a donné :
- depuis février 2026 : en France, inscrite chez nous
- 2026 : demande d'équivalence auprès d'ENIC-NARIC, réponse attendue
- 2025 : diplôme d'éducateur social, Rabat (trois ans)

Elle cherche un poste d'éducatrice dans une association de protection de l'enfance. Contact : zahra.ouali@example.com, 07 59 13 46 82.

Cordialement,
Hélène Bastide, conseillère France Travail""",
        app("Zahra", "Ouali", phone="+33759134682", bac="*", grad="2025", unknown=("degree_level",), email="zahra.ouali@example.com", forwarded_by="conseillere.lyon8@francetravail.example.fr", status="b_diplome_maroc_equivalence_attendue"),
    )),
    # Feature: timeline_layout — kind — 4 déc. : forum
    # order: «4 déc. : forum» / «11 déc. : atelier» / «18 déc. : webinaire» = a network's calendar, no application → kind newsletter
    N("timeline_layout", "kind", "4 déc. : forum", M(
        "Chambre régionale de l'ESS <agenda@cress.example.org>", "Agenda ESS - décembre", "23 06:45",
        """AGENDA DE L'ESS EN RÉGION

4 déc. : forum emploi des associations, Orléans
11 déc. : atelier « Débuter en coopérative »
18 déc. : webinaire « Service civique, et après ? »

Se désinscrire : agenda@cress.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:agenda@cress.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: timeline_layout — kind — 1er déc. 2026 – 31 mai 2027
    # order: «1er déc. 2026 – 31 mai 2027 : CDD» / «puis CDI possible» = a SCOP's dates of a contract it offers, no one applying → kind other
    N("timeline_layout", "kind", "1er déc. 2026 – 31 mai 2027", M(
        "SCOP Terre & Toits <contact@terreettoits.example.org>", "Offre pour vos participant·es", "24 11:27",
        """Bonjour,

Nous proposons un poste d'assistant·e de chantier participatif :
1er déc. 2026 – 31 mai 2027 : CDD à temps plein
à partir de juin 2027 : CDI possible, avec entrée au sociétariat

Profil : bac+2 ou plus, goût du terrain. Merci de transmettre.

Coralie Benard, cogérante""",
        other(),
    )),
]
