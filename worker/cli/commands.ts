import { backupCommands } from "./backup-commands";
import type { Command } from "./command";
import { dataCommands } from "./data-commands";
import { importCommands } from "./import-commands";
import { languageCommands } from "./language-commands";
import { serviceCommands } from "./service-commands";
import { setupCommands } from "./setup-commands";
import { tokenCommands } from "./token-commands";
import { unitImportCommands } from "./unit-import-commands";
import { userCommands } from "./user-commands";
import { webhookCommands } from "./webhook-commands";
import { ziCommands } from "./zi-commands";

export const commands: Record<string, Command> = {
  ...setupCommands,
  ...userCommands,
  ...tokenCommands,
  ...dataCommands,
  ...backupCommands,
  ...serviceCommands,
  ...ziCommands,
  ...languageCommands,
  ...unitImportCommands,
  ...webhookCommands,
  ...importCommands,
};
