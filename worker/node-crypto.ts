import { createHmac, timingSafeEqual } from "node:crypto";
import { useSyncHmac } from "./crypto";

/** Every Node thread that signs or checks tokens calls this once at start (see useSyncHmac). */
export function useNodeHmac() {
  useSyncHmac({
    sign: (key, data) => createHmac("sha256", key).update(data).digest(),
    equal: (a, b) => a.length === b.length && timingSafeEqual(a, b),
  });
}
