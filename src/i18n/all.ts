// Registers every language's prose. Imported by the Node entry point only.
import { TEXT_DE } from "../catalogue/text-de.generated.ts";
import { TEXT_EN } from "../catalogue/text-en.generated.ts";
import { registerTextPack } from "./text.ts";

registerTextPack("en", TEXT_EN);
registerTextPack("de", TEXT_DE);
