// The catalogue's categories and severities as the card and the pages name them. The slugs
// ("name-resolution", "non-fatal") stay the values of the JSON, the API and `classify`; English
// prints them as they are. The browser core (which has no bytes to spare) carries neither the
// card nor these names.
import type { Category, Lang, Severity } from "../catalogue/types.ts";

interface Labels {
  readonly category: Readonly<Record<Category, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
}

const GERMAN: Labels = {
  category: {
    connection: "Verbindung",
    network: "Netzwerk",
    address: "Adresse",
    "name-resolution": "Namensauflösung",
    resource: "Ressourcen",
    usage: "Verwendung",
    async: "asynchrone E/A",
    subsystem: "Winsock-Subsystem",
    qos: "Dienstgüte (QoS)",
    permission: "Berechtigung",
    wait: "Warten",
  },
  severity: {
    error: "Fehler",
    "non-fatal": "nicht schwerwiegend",
    informational: "Hinweis",
  },
};

/** The category's name in `lang` (English: the slug). */
export function categoryLabel(category: Category, lang: Lang): string {
  return lang === "de" ? (GERMAN.category[category] ?? category) : category;
}

/** The severity's name in `lang` (English: the slug). */
export function severityLabel(severity: Severity, lang: Lang): string {
  return lang === "de" ? (GERMAN.severity[severity] ?? severity) : severity;
}
