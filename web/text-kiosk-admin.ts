/** The dashboard's words for kiosk mode (touchpoints page). */
export const kioskAdminText = {
  id: {
    kiosk: "Mode kios (tablet di loket)",
    openKiosk: "Buka mode kios",
  },
  en: {
    kiosk: "Kiosk mode (tablet at the counter)",
    openKiosk: "Open kiosk mode",
  },
} as const;
