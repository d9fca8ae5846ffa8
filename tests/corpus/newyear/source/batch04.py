"""Newyear corpus, batch 04 (writer A): Wednesday 13 – Friday 15 January 2027, each mail read on its own day.
Juries announced for the 20th, civic services begun on the 11th, a December 2024 diploma now past the limit
and a 2024 said alone failing, «la semaine dernière», CVs redone over the holidays, a parent writing in
English; a foundation's newsletter, a reply, questions about sessions outside Paris and about the next
cohort, a partner's offers, a training auto-reply, and an adviser asking about civic services for nobody."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from newyear import N

MESSAGES = [
    # Feature: newyear_other_mail — kind — La lettre de janvier de la Fondation
    # route: a foundation's January newsletter (List-Unsubscribe, Precedence bulk), its grants and its calls «pour les jeunes diplômé·es» → newsletter
    N("newyear_other_mail", "kind", "La lettre de janvier de la Fondation", M(
        "Fondation Horizons Solidaires <lettre@horizons-solidaires.example.org>", "La lettre de janvier de la Fondation Horizons Solidaires", "2027-01-13 08:30",
        """La lettre de janvier de la Fondation Horizons Solidaires

2026 en chiffres : 64 projets soutenus, 1,2 million d'euros engagés, 310 emplois créés dans les associations lauréates.

Appel à projets 2027 « Premiers emplois solidaires » : les associations qui recrutent un·e jeune diplômé·e (bac+2 et plus, diplômé·e depuis moins de deux ans) peuvent demander une aide au poste. Dépôt des dossiers jusqu'au 31 mars.

