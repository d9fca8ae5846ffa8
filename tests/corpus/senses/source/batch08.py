"""Batch 8: every family again, mostly in mails that are not applications (bounces, replies, auto-replies,
employers, questions, newsletters) and in applications left open by their trap. Each message written by
hand; the comment names its trap."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from senses import S


def _bounce_report(address: str, code: str, reason: str) -> str:
    return f"""Reporting-MTA: dns; mail.example.net
Final-Recipient: rfc822; {address}
Action: failed
Status: {code}
Diagnostic-Code: smtp; 550 {code} {reason}"""


MESSAGES = [
    # Sense: reconversion — true_sense — reconversion: past trade of unstated length
    S("reconversion", "true_sense", "reconversion", M(
        "Karine Leblanc <karine.leblanc@example.org>", "Candidature — reconversion", "18 15:30",
        """Bonjour,

Après plusieurs années dans la vente, j'ai entamé une reconversion : licence pro Intervention sociale
obtenue en juin 2026. Je cherche un poste de conseillère dans une association d'insertion.

Karine Leblanc""",
        app("Karine", "Leblanc", phone=None, bac=3, grad="2026-06", unknown=["not_career_change"],
            status="reconversion_plusieurs_annees_vente"),
    )),
    # Sense: reconversion — other_sense — bounce of a reconversion advice address
    S("reconversion", "other_sense", "reconversion", M(
        "Mail Delivery System <MAILER-DAEMON@mail.example.net>", "Returned mail: see transcript for details",
        "18 16:00",
        """The original message was not delivered to reconversion@cap-emploi-ouest.example.net
(user unknown).""",
        bounce("reconversion@cap-emploi-ouest.example.net"),
        bounce=_bounce_report("reconversion@cap-emploi-ouest.example.net", "5.1.1", "User unknown"),
    )),
    # Sense: reconversion — other_sense — reply in thread: atelier reconversion
    S("reconversion", "other_sense", "reconversion", M(
        "Hugo Benard <hugo.benard@example.com>", "Re: Invitation atelier", "18 17:10",
        """Merci pour l'invitation. Je viendrai à l'atelier, même si le thème « reconversion » me concerne
peu :
je sors tout juste d'école. À jeudi,
Hugo

