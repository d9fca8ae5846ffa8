"""Occasions corpus, batch 03 (writer A): mails written on a recommendation (a teacher, an adviser, a cousin,
a lecturer — some writing for the applicant, their own facts beside the applicant's), answers to a post (a
LinkedIn publication, a poster at the university, a listing on the university's site, the post's author
beside the applicant), mails written because of a closing date or the next session (the date taken for no
graduation); other mail on those occasions (a teacher asking with no one named, an auto-reply, a LinkedIn
notification, a student union asking to put up the poster, a question on the closing date, a partner's
newsletter)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question
from occasions import N

MESSAGES = [
    # Feature: recommended_by — level — sa licence professionnelle Gestion des organisations de l'ESS
    # occasion: «sa licence professionnelle Gestion des organisations de l'ESS» = a teacher writes for a former student: the teacher's own career is theirs, the student's licence pro (bac+3, June 2025) is the applicant's → meets degree_level → eligible
    N("recommended_by", "level", "sa licence professionnelle Gestion des organisations de l'ESS", M(
        "Pascale Guillot <pascale.guillot@example.fr>", "Recommandation d'une ancienne étudiante", "03 17:10",
        """Bonjour,

J'enseigne l'économie au lycée Jean-Moulin depuis 2003 et je suis aussi intervenante en licence pro. Je vous recommande une de mes anciennes étudiantes, Noémie Chevallier, qui a obtenu sa licence professionnelle Gestion des organisations de l'ESS en juin 2025.

Elle cherche un poste d'assistante de coordination dans une association ou une coopérative, et elle serait une excellente candidate pour Pro'pulse. Elle m'a demandé de vous écrire ; vous pouvez la joindre à noemie.chevallier@example.org ou au 06 17 32 90 46.

Bien à vous,
Pascale Guillot""",
        app("Noémie", "Chevallier", phone="+33617329046", bac=3, grad="2025-06", status="recommandee_par_enseignante", email="noemie.chevallier@example.org", forwarded_by="pascale.guillot@example.fr"),
    )),
    # Feature: recommended_by — graduation — mon BTS date de 2021
    # occasion: «mon BTS date de 2021» = the teacher who advised writing got his master in 2024, that is his; the applicant's BTS of 2021 → fails graduation_recent → not eligible
    N("recommended_by", "graduation", "mon BTS date de 2021", M(
        "Bastien Carlier <bastien.carlier@example.com>", "Sur les conseils de M. Dubreuil", "05 10:22",
        """Bonjour,

C'est mon ancien professeur, M. Dubreuil, qui m'a conseillé de vous écrire. Lui-même a repris un master en 2024 et vous connaît bien.

Pour ma part, mon BTS date de 2021 (BTS Assistant de gestion), et depuis j'ai fait des CDD dans l'administratif. Je voudrais maintenant travailler dans une association d'insertion et rejoindre votre programme.

Bastien Carlier
06 19 60 27 35""",
        app("Bastien", "Carlier", phone="+33619602735", bac=2, grad="2021", failing=("graduation_recent",), status="conseil_dubreuil_bts_2021"),
    )),
    # Feature: recommended_by — situation — ma convention avec l'association se termine en novembre
    # ambiguous: an internship agreement ending «en novembre» with no day: it may still run on 2026-11-26
    # occasion: «ma convention avec l'association se termine en novembre» = written on a cousin's advice: the cousin's SCOP is hers; the applicant's internship agreement ends this month, no day → not_internship unknown → to verify
    N("recommended_by", "situation", "ma convention avec l'association se termine en novembre", M(
        "Garance Hoarau <garance.hoarau@example.net>", "Ma cousine m'a parlé de vous", "06 20:41",
        """Bonjour,

C'est ma cousine, qui travaille dans une SCOP de communication depuis six ans, qui m'a parlé de vous.

J'ai un master Communication des organisations (juin 2025). Je fais un stage dans une association de défense des droits des femmes : ma convention avec l'association se termine en novembre. J'aimerais continuer dans ce type de structure.

Je voudrais donc candidater à Pro'pulse.

