"""Stances corpus, batch 04 (writer A): Thursday 3 December 2026 from 13:00, every mail read on 2026-12-07.
Afternoon and evening mail before the holidays: civic services running, ending «normalement» or begun «vers la
rentrée», a re-sit lost, a pride and a doubt about age, relatives writing for a daughter or a niece; a
Christmas out-of-office, a question about age limits, a thank-you in our thread, a bounce, a webinar, and
two advisers wondering about the criteria without presenting anybody."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from stances import N

MESSAGES = [
    # Feature: plain_fact — situation — en service civique jusqu'au 31 mars
    # route: the first paragraph: a BUT of June 2026, then «en service civique jusqu'au 31 mars» (running after the reading day) → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("plain_fact", "situation", "en service civique jusqu'au 31 mars", M(
        "Anaïs Pelletier-Ngom <anais.pelletierngom@gmail.com>", "Candidature Pro'pulse", "2026-12-03 13:10",
        """Bonjour,

Je suis titulaire d'un BUT Gestion administrative et commerciale des organisations (juin 2026). Je suis en service civique jusqu'au 31 mars à la Ligue contre le cancer, sur la prévention auprès des jeunes.

Je souhaite ensuite travailler dans une association de santé publique.

Anaïs Pelletier-Ngom
06 44 19 73 52""",
        app("Anaïs", "Pelletier-Ngom", phone="+33644197352", bac=3, grad="2026-06", failing=("not_service_civique",), status="anais_sc_jusqu_31_mars"),
    )),
    # Feature: stance_other_mail — kind — fermée du 19 décembre au 3 janvier
    # route: a partner's Christmas out-of-office (Auto-Submitted) answering our mail → auto_reply
    N("stance_other_mail", "kind", "fermée du 19 décembre au 3 janvier", M(
        "Accueil - Cité des associations <accueil@citedesassos-marseille.example.org>", "Réponse automatique : Pro'pulse - salle pour le 12 janvier", "2026-12-03 13:25",
        """Bonjour,

Merci pour votre message. La Cité des associations sera fermée du 19 décembre au 3 janvier ; d'ici là nous traitons les demandes sous 48 heures.

