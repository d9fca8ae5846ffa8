"""Attitudes corpus, batch 04 (writer A): applications written in humour (a graduate «champion du monde de la
lettre de motivation», a joking «docteure ès tableurs» beside a real BTS, a «stagiaire à vie» whose internship
is over, a year dated by the Olympics, a spoiler with a semester left, a «bac+5 en candidatures» over a bac alone), in
gratitude and politeness (an aim buried in formulas, an adviser recommending with heavy courtesy, a
volontariat of unstated scheme, an end-of-studies internship, twenty years in hotels, a civic service running)
and in English attitudes (modesty, regret, a mentor's referral, a hedge on the board, sarcasm over a
placement and over an internship, pride in a former career, a complaint over a BTEC); other mail in those attitudes (a joking reply
in our thread, a playful bounce, a flattering foundation, a courteous auto-reply, two English questions)."""
# ruff: noqa: E501

from __future__ import annotations

from attitudes import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: humour — graduation — diplômé depuis juillet 2026 et désormais champion du monde de la lettre de motivation
    # attitude: «diplômé depuis juillet 2026 et désormais champion du monde de la lettre de motivation» = the joke is dropped, the fact under it kept: a master of July 2026 → meets graduation_recent → eligible
    N("humour", "graduation", "diplômé depuis juillet 2026 et désormais champion du monde de la lettre de motivation", M(
        "Loïs Chapuis <lois.chapuis@example.com>", "Candidature n°47 (celle-ci est la bonne)", "02 10:45",
        """Bonjour,

Master Sociologie de l'action publique en poche, diplômé depuis juillet 2026 et désormais champion du monde de la lettre de motivation (47 envoyées, record départemental). Ma mère dit que je devrais encadrer les réponses négatives.

Plus sérieusement : je cherche un poste de chargé d'études dans une fédération associative ou une fondation.

Loïs Chapuis
06 31 84 27 59""",
        app("Loïs", "Chapuis", phone="+33631842759", bac=5, grad="2026-07", status="champion_lettre_motivation"),
    )),
    # Feature: humour — level — docteure ès tableurs Excel (je plaisante), mais j'ai vraiment un BTS Gestion de la PME
    # attitude: «docteure ès tableurs Excel (je plaisante), mais j'ai vraiment un BTS Gestion de la PME» = the joking title is no diploma, the real one is a BTS (bac+2) of June 2025 → meets degree_level → eligible
    N("humour", "level", "docteure ès tableurs Excel (je plaisante), mais j'ai vraiment un BTS Gestion de la PME", M(
        "Nerea Alvarez <nerea.alvarez@example.org>", "candidature (sérieuse, promis)", "03 16:07",
        """Bonjour,

Je suis docteure ès tableurs Excel (je plaisante), mais j'ai vraiment un BTS Gestion de la PME, obtenu en juin 2025, et je sais faire un tableau croisé dynamique les yeux fermés.

Je voudrais être assistante de direction dans une association ou une coopérative, là où les tableaux servent à quelque chose.

Nerea Alvarez
07 06 41 93 28""",
        app("Nerea", "Alvarez", phone="+33706419328", bac=2, grad="2025-06", status="docteure_es_tableurs_bts_gpme"),
        html="only",
    )),
    # Feature: humour — situation — stagiaire à vie : trois stages d'affilée, le dernier s'est terminé le 30 septembre
    # attitude: «stagiaire à vie : trois stages d'affilée, le dernier s'est terminé le 30 septembre» = the joke says «à vie», the fact says the last internship ended in September → meets not_internship → eligible
    N("humour", "situation", "stagiaire à vie : trois stages d'affilée, le dernier s'est terminé le 30 septembre", M(
        "Anaïs Guillot <anais.guillot@example.net>", "Ex-stagiaire professionnelle cherche emploi", "04 12:30",
        """Bonjour,

Profil : stagiaire à vie : trois stages d'affilée, le dernier s'est terminé le 30 septembre (spoiler : personne ne m'a embauchée, mais j'ai eu un très joli pot de départ). Licence pro Chargé de projets solidaires, juin 2026.

J'aimerais enfin être payée pour travailler dans une association de solidarité internationale. Haha.

Anaïs Guillot
06 47 25 80 13""",
        app("Anaïs", "Guillot", phone="+33647258013", bac=3, grad="2026-06", status="stagiaire_a_vie_fini_30_sept"),
    )),
    # Feature: humour — graduation — ma mère dit que c'était l'année des JO de Paris
    # ambiguous: the licence pro is dated only by «l'année des JO de Paris», that is 2024 with no month: recent from November 2024, not before — the date is open
    # attitude: «ma mère dit que c'était l'année des JO de Paris» = the joke dates the diploma by a year alone, 2024 → graduation_recent unknown → to verify
    N("humour", "graduation", "ma mère dit que c'était l'année des JO de Paris", M(
        "Jonathan Kessler <jonathan.kessler@example.com>", "Pro'pulse", "05 21:19",
        """Bonjour,

J'ai une licence pro Animation sociale et socioculturelle. Quand est-ce que je l'ai eue ? Ma mère dit que c'était l'année des JO de Paris, et ma mère a toujours raison (ne rigolez pas, je n'ai pas retrouvé l'attestation).

Je voudrais travailler dans une MJC ou un centre social.

Jonathan Kessler
06 59 03 71 84""",
        app("Jonathan", "Kessler", phone="+33659037184", bac=3, grad="2024", unknown=("graduation_recent",), status="annee_des_jo"),
    )),
    # Feature: humour — studies_finished — spoiler : il me reste un semestre de licence pro, fin des cours en avril
    # attitude: «spoiler : il me reste un semestre de licence pro, fin des cours en avril» = the joke announces what the fact says: studies running until April → fails studies_finished → not eligible
    N("humour", "studies_finished", "spoiler : il me reste un semestre de licence pro, fin des cours en avril", M(
        "Louise Charpentier <louise.charpentier@example.fr>", "candidature un peu en avance", "06 14:55",
        """Bonjour,

Je vous écris un peu tôt, spoiler : il me reste un semestre de licence pro, fin des cours en avril, si les partiels ne me mangent pas d'ici là. Licence pro Gestion des structures de l'ESS, à Reims.

Je voudrais travailler dans une banque coopérative ou une mutuelle, côté solidaire. Je prends date !

Louise Charpentier
07 93 60 28 14""",
        app("Louise", "Charpentier", phone="+33793602814", bac="*", grad=None, failing=("studies_finished",), status="semestre_restant_spoiler"),
    )),
    # Feature: humour — level — bac+5 en candidatures sans réponse, mais en vrai juste un bac général
    # attitude: «bac+5 en candidatures sans réponse, mais en vrai juste un bac général» = the joking «bac+5» is no diploma, the real one a bac alone → fails degree_level → not eligible
    N("humour", "level", "bac+5 en candidatures sans réponse, mais en vrai juste un bac général", M(
        "Yanis Belkacem <yanis.belkacem@example.com>", "salut pro'pulse", "07 19:40",
        """Salut,

Je suis bac+5 en candidatures sans réponse, mais en vrai juste un bac général (2023), et trois ans d'animation en centre de loisirs à côté. Haha.

Je voudrais devenir animateur permanent dans une asso. Vous prenez ?

Yanis
06 25 97 41 30""",
        app("Yanis", "Belkacem", phone="+33625974130", bac=0, grad=None, failing=("degree_level",), status="bac5_en_candidatures_bac_general"),
    )),
    # Feature: humour — kind — Re: Entretien du 3 décembre
    # attitude: «Re: Entretien du 3 décembre» = a joking answer inside our thread (In-Reply-To one of our Message-IDs), confirming a slot, no new application → kind reply
    N("humour", "kind", "Re: Entretien du 3 décembre", M(
        "Laura Borel <laura.borel@example.org>", "Re: Entretien du 3 décembre", "08 11:02",
        """Bonjour,

Le 3 décembre à 14 h, c'est noté, j'ai même mis trois alarmes (on ne sait jamais). Je viendrai avec ma plus belle chemise.

Merci !
Laura Borel

> Le 7 nov. 2026, Pro'pulse a écrit :
> Nous vous proposons un entretien le jeudi 3 décembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-0711.borel@animafac.net>", "References": "<entretien-0711.borel@animafac.net>"},
    )),
    # Feature: humour — kind — Oups ! Votre message s'est perdu en route
    # attitude: «Oups ! Votre message s'est perdu en route» = a playful mail provider's bounce of our mail, no application → kind bounce
    N("humour", "kind", "Oups ! Votre message s'est perdu en route", M(
        "Facteur automatique <no-reply@mail.example.net>", "Oups ! Message non distribué", "09 04:12",
        """Oups ! Votre message s'est perdu en route.

Nous n'avons pas pu livrer votre message à damien.ledoux@example.net : cette boîte n'existe pas (ou plus).

Code : 550 5.1.1""",
        bounce("damien.ledoux@example.net"),
        bounce="Reporting-MTA: dns; mail.example.net\nFinal-Recipient: rfc822; damien.ledoux@example.net\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: gratitude_politeness — aim — mettre mes modestes compétences au service d'une mutuelle ou d'une association de santé
    # attitude: «mettre mes modestes compétences au service d'une mutuelle ou d'une association de santé» = the aim buried in formulas is an aim in the ESS → meets job_seeking_ess → eligible
    N("gratitude_politeness", "aim", "mettre mes modestes compétences au service d'une mutuelle ou d'une association de santé", M(
        "Amandine Delaunay <amandine.delaunay@example.fr>", "Candidature au programme Pro'pulse", "10 09:00",
        """Madame, Monsieur,

C'est avec un immense plaisir et une profonde reconnaissance envers votre magnifique programme que je me permets de vous adresser ma candidature. Titulaire d'un master Santé publique obtenu en septembre 2025, je souhaiterais, avec votre bienveillant accompagnement, mettre mes modestes compétences au service d'une mutuelle ou d'une association de santé.

Je vous remercie infiniment de l'attention que vous voudrez bien porter à ma demande, et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations les plus respectueuses.

Amandine Delaunay
06 81 36 04 92""",
        app("Amandine", "Delaunay", phone="+33681360492", bac=5, grad="2025-09", status="modestes_competences_mutuelle"),
    )),
    # Feature: gratitude_politeness — graduation — titulaire d'un BTS SP3S obtenu en juillet 2026
    # attitude: «titulaire d'un BTS SP3S obtenu en juillet 2026» = an adviser's courteous recommendation: the facts buried in formulas are the young woman's, a BTS of July 2026 → meets graduation_recent → eligible
    N("gratitude_politeness", "graduation", "titulaire d'un BTS SP3S obtenu en juillet 2026", M(
        "Gilles Hébert — Mission locale <g.hebert@example.org>", "Recommandation d'une jeune pour Pro'pulse", "11 14:20",
        """Madame, Monsieur,

Permettez-moi tout d'abord de vous remercier chaleureusement pour la qualité de notre partenariat. J'ai l'honneur de vous recommander Mme Jessica Laporte (jessica.laporte@example.com), titulaire d'un BTS SP3S obtenu en juillet 2026, que j'accompagne depuis la rentrée et qui souhaite travailler dans une association d'aide à domicile.

Avec tout mon respect et mes remerciements anticipés,

Gilles Hébert
Conseiller, Mission locale""",
        app("Jessica", "Laporte", phone=None, bac=2, grad="2026-07", status="conseiller_recommande_bts_juillet_2026", email="jessica.laporte@example.com", forwarded_by="g.hebert@example.org"),
    )),
    # Feature: gratitude_politeness — situation — je poursuis mon volontariat auprès d'une association de Quito jusqu'en février
    # ambiguous: a «volontariat» of unstated scheme running until February: a service civique would fail, another volunteering would not — open
    # attitude: «je poursuis mon volontariat auprès d'une association de Quito jusqu'en février» = buried in thanks, a volunteering of unstated scheme that runs on → not_service_civique unknown → to verify
    N("gratitude_politeness", "situation", "je poursuis mon volontariat auprès d'une association de Quito jusqu'en février", M(
        "Maud Dumont <maud.dumont@example.net>", "Avec toute ma gratitude", "12 03:14",
        """Madame, Monsieur,

Je vous remercie infiniment pour votre newsletter, que je lis avec un immense plaisir depuis l'Équateur, où je poursuis mon volontariat auprès d'une association de Quito jusqu'en février. Titulaire d'une licence de géographie (juin 2026), je souhaiterais ensuite rejoindre votre magnifique programme pour travailler dans une ONG en France.

Je vous prie de croire à l'assurance de ma considération la plus distinguée.

Maud Dumont
+593 99 412 7736""",
        app("Maud", "Dumont", phone="+593994127736", bac=3, grad="2026-06", unknown=("not_service_civique",), status="volontariat_quito_fevrier"),
    )),
    # Feature: gratitude_politeness — situation — j'effectue mon stage de fin d'études jusqu'au 13 mars
    # attitude: «j'effectue mon stage de fin d'études jusqu'au 13 mars» = buried in formulas, an end-of-studies internship running until March: the studies are not over either → fails not_internship and studies_finished → not eligible
    N("gratitude_politeness", "situation", "j'effectue mon stage de fin d'études jusqu'au 13 mars", M(
        "Raphaël Bouvier <raphael.bouvier@example.com>", "Candidature respectueuse", "13 08:08",
        """Madame, Monsieur,

Avec tout mon respect, permettez-moi de solliciter votre haute bienveillance : j'effectue mon stage de fin d'études jusqu'au 13 mars au sein d'une fédération de SCOP, dans le cadre de mon master Économie sociale.

Je vous serais infiniment reconnaissant de bien vouloir examiner ma candidature à votre remarquable programme.

Veuillez agréer, Madame, Monsieur, mes salutations les plus distinguées.

Raphaël Bouvier
06 12 40 97 35""",
        app("Raphaël", "Bouvier", phone="+33612409735", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="stage_fin_etudes_13_mars"),
    )),
    # Feature: gratitude_politeness — career_change — après vingt ans de carrière dans l'hôtellerie
    # attitude: «après vingt ans de carrière dans l'hôtellerie» = buried in courtesy, twenty years of another trade before the licence → fails not_career_change → not eligible
    N("gratitude_politeness", "career_change", "après vingt ans de carrière dans l'hôtellerie", M(
        "Dominique Carré <dominique.carre@example.org>", "Candidature", "14 10:30",
        """Madame, Monsieur,

Je me permets, avec tout mon respect, de vous présenter ma candidature. Après vingt ans de carrière dans l'hôtellerie, j'ai obtenu en juin 2026 une licence professionnelle Métiers de l'accompagnement social.

Je vous remercie infiniment de votre attention et vous prie de recevoir l'expression de ma haute considération.

Dominique Carré
02 99 47 31 08""",
        app("Dominique", "Carré", phone="+33299473108", bac=3, grad="2026-06", failing=("not_career_change",), status="vingt_ans_hotellerie"),
        cv=CV("pdf", "Carre_Dominique_CV.pdf", """Dominique Carré
Licence professionnelle Métiers de l'accompagnement social — juin 2026
Réceptionniste puis chef de réception, hôtellerie, 2004-2024"""),
    )),
    # Feature: gratitude_politeness — situation — actuellement volontaire en service civique jusqu'au 31 mars 2027
    # attitude: «actuellement volontaire en service civique jusqu'au 31 mars 2027» = the thanks carry a civic service running until March 2027 → fails not_service_civique → not eligible
    N("gratitude_politeness", "situation", "actuellement volontaire en service civique jusqu'au 31 mars 2027", M(
        "Elias Haddad <elias.haddad@example.net>", "Remerciements et candidature", "15 17:17",
        """Madame, Monsieur,

Je vous remercie infiniment pour votre présentation à l'université, qui m'a profondément touché. Titulaire d'une licence de droit (juin 2026), actuellement volontaire en service civique jusqu'au 31 mars 2027 dans une association d'accès au droit, je souhaiterais rejoindre votre magnifique programme.

Dans l'attente, je vous prie d'agréer mes salutations respectueuses.

Elias Haddad
06 66 18 50 24""",
        app("Elias", "Haddad", phone="+33666185024", bac=3, grad="2026-06", failing=("not_service_civique",), status="sc_31_mars_2027_remerciements"),
        html="only",
    )),
    # Feature: gratitude_politeness — kind — nous serions infiniment honorés de soutenir votre magnifique programme
    # attitude: «nous serions infiniment honorés de soutenir votre magnifique programme» = a foundation's flattering offer of support, no application → kind other
    N("gratitude_politeness", "kind", "nous serions infiniment honorés de soutenir votre magnifique programme", M(
        "Fondation Horizons Solidaires <contact@horizons.example.org>", "Proposition de soutien", "16 11:45",
        """Madame, Monsieur,

Ayant suivi avec admiration le travail de vos équipes, nous serions infiniment honorés de soutenir votre magnifique programme, par exemple en finançant des ateliers ou en accueillant une rencontre dans nos locaux.

Nous vous prions d'agréer l'expression de nos sentiments les plus distingués.

La déléguée générale""",
        other(),
    )),
    # Feature: gratitude_politeness — kind — Je vous remercie pour votre message et vous prie de bien vouloir excuser mon absence
    # attitude: «Je vous remercie pour votre message et vous prie de bien vouloir excuser mon absence» = a courteous automatic answer, an absence, no application → kind auto_reply
    N("gratitude_politeness", "kind", "Je vous remercie pour votre message et vous prie de bien vouloir excuser mon absence", M(
        "Bernard Lemaire <bernard.lemaire@example.fr>", "Absence du bureau", "17 07:00",
        """Madame, Monsieur,

Je vous remercie pour votre message et vous prie de bien vouloir excuser mon absence jusqu'au 30 novembre. Il sera traité avec la plus grande attention dès mon retour.

Veuillez agréer mes salutations distinguées,
Bernard Lemaire""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_attitudes — level — just a humble BTS in Social Economy and Family Support
    # attitude: «just a humble BTS in Social Economy and Family Support» = English modesty minimises a BTS (bac+2) of June 2025 that still holds → meets degree_level → eligible
    N("english_attitudes", "level", "just a humble BTS in Social Economy and Family Support", M(
        "Grace Adeyemi <grace.adeyemi@example.com>", "Application", "18 13:40",
        """Hello,

I grew up between Lagos and Lille, and I have just a humble BTS in Social Economy and Family Support, June 2025, nothing special. Since then I've been doing short contracts as a family assistant.

I would love to work for an association supporting families or a social centre.

Best wishes,
Grace Adeyemi
07 27 50 81 36""",
        app("Grace", "Adeyemi", phone="+33727508136", bac=2, grad="2025-06", status="humble_bts_esf", language="en"),
    )),
    # Feature: english_attitudes — graduation — I'd like to recommend my mentee, who finished her BA in Social Policy in July 2025
    # attitude: «I'd like to recommend my mentee, who finished her BA in Social Policy in July 2025» = a mentor's polite English referral: the mentee's BA (bac+3) of July 2025 → meets graduation_recent → eligible
    N("english_attitudes", "graduation", "I'd like to recommend my mentee, who finished her BA in Social Policy in July 2025", M(
        "Margaret Ellison <margaret.ellison@example.net>", "Recommendation - Carys Lloyd", "19 10:10",
        """Dear Pro'pulse team,

I would be most grateful if you would consider Carys Lloyd (carys.lloyd@example.org). I'd like to recommend my mentee, who finished her BA in Social Policy in July 2025 at Cardiff and has lived in Nantes since. She wishes to work for a housing association or a tenants' charity.

With my deepest thanks,
Margaret Ellison""",
        app("Carys", "Lloyd", phone=None, bac=3, grad="2025-07", status="mentor_recommends_ba_july_2025", email="carys.lloyd@example.org", forwarded_by="margaret.ellison@example.net", language="en"),
    )),
    # Feature: english_attitudes — studies_finished — I should be graduating, I think the board meets in early December
    # ambiguous: all work handed in and the exam board meeting in early December: results awaited, the end of studies is open
    # attitude: «I should be graduating, I think the board meets in early December» = an English hedge on results still to come → studies_finished unknown → to verify
    N("english_attitudes", "studies_finished", "I should be graduating, I think the board meets in early December", M(
        "Ewan Campbell <ewan.campbell@example.org>", "Pro'pulse application", "20 18:55",
        """Hi,

I've handed in my dissertation for my MA in Community Development (Glasgow, distance learning). I should be graduating, I think the board meets in early December, so fingers crossed.

I'm living in Toulouse and would like to work for a community association or a social cooperative.

Ewan Campbell
06 49 82 17 35""",
        app("Ewan", "Campbell", phone="+33649821735", bac="*", grad=None, unknown=("studies_finished",), status="board_early_december_i_think", language="en"),
    )),
    # Feature: english_attitudes — situation — my "dream placement" wraps up sometime this month
    # ambiguous: a placement (an internship) ending «sometime this month» with no day: it may still run on 2026-11-26 or not
    # attitude: «my "dream placement" wraps up sometime this month» = English sarcasm over a placement that ends this month, no day → not_internship unknown → to verify
    N("english_attitudes", "situation", "my \"dream placement\" wraps up sometime this month", M(
        "Zain Iqbal <zain.iqbal@example.com>", "Application", "21 21:21",
        """Hello,

Well, my "dream placement" wraps up sometime this month (making coffee for a housing charity's board, very glamorous). I got my licence in economics and management at Lille in June 2026.

After that I'd like a real job in a housing association or a fair-trade cooperative.

Zain Iqbal
07 65 34 02 91""",
        app("Zain", "Iqbal", phone="+33765340291", bac=3, grad="2026-06", unknown=("not_internship",), status="dream_placement_this_month", language="en"),
    )),
    # Feature: english_attitudes — situation — Lucky me, my internship runs until April
    # attitude: «Lucky me, my internship runs until April» = English irony («lucky me») over an internship running until April → fails not_internship → not eligible
    N("english_attitudes", "situation", "Lucky me, my internship runs until April", M(
        "Freya Holm <freya.holm@example.net>", "Pro'pulse", "22 12:12",
        """Hi,

Lucky me, my internship runs until April, in the finance team of a supermarket chain. I finished my bachelor's in business at a Danish university in June 2026 (recognised as a licence, I have the ENIC-NARIC certificate).

Afterwards I'd like to work in a fair-trade cooperative.

Freya Holm
07 52 18 63 47""",
        app("Freya", "Holm", phone="+33752186347", bac=3, grad="2026-06", failing=("not_internship",), status="lucky_me_internship_april", language="en"),
    )),
    # Feature: english_attitudes — career_change — I have twelve years in hotel management behind me and I'm proud of it
    # attitude: «I have twelve years in hotel management behind me and I'm proud of it» = English pride in a former career: twelve years of another trade before the MSc → fails not_career_change → not eligible
    N("english_attitudes", "career_change", "I have twelve years in hotel management behind me and I'm proud of it", M(
        "Gabriel Costa <gabriel.costa@example.com>", "Application from a career changer", "23 09:49",
        """Hello,

I have twelve years in hotel management behind me and I'm proud of it. In September 2026 I completed an MSc in Social Enterprise in Lisbon, and I now live in Bordeaux.

I'd like to run operations for a social cooperative or a work-integration enterprise.

Gabriel Costa
06 18 73 59 42""",
        app("Gabriel", "Costa", phone="+33618735942", bac=5, grad="2026-09", failing=("not_career_change",), status="twelve_years_hotels_proud", language="en"),
    )),
    # Feature: english_attitudes — level — I'm sick of hearing it's not enough: a Level 3 BTEC is all I have
    # attitude: «I'm sick of hearing it's not enough: a Level 3 BTEC is all I have» = an English complaint states the level: a Level 3 BTEC is level 4, under bac+2 → fails degree_level → not eligible
    N("english_attitudes", "level", "I'm sick of hearing it's not enough: a Level 3 BTEC is all I have", M(
        "Jamal Khan <jamal.khan@example.net>", "application (again)", "24 22:30",
        """Hi,

I'm sick of hearing it's not enough: a Level 3 BTEC is all I have, in Health and Social Care, and I've done three years of youth work since in Manchester. I've just moved to Paris.

I want to work with young people in an association here.

Jamal Khan
07 80 45 19 26""",
        app("Jamal", "Khan", phone="+33780451926", bac=0, grad=None, failing=("degree_level",), status="level_3_btec_sick", language="en"),
    )),
    # Feature: english_attitudes — kind — sorry to bother you, do I need to speak fluent French to join
    # attitude: «sorry to bother you, do I need to speak fluent French to join» = an anxious English question about the rules, no personal fact → kind question
    N("english_attitudes", "kind", "sorry to bother you, do I need to speak fluent French to join", M(
        "k.addo@example.org", "Quick question", "25 08:20",
        """Hello,

So sorry to bother you, do I need to speak fluent French to join the programme? I'm worried the workshops are only in French.

Thank you!""",
        question(language="en"),
    )),
    # Feature: english_attitudes — kind — asking for a friend (really, lol): can non-EU graduates join
    # attitude: «asking for a friend (really, lol): can non-EU graduates join» = a joking English question about the rules, no one's facts → kind question
    N("english_attitudes", "kind", "asking for a friend (really, lol): can non-EU graduates join", M(
        "Ravi Bhatt <ravi.bhatt@example.com>", "question", "25 17:03",
        """Hi,

Asking for a friend (really, lol): can non-EU graduates join Pro'pulse, or do you need a particular residence permit?

Cheers,
Ravi""",
        question(language="en"),
    )),
]
