"""Repairs corpus, batch 07 (writer B): facts upgraded (an old licence topped by a recent master, a volunteer
who was a storeman for years, a part-time audit job grown to a CDI kept, a bac grown to a BTS, a bénévolat
grown to an indemnified volunteering of unsaid kind, a bénévole who is now in a service civique, an English
intern put on the payroll), facts renamed (a «stage» that was a CDD, «petits boulots» that were a trade of
nine years, a mission of two names, a «service civique» that was a PEC contract, a «formation courte» that is
a DU of a year, a Belgian graduat), and facts put right against what someone else says (an adviser's
referral saying «en stage», a CV's year, a prefilled form's ESS box, a LinkedIn title, a school's certificate
doubted, an adviser's «terminé»); other mail repairing too (an out-of-office extended, questions, an employer
renaming a post, a reply in our thread correcting our reply, a school correcting a certificate)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, other, question, reply
from repairs import N

MESSAGES = [
    # Feature: upgrade — graduation — sans compter un master depuis juillet
    # repair: «une licence de 2022» → «sans compter un master depuis juillet 2026» = the most recent diploma is a master of July 2026 → meets graduation_recent → eligible
    N("upgrade", "graduation", "sans compter un master depuis juillet", M(
        "Margaux Vidal-Ngom <margaux.vng@example.org>", "Candidature Pro'pulse", "02 11:15",
        """Bonjour,

J'ai une licence de LEA obtenue en 2022, sans compter un master depuis juillet dernier : master Coopération internationale et ONG, Lyon 2, diplômée en juillet 2026.

Je cherche un poste de chargée de projets dans une association de solidarité internationale, idéalement sur le Maghreb.

Margaux Vidal-Ngom
06 28 41 97 53""",
        app("Margaux", "Vidal-Ngom", phone="+33628419753", bac=5, grad="2026-07", status="b_licence_2022_master_2026"),
    )),
    # Feature: upgrade — career_change — pas seulement bénévole : j'y étais salarié
    # repair: «bénévole à la banque alimentaire» → «pas seulement bénévole : j'y étais salarié, magasinier à temps plein de 2017 à 2024, avant ma licence pro» = seven years of a trade before the diploma → fails not_career_change → not eligible
    N("upgrade", "career_change", "pas seulement bénévole : j'y étais salarié", M(
        "Olivier Mendy <olivier.mendy@example.net>", "Licence pro logistique solidaire", "03 08:30",
        """Bonjour,

J'ai connu l'ESS comme bénévole à la banque alimentaire de l'Isère. Pas seulement bénévole : j'y étais salarié, magasinier à temps plein de 2017 à 2024, avant de reprendre une licence pro Logistique, obtenue en juin 2026.

Je voudrais devenir responsable d'entrepôt dans une structure d'aide alimentaire ou un chantier d'insertion logistique.

Olivier Mendy
06 95 13 80 27""",
        app("Olivier", "Mendy", phone="+33695138027", bac=3, grad="2026-06", failing=("not_career_change",), status="b_lp_logistique_magasinier_sept_ans"),
    )),
    # Feature: upgrade — aim — voire à temps plein en CDI depuis octobre
    # repair: «un mi-temps dans un cabinet d'audit» → «voire à temps plein en CDI depuis octobre, et je compte y rester ; l'ESS, un jour» = a job kept instead of an ESS search → fails job_seeking_ess → not eligible
    N("upgrade", "aim", "voire à temps plein en CDI depuis octobre", M(
        "Alexandre Pujol <alexandre.pujol@example.fr>", "Renseignements Pro'pulse", "04 21:02",
        """Bonsoir,

Diplômé d'un master Comptabilité contrôle audit en septembre 2025, je travaille à mi-temps dans un cabinet d'audit, voire à temps plein en CDI depuis octobre, et je compte y rester quelques années. L'ESS, un jour, sûrement ; pour l'instant je me constitue un réseau.

Est-ce que Pro'pulse peut m'accompagner dans cette perspective ?

