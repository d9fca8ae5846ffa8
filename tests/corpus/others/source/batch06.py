"""Others corpus, batch 06 (writer B): classmates and promos («nous», «on», the others of the class), tutors,
managers and colleagues with their diplomas and roles, and the other's fact copied by «moi aussi», «pareil
pour moi», «comme elle», «idem», «moi également»; other mail that names them too (a question about a whole
promo, replies in our thread, an auto-reply naming a colleague, a partner presenting its team, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from others import N

MESSAGES = [
    # Feature: classmates_we — situation — en ce moment nous sommes tous en stage jusqu'à la mi-mars
    # others: «toute la promo de licence pro» = the promo, and the «nous» plainly includes the writer → the writer's internship running until mid-March fails not_internship → not_eligible
    N("classmates_we", "situation", "en ce moment nous sommes tous en stage jusqu'à la mi-mars", M(
        "Gaëtan Rolland <gaetan.rolland@example.org>", "Inscription pour la session de printemps ?", "02 08:50",
        """Bonjour,

Je suis en licence pro Gestion des structures de l'économie sociale à Poitiers, avec toute la promo de licence pro on a entendu parler de vous en cours. En ce moment nous sommes tous en stage jusqu'à la mi-mars, moi dans une coopérative agricole.

Après, je voudrais travailler dans une SCIC ou une association. Est-ce que je peux déjà m'inscrire ?

Gaëtan Rolland
06 37 29 84 10""",
        app("Gaëtan", "Rolland", phone="+33637298410", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_promo_nous_en_stage"),
    )),
    # Feature: classmates_we — graduation — nous avons tous eu le diplôme en juin 2026
    # others: «la promo du master ESS de Grenoble» = the promo, and «nous avons tous eu le diplôme» includes the writer → a master of June 2026 → eligible
    N("classmates_we", "graduation", "nous avons tous eu le diplôme en juin 2026", M(
        "Héloïse Vidal <heloise.vidal@example.fr>", "Candidature - master ESS", "03 13:12",
        """Bonjour,

Je fais partie de la promo du master ESS de Grenoble : nous avons tous eu le diplôme en juin 2026 et beaucoup d'entre nous cherchent encore. On s'est dit qu'on allait vous écrire chacun de notre côté.

Pour ma part je cherche un poste de chargée de mission dans une fédération d'associations ou une SCOP. Puis-je candidater ?

Héloïse Vidal
07 21 65 38 94""",
        app("Héloïse", "Vidal", phone="+33721653894", bac=5, grad="2026-06", status="b_promo_nous_soutenu_2026"),
    )),
    # Feature: classmates_we — situation — moi je cherche directement un emploi
    # others: «les autres de ma promo font presque tous un service civique» = the others', an «ils» without the writer → not_service_civique met → eligible
    N("classmates_we", "situation", "moi je cherche directement un emploi", M(
        "Kenza Aït-Ali <kenza.aitali@example.com>", "pro'pulse candidature", "04 16:27",
        """Bonjour,

J'ai eu mon BTS Services informatiques aux organisations en juillet 2025. Les autres de ma promo font presque tous un service civique, la fac en proposait plein. Moi je cherche directement un emploi, plutôt dans une association d'inclusion numérique.

Est-ce que votre programme est pour moi ?

Kenza Aït-Ali
06 95 12 47 30""",
        app("Kenza", "Aït-Ali", phone="+33695124730", bac=2, grad="2025-07", status="b_promo_sc_moi_emploi"),
    )),
    # Feature: classmates_we — studies_finished — on a fini les cours en mai
    # ambiguous: «on a fini les cours en mai» then «certains doivent encore rendre leur mémoire»: the writer does not say whether she is among those who still owe it
    # others: «certains doivent encore rendre leur mémoire» = some classmates' unfinished work; the writer's own status is left inside the «on» → studies_finished open → to_verify
    N("classmates_we", "studies_finished", "on a fini les cours en mai", M(
        "Manon Perrot <manon.perrot@example.net>", "question / candidature", "05 11:40",
        """Bonjour,

Je suis en master 2 Intervention sociale. Dans ma classe on a fini les cours en mai, certains doivent encore rendre leur mémoire pour décembre, d'autres ont déjà leur diplôme.