Garance Hoarau
07 13 81 54 20""",
        app("Garance", "Hoarau", phone="+33713815420", bac=5, grad="2025-06", unknown=("not_internship",), status="cousine_convention_novembre"),
    )),
    # Feature: recommended_by — situation — est actuellement en stage de fin d'études jusqu'au 15 janvier
    # occasion: «est actuellement en stage de fin d'études jusqu'au 15 janvier» = a teacher writes for a student: the student's end-of-studies internship runs until January → fails not_internship and studies_finished → not eligible
    N("recommended_by", "situation", "est actuellement en stage de fin d'études jusqu'au 15 janvier", M(
        "Hélène Jourdan <helene.jourdan@example.org>", "Un étudiant à vous recommander", "09 12:55",
        """Bonjour,

Responsable de la licence pro Animation sociale, je me permets de vous recommander Aurélien Bailly, un étudiant très engagé. Il est actuellement en stage de fin d'études jusqu'au 15 janvier, dans une MJC.

Il voudrait ensuite travailler dans l'éducation populaire. Pourriez-vous examiner sa candidature à Pro'pulse ? Son numéro : 06 12 08 73 49.

Cordialement,
Hélène Jourdan""",
        app("Aurélien", "Bailly", phone="+33612087349", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="recommande_stage_fin_etudes", email=None, forwarded_by="helene.jourdan@example.org"),
    )),
    # Feature: recommended_by — career_change — ses emplois de caissière pendant ses études
    # occasion: «ses emplois de caissière pendant ses études» = an adviser writes for a young woman she follows: student jobs are no career → meets not_career_change → eligible
    N("recommended_by", "career_change", "ses emplois de caissière pendant ses études", M(
        "Béatrice Langlois <b.langlois@example.fr>", "Orientation vers Pro'pulse", "12 09:18",
        """Bonjour,

Conseillère emploi, j'accompagne Kadiatou Camara, 22 ans, que je vous recommande pour Pro'pulse. Elle a un BTS Économie sociale familiale (juin 2025). En dehors de ses emplois de caissière pendant ses études, elle n'a pas travaillé : elle sort directement de formation.

Elle souhaite travailler comme conseillère dans une association de logement ou un centre social. Son adresse : kadiatou.camara@example.com.

Cordialement,
Béatrice Langlois""",
        app("Kadiatou", "Camara", phone=None, bac=2, grad="2025-06", status="conseillere_caissiere_etudes", email="kadiatou.camara@example.com", forwarded_by="b.langlois@example.fr"),
    )),
    # Feature: recommended_by — aim — une mutuelle ou une grande banque, les deux m'iraient
    # ambiguous: the aim split between a mutuelle (ESS) and a big bank with no preference: open
    # occasion: «une mutuelle ou une grande banque, les deux m'iraient» = written on a teacher's advice, the aim the applicant's own and split → job_seeking_ess unknown → to verify
    N("recommended_by", "aim", "une mutuelle ou une grande banque, les deux m'iraient", M(
        "Ilyes Benslimane <ilyes.benslimane@example.com>", "Mme Fortin m'a parlé de vous", "13 18:27",
        """Bonjour,

Mme Fortin, ma prof de gestion, m'a parlé de votre programme et m'a conseillé de vous écrire.

J'ai une licence de gestion (juin 2025). Je cherche un poste de conseiller, dans une mutuelle ou une grande banque, les deux m'iraient.

Je souhaite candidater.

Ilyes Benslimane
07 19 47 62 18""",
        app("Ilyes", "Benslimane", phone="+33719476218", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="fortin_mutuelle_ou_banque"),
    )),
    # Feature: recommended_by — studies_finished — I completed my MA in June 2026
    # occasion: «I completed my MA in June 2026» = written in English on a lecturer's suggestion: the lecturer's PhD is hers; the applicant's MA completed → studies finished → eligible
    N("recommended_by", "studies_finished", "I completed my MA in June 2026", M(
        "Niamh Duggan <niamh.duggan@example.net>", "Dr Kaur suggested I get in touch", "14 11:04",
        """Dear Pro'pulse team,