Alexandre Pujol
06 14 82 57 39""",
        app("Alexandre", "Pujol", phone="+33614825739", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_master_cca_cdi_audit_reste"),
    )),
    # Feature: upgrade — level — et par-dessus un BTS Communication
    # repair: «j'ai le bac» → «et par-dessus un BTS Communication, obtenu en juin 2025» = a bac+2 obtained → meets degree_level → eligible
    N("upgrade", "level", "et par-dessus un BTS Communication", M(
        "Yohan Sébastien <yohan.sebastien@example.com>", "candidature", "05 16:44",
        """Bonjour,

J'ai le bac, et par-dessus un BTS Communication, obtenu en juin 2025 (je précise parce que le formulaire de la mission locale n'a retenu que le bac). Je cherche un poste de chargé de communication dans une association sportive ou culturelle.

Yohan Sébastien
07 56 92 31 08""",
        app("Yohan", "Sébastien", phone="+33756923108", bac=2, grad="2025-06", status="b_bac_et_meme_bts_com"),
        html="only",
        body_html="""<html><body><div>Bonjour,</div><div>J'ai le bac, et par-dessus un <b>BTS Communication</b>, obtenu en juin 2025 (je précise parce que le formulaire de la mission locale n'a retenu que le bac). Je cherche un poste de chargé de communication dans une association sportive ou culturelle.</div><div><br></div><div>Yohan Sébastien<br>07 56 92 31 08</div></body></html>""",
    )),
    # Feature: upgrade — situation — voire plus : c'est devenu un volontariat indemnisé
    # ambiguous: the bénévolat grows into an indemnified volunteering of 24 hours a week, running, whose kind is not named: a service civique or not, not_service_civique stays open
    # repair: «bénévole à l'AFEV» → «voire plus : c'est devenu un volontariat indemnisé, 24 heures par semaine, jusqu'en juin» = an indemnified volunteering of unsaid kind runs → not_service_civique open → to_verify
    N("upgrade", "situation", "voire plus : c'est devenu un volontariat indemnisé", M(
        "Naël Schmitt <nael.schmitt@example.org>", "candidature licence", "06 10:26",
        """Bonjour,

Licence Sciences de l'éducation obtenue en juin 2026. Je suis bénévole à l'AFEV, voire plus : c'est devenu un volontariat indemnisé, 24 heures par semaine, jusqu'en juin, je n'ai pas bien compris sous quel statut.

J'aimerais trouver un poste dans une association d'accompagnement scolaire.

Naël Schmitt
06 87 24 61 39""",
        app("Naël", "Schmitt", phone="+33687246139", bac=3, grad="2026-06", unknown=("not_service_civique",), status="b_licence_sde_volontariat_indemnise"),
    )),
    # Feature: upgrade — situation — plus que ça : depuis octobre, volontaire en service civique
    # repair: «engagée comme bénévole chez Unis-Cité» → «plus que ça : depuis octobre, volontaire en service civique pour huit mois» = a civic service runs after today → fails not_service_civique → not eligible
    N("upgrade", "situation", "plus que ça : depuis octobre, volontaire en service civique", M(
        "Lisa Tavares <lisa.tavares@example.net>", "Pro'pulse", "07 13:58",
        """Bonjour,

J'ai obtenu mon BUT Information-communication en juin 2026. Je suis engagée comme bénévole chez Unis-Cité, plus que ça : depuis octobre, volontaire en service civique pour huit mois, sur un projet de lutte contre l'isolement des personnes âgées.

Après, je voudrais devenir chargée de communication dans une association.

Lisa Tavares
07 20 38 94 61""",
        app("Lisa", "Tavares", phone="+33720389461", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_but_infocom_sc_huit_mois"),
    )),
    # Feature: upgrade — situation — more than an intern now: since September I'm on their payroll
    # repair: «an intern at a charity» → «more than an intern now: since September I'm on their payroll, fixed-term» = the internship ended when the contract began → meets not_internship → eligible
    N("upgrade", "situation", "more than an intern now: since September I'm on their payroll", M(
        "Priya Subramaniam <priya.subramaniam@example.com>", "Pro'pulse - application", "08 09:41",
        """Hello,

