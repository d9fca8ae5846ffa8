"""Francophonies corpus, batch 02 (writer A): French of West Africa (a defence still awaited, the BTS d'État,
the maîtrise, the promotion sortante, «dans le chômage», a jury's deliberation awaited), of Central Africa
(«j'ai défendu», the stage académique, the old-system licence, «je cherche l'emploi»), of the Maghreb (licence
fondamentale, technicien spécialisé of the ISTA, the PFE, «inchallah» for a hope, «hamdoulillah» for a fact
done); other mail in those varieties (a question from a Dakar association, an absence notice, a diaspora
association's offer, a reply in our thread, a Maghreb network's letter, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from francophonies import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: west_africa — studies_finished — je suis en attente de soutenance, elle est calée au 14 décembre
    # variety: «je suis en attente de soutenance, elle est calée au 14 décembre» = Senegalese French: «en attente de soutenance» is a defence still to come (here dated after today), not results awaited → fails studies_finished → not eligible
    N("west_africa", "studies_finished", "je suis en attente de soutenance, elle est calée au 14 décembre", M(
        "Aïssatou Ba <aissatou.ba@example.org>", "Candidature au programme Pro'pulse", "02 09:05",
        """Bonjour à toute l'équipe,

Je suis Aïssatou Ba, étudiante en Master 2 Économie sociale et solidaire à l'Université Cheikh Anta Diop de Dakar. J'ai rejoint ma tante à Créteil en septembre.

Pour le moment je suis en attente de soutenance, elle est calée au 14 décembre. Après cela je compte chercher du travail dans une mutuelle ou une coopérative ici en France.

Je reste à votre disposition.

Aïssatou Ba
+221 77 512 48 30""",
        app("Aïssatou", "Ba", phone="+221775124830", bac="*", grad=None, failing=("studies_finished",), status="attente_soutenance_14_decembre"),
    )),
    # Feature: west_africa — level — mon BTS d'État en communication d'entreprise
    # variety: «mon BTS d'État en communication d'entreprise» = Ivorian French: the BTS d'État is the national two-year higher diploma (bac+2), of July 2025 → meets degree_level → eligible
    N("west_africa", "level", "mon BTS d'État en communication d'entreprise", M(
        "Koffi Brou <koffi.brou@example.com>", "Demande d'accompagnement", "03 12:22",
        """Bonsoir Madame, Monsieur,

Je viens très respectueusement solliciter votre accompagnement. J'ai obtenu mon BTS d'État en communication d'entreprise à Abidjan en juillet 2025 et je suis arrivé à Orléans pour rejoindre mon épouse.

Je souhaite travailler dans la communication d'une mutuelle de santé ou d'une association.

Dans l'attente de vous lire, recevez mes salutations distinguées.

