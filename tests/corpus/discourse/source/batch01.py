# ruff: noqa: E501
"""Batch 1 — self-correction: the writer states a fact, then corrects it («pardon», «enfin non», “I mean”);
the corrected fact decides the label."""

from discourse import D
from kit import M, app, auto_reply, other, question, reply

MESSAGES = [
    # Discourse: self_correction — date — master in 2023 corrected to 2025
    D("self_correction", "date", M(
        frm="Soline Ravier <soline.ravier@example.org>",
        subject="Candidature",
        date="02 09:14",
        body="""Bonjour,

J'ai eu mon master de sociologie en 2023, pardon, en 2025 — je confonds toujours avec l'année de ma licence. Je cherche un poste de chargée d'études dans une association de lutte contre l'exclusion.

Soline Ravier
06 41 27 93 58""",
        truth=app("Soline", "Ravier", phone="+33641279358", bac=5, grad="2025", status="master_2023_pardon_2025"),
    )),
    # Discourse: self_correction — date — BTS of June 2025 corrected to June 2024 (29 months)
    D("self_correction", "date", M(
        frm="Dorian Méril <dorian.meril@example.net>",
        subject="demande d'accompagnement",
        date="02 18:40",
        body="""Bonjour, j'ai obtenu mon BTS SP3S en juin 2025… enfin non, juin 2024, l'année du déménagement. Je voudrais travailler dans un centre social associatif. Dorian Méril, 07 52 18 64 30""",
        truth=app("Dorian", "Méril", phone="+33752186430", bac=2, grad="2024-06", failing=("graduation_recent",), status="juin_2025_enfin_non_juin_2024"),
    )),
    # Discourse: self_correction — level — «bac+3» corrected to a licence given up after the L1
    D("self_correction", "level", M(
        frm="Yanis Bellard <yanis.bellard@example.com>",
        subject="Pro'pulse",
        date="03 11:05",
        body="""Bonjour,

Je suis bac+3, enfin je devrais dire que j'ai fait trois ans à la fac, mais je n'ai validé que la L1, en juin 2024 (j'ai redoublé la L2 et j'ai arrêté en juin 2026). Je cherche un emploi dans une ressourcerie.

Yanis Bellard""",
        truth=app("Yanis", "Bellard", phone=None, bac=1, grad="2024-06", failing=("degree_level",), status="bac3_corrige_l1_validee"),
    )),
    # Discourse: self_correction — internship — «je suis en stage», corrected to «j'étais»: it ended in October
    D("self_correction", "internship", M(
        frm="Camille Brossard <camille.brossard@example.org>",
        subject="Candidature programme Pro'pulse",
        date="04 08:55",
        body="""Bonjour,

Je suis en stage à la Fondation Abbé Lemaire — je veux dire j'étais, il s'est terminé le 17 octobre. J'ai ma licence pro de coordination de projets depuis juin 2026 et je cherche un emploi dans une association d'aide au logement.

Camille Brossard
06 08 35 71 92""",
        truth=app("Camille", "Brossard", phone="+33608357192", bac=3, grad="2026-06", status="je_suis_en_stage_je_veux_dire_etais"),
    )),
    # Discourse: self_correction — service_civique — «j'ai fini mon service civique», corrected: it ends in February
    D("self_correction", "service_civique", M(
        frm="Lilou Garnier <lilou.garnier@example.net>",
        subject="candidature",
        date="05 20:12",
        body="""bonsoir ! j'ai fini mon service civique chez Unis-Cité… non attends je dis n'importe quoi, il finit fin février 2027, c'est le stage qui est fini. licence de géo en juin 2025, je veux bosser dans une asso environnementale après. lilou 06 72 40 15 88""",
        truth=app("Lilou", "Garnier", phone="+33672401588", bac=3, grad="2025-06", failing=("not_service_civique",), status="sc_fini_non_fin_fevrier"),
    )),
    # Discourse: self_correction — career_change — «jeune diplômé», corrected: nine years as a bank clerk before
    D("self_correction", "career_change", M(
        frm="Fabrice Ollier <fabrice.ollier@example.com>",
        subject="Candidature Pro'pulse",
        date="06 10:30",
        body="""Bonjour,

Je suis jeune diplômé — bon, jeune, c'est vite dit : j'ai eu mon master ESS en septembre 2026 après neuf ans comme conseiller bancaire, c'est une reconversion complète. Je cherche un poste dans une coopérative d'habitants.

Fabrice Ollier
06 93 17 42 05""",
        truth=app("Fabrice", "Ollier", phone="+33693174205", bac=5, grad="2026-09", failing=("not_career_change",), status="jeune_diplome_corrige_reconversion"),
    )),
    # Discourse: self_correction — ess_aim — «une association», corrected: a consulting firm
    D("self_correction", "ess_aim", M(
        frm="Maxence Joly <maxence.joly@example.org>",
        subject="Candidature",
        date="06 15:45",
        body="""Bonjour,

Diplômé d'une licence d'économie en juin 2026, je cherche un poste dans une association… enfin, pour être honnête, surtout dans un cabinet de conseil en stratégie, c'est ce qui me plaît vraiment.

Maxence Joly
07 81 26 53 49""",
        truth=app("Maxence", "Joly", phone="+33781265349", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="asso_enfin_cabinet_conseil"),
    )),
    # Discourse: self_correction — studies — «j'ai fini», corrected: the mémoire is still to be defended
    D("self_correction", "studies", M(
        frm="Inès Loubet <ines.loubet@example.com>",
        subject="Pro'pulse - candidature",
        date="07 09:20",
        body="""Bonjour,

J'ai fini mon master 2 Développement local — ah non, pas tout à fait, ma soutenance de mémoire a lieu en janvier. Je cherche un poste de chargée de mission dans une SCIC.

Inès Loubet
06 27 58 14 63""",
        truth=app("Inès", "Loubet", phone="+33627581463", bac="*", grad=None, failing=("studies_finished",), unknown=("graduation_recent",), status="fini_ah_non_soutenance_janvier"),
    )),
    # Discourse: self_correction — level — «BTS», corrected: a DUT (bac+2 either way), eligible
    D("self_correction", "level", M(
        frm="Hugo Maréchal <hugo.marechal@example.net>",
        subject="candidature ESS",
        date="08 14:02",
        body="""Bonjour,

J'ai un BTS, pardon un DUT Carrières sociales (je mélange, mon frère a le BTS), obtenu en juin 2025. Je cherche un emploi d'animateur dans une association d'éducation populaire.

Hugo Maréchal
06 15 92 37 40""",
        truth=app("Hugo", "Maréchal", phone="+33615923740", bac=2, grad="2025-06", status="bts_pardon_dut"),
    )),
    # Discourse: self_correction — date — "2022, I mean 2026" in English
    D("self_correction", "date", M(
        frm="Grace Okafor <grace.okafor@example.com>",
        subject="Application",
        date="09 16:33",
        body="""Hello,

I got my Master's in Public Health from Université de Bordeaux in 2022 — sorry, I mean July 2026, typing too fast. I'm looking for a job in a French health NGO or a mutuelle.

Grace Okafor
+33 7 58 20 41 96""",
        truth=app("Grace", "Okafor", phone="+33758204196", bac=5, grad="2026-07", language="en", status="en_2022_i_mean_2026"),
    )),
    # Discourse: self_correction — internship — «stage fini», corrected: «enfin, presque», ends 18 December
    D("self_correction", "internship", M(
        frm="Jade Perrin <jade.perrin@example.org>",
        subject="Candidature",
        date="10 12:10",
        body="""Bonjour,

Licence pro obtenue en septembre 2026, stage fini — enfin presque, il reste jusqu'au 18 décembre. Je cherche ensuite un poste dans une entreprise d'insertion.

Jade Perrin
07 23 64 80 15""",
        truth=app("Jade", "Perrin", phone="+33723648015", bac=3, grad="2026-09", failing=("not_internship",), status="stage_fini_enfin_presque"),
    )),
    # Discourse: self_correction — date — «en 2025, ou 2024, je ne sais plus», left open
    D("self_correction", "date", M(
        frm="Thibault Renaud <thibault.renaud@example.com>",
        subject="pro'pulse",
        date="11 19:48",
        body="""Bonjour, licence de STAPS validée en 2025… ou 2024 ? je ne sais plus, il faudrait que je regarde le relevé. Je veux travailler dans une asso sportive d'insertion. Thibault 06 84 21 59 37""",
        truth=app("Thibault", "Renaud", phone="+33684215937", bac=3, grad=None, unknown=("graduation_recent",), status="2025_ou_2024_je_ne_sais_plus"),
    )),
    # Discourse: self_correction — ess_aim — «n'importe quel boulot», corrected to the associative sector
    D("self_correction", "ess_aim", M(
        frm="Nora Kaci <nora.kaci@example.net>",
        subject="Candidature Pro'pulse",
        date="12 10:25",
        body="""Bonjour,

Master en gestion de projets culturels, juin 2026. Je cherche n'importe quel boulot — non, je me reprends : je cherche un emploi dans l'associatif culturel, c'est vraiment là que je veux être.

Nora Kaci
06 59 73 28 04""",
        truth=app("Nora", "Kaci", phone="+33659732804", bac=5, grad="2026-06", status="nimporte_quoi_je_me_reprends_asso"),
    )),
    # Discourse: self_correction — service_civique — «service civique», corrected: a volunteering of unknown status, left open
    D("self_correction", "service_civique", M(
        frm="Adam Guérin <adam.guerin@example.org>",
        subject="candidature",
        date="13 08:40",
        body="""Bonjour,

BUT GEA en juin 2026. Je fais en ce moment un service civique… enfin ce n'est pas vraiment un service civique, c'est une mission de volontariat dont je ne connais pas le statut exact, ça dure encore quelques mois. Je vise un poste de gestionnaire dans une mutuelle.

Adam Guérin
07 36 91 52 48""",
        truth=app("Adam", "Guérin", phone="+33736915248", bac=3, grad="2026-06", unknown=("not_service_civique",), status="sc_enfin_volontariat_statut_inconnu"),
    )),
    # Discourse: self_correction — kind — a question about the age limit, corrected to a question about level, no personal fact
    D("self_correction", "kind", M(
        frm="Sandrine Viguier <s.viguier@example.com>",
        subject="Question",
        date="14 11:15",
        body="""Bonjour, y a-t-il une limite d'âge — non, pardon, ma vraie question : faut-il obligatoirement un bac+2, ou un titre professionnel suffit-il ? Merci.""",
        truth=question(),
    )),
    # Discourse: self_correction — kind — an employer correcting the post it offers
    D("self_correction", "kind", M(
        frm="Recrutement Coop Terra <recrutement@coopterra.example.org>",
        subject="Offre de poste pour vos participants",
        date="15 09:30",
        body="""Bonjour,

Nous recrutons un chargé de communication en CDD — je corrige : en CDI, le conseil d'administration l'a validé hier. Pourriez-vous diffuser l'offre aux jeunes que vous accompagnez ?

Mathilde Vernet, coopérative Terra""",
        truth=other(),
    )),
    # Discourse: self_correction — kind — a reply in our thread correcting the slot chosen
    D("self_correction", "kind", M(
        frm="Élise Marty <elise.marty@example.net>",
        subject="Re: Votre rendez-vous Pro'pulse",
        date="16 13:05",
        headers={"In-Reply-To": "<7712093.0051@animafac.net>", "References": "<7712093.0051@animafac.net>"},
        body="""Je prends le créneau 1, pardon le 2, le mardi me va mieux. Élise

> Choisissez l'un des créneaux proposés.""",
        truth=reply(),
    )),
    # Discourse: self_correction — kind — an auto-reply correcting its own return date
    D("self_correction", "kind", M(
        frm="Paul Rigaud <paul.rigaud@example.com>",
        subject="Réponse automatique : Pro'pulse",
        date="17 07:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je suis absent jusqu'au 20 novembre (et non le 12 comme indiqué précédemment). Je vous répondrai à mon retour.""",
        truth=auto_reply(),
    )),
    # Discourse: self_correction — kind — "I mean" question from a parent-to-be about a generic student
    D("self_correction", "kind", M(
        frm="Laura Benson <laura.benson@example.com>",
        subject="Quick question",
        date="18 15:20",
        body="""Hi, is the programme free — I mean, is it free for the participants, not the partner organisations? Thanks, Laura""",
        truth=question(language="en"),
    )),
    # Discourse: self_correction — kind — a partner correcting a forum's date
    D("self_correction", "kind", M(
        frm="Maison de l'emploi Nord <contact@mde-nord.example.fr>",
        subject="Forum ESS — rectificatif",
        date="19 10:45",
        body="""Bonjour,

Le forum de l'emploi solidaire aura lieu le 4 décembre, et non le 3 comme annoncé dans notre message précédent. Votre stand est réservé.

L'équipe de la Maison de l'emploi""",
        truth=other(),
    )),
]
