"""Tensions corpus, batch 07 (writer B): two dates for one diploma (a date corrected in a P.S. one way or the
other, an academic year «2024-2025», a session and its paper, the year a course began and the year it
ended, a jury remembered on either side of the new year, a «promo 2024» alone, a jury of 2022 and its paper
of 2025, a defence and a jury in October 2024, a duplicate issued this year, a ceremony two years after the
promo) and the first half of the writer's word against a status (a student card kept, France Travail and a
thesis to finish, an auto-entrepreneur with no client and one with five years of clients, a «stagiaire de la
formation professionnelle», a civic service ending at the end of the month, a three-day workshop read as a
training); other mail on the same tensions (a reply in our thread correcting a date, a question on which
date counts, an out-of-office, a university's office on late diplomas, a question on statuses, a
newsletter on the «stagiaire» status)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, newsletter, other, question, reply
from tensions import N

MESSAGES = [
    # Feature: recent_vs_old_dates — graduation — c'est bien juin 2025
    # tension: «obtenu en juin 2023» vs «PS : erreur de frappe, c'est bien juin 2025» = the correction in the PS replaces the first date: 17 months → meets graduation_recent → eligible
    N("recent_vs_old_dates", "graduation", "c'est bien juin 2025", M(
        "Morgane Texier <morgane.texier@example.net>", "Candidature - BUT Carrières sociales", "02 10:40",
        """Bonjour,

Je vous présente ma candidature pour Pro'pulse. Titulaire d'un BUT Carrières sociales obtenu en juin 2023, je cherche un poste d'animatrice de réseau dans une fédération d'associations de jeunesse, en Normandie.

Bien cordialement,
Morgane Texier
06 19 57 30 84

