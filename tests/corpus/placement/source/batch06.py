"""Placement corpus, batch 06 (writer B): the deciding fact in an aside (parentheses, dashes, a footnote
mark), in a postscript after the signature (a P.S. that adds or corrects), or in the signature block (a title
held now, an old template the body updates or leaves standing); and other mail that uses the same places (a
question in parentheses, an auto-reply's dashes, a question in a P.S., a school's «Service des admissions»
signature)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, newsletter, other, question, reply
from placement import N

MESSAGES = [
    # Feature: aside — graduation — (diplômée depuis juin dernier)
    # placed: aside in parentheses «(diplômée depuis juin dernier)» = the master obtained June 2026 (last June before the mail) → meets graduation_recent
    N("aside", "graduation", "(diplômée depuis juin dernier)", M(
        "Capucine Delorme <capucine.delorme@example.org>", "Candidature Pro'pulse", "01 10:05",
        """Bonjour,

Après un master 2 Action publique et territoires à Grenoble (diplômée depuis juin dernier), je cherche un premier poste de chargée de développement dans une association d'éducation à l'environnement ou une SCIC d'énergie citoyenne.

Je suis disponible immédiatement et mobile en Isère et en Savoie.

Bien à vous,
Capucine Delorme
06 52 38 17 64""",
        app("Capucine", "Delorme", phone="+33652381764", bac=5, grad="2026-06", status="b_aside_juin_dernier"),
    )),
    # Feature: aside — situation — en stage jusqu'au 15 janvier
    # placed: aside between dashes «— en stage jusqu'au 15 janvier —» = internship running until January 2027 → fails not_internship
    N("aside", "situation", "en stage jusqu'au 15 janvier", M(
        "Baptiste Rouvière <baptiste.rouviere@example.net>", "Candidature au programme", "02 17:22",
        """Bonjour,

Titulaire d'une licence Économie et gestion obtenue en juin 2026, je travaille en ce moment à la Fondation Brise-Lames — en stage jusqu'au 15 janvier — sur le suivi des projets soutenus. J'aimerais ensuite être recruté dans une fondation ou une grande association, au service des partenariats.

Cordialement,
Baptiste Rouvière
07 70 25 63 18""",
        app("Baptiste", "Rouvière", phone="+33770256318", bac=3, grad="2026-06", failing=("not_internship",), status="b_aside_stage_janvier"),
    )),
    # Feature: aside — studies_finished — (les résultats du dernier semestre ne sont pas encore publiés)
    # ambiguous: the aside says the last semester's exams are sat but the results not out, so whether the master is obtained cannot be told today
    # placed: aside in parentheses «(les résultats du dernier semestre ne sont pas encore publiés)» = master exams sat, results awaited → studies_finished open
    N("aside", "studies_finished", "(les résultats du dernier semestre ne sont pas encore publiés)", M(
        "Amine Ferhat <amine.ferhat@example.com>", "Pro'pulse - candidature", "03 21:48",
        """Bonjour,

J'ai une licence de sociologie (2025) et je viens de terminer les examens de mon M1 Intervention sociale (les résultats du dernier semestre ne sont pas encore publiés). Je voudrais travailler dans une association de prévention spécialisée, auprès des jeunes.

Amine Ferhat
06 81 47 20 53""",
        app("Amine", "Ferhat", phone="+33681472053", bac=3, grad="2025", unknown=("studies_finished",), status="b_aside_resultats"),
    )),
    # Feature: aside — level — * BTS non obtenu : j'ai échoué aux épreuves finales en juin 2025
    # placed: footnote «* BTS non obtenu : j'ai échoué aux épreuves finales en juin 2025» = the BTS named in the body was not obtained, the bac alone → fails degree_level
    N("aside", "level", "* BTS non obtenu : j'ai échoué aux épreuves finales en juin 2025", M(
        "Lina Zerrouki <lina.zerrouki@example.fr>", "Candidature", "04 08:59",
        """Bonjour,

