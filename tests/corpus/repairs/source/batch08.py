"""Repairs corpus, batch 08 (writer B): facts corrected and corrected again (a licence's year sent to a resit
and brought back, a master's year walked back to 2024, an internship's end moved and moved again, a defence
said missing then held, years of temping renamed twice, an English PhD taken back, a BTS said obtained then
not), repairs that doubt or change nothing (a BTS's year in doubt, an internship's end «à vérifier», an aim
«je crois», a licence pro's jury day, a DUT's exact day, a master's month forgotten), and the same repairs in
English (a BTS's year struck from speech, a viva ahead, a volunteering's end taken back, an edit adding eight
years in a bank, a placement put in the past, a surname put right); other mail repairing too (a reply in our
thread, a newsletter's second erratum, a bounce with a doubtful note, a partner's date in doubt, an English
out-of-office, an English question)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from repairs import N

MESSAGES = [
    # Feature: repair_of_repair — graduation — ah si, finalement juin 2025
    # repair: «licence en juin 2025» → «non, en septembre 2024, au rattrapage» → «ah si, finalement juin 2025 : le rattrapage, c'était en L2» = the last repair holds, June 2025 → meets graduation_recent → eligible
    N("repair_of_repair", "graduation", "ah si, finalement juin 2025", M(
        "Aïcha Traoré <aicha.traore@example.org>", "Candidature Pro'pulse — licence", "02 12:05",
        """Bonjour,

J'ai eu ma licence de sciences sanitaires et sociales en juin 2025 — non, en septembre 2024, au rattrapage — ah si, finalement juin 2025 : le rattrapage, c'était en L2, je confonds les années. Je cherche un poste d'assistante de coordination dans une association d'aide à domicile ou un SSIAD associatif.

Aïcha Traoré
06 46 19 82 07""",
        app("Aïcha", "Traoré", phone="+33646198207", bac=3, grad="2025-06", status="b_licence_sss_rattrapage_l2"),
    )),
    # Feature: repair_of_repair — graduation — je rectifie encore : juin 2024
    # repair: «master en 2025» → «non, 2024» → «je rectifie encore : juin 2024, vérifié sur le parchemin» = the last repair holds, June 2024 is more than 24 months back → fails graduation_recent → not eligible
    N("repair_of_repair", "graduation", "je rectifie encore : juin 2024", M(
        "Mickaël Santos-Rocha <mickael.sr@example.net>", "demande d'accompagnement", "03 17:31",
        """Bonjour,

Master Droit de l'économie sociale obtenu en 2025, non, 2024, je rectifie encore : juin 2024, je viens de vérifier sur le parchemin. Depuis, j'ai fait des missions d'intérim. Je voudrais travailler comme juriste dans une fédération d'associations ou une union de mutuelles.

Mickaël Santos-Rocha
07 33 60 24 18""",
        app("Mickaël", "Santos-Rocha", phone="+33733602418", bac=5, grad="2024-06", failing=("graduation_recent",), status="b_master_droit_juin_2024"),
    )),
    # Feature: repair_of_repair — situation — non, ils l'ont avancé au 11 décembre
    # repair: «je ne suis plus en stage» → «enfin si, jusqu'au 15 décembre» → «non, ils l'ont avancé au 11 décembre» = the internship still runs after today → fails not_internship → not eligible
    N("repair_of_repair", "situation", "non, ils l'ont avancé au 11 décembre", M(
        "Romane Pelletier <romane.pelletier@example.fr>", "Pro'pulse", "04 09:48",
        """Bonjour,

Titulaire d'une licence pro Développement de projets de territoires (juin 2026), je ne suis plus en stage — enfin si, jusqu'au 15 décembre — non, ils l'ont avancé au 11 décembre, la structure ferme plus tôt pour les fêtes. Je cherche ensuite un poste d'agente de développement local dans une association ou un pays.

Romane Pelletier
06 21 57 84 30""",
        app("Romane", "Pelletier", phone="+33621578430", bac=3, grad="2026-06", failing=("not_internship",), status="b_lp_stage_11_decembre"),
    )),
    # Feature: repair_of_repair — studies_finished — ah mais si, elle a eu lieu le 20 novembre
    # repair: «master fini» → «ah non, il me restait la soutenance» → «ah mais si, elle a eu lieu le 20 novembre, je confonds avec celle de ma binôme» = the defence is held, studies are over → meets studies_finished → eligible
    N("repair_of_repair", "studies_finished", "ah mais si, elle a eu lieu le 20 novembre", M(
        "Zélie Montagnier <zelie.montagnier@example.com>", "Candidature master", "05 15:16",
        """Bonjour,

