"""Attitudes corpus, batch 05 (writer B): mails written in pride (a master «décroché haut la main», a teacher
proud of her student, years of a former career boasted), in modesty («juste un petit BTS», «un simple bac»,
«un petit stage de rien du tout» still running) and in hedging («si je ne me trompe pas», «je crois que ça
compte comme…», «normalement», «il me semble… 2022, ou 2021») — some hedges leaving a fact open, some not;
other mail in the same attitudes (a proud out-of-office, a ressourcerie boasting its figures, a small
association's modest question, a modest reply in our thread, a network's letter of dates «sous réserve», a
bounce that «semble» say the address is gone)."""
# ruff: noqa: E501

from __future__ import annotations

from attitudes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: pride — level — j'ai décroché haut la main mon master Économie sociale et solidaire
    # attitude: «j'ai décroché haut la main mon master Économie sociale et solidaire» = pride boasts a master (bac+5) of June 2026; the mention adds nothing, the diploma stands → meets degree_level and graduation_recent → eligible
    N("pride", "level", "j'ai décroché haut la main mon master Économie sociale et solidaire", M(
        "Yasmine Ouazzani <yasmine.ouazzani@example.org>", "Candidature Pro'pulse - Yasmine Ouazzani", "02 09:40",
        """Bonjour,

Je n'irai pas par quatre chemins : en juin 2026, j'ai décroché haut la main mon master Économie sociale et solidaire à Grenoble, mention très bien, avec un mémoire sur les SCIC d'énergie citoyenne que mon jury a qualifié de « publiable ».

Je suis fière de ce parcours et je sais ce que je veux : un poste de chargée de développement dans une coopérative ou un réseau de l'ESS. Votre programme me semble le meilleur tremplin pour y arriver vite.

Mon CV est joint.

Yasmine Ouazzani
06 12 48 77 30""",
        app("Yasmine", "Ouazzani", phone="+33612487730", bac=5, grad="2026-06", info_in="both", status="b_master_ess_mention_tb"),
        cv=CV("pdf", "CV_Yasmine_Ouazzani.pdf", """Yasmine Ouazzani
06 12 48 77 30 - yasmine.ouazzani@example.org
Formation
2026 : Master Économie sociale et solidaire, mention très bien
2024 : Licence d'économie
Expériences
Stage de fin d'études, fédération régionale des SCIC (février-juillet 2026)
Bénévole, AMAP du quartier Berriat"""),
    )),
    # Feature: pride — graduation — major de sa promotion de BUT Carrières sociales, diplômé en juillet 2025
    # attitude: «major de sa promotion de BUT Carrières sociales, diplômé en juillet 2025» = the teacher's pride in her student: the rank is no fact, the BUT (bac+3) of 16 months ago is → meets graduation_recent → eligible (a referral: the teacher writes, the student applies)
    N("pride", "graduation", "major de sa promotion de BUT Carrières sociales, diplômé en juillet 2025", M(
        "Solène Vasseur <s.vasseur@iut-exemple.example.fr>", "Je vous présente un ancien étudiant dont je suis très fière", "03 17:05",
        """Bonjour,

J'enseigne à l'IUT depuis quinze ans et il m'arrive rarement d'écrire pour un ancien étudiant. Bastien Roussel a été major de sa promotion de BUT Carrières sociales, diplômé en juillet 2025, et je suis sincèrement fière de ce qu'il est devenu.

Il cherche un premier emploi d'animateur-coordinateur dans une association d'éducation populaire ou une MJC, et je lui ai conseillé Pro'pulse. Vous pouvez le joindre directement : bastien.roussel@example.net, 07 81 22 06 54.

Bien cordialement,
Solène Vasseur
Enseignante, département Carrières sociales""",
        app("Bastien", "Roussel", phone="+33781220654", bac=3, grad="2025-07", email="bastien.roussel@example.net", forwarded_by="s.vasseur@iut-exemple.example.fr", status="b_but_cs_major_enseignante"),
    )),
    # Feature: pride — aim — a coordinator role in a housing SCIC
    # attitude: «a coordinator role in a housing SCIC» = pride in English: the boast about the licence is colour, the aim named is a cooperative of the ESS → meets job_seeking_ess → eligible
    N("pride", "aim", "a coordinator role in a housing SCIC", M(
        "Kofi Mensah <kofi.mensah@example.com>", "Application - proud to apply", "04 11:27",
        """Hello,

I'm proud to say I finished my licence in sociology at Lyon 2 in June 2025 with the second-best dissertation of my year, written in French, my third language.

I know exactly what I want next: a coordinator role in a housing SCIC, ideally one that builds shared homes with its future residents. I've already spent a summer volunteering on a self-build site, and I'm confident I'd be an asset to any cooperative.

I'd love to join Pro'pulse.

Kofi Mensah
+33 7 52 90 14 38""",
        app("Kofi", "Mensah", phone="+33752901438", bac=3, grad="2025-06", language="en", status="b_licence_socio_scic_habitat"),
    )),
    # Feature: pride — situation — mon service civique chez Unis-Cité, qui se termine fin novembre
    # ambiguous: the service civique ends «fin novembre» with no day: on 26 November it may still be running or not
    # attitude: «mon service civique chez Unis-Cité, qui se termine fin novembre» = pride in the mission hides nothing and dates nothing more: an end «fin novembre» with no day → not_service_civique open → to_verify
    N("pride", "situation", "mon service civique chez Unis-Cité, qui se termine fin novembre", M(
        "Maëlle Nicolas <maelle.nicolas@example.fr>", "Candidature", "05 20:14",
        """Bonjour,

Je suis très fière de ce que j'ai accompli pendant mon service civique chez Unis-Cité, qui se termine fin novembre : trois écoles, deux cents enfants sensibilisés au gaspillage alimentaire, et un potager qui continuera sans moi.

Avant ça, j'ai obtenu ma licence de sciences de l'éducation en juin 2026. Je voudrais maintenant un vrai poste dans une association d'éducation à l'environnement.

Maëlle Nicolas
06 30 58 41 92""",
        app("Maëlle", "Nicolas", phone="+33630584192", bac=3, grad="2026-06", unknown=("not_service_civique",), status="b_licence_sde_sc_fin_novembre"),
    )),
    # Feature: pride — career_change — douze ans comme commerciale chez un concessionnaire automobile
    # attitude: «douze ans comme commerciale chez un concessionnaire automobile» = pride in a former career («meilleure vendeuse de la région»): the boast is the fact, twelve years of another trade before the licence pro → fails not_career_change → not_eligible
    N("pride", "career_change", "douze ans comme commerciale chez un concessionnaire automobile", M(
        "Sandrine Pelletier <sandrine.pelletier@example.net>", "une candidature pas comme les autres", "06 08:52",
        """Bonjour,

Sans vouloir me vanter, j'ai un sacré parcours : douze ans comme commerciale chez un concessionnaire automobile, meilleure vendeuse de la région trois années de suite. Je sais convaincre, négocier, tenir un objectif.

J'ai tout quitté pour une licence pro Coordination de projets de développement social, obtenue en juin 2026, et je veux mettre ce talent au service d'une association d'insertion.

Je suis sûre que vous ne verrez pas passer beaucoup de profils comme le mien !

Sandrine Pelletier
06.44.71.20.83""",
        app("Sandrine", "Pelletier", phone="+33644712083", bac=3, grad="2026-06", failing=("not_career_change",), status="b_commerciale_auto_licence_pro"),
    )),
    # Feature: pride — studies_finished — ma soutenance est prévue pour le 14 janvier
    # attitude: «ma soutenance est prévue pour le 14 janvier» = pride in a thesis «déjà remarqué» does not finish it: a defence still to come → fails studies_finished → not_eligible
    N("pride", "studies_finished", "ma soutenance est prévue pour le 14 janvier", M(
        "Hugo Tessier <hugo.tessier@example.com>", "Candidature Pro'pulse (M2 ESS)", "07 13:31",
        """Bonjour,

Je suis en M2 Développement local et ESS et mon mémoire sur les monnaies locales a déjà été remarqué par deux réseaux qui veulent le publier, ce dont je suis assez fier. Ma soutenance est prévue pour le 14 janvier.

J'aimerais rejoindre Pro'pulse pour décrocher un poste de chargé de mission dans une collectivité ou une association de développement local.

Hugo Tessier
07 69 13 85 20""",
        app("Hugo", "Tessier", phone="+33769138520", bac="*", grad=None, failing=("studies_finished",), status="b_m2_soutenance_janvier"),
    )),
    # Feature: pride — kind — je reçois à Bordeaux le prix régional de l'innovation sociale
    # attitude: «je reçois à Bordeaux le prix régional de l'innovation sociale» = a proud out-of-office, no one applying → kind auto_reply
    N("pride", "kind", "je reçois à Bordeaux le prix régional de l'innovation sociale", M(
        "Romain Valette <romain.valette@example.org>", "Absence : Pro'pulse - votre invitation", "08 07:00",
        """Bonjour,

Je suis absent jusqu'au 12 novembre : je reçois à Bordeaux le prix régional de l'innovation sociale avec toute l'équipe de la coopérative, et nous en sommes très fiers.

Je lirai vos messages à mon retour.

Romain Valette
Directeur, Coopérative Les Communs""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: pride — kind — 38 tonnes d'objets sauvés de la benne
    # attitude: «38 tonnes d'objets sauvés de la benne» = a ressourcerie boasting its year's figures and offering visits to our participants, no one applying → kind other
    N("pride", "kind", "38 tonnes d'objets sauvés de la benne", M(
        "Ressourcerie La Trouvaille <contact@latrouvaille.example.org>", "Nos chiffres 2026 (on en est fiers !)", "09 15:45",
        """Bonjour l'équipe Pro'pulse,

On voulait partager avec vous notre bilan de l'année : 38 tonnes d'objets sauvés de la benne, six salariés en insertion dont quatre ont trouvé un emploi durable, et une boutique qui ne désemplit pas. On en est très fiers.

Si vos participants veulent découvrir le métier, nos portes sont ouvertes : une visite par mois, le premier mardi.

À bientôt,
Zoé, pour l'équipe de La Trouvaille""",
        other(),
    )),
    # Feature: modesty — level — juste un petit BTS ESF, rien d'extraordinaire
    # attitude: «juste un petit BTS ESF, rien d'extraordinaire» = modesty minimises a BTS that is still a bac+2, obtained June 2025 → meets degree_level → eligible
    N("modesty", "level", "juste un petit BTS ESF, rien d'extraordinaire", M(
        "Fatoumata Sow <fatoumata.sow@example.fr>", "Candidature", "10 10:12",
        """Bonjour,

Je me permets de vous écrire même si mon parcours est assez simple : j'ai juste un petit BTS ESF, rien d'extraordinaire, obtenu en juin 2025.

J'aimerais travailler comme conseillère dans une association d'accès au logement ou un CCAS associatif. Je ne sais pas si je suis le genre de profil que vous cherchez, mais je suis sérieuse et j'aime le contact.

Fatoumata Sow
07 66 09 35 18""",
        app("Fatoumata", "Sow", phone="+33766093518", bac=2, grad="2025-06", status="b_petit_bts_esf"),
    )),
    # Feature: modesty — studies_finished — j'ai seulement fini mon master en septembre, rien de brillant
    # attitude: «j'ai seulement fini mon master en septembre, rien de brillant» = modesty about a master that is finished (September 2026, in the CV too) → meets studies_finished → eligible
    N("modesty", "studies_finished", "j'ai seulement fini mon master en septembre, rien de brillant", M(
        "Grégoire Mallet <gregoire.mallet@example.net>", "Candidature au programme Pro'pulse", "11 18:20",
        """Bonjour,

Je n'ai pas grand-chose d'impressionnant à raconter : j'ai seulement fini mon master en septembre, rien de brillant, une mention assez bien en Développement territorial.

Je cherche un poste modeste pour commencer, dans une association de développement rural ou une coopérative agricole. Mon CV est en pièce jointe.

Merci de votre lecture,
Grégoire Mallet
06 25 80 47 13""",
        app("Grégoire", "Mallet", phone="+33625804713", bac=5, grad="2026-09", info_in="both", status="b_master_dev_territorial_modeste"),
        cv=CV("docx", "Gregoire_Mallet_CV.docx", """Grégoire Mallet
06 25 80 47 13 - gregoire.mallet@example.net
Formation
Septembre 2026 : Master Développement territorial (mention assez bien)
2024 : Licence de géographie
Expériences
Stage, pays d'accueil touristique du Haut-Vivarais (avril-août 2026)
Saisonnier agricole, étés 2022 et 2023"""),
    )),
    # Feature: modesty — aim — juste être utile dans une épicerie solidaire
    # attitude: «juste être utile dans une épicerie solidaire» = modesty about the aim, which is still a job in the ESS → meets job_seeking_ess → eligible
    N("modesty", "aim", "juste être utile dans une épicerie solidaire", M(
        "Nour Saadi <nour.saadi@example.org>", "petite candidature", "12 21:48",
        """Bonsoir,

Je n'ai pas de grande ambition, je voudrais juste être utile dans une épicerie solidaire ou une association d'aide alimentaire, avec un vrai contrat.

J'ai un DEUST Intervention sociale, obtenu en juin 2025, ce n'est pas grand-chose mais j'y ai beaucoup appris. Votre programme pourrait peut-être m'aider à oser postuler.

Nour Saadi
07 43 18 62 95""",
        app("Nour", "Saadi", phone="+33743186295", bac=2, grad="2025-06", status="b_deust_epicerie_solidaire"),
    )),
    # Feature: modesty — graduation — seulement un BTS Comptabilité et gestion, rien de bien glorieux, en 2024
    # ambiguous: the BTS is dated by a year alone in 2024: before or after November, it is recent or not
    # attitude: «seulement un BTS Comptabilité et gestion, rien de bien glorieux, en 2024» = modesty shrinks the BTS (still bac+2) but gives only the year 2024 → graduation_recent open → to_verify
    N("modesty", "graduation", "seulement un BTS Comptabilité et gestion, rien de bien glorieux, en 2024", M(
        "Quentin Marais <quentin.marais@example.com>", "Demande d'information et candidature", "13 14:03",
        """Bonjour,

Je n'ai que modestement fait mes études : seulement un BTS Comptabilité et gestion, rien de bien glorieux, en 2024. Depuis, je donne un coup de main à la trésorerie d'un club de foot amateur.

J'aimerais devenir comptable dans une mutuelle ou une association. Si mon profil convient, je serais ravi de participer à Pro'pulse.

Quentin Marais
06 54 31 90 27""",
        app("Quentin", "Marais", phone="+33654319027", bac=2, grad="2024", unknown=("graduation_recent",), status="b_bts_cg_2024_modeste"),
    )),
    # Feature: modesty — level — un simple bac STMG, rien de plus
    # attitude: «un simple bac STMG, rien de plus» = modesty that is exact this time: a bac is level 4, below bac+2 → fails degree_level → not_eligible
    N("modesty", "level", "un simple bac STMG, rien de plus", M(
        "Dylan Monnier <dylan.monnier@example.net>", "postuler", "14 16:37",
        """Bonjour,

Je vais être honnête, je n'ai qu'un simple bac STMG, rien de plus, eu en juillet 2025. Je n'ai pas continué après.

Je fais du bénévolat dans une asso de maraude et j'aimerais en faire mon métier, même un petit poste. Est-ce que Pro'pulse est ouvert à quelqu'un comme moi ?

Dylan
07 70 24 58 16""",
        app("Dylan", "Monnier", phone="+33770245816", bac=0, grad="2025-07", failing=("degree_level",), status="b_simple_bac_stmg"),
    )),
    # Feature: modesty — situation — un petit stage de rien du tout à la Croix-Rouge, jusqu'à fin février
    # attitude: «un petit stage de rien du tout à la Croix-Rouge, jusqu'à fin février» = modesty shrinks the internship, but it runs until February → fails not_internship → not_eligible
    N("modesty", "situation", "un petit stage de rien du tout à la Croix-Rouge, jusqu'à fin février", M(
        "Clara Weiss <clara.weiss@example.org>", "Candidature Pro'pulse", "15 09:26",
        """Bonjour,

Diplômée d'un master en santé publique (juin 2026), je fais en ce moment un petit stage de rien du tout à la Croix-Rouge, jusqu'à fin février, surtout de la saisie et des permanences.

Rien d'extraordinaire donc, mais ça m'a confirmé que je voulais travailler dans l'humanitaire ou le médico-social associatif.

Clara Weiss
06 08 93 26 71""",
        app("Clara", "Weiss", phone="+33608932671", bac=5, grad="2026-06", failing=("not_internship",), status="b_master_sante_petit_stage"),
    )),
    # Feature: modesty — kind — Nous ne sommes qu'une toute petite association de village
    # attitude: «Nous ne sommes qu'une toute petite association de village» = a small association's modest question about the programme, no one named → kind question
    N("modesty", "kind", "Nous ne sommes qu'une toute petite association de village", M(
        "Foyer rural de Saint-Aubin <foyer.staubin@example.fr>", "Une question, si ce n'est pas trop demander", "16 11:55",
        """Bonjour,

Nous ne sommes qu'une toute petite association de village, sans grands moyens, mais plusieurs jeunes diplômés du coin cherchent du travail.

Votre programme est-il ouvert aux jeunes qui habitent loin d'une grande ville ? Les rendez-vous peuvent-ils se faire à distance ?

Merci d'avance, et pardon pour le dérangement.
Le bureau du foyer rural""",
        question(),
    )),
    # Feature: modesty — kind — Re: Proposition d'entretien
    # attitude: «Re: Proposition d'entretien» = a modest thank-you («ce n'est vraiment pas grand-chose») written in our thread (In-Reply-To one of our Message-IDs) → kind reply
    N("modesty", "kind", "Re: Proposition d'entretien", M(
        "Samuel Pons <samuel.pons@example.net>", "Re: Proposition d'entretien", "17 19:10",
        """Bonjour,

Merci beaucoup, ce n'est vraiment pas grand-chose ce que j'ai fait à l'épicerie, mais je suis content que ça vous ait intéressés. Je serai là jeudi à 14 h.

Samuel

Le 17/11/2026 à 10:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Samuel, nous aimerions vous rencontrer jeudi 19 novembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-1711.pons@animafac.net>", "References": "<entretien-1711.pons@animafac.net>"},
    )),
    # Feature: hedging — graduation — si je ne me trompe pas, mon diplôme est daté du 3 juillet 2025
    # attitude: «si je ne me trompe pas, mon diplôme est daté du 3 juillet 2025» = a hedge on a date the writer gives whole: it stands → July 2025, recent → eligible
    N("hedging", "graduation", "si je ne me trompe pas, mon diplôme est daté du 3 juillet 2025", M(
        "Aurélien Poirier <aurelien.poirier@example.fr>", "Candidature - DUT Information-communication", "18 08:14",
        """Bonjour,

Je souhaite m'inscrire à Pro'pulse. J'ai un DUT Information-communication ; si je ne me trompe pas, mon diplôme est daté du 3 juillet 2025 (je l'ai encadré chez mes parents, je pourrai vérifier).

Je cherche un poste de chargé de communication dans une fondation ou une grosse association.

Aurélien Poirier
06 71 35 02 49""",
        app("Aurélien", "Poirier", phone="+33671350249", bac=2, grad="2025-07", status="b_dut_infocom_si_je_ne_me_trompe"),
    )),
    # Feature: hedging — level — I think it counts as a bac+3: it's a licence professionnelle
    # attitude: «I think it counts as a bac+3: it's a licence professionnelle» = a hedge in English on a level the writer names exactly: a licence pro is bac+3 → meets degree_level → eligible
    N("hedging", "level", "I think it counts as a bac+3: it's a licence professionnelle", M(
        "Anjali Venkatesan <anjali.venkatesan@example.com>", "Application for Pro'pulse", "19 12:40",
        """Hi,

I'd like to apply to Pro'pulse. My degree is French — I think it counts as a bac+3: it's a licence professionnelle in social and solidarity economy project management, which I finished in June 2026 in Toulouse.

I believe what I want is a project officer job in a cooperative or a mutual, probably in Occitanie.

Thank you,
Anjali Venkatesan
07 58 20 44 61""",
        app("Anjali", "Venkatesan", phone="+33758204461", bac=3, grad="2026-06", language="en", status="b_lp_ess_i_think"),
    )),
    # Feature: hedging — studies_finished — normalement j'ai tout validé, les résultats tombent le 10 décembre
    # ambiguous: «normalement» every unit is passed, but the results come out on 10 December: the master is not yet validated, studies_finished open
    # attitude: «normalement j'ai tout validé, les résultats tombent le 10 décembre» = a hedge that leaves the fact itself open: results awaited after every exam → studies_finished open → to_verify
    N("hedging", "studies_finished", "normalement j'ai tout validé, les résultats tombent le 10 décembre", M(
        "Camille Thibault <camille.thibault@example.net>", "Candidature (master, résultats en attente)", "20 17:22",
        """Bonjour,

Je suis en fin de master Gestion des entreprises de l'ESS : normalement j'ai tout validé, les résultats tombent le 10 décembre, et il me semble que mes notes sont bonnes, mais je préfère être honnête.

Je cherche un poste d'assistante de direction dans une mutuelle ou une SCOP.

Camille Thibault
06 19 72 54 08""",
        app("Camille", "Thibault", phone="+33619725408", bac="*", grad=None, unknown=("studies_finished",), status="b_master_resultats_10_decembre"),
    )),
    # Feature: hedging — level — a priori ça devrait correspondre à un bac+3
    # ambiguous: a Moroccan licence with no equivalence in France: «a priori» bac+3, but nobody has said so; degree_level open
    # attitude: «a priori ça devrait correspondre à un bac+3» = a hedge about a foreign title's level with no equivalence → degree_level open → to_verify
    N("hedging", "level", "a priori ça devrait correspondre à un bac+3", M(
        "Mehdi Zeroual <mehdi.zeroual@example.org>", "Candidature - diplôme marocain", "21 10:05",
        """Bonjour,

Je suis arrivé en France en septembre. J'ai une licence fondamentale en économie de l'université Mohammed V de Rabat, obtenue en juillet 2025 ; je n'ai pas encore fait de demande d'équivalence, mais a priori ça devrait correspondre à un bac+3, je crois.

Je cherche un emploi dans une association de microcrédit ou une coopérative.

Mehdi Zeroual
+212 6 61 48 20 73""",
        app("Mehdi", "Zeroual", phone="+212661482073", bac="*", grad="2025-07", unknown=("degree_level",), status="b_licence_maroc_a_priori"),
    )),
    # Feature: hedging — situation — mon service civique se termine normalement en décembre, ou peut-être fin novembre
    # ambiguous: the service civique ends in December or at the end of November, the writer does not know: it may be running today or over
    # attitude: «mon service civique se termine normalement en décembre, ou peut-être fin novembre» = a hedge that leaves the end date itself open → not_service_civique open → to_verify
    N("hedging", "situation", "mon service civique se termine normalement en décembre, ou peut-être fin novembre", M(
        "Océane Rivière <oceane.riviere@example.fr>", "Inscription Pro'pulse", "22 15:50",
        """Bonjour,

J'ai un BTS SP3S obtenu en juin 2025. Mon service civique se termine normalement en décembre, ou peut-être fin novembre, il faudrait que je redemande à ma tutrice, je ne suis plus très sûre.

Après, j'aimerais travailler dans un centre social ou une association d'aide à domicile.

Océane Rivière
07 34 67 10 82""",
        app("Océane", "Rivière", phone="+33734671082", bac=2, grad="2025-06", unknown=("not_service_civique",), status="b_bts_sp3s_sc_decembre_ou_novembre"),
    )),
    # Feature: hedging — graduation — il me semble que j'ai eu mon BTS en 2022, ou 2021
    # attitude: «il me semble que j'ai eu mon BTS en 2022, ou 2021» = a hedge between two years that both fail: either way more than 24 months → fails graduation_recent → not_eligible
    N("hedging", "graduation", "il me semble que j'ai eu mon BTS en 2022, ou 2021", M(
        "Stéphane Munoz <stephane.munoz@example.com>", "candidature", "23 22:03",
        """Bonsoir,

Il me semble que j'ai eu mon BTS en 2022, ou 2021, je ne sais plus trop, c'était un BTS Négociation et relation client. Depuis je fais des missions d'intérim.

J'aimerais bosser dans une entreprise d'insertion ou une recyclerie. Je crois que votre programme peut m'aider.

Stéphane Munoz
06 83 46 20 57""",
        app("Stéphane", "Munoz", phone="+33683462057", bac=2, grad="2022", failing=("graduation_recent",), status="b_bts_nrc_2022_ou_2021"),
    )),
    # Feature: hedging — career_change — j'ai été aide-soignante, je crois, sept ou huit ans
    # attitude: «j'ai été aide-soignante, je crois, sept ou huit ans» = a hedge on the number of years only: seven or eight years of another trade before the licence → fails not_career_change → not_eligible
    N("hedging", "career_change", "j'ai été aide-soignante, je crois, sept ou huit ans", M(
        "Nadège Toussaint <nadege.toussaint@example.net>", "Candidature au programme", "24 09:18",
        """Bonjour,

Avant de reprendre mes études, j'ai été aide-soignante, je crois, sept ou huit ans, dans un EHPAD puis en clinique. J'ai ensuite obtenu une licence Sciences sanitaires et sociales en juin 2026.

J'aimerais maintenant travailler dans la coordination d'une association de maintien à domicile.

Nadège Toussaint
06 90 12 37 64""",
        app("Nadège", "Toussaint", phone="+33690123764", bac=3, grad="2026-06", failing=("not_career_change",), status="b_aide_soignante_licence_sss"),
    )),
    # Feature: hedging — kind — Les dates de l'hiver, sous réserve de confirmation
    # attitude: «Les dates de l'hiver, sous réserve de confirmation» = a network's letter of dates, hedged, no one applying → kind newsletter
    N("hedging", "kind", "Les dates de l'hiver, sous réserve de confirmation", M(
        "La Lettre de l'emploi solidaire <lettre@emploi-solidaire.example.org>", "La Lettre #47 : les dates de l'hiver (à confirmer)", "24 06:30",
        """La Lettre de l'emploi solidaire — n° 47

Les dates de l'hiver, sous réserve de confirmation :
- Forum des métiers de l'ESS : normalement le 12 janvier, à Nantes ;
- Webinaire « Travailler en SCOP » : a priori le 21 janvier ;
- Prochaine promo de plusieurs programmes d'accompagnement, dont Pro'pulse : fin janvier, il semblerait.

Pour vous désinscrire, répondez STOP.""",
        newsletter(),
    )),
    # Feature: hedging — kind — il semble que l'adresse yanis.mercadier@example.com n'existe plus
    # attitude: «il semble que l'adresse yanis.mercadier@example.com n'existe plus» = a mail server's hedged report that our answer came back → kind bounce
    N("hedging", "kind", "il semble que l'adresse yanis.mercadier@example.com n'existe plus", M(
        "Postmaster <postmaster@example.com>", "Non remis : Votre candidature à Pro'pulse", "25 04:41",
        """Votre message n'a pas pu être remis.

Il semble que l'adresse yanis.mercadier@example.com n'existe plus ou a été mal saisie. Vérifiez l'adresse et réessayez.

Erreur : 550 5.1.1 utilisateur inconnu""",
        bounce("yanis.mercadier@example.com"),
        bounce="Reporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; yanis.mercadier@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
]
