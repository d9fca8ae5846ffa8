"""What a message of the assistants corpus is: every message is given FIRST the tool or template that drafted
or shaped it, chosen from a grid of twelve — a chat assistant's full cover letter written from a few facts, a
template or assistant output sent with its slots unfilled, the person's own prompt (or the assistant's
preamble and closing offers) pasted in, a rough note sent with its «improved» version, assistant markdown sent
raw, a job site's «lettre de motivation type» barely adapted, a form builder's or applicant-tracking tool's
notification, a register rewritten by a tool (formal, short, friendly), the mail client's own assistant
(Copilot, «Aidez-moi à écrire», Apple's rewriting tools), an AI agent or scheduling assistant writing on the
person's behalf, the same tools in English, and other mail that machines drafted (questions, auto-replies,
newsletters, bounces, partners' boilerplate, a prompt sent by mistake, a tool's receipt). The deciding fact is
carried through what the tool does to a person's facts: it smooths («récemment diplômée»), generalises («à
l'issue de mes études»), embellishes («fort de mon expérience»), nominalises («l'obtention de mon master est
intervenue en juin 2025»), leaves slots («[année d'obtention]»), adds its own preamble («Bien sûr ! Voici une
proposition :»), structures in markdown (``**Diplôme :** …``). The label follows what the PERSON means about
themselves; the tool's stock words, slots, preambles and marks are nobody's facts; where the tool's smoothing
truly leaves the meaning open, the fact stays open (to verify, with an ``# ambiguous:`` line). The reader reads
on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file (batch*.py)
lists MESSAGES, each an ``N`` (its tool, the fact that decides, the words that carry it as they stand in the
mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when the message truly
leaves a fact open) a line ``# ambiguous: …`` saying why, then a line ``# route: tool, where the deciding fact
sits → kind (and for an application, the deciding fact → decision)`` («# route: ChatGPT cover letter from
three facts, the master's year only in «titulaire d'un master obtenu en juin 2025» of the second paragraph →
application; master 2025, an association sought → eligible»). build.py adds the tool and the fact to its
truth line. About three messages in four are applications, each with its deciding fact as always (a level, a
date, an internship or a service civique running or over, a career before, studies running, an ESS search or
none); the rest is other mail, most of it under ``generated_other_mail``.

Drafts are plausible, not caricatures: fluent, generic, well punctuated, sometimes too long, as ChatGPT, Le
Chat, Gemini, Copilot, job-site templates and form tools really render such mail, with real markdown marks and
real slot styles."""

# ruff: noqa: E501

from __future__ import annotations

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

# The grid's entries: each a tool or template that drafts or shapes a mail, its rule settling what the drafted
# words mean.
from tagged import Way as Tool

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 145 applications (55 eligible / 35 to verify / 55 not) and 55 other
N_APPLICATIONS = (135, 155)  # the applications' count lies in this range
ENGLISH_SHARE = (0.12, 0.22)  # share of applications written in English (key 11 and some of 3, 4, 10, 12)
AMBIGUOUS = (20, 40)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 36  # at most this many messages carry a CV or a letter as a file
REFERRALS = 7  # at least this many applications sent by someone (or something) else: forwarded_by=


