"""Clients corpus, batch 08 (writer B): HTML-only mail from editors and templates other than A's (a CV-like
template with a <style> block and headings, a web editor's <br> soup, an English template with a hidden
preheader left from another use, a table layout with a tracking pixel, a &nbsp; soup, a two-column table; a
Mailchimp-like newsletter, a platform's automatic acknowledgement, a Sendinblue-like invitation); quoting
(answers bottom-posted under the programme's criteria copied from its flyer, «> >» levels of a school's
exchange, the writer's own mail of yesterday corrected above it, Outlook's quote without «>» under a
header block, a «>>» chain, a bottom-posted answer to a flyer; a reply in our thread with answers under our
questions, an unsubscribe under a quoted newsletter); English clients («Sent from my iPhone», «Get Outlook
for iOS», «-----Original Message-----» in an adviser's referral, «Sent from Mail for Windows», «On …
wrote:», an English disclaimer; a question from Outlook for Android, a vendor's pitch)."""
# ruff: noqa: E501

from __future__ import annotations

from clients import N
from kit import M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: html_composers — level — Master 2 Direction de projets culturels
    # shape: HTML only from a CV-style template: a <style> block (CSS, no text), <h2> headings, a <ul> list whose first item carries the diploma → application; master (bac+5) of June 2026, an ESS aim → eligible
    N("html_composers", "level", "Master 2 Direction de projets culturels", M(
        "Salomé Perrin <salome.perrin@example.fr>", "Candidature – Salomé Perrin", "03 10:22",
        """Candidature Pro'pulse

Formation
Master 2 Direction de projets culturels – Université Grenoble Alpes, juin 2026
Licence Arts du spectacle – 2024

Projet
Je cherche un poste d'administratrice dans une compagnie de théâtre associative ou une SCIC culturelle.

Salomé Perrin – 06 43 81 27 95""",
        app("Salomé", "Perrin", phone="+33643812795", bac=5, grad="2026-06", status="b_html_template_master_projets_culturels"),
        html="only",
        body_html=(
            '<!DOCTYPE html><html><head><meta charset="utf-8"><style type="text/css">body{font-family:"Open Sans",'
            "Arial,sans-serif;color:#222;} h1{font-size:20px;color:#6b2fa0;} h2{font-size:15px;border-bottom:1px"
            " solid #ddd;margin-top:18px;} ul{padding-left:18px;} .stage{display:block;} .muted{color:#888;}"
            "</style></head><body><h1>Candidature Pro'pulse</h1><h2>Formation</h2><ul><li>Master 2 Direction de"
            " projets culturels – Université Grenoble Alpes, juin 2026</li><li>Licence Arts du spectacle – 2024"
            "</li></ul><h2>Projet</h2><p>Je cherche un poste d'administratrice dans une compagnie de théâtre"
            " associative ou une SCIC culturelle.</p><p class=\"muted\">Salomé Perrin – 06 43 81 27 95</p>"
            "</body></html>"
        ),
    )),
    # Feature: html_composers — level — Diplôme : bac STMG (2023)
    # shape: HTML only from a web editor, <br> soup and <b> labels, the highest diploma on the first line → application; a bac alone → fails degree_level → not eligible
    N("html_composers", "level", "Diplôme : bac STMG (2023)", M(
        "Timothée Roux <timothee.roux@example.net>", "Demande d'inscription", "05 16:08",
        """Nom : Roux
Prénom : Timothée
Diplôme : bac STMG (2023)
Études après le bac : aucune
Emploi recherché : agent d'accueil dans une association ou une ressourcerie
Téléphone : 07 35 62 18 40""",
        app("Timothée", "Roux", phone="+33735621840", bac=0, grad=None, failing=("degree_level",), status="b_html_br_soupe_bac_stmg"),
        html="only",
        body_html=(
            "<html><body><b>Nom</b> : Roux<br><b>Prénom</b> : Timothée<br><br><b>Diplôme</b> : bac STMG (2023)"
            "<br><b>Études après le bac</b> : aucune<br><br><b>Emploi recherché</b> : agent d'accueil dans une"
            " association ou une ressourcerie<br><b>Téléphone</b> : 07 35 62 18 40<br><br><br></body></html>"
        ),
    )),
    # Feature: html_composers — aim — either a non-profit or a regular company, I honestly don't mind
    # ambiguous: a non-profit or a company on equal terms: job_seeking_ess stays open
    # shape: HTML only, an English template whose hidden preheader (display:none) still says «Candidature spontanée – poste en banque» from another use (not written to us), the visible <td> carries the search → application in English; bachelor's of July 2025, two searches on equal terms → job_seeking_ess open → to verify
    N("html_composers", "aim", "either a non-profit or a regular company, I honestly don't mind", M(
        "Yerlan Zhaksybekov <yerlan.zh@example.com>", "Application – Yerlan Zhaksybekov", "07 09:41",
        """Dear Pro'pulse team,

I completed a Bachelor's in Business Administration at Université de Lorraine in July 2025. I'm looking for a first job in finance or administration, either a non-profit or a regular company, I honestly don't mind.

Yerlan Zhaksybekov
+33 6 57 29 41 83""",
        app("Yerlan", "Zhaksybekov", phone="+33657294183", bac=3, grad="2025-07", unknown=("job_seeking_ess",), language="en", status="b_html_en_preheader_nonprofit_or_company"),
        html="only",
        body_html=(
            '<html><body><div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Candidature'
            " spontanée – poste en banque</div><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td"
            ' style="padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:14px"><p>Dear Pro\'pulse team,'
            "</p><p>I completed a Bachelor's in Business Administration at Université de Lorraine in July 2025."
            " I'm looking for a first job in finance or administration, either a non-profit or a regular"
            " company, I honestly don't mind.</p><p>Yerlan Zhaksybekov<br>+33 6 57 29 41 83</p></td></tr>"
            "</table></body></html>"
        ),
    )),
    # Feature: html_composers — situation — Mon stage chez Habitat et Humanisme s'est terminé le 30 septembre
    # shape: HTML only, a table layout from a newsletter editor with a tracking pixel (1×1 img) at the end, the end of the internship in the second row → application; licence pro of June 2026, internship over, an ESS aim → eligible
    N("html_composers", "situation", "Mon stage chez Habitat et Humanisme s'est terminé le 30 septembre", M(
        "Arthur Nowak <arthur.nowak@example.fr>", "Candidature Pro'pulse", "09 21:14",
        """Bonjour,

Licence pro Gestion locative sociale obtenue en juin 2026 (IUT de Saint-Étienne).

Mon stage chez Habitat et Humanisme s'est terminé le 30 septembre. Je cherche maintenant un emploi de chargé de gestion locative adaptée dans une association ou une agence immobilière à vocation sociale.

Arthur Nowak
06 70 38 95 24""",
        app("Arthur", "Nowak", phone="+33670389524", bac=3, grad="2026-06", status="b_html_table_pixel_stage_fini_30_sept"),
        html="only",
        body_html=(
            '<html><body><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"'
            ' align="center"><tr><td style="padding:12px 0">Bonjour,</td></tr><tr><td style="padding:6px 0">Licence'
            " pro Gestion locative sociale obtenue en juin 2026 (IUT de Saint-Étienne).</td></tr><tr><td"
            ' style="padding:6px 0">Mon stage chez Habitat et Humanisme s\'est terminé le 30 septembre. Je cherche'
            " maintenant un emploi de chargé de gestion locative adaptée dans une association ou une agence"
            ' immobilière à vocation sociale.</td></tr><tr><td style="padding:12px 0">Arthur Nowak<br>06 70 38 95'
            ' 24</td></tr></table><img src="https://t.mailer.example.net/o/8f3a2c.gif" width="1" height="1"'
            ' alt="" style="display:block;border:0"></body></html>'
        ),
    )),
    # Feature: html_composers — level — un CAP Accompagnant éducatif petite enfance et une première année de BTS ESF non validée
    # shape: HTML only, an &nbsp; soup from an online editor (spaces and line breaks as entities), the diplomas in the middle paragraph → application; a CAP and a first year of BTS not validated → fails degree_level → not eligible
    N("html_composers", "level", "un CAP Accompagnant éducatif petite enfance et une première année de BTS ESF non validée", M(
        "Lisa Schmitt <lisa.schmitt@example.fr>", "inscription pro'pulse", "11 13:50",
        """Bonjour,

J'ai un CAP Accompagnant éducatif petite enfance et une première année de BTS ESF non validée (2024-2025). Je travaille comme auxiliaire en crèche associative et j'aimerais évoluer dans ce secteur.

Lisa Schmitt
06 81 24 09 57""",
        app("Lisa", "Schmitt", phone="+33681240957", bac=0, grad=None, failing=("degree_level",), status="b_html_nbsp_cap_aepe_bts_non_valide"),
        html="only",
        body_html=(
            "<html><body><p>Bonjour,&nbsp;</p><p>&nbsp;</p><p>J'ai&nbsp;un CAP Accompagnant éducatif petite"
            " enfance&nbsp;et une première année de BTS ESF&nbsp;non validée (2024-2025).&nbsp;Je travaille comme"
            " auxiliaire en crèche associative et j'aimerais évoluer&nbsp;dans ce secteur.</p><p>&nbsp;</p>"
            "<p>Lisa Schmitt<br>06&nbsp;81&nbsp;24&nbsp;09&nbsp;57</p></body></html>"
        ),
    )),
    # Feature: html_composers — graduation — licence de sociologie, obtenue il y a deux ou trois ans
    # ambiguous: «il y a deux ou trois ans» gives no date: two years meets the rule, three fails it: graduation_recent stays open
    # shape: HTML only, a two-column <table> (a left column of labels, a right column of text), the diploma's age in the right cell → application; licence of unsaid date → graduation_recent open → to verify
    N("html_composers", "graduation", "licence de sociologie, obtenue il y a deux ou trois ans", M(
        "Bérénice Vallée <berenice.vallee@example.fr>", "Candidature", "13 18:27",
        """Parcours : licence de sociologie, obtenue il y a deux ou trois ans à Limoges, je n'ai plus la date exacte en tête.
Expérience : animatrice dans un centre social associatif depuis.
Recherche : un poste de coordinatrice de projets dans un centre social.
Contact : Bérénice Vallée, 07 46 92 30 18""",
        app("Bérénice", "Vallée", phone="+33746923018", bac=3, grad=None, unknown=("graduation_recent",), status="b_html_table_licence_deux_ou_trois_ans"),
        html="only",
        body_html=(
            '<html><body><table border="0" cellpadding="6"><tr><td valign="top"><b>Parcours :</b></td><td>licence'
            " de sociologie, obtenue il y a deux ou trois ans à Limoges, je n'ai plus la date exacte en tête.</td>"
            "</tr><tr><td valign=\"top\"><b>Expérience :</b></td><td>animatrice dans un centre social associatif"
            ' depuis.</td></tr><tr><td valign="top"><b>Recherche :</b></td><td>un poste de coordinatrice de'
            ' projets dans un centre social.</td></tr><tr><td valign="top"><b>Contact :</b></td><td>Bérénice'
            " Vallée, 07 46 92 30 18</td></tr></table></body></html>"
        ),
    )),
    # Feature: html_composers — kind — Les actus du réseau Coorace – novembre
    # shape: a Mailchimp-like newsletter, HTML only with a <style> block, a hidden preheader, tables, List-Unsubscribe and Precedence: bulk → newsletter
    N("html_composers", "kind", "Les actus du réseau Coorace – novembre", M(
        "Réseau IAE Occitanie <news@iae-occitanie.example.org>", "Les actus du réseau Coorace – novembre", "16 07:00",
        """Les actus du réseau Coorace – novembre

Trois structures d'insertion recrutent en Occitanie ; retour sur le forum de l'IAE de Montpellier ; nouvelles formations pour les encadrants techniques.

Se désinscrire""",
        newsletter(),
        html="only",
        body_html=(
            "<html><head><style>.preheader{display:none!important;} td{font-family:Arial;} .btn{background:#e4572e;"
            "color:#fff;}</style></head><body><span class=\"preheader\" style=\"display:none\">Trois recrutements,"
            ' un forum, des formations</span><table width="600" align="center"><tr><td><h1>Les actus du réseau'
            " Coorace – novembre</h1><p>Trois structures d'insertion recrutent en Occitanie ; retour sur le forum"
            " de l'IAE de Montpellier ; nouvelles formations pour les encadrants techniques.</p><p><a"
            ' href="https://iae-occitanie.example.org/u?id=5f1c">Se désinscrire</a></p></td></tr></table>'
            '<img src="https://iae-occitanie.example.org/open.gif?id=5f1c" width="1" height="1"></body></html>'
        ),
        headers={"List-Unsubscribe": "<https://iae-occitanie.example.org/u?id=5f1c>", "Precedence": "bulk", "X-Mailer": "Mailchimp Mailer - **CID8d1e2f0a**"},
    )),
    # Feature: html_composers — kind — Nous avons bien reçu votre message
    # shape: a recruiting platform's automatic acknowledgement, HTML only in a table template, Auto-Submitted → auto_reply
    N("html_composers", "kind", "Nous avons bien reçu votre message", M(
        "Jobs Solidaires <no-reply@jobs-solidaires.example.org>", "Accusé de réception", "18 12:00",
        """Nous avons bien reçu votre message et nous y répondrons dans les meilleurs délais. Ceci est un message automatique, merci de ne pas y répondre.""",
        auto_reply(),
        html="only",
        body_html=(
            '<html><body><table width="100%" style="background:#f4f4f4"><tr><td align="center"><table width="560"'
            ' style="background:#ffffff;padding:20px"><tr><td>Nous avons bien reçu votre message et nous y'
            " répondrons dans les meilleurs délais.<br><br><small>Ceci est un message automatique, merci de ne pas"
            " y répondre.</small></td></tr></table></td></tr></table></body></html>"
        ),
        headers={"Auto-Submitted": "auto-generated"},
    )),
    # Feature: html_composers — kind — Rencontres de l'emploi associatif – 9 décembre
    # shape: a Sendinblue-like invitation, HTML only with a heading, a <ul> programme and a button, no one applying → other
    N("html_composers", "kind", "Rencontres de l'emploi associatif – 9 décembre", M(
        "Le Mouvement associatif Hauts-de-France <evenements@lma-hdf.example.org>", "Invitation : Rencontres de l'emploi associatif", "20 10:30",
        """Rencontres de l'emploi associatif – 9 décembre

Au programme :
- 9 h 30 : table ronde « Premier emploi dans une association »
- 11 h : job dating avec 20 employeurs
- 14 h : ateliers CV

Je m'inscris""",
        other(),
        html="only",
        body_html=(
            "<html><body><h2 style=\"color:#00818a\">Rencontres de l'emploi associatif – 9 décembre</h2><p>Au"
            " programme :</p><ul><li>9 h 30 : table ronde « Premier emploi dans une association »</li><li>11 h :"
            " job dating avec 20 employeurs</li><li>14 h : ateliers CV</li></ul><p><a href=\"https://lma-hdf"
            '.example.org/r/9dec" style="background:#00818a;color:#fff;padding:8px 14px">Je m\'inscris</a></p>'
            "</body></html>"
        ),
    )),
    # Feature: quoting_styles — aim — Oui : je vise une association de réinsertion par le sport
    # shape: a first mail that copies the criteria of our flyer as «>» lines and answers under each (bottom-posted, interleaved); the answer under «> Chercher un emploi dans l'ESS» carries the aim → application; DEUST of June 2026, an ESS aim → eligible
    N("quoting_styles", "aim", "Oui : je vise une association de réinsertion par le sport", M(
        "Dylan Marceau <dylan.marceau@example.fr>", "Candidature – réponses à vos critères", "02 18:34",
        """Bonjour, je reprends les critères de votre flyer et je réponds dessous.

> Être diplômé·e d'un bac+2 minimum
DEUST Animation et gestion des activités sportives, juin 2026 (Université de Lorraine).

> Avoir terminé ses études
Oui, plus aucune inscription.

> Chercher un emploi dans l'ESS
Oui : je vise une association de réinsertion par le sport, ou un club qui fait de l'inclusion.

Dylan Marceau
06 32 57 80 14""",
        app("Dylan", "Marceau", phone="+33632578014", bac=2, grad="2026-06", status="b_quote_criteres_flyer_reinsertion_sport"),
    )),
    # Feature: quoting_styles — studies_finished — je reste inscrit en M2 jusqu'à ma soutenance de juin 2027
    # shape: a forwarded exchange with two quote levels: his question to the school at «> >», the secretary's answer at «>», his newest words on top; the studies running in his top words → application; licence of 2025, an M2 running until June 2027 → fails studies_finished → not eligible
    N("quoting_styles", "studies_finished", "je reste inscrit en M2 jusqu'à ma soutenance de juin 2027", M(
        "Victor Sanchez <victor.sanchez@example.net>", "Fwd: Re: Report de soutenance", "04 22:10",
        """Bonjour,

Voici l'échange avec ma fac : finalement je reste inscrit en M2 jusqu'à ma soutenance de juin 2027. J'ai une licence de gestion (2025). Puis-je commencer Pro'pulse quand même ? Je vise un poste de gestionnaire dans une coopérative.

Victor Sanchez
07 21 83 46 50

> Bonjour M. Sanchez,
> Le report est accepté : vous restez inscrit pour l'année 2026-2027, soutenance en juin 2027.
> Le secrétariat du master
>
> > Bonjour,
> > Puis-je reporter ma soutenance de septembre à l'an prochain ?
> > Victor Sanchez""",
        app("Victor", "Sanchez", phone="+33721834650", bac=3, grad="2025", failing=("studies_finished",), status="b_quote_deux_niveaux_soutenance_juin_2027"),
    )),
    # Feature: quoting_styles — graduation — c'est juin 2025, pas juin 2023
    # shape: the writer's own mail of yesterday quoted under «Le 18 nov. 2026 à 21:40, … a écrit :» with «>», her newer words above it correct the year → application; master of June 2025 (the newest words), an ESS aim → eligible
    N("quoting_styles", "graduation", "c'est juin 2025, pas juin 2023", M(
        "Manel Rahal <manel.rahal@example.fr>", "Correction – ma candidature d'hier", "19 08:05",
        """Bonjour,

Une erreur dans mon message d'hier (en dessous) : mon master, c'est juin 2025, pas juin 2023. Désolée !

Manel

Le 18 nov. 2026 à 21:40, Manel Rahal <manel.rahal@example.fr> a écrit :
> Bonjour,
> J'ai obtenu mon master Économie du développement en juin 2023 à Clermont-Ferrand et je cherche un poste de chargée de projets dans une ONG de solidarité internationale.
> Manel Rahal
> 06 93 15 28 40""",
        app("Manel", "Rahal", phone="+33693152840", bac=5, grad="2025-06", status="b_quote_propre_mail_corrige_2025"),
        headers={"X-Mailer": "Apple Mail (2.3826.200.121)"},
    )),
    # Feature: quoting_styles — level — mon BTS, je ne l'ai pas eu : je n'ai que le bac
    # shape: Outlook quoting without «>»: his newer words, then the old mail of the exam office after a «De : … Envoyé : … Objet :» block; his words carry the level → application; a bac alone, the BTS failed → fails degree_level → not eligible
    N("quoting_styles", "level", "mon BTS, je ne l'ai pas eu : je n'ai que le bac", M(
        "Jordan Petitjean <jordan.petitjean@example.fr>", "TR: Résultats BTS session 2026", "06 17:48",
        """Bonjour,

Pour être clair avant de m'inscrire : mon BTS, je ne l'ai pas eu : je n'ai que le bac (bac pro Gestion-administration). Je cherche un emploi d'agent administratif dans une association. Est-ce possible chez vous ?

Jordan Petitjean
06 05 41 79 23

De : Service des examens <examens@academie-exemple.example.fr>
Envoyé : mercredi 8 juillet 2026 10:00
À : jordan.petitjean@example.fr
Objet : Résultats BTS session 2026

Candidat : PETITJEAN Jordan – BTS Gestion de la PME – Décision du jury : ajourné.""",
        app("Jordan", "Petitjean", phone="+33605417923", bac=0, grad=None, failing=("degree_level",), status="b_quote_outlook_sans_chevron_bts_ajourne"),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: quoting_styles — career_change — j'ai travaillé plusieurs années en restauration
    # ambiguous: «plusieurs années» in restaurants before the licence: not_career_change stays open
    # shape: bottom-posting under a «>>» chain (a friend's mail quoting an older one about the programme), her answer at the bottom carries the career → application; licence of June 2026, a job of unsaid length before it → not_career_change open → to verify
    N("quoting_styles", "career_change", "j'ai travaillé plusieurs années en restauration", M(
        "Fanny Wagner <fanny.wagner@example.fr>", "Fwd: Re: Pro'pulse", "08 12:12",
        """>> Quelqu'un connaît Pro'pulse d'Animafac ?
> Oui, c'est pour les jeunes diplômés qui visent l'ESS, écrivez-leur directement.

Bonjour, je vous écris donc directement. Avant ma licence Administration économique et sociale (juin 2026), j'ai travaillé plusieurs années en restauration. Je cherche maintenant un poste d'assistante administrative dans une association d'aide à domicile.

Fanny Wagner
07 38 20 61 95""",
        app("Fanny", "Wagner", phone="+33738206195", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_quote_chevrons_plusieurs_annees_restauration"),
    )),
    # Feature: quoting_styles — situation — ma mission de service civique s'arrête en novembre
    # ambiguous: a civic service ending «en novembre» with no day, read on the 26th: not_service_civique stays open
    # shape: bottom-posted under the flyer's text quoted with «>»: his answer under it carries the civic service → application; BTS of June 2025, civic service ending in November with no day → not_service_civique open → to verify
    N("quoting_styles", "situation", "ma mission de service civique s'arrête en novembre", M(
        "Bastien Tournier <bastien.tournier@example.net>", "Pro'pulse", "10 19:26",
        """> Pro'pulse accompagne les jeunes diplômé·es vers un premier emploi dans l'économie sociale et solidaire.

C'est exactement ce que je cherche. BTS Gestion de la PME en juin 2025, et ma mission de service civique s'arrête en novembre, je n'ai pas encore la date précise. Je voudrais un poste de gestionnaire dans une association ou une SCOP.

Bastien Tournier
06 14 70 38 52""",
        app("Bastien", "Tournier", phone="+33614703852", bac=2, grad="2025-06", unknown=("not_service_civique",), status="b_quote_flyer_service_civique_novembre"),
    )),
    # Feature: quoting_styles — kind — Oui, la licence pro, validée en juin 2026
    # shape: a reply in our thread (In-Reply-To our mail) with answers interleaved under our quoted questions; it answers what we asked about her file → reply
    N("quoting_styles", "kind", "Oui, la licence pro, validée en juin 2026", M(
        "Céline Vu <celine.vu@example.fr>", "Re: Votre dossier Pro'pulse – deux précisions", "12 09:33",
        """Bonjour,

> Pouvez-vous nous envoyer votre attestation de réussite ?
Je l'ai demandée à l'IUT, je vous la transmets dès réception.

> Avez-vous bien obtenu votre diplôme ?
Oui, la licence pro, validée en juin 2026.

Bonne journée,
Céline Vu""",
        reply(),
        headers={"In-Reply-To": "<dossier-precisions.cv@animafac.net>", "References": "<dossier-precisions.cv@animafac.net>"},
    )),
    # Feature: quoting_styles — kind — stop, je ne veux plus recevoir ces messages
    # shape: a bottom-posted line under our quoted newsletter, no In-Reply-To (a new mail), nothing asked → other
    N("quoting_styles", "kind", "stop, je ne veux plus recevoir ces messages", M(
        "Gérard Ménard <gerard.menard@example.fr>", "TR: La lettre Pro'pulse", "14 11:02",
        """> La lettre Pro'pulse – novembre
> Nos prochaines réunions d'information : 3 et 10 décembre.
> Témoignage : Inès, embauchée dans une SCOP de Nantes.

stop, je ne veux plus recevoir ces messages""",
        other(),
    )),
    # Feature: english_clients — graduation — I graduated in July 2025 with a BA in Social Policy
    # shape: iPhone Mail in English, «Sent from my iPhone» under the body; the date in the first line → application in English; BA (bac+3) of July 2025, an ESS aim → eligible
    N("english_clients", "graduation", "I graduated in July 2025 with a BA in Social Policy", M(
        "Olivia Whitmore <olivia.whitmore@example.co.uk>", "Pro'pulse application", "03 07:55",
        """Hi,

I graduated in July 2025 with a BA in Social Policy from the University of Kent, and I've been living in Lyon since September. I'd love to work for a French charity or a social enterprise on housing issues.

Olivia Whitmore
+33 7 64 18 52 03

Sent from my iPhone""",
        app("Olivia", "Whitmore", phone="+33764185203", bac=3, grad="2025-07", language="en", status="b_en_iphone_ba_social_policy_2025"),
        headers={"X-Mailer": "iPhone Mail (22B91)"},
    )),
    # Feature: english_clients — situation — my internship at UNHCR's Paris office runs until 28 February 2027
    # shape: Outlook for iOS in English, «Get Outlook for iOS» under the body; the internship in the second sentence → application in English; MA of September 2026, an internship until 28 February 2027 → fails not_internship → not eligible
    N("english_clients", "situation", "my internship at UNHCR's Paris office runs until 28 February 2027", M(
        "Rahul Mehta <rahul.mehta@outlook.example.com>", "Joining Pro'pulse", "05 12:40",
        """Hello,

I finished my MA in International Relations at Sciences Po in September 2026; my internship at UNHCR's Paris office runs until 28 February 2027. After that I'd like to find a job in a French NGO working with asylum seekers.

Rahul Mehta
+33 6 27 90 41 38

Get Outlook for iOS""",
        app("Rahul", "Mehta", phone="+33627904138", bac=5, grad="2026-09", failing=("not_internship",), language="en", status="b_en_outlook_ios_unhcr_internship"),
        headers={"X-Mailer": "Outlook-iOS/2.0"},
    )),
    # Feature: english_clients — level — an HND in Social Sciences from Glasgow Clyde College
    # ambiguous: an HND with no French equivalence given: degree_level stays open
    # shape: Outlook in English, a careers adviser's note above «-----Original Message-----» and the student's mail with «From: Sent: To: Subject:» under it; the diploma in the quoted mail → application in English (referral: the adviser in forwarded_by, the student's address); an HND of June 2026 of unsaid level → degree_level open → to verify
    N("english_clients", "level", "an HND in Social Sciences from Glasgow Clyde College", M(
        "Morag Sutherland <m.sutherland@college-example.example.ac.uk>", "FW: Pro'pulse enquiry", "07 15:18",
        """Dear colleagues,

Please see below a message from one of our former students, who has moved to Nantes. I'd be grateful if you could contact him directly.

Kind regards,
Morag Sutherland
Careers Adviser

-----Original Message-----
From: Callum Reid <callum.reid@example.co.uk>
Sent: 05 November 2026 19:22
To: Morag Sutherland <m.sutherland@college-example.example.ac.uk>
Subject: Pro'pulse enquiry

Hi Morag,
I got an HND in Social Sciences from Glasgow Clyde College in June 2026 and I'm now in Nantes. Could you pass my details to the French programme you mentioned? I'd like to work for a community association.
Callum Reid
+33 7 53 84 20 91""",
        app("Callum", "Reid", phone="+33753842091", bac="*", grad="2026-06", unknown=("degree_level",), email="callum.reid@example.co.uk", forwarded_by="m.sutherland@college-example.example.ac.uk", language="en", status="b_en_original_message_hnd_glasgow"),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: english_clients — aim — a graduate role in investment banking or audit
    # shape: Mail for Windows in English, «Sent from Mail for Windows» under the body; the aim in the body → application in English; MSc of September 2026, a search in banking or audit alone → fails job_seeking_ess → not eligible
    N("english_clients", "aim", "a graduate role in investment banking or audit", M(
        "Noah Young <noah.young@example.com>", "Application", "09 18:03",
        """Hello,

I hold an MSc in Finance from NEOMA Business School (September 2026) and I'm looking for a graduate role in investment banking or audit in Paris. Could your programme help me?

Noah Young
+33 6 45 02 87 16

Sent from Mail for Windows""",
        app("Noah", "Young", phone="+33645028716", bac=5, grad="2026-09", failing=("job_seeking_ess",), language="en", status="b_en_mail_windows_investment_banking"),
    )),
    # Feature: english_clients — studies_finished — my degree was formally awarded on 10 November, so my studies are over
    # shape: Gmail in English, his words above «On Tue, Nov 10, 2026 at 9:12 AM Registry <…> wrote:» and the registry's mail quoted with «>»; his top words carry the end of his studies → application in English; MA awarded in November 2026, an ESS aim → eligible
    N("english_clients", "studies_finished", "my degree was formally awarded on 10 November, so my studies are over", M(
        "Tomasz Wiśniewski <tomasz.wisniewski@gmail.example.com>", "Application + proof of award", "12 10:47",
        """Hi,

As the registry's email below shows, my degree was formally awarded on 10 November, so my studies are over. I'm looking for a job in a French cooperative or a fair-trade organisation.

Tomasz Wiśniewski
+33 7 40 26 95 81

On Tue, Nov 10, 2026 at 9:12 AM Registry <registry@univ-exemple.example.ac.uk> wrote:
> Dear Tomasz,
> We are pleased to confirm that the Board of Examiners has awarded you the MA in Development Economics.
> Student Records Office""",
        app("Tomasz", "Wiśniewski", phone="+33740269581", bac=5, grad="2026-11", language="en", status="b_en_gmail_wrote_degree_awarded"),
    )),
    # Feature: english_clients — career_change — I worked for some years in a call centre
    # ambiguous: «some years» in a call centre before the BA: not_career_change stays open
    # shape: Outlook in English with a long English disclaimer («This email and any attachments are confidential … intended recipient») under the signature; the career in the body → application in English; BA of June 2026, a job of unsaid length before it → not_career_change open → to verify
    N("english_clients", "career_change", "I worked for some years in a call centre", M(
        "Grace Okonjo <grace.okonjo@example.com>", "Pro'pulse – application", "15 14:20",
        """Good afternoon,

Before going back to university, I worked for some years in a call centre. I then completed a BA in Community Development at Université Paris 8 in June 2026, and I'm looking for a job in a French association working with young people.

Best regards,
Grace Okonjo
+33 6 19 74 30 62

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it.""",
        app("Grace", "Okonjo", phone="+33619743062", bac=3, grad="2026-06", unknown=("not_career_change",), language="en", status="b_en_disclaimer_some_years_call_centre"),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: english_clients — kind — is there an age limit to join the programme
    # shape: Outlook for Android in English, «Get Outlook for Android», a general question → question (English)
    N("english_clients", "kind", "is there an age limit to join the programme", M(
        "Priya Nair <priya.nair@outlook.example.com>", "Quick question", "17 21:30",
        """Hi, is there an age limit to join the programme? Thanks!

Get Outlook for Android""",
        question(language="en"),
        headers={"X-Mailer": "Outlook-Android/2.2.0"},
    )),
    # Feature: english_clients — kind — boost your recruitment with our AI screening tool
    # shape: a vendor's pitch in English with «-----Original Message-----» of an earlier pitch quoted under it and an English disclaimer, nobody applying → other
    N("english_clients", "kind", "boost your recruitment with our AI screening tool", M(
        "Ryan Walsh <ryan.walsh@hirefast-example.example.com>", "Following up", "19 16:45",
        """Hi there,

Just following up on my note below: would you have 15 minutes this week to see how you could boost your recruitment with our AI screening tool?

Ryan

-----Original Message-----
From: Ryan Walsh
Sent: 12 November 2026 10:02
Subject: Partnership

Hi, I'm reaching out to programmes like yours to offer a free trial of HireFast.

This email is confidential and intended only for the named recipient.""",
        other(),
    )),
]
