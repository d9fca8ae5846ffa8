"""Tensions corpus, batch 02 (writer A): the second half of a diploma finished against something enrolled in
since (a short course of weeks, a concours prepared alone, sign-language evenings, a GRETA training of unsaid
length, a second master in alternance, a DU of a year) and a degree against an internship after it (ended,
running until spring, ending this month, signed for January, a «stage de fin d'études» whose report and
defence are due, a three-day discovery placement); other mail in those tensions (a reply in our thread about a
DU starting in January, the auto-reply of a DU student, the auto-reply of a graduate on internship, a school
mailbox closed after an internship, a question on an internship ending in December, a network's letter on
internships)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from tensions import N

MESSAGES = [
    # Feature: finished_then_enrolled — studies_finished — une formation courte de cinq semaines en comptabilité associative
    # tension: «licence pro Gestion des structures de l'ESS, juin 2025» vs «une formation courte de cinq semaines en comptabilité associative, qui finit le 11 décembre» = a training of five weeks leading to no diploma is no studies running → meets studies_finished → eligible
    N("finished_then_enrolled", "studies_finished", "une formation courte de cinq semaines en comptabilité associative", M(
        "Mathis Eboué <mathis.eboue@example.org>", "Candidature", "02 08:52",
        """Bonjour,

Titulaire d'une licence pro Gestion des structures de l'ESS (juin 2025), je suis en ce moment une formation courte de cinq semaines en comptabilité associative, financée par France Travail, qui finit le 11 décembre.

Je cherche un poste d'assistant de gestion dans une association ou une SCIC. Je suis disponible dès la fin de la formation.

Mathis Eboué
06 20 84 31 59""",
        app("Mathis", "Eboué", phone="+33620843159", bac=3, grad="2025-06", status="lp_ess_formation_cinq_semaines"),
    )),
    # Feature: finished_then_enrolled — studies_finished — je révise seule le concours d'éducatrice de la PJJ
    # tension: «master Sciences de l'éducation, juin 2026» vs «je révise seule le concours d'éducatrice de la PJJ» = a concours prepared alone, with no course enrolled in, is no studies; the search in associations is active → meets studies_finished → eligible
    N("finished_then_enrolled", "studies_finished", "je révise seule le concours d'éducatrice de la PJJ", M(
        "Océane Da Silva <oceane.dasilva@example.fr>", "Candidature Pro'pulse — Océane Da Silva", "03 13:15",
        """Bonjour,

J'ai fini mon master Sciences de l'éducation en juin 2026 (Rennes 2). Je ne vais plus à la fac : je révise seule le concours d'éducatrice de la PJJ, avec des annales, sans prépa, au cas où.

Mais ce que je cherche vraiment, dès maintenant, c'est un poste dans une association de prévention spécialisée ou un service d'accueil de jour. J'ai déjà envoyé une dizaine de candidatures.

Bien cordialement,
Océane Da Silva
07 41 86 22 05""",
        app("Océane", "Da Silva", phone="+33741862205", bac=5, grad="2026-06", status="master_concours_pjj_seule"),
    )),
    # Feature: finished_then_enrolled — studies_finished — des cours du soir de langue des signes
    # tension: «DUT Carrières sociales, juin 2025» vs «inscrit à des cours du soir de langue des signes» = evening sign-language classes are no diploma course → meets studies_finished → eligible
    N("finished_then_enrolled", "studies_finished", "des cours du soir de langue des signes", M(
        "Hugo Lefeuvre-Diop <hugo.ld@example.net>", "Pro'pulse : je candidate", "05 19:48",
        """Salut l'équipe Pro'pulse,

J'ai terminé mon DUT Carrières sociales en juin 2025 et depuis la rentrée je suis inscrit à des cours du soir de langue des signes, deux soirs par semaine, pour pouvoir travailler avec des personnes sourdes.

Je cherche un poste d'animateur ou de coordinateur dans une association du handicap ou un foyer de vie associatif.

Hugo
06 03 27 91 48""",
        app("Hugo", "Lefeuvre-Diop", phone="+33603279148", bac=2, grad="2025-06", status="dut_cs_cours_lsf"),
        html="only",
    )),
    # Feature: finished_then_enrolled — studies_finished — on m'a parlé de plusieurs mois mais je n'ai pas encore le calendrier
    # ambiguous: a GRETA training has begun whose length and outcome (a diploma or a short certificate) the writer does not know yet: studies running or a short course — a coordinator must ask
    # tension: «BTS Économie sociale familiale obtenu en juillet 2026» vs «j'ai commencé une formation de coordinatrice de projets au GRETA» = the BTS is obtained, but a training of unknown length has begun: studies finished open → studies_finished unknown → to verify
    N("finished_then_enrolled", "studies_finished", "on m'a parlé de plusieurs mois mais je n'ai pas encore le calendrier", M(
        "Fatoumata Keita <fatoumata.keita@example.fr>", "demande d'entrée dans le programme", "06 10:31",
        """Bonjour,

