"""The newsroom's roles, as staff see them in Settings → Groups. Created with their
permissions by the migration newsroom/migrations/0001_roles_and_workflow.py."""

# Write and submit news, publications, themes and participants for moderation.
WRITERS = "Redactie"
# Approve and publish; manage snippets, search synonyms and promoted results, redirects,
# keyword names and the site settings.
EDITORS = "Eindredactie"
# Translate pages and snippets through wagtail-localize and publish the translations, in
# the trees of the other languages only.
TRANSLATORS = "Vertalers"

WORKFLOW = "Redactie → Eindredactie"
APPROVAL_TASK = "Goedkeuring door de eindredactie"

# The page permissions of translators in each home page of another language than the
# default: enough to edit, translate and publish there, not to change the site's structure.
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
