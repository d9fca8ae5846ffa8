"""Typography corpus, batch 03 (writer A): chosen names and names written with their particles, double
surnames or surname first in capitals («je signe Nour», «je m'appelle Élias», «NGUYEN Thi Lan», «de
Kerangal», «García López», «I go by Kit»); the typographic punctuation of phones and word processors (’,
« » with narrow no-break spaces, em dashes, bullets, …); the same letters in other code points (NFD text as a
Mac writes it, «bac⁺⁵», «1ʳᵉ année», soft hyphens, zero-width spaces, non-breaking hyphens)."""
# ruff: noqa: E501

from __future__ import annotations

import unicodedata

from kit import M, app, auto_reply, bounce, newsletter, other, question, reply
from typography import N


def nfd(text: str) -> str:
    """The text with its accents decomposed (a letter + a combining mark), as macOS mail writes it."""
    return unicodedata.normalize("NFD", text)


NNBSP = "\u202f"  # narrow no-break space, before « ; : ? ! » in French word processors
SHY = "\u00ad"  # soft hyphen, left inside words by a PDF or a word processor's hyphenation
ZWSP = "\u200b"  # zero-width space, pasted from a web profile
NBHY = "\u2011"  # non-breaking hyphen

GRAD_NFD = nfd("diplômée en juin 2025")
BAC5 = "bac⁺⁵"  # superscript plus and five
CAISSIERE = f"plusieurs années comme cais{SHY}sière"
DATE_ZW = f"Diplômé{ZWSP} en 2024"
NONPROFIT = f"a job in a non{NBHY}profit"