I graduated with a master's in Public Health from Université Sorbonne Paris Nord in June 2026 and I've been an intern at a health-access charity in Paris — well, more than an intern now: since September I'm on their payroll, fixed-term until the end of January.

I'd like to stay in the non-profit sector afterwards, ideally in a mutual health insurer or a health association.

Thanks,
Priya Subramaniam
06 33 48 19 72""",
        app("Priya", "Subramaniam", phone="+33633481972", bac=5, grad="2026-06", language="en", status="b_en_intern_hired_fixed_term"),
    )),
    # Feature: upgrade — kind — ou même mon master, si je le valide
    # repair: «ma licence» → «ou même mon master, si je le valide en juin» = a question about which diploma counts, no name nor date to judge → kind question
    N("upgrade", "kind", "ou même mon master, si je le valide", M(
        "p.tran.etudes@example.fr", "diplôme pris en compte", "09 22:10",
        """Bonjour,
c'est ma licence qui compte pour vos 24 mois, ou même mon master, si je le valide en juin ? Je ne sais pas quand m'inscrire.
Merci""",
        question(),
    )),
    # Feature: upgrade — kind — voire jusqu'au 7 décembre
    # repair: «absente jusqu'au 30 novembre» → «voire jusqu'au 7 décembre» = an out-of-office with its return pushed back → kind auto_reply
    N("upgrade", "kind", "voire jusqu'au 7 décembre", M(
        "Solène Tessandier <s.tessandier@fondation-exemple.example.org>", "Absente du bureau", "24 11:20",
        """Bonjour,

Je suis absente jusqu'au 30 novembre, voire jusqu'au 7 décembre selon l'évolution de mon arrêt. Pour les candidatures au dispositif, merci d'écrire à recrutement@fondation-exemple.example.org.

