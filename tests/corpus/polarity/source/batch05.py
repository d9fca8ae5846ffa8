"""Polarity corpus, batch 05 (writer B): plain negations («je ne suis pas en stage», «je n'ai pas terminé mon
master», «je ne viens pas d'un autre métier», «le jury n'a pas délibéré», «Service civique : non» in a CV),
cessations («je n'y suis plus depuis», «je ne travaille plus en grande surface», «je ne serai plus en stage fin
novembre», «no longer a nurse», «j'ai arrêté en L2») and «not yet» («la soutenance n'a pas encore eu lieu»,
«toujours pas de résultats», «pas encore reçu le parchemin», «pas encore commencé de service civique»), and
other mail turned the same way."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from polarity import N

MESSAGES = [
    # Feature: plain_negation — situation — Je ne suis pas en stage
    # operated: «ne … pas» on «en stage» → no internship (a CDD de remplacement) → meets not_internship
    N("plain_negation", "situation", "Je ne suis pas en stage", M(
        "Solène Marchadier <solene.marchadier@example.org>", "Candidature Pro'pulse", "03 10:12",
        """Bonjour,

Je vous écris pour le programme Pro'pulse. J'ai une licence professionnelle Coordination de projets de l'ESS (Université de Poitiers, juin 2025).

Je précise, parce que ma conseillère s'est trompée sur la fiche : je ne suis pas en stage. J'ai un CDD de remplacement de trois semaines dans une crèche associative, c'est tout.

Je cherche un poste de coordinatrice dans une association d'éducation populaire ou une SCIC.

Bien cordialement,
Solène Marchadier
06 12 48 90 37""",
        app("Solène", "Marchadier", phone="+33612489037", bac=3, grad="2025-06", status="b_pas_en_stage_cdd"),
    )),
    # Feature: plain_negation — studies_finished — je n'ai pas terminé mon master
    # operated: «ne … pas» on «terminé mon master» → master in progress (mémoire due in March) → fails studies_finished
    N("plain_negation", "studies_finished", "je n'ai pas terminé mon master", M(
        "Barnabé Grandjean <b.grandjean@example.fr>", "Pro'pulse", "04 21:40",
        """Bonsoir,

Pour être honnête dès le départ : je n'ai pas terminé mon master. Il me reste le mémoire à rendre, normalement en mars.

Mais j'aimerais être accompagné dès maintenant pour trouver un poste dans une coopérative d'habitants ou une association de logement.

Barnabé Grandjean
07 81 22 05 64""",
        app("Barnabé", "Grandjean", phone="+33781220564", bac="*", grad=None, failing=("studies_finished",), status="b_pas_termine_master"),
    )),
    # Feature: plain_negation — studies_finished — Je ne suis pas inscrite cette année : mon master est terminé depuis juillet
    # operated: «ne … pas» on «inscrite cette année» → no longer enrolled, master over since 2026-07 → meets studies_finished
    N("plain_negation", "studies_finished", "Je ne suis pas inscrite cette année : mon master est terminé depuis juillet", M(
        "Awa Kaboré-Briand <awa.kb@example.net>", "candidature - Awa Kaboré-Briand", "05 09:03",
        """Bonjour,

On m'a demandé à la Mission locale si j'étais encore étudiante. Non : je ne suis pas inscrite cette année : mon master est terminé depuis juillet (master Développement social, Lille).

Je cherche un emploi de chargée de développement dans une fédération associative ou une mutuelle.

Merci,
Awa Kaboré-Briand
06 70 31 58 12""",
        app("Awa", "Kaboré-Briand", phone="+33670315812", bac=5, grad="2026-07", status="b_pas_inscrite_master_fini"),
    )),
    # Feature: plain_negation — studies_finished — le jury n'a pas délibéré
    # ambiguous: the defence is done but the jury has not deliberated: whether the master is finished cannot be settled before it does
    # operated: «ne … pas» on «le jury … délibéré» → results to come after a defence already done → studies_finished open
    N("plain_negation", "studies_finished", "le jury n'a pas délibéré", M(
        "Ilyès Mesbahi <ilyes.mesbahi@example.com>", "Candidature", "06 14:27",
        """Bonjour Madame, Monsieur,

