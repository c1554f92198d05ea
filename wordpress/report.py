"""What an import did, counted as it goes and written out at the end.

Every list keeps its total but only its first examples, so the report of an export with
thousands of posts takes as little memory as that of a small one.
"""

from collections import Counter
from dataclasses import dataclass, field

EXAMPLES_KEPT = 40


@dataclass
class Findings:
    """How often something was found, with the first few examples."""

    total: int = 0
    examples: list = field(default_factory=list)

    def add(self, example):
        self.total += 1
        if len(self.examples) < EXAMPLES_KEPT:
            self.examples.append(example)

    def lines(self, indent="  "):
        shown = [f"{indent}{example}" for example in self.examples]
        if self.total > len(self.examples):
            shown.append(f"{indent}… and {self.total - len(self.examples)} more")
        return shown


@dataclass
class Report:
    export: str = ""
    source: str = ""  # "WXR 1.2, https://…"
    language: str = ""
    dry_run: bool = False
    # (item type, outcome) → count, e.g. ("post", "imported"), ("nav_menu_item", "skipped")
    counts: Counter = field(default_factory=Counter)
    comments: int = 0
    unmapped_categories: Counter = field(default_factory=Counter)
    kept_as_text: Counter = field(default_factory=Counter)
    unknown_shortcodes: Counter = field(default_factory=Counter)
    missing_media: Findings = field(default_factory=Findings)
    problems: Findings = field(default_factory=Findings)
    pages_not_imported: Findings = field(default_factory=Findings)
    redirect_conflicts: Findings = field(default_factory=Findings)
    unresolved_links: Findings = field(default_factory=Findings)
    without_theme: Findings = field(default_factory=Findings)
    links_rewritten: int = 0
    redirects_created: int = 0

    def count(self, item_type, outcome, number=1):
        self.counts[(item_type, outcome)] += number

    def outcomes(self, item_type):
        return {
            outcome: number for (kind, outcome), number in self.counts.items() if kind == item_type
        }

    def render(self):
        lines = [f"WordPress import of {self.export} ({self.source}) in language {self.language}"]
        if self.dry_run:
            lines.append("DRY RUN: nothing was written; this is what an import would do.")
        lines += ["", "Items:"]
        order = ["post", "attachment", "page"]
        types = order + sorted({kind for kind, _ in self.counts} - set(order))
        for item_type in types:
            outcomes = self.outcomes(item_type)
            if outcomes:
                summary = ", ".join(f"{outcome} {number}" for outcome, number in outcomes.items())
                lines.append(f"  {item_type}: {summary}")
        lines.append(
            f"  comments: {self.comments} counted (not imported: the site has no reactions yet)"
        )
        lines.append(f"Redirects from old addresses created: {self.redirects_created}")
        lines.append(f"Links to old-site articles rewritten to pages: {self.links_rewritten}")
        sections = [
            ("Categories without a theme (posts)", _counted(self.unmapped_categories)),
            (
                "Posts with no theme (staff choose one when they next edit)",
                self.without_theme.lines(),
            ),
            ("Missing media files", self.missing_media.lines()),
            ("Kept as rich text (no block of its own)", _counted(self.kept_as_text)),
            ("Unknown shortcodes, left in the text", _counted(self.unknown_shortcodes)),
            ("Links to the old site not imported", self.unresolved_links.lines()),
            ("Old addresses already taken by another redirect", self.redirect_conflicts.lines()),
            (
                "WordPress pages not imported (no page type for them)",
                self.pages_not_imported.lines(),
            ),
            ("Odd items", self.problems.lines()),
        ]
        for title, section_lines in sections:
            if section_lines:
                lines += ["", f"{title}:", *section_lines]
        return "\n".join(lines) + "\n"


def _counted(counter):
    return [f"  {name}: {number}" for name, number in counter.most_common()]
