import { localStore } from "./local-store";
import { PREFIX } from "./storage-keys";

/**
 * About how much localStorage a site gets: the HTML standard suggests five megabytes per origin
 * and browsers allow about that (MDN, "Storage quotas and eviction criteria"). The app shows its
 * use against it, so the limit is known before it is reached.
 */
export const STORAGE_QUOTA = 5 * 1024 * 1024;

/** How much of the quota the app's own keys take, in characters (keys and values). */
export function storageUsed(): number {
  const store = localStore();
  let used = 0;
  try {
    for (let i = 0; i < (store?.length ?? 0); i++) {
      const key = store?.key(i);
      if (key?.startsWith(PREFIX)) used += key.length + (store?.getItem(key)?.length ?? 0);
    }
  } catch {
    return used;
  }
  return used;
}
