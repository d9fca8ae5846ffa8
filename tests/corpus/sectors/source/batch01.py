"""Sectors corpus, batch 01 (writer A): insertion par l'activité économique (ACI, régie de quartier, ETTI,
titre pro CIP, encadrant technique), médico-social (IME, EHPAD associatif or of a private group, DEES,
moniteur-éducateur, DE CESF, DEASS, aide-soignante), animation and éducation populaire (centre social, MJC,
BAFA, BPJEPS, DEJEPS, DESJEPS, STAPS); other mail from the same fields (a question about ETTI, a régie de
quartier's auto-reply, a federation's job digest, a bounce, a CFA trainer's question, a centre social's reply
in our thread)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from sectors import N

MESSAGES = [
    # Feature: insertion — level — titre professionnel Conseiller en insertion professionnelle, obtenu en mars 2025
    # sector: «titre professionnel Conseiller en insertion professionnelle, obtenu en mars 2025» = the titre pro CIP, a bac+2 title of the IAE, 20 months ago → meets degree_level, graduation_recent
    N("insertion", "level", "titre professionnel Conseiller en insertion professionnelle, obtenu en mars 2025", M(
        "Maëlle Quéméner <maelle.quemener@example.org>", "Candidature - CIP en SIAE", "03 08:47",
        """Bonjour,

Je m'appelle Maëlle Quéméner, j'ai 26 ans et je vis à Lorient.

J'ai le titre professionnel Conseiller en insertion professionnelle, obtenu en mars 2025 après une formation à l'AFPA. Depuis, j'ai fait un remplacement de congé maternité comme CIP dans un atelier chantier d'insertion de menuiserie, un CDD qui s'est terminé le 31 octobre.

Ce que j'aime dans ce métier, c'est le suivi individuel des salariés en insertion, les points avec l'encadrant technique, le lien avec les entreprises du coin pour les sorties dynamiques. Je cherche maintenant un poste de CIP en SIAE, idéalement un ACI ou une entreprise d'insertion du Morbihan.

Vous trouverez mon CV en pièce jointe.

Bien à vous,
Maëlle Quéméner
06 74 21 93 08""",
        app("Maëlle", "Quéméner", phone="+33674219308", bac=2, grad="2025-03", status="cip_titre_pro_2025", info_in="both"),
        cv=CV("docx", "CV_Maelle_Quemener.docx", "Maëlle Quéméner\nConseillère en insertion professionnelle\n2025 : titre professionnel CIP (AFPA Lorient)\n2025 (mai-octobre) : CIP en atelier chantier d'insertion menuiserie, CDD de remplacement\n2019 : bac ST2S\nPermis B"),
    )),
    # Feature: insertion — career_change — maçon pendant douze ans, puis encadrant technique en chantier d'insertion depuis 2016
    # sector: «maçon pendant douze ans, puis encadrant technique en chantier d'insertion depuis 2016» = two decades in the building trade and its supervision before the titre pro CIP of June 2026 → fails not_career_change
    N("insertion", "career_change", "maçon pendant douze ans, puis encadrant technique en chantier d'insertion depuis 2016", M(
        "Thierry Ranaivo <t.ranaivo@example.net>", "candidature programme", "04 19:32",
        """Bonjour,

J'ai 47 ans. J'ai été maçon pendant douze ans, puis encadrant technique en chantier d'insertion depuis 2016, sur des chantiers de rénovation du petit patrimoine.

Cette année j'ai voulu passer de l'autre côté du bureau : j'ai suivi la formation et obtenu le titre pro CIP en juin 2026. Je voudrais devenir conseiller en insertion dans une structure de l'IAE, pourquoi pas la régie de quartier de ma ville.

Est-ce que votre programme est ouvert à quelqu'un comme moi ?

