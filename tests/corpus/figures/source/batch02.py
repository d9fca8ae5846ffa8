"""Figures corpus, batch 02 (writer A): periphrases («mon année de volontariat indemnisé par l'État», «le
diplôme qu'on passe après trois ans de fac», «mes six mois sous convention avec l'école»), euphemisms («un
petit accroc», «mon parcours a pris un virage», «entre deux missions») and hyperboles («ça fait une éternité»,
«mille candidatures en cours dans des assos», «un siècle»), and other mail that carries the same figures."""
# ruff: noqa: E501

from __future__ import annotations

from figures import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: periphrasis — situation — mon année de volontariat indemnisé par l'État
    # figured: «mon année de volontariat indemnisé par l'État» = a service civique, running until June 2027 → fails not_service_civique
    N("periphrasis", "situation", "mon année de volontariat indemnisé par l'État", M(
        "Zoé Lambert <zoe.lambert@example.org>", "Candidature Pro'pulse", "02 16:22",
        """Bonjour,

Titulaire d'une licence de lettres (juin 2026), j'ai commencé en octobre mon année de volontariat indemnisé par l'État dans une bibliothèque associative ; elle court jusqu'en juin prochain.

Je voudrais ensuite travailler dans une association de lutte contre l'illettrisme.

Zoé Lambert
06 11 84 37 29""",
        app("Zoé", "Lambert", phone="+33611843729", bac=3, grad="2026-06", failing=("not_service_civique",), status="volontariat_indemnise"),
    )),
    # Feature: periphrasis — level — le diplôme qu'on passe après trois ans de fac
    # figured: «le diplôme qu'on passe après trois ans de fac» = a licence (level 3, June 2025) → meets degree_level
    N("periphrasis", "level", "le diplôme qu'on passe après trois ans de fac", M(
        "Karim Benali <karim.benali@example.net>", "candidature", "03 10:48",
        """Bonjour,

Je n'aime pas les sigles, alors je dirai simplement que j'ai obtenu en juin 2025 le diplôme qu'on passe après trois ans de fac, en sciences sociales, à Lille.

Je cherche un poste de chargé de projet dans une association d'accès aux droits.

Karim Benali
07 36 50 21 84""",
        app("Karim", "Benali", phone="+33736502184", bac=3, grad="2025-06", status="trois_ans_de_fac"),
    )),
    # Feature: periphrasis — situation — mes six mois sous convention avec l'école
    # figured: «mes six mois sous convention avec l'école» = an end-of-studies internship running until March 2027 (M2 in progress) → fails not_internship
    N("periphrasis", "situation", "mes six mois sous convention avec l'école", M(
        "Pauline Garnier <pauline.garnier@example.com>", "Pro'pulse – candidature", "04 13:15",
        """Bonjour,

Voici mon CV. Je suis en plein dans mes six mois sous convention avec l'école, dans une fondation de Marseille, jusqu'à fin mars.

Je souhaite ensuite rejoindre une fondation ou une association d'aide aux personnes exilées.

Pauline Garnier""",
        app("Pauline", "Garnier", phone="+33624918053", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="six_mois_sous_convention", info_in="both"),
        cv=CV("docx", "Pauline_Garnier_CV.docx", """Pauline Garnier
Tél. 06 24 91 80 53
Formation
Master 2 Solidarités internationales, Sciences Po Aix — en cours, dernier semestre
Expérience
Octobre 2026 – mars 2027 : stage de fin d'études, fondation d'aide aux exilés
Langues : anglais, arabe (notions)"""),
    )),
    # Feature: periphrasis — aim — le monde des structures qui ne cherchent pas le profit
    # figured: «le monde des structures qui ne cherchent pas le profit» = the ESS (associations, coopératives) → meets job_seeking_ess
    N("periphrasis", "aim", "le monde des structures qui ne cherchent pas le profit", M(
        "Hélène Roussel <helene.roussel@example.fr>", "candidature Pro'pulse", "05 09:03",
        """Bonjour,

BTS Gestion de la PME en juin 2025. J'ai envie de rejoindre le monde des structures qui ne cherchent pas le profit : associations, coopératives, peu m'importe la taille, tant que le projet a du sens.

Hélène Roussel
06 43 17 92 55""",
        app("Hélène", "Roussel", phone="+33643179255", bac=2, grad="2025-06", status="sans_profit"),
    )),
    # Feature: periphrasis — level — le diplôme d'État de ceux qui travaillent auprès des tout-petits
    # ambiguous: the state diploma «of those who work with toddlers» may be the auxiliaire de puériculture one (below bac+2) or éducateur de jeunes enfants (bac+3): the level cannot be settled
    # figured: «le diplôme d'État de ceux qui travaillent auprès des tout-petits» = a state diploma of early childhood, level unsettled (July 2025) → open degree_level
    N("periphrasis", "level", "le diplôme d'État de ceux qui travaillent auprès des tout-petits", M(
        "Amandine Petitjean <amandine.petitjean@example.org>", "candidature", "06 20:17",
        """Bonsoir,

En juillet 2025 j'ai obtenu le diplôme d'État de ceux qui travaillent auprès des tout-petits. Je me sens prête à prendre des responsabilités dans une crèche associative ou parentale.

Amandine Petitjean
07 70 28 45 13""",
        app("Amandine", "Petitjean", phone="+33770284513", bac="*", grad="2025-07", unknown=("degree_level",), status="diplome_des_tout_petits"),
    )),
    # Feature: periphrasis — graduation — l'année du premier confinement
    # figured: «l'année du premier confinement» = the DUT obtained in 2020 → fails graduation_recent
    N("periphrasis", "graduation", "l'année du premier confinement", M(
        "Jérémy Fontaine <jeremy.fontaine@example.net>", "Pro'pulse", "07 11:29",
        """Bonjour,

J'ai eu mon DUT GEA l'année du premier confinement, sans cérémonie de remise évidemment. Depuis je suis assistant de gestion dans une PME de transport.

J'aimerais passer dans une association ou une SCOP.

Jérémy Fontaine
06 59 83 04 62""",
        app("Jérémy", "Fontaine", phone="+33659830462", bac=2, grad="2020", failing=("graduation_recent",), status="annee_du_confinement"),
    )),
    # Feature: periphrasis — kind — les jeunes en volontariat indemnisé par l'État peuvent-ils candidater
    # figured: «volontariat indemnisé par l'État» = the service civique, asked in general → kind question: no personal fact
    N("periphrasis", "kind", "les jeunes en volontariat indemnisé par l'État peuvent-ils candidater", M(
        "Mission locale du Pays d'Auge <contact@ml-paysdauge.example.fr>", "Question – critères du programme", "08 14:40",
        """Bonjour,

Une question de principe : les jeunes en volontariat indemnisé par l'État peuvent-ils candidater avant la fin de leur mission, ou faut-il attendre ?

Merci de votre retour,
L'équipe de la Mission locale""",
        question(),
    )),
    # Feature: periphrasis — kind — je suis parti au pays du Soleil-Levant
    # figured: «au pays du Soleil-Levant» = in Japan, away → kind auto_reply: no personal fact
    N("periphrasis", "kind", "je suis parti au pays du Soleil-Levant", M(
        "Florian Dumas <florian.dumas@example.com>", "Absence : Re: Pro'pulse – atelier du 10", "09 08:01",
        """Bonjour,

Je suis parti au pays du Soleil-Levant jusqu'au 7 décembre. Je lirai vos messages à mon retour.

Florian Dumas""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: euphemism — level — un petit accroc à l'épreuve finale du BTS
    # figured: «un petit accroc à l'épreuve finale du BTS» = the BTS not obtained, only the bac (2023) → level 0, fails degree_level
    N("euphemism", "level", "un petit accroc à l'épreuve finale du BTS", M(
        "Mireille Ravel <mireille.ravel@example.fr>", "Pour ma fille Clara – Pro'pulse", "09 18:36",
        """Bonjour,

Je vous écris pour ma fille, Clara Ravel. Elle a eu son bac en 2023, puis deux ans de BTS Tourisme... avec un petit accroc à l'épreuve finale du BTS, qu'elle n'a pas repassée.

Elle voudrait travailler dans une association de tourisme social. Son adresse : clara.ravel@example.org, et son portable : 06 22 70 53 88.

Mireille Ravel (sa maman)""",
        app("Clara", "Ravel", phone="+33622705388", bac=0, grad="2023", failing=("degree_level",), status="petit_accroc_bts", email="clara.ravel@example.org", forwarded_by="mireille.ravel@example.fr"),
    )),
    # Feature: euphemism — career_change — mon parcours a pris un virage
    # ambiguous: «quelques années» in retail then «un virage»: a careful reader cannot tell a student job from a first career
    # figured: «mon parcours a pris un virage» = a turn after some years in retail, their length unsaid → open not_career_change
    N("euphemism", "career_change", "mon parcours a pris un virage", M(
        "Sébastien Marty <sebastien.marty@example.org>", "candidature", "10 12:51",
        """Bonjour,

Après quelques années dans le commerce, mon parcours a pris un virage : licence professionnelle « Intervention sociale » obtenue en juin 2026.

Je vise un poste d'accompagnement dans une structure d'insertion par l'activité économique.

Sébastien Marty
06 81 66 09 27""",
        app("Sébastien", "Marty", phone="+33681660927", bac=3, grad="2026-06", unknown=("not_career_change",), status="parcours_virage"),
    )),
    # Feature: euphemism — situation — je suis entre deux missions d'intérim
    # figured: «entre deux missions d'intérim» = no mission now, neither internship nor civic service → meets
    N("euphemism", "situation", "je suis entre deux missions d'intérim", M(
        "Nadia Cherif <nadia.cherif@example.com>", "Pro'pulse – candidature", "11 09:14",
        """Bonjour,

BTS Comptabilité-gestion, juin 2025. En ce moment je suis entre deux missions d'intérim, ce qui me laisse le temps de chercher un vrai poste de comptable dans une association ou une mutuelle.

Nadia Cherif
07 04 58 31 66""",
        app("Nadia", "Cherif", phone="+33704583166", bac=2, grad="2025-06", status="entre_deux_missions"),
    )),
    # Feature: euphemism — studies_finished — une petite pause dans mon M2
    # ambiguous: «une petite pause» in the M2 may be a year out before resuming or a quiet dropping out: still enrolled or done, a careful reader cannot say
    # figured: «une petite pause dans mon M2» = M1 held (June 2025), the M2 paused → open studies_finished
    N("euphemism", "studies_finished", "une petite pause dans mon M2", M(
        "Laurine Guillou <laurine.guillou@example.net>", "candidature Pro'pulse", "12 19:09",
        """Bonsoir,

J'ai validé mon M1 d'économie en juin 2025, puis j'ai fait une petite pause dans mon M2. Je cherche un emploi dans une coopérative bancaire... non, pardon, dans une coopérative d'habitants, c'est là que je me vois.

Laurine Guillou
06 30 92 74 48""",
        app("Laurine", "Guillou", phone="+33630927448", bac=4, grad="2025-06", unknown=("studies_finished",), status="pause_dans_le_m2"),
    )),
    # Feature: euphemism — situation — my internship came to an end a little earlier than planned in October
    # figured: «came to an end a little earlier than planned» on «my internship» = internship over since October 2026 → meets not_internship
    N("euphemism", "situation", "my internship came to an end a little earlier than planned in October", M(
        "Priya Raman <priya.raman@example.org>", "Pro'pulse application", "13 10:26",
        """Dear Pro'pulse team,

I completed my master's in development studies in June 2026. My internship came to an end a little earlier than planned in October, so I am free to start right away.

I would like to work for a French NGO or a foundation on migration.

Kind regards,
Priya Raman
+33 7 65 20 49 31""",
        app("Priya", "Raman", phone="+33765204931", bac=5, grad="2026-06", status="internship_ended_early", language="en"),
    )),
    # Feature: euphemism — career_change — nous nous sommes quittés d'un commun accord après huit ans
    # figured: «nous nous sommes quittés d'un commun accord après huit ans» = eight years in mass retail ended by a negotiated departure, then the BTS ESF (2026) → fails not_career_change
    N("euphemism", "career_change", "nous nous sommes quittés d'un commun accord après huit ans", M(
        "Stéphane Mallet <stephane.mallet@example.fr>", "Candidature Pro'pulse", "14 08:47",
        """Bonjour,

Chef de rayon dans un hypermarché, mon employeur et moi, nous nous sommes quittés d'un commun accord après huit ans. J'ai profité de ce temps pour obtenir un BTS Économie sociale et familiale en juin 2026.

Je cherche maintenant un poste de conseiller dans une association de défense des consommateurs.

Stéphane Mallet
06 47 35 18 02""",
        app("Stéphane", "Mallet", phone="+33647351802", bac=2, grad="2026-06", failing=("not_career_change",), status="commun_accord"),
    )),
    # Feature: euphemism — kind — nous avons dû nous séparer de notre local
    # figured: «nous séparer de notre local» = the premises lost → kind newsletter
    N("euphemism", "kind", "nous avons dû nous séparer de notre local", M(
        "Café associatif Le Grain <infos@legrain.example.org>", "Les nouvelles du Grain – novembre", "14 17:30",
        """Les nouvelles du Grain

Chers adhérents, cet automne nous avons dû nous séparer de notre local de la rue Pasteur. Les soirées jeux continuent à la salle des fêtes.

Pour ne plus recevoir ces nouvelles, répondez STOP.""",
        newsletter(),
    )),
    # Feature: euphemism — kind — Ce n'est pas l'idéal, mais je n'ai pas encore reçu le lien
    # figured: «pas l'idéal» = a mild complaint about a missing link → kind reply
    N("euphemism", "kind", "Ce n'est pas l'idéal, mais je n'ai pas encore reçu le lien", M(
        "Anaïs Royer <anais.royer@example.net>", "Re: Pro'pulse – réunion d'information", "15 10:55",
        """Bonjour,

Ce n'est pas l'idéal, mais je n'ai pas encore reçu le lien de la visio de jeudi. Pourriez-vous me le renvoyer ?

Anaïs

> Le 13 nov. 2026, Pro'pulse a écrit :
> La réunion d'information aura lieu jeudi à 18 h.""",
        reply(),
        headers={"In-Reply-To": "<info.20261113.0007@animafac.net>", "References": "<info.20261113.0007@animafac.net>"},
    )),
    # Feature: hyperbole — graduation — ça fait une éternité que j'ai mon BTS
    # ambiguous: «une éternité» overstates the time since the BTS and gives no year: a careful reader cannot place it inside or outside 24 months
    # figured: «ça fait une éternité» on «mon BTS» = a BTS of no stated date → open graduation_recent
    N("hyperbole", "graduation", "ça fait une éternité que j'ai mon BTS", M(
        "Loïc Tessier <loic.tessier@example.org>", "candidature", "15 15:33",
        """Bonjour,

J'ai l'impression que ça fait une éternité que j'ai mon BTS Services et prestations des secteurs sanitaire et social, et pourtant je n'ai jamais cessé de chercher dans l'associatif.

Je vise un poste de coordinateur dans une association d'aide à domicile.

Loïc Tessier
07 58 90 16 24""",
        app("Loïc", "Tessier", phone="+33758901624", bac=2, grad=None, unknown=("graduation_recent",), status="eternite_bts"),
    )),
    # Feature: hyperbole — aim — j'ai mille candidatures en cours dans des assos
    # figured: «mille candidatures en cours dans des assos» = many applications to associations → meets job_seeking_ess
    N("hyperbole", "aim", "j'ai mille candidatures en cours dans des assos", M(
        "Mathilde Carré <mathilde.carre@example.com>", "Pro'pulse ?", "16 22:02",
        """Coucou,

Licence de géo validée en juin 2026, et là j'ai mille candidatures en cours dans des assos d'environnement. Je suis sur les rotules mais motivée !

Mathilde Carré
06 66 14 39 70""",
        app("Mathilde", "Carré", phone="+33666143970", bac=3, grad="2026-06", status="mille_candidatures"),
    )),
    # Feature: hyperbole — career_change — j'ai passé mille ans derrière la caisse d'un hypermarché
    # figured: «mille ans derrière la caisse d'un hypermarché» = a long first career as a cashier, then the BTS at 41 (June 2025) → fails not_career_change
    N("hyperbole", "career_change", "j'ai passé mille ans derrière la caisse d'un hypermarché", M(
        "Véronique Baudry <veronique.baudry@example.fr>", "candidature", "17 11:11",
        """Bonjour,

J'ai passé mille ans derrière la caisse d'un hypermarché avant de reprendre mes études à 41 ans. BTS Économie sociale et familiale obtenu en juin 2025 !

Je voudrais travailler dans une épicerie solidaire ou une association d'aide alimentaire.

Véronique Baudry
06 08 52 77 41""",
        app("Véronique", "Baudry", phone="+33608527741", bac=2, grad="2025-06", failing=("not_career_change",), status="mille_ans_caisse"),
    )),
    # Feature: hyperbole — graduation — un siècle que j'ai mon master (2016
    # figured: «un siècle» on «mon master» = the year beside it decides: 2016 → fails graduation_recent
    N("hyperbole", "graduation", "un siècle que j'ai mon master (2016", M(
        "Benoît Lacroix <benoit.lacroix@example.net>", "Pro'pulse – candidature", "18 09:58",
        """Bonjour,

Ci-joint mon CV. Ça fait un siècle que j'ai mon master (2016, pour être précis), mais je souhaite me réorienter vers une association de solidarité internationale.

Benoît Lacroix""",
        app("Benoît", "Lacroix", phone="+33612093374", bac=5, grad="2016", failing=("graduation_recent",), status="un_siecle_master", info_in="both"),
        cv=CV("odt", "CV-Benoit-Lacroix.odt", """Benoît Lacroix
06 12 09 33 74
Formation
Master Coopération internationale, Université de Bordeaux
Expérience
Chargé de mission, collectivité territoriale
Permis B"""),
    )),
    # Feature: hyperbole — graduation — j'ai eu mon master il y a cinq minutes (bon, en septembre)
    # figured: «il y a cinq minutes» on «mon master» = overstated freshness, the month beside it decides: September 2026 → meets
    N("hyperbole", "graduation", "j'ai eu mon master il y a cinq minutes (bon, en septembre)", M(
        "Chloé Besson <chloe.besson@example.org>", "candidature Pro'pulse", "19 14:44",
        """Bonjour,

J'ai eu mon master il y a cinq minutes (bon, en septembre) en politiques sociales, et je cherche déjà ma place dans une fédération associative.

Chloé Besson
07 21 84 60 35""",
        app("Chloé", "Besson", phone="+33721846035", bac=5, grad="2026-09", status="cinq_minutes"),
    )),
    # Feature: hyperbole — aim — je suis prête à travailler pour n'importe qui sur cette planète
    # ambiguous: «n'importe qui sur cette planète» overstates an openness to every employer, ESS or not: whether the search is in the ESS cannot be told
    # figured: «n'importe qui sur cette planète» = any employer at all → open job_seeking_ess
    N("hyperbole", "aim", "je suis prête à travailler pour n'importe qui sur cette planète", M(
        "Salomé Gauthier <salome.gauthier@example.com>", "candidature", "20 16:16",
        """Bonjour,

Licence de gestion validée en juillet 2025. Honnêtement, je suis prête à travailler pour n'importe qui sur cette planète, du moment qu'il y a un CDI au bout.

Salomé Gauthier
06 93 27 05 81""",
        app("Salomé", "Gauthier", phone="+33693270581", bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="nimporte_qui_planete"),
    )),
    # Feature: hyperbole — kind — des milliers de bénévoles ont répondu présent
    # figured: «des milliers de bénévoles» = a campaign's success told big → kind newsletter
    N("hyperbole", "kind", "des milliers de bénévoles ont répondu présent", M(
        "Réseau Solidarités <lettre@solidarites.example.org>", "Collecte 2026 : merci !", "21 06:15",
        """Lettre du Réseau Solidarités

Pour la collecte d'automne, des milliers de bénévoles ont répondu présent dans toute la région. Merci à tous !

Vous recevez cette lettre car vous êtes inscrit à notre liste. Se désabonner : https://solidarites.example.org/stop""",
        newsletter(),
    )),
    # Feature: hyperbole — kind — sa boîte est pleine à craquer
    # figured: «pleine à craquer» on «sa boîte» = the recipient's mailbox is full → kind bounce
    N("hyperbole", "kind", "sa boîte est pleine à craquer", M(
        "Postmaster <postmaster@mail.example.com>", "Échec de remise du message", "22 02:40",
        """Votre message à ines.vidal@example.com n'a pas pu être remis : sa boîte est pleine à craquer (quota dépassé).""",
        bounce("ines.vidal@example.com"),
        bounce="Reporting-MTA: dns; mail.example.com\nFinal-Recipient: rfc822; ines.vidal@example.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: hyperbole — kind — Un million de mercis pour votre commande
    # figured: «Un million de mercis» = a shop's thanks overstated → kind other
    N("hyperbole", "kind", "Un million de mercis pour votre commande", M(
        "La Papeterie du Marais <commandes@papeterie.example.fr>", "Commande n° 20461 confirmée", "23 18:20",
        """Un million de mercis pour votre commande !

Vos 3 ramettes et vos 12 classeurs seront expédiés sous 48 heures.

La Papeterie du Marais""",
        other(),
    )),
]
