"""Identities corpus, batch 07 (writer B): phones (a Guyane mobile 0694, a Mayotte 0639, a Tunisian +216, a
Toronto number in US format written in English, an Ivorian +225 of ten digits, a dashed mobile beside her
father's landline, a number said in words; a question on being called abroad, a voicemail notice),
addresses_in_body («répondez-moi sur ma nouvelle adresse», «(arobase) … (point)», a university address
closing in December and a personal one, a Reply-To, a signature address while the From's firm address
closes, an address in a P.S.; a reply in our thread giving a new address, a university's notice on student
addresses), names_of_the_world («Büşra Çelik», «Ainhoa Goñi», «Rita Abou Jaoudé», «Jean-Wesly Désir»,
«Małgorzata Wiśniewska» in English, «Affoué N'Guessan»; a question on a cedilla the form refuses, a
Franco-Lebanese association's letter)."""
# ruff: noqa: E501

from __future__ import annotations

from identities import N
from kit import CV, M, app, newsletter, other, question, reply

MESSAGES = [
    # Feature: phones — level — 0694 20 41 77
    # route: a Guyane mobile «0694 20 41 77» in the signature (+594), name in the From and the signature; a BTS of 2025 and an association of Cayenne sought → application; bac+2 of 2025, ESS aim → eligible
    N("phones", "level", "0694 20 41 77", M(
        "Kévin Abchée <kevin.abchee973@gmail.com>",
        "Candidature depuis Cayenne",
        "02 13:30",
        """Bonjour,

J'ai obtenu mon BTS gestion de la PME en juin 2025 au lycée Félix-Éboué de Cayenne. Je cherche un poste administratif dans une association d'insertion ou de protection de la nature en Guyane, ou en métropole si besoin.

Je suis joignable surtout par téléphone, le réseau internet est capricieux chez moi.

Kévin Abchée
0694 20 41 77""",
        app("Kévin", "Abchée", phone="+594694204177", bac=2, grad="2025-06", status="b_ph_guyane_0694"),
    )),
    # Feature: phones — graduation — 06 39 27 15 84
    # route: a Mayotte mobile «06 39 27 15 84» in the body (0639: +262), Comorian name in the From and signature; a licence of June 2026 and an association of Mamoudzou sought → application; bac+3 of 2026, ESS aim → eligible
    N("phones", "graduation", "06 39 27 15 84", M(
        "Anrifa Soilihi <anrifa.soilihi@outlook.fr>",
        "Demande d'accompagnement – Mayotte",
        "03 08:05",
        """Bonjour,

J'ai terminé ma licence d'administration économique et sociale en juin 2026 au centre universitaire de Dembéni. Je voudrais travailler dans une association d'accès aux droits à Mamoudzou.

Vous pouvez m'appeler au 06 39 27 15 84 (heure de Mayotte, deux heures de plus qu'à Paris).

Anrifa Soilihi""",
        app("Anrifa", "Soilihi", phone="+262639271584", bac=3, grad="2026-06", status="b_ph_mayotte_0639"),
    )),
    # Feature: phones — career_change — +216 22 345 678
    # route: a Tunisian mobile «+216 22 345 678» in the signature, name in the From and signature; a master of 2025 taken after «six ans comme ingénieur commercial», said as a change of trade → application; career change → not eligible
    N("phones", "career_change", "+216 22 345 678", M(
        "Sami Trabelsi <sami.trabelsi@gmail.com>",
        "Candidature – reconversion ESS",
        "04 17:50",
        """Bonjour,

Après six ans comme ingénieur commercial à Tunis, j'ai décidé de changer de métier et j'ai repris un master management de l'ESS à Montpellier, obtenu en septembre 2025. Je rentre en France en janvier et je cherche un poste de chargé de développement dans une coopérative.

Sami Trabelsi
+216 22 345 678""",
        app("Sami", "Trabelsi", phone="+21622345678", bac=5, grad="2025-09", failing=("not_career_change",), status="b_ph_tunisie_216"),
    )),
    # Feature: phones — studies_finished — +1 (416) 555-0187
    # ambiguous: «I should graduate this winter» and «my last term is done»: whether the degree is conferred is not said
    # route: English, a Toronto number in US format «+1 (416) 555-0187» in the signature, name in the From and signature; a BSW whose last term is over, the convocation to come → application (en); studies open → to verify
    N("phones", "studies_finished", "+1 (416) 555-0187", M(
        "Chloe Tremblay-Nash <chloe.tremblaynash@gmail.com>",
        "Application from Toronto",
        "05 22:10",
        """Hello,

I am finishing a Bachelor of Social Work at Toronto Metropolitan University: my last term is done and I should graduate this winter, though the date of convocation is not set. I am moving to Bordeaux in March with my partner and would love to work for a French non-profit in housing or youth work.

Best,
Chloe Tremblay-Nash
+1 (416) 555-0187""",
        app("Chloe", "Tremblay-Nash", phone="+14165550187", bac=3, grad=None, unknown=("studies_finished",), language="en", status="b_ph_toronto_us_format"),
    )),
    # Feature: phones — aim — +225 07 08 12 34 56
    # route: an Ivorian mobile «+225 07 08 12 34 56» (ten digits) in the body, name in the From and signature; a master of finance of 2025 and only «une banque d'affaires» sought → application; no ESS aim → not eligible
    N("phones", "aim", "+225 07 08 12 34 56", M(
        "Yao Kouassi <yao.kouassi@yahoo.fr>",
        "Candidature",
        "06 11:25",
        """Bonjour,

Titulaire d'un master finance d'entreprise obtenu en juillet 2025 à Clermont-Ferrand, je suis rentré à Abidjan pour quelques mois. Je cherche un poste d'analyste dans une banque d'affaires, en France de préférence. Mon numéro ivoirien : +225 07 08 12 34 56.

Yao Kouassi""",
        app("Yao", "Kouassi", phone="+2250708123456", bac=5, grad="2025-07", failing=("job_seeking_ess",), status="b_ph_cote_ivoire_225"),
    )),
    # Feature: phones — situation — 06-44-81-27-03
    # route: two numbers, her dashed mobile «06-44-81-27-03» and her father's landline «02 98 …» given as a fallback (the label is hers); a licence pro of 2026 and a service civique over in October, a SCIC sought → application; service civique over, bac+3 of 2026, ESS aim → eligible
    N("phones", "situation", "06-44-81-27-03", M(
        "Lou Guillou <lou.guillou29@laposte.net>",
        "Candidature Pro'pulse – Brest",
        "07 15:40",
        """Bonjour,

Licence professionnelle coordination de projets de développement social obtenue en juin 2026 à Brest. Mon service civique dans une recyclerie s'est terminé le 15 octobre. J'aimerais travailler dans une SCIC du pays de Brest.

Mon portable : 06-44-81-27-03. Si je ne réponds pas, vous pouvez laisser un message chez mon père au 02 98 41 06 52.

Lou Guillou""",
        app("Lou", "Guillou", phone="+33644812703", bac=3, grad="2026-06", status="b_ph_deux_numeros_tirets"),
    )),
    # Feature: phones — career_change — zéro six, soixante-dix-sept
    # ambiguous: «quelques années à travailler» before the BTS, no trade named: a career change or student jobs, open
    # route: the mobile in digits then spelt out in words «zéro six, soixante-dix-sept, …» in the body; a BTS of 2026 after «quelques années à travailler», a jardin d'insertion sought → application; career change open → to verify
    N("phones", "career_change", "zéro six, soixante-dix-sept", M(
        "Jérémy Pons <jeremy.pons@free.fr>",
        "candidature",
        "08 19:05",
        """Bonjour,

J'ai passé quelques années à travailler après le bac, puis j'ai repris un BTSA gestion et protection de la nature, obtenu en juillet 2026 à Montpellier. Je voudrais être encadrant technique dans un jardin d'insertion.

Mon numéro : 06 77 42 18 05, soit zéro six, soixante-dix-sept, quarante-deux, dix-huit, zéro cinq (on me le note souvent de travers au téléphone).

Jérémy Pons""",
        app("Jérémy", "Pons", phone="+33677421805", bac=2, grad="2026-07", unknown=("not_career_change",), status="b_ph_numero_en_lettres"),
    )),
    # Feature: phones — kind — sur un numéro suisse
    # route: a general question on being called abroad for the interview, no facts of the writer's own → question
    N("phones", "kind", "sur un numéro suisse", M(
        "marc.andrey@bluewin.example.com",
        "Entretien par téléphone ?",
        "09 09:30",
        """Bonjour,

Les entretiens peuvent-ils se faire par téléphone sur un numéro suisse, ou faut-il un numéro français ? Et proposez-vous la visio ?

Merci,
Marc""",
        question(),
    )),
    # Feature: phones — kind — Vous avez reçu un nouveau message vocal
    # route: a telephony service's voicemail notice with the caller's number, sent to our mailbox → other
    N("phones", "kind", "Vous avez reçu un nouveau message vocal", M(
        "Messagerie vocale <messagerie@standard-asso.example.org>",
        "Nouveau message vocal de 05 56 12 40 88",
        "10 12:02",
        """Vous avez reçu un nouveau message vocal.

Appelant : 05 56 12 40 88
Durée : 0 min 42 s
Reçu le : 10/11/2026 à 11:58

Écoutez-le depuis votre espace en ligne.""",
        other(),
    )),
    # Feature: addresses_in_body — graduation — répondez-moi sur ma nouvelle adresse
    # route: the From is her old address, «répondez-moi sur ma nouvelle adresse : emma.chevalier.pro@gmail.com» in the body (the label's email); a master of June 2025 and a mutuelle sought → application; bac+5 of 2025, ESS aim → eligible
    N("addresses_in_body", "graduation", "répondez-moi sur ma nouvelle adresse", M(
        "Emma Chevalier <emmachevalier1999@hotmail.fr>",
        "Candidature – master RH",
        "10 18:20",
        """Bonjour,

J'ai obtenu en juin 2025 un master gestion des ressources humaines à l'IAE de Tours. Je souhaite rejoindre le service RH d'une mutuelle ou d'une grande association.

Je n'utilise presque plus cette boîte : répondez-moi sur ma nouvelle adresse, emma.chevalier.pro@gmail.com.

Emma Chevalier
07 51 36 22 08""",
        app("Emma", "Chevalier", phone="+33751362208", bac=5, grad="2025-06", email="emma.chevalier.pro@gmail.com", status="b_ad_nouvelle_adresse"),
    )),
    # Feature: addresses_in_body — studies_finished — bastien (point) roux (arobase) gmail (point) com
    # route: an obfuscated address «bastien (point) roux (arobase) gmail (point) com» in the body (decoded for the label), the From a gaming address; a BUT in its third year, «diplôme en juin prochain» → application; studies running → not eligible
    N("addresses_in_body", "studies_finished", "bastien (point) roux (arobase) gmail (point) com", M(
        "xXbastXx <darkbast63@outlook.fr>",
        "question inscription",
        "11 23:14",
        """Bonjour,

Je suis en troisième année de BUT carrières sociales à Clermont, diplôme en juin prochain. Je voudrais m'inscrire dès maintenant pour trouver un poste dans une association de prévention.

Pour me répondre, utilisez plutôt bastien (point) roux (arobase) gmail (point) com, c'est mon adresse sérieuse.

Bastien Roux""",
        app("Bastien", "Roux", phone=None, bac="*", grad=None, failing=("studies_finished",), email="bastien.roux@gmail.com", status="b_ad_adresse_obfusquee"),
    )),
    # Feature: addresses_in_body — level — mon adresse étudiante sera fermée
    # route: the From is a university address that «sera fermée le 31 décembre», a personal one given in the body (the label's email); a DUT of 2025 and a licence of 2026 (bac+3), an association sought → application; bac+3 of 2026, ESS aim → eligible
    N("addresses_in_body", "level", "mon adresse étudiante sera fermée", M(
        "Manon Blanc <manon.blanc@etu.univ-grenoble.example.fr>",
        "Candidature Pro'pulse",
        "12 10:45",
        """Bonjour,

Après un DUT information-communication (2025), j'ai obtenu une licence professionnelle communication des organisations de l'ESS en juin 2026 à Grenoble. Je cherche un poste de chargée de communication dans une association ou une fédération.

Attention, mon adresse étudiante sera fermée le 31 décembre : merci d'écrire à manon.blanc38@laposte.net.

Manon Blanc""",
        app("Manon", "Blanc", phone=None, bac=3, grad="2026-06", email="manon.blanc38@laposte.net", status="b_ad_adresse_etudiante_fermee"),
    )),
    # Feature: addresses_in_body — career_change — je l'ai mise en adresse de réponse
    # route: a Reply-To header to her personal address (the label's email), the From her employer's address; a master of 2026 taken after «neuf ans de comptabilité en cabinet», said as a new trade → application; career change → not eligible
    N("addresses_in_body", "career_change", "je l'ai mise en adresse de réponse", M(
        "Hélène Caron <h.caron@cabinet-audit-rouen.example.fr>",
        "Candidature – reconversion",
        "13 12:30",
        """Bonjour,

Après neuf ans de comptabilité en cabinet, j'ai voulu changer de métier : j'ai obtenu en septembre 2026 un master en management des associations à Rouen. Je cherche un poste de directrice administrative dans une association.

Les réponses arriveront sur mon adresse personnelle (je l'ai mise en adresse de réponse).

Hélène Caron""",
        app("Hélène", "Caron", phone=None, bac=5, grad="2026-09", failing=("not_career_change",), email="helene.caron76@orange.fr", status="b_ad_reply_to_perso"),
        headers={"Reply-To": "Hélène Caron <helene.caron76@orange.fr>"},
    )),
    # Feature: addresses_in_body — situation — utilisez celle de ma signature
    # ambiguous: a service civique «depuis le printemps» with no end said: running or over, open
    # route: the From is her cabinet's address that closes, «utilisez celle de ma signature» with a personal address under her name (the label's email); a licence of 2025 and a service civique with no end → application; service civique open → to verify
    N("addresses_in_body", "situation", "utilisez celle de ma signature", M(
        "Ludivine Marchal <l.marchal@avocats-dijon.example.fr>",
        "Candidature",
        "14 09:12",
        """Bonjour,

J'écris depuis l'adresse du cabinet où j'ai fait un remplacement d'accueil, qui sera désactivée la semaine prochaine : utilisez celle de ma signature.

J'ai une licence de droit obtenue en juin 2025 à Dijon et je fais un service civique dans une association d'accès au droit depuis le printemps. Je voudrais y rester dans le secteur associatif.

Ludivine Marchal
ludivine.marchal@gmail.com""",
        app("Ludivine", "Marchal", phone=None, bac=3, grad="2025-06", unknown=("not_service_civique",), email="ludivine.marchal@gmail.com", status="b_ad_adresse_signature"),
    )),
    # Feature: addresses_in_body — aim — P.S. : pour la suite
    # route: a P.S. «pour la suite, écrivez-moi à …» with another address (the label's email), the From a family address; a BTS of 2025 and a Fab Lab associatif sought → application; bac+2 of 2025, ESS aim → eligible
    N("addresses_in_body", "aim", "P.S. : pour la suite", M(
        "Famille Bouvier <bouvier.famille@wanadoo.fr>",
        "Candidature Enzo Bouvier",
        "15 20:35",
        """Bonjour,

Je m'appelle Enzo Bouvier. J'ai eu mon BTS conception des produits industriels en juin 2025 à Rouen et je voudrais travailler comme fabmanager dans un Fab Lab associatif.

Merci d'avance,
Enzo

P.S. : pour la suite, écrivez-moi à enzo.bouvier.fab@gmail.com, l'adresse de mes parents est relevée rarement.""",
        app("Enzo", "Bouvier", phone=None, bac=2, grad="2025-06", email="enzo.bouvier.fab@gmail.com", status="b_ad_post_scriptum"),
    )),
    # Feature: addresses_in_body — kind — ma nouvelle adresse mail
    # route: an answer in our thread (In-Reply-To our mail) giving a new address to use → reply
    N("addresses_in_body", "kind", "ma nouvelle adresse mail", M(
        "Yanis Ferhat <yferhat@etu.univ-tours.example.fr>",
        "Re: Votre dossier Pro'pulse",
        "16 13:50",
        """Bonjour,

Merci pour votre message. Pour la suite du dossier, voici ma nouvelle adresse mail : yanis.ferhat37@gmail.com (l'adresse de la fac va fermer).

Yanis

Le 15/11/2026 à 09:15, Pro'pulse a écrit :
> Votre dossier est complet, nous revenons vers vous sous quinze jours.""",
        reply(),
        headers={"In-Reply-To": "<dossier-1511.yf@animafac.net>", "References": "<dossier-1511.yf@animafac.net>"},
    )),
    # Feature: addresses_in_body — kind — fermeture des adresses étudiantes
    # route: a university's notice to its partners about student addresses closing, no applicant → other
    N("addresses_in_body", "kind", "fermeture des adresses étudiantes", M(
        "DSI Université de Tours <dsi-communication@univ-tours.example.fr>",
        "Information partenaires : fermeture des adresses étudiantes",
        "17 08:00",
        """Madame, Monsieur,

Nous informons nos partenaires de la fermeture des adresses étudiantes des diplômés 2026 au 31 décembre. Pensez à demander à vos contacts une adresse personnelle.

La direction du numérique""",
        other(),
    )),
    # Feature: names_of_the_world — graduation — Büşra Çelik
    # route: a Turkish name with its letters «Büşra Çelik» in the signature, «busra.celik» in the address; a master of July 2025 and an association for migrant women sought → application; bac+5 of 2025, ESS aim → eligible
    N("names_of_the_world", "graduation", "Büşra Çelik", M(
        "Busra Celik <busra.celik@gmail.com>",
        "Candidature – master sociologie",
        "17 14:20",
        """Bonjour,

J'ai obtenu mon master de sociologie en juillet 2025 à l'université de Bourgogne. Je cherche un poste de médiatrice dans une association d'accompagnement des femmes migrantes à Dijon.

Bien cordialement,
Büşra Çelik
06 85 20 73 41""",
        app("Büşra", "Çelik", phone="+33685207341", bac=5, grad="2025-07", status="b_nw_busra_celik"),
    )),
    # Feature: names_of_the_world — level — Ainhoa Goñi
    # route: a Basque name with its tilde «Ainhoa Goñi» in the signature and the attached CV; a BTS of 2026 and a Basque-language association sought → application; bac+2 of 2026, ESS aim → eligible
    N("names_of_the_world", "level", "Ainhoa Goñi", M(
        "Ainhoa Goni <ainhoa.goni64@gmail.com>",
        "Candidature",
        "18 11:10",
        """Egun on, bonjour,

J'ai obtenu mon BTS communication en juin 2026 à Bayonne. Je voudrais travailler dans une association culturelle ou une ikastola associative du Pays basque. Je joins mon CV.

Ainhoa Goñi""",
        app("Ainhoa", "Goñi", phone="+33659107722", bac=2, grad="2026-06", status="b_nw_ainhoa_goni"),
        cv=CV("odt", "CV Ainhoa Goñi.odt", """Ainhoa Goñi
06 59 10 77 22 – ainhoa.goni64@gmail.com
BTS communication, lycée de Bayonne (2024–2026)
Langues : basque, espagnol, français, anglais
Bénévole dans une association de danse basque"""),
    )),
    # Feature: names_of_the_world — graduation — Rita Abou Jaoudé
    # route: a Lebanese name with a particle and an accent «Rita Abou Jaoudé» in the signature; a master of June 2023 → application; diploma more than two years old → not eligible
    N("names_of_the_world", "graduation", "Rita Abou Jaoudé", M(
        "Rita Abou Jaoude <rita.aboujaoude@hotmail.fr>",
        "Candidature Pro'pulse",
        "19 16:55",
        """Bonjour,

J'ai obtenu un master en gestion de projets humanitaires en juin 2023 à l'université Saint-Joseph de Beyrouth, et je vis à Montpellier depuis un an. Je cherche un poste dans une ONG ou une association de solidarité internationale.

Rita Abou Jaoudé""",
        app("Rita", "Abou Jaoudé", phone=None, bac=5, grad="2023-06", failing=("graduation_recent",), status="b_nw_rita_abou_jaoude"),
    )),
    # Feature: names_of_the_world — situation — Jean-Wesly Désir
    # ambiguous: «je fais un stage» with no end date: running after November or about to end, open
    # route: a Haitian name «Jean-Wesly Désir» in the From and signature; a licence of 2025 and a stage in an association whose end is not said → application; internship open → to verify
    N("names_of_the_world", "situation", "Jean-Wesly Désir", M(
        "Jean-Wesly Désir <jw.desir@gmail.com>",
        "Demande d'accompagnement",
        "20 10:30",
        """Bonjour,

Je suis arrivé d'Haïti il y a trois ans. J'ai obtenu une licence de sciences de l'éducation à Rouen en juin 2025 et je fais un stage dans une association de soutien scolaire. Je voudrais ensuite y trouver un emploi, ou dans une autre association éducative.

Merci,
Jean-Wesly Désir""",
        app("Jean-Wesly", "Désir", phone=None, bac=3, grad="2025-06", unknown=("not_internship",), status="b_nw_jean_wesly_desir"),
    )),
    # Feature: names_of_the_world — studies_finished — Małgorzata Wiśniewska
    # route: English, a Polish name with its letters «Małgorzata Wiśniewska» in the signature, «Gosia» in passing; a Master's whose «thesis defence is in February» → application (en); studies running → not eligible
    N("names_of_the_world", "studies_finished", "Małgorzata Wiśniewska", M(
        "Malgorzata Wisniewska <m.wisniewska@gmail.com>",
        "Application – Erasmus student in Grenoble",
        "21 18:15",
        """Hello,

I am a Polish student in the second year of a Master's in environmental sciences, finishing my Erasmus in Grenoble; my thesis defence is in February in Wrocław. I would like to stay in France and work for an environmental association.

Best regards,
Małgorzata Wiśniewska (Gosia for friends)""",
        app("Małgorzata", "Wiśniewska", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="b_nw_malgorzata_english"),
    )),
    # Feature: names_of_the_world — situation — Affoué N'Guessan
    # route: an Ivorian name with an apostrophe «Affoué N'Guessan» in the signature; a master of 2026 and a service civique «jusqu'en mai 2027» → application; service civique running → not eligible
    N("names_of_the_world", "situation", "Affoué N'Guessan", M(
        "Affoue N'Guessan <affoue.nguessan@yahoo.fr>",
        "Candidature",
        "22 12:40",
        """Bonjour,

Après mon master de santé publique (Bordeaux, juin 2026), je suis en service civique jusqu'en mai 2027 dans une association de prévention. J'aimerais préparer mon premier emploi dans le même secteur.

Affoué N'Guessan""",
        app("Affoué", "N'Guessan", phone=None, bac=5, grad="2026-06", failing=("not_service_civique",), status="b_nw_affoue_nguessan"),
    )),
    # Feature: names_of_the_world — kind — refuse le «ğ» de mon nom
    # route: a question on the form refusing a letter of the writer's name, no facts of her own → question
    N("names_of_the_world", "kind", "refuse le «ğ» de mon nom", M(
        "Ayşegül Doğan <aysegul.dogan@gmail.com>",
        "Problème de formulaire",
        "23 10:05",
        """Bonjour,

Votre formulaire en ligne refuse le «ğ» de mon nom. Dois-je l'écrire avec un g simple ? Cela posera-t-il problème si mes documents portent l'autre orthographe ?

Merci.""",
        question(),
    )),
    # Feature: names_of_the_world — kind — Portraits du mois
    # route: a Franco-Lebanese association's monthly letter with portraits (List-Unsubscribe, Precedence: bulk) → newsletter
    N("names_of_the_world", "kind", "Portraits du mois", M(
        "Association Cèdres et Garonne <lettre@cedres-garonne.example.org>",
        "La lettre de Cèdres et Garonne – novembre",
        "24 07:15",
        """La lettre de Cèdres et Garonne – novembre

Portraits du mois : Joëlle Khalil-Haddad, cheffe à Bordeaux ; Élie Saadé, bénévole à la banque alimentaire
Soirée conte le 6 décembre

Pour vous désinscrire, suivez le lien en bas de page.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cedres-garonne.example.org/desinscription>", "Precedence": "bulk"},
    )),
]
