"""Stances corpus, batch 06 (writer B): Saturday 5 December 2026, every mail read on 2026-12-07.
Weekend mail: longer letters, self-questions, a mother, a father, a sister, a friend and an adviser writing for
someone; an abstract question about internships, an English question about visas, a withdrawal in our thread,
an English out-of-office, an incubator's newsletter and a Scop wondering whether to offer an apprenticeship."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from stances import N

MESSAGES = [
    # Feature: stance_other_mail — kind — Incubateur Solidaire : les nouvelles de fin d'année
    # route: an incubator's end-of-year newsletter in HTML only (List-Unsubscribe, Precedence: bulk) → newsletter
    N("stance_other_mail", "kind", "Incubateur Solidaire : les nouvelles de fin d'année", M(
        "Incubateur Solidaire Occitanie <news@incubateur-solidaire.example.fr>",
        "Incubateur Solidaire : les nouvelles de fin d'année",
        "2026-12-05 07:14",
        """Incubateur Solidaire : les nouvelles de fin d'année

Cette année, 18 projets accompagnés, dont 6 portés par des moins de 26 ans.
Appel à candidatures de la promo 2027 : jusqu'au 31 janvier.
Nous pensons que c'est le bon moment pour vous lancer… ou peut-être pas encore : venez en parler lors de nos permanences du jeudi.

