"""Typography corpus, batch 07 (writer B): chosen names and names written their own way («Maxine» in a
«Maxime» mailbox, two Spanish surnames, «OUEDRAOGO Awa» and «RAKOTOMALALA Hanta» surname first, «d'Ornano»
with its particle, «Kim» for Kimberley); the typographic punctuation of phones and word processors (’ with
« » and narrow no-break spaces, the modifier letter ʼ of a phone keyboard, the acute accent ´ typed as an
apostrophe, “ ” and ‹ ›, bullets and em dashes, the ﬁ ligature of a PDF); other code points for the same
letters (NFD text from a Mac, non-breaking hyphens U+2011, soft hyphens U+00AD, full-width digits,
superscript ordinals «2ᵉ», zero-width spaces U+200B). Invisible characters are written as escapes, NFD text
through unicodedata.normalize."""
# ruff: noqa: E501

from __future__ import annotations

import unicodedata

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from typography import N

NNBSP = "\u202f"  # narrow no-break space, before « » ; : ? ! in French typography
NBSP = "\u00a0"  # no-break space
NBH = "\u2011"  # non-breaking hyphen
SHY = "\u00ad"  # soft hyphen: invisible unless the line breaks there
ZWSP = "\u200b"  # zero-width space


def nfd(text: str) -> str:
    """The text as macOS writes it: every accented letter decomposed (a base letter + a combining accent)."""
    return unicodedata.normalize("NFD", text)


# the words carrying each unicode_forms fact, built as the body builds them
W_CAREER = nfd("aucune expérience professionnelle avant mes études, à part des jobs d'été")
W_LEVEL = f"pas de diplôme au{NBH}delà du bac"
W_STAGE = f"mon stage se ter{SHY}mine fin no{SHY}vembre"
W_FULLWIDTH = "licence de géographie obtenue en ２０２２"
W_EXVOL = f"ex{NBH}volontaire : mission terminée le 30{NBH}09{NBH}2026"
W_M2 = f"en 2ᵉ année de master jus{ZWSP}qu'en juin 2027"

