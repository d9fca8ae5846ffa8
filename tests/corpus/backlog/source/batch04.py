"""Backlog corpus, batch 04 (writer A): Monday 8 – Tuesday 9 March 2027, read that day, thirteen or fourteen
days later, or in April. An apprenticeship ending on 31 March, a stage «dans quinze jours», a service
civique ending on 7 May read on 30 April, a signed mission from 1 April, a diploma of May 2025, an
attestation received and a ceremony on 2 April, «il y a deux semaines» and «le mois dernier», a level-4
title «jeudi 4», plans of courses then a jury, an adviser presenting a banker who retrained, English
mail read thirteen days later; a newsletter, a question, a bounce, an out-of-office, a reply and two
partners' mails."""
# ruff: noqa: E501

from __future__ import annotations

from backlog import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: later_other_mail — kind — Le fil de l'ESS en Bretagne
    # read: 2027-03-08 → 2027-03-08: nothing between
    # route: a regional chamber's newsletter (List-Unsubscribe), nobody applies → newsletter
    N("later_other_mail", "kind", "Le fil de l'ESS en Bretagne", M(
        "CRESS Bretagne <lefil@cress-bretagne.example.org>", "Le fil de l'ESS en Bretagne - mars 2027", "2027-03-08 07:20",
        """Le fil de l'ESS en Bretagne - mars 2027

Le Mois de l'ESS se prépare : appel à initiatives ouvert jusqu'au 30 avril.
Emploi : 37 offres publiées ce mois-ci sur la bourse de l'emploi solidaire.
Agenda : rencontre des dirigeant·es de coopératives le 25 mars à Saint-Brieuc.

Se désabonner : https://cress-bretagne.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-bretagne.example.org/desabonnement>"},
        html="only",
    )),
    # Feature: same_day — aim — un poste dans un grand cabinet d'audit
    # read: 2027-03-08 → 2027-03-08: nothing between
    # route: a master of January 2027, but the search is a post in a big audit firm or a bank alone → bac+5 of 2027-01, job_seeking_ess fails → not_eligible
    N("same_day", "aim", "un poste dans un grand cabinet d'audit", M(
        "Victorien Lesage-Mbemba <victorien.lesage@gmail.com>", "Accompagnement recherche d'emploi", "2027-03-08 08:00",
        """Bonjour,

Diplômé en janvier d'un master Contrôle de gestion et audit (IAE de Caen), je cherche un poste dans un grand cabinet d'audit ou dans une banque d'investissement. Un ami m'a dit que Pro'pulse aidait les jeunes diplômés à préparer leurs entretiens.

Cordialement,
Victorien Lesage-Mbemba
06 92 18 47 35""",
        app("Victorien", "Lesage-Mbemba", phone="+33692184735", bac=5, grad="2027-01", failing=("job_seeking_ess",), status="victorien_cabinet_audit"),
    )),
    # Feature: end_between — situation — mon contrat d'apprentissage se termine le 31 mars
    # read: 2027-03-08 → 2027-04-16: the apprenticeship ended on 31 March, over when read
    # route: a BTS obtained in December 2026, the apprenticeship contract ending on 31 March (over on 16 April), a job in a housing association sought → bac+2 of 2026-12 → eligible
    N("end_between", "situation", "mon contrat d'apprentissage se termine le 31 mars", M(
        "Solène Mbappé-Guillot <solene.mbappe.guillot@gmail.com>", "Candidature Pro'pulse", "2027-03-08 09:15",
        """Bonjour,

J'ai obtenu mon BTS Professions immobilières en décembre 2026 (session décalée) et mon contrat d'apprentissage se termine le 31 mars. Je souhaite travailler dans un bailleur social associatif ou une agence immobilière à vocation sociale.

Je vous joins mon CV.

Bien à vous,
Solène Mbappé-Guillot
07 31 84 56 20""",
        app("Solène", "Mbappé-Guillot", phone="+33731845620", bac=2, grad="2026-12", status="solene_apprentissage_31_mars_lu_avril"),
        cv=CV("pdf", "CV_Solene_Mbappe-Guillot.pdf", "Solène Mbappé-Guillot\nGestion locative sociale\nBTS Professions immobilières, décembre 2026, CFA de Villeneuve-d'Ascq\nApprentie, Habitat et Humanisme Nord (septembre 2024 - mars 2027)\nPermis B"),
    ), read_on="2027-04-16"),
    # Feature: end_between — level — diplômée de l'École des métiers du développement solidaire
    # ambiguous: a private school's diploma, its length and level not said: the degree level stays open
    # read: 2027-03-08 → 2027-04-09: the internship ended about 22 March, over when read
    # route: «dans quinze jours» from 8 March is 22 March (over on 9 April); a diploma of 2026 of no known level → bac_plus null of 2026, degree_level open → to_verify
    N("end_between", "level", "diplômée de l'École des métiers du développement solidaire", M(
        "Clémentine Adjaoud <clementine.adjaoud@gmail.com>", "Pro'pulse", "2027-03-08 10:30",
        """Bonjour,

Je suis diplômée de l'École des métiers du développement solidaire (promotion 2026) et mon stage chez un opérateur de microcrédit s'arrête dans quinze jours. Je cherche un emploi de chargée d'accompagnement dans une structure de l'ESS.

Merci de votre attention,
Clémentine Adjaoud
06 51 27 93 40""",
        app("Clémentine", "Adjaoud", phone="+33651279340", bac=None, grad="2026", unknown=("degree_level",), status="clementine_ecole_privee_stage_quinze_jours"),
    ), read_on="2027-04-09"),
    # Feature: end_after — situation — mon service civique finit le 7 mai
    # read: 2027-03-08 → 2027-04-30: the service civique ends on 7 May, a week after the reading day
    # route: a licence of 2026, a service civique ending on 7 May, running on 30 April → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("end_after", "situation", "mon service civique finit le 7 mai", M(
        "Ruben Azoulay-Traoré <ruben.azoulay.traore@gmail.com>", "Pro'pulse après mon service civique", "2027-03-08 11:40",
        """Bonjour,

J'ai une licence de géographie (juin 2026) et mon service civique finit le 7 mai, à la fondation Abbé-Pierre. Je voudrais être accompagné pour trouver un emploi dans le logement d'insertion après.

Ruben Azoulay-Traoré
06 30 75 42 18""",
        app("Ruben", "Azoulay-Traoré", phone="+33630754218", bac=3, grad="2026-06", failing=("not_service_civique",), status="ruben_sc_7_mai_lu_30_avril"),
    ), read_on="2027-04-30"),
    # Feature: later_other_mail — kind — Peut-on suivre le programme à distance
    # read: 2027-03-08 → 2027-04-30: nothing that changes a question
    # route: a question on distance participation, no fact of the writer's own → question
    N("later_other_mail", "kind", "Peut-on suivre le programme à distance", M(
        "Guilhem Bousquet <guilhem.bousquet@gmail.com>", "Programme à distance ?", "2027-03-08 12:10",
        """Bonjour,

Peut-on suivre le programme à distance quand on habite en Occitanie ? Les ateliers sont-ils enregistrés ?

Merci !
Guilhem""",
        question(),
    ), read_on="2027-04-30"),
    # Feature: end_after — studies_finished — il me reste deux mois de stage de fin d'études
    # read: 2027-03-08 → 2027-04-23: the end-of-studies internship runs to about 8 May and the diploma comes in June
    # route: «deux mois» from 8 March is about 8 May, after the reading day: the end-of-studies internship running and the diploma ahead; an M1 of 2026 the last level → bac+4, graduation null, studies_finished and not_internship fail → not_eligible
    N("end_after", "studies_finished", "il me reste deux mois de stage de fin d'études", M(
        "Alizée Bissila <alizee.bissila@gmail.com>", "Inscription anticipée", "2027-03-08 13:00",
        """Bonjour,

En M2 Économie sociale et solidaire (M1 validé en 2026), il me reste deux mois de stage de fin d'études dans une CAE, puis la soutenance et le diplôme en juin. Je voudrais m'inscrire à Pro'pulse pour être prête à chercher un poste dans l'ESS cet été.

Alizée Bissila
07 62 19 38 45""",
        app("Alizée", "Bissila", phone="+33762193845", bac=4, grad=None, failing=("studies_finished", "not_internship"), status="alizee_stage_fin_etudes_deux_mois"),
    ), read_on="2027-04-23"),
    # Feature: start_between — situation — je commence ma mission le 1er avril, le contrat est signé
    # read: 2027-03-08 → 2027-03-08: nothing between
    # route: read on 8 March, the signed service civique starts on 1 April, after the reading day: not yet a situation; a BTS of 2026, an ESS job sought → bac+2 of 2026-07 → eligible
    N("start_between", "situation", "je commence ma mission le 1er avril, le contrat est signé", M(
        "Maxence Dagnogo <maxence.dagnogo@gmail.com>", "Candidature Pro'pulse", "2027-03-08 14:20",
        """Bonjour,

BTS Tourisme obtenu en juillet 2026. J'ai trouvé un service civique dans un office de tourisme associatif : je commence ma mission le 1er avril, le contrat est signé. En attendant je cherche aussi un emploi dans le tourisme social et solidaire, et je voudrais votre aide.

Maxence Dagnogo
06 47 30 81 29""",
        app("Maxence", "Dagnogo", phone="+33647308129", bac=2, grad="2026-07", status="maxence_sc_1er_avril_lu_8_mars"),
    )),
    # Feature: limit_crossing — graduation — diplômé en mai 2025
    # read: 2027-03-08 → 2027-03-08: nothing between
    # route: a licence of May 2025, read in March 2027: 22 months back, meets (and would in April too) → bac+3 of 2025-05 → eligible
    N("limit_crossing", "graduation", "diplômé en mai 2025", M(
        "Octave Andrianarivo <octave.andrianarivo@gmail.com>", "Pro'pulse - candidature", "2027-03-08 15:30",
        """Bonjour,

Diplômé en mai 2025 d'une licence de droit (parcours droit social), j'ai travaillé depuis en CDD courts dans des cabinets. Je veux maintenant rejoindre une association d'accès au droit ou un syndicat de locataires.

Cordialement,
Octave Andrianarivo
06 96 40 15 72""",
        app("Octave", "Andrianarivo", phone="+33696401572", bac=3, grad="2025-05", status="octave_licence_mai_2025"),
    )),
    # Feature: result_between — studies_finished — les résultats du DE tombent le 6 avril
    # read: 2027-03-08 → 2027-04-16: the results of 6 April are out, but unknown to us
    # route: the State diploma's exams taken, results on 6 April, between the Date and 16 April: unknown → bac+2, graduation null, studies_finished open → to_verify
    N("result_between", "studies_finished", "les résultats du DE tombent le 6 avril", M(
        "Jennifer Adeyemi-Lamy <jennifer.adeyemilamy@gmail.com>", "Candidature", "2027-03-08 16:45",
        """Bonjour,

J'ai passé mes dernières épreuves du diplôme d'État d'éducatrice de jeunes enfants (j'avais déjà un BTS depuis 2023), les résultats du DE tombent le 6 avril. Je cherche un poste en crèche associative ou parentale.

Jennifer Adeyemi-Lamy
06 82 57 14 93""",
        app("Jennifer", "Adeyemi-Lamy", phone="+33682571493", bac=2, grad=None, unknown=("studies_finished",), status="jennifer_resultats_de_6_avril"),
    ), read_on="2027-04-16"),
    # Feature: result_between — graduation — j'ai reçu ce matin mon attestation de réussite
    # read: 2027-03-08 → 2027-04-09: the ceremony of 2 April has taken place; the diploma was already obtained in March
    # route: the attestation received on 8 March proves the master obtained (March 2027), the ceremony of 2 April no obtention → bac+5 of 2027-03 → eligible
    N("result_between", "graduation", "j'ai reçu ce matin mon attestation de réussite", M(
        "Yaëlle Bensimon-Kane <yaelle.bensimon@gmail.com>", "Jeune diplômée - Pro'pulse", "2027-03-08 18:00",
        """Bonjour,

Bonne nouvelle : j'ai reçu ce matin mon attestation de réussite du master Économie de l'environnement (Montpellier). La remise officielle des diplômes est le 2 avril. Je cherche maintenant un poste dans une association de transition énergétique ; mon CV est joint.

Yaëlle Bensimon-Kane
06 19 84 27 60""",
        app("Yaëlle", "Bensimon-Kane", phone="+33619842760", bac=5, grad="2027-03", status="yaelle_attestation_recue_ceremonie_2_avril"),
        cv=CV("docx", "CV_Yaelle_Bensimon-Kane.docx", "Yaëlle Bensimon-Kane\nChargée de projets transition énergétique\nMaster Économie de l'environnement, de l'énergie et des transports, Université de Montpellier (2027)\nStage : Énergie Partagée, 6 mois (2026)\nBénévole : Alternatiba Montpellier"),
    ), read_on="2027-04-09"),
    # Feature: relative_past — aim — une grande entreprise du CAC 40
    # read: 2027-03-09 → 2027-03-22: nothing that changes the aim
    # route: a service civique ended «il y a deux semaines» (over), a licence of 2026, but the search is a big listed company alone → bac+3 of 2026-06, job_seeking_ess fails → not_eligible
    N("relative_past", "aim", "une grande entreprise du CAC 40", M(
        "Kévin Tran-Moreau <kevin.tran.moreau@gmail.com>", "Pro'pulse", "2027-03-09 08:10",
        """Bonjour,

J'ai fini mon service civique il y a deux semaines et j'ai une licence de gestion depuis juin 2026. Je vise un poste d'assistant RH dans une grande entreprise du CAC 40, et on m'a dit que vous faisiez du coaching pour les entretiens.

Kévin Tran-Moreau
07 26 43 59 81""",
        app("Kévin", "Tran-Moreau", phone="+33726435981", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="kevin_cac40_sc_deux_semaines"),
    ), read_on="2027-03-22"),
    # Feature: relative_past — graduation — BUT Carrières sociales obtenu le mois dernier
    # read: 2027-03-09 → 2027-03-22: «le mois dernier» of a mail of 9 March is February 2027, whatever the reading day
    # route: a BUT «le mois dernier» (February 2027, bac+3), a job in an association sought → bac+3 of 2027-02 → eligible
    N("relative_past", "graduation", "BUT Carrières sociales obtenu le mois dernier", M(
        "Naïa Etxeberria <naia.etxeberria@gmail.com>", "Candidature", "2027-03-09 09:30",
        """Bonjour,

BUT Carrières sociales obtenu le mois dernier (parcours éducation spécialisée, IUT de Bayonne), je cherche mon premier emploi dans une association d'aide sociale à l'enfance.

Je reste disponible,
Naïa Etxeberria
06 43 28 71 05""",
        app("Naïa", "Etxeberria", phone="+33643287105", bac=3, grad="2027-02", status="naia_but_mois_dernier"),
        html="only",
    ), read_on="2027-03-22"),
    # Feature: weekdays_yearless — level — titre professionnel de niveau 4 obtenu jeudi 4
    # read: 2027-03-09 → 2027-03-26: nothing that changes the level
    # route: «jeudi 4», past in a mail of 9 March, is 4 March 2027: a level-4 title (bac level), no higher diploma → bac+0 of 2027-03, degree_level fails → not_eligible
    N("weekdays_yearless", "level", "titre professionnel de niveau 4 obtenu jeudi 4", M(
        "Jordy Lacoste-Mendy <jordy.lacoste@laposte.net>", "inscription", "2027-03-09 10:40",
        """Bonjour,

J'ai mon titre professionnel de niveau 4 obtenu jeudi 4 (animateur loisirs tourisme), c'est l'équivalent du bac. Je voudrais travailler dans une association de loisirs pour enfants.

Jordy Lacoste-Mendy
06 28 15 70 34""",
        app("Jordy", "Lacoste-Mendy", phone="+33628157034", bac=0, grad="2027-03", failing=("degree_level",), status="jordy_titre_niveau_4_jeudi_4"),
    ), read_on="2027-03-26"),
    # Feature: weekdays_yearless — situation — je devrais commencer jeudi 1er une mission de service civique
    # ambiguous: a start on Thursday 1 April only expected («si ma visite médicale est validée»): whether she is a volunteer on the reading day stays open
    # read: 2027-03-09 → 2027-04-16: «jeudi 1er», coming in a mail of 9 March, is 1 April: the hoped start falls before the reading day
    # route: a licence of 2026, a service civique she should start on Thursday 1 April if the medical check passes: not certain → bac+3 of 2026-06, not_service_civique open → to_verify
    N("weekdays_yearless", "situation", "je devrais commencer jeudi 1er une mission de service civique", M(
        "Lisa-Marie Ezeagu <lisamarie.ezeagu@gmail.com>", "Question inscription", "2027-03-09 11:50",
        """Bonjour,

Licence de biologie en juin 2026. Je devrais commencer jeudi 1er une mission de service civique dans un jardin pédagogique, si ma visite médicale est validée. Je cherche aussi un emploi dans l'éducation à l'environnement.

Lisa-Marie Ezeagu
07 40 63 18 52""",
        app("Lisa-Marie", "Ezeagu", phone="+33740631852", bac=3, grad="2026-06", unknown=("not_service_civique",), status="lisamarie_sc_jeudi_1er_espere"),
    ), read_on="2027-04-16"),
    # Feature: later_other_mail — kind — je suis de retour mardi 23 mars
    # read: 2027-03-09 → 2027-04-02: the return day has passed; still an auto-reply
    # route: an out-of-office (Auto-Submitted) of a partner, nobody applies → auto_reply
    N("later_other_mail", "kind", "je suis de retour mardi 23 mars", M(
        "Anne-Sophie Quintard <as.quintard@uriopss-paca.example.org>", "Réponse automatique : Pro'pulse - comité de suivi", "2027-03-09 12:05",
        """Bonjour,

En déplacement, je suis de retour mardi 23 mars. Pour le comité de suivi, merci de voir avec ma collègue Laure (l.bonnafous@uriopss-paca.example.org).

Anne-Sophie Quintard""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — je vous confirme ma venue au comité
    # read: 2027-03-09 → 2027-03-22: the committee has met; still a reply in our thread
    # route: a partner's answer in our thread (In-Reply-To, our mail quoted) → reply
    N("later_other_mail", "kind", "je vous confirme ma venue au comité", M(
        "Laurent Messaoudi <l.messaoudi@mouvement-associatif-hdf.example.org>", "Re: Comité de suivi Pro'pulse - 18 mars", "2027-03-09 12:20",
        """Bonjour,

Je vous confirme ma venue au comité du 18 mars.

Laurent Messaoudi

Le 8 mars 2027 à 16:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour à toutes et à tous,
> Le prochain comité de suivi de Pro'pulse aura lieu le jeudi 18 mars à 10h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<comite-2027-03-08-1640@animafac.net>"},
    ), read_on="2027-03-22"),
    # Feature: planned_steps — studies_finished — mes cours se terminent le 26 mars, puis le jury le 14 avril
    # read: 2027-03-09 → 2027-04-16: the courses are over and the jury of 14 April has sat, its decision unknown to us
    # route: every step of the licence pro between the Date and 16 April, the jury's result not told → bac+2, graduation null, studies_finished open → to_verify
    N("planned_steps", "studies_finished", "mes cours se terminent le 26 mars, puis le jury le 14 avril", M(
        "Théo Bianchi-Ndour <theo.bianchi.ndour@gmail.com>", "Pro'pulse", "2027-03-09 13:10",
        """Bonjour,

En licence pro Gestion des organisations de l'ESS (après un DUT en 2025) : mes cours se terminent le 26 mars, puis le jury le 14 avril, et je n'ai pas de stage à faire. Je cherche un emploi d'assistant de gestion dans une association dès le mois d'avril.

Théo Bianchi-Ndour
06 85 20 46 17""",
        app("Théo", "Bianchi-Ndour", phone="+33685204617", bac=2, grad=None, unknown=("studies_finished",), status="theo_cours_26_mars_jury_14_avril"),
    ), read_on="2027-04-16"),
    # Feature: planned_steps — situation — ensuite je dois commencer un stage en avril mais rien n'est signé
    # ambiguous: an internship of April only planned («rien n'est signé»): whether she is in internship on the reading day stays open
    # read: 2027-03-09 → 2027-04-09: the service civique is over; the April internship may or may not have begun
    # route: a service civique ending on 31 March (over on 9 April), an internship planned in April, not signed → bac+3 of 2026, not_internship open → to_verify
    N("planned_steps", "situation", "ensuite je dois commencer un stage en avril mais rien n'est signé", M(
        "Mélissandre Cotonou-Robin <melissandre.cr@gmail.com>", "Renseignements Pro'pulse", "2027-03-09 14:30",
        """Bonjour,

Mon service civique finit le 31 mars, ensuite je dois commencer un stage en avril mais rien n'est signé. J'ai une licence d'histoire de l'art (2026) et je voudrais surtout un emploi dans une association du patrimoine.

Mélissandre Cotonou-Robin
06 54 71 93 28""",
        app("Mélissandre", "Cotonou-Robin", phone="+33654719328", bac=3, grad="2026", unknown=("not_internship",), status="melissandre_sc_31_mars_stage_avril_pas_signe"),
    ), read_on="2027-04-09"),
    # Feature: written_for_later — career_change — ancien cadre bancaire pendant quinze ans
    # read: 2027-03-09 → 2027-03-09: nothing between
    # route: an adviser presents a man (his address given, never the adviser's): fifteen years a bank manager, a master of February 2027 taken to retrain → bac+5 of 2027-02, not_career_change fails → not_eligible
    N("written_for_later", "career_change", "ancien cadre bancaire pendant quinze ans", M(
        "Delphine Marchal <delphine.marchal@apec-lyon.example.fr>", "Orientation : M. Serge Yapo-Brou", "2027-03-09 15:40",
        """Bonjour,

Je vous oriente M. Serge Yapo-Brou, ancien cadre bancaire pendant quinze ans, qui a obtenu en février un master Management de l'ESS pour se reconvertir. Il cherche un poste de directeur financier dans une association. Son CV est joint.

Contact : serge.yapobrou@gmail.com, 06 12 80 59 43.

Delphine Marchal
Consultante, Apec Lyon""",
        app("Serge", "Yapo-Brou", phone="+33612805943", bac=5, grad="2027-02", failing=("not_career_change",), email="serge.yapobrou@gmail.com", forwarded_by="delphine.marchal@apec-lyon.example.fr", status="serge_cadre_bancaire_par_apec"),
        cv=CV("pdf", "CV_Serge_Yapo-Brou.pdf", "Serge Yapo-Brou\nDirection administrative et financière\nMaster Management de l'ESS, février 2027\n2010-2025 : cadre bancaire, Crédit régional (chargé d'affaires, puis directeur d'agence)\nBénévole trésorier, association Lyon Entraide"),
    )),
    # Feature: english_later — situation — my placement finished on the 26th
    # read: 2027-03-09 → 2027-03-22: nothing that changes an end already past
    # route: «on the 26th», past in a mail of 9 March, is 26 February: the internship is over; an MA of 2026, an NGO job sought → bac+5 of 2026-09 → eligible
    N("english_later", "situation", "my placement finished on the 26th", M(
        "Dmitri Volkonsky-Hale <dmitri.volkonsky.hale@gmail.com>", "Pro'pulse - application", "2027-03-09 16:50",
        """Dear Pro'pulse team,

I completed an MA in Migration Studies at the University of Amsterdam in September 2026, and my placement finished on the 26th (six months with a refugee-support association in Strasbourg). I am now looking for a job in the French voluntary sector.

Best wishes,
Dmitri Volkonsky-Hale
+33 6 71 58 24 03""",
        app("Dmitri", "Volkonsky-Hale", phone="+33671582403", bac=5, grad="2026-09", language="en", status="dmitri_placement_finished_26th"),
    ), read_on="2027-03-22"),
    # Feature: english_later — graduation — I got my master's degree in 2025
    # ambiguous: a master's «in 2025», no month: read in March 2027 it is 15 to 26 months back, the limit met or not by its month
    # read: 2027-03-09 → 2027-03-22: still March: a year alone 2025 stays open
    # route: a master's of 2025 only, a job in a social enterprise sought → bac+5 of 2025, graduation_recent open → to_verify
    N("english_later", "graduation", "I got my master's degree in 2025", M(
        "Chiara Benedetti-Osei <chiara.benedetti.osei@gmail.com>", "Question about joining", "2027-03-09 17:40",
        """Hello,

I got my master's degree in 2025 (Sustainable Development, University of Bologna) and have been working part-time in a hotel since then to pay the rent. I would now like to find a real job in a social enterprise or an environmental association in France.

Could I join your programme?

Chiara Benedetti-Osei
+33 7 22 60 91 47""",
        app("Chiara", "Benedetti-Osei", phone="+33722609147", bac=5, grad="2025", unknown=("graduation_recent",), language="en", status="chiara_master_2025_read_22_march"),
    ), read_on="2027-03-22"),
    # Feature: later_other_mail — kind — Undeliverable: Pro'pulse - votre rendez-vous
    # read: 2027-03-09 → 2027-03-09: nothing between
    # route: a delivery failure (multipart/report) of our mail, the mailbox full → bounce
    N("later_other_mail", "kind", "Undeliverable: Pro'pulse - votre rendez-vous", M(
        "Microsoft Outlook <postmaster@outlook.example.com>", "Undeliverable: Pro'pulse - votre rendez-vous", "2027-03-09 18:20",
        """Delivery has failed to these recipients or groups:

rayan.benhamou@outlook.fr
The recipient's mailbox is full and can't accept messages now.""",
        bounce("rayan.benhamou@outlook.fr"),
        bounce="""Reporting-MTA: dns; outlook.example.com
Final-Recipient: rfc822; rayan.benhamou@outlook.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    )),
    # Feature: later_other_mail — kind — Compte rendu du salon Jeunes et solidaires
    # read: 2027-03-09 → 2027-04-16: nothing that changes a partner's report
    # route: a partner's report on a fair, its figures are nobody's application → other
    N("later_other_mail", "kind", "Compte rendu du salon Jeunes et solidaires", M(
        "Fatoumata Keïta-Brun <f.keita-brun@ligue-enseignement-93.example.org>", "Compte rendu du salon Jeunes et solidaires", "2027-03-09 19:10",
        """Bonjour,

Voici le compte rendu du salon Jeunes et solidaires du 6 mars : 240 visiteurs, dont une soixantaine de jeunes diplômé·es intéressé·es par l'ESS. Plusieurs ont pris vos plaquettes, vous recevrez peut-être leurs candidatures.

Merci encore pour votre stand !
Fatoumata Keïta-Brun""",
        other(),
    ), read_on="2027-04-16"),
    # Feature: later_other_mail — kind — une convention de partenariat pour 2027-2028
    # read: 2027-03-09 → 2027-04-23: nothing that changes a partner's proposal
    # route: a training body proposes a partnership to the team, nobody applies → other
    N("later_other_mail", "kind", "une convention de partenariat pour 2027-2028", M(
        "Rodolphe Vasseur-Kamga <r.vasseur-kamga@institut-formation-ess.example.org>", "Partenariat formation", "2027-03-09 21:00",
        """Bonjour,

L'Institut de formation aux métiers de l'ESS aimerait signer avec Animafac une convention de partenariat pour 2027-2028 : des places réservées dans nos modules courts pour les participant·es de Pro'pulse.

Seriez-vous disponibles pour en parler en avril ?

Rodolphe Vasseur-Kamga
Directeur du développement""",
        other(),
    ), read_on="2027-04-23"),
]
