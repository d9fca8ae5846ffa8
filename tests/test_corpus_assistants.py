"""The assistants corpus (tests/corpus/assistants): it was written by its own method — DRAFTED BY A MACHINE OR
A TEMPLATE FIRST. Every message is given first the tool or template that drafted or shaped it, chosen from a
grid of twelve — a chat assistant's cover letter, a draft with its slots unfilled, the person's prompt or the
assistant's preamble pasted in, a rough note and its «improved» version, raw markdown, a job site's letter
template barely adapted, a form builder's notification, a register rewritten by a tool, the mail client's own
assistant, an AI agent writing on the person's behalf, the same tools in English, other mail that machines
drafted — and the deciding fact is carried through what that tool does to a person's facts (it smooths,
generalises, embellishes, nominalises, leaves slots, adds its preamble, structures in markdown). The label
follows what the person means about themselves; the tool's stock words, slots, preambles and marks are
nobody's facts. Its truth says which tool and which fact; above each message a `# route:` comment says the
tool, where the fact sits, the kind and the decision.

Tuned on since stop 47, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's: the grid fixed with a rule per tool, the counts and balance its writers set, and each tool's marks
really standing in its mails (a slot in a draft left unfilled, markdown in a raw output, a prompt or a
preamble, two versions, a form's fields or boxes, a template's stock words, a client assistant's mark, an
agent speaking for someone)."""

from __future__ import annotations

import re
from pathlib import Path

from corpus_checks import assert_rebuilt_byte_for_byte
from corpus_method import (
    ENGLISH_FUNCTION_WORDS,
    MethodCorpus,
    assert_a_grid_of_twelve,
    assert_ambiguity_within_the_writers_bounds,
    assert_each_rule_says,
    assert_every_route_told,
    assert_fourteen_messages_a_key,
    assert_other_mail_mostly_other_and_referred,
    assert_the_english_share,
    assert_the_writers_balance,
    text_of,
    written_in_english,
)

CORPUS = MethodCorpus("assistants")  # its build puts the voices kit and source/assistants.py on the path
ASSISTANTS = CORPUS.path
_GRID_MODULE = CORPUS.grid_module
GRID = CORPUS.grid