MESSAGES = [
    # Feature: chosen_name — studies_finished — Maxine, pas Maxime
    # spelling: a chosen first name («Maxine, pas Maxime») against the From's display name and address; the defence passed carries the fact → application; name Maxine Sauvage; master defended on 9 July 2026, an ESS aim → eligible
    N("chosen_name", "studies_finished", "Maxine, pas Maxime", M(
        "Maxime Sauvage <maxime.sauvage@example.fr>", "Candidature Pro'pulse", "02 14:05",
        """Bonjour,

Petite précision avant tout : je m'appelle Maxine, pas Maxime. Mon adresse mail et mes papiers portent encore l'ancien prénom, mais c'est bien Maxine qu'il faut utiliser.

J'ai soutenu mon mémoire de master Action publique le 9 juillet 2026, le diplôme est validé. Je cherche un poste de chargée de plaidoyer dans une association de défense des droits.

Maxine Sauvage
06 15 39 82 47""",
        app("Maxine", "Sauvage", phone="+33615398247", bac=5, grad="2026-07", status="b_maxine_pas_maxime_soutenance_juillet"),
    )),
    # Feature: chosen_name — situation — Paredes Ortega, mes deux noms
    # spelling: two Spanish surnames kept together («Paredes Ortega, mes deux noms») where the address keeps one → application; name Thaïs Paredes Ortega; civic service running until 28 February 2027 → fails not_service_civique → not eligible
    N("chosen_name", "situation", "Paredes Ortega, mes deux noms", M(
        "Thaïs Paredes <thais.paredes@example.com>", "Candidature", "03 10:44",
        """Bonjour,

Je m'appelle Thaïs Paredes Ortega — Paredes Ortega, mes deux noms, l'un ne va pas sans l'autre même si ma messagerie n'en garde qu'un. Licence de sciences de l'éducation obtenue en juin 2026. Je suis en service civique à Unis-Cité jusqu'au 28 février 2027 et je voudrais préparer mon entrée dans l'emploi associatif.

Thaïs Paredes Ortega
07 33 81 26 59""",
        app("Thaïs", "Paredes Ortega", phone="+33733812659", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_deux_noms_sc_fevrier_2027"),
    )),
    # Feature: chosen_name — level — OUEDRAOGO Awa
    # ambiguous: a Burkinabè BTS with no equivalence given: its French level is not established, degree_level stays open
    # spelling: surname first in capitals («OUEDRAOGO Awa») in the signature and the From → application; name Awa Ouedraogo; a foreign BTS of 2025 → degree_level open → to verify
    N("chosen_name", "level", "OUEDRAOGO Awa", M(
        "OUEDRAOGO Awa <awa.ouedraogo@example.org>", "Demande d'accompagnement", "04 16:30",
        """Bonjour,

J'ai obtenu en 2025 un BTS en gestion des ressources humaines à Ouagadougou, et je vis à Lyon depuis le printemps. Je n'ai pas encore fait de demande d'équivalence. Je cherche un poste d'assistante RH dans une association ou une mutuelle.

Merci de votre attention.
OUEDRAOGO Awa
06 57 42 09 86""",
        app("Awa", "Ouedraogo", phone="+33657420986", bac="*", grad="2025", unknown=("degree_level",), status="b_nom_prenom_bts_burkina"),
    )),
    # Feature: chosen_name — graduation — Apolline d'Ornano, avec l'apostrophe
    # ambiguous: a licence «en 2024» with no month: graduation_recent stays open
    # spelling: a surname with its particle («d'Ornano, avec l'apostrophe») that the address writes «dornano» → application; name Apolline d'Ornano; licence of 2024 → graduation_recent open → to verify
    N("chosen_name", "graduation", "Apolline d'Ornano, avec l'apostrophe", M(
        "apolline.dornano@example.net", "Candidature", "05 12:12",
        """Bonjour,

Apolline d'Ornano, avec l'apostrophe (mon adresse l'a perdue). J'ai eu ma licence de droit en 2024 à Corte, et je cherche un emploi de juriste dans une association d'aide aux victimes ou une maison du droit associative.

Apolline d'Ornano
06 22 90 14 73""",
        app("Apolline", "d'Ornano", phone="+33622901473", bac=3, grad="2024", unknown=("graduation_recent",), status="b_particule_dornano_licence_2024"),
    )),
    # Feature: chosen_name — aim — je signe Kim, même si l'état civil dit Kimberley
    # spelling: a short chosen name («je signe Kim») against the display name «Kimberley Tellier» → application; name Kim Tellier; BTS of June 2025, a search in a mutuelle → eligible
    N("chosen_name", "aim", "je signe Kim, même si l'état civil dit Kimberley", M(
        "Kimberley Tellier <k.tellier@example.com>", "Pro'pulse", "06 19:19",
        """Bonjour,

BTS Assurance obtenu en juin 2025. Je cherche un poste de conseillère dans une mutuelle de santé, plutôt côté prévention. Je signe Kim, même si l'état civil dit Kimberley : tout le monde m'appelle comme ça.

Kim Tellier
07 81 46 35 02""",
        app("Kim", "Tellier", phone="+33781463502", bac=2, grad="2025-06", status="b_je_signe_kim_mutuelle"),
    )),
    # Feature: chosen_name — career_change — RAKOTOMALALA Hanta, secrétaire médicale pendant onze ans
    # spelling: surname first in capitals in the signature and in the career's sentence → application; name Hanta Rakotomalala; eleven years as a medical secretary before the licence pro → fails not_career_change → not eligible
    N("chosen_name", "career_change", "RAKOTOMALALA Hanta, secrétaire médicale pendant onze ans", M(
        "Hanta Rakotomalala <hanta.rakoto@example.fr>", "Candidature – reconversion", "07 08:55",
        """Madame, Monsieur,

RAKOTOMALALA Hanta, secrétaire médicale pendant onze ans dans une clinique privée de Marseille, j'ai obtenu en juin 2026 une licence pro Coordination de projets de l'économie sociale. Je souhaite travailler dans un centre de santé associatif.

Veuillez agréer mes salutations distinguées.

RAKOTOMALALA Hanta
06 90 13 57 24""",
        app("Hanta", "Rakotomalala", phone="+33690135724", bac=3, grad="2026-06", failing=("not_career_change",), status="b_nom_capitales_secretaire_onze_ans"),
    )),
    # Feature: chosen_name — kind — Vous pouvez m'appeler Jude
    # spelling: a chosen name («m'appeler Jude») in an answer to our message, In-Reply-To our mail → reply
    N("chosen_name", "kind", "Vous pouvez m'appeler Jude", M(
        "Judith Rosenthal <judith.rosenthal@example.net>", "Re: Confirmation d'inscription à la réunion d'information", "08 13:03",
        """Bonjour,

Merci pour la confirmation. Vous pouvez m'appeler Jude, c'est le prénom que j'utilise ; à jeudi !

Jude

> Bonjour Judith, votre inscription à la réunion d'information du 12 novembre est confirmée.""",
        reply(),
        headers={"In-Reply-To": "<info-1112.judith@animafac.net>", "References": "<info-1112.judith@animafac.net>"},
    )),
    # Feature: chosen_name — kind — le prénom d'usage figure-t-il sur l'attestation
    # spelling: a question about chosen names on our papers, no fact of the writer → question
    N("chosen_name", "kind", "le prénom d'usage figure-t-il sur l'attestation", M(
        "Noa Villeneuve <noa.villeneuve@example.org>", "Question sur les documents", "09 17:26",
        """Bonjour,

À la fin de l'accompagnement, le prénom d'usage figure-t-il sur l'attestation, ou seulement celui de l'état civil ? C'est important pour pas mal de personnes trans qui pourraient candidater.

Merci,
Noa""",
        question(),
    )),
    # Feature: chosen_name — kind — Destinataire : MARTIN-NDIAYE Aurore
    # spelling: a bare delivery report whose recipient is written surname first in capitals → bounce of that address
    N("chosen_name", "kind", "Destinataire : MARTIN-NDIAYE Aurore", M(
        "Mail Delivery System <MAILER-DAEMON@mail.example.org>", "Undelivered Mail Returned to Sender", "10 04:40",
        """Votre message n'a pas pu être remis.

Destinataire : MARTIN-NDIAYE Aurore <aurore.martinndiaye@example.org>
Motif : 550 5.1.1 adresse inexistante

> Bonjour Aurore, merci pour votre candidature : nous vous proposons un entretien le 18 novembre.""",
        bounce("aurore.martinndiaye@example.org"),
        bounce="Reporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822; aurore.martinndiaye@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected",
    )),
    # Feature: apostrophes_quotes — graduation — j’ai validé mon BUT « Carrières juridiques » en juin 2025
    # spelling: the curly apostrophe ’ on «j’ai validé» that carries the date, « » with narrow no-break spaces around the diploma's name → application; BUT of June 2025, an aim in legal-aid associations → eligible
    N("apostrophes_quotes", "graduation", f"j’ai validé mon BUT «{NNBSP}Carrières juridiques{NNBSP}» en juin 2025", M(
        "Léna Vasseur-Bakari <lena.vb@example.fr>", "Candidature – BUT Carrières juridiques", "11 09:21",
        f"""Bonjour,

J’ai validé mon BUT «{NNBSP}Carrières juridiques{NNBSP}» en juin 2025 à Roanne. Depuis, j’enchaîne des missions d’intérim, et j’aimerais enfin travailler là où je me sens utile{NNBSP}: l’accès au droit, dans une association comme un point-justice associatif ou une association d’aide aux locataires.

Pouvez-vous m’accompagner{NNBSP}?

Léna Vasseur-Bakari
06{NBSP}47{NBSP}18{NBSP}90{NBSP}35""",
        app("Léna", "Vasseur-Bakari", phone="+33647189035", bac=3, grad="2025-06", status="b_apostrophe_courbe_but_juin_2025"),
    )),
    # Feature: apostrophes_quotes — situation — ma mission sʼarrête ce mois-ci, à une date que lʼasso ne mʼa pas encore donnée
    # ambiguous: a civic service ending «ce mois-ci» with no day: not_service_civique stays open
    # spelling: the modifier letter ʼ (U+02BC) of a phone keyboard on «sʼarrête», «lʼasso», «mʼa» that carry the end → application; licence of June 2026, civic service ending this month with no day → not_service_civique open → to verify
    N("apostrophes_quotes", "situation", "ma mission sʼarrête ce mois-ci, à une date que lʼasso ne mʼa pas encore donnée", M(
        "Ilyes Saïdi <ilyes.saidi@example.com>", "pro'pulse", "12 22:47",
        f"""Bonsoir, je suis en service civique dans une asso de soutien scolaire à Nîmes et ma mission sʼarrête ce mois-ci, à une date que lʼasso ne mʼa pas encore donnée. Jʼai une licence de maths (juin 2026) et je voudrais bosser dans lʼéducation populaire après. Cʼest possible de candidater{NNBSP}?
Ilyes
07 69 24 30 18""",
        app("Ilyes", "Saïdi", phone="+33769243018", bac=3, grad="2026-06", unknown=("not_service_civique",), status="b_modifier_apostrophe_sc_ce_mois"),
    )),
    # Feature: apostrophes_quotes — aim — je vise “n´importe quelle grande maison de luxe”
    # spelling: “ ” curly quotes and the acute accent ´ typed as an apostrophe («n´importe», «j´ai») on the words that carry the aim → application; master of June 2026, a search in luxury houses → fails job_seeking_ess → not eligible
    N("apostrophes_quotes", "aim", "je vise “n´importe quelle grande maison de luxe”", M(
        "Victor Staub <victor.staub@example.net>", "Candidature", "13 11:38",
        """Bonjour,

J´ai un master Marketing du luxe (juin 2026, Paris) et, pour être franc, je vise “n´importe quelle grande maison de luxe” à Paris. Un ami m´a dit que Pro´pulse aidait à décrocher un premier CDI, d´où ce message.

Victor Staub
06 28 75 41 93""",
        app("Victor", "Staub", phone="+33628754193", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_accent_aigu_luxe"),
    )),
    # Feature: apostrophes_quotes — situation — ﬁn de stage prévue le 27 mars 2027
    # spelling: the ﬁ ligature (U+FB01) of a CV exported from a PDF on «ﬁn» that carries the internship's end, ’ in the body → application (its fact in the CV); internship running until 27 March 2027 → fails not_internship → not eligible
    N("apostrophes_quotes", "situation", "ﬁn de stage prévue le 27 mars 2027", M(
        "Oriane Weill <oriane.weill@example.org>", "Candidature + CV", "14 15:15",
        """Bonjour,

Je vous envoie ma candidature pour Pro’pulse : tout est dans mon CV ci-joint. Je cherche un poste de chargée de mission transition écologique dans une association ou une SCIC.

Oriane Weill
06 43 92 17 80""",
        app("Oriane", "Weill", phone="+33643921780", bac=5, grad="2026-09", failing=("not_internship",), info_in="cv", status="b_ligature_fin_de_stage_mars_2027"),
        cv=CV("pdf", "CV_Oriane_Weill.pdf", """Oriane Weill — chargée de mission transition écologique
Master Gestion de l’environnement, Université de Strasbourg — diplôme obtenu en septembre 2026
Stage en cours : chargée de mission, Alsace Nature — ﬁn de stage prévue le 27 mars 2027
Bénévole : repair café de Strasbourg-Neudorf (2023–2026)
Compétences : animation de réseaux, diagnostic territorial, ﬂux de déchets"""),
    )),
    # Feature: apostrophes_quotes — situation — mon “service civique” à la Ligue de l’enseignement s’est terminé le 31 octobre
    # spelling: “ ” curly quotes on «service civique», ’ on «l’enseignement», «s’est terminé» that carry the end → application; civic service over on 31 October, BTS of June 2025, an ESS aim → eligible
    N("apostrophes_quotes", "situation", "mon “service civique” à la Ligue de l’enseignement s’est terminé le 31 octobre", M(
        "Enzo Vitale <enzo.vitale@example.fr>", "Candidature", "15 10:02",
        """Bonjour,

BTS Communication obtenu en juin 2025. Mon “service civique” à la Ligue de l’enseignement s’est terminé le 31 octobre : j’y animais des ateliers d’éducation aux médias dans les collèges. J’aimerais continuer dans une fédération d’éducation populaire, cette fois comme salarié.

Enzo Vitale
07.15.48.62.39""",
        app("Enzo", "Vitale", phone="+33715486239", bac=2, grad="2025-06", status="b_guillemets_anglais_sc_fini"),
    )),
    # Feature: apostrophes_quotes — aim — • Objectif — un poste de chargée de partenariats dans une fondation
    # spelling: bullets • and em dashes — of a word processor's list, ’ throughout, the aim on a bullet line → application; master of November 2025, a search in foundations → eligible
    N("apostrophes_quotes", "aim", "• Objectif — un poste de chargée de partenariats dans une fondation", M(
        "Yousra Mansouri <yousra.mansouri@example.com>", "Ma candidature en quelques lignes", "16 14:48",
        """Bonjour,

Voici l’essentiel :
• Diplôme — master Management des organisations à but non lucratif, Sciences Po Lille, novembre 2025
• Expérience — deux stages en mécénat (une fondation d’entreprise, une fondation reconnue d’utilité publique)
• Objectif — un poste de chargée de partenariats dans une fondation ou un fonds de dotation solidaire
• Disponibilité — immédiate…

Merci d’avance,
Yousra Mansouri
06 72 30 58 14""",
        app("Yousra", "Mansouri", phone="+33672305814", bac=5, grad="2025-11", status="b_puces_tirets_fondation"),
    )),
    # Feature: apostrophes_quotes — kind — Je suis en congé jusqu’au 1ᵉʳ décembre
    # spelling: ’ on «jusqu’au», « » with no-break spaces in an out-of-office with Auto-Submitted → auto_reply
    N("apostrophes_quotes", "kind", "Je suis en congé jusqu’au 1ᵉʳ décembre", M(
        "Gaëlle Pruvost <gaelle.pruvost@recyclerie-exemple.example.org>", "Réponse automatique : Re: Offre relayée", "20 07:30",
        f"""Bonjour,

Je suis en congé jusqu’au 1ᵉʳ décembre. Pour le «{NBSP}Chantier d’insertion{NBSP}», merci d’écrire à Mathieu : chantier@recyclerie-exemple.example.org.

Gaëlle Pruvost — Recyclerie du Pays d’Auge""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: apostrophes_quotes — kind — L’Écho des SCOP — n° 58
    # spelling: ’, « » with narrow no-break spaces, em dashes and … in a network's letter with List-Unsubscribe → newsletter
    N("apostrophes_quotes", "kind", "L’Écho des SCOP — n° 58", M(
        "L’Écho des SCOP <echo@scop-ouest.example.org>", "L’Écho des SCOP — n° 58", "21 06:30",
        f"""L’Écho des SCOP — n° 58

Au sommaire{NNBSP}: «{NNBSP}Reprendre son entreprise en coopérative{NNBSP}» — le témoignage d’une menuiserie nantaise{NNBSP}; l’agenda des formations{NNBSP}; trois offres d’emploi chez nos adhérents… et bien d’autres nouvelles.

Pour vous désabonner{NNBSP}: https://scop-ouest.example.org/echo/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://scop-ouest.example.org/echo/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: unicode_forms — career_change — aucune expérience professionnelle avant mes études, à part des jobs d'été
    # spelling: the whole body decomposed (NFD, as macOS writes it) on «expérience», «études», «été» that carry the absence of a career → application; only summer jobs, licence pro of June 2026, an ESS aim → eligible
    N("unicode_forms", "career_change", W_CAREER, M(
        "Mélissa Rigaud <melissa.rigaud@example.net>", "Candidature Pro'pulse", "17 18:06",
        nfd("""Bonjour,

Je n'ai aucune expérience professionnelle avant mes études, à part des jobs d'été (cueillette, accueil d'un camping). J'ai obtenu en juin 2026 une licence pro Métiers de l'animation sociale, et je cherche un poste d'animatrice dans un centre social associatif de la Drôme.

Mélissa Rigaud
06 36 91 20 57

Envoyé de mon Mac"""),
        app("Mélissa", "Rigaud", phone="+33636912057", bac=3, grad="2026-06", status="b_nfd_aucune_experience_avant"),
    )),
    # Feature: unicode_forms — level — pas de diplôme au[U+2011]delà du bac
    # spelling: non-breaking hyphens (U+2011) in «au[U+2011]delà» that carries the level and in «peut[U+2011]être» → application; the bac alone → fails degree_level → not eligible
    N("unicode_forms", "level", W_LEVEL, M(
        "Kenza Sebbar <kenza.sebbar@example.fr>", "Candidature", "18 12:40",
        f"""Bonjour,

Je me permets de candidater même si je n'ai pas de diplôme au{NBH}delà du bac (bac STMG, 2023). Je travaille depuis comme animatrice périscolaire et je voudrais un poste stable dans une association de quartier. Peut{NBH}être que Pro'pulse peut m'aider{NNBSP}?

Kenza Sebbar
07{NBH}48{NBH}26{NBH}15{NBH}93""",
        app("Kenza", "Sebbar", phone="+33748261593", bac=0, grad=None, failing=("degree_level",), status="b_trait_union_insecable_bac_seul"),
    )),
    # Feature: unicode_forms — situation — mon stage se ter[U+00AD]mine fin no[U+00AD]vembre
    # ambiguous: an internship ending «fin novembre» with no day: not_internship stays open
    # spelling: soft hyphens (U+00AD) inside «ter[U+00AD]mine» and «no[U+00AD]vembre» that carry the internship's end → application; master of September 2026, internship ending at the end of November → not_internship open → to verify
    N("unicode_forms", "situation", W_STAGE, M(
        "Gabin Roche <gabin.roche@example.com>", "Candidature Pro'pulse", "19 09:09",
        f"""Bonjour,

Master Économie sociale et solidaire obtenu en septembre 2026 (Montpellier). Je fais un stage de chargé de projet dans une coopérative agricole, et {W_STAGE}{NNBSP}; la date exacte dépend de la fin de la récolte des olives.

Je voudrais ensuite un poste dans une coopérative ou un réseau de l'agriculture paysanne.

Gabin Roche
06 51 70 82 36""",
        app("Gabin", "Roche", phone="+33651708236", bac=5, grad="2026-09", unknown=("not_internship",), status="b_cesure_invisible_stage_fin_novembre"),
    )),
    # Feature: unicode_forms — graduation — licence de géographie obtenue en ２０２２
    # spelling: full-width digits (U+FF10…) in the year «２０２２» that carries the date, typed from a Japanese input method → application; licence of 2022 → fails graduation_recent → not eligible
    N("unicode_forms", "graduation", W_FULLWIDTH, M(
        "Ren Tanaka-Roux <ren.tanakaroux@example.org>", "Pro'pulse", "20 23:15",
        """Bonjour,

J'ai une licence de géographie obtenue en ２０２２ à Grenoble, puis j'ai vécu trois ans au Japon. De retour en France, je cherche un emploi dans une association d'éducation à l'environnement.

Ren Tanaka-Roux
07 56 14 39 82""",
        app("Ren", "Tanaka-Roux", phone="+33756143982", bac=3, grad="2022", failing=("graduation_recent",), status="b_chiffres_pleine_chasse_2022"),
    )),
    # Feature: unicode_forms — situation — ex[U+2011]volontaire : mission terminée le 30[U+2011]09[U+2011]2026
    # spelling: non-breaking hyphens (U+2011) in «ex[U+2011]volontaire» and the date «30[U+2011]09[U+2011]2026» that carry the end of the civic service → application; civic service over on 30 September 2026, BUT of June 2025, an ESS aim → eligible
    N("unicode_forms", "situation", W_EXVOL, M(
        "Inaya Sarr <inaya.sarr@example.fr>", "Candidature – ex-volontaire", "21 08:26",
        f"""Bonjour,

BUT Information{NBH}communication, juin 2025.
Service civique à la Croix{NBH}Rouge, {W_EXVOL}.
Projet : chargée de communication dans une association humanitaire ou une fondation.

Inaya Sarr
06 83 27 49 10""",
        app("Inaya", "Sarr", phone="+33683274910", bac=3, grad="2025-06", status="b_insecables_ex_volontaire_fini"),
    )),
    # Feature: unicode_forms — studies_finished — en 2ᵉ année de master jus[U+200B]qu'en juin 2027
    # spelling: a superscript ordinal «2ᵉ» and a zero-width space (U+200B) inside «jus[U+200B]qu'en» on the words that carry the studies running → application; M2 running until June 2027 → fails studies_finished → not eligible
    N("unicode_forms", "studies_finished", W_M2, M(
        "Rose Mbappé-Tchami <rose.mbappetchami@example.com>", "Candidature anticipée", "22 10:51",
        f"""Bonjour,

Je suis {W_M2} (Management de l'ESS, Lyon 2). Mon stage de fin d'études commencera en février, et j'aimerais entrer dès maintenant dans Pro'pulse pour préparer ma recherche d'emploi dans une fédération de l'ESS.

Rose Mbappé-Tchami
06 04 58 31 27""",
        app("Rose", "Mbappé-Tchami", phone="+33604583127", bac="*", grad=None, failing=("studies_finished",), status="b_exposant_zwsp_m2_juin_2027"),
    )),
    # Feature: unicode_forms — kind — Mᵉ Perrin, avocate
    # spelling: the abbreviation «Mᵉ» with a superscript letter, NFD accents, a lawyer's firm offering its services, nobody applying → other
    N("unicode_forms", "kind", "Mᵉ Perrin, avocate", M(
        "Cabinet Perrin <contact@perrin-avocats.example.fr>", "Droit des associations : nos permanences", "23 09:40",
        nfd("""Madame, Monsieur,

Mᵉ Perrin, avocate au barreau de Lyon, propose aux associations employeuses des permanences en droit du travail (contrats aidés, CDD d'usage, rupture conventionnelle). Premier échange gratuit.

Cabinet Perrin — 12 rue de la République, Lyon"""),
        other(),
    )),
    # Feature: unicode_forms — kind — n° de dossier : ２０２６[U+2011]１１[U+2011]０４２
    # spelling: full-width digits and non-breaking hyphens in a platform's one-off notice, nobody applying → other
    N("unicode_forms", "kind", f"n° de dossier : ２０２６{NBH}１１{NBH}０４２", M(
        "Plateforme Subventions <noreply@subventions.example.org>", "Accusé de réception de votre dépôt", "24 05:55",
        f"""Votre dépôt a bien été enregistré.

n° de dossier : ２０２６{NBH}１１{NBH}０４２
Structure : Animafac — Pro'pulse
Dispositif : Fonds pour le développement de la vie associative

Ceci est un message automatique, merci de ne pas y répondre.""",
        other(),
    )),
]