J'aimerais travailler dans un centre social ou une association de médiation. Est-ce que je peux faire partie de la prochaine promo Pro'pulse ?

Manon Perrot""",
        app("Manon", "Perrot", phone=None, bac=5, grad=None, unknown=("graduation_recent", "studies_finished"), status="b_classe_on_fini_cours_memoire"),
    )),
    # Feature: classmates_we — level — on a tous eu notre bac pro en 2025
    # others: «mes camarades de classe» = the class, and «on a tous eu notre bac pro» includes the writer → a bac pro fails degree_level → not_eligible
    N("classmates_we", "level", "on a tous eu notre bac pro en 2025", M(
        "Bryan Marchand <bryan.marchand@example.org>", "candidature", "06 19:58",
        """Bonjour,

Avec mes camarades de classe on a tous eu notre bac pro en 2025 (commerce), et on galère un peu à trouver du travail. Un prof nous a parlé de vous.

Moi je voudrais bosser dans une recyclerie ou une asso. Est-ce que c'est possible de rentrer dans le programme ?

Bryan
07 04 58 92 63""",
        app("Bryan", "Marchand", phone="+33704589263", bac=0, grad="2025", failing=("degree_level",), status="b_classe_on_bac_pro"),
    )),
    # Feature: classmates_we — aim — we're applying everywhere
    # ambiguous: «my coursemates all want to go into banking», then «we're applying everywhere»: whether the writer's «we» takes in her own search and whether «everywhere» means banks too is left open
    # others: «my coursemates all want to go into banking» = the coursemates' aim; the writer's own aim is lost in an unclear «we» → job_seeking_ess open → to_verify
    N("classmates_we", "aim", "we're applying everywhere", M(
        "Zofia Kowalczyk <zofia.kowalczyk@example.com>", "Pro'pulse application?", "07 10:05",
        """Hi there,

I did a BA in Economics in Leeds and graduated in July 2026. I'm in Paris now. My coursemates all want to go into banking and to be honest we're applying everywhere right now, it's a tough market.

A friend told me about your programme for young graduates. Could I apply?

Zofia Kowalczyk
07 58 30 14 92""",
        app("Zofia", "Kowalczyk", phone="+33758301492", bac=3, grad="2026-07", unknown=("job_seeking_ess",), language="en", status="b_coursemates_banking_we_everywhere"),
    )),
    # Feature: classmates_we — kind — notre promo de BTS
    # others: «notre promo de BTS» = a teacher asking for a whole class with no one presented → kind question
    N("classmates_we", "kind", "notre promo de BTS", M(
        "Claire Jacquemin <claire.jacquemin@example.fr>", "Présentation du programme à une classe ?", "08 09:15",
        """Bonjour,

Je suis enseignante en BTS ESF. Est-ce que vous pourriez venir présenter Pro'pulse à notre promo de BTS en avril, avant les examens ? Les étudiants n'ont pas encore leur diplôme, je voudrais savoir à partir de quand ils pourront postuler.

Cordialement,
Claire Jacquemin""",
        question(),
    )),
    # Feature: classmates_we — kind — on viendra à trois avec deux camarades
    # others: «avec deux camarades» = classmates coming to an information meeting, in our thread → kind reply
    N("classmates_we", "kind", "on viendra à trois avec deux camarades", M(
        "Ophélie Renaud <ophelie.renaud@example.org>", "Re: Réunion d'information du 12 novembre", "09 17:44",
        """Bonjour,

Merci pour l'invitation, on viendra à trois avec deux camarades de ma licence, si ça ne pose pas de problème.

À jeudi,
Ophélie

