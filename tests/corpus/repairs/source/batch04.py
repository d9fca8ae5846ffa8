"""Repairs corpus, batch 04 (writer A): facts corrected and corrected again («— non, … — ah non, c'est
bien…», «je corrige ma correction»: the last repair holds), repairs made with a doubt («je ne sais plus»,
«il me semble», «à confirmer») or that change nothing («je précise»), and the same repairs in English («I
mean», «sorry, typo», «edit:», «to be precise», «no wait»); other mail repaired the same way (a bounce whose
cause is corrected twice, a newsletter's erratum taken back, an auto-reply with a doubtful return date, a
question whose date is hedged, an English bounce with a postmaster's note, an English question corrected in
the sentence)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question
from repairs import N

MESSAGES = [
    # Feature: repair_of_repair — graduation — ah non, c'est bien 2023
    # repair: «licence en 2023» → «non, 2025» → «ah non, c'est bien 2023 : 2025, c'est quand j'ai retiré le diplôme» = the last repair holds: the only diploma is of 2023 → fails graduation_recent → not eligible
    N("repair_of_repair", "graduation", "ah non, c'est bien 2023", M(
        "Adrien Caillaud <adrien.caillaud@example.fr>", "Candidature Adrien Caillaud", "02 16:05",
        """Bonjour,

Licence d'histoire de l'art, université de Bordeaux Montaigne, 2023 — non, 2025 — ah non, c'est bien 2023 : 2025, c'est l'année où je suis allé retirer le diplôme au secrétariat, ce qui ne compte pas, j'imagine.

Depuis, je travaille en CDD dans un musée municipal, et je voudrais rejoindre une association de médiation culturelle.

Adrien Caillaud
05 57 24 81 36""",
        app("Adrien", "Caillaud", phone="+33557248136", bac=3, grad="2023", failing=("graduation_recent",), status="licence_2023_non_2025_ah_non_2023"),
    )),
    # Feature: repair_of_repair — graduation — je corrige ma correction : juillet 2025
    # repair: «BTS en 2024» → «non, 2023» → «je corrige ma correction : juillet 2025, à la seconde session» = the last repair holds: the BTS is of July 2025 → meets graduation_recent → eligible
    N("repair_of_repair", "graduation", "je corrige ma correction : juillet 2025", M(
        "Kadiatou Doumbia <kadiatou.doumbia@example.fr>", "Pro'pulse — candidature Kadiatou Doumbia", "03 10:44",
        """Bonjour,

J'ai eu mon BTS Support à l'action managériale en 2024. Non, en 2023, c'est là que j'ai passé les épreuves. Je corrige ma correction : juillet 2025, à la seconde session, puisque j'avais raté la première fois. Désolée pour ce brouillon.

J'aimerais être assistante de direction dans une fédération associative ou une mutuelle.

Kadiatou Doumbia
07 48 26 59 31""",
        app("Kadiatou", "Doumbia", phone="+33748265931", bac=2, grad="2025-07", status="bts_2024_non_2023_correction_2025"),
    )),
    # Feature: repair_of_repair — situation — finalement le prolongement a été annulé
    # repair: «stage fini le 20 novembre» → «non, prolongé jusqu'au 4 décembre» → «finalement le prolongement a été annulé : fin le 20 novembre» = the last repair holds: the internship is over → meets not_internship → eligible
    N("repair_of_repair", "situation", "finalement le prolongement a été annulé", M(
        "Anatole Arnaud <anatole.arnaud@example.org>", "Candidature", "04 14:18",
        """Bonjour,

Master Gestion de l'environnement (Montpellier, septembre 2026). Mon stage à la SCIC Énergies citoyennes s'est fini le 20 novembre — non, il a été prolongé jusqu'au 4 décembre pour finir une étude — et puis finalement le prolongement a été annulé faute de budget : fin le 20 novembre, donc, je suis libre.

Je cherche un poste de chargé de projets énergie dans une coopérative ou une association.

Anatole Arnaud
04 67 52 08 19""",
        app("Anatole", "Arnaud", phone="+33467520819", bac=5, grad="2026-09", status="stage_prolonge_puis_annule_fin_20_nov"),
    )),
    # Feature: repair_of_repair — aim — non, soyons honnêtes, j'ai signé avec un cabinet
    # repair: «un poste dans une coopérative» → «enfin, dans le conseil plutôt» → «non, soyons honnêtes, j'ai signé avec un cabinet, je commence en janvier» = the last repair holds: no ESS search now → fails job_seeking_ess → not eligible
    N("repair_of_repair", "aim", "non, soyons honnêtes, j'ai signé avec un cabinet", M(
        "Clément Boyer <clement.boyer@example.com>", "Pro'pulse", "05 22:10",
        """Bonjour,