# What each tool's rule decides: a few words the rule of the grid must say (what settles the label).
RULES = {
    "ai_cover_letter": ("only what is stated counts", "never guessed"),
    "placeholders_left": ("an unfilled slot states nothing", "the facts are those filled in"),
    "prompt_pasted": ("the prompt is the person speaking of themselves", "nobody's facts"),
    "two_versions": ("the person's own rough words win", "either counts"),
    "markdown_structured": ("applies to its items", "belong together", "its own"),
    "template_adapted": ("the person's own particulars count", "ambiguous"),
    "form_notification": ("«Oui» states", "«Non» denies", "states nothing", "nobody's fact"),
    "register_rewritten": ("like a verb",),
    "client_assistant": ("the marks are nobody's facts", "stays a reply"),
    "agent_on_behalf": ("is the applicant", "never the applicant", "stays open"),
    "english_ai": ("language en",),
    "generated_other_mail": ("what the mail is for", "a referral"),
}
# The marks each tool leaves in the mails it drafts (subject, body or attached document).
SLOT = re.compile(
    r"\[[^\]\n]{2,60}\]|<[Vv]otre [^>\n]+>|\bX{3,}\b|\{\{?[^}\n]{2,40}\}\}?|[àÀ] compléter|_{4,}"
)
MARKDOWN = re.compile(r"\*\*[^*\n]+\*\*|^#{1,4} \S|^\|.*\|\s*$|^\s*(?:[-*]|\d+\.) \S", flags=re.MULTILINE)
PROMPT_OR_PREAMBLE = re.compile(
    r"\b(?:[ée]cris|r[ée]dige|fais|reformule|aide-moi|corrige|g[ée]n[èe]re|am[ée]liore)\b|"
    r"\b(?:help me|write|rewrite|draft|make it|prompt)\b|"
    r"Voici|Bien s[ûu]r|Here'?s|Here is|Sure|N'h[ée]site[sz]? pas à me demander|Souhaitez-vous|"
    r"Let me know if you'd like|Would you like|mon message à|ce que j'avais écrit|ChatGPT|l'IA",
    re.I,
)
VERSIONS = re.compile(
    r"version|brouillon|mon texte|texte reformulé|reformul|polished|my notes|my draft|rough|"
    r"ce que je voulais dire|avec mes mots|in my own words|original",
    re.I,
)
FORM = re.compile(r"^[^\n:]{2,80} ?: ?\S.*$", flags=re.MULTILINE)
BOXES = re.compile(r"[☑☐☒✅⬜]|\[[xX ]\]")
TEMPLATE = re.compile(
    r"votre (?:entreprise|soci[ée]t[ée]|enseigne|structure|[ée]tablissement|organisme|cabinet)|\(e\)|·e|"
    r"[Ff]ort(?:e)? d[e'] ?(?:[\wé]+ )?(?:ann[ée]es?|exp[ée]rience)|au sein de votre|"
    r"lettre (?:de motivation )?type|le poste de|your company|\[Company|ann[ée]es d'exp[ée]rience|"
    r"votre [ée]quipe|[Mm]otiv[ée]e? et dynamique|"
    r"[Dd]ans l'attente de votre r[ée]ponse|je vous prie d'agr[ée]er",
)
CLIENT_MARKS = re.compile(
    r"Copilot|Aidez-moi à écrire|Help me write|Objet sugg[ée]r[ée]|Suggested subject|R[ée]dig[ée] avec|"
    r"Apple Intelligence|Outils d'[ée]criture|Writing Tools|Gemini|Grammarly|suggestion|R[ée][ée]crit|Ton ?:|"
    r"Brouillon",
    re.I,
)
AGENT_MARKS = re.compile(
    r"au nom de|pour le compte de|on behalf of|assistant|agent|en son nom|for (?:him|her|them)|\bbot\b|"
    r"automatiquement|automatically",
    re.I,
)
REGISTER_MARKS = re.compile(
    r"\b(?:[Ll]'|[Uu]ne? |[Ll]a |[Ll]e |[Mm]on |[Mm]a )(?:obtention|ach[èe]vement|fin|validation|soutenance|"
    r"r[ée]alisation|reprise|recherche|prise de poste|candidature|diplomation|cl[ôo]ture|d[ée]but)\b|"
    r"TL;?DR|[Ee]n bref|[Rr][ée]sum[ée]|[Ee]n résumé|[\U0001F300-\U0001FAFF\u2600-\u27BF]",
)
STOCK = re.compile(
    r"vif int[ée]r[êe]t|passionn[ée]e?|[Ff]ort(?:e)? de|ravie?|dynamique|motivation|convaincue?|enthousiasme|"
    r"Madame, Monsieur|c'est avec|je me permets|porteur de sens|conviction|opportunit[ée] unique|"
    r"anim[ée]e? par|"
    r"I hope this|passionate|eager",
    re.I,
)


# A reference letter about the person adds its verbs to the English words («she holds», "he worked").
_ENGLISH_WORDS = ENGLISH_FUNCTION_WORDS | {"holds", "worked"}


def test_the_grid_has_twelve_tools_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve(CORPUS, RULES)


def test_each_tool_s_rule_says_what_settles_the_label() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_the_slot_finder_tells_an_unfilled_slot_from_plain_brackets() -> None:
    assert SLOT.search("Titulaire d'un master obtenu en [année d'obtention].")
    assert SLOT.search("Diplômée d'un XXXX en gestion")
    assert not SLOT.search("Je cherche un emploi (CDI) dans une association [1].")


