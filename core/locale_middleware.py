"""Django's LocaleMiddleware for a site whose addresses carry the language.

Dutch lives at the root and English under /en/, and every other address (admin, documents,
sitemap) is Dutch or follows the editor's own admin language: the browser's
`Accept-Language` never picks what is sent. Django still adds `Vary: Accept-Language` to
every unprefixed (Dutch) answer, which would make a shared cache or CDN keep a copy of each
Dutch page per browser language; this middleware leaves that out.
"""

import re

from django.middleware.locale import LocaleMiddleware


class LanguageFromPathMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        response = super().process_response(request, response)
        if response.has_header("Vary"):
            kept = [
                header
                for header in re.split(r"\s*,\s*", response["Vary"])
                if header and header.lower() != "accept-language"
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response