Koffi Brou
07 08 45 12 33 (Côte d'Ivoire) / 06 38 19 04 77 (France)""",
        app("Koffi", "Brou", phone="+33638190477", bac=2, grad="2025-07", status="bts_etat_communication"),
    )),
    # Feature: west_africa — graduation — elle est de la promotion sortante 2025
    # variety: «elle est de la promotion sortante 2025» = Malian French: the «promotion sortante» is the year a class graduates, 2025 alone meets the two years; written by her adviser → meets graduation_recent → eligible
    N("west_africa", "graduation", "elle est de la promotion sortante 2025", M(
        "Hélène Coulibaly <h.coulibaly@example.fr>", "Je vous recommande Mme Awa Diarra", "04 15:48",
        """Bonjour,

Conseillère à la Mission locale de Montreuil, je vous recommande Mme Awa Diarra, que j'accompagne depuis son arrivée de Bamako.

Elle est titulaire d'un master en développement local, elle est de la promotion sortante 2025 de l'Université de Ségou. Elle cherche activement un poste de chargée de projets dans une association ou une coopérative agricole.

Ses coordonnées : awa.diarra@example.org, 07 53 26 81 44.

Cordialement,
Hélène Coulibaly""",
        app("Awa", "Diarra", phone="+33753268144", bac=5, grad="2025", status="promotion_sortante_2025", email="awa.diarra@example.org", forwarded_by="h.coulibaly@example.fr"),
    )),
    # Feature: west_africa — career_change — j'ai été instituteur pendant neuf ans à Koudougou
    # variety: «j'ai été instituteur pendant neuf ans à Koudougou» = Burkinabè French: nine years of primary teaching before the maîtrise (bac+4) → fails not_career_change → not eligible
    N("west_africa", "career_change", "j'ai été instituteur pendant neuf ans à Koudougou", M(
        "Issouf Compaoré <issouf.compaore@example.net>", "candidature", "05 07:31",
        """Bonjour,

Je me nomme Issouf Compaoré. J'ai été instituteur pendant neuf ans à Koudougou, ensuite j'ai repris les études et j'ai eu ma maîtrise en sociologie en juin 2025 à Ouagadougou.

Je réside maintenant à Saint-Étienne. Je cherche un emploi dans l'économie sociale et solidaire, l'éducation populaire surtout.

Que Dieu vous bénisse,
Issouf Compaoré""",
        app("Issouf", "Compaoré", phone=None, bac=4, grad="2025-06", failing=("not_career_change",), status="instituteur_neuf_ans"),
    )),
    # Feature: west_africa — studies_finished — j'ai soutenu le 30 octobre mais j'attends encore la délibération du jury
    # ambiguous: the defence is done but the jury has not yet deliberated: results awaited after the defence leave studies open
    # variety: «j'ai soutenu le 30 octobre mais j'attends encore la délibération du jury» = Togolese French: the defence is past, the deliberation (the results) still to come → studies_finished unknown → to verify
    N("west_africa", "studies_finished", "j'ai soutenu le 30 octobre mais j'attends encore la délibération du jury", M(
        "Mawuli Agbeko <mawuli.agbeko@example.org>", "Intéressé par Pro'pulse", "09 20:14",
        """Bonjour,

Je suis en master Gestion des projets à l'Université de Lomé, en distanciel depuis Rouen où je vis avec ma famille. J'ai soutenu le 30 octobre mais j'attends encore la délibération du jury, les résultats tardent un peu chez nous.

Mon objectif est de travailler dans une ONG ou une association de solidarité internationale.

Merci de votre attention,
Mawuli Agbeko
06 44 18 90 25""",
        app("Mawuli", "Agbeko", phone="+33644189025", bac=5, grad=None, unknown=("studies_finished",), status="attente_deliberation"),
    )),
    # Feature: west_africa — situation — je suis dans le chômage depuis la fin de mon stage en juin
    # variety: «je suis dans le chômage depuis la fin de mon stage en juin» = Senegalese French: «dans le chômage» is job-seeking; the internship ended in June → meets not_internship → eligible
    N("west_africa", "situation", "je suis dans le chômage depuis la fin de mon stage en juin", M(
        "Mariama Faye <mariama.faye@example.com>", "Candidature - licence pro", "10 11:36",
        """Bonjour,

J'ai eu ma licence professionnelle en gestion des organisations en octobre 2025 à Saint-Louis. Je suis dans le chômage depuis la fin de mon stage en juin, ici à Marseille où j'ai rejoint mon mari.

Je voudrais travailler dans une coopérative ou une association de femmes, j'ai fait mon stage dans un groupement de transformatrices de céréales.

Je vous joins mon CV.

Mariama Faye
07 67 03 52 18""",
        app("Mariama", "Faye", phone="+33767035218", bac=3, grad="2025-10", status="chomage_fin_stage_juin", info_in="both"),
        cv=CV("odt", "CV-Mariama-Faye.odt", """Mariama Faye
Licence professionnelle Gestion des organisations — Université Gaston Berger, octobre 2025
Stage, groupement de femmes transformatrices de céréales, Saint-Louis, janvier–juin 2026
Langues : français, wolof, anglais"""),
    )),
    # Feature: west_africa — situation — je suis stagiaire dans une société de téléphonie depuis septembre, pour six mois
    # variety: «je suis stagiaire dans une société de téléphonie depuis septembre, pour six mois» = Ivorian French: an internship of six months from September runs to March → fails not_internship → not eligible
    N("west_africa", "situation", "je suis stagiaire dans une société de téléphonie depuis septembre, pour six mois", M(
        "Franck Aka <franck.aka@example.net>", "Pro'pulse ??", "12 13:09",
        """Bonjour, on m'a parlé de votre programme.

Licence en gestion des ressources humaines (2025). Je suis stagiaire dans une société de téléphonie depuis septembre, pour six mois, au service du personnel, à Bobigny.

Après je veux travailler dans une association, c'est plus humain.

Franck Aka
06 20 71 39 84""",
        app("Franck", "Aka", phone="+33620713984", bac=3, grad="2025", failing=("not_internship",), status="stagiaire_six_mois"),
    )),
    # Feature: west_africa — kind — est-ce que vous accompagnez aussi les jeunes de la diaspora
    # variety: «est-ce que vous accompagnez aussi les jeunes de la diaspora» = a Dakar association asking for its members, no one named, no personal fact → kind question
    N("west_africa", "kind", "est-ce que vous accompagnez aussi les jeunes de la diaspora", M(
        "Association Jappo <contact@jappo.example.org>", "Demande d'information", "13 10:00",
        """Bonjour,

Notre association accueille à Dakar et à Paris des jeunes diplômés sénégalais. Est-ce que vous accompagnez aussi les jeunes de la diaspora qui viennent d'arriver en France ? Faut-il un titre de séjour particulier ?

Merci d'avance et bonne journée à vous,
Le bureau""",
        question(),
    )),
    # Feature: west_africa — kind — je suis en mission à Thiès jusqu'au 28 novembre
    # variety: «je suis en mission à Thiès jusqu'au 28 novembre» = an absence notice of a Senegalese partner, no application → kind auto_reply
    N("west_africa", "kind", "je suis en mission à Thiès jusqu'au 28 novembre", M(
        "Babacar Diouf <b.diouf@example.com>", "Réponse automatique", "16 06:12",
        """Bonjour,

Je suis en mission à Thiès jusqu'au 28 novembre avec un accès limité à mes courriels. Je vous répondrai à mon retour, inch'Allah.

Babacar Diouf""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: central_africa — studies_finished — j'ai défendu mon mémoire de master le 6 novembre
    # variety: «j'ai défendu mon mémoire de master le 6 novembre» = Cameroonian French: «défendre» a mémoire is to defend it, done on 6 November → meets studies_finished → eligible
    N("central_africa", "studies_finished", "j'ai défendu mon mémoire de master le 6 novembre", M(
        "Junior Essomba <junior.essomba@example.org>", "On dit quoi Pro'pulse ! Candidature", "03 18:27",
        """Bonsoir,

Je suis Junior Essomba, Camerounais, en France depuis deux ans pour mon master Économie sociale et solidaire à Grenoble. J'ai défendu mon mémoire de master le 6 novembre, avec mention bien.

Je cherche l'emploi dans une SCOP ou dans une association d'éducation populaire. Je suis sérieux et motivé, ya pas de problème pour bouger dans une autre ville.

Merci,
Junior Essomba
07 45 60 12 98""",
        app("Junior", "Essomba", phone="+33745601298", bac=5, grad="2026-11", status="defendu_6_novembre"),
    )),
    # Feature: central_africa — situation — je suis en stage académique jusqu'à la mi-janvier
    # variety: «je suis en stage académique jusqu'à la mi-janvier» = Congolese French: the «stage académique» is the internship inside the studies, running after today → fails not_internship and studies_finished → not eligible
    N("central_africa", "situation", "je suis en stage académique jusqu'à la mi-janvier", M(
        "Grâce Kabongo <grace.kabongo@example.net>", "Demande d'inscription", "05 09:50",
        """Bonjour,

Je suis étudiante en dernière année de licence en sciences de l'éducation (Lille), originaire de Lubumbashi. Je suis en stage académique jusqu'à la mi-janvier dans une maison de quartier.

Je voudrais déjà m'inscrire pour après, je veux faire ma carrière dans le social.

Grâce Kabongo
07 28 14 66 03""",
        app("Grâce", "Kabongo", phone="+33728146603", bac="*", grad=None, failing=("not_internship", "studies_finished"), status="stage_academique_mi_janvier"),
    )),
    # Feature: central_africa — aim — je cherche l'emploi, dans une ONG ou bien dans une banque
    # ambiguous: the aim is split between an ONG (the ESS) and a bank (not the ESS), with no preference: the search in the ESS is open
    # variety: «je cherche l'emploi, dans une ONG ou bien dans une banque» = Central African French: «chercher l'emploi» is job-seeking; an ONG or a bank, either → job_seeking_ess unknown → to verify
    N("central_africa", "aim", "je cherche l'emploi, dans une ONG ou bien dans une banque", M(
        "Prince Bouanga <prince.bouanga@example.com>", "Candidature Pro'pulse", "06 16:16",
        """Bonjour l'équipe Pro'pulse,

Master en finance (Université Marien Ngouabi, Brazzaville), obtenu en janvier 2026, et je suis à Toulouse depuis l'été.

Je cherche l'emploi, dans une ONG ou bien dans une banque, pour moi l'essentiel c'est de commencer quelque part.

Merci beaucoup,
Prince Bouanga
06 90 32 17 45""",
        app("Prince", "Bouanga", phone="+33690321745", bac=5, grad="2026-01", unknown=("job_seeking_ess",), status="ong_ou_banque"),
    )),
    # Feature: central_africa — level — ma licence en économie (ancien système, le graduat plus deux ans, donc l'équivalent d'un bac+5)
    # variety: «ma licence en économie (ancien système, le graduat plus deux ans, donc l'équivalent d'un bac+5)» = Congolese French: the old-system licence is three years of graduat plus two: bac+5 as the writer says, of August 2025 → meets degree_level → eligible
    N("central_africa", "level", "ma licence en économie (ancien système, le graduat plus deux ans, donc l'équivalent d'un bac+5)", M(
        "Dieudonné Ilunga <d.ilunga@example.org>", "Candidature", "09 08:41",
        """Bonjour,

J'ai obtenu à l'Université de Kinshasa ma licence en économie (ancien système, le graduat plus deux ans, donc l'équivalent d'un bac+5) en août 2025.

Je vis à Lyon depuis mars. Je souhaite travailler dans la finance solidaire, une coopérative de crédit ou une association de microcrédit.

Avec mes salutations les meilleures,
Dieudonné Ilunga
07 61 04 83 27""",
        app("Dieudonné", "Ilunga", phone="+33761048327", bac=5, grad="2025-08", status="licence_ancien_systeme"),
    )),
    # Feature: central_africa — graduation — j'ai défendu mon master en octobre 2024
    # variety: «j'ai défendu mon master en octobre 2024» = Gabonese French: «défendu» = soutenu, in October 2024: twenty-five months ago → fails graduation_recent → not eligible
    N("central_africa", "graduation", "j'ai défendu mon master en octobre 2024", M(
        "Yvette Assoumou <yvette.assoumou@example.net>", "candidature programme", "10 14:03",
        """Bonjour,

J'ai défendu mon master en octobre 2024 à l'Université Omar Bongo (sociologie du développement). Je suis arrivée à Poitiers cette année.

Je cherche l'emploi dans une association d'aide aux familles. Merci de me dire si je peux entrer dans votre programme.

Yvette Assoumou
06 49 27 31 80""",
        app("Yvette", "Assoumou", phone="+33649273180", bac=5, grad="2024-10", failing=("graduation_recent",), status="defendu_octobre_2024"),
    )),
    # Feature: central_africa — career_change — j'ai fait quelques années au commerce de mon oncle au marché Total
    # ambiguous: «quelques années» at an uncle's shop, before or beside the studies: the conventions leave a few years of another trade open
    # variety: «j'ai fait quelques années au commerce de mon oncle au marché Total» = Congolese French (Brazzaville's big market): a few years of trade of unstated length → not_career_change unknown → to verify
    N("central_africa", "career_change", "j'ai fait quelques années au commerce de mon oncle au marché Total", M(
        "Christelle Itoua <christelle.itoua@example.com>", "Pro'pulse", "12 19:20",
        """Bonsoir,

Après le bac, j'ai fait quelques années au commerce de mon oncle au marché Total, puis je suis venue en France. J'ai eu ma licence en administration économique et sociale à Amiens en juillet 2026.

Maintenant je veux travailler dans une association ou une ressourcerie.

Christelle Itoua
07 32 88 15 09""",
        app("Christelle", "Itoua", phone="+33732881509", bac=3, grad="2026-07", unknown=("not_career_change",), status="commerce_oncle_quelques_annees"),
    )),
    # Feature: central_africa — kind — nous pouvons relayer votre affiche auprès de nos membres
    # variety: «nous pouvons relayer votre affiche auprès de nos membres» = a Cameroonian students' association offering to relay our poster, no application → kind other
    N("central_africa", "kind", "nous pouvons relayer votre affiche auprès de nos membres", M(
        "Association des étudiants camerounais de Nancy <aecn@example.org>", "Partenariat", "17 11:11",
        """Bonjour,

Nous sommes une association de jeunes Camerounais à Nancy. Nous pouvons relayer votre affiche auprès de nos membres et organiser une présentation à notre assemblée de décembre, si cela vous intéresse.

Fraternellement,
Le secrétaire général""",
        other(),
    )),
    # Feature: central_africa — kind — Re: Pièces manquantes
    # variety: «Re: Pièces manquantes» = a Congolese applicant answering in our thread with the missing paper («ya pas de souci»), In-Reply-To one of our Message-IDs → kind reply
    N("central_africa", "kind", "Re: Pièces manquantes", M(
        "Patience Kalala <patience.kalala@example.net>", "Re: Pièces manquantes", "19 08:22",
        """Bonjour,

Ya pas de souci, voici l'attestation de réussite, je l'ai fait scanner ce matin. Merci pour votre patience.

Patience Kalala

> Le 18 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, il nous manque l'attestation de votre diplôme.""",
        reply(),
        headers={"In-Reply-To": "<pieces-1811.kalala@animafac.net>", "References": "<pieces-1811.kalala@animafac.net>"},
    )),
    # Feature: maghreb — level — ma licence fondamentale en sociologie, Université Mohammed V
    # variety: «ma licence fondamentale en sociologie, Université Mohammed V» = Moroccan French: a licence fondamentale is the three-year LMD licence (bac+3), of July 2025 → meets degree_level → eligible
    N("maghreb", "level", "ma licence fondamentale en sociologie, Université Mohammed V", M(
        "Salma Benjelloun <salma.benjelloun@example.org>", "Candidature Pro'pulse", "02 16:54",
        """Bonjour,

Titulaire de ma licence fondamentale en sociologie, Université Mohammed V de Rabat (juillet 2025), je vis à Montpellier depuis janvier.

J'ai été bénévole deux ans dans une association de soutien scolaire à Salé. J'aimerais trouver un poste de médiatrice ou d'animatrice dans une association ou un centre social.

Bien cordialement,
Salma Benjelloun
06 71 29 44 12""",
        app("Salma", "Benjelloun", phone="+33671294412", bac=3, grad="2025-07", status="licence_fondamentale"),
    )),
    # Feature: maghreb — level — mon diplôme de technicien spécialisé en gestion des entreprises de l'ISTA
    # ambiguous: an OFPPT «technicien spécialisé» is two years after the bac but of open equivalence in France (the abroad conventions leave it «*»)
    # variety: «mon diplôme de technicien spécialisé en gestion des entreprises de l'ISTA» = Moroccan French: the ISTA's technicien spécialisé, level open → degree_level unknown, bac «*» → to verify
    N("maghreb", "level", "mon diplôme de technicien spécialisé en gestion des entreprises de l'ISTA", M(
        "Hamza El Amrani <hamza.elamrani@example.com>", "Inscription", "04 10:30",
        """Salam alikoum,

J'ai eu mon diplôme de technicien spécialisé en gestion des entreprises de l'ISTA de Fès en juillet 2025. Je suis à Nîmes chez mon frère depuis six mois.

Je cherche un travail dans la gestion d'une association ou d'une entreprise d'insertion.

Merci beaucoup,
Hamza El Amrani
+212 6 61 24 80 35""",
        app("Hamza", "El Amrani", phone="+212661248035", bac="*", grad="2025-07", unknown=("degree_level",), status="technicien_specialise_ista"),
    )),
    # Feature: maghreb — situation — je suis en PFE jusqu'au 31 janvier dans un bureau d'études
    # variety: «je suis en PFE jusqu'au 31 janvier dans un bureau d'études» = Tunisian French: the PFE (projet de fin d'études) is the final internship of the engineering school, running after today → fails not_internship and studies_finished → not eligible
    N("maghreb", "situation", "je suis en PFE jusqu'au 31 janvier dans un bureau d'études", M(
        "Yassine Ben Ammar <yassine.benammar@example.net>", "Pro'pulse, candidature", "06 21:47",
        """Bonsoir,

Élève ingénieur en génie de l'environnement (ENIT), je suis en PFE jusqu'au 31 janvier dans un bureau d'études à Toulon, sur le tri des biodéchets.

Après ma soutenance, je veux travailler dans une ressourcerie ou une SCIC de l'environnement. Je préfère m'y prendre à l'avance.

Yassine Ben Ammar
07 19 36 52 40""",
        app("Yassine", "Ben Ammar", phone="+33719365240", bac="*", grad=None, failing=("not_internship", "studies_finished"), status="pfe_31_janvier"),
    )),
    # Feature: maghreb — studies_finished — je serai diplômée inchallah à la mi-décembre
    # variety: «je serai diplômée inchallah à la mi-décembre» = Algerian French: «inchallah» marks a hope: the master's defence is still to come in December → fails studies_finished → not eligible
    N("maghreb", "studies_finished", "je serai diplômée inchallah à la mi-décembre", M(
        "Lina Benali <lina.benali@example.org>", "Candidature", "10 12:05",
        """Bonjour,

Je suis en master 2 de sciences de l'éducation à Alger, je termine à distance depuis Villeurbanne. Il me reste la soutenance : je serai diplômée inchallah à la mi-décembre.

Je voudrais travailler dans l'accompagnement scolaire, dans une association.

Merci d'avance,
Lina Benali""",
        app("Lina", "Benali", phone=None, bac="*", grad=None, failing=("studies_finished",), status="inchallah_mi_decembre"),
    )),
    # Feature: maghreb — graduation — j'ai eu mon master en juin 2026, hamdoulillah
    # variety: «j'ai eu mon master en juin 2026, hamdoulillah» = Algerian French: «hamdoulillah» closes a fact done: the master is obtained in June 2026 → meets graduation_recent → eligible
    N("maghreb", "graduation", "j'ai eu mon master en juin 2026, hamdoulillah", M(
        "Karim Bouzid <karim.bouzid@example.com>", "Candidature - master management des organisations", "11 09:19",
        """Bonjour,

Après beaucoup d'efforts, j'ai eu mon master en juin 2026, hamdoulillah (management des organisations, Université de Tizi Ouzou, puis une année à Paris 8).

Je cherche un poste de chargé de mission dans une mutuelle ou une coopérative. Mon CV est joint.

Cordialement,
Karim Bouzid
06 83 55 20 17""",
        app("Karim", "Bouzid", phone="+33683552017", bac=5, grad="2026-06", status="master_hamdoulillah", info_in="both"),
        cv=CV("pdf", "Karim_Bouzid_CV.pdf", """Karim Bouzid
Master management des organisations — juin 2026
Licence en sciences de gestion — Université de Tizi Ouzou, 2024
Bénévole, Restos du cœur, Saint-Denis, 2025-2026"""),
    )),
    # Feature: maghreb — career_change — j'ai travaillé huit ans comme agent commercial chez un opérateur télécom
    # variety: «j'ai travaillé huit ans comme agent commercial chez un opérateur télécom» = Tunisian French: eight years of sales before the master → fails not_career_change → not eligible
    N("maghreb", "career_change", "j'ai travaillé huit ans comme agent commercial chez un opérateur télécom", M(
        "Sami Gharbi <sami.gharbi@example.net>", "Demande de participation", "13 17:33",
        """Bonjour,

J'ai travaillé huit ans comme agent commercial chez un opérateur télécom à Sfax, puis j'ai fait un master en économie sociale et solidaire à Reims (septembre 2025).

Je souhaite maintenant travailler dans une SCOP ou une association.

Bien à vous,
Sami Gharbi
07 40 26 71 58""",
        app("Sami", "Gharbi", phone="+33740267158", bac=5, grad="2025-09", failing=("not_career_change",), status="agent_commercial_huit_ans"),
    )),
    # Feature: maghreb — kind — la lettre du réseau des jeunes entrepreneurs sociaux du Maghreb
    # variety: «la lettre du réseau des jeunes entrepreneurs sociaux du Maghreb» = a network's letter (events in Tunis, Casablanca and Marseille), no application → kind newsletter
    N("maghreb", "kind", "la lettre du réseau des jeunes entrepreneurs sociaux du Maghreb", M(
        "Réseau Maghreb ESS <news@example.net>", "Notre lettre - novembre 2026", "14 07:45",
        """Voici la lettre du réseau des jeunes entrepreneurs sociaux du Maghreb.

Au programme ce mois-ci :
- Rencontre à Tunis le 5 décembre, coopératives agricoles de femmes ;
- Webinaire depuis Casablanca : financer une association ;
- Journée à Marseille avec les structures d'insertion.

Bonne lecture, et à très bientôt inchallah.""",
        newsletter(),
    )),
    # Feature: maghreb — kind — Message non remis
    # variety: «Message non remis» = our mail to an Oran address bounced, no application → kind bounce
    N("maghreb", "kind", "Message non remis", M(
        "Postmaster <postmaster@example.org>", "Message non remis : Votre demande", "20 15:02",
        """Message non remis.

Votre message n'a pas pu être remis à imene.chaouche@example.org : la boîte aux lettres du destinataire est pleine.""",
        bounce("imene.chaouche@example.org"),
        bounce="Reporting-MTA: dns; mx.example.org\nFinal-Recipient: rfc822; imene.chaouche@example.org\nAction: failed\nStatus: 5.2.2",
    )),
]
