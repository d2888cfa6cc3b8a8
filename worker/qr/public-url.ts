/**
 * Whether the address QR codes point at can reach a citizen's phone. Without PUBLIC_URL the server
 * falls back to its own address (127.0.0.1:8787 from the CLI, the page's origin in the dashboard):
 * a poster printed then sends every scan to the operator's own machine.
 */
const LOOPBACK_HOST = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(\.\d{1,3}){3}\])$/i;

export type QrTargetProblem = "loopback" | "unset";

function isLoopback(base: string): boolean {
  try {
    return LOOPBACK_HOST.test(new URL(base).hostname);
  } catch {
    // Not a URL at all: no phone can open it either.
    return true;
  }
}

/**
 * "loopback" when the QR would point at this machine alone (whether PUBLIC_URL says so or the fallback does),
 * "unset" when PUBLIC_URL is missing and the fallback only happens to look public (a proxy may still hide the
 * real name), null when PUBLIC_URL names a reachable address.
 */
export function qrTargetProblem(publicUrl: string | undefined, base: string): QrTargetProblem | null {
  if (isLoopback(base)) return "loopback";
  return publicUrl ? null : "unset";
}
