# Dutch dates as the seeds write them: "20 maart 2025".
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
