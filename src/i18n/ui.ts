// The few words the card and the CLI print around the catalogue's prose.
import type { Category, Lang, RetryAdvice, Severity } from "../catalogue/types.ts";

export interface UiWords {
  readonly causes: string;
  readonly fixes: string;
  readonly notes: string;
  readonly retry: string;
  readonly crosswalk: string;
  readonly message: string;
  /** Quotation marks around Windows' own text: “…” in English, „…“ in German. */
  readonly quotes: readonly [open: string, close: string];
  readonly category: string;
  readonly severity: string;
  /**
   * The catalogue's categories and severities by name. The slugs ("name-resolution",
   * "non-fatal") stay the values of the JSON, the API and `classify`; English prints them as
   * they are.
   */
  readonly categories: Readonly<Record<Category, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly notFound: (input: string) => string;
  readonly didYouMean: string;
  readonly advice: Readonly<Record<RetryAdvice, string>>;
  readonly notInSeed: string;
  readonly equals: string;
  /** explain's text output, after a POSIX finding's evidence: its code is the Winsock equivalent. */
  readonly posixEquivalent: string;
  /** explain's text output, for a code met again: where it was explained (file:line:column). */
  readonly explainedAbove: (where: string) => string;
}

export const UI: Readonly<Record<Lang, UiWords>> = {
  en: {
    causes: "Typical causes",
    fixes: "What to check and do",
    notes: "Good to know",
    retry: "Retry",
    crosswalk: "Same error elsewhere",
    message: "Windows prints",
    quotes: ["“", "”"],
    category: "Category",
    severity: "Severity",
    categories: {
      connection: "connection",
      network: "network",
      address: "address",
      "name-resolution": "name-resolution",
      resource: "resource",
      usage: "usage",
      async: "async",
      subsystem: "subsystem",
      qos: "qos",
      permission: "permission",
      wait: "wait",
    },
    severities: { error: "error", "non-fatal": "non-fatal", informational: "informational" },
    notFound: (input) => `wsaerr: no socket error matches "${input}"`,
    didYouMean: "Did you mean",
    advice: {
      retry: "retry",
      "retry-later": "retry later",
      "fix-then-retry": "fix, then retry",
      "do-not-retry": "do not retry",
    },
    notInSeed: "not in the seed list",
    equals: "equals",
    posixEquivalent: "POSIX; Winsock equivalent",
    explainedAbove: (where) => `Explained above, at ${where}.`,
  },
  de: {
    causes: "Typische Ursachen",
    fixes: "Was zu prüfen und zu tun ist",
    notes: "Gut zu wissen",
    retry: "Wiederholen",
    crosswalk: "Derselbe Fehler anderswo",
    message: "Windows meldet",
    quotes: ["„", "“"],
    category: "Kategorie",
    severity: "Schweregrad",
    categories: {
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
    severities: { error: "Fehler", "non-fatal": "nicht schwerwiegend", informational: "Hinweis" },
    notFound: (input) => `wsaerr: kein Socket-Fehler passt zu „${input}“`,
    didYouMean: "Meinten Sie",
    advice: {
      retry: "wiederholen",
      "retry-later": "später wiederholen",
      "fix-then-retry": "erst beheben, dann wiederholen",
      "do-not-retry": "nicht wiederholen",
    },
    notInSeed: "nicht in der Ausgangsliste",
    equals: "entspricht",
    posixEquivalent: "POSIX; Winsock-Entsprechung",
    explainedAbove: (where) => `Siehe oben: ${where}.`,
  },
};