Thierry Ranaivo
07 81 44 02 67""",
        app("Thierry", "Ranaivo", phone="+33781440267", bac=2, grad="2026-06", failing=("not_career_change",), status="encadrant_vers_cip"),
    )),
    # Feature: insertion — level — titre professionnel obtenu à l'AFPA en juin 2025
    # ambiguous: a «titre professionnel» of the building trades may stand at CAP level or at bac+2; the CIP who refers him does not say which, nor does he
    # sector: «titre professionnel obtenu à l'AFPA en juin 2025» = a titre pro of unstated level (they range from level 3 to level 6) → degree_level open
    N("insertion", "level", "titre professionnel obtenu à l'AFPA en juin 2025", M(
        "Sandrine Colombani - ACI Les Jardins du Ruisseau <s.colombani@example.fr>", "Orientation d'un salarié en parcours", "05 11:15",
        """Bonjour,

Je suis conseillère en insertion professionnelle à l'atelier chantier d'insertion Les Jardins du Ruisseau. Je me permets de vous présenter Ousmane Diakité, 29 ans, salarié en insertion chez nous depuis avril en CDDI, affecté à l'équipe espaces verts.

Ousmane a un titre professionnel obtenu à l'AFPA en juin 2025, dans la conduite de travaux je crois, mais je n'ai pas la copie du diplôme. Son parcours chez nous se termine en décembre et il voudrait rester dans l'insertion, comme encadrant technique dans un ACI ou une régie de quartier.

Vous pouvez le joindre au 06 12 58 77 40 ou à ousmane.diakite@example.com.

Cordialement,
Sandrine Colombani
CIP - ACI Les Jardins du Ruisseau""",
        app("Ousmane", "Diakité", phone="+33612587740", bac="*", grad="2025-06", unknown=("degree_level",), status="cddi_titre_pro", email="ousmane.diakite@example.com", forwarded_by="s.colombani@example.fr"),
    )),
    # Feature: insertion — aim — chargée de recrutement dans une agence d'intérim classique
    # sector: «chargée de recrutement dans une agence d'intérim classique» = the temp-work trade outside the ETTI, a private company → fails job_seeking_ess
    N("insertion", "aim", "chargée de recrutement dans une agence d'intérim classique", M(
        "Lina Haddouche <lina.haddouche@example.org>", "Demande d'info + candidature", "06 14:02",
        """Bonjour,

J'ai une licence pro Gestion des ressources humaines obtenue en juin 2025, préparée en alternance dans une ETTI de Roubaix. Là-bas j'ai appris à faire les mises à disposition, les points avec les salariés en parcours, les bilans avec la CIP.

Pour la suite, je vous le dis franchement, je vise un poste de chargée de recrutement dans une agence d'intérim classique, c'est mieux payé et il y a plus d'offres à Lille. J'ai vu que votre programme aide à trouver un premier emploi, est-ce que ça pourrait marcher pour moi ?

Merci d'avance,
Lina
06 31 90 47 52""",
        app("Lina", "Haddouche", phone="+33631904752", bac=3, grad="2025-06", failing=("job_seeking_ess",), status="rh_interim_classique"),
    )),
    # Feature: insertion — studies_finished — mon alternance à la régie de quartier s'est terminée avec la soutenance du 18 septembre
    # sector: «mon alternance à la régie de quartier s'est terminée avec la soutenance du 18 septembre» = the master's apprenticeship in a régie de quartier and its defence are over → meets studies_finished, not_internship
    N("insertion", "studies_finished", "mon alternance à la régie de quartier s'est terminée avec la soutenance du 18 septembre", M(
        "Hugo Maréchal <hugo.marechal@example.com>", "Candidature Pro'pulse", "07 09:20",
        """Bonjour,

Je termine tout juste un master Économie sociale et solidaire en apprentissage : mon alternance à la régie de quartier s'est terminée avec la soutenance du 18 septembre, et le jury m'a délivré le diplôme.

Pendant deux ans j'ai travaillé avec l'équipe de la régie sur le développement des activités de nettoyage et de médiation, et j'ai accompagné le montage d'une nouvelle activité de conciergerie de quartier avec les habitants.

J'aimerais rester dans l'IAE, comme chargé de développement dans une régie de quartier ou un groupe d'entreprises d'insertion.