Pour ne plus recevoir cette lettre : https://horizons-solidaires.example.org/lettre/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://horizons-solidaires.example.org/lettre/stop>", "Precedence": "bulk"},
    )),
    # Feature: january_now — situation — mon service civique a commencé le 11
    # route: the first sentence, read on 13 January 2027: a civic service begun «le 11» (two days before) for seven months, a licence of 2026 → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("january_now", "situation", "mon service civique a commencé le 11", M(
        "Adrien Koffi-Marchetti <adrien.koffi@gmail.com>", "Candidature Pro'pulse", "2027-01-13 09:40",
        """Bonjour,

Mon service civique a commencé le 11, à la Croix-Rouge de Besançon (maraudes et accueil de jour), pour sept mois. Avant ça j'ai eu ma licence de psychologie en juin 2026.

J'aimerais profiter de ces mois pour préparer mon entrée dans la vie professionnelle, dans l'accompagnement social en association. Est-ce que c'est compatible avec votre programme ?

Merci,
Adrien Koffi-Marchetti
06 49 27 85 13""",
        app("Adrien", "Koffi-Marchetti", phone="+33649278513", bac=3, grad="2026-06", failing=("not_service_civique",), status="adrien_sc_commence_le_11"),
    )),
    # Feature: winter_results — studies_finished — le jury final est le 20
    # ambiguous: every placement and the thesis of the DEEJE marked, the final jury «le 20» (January) still ahead on the 13th: the state diploma may be awarded or not
    # route: the first paragraph: a DEEJE's marks known, the jury on 20 January (ahead), a post in an associative crèche sought → bac+3 awaited, studies_finished open → to_verify
    N("winter_results", "studies_finished", "le jury final est le 20", M(
        "Romane Chaudagne <romane.chaudagne@gmail.com>", "Candidature éducatrice de jeunes enfants", "2027-01-13 11:15",
        """Bonjour,

Je termine ma formation d'éducatrice de jeunes enfants (DEEJE, formation décalée qui s'achève en janvier). J'ai eu mes notes de stage et de mémoire, elles sont bonnes, mais le jury final est le 20, et c'est lui qui décide.

Je voudrais travailler dans une crèche associative ou parentale, sur Grenoble.

Bien à vous,
Romane Chaudagne
07 26 81 39 54""",
        app("Romane", "Chaudagne", phone="+33726813954", bac=3, grad=None, unknown=("studies_finished",), status="romane_jury_final_le_20"),
    )),
    # Feature: newyear_other_mail — kind — je confirme ma place à l'atelier
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) confirming a workshop place → reply
    N("newyear_other_mail", "kind", "je confirme ma place à l'atelier", M(
        "Yacine Ferchichi-Roux <yacine.ferchichiroux@gmail.com>", "Re: Atelier « Réseauter dans l'ESS » du 21 janvier", "2027-01-13 13:00",
        """Bonjour,

Merci pour l'invitation, je confirme ma place à l'atelier du 21 janvier. Je viendrai avec mon CV imprimé comme demandé.

Yacine

Le mar. 12 janv. 2027 à 09:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour à toutes et à tous,
> Notre premier atelier de l'année, « Réseauter dans l'ESS », aura lieu le jeudi 21 janvier de 14h à 17h.
> Merci de confirmer votre présence en répondant à ce message.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<atelier-2027-01-12-0004@animafac.net>"},
    )),
    # Feature: limit_turning — graduation — BTS obtenu en 2024
    # route: the first line, read on 13 January 2027: a BTS «obtenu en 2024» said alone (a year alone 2024 fails in January 2027), an ESS job sought → bac+2 of 2024, graduation_recent fails → not_eligible
    N("limit_turning", "graduation", "BTS obtenu en 2024", M(
        "Mattéo Sarrazin <matteo.sarrazin@outlook.fr>", "demande", "2027-01-13 14:45",
        """Bonjour, BTS obtenu en 2024 (Gestion de la PME), depuis je suis vendeur. Je veux aller vers une asso ou une coopérative, côté gestion. Possible ?
Mattéo Sarrazin - 06 32 95 17 48""",
        app("Mattéo", "Sarrazin", phone="+33632951748", bac=2, grad="2024", failing=("graduation_recent",), status="matteo_bts_2024"),
    )),
    # Feature: year_ahead — graduation — il ne sera délivré que cette année
    # route: the first paragraph, read on 13 January 2027: every test of the DEES passed in December 2026, the paper diploma delivered only «cette année» (the diploma is obtained) → bac+3 of 2026-12 → eligible
    N("year_ahead", "graduation", "il ne sera délivré que cette année", M(
        "Océane Pradier <oceane.pradier@gmail.com>", "Candidature - éducatrice spécialisée", "2027-01-13 16:20",
        """Bonjour,

J'ai validé toutes les épreuves du DEES en décembre 2026 (j'ai l'attestation de réussite de l'IRTS), mais il ne sera délivré que cette année, le diplôme lui-même, après la commission de la DREETS au printemps.

Je cherche un poste d'éducatrice spécialisée dans une association de protection de l'enfance ou de prévention spécialisée, à Lyon.

Océane Pradier
06 86 14 52 73""",
        app("Océane", "Pradier", phone="+33686145273", bac=3, grad="2026-12", status="oceane_dees_delivre_cette_annee"),
    )),
    # Feature: newyear_other_mail — kind — des sessions d'information en dehors de Paris
    # route: a question whether information sessions are held outside Paris, no fact of the writer's own → question
    N("newyear_other_mail", "kind", "des sessions d'information en dehors de Paris", M(
        "Valentine <valentine.ortolan@gmail.com>", "sessions d'info ?", "2027-01-13 18:10",
        """Bonjour,

Est-ce que vous organisez des sessions d'information en dehors de Paris cette année ? Je suis à Nice et je voudrais venir à une réunion avant de me décider.

Merci,
Valentine""",
        question(),
    )),
    # Feature: december_past — studies_finished — mon mémoire à rendre pour fin février
    # route: the first paragraph, read on 13 January 2027: an internship over «avant les fêtes» but the master's thesis still due at the end of February → bac+4, studies_finished fails → not_eligible
    N("december_past", "studies_finished", "mon mémoire à rendre pour fin février", M(
        "Julien Abatucci <julien.abatucci@gmail.com>", "inscription programme", "2027-01-13 20:30",
        """Bonsoir,

Mon stage de M2 a pris fin avant les fêtes (six mois dans une coopérative agricole), il me reste maintenant mon mémoire à rendre pour fin février, puis la soutenance en mars.

Je cherche déjà un poste dans une coopérative ou une association de développement rural pour le printemps. Je peux candidater dès maintenant ?

Julien Abatucci""",
        app("Julien", "Abatucci", phone=None, bac=4, grad=None, failing=("studies_finished",), status="julien_memoire_fin_fevrier"),
    )),
    # Feature: school_year — studies_finished — j'étais en L3 l'année dernière
    # route: the first sentence, read on 14 January 2027: an L3 «l'année dernière» (2025-2026) with nothing said of its result, a youth-work post sought → bac+3 not told obtained, studies_finished open → to_verify
    N("school_year", "studies_finished", "j'étais en L3 l'année dernière", M(
        "Lenny Dos Santos <lenny.dossantos@gmail.com>", "pro'pulse inscription", "2027-01-14 08:50",
        """Salut,

j'étais en L3 l'année dernière (STAPS management du sport, Nanterre), et là je suis animateur sportif vacataire pour la ville. je voudrais un vrai poste dans une asso sportive de quartier ou une fédé d'éducation populaire.

comment on s'inscrit ?
Lenny Dos Santos
07 40 58 26 19""",
        app("Lenny", "Dos Santos", phone="+33740582619", bac=3, grad=None, unknown=("studies_finished",), status="lenny_l3_annee_derniere"),
    )),
    # Feature: newyear_other_mail — kind — présenter nos offres lors d'un de vos ateliers
    # route: a partner cooperative asking to present its job offers at one of our workshops, nobody applying → other
    N("newyear_other_mail", "kind", "présenter nos offres lors d'un de vos ateliers", M(
        "Coopérative Terres d'Ici <rh@terresdici.example.com>", "Proposition pour vos ateliers 2027", "2027-01-14 10:20",
        """Bonjour,

Nous ouvrons cette année quatre postes (deux CDI de chargé·e de relation adhérents, deux CDD de logisticien·ne) et serions heureux de présenter nos offres lors d'un de vos ateliers de février ou mars.

Les postes sont accessibles aux jeunes diplômé·es, bac+2 minimum. Dites-nous ce qui vous arrange.

Cordialement,
Fabienne Roucaute
Responsable ressources humaines""",
        other(),
    )),
    # Feature: english_newyear — graduation — she finished her BA last summer
    # route: an English mail of a mother writing for her daughter (the daughter's contacts in the body), read on 14 January 2027: a BA finished «last summer» (2026), a charity job in France sought → bac+3 of 2026 → eligible
    N("english_newyear", "graduation", "she finished her BA last summer", M(
        "Gillian Hartley <gillian.hartley@btinternet.example.com>", "My daughter - Pro'pulse", "2027-01-14 11:45",
        """Dear Pro'pulse team,

I'm writing on behalf of my daughter, Poppy Hartley-Nguyen, after a long talk over the Christmas holidays. She finished her BA last summer (French and Social Anthropology, University of Sussex, three years plus a year abroad in Toulouse) and she'd like to build her life in France.

She wants to work for a charity or a cooperative there, ideally around food or migration. She's shy about writing herself, so she asked me to make the first contact!

Her email is poppy.hn@gmail.com and her French mobile 07 63 48 21 90.

Warm regards,
Gillian Hartley""",
        app("Poppy", "Hartley-Nguyen", phone="+33763482190", bac=3, grad="2026", email="poppy.hn@gmail.com", forwarded_by="gillian.hartley@btinternet.example.com", language="en", status="poppy_by_her_mother"),
    )),
    # Feature: resolutions — aim — devenir fonctionnaire territoriale
    # route: the resolution and what follows it: a master of 2026, the resolution to become a civil servant through the attaché exam, no ESS job sought → bac+5 of 2026-06, job_seeking_ess fails → not_eligible
    N("resolutions", "aim", "devenir fonctionnaire territoriale", M(
        "Pauline Ghesquière <pauline.ghesquiere@gmail.com>", "Résolution 2027", "2027-01-14 13:30",
        """Bonjour,

Ma résolution 2027 est claire : devenir fonctionnaire territoriale. Je prépare le concours d'attaché (épreuves en avril) et je voudrais d'ici là travailler en contrat dans une collectivité, au service culture ou jeunesse d'une mairie.

J'ai un master Politiques publiques obtenu en juin 2026. Est-ce que votre programme peut m'aider à trouver un contrat dans une mairie ?

Pauline Ghesquière
06 20 74 91 35""",
        app("Pauline", "Ghesquière", phone="+33620749135", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="pauline_fonctionnaire"),
    )),
    # Feature: newyear_other_mail — kind — en formation jusqu'au 15 janvier
    # route: an out-of-office (Auto-Submitted) of an adviser in training until the 15th → auto_reply
    N("newyear_other_mail", "kind", "en formation jusqu'au 15 janvier", M(
        "Karima Oulhadj <k.oulhadj@cap-emploi-nord.example.fr>", "Réponse automatique : Orientation de Mme D.", "2027-01-14 15:00",
        """Bonjour,

Je suis en formation jusqu'au 15 janvier inclus et je lirai vos messages à mon retour, le lundi 18.

Karima Oulhadj
Chargée d'accompagnement""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: limit_turning — graduation — diplômée en décembre 2024
    # route: the first sentence and a DOCX CV, read on 14 January 2027: a BUT «diplômée en décembre 2024» (25 months back in January: fails), an ESS job sought → bac+3 of 2024-12, graduation_recent fails → not_eligible
    N("limit_turning", "graduation", "diplômée en décembre 2024", M(
        "Sixtine Cormerais <sixtine.cormerais@gmail.com>", "Candidature Pro'pulse - Sixtine Cormerais", "2027-01-14 16:40",
        """Bonjour,

Je suis diplômée en décembre 2024 d'un BUT Gestion des entreprises et des administrations (jury de fin de semestre décalé, j'avais redoublé un semestre). Depuis je suis assistante comptable dans un cabinet.

Je voudrais rejoindre le monde associatif, côté gestion financière, et votre programme me semble une bonne porte d'entrée. CV ci-joint.

Sixtine Cormerais""",
        app("Sixtine", "Cormerais", phone="+33671248503", bac=3, grad="2024-12", failing=("graduation_recent",), status="sixtine_decembre_2024"),
        cv=CV("docx", "CV_Sixtine_Cormerais.docx", """Sixtine Cormerais
Nantes - 06 71 24 85 03 - sixtine.cormerais@gmail.com
Formation
BUT GEA, IUT de Nantes - diplômée en décembre 2024
Baccalauréat STMG - 2021
Expérience
Assistante comptable, cabinet d'expertise comptable - depuis février 2025
Trésorière, association étudiante - 2022-2024"""),
    )),
    # Feature: holidays_gap — graduation — CV remis à neuf pendant les fêtes
    # route: the CV redone over the holidays and its lines: a BTS SP3S with no year anywhere, a post in a social association sought → bac+2, graduation_recent open → to_verify
    N("holidays_gap", "graduation", "CV remis à neuf pendant les fêtes", M(
        "Inaya Kimbembe <inaya.kimbembe@gmail.com>", "candidature + CV remis à neuf pendant les fêtes", "2027-01-14 18:30",
        """Bonjour,

J'ai profité des vacances pour tout reprendre : voici mon CV remis à neuf pendant les fêtes, avec ma candidature pour Pro'pulse. Je cherche un poste de conseillère ou de secrétaire médico-sociale dans une association.

Bonne soirée,
Inaya""",
        app("Inaya", "Kimbembe", phone="+33752903164", bac=2, grad=None, unknown=("graduation_recent",), info_in="cv", status="inaya_cv_refait"),
        cv=CV("docx", "CV_Inaya_Kimbembe_2027.docx", """Inaya Kimbembe
Évry-Courcouronnes - 07 52 90 31 64 - inaya.kimbembe@gmail.com
Objectif : conseillère ou secrétaire médico-sociale dans une association
Diplôme
BTS Services et prestations des secteurs sanitaire et social (SP3S) - Lycée Georges-Brassens, Évry
Expériences
Agent d'accueil, CCAS - remplacements
Animatrice, accueil de loisirs - étés
Langues : français, lingala, anglais (B1)"""),
    )),
    # Feature: english_newyear — career_change — six years as an analyst
    # route: an English mail, read on 14 January 2027: six years as a bank analyst in London, then a part-time MSc of 2026, a resolution «no more banking» → bac+5 of 2026-11, not_career_change fails → not_eligible
    N("english_newyear", "career_change", "six years as an analyst", M(
        "Rohan Sharma-Lacoste <rohan.sharmalacoste@gmail.com>", "Career question - Pro'pulse", "2027-01-14 20:00",
        """Hello,

Over the holidays I made my decision: no more banking. After six years as an analyst at an investment bank in London, I completed a part-time MSc in Social Enterprise (awarded in November 2026) and moved back to Lyon, where my father's family lives.

I'm 31 and I'd like to work for a French cooperative bank or a social enterprise. Is your programme open to someone like me?

Best,
Rohan Sharma-Lacoste
06 95 37 10 84""",
        app("Rohan", "Sharma-Lacoste", phone="+33695371084", bac=5, grad="2026-11", failing=("not_career_change",), language="en", status="rohan_six_years_analyst"),
    )),
    # Feature: newyear_other_mail — kind — When does the next cohort start
    # route: an English question about the next cohort's dates and language, no fact of the writer's own → question
    N("newyear_other_mail", "kind", "When does the next cohort start", M(
        "Lukas Brenner <lukas.brenner@gmx.de>", "Next cohort?", "2027-01-15 08:15",
        """Hello,

When does the next cohort start, and are the workshops only in French? I'm asking for myself and a few friends from my master's.

Thank you,
Lukas""",
        question(language="en"),
    )),
    # Feature: written_for_newyear — kind — des volontaires en service civique
    # route: a Mission locale adviser asking in general whether young people in a civic service may apply, no one presented → question
    N("written_for_newyear", "kind", "des volontaires en service civique", M(
        "Yannick Pérot <y.perot@missionlocale-ardennes.example.fr>", "Question : service civique et Pro'pulse", "2027-01-15 09:30",
        """Bonjour,

De retour de congés, je prépare les orientations du trimestre. J'accompagne plusieurs jeunes diplômés qui sont ou vont être des volontaires en service civique : peuvent-ils candidater pendant leur mission, ou seulement à la fin ?

Je n'ai personne de précis à vous présenter pour l'instant, c'est pour savoir comment orienter.

Merci,
Yannick Pérot
Conseiller, Mission locale des Ardennes""",
        question(),
    )),
    # Feature: january_now — aim — je suis inscrite à France Travail
    # route: the first paragraph, read on 15 January 2027: a licence of June 2026, registered as a job seeker since 4 January, nothing said of the field or the kind of employer sought → bac+3 of 2026-06, job_seeking_ess open → to_verify
    N("january_now", "aim", "je suis inscrite à France Travail", M(
        "Maïwenn Le Berre <maiwenn.leberre@gmail.com>", "Inscription", "2027-01-15 10:45",
        """Bonjour,

Depuis le 4 janvier je suis inscrite à France Travail, après la fin de mon contrat saisonnier. J'ai une licence d'anglais obtenue en juin 2026.

J'ai vu votre programme sur une affiche à l'agence. Pouvez-vous m'en dire plus et m'inscrire ?

Maïwenn Le Berre
06 59 13 72 48""",
        app("Maïwenn", "Le Berre", phone="+33659137248", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="maiwenn_inscrite_france_travail"),
    )),
    # Feature: winter_results — graduation — diplôme validé ce matin
    # route: the subject and the first line, read on 15 January 2027: a master's defence this morning and the diploma validated → bac+5 of 2027-01 → eligible
    N("winter_results", "graduation", "diplôme validé ce matin", M(
        "Florian Escudier <florian.escudier@gmail.com>", "Soutenance réussie, diplôme validé ce matin !", "2027-01-15 12:20",
        """Bonjour,

Soutenance de mémoire à 9h, 15/20, et le président du jury nous a annoncé que le master était validé pour toute la promo en parcours décalé. Je souffle !

Je cherche un poste de chargé de mission énergie citoyenne dans une coopérative ou une association de transition, en Occitanie.

Florian Escudier
06 41 92 67 30""",
        app("Florian", "Escudier", phone="+33641926730", bac=5, grad="2027-01", status="florian_valide_ce_matin"),
    )),
    # Feature: year_ahead — graduation — mon service civique commence le 1er mars
    # route: the first paragraph, read on 15 January 2027: a DUT with no year said, a civic service beginning on 1 March (ahead: not yet a situation) → bac+2, graduation_recent open → to_verify
    N("year_ahead", "graduation", "mon service civique commence le 1er mars", M(
        "Thaïs Bergougnoux <thais.bergougnoux@gmail.com>", "Candidature", "2027-01-15 14:00",
        """Bonjour,

J'ai un DUT Information-communication et mon service civique commence le 1er mars, dans une radio associative de Limoges, pour six mois. D'ici là je fais de la garde d'enfants.

Après le service civique je voudrais travailler dans la communication d'une association ou d'un média associatif.

Thaïs Bergougnoux
07 31 84 26 95""",
        app("Thaïs", "Bergougnoux", phone="+33731842695", bac=2, grad=None, unknown=("graduation_recent",), status="thais_sc_1er_mars"),
    )),
    # Feature: december_past — graduation — le mois dernier j'ai terminé mon contrat
    # route: the first paragraph, read on 15 January 2027: a contract ended «le mois dernier» (December, a job), a licence with no year said → bac+3, graduation_recent open → to_verify
    N("december_past", "graduation", "le mois dernier j'ai terminé mon contrat", M(
        "Quitterie Lanusse <quitterie.lanusse@gmail.com>", "candidature Pro'pulse", "2027-01-15 15:30",
        """Bonjour,

Le mois dernier j'ai terminé mon contrat d'assistante d'éducation dans un collège de Pau. J'ai une licence de sciences de l'éducation, et je voudrais travailler dans une association d'accompagnement à la scolarité ou de lutte contre le décrochage.

Bien à vous,
Quitterie Lanusse
06 84 52 13 97""",
        app("Quitterie", "Lanusse", phone="+33684521397", bac=3, grad=None, unknown=("graduation_recent",), status="quitterie_contrat_mois_dernier"),
        html="only",
    )),
    # Feature: school_year — studies_finished — je suis en M1 cette année
    # route: the first sentence, read on 15 January 2027: a licence of 2026 and an M1 «cette année» (the school year 2026-2027, running) → bac+3 of 2026-06, studies_finished fails → not_eligible
    N("school_year", "studies_finished", "je suis en M1 cette année", M(
        "Ulysse Tréguier <ulysse.treguier@gmail.com>", "question", "2027-01-15 17:00",
        """Bonjour,

Après ma licence d'économie (juin 2026), je suis en M1 cette année à Brest, en économie sociale et solidaire, mais je me demande si je ne vais pas arrêter pour commencer à travailler. Votre programme accepte-t-il les étudiants qui hésitent ?

Ulysse Tréguier""",
        app("Ulysse", "Tréguier", phone=None, bac=3, grad="2026-06", failing=("studies_finished",), status="ulysse_m1_cette_annee"),
    )),
    # Feature: last_year_words — graduation — j'ai eu mon BTS l'an dernier
    # route: the first line, read on 15 January 2027: a BTS «l'an dernier» (2026, a year alone that meets), an ESS job sought → bac+2 of 2026 → eligible
    N("last_year_words", "graduation", "j'ai eu mon BTS l'an dernier", M(
        "Wassila Hamidou <wassila.hamidou@gmail.com>", "candidature", "2027-01-15 18:40",
        """Bonsoir,

J'ai eu mon BTS l'an dernier (Gestion de la PME) et je travaille depuis en boulangerie en attendant mieux. Je voudrais un poste administratif dans une association, une mutuelle ou une coopérative, je trouve que ça a plus de sens.

Wassila Hamidou
07 38 62 90 41""",
        app("Wassila", "Hamidou", phone="+33738629041", bac=2, grad="2026", status="wassila_bts_an_dernier"),
    )),
    # Feature: written_for_newyear — graduation — sa licence, je ne sais plus de quelle année
    # route: a friend writing for her friend (her contacts in the body): a licence of unstated year, a job in a feminist association sought → bac+3, graduation_recent open → to_verify
    N("written_for_newyear", "graduation", "sa licence, je ne sais plus de quelle année", M(
        "Romy Pasquier <romy.pasquier@gmail.com>", "Pour une amie", "2027-01-15 20:15",
        """Bonjour,

Une amie m'a demandé de vous écrire parce qu'elle n'ose pas : Nawel Rahmouni. On a réveillonné ensemble et elle m'a parlé de ses galères de recherche d'emploi.

Elle a sa licence, je ne sais plus de quelle année, en études de genre à Paris 8, et elle voudrait travailler dans une association féministe ou d'accueil de femmes victimes de violences.

Son numéro : 06 26 47 80 13 (pas de mail, elle m'a dit de donner le numéro).

Merci d'avance,
Romy Pasquier""",
        app("Nawel", "Rahmouni", phone="+33626478013", bac=3, grad=None, unknown=("graduation_recent",), email=None, forwarded_by="romy.pasquier@gmail.com", status="nawel_par_son_amie"),
    )),
]
