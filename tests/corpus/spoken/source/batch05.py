"""Spoken corpus, batch 05 (writer B): voice_typing (Samsung voice input, SwiftKey, macOS dictation: «bac
plus 3» for a licence pro, «deux mille vingt-deux», «il y a 2 3 ans», a master 2 running, «la communication»
only, a service civique over «depuis le 15 octobre», nine years as a nurse; a dictated question, a dictated
thank-you), spoken_punctuation («virgule obtenu en septembre 2025», «en stage deux points», «en juin point
2024», a phone dictated in pairs, «ouvrez les guillemets», «bac pro point virgule»; a reply «virgule», a
question «point d'interrogation»), homophones («l'essence pro», «en stade», «les CE», «de jeps», «bépé jeps»,
«solitaire»; an auto-reply and a partner's note with the programme's name mangled)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, other, question, reply
from spoken import N

MESSAGES = [
    # Feature: voice_typing — level — licence pro métiers de l'animation sociale bac plus 3
    # route: Samsung voice input, one run-on paragraph with no capitals, the level said «bac plus 3» after the licence pro's name, June 2026 → application; bac+3 of June 2026, a centre social sought → eligible
    N("voice_typing", "level", "licence pro métiers de l'animation sociale bac plus 3", M(
        "Aurélien Dufour <aurelien.dufour33@example.org>",
        "candidature pro pulse",
        "02 08:41",
        """bonjour je m'appelle aurélien dufour j'habite à bordeaux j'ai eu ma licence pro métiers de l'animation sociale bac plus 3 en juin 2026 à l'iut de bordeaux montaigne et je cherche un premier emploi d'animateur ou de coordinateur dans un centre social ou une association de quartier je voudrais savoir si je peux rentrer dans votre programme merci bonne journée

Envoyé depuis mon Galaxy""",
        app("Aurélien", "Dufour", phone=None, bac=3, grad="2026-06", status="b_vt_licence_pro_bac_plus_3_bordeaux"),
    )),
    # Feature: voice_typing — graduation — en deux mille vingt-deux
    # route: SwiftKey dictation, the master's year written out in words «en deux mille vingt-deux» in the middle of the run-on sentence → application; a master of 2022, more than two years ago → fails graduation_recent → not eligible
    N("voice_typing", "graduation", "en deux mille vingt-deux", M(
        "Kamila Nowak <kamila.nowak@example.org>",
        "Candidature",
        "02 12:17",
        """Bonjour alors voilà j'ai un master management des organisations sanitaires et sociales que j'ai obtenu à dijon en deux mille vingt-deux et depuis j'ai fait quelques missions d'intérim mais je cherche vraiment un poste dans une association ou une mutuelle est-ce que votre accompagnement est ouvert pour moi merci d'avance
Kamila Nowak""",
        app("Kamila", "Nowak", phone=None, bac=5, grad="2022", failing=("graduation_recent",), status="b_vt_deux_mille_vingt_deux_dijon"),
    )),
    # Feature: voice_typing — graduation — je l'ai eu il y a 2 3 ans
    # ambiguous: «il y a 2 3 ans» is the engine's digits for «il y a deux-trois ans»: two years back is a recent BTS, three years back is not; the year stays open
    # route: Samsung voice input, the BTS's time only in «il y a 2 3 ans» → application; graduation open → to verify
    N("voice_typing", "graduation", "je l'ai eu il y a 2 3 ans", M(
        "Rayan Mehdaoui <rayan.mehdaoui@example.org>",
        "Pro pulse",
        "03 19:52",
        """salut enfin bonjour je voulais candidater pour l'accompagnement pro pulse j'ai un bts économie sociale familiale je l'ai eu il y a 2 3 ans au lycée de grenoble et là je cherche dans le social genre une asso d'insertion ou une épicerie solidaire je suis dispo quand vous voulez merci""",
        app("Rayan", "Mehdaoui", phone=None, bac=2, grad=None, unknown=("graduation_recent",), status="b_vt_il_y_a_2_3_ans_grenoble"),
    )),
    # Feature: voice_typing — studies_finished — je suis en master 2 économie sociale et solidaire
    # route: macOS dictation, one paragraph, the master 2 running «je suis en master 2» and its end «je finis en septembre 2027» → application; studies running → fails studies_finished → not eligible
    N("voice_typing", "studies_finished", "je suis en master 2 économie sociale et solidaire", M(
        "Hélène Vasseur <helene.vasseur@example.org>",
        "Candidature programme Pro'pulse",
        "03 22:06",
        """Bonjour je suis en master 2 économie sociale et solidaire à l'université de Grenoble je finis en septembre 2027 après mon mémoire et je voudrais déjà me préparer à chercher un emploi dans une coopérative est-ce que je peux candidater maintenant ou il faut attendre d'avoir le diplôme merci