Belles fêtes de fin d'année,
L'équipe d'accueil""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: plain_fact — aim — le concours d'attaché territorial
    # route: the second paragraph: a master of September 2026, a post in local government sought through «le concours d'attaché territorial», no association nor ESS structure → bac+5 of 2026-09, job_seeking_ess fails → not_eligible
    N("plain_fact", "aim", "le concours d'attaché territorial", M(
        "Hugo Desrosiers <hugo.desrosiers@laposte.net>", "Demande d'accompagnement", "2026-12-03 13:50",
        """Bonjour,

J'ai obtenu en septembre 2026 un master Administration publique à Strasbourg.

Je prépare le concours d'attaché territorial (session 2027) et je cherche en attendant un poste de contractuel dans une mairie ou un conseil départemental. Votre accompagnement pourrait-il m'aider ?

Hugo Desrosiers
06 70 52 38 14""",
        app("Hugo", "Desrosiers", phone="+33670523814", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="hugo_concours_attache"),
    )),
    # Feature: hedged — situation — se termine normalement fin décembre, peut-être dès la semaine prochaine
    # ambiguous: the civic service «se termine normalement fin décembre, peut-être dès la semaine prochaine» (the week of the reading day) if the structure lets her go: whether it still runs after 2026-12-07 is not settled; not_service_civique open
    # route: the second paragraph: a licence of 2025, a civic service whose end she hedges on both sides of the reading day, an association sought → bac+3 of 2025, not_service_civique open → to_verify
    N("hedged", "situation", "se termine normalement fin décembre, peut-être dès la semaine prochaine", M(
        "Célia Rousset-Bah <celia.roussetbah@gmail.com>", "candidature", "2026-12-03 14:15",
        """Bonjour,

J'ai une licence de psychologie (2025).

Je suis en service civique dans une association d'aide aux aidants : il se termine normalement fin décembre, peut-être dès la semaine prochaine si la structure accepte de me libérer plus tôt (on en discute, rien n'est signé).

Je voudrais ensuite un poste d'accompagnement dans le même secteur.

Célia Rousset-Bah
07 58 41 92 36""",
        app("Célia", "Rousset-Bah", phone="+33758419236", bac=3, grad="2025", unknown=("not_service_civique",), status="celia_sc_fin_decembre_ou_avant"),
    )),
    # Feature: pending_result — studies_finished — résultats le 15 décembre
    # route: the first paragraph: the DEJEPS's final certification taken on 20 November, «résultats le 15 décembre» (after the reading day), no other level told, a coordination post sought → bac unknown, graduation null, studies_finished open → to_verify
    N("pending_result", "studies_finished", "résultats le 15 décembre", M(
        "Kévin Oulare <kevin.oulare@gmail.com>", "Candidature - DEJEPS", "2026-12-03 14:40",
        """Bonjour,

J'ai passé la certification finale du DEJEPS développement de projets le 20 novembre, résultats le 15 décembre. Je croise les doigts.

Je cherche un poste de coordinateur jeunesse dans une association ou une MJC, idéalement dans la Drôme.

Kévin Oulare
06 85 13 70 42""",
        app("Kévin", "Oulare", phone="+33685137042", bac="*", grad=None, unknown=("studies_finished",), status="kevin_dejeps_resultats_15_decembre"),
    )),
    # Feature: pending_result — studies_finished — ajournée au rattrapage
    # route: the first paragraph: the licence pro's re-sit results published «hier»: «ajournée au rattrapage», the year to repeat; a BTS held → bac+2, graduation null, studies_finished fails → not_eligible
    N("pending_result", "studies_finished", "ajournée au rattrapage", M(
        "Morgane Kerdoncuff <morgane.kerdoncuff@orange.fr>", "candidature (mauvaise nouvelle)", "2026-12-03 15:05",
        """Bonjour,

Les résultats sont tombés hier : je suis ajournée au rattrapage de ma licence pro Animation sociale, il me manque une UE, je dois la repasser l'an prochain. J'ai un BTS ESF depuis 2025.

Je voulais quand même vous écrire, je cherche un poste d'animatrice dans un centre social en attendant.

Morgane Kerdoncuff
06 19 57 28 46""",
        app("Morgane", "Kerdoncuff", phone="+33619572846", bac=2, grad=None, failing=("studies_finished",), status="morgane_ajournee_rattrapage"),
    )),
    # Feature: stance_other_mail — kind — y a-t-il une limite d'âge
    # route: a question about an age limit, with no diploma, date or situation of the writer's own told → question
    N("stance_other_mail", "kind", "y a-t-il une limite d'âge", M(
        "Bertrand <bertrand.melis@gmail.com>", "limite d'âge ?", "2026-12-03 15:20",
        """Bonjour,

Petite question avant de vous envoyer quoi que ce soit : y a-t-il une limite d'âge pour Pro'pulse ? Sur le site je lis « jeunes diplômés » mais sans âge précis.

Merci""",
        question(),
    )),
    # Feature: self_misjudged — graduation — diplômée récemment (juin 2023)
    # route: the first paragraph: she calls herself «diplômée récemment (juin 2023)»: 42 months before December 2026, past the limit whatever she thinks; an association sought → bac+3 of 2023-06, graduation_recent fails → not_eligible
    N("self_misjudged", "graduation", "diplômée récemment (juin 2023)", M(
        "Ysaline Mercadier <ysaline.mercadier@gmail.com>", "Candidature jeune diplômée", "2026-12-03 15:45",
        """Bonjour,

Je corresponds je crois parfaitement à votre public : diplômée récemment (juin 2023) d'une licence de langues, sans emploi stable depuis, et très motivée par l'ESS.

Je cherche un poste de chargée de mission dans une association de solidarité internationale.

Ysaline Mercadier
06 28 35 70 91""",
        app("Ysaline", "Mercadier", phone="+33628357091", bac=3, grad="2023-06", failing=("graduation_recent",), status="ysaline_recemment_juin_2023"),
    )),
    # Feature: self_misjudged — situation — mon stage de l'an dernier
    # route: the body and a PDF CV: he fears «mon stage de l'an dernier» counts, an internship ended in June 2025 (long before the reading day); a BUT of 2025, a post in a cooperative sought → bac+3 of 2025 → eligible
    N("self_misjudged", "situation", "mon stage de l'an dernier", M(
        "Amadou Kanouté <amadou.kanoute@gmail.com>", "Candidature (question sur les stages)", "2026-12-03 16:10",
        """Bonjour,

Je ne sais pas si mon stage de l'an dernier compte : j'ai fait trois mois chez Enercoop en fin de BUT (avril-juin 2025), et je lis que les personnes en stage ne sont pas admises. Si c'est le cas tant pis.

Depuis le BUT je fais de l'intérim. Je cherche un poste dans une coopérative d'énergie ou de mobilité. CV joint.

Amadou Kanouté""",
        app("Amadou", "Kanouté", phone="+33651397024", bac=3, grad="2025", status="amadou_stage_an_dernier"),
        cv=CV("pdf", "CV_Amadou_Kanoute.pdf", """Amadou Kanouté
Grenoble - 06 51 39 70 24 - amadou.kanoute@gmail.com
Formation
BUT Génie électrique et informatique industrielle - IUT de Grenoble - 2025
Expériences
Stage de fin de BUT, coopérative de fourniture d'électricité - avril - juin 2025
Intérimaire, maintenance industrielle - depuis septembre 2025"""),
    )),
    # Feature: self_question — career_change — suis-je trop vieille
    # route: the first paragraph: a licence of June 2026 after years of «petits boulots» told without a trade (whether they were a career she does not say), an association sought → bac+3 of 2026-06, not_career_change open → to_verify
    N("self_question", "career_change", "suis-je trop vieille", M(
        "Nadège Fofana <nadege.fofana@yahoo.fr>", "suis-je trop vieille ?", "2026-12-03 16:35",
        """Bonjour,

Suis-je trop vieille pour votre programme ? J'ai 34 ans. J'ai eu plusieurs petits boulots pendant des années, puis j'ai repris mes études et j'ai obtenu une licence de sciences sanitaires et sociales en juin 2026.

Je voudrais travailler dans une association de santé communautaire.

Nadège Fofana
06 36 12 58 79""",
        app("Nadège", "Fofana", phone="+33636125879", bac=3, grad="2026-06", unknown=("not_career_change",), status="nadege_trop_vieille"),
    )),
    # Feature: corrected — aim — je reprends : je cherche surtout un CDI en cabinet de conseil
    # route: the second paragraph corrects the first: «dans l'ESS… enfin non, je reprends : je cherche surtout un CDI en cabinet de conseil, peu importe le secteur»: the corrected aim wins → bac+5 of 2026-06, job_seeking_ess fails → not_eligible
    N("corrected", "aim", "je reprends : je cherche surtout un CDI en cabinet de conseil", M(
        "Maxime Ravaud <maxime.ravaud@gmail.com>", "candidature", "2026-12-03 17:00",
        """Bonjour,

Diplômé d'un master de management en juin 2026, je cherche un poste dans l'ESS…

Enfin non, je reprends : je cherche surtout un CDI en cabinet de conseil, peu importe le secteur, et l'ESS m'intéresse comme client potentiel. Je préfère être honnête.

Maxime Ravaud
07 25 93 48 60""",
        app("Maxime", "Ravaud", phone="+33725934860", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="maxime_cabinet_de_conseil"),
    )),
    # Feature: stance_other_mail — kind — merci encore pour l'atelier
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our mail quoted) thanking us after a workshop → reply
    N("stance_other_mail", "kind", "merci encore pour l'atelier", M(
        "Louise Ambrosino <louise.ambrosino@gmail.com>", "Re: Pro'pulse - support de l'atelier CV", "2026-12-03 17:15",
        """Bonjour,

Merci encore pour l'atelier de mardi et pour le support, c'était très clair. J'ai déjà refait mon CV !

Louise

Le mar. 1 déc. 2026 à 18:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour à toutes et tous,
> Voici le support de l'atelier CV de cet après-midi.
> À bientôt,
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<atelier-2026-12-01-0031@animafac.net>"},
    )),
    # Feature: remembered_vaguely — situation — il y a un mois ou deux, je sais plus exactement
    # route: an HTML-only mail: a civic service ended «il y a un mois ou deux, je sais plus exactement» (October or November 2026, before the reading day either way), a BTS of 2025 → bac+2 of 2025, not_service_civique meets → eligible
    N("remembered_vaguely", "situation", "il y a un mois ou deux, je sais plus exactement", M(
        "Sofiane Belarbi <sofiane.belarbi@hotmail.fr>", "Candidature", "2026-12-03 17:40",
        """Bonjour,

Mon service civique chez Unis-Cité s'est fini il y a un mois ou deux, je sais plus exactement, c'était juste après les vacances de la Toussaint je crois. Avant j'ai eu un BTS Services informatiques aux organisations (2025).

Je cherche un poste dans le numérique solidaire : médiation numérique, reconditionnement d'ordinateurs, tiers-lieux.

Sofiane Belarbi
06 93 27 15 48""",
        app("Sofiane", "Belarbi", phone="+33693271548", bac=2, grad="2025", status="sofiane_sc_fini_il_y_a_un_mois_ou_deux"),
        html="only",
    )),
    # Feature: remembered_vaguely — career_change — deux ou trois ans je crois
    # ambiguous: «deux ou trois ans je crois» in restaurants, and he no longer knows whether it was during or after his studies: student jobs or a trade he leaves? not_career_change open
    # route: the first paragraph: a licence pro of June 2026 after restaurant work half remembered, a post in a restaurant d'insertion sought → bac+3 of 2026-06, not_career_change open → to_verify
    N("remembered_vaguely", "career_change", "deux ou trois ans je crois", M(
        "Thibault Lukusa <thibault.lukusa@gmail.com>", "Pro'pulse", "2026-12-03 18:05",
        """Bonjour,

J'ai travaillé en salle dans la restauration, deux ou trois ans je crois, je ne sais plus bien si c'était pendant ou après ma première licence, ça s'est un peu mélangé. Ensuite j'ai fait une licence pro Hôtellerie-restauration sociale, obtenue en juin 2026.

J'aimerais travailler dans un restaurant d'insertion ou une cuisine solidaire, comme encadrant.

Thibault Lukusa
07 41 26 85 93""",
        app("Thibault", "Lukusa", phone="+33741268593", bac=3, grad="2026-06", unknown=("not_career_change",), status="thibault_restauration_deux_ou_trois_ans"),
    )),
    # Feature: someone_judged — graduation — sa conseillère pense qu'elle est éligible
    # route: an aunt writes for her niece Salimata (her address in the body): «sa conseillère pense qu'elle est éligible» and a master is named, but no date of it is told: a judgement alone leaves the limit open; a humanitarian or ESS association sought → referral; bac+5, graduation null, graduation_recent open → to_verify
    N("someone_judged", "graduation", "sa conseillère pense qu'elle est éligible", M(
        "Aïssata Dembélé <aissata.dembele@wanadoo.fr>", "Pour ma nièce", "2026-12-03 18:30",
        """Bonjour,

Je me permets de vous écrire pour ma nièce, Salimata Diawara. Elle a un master de relations internationales et cherche un emploi dans l'humanitaire ou une association de l'ESS. Sa conseillère pense qu'elle est éligible à votre programme, alors je fais le lien.

Son adresse : salimata.diawara@gmail.com

Merci d'avance de lui répondre directement.
Aïssata Dembélé""",
        app("Salimata", "Diawara", phone=None, bac=5, grad=None, unknown=("graduation_recent",), email="salimata.diawara@gmail.com", forwarded_by="aissata.dembele@wanadoo.fr", status="salimata_par_sa_tante"),
    )),
    # Feature: stance_other_mail — kind — Mail delivery failed
    # route: a delivery failure of our mail (a Mailer-Daemon From, multipart/report), the domain unknown → bounce
    N("stance_other_mail", "kind", "Mail delivery failed", M(
        "Mail Delivery System <Mailer-Daemon@relay.example.org>", "Mail delivery failed: returning message to sender", "2026-12-03 18:45",
        """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  contact@lagrangeaprojets.example.fr
    host lookup did not complete""",
        bounce("contact@lagrangeaprojets.example.fr"),
        bounce="""Reporting-MTA: dns; relay.example.org
Final-Recipient: rfc822; contact@lagrangeaprojets.example.fr
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 host lookup did not complete""",
    )),
    # Feature: someone_judged — level — un DU c'est pas un diplôme
    # route: a mother writes for her daughter Léna (her phone in the body, no address): her teacher says «un DU c'est pas un diplôme»; the only diploma told is a DU after the bac, whose length and level are not said → referral, email null; bac null of 2026-06, degree_level open → to_verify
    N("someone_judged", "level", "un DU c'est pas un diplôme", M(
        "Catherine Ollivier-Bénard <c.ollivier.benard@orange.fr>", "Ma fille Léna - est-elle concernée ?", "2026-12-03 19:10",
        """Bonjour,

Ma fille Léna Ollivier a obtenu en juin 2026 un DU Animation et médiation culturelle, c'est son seul diplôme après le bac. Son ancien professeur lui dit qu'un DU c'est pas un diplôme « au sens de France Compétences » et qu'elle ne sera prise nulle part. Elle est découragée.

Elle voudrait travailler dans une association culturelle ou une médiathèque associative. Vous pouvez la joindre au 06 72 84 13 59.

Merci pour elle,
Catherine Ollivier-Bénard""",
        app("Léna", "Ollivier", phone="+33672841359", bac=None, grad="2026-06", unknown=("degree_level",), email=None, forwarded_by="c.ollivier.benard@orange.fr", status="lena_du_par_sa_mere"),
    )),
    # Feature: understated — level — mon bac+5, enfin le M1
    # route: the body and a PDF CV: «mon bac+5, enfin le M1» — an M1 validated in June 2026 and no M2 begun: the level obtained is bac+4; a post in a cooperative sought → bac+4 of 2026-06 → eligible
    N("understated", "level", "mon bac+5, enfin le M1", M(
        "Gabin Lefort-Mbeki <gabin.lefortmbeki@gmail.com>", "Candidature Pro'pulse", "2026-12-03 19:40",
        """Bonjour,

Avec mon bac+5, enfin le M1 (j'ai arrêté avant le M2, je n'en voyais plus l'intérêt), je cherche un poste de chargé de développement dans une coopérative d'activité et d'emploi ou une couveuse.

M1 Économie sociale et solidaire validé en juin 2026. CV en pièce jointe.

Gabin Lefort-Mbeki""",
        app("Gabin", "Lefort-Mbeki", phone="+33685421736", bac=4, grad="2026-06", status="gabin_bac5_enfin_m1"),
        cv=CV("pdf", "CV_Gabin_Lefort-Mbeki.pdf", """Gabin Lefort-Mbeki
Lille - 06 85 42 17 36 - gabin.lefortmbeki@gmail.com
Formation
Master 1 Économie sociale et solidaire - Université de Lille - validé en juin 2026
Licence d'économie - Université de Lille - 2025
Expériences
Stage de M1, couveuse d'entreprises - avril - juin 2026"""),
    )),
    # Feature: stance_other_mail — kind — faut-il vous orienter des jeunes en service civique
    # route: a Mission locale adviser asks whether to refer young people in civic service, with no one named nor presented → question
    N("stance_other_mail", "kind", "faut-il vous orienter des jeunes en service civique", M(
        "Pauline Retailleau <p.retailleau@missionlocale-angers.example.org>", "Orientation vers Pro'pulse ?", "2026-12-03 20:00",
        """Bonjour,

Plusieurs jeunes diplômés que je suis terminent leur service civique en février ou en mars. Faut-il vous orienter des jeunes en service civique dès maintenant, ou attendre la fin de leur mission ?

Merci pour votre retour,
Pauline Retailleau
Conseillère, Mission locale d'Angers""",
        question(),
    )),
    # Feature: contradicted — graduation — diplômée en 2023
    # ambiguous: the subject says «diplômée 2025», the body «diplômée en 2023», and nothing says which is right: 2025 meets, 2023 fails; graduation_recent open
    # route: the subject against the first paragraph: a BTS dated 2025 in one, 2023 in the other, a post in a Scop sought → bac+2, graduation null, graduation_recent open → to_verify
    N("contradicted", "graduation", "diplômée en 2023", M(
        "Clara Ndiaye-Vautrin <clara.ndiayevautrin@gmail.com>", "Candidature - diplômée 2025", "2026-12-03 20:20",
        """Bonjour,

Diplômée en 2023 d'un BTS Comptabilité et gestion, je souhaite travailler dans une Scop ou une association, sur la comptabilité.

Merci de votre retour,
Clara Ndiaye-Vautrin
06 58 14 92 37""",
        app("Clara", "Ndiaye-Vautrin", phone="+33658149237", bac=2, grad=None, unknown=("graduation_recent",), status="clara_sujet_2025_corps_2023"),
    )),
    # Feature: contradicted — situation — j'ai rompu ma convention le 20 novembre
    # route: the body and a DOCX CV: the CV lists an internship «jusqu'en février 2027», the body resolves it: «j'ai rompu ma convention le 20 novembre», the CV not updated: the internship is over → bac+3 of 2026-06, not_internship meets → eligible
    N("contradicted", "situation", "j'ai rompu ma convention le 20 novembre", M(
        "Jules Marchal-Diop <jules.marchaldiop@gmail.com>", "Candidature + CV", "2026-12-03 21:00",
        """Bonjour,

Vous verrez sur mon CV un stage jusqu'en février 2027 : mon CV n'est pas à jour, j'ai rompu ma convention le 20 novembre (désaccord avec la structure), donc je ne suis plus en stage.

J'ai une licence de sciences politiques (juin 2026) et je cherche un poste dans une association de défense des droits.

Jules Marchal-Diop""",
        app("Jules", "Marchal-Diop", phone="+33627391584", bac=3, grad="2026-06", status="jules_convention_rompue"),
        cv=CV("docx", "CV_Jules_Marchal-Diop.docx", """Jules Marchal-Diop
Paris - 06 27 39 15 84 - jules.marchaldiop@gmail.com
Formation
Licence de science politique - Université Paris 8 - juin 2026
Expériences
Stage, chargé de plaidoyer, association de défense des droits - septembre 2026 - février 2027
Bénévole, permanence juridique étudiante - 2024-2026"""),
    )),
    # Feature: someone_judged — kind — est-ce que je lis bien vos critères
    # route: an adviser checks her own reading of the criteria with no one named nor presented → question
    N("someone_judged", "kind", "est-ce que je lis bien vos critères", M(
        "Hélène Cazals <h.cazals@cidj-toulouse.example.fr>", "Lecture des critères Pro'pulse", "2026-12-03 21:20",
        """Bonjour,

Je suis conseillère en insertion et je veux être sûre de ne pas orienter les gens à tort : est-ce que je lis bien vos critères si je considère qu'un diplôme « de moins de deux ans » se compte à partir du jury et pas de la remise du diplôme ? Et qu'un service civique terminé ne pose aucun problème ?

Merci,
Hélène Cazals""",
        question(),
    )),
    # Feature: stance_other_mail — kind — Webinaire : premier emploi dans l'ESS
    # route: a partner invites us to a January webinar, no applicant → other
    N("stance_other_mail", "kind", "Webinaire : premier emploi dans l'ESS", M(
        "Réseau Jeunes & ESS <contact@jeunes-ess.example.org>", "Invitation - Webinaire : premier emploi dans l'ESS (14 janvier)", "2026-12-03 21:45",
        """Bonjour,

Le réseau Jeunes & ESS organise le jeudi 14 janvier, de 12 h 30 à 13 h 30, un webinaire « Premier emploi dans l'ESS : ce que cherchent les employeurs ». Nous aimerions y présenter Pro'pulse en dix minutes, si vous êtes d'accord.

Lien d'inscription : https://jeunes-ess.example.org/webinaire-janvier

À bientôt,
Soazig, pour le réseau""",
        other(),
    )),
    # Feature: english_stance — situation — until the end of March
    # route: an English mail: a BA of 2025 and a service civique «until the end of March» (after the reading day), asked about → bac+3 of 2025, not_service_civique fails → not_eligible
    N("english_stance", "situation", "until the end of March", M(
        "Kwame Asante-Boateng <kwame.asanteboateng@gmail.com>", "Can I still apply?", "2026-12-03 22:15",
        """Hi,

I'm doing a service civique with a youth association in Toulouse until the end of March - can I still apply, or should I wait until it's over? I have a BA in Geography from the University of Ghana (2025), which I was told is a three-year degree like a licence.

I'd like to keep working with young people in an association afterwards.

Thanks,
Kwame
07 81 36 25 40""",
        app("Kwame", "Asante-Boateng", phone="+33781362540", bac=3, grad="2025", failing=("not_service_civique",), language="en", status="kwame_sc_until_end_of_march"),
    )),
    # Feature: english_stance — level — just a small two-year degree
    # route: an HTML-only English mail: «just a small two-year degree», a BTS in tourism of 2025 (a bac+2 whatever she thinks of it), a job in a fair-trade cooperative sought → bac+2 of 2025 → eligible
    N("english_stance", "level", "just a small two-year degree", M(
        "Maeve O'Sullivan-Blanc <maeve.osb@gmail.com>", "Application", "2026-12-03 23:10",
        """Hello!

I'm half Irish, half French and I grew up in Cork. I only have just a small two-year degree - a BTS in tourism I did in Annecy (2025) - so I'm not sure I'm the kind of graduate you're looking for.

I'd really like to work for a fair-trade cooperative, in sales or customer relations.

Maeve O'Sullivan-Blanc
06 47 28 51 93""",
        app("Maeve", "O'Sullivan-Blanc", phone="+33647285193", bac=2, grad="2025", language="en", status="maeve_small_two_year_degree"),
        html="only",
    )),
]