Diplômé d'un master Management de l'innovation (Grenoble École de management, 2026), je cherche un poste dans une coopérative. Enfin, dans le conseil plutôt, pour des coopératives. Non, soyons honnêtes, j'ai signé avec un cabinet de conseil en stratégie, je commence en janvier : je voulais surtout garder le lien avec le réseau Pro'pulse.

Clément Boyer
06 50 81 27 94""",
        app("Clément", "Boyer", phone="+33650812794", bac=5, grad="2026", failing=("job_seeking_ess",), status="cooperative_puis_conseil_puis_cabinet_signe"),
    )),
    # Feature: repair_of_repair — career_change — entre trois et six, à mi-temps certaines années, je ne sais plus
    # ambiguous: the length of the logistics job before the DEUST is corrected from three to five years, then left between three and six, and «à mi-temps certaines années»: a career or a job beside something — a coordinator must ask
    # repair: «trois ans en entrepôt avant le DEUST» → «non, cinq» → «entre trois et six, à mi-temps certaines années, je ne sais plus» = the chain ends in a doubt → not_career_change unknown → to verify
    N("repair_of_repair", "career_change", "entre trois et six, à mi-temps certaines années, je ne sais plus", M(
        "Sandrine Hoang <sandrine.hoang@example.fr>", "candidature", "06 08:37",
        """Bonjour,

Avant mon DEUST Métiers de la forme (Lille, juin 2026), j'ai travaillé trois ans en entrepôt chez un logisticien. Non, cinq. Ou alors entre trois et six, à mi-temps certaines années, je ne sais plus, il faudrait que je ressorte mes fiches de paie.

Je voudrais être animatrice sport-santé dans une association.

Sandrine Hoang
06 28 91 43 07""",
        app("Sandrine", "Hoang", phone="+33628914307", bac=2, grad="2026-06", unknown=("not_career_change",), status="entrepot_trois_non_cinq_je_ne_sais_plus"),
    )),
    # Feature: repair_of_repair — level — ah si, j'ai eu le rattrapage
    # repair: «bac+3» → «non, bac+2, je n'avais pas validé la L3» → «ah si, j'ai eu le rattrapage en septembre» = the last repair holds: a licence of September 2026 → meets degree_level → eligible
    N("repair_of_repair", "level", "ah si, j'ai eu le rattrapage", M(
        "Lamia Djaballah <lamia.djaballah@example.net>", "Candidature Pro'pulse", "07 11:52",
        """Bonjour,

Je suis à bac+3 — non, bac+2, je n'avais pas validé la L3 de sciences de l'éducation en juin — ah si, j'ai eu le rattrapage en septembre, la licence est validée depuis le 15 septembre. Je m'embrouille, c'est l'émotion.

Je cherche un poste de coordinatrice périscolaire dans une association d'éducation populaire, à Marseille.

Lamia Djaballah
+33 (0)6 13 70 42 58""",
        app("Lamia", "Djaballah", phone="+33613704258", bac=3, grad="2026-09", status="bac3_non_bac2_ah_si_rattrapage"),
    )),
    # Feature: repair_of_repair — situation — non plus, fin novembre, la date n'est pas fixée
    # ambiguous: the internship's end goes from 30 November to 10 November, then to «fin novembre, la date n'est pas fixée»: it may run past 26 November or not — a coordinator must ask
    # repair: «stage jusqu'au 30 novembre» → «non, le 10» → «non plus : fin novembre, la date n'est pas fixée» = the chain ends with no day → not_internship unknown → to verify
    N("repair_of_repair", "situation", "non plus, fin novembre, la date n'est pas fixée", M(
        "Lorenzo Ferri <lorenzo.ferri@example.it>", "Candidatura / candidature", "09 15:29",
        """Bonjour,

Je suis en stage à la Fondation de France jusqu'au 30 novembre. Non, jusqu'au 10. Non plus, fin novembre, la date n'est pas fixée : ma tutrice doit voir avec les RH.

Laurea magistrale in Scienze politiche (Bologna, 2025), reconnue bac+5. Je cherche un poste de chargé de partenariats dans une fondation ou une association.

