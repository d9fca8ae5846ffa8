"""Repairs corpus, batch 02 (writer A): HTML mails whose outdated fact is struck through (<del>) with the new
one after it (the text part shows «~~…~~» or «(barré)»), statements withdrawn («oubliez ce que…», «faites
comme si…», «effacez…», «disregard…») with or without the right fact after them, and facts that shrink
(«enfin presque», «à part…», «disons…», «surtout…»); other mail repaired the same way (an auto-reply and a
newsletter with a struck date, a reply in our thread withdrawing yesterday's message, a question withdrawn
and asked again, a school's list narrowed, a partner's offer narrowed)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, newsletter, other, question, reply
from repairs import N

MESSAGES = [
    # Feature: struck_text — situation — ~~en stage à la Ligue de l'enseignement~~
    # repair: «en stage à la Ligue de l'enseignement» struck → «sortie de stage depuis le 30 octobre» = the internship is over → meets not_internship → eligible
    N("struck_text", "situation", "~~en stage à la Ligue de l'enseignement~~", M(
        "Camille Durand-Ngo <camille.durandngo@example.fr>", "Candidature Pro'pulse (version corrigée)", "02 10:21",
        """Bonjour,

Je suis ~~en stage à la Ligue de l'enseignement~~ sortie de stage depuis le 30 octobre, après six mois à la Ligue de l'enseignement du Gard.

Licence professionnelle Coordination de projets de développement social (Nîmes, juin 2026).

Je cherche un poste de coordinatrice de projets éducatifs dans une association.

Camille Durand-Ngo
06 88 40 12 57""",
        app("Camille", "Durand-Ngo", phone="+33688401257", bac=3, grad="2026-06", status="del_en_stage_sortie_30_oct"),
        html="both",
        body_html="<html><body><p>Bonjour,</p><p>Je suis <del>en stage à la Ligue de l'enseignement</del> sortie de stage depuis le 30 octobre, après six mois à la Ligue de l'enseignement du Gard.</p><p>Licence professionnelle Coordination de projets de développement social (Nîmes, juin 2026).</p><p>Je cherche un poste de coordinatrice de projets éducatifs dans une association.</p><p>Camille Durand-Ngo<br>06 88 40 12 57</p></body></html>",
    )),
    # Feature: struck_text — level — (barré) BTS Management des unités commerciales — bac pro Commerce
    # repair: «BTS Management des unités commerciales» struck → «bac pro Commerce (le BTS, j'ai arrêté en première année)» = no diploma of bac+2 → fails degree_level → not eligible
    N("struck_text", "level", "(barré) BTS Management des unités commerciales — bac pro Commerce", M(
        "Killian Bertin <killian.bertin@example.net>", "candidature killian bertin", "03 23:05",
        """Bonjour,

Diplôme : (barré) BTS Management des unités commerciales — bac pro Commerce (le BTS, j'ai arrêté en première année, j'ai modifié mon modèle de lettre).

Je travaille chez Lidl depuis deux ans et j'aimerais bosser dans une ressourcerie ou une épicerie solidaire.

