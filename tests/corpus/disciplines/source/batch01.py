"""Disciplines corpus, batch 01 (writer A): health_care (nursing, occupational therapy, speech therapy, care
assistants, PASS/LAS), social_work (IRTS and ETSUP diplomas, the DREETS results, the stage long), and
sport_animation (STAPS, BPJEPS, DEJEPS, BAFA, clubs and holiday camps)."""
# ruff: noqa: E501

from __future__ import annotations

from disciplines import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: health_care — level — diplôme d'État d'infirmière
    # route: nursing (IFSI de Lyon), the DE infirmier of July 2025 named in the first paragraph, a centre de santé mutualiste sought in the second → application; bac+3 (grade licence) of 2025, ESS sought → eligible
    N("health_care", "level", "diplôme d'État d'infirmière", M(
        "Clémence Vidal <clemence.vidal.ide@gmail.com>", "Candidature au programme Pro'pulse", "02 09:12",
        """Bonjour,

Je m'appelle Clémence Vidal, j'ai 23 ans et j'ai obtenu mon diplôme d'État d'infirmière en juillet 2025 à l'IFSI des Hospices civils de Lyon.

Après un an de remplacements en intérim, je voudrais me poser dans une structure qui a du sens : je cherche un poste d'infirmière coordinatrice dans un centre de santé mutualiste ou associatif, idéalement à Villeurbanne ou Vaulx-en-Velin. Une amie m'a parlé de votre accompagnement et je serais ravie d'en faire partie.

Bien à vous,
Clémence Vidal
06 48 21 93 07""",
        app("Clémence", "Vidal", phone="+33648219307", bac=3, grad="2025-07", status="de_infirmiere_2025_centre_sante"),
    )),
    # Feature: health_care — level — mon DEAS (diplôme d'État d'aide-soignante)
    # route: care assistants, the DEAS of June 2025 said with its full name, an EHPAD associatif sought → application; DEAS is niveau 4 (bac level), below bac+2 → fails degree_level → not eligible
    N("health_care", "level", "mon DEAS (diplôme d'État d'aide-soignante)", M(
        "Awa Diallo <awa.diallo.as@outlook.fr>", "demande d'information et candidature", "02 14:30",
        """Bonjour madame, monsieur,

J'ai eu mon DEAS (diplôme d'État d'aide-soignante) en juin 2025 à l'IFAS de Lille. Depuis je fais des vacations dans un EHPAD et j'aimerais trouver un poste fixe dans un EHPAD associatif ou un service de soins à domicile d'une association, parce que je veux travailler dans une structure à but non lucratif.

Est-ce que je peux être accompagnée par votre programme ?

Merci beaucoup,
Awa Diallo""",
        app("Awa", "Diallo", phone=None, bac=0, grad="2025-06", failing=("degree_level",), status="deas_2025_ehpad_associatif"),
    )),
    # Feature: health_care — graduation — je suis infirmier diplômé de l'IFSI de Rennes
    # ambiguous: the DE infirmier is given with no year at all and nothing else dates it (no age, no placement, no year of work): graduation_recent open
    # route: nursing (IFSI de Rennes), the diploma named without its year, «quelques mois» in a clinic after it → application; bac+3, date unknown, an association of home care sought → graduation_recent open → to verify
    N("health_care", "graduation", "je suis infirmier diplômé de l'IFSI de Rennes", M(
        "Mathis Le Goff <mathis.legoff@laposte.net>", "Candidature", "03 18:05",
        """Bonjour,

Je suis infirmier diplômé de l'IFSI de Rennes. J'ai travaillé quelques mois dans une clinique privée, et je me rends compte que je préfère le domicile et la prévention.

Je cherche un poste dans une association de soins infirmiers à domicile ou dans un réseau de santé associatif en Ille-et-Vilaine. Votre programme pourrait m'aider à mieux cibler ma recherche et à préparer mes entretiens.

Cordialement,
Mathis Le Goff""",
        app("Mathis", "Le Goff", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="ide_rennes_sans_annee"),
    )),
    # Feature: health_care — studies_finished — je suis en LAS 2 à l'université de Lille
    # route: medicine's first years, a PASS failed then the LAS 2 running now → application; no diploma after the bac, studies running → fails studies_finished → not eligible
    N("health_care", "studies_finished", "je suis en LAS 2 à l'université de Lille", M(
        "Inès Haddad <ines.haddad59@gmail.com>", "Pro'pulse", "04 21:47",
        """Bonjour,

J'ai fait une PASS que je n'ai pas validée, et cette année je suis en LAS 2 à l'université de Lille (licence de sciences de la vie avec option santé). Je ne suis pas sûre de retenter médecine et je commence à regarder du côté des métiers de la prévention dans les associations de santé.

Est-ce que votre programme accepte les étudiants ? Je pourrais faire ça en parallèle de mes cours.

Merci,
Inès""",
        app("Inès", "Haddad", phone=None, bac="*", grad=None, failing=("studies_finished",), status="pass_echouee_las2_en_cours"),
    )),
    # Feature: health_care — graduation — Diplôme d'État d'ergothérapeute in June 2026
    # route: occupational therapy written in English, the French DE of June 2026 in the first sentence, a non-profit disability service sought → application (en); bac+3 of 2026, ESS sought → eligible
    N("health_care", "graduation", "Diplôme d'État d'ergothérapeute in June 2026", M(
        "Priya Raman <priya.raman.ot@gmail.com>", "Application – Pro'pulse programme", "05 10:20",
        """Hello,

I am an occupational therapist: I received my Diplôme d'État d'ergothérapeute in June 2026 from the IFPEK institute in Rennes, after three years of training there. I grew up in Chennai and moved to France for my studies, so I write more comfortably in English, though I work in French.

I am now looking for a position in a non-profit disability service, for instance an association running an ESAT or a SAMSAH. I would be grateful for your programme's help with my job search.

Kind regards,
Priya Raman""",
        app("Priya", "Raman", phone=None, bac=3, grad="2026-06", language="en", status="ergo_2026_en_esat"),
    )),
    # Feature: health_care — situation — mon dernier stage clinique s'est terminé le 26 juin
    # route: nursing (IFSI de Lille), the final clinical placement over in June, the DE awarded by the July jury, then a job sought in a mutualist SSR → application; placement over, bac+3 of July 2026, ESS sought → eligible
    N("health_care", "situation", "mon dernier stage clinique s'est terminé le 26 juin", M(
        "Romane Lefort <romane.lefort@gmail.com>", "Jeune infirmière – accompagnement", "06 08:55",
        """Bonjour,

Je suis jeune infirmière : mon dernier stage clinique s'est terminé le 26 juin et le jury régional m'a délivré le diplôme d'État en juillet 2026. Je ne suis donc plus étudiante à l'IFSI depuis cet été.

Je cherche un poste dans un établissement de soins de suite géré par une mutuelle, ou dans une structure de la Croix-Rouge. Pouvez-vous m'aider à préparer ma candidature ?

Merci d'avance,
Romane Lefort
07 62 15 40 88""",
        app("Romane", "Lefort", phone="+33762154088", bac=3, grad="2026-07", status="stage_clinique_fini_de_2026"),
    )),
    # Feature: health_care — aim — je cherche un poste salarié à temps plein
    # ambiguous: a speech therapist's salaried post can be in a public hospital, a private clinic or an association; she names no employer, no sector: job_seeking_ess open
    # route: speech therapy, the CCO of 2025 (bac+5) then a salaried post sought with no kind of employer → application; level and date met, the aim's sector unknown → job_seeking_ess open → to verify
    N("health_care", "aim", "je cherche un poste salarié à temps plein", M(
        "Léa Marchetti <lea.marchetti.ortho@gmail.com>", "Orthophoniste – recherche d'emploi", "07 16:40",
        """Bonjour,

J'ai obtenu mon certificat de capacité d'orthophoniste en juin 2025 au centre de formation de Nantes. Je n'ai pas envie de m'installer en libéral tout de suite : je cherche un poste salarié à temps plein, dans la région nantaise.

J'ai vu votre programme et je me demandais s'il pouvait me convenir.

Bonne journée,
Léa Marchetti""",
        app("Léa", "Marchetti", phone=None, bac=5, grad="2025-06", unknown=("job_seeking_ess",), status="cco_2025_salarie_sans_secteur"),
    )),
    # Feature: health_care — kind — les étudiants infirmiers en troisième année peuvent-ils s'inscrire
    # route: a question from an IFSI student delegate on behalf of a class, no fact of the writer's own → question
    N("health_care", "kind", "les étudiants infirmiers en troisième année peuvent-ils s'inscrire", M(
        "BDE IFSI Croix-Rousse <bde.ifsi.croixrousse@gmail.com>", "Question pour nos étudiants", "08 11:02",
        """Bonjour,

Je suis déléguée de promotion à l'IFSI. Plusieurs camarades m'ont demandé : les étudiants infirmiers en troisième année peuvent-ils s'inscrire dès maintenant pour démarrer le programme après le diplôme de juillet, ou faut-il attendre d'être diplômé ?

Merci pour votre réponse, je la transmettrai à la promo.

Le BDE""",
        question(),
    )),
    # Feature: health_care — kind — je suis en congé jusqu'au 30 novembre
    # route: an out-of-office of an IFSI's placement coordinator, answering our mail automatically (Auto-Submitted) → auto-reply
    N("health_care", "kind", "je suis en congé jusqu'au 30 novembre", M(
        "Sylvie Barbier <s.barbier@ifsi-nord.example.org>", "Réponse automatique : Pro'pulse – présentation aux étudiants", "09 07:30",
        """Bonjour,

Je suis en congé jusqu'au 30 novembre inclus. Pour toute question concernant les stages cliniques, merci de contacter le secrétariat pédagogique : stages@ifsi-nord.example.org.

Sylvie Barbier
Coordinatrice des stages – IFSI Nord""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: social_work — graduation — la DREETS a publié les résultats le 3 juillet
    # route: social work (IRTS Bretagne), the DEES dated by the DREETS results of July 2026, a child-protection association sought → application; bac+3 of 2026, ESS sought → eligible
    N("social_work", "graduation", "la DREETS a publié les résultats le 3 juillet", M(
        "Maëlle Guillou <maelle.guillou@gmail.com>", "Éducatrice spécialisée – candidature", "02 17:15",
        """Bonjour,

Je viens de terminer ma formation d'éducatrice spécialisée à l'IRTS Bretagne : la DREETS a publié les résultats le 3 juillet et j'ai mon DEES !

Je voudrais travailler en protection de l'enfance, dans une maison d'enfants à caractère social gérée par une association (type Sauvegarde). Je suis disponible immédiatement et mobile sur Rennes et Saint-Brieuc.

Merci de me dire comment rejoindre Pro'pulse.
Maëlle Guillou""",
        app("Maëlle", "Guillou", phone=None, bac=3, grad="2026-07", status="dees_dreets_juillet_2026"),
    )),
    # Feature: social_work — situation — je suis en stage long à responsabilité dans un ITEP jusqu'à fin mai
    # route: social work (ETSUP Paris), the final year's stage long running until May 2027 → application; DEASS not yet held, placement running → fails not_internship and studies_finished → not eligible
    N("social_work", "situation", "je suis en stage long à responsabilité dans un ITEP jusqu'à fin mai", M(
        "Théa Moreau <thea.moreau.ass@gmail.com>", "Candidature programme", "03 12:20",
        """Bonjour,

Je suis étudiante en troisième année d'assistante de service social à l'ETSUP. En ce moment je suis en stage long à responsabilité dans un ITEP jusqu'à fin mai, et je présenterai le DEASS en juin 2027.

Je m'intéresse beaucoup au secteur associatif médico-social et j'aimerais anticiper ma recherche d'emploi : est-ce que je peux déjà intégrer votre programme ?

Cordialement,
Théa Moreau""",
        app("Théa", "Moreau", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="stage_long_itep_deass_2027"),
    )),
    # Feature: social_work — level — j'ai obtenu le DEME (moniteur-éducateur)
    # route: social work (IRTS Hauts-de-France), the DEME of 2025 named with its trade, a foyer de vie associatif sought → application; DEME is niveau 4, below bac+2 → fails degree_level → not eligible
    N("social_work", "level", "j'ai obtenu le DEME (moniteur-éducateur)", M(
        "Kévin Dupuis <kevin.dupuis62@orange.fr>", "Demande d'accompagnement", "04 09:48",
        """Bonjour,

En juin 2025 j'ai obtenu le DEME (moniteur-éducateur) à l'IRTS Hauts-de-France, site d'Arras. Depuis je fais des remplacements en foyer de vie.

Je cherche un CDI de moniteur-éducateur dans une association du secteur du handicap, dans le Pas-de-Calais. J'ai vu votre programme sur LinkedIn et j'aimerais savoir si je peux en bénéficier.

Merci,
Kévin Dupuis
06 33 70 18 52""",
        app("Kévin", "Dupuis", phone="+33633701852", bac=0, grad="2025-06", failing=("degree_level",), status="deme_2025_foyer_de_vie"),
    )),
    # Feature: social_work — aim — un poste d'éducateur en foyer
    # ambiguous: a «foyer» may be run by the département's child welfare (public) or by an association; he says neither: job_seeking_ess open
    # route: social work (IRTS de Lille), the DEES of 2025, then «un poste d'éducateur en foyer» with no employer named → application; bac+3 of 2025, the aim's sector unknown → job_seeking_ess open → to verify
    N("social_work", "aim", "un poste d'éducateur en foyer", M(
        "Nathan Carpentier <nathan.carpentier@gmail.com>", "inscription Pro'pulse", "05 20:10",
        """Bonjour,

Diplômé du DEES en juillet 2025 (IRTS de Lille), j'ai fait un an de remplacements un peu partout. Aujourd'hui je cherche un poste d'éducateur en foyer, de préférence auprès d'adolescents, sur la métropole lilloise.

Votre programme peut-il m'aider ?

Nathan Carpentier""",
        app("Nathan", "Carpentier", phone=None, bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="dees_2025_foyer_sans_employeur"),
    )),
    # Feature: social_work — career_change — après onze ans au guichet d'une agence bancaire
    # route: social work (IRTS Paris), eleven years in a bank branch told first, a DEES by a career change in 2025 → application; a reconversion said as such → fails not_career_change → not eligible
    N("social_work", "career_change", "après onze ans au guichet d'une agence bancaire", M(
        "Stéphanie Roussel <steph.roussel@wanadoo.fr>", "Reconversion – éducatrice spécialisée", "06 13:05",
        """Bonjour,

Après onze ans au guichet d'une agence bancaire, j'ai décidé de changer de vie : j'ai repris une formation d'éducatrice spécialisée en voie directe et j'ai obtenu le DEES en juillet 2025.

Je cherche maintenant un poste dans une association de prévention spécialisée à Paris ou en petite couronne. Votre programme est-il ouvert aux personnes en reconversion ?

Bien cordialement,
Stéphanie Roussel""",
        app("Stéphanie", "Roussel", phone=None, bac=3, grad="2025-07", failing=("not_career_change",), status="banque_onze_ans_dees"),
    )),
    # Feature: social_work — studies_finished — elle a validé les quatre domaines de certification en juin
    # route: social work (IRTS Hauts-de-France), a formatrice référente presents a student who passed all the DEASS certification units in June 2026 and seeks an insertion association (forwarded_by, her address given) → application; bac+3 of 2026, studies over, ESS sought → eligible
    N("social_work", "studies_finished", "elle a validé les quatre domaines de certification en juin", M(
        "Fabienne Lecomte <f.lecomte@irts-hdf.example.org>", "Présentation d'une jeune diplômée – Yasmine Belkacem", "09 15:22",
        """Bonjour,

Je suis formatrice référente de la filière assistant de service social à l'IRTS. Je me permets de vous présenter Yasmine Belkacem, qui vient de terminer son cursus : elle a validé les quatre domaines de certification en juin et elle a reçu son DEASS (juin 2026).

Yasmine cherche un premier poste dans une association d'insertion ou un CHRS associatif. Je pense que votre programme l'aiderait beaucoup. Vous pouvez la joindre à yasmine.belkacem@gmail.com ou au 06 27 84 51 36.

Bien à vous,
Fabienne Lecomte""",
        app("Yasmine", "Belkacem", phone="+33627845136", bac=3, grad="2026-06", email="yasmine.belkacem@gmail.com", forwarded_by="f.lecomte@irts-hdf.example.org", status="formatrice_deass_2026"),
    )),
    # Feature: social_work — kind — jeudi 19 à 14 h me convient très bien
    # route: an answer in our thread (In-Reply-To <…@animafac.net>) accepting the slot of a collective workshop → reply
    N("social_work", "kind", "jeudi 19 à 14 h me convient très bien", M(
        "Lucas Ferreira <lucas.ferreira.es@gmail.com>", "Re: Pro'pulse – atelier collectif", "10 10:04",
        """Bonjour,

Merci pour votre message, jeudi 19 à 14 h me convient très bien. Je viendrai avec mon CV mis à jour.

Bonne journée,
Lucas

Le 9 nov. 2026 à 17:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Lucas, nous vous proposons un atelier collectif le jeudi 19 novembre à 14 h ou le vendredi 20 à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-2026-11-09-0117@animafac.net>"},
    )),
    # Feature: social_work — kind — intervenir auprès de nos étudiants de troisième année
    # route: an IRTS's head of studies proposes a partnership (a session for its students), no applicant → other
    N("social_work", "kind", "intervenir auprès de nos étudiants de troisième année", M(
        "Olivier Ménard <o.menard@irts-bretagne.example.org>", "Proposition de partenariat – IRTS Bretagne", "11 14:18",
        """Bonjour,

Je suis responsable de la filière éducateur spécialisé à l'IRTS Bretagne. Nous organisons en mars un module « insertion professionnelle » et nous aimerions que votre association vienne intervenir auprès de nos étudiants de troisième année, pour présenter les métiers de l'ESS et votre programme.

Seriez-vous disponibles pour un échange téléphonique dans les prochaines semaines ?

Cordialement,
Olivier Ménard""",
        other(),
    )),
    # Feature: sport_animation — level — BPJEPS Activités physiques pour tous
    # route: sport (CREPS de Toulouse), the BPJEPS of 2025 named as the only diploma, a multisport association sought → application; BPJEPS is niveau 4 (bac level), below bac+2 → fails degree_level → not eligible
    N("sport_animation", "level", "BPJEPS Activités physiques pour tous", M(
        "Bastien Roques <bastien.roques31@gmail.com>", "Candidature", "03 19:40",
        """Salut,

Je suis éducateur sportif, titulaire du BPJEPS Activités physiques pour tous obtenu au CREPS de Toulouse en mai 2025. Avant ça j'ai eu mon bac STMG.

Je cherche un poste dans une association multisport ou un club omnisport de quartier, pour encadrer des enfants et des seniors. Je peux commencer quand vous voulez.

Bastien Roques""",
        app("Bastien", "Roques", phone=None, bac=0, grad="2025-05", failing=("degree_level",), status="bpjeps_apt_2025"),
    )),
    # Feature: sport_animation — level — DEJEPS animation socio-éducative ou culturelle
    # route: animation, the DEJEPS of March 2026 (niveau 5 = bac+2) named in the opening, an éducation populaire association sought → application; bac+2 of 2026, ESS sought → eligible
    N("sport_animation", "level", "DEJEPS animation socio-éducative ou culturelle", M(
        "Sofiane Meziane <sofiane.meziane@gmail.com>", "Animateur DEJEPS – Pro'pulse", "04 11:25",
        """Bonjour,

Je viens d'obtenir mon DEJEPS animation socio-éducative ou culturelle, mention développement de projets, territoires et réseaux (jury de mars 2026). J'ai fait ma formation en alternance dans un centre social de Marseille, contrat terminé.

Je cherche maintenant un poste de coordinateur dans une fédération ou une association d'éducation populaire. Votre programme m'intéresse beaucoup.

Bien à vous,
Sofiane Meziane""",
        app("Sofiane", "Meziane", phone=None, bac=2, grad="2026-03", status="dejeps_2026_education_populaire"),
    )),
    # Feature: sport_animation — situation — je suis en service civique au Stade Toulousain Rugby Club Amateur jusqu'en juin 2027
    # route: sport, a licence STAPS of 2025 then a service civique in a club running to June 2027 → application; the service civique runs → fails not_service_civique → not eligible
    N("sport_animation", "situation", "je suis en service civique au Stade Toulousain Rugby Club Amateur jusqu'en juin 2027", M(
        "Manon Fabre <manon.fabre.staps@gmail.com>", "Programme Pro'pulse", "05 22:05",
        """Bonjour,

J'ai eu ma licence STAPS Éducation et motricité en juin 2025. Depuis septembre je suis en service civique au Stade Toulousain Rugby Club Amateur jusqu'en juin 2027, je m'occupe de l'école de rugby féminine.

J'aimerais préparer la suite et trouver un emploi dans une association sportive ou d'éducation populaire. Est-ce que je peux déjà commencer le programme ?

Manon Fabre""",
        app("Manon", "Fabre", phone=None, bac=3, grad="2025-06", failing=("not_service_civique",), status="staps_2025_service_civique_club"),
    )),
    # Feature: sport_animation — graduation — licence STAPS APAS, promo 2024
    # ambiguous: «promo 2024» gives the year of the licence and no month; a diploma of mid-2024 is over two years old, one of late 2024 is not: graduation_recent open
    # route: sport, the licence STAPS APAS dated only by «promo 2024» in the signature-like opening, an association of adapted physical activity sought → application; bac+3, 2024 with no month → graduation_recent open → to verify
    N("sport_animation", "graduation", "licence STAPS APAS, promo 2024", M(
        "Hugo Benoît <hugo.benoit.apa@gmail.com>", "Enseignant APA – candidature", "06 18:33",
        """Bonjour,

Hugo, 24 ans, licence STAPS APAS, promo 2024 (université de Strasbourg).

Je suis enseignant en activité physique adaptée et je cherche un poste dans une association sport-santé ou un réseau associatif d'accompagnement des malades chroniques en Alsace. Je serais heureux d'être accompagné par Pro'pulse.

Merci,
Hugo Benoît""",
        app("Hugo", "Benoît", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), status="staps_apas_promo_2024"),
    )),
    # Feature: sport_animation — situation — j'ai enchaîné la saison d'été comme animateur en colo
    # route: animation, a master STAPS of 2025, a summer season as a holiday-camp leader (a job, over) told in the middle, an éducation populaire federation sought → application; master of 2025, no stage running, ESS sought → eligible
    N("sport_animation", "situation", "j'ai enchaîné la saison d'été comme animateur en colo", M(
        "Adrien Sarkissian <adrien.sarkissian@gmail.com>", "Candidature Pro'pulse – master STAPS", "07 09:50",
        """Bonjour,

Titulaire d'un master STAPS Management du sport obtenu en septembre 2025 à Lyon 1, j'ai enchaîné la saison d'été comme animateur en colo (BAFA en poche depuis longtemps), c'est terminé depuis fin août.

Je cherche maintenant un poste de chargé de projets dans une fédération d'éducation populaire ou une ligue sportive associative. J'ai joint mon CV.

Cordialement,
Adrien Sarkissian""",
        app("Adrien", "Sarkissian", phone=None, bac=5, grad="2025-09", status="master_staps_colo_ete"),
        cv=CV("pdf", "CV_Adrien_Sarkissian.pdf", """Adrien Sarkissian
Lyon – adrien.sarkissian@gmail.com
Formation
2023–2025 : Master STAPS Management du sport, Université Lyon 1
2020–2023 : Licence STAPS, Université Lyon 1
Expériences
Été 2026 : animateur en centre de vacances (juillet–août)
2024–2025 : stage de fin d'études, comité départemental sportif
BAFA"""),
    )),
    # Feature: sport_animation — aim — un poste de préparateur physique
    # ambiguous: a physical trainer works for a professional club, a private gym or an amateur association alike; she names no employer: job_seeking_ess open
    # route: sport, a master STAPS of 2026, the aim a trade with no employer named → application; bac+5 of 2026, sector unknown → job_seeking_ess open → to verify
    N("sport_animation", "aim", "un poste de préparateur physique", M(
        "Jade Nguyen <jade.nguyen.pp@gmail.com>", "Recherche d'emploi", "08 15:15",
        """Bonjour,

J'ai terminé mon master STAPS Entraînement et optimisation de la performance en juin 2026 à Nantes. Je cherche un poste de préparateur physique, idéalement dans le handball ou le basket.

Est-ce que votre accompagnement peut m'aider pour les candidatures ?

Merci et bonne journée,
Jade Nguyen""",
        app("Jade", "Nguyen", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="master_staps_2026_preparateur"),
    )),
    # Feature: sport_animation — kind — la lettre mensuelle des animateurs
    # route: a regional animation federation's monthly newsletter (List-Unsubscribe, Precedence bulk) → newsletter
    N("sport_animation", "kind", "la lettre mensuelle des animateurs", M(
        "Fédération Animation Rhône <lettre@animation-rhone.example.org>", "La lettre des animateurs – novembre 2026", "12 07:00",
        """Bonjour à toutes et à tous,

Voici la lettre mensuelle des animateurs : les nouvelles sessions BAFA de février, le calendrier des certifications BPJEPS au CREPS, trois offres d'emploi en centres sociaux et le retour sur nos rencontres de l'éducation populaire.

Bonne lecture !

Pour ne plus recevoir cette lettre : https://animation-rhone.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://animation-rhone.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: sport_animation — kind — un titulaire du BPJEPS peut-il entrer dans le programme
    # route: a youth club's coordinator asks about the level a sports diploma gives, no person's facts → question
    N("sport_animation", "kind", "un titulaire du BPJEPS peut-il entrer dans le programme", M(
        "Karim Bensaïd <coordination@mjc-croix-rousse.example.org>", "Question sur les conditions", "13 16:45",
        """Bonjour,

Je coordonne l'équipe d'animation d'une MJC. Une question simple : un titulaire du BPJEPS peut-il entrer dans le programme, ou faut-il au minimum un DEJEPS ? Et un BAFD compte-t-il pour quelque chose ?

Merci pour votre éclairage,
Karim Bensaïd""",
        question(),
    )),
]