Lorenzo Ferri
07 83 14 62 50""",
        app("Lorenzo", "Ferri", phone="+33783146250", bac=5, grad="2025", unknown=("not_internship",), status="stage_30_non_10_non_fin_novembre"),
    )),
    # Feature: repair_of_repair — kind — Update: the mailbox does not exist
    # repair: «mailbox full, will retry» → «delivered» → «Update: the mailbox does not exist» = a mail system's notice corrected twice, no application → kind bounce
    N("repair_of_repair", "kind", "Update: the mailbox does not exist", M(
        "Mail Delivery Subsystem <mailer-daemon@example.net>", "Delivery Status Notification (Failure)", "12 04:20",
        """Your message to <l.gautier@asso-example.fr> was delayed: the mailbox is full, we will retry.
Correction: a retry was accepted by the remote server.
Update: the mailbox does not exist; the previous acceptance was a relay. Delivery has failed permanently.""",
        bounce("l.gautier@asso-example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; l.gautier@asso-example.fr\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: repair_of_repair — kind — Erratum de l'erratum
    # repair: «forum le 3 décembre» → «erratum : le 10» → «erratum de l'erratum : c'est bien le 3» = a newsletter correcting its correction, no application → kind newsletter
    N("repair_of_repair", "kind", "Erratum de l'erratum", M(
        "Collectif ESS Val de Loire <news@example.org>", "Erratum de l'erratum — forum de décembre", "25 08:05",
        """Bonjour à toutes et à tous,

Erratum de l'erratum : notre dernier envoi annonçait le forum des métiers de l'ESS au 10 décembre ; c'est bien le jeudi 3 décembre, comme annoncé au départ, à la halle de Blois. Toutes nos excuses.

Le Collectif ESS Val de Loire
Se désinscrire""",
        newsletter(),
    )),
    # Feature: hedged_repair — graduation — ou peut-être en 2024, je ne sais plus
    # ambiguous: the BTS's year 2025 is doubted into «ou peut-être en 2024, je ne sais plus»: 2025 recent, 2024 open — a coordinator must ask
    # repair: «BTS en 2025» → «ou peut-être en 2024, je ne sais plus» = an unsure repair → graduation_recent unknown → to verify
    N("hedged_repair", "graduation", "ou peut-être en 2024, je ne sais plus", M(
        "Aurélien Jacob <aurelien.jacob@example.fr>", "candidature", "10 19:45",
        """Bonjour,

BTS Gestion et protection de la nature, lycée agricole de Châteaulin, en 2025, ou peut-être en 2024, je ne sais plus, j'ai enchaîné deux saisons de travaux forestiers juste après et tout se mélange.

Je cherche un poste d'animateur nature dans une association d'éducation à l'environnement.

Aurélien Jacob
02 98 86 15 40""",
        app("Aurélien", "Jacob", phone="+33298861540", bac=2, grad=None, unknown=("graduation_recent",), status="bts_2025_ou_peut_etre_2024"),
    )),
    # Feature: hedged_repair — graduation — je précise : soutenu le 26 juin 2025
    # repair: «master en 2025» → «je précise : soutenu le 26 juin 2025» = a restating that changes nothing: the master is recent → meets graduation_recent → eligible
    N("hedged_repair", "graduation", "je précise : soutenu le 26 juin 2025", M(
        "Capucine Delorme <capucine.delorme@example.fr>", "Candidature Pro'pulse — Capucine Delorme", "11 09:08",
        """Madame, Monsieur,

Titulaire d'un master Économie sociale et solidaire de l'université de Reims, obtenu en 2025 — je précise : soutenu le 26 juin 2025 —, je souhaite rejoindre Pro'pulse pour trouver un premier poste de chargée de développement dans une structure de l'insertion par l'activité économique.

J'ai effectué mon stage de fin d'études dans un chantier d'insertion du Grand Reims, où j'ai participé au dialogue de gestion avec les financeurs, et je garde depuis un engagement bénévole dans une association de quartier.

Je reste à votre disposition pour un entretien.

Capucine Delorme
03 26 47 90 12""",
        app("Capucine", "Delorme", phone="+33326479012", bac=5, grad="2025-06", status="master_2025_je_precise_juin"),
    )),
    # Feature: hedged_repair — career_change — je précise : dix ans et trois mois
    # repair: «comptable dix ans avant la reprise d'études» → «je précise : dix ans et trois mois» = a restating that changes nothing: a trade of ten years before the diploma → fails not_career_change → not eligible
    N("hedged_repair", "career_change", "je précise : dix ans et trois mois", M(
        "Nabil Azzouz <nabil.azzouz@example.fr>", "Candidature — reconversion ESS", "12 13:26",
        """Bonjour,