J'ai soutenu mon mémoire de master 2 Économie sociale et solidaire le 5 novembre à l'université de Reims. À ce jour, le jury n'a pas délibéré, on nous annonce les résultats « avant les fêtes ».

Je souhaite travailler dans une structure d'insertion par l'activité économique.

Cordialement,
Ilyès Mesbahi
06 33 09 71 48""",
        app("Ilyès", "Mesbahi", phone="+33633097148", bac="*", grad=None, unknown=("studies_finished",), status="b_jury_pas_delibere"),
    )),
    # Feature: plain_negation — career_change — je ne viens pas d'un autre métier
    # operated: «ne … pas» on «d'un autre métier» → animator before and after the DEJEPS → meets not_career_change
    N("plain_negation", "career_change", "je ne viens pas d'un autre métier", M(
        "Gaëtan Lévêque <gaetan.leveque@example.org>", "DEJEPS + candidature", "07 11:55",
        """Salut l'équipe,

DEJEPS animation sociale en poche depuis juillet 2025. Et non, je ne viens pas d'un autre métier : j'étais animateur périscolaire avant la formation et je le suis resté pendant.

Je cherche un poste de coordinateur dans un centre social ou une MJC.

Gaëtan Lévêque
07 58 14 62 09""",
        app("Gaëtan", "Lévêque", phone="+33758146209", bac=2, grad="2025-07", status="b_pas_autre_metier"),
    )),
    # Feature: plain_negation — aim — Je ne cherche pas dans l'associatif
    # operated: «ne … pas» on «dans l'associatif» → aim a group's RSE department → fails job_seeking_ess
    N("plain_negation", "aim", "Je ne cherche pas dans l'associatif", M(
        "Bérénice Ollivier <berenice.ollivier@example.fr>", "Demande d'information et candidature", "08 16:30",
        """Bonjour,

Diplômée d'un master Management de la RSE (Dauphine, septembre 2025), je souhaite intégrer votre programme.

Je ne cherche pas dans l'associatif : mon objectif est un poste au sein de la direction RSE d'un grand groupe industriel.

Bien à vous,
Bérénice Ollivier
06 04 87 26 31""",
        app("Bérénice", "Ollivier", phone="+33604872631", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_pas_associatif_rse"),
    )),
    # Feature: plain_negation — situation — Service civique : non
    # operated: «non» on «Service civique» (CV line) → no civic service → meets not_service_civique («Permis B : non» is a distractor)
    N("plain_negation", "situation", "Service civique : non", M(
        "Nour El Idrissi <nour.elidrissi@example.org>", "CV - candidature Pro'pulse", "09 08:47",
        """Bonjour,

Vous trouverez mon CV en pièce jointe. Je cherche un poste d'assistante de projet dans une association de solidarité internationale.

Nour El Idrissi""",
        app("Nour", "El Idrissi", phone="+33651728403", bac=3, grad="2026-06", info_in="both", status="b_cv_sc_non"),
        cv=CV("pdf", "CV_Nour_El_Idrissi.pdf", """Nour El Idrissi
06 51 72 84 03 — nour.elidrissi@example.org
FORMATION
Licence Langues étrangères appliquées, Université Lyon 2 — juin 2026
SITUATION
Stage en cours : non
Service civique : non
Permis B : non
LANGUES
Arabe, anglais, espagnol"""),
    )),
    # Feature: plain_negation — kind — Faut-il ne pas avoir plus de 30 ans
    # operated: «ne … pas» on «avoir plus de 30 ans» → a question about the rules, no personal fact → kind question
    N("plain_negation", "kind", "Faut-il ne pas avoir plus de 30 ans", M(
        "Lise Vandamme <lise.vandamme@example.com>", "Question sur les conditions", "10 12:02",
        """Bonjour,

