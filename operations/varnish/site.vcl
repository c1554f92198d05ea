vcl 4.1;
# Varnish in front of the site: anonymous visitors' pages from memory, purged on publish.
#
# The app says what may be kept (Cache-Control: public, s-maxage=300 on pages for
# anonymous visitors; private or no-cache on everything else) and, with
# FRONTEND_CACHE_URL pointing here, sends a PURGE for every page that shows a published
# or unpublished item (core/purge.py). Run it with the app's address, for example:
#   sed 's/127.0.0.1:8000/127.0.0.1:9000/' site.vcl > /etc/varnish/default.vcl
# tests/core/test_varnish.py starts Varnish with this file in front of a live server.

backend site {
    .host = "127.0.0.1";
    .port = "8000";
}

# Only the app, on this machine, may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A publish also drops the pages that show the item without naming it in their
        # address: news items whose related items share its theme (core/shown.py).
        if (req.http.X-Purge-Shows) {
            if (req.http.X-Purge-Shows !~ "^[a-z0-9|-]+$") {
                return (synth(400, "Bad keys"));
            }
            ban("obj.http.X-Shows ~ (^|,)(" + req.http.X-Purge-Shows + ")(,|$)");
            return (synth(200, "Purged"));
        }
        # Every kept variant of the address, whatever its query string (filters, ?page=,
        # utm_*), and whichever host name the visitors used.
        ban("req.url ~ ^" + regsub(req.url, "\?.*$", "") + "(\?|$)");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Staff pages and previews; documents, whose privacy the app checks on every request.
    if (req.url ~ "^/(admin|documenten)/") {
        return (pass);
    }
    # A visitor the site knows (logged in, a password passed, a message waiting).
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Other cookies (a CSRF token, analytics) do not change a page: all anonymous share it.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # Tracking parameters do not change the page: a newsletter's links share one copy.
    # The request itself keeps them, so a redirect passes them on.
    hash_data(regsuball(
        regsuball(req.url, "(?<=[?&])(utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid|_ga|_gl)=[^&]*&?", ""),
        "[?&]+$", ""));
    if (req.http.host) {
        hash_data(req.http.host);
    }
    return (lookup);
}

sub vcl_backend_response {
    # A redirect's Location carries the visitor's own query string: never shared.
    if (beresp.status >= 300 && beresp.status < 400) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.X-Shows;  # for purging only
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