Solène Tessandier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: renaming — situation — il faudrait plutôt dire mon CDD
    # repair: «mon stage au Secours populaire» → «il faudrait plutôt dire mon CDD : j'étais salariée, fiche de paie à l'appui» = a job, no internship → meets not_internship → eligible
    N("renaming", "situation", "il faudrait plutôt dire mon CDD", M(
        "Sarah Marzouki <sarah.marzouki@example.org>", "Candidature Pro'pulse - licence", "10 09:04",
        """Bonjour,

Licence Administration publique obtenue en juin 2025. Depuis, mon stage au Secours populaire — il faudrait plutôt dire mon CDD : j'étais salariée, fiche de paie à l'appui, tout le monde là-bas disait « la stagiaire » parce que j'étais la plus jeune. Il s'est terminé en octobre.

Je cherche maintenant un poste d'assistante de coordination dans une association de solidarité.

Sarah Marzouki
06 40 75 18 93""",
        app("Sarah", "Marzouki", phone="+33640751893", bac=3, grad="2025-06", status="b_licence_stage_renomme_cdd"),
    )),
    # Feature: renaming — career_change — des petits boulots qui ont duré neuf ans
    # repair: «quelques petits boulots avant la reprise d'études» → «des petits boulots qui ont duré neuf ans, comme préparatrice en pharmacie, à temps plein» = a trade of nine years before the diploma → fails not_career_change → not eligible
    N("renaming", "career_change", "des petits boulots qui ont duré neuf ans", M(
        "Virginie Ramanantsoa <virginie.ramanantsoa@example.fr>", "Candidature DEUST", "11 14:37",
        """Bonjour,

J'ai fait quelques petits boulots avant ma reprise d'études — enfin, des petits boulots qui ont duré neuf ans, comme préparatrice en pharmacie, à temps plein. Puis le DEUST Santé, environnement et médiation, obtenu en juin 2026.

Je cherche un poste de médiatrice santé dans une association ou une maison de santé associative, à Saint-Étienne.

Virginie Ramanantsoa
06 60 29 73 15""",
        app("Virginie", "Ramanantsoa", phone="+33660297315", bac=2, grad="2026-06", failing=("not_career_change",), status="b_deust_preparatrice_neuf_ans"),
    )),
    # Feature: renaming — situation — bénévolat ou service civique, chacun là-bas l'appelle à sa façon
    # ambiguous: the mission is given two names side by side, a bénévolat or a service civique, running until April: not_service_civique stays open
    # repair: «ma mission à la Fondation» → «bénévolat ou service civique, chacun là-bas l'appelle à sa façon, indemnisée, jusqu'en avril» = a renaming left with two names → not_service_civique open → to_verify
    N("renaming", "situation", "bénévolat ou service civique, chacun là-bas l'appelle à sa façon", M(
        "Ibrahima Seck <ibrahima.seck@example.net>", "candidature", "12 18:29",
        """Bonjour,

Je suis diplômé d'une licence de géographie (juin 2025). En ce moment je fais une mission à la Fondation pour le logement des jeunes — bénévolat ou service civique, chacun là-bas l'appelle à sa façon, je sais qu'elle est indemnisée et qu'elle court jusqu'en avril.

Je voudrais ensuite un poste de chargé d'accompagnement dans une association de logement.

Ibrahima Seck
07 69 40 82 13""",
        app("Ibrahima", "Seck", phone="+33769408213", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_licence_geo_mission_deux_noms"),
    )),
    # Feature: renaming — situation — qui n'en était pas un : un contrat PEC
    # repair: «mon service civique à la ressourcerie» → «qui n'en était pas un : un contrat PEC, salariée, jusqu'en février» = a job, no civic service → meets not_service_civique → eligible
    N("renaming", "situation", "qui n'en était pas un : un contrat PEC", M(
        "Célestine Ulrich <celestine.ulrich@example.com>", "Pro'pulse - BTS GPME", "13 10:18",
        """Bonjour,

Titulaire d'un BTS Gestion de la PME (juin 2025), je fais mon service civique à la ressourcerie de Colmar — qui n'en était pas un : un contrat PEC, salariée, jusqu'en février. Tout le monde confond parce que la ressourcerie accueille aussi des volontaires.

Je voudrais trouver un poste de gestion administrative dans une structure de l'ESS pour l'après-février.

Célestine Ulrich
06 24 91 57 38""",
        app("Célestine", "Ulrich", phone="+33624915738", bac=2, grad="2025-06", status="b_bts_gpme_sc_renomme_pec"),
    )),
    # Feature: renaming — studies_finished — qui est en fait un DU d'un an
    # repair: «une formation courte» → «qui est en fait un DU d'un an, avec examens en juin» = a diploma course runs → fails studies_finished → not eligible
    N("renaming", "studies_finished", "qui est en fait un DU d'un an", M(
        "Paul-Henri Zanetti <ph.zanetti@example.org>", "Candidature", "14 15:52",
        """Bonjour,

Licence d'économie obtenue en juin 2025. Je suis en ce moment une formation courte, qui est en fait un DU d'un an, Entrepreneuriat social, avec examens et mémoire en juin. J'ai écrit « courte » parce que les cours n'ont lieu que le vendredi.

Je cherche un emploi dans une coopérative ou un incubateur ESS, compatible avec le DU.

Paul-Henri Zanetti
06 11 93 40 57""",
        app("Paul-Henri", "Zanetti", phone="+33611934057", bac=3, grad="2025-06", failing=("studies_finished",), status="b_licence_du_entrepreneuriat_social"),
    )),
    # Feature: renaming — level — c'est un graduat belge
    # ambiguous: the «bac+2» is renamed a Belgian graduat with no French equivalence given: its level stays open (degree_level)
    # repair: «mon bac+2» → «c'est un graduat belge, je ne sais pas comment il s'appelle en France» = a foreign diploma of open level → degree_level open → to_verify
    N("renaming", "level", "c'est un graduat belge", M(
        "Manon Van Damme <manon.vandamme@example.be>", "candidature depuis Lille", "15 11:08",
        """Bonjour,

J'ai un bac+2 — enfin, c'est un graduat belge, en accompagnement éducatif, obtenu en juin 2026 à Tournai ; je ne sais pas comment il s'appelle en France ni s'il a une équivalence.

J'habite à Lille et je cherche un poste d'animatrice dans une maison de quartier.

Manon Van Damme
+32 485 60 71 29""",
        app("Manon", "Van Damme", phone="+32485607129", bac="*", grad="2026-06", unknown=("degree_level",), status="b_graduat_belge_niveau_ouvert"),
    )),
    # Feature: renaming — kind — il faut lire : un poste en alternance
    # repair: «un stage de six mois» → «il faut lire : un poste en alternance» = an employer renaming its offer → kind other
    N("renaming", "kind", "il faut lire : un poste en alternance", M(
        "Coopérative Oasis <contact@oasis-coop.example.coop>", "Annonce à relayer", "16 09:15",
        """Bonjour,

Pourriez-vous relayer notre offre : un stage de six mois, il faut lire : un poste en alternance (nous nous sommes trompés de formulaire), de chargé·e de communication dans notre épicerie coopérative de Besançon, à partir de janvier.

Merci,
Théo Sauvageot, co-gérant""",
        other(),
    )),
    # Feature: renaming — kind — ce que j'appelle « petit boulot »
    # repair: «un petit boulot» → «ce que j'appelle « petit boulot », c'est un CDD de 20 heures» = a general question on side jobs, no diploma to judge → kind question
    N("renaming", "kind", "ce que j'appelle « petit boulot »", M(
        "r.mayombo@example.net", "petit boulot et programme", "17 20:44",
        """Bonjour,

Peut-on suivre Pro'pulse en ayant un petit boulot ? Ce que j'appelle « petit boulot », c'est un CDD de 20 heures par semaine dans un supermarché. Les ateliers ont-ils lieu en soirée ?

Merci,
R. Mayombo""",
        question(),
    )),
    # Feature: correcting_another — situation — mon conseiller a noté « en stage », ce n'est plus vrai
    # repair: the referral «actuellement en stage» → «mon conseiller a noté « en stage », ce n'est plus vrai : fini le 31 octobre» = the internship is over → meets not_internship → eligible
    N("correcting_another", "situation", "mon conseiller a noté « en stage », ce n'est plus vrai", M(
        "Bruno Paillard <b.paillard@missionlocale-exemple.example.fr>", "Orientation vers Pro'pulse : Nina Rakotomalala", "18 09:33",
        """Bonjour,

Je vous oriente Nina Rakotomalala, 23 ans, licence pro Animation sociale (juin 2026), actuellement en stage dans une maison de quartier. Elle cherche un emploi dans l'animation associative. Son adresse : nina.rakoto@example.org, 06 91 54 20 68.

Voici le mot qu'elle a ajouté :
« Bonjour, mon conseiller a noté « en stage », ce n'est plus vrai : le stage a fini le 31 octobre, j'ai oublié de le lui dire. Nina »

Bien cordialement,
Bruno Paillard, conseiller mission locale""",
        app("Nina", "Rakotomalala", phone="+33691542068", bac=3, grad="2026-06", email="nina.rakoto@example.org", forwarded_by="b.paillard@missionlocale-exemple.example.fr", status="b_referral_lp_stage_fini_31_octobre"),
    )),
    # Feature: correcting_another — graduation — le CV joint se trompe d'année
    # repair: the CV's «Licence professionnelle, 2025» → «le CV joint se trompe d'année : c'est 2023» = the licence pro is of 2023 → fails graduation_recent → not eligible
    N("correcting_another", "graduation", "le CV joint se trompe d'année", M(
        "Corinne Thiam <c.thiam@francetravail-exemple.example.fr>", "Candidature transmise - M. Moussa Wane", "19 14:06",
        """Bonjour,

Je vous transmets la candidature de M. Moussa Wane (moussa.wane@example.net), avec son CV.

Son message : « Bonjour, le CV joint se trompe d'année : c'est 2023 pour ma licence pro, pas 2025, j'ai mélangé avec la date de mon permis. Je cherche un poste d'encadrant technique dans un chantier d'insertion. Moussa Wane, 07 12 85 49 36 »

Corinne Thiam, conseillère France Travail""",
        app("Moussa", "Wane", phone="+33712854936", bac=3, grad="2023", failing=("graduation_recent",), email="moussa.wane@example.net", forwarded_by="c.thiam@francetravail-exemple.example.fr", info_in="both", status="b_referral_lp_2023_cv_faux"),
        cv=CV("docx", "CV_Moussa_Wane.docx", """Moussa Wane
07 12 85 49 36
Licence professionnelle Métiers du BTP, 2025
Permis B, CACES
Chef d'équipe intérimaire"""),
    )),
    # Feature: correcting_another — aim — le formulaire indique « ESS », c'est une erreur
    # repair: the prefilled form's «secteur recherché : ESS» → «le formulaire indique « ESS », c'est une erreur : je vise les agences de communication» = the search is outside the ESS → fails job_seeking_ess → not eligible
    N("correcting_another", "aim", "le formulaire indique « ESS », c'est une erreur", M(
        "Quentin Ménard <quentin.menard@example.com>", "Mon inscription", "20 12:47",
        """Bonjour,

Je me suis inscrit sur votre site la semaine dernière (master Communication, juin 2026). Le formulaire indique « ESS », c'est une erreur : la case était cochée par défaut. Je vise les agences de communication et les annonceurs, pas les associations.

Je voulais rectifier avant que vous ne traitiez mon dossier.

Quentin Ménard
06 81 37 20 95""",
        app("Quentin", "Ménard", phone="+33681372095", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_master_com_case_ess_erreur"),
    )),
    # Feature: correcting_another — career_change — mon profil LinkedIn affiche encore « chargé de clientèle depuis 2018 »
    # repair: LinkedIn's «chargé de clientèle depuis 2018» → «c'était deux ans d'alternance pendant mon BTS, rien avant ni après» = a work-study of the course, no career → meets not_career_change → eligible
    N("correcting_another", "career_change", "mon profil LinkedIn affiche encore « chargé de clientèle depuis 2018 »", M(
        "Samir Ouali-Bernard <samir.ob@example.net>", "Candidature Pro'pulse", "21 16:20",
        """Bonjour,

Avant que vous ne regardiez : mon profil LinkedIn affiche encore « chargé de clientèle depuis 2018 ». C'était deux ans d'alternance pendant mon BTS Banque, de 2018 à 2020, rien avant ni après. J'ai ensuite repris une licence pro Économie sociale et solidaire, obtenue en juin 2026.

Je cherche un poste de chargé d'accueil et de développement dans une mutuelle ou une banque coopérative.

Samir Ouali-Bernard
06 05 72 18 44""",
        app("Samir", "Ouali-Bernard", phone="+33605721844", bac=3, grad="2026-06", status="b_lp_ess_linkedin_alternance"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Avant que vous ne regardiez : mon profil LinkedIn affiche encore « chargé de clientèle depuis 2018 ». C'était deux ans d'alternance pendant mon BTS Banque, de 2018 à 2020, rien avant ni après. J'ai ensuite repris une licence pro Économie sociale et solidaire, obtenue en juin 2026.</p><p>Je cherche un poste de chargé d'accueil et de développement dans une mutuelle ou une banque coopérative.</p><p>Samir Ouali-Bernard<br>06 05 72 18 44</p></body></html>""",
    )),
    # Feature: correcting_another — studies_finished — à vérifier avec la scolarité
    # ambiguous: the writer doubts the school's «diplômée» (the thesis may not be validated) and says it must be checked: studies over or not, studies_finished stays open
    # repair: the certificate's «diplômée» → «je crois que mon mémoire n'est pas encore validé, à vérifier avec la scolarité» = an unsure correction → studies_finished open → to_verify
    N("correcting_another", "studies_finished", "à vérifier avec la scolarité", M(
        "Héloïse Moreno <heloise.moreno@example.org>", "Candidature - master", "22 10:11",
        """Bonjour,

L'attestation que m'a remise l'école dit « diplômée du master Management de l'innovation sociale, 2026 ». Mais je crois que mon mémoire n'est pas encore validé, la note n'est jamais arrivée ; à vérifier avec la scolarité, qui ne répond pas.

Je cherche un poste de chargée de mission innovation sociale dans une fondation ou un réseau associatif.

Vous trouverez l'attestation et mon CV en pièces jointes.

Héloïse Moreno
06 76 31 08 25""",
        app("Héloïse", "Moreno", phone="+33676310825", bac="*", grad=None, unknown=("studies_finished",), info_in="both", status="b_master_attestation_memoire_doute"),
        cv=CV("pdf", "Heloise_Moreno_CV.pdf", """Héloïse Moreno
06 76 31 08 25
Master Management de l'innovation sociale, 2026
Stage : fondation d'entreprise, 6 mois
Bénévole : Croix-Rouge, maraudes"""),
    )),
    # Feature: correcting_another — situation — l'éducatrice qui m'oriente a écrit « terminé »
    # repair: the adviser's «service civique terminé» → «l'éducatrice qui m'oriente a écrit « terminé », mais il court jusqu'au 28 février» = a civic service runs after today → fails not_service_civique → not eligible
    N("correcting_another", "situation", "l'éducatrice qui m'oriente a écrit « terminé »", M(
        "Dylan Rivière <dylan.riviere@example.fr>", "Suite à l'orientation de Mme Perret", "23 17:38",
        """Bonjour,

Mme Perret, l'éducatrice qui m'oriente a écrit « terminé » pour mon service civique dans sa fiche, mais il court jusqu'au 28 février : on m'a prolongé de deux mois à la maison des jeunes. Autant que ce soit écrit noir sur blanc.

J'ai un BTS Négociation et digitalisation de la relation client (juin 2025) et je cherche un poste de chargé d'accueil dans une association.

Dylan Rivière
07 18 93 62 40""",
        app("Dylan", "Rivière", phone="+33718936240", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_bts_ndrc_sc_prolonge_fevrier"),
    )),
    # Feature: correcting_another — kind — votre réponse dit que mon diplôme est trop ancien
    # repair: our reply «diplôme trop ancien» → «votre réponse dit que mon diplôme est trop ancien, mais je vous avais envoyé la mauvaise attestation» = a reply in our thread putting right what we read → kind reply
    N("correcting_another", "kind", "votre réponse dit que mon diplôme est trop ancien", M(
        "Ornella Pastor <ornella.pastor@example.com>", "Re: Votre candidature à Pro'pulse", "24 13:26",
        """Bonjour,

Merci de votre réponse. Votre réponse dit que mon diplôme est trop ancien, mais je vous avais envoyé la mauvaise attestation, celle de mon premier diplôme. Je vous renvoie la bonne dès que je la retrouve.

Bien à vous,
Ornella Pastor""",
        reply(),
        headers={"In-Reply-To": "<reponse-2291.ornella@animafac.net>", "References": "<reponse-2291.ornella@animafac.net>"},
    )),
    # Feature: correcting_another — kind — l'attestation délivrée à Mme Yahi comporte une erreur
    # repair: the certificate's «2024» → «l'attestation délivrée à Mme Yahi comporte une erreur : lire 2025» = a school correcting its own paper, no application → kind other
    N("correcting_another", "kind", "l'attestation délivrée à Mme Yahi comporte une erreur", M(
        "Scolarité IUT <scolarite@iut-exemple.example.fr>", "Correction d'attestation", "25 08:55",
        """Madame, Monsieur,

L'attestation délivrée à Mme Yahi comporte une erreur de date, à la demande de l'intéressée nous vous en informons directement : il faut lire « session de juin 2025 » et non « juin 2024 ». Une attestation corrigée lui a été envoyée.

Le service de la scolarité""",
        other(),
    )),
]
