"""Figures corpus, batch 03 (writer A): understatements and minimisers («juste un petit BTS», «pas
grand-chose à part le bac», «un petit stage de rien du tout»), slang and colloquial verbs («j'ai validé mon
M2 haut la main», «le stage, c'est plié», «j'ai lâché la fac», «je galère à trouver un taf»), similes and
hedges («quasiment diplômée», «une sorte de service civique», «un genre de stage sans convention», «comme un
stage»), and other mail that carries the same figures."""
# ruff: noqa: E501

from __future__ import annotations

from figures import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: understatement — level — juste un petit BTS
    # figured: «juste un petit BTS» = a BTS (minimiser, level 2 all the same; June 2025) → meets degree_level
    N("understatement", "level", "juste un petit BTS", M(
        "Mélanie Duret <melanie.duret@example.org>", "candidature Pro'pulse", "02 11:40",
        """Bonjour,

J'ai juste un petit BTS Support à l'action managériale, obtenu en juin 2025, mais beaucoup d'envie. Je voudrais faire de l'administration dans une association culturelle ou une compagnie de théâtre associative.

Mélanie Duret
06 34 72 18 90""",
        app("Mélanie", "Duret", phone="+33634721890", bac=2, grad="2025-06", status="juste_un_petit_bts"),
    )),
    # Feature: understatement — level — nothing fancy, just a bachelor's degree
    # figured: «nothing fancy, just a bachelor's degree» = a licence (level 3, June 2026) → meets degree_level
    N("understatement", "level", "nothing fancy, just a bachelor's degree", M(
        "Tomasz Nowak <tomasz.nowak@example.net>", "Pro'pulse – application", "03 09:25",
        """Hi,

I studied at Nanterre: nothing fancy, just a bachelor's degree in sociology, June 2026. I'd love to work for a housing association or a tenants' cooperative.

Cheers,
Tomasz Nowak
07 13 86 42 57""",
        app("Tomasz", "Nowak", phone="+33713864257", bac=3, grad="2026-06", status="nothing_fancy_bachelor", language="en"),
    )),
    # Feature: understatement — level — pas grand-chose à part le bac
    # figured: «pas grand-chose à part le bac» = the bac only (2019) → level 0, fails degree_level
    N("understatement", "level", "pas grand-chose à part le bac", M(
        "Kevin Marais <kevin.marais@example.com>", "candidature", "04 17:03",
        """Bonjour,

Niveau diplômes, j'ai pas grand-chose à part le bac (2019). Par contre ça fait cinq ans que je suis animateur dans une MJC et je veux continuer dans l'éducation populaire.

Kevin Marais
06 87 04 61 22""",
        app("Kevin", "Marais", phone="+33687046122", bac=0, grad="2019", failing=("degree_level",), status="pas_grand_chose_bac"),
    )),
    # Feature: understatement — situation — un petit stage de rien du tout, jusqu'en janvier
    # figured: «un petit stage de rien du tout» = an internship all the same, running until January 2027 → fails not_internship
    N("understatement", "situation", "un petit stage de rien du tout, jusqu'en janvier", M(
        "Océane Rigaud <oceane.rigaud@example.fr>", "Pro'pulse", "05 12:30",
        """Bonjour,

Licence professionnelle « Métiers de l'animation sociale » en juin 2026. Je fais un petit stage de rien du tout, jusqu'en janvier, dans une ludothèque associative, et je prépare la suite : un poste de coordinatrice dans l'associatif.

Océane Rigaud
07 49 25 83 11""",
        app("Océane", "Rigaud", phone="+33749258311", bac=3, grad="2026-06", failing=("not_internship",), status="petit_stage_de_rien"),
    )),
    # Feature: understatement — career_change — quelques petites années dans l'hôtellerie
    # ambiguous: «quelques petites années» minimises a stretch in hotels whose length and nature (student job or first career) are never given
    # figured: «quelques petites années dans l'hôtellerie» = a past in hotels of unclear weight before the BTS → open not_career_change
    N("understatement", "career_change", "quelques petites années dans l'hôtellerie", M(
        "Corinne Vidal – Mission locale Est Var <c.vidal@missionlocale.example.fr>", "Orientation – Mme Ahmadi", "06 10:10",
        """Bonjour,

Je vous présente Mme Shirin Ahmadi. Après quelques petites années dans l'hôtellerie, elle a obtenu en juin 2026 un BTS Services et prestations des secteurs sanitaire et social.

Elle cherche un poste dans une association d'aide aux personnes âgées. Ses coordonnées : shirin.ahmadi@example.org, 06 75 31 09 48.

Corinne Vidal, conseillère""",
        app("Shirin", "Ahmadi", phone="+33675310948", bac=2, grad="2026-06", unknown=("not_career_change",), status="petites_annees_hotellerie", email="shirin.ahmadi@example.org", forwarded_by="c.vidal@missionlocale.example.fr"),
    )),
    # Feature: understatement — level — un petit diplôme d'animateur
    # ambiguous: «un petit diplôme d'animateur» may be the BPJEPS (bac level) or the DEJEPS (bac+2): the minimiser hides which one
    # figured: «un petit diplôme d'animateur» = an animation diploma of unsettled level (2025) → open degree_level
    N("understatement", "level", "un petit diplôme d'animateur", M(
        "Dylan Perrot <dylan.perrot@example.org>", "candidature", "07 15:52",
        """Salut,

J'ai un petit diplôme d'animateur, passé en 2025 en alternance avec une fédération de centres sociaux. J'aimerais un poste de référent jeunesse dans une asso.

Dylan Perrot
06 02 47 95 36""",
        app("Dylan", "Perrot", phone="+33602479536", bac="*", grad="2025", unknown=("degree_level",), status="petit_diplome_animateur"),
    )),
    # Feature: understatement — kind — Une toute petite question : faut-il un bac+2
    # figured: «Une toute petite question» = a general question on the level → kind question: no personal fact
    N("understatement", "kind", "Une toute petite question : faut-il un bac+2", M(
        "Émile Charpentier <emile.charpentier@example.com>", "Petite question", "08 19:19",
        """Bonjour,

Une toute petite question : faut-il un bac+2 minimum, ou des équivalences sont-elles possibles ?

Merci,
Émile""",
        question(),
    )),
    # Feature: understatement — kind — un léger retard de livraison
    # figured: «un léger retard» = a delivery delay played down → kind other
    N("understatement", "kind", "un léger retard de livraison", M(
        "Service client <service@livraisons.example.net>", "Votre colis", "09 10:00",
        """Bonjour,

Nous vous informons d'un léger retard de livraison pour votre colis n° 88412 : il arrivera lundi.

Le service client""",
        other(),
    )),
    # Feature: slang_colloquial — aim — je veux bosser en salle des marchés
    # figured: «bosser en salle des marchés» = aims at a trading floor, not the ESS → fails job_seeking_ess
    N("slang_colloquial", "aim", "je veux bosser en salle des marchés", M(
        "Maxime Giraud <maxime.giraud@example.net>", "candidature", "09 22:48",
        """Yo,

M2 finance de marché validé en septembre 2026. Franchement je veux bosser en salle des marchés, mais je me dis que votre programme peut m'ouvrir des portes.

Maxime
07 31 64 20 95""",
        app("Maxime", "Giraud", phone="+33731642095", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="salle_des_marches"),
    )),
    # Feature: slang_colloquial — graduation — j'ai validé mon M2 haut la main
    # figured: «validé mon M2 haut la main» = master obtained (July 2026) → meets graduation_recent
    N("slang_colloquial", "graduation", "j'ai validé mon M2 haut la main", M(
        "Jade Collin <jade.collin@example.org>", "Pro'pulse !!", "10 13:07",
        """Hello,

Juillet 2026 : j'ai validé mon M2 haut la main (ESS et territoires, Rennes 2). Je cherche un taf de chargée de mission dans une SCIC ou un réseau associatif.

Jade Collin
06 50 91 37 44""",
        app("Jade", "Collin", phone="+33650913744", bac=5, grad="2026-07", status="m2_haut_la_main"),
    )),
    # Feature: slang_colloquial — situation — le stage, c'est plié depuis fin septembre
    # figured: «le stage, c'est plié» = internship over since the end of September 2026 → meets not_internship
    N("slang_colloquial", "situation", "le stage, c'est plié depuis fin septembre", M(
        "Rayan Mebarki <rayan.mebarki@example.com>", "candidature Pro'pulse", "11 18:21",
        """Salut,

BUT Carrières sociales en juin 2026, et le stage, c'est plié depuis fin septembre. Je cherche un poste d'animateur dans une asso de quartier.

Rayan
06 29 58 73 10""",
        app("Rayan", "Mebarki", phone="+33629587310", bac=3, grad="2026-06", status="stage_c_est_plie"),
    )),
    # Feature: slang_colloquial — level — j'ai lâché la fac en L1
    # figured: «lâché la fac en L1» = no year of licence validated, the bac only (2022) → level 0, fails degree_level
    N("slang_colloquial", "level", "j'ai lâché la fac en L1", M(
        "Enzo Rossi <enzo.rossi@example.fr>", "asso", "12 23:15",
        """Bonsoir,

Bac pro en 2022, j'ai lâché la fac en L1. Depuis je fais de la médiation dans une asso de prévention et je voudrais continuer là-dedans.

Enzo
07 68 20 44 19""",
        app("Enzo", "Rossi", phone="+33768204419", bac=0, grad="2022", failing=("degree_level",), status="lache_la_fac"),
    )),
    # Feature: slang_colloquial — studies_finished — reste plus qu'à choper les notes
    # ambiguous: the defence is done but the jury has not yet given the results: whether the master is complete is still to be known
    # figured: «reste plus qu'à choper les notes» = defence done, results still to come → open studies_finished
    N("slang_colloquial", "studies_finished", "reste plus qu'à choper les notes", M(
        "Lina Aouad <lina.aouad@example.net>", "Pro'pulse", "13 12:02",
        """Coucou,

La soute, je l'ai passée le 20 novembre, reste plus qu'à choper les notes du master. Je cherche dans les fondations et les assos d'accès à la culture.

Lina Aouad
06 18 39 62 07""",
        app("Lina", "Aouad", phone="+33618396207", bac="*", grad=None, unknown=("studies_finished",), status="choper_les_notes"),
    )),
    # Feature: slang_colloquial — aim — je galère à trouver un taf dans une asso
    # figured: «je galère à trouver un taf dans une asso» = actively seeking a job in an association → meets job_seeking_ess
    N("slang_colloquial", "aim", "je galère à trouver un taf dans une asso", M(
        "Noémie Barbier <noemie.barbier@example.org>", "candidature", "14 16:38",
        """Bonjour,

Licence pro « Gestion des structures sanitaires et sociales », juin 2025. Depuis, je galère à trouver un taf dans une asso, d'où ma candidature.

Noémie Barbier
07 83 15 26 40""",
        app("Noémie", "Barbier", phone="+33783152640", bac=3, grad="2025-06", status="galere_taf_asso"),
    )),
    # Feature: slang_colloquial — situation — je me coltine encore mon service civique jusqu'en avril
    # figured: «je me coltine encore mon service civique» = service civique running until April 2027 → fails not_service_civique
    N("slang_colloquial", "situation", "je me coltine encore mon service civique jusqu'en avril", M(
        "Bilal Hamdi <bilal.hamdi@example.com>", "Pro'pulse", "15 20:41",
        """Salut,

BTS ESF en 2025, et là je me coltine encore mon service civique jusqu'en avril, dans une épicerie solidaire. Après je veux rester dans l'aide alimentaire.

Bilal
06 91 42 08 63""",
        app("Bilal", "Hamdi", phone="+33691420863", bac=2, grad="2025", failing=("not_service_civique",), status="coltine_service_civique"),
    )),
    # Feature: slang_colloquial — kind — bien reçu, c'est top, je capte mieux
    # figured: «je capte mieux» = understood, thanks → kind reply: no personal fact
    N("slang_colloquial", "kind", "bien reçu, c'est top, je capte mieux", M(
        "Hamza Ould <hamza.ould@example.net>", "Re: Pro'pulse – votre question", "16 09:09",
        """Bien reçu, c'est top, je capte mieux comment ça marche. Merci !

Hamza

> Le 15 nov. 2026, Pro'pulse a écrit :
> Le programme dure six mois.""",
        reply(),
        headers={"In-Reply-To": "<rep.20261115.0031@animafac.net>", "References": "<rep.20261115.0031@animafac.net>"},
    )),
    # Feature: slang_colloquial — kind — l'adresse est grillée
    # figured: «l'adresse est grillée» = the address is dead → kind bounce
    N("slang_colloquial", "kind", "l'adresse est grillée", M(
        "MAILER-DAEMON <mailer-daemon@relay.example.org>", "Undelivered Mail Returned to Sender", "17 04:20",
        """Message non délivré : l'adresse est grillée (compte désactivé par l'utilisateur).

Destinataire : jordan.petit@example.org""",
        bounce("jordan.petit@example.org"),
        bounce="Reporting-MTA: dns; relay.example.org\nFinal-Recipient: rfc822; jordan.petit@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 account disabled",
    )),
    # Feature: simile_hedge — studies_finished — quasiment diplômée
    # ambiguous: «quasiment diplômée» may mean a defence done and a jury to come, or a last semester still to follow: whether studies are over cannot be told
    # figured: «quasiment diplômée» = a licence almost done, what remains unsaid → open studies_finished
    N("simile_hedge", "studies_finished", "quasiment diplômée", M(
        "Camille Fabre <camille.fabre@example.fr>", "candidature Pro'pulse", "17 11:56",
        """Bonjour,

Je suis quasiment diplômée d'une licence de sciences sanitaires et sociales et je cherche déjà un poste dans une association gestionnaire d'établissements.

Camille Fabre
06 37 84 21 05""",
        app("Camille", "Fabre", phone="+33637842105", bac="*", grad=None, unknown=("studies_finished",), status="quasiment_diplomee"),
    )),
    # Feature: simile_hedge — situation — une sorte de service civique
    # ambiguous: «une sorte de service civique» held now may be a real service civique or another volunteering: the hedge leaves the scheme unsaid
    # figured: «une sorte de service civique» = a volunteering held now, scheme hedged → open not_service_civique
    N("simile_hedge", "situation", "une sorte de service civique", M(
        "Adrien Lemoine <adrien.lemoine@example.org>", "Pro'pulse – candidature", "18 10:27",
        """Bonjour,

Vous trouverez mon CV en pièce jointe. Je suis diplômé d'une licence d'histoire (juin 2025) et je cherche un emploi dans une association de mémoire ou un musée associatif.

Adrien Lemoine""",
        app("Adrien", "Lemoine", phone="+33659017382", bac=3, grad="2025-06", unknown=("not_service_civique",), status="sorte_de_service_civique", info_in="both"),
        cv=CV("docx", "Adrien_Lemoine_CV.docx", """Adrien Lemoine
06 59 01 73 82 — adrien.lemoine@example.org
Formation
Licence d'histoire, Université de Caen, 2025
Situation actuelle
Depuis septembre 2026 : une sorte de service civique à la mairie (médiation au musée), huit mois
Langues : anglais courant, parlé comme un vrai Londonien"""),
    )),
    # Feature: simile_hedge — situation — un genre de stage sans convention
    # ambiguous: «un genre de stage sans convention» held now may be an internship badly set up or an unpaid volunteering: a careful reader cannot tell
    # figured: «un genre de stage sans convention» = a placement like an internship held now → open not_internship
    N("simile_hedge", "situation", "un genre de stage sans convention", M(
        "Sofiane Kaci <sofiane.kaci@example.net>", "candidature", "19 14:13",
        """Bonjour,

BTS Gestion de la PME (juin 2026). Je fais en ce moment un genre de stage sans convention dans une association d'aide aux devoirs, et je voudrais y être embauché ou trouver un poste ailleurs dans l'associatif.

Sofiane Kaci
07 22 90 46 81""",
        app("Sofiane", "Kaci", phone="+33722904681", bac=2, grad="2026-06", unknown=("not_internship",), status="genre_de_stage"),
    )),
    # Feature: simile_hedge — situation — c'est comme un stage, sauf que c'est un CDD
    # figured: «comme un stage, sauf que c'est un CDD» = a fixed-term job, the simile only compares → meets not_internship
    N("simile_hedge", "situation", "c'est comme un stage, sauf que c'est un CDD", M(
        "Marion Leclerc <marion.leclerc@example.com>", "Pro'pulse", "20 09:34",
        """Bonjour,

Licence pro « Animation sociale » en juin 2026. Je suis assistante dans une ressourcerie : c'est comme un stage, sauf que c'est un CDD de trois mois. Je cherche la suite dans le réemploi ou l'économie circulaire associative.

Marion Leclerc
06 46 07 52 93""",
        app("Marion", "Leclerc", phone="+33646075293", bac=3, grad="2026-06", status="comme_un_stage_cdd"),
    )),
    # Feature: simile_hedge — graduation — mon master, c'est comme si c'était hier : juillet 2025
    # figured: «comme si c'était hier» on «mon master» = the date beside the simile decides: July 2025 → meets graduation_recent
    N("simile_hedge", "graduation", "mon master, c'est comme si c'était hier : juillet 2025", M(
        "Gaspard Hubert <gaspard.hubert@example.org>", "candidature", "21 17:27",
        """Bonjour,

Mon master, c'est comme si c'était hier : juillet 2025, en gestion des territoires. Je veux rejoindre une régie de quartier ou une SCIC.

Gaspard Hubert
07 56 31 48 02""",
        app("Gaspard", "Hubert", phone="+33756314802", bac=5, grad="2025-07", status="comme_si_hier"),
    )),
    # Feature: simile_hedge — studies_finished — mon mémoire est à peu près bouclé, la soutenance est en février
    # figured: «à peu près bouclé» on «mon mémoire» = the hedge settles nothing, the defence in February decides → fails studies_finished
    N("simile_hedge", "studies_finished", "mon mémoire est à peu près bouclé, la soutenance est en février", M(
        "Apolline Marchand <apolline.marchand@example.fr>", "Pro'pulse – candidature", "22 12:44",
        """Bonjour,

Mon mémoire est à peu près bouclé, la soutenance est en février, pour un M2 « Économie solidaire ». Je cherche un poste en coopérative d'activité et d'emploi.

Apolline Marchand
06 21 65 39 87""",
        app("Apolline", "Marchand", phone="+33621653987", bac="*", grad=None, failing=("studies_finished",), status="peu_pres_boucle"),
    )),
    # Feature: simile_hedge — kind — Faut-il avoir plus ou moins bouclé ses études pour candidater
    # figured: «plus ou moins bouclé» = a general question on finished studies → kind question: no personal fact
    N("simile_hedge", "kind", "Faut-il avoir plus ou moins bouclé ses études pour candidater", M(
        "Iris Mercier <iris.mercier@example.net>", "question", "23 08:18",
        """Bonjour,

Faut-il avoir plus ou moins bouclé ses études pour candidater, ou le diplôme doit-il être délivré ?

Bonne journée,
Iris""",
        question(),
    )),
    # Feature: simile_hedge — kind — je suis comme qui dirait injoignable
    # figured: «comme qui dirait injoignable» = away, not reachable → kind auto_reply: no personal fact
    N("simile_hedge", "kind", "je suis comme qui dirait injoignable", M(
        "Patrice Morel <patrice.morel@example.com>", "Réponse automatique", "24 07:30",
        """Bonjour,

En formation toute la semaine, je suis comme qui dirait injoignable jusqu'au 30 novembre.

Patrice Morel""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
