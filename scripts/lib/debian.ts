import { execFileSync } from "node:child_process";

/** Installed version of a Debian package, or undefined when it is not installed. */
export function debianVersion(pkg: string): string | undefined {
  try {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax
    return execFileSync("dpkg-query", ["-W", "-f=${Version}", pkg], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}
