# ruff: noqa: E501
"""Batch 4 — hypothetical and conditional: «si j'obtiens…», «au cas où…», “if I don't…”; a condition does
not make a fact, the facts around it decide."""

from discourse import D
from kit import CV, M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Discourse: hypothetical — studies — «si j'obtiens mon M2 en juin»: still studying
    D("hypothetical", "studies", M(
        frm="Margaux Pichon <margaux.pichon@example.org>",
        subject="Candidature anticipée",
        date="02 12:20",
        body="""Bonjour,

Si j'obtiens mon M2 Économie sociale et solidaire en juin prochain, j'aimerais intégrer votre programme pour trouver un poste dans une coopérative. J'ai déjà une licence d'économie (juin 2025).

Margaux Pichon
06 48 31 72 05""",
        truth=app("Margaux", "Pichon", phone="+33648317205", bac=3, grad="2025-06", failing=("studies_finished",), status="si_jobtiens_m2_juin"),
    )),
    # Discourse: hypothetical — service_civique — «au cas où ma mission serait prolongée»: it runs until 15 December anyway
    D("hypothetical", "service_civique", M(
        frm="Arthur Lecomte <arthur.lecomte@example.net>",
        subject="Pro'pulse",
        date="03 10:35",
        body="""Bonjour,

Je suis en service civique dans une association de quartier jusqu'au 15 décembre, et au cas où ma mission serait prolongée, je vous préviendrai. Licence de sciences sociales, juin 2026. Je voudrais ensuite un emploi dans l'associatif.

Arthur Lecomte
07 26 53 18 40""",
        truth=app("Arthur", "Lecomte", phone="+33726531840", bac=3, grad="2026-06", failing=("not_service_civique",), status="au_cas_ou_mission_prolongee"),
    )),
    # Discourse: hypothetical — ess_aim — "if I don't find anything, I'll go back to retail": the aim now is the ESS
    D("hypothetical", "ess_aim", M(
        frm="Priya Venkatesh <priya.venkatesh@example.com>",
        subject="Application - Pro'pulse",
        date="04 15:10",
        body="""Hello,

I finished my Master's in Sustainable Development at Université Paris-Saclay in September 2026. I'm looking for a job in an environmental association or a cooperative; if I don't find anything by spring, I suppose I'll go back to retail, but that's not the plan.

Priya Venkatesh
+33 6 84 27 15 93""",
        truth=app("Priya", "Venkatesh", phone="+33684271593", bac=5, grad="2026-09", language="en", status="en_if_i_dont_find_retail"),
    )),
    # Discourse: hypothetical — level — «si mon BTS compte comme un bac+2»: it does
    D("hypothetical", "level", M(
        frm="Dylan Carré <dylan.carre@example.org>",
        subject="candidature",
        date="05 21:15",
        body="""Bonsoir, si mon BTS compte comme un bac+2 (BTS Tourisme, juin 2026), je voudrais m'inscrire, je cherche un emploi dans une association de tourisme social. Dylan Carré 06 97 04 31 25""",
        truth=app("Dylan", "Carré", phone="+33697043125", bac=2, grad="2026-06", status="si_bts_compte_bac2"),
    )),
    # Discourse: hypothetical — studies — «si le jury valide mon rattrapage»: the results are awaited
    D("hypothetical", "studies", M(
        frm="Salomé Briand <salome.briand@example.net>",
        subject="Candidature Pro'pulse",
        date="06 09:40",
        body="""Bonjour,

J'ai passé en novembre le rattrapage de la dernière UE de ma licence d'AES ; si le jury le valide, je serai diplômée ce mois-ci. J'ai un DEUG validé en 2025. Je cherche un emploi dans une association d'accès aux droits.

Salomé Briand
06 62 40 19 73""",
        truth=app("Salomé", "Briand", phone="+33662401973", bac=2, grad="2025", unknown=("studies_finished",), status="si_jury_valide_rattrapage"),
    )),
    # Discourse: hypothetical — service_civique — «si je n'ai rien en janvier, je ferai un service civique»: a plan, not current
    D("hypothetical", "service_civique", M(
        frm="Noé Vidal <noe.vidal@example.com>",
        subject="candidature",
        date="07 18:02",
        body="""Bonjour,

Diplômé d'un BUT Gestion des entreprises et des administrations en juin 2026. Je cherche un poste de gestionnaire dans une association ; si je n'ai rien trouvé en janvier, je ferai peut-être un service civique, mais je préfère un vrai emploi.

Noé Vidal
07 39 81 25 64""",
        truth=app("Noé", "Vidal", phone="+33739812564", bac=3, grad="2026-06", status="si_rien_en_janvier_sc"),
    )),
    # Discourse: hypothetical — career_change — «si vous acceptez les reconversions»: eight years an accountant
    D("hypothetical", "career_change", M(
        frm="Stéphane Collin <stephane.collin@example.net>",
        subject="Candidature",
        date="08 11:25",
        body="""Bonjour,

Si vous acceptez les reconversions, voici la mienne : huit ans d'expert-comptable en cabinet, puis un master ESS obtenu en juin 2026. Je cherche un poste de directeur financier dans une association.

Stéphane Collin
06 28 71 43 90""",
        truth=app("Stéphane", "Collin", phone="+33628714390", bac=5, grad="2026-06", failing=("not_career_change",), status="si_vous_acceptez_reconversions"),
    )),
    # Discourse: hypothetical — date — «si je compte bien, ça fait deux ans et demi»: outside
    D("hypothetical", "date", M(
        frm="Émilie Barbier <emilie.barbier@example.org>",
        subject="Pro'pulse - demande",
        date="09 14:30",
        body="""Bonjour,

Si je compte bien, ça fait deux ans et demi que j'ai eu ma licence de lettres. Depuis j'ai fait de l'aide aux devoirs et je voudrais un poste dans une association d'alphabétisation.

Émilie Barbier
07 52 36 80 17""",
        truth=app("Émilie", "Barbier", phone="+33752368017", bac=3, grad="2024-05", failing=("graduation_recent",), status="si_je_compte_bien_deux_ans_et_demi"),
    )),
    # Discourse: hypothetical — internship — «au cas où ça compterait, j'ai fait un stage cet été», over
    D("hypothetical", "internship", M(
        frm="Léo Bertrand <leo.bertrand@example.com>",
        subject="Candidature",
        date="10 16:48",
        body="""Bonjour,

Master en sciences politiques, juillet 2026. Au cas où ça compterait, j'ai fait un stage cet été dans une fondation, terminé fin août. Je cherche un emploi de chargé de plaidoyer dans une association.

Léo Bertrand
06 93 52 04 18""",
        truth=app("Léo", "Bertrand", phone="+33693520418", bac=5, grad="2026-07", status="au_cas_ou_stage_ete_fini"),
    )),
    # Discourse: hypothetical — ess_aim — «si je ne trouve pas dans l'ESS, le privé classique» as much as the ESS: open
    D("hypothetical", "ess_aim", M(
        frm="Benoît Gauthier <benoit.gauthier@example.net>",
        subject="candidature",
        date="11 12:15",
        body="""Bonjour,

Licence pro logistique en juin 2026. Je postule dans l'ESS et, si ça ne marche pas, dans le privé classique ; je n'ai pas de préférence pour l'instant, je veux juste un emploi stable.

Benoît Gauthier
06 07 45 93 21""",
        truth=app("Benoît", "Gauthier", phone="+33607459321", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="si_pas_ess_prive_sans_preference"),
    )),
    # Discourse: hypothetical — date — «si ma mémoire est bonne, c'était en 2024»: a year alone, open
    D("hypothetical", "date", M(
        frm="Laëtitia Marin <laetitia.marin@example.org>",
        subject="Candidature Pro'pulse",
        date="12 19:30",
        body="""Bonjour,

J'ai mon BTS Comptabilité et gestion, si ma mémoire est bonne en 2024. Je cherche un poste d'assistante comptable dans une coopérative.

Laëtitia Marin
07 84 13 60 52""",
        truth=app("Laëtitia", "Marin", phone="+33784136052", bac=2, grad="2024", unknown=("graduation_recent",), status="si_memoire_bonne_2024"),
    )),
    # Discourse: hypothetical — internship — «au cas où on me proposerait de prolonger»: in a stage now, the condition changes nothing
    D("hypothetical", "internship", M(
        frm="Mathis Renard <mathis.renard@example.com>",
        subject="candidature",
        date="13 09:55",
        body="""Bonjour, licence pro animation en juin 2026. Je suis actuellement en stage dans une MJC ; au cas où on me proposerait de le prolonger, je refuserai, je veux un emploi dans une asso. Mathis 06 14 88 52 30""",
        truth=app("Mathis", "Renard", phone="+33614885230", bac=3, grad="2026-06", failing=("not_internship",), status="au_cas_ou_prolonger_stage_actuel"),
    )),
    # Discourse: hypothetical — level — a CV; «à supposer que le titre soit reconnu»: RNCP level 5, bac+2
    D("hypothetical", "level", M(
        frm="Fatou Ndiaye <fatou.ndiaye@example.org>",
        subject="Candidature avec CV",
        date="16 10:30",
        body="""Bonjour,

À supposer que mon titre soit bien reconnu par votre programme, voici mon CV.

Fatou Ndiaye""",
        cv=CV("odt", "CV_Fatou_Ndiaye.odt", """Fatou NDIAYE
06 20 57 34 81
FORMATION
Septembre 2026 - Titre professionnel Gestionnaire de paie (RNCP niveau 5)
EXPÉRIENCE
Jobs d'été en animation, 2023 à 2025
PROJET
Gestionnaire de paie dans une association ou une mutuelle"""),
        truth=app("Fatou", "Ndiaye", phone="+33620573481", bac=2, grad="2026-09", info_in="cv", status="a_supposer_titre_rncp5_cv"),
    )),
    # Discourse: hypothetical — career_change — "if working before counts": three years before the studies, unstated field
    D("hypothetical", "career_change", M(
        frm="Daniel Wiśniewski <daniel.wisniewski@example.com>",
        subject="Application",
        date="17 13:05",
        body="""Hello,

In case it matters, I worked for a few years before going back to university; I got my Master's in Social Economy at Université Lyon 2 in June 2026. I'm looking for a job in a French cooperative.

Daniel Wiśniewski
+33 7 61 48 20 35""",
        truth=app("Daniel", "Wiśniewski", phone="+33761482035", bac=5, grad="2026-06", unknown=("not_career_change",), language="en", status="en_in_case_worked_before"),
    )),
    # Discourse: hypothetical — kind — a question about a hypothetical candidate, no fact about the writer
    D("hypothetical", "kind", M(
        frm="Jérôme Faure <jerome.faure@example.net>",
        subject="Question d'éligibilité",
        date="03 17:40",
        body="""Bonjour, si quelqu'un a un diplôme étranger, doit-il le faire reconnaître avant de candidater ? Merci.""",
        truth=question(),
    )),
    # Discourse: hypothetical — kind — "what if" question in English, general
    D("hypothetical", "kind", M(
        frm="Maya Lindqvist <maya.lindqvist@example.com>",
        subject="Question",
        date="07 10:00",
        body="""Hi, what happens if a participant finds a job before the end of the coaching? Can they still attend the workshops?""",
        truth=question(language="en"),
    )),
    # Discourse: hypothetical — kind — an employer: «si vous avez des profils»
    D("hypothetical", "kind", M(
        frm="Coopérative Le Panier Vert <rh@panier-vert.example.org>",
        subject="Poste de coordinateur",
        date="12 11:50",
        body="""Bonjour,

Si vous avez des profils intéressés par la coordination d'une épicerie coopérative, notre offre est en ligne jusqu'au 15 décembre. CDI, temps plein, Nantes.

L'équipe RH du Panier Vert""",
        truth=other(),
    )),
    # Discourse: hypothetical — kind — an auto-reply: «en cas d'urgence»
    D("hypothetical", "kind", M(
        frm="Agnès Roux <agnes.roux@example.org>",
        subject="Réponse automatique : Votre candidature à Pro'pulse",
        date="14 08:20",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Bonjour, je suis en congé jusqu'au 24 novembre. En cas d'urgence, vous pouvez me joindre par SMS.""",
        truth=auto_reply(),
    )),
    # Discourse: hypothetical — kind — a newsletter: «et si vous deveniez bénévole ?»
    D("hypothetical", "kind", M(
        frm="France Bénévolat Lettre <lettre@benevolat-france.example.org>",
        subject="Et si vous deveniez bénévole cet hiver ?",
        date="18 07:30",
        headers={"List-Unsubscribe": "<https://benevolat-france.example.org/stop>", "Precedence": "bulk"},
        body="""Et si vous donniez deux heures par semaine ? 40 missions près de chez vous cet hiver.

Se désinscrire : https://benevolat-france.example.org/stop""",
        truth=newsletter(),
    )),
    # Discourse: hypothetical — kind — a funder: «si votre dossier est retenu»
    D("hypothetical", "kind", M(
        frm="Fondation Tremplin <projets@fondation-tremplin.example.org>",
        subject="Votre demande de subvention",
        date="20 15:00",
        body="""Bonjour,

Votre dossier a bien été reçu. Si votre projet est retenu, le versement interviendra en février. Le comité se réunit le 12 janvier.

Le service des programmes""",
        truth=other(),
    )),
]
