"""Stances corpus, batch 03 (writer A): Thursday 3 December 2026 until 12:59, every mail read on 2026-12-07.
Night and morning mail: equivalences awaited, internships ending before the holidays or not, a fact hedged
in seven or eight years, a correction that comes back to the first fact, dates half remembered, an APEC
consultant's opinion; an English question about degrees from abroad, a sick-leave auto-reply, a foundation's
job dating, a reply moving an interview, an association unsure whether to post, a tiers-lieux letter."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from stances import N

MESSAGES = [
    # Feature: hedged — studies_finished — normalement j'ai validé mon M2
    # ambiguous: the hedge lies on the fact itself: «normalement» validated, but the official results are not out and she only «thinks» it is fine: whether the master is obtained is not known on the reading day; studies_finished open
    # route: a night mail: an M1 held, the M2's results not yet published, a post in an environmental association sought → bac+4, graduation null, studies_finished open → to_verify
    N("hedged", "studies_finished", "normalement j'ai validé mon M2", M(
        "Héléna Papadopoulos <helena.papadopoulos@gmail.com>", "candidature (un peu tard le soir pardon)", "2026-12-03 00:35",
        """Bonsoir,

Normalement j'ai validé mon M2 Gestion de l'environnement (session de rattrapage en novembre, je pense que c'est bon, mais le relevé de notes n'est pas encore en ligne et la scolarité ne répond pas). Le M1, lui, est validé depuis 2025, ça c'est sûr.

Je cherche un poste de chargée de mission dans une association environnementale ou un parc naturel.

Bonne nuit,
Héléna Papadopoulos
06 38 72 15 46""",
        app("Héléna", "Papadopoulos", phone="+33638721546", bac=4, grad=None, unknown=("studies_finished",), status="helena_m2_normalement_valide"),
    )),
    # Feature: stance_other_mail — kind — La gazette des tiers-lieux
    # route: a network of tiers-lieux's December newsletter (List-Unsubscribe, Precedence bulk): its calls and offers are nobody's application → newsletter
    N("stance_other_mail", "kind", "La gazette des tiers-lieux", M(
        "Réseau Tiers-Lieux Occitanie <gazette@tierslieux-occitanie.example.org>", "La gazette des tiers-lieux - décembre", "2026-12-03 05:00",
        """La gazette des tiers-lieux - décembre 2026

Ce mois-ci : trois nouveaux lieux rejoignent le réseau (Figeac, Lodève, Pamiers) et l'appel à projets « Fabriques de territoire » rouvre le 15 janvier.

Ils recrutent
- Coordinateur·rice de tiers-lieu rural, association, Lot, CDI (profil jeune diplômé·e bienvenu)
- Fabmanager, SCIC, Montpellier, CDD 12 mois