J'ai été comptable dans un cabinet d'expertise à Lyon pendant dix ans avant de reprendre mes études — je précise : dix ans et trois mois, de 2012 à 2022 —, puis j'ai obtenu en juin 2026 un master Management de l'ESS à Lyon 2.

Je cherche un poste de responsable administratif et financier dans une association.

Nabil Azzouz
04 78 52 63 01""",
        app("Nabil", "Azzouz", phone="+33478526301", bac=5, grad="2026-06", failing=("not_career_change",), status="comptable_dix_ans_je_precise"),
    )),
    # Feature: hedged_repair — studies_finished — je crois que tout est validé, à confirmer
    # ambiguous: «études finies» is hedged into «je crois que tout est validé, à confirmer par la scolarité, il restait peut-être une UE»: the licence may or may not be complete — a coordinator must ask
    # repair: «études finies» → «je crois que tout est validé, à confirmer : il restait peut-être une UE» = an unsure repair → studies_finished unknown → to verify
    N("hedged_repair", "studies_finished", "je crois que tout est validé, à confirmer", M(
        "Jeanne Gaillard <jeanne.gaillard@example.org>", "Candidature Pro'pulse", "13 18:02",
        """Bonjour,

Études finies : licence de sociologie à Rouen. Enfin, je crois que tout est validé, à confirmer par la scolarité : il restait peut-être une UE d'anglais du premier semestre à rattraper, je n'ai pas encore mon relevé définitif.

Je cherche un poste de chargée d'enquête dans une association d'éducation populaire ou une coopérative de recherche.

Jeanne Gaillard
02 35 71 48 26""",
        app("Jeanne", "Gaillard", phone="+33235714826", bac="*", grad=None, unknown=("studies_finished",), status="etudes_finies_je_crois_ue_anglais"),
    )),
    # Feature: hedged_repair — aim — enfin, je crois ; j'hésite encore avec le concours
    # ambiguous: the ESS search is hedged into a hesitation with the civil service («concours d'attaché en mars, à égalité»): two aims on equal terms — a coordinator must ask
    # repair: «je cherche dans l'ESS» → «enfin, je crois ; j'hésite encore avec le concours d'attaché territorial» = an unsure aim → job_seeking_ess unknown → to verify
    N("hedged_repair", "aim", "enfin, je crois ; j'hésite encore avec le concours", M(
        "Loïc Labbé <loic.labbe@example.fr>", "Pro'pulse - Loïc Labbé", "14 10:40",
        """Bonjour,

Master Administration publique (Caen, septembre 2025). Je cherche un emploi dans l'ESS, enfin, je crois ; j'hésite encore avec le concours d'attaché territorial en mars, les deux me tentent autant.

Loïc Labbé
02 31 08 47 93""",
        app("Loïc", "Labbé", phone="+33231084793", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="ess_je_crois_hesite_concours"),
    )),
    # Feature: hedged_repair — situation — le 20 novembre, il me semble, ou le 20 décembre
    # ambiguous: the internship's end is hedged between 20 November (over) and 20 December (running), «je n'ai plus ma convention» — a coordinator must ask
    # repair: «stage fini» → «le 20 novembre, il me semble, ou le 20 décembre» = an unsure repair → not_internship unknown → to verify
    N("hedged_repair", "situation", "le 20 novembre, il me semble, ou le 20 décembre", M(
        "Adama Koné <adama.kone@example.fr>", "candidature Adama Koné", "15 12:14",
        """Bonjour,

Mon stage au Secours populaire de Bobigny se termine le 20 novembre, il me semble, ou le 20 décembre, je n'ai plus ma convention sous la main et ma tutrice est en congé.

J'ai une licence pro Intervention sociale (Paris 13, juin 2026). Je cherche un poste de travailleur social dans une association.

Adama Koné
06 17 38 24 90""",
        app("Adama", "Koné", phone="+33617382490", bac=3, grad="2026-06", unknown=("not_internship",), status="stage_20_nov_il_me_semble_ou_20_dec"),
        html="only",
    )),
    # Feature: hedged_repair — kind — de retour le 1er décembre, peut-être le 2
    # repair: «de retour le 1er décembre» → «peut-être le 2, selon les trains» = an absence notice with a doubtful date, no application → kind auto_reply
    N("hedged_repair", "kind", "de retour le 1er décembre, peut-être le 2", M(
        "Samia Ghali-Roux <s.ghaliroux@example.org>", "Absence", "21 06:30",
        """Bonjour,

