# ruff: noqa: E501
"""Batch 6 — concession and contrast: «certes…, mais», «bien que…», «même si…», «although»; the fact that
decides is on either side of the contrast."""

from discourse import D
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Discourse: concession — internship — «certes j'ai fait un stage, mais il est terminé»
    D("concession", "internship", M(
        frm="Maëva Legrand <maeva.legrand@example.org>",
        subject="Candidature",
        date="02 13:30",
        body="""Bonjour,

Certes, j'ai fait un stage de six mois à la mairie, mais il est terminé depuis le 30 septembre. Master Politiques publiques, juillet 2026. Je cherche un poste de chargée de mission dans une association de solidarité.

Maëva Legrand
06 45 81 27 36""",
        truth=app("Maëva", "Legrand", phone="+33645812736", bac=5, grad="2026-07", status="certes_stage_mais_termine"),
    )),
    # Discourse: concession — career_change — «bien que je travaille dans une banque», in a CDI now: career change open
    D("concession", "career_change", M(
        frm="Romain Bouvier <romain.bouvier@example.net>",
        subject="Pro'pulse",
        date="03 09:10",
        body="""Bonjour,

Bien que je travaille dans une banque depuis mon diplôme, je veux rejoindre une association de finance solidaire. Master Banque-finance, juin 2026 ; je suis en CDI depuis juillet.

Romain Bouvier
07 32 56 18 94""",
        truth=app("Romain", "Bouvier", phone="+33732561894", bac=5, grad="2026-06", unknown=("not_career_change",), status="bien_que_banque_cdi"),
    )),
    # Discourse: concession — date — «même si ça fait un moment, mon master date de mars 2024»: outside
    D("concession", "date", M(
        frm="Hélène Giraud <helene.giraud@example.com>",
        subject="Candidature",
        date="04 14:45",
        body="""Bonjour,

Même si mon master date de mars 2024, je n'ai jamais vraiment commencé ma vie professionnelle (j'ai dû m'occuper d'un proche). Je cherche un poste dans une association d'aidants.

Hélène Giraud
06 73 40 92 18""",
        truth=app("Hélène", "Giraud", phone="+33673409218", bac=5, grad="2024-03", failing=("graduation_recent",), status="meme_si_master_mars_2024"),
    )),
    # Discourse: concession — level — «je n'ai pas de master, mais j'ai un BTS»: bac+2, eligible
    D("concession", "level", M(
        frm="Yohan Blanc <yohan.blanc@example.org>",
        subject="candidature",
        date="05 16:20",
        body="""Bonjour, je n'ai pas fait de longues études, mais j'ai quand même un BTS Métiers de l'eau obtenu en juin 2026. Je voudrais travailler dans une régie de quartier ou une asso environnementale. Yohan Blanc 06 86 15 43 27""",
        truth=app("Yohan", "Blanc", phone="+33686154327", bac=2, grad="2026-06", status="pas_master_mais_bts"),
    )),
    # Discourse: concession — service_civique — «j'ai adoré mon service civique, mais je veux un emploi»: still in it until April
    D("concession", "service_civique", M(
        frm="Anna Rousseau <anna.rousseau@example.net>",
        subject="Candidature Pro'pulse",
        date="06 11:55",
        body="""Bonjour,

J'adore mon service civique à la Ligue contre le cancer, mais il me faut un vrai emploi après : il se termine en avril 2027. Licence de biologie, juin 2026. Je vise un poste dans une association de santé.

Anna Rousseau
06 17 30 85 64""",
        truth=app("Anna", "Rousseau", phone="+33617308564", bac=3, grad="2026-06", failing=("not_service_civique",), status="adore_sc_jusqu_avril"),
    )),
    # Discourse: concession — studies — «j'ai tout validé, sauf le mémoire»
    D("concession", "studies", M(
        frm="Pierre Lacroix <pierre.lacroix@example.com>",
        subject="candidature",
        date="07 10:05",
        body="""Bonjour,

J'ai validé tous mes examens de M2, sauf le mémoire, que je dois rendre en mars. J'ai un M1 de juin 2025. Je cherche un emploi dans une coopérative culturelle.

Pierre Lacroix
07 54 28 91 36""",
        truth=app("Pierre", "Lacroix", phone="+33754289136", bac=4, grad="2025-06", failing=("studies_finished",), status="tout_valide_sauf_memoire"),
    )),
    # Discourse: concession — ess_aim — "although I studied finance, I want a job in a non-profit"
    D("concession", "ess_aim", M(
        frm="Lucas Hoffstetter <lucas.hoffstetter@example.com>",
        subject="Application",
        date="08 13:40",
        body="""Hello,

Although I studied corporate finance, I want to work for a non-profit, ideally in microfinance. I completed my Master's at a French business school in June 2026.

Lucas Hoffstetter
+33 6 42 81 37 05""",
        truth=app("Lucas", "Hoffstetter", phone="+33642813705", bac=5, grad="2026-06", language="en", status="en_although_finance_nonprofit"),
    )),
    # Discourse: concession — career_change — «même si j'ai quarante ans, c'est mon premier emploi»: first job search
    D("concession", "career_change", M(
        frm="Catherine Lopez <catherine.lopez@example.org>",
        subject="Candidature",
        date="09 15:30",
        body="""Bonjour,

Même si j'ai quarante ans, je cherche mon premier emploi : j'ai élevé mes enfants, puis repris des études, et j'ai eu ma licence de sciences sociales en juin 2026. Je voudrais travailler dans une association familiale.

Catherine Lopez
06 24 68 13 57""",
        truth=app("Catherine", "Lopez", phone="+33624681357", bac=3, grad="2026-06", status="meme_si_quarante_ans_premier_emploi"),
    )),
    # Discourse: concession — internship — «malgré la fin de mes cours, je suis encore stagiaire jusqu'en janvier»
    D("concession", "internship", M(
        frm="Enzo Morel <enzo.morel@example.net>",
        subject="pro'pulse",
        date="10 18:15",
        body="""Bonjour, les cours sont finis et ma licence pro est validée (septembre 2026), mais je reste stagiaire jusqu'au 20 janvier dans une asso de quartier. Après je cherche un CDI dans l'ESS. Enzo 06 59 21 84 30""",
        truth=app("Enzo", "Morel", phone="+33659218430", bac=3, grad="2026-09", failing=("not_internship",), status="cours_finis_mais_stagiaire_janvier"),
    )),
    # Discourse: concession — level — «j'ai fait deux ans de fac, mais sans diplôme»: level open
    D("concession", "level", M(
        frm="Marine Petitjean <marine.petitjean@example.com>",
        subject="Candidature",
        date="11 12:50",
        body="""Bonjour,

J'ai fait deux ans à l'université en histoire, mais je ne sais plus si ma deuxième année a été validée ou non, j'ai arrêté en juin 2026. Je cherche un emploi dans un musée associatif.

Marine Petitjean
07 19 52 46 08""",
        truth=app("Marine", "Petitjean", phone="+33719524608", bac="*", grad="2026-06", unknown=("degree_level",), status="deux_ans_fac_validation_inconnue"),
    )),
    # Discourse: concession — ess_aim — «j'aime l'ESS, mais je postule partout»: open
    D("concession", "ess_aim", M(
        frm="Gabriel Fleury <gabriel.fleury@example.org>",
        subject="Candidature Pro'pulse",
        date="12 17:05",
        body="""Bonjour,

J'aime beaucoup le monde associatif, mais honnêtement je postule partout, du public au privé, là où il y aura un poste de juriste. Master de droit public, juin 2026.

Gabriel Fleury
06 80 35 72 19""",
        truth=app("Gabriel", "Fleury", phone="+33680357219", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="aime_ess_mais_postule_partout"),
    )),
    # Discourse: concession — date — a CV: «diplôme ancien, certes» but the CV line is 2025
    D("concession", "date", M(
        frm="Inès Sarrazin <ines.sarrazin@example.net>",
        subject="CV - Pro'pulse",
        date="13 09:25",
        body="""Bonjour,

Mon parcours n'est pas tout droit, certes, mais tout est dans le CV ci-joint.

Inès Sarrazin""",
        cv=CV("pdf", "Ines_Sarrazin_CV.pdf", """Inès SARRAZIN
06 92 74 30 15
FORMATION
Licence Administration économique et sociale - Université de Toulouse (2025)
EXPÉRIENCE
Aide à domicile, jobs d'été 2022-2024
OBJECTIF
Assistante de coordination dans une association d'aide à domicile"""),
        truth=app("Inès", "Sarrazin", phone="+33692743015", bac=3, grad="2025", info_in="cv", status="certes_parcours_cv_2025"),
    )),
    # Discourse: concession — service_civique — «bien que j'aie fait un service civique en 2024», long over
    D("concession", "service_civique", M(
        frm="Axel Noël <axel.noel@example.com>",
        subject="candidature",
        date="16 19:40",
        body="""Bonjour,

Bien que j'aie fait un service civique en 2024, je n'ai aucune expérience salariée. BUT Carrières sociales, juin 2026. Je cherche un premier emploi dans une association d'animation.

Axel Noël
07 47 16 29 83""",
        truth=app("Axel", "Noël", phone="+33747162983", bac=3, grad="2026-06", status="bien_que_sc_en_2024"),
    )),
    # Discourse: concession — studies — «même si je n'ai pas abandonné mon doctorat», paused a year, maybe resumed: open
    D("concession", "studies", M(
        frm="Olivier Tran <olivier.tran@example.org>",
        subject="Candidature",
        date="17 11:20",
        body="""Bonjour,

Même si je n'ai pas officiellement abandonné mon doctorat de sociologie, je l'ai mis en pause il y a un an et je ne sais pas si je le reprendrai. J'ai un master de juin 2025. Je cherche un poste de chargé d'études dans une association.

Olivier Tran
06 32 18 75 40""",
        truth=app("Olivier", "Tran", phone="+33632187540", bac=5, grad="2025-06", unknown=("studies_finished",), status="inscrit_doctorat_ne_sait_pas"),
    )),
    # Discourse: concession — kind — a question: «bien que ce ne soit pas mon cas»
    D("concession", "kind", M(
        frm="Romy Perrin <romy.perrin@example.net>",
        subject="Petite question",
        date="05 09:00",
        body="""Bonjour, bien que je ne sois pas concernée, une question pour une association que j'aide : acceptez-vous des participants hors Île-de-France ?""",
        truth=question(),
    )),
    # Discourse: concession — kind — a reply in our thread: «merci, mais je retire ma candidature»
    D("concession", "kind", M(
        frm="Jordan Mallet <jordan.mallet@example.com>",
        subject="Re: Votre candidature à Pro'pulse",
        date="08 18:30",
        headers={"In-Reply-To": "<8823014.0065@animafac.net>", "References": "<8823014.0065@animafac.net>"},
        body="""Merci beaucoup, mais j'ai trouvé un poste entre-temps, je retire donc ma candidature.

> Nous vous proposons un premier rendez-vous.""",
        truth=reply(),
    )),
    # Discourse: concession — kind — a partner: «même si nos moyens baissent»
    D("concession", "kind", M(
        frm="Collectif Emploi Solidaire <contact@collectif-emploi.example.org>",
        subject="Partenariat 2027",
        date="11 10:30",
        body="""Bonjour,

Même si nos moyens baissent l'an prochain, nous souhaitons poursuivre notre partenariat avec Pro'pulse. Pouvons-nous en parler en décembre ?

Karim Said, coordinateur""",
        truth=other(),
    )),
    # Discourse: concession — kind — an auto-reply: «bien que je sois en congé»
    D("concession", "kind", M(
        frm="Louise Bernard <louise.bernard@example.org>",
        subject="Réponse automatique",
        date="15 06:40",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Bien que je sois en congé jusqu'au 25 novembre, je lirai mes messages de temps en temps. Merci de votre patience.""",
        truth=auto_reply(),
    )),
    # Discourse: concession — kind — a newsletter: «malgré la crise»
    D("concession", "kind", M(
        frm="Le Fil de l'ESS <redaction@fil-ess.example.org>",
        subject="Malgré la crise, l'emploi associatif tient",
        date="18 07:00",
        headers={"List-Unsubscribe": "<https://fil-ess.example.org/desabonnement>", "Precedence": "bulk"},
        body="""Malgré la crise, l'emploi associatif a progressé de 1 % cette année. Notre dossier du mois.

Se désabonner : https://fil-ess.example.org/desabonnement""",
        truth=newsletter(),
    )),
    # Discourse: concession — kind — a bulk sales mail (a newsletter by the corpora's convention): «même si vous n'en avez pas besoin»
    D("concession", "kind", M(
        frm="Promo Bureautique <offres@promo-bureau.example.com>",
        subject="Même si vous n'en avez pas besoin…",
        date="21 03:15",
        headers={"List-Unsubscribe": "<https://promo-bureau.example.com/stop>", "Precedence": "bulk"},
        body="""…profitez de -40 % sur nos fauteuils de bureau ce week-end seulement ! Cliquez ici.

Se désinscrire : https://promo-bureau.example.com/stop""",
        truth=newsletter(),
    )),
]