Killian
07 69 31 04 22""",
        app("Killian", "Bertin", phone="+33769310422", bac=0, grad=None, failing=("degree_level",), status="del_bts_muc_bac_pro"),
        html="both",
        body_html="<html><body><p>Bonjour,</p><p>Diplôme : <del>BTS Management des unités commerciales</del> bac pro Commerce (le BTS, j'ai arrêté en première année, j'ai modifié mon modèle de lettre).</p><p>Je travaille chez Lidl depuis deux ans et j'aimerais bosser dans une ressourcerie ou une épicerie solidaire.</p><p>Killian<br>07 69 31 04 22</p></body></html>",
    )),
    # Feature: struck_text — graduation — ~~juin 2023~~ juin 2025
    # repair: «master en juin 2023» struck → «juin 2025» = the master is recent → meets graduation_recent → eligible
    N("struck_text", "graduation", "~~juin 2023~~ juin 2025", M(
        "Elif Aydın <elif.aydin@example.com>", "Candidature — chargée de mission", "04 08:36",
        """Bonjour, master Urbanisme et aménagement obtenu en ~~juin 2023~~ juin 2025 à Strasbourg. Je cherche un poste de chargée de mission habitat dans une association ou une coopérative d'habitants. Elif Aydın, 06 18 27 55 40""",
        app("Elif", "Aydın", phone="+33618275540", bac=5, grad="2025-06", status="del_juin_2023_juin_2025"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Master Urbanisme et aménagement obtenu en <del>juin 2023</del> juin 2025 à l'université de Strasbourg.</p><p>Je cherche un poste de chargée de mission habitat dans une association ou une coopérative d'habitants.</p><p>Elif Aydın<br>06 18 27 55 40</p></body></html>",
    )),
    # Feature: struck_text — career_change — ~~jamais travaillé avant mon DUT~~
    # ambiguous: «jamais travaillé avant mon DUT» is struck and nothing replaces it but «(c'est plus compliqué, je vous expliquerai)»: a past trade is hinted, its length unsaid — a coordinator must ask
    # repair: «je n'ai jamais travaillé avant mon DUT» struck → «(c'est plus compliqué, je vous expliquerai)» = the statement withdrawn, the career left unsaid → not_career_change unknown → to verify
    N("struck_text", "career_change", "~~jamais travaillé avant mon DUT~~", M(
        "Florian Gauthier <florian.gauthier@example.fr>", "Pro'pulse - Florian Gauthier", "05 14:12",
        """Bonjour,

Je n'ai ~~jamais travaillé avant mon DUT~~ (c'est plus compliqué, je vous expliquerai de vive voix).

DUT Gestion des entreprises et des administrations, Besançon, juin 2025. Je vise un poste de gestionnaire dans une association d'insertion.

Florian Gauthier
03 81 47 62 09""",
        app("Florian", "Gauthier", phone="+33381476209", bac=2, grad="2025-06", unknown=("not_career_change",), status="del_jamais_travaille_sans_remplacement"),
        html="both",
        body_html="<html><body><p>Bonjour,</p><p>Je n'ai <del>jamais travaillé avant mon DUT</del> (c'est plus compliqué, je vous expliquerai de vive voix).</p><p>DUT Gestion des entreprises et des administrations, Besançon, juin 2025. Je vise un poste de gestionnaire dans une association d'insertion.</p><p>Florian Gauthier<br>03 81 47 62 09</p></body></html>",
    )),
    # Feature: struck_text — situation — ~~mission terminée~~ mission prolongée jusqu'au 31 janvier
    # repair: «service civique : mission terminée» struck → «mission prolongée jusqu'au 31 janvier» = the civic service runs past today → fails not_service_civique → not eligible
    N("struck_text", "situation", "~~mission terminée~~ mission prolongée jusqu'au 31 janvier", M(
        "Anaïs Kermarrec <anais.kermarrec@example.bzh>", "Candidature programme Pro'pulse", "06 11:48",
        """Bonjour,

Service civique à la Fédération des MJC de Bretagne : ~~mission terminée~~ mission prolongée jusqu'au 31 janvier (on me l'a proposé la semaine dernière, j'ai accepté).

Licence Sciences de l'éducation, Brest, juin 2025.

J'aimerais ensuite travailler dans l'éducation populaire.

Anaïs Kermarrec
02 98 33 71 64""",
        app("Anaïs", "Kermarrec", phone="+33298337164", bac=3, grad="2025-06", failing=("not_service_civique",), status="del_mission_terminee_prolongee"),
        html="both",
        body_html="<html><body><p>Bonjour,</p><p>Service civique à la Fédération des MJC de Bretagne : <del>mission terminée</del> mission prolongée jusqu'au 31 janvier (on me l'a proposé la semaine dernière, j'ai accepté).</p><p>Licence Sciences de l'éducation, Brest, juin 2025.</p><p>J'aimerais ensuite travailler dans l'éducation populaire.</p><p>Anaïs Kermarrec<br>02 98 33 71 64</p></body></html>",
    )),
    # Feature: struck_text — graduation — ~~diplômé en juin 2024~~
    # ambiguous: the date of the licence is struck and nothing follows but «je dois vérifier sur mon attestation»: the diploma stands, its date is withdrawn — a coordinator must ask
    # repair: «diplômé en juin 2024» struck → «(je dois vérifier la date exacte sur mon attestation)» = the date withdrawn, none given → graduation_recent unknown → to verify
    N("struck_text", "graduation", "~~diplômé en juin 2024~~", M(
        "Jules Albert <jules.albert@example.org>", "Candidature", "07 17:25",
        """Bonjour,

Licence d'histoire, université de Caen — ~~diplômé en juin 2024~~ (je dois vérifier la date exacte sur mon attestation, j'ai eu un rattrapage).

Je voudrais travailler dans la médiation patrimoniale pour une association.

Jules Albert
02 31 54 08 93""",
        app("Jules", "Albert", phone="+33231540893", bac=3, grad=None, unknown=("graduation_recent",), status="del_date_licence_sans_remplacement"),
        html="both",
        body_html="<html><body><p>Bonjour,</p><p>Licence d'histoire, université de Caen — <del>diplômé en juin 2024</del> (je dois vérifier la date exacte sur mon attestation, j'ai eu un rattrapage).</p><p>Je voudrais travailler dans la médiation patrimoniale pour une association.</p><p>Jules Albert<br>02 31 54 08 93</p></body></html>",
    )),
    # Feature: struck_text — situation — ~~currently an intern at Emmaüs~~
    # repair: «currently an intern at Emmaüs» struck → «my placement at Emmaüs ended on 6 November» = the internship is over → meets not_internship → eligible (English)
    N("struck_text", "situation", "~~currently an intern at Emmaüs~~", M(
        "Abigail Adeyemi <abigail.adeyemi@example.com>", "Application — Pro'pulse", "09 09:02",
        """Dear Pro'pulse team,

I am ~~currently an intern at Emmaüs~~ — my placement at Emmaüs Solidarité ended on 6 November.

I hold an MSc in Social Innovation from the University of Manchester (awarded December 2025) and I'm looking for a project officer role in a French charity or social enterprise.

Best wishes,
Abigail Adeyemi
+33 7 53 29 81 04""",
        app("Abigail", "Adeyemi", phone="+33753298104", bac=5, grad="2025-12", status="en_del_intern_placement_ended", language="en"),
        html="both",
        body_html="<html><body><p>Dear Pro'pulse team,</p><p>I am <del>currently an intern at Emmaüs</del> — my placement at Emmaüs Solidarité ended on 6 November.</p><p>I hold an MSc in Social Innovation from the University of Manchester (awarded December 2025) and I'm looking for a project officer role in a French charity or social enterprise.</p><p>Best wishes,<br>Abigail Adeyemi<br>+33 7 53 29 81 04</p></body></html>",
    )),
    # Feature: struck_text — kind — ~~le 27 novembre~~ le 4 décembre
    # repair: «de retour le 27 novembre» struck → «le 4 décembre» = an absence notice with its date struck and corrected, no application → kind auto_reply
    N("struck_text", "kind", "~~le 27 novembre~~ le 4 décembre", M(
        "Pauline Estève <p.esteve@example.org>", "Réponse automatique", "20 18:00",
        """Bonjour, je suis absente et serai de retour ~~le 27 novembre~~ le 4 décembre. Pour les inscriptions au forum, écrire à forum@example.org.""",
        auto_reply(),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Je suis absente et serai de retour <del>le 27 novembre</del> le 4 décembre.</p><p>Pour les inscriptions au forum, écrire à forum@example.org.</p><p>Pauline Estève, CRESS Occitanie</p></body></html>",
    )),
    # Feature: struck_text — kind — ~~Lyon, Halle Tony Garnier~~ Villeurbanne
    # repair: «Lyon, Halle Tony Garnier» struck → «Villeurbanne, salle du Rize» = a newsletter correcting a place, no application → kind newsletter
    N("struck_text", "kind", "~~Lyon, Halle Tony Garnier~~ Villeurbanne", M(
        "Lettre de l'emploi solidaire <lettre@example.org>", "La lettre — rectificatif du lieu", "22 08:15",
        """LA LETTRE DE L'EMPLOI SOLIDAIRE

Job dating ESS du 9 décembre — lieu : ~~Lyon, Halle Tony Garnier~~ Villeurbanne, salle du Rize.
Inscriptions ouvertes jusqu'au 5 décembre.

Se désabonner""",
        newsletter(),
        html="both",
        body_html="<html><body><h2>La lettre de l'emploi solidaire</h2><p>Job dating ESS du 9 décembre — lieu : <del>Lyon, Halle Tony Garnier</del> Villeurbanne, salle du Rize.</p><p>Inscriptions ouvertes jusqu'au 5 décembre.</p><p><a href=\"https://example.org/desabo\">Se désabonner</a></p></body></html>",
    )),
    # Feature: retraction — situation — oubliez ce que je disais sur mon stage
    # repair: «actuellement en stage au service jeunesse de la mairie» → «oubliez ce que je disais sur mon stage : c'était mon ancienne lettre, il est fini depuis juillet» = the internship is over → meets not_internship → eligible
    N("retraction", "situation", "oubliez ce que je disais sur mon stage", M(
        "Mehdi Bensaïd <mehdi.bensaid@example.fr>", "Candidature Pro'pulse", "09 19:40",
        """Bonjour,

Je suis actuellement en stage au service jeunesse de la mairie de Vénissieux et titulaire d'une licence pro Animation sociale (Lyon 1, juin 2026).

Pardon, oubliez ce que je disais sur mon stage : j'ai recopié le début de mon ancienne lettre, ce stage est fini depuis juillet. Aujourd'hui je fais de l'intérim en logistique en attendant.

Ce que je cherche : un poste d'animateur ou de coordinateur dans un centre social ou une association de quartier.

Mehdi Bensaïd
06 74 20 39 81""",
        app("Mehdi", "Bensaïd", phone="+33674203981", bac=3, grad="2026-06", status="oubliez_stage_fini_juillet"),
    )),
    # Feature: retraction — graduation — oubliez ce que j'ai écrit sur la date
    # ambiguous: the BTS's date «2025» is withdrawn and no other given («je ne la retrouve plus»): the diploma stands, its date is open — a coordinator must ask
    # repair: «BTS obtenu en 2025» → «oubliez ce que j'ai écrit sur la date, je ne suis plus sûre de rien» = the date withdrawn, none given → graduation_recent unknown → to verify
    N("retraction", "graduation", "oubliez ce que j'ai écrit sur la date", M(
        "Clara Lemoine <clara.lemoine@example.com>", "candidature Clara Lemoine", "10 12:30",
        """Bonjour,

J'ai un BTS Économie sociale familiale obtenu en 2025 au lycée Jean-Rostand de Roubaix. Enfin, oubliez ce que j'ai écrit sur la date, je ne suis plus sûre de rien, j'ai fait une année de pause au milieu et je ne retrouve pas le relevé.

Je voudrais être conseillère en économie sociale familiale dans une association ou un CCAS associatif.

Clara Lemoine
03 20 45 17 66""",
        app("Clara", "Lemoine", phone="+33320451766", bac=2, grad=None, unknown=("graduation_recent",), status="oubliez_date_bts"),
    )),
    # Feature: retraction — career_change — faites comme si je n'avais rien dit
    # repair: «je n'ai jamais travaillé avant» → «faites comme si je n'avais rien dit : j'ai été aide-soignant douze ans avant la licence» = a trade of twelve years before the diploma → fails not_career_change → not eligible
    N("retraction", "career_change", "faites comme si je n'avais rien dit", M(
        "Djamel Hadj-Ahmed <djamel.hadjahmed@example.net>", "Pro'pulse — candidature", "11 07:55",
        """Bonjour,

Premier emploi recherché, je n'ai jamais travaillé avant ma licence Sciences sanitaires et sociales (Amiens, juin 2026).

Bon, faites comme si je n'avais rien dit sur le « jamais travaillé » : j'ai été aide-soignant en EHPAD pendant douze ans avant de reprendre la fac. Je pensais que ça ne comptait pas puisque ce n'était pas le même métier, mais ma conseillère me dit de le préciser.

Je cherche un poste de coordinateur de parcours dans une association de santé.

Djamel Hadj-Ahmed
03 22 71 05 48""",
        app("Djamel", "Hadj-Ahmed", phone="+33322710548", bac=3, grad="2026-06", failing=("not_career_change",), status="comme_si_rien_dit_aide_soignant_12_ans"),
    )),
    # Feature: retraction — aim — effacez ma phrase sur l'ESS
    # repair: «je cherche dans l'ESS» → «effacez ma phrase sur l'ESS : j'ai accepté un CDI à la Société générale et je compte y rester» = no ESS search now → fails job_seeking_ess → not eligible
    N("retraction", "aim", "effacez ma phrase sur l'ESS", M(
        "Bérénice Caron <berenice.caron@example.fr>", "Re-candidature", "12 21:17",
        """Bonjour,

Master Banque et finance (Lille, septembre 2025). Je cherche un emploi dans l'ESS.

En fait effacez ma phrase sur l'ESS : j'ai accepté hier un CDI d'analyste crédit à la Société générale et je compte y rester. Je m'étais inscrite à vos ateliers CV il y a un mois, je voudrais juste savoir si je peux encore y venir.

Bérénice Caron
06 03 81 44 27""",
        app("Bérénice", "Caron", phone="+33603814427", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="effacez_ess_cdi_banque"),
    )),
    # Feature: retraction — studies_finished — ne prenez pas en compte mon « études terminées »
    # repair: «études terminées» → «ne prenez pas en compte mon « études terminées » : je suis inscrit en M2 à distance, examens en mai» = studies running → fails studies_finished → not eligible
    N("retraction", "studies_finished", "ne prenez pas en compte mon « études terminées »", M(
        "Nathan Elbaz <nathan.elbaz@example.org>", "candidature Pro'pulse Nathan Elbaz", "13 13:02",
        """Bonjour,

Études terminées, licence de droit (Nice, 2025), je cherche un poste de juriste dans une association d'aide aux victimes.

Ne prenez pas en compte mon « études terminées », je l'ai écrit trop vite : je suis inscrit en M2 Droit des libertés à distance, avec les examens en mai. Je cherche quand même un emploi à côté.

Nathan Elbaz
04 93 62 17 80""",
        app("Nathan", "Elbaz", phone="+33493621780", bac="*", grad=None, failing=("studies_finished",), status="ne_prenez_pas_etudes_terminees_m2"),
    )),
    # Feature: retraction — situation — please disregard the line about a civic service
    # repair: «I'm doing a service civique» → «please disregard the line about a civic service, that was my sister's» = no civic service of the writer's → meets not_service_civique → eligible (English)
    N("retraction", "situation", "please disregard the line about a civic service", M(
        "Ivan Kowalczyk <ivan.kowalczyk@example.pl>", "Application Pro'pulse — Ivan Kowalczyk", "14 15:33",
        """Hello,

I'm doing a service civique at a food bank in Lille and I have a master's degree in European Studies from the University of Warsaw (June 2026, recognised by ENIC-NARIC as bac+5).

Sorry — please disregard the line about a civic service, that was my sister's (we share a laptop and a cover letter template). I volunteer at the food bank two evenings a week, nothing more.

I'm looking for a job in an NGO or association working on European mobility.

Ivan Kowalczyk
07 51 90 36 12""",
        app("Ivan", "Kowalczyk", phone="+33751903612", bac=5, grad="2026-06", status="en_disregard_civic_service_sister", language="en"),
    )),
    # Feature: retraction — kind — oubliez mon message d'hier
    # repair: «je confirme l'atelier du 1er décembre» → «oubliez mon message d'hier : j'ai signé un CDD, je libère ma place» = a reply in our thread withdrawing what it said, no application → kind reply
    N("retraction", "kind", "oubliez mon message d'hier", M(
        "Sofia Balde <sofia.balde@example.fr>", "Re: Atelier entretien du 1er décembre", "18 08:12",
        """Bonjour,

Oubliez mon message d'hier où je confirmais l'atelier du 1er décembre : j'ai signé un CDD de six mois dans une épicerie solidaire ce matin. Je libère ma place pour quelqu'un d'autre. Merci pour tout !

Sofia

> Bonjour Sofia, nous vous attendons à l'atelier entretien du 1er décembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-1201.balde@animafac.net>", "References": "<atelier-1201.balde@animafac.net>"},
    )),
    # Feature: retraction — kind — faites comme si je n'avais pas posé ma première question
    # repair: «le programme est-il payant ?» → «faites comme si je n'avais pas posé ma première question, c'est sur votre site ; il dure combien de mois ?» = a question about the programme with no personal facts enough to judge → kind question
    N("retraction", "kind", "faites comme si je n'avais pas posé ma première question", M(
        "noa.jacquet@example.net", "Pro'pulse payant ?", "19 22:40",
        """Bonjour, le programme est-il payant ? Ah, faites comme si je n'avais pas posé ma première question, c'est écrit sur votre site. Il dure combien de mois en tout ?

Noa""",
        question(),
    )),
    # Feature: narrowing — studies_finished — enfin presque : il reste l'épreuve orale
    # repair: «diplômée d'État d'assistante de service social» → «enfin presque : il reste l'épreuve orale de certification, le 9 décembre» = an exam still ahead → fails studies_finished → not eligible
    N("narrowing", "studies_finished", "enfin presque : il reste l'épreuve orale", M(
        "Salomé Bernard <salome.bernard@example.fr>", "Candidature — future assistante sociale", "15 10:10",
        """Bonjour,

Diplômée d'État d'assistante de service social — enfin presque : il reste l'épreuve orale de certification, le 9 décembre, à l'IRTS de Montrouge. Tout le reste est validé, les stages comme les écrits.

Je cherche un poste dans une association d'hébergement ou d'accès aux droits, en Île-de-France, à partir de janvier.

Salomé Bernard
01 46 55 30 72""",
        app("Salomé", "Bernard", phone="+33146553072", bac="*", grad=None, failing=("studies_finished",), status="deass_enfin_presque_oral_9_dec"),
    )),
    # Feature: narrowing — aim — l'ESS au sens large — surtout les SCOP du bâtiment
    # repair: «l'ESS au sens large» → «surtout les SCOP du bâtiment, à vrai dire» = the search narrows, still in the ESS → meets job_seeking_ess → eligible (the narrowing changes nothing)
    N("narrowing", "aim", "l'ESS au sens large — surtout les SCOP du bâtiment", M(
        "Théo Dumas <theo.dumas@example.fr>", "Candidature Pro'pulse — Théo Dumas", "16 07:20",
        """Bonjour,

Je sors d'un BUT Génie civil – construction durable (IUT de Limoges, juin 2026) et je cherche un premier poste de conducteur de travaux dans l'ESS au sens large — surtout les SCOP du bâtiment, à vrai dire, ou une entreprise d'insertion dans l'éco-rénovation.

Théo Dumas
05 55 20 83 61""",
        app("Théo", "Dumas", phone="+33555208361", bac=3, grad="2026-06", status="ess_sens_large_surtout_scop_btp"),
    )),
    # Feature: narrowing — aim — enfin, l'ESS ou ailleurs
    # ambiguous: the ESS search is narrowed back to one option among banks and insurers «je regarde tout» on equal terms: the aim is open — a coordinator must ask
    # repair: «un emploi dans l'ESS» → «enfin, l'ESS ou ailleurs : banque, assurance, je regarde tout» = the ESS one option among others → job_seeking_ess unknown → to verify
    N("narrowing", "aim", "enfin, l'ESS ou ailleurs", M(
        "Perrine Legrand <perrine.legrand@example.org>", "Candidature", "17 16:45",
        """Bonjour,

Licence Économie-gestion à Orléans, juin 2026. Je cherche un emploi dans l'ESS, enfin, l'ESS ou ailleurs : banque, assurance, cabinet comptable, je regarde tout à ce stade et je prendrai la première réponse sérieuse.

Perrine Legrand
02 38 41 96 23""",
        app("Perrine", "Legrand", phone="+33238419623", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="ess_enfin_ou_ailleurs"),
    )),
    # Feature: narrowing — studies_finished — à part le rapport de stage
    # repair: «mon stage de fin d'études est fini» → «à part le rapport de stage, à rendre le 15 décembre, qui conditionne la validation du master» = a report still due for the diploma → fails studies_finished → not eligible
    N("narrowing", "studies_finished", "à part le rapport de stage", M(
        "Arjun Gopal <arjun.gopal@example.com>", "Pro'pulse application / candidature", "18 12:58",
        """Bonjour,

Mon stage de fin d'études à la Fondation Abbé Pierre est fini, à part le rapport de stage, à rendre le 15 décembre, qui conditionne la validation de mon master Politiques sociales (Paris 1).

Je voudrais ensuite travailler sur le logement des personnes précaires, dans une fondation ou une association.

Arjun Gopal
07 22 48 61 30""",
        app("Arjun", "Gopal", phone="+33722486130", bac="*", grad=None, failing=("studies_finished",), status="stage_fini_a_part_rapport_15_dec"),
    )),
    # Feature: narrowing — career_change — disons dix heures par semaine
    # repair: «j'ai travaillé à plein temps pendant toute ma licence» → «disons dix heures par semaine, au Quick de la gare» = a student job beside the studies → meets not_career_change → eligible
    N("narrowing", "career_change", "disons dix heures par semaine", M(
        "Hélène Fabre <helene.fabre@example.fr>", "Candidature - Hélène Fabre", "19 09:33",
        """Bonjour,

J'ai travaillé à plein temps pendant toute ma licence de sociologie — disons dix heures par semaine, au Quick de la gare, mais j'avais l'impression que c'était un plein temps.

Licence obtenue à Clermont-Ferrand en juin 2026. Je cherche un poste d'enquêtrice ou de chargée d'études dans une association ou un observatoire de l'ESS.

Hélène Fabre
04 73 28 60 15""",
        app("Hélène", "Fabre", phone="+33473286015", bac=3, grad="2026-06", status="plein_temps_disons_dix_heures"),
    )),
    # Feature: narrowing — situation — jusqu'en juin, enfin, jusqu'à fin décembre
    # repair: «service civique jusqu'en juin» → «enfin, jusqu'à fin décembre : j'ai obtenu une fin anticipée» = the civic service still runs past today → fails not_service_civique → not eligible
    N("narrowing", "situation", "jusqu'en juin, enfin, jusqu'à fin décembre", M(
        "Rayan Akrour <rayan.akrour@example.fr>", "Candidature Pro'pulse Rayan Akrour", "20 14:02",
        """Bonjour,

Je suis en service civique au Refuge jusqu'en juin, enfin, jusqu'à fin décembre : j'ai obtenu une fin anticipée pour chercher un emploi.

J'ai un DEUST Animation et gestion des activités physiques (Toulon, juin 2025). Je voudrais un poste d'animateur sportif dans une association.

Rayan Akrour
06 45 78 02 19""",
        app("Rayan", "Akrour", phone="+33645780219", bac=2, grad="2025-06", failing=("not_service_civique",), status="sc_juin_enfin_fin_decembre"),
    )),
    # Feature: narrowing — kind — tous nos diplômés, enfin, ceux de la promotion 2026
    # repair: «tous nos diplômés» → «enfin, ceux de la promotion 2026 seulement» = a school presenting its students, no application → kind other
    N("narrowing", "kind", "tous nos diplômés, enfin, ceux de la promotion 2026", M(
        "Service insertion professionnelle — IUT Carrières sociales <insertion@example.edu>", "Partenariat Pro'pulse", "21 10:40",
        """Bonjour,

Nous souhaiterions présenter Pro'pulse à tous nos diplômés, enfin, ceux de la promotion 2026 seulement, les autres ayant déjà leur dispositif d'accompagnement. Pourriez-vous intervenir lors d'un amphi en janvier ?

Bien cordialement,
Le service insertion professionnelle""",
        other(),
    )),
    # Feature: narrowing — kind — temps plein, disons un 80 %
    # repair: «poste à temps plein» → «disons un 80 %, négociable» = a partner's offer narrowed, no application → kind other
    N("narrowing", "kind", "temps plein, disons un 80 %", M(
        "Régie de quartier Grand Sud <contact@example.org>", "Offre d'emploi à diffuser", "23 11:05",
        """Bonjour,

La Régie de quartier Grand Sud recrute un·e encadrant·e technique d'insertion, poste à temps plein, disons un 80 %, négociable selon la personne. Débutant·e accepté·e.

Merci de diffuser à vos candidat·e·s.

La direction""",
        other(),
    )),
]