Hugo Maréchal
07 60 13 84 29""",
        app("Hugo", "Maréchal", phone="+33760138429", bac=5, grad="2026-09", status="master_regie_quartier"),
    )),
    # Feature: insertion — aim — encadrante technique dans un ACI maraîcher
    # sector: «encadrante technique dans un ACI maraîcher» = the supervising trade of an atelier chantier d'insertion, a SIAE → meets job_seeking_ess
    N("insertion", "aim", "encadrante technique dans un ACI maraîcher", M(
        "Aurélie Fontanel <aurelie.fontanel@example.fr>", "poste encadrante technique", "08 21:10",
        """Bonsoir,

BTSA Production horticole obtenu en juin 2025. J'ai fait des saisons chez un maraîcher bio et je me suis rendu compte que ce qui me plaît, c'est de transmettre.

Mon projet : devenir encadrante technique dans un ACI maraîcher, encadrer une équipe de salariés en insertion sur les cultures et la vente en paniers.

Pouvez-vous m'aider à entrer dans ce réseau ?

Aurélie Fontanel
06 45 70 18 36""",
        app("Aurélie", "Fontanel", phone="+33645701836", bac=2, grad="2025-06", status="btsa_encadrante_aci"),
    )),
    # Feature: insertion — kind — les postes en ETTI et en entreprise d'insertion entrent-ils dans votre programme
    # sector: «les postes en ETTI et en entreprise d'insertion entrent-ils dans votre programme» = a general question about the IAE's structures, no personal fact → kind question
    N("insertion", "kind", "les postes en ETTI et en entreprise d'insertion entrent-ils dans votre programme", M(
        "Bastien Royer <bastien.royer@example.net>", "Question sur les structures éligibles", "09 10:05",
        """Bonjour,

Une question rapide : les postes en ETTI et en entreprise d'insertion entrent-ils dans votre programme, ou seulement les associations ?

Merci,
Bastien Royer""",
        question(),
    )),
    # Feature: insertion — kind — Toute l'équipe de la régie de quartier est en séminaire jusqu'au 14 novembre
    # sector: «Toute l'équipe de la régie de quartier est en séminaire jusqu'au 14 novembre» = a régie de quartier's automatic answer → kind auto_reply: no personal fact
    N("insertion", "kind", "Toute l'équipe de la régie de quartier est en séminaire jusqu'au 14 novembre", M(
        "Régie de quartier Les Tilleuls <accueil@regie-tilleuls.example.org>", "Réponse automatique : Re: Session d'information Pro'pulse", "10 07:58",
        """Bonjour,

Toute l'équipe de la régie de quartier est en séminaire jusqu'au 14 novembre, salariés en parcours compris ; nous lirons votre message à notre retour.

Pour une urgence technique sur le quartier (fuite, encombrants), appelez le 03 20 41 55 60.

