"""Circumstances corpus, batch 04 (writer A): the second half of housing and transport (a CROUS room kept
after the master, a move for a service civique, a move for a licence pro in alternation, a bus from the
village, a car sold after years of driving, a move to Brittany after a master) and schedule and availability
(a first-aid course of three days, a ten-month training paid by France Travail, a jury's deliberation, only
Wednesdays free, a service civique three days a week, a holiday after a service civique, a placement ending
with Christmas away, night shifts, a Ramadan to come, afternoons only, a night bakery job, evening classes for
the DAEU, weekend event work); other mail in those circumstances."""
# ruff: noqa: E501

from __future__ import annotations

from circumstances import N
from kit import CV, M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Feature: housing_transport — studies_finished — mon master est fini depuis septembre
    # circumstance: «mon master est fini depuis septembre» = the CROUS room she still rents until December looks like a student's life, but the master is over → meets studies_finished → eligible
    N("housing_transport", "studies_finished", "mon master est fini depuis septembre", M(
        "Juliette Chastang <juliette.chastang@example.org>", "Candidature — Juliette Chastang", "02 16:08",
        """Bonjour,

Je loge encore en résidence CROUS jusqu'à fin décembre (on m'a laissé le logement le temps de trouver autre chose), mais mon master est fini depuis septembre : master Sociologie des solidarités, Université de Caen.

Je cherche un poste de chargée d'études ou de projet dans une fédération associative ou une fondation.

Juliette Chastang
06 43 70 81 26""",
        app("Juliette", "Chastang", phone="+33643708126", bac=5, grad="2026-09", status="residence_crous_master_fini"),
    )),
    # Feature: housing_transport — situation — mon service civique aux Petits Frères des Pauvres, qui court jusqu'en mai
    # circumstance: «mon service civique aux Petits Frères des Pauvres, qui court jusqu'en mai» = he moved to Marseille for it, and it runs after today → fails not_service_civique → not eligible
    N("housing_transport", "situation", "mon service civique aux Petits Frères des Pauvres, qui court jusqu'en mai", M(
        "Lucas Bertin <lucas.bertin@example.com>", "Pro'pulse candidature", "03 20:36",
        """Salut l'équipe,

J'ai déménagé à Marseille en septembre pour mon service civique aux Petits Frères des Pauvres, qui court jusqu'en mai. Je suis en colocation à la Plaine, à deux pas du local.

J'ai une licence de lettres modernes (juin 2026) et je voudrais enchaîner sur un emploi dans une association de lutte contre l'isolement.

Lucas Bertin
06 09 84 51 27""",
        app("Lucas", "Bertin", phone="+33609845127", bac=3, grad="2026-06", failing=("not_service_civique",), status="demenage_marseille_service_civique"),
    )),
    # Feature: housing_transport — studies_finished — pour commencer une licence pro en alternance
    # circumstance: «pour commencer une licence pro en alternance» = the move to Poitiers is for a licence pro begun this autumn: studies in alternation are studies running → fails studies_finished → not eligible
    N("housing_transport", "studies_finished", "pour commencer une licence pro en alternance", M(
        "Océane Garnier <oceane.garnier@example.fr>", "Candidature", "04 11:11",
        """Bonjour,

Je viens de déménager à Poitiers pour commencer une licence pro en alternance (Gestion des structures de l'ESS), avec un contrat d'apprentissage dans une SCOP du bâtiment. J'ai déjà un BTS Support à l'action managériale (juin 2025).

Je voulais savoir si Pro'pulse pouvait m'aider dès maintenant à préparer l'après-licence.

Océane Garnier
06 72 19 35 40""",
        app("Océane", "Garnier", phone="+33672193540", bac=2, grad="2025-06", failing=("studies_finished",), status="demenagement_poitiers_alternance"),
    )),
    # Feature: housing_transport — graduation — BTS Services informatiques aux organisations, juin 2025
    # circumstance: «BTS Services informatiques aux organisations, juin 2025» = forty minutes of bus from the village narrow the search to Rodez; the BTS is dated June 2025 → meets graduation_recent → eligible
    N("housing_transport", "graduation", "BTS Services informatiques aux organisations, juin 2025", M(
        "Samia Haddad <samia.haddad@example.net>", "Ma candidature", "05 07:44",
        """Bonjour,

J'habite à 40 minutes de bus de Rodez, sans voiture, donc je cherche à Rodez même. Diplôme : BTS Services informatiques aux organisations, juin 2025.

Je voudrais travailler dans l'inclusion numérique, par exemple comme conseillère numérique dans un espace de vie sociale ou une association rurale.

Samia Haddad
05 65 42 19 83""",
        app("Samia", "Haddad", phone="+33565421983", bac=2, grad="2025-06", status="bus_rodez_bts_sio"),
    )),
    # Feature: housing_transport — career_change — après plusieurs années comme chauffeur-livreur
    # ambiguous: «plusieurs années» as a delivery driver before the licence pro: the length and whether it was his trade are not said — open
    # circumstance: «après plusieurs années comme chauffeur-livreur» = he sold the van-driver's car when he moved to town; the years before the licence pro may be a career or not → not_career_change unknown → to verify
    N("housing_transport", "career_change", "après plusieurs années comme chauffeur-livreur", M(
        "Fabien Arnaud <fabien.arnaud@example.com>", "candidature pro'pulse", "06 18:25",
        """Bonjour,

Après plusieurs années comme chauffeur-livreur, j'ai vendu ma voiture en m'installant à Lyon, en plein centre, et j'ai repris les études : licence professionnelle Logistique et économie circulaire, obtenue en juin 2026.

Je cherche un poste de responsable logistique dans une ressourcerie ou une plateforme de réemploi.

Fabien Arnaud
06 44 81 20 97""",
        app("Fabien", "Arnaud", phone="+33644812097", bac=3, grad="2026-06", unknown=("not_career_change",), status="chauffeur_livreur_plusieurs_annees"),
    )),
    # Feature: housing_transport — graduation — juste après mon master, en 2020
    # circumstance: «juste après mon master, en 2020» = the move to Brittany dates the master: 2020 is six years ago → fails graduation_recent → not eligible
    N("housing_transport", "graduation", "juste après mon master, en 2020", M(
        "Gwendal Le Goff <gwendal.legoff@example.org>", "Candidature", "07 10:58",
        """Bonjour,

J'ai quitté Paris pour m'installer dans un petit village près de Quimper juste après mon master, en 2020 (master Développement durable). Depuis j'ai fait du maraîchage et pas mal de bénévolat.

Je cherche maintenant un emploi dans une association d'éducation à l'environnement du Finistère.

Gwendal Le Goff
06 58 14 73 02""",
        app("Gwendal", "Le Goff", phone="+33658147302", bac=5, grad="2020", failing=("graduation_recent",), status="village_quimper_master_2020"),
    )),
    # Feature: housing_transport — kind — les frais de transport pour venir aux ateliers sont-ils pris en charge
    # circumstance: «les frais de transport pour venir aux ateliers sont-ils pris en charge» = a rural graduate asks about travel costs, no personal fact → kind question
    N("housing_transport", "kind", "les frais de transport pour venir aux ateliers sont-ils pris en charge", M(
        "Alexis <alexis.bourdon@example.net>", "Transport pour les ateliers", "21 12:14",
        """Bonjour,

J'habite à la campagne, à une heure de train de la ville. Les frais de transport pour venir aux ateliers sont-ils pris en charge, même en partie ?

Merci,
Alexis""",
        question(),
    )),
    # Feature: housing_transport — kind — Mobilité solidaire : les nouvelles du garage
    # circumstance: «Mobilité solidaire : les nouvelles du garage» = a mobility association's letter (a social garage, a licence for 1 euro), no application → kind newsletter
    N("housing_transport", "kind", "Mobilité solidaire : les nouvelles du garage", M(
        "Mobilité solidaire <bulletin@example.org>", "Mobilité solidaire : les nouvelles du garage", "22 18:00",
        """Mobilité solidaire : les nouvelles du garage

- Location de scooters à 2 € par jour pour les personnes en recherche d'emploi
- Permis à 1 € par jour : session d'information le 8 décembre
- Le garage solidaire ferme du 24 décembre au 2 janvier

Désinscription : lien en bas de page""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:bulletin@example.org?subject=unsubscribe>"},
    )),
    # Feature: schedule_availability — studies_finished — une formation de trois jours aux premiers secours
    # circumstance: «une formation de trois jours aux premiers secours» = a first-aid course of three days next week is no studies; the licence pro is finished → meets studies_finished → eligible
    N("schedule_availability", "studies_finished", "une formation de trois jours aux premiers secours", M(
        "Hind Amrani <hind.amrani@example.com>", "Candidature Pro'pulse", "02 09:37",
        """Bonjour,

Licence professionnelle Animation sociale et socioculturelle obtenue en juin 2026. Je suis disponible tout de suite, sauf du 1er au 3 décembre : je fais une formation de trois jours aux premiers secours, demandée pour les postes d'animation.

Je cherche un poste d'animatrice dans un accueil de loisirs associatif ou une MJC.

Hind Amrani
07 35 60 28 14""",
        app("Hind", "Amrani", phone="+33735602814", bac=3, grad="2026-06", status="formation_premiers_secours_3_jours"),
    )),
    # Feature: schedule_availability — studies_finished — une formation de dix mois, financée par France Travail
    # circumstance: «une formation de dix mois, financée par France Travail» = the training paid by France Travail leads to a professional title and runs until September: studies running → fails studies_finished → not eligible
    N("schedule_availability", "studies_finished", "une formation de dix mois, financée par France Travail", M(
        "Nadia Boukhris <nadia.boukhris@example.org>", "Demande de renseignements et candidature", "03 13:16",
        """Bonjour,

J'ai une licence de psychologie (juin 2025). Lundi, je commence une formation de dix mois, financée par France Travail, pour obtenir le titre professionnel de conseillère en insertion professionnelle.

Mes horaires : du lundi au vendredi, 9 h-17 h, jusqu'en septembre. Est-ce compatible avec Pro'pulse ? Je voudrais ensuite travailler dans une structure d'insertion.

Nadia Boukhris
06 86 32 47 10""",
        app("Nadia", "Boukhris", phone="+33686324710", bac=3, grad="2025-06", failing=("studies_finished",), status="formation_dix_mois_france_travail"),
    )),
    # Feature: schedule_availability — studies_finished — j'attends la délibération du jury
    # ambiguous: the master was defended on 20 November and the jury's deliberation is still awaited: obtained or not, open
    # circumstance: «j'attends la délibération du jury» = she is available only from 14 December because the jury has not deliberated yet: everything done, result awaited → studies_finished unknown → to verify
    N("schedule_availability", "studies_finished", "j'attends la délibération du jury", M(
        "Clara Kessler <clara.kessler@example.fr>", "Candidature", "05 15:03",
        """Bonjour,

J'ai soutenu mon mémoire de master Politiques sociales le 20 novembre et j'attends la délibération du jury. Je serai disponible à partir du 14 décembre, une fois les résultats connus et mon déménagement fait.

Je cherche un poste de chargée de mission dans une fédération du secteur social.

Clara Kessler
06 47 93 15 28""",
        app("Clara", "Kessler", phone="+33647931528", bac="*", grad=None, unknown=("studies_finished",), status="deliberation_jury_dispo_14_decembre"),
    )),
    # Feature: schedule_availability — situation — en stage de fin d'études jusqu'au 30 janvier
    # circumstance: «en stage de fin d'études jusqu'au 30 janvier» = only Wednesdays are free because the final internship takes the other days, and it runs after today → fails not_internship and studies_finished → not eligible
    N("schedule_availability", "situation", "en stage de fin d'études jusqu'au 30 janvier", M(
        "Jules Barthélemy <jules.barthelemy@example.net>", "Candidature Pro'pulse", "06 12:42",
        """Bonjour,

Je ne suis disponible que le mercredi pour les ateliers : les autres jours, je suis en stage de fin d'études jusqu'au 30 janvier, à la direction d'une association de tourisme social. C'est le dernier élément de mon master.

Ensuite, je chercherai un poste dans le tourisme social et solidaire.

Jules Barthélemy
06 15 29 84 73""",
        app("Jules", "Barthélemy", phone="+33615298473", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="stage_fin_etudes_mercredi"),
    )),
    # Feature: schedule_availability — situation — je suis en service civique trois jours par semaine jusqu'au 30 juin
    # circumstance: «je suis en service civique trois jours par semaine jusqu'au 30 juin» = the part-time schedule makes it look like a side commitment, but a service civique runs after today → fails not_service_civique → not eligible
    N("schedule_availability", "situation", "je suis en service civique trois jours par semaine jusqu'au 30 juin", M(
        "Emma Dubreuil <emma.dubreuil@example.com>", "disponibilités + candidature", "07 17:59",
        """Bonjour,

J'ai une licence de sciences politiques (juin 2026). En ce moment je suis en service civique trois jours par semaine jusqu'au 30 juin, dans une association de promotion de la citoyenneté, donc j'ai les jeudis et vendredis libres.

Je voudrais commencer Pro'pulse pour préparer mon entrée dans l'emploi associatif.

Emma Dubreuil
07 20 58 41 36""",
        app("Emma", "Dubreuil", phone="+33720584136", bac=3, grad="2026-06", failing=("not_service_civique",), status="service_civique_trois_jours_juin"),
    )),
    # Feature: schedule_availability — situation — ma mission de service civique s'est terminée le 31 octobre
    # circumstance: «ma mission de service civique s'est terminée le 31 octobre» = the holiday from 20 December is the schedule; the service civique ended before today → meets not_service_civique → eligible
    N("schedule_availability", "situation", "ma mission de service civique s'est terminée le 31 octobre", M(
        "Thibault Ferrand <thibault.ferrand@example.org>", "Candidature", "09 08:30",
        """Bonjour,

BUT Carrières sociales (juin 2026). Ma mission de service civique s'est terminée le 31 octobre et je cherche maintenant un emploi d'animateur de prévention dans une association.

Je vous préviens que je pars en vacances du 20 décembre au 4 janvier (c'était prévu de longue date), sinon je suis disponible.

Thibault Ferrand
06 02 39 71 48""",
        app("Thibault", "Ferrand", phone="+33602397148", bac=3, grad="2026-06", status="service_civique_fini_vacances"),
    )),
    # Feature: schedule_availability — situation — my placement ends at the end of November
    # ambiguous: the placement (an internship) ends «at the end of November» with no day: running on 26 November or not, open
    # circumstance: «my placement ends at the end of November» = she is away for Christmas and free after the placement, whose last day is not said → not_internship unknown → to verify (English)
    N("schedule_availability", "situation", "my placement ends at the end of November", M(
        "Hannah Fletcher <hannah.fletcher@example.com>", "Application - availability", "10 14:20",
        """Hello,

I graduated in June 2026 with a BA in Youth and Community Work (Manchester) and I'm now on a placement with a youth charity in Lille; my placement ends at the end of November. I'm away from 18 December to 3 January, then fully available.

I'd like to find a job in a youth association or a community centre in Lille.

Best,
Hannah Fletcher
07 53 84 20 61""",
        app("Hannah", "Fletcher", phone="+33753842061", bac=3, grad="2026-06", unknown=("not_internship",), status="placement_end_november_away", language="en"),
    )),
    # Feature: schedule_availability — aim — un poste de jour dans une association d'aide à domicile
    # circumstance: «un poste de jour dans une association d'aide à domicile» = the night shifts in an EHPAD are the side job; the aim he states is an association → meets job_seeking_ess → eligible
    N("schedule_availability", "aim", "un poste de jour dans une association d'aide à domicile", M(
        "Sofiane Hamidi <sofiane.hamidi@example.fr>", "Candidature", "11 06:55",
        """Bonjour,

Je vous écris en sortant de ma nuit : je travaille de nuit comme agent de service dans un EHPAD, trois nuits par semaine, depuis mon master Management du secteur sanitaire et social (juillet 2025).

Je cherche un poste de jour dans une association d'aide à domicile, en coordination ou en gestion des plannings.

Sofiane Hamidi
06 94 13 57 02""",
        app("Sofiane", "Hamidi", phone="+33694135702", bac=5, grad="2025-07", status="nuits_ehpad_master_aide_domicile"),
    )),
    # Feature: schedule_availability — graduation — licence pro obtenue en 2022
    # circumstance: «licence pro obtenue en 2022» = the Ramadan in February is her only constraint on schedules, but the licence pro of 2022 is more than 24 months old → fails graduation_recent → not eligible
    N("schedule_availability", "graduation", "licence pro obtenue en 2022", M(
        "Karima Lahlou <karima.lahlou@example.net>", "Candidature et question d'horaires", "12 19:41",
        """Bonjour,

Je voudrais candidater à Pro'pulse. J'ai une licence pro obtenue en 2022 (Métiers de la GRH) et je cherche un poste RH dans une association.

Une petite question pratique : pendant le ramadan, en février, serait-il possible de décaler les ateliers de fin de journée ?

Merci,
Karima Lahlou
06 31 08 27 64""",
        app("Karima", "Lahlou", phone="+33631082764", bac=3, grad="2022", failing=("graduation_recent",), status="ramadan_licence_pro_2022"),
    )),
    # Feature: schedule_availability — graduation — BUT Information-Communication
    # ambiguous: the BUT is named with no date at all: recent or not, the coordinator cannot tell
    # circumstance: «BUT Information-Communication» = he says when he is free (afternoons only) but never when he got the BUT → graduation_recent unknown → to verify
    N("schedule_availability", "graduation", "BUT Information-Communication", M(
        "Arthur Cazenave <arthur.cazenave@example.com>", "candidature + disponibilités", "13 14:05",
        """Bonjour,

Je suis titulaire d'un BUT Information-Communication et je cherche un poste de chargé de communication dans une association ou une coopérative culturelle.

Je suis disponible uniquement les après-midi (le matin j'accompagne ma grand-mère à ses soins), donc les ateliers de 14 h me conviennent parfaitement.

Arthur Cazenave
06 26 74 93 18""",
        app("Arthur", "Cazenave", phone="+33626749318", bac=3, grad=None, unknown=("graduation_recent",), status="but_infocom_sans_date_apres_midi"),
    )),
    # Feature: schedule_availability — level — diplôme d'État de conseillère en économie sociale familiale
    # circumstance: «diplôme d'État de conseillère en économie sociale familiale» = the night bakery job fixes her free hours; the DE CESF (bac+3) of June 2026 is the diploma → meets degree_level → eligible
    N("schedule_availability", "level", "diplôme d'État de conseillère en économie sociale familiale", M(
        "Léonie Ginestet <leonie.ginestet@example.org>", "Candidature Pro'pulse", "14 04:50",
        """Bonjour,

Il est 5 h, je sors du fournil : je travaille de nuit dans une boulangerie en attendant mieux. J'ai obtenu en juin 2026 le diplôme d'État de conseillère en économie sociale familiale.

Je cherche un poste de CESF dans une association de logement ou un CHRS associatif. Je suis disponible l'après-midi pour les ateliers.

Léonie Ginestet
07 47 26 18 53""",
        app("Léonie", "Ginestet", phone="+33747261853", bac=3, grad="2026-06", status="boulangerie_nuit_decesf"),
    )),
    # Feature: schedule_availability — level — j'ai un CAP petite enfance et je prépare le DAEU
    # circumstance: «j'ai un CAP petite enfance et je prépare le DAEU» = evening classes fix her schedule; the CAP is her diploma and the DAEU (a bac) is still running → fails degree_level and studies_finished → not eligible
    N("schedule_availability", "level", "j'ai un CAP petite enfance et je prépare le DAEU", M(
        "Aïcha Kanté <aicha.kante@example.fr>", "inscription", "15 20:10",
        """Bonsoir,

Je ne suis disponible qu'en journée, parce que le soir j'ai cours : j'ai un CAP petite enfance et je prépare le DAEU pour pouvoir entrer à la fac.

Je voudrais travailler dans une crèche associative. Est-ce que votre programme est pour moi ?

Aïcha Kanté
06 75 30 42 19""",
        app("Aïcha", "Kanté", phone="+33675304219", bac=0, grad=None, failing=("degree_level", "studies_finished"), status="cap_petite_enfance_daeu_soir"),
    )),
    # Feature: schedule_availability — career_change — des extras dans l'événementiel le week-end
    # circumstance: «des extras dans l'événementiel le week-end» = weekend event work since university keeps her weekends busy; odd jobs are no career → meets not_career_change → eligible (CV attached)
    N("schedule_availability", "career_change", "des extras dans l'événementiel le week-end", M(
        "Pauline Dauphin <pauline.dauphin@example.com>", "Candidature — Pauline Dauphin", "16 11:26",
        """Bonjour,

Je fais des extras dans l'événementiel le week-end depuis la fac, donc je ne suis pas disponible le samedi, mais toute la semaine oui.

Diplôme d'État d'éducatrice de jeunes enfants, juillet 2026. Je cherche un poste d'EJE dans une crèche associative ou parentale. Mon CV est joint.

Pauline Dauphin
06 18 47 29 65""",
        app("Pauline", "Dauphin", phone="+33618472965", bac=3, grad="2026-07", status="extras_evenementiel_deeje", info_in="both"),
        cv=CV("pdf", "CV Pauline Dauphin EJE.pdf", """Pauline Dauphin
Diplôme d'État d'éducatrice de jeunes enfants — juillet 2026
Extras en événementiel (week-ends), 2022-2026
Stage long, crèche parentale associative, 2026"""),
    )),
    # Feature: schedule_availability — kind — les ateliers ont-ils lieu le samedi
    # circumstance: «les ateliers ont-ils lieu le samedi» = someone working weekdays asks about days, no personal fact → kind question
    N("schedule_availability", "kind", "les ateliers ont-ils lieu le samedi", M(
        "Lina <lina.fournel@example.org>", "Jours des ateliers", "17 21:33",
        """Bonsoir,

Je travaille en semaine pour l'instant. Les ateliers ont-ils lieu le samedi, ou existe-t-il une version à distance le soir ?

Lina""",
        question(),
    )),
    # Feature: schedule_availability — kind — est-ce que les rendez-vous individuels peuvent se faire en visio
    # circumstance: «est-ce que les rendez-vous individuels peuvent se faire en visio» = a question about the schedule of the coaching, no personal fact → kind question
    N("schedule_availability", "kind", "est-ce que les rendez-vous individuels peuvent se faire en visio", M(
        "Hugo <hugo.lacombe@example.fr>", "Rendez-vous en visio ?", "18 13:47",
        """Bonjour,

Avant de postuler : est-ce que les rendez-vous individuels peuvent se faire en visio ? Mes horaires changent chaque semaine et je ne peux pas toujours me déplacer.

Bonne journée,
Hugo""",
        question(),
    )),
    # Feature: schedule_availability — kind — Je suis en congés jusqu'au 7 décembre
    # circumstance: «Je suis en congés jusqu'au 7 décembre» = a partner employer's automatic answer, a holiday, no application → kind auto_reply
    N("schedule_availability", "kind", "Je suis en congés jusqu'au 7 décembre", M(
        "Gilles Ducros <g.ducros@example.net>", "Réponse automatique : Forum des employeurs de l'ESS", "19 09:00",
        """Bonjour,

Je suis en congés jusqu'au 7 décembre. En mon absence, vous pouvez joindre l'accueil de la coopérative au 04 78 00 00 00.

Gilles Ducros""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: schedule_availability — kind — un poste d'animateur à temps partiel, horaires du soir
    # circumstance: «un poste d'animateur à temps partiel, horaires du soir» = an ESS employer offers a job to the programme's participants, no application → kind other
    N("schedule_availability", "kind", "un poste d'animateur à temps partiel, horaires du soir", M(
        "Centre social Les Coteaux <recrutement.coteaux@example.org>", "Offre pour vos participants", "20 10:12",
        """Bonjour,

Nous recrutons pour janvier un poste d'animateur à temps partiel, horaires du soir (17 h-21 h), pour notre accompagnement à la scolarité. Pourriez-vous diffuser l'offre à vos participants ?

Merci,
Centre social Les Coteaux""",
        other(),
    )),
]
