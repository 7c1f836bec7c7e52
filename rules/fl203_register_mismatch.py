"""FL203 register-mismatch."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.mentions import Mentions, RoleAssignment, compute
from factlint.analysis.register import Register, Term, article_date
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity
from factlint.linter.rule import Context, Rule, RuleOptions, option


class RegisterMismatch(Rule):
    """A title that disagrees with the newsroom's register of who held which office when.

    What it flags:
        With a register file named in the config (``register: people.yaml``; YAML terms of
        person, office, organisation, from, to), a person whose title in the article does not
        match the register on the article's date (front matter ``date``): the person held that
        office before or after that date, never held it, or the register names someone else as
        its holder on that day. Generic titles ("the Russian leader") match any office of that
        country. People and offices the register does not know are left alone. An undated
        article is checked against today, and the message says so. Without a register the rule
        does nothing.

    Why it matters:
        Titles go stale: an article on a 2023 summit that calls Sassoli President of the
        European Parliament, or a reworked archive piece that still calls Medvedev prime
        minister, is wrong in a way no reading of the text alone can show.

    Bad:
        ---
        date: 2023-03-21
        ---
        European Parliament President David Sassoli welcomed the deal.

    Good:
        ---
        date: 2023-03-21
        ---
        European Parliament President Roberta Metsola welcomed the deal.
    """

    id = "FL203"
    name = "register-mismatch"
    severity = Severity.WARNING
    needs_model = False

    class Options(RuleOptions):
        register_: str | None = option(
            None,
            "a register file to use instead of the config's register "
            "(relative to the config's folder, as the config's other paths)",
            alias="register",
        )

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        path = self.options.register_ or ctx.settings.register
        if not path:
            return
        ms: Mentions = ctx.analysis(compute)
        # the app finds, confines (a path set in a config option) and reads the file, once a run
        named_by = "FL203 option register" if self.options.register_ else None
        register = ctx.resources.load(
            "register", path, named_by, doc.path, ctx.settings.config_folder, ms.lexicon
        )
        day, note = article_date(doc.meta, ctx.today)
        suffix = f" ({note})" if note else ""
        for ent in ms.entities:
            if ent.kind != "person":
                continue
            name = ent.full_name or ent.key
            terms = register.person_terms(name)
            for role in ent.roles:
                if role.temporal or role.mention.in_quote:
                    continue
                problem = _problem(ms, register, terms, name, role, day)
                if problem is None:
                    continue
                sentence = doc.sentences[role.mention.sentence]
                yield self.finding(
                    role.mention.span,
                    f"{name} is called '{role.title}' on {day}, but the register says {problem}{suffix}: "
                    "check the title, or the register if it is out of date",
                    key_texts=[sentence.text, role.title, name],
                )


def _problem(
    ms: Mentions, register: Register, terms: list[Term], name: str, role: RoleAssignment, day
) -> str | None:
    office = ms.lexicon.offices.get(role.office)
    generic = office is not None and office.generic
    org = role.jurisdiction

    def fits(t: Term) -> bool:
        return (generic or t.office == role.office) and (org is None or t.organisation == org)

    if any(fits(t) and t.covers(day) for t in terms):
        return None
    if generic:
        # "the Russian leader": any office of Russia will do; without a country, nothing to check
        if org is None or not any(t.organisation == org for t in terms):
            return None
        held = [t for t in terms if t.organisation == org]
        return (
            f"on that day {name} held no office of {org} (register: "
            + "; ".join(t.describe() for t in held)
            + ")"
        )
    surname = name
    if terms:
        same = [t for t in terms if fits(t)]
        if same:
            # the article may name no country ("Governor Okafor"): the person's own terms say which
            orgs = [org] if org else list(dict.fromkeys(t.organisation for t in same))
            return f"{surname} was {'; '.join(t.describe() for t in same)}" + _holder_note(
                register, role, day, generic, orgs
            )
        now = [t for t in terms if t.covers(day)]
        listed = "; ".join(t.describe() for t in (now or terms))
        return (
            f"{surname} was {listed}, never {role.title}"
            + (f" of {org}" if org else "")
            + _holder_note(register, role, day, generic, [org] if org else [])
        )
    # the person is not registered: the office may still be, with someone else holding it
    if not generic and org is not None:
        holders = register.holders(role.office, org, day)
        if holders and not any(name.casefold() in t.names() for t in holders):
            return f"the {role.title} of {org} on that day was " + " and ".join(t.person for t in holders)
    return None


def _holder_note(register: Register, role: RoleAssignment, day, generic: bool, orgs: list[str]) -> str:
    if generic or len(orgs) != 1:
        return ""
    holders = register.holders(role.office, orgs[0], day)
    if not holders:
        return ""
    return f"; on that day the {role.title} of {orgs[0]} was " + " and ".join(t.person for t in holders)
