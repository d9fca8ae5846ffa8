# ruff: noqa: E501
"""Batch 9 — roles as nouns (stagiaire, volontaire, alternante, apprenti, vacataire, salarié) and their tense;
who writes (the person, a sister, a friend, a tutor).
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Amandine Rivière <amandine.riviere@example.org>",
    subject="Candidature",
    date="24 10:00",
    body="""Bonjour,

Volontaire en service civique à Unis-Cité jusqu'au 30 juin 2027, je suis titulaire d'un BTS Communication (juin 2025). Je chercherai ensuite un poste de chargée de communication dans une association.

Amandine Rivière
06 26 48 73 91""",
    truth=app("Amandine", "Rivière", phone="+33626487391", bac=2, grad="2025-06", failing=("not_service_civique",), status="base_volontaire_civique"),
)
_b2 = M(
    frm="Florian Dumas <florian.dumas@example.net>",
    subject="Demande d'accompagnement Pro'pulse",
    date="24 14:45",
    body="""Bonjour,

Ancien apprenti dans une SCOP de menuiserie, j'ai obtenu en juillet 2026 mon BTS Systèmes constructifs bois et habitat en apprentissage. Je cherche un poste de conducteur de travaux dans une coopérative du bâtiment.

Florian Dumas
07 15 62 38 94""",
    truth=app("Florian", "Dumas", phone="+33715623894", bac=2, grad="2026-07", status="base_ancien_apprenti"),
)
_b3 = M(
    frm="Zoé Marchand <zoe.marchand@example.com>",
    subject="Pour mon amie Lucie",
    date="25 09:30",
    body="""Bonjour,

Je vous écris pour mon amie Lucie Texier, qui n'ose pas le faire : elle a un master Management des associations (septembre 2025) et elle cherche un emploi de chargée de développement associatif. Son mail : lucie.texier@example.net, son numéro : 06 48 93 25 70.

Zoé""",
    truth=app("Lucie", "Texier", phone="+33648932570", bac=5, grad="2025-09", email="lucie.texier@example.net", forwarded_by="zoe.marchand@example.com", status="base_amie_ecrit"),
)
_b4 = M(
    frm="Mathis Giraud <mathis.giraud@example.org>",
    subject="Pro'pulse",
    date="25 16:20",
    body="""Bonjour,

Je suis vacataire dans une médiathèque municipale depuis septembre, en attendant mieux. J'ai un master Métiers du livre (juin 2026) et je voudrais travailler dans une librairie coopérative ou une association de lecture publique.

Mathis Giraud
06 73 18 56 42""",
    truth=app("Mathis", "Giraud", phone="+33673185642", bac=5, grad="2026-06", status="base_vacataire"),
)
_b5 = M(
    frm="Lina Bourgeois <lina.bourgeois@example.net>",
    subject="candidature Pro'pulse",
    date="26 08:10",
    body="""Bonjour,
Alternante jusqu'en août dernier dans une mutuelle, j'ai obtenu mon master Management de l'économie sociale en septembre 2026. Je cherche un poste de chargée de projets dans une mutuelle ou une association.
Lina Bourgeois 07 82 39 61 45""",
    truth=app("Lina", "Bourgeois", phone="+33782396145", bac=5, grad="2026-09", status="base_alternante_passee"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "tense: «ancienne volontaire» — the service civique is over", body="""Bonjour,

Ancienne volontaire en service civique à Unis-Cité (mission terminée en juin 2026), je suis titulaire d'un BTS Communication (juin 2025). Je cherche maintenant un poste de chargée de communication dans une association.

Amandine Rivière
06 26 48 73 91""",
             truth=app("Amandine", "Rivière", phone="+33626487391", bac=2, grad="2025-06", status="ancienne_volontaire")),
        edit(_b1, "same meaning: «ma mission ne se terminera qu'en juin 2027» (ne… que, future)", body="""Bonjour,

Ma mission de service civique à Unis-Cité ne se terminera qu'au 30 juin 2027 ; je suis titulaire d'un BTS Communication (juin 2025). Je chercherai ensuite un poste de chargée de communication dans une association.

Amandine Rivière
06 26 48 73 91""",
             truth=app("Amandine", "Rivière", phone="+33626487391", bac=2, grad="2025-06", failing=("not_service_civique",), status="paraphrase_ne_que_futur_civique")),
    )),
    Group(_b2, (
        edit(_b2, "tense: still an apprentice, BTS in progress until July 2027", body="""Bonjour,