MESSAGES = [
    # Feature: chosen_name — graduation — Je signe Nour, c'est mon prénom d'usage
    # spelling: the From and the address carry a former first name, the writer signs with the chosen one and says so → application (truth name: Nour Azoulay); BUT of June 2026, an ESS aim → eligible
    N("chosen_name", "graduation", "Je signe Nour, c'est mon prénom d'usage", M(
        "Yanis Azoulay <yanis.azoulay@example.fr>", "Candidature Pro'pulse", "19 10:05",
        """Bonjour,

Je signe Nour, c'est mon prénom d'usage (l'adresse mail date d'avant, je n'ai pas encore changé). J'ai obtenu mon BUT Carrières sociales, parcours éducation spécialisée, en juin 2026 à Bordeaux, et je cherche un poste d'éducateur·ice dans une association de protection de l'enfance.

Nour Azoulay
06 27 39 51 84""",
        app("Nour", "Azoulay", phone="+33627395184", bac=3, grad="2026-06", status="je_signe_nour_but_2026"),
    )),
    # Feature: chosen_name — aim — NGUYEN Thi Lan
    # spelling: the name written surname first in capitals in the From and the signature («NGUYEN Thi Lan»), the first names «Thi Lan» → application; master of 2026, a search in audit firms and banks → fails job_seeking_ess → not eligible
    N("chosen_name", "aim", "NGUYEN Thi Lan", M(
        "NGUYEN Thi Lan <thilan.nguyen@example.com>", "Candidature", "20 08:41",
        """Madame, Monsieur,

Diplômée d'un master Contrôle de gestion et audit (IAE de Lille, septembre 2026), je recherche un poste de contrôleuse de gestion dans un cabinet d'audit ou une banque. Une amie m'a dit que votre programme aidait les jeunes diplômés à trouver un premier emploi.

Cordialement,
NGUYEN Thi Lan
07 68 12 40 95""",
        app("Thi Lan", "Nguyen", phone="+33768124095", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="nom_majuscules_audit_banque"),
    )),
    # Feature: chosen_name — level — Bérénice de Kerangal
    # ambiguous: a private school's «bachelor» with no grade de licence said — degree_level stays open
    # spelling: a surname with its particle («de Kerangal»), signed «B. de Kerangal» and written in full once → application (truth last name: «de Kerangal»); a private bachelor of July 2026 → degree_level open → to verify
    N("chosen_name", "level", "Bérénice de Kerangal", M(
        "B. de Kerangal <bdekerangal@example.fr>", "Demande d'accompagnement", "21 14:30",
        """Bonjour,

Je m'appelle Bérénice de Kerangal. J'ai terminé en juillet 2026 un bachelor Management responsable et RSE dans une école privée de Nantes, et je voudrais travailler dans une entreprise d'insertion ou une fondation.

B. de Kerangal
06 94 21 08 37""",
        app("Bérénice", "de Kerangal", phone="+33694210837", bac="*", grad="2026-07", unknown=("degree_level",), status="particule_de_kerangal_bachelor"),
    )),
    # Feature: chosen_name — situation — je m'appelle Élias
    # spelling: the From, the address and the CV file carry a former first name; «je m'appelle Élias» is the name of use → application (truth name: Élias Fournier); a civic service running until June 2027 → fails not_service_civique → not eligible
    N("chosen_name", "situation", "je m'appelle Élias", M(
        "Elisa Fournier <elisa.fournier@example.org>", "Candidature — Élias Fournier", "22 19:58",
        """Bonjour,

Mon adresse et mon CV portent encore mon ancien prénom, mais je m'appelle Élias, merci de m'appeler ainsi. Je suis en service civique à la Ligue de l'enseignement jusqu'en juin 2027, après une licence STAPS (2025), et je cherche déjà l'après.

Élias Fournier
07 12 58 63 40""",
        app("Élias", "Fournier", phone="+33712586340", bac=3, grad="2025-06", failing=("not_service_civique",), status="prenom_usage_elias_sc_juin_2027"),
    )),
    # Feature: chosen_name — studies_finished — María José García López
    # spelling: a Spanish double surname («García López») and two first names, signed in full → application (truth: «María José», «García López»); the DE CESF obtained on 3 July 2026, nothing left to pass → eligible
    N("chosen_name", "studies_finished", "María José García López", M(
        "Maria Garcia <mjgarcialopez@example.fr>", "Candidature Pro'pulse", "23 11:16",
        """Bonjour,

Je suis María José García López (García López est mon nom de famille, les deux). Mon diplôme d'État de conseillère en économie sociale familiale, je l'ai obtenu le 3 juillet 2026 : plus aucune épreuve, je suis entièrement disponible. Je cherche un poste dans une association d'accompagnement budgétaire ou un centre social.

María José García López
06 03 88 17 52""",
        app("María José", "García López", phone="+33603881752", bac=3, grad="2026-07", status="double_nom_garcia_lopez_de_cesf"),
    )),
    # Feature: chosen_name — aim — I go by Kit
    # spelling: the From carries the legal first name, the writer goes by another («I go by Kit») → application in English (truth name: Kit Doyle); a Bachelor's of June 2025, an aim at cooperatives and social enterprises → eligible
    N("chosen_name", "aim", "I go by Kit", M(
        "Katherine Doyle <k.doyle@example.ie>", "Application – Pro'pulse", "24 09:09",
        """Hello,

I go by Kit, so please use that name. I finished a Bachelor's in Social Science at University College Dublin in June 2025 and moved to Lyon in September. I want to work for a cooperative or a social enterprise – ideally in food or housing – and I'd love some help with the French job market.

Kit Doyle
+353 86 412 7730""",
        app("Kit", "Doyle", phone="+353864127730", bac=3, grad="2025-06", language="en", status="i_go_by_kit_bachelor_dublin"),
    )),
    # Feature: chosen_name — kind — merci de mettre à jour mon prénom
    # spelling: a person asks to change the first name in our lists, nothing else → other
    N("chosen_name", "kind", "merci de mettre à jour mon prénom", M(
        "Lou Besnard <lou.besnard@example.fr>", "Changement de prénom", "19 16:40",
        """Bonjour,

Je reçois votre lettre sous le prénom « Louise » : merci de mettre à jour mon prénom, c'est Lou désormais. Rien d'autre, bonne journée !

Lou Besnard""",
        other(),
    )),
    # Feature: chosen_name — kind — Mme LE GALL Anne-Sophie
    # spelling: a signature surname first in capitals, a general question for a daughter without her facts → question
    N("chosen_name", "kind", "Mme LE GALL Anne-Sophie", M(
        "LE GALL Anne-Sophie <asle.gall@example.fr>", "Renseignement", "20 12:12",
        """Bonjour,

Ma fille termine ses études l'an prochain. Le programme est-il gratuit ? Faut-il s'inscrire avant une date limite ?

Cordialement,
Mme LE GALL Anne-Sophie""",
        question(),
    )),
    # Feature: chosen_name — kind — DIALLO Aminata est absente
    # spelling: surname first in capitals in an out-of-office notice with Auto-Submitted → auto_reply
    N("chosen_name", "kind", "DIALLO Aminata est absente", M(
        "DIALLO Aminata <a.diallo@plie-exemple.example.fr>", "Réponse automatique : Candidatures Pro'pulse", "21 08:00",
        """Bonjour,
DIALLO Aminata est absente jusqu'au lundi 30 novembre. Votre message sera traité à son retour.
PLIE de l'agglomération""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: apostrophes_quotes — situation — mon stage s’est terminé le 30 septembre
    # spelling: curly apostrophes (U+2019) from a phone on «s’est», «j’ai», «l’ESS» → application; an internship ended 30 September, licence pro of 2026 → eligible
    N("apostrophes_quotes", "situation", "mon stage s’est terminé le 30 septembre", M(
        "Amine Chérifi <amine.cherifi@example.fr>", "Candidature", "19 22:31",
        """Bonjour,

J’ai une licence pro Coordination de projets de l’ESS (Montpellier, juin 2026) et mon stage s’est terminé le 30 septembre, dans une SCOP de communication. Je cherche maintenant un poste de chargé de communication dans l’ESS.

Envoyé de mon iPhone
Amine Chérifi — 06 81 93 26 07""",
        app("Amine", "Chérifi", phone="+33681932607", bac=3, grad="2026-06", status="stage_s_est_termine_30_sept"),
    )),
    # Feature: apostrophes_quotes — situation — je suis en service civique jusqu’en juin 2027
    # spelling: curly apostrophes on «jusqu’en», «d’Unis-Cité», guillemets with narrow no-break spaces → application; a civic service running until June 2027 → fails not_service_civique → not eligible
    N("apostrophes_quotes", "situation", "je suis en service civique jusqu’en juin 2027", M(
        "Justine Arnoult <justine.arnoult@example.com>", "Pro’pulse — candidature", "20 18:05",
        f"""Bonjour,

Titulaire d’un BTS Communication (2025), je suis en service civique jusqu’en juin 2027 chez Unis-Cité, sur le programme «{NNBSP}Les Connecteurs{NNBSP}». J’aimerais préparer dès maintenant mon entrée dans l’emploi associatif.

Justine Arnoult
07 40 86 15 29""",
        app("Justine", "Arnoult", phone="+33740861529", bac=2, grad="2025-06", failing=("not_service_civique",), status="sc_jusqu_en_juin_2027_apostrophe"),
    )),
    # Feature: apostrophes_quotes — situation — jusqu’à « début décembre »
    # ambiguous: an internship ending «début décembre» with no day — not_internship stays open
    # spelling: a word processor's guillemets with narrow no-break spaces round «début décembre», curly apostrophes, an em dash → application; an internship ending early December, master of 2026 → not_internship open → to verify
    N("apostrophes_quotes", "situation", f"jusqu’à «{NNBSP}début décembre{NNBSP}»", M(
        "Clarisse Blanc <clarisse.blanc@example.org>", "Candidature au programme Pro’pulse", "21 10:47",
        f"""Madame, Monsieur,

Diplômée d’un master Coopération internationale (Grenoble, septembre 2026), je termine un stage à la Fondation de France — mission prolongée jusqu’à «{NNBSP}début décembre{NNBSP}», selon ma tutrice. Je souhaite ensuite rejoindre une ONG de solidarité internationale ou une fondation.

Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.

Clarisse Blanc
04{NNBSP}76{NNBSP}38{NNBSP}52{NNBSP}90""",
        app("Clarisse", "Blanc", phone="+33476385290", bac=5, grad="2026-09", unknown=("not_internship",), status="stage_debut_decembre_guillemets"),
    )),
    # Feature: apostrophes_quotes — aim — — en cabinet d’audit
    # spelling: a list in em dashes with curly apostrophes, each line a wish («— en cabinet d’audit», «— en banque privée») → application; DUT of 2025, an aim at audit and private banking → fails job_seeking_ess → not eligible
    N("apostrophes_quotes", "aim", "— en cabinet d’audit", M(
        "Benoît Lacroix <benoit.lacroix@example.fr>", "Candidature", "22 09:20",
        """Bonjour,

DUT GEA (Besançon, juin 2025). Je cherche un premier poste :
— en cabinet d’audit ;
— en banque privée ;
— à défaut, en contrôle de gestion dans l’industrie.
Merci d’étudier ma candidature.

Benoît Lacroix
06 52 47 30 18""",
        app("Benoît", "Lacroix", phone="+33652473018", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="tirets_cadratin_audit_banque"),
    )),
    # Feature: apostrophes_quotes — level — • BUT Information-communication – 2025
    # spelling: a CV pasted as bullets «•» with en dashes and curly apostrophes → application; a BUT (bac+3) of 2025, an aim at associations → eligible
    N("apostrophes_quotes", "level", "• BUT Information-communication – 2025", M(
        "Célia Giraud <celia.giraud@example.fr>", "Candidature Pro’pulse", "23 15:28",
        """Bonjour,

Voici l’essentiel de mon parcours :
• BUT Information-communication – 2025, IUT de Besançon
• Service civique à la Ligue de l’enseignement – terminé en juin 2026
• Projet : chargée de communication dans une association d’éducation populaire

Bien à vous,
Célia Giraud
06 45 28 17 93""",
        app("Célia", "Giraud", phone="+33645281793", bac=3, grad="2025", status="puces_but_infocom_2025"),
    )),
    # Feature: apostrophes_quotes — studies_finished — je n’ai pas encore fini : partiels en janvier…
    # spelling: curly apostrophes and the ellipsis character «…» on the studies running → application; a licence 3 with exams in January → fails studies_finished → not eligible
    N("apostrophes_quotes", "studies_finished", "je n’ai pas encore fini : partiels en janvier…", M(
        "Kenza El Amrani <kenza.elamrani@example.com>", "candidature pro’pulse", "24 21:14",
        """Bonsoir,
Je suis en L3 AES à Créteil, je n’ai pas encore fini : partiels en janvier… mais j’aimerais trouver un emploi dans une asso d’insertion dès que possible.
Kenza
07 09 63 51 28""",
        app("Kenza", "El Amrani", phone="+33709635128", bac="*", grad=None, failing=("studies_finished",), status="l3_partiels_janvier_points_suspension"),
    )),
    # Feature: apostrophes_quotes — kind — qu’est-ce qu’un « jeune diplômé »
    # spelling: curly apostrophes and guillemets with narrow no-break spaces in a general question → question
    N("apostrophes_quotes", "kind", f"qu’est-ce qu’un «{NNBSP}jeune diplômé{NNBSP}»", M(
        "Lucie Augier <lucie.augier@example.fr>", "Question sur vos critères", "22 13:03",
        f"""Bonjour,

Pour vous, qu’est-ce qu’un «{NNBSP}jeune diplômé{NNBSP}»{NNBSP}? Jusqu’à combien d’années après le diplôme peut-on candidater{NNBSP}?

Merci{NNBSP}!
Lucie""",
        question(),
    )),
    # Feature: apostrophes_quotes — kind — je n’ai pas pu venir à l’atelier
    # spelling: curly apostrophes from a phone, in our thread (In-Reply-To to our mail) → reply
    N("apostrophes_quotes", "kind", "je n’ai pas pu venir à l’atelier", M(
        "Gaspard Collin <gaspard.collin@example.fr>", "Re: Atelier réseau du 18 novembre", "19 08:15",
        """Bonjour Sonia,

Désolé, je n’ai pas pu venir à l’atelier mercredi (train annulé). Est-ce qu’il y aura une autre date ?

Gaspard

> Le 17 nov. 2026, Sonia (Pro’pulse) a écrit : rappel, atelier réseau demain 18 h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-reseau-2026-11-17.gaspard@animafac.net>"},
    )),
    # Feature: unicode_forms — graduation — diplômée en juin 2025
    # spelling: the whole body written in NFD (decomposed accents from a Mac): «diplômée» is «o» + U+0302 and «e» + U+0301 → application; licence of June 2025, an ESS aim → eligible
    N("unicode_forms", "graduation", GRAD_NFD, M(
        "Manon Bertrand <manon.bertrand@example.fr>", "Candidature", "19 17:46",
        nfd("""Bonjour,

Je suis diplômée en juin 2025 d'une licence de psychologie (Université de Caen) et je cherche un poste de chargée d'accueil ou d'accompagnement dans une association d'hébergement ou un CHRS.

Très bonne journée,
Manon Bertrand
06 37 20 91 45"""),
        app("Manon", "Bertrand", phone="+33637209145", bac=3, grad="2025-06", status="nfd_diplomee_juin_2025"),
    )),
    # Feature: unicode_forms — level — ma 1ʳᵉ année de BTS
    # spelling: an ordinal with modifier letters «1ʳᵉ» and «2ᵉ» on the level reached → application; a bac and only a first year of BTS → fails degree_level → not eligible
    N("unicode_forms", "level", "ma 1ʳᵉ année de BTS", M(
        "Théo Hubert <theo.hubert@example.com>", "Candidature Pro'pulse", "20 20:20",
        """Bonjour,

J'ai mon bac STMG et j'ai validé ma 1ʳᵉ année de BTS Gestion de la PME, mais pas la 2ᵉ (j'ai arrêté en mars). Je voudrais travailler dans une recyclerie ou une asso de réemploi.

Théo Hubert
06 71 84 29 30""",
        app("Théo", "Hubert", phone="+33671842930", bac=0, grad=None, failing=("degree_level",), status="premiere_annee_bts_seulement"),
    )),
    # Feature: unicode_forms — level — Master 2 (bac⁺⁵) en poche
    # spelling: a superscript plus and five «bac⁺⁵» on the level, an NFD signature → application; a master of September 2026, an ESS aim → eligible
    N("unicode_forms", "level", f"Master 2 ({BAC5}) en poche", M(
        "Gabriel Dupuis <gabriel.dupuis@example.org>", "Rejoindre Pro'pulse", "21 12:00",
        f"""Bonjour,

Master 2 ({BAC5}) en poche depuis septembre 2026 : Management de projets solidaires, à Angers. Je vise un poste de chargé de mission dans une fédération ou un réseau de l'ESS.

{nfd("Gabriel Dupuis — Angers, 06 90 12 47 53")}""",
        app("Gabriel", "Dupuis", phone="+33690124753", bac=5, grad="2026-09", status="bac_exposant_5_master"),
    )),
    # Feature: unicode_forms — career_change — plusieurs années comme caissière
    # ambiguous: «plusieurs années» as a cashier before the licence pro, the length unsaid — not_career_change stays open
    # spelling: soft hyphens (U+00AD) left by a PDF inside «cais-sière» and «recon-version» → application; a job of unsaid length before the licence pro → not_career_change open → to verify
    N("unicode_forms", "career_change", CAISSIERE, M(
        "Jessica Lemaire <jessica.lemaire@example.fr>", "Candidature", "22 16:09",
        f"""Bonjour,

Après {CAISSIERE} dans un supermarché, j'ai entamé une recon{SHY}version et obtenu une licence pro Métiers de l'accompagnement social en juin 2026. Je cherche un poste de conseillère en insertion dans une association.

Jessica Lemaire
07 35 62 84 17""",
        app("Jessica", "Lemaire", phone="+33735628417", bac=3, grad="2026-06", unknown=("not_career_change",), status="soft_hyphen_caissiere_plusieurs_annees"),
    )),
    # Feature: unicode_forms — graduation — Diplômé en 2024
    # ambiguous: a year alone in 2024 — graduation_recent stays open
    # spelling: a zero-width space (U+200B) pasted from a web profile right after «Diplômé» → application; a licence of «2024» → graduation_recent open → to verify
    N("unicode_forms", "graduation", DATE_ZW, M(
        "Adrien Joly <adrien.joly@example.fr>", "Profil — Adrien Joly", "23 09:33",
        f"""Bonjour,

Je colle ici mon résumé de profil :
« {DATE_ZW} d'une licence Économie-gestion (Tours). Passionné par l'entrepreneuriat social et les coopératives d'activité. »

Je cherche un poste d'accompagnateur de projets dans une CAE.

Adrien Joly
06 48 03 72 91""",
        app("Adrien", "Joly", phone="+33648037291", bac=3, grad="2024", unknown=("graduation_recent",), status="zero_width_diplome_2024"),
    )),
    # Feature: unicode_forms — aim — a job in a non‑profit
    # spelling: non-breaking hyphens (U+2011) in «non‑profit», «Saint‑Denis», written in English → application in English; a master of June 2026, an aim at non-profits → eligible
    N("unicode_forms", "aim", NONPROFIT, M(
        "Joachim Lindqvist <joachim.lindqvist@example.se>", "Application for Pro'pulse", "24 14:52",
        f"""Hi,

I'm a Swedish graduate living in Saint{NBHY}Denis. I completed my master's in Social Entrepreneurship at Lund University in June 2026 and I'm looking for {NONPROFIT} or a social cooperative in Paris.

Best regards,
Joachim Lindqvist
+46 70 123 45 67""",
        app("Joachim", "Lindqvist", phone="+46701234567", bac=5, grad="2026-06", language="en", status="non_breaking_hyphen_non_profit"),
    )),
    # Feature: unicode_forms — kind — Lettre des adhérent·es
    # spelling: a bulk letter written in NFD (decomposed accents) with List-Unsubscribe → newsletter
    N("unicode_forms", "kind", nfd("Lettre des adhérent·es"), M(
        "ESS France Ouest <lettre@essfo.example.org>", "Lettre des adhérents — novembre", "20 06:15",
        nfd("""Lettre des adhérent·es — novembre 2026

Au programme : le Mois de l'ESS se termine, merci aux 120 structures participantes ; prochaine matinale le 8 décembre à Nantes sur l'emploi des jeunes diplômés dans les coopératives.

Se désinscrire : https://essfo.example.org/desinscription"""),
        newsletter(),
        headers={"List-Unsubscribe": "<https://essfo.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: unicode_forms — kind — Adresse du destinataire inconnue
    # spelling: a server's delivery report whose text part is in NFD → bounce of the address it failed to reach
    N("unicode_forms", "kind", nfd("Adresse du destinataire inconnue"), M(
        "MAILER-DAEMON <mailer-daemon@mail.example.net>", "Échec de la remise du message", "21 02:48",
        nfd("""Échec de la remise du message.

Adresse du destinataire inconnue : c.leroy-martin@example.net
Le serveur distant a répondu : 550 User unknown"""),
        bounce("c.leroy-martin@example.net"),
        bounce="""Reporting-MTA: dns; mail.example.net
Final-Recipient: rfc822; c.leroy-martin@example.net
Action: failed
Status: 5.1.1""",
    )),
]
