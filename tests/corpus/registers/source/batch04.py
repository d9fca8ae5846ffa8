# ruff: noqa: E501
"""Batch 4 — applications: an Italian laurea, an RNCP title, a bac pro, an apprentice still studying, a
doctorate, an internship over, a service civique still to come, «ni stage ni service civique», a teacher
retraining, «bac+2» written literally. Each set: the facts first (its comment), then three tellings.
"""

from kit import M, app
from registers import but, told

# Facts: Sofia Rossi, Italian laurea triennale (bac+3) October 2025; looks for a job in a non-profit. Eligible.
_t21 = app("Sofia", "Rossi", phone="+393471234567", bac=3, grad="2025-10", status="laurea_triennale")
# Facts: Adam Mercier, titre RNCP niveau 6 (bac+3) March 2026 by alternance, ended then; work-integration aim.
_t22 = app("Adam", "Mercier", phone="+33638201749", bac=3, grad="2026-03", status="rncp6_alternance_finie")
# Facts: Jade Robert, bac pro ASSP June 2025 only; wants to work in an association. Level too low.
_t23 = app("Jade", "Robert", phone="+33767823015", bac=0, grad="2025-06", failing=("degree_level",), status="bac_pro_seul")
# Facts: Hamza Cherif, BTS June 2025, now an apprentice in a licence pro until September 2027; ESS aim.
_t24 = app("Hamza", "Cherif", phone="+33614927308", bac=2, grad="2025-06", failing=("studies_finished",), status="apprenti_lp_en_cours")
# Facts: Marie Dubois, doctorate in sociology March 2026; aims at a research officer job in an ESS federation.
_t25 = app("Marie", "Dubois", phone="+33680473152", bac=8, grad="2026-03", status="doctorat_federation")
# Facts: Yasmine Amrani, master September 2026; her internship ended in October 2026; ESS aim. Eligible.
_t26 = app("Yasmine", "Amrani", phone="+33705618294", bac=5, grad="2026-09", status="stage_fini_octobre")