Mon master Économie sociale et solidaire est fini — ah non, il me restait la soutenance — ah mais si, elle a eu lieu le 20 novembre, je confonds avec celle de ma binôme, qui passe en décembre. Tout est validé, j'attends juste le parchemin.

Je cherche un poste de chargée de développement dans une coopérative d'activité et d'emploi, ou dans un réseau de l'ESS, plutôt en Nouvelle-Aquitaine. J'ai fait mon alternance dans une URSCOP et j'aimerais rester dans le monde coopératif.

Zélie Montagnier
06 94 28 51 73""",
        app("Zélie", "Montagnier", phone="+33694285173", bac=5, grad="2026-11", status="b_master_ess_soutenu_20_novembre"),
    )),
    # Feature: repair_of_repair — career_change — enfin, trois ans d'intérim continu
    # ambiguous: «trois ans de métier» is taken back as temping, then put back as three years of continuous temping in one warehouse before the BTS: a trade or odd jobs, not_career_change stays open
    # repair: «trois ans de métier» → «non, pas de métier, de l'intérim» → «enfin, trois ans d'intérim continu dans le même entrepôt, je ne sais pas comment vous le compterez» = a chain ending in doubt → not_career_change open → to_verify
    N("repair_of_repair", "career_change", "enfin, trois ans d'intérim continu", M(
        "Stéphane Yapo <stephane.yapo@example.net>", "candidature BTS", "06 20:02",
        """Bonsoir,

Avant mon BTS Gestion des transports et logistique associée (juin 2026), j'ai eu trois ans de métier — non, pas de métier, c'était de l'intérim — enfin, trois ans d'intérim continu dans le même entrepôt, je ne sais pas comment vous le compterez.

Je voudrais travailler dans la logistique d'une association d'aide alimentaire ou d'une ressourcerie.

Stéphane Yapo
06 52 70 39 14""",
        app("Stéphane", "Yapo", phone="+33652703914", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_bts_gtla_interim_trois_ans"),
    )),
    # Feature: repair_of_repair — aim — no, forget the PhD
    # repair: «looking for ESS jobs» → «no, actually I'm applying for a PhD» → «no, forget the PhD, I withdrew my application last week: ESS jobs only» = the last repair holds, the search is in the ESS → meets job_seeking_ess → eligible
    N("repair_of_repair", "aim", "no, forget the PhD", M(
        "Ana Paula Souza <anapaula.souza@example.com>", "Pro'pulse - application", "07 11:24",
        """Hello,

I hold a master's in Social Anthropology (EHESS, September 2026). I'm looking for ESS jobs — no, actually I'm applying for a PhD — no, forget the PhD, I withdrew my application last week: ESS jobs only, ideally research or evaluation roles in a foundation or a large association.

I'd be grateful for help adapting my CV to the French non-profit sector.

Best,
Ana Paula Souza
+55 11 98765 4321""",
        app("Ana Paula", "Souza", phone="+5511987654321", bac=5, grad="2026-09", language="en", status="b_en_master_phd_withdrawn"),
    )),
    # Feature: repair_of_repair — level — je rectifie encore : je l'ai repassée en juin et ratée
    # repair: «BTS obtenu» → «non, pas obtenu, il me manquait une épreuve» → «je rectifie encore : je l'ai repassée en juin et ratée» = no BTS obtained → fails degree_level → not eligible
    N("repair_of_repair", "level", "je rectifie encore : je l'ai repassée en juin et ratée", M(
        "Kylian Morvan <kylian.morvan@example.fr>", "inscription", "08 16:09",
        """Bonjour
BTS SAM obtenu, non, pas obtenu, il me manquait une épreuve, je rectifie encore : je l'ai repassée en juin et ratée. Donc : bac seulement. J'aimerais quand même travailler dans une asso, à l'accueil.
Kylian Morvan 06-37-90-15-42""",
        app("Kylian", "Morvan", phone="+33637901542", bac=0, grad=None, failing=("degree_level",), status="b_bts_sam_rate_deux_fois"),
    )),
    # Feature: repair_of_repair — kind — je reviens sur ma correction d'hier
    # repair: «je viens le 3» → «non, le 10» (yesterday) → «je reviens sur ma correction d'hier : le 3, finalement» = a reply in our thread putting its date right twice → kind reply
    N("repair_of_repair", "kind", "je reviens sur ma correction d'hier", M(
        "Maëlys Richard <maelys.richard@example.org>", "Re: Re: Réunion d'information du 3 décembre", "24 18:12",
        """Bonjour,