Dr Kaur, who supervised my dissertation and did her own PhD on social enterprise, suggested I get in touch with you.

I completed my MA in June 2026 (Community Development, University College Cork) and I now live in Marseille. I'm looking for work in a community association or a co-operative, in French or English.

I would like to apply to your programme.

Kind regards,
Niamh Duggan
07 15 06 93 81""",
        app("Niamh", "Duggan", phone="+33715069381", bac=5, grad="2026-06", status="kaur_ma_june_2026", language="en"),
    )),
    # Feature: recommended_by — kind — je voudrais recommander votre programme à mes étudiants
    # occasion: «je voudrais recommander votre programme à mes étudiants» = a teacher asking about the programme with no one named → kind question
    N("recommended_by", "kind", "je voudrais recommander votre programme à mes étudiants", M(
        "Dominique Ferrer <d.ferrer@example.org>", "Critères d'entrée", "17 08:36",
        """Bonjour,

J'enseigne en BTS SP3S et je voudrais recommander votre programme à mes étudiants. Pouvez-vous me rappeler les critères et le calendrier ?

Merci,
Dominique Ferrer""",
        question(),
    )),
    # Feature: recommended_by — kind — je suis en sortie pédagogique avec mes étudiants
    # occasion: «je suis en sortie pédagogique avec mes étudiants» = a recommending teacher's automatic answer to our thanks, no application → kind auto_reply
    N("recommended_by", "kind", "je suis en sortie pédagogique avec mes étudiants", M(
        "Pascale Guillot <pascale.guillot@example.fr>", "Absence : Re: Merci pour votre recommandation", "04 07:15",
        """Bonjour,

Je suis en sortie pédagogique avec mes étudiants jusqu'au 6 novembre. Je lirai votre message à mon retour.

