"""Circumstances corpus, batch 06 (writer B): the second half of age and path (a licence of 2019 at 29, a DUT
dated only by the writer's age, a year of pause spent in a service civique ended or running, a late
licence pro aimed at a bank) and learning or neurological differences — dyslexia, dyscalculia, dyspraxia,
ADHD, autism, a tiers-temps, resits in September, exams moved to November, a licence spread over two
years, a DU of open level, an adapted internship —; the first application of family abroad; other mail on
the same circumstances (a letter about going back to university, an out-of-office during a césure, two
questions about adapted workshops, a disability officer's out-of-office, a newsletter on dys and work)."""
# ruff: noqa: E501

from __future__ import annotations

from circumstances import N
from kit import CV, M, app, auto_reply, newsletter, question

MESSAGES = [
    # Feature: age_and_path — graduation — ma licence de LEA date de 2019
    # circumstance: «ma licence de LEA date de 2019» = at 29, back from years of working holidays; the licence is seven years old → fails graduation_recent → not_eligible
    N("age_and_path", "graduation", "ma licence de LEA date de 2019", M(
        "Maëva Tanguy <maeva.tanguy@example.org>", "Candidature (29 ans, retour d'Australie)", "02 22:45",
        """Bonjour,

J'ai 29 ans et je rentre de plusieurs années en Australie et en Nouvelle-Zélande (visas vacances-travail, cueillette, service en restaurant). Ma licence de LEA date de 2019 : c'est mon seul diplôme.

J'aimerais maintenant me poser et travailler dans une association d'accueil de personnes étrangères, où mon anglais et mon espagnol serviraient.

Maëva Tanguy
07 82 14 60 39""",
        app("Maëva", "Tanguy", phone="+33782146039", bac=3, grad="2019", failing=("graduation_recent",), status="b_licence_lea_2019_29_ans"),
    )),
    # Feature: age_and_path — graduation — j'ai eu mon DUT à 21 ans et j'en ai 23 aujourd'hui
    # ambiguous: the DUT is dated only by the writer's age: between one and three years ago by birthdays, on either side of the 24 months — graduation_recent stays open
    # circumstance: «j'ai eu mon DUT à 21 ans et j'en ai 23 aujourd'hui» = the ages are the only clock, and two birthdays apart leave the date on the boundary → graduation_recent open → to_verify
    N("age_and_path", "graduation", "j'ai eu mon DUT à 21 ans et j'en ai 23 aujourd'hui", M(
        "Radu Stoica <radu.stoica@example.net>", "inscription", "03 13:02",
        """Bonjour,

Je voudrais m'inscrire à votre accompagnement. J'ai eu mon DUT à 21 ans et j'en ai 23 aujourd'hui (DUT Gestion logistique et transport). Depuis je fais de l'intérim en entrepôt en attendant mieux.

Ce que je vise : la logistique d'une coopérative de distribution bio ou d'une épicerie solidaire en gros.

Radu Stoica
06 75 02 31 98""",
        app("Radu", "Stoica", phone="+33675023198", bac=2, grad=None, unknown=("graduation_recent",), status="b_dut_glt_ages"),
    )),
    # Feature: age_and_path — aim — un poste de conseiller clientèle dans une grande banque de réseau
    # circumstance: «un poste de conseiller clientèle dans une grande banque de réseau» = at 38, after the children, a licence pro in banking aimed at a high-street bank → fails job_seeking_ess → not_eligible
    N("age_and_path", "aim", "un poste de conseiller clientèle dans une grande banque de réseau", M(
        "Gaël Normand <gael.normand@example.fr>", "Reprise d'études, accompagnement ?", "04 09:18",
        """Bonjour,

J'ai 38 ans. J'ai arrêté mes études à 20 ans, puis je me suis occupé de mes enfants pendant que ma femme travaillait. J'ai repris mes études il y a deux ans et j'ai obtenu une licence pro Banque, assurance en juin 2026.

Je vise un poste de conseiller clientèle dans une grande banque de réseau, et on m'a dit que vous aidiez les personnes en reprise d'études à décrocher un premier poste.

Cordialement,
Gaël Normand
06 93 70 25 41""",
        app("Gaël", "Normand", phone="+33693702541", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="b_lp_banque_38_ans"),
    )),
    # Feature: age_and_path — situation — huit mois de service civique dans une ludothèque, terminés en juin
    # circumstance: «huit mois de service civique dans une ludothèque, terminés en juin» = at 27, the year of pause after the master was a service civique now ended → meets not_service_civique → eligible
    N("age_and_path", "situation", "huit mois de service civique dans une ludothèque, terminés en juin", M(
        "Kouamé Yao <kouame.yao@example.com>", "Candidature Pro'pulse", "05 17:55",
        """Bonjour,

J'ai 27 ans. Après mon master de sciences politiques (juillet 2025), je me suis accordé une année de pause : huit mois de service civique dans une ludothèque, terminés en juin, puis un été à aider mes parents.

Je suis maintenant prêt à chercher un poste de chargé de développement dans une association de jeux et de culture populaire. Votre programme m'intéresse beaucoup.

Kouamé Yao
+33 7 56 48 13 02""",
        app("Kouamé", "Yao", phone="+33756481302", bac=5, grad="2025-07", status="b_master_sciencespo_annee_pause_sc"),
    )),
    # Feature: age_and_path — situation — je suis en service civique dans une école primaire jusqu'au 30 juin 2027
    # circumstance: «je suis en service civique dans une école primaire jusqu'au 30 juin 2027» = at 22, the year of pause before the search is a service civique running now → fails not_service_civique → not_eligible
    N("age_and_path", "situation", "je suis en service civique dans une école primaire jusqu'au 30 juin 2027", M(
        "Lou-Anne Weiss <louanne.weiss@example.org>", "candidature pour l'été prochain", "06 12:40",
        """Coucou,

J'ai 22 ans, mon BUT Carrières sociales en poche depuis juin 2026, et je m'offre une année de pause avant de chercher pour de bon : je suis en service civique dans une école primaire jusqu'au 30 juin 2027.

Je voudrais déjà m'inscrire à Pro'pulse pour trouver un poste d'animatrice dans une association de quartier à la fin de ma mission.

Lou-Anne
07 27 64 85 10""",
        app("Lou-Anne", "Weiss", phone="+33727648510", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_but_cs_service_civique_ecole"),
    )),
    # Feature: age_and_path — aim — encadrant technique dans un chantier d'insertion
    # circumstance: «encadrant technique dans un chantier d'insertion» = at 33, a BTS in alternance (no trade before, an apprenticeship is studies) aimed at an insertion worksite → meets job_seeking_ess → eligible
    N("age_and_path", "aim", "encadrant technique dans un chantier d'insertion", M(
        "Mourad Zouari <mourad.zouari@example.net>", "Candidature", "07 07:48",
        """Bonjour,

J'ai 33 ans et j'ai repris mes études en alternance : BTS Aménagements paysagers obtenu en juin 2025. Avant ça, pas grand-chose, je cherchais ma voie.

J'aimerais devenir encadrant technique dans un chantier d'insertion, pour transmettre le métier à des gens qui ont eu des galères comme moi.

Mourad Zouari
06 58 93 40 27""",
        app("Mourad", "Zouari", phone="+33658934027", bac=2, grad="2025-06", status="b_bts_paysage_alternance_33_ans"),
    )),
    # Feature: age_and_path — kind — La lettre de la reprise d'études
    # circumstance: «La lettre de la reprise d'études» = a university's letter on going back to studies (DAEU, VAE, dates), no one applying → kind newsletter
    N("age_and_path", "kind", "La lettre de la reprise d'études", M(
        "Université - Formation continue <formation.continue@univ.example.fr>", "La lettre de la reprise d'études - novembre 2026", "08 06:00",
        """La lettre de la reprise d'études - novembre 2026

Au sommaire :
- DAEU : réunions d'information les 3 et 10 décembre
- VAE : nouvelles permanences le mardi après-midi
- Financer sa reprise d'études après 30 ans : le point sur le CPF et les transitions professionnelles
- Témoignage : « J'ai passé ma licence à 42 ans »

Vous recevez cette lettre car vous êtes inscrit·e à la liste de diffusion du service. Se désinscrire : formation.continue@univ.example.fr""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:formation.continue@univ.example.fr?subject=unsubscribe>"},
    )),
    # Feature: age_and_path — kind — je suis en année de césure jusqu'en septembre 2027
    # circumstance: «je suis en année de césure jusqu'en septembre 2027» = a student's out-of-office during a césure, no one applying → kind auto_reply
    N("age_and_path", "kind", "je suis en année de césure jusqu'en septembre 2027", M(
        "Garance Villeneuve <garance.villeneuve@etu.example.fr>", "Réponse automatique", "09 11:11",
        """Bonjour,

Je suis en année de césure jusqu'en septembre 2027 et je ne consulte plus cette adresse universitaire. Pour me joindre, écrivez à garance.v@example.org.

Garance""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: learning_neuro — graduation — grâce aux rattrapages de septembre 2025, j'ai validé mon BTS
    # circumstance: «grâce aux rattrapages de septembre 2025, j'ai validé mon BTS» = the dyslexia and the resit session date the BTS in September 2025, not June: 14 months → meets graduation_recent → eligible
    N("learning_neuro", "graduation", "grâce aux rattrapages de septembre 2025, j'ai validé mon BTS", M(
        "Bastien Morvan <bastien.morvan@example.fr>", "Candidature", "10 19:20",
        """Bonjour,

Je suis dyslexique et dysorthographique, donc excusez les fautes. J'ai raté deux épreuves en juin mais grâce aux rattrapages de septembre 2025, j'ai validé mon BTS Support à l'action managériale.

Je voudrai travailler comme assistant administratif dans une mutuelle ou une association, un endroit ou on prend le temps d'expliquer.

Bastien Morvan
06 19 85 72 04""",
        app("Bastien", "Morvan", phone="+33619857204", bac=2, grad="2025-09", status="b_bts_sam_rattrapages_dyslexie"),
    )),
    # Feature: learning_neuro — studies_finished — je les ai passées le 17 novembre, les résultats seront publiés le 10 décembre
    # ambiguous: the last two master's exams, moved to November by the adapted schedule, were sat but not yet graded: the M2 may or may not be validated, so studies_finished stays open
    # circumstance: «je les ai passées le 17 novembre, les résultats seront publiés le 10 décembre» = the ADHD adaptation moved the last exams; all sat, results awaited → studies_finished open → to_verify
    N("learning_neuro", "studies_finished", "je les ai passées le 17 novembre, les résultats seront publiés le 10 décembre", M(
        "Adèle Sauvage <adele.sauvage@example.org>", "Candidature - master en fin de parcours", "20 10:05",
        """Bonjour,

J'ai un TDAH et j'ai obtenu un aménagement d'examens pour mon M2 Sociologie de l'action publique : tiers-temps, et mes deux dernières épreuves ont été décalées en novembre. Je les ai passées le 17 novembre, les résultats seront publiés le 10 décembre.

Je cherche un poste de chargée d'études dans une fédération associative ou un observatoire de l'ESS. Est-ce que je peux candidater maintenant ?

Adèle Sauvage
06 26 07 53 91""",
        app("Adèle", "Sauvage", phone="+33626075391", bac="*", grad=None, unknown=("studies_finished",), status="b_m2_tdah_examens_decales"),
    )),
    # Feature: learning_neuro — studies_finished — je termine en juin 2027
    # circumstance: «je termine en juin 2027» = the ADHD made the L3 spread over two years (régime spécial): the licence runs → fails studies_finished → not_eligible
    N("learning_neuro", "studies_finished", "je termine en juin 2027", M(
        "Noé Pasquier <noe.pasquier@example.net>", "demande d'info + inscription", "11 16:47",
        """Bonjour,

Avec mon TDAH, j'ai choisi d'étaler ma L3 d'histoire sur deux ans avec le régime spécial d'études : je termine en juin 2027. J'ai du temps libre et j'aimerais déjà être accompagné pour trouver un poste dans une association de mémoire ou un musée associatif.

Noé Pasquier
07 33 18 49 62""",
        app("Noé", "Pasquier", phone="+33733184962", bac="*", grad=None, failing=("studies_finished",), status="b_l3_etalee_tdah"),
    )),
    # Feature: learning_neuro — level — I hold a BA in Social Policy
    # circumstance: «I hold a BA in Social Policy» = dyslexia excused in English; a BA (bac+3) of July 2026 → meets degree_level → eligible
    N("learning_neuro", "level", "I hold a BA in Social Policy", M(
        "Owen Whitaker <owen.whitaker@example.com>", "Application - Pro'pulse", "12 12:21",
        """Hi,

I'm dyslexic, so please forgive the odd spelling mistake. I hold a BA in Social Policy from the University of Leeds, graduated in July 2026, and I moved to Bordeaux in September with my partner.

I'd love to work for a housing charity or a cooperative here, and I think your programme could help me find my feet.

Cheers,
Owen Whitaker
+33 7 81 20 64 95""",
        app("Owen", "Whitaker", phone="+33781206495", bac=3, grad="2026-07", language="en", status="b_en_ba_social_policy_dyslexic"),
    )),
    # Feature: learning_neuro — level — j'ai mon bac STMG
    # circumstance: «j'ai mon bac STMG» = the autism made the BTS impossible to finish (noise, group work): no BTS, the bac is the highest diploma → fails degree_level → not_eligible
    N("learning_neuro", "level", "j'ai mon bac STMG", M(
        "Sacha Poirier <sacha.poirier@example.org>", "Candidature", "13 14:33",
        """Bonjour.

Je suis autiste, diagnostiquée à 19 ans. J'ai commencé un BTS Comptabilité mais je n'ai pas pu aller au bout : trop de bruit, trop de travaux de groupe. J'ai mon bac STMG.

Je voudrais travailler dans une petite association, au calme, sur la comptabilité ou le classement. Je préfère être contactée par mail plutôt que par téléphone.

Sacha Poirier""",
        app("Sacha", "Poirier", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_bac_stmg_autisme_bts_arrete"),
    )),
    # Feature: learning_neuro — level — un diplôme universitaire (DU) Compétences numériques
    # ambiguous: a university's own DU has no national level: whether it reaches bac+2 a careful reader cannot say
    # circumstance: «un diplôme universitaire (DU) Compétences numériques» = the DU followed with adaptations for autistic students is the only diploma after the bac; its level is the university's → degree_level open → to_verify
    N("learning_neuro", "level", "un diplôme universitaire (DU) Compétences numériques", M(
        "Tristan Ollivier <tristan.ollivier@example.fr>", "Inscription Pro'pulse", "14 09:09",
        """Bonjour,

Je suis autiste Asperger. Après mon bac, j'ai suivi pendant deux ans, avec des aménagements, un diplôme universitaire (DU) Compétences numériques, que j'ai obtenu en juin 2026. C'est mon seul diplôme après le bac.

Je cherche un poste de technicien informatique dans une association ou une coopérative, de préférence avec peu de contacts téléphoniques.

Tristan Ollivier
06 81 47 92 30""",
        app("Tristan", "Ollivier", phone="+33681479230", bac="*", grad="2026-06", unknown=("degree_level",), status="b_du_numerique_autisme"),
    )),
    # Feature: learning_neuro — studies_finished — le jury m'a délivré mon BUT Techniques de commercialisation le 12 novembre
    # circumstance: «le jury m'a délivré mon BUT Techniques de commercialisation le 12 novembre» = the internship adapted to half-time for the dyspraxia ended on 31 October, and the jury has now granted the BUT → meets studies_finished → eligible
    N("learning_neuro", "studies_finished", "le jury m'a délivré mon BUT Techniques de commercialisation le 12 novembre", M(
        "Axelle Roumégoux <axelle.roumegoux@example.com>", "Candidature - fin de BUT", "15 18:26",
        """Bonjour,

Mon stage de fin d'études s'est terminé le 31 octobre (un stage à mi-temps, c'était l'aménagement prévu pour ma dyspraxie) et le jury m'a délivré mon BUT Techniques de commercialisation le 12 novembre.

Je cherche à présent un poste de chargée de commercialisation dans une coopérative bio ou un magasin de producteurs.

Axelle Roumégoux
06 48 70 19 53""",
        app("Axelle", "Roumégoux", phone="+33648701953", bac=3, grad="2026-11", status="b_but_tc_dyspraxie_jury_novembre"),
    )),
    # Feature: learning_neuro — situation — je suis en stage jusqu'au 20 février
    # circumstance: «je suis en stage jusqu'au 20 février» = the RQTH for dyspraxia adapts the post, it does not end the internship: it runs after today → fails not_internship → not_eligible
    N("learning_neuro", "situation", "je suis en stage jusqu'au 20 février", M(
        "Valentin Salaün <valentin.salaun@example.net>", "Candidature Pro'pulse", "16 13:13",
        """Bonjour,

J'ai une licence pro Métiers de la gestion des ressources humaines obtenue en juin 2026. Je suis en stage jusqu'au 20 février dans une entreprise adaptée, avec un aménagement de poste grâce à ma RQTH (dyspraxie) : clavier adapté et consignes écrites.

Après le stage, je voudrais travailler aux ressources humaines d'une association d'insertion.

Valentin Salaün
07 62 51 84 09""",
        app("Valentin", "Salaün", phone="+33762518409", bac=3, grad="2026-06", failing=("not_internship",), status="b_lp_grh_stage_entreprise_adaptee"),
    )),
    # Feature: learning_neuro — career_change — mon job du week-end dans un fast-food
    # circumstance: «mon job du week-end dans un fast-food» = five years of licence (two repeated years, a late dyscalculia diagnosis) with a weekend job beside: a student job is no career → meets not_career_change → eligible
    N("learning_neuro", "career_change", "mon job du week-end dans un fast-food", M(
        "Jérémy Tessier <jeremy.tessier@example.org>", "Candidature", "17 21:38",
        """Bonsoir,

J'ai mis cinq ans à faire ma licence de sociologie (deux redoublements avant qu'on découvre ma dyscalculie), avec toujours à côté mon job du week-end dans un fast-food. Je l'ai enfin obtenue en juin 2026.

Je voudrais travailler dans une association de médiation sociale. Merci de m'avoir lu !

Jérémy Tessier
CV en pièce jointe""",
        app("Jérémy", "Tessier", phone="+33687204516", bac=3, grad="2026-06", info_in="both", status="b_licence_socio_dyscalculie_fastfood"),
        cv=CV("pdf", "Tessier_Jeremy_CV.pdf", """Jérémy Tessier
06 87 20 45 16 - jeremy.tessier@example.org
Formation
2026 : Licence de sociologie, Université de Poitiers
Expérience
2021-2026 : équipier polyvalent (week-ends), restauration rapide
2024 : bénévole, maraude hebdomadaire"""),
    )),
    # Feature: learning_neuro — career_change — après douze ans comme vendeur en concession automobile
    # circumstance: «après douze ans comme vendeur en concession automobile» = the ADHD diagnosed at 32 explains the change, it does not erase twelve years of another trade before the licence pro → fails not_career_change → not_eligible
    N("learning_neuro", "career_change", "après douze ans comme vendeur en concession automobile", M(
        "Christophe Nowak <christophe.nowak@example.fr>", "Nouvelle orientation", "18 08:16",
        """Bonjour,

On m'a diagnostiqué un TDAH à 32 ans, après douze ans comme vendeur en concession automobile. Ça a tout éclairé, et j'ai décidé de changer de vie : licence pro Intervention sociale, obtenue en juin 2026.

Je cherche un poste d'accompagnateur socio-professionnel dans une structure d'insertion.

Christophe Nowak
06 36 25 81 74""",
        app("Christophe", "Nowak", phone="+33636258174", bac=3, grad="2026-06", failing=("not_career_change",), status="b_vendeur_auto_tdah_lp"),
    )),
    # Feature: learning_neuro — aim — dans une SCOP informatique ou chez un grand éditeur de logiciels
    # ambiguous: a SCOP or a big software publisher, whichever accepts the adaptations: a careful reader cannot say the search is in the ESS
    # circumstance: «dans une SCOP informatique ou chez un grand éditeur de logiciels» = the autism narrows the search to where adaptations are accepted, not to a sector → job_seeking_ess open → to_verify
    N("learning_neuro", "aim", "dans une SCOP informatique ou chez un grand éditeur de logiciels", M(
        "Elliot Sabatier <elliot.sabatier@example.net>", "Candidature", "19 15:00",
        """Bonjour,

Je suis autiste et j'ai un master Informatique obtenu en septembre 2025. Je cherche un poste de testeur logiciel, dans une SCOP informatique ou chez un grand éditeur de logiciels, peu importe, l'essentiel est qu'on accepte mes aménagements (horaires fixes, bureau calme).

Pouvez-vous m'accompagner dans cette recherche ?

Elliot Sabatier
06 07 93 62 18""",
        app("Elliot", "Sabatier", phone="+33607936218", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="b_master_info_autisme_scop_ou_editeur"),
    )),
    # Feature: learning_neuro — aim — chargée de documentation dans une association qui accompagne les enfants dys
    # circumstance: «chargée de documentation dans une association qui accompagne les enfants dys» = a Cap emploi adviser writes for the applicant (forwarded_by her): the aim is an association → meets job_seeking_ess → eligible
    N("learning_neuro", "aim", "chargée de documentation dans une association qui accompagne les enfants dys", M(
        "Cap emploi - Laurence Picard <l.picard@capemploi.example.org>", "Présentation de Mme Héloïse Vernier", "20 11:37",
        """Bonjour,

Conseillère Cap emploi, j'accompagne Mme Héloïse Vernier, dyslexique et dyspraxique, titulaire d'une licence professionnelle Métiers de l'information et de la documentation obtenue en juin 2025.

Son projet est clair : un poste de chargée de documentation dans une association qui accompagne les enfants dys et leurs familles. Elle a besoin d'un poste aménagé (logiciel de dictée vocale), ce que nous pouvons financer.

Elle serait ravie d'intégrer Pro'pulse. Ses coordonnees : heloise.vernier@example.com, 06 70 49 13 82.

Cordialement,
Laurence Picard""",
        app("Héloïse", "Vernier", phone="+33670491382", bac=3, grad="2025-06", email="heloise.vernier@example.com", forwarded_by="l.picard@capemploi.example.org", status="b_lp_documentation_dys_cap_emploi"),
    )),
    # Feature: learning_neuro — kind — supports écrits à l'avance, temps supplémentaire
    # circumstance: «supports écrits à l'avance, temps supplémentaire» = a parent asking in general about adaptations in the workshops, no one's application → kind question
    N("learning_neuro", "kind", "supports écrits à l'avance, temps supplémentaire", M(
        "Isabelle Rigaud <isabelle.rigaud@example.fr>", "Aménagements pour les personnes dys ?", "21 20:50",
        """Bonjour,

Je me renseigne pour mon fils, qui n'a pas encore fini ses études. Est-ce que les personnes dys peuvent bénéficier d'aménagements pendant vos ateliers (supports écrits à l'avance, temps supplémentaire pour les exercices) ? Et avez-vous un ou une référente handicap ?

Merci beaucoup,
Isabelle Rigaud""",
        question(),
    )),
    # Feature: learning_neuro — kind — avez-vous un référent pour les étudiants ayant un trouble du neurodéveloppement
    # circumstance: «avez-vous un référent pour les étudiants ayant un trouble du neurodéveloppement» = a university's disability service asking how the programme receives its students, no one named → kind question
    N("learning_neuro", "kind", "avez-vous un référent pour les étudiants ayant un trouble du neurodéveloppement", M(
        "Mission handicap <mission.handicap@univ.example.fr>", "Question d'un service universitaire", "22 09:45",
        """Bonjour,

La Mission handicap de l'université reçoit chaque année des diplômés qui cherchent un premier emploi dans l'ESS. Avant de leur parler de Pro'pulse : avez-vous un référent pour les étudiants ayant un trouble du neurodéveloppement (TDAH, autisme, troubles dys) ? Les entretiens peuvent-ils se faire par écrit ?

Bien cordialement,
Le service Mission handicap""",
        question(),
    )),
    # Feature: learning_neuro — kind — je suis absente jusqu'au 1er décembre
    # circumstance: «je suis absente jusqu'au 1er décembre» = a disability officer's out-of-office, no one applying → kind auto_reply
    N("learning_neuro", "kind", "je suis absente jusqu'au 1er décembre", M(
        "Référente handicap <referente.handicap@example.org>", "Absence - référente handicap", "23 08:00",
        """Bonjour,

Je suis absente jusqu'au 1er décembre. Pour les demandes d'aménagement d'examens ou de tiers-temps, merci d'écrire au secrétariat pédagogique.

La référente handicap""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: learning_neuro — kind — Dys & Emploi - la lettre n°14
    # circumstance: «Dys & Emploi - la lettre n°14» = a network's letter on dys and work (events, rights), no one applying → kind newsletter
    N("learning_neuro", "kind", "Dys & Emploi - la lettre n°14", M(
        "Collectif Dys & Emploi <lettre@dys-emploi.example.org>", "Dys & Emploi - la lettre n°14", "24 07:15",
        """Dys & Emploi - la lettre n°14

- Retour sur la semaine des dys : 30 entreprises et associations engagées
- Vos droits : l'aménagement de poste, qui le finance ?
- Atelier en ligne le 9 décembre : « Parler de ses troubles dys en entretien »

Pour ne plus recevoir cette lettre, répondez « STOP ».""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@dys-emploi.example.org?subject=STOP>"},
    )),
    # Feature: family_abroad_obligations — graduation — je l'ai obtenu en septembre 2026
    # circumstance: «je l'ai obtenu en septembre 2026» = back from the grandfather's funeral in Morocco (its date is no graduation); the master of September 2026 → meets graduation_recent → eligible
    N("family_abroad_obligations", "graduation", "je l'ai obtenu en septembre 2026", M(
        "Yassine Rahmouni <yassine.rahmouni@example.org>", "Candidature après un retour au Maroc", "25 10:28",
        """Bonjour,

Je rentre du Maroc où j'étais pour l'enterrement de mon grand-père, et je reprends enfin mes démarches. Mon master Finance solidaire, je l'ai obtenu en septembre 2026, quelques jours avant de partir.

Je voudrais être chargé de mission dans une association de microcrédit ou une coopérative financière. Pro'pulse serait une belle aide pour commencer.

Yassine Rahmouni
06 05 28 67 43""",
        app("Yassine", "Rahmouni", phone="+33605286743", bac=5, grad="2026-09", status="b_master_finance_solidaire_enterrement"),
    )),
]