Je reviens sur ma correction d'hier : je pourrai bien venir à la réunion du 3 décembre finalement, et pas celle du 10. Mon rendez-vous a été déplacé. Désolée pour les allers-retours.

Maëlys Richard""",
        reply(),
        headers={"In-Reply-To": "<info-7731.maelys@animafac.net>", "References": "<info-7731.maelys@animafac.net>"},
    )),
    # Feature: repair_of_repair — kind — rectificatif du rectificatif
    # repair: «salon le 5 décembre» → erratum «le 12» → «rectificatif du rectificatif : c'est bien le 5» = a newsletter's second erratum → kind newsletter
    N("repair_of_repair", "kind", "rectificatif du rectificatif", M(
        "Les nouvelles de l'emploi associatif <nouvelles@emploi-asso.example.org>", "Rectificatif du rectificatif — salon du 5 décembre", "25 07:30",
        """Les nouvelles de l'emploi associatif

Rectificatif du rectificatif : le salon de l'emploi associatif de Lille a bien lieu le samedi 5 décembre, comme annoncé au départ, et non le 12 comme l'indiquait notre erratum de mardi. Toutes nos excuses.

Pour vous désabonner, répondez à ce message.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:nouvelles@emploi-asso.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: hedged_repair — graduation — ou peut-être 2024, il faudrait que je retrouve le relevé
    # ambiguous: the BTS is dated 2025 and then «ou peut-être 2024»: recent or not, graduation_recent stays open
    # repair: «BTS en 2025» → «ou peut-être 2024, il faudrait que je retrouve le relevé» = an unsure repair → graduation_recent open → to_verify
    N("hedged_repair", "graduation", "ou peut-être 2024, il faudrait que je retrouve le relevé", M(
        "Nassim Roux-Belkacem <nassim.rb@example.com>", "Candidature", "09 10:37",
        """Bonjour,

J'ai mon BTS Services informatiques aux organisations depuis 2025, ou peut-être 2024, il faudrait que je retrouve le relevé, j'ai déménagé trois fois. Je voudrais travailler comme technicien dans une association de réemploi informatique.

Nassim Roux-Belkacem
06 89 14 37 52""",
        app("Nassim", "Roux-Belkacem", phone="+33689143752", bac=2, grad=None, unknown=("graduation_recent",), status="b_bts_sio_2025_ou_2024"),
    )),
    # Feature: hedged_repair — situation — il me semble que la convention court jusqu'au 30 novembre
    # ambiguous: the internship said over is hedged: the agreement may run to 30 November, after today: not_internship stays open
    # repair: «mon stage s'est terminé» → «il me semble que la convention court jusqu'au 30 novembre, à vérifier» = an unsure repair → not_internship open → to_verify
    N("hedged_repair", "situation", "il me semble que la convention court jusqu'au 30 novembre", M(
        "Eloïse Pires <eloise.pires@example.net>", "Pro'pulse - licence pro", "10 14:22",
        """Bonjour,

J'ai obtenu ma licence pro Métiers du livre en juin 2026, et mon stage à la bibliothèque associative s'est terminé. Enfin, il me semble que la convention court jusqu'au 30 novembre, à vérifier, même si je n'y vais plus depuis le 6.

Je cherche un poste dans une association de lecture publique ou une librairie coopérative.

Eloïse Pires
07 84 20 61 93""",
        app("Eloïse", "Pires", phone="+33784206193", bac=3, grad="2026-06", unknown=("not_internship",), status="b_lp_livre_convention_30_novembre"),
    )),
    # Feature: hedged_repair — aim — je crois ; je passe aussi des entretiens
    # ambiguous: the ESS aim is hedged («je crois») beside interviews at a recruitment firm, no preference given: job_seeking_ess stays open
    # repair: «je cherche dans l'ESS» → «je crois ; je passe aussi des entretiens dans un cabinet de recrutement, je ne sais pas encore» = an unsure aim → job_seeking_ess open → to_verify
    N("hedged_repair", "aim", "je crois ; je passe aussi des entretiens", M(
        "Lola Verdier <lola.verdier@example.org>", "candidature RH", "11 18:55",
        """Bonjour,

Diplômée d'un master Ressources humaines en septembre 2025, je cherche dans l'ESS, je crois ; je passe aussi des entretiens dans un cabinet de recrutement, et je ne sais pas encore ce que je préfère. Les RH d'une grande association m'intéresseraient, mais le cabinet paie mieux.

Lola Verdier
06 07 93 41 28""",
        app("Lola", "Verdier", phone="+33607934128", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="b_master_rh_ess_je_crois"),
    )),
    # Feature: hedged_repair — graduation — je précise : le 3 juillet 2026, date du jury
    # repair: «licence pro en 2026» → «je précise : le 3 juillet 2026, date du jury» = a restating, the licence pro is recent as first said → meets graduation_recent → eligible (distractor: the repair changes nothing)
    N("hedged_repair", "graduation", "je précise : le 3 juillet 2026, date du jury", M(
        "Jonas Weber-Akoto <jonas.wa@example.com>", "Candidature licence pro", "12 09:03",
        """Bonjour,

Licence pro Accompagnement de publics spécifiques obtenue en 2026 — je précise : le 3 juillet 2026, date du jury. Mon objectif : intervenant social dans un CHRS associatif ou une pension de famille, à Toulouse.

Jonas Weber-Akoto
06 31 08 57 24""",
        app("Jonas", "Weber-Akoto", phone="+33631085724", bac=3, grad="2026-07", status="b_lp_is_jury_3_juillet"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Licence pro Accompagnement de publics spécifiques obtenue en 2026 — je précise : le 3 juillet 2026, date du jury. Mon objectif : intervenant social dans un CHRS associatif ou une pension de famille, à Toulouse.</p><p>Jonas Weber-Akoto<br>06 31 08 57 24</p></body></html>""",
    )),
    # Feature: hedged_repair — graduation — pour être exact, du 28 juin 2022
    # repair: «DUT de 2022» → «pour être exact, du 28 juin 2022» = a restating, the DUT is of 2022 as first said → fails graduation_recent → not eligible (distractor: the repair changes nothing)
    N("hedged_repair", "graduation", "pour être exact, du 28 juin 2022", M(
        "Valentin Roche <valentin.roche@example.fr>", "candidature", "13 19:40",
        """Bonjour,

Mon DUT Techniques de commercialisation date de 2022, pour être exact, du 28 juin 2022. Je travaille depuis en grande surface et j'aimerais passer dans une boutique de commerce équitable ou une coopérative de consommateurs.

Valentin Roche
0676153824""",
        app("Valentin", "Roche", phone="+33676153824", bac=2, grad="2022-06", failing=("graduation_recent",), status="b_dut_tc_28_juin_2022"),
    )),
    # Feature: hedged_repair — graduation — ou en octobre, je ne me souviens plus du mois exact
    # repair: «master en septembre 2025» → «ou en octobre, je ne me souviens plus du mois exact» = a doubt the label does not need, both months are recent → meets graduation_recent → eligible (distractor)
    N("hedged_repair", "graduation", "ou en octobre, je ne me souviens plus du mois exact", M(
        "Yasmina Quentin <yasmina.quentin@example.org>", "Pro'pulse : candidature master", "14 13:17",
        """Bonjour,

J'ai obtenu mon master Politiques de l'habitat en septembre 2025, ou en octobre, je ne me souviens plus du mois exact : la soutenance était fin septembre et le jury a délibéré après.

Depuis, je fais du porte-à-porte pour une association de lutte contre la précarité énergétique, en CDD de six mois, et je voudrais trouver un poste durable de chargée de mission habitat dans une association ou une SCIC.

Je joins mon CV.

Yasmina Quentin
06 72 40 19 85""",
        app("Yasmina", "Quentin", phone="+33672401985", bac=5, grad="2025-09", info_in="both", status="b_master_habitat_septembre_ou_octobre"),
        cv=CV("odt", "Quentin_Yasmina_CV.odt", """Yasmina Quentin
06 72 40 19 85
Master Politiques de l'habitat, 2025
CDD ambassadrice énergie, association, depuis 2026
Stage : ADIL, 5 mois"""),
    )),
    # Feature: hedged_repair — kind — l'adresse était peut-être la bonne
    # repair: «adresse fausse» → a human note «l'adresse était peut-être la bonne, la boîte est peut-être juste pleine» = a bounce with an unsure note → kind bounce
    N("hedged_repair", "kind", "l'adresse était peut-être la bonne", M(
        "MAILER-DAEMON@mail.example.fr", "Échec de la remise du message", "15 03:40",
        """Le message n'a pas pu être remis à <romain.vasseur@example.fr> : boîte aux lettres pleine.

452 4.2.2 Mailbox full

Note du service informatique : nous avions signalé cette adresse comme inexistante ; l'adresse était peut-être la bonne, la boîte est peut-être juste pleine. Réessayez dans quelques jours.""",
        bounce("romain.vasseur@example.fr"),
        bounce="Reporting-MTA: dns; mail.example.fr\n\nFinal-Recipient: rfc822; romain.vasseur@example.fr\nAction: failed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 mailbox full",
    )),
    # Feature: hedged_repair — kind — le 8, ou peut-être le 9, on vous confirme
    # repair: «atelier le 8 décembre» → «ou peut-être le 9, on vous confirme» = a partner's date left in doubt → kind other
    N("hedged_repair", "kind", "le 8, ou peut-être le 9, on vous confirme", M(
        "Maison de l'emploi Val-de-Loire <partenariats@mde-exemple.example.fr>", "Atelier commun Pro'pulse", "16 11:45",
        """Bonjour,

Pour notre atelier commun avec Pro'pulse à Tours, nous proposons le 8, ou peut-être le 9, on vous confirme dès que la salle est réservée. Nous pourrions accueillir une quinzaine de jeunes.

Bien cordialement,
Agathe Rivoal, chargée de partenariats""",
        other(),
    )),
    # Feature: english_repairs — graduation — strike that, 2022 was my A-levels
    # repair: «BTS in 2022» → «strike that, 2022 was my A-levels; the BTS was June 2025» = the BTS is of June 2025 → meets graduation_recent → eligible
    N("english_repairs", "graduation", "strike that, 2022 was my A-levels", M(
        "Tunde Olawale <tunde.olawale@example.com>", "Application - BTS graduate", "17 10:02",
        """Hello,

I got my BTS in International Trade in 2022 — strike that, 2022 was my A-levels; the BTS was June 2025, in Le Havre. I'm looking for a job in a fair-trade cooperative or an association working on sustainable import.

Regards,
Tunde Olawale
07 28 61 93 40""",
        app("Tunde", "Olawale", phone="+33728619340", bac=2, grad="2025-06", language="en", status="b_en_bts_2025_not_2022"),
    )),
    # Feature: english_repairs — studies_finished — well, almost: my viva is on 15 January
    # repair: «I've graduated» → «well, almost: my viva is on 15 January» = a defence ahead → fails studies_finished → not eligible
    N("english_repairs", "studies_finished", "well, almost: my viva is on 15 January", M(
        "Saoirse Ní Bhriain <saoirse.nibhriain@example.org>", "Pro'pulse — master's in social economy", "18 15:33",
        """Dear Pro'pulse team,

I've graduated from the master's in Social and Solidarity Economy at Université Lumière Lyon 2 — well, almost: my viva is on 15 January, and the thesis is submitted. I'm writing now because I want to start looking as early as possible for a role in a cooperative development agency or a social enterprise network.

I spent my internship at a regional union of SCOPs, helping with worker buy-outs, and I'd love to keep working on cooperative transitions. My French is fluent (C1), though I still write more easily in English.

Could you tell me whether I can join the programme before the viva, or whether I should wait until it's done?

Many thanks,
Saoirse Ní Bhriain
+353 87 123 4567""",
        app("Saoirse", "Ní Bhriain", phone="+353871234567", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_master_viva_15_january"),
    )),
    # Feature: english_repairs — situation — scratch that, it ends at the end of November
    # ambiguous: the European volunteering said ended is taken back to «at the end of November» with no day: over or running on the 26th, not_service_civique stays open
    # repair: «my European Solidarity Corps project ended last week» → «scratch that, it ends at the end of November, I don't have the exact date» = an ending this month with no day → not_service_civique open → to_verify
    N("english_repairs", "situation", "scratch that, it ends at the end of November", M(
        "Mirela Popescu <mirela.popescu@example.net>", "Application from Marseille", "19 20:48",
        """Hi,

My European Solidarity Corps project at a youth centre in Marseille ended last week — scratch that, it ends at the end of November, I don't have the exact date yet from the coordinator.

I have a bachelor's in Social Work from the University of Bucharest (June 2025), recognised as a licence by ENIC-NARIC, and I'm looking for a job as a youth worker in a French association.

Mirela Popescu
+40 721 234 567""",
        app("Mirela", "Popescu", phone="+40721234567", bac=3, grad="2025-06", unknown=("not_service_civique",), language="en", status="b_en_esc_end_of_november"),
    )),
    # Feature: english_repairs — career_change — edit: I should say eight years
    # repair: «no previous career» → «edit: I should say eight years as a bank clerk in Lisbon before my master's» = a trade of eight years before the diploma → fails not_career_change → not eligible
    N("english_repairs", "career_change", "edit: I should say eight years", M(
        "Rui Teixeira <rui.teixeira@example.com>", "Pro'pulse application", "20 09:11",
        """Hello,

I completed a master's in Social Economy at Université Grenoble Alpes in June 2026 and I'm looking for a role in a mutual insurer or an ethical finance cooperative. No previous career to speak of.

Rui Teixeira
06 50 84 27 16

edit: I should say eight years as a bank clerk in Lisbon before my master's, full time. I left that out because it felt irrelevant, but it probably isn't.""",
        app("Rui", "Teixeira", phone="+33650842716", bac=5, grad="2026-06", failing=("not_career_change",), language="en", status="b_en_master_bank_clerk_eight_years"),
    )),
    # Feature: english_repairs — situation — correction: I was; it finished on 14 November
    # repair: «I'm currently on a placement» → «correction: I was; it finished on 14 November» = the internship is over → meets not_internship → eligible
    N("english_repairs", "situation", "correction: I was; it finished on 14 November", M(
        "Hannah Morrison <hannah.morrison@example.org>", "Application - licence pro", "21 14:40",
        """Hello,

I'm currently on a placement at a social grocery in Bordeaux — correction: I was; it finished on 14 November. I completed my licence pro in social intervention there in June 2026, as a mature student from Scotland, and the placement came after.

I'd like to work in food aid or a social grocery network.

Hannah Morrison
07 61 42 90 38""",
        app("Hannah", "Morrison", phone="+33761429038", bac=3, grad="2026-06", language="en", status="b_en_placement_finished_14_november"),
    )),
    # Feature: english_repairs — aim — sorry, it's Whitfield with an i-e-l-d
    # repair: «Whitfeld» on the form → «sorry, it's Whitfield with an i-e-l-d, and my number ends in 41» = the identity put right; the recent BA and the ESS search stand → meets job_seeking_ess → eligible (distractor: the repair changes no criterion)
    N("english_repairs", "aim", "sorry, it's Whitfield with an i-e-l-d", M(
        "Oscar Whitfield <oscar.whitfield@example.com>", "My registration (name and phone)", "22 11:58",
        """Hello,

I registered on your website yesterday as Oscar Whitfeld — sorry, it's Whitfield with an i-e-l-d, and my phone number ends in 41, not 14.

For the record: BA in Economics and French, University of Leeds, July 2025; I'm looking for a job in a French social enterprise or an ethical finance cooperative.

Oscar Whitfield
+44 7700 900741""",
        app("Oscar", "Whitfield", phone="+447700900741", bac=3, grad="2025-07", language="en", status="b_en_name_phone_corrected"),
    )),
    # Feature: english_repairs — kind — edit: back on 3 December, not 30 November
    # repair: «back on 30 November» → «edit: back on 3 December, not 30 November» = an out-of-office with its dates put right → kind auto_reply
    N("english_repairs", "kind", "edit: back on 3 December, not 30 November", M(
        "Joanna Nowak <j.nowak@eurodesk-example.example.org>", "Automatic reply: Pro'pulse partnership", "25 16:20",
        """Thank you for your email. I am out of the office and back on 30 November.

edit: back on 3 December, not 30 November — my trip was extended. For urgent matters please contact info@eurodesk-example.example.org.

Joanna Nowak""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_repairs — kind — to be precise, a bachelor's in three years
    # repair: «a degree» → «to be precise, a bachelor's in three years from abroad» = a general question on foreign degrees, no name nor date to judge → kind question
    N("english_repairs", "kind", "to be precise, a bachelor's in three years", M(
        "applicant.queries@example.net", "Question about foreign degrees", "25 21:15",
        """Hello,

Can someone with a degree from outside the EU apply — to be precise, a bachelor's in three years from abroad, with no French equivalence yet? Or is the equivalence needed first?

Thank you""",
        question(language="en"),
    )),
]
