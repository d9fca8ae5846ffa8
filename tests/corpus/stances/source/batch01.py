"""Stances corpus, batch 01 (writer A): Tuesday 1 December 2026, every mail read on 2026-12-07.
First-semester juries and defences announced, the Mois de l'ESS just over; each application given first the
way its writer holds her deciding fact (plain, hedged, pending, asked, misjudged, corrected, half remembered,
judged by another, understated, contradicted, in English); two friends wondering whether a BTS is enough, a
CRESS's December letter, an out-of-office, a reply choosing an interview, a bounce and an employer unsure."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from stances import N

MESSAGES = [
    # Feature: stance_other_mail — kind — on se demande si un BTS suffit
    # route: two friends ask whether a BTS is enough, with no diploma, date or situation of their own told → question
    N("stance_other_mail", "kind", "on se demande si un BTS suffit", M(
        "Inès et Garance <garance.lemarquis@gmail.com>", "question critères", "2026-12-01 07:42",
        """Bonjour,

Avec une copine on a vu passer votre programme sur Instagram et on se demande si un BTS suffit ou s'il faut forcément une licence ? Sur le site c'est écrit bac+2 mais on n'est pas sûres que ça veuille dire n'importe quel bac+2.

Merci d'avance !""",
        question(),
    )),
    # Feature: plain_fact — graduation — diplômée en novembre 2024
    # route: the first line: a BTS ESF «diplômée en novembre 2024» (25 months before December 2026), a post of conseillère in a social housing association sought → bac+2 of 2024-11, graduation_recent fails → not_eligible
    N("plain_fact", "graduation", "diplômée en novembre 2024", M(
        "Perrine Dalmasso <perrine.dalmasso@orange.fr>", "Candidature Pro'pulse", "2026-12-01 08:10",
        """Bonjour,

Je suis diplômée en novembre 2024 d'un BTS Économie sociale familiale (session décalée, lycée Bellevue à Toulouse). Depuis j'ai fait des remplacements comme aide à domicile.

Je cherche un poste de conseillère ESF dans une association d'accès au logement ou un centre social.

Cordialement,
Perrine Dalmasso
06 23 71 48 90""",
        app("Perrine", "Dalmasso", phone="+33623714890", bac=2, grad="2024-11", failing=("graduation_recent",), status="perrine_bts_esf_novembre_2024"),
    )),
    # Feature: plain_fact — career_change — après onze ans comme conducteur de bus
    # route: the second paragraph: eleven years driving buses, then a titre professionnel CIP (niveau 5: bac+2) of June 2026, a post in an insertion structure sought → bac+2 of 2026-06, not_career_change fails → not_eligible
    N("plain_fact", "career_change", "après onze ans comme conducteur de bus", M(
        "Rachid Zerrouki <r.zerrouki62@laposte.net>", "reconversion - demande d'accompagnement", "2026-12-01 08:55",
        """Madame, Monsieur,

J'ai 41 ans. Après onze ans comme conducteur de bus au réseau de Lens, j'ai repris une formation et obtenu en juin 2026 le titre professionnel de conseiller en insertion professionnelle.

Je cherche aujourd'hui un poste de CIP dans un chantier d'insertion ou une entreprise adaptée. Je vous joins mes coordonnées : 06 41 27 90 36.

Salutations distinguées,
R. Zerrouki""",
        app("Rachid", "Zerrouki", phone="+33641279036", bac=2, grad="2026-06", failing=("not_career_change",), status="rachid_onze_ans_bus"),
    )),
    # Feature: hedged — graduation — j'ai obtenu ma licence pro en juin
    # route: the second paragraph: a licence pro obtained in June (2026, past tense) said plainly; the hedge «je crois que mon profil pourrait correspondre» is politeness on the request, not on the fact; a Scop sought → bac+3 of 2026-06 → eligible
    N("hedged", "graduation", "j'ai obtenu ma licence pro en juin", M(
        "Solal Ferreira-Lins <solal.ferreiralins@gmail.com>", "Demande d'information et candidature", "2026-12-01 09:30",
        """Bonjour,

Je ne veux pas vous faire perdre votre temps, mais je crois que mon profil pourrait correspondre à ce que vous proposez, si je comprends bien la page du programme.

J'ai obtenu ma licence pro en juin, métiers de la gestion des entreprises de l'économie sociale, à l'IUT de Poitiers. J'aimerais travailler dans une Scop ou une SCIC, idéalement sur la partie gestion et vie coopérative.

N'hésitez pas à me dire si je me trompe.
Solal Ferreira-Lins
07 52 18 63 04""",
        app("Solal", "Ferreira-Lins", phone="+33752186304", bac=3, grad="2026-06", status="solal_licence_pro_juin"),
    )),
    # Feature: hedged — graduation — je crois qu'il est daté de décembre 2024, peut-être novembre
    # ambiguous: the hedge lies on the month of the diploma itself, December 2024 (meets) or November 2024 (fails): only the year 2024 is sure; graduation_recent open
    # route: the first paragraph: a DEES (bac+3) whose date she hedges between November and December 2024, a post of éducatrice in a MECS sought → bac+3 of 2024, graduation_recent open → to_verify
    N("hedged", "graduation", "je crois qu'il est daté de décembre 2024, peut-être novembre", M(
        "Anouk Vercoutere <anouk.vercoutere@free.fr>", "candidature éducatrice", "2026-12-01 10:05",
        """Bonjour,

J'ai mon diplôme d'État d'éducatrice spécialisée, je crois qu'il est daté de décembre 2024, peut-être novembre, il faudrait que je retrouve le papier dans mes cartons (je viens de déménager).

Depuis je fais de l'intérim dans des foyers, et je voudrais un poste stable dans une MECS ou une association de protection de l'enfance.

Bonne journée
Anouk""",
        app("Anouk", "Vercoutere", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), status="anouk_dees_date_incertaine"),
    )),
    # Feature: pending_result — studies_finished — j'attends le jury du 15 décembre
    # ambiguous: every exam sat and the mémoire defended in November, but the M2 jury deliberates on 15 December, after the reading day: whether the master is obtained is not known; studies_finished open
    # route: the second paragraph: an M1 obtained, the M2's exams done, the jury ahead on 15 December; a post in a cooperative bank's foundation or an association sought → bac+4, graduation null, studies_finished open → to_verify
    N("pending_result", "studies_finished", "j'attends le jury du 15 décembre", M(
        "Margaux Valadares <margaux.valadares@outlook.fr>", "Candidature - Master ESS", "2026-12-01 10:48",
        """Bonjour,

Je termine un master 2 Management des organisations de l'ESS à Grenoble (j'ai mon M1 depuis l'an dernier).

J'ai soutenu mon mémoire le 20 novembre et passé mes derniers partiels, donc en théorie tout est bouclé : j'attends le jury du 15 décembre pour savoir si c'est validé.

Je cherche un premier poste de chargée de mission dans une fondation ou une association (plutôt solidarité internationale). Je peux commencer dès janvier.

Margaux Valadares
06 58 30 17 24""",
        app("Margaux", "Valadares", phone="+33658301724", bac=4, grad=None, unknown=("studies_finished",), status="margaux_jury_15_decembre"),
    )),
    # Feature: pending_result — graduation — le diplôme m'a été confirmé hier
    # route: the first paragraph: a licence pro in alternance whose jury «hier» (30 November 2026) confirmed it, an HR post in an association sought → bac+3 of 2026-11 → eligible
    N("pending_result", "graduation", "le diplôme m'a été confirmé hier", M(
        "Yanis Lefebvre-Amrani <yanis.lfa@gmail.com>", "Enfin diplômé !", "2026-12-01 11:20",
        """Bonjour l'équipe,

Bonne nouvelle de mon côté : le diplôme m'a été confirmé hier par la scolarité, après un jury qui avait été repoussé deux fois. C'est une licence pro Gestion des ressources humaines, faite en alternance dans une fédération d'éducation populaire.

Du coup je suis officiellement en recherche : assistant RH ou chargé de recrutement dans une asso ou une mutuelle.

Merci !
Yanis
06 94 02 85 17""",
        app("Yanis", "Lefebvre-Amrani", phone="+33694028517", bac=3, grad="2026-11", status="yanis_confirme_hier"),
    )),
    # Feature: stance_other_mail — kind — je suis absente jusqu'au 4 janvier
    # route: a partner's end-of-year out-of-office (Auto-Submitted) answering our mail; its return date is its own → auto_reply
    N("stance_other_mail", "kind", "je suis absente jusqu'au 4 janvier", M(
        "Clarisse Vandamme <c.vandamme@maisondesassos-lille.example.org>", "Réponse automatique : Pro'pulse - ateliers de janvier", "2026-12-01 11:31",
        """Bonjour,

Je suis absente jusqu'au 4 janvier inclus (congé + fermeture de fin d'année de la Maison des associations).

Pour toute réservation de salle, merci d'écrire à reservations@maisondesassos-lille.example.org.

Bonnes fêtes,
Clarisse Vandamme""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: self_question — situation — encore en service civique jusqu'au 28 février
    # route: the first paragraph: a licence of 2025 and a civic service running until 28 February 2027 (after the reading day); her question does not change it → bac+3 of 2025, not_service_civique fails → not_eligible
    N("self_question", "situation", "encore en service civique jusqu'au 28 février", M(
        "Lina Boukhatem <lina.boukhatem@hotmail.fr>", "Est-ce que je peux candidater ?", "2026-12-01 12:15",
        """Bonjour,

Est-ce que je peux candidater alors que je suis encore en service civique jusqu'au 28 février ? Je suis volontaire dans une épicerie solidaire à Nancy depuis septembre.

J'ai une licence de sociologie (2025) et je voudrais enchaîner sur un vrai poste dans le même genre de structure après.

Merci de me dire,
Lina Boukhatem
07 61 93 27 40""",
        app("Lina", "Boukhatem", phone="+33761932740", bac=3, grad="2025", failing=("not_service_civique",), status="lina_sc_jusqu_fevrier"),
    )),
    # Feature: self_question — graduation — obtenu le 12 décembre 2024, c'est trop tard
    # route: the first line: a DEJEPS (niveau 5: bac+2) «obtenu le 12 décembre 2024» asked about as too old; December 2024 is 24 months before December 2026 and meets; a post of coordinator in an education populaire network sought → bac+2 of 2024-12 → eligible
    N("self_question", "graduation", "obtenu le 12 décembre 2024, c'est trop tard", M(
        "Killian Oyono <killian.oyono@gmail.com>", "DEJEPS", "2026-12-01 12:50",
        """bonjour, j'ai un DEJEPS animation socio-éducative obtenu le 12 décembre 2024, c'est trop tard pour vous ou ça passe ? je cherche un poste de coordinateur dans une fédé d'éduc pop ou une MJC. dispo tout de suite.
killian oyono 06 35 82 14 79""",
        app("Killian", "Oyono", phone="+33635821479", bac=2, grad="2024-12", status="killian_dejeps_decembre_2024"),
    )),
    # Feature: self_misjudged — situation — mon stage de fin d'études s'est terminé fin septembre
    # route: the body and a PDF CV: a master of September 2026, a final internship ended at the end of September (before the reading day) that she fears «compte»; a post in a solidarity-finance association sought → bac+5 of 2026-09 → eligible
    N("self_misjudged", "situation", "mon stage de fin d'études s'est terminé fin septembre", M(
        "Thuy-Linh Nguyen-Roux <thuylinh.nguyenroux@gmail.com>", "Candidature (mais je ne suis pas sûre d'être éligible)", "2026-12-01 13:40",
        """Bonjour,

Je vous écris un peu à reculons parce que je pense ne pas rentrer dans les cases : vous dites « pas en stage », et mon stage de fin d'études s'est terminé fin septembre seulement, donc j'ai l'impression d'être encore « stagiaire » aux yeux de tout le monde.

Mon master finance solidaire est validé depuis le jury de septembre. Je cherche un poste d'analyste ou de chargée d'investissement dans une structure de finance solidaire (France Active, une Cigales, une foncière...).

Je joins mon CV. Merci de me dire franchement si ça ne va pas.

Thuy-Linh Nguyen-Roux""",
        app("Thuy-Linh", "Nguyen-Roux", phone="+33672049315", bac=5, grad="2026-09", status="thuylinh_stage_fini_septembre"),
        cv=CV("pdf", "CV_Thuy-Linh_Nguyen-Roux.pdf", """Thuy-Linh Nguyen-Roux
Lyon - 06 72 04 93 15 - thuylinh.nguyenroux@gmail.com
Formation
Master Économie sociale, parcours finance solidaire - Université Lyon 2 - 2024-2026 (jury de septembre 2026)
Licence Économie-gestion - Université Lyon 2 - 2024
Expériences
Stage de fin d'études, fonds territorial d'une association de finance solidaire - avril - septembre 2026
Bénévole, club d'investisseurs solidaires - depuis 2023"""),
    )),
    # Feature: self_misjudged — situation — une convention avec l'école jusqu'au 31 mars
    # route: the second paragraph: a licence of June 2026 and a six-month «mission» under «une convention avec l'école jusqu'au 31 mars» (an internship running after the reading day) she calls a job → bac+3 of 2026-06, not_internship fails → not_eligible
    N("self_misjudged", "situation", "une convention avec l'école jusqu'au 31 mars", M(
        "Éloïse Santoni <eloise.santoni@gmail.com>", "Pro'pulse - je coche toutes les cases !", "2026-12-01 14:22",
        """Bonjour,

Je pense être pile dans vos critères : diplômée (licence de géographie en juin 2026), plus étudiante, et je veux travailler dans l'ESS.

En ce moment je fais une mission de six mois dans une association de mobilité solidaire, payée 600 € par mois, avec une convention avec l'école jusqu'au 31 mars (je me suis réinscrite en DU juste pour pouvoir la signer). Mais ce n'est pas un stage d'études, c'est vraiment un job.

Je serais ravie d'intégrer la prochaine promo.
Éloïse
06 11 48 73 26""",
        app("Éloïse", "Santoni", phone="+33611487326", bac=3, grad="2026-06", failing=("not_internship",), status="eloise_mission_convention_mars"),
    )),
    # Feature: stance_other_mail — kind — Je confirme le jeudi 10 à 14h
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our proposal quoted) choosing an interview slot → reply
    N("stance_other_mail", "kind", "Je confirme le jeudi 10 à 14h", M(
        "Baptiste Okafor <baptiste.okafor@gmail.com>", "RE: Pro'pulse - entretien d'accueil", "2026-12-01 15:02",
        """Bonjour Sarah,

Je confirme le jeudi 10 à 14h, en visio. Merci beaucoup !

Baptiste

Le 30/11/2026 à 17:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Baptiste,
> Nous vous proposons un entretien d'accueil le mercredi 9 à 10h ou le jeudi 10 à 14h.
> Dites-nous ce qui vous convient.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-11-30-0112@animafac.net>"},
    )),
    # Feature: corrected — graduation — 2023 — non pardon, 2025
    # route: the first paragraph: a licence pro dated «2023 — non pardon, 2025» (2023 is her bac, she says): the corrected year wins; a post in a recyclerie sought → bac+3 of 2025 → eligible
    N("corrected", "graduation", "2023 — non pardon, 2025", M(
        "Maïwenn Kerhervé <maiwenn.kerherve@orange.fr>", "Candidature", "2026-12-01 15:40",
        """Bonjour,

Je m'appelle Maïwenn, j'ai une licence pro Gestion des déchets et économie circulaire (2023 — non pardon, 2025, 2023 c'est mon bac, je confonds toujours).

Je voudrais travailler dans une recyclerie ou une ressourcerie, sur la sensibilisation ou la coordination des bénévoles. Je suis à Quimper mais mobile en Bretagne.

Merci,
Maïwenn Kerhervé
06 82 45 19 03""",
        app("Maïwenn", "Kerhervé", phone="+33682451903", bac=3, grad="2025", status="maiwenn_2023_pardon_2025"),
    )),
    # Feature: remembered_vaguely — graduation — il y a un an et demi à peu près
    # route: an HTML-only mail: a BUT Carrières sociales «il y a un an et demi à peu près» (around June 2025: every month it allows lies in 2025 and meets), a post in a centre social sought → bac+3 of 2025 → eligible
    N("remembered_vaguely", "graduation", "il y a un an et demi à peu près", M(
        "Noé Castagnet <noe.castagnet@gmail.com>", "candidature centre social", "2026-12-01 16:05",
        """Bonjour,

J'ai eu mon BUT Carrières sociales (animation sociale et socioculturelle) il y a un an et demi à peu près, au moment des résultats de juin.

Depuis j'ai surtout fait de l'animation périscolaire. Je cherche maintenant un poste d'animateur·rice ou de référent·e familles dans un centre social.

Merci de votre attention,
Noé Castagnet
07 45 90 26 81""",
        app("Noé", "Castagnet", phone="+33745902681", bac=3, grad="2025", status="noe_un_an_et_demi"),
        html="only",
    )),
    # Feature: remembered_vaguely — graduation — je ne sais plus si c'était 2024 ou 2025
    # ambiguous: the year of the BTS is not remembered, 2024 or 2025, and no month is told: 2025 meets, 2024 could fail; graduation_recent open
    # route: the second sentence: a BTS whose year she no longer knows, a post in a food bank sought → bac+2, graduation null, graduation_recent open → to_verify
    N("remembered_vaguely", "graduation", "je ne sais plus si c'était 2024 ou 2025", M(
        "Sabrina Ouedraogo <sabrina.ouedraogo@yahoo.fr>", "Demande", "2026-12-01 16:40",
        """Bonjour,
J'ai un BTS Gestion de la PME, je ne sais plus si c'était 2024 ou 2025 (j'ai redoublé la deuxième année, ça m'embrouille), il faudrait que je regarde mon diplôme chez mes parents.
Je voudrais travailler à la banque alimentaire ou dans une association du même type, sur la logistique ou l'administratif.
Sabrina Ouedraogo - 06 70 31 84 52""",
        app("Sabrina", "Ouedraogo", phone="+33670318452", bac=2, grad=None, unknown=("graduation_recent",), status="sabrina_2024_ou_2025"),
    )),
    # Feature: someone_judged — situation — mon service civique est fini depuis juin
    # route: the second paragraph: a France Travail adviser judges her ineligible «à cause du service civique», but the fact told is a civic service ended in June 2026; a licence of 2025, an association sought → bac+3 of 2025 → eligible
    N("someone_judged", "situation", "mon service civique est fini depuis juin", M(
        "Albane Courtois <albane.courtois@laposte.net>", "Avis de ma conseillère", "2026-12-01 17:18",
        """Bonjour,

J'ai parlé de votre programme à ma conseillère France Travail ce matin, et elle pense que je ne suis pas éligible « à cause du service civique ». Je me permets de vous écrire quand même :

mon service civique est fini depuis juin (dix mois à la Croix-Rouge, sur l'aide alimentaire). Avant, j'ai eu une licence d'histoire en 2025.

J'aimerais un poste dans une association de solidarité, en coordination de bénévoles par exemple.

Albane Courtois
06 49 12 70 35""",
        app("Albane", "Courtois", phone="+33649127035", bac=3, grad="2025", status="albane_conseillere_pense_non"),
    )),
    # Feature: understated — level — qu'un petit BTS
    # route: a brother writes for his sister (her address and phone in the body): «qu'un petit BTS» SP3S of 2025, minimised by her, is a bac+2; an accueil post in an association sought → referral; bac+2 of 2025 → eligible
    N("understated", "level", "qu'un petit BTS", M(
        "Mathis Ravelojaona <mathis.rvj@gmail.com>", "Pour ma soeur, Hanta", "2026-12-01 17:55",
        """Bonjour,

Je vous écris pour ma sœur Hanta Ravelojaona qui n'ose pas le faire elle-même : elle dit qu'elle n'a « qu'un petit BTS » et que ce n'est pas assez pour vous. C'est un BTS SP3S qu'elle a eu en 2025, avec mention.

Elle cherche un poste d'accueil ou d'accompagnement dans une association (CCAS non, elle veut vraiment le milieu associatif).

Ses coordonnées : hanta.ravelojaona@gmail.com / 06 26 53 81 47.

Merci beaucoup,
Mathis""",
        app("Hanta", "Ravelojaona", phone="+33626538147", bac=2, grad="2025", email="hanta.ravelojaona@gmail.com", forwarded_by="mathis.rvj@gmail.com", status="hanta_petit_bts_par_son_frere"),
    )),
    # Feature: understated — studies_finished — mon master (enfin, presque)
    # route: the second paragraph: «mon master (enfin, presque)»: the mémoire still to hand in in January (ahead of the reading day), an M1 obtained → bac+4, graduation null, studies_finished fails → not_eligible
    N("understated", "studies_finished", "mon master (enfin, presque)", M(
        "Côme Sfeir <come.sfeir@protonmail.com>", "candidature", "2026-12-01 18:30",
        """Bonsoir,

Je cherche un poste dans le développement local ou l'habitat participatif.

Côté formation, j'ai mon master (enfin, presque) : il me reste le mémoire à rendre mi-janvier, le reste est validé, M1 compris. Je suis déjà dispo la journée.

Côme Sfeir
07 83 16 42 59""",
        app("Côme", "Sfeir", phone="+33783164259", bac=4, grad=None, failing=("studies_finished",), status="come_master_presque"),
    )),
    # Feature: stance_other_mail — kind — La lettre de décembre de la CRESS
    # route: a regional CRESS's December newsletter (List-Unsubscribe, Precedence bulk): its offers for «jeunes diplômé·es bac+2» are nobody's application → newsletter
    N("stance_other_mail", "kind", "La lettre de décembre de la CRESS", M(
        "CRESS Centre-Val de Loire <lettre@cress-cvl.example.org>", "La lettre de décembre de la CRESS", "2026-12-01 19:00",
        """La lettre de décembre de la CRESS Centre-Val de Loire

Retour sur le Mois de l'ESS : 87 événements, 4 000 participant·es, merci à toutes et tous !

À venir
- 10 décembre : « Recruter un·e jeune diplômé·e, est-ce pour nous ? », matinale employeurs, Orléans
- 14 janvier : vœux de l'ESS régionale, Tours

Offres de nos adhérents
- Chargé·e de projet alimentation durable, SCIC, CDD 18 mois, Blois (bac+3 minimum, débutant·e accepté·e)
- Assistant·e administratif·ve, mutuelle, CDI, Bourges

Vous recevez cette lettre car vous êtes partenaire de la CRESS. Se désabonner : https://cress-cvl.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-cvl.example.org/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: contradicted — graduation — BUT obtenu en 2025
    # ambiguous: the subject says «BUT obtenu en 2025», the body «diplômé en 2023» and nothing says which is right: 2025 meets, 2023 fails; graduation_recent open
    # route: the subject against the first paragraph: a BUT GEA dated 2025 in one, 2023 in the other, a post of comptable in an association sought → bac+3, graduation null, graduation_recent open → to_verify
    N("contradicted", "graduation", "BUT obtenu en 2025", M(
        "Ilyes Mansouri-Brun <ilyes.mansouribrun@gmail.com>", "Candidature - BUT obtenu en 2025", "2026-12-01 19:45",
        """Bonjour,

Diplômé en 2023 d'un BUT GEA (gestion comptable et financière) à l'IUT de Montpellier, je souhaite rejoindre Pro'pulse.

Je cherche un poste d'assistant comptable ou de gestionnaire dans une association ou une structure de l'ESS, idéalement dans l'Hérault.

Cordialement,
Ilyes Mansouri-Brun
06 03 58 29 71""",
        app("Ilyes", "Mansouri-Brun", phone="+33603582971", bac=3, grad=None, unknown=("graduation_recent",), status="ilyes_sujet_2025_corps_2023"),
    )),
    # Feature: stance_other_mail — kind — Undelivered Mail Returned to Sender
    # route: a delivery failure of our invitation (a Mailer-Daemon From, multipart/report), the recipient's address unknown → bounce
    N("stance_other_mail", "kind", "Undelivered Mail Returned to Sender", M(
        "MAILER-DAEMON <mailer-daemon@mx.laposte.example.net>", "Undelivered Mail Returned to Sender", "2026-12-01 20:10",
        """This is the mail system at host mx.laposte.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<gwladys.ketterer@laposte.net>: host smtp-in.laposte.example.net said: 550 5.1.1 Recipient address rejected: User unknown""",
        bounce("gwladys.ketterer@laposte.net"),
        bounce="""Reporting-MTA: dns; mx.laposte.example.net
Final-Recipient: rfc822; gwladys.ketterer@laposte.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown""",
    )),
    # Feature: english_stance — graduation — I think I graduated in May 2025
    # route: an English mail: a three-year BA from Leeds «I think I graduated in May 2025» hedged on the month only (every month it allows lies in 2025 and meets), a job in a Marseille refugee-support association sought → bac+3 of 2025 → eligible
    N("english_stance", "graduation", "I think I graduated in May 2025", M(
        "Harriet Oduya <harriet.oduya@gmail.com>", "Application - Pro'pulse", "2026-12-01 20:50",
        """Hi there,

I think I graduated in May 2025 (or was it June? the ceremony was in July, which is what everyone remembers) with a BA in International Development from the University of Leeds - a three-year degree.

I've been living in Marseille since September and volunteering with a refugee-support association twice a week. I'd love to turn that into a proper job in a French non-profit: coordination, languages, anything where I can be useful.

Best wishes,
Harriet Oduya
+44 7700 914 286""",
        app("Harriet", "Oduya", phone="+447700914286", bac=3, grad="2025", language="en", status="harriet_may_2025_i_think"),
    )),
    # Feature: english_stance — situation — my internship ends on 18 December
    # route: an English mail: a master's of September 2026 and «my internship ends on 18 December» (after the reading day), a post in a social enterprise sought → bac+5 of 2026-09, not_internship fails → not_eligible
    N("english_stance", "situation", "my internship ends on 18 December", M(
        "Rafael Quintero <rafael.quintero.m@gmail.com>", "Pro'pulse application (starting January)", "2026-12-01 21:35",
        """Hello,

I completed my Master's in Development Studies at SOAS in September 2026 (five years of university in total, including my undergraduate degree in Bogotá).

Right now I'm an intern at a social enterprise in Paris that works on inclusive hiring - my internship ends on 18 December and they can't keep me afterwards. I'd like to stay in the social and solidarity economy and find a job from January.

Thank you,
Rafael Quintero
07 58 26 91 34""",
        app("Rafael", "Quintero", phone="+33758269134", bac=5, grad="2026-09", failing=("not_internship",), language="en", status="rafael_internship_18_december"),
    )),
    # Feature: stance_other_mail — kind — on ne sait pas si notre poste rentre dans votre programme
    # route: an employer (a Scop) unsure whether its post fits the programme, no applicant presented → other
    N("stance_other_mail", "kind", "on ne sait pas si notre poste rentre dans votre programme", M(
        "Scop Les Ateliers du Rail <contact@ateliersdurail.example.com>", "Offre d'emploi - à diffuser ?", "2026-12-01 22:05",
        """Bonjour,

Nous recrutons un·e assistant·e de gestion en CDI (35 h, Clermont-Ferrand) et on ne sait pas si notre poste rentre dans votre programme : nous demandons un bac+2 et une première expérience, est-ce que c'est compatible avec des jeunes diplômé·es accompagné·es par Pro'pulse ?

Si oui, pouvez-vous relayer l'annonce ? Fiche de poste : https://ateliersdurail.example.com/recrutement

Bien à vous,
Jeanne Pastor, cogérante""",
        other(),
    )),
]