Se désinscrire : https://incubateur-solidaire.example.fr/unsubscribe""",
        newsletter(),
        html="only",
        headers={"List-Unsubscribe": "<https://incubateur-solidaire.example.fr/unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: english_stance — situation — his service civique with Unis-Cité runs until the end of March
    # route: an English mail of a father writing on behalf of his son (the son's address in the body, no phone): a BSc of 2026, «his service civique … runs until the end of March», running on 2026-12-07 → application forwarded_by the father; not_service_civique fails → not_eligible, language en
    N("english_stance", "situation", "his service civique with Unis-Cité runs until the end of March", M(
        "Graham Thistlewood <graham.thistlewood@btinternet.example.com>",
        "My son Oscar – Pro'pulse",
        "2026-12-05 07:41",
        """Dear Sir or Madam,

I am writing on behalf of my son, Oscar Thistlewood, who finished his BSc in Environmental Science at the University of Exeter in June 2026. He is currently a volunteer in France: his service civique with Unis-Cité runs until the end of March, and he hopes to find a job in an environmental association afterwards.

He does not know I am writing, but I believe he would be a good fit. His email is oscar.thistlewood@gmail.com.

With best regards,
Graham Thistlewood""",
        app("Oscar", "Thistlewood", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), email="oscar.thistlewood@gmail.com", forwarded_by="graham.thistlewood@btinternet.example.com", language="en", status="b_oscar_father_service_civique"),
    )),
    # Feature: self_question — graduation — son BTS date de juillet 2024, est-ce que c'est trop vieux
    # route: a mother writes for her son (his address and phone in the body, hers in From) and asks «son BTS date de juillet 2024, est-ce que c'est trop vieux ?» — 29 months back on 2026-12-07 → application forwarded_by the mother; graduation_recent fails → not_eligible
    N("self_question", "graduation", "son BTS date de juillet 2024, est-ce que c'est trop vieux", M(
        "Brigitte Lavaud <brigitte.lavaud49@sfr.fr>",
        "pour mon fils Dorian",
        "2026-12-05 07:42",
        """Bonjour,

Je me permets de vous écrire pour mon fils Dorian, qui n'ose pas. Son BTS date de juillet 2024, est-ce que c'est trop vieux pour votre programme ? Sur votre site c'est écrit « moins de deux ans ».

Depuis il travaille en restauration à Angers mais il voudrait aller vers une entreprise d'insertion ou une association. Vous pouvez le joindre directement : dorian.lavaud@gmail.com ou 06 11 37 25 46.

Merci beaucoup,
Brigitte Lavaud""",
        app("Dorian", "Lavaud", phone="+33611372546", bac=2, grad="2024-07", failing=("graduation_recent",), email="dorian.lavaud@gmail.com", forwarded_by="brigitte.lavaud49@sfr.fr", status="b_dorian_mere_bts_juillet_2024"),
    )),
    # Feature: plain_fact — situation — je suis volontaire en service civique jusqu'au 31 mars 2027
    # route: the body, plainly: a BTS of 2025, «volontaire en service civique jusqu'au 31 mars 2027», running on 2026-12-07 → not_service_civique fails → not_eligible
    N("plain_fact", "situation", "je suis volontaire en service civique jusqu'au 31 mars 2027", M(
        "Timour Aliev <timour.aliev@outlook.fr>",
        "inscription",
        "2026-12-05 07:53",
        """Bonjour,

J'ai un BTS Gestion de la PME (2025). Actuellement je suis volontaire en service civique jusqu'au 31 mars 2027 dans une épicerie solidaire à Grenoble, je m'occupe de la logistique et des bénévoles.

Après ça je voudrais être embauché dans une épicerie solidaire ou une autre asso de l'aide alimentaire.

Timour Aliev
07 52 19 84 36""",
        app("Timour", "Aliev", phone="+33752198436", bac=2, grad="2025", failing=("not_service_civique",), status="b_timour_sc_mars_2027"),
    )),
    # Feature: self_misjudged — career_change — est-ce qu'on va me considérer en reconversion
    # route: the body: two years as a salesman at a sports chain «pendant mes études» (a student job), a licence of 2026 → no career change → eligible
    N("self_misjudged", "career_change", "est-ce qu'on va me considérer en reconversion", M(
        "Aurélien Mabika <aurelien.mabika@gmail.com>",
        "Candidature",
        "2026-12-05 08:30",
        """Bonjour,

J'ai travaillé deux ans comme vendeur chez Decathlon pendant mes études, le week-end et l'été. J'ai eu ma licence STAPS en juin 2026 et je veux maintenant travailler dans le sport associatif (clubs, fédérations, sport-santé). Comme j'ai de l'expérience dans la vente, je me demande si on va me considérer en reconversion… est-ce qu'on va me considérer en reconversion, vous pensez ?

Aurélien Mabika
07 42 96 13 58""",
        app("Aurélien", "Mabika", phone="+33742961358", bac=3, grad="2026-06", status="b_aurelien_vendeur_etudiant"),
    )),
    # Feature: stance_other_mail — kind — Do you accept people who are in France on a working holiday visa
    # route: an English question about a visa status, no diploma or situation of the writer's own → question, language en
    N("stance_other_mail", "kind", "Do you accept people who are in France on a working holiday visa", M(
        "Lachlan Fitzgerald <lachlan.fitz@gmail.com>",
        "Quick question",
        "2026-12-05 10:49",
        """Hi,

Do you accept people who are in France on a working holiday visa, or do applicants need a longer-term residence permit? A few of us at the Australian expat meetup were wondering.

Cheers,
Lachlan""",
        question("en"),
    )),
    # Feature: someone_judged — graduation — je pense qu'il est éligible
    # route: a France Travail adviser presents a young man (his address and phone in the body): her «je pense qu'il est éligible» is a claim, and the facts she tells decide: a licence pro of June 2025, nothing running, a medico-social association sought → application forwarded_by the adviser; eligible by the facts
    N("someone_judged", "graduation", "je pense qu'il est éligible", M(
        "Sylvie Marzin <sylvie.marzin@francetravail-lorient.example.org>",
        "Orientation vers Pro'pulse",
        "2026-12-05 10:56",
        """Bonjour,

Je suis conseillère à l'agence France Travail de Lorient. Je reçois depuis octobre Florentin Guezennec et je pense qu'il est éligible à votre programme : licence professionnelle Gestion des structures sanitaires et sociales obtenue en juin 2025, des CDD courts en EHPAD depuis, ni stage ni formation en cours.

Il cherche un poste d'assistant de direction ou de coordinateur dans une association médico-sociale. Ses coordonnées : florentin.guezennec@gmail.com, 06 82 13 57 49.

Bien cordialement,
Sylvie Marzin""",
        app("Florentin", "Guezennec", phone="+33682135749", bac=3, grad="2025-06", email="florentin.guezennec@gmail.com", forwarded_by="sylvie.marzin@francetravail-lorient.example.org", status="b_florentin_conseillere_pense"),
    )),
    # Feature: corrected — graduation — J'ai obtenu mon BTS Économie sociale familiale et je cherche
    # route: the body: a BTS said with no date, a post in a crèche associative sought; the only correction is the phone («je corrige mon numéro»: the second number is hers), the diploma's facts stand as said → graduation_recent open (a plainly missing fact) → to_verify
    N("corrected", "graduation", "J'ai obtenu mon BTS Économie sociale familiale et je cherche", M(
        "Anaïs Rabemananjara <anais.rabem@gmail.com>",
        "Candidature - Anaïs Rabemananjara",
        "2026-12-05 10:57",
        """Bonjour,

J'ai obtenu mon BTS Économie sociale familiale et je cherche un poste dans une crèche associative ou un centre social, à Toulouse. Vous pouvez me joindre au 06 54 18 27 39.

Pardon, je corrige mon numéro : c'est le 06 54 18 72 39, pas 27 39.

Bonne journée,
Anaïs Rabemananjara""",
        app("Anaïs", "Rabemananjara", phone="+33654187239", bac=2, grad=None, unknown=("graduation_recent",), status="b_anais_corrige_numero"),
    )),
    # Feature: hedged — situation — normalement mon service civique se termine le 15 février
    # route: the body: a licence of 2026, «normalement mon service civique se termine le 15 février», running on 2026-12-07 whichever the exact end → not_service_civique fails → not_eligible
    N("hedged", "situation", "normalement mon service civique se termine le 15 février", M(
        "Basile Carvalho-Nunes <basile.cn@gmail.com>",
        "Pro'pulse : candidature pour après mon service civique",
        "2026-12-05 11:23",
        """Bonjour à l'équipe de Pro'pulse,

J'ai eu ma licence d'histoire en juin et là, normalement mon service civique se termine le 15 février (médiation culturelle dans une bibliothèque de quartier, à Nancy), sauf si on le prolonge, on en parle encore.

Je me projette ensuite dans un emploi de médiateur ou de chargé de projets culturels dans une association. Si je peux m'inscrire dès maintenant pour la session suivante, tant mieux.

Basile Carvalho-Nunes
07 38 16 59 42""",
        app("Basile", "Carvalho-Nunes", phone="+33738165942", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_basile_normalement_15_fevrier"),
    )),
    # Feature: self_question — kind — en théorie, quelqu'un qui est en stage peut s'inscrire
    # route: a question asked in the abstract («en théorie, quelqu'un qui est en stage…»), no diploma, date or situation of the writer's own → question
    N("self_question", "kind", "en théorie, quelqu'un qui est en stage peut s'inscrire", M(
        "noa.perrichon@laposte.net",
        "question",
        "2026-12-05 13:27",
        """bonjour, en théorie, quelqu'un qui est en stage peut s'inscrire si le stage finit avant le début des ateliers ? ou il faut vraiment avoir fini ? merci""",
        question(),
    )),
    # Feature: pending_result — graduation — le diplôme m'a été confirmé par mail hier
    # route: the body: a DEASS whose award «m'a été confirmé par mail hier» (December 2026), obtained; a post in an association sought → eligible
    N("pending_result", "graduation", "le diplôme m'a été confirmé par mail hier", M(
        "Rosalie Mbarga <rosalie.mbarga@yahoo.fr>",
        "Assistante de service social – candidature",
        "2026-12-05 14:19",
        """Bonjour,

Bonne nouvelle de mon côté : j'avais une épreuve de certification repassée en novembre, et le diplôme m'a été confirmé par mail hier, je suis donc assistante de service social diplômée d'État (DEASS) !

Je cherche un premier poste dans une association (accès aux droits, hébergement, CHRS…). Pourriez-vous m'indiquer comment rejoindre le programme ?

Merci,
Rosalie Mbarga
07 63 20 94 18""",
        app("Rosalie", "Mbarga", phone="+33763209418", bac=3, grad="2026-12", status="b_rosalie_deass_confirme_hier"),
    )),
    # Feature: understated — aim — chez Hachette ou chez Editis
    # route: a sister writes for her brother (his address and phone in the body): «rien de fou, une licence de lettres» of June 2026 (bac+3 as the words carry it), a post sought «chez Hachette ou chez Editis», publishing groups, no ESS employer → application forwarded_by the sister; job_seeking_ess fails → not_eligible
    N("understated", "aim", "chez Hachette ou chez Editis", M(
        "Apolline Dumontet <apo.dumontet@free.fr>",
        "Pro'pulse ? (pour mon frère)",
        "2026-12-05 14:55",
        """Salut l'équipe,

J'écris pour mon petit frère Mayeul, qui trouve que son parcours n'est « rien de fou, une licence de lettres » (Clermont, finie en juin dernier). Il rêve de travailler dans l'édition, il a déjà envoyé des candidatures chez Hachette ou chez Editis, comme assistant éditorial.

Je me demandais si votre accompagnement pouvait l'aider. Son mail : mayeul.dumontet@gmail.com, son portable : 07 64 85 31 29.

Apolline""",
        app("Mayeul", "Dumontet", phone="+33764853129", bac=3, grad="2026-06", failing=("job_seeking_ess",), email="mayeul.dumontet@gmail.com", forwarded_by="apo.dumontet@free.fr", status="b_mayeul_soeur_edition"),
    )),
    # Feature: contradicted — graduation — Candidature – BTS 2025
    # ambiguous: the subject says a BTS of 2025 and the body «mon BTS, obtenu en 2023», and nothing in the mail says which is right: the two-year limit stays open
    # route: subject «Candidature – BTS 2025» against the body's «obtenu en 2023», unresolved → graduation_recent open → to_verify
    N("contradicted", "graduation", "Candidature – BTS 2025", M(
        "Killian Boisseau <killian.boisseau@gmail.com>",
        "Candidature – BTS 2025",
        "2026-12-05 15:34",
        """Bonjour,

Je vous présente ma candidature. Mon BTS Gestion de la PME, obtenu en 2023 à Niort, m'a donné le goût de la gestion, et je voudrais maintenant l'exercer dans une association ou une coopérative agricole.

Cordialement,
Killian Boisseau
06 71 94 25 38""",
        app("Killian", "Boisseau", phone="+33671942538", bac=2, grad=None, unknown=("graduation_recent",), status="b_killian_sujet_2025_corps_2023"),
    )),
    # Feature: stance_other_mail — kind — I am out of the office until 5 January
    # route: an English end-of-year out-of-office (Auto-Submitted) of a European partner → auto_reply
    N("stance_other_mail", "kind", "I am out of the office until 5 January", M(
        "Marta Nowicka <m.nowicka@youthnetwork.example.eu>",
        "Automatic reply: Pro'pulse x European Youth Network",
        "2026-12-05 15:45",
        """Thank you for your email. I am out of the office until 5 January with limited access to email. For urgent matters, please contact office@youthnetwork.example.eu.

Season's greetings,
Marta Nowicka""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: remembered_vaguely — graduation — je ne sais plus si c'était en 2023 ou en 2024
    # ambiguous: she no longer knows whether her DUT dates from 2023 (past the limit) or 2024 (open itself): the two-year limit stays open
    # route: an HTML-only mail: a DUT «je ne sais plus si c'était en 2023 ou en 2024», neither settled → graduation_recent open → to_verify
    N("remembered_vaguely", "graduation", "je ne sais plus si c'était en 2023 ou en 2024", M(
        "Ludmila Sorokina <ludmila.sorokina@gmail.com>",
        "Inscription",
        "2026-12-05 16:07",
        """Bonjour,

J'ai un DUT Information-communication de l'IUT de Besançon, mais avec le déménagement et le bébé je ne sais plus si c'était en 2023 ou en 2024, il faut que je retrouve le diplôme dans les cartons.

Je voudrais reprendre le travail dans une association culturelle ou une radio associative.

Ludmila Sorokina
06 41 27 85 93""",
        app("Ludmila", "Sorokina", phone="+33641278593", bac=2, grad=None, unknown=("graduation_recent",), status="b_ludmila_2023_ou_2024"),
        html="only",
    )),
    # Feature: self_question — career_change — est-ce que c'est considéré comme une reconversion
    # route: the body: seven years as a nurse's aide («aide-soignante sept ans»), then a licence of 2026 and a turn to associations: the question she asks is answered by her own facts, a career change → not_career_change fails → not_eligible
    N("self_question", "career_change", "est-ce que c'est considéré comme une reconversion", M(
        "Nadège Lubin <nadege.lubin@orange.fr>",
        "candidature - question reconversion",
        "2026-12-05 16:44",
        """Bonjour,

J'ai 31 ans. J'ai été aide-soignante sept ans (en Guadeloupe puis à Créteil), et j'ai repris la fac : licence Administration économique et sociale, obtenue en juin 2026.

Je voudrais travailler dans une association de santé ou une mutuelle. Est-ce que c'est considéré comme une reconversion pour votre programme ? Je ne sais pas trop dans quelle case je rentre.

Nadège Lubin
06 70 47 28 15""",
        app("Nadège", "Lubin", phone="+33670472815", bac=3, grad="2026-06", failing=("not_career_change",), status="b_nadege_aide_soignante_sept_ans"),
    )),
    # Feature: plain_fact — career_change — après douze ans comme comptable dans un cabinet d'expertise
    # route: the body and the attached CV: twelve years as an accountant, then a master of 2026 in continuing education to turn to the ESS → not_career_change fails → not_eligible
    N("plain_fact", "career_change", "après douze ans comme comptable dans un cabinet d'expertise", M(
        "Régis Amblard <regis.amblard@orange.fr>",
        "Candidature reconversion ESS",
        "2026-12-05 17:46",
        """Bonjour,

Après douze ans comme comptable dans un cabinet d'expertise, j'ai décidé de changer de voie : j'ai repris un master Management des entreprises de l'ESS en formation continue à l'université Lyon 2, obtenu en juin 2026.

Je cherche un poste de responsable administratif et financier dans une association ou une coopérative. Mon CV est joint.

Cordialement,
Régis Amblard
06 84 20 37 16""",
        app("Régis", "Amblard", phone="+33684203716", bac=5, grad="2026-06", failing=("not_career_change",), status="b_regis_comptable_douze_ans"),
        cv=CV("pdf", "CV_Regis_Amblard.pdf", """Régis Amblard
06 84 20 37 16 — regis.amblard@orange.fr
Formation
2026 : Master Management des entreprises de l'ESS (formation continue), Université Lumière Lyon 2
2011 : Licence Comptabilité-contrôle-audit
Expérience
2013-2025 : Comptable, cabinet d'expertise comptable Berthon & associés, Villefranche-sur-Saône
Compétences : paie, clôture des comptes, budgets, tableaux de bord"""),
    )),
    # Feature: self_misjudged — level — ça équivaut à un bac+2
    # route: a friend writes for her friend (her address and phone in the body), who believes «ça équivaut à un bac+2»: a titre professionnel ADVF of niveau 3 and nothing higher → application forwarded_by the friend; degree_level fails → not_eligible
    N("self_misjudged", "level", "ça équivaut à un bac+2", M(
        "Josiane Ferrand <josiane.ferrand42@gmail.com>",
        "Candidature de mon amie",
        "2026-12-05 17:47",
        """Bonjour,

Je vous écris de la part de mon amie Marie-Ange Toussaint, qui n'a pas d'ordinateur en ce moment. Elle a obtenu en mars 2026 le titre professionnel d'assistante de vie aux familles, et son formateur lui a dit que ça équivaut à un bac+2 avec l'expérience, donc elle pense pouvoir s'inscrire. Avant elle avait arrêté le lycée en première.

Elle voudrait travailler dans une association d'aide à domicile, à Saint-Étienne. Son numéro : 06 86 24 71 90, son mail : marieange.toussaint@gmail.com.

Merci pour elle,
Josiane""",
        app("Marie-Ange", "Toussaint", phone="+33686247190", bac=0, grad="2026-03", failing=("degree_level",), email="marieange.toussaint@gmail.com", forwarded_by="josiane.ferrand42@gmail.com", status="b_marieange_amie_titre_pro_advf"),
    )),
    # Feature: stance_other_mail — kind — j'ai accepté un poste
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) withdrawing: a post accepted → reply
    N("stance_other_mail", "kind", "j'ai accepté un poste", M(
        "Youcef Benaissa <youcef.benaissa@gmail.com>",
        "RE: Votre candidature à Pro'pulse",
        "2026-12-05 17:59",
        """Bonjour,

Je préfère vous prévenir tout de suite : j'ai accepté un poste de coordinateur dans une régie de quartier à Roubaix, je commence le 4 janvier. Je laisse donc ma place pour la session à quelqu'un d'autre. Merci encore pour votre écoute !

Youcef

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Objet : Votre candidature à Pro'pulse
Bonjour Youcef, votre candidature est retenue pour un entretien. Pourriez-vous nous indiquer vos disponibilités ?""",
        reply(),
        headers={"In-Reply-To": "<candidature-2026-11-30-0098@animafac.net>", "References": "<candidature-2026-11-30-0098@animafac.net>"},
    )),
    # Feature: english_stance — graduation — I think I tick all your boxes
    # route: an English mail: a politeness hedge («I think I tick all your boxes») on her request, over facts said plainly: a three-year BA (bac+3) dated nowhere, nothing running, a cooperative sought → graduation_recent open (a plainly missing fact) → to_verify, language en
    N("english_stance", "graduation", "I think I tick all your boxes", M(
        "Rhiannon Maddocks <rhiannon.maddocks@gmail.com>",
        "Application – Pro'pulse",
        "2026-12-05 19:02",
        """Hi there,

I think I tick all your boxes, but do correct me: I hold a three-year BA in Geography from Cardiff University, I'm not studying or interning anywhere, and I've been living in Nantes since October with my partner.

I'd love to work for a housing cooperative or an environmental association. My French is good (C1).

Best wishes,
Rhiannon Maddocks
+33 6 57 31 82 49""",
        app("Rhiannon", "Maddocks", phone="+33657318249", bac=3, grad=None, unknown=("graduation_recent",), language="en", status="b_rhiannon_tick_boxes"),
    )),
    # Feature: someone_judged — studies_finished — la fac dit que mon diplôme n'est pas encore délivré
    # route: the body: «la fac dit que mon diplôme n'est pas encore délivré», but the facts told: «admise au jury de juillet» — obtained, only the parchment waits → eligible
    N("someone_judged", "studies_finished", "la fac dit que mon diplôme n'est pas encore délivré", M(
        "Oriane Kabongo <oriane.kabongo@gmail.com>",
        "Candidature Pro'pulse",
        "2026-12-05 19:16",
        """Bonjour,

J'ai été admise au jury de juillet pour ma licence AES (Nanterre), relevé de notes en main. Par contre la fac dit que mon diplôme n'est pas encore délivré, un employeur me l'a demandé et je n'ai que l'attestation.

Je cherche un poste de gestionnaire administrative dans une association ou une mutuelle.

Oriane Kabongo
07 46 59 21 83""",
        app("Oriane", "Kabongo", phone="+33746592183", bac=3, grad="2026-07", status="b_oriane_fac_pas_delivre"),
    )),
    # Feature: pending_result — level — une licence fondamentale en trois ans, à l'université Hassan II de Casablanca
    # route: the body: a Moroccan licence whose length is told («en trois ans», bac+3, 2025), the ENIC-NARIC comparability still pending (the length settles the level) → eligible
    N("pending_result", "level", "une licence fondamentale en trois ans, à l'université Hassan II de Casablanca", M(
        "Salma Ouchen <salma.ouchen@gmail.com>",
        "Candidature programme Pro'pulse",
        "2026-12-05 20:11",
        """Bonjour,

J'ai obtenu en 2025 une licence fondamentale en trois ans, à l'université Hassan II de Casablanca, en sociologie. Je suis arrivée à Toulouse en septembre. J'ai demandé une attestation de comparabilité à ENIC-NARIC, la demande est en cours de traitement (on m'a dit environ quatre mois).

Je cherche un emploi dans une association d'accompagnement des personnes migrantes ou d'accès aux droits.

Salma Ouchen
07 51 84 26 93""",
        app("Salma", "Ouchen", phone="+33751842693", bac=3, grad="2025", status="b_salma_licence_trois_ans_naric"),
    )),
    # Feature: understated — studies_finished — quasi diplômée, il me reste juste mon mémoire à rendre
    # route: an HTML-only mail: «quasi diplômée, il me reste juste mon mémoire à rendre» (in January): the master not obtained → studies_finished fails → not_eligible
    N("understated", "studies_finished", "quasi diplômée, il me reste juste mon mémoire à rendre", M(
        "Domitille Assogba <domitille.assogba@outlook.fr>",
        "Candidature Pro'pulse",
        "2026-12-05 21:18",
        """Bonjour,

Je suis quasi diplômée, il me reste juste mon mémoire à rendre (le 12 janvier) pour mon master Gestion des territoires et développement local. J'ai validé tous mes cours et mon stage.

Je cherche un poste de chargée de mission dans une association de développement rural.

Domitille Assogba
07 36 19 58 24""",
        app("Domitille", "Assogba", phone="+33736195824", bac="*", grad=None, failing=("studies_finished",), status="b_domitille_quasi_diplomee"),
        html="only",
    )),
    # Feature: stance_other_mail — kind — on se demande si on peut vous proposer un contrat de professionnalisation
    # route: an employer unsure whether a contrat de professionnalisation fits our participants, no one presented → other
    N("stance_other_mail", "kind", "on se demande si on peut vous proposer un contrat de professionnalisation", M(
        "Scop Bâti Solidaire <recrutement@batisolidaire.example.fr>",
        "Offre en contrat de professionnalisation ?",
        "2026-12-05 23:15",
        """Bonjour,

Nous sommes une Scop du bâtiment à Saint-Nazaire et on se demande si on peut vous proposer un contrat de professionnalisation (conducteur·rice de travaux, 18 mois), ou si votre programme ne relaie que des CDD et CDI. Ce serait pour démarrer en février.

Merci de nous dire si ça vous intéresse,
Gilles Arnaud, cogérant""",
        other(),
    )),
    # Feature: contradicted — graduation — Licence professionnelle (2025)
    # route: the body says «ma licence pro (2024)», then «je me suis trompée d'année dans le mail, c'est bien 2025 comme sur le CV»: the mail resolves it, CV «Licence professionnelle (2025)» → eligible
    N("contradicted", "graduation", "Licence professionnelle (2025)", M(
        "Amandine Ferrero <amandine.ferrero@gmail.com>",
        "Candidature Pro'pulse",
        "2026-12-05 23:19",
        """Bonjour,

Je vous écris pour rejoindre Pro'pulse. Ma licence pro Économie sociale et solidaire (2024) m'a menée à travailler en remplacement dans une SCOP de maraîchage.

En relisant : je me suis trompée d'année dans le mail, c'est bien 2025 comme sur le CV joint.

Je cherche un poste de chargée de développement dans une coopérative agricole ou une AMAP.

Amandine Ferrero
07 51 93 26 48""",
        app("Amandine", "Ferrero", phone="+33751932648", bac=3, grad="2025", info_in="cv", status="b_amandine_annee_cv_2025"),
        cv=CV("odt", "CV_Amandine_Ferrero.odt", """Amandine Ferrero
07 51 93 26 48
Formation
Licence professionnelle (2025) : Gestion des organisations de l'économie sociale et solidaire, Université d'Avignon
Expérience
Remplacements, SCOP Les Jardins de Durance (2025-2026)"""),
    )),
]