> Pro'pulse a écrit : Atelier « parcours et reconversion » le jeudi 3 décembre à 18 h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-0312@animafac.net>", "References": "<atelier-0312@animafac.net>"},
    )),
    # Sense: bac — other_sense — bac de récupération d'eau, a garden's gift
    S("bac", "other_sense", "bac", M(
        "Jardin des Possibles <contact@jardinpossibles.example.org>", "Don de matériel", "19 08:40",
        """Bonjour,
Nous donnons un grand bac de récupération d'eau de pluie et des outils à une association qui en aurait
besoin. Connaissez-vous une structure intéressée dans votre réseau ?
Le Jardin des Possibles""",
        other(),
    )),
    # Sense: bac — true_sense — niveau bac+2 inféré (BTS jamais nommé)
    S("bac", "true_sense", "bac", M(
        "Loïc Hardy <loic.hardy@example.net>", "candidature", "19 10:00",
        """Bonjour, j'ai fait deux ans d'études après le bac, mais je ne sais plus si j'ai eu le diplôme au
bout
(les papiers sont chez mes parents). Je cherche un emploi dans une épicerie solidaire.
Loïc Hardy""",
        app("Loïc", "Hardy", phone=None, bac=None, grad=None, unknown=["degree_level", "graduation_recent"],
            status="deux_ans_apres_bac_diplome_incertain"),
    )),
    # Sense: bac — other_person — a newsletter on the bac of lycéens
    S("bac", "other_person", "bac", M(
        "Fédération des centres sociaux (lettre) <lettre@fcs.example.org>",
        "Accompagner les lycéens vers le bac",
        "19 07:00",
        """Ce mois-ci : comment les centres sociaux accompagnent les lycéens vers le bac, un guide de l'aide
aux devoirs et deux offres d'emploi. Se désabonner.""",
        newsletter(),
    )),
    # Sense: alternance — true_sense — alternance en cours (BTS en cours) CV
    S("alternance", "true_sense", "alternance", M(
        "Nina Dubois <nina.dubois@example.org>", "Candidature", "19 12:15",
        """Bonjour,

Voici mon CV. Je cherche un emploi dans une coopérative.

Nina Dubois""",
        app("Nina", "Dubois", phone=None, bac=2, grad="2025-06", failing=["studies_finished"],
            info_in="both", status="cv_alternance_en_cours"),
        cv=CV("docx", "CV_Nina_Dubois.docx", """
Nina Dubois
nina.dubois@example.org
Formation
Depuis septembre 2025 : Licence pro Management des organisations, en alternance (fin juin 2027)
Juin 2025 : BTS Gestion de la PME
"""),
    )),
    # Sense: alternance — other_sense — reply: alternance des permanences
    S("alternance", "other_sense", "alternance", M(
        "Coralie Weber <coralie.weber@example.net>", "Re: Vos disponibilités", "19 14:40",
        """Bonjour,
Mes permanences au travail fonctionnent en alternance une semaine le matin, une semaine l'après-midi ;
la semaine du 7 décembre je suis libre le matin.
Coralie

> Pro'pulse a écrit : Pouvez-vous nous donner vos disponibilités en décembre ?""",
        reply(),
        headers={"In-Reply-To": "<dispo-7720@animafac.net>", "References": "<dispo-7720@animafac.net>"},
    )),
    # Sense: alternance — other_sense — alternance as rythme de vie, application to verify (date unknown)
    S("alternance", "other_sense", "alternance", M(
        "Marius Blanc <marius.blanc@example.com>", "Candidature", "19 16:05",
        """Bonjour,

Je vis au rythme d'une alternance entre Lyon et la Drôme, où j'aide mes parents à la ferme. J'ai un
master Économie solidaire, dont je n'ai plus la date exacte en tête. Je cherche un emploi dans une
coopérative agricole.

Marius Blanc""",
        app("Marius", "Blanc", phone=None, bac=5, grad=None, unknown=["graduation_recent"],
            status="alternance_lyon_drome_sans_date"),
    )),
    # Sense: service_civique — other_person — question from a parent about his son's service civique
    S("service_civique", "other_person", "service civique", M(
        "Alain Perrin <alain.perrin@example.fr>", "Question service civique", "20 08:50",
        """Bonjour,
Mon fils hésite entre un service civique et votre programme. Les deux sont-ils compatibles ? Il n'a pas
encore fini ses études, je me renseigne pour lui.
Alain Perrin""",
        question(),
    )),
    # Sense: service_civique — true_sense — service civique unclear end
    S("service_civique", "true_sense", "service civique", M(
        "Sarah Mathieu <sarah.mathieu@example.org>", "Candidature", "20 10:20",
        """Bonjour,
J'ai commencé un service civique en avril, je ne sais plus exactement s'il dure six ou huit mois (fin en
octobre ou en décembre, je dois vérifier mon contrat). Licence de lettres en juin 2025. Je cherche un
emploi dans une médiathèque associative.
Sarah""",
        app("Sarah", "Mathieu", phone=None, bac=3, grad="2025-06", unknown=["not_service_civique"],
            status="sc_fin_incertaine"),
    )),
    # Sense: cdi — other_sense — bounce to a cdi address
    S("cdi", "other_sense", "cdi", M(
        "Mail Delivery System <MAILER-DAEMON@mail.example.net>", "Mail delivery failed", "20 11:00",
        """A message that you sent could not be delivered: cdi.lycee-mistral@example.net (no such user).""",
        bounce("cdi.lycee-mistral@example.net"),
        bounce=_bounce_report("cdi.lycee-mistral@example.net", "5.1.1", "No such user"),
    )),
    # Sense: cdi — true_sense — CDI held now in an association
    S("cdi", "true_sense", "CDI", M(
        "Julien Berger <julien.berger@example.net>", "Candidature", "20 13:10",
        """Bonjour,
Je suis en CDI à temps partiel dans une association depuis janvier, après mon master de juin 2025. Je
voudrais trouver un temps plein dans l'ESS.
Julien Berger""",
        app("Julien", "Berger", phone=None, bac=5, grad="2025-06", unknown=["not_career_change"],
            status="cdi_temps_partiel_asso"),
    )),
    # Sense: ess — other_sense — auto-reply of ESS (École supérieure de soudure)
    S("ess", "other_sense", "ESS", M(
        "Admissions ESS <admissions@ess-soudure.example.fr>",
        "Réponse automatique — École supérieure de soudure",
        "20 14:00",
        """Merci pour votre message. Les admissions de l'ESS (École supérieure de soudure) sont closes pour
cette année. Ceci est une réponse automatique.""",
        auto_reply(),
    )),
    # Sense: ess — true_sense — ESS aim but degree level unknown (foreign)
    S("ess", "true_sense", "ESS", M(
        "Ana Ribeiro <ana.ribeiro@example.pt>", "Candidatura / Candidature ESS", "20 15:20",
        """Bonjour,

Je suis portugaise, j'ai un diplôme de l'École polytechnique de Porto (2025), je ne sais pas à quel
niveau français il correspond. Je cherche un emploi dans l'ESS, dans une coopérative de logement.

Ana Ribeiro""",
        app("Ana", "Ribeiro", phone=None, bac=None, grad="2025", unknown=["degree_level"],
            status="ess_diplome_portugais"),
    )),
    # Sense: volontaire — other_sense — question "volontaire" adjective about the programme
    S("volontaire", "other_sense", "volontaire", M(
        "Clémentine Aubry <clementine.aubry@example.com>", "Inscription volontaire ?", "20 16:35",
        """Bonjour,
L'inscription à votre programme est-elle volontaire, ou faut-il être orienté par Pôle emploi / France
Travail ? Je demande pour une association de chômeurs. Merci.""",
        question(),
    )),
    # Sense: volontaire — true_sense — full-time volunteer of unstated kind, English
    S("volontaire", "true_sense", "volunteer", M(
        "Ben Carter <ben.carter@example.com>", "Application", "20 17:45",
        """Hello,

I'm currently a full-time volunteer with a French charity (a programme for young people, until March).
I graduated from a BA in Politics in July 2025. I'll be looking for a job in the social economy.

Ben""",
        app("Ben", "Carter", phone=None, bac=3, grad="2025-07", language="en",
            unknown=["not_service_civique"],
            status="en_full_time_volunteer"),
    )),
    # Sense: stage — true_sense — stage ending in December, date known
    S("stage", "true_sense", "stage", M(
        "Lola Jacob <lola.jacob@example.fr>", "candidature", "21 09:00",
        """Bonjour, mon stage se termine le 18 décembre. Master Management de l'ESS obtenu en septembre 2026
(le stage est hors cursus). Je cherche ensuite un emploi en coopérative.
Lola""",
        app("Lola", "Jacob", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="stage_18_decembre"),
    )),
    # Sense: master — other_sense — other: master key lost
    S("master", "other_sense", "passe-partout", M(
        "Gardien Maison des asso <gardien@mda-lille.example.org>", "Clé passe-partout perdue", "21 10:15",
        """Bonjour,
Votre intervenante a emporté par erreur la clé passe-partout (le « master ») de la salle 3 après
l'atelier de mardi. Pouvez-vous la rapporter à l'accueil ? Merci.
Le gardien""",
        other(),
    )),
    # Sense: licence — true_sense — licence année inconnue
    S("licence", "true_sense", "licence", M(
        "Manon Roussel <manon.roussel@example.net>", "Candidature", "21 11:30",
        """Bonjour,
J'ai une licence de sciences politiques (je ne me souviens plus si c'était 2023 ou 2024). Depuis, petits
boulots. Je cherche un poste dans une association de défense des droits.
Manon""",
        app("Manon", "Roussel", phone=None, bac=3, grad=None, unknown=["graduation_recent"],
            status="licence_2023_ou_2024"),
    )),
    # Sense: promo — other_sense — auto-reply promo
    S("promo", "other_sense", "promotions", M(
        "Boutique Artisans du Monde <boutique@adm-nancy.example.org>", "Message automatique", "21 12:00",
        """Merci pour votre message. La boutique est ouverte du mardi au samedi ; nos promotions de Noël
commencent le 1er décembre. Nous répondrons rapidement.""",
        auto_reply(),
    )),
    # Sense: mission — true_sense — mission unstated ended
    S("mission", "true_sense", "mission", M(
        "Clara Pons <clara.pons@example.com>", "Candidature", "21 13:45",
        """Bonjour,

Ma mission à la Fondation Abbé-Pierre s'est terminée en octobre. Je suis diplômée d'un master Politiques
du logement (septembre 2025) et je cherche un emploi dans le logement social associatif.

Clara Pons""",
        app("Clara", "Pons", phone=None, bac=5, grad="2025-09", status="mission_terminee_octobre"),
    )),
    # Sense: diplome — true_sense — diplôme CAP seul
    S("diplome", "true_sense", "diplôme", M(
        "Samir Aït <samir.ait@example.org>", "candidature", "21 15:00",
        """Bonjour, mon diplôme le plus haut c'est un CAP cuisine (2024). Je cherche un emploi dans un
restaurant d'insertion.
Samir""",
        app("Samir", "Aït", phone=None, bac=0, grad=None, failing=["degree_level"], status="cap_seul"),
    )),
    # Sense: dates — other_sense — bounce
    S("dates", "other_sense", "2026", M(
        "Postmaster <postmaster@example.org>", "Non remis : Candidature Pro'pulse 2026", "21 16:10",
        """Votre message n'a pas pu être remis à anciens.2026@asso-diplomes.example.org :
adresse introuvable.""",
        bounce("anciens.2026@asso-diplomes.example.org"),
        bounce=_bounce_report("anciens.2026@asso-diplomes.example.org", "5.1.1", "Address not found"),
    )),
    # Sense: service_civique — other_sense — employer, tutorat
    S("service_civique", "other_sense", "service civique", M(
        "Unis pour l'école <direction@unispourlecole.example.org>", "Partenariat : tuteurs service civique",
        "22 09:00",
        """Bonjour,
Nous accueillons 30 jeunes en service civique et cherchons des tuteurs salariés. Pourrions-nous vous
présenter nos postes lors d'une de vos réunions collectives ?
La direction""",
        other(),
    )),
    # Sense: reconversion — other_person — a counsellor presents a young graduate
    S("reconversion", "other_person", "reconversion", M(
        "Hélène Martel <h.martel@apec-conseil.example.fr>", "Orientation : Mme Léa Garnier", "22 10:30",
        """Bonjour,

J'accompagne habituellement des cadres en reconversion, mais je vous oriente Léa Garnier
(lea.garnier@example.org), qui n'en est pas une : elle sort d'un master Innovation sociale (juin 2026),
sans expérience professionnelle. Elle cherche un emploi dans l'ESS.

Hélène Martel, conseillère""",
        app("Léa", "Garnier", phone=None, bac=5, grad="2026-06", email="lea.garnier@example.org",
            forwarded_by="h.martel@apec-conseil.example.fr", status="conseillere_reconversion_oriente"),
    )),
    # Sense: bac — true_sense — bac+3 with grad year unsure
    S("bac", "true_sense", "bac+3", M(
        "Rania Meziane <rania.meziane@example.net>", "candidature", "22 12:00",
        """Bonjour,
J'ai un bac+3 en gestion, obtenu il y a quelques années. Je cherche un emploi dans une coopérative
d'activité.
Rania""",
        app("Rania", "Meziane", phone=None, bac=3, grad=None, unknown=["graduation_recent"],
            status="bac3_il_y_a_quelques_annees"),
    )),
    # Sense: alternance — true_sense — offres en alternance, newsletter
    S("alternance", "true_sense", "alternance", M(
        "Jobs ESS Hebdo <hebdo@jobs-ess.example.org>", "20 offres en alternance dans l'ESS", "22 07:00",
        """Cette semaine : 20 offres en alternance dans des coopératives et associations, et 12 offres
d'emploi. Vous recevez ce courriel car vous êtes abonné·e. Se désabonner.""",
        newsletter(),
    )),
    # Sense: ess — other_person — reply: ESS of the father
    S("ess", "other_person", "ESS", M(
        "Antoine Giraud <antoine.giraud@example.com>", "Re: Votre candidature", "22 14:15",
        """Bonjour,
Pour répondre à votre question : c'est mon père qui travaille dans l'ESS, pas moi, je ne suis donc pas
« en poste » dans le secteur. Merci pour le rendez-vous.
Antoine

> Pro'pulse a écrit : Travaillez-vous déjà dans l'ESS ?""",
        reply(),
        headers={"In-Reply-To": "<cand-4418@animafac.net>", "References": "<cand-4418@animafac.net>"},
    )),
    # Sense: cdi — true_sense — question about CDI compatibility, no personal fact
    S("cdi", "true_sense", "CDI", M(
        "Mélodie Chartier <melodie.chartier@example.fr>", "CDI et programme", "22 15:40",
        """Bonjour,
Une personne déjà en CDI peut-elle suivre le programme ? Je pose la question pour un forum d'étudiants
que j'organise. Merci !""",
        question(),
    )),
    # Sense: volontaire — other_person — other people's volontariat, newsletter
    S("volontaire", "other_person", "volontaires", M(
        "France Volontaires (actus) <actus@fv-lettre.example.org>", "Témoignages de volontaires", "22 07:30",
        """Ce mois-ci : trois volontaires racontent leur retour en France et leur recherche d'emploi.
Désinscription en un clic.""",
        newsletter(),
    )),
    # Sense: ess — other_sense — SMS, ESS mistaken, aim open
    S("ess", "other_sense", "ESS", M(
        "theo.gaillard@example.net", "candidature", "22 18:20",
        """salut, Théo Gaillard, licence info juin 2026. g vu ESS sur votre site, je sais pas trop ce que c,
moi je cherche juste un job en dev. 07 01 02 03 04""",
        app("Théo", "Gaillard", phone="+33701020304", bac=3, grad="2026-06", unknown=["job_seeking_ess"],
            status="sms_ess_inconnu_job_dev"),
    )),
]