PS : erreur de frappe plus haut, pardon, c'est bien juin 2025 et pas 2023 (je suis entrée en BUT en 2022).""",
        app("Morgane", "Texier", phone="+33619573084", bac=3, grad="2025-06", status="b_but_cs_ps_2025"),
    )),
    # Feature: recent_vs_old_dates — graduation — diplôme délivré en juin 2025
    # tension: «année universitaire 2024-2025» vs «diplôme délivré en juin 2025» = the academic year is read by its end, the diploma of June 2025 → meets graduation_recent → eligible
    N("recent_vs_old_dates", "graduation", "diplôme délivré en juin 2025", M(
        "Nassim Wagner <nassim.wagner@example.org>", "Candidature", "03 13:55",
        """Bonjour,
Licence pro Métiers de l'animation sociale, année universitaire 2024-2025, diplôme délivré en juin 2025. Je cherche un poste d'animateur dans un centre social associatif à Grenoble.
Nassim Wagner, 07 84 15 92 36""",
        app("Nassim", "Wagner", phone="+33784159236", bac=3, grad="2025-06", status="b_lp_annee_2024_2025"),
    )),
    # Feature: recent_vs_old_dates — graduation — session de juillet 2025
    # tension: «BTS SAM, session de juillet 2025» vs «la copie papier ne m'a été remise qu'en mars 2026» = the session dates the diploma, the paper does not → 16 months → meets graduation_recent → eligible
    N("recent_vs_old_dates", "graduation", "session de juillet 2025", M(
        "Léna Simonetti <lena.simonetti@example.com>", "Assistante - candidature Pro'pulse", "04 09:02",
        """Bonjour,

J'ai un BTS Support à l'action managériale, session de juillet 2025. Je précise parce que sur mon diplôme il y a aussi la date de mars 2026 : la copie papier ne m'a été remise qu'en mars 2026, après un oubli du lycée.

Je voudrais être assistante de direction dans une association du secteur handicap ou une fondation.

Léna Simonetti
06 62 08 49 73""",
        app("Léna", "Simonetti", phone="+33662084973", bac=2, grad="2025-07", status="b_bts_sam_session_2025_papier_2026"),
    )),
    # Feature: recent_vs_old_dates — graduation — sortie diplômée en juin 2025
    # tension: «entrée en 2022» vs «sortie diplômée en juin 2025» = the start of the course is no graduation: June 2025, 17 months → meets graduation_recent → eligible
    N("recent_vs_old_dates", "graduation", "sortie diplômée en juin 2025", M(
        "Ophélie Nkemba <ophelie.nkemba@example.fr>", "Candidature au programme Pro'pulse", "05 18:21",
        """Bonjour,

Sur mon profil LinkedIn on voit « BUT Information-communication, 2022 », ce qui trompe pas mal de recruteurs : c'est mon année d'entrée. Entrée en 2022, sortie diplômée en juin 2025, après trois ans et une alternance dans une radio associative. Le diplôme date donc de 2025.

Depuis, j'ai fait quelques remplacements et je cherche un poste stable de chargée de communication dans une association culturelle ou un média associatif. Je sais écrire, monter du son et animer des réseaux, et j'aimerais qu'on m'aide à le présenter.

Je reste disponible pour un entretien, y compris en visio.

Ophélie Nkemba
07 14 63 28 50""",
        app("Ophélie", "Nkemba", phone="+33714632850", bac=3, grad="2025-06", status="b_but_infocom_entree_2022"),
    )),
    # Feature: recent_vs_old_dates — graduation — je ne sais plus si c'était à l'automne 2024 ou en janvier 2025
    # ambiguous: the jury that awarded the licence is placed «à l'automne 2024 ou en janvier 2025»: September or October 2024 would be more than 24 months ago, November 2024 or January 2025 less; no month is sure, graduation_recent stays open
    # tension: «j'ai fini les cours en 2024» vs «le jury, je ne sais plus si c'était à l'automne 2024 ou en janvier 2025» = a date given only as the year the course ended, the award remembered vaguely → graduation_recent open → to_verify
    N("recent_vs_old_dates", "graduation", "je ne sais plus si c'était à l'automne 2024 ou en janvier 2025", M(
        "Kenza Perret <kenza.perret@example.org>", "Candidature", "06 11:34",
        """Bonjour,

J'ai fini les cours de ma licence de géographie en 2024, avec un semestre décalé à cause d'un Erasmus. Le jury, je ne sais plus si c'était à l'automne 2024 ou en janvier 2025, il faudrait que je retrouve le mail de la scolarité.

Je cherche un poste de chargée de mission dans une association de protection de l'environnement.

Kenza Perret
06 03 71 95 28""",
        app("Kenza", "Perret", phone="+33603719528", bac=3, grad="2024", unknown=("graduation_recent",), status="b_licence_geo_jury_dec_ou_jan"),
    )),
    # Feature: recent_vs_old_dates — graduation — promo 2024
    # ambiguous: «promo 2024» is a year alone in 2024 and the 2026 paper is no award: the diploma may be of June 2024 (too old) or of the end of 2024, graduation_recent stays open
    # tension: «diplôme délivré cette année, en 2026» vs «promo 2024» = the paper does not renew the diploma; a year alone in 2024 → graduation_recent open → to_verify
    N("recent_vs_old_dates", "graduation", "promo 2024", M(
        "Baptiste Ollivier <baptiste.ollivier@example.net>", "Candidature", "09 16:12",
        """Bonjour,
Master Management des associations, promo 2024 ; le diplôme m'a été délivré cette année, en 2026, la fac avait pris du retard. Je cherche un poste de responsable de pôle dans une association.
Baptiste Ollivier
06 90 84 17 35""",
        app("Baptiste", "Ollivier", phone="+33690841735", bac=5, grad="2024", unknown=("graduation_recent",), status="b_master_promo_2024_delivre_2026"),
    )),
    # Feature: recent_vs_old_dates — graduation — 2024 ou 2025, je vérifie
    # ambiguous: the writer corrects her first date in a P.S. but does not settle it, «2024 ou 2025»: the diploma's date is not given, graduation_recent stays open
    # tension: «DUT obtenu en 2025» vs «PS : en fait 2024 ou 2025, je vérifie» = a correction that leaves two years → graduation_recent open → to_verify
    N("recent_vs_old_dates", "graduation", "2024 ou 2025, je vérifie", M(
        "Shirine Vallée <shirine.vallee@example.com>", "inscription", "10 22:03",
        """Bonsoir,

J'ai un DUT Gestion logistique et transport obtenu en 2025 et je voudrais travailler pour une ressourcerie ou une banque alimentaire.

Shirine Vallée
07 23 59 40 16

PS : en fait 2024 ou 2025, je vérifie dans mes papiers, je ne retrouve plus l'attestation.""",
        app("Shirine", "Vallée", phone="+33723594016", bac=2, grad=None, unknown=("graduation_recent",), status="b_dut_glt_2024_ou_2025"),
    )),
    # Feature: recent_vs_old_dates — graduation — je me suis trompé, c'était juin 2023
    # tension: «licence obtenue en juin 2025» vs «PS : je me suis trompé, c'était juin 2023» = the correction replaces the first date: 41 months → fails graduation_recent → not eligible
    N("recent_vs_old_dates", "graduation", "je me suis trompé, c'était juin 2023", M(
        "Gaétan Renaud-Sy <gaetan.rs@example.org>", "Candidature Pro'pulse", "11 08:44",
        """Bonjour,

Licence de sciences politiques obtenue en juin 2025, je cherche un poste de chargé de plaidoyer dans une association ou un collectif d'associations, à Paris ou en visio.

Gaétan Renaud-Sy
06 44 25 81 67

PS : relisant mon mail, je me suis trompé, c'était juin 2023. Depuis, j'ai surtout fait du bénévolat.""",
        app("Gaétan", "Renaud-Sy", phone="+33644258167", bac=3, grad="2023-06", failing=("graduation_recent",), status="b_licence_scpo_ps_2023"),
    )),
    # Feature: recent_vs_old_dates — graduation — le jury avait validé mon master en juin 2022
    # tension: «diplôme délivré en 2025» vs «le jury avait validé mon master en juin 2022» = the paper issued late does not renew the award: June 2022, 53 months → fails graduation_recent → not eligible
    N("recent_vs_old_dates", "graduation", "le jury avait validé mon master en juin 2022", M(
        "Yohann Sylla <yohann.sylla@example.net>", "Diplôme 2025 - candidature", "12 14:29",
        """Bonjour,

Mon diplôme de master Droit de l'économie sociale porte la date de 2025 : c'est quand l'université me l'a enfin délivré. Pour être honnête, le jury avait validé mon master en juin 2022, et j'ai passé les années suivantes à travailler en cabinet.

Je voudrais maintenant rejoindre une fédération de mutuelles ou une union de coopératives comme juriste.

Yohann Sylla
07 08 36 52 91""",
        app("Yohann", "Sylla", phone="+33708365291", bac=5, grad="2022-06", failing=("graduation_recent",), status="b_master_jury_2022_delivre_2025"),
    )),
    # Feature: recent_vs_old_dates — graduation — soutenu et validé le même mois, en octobre 2024
    # tension: «attestation datée de mars 2025» vs «soutenu et validé le même mois, en octobre 2024» = the award is October 2024, 25 months → fails graduation_recent → not eligible
    N("recent_vs_old_dates", "graduation", "soutenu et validé le même mois, en octobre 2024", M(
        "Apolline Marin <apolline.marin@example.fr>", "Candidature - master IDL", "13 10:17",
        """Bonjour,

Mon attestation de réussite est datée de mars 2025, mais mon master Ingénierie du développement local a été soutenu et validé le même mois, en octobre 2024 (soutenance le 3, jury le 24).

Depuis je fais des remplacements dans l'animation et je cherche enfin un poste de chargée de développement dans un pays ou une association de territoire.

Apolline Marin
06 31 49 07 62""",
        app("Apolline", "Marin", phone="+33631490762", bac=5, grad="2024-10", failing=("graduation_recent",), status="b_master_idl_octobre_2024"),
    )),
    # Feature: recent_vs_old_dates — graduation — BTS ESF, session de juin 2021
    # tension: «duplicata établi en 2026» vs «BTS ESF, session de juin 2021» = a duplicate issued this year is no award: June 2021 → fails graduation_recent → not eligible
    N("recent_vs_old_dates", "graduation", "BTS ESF, session de juin 2021", M(
        "Mariam Touré <mariam.toure@example.com>", "dossier Pro'pulse", "16 19:48",
        """Bonjour,
Mon diplôme sur le dossier est un duplicata établi en 2026 (j'avais perdu l'original) : BTS ESF, session de juin 2021. Je cherche un poste de conseillère dans une association de lutte contre la précarité.
Mariam Touré - 06 58 21 93 04""",
        app("Mariam", "Touré", phone="+33658219304", bac=2, grad="2021-06", failing=("graduation_recent",), status="b_bts_esf_2021_duplicata_2026"),
    )),
    # Feature: recent_vs_old_dates — graduation — promo 2023
    # tension: «la cérémonie de remise des diplômes n'a eu lieu qu'en 2025» vs «promo 2023» = a ceremony is no award; the year 2023 fails → fails graduation_recent → not eligible
    N("recent_vs_old_dates", "graduation", "promo 2023", M(
        "Sacha Robin-Kaya <sacha.rk@example.org>", "Candidature", "17 12:05",
        """Bonjour,

Je fais partie de la promo 2023 de l'IUT de Tours, BUT GEA. La cérémonie de remise des diplômes n'a eu lieu qu'en 2025 (travaux dans l'amphi), d'où la confusion sur mon CV.

Je cherche un poste d'assistant de gestion dans une entreprise d'insertion ou un ESAT associatif.

Sacha Robin-Kaya
07 67 12 38 45""",
        app("Sacha", "Robin-Kaya", phone="+33767123845", bac=3, grad="2023", failing=("graduation_recent",), status="b_but_gea_promo_2023_ceremonie_2025"),
    )),
    # Feature: recent_vs_old_dates — kind — Re: Votre dossier Pro'pulse
    # tension: «j'ai écrit 2025 dans le formulaire» vs «c'est 2024, la soutenance était en septembre 2024» = a true reply in our thread (In-Reply-To our Message-ID) correcting a date → kind reply
    N("recent_vs_old_dates", "kind", "Re: Votre dossier Pro'pulse", M(
        "Ilyès Morin <ilyes.morin@example.net>", "Re: Votre dossier Pro'pulse", "18 09:37",
        """Bonjour,

Merci pour votre retour. Vous avez raison, j'ai écrit 2025 dans le formulaire mais c'est 2024, la soutenance était en septembre 2024. Désolé pour l'erreur.

Ilyès

Le 17/11/2026 à 15:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Ilyès, pourriez-vous nous confirmer la date d'obtention de votre master ? Votre CV indique 2024 et le formulaire 2025.""",
        reply(),
        headers={"In-Reply-To": "<dossier-5520.ilyes@animafac.net>", "References": "<dossier-5520.ilyes@animafac.net>"},
    )),
    # Feature: recent_vs_old_dates — kind — quelle date compte, celle de la soutenance ou celle du jury
    # tension: «la soutenance» vs «le jury» = a general question with no diploma of the writer's own → kind question
    N("recent_vs_old_dates", "kind", "quelle date compte, celle de la soutenance ou celle du jury", M(
        "c.moulin@example.fr", "date du diplôme", "19 21:15",
        """Bonsoir, petite question : pour la règle des deux ans après le diplôme, quelle date compte, celle de la soutenance ou celle du jury ? Et si le diplôme papier arrive un an plus tard ?""",
        question(),
    )),
    # Feature: recent_vs_old_dates — kind — je suis en congés jusqu'au 7 décembre
    # tension: «le diplôme de 2025» vs «en congés jusqu'au 7 décembre» = an out-of-office of a candidate, no facts to judge → kind auto_reply
    N("recent_vs_old_dates", "kind", "je suis en congés jusqu'au 7 décembre", M(
        "Lisa Rivière <lisa.riviere@example.com>", "Message d'absence", "20 08:00",
        """Bonjour, je suis en congés jusqu'au 7 décembre. Pour l'attestation demandée, je vous l'enverrai à mon retour. Lisa""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: recent_vs_old_dates — kind — les diplômes de la promotion 2025 ne seront délivrés qu'au printemps 2027
    # tension: «promotion 2025» vs «délivrés qu'au printemps 2027» = a university's office writes about its late diplomas, no one applying → kind other
    N("recent_vs_old_dates", "kind", "les diplômes de la promotion 2025 ne seront délivrés qu'au printemps 2027", M(
        "Scolarité - UFR Sciences sociales <scolarite-ufr-ss@univ.example.fr>", "Information aux structures d'accompagnement", "21 14:10",
        """Madame, Monsieur,

Des structures d'accompagnement nous interrogent sur les dates des diplômes de nos étudiants : les diplômes de la promotion 2025 ne seront délivrés qu'au printemps 2027, en raison du changement de logiciel de scolarité. La date à retenir est celle du jury, portée sur l'attestation de réussite.

Le service de la scolarité""",
        other(),
    )),
    # Feature: self_vs_status — studies_finished — je n'ai plus aucun cours ni examen
    # tension: «je suis toujours inscrite à l'université pour garder ma carte étudiante» vs «je n'ai plus aucun cours ni examen, mon master est obtenu depuis juillet 2026» = a student card kept with no course says nothing of running studies → meets studies_finished → eligible
    N("self_vs_status", "studies_finished", "je n'ai plus aucun cours ni examen", M(
        "Margaux Tchoumi <margaux.tchoumi@example.org>", "Candidature Pro'pulse", "02 15:48",
        """Bonjour,

Administrativement je suis toujours inscrite à l'université pour garder ma carte étudiante (tarifs de transport, bibliothèque), mais je n'ai plus aucun cours ni examen : mon master Action publique et ESS est obtenu depuis juillet 2026.

Je cherche un poste de chargée de mission dans une chambre régionale de l'ESS ou une fédération d'associations.

Margaux Tchoumi
06 26 73 84 15""",
        app("Margaux", "Tchoumi", phone="+33626738415", bac=5, grad="2026-07", status="b_master_carte_etudiante_seulement"),
    )),
    # Feature: self_vs_status — studies_finished — il me reste à terminer mon mémoire
    # tension: «inscrit à France Travail depuis septembre» vs «il me reste à terminer mon mémoire, à rendre en février» = a thesis still to write fails, whatever the status → fails studies_finished → not eligible
    N("self_vs_status", "studies_finished", "il me reste à terminer mon mémoire", M(
        "Noé Vandamme <noe.vandamme@example.net>", "Candidature", "03 11:30",
        """Bonjour,

Je suis inscrit à France Travail depuis septembre, on m'a dit que c'était possible puisque mes cours sont finis. Mais il me reste à terminer mon mémoire de M2 (économie sociale), à rendre en février avec une soutenance en mars.

Je voudrais quand même démarrer ma recherche d'emploi vers les coopératives d'activités.

Noé Vandamme
07 39 16 58 22""",
        app("Noé", "Vandamme", phone="+33739165822", bac="*", grad=None, failing=("studies_finished",), status="b_m2_france_travail_memoire"),
    )),
    # Feature: self_vs_status — career_change — je n'ai jamais eu de client
    # tension: «j'ai créé un statut d'auto-entrepreneur en 2025» vs «je n'ai jamais eu de client» = a status with no activity is no career nor another aim → meets not_career_change → eligible
    N("self_vs_status", "career_change", "je n'ai jamais eu de client", M(
        "Paloma Ruiz-Tran <paloma.ruiz@example.com>", "candidature", "04 20:20",
        """Bonjour,

J'ai créé un statut d'auto-entrepreneur en 2025 pendant ma licence pro de photographie, pour faire des mariages… mais je n'ai jamais eu de client. Licence pro obtenue en juin 2026.

Je cherche un poste de chargée de communication visuelle dans une association ou une SCOP de communication.

Paloma Ruiz-Tran
06 81 50 27 39""",
        app("Paloma", "Ruiz-Tran", phone="+33681502739", bac=3, grad="2026-06", status="b_lp_photo_autoentrepreneur_sans_client"),
    )),
    # Feature: self_vs_status — career_change — cinq ans à plein temps comme auto-entrepreneur en pose de cuisines
    # tension: «je me considère comme un jeune diplômé, BTS obtenu en juin 2026» vs «cinq ans à plein temps comme auto-entrepreneur en pose de cuisines» = five years of a full-time trade before the diploma → fails not_career_change → not eligible
    N("self_vs_status", "career_change", "cinq ans à plein temps comme auto-entrepreneur en pose de cuisines", M(
        "Florian Wojcik <florian.wojcik@example.org>", "Jeune diplômé - Pro'pulse", "05 07:45",
        """Bonjour,

Je me considère comme un jeune diplômé : BTS Économie sociale familiale obtenu en juin 2026 en cours du soir. Avant ça, j'ai passé cinq ans à plein temps comme auto-entrepreneur en pose de cuisines, avec pas mal de clients, mais le dos ne suit plus.

Je cherche un poste de conseiller dans une association d'amélioration de l'habitat.

Florian Wojcik
06 75 38 04 19""",
        app("Florian", "Wojcik", phone="+33675380419", bac=2, grad="2026-06", failing=("not_career_change",), status="b_bts_esf_cinq_ans_cuisiniste"),
    )),
    # Feature: self_vs_status — studies_finished — stagiaire de la formation professionnelle jusqu'en avril
    # tension: «j'ai déjà un BTS Comptabilité de 2025» vs «stagiaire de la formation professionnelle jusqu'en avril» = the status says a training of months toward a titre runs: studies running (no internship) → fails studies_finished → not eligible
    N("self_vs_status", "studies_finished", "stagiaire de la formation professionnelle jusqu'en avril", M(
        "Rachida Mbaye <rachida.mbaye@example.fr>", "Inscription", "06 12:12",
        """Bonjour,

J'ai déjà un BTS Comptabilité et gestion de 2025. Depuis septembre je suis stagiaire de la formation professionnelle jusqu'en avril : titre professionnel Gestionnaire comptable et fiscal, cinq jours par semaine en centre, payé par la Région. Je ne suis pas en stage en entreprise, juste en formation.

Je voudrais trouver un poste de comptable dans une association ou une coopérative après.

Rachida Mbaye
06 08 45 71 26""",
        app("Rachida", "Mbaye", phone="+33608457126", bac=2, grad="2025", failing=("studies_finished",), status="b_bts_cg_stagiaire_formation_pro"),
    )),
    # Feature: self_vs_status — situation — ma mission se termine fin novembre
    # ambiguous: the civic service «se termine fin novembre» with no day: it may end before or after today, not_service_civique stays open
    # tension: «je ne me vois plus comme volontaire, je fais déjà le travail d'une salariée» vs «statut de volontaire en service civique, ma mission se termine fin novembre» = a civic service ending «fin novembre» with no day → not_service_civique open → to_verify
    N("self_vs_status", "situation", "ma mission se termine fin novembre", M(
        "Wassila Raynaud <wassila.raynaud@example.net>", "Candidature - fin de service civique", "09 17:05",
        """Bonjour,

Sur le papier j'ai le statut de volontaire en service civique dans une association de lutte contre le gaspillage alimentaire, mais je ne me vois plus comme volontaire : je fais déjà le travail d'une salariée (plannings, partenariats, bénévoles). Ma mission se termine fin novembre.

J'ai un master Alimentation et territoires obtenu en septembre 2025 et je cherche un vrai poste dans une association ou une épicerie solidaire.

Wassila Raynaud
07 46 92 13 57""",
        app("Wassila", "Raynaud", phone="+33746921357", bac=5, grad="2025-09", unknown=("not_service_civique",), status="b_master_service_civique_fin_novembre"),
    )),
    # Feature: self_vs_status — studies_finished — un atelier de trois jours sur le CV
    # tension: «France Travail m'a classé « en formation » ce mois-ci» vs «c'était juste un atelier de trois jours sur le CV» = a workshop of three days is no studies → meets studies_finished → eligible
    N("self_vs_status", "studies_finished", "un atelier de trois jours sur le CV", M(
        "Malik Ostrowski <malik.ostrowski@example.com>", "Candidature", "10 14:38",
        """Bonjour,
Petite précision si vous voyez mon dossier France Travail : ils m'ont classé « en formation » ce mois-ci, mais c'était juste un atelier de trois jours sur le CV. J'ai une licence de STAPS (juin 2026) et je cherche un poste d'éducateur sportif dans une association d'insertion par le sport.
Malik Ostrowski - 06 13 62 95 48""",
        app("Malik", "Ostrowski", phone="+33613629548", bac=3, grad="2026-06", status="b_licence_staps_atelier_trois_jours"),
    )),
    # Feature: self_vs_status — kind — est-ce qu'il faut être inscrit à France Travail
    # tension: «inscrit à France Travail» vs «ou juste diplômé» = a general question about a status, no one's diploma → kind question
    N("self_vs_status", "kind", "est-ce qu'il faut être inscrit à France Travail", M(
        "Enzo <enzo.fabre@example.net>", "statut", "11 18:56",
        """Salut, est-ce qu'il faut être inscrit à France Travail pour entrer chez vous, ou juste diplômé ? Et un statut de micro-entrepreneur, ça bloque ?""",
        question(),
    )),
    # Feature: self_vs_status — kind — Stagiaire de la formation professionnelle : vos droits
    # tension: «stagiaire» vs «ce n'est pas un stage» = a newsletter explaining a status, no one applying → kind newsletter
    N("self_vs_status", "kind", "Stagiaire de la formation professionnelle : vos droits", M(
        "Carif-Oref Info <lettre@carif-info.example.org>", "La lettre emploi-formation de novembre", "12 06:30",
        """LA LETTRE EMPLOI-FORMATION

Stagiaire de la formation professionnelle : vos droits. Rémunération, protection sociale, congés : ce statut est celui d'une personne en formation, ce n'est pas un stage en entreprise.

Aussi ce mois-ci : les formations financées du premier trimestre ; le point sur l'inscription à France Travail en fin d'études.

Se désinscrire : lettre@carif-info.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@carif-info.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
]
