"""Repairs corpus, batch 06 (writer B): facts struck through in HTML mails (an internship struck for its end,
a BTS's year struck back to 2023, «diplômé» struck before a defence ahead, a bac struck for a BTS, an aim
struck with nothing after, an English «recent graduate» struck for a career changer, a civic service struck
for a contract), statements withdrawn (an internship withdrawn with nothing after, a «career» in catering
withdrawn, «récemment diplômé» withdrawn, a date withdrawn, an English civic service's end withdrawn, a
concours withdrawn), and facts narrowed (a degree narrowed to a resit ahead, a bac+2 narrowed to one year,
a full-time availability narrowed by an internship, an ESS aim narrowed to co-ops, an aim narrowed to
anything, a «formation» narrowed to three days); other mail repairing too (a newsletter's struck date, an
out-of-office's struck dates, a question withdrawn, a bounce with a human note, a question narrowed, a
school narrowing a claim)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question
from repairs import N

MESSAGES = [
    # Feature: struck_text — situation — ~~stagiaire~~ ancienne stagiaire
    # repair: «stagiaire chez Emmaüs Connect» struck → «ancienne stagiaire, stage terminé le 13 novembre» = the internship is over → meets not_internship → eligible
    N("struck_text", "situation", "~~stagiaire~~ ancienne stagiaire", M(
        "Noémie Valette <noemie.valette@example.org>", "Candidature Pro'pulse", "02 10:40",
        """Bonjour,

Je suis ~~stagiaire~~ ancienne stagiaire chez Emmaüs Connect à Marseille : le stage s'est terminé le 13 novembre. J'ai une licence pro Intervention sociale, obtenue en juin 2026.

Je cherche un poste de médiatrice numérique dans une association.

Noémie Valette
06 17 35 92 48""",
        app("Noémie", "Valette", phone="+33617359248", bac=3, grad="2026-06", status="b_lp_stage_emmaus_fini_13"),
        html="both",
        body_html="""<html><body><p>Bonjour,</p><p>Je suis <s>stagiaire</s> ancienne stagiaire chez Emmaüs Connect à Marseille : le stage s'est terminé le 13 novembre. J'ai une licence pro Intervention sociale, obtenue en juin 2026.</p><p>Je cherche un poste de médiatrice numérique dans une association.</p><p>Noémie Valette<br>06 17 35 92 48</p></body></html>""",
    )),
    # Feature: struck_text — graduation — BTS Tourisme ~~2025~~ 2023
    # repair: «BTS Tourisme 2025» struck → «2023 (2025, c'est mon entrée en licence, que je n'ai pas finie)» = the BTS is of 2023 → fails graduation_recent → not eligible
    N("struck_text", "graduation", "BTS Tourisme ~~2025~~ 2023", M(
        "Sofiane Rahal <sofiane.rahal@example.net>", "candidature tourisme solidaire", "03 09:12",
        """Bonjour,

Diplôme : BTS Tourisme ~~2025~~ 2023 (2025, c'est mon entrée en licence, que je n'ai pas finie).

Je cherche dans le tourisme social : villages vacances associatifs, auberges de jeunesse.

Sofiane Rahal
07.62.40.19.85""",
        app("Sofiane", "Rahal", phone="+33762401985", bac=2, grad="2023", failing=("graduation_recent",), status="b_bts_tourisme_2023_barre"),
        html="both",
        body_html="""<html><body><p>Bonjour,</p><p>Diplôme : BTS Tourisme <s>2025</s> 2023 (2025, c'est mon entrée en licence, que je n'ai pas finie).</p><p>Je cherche dans le tourisme social : villages vacances associatifs, auberges de jeunesse.</p><p>Sofiane Rahal<br>07.62.40.19.85</p></body></html>""",
    )),
    # Feature: struck_text — studies_finished — diplômé (barré) en M2, soutenance en février
    # repair: «diplômé» struck → «en M2, soutenance en février» = the master runs, its defence is ahead → fails studies_finished → not eligible
    N("struck_text", "studies_finished", "diplômé (barré) en M2, soutenance en février", M(
        "Gaspard Wolff <gaspard.wolff@example.com>", "Pro'pulse — M2 urbanisme", "04 14:55",
        """Bonjour,