Pascale Guillot""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: answering_a_post — aim — un poste de chargé de développement dans une SCIC
    # occasion: «un poste de chargé de développement dans une SCIC» = an answer to a LinkedIn post: the post's author (Nathalie Giraud) is not the applicant; his aim, a SCIC → meets job_seeking_ess → eligible
    N("answering_a_post", "aim", "un poste de chargé de développement dans une SCIC", M(
        "Gaspard Gonçalves <gaspard.goncalves@example.com>", "Votre publication LinkedIn", "13 12:40",
        """Bonjour,

J'ai vu votre publication sur LinkedIn, partagée par Nathalie Giraud, qui annonçait l'ouverture des candidatures.

Je suis diplômé d'un master Développement territorial (septembre 2025) et je cherche un poste de chargé de développement dans une SCIC, dans l'énergie ou l'alimentation.

Je souhaite candidater à Pro'pulse.

Gaspard Gonçalves
06 14 51 08 97""",
        app("Gaspard", "Gonçalves", phone="+33614510897", bac=5, grad="2025-09", status="linkedin_scic"),
    )),
    # Feature: answering_a_post — studies_finished — je suis en L3, je finis en juin
    # occasion: «je suis en L3, je finis en juin» = an answer to the poster at the university, the studies said as they stand: a licence running → fails studies_finished → not eligible
    N("answering_a_post", "studies_finished", "je suis en L3, je finis en juin", M(
        "Elsa Besnard <elsa.besnard@example.fr>", "affiche à la fac", "16 13:12",
        """Coucou,

J'ai vu l'affiche à la fac, dans le hall de la BU. Je suis en L3, je finis en juin, mais j'aimerais déjà m'inscrire pour travailler ensuite dans une asso de solidarité.

C'est possible ?
Elsa""",
        app("Elsa", "Besnard", phone=None, bac="*", grad=None, failing=("studies_finished",), status="affiche_l3_juin"),
    )),
    # Feature: answering_a_post — graduation — Date d'obtention : 2024
    # ambiguous: the post asked for the date and the answer is a year alone, 2024: within 24 months or not is open
    # occasion: «Date d'obtention : 2024» = the answer follows the post's order (diplôme, date, projet); the post's own date is no graduation; a year alone in 2024 → graduation_recent unknown → to verify
    N("answering_a_post", "graduation", "Date d'obtention : 2024", M(
        "Hakim Boudjema <hakim.boudjema@example.org>", "Réponse à votre post du 9 novembre", "10 22:05",
        """Bonjour,

Je réponds à votre post du 9 novembre, qui demandait diplôme, date et projet :

Diplôme : DUT Information-Communication
Date d'obtention : 2024
Projet : chargé de communication dans une association ou une fédération sportive

Je candidate donc. Merci !
Hakim Boudjema
07 16 88 21 54""",
        app("Hakim", "Boudjema", phone="+33716882154", bac=2, grad="2024", unknown=("graduation_recent",), status="post_date_obtention_2024"),
    )),
    # Feature: answering_a_post — career_change — ancienne infirmière pendant quatorze ans
    # occasion: «ancienne infirmière pendant quatorze ans» = an answer to the poster, the past said with it: fourteen years of another trade before the master → fails not_career_change → not eligible
    N("answering_a_post", "career_change", "ancienne infirmière pendant quatorze ans", M(
        "Catherine Joly <catherine.joly@example.net>", "Suite à votre affiche", "18 10:30",
        """Bonjour,

J'ai vu votre affiche à la médiathèque. Ancienne infirmière pendant quatorze ans, j'ai repris des études et j'ai obtenu un master Économie sociale et solidaire en septembre 2026.

Je souhaite maintenant travailler dans une association de santé communautaire et je voudrais candidater à Pro'pulse.

Catherine Joly
06 18 34 70 25""",
        app("Catherine", "Joly", phone="+33618347025", bac=5, grad="2026-09", failing=("not_career_change",), status="affiche_ancienne_infirmiere"),
    )),
    # Feature: answering_a_post — graduation — licence pro obtenue en juillet 2026
    # occasion: «licence pro obtenue en juillet 2026» = an answer to a LinkedIn post of 12 November: the post's date is the occasion's, the licence pro's July 2026 the graduation → meets graduation_recent → eligible
    N("answering_a_post", "graduation", "licence pro obtenue en juillet 2026", M(
        "Florent Courtois <florent.courtois@example.org>", "En réponse à votre post LinkedIn", "14 09:57",
        """Bonjour,

En réponse à votre post LinkedIn du 12 novembre : je suis intéressé par Pro'pulse.

J'ai une licence pro obtenue en juillet 2026, Métiers de la gestion des déchets, et je voudrais travailler dans une ressourcerie ou une association d'économie circulaire. CV en pièce jointe.

Florent Courtois
07 11 25 86 30""",
        app("Florent", "Courtois", phone="+33711258630", bac=3, grad="2026-07", status="linkedin_lp_juillet_2026"),
        cv=CV("docx", "Florent_Courtois_CV_2026.docx", """Florent Courtois
Licence professionnelle Métiers de la gestion des déchets — 2026
Stage, ressourcerie associative, printemps 2026 (terminé)
Recherche : poste en ressourcerie ou économie circulaire"""),
    )),
    # Feature: answering_a_post — level — le bac et une année de fac
    # occasion: «le bac et une année de fac» = an answer to the listing on the university's site: the highest diploma is the bac → fails degree_level → not eligible
    N("answering_a_post", "level", "le bac et une année de fac", M(
        "Jessica Lopes <jessica.lopes@example.com>", "Annonce sur le site de l'université", "19 16:44",
        """Bonjour,

Suite à votre annonce sur le site de l'université, je voudrais postuler. J'ai le bac et une année de fac en psycho, puis j'ai travaillé comme animatrice.

Je cherche un poste dans une association d'aide aux familles.

Jessica Lopes
06 11 79 42 03""",
        app("Jessica", "Lopes", phone="+33611794203", bac=0, grad=None, failing=("degree_level",), status="annonce_site_bac_annee_fac"),
    )),
    # Feature: answering_a_post — kind — Nathalie Giraud a republié votre publication
    # occasion: «Nathalie Giraud a republié votre publication» = LinkedIn's notification about our post, its author named, nobody applying → kind newsletter
    N("answering_a_post", "kind", "Nathalie Giraud a republié votre publication", M(
        "LinkedIn <notifications-noreply@example.com>", "Nathalie Giraud a republié votre publication", "12 18:00",
        """Nathalie Giraud a republié votre publication « Pro'pulse ouvre ses candidatures ».

Votre publication a été vue 1 842 fois cette semaine.

Voir les statistiques

Vous recevez ce message car vous gérez la page Pro'pulse. Se désabonner""",
        newsletter(),
    )),
    # Feature: answering_a_post — kind — pouvons-nous afficher votre poster dans nos locaux
    # occasion: «pouvons-nous afficher votre poster dans nos locaux» = a student union asking about the poster, nobody applying → kind other
    N("answering_a_post", "kind", "pouvons-nous afficher votre poster dans nos locaux", M(
        "BDE Sciences humaines <bde.sh@example.fr>", "Votre affiche", "15 14:14",
        """Bonjour,

Nous avons vu votre affiche à la BU : pouvons-nous afficher votre poster dans nos locaux et le relayer sur nos réseaux ? Avez-vous une version imprimable ?

Le bureau du BDE""",
        other(),
    )),
    # Feature: deadline_or_date — situation — mon service civique s'est terminé le 31 octobre
    # occasion: «mon service civique s'est terminé le 31 octobre» = written before the 30 November closing: the closing date is no end date; the service civique ended in October → meets not_service_civique → eligible
    N("deadline_or_date", "situation", "mon service civique s'est terminé le 31 octobre", M(
        "Bérénice Albert <berenice.albert@example.org>", "Candidature avant la clôture", "22 19:31",
        """Bonjour,

Je vous envoie ma candidature avant la clôture du 30 novembre.

J'ai un DEUST Animation (juin 2025) et mon service civique s'est terminé le 31 octobre, dans une association de sport adapté. Je cherche maintenant un poste d'animatrice dans une association du même genre.

Bérénice Albert
06 16 27 93 58""",
        app("Bérénice", "Albert", phone="+33616279358", bac=2, grad="2025-06", status="cloture_service_civique_fini"),
    )),
    # Feature: deadline_or_date — situation — mon stage finit le 15 décembre, avant le début de la session
    # occasion: «mon stage finit le 15 décembre, avant le début de la session» = the fact dated against the programme's start: a stage running until 15 December → fails not_internship → not eligible
    N("deadline_or_date", "situation", "mon stage finit le 15 décembre, avant le début de la session", M(
        "Loïc Guillou <loic.guillou@example.net>", "Candidature avant la date limite", "24 12:16",
        """Bonjour,

Je vois que la date limite approche, alors je candidate : mon stage finit le 15 décembre, avant le début de la session, donc je serai libre.

J'ai un BUT Gestion administrative et commerciale des organisations (juin 2026) et je voudrais travailler dans une coopérative agricole ou une AMAP.

Loïc Guillou
07 18 05 41 67""",
        app("Loïc", "Guillou", phone="+33718054167", bac=3, grad="2026-06", failing=("not_internship",), status="date_limite_stage_15_decembre"),
    )),
    # Feature: deadline_or_date — studies_finished — ma soutenance doit avoir lieu courant novembre
    # ambiguous: the defence «courant novembre», no day: by 2026-11-26 it may be done or not
    # occasion: «ma soutenance doit avoir lieu courant novembre» = written for the closing date, the defence dated loosely → studies_finished unknown → to verify
    N("deadline_or_date", "studies_finished", "ma soutenance doit avoir lieu courant novembre", M(
        "Inaya Chafik <inaya.chafik@example.com>", "Avant la clôture des candidatures", "06 15:03",
        """Bonjour,

Je préfère candidater avant la clôture des candidatures. Ma soutenance doit avoir lieu courant novembre (master Intervention et développement social), je n'ai pas encore la date exacte.

Je voudrais ensuite travailler dans une association d'hébergement d'urgence.

Inaya Chafik
06 13 92 58 04""",
        app("Inaya", "Chafik", phone="+33613925804", bac="*", grad=None, unknown=("studies_finished",), status="soutenance_courant_novembre"),
    )),
    # Feature: deadline_or_date — graduation — mon master, je l'ai eu en septembre 2024
    # occasion: «mon master, je l'ai eu en septembre 2024» = the closing date (30 November) is no graduation; the master of September 2024 is 26 months old → fails graduation_recent → not eligible
    N("deadline_or_date", "graduation", "mon master, je l'ai eu en septembre 2024", M(
        "Adèle Lacombe <adele.lacombe@example.fr>", "dernière minute avant le 30 novembre", "25 23:12",
        """Bonsoir,

Je me dépêche avant la clôture du 30 novembre ! Mon master, je l'ai eu en septembre 2024 (master Sciences politiques), et depuis j'ai fait des missions courtes.

Je voudrais travailler dans le plaidoyer, dans une ONG ou une association.

Adèle Lacombe
07 12 40 69 85""",
        app("Adèle", "Lacombe", phone="+33712406985", bac=5, grad="2024-09", failing=("graduation_recent",), status="cloture_master_sept_2024"),
    )),
    # Feature: deadline_or_date — level — mon BTS Économie sociale familiale de juin 2025
    # occasion: «mon BTS Économie sociale familiale de juin 2025» = written because applications close soon: a BTS (bac+2) of June 2025 → meets degree_level → eligible
    N("deadline_or_date", "level", "mon BTS Économie sociale familiale de juin 2025", M(
        "Dounia Belkacem <dounia.belkacem@example.org>", "Les candidatures ferment bientôt ?", "19 08:08",
        """Bonjour,

Je vois sur votre site que les candidatures ferment bientôt, alors je vous envoie la mienne pour la session de janvier.

J'ai mon BTS Économie sociale familiale de juin 2025 et je cherche un poste de conseillère dans une association de logement ou une épicerie sociale.

Dounia Belkacem
06 19 13 84 72""",
        app("Dounia", "Belkacem", phone="+33619138472", bac=2, grad="2025-06", status="ferment_bientot_bts_esf"),
    )),
    # Feature: deadline_or_date — aim — je vise un poste dans une start-up de la tech
    # occasion: «je vise un poste dans une start-up de la tech» = written before the closing dates, the aim said: a start-up → fails job_seeking_ess → not eligible
    N("deadline_or_date", "aim", "je vise un poste dans une start-up de la tech", M(
        "Maxence Kervella <maxence.kervella@example.com>", "candidature avant la date limite", "23 17:49",
        """Bonjour,

Je postule un peu partout avant les dates limites, et je vous envoie aussi ma candidature. J'ai un BUT Informatique (juin 2026). Je vise un poste dans une start-up de la tech, en développement web.

Bonne journée,
Maxence Kervella
06 15 73 20 91""",
        app("Maxence", "Kervella", phone="+33615732091", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="date_limite_startup_tech"),
    )),
    # Feature: deadline_or_date — kind — jusqu'à quand peut-on candidater pour la prochaine session
    # occasion: «jusqu'à quand peut-on candidater pour la prochaine session» = a question on the closing date, no personal fact → kind question
    N("deadline_or_date", "kind", "jusqu'à quand peut-on candidater pour la prochaine session", M(
        "Matthis <matthis.t@example.net>", "date limite ?", "20 07:52",
        """Bonjour, jusqu'à quand peut-on candidater pour la prochaine session ? Et le programme commence quand ?

Merci""",
        question(),
    )),
    # Feature: deadline_or_date — kind — les dates à retenir ce mois-ci
    # occasion: «les dates à retenir ce mois-ci» = a partner's newsletter listing closing dates, ours among them, nobody applying → kind newsletter
    N("deadline_or_date", "kind", "les dates à retenir ce mois-ci", M(
        "La lettre de l'ESS en région <lettre@example.org>", "La lettre de novembre : les dates à retenir", "02 06:00",
        """La lettre de l'ESS en région — novembre 2026

Voici les dates à retenir ce mois-ci :
- 19 novembre : forum de l'emploi solidaire
- 30 novembre : clôture des candidatures Pro'pulse
- 3 décembre : rencontres des coopératives

Se désinscrire de la lettre""",
        newsletter(),
    )),
]
