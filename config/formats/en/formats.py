# English dates as the site writes them: "20 March 2025", not Django's US "March 20, 2025".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
