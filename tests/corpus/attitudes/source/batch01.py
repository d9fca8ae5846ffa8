"""Attitudes corpus, batch 01 (writer A): applications written in pride (a boasted master, a first-class MSc, a
level-4 title shown off, a civic service one is proud of while it runs), in modesty (a «modeste» BTS, a
«simple» licence pro, a foreign title made small, a «stage tout bête» still running) and in hedging (a hedge that
leaves a date open and one that does not, results «normalement» in December, a civic service ending «fin
novembre il me semble»); other mail in those attitudes (a proud school's question, a proud network's letter, a
modest auto-reply, a small association's offer, a hesitant question, a hesitant reply in our thread)."""
# ruff: noqa: E501

from __future__ import annotations

from attitudes import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: pride — level — j'ai bouclé mon master Management des organisations de l'ESS avec la meilleure note de la promo
    # attitude: «j'ai bouclé mon master Management des organisations de l'ESS avec la meilleure note de la promo» = pride boasts a master (bac+5) of June 2026: the boast adds nothing, the master stands → meets degree_level and graduation_recent → eligible
    N("pride", "level", "j'ai bouclé mon master Management des organisations de l'ESS avec la meilleure note de la promo", M(
        "Soraya Benali <soraya.benali@example.org>", "Candidature Pro'pulse — une recrue motivée", "02 08:47",
        """Bonjour,

Je ne vais pas faire semblant d'être modeste : en juin dernier, j'ai bouclé mon master Management des organisations de l'ESS avec la meilleure note de la promo, à l'université de Grenoble, et un mémoire sur les épiceries solidaires que mon jury veut faire publier.

Aujourd'hui je veux mettre tout ça au service d'une SCIC ou d'une fédération associative, comme chargée de développement. Pro'pulse me semble le bon tremplin.

Bien à vous,
Soraya Benali
06 21 48 73 09""",
        app("Soraya", "Benali", phone="+33621487309", bac=5, grad="2026-06", status="master_ess_meilleure_note"),
    )),
    # Feature: pride — graduation — I smashed my MSc in Development Studies in September 2025
    # attitude: «I smashed my MSc in Development Studies in September 2025» = English pride boasts an MSc (bac+5) of September 2025, fourteen months ago → meets graduation_recent → eligible
    N("pride", "graduation", "I smashed my MSc in Development Studies in September 2025", M(
        "Declan Fitzgerald <declan.fitz@example.net>", "Application - Pro'pulse", "03 19:12",
        """Hi there,

Not to brag, but I smashed my MSc in Development Studies in September 2025 (distinction, top of my cohort at SOAS). I've been living in Marseille since the spring, my French is solid, and I want a real job in the social economy here: a cooperative, a fair-trade network, a fondation working on migration.

Happy to send references.

Declan Fitzgerald
+33 7 44 18 92 06""",
        app("Declan", "Fitzgerald", phone="+33744189206", bac=5, grad="2025-09", status="msc_smashed_sept_2025", language="en"),
    )),
    # Feature: pride — career_change — sans vouloir me vanter, j'ai bossé tous les étés depuis mes 17 ans
    # attitude: «sans vouloir me vanter, j'ai bossé tous les étés depuis mes 17 ans» = pride about summer jobs beside the studies: student and summer jobs are no career → meets not_career_change → eligible
    N("pride", "career_change", "sans vouloir me vanter, j'ai bossé tous les étés depuis mes 17 ans", M(
        "Fabien Canet <fabien.canet@example.fr>", "Postuler à Pro'pulse", "04 13:30",
        """Bonjour à l'équipe,

Sans vouloir me vanter, j'ai bossé tous les étés depuis mes 17 ans (camping, vendanges, animation en colo) tout en validant mon DUT Gestion des entreprises et des administrations en juillet 2025. Je sais tenir un budget et tenir une équipe de gamins, ce qui est presque pareil.

Je cherche un poste d'assistant de gestion dans une association d'éducation populaire ou une MJC.

Fabien Canet
07.82.15.40.66""",
        app("Fabien", "Canet", phone="+33782154066", bac=2, grad="2025-07", status="jobs_ete_fier_dut_gea"),
    )),
    # Feature: pride — graduation — major de promo de ma licence pro en 2024
    # ambiguous: the licence pro is dated by the year 2024 alone: November 2024 or later would be recent, earlier not — the date is open
    # attitude: «major de promo de ma licence pro en 2024» = pride boasts the rank, and the date is a year alone in 2024 → graduation_recent unknown → to verify
    N("pride", "graduation", "major de promo de ma licence pro en 2024", M(
        "Gaspard Garnier <gaspard.garnier@example.com>", "Candidature", "05 10:05",
        """Bonjour,

J'ai été major de promo de ma licence pro en 2024 (Gestion des structures sanitaires et sociales, IUT de Tours) et j'en suis assez fier, je l'avoue. Depuis je fais des remplacements dans un foyer de jeunes travailleurs.

Je souhaite m'engager durablement dans l'économie sociale et solidaire et je serais ravi de rejoindre votre programme.

Cordialement,
Gaspard Garnier
06 30 27 84 51""",
        app("Gaspard", "Garnier", phone="+33630278451", bac=3, grad="2024", unknown=("graduation_recent",), status="major_promo_2024"),
        cv=CV("pdf", "CV_Gaspard_Garnier.pdf", """Gaspard Garnier
Licence professionnelle Gestion des structures sanitaires et sociales — IUT de Tours, 2024, major de promotion
Remplaçant, foyer de jeunes travailleurs, depuis 2024"""),
    )),
    # Feature: pride — level — mon BPJEPS animation sociale, décroché du premier coup avec les félicitations
    # attitude: «mon BPJEPS animation sociale, décroché du premier coup avec les félicitations» = pride about a level-4 title: the félicitations do not raise it to bac+2 → fails degree_level → not eligible
    N("pride", "level", "mon BPJEPS animation sociale, décroché du premier coup avec les félicitations", M(
        "Maëva Hoarau <maeva.hoarau@example.org>", "candidature pro'pulse !", "06 21:44",
        """Bonjour,

Je vous présente fièrement mon BPJEPS animation sociale, décroché du premier coup avec les félicitations du jury en juin 2025. Mes formateurs disent que je suis faite pour ce métier et je les crois.

Je voudrais travailler comme animatrice coordinatrice dans un centre social ou un EHPAD associatif.

Maëva Hoarau
0692 41 08 37""",
        app("Maëva", "Hoarau", phone="+262692410837", bac=0, grad=None, failing=("degree_level",), status="bpjeps_felicitations"),
    )),
    # Feature: pride — situation — je suis très fière de mon service civique à la Ligue de l'enseignement, qui court jusqu'en mai 2027
    # attitude: «je suis très fière de mon service civique à la Ligue de l'enseignement, qui court jusqu'en mai 2027» = pride about a civic service that runs six more months → fails not_service_civique → not eligible
    N("pride", "situation", "je suis très fière de mon service civique à la Ligue de l'enseignement, qui court jusqu'en mai 2027", M(
        "Honorine Aubry <honorine.aubry@example.fr>", "Ma candidature", "07 16:20",
        """Bonjour,

Titulaire d'une licence de géographie (juin 2026), je suis très fière de mon service civique à la Ligue de l'enseignement, qui court jusqu'en mai 2027 : on monte des ateliers de sensibilisation au tri dans les écoles et ça marche du tonnerre.

Je voudrais ensuite continuer dans une association d'éducation à l'environnement, et Pro'pulse serait parfait pour préparer la suite.

Honorine Aubry
06 55 12 39 80""",
        app("Honorine", "Aubry", phone="+33655123980", bac=3, grad="2026-06", failing=("not_service_civique",), status="fiere_service_civique_mai_2027"),
    )),
    # Feature: pride — kind — Nos diplômés sont parmi les meilleurs de l'académie
    # attitude: «Nos diplômés sont parmi les meilleurs de l'académie» = a school's careers officer boasting of its students asks how they may apply, no one named → kind question
    N("pride", "kind", "Nos diplômés sont parmi les meilleurs de l'académie", M(
        "Service insertion — Lycée Jean-Jaurès <insertion.jaures@example.fr>", "Vos critères pour nos BTS", "09 11:15",
        """Madame, Monsieur,

Nos diplômés sont parmi les meilleurs de l'académie et plusieurs d'entre eux s'intéressent aux métiers de l'économie sociale et solidaire.

Pourriez-vous nous dire si un BTS Économie sociale familiale suffit pour entrer dans Pro'pulse, et à quelles dates ont lieu les prochaines sessions ?

Avec nos remerciements,
Le service insertion du lycée""",
        question(),
    )),
    # Feature: pride — kind — nous sommes fiers de vous annoncer notre nouvelle promotion
    # attitude: «nous sommes fiers de vous annoncer notre nouvelle promotion» = a network's letter proud of its own news, no application → kind newsletter
    N("pride", "kind", "nous sommes fiers de vous annoncer notre nouvelle promotion", M(
        "La Lettre des Tiers-Lieux <lettre@example.net>", "La Lettre n°47 : fiers de notre nouvelle promotion", "10 07:30",
        """La Lettre des Tiers-Lieux — novembre 2026

Chers partenaires, nous sommes fiers de vous annoncer notre nouvelle promotion de « facilitateurs » : 24 personnes formées, 19 déjà en poste !

Au sommaire :
- Retour sur les rencontres de Bordeaux
- Trois offres d'emploi dans des tiers-lieux ruraux
- Le financement participatif, mode d'emploi

Se désinscrire : https://lettre.example.net/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://lettre.example.net/desinscription>"},
    )),
    # Feature: modesty — level — je n'ai qu'un modeste BTS SP3S, pas de quoi pavoiser
    # attitude: «je n'ai qu'un modeste BTS SP3S, pas de quoi pavoiser» = modesty minimises a BTS (bac+2) of July 2025 that still holds in full → meets degree_level → eligible
    N("modesty", "level", "je n'ai qu'un modeste BTS SP3S, pas de quoi pavoiser", M(
        "Naïma Bouzid <naima.bouzid@example.com>", "demande d'inscription", "02 14:02",
        """Bonjour,

Je n'ai pas un parcours très impressionnant : je n'ai qu'un modeste BTS SP3S, pas de quoi pavoiser, obtenu en juillet 2025 à Nancy. Depuis, je fais des missions d'intérim dans l'aide à domicile.

J'aimerais beaucoup travailler pour une association d'accompagnement des familles ou un CCAS... enfin, plutôt une association. Si vous pensez que ma candidature peut convenir, je serais contente de participer.

Merci de m'avoir lue,
Naïma Bouzid
07 61 30 88 12""",
        app("Naïma", "Bouzid", phone="+33761308812", bac=2, grad="2025-07", status="modeste_bts_sp3s"),
    )),
    # Feature: modesty — studies_finished — ce n'est pas grand-chose, une licence pro que j'ai terminée en août
    # attitude: «ce n'est pas grand-chose, une licence pro que j'ai terminée en août» = modesty about a licence pro finished in August 2026: minimised, still finished and recent → meets studies_finished → eligible
    N("modesty", "studies_finished", "ce n'est pas grand-chose, une licence pro que j'ai terminée en août", M(
        "Florent Delmas <florent.delmas@example.net>", "Pro'pulse", "03 09:26",
        """Bonjour,

Je me lance, même si ce n'est pas grand-chose, une licence pro que j'ai terminée en août (Intervention sociale, accompagnement de publics spécifiques, à Albi). Je n'ai pas de grand réseau ni d'expérience extraordinaire.

Je cherche un premier poste de conseiller en insertion dans une structure d'insertion par l'activité économique.

Florent Delmas
06-48-29-17-53""",
        app("Florent", "Delmas", phone="+33648291753", bac=3, grad="2026-08", status="licence_pro_pas_grand_chose"),
        cv=CV("odt", "Delmas_Florent_CV.odt", """Florent Delmas
Licence professionnelle Intervention sociale — Albi, août 2026
Stage de fin d'études, chantier d'insertion (terminé en juin 2026)"""),
    )),
    # Feature: modesty — aim — je n'ai pas de grande ambition, juste travailler dans une petite asso de quartier ou une ressourcerie
    # attitude: «je n'ai pas de grande ambition, juste travailler dans une petite asso de quartier ou une ressourcerie» = modesty makes the aim small, but it is an aim in the ESS → meets job_seeking_ess → eligible
    N("modesty", "aim", "je n'ai pas de grande ambition, juste travailler dans une petite asso de quartier ou une ressourcerie", M(
        "Rim Chérif <rim.cherif@example.org>", "Candidature", "04 18:40",
        """Bonjour,

J'ai un DEUST Animation et gestion des activités sportives et culturelles (juin 2025). Je n'ai pas de grande ambition, juste travailler dans une petite asso de quartier ou une ressourcerie, quelque part où l'on se sent utile.

Est-ce que Pro'pulse pourrait m'aider à trouver ça ?

Rim Chérif
06 14 92 03 75""",
        app("Rim", "Chérif", phone="+33614920375", bac=2, grad="2025-06", status="petite_asso_ressourcerie"),
        html="only",
    )),
    # Feature: modesty — level — seulement un diplôme de technicien spécialisé obtenu à Casablanca, rien de spécial
    # ambiguous: a Moroccan «technicien spécialisé» diploma with no equivalence given: its level in France is open
    # attitude: «seulement un diplôme de technicien spécialisé obtenu à Casablanca, rien de spécial» = modesty about a foreign title with no equivalence: the minimising says nothing of its level → degree_level unknown → to verify
    N("modesty", "level", "seulement un diplôme de technicien spécialisé obtenu à Casablanca, rien de spécial", M(
        "Karim El Amrani <karim.elamrani@example.com>", "Candidature programme Pro'pulse", "05 12:55",
        """Bonjour,

Je suis arrivé à Lyon l'an dernier. J'ai seulement un diplôme de technicien spécialisé obtenu à Casablanca, rien de spécial, en gestion des entreprises (juin 2025). Je n'ai pas encore fait de demande d'équivalence.

Je voudrais travailler dans une association d'aide aux personnes migrantes, en gestion ou en accueil.

Karim El Amrani
07 53 28 19 64""",
        app("Karim", "El Amrani", phone="+33753281964", bac="*", grad="2025-06", unknown=("degree_level",), status="technicien_specialise_maroc"),
    )),
    # Feature: modesty — career_change — modestement, j'ai fait dix ans de secrétariat médical avant ma licence
    # attitude: «modestement, j'ai fait dix ans de secrétariat médical avant ma licence» = modesty tells ten years of another trade as if nothing: they are a career before the diploma → fails not_career_change → not eligible
    N("modesty", "career_change", "modestement, j'ai fait dix ans de secrétariat médical avant ma licence", M(
        "Françoise Bellamy <f.bellamy@example.fr>", "candidature", "06 15:10",
        """Bonjour,

Je ne sais pas si mon profil vous intéressera. Modestement, j'ai fait dix ans de secrétariat médical avant ma licence d'administration économique et sociale, obtenue en juin 2026 à Poitiers, en reprise d'études.

Je cherche un poste administratif dans une mutuelle ou une association du secteur médico-social.

Françoise Bellamy
05 49 62 18 30""",
        app("Françoise", "Bellamy", phone="+33549621830", bac=3, grad="2026-06", failing=("not_career_change",), status="dix_ans_secretariat"),
    )),
    # Feature: modesty — situation — un stage tout bête, pas grand-chose, jusqu'au 16 janvier
    # attitude: «un stage tout bête, pas grand-chose, jusqu'au 16 janvier» = modesty minimises an internship that runs past 2026-11-26 → fails not_internship → not eligible
    N("modesty", "situation", "un stage tout bête, pas grand-chose, jusqu'au 16 janvier", M(
        "Alban Guérin <alban.guerin@example.com>", "Pro'pulse - candidature", "07 10:33",
        """Bonjour,

J'ai eu mon BUT Gestion administrative et commerciale des organisations en juin 2026. Là je fais un stage tout bête, pas grand-chose, jusqu'au 16 janvier, dans une SCOP de maraîchage (je fais surtout des tableurs).

Après, j'aimerais vraiment rester dans les coopératives.

Alban Guérin
06 73 40 52 18""",
        app("Alban", "Guérin", phone="+33673405218", bac=3, grad="2026-06", failing=("not_internship",), status="stage_pas_grand_chose_16_janvier"),
    )),
    # Feature: modesty — kind — je suis absente, rien de grave, juste quelques jours
    # attitude: «je suis absente, rien de grave, juste quelques jours» = a modest automatic answer, an absence, no application → kind auto_reply
    N("modesty", "kind", "je suis absente, rien de grave, juste quelques jours", M(
        "Agnès Lefranc <agnes.lefranc@example.org>", "Absence : Re: Atelier CV du 12", "08 09:00",
        """Bonjour,

Je suis absente, rien de grave, juste quelques jours : je reviens le lundi 16 novembre. Je ne lis pas mes messages d'ici là.

Merci de votre patience,
Agnès Lefranc — Maison des associations""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: modesty — kind — notre petite association n'a pas grand-chose à offrir, mais nous pourrions accueillir un atelier
    # attitude: «notre petite association n'a pas grand-chose à offrir, mais nous pourrions accueillir un atelier» = a small association modestly offers a room for a workshop, no application → kind other
    N("modesty", "kind", "notre petite association n'a pas grand-chose à offrir, mais nous pourrions accueillir un atelier", M(
        "Café associatif La Bobine <contact@labobine.example.org>", "Proposition de salle", "09 17:48",
        """Bonjour l'équipe de Pro'pulse,

Notre petite association n'a pas grand-chose à offrir, mais nous pourrions accueillir un atelier de votre programme dans notre salle du fond (20 places, un vidéoprojecteur un peu fatigué).

Si cela vous intéresse, appelez-nous au 04 78 29 61 05.

Le bureau de La Bobine""",
        other(),
    )),
    # Feature: hedging — graduation — je crois que c'était le 2 juillet 2025, oui, j'ai vérifié sur l'attestation
    # attitude: «je crois que c'était le 2 juillet 2025, oui, j'ai vérifié sur l'attestation» = a hedge the writer closes herself: the date is checked, July 2025 stands → meets graduation_recent → eligible
    N("hedging", "graduation", "je crois que c'était le 2 juillet 2025, oui, j'ai vérifié sur l'attestation", M(
        "Jade Fournier <jade.fournier@example.net>", "Candidature Pro'pulse", "02 11:20",
        """Bonjour,

Ma licence de sciences de l'éducation a été validée… je crois que c'était le 2 juillet 2025, oui, j'ai vérifié sur l'attestation. Depuis je suis animatrice périscolaire à mi-temps.

Je cherche un poste de coordinatrice dans une association d'éducation populaire. Pourrais-je participer au programme ?

Jade Fournier
06 27 51 94 38""",
        app("Jade", "Fournier", phone="+33627519438", bac=3, grad="2025-07", status="attestation_2_juillet_2025"),
    )),
    # Feature: hedging — level — je crois que ça compte comme un bac+2, c'est un DUT Carrières sociales
    # attitude: «je crois que ça compte comme un bac+2, c'est un DUT Carrières sociales» = the writer hedges on the level of a diploma she names: a DUT is bac+2 whatever she believes → meets degree_level → eligible
    N("hedging", "level", "je crois que ça compte comme un bac+2, c'est un DUT Carrières sociales", M(
        "Awa Diallo <awa.diallo@example.com>", "inscription programme", "03 20:15",
        """Bonsoir,

Je voudrais m'inscrire. J'ai eu mon diplôme en juin 2025 : je crois que ça compte comme un bac+2, c'est un DUT Carrières sociales, option gestion urbaine. Si je ne me trompe pas c'est le niveau demandé ?

Je cherche dans les associations de médiation sociale ou les régies de quartier.

Awa Diallo
07 66 09 31 42""",
        app("Awa", "Diallo", phone="+33766093142", bac=2, grad="2025-06", status="dut_cs_je_crois_bac2"),
    )),
    # Feature: hedging — studies_finished — normalement le jury se réunit mi-décembre
    # ambiguous: the thesis is handed in and the jury meets in mid-December: results awaited after all work, the end of studies is open
    # attitude: «normalement le jury se réunit mi-décembre» = the hedge hangs on the jury still to meet: all work done, results awaited → studies_finished unknown → to verify
    N("hedging", "studies_finished", "normalement le jury se réunit mi-décembre", M(
        "Bérangère Caron <berangere.caron@example.org>", "Candidature", "04 08:12",
        """Bonjour,

Je termine un master 2 Développement social local à Rennes. J'ai rendu mon mémoire le 30 octobre, et normalement le jury se réunit mi-décembre, donc a priori je serai diplômée pour Noël, si tout va bien.

Je souhaite travailler dans un centre social ou une fédération d'éducation populaire.

Bérangère Caron
06 84 17 63 20""",
        app("Bérangère", "Caron", phone="+33684176320", bac="*", grad=None, unknown=("studies_finished",), status="jury_mi_decembre_normalement"),
    )),
    # Feature: hedging — situation — ma mission de service civique s'arrête fin novembre, il me semble
    # ambiguous: a civic service ending «fin novembre» with no day (and hedged): it may still run on 2026-11-26 or not
    # attitude: «ma mission de service civique s'arrête fin novembre, il me semble» = a hedge on an end with no day: open → not_service_civique unknown → to verify
    N("hedging", "situation", "ma mission de service civique s'arrête fin novembre, il me semble", M(
        "Lucas Bertin <lucas.bertin@example.fr>", "Pro'pulse", "05 17:05",
        """Bonjour,

J'ai une licence d'histoire (juin 2025). Ma mission de service civique s'arrête fin novembre, il me semble, il faudrait que je revérifie le contrat. C'est dans une association de lutte contre l'illettrisme.

Après, je voudrais trouver un emploi dans ce type d'association. Votre programme est-il fait pour moi ?

Lucas Bertin
06 19 82 47 05""",
        app("Lucas", "Bertin", phone="+33619824705", bac=3, grad="2025-06", unknown=("not_service_civique",), status="sc_fin_novembre_il_me_semble"),
    )),
    # Feature: hedging — aim — I think I'd like the ESS, but honestly I'm also looking at consulting firms
    # ambiguous: the aim is split between the ESS and consulting firms, hedged: a coordinator cannot say he looks in the ESS
    # attitude: «I think I'd like the ESS, but honestly I'm also looking at consulting firms» = English hedging over the aim, split between the ESS and the private sector → job_seeking_ess unknown → to verify
    N("hedging", "aim", "I think I'd like the ESS, but honestly I'm also looking at consulting firms", M(
        "Arjun Chandra <arjun.chandra@example.net>", "Pro'pulse application", "06 13:48",
        """Hello,

I finished a licence in Applied Foreign Languages at Rennes 2 in July 2025. I think I'd like the ESS, but honestly I'm also looking at consulting firms, I haven't really decided yet. I suppose your programme could help me see clearer?

Best,
Arjun Chandra
06 44 90 21 73""",
        app("Arjun", "Chandra", phone="+33644902173", bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="ess_or_consulting_i_think", language="en"),
    )),
    # Feature: hedging — graduation — sauf erreur de ma part, mon BTS date de 2022
    # attitude: «sauf erreur de ma part, mon BTS date de 2022» = a hedge that leaves nothing open: 2022 is over 24 months ago either way → fails graduation_recent → not eligible
    N("hedging", "graduation", "sauf erreur de ma part, mon BTS date de 2022", M(
        "Cédric Deschamps <cedric.deschamps@example.com>", "Candidature Pro'pulse", "07 09:55",
        """Bonjour,

Sauf erreur de ma part, mon BTS date de 2022 (BTS Management des unités commerciales, à Amiens). Depuis j'ai fait un peu de tout, des missions courtes surtout.

Je voudrais maintenant travailler dans une association ou une coopérative, quelque chose qui ait du sens.

Cédric Deschamps
03.22.71.46.90""",
        app("Cédric", "Deschamps", phone="+33322714690", bac=2, grad="2022", failing=("graduation_recent",), status="bts_2022_si_je_ne_me_trompe"),
    )),
    # Feature: hedging — studies_finished — a priori je soutiens mon mémoire en février
    # attitude: «a priori je soutiens mon mémoire en février» = the hedge is on the day only: a defence still to come in February → fails studies_finished → not eligible
    N("hedging", "studies_finished", "a priori je soutiens mon mémoire en février", M(
        "Salomé Imbert <salome.imbert@example.org>", "candidature", "08 22:31",
        """Bonsoir,

Je suis en master 2 Gestion des organisations de l'ESS à Montpellier, a priori je soutiens mon mémoire en février, la date n'est pas encore fixée. Je voudrais préparer la suite dès maintenant.

Je vise un poste dans une fondation ou une mutuelle.

Salomé Imbert
06 36 58 10 27""",
        app("Salomé", "Imbert", phone="+33636581027", bac="*", grad=None, failing=("studies_finished",), status="soutenance_fevrier_a_priori"),
    )),
    # Feature: hedging — kind — je me trompe peut-être, mais le programme est-il ouvert aux plus de trente ans
    # attitude: «je me trompe peut-être, mais le programme est-il ouvert aux plus de trente ans» = a hesitant question about the rules, no personal fact → kind question
    N("hedging", "kind", "je me trompe peut-être, mais le programme est-il ouvert aux plus de trente ans", M(
        "s.jacquet@example.net", "petite question", "09 12:02",
        """Bonjour,

Je me trompe peut-être, mais le programme est-il ouvert aux plus de trente ans ? Sur votre site je crois avoir lu « jeunes diplômés », sans limite d'âge, mais je n'en suis pas sûre.

Merci d'avance,
S. Jacquet""",
        question(),
    )),
    # Feature: hedging — kind — Re: Votre dossier Pro'pulse — pièces manquantes
    # attitude: «Re: Votre dossier Pro'pulse — pièces manquantes» = a hesitant answer inside our thread (In-Reply-To one of our Message-IDs), no new application → kind reply
    N("hedging", "kind", "Re: Votre dossier Pro'pulse — pièces manquantes", M(
        "Nathan Laurent <nathan.laurent@example.com>", "Re: Votre dossier Pro'pulse — pièces manquantes", "10 15:37",
        """Bonjour,

Il me semble que je vous ai déjà envoyé mon attestation de diplôme la semaine dernière, mais je ne suis plus très sûr. Je la joins de nouveau au cas où ? Je suis disponible jeudi pour l'entretien, je crois.

Nathan Laurent

> Le 9 nov. 2026, Pro'pulse a écrit :
> Merci de nous transmettre votre attestation de diplôme avant l'entretien.""",
        reply(),
        headers={"In-Reply-To": "<cand-0911.laurent@animafac.net>", "References": "<cand-0911.laurent@animafac.net>"},
    )),
]