GRID: dict[str, Tool] = {
    "ai_cover_letter": Tool(
        "a full cover letter written by a chat assistant (ChatGPT, Le Chat, Gemini, Claude) from a few facts:"
        " generic enthusiasm («passionnée par l'économie sociale et solidaire», «fort de mon parcours», «c'est"
        " avec un vif intérêt»), the real facts in one clause, sometimes only vague («récemment diplômée», «à"
        " l'issue de mes études», «mon parcours universitaire»)",
        forms=("a four-paragraph letter in the mail body", "a letter with a short cover line", "a letter as a file"),
        marks=("vif intérêt", "passionné", "fort de", "je serais ravi", "dynamique", "n'hésitez pas"),
        rule="only what is stated counts: a level or a date the person gave counts; a vague time («récemment"
        " diplômée») or level («mon parcours universitaire») leaves the criterion open (to_verify), never"
        " guessed; stock enthusiasm for the ESS counts as an ESS search only when it names the job sought",
        distractors="«récemment diplômée» read as a recent diploma; «fort de mon expérience» read as a career;"
        " «mon parcours universitaire» read as a degree of a given level; the one real clause drowned",
    ),
    "placeholders_left": Tool(
        "a template or assistant output sent with slots unfilled: «[Nom du programme]», «[année d'obtention]»,"
        " «<votre diplôme>», «XXXX», «Madame, Monsieur [Nom]», «{prénom}», «(à compléter)»",
        forms=("square-bracket slots", "angle-bracket slots", "XXXX", "curly-brace merge fields", "«à compléter»"),
        marks=("[", "]", "XXXX", "<votre", "{", "à compléter", "[Nom"),
        rule="an unfilled slot states nothing; the facts are those filled in: a «[année]» left blank next to"
        " «master» leaves the year open; a slot for the level next to a filled year leaves the level open; a"
        " slot in the greeting or the programme's name is no fact at all",
        distractors="the slot's label read as a value («[Master 2]» as a held master); the example value of a"
        " template («juin 20XX») read as a date; the whole mail discarded as spam",
    ),
    "prompt_pasted": Tool(
        "the person's own prompt to the assistant pasted with (or instead of) the output («Écris-moi un mail"
        " pour candidater, je suis en M2 jusqu'en juin…»), or the assistant's preamble or closing left in"
        " («Bien sûr ! Voici une proposition de mail :», «N'hésitez pas à me demander d'ajuster le ton.»)",
        forms=("prompt then output", "prompt alone", "output with the preamble", "output with the closing offer"),
        marks=("Voici une proposition", "Bien sûr", "écris-moi", "rédige", "ajuster le ton", "Objet :"),
        rule="the prompt is the person speaking of themselves: it counts, and wins over the draft where they"
        " disagree; the assistant's preamble and offers («Souhaitez-vous une version plus courte ?») are"
        " nobody's facts",
        distractors="the draft's smoothed fact taken over the prompt's plain one; the assistant's «je» read as"
        " the applicant's; the prompt read as a question to the programme",
    ),
    "two_versions": Tool(
        "the person's rough note and the «improved» version both in the mail (or «version courte / version"
        " longue»), the improved one shifting a fact: a stage running becomes «une expérience de stage», «je"
        " finis ma licence» becomes «titulaire d'une licence», a reconversion becomes «une évolution de"
        " parcours»",
        forms=("rough note then improved", "version courte / version longue", "improved then «mon texte à moi»"),
        marks=("version améliorée", "version courte", "version longue", "mon brouillon", "reformulé", "---"),
        rule="where the two versions disagree, the person's own rough words win; where they agree, either"
        " counts; when neither version is the person's own (two assistant versions) and they disagree, the"
        " fact stays open",
        distractors="the improved version's «titulaire» taken over the rough «je finis»; the two versions read"
        " as two applicants; the rough note skipped as a draft",
    ),
    "markdown_structured": Tool(
        "assistant output in markdown sent raw: ``**Diplôme :** …``, ``## Mon parcours``, bullet lists,"
        " numbered lists, pipe tables, emoji bullets (🎓 📅 ✅)",
        forms=("bold labels", "headings with bullets", "a pipe table", "numbered lists", "emoji bullets"),
        marks=("**", "##", "| ", "- ", "1. ", "🎓", "✅"),
        rule="a heading or a bold label applies to its items; a table row's cells belong together (the year in"
        " a row is that row's diploma's); a list item's status is its own («- Stage : en cours» is running)",
        distractors="a year from another row given to the diploma; the heading «Expériences» read as a"
        " career; a bullet's status carried to the next bullet; the markup read as noise that hides the fact",
    ),
    "template_adapted": Tool(
        "a job site's «lettre de motivation type» barely adapted: another employer's name left, «votre"
        " entreprise», «le poste de chargé(e) de mission», stock claims («fort de trois années"
        " d'expérience», «titulaire d'un diplôme de niveau bac+5») next to the person's own particulars",
        forms=("a template with the person's paragraph inserted", "a template with one name changed"),
        marks=("votre entreprise", "le poste de", "fort de", "au sein de votre société", "(e)", "type"),
        rule="the person's own particulars count; a stock claim contradicted by the particulars (or plainly"
        " unadapted: another employer's name, «(e)») does not; when one cannot tell whether a claim is the"
        " person's, to_verify with an ``# ambiguous:`` line",
        distractors="«fort de trois années d'expérience» read as a career change; «votre entreprise» read as"
        " a private-sector aim; the template's bac+5 taken over the person's BTS",
    ),
    "form_notification": Tool(
        "a mail generated by a form builder or an applicant-tracking tool («Nouvelle réponse à votre"
        " formulaire», Tally, Typeform, Google Forms, a «Formulaire de contact» of a website, Welcome to the"
        " Jungle, a CRM) sent by the tool on the person's behalf, Reply-To the person: key: value lines, ☑/☐"
        " boxes, «Oui/Non», empty fields «—»",
        forms=("key: value lines", "checkboxes", "Oui/Non answers", "an HTML table", "a free-text field"),
        marks=("Nouvelle réponse", "formulaire", "☑", "☐", "Oui", "Non", "—", "Reply-To"),
        rule="a checked box or «Oui» states, an unchecked box or «Non» denies, an empty field («—», «Non"
        " renseigné») states nothing; the form's own question text is nobody's fact; the person's free text"
        " counts like a mail",
        distractors="the question «Êtes-vous en reconversion ?» read as a statement; an empty field read as"
        " «no»; the tool's address read as the applicant's; the form's boilerplate footer read as a newsletter",
    ),
    "register_rewritten": Tool(
        "the person asked the tool to make it formal, shorter, friendlier or «plus pro»: nominalised and"
        " passive facts («L'obtention de mon master est intervenue en juin 2025», «Une fin de contrat de"
        " service civique est prévue en mars»), over-condensed summaries («TL;DR : M2 ok, cherche ESS»), a"
        " friendly rewrite with emojis",
        forms=("formal and nominalised", "condensed to a few lines", "TL;DR", "friendly with emojis"),
        marks=("L'obtention de", "est intervenue", "est prévue", "TL;DR", "en bref", "😊"),
        rule="a nominalised or passive fact states its event and time like a verb: «l'obtention … est"
        " intervenue en juin 2025» is a diploma of June 2025; «une fin de … est prévue en mars» is running"
        " until March; a condensed «M2 ok» is a master obtained",
        distractors="a nominal «obtention» read as no fact; «est prévue» read as past; «M2 ok» read as a"
        " year of study; the emojis read as informal noise hiding the fact",
    ),
    "client_assistant": Tool(
        "a draft by the mail client's own assistant (Outlook Copilot, Gmail «Aidez-moi à écrire», Apple's"
        " rewriting tools, Samsung's, a phone keyboard's) with its marks («Rédigé avec l'aide de Copilot», a"
        " suggested subject, a tone note, «Réécrit avec Apple Intelligence»), including replies in our own"
        " thread that the client drafted",
        forms=("a new mail with the tool's footer", "a reply in our thread", "a suggested subject left"),
        marks=("Copilot", "Aidez-moi à écrire", "Rédigé avec", "suggestion", "ton :", "Apple Intelligence"),
        rule="the marks are nobody's facts; a reply in our thread (In-Reply-To <…@animafac.net>) stays a reply"
        " whatever the tool made it sound like; a new mail with the person's facts is an application",
        distractors="the tool's footer read as a signature or a newsletter; a drafted reply read as a new"
        " application; the suggested subject read as the person's topic",
    ),
    "agent_on_behalf": Tool(
        "an AI agent, a scheduling assistant or an automated «candidature envoyée par <outil> au nom de …»"
        " writing for the person in the third person («Je suis l'assistant IA de Camille Roux ; elle souhaite"
        " candidater…», \"I'm an AI assistant writing on behalf of …\")",
        forms=("an agent's mail in the third person", "a tool's automated application", "an agent's follow-up"),
        marks=("au nom de", "assistant IA", "on behalf of", "agent", "pour le compte de", "elle souhaite"),
        rule="the person presented is the applicant (her facts, her contacts when given); the agent is no"
        " person, never the applicant; what the agent cannot know («elle vous précisera ses dates») stays"
        " open",
        distractors="the agent's name or address read as the applicant's; the agent's capabilities read as"
        " the person's skills; «elle vous précisera» read as a fact",
    ),
    "english_ai": Tool(
        "the same tools in English, by people writing in English to the programme: «I hope this email finds"
        " you well», \"As a recent graduate passionate about…\", \"[Your Name]\", \"Here's a polished"
        " version:\", markdown, templates",
        forms=("an English cover letter", "an English draft with slots", "an English draft with the preamble"),
        marks=("I hope this email finds you well", "passionate about", "[Your Name]", "Here's", "recent graduate"),
        rule="as in French: only what is stated counts, a slot states nothing, the person's prompt wins, the"
        " preamble is nobody's; an application in English is labelled language en",
        distractors="\"recent graduate\" read as a diploma within two years; \"[Your Name]\" read as a name;"
        " the preamble read as a reply",
    ),
    "generated_other_mail": Tool(
        "other mail that machines or assistants drafted: AI-written questions with no personal facts,"
        " partners' mails with generated boilerplate, auto-replies composed by an assistant («Je suis"
        " absente… Mon assistant IA traitera…»), generated newsletters, bounces, a prompt sent by mistake with"
        " nothing else, a tool's receipt; and a few applications forwarded by a partner's generated mail",
        forms=("question", "reply", "auto-reply", "newsletter", "bounce", "receipt", "partner's referral"),
        marks=("assistant IA", "absente", "Mailer-Daemon", "newsletter", "reçu", "généré automatiquement"),
        rule="the kind follows what the mail is for: a question without the writer's facts is a question; an"
        " answer in our thread is a reply; an automatic message is an auto-reply even when an assistant"
        " wrote it; a bounce is a bounce; a partner presenting a person with their facts is a referral",
        distractors="a polished AI question read as an application; an assistant-written auto-reply read as a"
        " person's mail; a prompt sent by mistake read as an application when it holds no facts to judge",
    ),
}

ENGLISH_KEY = "english_ai"  # every application of this key is written in English


class N(Featured):
    """One message and its tool: ``words`` stand in its subject, body or CV as written (case and line breaks
    aside) and carry the deciding fact (or, for other mail, the words that show its kind); the `# route:`
    comment above the message says the tool, where the fact sits, the kind and the decision."""

    GRID = GRID  # type: ignore[assignment]
