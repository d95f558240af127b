// The byte prefilter's anchors, where each is sampled, its tables, and what each anchor
// dispatches, as scripts/build-scan-tables.ts worked them out from the recognisers and
// the printed texts (scanner.ts's byteDispatch, byte-prefilter.ts's anchorWindows and
// prefilterTables): a process scanning files starts without building them. CI checks
// the generated file is current.
import { BY_VALUE, type CatalogueEntry } from "../catalogue/index.ts";
import type { Platform } from "../resolve.ts";
import type { PrefilterTables } from "./byte-prefilter.ts";
import { BYTE_TABLES } from "./byte-tables.generated.ts";
import { loadPrefilterImage } from "./load-prefilter-image.ts";
import type { Dispatch } from "./scanner.ts";
import type { TextKey } from "./texts.ts";

export interface ByteAnchors {
  /** The anchors' bytes, by anchor number. */
  readonly anchors: readonly Uint8Array[];
  /** Each anchor's first sampled offset. */
  readonly windows: readonly number[];
}

let anchors: ByteAnchors | undefined;
let prefilter: PrefilterTables | undefined;
let dispatch: readonly Dispatch[] | undefined;

export function byteAnchorTables(): ByteAnchors {
  anchors ??= {
    anchors: BYTE_TABLES.anchors.map((anchor) => Buffer.from(anchor, "latin1")),
    windows: BYTE_TABLES.windows,
  };
  return anchors;
}

/** The prefilter's tables, laid out already (packed, the prefilter unpacks them into its memory; or unpacked). */
export function bytePrefilterTables(): PrefilterTables {
  if (!prefilter) {
    const { recordAnchor, ...rest } = BYTE_TABLES.prefilter;
    const image = loadPrefilterImage();
    prefilter = { ...rest, ...image, recordAnchor: Int32Array.from(recordAnchor), anchors: BYTE_TABLES.anchors.length };
  }
  return prefilter;
}

/** What each anchor dispatches, by anchor number. */
export function byteDispatchTable(): readonly Dispatch[] {
  dispatch ??= loadDispatch();
  return dispatch;
}

function loadDispatch(): Dispatch[] {
  const keys: TextKey[] = BYTE_TABLES.keys.map(([value, norm, lang, platform, dialect, anchors]) => ({
    entry: BY_VALUE.get(value) as CatalogueEntry,
    norm,
    lang,
    platform: platform as Platform,
    dialect,
    anchors,
  }));
  return BYTE_TABLES.dispatch.map(([recognisers, ...indexes]) => ({
    recognisers,
    keys: indexes.map((index) => keys[index] as TextKey),
  }));
}