Apprenti dans une SCOP de menuiserie, je prépare en apprentissage mon BTS Systèmes constructifs bois et habitat, que je passerai en juillet 2027. Je cherche ensuite un poste de conducteur de travaux dans une coopérative du bâtiment.

Florian Dumas
07 15 62 38 94""",
             truth=app("Florian", "Dumas", phone="+33715623894", bac="*", grad=None, failing=("studies_finished",), status="apprenti_en_cours")),
        edit(_b2, "aim: a large private construction group", body="""Bonjour,

Ancien apprenti dans une SCOP de menuiserie, j'ai obtenu en juillet 2026 mon BTS Systèmes constructifs bois et habitat en apprentissage. Je cherche un poste de conducteur de travaux dans un grand groupe privé du BTP.

Florian Dumas
07 15 62 38 94""",
             truth=app("Florian", "Dumas", phone="+33715623894", bac=2, grad="2026-07", failing=("job_seeking_ess",), status="aim_grand_groupe_btp")),
    )),
    Group(_b3, (
        edit(_b3, "writer: Lucie herself", frm="Lucie Texier <lucie.texier@example.net>", subject="Ma candidature", body="""Bonjour,

Mon amie Zoé m'a poussée à vous écrire : j'ai un master Management des associations (septembre 2025) et je cherche un emploi de chargée de développement associatif. Mon numéro : 06 48 93 25 70.

Lucie Texier""",
             truth=app("Lucie", "Texier", phone="+33648932570", bac=5, grad="2025-09", status="lucie_elle_meme")),
        edit(_b3, "career: Lucie leaves ten years as a nurse (career change), friend still writing", body="""Bonjour,

Je vous écris pour mon amie Lucie Texier, qui n'ose pas le faire : infirmière depuis dix ans, elle a repris un master Management des associations (septembre 2025) pour changer de métier et elle cherche un emploi de chargée de développement associatif. Son mail : lucie.texier@example.net, son numéro : 06 48 93 25 70.

Zoé""",
             truth=app("Lucie", "Texier", phone="+33648932570", bac=5, grad="2025-09", failing=("not_career_change",), email="lucie.texier@example.net", forwarded_by="zoe.marchand@example.com", status="amie_ecrit_reconversion_infirmiere")),
    )),
    Group(_b4, (
        edit(_b4, "role: stagiaire at the library since September (current internship)", body="""Bonjour,

Je suis stagiaire dans une médiathèque municipale depuis septembre, pour six mois. J'ai un master Métiers du livre (juin 2026) et je voudrais travailler ensuite dans une librairie coopérative ou une association de lecture publique.

Mathis Giraud
06 73 18 56 42""",
             truth=app("Mathis", "Giraud", phone="+33673185642", bac=5, grad="2026-06", failing=("not_internship",), status="stagiaire_mediatheque")),
        edit(_b4, "same meaning: coordination «et» of job and aim, inverted", body="""Bonjour,

Une librairie coopérative ou une association de lecture publique, c'est là que je voudrais travailler ; en attendant, je suis vacataire dans une médiathèque municipale depuis septembre et j'ai un master Métiers du livre (juin 2026).

Mathis Giraud
06 73 18 56 42""",
             truth=app("Mathis", "Giraud", phone="+33673185642", bac=5, grad="2026-06", status="paraphrase_inversion_vacataire")),
    )),
    Group(_b5, (
        edit(_b5, "tense: still an alternante, master to be awarded in September 2027", body="""Bonjour,
Alternante dans une mutuelle jusqu'en août 2027, je prépare mon master Management de l'économie sociale (diplôme en septembre 2027). Je chercherai ensuite un poste de chargée de projets dans une mutuelle ou une association.
Lina Bourgeois 07 82 39 61 45""",
             truth=app("Lina", "Bourgeois", phone="+33782396145", bac="*", grad=None, failing=("studies_finished",), status="alternante_en_cours")),
        edit(_b5, "level: the alternance led to a licence pro (bac+3), same date", body="""Bonjour,
Alternante jusqu'en août dernier dans une mutuelle, j'ai obtenu ma licence professionnelle Gestion des organisations de l'économie sociale en septembre 2026. Je cherche un poste de chargée de projets dans une mutuelle ou une association.
Lina Bourgeois 07 82 39 61 45""",
             truth=app("Lina", "Bourgeois", phone="+33782396145", bac=3, grad="2026-09", status="licence_pro_au_lieu_de_master")),
    )),
]
