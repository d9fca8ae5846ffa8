"""Anaphora corpus, batch 02 (writer A): ellipses and gappings (a BTS then a licence pro «à Angers, en
2025», «licence en 2021», a BTS and a licence «abandonnée aussi», a DU and a master «l'un … l'autre», a M1
«à moitié», a mémoire «non»), dislocations and cataphoras («le service civique, je l'ai terminé», «je l'ai eu
cet été, mon master», «mon métier d'infirmier, je l'ai exercé», «elles m'intéressent, les structures
d'insertion», «elle n'est pas terminée, ma mission», «je l'ai obtenu il y a longtemps, mon DUT»), questions
the writer answers, and other mail that links the same way."""
# ruff: noqa: E501

from __future__ import annotations

from anaphora import N
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ellipsis_gapping — graduation — BTS à Nantes en 2021 ; la licence pro, à Angers, en 2025
    # linked: gapped «obtenu(e)» → «la licence pro, à Angers, en 2025» (same sentence) → graduation 2025 (the licence pro, the last diploma) → recent
    N("ellipsis_gapping", "graduation", "BTS à Nantes en 2021 ; la licence pro, à Angers, en 2025", M(
        "Solène Morvan <solene.morvan@example.org>", "Candidature Pro'pulse", "02 08:30",
        """Bonjour,

Mon parcours en deux lignes : BTS à Nantes en 2021 ; la licence pro, à Angers, en 2025, en gestion des structures sanitaires et sociales.

Je cherche un poste d'assistante de direction dans un EHPAD associatif ou une mutuelle.

Solène Morvan
06 48 13 72 90""",
        app("Solène", "Morvan", phone="+33648137290", bac=3, grad="2025", status="bts_puis_lp_angers_2025"),
    )),
    # Feature: ellipsis_gapping — graduation — DUT en 2019, licence en 2021
    # linked: gapped «obtenu(e)» → «licence en 2021» (same sentence) → graduation 2021 → not recent
    N("ellipsis_gapping", "graduation", "DUT en 2019, licence en 2021", M(
        "Tarik Hamdani <tarik.hamdani@example.net>", "candidature", "03 22:41",
        """Bonsoir,

DUT en 2019, licence en 2021, et depuis je travaille en intérim sans trouver de poste dans le social. Je voudrais être accompagné pour entrer dans une association d'insertion.

Tarik Hamdani
07 18 64 02 35""",
        app("Tarik", "Hamdani", phone="+33718640235", bac=3, grad="2021", failing=("graduation_recent",), status="dut_2019_licence_2021"),
    )),
    # Feature: ellipsis_gapping — level — BTS commencé en 2021, abandonné au bout de six mois ; la licence aussi, au bout d'un an
    # linked: gapped «abandonnée» → «la licence aussi, au bout d'un an» (same sentence) → no diploma after the bac → bac+0 (failing)
    N("ellipsis_gapping", "level", "BTS commencé en 2021, abandonné au bout de six mois ; la licence aussi, au bout d'un an", M(
        "Dylan Teixeira <dylan.teixeira@example.com>", "Pro'pulse", "04 10:05",
        """Bonjour,

Après mon bac pro, j'ai essayé : BTS commencé en 2021, abandonné au bout de six mois ; la licence aussi, au bout d'un an, sans valider la première année. Depuis je suis animateur vacataire et j'adore ça.

Est-ce que je peux entrer dans votre programme pour trouver un poste dans une association ?

Dylan Teixeira
06 93 27 41 08""",
        app("Dylan", "Teixeira", phone="+33693274108", bac=0, grad=None, failing=("degree_level",), status="bts_abandonne_licence_aussi"),
    )),
    # Feature: ellipsis_gapping — graduation — DU de médiation et d'un master de droit social, obtenus l'un en 2022 et l'autre cette année
    # ambiguous: «l'un … l'autre» after a DU and a master: mention order gives the master this year, but a DU usually follows a master: which is 2022 cannot be settled
    # linked: «l'un» / «l'autre» → «un DU de médiation» / «un master de droit social» (same sentence) → the master in 2022 (failing) or 2026 (recent) → open
    N("ellipsis_gapping", "graduation", "DU de médiation et d'un master de droit social, obtenus l'un en 2022 et l'autre cette année", M(
        "Béatrice Lombardi <beatrice.lombardi@example.fr>", "Candidature au programme Pro'pulse", "05 14:22",
        """Madame, Monsieur,

Je suis titulaire d'un DU de médiation et d'un master de droit social, obtenus l'un en 2022 et l'autre cette année, tous deux à l'université de Montpellier.

Je souhaite exercer comme juriste ou médiatrice dans une association d'accès au droit.

Cordialement,
Béatrice Lombardi
06 56 09 81 24""",
        app("Béatrice", "Lombardi", phone="+33656098124", bac=5, grad=None, unknown=("graduation_recent",), status="du_master_lun_lautre"),
    )),
    # Feature: ellipsis_gapping — studies_finished — Licence validée en juin 2025 ; le M1, à moitié
    # ambiguous: «le M1, à moitié»: half a M1 still being followed or left for good, the mail does not say
    # linked: gapped «validé» → «le M1, à moitié» (same sentence) → studies_finished open
    N("ellipsis_gapping", "studies_finished", "Licence validée en juin 2025 ; le M1, à moitié", M(
        "Jules Montagne <jules.montagne@example.org>", "candidature pro'pulse", "09 17:55",
        """Salut,

Licence validée en juin 2025 ; le M1, à moitié. Je cherche un job dans une asso d'éducation à l'environnement, ou une coopérative agricole.

Jules
06 40 58 17 63""",
        app("Jules", "Montagne", phone="+33640581763", bac=3, grad="2025-06", unknown=("studies_finished",), status="m1_a_moitie"),
    )),
    # Feature: ellipsis_gapping — studies_finished — Les cours du master sont finis, le mémoire non
    # linked: gapped «fini» → «le mémoire non» (same sentence) → the master's thesis still to hand in → studies not finished (failing)
    N("ellipsis_gapping", "studies_finished", "Les cours du master sont finis, le mémoire non", M(
        "Agathe Rousseau-Diallo <agathe.rd@example.net>", "Candidature", "10 11:02",
        """Bonjour,

Je suis en master 2 Économie sociale à Reims. Les cours du master sont finis, le mémoire non : je dois le rendre en janvier.

Je commence à chercher un poste dans une coopérative d'activité et d'emploi.

Agathe Rousseau-Diallo
07 31 85 26 40""",
        app("Agathe", "Rousseau-Diallo", phone="+33731852640", bac="*", grad=None, failing=("studies_finished",), status="memoire_non"),
    )),
    # Feature: ellipsis_gapping — kind — le 3 décembre à Lyon, le 10 à Grenoble, le 17 à Valence
    # linked: gapped «Atelier CV» → «le 10 à Grenoble, le 17 à Valence» (same sentence) → kind newsletter
    N("ellipsis_gapping", "kind", "le 3 décembre à Lyon, le 10 à Grenoble, le 17 à Valence", M(
        "Coopérer pour l'emploi <infos@cooperer.example.org>", "Nos ateliers de décembre", "14 07:30",
        """Les ateliers de décembre

Atelier CV : le 3 décembre à Lyon, le 10 à Grenoble, le 17 à Valence.
Atelier entretien : le 4 à Lyon, le 11 à Grenoble.

Inscription gratuite sur notre site. Vous recevez cette lettre parce que vous êtes inscrit à nos actualités.""",
        newsletter(),
    )),
    # Feature: ellipsis_gapping — kind — Les titulaires d'un BTS peuvent candidater ; ceux d'un titre professionnel aussi
    # linked: gapped «peuvent candidater» → «ceux d'un titre professionnel aussi» (same sentence) → kind question: no personal fact
    N("ellipsis_gapping", "kind", "Les titulaires d'un BTS peuvent candidater ; ceux d'un titre professionnel aussi", M(
        "Mission locale Sud-Est <contact@ml-sudest.example.fr>", "Question — titres professionnels", "16 09:15",
        """Bonjour,

Les titulaires d'un BTS peuvent candidater ; ceux d'un titre professionnel aussi ? Nous accompagnons plusieurs jeunes dans ce cas et voudrions les orienter correctement.

Bien cordialement,
L'équipe de la Mission locale""",
        question(),
    )),
    # Feature: dislocation_cataphora — situation — Le service civique, je l'ai terminé le 30 juin
    # linked: «l'» → «Le service civique» (left dislocation, same sentence) → civic service ended 2026-06 → met
    N("dislocation_cataphora", "situation", "Le service civique, je l'ai terminé le 30 juin", M(
        "Nathan Abitbol <nathan.abitbol@example.com>", "Candidature Pro'pulse", "02 13:17",
        """Bonjour,

J'ai une licence de sociologie (2025). Le service civique, je l'ai terminé le 30 juin, et je suis libre depuis.

Je cherche un emploi d'animateur de réseau dans une fédération associative.

Nathan Abitbol
06 11 70 93 52""",
        app("Nathan", "Abitbol", phone="+33611709352", bac=3, grad="2025", status="sc_je_lai_termine"),
    )),
    # Feature: dislocation_cataphora — graduation — Je l'ai eu cet été, mon master ESS
    # linked: «l'» → «mon master ESS» (right dislocation, same sentence) → graduation summer 2026 → recent
    N("dislocation_cataphora", "graduation", "Je l'ai eu cet été, mon master ESS", M(
        "Camille Tsang <camille.tsang@example.org>", "candidature", "03 19:48",
        """Bonjour,

Je l'ai eu cet été, mon master ESS, à Aix-Marseille, et je suis prête à travailler ! Je vise un poste de chargée de mission dans une CRESS ou une coopérative.

Camille Tsang
07 42 19 60 38""",
        app("Camille", "Tsang", phone="+33742196038", bac=5, grad="2026", status="master_eu_cet_ete"),
    )),
    # Feature: dislocation_cataphora — career_change — mon métier d'infirmier, je l'ai exercé douze ans
    # linked: «l'» → «mon métier d'infirmier» (left dislocation, same clause) → twelve years of another trade before the licence pro → career change (failing)
    N("dislocation_cataphora", "career_change", "mon métier d'infirmier, je l'ai exercé douze ans", M(
        "Grégoire Lambert <gregoire.lambert@example.net>", "Candidature reconversion", "04 20:30",
        """Bonjour,

Ce qui m'a décidé, c'est que mon métier d'infirmier, je l'ai exercé douze ans et j'en avais fait le tour. J'ai repris des études et obtenu une licence pro Gestion des structures de l'ESS en juin 2026.

Je cherche un poste de gestionnaire dans une association.

Grégoire Lambert
06 07 38 52 94""",
        app("Grégoire", "Lambert", phone="+33607385294", bac=3, grad="2026-06", failing=("not_career_change",), status="infirmier_douze_ans"),
    )),
    # Feature: dislocation_cataphora — aim — Elles m'intéressent vraiment, les structures d'insertion par l'activité économique
    # linked: «Elles» → «les structures d'insertion par l'activité économique» (cataphora, same sentence) → aim in the ESS → met
    N("dislocation_cataphora", "aim", "Elles m'intéressent vraiment, les structures d'insertion par l'activité économique", M(
        "Lamine Sarr <lamine.sarr@example.fr>", "Candidature Pro'pulse", "06 09:05",
        """Bonjour,

Master Politiques sociales obtenu en juin 2025 à Nancy. Elles m'intéressent vraiment, les structures d'insertion par l'activité économique : j'aimerais y être encadrant technique ou chargé d'accompagnement.

Lamine Sarr
06 85 40 27 19""",
        app("Lamine", "Sarr", phone="+33685402719", bac=5, grad="2025-06", status="elles_minteressent_siae"),
    )),
    # Feature: dislocation_cataphora — situation — Elle n'est pas tout à fait terminée, ma mission à la Croix-Rouge
    # ambiguous: a «mission» of unstated scheme (a service civique? a stage? a contract?) still running: internship and civic service both open
    # linked: «Elle» → «ma mission à la Croix-Rouge» (cataphora, same sentence) → running now, scheme unstated → open
    N("dislocation_cataphora", "situation", "Elle n'est pas tout à fait terminée, ma mission à la Croix-Rouge", M(
        "Zoé Marchetti <zoe.marchetti@example.com>", "Pro'pulse", "10 15:44",
        """Bonjour,

Elle n'est pas tout à fait terminée, ma mission à la Croix-Rouge, mais je voulais vous écrire dès maintenant. J'ai une licence d'histoire de 2025 et j'aimerais rester dans l'humanitaire ou le social, en association.

Zoé Marchetti
06 59 14 83 26""",
        app("Zoé", "Marchetti", phone="+33659148326", bac=3, grad="2025", unknown=("not_internship", "not_service_civique"), status="mission_pas_terminee"),
    )),
    # Feature: dislocation_cataphora — graduation — Je l'ai obtenu il y a longtemps, mon DUT : en 2019
    # linked: «l'» → «mon DUT» (right dislocation, same sentence) → graduation 2019 → not recent
    N("dislocation_cataphora", "graduation", "Je l'ai obtenu il y a longtemps, mon DUT : en 2019", M(
        "Olivia Pereira <olivia.pereira@example.org>", "Candidature", "12 18:26",
        """Bonjour,

Je l'ai obtenu il y a longtemps, mon DUT : en 2019, en carrières sociales. Depuis j'ai élevé mes enfants et je voudrais reprendre un travail dans une association familiale.

Olivia Pereira
07 09 31 64 85""",
        app("Olivia", "Pereira", phone="+33709316485", bac=2, grad="2019", failing=("graduation_recent",), status="dut_il_y_a_longtemps"),
    )),
    # Feature: dislocation_cataphora — kind — Elle se termine le 10 décembre, ma formation
    # linked: «Elle» → «ma formation» (cataphora, same sentence) → kind auto_reply
    N("dislocation_cataphora", "kind", "Elle se termine le 10 décembre, ma formation", M(
        "Rémi Fontaine <remi.fontaine@example.net>", "Absence : Re: Forum du 12", "18 08:00",
        """Bonjour,

Elle se termine le 10 décembre, ma formation, et je ne consulte pas mes messages d'ici là. Je vous répondrai à mon retour.

Rémi Fontaine""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: dislocation_cataphora — kind — L'attestation, je vous l'envoie demain
    # linked: «l'» → «L'attestation» (left dislocation) → kind reply: in our thread
    N("dislocation_cataphora", "kind", "L'attestation, je vous l'envoie demain", M(
        "Aïcha Benkirane <aicha.benkirane@example.fr>", "Re: Pièces manquantes", "19 12:12",
        """Bonjour,

L'attestation, je vous l'envoie demain, je n'ai pas de scanner chez moi. Le reste est joint à mon premier message.

Aïcha Benkirane

> Il nous manque votre attestation de diplôme.""",
        reply(),
        headers={"In-Reply-To": "<pieces-8832@animafac.net>", "References": "<pieces-8832@animafac.net>"},
    )),
    # Feature: question_answer — graduation — Mon diplôme ? Une licence pro Intervention sociale. Obtenue quand ? En juin 2026
    # linked: «Obtenue quand ? En juin 2026» → «Une licence pro Intervention sociale» (the answer to «Mon diplôme ?») → graduation 2026-06 → recent
    N("question_answer", "graduation", "Mon diplôme ? Une licence pro Intervention sociale. Obtenue quand ? En juin 2026", M(
        "Élise Marchand <elise.marchand@example.org>", "Candidature en bref", "02 11:36",
        """Bonjour,

Mon diplôme ? Une licence pro Intervention sociale. Obtenue quand ? En juin 2026, à l'IUT de Lille. Ce que je cherche ? Un poste de conseillère en insertion dans une association.

Élise Marchand
06 26 81 59 03""",
        app("Élise", "Marchand", phone="+33626815903", bac=3, grad="2026-06", status="qr_lp_juin_2026"),
    )),
    # Feature: question_answer — situation — Est-ce que je suis encore en stage ? Oui, jusqu'au 20 janvier
    # linked: «Oui, jusqu'au 20 janvier» → answers «Est-ce que je suis encore en stage ?» → internship running → failing
    N("question_answer", "situation", "Est-ce que je suis encore en stage ? Oui, jusqu'au 20 janvier", M(
        "Adrien Kowalski <adrien.kowalski@example.net>", "Candidature Pro'pulse", "03 16:47",
        """Bonjour,

Je suis diplômé d'un master Urbanisme et solidarités (juin 2026). Est-ce que je suis encore en stage ? Oui, jusqu'au 20 janvier, dans une association de locataires. Je prépare la suite.

Adrien Kowalski
06 72 05 36 81""",
        app("Adrien", "Kowalski", phone="+33672053681", bac=5, grad="2026-06", failing=("not_internship",), status="encore_en_stage_oui"),
    )),
    # Feature: question_answer — level — Mon niveau d'études ? Deux années après le bac
    # linked: «Deux années après le bac» → answers «Mon niveau d'études ?», then «validées par un BTS ESF» → bac+2 → met
    N("question_answer", "level", "Mon niveau d'études ? Deux années après le bac, validées par un BTS ESF", M(
        "Nadia Cherkaoui <nadia.cherkaoui@example.com>", "candidature", "05 10:19",
        """Bonjour,

Mon niveau d'études ? Deux années après le bac, validées par un BTS ESF en juin 2025. Mon projet ? Devenir conseillère dans une épicerie solidaire ou une association de locataires.

Nadia Cherkaoui
07 54 62 10 37""",
        app("Nadia", "Cherkaoui", phone="+33754621037", bac=2, grad="2025-06", status="niveau_deux_annees"),
    )),
    # Feature: question_answer — aim — Dans quel secteur je cherche ? Un peu tout : l'associatif, la banque, le commerce
    # ambiguous: the answer puts associations beside banking and retail: the ESS aim is open
    # linked: «Un peu tout : …» → answers «Dans quel secteur je cherche ?» → aim mixed → open
    N("question_answer", "aim", "Dans quel secteur je cherche ? Un peu tout : l'associatif, la banque, le commerce", M(
        "Florian Dubreuil <florian.dubreuil@example.org>", "candidature pro'pulse", "06 21:03",
        """Bonjour,

Licence d'économie, juin 2025. Dans quel secteur je cherche ? Un peu tout : l'associatif, la banque, le commerce. Je veux surtout un CDI.

Florian Dubreuil
06 38 47 92 16""",
        app("Florian", "Dubreuil", phone="+33638479216", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="qr_un_peu_tout"),
    )),
    # Feature: question_answer — graduation — Obtenue quand ? Fin 2024, je crois, ou tout début 2025
    # ambiguous: «fin 2024, je crois» straddles the edge: November or December 2024 is recent, October is not
    # linked: «Obtenue quand ?» → «ma licence de psychologie» (previous sentence) → graduation end of 2024 or early 2025 → open
    N("question_answer", "graduation", "Obtenue quand ? Fin 2024, je crois, ou tout début 2025", M(
        "Sarah Lindholm <sarah.lindholm@example.fr>", "Candidature", "09 14:50",
        """Bonjour,

J'ai une licence de psychologie de l'université de Caen. Obtenue quand ? Fin 2024, je crois, ou tout début 2025 : il y avait eu un rattrapage et je n'ai plus le relevé sous la main.

Je cherche un poste d'accompagnante dans une association d'aide aux personnes handicapées.

Sarah Lindholm
06 81 29 04 57""",
        app("Sarah", "Lindholm", phone="+33681290457", bac=3, grad=None, unknown=("graduation_recent",), status="obtenue_quand_fin_2024"),
    )),
    # Feature: question_answer — career_change — What did I do before this? Fourteen years as an airline pilot
    # linked: «Fourteen years as an airline pilot» → answers «What did I do before this?» → another trade before the MSc → career change (failing)
    N("question_answer", "career_change", "What did I do before this? Fourteen years as an airline pilot", M(
        "Declan Whitmore <declan.whitmore@example.com>", "Application — Pro'pulse", "10 08:22",
        """Hello,

I hold an MSc in Social Economy from Lille (June 2026). What did I do before this? Fourteen years as an airline pilot. Why the switch? I wanted work that matters to the people around me.

I'm looking for a role in a cooperative or a charity.

Best regards,
Declan Whitmore
+33 6 15 40 72 98""",
        app("Declan", "Whitmore", phone="+33615407298", bac=5, grad="2026-06", failing=("not_career_change",), status="qa_airline_pilot", language="en"),
    )),
    # Feature: question_answer — studies_finished — Le master ? Fini. Le mémoire ? Rendu et soutenu en octobre
    # linked: «Fini.» → «Le master ?»; «Rendu et soutenu en octobre» → «Le mémoire ?» (the master's part) → studies finished, graduation 2026-10 → met
    N("question_answer", "studies_finished", "Le master ? Fini. Le mémoire ? Rendu et soutenu en octobre", M(
        "Joseph Mbarga <joseph.mbarga@example.net>", "Candidature Pro'pulse", "11 17:38",
        """Bonjour,

Pour répondre d'avance à vos questions : Le master ? Fini. Le mémoire ? Rendu et soutenu en octobre. C'était un master Gestion des ONG à Bordeaux.

Je cherche un poste de chargé de projets dans une ONG ou une association de solidarité internationale.

Joseph Mbarga
07 27 83 16 40""",
        app("Joseph", "Mbarga", phone="+33727831640", bac=5, grad="2026-10", status="master_fini_memoire_rendu"),
    )),
    # Feature: question_answer — kind — Le colis ? Livré mardi à l'accueil. La facture ? En pièce jointe
    # linked: «Livré mardi» → «Le colis ?»; «En pièce jointe» → «La facture ?» → kind other: a supplier
    N("question_answer", "kind", "Le colis ? Livré mardi à l'accueil. La facture ? En pièce jointe", M(
        "Papeterie Solidaire <commandes@papeterie.example.com>", "Votre commande n° 20331", "13 11:11",
        """Bonjour,

Le colis ? Livré mardi à l'accueil. La facture ? En pièce jointe de notre prochain envoi, le logiciel étant en maintenance.

Merci pour votre commande,
Papeterie Solidaire""",
        other(),
    )),
    # Feature: question_answer — kind — Que s'est-il passé ? Votre message n'a pas pu être remis
    # linked: «Votre message n'a pas pu être remis» → answers «Que s'est-il passé ?» → kind bounce
    N("question_answer", "kind", "Que s'est-il passé ? Votre message n'a pas pu être remis", M(
        "Service de messagerie <postmaster@relais.example.org>", "Non remis : Votre candidature à Pro'pulse", "15 09:50",
        """Que s'est-il passé ? Votre message n'a pas pu être remis à mathis.girard@example.org : l'adresse est introuvable.

Que faire ? Vérifiez l'adresse et renvoyez le message.""",
        bounce("mathis.girard@example.org"),
        bounce="""Reporting-MTA: dns; relais.example.org
Final-Recipient: rfc822; mathis.girard@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
    )),
]