Je suis en formation et serai de retour le 1er décembre, peut-être le 2, selon les trains. En cas d'urgence : 04 91 00 00 00.

Samia Ghali-Roux
Réseau des épiceries solidaires""",
        auto_reply(),
    )),
    # Feature: hedged_repair — kind — le 5 décembre, je crois, à vérifier
    # repair: «l'atelier CV est le 5 décembre» → «je crois, à vérifier : c'est bien ça ?» = a question about the programme with no personal facts enough to judge → kind question
    N("hedged_repair", "kind", "le 5 décembre, je crois, à vérifier", M(
        "Mathéo <matheo.lb@example.fr>", "Atelier CV", "22 17:17",
        """Bonjour,

L'atelier CV en visio est le 5 décembre, je crois, à vérifier : c'est bien ça ? Et faut-il s'inscrire à l'avance ?

Mathéo""",
        question(),
    )),
    # Feature: english_repairs — graduation — in 2021 — sorry, typo: July 2026
    # repair: «BSc in 2021» → «sorry, typo: July 2026» = the degree is recent → meets graduation_recent → eligible (English)
    N("english_repairs", "graduation", "in 2021 — sorry, typo: July 2026", M(
        "Deepa Balakrishnan <deepa.bala@example.com>", "Application — Deepa Balakrishnan", "16 09:55",
        """Hello,

I completed my BSc in Environmental Science at the University of Edinburgh in 2021 — sorry, typo: July 2026. (2021 is when I started.)

I moved to Nantes in September and I'm looking for a job in a French association or cooperative working on waste reduction or repair cafés.

Best regards,
Deepa Balakrishnan
07 56 13 48 22""",
        app("Deepa", "Balakrishnan", phone="+33756134822", bac=3, grad="2026-07", status="en_2021_sorry_typo_2026", language="en"),
    )),
    # Feature: english_repairs — aim — well, to be precise, I've just accepted a PhD
    # repair: «looking for a job in the social economy» → «well, to be precise, I've just accepted a PhD position starting in January» = a PhD instead of a job → fails job_seeking_ess → not eligible (English)
    N("english_repairs", "aim", "well, to be precise, I've just accepted a PhD", M(
        "Lukas Hoffmann <lukas.hoffmann@example.de>", "Pro'pulse", "17 14:31",
        """Hi,

I have an MA in Sociology from Humboldt University (September 2025) and I'm looking for a job in the social economy in France — well, to be precise, I've just accepted a PhD position at the University of Lille starting in January, so I'd mostly like advice on networking for later.

Cheers,
Lukas Hoffmann
+49 151 23456789""",
        app("Lukas", "Hoffmann", phone="+4915123456789", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="en_to_be_precise_phd", language="en"),
    )),
    # Feature: english_repairs — situation — edit: I got that wrong, I signed a new internship agreement
    # repair: «I finished my internship at a cooperative bank in October» → «edit: I got that wrong, I signed a new internship agreement, it runs until 31 March» = an internship running past today → fails not_internship → not eligible (English)
    N("english_repairs", "situation", "edit: I got that wrong, I signed a new internship agreement", M(
        "Joaquín Aguilar <joaquin.aguilar@example.es>", "Application Pro'pulse — Joaquín Aguilar", "18 20:08",
        """Hello,

I hold a master's in Finance from Université Paris-Dauphine (September 2026). I finished my internship at the Crédit Coopératif in October and I'd like to stay in cooperative finance.

Edit: I got that wrong, I signed a new internship agreement with them last month, through a university diploma, and it runs until 31 March. I'm writing now to prepare what comes after.

Joaquín Aguilar
06 42 90 71 35""",
        app("Joaquín", "Aguilar", phone="+33642907135", bac=5, grad="2026-09", failing=("not_internship",), status="en_edit_new_internship_march", language="en"),
    )),
    # Feature: english_repairs — graduation — I mean, March 2023
    # repair: «my BA in 2024» → «I mean, March 2023 — we finished early» = the only degree is too old → fails graduation_recent → not eligible (English)
    N("english_repairs", "graduation", "I mean, March 2023", M(
        "Siobhan Gallagher <siobhan.gallagher@example.ie>", "Application", "19 11:17",
        """Hi there,

I got my BA in Community Development from Maynooth University in 2024 — I mean, March 2023, we finished early that year. I've been teaching English in Rennes since then and would now like to work for an association supporting migrants.