J'ai obtenu mon BTS Économie sociale familiale en juillet 2026. Le 16 novembre j'ai commencé une formation de coordinatrice de projets au GRETA ; on m'a parlé de plusieurs mois mais je n'ai pas encore le calendrier, ni si on a un titre à la fin.

Je cherche quand même un emploi dans une association d'accompagnement des familles, je ne veux pas attendre.

Merci,
Fatoumata Keita
06 52 13 87 40""",
        app("Fatoumata", "Keita", phone="+33652138740", bac=2, grad="2026-07", unknown=("studies_finished",), status="bts_esf_greta_duree_inconnue"),
    )),
    # Feature: finished_then_enrolled — studies_finished — je suis inscrit en DU mais je ne suis pas sûr d'y aller
    # ambiguous: the DU is enrolled in and its courses run on Saturdays, but the writer says he may not follow it: studies running or given up — a coordinator must ask
    # tension: «master Sociologie validé en juin 2025» vs «je suis inscrit en DU mais je ne suis pas sûr d'y aller» = an enrolment in a diploma course that the writer may or may not follow: studies finished open → studies_finished unknown → to verify
    N("finished_then_enrolled", "studies_finished", "je suis inscrit en DU mais je ne suis pas sûr d'y aller", M(
        "Adrien Grégoire <adrien.gregoire@example.com>", "Candidature", "07 15:05",
        """Bonjour,

Master Sociologie validé en juin 2025. Cette année je suis inscrit en DU mais je ne suis pas sûr d'y aller jusqu'au bout : les cours sont le samedi et si je trouve un poste, je lâche.

Je cherche un poste de chargé d'études ou d'évaluation dans une fédération associative ou une fondation.

Adrien Grégoire
06 77 35 18 29""",
        app("Adrien", "Grégoire", phone="+33677351829", bac=5, grad="2025-06", unknown=("studies_finished",), status="master_socio_du_incertain"),
    )),
    # Feature: finished_then_enrolled — studies_finished — je fais un second master en alternance
    # tension: «master Communication, septembre 2025» vs «je fais un second master en alternance à l'IAE» = a second master followed this year in alternance is studies running → fails studies_finished → not eligible
    N("finished_then_enrolled", "studies_finished", "je fais un second master en alternance", M(
        "Camille Benhamou <camille.benhamou@example.org>", "Intégrer Pro'pulse ?", "09 12:44",
        """Bonjour,

J'ai un master Communication (septembre 2025). N'ayant pas trouvé de poste, je fais un second master en alternance à l'IAE de Lyon depuis octobre, le M2 Management de l'ESS, avec une alternance dans une mutuelle.

Est-ce que je peux quand même entrer dans votre programme ? Je cherche un CDI dans l'ESS pour après.

Camille Benhamou
06 40 55 92 17""",
        app("Camille", "Benhamou", phone="+33640559217", bac=5, grad="2025-09", failing=("studies_finished",), status="master_com_puis_m2_alternance"),
    )),
    # Feature: finished_then_enrolled — studies_finished — un DU Santé publique jusqu'en juin 2027
    # tension: «licence pro Intervention sociale obtenue en juin 2026» vs «inscrite en DU Santé publique jusqu'en juin 2027» = a DU of a year running until June 2027 is studies running → fails studies_finished → not eligible
    N("finished_then_enrolled", "studies_finished", "un DU Santé publique jusqu'en juin 2027", M(
        "Inaya Lacroix <inaya.lacroix@example.net>", "Pro'pulse", "11 18:20",
        """Bonjour,

Licence pro Intervention sociale obtenue en juin 2026. Je suis inscrite cette année dans un DU Santé publique jusqu'en juin 2027 (cours le jeudi et le vendredi).

Je voudrais travailler dans la prévention, dans une association ou une mutuelle.