Après mon bac et deux ans de BTS Services et prestations des secteurs sanitaire et social*, j'ai travaillé comme animatrice périscolaire. Je voudrais maintenant un emploi dans une association d'aide aux personnes âgées.

Merci de votre attention,
Lina Zerrouki
07 14 52 86 30

* BTS non obtenu : j'ai échoué aux épreuves finales en juin 2025.""",
        app("Lina", "Zerrouki", phone="+33714528630", bac=0, grad=None, failing=("degree_level",), status="b_aside_bts_non_obtenu"),
    )),
    # Feature: aside — situation — (mon service civique s'est terminé le 31 août)
    # placed: aside in parentheses «(mon service civique s'est terminé le 31 août)» = civic service over before today → meets not_service_civique
    N("aside", "situation", "(mon service civique s'est terminé le 31 août)", M(
        "Jules Azoulay <jules.azoulay@example.org>", "Candidature Pro'pulse", "05 12:36",
        """Bonjour,

J'ai obtenu ma licence Sciences de l'éducation en juin 2025 puis j'ai passé un an dans une association de soutien scolaire de Belleville (mon service civique s'est terminé le 31 août). Je cherche aujourd'hui un poste de coordinateur dans une association d'éducation populaire.

Jules Azoulay
06 93 01 48 27""",
        app("Jules", "Azoulay", phone="+33693014827", bac=3, grad="2025-06", status="b_aside_sc_fini"),
    )),
    # Feature: aside — graduation — * obtenue en juin 2023, à l'IUT de Poitiers
    # placed: footnote «* obtenue en juin 2023, à l'IUT de Poitiers» = the licence pro from June 2023 (41 months) → fails graduation_recent
    N("aside", "graduation", "* obtenue en juin 2023, à l'IUT de Poitiers", M(
        "Morgane Tessier <morgane.tessier@example.net>", "Candidature – chargée d'accueil", "06 15:10",
        """Bonjour,

Titulaire d'une licence pro Gestion des structures sanitaires et sociales*, je souhaite rejoindre une association d'hébergement ou un foyer de jeunes travailleurs, à l'accueil ou à la gestion locative.

Bien cordialement,
Morgane Tessier
06 05 73 91 42

* obtenue en juin 2023, à l'IUT de Poitiers""",
        app("Morgane", "Tessier", phone="+33605739142", bac=3, grad="2023-06", failing=("graduation_recent",), status="b_aside_lp_2023"),
    )),
    # Feature: aside — career_change — after a few years in retail
    # ambiguous: «a few years in retail», in dashes, says neither how many years nor whether they were a career or jobs during her studies
    # placed: aside between dashes «— after a few years in retail —» = an unclear past trade before the 2026 BA → not_career_change open
    N("aside", "career_change", "after a few years in retail", M(
        "Amara Nwachukwu <amara.nwachukwu@example.com>", "Application Pro'pulse", "07 11:44",
        """Hello,

I finished my BA in Community Development at the University of Bristol in June 2026 — after a few years in retail — and I have just moved to Nantes. I am looking for a role in a French non-profit working with migrants, or a social cooperative.

Kind regards,
Amara Nwachukwu
+33 7 62 18 40 95""",
        app("Amara", "Nwachukwu", phone="+33762184095", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_aside_retail_en", language="en"),
    )),
    # Feature: aside — kind — (les candidatures à distance sont-elles possibles ?)
    # placed: aside in parentheses «(les candidatures à distance sont-elles possibles ?)» = a general question for the young people she advises, no fact about the writer → kind question
    N("aside", "kind", "(les candidatures à distance sont-elles possibles ?)", M(
        "Marie-Josée Célestin <mj.celestin@example.fr>", "Renseignement Pro'pulse", "08 14:02",
        """Bonjour,

Je travaille dans un point information jeunesse à Pointe-à-Pitre et plusieurs jeunes m'ont demandé si le programme leur est ouvert (les candidatures à distance sont-elles possibles ?). Merci de me dire aussi s'il existe une documentation à leur transmettre.

Marie-Josée Célestin""",
        question(),
    )),
    # Feature: aside — kind — de retour le lundi 7 décembre
    # placed: aside between dashes «— de retour le lundi 7 décembre —» = an absence notice → kind auto_reply: no personal fact
    N("aside", "kind", "de retour le lundi 7 décembre", M(
        "Patrice Guénolé <p.guenole@example.org>", "Réponse automatique : Candidature Pro'pulse", "09 06:30",
        """Bonjour,

Je suis en congé — de retour le lundi 7 décembre — et je ne lirai pas mes messages d'ici là. Pour toute urgence, écrivez à accueil@example.org.

Patrice Guénolé""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: postscript — situation — P.S. : je suis encore en service civique à la Banque alimentaire, jusqu'au 10 décembre
    # placed: P.S. «je suis encore en service civique à la Banque alimentaire, jusqu'au 10 décembre» = civic service running on the reading day → fails not_service_civique
    N("postscript", "situation", "P.S. : je suis encore en service civique à la Banque alimentaire, jusqu'au 10 décembre", M(
        "Eloïse Santoni <eloise.santoni@example.net>", "Candidature", "10 19:27",
        """Bonjour,

J'ai eu mon BTS Économie sociale familiale en juillet 2025 et je voudrais travailler comme conseillère dans une association de lutte contre la précarité, à Toulon ou à Hyères.

Merci d'avance,
Eloïse Santoni
06 36 84 12 57

P.S. : je suis encore en service civique à la Banque alimentaire, jusqu'au 10 décembre.""",
        app("Eloïse", "Santoni", phone="+33636841257", bac=2, grad="2025-07", failing=("not_service_civique",), status="b_ps_sc_10_dec"),
    )),
    # Feature: postscript — situation — Edit : le stage s'est terminé hier, le 25 novembre
    # placed: «Edit :» line after the signature «le stage s'est terminé hier, le 25 novembre» = corrects the body's «je suis en stage», internship over → meets not_internship
    N("postscript", "situation", "Edit : le stage s'est terminé hier, le 25 novembre", M(
        "Romain Castagné <romain.castagne@example.com>", "Candidature Pro'pulse", "26 09:14",
        """Bonjour,

Je suis en stage au service jeunesse d'une association de quartier de Toulouse, après une licence pro Animation sociale obtenue en juin 2026. Je cherche un poste d'animateur coordinateur dans une association ou un centre social.

Romain Castagné
07 48 20 69 31

Edit : le stage s'est terminé hier, le 25 novembre, j'avais écrit ce mail la semaine dernière sans l'envoyer.""",
        app("Romain", "Castagné", phone="+33748206931", bac=3, grad="2026-06", status="b_ps_edit_stage_fini"),
    )),
    # Feature: postscript — graduation — NB : sur l'attestation, le diplôme est daté de 2024
    # ambiguous: the body says the licence was obtained in 2025, the NB says the certificate is dated 2024, and she herself does not know which counts
    # placed: NB «sur l'attestation, le diplôme est daté de 2024» = a second date for the same licence, 2024 against 2025 → graduation_recent open
    N("postscript", "graduation", "NB : sur l'attestation, le diplôme est daté de 2024", M(
        "Agathe Lefranc <agathe.lefranc@example.org>", "candidature Pro'pulse", "11 22:16",
        """Bonjour,

J'ai une licence Administration économique et sociale obtenue en 2025 à Dijon et je cherche un poste d'assistante de gestion dans une mutuelle ou une association d'aide à domicile.

Agathe Lefranc
06 21 94 37 80

NB : sur l'attestation, le diplôme est daté de 2024, je ne sais pas laquelle des deux dates vous retiendrez.""",
        app("Agathe", "Lefranc", phone="+33621943780", bac=3, grad=None, unknown=("graduation_recent",), status="b_ps_nb_deux_dates"),
    )),
    # Feature: postscript — aim — P.S. : je postule aussi dans les banques, c'est même mon premier choix
    # placed: P.S. «je postule aussi dans les banques, c'est même mon premier choix» = aim outside the ESS → fails job_seeking_ess
    N("postscript", "aim", "P.S. : je postule aussi dans les banques, c'est même mon premier choix", M(
        "Mehdi Saidani <mehdi.saidani@example.fr>", "Candidature programme Pro'pulse", "12 13:33",
        """Bonjour,

Diplômé d'un master Gestion de patrimoine en septembre 2025, je cherche un accompagnement pour trouver mon premier emploi.

Cordialement,
Mehdi Saidani
06 77 40 25 18

P.S. : je postule aussi dans les banques, c'est même mon premier choix.""",
        app("Mehdi", "Saidani", phone="+33677402518", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_ps_banque"),
    )),
    # Feature: postscript — aim — PS : je ne cherche que dans l'ESS, associations ou coopératives
    # placed: PS «je ne cherche que dans l'ESS, associations ou coopératives» = the ESS aim the body lacked → meets job_seeking_ess
    N("postscript", "aim", "PS : je ne cherche que dans l'ESS, associations ou coopératives", M(
        "Fatou Ndour <fatou.ndour@example.net>", "Inscription Pro'pulse", "13 18:40",
        """Bonjour,

J'ai eu mon DUT Gestion des entreprises et des administrations en juin 2025 à Évry. Je suis disponible pour commencer dès que possible, en Essonne ou à Paris.

Fatou Ndour
07 56 13 82 49

PS : je ne cherche que dans l'ESS, associations ou coopératives.""",
        app("Fatou", "Ndour", phone="+33756138249", bac=2, grad="2025-06", status="b_ps_que_ess"),
    )),
    # Feature: postscript — career_change — PPS : avant la licence, j'ai été agent immobilier pendant onze ans
    # placed: PPS «avant la licence, j'ai été agent immobilier pendant onze ans» = eleven years in another trade before the 2026 licence pro → fails not_career_change
    N("postscript", "career_change", "PPS : avant la licence, j'ai été agent immobilier pendant onze ans", M(
        "Stéphane Brunel-Aït <s.brunelait@example.com>", "Candidature", "14 10:51",
        """Bonjour,

Je viens d'obtenir, en juin 2026, une licence professionnelle Gestion du logement social. Je souhaite travailler dans une association d'insertion par le logement.

Stéphane Brunel-Aït
06 46 08 71 23

PS : je peux venir à la réunion de décembre.
PPS : avant la licence, j'ai été agent immobilier pendant onze ans.""",
        app("Stéphane", "Brunel-Aït", phone="+33646087123", bac=3, grad="2026-06", failing=("not_career_change",), status="b_ps_agent_immo"),
    )),
    # Feature: postscript — kind — P.S. : les titulaires d'un titre professionnel de niveau 5 peuvent-ils candidater ?
    # placed: P.S. «les titulaires d'un titre professionnel de niveau 5 peuvent-ils candidater ?» = a general question from a trainer, no fact about the writer → kind question
    N("postscript", "kind", "P.S. : les titulaires d'un titre professionnel de niveau 5 peuvent-ils candidater ?", M(
        "Gilles Ferreira <gilles.ferreira@example.org>", "Vos affiches", "15 16:20",
        """Bonjour,

Merci pour les affiches reçues ce matin, je les ai posées dans le hall du centre de formation.

Gilles Ferreira
Formateur, centre de formation des Ateliers du Bocage

P.S. : les titulaires d'un titre professionnel de niveau 5 peuvent-ils candidater ?""",
        question(),
    )),
    # Feature: postscript — kind — P.S. : je n'ai toujours pas reçu le lien de la visio du 2 décembre
    # placed: P.S. «je n'ai toujours pas reçu le lien de la visio du 2 décembre» = an answer in our thread asking for the link → kind reply
    N("postscript", "kind", "P.S. : je n'ai toujours pas reçu le lien de la visio du 2 décembre", M(
        "Victor Lambrecht <victor.lambrecht@example.net>", "Re: Vos pièces justificatives", "16 09:03",
        """Bonjour,

Merci, je vous renvoie les pièces demandées d'ici vendredi.

Victor

P.S. : je n'ai toujours pas reçu le lien de la visio du 2 décembre.

> Bonjour Victor, il nous manque votre attestation de diplôme.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<pieces-lambrecht.2231@animafac.net>", "References": "<pieces-lambrecht.2231@animafac.net>"},
    )),
    # Feature: signature — situation — Ancienne volontaire en service civique, mission achevée en août — Potagers du Ponant, Brest
    # placed: signature «Ancienne volontaire en service civique, mission achevée en août — Potagers du Ponant, Brest» = a civic service ended in August, the body silent → meets not_service_civique
    N("signature", "situation", "Ancienne volontaire en service civique, mission achevée en août — Potagers du Ponant, Brest", M(
        "Gwenaëlle Queffélec <gwen.queffelec@example.fr>", "Candidature Pro'pulse", "16 20:45",
        """Bonjour,

J'ai une licence Écologie et biologie des organismes (juin 2026) et je voudrais travailler dans une association d'agriculture urbaine ou un chantier d'insertion maraîcher.

Bonne soirée,
--
Gwenaëlle Queffélec
Ancienne volontaire en service civique, mission achevée en août — Potagers du Ponant, Brest
06 39 75 20 14""",
        app("Gwenaëlle", "Queffélec", phone="+33639752014", bac=3, grad="2026-06", status="b_sig_sc_potagers_fini"),
    )),
    # Feature: signature — graduation — Master's in Social Innovation — class of 2025
    # placed: signature «Master's in Social Innovation — class of 2025» = level 5, 2025 → meets graduation_recent
    N("signature", "graduation", "Master's in Social Innovation — class of 2025", M(
        "Tomasz Wiśniewski <tomasz.wisniewski@example.com>", "Application to Pro'pulse", "17 12:08",
        """Hello,

I am writing to apply to your programme. I would like to work for a social cooperative or a foundation on housing, in Paris or Lille.

I am available right away.

Best regards,
Tomasz Wiśniewski
Master's in Social Innovation — class of 2025
+33 6 83 50 12 47""",
        app("Tomasz", "Wiśniewski", phone="+33683501247", bac=5, grad="2025", status="b_sig_class_2025_en", language="en"),
    )),
    # Feature: signature — situation — Stagiaire chargée de communication — Fondation Orée
    # ambiguous: she writes from her old work account and the signature may be the old template; the body never says whether the internship is over
    # placed: signature «Stagiaire chargée de communication — Fondation Orée» = an internship title that may be stale → not_internship open
    N("signature", "situation", "Stagiaire chargée de communication — Fondation Orée", M(
        "Ambre Delannoy <a.delannoy@oree.example.org>", "Candidature", "18 08:12",
        """Bonjour,

Je vous écris depuis mon ancienne adresse de la fondation, je n'ai pas encore fait le tri dans mes comptes. J'ai eu mon master Communication des organisations en septembre 2025 et je cherche un poste de chargée de communication dans une association ou une coopérative culturelle.

Bien à vous,

Ambre Delannoy
Stagiaire chargée de communication — Fondation Orée
06 58 02 74 39""",
        app("Ambre", "Delannoy", phone="+33658027439", bac=5, grad="2025-09", unknown=("not_internship",), status="b_sig_stagiaire_oree"),
    )),
    # Feature: signature — situation — Volontaire en service civique — Ludothèque des Quatre Vents
    # placed: signature «Volontaire en service civique — Ludothèque des Quatre Vents» = an old template the body updates («ma signature n'est plus à jour : mission finie depuis octobre») → the body wins, service civique over → meets not_service_civique
    N("signature", "situation", "Volontaire en service civique — Ludothèque des Quatre Vents", M(
        "Enzo Marquet <enzo.marquet@example.org>", "Candidature Pro'pulse", "19 17:37",
        """Bonjour,

Je candidate à votre programme : BTS Économie sociale familiale en juin 2025, et l'envie de travailler dans une ludothèque associative ou un centre social. Ma signature n'est plus à jour : ma mission est finie depuis octobre.

Enzo Marquet
Volontaire en service civique — Ludothèque des Quatre Vents
07 21 46 93 58""",
        app("Enzo", "Marquet", phone="+33721469358", bac=2, grad="2025-06", status="b_sig_ancienne_ludo"),
    )),
    # Feature: signature — career_change — Conseiller clientèle bancaire depuis 2013 — en reconversion
    # placed: signature «Conseiller clientèle bancaire depuis 2013 — en reconversion» = thirteen years in another trade before the 2026 licence pro → fails not_career_change
    N("signature", "career_change", "Conseiller clientèle bancaire depuis 2013 — en reconversion", M(
        "Frédéric Oyono <frederic.oyono@example.net>", "Candidature Pro'pulse", "20 21:09",
        """Bonjour,

J'ai obtenu en juin 2026 une licence professionnelle Médiation sociale et je cherche un poste de médiateur dans une association de quartier.

Cordialement,
Frédéric Oyono
Conseiller clientèle bancaire depuis 2013 — en reconversion
06 29 81 43 06""",
        app("Frédéric", "Oyono", phone="+33629814306", bac=3, grad="2026-06", failing=("not_career_change",), status="b_sig_banque_reconversion"),
    )),
    # Feature: signature — level — Titulaire d'un bac pro Services de proximité et vie locale
    # placed: signature «Titulaire d'un bac pro Services de proximité et vie locale» = the bac alone → fails degree_level
    N("signature", "level", "Titulaire d'un bac pro Services de proximité et vie locale", M(
        "Samia Belarbi <samia.belarbi@example.com>", "candidature", "21 14:55",
        """Bonjour,

Je voudrais rejoindre le programme pour trouver un emploi d'agente d'accueil dans une maison de quartier associative. J'habite à Vaulx-en-Velin.

Merci,
Samia Belarbi
Titulaire d'un bac pro Services de proximité et vie locale
07 60 39 18 72""",
        app("Samia", "Belarbi", phone="+33760391872", bac=0, grad=None, failing=("degree_level",), status="b_sig_bac_pro"),
    )),
    # Feature: signature — kind — Service des admissions — IUT de Roanne
    # placed: signature «Service des admissions — IUT de Roanne» = a school's office asking for a partnership, no applicant → kind other
    N("signature", "kind", "Service des admissions — IUT de Roanne", M(
        "IUT de Roanne <admissions@iut-roanne.example.fr>", "Présentation de votre programme à nos étudiants", "22 10:18",
        """Bonjour,

Nous organisons une matinée des débouchés le 14 janvier et serions heureux d'y présenter votre programme. Seriez-vous disponibles pour intervenir une demi-heure ?

Bien cordialement,
Service des admissions — IUT de Roanne
04 77 00 00 00""",
        other(),
    )),
    # Feature: signature — kind — La Lettre des Tiers-Lieux solidaires — envoyée à 4 200 abonnés
    # placed: signature «La Lettre des Tiers-Lieux solidaires — envoyée à 4 200 abonnés» = a bulk letter → kind newsletter: no personal fact
    N("signature", "kind", "La Lettre des Tiers-Lieux solidaires — envoyée à 4 200 abonnés", M(
        "Tiers-Lieux solidaires <lettre@tierslieux.example.net>", "Trois rendez-vous en décembre", "23 07:45",
        """Bonjour,

Le 5 décembre, visite de la Fabrique de Pantin ; le 12, atelier sur la gouvernance ; le 19, apéro de fin d'année.

À bientôt,
--
La Lettre des Tiers-Lieux solidaires — envoyée à 4 200 abonnés
Se désinscrire : répondez STOP""",
        newsletter(),
        headers={"Precedence": "bulk"},
    )),
]
