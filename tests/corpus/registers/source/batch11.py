# ruff: noqa: E501
"""Batch 11 — not applications (kind `other`): employers offering a job to the programme's participants,
partners writing about something else. Each set: what is said (its comment), then three tellings by three
people of the same organisation or of like ones.
"""

from kit import M, other
from registers import told

_o = other()

SETS = [
    # Said: an association for the elderly offers a coordinator's job (CDI) to participants.
    told(
        "employer: coordinator's job in an association for the elderly",
        ("formal", M(
            frm="Association Âge d'Or Solidaire <direction@agedor.example.org>",
            subject="Proposition de poste pour vos participants",
            date="04 10:00",
            body="""Madame, Monsieur,

Notre association, qui intervient depuis vingt ans auprès des personnes âgées isolées, procède actuellement au recrutement d'un coordinateur ou d'une coordinatrice de bénévoles en contrat à durée indéterminée, et nous serions heureux que vous puissiez relayer cette offre auprès des jeunes diplômés que vous accompagnez.

La fiche de poste détaillée est disponible sur simple demande. Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

La direction""",
            truth=_o)),
        ("plain", M(
            frm="Julie Perret <julie.perret@agedor.example.org>",
            subject="Offre d'emploi",
            date="05 11:30",
            body="""Bonjour,

On recrute un·e coordinateur·rice de bénévoles en CDI dans notre asso (personnes âgées isolées). Vous pourriez faire passer l'info aux jeunes de Pro'pulse ?

Merci !
Julie, RH""",
            truth=_o)),
        ("fiche", M(
            frm="Recrutement <recrutement@agedor.example.org>",
            subject="Offre : coordinateur·rice de bénévoles",
            date="06 09:15",
            body="""Poste : Coordinateur·rice de bénévoles
Structure : Association Âge d'Or Solidaire (personnes âgées isolées)
Contrat : CDI, temps plein
Lieu : Nantes
Profil : bac+2 minimum, premier emploi accepté
Candidatures : recrutement@agedor.example.org""",
            truth=_o)),
    ),
    # Said: a cooperative (Scop) looks for a junior accountant and asks to meet the programme.
    told(
        "employer: a cooperative looks for a junior accountant",
        ("formal", M(
            frm="Coopérative Les Ateliers du Bois <gerance@ateliersbois.example.com>",
            subject="Recrutement d'un comptable junior",
            date="07 10:20",
            body="""Madame, Monsieur,

La société coopérative que je gère, spécialisée dans la menuiserie et employant trente-deux salariés associés, envisage de recruter prochainement un comptable débutant ; il nous semblerait pertinent que les participants de votre programme puissent en être informés, et je me tiens à votre disposition pour convenir d'une rencontre.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Le gérant""",
            truth=_o)),
        ("plain", M(
            frm="Marc Tissot <marc.tissot@ateliersbois.example.com>",
            subject="Poste de comptable",
            date="08 14:10",
            body="""Bonjour,

Je suis gérant d'une Scop de menuiserie (32 salariés). On cherche un comptable junior. Si vous avez des jeunes intéressés, envoyez-les-nous, et on peut se rencontrer si vous voulez.

Marc Tissot""",
            truth=_o)),
        ("english", M(
            frm="Marc Tissot <marc.tissot@ateliersbois.example.com>",
            subject="Junior accountant position",
            date="09 09:50",
            body="""Hello,

I manage a worker cooperative (joinery, 32 employee-members). We're hiring a junior accountant and would be glad to hear from your participants. Happy to meet your team too.

Best,
Marc Tissot""",
            truth=_o)),
    ),
    # Said: a mutual insurer offers two fixed-term jobs in customer service.
    told(
        "employer: a mutual insurer offers two fixed-term jobs",
        ("formal", M(
            frm="Mutuelle Entraide Santé <rh@entraide-sante.example.net>",
            subject="Offres d'emploi — conseillers mutualistes",
            date="10 10:30",
            body="""Madame, Monsieur,

Dans le cadre du renforcement de notre service adhérents, notre mutuelle ouvre deux postes de conseiller mutualiste en contrat à durée déterminée de douze mois, susceptibles d'être pérennisés ; nous vous serions reconnaissants de bien vouloir diffuser ces offres auprès de vos bénéficiaires.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service des ressources humaines""",
            truth=_o)),
        ("plain", M(
            frm="Anne Carré <anne.carre@entraide-sante.example.net>",
            subject="2 CDD chez nous",
            date="11 13:45",
            body="""Bonjour,

On ouvre deux CDD de 12 mois (conseiller·e mutualiste, service adhérents), avec possibilité de CDI après. Ça peut intéresser vos participants !

Anne Carré, RH""",
            truth=_o)),
        ("fiche", M(
            frm="Mutuelle Entraide Santé <emplois@entraide-sante.example.net>",
            subject="Offre d'emploi",
            date="12 08:30",
            body="""• Intitulé : Conseiller·e mutualiste (2 postes)
• Employeur : Mutuelle Entraide Santé
• Type de contrat : CDD 12 mois, évolution possible en CDI
• Service : relation adhérents
• Pour postuler : emplois@entraide-sante.example.net""",
            truth=_o)),
    ),
    # Said: an employer of the sector asks for a participant's references after an interview (no application).
    told(
        "employer: asks how the programme can help it recruit",
        ("formal", M(
            frm="Régie de quartier Est <direction@regie-est.example.org>",
            subject="Partenariat de recrutement",
            date="13 11:00",
            body="""Madame, Monsieur,

Notre régie de quartier rencontre depuis plusieurs mois des difficultés à pourvoir ses postes d'encadrants techniques ; aussi souhaiterions-nous savoir selon quelles modalités votre programme peut mettre en relation les employeurs de l'économie sociale et solidaire avec les jeunes diplômés qu'il accompagne.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

La direction de la régie""",
            truth=_o)),
        ("plain", M(
            frm="Samir Khelifi <samir.khelifi@regie-est.example.org>",
            subject="Recrutement",
            date="14 15:20",
            body="""Bonjour,

Je suis à la régie de quartier Est, on n'arrive pas à recruter des encadrants techniques. Comment ça marche pour recruter des jeunes de votre programme ?

Samir""",
            truth=_o)),
        ("english", M(
            frm="Samir Khelifi <samir.khelifi@regie-est.example.org>",
            subject="Hiring through Pro'pulse",
            date="15 10:35",
            body="""Hello,

I work for a neighbourhood enterprise (régie de quartier) and we struggle to hire technical supervisors. How can employers like us get in touch with the young graduates in your programme?

Thanks,
Samir Khelifi""",
            truth=_o)),
    ),
    # Said: a partner network invites the programme to a forum on 10 December.
    told(
        "partner: invitation to an ESS jobs forum",
        ("formal", M(
            frm="Chambre régionale de l'ESS <contact@cress.example.org>",
            subject="Invitation — Forum de l'emploi dans l'ESS",
            date="16 09:00",
            body="""Madame, Monsieur,

La Chambre régionale de l'économie sociale et solidaire a l'honneur de vous convier au Forum de l'emploi dans l'ESS, qui se tiendra le jeudi 10 décembre 2026 à l'Hôtel de Région, et serait heureuse que votre programme puisse y tenir un stand.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le pôle emploi-formation""",
            truth=_o)),
        ("plain", M(
            frm="Lucie Bonnet <lucie.bonnet@cress.example.org>",
            subject="Forum le 10 décembre",
            date="17 12:00",
            body="""Bonjour,

On organise le forum de l'emploi ESS le 10 décembre à l'Hôtel de Région. Vous voulez un stand pour présenter Pro'pulse ? Dites-moi vite !

Lucie, CRESS""",
            truth=_o)),
        ("fiche", M(
            frm="Chambre régionale de l'ESS <evenements@cress.example.org>",
            subject="Forum emploi ESS — fiche exposant",
            date="18 09:30",
            body="""Événement : Forum de l'emploi dans l'ESS
Date : jeudi 10 décembre 2026, 9h-17h
Lieu : Hôtel de Région
Stand proposé : programme Pro'pulse
Réponse souhaitée avant le 1er décembre : evenements@cress.example.org""",
            truth=_o)),
    ),
    # Said: a funder asks for the yearly activity report.
    told(
        "partner: a funder asks for the activity report",
        ("formal", M(
            frm="Fondation Horizons Partagés <programmes@horizons.example.com>",
            subject="Bilan annuel de la subvention",
            date="19 10:00",
            body="""Madame, Monsieur,

Conformément à la convention qui nous lie, nous vous saurions gré de bien vouloir nous transmettre, avant le 15 décembre, le bilan d'activité annuel du programme Pro'pulse, comprenant le nombre de participants accompagnés et leur situation à l'issue du programme.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le service des programmes""",
            truth=_o)),
        ("plain", M(
            frm="Thomas Royer <thomas.royer@horizons.example.com>",
            subject="Bilan 2026",
            date="20 14:00",
            body="""Bonjour,

Petit rappel : on a besoin de votre bilan annuel avant le 15 décembre (nombre de participants, sorties en emploi). Merci !

Thomas, Fondation Horizons Partagés""",
            truth=_o)),
        ("english", M(
            frm="Thomas Royer <thomas.royer@horizons.example.com>",
            subject="Annual report due",
            date="21 09:20",
            body="""Hello,

A quick reminder that the annual activity report for Pro'pulse is due by 15 December: number of participants and their outcomes.

Many thanks,
Thomas Royer, Horizons Partagés Foundation""",
            truth=_o)),
    ),
    # Said: a university offers to let the programme present itself to its students.
    told(
        "partner: a university offers a presentation slot",
        ("formal", M(
            frm="Université Sud - orientation <orientation@univ-sud.example.org>",
            subject="Présentation de votre programme",
            date="22 09:10",
            body="""Madame, Monsieur,

La direction de l'orientation et de l'insertion professionnelle de notre université organise, au mois de janvier, une semaine consacrée aux métiers de l'économie sociale et solidaire, et souhaiterait vous proposer d'y présenter votre programme lors d'une conférence d'une heure.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

La direction de l'orientation""",
            truth=_o)),
        ("plain", M(
            frm="Claire Dumont <claire.dumont@univ-sud.example.org>",
            subject="Semaine ESS en janvier",
            date="23 11:40",
            body="""Bonjour,

En janvier on fait une semaine des métiers de l'ESS à la fac. Ça vous dirait de venir présenter Pro'pulse pendant une heure ?

Claire, service orientation""",
            truth=_o)),
        ("english", M(
            frm="Claire Dumont <claire.dumont@univ-sud.example.org>",
            subject="ESS careers week - presentation",
            date="24 10:05",
            body="""Hello,

Our university is holding a careers week on social and solidarity economy jobs in January. Would you like to give a one-hour talk about Pro'pulse?

Best,
Claire Dumont, careers office""",
            truth=_o)),
    ),
]