Pour ne plus recevoir la gazette : https://tierslieux-occitanie.example.org/gazette/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://tierslieux-occitanie.example.org/gazette/stop>", "Precedence": "bulk"},
    )),
    # Feature: remembered_vaguely — graduation — il y a deux ans, à peu près, en fin d'année
    # ambiguous: «il y a deux ans, à peu près, en fin d'année» from December 2026 is around December 2024, on both sides of the two-year limit (2024-11 fails, 2024-12 meets): only the year 2024 is settled; graduation_recent open
    # route: an early mail: a licence pro dated only by that memory, a post in a repair café network sought → bac+3 of 2024, graduation_recent open → to_verify
    N("remembered_vaguely", "graduation", "il y a deux ans, à peu près, en fin d'année", M(
        "Aurèle Diatta <aurele.diatta@laposte.net>", "Candidature Pro'pulse", "2026-12-03 06:50",
        """Bonjour,

J'ai eu ma licence pro Métiers de l'électricité il y a deux ans, à peu près, en fin d'année (c'était une promo en alternance qui finissait tard), et depuis je répare des vélos et de l'électroménager un peu partout.

J'aimerais travailler dans un réseau de repair cafés ou une ressourcerie, en animation d'atelier.

Aurèle Diatta
07 27 83 46 10""",
        app("Aurèle", "Diatta", phone="+33727834610", bac=3, grad="2024", unknown=("graduation_recent",), status="aurele_il_y_a_deux_ans_environ"),
    )),
    # Feature: plain_fact — aim — un poste d'assistante de direction
    # route: the second paragraph: a licence pro of June 2026 said plainly, «un poste d'assistante de direction» sought with no employer, sector nor ESS named → bac+3 of 2026-06, job_seeking_ess open → to_verify
    N("plain_fact", "aim", "un poste d'assistante de direction", M(
        "Fanny Lacombe-Oyelaran <fanny.lacombe@gmail.com>", "Candidature", "2026-12-03 07:15",
        """Bonjour,

J'ai obtenu en juin 2026 une licence professionnelle Assistant manager à l'IUT de Tours.

Je recherche un poste d'assistante de direction, en CDI de préférence, sur Tours ou Orléans.

Cordialement,
Fanny Lacombe-Oyelaran
06 91 47 25 83""",
        app("Fanny", "Lacombe-Oyelaran", phone="+33691472583", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="fanny_assistante_de_direction"),
    )),
    # Feature: hedged — career_change — pendant, je crois, sept ou huit ans
    # route: the first paragraph: a career of commerciale «pendant, je crois, sept ou huit ans», hedged on the length only (every length it allows is a career in another trade), then a DU of 2026, an ESS post sought → bac+3 of 2026-06, not_career_change fails → not_eligible
    N("hedged", "career_change", "pendant, je crois, sept ou huit ans", M(
        "Sandrine Oberlin <sandrine.oberlin@orange.fr>", "Reconversion dans l'ESS", "2026-12-03 07:40",
        """Bonjour,

J'ai été commerciale dans l'agroalimentaire pendant, je crois, sept ou huit ans (je ne compte plus, c'était entre 2016 et 2024), après une licence de gestion. J'ai repris cette année un DU Entrepreneuriat social, obtenu en juin 2026.

Je souhaite maintenant travailler dans une coopérative ou une entreprise de l'ESS, sur le développement commercial.

Bien cordialement,
Sandrine Oberlin
06 55 27 84 19""",
        app("Sandrine", "Oberlin", phone="+33655278419", bac=3, grad="2026-06", failing=("not_career_change",), status="sandrine_sept_ou_huit_ans"),
    )),
    # Feature: stance_other_mail — kind — Is a degree from abroad accepted
    # route: an English question about foreign degrees in general, no degree or date of the writer's own told → question
    N("stance_other_mail", "kind", "Is a degree from abroad accepted", M(
        "Priya Raman <priya.raman.fr@gmail.com>", "Question about eligibility", "2026-12-03 08:05",
        """Hello,

Is a degree from abroad accepted for Pro'pulse, or does it have to be a French diploma? And does it need an official equivalence before applying, or can that come later?

Thank you for your help!""",
        question(language="en"),
    )),
    # Feature: pending_result — level — un BTS obtenu en France en juin 2025
    # route: the second paragraph: the equivalence of a Colombian diploma still pending, but «un BTS obtenu en France en juin 2025» gives the level anyway; a fair-trade cooperative sought → bac+2 of 2025-06 → eligible
    N("pending_result", "level", "un BTS obtenu en France en juin 2025", M(
        "Valentina Arboleda <valentina.arboleda@gmail.com>", "Candidatura / Candidature", "2026-12-03 08:30",
        """Bonjour,

Je suis colombienne, j'ai fait des études d'administration à Medellín et ma demande d'équivalence est en cours depuis septembre, sans réponse pour l'instant.

Mais j'ai aussi un BTS obtenu en France en juin 2025 (Commerce international, lycée Jean-Lurçat à Perpignan), donc je pense que j'ai au moins ce niveau-là.

Je voudrais travailler dans une coopérative de commerce équitable, sur les relations avec les producteurs d'Amérique latine.

Valentina Arboleda
07 82 14 63 50""",
        app("Valentina", "Arboleda", phone="+33782146350", bac=2, grad="2025-06", status="valentina_equivalence_et_bts"),
    )),
    # Feature: self_misjudged — career_change — un an chez Decathlon
    # route: the body and a DOCX CV: he fears being «en reconversion» after «un an chez Decathlon», a first job after a licence of 2025 (no career in another trade), an association sought → bac+3 of 2025 → eligible
    N("self_misjudged", "career_change", "un an chez Decathlon", M(
        "Nathanaël Obiang <nathanael.obiang@gmail.com>", "Candidature - pas sûr d'être éligible", "2026-12-03 08:55",
        """Bonjour,

Je crains d'être considéré comme « en reconversion » : après ma licence STAPS Management du sport (2025), j'ai bossé un an chez Decathlon comme vendeur, c'était mon premier vrai job. Je l'ai quitté en octobre.

Ce que je veux vraiment, c'est travailler dans une association sportive ou d'insertion par le sport. CV joint.

Nathanaël Obiang""",
        app("Nathanaël", "Obiang", phone="+33674201539", bac=3, grad="2025", status="nathanael_un_an_decathlon"),
        cv=CV("docx", "Nathanael_Obiang_CV.docx", """Nathanaël Obiang
Rennes - 06 74 20 15 39 - nathanael.obiang@gmail.com
Formation
Licence STAPS Management du sport - Université Rennes 2 - 2025
Expériences
Vendeur, magasin d'articles de sport - septembre 2025 - octobre 2026
Éducateur sportif bénévole, club de basket de quartier - depuis 2021
BAFA"""),
    )),
    # Feature: self_misjudged — studies_finished — j'ai fait une pause dans mon M2
    # route: the first paragraph: she counts herself free because «j'ai fait une pause dans mon M2», but the M2 is not obtained nor given up (she means to go back in September): studies not finished, an M1 held → bac+4, graduation null, studies_finished fails → not_eligible
    N("self_misjudged", "studies_finished", "j'ai fait une pause dans mon M2", M(
        "Roxane Delattre <roxane.delattre@gmail.com>", "Pro'pulse", "2026-12-03 09:20",
        """Bonjour,

Je pense pouvoir candidater puisque je ne suis plus vraiment étudiante : j'ai fait une pause dans mon M2 (épuisement), je le reprendrai sans doute en septembre prochain pour finir. J'ai le M1 de sciences de l'éducation.

D'ici là j'aimerais travailler dans une association d'éducation populaire.

Roxane
06 26 90 31 75""",
        app("Roxane", "Delattre", phone="+33626903175", bac=4, grad=None, failing=("studies_finished",), status="roxane_pause_m2"),
    )),
    # Feature: self_question — level — est-ce qu'un DE de moniteur-éducateur suffit
    # route: the first line: «est-ce qu'un DE de moniteur-éducateur suffit ?» — a niveau 4 diploma (the bac's level) of June 2026 as her highest → bac+0, degree_level fails → not_eligible
    N("self_question", "level", "est-ce qu'un DE de moniteur-éducateur suffit", M(
        "Mélodie Garnier-Sow <melodie.garniersow@hotmail.fr>", "question + candidature", "2026-12-03 09:45",
        """Bonjour, est-ce qu'un DE de moniteur-éducateur suffit ? Je l'ai eu en juin 2026, c'est mon diplôme le plus haut (avant j'avais un bac ST2S).

Je cherche un poste de monitrice-éducatrice dans une association du handicap ou de protection de l'enfance, dans le Nord.

Mélodie Garnier-Sow
07 47 19 62 38""",
        app("Mélodie", "Garnier-Sow", phone="+33747196238", bac=0, grad="2026-06", failing=("degree_level",), status="melodie_de_moniteur_educateur"),
    )),
    # Feature: stance_other_mail — kind — en arrêt maladie jusqu'au 18 décembre
    # route: a partner's sick-leave out-of-office (Auto-Submitted) answering our mail → auto_reply
    N("stance_other_mail", "kind", "en arrêt maladie jusqu'au 18 décembre", M(
        "Grégoire Fontanel <g.fontanel@fol-ardeche.example.org>", "Absence : Pro'pulse - intervention en janvier", "2026-12-03 10:00",
        """Bonjour,

Je suis en arrêt maladie jusqu'au 18 décembre. Votre message ne sera pas transféré.

Pour les questions relatives aux volontaires et aux formations civiques, contactez vie-associative@fol-ardeche.example.org.

Grégoire Fontanel""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: self_question — situation — je commence un service civique le 4 janvier
    # route: the first paragraph: a licence of July 2026 and a civic service that begins «le 4 janvier» (after the reading day: not yet a situation), asked about; an association sought → bac+3 of 2026-07 → eligible
    N("self_question", "situation", "je commence un service civique le 4 janvier", M(
        "Timéo Andriamanjato <timeo.andriam@gmail.com>", "est-ce compatible ?", "2026-12-03 10:25",
        """Bonjour,

Je commence un service civique le 4 janvier (huit mois dans une association de lutte contre le gaspillage alimentaire). Est-ce que je peux candidater alors que ça n'a pas encore commencé ? Ou vous préférez que j'attende la fin ?

J'ai une licence de géographie validée en juillet 2026. À terme je veux travailler dans une asso environnementale.

Timéo
06 48 25 79 31""",
        app("Timéo", "Andriamanjato", phone="+33648257931", bac=3, grad="2026-07", status="timeo_sc_commence_4_janvier"),
    )),
    # Feature: corrected — graduation — je corrige : novembre 2024
    # route: the first paragraph, corrected: «décembre 2024», then «je corrige : novembre 2024» (the 28th): 25 months before December 2026; an association sought → bac+3 of 2024-11, graduation_recent fails → not_eligible
    N("corrected", "graduation", "je corrige : novembre 2024", M(
        "Abdoulaye Cissé-Martin <abdoulaye.cisse.martin@gmail.com>", "Candidature Pro'pulse", "2026-12-03 10:55",
        """Bonjour,

Je suis diplômé d'un DE d'éducateur technique spécialisé depuis décembre 2024 — je corrige : novembre 2024, le jury était le 28 novembre, j'ai reçu le papier en décembre, d'où la confusion.

Je cherche un poste d'éducateur technique dans un ESAT ou une entreprise adaptée associative.

Abdoulaye Cissé-Martin
06 81 43 27 65""",
        app("Abdoulaye", "Cissé-Martin", phone="+33681432765", bac=3, grad="2024-11", failing=("graduation_recent",), status="abdoulaye_decembre_corrige_novembre"),
    )),
    # Feature: corrected — situation — il va bien jusqu'au 15 décembre
    # route: the second paragraph: the internship ends on 15 December, «enfin non» 30 November, then «ah non pardon» back to the first fact, «il va bien jusqu'au 15 décembre» (after the reading day): the last correction wins → bac+3 of 2026-06, not_internship fails → not_eligible
    N("corrected", "situation", "il va bien jusqu'au 15 décembre", M(
        "Clémentine Ruelle <clementine.ruelle@free.fr>", "candidature pour après mon stage", "2026-12-03 11:20",
        """Bonjour,

J'ai une licence de LEA (juin 2026) et je fais un stage dans une ONG de commerce équitable à Lyon.

Mon stage finit le 15 décembre. Enfin non, il devait être écourté au 30 novembre parce que ma tutrice part… Ah non pardon, ça c'était la première proposition, finalement il va bien jusqu'au 15 décembre, on a gardé la date de la convention.

Je cherche un emploi dans une ONG ou une coopérative à partir de janvier.

Clémentine Ruelle
07 31 64 52 89""",
        app("Clémentine", "Ruelle", phone="+33731645289", bac=3, grad="2026-06", failing=("not_internship",), status="clementine_stage_15_decembre_finalement"),
    )),
    # Feature: remembered_vaguely — graduation — en 2022 ou 2023, je ne sais plus
    # route: the first paragraph: a DUT «en 2022 ou 2023, je ne sais plus»: either year is more than two years before December 2026, so both fail; an association sought → bac+2, graduation null, graduation_recent fails → not_eligible
    N("remembered_vaguely", "graduation", "en 2022 ou 2023, je ne sais plus", M(
        "Quentin Labarthe <quentin.labarthe@gmail.com>", "Demande d'accompagnement", "2026-12-03 11:40",
        """Bonjour,

J'ai un DUT Gestion logistique et transport, obtenu en 2022 ou 2023, je ne sais plus (j'ai fait une année de césure au milieu). Depuis je suis chauffeur-livreur.

Je voudrais me tourner vers la logistique solidaire : banques alimentaires, Emmaüs, plateformes de dons.

Quentin Labarthe
06 14 72 38 95""",
        app("Quentin", "Labarthe", phone="+33614723895", bac=2, grad=None, failing=("graduation_recent",), status="quentin_2022_ou_2023"),
    )),
    # Feature: stance_other_mail — kind — Job dating de l'ESS
    # route: a foundation invites us and our participants to a job dating in January, no applicant presented → other
    N("stance_other_mail", "kind", "Job dating de l'ESS", M(
        "Fondation Avenir Solidaire <evenements@fondation-avenirsolidaire.example.org>", "Invitation - Job dating de l'ESS, 21 janvier", "2026-12-03 11:50",
        """Bonjour,

La Fondation Avenir Solidaire organise son Job dating de l'ESS le jeudi 21 janvier 2027 à Lyon : 40 employeurs (associations, Scop, mutuelles), 300 candidat·es attendu·es, entretiens de 10 minutes.

Nous serions heureux d'y accueillir les participant·es de Pro'pulse. Inscription des candidat·es : https://fondation-avenirsolidaire.example.org/jobdating

Bien cordialement,
Le pôle événements""",
        other(),
    )),
    # Feature: someone_judged — career_change — ce n'est pas une reconversion
    # route: an APEC consultant writes for Étienne (his address in the body) and judges «ce n'est pas une reconversion», but the facts told are six years as an automotive engineer, then a master of ESS management in September 2026 → referral; bac+5 of 2026-09, not_career_change fails → not_eligible
    N("someone_judged", "career_change", "ce n'est pas une reconversion", M(
        "Murielle Chastang <m.chastang@apec-consult.example.fr>", "Présentation d'un candidat - Étienne Goudreau", "2026-12-03 12:05",
        """Bonjour,

Je vous présente Étienne Goudreau, que j'accompagne depuis l'été. Ingénieur de formation, il a travaillé six ans dans l'automobile (méthodes, puis qualité), puis il a repris un master Management de l'ESS, obtenu en septembre 2026.

À mon sens ce n'est pas une reconversion mais un approfondissement : il garde un métier d'ingénieur, qu'il veut exercer dans une coopérative industrielle ou une entreprise adaptée.

Ses coordonnées : etienne.goudreau@gmail.com, 06 72 39 15 48.

Murielle Chastang
Consultante""",
        app("Étienne", "Goudreau", phone="+33672391548", bac=5, grad="2026-09", failing=("not_career_change",), email="etienne.goudreau@gmail.com", forwarded_by="m.chastang@apec-consult.example.fr", status="etienne_pas_une_reconversion_selon_apec"),
    )),
    # Feature: understated — graduation — rien de fou, une licence, obtenue l'an dernier
    # route: an HTML-only mail: «rien de fou, une licence, obtenue l'an dernier» (2025 from December 2026), a post in an association of access to rights sought → bac+3 of 2025 → eligible
    N("understated", "graduation", "rien de fou, une licence, obtenue l'an dernier", M(
        "Lisa-Marie Okonjo <lisamarie.okonjo@gmail.com>", "Candidature", "2026-12-03 12:15",
        """Bonjour,

Côté diplôme, rien de fou, une licence, obtenue l'an dernier (droit, à Nanterre). Depuis je fais des permanences bénévoles dans un point d'accès au droit.

J'aimerais en faire mon métier : juriste ou chargée d'accueil dans une association d'accès aux droits.

Lisa-Marie Okonjo
06 07 84 23 59""",
        app("Lisa-Marie", "Okonjo", phone="+33607842359", bac=3, grad="2025", status="lisamarie_rien_de_fou"),
        html="only",
    )),
    # Feature: understated — studies_finished — il ne me manque que les résultats du jury de janvier
    # ambiguous: «quasi diplômée», every exam of the DEEJE taken, «il ne me manque que les résultats du jury de janvier»: whether the diploma is obtained is not known on the reading day; studies_finished open
    # route: the first paragraph: a DE d'éducatrice de jeunes enfants awaiting its jury, no other level told, a crèche associative sought → bac unknown, graduation null, studies_finished open → to_verify
    N("understated", "studies_finished", "il ne me manque que les résultats du jury de janvier", M(
        "Jihane Ait-Kaci <jihane.aitkaci@gmail.com>", "Candidature EJE", "2026-12-03 12:25",
        """Bonjour,

Je suis quasi diplômée : DE d'éducatrice de jeunes enfants, toutes les épreuves passées, il ne me manque que les résultats du jury de janvier.

Je voudrais travailler dans une crèche associative ou parentale, sur Toulouse.

Jihane Ait-Kaci
07 52 96 14 38""",
        app("Jihane", "Ait-Kaci", phone="+33752961438", bac="*", grad=None, unknown=("studies_finished",), status="jihane_quasi_diplomee"),
    )),
    # Feature: contradicted — level — BTS Support à l'action managériale - 2024-2026 (non validé)
    # ambiguous: the body says «j'ai mon BTS SAM», the attached CV «BTS Support à l'action managériale - 2024-2026 (non validé)», and nothing says which is right: with the BTS she is bac+2, without it she holds only the bac; degree_level open
    # route: the body against a PDF CV: a BTS obtained in one, not validated in the other, a post of assistante in a mutuelle sought → bac null, graduation null, degree_level open → to_verify
    N("contradicted", "level", "BTS Support à l'action managériale - 2024-2026 (non validé)", M(
        "Yasmine Belhadj-Corre <yasmine.belhadjcorre@outlook.fr>", "Candidature assistante", "2026-12-03 12:35",
        """Bonjour,

J'ai mon BTS SAM et je cherche un poste d'assistante administrative dans une mutuelle ou une association. Je suis disponible immédiatement.

Je vous joins mon CV.

Yasmine Belhadj-Corre
06 39 81 57 24""",
        app("Yasmine", "Belhadj-Corre", phone="+33639815724", bac=None, grad=None, unknown=("degree_level",), status="yasmine_bts_valide_ou_non"),
        cv=CV("pdf", "CV_Yasmine_Belhadj-Corre.pdf", """Yasmine Belhadj-Corre
Metz - 06 39 81 57 24 - yasmine.belhadjcorre@outlook.fr
Formation
BTS Support à l'action managériale - 2024-2026 (non validé)
Baccalauréat STMG - 2024
Expériences
Stage d'assistante, mutuelle de santé - janvier - février 2026
Hôtesse d'accueil (week-ends) - depuis 2024"""),
    )),
    # Feature: contradicted — studies_finished — mémoire à rendre en juin
    # route: the second paragraph resolves the first: «je ne suis plus étudiante», then «techniquement encore inscrite», her M2's «mémoire à rendre en juin» (ahead): studies not finished, an M1 held → bac+4, graduation null, studies_finished fails → not_eligible
    N("contradicted", "studies_finished", "mémoire à rendre en juin", M(
        "Ophélie Rasolofo <ophelie.rasolofo@gmail.com>", "candidature Pro'pulse", "2026-12-03 12:42",
        """Bonjour,

Je ne suis plus étudiante et je cherche un poste de coordinatrice dans une association d'aide aux devoirs ou d'éducation populaire.

Enfin, pour être exacte : je suis techniquement encore inscrite en M2 (sciences de l'éducation), avec un mémoire à rendre en juin, mais je n'ai plus de cours. J'ai mon M1.

Ophélie Rasolofo
07 63 28 40 19""",
        app("Ophélie", "Rasolofo", phone="+33763284019", bac=4, grad=None, failing=("studies_finished",), status="ophelie_plus_etudiante_mais_inscrite"),
    )),
    # Feature: stance_other_mail — kind — pouvons-nous décaler au lundi 14
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our proposal quoted) moving an interview → reply
    N("stance_other_mail", "kind", "pouvons-nous décaler au lundi 14", M(
        "Wassim Haddouche <wassim.haddouche@gmail.com>", "RE: Pro'pulse - votre entretien du 8 décembre", "2026-12-03 12:46",
        """Bonjour,

J'ai un empêchement mardi 8 (entretien d'embauche !), pouvons-nous décaler au lundi 14, à n'importe quelle heure ?

Merci et désolé,
Wassim

De : Pro'pulse <propulse@animafac.net>
Envoyé : vendredi 27 novembre 2026 11:40
Objet : Pro'pulse - votre entretien du 8 décembre

> Bonjour Wassim,
> Nous vous confirmons votre entretien d'accueil le mardi 8 décembre à 11h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-11-27-0064@animafac.net>"},
    )),
    # Feature: stance_other_mail — kind — est-ce que ça vaut le coup de la publier chez vous
    # route: an association unsure whether to post its six-month CDD through the programme, no applicant → other
    N("stance_other_mail", "kind", "est-ce que ça vaut le coup de la publier chez vous", M(
        "Association Les Jardins de Cocagne du Vexin <direction@jardins-vexin.example.org>", "Offre CDD 6 mois", "2026-12-03 12:50",
        """Bonjour,

Nous avons un CDD de six mois d'encadrant·e technique maraîchage à pourvoir en mars. Comme c'est court, on hésite : est-ce que ça vaut le coup de la publier chez vous, ou vos participant·es cherchent-ils seulement des postes longs ?

Merci de votre avis,
Hervé Lussac, directeur""",
        other(),
    )),
    # Feature: english_stance — graduation — sorry, I meant 2025
    # route: an English mail and a PDF CV: «I graduated in 2023», then «sorry, I meant 2025» (2023 was her A-levels): the corrected year wins; a three-year BSc, a job in a food cooperative sought → bac+3 of 2025 → eligible
    N("english_stance", "graduation", "sorry, I meant 2025", M(
        "Imogen Fairweather <imogen.fairweather@gmail.com>", "Application - Imogen Fairweather", "2026-12-03 12:53",
        """Hello,

I graduated in 2023 with a BSc in Environmental Science from the University of Exeter (three years) - sorry, I meant 2025, 2023 was my A-levels! It's late and I've been filling in forms all day.

I moved to Nantes in the spring and I'd love to work for a food cooperative or an urban farming association. My CV is attached.

Best,
Imogen""",
        app("Imogen", "Fairweather", phone="+33767351420", bac=3, grad="2025", language="en", status="imogen_sorry_i_meant_2025"),
        cv=CV("pdf", "Imogen_Fairweather_CV.pdf", """Imogen Fairweather
Nantes - 07 67 35 14 20 - imogen.fairweather@gmail.com
Education
BSc Environmental Science - University of Exeter - 2022-2025
Experience
Volunteer, community garden, Nantes - since April 2026
Barista - 2023-2025
Languages: English (native), French (B2)"""),
    )),
    # Feature: english_stance — studies_finished — the exam board meets on the 16th
    # ambiguous: every exam taken, «the exam board meets on the 16th» of December, after the reading day: whether the MA is awarded is not known; studies_finished open
    # route: an English mail: a one-year MA after a French licence (held), its award awaited, a post in a migrants' rights association sought → bac+3, graduation null, studies_finished open → to_verify
    N("english_stance", "studies_finished", "the exam board meets on the 16th", M(
        "Samuel Adeyemi-Roche <samuel.adeyemiroche@gmail.com>", "Pro'pulse - application (results pending)", "2026-12-03 12:57",
        """Good afternoon,

I'm bilingual (French mother, Nigerian father) and I've just finished a one-year MA in Migration Studies at the University of Sussex, after a licence in sociology in Paris. All my exams and my dissertation are in; the exam board meets on the 16th, so my degree should be conferred in December, I think.

I'm looking for a job in a migrants' rights association in Paris.

Samuel Adeyemi-Roche
06 22 58 47 93""",
        app("Samuel", "Adeyemi-Roche", phone="+33622584793", bac=3, grad=None, unknown=("studies_finished",), language="en", status="samuel_exam_board_16th"),
    )),
]
