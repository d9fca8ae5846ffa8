"""Chronology corpus, batch 03 (writer A): paths told as an undated sequence (first… then… finally, the
last step today's state or not), an ending told before its beginning (an internship just over, a
dissertation handed in with its defence ahead, a mission ending these days, a contract ended before a
licence pro), and a dated list or timeline in the body (an open range that runs, a list out of order, a year
range ending in 2024, a private bachelor on a line); other mail in those orders (an auto-reply of a training
then a leave, a question about a sequence of plans, a reply in our thread after a CDD, a mutuelle's
attestation of an internship, a programme's calendar, a delivery log)."""
# ruff: noqa: E501

from __future__ import annotations

from chronology import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: sequence_words — level — D'abord un bac pro commerce, ensuite le BPJEPS
    # order: «d'abord bac pro» → «ensuite BPJEPS» → «puis une première année de BTS arrêtée» → «enfin animateur depuis un an» = the sequence never reaches a bac+2: the highest is a level-4 title → fails degree_level → not eligible
    N("sequence_words", "level", "D'abord un bac pro commerce, ensuite le BPJEPS", M(
        "Alexandre Bouvier <alex.bouvier@example.fr>", "candidature pro'pulse", "02 17:05",
        """Bonjour,

D'abord un bac pro commerce, ensuite le BPJEPS Animation sociale, puis une première année de BTS que j'ai arrêtée en cours de route. Enfin, depuis un an, animateur dans un centre de loisirs associatif.

Je voudrais évoluer vers un poste de coordination dans une association.

Alexandre Bouvier
06 52 18 44 07""",
        app("Alexandre", "Bouvier", phone="+33652184407", bac=0, grad=None, failing=("degree_level",), status="bac_pro_bpjeps_bts_arrete"),
    )),
    # Feature: sequence_words — aim — enfin, depuis septembre, je postule
    # order: «d'abord licence» → «ensuite M1» → «puis M2 validé en juin» → «enfin, depuis septembre, je postule» = the last step is today's search in the ESS → meets job_seeking_ess → eligible
    N("sequence_words", "aim", "enfin, depuis septembre, je postule", M(
        "Apolline Leroy <apolline.leroy@example.org>", "Candidature — Apolline Leroy", "03 09:58",
        """Bonjour,

D'abord une licence de droit à Lille, ensuite un M1 de droit social, puis le M2 Droit de l'économie sociale et solidaire, validé en juin dernier. Et enfin, depuis septembre, je postule dans des mutuelles, des coopératives et des fédérations pour un poste de juriste.

Je serais ravie que Pro'pulse m'accompagne dans cette dernière étape.

Cordialement,
Apolline Leroy
07 84 09 51 32""",
        app("Apolline", "Leroy", phone="+33784095132", bac=5, grad="2026-06", status="m2_droit_ess_postule_depuis_sept"),
    )),
    # Feature: sequence_words — career_change — puis plombier chauffagiste pendant dix ans
    # order: «d'abord l'apprentissage» → «puis plombier chauffagiste dix ans» → «ensuite un bilan» → «enfin la licence pro en 2026» = the diploma comes last, after ten years of a trade → fails not_career_change → not eligible
    N("sequence_words", "career_change", "puis plombier chauffagiste pendant dix ans", M(
        "Émeric Haddou <emeric.haddou@example.net>", "Candidature programme Pro'pulse", "04 12:44",
        """Bonjour,

D'abord l'apprentissage, puis plombier chauffagiste pendant dix ans dans une entreprise de Valence. Ensuite un bilan de compétences, qui m'a ouvert les yeux sur la rénovation énergétique solidaire. Enfin la licence pro Maîtrise de l'énergie, obtenue en 2026.

Je cherche un poste de conseiller en rénovation dans une association ou une SCIC de lutte contre la précarité énergétique.

Émeric Haddou
04 75 81 62 30""",
        app("Émeric", "Haddou", phone="+33475816230", bac=3, grad="2026", failing=("not_career_change",), status="plombier_dix_ans_lp_energie"),
    )),
    # Feature: sequence_words — graduation — après quoi un an de service civique
    # ambiguous: the sequence DUT, licence pro, a year of service civique, the search, carries no date at all: the licence pro may be of 2025 or of 2023 — a coordinator must ask
    # order: «d'abord DUT» → «ensuite licence pro» → «après quoi un an de service civique» → «enfin la recherche» = an undated sequence gives the licence no year → graduation_recent unknown → to verify
    N("sequence_words", "graduation", "après quoi un an de service civique", M(
        "Inès Fabre <ines.fabre@example.com>", "Candidature", "05 15:15",
        """Bonjour,

Mon parcours : d'abord un DUT Information-communication, ensuite une licence pro Métiers de la communication dans l'ESS, après quoi un an de service civique au sein d'un réseau de jardins partagés. Et enfin la recherche d'emploi, où j'en suis aujourd'hui : chargée de communication dans une association.

Inès Fabre
06 19 47 82 53""",
        app("Inès", "Fabre", phone="+33619478253", bac=3, grad=None, unknown=("graduation_recent",), status="dut_lp_sc_sans_dates"),
    )),
    # Feature: sequence_words — situation — puis, depuis octobre, un stage au Mouvement associatif
    # order: «d'abord master juin 2026» → «ensuite l'été» → «puis, depuis octobre, un stage jusqu'en mars» → «enfin je vous écris» = the last state is an internship running → fails not_internship → not eligible
    N("sequence_words", "situation", "puis, depuis octobre, un stage au Mouvement associatif", M(
        "Jules Caron <jules.caron@example.fr>", "Candidature Pro'pulse — Jules Caron", "06 11:11",
        """Bonjour,

D'abord le master Sciences politiques (juin 2026), ensuite un été à souffler, puis, depuis octobre, un stage au Mouvement associatif, jusqu'en mars, sur le plaidoyer pour l'emploi associatif. Enfin je vous écris, pour préparer l'après-stage.

Jules Caron
06 63 28 14 90""",
        app("Jules", "Caron", phone="+33663281490", bac=5, grad="2026-06", failing=("not_internship",), status="master_puis_stage_mouvement_asso_mars"),
    )),
    # Feature: sequence_words — career_change — d'abord caissière six mois après le bac
    # order: «d'abord caissière six mois» → «ensuite BTS» → «après quoi licence pro 2025» = the job was six months before the studies, no trade → meets not_career_change → eligible
    N("sequence_words", "career_change", "d'abord caissière six mois après le bac", M(
        "Kenza Labidi <kenza.labidi@example.net>", "Candidature", "07 18:48",
        """Bonjour,

J'ai été d'abord caissière six mois après le bac, le temps de savoir quoi faire. Ensuite BTS Négociation et digitalisation de la relation client, après quoi la licence pro Commerce équitable, validée en 2025.

Je cherche un poste dans une coopérative de commerce équitable ou une épicerie solidaire.

Kenza Labidi
07 21 66 83 05""",
        app("Kenza", "Labidi", phone="+33721668305", bac=3, grad="2025", status="caissiere_six_mois_bts_lp_2025"),
    )),
    # Feature: sequence_words — studies_finished — enfin la soutenance, le 30 septembre
    # order: «d'abord les cours, fin avril» → «ensuite le stage» → «puis le mémoire» → «enfin la soutenance, le 30 septembre, admis» = the sequence ends with the defence passed → meets studies_finished → eligible
    N("sequence_words", "studies_finished", "enfin la soutenance, le 30 septembre", M(
        "Hugo Baron <hugo.baron@example.org>", "candidature master ESS", "08 10:26",
        """Bonjour,

Mon master Économie sociale et solidaire s'est déroulé ainsi cette année : d'abord les cours, jusqu'à fin avril ; ensuite le stage, dans une SCOP d'architecture ; puis le mémoire ; enfin la soutenance, le 30 septembre, où j'ai été admis.

Je cherche un poste de chargé de développement coopératif.

Hugo Baron
06 90 13 72 48""",
        app("Hugo", "Baron", phone="+33690137248", bac=5, grad="2026-09", status="master_ess_soutenance_30_sept"),
        html="only",
    )),
    # Feature: sequence_words — kind — d'abord en formation jusqu'au 30 novembre, puis en congé
    # order: «d'abord formation» → «puis congé» → «retour le 7» = an absence told in sequence, no application → kind auto_reply
    N("sequence_words", "kind", "d'abord en formation jusqu'au 30 novembre, puis en congé", M(
        "Hélène Castel <h.castel@example.org>", "Réponse automatique : partenariat", "14 08:31",
        """Bonjour, je suis d'abord en formation jusqu'au 30 novembre, puis en congé jusqu'au 4 décembre. Je traiterai votre message à mon retour, le lundi 7. Hélène Castel, FRANCE ACTIVE""",
        auto_reply(),
    )),
    # Feature: sequence_words — kind — d'abord finir son stage, ensuite candidater
    # order: «first finish, then apply?» = a general question with no name, diploma nor date → kind question
    N("sequence_words", "kind", "d'abord finir son stage, ensuite candidater", M(
        "<futur.candidat@example.net>", "Ordre des étapes", "15 21:04",
        """Bonjour,

Faut-il d'abord finir son stage, ensuite candidater chez vous, ou peut-on envoyer son dossier avant la fin ? Et après quoi commence l'accompagnement : tout de suite, ou à une date fixe ?

Merci""",
        question(),
    )),
    # Feature: end_before_start — situation — vient de se terminer, le 20 novembre
    # order: «end first: stage fini le 20 novembre» ← «commencé en mai» ← «master septembre» = the ending told first is past → meets not_internship → eligible
    N("end_before_start", "situation", "vient de se terminer, le 20 novembre", M(
        "Laetitia Bernard <laetitia.bernard@example.fr>", "Candidature Pro'pulse", "21 09:17",
        """Bonjour,

Mon stage à la coopérative d'activité et d'emploi de Lyon vient de se terminer, le 20 novembre. Je l'avais commencé en mai, pendant la dernière ligne droite de mon master Entrepreneuriat social, que j'ai validé en septembre.

Je cherche un poste de chargée d'accompagnement d'entrepreneurs dans une CAE ou une couveuse.

Laetitia Bernard
04 78 26 53 11""",
        app("Laetitia", "Bernard", phone="+33478265311", bac=5, grad="2026-09", status="stage_cae_fini_20_novembre"),
    )),
    # Feature: end_before_start — studies_finished — J'ai rendu mon mémoire vendredi dernier
    # order: «end first: mémoire rendu vendredi» ← «master commencé il y a deux ans» → «soutenance en janvier» = handing in is not defending: the defence is ahead → fails studies_finished → not eligible
    N("end_before_start", "studies_finished", "J'ai rendu mon mémoire vendredi dernier", M(
        "Dorian Ferrari <dorian.ferrari@example.com>", "candidature", "16 13:02",
        """Bonjour,

J'ai rendu mon mémoire vendredi dernier ! Le master Gestion des territoires avait commencé il y a deux ans, et j'avoue que je ne voyais plus le bout. La soutenance devrait être fixée en janvier.

Je cherche un poste de chargé de mission développement local dans une association ou un pays.

Dorian Ferrari
06 37 84 20 51""",
        app("Dorian", "Ferrari", phone="+33637842051", bac="*", grad=None, failing=("studies_finished",), status="memoire_rendu_soutenance_janvier"),
    )),
    # Feature: end_before_start — situation — Ma mission de service civique chez Emmaüs prend fin ces jours-ci
    # ambiguous: the mission ends «ces jours-ci» with no day: over or still running on 26 November — a coordinator must ask
    # order: «end first: la mission prend fin ces jours-ci» ← «elle avait commencé en mars» = an ending this week with no day → not_service_civique unknown → to verify
    N("end_before_start", "situation", "Ma mission de service civique chez Emmaüs prend fin ces jours-ci", M(
        "Awa Guindo <awa.guindo@example.net>", "candidature Awa Guindo", "17 20:40",
        """Bonjour,

Ma mission de service civique chez Emmaüs prend fin ces jours-ci ; elle avait commencé en mars, trois mois avant que j'obtienne mon BTS Management commercial opérationnel, en juin 2026.

Je voudrais continuer dans le réemploi solidaire, comme vendeuse ou responsable de boutique.

Awa Guindo
07 46 02 38 71""",
        app("Awa", "Guindo", phone="+33746023871", bac=2, grad="2026-06", unknown=("not_service_civique",), status="sc_emmaus_fin_ces_jours_ci"),
    )),
    # Feature: end_before_start — graduation — vient de s'achever avec la soutenance de juillet
    # order: «end first: master achevé, soutenance de juillet» ← «commencé en 2022, en reprise, à mi-temps» = the diploma is dated by its end, not its start → meets graduation_recent → eligible
    N("end_before_start", "graduation", "vient de s'achever avec la soutenance de juillet", M(
        "Lucie Gomez <lucie.gomez@example.org>", "Candidature Pro'pulse — Lucie Gomez", "10 11:38",
        """Bonjour,

Mon master Politiques de l'enfance vient de s'achever avec la soutenance de juillet. Je l'avais commencé en 2022, à mi-temps, en gardant des heures de baby-sitting à côté : quatre ans au lieu de deux.

Je cherche un poste de coordinatrice petite enfance dans une association ou une crèche parentale.

Lucie Gomez
06 86 50 27 14""",
        app("Lucie", "Gomez", phone="+33686502714", bac=5, grad="2026-07", status="master_commence_2022_soutenu_juillet"),
    )),
    # Feature: end_before_start — level — Ma deuxième année de licence s'est interrompue en février
    # order: «end first: L2 interrompue en février» ← «entamée après une L1 validée» = the course ended without its diploma: only a first year → fails degree_level → not eligible
    N("end_before_start", "level", "Ma deuxième année de licence s'est interrompue en février", M(
        "Killian Dubreuil <killian.dubreuil@example.fr>", "Pro'pulse candidature", "11 16:03",
        """Bonjour,

Ma deuxième année de licence s'est interrompue en février, pour des raisons de santé ; je l'avais entamée après une L1 d'histoire validée à Caen. Je vais mieux et je voudrais travailler, dans une association culturelle ou de patrimoine.

Killian Dubreuil
02 31 47 95 08""",
        app("Killian", "Dubreuil", phone="+33231479508", bac=1, grad=None, failing=("degree_level",), status="l2_interrompue_fevrier_l1"),
    )),
    # Feature: end_before_start — career_change — je l'avais pris quelque temps après mon bac
    # ambiguous: the secretary's contract ended before the licence pro, but it began «quelque temps après mon bac», whose year is not given: a few months or many years — a coordinator must ask
    # order: «end first: contrat fini à l'été 2025» ← «pris quelque temps après mon bac» → «licence pro cette année» = the trade's length depends on a start never dated → not_career_change unknown → to verify
    N("end_before_start", "career_change", "je l'avais pris quelque temps après mon bac", M(
        "Zineb Achour <zineb.achour@example.com>", "Candidature", "12 12:57",
        """Bonjour,

Mon contrat de secrétaire médicale a pris fin à l'été 2025, juste avant ma licence pro Gestion des structures sanitaires et sociales, que j'ai obtenue en juin 2026. Ce poste, je l'avais pris quelque temps après mon bac.

Je cherche aujourd'hui un poste d'assistante de direction dans une association du médico-social.

Zineb Achour
06 70 32 91 85""",
        app("Zineb", "Achour", phone="+33670329185", bac=3, grad="2026-06", unknown=("not_career_change",), status="secretaire_medicale_fin_ete_2025_lp"),
    )),
    # Feature: end_before_start — kind — Mon CDD s'est terminé hier
    # order: «end first: CDD ended yesterday» ← «begun in June» = a reply in our thread with news since our mail, no application → kind reply
    N("end_before_start", "kind", "Mon CDD s'est terminé hier", M(
        "Baptiste Hamon <baptiste.hamon@example.org>", "Re: Votre candidature Pro'pulse", "25 10:05",
        """Bonjour Madame,

Comme convenu, je reviens vers vous : mon CDD s'est terminé hier ; il avait commencé en juin, et je suis donc disponible pour l'atelier collectif du 3 décembre.

Bien à vous,
Baptiste Hamon

> Bonjour Baptiste, recontactez-nous à la fin de votre contrat pour fixer l'atelier.""",
        reply(),
        headers={"In-Reply-To": "<atelier-1203.hamon@animafac.net>", "References": "<atelier-1203.hamon@animafac.net>"},
    )),
    # Feature: end_before_start — kind — s'est terminé le 15 novembre ; il avait commencé le 12 mai
    # order: «end first: stage fini le 15 novembre» ← «commencé en mai» = a mutuelle sending an internship's attestation, no application → kind other
    N("end_before_start", "kind", "s'est terminé le 15 novembre ; il avait commencé le 12 mai", M(
        "Mutuelle Solidarité Santé — RH <rh@example.org>", "Attestation de fin de stage", "19 15:30",
        """Bonjour,

À la demande de l'intéressée, nous vous confirmons que le stage de notre stagiaire, Mme Camille D., s'est terminé le 15 novembre ; il avait commencé le 12 mai. Vous trouverez l'attestation signée ci-jointe.

Le service des ressources humaines""",
        other(),
    )),
    # Feature: timeline_layout — aim — sept. 2026 – : conseiller clientèle en CDI
    # order: «sept. 2026 – : CDI conseiller clientèle, je compte y rester» / «2026 : master» / «2021 : bac» = the open range runs and the writer keeps it; the ESS only «un jour» → fails job_seeking_ess → not eligible
    N("timeline_layout", "aim", "sept. 2026 – : conseiller clientèle en CDI", M(
        "Adrien Blanchard <adrien.blanchard@example.net>", "Pro'pulse : renseignement et candidature", "03 20:20",
        """Bonjour,

Mon parcours en bref :
- sept. 2026 – : conseiller clientèle en CDI dans une banque de réseau, à Orléans
- 2026 : master Monnaie, banque, finance
- 2021 : bac ES

Le poste me plaît et je compte y rester quelques années. Mais un jour, j'aimerais rejoindre la finance solidaire : votre programme pourrait-il m'y préparer ?

Adrien Blanchard
02 38 54 19 62""",
        app("Adrien", "Blanchard", phone="+33238541962", bac=5, grad="2026", failing=("job_seeking_ess",), status="cdi_banque_depuis_sept_un_jour_ess"),
    )),
    # Feature: timeline_layout — graduation — 2024 – 2026 : master Urbanisme et aménagement
    # order: list out of order «2024 – 2026 : master» / «2019 : bac» / «2021 – 2024 : licence» = the master's line ends in 2026 wherever it stands → meets graduation_recent → eligible
    N("timeline_layout", "graduation", "2024 – 2026 : master Urbanisme et aménagement", M(
        "Eugénie Colin <eugenie.colin@example.fr>", "Candidature — Eugénie Colin", "05 08:43",
        """Bonjour,

Voici mon parcours :
2024 – 2026 : master Urbanisme et aménagement, Lille (diplômée en juin)
2019 : bac général
2021 – 2024 : licence de géographie

Je cherche un poste de chargée de mission habitat participatif dans une association ou une coopérative d'habitants.

Eugénie Colin
03 20 94 61 07""",
        app("Eugénie", "Colin", phone="+33320946107", bac=5, grad="2026-06", status="liste_desordre_master_2026"),
    )),
    # Feature: timeline_layout — situation — 2025 – : volontaire, Secours catholique
    # ambiguous: the open-ended line says «volontaire» in an indemnified mission of 24 hours a week whose kind is never named: a service civique running today or a bénévolat — a coordinator must ask
    # order: «2025 – : volontaire, mission indemnisée» / «2025 : BTS ESF» / «2023 : bac» = the open range runs today, but its kind is not said → not_service_civique unknown → to verify
    N("timeline_layout", "situation", "2025 – : volontaire, Secours catholique", M(
        "Farès Lounis <fares.lounis@example.com>", "candidature", "07 13:33",
        """Bonjour,

2025 – : volontaire, Secours catholique de Marseille (mission indemnisée, 24 h par semaine, accueil de jour)
2025 : BTS Économie sociale familiale, lycée Marie-Curie
2023 : bac ST2S

Je cherche un poste de conseiller en économie sociale familiale dans une association de logement.

Farès Lounis
06 44 17 92 38""",
        app("Farès", "Lounis", phone="+33644179238", bac=2, grad="2025", unknown=("not_service_civique",), status="volontaire_indemnise_depuis_2025_bts_esf"),
    )),
    # Feature: timeline_layout — situation — oct. 2026 – : stagiaire
    # order: «oct. 2026 – : stagiaire, fédération des centres sociaux» / «juin 2026 : master» = the open-ended line runs today → fails not_internship → not eligible
    N("timeline_layout", "situation", "oct. 2026 – : stagiaire", M(
        "Garance Hubert <garance.hubert@example.org>", "Candidature Pro'pulse", "09 17:12",
        """Bonjour,

oct. 2026 – : stagiaire, Fédération des centres sociaux du Rhône (chargée d'études)
juin 2026 : master Sociologie, Lyon 2
2024 : licence de sociologie

J'aimerais être accompagnée vers un premier emploi dans une fédération ou une association.

Garance Hubert
04 72 61 38 90""",
        app("Garance", "Hubert", phone="+33472613890", bac=5, grad="2026-06", failing=("not_internship",), status="stagiaire_depuis_oct_master_juin"),
        html="only",
    )),
    # Feature: timeline_layout — level — 2026 : Bachelor Responsable de projets solidaires
    # ambiguous: the diploma on the line is a private school's «bachelor» with no level nor RNCP title said: bac+3 or not — a coordinator must ask
    # order: «2026 : Bachelor, école privée» / «2023 : bac» = the line gives the date, not the level → degree_level unknown → to verify
    N("timeline_layout", "level", "2026 : Bachelor Responsable de projets solidaires", M(
        "Hakim Bensaïd <hakim.bensaid@example.net>", "Candidature Pro'pulse", "11 10:09",
        """Bonjour,

2026 : Bachelor Responsable de projets solidaires (école privée, Paris)
2023 : bac STMG

Je cherche un poste de chargé de projets dans une association de solidarité internationale ou une ONG.

Hakim Bensaïd
07 59 28 41 63""",
        app("Hakim", "Bensaïd", phone="+33759284163", bac="*", grad="2026", unknown=("degree_level",), status="bachelor_prive_2026"),
    )),
    # Feature: timeline_layout — situation — 09/2025 – 06/2026 : service civique, Unis-Cité
    # order: «09/2025 – 06/2026 : service civique» / «2025 : DUT» = the range is closed in June: the mission is over → meets not_service_civique → eligible
    N("timeline_layout", "situation", "09/2025 – 06/2026 : service civique, Unis-Cité", M(
        "Isaure Lebrun <isaure.lebrun@example.com>", "Candidature — Isaure Lebrun", "13 14:14",
        """Bonjour,

Je me permets de vous adresser ma candidature, avec mon CV.

09/2025 – 06/2026 : service civique, Unis-Cité Bordeaux (programme Intergénérations)
2025 : DUT Carrières sociales, gestion urbaine
2023 : bac général

Je recherche un poste d'animatrice de quartier dans une association ou un bailleur social associatif.

Isaure Lebrun
+33 5 56 82 13 47""",
        app("Isaure", "Lebrun", phone="+33556821347", bac=2, grad="2025", status="sc_unis_cite_ferme_juin_dut_2025", info_in="both"),
        cv=CV("odt", "isaure_lebrun_cv.odt", """Isaure Lebrun
09/2025 – 06/2026 : volontaire en service civique, Unis-Cité Bordeaux
2025 : DUT Carrières sociales, option gestion urbaine, IUT Bordeaux-Montaigne
Compétences : animation de groupes, médiation, porte-à-porte"""),
    )),
    # Feature: timeline_layout — kind — janvier : ouverture des inscriptions
    # order: «janvier» / «mars» / «mai – juin» / «octobre», a dated calendar of the year to come = a network's newsletter, no application → kind newsletter
    N("timeline_layout", "kind", "janvier : ouverture des inscriptions", M(
        "Collectif Jeunes & ESS <infos@example.org>", "Calendrier 2027", "24 12:00",
        """CALENDRIER 2027 DU COLLECTIF

janvier : ouverture des inscriptions aux parcours découverte
mars : semaine de l'emploi coopératif
mai – juin : stages courts dans les structures adhérentes
octobre : mois de l'ESS

Vous recevez ce message car vous suivez nos activités. Désinscription en un clic.""",
        newsletter(),
    )),
    # Feature: timeline_layout — kind — 2026-11-22 04:12 first attempt
    # order: «04:12 first attempt» / «10:12 second» / «16:12 final attempt», a delivery log = a mail system's notice, no application → kind bounce
    N("timeline_layout", "kind", "2026-11-22 04:12 first attempt", M(
        "Mail Delivery Subsystem <postmaster@example.net>", "Delivery Status Notification (Failure)", "22 16:12",
        """Delivery log for your message « Votre inscription à l'atelier Pro'pulse »:

2026-11-22 04:12 first attempt — temporary failure
2026-11-22 10:12 second attempt — temporary failure
2026-11-22 16:12 final attempt — mailbox full, giving up

Recipient: e.lopez-garcia@example.fr""",
        bounce("e.lopez-garcia@example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; e.lopez-garcia@example.fr\nAction: failed\nStatus: 5.2.2",
    )),
]