L'équipe de la régie""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: medico_social — situation — élève éducatrice spécialisée en dernière année à l'IRTS, en stage de troisième année au SESSAD
    # sector: «élève éducatrice spécialisée en dernière année à l'IRTS, en stage de troisième année au SESSAD» = the DEES course's third-year placement: a student and an intern now → fails studies_finished, not_internship
    N("medico_social", "situation", "élève éducatrice spécialisée en dernière année à l'IRTS, en stage de troisième année au SESSAD", M(
        "Coralie Benhamou <coralie.benhamou@example.org>", "Candidature", "02 17:44",
        """Bonjour,

Je suis élève éducatrice spécialisée en dernière année à l'IRTS, en stage de troisième année au SESSAD des Peupliers jusqu'en avril : je suis six adolescents autistes à leur collège et chez eux.

Je pense déjà à l'après : je voudrais travailler dans une association du handicap, en IME ou en foyer. Votre programme m'intéresse pour préparer ça.

Coralie Benhamou
06 27 38 19 55""",
        app("Coralie", "Benhamou", phone="+33627381955", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="dees_stage_ime"),
    )),
    # Feature: medico_social — level — monitrice-éducatrice en MECS depuis juillet 2025
    # ambiguous: «monitrice-éducatrice» names both the DEME (a level-4 diploma, under bac+2) and the job, which people with a licence also hold; she names no diploma
    # sector: «monitrice-éducatrice en MECS depuis juillet 2025» = a job title that is also a level-4 diploma; no other diploma said → degree_level and graduation_recent open
    N("medico_social", "level", "monitrice-éducatrice en MECS depuis juillet 2025", M(
        "Fatou Ndiaye <fatou.ndiaye@example.com>", "Candidature Pro'pulse", "04 12:30",
        """Bonjour,

Je suis monitrice-éducatrice en MECS depuis juillet 2025, en CDD renouvelé tous les trois mois, sur un groupe d'enfants de 6 à 12 ans placés par l'ASE.

Le contrat s'arrête fin décembre et je voudrais trouver un poste plus stable, toujours dans la protection de l'enfance, dans une association qui gère des maisons d'enfants.

Fatou Ndiaye
07 52 84 10 63""",
        app("Fatou", "Ndiaye", phone="+33752841063", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="monitrice_mecs"),
    )),
    # Feature: medico_social — aim — un poste de CESF dans un EHPAD d'un groupe privé
    # sector: «un poste de CESF dans un EHPAD d'un groupe privé» = the grand âge's for-profit employers, not the ESS → fails job_seeking_ess
    N("medico_social", "aim", "un poste de CESF dans un EHPAD d'un groupe privé", M(
        "Romane Vasseur <romane.vasseur@example.net>", "Candidature - DE CESF", "05 16:21",
        """Bonjour,

Titulaire du DE CESF depuis juillet 2025, j'ai travaillé un an en remplacement dans un CCAS.

Je cherche maintenant un poste de CESF dans un EHPAD d'un groupe privé : il y en a trois autour de chez moi, les salaires sont meilleurs et ils recrutent toute l'année. J'ai vu passer votre programme sur un forum et je me demandais s'il pouvait m'aider à décrocher un entretien.

Merci,
Romane Vasseur
06 09 71 32 84""",
        app("Romane", "Vasseur", phone="+33609713284", bac=3, grad="2025-07", failing=("job_seeking_ess",), status="cesf_ehpad_prive"),
    )),
    # Feature: medico_social — aim — assistante sociale en EHPAD, là où il y aura un poste
    # ambiguous: an EHPAD may be associatif (ESS), public (a hospital's) or of a private group; she does not say which, nor does she mind
    # sector: «assistante sociale en EHPAD, là où il y aura un poste» = a grand âge employer of unstated status → job_seeking_ess open
    N("medico_social", "aim", "assistante sociale en EHPAD, là où il y aura un poste", M(
        "Inès Bouzid <ines.bouzid@example.org>", "DEASS 2026 - recherche", "06 08:15",
        """Bonjour,

J'ai eu mon DEASS en juin 2026. Pendant la formation j'ai adoré mon stage en gérontologie, donc je cherche un poste d'assistante sociale en EHPAD, là où il y aura un poste dans la région de Tours.

Est-ce que votre accompagnement pourrait me servir ?

Inès Bouzid
06 88 02 47 19""",
        app("Inès", "Bouzid", phone="+33688024719", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="deass_ehpad_statut"),
    )),
    # Feature: medico_social — level — Diplôme d'État d'éducateur spécialisé en poche depuis juillet 2025
    # sector: «Diplôme d'État d'éducateur spécialisé en poche depuis juillet 2025» = the diplôme d'État d'éducateur spécialisé, bac+3, 16 months ago → meets degree_level, graduation_recent
    N("medico_social", "level", "Diplôme d'État d'éducateur spécialisé en poche depuis juillet 2025", M(
        "Jonas Lefebvre <jonas.lefebvre@example.com>", "Candidature éducateur spécialisé", "07 13:48",
        """Madame, Monsieur,

Je me permets de vous adresser ma candidature au programme Pro'pulse. Diplôme d'État d'éducateur spécialisé en poche depuis juillet 2025, j'ai fait des remplacements en foyer d'hébergement pour adultes handicapés, le dernier terminé en septembre.

Je souhaite m'installer durablement dans une association gestionnaire du secteur du handicap, en ESAT ou en foyer de vie, sur un poste d'éducateur spécialisé.

Mon CV est joint.

Cordialement,
Jonas Lefebvre
06 54 13 98 27""",
        app("Jonas", "Lefebvre", phone="+33654139827", bac=3, grad="2025-07", status="dees_2025_foyer", info_in="both"),
        cv=CV("pdf", "CV Jonas Lefebvre.pdf", "Jonas Lefebvre\nÉducateur spécialisé\nFormation\n2025 : Diplôme d'État d'éducateur spécialisé (DEES), IRTS Hauts-de-France\n2022 : BAFA\nExpérience\n2025-2026 : remplacements en foyer d'hébergement, association gestionnaire\nStages : IME, SAVS, MECS"),
    )),
    # Feature: medico_social — career_change — aide-soignant les étés pendant ma licence
    # sector: «aide-soignant les étés pendant ma licence» = a student job of the grand âge, not a trade left → meets not_career_change
    N("medico_social", "career_change", "aide-soignant les étés pendant ma licence", M(
        "Mathis Kowalczyk <mathis.kowalczyk@example.fr>", "candidature", "08 18:06",
        """Bonjour,

J'ai une licence de sciences de l'éducation, obtenue en juin 2026. Pour payer mes études j'ai été aide-soignant les étés pendant ma licence, en remplacement dans un EHPAD associatif de mon village, sans le diplôme, comme faisant fonction.

Ça m'a donné envie de rester dans le grand âge mais côté projet : animation, lien avec les familles. Je cherche un poste dans une association gestionnaire d'EHPAD ou un SAAD associatif.

Mathis Kowalczyk
07 23 61 50 94""",
        app("Mathis", "Kowalczyk", phone="+33723615094", bac=3, grad="2026-06", status="licence_ae_ete"),
    )),
    # Feature: medico_social — kind — Offres d'emploi des adhérents : ESAT, IME, SESSAD
    # sector: «Offres d'emploi des adhérents : ESAT, IME, SESSAD» = a federation of associations gestionnaires's job digest → kind newsletter
    N("medico_social", "kind", "Offres d'emploi des adhérents : ESAT, IME, SESSAD", M(
        "Fédération des associations du handicap - Lettre <lettre@fedehandicap.example.org>", "La lettre de novembre", "09 06:30",
        """La lettre de novembre de la fédération

Offres d'emploi des adhérents : ESAT, IME, SESSAD

- Éducateur spécialisé (H/F), IME Les Charmes, CDI temps plein
- Moniteur d'atelier, ESAT de la Vallée, CDI
- Accompagnant éducatif et social, foyer de vie, CDD 6 mois
- Assistante sociale, SESSAD, temps partiel

Journée régionale le 4 décembre : «Habitat inclusif, où en est-on ?»

Se désinscrire : lettre@fedehandicap.example.org""",
        newsletter(),
    )),
    # Feature: medico_social — kind — adresse de destination introuvable : lea.marchetti@example.net
    # sector: «adresse de destination introuvable : lea.marchetti@example.net» = our answer to a DEAES applicant bounced → kind bounce
    N("medico_social", "kind", "adresse de destination introuvable : lea.marchetti@example.net", M(
        "Mail Delivery System <mailer-daemon@mx.example.net>", "Message non remis : Re: Votre candidature DEAES", "10 15:40",
        """Votre message n'a pas pu être remis.

adresse de destination introuvable : lea.marchetti@example.net

Objet du message d'origine : Re: Votre candidature DEAES""",
        bounce("lea.marchetti@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; lea.marchetti@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
        to="Pro'pulse <propulse@animafac.net>",
    )),
    # Feature: animation — level — DEJEPS animation sociale obtenu en juin 2025
    # sector: «DEJEPS animation sociale obtenu en juin 2025» = a bac+2 diploma of éducation populaire, 17 months ago → meets degree_level, graduation_recent
    N("animation", "level", "DEJEPS animation sociale obtenu en juin 2025", M(
        "Yasmine Cherkaoui <yasmine.cherkaoui@example.org>", "Candidature coordinatrice", "02 10:12",
        """Bonjour,

Je m'appelle Yasmine, j'ai 28 ans. J'ai le DEJEPS animation sociale obtenu en juin 2025, après plusieurs années comme animatrice périscolaire pendant mes études.

Depuis septembre je suis sans poste et je cherche un emploi de coordinatrice jeunesse ou de référente famille dans un centre social associatif, en Seine-Saint-Denis si possible.

Yasmine Cherkaoui
06 19 83 40 27""",
        app("Yasmine", "Cherkaoui", phone="+33619834027", bac=2, grad="2025-06", status="dejeps_centre_social"),
    )),
    # Feature: animation — level — j'ai que le BPJEPS LTP de juin 2024, plus le BAFA et le BAFD
    # sector: «j'ai que le BPJEPS LTP de juin 2024, plus le BAFA et le BAFD» = a level-4 diploma (= bac) plus two certificates that are no diploma level; the BPJEPS's June 2024 is written as graduation, only the level counted → fails degree_level
    N("animation", "level", "j'ai que le BPJEPS LTP de juin 2024, plus le BAFA et le BAFD", M(
        "Kevin Mbemba <kevin.mbemba@example.net>", "inscription", "03 22:41",
        """Salut,

Côté diplômes j'ai que le BPJEPS LTP de juin 2024, plus le BAFA et le BAFD, rien d'autre.

Je suis directeur d'accueil de loisirs l'été et je cherche un vrai poste à l'année dans une MJC ou une asso d'éducation populaire.

Kevin
07 88 14 26 93""",
        app("Kevin", "Mbemba", phone="+33788142693", bac=0, grad="2024-06", failing=("degree_level",), status="bpjeps_bafd"),
    )),
    # Feature: animation — level — la formation de coordinateur jeunesse de la fédération, huit mois
    # ambiguous: a federation's in-house «formation» has no stated level (it may be a CQP, a certificate of the network or a registered title); BAFA and BAFD are no diploma level; no bac or other diploma named
    # sector: «la formation de coordinateur jeunesse de la fédération, huit mois» = a network's training of unstated level and date → degree_level, graduation_recent open
    N("animation", "level", "la formation de coordinateur jeunesse de la fédération, huit mois", M(
        "Noémie Tran <noemie.tran@example.com>", "Candidature programme Pro'pulse", "05 09:55",
        """Bonjour,

J'ai le BAFA, le BAFD, et j'ai suivi la formation de coordinateur jeunesse de la fédération, huit mois en alternance avec mon poste d'animatrice. Tout ça est terminé.

Aujourd'hui je cherche un poste de coordinatrice dans une fédération d'éducation populaire ou une MJC de la métropole lyonnaise.

Merci de votre retour,
Noémie Tran
06 36 72 81 40""",
        app("Noémie", "Tran", phone="+33636728140", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="formation_federation"),
    )),
    # Feature: animation — situation — volontaire en service civique à la MJC jusqu'au 30 juin 2027
    # sector: «volontaire en service civique à la MJC jusqu'au 30 juin 2027» = a civic service in a MJC running past today → fails not_service_civique
    N("animation", "situation", "volontaire en service civique à la MJC jusqu'au 30 juin 2027", M(
        "Baptiste Lagarde <baptiste.lagarde@example.org>", "Candidature", "06 16:37",
        """Bonjour,

J'ai un BUT Carrières sociales option animation sociale et socioculturelle, obtenu en juin 2026. Depuis octobre je suis volontaire en service civique à la MJC jusqu'au 30 juin 2027, sur l'accompagnement des projets de jeunes.

Je voudrais préparer la suite : un poste d'animateur jeunesse dans un centre social ou une MJC.

Baptiste Lagarde
06 40 29 17 88""",
        app("Baptiste", "Lagarde", phone="+33640291788", bac=3, grad="2026-06", failing=("not_service_civique",), status="but_cs_service_civique"),
    )),
    # Feature: animation — career_change — summer camp counsellor in French colos every summer during my STAPS degree
    # sector: «summer camp counsellor in French colos every summer during my STAPS degree» = seasonal animation jobs while a student, no trade left → meets not_career_change
    N("animation", "career_change", "summer camp counsellor in French colos every summer during my STAPS degree", M(
        "Liam Gauthier-Okafor <liam.gokafor@example.com>", "Application - Pro'pulse", "07 20:14",
        """Hello,

I grew up in Montréal and moved to Grenoble for university. I finished my licence STAPS in June 2025 and I have been working part-time in a sports shop since.

I was a summer camp counsellor in French colos every summer during my STAPS degree, and that is where I want to go back: I am looking for a job as éducateur sportif in a fédération sportive or an association running sport for disabled kids.

My French is fine, but writing is easier for me in English.

Best,
Liam Gauthier-Okafor
07 41 95 30 62""",
        app("Liam", "Gauthier-Okafor", phone="+33741953062", bac=3, grad="2025-06", status="staps_colos_en", language="en"),
    )),
    # Feature: animation — aim — un poste au service jeunesse de la ville
    # sector: «un poste au service jeunesse de la ville» = a municipal youth service, public employment, not the ESS → fails job_seeking_ess
    N("animation", "aim", "un poste au service jeunesse de la ville", M(
        "Clémence Robin <clemence.robin@example.fr>", "candidature animatrice", "08 11:26",
        """Bonjour,

DEJEPS en poche depuis septembre 2025, je cherche un poste au service jeunesse de la ville de Nantes, je prépare aussi le concours d'animateur territorial. La fonction publique territoriale, c'est vraiment ce que je veux.

Est-ce que vous pouvez m'aider pour ça ?

Clémence Robin
06 58 24 73 01""",
        app("Clémence", "Robin", phone="+33658247301", bac=2, grad="2025-09", failing=("job_seeking_ess",), status="dejeps_territorial"),
    )),
    # Feature: animation — graduation — DESJEPS eu en octobre 2025
    # sector: «DESJEPS eu en octobre 2025» = the bac+3 diploma of direction in éducation populaire, 13 months ago → meets graduation_recent, degree_level
    N("animation", "graduation", "DESJEPS eu en octobre 2025", M(
        "Samir Belkacem <samir.belkacem@example.net>", "Pro'pulse", "09 23:02",
        """Bsr, DESJEPS eu en octobre 2025, je cherche direction de centre social ou de maison de quartier asso, dispo de suite. Samir Belkacem 07 12 36 84 95""",
        app("Samir", "Belkacem", phone="+33712368495", bac=3, grad="2025-10", status="desjeps_sms"),
    )),
    # Feature: animation — kind — mes stagiaires BPJEPS me demandent si le diplôme donne accès au programme
    # sector: «mes stagiaires BPJEPS me demandent si le diplôme donne accès au programme» = a CFA trainer asking about the BPJEPS's equivalence for others, no applicant's fact → kind question
    N("animation", "kind", "mes stagiaires BPJEPS me demandent si le diplôme donne accès au programme", M(
        "Patrice Olivier - CFA Sport Animation <p.olivier@cfa-sport.example.org>", "Question équivalence BPJEPS", "11 14:50",
        """Bonjour,

Je suis formateur dans un CFA des métiers du sport et de l'animation ; mes stagiaires BPJEPS me demandent si le diplôme donne accès au programme, ou s'il faut attendre le DEJEPS. Le BPJEPS est de niveau 4, mais plusieurs ont aussi une L1 ou une L2 STAPS.

Pouvez-vous me préciser la règle pour que je la leur transmette ?

Bien cordialement,
Patrice Olivier""",
        question(),
    )),
    # Feature: animation — kind — on réserve la grande salle du centre social pour le 3 décembre
    # sector: «on réserve la grande salle du centre social pour le 3 décembre» = a centre social's answer in our thread about hosting a session → kind reply
    N("animation", "kind", "on réserve la grande salle du centre social pour le 3 décembre", M(
        "Centre social Les Acacias <direction@cs-acacias.example.org>", "Re: Une session d'information aux Acacias ?", "12 09:18",
        """Bonjour Hélène,

C'est d'accord de notre côté : on réserve la grande salle du centre social pour le 3 décembre de 14 h à 16 h. Nous relaierons l'info auprès des jeunes du secteur jeunesse et de la référente famille.

À bientôt,
Marc, directeur

> Le 9 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, seriez-vous d'accord pour accueillir une session d'information ?""",
        reply(),
        headers={"In-Reply-To": "<session-acacias-0911@animafac.net>", "References": "<session-acacias-0911@animafac.net>"},
    )),
]