Je suis diplômé (barré) en M2, soutenance en février, du master Urbanisme et aménagement de Strasbourg. Je voudrais anticiper et chercher dès maintenant un poste dans une coopérative d'habitat participatif ou une association de quartier.

Gaspard Wolff
06 48 20 93 17""",
        app("Gaspard", "Wolff", phone="+33648209317", bac="*", grad=None, failing=("studies_finished",), status="b_m2_urba_soutenance_fevrier"),
        html="only",
        body_html="""<html><body><div>Bonjour,</div><div><br></div><div>Je suis <strike>diplômé</strike> en M2, soutenance en février, du master Urbanisme et aménagement de Strasbourg. Je voudrais anticiper et chercher dès maintenant un poste dans une coopérative d'habitat participatif ou une association de quartier.</div><div><br></div><div>Gaspard Wolff<br>06 48 20 93 17</div></body></html>""",
    )),
    # Feature: struck_text — level — Niveau : ~~bac~~ BTS MCO
    # repair: «niveau bac» struck (the form's only choice) → «BTS MCO, juin 2026» = a bac+2 obtained → meets degree_level → eligible
    N("struck_text", "level", "Niveau : ~~bac~~ BTS MCO", M(
        "Kenza Mouhoub <kenza.mouhoub@example.fr>", "Candidature", "05 17:21",
        """Bonjour,

Niveau : ~~bac~~ BTS MCO, obtenu en juin 2026 (le formulaire de la mission locale m'a fait cocher « bac », il n'y avait pas d'autre case).

Je voudrais travailler dans une épicerie solidaire ou une boutique de commerce équitable, à la gestion du magasin.

Kenza Mouhoub
06 03 71 48 25""",
        app("Kenza", "Mouhoub", phone="+33603714825", bac=2, grad="2026-06", status="b_bts_mco_case_bac_barree"),
        html="both",
        body_html="""<html><body><p>Bonjour,</p><p>Niveau : <s>bac</s> BTS MCO, obtenu en juin 2026 (le formulaire de la mission locale m'a fait cocher « bac », il n'y avait pas d'autre case).</p><p>Je voudrais travailler dans une épicerie solidaire ou une boutique de commerce équitable, à la gestion du magasin.</p><p>Kenza Mouhoub<br>06 03 71 48 25</p></body></html>""",
    )),
    # Feature: struck_text — aim — ~~exclusivement dans l'ESS~~
    # ambiguous: the ESS aim is struck and replaced by «dans l'ESS ou ailleurs, je verrai»: a search of no sector, job_seeking_ess stays open
    # repair: «je cherche exclusivement dans l'ESS» struck → «un premier emploi, dans l'ESS ou ailleurs, je verrai» = the aim is withdrawn to an open search → job_seeking_ess open → to_verify
    N("struck_text", "aim", "~~exclusivement dans l'ESS~~", M(
        "Bastien Renaudin <bastien.renaudin@example.org>", "Pro'pulse : candidature", "06 11:03",
        """Bonjour,

Titulaire d'un master Gestion de projets culturels (juillet 2026, Dijon), je cherche ~~exclusivement dans l'ESS~~ un premier emploi, dans l'ESS ou ailleurs, je verrai selon les offres. J'ai barré parce que je me suis rendu compte que c'était faux, je ne veux pas vous raconter d'histoires.

Pouvez-vous quand même m'accompagner ?

Bastien Renaudin
06 77 30 12 84""",
        app("Bastien", "Renaudin", phone="+33677301284", bac=5, grad="2026-07", unknown=("job_seeking_ess",), status="b_master_culture_ess_barre"),
        html="both",
        body_html="""<html><body><p>Bonjour,</p><p>Titulaire d'un master Gestion de projets culturels (juillet 2026, Dijon), je cherche <strike>exclusivement dans l'ESS</strike> un premier emploi, dans l'ESS ou ailleurs, je verrai selon les offres. J'ai barré parce que je me suis rendu compte que c'était faux, je ne veux pas vous raconter d'histoires.</p><p>Pouvez-vous quand même m'accompagner ?</p><p>Bastien Renaudin<br>06 77 30 12 84</p></body></html>""",
    )),
    # Feature: struck_text — career_change — ~~recent graduate~~ career changer
    # repair: «recent graduate» struck → «career changer: ten years as a care assistant before the licence» = a trade of ten years before the diploma → fails not_career_change → not eligible
    N("struck_text", "career_change", "~~recent graduate~~ career changer", M(
        "Grace Okonkwo <grace.okonkwo@example.com>", "Application to Pro'pulse", "07 19:30",
        """Hello,

I'm a ~~recent graduate~~ career changer: I worked ten years as a care assistant in nursing homes before going back to study, and I got my licence in health and social sciences in Lyon in June 2026. "Recent graduate" is true on paper, but it isn't the whole story.

I'm looking for a coordinator role in a home-care association or a mutual health organisation.

Grace Okonkwo
07 45 19 83 62""",
        app("Grace", "Okonkwo", phone="+33745198362", bac=3, grad="2026-06", failing=("not_career_change",), language="en", status="b_en_career_changer_care_assistant"),
        html="both",
        body_html="""<html><body><p>Hello,</p><p>I'm a <s>recent graduate</s> career changer: I worked ten years as a care assistant in nursing homes before going back to study, and I got my licence in health and social sciences in Lyon in June 2026. "Recent graduate" is true on paper, but it isn't the whole story.</p><p>I'm looking for a coordinator role in a home-care association or a mutual health organisation.</p><p>Grace Okonkwo<br>07 45 19 83 62</p></body></html>""",
    )),
    # Feature: struck_text — situation — volontaire en service civique (barré) salariée en CDD
    # repair: «volontaire en service civique» struck → «salariée en CDD depuis la fin octobre» = the civic service ended when the contract began → meets not_service_civique → eligible
    N("struck_text", "situation", "volontaire en service civique (barré) salariée en CDD", M(
        "Élodie Sanchez-Baptiste <elodie.sb@example.net>", "Candidature BUT carrières sociales", "08 08:47",
        """Bonjour,

Titulaire d'un BUT Carrières sociales (juin 2025), je suis volontaire en service civique (barré) salariée en CDD depuis la fin octobre dans la même association de quartier : ils ont mis fin à ma mission pour m'embaucher jusqu'en mars.

J'aimerais préparer l'après-mars : un poste d'animatrice coordinatrice dans un centre social.

Élodie Sanchez-Baptiste
+33 6 91 26 47 03""",
        app("Élodie", "Sanchez-Baptiste", phone="+33691264703", bac=3, grad="2025-06", status="b_but_cs_sc_devenu_cdd"),
        html="both",
        body_html="""<html><body><p>Bonjour,</p><p>Titulaire d'un BUT Carrières sociales (juin 2025), je suis <strike>volontaire en service civique</strike> salariée en CDD depuis la fin octobre dans la même association de quartier : ils ont mis fin à ma mission pour m'embaucher jusqu'en mars.</p><p>J'aimerais préparer l'après-mars : un poste d'animatrice coordinatrice dans un centre social.</p><p>Élodie Sanchez-Baptiste<br>+33 6 91 26 47 03</p></body></html>""",
    )),
    # Feature: struck_text — kind — le ~~3~~ 9 décembre
    # repair: «atelier CV le 3 décembre» struck → «le 9 décembre» = a newsletter putting a date right → kind newsletter
    N("struck_text", "kind", "le ~~3~~ 9 décembre", M(
        "Agenda CRESS Occitanie <agenda@cress-occ.example.org>", "L'agenda de l'ESS — décembre (date corrigée)", "23 07:45",
        """L'agenda de l'ESS — décembre

Atelier « CV et lettre pour une première candidature dans l'ESS » : le ~~3~~ 9 décembre, 14 h, Toulouse (le 3 tombait le jour du salon d'Albi).
Forum des métiers de l'économie sociale : 12 décembre, Montpellier.

Pour ne plus recevoir l'agenda, répondez « stop ».""",
        newsletter(),
        html="both",
        body_html="""<html><body><h2>L'agenda de l'ESS — décembre</h2><ul><li>Atelier « CV et lettre pour une première candidature dans l'ESS » : le <s>3</s> 9 décembre, 14 h, Toulouse (le 3 tombait le jour du salon d'Albi).</li><li>Forum des métiers de l'économie sociale : 12 décembre, Montpellier.</li></ul><p>Pour ne plus recevoir l'agenda, répondez « stop ».</p></body></html>""",
        headers={"List-Unsubscribe": "<mailto:agenda@cress-occ.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: struck_text — kind — du 23 novembre au ~~27~~ 1er décembre
    # repair: «absent jusqu'au 27» struck → «1er décembre» = an out-of-office with its dates put right → kind auto_reply
    N("struck_text", "kind", "du 23 novembre au ~~27~~ 1er décembre", M(
        "Pierre-Yves Urvoy <py.urvoy@scop-batir.example.coop>", "Réponse automatique", "25 10:02",
        """Je suis en congé du 23 novembre au ~~27~~ 1er décembre. Votre message sera traité à mon retour.

Pierre-Yves Urvoy — SCOP Bâtir ensemble""",
        auto_reply(),
        html="both",
        body_html="""<html><body><p>Je suis en congé du 23 novembre au <strike>27</strike> 1er décembre. Votre message sera traité à mon retour.</p><p>Pierre-Yves Urvoy — SCOP Bâtir ensemble</p></body></html>""",
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: retraction — situation — ne tenez pas compte de ce que j'ai écrit sur mon stage
    # ambiguous: the internship «jusqu'en janvier» is withdrawn and no other end is given: running or over, not_internship stays open
    # repair: «mon stage se termine en janvier» → «ne tenez pas compte de ce que j'ai écrit sur mon stage, je vous redirai» = the internship's end is withdrawn, nothing follows → not_internship open → to_verify
    N("retraction", "situation", "ne tenez pas compte de ce que j'ai écrit sur mon stage", M(
        "Fanny Ureña-Lemoine <fanny.ul@example.org>", "Candidature licence pro", "09 12:44",
        """Bonjour,

J'ai une licence pro Métiers de l'animation sociale (juin 2026). Mon stage dans une maison des jeunes se termine en janvier, et je cherche ensuite un poste d'animatrice dans une association.

En fait, ne tenez pas compte de ce que j'ai écrit sur mon stage : la structure est en train de renégocier la convention avec la fac, je vous redirai quand j'en saurai plus.

Fanny Ureña-Lemoine
06 58 90 21 36""",
        app("Fanny", "Ureña-Lemoine", phone="+33658902136", bac=3, grad="2026-06", unknown=("not_internship",), status="b_lp_stage_retire_convention"),
    )),
    # Feature: retraction — career_change — je retire le mot « carrière »
    # repair: «ma carrière dans la restauration» → «je retire le mot « carrière » : des week-ends en salle pendant la licence» = a student's job, no trade before the diploma → meets not_career_change → eligible
    N("retraction", "career_change", "je retire le mot « carrière »", M(
        "Rémi Toussaint <remi.toussaint@example.fr>", "candidature", "10 20:16",
        """Bonsoir,

Après ma carrière dans la restauration, j'ai décidé de me tourner vers l'ESS. Je retire le mot « carrière » : c'était des week-ends en salle dans une brasserie pendant ma licence d'histoire, rien de plus. Licence obtenue en juin 2025.

Je cherche un poste de médiateur culturel dans une association d'éducation populaire ou un écomusée associatif.

Rémi Toussaint
07 82 64 15 09""",
        app("Rémi", "Toussaint", phone="+33782641509", bac=3, grad="2025-06", status="b_licence_histoire_carriere_retiree"),
    )),
    # Feature: retraction — graduation — je retire « récemment diplômé »
    # repair: «récemment diplômé» → «je retire : mon DUT date de 2021, rien depuis» = the only diploma is of 2021 → fails graduation_recent → not eligible
    N("retraction", "graduation", "je retire « récemment diplômé »", M(
        "Wilfried Mabiala <wilfried.mabiala@example.net>", "Pro'pulse", "11 16:38",
        """Bonjour,

Récemment diplômé, je voudrais travailler dans une association sportive ou un club omnisports.

Bon, je retire « récemment diplômé », c'est ce que je mets partout par réflexe : mon DUT Gestion des entreprises date de 2021, et je n'ai rien passé depuis. J'ai enchaîné des contrats de vendeur.

Wilfried Mabiala
06 29 51 73 40""",
        app("Wilfried", "Mabiala", phone="+33629517340", bac=2, grad="2021", failing=("graduation_recent",), status="b_dut_gea_2021_recent_retire"),
    )),
    # Feature: retraction — graduation — oubliez la date de juin 2025 de mon premier message
    # ambiguous: the licence's date is withdrawn and no other date is given: recent or not, graduation_recent stays open
    # repair: «licence en juin 2025» (first message) → «oubliez la date de juin 2025 de mon premier message, ce n'est pas la bonne ; je vérifie» = the date withdrawn, nothing follows → graduation_recent open → to_verify
    N("retraction", "graduation", "oubliez la date de juin 2025 de mon premier message", M(
        "Yasmine Ziani <yasmine.ziani@example.com>", "Complément à ma candidature", "12 09:59",
        """Bonjour,

Suite à mon premier message : oubliez la date de juin 2025 de mon premier message, ce n'est pas la bonne, je la vérifie avec la scolarité. Le reste est juste : licence de psychologie à Toulouse, et je cherche un poste dans une association d'aide aux victimes ou d'accueil de jour.

Yasmine Ziani
06 84 12 05 77""",
        app("Yasmine", "Ziani", phone="+33684120577", bac=3, grad=None, unknown=("graduation_recent",), status="b_licence_psycho_date_retiree"),
    )),
    # Feature: retraction — situation — please disregard what I wrote about my service civique
    # repair: «my service civique ended in October» → «please disregard what I wrote about my service civique: it runs until 31 March» = the civic service runs after today → fails not_service_civique → not eligible
    N("retraction", "situation", "please disregard what I wrote about my service civique", M(
        "Mateo Rossi <mateo.rossi@example.org>", "Pro'pulse application (correction)", "13 18:25",
        """Hi,

Following my application of last week: please disregard what I wrote about my service civique. I said it ended in October; that was the first contract. It was extended, and it now runs until 31 March at the refugee support association in Grenoble.

Everything else stands: BA in Political Science, July 2025, and I want to work in an association supporting refugees.

Mateo Rossi
+39 347 218 5563""",
        app("Mateo", "Rossi", phone="+393472185563", bac=3, grad="2025-07", failing=("not_service_civique",), language="en", status="b_en_service_civique_until_march"),
    )),
    # Feature: retraction — aim — laissez de côté ce que je disais sur le concours
    # repair: «je prépare aussi le concours d'attaché territorial» → «laissez de côté ce que je disais sur le concours : j'ai arrêté, je ne cherche plus qu'en association» = the search is in the ESS alone → meets job_seeking_ess → eligible
    N("retraction", "aim", "laissez de côté ce que je disais sur le concours", M(
        "Léonie Saint-Hilaire <leonie.sainthilaire@example.fr>", "Candidature Pro'pulse - master AES", "14 11:12",
        """Bonjour,

Je suis diplômée d'un master Administration économique et sociale (septembre 2025, Rennes) et je prépare aussi le concours d'attaché territorial, en parallèle de ma recherche dans les associations.

Laissez de côté ce que je disais sur le concours : je viens d'y renoncer, je ne m'inscris pas à la session de 2027. Je ne cherche plus qu'en association, plutôt dans l'insertion par l'activité économique (chantiers d'insertion, entreprises adaptées).

J'ai travaillé pendant mon master comme surveillante dans un lycée, à mi-temps.

Léonie Saint-Hilaire
06 39 74 28 15""",
        app("Léonie", "Saint-Hilaire", phone="+33639742815", bac=5, grad="2025-09", status="b_master_aes_concours_abandonne"),
    )),
    # Feature: retraction — kind — je retire ma question sur l'âge
    # repair: «y a-t-il une limite d'âge ?» → «je retire ma question sur l'âge, je l'ai trouvée sur le site» = a question left about the schedule, no facts to judge → kind question
    N("retraction", "kind", "je retire ma question sur l'âge", M(
        "m.yildiz.pro@example.net", "deux questions", "15 21:40",
        """Bonjour,

Deux questions : y a-t-il une limite d'âge pour Pro'pulse ? Et les ateliers sont-ils à distance ou sur place ?

Je retire ma question sur l'âge, je l'ai trouvée sur le site entre-temps. Reste celle sur les ateliers.

Merci""",
        question(),
    )),
    # Feature: retraction — kind — Ne tenez pas compte de l'adresse en gmail
    # repair: «notre réponse envoyée à une adresse» → a human note «ne tenez pas compte de l'adresse en gmail, elle est fausse» = a bounce with a note from the relay's admin → kind bounce
    N("retraction", "kind", "Ne tenez pas compte de l'adresse en gmail", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Delivery Status Notification (Failure)", "16 04:12",
        """Your message to <valentin.morel.pro@example.net> could not be delivered.

550 5.1.1 The email account that you tried to reach does not exist.

--
Note de l'administrateur de l'école : ne tenez pas compte de l'adresse en gmail que l'étudiant vous a donnée sur le salon, elle est fausse ; écrivez-lui à son adresse de l'école.""",
        bounce("valentin.morel.pro@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; valentin.morel.pro@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 account does not exist",
    )),
    # Feature: narrowing — studies_finished — à un détail près : il me reste le rattrapage de statistiques
    # repair: «diplômée en sociologie» → «à un détail près : il me reste le rattrapage de statistiques, le 12 janvier» = an exam ahead, the licence is not obtained → fails studies_finished → not eligible
    N("narrowing", "studies_finished", "à un détail près : il me reste le rattrapage de statistiques", M(
        "Ambre Marchal <ambre.marchal@example.org>", "candidature", "17 13:33",
        """Bonjour,
Diplômée en sociologie — à un détail près : il me reste le rattrapage de statistiques, le 12 janvier. Je veux travailler dans une association d'éducation populaire.
Ambre Marchal, 06 55 08 34 71""",
        app("Ambre", "Marchal", phone="+33655083471", bac="*", grad=None, failing=("studies_finished",), status="b_licence_socio_rattrapage_janvier"),
    )),
    # Feature: narrowing — level — disons seulement la première année
    # repair: «un DUT» → «disons seulement la première année, validée en 2025» = no bac+2 obtained → fails degree_level → not eligible
    N("narrowing", "level", "disons seulement la première année", M(
        "Thibault Roussel <thibault.roussel@example.net>", "Pro'pulse inscription", "18 10:50",
        """Bonjour,

J'ai fait un DUT Carrières juridiques, disons seulement la première année, validée en 2025 ; j'ai arrêté pour des raisons familiales. Je cherche un emploi dans une association d'accès au droit ou une maison de la justice associative.

Thibault Roussel
07 31 84 26 90""",
        app("Thibault", "Roussel", phone="+33731842690", bac=1, grad=None, failing=("degree_level",), status="b_dut_premiere_annee_seulement"),
    )),
    # Feature: narrowing — situation — disons à partir du 15 janvier
    # repair: «disponible à plein temps» → «disons à partir du 15 janvier : d'ici là je suis en stage à la mairie» = an internship runs after today → fails not_internship → not eligible
    N("narrowing", "situation", "disons à partir du 15 janvier", M(
        "Chloé Sarr <chloe.sarr@example.com>", "Candidature - licence pro gestion associative", "19 15:08",
        """Bonjour,

J'ai obtenu ma licence pro Gestion des organisations de l'ESS en juin 2026 à Nancy, et je suis disponible à plein temps, disons à partir du 15 janvier : d'ici là je suis en stage au service vie associative de la mairie, sous convention.

Je cherche un poste de chargée de vie associative dans une fédération ou une grosse association.

Chloé Sarr
06 70 43 19 82""",
        app("Chloé", "Sarr", phone="+33670431982", bac=3, grad="2026-06", failing=("not_internship",), status="b_lp_ess_stage_mairie_15_janvier"),
    )),
    # Feature: narrowing — aim — voire surtout les coopératives agricoles
    # repair: «l'ESS au sens large» → «voire surtout les coopératives agricoles» = the aim narrowed stays in the ESS → meets job_seeking_ess → eligible (distractor: the narrowing changes nothing)
    N("narrowing", "aim", "voire surtout les coopératives agricoles", M(
        "Baptiste Vernet <baptiste.vernet@example.fr>", "Candidature — BTSA", "20 08:36",
        """Bonjour,

Titulaire d'un BTSA Développement de l'agriculture des régions chaudes (juin 2025), je cherche un emploi dans l'ESS au sens large, voire surtout les coopératives agricoles et les CUMA de la Drôme.

Vous trouverez mon CV en pièce jointe.

Baptiste Vernet
06 42 17 95 30""",
        app("Baptiste", "Vernet", phone="+33642179530", bac=2, grad="2025-06", info_in="both", status="b_btsa_cooperatives_agricoles"),
        cv=CV("pdf", "CV_Baptiste_Vernet.pdf", """Baptiste Vernet
06 42 17 95 30 — Crest (26)
BTSA DARC, lycée agricole, juin 2025
Stage : CUMA du Diois, 10 semaines
Saisons : arboriculture, 2022-2024"""),
    )),
    # Feature: narrowing — aim — enfin, surtout, mais je regarde aussi les offres en banque
    # ambiguous: the ESS aim is narrowed to one option among banks and insurers, the first offer taken: job_seeking_ess stays open
    # repair: «je cherche dans l'ESS» → «enfin, surtout, mais je regarde aussi les offres en banque et en assurance» = the ESS on equal terms with a fallback → job_seeking_ess open → to_verify
    N("narrowing", "aim", "enfin, surtout, mais je regarde aussi les offres en banque", M(
        "Ophélie Nguyen-Mabrouk <ophelie.nm@example.org>", "Candidature Pro'pulse master finance", "21 17:49",
        """Bonjour,

Je suis titulaire d'un master Finance et contrôle de gestion, obtenu en septembre 2026 à Clermont-Ferrand. Je cherche dans l'ESS — enfin, surtout, mais je regarde aussi les offres en banque et en assurance, et je prendrai sans doute la première qui se présente. Mon idée serait le contrôle de gestion dans une mutuelle ou une fondation.

Ophélie Nguyen-Mabrouk
06 15 86 30 42""",
        app("Ophélie", "Nguyen-Mabrouk", phone="+33615863042", bac=5, grad="2026-09", unknown=("job_seeking_ess",), status="b_master_finance_ess_ou_banque"),
    )),
    # Feature: narrowing — studies_finished — disons une formation de trois jours
    # repair: «je suis en formation» → «disons une formation de trois jours sur la gestion des conflits, rien de diplômant» = a short course, no studies running → meets studies_finished → eligible
    N("narrowing", "studies_finished", "disons une formation de trois jours", M(
        "Jérémy Olivier-Pham <jeremy.op@example.net>", "candidature", "22 12:21",
        """Bonjour,

Master Médiation culturelle obtenu en septembre 2025 à Paris 3. Je suis en formation en ce moment, disons une formation de trois jours sur la gestion des conflits, rien de diplômant, financée par France Travail.

Je cherche un poste de médiateur dans une association culturelle ou un tiers-lieu.

Jérémy Olivier-Pham
07 90 12 38 56""",
        app("Jérémy", "Olivier-Pham", phone="+33790123856", bac=5, grad="2025-09", status="b_master_mediation_formation_trois_jours"),
    )),
    # Feature: narrowing — kind — disons plutôt un master 1
    # repair: «un bac+5» → «disons plutôt un master 1» = a general question on the level asked, no diploma of the writer's own → kind question
    N("narrowing", "kind", "disons plutôt un master 1", M(
        "Lucas Weiss <lucas.weiss@example.com>", "Niveau requis ?", "23 19:05",
        """Bonjour,

Pour quelqu'un qui a un bac+5, disons plutôt un master 1 validé sans le M2, le programme est-il accessible ? Je pose la question pour un ami.

Lucas""",
        question(),
    )),
    # Feature: narrowing — kind — tous nos diplômés — enfin, la plupart
    # repair: «tous nos diplômés sont éligibles» → «enfin, la plupart : ceux de la promotion 2026» = a school writing about its graduates → kind other
    N("narrowing", "kind", "tous nos diplômés — enfin, la plupart", M(
        "Service insertion IRTS <insertion@irts-exemple.example.fr>", "Partenariat Pro'pulse / IRTS", "24 09:30",
        """Bonjour,

Nous aimerions présenter Pro'pulse à nos diplômés éducateurs : tous nos diplômés — enfin, la plupart : ceux de la promotion 2026, les plus anciens ayant souvent déjà un poste — pourraient y trouver un appui.

Seriez-vous disponibles pour une présentation en janvier ?

Marion Paulet, chargée d'insertion professionnelle""",
        other(),
    )),
]
