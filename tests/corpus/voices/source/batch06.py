# ruff: noqa: E501
"""Batch 6: roles written as nouns, «ne … plus», English negations, facts in the subject, mail about someone else."""

from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    M(
        frm="Inès Bouchard <ines.bouchard@example.org>",
        subject="Candidature - master ESS 2026 - recherche en coopérative",
        date="13 12:00",
        body="",
        truth=app("Inès", "Bouchard", phone=None, bac=5, grad="2026", info_in="subject", status="subject_facts"),
    ),
    M(
        frm="Mathéo Girard <matheo.girard@example.net>",
        subject="Pro'pulse",
        date="13 14:30",
        body="""Bonjour,

Je ne suis plus stagiaire depuis le 30 septembre : mon stage de fin d'études au Labo de l'ESS est terminé et j'ai eu mon master dans la foulée (septembre 2026). Je cherche un poste de chargé d'études dans un réseau de l'ESS.

Mathéo Girard
06 41 90 27 38""",
        truth=app("Mathéo", "Girard", phone="+33641902738", bac=5, grad="2026-09", status="ne_plus_stagiaire"),
    ),
    M(
        frm="Chiara Bianchi <chiara.bianchi@example.com>",
        subject="Pro'pulse application",
        date="13 16:10",
        body="""Hello,

I'm no longer an intern: my internship at a fair-trade cooperative ended in August, and I graduated with a Master's in Sustainable Development from Politecnico di Milano in July 2026. I'm now applying to cooperatives and social enterprises in Paris.

Chiara Bianchi
+33 7 49 31 82 06""",
        truth=app("Chiara", "Bianchi", phone="+33749318206", bac=5, grad="2026-07", language="en", status="en_no_longer_intern"),
    ),
    M(
        frm="Samuel Okoye <samuel.okoye@example.org>",
        subject="Application",
        date="13 18:45",
        body="""Hi,

I'm currently a volunteer in the French civic service (service civique) with a youth organisation until June 2027. I have a BA in International Relations (2025). After that I'd like to work for an NGO.

Samuel Okoye
07 36 41 29 85""",
        truth=app("Samuel", "Okoye", phone="+33736412985", bac=3, grad="2025", failing=("not_service_civique",), language="en", status="en_civique_current"),
    ),
    M(
        frm="Adeline Caron <adeline.caron@example.net>",
        subject="Candidature Pro'pulse",
        date="14 08:30",
        body="""Bonjour,

Je suis alternante en master 2 à la Macif (contrat jusqu'en septembre 2027). Je voudrais m'inscrire pour préparer ma recherche d'emploi dans l'ESS.

Adeline Caron
06 92 38 14 07""",
        truth=app("Adeline", "Caron", phone="+33692381407", bac="*", grad=None, failing=("studies_finished",), status="alternante_noun"),
    ),
    M(
        frm="Thibault Mercier <thibault.mercier@example.com>",
        subject="Pro'pulse",
        date="14 10:20",
        body="""Bonjour,

Volontaire chez Unis-Cité depuis octobre (service civique de 9 mois), je suis diplômé d'un DUT Carrières juridiques (2025). J'aimerais être accompagné pour la suite.

Thibault Mercier
06 57 31 20 94""",
        truth=app("Thibault", "Mercier", phone="+33657312094", bac=2, grad="2025", failing=("not_service_civique",), unknown=("job_seeking_ess",), status="volontaire_noun"),
    ),
    M(
        frm="Jasmine Rahmani <jasmine.rahmani@example.org>",
        subject="candidature",
        date="14 12:45",
        cv=CV("pdf", "CV_Jasmine_Rahmani.pdf", """Jasmine RAHMANI
Toulouse - 07 52 80 31 46 - jasmine.rahmani@example.org
EXPÉRIENCE
Depuis septembre 2026 : Stagiaire chargée de communication - Fondation de France (6 mois)
2025 : Vendeuse - Décathlon (CDD)
FORMATION
2026 : Master Communication des organisations - Université Toulouse Jean-Jaurès
2024 : Licence Information-communication"""),
        body="""Bonjour, je vous envoie ma candidature (CV en pièce jointe). Bonne journée. Jasmine""",
        truth=app("Jasmine", "Rahmani", phone="+33752803146", bac=5, grad="2026", failing=("not_internship",), unknown=("job_seeking_ess",), info_in="cv", status="cv_current_intern"),
    ),
    M(
        frm="Benoît Garnier <benoit.garnier@example.net>",
        subject="Pro'pulse",
        date="14 15:00",
        body="""Bonjour,

Je n'ai fait ni service civique ni stage long, et je ne suis plus étudiant depuis juin 2026 (licence de sciences politiques, Paris 8). Je cherche un emploi dans une association de défense des droits des locataires.

Benoît Garnier
06 74 28 30 51""",
        truth=app("Benoît", "Garnier", phone="+33674283051", bac=3, grad="2026-06", status="ni_ni_past"),
    ),
    M(
        frm="Alexia Moreau <alexia.moreau@example.com>",
        subject="Pro'pulse",
        date="14 17:20",
        body="""Bonjour,

Ma mission de service civique a pris fin le 30 juin. Mon diplôme : BTS Support à l'action managériale, obtenu en juillet 2025. Je postule depuis dans des coopératives et des associations comme assistante de gestion.

Alexia Moreau
07 21 48 93 60""",
        truth=app("Alexia", "Moreau", phone="+33721489360", bac=2, grad="2025-07", status="civique_pris_fin"),
    ),
    M(
        frm="Guillaume Dubois <guillaume.dubois@example.org>",
        subject="Pro'pulse - candidature",
        date="15 09:05",
        body="""Bonjour,

Sans diplôme du supérieur mais avec quatre ans de bénévolat à la Croix-Rouge, je voudrais trouver un emploi dans une association humanitaire.

Guillaume Dubois
06 38 52 10 47""",
        truth=app("Guillaume", "Dubois", phone="+33638521047", bac=0, grad=None, failing=("degree_level",), status="sans_diplome"),
    ),
    M(
        frm="Laurène Petit <laurene.petit@example.net>",
        subject="Re: Votre candidature à Pro'pulse",
        date="15 11:30",
        body="""Bonjour,

Oui, je suis toujours intéressée ! Je vous envoie mes disponibilités dès que possible.

Laurène

Envoyé de mon iPhone

> Le 12 nov. 2026 à 10:14, Pro'pulse <propulse@animafac.net> a écrit :
>
> Bonjour Laurène,
> Merci pour votre candidature au programme Pro'pulse. Pourriez-vous nous indiquer vos disponibilités pour un entretien ?""",
        truth=reply(),
    ),
    M(
        frm="Oliver Brown <oliver.brown@example.com>",
        subject="Out of Office",
        date="15 11:31",
        body="""Hello, I am out of the office until 30 November with limited access to email. I will reply when I am back.""",
        truth=auto_reply(),
    ),
    M(
        frm="Élise Morel <e.morel@regiedequartier.example.org>",
        subject="Nouvelles de Kevin",
        date="15 14:00",
        body="""Bonjour,

Je voulais vous dire que Kevin, qui a suivi Pro'pulse l'an dernier, a été embauché chez nous en CDI comme encadrant technique. Merci pour votre accompagnement !

Élise Morel
Directrice, Régie de quartier""",
        truth=other(),
    ),
    M(
        frm="Sébastien Roy <sebastien.roy@example.net>",
        subject="Pro'pulse : quelles conditions ?",
        date="15 16:40",
        body="""Bonjour,

Quelles sont les conditions pour être accepté ? Faut-il avoir moins de 30 ans ? Y a-t-il une date limite pour candidater ?

Cordialement""",
        truth=question(),
    ),
    M(
        frm="Aurélien Lopez <aurelien.lopez@example.org>",
        subject="Candidature",
        date="16 09:40",
        body="""Bonjour,

Je suis professeur des écoles depuis 2019 et je souhaite quitter l'Éducation nationale. J'ai obtenu en 2026 un DU en management des associations. Je cherche un poste de direction dans une association d'éducation populaire.

Aurélien Lopez
06 70 21 38 94""",
        truth=app("Aurélien", "Lopez", phone="+33670213894", bac="*", grad=None, failing=("not_career_change",), unknown=("graduation_recent",), status="teacher_career_change"),
    ),
    M(
        frm="Camille Fournier <camille.fournier@example.com>",
        subject="Pro'pulse ?",
        date="16 11:15",
        body="""Bonjour,

J'ai une licence (2023) et un master 1 (2025) en sciences de l'éducation. Je ne travaille pas, je ne suis pas étudiante, je cherche. Mon objectif : animer des ateliers dans une association de lutte contre l'illettrisme.

Camille Fournier
07 83 14 29 60""",
        truth=app("Camille", "Fournier", phone="+33783142960", bac=4, grad="2025", status="m1_negations"),
    ),
    M(
        frm="Zacharie Blanc <zacharie.blanc@example.net>",
        subject="intégrer la promo de janvier",
        date="16 13:50",
        body="""Hello l'équipe,

Master de sociologie (juin 2026) en poche, je cherche un taf dans une asso de quartier ou une SCIC. J'ai fait mon stage de M2 dans une ressourcerie, c'est fini depuis juillet.

Zach
06 29 41 83 57""",
        truth=app("Zacharie", "Blanc", phone="+33629418357", bac=5, grad="2026-06", status="en_poche"),
    ),
    M(
        frm="Hafsa Benali <hafsa.benali@example.com>",
        subject="Pro'pulse",
        date="16 16:25",
        body="""Bonjour,

J'ai obtenu ma licence en 2022 puis j'ai fait un master, obtenu en juin 2026. Entre les deux, j'ai travaillé deux ans comme assistante d'éducation pour financer mes études. Je cherche un emploi dans une association de soutien scolaire.

Hafsa Benali
06 51 48 29 30""",
        truth=app("Hafsa", "Benali", phone="+33651482930", bac=5, grad="2026-06", status="two_dates"),
    ),
    M(
        frm="Stéphane Marchal <s.marchal@capemploi.example.org>",
        subject="Orientation Pro'pulse",
        date="16 18:00",
        body="""Bonjour,

Conseiller Cap emploi, j'accompagne M. Rémi Laurent, 26 ans, reconnu travailleur handicapé, titulaire d'un master en informatique (juillet 2025). Il souhaite travailler dans le numérique au sein d'une entreprise adaptée ou d'une association. Il est actuellement en stage dans une entreprise adaptée de Villeurbanne, jusqu'au 15 décembre.

Vous pouvez le joindre au 06 84 30 21 96 ou par mail : remi.laurent@example.net.

Stéphane Marchal""",
        truth=app("Rémi", "Laurent", phone="+33684302196", bac=5, grad="2025-07", email="remi.laurent@example.net", forwarded_by="s.marchal@capemploi.example.org", failing=("not_internship",), status="adviser_intern"),
    ),
    M(
        frm="Manon Dupuis <manon.dupuis@example.org>",
        subject="Pro'pulse",
        date="17 09:30",
        body="""Bonjour,

Je termine un service civique ce vendredi 27 novembre. Licence d'histoire de l'art (2025). Je cherche un emploi dans la médiation culturelle associative.

Manon Dupuis
06 32 90 47 18""",
        truth=app("Manon", "Dupuis", phone="+33632904718", bac=3, grad="2025", failing=("not_service_civique",), status="civique_ends_tomorrow"),
    ),
    M(
        frm="Lucien Faure <lucien.faure@example.net>",
        subject="Candidature spontanée",
        date="17 11:45",
        html="only",
        body="""Bonjour,

Jeune diplômé (master 2 ESS, Université Lumière Lyon 2, septembre 2025), je cherche à rejoindre une coopérative d'habitants ou une foncière solidaire.

Je ne suis pas en stage.

Lucien Faure
07 38 20 19 46""",
        truth=app("Lucien", "Faure", phone="+33738201946", bac=5, grad="2025-09", status="html_jeune_diplome"),
    ),
    M(
        frm="Nadège Colin <nadege.colin@example.com>",
        subject="Pour ma fille Lou, diplômée en juin",
        date="17 14:10",
        body="""Bonjour,

Ma fille Lou Colin est diplômée d'un BTS ESF depuis juin (2026). Elle est en service civique à la Croix-Rouge jusqu'en mars et souhaiterait ensuite travailler dans une association. Vous pouvez la contacter : lou.colin@example.org.

Merci,
Nadège Colin""",
        truth=app("Lou", "Colin", phone=None, bac=2, grad="2026-06", email="lou.colin@example.org", forwarded_by="nadege.colin@example.com", failing=("not_service_civique",), status="parent_civique"),
    ),
    M(
        frm="Rachid Amrani <rachid.amrani@example.org>",
        subject="Pro'pulse",
        date="17 16:30",
        body="""Bonjour,

Diplômé de l'École nationale de commerce et de gestion d'Agadir (master, juillet 2024), j'ai travaillé un an au Maroc dans une banque. Arrivé en France en 2025, je cherche un emploi dans la microfinance solidaire.

Rachid Amrani
07 64 29 18 30""",
        truth=app("Rachid", "Amrani", phone="+33764291830", bac=5, grad="2024-07", failing=("graduation_recent",), status="foreign_master_old"),
    ),
    M(
        frm="Pauline Guerin <pauline.guerin@example.net>",
        subject="Pro'pulse",
        date="18 09:15",
        body="""Bonjour,

J'étais en stage jusqu'en août dans une coopérative de commerce équitable ; c'est là que j'ai su que je voulais travailler dans l'ESS. Diplômée d'une licence pro commerce (2026), je cherche maintenant un CDI dans ce secteur.

Pauline Guerin
06 47 83 20 19""",
        truth=app("Pauline", "Guerin", phone="+33647832019", bac=3, grad="2026", status="etais_stage"),
    ),
    M(
        frm="Tiphaine Roux <tiphaine.roux@example.com>",
        subject="Candidature Pro'pulse",
        date="18 11:00",
        cv=CV("odt", "tiphaine-roux-cv.odt", """Tiphaine Roux
06 29 84 71 30
tiphaine.roux@example.com
Rennes
Diplômes
Licence professionnelle Intervention sociale - 2026
DUT Carrières sociales - 2024
Expériences
Animatrice, centre social Carrefour 18 (2024-2026, en parallèle des études)
Projet : coordinatrice jeunesse dans une association"""),
        body="""Bonjour,

Je souhaite m'inscrire à Pro'pulse, mon CV est joint.

Tiphaine""",
        truth=app("Tiphaine", "Roux", phone="+33629847130", bac=3, grad="2026", info_in="cv", status="cv_odt_aim"),
    ),
    M(
        frm="Joseph Martin <joseph.martin@example.org>",
        subject="Demande",
        date="18 13:20",
        body="""Bonjour,

J'ai un BTS (2024) et je cherche un travail. C'est possible de faire le programme ?

Joseph
06 39 41 27 82""",
        truth=app("Joseph", "Martin", phone="+33639412782", bac=2, grad="2024", unknown=("graduation_recent", "job_seeking_ess"), status="bts_2024_no_ess"),
    ),
    M(
        frm="Sarah Benoît <sarah.benoit@example.net>",
        subject="Pro'pulse",
        date="18 15:40",
        body="""Bonjour,

Diplômée depuis septembre 2026 (master 2 en économie du développement), je cherche un emploi dans l'ESS. Je suis actuellement en CDD d'été prolongé dans un camping, qui se termine fin novembre.

Sarah Benoît
06 83 29 14 70""",
        truth=app("Sarah", "Benoît", phone="+33683291470", bac=5, grad="2026-09", status="seasonal_job"),
    ),
    M(
        frm="Ines Ouattara <ines.ouattara@example.com>",
        subject="Pro'pulse",
        date="18 18:00",
        body="""Bonjour,

Je suis diplômée de l'Institut national polytechnique de Yamoussoukro (diplôme d'ingénieur, 2025). Je cherche un poste d'ingénieure dans une coopérative d'énergie ou une association de solidarité internationale.

Ines Ouattara
07 40 28 19 63""",
        truth=app("Ines", "Ouattara", phone="+33740281963", bac=5, grad="2025", status="foreign_engineer"),
    ),
    M(
        frm="Noah Lefebvre <noah.lefebvre@example.net>",
        subject="hello",
        date="19 00:12",
        body="""hello
jsuis en L3 eco jvoudrais savoir si je peux faire pro'pulse l'an prochain quand j'aurai fini
noah""",
        truth=app("Noah", "Lefebvre", phone=None, bac="*", grad=None, failing=("studies_finished",), unknown=("job_seeking_ess",), status="sms_student_next_year"),
    ),
    M(
        frm="Mélanie Robert <melanie.robert@example.org>",
        subject="Pro'pulse",
        date="19 10:10",
        body="""Bonjour,

Je me permets de vous écrire car je suis au chômage depuis la fin de mon CDD d'assistante RH chez L'Oréal (2023-2026), après une licence pro RH (2023). Je voudrais maintenant me réorienter vers une mutuelle ou une association.

Mélanie Robert
06 17 29 84 30""",
        truth=app("Mélanie", "Robert", phone="+33617298430", bac=3, grad="2023", failing=("graduation_recent",), unknown=("not_career_change",), status="old_reorientation"),
    ),
]
