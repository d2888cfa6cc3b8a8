import type { Db } from "../../db/db";
import { getOrganizationById } from "../../db/queries/admin";
import { optionsFromSettings, type IndexOptions } from "../indices/compute";
import { parseOrgSettings } from "../settings";

// A steering share from 5% up is worth a look: a few "Ya" among many answers is noise, one in twenty is not.
export const MATERIAL_STEERED_SHARE = 0.05;

export async function indexOptionsOf(db: Db, orgId: string): Promise<IndexOptions> {
  return (await orgDashboardSettings(db, orgId)).options;
}

/** The organization's formula choices and its profile categories, from one read. */
async function orgDashboardSettings(db: Db, orgId: string) {
  return dashboardSettings((await getOrganizationById(db, orgId))?.settings);
}

/** The formula choices and profile categories of stored organization settings (a unit's page has them already). */
export function dashboardSettings(orgSettings: string | null | undefined) {
  const org = parseOrgSettings(orgSettings);
  return {
    options: optionsFromSettings(org),
    profileBands: org.profileBands,
  };
}