Inaya Lacroix
07 19 64 30 85""",
        app("Inaya", "Lacroix", phone="+33719643085", bac=3, grad="2026-06", failing=("studies_finished",), status="lp_is_du_sante_publique"),
    )),
    # Feature: finished_then_enrolled — kind — Re: Entretien Pro'pulse du 3 décembre
    # tension: «votre dossier retenu» vs «je me suis inscrite en DU, qui commence en janvier» = a reply in our thread adding a fact to a file already in hand, no new application → kind reply
    N("finished_then_enrolled", "kind", "Re: Entretien Pro'pulse du 3 décembre", M(
        "Julie Cardoso <julie.cardoso@example.fr>", "Re: Entretien Pro'pulse du 3 décembre", "20 17:58",
        """Bonjour,

Je confirme l'entretien du 3 décembre. Une chose a changé depuis ma candidature : je me suis inscrite en DU, qui commence en janvier (un week-end par mois). Je préfère vous le dire avant.

À jeudi,
Julie Cardoso

> Bonjour Julie, nous vous proposons un entretien le jeudi 3 décembre à 14 h. Merci de confirmer.""",
        reply(),
        headers={"In-Reply-To": "<rdv-0533.cardoso@animafac.net>", "References": "<rdv-0533.cardoso@animafac.net>"},
    )),
    # Feature: finished_then_enrolled — kind — je suis en cours de DU le lundi
    # tension: «diplômée» vs «en cours de DU le lundi» = the automatic answer of a partner's employee, no application → kind auto_reply
    N("finished_then_enrolled", "kind", "je suis en cours de DU le lundi", M(
        "Bintou Camara <b.camara@example.org>", "Réponse automatique", "23 09:00",
        """Bonjour, je suis en cours de DU le lundi et ne lis pas mes mails ce jour-là. Je vous répondrai dès mardi. Bintou Camara, chargée d'accueil""",
        auto_reply(),
    )),
    # Feature: degree_then_internship — situation — mon stage à la Cimade s'est terminé le 31 octobre
    # tension: «licence pro Médiation sociale, juin 2026» vs «un stage à la Cimade» = the internship ended on 31 October, before today → meets not_internship → eligible
    N("degree_then_internship", "situation", "mon stage à la Cimade s'est terminé le 31 octobre", M(
        "Naïm Bouzid <naim.bouzid@example.com>", "Candidature Pro'pulse", "02 18:11",
        """Bonjour,

J'ai eu ma licence pro Médiation sociale en juin 2026. Pour affiner mon projet, j'ai fait un stage de trois mois après le diplôme ; mon stage à la Cimade s'est terminé le 31 octobre.

Je cherche un poste de médiateur ou d'intervenant social dans une association d'aide aux exilés.

Naïm Bouzid
06 11 73 48 26""",
        app("Naïm", "Bouzid", phone="+33611734826", bac=3, grad="2026-06", status="lp_mediation_stage_fini_octobre"),
    )),
    # Feature: degree_then_internship — situation — my placement there ended in September
    # tension: «BSc in Environmental Science, June 2026» vs «a placement at a community energy cooperative» = the placement ended in September, before today → meets not_internship → eligible (English)
    N("degree_then_internship", "situation", "my placement there ended in September", M(
        "Gabriel Castillo-Reyes <gabriel.cr@example.com>", "Pro'pulse application", "04 11:03",
        """Hi,

I got my BSc in Environmental Science in June 2026 (Université de Montpellier, international programme). Over the summer I did a placement at a community energy cooperative in the Cévennes; my placement there ended in September.

I'm now looking for a job in a cooperative or an association working on the energy transition.

Thanks,
Gabriel Castillo-Reyes
06 94 38 20 17""",
        app("Gabriel", "Castillo-Reyes", phone="+33694382017", bac=3, grad="2026-06", status="bsc_placement_ended_september", language="en"),
    )),
    # Feature: degree_then_internship — situation — une convention de stage qui commence le 11 janvier
    # tension: «master Politiques sociales obtenu en septembre 2026» vs «une convention de stage qui commence le 11 janvier» = an internship signed for January is not running today, and the writer would drop it for a job → meets not_internship → eligible
    N("degree_then_internship", "situation", "une convention de stage qui commence le 11 janvier", M(
        "Héloïse Kamara <heloise.kamara@example.fr>", "Candidature et question de calendrier", "05 14:56",
        """Bonjour,

J'ai obtenu mon master Politiques sociales et territoires en septembre 2026. Par sécurité, j'ai signé une convention de stage qui commence le 11 janvier dans une fédération de centres sociaux (mon université le permet encore quelques mois après le diplôme).

Pour être claire : ce que je cherche, c'est un emploi. Si je trouve un poste dans une association d'ici là, je renonce au stage sans regret.

Je joins mon CV.

Héloïse Kamara
06 83 20 49 71""",
        app("Héloïse", "Kamara", phone="+33683204971", bac=5, grad="2026-09", status="master_stage_janvier_signe", info_in="both"),
        cv=CV("odt", "CV_Heloise_Kamara.odt", """Héloïse Kamara
Master Politiques sociales et territoires, 2026
Stage de M2 : centre social, 6 mois (janvier-juin 2026)
Animation bénévole : ateliers d'alphabétisation
Recherche : chargée de développement social local"""),
    )),
    # Feature: degree_then_internship — situation — trois jours de stage de découverte dans une ressourcerie
    # tension: «BTS Gestion de la PME, juillet 2025» vs «trois jours de stage de découverte dans une ressourcerie, la semaine dernière» = a discovery placement of three days, ended, is no internship running → meets not_internship → eligible
    N("degree_then_internship", "situation", "trois jours de stage de découverte dans une ressourcerie", M(
        "Emmanuel Darboux <emmanuel.darboux@example.net>", "candidature", "06 09:22",
        """Bonjour,

BTS Gestion de la PME, juillet 2025. La semaine dernière, ma conseillère m'a proposé trois jours de stage de découverte dans une ressourcerie et ça m'a plu : je voudrais un poste de gestion ou d'accueil dans une ressourcerie ou une recyclerie.

Emmanuel Darboux
06.58.71.03.42""",
        app("Emmanuel", "Darboux", phone="+33658710342", bac=2, grad="2025-07", status="bts_pme_stage_decouverte_trois_jours"),
    )),
    # Feature: degree_then_internship — situation — le stage de mon M2 s'est achevé fin août
    # tension: «master Gestion des territoires, diplômée en octobre 2026» vs «le stage de mon M2» = the master's internship ended in August and the degree was awarded in October: nothing runs today → meets not_internship → eligible
    N("degree_then_internship", "situation", "le stage de mon M2 s'est achevé fin août", M(
        "Lina Haddad <lina.haddad@example.org>", "Candidature Pro'pulse : Lina Haddad", "08 11:47",
        """Madame, Monsieur,

Le stage de mon M2 s'est achevé fin août, au sein d'un parc naturel régional ; j'ai soutenu mon rapport en septembre et le jury m'a déclarée diplômée en octobre 2026 (master Gestion des territoires et développement local).

Je recherche un poste de chargée de mission dans une association d'éducation à l'environnement ou une SCIC d'énergie citoyenne. Je suis mobile dans toute l'Occitanie.

Je vous remercie de votre attention.

Lina Haddad
07 60 24 81 39""",
        app("Lina", "Haddad", phone="+33760248139", bac=5, grad="2026-10", status="master_stage_fini_aout_jury_octobre"),
    )),
    # Feature: degree_then_internship — situation — je suis en stage jusqu'à fin novembre
    # ambiguous: the internship ends «fin novembre» with no day: ended by the time the file is read, or still running into the last days of the month — a coordinator must ask
    # tension: «master Action humanitaire, juin 2026» vs «je suis en stage jusqu'à fin novembre» = an internship ending at the end of the month with no day said leaves the internship open → not_internship unknown → to verify
    N("degree_then_internship", "situation", "je suis en stage jusqu'à fin novembre", M(
        "Olivier Brancato <olivier.brancato@example.com>", "Candidature", "09 16:38",
        """Bonjour,

Diplômé d'un master Action humanitaire en juin 2026, je suis en stage jusqu'à fin novembre dans une ONG de solidarité internationale, à Lyon.

Je cherche un premier emploi de chargé de projets dans une association de solidarité internationale ou d'accueil des migrants.

Olivier Brancato
06 48 92 15 60""",
        app("Olivier", "Brancato", phone="+33648921560", bac=5, grad="2026-06", unknown=("not_internship",), status="master_stage_fin_novembre"),
    )),
    # Feature: degree_then_internship — situation — the placement finishes at some point this month
    # ambiguous: the placement «finishes at some point this month», no day: over before the file is read or running into the last days of November — a coordinator must ask
    # tension: «MA in Social Work, graduated in June» vs «a placement at a women's shelter that finishes at some point this month» = an internship ending this month with no day leaves it open → not_internship unknown → to verify (English)
    N("degree_then_internship", "situation", "the placement finishes at some point this month", M(
        "Deborah Afolabi <deborah.afolabi@example.net>", "Application", "10 21:30",
        """Dear Pro'pulse,

I graduated in June 2026 (MA in Social Work, Université libre de Bruxelles, taught in English) and moved to Paris for a placement at a women's shelter. The placement finishes at some point this month, the dates keep moving with the shelter's schedule.

I would like to find a job in an association supporting women or families.

Deborah Afolabi
+32 470 12 34 56""",
        app("Deborah", "Afolabi", phone="+32470123456", bac=5, grad="2026-06", unknown=("not_internship",), status="ma_placement_this_month", language="en"),
    )),
    # Feature: degree_then_internship — situation — mon stage à la mairie se termine ces jours-ci
    # ambiguous: «ces jours-ci» gives no day: the internship may be over by the reading or run a few more days — a coordinator must ask
    # tension: «licence AES, juin 2025» vs «mon stage à la mairie se termine ces jours-ci» = an internship about to end with no day said leaves it open → not_internship unknown → to verify
    N("degree_then_internship", "situation", "mon stage à la mairie se termine ces jours-ci", M(
        "Margaux Feghali <margaux.feghali@example.fr>", "Pro'pulse", "12 08:05",
        """Bonjour,

Licence AES, juin 2025. Mon stage à la mairie se termine ces jours-ci (service vie associative), et je voudrais continuer du côté des associations plutôt que de la collectivité.

Margaux Feghali
06 29 47 81 03""",
        app("Margaux", "Feghali", phone="+33629478103", bac=3, grad="2025-06", unknown=("not_internship",), status="licence_aes_stage_mairie_ces_jours"),
    )),
    # Feature: degree_then_internship — situation — stagiaire à la Fondation jusqu'au 27 février
    # tension: «licence pro Gestion des organisations de l'ESS, juin 2026» vs «stagiaire à la Fondation jusqu'au 27 février» = an internship running until February is running today → fails not_internship → not eligible
    N("degree_then_internship", "situation", "stagiaire à la Fondation jusqu'au 27 février", M(
        "Romain Achour <romain.achour@example.com>", "Candidature Pro'pulse", "13 13:21",
        """Bonjour,

Diplômé de la licence pro Gestion des organisations de l'ESS en juin 2026, je suis stagiaire à la Fondation jusqu'au 27 février, au pôle mécénat. C'est passionnant mais c'est un stage, et je voudrais préparer la suite avec vous.

Romain Achour
07 53 80 16 24""",
        app("Romain", "Achour", phone="+33753801624", bac=3, grad="2026-06", failing=("not_internship",), status="lp_ess_stage_fondation_fevrier"),
    )),
    # Feature: degree_then_internship — studies_finished — il me reste le mémoire de stage à rendre et la soutenance le 14 décembre
    # tension: «j'ai validé tous mes cours et mon stage de fin d'études est terminé» vs «il me reste le mémoire de stage à rendre et la soutenance le 14 décembre» = the stage de fin d'études ended, but its report and defence still ahead say the master is not finished → fails studies_finished → not eligible
    N("degree_then_internship", "studies_finished", "il me reste le mémoire de stage à rendre et la soutenance le 14 décembre", M(
        "Sofiane Chérif <sofiane.cherif@example.org>", "candidature anticipée", "14 17:44",
        """Bonjour,

J'ai validé tous mes cours de M2 Économie sociale et solidaire et mon stage de fin d'études est terminé depuis le 15 octobre. Il me reste le mémoire de stage à rendre et la soutenance le 14 décembre.

J'ai une licence d'économie de juin 2024. Je cherche un emploi en coopérative d'activité et d'emploi pour janvier.

Sofiane Chérif
06 36 18 57 92""",
        app("Sofiane", "Chérif", phone="+33636185792", bac=3, grad="2024-06", failing=("graduation_recent", "studies_finished"), status="m2_soutenance_14_decembre"),
    )),
    # Feature: degree_then_internship — situation — stage de six mois jusqu'en mars au siège d'une banque mutualiste
    # tension: «BTS Comptabilité et gestion, juin 2026» vs «stage de six mois jusqu'en mars au siège d'une banque mutualiste» = an internship running until March is running today → fails not_internship → not eligible
    N("degree_then_internship", "situation", "stage de six mois jusqu'en mars au siège d'une banque mutualiste", M(
        "Zoé Bertrand-Nkounkou <zoe.bn@example.net>", "Candidature au programme Pro'pulse", "15 10:09",
        """Bonjour,

J'ai eu mon BTS Comptabilité et gestion en juin 2026 et je fais un stage de six mois jusqu'en mars au siège d'une banque mutualiste, au service comptable.

Après, j'aimerais travailler dans la gestion d'une association ou d'une mutuelle. Est-ce que je peux candidater dès maintenant ?

Zoé Bertrand-Nkounkou
06 72 05 38 41""",
        app("Zoé", "Bertrand-Nkounkou", phone="+33672053841", bac=2, grad="2026-06", failing=("not_internship",), status="bts_cg_stage_banque_mars"),
    )),
    # Feature: degree_then_internship — situation — stagiaire dans une SCOP de maraîchage, du 2 novembre au 30 avril
    # tension: «licence pro Agriculture biologique, juin 2026» vs «stagiaire dans une SCOP de maraîchage, du 2 novembre au 30 avril» = an internship running from November to April is running today → fails not_internship → not eligible
    N("degree_then_internship", "situation", "stagiaire dans une SCOP de maraîchage, du 2 novembre au 30 avril", M(
        "Baptiste Le Goff <baptiste.legoff@example.fr>", "Candidature", "16 07:40",
        """Bonjour,

Je suis titulaire d'une licence pro Agriculture biologique (juin 2026, Rennes) et je suis stagiaire dans une SCOP de maraîchage, du 2 novembre au 30 avril.

J'aimerais ensuite travailler dans une coopérative alimentaire ou une association d'insertion par le maraîchage. J'ai lu que Pro'pulse accompagne les jeunes diplômés, je me permets donc de vous écrire.

Baptiste Le Goff
02 98 41 72 36""",
        app("Baptiste", "Le Goff", phone="+33298417236", bac=3, grad="2026-06", failing=("not_internship",), status="lp_agri_bio_stage_scop_avril"),
    )),
    # Feature: degree_then_internship — kind — Je suis en stage jusqu'au 18 décembre
    # tension: «jeune diplômé» vs «en stage jusqu'au 18 décembre» = the automatic answer of an intern at a partner association, no application → kind auto_reply
    N("degree_then_internship", "kind", "Je suis en stage jusqu'au 18 décembre", M(
        "Kenza Idrissi <k.idrissi@example.org>", "Réponse automatique : Forum emploi ESS", "17 10:00",
        """Bonjour,

Je suis en stage jusqu'au 18 décembre et ne consulte cette adresse qu'occasionnellement. Pour le forum, contactez directement l'accueil de l'association.

Kenza Idrissi""",
        auto_reply(),
    )),
    # Feature: degree_then_internship — kind — The account of the recipient has been closed
    # tension: «a school address» vs «closed after the internship year» = our answer bounced from a school mailbox closed at the end of the studies, no application → kind bounce
    N("degree_then_internship", "kind", "The account of the recipient has been closed", M(
        "Mail Delivery Subsystem <mailer-daemon@example.org>", "Undeliverable: Votre candidature à Pro'pulse", "18 02:47",
        """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    l.giraud@etu.example.org

The account of the recipient has been closed.""",
        bounce("l.giraud@etu.example.org"),
        bounce="Reporting-MTA: dns; mx.example.org\nFinal-Recipient: rfc822; l.giraud@etu.example.org\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: degree_then_internship — kind — un stage qui se termine en décembre empêche-t-il de commencer
    # tension: «diplômé» vs «un stage qui se termine en décembre» = a general question with no diploma, date nor name → kind question
    N("degree_then_internship", "kind", "un stage qui se termine en décembre empêche-t-il de commencer", M(
        "<t.delorme@example.com>", "Question stage", "19 13:30",
        """Bonjour,

Petite question : un stage qui se termine en décembre empêche-t-il de commencer le programme en janvier ? Et doit-on attendre la fin du stage pour envoyer sa candidature ?

Merci d'avance""",
        question(),
    )),
    # Feature: degree_then_internship — kind — La lettre des stages solidaires
    # tension: «offres de stage» vs «jeunes diplômés» = a network's newsletter listing internships, no applicant → kind newsletter
    N("degree_then_internship", "kind", "La lettre des stages solidaires", M(
        "Réseau des structures solidaires <lettre@example.net>", "La lettre des stages solidaires — novembre", "20 06:15",
        """La lettre des stages solidaires — novembre

- 14 offres de stage dans des SCOP et des associations d'Île-de-France
- Un stage après le diplôme : ce que dit la loi
- Témoignage : de stagiaire à salariée dans une épicerie solidaire

Vous recevez cette lettre parce que vous êtes inscrit(e) à notre liste. Se désabonner.""",
        newsletter(),
    )),
]