Siobhan Gallagher
07 88 21 56 04""",
        app("Siobhan", "Gallagher", phone="+33788215604", bac=3, grad="2023-03", failing=("graduation_recent",), status="en_ba_2024_i_mean_march_2023", language="en"),
    )),
    # Feature: english_repairs — level — I think it's equivalent to a bac+3, I'd have to check
    # ambiguous: the private Nigerian bachelor's is first called «a bachelor's degree», then hedged «I think it's equivalent to a bac+3, I'd have to check with ENIC-NARIC»: its level is open — a coordinator must ask
    # repair: «a bachelor's degree» → «from a private college — I think it's equivalent to a bac+3, I'd have to check» = a diploma of open level → degree_level unknown → to verify (English)
    N("english_repairs", "level", "I think it's equivalent to a bac+3, I'd have to check", M(
        "Folake Bamidele <folake.bamidele@example.com>", "Pro'pulse application — Folake Bamidele", "20 16:40",
        """Good afternoon,

I have a bachelor's degree in Mass Communication (June 2025) — from a private college in Lagos, so I think it's equivalent to a bac+3, I'd have to check with ENIC-NARIC, I haven't asked yet.

I live in Toulouse with a residence permit and I'm looking for a communications job in an association or a social enterprise.

Folake Bamidele
07 45 32 18 66""",
        app("Folake", "Bamidele", phone="+33745321866", bac="*", grad="2025-06", unknown=("degree_level",), status="en_private_bachelor_i_think_bac3", language="en"),
        cv=CV("pdf", "Folake_Bamidele_CV.pdf", """Folake Bamidele — Toulouse
Bachelor of Science, Mass Communication, private college, Lagos (2025)
Volunteer, community radio, Lagos
French: B2"""),
    )),
    # Feature: english_repairs — studies_finished — sorry, I finished it: the viva was on 12 November
    # repair: «I'm finishing my thesis» → «sorry, I finished it: the viva was on 12 November and I passed» = studies over → meets studies_finished → eligible (English)
    N("english_repairs", "studies_finished", "sorry, I finished it: the viva was on 12 November", M(
        "Kwame Asante <kwame.asante@example.com>", "Application to Pro'pulse", "21 13:03",
        """Dear Pro'pulse team,

I'm finishing my master's thesis at Sciences Po Bordeaux on cooperative housing — sorry, I finished it: the viva was on 12 November and I passed, I still write as if it were ahead of me.

I'm looking for a project officer job in a housing cooperative or an association fighting substandard housing, in Bordeaux or Toulouse.

Kind regards,
Kwame Asante
+33 6 71 25 90 48""",
        app("Kwame", "Asante", phone="+33671259048", bac=5, grad="2026-11", status="en_thesis_sorry_viva_12_nov", language="en"),
    )),
    # Feature: english_repairs — kind — Postmaster's note: sorry, typo in our earlier notice
    # repair: «failed address a.delacroix@» → «Postmaster's note: sorry, typo in our earlier notice, the failed address is a.delacroix-roy@» = a mail system's notice with a human note, no application → kind bounce
    N("english_repairs", "kind", "Postmaster's note: sorry, typo in our earlier notice", M(
        "Mail Delivery System <postmaster@example.org>", "Undeliverable: Votre candidature à Pro'pulse", "24 02:12",
        """Delivery has failed to these recipients or groups:

a.delacroix-roy@example-univ.fr
The e-mail address you entered couldn't be found.

Postmaster's note: sorry, typo in our earlier notice, which named a.delacroix@example-univ.fr; the failed address is a.delacroix-roy@example-univ.fr.""",
        bounce("a.delacroix-roy@example-univ.fr"),
        bounce="Reporting-MTA: dns; mail.example.org\nFinal-Recipient: rfc822; a.delacroix-roy@example-univ.fr\nAction: failed\nStatus: 5.1.10",
    )),
    # Feature: english_repairs — kind — open to EU citizens — I mean, non-EU citizens
    # repair: «open to EU citizens?» → «I mean, non-EU citizens with a work permit» = a question about the programme with no personal facts enough to judge → kind question (English)
    N("english_repairs", "kind", "open to EU citizens — I mean, non-EU citizens", M(
        "Min-jun Park <minjun.park@example.kr>", "Eligibility question", "25 10:50",
        """Hello,

Is Pro'pulse open to EU citizens — I mean, non-EU citizens with a work permit? And are the workshops in French only?

Thank you,
Min-jun""",
        question(language="en"),
    )),
]
