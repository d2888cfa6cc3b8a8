import { backupCommands } from "./backup-commands";
import type { Command } from "./command";
import { dataCommands } from "./data-commands";
import { importCommands } from "./import-commands";
import { languageCommands } from "./language-commands";
import { serviceCommands } from "./service-commands";
import { setupCommands } from "./setup-commands";
import { tokenCommands } from "./token-commands";
import { userCommands } from "./user-commands";
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
  ...importCommands,
};
