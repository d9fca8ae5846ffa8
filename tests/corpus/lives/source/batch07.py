# ruff: noqa: E501
"""Batch 7 — cards 150 to 174, narrated by hand from their life cards (python lives.py 150 … 174 prints them)."""

from kit import CV
from lives import mail

MESSAGES = [
    # Life: licence_then_master_in_progress — card 150 — scattered, year only
    mail(150, subject="Candidature — Justine Ferrand", date="19 14:40", body="""Bonjour,

Je cherche un emploi dans une épicerie solidaire, idéalement à mi-temps pour commencer, car je termine mon M2 LEA (jusqu'en juin 2027). J'ai un bachelor LEA de 2024.

Justine Ferrand"""),
    # Life: course_abandoned — card 151 — a question with no personal fact
    mail(151, subject="Réunion d'information", date="20 08:10", body="""Bonjour,

Y aura-t-il une réunion d'information en ligne en décembre ? Si oui, comment s'inscrire ?

Merci,
Samuel Leclerc"""),
    # Life: diploma_then_stage_now — card 152 — long, scattered
    mail(152, subject="Candidature Aïssata Dupuy", date="20 11:30", body="""Bonjour,

Je suis stagiaire dans une mutuelle depuis septembre, et ce stage durera jusqu'en mars 2027 : je travaille sur un projet de prévention pour les jeunes adultes. C'est passionnant, mais je sais déjà que je veux ensuite un emploi dans une association d'insertion.

Pour le reste : je suis diplômée d'une école de commerce, programme grande école en ESS (grade de master), depuis juin 2025. Bac 2020.

Aïssata Dupuy
06 28 48 54 74"""),
    # Life: diploma_then_cdi_now — card 153 — reverse, year only, no aim
    mail(153, subject="Candidature", date="20 16:05", body="""Bonjour,

Je travaille depuis octobre 2025 comme assistante commerciale en CDI dans une association. Avant, j'ai fait un BUT LEA, terminé en 2025. Bac en 2022.

J'aimerais comprendre si Pro'pulse peut m'aider.

Joanna Ndiaye
07 53 58 22 26"""),
    # Life: course_abandoned — card 154 — long, scattered
    mail(154, subject="Candidature Océane Pichon", date="21 09:30", body="""Bonjour,

Le samedi, d'avril à septembre 2025, j'étais caissière : c'était mon seul contrat, un CDD, terminé depuis.

J'ai arrêté la fac en mars 2025, pendant ma L3 de psychologie, pour de bon. Ce qui me reste, c'est ma L2 animation sociale, validée en juin 2024.

Je voudrais travailler dans une association d'insertion.

Océane Pichon"""),
    # Life: diploma_stage_aim_elsewhere — card 155 — CV-like
    mail(155, subject="Candidature Idriss Brunet", date="21 14:15", body="""Bonjour,

Formation : bachelor Médiation culturelle, septembre 2026.
Stage : mairie, janvier – juin 2026 (terminé).
Objectif : consultant junior dans un grand cabinet de conseil.

Idriss Brunet
07 17 24 16 25"""),
    # Life: diploma_cdd_undecided — card 156 — reverse, a CV, no date
    mail(156, subject="Candidature", date="21 18:30", info_in="both", body="""Bonjour,

CV ci-joint. Je cherche un emploi, quel que soit le secteur.

Sofiane Leclerc
06 68 38 38 35""", cv=CV("pdf", "Sofiane_Leclerc_CV.pdf", """Sofiane Leclerc — 06 68 38 38 35
Mars – septembre 2026 : agent administratif, mairie (CDD terminé)
BUT Information-communication
Baccalauréat""")),
    # Life: diploma_mission_unstated — card 157 — scattered, a CV, a «mission» of unstated kind
    mail(157, subject="Candidature Yanis Tessier", date="22 08:50", info_in="both", body="""Bonjour,

Je cherche un emploi dans un centre social associatif. Je suis en mission dans une association de solidarité internationale jusqu'en janvier. CV joint.

Yanis Tessier
06 43 90 23 07""", cv=CV("docx", "CV_Yanis_Tessier.docx", """Yanis Tessier
Licence Carrières sociales — décembre 2025
Depuis octobre 2026 — mission, association de solidarité internationale (jusqu'en janvier 2027)
Baccalauréat — 2021""")),
    # Life: diploma_cdd_undecided — card 158 — a newsletter
    mail(158, frm="Le Bistrot du Port <contact@bistrot-port.example.com>", subject="Nos menus de fêtes 2026", date="22 06:30", headers={"List-Unsubscribe": "<mailto:nomail@bistrot-port.example.com>"}, body="""Le Bistrot du Port — menus de fêtes

Réservez vos repas de fin d'année ! L'équipe de Rémi Bouvier vous attend du 1er au 31 décembre.

Se désinscrire : nomail@bistrot-port.example.com"""),
    # Life: years_of_work_then_studies — card 159 — criteria, a CV, no date
    mail(159, subject="Candidature — Valentin Carré", date="22 13:40", info_in="both", body="""Bonjour,

- Diplôme : bachelor Développement durable (voir CV)
- Études : terminées
- Stage, service civique : non
- Avant : plusieurs années de travail avant la reprise d'études
- Projet : un centre social associatif

Valentin Carré
06 90 69 88 13""", cv=CV("odt", "valentin-carre-cv.odt", """Valentin Carré — 06 90 69 88 13 — valentin.carre@example.com
Bachelor Développement durable, école Terre et Projets
Baccalauréat 2012
Centres d'intérêt : vélo, jardins partagés""")),
    # Life: apprenticeship_done — card 160 — English, SMS style, chronological
    mail(160, subject="application", date="22 21:20", body="""hi! bac 2022, then a work-study master's in social work (apprentice at a coop from sept 2023 to aug 2025, contract over), master 2 obtained july 2025. looking for a job in an integration nonprofit (association d'insertion). elodie diallo +33 6 79 64 77 10"""),
    # Life: diploma_civique_planned — card 161 — SMS style, CV-like
    mail(161, subject="candidature", date="23 07:45", body="""bachelor géo juillet 2026
service civique qui commence en février (pas encore commencé)
je cherche dans une SCOP
héloïse brunet 06 30 50 88 95"""),
    # Life: licence_old_master_recent — card 162 — criteria
    mail(162, subject="Candidature", date="23 10:25", body="""Bonjour,

1. Niveau : diplôme de l'École de psychologues praticiens (grade de master), juin 2026 ; avant, une licence Développement durable, décembre 2023.
2. Études : finies.
3. Stage, service civique : aucun.
4. Projet : une épicerie solidaire.

Charline Tessier"""),
    # Life: old_diploma_then_cdd — card 163 — reverse
    mail(163, subject="Candidature Kévin Vasseur", date="23 15:50", body="""Bonjour,

Dernière expérience : un CDD de dix mois dans une association, en 2022. Avant : licence professionnelle Urbanisme, juin 2021. Avant encore : bac 2019.

Je cherche un emploi dans une structure de l'insertion par l'activité économique.

Kévin Vasseur
07 01 93 57 50"""),
    # Life: stage_over_civique_now — card 164 — SMS style, chronological
    mail(164, subject="pro pulse", date="23 22:10", body="""coucou, bac 2020, stage de fin d'études dans une fédé sportive en 2025 (fini), BUT carrières sociales sept 2025, et là service civique dans un centre social depuis octobre jusqu'en juin. après je veux bosser dans une asso culturelle. romane kerleau 07 20 04 01 91"""),
    # Life: civique_over_seeking — card 165 — SMS style, CV-like
    mail(165, subject="candidature", date="24 08:20", body="""L2 ESS validée juin 2025
service civique banque alimentaire mars → juin 2026, fini
je cherche un job dans une mutuelle
florian jacquet"""),
    # Life: diploma_civique_planned — card 166 — a question with no personal fact, bulleted
    mail(166, subject="Questions", date="24 11:00", body="""Bonjour,

- Les participants sont-ils rémunérés ?
- Le programme existe-t-il à Lyon ?

Merci,
Anthony Barbier"""),
    # Life: diploma_with_student_jobs — card 167 — SMS style, criteria
    mail(167, subject="candidature pro'pulse", date="24 19:35", body="""bonsoir
diplome : bachelor com juin 2026
stage/service civique : non
reconversion : non (juste caissier le samedi + baby-sitting pendant la fac)
secteur : une mutuelle
lucas masson 07 56 50 25 83"""),
    # Life: licence_then_master_in_progress — card 168 — CV-like, a CV
    mail(168, subject="Candidature", date="25 08:00", info_in="both", body="""Bonjour,

Je vous transmets mon CV. Je cherche un emploi dans une association d'insertion.

Manon Pichon
06 48 38 44 96""", cv=CV("pdf", "Manon_Pichon_CV.pdf", """Manon Pichon — 06 48 38 44 96
2025-2027 : Master 2 Comptabilité, en cours (fin prévue en septembre 2027)
Juillet 2025 : Licence professionnelle ESS
2022 : Baccalauréat""")),
    # Life: licence_then_master_awaiting — card 169 — SMS style, criteria
    mail(169, subject="candidature", date="25 12:30", body="""bjr, bachelor carrières sociales sept 2025, master médiation culturelle : soutenance faite, résultats mi-décembre. pas de stage. je vise l'éduc pop. damien vasseur"""),
    # Life: course_abandoned — card 170 — a question, long, no fact about the writer
    mail(170, subject="Comment se passe la sélection ?", date="25 14:10", body="""Bonjour,

Pourriez-vous m'expliquer comment se passe la sélection des participants : y a-t-il un entretien, un dossier à remplir, un test ? Et combien de temps faut-il attendre la réponse ?

Merci beaucoup,
Agathe Chevallier"""),
    # Life: diploma_then_cdi_now — card 171 — English, CV-like
    mail(171, subject="Application — Romane Morvan", date="03 10:00", body="""Hello,

Education: Master's in urban planning, June 2025. Bac 2022.
Current job: customer adviser at a nonprofit, permanent contract since October 2025.
Goal: a job in a work-integration organisation (structure d'insertion par l'activité économique).

Romane Morvan
+33 6 57 06 54 85"""),
    # Life: course_abandoned — card 172 — CV-like
    mail(172, subject="Candidature Sarah Diallo", date="04 12:00", body="""Bonjour,

Études : L2 Développement durable validée (juin 2025) ; L3 de gestion commencée puis abandonnée en mars 2026.
Expérience : caissière le samedi, CDD d'avril à septembre 2026.
Recherche : une association d'insertion.

Sarah Diallo"""),
    # Life: diploma_stage_aim_elsewhere — card 173 — chronological
    mail(173, subject="Candidature", date="05 12:20", body="""Bonjour,

Bac en 2021, stage dans une agence de communication de janvier à juin 2026, bachelor en comptabilité obtenu en juin 2026. Je vise maintenant la fonction publique territoriale, un poste de gestionnaire comptable en collectivité.

Coralie Renaud
06 57 09 97 30"""),
    # Life: diploma_cdd_undecided — card 174 — English, long, chronological, no date
    mail(174, subject="Looking for help finding a first job", date="06 20:15", body="""Hello,

Let me tell you my story in order. After my bac I studied urban planning for three years, ending with a bachelor's degree. Last spring and summer (March to September 2026) I worked on a fixed-term contract in a restaurant to save some money.

Now I'm looking for a job — honestly any job, in any sector, as long as I can start. A friend told me about your programme.

Kévin Lacroix"""),
]