SETS = [
    told(
        "Sofia Rossi, Italian laurea triennale 2025-10, non-profit aim",
        ("formal", M(
            frm="Sofia Rossi <sofia.rossi@example.it>",
            subject="Candidatura / candidature Pro'pulse",
            date="02 10:30",
            body="""Madame, Monsieur,

Arrivée à Marseille au début de l'automne, je me permets de solliciter votre programme. Titulaire d'une laurea triennale en sciences du service social, délivrée par l'Université de Bologne en octobre 2025 et équivalente à une licence française, je souhaite consacrer mon premier emploi à une association d'accueil des personnes exilées.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Sofia Rossi
+39 347 123 4567""",
            truth=_t21)),
        ("plain", M(
            frm="Sofia Rossi <sofia.rossi@example.it>",
            subject="Pro'pulse",
            date="02 18:15",
            body="""Bonjour,

Je suis italienne, j'ai une laurea triennale (l'équivalent d'une licence) en service social, obtenue en octobre 2025 à Bologne. J'habite à Marseille et je cherche un travail dans une asso qui accueille des personnes exilées.

Sofia Rossi
+39 347 123 4567""",
            truth=_t21)),
        ("english", M(
            frm="Sofia Rossi <sofia.rossi@example.it>",
            subject="Pro'pulse - application",
            date="03 09:00",
            body="""Hi there,

I graduated from the University of Bologna in October 2025 with a three-year bachelor's degree (laurea triennale) in social work. I've just moved to Marseille and I'm looking for a job in a non-profit that supports refugees and asylum seekers.

Thank you!
Sofia Rossi
+39 347 123 4567""",
            truth=but(_t21, language="en"))),
    ),
    told(
        "Adam Mercier, titre RNCP niveau 6 2026-03 by alternance (ended), work-integration aim",
        ("formal", M(
            frm="Adam Mercier <adam.mercier@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="03 11:20",
            body="""Madame, Monsieur,

À l'issue d'une formation en alternance achevée en mars 2026, laquelle m'a permis d'obtenir le titre de Responsable de projets d'insertion, enregistré au RNCP au niveau 6, je souhaite désormais intégrer, cette fois en qualité de salarié, une structure d'insertion par l'activité économique, et sollicite pour ce faire votre accompagnement.

Je vous prie d'agréer, Madame, Monsieur, mes respectueuses salutations.

Adam Mercier
06 38 20 17 49""",
            truth=_t22)),
        ("plain", M(
            frm="Adam Mercier <adam.mercier@example.net>",
            subject="Pro'pulse",
            date="03 17:30",
            body="""Bonjour,

J'ai fini mon alternance en mars et j'ai eu mon titre RNCP niveau 6 (responsable de projets d'insertion) à ce moment-là. Je cherche maintenant un poste dans une structure d'insertion (chantier, entreprise d'insertion…).

Adam Mercier
06 38 20 17 49""",
            truth=_t22)),
        ("third_person", M(
            frm="Sandrine Collet <sandrine.collet@francetravail.example.org>",
            subject="Présentation de M. Adam Mercier",
            date="04 10:00",
            body="""Bonjour,

Conseillère France Travail, je vous présente M. Adam Mercier, qui a obtenu en mars 2026 un titre RNCP de niveau 6 (responsable de projets d'insertion) à l'issue d'une alternance désormais terminée. Il recherche un emploi dans une structure d'insertion par l'activité économique.

Vous pouvez le contacter directement : adam.mercier@example.net / 06 38 20 17 49.

Cordialement,
Sandrine Collet""",
            truth=but(_t22, email="adam.mercier@example.net", forwarded_by="sandrine.collet@francetravail.example.org"))),
    ),
    told(
        "Jade Robert, bac pro ASSP 2025-06 only, association aim",
        ("formal", M(
            frm="Jade Robert <jade.robert@example.com>",
            subject="Candidature",
            date="04 09:10",
            body="""Madame, Monsieur,

Je vous adresse ma candidature dans l'espoir de pouvoir rejoindre votre programme. Le baccalauréat professionnel Accompagnement, soins et services à la personne, obtenu en juin 2025, constitue à ce jour mon unique diplôme, n'ayant pas souhaité poursuivre d'études supérieures ; je cherche à travailler dans une association d'aide aux personnes âgées.

Je vous prie d'agréer mes salutations respectueuses.

Jade Robert
07 67 82 30 15""",
            truth=_t23)),
        ("plain", M(
            frm="Jade Robert <jade.robert@example.com>",
            subject="Pro'pulse",
            date="04 16:40",
            body="""Bonjour,

J'ai eu mon bac pro ASSP en juin 2025, je n'ai pas fait d'études après. Je voudrais travailler dans une association qui aide les personnes âgées.

Jade Robert
07 67 82 30 15""",
            truth=_t23)),
        ("sms", M(
            frm="Jade Robert <jade.robert@example.com>",
            subject="",
            date="05 20:55",
            body="""bjr jai jste le bac pro assp (juin 2025), pas fait d etudes apres. jveux taffer ds une asso pr les personnes agees
jade robert 0767823015""",
            truth=_t23)),
    ),
    told(
        "Hamza Cherif, BTS 2025-06, apprentice in a licence pro until 2027-09, ESS aim",
        ("formal", M(
            frm="Hamza Cherif <hamza.cherif@example.org>",
            subject="Candidature Pro'pulse",
            date="05 09:30",
            body="""Madame, Monsieur,

Je me permets de vous solliciter afin de préparer au mieux mon entrée dans la vie professionnelle. Après avoir obtenu un BTS Comptabilité et gestion en juin 2025, j'ai signé un contrat d'apprentissage avec une mutuelle dans le cadre d'une licence professionnelle, formation dont l'échéance est fixée à septembre 2027, et je souhaiterais, à son terme, poursuivre ma carrière dans l'économie sociale et solidaire.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Hamza Cherif
06 14 92 73 08""",
            truth=_t24)),
        ("plain", M(
            frm="Hamza Cherif <hamza.cherif@example.org>",
            subject="Pro'pulse",
            date="05 18:10",
            body="""Bonjour,

J'ai un BTS compta gestion depuis juin 2025. Là je suis apprenti dans une mutuelle, en licence pro, jusqu'en septembre 2027. Après je voudrais rester dans l'ESS.

Hamza Cherif
06 14 92 73 08""",
            truth=_t24)),
        ("fiche", M(
            frm="Hamza Cherif <hamza.cherif@example.org>",
            subject="Fiche Pro'pulse",
            date="06 08:45",
            body="""Nom : Cherif
Prénom : Hamza
Téléphone : 06 14 92 73 08
Dernier diplôme obtenu : BTS Comptabilité et gestion (06/2025)
Formation en cours : licence professionnelle en apprentissage (mutuelle), fin prévue 09/2027
Projet : emploi dans l'ESS après la licence""",
            truth=_t24)),
    ),
    told(
        "Marie Dubois, doctorate in sociology 2026-03, research officer in an ESS federation",
        ("formal", M(
            frm="Marie Dubois <marie.dubois@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="06 10:15",
            body="""Madame, Monsieur,

Docteure en sociologie depuis la soutenance, en mars 2026, d'une thèse consacrée aux coopératives d'habitants, je souhaiterais quitter le monde académique pour rejoindre, en tant que chargée d'études, une fédération ou un réseau de l'économie sociale et solidaire, et vous sollicite à cette fin.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Marie Dubois
06 80 47 31 52""",
            truth=_t25)),
        ("plain", M(
            frm="Marie Dubois <marie.dubois@example.net>",
            subject="Pro'pulse",
            date="06 17:25",
            body="""Bonjour,

J'ai soutenu ma thèse de socio en mars 2026 (sur les coopératives d'habitants). Je ne veux pas rester à la fac : je cherche un poste de chargée d'études dans une fédération de l'ESS.

Marie Dubois
06 80 47 31 52""",
            truth=_t25)),
        ("english", M(
            frm="Marie Dubois <marie.dubois@example.net>",
            subject="PhD graduate - Pro'pulse",
            date="07 09:35",
            body="""Hello,

I defended my PhD in sociology in March 2026 (my thesis was on housing cooperatives). Rather than an academic career, I'm looking for a research officer position in a federation or network of the social and solidarity economy.

Best,
Marie Dubois
+33 6 80 47 31 52""",
            truth=but(_t25, language="en"))),
    ),
    told(
        "Yasmine Amrani, master 2026-09, internship ended 2026-10, ESS aim",
        ("formal", M(
            frm="Yasmine Amrani <yasmine.amrani@example.com>",
            subject="Candidature Pro'pulse",
            date="07 11:00",
            body="""Madame, Monsieur,

Ayant obtenu en septembre 2026 mon master en gestion de projets humanitaires, puis achevé au mois d'octobre le stage de fin d'études que j'effectuais dans une fondation, je suis désormais entièrement disponible et recherche un emploi de chargée de projets au sein d'une association ou d'une fondation.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Yasmine Amrani
07 05 61 82 94""",
            truth=_t26)),
        ("plain", M(
            frm="Yasmine Amrani <yasmine.amrani@example.com>",
            subject="Pro'pulse",
            date="07 19:20",
            body="""Bonjour,

Master gestion de projets humanitaires validé en septembre 2026. Mon stage dans une fondation s'est terminé en octobre, donc je suis dispo. Je cherche un poste de chargée de projets dans une asso ou une fondation.

Yasmine Amrani
07 05 61 82 94""",
            truth=_t26)),
        ("sms", M(
            frm="Yasmine Amrani <yasmine.amrani@example.com>",
            subject="candidature",
            date="08 12:40",
            body="""bjr, master projets humanitaires eu en sept 2026, stage fini depuis octobre. jcherche charge de projet ds une asso ou fondation
yasmine amrani 0705618294""",
            truth=_t26)),
    ),
]
