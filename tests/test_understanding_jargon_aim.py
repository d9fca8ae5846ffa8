"""Classes of mistakes found on the jargon corpus (tuned on at stop 30) for the ESS aim, the kind and the
names as institutions write them: the ESS's structure types named by their acronyms (SIAE, ACI, ETTI, AI, EA,
ESAT, CAE, GEIQ, PTCE, CRESS, an agrément ESUS); the ESS said optional after its name («associatif ou
pas»); an adviser's «projet :» field after the sentence's other fields; a liaison sheet's rows naming the
person referred («Nom : / Prénom :», «Jeune orienté : …»); a compound surname joined by a particle
(«Kouyaté-Le Gall»); a surname in capitals the model cut short; a partner writing from its ACI. Each test
states the class in a phrasing of its own (not the corpus's), in French and, where the meaning exists there,
in English."""

from __future__ import annotations

import pytest
from reading_day import extracted, names, status

FR_DEGREE = "J'ai un BTS Gestion de la PME depuis juin 2026."
EN_DEGREE = "I hold a bachelor's degree in sociology since June 2026."


def _aim(text: str) -> str:
    """The ESS criterion of a graduate who writes `text` (English unless it starts as French does)."""
    degree = FR_DEGREE if text.startswith(("Je ", "J'", "Mon ")) else EN_DEGREE
    return status(extracted(f"{degree}\n{text}"), "job_seeking_ess")


# ------------------------------------------------------------------- the ESS's structure types by acronym


@pytest.mark.parametrize(
    "aim",
    [
        "Je cherche un poste d'éducateur technique dans un ESAT près de Dijon.",
        "Mon objectif : rejoindre une SIAE comme accompagnatrice socio-professionnelle.",
        "Je voudrais devenir conseiller emploi dans une ETTI ou une AI du Nord.",
        "J'aimerais travailler pour un GEIQ du bâtiment ou une CAE.",
        "Je postule dans les ACI de la région, sur l'encadrement technique.",
        "Je vise un premier poste dans une EA qui fait de la logistique.",
        "Je cherche un emploi de chargée de mission dans un PTCE.",
        "I am looking for a job in an ESAT, in the workshop team.",
    ],
)
def test_a_structure_type_of_the_ess_named_by_its_acronym_is_an_ess_aim(aim: str) -> None:
    assert _aim(aim) == "met"


@pytest.mark.parametrize(
    "aim",
    [
        "Je cherche un poste de comptable dans une entreprise agréée ESUS.",
        "I'd like to work for an ESUS-certified company in Lille.",
    ],
)
def test_an_employer_holding_the_agrement_esus_is_an_ess_aim(aim: str) -> None:
    assert _aim(aim) == "met"


# ------------------------------------------------------------------- the ESS said optional after its name


@pytest.mark.parametrize(
    "aim",
    [
        "Je cherche un poste d'animatrice dans un centre social, associatif ou non.",
        "Je voudrais travailler dans une coopérative ou pas, tant que le métier me plaît.",
        "I'm looking for a role at a co-op, non-profit or not, as long as the pay is fair.",
    ],
)
def test_an_ess_name_followed_by_its_own_negation_leaves_the_aim_open(aim: str) -> None:
    assert _aim(aim) == "unknown"


# ------------------------------------------------------------------- an adviser's «projet :» mid-sentence


def test_an_advisers_project_field_after_other_fields_is_the_aim() -> None:
    result = extracted(
        "Bonjour,\nDans le cadre du PLIE, je vous adresse M. Hugo Lenoir, licence AES (juin 2025), projet : "
        "encadrant dans un chantier d'insertion.\nTél. 06 21 43 65 87.\n\nClaire Dumas\nRéférente PLIE",
        from_name="Claire Dumas",
        from_addr="c.dumas@plie-vesoul.example.fr",
    )
    assert status(result, "job_seeking_ess") == "met"


# ------------------------------------------------------------------- a liaison sheet's rows


def test_a_liaison_sheets_name_rows_name_the_person_referred() -> None:
    result = extracted(
        "Bonjour,\nJe vous oriente une jeune que je suis en PACEA.\n\nFICHE DE LIAISON\nNom : TRAORÉ\n"
        "Prénom : Awa\nTél. : 06 55 14 23 87\nMail : awa.traore@example.com\nDiplôme : BTS SP3S (juin 2025)\n"
        "Projet : emploi dans une association d'aide à domicile\n\n"
        "Marc Vidal\nConseiller en insertion professionnelle",
        from_name="Marc Vidal",
        from_addr="m.vidal@mission-locale-sens.example.fr",
    )
    assert names(result) == ("Awa", "Traoré")


def test_a_liaison_sheet_naming_the_young_person_referred_is_a_referral() -> None:
    result = extracted(
        "Bonjour,\n\nFiche de liaison\nJeune orienté : Théo MARCHAND, 24 ans\n"
        "Tél. : 06 12 34 56 78 / theo.marchand@example.com\nDiplôme : licence AES, juin 2025\n"
        "Projet : emploi dans une coopérative de commerce équitable.\n\nJulie Roux, conseillère",
        subject="Fiche de liaison - M. MARCHAND",
        from_name="Julie Roux - ML Auxerre",
        from_addr="j.roux@ml-auxerre.example.org",
    )
    assert names(result) == ("Théo", "Marchand")
    assert result["applicant"]["email"] == "theo.marchand@example.com"
    assert result["situation"]["forwarded_by"] == "j.roux@ml-auxerre.example.org"


# ------------------------------------------------------------------- whole surnames


def test_a_surname_joined_to_a_particle_by_a_hyphen_goes_on_into_the_next_word() -> None:
    result = extracted(
        f"{FR_DEGREE}\nJe cherche un emploi dans une association.\n\nSolène Diabaté-Le Bris\n06 44 12 98 70",
        from_name="Solène Diabaté-Le Bris",
        from_addr="solene.dlb@example.org",
    )
    assert names(result) == ("Solène", "Diabaté-Le Bris")


def test_a_surname_in_capitals_cut_short_by_the_model_is_read_whole() -> None:
    result = extracted(
        "Bonjour,\nJe vous oriente Mathis VAN DER BERG, 23 ans, titulaire d'un BTS MCO (juin 2025). "
        "Il cherche un emploi dans une ressourcerie associative.\nContact : 06 71 20 33 45.\n\n"
        "Inès Bardot\nConseillère Mission locale",
        from_name="Inès Bardot",
        from_addr="i.bardot@missionlocale-macon.example.fr",
    )
    assert [n.casefold() for n in names(result)] == ["mathis", "van der berg"]


# ------------------------------------------------------------------- a partner writing from its structure


def test_a_partner_writing_from_its_ess_structure_is_not_an_application() -> None:
    result = extracted(
        "Bonjour,\nNotre ACI de maraîchage cherche à faire connaître le métier d'encadrant technique aux "
        "jeunes diplômés. Nous pourrions animer un atelier lors d'une session Pro'pulse.\nBelle journée,\n"
        "Hélène Morin, directrice",
        subject="Proposition : atelier métiers",
        from_name="Jardins du Val",
        from_addr="contact@jardinsduval.example.net",
    )
    assert result["kind"] == "other"