> Réunion d'information jeudi 12 novembre à 18 h, 10 rue des Lilas.""",
        reply(),
        headers={"In-Reply-To": "<reunion-1112@animafac.net>", "References": "<reunion-1112@animafac.net>"},
    )),
    # Feature: colleague_or_tutor — situation — mon stage s'est arrêté fin juillet
    # others: «ma tutrice, qui a un master en travail social» = the tutor's diploma and job → the writer's own stage ended in July, BTS ESF June 2026 → eligible
    N("colleague_or_tutor", "situation", "mon stage s'est arrêté fin juillet", M(
        "Faustine Chevalier <faustine.chevalier@example.net>", "Candidature Pro'pulse", "09 20:20",
        """Bonjour,

C'est ma tutrice, qui a un master en travail social et qui coordonne le pôle familles d'un centre social, qui m'a conseillé de vous écrire. Mon stage s'est arrêté fin juillet et j'ai obtenu mon BTS ESF en juin 2026.

Je cherche un poste de conseillère en économie sociale familiale dans une association ou un centre social. Mon CV est joint. Pouvez-vous me dire si je peux rejoindre le programme ?

Faustine Chevalier
06 81 42 73 59""",
        app("Faustine", "Chevalier", phone="+33681427359", bac=2, grad="2026-06", info_in="both", status="b_tutrice_master_mon_stage_fini"),
        cv=CV("odt", "cv-faustine-chevalier.odt", """Faustine Chevalier
BTS Économie sociale familiale — juin 2026
Stage au centre social des Mûriers, pôle familles — mars à juillet 2026
faustine.chevalier@example.net — 06 81 42 73 59"""),
    )),
    # Feature: colleague_or_tutor — situation — je suis en stage chez lui jusqu'au 19 décembre
    # others: «mon maître de stage, ancien directeur d'une mission locale» = the tutor's career → the writer's own stage until 19 December fails not_internship → not_eligible
    N("colleague_or_tutor", "situation", "je suis en stage chez lui jusqu'au 19 décembre", M(
        "Moussa Sangaré <moussa.sangare@example.com>", "stage + candidature", "10 12:33",
        """Bonjour,

Mon maître de stage, ancien directeur d'une mission locale, connaît bien votre programme et m'a dit de vous contacter. Je suis en stage chez lui jusqu'au 19 décembre, dans son association d'insertion par l'emploi.

J'ai un DUT GEA depuis juin 2025. Après le stage je voudrais rester dans l'insertion. Est-ce que je peux postuler ?

Moussa Sangaré
07 93 26 15 48""",
        app("Moussa", "Sangaré", phone="+33793261548", bac=2, grad="2025-06", failing=("not_internship",), status="b_maitre_stage_moi_en_stage"),
    )),
    # Feature: colleague_or_tutor — career_change — moi j'ai été opticienne huit ans
    # others: «mon responsable était banquier avant de diriger l'association» = the manager's career change, not the writer's → the writer's own eight years as an optician before her licence fail not_career_change → not_eligible
    N("colleague_or_tutor", "career_change", "moi j'ai été opticienne huit ans", M(
        "Mariama Traoré <mariama.traore@example.fr>", "Candidature", "11 09:48",
        """Bonjour,

Mon responsable était banquier avant de diriger l'association où je suis bénévole, et il dit toujours qu'on peut changer de vie. Moi j'ai été opticienne huit ans, puis j'ai repris une licence Administration et gestion des entreprises de l'ESS, obtenue en juin 2026.

Je cherche un poste d'assistante de direction dans une association. Est-ce que je peux m'inscrire à Pro'pulse ?

Mariama Traoré
06 26 85 40 17""",
        app("Mariama", "Traoré", phone="+33626854017", bac=3, grad="2026-06", failing=("not_career_change",), status="b_responsable_banquier_moi_opticienne"),
    )),
    # Feature: colleague_or_tutor — studies_finished — on attend encore les résultats
    # ambiguous: «ma collègue Sabrina et moi avons passé nos examens en octobre»: she has her mark, and «on attend encore les résultats» may be the writer alone or others of the jury session
    # others: «elle a déjà eu sa note» = the colleague's result; the writer's own BTS result is left inside an unclear «on» → studies_finished open → to_verify
    N("colleague_or_tutor", "studies_finished", "on attend encore les résultats", M(
        "Sonia Aubert <sonia.aubert@example.org>", "Pro'pulse - BTS candidat libre", "12 14:14",
        """Bonjour,

Ma collègue Sabrina et moi avons passé nos examens en octobre, elle pour son diplôme d'État d'ingénierie sociale, moi pour le BTS ESF en candidate libre. Elle a déjà eu sa note ; on attend encore les résultats, d'après le rectorat ce sera avant Noël.

Je voudrais travailler dans une association d'accompagnement des familles. Puis-je candidater maintenant ?

Sonia Aubert
06 59 71 03 28""",
        app("Sonia", "Aubert", phone="+33659710328", bac=2, grad=None, unknown=("graduation_recent", "studies_finished"), status="b_collegue_note_on_attend"),
    )),
    # Feature: colleague_or_tutor — identity — mon numéro : 06 44 18 92 75
    # others: «ma tutrice, Mme Ravier, au 04 78 62 19 30» = the tutor's phone as a referee → the applicant's own phone → eligible
    N("colleague_or_tutor", "identity", "mon numéro : 06 44 18 92 75", M(
        "Valentin Mercier <valentin.mercier@example.net>", "Candidature Valentin Mercier", "13 10:10",
        """Bonjour,

Je vous envoie ma candidature pour Pro'pulse. Licence pro Métiers de l'animation sociale obtenue en juin 2025 ; je cherche un poste d'animateur coordinateur dans une association de jeunesse.

Si vous voulez une référence, vous pouvez contacter ma tutrice, Mme Ravier, au 04 78 62 19 30 (elle est directrice adjointe de la MJC où j'ai fait mon alternance).

Mon numéro : 06 44 18 92 75.

Valentin Mercier""",
        app("Valentin", "Mercier", phone="+33644189275", bac=3, grad="2025-06", status="b_tutrice_reference_tel"),
    )),
    # Feature: colleague_or_tutor — aim — moi je vise un poste dans une grande banque
    # others: «ma tutrice a un DESJEPS et dirige une association de quartier» = the tutor's diploma and association → the writer's own aim at a big bank fails job_seeking_ess → not_eligible
    N("colleague_or_tutor", "aim", "moi je vise un poste dans une grande banque", M(
        "Axel Guérin <axel.guerin@example.com>", "inscription", "14 15:52",
        """Bonjour,

Ma tutrice a un DESJEPS et dirige une association de quartier, c'est elle qui m'a parlé de votre programme. J'ai fini mon master Finance en septembre 2025.

Honnêtement, moi je vise un poste dans une grande banque, au service RSE. Est-ce que Pro'pulse pourrait m'aider ?

Axel Guérin
07 85 36 29 14""",
        app("Axel", "Guérin", phone="+33785362914", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_tutrice_desjeps_moi_banque"),
    )),
    # Feature: colleague_or_tutor — level — moi j'ai un BTS, obtenu en juillet 2025
    # others: «ma collègue a un bac+5» = the colleague's master → the writer's own BTS of July 2025 meets degree_level → eligible
    N("colleague_or_tutor", "level", "moi j'ai un BTS, obtenu en juillet 2025", M(
        "Anis Bekkouche <anis.bekkouche@example.org>", "est-ce que j'ai le niveau ?", "15 21:30",
        """Bonsoir,

Je travaille en CDD dans une épicerie, et ma collègue a un bac+5, elle m'a dit que votre programme était plutôt pour des gens comme elle. Moi j'ai un BTS, obtenu en juillet 2025, en management commercial.

Je voudrais travailler dans une épicerie solidaire ou une coopérative. Est-ce que ça suffit pour candidater ?

Anis Bekkouche
06 12 97 54 38""",
        app("Anis", "Bekkouche", phone="+33612975438", bac=2, grad="2025-07", status="b_collegue_bac5_moi_bts"),
    )),
    # Feature: colleague_or_tutor — kind — contacter mon collègue Romain Lefèvre
    # others: «mon collègue Romain Lefèvre» = a colleague named as contact in an auto-reply → kind auto_reply
    N("colleague_or_tutor", "kind", "contacter mon collègue Romain Lefèvre", M(
        "Nathalie Bouvier <nathalie.bouvier@example.fr>", "Absence du bureau - Re: Atelier CV", "16 08:00",
        """Bonjour,

Je suis en congé jusqu'au 30 novembre. Pour l'atelier CV du 28, merci de contacter mon collègue Romain Lefèvre (romain.lefevre@example.fr, 01 43 27 88 15).

Nathalie Bouvier
Mission locale Paris Est""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: colleague_or_tutor — kind — Voici notre équipe
    # others: «Marion, notre directrice, ancienne volontaire» = a partner presenting its team → kind other
    N("colleague_or_tutor", "kind", "Voici notre équipe", M(
        "Coopérative Les Ateliers du Lien <contact@ateliersdulien.example.org>", "Partenariat Pro'pulse - présentation", "16 11:25",
        """Bonjour,

Suite à notre échange téléphonique, voici notre équipe : Marion, notre directrice, ancienne volontaire en service civique chez nous ; Jérôme, responsable d'atelier, passé par dix ans d'industrie ; et Awa, chargée d'accompagnement, diplômée d'un master ESS.

Nous serions ravis d'accueillir des participants Pro'pulse en immersion au printemps.

Bien à vous,
L'équipe des Ateliers du Lien""",
        other(),
    )),
    # Feature: same_as_other — situation — moi aussi, depuis septembre
    # others: «ma meilleure amie est en service civique dans une asso de solidarité» = the friend's, COPIED by «moi aussi» → the writer's service civique running fails not_service_civique → not_eligible
    N("same_as_other", "situation", "moi aussi, depuis septembre", M(
        "Linh Nguyen <linh.nguyen@example.net>", "Candidature", "17 13:03",
        """Bonjour !

Ma meilleure amie est en service civique dans une asso de solidarité à Toulouse, et moi aussi, depuis septembre, dans la même asso d'ailleurs. Ça se termine en mai pour nous deux.

J'ai une licence de psychologie (juin 2026) et je voudrais ensuite travailler dans une association d'aide aux personnes isolées. Je peux postuler ?

Linh Nguyen
06 66 20 81 45""",
        app("Linh", "Nguyen", phone="+33666208145", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_amie_sc_moi_aussi"),
    )),
    # Feature: same_as_other — graduation — c'est pareil de mon côté
    # others: «mon cousin a eu son BTS Gestion de la PME en juin 2025» = the cousin's BTS and date, COPIED by «c'est pareil de mon côté» → a BTS of June 2025 → eligible
    N("same_as_other", "graduation", "c'est pareil de mon côté", M(
        "Kylian Carvalho <kylian.carvalho@example.com>", "candidature Kylian", "18 18:18",
        """Salut,

Mon cousin a eu son BTS Gestion de la PME en juin 2025, et c'est pareil de mon côté, même lycée, même classe. Lui il a trouvé du travail dans une banque, moi je cherche encore.

Je voudrais travailler dans une SCOP ou une asso, côté gestion. C'est possible chez vous ? CV joint.

Kylian Carvalho
07 40 92 36 71""",
        app("Kylian", "Carvalho", phone="+33740923671", bac=2, grad="2025-06", status="b_cousin_bts_pareil"),
        cv=CV("pdf", "Kylian_Carvalho_CV.pdf", """Kylian Carvalho
Assistant de gestion
Employé polyvalent en restauration rapide (job étudiant)
kylian.carvalho@example.com"""),
    )),
    # Feature: same_as_other — career_change — j'ai fait comme elle
    # others: «ma voisine s'est reconvertie après douze ans dans la banque» = the neighbour's reconversion, COPIED by «j'ai fait comme elle» with the writer's own nine years → fails not_career_change → not_eligible
    N("same_as_other", "career_change", "j'ai fait comme elle", M(
        "Corinne Barthélemy <corinne.barthelemy@example.org>", "Renseignements et candidature", "19 09:22",
        """Bonjour,

Ma voisine s'est reconvertie après douze ans dans la banque et elle a suivi votre programme l'an dernier. J'ai fait comme elle : j'ai été agente immobilière pendant neuf ans, puis j'ai passé un BTS SP3S en 2026.

Je cherche un poste dans une association d'accès aux soins. Est-ce que ma candidature serait recevable ?

Corinne Barthélemy
06 31 74 58 02""",
        app("Corinne", "Barthélemy", phone="+33631745802", bac=2, grad="2026", failing=("not_career_change",), status="b_voisine_reconvertie_comme_elle"),
    )),
    # Feature: same_as_other — situation — Moi aussi.
    # ambiguous: «Moi aussi.» follows two facts of the brother (a licence finished in June, a stage at the town hall): it may copy the licence of June, the stage, or both
    # others: «mon frère a fini sa licence en juin et il est en stage à la mairie» = the brother's, copied by a «moi aussi» whose scope is unclear → graduation_recent and not_internship open → to_verify
    N("same_as_other", "situation", "Moi aussi.", M(
        "Romane Benard <romane.benard@example.fr>", "candidature Pro'pulse", "20 14:40",
        """Bonjour,

Mon frère a fini sa licence en juin et il est en stage à la mairie depuis octobre. Moi aussi. On a fait la même licence d'administration publique, dans la même fac.

J'aimerais travailler dans une association d'éducation populaire ou une fédération. Puis-je candidater ?

Romane Benard
07 13 48 26 90""",
        app("Romane", "Benard", phone="+33713482690", bac=3, grad=None, unknown=("graduation_recent", "not_internship"), status="b_frere_licence_stage_moi_aussi"),
    )),
    # Feature: same_as_other — aim — idem pour moi
    # others: «ma cousine veut travailler dans une mutuelle» = the cousin's aim, COPIED by «idem pour moi» → an aim at a mutuelle meets job_seeking_ess → eligible
    N("same_as_other", "aim", "idem pour moi", M(
        "Ibrahim Sow <ibrahim.sow@example.net>", "candidature", "21 10:55",
        """Bonjour,

J'ai un master Gestion des risques et assurance obtenu en septembre 2025. Ma cousine veut travailler dans une mutuelle, idem pour moi : c'est là que je me sens utile, pas dans une compagnie d'assurance classique.

Est-ce que je peux rejoindre la prochaine promo Pro'pulse ?

Ibrahim Sow
06 77 35 12 86""",
        app("Ibrahim", "Sow", phone="+33677351286", bac=5, grad="2025-09", status="b_cousine_mutuelle_idem"),
    )),
    # Feature: same_as_other — level — moi également
    # ambiguous: «mon père a un CAP et ma mère un BTS ; moi également» — which diploma the writer copies (the father's CAP or the mother's BTS) is not said
    # others: «mon père a un CAP et ma mère un BTS» = the parents' diplomas, one of them copied by «moi également» → degree_level open → to_verify
    N("same_as_other", "level", "moi également", M(
        "Loïs Fabre <lois.fabre@example.org>", "Inscription ?", "22 16:36",
        """Bonjour,

Chez nous on a tous fait des études courtes : mon père a un CAP et ma mère un BTS ; moi également, j'ai eu le mien en 2025, en cuisine.

Je voudrais travailler dans un restaurant d'insertion ou une association d'aide alimentaire. Est-ce que je peux m'inscrire à votre programme ?

Loïs Fabre
06 03 84 27 95""",
        app("Loïs", "Fabre", phone="+33603842795", bac="*", grad="2025", unknown=("degree_level",), status="b_parents_cap_bts_moi_egalement"),
    )),
    # Feature: same_as_other — kind — ma sœur a eu la même réponse
    # others: «ma sœur a eu la même réponse» = the sister's answer mentioned in a thank-you in our thread → kind reply
    N("same_as_other", "kind", "ma sœur a eu la même réponse", M(
        "Gabin Leroux <gabin.leroux@example.net>", "Re: Votre candidature Pro'pulse", "23 09:12",
        """Bonjour,

Bien reçu, merci. Ma sœur a eu la même réponse hier, on sera donc deux à l'entretien du 2 décembre.

Gabin

Le 22/11/2026 à 15:03, Pro'pulse <propulse@animafac.net> a écrit :
> Nous avons le plaisir de vous inviter à un entretien le 2 décembre.""",
        reply(),
        headers={"In-Reply-To": "<conv-2211-leroux@animafac.net>", "References": "<conv-2211-leroux@animafac.net>"},
    )),
    # Feature: same_as_other — kind — Undelivered Mail Returned to Sender
    # others: «votre amie Lucie» in the returned subject = a friend named in a bounced mail → kind bounce
    N("same_as_other", "kind", "Undelivered Mail Returned to Sender", M(
        "MAILER-DAEMON <postmaster@example.org>", "Undelivered Mail Returned to Sender", "24 03:17",
        """Undelivered Mail Returned to Sender

This is the mail system at host mx.example.org. Your message could not be delivered to:

<anais.perrin@example.org>: user unknown

Original subject: Votre candidature, et celle de votre amie Lucie""",
        bounce("anais.perrin@example.org"),
        bounce="Reporting-MTA: dns; mx.example.org\nFinal-Recipient: rfc822; anais.perrin@example.org\nAction: failed\nStatus: 5.1.1",
    )),
]
