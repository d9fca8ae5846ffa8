"""Batch 6: «ESS» and «diplôme» — initials of something else; a first-aid certificate, a coach's diploma, a
sibling's BTS; and the true sense for contrast. Each message written by hand; the comment names its
trap."""

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from senses import S

MESSAGES = [
    # Sense: ess — other_sense — ESS = École supérieure de soins (initials of a school)
    S("ess", "other_sense", "ESS", M(
        "Margaux Lemoine <margaux.lemoine@example.org>", "Candidature", "08 09:30",
        """Bonjour,

Je suis diplômée de l'ESS (École supérieure de sophrologie, titre de niveau 5, 2025). Je cherche un
emploi dans un centre de bien-être privé, pas forcément dans le milieu associatif.

Margaux Lemoine""",
        app("Margaux", "Lemoine", phone=None, bac=2, grad="2025", failing=["job_seeking_ess"],
            status="ess_ecole_sophrologie"),
    )),
    # Sense: ess — true_sense — ESS aim
    S("ess", "true_sense", "ESS", M(
        "Valentin Robin <valentin.robin@example.net>", "Candidature ESS", "08 11:45",
        """Bonjour,
Licence d'économie (juillet 2026). Je veux travailler dans l'ESS, idéalement dans une coopérative
d'activité et d'emploi.
Valentin Robin""",
        app("Valentin", "Robin", phone=None, bac=3, grad="2026-07", status="ess_aim"),
    )),
    # Sense: ess — other_sense — ESS = Enquête sociale européenne (data)
    S("ess", "other_sense", "ESS", M(
        "Ambre Lacroix <ambre.lacroix@example.fr>", "Candidature chargée d'études", "08 14:15",
        """Bonjour,

Pendant mon master de sociologie quantitative (septembre 2025), j'ai travaillé sur les données de l'ESS,
l'European Social Survey. Je cherche un poste de chargée d'études dans un institut de sondage privé.

Ambre Lacroix""",
        app("Ambre", "Lacroix", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"],
            status="ess_european_social_survey_institut_prive"),
    )),
    # Sense: ess — other_sense — ESS, club de football
    S("ess", "other_sense", "ESS", M(
        "Youssef Ben Salah <youssef.bensalah@example.org>", "candidature", "08 16:30",
        """Bonjour,
Je suis supporter de l'ESS depuis tout petit (le club de foot de Sousse !). Sinon, je suis titulaire d'un
master Finance (juin 2026) et je cherche un emploi en banque d'affaires.
Youssef""",
        app("Youssef", "Ben Salah", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="ess_club_foot_banque_affaires"),
    )),
    # Sense: ess — true_sense — économie sociale et solidaire, English "social economy"
    S("ess", "true_sense", "ESS", M(
        "Mia Johansson <mia.johansson@example.se>", "Application ESS", "09 09:00",
        """Hi,

I'd like to work in the ESS (the French social and solidarity economy), ideally a cooperative. I hold a
Master's in Economics from Uppsala, June 2026, and live in Paris.

Mia""",
        app("Mia", "Johansson", phone=None, bac=5, grad="2026-06", language="en", status="en_ess_aim"),
    )),
    # Sense: ess — other_sense — logiciel de paie ESS
    S("ess", "other_sense", "ESS", M(
        "Dorian Meunier <dorian.meunier@example.com>", "Candidature", "09 11:20",
        """Bonjour,

J'ai une licence pro Paie et gestion (juin 2025) et je maîtrise le logiciel ESS Paie. Je cherche un emploi
de gestionnaire de paie, quel que soit le secteur.

Dorian Meunier""",
        app("Dorian", "Meunier", phone=None, bac=3, grad="2025-06", unknown=["job_seeking_ess"],
            status="ess_logiciel_paie"),
    )),
    # Sense: ess — true_sense — Mois de l'ESS, newsletter
    S("ess", "true_sense", "ESS", M(
        "Chambre régionale de l'ESS <lettre@cress-bzh.example.org>", "Bilan du Mois de l'ESS",
        "09 07:00",
        """Le Mois de l'ESS s'achève : 240 événements en Bretagne. Retrouvez les vidéos et le bilan chiffré.
Vous recevez cette lettre en tant qu'adhérent. Se désinscrire.""",
        newsletter(),
    )),
    # Sense: ess — other_sense — question: ESS as an exam acronym
    S("ess", "other_sense", "ESS", M(
        "Benoît Caron <benoit.caron@example.net>", "Sigle ESS ?", "09 13:40",
        """Bonjour,
Sur votre affiche il y a marqué « ESS » : c'est l'économie sociale et solidaire ou autre chose ? Dans mon
lycée, ESS veut dire « épreuve de sciences sociales ». Merci.""",
        question(),
    )),
    # Sense: ess — true_sense — no aim said
    S("ess", "true_sense", "économie sociale", M(
        "Estelle Bouvier <estelle.bouvier@example.org>", "Candidature", "09 15:55",
        """Bonjour,

J'ai un master Économie sociale obtenu en juin 2025. Je ne sais pas encore dans quel secteur chercher :
public, privé, associatif, j'hésite.

Estelle Bouvier""",
        app("Estelle", "Bouvier", phone=None, bac=5, grad="2025-06", unknown=["job_seeking_ess"],
            status="master_economie_sociale_hesite"),
    )),
    # Sense: ess — other_person — ESS: the partner works in ESS
    S("ess", "other_person", "ESS", M(
        "Corentin Lefebvre <corentin.lefebvre@example.fr>", "Candidature", "10 10:10",
        """Bonjour,

Ma compagne travaille dans l'ESS depuis des années et m'a convaincu. Je suis diplômé d'un BUT
Informatique (juin 2026) et je cherche un poste de développeur dans une coopérative ou une association
du numérique libre.

Corentin Lefebvre""",
        app("Corentin", "Lefebvre", phone=None, bac=3, grad="2026-06", status="compagne_ess"),
    )),
    # Sense: diplome — other_sense — PSC1
    S("diplome", "other_sense", "PSC1", M(
        "Louise Arnaud <louise.arnaud@example.org>", "Candidature", "10 12:30",
        """Bonjour,

Mon seul diplôme récent, c'est le PSC1 (premiers secours), passé en octobre 2026. Sinon j'ai le bac et
quelques années de travail en restauration. Je cherche un emploi dans une association d'aide alimentaire.

Louise Arnaud""",
        app("Louise", "Arnaud", phone=None, bac=0, grad=None, failing=["degree_level"], status="psc1_seul"),
    )),
    # Sense: diplome — other_person — BTS du frère
    S("diplome", "other_person", "BTS", M(
        "Mehdi Bouzid <mehdi.bouzid@example.net>", "candidature", "10 14:45",
        """Bonjour,
Mon frère a eu son BTS en juin, c'est lui qui m'a montré Pro'pulse. Moi je n'ai pas de diplôme après le
bac, mais je suis motivé. Je cherche un emploi dans une asso sportive.
Mehdi""",
        app("Mehdi", "Bouzid", phone=None, bac=0, grad=None, failing=["degree_level"], status="frere_bts"),
    )),
    # Sense: diplome — other_sense — BNSSA / diplôme de sauveteur + true degree
    S("diplome", "other_sense", "BNSSA", M(
        "Clément Giraud <clement.giraud@example.com>", "Candidature Clément Giraud", "10 17:00",
        """Bonjour,

J'ai obtenu cet été le BNSSA (diplôme de sauveteur aquatique) et je travaille les week-ends à la piscine.
Mon vrai diplôme, c'est une licence STAPS de juin 2025. Je cherche un poste d'éducateur sportif dans une
association sport-santé.

Clément Giraud
06 99 88 77 11""",
        app("Clément", "Giraud", phone="+33699887711", bac=3, grad="2025-06", status="bnssa_licence_staps"),
    )),
    # Sense: diplome — true_sense — diplôme d'État
    S("diplome", "true_sense", "diplôme", M(
        "Amandine Rey <amandine.rey@example.fr>", "Candidature", "11 09:20",
        """Bonjour,
J'ai eu mon diplôme d'éducatrice spécialisée (DEES, bac+3) en juin 2023. Je travaille depuis en
remplacements. Je cherche un CDI dans une association de protection de l'enfance.
Amandine Rey""",
        app("Amandine", "Rey", phone=None, bac=3, grad="2023-06", failing=["graduation_recent"],
            status="dees_2023"),
    )),
    # Sense: diplome — other_sense — diplôme de yoga / certificat
    S("diplome", "other_sense", "diplôme", M(
        "Capucine Morel <capucine.morel@example.org>", "Candidature", "11 11:40",
        """Bonjour,

Je viens d'obtenir, en septembre 2026, un diplôme de professeure de yoga (200 heures, école privée). Avant,
j'ai eu un bac pro commerce. Je voudrais travailler dans une association de santé.

Capucine Morel""",
        app("Capucine", "Morel", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="diplome_yoga_bac_pro"),
    )),
    # Sense: diplome — true_sense — diplôme pas encore délivré, jury à venir
    S("diplome", "true_sense", "diplôme", M(
        "Romain Collet <romain.collet@example.net>", "Candidature", "11 14:00",
        """Bonjour,
J'ai soutenu mon mémoire de master le 20 novembre ; le jury de diplôme se réunit en décembre. Licence
obtenue en 2024. Je cherche un emploi dans une association d'éducation populaire.
Romain""",
        app("Romain", "Collet", phone=None, bac=3, grad="2024", unknown=["graduation_recent",
            "studies_finished"],
            status="jury_decembre_licence_2024"),
    )),
    # Sense: diplome — other_person — the son's diploma, a father writes
    S("diplome", "other_person", "diplôme", M(
        "Gérard Poirier <gerard.poirier@example.fr>", "Pour mon fils", "11 16:15",
        """Bonjour,

Mon fils Léo Poirier (leo.poirier@example.org, 06 31 42 53 64) vient de recevoir son diplôme de master
(juin 2026, Sciences Po Lille). Il veut travailler dans une fondation ou une association. Pouvez-vous
le recevoir ?

Gérard Poirier""",
        app("Léo", "Poirier", phone="+33631425364", bac=5, grad="2026-06", email="leo.poirier@example.org",
            forwarded_by="gerard.poirier@example.fr", status="pere_diplome_fils"),
    )),
    # Sense: diplome — other_sense — first aid certificate, English
    S("diplome", "other_sense", "first aid certificate", M(
        "Noah Williams <noah.williams@example.com>", "Application", "12 09:35",
        """Hello,

I just got my first aid certificate (PSC1) in October. My degree is a BA in Geography from Exeter, July
2022. I'm looking for a job in a French environmental association.

Noah Williams""",
        app("Noah", "Williams", phone=None, bac=3, grad="2022-07", language="en",
            failing=["graduation_recent"],
            status="en_first_aid_ba_2022"),
    )),
    # Sense: diplome — true_sense — diplôme étranger niveau inconnu
    S("diplome", "true_sense", "diplôme", M(
        "Fatou Ndiaye <fatou.ndiaye@example.org>", "Candidature", "12 11:50",
        """Bonjour,

J'ai un diplôme de l'Institut supérieur de gestion de Dakar, obtenu en 2025. Je ne sais pas à quel niveau
il correspond en France. Je cherche un emploi dans une association de solidarité internationale.

Fatou Ndiaye""",
        app("Fatou", "Ndiaye", phone=None, bac=None, grad="2025", unknown=["degree_level"],
            status="diplome_etranger_niveau_inconnu"),
    )),
    # Sense: diplome — other_sense — employer: "diplôme PSC1 exigé"
    S("diplome", "other_sense", "PSC1", M(
        "Centre de loisirs Les Hirondelles <direction@hirondelles.example.org>", "Recrutement animateurs",
        "12 14:10",
        """Bonjour,

Nous cherchons deux animateurs pour les vacances de février. BAFA et PSC1 souhaités. Pourriez-vous
diffuser l'annonce ? Merci !

La direction""",
        other(),
    )),
    # Sense: diplome — other_sense — auto-reply "remise des diplômes"
    S("diplome", "other_sense", "diplômes", M(
        "Secrétariat pédagogique IUT <scolarite@iut-sud.example.fr>", "Réponse automatique", "12 16:30",
        """Le secrétariat est fermé le 4 décembre pour la cérémonie de remise des diplômes. Nous répondrons à
votre message dès le lundi suivant.""",
        auto_reply(),
    )),
    # Sense: ess — other_sense — reply in our thread, ESS initials of someone
    S("ess", "other_sense", "E.S.S.", M(
        "Elsa S. Simon <elsa.simon@example.org>", "Re: Votre dossier Pro'pulse", "12 18:00",
        """Bonjour,
Je signe mes documents « E.S.S. » (Elsa Sophie Simon), d'où la confusion sur le formulaire. Tout est en
ordre maintenant ?
Elsa

> Pro'pulse a écrit : Le formulaire reçu est signé « E.S.S. », pouvez-vous vérifier ?""",
        reply(),
        headers={"In-Reply-To": "<dossier-3310@animafac.net>", "References": "<dossier-3310@animafac.net>"},
    )),
    # Sense: diplome — true_sense — CV with diplomas
    S("diplome", "true_sense", "Diplôme", M(
        "Thibault Noël <thibault.noel@example.com>", "Candidature Thibault Noël", "13 09:05",
        """Bonjour, je vous transmets mon CV. Merci de votre lecture.
Thibault Noël""",
        app("Thibault", "Noël", phone="+33688776655", bac=5, grad="2025-09", info_in="cv",
            status="cv_diplome_psc1_et_master"),
        cv=CV("odt", "CV_Thibault_Noel.odt", """
Thibault Noël
06 88 77 66 55 — thibault.noel@example.com
Objectif : chargé de projet dans une association de l'économie sociale et solidaire
Diplômes
Septembre 2025 : Master Développement des territoires, Université de Poitiers
Octobre 2026 : PSC1 (prévention et secours civiques de niveau 1)
"""),
    )),
    # Sense: ess — true_sense — aim elsewhere explicit
    S("ess", "true_sense", "ESS", M(
        "Pauline Vidal <pauline.vidal@example.net>", "Candidature", "13 11:30",
        """Bonjour,
Master Communication (juin 2026). Je ne cherche pas spécialement dans l'ESS : plutôt en agence de
publicité. Mais je veux bien un accompagnement.
Pauline""",
        app("Pauline", "Vidal", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="pas_ess_agence_pub"),
    )),
    # Sense: diplome — other_person — BTS de la sœur, true sense own DUT
    S("diplome", "other_person", "BTS", M(
        "Lucie Marchal <lucie.marchal@example.fr>", "candidature", "13 14:20",
        """Bonjour,

Ma sœur prépare un BTS en alternance, ce n'est pas mon cas : j'ai obtenu mon DUT GEA en juin 2025 et
j'ai fini mes études. Je cherche un emploi d'assistante de gestion dans une association.

Lucie Marchal""",
        app("Lucie", "Marchal", phone=None, bac=2, grad="2025-06", status="soeur_bts_dut"),
    )),
]