def test_every_message_says_its_tool_where_the_fact_sits_and_the_kind() -> None:
    assert_every_route_told(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_tool_carries_fourteen_messages_three_verdicts_and_other_mail() -> None:
    assert_fourteen_messages_a_key(CORPUS)


def test_the_counts_and_the_balance_of_verdicts_and_kinds_are_the_writers() -> None:
    assert_the_writers_balance(
        CORPUS, referrals=_GRID_MODULE.REFERRALS, attached=_GRID_MODULE.WITH_ATTACHMENT
    )


def test_the_english_share_holds_and_the_english_tool_is_english() -> None:
    assert_the_english_share(CORPUS, lambda body: written_in_english(body, _ENGLISH_WORDS))


def test_a_draft_with_slots_left_holds_an_unfilled_slot() -> None:
    filled = [t["file"] for item, t in CORPUS.of("placeholders_left") if not SLOT.search(text_of(item))]
    assert not filled, filled


def test_a_raw_markdown_output_holds_bold_headings_a_table_or_a_list() -> None:
    plain = [t["file"] for item, t in CORPUS.of("markdown_structured") if not MARKDOWN.search(text_of(item))]
    assert not plain, plain


def test_a_pasted_prompt_or_preamble_stands_in_its_mail() -> None:
    bare = [
        t["file"] for item, t in CORPUS.of("prompt_pasted") if not PROMPT_OR_PREAMBLE.search(text_of(item))
    ]
    assert not bare, bare


def test_two_versions_stand_in_each_mail_of_their_tool() -> None:
    single = [t["file"] for item, t in CORPUS.of("two_versions") if len(VERSIONS.findall(item.m.body)) < 2]
    assert not single, single


def test_a_form_notification_holds_fields_or_boxes_and_names_the_applicant_s_address() -> None:
    unformed = [
        t["file"]
        for item, t in CORPUS.of("form_notification")
        if len(FORM.findall(item.m.body)) < 2 and not BOXES.search(item.m.body)
    ]
    assert not unformed, unformed
    # the tool sends; the applicant's address is the person's, never the tool's own
    tool_addressed = [
        t["file"]
        for item, t in CORPUS.of("form_notification", applications_only=True)
        if t["email"] and t["email"] in item.m.frm
    ]
    assert not tool_addressed, tool_addressed


def test_a_template_s_stock_words_stand_in_each_application_of_its_tool() -> None:
    bare = [
        t["file"] for item, t in CORPUS.of("template_adapted", True) if not TEMPLATE.search(text_of(item))
    ]
    assert not bare, bare


def test_a_cover_letter_by_an_assistant_carries_its_stock_phrases() -> None:
    bare = [t["file"] for item, t in CORPUS.of("ai_cover_letter", True) if not STOCK.search(text_of(item))]
    assert not bare, bare


def test_a_rewritten_register_shows_a_nominalised_condensed_or_emoji_form() -> None:
    rewritten = CORPUS.of("register_rewritten", applications_only=True)
    bare = [t["file"] for item, t in rewritten if not REGISTER_MARKS.search(text_of(item))]
    assert not bare, bare


def test_a_client_assistant_s_draft_carries_its_mark() -> None:
    unmarked = [
        t["file"]
        for item, t in CORPUS.of("client_assistant")
        if not CLIENT_MARKS.search(text_of(item)) and "X-Mailer" not in item.m.headers
    ]
    assert not unmarked, unmarked


def test_an_agent_speaks_for_someone_and_its_applications_are_referrals() -> None:
    silent = [t["file"] for item, t in CORPUS.of("agent_on_behalf") if not AGENT_MARKS.search(text_of(item))]
    assert not silent, silent
    unreferred = [t["file"] for _, t in CORPUS.of("agent_on_behalf", True) if not t.get("forwarded_by")]
    assert not unreferred, unreferred
    # the agent is never the applicant: the applicant's address is not the agent's
    agent_as_applicant = [
        t["file"]
        for _, t in CORPUS.of("agent_on_behalf", True)
        if t["email"] and t["email"] == t["forwarded_by"]
    ]
    assert not agent_as_applicant, agent_as_applicant


def test_the_other_mail_tool_is_mostly_other_mail_and_its_applications_are_referrals() -> None:
    assert_other_mail_mostly_other_and_referred(CORPUS, "generated_other_mail")


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(ASSISTANTS, tmp_path)