Hélène Vasseur""",
        app("Hélène", "Vasseur", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_vt_master_2_en_cours_grenoble"),
    )),
    # Feature: voice_typing — aim — un poste dans la communication
    # ambiguous: «un poste dans la communication» names a trade, not a sector: a comms post in an association or in an agency, the ESS search stays open
    # route: SwiftKey dictation, a licence of 2025, the aim only «un poste dans la communication n'importe où» → application; aim open → to verify
    N("voice_typing", "aim", "un poste dans la communication", M(
        "Baptiste Roux-Carrère <baptiste.rouxcarrere@example.org>",
        "Inscription",
        "04 10:33",
        """bonjour j'ai eu ma licence information communication en juillet 2025 à montpellier et je cherche un poste dans la communication n'importe où en occitanie je suis motivé et je peux commencer tout de suite est-ce que vous pouvez m'aider merci beaucoup Baptiste""",
        app("Baptiste", "Roux-Carrère", phone=None, bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="b_vt_communication_seule_montpellier"),
    )),
    # Feature: voice_typing — situation — mon service civique est fini depuis le 15 octobre
    # route: Samsung voice input, the service civique over «est fini depuis le 15 octobre», a licence of June 2025 → application; no service running, bac+3 2025, an association sought → eligible
    N("voice_typing", "situation", "mon service civique est fini depuis le 15 octobre", M(
        "Mathis Garnier <mathis.garnier@example.org>",
        "candidature",
        "04 17:48",
        """bonjour mon service civique est fini depuis le 15 octobre j'étais à la ligue de l'enseignement à clermont avant ça j'ai eu ma licence de sociologie en juin 2025 et maintenant je cherche un emploi dans une association d'éducation populaire je serais content d'être accompagné par pro pulse merci

Mathis Garnier
06 58 21 44 90""",
        app("Mathis", "Garnier", phone="+33658214490", bac=3, grad="2025-06", status="b_vt_service_civique_fini_clermont"),
    )),
    # Feature: voice_typing — career_change — j'ai été infirmier pendant 9 ans
    # route: macOS dictation, a diploma of 2016 and «j'ai été infirmier pendant 9 ans» before an ESS project → application; a career before and a diploma of 2016 → fails graduation_recent and not_career_change → not eligible
    N("voice_typing", "career_change", "j'ai été infirmier pendant 9 ans", M(
        "Serkan Arslan <serkan.arslan@example.org>",
        "Candidature reconversion ESS",
        "05 21:15",
        """Bonjour Madame Monsieur j'ai été infirmier pendant 9 ans au CHU de Besançon après mon diplôme d'état en 2016 et aujourd'hui je veux changer de voie et travailler dans une association de santé communautaire je me demandais si votre programme pouvait m'accompagner dans cette reconversion cordialement Serkan Arslan""",
        app("Serkan", "Arslan", phone=None, bac=3, grad="2016", failing=("graduation_recent", "not_career_change"), status="b_vt_infirmier_9_ans_besancon"),
    )),
    # Feature: voice_typing — kind — c'est combien de temps l'accompagnement
    # route: Samsung voice input, a run-on question on the length and the place of the programme, no fact of the writer → question
    N("voice_typing", "kind", "c'est combien de temps l'accompagnement", M(
        "Lise Montagne <lise.montagne@example.org>",
        "question",
        "06 13:02",
        """bonjour je voulais savoir c'est combien de temps l'accompagnement et est-ce que les ateliers c'est à paris ou il y en a aussi à rouen merci de votre réponse

Envoyé depuis mon smartphone Samsung Galaxy.""",
        question(),
    )),
    # Feature: voice_typing — kind — merci encore pour l'atelier de mardi
    # route: SwiftKey dictation, a participant's thanks after a workshop, no request and no facts → other
    N("voice_typing", "kind", "merci encore pour l'atelier de mardi", M(
        "Océane Mallet <oceane.mallet@example.org>",
        "merci",
        "06 18:40",
        """coucou enfin bonjour merci encore pour l'atelier de mardi sur le pitch ça m'a trop aidée j'ai déjà retravaillé ma présentation bonne soirée à toute l'équipe Océane""",
        other(),
    )),
    # Feature: spoken_punctuation — graduation — virgule obtenu en septembre 2025
    # route: iOS dictation with the marks said aloud and written as words, the master's date after «virgule obtenu en septembre 2025 point» → application; master September 2025, a mutuelle sought → eligible
    N("spoken_punctuation", "graduation", "virgule obtenu en septembre 2025", M(
        "Inès Karadağ <ines.karadag@example.org>",
        "Candidature Pro'pulse",
        "07 09:12",
        """Bonjour virgule je vous écris pour candidater au programme Pro'pulse point j'ai un master droit de l'économie sociale et solidaire virgule obtenu en septembre 2025 à Bordeaux point à la ligne
Je cherche un poste de juriste dans une mutuelle ou une fédération d'associations point merci d'avance point
Inès Karadağ""",
        app("Inès", "Karadağ", phone=None, bac=5, grad="2025-09", status="b_sp_virgule_septembre_2025_bordeaux"),
    )),
    # Feature: spoken_punctuation — situation — je suis actuellement en stage deux points
    # route: Samsung dictation writing «deux points» for the colon, a running internship «actuellement en stage deux points chargée de mission … jusqu'en février» → application; an internship running → fails not_internship → not eligible
    N("spoken_punctuation", "situation", "je suis actuellement en stage deux points", M(
        "Agnieszka Wróbel <agnieszka.wrobel@example.org>",
        "candidature",
        "07 14:26",
        """bonjour virgule j'ai eu mon master en juin 2026 point je suis actuellement en stage deux points chargée de mission à la chambre régionale de l'ESS jusqu'en février point à la ligne je voudrais rejoindre le programme pour trouver un emploi dans l'ESS après point merci point Agnieszka""",
        app("Agnieszka", "Wróbel", phone=None, bac=5, grad="2026-06", failing=("not_internship",), status="b_sp_en_stage_deux_points_crs"),
    )),
    # Feature: spoken_punctuation — graduation — mon DUT en juin point 2024 j'ai commencé
    # ambiguous: the dictated «point» ends the sentence after «en juin», so «2024» opens the next one (the service civique's start); the DUT's year was never said and stays open
    # route: iOS dictation, «j'ai fini mon DUT en juin point 2024 j'ai commencé un service civique de 8 mois» → application; the DUT's year open, the service civique over → to verify
    N("spoken_punctuation", "graduation", "mon DUT en juin point 2024 j'ai commencé", M(
        "Thibault Perrin <thibault.perrin@example.org>",
        "Pro'pulse candidature",
        "08 11:05",
        """Bonjour point j'ai fini mon DUT en juin point 2024 j'ai commencé un service civique de 8 mois à Unis-Cité virgule terminé depuis longtemps point à la ligne
Maintenant je cherche un emploi dans une association environnementale point à la ligne
Merci virgule Thibault Perrin""",
        app("Thibault", "Perrin", phone=None, bac=2, grad=None, unknown=("graduation_recent",), status="b_sp_juin_point_2024_dut"),
    )),
    # Feature: spoken_punctuation — level — bac plus deux virgule BTS économie sociale familiale
    # route: Samsung dictation, the phone dictated in pairs («zéro six quarante-deux dix-huit soixante-quinze zéro trois»), the level «bac plus deux virgule BTS économie sociale familiale» of 2025 → application; bac+2 2025, a social grocery sought → eligible
    N("spoken_punctuation", "level", "bac plus deux virgule BTS économie sociale familiale", M(
        "Yasmina Haddad <yasmina.haddad@example.org>",
        "Candidature",
        "08 16:30",
        """Bonjour virgule je m'appelle Yasmina Haddad virgule j'ai un bac plus deux virgule BTS économie sociale familiale obtenu en juin 2025 à Rouen point à la ligne
Je cherche un emploi de conseillère dans une épicerie solidaire ou un CCAS associatif point à la ligne
Mon numéro deux points zéro six quarante-deux dix-huit soixante-quinze zéro trois point
Merci""",
        app("Yasmina", "Haddad", phone="+33642187503", bac=2, grad="2025-06", status="b_sp_bac_plus_deux_virgule_rouen"),
    )),
    # Feature: spoken_punctuation — situation — ouvrez les guillemets service civique fermez les guillemets jusqu'en mars 2027
    # route: iOS dictation, the spoken quotes around «service civique» and its end «jusqu'en mars 2027» → application; a service civique running → fails not_service_civique → not eligible
    N("spoken_punctuation", "situation", "ouvrez les guillemets service civique fermez les guillemets jusqu'en mars 2027", M(
        "Dylan Fontaine <dylan.fontaine@example.org>",
        "candidature pro pulse",
        "09 10:48",
        """Bonjour virgule j'ai une licence de géographie depuis juin 2025 point là je fais un ouvrez les guillemets service civique fermez les guillemets jusqu'en mars 2027 à la maison de la nature de Brest point à la ligne
Je voudrais rejoindre Pro'pulse pour travailler dans une asso d'environnement point
Dylan""",
        app("Dylan", "Fontaine", phone=None, bac=3, grad="2025-06", failing=("not_service_civique",), status="b_sp_guillemets_service_civique_brest"),
    )),
    # Feature: spoken_punctuation — level — j'ai un bac pro point virgule pas de diplôme après
    # route: Samsung dictation, «point virgule» as the semicolon after the bac pro, then «pas de diplôme après» → application; no diploma above the bac → fails degree_level → not eligible
    N("spoken_punctuation", "level", "j'ai un bac pro point virgule pas de diplôme après", M(
        "Jordan Célestin <jordan.celestin@example.org>",
        "candidature",
        "09 20:14",
        """bonjour virgule j'ai un bac pro point virgule pas de diplôme après mais j'ai beaucoup d'expérience en bénévolat à la croix rouge de pointe-à-pitre point à la ligne je cherche un travail dans une association point merci de me répondre point""",
        app("Jordan", "Célestin", phone=None, bac=0, grad=None, failing=("degree_level",), status="b_sp_bac_pro_point_virgule_guadeloupe"),
    )),
    # Feature: spoken_punctuation — kind — oui mardi 14h virgule c'est parfait pour moi
    # route: iOS dictation, an answer in our thread accepting the appointment with its marks as words (In-Reply-To our invitation) → reply
    N("spoken_punctuation", "kind", "oui mardi 14h virgule c'est parfait pour moi", M(
        "Nour Khalil <nour.khalil@example.org>",
        "Re: Votre rendez-vous Pro'pulse",
        "10 08:22",
        """Bonjour virgule oui mardi 14h virgule c'est parfait pour moi point je viendrai avec mon CV point à la ligne
Merci virgule Nour""",
        reply(),
        headers={"In-Reply-To": "<rdv-0911.nk@animafac.net>", "References": "<rdv-0911.nk@animafac.net>"},
    )),
    # Feature: spoken_punctuation — kind — est-ce qu'il faut habiter en Île-de-France point d'interrogation
    # route: Samsung dictation, two questions each closed by «point d'interrogation», no fact of the writer → question
    N("spoken_punctuation", "kind", "est-ce qu'il faut habiter en Île-de-France point d'interrogation", M(
        "Victor Lenoir <victor.lenoir@example.org>",
        "question programme",
        "10 12:55",
        """Bonjour virgule est-ce qu'il faut habiter en Île-de-France point d'interrogation et est-ce que le programme est gratuit point d'interrogation merci point""",
        question(),
    )),
    # Feature: homophones — level — une l'essence pro en animation
    # route: Gboard-like dictation hearing «une licence pro» as «une l'essence pro», heard back as a licence pro of July 2025 → application; bac+3 2025, an association sought → eligible
    N("homophones", "level", "une l'essence pro en animation", M(
        "Manon Rakotoarisoa <manon.rakotoarisoa@example.org>",
        "candidature pro pulse",
        "11 09:30",
        """bonjour j'ai une l'essence pro en animation sociale et socioculturelle depuis juillet 2025 à l'université de la réunion et je cherche un poste d'animatrice dans une association ou un centre social je suis très motivée merci
Manon""",
        app("Manon", "Rakotoarisoa", phone=None, bac=3, grad="2025-07", status="b_ho_essence_pro_reunion"),
    )),
    # Feature: homophones — situation — je suis en stade jusqu'à fin janvier
    # route: Samsung dictation hearing «en stage» as «en stade», heard back as an internship running to the end of January → application; an internship running → fails not_internship → not eligible
    N("homophones", "situation", "je suis en stade jusqu'à fin janvier", M(
        "Elif Korkmaz <elif.korkmaz@example.org>",
        "Candidature",
        "11 15:17",
        """Bonjour j'ai mon master 2 développement social depuis septembre 2025 et là je suis en stade jusqu'à fin janvier chez Emmaüs à Grenoble après je voudrais trouver un emploi dans l'insertion par l'activité économique merci
Elif Korkmaz""",
        app("Elif", "Korkmaz", phone=None, bac=5, grad="2025-09", failing=("not_internship",), status="b_ho_en_stade_grenoble"),
    )),
    # Feature: homophones — aim — un emploi dans les CE
    # ambiguous: «les CE» may be the engine's hearing of «l'ESS» or the person's «les CE» (works councils, private companies): the ESS search stays open
    # route: iOS dictation, a BUT of 2026, the aim only in «un emploi dans les CE de préférence» → application; aim open → to verify
    N("homophones", "aim", "un emploi dans les CE", M(
        "Lucas Baptiste <lucas.baptiste972@example.org>",
        "demande d'accompagnement",
        "12 10:02",
        """bonjour j'ai eu mon BUT gestion des entreprises et des administrations en juin 2026 je cherche un emploi dans les CE de préférence sur Bordeaux ou Toulouse en gestion ou en comptabilité merci de me dire si le programme est pour moi""",
        app("Lucas", "Baptiste", phone=None, bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_ho_les_ce_bordeaux"),
    )),
    # Feature: homophones — level — j'ai le de jeps animation
    # route: Samsung dictation writing «de jeps» for the DEJEPS (a bac+2 state diploma), heard back, of June 2025 → application; bac+2 2025, a youth association sought → eligible
    N("homophones", "level", "j'ai le de jeps animation", M(
        "Kenza Bouzid <kenza.bouzid@example.org>",
        "candidature",
        "12 18:45",
        """bonjour j'ai le de jeps animation socio-éducative obtenu en juin 2025 à montpellier je cherche un poste de coordinatrice dans une association de jeunesse ou une mjc merci de votre retour
Kenza Bouzid""",
        app("Kenza", "Bouzid", phone=None, bac=2, grad="2025-06", status="b_ho_de_jeps_montpellier"),
    )),
    # Feature: homophones — level — j'ai le bépé jeps animateur
    # route: iOS dictation writing «bépé jeps» for the BPJEPS (a bac-level diploma), heard back, no diploma above it → application; below bac+2 → fails degree_level → not eligible
    N("homophones", "level", "j'ai le bépé jeps animateur", M(
        "Maxime Lefebvre <maxime.lefebvre76@example.org>",
        "Pro pulse",
        "13 11:38",
        """Bonjour j'ai le bépé jeps animateur loisirs tous publics depuis 2025 c'est mon seul diplôme après le bac et je cherche un travail dans une association sportive ou une maison de quartier à Rouen merci
Maxime""",
        app("Maxime", "Lefebvre", phone=None, bac=0, grad="2025", failing=("degree_level",), status="b_ho_bpjeps_rouen"),
    )),
    # Feature: homophones — aim — l'économie sociale et solitaire
    # route: iOS dictation hearing «solidaire» as «solitaire», heard back as the ESS; a master of June 2026 → application; bac+5 2026, ESS sought → eligible
    N("homophones", "aim", "l'économie sociale et solitaire", M(
        "Clémentine Duval <clementine.duval@example.org>",
        "Candidature Pro'pulse",
        "14 09:09",
        """Bonjour, j'ai terminé mon master politiques sociales en juin 2026 à Clermont et je cherche un premier emploi dans l'économie sociale et solitaire, idéalement dans une coopérative d'activité et d'emploi. Merci beaucoup.
Clémentine Duval""",
        app("Clémentine", "Duval", phone=None, bac=5, grad="2026-06", status="b_ho_solitaire_clermont"),
    )),
    # Feature: homophones — kind — je suis absente jusqu'au lundi trente novembre
    # route: a dictated out-of-office with «pro pulse» and a mangled colleague's name, sent automatically (Auto-Submitted) → auto_reply
    N("homophones", "kind", "je suis absente jusqu'au lundi trente novembre", M(
        "Sandrine Ollivier <s.ollivier@mission-locale-brest.example.org>",
        "Réponse automatique : Pro pulse orientation",
        "14 16:00",
        """Bonjour je suis absente jusqu'au lundi trente novembre pour toute urgence vous pouvez contacter ma collègue madame le ga elle au standard merci""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: homophones — kind — la prochaine rencontre des acteurs de l'ESS au tiers lieu
    # route: a partner's dictated note on an event, «pro pulse» heard as «propulse», no applicant → other
    N("homophones", "kind", "la prochaine rencontre des acteurs de l'ESS au tiers lieu", M(
        "La Coopérative des Tilleuls <contact@coop-tilleuls.example.org>",
        "rencontre du 3 décembre",
        "15 10:44",
        """bonjour l'équipe de propulse je vous écris rapidement pour vous dire que la prochaine rencontre des acteurs de l'ESS au tiers lieu aura lieu le 3 décembre à 18h si vous voulez venir présenter le programme vous êtes les bienvenus à bientôt Nathalie""",
        other(),
    )),
]