Une question rapide avant de monter un dossier : faut-il ne pas avoir plus de 30 ans pour entrer dans le programme ? Je ne trouve pas l'information sur le site.

Merci d'avance,
Lise Vandamme""",
        question(),
    )),
    # Feature: plain_negation — kind — je n'ai pas reçu la convocation
    # operated: «ne … pas» on «reçu la convocation» → a reply in our thread → kind reply
    N("plain_negation", "kind", "je n'ai pas reçu la convocation", M(
        "Maxence Quéré <maxence.quere@example.net>", "Re: Votre candidature Pro'pulse", "11 17:18",
        """Bonjour,

Merci pour votre message de lundi. Par contre je n'ai pas reçu la convocation dont vous parlez, ni dans ma boîte ni dans les spams. Pouvez-vous la renvoyer ?

Maxence

> Le 9 nov. 2026, Pro'pulse a écrit :
> Vous allez recevoir une convocation pour l'entretien collectif.""",
        reply(),
        headers={"In-Reply-To": "<conv-2026-1109-quere@animafac.net>", "References": "<conv-2026-1109-quere@animafac.net>"},
    )),
    # Feature: cessation — situation — ma mission de service civique à la Croix-Rouge : je n'y suis plus depuis le 31 octobre
    # operated: «ne … plus» on «y» = the civic service at the Croix-Rouge → over since 2026-10-31 → meets not_service_civique
    N("cessation", "situation", "ma mission de service civique à la Croix-Rouge : je n'y suis plus depuis le 31 octobre", M(
        "Romane Guillard <romane.guillard@example.org>", "Candidature Pro'pulse — Romane Guillard", "04 10:36",
        """Bonjour,

Je suis titulaire d'un BUT Carrières sociales (IUT de Tours, juin 2025). Ensuite j'ai fait ma mission de service civique à la Croix-Rouge : je n'y suis plus depuis le 31 octobre.

Je cherche maintenant un emploi d'animatrice de réseau dans une association ou une fondation.

Cordialement,
Romane Guillard
06 91 40 27 85""",
        app("Romane", "Guillard", phone="+33691402785", bac=3, grad="2025-06", status="b_plus_sc_depuis_octobre"),
    )),
    # Feature: cessation — career_change — je ne travaille plus en grande surface
    # operated: «ne … plus» on «travaille … en grande surface» → twelve years as chef de rayon before the licence pro → the career change stands → fails not_career_change
    N("cessation", "career_change", "je ne travaille plus en grande surface", M(
        "Franck Desmarais <franck.desmarais@example.com>", "reconversion et candidature", "05 19:22",
        """Bonjour,

J'ai 38 ans. Pendant douze ans j'ai été chef de rayon dans un hypermarché. Depuis 2025, je ne travaille plus en grande surface : j'ai repris mes études et obtenu une licence professionnelle Intervention sociale en juin 2026.

Je veux travailler dans une ressourcerie ou une épicerie solidaire.

Franck Desmarais
06 27 83 14 50""",
        app("Franck", "Desmarais", phone="+33627831450", bac=3, grad="2026-06", failing=("not_career_change",), status="b_plus_grande_surface"),
    )),
    # Feature: cessation — situation — je ne serai plus en stage à partir de fin novembre
    # ambiguous: the internship stops «fin novembre» with no day: still running on the 26th or already over, a careful reader cannot tell
    # operated: «ne … plus» on «en stage» from «fin novembre» → internship ending in 2026-11, day unknown → not_internship open
    N("cessation", "situation", "je ne serai plus en stage à partir de fin novembre", M(
        "Maëlys Cordonnier <maelys.cordonnier@example.fr>", "candidature", "06 13:14",
        """Bonjour,

Master Alternatives urbaines obtenu en septembre 2026. Je termine un stage dans une SCOP de maîtrise d'œuvre : je ne serai plus en stage à partir de fin novembre et je cherche la suite, idéalement dans une coopérative ou une association d'urbanisme participatif.

Maëlys Cordonnier
07 66 19 03 42""",
        app("Maëlys", "Cordonnier", phone="+33766190342", bac=5, grad="2026-09", unknown=("not_internship",), status="b_plus_stage_fin_novembre"),
    )),
    # Feature: cessation — studies_finished — j'ai fini mes études en juin : plus de cours, plus d'examens
    # operated: «fini de» / «plus de» on «cours», «examens» → studies over, master validated 2026-06 → meets studies_finished
    N("cessation", "studies_finished", "j'ai fini mes études en juin : plus de cours, plus d'examens", M(
        "Sirine Bouhired <sirine.bouhired@example.net>", "Pro'pulse candidature", "07 09:58",
        """Bonjour,

Ça y est, j'ai fini mes études en juin : plus de cours, plus d'examens, et le master Gestion des organisations de l'ESS est validé (Université Paris-Est Créteil).

Je cherche un poste de chargée de mission dans une mutuelle ou une association d'aide à domicile.

Sirine Bouhired
06 48 25 70 93""",
        app("Sirine", "Bouhired", phone="+33648257093", bac=5, grad="2026-06", status="b_fini_etudes_juin"),
        html="both",
    )),
    # Feature: cessation — career_change — I'm no longer a nurse
    # operated: «no longer» on «a nurse» → eleven years of nursing before the licence pro → the career change stands → fails not_career_change
    N("cessation", "career_change", "I'm no longer a nurse", M(
        "Oluwaseun Adebayo-Roux <seun.adebayo@example.org>", "Application - Pro'pulse", "08 15:45",
        """Hello,

I'm no longer a nurse: after eleven years on hospital wards in Bordeaux I went back to university and completed a licence professionnelle in social and solidarity economy in June 2026.

I am now looking for a coordinator role in a health-focused non-profit or a mutual.

Kind regards,
Oluwaseun Adebayo-Roux
+33 6 39 52 18 74""",
        app("Oluwaseun", "Adebayo-Roux", phone="+33639521874", bac=3, grad="2026-06", failing=("not_career_change",), language="en", status="b_no_longer_nurse"),
    )),
    # Feature: cessation — level — j'ai arrêté la licence en cours de L2, je n'ai validé que la L1
    # operated: «arrêté» on «la licence en cours de L2» → only the L1 validated → level 1 → fails degree_level
    N("cessation", "level", "j'ai arrêté la licence en cours de L2, je n'ai validé que la L1", M(
        "Killian Morvan <killian.morvan29@example.com>", "candidature pro pulse", "09 22:10",
        """bonsoir

bac ES en 2022 puis fac de socio à Brest, j'ai arrêté la licence en cours de L2, je n'ai validé que la L1.

depuis je suis animateur en centre de loisirs et je voudrais un vrai poste dans une asso

killian
06 02 94 37 61""",
        app("Killian", "Morvan", phone="+33602943761", bac=1, grad="2022", failing=("degree_level",), status="b_arrete_l2"),
    )),
    # Feature: cessation — kind — Je ne suis plus en poste à la Maison des associations
    # operated: «ne … plus» on «en poste» → an out-of-office with no personal fact for us → kind auto_reply
    N("cessation", "kind", "Je ne suis plus en poste à la Maison des associations", M(
        "Delphine Arnoult <d.arnoult@mda.example.org>", "Réponse automatique : Pro'pulse — relais de l'appel", "10 08:00",
        """Bonjour,

Je ne suis plus en poste à la Maison des associations depuis le 1er novembre. Pour toute demande, écrivez à accueil@mda.example.org.

Delphine Arnoult""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: cessation — kind — this mailbox is no longer active
    # operated: «no longer» on «active» → a delivery failure → kind bounce
    N("cessation", "kind", "this mailbox is no longer active", M(
        "Mail Delivery System <MAILER-DAEMON@mx1.example.net>", "Undelivered Mail Returned to Sender", "12 07:31",
        """This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients: this mailbox is no longer active.

<jeremie.sauvat@example.net>: host mx1.example.net said: 550 5.1.1 mailbox disabled""",
        bounce("jeremie.sauvat@example.net"),
        bounce="Reporting-MTA: dns; mx1.example.net\n\nFinal-Recipient: rfc822; jeremie.sauvat@example.net\nAction: failed\nStatus: 5.2.1\nDiagnostic-Code: smtp; 550 5.2.1 mailbox disabled, no longer active",
    )),
    # Feature: not_yet — studies_finished — ma soutenance n'a pas encore eu lieu
    # operated: «pas encore» on «ma soutenance … eu lieu» → defence to come on 15 December → fails studies_finished
    N("not_yet", "studies_finished", "ma soutenance n'a pas encore eu lieu", M(
        "Clara Tixier-Bonnet <clara.tixier@example.org>", "Candidature Pro'pulse", "03 15:20",
        """Bonjour,

Je termine un master Intervention et développement social à Rennes 2. Je vous écris en avance car ma soutenance n'a pas encore eu lieu : elle est fixée au 15 décembre.

Je souhaite ensuite travailler dans une association de protection de l'enfance.

Clara Tixier-Bonnet
06 85 13 46 20""",
        app("Clara", "Tixier-Bonnet", phone="+33685134620", bac="*", grad=None, failing=("studies_finished",), status="b_soutenance_pas_encore"),
    )),
    # Feature: not_yet — studies_finished — toujours pas de résultats pour le rattrapage
    # ambiguous: the resit was sat in September and its result is still awaited: whether the BTS is obtained, so whether the studies are over, cannot be told
    # operated: «toujours pas» on «de résultats pour le rattrapage» → results awaited on an exam already sat → studies_finished open
    N("not_yet", "studies_finished", "toujours pas de résultats pour le rattrapage", M(
        "Dounia Haroun <dounia.haroun@example.com>", "candidature et question", "05 18:49",
        """Bonjour,

J'ai passé mon BTS ESF en juin et j'ai dû repasser une épreuve en septembre. Toujours pas de résultats pour le rattrapage, l'académie ne répond pas.

Je voudrais travailler comme conseillère dans une association de lutte contre le mal-logement.

Dounia Haroun
07 45 60 28 13""",
        app("Dounia", "Haroun", phone="+33745602813", bac="*", grad=None, unknown=("studies_finished",), status="b_toujours_pas_rattrapage"),
    )),
    # Feature: not_yet — graduation — je n'ai pas encore reçu le parchemin, mais le jury m'a déclarée admise le 3 juillet 2026
    # operated: «pas encore» on «reçu le parchemin» → the parchment does not decide; admitted by the jury 2026-07 → graduation recent → meets
    N("not_yet", "graduation", "je n'ai pas encore reçu le parchemin, mais le jury m'a déclarée admise le 3 juillet 2026", M(
        "Ophélie Dumortier <ophelie.dumortier@example.net>", "Candidature — licence pro", "07 10:05",
        """Bonjour,

Licence professionnelle Gestion des structures sanitaires et sociales, IUT de Lens : je n'ai pas encore reçu le parchemin, mais le jury m'a déclarée admise le 3 juillet 2026 (attestation jointe sur demande).

Je cherche un poste d'assistante de direction dans un EHPAD associatif ou une fondation.

Ophélie Dumortier
06 19 72 45 08""",
        app("Ophélie", "Dumortier", phone="+33619724508", bac=3, grad="2026-07", status="b_pas_encore_parchemin"),
    )),
    # Feature: not_yet — situation — Il n'a pas encore commencé de service civique
    # operated: «pas encore» on «commencé de service civique» → no civic service held, and he has given it up → meets not_service_civique
    N("not_yet", "situation", "Il n'a pas encore commencé de service civique", M(
        "Marie-Agnès Pelletier <ma.pelletier@example.fr>", "Pour mon fils Quentin", "09 20:15",
        """Bonjour,

Je me permets de vous écrire pour mon fils, Quentin Pelletier, qui a obtenu son DUT Carrières sociales en juin 2025. Il n'a pas encore commencé de service civique : il y a pensé, puis il a décidé de chercher directement un emploi dans une association d'animation.

Vous pouvez le joindre directement : quentin.pelletier@example.fr, 06 73 28 51 94.

Merci beaucoup,
Marie-Agnès Pelletier""",
        app("Quentin", "Pelletier", phone="+33673285194", bac=2, grad="2025-06", email="quentin.pelletier@example.fr", forwarded_by="ma.pelletier@example.fr", status="b_parent_pas_encore_sc"),
    )),
    # Feature: not_yet — aim — Je ne sais pas encore si je reste dans l'associatif
    # ambiguous: she has not yet chosen between associations and the private sector: her aim cannot be settled
    # operated: «pas encore» on «si je reste dans l'associatif» → aim undecided → job_seeking_ess open
    N("not_yet", "aim", "Je ne sais pas encore si je reste dans l'associatif", M(
        "Inès Carvalho <ines.carvalho@example.org>", "Pro'pulse ?", "11 12:44",
        """Bonjour,

J'ai une licence AES obtenue en juin 2025 et j'ai travaillé un an en contrat aidé dans une association sportive. Je ne sais pas encore si je reste dans l'associatif ou si je pars vers une banque ou une assurance, les deux m'intéressent.

Est-ce que votre accompagnement peut m'aider à choisir ?

Inès Carvalho
06 58 03 91 27""",
        app("Inès", "Carvalho", phone="+33658039127", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_pas_encore_choisi_secteur"),
    )),
    # Feature: not_yet — situation — mon stage n'est pas encore terminé
    # operated: «pas encore» on «mon stage … terminé» → internship running until 19 December → fails not_internship
    N("not_yet", "situation", "mon stage n'est pas encore terminé", M(
        "Hugo Lavergne <hugo.lavergne@example.com>", "Candidature programme Pro'pulse", "13 09:30",
        """Bonjour,

Titulaire d'un master Économie sociale (Toulouse, juin 2026), je vous contacte alors que mon stage n'est pas encore terminé : il court jusqu'au 19 décembre à l'Union régionale des SCOP.

Je cherche un poste de chargé d'accompagnement dans une coopérative.

Hugo Lavergne
07 12 84 36 95""",
        app("Hugo", "Lavergne", phone="+33712843695", bac=5, grad="2026-06", failing=("not_internship",), status="b_stage_pas_encore_termine"),
    )),
    # Feature: not_yet — kind — Je n'ai pas encore reçu le lien pour la visio
    # operated: «pas encore» on «reçu le lien» → a reply in our thread → kind reply
    N("not_yet", "kind", "Je n'ai pas encore reçu le lien pour la visio", M(
        "Bérangère Ribeiro <berangere.ribeiro@example.net>", "Re: Réunion d'information du 18 novembre", "16 09:12",
        """Bonjour,

Je n'ai pas encore reçu le lien pour la visio de mercredi. Est-ce normal ?

Bérangère Ribeiro

> Le 12 nov. 2026, Pro'pulse a écrit :
> Le lien de connexion vous sera envoyé la veille.""",
        reply(),
        headers={"In-Reply-To": "<info-1118-ribeiro@animafac.net>", "References": "<info-1118-ribeiro@animafac.net>"},
    )),
    # Feature: not_yet — kind — les candidatures pour la session de printemps ne sont pas encore ouvertes
    # operated: «pas encore» on «ouvertes» → a partner's newsletter → kind newsletter
    N("not_yet", "kind", "les candidatures pour la session de printemps ne sont pas encore ouvertes", M(
        "La Lettre du Réseau ESS <lettre@reseau-ess.example.org>", "La Lettre — novembre 2026", "17 06:00",
        """LA LETTRE DU RÉSEAU ESS — novembre 2026

À noter : les candidatures pour la session de printemps ne sont pas encore ouvertes. Elles le seront en janvier.

Agenda : forum de l'emploi associatif le 4 décembre à Nantes.

Pour vous désinscrire : lettre@reseau-ess.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@reseau-ess.example.org?subject=unsubscribe>"},
    )),
]
